"""Round-up sections (issue 10, round 14): what a short line above a paragraph says of it.

Whole invented round-up articles: a show's title alone on a line over the paragraph that
speaks of it; a status heading ("Returning favourites", "Cancelled", "Netflix renewals") over
prose whose sentences list shows with no status word of their own; and controls where a short
line is a byline, a credit, a "Related" line or a label, or where the prose under a status
heading says something else of the shows it lists. Every page, sentence and title here is
invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import DatedRow, dated_rows, facts_of

from monitor.extract.sections import plain_headings, status_sections

PUBLISHED = dt.date(2031, 5, 14)


def _facts(text: str, headline: str = "The week in TV") -> set[DatedRow]:
    return dated_rows(facts_of(text, headline, PUBLISHED, "https://news.example/week"))


def _kinds(text: str, headline: str = "The week in TV") -> set[tuple[str, str]]:
    return {(show, kind) for show, _, kind, _ in _facts(text, headline)}


def _certainties(text: str, headline: str = "The week in TV") -> set[tuple[str, str, str]]:
    return {(f.show, f.kind, f.certainty) for f in facts_of(text, headline, PUBLISHED)}


INTRO = "The networks settled the fate of their dramas this week, with a few surprises.\n\n"

# --- a show's title alone on a line, over the paragraph about it ------------------------------

_TITLE_HEADED = {
    "a pronoun": (
        "Glass Meridian\n\nSadly, it has been cancelled after two seasons.\n\n"
        "Harrow Lane\n\nIts third season premieres on June 6.\n\n",
        {("Glass Meridian", 2, "cancelled"), ("Harrow Lane", 3, "premiere")}),
    "no reference at all": (
        "Glass Meridian\n\nFans will have to wait: its second season arrives in the autumn.\n\n"
        "Harrow Lane\n\nSadly, it has been cancelled.\n\n"
        "The Copper Coast\n\nThe network renewed it for a fourth season on Monday.\n\n",
        {("Harrow Lane", None, "cancelled"), ("The Copper Coast", 4, "renewed")}),
    "a premiere-date label after the title": (
        "Glass Meridian (Season 2) Premiere Date\n\n"
        "The wait is nearly over: the new season premieres on June 6 on Netflix.\n\n"
        "Harrow Lane Release Date\n\nIt returns on June 13 on Hulu.\n\n",
        {("Glass Meridian", "premiere"), ("Harrow Lane", "premiere")}),
}


@pytest.mark.parametrize(("body", "expected"), _TITLE_HEADED.values(), ids=list(_TITLE_HEADED))
def test_a_title_alone_on_its_line_is_the_subject_of_the_paragraph_under_it(
        body: str, expected: set[tuple[object, ...]]) -> None:
    found = _facts(INTRO + body)
    if all(len(e) == 2 for e in expected):
        assert expected <= {(show, kind) for show, _, kind, _ in found}
    else:
        assert expected <= {(show, season, kind) for show, season, kind, _ in found}


@pytest.mark.parametrize("heading", [
    "By Jane Holt", "Photo Credit", "Related Stories", "Read More", "Jane Holt/Kestrel",
])
def test_a_byline_a_credit_or_a_label_heads_no_show(heading: str) -> None:
    body = (f"{heading}\n\nSadly, it has been cancelled after two seasons.\n\n"
            "Glass Meridian\n\nIts third season premieres on June 6.\n\n"
            "Harrow Lane\n\nSadly, it has been cancelled.\n\n")
    assert heading not in {show for show, _ in _kinds(INTRO + body)}


@pytest.mark.parametrize("heading", ["By Jane Holt", "Photo Credit", "Jane Holt/Kestrel"])
def test_a_byline_or_a_credit_is_no_plain_heading_even_over_an_event(heading: str) -> None:
    lines = [heading, "Sadly, it has been cancelled after two seasons.",
             "Glass Meridian", "Its third season premieres on June 6."]
    assert plain_headings(lines, lambda sentence: True) == {}


def test_a_paragraph_naming_its_own_show_is_not_the_heading_s() -> None:
    # the title line above a paragraph that names another show heads nothing
    body = ("Our Picks\n\nThe network renewed Salt Road for a fourth season on Monday.\n\n"
            "Weekend Viewing\n\nSalt Road also premieres its new season on June 6.\n\n")
    kinds = _kinds(INTRO + body)
    assert not {show for show, _ in kinds} & {"Our Picks", "Weekend Viewing"}
    assert ("Salt Road", "renewed") in kinds


def test_a_lone_title_line_is_no_round_up() -> None:
    # one title heading is an explainer's subhead, not a round-up's entry
    body = "Release Window\n\nIt returns on June 13 on Hulu.\n\n"
    assert not _kinds(INTRO + body)


# --- a status heading over prose lists --------------------------------------------------------

_STATUS_HEADED = {
    "returning favourites": (
        "Returning favourites\n\nViewers will be glad to see Glass Meridian, Harrow Lane, "
        "The Copper Coast and Night Ferry on the schedule again.\n\n",
        "renewed", ("Glass Meridian", "Harrow Lane", "The Copper Coast", "Night Ferry")),
    "cancelled": (
        "Cancelled\n\nLess fortunate were Paper Lanterns, Dust Orchard and Quiet Rooms, which "
        "did not find an audience.\n\n",
        "cancelled", ("Paper Lanterns", "Dust Orchard", "Quiet Rooms")),
    "not coming back, items with networks": (
        "Not coming back\n\nThe list this year takes in Paper Lanterns (NBC), Dust Orchard "
        "(Hulu) and Quiet Rooms (Netflix), to the dismay of their fans.\n\n",
        "cancelled", ("Paper Lanterns", "Dust Orchard", "Quiet Rooms")),
    "a network's renewals": (
        "Netflix renewals\n\nThe streamer will keep Glass Meridian, Harrow Lane and Night Ferry "
        "on its books for at least another year, its chief said.\n\n",
        "renewed", ("Glass Meridian", "Harrow Lane", "Night Ferry")),
    "what's coming back, a second paragraph": (
        "What's coming back\n\nThe network made its decisions on Monday after a long wait.\n\n"
        "Fans of the long-running shows can look forward to more of Glass Meridian, "
        "Harrow Lane and Night Ferry next year.\n\n",
        "renewed", ("Glass Meridian", "Harrow Lane", "Night Ferry")),
}


@pytest.mark.parametrize(("body", "kind", "shows"), _STATUS_HEADED.values(),
                         ids=list(_STATUS_HEADED))
def test_a_status_heading_governs_the_lists_of_the_prose_under_it(
        body: str, kind: str, shows: tuple[str, ...]) -> None:
    assert {(show, kind) for show in shows} <= _kinds(INTRO + body)


def test_a_hedged_heading_makes_its_list_speculative() -> None:
    body = ("Likely to be cancelled\n\nThe numbers look grim for Paper Lanterns, Dust Orchard "
            "and Quiet Rooms at this point.\n\n")
    assert {(show, "cancelled", "speculative") for show in
            ("Paper Lanterns", "Dust Orchard", "Quiet Rooms")} <= _certainties(INTRO + body)


def test_a_mixed_layout_gives_each_section_its_own_status() -> None:
    body = ("Renewed\n\nSafe for another year are Glass Meridian, Harrow Lane and Night Ferry, "
            "all of them hits.\n\n"
            "Cancelled\n\nOut of luck are Paper Lanterns, Dust Orchard and Quiet Rooms, to "
            "nobody's surprise.\n\n"
            "The Copper Coast\n\nThe network renewed it for a fourth season on Monday.\n\n"
            "Tin Roof\n\nSadly, it has been cancelled after two seasons.\n\n")
    kinds = _kinds(INTRO + body, "Every verdict of the season")
    assert {("Glass Meridian", "renewed"), ("Harrow Lane", "renewed"), ("Night Ferry", "renewed"),
            ("Paper Lanterns", "cancelled"), ("Dust Orchard", "cancelled"),
            ("Quiet Rooms", "cancelled"), ("The Copper Coast", "renewed"),
            ("Tin Roof", "cancelled")} <= kinds
    assert ("Glass Meridian", "cancelled") not in kinds
    assert ("Paper Lanterns", "renewed") not in kinds


_STATUS_CONTROLS = {
    "the list's own verb": (
        "Renewed\n\nHits like Glass Meridian, Harrow Lane and Night Ferry are taking a long "
        "break after this spring.\n\n"),
    "a cast": (
        "Renewed\n\nThe drama's cast includes Jane Holt, Mark Fenwick and Ada Brill, who all "
        "return.\n\n"),
    "networks": (
        "Cancelled\n\nThe decisions came from Netflix, Hulu and NBC in a single week.\n\n"),
    "a heading naming both statuses": (
        "Renewed and cancelled shows\n\nViewers will be glad to see Glass Meridian, Harrow "
        "Lane and Night Ferry on the schedule.\n\n"),
    "a label, not a status": (
        "Streaming picks\n\nOur critics liked Glass Meridian, Harrow Lane and Night Ferry "
        "this week.\n\n"),
    "a new heading ends the section": (
        "Cancelled\n\nPaper Lanterns has been cancelled after one season.\n\n"
        "Weekend viewing\n\nOur critics liked Glass Meridian, Harrow Lane and Night Ferry "
        "this week.\n\n"),
}


@pytest.mark.parametrize("body", _STATUS_CONTROLS.values(), ids=list(_STATUS_CONTROLS))
def test_what_a_status_heading_does_not_govern(body: str) -> None:
    kinds = _kinds(INTRO + body)
    listed = {"Glass Meridian", "Harrow Lane", "Night Ferry", "Jane Holt", "Mark Fenwick",
              "Ada Brill", "Netflix", "Hulu", "NBC"}
    assert not {show for show, _ in kinds} & listed


def test_status_sections_run_to_the_next_short_line() -> None:
    lines = ["Returning favourites", "Viewers will be glad to see them again.",
             "More paragraphs follow here, with news.", "Photo Credit",
             "Another paragraph about something else."]
    assert status_sections(lines) == [None, ("renewed", "confirmed"), ("renewed", "confirmed"),
                                      None, None]
    assert status_sections(["Likely to be renewed", "The numbers look good this year."]) == [
        None, ("renewed", "speculative")]
    assert status_sections(["Glass Meridian renewed", "The numbers look good this year."]) == [
        None, None]


# --- a governed list shows its items to be shows ------------------------------------------------

@pytest.mark.parametrize(("sentence", "kind"), [
    ("Among the shows renewed were Glass Meridian, Harrow Lane and Night Ferry.", "renewed"),
    ("The cancellations include Glass Meridian, Harrow Lane and Night Ferry.", "cancelled"),
    ("Glass Meridian (NBC), Harrow Lane and Night Ferry were all cancelled.", "cancelled"),
])
def test_a_list_a_status_governs_shows_every_item_to_be_a_show(sentence: str, kind: str
                                                                ) -> None:
    assert {(show, kind) for show in ("Glass Meridian", "Harrow Lane", "Night Ferry")} <= \
        _kinds(INTRO + sentence)


@pytest.mark.parametrize("sentence", [
    "The studio cancelled the films Glass Meridian, Harrow Lane and Night Ferry.",
    "The publisher cancelled the novels Glass Meridian, Harrow Lane and Night Ferry.",
    "Among the renewals are the podcasts Glass Meridian, Harrow Lane and Night Ferry.",
    "The festival renewed its deals with Glass Meridian, Harrow Lane and Night Ferry.",
])
def test_a_list_of_other_things_stays_unshown(sentence: str) -> None:
    assert not _kinds(INTRO + sentence)


# --- a title heading's season note and premiere label -----------------------------------------

_LABELLED = {
    "a sentence referring back": (
        "Glass Meridian (Season 2) Premiere\n\nThe drama is back on June 6.\n\n"
        "Harrow Lane (Season 3) Premiere\n\nThe thriller returns June 13.\n\n"),
    "a bare date line": (
        "Glass Meridian (Season 2) Premiere\n\nFriday, June 6 on Netflix\n\n"
        "Harrow Lane (Season 3) Premiere\n\nFriday, June 13 on Hulu\n\n"),
}


@pytest.mark.parametrize("body", _LABELLED.values(), ids=list(_LABELLED))
def test_a_title_heading_s_season_note_and_premiere_label_reach_the_lines_under_it(
        body: str) -> None:
    found = _facts("Here is what is arriving on the services this summer.\n\n" + body,
                   "What's new on streaming")
    assert {("Glass Meridian", 2, "premiere", "2031-06-06"),
            ("Harrow Lane", 3, "premiere", "2031-06-13")} <= found


def test_a_season_note_is_the_heading_show_s_only() -> None:
    # a sentence naming its own show and season keeps them
    body = ("Glass Meridian (Season 2) Premiere\n\nThe drama is back on June 6.\n\n"
            "Harrow Lane (Season 3) Premiere\n\nSalt Road season 5 also returns June 13.\n\n")
    found = _facts("Here is what is arriving on the services this summer.\n\n" + body,
                   "What's new on streaming")
    assert ("Salt Road", 5, "premiere", "2031-06-13") in found
    assert not any(show == "Salt Road" and season == 3 for show, season, _, _ in found)


def test_a_date_line_under_an_unlabelled_title_is_no_premiere() -> None:
    body = ("Glass Meridian (Season 2)\n\nFriday, June 6 on Netflix\n\n"
            "Harrow Lane (Season 3)\n\nFriday, June 13 on Hulu\n\n")
    assert not _kinds("Our critics' notes on the week.\n\n" + body, "Critics' notes")
