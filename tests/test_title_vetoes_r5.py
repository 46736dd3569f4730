"""Round 5's title vetoes and cues (issue 10): events, plain adverbs, a question-word title, a
lone first name a status verb governs, a filming place after a show, an outlet's byline, a
description ending in a plural kind of show. Every sentence here is invented."""

from __future__ import annotations

from articles import Row, facts_of, rows

from monitor.extract.shows import discover_titles
from monitor.extract.titles import judge, validate


def _facts(text: str, title: str = "Spring round-up") -> set[Row]:
    return rows(facts_of(text, title))


def test_an_event_named_with_its_kind_is_no_show() -> None:
    for event in ("Winter Press Tour", "Netflix Geek Week", "Harbor Film Festival",
                  "Spring Upfronts"):
        verdict = judge(event, strong=True)
        assert not verdict.kept and verdict.rule == "title.veto.event", event
    assert judge("The Panel", strong=False).kept  # a kind alone is a title
    assert judge("Glass Harbor", strong=False).kept
    facts = _facts("Quarry Lane has been renewed for a third season. The network made the "
                   "renewal announcement at the Winter Press Tour on Friday.")
    assert {f[0] for f in facts} == {"Quarry Lane"}


def test_an_adverb_without_ly_is_no_title() -> None:
    for word in ("Already", "Meanwhile", "Still"):
        verdict = judge(word, strong=False)
        assert not verdict.kept and verdict.rule == "title.veto.adverb", word
    facts = _facts("Copper Field: Season 2 ended in May; Already renewed for Season 3\n"
                   "Salt Road: Officially cancelled\nTin Roof: A safe bet. Officially renewed.")
    assert not {f for f in facts if f[0] == "Already"}
    assert ("Copper Field", 3, "renewed") in facts


def test_a_title_ending_in_a_question_word_is_no_person() -> None:
    assert judge("Jenna Who", strong=False).kept
    assert not judge("Jenna Porter", strong=False).kept


def test_a_lone_first_name_a_status_verb_governs_is_a_show() -> None:
    text = "The network decided to renew Walter and cancel the quiz show."
    assert "Walter" in discover_titles([text], "")
    [verdict] = validate(["Walter"], (), text, governed={"Walter"})
    assert verdict.kept
    [verdict] = validate(["Walter"], (), "Walter said the news was good.")
    assert verdict.rule == "title.veto.first_name_or_initials"
    assert "Walter" not in discover_titles(["Walter said the third season of Glass Harbor "
                                            "was renewed."], "")


def test_a_filming_place_after_a_show_is_not_part_of_its_title() -> None:
    text = ("Filming for the first season of The Iron Crown in Prague wrapped in June. "
            "The Iron Crown has already been renewed for a second season.")
    titles = discover_titles([text], "")
    assert "The Iron Crown" in titles and "The Iron Crown in Prague" not in titles
    # a title that ends in a place stays whole when its head is no title of its own
    assert "Emily in Paris" in discover_titles(
        ["Emily in Paris has been renewed for a fifth season."], "")


def test_an_outlets_possessive_before_a_name_is_a_byline() -> None:
    text = "Every renewal and cancellation is on this list by Variety's Jenna Porter."
    [verdict] = validate(["Jenna Porter"], (), text)
    assert not verdict.kept and verdict.rule == "title.veto.person_name"
    [verdict] = validate(["Paula Grant"], (), "Hulu's Paula Grant was renewed today.")
    assert verdict.kept
    [verdict] = validate(["Glass Harbor"], (), "Variety's Glass Harbor review is out.")
    assert verdict.kept


def test_a_description_ending_in_a_plural_kind_of_show_is_no_title() -> None:
    for words in ("Original Comedies", "Returning Dramas", "New Shows"):
        verdict = judge(words, strong=False)
        assert not verdict.kept and verdict.rule == "title.veto.description", words
    assert judge("Original Comedies", strong=True).kept  # quoted: the text's own title
    facts = _facts("The network renewed its Original Comedies, Salt Road and Tin Roof.",
                   title="Network Renews Original Comedies 'Salt Road' and 'Tin Roof'")
    assert {f[0] for f in facts} == {"Salt Road", "Tin Roof"}


def test_a_and_b_with_a_plural_object_of_a_decision_are_two_shows() -> None:
    for text in ("Glass Harbor and Tin Roof received full-season orders on Friday.",
                 "Copper and Quill got the go-ahead for full 20-episode seasons.",
                 "Night Ferry and Quarry Lane got back-nine pickups."):
        titles = discover_titles([text], "")
        assert len(titles) == 2 and not any(" and " in t for t in titles), (text, titles)
    facts = _facts("Copper and Quill got the go-ahead for full 20-episode seasons.")
    assert {("Copper", None, "episode_count"), ("Quill", None, "episode_count")} <= facts


def test_a_clipped_form_of_a_title_is_the_same_show() -> None:
    facts = _facts("The network renewed Docks and Recreation for a fifth season.",
                   title="Network Renews 'Docks & Rec' and 'Salt Road'")
    assert {f[0] for f in facts} == {"Docks and Recreation", "Salt Road"}
    # most of a word kept is another word: two shows
    titles = discover_titles(["The Bachelor and The Bachelorette were renewed."], "")
    assert {"The Bachelor", "The Bachelorette"} <= set(titles)
