"""Round-ups of many titles laid out the ways sites lay them out (round 34, issue 10).

One set of decisions (``Decision``: a few renewed, a few cancelled, one undecided, a season
number on some) is written as an HTML page in each of ``LAYOUTS``: headed sections, one heading
per show, bullets with the verdict after a dash or a colon, scorecard lines, a table, a
numbered list with prose under each item, a prose paragraph naming several titles per verb, a
verdict in or before the heading line; round 40 adds a tracker's "Renewed: Title (Network)"
entries over a paragraph (with a planned "Ending:"), a colon list after a collective noun
("its entire drama lineup: A, B and C"), a count before the list ("Three shows were renewed
this week: ..."), "Title, Network: Renewed", and ``CONTROLS`` telling no decision (shows only
named, a "what to watch" list of single episodes' air dates). ``page_facts`` reads a page the
way the monitor reads a fetched page (``extract_page_text``, then ``extract_facts``);
``score`` counts a layout's decisions right, missed and false. Networks and titles are
invented: word titles, person-shaped titles, titles with numbers, "The X", one-word titles
(``CASTS``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from monitor.extract.facts import extract_facts
from monitor.extract.shows import normalise_title
from monitor.ingest.text import extract_page_text
from monitor.models import Article

PUBLISHED = dt.date(2024, 5, 10)
URL = "https://news.example/tv/roundup"


@dataclass(frozen=True)
class Decision:
    """One title's line in a round-up: its verdict ("renewed", "cancelled" or None for a show
    still waiting) and, on some, the season the verdict names."""

    title: str
    verdict: str | None
    season: int | None = None


#: Sets of decisions, each naming titles of every shape.
CASTS: dict[str, tuple[Decision, ...]] = {
    "words": (
        Decision("Salt Road", "renewed", 3), Decision("Lantern House", "renewed"),
        Decision("Copper Vale", "cancelled"), Decision("Marrowby Road", "cancelled", 2),
        Decision("Orchard Lane", None)),
    "people-numbers": (
        Decision("Mabel Hart", "renewed", 2), Decision("Station 9", "renewed"),
        Decision("The Quiet Hours", "cancelled"), Decision("Havana", "cancelled"),
        Decision("Gideon Pryce", None)),
    "one-word": (
        Decision("Lisbon", "renewed", 4), Decision("Nightjar", "renewed"),
        Decision("The Wardens", "renewed"), Decision("Dallas 1999", "cancelled", 3),
        Decision("Brambles", None)),
}
NETWORK = "Kestrel"
INTRO = ("Kestrel has made its calls on the spring slate. Here is where every one of its "
         "scripted series stands.")
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def _season_words(d: Decision, style: str = "number") -> str:
    if d.season is None:
        return ""
    if style == "ordinal":
        return f" for a {ORDINALS[d.season]} season"
    return f" for season {d.season}"


def _verdict_word(d: Decision, words: dict[str, str]) -> str:
    return words[d.verdict or "none"]


PLAIN = {"renewed": "renewed", "cancelled": "cancelled", "none": "awaiting a decision"}
CASUAL = {"renewed": "coming back", "cancelled": "won't be back", "none": "still waiting"}
SLANG = {"renewed": "returning", "cancelled": "axed", "none": "on the bubble"}
DUST = {"renewed": "renewed", "cancelled": "bit the dust", "none": "undecided"}
HEADINGS = {"renewed": "Renewed", "cancelled": "Cancelled", "none": "Still waiting"}
ENDING_HEADINGS = {"renewed": "Coming back", "cancelled": "Ending", "none": "Still waiting"}


def _groups(cast: Sequence[Decision]) -> list[tuple[str, list[Decision]]]:
    order = ["renewed", "cancelled", "none"]
    return [(v, [d for d in cast if (d.verdict or "none") == v]) for v in order]


def _headed_sections(headings: dict[str, str], item: str) -> Callable[[Sequence[Decision]],
                                                                          list[str]]:
    def lay(cast: Sequence[Decision]) -> list[str]:
        out = []
        for verdict, ds in _groups(cast):
            out.append(f"<h2>{headings[verdict]}</h2>")
            if item == "p":
                out += [f"<p>{d.title} ({NETWORK})</p>" for d in ds]
            else:
                out.append("<ul>" + "".join(f"<li>{d.title}</li>" for d in ds) + "</ul>")
        return out
    return lay


#: Words that make each item's paragraph its own (a page's text reader drops a paragraph
#: repeated word for word, as sites' boilerplate is).
REASONS = ("a run of low ratings", "a slide in its audience", "a costly production",
           "mixed reviews", "a quiet first year")


def _heading_per_show(cast: Sequence[Decision]) -> list[str]:
    out = []
    for n, d in enumerate(cast):
        out.append(f"<h3>{d.title}</h3>")
        if d.verdict == "renewed":
            out.append(f"<p>The drama has been renewed{_season_words(d, 'ordinal')} despite "
                       f"{REASONS[n]}.</p>")
        elif d.verdict == "cancelled":
            out.append(f"<p>The series has been cancelled after {REASONS[n]}.</p>")
        else:
            out.append(f"<p>No decision has been made yet on the series after {REASONS[n]}."
                       "</p>")
    return out


def _bullets(sep: str, words: dict[str, str]) -> Callable[[Sequence[Decision]], list[str]]:
    def lay(cast: Sequence[Decision]) -> list[str]:
        items = "".join(f"<li>{d.title}{sep}{_verdict_word(d, words)}"
                        f"{_season_words(d) if d.verdict == 'renewed' else ''}</li>"
                        for d in cast)
        return [f"<ul>{items}</ul>"]
    return lay


def _network_dash(cast: Sequence[Decision]) -> list[str]:
    return [f"<p>{d.title} ({NETWORK}) – {_verdict_word(d, PLAIN)}"
            f"{_season_words(d) if d.verdict == 'renewed' else ''}</p>" for d in cast]


def _scorecard(cast: Sequence[Decision]) -> list[str]:
    parts = []
    for verdict, ds in _groups(cast):
        parts.append(f"<p>{HEADINGS[verdict]}: {', '.join(d.title for d in ds)}</p>")
    return parts


def _scorecard_one_line(cast: Sequence[Decision]) -> list[str]:
    parts = [f"{HEADINGS[v]}: {', '.join(d.title for d in ds)}" for v, ds in _groups(cast)]
    return ["<p>" + "; ".join(parts) + ".</p>"]


def _table(cast: Sequence[Decision]) -> list[str]:
    status = {"renewed": "Renewed", "cancelled": "Cancelled", "none": "Pending"}
    rows_ = "".join(f"<tr><td>{d.title}</td><td>{NETWORK}</td>"
                    f"<td>{status[d.verdict or 'none']}</td></tr>" for d in cast)
    return ["<table><tr><th>Show</th><th>Network</th><th>Status</th></tr>" + rows_ + "</table>"]


def _numbered_prose(cast: Sequence[Decision]) -> list[str]:
    out = []
    for n, d in enumerate(cast, 1):
        out.append(f"<p><strong>{n}. {d.title}</strong></p>")
        if d.verdict == "renewed":
            out.append(f"<p>Good news for fans: {NETWORK} is bringing the show back"
                       f"{_season_words(d, 'ordinal')} after {REASONS[n - 1]}.</p>")
        elif d.verdict == "cancelled":
            out.append(f"<p>Bad news: {NETWORK} has pulled the plug on the show after "
                       f"{REASONS[n - 1]}.</p>")
        else:
            out.append("<p>The network has yet to announce its plans for the show after "
                       f"{REASONS[n - 1]}.</p>")
    return out


def _prose(cast: Sequence[Decision]) -> list[str]:
    groups = dict(_groups(cast))

    def names(ds: list[Decision]) -> str:
        titles = [d.title for d in ds]
        return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
    return [f"<p>{NETWORK} renewed {names(groups['renewed'])} this week. The network also "
            f"cancelled {names(groups['cancelled'])}, while "
            f"{names(groups['none'])} is still awaiting word.</p>"]


def _verdict_in_heading(cast: Sequence[Decision]) -> list[str]:
    out = []
    for n, d in enumerate(cast):
        out.append(f"<h3>{HEADINGS[d.verdict or 'none']}: {d.title}</h3>")
        out.append(f"<p>The series drew a loyal audience on the network after {REASONS[n]}.</p>")
    return out


def _label_before(cast: Sequence[Decision]) -> list[str]:
    label = {"renewed": "RENEWED", "cancelled": "CANCELLED", "none": "TBD"}
    out = []
    for n, d in enumerate(cast):
        out.append(f"<p><strong>{label[d.verdict or 'none']}</strong></p>")
        out.append(f"<h3>{d.title}</h3>")
        out.append(f"<p>The series drew a loyal audience on the network after {REASONS[n]}.</p>")
    return out


def _verdict_after_heading(cast: Sequence[Decision]) -> list[str]:
    out = []
    for n, d in enumerate(cast):
        out.append(f"<h3>{d.title} — {HEADINGS[d.verdict or 'none']}</h3>")
        out.append(f"<p>The series drew a loyal audience on the network after {REASONS[n]}.</p>")
    return out


def _status_field(cast: Sequence[Decision]) -> list[str]:
    status = {"renewed": "Renewed", "cancelled": "Cancelled", "none": "Pending"}
    out = []
    for n, d in enumerate(cast):
        out.append(f"<h3>{d.title}</h3>")
        out.append(f"<p>Status: {status[d.verdict or 'none']}"
                   f"{_season_words(d) if d.verdict == 'renewed' else ''}</p>")
        out.append(f"<p>The series drew a loyal audience on the network after {REASONS[n]}.</p>")
    return out


def _bold_lead_sentence(cast: Sequence[Decision]) -> list[str]:
    word = {"renewed": "Renewed", "cancelled": "Cancelled", "none": "Undecided"}
    return [f"<p><strong>{d.title}</strong> ({NETWORK}): {word[d.verdict or 'none']}. The "
            f"series drew a loyal audience after {REASONS[n]}.</p>"
            for n, d in enumerate(cast)]


def _label_colon_blurb(cast: Sequence[Decision]) -> list[str]:
    """A tracker's entries (round 40): "Renewed: Title (Network)" over a paragraph about it;
    the show still waiting is an "Ending:" entry, a planned ending (no cancellation)."""
    label = {"renewed": "Renewed", "cancelled": "Canceled", "none": "Ending"}
    blurb = {"renewed": "The drama will be back{s} after {r}.",
             "cancelled": "The network said goodbye to the drama after {r}.",
             "none": "The season now airing, after {r}, will be the drama's last."}
    out = []
    for n, d in enumerate(cast):
        v = d.verdict or "none"
        out.append(f"<p>{label[v]}: {d.title} ({NETWORK})</p>")
        out.append(f"<p>{blurb[v].format(s=_season_words(d, 'ordinal'), r=REASONS[n])}</p>")
    return out


def _names(ds: Sequence[Decision]) -> str:
    titles = [d.title for d in ds]
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]


COUNT_WORDS = {1: "One", 2: "Two", 3: "Three", 4: "Four"}


def _lineup_colon(cast: Sequence[Decision]) -> list[str]:
    """A colon list after a collective noun (round 40): "its entire drama lineup: A, B and C"."""
    groups = dict(_groups(cast))
    return [f"<p>{NETWORK} has renewed its entire drama lineup: {_names(groups['renewed'])}. "
            f"The network has also cancelled its remaining comedies: "
            f"{_names(groups['cancelled'])}. No word yet on {_names(groups['none'])}.</p>"]


def _count_colon(cast: Sequence[Decision]) -> list[str]:
    """A count of shows decided, then the list (round 40): "Three shows were renewed this week:
    A, B and C"."""
    groups = dict(_groups(cast))
    renewed, cancelled = groups["renewed"], groups["cancelled"]
    return [f"<p>{COUNT_WORDS[len(renewed)]} {NETWORK} shows were renewed this week: "
            f"{_names(renewed)}.</p>",
            f"<p>{COUNT_WORDS[len(cancelled)]} were cancelled: {_names(cancelled)}.</p>"]


