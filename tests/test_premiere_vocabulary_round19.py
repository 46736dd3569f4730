"""Round 19 (r19premiere): premieres, shoots and counts, the vocabulary probed as a whole.

A season's arrival told before a time in any form, with or without its preposition ("drops
this fall", "lands 5 June", "hits Tovrel later this year", "goes live on June 5", "is out in
early 2025", "is slated for Christmas", a headline's "Season 2 Slated For June 5", "starts on
Brindle One on Sunday", "will come out in 2025", "will be able to watch X from June 5"; rule
``trigger.arrival_any_time``); the other things that arrive so (a site, a vote, ratings, a
book, a star, the rest of a split season; rule ``drop.arrival_other_subject``); the trade's
"in Q3" and the British "come autumn" dated; a shoot that "rolls cameras", "completes", "came
to a close", "is over", a wrap told after "post-production"; "two parts of four episodes"
(rule ``episode.count_parts_of``) and "an episode count of eight". Invented names throughout;
published Friday 10 May 2024.
"""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain
from monitor.models import Fact

#: A first sentence that makes the article about television (its own fact is left out).
LEAD = "\u201cBrass Orchard\u201d has been cancelled after one season. "
TITLES = ("Harrow Lane", "The Lantern Keepers")


def _facts(sentence: str, title: str, headline: bool = False) -> list[Fact]:
    if headline:
        body = LEAD + f"\u201c{title}\u201d follows two sisters who run a ferry, and stars " \
            "Maya Lind."
        facts = facts_of(body, sentence.format(t=f"\u2018{title}\u2019"))
    else:
        facts = facts_of(LEAD + sentence.format(t=f"\u201c{title}\u201d"))
    return [f for f in facts if f.show == title]


