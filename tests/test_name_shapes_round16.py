"""Names or shapes (issue 10, round 16, branch r16swap).

The name-swap evaluation (``monitor/extract/swap.py``) renamed every network of the open folds'
articles to an invented name: an unknown network became a show in 48 articles ("Tovrel renewed
the drama" gave Tovrel a renewal). Here: invented articles (titles, networks and sentences
written for this test) whose network no list knows, told by its shape — the one deciding
("Corvanta renews", "Corvanta has canceled the drama", "canceled by Corvanta", "Corvanta
picking it up"), the place a show airs ("premiered on Corvanta"), the place a decision is made
("renewed ... at Corvanta"), a slate's owner ("Corvanta's biggest series") and the common nouns
("streamer Corvanta") — give the show's facts and none for the network
(``networks_by_shape``, read by ``title.veto.network``). Cells fail on main's de3a43e (all but
"dropped on Corvanta", which main already reads right, kept as a guard); controls
(a show in the same places where the shape does not hold: "Glass Orchard picked up six months
later", "Tannery Lane's first series", a headline's "Harbor Lights Cancelled After One Season")
pass before and after.

GOLDEN: the words swap lost "Golden <Word>" titles to their last word: "golden" stood among
the capitalised words that never start a title (``STOP_CAPS``) for "Golden Globes" alone. Now
"globes" keeps the award out on its own; cells fail on de3a43e, controls (the award named in
the same article is no show) pass before and after.

Then the tool itself: a small invented labelled article renamed consistently, its labels
following its text, and the sealed fold refused.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from articles import facts_of, make_article, rows

from monitor.errors import MonitorError
from monitor.extract import swap
from monitor.extract.evaluate import CorpusArticle, LabelledFact
from monitor.extract.folds import Folds
from monitor.extract.titles import networks_by_shape, vocabulary

NETWORK = "Corvanta"
H = "Harbor Lights"

UNKNOWN_NETWORK = [
    # (headline, body, the show's facts that must be there)
    ("Harbor Lights is over after one season",
     "Corvanta canceled the drama one week after its eight-episode first season ended in "
     "February. Harbor Lights had been a critics' favourite.", {(H, 1, "cancelled")}),
    ("Corvanta trims its slate",
     "Corvanta has canceled three freshman series: the drama Harbor Lights and the comedies "
     "Paper Saints and Lowland. The streamer will unveil its autumn slate next week.",
     {(H, 1, "cancelled")}),
    ("Harbor Lights renewed",
     "Harbor Lights has been renewed for a third season at Corvanta. Production begins in "
     "the autumn.", {(H, 3, "renewed")}),
    ("Harbor Lights season 2 is here",
     "Season 2 of the island mystery, eight episodes in all, dropped on Corvanta globally on "
     "August 3, 2024. "
     "Harbor Lights follows two sisters on a northern island.", {(H, 2, "premiere")}),
    ("Harbor Lights gets a rescue",
     "Harbor Lights was canceled by Corvanta in May, with Bluefen picking it up for a second "
     "season.", {(H, 2, "renewed")}),
    ("Corvanta wraps its biggest hit",
     "Cameras have stopped rolling on the last chapter of Corvanta’s biggest series. Harbor "
     "Lights wrapped filming for season 4 on Friday.", {(H, 4, "filming_wrapped")}),
    ("Harbor Lights season 5 dates set",
     "The release dates for season 5 of Corvanta’s beloved mystery series Harbor Lights have "
     "been announced. The first season premiered in 2019.", set()),
]


@pytest.mark.parametrize(("headline", "body", "want"), UNKNOWN_NETWORK)
def test_unknown_network_told_by_its_shape_is_no_show(headline: str, body: str,
                                                      want: set[tuple[str, int, str]]) -> None:
    assert NETWORK.lower() not in vocabulary().networks  # the list does not know it
    found = rows(facts_of(body, headline))
    assert not {r for r in found if NETWORK in r[0] or "Bluefen" in r[0]}, found
    assert want <= found, found


@pytest.mark.parametrize(("headline", "body", "show"), [
    # "picked up" without "it": a show's story picking up, not a network's order
    ("Glass Orchard returns", "Glass Orchard picked up six months after the finale. Season 2 "
     "premiered on Netflix on May 3, 2024.", "Glass Orchard"),
    # a possessive's "first series" is a British season: the show stays
    ("Tannery Lane is back", "Tannery Lane's first series was a hit on the BBC. Tannery Lane "
     "has been renewed for a second series.", "Tannery Lane"),
    # a headline's passive: the show, not a network
    ("Harbor Lights Cancelled After One Season", "Netflix has cancelled Harbor Lights after "
     "one season.", H),
    # a headline's "renewed" before a body's "The": no object across the line
    ("Harbor Lights renewed", "The Netflix drama Harbor Lights is coming back. The drama was "
     "renewed for a second season.", H),
])
def test_a_show_in_a_network_s_place_stays_a_show(headline: str, body: str, show: str) -> None:
    found = rows(facts_of(body, headline))
    assert any(r[0] == show for r in found), found


def test_days_months_and_holidays_after_on_are_no_networks() -> None:
    found = networks_by_shape("Harbor Lights premieres on Friday. It returns on Christmas Day "
                              "and airs on May 5. Season 2 premiered on Corvanta.")
    assert found == frozenset({"corvanta"})


@pytest.mark.parametrize(("headline", "body"), [
    ("Golden Meridian renewed for season 2", "Golden Meridian has been renewed for a second "
     "season at Netflix. The first season of Golden Meridian premiered in March 2024."),
    ("Netflix renews Golden Meridian", "Netflix has renewed Golden Meridian for a second "
     "season."),
])
def test_a_title_may_start_with_golden(headline: str, body: str) -> None:
    found = rows(facts_of(body, headline))
    assert ("Golden Meridian", 2, "renewed") in found, found
    assert not {r for r in found if r[0] == "Meridian"}, found


@pytest.mark.parametrize(("headline", "body"), [
    ("Harbor Lights renewed", "After its Golden Globes win, Harbor Lights was renewed for a "
     "second season. Golden Globe winner Harbor Lights returns in 2025."),
    ("Golden Globes 2025: Harbor Lights wins", "The Golden Globes were handed out on Sunday. "
     "Harbor Lights, renewed for season 3 last month, won Best Drama."),
])
def test_the_golden_globes_are_no_show(headline: str, body: str) -> None:
    found = rows(facts_of(body, headline))
    assert {r[0] for r in found} == {H}, found


# --- the tool ------------------------------------------------------------------------------

def _labelled(show: str, season: int, kind: str, date: str | None = None) -> LabelledFact:
    return LabelledFact(show, season, kind, date, "confirmed")


ITEM = CorpusArticle(
    "900",
    make_article("The Salt Orchard has been renewed for a second season. Fans of The Salt "
                 "Orchard cheered; the orchard scenes were filmed in Wales. THE SALT ORCHARD "
                 "returns in 2025, and Grey's Lantern was cancelled after season 3.",
                 headline="'The Salt Orchard' renewed, 'Grey's Lantern' cancelled",
                 url="https://news.example/salt-orchard-renewed-greys-lantern"),
    (_labelled("The Salt Orchard", 2, "renewed"), _labelled("Grey's Lantern", 3, "cancelled")),
)


@pytest.mark.parametrize("mode", ["words", "pseudo"])
def test_a_title_is_renamed_word_by_word_everywhere_in_its_shape(mode: str) -> None:
    renaming = swap.make_renaming(ITEM, mode, random.Random(f"1:{mode}"))
    assert set(renaming.words) == {"salt", "orchard", "grey", "lantern"}  # no "the", no "s"
    copy = swap.swapped(ITEM, renaming)
    salt, orchard = renaming.words["salt"], renaming.words["orchard"]
    new_title = f"The {salt.capitalize()} {orchard.capitalize()}"
    assert [f.show for f in copy.facts] == [
        new_title, f"{renaming.words['grey'].capitalize()}'s "
                   f"{renaming.words['lantern'].capitalize()}"]
    text = copy.article.text
    assert text.count(new_title) == 2 and new_title.upper() in text
    assert "the orchard scenes" in text  # a common word in lower case is no title's
    assert "Salt" not in text and "Grey" not in text
    assert copy.article.title.startswith(f"'{new_title}' renewed")
    assert copy.article.url == (f"https://news.example/{salt}-{orchard}-renewed-"
                                f"{renaming.words['grey']}s-{renaming.words['lantern']}")
    # deterministic: the same seed gives the same names
    again = swap.make_renaming(ITEM, mode, random.Random(f"1:{mode}"))
    assert again == renaming


def test_the_renamed_copy_gives_the_renamed_facts() -> None:
    renaming = swap.make_renaming(ITEM, "pseudo", random.Random("2"))
    copy = swap.swapped(ITEM, renaming)
    before = [swap._as_labelled(f) for f in facts_of(ITEM.article.text, ITEM.article.title,
                                                     url=ITEM.article.url)]
    after = [swap._as_labelled(f) for f in facts_of(copy.article.text, copy.article.title,
                                                    url=copy.article.url)]
    change = swap.compare(ITEM.id, before, after, renaming)
    assert not change.lost and not change.gained, change
    assert {(f.show, f.season, f.kind) for f in after} >= {
        (f.show, f.season, f.kind) for f in copy.facts}


def test_a_lost_title_is_counted_as_a_change() -> None:
    renaming = swap.Renaming({"salt": "apple", "orchard": "fox"})
    lost = swap.compare("900", [_labelled("The Salt Orchard", 2, "renewed")], [], renaming)
    assert [f.show for f in lost.lost] == ["The Apple Fox"]
    assert lost.kinds([_labelled("The Salt Orchard", 2, "renewed")], []) == {
        "lost: title gone": 1}


def test_an_unknown_network_is_renamed_as_a_phrase_and_titles_stay() -> None:
    item = CorpusArticle("901", make_article(
        "Netflix has renewed Glass Harbor. The Netflix drama returns in 2025.",
        headline="Netflix renews Glass Harbor", url="https://news.example/netflix-renews"),
        (_labelled("Glass Harbor", 2, "renewed"),))
    renaming = swap.make_renaming(item, "networks", random.Random("1"), ["Netflix", "Harbor"])
    copy = swap.swapped(item, renaming)
    new = renaming.phrases["Netflix"]
    assert "Harbor" not in renaming.phrases  # a word of a labelled title is no network here
    assert copy.article.text.count(new) == 2 and "Netflix" not in copy.article.text
    assert copy.article.url == f"https://news.example/{new.lower()}-renews"
    assert copy.facts == item.facts


def test_the_sealed_fold_is_refused() -> None:
    folds = Folds((("001",), ("002",)), sealed=frozenset({2}))
    assert swap.open_fold_numbers(folds, None) == [1]
    with pytest.raises(MonitorError):
        swap.open_fold_numbers(folds, [1, 2])
    with pytest.raises(MonitorError):
        swap.run_swap(Path("/nonexistent"), "words", 1, folds=folds, only=[2])


@pytest.mark.parametrize(("text", "network"), [
    # a network that decides and owns a slate is a network, though "has renewed" and "'s new
    # series" follow its name as they follow a show's in other sentences
    ("Corvanta Renews Harbor Lights\nCorvanta has renewed the comedy Harbor Lights for a third "
     "season. Corvanta's new series Glass Orchard premieres in May.", True),
    # a show the headline writes as its verb's subject, and the body as renewed: a show
    ("Harbor Lights Renews Its Vows\nHarbor Lights has been renewed for a second season.",
     False),
    ("Harbor Lights Renews Its Vows\nHarbor Lights season 2 is on the way.", False),
])
def test_a_deciding_name_is_a_network_unless_it_undergoes_a_decision(text: str,
                                                                       network: bool) -> None:
    name = text.split()[0].lower() if network else "harbor lights"
    assert (name in networks_by_shape(text)) is network
