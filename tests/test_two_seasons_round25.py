"""Two seasons of one show in one sentence: which is the fact's, round 25 (branch r25seasons,
issue 10).

"Ferrow Lane has wrapped its second season and began filming its third", "After the success
of its second season, the drama Ferrow Lane has started production on a third", "Following a
second series that drew record ratings, Tovrel has renewed Ferrow Lane for a third": the
sentence names two seasons of one show — the one that ran, with its noun, and the event's, by
its ordinal alone after the trigger. ``season.in_clause`` read the named season (one short)
or nothing was read. Rule ``season.elliptic_ordinal_after_run``
(``rules._elliptic_ordinal_after_run``): an ordinal with no noun after it, a few words after
the trigger and no clause break between, one above the season the sentence names for the
show, no other show named: that ordinal; never a cancellation.

"Ferrow Lane has wrapped season 2 and began filming season 3": both phrases have their noun,
and ``season.in_clause`` counts from the trigger's first letter, so the phrase ending just
before "began filming" ties with (or beats) the one right after it and the shoot took 2. Rule
``season.complement_after_trigger`` (``rules._complement_after_trigger``): of the same
phrases, the one nearest the trigger's words, when that is the one after it. Each grid cell
fails on the base tree; the controls give the same on both.

"Ahead of its second-season premiere on June 5, Tovrel has renewed Ferrow Lane for a third
season": the premiere is told by its noun with its own season right before it, and took the
renewal's (``season.stated``, ``season.main_show``). Rule
``season.season_before_premiere_noun`` (``rules._season_before_premiere_noun``): that season.

"Tovrel has renewed Ferrow Lane days after its season 2 premiere", "Ahead of its second-season
finale, Tovrel has renewed Ferrow Lane": a renewal naming no season, told before or after the
premiere, finale or debut of the one season the sentence names, is of the season after it.
A cancellation so told is of that season itself ("cancelled a week after its season 2 finale"
had 1). Rule ``season.renewal_beside_season_event`` (``rules._renewal_beside_season_event``); the
season phrases now read "second-season" and "season-two" before such a noun too
(``patterns.SEASON_RE``). The renewal had the named season or none.

Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import Row, facts_of, rows

#: (show, network, kind of show): three title sets.
TITLES = [("Ferrow Lane", "Tovrel", "drama"),
          ("Harrow Point", "Kestrel One", "comedy"),
          ("The Lantern Keepers", "Marrowline", "thriller")]

#: (the ran season's ordinal, its number, the next season as a word, as digits).
ORDINALS = [("second", 2, "third", "3rd"), ("fourth", 4, "fifth", "5th")]

#: (body, kind): the fact is of the season after the one named; {noun} is season or series.
_GRID = [
    ("{show} has wrapped its {ran} {noun} and began filming its {next} on Monday.",
     "filming_started"),
    ("{show} wrapped its {ran} {noun} in March and started shooting its {next} in May.",
     "filming_started"),
    ("After the success of its {ran} {noun}, the {genre} {show} has started production on "
     "a {next}.", "filming_started"),
    ("On the heels of a {ran} {noun} that drew record ratings, the {genre} {show} began "
     "filming a {next} in May.", "filming_started"),
    ("The {ran} {noun} of {show} ended in March, and filming on a {next} began in May.",
     "filming_started"),
    ("Following a {ran} {noun} that drew record ratings, {net} has renewed the {genre} "
     "{show} for a {next}.", "renewed"),
    ("The {genre} {show} ended its {ran} {noun} in March and will premiere a {next} on "
     "{net} on June 5.", "premiere"),
    ("The {genre} {show} ended its {ran} {noun} in March and returns for a {next} on "
     "June 5.", "premiere"),
]

_HEADLINES = ["TV news", "{show}: the {genre} is back"]

#: Two season phrases in one clause, the trigger between them: the one right after it is its
#: complement ("began filming season 3"), nearer its words than the one before.
_COMPLEMENTS = [("season 2", "season 3"), ("its second season", "its third season"),
                ("series 2", "series 3"), ("its second series", "a third series"),
                ("its second season", "its third and final season")]

_COMPLEMENT_GRID = [
    ("{show} has wrapped {ran} and began filming {next} on Monday.", "filming_started"),
]

#: (body, kind, season): the same on both trees — the season named is the fact's, a
#: cancellation, an ordinal with a noun of its own, a fraction, a season phrase opening the
#: sentence as the subject.
_CONTROLS = [
    ("{net} has renewed {show} for a third season. Dana Holt stars.", "renewed", 3),
    ("{net} has cancelled the {genre} {show} after its second season, before a third.",
     "cancelled", 2),
    ("{show} has wrapped its second season, the third time the {genre} has filmed in Port "
     "Wexley.", "filming_wrapped", 2),
    ("{show} has wrapped its second season and began filming its third on Monday.",
     "filming_wrapped", 2),
    ("{net} has renewed {show} for a fifth, and final, season. Dana Holt stars.", "renewed",
     5),
    ("{net} has renewed the {genre} {show} after its second season drew a third of the "
     "network's audience.", "renewed", 3),
    ("Season 3 of the {genre} {show} began filming on Monday, a year after season 2 wrapped.",
     "filming_started", 3),
    ("Season 3 of {show} premieres on {net} on June 5, after season 2 drew record ratings.",
     "premiere", 3),
    ("The second season of {show} wrapped in March, and filming on season 3 began in May.",
     "filming_started", 3),
    # the family's cells the base tree already reads right
    ("{net} has renewed the {genre} {show}, whose second season ended in March, for a "
     "third.", "renewed", 3),
    ("{show} wrapped season 2 in March and started shooting season 3 in May.",
     "filming_started", 3),
    ("The {genre} {show} finished its second season in March and will premiere its third "
     "season on {net} on June 5.", "premiere", 3),
]


#: How a premiere's noun carries its season: the renewal beside it is of the next one.
_PREMIERE_NOUNS = ["second-season premiere", "season 2 premiere", "season-two premiere",
                   "season two premiere", "second season premiere", "series 2 premiere",
                   "Season 2 debut"]

_PREMIERE_GRID = [
    "Ahead of its {noun} on June 5, {net} has renewed {show} for a third season.",
    "{net} has renewed {show} for a third season ahead of its {noun} on June 5.",
    "The {genre} {show} has been renewed for a third season, a month before its {noun} on "
    "June 5.",
    "{show} has been renewed for a third season. The {genre}'s {noun} is set for June 5 on "
    "{net}.",
    "{show}'s {noun} is set for June 5 on {net}, and the {genre} has already been renewed "
    "for a third season.",
]

_PREMIERE_CONTROLS = [
    ("{net} has renewed {show} for a third season. The {genre}'s third season premieres on "
     "June 5.", 3),
    ("The season premiere of the {genre} {show} is set for June 5 on {net}. Dana Holt stars.",
     None),
    ("The series premiere of the {genre} {show} is set for June 5 on {net}. Dana Holt stars.",
     1),
    ("{show}'s season 2 finale drew record ratings, and the {genre} returns for a third "
     "season on June 5.", 3),
    ("Season 3 of the {genre} {show} premieres on {net} on June 5, two years after its "
     "season 2 premiere.", 3),
]


#: The one season phrase of the sentence, before its own event's noun.
_EVENT_PHRASES = ["its season 2 {event}", "its second-season {event}", "the season-two {event}",
                  "the second season {event}", "the show's second season {event}",
                  "its series 2 {event}"]
_CUES = ["ahead of", "just days before", "a week after", "following", "just after"]

_RENEWAL_FORMS = ["{net} has renewed the {genre} {show} {cue} {phrase}.",
                  "{cue} {phrase}, {net} has renewed the {genre} {show}."]

#: (body, season): the same on both trees — the renewal's own season, a cancellation, a
#: second show named.
_RENEWAL_CONTROLS = [
    ("{net} has renewed the {genre} {show} for a fourth season ahead of its season 2 "
     "finale.", "renewed", 4),
    ("{net} has cancelled the {genre} {show} ahead of its season 2 finale.", "cancelled", 2),
    ("{net} has renewed the {genre} {show} ahead of the season 2 premiere of Orchard Lane.",
     "renewed", None),
]


def _cell(body: str, headline: str, show: str, net: str, genre: str, **more: str) -> set[Row]:
    fill = dict(show=show, net=net, genre=genre, **more)
    return rows(facts_of(body.format(**fill), headline.format(**fill)))


@pytest.mark.parametrize(("show", "net", "genre"), TITLES)
@pytest.mark.parametrize(("ran", "number", "word", "digits"), ORDINALS)
@pytest.mark.parametrize("noun", ["season", "series"])
@pytest.mark.parametrize("headline", _HEADLINES)
@pytest.mark.parametrize(("body", "kind"), _GRID)
def test_the_ordinal_alone_is_the_season_after_the_one_named(
        body: str, kind: str, headline: str, noun: str, ran: str, number: int, word: str,
        digits: str, show: str, net: str, genre: str) -> None:
    for nxt in (word, digits):
        got = _cell(body, headline, show, net, genre, ran=ran, next=nxt, noun=noun)
        assert (show, number + 1, kind) in got, got


@pytest.mark.parametrize(("show", "net", "genre"), TITLES)
@pytest.mark.parametrize(("ran", "nxt"), _COMPLEMENTS)
@pytest.mark.parametrize(("body", "kind"), _COMPLEMENT_GRID)
def test_the_phrase_right_after_the_trigger_is_its_season(
        body: str, kind: str, ran: str, nxt: str, show: str, net: str, genre: str) -> None:
    got = _cell(body, "TV news", show, net, genre, ran=ran, next=nxt)
    assert (show, 3, kind) in got, got


def test_the_ran_season_keeps_its_own_fact() -> None:
    got = _cell("{show} has wrapped its second season and began filming its third on Monday.",
                "TV news", "Ferrow Lane", "Tovrel", "drama")
    assert ("Ferrow Lane", 2, "filming_wrapped") in got
    assert ("Ferrow Lane", 2, "filming_started") not in got


@pytest.mark.parametrize(("show", "net", "genre"), TITLES)
@pytest.mark.parametrize(("body", "kind", "season"), _CONTROLS)
def test_controls_keep_their_season(body: str, kind: str, season: int | None, show: str,
                                    net: str, genre: str) -> None:
    got = _cell(body, "TV news", show, net, genre)
    assert (show, season, kind) in got, got


@pytest.mark.parametrize(("show", "net", "genre"), TITLES)
@pytest.mark.parametrize("noun", _PREMIERE_NOUNS)
@pytest.mark.parametrize("body", _PREMIERE_GRID)
def test_the_season_before_a_premiere_noun_is_the_premiere_s(
        body: str, noun: str, show: str, net: str, genre: str) -> None:
    got = _cell(body, "TV news", show, net, genre, noun=noun)
    assert {(show, 2, "premiere"), (show, 3, "renewed")} <= got, got


@pytest.mark.parametrize(("show", "net", "genre"), TITLES)
@pytest.mark.parametrize(("body", "season"), _PREMIERE_CONTROLS)
def test_premiere_controls_keep_their_season(body: str, season: int | None, show: str,
                                            net: str, genre: str) -> None:
    got = _cell(body, "TV news", show, net, genre)
    assert (show, season, "premiere") in got, got


@pytest.mark.parametrize(("show", "net", "genre"), TITLES)
@pytest.mark.parametrize("event", ["premiere", "finale", "debut"])
@pytest.mark.parametrize("phrase", _EVENT_PHRASES)
@pytest.mark.parametrize("cue", _CUES)
@pytest.mark.parametrize("form", _RENEWAL_FORMS)
def test_a_renewal_beside_a_season_s_event_is_of_the_next(
        form: str, cue: str, phrase: str, event: str, show: str, net: str, genre: str) -> None:
    body = form.format(net=net, genre=genre, show=show, cue=cue,
                       phrase=phrase.format(event=event))
    got = rows(facts_of(body[0].upper() + body[1:], "TV news"))
    assert (show, 3, "renewed") in got, got


@pytest.mark.parametrize(("show", "net", "genre"), TITLES)
@pytest.mark.parametrize(("body", "kind", "season"), _RENEWAL_CONTROLS)
def test_renewal_controls_keep_their_season(body: str, kind: str, season: int | None,
                                            show: str, net: str, genre: str) -> None:
    got = _cell(body, "TV news", show, net, genre)
    assert (show, season, kind) in got, got


@pytest.mark.parametrize(("show", "net", "genre"), TITLES)
@pytest.mark.parametrize("cue", ["after", "a week after", "just days after", "following"])
@pytest.mark.parametrize("phrase", ["its season 2 finale", "the show's second season finale",
                                    "its second-season finale", "the season-two finale"])
def test_a_cancellation_after_a_season_s_finale_is_of_that_season(
        phrase: str, cue: str, show: str, net: str, genre: str) -> None:
    got = _cell("{net} has cancelled the {genre} {show} {cue} {phrase}.", "TV news", show, net,
                genre, cue=cue, phrase=phrase)
    assert (show, 2, "cancelled") in got, got
