"""Round 36 (r36speedfix, issue 14): the round's facts CPU back, changing no fact.

1. The genre words beside each name (``ArticleContext.described_as``) are read inside
   ``_build_context``'s one loop over each sentence's mentions: ``facts._described_as`` is
   handed the mentions and never asks the show index for them a second time.
2. A holiday's day in a year (``dates._holiday_day``: Easter's computus and the days counted
   from it, the moving holidays) is worked out once per name and year (memoised).
3. Controls (pass before and after): what the context records and the holiday days are the
   same as before, on invented articles.

All titles and networks are invented.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from typing import Any

import pytest
from articles import make_article

from monitor.extract import dates, facts
from monitor.extract.shows import ShowIndex
from monitor.models import Article

PUBLISHED = dt.date(2026, 11, 2)

#: Invented articles whose body calls shows by a genre beside their names: (id, title, body,
#: the genre nouns expected per show).
ARTICLES = [
    ("trade_genre_before", "Kestrel Renews Salt Road",
     "Kestrel has renewed the drama Salt Road for a third season. Lisbon, a comedy set in a "
     "bakery, ends its run in May. The network's thriller Lantern House returns in June.",
     {"Salt Road": {"drama"}, "Lisbon": {"comedy"}, "Lantern House": {"thriller"}}),
    ("uk_possessive_and_copula", "Tovrel axes Havana, brings back Salt Road",
     "Tovrel's sitcom 'Havana' has been axed after two series. Salt Road is a thriller about "
     "a fishing town, and it has been recommissioned.",
     {"Havana": {"sitcom"}, "Salt Road": {"thriller"}}),
    ("compound_genre", "Salt Road gets season 2",
     "The comedy-drama Salt Road will return for a second season on Kestrel next spring.",
     {"Salt Road": {"comedy", "drama"}}),
    ("no_genre_control", "Lisbon renewed",
     "Kestrel has renewed Lisbon for a fourth season. Filming begins in March in Porto.",
     {}),
]


def _article(title: str, text: str) -> Article:
    return make_article(text, title, PUBLISHED)


def _run(monkeypatch: pytest.MonkeyPatch, title: str, text: str
         ) -> tuple[Counter[str], list[Any]]:
    """Extract the article's facts, counting which functions ask the index for mentions and
    keeping the contexts ``_build_context`` built."""
    callers: Counter[str] = Counter()
    contexts: list[Any] = []
    mentions = ShowIndex.mentions
    build = facts._build_context

    def counting(self: ShowIndex, text: str) -> Any:
        callers[sys._getframe(1).f_code.co_name] += 1
        return mentions(self, text)

    def keeping(*args: Any, **kwargs: Any) -> Any:
        contexts.append(build(*args, **kwargs))
        return contexts[-1]

    monkeypatch.setattr(ShowIndex, "mentions", counting)
    monkeypatch.setattr(facts, "_build_context", keeping)
    facts.extract_facts(_article(title, text))
    return callers, contexts


@pytest.mark.parametrize(("title", "text"), [(t, b) for _, t, b, _ in ARTICLES],
                         ids=[i for i, *_ in ARTICLES])
def test_genre_words_read_from_the_contexts_own_mention_loop(
        monkeypatch: pytest.MonkeyPatch, title: str, text: str) -> None:
    callers, contexts = _run(monkeypatch, title, text)
    assert contexts, "the article built no context"
    assert callers["_build_context"] > 0
    assert callers["_described_as"] == 0


@pytest.mark.parametrize(("title", "text", "expected"), [(t, b, e) for _, t, b, e in ARTICLES],
                         ids=[f"control-{i}" for i, *_ in ARTICLES])
def test_described_as_unchanged(monkeypatch: pytest.MonkeyPatch, title: str, text: str,
                                expected: dict[str, set[str]]) -> None:
    _, contexts = _run(monkeypatch, title, text)
    described = contexts[-1].described_as
    assert {show: set(nouns) for show, (nouns, _) in described.items()} == expected
    firsts = [described[show][1] for show in expected]
    assert firsts == sorted(firsts)  # the first sentence calling each, in the body's order


#: (holiday, year, its day).
HOLIDAYS = [
    ("easter sunday", 2027, dt.date(2027, 3, 28)),
    ("easter monday", 2027, dt.date(2027, 3, 29)),
    ("good friday", 2026, dt.date(2026, 4, 3)),
    ("whit monday", 2026, dt.date(2026, 5, 25)),
    ("shrove tuesday", 2028, dt.date(2028, 2, 29)),
    ("thanksgiving", 2027, dt.date(2027, 11, 25)),
    ("black friday", 2027, dt.date(2027, 11, 26)),
    ("memorial day", 2027, dt.date(2027, 5, 31)),
    ("labor day", 2026, dt.date(2026, 9, 7)),
]


@pytest.mark.parametrize(("name", "year", "day"), HOLIDAYS,
                         ids=[f"{n.replace(' ', '_')}-{y}" for n, y, _ in HOLIDAYS])
def test_holiday_day_memoised(name: str, year: int, day: dt.date) -> None:
    cache_info = getattr(dates._holiday_day, "cache_info", None)
    assert cache_info is not None, "_holiday_day is not memoised"
    assert dates._holiday_day(name, year) == day
    hits = cache_info().hits
    assert dates._holiday_day(name, year) == day
    assert cache_info().hits == hits + 1


@pytest.mark.parametrize(("name", "year", "day"), HOLIDAYS,
                         ids=[f"control-{n.replace(' ', '_')}-{y}" for n, y, _ in HOLIDAYS])
def test_holiday_day_unchanged(name: str, year: int, day: dt.date) -> None:
    assert dates._holiday_day(name, year) == day


@pytest.mark.parametrize(("text", "iso"), [
    ("Salt Road returns on Easter Monday.", "2027-03-29"),
    ("Kestrel's Lisbon premieres on Good Friday 2027.", "2027-03-26"),
    ("Lantern House is back the day after Thanksgiving, on Black Friday.", "2026-11-27"),
], ids=["easter_monday_next", "good_friday_year", "black_friday"])
def test_holiday_dates_read_unchanged(text: str, iso: str) -> None:
    found = [m.value for m in dates.find_dates(text, PUBLISHED, future=True)]
    assert iso in found
