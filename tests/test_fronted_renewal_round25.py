"""A found show's second fact told after a fronted renewal (round 25, s25second).

"Days after being renewed for a third season, Glass Harbor began filming in Leeds": the
sentence opens on a phrase with no subject of its own that tells the show's renewal, and its
subject is the show. Two things lost the show's second fact there: a capitalised first word
("Days", "Fresh", "Newly") was kept as a title and took the renewal
(``title.veto.fronted_phrase`` now vetoes it), and the shoot, wrap, premiere or count of the
subject took no season, or the main one, though the renewal's season is the one it is of
(``season.renewed_in_fronted_phrase``). Invented names and sentences; controls keep what
they give today."""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

SHOWS = ["Glass Harbor", "Copper Lantern Tales", "Marrow Creek"]
ORDINALS = [("second", 2), ("third", 3), ("fourth", 4)]

#: openers whose first word is no stop word: the word was kept as a title
CAPITAL_OPENERS = [
    "Fresh off its renewal for a {ord} season",
    "Days after being renewed for a {ord} season",
    "Weeks after its renewal for a {ord} season",
    "Newly renewed for a {ord} season",
    "Months after its {ord}-season pickup",
]
#: openers the title finder already skips: the second fact's season was missing
PLAIN_OPENERS = [
    "Following its renewal for a {ord} season",
    "After its renewal for a {ord} season in January",
    "Just weeks after its renewal for a {ord} season",
    "Shortly after being renewed for a {ord} season",
]
#: the subject's own event, with the kind it gives
EVENTS = [
    ("{show} began filming in March.", "filming_started"),
    ("{show} has started production in Leeds.", "filming_started"),
    ("{show} will premiere on Kestrel on June 4.", "premiere"),
    ("{show} will return with ten episodes.", "episode_count"),
]


def _grid(openers: list[str]) -> list[tuple[str, str, int, str]]:
    return [(show, opener.format(ord=word) + ", " + event.format(show=show), season, kind)
            for show in SHOWS for opener in openers for word, season in ORDINALS
            for event, kind in EVENTS]


@pytest.mark.parametrize(("show", "text", "season", "kind"), _grid(CAPITAL_OPENERS))
def test_the_fronted_word_is_no_title(show: str, text: str, season: int, kind: str) -> None:
    facts = facts_of(text)
    assert {f.show for f in facts} == {show}, facts
    assert (show, season, "renewed") in {(f.show, f.season, f.kind) for f in facts}, facts
    assert (show, season, kind) in {(f.show, f.season, f.kind) for f in facts}, facts


@pytest.mark.parametrize(("show", "text", "season", "kind"), _grid(PLAIN_OPENERS))
def test_the_subjects_event_is_the_renewed_seasons(show: str, text: str, season: int,
                                                   kind: str) -> None:
    facts = facts_of(text)
    assert (show, season, kind) in {(f.show, f.season, f.kind) for f in facts}, facts


def test_explain_names_the_rules() -> None:
    _, text = explain(make_article("Days after being renewed for a third season, Glass Harbor "
                                   "began filming in Leeds."))
    assert "title.veto.fronted_phrase" in text
    assert "season.renewed_in_fronted_phrase" in text


#: controls: (text, show, kind, the seasons that show's facts of the kind take today)
CONTROLS = [
    # a premiere told as past after the renewal may be the season before: not read
    ("Days after being renewed for a second season, Glass Harbor premiered its first "
     "season finale on Kestrel.", "Glass Harbor", "filming_started", set()),
    # no renewal in the fronted phrase
    ("Following a strong second season, Glass Harbor began filming in March.",
     "Glass Harbor", "filming_started", {None}),
    # another show is the one renewed
    ("Days after Salt Road was renewed for a second season, Glass Harbor began filming in "
     "March.", "Glass Harbor", "filming_started", {None}),
    # the event names its own season
    ("Following its renewal for a third season, Glass Harbor began filming its second "
     "season's reshoots in March.", "Glass Harbor", "filming_started", {2}),
    # a one-word title that also stands mid-sentence stays a title
    ("Tidewater since its renewal for a second season has doubled its audience, Kestrel "
     "says. Kestrel renewed Tidewater in May.", "Tidewater", "renewed", {2}),
    # a one-word title followed by its comma stays a title
    ("Tidewater, after its renewal for a second season, began filming in March.",
     "Tidewater", "filming_started", set()),
]


@pytest.mark.parametrize(("text", "show", "kind", "seasons"), CONTROLS)
def test_controls(text: str, show: str, kind: str, seasons: set[int | None]) -> None:
    got = {f.season for f in facts_of(text) if f.show == show and f.kind == kind}
    assert got == seasons, facts_of(text)


@pytest.mark.xfail(strict=True, reason="left: a subject with no cue of its own after the "
                   "fronted renewal ('will have ten episodes') is no title candidate, so the "
                   "renewal and the count are dropped (drop.no_show)")
def test_a_subject_with_no_cue_of_its_own() -> None:
    facts = facts_of("Following its renewal for a second season, Glass Harbor will have ten "
                     "episodes.")
    assert ("Glass Harbor", 2, "episode_count") in {(f.show, f.season, f.kind) for f in facts}
