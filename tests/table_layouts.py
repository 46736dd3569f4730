"""Status tables and fields in other sites' layouts (round 35, issue 10, r35tables).

Beside ``roundup_layouts`` (one table layout: Show | Network | Status, "Renewed" /
"Cancelled" / "Pending"), the tables listing sites, trade scorecards, wikis and fan sites
write: a status column named otherwise ("Where it stands", "Outlook", "Status (as of May)")
or asked as a question ("Renewed?", "Returning?", "Season 4?"), its cells in words ("Coming
back", "Won't return", "Axed", "Ended", "On the bubble") or answers ("Yes", "No", "✓",
"✗", "TBD"), title columns named otherwise ("Series title", "Programme"); and two layouts
outside tables: a fact box per show ("Network: Kestrel / Seasons: 3 / Status: Ended") and a
scorecard parted by full stops ("Renewed: A, B. Cancelled: C."). Each ``TABLES`` entry is a
header × a wording, laid out for every cast of ``roundup_layouts.CASTS`` and read through the
real text stage and extractor (``page_decisions``); ``score`` counts decisions right, missed
and false, and renewals whose season the page names read with that season.
"""

from __future__ import annotations

from collections.abc import Sequence

from roundup_layouts import CASTS, NETWORK, PUBLISHED, URL, Decision, expected, page

from monitor.extract.facts import extract_facts
from monitor.extract.shows import normalise_title
from monitor.ingest.text import extract_page_text
from monitor.models import Article

#: Cell wordings: (renewed, cancelled, undecided); "{n}" is the renewal's season.
WORDINGS: dict[str, tuple[str, str, str]] = {
    "plain": ("Renewed", "Cancelled", "Pending"),
    "season": ("Renewed for season {n}", "Cancelled after two seasons", "No decision yet"),
    "coming-back": ("Coming back", "Won't return", "TBD"),
    "returning": ("Returning", "Not returning", "Undecided"),
    "slang": ("Picked up", "Axed", "On the bubble"),
    "ended": ("Renewed", "Ended", "Awaiting word"),
    "not-renewed": ("Renewed (season {n})", "Not renewed", "Likely renewed"),
}
#: Answers under a question column.
ANSWERS: dict[str, tuple[str, str, str]] = {
    "yes-no": ("Yes", "No", "TBD"),
    "glyphs": ("✓", "✗", "?"),
    "yes-season": ("Yes (season {n})", "No", "Not yet known"),
}
#: Headers: (title column, status column, wordings it is written with).
STATUS_HEADERS: list[tuple[str, str]] = [
    ("Show", "Status"), ("Series", "Where it stands"), ("Show title", "Fate"),
    ("Programme", "Outlook"), ("Title", "Status (as of May)"), ("Series name", "The verdict"),
]
QUESTION_HEADERS: list[tuple[str, str]] = [
    ("Show", "Renewed?"), ("Series", "Returning?"), ("Show", "Coming back?"),
    ("Title", "Another season?"),
]


def _cell(d: Decision, wording: tuple[str, str, str]) -> str:
    text = wording[0] if d.verdict == "renewed" else (
        wording[1] if d.verdict == "cancelled" else wording[2])
    return text.replace("{n}", str(d.season or 2))


def table(cast: Sequence[Decision], title: str, status: str,
          wording: tuple[str, str, str]) -> list[str]:
    """``cast`` as an HTML table: title | network | status columns."""
    rows = "".join(f"<tr><td>{d.title}</td><td>{NETWORK}</td><td>{_cell(d, wording)}</td>"
                   "</tr>" for d in cast)
    return [f"<table><tr><th>{title}</th><th>Network</th><th>{status}</th></tr>{rows}"
            "</table>"]