def _network_comma(cast: Sequence[Decision]) -> list[str]:
    """A network after a comma, the verdict after a colon (round 40): "Salt Road, Kestrel:
    Renewed"."""
    status = {"renewed": "Renewed", "cancelled": "Cancelled", "none": "Pending"}
    items = "".join(f"<li>{d.title}, {NETWORK}: {status[d.verdict or 'none']}</li>"
                    for d in cast)
    return [f"<ul>{items}</ul>"]


def _mentions_only(cast: Sequence[Decision]) -> list[str]:
    """Control (round 40): a list of shows that are only named, no decision told."""
    items = "".join(f"<li>{d.title} ({NETWORK}) – a family saga set in {REASONS[n][2:]}</li>"
                    for n, d in enumerate(cast))
    return ["<h2>Five shows to binge this weekend</h2>", f"<ul>{items}</ul>"]


def _what_to_watch(cast: Sequence[Decision]) -> list[str]:
    """Control (round 40): a "what to watch" list of single episodes' air dates."""
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    return [f"<p>{d.title} ({NETWORK}) – {days[n]}, May {13 + n}, 9 p.m.: a new episode sees "
            f"the family face {REASONS[n]}.</p>" for n, d in enumerate(cast)]


#: (id, layout): a layout writes the body blocks of a page for a cast.
LAYOUTS: list[tuple[str, Callable[[Sequence[Decision]], list[str]]]] = [
    ("sections-p", _headed_sections(HEADINGS, "p")),
    ("sections-ul", _headed_sections(HEADINGS, "ul")),
    ("sections-ending", _headed_sections(ENDING_HEADINGS, "ul")),
    ("heading-per-show", _heading_per_show),
    ("bullets-dash", _bullets(" – ", PLAIN)),
    ("bullets-colon", _bullets(": ", PLAIN)),
    ("bullets-casual", _bullets(" – ", CASUAL)),
    ("bullets-slang", _bullets(": ", SLANG)),
    ("bullets-dust", _bullets(" — ", DUST)),
    ("network-dash", _network_dash),
    ("scorecard-lines", _scorecard),
    ("scorecard-one-line", _scorecard_one_line),
    ("table", _table),
    ("numbered-prose", _numbered_prose),
    ("prose", _prose),
    ("verdict-in-heading", _verdict_in_heading),
    ("label-before", _label_before),
    ("verdict-after-heading", _verdict_after_heading),
    ("status-field", _status_field),
    ("bold-lead-sentence", _bold_lead_sentence),
    ("sections-axe", _headed_sections(
        {"renewed": "Shows coming back", "cancelled": "Shows that got the axe",
         "none": "On the bubble"}, "ul")),
    ("label-colon-blurb", _label_colon_blurb),
    ("lineup-colon", _lineup_colon),
    ("count-colon", _count_colon),
    ("network-comma", _network_comma),
]
#: Controls (round 40): round-ups that tell no decision; every fact read from them is false.
CONTROLS: list[tuple[str, Callable[[Sequence[Decision]], list[str]]]] = [
    ("mentions-only", _mentions_only),
    ("what-to-watch", _what_to_watch),
]
CONTROL_HEADLINE = "What to watch on Kestrel this week"
HEADLINE = "Kestrel renewals and cancellations: where every show stands"


