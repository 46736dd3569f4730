"""Muting a season from its page (issue 12): a small form, POSTed with the token in the form,
never in the URL; a cross-site request is refused. Against a real server over real HTTP."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from monitor.models import Article, Fact
from monitor.store.state import StateStore
from monitor.web.server import StatusServer, make_server

TOKEN = "s3cret-token-for-tests"
NOW = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[StatusServer]:
    state = tmp_path / "s.db"
    with StateStore(state) as store:
        store.articles.ingest(
            Article(url="https://news.example/a", title="t", text="a",
                    published=dt.date(2025, 2, 1)),
            [Fact("Andor", 2, "renewed", None, "confirmed", "Andor is back.",
                  "https://news.example/a")],
            watched=lambda _t: True, channels=("hook",), now=NOW)
    srv = make_server(state, "127.0.0.1", 0, token=TOKEN)
    srv.start()
    yield srv
    srv.stop()


def page(server: StatusServer) -> str:
    answer = requests.get(server.url + "show/andor/season/2", params={"token": TOKEN},
                          timeout=10)
    assert answer.status_code == 200
    return answer.text


def post(server: StatusServer, form: dict[str, str], *, query: str = "",
         headers: dict[str, str] | None = None) -> requests.Response:
    return requests.post(server.url + "show/andor/season/2/mute" + query, data=form,
                         headers=headers or {}, timeout=10, allow_redirects=False)


def mutes(server: StatusServer) -> list[tuple[str, int | None, str]]:
    with StateStore(server.app.state) as store:
        return [(m.show, m.season, m.mode) for m in store.mutes.active(dt.datetime.now(dt.UTC))]


def test_the_season_page_has_a_mute_form_that_keeps_the_token_out_of_links(
        server: StatusServer) -> None:
    html = page(server)
    form = re.search(r'<form class="filters mute" method="post" action="([^"]+)">(.*?)</form>',
                     html, re.S)
    assert form, "the season page has the mute form"
    assert form.group(1) == "/show/andor/season/2/mute", "no token in the form's URL"
    assert f'<input type="hidden" name="token" value="{TOKEN}">' in form.group(2)


def test_muting_and_unmuting_from_the_page(server: StatusServer) -> None:
    same_site = {"Origin": server.url.rstrip("/"), "Sec-Fetch-Site": "same-origin"}
    answer = post(server, {"token": TOKEN, "action": "mute", "mode": "drop",
                           "until": "2099-01-01"}, headers=same_site)
    assert answer.status_code == 200
    assert "Muted: its alerts are recorded and never sent." in answer.text
    assert "This season is muted until 2099-01-01" in answer.text
    assert mutes(server) == [("Andor", 2, "drop")]
    # The pending alert of that season was dropped with the mute.
    with StateStore(server.app.state) as store:
        [record] = store.outbox.alerts()
        assert record.suppressed and record.deliveries == ()
    answer = post(server, {"token": TOKEN, "action": "unmute"}, headers=same_site)
    assert answer.status_code == 200 and "Unmuted" in answer.text
    assert mutes(server) == []


@pytest.mark.parametrize(("form", "query", "headers", "status"), [
    ({"action": "mute"}, "", {}, 401),  # no token
    ({"action": "mute"}, f"?token={TOKEN}", {}, 401),  # the token in a link does not count
    ({"action": "mute", "token": "wrong"}, "", {}, 401),
    ({"action": "mute", "token": TOKEN}, "", {"Origin": "https://evil.example"}, 403),
    ({"action": "mute", "token": TOKEN}, "", {"Sec-Fetch-Site": "cross-site"}, 403),
    ({"action": "mute", "token": TOKEN, "until": "not a date"}, "", {}, 400),
    ({"action": "mute", "token": TOKEN, "until": "2001-01-01"}, "", {}, 400),
])
def test_a_mute_without_the_token_or_from_another_site_is_refused(
        server: StatusServer, form: dict[str, str], query: str, headers: dict[str, str],
        status: int) -> None:
    assert post(server, form, query=query, headers=headers).status_code == status
    assert mutes(server) == []


def test_other_writes_are_still_refused(server: StatusServer) -> None:
    answer = requests.post(server.url + "show/andor/season/2", data={"token": TOKEN},
                           timeout=10)
    assert answer.status_code == 405
    answer = requests.delete(server.url + "show/andor/season/2/mute", timeout=10)
    assert answer.status_code == 405
