"""Living with the status page (issue 12, part B), served for real on 127.0.0.1 over real
SQLite files written through the store's own ingest: the calendar (parsed by the icalendar
library), a show's page and Atom feed (parsed by feedparser), recent changes and upcoming
premieres, relative times, conditional requests (ETag, Last-Modified, 304), links under a public
URL or a trusted proxy's forwarded host and never with the token, and the CLI's calendar."""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Iterator
from pathlib import Path

import feedparser
import icalendar
import pytest
import requests
from bs4 import BeautifulSoup

from monitor.cli import main
from monitor.models import Article, Fact
from monitor.store.state import StateStore
from monitor.web.server import StatusServer, make_server

#: The page's "now": premieres after it are upcoming.
NOW = dt.datetime(2025, 3, 4, 12, 0, tzinfo=dt.UTC)
TOKEN = "tok-for-the-live-tests"
PUBLIC = "https://tv.example.com/monitor"


def fact(show: str, season: int | None, kind: str, date: str | None,
         certainty: str = "confirmed", evidence: str = "") -> Fact:
    return Fact(show=show, season=season, kind=kind, date=date,  # type: ignore[arg-type]
                certainty=certainty,  # type: ignore[arg-type]
                evidence=evidence or f"{show} season {season}: {kind} {date}.")


def ingest(store: StateStore, url: str, title: str, published: str, facts: list[Fact],
           now: dt.datetime) -> None:
    store.articles.ingest(Article(url=url, title=title, text=url,
                                  published=dt.date.fromisoformat(published)),
                          facts, watched=lambda _t: True, channels=["mail"], now=now)


def build_state(db: Path) -> None:
    """Four shows: a premiere day confirmed and one expected, a window, a cancelled season
    with a date, a speculative date; alerts made over the days before NOW."""
    with StateStore(db) as store:
        ingest(store, "https://news.example/harbor-s2", "Glass Harbor season 2 dated",
               "2025-02-01", [fact("Glass Harbor", 2, "premiere", "2025-04-14",
                                   evidence="Glass Harbor returns for season 2 on April 14.")],
               NOW - dt.timedelta(days=31))
        ingest(store, "https://news.example/lantern", "Salt Lantern wraps; comes back in spring",
               "2025-02-20", [fact("Salt Lantern", 1, "filming_wrapped", "2025-02-19"),
                              fact("Salt Lantern", 1, "premiere", "2025-SP", "expected")],
               NOW - dt.timedelta(days=12))
        ingest(store, "https://news.example/copper", "Copper Valley cancelled",
               "2025-02-25", [fact("Copper Valley", 3, "premiere", "2025-05-01"),
                              fact("Copper Valley", 3, "cancelled", "2025-02-25")],
               NOW - dt.timedelta(days=7))
        ingest(store, "https://news.example/ferry", "Blue Ferry might return in June",
               "2025-03-01", [fact("Blue Ferry", 1, "premiere", "2025-06-02", "speculative")],
               NOW - dt.timedelta(days=3))
        ingest(store, "https://news.example/harbor-date", "Glass Harbor: a date for season 3",
               "2025-03-01", [fact("Glass Harbor", 3, "premiere", "2025-09-01", "expected")],
               NOW - dt.timedelta(days=3))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "state.db"
    build_state(path)
    return path


