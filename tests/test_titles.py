"""Title candidates are validated: networks, places, nationalities and people are vetoed unless
the text treats the name as a show. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract.facts import extract_facts
from monitor.extract.shows import discover_titles, last_verdicts, title_spans
from monitor.extract.titles import judge, possessor_is_not_title, validate
from monitor.models import Article, ShowName


def _facts(text: str, title: str = "", published: str = "2024-05-10") -> set[tuple]:
    article = Article("https://news.example/a", title, text, dt.date.fromisoformat(published))
    return {(f.show, f.season, f.kind) for f in extract_facts(article)}


@pytest.mark.parametrize(("title", "rule"), [
    ("Cinemax", "title.veto.network"),
    ("The CW", "title.veto.network"),
    ("Scotland", "title.veto.place"),
    ("Czech Republic", "title.veto.place"),
    ("Spanish", "title.veto.nationality"),
    ("Steven Ellison", "title.veto.person_name"),
    ("Mary J. Okafor", "title.veto.person_name"),
])
def test_weak_candidates_that_name_something_else_are_vetoed(title: str, rule: str) -> None:
    verdict = judge(title, strong=False)
    assert not verdict.kept and verdict.rule == rule


def test_strong_evidence_beats_a_name_veto_but_never_a_network() -> None:
    assert judge("Atlanta", strong=True).kept
    assert judge("Ted Larkin", strong=True).kept
    assert not judge("Cinemax", strong=True).kept
    assert judge("Kevin Can Wait", strong=False).kept  # not a first name then a surname


def test_a_surname_used_alone_is_a_person_once_the_full_name_was_given() -> None:
    text = "The cast includes Clara Beaumont. Beaumont returns as the lead."
    [verdict] = validate(["Beaumont"], (), text)
    assert verdict.rule == "title.veto.surname"


def test_a_name_listed_beside_a_show_is_a_show_and_watched_titles_are_kept() -> None:
    text = "New seasons of Harbor Lights and Luke Tanner are coming."
    verdicts = validate(["Harbor Lights", "Luke Tanner"], {"Harbor Lights"}, text)
    assert [v.kept for v in verdicts] == [True, True]
    assert verdicts[1].rule == "title.keep.listed_with_show"
    [watched] = validate(["Dana Wolfe"], (), "Dana Wolfe is back.", protected={"Dana Wolfe"})
    assert watched.kept and watched.rule == "title.keep.watched"


def test_a_network_possessive_marks_a_show() -> None:
    [verdict] = validate(["Paula Grant"], (), "Hulu's Paula Grant was renewed today.")
    assert verdict.kept and verdict.rule == "title.keep.strong"


def test_possessive_owner_that_is_a_person_or_network_is_not_part_of_the_title() -> None:
    assert possessor_is_not_title(["Nina", "Ortiz"]) and possessor_is_not_title(["Cinemax"])
    assert not possessor_is_not_title(["Nobody"])
    spans = [s.text for s in title_spans("Nina Ortiz's The Salt Flats returns in May.")]
    assert "The Salt Flats" in spans


def test_a_season_number_never_starts_a_title() -> None:
    spans = [s.text for s in title_spans("Filming on season 3 of Dana Wolfe began today.")]
    assert "Dana Wolfe" in spans and not any(s.startswith("3") for s in spans)


def test_creators_and_voice_casts_do_not_become_shows() -> None:
    text = ("Fox renewed Paper Kingdom for a second season. The comedy comes from creators "
            "Alan Brooks, Jenna Hart and Milo Fenwick, and features the voices of Hart, "
            "Fenwick and Sara Lindqvist.")
    facts = _facts(text, "Fox renews 'Paper Kingdom'")
    assert facts == {("Paper Kingdom", 2, "renewed")}
    assert not {"Alan Brooks", "Sara Lindqvist"} & set(discover_titles([text], ""))


def test_places_are_not_shows_but_a_show_named_after_a_place_is() -> None:
    text = ("Production on the second season of Copper Valley has begun in Scotland, and "
            "Atlanta season 4 starts filming in Georgia next month.")
    titles = discover_titles([text], "")
    assert "Scotland" not in titles and "Georgia" not in titles
    assert {"Copper Valley", "Atlanta"} <= set(titles)
    dropped = {v.title: v.rule for v in last_verdicts() if not v.kept}
    assert all(rule.startswith("title.veto") for rule in dropped.values())


def test_a_watched_title_that_looks_like_a_name_is_found() -> None:
    text = "Netflix has renewed Dana Wolfe for a third season."
    article = Article("u", "", text, dt.date(2024, 5, 10))
    facts = extract_facts(article, [ShowName("Dana Wolfe")])
    assert {(f.show, f.season) for f in facts} == {("Dana Wolfe", 3)}
