"""A trigger's conditions, round 12 (issue 10): the conditions every trigger passes through,
probed with invented sentences — modality (a clause wished, campaigned for, urged on someone,
believed by the audience, counterfactual, or an "if" whose subject is the show), the time of a
day a premiere-date noun gives (announcing a day is past, the day announced lies ahead), and
headlines in telegraph style (an ordinal season without its article, a passive without its
auxiliary). Each probe fails on main a3f5b13; the control grids are the same frames stating a
fact, which must keep it (MEASUREMENTS.md, "Round 12, a trigger's conditions"). Every sentence
is written for this test about invented shows."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import FullRow, facts_of, full_row, make_article

from monitor.extract.facts import extract_facts
from monitor.extract.rules import RULES, tracing

PUBLISHED = dt.date(2024, 5, 10)
#: A headline is read over a body that names the show and states nothing of the kind probed.
NEUTRAL_BODY = ("Copper Valley's second season premiered on Netflix in March. The drama follows "
                "a family of beekeepers in rural Vermont and stars Ana Ruiz.")


def _facts(text: str, title: str = "") -> list[FullRow]:
    return sorted(full_row(f) for f in facts_of(text, title, PUBLISHED))


def _headline_facts(title: str) -> set[tuple[str, int | None, str]]:
    """The facts a headline adds over the neutral body (the body's own premiere left out)."""
    body = {(s, n, k) for s, n, k, _, _ in _facts(NEUTRAL_BODY)}
    return {(s, n, k) for s, n, k, _, _ in _facts(NEUTRAL_BODY, title)} - body


# --- modality: a clause that is not stated ------------------------------------------------------

UNSTATED = [
    # a desire or a campaign "for" what follows
    "Ana Ruiz would love for Copper Valley to come back for a third season.",
    "Ana Ruiz is pushing for Copper Valley to be renewed for a third season.",
    "Viewers are calling for Copper Valley to be renewed for a third season.",
    "Fans are campaigning for Copper Valley to return for a third season.",
    "Critics are rooting for The Night Ferry to get a third season.",
    "Fans are desperate for The Night Ferry to return for a third season.",
    "Ana Ruiz dreams of Copper Valley returning for a third season.",
    "Ana Ruiz has her heart set on The Night Ferry getting a third season.",
    # someone urged to act
    "Fans have been begging Netflix to renew Copper Valley for a third season.",
    # the audience's belief
    "Fans are convinced Copper Valley will return for season 3.",
    "Many fans expect The Night Ferry to be renewed for a third season.",
    "Fans have theorised that the third season of Copper Valley will premiere in June.",
    # counterfactual
    "Copper Valley would have premiered its third season in May had the strike not happened.",
    "The Night Ferry should have been renewed for a third season.",
    "Copper Valley could have been cancelled after its first season.",
    # the condition of an "if" whose subject is the show
    "If Copper Valley returns for a third season, Ana Ruiz will be back.",
    "If The Night Ferry gets a third season, it would film in Norway.",
]


@pytest.mark.parametrize("text", UNSTATED)
def test_a_wished_believed_or_unreal_clause_states_nothing(text: str) -> None:
    assert _facts(text) == []


def test_the_frame_is_named_in_the_trace() -> None:
    article = make_article("Fans are campaigning for Copper Valley to return for a third season.",
                           published=PUBLISHED)
    with tracing() as trace:
        extract_facts(article)
    assert "drop.wished_or_unreal" in RULES
    assert [e.dropped_by for e in trace.events] == ["drop.wished_or_unreal"]


#: The same frames where the sentence states the event: a frame in another clause, after the
#: trigger, a factive feeling, "if you ...", "already".
STATED = [
    ("renewed", "After fans campaigned for months, Copper Valley has been renewed for a third "
     "season."),
    ("renewed", "Fans pushed for a renewal, and Netflix has now renewed Copper Valley for a "
     "third season."),
    ("renewed", "Copper Valley, which fans had begged Netflix to save, has been renewed for a "
     "third season."),
    ("renewed", "Netflix renewed Copper Valley for a third season, as fans had hoped."),
    ("renewed", "Fans will be thrilled to learn that Copper Valley has been renewed for a third "
     "season."),
    ("cancelled", "Fans were devastated when Copper Valley was cancelled after two seasons."),
    ("renewed", "If you missed the news, Copper Valley has been renewed for a third season."),
    ("renewed", "Netflix has renewed Copper Valley, and if ratings hold, The Night Ferry could "
     "follow."),
    ("premiere", "Copper Valley will premiere its third season on June 12, if all goes to plan."),
    ("renewed", "Netflix has renewed Copper Valley for a third season, the network said."),
    ("cancelled", "Netflix will not renew Copper Valley for a third season."),
    ("premiere", "Copper Valley premiered its second season in March, as the network had "
     "planned."),
    ("filming_started", "The cast of Copper Valley was spotted filming the third season in "
     "Burlington on Monday, to the delight of fans."),
]


@pytest.mark.parametrize(("kind", "text"), STATED)
def test_the_same_frames_stating_the_event_keep_it(kind: str, text: str) -> None:
    assert kind in {k for _, _, k, _, _ in _facts(text)}


# --- the day a premiere-date noun gives ----------------------------------------------------------

AHEAD = [
    ("Copper Valley season 3 got a release date of June 12.", ""),
    ("Netflix confirmed a June 12 premiere date for Copper Valley season 3.", ""),
    ("Copper Valley season 3 announced a June 12 premiere date.", ""),
    (NEUTRAL_BODY, "Copper Valley season 3 release date announced: June 12"),
    (NEUTRAL_BODY, "Copper Valley Season 3 Release Date Revealed As June 12"),
]


@pytest.mark.parametrize(("text", "title"), AHEAD)
def test_a_day_a_premiere_date_noun_gives_lies_ahead(text: str, title: str) -> None:
    """Published May 10, 2024: "June 12" is the coming one, an expected premiere."""
    facts = _facts(text, title)
    assert ("Copper Valley", 3, "premiere", "2024-06-12", "expected") in facts


PAST_DAYS = [
    # an aired season's day stays in the past: the noun gives no day right after it
    ("The release date of Copper Valley season 2 was April 2.",
     ("Copper Valley", 2, "premiere", "2024-04-02", "confirmed")),
    ("Copper Valley season 2 premiered on April 2.",
     ("Copper Valley", 2, "premiere", "2024-04-02", "confirmed")),
    # the day of the announcement is still the announcement's
    ("Netflix announced on Tuesday that Copper Valley will return for a third season.",
     ("Copper Valley", 3, "renewed", "2024-05-07", "confirmed")),
]


@pytest.mark.parametrize(("text", "fact"), PAST_DAYS)
def test_other_days_keep_their_reading(text: str, fact: tuple[object, ...]) -> None:
    assert fact in _facts(text)


# --- headlines in telegraph style ---------------------------------------------------------------

TELEGRAPH = [
    "Copper Valley Back For Third Season",
    "Copper Valley set for third season",
    "Copper Valley Season 3 Confirmed by Netflix",
    "Copper Valley season three announced",
]


@pytest.mark.parametrize("title", TELEGRAPH)
def test_a_telegraph_headline_states_its_renewal(title: str) -> None:
    assert ("Copper Valley", 3, "renewed") in _headline_facts(title)


TELEGRAPH_CONTROLS = [
    # a season with no predicate of its own, or another event's
    "Copper Valley season 3: everything we know",
    "Copper Valley season 3: cast, plot and release date",
    "Will there be a Copper Valley season 3?",
    "Copper Valley Season 3 Trailer Released by Netflix",
]


@pytest.mark.parametrize("title", TELEGRAPH_CONTROLS)
def test_a_season_headline_with_no_renewal_states_none(title: str) -> None:
    assert not {k for _, _, k in _headline_facts(title)} & {"renewed"}


def test_back_for_seasons_in_the_plural_stays_a_cancellation() -> None:
    """"won't be back for second seasons": the bare ordinal reads one season only."""
    facts = _facts("Three other network series heard they won't be back for second seasons, "
                   "including Copper Valley.")
    assert "renewed" not in {k for _, _, k, _, _ in facts}


# --- news to come about an open question ---------------------------------------------------------

NEWS_OF_AN_OPEN_QUESTION = [
    "There could be news soon about when Copper Valley will return for its third season.",
    "Ana Ruiz promised details on when filming of Copper Valley season 3 will begin.",
    "An update on when Copper Valley season 3 will premiere may come at the studio's fan day "
    "on June 7.",
]


@pytest.mark.parametrize("text", NEWS_OF_AN_OPEN_QUESTION)
def test_news_about_when_or_whether_states_no_event(text: str) -> None:
    """The trigger is the topic of news to come (``drop.open_question``), and a date there is
    the news's, not the event's."""
    assert _facts(text) == []


@pytest.mark.parametrize(("kind", "text"), [
    ("renewed", "In an update on Monday, Netflix renewed Copper Valley for a third season."),
    ("premiere", "Netflix revealed when Copper Valley season 3 premieres: June 12."),
])
def test_news_that_states_the_event_keeps_it(kind: str, text: str) -> None:
    assert kind in {k for _, _, k, _, _ in _facts(text)}


# --- time relation: two events of one show in one sentence --------------------------------------


def test_a_premiere_years_back_beside_a_later_renewal_is_the_debut() -> None:
    """The premiere a renewal follows is the previous season's only when it is recent: one
    years back with no season of its own is the show's first (as the labels read "began in
    YEAR")."""
    facts = _facts("Copper Valley, which premiered in 2019, has been renewed for a fourth season.")
    assert ("Copper Valley", 1, "premiere", "2019", "confirmed") in facts
    assert ("Copper Valley", 4, "renewed", "2024-05", "confirmed") in facts


def test_a_recent_premiere_beside_a_renewal_is_the_previous_season() -> None:
    facts = _facts("Following its premiere in January, Copper Valley was renewed for a fourth "
                   "season.")
    assert ("Copper Valley", 3, "premiere") in {(s, n, k) for s, n, k, _, _ in facts}


def test_a_past_renewal_does_not_take_the_day_of_a_return_to_come() -> None:
    facts = _facts("Copper Valley returns for its third season on June 12, a year after it was "
                   "renewed.")
    assert ("Copper Valley", 3, "premiere", "2024-06-12", "expected") in facts
    assert not [f for f in facts if f[2] == "renewed" and f[3] == "2024-06-12"]


def test_renewals_told_together_share_their_day() -> None:
    """Control: several decisions of one sentence, all in the past, are one event."""
    facts = _facts("Renewals came on Tuesday: Netflix picked up Copper Valley and renewed The "
                   "Night Ferry.")
    assert {f[3] for f in facts if f[2] == "renewed"} == {"2024-05-07"}