#: (sentence, the premiere's date, or its first characters). Each gave no premiere before.
PREMIERES = [
    ("The second season of {t} drops this fall.", "2024-FA"),
    ("The second season of {t} drops in early 2025.", "2025"),
    ("The second season of {t} drops later this year.", "2024"),
    ("The second season of {t} drops around Christmas.", "2024-12"),
    ("{t} season 2 hits Kestrel Play June 5.", "2024-06-05"),
    ("{t} season 2 hits Kestrel Play on 5 June.", "2024-06-05"),
    ("{t} season 2 hits Kestrel Play this summer.", "2024-SU"),
    ("{t} season 2 goes live on June 5.", "2024-06-05"),
    ("{t} season 2 goes live this fall.", "2024-FA"),
    ("{t} season 2 is out this fall.", "2024-FA"),
    ("{t} season 2 is out later this year.", "2024"),
    ("{t} season 2 is out June 5.", "2024-06-05"),
    ("{t} season 2 is slated for 5 June.", "2024-06-05"),
    ("{t} season 2 is slated for this summer.", "2024-SU"),
    ("{t} season 2 is pencilled in for later this year.", "2024"),
    ("{t} season 2 is pencilled in for Christmas.", "2024-12"),
    ("{t} season 2 is expected to land this fall.", "2024-FA"),
    ("{t} season 2 is expected to land around Christmas.", "2024-12"),
    ("The new series of {t} starts on Brindle One on June 5.", "2024-06-05"),
    ("The new series of {t} starts on Brindle One this autumn.", "2024-FA"),
    ("{t} season 2 will be available to stream on June 5.", "2024-06-05"),
    ("{t} season 2 will be available to stream this summer.", "2024-SU"),
    ("{t} season 2 lands on Tovrel in Q3.", "2024"),
    ("{t} season 2 airs next month.", "2024-06"),
    ("{t} season 2 will telecast this autumn.", "2024-FA"),
    ("{t} season 2 streams on Kestrel Play this autumn.", "2024-FA"),
    ("Kestrel Play drops {t} season 2 this fall.", "2024-FA"),
    ("{t} season 2 is locked in for June 5.", "2024-06-05"),
    ("{t} season 2 will go live on Kestrel Play by the end of the year.", "2024"),
    ("{t} season 2 will be out in mid-July.", "2024-07"),
    ("The second season of {t} will come out sometime in 2025.", "2025"),
    ("Fans will be able to watch {t} season 2 from June 5.", "2024-06-05"),
    ("Viewers can stream {t} season 2 on Tovrel this fall.", "2024-FA"),
    ("Tune in to {t} season 2 on Tovrel on June 5.", "2024-06-05"),
    ("Season 2 of {t} will be with us on June 5.", "2024-06-05"),
    ("{t} season 2 is streaming from June 5 on Tovrel.", "2024-06-05"),
    ("The second season of {t} will go on air from June 5.", "2024-06-05"),
    ("{t} season 2 goes on air on Monday.", "2024-05-13"),
    ("{t} season 2 will be out on Kestrel Play in June.", "2024-06"),
    ("{t} season 2 is available on Kestrel Play from June 5.", "2024-06-05"),
    ("{t} season 2 will be streamed on Kestrel Play from June 5.", "2024-06-05"),
    ("{t} season 2 heads to Kestrel Play on June 5.", "2024-06-05"),
    ("{t} season 2 will make its way to Kestrel Play in June.", "2024-06"),
    ("{t} series 2 has a TX date of June 5.", "2024-06-05"),
    ("The TX date for {t} series 2 is June 5.", "2024-06-05"),
]
#: Headlines (the body names the show once, with no fact of its kind).
PREMIERE_HEADLINES = [
    ("{t} Season 2 Slated For June 5", "2024-06-05"),
    ("{t} Season 2 Slated For This Fall", "2024-FA"),
    ("{t} Season 2 Drops This Summer", "2024-SU"),
    ("{t} Season 2 Drops Later This Year", "2024"),
    ("{t} Season 2 Goes Live This Fall", "2024-FA"),
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("sentence, date", PREMIERES, ids=[s for s, _ in PREMIERES])
def test_an_arrival_before_a_time_is_the_premiere(sentence: str, date: str, title: str) -> None:
    dates = {f.date for f in _facts(sentence, title) if f.kind == "premiere"}
    assert any(d is not None and d.startswith(date) for d in dates), dates


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("sentence, date", PREMIERE_HEADLINES,
                         ids=[s for s, _ in PREMIERE_HEADLINES])
def test_a_headlines_arrival_before_a_time_is_the_premiere(sentence: str, date: str,
                                                           title: str) -> None:
    dates = {f.date for f in _facts(sentence, title, headline=True) if f.kind == "premiere"}
    assert any(d is not None and d.startswith(date) for d in dates), dates


#: A premiere read before, whose date came out wrong or missing: the present of an arrival
#: dates ahead, the trade's quarter and the British "come autumn" are dated.
DATED = [
    ("The first two episodes of {t} season 2 arrive on Sunday.", "2024-05-12"),
    ("{t} season 2 goes live around Christmas.", "2024-12"),
    ("{t} season 2 debuts on Kestrel Play in Q3.", "2024"),
    ("{t} season 2 will arrive on Kestrel Play come autumn.", "2024-FA"),
    ("{t} season 2 premieres in Q1.", "2025"),
    ("Tovrel is releasing {t} season 2 in the spring.", "2025-SP"),
]


@pytest.mark.parametrize("sentence, date", DATED, ids=[s for s, _ in DATED])
def test_a_premiere_takes_the_time_its_sentence_gives(sentence: str, date: str) -> None:
    dates = {f.date for f in _facts(sentence, "Harrow Lane") if f.kind == "premiere"}
    assert any(d is not None and d.startswith(date) for d in dates), dates


#: Shoots and counts: (kind, sentence, count or None). Each gave nothing (or another count).
SHOOTS_AND_COUNTS = [
    ("filming_started", "{t} season 2 rolls cameras in Belfast.", None),
    ("filming_wrapped", "Production on {t} season 2 has come to a close.", None),
    ("filming_wrapped", "The {t} season 2 shoot is over.", None),
    ("filming_wrapped", "{t} season 2 is now in post-production after filming wrapped.", None),
    ("episode_count", "{t} season 2 will be split into two parts of four episodes.", 8),
    ("episode_count", "{t} season 2 has an episode count of eight.", 8),
    ("episode_count", "The episode count for {t} season 2 is eight.", 8),
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("kind, sentence, count", SHOOTS_AND_COUNTS,
                         ids=[s for _, s, _ in SHOOTS_AND_COUNTS])
def test_a_shoot_or_count_wording_gives_its_fact(kind: str, sentence: str, count: int | None,
                                                 title: str) -> None:
    facts = [f for f in _facts(sentence, title) if f.kind == kind]
    assert facts
    if count is not None:
        assert {f.value for f in facts} == {count}


@pytest.mark.parametrize("sentence", ["{t} Season 2 Shoot Complete",
                                      "Filming Completes On {t} Season 2"])
def test_a_headlines_shoot_end_is_the_wrap(sentence: str) -> None:
    assert "filming_wrapped" in {f.kind for f in _facts(sentence, "Harrow Lane", True)}


#: Wordings read before round 19, which keep their fact (controls: pass on both trees).
KEPT = [
    ("premiere", "{t} season 2 premieres on Tovrel on June 5."),
    ("premiere", "{t} season 2 drops on Tovrel on June 5."),
    ("premiere", "{t} season 2 lands on Tovrel on June 5."),
    ("premiere", "{t} bows June 5 on Tovrel."),
    ("premiere", "{t} will return for its second season on June 5."),
    ("filming_started", "Cameras are rolling on season 2 of {t} in Belfast."),
    ("filming_wrapped", "That's a wrap on {t} season 2!"),
    ("episode_count", "{t} season 2 will be a ten-part series."),
]


@pytest.mark.parametrize("kind, sentence", KEPT, ids=[s for _, s in KEPT])
def test_wordings_read_before_keep_their_kind(kind: str, sentence: str) -> None:
    assert kind in {f.kind for f in _facts(sentence, "Harrow Lane")}


#: The same words about another thing: no premiere (controls, and the other subjects the new
#: drop reads).
NOT_PREMIERES = [
    "The trailer for {t} season 2 drops on June 5.",
    "The {t} season 2 premiere party was held in London on Sunday.",
    "The season finale of {t} airs on June 5.",
    "The {t} podcast drops its second season on June 5.",
    "The film {t} hits cinemas on June 5.",
    "{t} season 2 will not premiere this year.",
    "{t} is expected to land a second season.",
    "Fans can catch up on {t} before June 5.",
    "Tickets for the {t} live tour go live on June 5.",
    "The {t} fan website goes live on Sunday.",
    "Voting for the {t} fan awards goes live this fall.",
    "{t} star Maya Lind is out this summer after two seasons.",
    "The {t} musical hits Broadway this fall.",
    "The {t} trailer drops this fall.",
    "Filming on {t} season 2 is slated for this fall.",
    "Viewing figures for {t} drop in the new year.",
    "{t} hits its 100th episode on Sunday.",
    "{t} hits a milestone this fall.",
    "Production on {t} season 2 starts on location in June.",
    "The game {t} came out in 2013.",
    "The final five episodes of {t} will come out in 2025.",
    "Fans can watch the trailer for {t} on Sunday.",
    "You can watch {t} star Maya Lind on Tovrel this fall.",
    "{t} was one of the breakout hits of 2019.",
    "The cast of {t} heads to Comic-Con in July.",
    "The first-look date for {t} season 2 is June 5.",
    "{t} star Maya Lind heads to Tovrel this fall.",
]


@pytest.mark.parametrize("sentence", NOT_PREMIERES)
def test_other_things_that_arrive_give_no_premiere(sentence: str) -> None:
    assert "premiere" not in {f.kind for f in _facts(sentence, "Harrow Lane")}


#: Other subjects of an arrival that gave a premiere before round 19 (a record, a star, a book,
#: ratings).
OTHER_SUBJECTS = [
    "The soundtrack for {t} season 2 is out on June 5.",
    "{t} star Maya Lind arrives in London on Sunday.",
    "The {t} cookbook lands in shops this fall.",
    "Ratings for {t} tend to drop in the summer.",
]


#: A star or a creator who reports the arrival is not its subject: the premiere stays.
REPORTED = [
    "{t} star Maya Lind revealed that season 2 drops on June 5.",
    "{t} creator Jane Doe said season 2 lands on Tovrel on June 5.",
    "{t} creator Jane Doe says the show's second season is out this fall.",
]


@pytest.mark.parametrize("sentence", REPORTED)
def test_an_arrival_reported_by_a_star_is_the_premiere(sentence: str) -> None:
    assert "premiere" in {f.kind for f in _facts(sentence, "Harrow Lane")}


@pytest.mark.parametrize("sentence", OTHER_SUBJECTS)
def test_other_subjects_of_an_arrival_give_no_premiere(sentence: str) -> None:
    assert "premiere" not in {f.kind for f in _facts(sentence, "Harrow Lane")}


#: Not a shoot's end, not a count of the season.
NOT_SHOOTS_OR_COUNTS = [
    ("filming_wrapped", "The final season of {t} is in post-production after the strike."),
    ("episode_count", "The {t} podcast has ten episodes."),
    ("episode_count", "Part one of {t} season 2 has four episodes."),
]


@pytest.mark.parametrize("kind, sentence", NOT_SHOOTS_OR_COUNTS,
                         ids=[s for _, s in NOT_SHOOTS_OR_COUNTS])
def test_other_senses_give_no_wrap_or_count(kind: str, sentence: str) -> None:
    facts = [f for f in _facts(sentence, "Harrow Lane") if f.kind == kind]
    assert kind != "episode_count" or all(f.value != 8 for f in facts)
    assert kind != "filming_wrapped" or not facts


def test_a_shoot_over_budget_is_no_wrap() -> None:
    """(Gave a wrap before round 19: "is over" read as the shoot's end.)"""
    sentence = "Production on {t} season 2 is over budget."
    assert "filming_wrapped" not in {f.kind for f in _facts(sentence, "Harrow Lane")}


def test_explain_names_the_rules() -> None:
    _, text = explain(make_article(
        LEAD + "The second season of \u201cHarrow Lane\u201d drops later this year. The "
        "\u201cMirefield\u201d fan website goes live on Sunday. \u201cCobalt Lane\u201d season 2 "
        "will be split into two parts of four episodes."))
    assert "trigger.arrival_any_time" in text
    assert "drop.arrival_other_subject" in text
    assert "episode.count_parts_of" in text
