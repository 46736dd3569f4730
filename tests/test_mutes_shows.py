"""Mute and snooze (hold or drop), and shows merged, renamed or hidden (issue 12): through the
CLI, a real poll of the seed feed and a real webhook receiver, and the store itself."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from alert_servers import WebhookReceiver
from httpserver import LocalHTTPServer
from service_setup import serve_seeds, write_config

from monitor.cli import main, parse_until
from monitor.errors import MonitorError
from monitor.models import Article, Fact
from monitor.store.reconcile import SeasonState, plan_merged_alerts
from monitor.store.state import StateLocation, StateStore

NOW = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)


def lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.startswith("{")]


@pytest.fixture
def setup(tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
          receiver: WebhookReceiver) -> Path:
    """A config polling the seed feed and sending to a webhook; its (empty) state exists."""
    feed = serve_seeds(http_server, seeds_dir)
    config = write_config(tmp_path, [feed], channels=(
        f'[channels.hook]\nkind = "webhook"\nurl = "{receiver.url}"\n'))
    StateStore(tmp_path / "state" / "monitor.db").close()
    return config


# --- mute and snooze ------------------------------------------------------------------------------

def test_a_held_season_records_its_facts_and_sends_its_alerts_when_unmuted(
        setup: Path, receiver: WebhookReceiver, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = ["--config", str(setup)]
    assert main(["mute", "Jessica Jones", "--season", "2", *cfg]) == 0
    assert "muted Jessica Jones season 2 until unmuted" in capsys.readouterr().out
    assert main(["poll", "--once", *cfg]) == 0
    assert receiver.received == [], "nothing goes out while the season is muted"
    assert main(["status", "Jessica Jones", "--season", "2", "--json", *cfg]) == 0
    assert lines(capsys)[0]["status"] == "wrapped", "facts and status are recorded as ever"
    assert main(["mutes", *cfg]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[1].split() == ["Jessica", "Jones", "2", "hold", "until", "unmuted", "3"]
    assert main(["health", "--json", *cfg]) == 0
    assert json.loads(capsys.readouterr().out)["outbox"]["held"] == 3

    assert main(["unmute", "jessica jones", "--season", "2", *cfg]) == 0
    assert main(["poll", "--once", *cfg]) == 0
    assert [(r.json()["from"], r.json()["to"]) for r in receiver.received] == [
        (None, "renewed"), ("renewed", "filming"), ("filming", "wrapped")]
    assert main(["unmute", "jessica jones", *cfg]) == 1
    assert "was not muted" in capsys.readouterr().err


def test_a_dropped_season_never_sends_what_it_made(
        setup: Path, receiver: WebhookReceiver, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = ["--config", str(setup)]
    assert main(["mute", "Jessica Jones", "--drop", *cfg]) == 0
    assert main(["poll", "--once", *cfg]) == 0
    capsys.readouterr()
    assert main(["alerts", "--json", *cfg]) == 0
    stored = lines(capsys)
    assert len(stored) == 3 and all(a["deliveries"] == [] for a in stored)
    assert {a["suppressed"] for a in stored} == {"dropped: the season was muted"}
    assert main(["alerts", *cfg]) == 0
    assert "suppressed (dropped: the season was muted)" in capsys.readouterr().out
    assert main(["unmute", "Jessica Jones", *cfg]) == 0
    assert main(["poll", "--once", *cfg]) == 0
    assert receiver.received == []


def test_dropping_a_held_season_drops_what_it_held(
        setup: Path, receiver: WebhookReceiver, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = ["--config", str(setup)]
    assert main(["mute", "Jessica Jones", *cfg]) == 0
    assert main(["poll", "--once", *cfg]) == 0
    assert main(["mute", "Jessica Jones", "--drop", *cfg]) == 0
    assert "dropped 3 alerts that were waiting to go" in capsys.readouterr().out
    assert main(["unmute", "Jessica Jones", *cfg]) == 0
    assert main(["poll", "--once", *cfg]) == 0
    assert receiver.received == []


def test_a_snooze_ends_by_itself(state_location: StateLocation) -> None:
    """A mute with an end holds the season's deliveries until then; nothing has to wake up."""
    with StateStore(state_location) as store:
        store.mutes.mute("jessica jones", "Jessica Jones", 2, mode="hold",
                         until=NOW + dt.timedelta(days=7), now=NOW)
        [alert] = ingest(store, Fact("Jessica Jones", 2, "renewed", None, "confirmed", "x"))
        assert store.outbox.due(NOW) == []
        assert store.outbox.due(NOW + dt.timedelta(days=6, hours=23)) == []
        [due] = store.outbox.due(NOW + dt.timedelta(days=7))
        assert due.alert.id == alert.id
        assert store.outbox.backlog(NOW).held == 1 and store.outbox.backlog(NOW).pending == 0
        assert [m.show for m in store.mutes.active(NOW)] == ["Jessica Jones"]
        assert store.mutes.active(NOW + dt.timedelta(days=8)) == []
        # Another season of the show is not held by a season's mute.
        ingest(store, Fact("Jessica Jones", 3, "renewed", None, "confirmed", "y"), url="u2")
        assert [d.alert.season for d in store.outbox.due(NOW)] == [3]


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-06-01", dt.datetime(2025, 6, 1, tzinfo=dt.UTC)),
    ("2025-06-01T18:30", dt.datetime(2025, 6, 1, 18, 30, tzinfo=dt.UTC)),
    ("2025-06-01T18:30+02:00", dt.datetime(2025, 6, 1, 16, 30, tzinfo=dt.UTC)),
    ("7d", NOW + dt.timedelta(days=7)),
    ("12h", NOW + dt.timedelta(hours=12)),
])
def test_until_takes_a_date_a_time_or_a_duration(text: str, expected: dt.datetime) -> None:
    assert parse_until(text, NOW) == expected


