"""Round 18 (s18vocab): the trigger vocabulary probed as a whole, by kind, in the wording of trade
press, wire copy and British, Australian and Indian papers. A season's arrival with its time
("hits Tovrel on June 5", "is due in June", "takes over the Sunday slot on June 5", "will
telecast from June 5", "set a June 5 date for X", "got off to a strong start on Sunday"; rule
``trigger.arrival_with_time``), a season reached rather than given ("ordered X to a second
season", "extended X through a third season", "will run for a second season", "Season 2 In The
Works"; rule ``trigger.season_reached``), the slang of the cut ("chopped", "dumped", "ditched",
"cut loose", "written off", "has not renewed X for a third season") and of the shoot ("is now
lensing", "went on floors", "filming has come to an end", "shot its final scenes"). Controls:
the same words about another thing (a decision due, a star on stage, a DVD on shelves, a slot,
a shoot's date, plans ditched) give no premiere, renewal or cancellation. Invented names
throughout; published Friday 10 May 2024."""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

#: A first sentence that makes the article about television (its own fact is left out).
LEAD = "\u201cBrass Orchard\u201d has been cancelled after one season. "
TITLES = ("Harrow Lane", "The Lantern Keepers")


def _kinds(sentence: str, title: str, headline: bool = False) -> set[str]:
    quoted = f"\u201c{title}\u201d"
    if headline:
        body = LEAD + f"{quoted} follows two sisters who run a ferry, and stars Maya Lind."
        facts = facts_of(body, sentence.format(t=f"\u2018{title}\u2019"))
    else:
        facts = facts_of(LEAD + sentence.format(t=quoted))
    return {str(f.kind) for f in facts if f.show == title}


