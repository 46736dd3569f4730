"""`monitor watch` and `monitor feeds`: the config file edited in place, its comments and layout
kept, every edit validated before it is written, OPML in and out, the daemon reloading it."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import listparser
import pytest
from httpserver import LocalHTTPServer, Response
from service_setup import wait_for

from monitor.cli import main
from monitor.config import BUILTIN_CONFIG, load_config
from monitor.scheduler import ConfigFileWatch, Daemon

EXAMPLE = BUILTIN_CONFIG.parent / "example.toml"
MONITOR = str(Path(sys.executable).parent / "monitor")
EMPTY_FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
              b'<link>http://127.0.0.1/</link><description>d</description></channel></rss>')

COMMENTED = """\
# My monitor: comments everywhere, odd spacing, keys in my own order.
[monitor]
state   = "state.db"      # next to this file
min_interval = "1s"

# Feeds I read every morning.
[[feeds]]
url  = "https://one.example/feed"   # the big one
name = 'One'

# Two is slow: poll it less.
[[feeds]]
name = "Two"
url = "https://two.example/rss"
interval = "2h"

# Shows I care about.
[watch]
all = false

[[watch.shows]]
title = "Severance"
aliases = ["Severance (Apple TV+)"]

# Where alerts go.
[channels.out]
kind = "console"
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "monitor.toml"
    path.write_text(COMMENTED, encoding="utf-8")
    return path


def run(*args: str) -> int:
    return main(list(args))


def inserted_only(before: str, after: str) -> list[str]:
    """The lines ``after`` adds to ``before``, asserting that every line of ``before`` is still
    there, unchanged and in order (comments, spacing and quoting included)."""
    added: list[str] = []
    old = before.splitlines()
    i = 0
    for line in after.splitlines():
        if i < len(old) and line == old[i]:
            i += 1
        else:
            added.append(line)
    assert i == len(old), f"line {i + 1} of the original changed or went: {old[i]!r}"
    return added


# --- round trips ----------------------------------------------------------------------------------

