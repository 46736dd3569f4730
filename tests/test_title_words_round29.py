"""Round 29: a title made of ordinary words, kept on its own numbered season.

Shows are named with everyday words ("Country", "Brook Summit"). Two vetoes read such words
as something else wherever they stand: a fact box's field label ("Country: ...", "Status:
...") and an event's name ending on its kind ("... Summit", "... Parade", "... Week"). When
the article writes the name with a numbered season of its own — "X season 2", "'X' Season
Three", "X's third season", "Season 3 of 'X'", the subject of a decision with a season, or
the headline's "X Season 3" — the veto gives way (``title.keep.own_season``). Evidence
against wins: a label's colon after a mention, a person's cue, a field label opening its
sentence unquoted ("Cast season 3 news"), an event named with no season of its own.
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of, normalised_shows, rows

from monitor.extract.shows import own_season_evidence


def _rows(body: str, headline: str = "") -> set[tuple[str, int | None, str]]:
    return rows(facts_of(body, headline))


# --- cells that fail on the base ----------------------------------------------------------

@pytest.mark.parametrize("body, headline, expected", [
    # a field label's word, quoted, with "Season N of" before it
    ('Season Three of "Country" is set to premiere on May 2 on Kestrel.', "Kestrel sets a date",
     ("Country", 3, "premiere")),
    # the same word, the subject of a decision with a season
    ('Tovrel said on Monday that "Country" has been renewed for a third season.', "TV news",
     ("Country", 3, "renewed")),
    # an event's word at the end of a name: the subject of a decision with a season
    ("Copper Summit has been renewed for a third season, Kestrel said on Monday.", "TV news",
     ("Copper Summit", 3, "renewed")),
    # "X season N" in the body
    ("Kestrel said Lantern Parade season 2 will premiere on June 4.", "TV news",
     ("Lantern Parade", 2, "premiere")),
    # the name's possessive and an ordinal
    ("Filming on Harbor Festival's second season began in March, Tovrel said.", "TV news",
     ("Harbor Festival", 2, "filming_started")),
    # a field label's word as a decision verb's own object
    ("Tovrel has cancelled Salt Road, but Kestrel renewed Country, its western drama, on "
     "Monday.", "TV news", ("Country", None, "renewed")),
    # "a second season of" before the quoted name
    ("Kestrel is ordering a second season of “Copper Summit.” Kestrel formally renewed "
     "“Copper Summit” days after its premiere.", "TV news", ("Copper Summit", 2, "renewed")),
    # the possessive inside the quotes
    ('Kestrel has released the first images from "Country\'s" second season, which premieres '
     'on Monday, June 19. "Country" airs on Mondays.', "TV news", ("Country", 2, "premiere")),
    # the headline's "X Season N" (two words), the body naming it once more
    ("Quiet Week returns to Kestrel on Sunday, June 9, with eight episodes.",
     "Quiet Week Season 4 Premiere Date Set", ("Quiet Week", 4, "premiere")),
])
def test_own_season_lifts_an_ordinary_word_veto(body: str, headline: str,
                                                expected: tuple[str, int | None, str]) -> None:
    assert expected in _rows(body, headline)


def test_explain_names_the_rule() -> None:
    assert "title.keep.own_season" in explained(
        "Copper Summit has been renewed for a third season, Kestrel said on Monday.")


@pytest.mark.parametrize("title, texts, headline, label, expected", [
    ("Country", ['Season Three of "Country" is set to premiere.'], "", True, True),
    ("Country", ["Kestrel's hit Country season 2 is coming."], "", True, True),
    ("Copper Summit", ["Copper Summit's third season starts soon."], "", False, True),
    ("Country", ['Images from "Country’s" second season are out.'], "", True, True),
    ("Copper Summit", ["Kestrel ordered a second season of “Copper Summit.”"], "", False, True),
    ("Copper Summit", ["It airs on Kestrel."], "Copper Summit Season 2 Date Set", False, True),
    # evidence against: a label's colon, a person's cue, an unquoted label opening a sentence
    ("Country", ["Country: United States", "Season 2 of Country is coming."], "", True, False),
    ("Copper Summit", ["Copper Summit said season 2 is coming."], "", False, False),
    ("Cast", ["Cast season 3 news is here."], "", True, False),
    # a lone word in a title-case headline is no evidence
    ("Country", ["It airs on Kestrel."], "Country Season 2 Date Set", True, False),
    # no season of its own; an event cancelled is an event
    ("Copper Summit", ["The Copper Summit returns in June."], "", False, False),
    ("Copper Summit", ["Kestrel cancelled Copper Summit, citing the weather."], "", False,
     False),
])
def test_own_season_evidence(title: str, texts: list[str], headline: str, label: bool,
                             expected: bool) -> None:
    assert own_season_evidence(title, texts, headline, label) is expected


# --- controls: ordinary words that are no show's name --------------------------------------

@pytest.mark.parametrize("body, headline, absent", [
    # a lower-case phrase
    ("Open water scenes were filmed in March for the second season of Salt Road.", "TV news",
     "open water"),
    # a headline's lead label before a colon
    ("Good News: Kestrel renewed Salt Road for a second season.", "TV news", "good news"),
    ("Breaking: Kestrel has renewed Salt Road for a third season.", "TV news", "breaking"),
    # a fact box's field labels
    ("Salt Road\nCountry: United States\nStatus: Renewed for season 3\nNetwork: Kestrel",
     "Salt Road renewed", "country"),
    ("Salt Road\nCountry: United States\nStatus: Renewed for season 3\nNetwork: Kestrel",
     "Salt Road renewed", "status"),
    # a field label opening its sentence, unquoted
    ("Cast season 3 news: Jane Doe joins Salt Road on Kestrel.", "TV news", "cast"),
    # an event with no season of its own, beside a show's renewal
    ("At the Tovrel Summit on Monday, Kestrel renewed Salt Road for a third season.",
     "TV news", "tovrel summit"),
    ("During the Winter Press Tour, Kestrel said Salt Road season 3 will premiere in June.",
     "TV news", "winter press tour"),
])
def test_controls(body: str, headline: str, absent: str) -> None:
    assert absent not in normalised_shows(facts_of(body, headline))


def test_controls_keep_the_real_show() -> None:
    assert ("Salt Road", 2, "renewed") in _rows(
        "Good News: Kestrel renewed Salt Road for a second season.", "TV news")


def test_linear_on_a_long_line() -> None:
    text = "Season 2 of " * 8000 + "Country"
    assert own_season_evidence("Country", [text], "", True)
    assert not own_season_evidence("Country", ["Country" + " season" * 20000], "", True)
