"""Seasons, round 8 (issue 10): a show whose seasons the article calls parts ("Part 5" in the
headline, "season 5" in the body) — and the articles where a part is a part: a season told in
halves, a part of an interview. Every sentence is written for this test about invented shows."""

from __future__ import annotations

import datetime as dt

from articles import DatedRow, dated_rows, facts_of

PUBLISHED = dt.date(2024, 5, 10)


def _facts(title: str, text: str) -> set[DatedRow]:
    return dated_rows(facts_of(text, title, PUBLISHED))


def test_parts_named_as_seasons_are_seasons() -> None:
    facts = _facts("Glass Harbor Part 3 release date, trailer and cast",
                   "Netflix will reveal the release date for season 3 of its island drama "
                   "\u201cGlass Harbor\u201d soon. Glass Harbor: Part 2 premiered in April 2023 "
                   "on Netflix.")
    assert ("Glass Harbor", 2, "premiere", "2023-04") in facts


def test_a_part_split_into_volumes_is_still_a_season() -> None:
    facts = _facts("Glass Harbor Part 3: everything we know",
                   "Glass Harbor season 3 will come out in two volumes. Glass Harbor Part 2 "
                   "premiered in April 2023.")
    assert ("Glass Harbor", 2, "premiere", "2023-04") in facts


def test_a_season_told_in_parts_keeps_its_parts_apart() -> None:
    # the second part of a split season premieres: no season premieres
    facts = _facts("Glass Harbor season 3, part 2 gets a date",
                   "Glass Harbor season 3 part 2 premieres on June 14 on Netflix.")
    assert not any(kind == "premiere" and date == "2024-06-14" for _, _, kind, date in facts)
    facts = _facts("Glass Harbor returns",
                   "Glass Harbor season 2 premiered in March. Part 2 premieres on June 14 on "
                   "Netflix.")
    assert not any(date == "2024-06-14" for _, _, _, date in facts)


def test_a_part_of_something_else_is_no_season() -> None:
    facts = _facts("Glass Harbor season 2 premiere date",
                   "Glass Harbor season 2 premieres on June 14. Part 2 of our interview with "
                   "Maya Lind, who stars in Glass Harbor, premiered in April.")
    assert ("Glass Harbor", 2, "premiere", "2024-06-14") in facts
    assert not any(date == "2024-04" for _, _, _, date in facts)


def test_the_final_season_of_an_arc_the_sentence_counts() -> None:
    facts = _facts("", "Glass Harbor is a drama about lighthouse keepers. After the show's final "
                   "season was announced in May 2019, the studio's chief said that its writer "
                   "had long planned the story as a five-season arc.")
    assert facts == {("Glass Harbor", 5, "renewed", "2019-05")}
    # no arc counted: the season stays unknown
    facts = _facts("", "Glass Harbor is a drama about lighthouse keepers. After the show's final "
                   "season was announced in May 2019, fans were sad.")
    assert facts == {("Glass Harbor", None, "renewed", "2019-05")}
