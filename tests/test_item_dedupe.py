"""What counts as a new article: GUIDs, normalised links and content hashes, never dates.

Publishers edit titles, change GUIDs, reuse them and get dates wrong. Polls run in-process over a
real HTTP server and a real SQLite file; the feed is rebuilt between polls.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from httpserver import LocalHTTPServer, Response
from service_setup import write_config

from monitor.config import load_config
from monitor.models import FeedItem
from monitor.pipeline import classify_item, item_content_hash, make_context, poll_feed
from monitor.store.state import SCHEMA_VERSION, SeenItem, StateStore

NOW = dt.datetime(2026, 1, 5, 12, 0, tzinfo=dt.UTC)
PAGE = "<html><body><article><h1>{title}</h1><p>{text}</p></article></body></html>"


def rss(items: list[dict[str, str]]) -> str:
    body = "".join(
        "<item>" + "".join(f"<{k}>{v}</{k}>" for k, v in item.items()) + "</item>"
        for item in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{body}'
            "</channel></rss>")


class Site:
    """A feed whose items the test changes between polls, and the article pages it links to."""

    def __init__(self, server: LocalHTTPServer) -> None:
        self.server = server
        self.items: list[dict[str, str]] = []
        server.route("/feed.xml", lambda req: Response(
            200, rss(self.items), {"Content-Type": "application/rss+xml"}))

    def page(self, name: str, text: str) -> str:
        self.server.route(f"/a/{name}", Response(200, PAGE.format(title=name, text=text),
                                                 {"Content-Type": "text/html"}))
        return self.server.url(f"/a/{name}")

    def fetches(self, name: str) -> int:
        return len(self.server.requests_to(f"/a/{name}"))


@pytest.fixture
def site(http_server: LocalHTTPServer) -> Site:
    return Site(http_server)


def articles(path: Path) -> list[tuple[str, str, str, str]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT url, title, published, content_hash FROM articles "
                            "ORDER BY url").fetchall()


def test_new_edited_renamed_and_reused_items(tmp_path: Path, site: Site,
                                             caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    config = load_config(write_config(tmp_path, [site.server.url("/feed.xml")]))
    store = StateStore(config.state_path)
    ctx = make_context(config, store, now=lambda: NOW)
    feed = config.feeds[0]
    a = site.page("a.html", "A quiet story about nothing in particular.")
    b = site.page("b.html", "Another quiet story.")
    site.items = [{"title": "A", "link": a, "guid": "g-a"},
                  {"title": "B", "link": b, "guid": "g-b"}]

    first = poll_feed(feed, ctx)
    assert (first.items_new, first.items_updated) == (2, 0)
    assert poll_feed(feed, ctx).items_new == 0  # nothing changed: nothing fetched
    assert (site.fetches("a.html"), site.fetches("b.html")) == (1, 1)
    [row_a_before, _] = articles(config.state_path)

    # An edited title (same GUID and link): processed again, as the same article.
    site.page("a.html", "A quiet story about nothing in particular, now with a correction.")
    site.items[0]["title"] = "A (updated)"
    edited = poll_feed(feed, ctx)
    assert (edited.items_new, edited.items_updated, edited.result) == (0, 1, "new")
    assert site.fetches("a.html") == 2
    rows = articles(config.state_path)
    assert [r[0] for r in rows] == [a, b]  # still one row per article
    assert rows[0][1] == "A (updated)" and rows[0][3] != row_a_before[3]
    assert poll_feed(feed, ctx).items_updated == 0  # the edit is processed once

    # A new GUID for the same link (tracking parameters added): not a new article.
    site.items[1] = {"title": "B", "link": b + "?utm_source=rss", "guid": "g-b-2"}
    renamed = poll_feed(feed, ctx)
    assert (renamed.items_new, renamed.items_updated) == (0, 0)
    assert site.fetches("b.html") == 1
    assert any("same link under a new GUID" in r.getMessage() for r in caplog.records)

    # A GUID reused for a different article (the old one left the feed): a new article.
    c = site.page("c.html", "A third story.")
    site.items[0] = {"title": "C, a different story", "link": c, "guid": "g-a"}
    reused = poll_feed(feed, ctx)
    assert reused.items_new == 1 and site.fetches("c.html") == 1
    assert len(articles(config.state_path)) == 3
    store.close()


def test_the_same_article_in_two_feeds_is_processed_once(
        tmp_path: Path, http_server: LocalHTTPServer) -> None:
    page = PAGE.format(title="x", text="One story, syndicated.")
    http_server.route("/a/x.html", Response(200, page, {"Content-Type": "text/html"}))
    link = http_server.url("/a/x.html")
    http_server.route("/one.xml", Response(200, rss([{"title": "X", "link": link,
                                                      "description": "from feed one"}])))
    http_server.route("/two.xml", Response(200, rss([{"title": "X!", "link": link + "#top",
                                                      "description": "from feed two"}])))
    config = load_config(write_config(tmp_path, [http_server.url("/one.xml"),
                                                 http_server.url("/two.xml")]))
    with StateStore(config.state_path) as store:
        ctx = make_context(config, store, now=lambda: NOW)
        for _ in range(3):  # different summaries per feed are not edits of each other
            for feed in config.feeds:
                poll_feed(feed, ctx)
    assert len(http_server.requests_to("/a/x.html")) == 1


@pytest.mark.parametrize("pub_date, expected", [
    ("Fri, 15 Sep 2017 10:00:00 GMT", dt.date(2017, 9, 15)),
    ("Sat, 01 Jan 0200 10:00:00 GMT", NOW.date()),   # year 200
    ("Thu, 01 Jan 2099 10:00:00 GMT", NOW.date()),   # far future
    ("the day after tomorrow", NOW.date()),          # unparseable
    (None, NOW.date()),                              # missing
], ids=["plausible", "year-200", "far-future", "unparseable", "missing"])
def test_feed_dates_missing_or_absurd_are_clamped_to_first_seen(
        tmp_path: Path, site: Site, pub_date: str | None, expected: dt.date,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    link = site.page("d.html", "A story with a doubtful date.")
    item = {"title": "D", "link": link}
    if pub_date is not None:
        item["pubDate"] = pub_date
    site.items = [item]
    config = load_config(write_config(tmp_path, [site.server.url("/feed.xml")]))
    with StateStore(config.state_path) as store:
        assert poll_feed(config.feeds[0], make_context(config, store, now=lambda: NOW)
                         ).items_new == 1
    [(_, _, published, _)] = articles(config.state_path)
    assert published == expected.isoformat()
    if expected == NOW.date():
        assert any("using first-seen date" in r.getMessage() and link in r.getMessage()
                   for r in caplog.records)


def test_article_link_redirecting_to_a_private_address_is_refused(
        tmp_path: Path, http_server: LocalHTTPServer, caplog: pytest.LogCaptureFixture) -> None:
    """The feed's host is allowed; the article redirects to cloud metadata and to another
    loopback port, neither of which is, so neither is requested."""
    http_server.route("/go-meta", Response(302, headers={
        "Location": "http://169.254.169.254/latest/meta-data/"}))
    http_server.route("/go-local", Response(302, headers={
        "Location": "http://localhost:9/admin"}))
    http_server.route("/feed.xml", Response(200, rss([
        {"title": "M", "link": http_server.url("/go-meta")},
        {"title": "L", "link": http_server.url("/go-local")}])))
    path = write_config(tmp_path, [http_server.url("/feed.xml")])
    path.write_text(path.read_text().replace('allow_hosts = ["127.0.0.1"]',
                                             f'allow_hosts = ["127.0.0.1:{http_server.port}"]'))
    config = load_config(path)
    with StateStore(config.state_path) as store:
        outcome = poll_feed(config.feeds[0], make_context(config, store, now=lambda: NOW))
    assert (outcome.items_new, outcome.items_failed) == (0, 2)
    messages = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert any("link-local address 169.254.169.254" in m for m in messages), messages
    assert any("host localhost is a loopback address" in m for m in messages), messages
    assert articles(config.state_path) == []


SEEN = [SeenItem("f", "g1", "https://n.example/a", "h1")]


@pytest.mark.parametrize("guid, link, feed, digest, seen, verdict", [
    ("g1", "https://n.example/a", "f", "h1", SEEN, "seen"),
    ("g1", "https://n.example/a", "f", "h2", SEEN, "edited"),
    ("g2", "https://n.example/a?utm_medium=x", "f", "h1", SEEN, "renamed"),
    ("g2", "https://n.example/a", "f", "h2", SEEN, "edited"),
    ("g9", "https://n.example/a", "other", "h7", SEEN, "duplicate"),
    ("g1", "https://n.example/moved", "f", "h1", SEEN, "moved"),
    ("g1", "https://n.example/b", "f", "h5", SEEN, "new"),
    ("g1", "https://n.example/a", "f", "h2", [SeenItem("f", "g1", "https://n.example/a", "")],
     "seen"),
    ("g3", "https://n.example/c", "f", "h1", [], "new"),
], ids=["unchanged", "edited", "new-guid-same-link", "new-guid-edited", "other-feed",
        "link-moved", "guid-reused", "legacy-row-without-hash", "never-seen"])
def test_classify_item(guid: str, link: str, feed: str, digest: str, seen: list[SeenItem],
                       verdict: str) -> None:
    item = FeedItem(feed_url=feed, guid=guid, link=link, title="t", published=None)
    assert classify_item(item, seen, digest) == verdict


def test_content_hash_ignores_whitespace_but_not_words() -> None:
    one = FeedItem("f", "g", "l", "A  title", None, "Some\nsummary")
    assert item_content_hash(one) == item_content_hash(
        FeedItem("f", "g", "l", "A title", None, "Some summary"))
    assert item_content_hash(one) != item_content_hash(
        FeedItem("f", "g", "l", "A new title", None, "Some summary"))


def test_an_old_state_file_is_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    StateStore(path, migrate_to=2).close()
    with closing(sqlite3.connect(path)) as conn:  # rows as a version-2 monitor wrote them
        conn.execute("INSERT INTO feeds (feed_url, etag, consecutive_failures, unhealthy) "
                     "VALUES ('https://n.example/feed', '\"e\"', 4, 1)")
        conn.execute("INSERT INTO seen_items (feed_url, guid, link_norm, first_seen_at) VALUES "
                     "('https://n.example/feed', 'g1', 'https://n.example/a', '2025-01-01')")
        conn.commit()
    with StateStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        state = store.feeds.state("https://n.example/feed")
        assert (state.etag, state.consecutive_failures, state.unhealthy) == ('"e"', 4, True)
        assert state.next_poll_at is None and state.failing_since is None
        [seen] = store.feeds.matching("https://n.example/feed", "g1", "https://n.example/a")
        item = FeedItem("https://n.example/feed", "g1", "https://n.example/a", "t", None)
        # Known items of the old file stay known (no hash yet: not taken for an edit).
        assert classify_item(item, [seen], item_content_hash(item)) == "seen"


def test_a_poll_of_an_unchanged_feed_writes_nothing_for_its_items(tmp_path: Path,
                                                                   site: Site) -> None:
    """Read first, write only what changed: items already marked with the same content cost
    a read, not a write transaction per item on every poll that gets a 200."""
    config = load_config(write_config(tmp_path, [site.server.url("/feed.xml")]))
    store = StateStore(config.state_path)
    ctx = make_context(config, store, now=lambda: NOW)
    feed = config.feeds[0]
    site.items = [{"title": n, "link": site.page(f"{n}.html", f"Story {n}."), "guid": f"g-{n}"}
                  for n in ("a", "b", "c")]
    assert poll_feed(feed, ctx).items_new == 3
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)

    assert poll_feed(feed, ctx).items_new == 0
    seen_writes = [s for s in statements if "seen_items" in s and not s.startswith("SELECT")]
    assert seen_writes == []

    statements.clear()  # an edited title is a new version: processed and marked again
    site.items[1]["title"] = "b, edited"
    assert poll_feed(feed, ctx).items_updated == 1
    assert [s for s in statements if s.startswith("INSERT INTO seen_items")]
    statements.clear()
    assert (poll_feed(feed, ctx).items_new, poll_feed(feed, ctx).items_updated) == (0, 0)
    assert [s for s in statements if "seen_items" in s and not s.startswith("SELECT")] == []
