"""Premieres told in a sentence that names the show, yet not read (issue 10, round 37, branch
r37premieres).

The round's census put the sealed fold's missed premieres whose show is named beside a premiere
word in classes (MEASUREMENTS "Round 37, premieres ..."); among the wordings no candidate was
made of, invented in other sites' styles (an article "Salt Road" season 2 on "Kestrel",
published Friday 10 May 2024), two families of a season's start were unread:

- a season begun, started or opened with its time, the season as the verb's object ("begins
  its second season on July 14", "will start series two on 14 July", "is set to start season
  2 this fall"; a place may stand between, "on Tovrel") or the subject of "opens" ("Season 2
  of X opens on July 14"): rule ``trigger.season_begun`` (``patterns.SEASON_BEGUN_RE``);
- the present "is back" with its place between ("Season 2 of X is back on Tovrel One this
  fall"): ``trigger.back_on_place_with_time`` now reads "is / are back on" too.

and one name taken for the show: a premiere's place between "its" / "their" and the premiere
noun ("makes its Tovrel debut", "gets its UK premiere"; a network no list holds, a country)
went to that place or was dropped with it; rule ``target.show_over_place_before_debut`` gives
it to the clause's show.

The grid cells are ``tests/premiere_grid.py``'s axes "begun", "opens" and "back-on" (35 of
230 read on df637d6: "opens its second season" and "kicks off its second season" were). The
controls keep their reading on both trees: a shoot's start, a season begun with no time, a
host's season, a season finale, a trailer that premiered, a network's logo, a film in
cinemas, back on set.
"""

from __future__ import annotations

import pytest
from articles import cell_reader, explained, full_rows
from premiere_grid import PUBLISHED, Cell, cells, verdict

ROUND37_AXES = frozenset({"begun", "opens", "back-on"})
#: Cells of the round's axes that df637d6 read already (a control inside the grid).
_READ_ON_BASE_VERBS = ("begun-opens-", "begun-will-open-", "begun-kicks-off-")

_facts = cell_reader(full_rows, "", PUBLISHED)
#: The begun axis is tested on two date forms here (the whole grid is ``python
#: tests/premiere_grid.py``'s count); the other two axes on every form.
SAMPLED_FORMS = frozenset({"day", "this-fall"})
ALL_CELLS = [cell for cell in cells() if cell.axis in ROUND37_AXES]
GRID = [cell for cell in ALL_CELLS if cell.axis != "begun" or cell.date_form in SAMPLED_FORMS]


@pytest.mark.parametrize("cell", GRID, ids=[cell.id for cell in GRID])
def test_grid_cell(cell: Cell) -> None:
    assert verdict(cell, _facts(cell.body)) == "right"


def test_grid_has_the_axes() -> None:
    """The three axes are in the grid, with more cells than df637d6 read."""
    counts = {axis: sum(1 for c in ALL_CELLS if c.axis == axis) for axis in ROUND37_AXES}
    assert counts == {"begun": 200, "opens": 20, "back-on": 10}
    assert sum(1 for c in GRID if c.id.startswith(_READ_ON_BASE_VERBS)) < len(GRID) // 2


@pytest.mark.parametrize("body, headline, season, date, certainty", [
    ("The Kestrel drama Salt Road began its second season on Sunday, May 5.", "", 2,
     "2024-05-05", "confirmed"),
    ("Salt Road returns. The drama will start its third and final series on BBC One on "
     "Sunday, 14 July.", "Salt Road to end with third series", 3, "2024-07-14", "expected"),
    ("Kestrel said the drama Salt Road would start season 2 in early 2025.", "", 2, "2025",
     "expected"),
], ids=["past-began-its-second-season", "british-third-and-final-series-place-weekday",
        "reported-start-season-2-early-next-year"])
def test_more_begun_seasons(body: str, headline: str, season: int, date: str,
                            certainty: str) -> None:
    """Past tense, a British headline and place, a report."""
    got = _facts(body, headline=headline)
    assert ("Salt Road", season, "premiere", date, certainty) in got


# --- controls: the same output on the base commit and here -----------------------------------

@pytest.mark.parametrize("body", [
    "The Kestrel drama Salt Road began filming its second season on July 14.",
    "The Kestrel drama Salt Road will start its season 2 shoot on July 14.",
    "The Kestrel drama Salt Road starts its second season shoot in July.",
    "The Kestrel drama Salt Road will begin production on season 2 in July.",
    "The Kestrel drama Salt Road begins its second season with a two-hour episode.",
    "Ann Lee begins her second season as host of the Kestrel drama Salt Road on July 14.",
    "The season finale of the Kestrel drama Salt Road airs on July 14.",
    "The film version of the Kestrel drama Salt Road opens in cinemas on July 14.",
    "The Kestrel drama Salt Road is back on set in July.",
    "The Kestrel drama Salt Road is back on location in Spain in July.",
    "The Kestrel drama Salt Road is back on top of the ratings this week.",
], ids=["began-filming-its-second-season", "season-2-shoot", "second-season-shoot",
        "begin-production-on-season-2", "begun-with-no-time", "host-begins-her-season",
        "season-finale-airs", "film-opens-in-cinemas", "back-on-set", "back-on-location",
        "back-on-top"])
