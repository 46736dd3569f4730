"""Round 40, r40speed2: the role readings' line search and network scans, no fact changed.

Mechanism cells (no timing here; ``bench/facts_speed.py`` times it and
``bench/facts_compare.py`` shows no extracted fact changed):

- ``titles._NETWORK_SCANS``: each network shape as ``networks_by_shape`` runs it, behind the
  look-ahead of its case-blind first letters (``prefilter.with_caseless_first_letter``, as
  ``RoleShape.scan``); it finds the same matches as the shape;
- ``titles._LineIndex``: an article's lines read once for ``networks_by_shape`` and
  ``names_by_role`` (``titles._line_index``, a ``memo.lru(1)``), each stem's lines found once
  however many shapes name it; ``holding`` gives what ``_lines_holding`` gives.

Sentences are invented (Kestrel, Tovrel, Brindle; Salt Road, Lantern House, Copper Vale).
"""

from __future__ import annotations

import pytest

from monitor.extract import titles

TEXT = (
    "Tovrel Renews Salt Road\n"
    "Salt Road has been renewed for a third season at Tovrel, the streamer announced on "
    "Monday.\n"
    "The drama premiered on Brindle TV in May and airs on Kestrel in the UK.\n"
    "\"It was a joy,\" said Dana Holt, who plays the lead in Lantern House.\n"
    "Copper Vale, the Kestrel-produced comedy, was cancelled by Tovrel.\n"
    "İstanbul Nights returns Christmas on Kestrel.\n"
)

LINES = [
    "Salt Road premiered on Tovrel and Premieres On Kestrel next week.",
    "The show was renewed for a second season at Brindle; Kestrel aired it first.",
    "Lantern House Premiering on Tovrel, streamer Kestrel said.",
    "",
    "Copper Vale is back Easter Monday on Tovrel.",
]


@pytest.mark.parametrize("number", range(len(titles._NETWORK_SHAPES)))
def test_network_scan_finds_the_shape_matches(number: int) -> None:
    shape, _ = titles._NETWORK_SHAPES[number]
    scan = titles._NETWORK_SCANS[number]
    for line in [*LINES, *TEXT.splitlines()]:
        assert [m.span() for m in scan.finditer(line)] == \
            [m.span() for m in shape.finditer(line)]


def test_network_scans_use_the_caseless_first_letter() -> None:
    # the shapes opening on a case-blind verb are the ones the look-ahead changes
    changed = [scan is not shape for (shape, _), scan
               in zip(titles._NETWORK_SHAPES, titles._NETWORK_SCANS, strict=True)]
    assert any(changed)
    for (shape, _), scan in zip(titles._NETWORK_SHAPES, titles._NETWORK_SCANS, strict=True):
        if scan is not shape:
            assert scan.pattern.startswith("(?=(?i:[")


STEM_SETS = [role.stems for role in titles.ROLE_SHAPES] + list(titles._NETWORK_SHAPE_WORDS)


@pytest.mark.parametrize("text", [TEXT, "\n".join(LINES), "", "one line, no stem"])
def test_line_index_holding_is_lines_holding(text: str) -> None:
    index = titles._LineIndex(text)
    assert index.lines == text.splitlines()
    assert index.lowered == [line.lower() for line in index.lines]
    for stems in STEM_SETS:
        assert index.holding(stems) == titles._lines_holding(index.joined, index.starts, stems)
        # a second ask reads the stems' lines already found
        assert index.holding(stems) == titles._lines_holding(index.joined, index.starts, stems)


def test_line_index_finds_each_stem_once() -> None:
    index = titles._LineIndex(TEXT)
    index.holding(("premier", "air"))
    index.holding(("air", "cancel"))
    assert sorted(index._by_stem) == ["air", "cancel", "premier"]


def test_both_role_readings_share_one_index() -> None:
    titles._line_index.cache_clear()
    titles.networks_by_shape(TEXT)
    titles.names_by_role(TEXT)
    info = titles._line_index.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def test_role_readings_read_the_article() -> None:
    # what the two readings give on the invented article, through the shared index
    networks = titles.networks_by_shape(TEXT)
    assert "kestrel" in networks and "brindle" in networks
    roles = titles.names_by_role(TEXT)
    assert roles.get("dana holt") == "title.veto.role_person"
    assert "salt road" not in roles
