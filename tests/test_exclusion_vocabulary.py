"""What the labelling conventions say is NOT a fact, probed class by class (issue 10 round 6,
precision on unseen text): negated and denied facts, other media, single episodes, later parts
of a split season, planned endings, releases of an aired season on a new channel, trailers and
table reads, casting, shows named in passing. Each class is a list of invented sentences in the
forms articles use (active, passive, headline without articles, list item, aside), each paired
with positive twins that must still give their fact. Same helpers as the trigger vocabulary
probes (tests/test_trigger_vocabulary.py): a sentence ending in a full stop is body text, anything
else a headline over a neutral body."""

from __future__ import annotations

import pytest
from test_trigger_vocabulary import NEUTRAL_BODY, _facts, _kinds

#: The show the probes are about.
SHOW = "Glass Harbor"


def _kinds_of(text: str, show: str = SHOW) -> set[str]:
    """The kinds a sentence (or a headline over the neutral body) gives one show."""
    facts = _facts(text) if text.endswith(".") else _facts(NEUTRAL_BODY, title=text)
    return {str(kind) for name, _, kind in facts if name == show}


NEGATED = [
    ("Glass Harbor has not been renewed for a third season yet.", "renewed"),
    ("Netflix has yet to renew Glass Harbor for a third season.", "renewed"),
    ("There are no plans for a third season of Glass Harbor.", "renewed"),
    ("No release date for Glass Harbor season 2 has been announced.", "premiere"),
    ("Filming on Glass Harbor season 2 has not begun.", "filming_started"),
    ("Glass Harbor season 2 has yet to begin production.", "filming_started"),
    ("A third season of Glass Harbor has not been ordered.", "renewed"),
    ("Netflix never renewed Glass Harbor for a third season.", "renewed"),
    ("Glass Harbor is far from cancelled.", "cancelled"),
    # a report denied or called false
    ("Netflix denied reports that Glass Harbor had been cancelled.", "cancelled"),
    ("Rumours that Glass Harbor was cancelled are false.", "cancelled"),
    ("The showrunner shot down speculation that Glass Harbor had been renewed.", "renewed"),
    ("'Glass Harbor' Not Cancelled, Netflix Says", "cancelled"),
]
NEGATED_TWINS = [
    ("A third season of Glass Harbor has been ordered.", "renewed"),
    ("Filming on Glass Harbor season 2 has begun.", "filming_started"),
    ("Netflix confirmed reports that Glass Harbor had been cancelled.", "cancelled"),
    # a lower bound is no negation
    ("Glass Harbor's season 2 premiere might not reach Netflix before 2025.", "premiere"),
]


@pytest.mark.parametrize(("text", "kind"), NEGATED)
def test_negated_and_denied_facts_are_none(text: str, kind: str) -> None:
    assert kind not in _kinds_of(text), _facts(text)


@pytest.mark.parametrize(("text", "kind"), NEGATED_TWINS)
def test_negation_twins_still_state_their_fact(text: str, kind: str) -> None:
    assert kind in _kinds(text), _facts(text)


OTHER_MEDIA = [
    ("The Glass Harbor movie has started filming in Vancouver.", "filming_started"),
    ("The Glass Harbor Christmas special premieres on December 24.", "premiere"),
    ("A Glass Harbor reunion special premieres on June 14 on Netflix.", "premiere"),
    ("The Glass Harbor podcast has been renewed for a second season.", "renewed"),
    ("The Glass Harbor video game launches on June 14.", "premiere"),
    ("The stage adaptation of Glass Harbor premieres in London's West End on June 14.",
     "premiere"),
    ("The Glass Harbor documentary premieres on June 14 on Netflix.", "premiere"),
    ("Glass Harbor: The Movie wrapped filming last week.", "filming_wrapped"),
    ("Netflix Cancels 'Glass Harbor' Movie", "cancelled"),
    ("'Glass Harbor' Film Wraps Production", "filming_wrapped"),
    ("'Glass Harbor' Christmas Special Sets December 24 Premiere", "premiere"),
    ("'Glass Harbor' Movie Begins Filming", "filming_started"),
    ("'Glass Harbor' Podcast Renewed For Season 2", "renewed"),
]
OTHER_MEDIA_TWINS = [
    ("Glass Harbor season 2 has started filming in Vancouver.", "filming_started"),
    ("Glass Harbor season 2 premieres on June 14 on Netflix.", "premiere"),
    ("Glass Harbor has been renewed for a second season.", "renewed"),
    ("Glass Harbor season 2 wrapped filming last week.", "filming_wrapped"),
    # "film" the verb, after the show's name
    ("Glass Harbor will film its third season in Belfast from June 3.", "filming_started"),
    ("'Glass Harbor' Heads To Belfast To Film Its Third Season", "renewed"),
    ("Netflix Cancels 'Glass Harbor' After Two Seasons", "cancelled"),
]


