"""A future denied reads the same in every spelling of its modal.

The cancellation triggers once listed their negated modals by hand, each list a different
subset ("won't return" read, "wouldn't return" not): one alternation now
(``patterns._WILL_NOT``). Each frame below is checked with every spelling.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import make_article

from monitor.extract.facts import extract_facts

SPELLINGS = ("won't", "won’t", "will not", "wouldn't", "wouldn’t", "would not")

#: (frame with {neg}, the season the cancellation closes or None)
FRAMES = (
    ("The network said Copper Valley {neg} return for a second season.", 1),
    ("Copper Valley {neg} be coming back, the network confirmed on Friday.", None),
    ("The network confirmed Copper Valley {neg} be renewed.", None),
    ("The streamer said the drama Copper Valley {neg} make any more episodes.", None),
    ("The network said it {neg} be moving forward with Copper Valley.", None),
    ("Copper Valley {neg} get a third season, the network said.", 2),
)


@pytest.mark.parametrize("neg", SPELLINGS)
@pytest.mark.parametrize(("frame", "season"), FRAMES)
def test_every_spelling_of_a_denied_future_cancels(frame: str, season: int | None,
                                                   neg: str) -> None:
    article = make_article(frame.format(neg=neg), "TV news", dt.date(2024, 5, 10))
    facts = {(f.show, f.season, f.kind) for f in extract_facts(article)}
    assert ("Copper Valley", season, "cancelled") in facts


@pytest.mark.parametrize("neg", SPELLINGS)
def test_a_denied_return_with_a_date_to_come_is_a_wait_not_an_end(neg: str) -> None:
    article = make_article(f"Copper Valley {neg} return until 2026, the network said.",
                           "TV news", dt.date(2024, 5, 10))
    assert "cancelled" not in {f.kind for f in extract_facts(article)}
