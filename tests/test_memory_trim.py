"""The daemon gives the C heap's free memory back after every poll (``monitor.trim_memory``).

On poll threads glibc keeps what a poll freed inside that thread's arena; the soak polling on
8 threads as `monitor run` does found most of the daemon's extra resident memory there
(bench/README.md, *Issue 14, seventh part*). These count the trims the daemon makes, never
memory: whether a trim gave pages back is the kernel's business and the soak's measurement.
"""

from __future__ import annotations

import datetime as dt
import platform
from pathlib import Path

import pytest
from httpserver import LocalHTTPServer, Response

from monitor.config import ConfigError, parse_config
from monitor.ops import memory
from monitor.scheduler import Daemon

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
GLIBC = platform.libc_ver()[0] == "glibc"


def _daemon(tmp_path: Path, server: LocalHTTPServer, trim: str) -> Daemon:
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>'
            f'news</title><link>{server.url("/a.html")}</link><guid>a</guid></item></channel>'
            "</rss>").encode()
    server.route("/feed.xml", Response(200, feed, {"Content-Type": "application/rss+xml"}))
    server.route("/a.html", Response(200, b"<html><body><article><p>Netflix has renewed Dana "
                                     b"Wolfe for a second season.</p></article></body></html>",
                                     {"Content-Type": "text/html"}))
    server.route("/broken.xml", Response(500, b"down"))
    config = tmp_path / "monitor.toml"
    config.write_text(
        f'[monitor]\nstate = "{tmp_path / "state.db"}"\nallow_hosts = ["127.0.0.1"]\n{trim}'
        f'\n[watch]\nall = true\n\n'
        f'[[feeds]]\nurl = "{server.url("/feed.xml")}"\nname = "news"\n\n'
        f'[[feeds]]\nurl = "{server.url("/broken.xml")}"\nname = "broken"\n',
        encoding="utf-8")
    return Daemon(config, now=lambda: NOW)


@pytest.mark.skipif(not GLIBC, reason="malloc_trim is glibc's")
def test_the_daemon_trims_after_every_poll_failed_or_not(
        tmp_path: Path, http_server: LocalHTTPServer) -> None:
    daemon = _daemon(tmp_path, http_server, "")
    assert daemon.config.trim_memory  # on by default
    try:
        before = memory.trims
        for feed in (*daemon.config.feeds, daemon.config.feeds[0]):
            daemon.poll_job(feed)  # a new article, a failing feed, a feed with nothing new
        assert memory.trims - before == 3
    finally:
        daemon.shutdown(grace=1)


def test_the_trim_can_be_turned_off(tmp_path: Path, http_server: LocalHTTPServer) -> None:
    daemon = _daemon(tmp_path, http_server, "trim_memory = false\n")
    try:
        before = memory.trims
        for feed in daemon.config.feeds:
            daemon.poll_job(feed)
        assert memory.trims == before
    finally:
        daemon.shutdown(grace=1)


def test_a_bad_trim_setting_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"monitor\.trim_memory must be true or false"):
        parse_config({"monitor": {"trim_memory": "yes"}}, path=tmp_path / "x.toml")


@pytest.mark.skipif(not GLIBC, reason="malloc_trim is glibc's")
def test_release_free_memory_calls_glibc_and_counts() -> None:
    before = memory.trims
    assert isinstance(memory.release_free_memory(), bool)
    assert memory.trims == before + 1
