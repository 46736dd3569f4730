"""The gazetteer (issue 10, round 3): watched titles and titles the store has confirmed are
recognised in later articles without a cue, as whole titles only; aliases only where the text
says two names are one show. Real SQLite files; sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from articles import URL, Row, facts_of, make_article, rows

from monitor.config import parse_config
from monitor.extract.facts import extract_facts
from monitor.extract.shows import discover, named_shows
from monitor.models import Article, Fact, ShowName
from monitor.pipeline import ingest_article, known_shows, make_context
from monitor.store.state import StateLocation, StateStore


def _article(text: str, title: str = "", published: str = "2024-05-10", url: str = URL) -> Article:
    """An article published on an ISO day (as the store's tests name days)."""
    return make_article(text, title, dt.date.fromisoformat(published), url)


def _facts(text: str, shows: tuple[ShowName, ...] = (), title: str = "") -> set[Row]:
    return rows(facts_of(text, title, known=shows))


def test_a_known_show_is_recognised_where_a_name_veto_would_drop_it() -> None:
    text = "Dana Wolfe wrapped filming on its second season on Friday."
    assert ("Dana Wolfe", 2, "filming_wrapped") not in _facts(text)
    assert ("Dana Wolfe", 2, "filming_wrapped") in _facts(text, (ShowName("Dana Wolfe"),))


def test_a_known_show_is_named_only_as_a_whole_title() -> None:
    shows = (ShowName("House"), ShowName("Salt Road"), ShowName("Lark Hollow"))
    texts = ["The White House said nothing.", "Fans of Salt Road cheered.",
             "The LARK HOLLOW cast returns."]
    assert named_shows(shows, texts) == (ShowName("Salt Road"), ShowName("Lark Hollow"))
    # thousands of known titles: only those whose first word the article holds are looked at
    many = tuple(ShowName(f"Show Number {n}") for n in range(5000)) + shows
    assert named_shows(many, texts) == (ShowName("Salt Road"), ShowName("Lark Hollow"))


@pytest.mark.parametrize(("text", "headline", "title", "alias"), [
    ("The Spanish drama La Casa de Lobos, or Wolf House, has been renewed for a fifth season.",
     "Wolf House renewed", "Wolf House", "Casa de Lobos"),
    ("Wolf House (La Casa de Lobos) has been renewed for a fifth season.", "",
     "Wolf House", "Casa de Lobos"),
    ("Les Voisins (also known as The Neighbours) was renewed for a second season.",
     "", "Les Voisins", "The Neighbours"),
])
def test_two_names_of_one_show_where_the_text_says_so(text: str, headline: str, title: str,
                                                     alias: str) -> None:
    found = discover([text], headline)
    assert found.titles == (title,)
    assert found.aliases == (ShowName(title, (alias,)),)
    facts = extract_facts(_article(text, headline))
    assert {f.show for f in facts} == {title}


def test_names_in_a_list_or_a_credit_are_not_aliases() -> None:
    found = discover(["Netflix renewed Salt Road, Tin Roof, or Glass Harbor, we hear."], "")
    assert found.aliases == ()
    found = discover(["The network renewed Salt Road (Tin Roof) and Glass Harbor."], "")
    assert found.aliases == (ShowName("Salt Road", ("Tin Roof",)),)
    found = discover(["The network renewed Salt Road (Tin Roof, Glass Harbor)."], "")
    assert found.aliases == ()


def _fact(show: str, published: str) -> Fact:
    return Fact(show=show, season=2, kind="renewed", date=published[:7], certainty="confirmed",
                evidence=f"{show} was renewed for a second season.",
                source_url=f"https://news.example/{published}")


def test_the_store_confirms_titles_that_two_articles_back(
        state_location: StateLocation) -> None:
    store = StateStore(state_location)
    now = dt.datetime(2024, 5, 20, tzinfo=dt.UTC)
    for day in ("2024-05-01", "2024-05-02"):
        store.articles.ingest(_article("...", published=day, url=f"https://news.example/{day}"),
                     [_fact("Dana Wolfe", day)], watched=lambda _: True, channels=(), now=now)
    store.articles.ingest(_article("...", published="2024-05-03", url="https://news.example/3"),
                 [_fact("Salt Road", "2024-05-03")], watched=lambda _: True, channels=(),
                 now=now)
    assert store.articles.confirmed_titles() == (ShowName("Dana Wolfe"),)
    assert store.articles.confirmed_titles(min_sources=1) == (ShowName("Dana Wolfe"),
                                                     ShowName("Salt Road"))
    store.close()


def test_hidden_shows_are_no_titles_and_merged_names_come_along(
        state_location: StateLocation) -> None:
    store = StateStore(state_location)
    now = dt.datetime(2024, 5, 20, tzinfo=dt.UTC)
    for n, day in enumerate(("2024-05-01", "2024-05-02")):
        for show in ("Dana Wolfe", "Original Comedies", "Star Harbor: Dana Wolfe"):
            store.articles.ingest(
                _article("...", published=day, url=f"https://news.example/{show}/{n}"),
                [_fact(show, day)], watched=lambda _: True, channels=(), now=now)
    store.shows.hide("Original Comedies", now=now)
    store.articles.merge("Star Harbor: Dana Wolfe", "Dana Wolfe", now=now,
                         watched=lambda _: True)
    store.articles.ingest(_article("...", published="2024-05-03", url="https://news.example/x"),
                          [], watched=lambda _: True, channels=(), now=now)
    assert store.articles.confirmed_titles() == (
        ShowName("Dana Wolfe", ("Star Harbor: Dana Wolfe",)),)
    store.close()


def test_a_title_is_confirmed_for_the_very_next_article(
        state_location: StateLocation) -> None:
    """The kept titles are never behind the state: the ingest that confirms a title updates
    them (no re-read of every title), and the next read has it."""
    store = StateStore(state_location)
    now = dt.datetime(2024, 5, 20, tzinfo=dt.UTC)
    assert store.articles.confirmed_titles() == ()
    for n, day in enumerate(("2024-05-01", "2024-05-02", "2024-05-03"), 1):
        store.articles.ingest(_article("...", published=day, url=f"https://news.example/{day}"),
                     [_fact("Dana Wolfe", day)], watched=lambda _: True, channels=(), now=now)
        assert store.articles.confirmed_titles() == (() if n < 2 else (ShowName("Dana Wolfe"),))
    assert store.articles.known_state.full_reads == 1
    store.close()


def test_the_pipeline_reads_later_articles_with_the_store_s_titles(tmp_path: Path) -> None:
    config = parse_config({"monitor": {"state": str(tmp_path / "state.db")}},
                          path=tmp_path / "monitor.toml")
    store = StateStore(tmp_path / "state.db")
    ctx = make_context(config, store, now=lambda: dt.datetime(2024, 5, 20, tzinfo=dt.UTC))
    for day in ("2024-05-01", "2024-05-02"):
        ingest_article(_article("Netflix has renewed Dana Wolfe for a second season.",
                                published=day, url=f"https://news.example/{day}"), ctx)
    assert ShowName("Dana Wolfe") in known_shows(ctx)
    ingest_article(_article("Dana Wolfe wrapped filming on its second season on Friday.",
                            published="2024-05-17", url="https://news.example/wrap"), ctx)
    assert [r.status for r in store.queries.status_rows() if r.show == "Dana Wolfe"] == ["wrapped"]
    store.close()


def test_a_watched_title_with_a_network_s_possessive_matches_the_bare_title() -> None:
    shows = (ShowName("Marvel's Night Lantern"),)
    assert named_shows(shows, ["Marvel's Night Lantern wrapped filming today."]) == (
        ShowName("Marvel's Night Lantern", ("Night Lantern",)),)
    facts = _facts("Night Lantern wrapped filming on its second season on Friday.", shows)
    assert ("Marvel's Night Lantern", 2, "filming_wrapped") in facts


def test_a_gazetteer_and_aired_seasons_kept_by_identity_still_follow_every_change() -> None:
    # The service hands every article the same tuple and read-only mapping while nothing
    # changes, and the extractor keeps what it derives from them by identity; a new tuple or
    # mapping, or a list or dict changed in place, is read afresh.
    from types import MappingProxyType

    text = "Dana Wolfe wrapped filming on another season on Friday."
    first = (ShowName("Dana Wolfe"),)
    aired = MappingProxyType({"Dana Wolfe": 2})
    article = _article(text)
    kept = {(f.show, f.season, f.kind) for f in extract_facts(article, first, aired)}
    assert kept == {("Dana Wolfe", 3, "filming_wrapped")}
    assert {(f.show, f.season, f.kind) for f in extract_facts(article, first, aired)} == kept
    assert {(f.show, f.season, f.kind) for f in extract_facts(
        article, first, MappingProxyType({"Dana Wolfe": 4}))} == {
        ("Dana Wolfe", 5, "filming_wrapped")}
    assert ("Dana Wolfe", 3, "filming_wrapped") not in {
        (f.show, f.season, f.kind) for f in extract_facts(article, (), aired)}

    changing_shows: list[ShowName] = [ShowName("Dana Wolfe")]
    changing_aired = {"Dana Wolfe": 2}
    assert {(f.show, f.season) for f in extract_facts(article, changing_shows, changing_aired)
            } == {("Dana Wolfe", 3)}
    changing_aired["Dana Wolfe"] = 6
    assert {(f.show, f.season) for f in extract_facts(article, changing_shows, changing_aired)
            } == {("Dana Wolfe", 7)}
    changing_shows[0] = ShowName("Salt Road")
    assert ("Dana Wolfe", 7) not in {
        (f.show, f.season) for f in extract_facts(article, changing_shows, changing_aired)}
