"""Names that are no show the text reports on (issue 10, round 5): examples of another kind
of thing ("games like A, B and C"), a determiner or a verb in -ing that opens a sentence.
Every sentence here is invented."""

from __future__ import annotations

import datetime as dt

from articles import facts_of

from monitor.extract.shows import discover_titles
from monitor.extract.titles import common_word


def _shows(text: str, title: str = "") -> set[str]:
    return {f.show for f in facts_of(text, title)}


def test_examples_of_another_kind_of_thing_are_no_shows() -> None:
    for text in ("Glass Harbor follows a contest built on playground games like Hop Scotch, "
                 "Red Rover and Tin Can Alley. Netflix renewed Glass Harbor for a second season.",
                 "The crew scouted cities such as Port Ellen before the renewal of Glass Harbor.",
                 "Netflix renewed Glass Harbor, whose makers grew up on films like Night Harbor."):
        titles = discover_titles([text], "")
        assert "Glass Harbor" in titles
        assert not {"Hop Scotch", "Red Rover", "Tin Can Alley", "Port Ellen", "Night Harbor"
                    } & set(titles), text
    # shows named as examples of shows are still shows
    text = "Netflix renewed shows like Salt Road and Tin Roof on Friday."
    assert {"Salt Road", "Tin Roof"} <= set(discover_titles([text], ""))
    assert {"Salt Road", "Tin Roof"} <= _shows(text)


def test_a_sentence_opening_word_is_no_title() -> None:
    text = ("Other streaming services will debut the series on October 10. Bringing it back "
            "for a final season lets us finish the story, the network said of Salt Road.")
    assert common_word("Other", text) and common_word("Bringing", text)
    assert not common_word("Shrinking", "Shrinking has been renewed for a third season.")
    assert not {"Other", "Bringing"} & set(discover_titles([text], ""))


def test_a_relative_clause_gives_the_name_before_it_its_status() -> None:
    facts = {(f.show, f.kind) for f in facts_of(
        "Unlike Salt Road, which was cancelled after one season, Glass Harbor has been renewed.",
        published=dt.date(2024, 5, 10))}
    assert facts == {("Salt Road", "cancelled"), ("Glass Harbor", "renewed")}
    titles = discover_titles(["The network kept Tin Roof (which was renewed back in April) "
                              "and Copper Field, which has since been axed."], "")
    assert {"Tin Roof", "Copper Field"} <= set(titles)


def test_a_filming_place_with_its_article_is_not_part_of_a_title() -> None:
    text = ("The Iron Crown in the Czech Republic began filming its second season. "
            "The Iron Crown was renewed in May.")
    titles = discover_titles([text], "")
    assert "The Iron Crown" in titles
    assert "The Iron Crown in the Czech Republic" not in titles
