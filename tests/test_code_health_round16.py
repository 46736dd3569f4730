"""Code health, issue 10 round 16: a renewal tracker's entries read once for both of their uses,
and every regex alternation built from a set the same in every process.

A tracker's dated entries serve twice: as renewals (``dated_tracker_facts``, on the text's
lines as written) and as the season and day of the notes after an entry's head (the sentence
loop, on the headed lines). ``tracker_entries`` parses each distinct line once for both and
keeps each reading's own lines: a heading-shaped entry ("... Season 4. Picked up", no full
stop) is among the text's lines but not among the headed ones. Every page and title here is
invented for these tests."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from articles import make_article

from monitor.extract import facts
from monitor.extract.facts import dated_tracker_facts, headed_lines, tracker_entries
from monitor.extract.sections import DatedEntry, DatesIn

PUBLISHED = dt.date(2031, 6, 10)
HEADLINE = "Cable scorecard 2031"

_TRACKER = (
    "Updated through the summer. The list so far:\n\n"
    "NBC “Glass Harbor”, June 3, 2031. Season 3. 12 more episodes.\n\n"
    "[Kestrel] “Tin Roof”, May 28, 2031. Season 2. Renewed early, ahead of its finale.\n\n"
    "HBO “Copper Field”, May 20, 2031, Season 4. Picked up\n\n"
    "FX “Salt Road”, May 12. Season 2. 8 episode order\n\n"
    "AMC “Dune Street” May 2, 2031. Season 5. Back next spring.\n")


def _reading(text: str) -> tuple[facts.TrackerEntries, list[str]]:
    article = make_article(text, HEADLINE, PUBLISHED, "https://news.example/tracker")
    headed = [line for line, *_ in headed_lines(article.text, article.title)]
    return tracker_entries(article, headed), headed


def test_each_tracker_line_is_parsed_once_for_both_readings(
        monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: Counter[str] = Counter()
    real = facts.dated_entry

    def counting(line: str, dates_in: DatesIn) -> DatedEntry | None:
        parsed[line] += 1
        return real(line, dates_in)

    monkeypatch.setattr(facts, "dated_entry", counting)
    reading, headed = _reading(_TRACKER)
    assert len(reading.in_text) == 5
    assert len(reading.by_headed_line) == 3
    # the lines both readings hold were parsed once, not once a reading
    assert set(parsed.values()) == {1}
    assert {e.line for e in reading.by_headed_line.values()} <= {e.line for e in reading.in_text}
    # the headed entries stand at their own lines' numbers
    assert all(headed[n] == e.line for n, e in reading.by_headed_line.items())


def test_each_reading_keeps_its_own_lines() -> None:
    reading, _ = _reading(_TRACKER)
    in_text = [e.title for e in reading.in_text]
    headed = [e.title for _, e in sorted(reading.by_headed_line.items())]
    assert in_text == ["Glass Harbor", "Tin Roof", "Copper Field", "Salt Road", "Dune Street"]
    # a line with no full stop and few words is a heading to the sentence loop
    assert headed == ["Glass Harbor", "Tin Roof", "Dune Street"]
    renewed = {(f.show, f.season, f.date) for f in dated_tracker_facts(
        make_article(_TRACKER, HEADLINE, PUBLISHED, "https://news.example/tracker"),
        reading.in_text)}
    assert ("Copper Field", 4, "2031-05-20") in renewed
    assert ("Salt Road", 2, "2031-05-12") in renewed


def test_fewer_than_three_headed_entries_make_no_tracker_page() -> None:
    two_headed = _TRACKER.replace("Season 5. Back next spring.", "Season 5. Back")
    reading, _ = _reading(two_headed)
    assert len(reading.in_text) == 5
    assert reading.by_headed_line == {}
