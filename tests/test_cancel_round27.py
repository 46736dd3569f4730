"""Round 27 (r27cancel, issue 10): two ways a cancellation is told that the vocabulary missed.

- ``trigger.renewal_taken_back``: a renewal taken back, "was unrenewed for a previously
  confirmed second season", "has been un-renewed", a network that "has unrenewed" a show. The
  verb after its auxiliary only: the adjective ("is still unrenewed", "remains unrenewed")
  tells a decision not yet taken. The season denied is not the last one made: "unrenewed for
  a second season" ends the show after its first (``season.denied_return_is_previous``).
- ``trigger.decision_noun_to_cancel``: a decision to cancel told as a noun with its owner,
  "the decision by Tovrel to cancel X", "Kestrel's decision to axe X". Not a decision still
  open ("no decision to cancel", "a decision on whether to cancel"), not one reversed, not the
  cancellation of an event or a tour, and a hedged one stays speculative.

Every sentence, title, network and person here is invented."""

from __future__ import annotations

import pytest
from articles import explained, facts_of, full_rows, rows

# (body, the (show, season, kind) rows expected among the facts)
_CELLS = [
    # a renewal taken back
    ('"Salt Road" was abruptly unrenewed for its promised second season.',
     ("Salt Road", 1, "cancelled")),
    ('Kestrel has unrenewed the drama "Salt Road" for an announced second season.',
     ("Salt Road", 1, "cancelled")),
    ("The comedy Copper Vale has been un-renewed by Tovrel, weeks after a third season was "
     "announced.", ("Copper Vale", 2, "cancelled")),
    ("The drama Harbor Lights got unrenewed for season 4 when the studio changed hands.",
     ("Harbor Lights", 3, "cancelled")),
    ("After the merger, the thriller Lantern House was quietly unrenewed.",
     ("Lantern House", None, "cancelled")),
    # a decision to cancel told as a noun
    ("The decision by Tovrel to cancel the drama Lantern House came as a surprise to its cast.",
     ("Lantern House", None, "cancelled")),
    ('Kestrel\'s decision to cancel "Salt Road" after two seasons angered fans.',
     ("Salt Road", 2, "cancelled")),
    ("The network's abrupt decision to axe the comedy Copper Vale was criticised.",
     ("Copper Vale", None, "cancelled")),
    ("Fans are still angry about the decision by Brindle TV to cancel the sitcom "
     "Quarry Lane.", ("Quarry Lane", None, "cancelled")),
]


@pytest.mark.parametrize(("body", "row"), _CELLS)
def test_the_cancellation_is_read(body: str, row: tuple[str, int | None, str]) -> None:
    assert row in rows(facts_of(body, "TV news"))


_CONTROLS = [
    # the adjective: a decision not yet taken
    'The drama "Salt Road" is still unrenewed for a third season.',
    "The comedy Copper Vale remains unrenewed as Tovrel weighs its options.",
    "Of the network's dramas, only Lantern House is currently unrenewed.",
    # a renewal, not taken back
    'The drama "Salt Road" was renewed for a second season by Kestrel.',
    # a decision still open, reversed, or not about a show
    'Kestrel reversed the decision to cancel "Salt Road" after a fan campaign.',
    'No decision to cancel "Salt Road" has been made, Kestrel said.',
    'A decision on whether to cancel "Salt Road" is expected next month.',
    "The decision to cancel the Salt Road concert tour was Tovrel's.",
    "The decision by the store to cancel the Copper Vale book signing upset fans.",
    "The festival's decision to cancel its closing night left Tovrel Hale stranded.",
    "The studio's decision to axe the Lantern House film stunned its director.",
]


@pytest.mark.parametrize("body", _CONTROLS)
def test_no_cancellation_is_read(body: str) -> None:
    assert not any(kind == "cancelled" for _show, _season, kind in
                   rows(facts_of(body, "TV news")))


def test_a_hedged_decision_stays_speculative() -> None:
    facts = full_rows(facts_of('The decision by Kestrel to cancel "Salt Road" could come next '
                               "week.", "TV news"))
    assert all(certainty == "speculative" for *_rest, certainty in facts)


def test_the_renewal_it_took_back_is_kept() -> None:
    # the renewal the sentence tells as announced stays a fact beside the cancellation
    found = rows(facts_of('Kestrel has unrenewed the drama "Salt Road" for an announced second '
                          "season.", "TV news"))
    assert {("Salt Road", 2, "renewed"), ("Salt Road", 1, "cancelled")} <= found


@pytest.mark.parametrize(("body", "rule"), [
    ('"Salt Road" was abruptly unrenewed for its promised second season.',
     "trigger.renewal_taken_back"),
    ("The decision by Tovrel to cancel the drama Lantern House came as a surprise to its cast.",
     "trigger.decision_noun_to_cancel"),
])
def test_explain_names_the_rule(body: str, rule: str) -> None:
    assert rule in explained(body, "TV news")
