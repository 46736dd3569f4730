"""The words between a trigger and its elliptic ordinal, read in linear time (round 25, the
lead's second reading, issue 10).

``season.elliptic_ordinal_after_run`` (r25seasons) accepted up to six words between the
trigger and "its third" with a pattern whose separator could be empty, so one long word could
be split six ways: "Copper Vale wrapped its second season and started filming " followed by a
run of 76 dashes and ", its third." took 23 s, and the cost grew with the fifth power of the
run. The words are now kept apart by the spaces between them; what the pattern accepts is the
same (checked against a reading by ``str.split`` on a grid). A long word is read in a child
process with a generous bound, so a return of the old shape fails instead of hanging the suite.

Every name is invented.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys

from articles import facts_of, rows

from monitor.extract.rules import _ELLIPTIC_GAP_RE

_BLOCKED = re.compile(r"(?i)(?:and|but|while|which|who)\b")


def _gap_by_words(text: str) -> bool:
    """Up to six words, none holding a clause mark, none opening on a conjunction."""
    words = text.split()
    return len(words) <= 6 and all(
        not re.search(r"[,;:.]", w) and not _BLOCKED.match(w) for w in words)


PIECES = ["", " ", "  ", "its", "and", "And", "andy", "but", "butter", "which", "who", "whom",
          "a-and", "x", "-", "’", '"', ",", "."]


def test_the_gap_reads_what_a_split_into_words_reads() -> None:
    for size in range(4):
        for parts in itertools.product(PIECES, repeat=size):
            for glue in (" ", ""):
                text = " " + glue.join(parts)
                assert bool(_ELLIPTIC_GAP_RE.fullmatch(text)) == _gap_by_words(text), text


def test_a_long_word_before_a_comma_ends_in_time() -> None:
    """The old shape took 29 s on 80 characters and grew with their fifth power; 300 would
    take hours. The read runs in a child process so a return of that shape fails here."""
    code = ("import sys; from monitor.extract.rules import _ELLIPTIC_GAP_RE; "
            "sys.exit(0 if _ELLIPTIC_GAP_RE.fullmatch(' ' + '-' * 300 + ',') is None else 1)")
    done = subprocess.run([sys.executable, "-c", code], timeout=120, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr


def test_the_rule_still_reads_its_own_shape() -> None:
    got = rows(facts_of(
        "Copper Vale has wrapped its second season and began filming its third."))
    assert ("Copper Vale", 3, "filming_started") in got
