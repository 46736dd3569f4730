"""Replaying the seed fixtures through the whole pipeline gives the expected time line.

The expected alerts are those of the seeds' README: Jessica Jones season 2 goes
new → renewed → filming (2017-04-03) → wrapped (2017-09-15), and nothing else about it, whatever
order the articles arrive in.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import shutil
from email.utils import format_datetime
from pathlib import Path

import pytest

from monitor.cli import main
from monitor.models import STATUS_RANK

FIXTURES = Path(__file__).parent / "fixtures" / "seeds"
LABELS = json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))

EXPECTED_JJ2 = [
    (None, "renewed", None),
    ("renewed", "filming", "2017-04-03"),
    ("filming", "wrapped", "2017-09-15"),
]


def replay(directory: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:
    assert main(["replay", str(directory), "--json", *extra]) == 0
    out = capsys.readouterr().out
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def jj2(alerts: list[dict]) -> list[tuple]:
    return [(a["from"], a["to"], a["date"]) for a in alerts
            if a["show"] == "Jessica Jones" and a["season"] == 2]


def make_feed_dir(tmp_path: Path, files: list[str], name: str) -> Path:
    """A replay directory holding some of the seed pages and a feed listing just those."""
    directory = tmp_path / name
    directory.mkdir()
    by_file = {Path(label["file"]).stem: label for label in LABELS}
    items = []
    for stem in files:
        shutil.copy(FIXTURES / f"{stem}.html", directory / f"{stem}.html")
        label = by_file[stem]
        import datetime as dt

        published = dt.datetime.fromisoformat(label["published"] + "T12:00:00+00:00")
        items.append(
            f"<item><title>{label['title']}</title><link>{stem}.html</link>"
            f"<guid isPermaLink=\"false\">{stem}</guid>"
            f"<pubDate>{format_datetime(published)}</pubDate></item>")
    (directory / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>seeds</title><link>http://example.invalid/</link><description>x</description>"
        + "".join(items) + "</channel></rss>", encoding="utf-8")
    return directory


def test_replay_of_the_seed_feed_gives_the_expected_time_line(
        capsys: pytest.CaptureFixture[str]) -> None:
    alerts = replay(FIXTURES, capsys)
    assert jj2(alerts) == EXPECTED_JJ2
    for alert in alerts:
        assert {"show", "season", "from", "to", "date", "certainty", "sources",
                "evidence"} <= alert.keys()
        assert alert["sources"] and alert["evidence"]
    filming = next(a for a in alerts if a["to"] == "filming" and a["show"] == "Jessica Jones")
    assert filming["certainty"] == "confirmed"
    assert any(s.endswith("001_f48608595cd94a19.html") for s in filming["sources"])


def test_replay_prints_readable_alerts_without_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["replay", str(FIXTURES)]) == 0
    out = capsys.readouterr().out
    assert "Jessica Jones S2: renewed → filming (3 Apr 2017) [confirmed]" in out
    assert "Jessica Jones S2: filming → wrapped (15 Sep 2017) [confirmed]" in out


ORDERS = [
    pytest.param(order, id="-".join(s[:3] for s in order))
    for order in [
        ["000_600423d476aa6f8d", "001_f48608595cd94a19", "002_f518ed39443787dc",
         "003_e20b582ae17ee2de", "004_182c3749e8bd3080"],
        ["001_f48608595cd94a19", "003_e20b582ae17ee2de", "000_600423d476aa6f8d",
         "002_f518ed39443787dc", "004_182c3749e8bd3080"],
        *[random.Random(seed).sample(sorted(p.stem for p in FIXTURES.glob("*.html")), 5)
          for seed in range(3)],
    ]
]


@pytest.mark.parametrize("order", ORDERS)
def test_any_arrival_order_ends_in_the_same_state_without_backwards_alerts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], order: list[str]) -> None:
    """Each article replayed alone, one after another, into one state file."""
    state = tmp_path / "state.db"
    seen: list[dict] = []
    for i, stem in enumerate(order):
        seen += replay(make_feed_dir(tmp_path, [stem], f"step{i}"), capsys, "--state", str(state))
    for alert in seen:
        if alert["from"] is not None:
            assert STATUS_RANK[alert["to"]] > STATUS_RANK[alert["from"]], alert
    # Each season's alerts climb: no status is announced twice.
    for _, group in itertools.groupby(sorted(seen, key=lambda a: (a["show"], a["season"] or 0)),
                                      key=lambda a: (a["show"], a["season"])):
        tos = [a["to"] for a in group]
        assert len(tos) == len(set(tos))

    assert main(["status", "--state", str(state), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    jj = next(r for r in rows if r["show"] == "Jessica Jones" and r["season"] == 2)
    assert (jj["status"], jj["since"]) == ("wrapped", "2017-09-15")
    assert jj["sources"] == 5


def test_in_order_state_matches_shuffled_state(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    def final_status(state: Path) -> list[dict]:
        assert main(["status", "--state", str(state), "--json"]) == 0
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        return sorted(({k: r[k] for k in ("show", "season", "status", "since", "premiere")}
                       for r in rows), key=lambda r: (r["show"], r["season"] or 0))

    in_order = tmp_path / "in-order.db"
    replay(FIXTURES, capsys, "--state", str(in_order))
    oldest_last = tmp_path / "oldest-last.db"
    stems = sorted(p.stem for p in FIXTURES.glob("*.html"))
    newer = [s for s in stems if not s.startswith("004")]
    replay(make_feed_dir(tmp_path, newer, "newer"), capsys, "--state", str(oldest_last))
    late = replay(make_feed_dir(tmp_path, ["004_182c3749e8bd3080"], "oldest"), capsys,
                  "--state", str(oldest_last))
    assert jj2(late) == []  # the oldest article arriving last moves nothing back
    assert final_status(in_order) == final_status(oldest_last)


def test_replaying_the_same_feed_twice_into_one_state_alerts_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state = tmp_path / "state.db"
    first = replay(FIXTURES, capsys, "--state", str(state))
    again = replay(FIXTURES, capsys, "--state", str(state))
    assert jj2(first) == EXPECTED_JJ2
    assert again == []


def test_status_and_history_after_replay(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    state = tmp_path / "state.db"
    replay(FIXTURES, capsys, "--state", str(state))
    assert main(["status", "--state", str(state)]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["SHOW", "SEASON", "STATUS", "SINCE", "PREMIERE",
                                             "SOURCES"]
    row = next(line for line in table.splitlines()
               if re.split(r"\s{2,}", line)[:2] == ["Jessica Jones", "2"])
    assert "wrapped" in row and "15 Sep 2017" in row and "2018" in row

    assert main(["history", "jessica jones", "--season", "2", "--state", str(state)]) == 0
    history = capsys.readouterr().out
    assert "Filming started 3 Apr 2017 (confirmed)" in history
    assert re.search(r"(?m)^3 Apr 2017   Jessica Jones S2  Filming started", history)
    assert "Filming wrapped 15 Sep 2017 (confirmed)" in history
    assert "001_f48608595cd94a19.html" in history

    assert main(["history", "No Such Show", "--state", str(state)]) == 1


def test_replay_of_a_directory_without_feed_says_so(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["replay", str(tmp_path)]) == 2
    assert "no feed file found" in capsys.readouterr().err


def test_replay_of_plain_text_articles_and_an_atom_feed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same story from the .txt articles, listed in an Atom feed with file:// links."""
    for page in FIXTURES.glob("*.txt"):
        shutil.copy(page, tmp_path / page.name)
    atom = (FIXTURES / "feed-atom.xml").read_text(encoding="utf-8")
    for page in FIXTURES.glob("*.html"):
        atom = atom.replace(f'"{page.name}"', f'"{(tmp_path / page.stem).as_uri()}.txt"')
    (tmp_path / "feed.xml").write_text(atom, encoding="utf-8")
    alerts = replay(tmp_path, capsys)
    assert jj2(alerts) == EXPECTED_JJ2
    assert all(s.startswith("file://") and s.endswith(".txt")
               for a in alerts for s in a["sources"])