def test_no_premiere_of_salt_road_season_2(body: str) -> None:
    got = _facts(body)
    assert not any(r[0] == "Salt Road" and r[1] == 2 and r[2] == "premiere" for r in got)


@pytest.mark.xfail(strict=True, reason="left: read as a premiere on df637d6 and here (the "
                   "trailer's and the logo's subjects are not checked by these verbs)")
@pytest.mark.parametrize("body", [
    "The trailer for season 2 of the Kestrel drama Salt Road premiered on Monday.",
    "Kestrel debuts a new logo on July 14, alongside the drama Salt Road.",
], ids=["trailer-premiered", "network-debuts-a-logo"])
def test_left_no_premiere_at_all(body: str) -> None:
    assert not any(r[0] == "Salt Road" and r[2] == "premiere" for r in _facts(body))


def test_a_past_premiere_in_a_recap_keeps_its_year() -> None:
    """A recap's first season begun long ago stays season 1's premiere of that year."""
    got = _facts("The Kestrel drama Salt Road began its first season in 2019 and ran for "
                 "four years.")
    assert {r[3] for r in got if r[0] == "Salt Road" and r[2] == "premiere" and r[1] == 1} \
        <= {"2019"}
    assert not any(r[0] == "Salt Road" and r[1] == 2 and r[2] == "premiere" for r in got)


def test_explain_names_the_season_begun() -> None:
    text = explained("The Kestrel drama Salt Road will begin its second season on July 14.",
                     published=PUBLISHED)
    assert "trigger.season_begun" in text


def test_explain_names_the_back_on_place() -> None:
    text = explained("Season 2 of the Kestrel drama Salt Road is back on Tovrel One this fall.",
                     published=PUBLISHED)
    assert "trigger.back_on_place_with_time" in text


# --- a premiere's place between "its" and the premiere noun (target.show_over_place_before_debut)

@pytest.mark.parametrize("body, season, date", [
    ("The Kestrel drama Salt Road makes its Tovrel debut on July 14.", None, "2024-07-14"),
    ("The Kestrel drama Salt Road gets its UK premiere on 14 July.", None, "2024-07-14"),
    ("The Kestrel drama Salt Road will have its UK premiere on Tovrel in July.", None,
     "2024-07"),
    ("The Kestrel drama Salt Road will make its long-awaited Tovrel One debut this fall.", None,
     "2024-FA"),
    ("Salt Road, the Kestrel drama, makes its Tovrel debut on July 14.", None, "2024-07-14"),
    ("The Kestrel drama Salt Road is set for its Tovrel premiere on July 14.", None,
     "2024-07-14"),
    ("Season 2 of the Kestrel drama Salt Road makes its Tovrel debut on July 14.", 2,
     "2024-07-14"),
], ids=["makes-its-network-debut", "gets-its-uk-premiere", "uk-premiere-on-a-network",
        "long-awaited-two-word-network-debut", "apposition-before", "set-for-its-premiere",
        "season-2-of-makes-its-debut"])
def test_place_before_debut_is_not_the_show(body: str, season: int | None, date: str) -> None:
    got = _facts(body)
    assert ("Salt Road", season, "premiere", date, "expected") in got
    assert not any(r[2] == "premiere" and r[0] != "Salt Road" for r in got)


@pytest.mark.parametrize("body, expected", [
    ("The Kestrel thriller Salt Road will get its Irish premiere on Tovrel Two on Sunday, "
     "14 July.", {("Salt Road", None, "premiere", "2024-07-14", "expected")}),
    ("The Kestrel drama Salt Road makes its debut on Tovrel on July 14.",
     {("Salt Road", None, "premiere", "2024-07-14", "expected")}),
    ("The Kestrel dramas Salt Road and Lisbon make their Tovrel debut on July 14.",
     {("Salt Road", None, "premiere", "2024-07-14", "expected")}),
    ("Ann Lee makes her Salt Road debut on July 14.", set()),
], ids=["adjective-of-a-country", "debut-on-a-network", "their-debut-two-shows",
        "a-person-debut-on-the-show"])
def test_place_controls(body: str, expected: set[tuple[object, ...]]) -> None:
    """The same reading on df637d6 and here."""
    assert {r for r in _facts(body) if r[2] == "premiere"} == expected


def test_explain_names_the_place_before_debut() -> None:
    text = explained("The Kestrel drama Salt Road gets its UK premiere on 14 July.",
                     published=PUBLISHED)
    assert "target.show_over_place_before_debut" in text