@pytest.mark.parametrize(("text", "kind"), OTHER_MEDIA)
def test_facts_about_other_media_are_none(text: str, kind: str) -> None:
    assert kind not in _kinds_of(text), _facts(text)


@pytest.mark.parametrize(("text", "kind"), OTHER_MEDIA_TWINS)
def test_other_media_twins_still_state_their_fact(text: str, kind: str) -> None:
    assert kind in _kinds(text), _facts(text)


#: Single episodes, finales and later parts of a split season: no season premiere.
LATER_PARTS = [
    ("The Glass Harbor season 2 finale airs on June 14.", "premiere"),
    ("The series finale of Glass Harbor aired on May 5.", "premiere"),
    ("Episode 5 of Glass Harbor season 2 airs on June 14.", "premiere"),
    ("A new episode of Glass Harbor drops on June 14.", "premiere"),
    ("'Glass Harbor' Season 2 Finale Date Set For June 14", "premiere"),
    ("Glass Harbor season 2 part 2 premieres on June 14.", "premiere"),
    ("Glass Harbor returns on June 14 after its midseason hiatus.", "premiere"),
    ("Glass Harbor returns from its winter break on June 14.", "premiere"),
    ("The back half of Glass Harbor season 2 premieres on June 14.", "premiere"),
    ("The remaining episodes of Glass Harbor season 2 arrive on June 14.", "premiere"),
    ("The final six episodes of Glass Harbor season 2 premiere on June 14.", "premiere"),
    ("Glass Harbor's midseason premiere is June 14.", "premiere"),
    ("Glass Harbor season 2B premieres on June 14.", "premiere"),
    ("The rest of Glass Harbor season 2 drops on June 14.", "premiere"),
    ("'Glass Harbor' Midseason Return Set For June 14", "premiere"),
]
LATER_PARTS_TWINS = [
    ("The Glass Harbor season 2 premiere airs on June 14.", "premiere"),
    ("Glass Harbor season 2 premieres on June 14.", "premiere"),
    # a new show's first season premiering in midseason, a final season's episodes, a season
    # told as a batch of episodes
    ("The new drama Glass Harbor premieres on June 14 as a midseason entry.", "premiere"),
    ("Glass Harbor season 3 will be the show's last: the final eight episodes arrive on "
     "June 14.", "premiere"),
    ("Glass Harbor season 2 is told in a second batch of episodes that premieres on June 14.",
     "premiere"),
    ("Glass Harbor returns on June 14 after a two-year hiatus.", "premiere"),
]


@pytest.mark.parametrize(("text", "kind"), LATER_PARTS)
def test_single_episodes_and_later_parts_are_no_premiere(text: str, kind: str) -> None:
    assert kind not in _kinds_of(text), _facts(text)


@pytest.mark.parametrize(("text", "kind"), LATER_PARTS_TWINS)
def test_later_part_twins_still_state_their_premiere(text: str, kind: str) -> None:
    assert kind in _kinds(text), _facts(text)


