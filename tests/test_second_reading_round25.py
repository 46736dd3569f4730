"""Round 25 (m25drops): a second reading of four round-25 rules that dropped or added too much.

- ``drop.other_show_ended``: '"Copper Vale" is a drama that Kestrel cancelled' describes the
  named show by what it is (a copula after the name), as an apposition does; it is that
  show's end, not another's.
- ``drop.renewal_not_given_beside_cancellation``: "Tovrel said it would renew the drama" and
  "Tovrel confirmed reports that it renewed" tell a renewal given, reported; not hoped.
- ``drop.event_the_cancellation_came_before``: "cancelled ahead of the June 5 premiere of its
  final season" is an event still to come; only a voided plan ("was set to", "could have")
  never took place.
- ``speech.first_person_decision``: a "we" of another thing the speaker names (her podcast,
  the band) is not the article's show.

Published 2024-05-10 (the helpers' default).
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of, normalised_rows, normalised_shows_kinds


def _kinds(body: str) -> set[tuple[str, str]]:
    return normalised_shows_kinds(facts_of(body))


def _dated(body: str) -> set[tuple[str, str, str | None]]:
    return {(f.show.lower(), f.kind, f.date) for f in facts_of(body)}


# --- 1. drop.other_show_ended: the named show described by what it is ---------------------------

SELF_DESCRIBED = [
    ('"{t}" is a drama that Kestrel cancelled after one season in 2021.', 1),
    ('"{t}" was a comedy which was axed in 2021.', None),
    ('"{t}" is another drama Kestrel cancelled after one season.', 1),
    ("\u201c{t}\u201d was a thriller that Orrin cancelled after one season.", 1),
    ("{t} is an anthology series that Kestrel cancelled in 2021.", None),
]


@pytest.mark.parametrize("title", ["Copper Vale", "Marrowby", "Salt Road Rising"])
@pytest.mark.parametrize(("sentence", "season"), SELF_DESCRIBED)
def test_a_show_described_by_a_copula_keeps_its_cancellation(
        sentence: str, season: int | None, title: str) -> None:
    found = normalised_rows(facts_of(sentence.format(t=title)))
    assert any(show == title.lower() and kind == "cancelled" for show, _, kind in found)
    if season is not None:
        assert (title.lower(), season, "cancelled") in found


def test_a_show_over_beside_another_drama_of_its_creator_keeps_its_cancellation() -> None:
    found = _kinds("\"Copper Vale\" is over: Kestrel has cancelled another drama of Dana Holt's.")
    assert ("copper vale", "cancelled") in found


OTHER_SHOWS = [
    "The show replaces a drama that Kestrel cancelled in March.",
    "It fills the slot left by another drama Kestrel cancelled last year.",
    "Tobin Reyes, whose comedy was axed in 2021, joins the cast.",
]


@pytest.mark.parametrize("sentence", OTHER_SHOWS)
def test_control_another_show_s_end_is_still_no_fact(sentence: str) -> None:
    found = _kinds("Kestrel has renewed Copper Vale for a third season. " + sentence)
    assert found == {("copper vale", "renewed")}


# --- 2. drop.renewal_not_given_beside_cancellation: a renewal reported given ---------------------

RENEWAL_GIVEN = [
    '"{t}" was cancelled by Kestrel, but Tovrel said it would renew the drama for a third '
    "season.",
    '"{t}" was cancelled by Kestrel, but Tovrel confirmed reports that it renewed the drama for '
    "a third season.",
    "\u201c{t}\u201d was cancelled by Kestrel, but Orrin announced it would renew the drama for "
    "a third season.",
]


@pytest.mark.parametrize("title", ["Copper Wharf", "Marrowby"])
@pytest.mark.parametrize("sentence", RENEWAL_GIVEN)
def test_a_renewal_reported_given_is_kept(sentence: str, title: str) -> None:
    found = normalised_rows(facts_of(sentence.format(t=title)))
    assert (title.lower(), 3, "renewed") in found


RENEWAL_NOT_GIVEN = [
    '"Copper Wharf" was cancelled by Kestrel, even though the cast expected a renewal.',
    '"Copper Wharf", which fans had hoped would be renewed, was cancelled by Kestrel.',
    '"Copper Wharf" was cancelled by Kestrel despite earlier reports of a renewal.',
]


@pytest.mark.parametrize("sentence", RENEWAL_NOT_GIVEN)
def test_control_a_renewal_hoped_is_still_dropped(sentence: str) -> None:
    assert _kinds(sentence) == {("copper wharf", "cancelled")}


# --- 3. drop.event_the_cancellation_came_before: a final season that still airs ------------------

STILL_AIRS = [
    'Kestrel has cancelled "{t}" ahead of the June 5 premiere of its final season.',
    'Kestrel has cancelled "{t}", days before its third season premieres on June 5.',
    "Before it premieres its final season on June 5, {t} has been cancelled by Kestrel.",
    'Kestrel has cancelled "{t}" ahead of its third-season premiere on June 5; the season will '
    "air as planned.",
]


@pytest.mark.parametrize("title", ["Copper Wharf", "Salt Road Rising"])
@pytest.mark.parametrize("sentence", STILL_AIRS)
def test_a_premiere_still_to_come_is_kept(sentence: str, title: str) -> None:
    found = _dated(sentence.format(t=title))
    assert (title.lower(), "premiere", "2024-06-05") in found
    assert any(show == title.lower() and kind == "cancelled" for show, kind, _ in found)


VOIDED = [
    'Kestrel has cancelled "Copper Wharf" before it could premiere its third season in June.',
    '"Copper Wharf", which was due to start filming in June, was cancelled by Kestrel.',
    'Kestrel cancelled "Copper Wharf" before its third season could begin filming.',
]


@pytest.mark.parametrize("sentence", VOIDED)
def test_control_a_voided_plan_is_still_dropped(sentence: str) -> None:
    assert _kinds(sentence) == {("copper wharf", "cancelled")}


# --- 4. speech.first_person_decision: a "we" of something else --------------------------------

def _lead(title: str) -> str:
    return f'"{title}", the mining drama, ran for two seasons. '


OTHER_WE = [
    '"It\'s official: we have been cancelled," Dana Holt posted of her podcast "Nightjar Talks".',
    'Dana Holt posted: "It\'s official: we have been cancelled by our label, the band is over."',
    "\u201cIt\u2019s official: we have been cancelled,\u201d Dana Holt wrote of her podcast "
    "\u201cNightjar Talks\u201d.",
    'Dana Holt wrote: "We have been cancelled by our label, and the band is over."',
]


@pytest.mark.parametrize("title", ["Copper Vale", "Marrowby"])
@pytest.mark.parametrize("sentence", OTHER_WE)
def test_a_we_of_another_thing_is_not_the_show(sentence: str, title: str) -> None:
    assert (title.lower(), "cancelled") not in _kinds(_lead(title) + sentence)


def test_control_a_farewell_still_goes_to_the_show() -> None:
    body = _lead("Copper Vale") + '"It\'s official: we have been cancelled," Dana Holt posted.'
    assert _kinds(body) == {("copper vale", "cancelled")}


def test_the_rule_s_own_example_acts_and_is_explained() -> None:
    from monitor.extract.rules import RULES
    rule = RULES["speech.first_person_decision"]
    assert ("cancelled" in {k for _, k in _kinds(rule.example)}
            or "renewed" in {k for _, k in _kinds(rule.example)})
    assert "speech.first_person_decision" in explained(rule.example)
