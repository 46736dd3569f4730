"""A show coming back with a time is its premiere, in every form of the words — and people
coming back are not the show — round 19 (issue 10, r19kinds).

The return's kind is read by its time (round 18, s18returns): "will return for a third season"
is the renewal, "will return in 2032" the premiere. The vocabulary had that reading for
"return" and for a few forms of "back" ("will be back on June 4", "is back next month"), so
"will be back in 2032", "is set to be back next spring", "comes back later this year", "makes
its comeback in June", "is due back this fall" gave nothing: the class written out as a grid
(verbs × times × where the season stands), ``_BACK_WITH_TIME`` in ``patterns.py``. And a
return whose subject is a group of people — "the cast of X will return in June to shoot the
third season", "X fans will be back for the convention" — gave the show a premiere: the
people's return was excluded for the premiere's words but not for the renewal's, which a
return is until its time makes it a premiere (``_PEOPLE_COME_BACK``, both exclusions).
Controls: a return with no time (the renewal), a past return, "back" as an adverb, people
back in a role. Every sentence and show is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 3, 10)
CONTEXT = "{s} is a crime drama on Kestrel. "
SHOWS = ["Glass Harbor", "The Salt Road"]

VERBS = ["will be back", "is back", "is coming back", "will come back", "comes back",
         "is set to be back", "is expected to be back", "makes its comeback",
         "will make its comeback", "is due back", "should be back", "heads back"]
TIMES = [("in 2032", "2032"), ("next year", "2032"), ("later this year", "2031"),
         ("this fall", "2031-FA"), ("next spring", "2032-SP"), ("in summer 2032", "2032-SU"),
         ("in June", "2031-06"), ("on June 4", "2031-06-04"), ("early next year", "2032"),
         ("in early 2032", "2032"), ("sometime in 2032", "2032")]
FORMS = ["{s} {v} {t}.", "{s} {v} {t} for its third season.",
         "{s} {v} for its third season {t}."]


def _rows(sentence: str, show: str) -> set[tuple[str, int | None, str, str | None]]:
    text = (CONTEXT + sentence).format(s=show)
    return {(f.show, f.season, f.kind, f.date) for f in facts_of(text, "", PUBLISHED)}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("form", FORMS, ids=["time", "time-then-season", "season-then-time"])
@pytest.mark.parametrize("time, date", TIMES, ids=[t for t, _ in TIMES])
@pytest.mark.parametrize("verb", VERBS)
def test_coming_back_with_a_time_is_the_premiere(verb: str, time: str, date: str, form: str,
                                                 show: str) -> None:
    rows = _rows(form.format(s="{s}", v=verb, t=time), show)
    season = None if form == FORMS[0] else 3
    assert (show, season, "premiere", date) in rows


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("sentence", [
    "The cast of {s} will return in June to shoot the third season.",
    "The cast of {s} will be back on June 4 to shoot the third season.",
    "{s} fans will return in June for the convention.",
    "{s} fans will be back on June 4 for the convention.",
    "The writers of {s} are coming back next year.",
    "The stars of {s} will be back in June.",
], ids=["cast-return", "cast-back", "fans-return", "fans-back", "writers", "stars-of"])
def test_people_coming_back_are_not_the_show(sentence: str, show: str) -> None:
    assert not {r for r in _rows(sentence, show) if r[2] in ("premiere", "renewed")}


# --- controls: these give today what they gave before ---------------------------------------


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("sentence, expected", [
    ("{s} will be back for a third season.", {(3, "renewed", "2031-03")}),
    ("{s} is coming back for a third season, Kestrel announced.", {(3, "renewed", "2031-03")}),
    ("{s} will return in 2032.", {(None, "premiere", "2032")}),
    ("{s} will be back on June 4.", {(None, "premiere", "2031-06-04")}),
    ("{s} came back in 2029 for a second season.", set()),
    ("{s} premiered back in 2029.", {(1, "premiere", "2029")}),
    ("{s} is back in the top ten this week.", set()),
    ("{s} won't be back next year.", {(None, "cancelled", "2032")}),
    ("Jane Doe will be back in June as the lead of {s}.", set()),
    ("Kestrel renewed {s} for a third season, and the cast of the drama will be back for it.",
     {(3, "renewed", "2031-03")}),
    ("{s} will return for a third season, its cast confirmed.", {(3, "renewed", "2031-03")}),
], ids=["back-for-season", "coming-back-for-season", "return-year", "back-day", "came-back",
        "back-adverb", "back-in-chart", "won't-be-back", "person-back", "cast-after-renewal",
        "cast-confirmed"])
def test_returns_read_before_stay(sentence: str, expected: set[tuple[int | None, str, str]],
                                  show: str) -> None:
    assert {r[1:] for r in _rows(sentence, show) if r[0] == show} == expected
