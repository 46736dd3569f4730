"""Shared pytest fixtures.

``http_server``: a real HTTP server on 127.0.0.1, stopped after the test; routes and responses
are described in tests/httpserver.py (``from httpserver import Response``).
``seeds_dir``: the seed fixtures directory (tests/fixtures/seeds).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from httpserver import LocalHTTPServer

SEEDS_DIR = Path(__file__).parent / "fixtures" / "seeds"


@pytest.fixture
def http_server() -> Iterator[LocalHTTPServer]:
    """A fresh local HTTP server with an empty routing table (unknown paths answer 404)."""
    with LocalHTTPServer() as server:
        yield server


@pytest.fixture
def seeds_dir() -> Path:
    """tests/fixtures/seeds: the five seed articles (.txt, .html), labels.json, feeds."""
    return SEEDS_DIR
