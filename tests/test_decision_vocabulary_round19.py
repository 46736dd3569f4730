"""Round 19 (r19decide): the decision vocabulary — renewals and cancellations — probed as a whole
in the wording of trade press, wire copy, British, Australian, Indian and Canadian papers, fan
sites and press releases. A run ended in other words ("shelved", "discontinued", "taken off
air", "called time on", "given its marching orders", "pulled after two episodes", "cut after
one season", "dropped from its schedule"; rule ``trigger.cut_in_other_words``), a season
refused ("won't go ahead with a fourth season", "declined to order a third season", "there will
be no series 3"; rule ``trigger.season_refused``), a season given in other words ("a new run",
"a second instalment", "a second outing", "an order for more episodes", "Tovrel Gives X Season
3"; rule ``trigger.season_in_other_words``), and older families widened ("handed a third
series", "Secures Third Season", "returns for series 3", "will end with its upcoming fourth
season", a star who "confirmed X will return"). Controls: the same words about another thing
(a person's role, a toy line, a trailer pulled, a budget cut, a channel off air for two hours,
a break over the summer, plans shelved, a first look at a season, a wait for an order) give no
renewal or cancellation; a planned end told in the new words is no cancellation. Invented names
throughout; published Friday 10 May 2024."""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

#: A first sentence that makes the article about television (its own fact is left out).
LEAD = "\u201cBrass Orchard\u201d has been cancelled after one season. "
#: Two title shapes: one word; "The ..." of three words (quoted, as s18vocab's probe).
TITLES = ("Mirefield", "The Lantern Keepers")
DECISIONS = {"renewed", "cancelled"}


def _kinds(sentence: str, title: str, headline: bool = False) -> set[str]:
    if headline:
        body = (LEAD + f"\u201c{title}\u201d follows two sisters who run a ferry, and stars "
                "Maya Lind.")
        facts = facts_of(body, sentence.format(t=f"\u2018{title}\u2019"))
    else:
        facts = facts_of(LEAD + sentence.format(t=f"\u201c{title}\u201d"))
    return {str(f.kind) for f in facts if f.show == title}


