"""Issue 10, round 17: two more name swaps (``monitor/extract/swap.py``).

``people``: the people an article names (a known first name, a role or "by" before the pair,
a speech verb after it) renamed to people of other origins, word by word, labels untouched.
``titles-as-names``: the labelled titles renamed to first names, places and calendar words.
Invented articles; fails before the modes exist.
"""

from __future__ import annotations

import random

import pytest
from articles import make_article

from monitor.extract import swap
from monitor.extract.evaluate import CorpusArticle, LabelledFact


def _labelled(show: str, season: int, kind: str) -> LabelledFact:
    return LabelledFact(show, season, kind, None, "confirmed")


ITEM = CorpusArticle(
    "901",
    make_article("By Darnell Whitcombe\n\nHulu has renewed Copper Lantern for a second season. "
                 "Showrunner Ophira Castellane said the writers return in May. Star Melvin "
                 "Ashgrove joins Rosalind Pike. Castellane added that filming begins in June. "
                 "Copper Lantern premiered in Ireland.",
                 headline="Copper Lantern renewed at Hulu"),
    (_labelled("Copper Lantern", 2, "renewed"),),
)


def test_modes_are_listed() -> None:
    assert {"people", "titles-as-names"} <= set(swap.MODES)


def test_the_people_an_article_names_are_found_by_the_extractors_cues() -> None:
    excluded = {"copper", "lantern", "hulu", "ireland"}
    found = swap.people_named(f"{ITEM.article.title}\n{ITEM.article.text}", excluded)
    assert set(found) == {("Darnell", "Whitcombe"), ("Ophira", "Castellane"),
                          ("Melvin", "Ashgrove"), ("Rosalind", "Pike")}


def test_people_are_renamed_everywhere_and_the_labels_stay() -> None:
    renaming = swap.make_renaming(ITEM, "people", random.Random("1:people:901"))
    assert set(renaming.words) == {"darnell", "whitcombe", "ophira", "castellane", "melvin",
                                   "ashgrove", "rosalind", "pike"}
    names = swap.swap_names()
    assert {renaming.words[k] for k in ("darnell", "ophira", "melvin", "rosalind")} <= {
        n.lower() for n in names["first_names"]}
    copy = swap.swapped(ITEM, renaming)
    assert "Castellane" not in copy.article.text
    assert copy.article.text.count(renaming.words["castellane"].capitalize()) == 2
    assert [f.show for f in copy.facts] == ["Copper Lantern"]
    assert "Copper Lantern" in copy.article.text and "Ireland" in copy.article.text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_titles_become_names_places_and_calendar_words(seed: int) -> None:
    renaming = swap.make_renaming(ITEM, "titles-as-names", random.Random(f"{seed}:t:901"))
    assert set(renaming.words) == {"copper", "lantern"}
    assert renaming.words["copper"] in swap.title_name_words()  # a title's first word
    assert set(renaming.words.values()) <= {*swap.title_name_words(), *swap.ordinary_words()}
    copy = swap.swapped(ITEM, renaming)
    new = f"{renaming.words['copper'].capitalize()} {renaming.words['lantern'].capitalize()}"
    assert [f.show for f in copy.facts] == [new]
    assert copy.article.text.count(new) == 2
