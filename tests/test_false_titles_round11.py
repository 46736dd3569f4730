"""Facts given to a title no label would name (round 11, issue 10), two shapes the open folds
hold: a league's or a broadcast event's season as a trigger's subject ("the Metro Hockey League
season kicked off") whose fact fell back to the article's main show; and a sentence whose
subject is a show called by what it is ("The crime drama debuted in 2019 as 'X'", "The spin-off
show, set years before 'X', has been scrapped") whose fact went to the title after a
preposition. Every sentence and title is invented for this test; the controls keep their
facts."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, normalised_kinds_seasons

PUBLISHED = dt.date(2024, 5, 10)


def _facts(headline: str, body: str) -> set[tuple[str, str, int | None]]:
    return normalised_kinds_seasons(facts_of(body, headline, PUBLISHED))


#: A league's or an event's season as the subject: (headline, body), the show that must get no
#: fact of the kind.
OWN_SEASONS = [
    ("Sunday ratings: Glass Harbor holds steady",
     "The Metro Network's Friday Night Football season opened on Saturday to 9 million "
     "viewers. The drama Glass Harbor drew 4 million.", "glass harbor", "premiere"),
    ("Weekend ratings: Glass Harbor slips",
     "The Metro Hockey League season premiered on Saturday to big numbers. The drama Glass "
     "Harbor fell to a series low.", "glass harbor", "premiere"),
    ("Glass Harbor returns in June",
     "The Metro Volleyball League's 2024 season has been cancelled. The drama Glass Harbor "
     "returns on June 3.", "glass harbor", "cancelled"),
    ("Glass Harbor returns in June",
     "The Harbor Cup season was cancelled over the winter. The drama Glass Harbor returns on "
     "June 3.", "glass harbor", "cancelled"),
]


@pytest.mark.parametrize(("headline", "body", "show", "kind"), OWN_SEASONS,
                         ids=[f"own-season-{i}" for i in range(len(OWN_SEASONS))])
def test_a_leagues_season_is_no_shows_event(headline: str, body: str, show: str,
                                            kind: str) -> None:
    assert not {f for f in _facts(headline, body) if f[0] == show and f[1] == kind}


#: The reference's show gets the event, the name after the preposition none.
REFERENCES = [
    ("Glass Harbor season 2 is on the way",
     "Glass Harbor season 2 is on the way. The crime drama debuted on ABC in May 2019 as "
     "\u201cHarbor Nights.\u201d", ("glass harbor", "premiere", 1), "harbor nights"),
    ("Hulu cancels Glass Harbor after one season",
     "Hulu has cancelled Glass Harbor. The 'Salt Road' spin-off show, set a century before "
     "'The Iron Sparrow', has been scrapped after one season.",
     ("glass harbor", "cancelled", 1), "iron sparrow"),
    ("Glass Harbor: everything we know",
     "Glass Harbor is back. The legal drama premiered in 2021 as Harbor Law on ABC.",
     ("glass harbor", "premiere", 1), "harbor law"),
    ("Glass Harbor renewed",
     "The Netflix drama Glass Harbor is coming back. The drama was renewed for a second season "
     "after 'The Tin Roof' topped the charts.", ("glass harbor", "renewed", 2), "tin roof"),
]


@pytest.mark.parametrize(("headline", "body", "expected", "other"), REFERENCES,
                         ids=[f"reference-{i}" for i in range(len(REFERENCES))])
def test_the_referred_show_takes_the_event(headline: str, body: str,
                                           expected: tuple[str, str, int | None],
                                           other: str) -> None:
    facts = _facts(headline, body)
    assert expected in facts
    assert not {f for f in facts if f[0] == other}


#: Controls: a show named like an event, a show's own season; a reference whose sentence names
#: the show as its subject or object.
CONTROLS = [
    ("Glass Harbor returns", "The drama Glass Harbor season 2 kicked off on Thursday on ABC.",
     ("glass harbor", "premiere", 2)),
    ("Full Court renewed", "The sports comedy Full Court has been renewed for a second season.",
     ("full court", "renewed", 2)),
    ("Salt Road returns", "Salt Road is back. The drama returns on June 3 after Glass Harbor "
     "ends its run.", ("salt road", "premiere", None)),
    ("ABC news", "ABC has renewed Glass Harbor. The drama series Salt Road has been cancelled "
     "after one season.", ("salt road", "cancelled", 1)),
    ("ABC news", "Glass Harbor was a hit. The new series, from the makers of Glass Harbor, "
     "Salt Road, premieres on June 3 on ABC.", ("salt road", "premiere", None)),
]


@pytest.mark.parametrize(("headline", "body", "expected"), CONTROLS,
                         ids=[f"control-{i}" for i in range(len(CONTROLS))])
def test_controls_keep_their_facts(headline: str, body: str,
                                   expected: tuple[str, str, int | None]) -> None:
    assert expected in _facts(headline, body)


#: A "with" that opens an absolute phrase is no part of the title before it ("X with Y set to
#: play a part"): (headline, body, the title and its fact, the long name that must get none).
ABSOLUTES = [
    ("Glass Harbor is back on set",
     "Filming is under way on the third season of Glass Harbor with Salt Cove Pier in Portland "
     "set to play a starring role.", ("glass harbor", "filming_started", 3),
     "glass harbor with salt cove pier in portland"),
    ("Glass Harbor renewed",
     "ABC has renewed Glass Harbor with Maya Lind returning as the lead for a second season.",
     ("glass harbor", "renewed", 2), "glass harbor with maya lind"),
]


@pytest.mark.parametrize(("headline", "body", "expected", "long_name"), ABSOLUTES,
                         ids=[f"absolute-{i}" for i in range(len(ABSOLUTES))])
def test_an_absolute_with_phrase_ends_the_title(headline: str, body: str,
                                                expected: tuple[str, str, int | None],
                                                long_name: str) -> None:
    facts = _facts(headline, body)
    assert expected in facts
    assert not {f for f in facts if f[0] == long_name}


def test_a_hosts_name_after_with_stays_in_the_title() -> None:
    assert ("late hour tonight with jane doe", "renewed", None) in _facts(
        "HBO renews its talk show", "HBO has renewed Late Hour Tonight with Jane Doe for "
        "three more seasons.")


def test_people_seen_arriving_are_no_premiere() -> None:
    facts = _facts("Glass Harbor cast films in Portland",
                   "Filming is under way on the third season of Glass Harbor. Stars of the hit "
                   "ABC drama were snapped arriving at the pier on Friday.")
    assert not {f for f in facts if f[1] == "premiere"}
    assert ("glass harbor", "filming_started", 3) in facts
