"""Round 22 (s22cancel): two families of cancellation wordings, judged on invented grids.

- ``kind.return_denied_is_cancellation``: a renewal's return phrase ("bring back X for a third
  season", "coming back for season 3") denied by a decision's negation is the show's
  cancellation, not a renewal to drop; a time after it ("until 2026") keeps it a delay.
- ``list.description_apposition``: "X, the Mara Velt drama," names one show, described by its
  creator or star: the decision is X's alone (before, the second name took it too, and the
  season could go with it).

Each grid row holds names, networks, seasons, tenses and headline or body forms of its own; the
controls give what they gave before the round.
"""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_rows

HEADLINE = "Brindle TV sets its autumn schedule"


def _rows(sentence: str, headline: str = HEADLINE) -> set[tuple[str, int | None, str]]:
    """The (show, season, kind) rows of a small article around ``sentence``: the shows are
    named again after it, as an article names them, so each one is evidenced as a title."""
    body = (f"Brindle TV announced its autumn schedule on Tuesday. {sentence} Copper Vale "
            "premiered in 2021. Orchard Lane stars Tobin Reyes.")
    return normalised_rows(facts_of(body, headline))


RETURN_DENIED = [
    ("Brindle TV won't bring back Copper Vale for a third season.", "copper vale"),
    ("Brindle TV won’t be bringing back Copper Vale for a fourth season.", "copper vale"),
    ("Brindle TV is not bringing Copper Vale back for a third season.", "copper vale"),
    ("Copper Vale isn't coming back for season 3.", "copper vale"),
    ("Copper Vale is not coming back for a second season at Brindle TV.", "copper vale"),
    ("Kestrel Play confirmed Orchard Lane won't return for season 2.", "orchard lane"),
    ("Kestrel Play has decided not to bring back Orchard Lane for a second season.",
     "orchard lane"),
]


@pytest.mark.parametrize(("sentence", "show"), RETURN_DENIED,
                         ids=[s[:40] for s, _ in RETURN_DENIED])
def test_a_denied_return_is_a_cancellation(sentence: str, show: str) -> None:
    rows = _rows(sentence)
    assert any(r[0] == show and r[2] == "cancelled" for r in rows), rows
    assert not any(r[0] == show and r[2] == "renewed" for r in rows), rows


DENIED_SEASONS = [
    ("Brindle TV won't bring back Copper Vale for a third season.", 2),
    ("Brindle TV won’t be bringing back Copper Vale for a fourth season.", 3),
    ("Copper Vale isn't coming back for season 3.", 2),
]


@pytest.mark.parametrize(("sentence", "season"), DENIED_SEASONS,
                         ids=[s[:40] for s, _ in DENIED_SEASONS])
def test_a_denied_return_carries_the_last_season_made(sentence: str, season: int) -> None:
    assert ("copper vale", season, "cancelled") in _rows(sentence)


RETURN_CONTROLS = [
    # a delay, not an end
    ("Copper Vale won't be back until 2026.", "copper vale", None),
    ("Copper Vale isn't coming back for season 3 until next year.", "copper vale", None),
    # a state still open
    ("Copper Vale hasn't been renewed for a third season yet.", "copper vale", None),
    # the cancellation vocabulary's own words, as before
    ("Copper Vale won't return for a third season.", "copper vale", "cancelled"),
    # a return told plainly stays a renewal
    ("Brindle TV is bringing back Copper Vale for a third season.", "copper vale", "renewed"),
    # a planned ending is no cancellation
    ("Copper Vale will end with its fourth and final season.", "copper vale", "renewed"),
]


@pytest.mark.parametrize(("sentence", "show", "kind"), RETURN_CONTROLS,
                         ids=[s[:40] for s, _, _ in RETURN_CONTROLS])
def test_return_controls(sentence: str, show: str, kind: str | None) -> None:
    rows = _rows(sentence)
    cancelled = any(r[0] == show and r[2] == "cancelled" for r in rows)
    assert cancelled == (kind == "cancelled"), rows
    if kind == "renewed":
        assert any(r[0] == show and r[2] == "renewed" for r in rows), rows


APPOSITIONS = [
    ("Brindle TV has cancelled Copper Vale, the Mara Velt drama, after its second season.",
     "mara velt"),
    ("Brindle TV has cancelled Copper Vale, the Mara Velt comedy.", "mara velt"),
    ("Brindle TV has cancelled Copper Vale, the Grey Harbour drama.", "grey harbour"),
    ("Kestrel Play axed Orchard Lane, the Halden Crow thriller, after one season.",
     "halden crow"),
    ("Kestrel Play has renewed Orchard Lane, the Halden Crow thriller, for a second season.",
     "halden crow"),
]


@pytest.mark.parametrize(("sentence", "person"), APPOSITIONS,
                         ids=[s[:40] for s, _ in APPOSITIONS])
def test_a_describing_apposition_names_no_second_show(sentence: str, person: str) -> None:
    rows = _rows(sentence)
    assert not any(r[0] == person for r in rows), rows
    first = "copper vale" if "Copper Vale" in sentence else "orchard lane"
    assert any(r[0] == first and r[2] in ("cancelled", "renewed") for r in rows), rows


LIST_CONTROLS = [
    # a list of shows stays a list
    ("Brindle TV has cancelled Copper Vale, Orchard Lane and Nightjar.",
     {"copper vale", "orchard lane", "nightjar"}),
    ("Brindle TV has cancelled Copper Vale, the comedy Orchard Lane and Nightjar.",
     {"copper vale", "orchard lane", "nightjar"}),
    # a kin apposition, as round 18 reads it
    ("Brindle TV has cancelled Copper Vale, the spin-off of Orchard Lane, after one season.",
     {"copper vale"}),
]


@pytest.mark.parametrize(("sentence", "shows"), LIST_CONTROLS,
                         ids=[s[:40] for s, _ in LIST_CONTROLS])
def test_list_controls(sentence: str, shows: set[str]) -> None:
    rows = _rows(sentence)
    assert {r[0] for r in rows if r[2] == "cancelled"} == shows, rows


OTHER_CONTROLS = [
    "Brindle TV has cancelled the Copper Vale movie.",
    "Copper Vale star Ines Marlow has spoken out against cancel culture.",
    "Copper Vale has been saved by Kestrel Play after Brindle TV passed on it.",
    "Brindle TV denied reports that Copper Vale had been cancelled.",
]


@pytest.mark.parametrize("sentence", OTHER_CONTROLS, ids=[s[:40] for s in OTHER_CONTROLS])
def test_no_cancellation_of_copper_vale(sentence: str) -> None:
    rows = _rows(sentence)
    assert not any(r[0] == "copper vale" and r[2] == "cancelled" for r in rows), rows


@pytest.mark.xfail(strict=True, reason="the season after the apposition is still attached to "
                   "the describing name, so the renewal keeps none (round 22: left over)")
def test_season_past_a_describing_apposition() -> None:
    rows = _rows("Kestrel Play has renewed Orchard Lane, the Halden Crow thriller, for a "
                 "second season.")
    assert ("orchard lane", 2, "renewed") in rows
