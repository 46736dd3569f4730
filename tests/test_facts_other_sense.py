"""Round 8 (issue 10, precision on unseen text): a labelled show, a kind no label has. The
trigger is there, in another sense: a cast member's return, a season's run ending on air, a
shoot told as the background of its wrap, a plan made long ago for a time gone by. Every probe
is an invented sentence; each class has twins that keep their fact."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, facts_of, rows

PUBLISHED = dt.date(2024, 5, 10)


def _facts(text: str, published: dt.date = PUBLISHED) -> set[Row]:
    return rows(facts_of(text, published=published))


def _kinds(text: str, published: dt.date = PUBLISHED) -> set[object]:
    return {kind for _, _, kind in _facts(text, published)}


#: A person's return to a show is news of the cast (``drop.cast_news``), not a premiere.
CAST_RETURNS = [
    "Original cast member Maya Lind returns to the drama Glass Harbor in Sunday's episode.",
    "Series star Maya Lind returns to Netflix's Glass Harbor on June 14.",
    "Jane Doe returns to the game show Glass Harbor in the fall.",
]
CAST_RETURN_TWINS = [
    "Glass Harbor returns to Netflix on June 14.",
    "The drama Glass Harbor returns on June 14 with Maya Lind in the lead.",
    "Maya Lind's drama Glass Harbor returns on June 14.",
]


@pytest.mark.parametrize("text", CAST_RETURNS)
def test_a_cast_members_return_is_no_premiere(text: str) -> None:
    assert "premiere" not in _kinds(text), _facts(text)


@pytest.mark.parametrize("text", CAST_RETURN_TWINS)
def test_the_shows_return_is_its_premiere(text: str) -> None:
    assert "premiere" in _kinds(text), _facts(text)


#: A season's run (or story) ending on air is no wrap of its shoot.
RUN_ENDS_ON_AIR = [
    "Glass Harbor wraps up its second season on Sunday with a two-hour finale.",
    "The drama Glass Harbor wraps its third season next week.",
    "The comedy Glass Harbor wraps up its story on Sunday.",
    # a run or a story as the subject of a bare "wraps"
    "The drama Glass Harbor returns in May for its final run. After the miniseries wraps, "
    "there are no plans to continue Glass Harbor.",
    "The drama Glass Harbor is back. Its creator says the saga wraps in the fall.",
]
RUN_ENDS_TWINS = [
    "Glass Harbor has wrapped its second season shoot in Halifax.",
    "Glass Harbor has wrapped filming on its second season.",
    "Filming on Glass Harbor season 2 wraps in June.",
    "Glass Harbor season 2 has wrapped.",
    "Production on the second season of Glass Harbor wraps up next week.",
    "The drama Glass Harbor wraps filming in June.",
    "The series wraps filming on Glass Harbor season 2 in June.",
    "Filming on the drama Glass Harbor wraps in June.",
]


@pytest.mark.parametrize("text", RUN_ENDS_ON_AIR)
def test_a_run_ending_on_air_is_no_wrap(text: str) -> None:
    assert "filming_wrapped" not in _kinds(text), _facts(text)


@pytest.mark.parametrize("text", RUN_ENDS_TWINS)
def test_a_shoot_that_wraps_is_a_wrap(text: str) -> None:
    assert "filming_wrapped" in _kinds(text), _facts(text)


#: A shoot told in the past progressive beside its wrap, undated: the wrap's background.
SHOOT_BEHIND_WRAP = [
    "Production just wrapped on the latest season of the drama Glass Harbor, which was "
    "shooting in Halifax through the spring.",
    "Filming has wrapped on the drama Glass Harbor, which was shooting in Halifax all winter.",
    "The drama Glass Harbor, which had been filming in Halifax, has wrapped production.",
]
SHOOT_BEHIND_WRAP_TWINS = [
    # a start of its own: dated, or with no wrap beside it
    "The drama Glass Harbor was shooting in Halifax this week.",
    "The drama Glass Harbor, which began shooting in Halifax in March, wrapped filming on "
    "Friday.",
    "The drama Glass Harbor was shooting in Halifax in March, and filming wraps in June.",
]


@pytest.mark.parametrize("text", SHOOT_BEHIND_WRAP)
def test_a_shoot_behind_its_wrap_is_no_start(text: str) -> None:
    kinds = _kinds(text)
    assert "filming_wrapped" in kinds and "filming_started" not in kinds, _facts(text)


@pytest.mark.parametrize("text", SHOOT_BEHIND_WRAP_TWINS)
def test_a_shoot_of_its_own_is_a_start(text: str) -> None:
    assert "filming_started" in _kinds(text), _facts(text)


#: A plan reported as made long ago, for a time gone by publication: not known to have held.
OLD_PLANS = [
    "Two years ago, plans were announced for the drama Glass Harbor to air its season three "
    "premiere in January 2021.",
    "The drama Glass Harbor had planned to start filming its second season in March 2021 in "
    "Halifax.",
    "The drama Glass Harbor originally planned to premiere its second season in February 2021.",
]
OLD_PLAN_TWINS = [
    "Plans were revealed for the drama Glass Harbor to air its third season in January 2022.",
    "The drama Glass Harbor premiered its third season in January 2021.",
    "Netflix announced that the drama Glass Harbor would premiere on January 14, 2021.",
    "The drama Glass Harbor started filming its second season in March 2021.",
]


@pytest.mark.parametrize("text", OLD_PLANS)
def test_an_old_plan_for_a_time_gone_is_no_fact(text: str) -> None:
    kinds = _kinds(text, dt.date(2021, 6, 10))
    assert not kinds & {"premiere", "filming_started"}, _facts(text, dt.date(2021, 6, 10))


@pytest.mark.parametrize("text", OLD_PLAN_TWINS)
def test_a_plan_ahead_or_an_event_that_happened_stays(text: str) -> None:
    kinds = _kinds(text, dt.date(2021, 6, 10))
    assert kinds & {"premiere", "filming_started"}, _facts(text, dt.date(2021, 6, 10))


def _certainties(text: str) -> dict[tuple[object, object], str]:
    return {(f.show, f.kind): f.certainty for f in facts_of(text, published=PUBLISHED)}


@pytest.mark.parametrize(("text", "show", "certainty"), [
    ("The drama Glass Harbor has been unofficially cancelled, its star says.", "Glass Harbor",
     "speculative"),
    ("Unofficially canceled: the drama Glass Harbor.", "Glass Harbor", "speculative"),
    ("The drama Glass Harbor was officially cancelled on Friday.", "Glass Harbor", "confirmed"),
    # the hedge governs its own clause only
    ("The drama Glass Harbor has been unofficially cancelled, and the comedy Salt Road was "
     "cancelled on Friday.", "Salt Road", "confirmed"),
])
def test_unofficially_is_a_hedge_of_its_clause(text: str, show: str, certainty: str) -> None:
    assert _certainties(text).get((show, "cancelled")) == certainty, _certainties(text)


#: An open question inside the sentence states nothing (``drop.open_question``).
OPEN_QUESTIONS = [
    "Over the next few weeks, the studios will decide which series get to come back for "
    "another season and which will join the drama Glass Harbor on the scrap heap.",
    "Fans are wondering if the drama Glass Harbor will be renewed for a third season.",
    "Critics ask if the drama Glass Harbor will return for a second season.",
]
OPEN_QUESTION_TWINS = [
    "Fans asked if the drama Glass Harbor would return, and on Monday Netflix renewed it for a "
    "second season.",
    "We can now say which shows are coming back: the drama Glass Harbor has been renewed for a "
    "third season.",
    "The drama Glass Harbor, which asks if love can survive a storm, returns for a second "
    "season on June 14.",
]


@pytest.mark.parametrize("text", OPEN_QUESTIONS)
def test_an_open_question_states_nothing(text: str) -> None:
    assert not _kinds(text), _facts(text)


@pytest.mark.parametrize("text", OPEN_QUESTION_TWINS)
def test_a_question_answered_or_in_another_clause_keeps_the_fact(text: str) -> None:
    assert _kinds(text) & {"renewed", "premiere"}, _facts(text)


#: A trailer or a teaser as the subject of "debuted" or "premiered", however long the title
#: between them (``drop.trailer_release`` reads the clause with the names cut out).
PROMO_PREMIERES = [
    "The first trailer for the drama Glass Harbor season 2 debuted during the Super Bowl on "
    "Sunday.",
    "A teaser for the drama Glass Harbor's third season premiered online on Tuesday.",
    "The trailer for season 2 of the drama The Lighthouse Keepers of Glass Harbor Island "
    "premiered on Monday.",
]
PROMO_TWINS = [
    "Netflix released the trailer for the drama Glass Harbor on Monday and said that season 2 "
    "premieres on June 14.",
    "The season 2 premiere of the drama Glass Harbor is set for June 14.",
]


@pytest.mark.parametrize("text", PROMO_PREMIERES)
def test_a_trailers_debut_is_no_premiere(text: str) -> None:
    assert "premiere" not in _kinds(text), _facts(text)


@pytest.mark.parametrize("text", PROMO_TWINS)
def test_a_premiere_beside_a_trailer_stays(text: str) -> None:
    assert "premiere" in _kinds(text), _facts(text)


#: An event named by the premiere it celebrates (``drop.premiere_event``).
PREMIERE_EVENTS = [
    "The drama Glass Harbor's season 2 premiere party was held in Atlanta on Monday.",
    "Fans lined up for the drama Glass Harbor season 3 premiere screening on Friday.",
]
PREMIERE_EVENT_TWINS = [
    "The drama Glass Harbor's season 2 premiere drew 3 million viewers on Sunday night.",
    "The drama Glass Harbor premieres on June 14, with a premiere party planned in Atlanta.",
]


@pytest.mark.parametrize("text", PREMIERE_EVENTS)
def test_a_premiere_party_is_no_premiere(text: str) -> None:
    assert "premiere" not in _kinds(text), _facts(text)


@pytest.mark.parametrize("text", PREMIERE_EVENT_TWINS)
def test_a_premiere_beside_its_party_stays(text: str) -> None:
    assert "premiere" in _kinds(text), _facts(text)
