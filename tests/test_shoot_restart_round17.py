"""A shoot taken up again: its start with no date, and no renewal — round 17 (issue 10,
r17kinds).

Two confusions of one family, the words of a shoot's restart:

- "Filming resumed in June after the strike" was dropped whole: the restart is no start of
  the season (its date is not the start's), but it does say the shoot had begun, before the
  halt — the labelling guide's "a resumption is not a new start", labelled as a start with no
  date (``date.restart_after_halt``). People back at work after a halt ("the cast is back on
  set") still say nothing.
- "Production on X season 3 picked up again in February" was read as a renewal: "picked up"
  has the shoot as its subject there, not the show (``TRIGGER_EXCLUDE["renewed"]``).

Every sentence and show is invented for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2031, 6, 20)
ABOUT = " Harrow Lane follows two brothers who run a ferry on Lake Erie."


def _kinds(body: str) -> set[tuple[str, int | None, str, str | None]]:
    return {(f.show, f.season, f.kind, f.date)
            for f in facts_of(body + ABOUT, "", PUBLISHED)}


@pytest.mark.parametrize("body", [
    "Filming on Harrow Lane season 3 resumed in June after the strike.",
    "Production on Harrow Lane season 3 resumed in May after a pandemic shutdown.",
    "Harrow Lane season 3 resumed filming on Monday after a two-month pause.",
    "Production on Harrow Lane season 3 restarted in Belfast after the strike.",
    pytest.param("Harrow Lane season 3 restarted production in Belfast after the strike ended.",
                 marks=pytest.mark.xfail(strict=True, reason="the wrap's longer phrase "
                                         "('production ... ended') wins the overlap and is then "
                                         "excluded: the start phrase inside it is lost")),
    "Production on Harrow Lane season 3 was suspended in March. Filming resumed in June.",
    "After the lockdown, filming on Harrow Lane season 3 resumed in Belfast.",
    "Production on Harrow Lane season 3 will resume in August, after the strike.",
], ids=["resumed-after-strike", "resumed-after-shutdown", "resumed-filming-pause",
        "restarted-after-strike", "restarted-production-strike-ended",
        "halt-in-previous-sentence", "after-the-lockdown",
        "will-resume"])
def test_a_shoot_resumed_after_a_halt_had_started_at_no_stated_time(body: str) -> None:
    starts = {k for k in _kinds(body) if k[2] == "filming_started"}
    assert starts == {("Harrow Lane", 3, "filming_started", None)}


@pytest.mark.parametrize("body, date", [
    ("Production on Harrow Lane season 3 resumed on Monday.", "2031-06-16"),
    ("Filming on Harrow Lane season 3 is back underway after a long hiatus.", "2031-06"),
], ids=["resumed-no-halt", "hiatus-is-no-halt"])
def test_a_restart_with_no_halt_is_read_as_before(body: str, date: str) -> None:
    # controls: with no halt the restart dates the start, as the devset labels it
    assert ("Harrow Lane", 3, "filming_started", date) in _kinds(body)


def test_people_back_at_work_after_a_halt_say_nothing() -> None:
    assert not {k for k in _kinds("Now that the strike is over, the Harrow Lane season 3 "
                                  "cast is back on set.") if k[2] == "filming_started"}


@pytest.mark.parametrize("body", [
    "Production on Harrow Lane season 3 picked up again in February after a long pause.",
    "Work on Harrow Lane season 3 picked up again in February after the strike ended.",
    "Shooting on Harrow Lane's third season picked back up in Belfast last week.",
], ids=["production-picked-up", "work-picked-up", "shooting-picked-back-up"])
def test_a_shoot_picked_up_again_is_no_renewal(body: str) -> None:
    assert not {k for k in _kinds(body) if k[2] == "renewed"}


@pytest.mark.parametrize("body, season", [
    ("Harrow Lane has been picked up for a third season.", 3),
    ("Netflix picked up Harrow Lane for a third season.", 3),
    ("Netflix has picked up a third season of Harrow Lane.", 3),
    ("Production on Harrow Lane season 2 wrapped, and Netflix picked up the drama for a third "
     "season.", 3),
], ids=["passive", "active", "season-object", "production-before-another-subject"])
def test_a_show_picked_up_is_still_renewed(body: str, season: int) -> None:
    assert any(k[2] == "renewed" and k[1] == season for k in _kinds(body))
