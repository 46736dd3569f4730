"""Titles kept without their facts (issue 10, round 10): the title is found, the event of its
kind is found, and the event goes to another show. Long titles named again in a shortened
form, a show referred to by what it is ("the legal drama") anywhere in its clause or at the
start of the next paragraph, a long title counted as many words by a trigger phrase, a
subtitle's colon read as a status line's, a hyphen bullet taken into a title. Every sentence
and title is invented for this test."""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_shows_kinds

from monitor.extract.sections import heading_of
from monitor.extract.shows import discover_titles, normalise_title

HEAD = "Glass Harbor Renewed for Season 3 at ABC"
LEAD = "ABC has renewed Glass Harbor for a third season. The drama drew strong ratings."


def _facts(body: str, headline: str = HEAD) -> set[tuple[str, str]]:
    return normalised_shows_kinds(facts_of(body, headline))


def _shows_with(kind: str, body: str, headline: str = HEAD) -> set[str]:
    return {show for show, k in _facts(body, headline) if k == kind}


# --- a long title named again in a shortened form ------------------------------------------


@pytest.mark.parametrize(("full", "short"), [
    ("Harbor Lights: The Next Tide", "The Next Tide"),  # its part after the colon
    ("Harbor Lights: The Next Tide", "Next Tide"),
    ("The Keepers of Amber Coast", "The Keepers"),  # its words before a connector
    ("The Long Road to Amber Falls", "The Long Road"),
    ("Nights in Copper Bay", "Nights"),  # one word: too little to tell (below)
])
@pytest.mark.parametrize("event", [
    "{S} has been cancelled after two seasons.",
    "NBC has cancelled {S} after two seasons.",
    "\n\nThe network has cancelled {S} after two seasons.",
])
def test_a_shortened_form_is_the_long_title(full: str, short: str, event: str) -> None:
    body = f"{LEAD}\n\nNBC's {full} drew small audiences this spring. " + event.format(S=short)
    cancelled = _shows_with("cancelled", body)
    if len(short.split()) == 1:
        assert cancelled == {normalise_title(short)}  # "Nights" may be another show
    else:
        assert cancelled == {normalise_title(full)}


@pytest.mark.parametrize(("body", "shows"), [
    # the part before the colon is the franchise's other show
    ("NBC renewed Harbor Lights: The Next Tide for a second season. Harbor Lights, the "
     "original series, was cancelled after five seasons.", {"harbor lights"}),
    # a form the text introduces as a show of its own
    ("NBC renewed Harbor Lights: The Next Tide for a second season. Next Tide, the unrelated "
     "CBS comedy, was cancelled after one season.", {"next tide"}),
    # a form named before the full title is no shortening of it
    ("NBC cancelled The Keepers after one season. Its creator has since sold The Keepers of "
     "Amber Coast, a drama, to HBO.", {"keepers"}),
])
def test_look_alike_forms_that_stay_their_own_show(body: str, shows: set[str]) -> None:
    assert _shows_with("cancelled", body, headline="") == shows


def test_a_headline_may_shorten_before_the_body_gives_the_full_title() -> None:
    facts = _facts("NBC has renewed Harbor Lights: The Next Tide for a second season.",
                   headline="'The Next Tide' Renewed for Season 2")
    assert facts == {("harbor lights the next tide", "renewed")}


# --- a show referred to by what it is ---------------------------------------------------------


@pytest.mark.parametrize("event", [
    "The legal drama was cancelled after two seasons.",  # a kind of show with its modifier
    "The NBC comedy was cancelled after two seasons.",
    "NBC announced on Friday that the drama has been cancelled after two seasons.",
    "Its network said in a statement on Friday that the series would not return.",
    # a new paragraph that opens on a reference after a paragraph about that one show
    "\n\nThe series was cancelled after two seasons.",
    "\n\nIt was cancelled after two seasons.",
])
def test_a_reference_goes_to_the_show_just_named(event: str) -> None:
    body = f"{LEAD}\n\nNBC's Red Kettle drew small audiences this spring. {event}"
    assert _shows_with("cancelled", body) == {"red kettle"}


@pytest.mark.parametrize(("body", "show"), [
    # "the other drama", "the new series": another show than the one just named
    (f"{LEAD} NBC's Red Kettle drew small audiences. NBC said on Friday that the other drama "
     "has been cancelled after two seasons.", "glass harbor"),
    # a paragraph ending on a show named in passing: its opening reference is the main show's
    (f"{LEAD} Its star Jane Doe was last seen in NBC's Red Kettle.\n\nThe series will "
     "premiere on June 4.", "glass harbor"),
])
def test_references_that_stay_with_the_main_show(body: str, show: str) -> None:
    kinds = {k for s, k in _facts(body) if s == "red kettle"}
    assert not kinds - {"renewed"}, kinds
    assert show in {s for s, k in _facts(body) if k != "renewed"}


# --- a long title is one name inside a trigger phrase ----------------------------------------


@pytest.mark.parametrize("sentence", [
    "A second season of {T} was ordered by NBC on Friday.",
    "NBC handed {T} a second season on Friday.",
    "NBC picked {T} up for a second season.",
    "Netflix has confirmed {T} season 2.",
])
@pytest.mark.parametrize("title", ["The Baker and the Beast", "The Long Road to Amber Falls",
                                   "Salt and the Sea"])