def test_a_bad_or_past_until_is_refused(setup: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(MonitorError, match="is not a date"):
        parse_until("next week", NOW)
    assert main(["mute", "Jessica Jones", "--until", "2001-01-01", "--config", str(setup)]) == 2
    assert "is already past" in capsys.readouterr().err


# --- shows: merge, rename, hide -------------------------------------------------------------------

def ingest(store: StateStore, *facts: Fact, url: str = "u1",
           published: dt.date = dt.date(2025, 2, 1)) -> list[object]:
    article = Article(url=f"https://news.example/{url}", title="t", text=url, published=published)
    return list(store.articles.ingest(
        article, [f.__class__(**{**f.__dict__, "source_url": article.url}) for f in facts],
        watched=lambda _t: True, channels=("hook",), now=NOW))


def two_stories(store: StateStore) -> None:
    """The extractor told one show's season 2 as two: "Star Wars: Andor" got further."""
    ingest(store, Fact("Star Wars: Andor", 2, "renewed", None, "confirmed", "a"), url="a1",
           published=dt.date(2024, 1, 5))
    ingest(store, Fact("Star Wars: Andor", 2, "filming_started", "2024-02", "confirmed", "b"),
           url="a2", published=dt.date(2024, 2, 10))
    ingest(store, Fact("Star Wars: Andor", 2, "filming_wrapped", "2024-08", "confirmed", "c"),
           url="a3", published=dt.date(2024, 8, 20))
    ingest(store, Fact("Andor", 2, "renewed", None, "confirmed", "d"),
           Fact("Andor", 2, "filming_started", "2024-02", "confirmed", "e"), url="b1",
           published=dt.date(2024, 3, 1))


def test_merging_two_stories_alerts_nothing_either_alerted_and_future_facts_follow(
        state_location: StateLocation, capsys: pytest.CaptureFixture[str]) -> None:
    state = state_location
    with StateStore(state) as store:
        two_stories(store)
        before = len(store.outbox.alerts())
    assert before == 4  # 3 about "Star Wars: Andor", 1 about "Andor" (new -> filming)
    assert main(["shows", "merge", "Star Wars: Andor", "Andor", "--state", str(state)]) == 0
    out = capsys.readouterr().out
    assert "merged 'Star Wars: Andor' into 'Andor': 3 facts moved, 1 seasons" in out
    assert "new alert" not in out
    with StateStore(state) as store:
        assert len(store.outbox.alerts()) == before, "no alert storm"
        [row] = store.queries.status_rows()
        assert (row.show, row.season, row.status, row.sources) == ("Andor", 2, "wrapped", 4)
        # The same fact from both stories is one fact with both sources.
        filming = [h for h in store.queries.history("Andor") if h.kind == "filming_started"]
        assert len(filming) == 1 and len(filming[0].sources) == 2
        # Its past alerts show on the merged season's page.
        assert len(store.outbox.season_alerts("andor", 2)) == 4
        # The alias is consulted at ingest: news about "Star Wars: Andor" is Andor's.
        [alert] = ingest(store, Fact("Star Wars: Andor", 2, "premiere", "2025-04-22",
                                     "confirmed", "f"), url="a4", published=dt.date(2025, 1, 9))
        assert (alert.show, alert.to_status) == ("Andor", "premiere_scheduled")  # type: ignore[attr-defined]
    assert main(["status", "Star Wars: Andor", "--json", "--state", str(state)]) == 0
    [row_json] = lines(capsys)
    assert row_json["show"] == "Andor" and row_json["status"] == "premiere_scheduled"
    assert main(["history", "star wars andor", "--state", str(state)]) == 0
    assert "Andor S2" in capsys.readouterr().out
    assert main(["shows", "list", "--json", "--state", str(state)]) == 0
    assert lines(capsys) == [{"title": "Andor", "show_key": "andor", "seasons": 1,
                              "aliases": ["Star Wars: Andor"], "hidden": False}]


def test_merged_alerts_are_only_what_is_news_to_every_story() -> None:
    def state(status: str | None, premiere: str | None = None) -> SeasonState:
        return SeasonState(show_key="andor", season=2, show="Andor", status=status,  # type: ignore[arg-type]
                           premiere=premiere)

    wrapped = state("wrapped")
    assert plan_merged_alerts([state("renewed"), state("wrapped")], wrapped, now=NOW) == []
    [first] = plan_merged_alerts([], wrapped, now=NOW)
    assert first.from_status is None and first.to_status == "wrapped"
    [news] = plan_merged_alerts([state("renewed"), state("filming")], wrapped, now=NOW)
    assert (news.from_status, news.to_status) == ("filming", "wrapped")


def test_rename_gives_a_show_its_name_and_keeps_the_old_one_as_an_alias(
        state_location: StateLocation, capsys: pytest.CaptureFixture[str]) -> None:
    state = state_location
    with StateStore(state) as store:
        ingest(store, Fact("Andor Show", 2, "renewed", None, "confirmed", "a"))
    assert main(["shows", "rename", "Andor Show", "Andor", "--state", str(state)]) == 0
    assert main(["status", "--json", "--state", str(state)]) == 0
    assert [r["show"] for r in lines(capsys)] == ["Andor"]
    assert main(["shows", "rename", "andor", "ANDOR", "--state", str(state)]) == 0
    assert main(["status", "--json", "--state", str(state)]) == 0
    assert [r["show"] for r in lines(capsys)] == ["ANDOR"], "a rename may change the case only"
    with StateStore(state) as store:
        ingest(store, Fact("Andor Show", 2, "filming_started", "2025-01", "confirmed", "b"),
               url="u2")
        [row] = store.queries.status_rows()
        assert (row.show, row.status) == ("ANDOR", "filming")


def test_a_hidden_show_is_left_out_and_alerts_no_one(
        state_location: StateLocation, capsys: pytest.CaptureFixture[str]) -> None:
    state = state_location
    with StateStore(state) as store:
        ingest(store, Fact("Among 4 Series", 1, "renewed", None, "confirmed", "a"),
               Fact("Andor", 2, "renewed", None, "confirmed", "b"))
        assert len(store.outbox.due(NOW)) == 2
    assert main(["shows", "hide", "among 4 series", "--state", str(state)]) == 0
    assert "dropped 1 alerts waiting to go" in capsys.readouterr().out
    assert main(["status", "--json", "--state", str(state)]) == 0
    assert [r["show"] for r in lines(capsys)] == ["Andor"]
    assert main(["shows", "list", "--state", str(state)]) == 0
    assert "Among 4 Series" not in capsys.readouterr().out
    assert main(["shows", "list", "--all", "--state", str(state)]) == 0
    assert "Among 4 Series (hidden)" in capsys.readouterr().out
    with StateStore(state) as store:
        assert [d.alert.show for d in store.outbox.due(NOW)] == ["Andor"]
        assert ingest(store, Fact("Among 4 Series", 1, "cancelled", None, "confirmed", "c"),
                      url="u2") == [], "a hidden show alerts no one"
        assert store.queries.history("Among 4 Series"), "its facts are still recorded"
    assert main(["shows", "unhide", "Among 4 Series", "--state", str(state)]) == 0
    assert main(["status", "--json", "--state", str(state)]) == 0
    assert {r["show"]: r["status"] for r in lines(capsys)} == {
        "Among 4 Series": "cancelled", "Andor": "renewed"}
    assert main(["shows", "hide", "Nothing Like It", "--state", str(state)]) == 2
    assert "no show named 'Nothing Like It' is stored" in capsys.readouterr().err
