"""The season a fact gets when its sentence names none (issue 10, round 12): the defaults,
probed with sentences and titles written for this test.

- a show the article calls new in words ("the new drama X", "X is a new comedy", "X, ABC's
  freshman sitcom") is in its first season: a premiere, a shoot or an episode count of it
  told in another sentence, naming no season, is of season 1 (as a renewal of it is of season
  2 and a cancellation ends season 1). A return ("X returns on June 14") speaks of a season
  after one, and a show the article numbers a season of takes the rules that read it; a show
  said only to have debuted lately is not called new.
- a renewal naming no season, of the article's main show whose main season the article tells
  as aired ("X season 2 premiered in March. Netflix has now renewed the drama."), is of the
  season after it: a renewal orders a season still to be made. A cancellation of it keeps the
  aired season (the last one made); a later season the article names, or one the renewal
  names itself, stays as it is.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, facts_of, rows

PUBLISHED = dt.date(2031, 3, 14)


def _facts(text: str, title: str = "") -> set[Row]:
    return rows(facts_of(text, title, PUBLISHED))


# --- a show called new elsewhere ----------------------------------------------------------------

#: Sentences calling the show new in words (the title is {t}).
CALLED_NEW = {
    "new_drama_before": "Netflix has ordered the new drama {t}, starring Jane Doe.",
    "is_a_new_comedy": "{t} is a new comedy from the creators of Salt Road.",
    "network_freshman": "Fox's freshman sitcom {t} stars Jane Doe as a harbour pilot.",
    "rookie_thriller": "The rookie thriller {t} stars Jane Doe as a harbour pilot.",
}

#: Event sentences naming no season: (sentence, kind).
EVENTS = {
    "premiere": ("{t} premieres on the streamer on June 14.", "premiere"),
    "shoot_starts": ("Filming on {t} begins in Leeds in June.", "filming_started"),
    "shoot_wrapped": ("{t} wrapped filming in Belfast last week.", "filming_wrapped"),
    "episode_count": ("{t} will run for eight episodes.", "episode_count"),
}


@pytest.mark.parametrize("called", sorted(CALLED_NEW))
@pytest.mark.parametrize("event", sorted(EVENTS))
def test_event_of_a_show_called_new_elsewhere_is_its_first_season(called: str,
                                                                  event: str) -> None:
    sentence, kind = EVENTS[event]
    text = f"{CALLED_NEW[called]} {sentence}".format(t="Glass Harbor")
    facts = _facts(text, "Fall TV: the new shows")
    assert ("Glass Harbor", 1, kind) in facts, facts


@pytest.mark.parametrize("called", sorted(CALLED_NEW))
def test_a_return_of_a_show_called_new_is_no_first_season(called: str) -> None:
    text = f"{CALLED_NEW[called]} {{t}} returns to the streamer on June 14.".format(
        t="Glass Harbor")
    facts = _facts(text, "Fall TV: the new shows")
    assert ("Glass Harbor", 1, "premiere") not in facts, facts


@pytest.mark.parametrize("called", sorted(CALLED_NEW))
def test_a_show_called_new_with_a_numbered_season_keeps_it(called: str) -> None:
    text = (f"{CALLED_NEW[called]} Glass Harbor season 2 is in the works. "
            "Glass Harbor premieres on the streamer on June 14.").format(t="Glass Harbor")
    facts = _facts(text, "Fall TV: the new shows")
    assert ("Glass Harbor", 1, "premiere") not in facts, facts


def test_a_show_said_only_to_have_debuted_is_not_called_new() -> None:
    text = ("Glass Harbor, which debuted in January, stars Jane Doe. Filming on Glass "
            "Harbor begins in Leeds in June.")
    facts = _facts(text, "Fall TV: the new shows")
    assert ("Glass Harbor", 1, "filming_started") not in facts, facts


def test_the_event_sentence_calling_it_new_still_gives_season_one() -> None:
    facts = _facts("The new drama Glass Harbor premieres on the streamer on June 14.",
                   "Fall TV: the new shows")
    assert ("Glass Harbor", 1, "premiere") in facts, facts


# --- a renewal after the main season aired ------------------------------------------------------

#: Sentences telling the main show's season 2 as aired.
AIRED = {
    "season_n_premiered": "Glass Harbor season 2 premiered in January and topped the charts.",
    "second_season_aired": "Glass Harbor's second season aired in January to strong reviews.",
    "debuted_its_second": "Glass Harbor debuted its second season on the streamer in January.",
}

#: Renewal sentences naming no season and no show by its title.
RENEWALS = {
    "now_renewed": "Netflix has now renewed the drama.",
    "passive": "The drama has been renewed, the streamer said.",
    "picked_up_again": "On Monday the streamer renewed it.",
}


@pytest.mark.parametrize("aired", sorted(AIRED))
@pytest.mark.parametrize("renewal", sorted(RENEWALS))
def test_renewal_after_the_main_season_aired_is_the_next(aired: str, renewal: str) -> None:
    facts = _facts(f"{AIRED[aired]} {RENEWALS[renewal]}", "Glass Harbor renewed at Netflix")
    assert ("Glass Harbor", 3, "renewed") in facts, facts
    assert ("Glass Harbor", 2, "renewed") not in facts, facts


@pytest.mark.parametrize("aired", sorted(AIRED))
def test_cancellation_after_the_main_season_aired_keeps_it(aired: str) -> None:
    facts = _facts(f"{AIRED[aired]} Netflix has now cancelled the drama.",
                   "Glass Harbor cancelled at Netflix")
    assert ("Glass Harbor", 2, "cancelled") in facts, facts


@pytest.mark.parametrize("aired", sorted(AIRED))
def test_renewal_with_a_later_season_named_keeps_it(aired: str) -> None:
    facts = _facts(f"{AIRED[aired]} Netflix has now renewed the drama. Season 4 is also "
                   "planned.", "Glass Harbor renewed at Netflix")
    assert ("Glass Harbor", 3, "renewed") not in facts, facts


def test_renewal_naming_its_own_season_keeps_it() -> None:
    facts = _facts("Glass Harbor season 2 premiered in January. Netflix has renewed the drama "
                   "for a fourth season.", "Glass Harbor renewed at Netflix")
    assert ("Glass Harbor", 4, "renewed") in facts, facts


def test_renewal_when_the_main_season_lies_ahead_is_that_season() -> None:
    facts = _facts("Glass Harbor season 2 will premiere in June. Netflix has renewed the "
                   "drama.", "Glass Harbor season 2 set at Netflix")
    assert ("Glass Harbor", 3, "renewed") not in facts, facts


# --- a show that debuted within the year; a show called new after its name ------------------------

#: A decision and a debut in one sentence: the debut is the show's first season.
DEBUTS = {
    "cancelled_premiered": ("ABC has cancelled Glass Harbor, which premiered in January.",
                            "cancelled", 1),
    "renewed_premiered": ("ABC has renewed Glass Harbor, which premiered in January.",
                          "renewed", 2),
}


@pytest.mark.parametrize("debut", sorted(DEBUTS))
def test_the_debut_of_a_show_that_debuted_lately_is_season_one(debut: str) -> None:
    sentence, kind, season = DEBUTS[debut]
    facts = _facts(sentence, "ABC's decisions")
    assert ("Glass Harbor", 1, "premiere") in facts, facts
    assert ("Glass Harbor", season, kind) in facts, facts


def test_an_old_debut_is_no_first_season_of_a_new_show() -> None:
    facts = _facts("ABC has cancelled Glass Harbor, which premiered in January 2019.",
                   "ABC's decisions")
    assert ("Glass Harbor", 1, "cancelled") not in facts, facts


#: Words after the show's name calling it new: a renewal is of season 2, a cancellation ends 1.
CALLED_NEW_AFTER = {
    "its_new_drama": "ABC has {verb} Glass Harbor, its new drama starring Jane Doe.",
    "one_of_its_new": "ABC has {verb} Glass Harbor, one of its new dramas this season.",
}


@pytest.mark.parametrize("called", sorted(CALLED_NEW_AFTER))
@pytest.mark.parametrize(("verb", "kind", "season"),
                         [("renewed", "renewed", 2), ("cancelled", "cancelled", 1)])
def test_a_show_called_new_after_its_name(called: str, verb: str, kind: str,
                                          season: int) -> None:
    facts = _facts(CALLED_NEW_AFTER[called].format(verb=verb), "ABC's decisions")
    assert ("Glass Harbor", season, kind) in facts, facts


# --- a season phrase after a list of titles -------------------------------------------------------

#: Active sentences giving a list of shows one season phrase after the last title.
LIST_SEASONS = {
    "two_plural": ("Netflix has renewed Glass Harbor and Tin Roof for second seasons.",
                   ("Glass Harbor", "Tin Roof"), 2),
    "two_singular": ("Netflix has renewed Glass Harbor and Tin Roof for a second season.",
                     ("Glass Harbor", "Tin Roof"), 2),
    "three_plural": ("Netflix has renewed Glass Harbor, Salt Road and Tin Roof for third "
                     "seasons.", ("Glass Harbor", "Salt Road", "Tin Roof"), 3),
    "described": ("Netflix has renewed the comedies Glass Harbor and Tin Roof for fourth "
                  "seasons.", ("Glass Harbor", "Tin Roof"), 4),
}


@pytest.mark.parametrize("case", sorted(LIST_SEASONS))
def test_a_season_after_a_list_is_every_title_s(case: str) -> None:
    sentence, shows, season = LIST_SEASONS[case]
    facts = _facts(sentence, "Netflix renews its comedies")
    for show in shows:
        assert (show, season, "renewed") in facts, facts


def test_each_title_of_a_list_keeps_its_own_season() -> None:
    facts = _facts("Netflix has renewed Glass Harbor for a third season and Tin Roof for a "
                   "fifth season.", "Netflix renews its comedies")
    assert ("Glass Harbor", 3, "renewed") in facts, facts
    assert ("Glass Harbor", 5, "renewed") not in facts, facts


def test_an_item_with_a_season_word_of_its_own_is_not_given_the_next_one() -> None:
    facts = _facts("CBS is bringing Glass Harbor back for a final season, Tin Roof back for "
                   "season 10 and Salt Road for season 17.", "CBS renews its dramas")
    assert ("Glass Harbor", 10, "renewed") not in facts, facts
    assert ("Tin Roof", 10, "renewed") in facts, facts
