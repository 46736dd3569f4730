"""The same sentences in the typography of other sites: a generated grid (round 38, r38typo).

Sites differ in typography more than in wording: curly apostrophes and quotes, en dashes in
ranges and asides, non-breaking, thin and narrow spaces inside dates and names, soft hyphens and
zero-width spaces inside words, full-width punctuation. Each plain sentence below (the kinds of
the older grids: decisions, premieres with a date, shoots, counts, quoted titles, a holiday, a
date range, "Season 2 - Kestrel") is set in each typography; the cell is right when the facts
are the plain form's, which are pinned. ``python tests/typography_grid.py [-v]`` prints the
counts per typography. All titles and networks are invented.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import grid_tally

PUBLISHED = dt.date(2027, 1, 20)
Facts = list[tuple[str, int | None, str, str | None]]

#: name -> (plain sentence, its facts: (show, season, kind, date)), the title in {T} braces
#: only where the title typography swaps its spaces.
SENTENCES: dict[str, tuple[str, str, Facts]] = {
    "renewal-possessive": (
        "Kestrel's drama Salt Road has been renewed for a second season.", "Salt Road",
        [("Salt Road", 2, "renewed", "2027-01")]),
    "holiday-apostrophe": (
        "Kestrel renewed Lantern House for a third season on New Year's Day.", "Lantern House",
        [("Lantern House", 3, "renewed", "2027-01-01")]),
    "premiere-us-date": (
        "Season 2 of Salt Road premieres on June 5, 2027 on Tovrel.", "Salt Road",
        [("Salt Road", 2, "premiere", "2027-06-05")]),
    "premiere-uk-date": (
        "The second series of Lantern House will premiere on 5 June 2027, Kestrel said.",
        "Lantern House", [("Lantern House", 2, "premiere", "2027-06-05")]),
    "shoot-start-date": (
        "Production on season 3 of Salt Road began in Belfast on March 3, 2027.", "Salt Road",
        [("Salt Road", 3, "filming_started", "2027-03-03")]),
    "shoot-range": (
        "Lantern House will shoot its second season from June 5-9, 2027.",
        "Lantern House", [("Lantern House", 2, "filming_started", "2027-06-05")]),
    "its-a-wrap": (
        "It's a wrap on season 2 of Salt Road, the network said.", "Salt Road",
        [("Salt Road", 2, "filming_wrapped", "2027-01")]),
    "episode-count": (
        "The second season of Lantern House will have ten episodes, Kestrel said.",
        "Lantern House", [("Lantern House", 2, "episode_count", None)]),
    "quoted-cancel": (
        'Kestrel has cancelled "Lantern House" after two seasons.', "Lantern House",
        [("Lantern House", 2, "cancelled", "2027-01")]),
    "single-quoted-renewal": (
        "Tovrel has renewed 'Salt Road' for a third season, the network said.", "Salt Road",
        [("Salt Road", 3, "renewed", "2027-01")]),
    "title-apostrophe": (
        "Kestrel has renewed Harbor's Edge for a second season.", "Harbor's Edge",
        [("Harbor's Edge", 2, "renewed", "2027-01")]),
    "season-dash-network": (
        "Salt Road Season 2 - Kestrel sets a March 4, 2027 premiere.", "Salt Road",
        [("Salt Road", 2, "premiere", "2027-03-04")]),
}

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
_DATE_SPACE = re.compile(rf"(\b{_MONTH}|\d,?) (?=\d{{1,4}}\b|{_MONTH}\b)")


def _curly(text: str) -> str:
    text = re.sub(r'(^|(?<=[\s(]))"', "\u201c", text).replace('"', "\u201d")
    text = re.sub(r"(^|(?<=[\s(]))'", "\u2018", text)
    return text.replace("'", "\u2019")


def _date_spaces(space: str) -> Callable[[str, str], str]:
    return lambda text, title: _DATE_SPACE.sub(lambda m: m.group(1) + space, text)


def _title_spaces(text: str, title: str) -> str:
    return text.replace(title, title.replace(" ", "\u00a0"))


def _dashes(text: str) -> str:
    return re.sub(r"(?<=\d)-(?=\d)", "\u2013", text).replace(" - ", " \u2013 ")


def _soft_hyphens(text: str) -> str:
    return re.sub(r"\b([A-Za-z]{4})([a-z]{4,})", "\\1\u00ad\\2", text)


def _zero_width(text: str, title: str) -> str:
    return text.replace(title, title[:2] + "\u200b" + title[2:])


def _full_width(text: str) -> str:
    return text.replace(", ", "\uff0c ").replace(".", "\uff0e")


#: typography -> how it sets a sentence (text, title).
STYLES: dict[str, Callable[[str, str], str]] = {
    "plain": lambda text, title: text,
    "curly-quotes": lambda text, title: _curly(text),
    "nbsp-dates": _date_spaces("\u00a0"),
    "thin-space-dates": _date_spaces("\u2009"),
    "narrow-nbsp-dates": _date_spaces("\u202f"),
    "nbsp-title": _title_spaces,
    "en-dashes": lambda text, title: _dashes(text),
    "soft-hyphens": lambda text, title: _soft_hyphens(text),
    "zero-width-in-title": _zero_width,
    "full-width-punctuation": lambda text, title: _full_width(text),
    "all-at-once": lambda text, title: _soft_hyphens(_dashes(_date_spaces("\u202f")(
        _curly(_title_spaces(text, title)), title))),
}


@dataclass(frozen=True)
class Cell:
    sentence: str
    style: str
    text: str
    expected: Facts

    @property
    def id(self) -> str:
        return f"{self.style}:{self.sentence}"


def cells() -> Iterator[Cell]:
    for style, setter in STYLES.items():
        for name, (text, title, expected) in SENTENCES.items():
            typeset = setter(text, title)
            if style == "plain" or typeset != text:
                yield Cell(name, style, typeset, expected)


def facts_of(text: str) -> Facts:
    from monitor.extract.facts import extract_facts
    from monitor.models import Article

    article = Article(url="https://example.test/news/1", title="TV news", text=text,
                      published=PUBLISHED)
    return sorted((f.show, f.season, f.kind, f.date) for f in extract_facts(article))


def main() -> int:
    def outcome(cell: Cell) -> tuple[bool, None]:
        return facts_of(cell.text) == sorted(cell.expected), None

    return grid_tally.run(cells(), outcome, lambda c: ((c.style,), ("all",)),
                          lambda c, right, _: f"{c.id}: {facts_of(c.text)} :: {c.text!r}",
                          headers=("typography",), widths=(24,))


if __name__ == "__main__":
    raise SystemExit(main())
