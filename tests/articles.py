"""One way to make an article in the tests, and the projections of its facts they compare.

``make_article`` builds the ``Article`` an extraction test reads: a fixed URL and publication
day unless the test needs its own (the URL's slug words and the day both feed the extractor, so
a file passes the ones it was written for). ``facts_of`` runs ``extract_facts`` on it. The
projections turn facts into the tuples a test compares, each named for what it keeps; the
``normalised_`` ones compare shows as the scorer does (``normalise_title``: case, punctuation
and a leading "The" aside). A test file's own ``_facts`` is one line naming its projection and
its day or headline (``cell_reader`` makes it); a file keeps more of its own only where it
reads articles in a particular way (a wrapped body, a filter on the evidence) and says why.
(Not ``article``: most tests name their local article so.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from monitor.extract.explain import explain
from monitor.extract.facts import extract_facts
from monitor.extract.shows import normalise_title
from monitor.models import Article, Fact, ShowName

#: The day most tests' articles are published on (a Friday).
PUBLISHED = dt.date(2024, 5, 10)
#: The URL most tests' articles come from (its slug says nothing).
URL = "https://news.example/a"

#: A projection's row type (``cell_reader``).
T = TypeVar("T")

#: (show, season, kind).
Row = tuple[str, int | None, str]
#: (show, season, kind, date).
DatedRow = tuple[str, int | None, str, str | None]
#: (show, season, kind, date, certainty).
FullRow = tuple[str, int | None, str, str | None, str]


def make_article(body: str, headline: str = "", published: dt.date = PUBLISHED,
                 url: str = URL) -> Article:
    """The article a test reads: its body text, headline, publication day and URL."""
    return Article(url, headline, body, published)


def facts_of(body: str, headline: str = "", published: dt.date = PUBLISHED, url: str = URL,
             known: Sequence[ShowName] = (),
             known_seasons: Mapping[str, int] | None = None) -> list[Fact]:
    """The facts ``extract_facts`` finds in ``make_article(body, headline, published, url)``,
    given the watched shows ``known`` and the aired seasons ``known_seasons`` a store knows."""
    return extract_facts(make_article(body, headline, published, url), known, known_seasons)


def explained(body: str, headline: str = "", published: dt.date = PUBLISHED,
              url: str = URL) -> str:
    """The ``--explain`` text of ``make_article(body, headline, published, url)``: the rules
    that fired and what became of each candidate (a test asks for its rule's name in it)."""
    return explain(make_article(body, headline, published, url))[1]


def filled_rows(body: str, headline: str = "TV news", **names: str) -> set[Row]:
    """{(show, season, kind)} of the article whose body and headline are ``body`` and
    ``headline`` filled with ``names`` (``str.format``): a grid test's cell, its show, network
    and kind of show given as names (round 25: four round-24 files each wrote it)."""
    return rows(facts_of(body.format(**names), headline.format(**names)))


def cell_reader(projection: Callable[[Iterable[Fact]], set[T]], headline: str = "",
                published: dt.date = PUBLISHED, url: str = URL) -> Callable[..., set[T]]:
    """A grid file's ``_rows``: ``read(body, headline=headline)`` is ``projection`` of the
    facts of ``body`` under ``headline`` (the file's, unless a cell gives its own), published
    on ``published`` at ``url`` (r33tidy: the round 31 and 32 grids each wrote the same two
    lines; r34tidy: the round 33 ones too, two with a URL of their own)."""
    default = headline

    def read(body: str, headline: str = default) -> set[T]:
        return projection(facts_of(body, headline, published, url))
    return read


def row(fact: Fact) -> Row:
    """(show, season, kind)."""
    return (fact.show, fact.season, fact.kind)


def dated_row(fact: Fact) -> DatedRow:
    """(show, season, kind, date)."""
    return (fact.show, fact.season, fact.kind, fact.date)


def full_row(fact: Fact) -> FullRow:
    """(show, season, kind, date, certainty)."""
    return (fact.show, fact.season, fact.kind, fact.date, fact.certainty)


def rows(facts: Iterable[Fact]) -> set[Row]:
    """{(show, season, kind)}."""
    return {row(f) for f in facts}


def dated_rows(facts: Iterable[Fact]) -> set[DatedRow]:
    """{(show, season, kind, date)}."""
    return {dated_row(f) for f in facts}


def full_rows(facts: Iterable[Fact]) -> set[FullRow]:
    """{(show, season, kind, date, certainty)}."""
    return {full_row(f) for f in facts}


def holds(rows_: Iterable[tuple[object, ...]], show: str, expected: tuple[object, ...]) -> bool:
    """Does a row of ``show`` start with ``expected`` after its show: (season, kind), or
    (season, kind, date), or (season, kind, date, certainty) — the fields a case gives?"""
    return any(r[0] == show and r[1:1 + len(expected)] == expected for r in rows_)


def shows_kinds(facts: Iterable[Fact]) -> set[tuple[str, str]]:
    """{(show, kind)}, the show as the fact names it."""
    return {(f.show, f.kind) for f in facts}


def normalised_shows(facts: Iterable[Fact]) -> set[str]:
    """{normalised show}."""
    return {normalise_title(f.show) for f in facts}


def normalised_shows_kinds(facts: Iterable[Fact]) -> set[tuple[str, str]]:
    """{(normalised show, kind)}."""
    return {(normalise_title(f.show), f.kind) for f in facts}


def normalised_rows(facts: Iterable[Fact]) -> set[tuple[str, int | None, str]]:
    """{(normalised show, season, kind)}."""
    return {(normalise_title(f.show), f.season, f.kind) for f in facts}


def normalised_kinds_seasons(facts: Iterable[Fact]) -> set[tuple[str, str, int | None]]:
    """{(normalised show, kind, season)}."""
    return {(normalise_title(f.show), f.kind, f.season) for f in facts}
