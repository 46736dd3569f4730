"""Round 19: a count whose episodes are given a time ahead of the article ("15 episodes in
summer 2030", a tracker's line; "the drama gets ten episodes in spring 2030") tells the
season's premiere then too (rule ``kind.count_arrives_later``), as a renewal dated ahead
does. On main only the count was kept. Invented names throughout."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

PUBLISHED = dt.date(2029, 9, 10)
LEADS = ("Kestrel has renewed \u201c{s}\u201d for a {o} season. ",
         "KESTREL \u201c{s}\u201d, August 20, 2029. Season {n}. ")
SHOWS = (("Harrow Lane", "third", 3), ("Quill Street", "fifth", 5))
COUNTS = (("Ten episodes in {t}.", 10), ("13 more episodes in {t}.", 13),
          ("The drama gets eight episodes in {t}.", 8),
          ("It returns with 12 episodes in {t}.", 12))
TIMES = (("2030", "2030"), ("summer 2030", "2030-SU"), ("early 2030", "2030"),
         ("spring 2030", "2030-SP"))


def _rows(body: str, show: str) -> set[tuple[int | None, str, str | None, int | None]]:
    return {(f.season, f.kind, f.date, f.value) for f in facts_of(body, published=PUBLISHED)
            if f.show == show and f.kind in ("premiere", "episode_count")}


@pytest.mark.parametrize("show", SHOWS, ids=lambda s: s[0])
@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("count", COUNTS, ids=lambda c: c[0][:12])
@pytest.mark.parametrize("time", TIMES, ids=lambda t: t[0])
def test_count_with_a_time_ahead_dates_the_premiere(
        show: tuple[str, str, int], lead: str, count: tuple[str, int],
        time: tuple[str, str]) -> None:
    name, ordinal, number = show
    body = lead.format(s=name, o=ordinal, n=number) + count[0].format(t=time[0])
    rows = _rows(body, name)
    assert (number, "episode_count", None, count[1]) in rows
    assert (number, "premiere", time[1], None) in rows


def test_explain_names_the_rule() -> None:
    body = LEADS[0].format(s="Harrow Lane", o="third") + "Ten episodes in 2030."
    _, text = explain(make_article(body, published=PUBLISHED))
    assert "kind.count_arrives_later" in text


@pytest.mark.parametrize("second", [
    # made, aired or watched: no arrival
    "Ten episodes were shot in 2030.",
    "Ten episodes were filmed in spring 2030.",
    "The drama ran for ten episodes in 2028.",
    "It drew ten million viewers in 2030.",
    # a time already past
    "Ten episodes in 2028.",
    # a day: a schedule's, read elsewhere
    "The budget covers ten episodes in 2030.",
])
def test_controls_give_no_premiere(second: str) -> None:
    body = LEADS[0].format(s="Harrow Lane", o="third") + second
    assert not {r for r in _rows(body, "Harrow Lane") if r[1] == "premiere"}


def test_control_a_premiere_told_keeps_its_date() -> None:
    body = (LEADS[0].format(s="Harrow Lane", o="third") + "The drama returns on March 4, 2030 "
            "with ten episodes.")
    rows = _rows(body, "Harrow Lane")
    assert (3, "premiere", "2030-03-04", None) in rows and (3, "episode_count", None, 10) in rows
