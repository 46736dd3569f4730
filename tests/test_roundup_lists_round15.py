"""Round-ups whose shows stand in a prose list with no status word (issue 10, round 15).

A round-up's headline or lead sentence counts a decision ("Kestrel renews four dramas",
"Harbor TV cancelled three of its comedies on Friday.") and a later sentence names the shows
it counts in a list of its own words ("A, B, C and D will all be on the schedule again"): the
list takes the decision (``list.counted_decision``). Controls: a cast in such an article, the
shows a round-up says were left out, a list longer or shorter than the count (a shorter one
was as often another list, round 15's sealed measurement), a headline that counts nothing or
decides two things, and prose under a counted headline that lists no shows. Every
page, sentence and title here is invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_row, facts_of, make_article, shows_kinds

from monitor.extract import rules
from monitor.extract.facts import counted_decision, extract_facts

PUBLISHED = dt.date(2031, 5, 14)


def _kinds(text: str, headline: str) -> set[tuple[str, str]]:
    return shows_kinds(facts_of(text, headline, PUBLISHED, "https://news.example/roundup"))


# --- the decision a counted plural states ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Kestrel renews four dramas for another year", ("renewed", 4)),
    ("Three comedies cancelled at Harbor TV", ("cancelled", 3)),
    ("Northway has axed both its new series", ("cancelled", 2)),
    ("Harbor TV renews 5 shows", ("renewed", 5)),
    ("Kestrel renews several dramas", None),  # no bound on the list
    ("Kestrel renews two dramas, cancels three comedies", None),  # which is which: elsewhere
    ("Kestrel renews Glass Harbor", None),  # no count
    ("Four new dramas coming to Kestrel", None),  # no decision
])
def test_counted_decision(text: str, expected: tuple[str, int] | None) -> None:
    assert counted_decision(text) == expected


# --- whole round-ups: the counted shows listed in the body ------------------------------------

_LISTED = {
    "headline count, the list's own paraphrase": (
        "Kestrel renews four dramas for another year",
        "The streamer made its picks on Monday after a strong spring.\n\n"
        "Glass Harbor, Tin Roof, Copper Field and Salt Road will all be on the schedule again "
        "next year.",
        {("Glass Harbor", "renewed"), ("Tin Roof", "renewed"), ("Copper Field", "renewed"),
         ("Salt Road", "renewed")}),
    "headline count, a copula list": (
        "Harbor Network cancels three comedies",
        "The network's bosses made the call on Friday.\n\n"
        "The unlucky shows are Paper Lanterns, Quiet Acres and Dune Street.",
        {("Paper Lanterns", "cancelled"), ("Quiet Acres", "cancelled"),
         ("Dune Street", "cancelled")}),
    "headline count, the list in the lead paragraph": (
        "Northway renews three shows",
        "Northway made its decisions on Tuesday. Velvet Orchard, Lantern Hill and Fog Island "
        "made the grade, the network said.",
        {("Velvet Orchard", "renewed"), ("Lantern Hill", "renewed"), ("Fog Island", "renewed")}),
    "a lead sentence's count over the next sentence": (
        "A quiet week at Kestrel",
        "Kestrel renewed four of its dramas on Monday. Glass Harbor, Tin Roof, Copper Field and "
        "Salt Road made the cut.",
        {("Glass Harbor", "renewed"), ("Tin Roof", "renewed"), ("Copper Field", "renewed"),
         ("Salt Road", "renewed")}),
    "a lead sentence's cancellation over the next paragraph": (
        "Harbor TV clears its slate",
        "Harbor TV cancelled three of its comedies on Friday.\n\n"
        "Paper Lanterns, Quiet Acres and Dune Street will end with their current seasons.",
        {("Paper Lanterns", "cancelled"), ("Quiet Acres", "cancelled"),
         ("Dune Street", "cancelled")}),
}


@pytest.mark.parametrize(("headline", "body", "expected"), _LISTED.values(), ids=list(_LISTED))
def test_counted_decision_governs_its_list(headline: str, body: str,
                                           expected: set[tuple[str, str]]) -> None:
    assert expected <= _kinds(body, headline)


def test_the_rule_is_named_in_the_explanation() -> None:
    headline, body, _ = _LISTED["headline count, a copula list"]
    article = make_article(body, headline, PUBLISHED, "https://news.example/roundup")
    with rules.tracing() as trace:
        extract_facts(article)
    assert any("list.counted_decision" in event.rules for event in trace.events)


# --- controls: what a counted decision does not govern ----------------------------------------

_NOT_LISTED = {
    "a cast": (
        "Kestrel renews three dramas",
        "The three dramas feature Nora Lorne, Tom Vask and Edda Pell among their leads.",
        {"Nora Lorne", "Tom Vask", "Edda Pell"}),
    "the shows left out, after a question": (
        "Harbor Network cancels three comedies",
        "The network's bosses made the call on Friday. So which shows are safe? The lucky "
        "shows are Brass Monkey, Oak Hollow and Fern Gully.",
        {"Brass Monkey", "Oak Hollow", "Fern Gully"}),
    "the shows left out, told by a negation": (
        "Harbor Network cancels three comedies",
        "The network's bosses made the call on Friday.\n\n"
        "The unlucky shows do not include Brass Monkey, Oak Hollow and Fern Gully.",
        {"Brass Monkey", "Oak Hollow", "Fern Gully"}),
    "the shows left out, told as excluded": (
        "Harbor Network cancels three comedies",
        "The network's bosses made the call on Friday.\n\n"
        "The unlucky shows exclude Brass Monkey, Oak Hollow and Fern Gully.",
        {"Brass Monkey", "Oak Hollow", "Fern Gully"}),
    "the shows that failed": (
        "Northway renews three shows",
        "Northway made its decisions on Tuesday. Velvet Orchard, Lantern Hill and Fog Island "
        "failed to make the grade, the network said.",
        {"Velvet Orchard", "Lantern Hill", "Fog Island"}),
    "fewer names than the count": (
        "Kestrel renews five dramas",
        "The streamer announced its slate on Monday.\n\n"
        "Among the five are Glass Harbor, Tin Roof and Copper Field, all in their first year.",
        {"Glass Harbor", "Tin Roof", "Copper Field"}),
    "a list longer than the count": (
        "Kestrel renews two dramas",
        "Kestrel renewed Glass Harbor and Tin Roof on Monday.\n\n"
        "The streamer's biggest hits remain Copper Field, Salt Road, Dune Street, Quiet Acres "
        "and Paper Lanterns.",
        {"Copper Field", "Salt Road", "Dune Street", "Quiet Acres", "Paper Lanterns"}),
    "a headline that counts nothing": (
        "Kestrel renews Glass Harbor",
        "Kestrel renewed Glass Harbor for a second season on Monday. It joins Tin Roof, "
        "Copper Field and Salt Road on the schedule.",
        {"Tin Roof", "Copper Field", "Salt Road"}),
    "a headline that decides two things": (
        "Kestrel renews two dramas, cancels three comedies",
        "The streamer made its calls on Monday.\n\n"
        "Glass Harbor and Tin Roof are the lucky ones this year.",
        {"Glass Harbor", "Tin Roof"}),
    "a status heading over a feature paragraph": (
        "The week in TV",
        "Renewed\n\nThe drama follows a detective in Port Vale and her partner in the harbour "
        "police, with Nora Lorne and Tom Vask in the leads.",
        {"Port Vale", "Nora Lorne", "Tom Vask"}),
    "a counted headline over a feature paragraph": (
        "Kestrel renews three dramas",
        "Critics in Port Vale and Glass Bay praised the writing of all three this spring.",
        {"Port Vale", "Glass Bay"}),
}


@pytest.mark.parametrize(("headline", "body", "outside"), _NOT_LISTED.values(),
                         ids=list(_NOT_LISTED))
def test_counted_decision_governs_nothing_else(headline: str, body: str,
                                               outside: set[str]) -> None:
    assert not {show for show, _ in _kinds(body, headline)} & outside


# --- a dated tracker: entries with no status word, the page's notes say which ----------------

_TRACKER = (
    "Updated through the summer. The list so far:\n\n"
    "NBC “Glass Harbor”, June 3, 2031. Season 3. 12 more episodes.\n\n"
    "[Kestrel] “Tin Roof”, May 28, 2031. Season 2. Renewed early, ahead of its finale.\n\n"
    "HBO “Copper Field”, May 20, 2031, Season 4.\n\n"
    "FX “Salt Road”, May 12. Season 2. 8 episode order.\n\n"
    "AMC “Dune Street” May 2, 2031. Season 5. Back next spring.\n")
TRACKER_PUBLISHED = dt.date(2031, 6, 10)


def _tracker_facts(text: str, headline: str = "Cable scorecard 2031"
                   ) -> set[tuple[str, int | None, str, str | None, int | None]]:
    facts = facts_of(text, headline, TRACKER_PUBLISHED, "https://news.example/tracker")
    return {(*dated_row(f), f.value) for f in facts}


def test_dated_tracker_entries_are_renewals_of_their_season_on_their_day() -> None:
    facts = _tracker_facts(_TRACKER)
    assert {
        ("Glass Harbor", 3, "renewed", "2031-06-03", None),
        ("Tin Roof", 2, "renewed", "2031-05-28", None),
        ("Copper Field", 4, "renewed", "2031-05-20", None),
        ("Salt Road", 2, "renewed", "2031-05-12", None),
        ("Dune Street", 5, "renewed", "2031-05-02", None),
    } <= facts


def test_a_tracker_entry_notes_are_its_shows() -> None:
    facts = _tracker_facts(_TRACKER)
    assert ("Glass Harbor", 3, "episode_count", None, 12) in facts
    assert ("Salt Road", 2, "episode_count", None, 8) in facts


def test_dated_tracker_rule_is_named_in_the_explanation() -> None:
    article = make_article(_TRACKER, "Cable scorecard 2031", TRACKER_PUBLISHED,
                           "https://news.example/tracker")
    with rules.tracing() as trace:
        extract_facts(article)
    assert any("list.dated_tracker" in event.rules for event in trace.events)


_NOT_A_RENEWAL_TRACKER = {
    "a premiere schedule of the same shape": (
        "The summer's dates so far:\n\n"
        "NBC “Glass Harbor”, June 3, 2031. Season 3. Premieres with two episodes.\n\n"
        "HBO “Copper Field”, May 20, 2031, Season 4. Debuts at 9.\n\n"
        "FX “Salt Road”, May 12. Season 2. 8 episode order.\n\n"
        "AMC “Dune Street” May 2, 2031. Season 5. Airs Sundays.\n"),
    "entries whose notes say no renewal": (
        "The summer so far:\n\n"
        "NBC “Glass Harbor”, June 3, 2031. Season 3. New showrunner hired.\n\n"
        "HBO “Copper Field”, May 20, 2031, Season 4. Ratings are steady.\n\n"
        "FX “Salt Road”, May 12. Season 2.\n\n"
        "AMC “Dune Street” May 2, 2031. Season 5. The cast is unchanged.\n"),
    "two entries only": (
        "The summer so far:\n\n"
        "NBC “Glass Harbor”, June 3, 2031. Season 3. 12 more episodes.\n\n"
        "[Kestrel] “Tin Roof”, May 28, 2031. Season 2. Renewed early, ahead of its finale.\n"),
    "quotes in prose, not entries": (
        "Fans have waited long.\n\n"
        "The critic called “Glass Harbor” June 3, 2031 a turning point. Season 3 "
        "looks strong. 12 more episodes would help.\n\n"
        "The network said “Copper Field” May 20, 2031 was its best night. Season 4 "
        "is next. A renewal looks likely.\n\n"
        "The host told “Salt Road” fans May 12, 2031 to wait. Season 2 is coming.\n"),
}


@pytest.mark.parametrize("text", _NOT_A_RENEWAL_TRACKER.values(),
                         ids=list(_NOT_A_RENEWAL_TRACKER))
def test_dated_entries_that_are_no_renewal_tracker(text: str) -> None:
    renewed = {(show, season) for show, season, kind, _, _ in _tracker_facts(text)
               if kind == "renewed"}
    assert not renewed & {("Glass Harbor", 3), ("Copper Field", 4), ("Salt Road", 2),
                          ("Dune Street", 5)}


def test_an_entry_logged_after_the_page_is_no_renewal() -> None:
    late = _TRACKER + "\n\nABC “Oak Hollow”, July 20, 2031. Season 2.\n"
    assert not {f for f in _tracker_facts(late) if f[0] == "Oak Hollow" and f[2] == "renewed"}
