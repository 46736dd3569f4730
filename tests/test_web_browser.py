"""The status page in a real headless Chromium (Playwright driving the system's chromium).

The seed fixtures are replayed through the whole pipeline into a state file, the status page is
served from it on 127.0.0.1, and the browser reads the index, finds Jessica Jones season 2 marked
"Wrapped", clicks through to its time line and finds the filming start and wrap with their
sources. Skipped, naming what is missing, only where Playwright or Chromium is not installed
(Debian: ``apt-get install -y chromium``; Python: ``pip install playwright`` — never
``playwright install``, which downloads a browser build of its own).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from monitor.cli import main
from monitor.web.server import StatusServer, make_server

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    configured = os.environ.get("MONITOR_TEST_CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Python package 'playwright' is not installed (pip install playwright)")
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium browser installed (looked at $MONITOR_TEST_CHROMIUM, "
                    f"{', '.join(CHROMIUM_CANDIDATES)} and PATH; Debian: "
                    "apt-get install -y chromium)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StatusServer]:
    db = tmp_path_factory.mktemp("browser") / "state.db"
    assert main(["replay", str(SEEDS), "--state", str(db)]) == 0
    status = make_server(db, "127.0.0.1", 0)
    status.start()
    try:
        yield status
    finally:
        status.stop()


def test_jessica_jones_season_2_wrapped_and_its_time_line(browser: Any,
                                                          server: StatusServer) -> None:
    page = browser.new_page()
    try:
        page.goto(server.url)
        assert page.title() == "Seasons · TV monitor"
        row = page.locator("tbody tr").filter(
            has=page.locator("th", has_text="Jessica Jones")).filter(has_text="Season 2")
        assert row.count() == 1
        assert row.locator(".badge").inner_text().strip() == "Wrapped"

        row.get_by_role("link", name="Jessica Jones, Season 2: time line").click()
        page.wait_for_url("**/show/jessica-jones/season/2")
        assert page.locator("h1").inner_text().startswith("Jessica Jones")
        assert page.locator(".summary .badge").inner_text().strip() == "Wrapped"

        facts = page.locator("ol.timeline > li")
        starts = facts.filter(has=page.locator("h3", has_text="Filming started"))
        wraps = facts.filter(has=page.locator("h3", has_text="Filming wrapped"))
        assert starts.count() >= 1 and wraps.count() == 1
        for fact in (starts.first, wraps):
            assert fact.locator("blockquote.evidence").inner_text().strip()
            assert fact.locator("ul.sources li").count() >= 1
        assert starts.first.locator("time").get_attribute("datetime").startswith("2017-04")
        assert wraps.locator("time").first.get_attribute("datetime") == "2017-09-15"
        wrap_sources = wraps.locator("ul.sources li").all_inner_texts()
        assert any("000_600423d476aa6f8d.html" in s for s in wrap_sources)
        assert page.locator(".alert-list h3", has_text="filming → wrapped").count() == 1

        page.get_by_role("link", name="← All seasons").click()
        page.wait_for_url(server.url)
        assert page.locator("h1").inner_text() == "Seasons"
    finally:
        page.close()
