"""A kept title's whole mentions found by ``str.find`` (round 25, the lead's speed mend of
``shows.time_edged``, issue 14).

``time_edged`` compiled a pattern per kept title, ``(?<![\\w'’-])TITLE(?![\\w-])``, on every
article: 0.43 ms of the open devset's ~12 ms an article. ``shows._whole_mentions`` finds the
same spans with ``str.find`` and the same two edge checks; this grid holds it to the pattern.

Every name is invented.
"""

from __future__ import annotations

import itertools
import re

from monitor.extract.shows import _whole_mentions

PIECES = ["Ada", "Ada Vale", "a", "-", "'", "’", "_", "1", "é", "٣", " ", ".", "AdaAda", "x"]
TITLES = ["Ada", "Ada Vale", "AdaA", "a", "Ada-x"]


def test_the_spans_are_the_patterns() -> None:
    for size in range(5):
        for parts in itertools.product(PIECES, repeat=size):
            text = "".join(parts)
            for title in TITLES:
                pattern = rf"(?<![\w'’-]){re.escape(title)}(?![\w-])"
                want = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
                assert list(_whole_mentions(title, text)) == want, (title, text)


def test_an_empty_title_has_no_mention() -> None:
    assert list(_whole_mentions("", "Ada Vale")) == []