#: Wordings no fact of their kind reached on main f52c6c3 (kind, sentence, headline).
CELLS = [
    ("renewed", "Kestrel Play has placed an order for more episodes of {t}.", False),
    ("renewed", "Tovrel has commissioned a new run of {t}.", False),
    ("renewed", "Tovrel has ordered a second instalment of {t}.", False),
    ("renewed", "Tovrel has announced that {t} will end with its upcoming fourth season.", False),
    ("renewed", "{t} has been handed a third series.", False),
    ("renewed", "{t} Secures Third Season", True),
    ("renewed", "Tovrel Gives {t} Season 3", True),
    ("cancelled", "Tovrel has shelved {t}.", False),
    ("cancelled", "Tovrel won't go ahead with a fourth season of {t}.", False),
    ("cancelled", "Tovrel will not go ahead with a fourth series of {t}.", False),
    ("cancelled", "Tovrel has called time on {t}.", False),
    ("cancelled", "Tovrel has brought the curtain down on {t}.", False),
    ("cancelled", "Tovrel has opted not to order a third season of {t}.", False),
    ("cancelled", "Tovrel has declined to order a third season of {t}.", False),
    ("cancelled", "{t} has been discontinued.", False),
    ("cancelled", "{t} will go off air next month.", False),
    ("cancelled", "{t} is going off air.", False),
    ("cancelled", "{t} has been taken off air.", False),
    ("cancelled", "{t} has been given its marching orders.", False),
    ("cancelled", "Tovrel has dropped {t} from its schedule.", False),
    ("cancelled", "{t} has been cut by Tovrel after one season.", False),
    ("cancelled", "Tovrel has decided to scrap {t}.", False),
    ("cancelled", "Tovrel has shelved {t} after a single season.", False),
    ("cancelled", "{t} was shelved by Tovrel.", False),
    ("cancelled", "Tovrel has decided not to proceed with a third series of {t}.", False),
    ("cancelled", "The third season of {t} will not go ahead.", False),
    ("cancelled", "{t} will not go ahead with a third season.", False),
    ("cancelled", "{t} has wrapped its run after two seasons.", False),
    ("cancelled", "Tovrel has brought {t} to an end after three seasons.", False),
    ("cancelled", "Tovrel has pulled {t} after two seasons.", False),
    ("cancelled", "{t} Shelved", True),
    ("cancelled", "{t} Goes Off Air", True),
    ("cancelled", "{t} Discontinued", True),
    ("cancelled", "Tovrel Shelves {t}", True),
    ("cancelled", "Tovrel Bins {t}", True),
    ("cancelled", "Tovrel Calls Time On {t}", True),
    ("renewed", "A new run of {t} has been commissioned by Brindle TV.", False),
    ("renewed", "{t} has been granted a fourth series by Brindle TV.", False),
    ("renewed", "{t} is getting a second outing.", False),
    ("renewed", "{t} will get a third outing on Brindle TV.", False),
    ("renewed", "Tovrel has confirmed a second instalment of {t}.", False),
    ("renewed", "Tovrel has ordered a fresh run of {t}.", False),
    ("renewed", "{t} is set for a second run on Tovrel.", False),
    ("renewed", "In an Instagram post, Maya Lind confirmed {t} will return for season 3.", False),
    ("renewed", "Tovrel Gives Second Season To {t}", True),
    ("renewed", "Tovrel Hands {t} Third Season", True),
    ("renewed", "{t} Coming Back For Series 2", True),
    ("renewed", "{t} Confirmed For Second Run", True),
    ("cancelled", "Tovrel has shelved {t}, its drama about two sisters.", False),
    ("cancelled", "Tovrel shelved {t} last month.", False),
    ("cancelled", "{t} has been discontinued by Tovrel.", False),
    ("cancelled", "Tovrel is discontinuing {t}.", False),
    ("cancelled", "Tovrel has decided to discontinue {t}.", False),
    ("cancelled", "{t} went off air last month.", False),
    ("cancelled", "{t} is set to go off air in June.", False),
    ("cancelled", "Tovrel has taken {t} off air.", False),
    ("cancelled", "{t} will be taken off air next week.", False),
    ("cancelled", "Brindle TV has called time on {t} after two series.", False),
    ("cancelled", "Tovrel calls time on {t}.", False),
    ("cancelled", "{t} has been handed its marching orders by Tovrel.", False),
    ("cancelled", "Tovrel won't be going ahead with a third season of {t}.", False),
    ("cancelled", "Tovrel has decided not to go ahead with series 3 of {t}.", False),
    ("cancelled", "A third series of {t} will not go ahead.", False),
    ("cancelled", "Season 3 of {t} won't go ahead.", False),
    ("cancelled", "Tovrel declined to order a second season of {t}.", False),
    ("cancelled", "Tovrel did not order a third season of {t}.", False),
    ("cancelled", "{t} was cut after one season.", False),
    ("cancelled", "Tovrel has cut {t} after two seasons.", False),
    ("cancelled", "Tovrel has pulled {t} after just four episodes.", False),
    ("cancelled", "Tovrel pulled {t} from its schedule after three episodes.", False),
    ("cancelled", "Tovrel dropped {t} from its lineup.", False),
    ("cancelled", "There will be no series 3 of {t}.", False),
    ("cancelled", "{t} To Go Off Air", True),
    ("cancelled", "{t} Taken Off Air", True),
    ("cancelled", "{t} Season 3 Won't Go Ahead", True),
    ("cancelled", "Tovrel Won't Go Ahead With {t} Season 3", True),
    ("cancelled", "{t} Given Marching Orders", True),
    ("cancelled", "{t} Pulled After Two Episodes", True),
    ("cancelled", "Tovrel Shelves {t} After One Season", True),
    ("cancelled", "{t} Discontinued By Tovrel", True),
    ("renewed", "{t} returns for series 3, Brindle TV has confirmed.", False),
    ("renewed", "Tovrel has picked up {t} for another run.", False),
    ("renewed", "{t} Returns For Series 3", True),
    ("renewed", "{t} Is Back For Series 2", True),
    ("renewed", "{t} Gets A Second Outing", True),
    ("renewed", "{t} Handed Third Series", True),
    ("renewed", "{t} Granted Second Season", True),
    ("cancelled", "{t} has been consigned to history.", False),
    ("cancelled", "{t} has bitten the dust.", False),
    ("cancelled", "{t} has been dumped.", False),
    ("cancelled", "{t} has been ditched.", False),
    ("cancelled", "{t} Bites The Dust", True),
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("kind, sentence, headline", CELLS, ids=[s for _, s, _ in CELLS])
def test_a_decision_wording_gives_its_kind(kind: str, sentence: str, headline: bool,
                                           title: str) -> None:
    kinds = _kinds(sentence, title, headline)
    assert kind in kinds
    assert not (DECISIONS - {kind}) & kinds  # never the opposite decision too


#: Wordings read before round 19, which must keep their kind.
KEPT = [
    ("renewed", "Tovrel has renewed {t} for a second season.", False),
    ("renewed", "{t} has been recommissioned for a third series.", False),
    ("renewed", "{t} has been greenlit for a second run.", False),
    ("renewed", "{t} will be back for a third outing.", False),
    ("renewed", "Tovrel is bringing {t} back for a second season.", False),
    ("renewed", "{t}: Season 3 Confirmed", True),
    ("renewed", "{t} Back For Season 3", True),
    ("cancelled", "{t} has been shelved.", False),
    ("cancelled", "Tovrel has pulled the plug on {t}.", False),
    ("cancelled", "Tovrel is not moving forward with {t}.", False),
    ("cancelled", "{t} has been binned by Brindle TV.", False),
    ("cancelled", "{t} has been pulled from the schedule.", False),
    ("cancelled", "Tovrel Axes {t} After Two Seasons", True),
]


@pytest.mark.parametrize("kind, sentence, headline", KEPT, ids=[s for _, s, _ in KEPT])
def test_wordings_read_before_keep_their_kind(kind: str, sentence: str, headline: bool) -> None:
    assert kind in _kinds(sentence, "Mirefield", headline)


#: The same words about something else, or a decision not taken: no renewal, no cancellation.
CONTROLS = [
    "Maya Lind has been axed from {t}.",
    "Tovrel has greenlit a film based on {t}.",
    "The {t} tour has been cancelled.",
    "The {t} podcast has been cancelled.",
    "{t} has not been cancelled.",
    "Has {t} been cancelled?",
    "Tovrel has not yet decided whether to renew {t}.",
    "Tovrel has shelved plans for a {t} spinoff.",
    "Tovrel has shelved the idea of a {t} movie.",
    "Maya Lind has called time on her role in {t}.",
    "Fans of {t} have called time on the show's villain.",
    "The channel showing {t} went off air for two hours on Sunday.",
    "{t} will be off air until June because of the football.",
    "{t} goes off air over the summer and returns in September.",
    "{t} is going off air for two weeks for the Olympics.",
    "Tovrel won't go ahead with filming on {t} until June.",
    "The {t} DVD hits the shelves on June 5.",
    "Season 2 of {t} hits shelves on June 5.",
    "Tovrel has pulled out of talks over {t} after two seasons of haggling.",
    "Maya Lind pulled out of {t} after two seasons.",
    "Tovrel has cut the budget of {t} after two seasons.",
    "Tovrel has cut costs on {t} after two seasons.",
    "Tovrel has pulled the trailer for {t} after two episodes.",
    "The {t} toy line was discontinued last year.",
    "Tovrel discontinued the {t} app in May.",
    "Tovrel gives fans a first look at {t} season 3.",
    "Tovrel Gives {t} Season 2 A Release Date",
    "Tovrel has handed {t} star Maya Lind a new deal.",
    "We already have finished scripts for season 2 of {t}, the showrunner said.",
    "{t} star Maya Lind is getting a second outing as a detective in the film Brass Lantern.",
    "Tovrel has placed an order for more episodes of the first season of {t}.",
    "Tovrel did not order a second season of {t} right away, waiting for the ratings.",
    "Maya Lind is bringing her character from {t} back.",
    "Maya Lind brings {t} back to life in a stage version.",
    "{t} will go off air in June, as its creators always planned.",
    "The creators have called time on {t}.",
    "Jane Doe was consigned to history in {t}'s finale.",
]


@pytest.mark.parametrize("sentence", CONTROLS)
def test_other_senses_give_no_decision(sentence: str) -> None:
    for title in TITLES:
        headline = sentence.startswith("Tovrel Gives")
        assert not _kinds(sentence, title, headline) & DECISIONS


#: A person left by a partner or an agent: no cancellation of the show named beside (main gave
#: one, from round 18's "dumped by").
PEOPLE_LEFT = [
    "{t} star Maya Lind has been dumped by her boyfriend.",
    "Maya Lind, who plays Jane in {t}, has been ditched by her agent.",
]


@pytest.mark.parametrize("sentence", PEOPLE_LEFT)
def test_a_person_dumped_is_no_cancellation(sentence: str) -> None:
    assert "cancelled" not in _kinds(sentence, "Mirefield")


#: Other kinds told beside decision words keep their kind and get no decision.
OTHER_KINDS = [
    ("premiere", "Season 2 of {t} is confirmed to premiere June 5."),
    ("premiere", "{t} will return on June 5."),
]


@pytest.mark.parametrize("kind, sentence", OTHER_KINDS, ids=[s for _, s in OTHER_KINDS])
def test_other_kinds_keep_theirs(kind: str, sentence: str) -> None:
    kinds = _kinds(sentence, "Mirefield")
    assert kind in kinds
    assert "cancelled" not in kinds


def test_a_season_told_as_british_series_counts() -> None:
    facts = facts_of(LEAD + "Tovrel has axed \u201cMirefield\u201d after two series.")
    assert {(f.kind, f.season) for f in facts if f.show == "Mirefield"} == {("cancelled", 2)}


#: Left (invented wordings): what the probe still misses, each for its reason.
LEFT = [
    ("cancelled", "Tovrel has dropped {t}.", False,
     "'dropped' with no time is a premiere's verb ('dropped all eight episodes')"),
    ("cancelled", "Tovrel Drops {t}", True, "a headline 'Drops' is as often a release"),
    ("renewed", "Tovrel announced that the upcoming fourth season of {t} will be its last.",
     False, "a final season told as 'will be its last' is as often a recap of old news"),
    # ("{t} was one of three shows cut by Tovrel." passes since s19left: a count of shows
    # before "cut by"; tests/test_left_round19.py)
    ("cancelled", "{t} Pulled From Schedule", True,
     "a headline's passive without its auxiliary: a star is 'pulled from' a show alike"),
]


@pytest.mark.parametrize("kind, sentence, headline", [
    pytest.param(kind, sentence, headline, id=sentence,
                 marks=pytest.mark.xfail(strict=True, reason=reason))
    for kind, sentence, headline, reason in LEFT])
def test_left(kind: str, sentence: str, headline: bool) -> None:
    assert kind in _kinds(sentence, "Mirefield", headline)


def test_explain_names_the_rules() -> None:
    _, text = explain(make_article(
        LEAD + "Brindle TV has called time on \u201cMirefield\u201d after two series. Tovrel "
        "won't go ahead with a fourth season of \u201cCobalt Lane\u201d. Brindle TV has "
        "commissioned a new run of \u201cHarrow Lane\u201d."))
    assert "trigger.cut_in_other_words" in text
    assert "trigger.season_refused" in text
    assert "trigger.season_in_other_words" in text
