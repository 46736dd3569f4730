"""Round 40, r40speed2: the network shapes' scans, no fact changed.

Mechanism cells (no timing here; ``bench/facts_speed.py`` times it and
``bench/facts_compare.py`` shows no extracted fact changed):

- ``titles._NETWORK_SCANS``: each network shape as ``networks_by_shape`` runs it, behind the
  look-ahead of its case-blind first letters (``prefilter.with_caseless_first_letter``, as
  ``RoleShape.scan``); it finds the same matches as the shape.

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


def test_networks_by_shape_reads_the_article() -> None:
    networks = titles.networks_by_shape(TEXT)
    assert "kestrel" in networks and "brindle" in networks
