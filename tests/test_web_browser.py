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
        assert page.title() == "Shows · TV monitor"
        row = page.locator("section.show-group", has_text="Jessica Jones").locator(
            "tbody tr").filter(has=page.locator("th", has_text="Season 2"))
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
        assert starts.first.locator("time").first.get_attribute("datetime").startswith("2017-04")
        assert wraps.locator("time").first.get_attribute("datetime") == "2017-09-15"
        wrap_sources = wraps.locator("ul.sources li").all_inner_texts()
        assert any("000_600423d476aa6f8d.html" in s for s in wrap_sources)
        assert page.locator(".alert-list h3", has_text="filming → wrapped").count() == 1

        page.get_by_role("link", name="← All shows").click()
        page.wait_for_url(server.url)
        assert page.locator("h1").inner_text() == "TV monitor"
    finally:
        page.close()


# --- every page at a desktop and a phone width: nothing overflows, screenshots kept -------------

#: Screenshots go here (ignored by git): look at them after a run.
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "web"
WIDTHS = (1280, 390)
LONG_URL = "https://news.example/" + "a-very-long-path-segment-without-any-break-" * 6 + "end"
LONG_SHOW = "Thequiteextraordinarilylongtitledshowwithoutspaces Returns"
PAGES = {
    "index": "/",
    "show": "/show/jessica-jones",
    "season": "/show/jessica-jones/season/2",
    "long-season": "/show/" + LONG_SHOW.lower().replace(" ", "-") + "/season/1",
    "alerts": "/alerts",
    "feeds": "/feeds",
}
#: Elements whose right edge passes the viewport, and scrolling boxes whose content is wider
#: than they are (clipped or scrolled sideways); each as "tag.class: text".
OVERFLOW_JS = """() => {
  document.querySelectorAll('details').forEach(d => d.open = true);
  const width = window.innerWidth, out = [];
  const name = e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ': '
                    + (e.textContent || '').trim().slice(0, 60);
  for (const e of document.querySelectorAll('body *')) {
    const box = e.getBoundingClientRect();
    if (box.width === 0 || box.right < 0) continue;  // not drawn, or moved off on purpose
    if (box.right > width + 0.5) out.push('past the edge ' + Math.round(box.right) + ' ' + name(e));
    const style = getComputedStyle(e);
    if (style.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1)
      out.push('clipped ' + e.scrollWidth + '>' + e.clientWidth + ' ' + name(e));
  }
  return out;
}"""


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StatusServer]:
    """The seeds plus what makes a narrow page hard: a long unbroken title and URL, a long
    error, a watched show, a premiere ahead."""
    import datetime as dt

    from monitor.models import Article, Fact
    from monitor.store.state import FeedState, StateStore

    db = tmp_path_factory.mktemp("crowded") / "state.db"
    assert main(["replay", str(SEEDS), "--state", str(db)]) == 0
    now = dt.datetime(2017, 10, 1, 12, tzinfo=dt.UTC)
    with StateStore(db) as store:
        for i, (kind, date) in enumerate([("renewed", None), ("premiere", "2017-11-17")]):
            store.articles.ingest(
                Article(url=f"{LONG_URL}/{i}", title="A headline " + "without-breaks" * 8,
                        text="x", published=dt.date(2017, 9, 20 + i)),
                [Fact(show=LONG_SHOW, season=1, kind=kind, date=date,  # type: ignore[arg-type]
                      certainty="confirmed", evidence="An evidence sentence " + "x" * 300)],
                watched=lambda _t: True, channels=["a-channel-with-a-long-name"],
                now=now - dt.timedelta(days=3 - i))
        alert = [r.alert for r in store.outbox.alerts() if r.alert.show == LONG_SHOW][-1]
        store.outbox.record_attempt(alert.id, "a-channel-with-a-long-name", now=now, ok=False,
                                    retry_at=None, error="SMTP said " + "no-" * 80)
        store.feeds.save(FeedState(feed_url=LONG_URL + "/feed.xml", consecutive_failures=9,
                                   last_error="HTTP 500 " + "boom" * 60, last_polled_at=now,
                                   unhealthy=True))
    server = make_server(db, "127.0.0.1", 0, watched=["Jessica Jones"],
                         clock=lambda: now)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_overflows_sideways(browser: Any, crowded: StatusServer, width: int) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        for name, path in PAGES.items():
            response = page.goto(crowded.url.rstrip("/") + path)
            assert response is not None and response.status == 200, path
            page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, path
            assert page.evaluate(OVERFLOW_JS) == [], f"{path} at {width} px"
            # Times read relative, with the moment on hover.
            if name != "feeds":
                times = page.locator("time[title]")
                assert times.count() > 0, path
                assert "ago" in page.locator("time[title]").first.inner_text() or \
                    "in " in page.locator("time[title]").first.inner_text()
    finally:
        page.close()


def test_the_phone_layout_labels_each_cell(browser: Any, crowded: StatusServer) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        page.goto(crowded.url)
        row = page.locator("section.show-group", has_text="Jessica Jones").locator(
            "tbody tr").filter(has_text="Season 2")
        # On a phone a row is a card: each value under its label, one above the other.
        status = row.locator('td[data-label="Status"]')
        since = row.locator('td[data-label="Since"]')
        assert status.bounding_box()["y"] < since.bounding_box()["y"]  # type: ignore[index]
        assert page.locator("section.show-group h3", has_text="Jessica Jones").locator(
            ".badge.watched").count() == 1
        assert [h.strip() for h in page.locator("main h2").all_inner_texts()] == \
            ["Recent changes", "Upcoming premieres", "Shows"]
    finally:
        page.close()
