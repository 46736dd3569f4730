"""Triggers by meaning: each kind's vocabulary covers verbs, nouns, idioms, British and trade
wording; confusions between kinds are handled as a class. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import FullRow, Row, facts_of, full_rows, make_article, rows

from monitor.extract.facts import extract_facts
from monitor.extract.shows import unglue

PUBLISHED = dt.date(2024, 5, 10)


def _kinds(text: str, title: str = "") -> set[Row]:
    return rows(facts_of(text, title, PUBLISHED))


@pytest.mark.parametrize(("text", "want"), [
    ("The BBC has recommissioned Harbour Street for a third series.",
     ("Harbour Street", 3, "renewed")),
    ("Channel 4 has commissioned a second series of Harbour Street.",
     ("Harbour Street", 2, "renewed")),
    ("Harbour Street has received the green light for a second season.",
     ("Harbour Street", 2, "renewed")),
    ("Harbour Street has been confirmed for a fourth series.",
     ("Harbour Street", 4, "renewed")),
    ("Harbour Street season 3 is officially happening.", ("Harbour Street", 3, "renewed")),
    ("The network will not be renewing Harbour Street for a fourth season.",
     ("Harbour Street", 3, "cancelled")),
    ("Netflix has given Harbour Street the chop after two seasons.",
     ("Harbour Street", 2, "cancelled")),
    ("Cameras are rolling on Harbour Street season 2 in Belfast.",
     ("Harbour Street", 2, "filming_started")),
    ("Harbour Street season 2 began lensing in Toronto this week.",
     ("Harbour Street", 2, "filming_started")),
    ("Harbour Street has completed principal photography on its second season.",
     ("Harbour Street", 2, "filming_wrapped")),
    ("Harbour Street season 2 will be broadcast on BBC One in 2025.",
     ("Harbour Street", 2, "premiere")),
])
def test_vocabulary_by_meaning(text: str, want: tuple[object, ...]) -> None:
    assert want in _kinds(text)


def test_a_table_read_is_not_the_start_of_filming() -> None:
    kinds = {k for _, _, k in _kinds("The cast of Harbour Street gathered for the first table "
                                     "read of season 4 on Monday.")}
    assert "filming_started" not in kinds and "premiere" not in kinds


def test_a_renewal_denied_is_a_cancellation_not_a_negated_renewal() -> None:
    kinds = _kinds("Hulu decided not to renew Harbour Street after its second season.")
    assert ("Harbour Street", 2, "cancelled") in kinds
    assert not any(k == "renewed" for _, _, k in kinds)


@pytest.mark.parametrize(("text", "value"), [
    ("Harbour Street returns with a six-part second series in the autumn.", 6),
    ("Harbour Street season 2 will run eight instalments.", 8),
])
def test_episode_counts_in_british_forms(text: str, value: int) -> None:
    article = make_article(text, published=PUBLISHED)
    counts = [f.value for f in extract_facts(article) if f.kind == "episode_count"]
    assert counts == [value]


def test_two_part_finale_is_no_episode_count() -> None:
    article = make_article("Harbour Street season 2 ends with a part two finale.",
                           published=PUBLISHED)
    assert not [f for f in extract_facts(article) if f.kind == "episode_count"]


@pytest.mark.parametrize(("text", "want"), [
    ("Netflix renewed LanternfallOpal Creek and more.", "Lanternfall, Opal Creek"),
    ("ABC cancelled DriftwoodMarigold, Salt Road and Tin Roof.", "Driftwood, Marigold"),
    ("GrillMaster was renewed for a third season.", "GrillMaster was"),
    ("Meanwhile, DogHouse was renewed.", "DogHouse was"),
])
def test_glued_titles_split_only_inside_a_list_or_title_run(text: str, want: str) -> None:
    assert want in unglue(text)


def _facts(text: str, title: str = "") -> set[FullRow]:
    return full_rows(facts_of(text, title, PUBLISHED))


@pytest.mark.parametrize(("text", "want"), [
    # a season given, in any voice
    ("The BBC has commissioned Harbour Street for a second series.",
     ("Harbour Street", 2, "renewed")),
    ("Harbour Street season 3 ended in March, with the network picking it up for the fourth "
     "season a week later.", ("Harbour Street", 4, "renewed")),
    ("The third season of Harbour Street was ordered in June 2023.",
     ("Harbour Street", 3, "renewed")),
    ("A third season of Harbour Street has long since been confirmed.",
     ("Harbour Street", 3, "renewed")),
    ("Harbour Street season 2 drew well, and the official announcement of the third season "
     "arrived alongside word that it would be its final one.", ("Harbour Street", 3, "renewed")),
    # "returned" in the past with its date: the season came back then
    ("Harbour Street returned for its second season in October 2022.",
     ("Harbour Street", 2, "premiere")),
])
def test_renewal_in_every_voice(text: str, want: tuple[object, ...]) -> None:
    assert want in _kinds(text)


def test_a_renewal_dated_months_ahead_is_a_renewal_and_a_premiere() -> None:
    facts = _facts("ITV has confirmed Harbour Street for a fourth series in 2025.")
    assert ("Harbour Street", 4, "renewed", "2024-05", "confirmed") in facts
    assert ("Harbour Street", 4, "premiere", "2025", "expected") in facts


def test_a_return_days_ahead_is_only_a_premiere() -> None:
    facts = _facts("Harbour Street will return for its sixth series on Sunday, May 19.")
    assert {f[2] for f in facts} == {"premiere"}


def test_a_renewal_through_a_year_dates_no_premiere() -> None:
    facts = _facts("HBO has renewed Harbour Street through 2027.")
    assert {f[2] for f in facts} == {"renewed"}


def test_the_day_a_return_was_announced_dates_the_renewal_not_a_premiere() -> None:
    facts = _facts("Harbour Street season 19 ended in May. ABC confirmed in March that "
                   "Harbour Street would return for a landmark 20th season.")
    assert ("Harbour Street", 20, "renewed", "2024-03", "confirmed") in facts
    assert not any(f[2] == "premiere" for f in facts)


def test_a_season_ordered_long_ago_without_a_date_is_background() -> None:
    facts = _facts("Harbour Street season 1 was a standout, and a second season was announced "
                   "shortly after its release.")
    assert not any(f[2] == "renewed" for f in facts)


@pytest.mark.parametrize("text", [
    "Harbour Street season 2 is out. For a rundown of the latest renewals and cancellations, "
    "see our tracker.",
    "With the cancellations, the network has three shows left: Harbour Street, Tin Roof and "
    "Salt Road.",
    "Harbour Street had been the only drama awaiting a renew-versus-cancel decision.",
])
def test_decisions_in_general_are_no_decision_about_a_show(text: str) -> None:
    assert not any(k in ("renewed", "cancelled") for _, _, k in _kinds(text))


def test_renewals_handed_to_shows_are_theirs() -> None:
    kinds = _kinds("Today, NBC handed out renewals to two comedies - Harbour Street (Season 4) "
                   "and Tin Roof (Season 2).")
    assert {("Harbour Street", 4, "renewed"), ("Tin Roof", 2, "renewed")} <= kinds


def test_a_readers_question_states_nothing() -> None:
    assert not _kinds("Q: My neighbour says NBC is cancelling \"Harbour Street\" for "
                      "one more talent show.")


def test_an_article_about_a_podcast_states_no_tv_facts() -> None:
    text = ("The popular podcast Harbour Street is returning for its third season. The new "
            "season will launch with a pair of episodes on Oct. 4. Listeners of the podcast can "
            "subscribe now.")
    assert not _kinds(text, "'Harbour Street' Season 3 to follow a court case")


@pytest.mark.parametrize(("text", "premiere"), [
    ("The first teaser for Harbour Street season 2 was released on Monday.", False),
    ("NBC dropped a new trailer for the fifth season of Harbour Street, which returns "
     "on Nov. 20 with a double episode.", True),
    ("Jane Doe talked about Harbour Street season 2 at the Salt Road premiere on May 3.", False),
    ("NBC will air a \"Harbour Street\" marathon of the opening four episodes on "
     "Thursday, June 27.", False),
    ("In Harbour Street season 2, the third episode of which aired Saturday, the crew "
     "heads inland.", False),
    ("\"Telenovela Nights\" debuted in December.", True),
])
def test_premieres_of_other_things_are_no_season_premiere(text: str, premiere: bool) -> None:
    assert any(k == "premiere" for _, _, k in _kinds(text)) is premiere


def test_an_expected_return_without_news_of_it_is_only_a_premiere() -> None:
    facts = _facts("Harbour Street season 1 drew well. Harbour Street is expected to return for "
                   "its second season in 2025.")
    assert ("Harbour Street", 2, "premiere", "2025", "expected") in facts
    assert not any(f[2] == "renewed" for f in facts)
