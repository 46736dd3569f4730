"""Triggers by meaning: each kind's vocabulary covers verbs, nouns, idioms, British and trade
wording; confusions between kinds are handled as a class. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract.facts import extract_facts
from monitor.extract.shows import unglue
from monitor.models import Article

PUBLISHED = dt.date(2024, 5, 10)


def _kinds(text: str, title: str = "") -> set[tuple[object, ...]]:
    article = Article("https://news.example/a", title, text, PUBLISHED)
    return {(f.show, f.season, f.kind) for f in extract_facts(article)}


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
    article = Article("u", "", text, PUBLISHED)
    counts = [f.value for f in extract_facts(article) if f.kind == "episode_count"]
    assert counts == [value]


def test_two_part_finale_is_no_episode_count() -> None:
    article = Article("u", "", "Harbour Street season 2 ends with a part two finale.", PUBLISHED)
    assert not [f for f in extract_facts(article) if f.kind == "episode_count"]


@pytest.mark.parametrize(("text", "want"), [
    ("Netflix renewed DaredevilJessica Jones and more.", "Daredevil, Jessica Jones"),
    ("ABC cancelled ForeverCristela, Salt Road and Tin Roof.", "Forever, Cristela"),
    ("MasterChef was renewed for a third season.", "MasterChef was"),
    ("Meanwhile, HouseBroken was renewed.", "HouseBroken was"),
])
def test_glued_titles_split_only_inside_a_list_or_title_run(text: str, want: str) -> None:
    assert want in unglue(text)
