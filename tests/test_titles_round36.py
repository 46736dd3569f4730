"""Round 36 (r36titles): a title's number beside the season the sentence tells otherwise, a
one-word title a season clause names, and a sentence's opening word before its noun.

- ``title.span.number_beside_season_told``: a number of 1-39 right after a title is the
  title's own when a count of seasons more follows a few plain words on ("renewed Harbour 7
  for a further two series", "a two-season renewal") or a season phrase opens the next clause
  after a colon or comma, its verb next ("Harbour 7 is back: a fourth season ...").
- ``title.keep.season_clause_after``: that clause cues the name as a season phrase does, so
  a one-word place title is kept ("Lisbon is back: a fourth season has been ordered").
- ``title.span.opener_modifies_noun``: "Overnight ratings dropped" opens on a modifier, no
  subject a following "the drama" stands for.
- ``_DESCRIBED_AFTER_NUMBER_RE`` (``title.span.described_number``) reads a show's story in
  the past and its setting ("Harbour 7 followed three bakers", "is set in a lighthouse").

Controls keep a title's number as its season where nothing else tells one ("Glass Harbor 4
premieres in June"), a numbered title beside its season ("Ward 13 season 2"), an apposition
("Glass Harbor 4, a new season of the drama") and a subject that acts ("Lisbon follows two
sisters"). All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import explained, facts_of

PUBLISHED = dt.date(2026, 3, 2)


def _rows(body: str, headline: str = "TV news") -> set[tuple[str, int | None, str]]:
    return {(f.show, f.season, f.kind) for f in facts_of(body, headline, PUBLISHED)}


#: New readings (fail on ed3aa8e): body, the rows wanted among the rows of their kinds.
NEW = [
    ("count_further_two_series", "Tovrel has renewed Harbour 7 for a further two series.",
     {("Harbour 7", None, "renewed")}),
    ("count_another_two_passive", "Harbour 7 has been picked up for another two seasons by "
     "Tovrel.", {("Harbour 7", None, "renewed")}),
    ("count_additional_seasons", "Tovrel said Dock 12 had been renewed for three additional "
     "seasons.", {("Dock 12", None, "renewed")}),
    ("count_two_season_renewal", "Harbour 7 lands a two-season renewal at Tovrel.",
     {("Harbour 7", None, "renewed")}),
    ("count_participle_clause", "Tovrel has renewed Harbour 7, handing it two more "
     "series.", {("Harbour 7", None, "renewed")}),
    ("colon_ordinal_clause", "Harbour 7 is back: a fourth season has been ordered and will "
     "arrive in May.", {("Harbour 7", 4, "renewed"), ("Harbour 7", 4, "premiere")}),
    ("comma_numbered_series_clause", "For viewers of Harbour 7, series four has wrapped "
     "filming.", {("Harbour 7", 4, "filming_wrapped")}),
    ("one_word_colon_clause", "Lisbon is back: a fourth season has been ordered by Tovrel.",
     {("Lisbon", 4, "renewed")}),
    ("one_word_comma_series_clause", "For viewers of Lisbon, series four has been "
     "commissioned.", {("Lisbon", 4, "renewed")}),
    ("numbered_setting_described", "The Tovrel sitcom Harbour 7 is set in a lighthouse. The "
     "sitcom has been axed after one series.", {("Harbour 7", 1, "cancelled")}),
    ("numbered_story_past", "The Tovrel sitcom Harbour 7 followed three bakers. The sitcom "
     "has been cancelled after two seasons.", {("Harbour 7", 2, "cancelled")}),
    ("opener_modifies_noun", "The Tovrel drama Lantern House follows two sisters. Overnight "
     "ratings dropped in its third run. The drama has been cancelled after three seasons.",
     {("Lantern House", 3, "cancelled")}),
]


@pytest.mark.parametrize("name,body,want", NEW, ids=[n[0] for n in NEW])
def test_new_title_readings(name: str, body: str,
                            want: set[tuple[str, int | None, str]]) -> None:
    kinds = {k for _, _, k in want}
    assert {r for r in _rows(body) if r[2] in kinds} == want


#: Controls (pass on both trees): the earlier reading kept.
KEPT = [
    # (round 39: the name written alone too, ``title.span.never_bare_number``)
    ("number_is_season_alone", "The Kestrel drama Glass Harbor 4 premieres in June. Glass "
     "Harbor drew big numbers.",
     {("Glass Harbor", 4, "premiere")}),
    ("numbered_title_with_season", "Kestrel has renewed Ward 13 season 2.",
     {("Ward 13", 2, "renewed")}),
    ("apposition_is_own_season", "Glass Harbor 4, a new season of the drama, premieres in "
     "June.", {("Glass Harbor", 4, "premiere")}),
    ("colon_the_final_season", "Glass Harbor 4: the final season premieres in June.",
     {("Glass Harbor", 4, "premiere")}),
    ("ordinal_after_numbered", "Kestrel has renewed Precinct 9 for a fifth season.",
     {("Precinct 9", 5, "renewed")}),
    ("subject_that_acts", "Kestrel's drama Lisbon follows two sisters. The drama has been "
     "cancelled after two seasons.", {("Lisbon", 2, "cancelled")}),
]


@pytest.mark.parametrize("name,body,want", KEPT, ids=[k[0] for k in KEPT])
def test_earlier_readings_kept(name: str, body: str,
                               want: set[tuple[str, int | None, str]]) -> None:
    kinds = {k for _, _, k in want}
    assert {r for r in _rows(body) if r[2] in kinds} == want


@pytest.mark.parametrize("body,rule", [
    ("Tovrel has renewed Harbour 7 for a further two series.",
     "title.span.number_beside_season_told"),
    ("Lisbon is back: a fourth season has been ordered by Tovrel.",
     "title.keep.season_clause_after"),
    ("The Tovrel drama Lantern House follows two sisters. Overnight ratings dropped in its third "
     "run. The drama has been cancelled after three seasons.", "title.span.opener_modifies_noun"),
], ids=["number_beside_season_told", "season_clause_after", "opener_modifies_noun"])
def test_explain_names_rule(body: str, rule: str) -> None:
    assert rule in explained(body, "TV news", PUBLISHED)