def feed_dir_with_times(tmp_path: Path, name: str, listed: list[tuple[str, str]]) -> Path:
    """A replay directory of seed pages listed in this order with these pubDates."""
    import datetime as dt

    directory = tmp_path / name
    directory.mkdir()
    titles = {Path(label["file"]).stem: label["title"] for label in LABELS}
    items = []
    for stem, when in listed:
        shutil.copy(FIXTURES / f"{stem}.html", directory / f"{stem}.html")
        published = dt.datetime.fromisoformat(when)
        items.append(f"<item><title>{titles[stem]}</title><link>{stem}.html</link>"
                     f"<guid isPermaLink=\"false\">{stem}</guid>"
                     f"<pubDate>{format_datetime(published)}</pubDate></item>")
    (directory / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>seeds</title><link>http://example.invalid/</link><description>x</description>"
        + "".join(items) + "</channel></rss>", encoding="utf-8")
    return directory


SAME_DAY: list[object] = [
    pytest.param([("003_e20b582ae17ee2de", "2017-04-04T09:30:00+00:00"),
                  ("002_f518ed39443787dc", "2017-04-03T12:00:00+00:00"),
                  ("001_f48608595cd94a19", "2017-04-03T12:00:00+00:00"),
                  ("004_182c3749e8bd3080", "2016-05-10T17:15:00+00:00")],
                 ["004", "001", "002", "003"], id="newest-first-feed-tie-read-bottom-up"),
    pytest.param([("004_182c3749e8bd3080", "2016-05-10T17:15:00+00:00"),
                  ("002_f518ed39443787dc", "2017-04-03T12:00:00+00:00"),
                  ("001_f48608595cd94a19", "2017-04-03T12:00:00+00:00"),
                  ("003_e20b582ae17ee2de", "2017-04-04T09:30:00+00:00")],
                 ["004", "002", "001", "003"], id="oldest-first-feed-tie-in-feed-order"),
    pytest.param([("004_182c3749e8bd3080", "2016-05-10T17:15:00+00:00"),
                  ("002_f518ed39443787dc", "2017-04-03T20:05:00+00:00"),
                  ("001_f48608595cd94a19", "2017-04-03T19:40:00+00:00"),
                  ("003_e20b582ae17ee2de", "2017-04-04T09:30:00+00:00")],
                 ["004", "001", "002", "003"], id="same-day-by-timestamp"),
]


@pytest.mark.parametrize(("listed", "applied"), SAME_DAY)
def test_same_day_articles_are_applied_by_timestamp_then_feed_order(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], listed: list[tuple[str, str]],
        applied: list[str]) -> None:
    import sqlite3
    from contextlib import closing

    state = tmp_path / "state.db"
    alerts = replay(feed_dir_with_times(tmp_path, "feed", listed), capsys, "--state", str(state))
    with closing(sqlite3.connect(state)) as conn:
        urls = [r[0] for r in conn.execute("SELECT url FROM articles ORDER BY id")]
    assert [Path(u).name[:3] for u in urls] == applied
    # Whatever the tie order, the season's story is the same.
    assert jj2(alerts) == [(None, "renewed", None), ("renewed", "filming", "2017-04-03")]
