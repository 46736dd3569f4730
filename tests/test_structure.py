"""Lists as units and headed sections (issue 10, items 1-2 of round 2).

A status verb governs every item of the list it governs; a heading is the subject of the text
under it. Every sentence here is written for this file about invented shows.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, facts_of, rows

from monitor.extract.facts import topical_lines
from monitor.extract.lists import governed_lists
from monitor.extract.sections import heading_of, line_topics, unglue_lead
from monitor.extract.shows import discover_titles, title_spans

PUBLISHED = dt.date(2024, 5, 15)


def _facts(text: str, title: str = "") -> set[Row]:
    return rows(facts_of(text, title, PUBLISHED))


# --- lists as units --------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "This spring the streamer has already axed Salt Road, Tin Harbor, Glass Meadow and Ember Lane.",
    "The network has cancelled four shows — Salt Road, Tin Harbor, Glass Meadow and Ember Lane — "
    "as it cuts its budget.",
    "The cable channel has given several dramas the chop, including Salt Road, Tin Harbor, "
    "Glass Meadow, and Ember Lane.",
])
def test_a_governing_verb_names_every_item_of_its_list(sentence: str) -> None:
    facts = _facts(sentence)
    assert {(show, kind) for show, _, kind in facts} >= {
        ("Salt Road", "cancelled"), ("Tin Harbor", "cancelled"), ("Glass Meadow", "cancelled"),
        ("Ember Lane", "cancelled")}


def test_a_list_governed_by_the_verb_after_it() -> None:
    text = "The dramas Salt Road, Tin Harbor and Glass Meadow will not be coming back next year."
    assert {s for s, _, _ in _facts(text)} >= {"Salt Road", "Tin Harbor", "Glass Meadow"}


def test_an_ungoverned_or_cast_list_is_no_list_of_shows() -> None:
    spans = title_spans("We met Salt Road, Tin Harbor and Glass Meadow in town.")
    assert governed_lists("We met Salt Road, Tin Harbor and Glass Meadow in town.", spans,
                          lambda a, b: True) == []
    text = "The drama Salt Road was renewed, starring Dana Holt, Ben Ferris and Mia Lund."
    assert not {"Dana Holt", "Ben Ferris", "Mia Lund"} & set(discover_titles([text], ""))


def test_a_number_after_a_list_item_is_part_of_its_title() -> None:
    text = "The streamer has cancelled several shows, including Route 9, Tin Harbor and Ember Lane."
    facts = _facts(text)
    assert ("Route 9", None, "cancelled") in facts
    assert not any(show == "Route" for show, _, _ in facts)


def test_quoted_list_items_in_a_headline_share_its_verbs() -> None:
    title = ("ABC Renews 'Salt Road,' 'Tin Harbor' & 'Glass Meadow'; "
             "Cancels 'Ember Lane,' 'Sam's Diner' & 'Night Ferry'")
    facts = _facts("The network made its decisions for the coming television year today.", title)
    assert {(s, k) for s, _, k in facts} == {
        ("Salt Road", "renewed"), ("Tin Harbor", "renewed"), ("Glass Meadow", "renewed"),
        ("Ember Lane", "cancelled"), ("Sam's Diner", "cancelled"), ("Night Ferry", "cancelled")}


# --- headed sections ----------------------------------------------------------------------------


def test_heading_shapes() -> None:
    assert heading_of("#2 Salt Road (The CW)") is not None
    assert heading_of("#2 Salt Road (The CW)").title == "Salt Road"  # type: ignore[union-attr]
    bullet = heading_of("  • Tin Harbor: This legal drama was cancelled after two seasons.")
    assert bullet is not None and bullet.title == "Tin Harbor" and bullet.bulleted
    assert heading_of("Update: the network has not said anything yet.") is None
    assert heading_of("The network said on Monday that it would decide later.") is None
    assert unglue_lead("Glass MeadowA sure thing. Officially renewed.") == \
        "Glass Meadow: A sure thing. Officially renewed."


def test_a_scorecard_needs_a_run_of_title_lines() -> None:
    lines = ["Salt Road: A safe bet. Officially renewed.",
             "Tin Harbor: Too early to tell. Officially cancelled.",
             "Glass Meadow: Could go either way."]
    assert line_topics(lines) == ["Salt Road", "Tin Harbor", "Glass Meadow"]
    assert line_topics(["Salt Road: A safe bet.", "Then the network spoke."]) == [None, None]


def test_a_ranked_heading_is_the_subject_of_the_paragraph_under_it() -> None:
    text = ("Here is our list of the shows that will not be back next season.\n"
            "#1 Salt Road (The CW)\n"
            "The seventh and final season of the drama will premiere on May 20.\n"
            "#2 Tin Harbor (Fox)\n"
            "Fox cancelled the comedy a week after its freshman run ended in February.\n")
    facts = _facts(text, "These shows are ending")
    assert ("Salt Road", 7, "premiere") in facts
    assert ("Tin Harbor", 1, "cancelled") in facts
    assert [topic for _, topic in topical_lines(text)] == [None, "Salt Road", "Tin Harbor"]


def test_scorecard_lines_give_each_title_its_status() -> None:
    text = ("Our scorecard for the season follows.\n"
            "Salt Road: A safe bet. Officially renewed.\n"
            "Tin HarborA long shot. Officially cancelled.\n"
            "Glass Meadow: Could go either way. Officially renewed.\n")
    facts = _facts(text, "Renewal scorecard")
    assert {("Salt Road", "renewed"), ("Tin Harbor", "cancelled"),
            ("Glass Meadow", "renewed")} <= {(s, k) for s, _, k in facts}


def test_bulleted_entries_under_a_section() -> None:
    text = ("These series will not return next season.\n"
            "  • Salt Road: This legal drama from a veteran producer was cancelled after two "
            "seasons.\n"
            "  • Tin Harbor: The comedy was cancelled after one season.\n")
    facts = _facts(text, "Cancellations")
    assert ("Salt Road", 2, "cancelled") in facts
    assert ("Tin Harbor", 1, "cancelled") in facts


def test_a_season_given_to_a_show_belongs_to_it() -> None:
    facts = _facts("The broadcaster is also set to give a second season to its dating show, "
                   "Salt Road.")
    assert ("Salt Road", 2, "renewed") in facts


def test_two_titles_joined_by_and_before_a_plural_verb_are_two_shows() -> None:
    facts = _facts("The comedies Salt Road and Tin Harbor were cancelled on Friday.")
    assert {(s, k) for s, _, k in facts} == {("Salt Road", "cancelled"),
                                             ("Tin Harbor", "cancelled")}


def test_a_determiner_or_preposition_never_starts_a_title() -> None:
    title = "'Salt Road,' 'Tin Harbor' Among 4 Series Canceled by the Streamer"
    facts = _facts("The streamer has canceled Salt Road and Tin Harbor this week. Most were "
                   "cancelled after one season.", title)
    assert {s for s, _, _ in facts} == {"Salt Road", "Tin Harbor"}


def test_list_items_with_decorations_in_either_order() -> None:
    text = ("The channel also axed Glass Harbor (seen on Hulu) after 6 seasons, "
            "Salt Road seen on Bravo (after 3 seasons) and Tin Roof seen on Bravo.")
    assert {f[0] for f in _facts(text)} == {"Glass Harbor", "Salt Road", "Tin Roof"}


def test_a_list_of_shows_vouches_for_a_name_or_a_place_among_them() -> None:
    text = ("The network cancelled Glass Harbor, Marfa, Texas, Dana Wolfe and Salt Road "
            "this week.")
    assert {f[0] for f in _facts(text)} == {"Glass Harbor", "Salt Road", "Marfa, Texas",
                                            "Dana Wolfe"}
    # among names and places only, names stay people and places stay places
    assert _facts("The network cancelled Dana Wolfe, Marfa, Texas and Jane Okafor this "
                  "week.") == set()


def test_two_titles_with_an_aside_before_a_plural_verb_are_two_shows() -> None:
    facts = _facts("With Nightwarden and Keepers of the Tide, also seen on Bravo, were "
                   "also cancelled this month.")
    assert {f[0] for f in facts} == {"Nightwarden", "Keepers of the Tide"}


# --- the governed-list pre-check (issue 14) ----------------------------------------------------


def _decoration_calls(sentence: str) -> tuple[list[str], int]:
    """The titles ``discover_titles`` finds in ``sentence`` and how many spans it looked at
    as a list's items (calls of ``_decoration``, counted by a profile hook, not timed)."""
    import sys

    from monitor.extract import shows

    calls = 0

    def hook(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event == "call" and getattr(frame, "f_code", None) is shows._decoration.__code__:
            calls += 1

    sys.setprofile(hook)
    try:
        titles = discover_titles([sentence], "")
    finally:
        sys.setprofile(None)
    return titles, calls


@pytest.mark.parametrize("governor", [
    "renewed", "recommissioned", "CANCELLED", "axed", "scrapped", "killed off",
    "have already lost", "dropped", "picked up", "ordered", "brought back", "revived",
    "said goodbye to", "pulled the plug on", "green-lit", "is returning"])
def test_a_list_under_each_governing_word_is_read(governor: str) -> None:
    titles, calls = _decoration_calls(
        f"The network {governor} Salt Road, Tin Harbor and Glass Meadow this week.")
    assert {"Salt Road", "Tin Harbor", "Glass Meadow"} <= set(titles)
    assert calls >= 3


def test_a_sentence_without_a_governing_word_reads_no_list() -> None:
    titles, calls = _decoration_calls("We met Salt Road, Tin Harbor and Glass Meadow in town.")
    assert calls == 0
    assert not {"Salt Road", "Tin Harbor", "Glass Meadow"} & set(titles)


def test_no_governing_phrase_matches_where_the_pre_check_sees_no_stem() -> None:
    """``may_govern`` is a proof: on token soups of governing words in every case, plain words
    and punctuation, no text it rules out has a governing phrase before or after any place."""
    import random

    from monitor.extract import lists

    tokens = ("Renewed", "renews", "ReNeWaLs", "re-commissioned", "CANCELLATIONS", "cancels",
              "axe", "AXING", "Ax", "scraps", "kill", "off", "have", "'ve", "lost", "dropping",
              "picks", "up", "Ordered", "brought", "brings", "back", "Revived", "said",
              "goodbye", "to", "pulled", "the", "plug", "on", "boot", "chop", "Green-Lights",
              "returning", "Including", "Such", "as", "among", "them", "Namely", "victims",
              "will", "be", "coming", "ended", "ending", "return", "Salt", "Road", "Tin",
              "Harbor", "and", ",", ":", "—", "we", "met", "in", "town", "four", "shows", "a",
              "network", "series", "season", "this", "week", "not", "were", "all")
    rng = random.Random(14)
    ruled_out = 0
    for _ in range(3000):
        text = " ".join(rng.choices(tokens, k=rng.randint(1, 10)))
        if lists.may_govern(text):
            continue
        ruled_out += 1
        for place in range(len(text) + 1):
            assert lists._BEFORE_RE.search(text[:place]) is None, text
            assert lists._AFTER_RE.match(text[place:]) is None, text
    assert ruled_out > 200
    assert lists.may_govern("\u212aill off")  # the Kelvin sign: not ASCII, not ruled out