def serve(db: Path, **kwargs: object) -> Iterator[StatusServer]:
    server = make_server(db, "127.0.0.1", 0, clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def server(db: Path) -> Iterator[StatusServer]:
    yield from serve(db, watched=["Glass Harbor"])


def get(server: StatusServer, path: str, **kwargs: object) -> requests.Response:
    return requests.get(server.url.rstrip("/") + path, timeout=10, **kwargs)  # type: ignore[arg-type]


def calendar(response: requests.Response) -> icalendar.Calendar:
    assert response.status_code == 200, response.text[:300]
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


# --- calendar -----------------------------------------------------------------------------------

def test_calendar_has_one_all_day_event_per_premiere_day_and_windows_as_notes(
        server: StatusServer) -> None:
    cal = calendar(get(server, "/calendar.ics"))
    assert str(cal["version"]) == "2.0" and "monitor" in str(cal["prodid"])
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    # The cancelled season's date and the speculative one are not events.
    assert set(events) == {"Glass Harbor S2 premiere", "Glass Harbor S3 premiere"}
    s2 = events["Glass Harbor S2 premiere"]
    assert s2.decoded("dtstart") == dt.date(2025, 4, 14)  # all day: a date, not a time
    assert s2.decoded("dtend") == dt.date(2025, 4, 15)
    assert str(s2["uid"]) == "premiere-glass-harbor-2@monitor"
    assert str(s2["status"]) == "CONFIRMED"
    assert str(events["Glass Harbor S3 premiere"]["status"]) == "TENTATIVE"
    text = str(s2["description"])
    assert "Premiere: 14 Apr 2025 (confirmed)." in text
    assert "“Glass Harbor returns for season 2 on April 14.”" in text
    assert ("- Glass Harbor season 2 dated (1 Feb 2025): https://news.example/harbor-s2"
            in text)
    # A window is a note on its first day, not an event.
    [note] = cal.walk("VJOURNAL")
    assert str(note["summary"]) == "Salt Lantern S1 premiere: Spring 2025 (window)"
    assert note.decoded("dtstart") == dt.date(2025, 3, 1)
    assert str(note["uid"]) == "premiere-window-salt-lantern-1@monitor"
    # Links to the season page, from the address the client used.
    assert str(s2["url"]) == server.url.rstrip("/") + "/show/glass-harbor/season/2"


def test_calendar_filtered_by_show_and_uid_stable_when_the_date_moves(
        server: StatusServer, db: Path) -> None:
    cal = calendar(get(server, "/calendar.ics", params={"show": "salt lantern"}))
    assert [str(c["summary"]) for c in cal.walk() if c.name in ("VEVENT", "VJOURNAL")] == \
        ["Salt Lantern S1 premiere: Spring 2025 (window)"]
    assert "Salt Lantern" in str(cal["x-wr-calname"])
    assert calendar(get(server, "/calendar.ics", params={"show": "nobody"})).walk("VEVENT") == []
    before = {str(e["uid"]): e for e in calendar(get(server, "/calendar.ics")).walk("VEVENT")}
    with StateStore(db) as store:  # the premiere moves: the same event, on its new day
        ingest(store, "https://news.example/harbor-moved", "Glass Harbor delayed", "2025-03-03",
               [fact("Glass Harbor", 2, "premiere", "2025-04-21")], NOW)
    after = {str(e["uid"]): e for e in calendar(get(server, "/calendar.ics")).walk("VEVENT")}
    assert set(after) == set(before)
    uid = "premiere-glass-harbor-2@monitor"
    assert (before[uid].decoded("dtstart"), after[uid].decoded("dtstart")) == \
        (dt.date(2025, 4, 14), dt.date(2025, 4, 21))
    assert after[uid].decoded("dtstamp") > before[uid].decoded("dtstamp")


def test_calendar_and_atom_answer_304_when_unchanged(server: StatusServer, db: Path) -> None:
    for path in ("/calendar.ics", "/alerts.atom", "/show/glass-harbor/alerts.atom"):
        first = get(server, path)
        assert first.status_code == 200
        etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
        assert first.headers["Cache-Control"] == "private, no-cache"
        assert email.utils.parsedate_to_datetime(modified) <= NOW
        again = get(server, path, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b""
        assert again.headers["ETag"] == etag
        assert get(server, path, headers={"If-None-Match": '"other", ' + etag}
                   ).status_code == 304
        assert get(server, path, headers={"If-Modified-Since": modified}).status_code == 304
        assert get(server, path, headers={"If-None-Match": '"stale"'}).status_code == 200
        old = email.utils.format_datetime(NOW - dt.timedelta(days=400), usegmt=True)
        assert get(server, path, headers={"If-Modified-Since": old}).status_code == 200
        # If-None-Match wins over If-Modified-Since (RFC 9110).
        assert get(server, path, headers={"If-None-Match": '"stale"',
                                          "If-Modified-Since": modified}).status_code == 200
    etags = {p: get(server, p).headers["ETag"]
             for p in ("/calendar.ics", "/show/glass-harbor/alerts.atom")}
    with StateStore(db) as store:
        ingest(store, "https://news.example/harbor-s4", "Glass Harbor renewed; S3 moved",
               "2025-03-04", [fact("Glass Harbor", 4, "renewed", None),
                              fact("Glass Harbor", 3, "premiere", "2025-09-08")],
               NOW + dt.timedelta(minutes=5))
    for path, etag in etags.items():
        changed = get(server, path, headers={"If-None-Match": etag})
        assert changed.status_code == 200 and changed.headers["ETag"] != etag, path


def test_cli_calendar_writes_what_the_page_serves(db: Path, tmp_path: Path) -> None:
    config = tmp_path / "monitor.toml"
    config.write_text(f'[monitor]\nstate = "{db}"\n[http]\npublic_url = "{PUBLIC}/"\n')
    target = tmp_path / "premieres.ics"
    assert main(["calendar", "--ics", str(target), "--since", "2025-01-01",
                 "--config", str(config)]) == 0
    for served in serve(db, public_url=PUBLIC):
        page = get(served, "/calendar.ics", params={"since": "2025-01-01"})
        assert page.content == target.read_bytes()
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    urls = {str(e["url"]) for e in cal.walk("VEVENT")}
    assert urls == {f"{PUBLIC}/show/glass-harbor/season/2", f"{PUBLIC}/show/glass-harbor/season/3"}
    assert main(["calendar", "--ics", str(target), "--show", "Nobody At All",
                 "--config", str(config)]) == 2


# --- pages --------------------------------------------------------------------------------------

def test_index_shows_recent_changes_then_upcoming_then_shows(server: StatusServer) -> None:
    page = BeautifulSoup(get(server, "/").text, "html.parser")
    headings = [h.get_text(strip=True) for h in page.select("main h2")]
    assert headings == ["Recent changes", "Upcoming premieres", "Shows"]
    changes = [li.a.get_text(strip=True) for li in page.select("ol.changes > li")]
    assert changes[0] == "Glass Harbor S3: first seen: premiere scheduled"  # newest first
    assert "Copper Valley S3: first seen: cancelled" in changes
    first = page.select_one("ol.changes > li time[title]")
    assert first.get_text() == "3 days ago" and first["title"] == "1 Mar 2025 12:00 UTC"
    assert first["datetime"] == "2025-03-01T12:00:00+00:00"
    upcoming = [" ".join(li.get_text().split()) for li in page.select("ol.premieres > li")]
    assert upcoming == ["14 Apr 2025 (in 1 month): Glass Harbor S2 confirmed",
                        "1 Sep 2025 (in 6 months): Glass Harbor S3 expected"]
    assert [" ".join(li.get_text().split()) for li in page.select("ul.windows > li")] == \
        ["Spring 2025: Salt Lantern S1"]
    groups = {g.h3.a.get_text(strip=True): g for g in page.select("section.show-group")}
    # Blue Ferry is known from a speculative date only: no status, not on the board.
    assert list(groups) == ["Copper Valley", "Glass Harbor", "Salt Lantern"]
    assert groups["Glass Harbor"].select_one(".badge.watched") is not None  # watched
    assert groups["Salt Lantern"].select_one(".badge.watched") is None
    seasons = [r.th.get_text(strip=True) for r in groups["Glass Harbor"].select("tbody tr")]
    assert seasons == ["Season 2", "Season 3"]


def test_show_page_lists_every_season_and_links_its_feeds(server: StatusServer) -> None:
    page = BeautifulSoup(get(server, "/show/Glass%20Harbor").text, "html.parser")
    assert page.h1.get_text(" ", strip=True) == "Glass Harbor Watched"
    assert [r.th.get_text(strip=True) for r in page.select("table.seasons tbody tr")] == \
        ["Season 2", "Season 3"]
    hrefs = {a.get_text(strip=True): a["href"] for a in page.select(".subscribe a")}
    assert hrefs["Alerts of this show (Atom)"] == "/show/glass-harbor/alerts.atom"
    assert hrefs["Its premieres (calendar)"] == "/calendar.ics?show=glass+harbor"
    alerts = [h.get_text(strip=True) for h in page.select(".alert-list h3")]
    assert alerts == ["Glass Harbor S3: first seen: premiere scheduled",
                      "Glass Harbor S2: first seen: premiere scheduled"]
    assert get(server, "/show/nobody").status_code == 404
    data = get(server, "/api/shows/glass-harbor").json()
    assert data["show"]["watched"] is True
    assert [s["season"] for s in data["seasons"]] == [2, 3]


def test_season_page_shows_sources_by_title_and_relative_times(server: StatusServer) -> None:
    page = BeautifulSoup(get(server, "/show/glass-harbor/season/2").text, "html.parser")
    [fact_item] = page.select("ol.timeline > li")
    link = fact_item.select_one("ul.sources a")
    assert link.get_text(strip=True) == "Glass Harbor season 2 dated"
    assert link["href"] == "https://news.example/harbor-s2"
    assert fact_item.select_one(".source-host").get_text() == "news.example"
    reported = fact_item.select_one(".fact-head time[title]")
    assert reported.get_text() == "1 month ago" and reported["title"] == "1 Feb 2025"
    data = get(server, "/api/seasons/glass-harbor/2").json()
    assert data["history"][0]["sources"] == [{"url": "https://news.example/harbor-s2",
                                              "title": "Glass Harbor season 2 dated",
                                              "published": "2025-02-01"}]


def test_per_show_atom_feed_holds_that_show_only(server: StatusServer) -> None:
    feed = feedparser.parse(get(server, "/show/glass-harbor/alerts.atom").content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "Glass Harbor · TV monitor"
    assert [e.title for e in feed.entries] == [
        "Glass Harbor S3: first seen: premiere scheduled",
        "Glass Harbor S2: first seen: premiere scheduled"]
    base = server.url.rstrip("/")
    assert feed.entries[1].link == f"{base}/show/glass-harbor/season/2"
    assert "Glass Harbor season 2 dated" in feed.entries[1].content[0].value  # source title
    every = feedparser.parse(get(server, "/alerts.atom").content)
    assert len(every.entries) == 4 and len({e.id for e in every.entries}) == 4


# --- links: public URL, a trusted proxy, never the token ----------------------------------------

def test_links_use_the_public_url_and_never_the_token(db: Path) -> None:
    for server in serve(db, token=TOKEN, public_url=PUBLIC):
        auth = {"Authorization": f"Bearer {TOKEN}"}
        atom = get(server, f"/alerts.atom?token={TOKEN}")
        feed = feedparser.parse(atom.content)
        assert TOKEN not in atom.text
        assert {link["href"] for link in feed.feed.links} == {f"{PUBLIC}/alerts.atom",
                                                              f"{PUBLIC}/alerts"}
        assert all(e.link.startswith(f"{PUBLIC}/show/") for e in feed.entries)
        ics = get(server, "/calendar.ics", headers=auth)
        assert TOKEN not in ics.text
        assert {str(e["url"]) for e in calendar(ics).walk("VEVENT")} == {
            f"{PUBLIC}/show/glass-harbor/season/2", f"{PUBLIC}/show/glass-harbor/season/3"}
        data = get(server, f"/api/seasons?limit=1&token={TOKEN}").json()
        assert TOKEN not in str(data) and data["links"]["next"].startswith("/monitor/api/")
        assert data["seasons"][0]["links"]["html"].startswith("/monitor/show/")
        paged = get(server, "/api/seasons?limit=1", headers=auth)
        assert paged.headers["Link"].startswith(f"<{PUBLIC}/api/seasons?limit=1&cursor=")
        # The pages link under the public URL's path (the proxy strips it on the way in).
        page = BeautifulSoup(get(server, "/", headers=auth).text, "html.parser")
        assert page.select_one("section.show-group h3 a")["href"] == "/monitor/show/copper-valley"


def test_forwarded_host_only_when_trusted(db: Path) -> None:
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "proxy.example:8443"}
    for server in serve(db, trust_forwarded=True):
        feed = feedparser.parse(get(server, "/alerts.atom", headers=forwarded).content)
        assert all(e.link.startswith("https://proxy.example:8443/show/") for e in feed.entries)
        hostile = {"X-Forwarded-Proto": "javascript", "X-Forwarded-Host": "a b/c"}
        feed = feedparser.parse(get(server, "/alerts.atom", headers=hostile).content)
        assert all(e.link.startswith(server.url.rstrip("/")) for e in feed.entries)
    for server in serve(db):  # not trusted: the headers are ignored
        feed = feedparser.parse(get(server, "/alerts.atom", headers=forwarded).content)
        assert all(e.link.startswith(server.url.rstrip("/") + "/show/") for e in feed.entries)


# --- email and webhook link to the season's page when a public URL is set ------------------------

def test_email_and_webhook_link_to_the_season_page(db: Path, smtp: object,
                                                   receiver: object) -> None:
    from alert_servers import SMTPServer, WebhookReceiver

    from monitor.alerts.channels import close_channels, open_channels
    from monitor.alerts.delivery import deliver_pending
    from monitor.config import parse_config

    assert isinstance(smtp, SMTPServer) and isinstance(receiver, WebhookReceiver)
    tables = {"mail": {"kind": "email", "host": "127.0.0.1", "port": smtp.port,
                       "security": "none", "from": "m@example.com", "to": ["you@example.com"]},
              "hook": {"kind": "webhook", "url": receiver.url}}
    for public in (f"{PUBLIC}/", None):
        raw: dict[str, object] = {"channels": tables}
        if public:
            raw["http"] = {"public_url": public}
        config = parse_config(raw, path=db.parent / "monitor.toml")
        channels = open_channels(config.channels)
        season = 2 if public else 3
        with StateStore(db) as store:
            store.articles.ingest(
                Article(url=f"https://news.example/s{season}", title="Salt Lantern renewed",
                        text="x", published=dt.date(2025, 3, 4)),
                [fact("Salt Lantern", season, "renewed", None)], watched=lambda _t: True,
                channels=["mail", "hook"], now=NOW)
            report = deliver_pending(store.outbox, channels, now=NOW, policy=config.retry)
            assert report.failed == 0, report
        close_channels(channels)
        mail = next(m.message for m in smtp.mails
                    if f"Salt Lantern S{season}" in str(m.message["Subject"]))
        text = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        html = mail.get_body(("html",)).get_content()  # type: ignore[union-attr]
        hook = next(r.json() for r in receiver.received
                    if r.json().get("show") == "Salt Lantern" and r.json()["season"] == season)
        page = f"{PUBLIC}/show/salt-lantern/season/{season}"
        if public:
            assert page in text and f'href="{page}"' in html
            assert hook["season_url"] == page
        else:
            assert "/show/" not in text and "Season page" not in html
            assert hook["season_url"] is None
        assert hook["summary"] == f"Salt Lantern S{season}: first seen: renewed"
