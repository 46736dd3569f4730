"""The confirmed titles and latest seasons kept across polls (monitor/store/known.py): always
what a full read of the state gives at that moment, on each engine; updated in place by this
process's own ingests; read again when another process (or another instance on PostgreSQL)
changed them; rebuilt on a restart."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

from httpserver import LocalHTTPServer, Response

from monitor.config import parse_config
from monitor.models import Article, Fact, ShowName
from monitor.pipeline import AiredByDay, aired_seasons, known_shows, make_context
from monitor.scheduler import Daemon
from monitor.store.known import Known, KnownState
from monitor.store.state import StateLocation, StateStore
from monitor.workers import WorkerPool

NOW = dt.datetime(2024, 6, 1, 12, tzinfo=dt.UTC)
ALWAYS = lambda _title: True  # noqa: E731


def _article(n: int, day: str = "2024-05-01") -> Article:
    return Article(f"https://news.example/{n}", f"story {n}", "...", dt.date.fromisoformat(day))


def _fact(show: str, season: int, kind: str = "renewed", date: str | None = "2024-05",
          n: int = 0) -> Fact:
    return Fact(show=show, season=season, kind=kind, date=date, certainty="confirmed",
                evidence=f"{show} news {n}.", source_url=f"https://news.example/{n}")


def _ingest(store: StateStore, n: int, *facts: Fact, day: str = "2024-05-01") -> None:
    store.articles.ingest(_article(n, day), list(facts), watched=ALWAYS, channels=(), now=NOW)


def _full_read(store: StateStore) -> Known:
    return KnownState().read(store.db)


def _same(kept: Known, full: Known) -> None:
    assert (kept.titles, kept.seasons, kept.counter) == (full.titles, full.seasons, full.counter)


def test_after_every_write_the_kept_names_are_a_full_read_s(
        state_location: StateLocation) -> None:
    """Own ingests (new shows, new and later seasons, premieres, a second source), a merge, a
    rename and a hidden show: after each, the kept copy equals a fresh full read, in the
    same order; only the merge, rename and hide (not counted in place) cause a full read."""
    with StateStore(state_location) as store:
        _same(store.articles.known(), _full_read(store))
        steps = [
            lambda: _ingest(store, 1, _fact("Salt Road", 2, n=1)),
            lambda: _ingest(store, 2, _fact("Salt Road", 2, n=2), _fact("Dana Wolfe", 1, n=2)),
            lambda: _ingest(store, 3, _fact("Amber Coast", 3, "premiere", "2024-04-02", 3),
                            _fact("Dana Wolfe", 1, n=3)),
            lambda: _ingest(store, 4, _fact("Salt Road", 3, n=4), _fact("Amber Coast", 4, n=4)),
            lambda: _ingest(store, 5, _fact("Amber Coast", 3, "premiere", "2024-04-02", 5)),
            lambda: _ingest(store, 6),  # no facts: the counter still moves
        ]
        for step in steps:
            step()
            _same(store.articles.known(), _full_read(store))
        assert store.articles.known_state.full_reads == 1
        assert [t.title for t in store.articles.known().titles] == [
            "Amber Coast", "Dana Wolfe", "Salt Road"]
        assert store.articles.known().seasons == (
            ("Amber Coast", 4, None), ("Dana Wolfe", 1, None), ("Salt Road", 3, None))
        for step in [
            lambda: store.articles.merge("Dana Wolfe", "Salt Road", now=NOW, watched=ALWAYS),
            lambda: store.articles.merge("Salt Road", "Salt Road (2024)", now=NOW,
                                         watched=ALWAYS, title="Salt Road (2024)"),
            lambda: store.shows.hide("Amber Coast", now=NOW),
            lambda: _ingest(store, 7, _fact("Dana Wolfe", 5, n=7)),  # an alias: Salt Road's
        ]:
            step()
            _same(store.articles.known(), _full_read(store))
        assert store.articles.known().titles == (
            ShowName("Salt Road (2024)", ("Dana Wolfe", "Salt Road")),)
        assert store.articles.known_state.full_reads == 4


def test_a_title_confirmed_by_one_worker_is_known_to_the_other_s_next_article(
        state_location: StateLocation) -> None:
    """Two workers (two connections, each with its own kept copy, as two instances on
    PostgreSQL or a daemon and a CLI run on SQLite): what one confirms, the other's next read
    has; what the other then writes, the first one's next read has."""
    with StateStore(state_location) as a, StateStore(state_location) as b:
        assert a.articles.confirmed_titles() == () == b.articles.confirmed_titles()
        _ingest(b, 1, _fact("Dana Wolfe", 2, n=1))
        _ingest(b, 2, _fact("Dana Wolfe", 2, n=2))
        assert a.articles.confirmed_titles() == (ShowName("Dana Wolfe"),)
        assert a.articles.known_seasons() == (("Dana Wolfe", 2, None),)
        _ingest(a, 3, _fact("Salt Road", 1, n=3))
        _ingest(a, 4, _fact("Salt Road", 1, n=4))
        assert b.articles.confirmed_titles() == (ShowName("Dana Wolfe"), ShowName("Salt Road"))
        _same(a.articles.known(), _full_read(a))
        _same(b.articles.known(), _full_read(b))
        assert a.articles.known_state.full_reads == 2  # the first, and after b's ingests
        # b writes between two of a's ingests, a reading nothing in between: a's own ingest
        # must not make its copy look current
        _ingest(b, 5, _fact("Amber Coast", 1, n=5))
        _ingest(b, 6, _fact("Amber Coast", 1, n=6))
        _ingest(a, 7, _fact("Tin Roof", 1, n=7))
        assert ShowName("Amber Coast") in a.articles.confirmed_titles()
        _same(a.articles.known(), _full_read(a))


