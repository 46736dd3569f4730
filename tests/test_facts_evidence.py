"""Round 8 (issue 10, precision on unseen text): a fact needs evidence that its title names a
TV show. A span neither known, quoted nor given by the layout, named once with no season, kind
of show, network, cast or episode beside it, may be an event, a game, a book, a podcast, a
programming block or a character: no fact is made of it (``drop.unevidenced_title``). Every
probe is an invented sentence; each non-show has twins, shows with weak evidence, that keep
their fact."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, facts_of, rows

from monitor.extract import rules
from monitor.extract.evidence import evidenced_titles, show_evidence
from monitor.models import ShowName

PUBLISHED = dt.date(2024, 5, 10)


def _facts(text: str, title: str = "", known: tuple[ShowName, ...] = ()) -> set[Row]:
    return rows(facts_of(text, title, PUBLISHED, known=known))


#: Spans next to a trigger that the article never shows to be a TV show: (text, span).
NOT_SHOWN_TO_BE_SHOWS = [
    ("Tidewater Nights has been cancelled, the organisers said, after ticket sales fell short.",
     "Tidewater Nights"),
    ("Organisers said Harvest Lantern was cancelled this year because of the storm.",
     "Harvest Lantern"),
    ("The studio cancelled Iron Pilgrim after two years of development, and its team was let "
     "go.", "Iron Pilgrim"),
    ("Copper Crown premieres on June 14 at the Lyric, where Maya Lind takes the lead.",
     "Copper Crown"),
    ("The Saturday morning block Toon Harbor was cancelled in March.", "Toon Harbor"),
    ("Midnight Relay was renewed through 2026, the company said on Tuesday.", "Midnight Relay"),
    ("Salt Meadow Books was cancelled after its publisher folded.", "Salt Meadow Books"),
    ("Pale Orchard has been renewed, the publisher confirmed, and a sequel novel is due next "
     "year.", "Pale Orchard"),
    ("Night Market returns to the waterfront on June 14, the city council said.", "Night Market"),
    # in an article about a show: the show keeps its fact, the other span gets none
    ("Netflix has renewed Glass Harbor for a third season. Meanwhile, Copper Crown premieres on "
     "June 14 at the Lyric.", "Copper Crown"),
]

#: The same shapes with the weakest evidence a show article gives: (text, show, kind).
SHOWN_TO_BE_SHOWS = [
    ("Netflix has cancelled Tidewater Nights after two seasons.", "Tidewater Nights",
     "cancelled"),
    ("Tidewater Nights has been cancelled by HBO.", "Tidewater Nights", "cancelled"),
    ("The drama Tidewater Nights has been cancelled.", "Tidewater Nights", "cancelled"),
    ("NBC has renewed Tidewater Nights.", "Tidewater Nights", "renewed"),
    ("Tidewater Nights was renewed on Tuesday. The series follows two sisters running a diner.",
     "Tidewater Nights", "renewed"),
    ("Tidewater Nights returns for a second season on June 14.", "Tidewater Nights",
     "premiere"),
    ("Tidewater Nights (Hulu) was cancelled on Friday.", "Tidewater Nights", "cancelled"),
    ("Tidewater Nights, a comedy about two sisters, was cancelled on Friday.",
     "Tidewater Nights", "cancelled"),
    ("The cast of Tidewater Nights wrapped filming on Friday.", "Tidewater Nights",
     "filming_wrapped"),
    ("Tidewater Nights was cancelled on Friday. Tidewater Nights had struggled for months.",
     "Tidewater Nights", "cancelled"),
    ("The network cancelled Tidewater Nights, Salt Meadow and Copper Crown on Friday.",
     "Salt Meadow", "cancelled"),
    ("The Maya Lind-led Tidewater Nights was renewed.", "Tidewater Nights", "renewed"),
    ("Tidewater Nights returns on June 14 after a long hiatus.", "Tidewater Nights",
     "premiere"),
    ("Filming on Tidewater Nights began in Atlanta on Monday, with eight episodes planned.",
     "Tidewater Nights", "filming_started"),
    ("\u201cTidewater Nights\u201d was cancelled on Friday.", "Tidewater Nights", "cancelled"),
    ("Organisers said Harvest Lantern season 2 was cancelled.", "Harvest Lantern", "cancelled"),
]


@pytest.mark.parametrize(("text", "span"), NOT_SHOWN_TO_BE_SHOWS)
def test_a_span_never_shown_to_be_a_show_gets_no_fact(text: str, span: str) -> None:
    assert span not in {show for show, _, _ in _facts(text)}, _facts(text)


@pytest.mark.parametrize(("text", "show", "kind"), SHOWN_TO_BE_SHOWS)
def test_a_show_with_weak_evidence_keeps_its_fact(text: str, show: str, kind: str) -> None:
    assert (show, kind) in {(s, k) for s, _, k in _facts(text)}, _facts(text)


def test_the_article_about_a_show_keeps_the_shows_fact() -> None:
    text = NOT_SHOWN_TO_BE_SHOWS[-1][0]
    assert ("Glass Harbor", 3, "renewed") in _facts(text)


def test_a_known_show_needs_no_evidence() -> None:
    text = "Midnight Relay was renewed through 2026, the company said on Tuesday."
    assert ("Midnight Relay", None, "renewed") in _facts(text, known=(ShowName("Midnight Relay"),))


def test_the_drop_is_traced_by_name() -> None:
    with rules.tracing() as trace:
        _facts(NOT_SHOWN_TO_BE_SHOWS[0][0])
    assert any(e.dropped_by == "drop.unevidenced_title" for e in trace.events)


@pytest.mark.parametrize(("text", "evidence"), [
    ("Copper Crown season 3 is on the way.", "season_at_name"),
    ("The third season of Copper Crown is on the way.", "season_at_name"),
    ("The FX drama Copper Crown is on the way.", "kind_of_show"),
    ("Copper Crown, an anthology series, is on the way.", "kind_of_show"),
    ("Hulu's Copper Crown is on the way.", "network_home"),
    ("Copper Crown star Maya Lind is on the way.", "cast_or_episode"),
    ("Maya Lind, who stars in Copper Crown, is on the way.", "cast_or_episode"),
    ("\u2018Copper Crown\u2019 is on the way.", "quoted"),
    ("Copper Crown is on the way, and so is Maya Lind.", None),
])
def test_each_evidence_is_named(text: str, evidence: str | None) -> None:
    assert show_evidence("Copper Crown", [text]) == evidence


def test_a_list_of_shows_vouches_for_its_items() -> None:
    text = "Organisers called off the drama Copper Crown, Salt Meadow and Lark Hollow on Friday."
    assert show_evidence("Salt Meadow", [text], others=["Copper Crown", "Lark Hollow"]
                         ) == "listed_with_shows"
    assert show_evidence("Salt Meadow", [text]) is None


def test_a_round_up_vouches_for_a_title_named_once() -> None:
    texts = ["The drama Copper Crown was renewed.", "Hulu's Lark Hollow was renewed.",
             "Salt Meadow season 2 is coming.", "Executives also renewed Pale Orchard."]
    titles = ["Copper Crown", "Lark Hollow", "Salt Meadow", "Pale Orchard"]
    assert evidenced_titles(titles, texts)["Pale Orchard"] == "roundup"
    assert evidenced_titles(titles[2:], texts[2:])["Pale Orchard"] is None


def test_a_list_of_names_vouches_for_none_of_them() -> None:
    text = "The gala honours Maya Lind, Orla Venn and Tobin Marsh on Friday."
    titles = ["Maya Lind", "Orla Venn", "Tobin Marsh"]
    assert evidenced_titles(titles, [text]) == dict.fromkeys(titles)


def test_a_list_vouches_step_by_step_from_a_show() -> None:
    text = "Organisers called off the drama Copper Crown, Salt Meadow and Lark Hollow."
    titles = ["Copper Crown", "Salt Meadow", "Lark Hollow"]
    assert evidenced_titles(titles, [text])["Lark Hollow"] == "listed_with_shows"


def test_a_kind_of_show_further_on_is_another_names() -> None:
    # "returns to the game show X": the kind is X's, not the subject's
    text = "Maya Lind returns to the game show Copper Crown in the fall."
    assert show_evidence("Maya Lind", [text]) is None
    assert show_evidence("Copper Crown", [text]) == "kind_of_show"
    assert show_evidence("Copper Crown", ["Copper Crown is a reality series."]) == "kind_of_show"


def test_a_kind_before_a_dash_and_a_reference_by_its_season_are_evidence() -> None:
    text = "The network has cancelled four shows \u2014 Copper Crown, Salt Meadow and Lark Hollow."
    assert show_evidence("Copper Crown", [text]) == "kind_of_show"
    texts = ["Copper Crown has been cancelled.", "Its third season premiered in March."]
    assert show_evidence("Copper Crown", texts) == "referred_to_as_show"
