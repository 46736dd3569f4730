"""Round 32 (issue 14, branch r32speed): the facts stage's work, with its answers unchanged.

- ``shows.network_edged`` and ``shows.time_edged`` find each kept title's mentions once in the
  joined article (``_mentions_by_text``, bisecting to the line), not once per line per title:
  the work of "people and titles" (``tests/test_growth.py``) grew 2.42x per doubling, 1.96x now.

The cells counting work fail on the base commit (56606fb); the controls (what the functions
answer on invented sentences) pass on both.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from monitor.extract import shows

#: An article of invented lines naming several kept titles once or twice each.
LINES = [
    "Kestrel renewed The Copper Fox for a second season.",
    "The Copper Fox returns in May, the network said.",
    "Salt Road airs on Tovrel; Lantern House wrapped filming in Lisbon.",
    "Havana was cancelled after one season.",
    "Salt Road stars Jane Doe and John Roe.",
    "Lantern House is set in Havana.",
]
TITLES = ["The Copper", "Salt Road", "Lantern House", "Havana"]


@pytest.fixture
def counted_mentions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text ``shows._whole_mentions`` is asked to search, in order."""
    searched: list[str] = []
    plain = shows._whole_mentions

    def counting(title: str, text: str) -> Iterator[tuple[int, int]]:
        searched.append(text)
        return plain(title, text)

    monkeypatch.setattr(shows, "_whole_mentions", counting)
    return searched


@pytest.mark.parametrize("reader, lines", [
    pytest.param(shows.network_edged, LINES, id="network_edged-six-lines"),
    pytest.param(shows.time_edged, [*LINES, "Ada Monday has been renewed.",
                                    "Ada Monday returns in June."], id="time_edged-eight-lines"),
])
def test_each_title_is_searched_once_not_once_per_line(reader, lines, counted_mentions) -> None:
    reader([*TITLES, "Ada"], lines)
    # one search of the whole article per title the article holds, whatever its line count
    assert len(counted_mentions) <= len(TITLES) + 1
    assert all("\n" in text for text in counted_mentions)


@pytest.mark.parametrize("texts, titles, expected", [
    pytest.param(["Kestrel renewed The Copper Fox for a second season.",
                  "The Copper Fox returns in May."], ["The Copper"],
                 {"The Copper": "The Copper Fox"}, id="network-word-glued-at-every-mention"),
    pytest.param(["Salt Road airs on Fox.", "Salt Road returns in May."], ["Salt Road"], {},
                 id="control-network-word-after-on"),
    pytest.param(["Kestrel renewed Salt Road.", "The Fox network renewed Salt Road Fox."],
                 ["Salt Road"], {}, id="control-one-mention-bare"),
])
def test_network_edged_answers_as_before(texts, titles, expected) -> None:
    assert shows.network_edged(titles, texts) == expected


@pytest.mark.parametrize("texts, titles, expected", [
    pytest.param(["Ada Monday has been renewed.", "Ada Monday returns in June."], ["Ada"],
                 {"Ada": "Ada Monday"}, id="day-glued-at-every-mention"),
    pytest.param(["Ada Monday has been renewed.", "Ada returns in June."], ["Ada"], {},
                 id="control-one-mention-bare"),
    pytest.param(["Salt Road March 5 is the day.", "Salt Road March 5 again."], ["Salt Road"],
                 {}, id="control-a-date-after-the-title"),
])
def test_time_edged_answers_as_before(texts, titles, expected) -> None:
    assert shows.time_edged(titles, texts) == expected


PIECES = ["Salt Road", "Salt", "Road", "Fox", "-", "'", "’", " ", ", ", "\n", "é", "1", "_"]


def test_mentions_by_text_match_a_search_per_text() -> None:
    rng = random.Random(32)
    for _ in range(2000):
        texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
                 for _ in range(rng.randint(1, 5))]
        joined = "\n".join(texts)
        offsets = shows._text_offsets(texts)
        for title in ("Salt Road", "Salt", "Fox", "Road\nSalt"):
            plain = [(n, texts[n], at, end) for n, text in enumerate(texts)
                     for at, end in shows._whole_mentions(title, text)]
            assert list(shows._mentions_by_text(title, joined, texts, offsets)) == plain
