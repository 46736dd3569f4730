"""Round 18 (s18vocab2): the vocabulary probe's second pass. A season's count told as an
order's size ("a 10-part order") or changed "from N episodes to M" (the count after "to"; rule
``episode.count_from_to``); a decision made "at" a network ("ordered to a third season at
Tovrel", "a second-season renewal at Brindle TV") names the network, not a show; a cast back
"to set" or "back on set for its second season" starts a shoot (not "set for a season", a
renewal); a season "now streaming" and a viewer's "catch X on Tovrel from June 5" are its
premiere. Controls: a film in parts, a novel's chapters, a podcast's episodes, a sports
season, a star back on set after an injury, "catch up on", a soundtrack streaming, a count
in minutes. Invented names throughout; published Friday 10 May 2024."""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

#: A first sentence that makes the article about television (its own fact is left out).
LEAD = "\u201cBrass Orchard\u201d has been cancelled after one season. "
TITLES = ("Harrow Lane", "The Lantern Keepers")


def _facts(sentence: str, title: str, headline: bool = False) -> list[tuple[str, int | None]]:
    quoted = f"\u201c{title}\u201d"
    if headline:
        body = LEAD + f"{quoted} follows two sisters who run a ferry, and stars Maya Lind."
        facts = facts_of(body, sentence.format(t=f"\u2018{title}\u2019"))
    else:
        facts = facts_of(LEAD + sentence.format(t=quoted))
    return [(str(f.kind), f.value) for f in facts if f.show == title]


def _shows(sentence: str, title: str) -> set[str]:
    return {f.show for f in facts_of(LEAD + sentence.format(t=f"\u201c{title}\u201d"))}


COUNTS = [
    ("Tovrel has handed {t} a 10-part order.", False, 10),
    ("{t} has been handed a 10-part order by Kestrel Play.", False, 10),
    ("{t} Lands 10-Part Order At Brindle TV", True, 10),
    ("Kestrel Play has given {t} a six-part commission.", False, 6),
    ("Tovrel has cut the second season of {t} from 10 episodes to eight.", False, 8),
    ("The order for {t} season 2 was trimmed from 13 episodes to 10.", False, 10),
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize(("sentence", "headline", "value"), COUNTS)
def test_a_count_of_the_season(sentence: str, headline: bool, value: int, title: str) -> None:
    assert ("episode_count", value) in _facts(sentence, title, headline)


CELLS = [
    ("filming_started", "{t} is back on set for its second season.", False),
    ("filming_started", "The cast of {t} is back on set for season 2.", False),
    ("filming_started", "The cast of {t} has returned to set for the second season.", False),
    ("filming_started", "{t} went back to set in March for its third season.", False),
    ("premiere", "Viewers can catch {t} on Tovrel from June 5.", False),
    ("premiere", "Fans can catch season 2 of {t} on Kestrel Play from June 5.", False),
    ("premiere", "The second season of {t} is now streaming on Brindle TV.", False),
    ("premiere", "{t} season 2 is now streaming on Tovrel.", False),
    ("renewed", "{t} has been ordered to a third season at Tovrel.", False),
    ("renewed", "{t} has scored a second-season renewal at Kestrel Play.", False),
    ("renewed", "{t} has landed a third-season renewal at Brindle TV.", False),
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize(("kind", "sentence", "headline"), CELLS)
def test_a_wording_of_the_kind_gives_its_fact(kind: str, sentence: str, headline: bool,
                                              title: str) -> None:
    assert kind in {k for k, _ in _facts(sentence, title, headline)}


@pytest.mark.parametrize("sentence", [
    "{t} has been ordered to a third season at Tovrel.",
    "{t} has scored a second-season renewal at Kestrel Play.",
    "{t} has landed a third-season renewal at Brindle TV.",
])
def test_the_network_after_at_is_no_show(sentence: str) -> None:
    assert _shows(sentence, "Harrow Lane") <= {"Harrow Lane", "Brass Orchard"}


#: Wordings that gave their fact before this branch and must keep it.
KEPT = [
    ("renewed", "{t} is set for a second season.", False),
    ("renewed", "{t} has been renewed for a third season at Tovrel.", False),
    ("episode_count", "{t} season 2 will air in eight instalments.", False),
    ("episode_count", "Kestrel Play has ordered a six-episode second season of {t}.", False),
    ("premiere", "{t} has finally landed on Tovrel.", False),
]


@pytest.mark.parametrize(("kind", "sentence", "headline"), KEPT)
def test_wordings_read_before_keep_their_kind(kind: str, sentence: str, headline: bool) -> None:
    assert kind in {k for k, _ in _facts(sentence, "Harrow Lane", headline)}


@pytest.mark.parametrize("sentence", [
    "The film {t} will be released in three parts.",
    "The novel {t} is told in eight chapters.",
    "The Harrow Lane Podcast has released 40 episodes.",
    "The Tovrel Hawks' season runs to 82 games.",
    "Maya Lind is back on set for the film Brass Lantern.",
    "Maya Lind has returned to set after an injury.",
    "You can catch up on {t} on Tovrel from June 5.",
    "Fans can catch {t} star Maya Lind on Tovrel from June 5 in a new quiz show.",
    "The soundtrack of {t} is now streaming on Tovrel.",
    "All five seasons of {t} are now streaming on Tovrel.",
    "Maya Lind hinted at her return to set for {t} earlier this month.",
])
def test_other_senses_give_no_new_fact(sentence: str) -> None:
    kinds = {k for k, _ in _facts(sentence, "Harrow Lane")}
    assert not kinds & {"episode_count", "premiere", "filming_started"}


def test_a_count_in_minutes_keeps_the_count_before() -> None:
    # "to eight minutes" is no episode count: the count named stays
    assert ("episode_count", 10) in _facts(
        "Tovrel has cut {t} from 10 episodes to eight minutes each.", "Harrow Lane")


def test_explain_names_the_rule() -> None:
    _, text = explain(make_article(
        LEAD + "Tovrel has cut the second season of \u201cHarrow Lane\u201d from 10 episodes "
        "to eight."))
    assert "episode.count_from_to" in text


def test_a_catalog_now_available_is_no_premiere() -> None:
    assert "premiere" not in {k for k, _ in _facts(
        "{t} season 1 & 2 and Cobalt Lane season 1 are now available on Tovrel.", "Harrow Lane")}
