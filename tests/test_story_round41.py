"""Round 41 (r41story): a season's whole story — the readings its invented time lines needed.

Round 41's stories (``tests/invented_timelines.py --round41``) found, on 264b3aa4, that a
renamed show's later articles never reach its season: "Ashford Lane, formerly known as
Lodestar" gave its facts to Ashford Lane, but a later "Lodestar Season 2 Has Finished
Filming" went to a show "Lodestar" the store had never linked (twelve stories: a rename
either way round, a UK/US title pair, a season told under its subtitle); and a wrap told only
through post-production ("is now in post-production", "now in the edit") gave no wrap. Mended
as classes:

1. ``title.alias.renamed`` (``shows.renamed_aliases``: ``_RENAMED_AFTER_RE``,
   ``_RENAMED_BEFORE_RE``, ``_RENAMED_VERB_RE``, ``_SUBTITLE_BEFORE_RE``,
   ``_SUBTITLE_AFTER_RE``, ``_REGION_OR_RE``): the text saying a show goes by two names
   makes one show of them; the facts carry the other name (``Fact.also``, not part of a
   fact's identity), and the state store learns it (``Articles._learn_aliases``): an alias
   of the show from then on, and whatever it held under that name (facts, seasons, alerts,
   mutes) moves to the show, so the story goes on under one name with no alert repeated.
2. A wrap told through what follows it (a ``filming_wrapped`` trigger in
   ``patterns``): "season 2 is now in post-production", "has moved into the editing room",
   "is now in the edit".

The grid is ``tests/renamed_grid.py``. All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import grid_tally
import pytest
from articles import explained, facts_of
from grid_tally import Cell
from invented_timelines import told_article
from renamed_grid import cells, outcome

from monitor.store.state import StateStore

GRID = grid_tally.params(cells())


@pytest.mark.parametrize("cell", GRID)
def test_renamed_cell(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.body, diff)


PUBLISHED = dt.date(2026, 9, 10)


def _also(body: str, headline: str = "TV news") -> set[tuple[str, str, tuple[str, ...]]]:
    return {(f.show, f.kind, f.also) for f in facts_of(body, headline, PUBLISHED)}


# --- 1. a show's other name, read ---------------------------------------------------------------

def test_a_rename_gives_the_facts_the_old_name_too() -> None:
    assert ("Ashford Lane", "renewed", ("Lodestar",)) in _also(
        "Ashford Lane, formerly known as Lodestar, has been renewed for a second season.")
    assert ("Ashford Lane", "filming_started", ("Lodestar",)) in _also(
        "Lodestar, now titled Ashford Lane, has started filming its second season, Kestrel "
        "said.")


def test_the_rename_rule_is_named_in_the_explanation() -> None:
    assert "title.alias.renamed" in explained(
        "Ashford Lane, formerly known as Lodestar, has been renewed for a second season.",
        "TV news", PUBLISHED)


@pytest.mark.parametrize("body", [
    "Kestrel has canceled Ashford Lane: Origins, the prequel to Ashford Lane, after one season.",
    "Kestrel is developing a sequel series to Ashford Lane, titled Ashford Lane: Black Tide.",
    "Ashford Lane (Kestrel) has been renewed for a second season.",
    "Kestrel has renewed Ashford Lane; Dana Holt, formerly of Lodestar, joins the cast.",
    "Ashford Lane, or Lodestar, has been renewed for a second season.",
])
def test_no_other_name_without_the_words_that_say_so(body: str) -> None:
    assert all(not also for _, _, also in _also(body))


# --- 1. ... learned by the store ----------------------------------------------------------------

REPLAY_NOW = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def _story(tmp_path: Path, *told: tuple[str, str, list[tuple[int, str, str | None, str]],
                                        tuple[str, ...]]
           ) -> tuple[list[str | None], list[list[tuple[str, str]]]]:
    """Ingest each (show, published, facts, also) article in turn: season 2 of Ashford Lane
    after each, and the status alerts each sent (show, status)."""
    from dataclasses import replace

    statuses: list[str | None] = []
    alerts: list[list[tuple[str, str]]] = []
    with StateStore(tmp_path / "state.db") as store:
        for n, (show, published, facts, also) in enumerate(told):
            article, stated = told_article(show, f"https://setsheet.example/{n}", published,
                                           facts)
            sent = store.articles.ingest(article, [replace(f, also=also) for f in stated],
                                         watched=lambda _t: True, channels=(), now=REPLAY_NOW)
            row = store.queries.season_row("ashford lane", 2)
            statuses.append(row.status if row else None)
            alerts.append([(a.show, a.to_status or "") for a in sent
                           if a.kind == "status_change"])
    return statuses, alerts


RENEWED = [(2, "renewed", None, "confirmed")]
FILMING = [(2, "filming_started", "2026-05", "confirmed")]
WRAPPED = [(2, "filming_wrapped", "2026-08-19", "confirmed")]


def test_a_learned_name_brings_its_season_and_later_facts_to_the_show(tmp_path: Path) -> None:
    statuses, alerts = _story(tmp_path, ("Lodestar", "2026-02-12", RENEWED, ()),
                              ("Ashford Lane", "2026-05-11", FILMING, ("Lodestar",)),
                              ("Lodestar", "2026-08-21", WRAPPED, ()))
    assert statuses == [None, "filming", "wrapped"]
    # the renewal told under the old name goes on: renewed → filming, no "new" alert again
    assert alerts == [[("Lodestar", "renewed")], [("Ashford Lane", "filming")],
                      [("Ashford Lane", "wrapped")]]


def test_a_learned_name_with_nothing_stored_sends_later_facts_to_the_show(
        tmp_path: Path) -> None:
    statuses, _ = _story(tmp_path, ("Ashford Lane", "2026-02-12", RENEWED, ("Greyfriars Yard",)),
                         ("Greyfriars Yard", "2026-05-11", FILMING, ()))
    assert statuses == ["renewed", "filming"]


def test_without_the_other_name_the_two_names_stay_two_shows(tmp_path: Path) -> None:
    statuses, _ = _story(tmp_path, ("Lodestar", "2026-02-12", RENEWED, ()),
                         ("Ashford Lane", "2026-05-11", FILMING, ()),
                         ("Lodestar", "2026-08-21", WRAPPED, ()))
    assert statuses == [None, "filming", "filming"]


# --- 2. a wrap told through post-production -----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Ashford Lane season 2 is now in post-production, Kestrel said on Thursday.",
    "The second series of Ashford Lane is now in the edit, according to its director.",
    "Season 2 of Ashford Lane has moved into the editing room, the showrunner posted.",
])
def test_a_season_in_post_production_has_wrapped(body: str) -> None:
    assert ("Ashford Lane", "filming_wrapped", ()) in _also(body)


@pytest.mark.parametrize("body", [
    "Ashford Lane is in pre-production on its second season, Kestrel said.",
    "The post-production team on Ashford Lane season 2 won an award on Thursday.",
    "The editor of Ashford Lane season 2 says the post-production budget was doubled.",
])
def test_no_wrap_from_post_production_named_otherwise(body: str) -> None:
    assert not {kind for _, kind, _ in _also(body)} & {"filming_wrapped"}


# --- the stories' own tables --------------------------------------------------------------------

def test_no_round_redefines_another_rounds_wording() -> None:
    """Each round's kinds are its own: a kind spelt again by a later round replaced the
    earlier one's wordings in every story (round 41's first "recap_previous" did)."""
    import invented_timelines as it

    day = dt.date(2026, 5, 20)
    tables = [it._sentences_round35("X", "N", 2, day, day),
              it._sentences_round37("X", "N", 2, day, None, day),
              it._sentences_round39("X", "N", 2, day, None, day),
              it._sentences_round40("X", "N", 2, day, None, day),
              it._sentences_round41("X", "N", 2, day, None, day, "Y")]
    seen: set[str] = set()
    for table in tables:
        assert not seen & set(table)
        seen |= set(table)
