""""Revival" names an event only when something gives or gets it; otherwise it says what the
show is ("X, a Hulu revival of the sitcom, ..."), and reading it as a renewal put a renewal
beside the cancellation or premiere the sentence was about (``drop.revival_names_the_show``)."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, shows_kinds


def _kinds(text: str) -> set[tuple[str, str]]:
    return shows_kinds(facts_of(text, "TV news", dt.date(2026, 5, 10)))


@pytest.mark.parametrize(("text", "kinds"), [
    ("Netflix has cancelled Lantern Bay, a Netflix revival of the 1990s sitcom.",
     {("Lantern Bay", "cancelled")}),
    ("Lantern Bay, the Hulu revival of the sitcom, was cancelled after one season.",
     {("Lantern Bay", "cancelled")}),
    ("Hulu cancelled Lantern Bay, its revival of the cult comedy, after one season.",
     {("Lantern Bay", "cancelled")}),
    ("Lantern Bay, a Peacock revival of the police drama, premieres March 3.",
     {("Lantern Bay", "premiere")}),
    ("Lantern Bay, a revival of the sitcom, stars Jane Moss and Omar Reyes.", set()),
])
def test_a_revival_that_says_what_the_show_is_is_no_renewal(
        text: str, kinds: set[tuple[str, str]]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    ("Netflix ordered a revival of Lantern Bay.", {("Lantern Bay", "renewed")}),
    ("Lantern Bay is getting a revival at Hulu.", {("Lantern Bay", "renewed")}),
    ("Hulu ordered a revival of Lantern Bay, which premieres in March.",
     {("Lantern Bay", "renewed"), ("Lantern Bay", "premiere")}),
    ("Peacock has greenlit a Lantern Bay revival.", {("Lantern Bay", "renewed")}),
])
def test_a_revival_given_or_got_stays_a_renewal(text: str, kinds: set[tuple[str, str]]) -> None:
    assert _kinds(text) == kinds
