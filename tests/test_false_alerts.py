"""False status alerts as a class: invented time lines for the ways a season's status can go
wrong, replayed through the public path (``monitor replay DIR --json``: a feed of pages,
fetched, extracted, reconciled in a real SQLite state) with the alerts each must give, exactly.

Every article is a page we wrote about invented shows; each scenario names the status alerts
the person watching the show should get and asserts that no other status alert is sent for
any show or season.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from email.utils import format_datetime
from pathlib import Path

import pytest

from monitor.cli import main

Page = tuple[str, str, str]  # published (YYYY-MM-DD), headline, body


def replay_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                 pages: list[Page]) -> list[dict[str, object]]:
    """Write the pages and a feed listing them, replay it, return the JSON alerts."""
    directory = tmp_path / "feed"
    directory.mkdir()
    items = []
    for number, (published, headline, body) in enumerate(pages):
        name = f"{number:03}.html"
        (directory / name).write_text(
            f"<html><head><title>{html.escape(headline)}</title></head><body><article>"
            f"<h1>{html.escape(headline)}</h1><p>{html.escape(body)}</p>"
            "</article></body></html>", encoding="utf-8")
        when = dt.datetime.fromisoformat(published + "T12:00:00+00:00")
        items.append(f"<item><title>{html.escape(headline)}</title><link>{name}</link>"
                     f"<guid isPermaLink=\"false\">{name}</guid>"
                     f"<pubDate>{format_datetime(when)}</pubDate></item>")
    (directory / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>invented</title><link>http://example.invalid/</link><description>x"
        "</description>" + "".join(items) + "</channel></rss>", encoding="utf-8")
    assert main(["replay", str(directory), "--json"]) == 0
    out = capsys.readouterr().out
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def status_alerts(alerts: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(a["show"], a["season"], a["from"], a["to"]) for a in alerts
            if a.get("kind", "status_change") == "status_change"]


def test_a_recap_of_an_earlier_seasons_events_moves_only_that_aired_season_silently(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alerts = replay_pages(tmp_path, capsys, [
        ("2024-02-01", "Harbor Lights renewed",
         "Streamer Nimbus has renewed Harbor Lights for a third season, the company said."),
        ("2024-06-10", "Harbor Lights begins its shoot",
         "Filming on Harbor Lights season 3 began in Belfast this week, Nimbus confirmed."),
        ("2024-07-01", "Harbor Lights adds to its cast",
         "Harbor Lights season 3 has added two new cast members. Season 2 wrapped filming in "
         "October 2022 and premiered on March 5, 2023. The second season was also renewed "
         "quickly after the first."),
    ])
    assert status_alerts(alerts) == [("Harbor Lights", 3, None, "renewed"),
                                     ("Harbor Lights", 3, "renewed", "filming")]


def test_a_rumour_then_its_denial_alerts_no_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alerts = replay_pages(tmp_path, capsys, [
        ("2024-02-01", "Kestrel Bay rumour",
         "Kestrel Bay could be renewed for a fourth season, according to rumours online."),
        ("2024-02-05", "Kestrel Bay: no decision",
         "The network has denied reports that Kestrel Bay has been renewed for a fourth "
         "season. No decision has been made."),
    ])
    assert status_alerts(alerts) == []


def test_a_start_reported_twice_with_different_dates_alerts_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alerts = replay_pages(tmp_path, capsys, [
        ("2024-05-07", "Copper Lane shoot",
         "Production on season 2 of Copper Lane began on May 6 in Toronto."),
        ("2024-05-09", "Copper Lane cameras roll",
         "Cameras started rolling on Copper Lane season 2 on May 8, according to the cast."),
    ])
    assert status_alerts(alerts) == [("Copper Lane", 2, None, "filming")]


def test_a_start_reported_after_the_wrap_moves_nothing_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alerts = replay_pages(tmp_path, capsys, [
        ("2024-09-02", "Copper Lane wraps",
         "Filming on season 2 of Copper Lane has wrapped, star Dana Quill posted on Monday."),
        ("2024-09-20", "Inside the Copper Lane shoot",
         "Copper Lane season 2 began filming in May, the network said in a feature."),
    ])
    assert status_alerts(alerts) == [("Copper Lane", 2, None, "wrapped")]


def test_a_season_less_renewal_told_beside_a_rumour_restates_the_season_on_the_board(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"X may be cancelled despite its renewal": the renewal is the one season 2 holds, no
    news; the rumour of a cancellation is speculative, and denied."""
    alerts = replay_pages(tmp_path, capsys, [
        ("2024-02-01", "Velvet Ridge renewed",
         "HBO has renewed Velvet Ridge for a second season."),
        ("2024-03-01", "Velvet Ridge in doubt",
         "Velvet Ridge may be cancelled, according to unnamed sources, despite its renewal."),
        ("2024-03-05", "Velvet Ridge goes ahead",
         "HBO denied that Velvet Ridge had been cancelled, saying season 2 is going ahead."),
    ])
    assert status_alerts(alerts) == [("Velvet Ridge", 2, None, "renewed")]