def page(cast: Sequence[Decision], layout: Callable[[Sequence[Decision]], list[str]],
         headline: str = HEADLINE) -> str:
    """The HTML page of ``cast`` laid out by ``layout``. (A table's cells come out of the
    page's text reader one a line, a cell repeated word for word dropped: see MEASUREMENTS.)"""
    body = "".join([f"<h1>{headline}</h1>", f"<p>{INTRO}</p>", *layout(cast),
                    "<p>Stay tuned for more news on the spring schedule as it comes.</p>"])
    return (f"<html><head><title>{headline}</title></head><body><article>{body}"
            "</article></body></html>")


def page_decisions(markup: str) -> set[tuple[str, str]]:
    """{(normalised show, kind)} of the renewals and cancellations read from ``markup``."""
    text = extract_page_text(markup, url=URL, content_type="text/html")
    lines = text.text.split("\n\n")
    headline, body = lines[0], "\n".join(lines[1:])
    facts = extract_facts(Article(URL, headline, body, PUBLISHED))
    return {(normalise_title(f.show), f.kind) for f in facts
            if f.kind in ("renewed", "cancelled")}


def expected(cast: Sequence[Decision]) -> set[tuple[str, str]]:
    """{(normalised show, kind)} a reader takes from ``cast``."""
    return {(normalise_title(d.title), d.verdict) for d in cast if d.verdict}


