"""Round 28: a name vetoed for its look gives way to the article's evidence of a title.

A lone first name ("Martha"), a first name and a name word ("Dexter Vale"), a place ("Lisbon",
"Odessa Nights" is kept already) or a holiday ("Christmas") is vetoed as a title on its look
alone. When the article writes it as a show's title — the subject of a decision that carries a
season ("will be back for a second series", "got renewed for a third season", "were cancelled
after two seasons"), or a decision verb's own object ("Kestrel cancelled Dexter Vale.") — and
at no mention as a person's name, the veto gives way (``title.keep.title_evidence``).
Controls: people renewed in contracts, actors and hosts returning, bylines, a person who
speaks, an owner's possessive, a place where a show films, a holiday that dates a premiere.
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of, rows

from monitor.extract.shows import title_evidence


def _rows(body: str, headline: str = "") -> set[tuple[str, int | None, str]]:
    return rows(facts_of(body, headline))


# --- cells that fail on the base ----------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    # a lone first name, subject of a decision with a season
    ("Martha will be back for a second series on Kestrel.", ("Martha", 2, "renewed")),
    ("Hazel will be back for a third season, Tovrel confirmed on Monday.",
     ("Hazel", 3, "renewed")),
    # a first name and a name word
    ("Dexter Vale has been renewed for a second series.", ("Dexter Vale", 2, "renewed")),
    ("Harriet Quill got renewed for a third season by Kestrel.", ("Harriet Quill", 3, "renewed")),
    ("The crime drama Walter Brine has been renewed for a second series.",
     ("Walter Brine", 2, "renewed")),
    # a place alone
    ("Lisbon will be back for another series, Kestrel confirmed.", ("Lisbon", None, "renewed")),
    # a holiday alone
    ("Tovrel said on Tuesday that Christmas will return for a fourth season.",
     ("Christmas", 4, "renewed")),
])
def test_subject_of_a_decision_with_a_season(body: str,
                                             expected: tuple[str, int | None, str]) -> None:
    assert expected in _rows(body)


@pytest.mark.parametrize("body, expected", [
    ("Kestrel cancelled Dexter Vale. The network gave no reason.",
     ("Dexter Vale", None, "cancelled")),
    ("Tovrel has decided to renew Hazel Brine, the network said on Friday.",
     ("Hazel Brine", None, "renewed")),
    # the second item of the verb's list
    ("Today Kestrel also renewed The Copper Vale and Walter Brine for additional seasons.",
     ("Walter Brine", None, "renewed")),
    ("Tovrel killed off Harriet Quill, while Kestrel kept its dramas.",
     ("Harriet Quill", None, "cancelled")),
])
def test_object_of_a_decision_verb(body: str, expected: tuple[str, int | None, str]) -> None:
    assert expected in _rows(body)


def test_explain_names_the_rule() -> None:
    assert "title.keep.title_evidence" in explained(
        "Dexter Vale has been renewed for a second series.")


# --- controls: names that stay people, places and days ------------------------------------

@pytest.mark.parametrize("body", [
    # a person whose own contract is renewed
    "Kestrel has renewed its contract with Martha Lin for two more years.",
    # an actor returning, told as a person elsewhere
    "Dexter Vale will return for a second season, Kestrel said. Dexter Vale said he was thrilled.",
    "Salt Road has been renewed. Its star Felix Holt, who plays the captain, will be back for "
    "a second series. Felix Holt will return for season 2.",
    # a host
    "Host Hazel Dunmore will be back for another series of Copper Vale.",
    # a byline
    "By Walter Brine. Kestrel has renewed Salt Road for a second season.",
    # an owner's possessive before a title
    "Harriet Quill's Salt Road has been renewed. Harriet Quill will be back for a second series.",
])
def test_people_stay_people(body: str) -> None:
    shows = {show for show, _, _ in _rows(body)}
    assert not shows & {"Martha Lin", "Dexter Vale", "Felix Holt", "Hazel Dunmore",
                        "Walter Brine", "Harriet Quill"}


@pytest.mark.parametrize("body, absent", [
    ("Filming began in Lisbon on the second season of Salt Road.", "Lisbon"),
    ("The second season of Salt Road premieres on Christmas Day on Kestrel.", "Christmas Day"),
    ("Salt Road returns after Christmas for a second season.", "Christmas"),
    ("Kestrel renewed Salt Road, which films in Lisbon, for a second season.", "Lisbon"),
])
def test_places_and_days_stay(body: str, absent: str) -> None:
    assert absent not in {show for show, _, _ in _rows(body)}


@pytest.mark.parametrize("title, texts, expected", [
    ("Marnie", ["Marnie will be back for a second series."], True),
    ("Marnie", ["Marnie will be back for a second series.", "Marnie said it was a joy."], False),
    ("Marnie", ["Kestrel cancelled Marnie."], True),
    ("Marnie", ["Kestrel cancelled Marnie's contract."], False),
    ("Marnie", ["The show, starring Marnie, will be back for a second series."], False),
    ("Marnie", ["Marnie, who plays the lead, will return for a second season."], False),
    ("Marnie", ["Marnie will be back next year."], False),
    # a lone first name's return is no actor's for a cast's words around it; a full name's is
    ("Marnie", ["The cast is large.", "Marnie will be back for a second series."], True),
    ("Dexter Vale", ["The cast is large.", "Dexter Vale has been renewed for a second series."],
     False),
    ("Dexter Vale", ["Dexter Vale has been renewed for a second series."], True),
    # a full name as the first item of a list of names and places: the list is the object
    ("Dexter Vale", ["Kestrel cancelled Dexter Vale, Lisbon and Ada Lin this week."], False),
    ("Dexter Vale", ["Kestrel cancelled Dexter Vale, the network said."], True),
    # a full name that returns is an actor's; a season "of" a show is another show's
    ("Dexter Vale", ["Dexter Vale will be back for a second series."], False),
    ("Marnie", ["Marnie will return for season 3 of Salt Road."], False),
])
def test_title_evidence(title: str, texts: list[str], expected: bool) -> None:
    assert title_evidence(title, texts, " " in title) is expected


def test_long_line_stays_linear() -> None:
    line = "Marnie" + " has" * 30000 + " renewed" + " x" * 20000
    assert title_evidence("Marnie", [line, "Kestrel renewed " + "the " * 30000 + "Marnie"]) \
        is False


def test_cast_returning_stays_people() -> None:
    body = ("Salt Road is back on Kestrel in June. Its lead is joined by Ada Lin and Tom Vey. "
            "Dexter Vale and Martha Lin will return for the fourth season too. Two newcomers "
            "have been cast in the drama.")
    assert not {show for show, _, _ in _rows(body)} & {"Dexter Vale", "Martha Lin"}
