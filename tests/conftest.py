"""Shared pytest fixtures.

``http_server``: a real HTTP server on 127.0.0.1, stopped after the test; routes and responses
are described in tests/httpserver.py (``from httpserver import Response``).
``seeds_dir``: the seed fixtures directory (tests/fixtures/seeds).
``store``: a fresh state database per test, once on each engine (a real SQLite file, and a
database of its own on a throwaway PostgreSQL server, ``pg_server``, one per session);
``state_location``: where such a state is, for tests that open it themselves.
``receiver``: a webhook receiver on 127.0.0.1 (unsigned); ``signed_receiver``: one that checks
Standard Webhooks signatures with ``WEBHOOK_SECRET`` (tests/alert_servers.py);
``smtp``: an aiosmtpd server on 127.0.0.1.
Every test gets its own default state directory (``own_data_dir``, autouse).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alert_servers import WEBHOOK_SECRET, SMTPServer, WebhookReceiver
from httpserver import LocalHTTPServer
from pg_server import PostgresServer

from monitor.store.state import StateLocation, StateStore

SEEDS_DIR = Path(__file__).parent / "fixtures" / "seeds"


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path_factory: pytest.TempPathFactory,
                 monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test's default state directory is its own (never the user's real one): the
    default state file is $STATE_DIRECTORY/monitor.db, else $XDG_DATA_HOME/monitor/."""
    data = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.delenv("STATE_DIRECTORY", raising=False)
    return data


@pytest.fixture
def http_server() -> Iterator[LocalHTTPServer]:
    """A fresh local HTTP server with an empty routing table (unknown paths answer 404)."""
    with LocalHTTPServer() as server:
        yield server


@pytest.fixture
def seeds_dir() -> Path:
    """tests/fixtures/seeds: the five seed articles (.txt, .html), labels.json, feeds."""
    return SEEDS_DIR


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the session (started on first use, in about a second)."""
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """A fresh PostgreSQL database, dropped after the test."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def state_location(request: pytest.FixtureRequest, tmp_path: Path) -> StateLocation:
    """A fresh state: an SQLite file in the test's directory, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return StateLocation(path=tmp_path / "state.db")
    return StateLocation(url=request.getfixturevalue("pg_url"))


@pytest.fixture
def store(state_location: StateLocation) -> Iterator[StateStore]:
    """A fresh state database, on each engine."""
    with StateStore(state_location) as state:
        yield state


@pytest.fixture
def signed_receiver() -> Iterator[WebhookReceiver]:
    """A webhook receiver that verifies each request's signature with ``WEBHOOK_SECRET``."""
    server = WebhookReceiver(secret=WEBHOOK_SECRET).start()
    yield server
    server.stop()


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    """A webhook receiver answering 200 (script other answers with ``receiver.answer``)."""
    server = WebhookReceiver().start()
    yield server
    server.stop()


@pytest.fixture
def smtp() -> Iterator[SMTPServer]:
    """An SMTP server recording every message it accepts (``smtp.mails``)."""
    server = SMTPServer().start()
    yield server
    server.stop()
