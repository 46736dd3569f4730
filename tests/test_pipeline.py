"""Pipeline decisions that need no server: publication dates, ordering, file-link containment."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from monitor.errors import ParseError
from monitor.models import FeedItem
from monitor.pipeline import (
    PollOutcome,
    classify_poll,
    find_feed_file,
    is_allowed_file,
    lists_newest_first,
    plausible_publication_date,
    sort_by_publication,
)

NOW = dt.datetime(2024, 5, 7, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("given", "expected", "logged"), [
    pytest.param(dt.date(2024, 5, 6), dt.date(2024, 5, 6), None, id="plausible-kept"),
    pytest.param(dt.date(2024, 5, 9), dt.date(2024, 5, 9), None, id="time-zone-skew-kept"),
    pytest.param(None, dt.date(2024, 5, 7), "no publication date", id="missing"),
    pytest.param(dt.date(2031, 1, 1), dt.date(2024, 5, 7), "implausible", id="far-future"),
    pytest.param(dt.date(200, 1, 1), dt.date(2024, 5, 7), "implausible", id="year-200"),
])
def test_publication_date_is_clamped_to_first_seen(
        given: dt.date | None, expected: dt.date, logged: str | None,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="monitor")
    assert plausible_publication_date(given, NOW, "https://n.example/a") == expected
    messages = " ".join(r.getMessage() for r in caplog.records)
    if logged:
        assert logged in messages and "https://n.example/a" in messages
    else:
        assert messages == ""


def item(guid: str, published: dt.datetime | None) -> FeedItem:
    return FeedItem(feed_url="f", guid=guid, link=f"https://n.example/{guid}", title=guid,
                    published=published)


def test_items_run_oldest_first_and_undated_last() -> None:
    items = [item("b", NOW), item("none", None), item("a", NOW - dt.timedelta(days=1))]
    assert [i.guid for i in sort_by_publication(items)] == ["a", "b", "none"]


DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)

SAME_TIME: list[object] = [
    pytest.param([("new", NOW + DAY), ("tie1", NOW), ("tie2", NOW), ("old", NOW - DAY)],
                 ["old", "tie2", "tie1", "new"], id="newest-first-feed-ties-bottom-up"),
    pytest.param([("old", NOW - DAY), ("tie1", NOW), ("tie2", NOW), ("new", NOW + DAY)],
                 ["old", "tie1", "tie2", "new"], id="oldest-first-feed-ties-in-feed-order"),
    pytest.param([("tie1", NOW), ("tie2", NOW)], ["tie1", "tie2"],
                 id="no-direction-to-tell-feed-order"),
    pytest.param([("late", NOW + HOUR), ("early", NOW), ("earlier", NOW - HOUR),
                  ("u1", None), ("u2", None)],
                 ["earlier", "early", "late", "u2", "u1"],
                 id="same-day-by-timestamp-undated-last-bottom-up"),
]


@pytest.mark.parametrize(("listed", "applied"), SAME_TIME)
def test_same_day_items_run_by_timestamp_then_feed_order(
        listed: list[tuple[str, dt.datetime | None]], applied: list[str]) -> None:
    items = [item(guid, published) for guid, published in listed]
    assert [i.guid for i in sort_by_publication(items)] == applied


def test_a_feed_lists_newest_first_when_most_neighbours_go_back_in_time() -> None:
    dates = [NOW, NOW - DAY, NOW + DAY, NOW - 2 * DAY]  # back, forward, back
    assert lists_newest_first([item(str(n), d) for n, d in enumerate(dates)])
    assert not lists_newest_first([item(str(n), d) for n, d in enumerate(reversed(dates))])
    assert not lists_newest_first([item("a", NOW), item("b", NOW), item("c", None)])


def test_file_links_only_inside_a_local_feed_directory(tmp_path: Path) -> None:
    root = tmp_path / "feed"
    root.mkdir()
    inside = (root / "a.html").as_uri()
    assert is_allowed_file(inside, [root.resolve()])
    assert not is_allowed_file((tmp_path / "secret.txt").as_uri(), [root.resolve()])
    assert not is_allowed_file((root / ".." / "secret.txt").as_uri(), [root.resolve()])
    assert not is_allowed_file("https://n.example/a.html", [root.resolve()])
    assert not is_allowed_file(inside, [])


def test_classify_poll() -> None:
    assert classify_poll(PollOutcome(feed="f", error="HTTP 500")) == "error"
    assert classify_poll(PollOutcome(feed="f", items_new=2)) == "new"
    assert classify_poll(PollOutcome(feed="f", items_seen=5)) == "unchanged"


def test_replay_directory_needs_a_feed_file(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no feed file found"):
        find_feed_file(tmp_path)
    (tmp_path / "atom.xml").write_text("<feed/>")
    assert find_feed_file(tmp_path).name == "atom.xml"


def test_json_log_lines(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from monitor.cli import main

    assert main(["--log-format", "json", "--log-level", "info", "replay", "/nonexistent"]) == 2
    assert main(["--log-format", "json", "status", "--state", "/nonexistent/x.db"]) == 2
    log = logging.getLogger("monitor.pipeline")
    log.warning("feed %s: poll failed: %s", "Deadline", "HTTP 500")
    err = capsys.readouterr().err.splitlines()
    entry = json.loads(next(line for line in err if line.startswith("{")))
    assert entry["level"] == "warning" and entry["logger"] == "monitor.pipeline"
    assert entry["message"] == "feed Deadline: poll failed: HTTP 500"