#: A season that already aired, released on another channel or format.
RELEASE_CHANNELS = [
    ("Glass Harbor season 2 is released on DVD and Blu-ray on June 14.", "premiere"),
    ("Glass Harbor season 2 gets a Blu-ray release on June 14.", "premiere"),
    ("The Glass Harbor season 2 box set arrives on June 14.", "premiere"),
    ("Glass Harbor season 2 arrives on digital download on June 14.", "premiere"),
    ("All three seasons of Glass Harbor arrive on Netflix on June 14.", "premiere"),
    ("Glass Harbor's first two seasons hit Netflix on June 14.", "premiere"),
    ("Glass Harbor seasons 1 and 2 are coming to Netflix on June 14.", "premiere"),
    ("The show's entire back catalogue, Glass Harbor season 1 included, lands on Max on "
     "June 14.", "premiere"),
    ("Glass Harbor season 2 premieres in the UK on June 14, a year after its US debut.",
     "premiere"),
    ("After airing on HBO last year, Glass Harbor season 2 debuts in Australia on June 14.",
     "premiere"),
    ("Glass Harbor is now streaming in the UK on Netflix.", "premiere"),
    ("'Glass Harbor' Season 2 Coming To DVD June 14", "premiere"),
]
RELEASE_CHANNEL_TWINS = [
    ("Glass Harbor season 2 premieres on Netflix on June 14.", "premiere"),
    ("Glass Harbor season 2 hits Netflix on June 14.", "premiere"),
    ("Seasons 3 and 4 of Glass Harbor will premiere back to back in June 2025.", "premiere"),
    ("Glass Harbor season 1, which originally aired on BBC Two in 2019, was a hit.", "premiere"),
]


@pytest.mark.parametrize(("text", "kind"), RELEASE_CHANNELS)
def test_an_aired_season_on_a_new_channel_is_no_premiere(text: str, kind: str) -> None:
    assert kind not in _kinds_of(text), _facts(text)


@pytest.mark.parametrize(("text", "kind"), RELEASE_CHANNEL_TWINS)
def test_release_channel_twins_still_state_their_premiere(text: str, kind: str) -> None:
    assert kind in _kinds(text), _facts(text)


#: Trailers and other promotion, festival screenings, table reads, the writers' room.
PROMOTION_AND_PREPARATION = [
    ("Netflix released the trailer for Glass Harbor season 2 on Monday.", "premiere"),
    ("The first trailer for Glass Harbor season 2 dropped on Monday.", "premiere"),
    ("A sneak peek of Glass Harbor season 2 premiered on Monday at Comic-Con.", "premiere"),
    ("The Glass Harbor season 2 poster was released on Monday.", "premiere"),
    ("First-look images from Glass Harbor season 2 debuted on Monday.", "premiere"),
    ("Glass Harbor season 2 premiered at the Tribeca Festival on May 5.", "premiere"),
    ("The first episode of Glass Harbor season 2 debuted during a Comic-Con panel on May 5.",
     "premiere"),
    ("'Glass Harbor' Season 2 Trailer Released", "premiere"),
    ("The cast of Glass Harbor gathered for the season 2 table read on Monday.",
     "filming_started"),
    ("Glass Harbor season 2 has wrapped its writers room.", "filming_wrapped"),
    ("Rehearsals have started on Glass Harbor season 2.", "filming_started"),
    ("Casting has begun for Glass Harbor season 2.", "filming_started"),
    ("Glass Harbor season 2 is in pre-production.", "filming_started"),
]
PROMOTION_TWINS = [
    ("Glass Harbor season 2 premiered on Netflix on May 5.", "premiere"),
    ("Filming on Glass Harbor season 2 began on Monday.", "filming_started"),
    # two news items joined: the first look and the premiere date
    ("Netflix shared a first look and the premiere date: Glass Harbor season 2 premieres on "
     "June 14.", "premiere"),
    ("'Glass Harbor' Season 2 First Look And Premiere Date: June 14", "premiere"),
    ("Glass Harbor season 2 has wrapped filming in Vancouver.", "filming_wrapped"),
]


@pytest.mark.parametrize(("text", "kind"), PROMOTION_AND_PREPARATION)
def test_promotion_and_preparation_are_no_premiere_or_shoot(text: str, kind: str) -> None:
    assert kind not in _kinds_of(text), _facts(text)