def test_a_season_less_renewal_after_the_season_aired_is_news(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alerts = replay_pages(tmp_path, capsys, [
        ("2024-02-01", "Velvet Ridge date",
         "HBO said season 2 of Velvet Ridge will premiere on March 3, 2024."),
        ("2024-06-05", "Velvet Ridge renewed",
         "HBO has renewed Velvet Ridge, the network announced on Wednesday."),
    ])
    assert status_alerts(alerts) == [("Velvet Ridge", 2, None, "premiere_scheduled"),
                                     ("Velvet Ridge", None, None, "renewed")]


def test_a_cancellation_after_a_renewal_then_a_revival_of_the_next_season(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Cancelled after two seasons is news; a revival ordering the third season is too."""
    alerts = replay_pages(tmp_path, capsys, [
        ("2023-12-10", "Paper Moons returns",
         "Hulu said the second season of Paper Moons will premiere on January 4, 2024."),
        ("2024-05-01", "Paper Moons cancelled",
         "Hulu has cancelled Paper Moons after two seasons."),
        ("2024-08-03", "Paper Moons reversed",
         "Hulu has reversed its decision to cancel Paper Moons and renewed it for a third "
         "season."),
    ])
    assert status_alerts(alerts) == [("Paper Moons", 2, None, "premiere_scheduled"),
                                     ("Paper Moons", 2, "premiere_scheduled", "cancelled"),
                                     ("Paper Moons", 3, None, "renewed")]


def test_a_start_told_with_no_time_beside_the_next_seasons_planned_shoot_is_a_recap(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Season 3's shoot still to come means season 2's is over: its start, told with no time
    of its own ("six weeks after the show first aired"), alerts no one."""
    alerts = replay_pages(tmp_path, capsys, [
        ("2024-09-20", "Stone Harbour season 3 could shoot soon",
         "Stone Harbour season 3 could start filming in October, a local paper reports. "
         "Cameras rolled on season 2 six weeks after the show first aired, so the cast could "
         "be back on set soon."),
    ])
    assert status_alerts(alerts) == []


def test_a_start_with_a_time_or_two_seasons_both_in_production_alert(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alerts = replay_pages(tmp_path, capsys, [
        ("2024-09-20", "Stone Harbour season 2 begins filming",
         "Stone Harbour season 2 began filming this week in Cork. Season 3 is expected to "
         "start filming next year."),
        ("2024-09-25", "Tin Lantern doubles up",
         "Netflix has already ordered seasons three and four of Tin Lantern, which are both "
         "currently in production."),
    ])
    assert status_alerts(alerts) == [("Stone Harbour", 2, None, "filming"),
                                     ("Stone Harbour", 3, None, "renewed"),
                                     ("Tin Lantern", 3, None, "filming"),
                                     ("Tin Lantern", 4, None, "filming")]


def test_a_season_number_off_by_one_between_sources_alerts_the_season_the_board_had(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Another site counts the seasons differently: its "season 4" premiering on the day
    season 3 was set for, or starting the shoot in the month season 3 did, is season 3's
    news again; a season 4 event of its own still alerts."""
    alerts = replay_pages(tmp_path, capsys, [
        ("2024-02-01", "Birch Hollow date",
         "Showtime said season 3 of Birch Hollow will premiere on June 5, 2024."),
        ("2024-02-03", "Birch Hollow returns in June",
         "Birch Hollow season 4 premieres June 5 on Showtime."),
        ("2024-04-02", "Glass Orchard shoot",
         "Filming on the third season of Glass Orchard began in Dublin this week."),
        ("2024-04-05", "Glass Orchard in Dublin",
         "Glass Orchard season 4 started filming in Dublin, a local paper reports."),
        ("2025-03-01", "Birch Hollow season 4 shoot",
         "Birch Hollow season 4 began filming in Vancouver this week."),
    ])
    assert status_alerts(alerts) == [("Birch Hollow", 3, None, "premiere_scheduled"),
                                     ("Glass Orchard", 3, None, "filming"),
                                     ("Birch Hollow", 4, None, "filming")]


def test_a_wrap_told_beside_a_renewal_but_over_before_the_last_season_aired_is_that_seasons(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The renewal is news; the wrap, over before season 2 even premiered, is season 2's
    (a recap), not season 3's "reported late"."""
    alerts = replay_pages(tmp_path, capsys, [
        ("2024-05-01", "Marsh End renewed",
         "Hulu has renewed Marsh End for a third season. The show, which premiered on March 3, "
         "2023, wrapped filming in Atlanta in October 2022."),
        ("2025-02-03", "Marsh End wraps",
         "Marsh End season 3 has wrapped filming in Atlanta, Hulu confirmed."),
    ])
    assert status_alerts(alerts) == [("Marsh End", 3, None, "renewed"),
                                     ("Marsh End", 3, "renewed", "wrapped")]
