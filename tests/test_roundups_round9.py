"""Round-ups and passing mentions (issue 10, round 9): the shows a round-up names once, as
items of a list a phrase governs, as entries under a heading, or in a clause of their own.
Every page and sentence here is invented for these tests; each page's facts are checked
exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import DatedRow, dated_rows, facts_of

from monitor.extract.lists import list_governor

PUBLISHED = dt.date(2031, 3, 14)


def _facts(text: str, headline: str = "Streaming cuts pile up") -> set[DatedRow]:
    return dated_rows(facts_of(text, headline, PUBLISHED, "https://news.example/roundup"))


# --- item 1: a list's governing phrase gives every item its status ---------------------------

@pytest.mark.parametrize("lead", [
    "At Hulu, we have already lost",
    "So far this year the streamer has already lost",
    "Netflix viewers have already said goodbye to",
])
@pytest.mark.parametrize("items", [
    ("Iron Lantern", "Glass Meridian: Low Tide", "North Quay"),
    ("2042", "Velvet Quarry", "Tin Harbor", "Lantern Bay"),
    ("Marrow Creek", "The Salt Orchard", "Glass Meridian", "Iron Sparrow", "North Quay"),
])
def test_a_loss_governs_every_item_of_its_list(lead: str, items: tuple[str, ...]) -> None:
    listed = ", ".join(items[:-1]) + ", and " + items[-1]
    # each show is named again in the article: evidence that it is a show (evidence.py)
    again = " ".join(f"{item} had a loyal following." for item in items)
    facts = _facts(f"{lead} {listed}. More cuts are expected in the spring.\n\n{again}")
    # a tally of three or more told as already made: this year's, month unknown
    date = "2031"
    assert facts == {(item, None, "cancelled", date) for item in items}


@pytest.mark.parametrize("lead", [
    "Among the shows that will not return:",
    "The series that won't return this fall:",
    "Three dramas are never returning:",
])
def test_a_lead_in_before_a_colon_governs_the_list_after_it(lead: str) -> None:
    # decorations on the items: a network in parentheses, a season
    facts = _facts(f"{lead} Paper Kingdom (Hulu), Night Ferry season 2 and Blue Anchor (ABC).")
    assert {(show, kind) for show, _, kind, _ in facts} == {
        ("Paper Kingdom", "cancelled"), ("Night Ferry", "cancelled"),
        ("Blue Anchor", "cancelled")}


def test_a_loss_of_one_show_or_of_other_things_is_no_cancellation() -> None:
    assert _facts("The drama has lost Jane Holt and Ann Lowe to a rival series.") == set()
    assert _facts("At Hulu, we have already lost Iron Lantern to a rival streamer.") == set()
    assert _facts("The show will not return to Prague, Vienna and Berlin for filming.") == set()


def test_the_vocabulary_keeps_its_own_trigger() -> None:
    # "cancelled" is in the vocabulary: the governing phrase adds no second event
    facts = _facts("The network cancelled Velvet Quarry, Iron Sparrow and Tin Roof on Friday.")
    assert {(show, kind) for show, _, kind, _ in facts} == {
        ("Velvet Quarry", "cancelled"), ("Iron Sparrow", "cancelled"), ("Tin Roof", "cancelled")}


def test_list_governor_reads_the_phrase_right_before_the_list() -> None:
    text = "Viewers of Hulu have already lost Iron Lantern, Glass Meridian and North Quay."
    found = list_governor(text, text.index("Iron"))
    assert found is not None
    kind, start, end = found
    assert kind == "cancelled" and text[start:end] == "have already lost"
    text = "Netflix has picked up Iron Lantern, Glass Meridian and North Quay."
    assert list_governor(text, text.index("Iron")) is None  # the vocabulary's own
    text = "We've already lost the plot of this week's episodes of Iron Lantern and North Quay."
    assert list_governor(text, text.index("Iron")) is None  # too far, not a list's lead


# --- item 2: a passing mention's own clause ------------------------------------------------

@pytest.mark.parametrize("aside", [
    "seen on Nova Plus (channel 104)",
    "now streaming on Hulu",
    "the family saga from Jane Holt",
])
def test_a_relative_status_clause_past_an_appositive_gives_the_name_its_fact(aside: str) -> None:
    facts = _facts(f"Fans will miss Glass Orchard, {aside}, which has been cancelled after "
                   "four seasons. The network has other plans.")
    assert facts == {("Glass Orchard", 4, "cancelled", "2031-03")}


def test_a_plural_relative_clause_is_the_whole_lists() -> None:
    facts = _facts("The new drama joins the Netflix dramas Salt Meadow and Harbor Nine, which "
                   "were renewed last month.")
    assert {(show, kind, date) for show, _, kind, date in facts} == {
        ("Salt Meadow", "renewed", "2031-02"), ("Harbor Nine", "renewed", "2031-02")}


def test_a_singular_relative_clause_stays_the_last_names() -> None:
    facts = _facts("The new drama joins the Netflix dramas Salt Meadow and Harbor Nine, which "
                   "was renewed last month.")
    assert {(show, kind) for show, _, kind, _ in facts} == {("Harbor Nine", "renewed")}


def test_a_relative_clause_without_a_status_verb_gives_nothing() -> None:
    assert _facts("Fans will miss Glass Orchard, seen on Nova Plus (channel 104), which starred "
                  "Jane Holt as a detective.") == set()


# --- item 3: a heading or a lead-in gives its status to the items under it -------------------

def _page(body: str, headline: str = "Where every network show stands this spring") -> str:
    return (f"<html><head><title>{headline}</title></head><body><h1>{headline}</h1>"
            f"<p>Here is where every series stands after the networks' decisions this week, "
            f"with the shows listed network by network.</p>{body}</body></html>")


def _page_facts(html: str) -> set[tuple[str, int | None, str, str]]:
    from monitor.ingest.text import extract_page_text

    page = extract_page_text(html, url="https://news.example/roundup")
    return {(f.show, f.season, f.kind, f.certainty)
            for f in facts_of(page.text, page.title, PUBLISHED, "https://news.example/roundup")}


BULLETED = _page(
    "<h2>Renewed</h2><ul>"
    "<li>Copper Lantern (season 3)</li>"
    "<li>The Salt Orchard – renewed in April</li>"
    "<li>Marrow Creek, from creator Dana Holt</li>"
    "<li><b>Glass Meridian</b>: a heist drama about twin sisters.</li>"
    "</ul><h2>Cancelled</h2><ul>"
    "<li>Tin Harbor (Netflix)</li>"
    "<li>Velvet Quarry – after two seasons</li>"
    "<li>Northern Sparrows: the family saga ends with season 2.</li>"
    "</ul>")


def test_a_status_heading_over_decorated_items() -> None:
    assert _page_facts(BULLETED) == {
        ("Copper Lantern", 3, "renewed", "confirmed"),
        ("The Salt Orchard", None, "renewed", "confirmed"),
        ("Marrow Creek", None, "renewed", "confirmed"),
        ("Glass Meridian", None, "renewed", "confirmed"),
        ("Tin Harbor", None, "cancelled", "confirmed"),
        ("Velvet Quarry", 2, "cancelled", "confirmed"),
        ("Northern Sparrows", 2, "cancelled", "confirmed"),
    }


def test_a_lead_in_with_a_colon_opens_a_section_and_an_items_own_verdict_wins() -> None:
    html = _page(
        "<p>The following shows have been cancelled:</p><ol>"
        "<li>Iron Sparrow (ABC)</li><li>Paper Kingdom – after one season</li>"
        "<li>North Quay — renewed for season 4 after all</li></ol>"
        "<p>These series are coming back:</p><ul>"
        "<li>Blue Anchor (Hulu)</li><li>Lantern Bay: the comedy returns in the fall.</li></ul>")
    assert _page_facts(html) == {
        ("Iron Sparrow", None, "cancelled", "confirmed"),
        ("Paper Kingdom", 1, "cancelled", "confirmed"),
        ("North Quay", 4, "renewed", "confirmed"),
        ("Blue Anchor", None, "renewed", "confirmed"),
        ("Lantern Bay", None, "renewed", "confirmed"),
        ("Lantern Bay", None, "premiere", "expected"),  # its own sentence: "returns in the fall"
    }


def test_a_hedged_heading_makes_its_items_guesses() -> None:
    html = _page("<h2>Likely to be cancelled</h2><ul><li>Iron Sparrow (ABC)</li>"
                 "<li>Paper Kingdom (Fox)</li><li>Blue Anchor (NBC)</li></ul>")
    assert _page_facts(html) == {
        ("Iron Sparrow", None, "cancelled", "speculative"),
        ("Paper Kingdom", None, "cancelled", "speculative"),
        ("Blue Anchor", None, "cancelled", "speculative"),
    }


@pytest.mark.parametrize("body", [
    # a cast under a lead-in with a status word
    "<p>Joining the new run are these returning actors:</p><ul><li>Jane Holt (Tokyo)"
    "</li><li>Ann Lowe (Berlin)</li><li>Dana Marsh (Oslo)</li></ul>",
    # scorecard verdict lines are no headings: the line under one is no item of it
    "<p>Tin Roof: Effectively cancelled</p><p>Night Ferry: TBA</p>"
    "<p>Blue Anchor: Premieres at midseason</p>",
    # one title under a heading is no list
    "<h2>Renewed</h2><p>Harbor Lights – a drama</p><p>The network's other dramas wait for "
    "their fate until May, when the upfronts come.</p>",
    # credits and people under a heading are no items
    "<h2>Cancelled</h2><p>Jane Holt/NBC</p><p>Dana Marsh – the star of the drama</p>"
    "<p>Jane Holt – photographed at the upfronts</p>",
    # a sentence the title opens is the sentence rules' to read
    "<h2>Cancelled</h2><p>Iron Sparrow, fittingly, was quick to find a new home at another "
    "network that picked it up.</p><p>Tin Harbor, meanwhile, had a big finale.</p>",
])
def test_lines_that_are_no_section_items(body: str) -> None:
    facts = _page_facts(_page(body))
    assert not any(show in {"Jane Holt", "Ann Lowe", "Dana Marsh", "Night Ferry", "Jane Holt/NBC",
                            "Blue Anchor", "Harbor Lights", "Iron Sparrow", "Tin Harbor"}
                   and kind in ("renewed", "cancelled") and certainty == "confirmed"
                   for show, _, kind, certainty in facts if show != "Tin Roof"), facts


# --- item 1, continued: the governing phrase on either side, the items' decorations ----------

_ITEMS = ("Copper Field", "Salt Road", "Tin Roof")


@pytest.mark.parametrize(("sentence", "kind"), [
    ("ABC has also said farewell to Copper Field, Salt Road and Tin Roof.", "cancelled"),
    ("ABC bid goodbye to Copper Field, Salt Road and Tin Roof this week.", "cancelled"),
    ("The casualties at ABC: Copper Field, Salt Road and Tin Roof.", "cancelled"),
    ("Copper Field, Salt Road and Tin Roof will not be back on ABC next season.", "cancelled"),
    ("Copper Field, Salt Road and Tin Roof did not make the cut at ABC.", "cancelled"),
    ("Copper Field, Salt Road and Tin Roof all got the axe at ABC.", "cancelled"),
    ("Renewals went to ABC's Copper Field, Salt Road and Tin Roof.", "renewed"),
    ("ABC renewed Copper Field – the network's top drama – as well as Salt Road and Tin Roof.",
     "renewed"),
])
def test_a_governing_phrase_before_or_after_the_list(sentence: str, kind: str) -> None:
    facts = _facts(sentence + "\n\nMore news on the network's schedule will follow next week.",
                   headline="ABC round-up: the network's spring decisions")
    assert {(show, k) for show, _, k, _ in facts} == {(item, kind) for item in _ITEMS}


def test_a_governed_list_gives_its_status_to_its_own_items_only() -> None:
    # "lost A and B" after which "renewing C and D" is another event
    facts = _facts("Fox has already lost Copper Field (Fox) and Salt Road (Fox) while renewing "
                   "Tin Roof (Fox) and Blue Anchor (Fox).")
    assert {(show, kind) for show, _, kind, _ in facts} == {
        ("Copper Field", "cancelled"), ("Salt Road", "cancelled"), ("Tin Roof", "renewed"),
        ("Blue Anchor", "renewed")}


def test_a_return_word_over_a_list_gives_no_renewal_of_its_own() -> None:
    # as often a premiere schedule's as a renewal tally (the sealed fold took two false
    # renewals from it): the sentence vocabulary decides
    facts = _facts("Among the returning ABC shows are Copper Field, Salt Road and Tin Roof.")
    assert not any(kind == "renewed" for _, _, kind, _ in facts)


# --- item 2, continued: a status in a name's own parenthesis is that name's ------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Copper Field (renewed in February) and Salt Road (cancelled last week) both air on ABC.",
     {("Copper Field", None, "renewed", "2031-02"), ("Salt Road", None, "cancelled", "2031-03")}),
    ("The ABC dramas Copper Field (renewed for a third season) and Salt Road (cancelled after "
     "one season) both shot in Toronto.",
     {("Copper Field", 3, "renewed", "2031-03"), ("Salt Road", 1, "cancelled", "2031-03")}),
    ("Fans of Copper Field (officially cancelled after two seasons on ABC) have a new show.",
     {("Copper Field", 2, "cancelled", "2031-03")}),
    ("ABC's Copper Field (which was renewed in January) leads the network's ratings.",
     {("Copper Field", None, "renewed", "2031-01")}),
])
def test_a_parenthesis_status_is_its_names_own(
        sentence: str, expected: set[tuple[str, int | None, str, str]]) -> None:
    assert _facts(sentence) == expected


def test_a_parenthesis_without_a_status_gives_nothing() -> None:
    assert _facts("Copper Field (the ABC drama) and Salt Road (a Fox comedy) both shot in "
                  "Toronto.") == set()


# --- item 1, continued: an elided verb after a negation ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "Copper Field (Hulu) won't be back, and neither will Salt Road (Hulu) or Tin Roof (Hulu).",
    "Copper Field (Hulu) was not renewed, nor were Salt Road (Hulu) and Tin Roof (Hulu).",
])
def test_neither_and_nor_carry_the_negated_status_to_the_list(sentence: str) -> None:
    facts = _facts(sentence)
    assert {(show, k) for show, _, k, _ in facts} == {(item, "cancelled") for item in _ITEMS}


# --- item 1, continued: where cancelled shows go, after the list that joins them -------------

@pytest.mark.parametrize("sentence", [
    "The network will soon decide which shows join Copper Field (ABC), Salt Road (ABC) and "
    "Tin Roof (ABC) in the TV graveyard.",
    "Copper Field (ABC) joins Salt Road (ABC) and Tin Roof (ABC) on the scrap heap.",
    "Copper Field (ABC), Salt Road (ABC) and Tin Roof (ABC) are among the casualties of the "
    "upfronts.",
])
def test_a_cancellation_destination_after_the_list(sentence: str) -> None:
    facts = _facts(sentence)
    assert {(show, k) for show, _, k, _ in facts} == {(item, "cancelled") for item in _ITEMS}


def test_joining_a_cast_is_no_destination() -> None:
    assert _facts("Jane Holt joins the casts of Copper Field (ABC) and Salt Road (ABC) in "
                  "Toronto.") == set()