def test_adding_keeps_every_comment_and_removing_gives_the_file_back(
        config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("feeds", "add", "https://three.example/feed.xml", "--name", "Three",
               "--interval", "45m", "--config", str(config)) == 0
    assert run("watch", "add", "Andor", "--alias", "Star Wars: Andor", "--config",
               str(config)) == 0
    after = config.read_text()
    added = inserted_only(COMMENTED, after)
    assert added == ["[[feeds]]", 'name = "Three"', 'url = "https://three.example/feed.xml"',
                     'interval = "45m"', "", "[[watch.shows]]", 'title = "Andor"',
                     'aliases = ["Star Wars: Andor"]', ""]
    # The new feed sits with the other feeds, above the comment that introduces [watch].
    assert after.index('name = "Three"') < after.index("# Shows I care about.")
    assert after.index('title = "Andor"') < after.index("# Where alerts go.")
    out = capsys.readouterr().out
    assert "added feed Three https://three.example/feed.xml" in out
    assert "watching Andor (also as Star Wars: Andor)" in out and "saved" in out

    loaded = load_config(config)
    assert [f.name for f in loaded.feeds] == ["One", "Two", "Three"]
    assert loaded.feeds[2].interval == 45 * 60
    assert loaded.watch.watches("star wars andor") and not loaded.watch.all_shows

    assert run("watch", "remove", "star wars: andor", "--config", str(config)) == 0
    assert run("feeds", "remove", "Three", "--config", str(config)) == 0
    assert config.read_text() == COMMENTED


def test_the_example_config_round_trips_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "example.toml"
    original = EXAMPLE.read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    assert run("feeds", "add", "https://variety.com/v/tv/feed/", "--config", str(path)) == 0
    assert run("watch", "add", "Slow Horses", "--config", str(path)) == 0
    assert inserted_only(original, path.read_text())
    assert run("feeds", "remove", "https://variety.com/v/tv/feed/", "--config", str(path)) == 0
    assert run("watch", "remove", "slow horses", "--config", str(path)) == 0
    assert path.read_text() == original


def test_removing_a_table_takes_the_comment_above_it_and_keeps_the_next_ones(
        config: Path) -> None:
    assert run("feeds", "remove", "https://one.example/feed", "--config", str(config)) == 0
    text = config.read_text()
    assert "the big one" not in text and "# Feeds I read every morning." not in text
    assert "# Two is slow: poll it less." in text and "# Shows I care about." in text
    assert inserted_only(text, COMMENTED)  # only lines went; the rest is untouched


def test_watch_add_of_a_watched_show_adds_its_alias_and_remove_of_the_last_one_alerts_nothing(
        config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("watch", "add", "severance", "--alias", "Severance S2", "--config",
               str(config)) == 0
    assert "Severance: added alias Severance S2" in capsys.readouterr().out
    assert load_config(config).watch.shows[0].aliases == ("Severance (Apple TV+)",
                                                          "Severance S2")
    assert run("watch", "add", "Severance", "--config", str(config)) == 0
    assert "already watching Severance" in capsys.readouterr().out

    bare = config.parent / "bare.toml"
    bare.write_text('[[watch.shows]]\ntitle = "Only"\n', encoding="utf-8")
    assert load_config(bare).watch.watches("Only") and not load_config(bare).watch.all_shows
    assert run("watch", "remove", "only", "--config", str(bare)) == 0
    # An empty list would mean "every show": the last removal says nothing alerts instead.
    watch = load_config(bare).watch
    assert not watch.all_shows and not watch.watches("Anything")
    assert "nothing alerts" in capsys.readouterr().out


def test_lists(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run("watch", "list", "--config", str(config)) == 0
    out = capsys.readouterr().out
    assert "only the shows below alert" in out and "Severance  (also: Severance (Apple TV+))" in out
    assert run("feeds", "list", "--config", str(config)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["NAME", "URL", "INTERVAL"]
    assert lines[2].split() == ["Two", "https://two.example/rss", "2h"]


# --- refused edits leave the file alone ---------------------------------------------------------

@pytest.mark.parametrize(("args", "message"), [
    (["feeds", "add", "two.example/other"], "has no scheme"),
    (["feeds", "add", "https://one.example/feed"], "already there as 'One'"),
    (["feeds", "add", "https://new.example/f", "--interval", "soon"],
     "the edit would make it invalid: "),
    (["feeds", "add", "https://new.example/f", "--interval", "0.5s"], "feeds[2].interval"),
    (["feeds", "remove", "https://nowhere.example/"], "no feed with the URL or name"),
    (["watch", "remove", "The Bear"], "no watched show named 'The Bear' (watched: Severance)"),
    (["watch", "add", "  "], "must not be empty"),
])
def test_an_edit_that_would_break_the_file_is_refused_and_the_file_untouched(
        config: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = config.stat()
    assert run(*args, "--config", str(config)) == 2
    assert message in capsys.readouterr().err
    assert config.read_text() == COMMENTED
    assert config.stat().st_mtime_ns == before.st_mtime_ns and config.stat().st_ino == \
        before.st_ino
    assert not [p for p in config.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_file_that_is_invalid_already_is_not_edited(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m.toml"
    path.write_text('[monitor]\nstat = "x"\n', encoding="utf-8")
    assert run("watch", "add", "X", "--config", str(path)) == 2
    assert "unknown key 'monitor.stat'" in capsys.readouterr().err
    assert path.read_text() == '[monitor]\nstat = "x"\n'


def test_the_write_is_atomic_and_keeps_mode_and_symlinks(config: Path) -> None:
    config.chmod(0o640)
    link = config.parent / "link.toml"
    link.symlink_to(config)
    assert run("watch", "add", "Slow Horses", "--config", str(link)) == 0
    assert link.is_symlink() and stat.S_IMODE(config.stat().st_mode) == 0o640
    assert "Slow Horses" in config.read_text()


def test_the_bundled_default_is_never_edited_by_accident(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    before = BUILTIN_CONFIG.read_text()
    assert run("watch", "add", "Andor") == 2
    assert "no config file to edit" in capsys.readouterr().err
    assert BUILTIN_CONFIG.read_text() == before
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "m.toml"))
    (tmp_path / "m.toml").write_text("", encoding="utf-8")
    assert run("watch", "add", "Andor") == 0
    assert load_config(tmp_path / "m.toml").watch.watches("Andor")


# --- OPML -----------------------------------------------------------------------------------------

READER_EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Subscriptions from my reader</title></head>
  <body>
    <outline text="TV" title="TV">
      <outline type="rss" text="Deadline TV" title="Deadline TV"
               xmlUrl="https://deadline.com/category/tv/feed/" htmlUrl="https://deadline.com/"/>
      <outline type="rss" text="One again" xmlUrl="https://one.example/feed"/>
    </outline>
    <outline type="rss" text="TVLine" xmlUrl="https://tvline.com/feed/"/>
    <outline type="rss" text="Broken" xmlUrl="tvline.com/other"/>
  </body>
</opml>
"""


def test_export_is_opml_a_feed_reader_reads(config: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    target = config.parent / "feeds.opml"
    assert run("feeds", "export", str(target), "--config", str(config)) == 0
    parsed = listparser.parse(target.read_bytes())
    assert parsed.version == "opml2" and not parsed.bozo
    assert [(f.url, f.title) for f in parsed.feeds] == [
        ("https://one.example/feed", "One"), ("https://two.example/rss", "Two")]
    capsys.readouterr()
    assert run("feeds", "export", "-", "--config", str(config)) == 0
    assert listparser.parse(capsys.readouterr().out.encode()).feeds[1].title == "Two"


def test_import_adds_new_feeds_skips_known_ones_and_says_so(
        config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opml = config.parent / "reader.opml"
    opml.write_text(READER_EXPORT, encoding="utf-8")
    capsys.readouterr()
    assert run("feeds", "import", str(opml), "--config", str(config)) == 1  # one refused
    out = capsys.readouterr().out
    assert "added feed Deadline TV https://deadline.com/category/tv/feed/" in out
    assert "added feed TVLine https://tvline.com/feed/" in out
    assert "skipped https://one.example/feed: already there as 'One'" in out
    assert "skipped tvline.com/other: url: 'tvline.com/other' has no scheme" in out
    assert "4 feeds: 2 added, 1 already there, 1 refused" in out
    assert [f.name for f in load_config(config).feeds] == ["One", "Two", "Deadline TV", "TVLine"]
    assert inserted_only(COMMENTED, config.read_text())

    # Again: everything is there already; the file is not touched.
    before = config.read_text()
    assert run("feeds", "import", str(opml), "--config", str(config)) == 1
    out = capsys.readouterr().out
    assert "4 feeds: 0 added, 3 already there, 1 refused" in out and "unchanged" in out
    assert config.read_text() == before

    # Export and import into another config: the same feeds.
    exported = config.parent / "out.opml"
    assert run("feeds", "export", str(exported), "--config", str(config)) == 0
    fresh = config.parent / "fresh.toml"
    fresh.write_text("# empty\n", encoding="utf-8")
    assert run("feeds", "import", str(exported), "--config", str(fresh)) == 0
    assert [(f.name, f.url) for f in load_config(fresh).feeds] == [
        (f.name, f.url) for f in load_config(config).feeds]


def test_import_of_something_that_is_no_opml_is_an_error(
        config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = config.parent / "page.opml"
    page.write_text("<html><body>not a list</body></html>", encoding="utf-8")
    assert run("feeds", "import", str(page), "--config", str(config)) == 2
    assert f"{page}: not an OPML subscription list" in capsys.readouterr().err
    assert run("feeds", "import", str(config.parent / "none.opml"), "--config",
               str(config)) == 2
    assert config.read_text() == COMMENTED


# --- a running daemon picks the edit up -----------------------------------------------------------

def test_config_file_watch_reports_a_change_once_it_has_settled(tmp_path: Path) -> None:
    path = tmp_path / "m.toml"
    path.write_text("a = 1\n")
    watch = ConfigFileWatch(path)
    assert not watch.changed()
    path.write_text("a = 2\n")
    os.utime(path, ns=(1, 1))  # a new modification time, whatever the clock's resolution
    assert not watch.changed(), "the first look at a change only notes it"
    assert watch.changed(), "the same at the next look: settled"
    assert not watch.changed()
    os.utime(path, ns=(2, 2))  # touched, same content: no reload
    assert not watch.changed() and not watch.changed()


def test_the_daemon_reloads_an_edited_config_and_keeps_it_through_a_bad_edit(
        tmp_path: Path, http_server: LocalHTTPServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    for path in ("/a.xml", "/b.xml"):
        http_server.route(path, Response(200, EMPTY_FEED, {"Content-Type": "text/xml"}))
    config = tmp_path / "monitor.toml"
    config.write_text(
        '# the daemon under test\n[monitor]\nstate = "s.db"\nmin_interval = "1s"\n'
        'default_interval = "1s"\nconfig_check_every = "200ms"\n\n'
        f'[[feeds]]\nurl = "{http_server.url("/a.xml")}"\n', encoding="utf-8")
    daemon = Daemon(config)
    done = threading.Event()
    runner = threading.Thread(target=daemon.run_forever,
                              kwargs={"install_signals": False, "should_stop": done.is_set})
    runner.start()
    try:
        assert wait_for(lambda: http_server.requests_to("/a.xml"), 20)
        # Another process edits the file, as a user at a shell would.
        subprocess.run([MONITOR, "feeds", "add", http_server.url("/b.xml"), "--name", "B",
                        "--config", str(config)], check=True, capture_output=True, timeout=60)
        assert wait_for(lambda: http_server.requests_to("/b.xml"), 20), \
            "the new feed is polled without a SIGHUP"
        assert "config file" in caplog.text and "changed: reloading" in caplog.text
        assert [f.name for f in daemon.config.feeds][-1] == "B"

        config.write_text(config.read_text() + "[monitor\n", encoding="utf-8")  # broken
        assert wait_for(lambda: "reload failed, keeping the current configuration"
                        in caplog.text, 20)
        polls = len(http_server.requests_to("/b.xml"))
        assert wait_for(lambda: len(http_server.requests_to("/b.xml")) > polls + 1, 20), \
            "the daemon goes on with the configuration it had"
        assert caplog.text.count("reload failed") == 1, "a bad file is reported once"
    finally:
        done.set()
        runner.join(timeout=30)
    assert not runner.is_alive()