def fact_boxes(cast: Sequence[Decision]) -> list[str]:
    """One fact box per show, a wiki's infobox: "Network: Kestrel", "Seasons: 3", "Status:
    Cancelled" (the same fields, word for word, on every box)."""
    status = {"renewed": "Renewed", "cancelled": "Cancelled", None: "Pending"}
    out = []
    for d in cast:
        out += [f"<h3>{d.title}</h3>", f"<p>Network: {NETWORK}</p>", "<p>Seasons: 2</p>",
                f"<p>Status: {status[d.verdict]}</p>"]
    return out


def scorecard_stops(cast: Sequence[Decision]) -> list[str]:
    """A scorecard on one line, its labels parted by full stops."""
    groups = {"Renewed": [d.title for d in cast if d.verdict == "renewed"],
              "Cancelled": [d.title for d in cast if d.verdict == "cancelled"],
              "Still waiting": [d.title for d in cast if d.verdict is None]}
    return ["<p>" + " ".join(f"{k}: {', '.join(v)}." for k, v in groups.items()) + "</p>"]


def layouts() -> list[tuple[str, object]]:
    """(name, layout) for every header × wording, then the two layouts outside tables."""
    out: list[tuple[str, object]] = []
    for title, status in STATUS_HEADERS:
        for name, wording in WORDINGS.items():
            out.append((f"{status} / {name}",
                        lambda c, t=title, s=status, w=wording: table(c, t, s, w)))
    for title, status in QUESTION_HEADERS:
        for name, wording in {**ANSWERS, "coming-back": WORDINGS["coming-back"]}.items():
            out.append((f"{status} / {name}",
                        lambda c, t=title, s=status, w=wording: table(c, t, s, w)))
    out.append(("fact boxes", fact_boxes))
    out.append(("scorecard parted by full stops", scorecard_stops))
    return out


def page_facts(markup: str) -> set[tuple[str, str, int | None]]:
    """{(normalised show, kind, season)} of the renewals and cancellations read."""
    text = extract_page_text(markup, url=URL, content_type="text/html").text
    lines = text.split("\n\n")
    facts = extract_facts(Article(URL, lines[0], "\n".join(lines[1:]), PUBLISHED))
    return {(normalise_title(f.show), f.kind, f.season) for f in facts
            if f.kind in ("renewed", "cancelled")}


def score(cast: Sequence[Decision], layout: object) -> tuple[int, int, int, int, int]:
    """(right, missed, false, seasons named, seasons read) of ``cast`` laid out."""
    markup = page(cast, layout)  # type: ignore[arg-type]
    facts = page_facts(markup)
    got = {(show, kind) for show, kind, _ in facts}
    want = expected(cast)
    low = markup.lower()
    named = [d for d in cast if d.verdict == "renewed" and d.season and (
        f"season {d.season})<" in low or f"season {d.season}<" in low)]
    read = sum((normalise_title(d.title), "renewed", d.season) in facts for d in named)
    return len(got & want), len(want - got), len(got - want), len(named), read


def page_decisions(markup: str) -> set[tuple[str, str]]:
    return {(show, kind) for show, kind, _ in page_facts(markup)}


if __name__ == "__main__":
    import sys
    verbose = "-v" in sys.argv
    total = [0, 0, 0]
    seasons = [0, 0]
    for name, lay in layouts():
        cells = []
        for cast_name, cast in CASTS.items():
            r, m, f, named, read = score(cast, lay)
            seasons = [seasons[0] + named, seasons[1] + read]
            total = [total[0] + r, total[1] + m, total[2] + f]
            cells.append(f"{r}/{m}/{f}")
            if verbose and (m or f):
                got = page_decisions(page(cast, lay))  # type: ignore[arg-type]
                want = expected(cast)
                print(f"  {name} {cast_name}: missed {sorted(want - got)} false "
                      f"{sorted(got - want)}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"| total right/missed/false | {total[0]}/{total[1]}/{total[2]} |")
    print(f"| renewals whose season a cell names, read with it | {seasons[1]} of {seasons[0]} |")