@pytest.mark.parametrize(("text", "kind"), PROMOTION_TWINS)
def test_promotion_twins_still_state_their_fact(text: str, kind: str) -> None:
    assert kind in _kinds(text), _facts(text)


#: Casting: a person joins, returns or leaves; the show is neither renewed nor cancelled.
CASTING = [
    ("Jenna Hart joins Glass Harbor for season 3.", "renewed"),
    ("Tom Rudd has been cast in season 3 of Glass Harbor.", "renewed"),
    ("Jenna Hart will return for season 3 of Glass Harbor.", "renewed"),
    ("Jenna Hart is returning for Glass Harbor season 3.", "renewed"),
    ("Jenna Hart is not returning for Glass Harbor season 3.", "cancelled"),
    ("Jenna Hart won't be back for Glass Harbor season 3.", "cancelled"),
    ("Jenna Hart is leaving Glass Harbor after two seasons.", "cancelled"),
    ("Jenna Hart Won't Return For 'Glass Harbor' Season 3", "cancelled"),
    ("Jenna Hart Returning For 'Glass Harbor' Season 3", "renewed"),
    # an aside: a role noun before the name ("whose star Jenna Hart won't return")
    ("Salt Road, whose star Jenna Hart won't return for Glass Harbor season 3, premieres "
     "June 14.", "cancelled"),
    ("'Glass Harbor' Adds Tom Rudd For Season 3", "renewed"),
]
CASTING_TWINS = [
    ("Netflix has renewed Glass Harbor for a third season, with Jenna Hart returning.",
     "renewed"),
    ("'Glass Harbor' Won't Return For Season 3", "cancelled"),
    # a show named like a person is a show; a name in an aside is not the subject
    ("'Tom Rudd' Won't Return For Season 3", "cancelled"),
    ("Channel 4 comedy Glass Harbor starring Jenna Hart and Tom Rudd will be returning for "
     "a second series next year.", "premiere"),
]


@pytest.mark.parametrize(("text", "kind"), CASTING)
def test_casting_is_no_renewal_or_cancellation(text: str, kind: str) -> None:
    assert kind not in _kinds_of(text), _facts(text)


@pytest.mark.parametrize(("text", "kind"), CASTING_TWINS)
def test_casting_twins_still_state_their_fact(text: str, kind: str) -> None:
    assert kind in _kinds(text), _facts(text)


#: A show named in passing — a comparison, a recommendation, a credit — gets no fact.
PASSING_MENTIONS = [
    ("If you liked Glass Harbor, Salt Road premieres on June 14.", "premiere"),
    ("In the vein of Glass Harbor, Salt Road premieres on June 14.", "premiere"),
    ("A la Glass Harbor, Salt Road premieres on June 14.", "premiere"),
    ("Much like Glass Harbor, Salt Road has been renewed for a second season.", "renewed"),
    ("From the creators of Glass Harbor, Salt Road premieres on June 14.", "premiere"),
    ("From the team behind Glass Harbor, Salt Road premieres on June 14.", "premiere"),
    ("Salt Road, the successor to Glass Harbor, premieres on June 14.", "premiere"),
    ("Salt Road, from the producers of Glass Harbor, has been renewed for a second season.",
     "renewed"),
    ("'Salt Road', From 'Glass Harbor' Team, Renewed For Season 2", "renewed"),
    ("Like 'Glass Harbor', 'Salt Road' Renewed For Season 2", "renewed"),
    ("Glass Harbor star Jenna Hart's new drama Salt Road premieres on June 14.", "premiere"),
    ("Jenna Hart (Glass Harbor) stars in Salt Road, which premieres June 14.", "premiere"),
]
PASSING_MENTION_TWINS = [
    ("Like Salt Road, Glass Harbor has been renewed for a second season.", "renewed"),
    ("Fans of Glass Harbor got good news on Friday: Netflix renewed Glass Harbor for a third "
     "season.", "renewed"),
    ("Netflix renewed shows like Glass Harbor and Salt Road on Friday.", "renewed"),
]


