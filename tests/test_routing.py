"""Per-channel routing (issue 12): shows, statuses, certainties and first sightings per channel;
one season's alerts never reach a channel that did not ask for them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from alert_servers import SMTPServer, WebhookReceiver
from httpserver import LocalHTTPServer
from service_setup import serve_seeds, write_config

from monitor.alerts.channels import channel_settings
from monitor.alerts.routing import Routing, route_alert
from monitor.cli import main
from monitor.config import load_config
from monitor.errors import ConfigError
from monitor.models import Alert

NOW = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def alert(show: str = "Andor", *, kind: str = "status_change", frm: str | None = "renewed",
          to: str = "filming", certainty: str | None = "confirmed") -> Alert:
    return Alert(id=f"{show}-{kind}-{to}", kind=kind, show=show, season=2,  # type: ignore[arg-type]
                 from_status=frm, to_status=to, date=None, certainty=certainty, evidence="",
                 sources=(), created_at=NOW)


def settings(**table: object) -> Routing:
    return channel_settings("ch", {"kind": "console", **table}, source="m.toml").routing


def test_the_default_takes_what_the_watch_list_alerts() -> None:
    routing = settings()
    assert routing == Routing()
    assert routing.accepts(alert(), watched=True)
    assert not routing.accepts(alert(), watched=False)
    assert routing.accepts(alert("", kind="operator", to="feed_unhealthy", certainty=None),
                           watched=False)


@pytest.mark.parametrize(("table", "the_alert", "watched", "taken"), [
    ({"shows": "all"}, alert(), False, True),
    ({"shows": ["The Andor"]}, alert("andor"), False, True),  # any spelling
    ({"shows": ["Severance"]}, alert("Andor"), True, False),  # a list is the list, watched or not
    ({"statuses": ["wrapped", "cancelled"]}, alert(to="filming"), True, False),
    ({"statuses": ["wrapped", "cancelled"]}, alert(to="cancelled"), True, True),
    ({"statuses": ["premiere_moved"]}, alert(kind="premiere_moved", to="premiere_scheduled"),
     True, True),
    ({"statuses": ["premiere_scheduled"]},
     alert(kind="premiere_moved", to="premiere_scheduled"), True, False),
    ({"statuses": ["renewed"]}, alert("", kind="operator", to="feed_unhealthy", certainty=None),
     True, False),
    ({"statuses": ["operator"]}, alert("", kind="operator", to="feed_unhealthy",
                                       certainty=None), False, True),
    ({"certainties": ["confirmed"]}, alert(certainty="expected"), True, False),
    ({"certainties": ["confirmed", "expected"]}, alert(certainty="expected"), True, True),
    ({"first_sightings": False}, alert(frm=None, to="renewed"), True, False),
    ({"first_sightings": False}, alert(frm="renewed", to="wrapped"), True, True),
    ({"shows": "all", "first_sightings": False}, alert(kind="premiere_moved", frm=None),
     True, True),  # only a status alert can be a first sighting
    ({"shows": "all", "statuses": ["cancelled"]}, alert(kind="test", to="test"), False, True),
])
def test_each_key_narrows_what_a_channel_takes(table: dict[str, object], the_alert: Alert,
                                               watched: bool, taken: bool) -> None:
    assert settings(**table).accepts(the_alert, watched=watched) is taken


def test_an_alert_is_recorded_when_watched_or_asked_for() -> None:
    routes = {"all": settings(shows="all", first_sightings=False), "mine": settings()}
    assert route_alert(alert(), watched=True, routes=routes) == ("all", "mine")
    assert route_alert(alert(), watched=False, routes=routes) == ("all",)
    assert route_alert(alert(frm=None), watched=False, routes=routes) is None
    assert route_alert(alert(frm=None), watched=True, routes=routes) == ("mine",)
    assert route_alert(alert(), watched=True, routes={}) == ()


@pytest.mark.parametrize(("table", "message"), [
    ({"show": "all"}, "channels.ch: unknown key 'show'"),
    ({"shows": "some"}, 'channels.ch.shows: must be "watched", "all" or a list of show titles'),
    ({"shows": []}, "channels.ch.shows: must be a non-empty string or a non-empty list"),
    ({"statuses": ["filmed"]}, "channels.ch.statuses: unknown value 'filmed' (allowed: renewed,"),
    ({"statuses": "wrapped"}, "channels.ch.statuses: must be a non-empty list of strings"),
    ({"certainties": ["sure"]}, "channels.ch.certainties: unknown value 'sure'"),
    ({"first_sightings": "no"}, "channels.ch.first_sightings: must be true or false"),
])
def test_bad_routing_keys_are_refused_naming_the_key(table: dict[str, object],
                                                     message: str) -> None:
    with pytest.raises(ConfigError) as info:
        settings(**table)
    assert message in str(info.value) and "m.toml" in str(info.value)


def test_alerts_reach_only_the_channels_that_asked_for_them(
        tmp_path: Path, http_server: LocalHTTPServer, seeds_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The seed feed through a real poll, two real webhook receivers and a real SMTP server,
    each channel asking for something else (only Jessica Jones is watched)."""
    hook_a, hook_b, smtp = WebhookReceiver().start(), WebhookReceiver().start(), \
        SMTPServer().start()
    try:
        feed = serve_seeds(http_server, seeds_dir)
        config = write_config(tmp_path, [feed], channels=(
            f'[channels.jj-progress]\nkind = "webhook"\nurl = "{hook_a.url}"\n'
            'shows = ["Jessica Jones"]\nstatuses = ["filming", "wrapped"]\n\n'
            f'[channels.every-change]\nkind = "webhook"\nurl = "{hook_b.url}"\n'
            'shows = "all"\nfirst_sightings = false\n\n'
            f'[channels.plans]\nkind = "email"\nhost = "127.0.0.1"\nport = {smtp.port}\n'
            'security = "none"\nfrom = "m@example.com"\nto = ["me@example.com"]\n'
            'shows = ["The Defenders", "Luke Cage"]\ncertainties = ["expected"]\n'))
        assert main(["poll", "--once", "--config", str(config)]) == 0
        capsys.readouterr()
        assert main(["alerts", "--json", "--config", str(config)]) == 0
        stored = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    finally:
        hook_a.stop()
        hook_b.stop()
        smtp.stop()

    what = {a["id"]: (a["show"], a["season"], a["to"]) for a in stored}
    got = {
        "jj-progress": sorted(what[i] for i in hook_a.accepted_ids()),
        "every-change": sorted(what[i] for i in hook_b.accepted_ids()),
        "plans": sorted(what[m.message["X-Monitor-Alert-Id"]] for m in smtp.mails),
    }
    assert got == {
        "jj-progress": [("Jessica Jones", 2, "filming"), ("Jessica Jones", 2, "wrapped")],
        "every-change": [("Jessica Jones", 2, "filming"), ("Jessica Jones", 2, "wrapped"),
                         ("The Defenders", 1, "wrapped")],
        "plans": [("Luke Cage", 1, "premiere_scheduled"), ("The Defenders", 1, "renewed")],
    }
    # The outbox holds the watched show's alerts (its first sighting too, though no channel
    # took it) and the ones a channel asked for; each queued only for the channels that did.
    queued = {what[a["id"]]: sorted(d["channel"] for d in a["deliveries"]) for a in stored}
    assert queued == {
        ("Jessica Jones", 2, "renewed"): [],
        ("Jessica Jones", 2, "filming"): ["every-change", "jj-progress"],
        ("Jessica Jones", 2, "wrapped"): ["every-change", "jj-progress"],
        ("The Defenders", 1, "renewed"): ["plans"],
        ("The Defenders", 1, "wrapped"): ["every-change"],
        ("Luke Cage", 1, "premiere_scheduled"): ["plans"],
    }


def test_the_example_config_documents_routing() -> None:
    example = load_config(Path(__file__).parent.parent / "config" / "example.toml")
    assert any(not s.routing.default for s in example.channels.values())
