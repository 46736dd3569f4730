"""A premiere dated in the sentence after the one that tells the show's season to come (issue
10, round 33, branch r33near).

"X is coming back for a third season. The new episodes arrive March 4." made no premiere: the
second sentence names no show, and "new episodes" read alone may be an aired season's next
ones (round 19), so ``drop.excluded_context`` dropped its trigger. Right after a sentence that
names one show and one numbered season told to come (renewed, ordered, coming back, on the
way; not on air nor aired; no time of its own), a dated sentence naming no show and no
season that opens on "the new episodes" (after a short attribution, "Kestrel said",
"According to Kestrel,") speaks of that season (``trigger.new_episodes_of_told_season``):
the premiere takes that sentence's date, with its precision, and its certainty. A day too
soon for a new season (under three weeks on, or not named by its month or number: "tonight",
"on Sunday", "next week") is the aired season's episodes resuming, as round 19 read them.
Invented names throughout.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import cell_reader, facts_of, full_rows

#: A date before March, so "March 4" is read ahead in every cell.
PUBLISHED = dt.date(2024, 1, 12)


_rows = cell_reader(full_rows, "", PUBLISHED, "https://example.test/tv/salt-road")


TOLD = {
    "coming-back": "Salt Road is coming back for a third season.",
    "will-return": "Salt Road will return for a third season on Kestrel.",
    "renewed": "Kestrel has renewed Salt Road for a third season.",
    "on-the-way": "Salt Road season 3 is on the way.",
}
DATED = {
    "the-new-episodes": "The new episodes arrive March 4.",
    "new-episodes": "New episodes arrive March 4.",
    "eight-new-episodes": "The eight new episodes land on Kestrel on March 4.",
    "network-said": "Kestrel said the new episodes will arrive on March 4.",
    "according-to": "According to Kestrel, the new episodes land March 4.",
}


@pytest.mark.parametrize("dated", list(DATED.values()), ids=list(DATED))
@pytest.mark.parametrize("told", list(TOLD.values()), ids=list(TOLD))
def test_new_episodes_date_the_season_told_before(told: str, dated: str) -> None:
    assert ("Salt Road", 3, "premiere", "2024-03-04", "expected") in _rows(f"{told} {dated}")


@pytest.mark.parametrize("dated, want", [
    ("New episodes could arrive in March.", ("2024-03", "speculative")),
    ("The new episodes arrive in spring.", ("2024-SP", "expected")),
    ("The new episodes arrive later this year.", ("2024", "expected")),
], ids=["guessed-month", "a-season", "later-this-year"])
def test_the_date_keeps_its_precision_and_certainty(dated: str, want: tuple[str, str]) -> None:
    """The certainty and the precision are the dating sentence's own."""
    got = _rows(f"Salt Road is coming back for a third season. {dated}")
    assert ("Salt Road", 3, "premiere", *want) in got


# --- controls: the same output on the base commit and here -----------------------------------

COMING = "Salt Road is coming back for a third season. "


@pytest.mark.parametrize("body", [
    # the season before is on air or aired: the new episodes are its next ones
    "Salt Road season 3 is airing now on Kestrel. New episodes arrive March 4.",
    "Salt Road season 3 was a hit for Kestrel. The new episodes arrive March 4.",
    "Salt Road season 2 airs Sundays on Kestrel. New episodes arrive March 4.",
    # no one season told before: two shows, or none numbered
    "Kestrel has renewed Salt Road and Lantern House. New episodes arrive March 4.",
    "Kestrel has set a date for the return of Salt Road. New episodes arrive March 4.",
    # another event's date
    COMING + "The season finale airs March 4.",
    COMING + "The trailer arrives March 4.",
    COMING + "The second episode airs March 4.",
    COMING + "The new episodes were announced on March 4.",
    # another season's, another show's, or no date at all
    COMING + "New episodes of season 2 arrive March 4.",
    COMING + "New episodes of Lantern House arrive March 4.",
    "Salt Road returns for a third season on Kestrel. Tovrel said the new episodes of Havana "
    "arrive March 4.",
    COMING + "New episodes arrive weekly on Sundays.",
    # a day too soon for a new season: the episodes of the season on air resume
    COMING + "New episodes arrive tonight.",
    COMING + "New episodes air on Sunday.",
    COMING + "New episodes arrive next week.",
    "Kestrel has renewed Salt Road for a third season, midway through its second. New "
    "episodes arrive on January 21.",
], ids=["on-air", "was-a-hit", "airs-sundays", "two-shows", "no-season", "finale", "trailer",
        "second-episode", "announced", "other-season", "other-show", "other-unknown-show",
        "weekly-no-date", "tonight", "sunday", "next-week", "nine-days-on"])
def test_no_premiere_of_the_told_season_on_march_4(body: str) -> None:
    assert not any(r[:2] == ("Salt Road", 3) and r[2] == "premiere" and r[3] == "2024-03-04"
                   for r in _rows(body))


@pytest.mark.parametrize("body, want", [
    # a shoot's date stays the shoot's
    (COMING + "The new episodes start filming March 4.",
     ("Salt Road", 3, "filming_started", "2024-03-04", "expected")),
    # already read before this round: a count or the season as the subject
    (COMING + "The eight episodes land on Kestrel on March 4.",
     ("Salt Road", 3, "premiere", "2024-03-04", "expected")),
    (COMING + "The new season premieres March 4.",
     ("Salt Road", 3, "premiere", "2024-03-04", "expected")),
    # the sentence before gives the premiere a time of its own: the article-wide pass
    # weighs the other lines' days (round 14's "two days that disagree")
    ("Salt Road will return for a third season in 2025. New episodes arrive on March 4.",
     ("Salt Road", 3, "premiere", "2025", "expected")),
], ids=["filming", "eight-episodes", "the-new-season", "own-time-before"])
def test_controls_keep_their_reading(body: str, want: tuple[object, ...]) -> None:
    assert want in _rows(body)


def test_explain_names_the_rule_that_kept_the_new_episodes() -> None:
    """``--explain`` names ``trigger.new_episodes_of_told_season`` on the fact it kept (the
    rule is noted inside ``rules._excluded``, not by the engine)."""
    from monitor.extract import rules
    text = "Salt Road is coming back for a third season. The new episodes arrive March 4."
    with rules.tracing() as trace:
        facts = facts_of(text, "TV news", PUBLISHED, "https://example.test/a")
    assert [(f.show, f.season, f.kind) for f in facts if f.kind == "premiere"] == [
        ("Salt Road", 3, "premiere")]
    assert "trigger.new_episodes_of_told_season" in {r for e in trace.events for r in e.rules}
