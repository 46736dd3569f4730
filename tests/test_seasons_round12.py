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

from monitor.extract.facts import extract_facts
from monitor.models import Article

PUBLISHED = dt.date(2031, 3, 14)


def _facts(text: str, title: str = "") -> set[tuple[object, ...]]:
    article = Article("https://news.example/a", title, text, PUBLISHED)
    return {(f.show, f.season, f.kind) for f in extract_facts(article)}


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