@pytest.mark.parametrize(("text", "kind"), PASSING_MENTIONS)
def test_a_show_named_in_passing_gets_no_fact(text: str, kind: str) -> None:
    assert kind not in _kinds_of(text), _facts(text)


@pytest.mark.parametrize(("text", "kind"), PASSING_MENTION_TWINS)
def test_passing_mention_twins_still_state_their_fact(text: str, kind: str) -> None:
    assert SHOW in {show for show, _, k in _facts(text) if k == kind}, _facts(text)


def test_a_relative_clause_on_a_compared_show_still_speaks_of_it() -> None:
    facts = {(show, kind) for show, _, kind in _facts(
        "Unlike Salt Road, which was cancelled after one season, Glass Harbor has been "
        "renewed.")}
    assert facts == {("Salt Road", "cancelled"), ("Glass Harbor", "renewed")}


#: A planned ending is not a cancellation; a rerun names a show in passing.
PLANNED_ENDS_AND_RERUNS = [
    ("Glass Harbor will end with its fifth season.", "cancelled"),
    ("Glass Harbor's fifth season will be its last.", "cancelled"),
    ("'Glass Harbor' To End With Season 5", "cancelled"),
    ("Glass Harbor is ending after five seasons, the creators announced.", "cancelled"),
    ("'Glass Harbor' Is Ending After Five Seasons: Its Showrunners On Why", "cancelled"),
    ("'Glass Harbor' Ending After Five Seasons As Creators Planned", "cancelled"),
    ("Glass Harbor comes to an end after five seasons, on its own terms.", "cancelled"),
    ("ABC canceled Salt Road and will schedule repeats of Glass Harbor in its place.",
     "cancelled"),
    ("Netflix dropped Salt Road and added reruns of Glass Harbor after two seasons.",
     "cancelled"),
]
PLANNED_END_TWINS = [
    ("Glass Harbor ended after two seasons on NBC.", "cancelled"),
    ("Netflix has cancelled Glass Harbor after two seasons, to its creators' dismay.",
     "cancelled"),
    ("Glass Harbor has been renewed for a fifth and final season.", "renewed"),
    ("ABC canceled Glass Harbor and will schedule repeats of Salt Road in its place.",
     "cancelled"),
]


@pytest.mark.parametrize(("text", "kind"), PLANNED_ENDS_AND_RERUNS)
def test_planned_ends_and_reruns_are_no_cancellation(text: str, kind: str) -> None:
    assert kind not in _kinds_of(text), _facts(text)


@pytest.mark.parametrize(("text", "kind"), PLANNED_END_TWINS)
def test_planned_end_twins_still_state_their_fact(text: str, kind: str) -> None:
    assert SHOW in {show for show, _, k in _facts(text) if k == kind} or (
        not text.endswith(".") and kind in _kinds(text)), _facts(text)


#: A renewal sought is not granted; a later part's count is not the season's.
SOUGHT_AND_PART_COUNTS = [
    ("The studio is shopping Glass Harbor to other streamers for a potential season 3 pickup.",
     "renewed"),
    ("Netflix is weighing a possible renewal of Glass Harbor for a third season.", "renewed"),
    ("Glass Harbor Part 3 came out in June and was made up of ten episodes.",
     "episode_count"),
    ("Volume 3 of Glass Harbor season 2 has six episodes.", "episode_count"),
]
SOUGHT_AND_PART_TWINS = [
    ("Netflix has renewed Glass Harbor for a third season.", "renewed"),
    ("Glass Harbor season 2 will run eight episodes.", "episode_count"),
    ("Glass Harbor season 2 consists of eight episodes, told in two parts.", "episode_count"),
]


@pytest.mark.parametrize(("text", "kind"), SOUGHT_AND_PART_COUNTS)
def test_a_sought_renewal_and_a_part_count_are_no_fact(text: str, kind: str) -> None:
    assert kind not in _kinds_of(text), _facts(text)


@pytest.mark.parametrize(("text", "kind"), SOUGHT_AND_PART_TWINS)
def test_sought_and_part_twins_still_state_their_fact(text: str, kind: str) -> None:
    assert kind in _kinds(text), _facts(text)
