"""A number alone is an item of a governed list of shows unless it can be a year after a
preposition ("in 2019"). Sentences written for these tests."""

from __future__ import annotations

from articles import facts_of


def _shows(text: str) -> set[str]:
    return {f.show for f in facts_of(text) if f.kind == "cancelled"}


def test_a_number_that_is_no_year_is_a_list_item_after_of() -> None:
    text = ("Earlier this month the network also killed off Glass Harbor (seen on Netflix) after "
            "5 seasons, Tin Roof (after 4 seasons), the reboot of 7300 and Salt Road.")
    assert _shows(text) == {"Glass Harbor", "Tin Roof", "7300", "Salt Road"}


def test_a_year_after_of_is_no_list_item() -> None:
    text = "The network also killed off Glass Harbor, Tin Roof, the class of 1999."
    assert "1999" not in _shows(text)