def score(cast: Sequence[Decision], layout: Callable[[Sequence[Decision]], list[str]],
          control: bool = False) -> tuple[int, int, int]:
    """(right, missed, false) decisions of ``cast`` laid out by ``layout`` (a ``control``
    layout tells none: all it gives is false)."""
    got, want = cell_decisions(cast, layout, control)
    return len(got & want), len(want - got), len(got - want)


def cell_decisions(cast: Sequence[Decision], layout: Callable[[Sequence[Decision]], list[str]],
                   control: bool = False) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(read, expected) decisions of one cell."""
    if control:
        return page_decisions(page(cast, layout, CONTROL_HEADLINE)), set()
    return page_decisions(page(cast, layout)), expected(cast)


if __name__ == "__main__":
    import sys
    verbose = "-v" in sys.argv
    total = [0, 0, 0]
    for name, lay in LAYOUTS:
        cells = []
        for cast_name, cast in CASTS.items():
            r, m, f = score(cast, lay)
            total = [total[0] + r, total[1] + m, total[2] + f]
            cells.append(f"{r}/{m}/{f}")
            if verbose and (m or f):
                got, want = page_decisions(page(cast, lay)), expected(cast)
                print(f"  {name} {cast_name}: missed {sorted(want - got)} false "
                      f"{sorted(got - want)}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"| total right/missed/false | {total[0]}/{total[1]}/{total[2]} |")
    control_false = 0
    for name, lay in CONTROLS:
        cells = []
        for cast_name, cast in CASTS.items():
            got, _ = cell_decisions(cast, lay, control=True)
            control_false += len(got)
            cells.append(f"0/0/{len(got)}")
            if verbose and got:
                print(f"  {name} {cast_name}: false {sorted(got)}")
        print(f"| {name} (control) | " + " | ".join(cells) + " |")
    print(f"| controls false | {control_false} |")
