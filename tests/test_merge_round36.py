"""Round 36's merge (lead): what two branches' readings do together, in sentences of our own.

- A holiday's first word alone is cut from the end of a name only after "on", where the span
  stopped at its weekday ("Salt Road on Good Friday"): r36dates' bare "good", "black" ... after
  any preposition cut "Gone for Good" to "Gone" (rule ``title.span.holiday_tail``). All titles
  and networks are invented but for the idiom.
- ``--explain`` prints a span rule however warm the caches are: ``clean_title`` is memoised,
  and ``title.span.holiday_tail`` acts inside it, so an explain run after the same span was
  cleaned once (by another test, an earlier article) printed nothing; under a trace the
  uncached body runs.
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of, rows

TITLE_CELLS = [
    ("for-good-idiom", "Kestrel has renewed Gone for Good for a second season, the streamer "
     "said on Monday.", ("Gone for Good", 2, "renewed")),
    ("back-for-good", "Tovrel has cancelled Back for Good after one season.",
     ("Back for Good", 1, "cancelled")),
    ("after-black", "Kestrel has renewed Fade After Black for a third season.",
     ("Fade After Black", 3, "renewed")),
    # controls: the holiday after the name is still cut
    ("on-good-friday", "Kestrel will premiere the second season of Salt Road on Good Friday.",
     ("Salt Road", 2, "premiere")),
    ("on-christmas-day", "Tovrel will premiere the third season of Lantern House on Christmas "
     "Day.", ("Lantern House", 3, "premiere")),
]


@pytest.mark.parametrize(("body", "expected"),
                         [pytest.param(b, e, id=i) for i, b, e in TITLE_CELLS])
def test_holiday_first_word_only_after_on(body: str, expected: tuple[str, int, str]) -> None:
    assert expected in rows(facts_of(body))


@pytest.mark.parametrize(("body", "rule"), [
    pytest.param("Kestrel will premiere the second season of Marrow Bay on Christmas Day.",
                 "title.span.holiday_tail", id="holiday-tail"),
    pytest.param("Kestrel renewed Marrow Bay for a sixth season, taking it past 100 episodes.",
                 "title.span.count_no_item", id="count-no-item"),
])
def test_explain_prints_a_span_rule_after_a_warm_cache(body: str, rule: str) -> None:
    facts_of(body)  # the spans cleaned once, no trace active: every cache warm
    assert f": {rule}" in explained(body).split("TITLE CANDIDATES", 1)[1]