def test_a_write_by_another_process_is_seen_at_the_next_read(
        state_location: StateLocation, tmp_path: Path) -> None:
    """A separate ``python`` process confirms one title and hides another: the next read of
    the long-lived copy has both changes."""
    with StateStore(state_location) as store:
        _ingest(store, 1, _fact("Salt Road", 2, n=1))
        _ingest(store, 2, _fact("Salt Road", 2, n=2))
        assert store.articles.confirmed_titles() == (ShowName("Salt Road"),)
        where = state_location.url or str(state_location.path)
        script = textwrap.dedent(f"""
            import datetime as dt
            from monitor.models import Article, Fact
            from monitor.store.state import StateStore, StateLocation
            where = {where!r}
            loc = StateLocation(url=where) if "://" in where else StateLocation(path=where)
            now = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
            with StateStore(loc) as store:
                for n in (10, 11):
                    fact = Fact(show="Dana Wolfe", season=1, kind="renewed", date="2024-05",
                                certainty="confirmed", evidence="Dana Wolfe is back.",
                                source_url=f"https://news.example/{{n}}")
                    store.articles.ingest(Article(f"https://news.example/{{n}}", "", "...",
                                                  dt.date(2024, 5, 2)), [fact],
                                          watched=lambda _t: True, channels=(), now=now)
                store.shows.hide("Salt Road", now=now)
        """)
        subprocess.run([sys.executable, "-c", script], check=True, timeout=60, cwd=tmp_path)
        assert store.articles.confirmed_titles() == (ShowName("Dana Wolfe"),)
        assert store.articles.known_seasons() == (("Dana Wolfe", 1, None),)


def test_a_restart_rebuilds_the_same_names(state_location: StateLocation) -> None:
    with StateStore(state_location) as store:
        for n in range(4):
            _ingest(store, n, _fact(("Salt Road", "Dana Wolfe")[n % 2], 2, n=n))
        before = store.articles.known()
    with StateStore(state_location) as store:
        _same(store.articles.known(), before)
        assert store.articles.known_state.full_reads == 1