def test_a_long_title_inside_a_trigger_phrase(sentence: str, title: str) -> None:
    body = f"{LEAD}\n\nNBC's {title} drew strong ratings. " + sentence.format(T=title)
    assert normalise_title(title) in _shows_with("renewed", body)


# --- lines that look like status lines or headings ------------------------------------------


def test_a_subtitled_title_opening_a_sentence_is_no_status_line() -> None:
    body = "Meanwhile, NBC's Harbor Lights: The Next Tide has been renewed for a second season."
    assert _shows_with("renewed", body, headline="") == {"harbor lights the next tide"}
    assert "Meanwhile, NBC's Harbor Lights" not in discover_titles([body], "")


def test_a_hyphen_bullet_is_no_part_of_the_title() -> None:
    body = ("ABC renewed Glass Harbor for a third season.\n\n- Red Kettle: the comedy was "
            "cancelled after two seasons.\n- Salt Road: the drama was renewed.")
    facts = _facts(body, headline="")
    assert ("salt road", "renewed") in facts
    assert not {s for s, _ in facts} - {"glass harbor", "red kettle", "salt road"}, facts
    assert not any(t.startswith("-") for t in discover_titles(body.splitlines(), ""))


def test_a_lead_title_keeps_its_subtitle() -> None:
    heading = heading_of("- Harbor Lights: The Next Tide: the comedy was cancelled.")
    assert heading is not None and heading.title == "Harbor Lights: The Next Tide"
    # a status after the title is no subtitle; a sentence after the colon none either
    assert heading_of("• Tin Roof: Renewed: it returns in May.").title == "Tin Roof"  # type: ignore[union-attr]
    assert heading_of("• Tin Roof: A safe bet. Officially renewed.").title == "Tin Roof"  # type: ignore[union-attr]


# --- the bare verb after a decision -------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "shows"), [
    ("The network has decided to cancel Glass Harbor after two seasons.", {"glass harbor"}),
    ("NBC chose to cancel Red Kettle, sources said.", {"red kettle"}),
    ("ABC will cancel Glass Harbor at the end of the season.", {"glass harbor"}),
    ("Fans of Glass Harbor want to cancel their subscriptions.", set()),
    ("ABC chose not to cancel Glass Harbor.", set()),
])
def test_a_decision_to_cancel(sentence: str, shows: set[str]) -> None:
    assert _shows_with("cancelled", sentence, headline="") == shows


# --- a round-up's items, each under its own heading --------------------------------------------

_ITEMS = ["The Long Road to Amber Falls", "Red Kettle", "Harbor Lights: The Next Tide",
          "The Keepers of Amber Coast"]


@pytest.mark.parametrize("layout", [
    "{T}\n\nThe drama was cancelled after two seasons. Its cast thanked fans.",  # markup lost
    "{T} (NBC)\n\nThe drama was cancelled after two seasons.",
    "“{T}”\n\nThe drama was cancelled after two seasons.",
    "{n}. {T}\n\nThe drama was cancelled after two seasons.",  # a rank, a subtitled title
    "{T} — The drama was cancelled after two seasons.",  # a title and a dash leading its line
])
def test_each_round_up_item_under_its_own_heading(layout: str) -> None:
    body = "Here are the shows that will not return.\n\n" + "\n\n".join(
        layout.format(T=t, n=n) for n, t in enumerate(_ITEMS, 1))
    assert _shows_with("cancelled", body, headline="Every Show Cancelled in 2024") == {
        normalise_title(t) for t in _ITEMS}


@pytest.mark.parametrize("body", [
    # an explainer's subheads over text that speaks of no show under them
    "Glass Harbor Season 3\n\nNetflix renewed Glass Harbor in May.\n\nRelease Date\n\nNetflix "
    "has not announced a release date for the new season.\n\nThe Cast\n\nThe cast includes "
    "Jane Doe and John Roe, who both return.",
    # one lone heading is no round-up
    "Red Kettle\n\nThe drama was cancelled after two seasons, its network said on Monday.",
])
def test_subheads_that_head_no_show(body: str) -> None:
    shows = {s for s, _ in _facts(body, headline="Glass Harbor: Everything We Know")}
    assert shows <= {"glass harbor"}, shows


def test_shows_in_general_are_no_event_of_the_main_show() -> None:
    body = ("ABC has renewed Glass Harbor for a third season. Here are the shows that will not "
            "return next season.")
    assert _facts(body) == {("glass harbor", "renewed")}


@pytest.mark.parametrize(("sentence", "shows"), [
    # a title that asks ends a statement: the "?" is the title's
    ("Sources say the network chose to cancel Maybe Who? The cast was told on Friday.",
     {"maybe who"}),
    ("NBC has cancelled the comedy What Would Jane Do? after two seasons.",
     {"what would jane do"}),
    # a question stays a question
    ("Will ABC cancel Maybe Who? Fans hope not.", set()),
    ("Has ABC cancelled Glass Harbor? Fans hope not.", set()),
    ("ABC has cancelled Glass Harbor? Fans doubt it.", set()),
])
def test_a_title_that_asks(sentence: str, shows: set[str]) -> None:
    assert _shows_with("cancelled", sentence, headline="") == shows
