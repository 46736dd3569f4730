"""A show the article tells as new in passing is in its first season, round 23 (branch
r23seasons).

"Kestrel One has cancelled the drama Nightjar. Starring Dana Holt, the new drama drew few
viewers.": the devset's convention puts a show the text calls new in season 1 (a renewal of it
in season 2). On the base tree only a sentence *opening* on "The new drama" or a predicate right
after the name ("X is a new comedy") made a show new, so a show told new in the middle of a
sentence naming no show ("Starring ..., the new drama", "In the new thriller, ...", "Dana Holt
stars in the freshman comedy"), or counted among new shows ("X is one of three new dramas",
"The series is among the network's new comedies"), kept its facts unnumbered. Rule
``season.new_in_passing`` (the shows from ``facts._new_in_passing``): such a show's facts
naming no season are of season 1, a renewal of season 2, when the article numbers no season
of it and the trigger tells no return.

Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import Row, facts_of, make_article, rows

#: Three title sets, each with its network: (show, another show, network).
SHOWS = [("Nightjar", "Salt Road", "Tovrel"), ("Copper Harbor", "Tin Roof", "Kestrel One"),
         ("The Salt Ledger", "Glass Orchard", "Brill+")]

#: kind: (the event's sentence, the season a new show's fact takes).
EVENTS = {
    "premiere": ("The drama {show} premieres on {net} on June 5.", 1),
    "filming_started": ("The drama {show} starts filming in Leeds in June.", 1),
    "episode_count": ("The drama {show} will have eight episodes.", 1),
    "cancelled": ("{net} has cancelled the drama {show}.", 1),
    "renewed": ("{net} has renewed the drama {show}.", 2),
}

#: A sentence naming no show that tells the one named before as new: after the event.
REFERRED = [
    "Starring Dana Holt, the new drama follows a detective in Leeds.",
    "Written by Jane Doe, the freshman comedy follows three flatmates.",
    "In the new thriller, Dana Holt plays a detective.",
    "Dana Holt stars in the new drama as a detective.",
    "The series is one of three new dramas {net} ordered in March.",
    "The drama is among the new shows arriving this year.",
    "Based on a novel by Jane Doe, the eight-part series is one of {net}'s new dramas for the "
    "year.",
]

#: The show counted among new ones after its name: before or after the event.
NAMED = [
    "{show} is one of three new dramas ordered by {net}.",
    "{show} is among the new comedies {net} ordered in March.",
    "{show}, one of two new dramas from Jane Doe, is set in Leeds.",
]


def _rows(body: str) -> set[Row]:
    return rows(facts_of(body, "TV news"))


@pytest.mark.parametrize(("show", "other", "net"), SHOWS)
@pytest.mark.parametrize("kind", EVENTS)
@pytest.mark.parametrize("told", REFERRED)
def test_a_show_referred_to_as_new_is_in_its_first_season(told: str, kind: str, show: str,
                                                          other: str, net: str) -> None:
    event, season = EVENTS[kind]
    facts = _rows(event.format(show=show, net=net) + " " + told.format(net=net))
    assert (show, season, kind) in facts, facts


@pytest.mark.parametrize(("show", "other", "net"), SHOWS)
@pytest.mark.parametrize("kind", EVENTS)
@pytest.mark.parametrize("told", NAMED)
@pytest.mark.parametrize("first", [True, False], ids=["told-first", "event-first"])
def test_a_show_counted_among_new_ones_is_in_its_first_season(
        first: bool, told: str, kind: str, show: str, other: str, net: str) -> None:
    event, season = EVENTS[kind]
    parts = [told.format(show=show, net=net), event.format(show=show, net=net)]
    facts = _rows(" ".join(parts if first else parts[::-1]))
    assert (show, season, kind) in facts, facts


_TWO_SHOWS = ("{show} season 3 premieres on {net} on June 5. The comedy {other}, one of two new "
              "comedies from Jane Doe, starts filming in July.")


@pytest.mark.parametrize(("show", "other", "net"), SHOWS)
def test_two_shows_each_its_own_season(show: str, other: str, net: str) -> None:
    facts = _rows(_TWO_SHOWS.format(show=show, other=other, net=net))
    assert {(show, 3, "premiere"), (other, 1, "filming_started")} <= facts, facts


#: Controls: (body, expected rows) that give the same on both trees.
_CONTROLS = [
    # a returning show with no season told stays with none
    ("The drama {show} returns to {net} on June 5. Starring Dana Holt, the drama follows a "
     "detective in Leeds.", [("{show}", None, "premiere")]),
    ("The drama {show} returns to {net} on June 5. Starring Dana Holt, the new drama follows a "
     "detective in Leeds.", [("{show}", None, "premiere")]),
    # the new season of an old show is not its first
    ("The new season of the drama {show} premieres on {net} on June 5. Starring Dana Holt, "
     "the new season follows a detective.", [("{show}", None, "premiere")]),
    # "the new series" alone may be a British show's new season
    ("The drama {show} premieres on {net} on June 5. The new series follows a detective.",
     [("{show}", None, "premiere")]),
    # a numbered season stays
    ("The drama {show} season 2 premieres on {net} on June 5. In the new drama, Dana Holt "
     "plays a detective.", [("{show}", 2, "premiere")]),
    # two shows, two seasons: the numbered one keeps its own (the other: below)
    (_TWO_SHOWS, [("{show}", 3, "premiere")]),
    # the new word is another show's: one brought in, or named since
    ("{net} has renewed the drama {show}. The network also ordered a new comedy from Jane Doe. "
     "Starring Dana Holt, the new comedy follows three flatmates.",
     [("{show}", None, "renewed")]),
    ("{net} has renewed the drama {show}. It also ordered the new drama from Jane Doe.",
     [("{show}", None, "renewed")]),
    ("The drama {show} premieres on {net} on June 5. The comedy {other} premiered in May. "
     "Starring Dana Holt, the new comedy follows three flatmates.",
     [("{show}", None, "premiere")]),
]


@pytest.mark.parametrize(("show", "other", "net"), SHOWS)
@pytest.mark.parametrize(("body", "expected"), _CONTROLS)
def test_controls_keep_what_they_give(body: str, expected: list[tuple[str, int | None, str]],
                                      show: str, other: str, net: str) -> None:
    facts = _rows(body.format(show=show, other=other, net=net))
    for name, season, kind in expected:
        assert (name.format(show=show, other=other), season, kind) in facts, facts


def test_explain_names_the_rule() -> None:
    from monitor.extract.explain import explain
    _, text = explain(make_article("Kestrel One has cancelled the drama Nightjar. Starring Dana "
                                   "Holt, the new drama drew few viewers.", "TV news"))
    assert "season.new_in_passing" in text
