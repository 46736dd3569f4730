"""Round 23's second reading: readings that stopped short of what their rules say.

A list item's aside ends at a whole word, not at a name that starts like one ("created by
Andrew Lin" is an aside: "And…" is no "and"); an owner in the possessive with no "s" before
its quoted title ("Tobin Reyes' \"Copper Vale\"") is the owner, as "Kestrel's \"...\"" is; a
sentence telling where a story is set gives no premiere its date ("is set in", unlike "is set
for"). Invented sentences; controls keep what they give.
"""
from __future__ import annotations

import pytest
from articles import facts_of, rows

HEADLINE = "Kestrel renews its dramas"


@pytest.mark.parametrize("person", ["Andrew Lin", "Willa Park", "Isla Bern", "Axel Moor"])
def test_an_aside_naming_a_person_whose_name_starts_like_a_verb(person: str) -> None:
    body = (f'Kestrel has renewed "Salt Road," created by {person}, and "Copper Vale" for new '
            "seasons.")
    got = rows(facts_of(body, HEADLINE))
    assert ("Salt Road", None, "renewed") in got
    assert ("Copper Vale", None, "renewed") in got
    assert not any(row[0] == person for row in got)


@pytest.mark.parametrize("owner", ["Tobin Reyes'", "Mara Quells'"])
def test_an_owner_possessive_without_s_before_a_quoted_title(owner: str) -> None:
    body = f'Among the shows renewed are {owner} "Copper Vale" and "Salt Road".'
    got = rows(facts_of(body, HEADLINE))
    assert ("Copper Vale", None, "renewed") in got
    assert not any(row[0] == owner.rstrip("'") for row in got)


def test_where_a_story_is_set_gives_no_premiere_date() -> None:
    body = ("Salt Road will premiere on Kestrel. The story is set in a harbour town under "
            "siege on June 14.")
    facts = facts_of(body, "Salt Road is coming to Kestrel")
    assert all(f.date is None for f in facts if f.kind == "premiere")


def test_control_a_date_set_for_the_premiere_is_read() -> None:
    body = "Salt Road will premiere on Kestrel. The first episode is set for June 14."
    facts = facts_of(body, "Salt Road is coming to Kestrel")
    assert any(f.kind == "premiere" and f.date is not None for f in facts)


def test_control_an_aside_of_a_verb_still_ends_the_list() -> None:
    body = 'Kestrel has renewed "Salt Road," which was renewed early, and "Copper Vale".'
    got = rows(facts_of(body, HEADLINE))
    assert ("Salt Road", None, "renewed") in got