def test_the_daemon_keeps_the_names_across_its_polls(
        tmp_path: Path, http_server: LocalHTTPServer) -> None:
    """Every poll opens its own store; the titles and seasons are read once for all of them
    while only this daemon writes, and a store opened without the daemon's copy reads them
    again (what every poll did before)."""
    pages = {f"/a{n}.html": f"<html><body><article><h1>Dana Wolfe news {n}</h1><p>Netflix "
             f"has renewed Dana Wolfe for a second season, the streamer said on day {n}."
             "</p></article></body></html>" for n in range(3)}
    for path, body in pages.items():
        http_server.route(path, Response(200, body.encode(), {"Content-Type": "text/html"}))

    def feed(upto: int) -> bytes:
        items = "".join(f"<item><title>news {n}</title><link>{http_server.url(f'/a{n}.html')}"
                        f"</link><guid>a{n}</guid><pubDate>Mon, 0{n + 1} Apr 2024 10:00:00 GMT"
                        "</pubDate></item>" for n in range(upto))
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}'
                "</channel></rss>").encode()

    config_file = tmp_path / "monitor.toml"
    config_file.write_text(
        f'[monitor]\nstate = "{tmp_path / "state.db"}"\nallow_hosts = ["127.0.0.1"]\n'
        f'\n[watch]\nall = true\n\n'
        f'[[feeds]]\nurl = "{http_server.url("/feed.xml")}"\nname = "news"\n')
    daemon = Daemon(config_file, now=lambda: NOW)
    try:
        for upto in (1, 2, 3):
            http_server.route("/feed.xml", Response(200, feed(upto),
                                                    {"Content-Type": "application/rss+xml"}))
            daemon.poll_job(daemon.config.feeds[0])
            later = NOW + dt.timedelta(hours=upto)
            daemon.now = lambda t=later: t
    finally:
        daemon.shutdown(grace=1)
    assert daemon.known.full_reads == 1
    with StateStore(tmp_path / "state.db") as store:
        assert store.articles.confirmed_titles() == (ShowName("Dana Wolfe"),)
        assert store.articles.known_state.full_reads == 1
        config = parse_config({"monitor": {"state": str(tmp_path / "state.db")}},
                              path=tmp_path / "x.toml")
        ctx = make_context(config, store, now=lambda: NOW)
        assert known_shows(ctx) is known_shows(ctx)  # the same tuple while nothing changes


def test_the_aired_seasons_of_a_day_are_kept_while_no_latest_season_changes(
        tmp_path: Path) -> None:
    aired = AiredByDay()
    with StateStore(tmp_path / "state.db") as store:
        _ingest(store, 1, _fact("Salt Road", 2, "premiere", "2024-03-01", 1))
        day = dt.date(2024, 5, 1)
        first = aired(store.articles.known().seasons, day)
        assert first == {"Salt Road": 2}
        assert aired(store.articles.known().seasons, day) is first
        _ingest(store, 2, _fact("Salt Road", 2, "premiere", "2024-03-01", 2))  # no change
        assert aired(store.articles.known().seasons, day) is first
        _ingest(store, 3, _fact("Salt Road", 3, n=3))  # season 3 renewed: a new latest
        again = aired(store.articles.known().seasons, day)
        assert again is not first
        assert again == aired_seasons(store.articles.known().seasons, day) == {"Salt Road": 2}
        assert aired(store.articles.known().seasons, dt.date(2024, 2, 1)) == {"Salt Road": 2}


#: What the worker of the next test was handed: the objects themselves, so none is freed and
#: its id reused (each worker process has its own list).
_HANDED: list[object] = []


def _names_seen(n: int, names: tuple[ShowName, ...]) -> tuple[int, int, int]:
    if not any(h is names for h in _HANDED):
        _HANDED.append(names)
    return n, len(names), len(_HANDED)


def test_a_worker_is_sent_the_names_once_per_change() -> None:
    """The kept arguments cross the pipe when the token changes (or the worker is new), and
    stay the same object in the worker in between."""
    first = tuple(ShowName(f"Show {i}") for i in range(300))
    second = (*first, ShowName("Salt Road"))
    with WorkerPool(1, budget=30.0) as pool:
        runs = [pool.run(_names_seen, n, what="test", kept=(token, (names,)))
                for n, (token, names) in enumerate([(1, first), (1, first), (1, first),
                                                    (2, second), (2, second)])]
    assert runs == [(0, 300, 1), (1, 300, 1), (2, 300, 1), (3, 301, 2), (4, 301, 2)]
