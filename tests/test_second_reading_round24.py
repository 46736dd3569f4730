"""Round 24's second reading: readings that reached past what their rules say.

A refusal of a renewal that is itself denied ("has not ruled out a renewal") decides nothing;
a quoted title's closing single quote is no owner's possessive; a show named as the owner of a
role ("stars as X's lead detective") or after an "as" that opens a clause ("debuts as X wraps
its run") is no character; a run of seasons ordered or told of a show the sentence does not
name numbers no season; a show compared with another one called new ("the same night as the
network's new comedy") is not the new one. Invented sentences; controls keep what they give.
"""
from __future__ import annotations

import pytest
from articles import facts_of, rows


@pytest.mark.parametrize("body", [
    "Kestrel has not ruled out a renewal of Glass Harbor.",
    "Kestrel hasn't ruled out a fourth-season renewal for Glass Harbor.",
    "Kestrel has not turned down a renewal for Glass Harbor.",
    "Glass Harbor was never denied a renewal by Kestrel.",
])
def test_a_refusal_denied_is_no_cancellation(body: str) -> None:
    assert not any(kind == "cancelled" for _show, _season, kind in rows(facts_of(body)))


@pytest.mark.parametrize("body, season", [
    ("Kestrel has ruled out a renewal of Glass Harbor.", None),
    ("Kestrel voted against renewing the drama Glass Harbor for a third season.", 3),
])
def test_control_a_refusal_is_a_cancellation(body: str, season: int | None) -> None:
    assert ("Glass Harbor", season, "cancelled") in rows(facts_of(body))


@pytest.mark.parametrize("open_, close", [("‘", "’"), ("'", "'")])
@pytest.mark.parametrize("joint", ["alongside", "plus"])
def test_single_quoted_titles_are_no_owners(open_: str, close: str, joint: str) -> None:
    body = f"Kestrel has renewed {open_}Nightjar{close} {joint} {open_}Copper Vale{close}."
    got = rows(facts_of(body))
    assert ("Nightjar", None, "renewed") in got
    assert ("Copper Vale", None, "renewed") in got


def test_control_an_owner_before_its_title() -> None:
    got = rows(facts_of('Kestrel has renewed Tobin Reyes\' mining drama "Copper Vale".'))
    assert got == {("Copper Vale", None, "renewed")}


@pytest.mark.parametrize("body, headline", [
    ("Glass Harbor premieres June 5 on Kestrel. Jane Doe stars as Glass Harbor's lead "
     "detective.", ""),
    ("Glass Harbor premieres June 5 on Kestrel. Jane Doe stars as Glass Harbor's lead "
     "detective.", "Glass Harbor premiere date set"),
    ("Glass Harbor returns June 5 on Kestrel. Its lead Jane Doe is back as Glass Harbor's "
     "narrator.", ""),
    ("Tin Roof returns June 5 on Kestrel, and Glass Harbor premieres June 12. Tin Roof debuts "
     "as Glass Harbor wraps its run.", ""),
])
def test_a_show_owning_a_role_or_after_a_clause_as_is_no_character(body: str,
                                                                   headline: str) -> None:
    got = rows(facts_of(body, headline) if headline else facts_of(body))
    assert ("Glass Harbor", None, "premiere") in got


def test_control_a_character_is_no_show() -> None:
    body = ("Copper Vale returns June 5 on Kestrel. Jane Doe stars as Marlowe Finch. Marlowe "
            "Finch returns next summer.")
    assert not any(show == "Marlowe Finch" for show, _season, _kind in rows(facts_of(body)))


@pytest.mark.parametrize("second", [
    "The network had ordered a two-season run of the drama in 2023.",
    "Its star Jane Doe previously led a two-season comedy on Tovrel.",
])
def test_a_run_ordered_or_of_another_show_numbers_no_season(second: str) -> None:
    got = rows(facts_of(f"Kestrel has renewed Glass Harbor. {second}"))
    assert got == {("Glass Harbor", None, "renewed")}


def test_control_a_run_told_as_a_count() -> None:
    got = rows(facts_of("Kestrel has cancelled the three-season drama Glass Harbor."))
    assert got == {("Glass Harbor", 3, "cancelled")}


@pytest.mark.parametrize("body", [
    "Glass Harbor premieres June 5, the same night as the network's new comedy.",
    "Glass Harbor premieres June 5 on Kestrel, alongside the network's new comedy.",
])
def test_a_show_compared_with_a_new_one_is_not_new(body: str) -> None:
    assert ("Glass Harbor", None, "premiere") in rows(facts_of(body))
