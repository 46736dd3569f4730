"""Round 4 of the facts side (issue 10): guards against false facts on unseen text, seasons,
cancellations. Sentences of our own about invented shows."""

from __future__ import annotations

import datetime as dt

from monitor.extract.facts import extract_facts
from monitor.models import Article, Fact

PUBLISHED = dt.date(2024, 5, 10)


def _facts(text: str, title: str = "", published: dt.date = PUBLISHED) -> list[Fact]:
    return extract_facts(Article("https://example.test/a", title, text, published))


def _keys(facts: list[Fact]) -> set[tuple[str, int | None, str]]:
    return {(f.show, f.season, f.kind) for f in facts}


# --- triggers whose subject is no show or no shoot -------------------------------------------


def test_kept_under_wraps_is_secrecy_not_a_wrap() -> None:
    facts = _facts("Glass Harbor season 3 is coming to Hulu. The premiere date is being kept "
                   "under wraps for now.")
    assert not [f for f in facts if f.kind == "filming_wrapped"]


def test_an_incident_on_set_is_no_shoot() -> None:
    facts = _facts("Glass Harbor was cancelled after one season. Two crew members sued the "
                   "studio over alleged harassment on set.")
    assert not [f for f in facts if f.kind == "filming_started"]
    assert ("Glass Harbor", 1, "cancelled") in _keys(facts)


def test_actors_returning_to_their_roles_is_no_renewal() -> None:
    facts = _facts("Glass Harbor season 2 began filming in Leeds. Jane Doe and Tom Hale will "
                   "return in their lead roles.")
    assert not [f for f in facts if f.kind == "renewed"]
    facts = _facts("Glass Harbor season 2 began filming in Leeds. Other cast members who will "
                   "return from previous seasons include Jane Doe.")
    assert not [f for f in facts if f.kind == "renewed"]


def test_the_show_returning_is_still_a_renewal() -> None:
    facts = _facts("Glass Harbor will return for a third season, Hulu said.")
    assert ("Glass Harbor", 3, "renewed") in _keys(facts)


# --- a date belonging to another event -------------------------------------------------------


def test_the_day_a_release_date_was_announced_is_not_the_premiere() -> None:
    facts = _facts('Earlier today, Hulu announced the release date for season 3 of its drama '
                   '"Glass Harbor."')
    assert not [f for f in facts if f.kind == "premiere" and f.date == "2024-05-10"]
    facts = _facts('Hulu announced that season 3 of "Glass Harbor" premieres today.')
    assert [f for f in facts if f.kind == "premiere" and f.date == "2024-05-10"]


# --- cancellations: the day a round-up's decisions were made -----------------------------------


def test_a_weekday_slot_is_no_date() -> None:
    published = dt.date(2024, 5, 15)  # a Wednesday
    facts = _facts("Renewals and cancellations: ABC cancelled Glass Harbor. CBS cancelled Salt "
                   "Road, shortly after moving it to a Saturday night slot.", published=published)
    dates = {f.show: f.date for f in facts if f.kind == "cancelled"}
    assert dates == {"Glass Harbor": "2024-05", "Salt Road": "2024-05"}
    facts = _facts("NBC gave Glass Harbor a Tuesday-night launch.", published=published)
    assert not [f for f in facts if f.date == "2024-05-14"]


def test_a_weekday_with_its_event_is_still_a_date() -> None:
    facts = _facts("ABC cancelled Glass Harbor on Monday.", published=dt.date(2024, 5, 15))
    assert [f.date for f in facts if f.kind == "cancelled"] == ["2024-05-13"]
