"""Round-ups (issue 10, round 13): every show of a scorecard, a list or a headed layout.

An invented grid of round-up layouts, each with the facts it must give, and controls that must
give none. Every page, sentence and title here is invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import DatedRow, dated_rows, facts_of

from monitor.extract.lists import semicolon_list_as_commas

PUBLISHED = dt.date(2031, 5, 14)
SHOWS = ("Glass Meridian", "Tin Harbor", "The Salt Orchard")
NETWORKS = ("Netflix", "NBC", "Hulu")


def _facts(text: str, headline: str = "The week in TV") -> set[DatedRow]:
    return dated_rows(facts_of(text, headline, PUBLISHED, "https://news.example/week"))


def _kinds(text: str, headline: str = "The week in TV") -> set[tuple[str, str]]:
    return {(show, kind) for show, _, kind, _ in _facts(text, headline)}


# --- semicolons between a list's items ----------------------------------------------------------

_PAIRS = list(zip(SHOWS, NETWORKS, strict=True))
_ITEMS = {
    "network in parentheses": [f"{show} ({net})" for show, net in _PAIRS],
    "network's possessive": [f"{net}'s {show}" for show, net in _PAIRS],
    "quoted": [f"“{show}”" for show in SHOWS],
}


@pytest.mark.parametrize("items", _ITEMS.values(), ids=list(_ITEMS))
@pytest.mark.parametrize(("frame", "kind"), [
    ("{L} were all cancelled this week.", "cancelled"),
    ("The networks cancelled {L} this week.", "cancelled"),
    ("Also getting the axe: {L}.", "cancelled"),
    ("Renewed this week: {L}.", "renewed"),
    ("{L} have all been renewed.", "renewed"),
])
def test_a_semicolon_list_is_governed_like_a_comma_list(frame: str, kind: str,
                                                         items: list[str]) -> None:
    listed = "; ".join(items[:-1]) + "; and " + items[-1]
    text = "Here is the week in TV.\n\n" + frame.format(L=listed)
    assert _kinds(text) == {(show, kind) for show in SHOWS}


def test_semicolons_between_clauses_stay() -> None:
    # clauses, not items: nothing changes, and each clause keeps its own status
    sentence = "Glass Meridian was renewed; Tin Harbor will end in May; fans are upset."
    assert semicolon_list_as_commas(sentence) == sentence
    text = "Netflix renewed Glass Meridian for season 2; Tin Harbor (NBC) will not return; " \
        "The Salt Orchard (Hulu) premieres in June."
    assert ("Glass Meridian", "cancelled") not in _kinds(text)
    # two items only: no run of a list
    assert semicolon_list_as_commas("Renewed: Glass Meridian; Tin Harbor.") == \
        "Renewed: Glass Meridian; Tin Harbor."


def test_a_semicolon_list_keeps_every_position() -> None:
    sentence = "Cancelled: Glass Meridian (NBC); Tin Harbor (Fox); and The Salt Orchard (ABC)."
    read = semicolon_list_as_commas(sentence)
    assert read == sentence.replace(";", ",") and len(read) == len(sentence)


# --- "Title on Network" items ---------------------------------------------------------------------

@pytest.mark.parametrize(("frame", "kind"), [
    ("The networks cancelled {L} this week.", "cancelled"),
    ("{L} were all cancelled.", "cancelled"),
    ("Renewed this week: {L}.", "renewed"),
    ("Streamers also renewed {L}.", "renewed"),
    ("This week brought cancellations for {L}.", "cancelled"),
])
def test_items_with_their_network_after_on_are_one_list(frame: str, kind: str) -> None:
    items = [f"{show} on {net}" for show, net in _PAIRS]
    listed = ", ".join(items[:-1]) + " and " + items[-1]
    assert _kinds("Here is the week in TV.\n\n" + frame.format(L=listed)) == {
        (show, kind) for show in SHOWS}


def test_on_a_day_or_a_lower_case_place_is_no_network_decoration() -> None:
    # the verb governs what it names: a show named later in another clause is not an item
    text = "Netflix cancelled Glass Meridian on Friday, and viewers on social media " \
        "turned to Tin Harbor instead."
    assert ("Tin Harbor", "cancelled") not in _kinds(text)


# --- status lines that name several shows -------------------------------------------------------

@pytest.mark.parametrize("joint", [", ", " and "])
def test_a_status_line_of_several_shows_gives_each_its_status_and_no_joined_title(
        joint: str) -> None:
    text = (f"The state of things.\n\nNBC\nRenewed: Glass Meridian{joint}Tin Harbor\n"
            f"Cancelled: Night Ferry{joint}Paper Kingdom")
    kinds = _kinds(text, "TV renewals and cancellations 2031")
    assert kinds == {("Glass Meridian", "renewed"), ("Tin Harbor", "renewed"),
                     ("Night Ferry", "cancelled"), ("Paper Kingdom", "cancelled")}


# --- a scorecard's items that name their network first ------------------------------------------

def test_a_network_before_a_section_item_is_its_home_not_its_title() -> None:
    text = ("The state of things.\n\nRenewed\nNetflix Glass Meridian\nNBC Tin Harbor\n"
            "Apple TV+ Velvet Quarry\n\nCancelled\nSky Atlantic Night Ferry\nHulu Paper Kingdom")
    assert _kinds(text, "TV renewals and cancellations 2031") == {
        ("Glass Meridian", "renewed"), ("Tin Harbor", "renewed"), ("Velvet Quarry", "renewed"),
        ("Night Ferry", "cancelled"), ("Paper Kingdom", "cancelled")}


def test_a_network_word_that_opens_titles_stays_the_title_s() -> None:
    # "Global", "History", "Nine" are networks' names and the first words of titles
    text = "The state of things.\n\nRenewed\nGlobal Harbor\nHistory Lessons\nNine Lives Left"
    assert _kinds(text, "TV renewals and cancellations 2031") == {
        ("Global Harbor", "renewed"), ("History Lessons", "renewed"),
        ("Nine Lives Left", "renewed")}


# --- premiere lists whose items carry their season ----------------------------------------------

def test_each_quoted_item_keeps_the_season_in_its_own_parentheses() -> None:
    text = ("Here is the week in TV.\n\nComing back in June are “Glass Meridian” (Season 2), "
            "“Tin Harbor” (Season 4) and “Velvet Quarry” (Season 3).")
    assert _facts(text) == {("Glass Meridian", 2, "premiere", "2031-06"),
                            ("Tin Harbor", 4, "premiere", "2031-06"),
                            ("Velvet Quarry", 3, "premiere", "2031-06")}


_DATED_ITEMS = {
    "note then date": "New seasons in June: Glass Meridian (Season 2) on June 3, Tin Harbor "
                      "(Season 4) on June 10 and Velvet Quarry (Season 3) on June 24.",
    "date inside the note": "Returning in June: Glass Meridian (Season 2, June 3), Tin Harbor "
                            "(Season 4, June 10), Velvet Quarry (Season 3, June 24).",
    "season then date": "Also premiering in June are Glass Meridian season 2 (June 3), Tin "
                        "Harbor season 4 (June 10) and Velvet Quarry season 3 (June 24).",
}


@pytest.mark.parametrize("sentence", _DATED_ITEMS.values(), ids=list(_DATED_ITEMS))
def test_an_inline_premiere_list_gives_each_item_its_season_and_date(sentence: str) -> None:
    assert _facts("Here is the week in TV.\n\n" + sentence) == {
        ("Glass Meridian", 2, "premiere", "2031-06-03"),
        ("Tin Harbor", 4, "premiere", "2031-06-10"),
        ("Velvet Quarry", 3, "premiere", "2031-06-24")}


@pytest.mark.parametrize(("heading", "date"), [
    ("Coming in June", "2031-06"), ("New seasons this month", "2031-05"),
    # "the week of June 9" tells a week, no day: its month (round 36, r36dates: no day the
    # text does not give; round 13 read June 9 itself)
    ("June premieres", "2031-06"), ("Returning the week of June 9", "2031-06"),
])
@pytest.mark.parametrize("quote", ["", "“"])
def test_an_arrival_heading_dates_the_season_items_under_it(heading: str, date: str,
                                                           quote: str) -> None:
    close = "”" if quote else ""
    text = (f"Here is what is ahead.\n\n{heading}\n{quote}Glass Meridian{close} (Season 2)\n"
            f"{quote}Tin Harbor{close} (Season 4)\n{quote}Velvet Quarry{close} (Season 3)")
    assert _facts(text) == {("Glass Meridian", 2, "premiere", date),
                            ("Tin Harbor", 4, "premiere", date),
                            ("Velvet Quarry", 3, "premiere", date)}


@pytest.mark.parametrize("text", [
    # what leaves a service is no premiere
    "Here is what is ahead.\n\nLeaving in June\nGlass Meridian (Season 2)\nTin Harbor (Season 4)",
    # a cast under an arrival heading: people, not shows
    "Here is what is ahead.\n\nComing in June\nJane Holt (Mara)\nAnn Lowe (Tess)\nMark Dunn (Hal)",
    # a heading with a title in it is no arrival heading
    "Here is what is ahead.\n\nGlass Meridian in June\nThe cast gathers for a table read.",
])
def test_no_premieres_from_what_is_not_an_arrival_list(text: str) -> None:
    assert {kind for _, _, kind, _ in _facts(text)} <= {"renewed"} - {"renewed"}


def test_a_list_lead_in_before_a_colon_is_no_part_of_the_first_title() -> None:
    text = ("Here is the week in TV.\n\nReturning in June: Glass Meridian (Season 2, June 3), "
            "Tin Harbor (Season 4, June 10).")
    assert {show for show, *_ in _facts(text)} == {"Glass Meridian", "Tin Harbor"}


# --- a counted plural, then the sentence that lists them --------------------------------------

_ITEMS_WITH_HOMES = "Glass Meridian (NBC), Tin Harbor (Fox) and Velvet Quarry (ABC)"


@pytest.mark.parametrize("count", ["a handful of its dramas", "a trio of comedies",
                                   "three of its series", "a few shows"])
@pytest.mark.parametrize("follow", ["The list: {L}.", "Among them were {L}.",
                                    "Those comedies are {L}.", "The shows are {L}."])
def test_the_sentence_after_a_counted_decision_lists_its_shows(count: str, follow: str) -> None:
    text = f"Here is the week in TV.\n\nThe network has cancelled {count}. " + \
        follow.format(L=_ITEMS_WITH_HOMES)
    assert _kinds(text) == {("Glass Meridian", "cancelled"), ("Tin Harbor", "cancelled"),
                            ("Velvet Quarry", "cancelled")}


@pytest.mark.parametrize("text", [
    # no counted shows before the list: the list is no decision's
    "Here is the week in TV.\n\nThe Emmy list: " + _ITEMS_WITH_HOMES + ".",
    # a list of people after a show's renewal
    "Here is the week in TV.\n\nNBC renewed three of its dramas. The list of guest stars: "
    "Jane Holt, Ann Lowe and Mark Dunn.",
])
def test_a_list_with_no_counted_decision_before_it_gives_nothing(text: str) -> None:
    assert _facts(text) == set()