CELLS = [
    # renewed: a season reached
    ("renewed", "Tovrel has ordered {t} to a second season.", False),
    ("renewed", "Tovrel has extended {t} through a third season.", False),
    ("renewed", "{t} will run for a second season on Kestrel Play.", False),
    ("renewed", "{t} Season 2 In The Works At Kestrel Play", True),
    ("renewed", "{t} Season 2 Officially Happening", True),
    ("renewed", "{t} Bags Second Series", True),
    ("renewed", "{t} Season 2 On The Way", True),
    ("renewed", "{t} Getting Season 2", True),
    ("renewed", "{t} has been locked in for a second season.", False),
    # cancelled: the slang of the cut, a renewal denied for a season
    ("cancelled", "Tovrel has chopped {t} after a single season.", False),
    ("cancelled", "{t} has been dumped by Tovrel after two seasons.", False),
    ("cancelled", "Kestrel Play Dumps {t} After Two Seasons", True),
    ("cancelled", "Kestrel Play has not renewed {t} for a third season.", False),
    ("cancelled", "Tovrel has ditched {t} after two seasons.", False),
    ("cancelled", "Kestrel Play Ditches {t}", True),
    ("cancelled", "Tovrel has cut {t} loose after one season.", False),
    ("cancelled", "Tovrel has shut down {t} after two seasons.", False),
    ("cancelled", "{t} has been written off by Tovrel.", False),
    ("cancelled", "Tovrel has brought down the curtain on {t}.", False),
    # filming_started: trade and Indian wording
    ("filming_started", "The second season of {t} is now lensing in Toronto.", False),
    ("filming_started", "{t} season 2 went on floors in Mumbai on Monday.", False),
    ("filming_started", "{t} season 2 has gone on floors.", False),
    ("filming_started", "The second series of {t} is now being filmed in Cardiff.", False),
    ("filming_started", "{t} season 2 is being shot in Prague.", False),
    # filming_wrapped
    ("filming_wrapped", "Filming on the third season of {t} has come to an end.", False),
    ("filming_wrapped", "{t} has shot its final scenes for season 2.", False),
    # premiere: an arrival with its time
    ("premiere", "Season 2 of {t} hits Kestrel Play on June 5.", False),
    ("premiere", "The first episode of {t} airs June 5 on Kestrel Play.", False),
    ("premiere", "{t} is due in June on Tovrel.", False),
    ("premiere", "The second season of {t} is due on Kestrel Play in June.", False),
    ("premiere", "{t} takes over the Sunday slot on June 5.", False),
    ("premiere", "{t} takes over the 9pm slot on Tovrel from June 5.", False),
    ("premiere", "Tovrel set a June 5 date for {t}.", False),
    ("premiere", "{t} got off to a strong start on Sunday.", False),
    ("premiere", "{t} goes live on Kestrel Play on June 5.", False),
    ("premiere", "{t} will telecast on Tovrel from June 5.", False),
    ("premiere", "{t} season 2 is coming to Tovrel on June 5.", False),
    ("premiere", "{t} season 2 releases June 5.", False),
    ("premiere", "{t} opened its second season on Sunday to strong ratings.", False),
    ("premiere", "{t} will start on Tovrel on June 5.", False),
    ("premiere", "{t} screens on Tovrel from June 5.", False),
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("kind, sentence, headline", CELLS, ids=[s for _, s, _ in CELLS])
def test_a_wording_of_the_kind_gives_its_fact(kind: str, sentence: str, headline: bool,
                                              title: str) -> None:
    assert kind in _kinds(sentence, title, headline)


#: Wordings already read before round 18, which must keep their kind.
KEPT = [
    ("renewed", "Tovrel has renewed {t} for a second season.", False),
    ("renewed", "{t} has been extended through its fourth season.", False),
    ("cancelled", "Tovrel has axed {t} after two seasons.", False),
    ("cancelled", "Tovrel Pulls Plug On {t}", True),
    ("filming_started", "Cameras are rolling on the second season of {t}.", False),
    ("filming_wrapped", "Season 2 of {t} is in the can.", False),
    ("premiere", "{t} bows June 5 on Tovrel.", False),
    ("premiere", "{t} season 2 drops on Tovrel on June 5.", False),
]


@pytest.mark.parametrize("kind, sentence, headline", KEPT, ids=[s for _, s, _ in KEPT])
def test_wordings_read_before_keep_their_kind(kind: str, sentence: str, headline: bool) -> None:
    assert kind in _kinds(sentence, "Harrow Lane", headline)


CONTROLS = [
    "A decision on the future of {t} is due in June.",
    "The trailer for {t} is due on Friday.",
    "{t} star Maya Lind hits the stage on Sunday.",
    "Season 2 of {t} hits shelves on June 5.",
    "{t} airs Sunday nights on Tovrel.",
    "{t} hits 10 million viewers in June.",
    "{t} opened its doors to fans on Sunday.",
    "Tovrel set a June 5 date for the start of filming on {t}.",
    "The deal extends through a third season of {t}.",
    "{t} will not run for a second season.",
    "Maya Lind will be on Tovrel from June 5 as a guest host.",
    "Tovrel ditched plans for {t} after one season.",
    "Tovrel shut down production on {t} after two weeks.",
    "{t} screens at the festival on June 5.",
]


@pytest.mark.parametrize("sentence", CONTROLS)
def test_other_senses_give_no_premiere_or_renewal(sentence: str) -> None:
    assert _kinds(sentence, "Harrow Lane") & {"premiere", "renewed", "cancelled"} == set()


#: A season got, then a detail of it: the season is there already, no renewal (the lead, at
#: round 18's merge: "Gets Season 2 Trailer" read as one; round 9's control in
#: ``test_trigger_vocabulary.py``).
DETAILS = ["Trailer", "Official Trailer", "Premiere Date", "Release Date", "First Look",
           "Poster", "Cast"]


@pytest.mark.parametrize("detail", DETAILS)
@pytest.mark.parametrize("verb", ["Gets", "Getting", "Got"])
def test_a_season_got_then_its_detail_is_no_renewal(verb: str, detail: str) -> None:
    sentence = f"{{t}} {verb} Season 2 {detail}"
    assert "renewed" not in _kinds(sentence, "Harrow Lane", headline=True)
    assert "renewed" in _kinds(f"{{t}} {verb} Season 2", "Harrow Lane", headline=True)


def test_explain_names_the_rules() -> None:
    _, text = explain(make_article(
        LEAD + "Season 2 of \u201cHarrow Lane\u201d hits Kestrel Play on June 5. Tovrel has "
        "extended \u201cMirefield\u201d through a third season. A decision on the future of "
        "\u201cCobalt Lane\u201d is due in June."))
    assert "trigger.arrival_with_time" in text
    assert "trigger.season_reached" in text
    assert "drop.due_other_subject" in text
