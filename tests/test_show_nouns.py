"""A show called by its kind ("the drama", "another reboot", "X, a Hulu telenovela,") is read
the same way whichever kind of show it is: every reading takes its nouns from one list
(``showwords.SHOW_NOUNS``). Before, seven readings each listed their own subset, so "the
anime" was a reference in one place and nothing in the next."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, facts_of, rows

from monitor.extract.patterns import DESCRIBED_REFERENCE_RE, REFERENCE_SUBJECT_RE
from monitor.extract.showwords import SHOW_NOUN_STEMS, SHOW_NOUNS

PUBLISHED = dt.date(2024, 5, 10)


def _facts(body: str, headline: str = "TV news") -> set[Row]:
    return rows(facts_of(body, headline, PUBLISHED))


@pytest.mark.parametrize("noun", SHOW_NOUNS)
def test_a_decider_renews_the_show_it_refers_to(noun: str) -> None:
    facts = _facts("Glass Harbor is a Hulu drama about three sisters. "
                   f"Kestrel Play renewed the {noun} for a second season.", "Glass Harbor returns")
    assert ("Glass Harbor", 2, "renewed") in facts
    assert not any(show == "Kestrel Play" for show, _, _ in facts)


@pytest.mark.parametrize("noun", SHOW_NOUNS)
def test_the_other_show_named_by_its_kind(noun: str) -> None:
    facts = _facts(f"Hulu renewed Glass Harbor. The other {noun}, Salt Road, was cancelled.")
    assert any(show == "Salt Road" and kind == "cancelled" for show, _, kind in facts)


@pytest.mark.parametrize("noun", SHOW_NOUNS)
def test_a_kind_after_the_name(noun: str) -> None:
    assert ("Salt Road", 1, "cancelled") in _facts(
        f"Salt Road, the Hulu {noun} about a family, was cancelled after one season.")
    assert ("Salt Road", 1, "cancelled") in _facts(
        f"Netflix cancelled Salt Road, a {noun} from Jane Doe, after one season.")


@pytest.mark.parametrize("noun", SHOW_NOUNS)
def test_another_show_introduced_by_its_kind(noun: str) -> None:
    facts = _facts(f"Glass Harbor was a hit for Hulu. Another {noun}, Salt Road, was cancelled.")
    assert any(show == "Salt Road" and kind == "cancelled" for show, _, kind in facts)


@pytest.mark.parametrize("noun", SHOW_NOUNS)
def test_a_reference_to_the_show_named_last(noun: str) -> None:
    facts = _facts("Hulu renewed Glass Harbor for a second season on Monday. Meanwhile, "
                   f"Netflix's Salt Road has a new showrunner. Production on the {noun} begins in "
                   "May in Atlanta.")
    assert any(show == "Salt Road" and kind == "filming_started" for show, _, kind in facts)
    assert not any(show == "Glass Harbor" and kind == "filming_started" for show, _, kind in facts)


@pytest.mark.parametrize("noun", SHOW_NOUNS)
def test_every_noun_passes_the_reference_pre_check(noun: str) -> None:
    """The described reference skips texts holding none of its stems: every noun holds one."""
    assert any(stem in noun for stem in SHOW_NOUN_STEMS)
    assert DESCRIBED_REFERENCE_RE.search(f"Netflix renewed the {noun} for a third season.")
    assert REFERENCE_SUBJECT_RE.match(f"The {noun} returns for a third season in May.")


@pytest.mark.parametrize("text", [
    "The serial killer was caught in May.",  # not a kind of show: "serial" is left out
    "Netflix renewed the other day its deal with the league.",
    "The new series of Glass Harbor starts in May.",  # a season of a show, not another show
])
def test_words_that_are_no_reference(text: str) -> None:
    assert not REFERENCE_SUBJECT_RE.match(text)
