"""Shoots told in clauses, and place-named shows in production news (round 35, r35shoots;
issues 10, 11).

1. The generated grid ``tests/shoot_clauses.py``: shoot wordings in other sites' styles ×
   four title shapes (words, "The X", a place-named "Havana", a numbered title) × placements
   (the show cued first, or first seen in the shoot's sentence or headline). New here:
   - a start in a relative clause of the shoot, its end the main verb ("Filming on X, which
     began in May, concluded in August"; rule ``trigger.shoot_start_in_aside``);
   - the end after "but" ("began in May but ended / did not wrap until / was not completed
     until August"), after a verb of duration ("and lasted until / ran through / continued
     until August") or counted from the start ("and concluded three months later"): rule
     ``trigger.shoot_end_after_start``, ``patterns.SHOOT_END_AFTER_START_RE``;
   - "X is a wrap", and a quoted social post opening with the crew's exclamation ("That's a
     wrap on season 2!" ... posted): rule ``speech.wrap_post``;
   - a place-named show first seen as the subject of a production verb told of its own season
     ("Havana has started filming its second season"): ``title.keep.governed_place``.
   Cells still failing on the branch are strict xfails (``LEFT``).
2. Controls: near misses whose output must not change — a halt after "but", a restart, a
   film's shoot, filming locations, a run that ended, "continued into", a quotation that is
   no post, a place with no season of its own.

All names are invented.
"""

from __future__ import annotations

import grid_tally
import pytest
from articles import facts_of
from shoot_clauses import PUBLISHED, Cell, cells, rows_of, verdict

from monitor.models import Fact

#: Cells that fail on the branch too (title discovery and numbered titles; left):
#: a place-named show told only in a Title Case headline's exclamation ("That's a Wrap on
#: Havana Season 2", "Havana Starts Shooting Its Second Season") with a body naming it only as
#: its star's show; a numbered title before "Season 2" in a headline read as "Precinct"
#: season 9 (false).
LEFT = frozenset({
    "headline-thats_a_wrap_on-first-place",
    "headline-starts_shooting_its_season-first-place",
})


@pytest.mark.parametrize("cell", grid_tally.params(cells(), LEFT))
def test_a_shoot_told_in_clauses_is_read(cell: Cell) -> None:
    rows = rows_of(cell)
    assert verdict(cell, rows) == "right", sorted(map(str, rows))


def test_left_cells_name_real_cells() -> None:
    assert LEFT <= {c.id for c in cells()}


CUE = "The Kestrel drama Salt Road follows three sisters. "


def _facts(body: str, headline: str = "TV news") -> list[Fact]:
    return facts_of(CUE + body, headline, PUBLISHED)


#: (id, sentence after the cue, the (kind, date) rows of Salt Road wanted): read the same on
#: the base and the branch.
CONTROLS = [
    ("halt_after_but", "Salt Road began filming in May but stopped in June.",
     {("filming_started", "2026-05")}),
    ("halt_after_but_noun", "Filming on Salt Road began in May but was halted in June.",
     {("filming_started", "2026-05")}),
    ("restart", "Production on Salt Road resumed in May after a strike.",
     {("filming_started", None)}),
    ("film_shoot", "Jane Doe, who stars in Salt Road, began filming the movie Iron Coast in "
     "May and wrapped in August.", set()),
    ("filming_locations", "Filming locations for Salt Road included Cork and Havana.", set()),
    ("run_ended", "Salt Road premiered in May and ran until August.",
     {("premiere", "2026-05")}),
    ("continued_into", "Filming on Salt Road began in May and continued into August.",
     {("filming_started", "2026-05")}),
    ("lasted_until_an_event", "Filming on Salt Road began in May and lasted until the strike.",
     {("filming_started", "2026-05")}),
    ("but_did_not_end", "Filming on Salt Road began in May but did not end.",
     {("filming_started", "2026-05")}),
    ("relative_of_another_event", "Salt Road, which premiered in May, wrapped filming on its "
     "second season in August.", {("premiere", "2026-05"), ("filming_wrapped", "2026-08")}),
    ("relative_place_aside", "Filming on Salt Road, which takes place in Cork, wrapped in "
     "August.", {("filming_wrapped", "2026-08")}),
    ("quote_remembered", "\"When we finished I said that's a wrap and cried,\" she said.",
     set()),
    ("quote_said_not_posted", "\"That's a wrap on my time at Kestrel,\" she said.", set()),
    ("wrap_party", "The cast of Salt Road threw a wrap party in Cork.",
     {("filming_wrapped", None)}),
    # a shoot label with no date of a year after it: no shoot
    ("label_of_a_company", "Production: Maya Films and Kestrel Studios.", set()),
    ("label_of_a_length", "Filming: 12 weeks in Cork.", set()),
    ("label_without_a_year", "Filming: June in Cork, then Havana.", set()),
]


def _rows(body: str) -> set[tuple[str, str | None]]:
    return {(f.kind, f.date) for f in _facts(body) if f.show == "Salt Road"}


@pytest.mark.parametrize(("body", "want"), [(b, w) for _, b, w in CONTROLS],
                         ids=[i for i, _, _ in CONTROLS])
def test_near_misses_keep_their_output(body: str, want: set[tuple[str, str | None]]) -> None:
    rows = _rows(body)
    # a wanted date of None: the kind on any date (the publication's month)
    assert {k for k, _ in rows} == {k for k, _ in want}, rows
    assert all(d is None or (k, d) in rows for k, d in want), rows


#: A place with no season of its own told, or named after "in": still a place.
PLACE_CONTROLS = [
    ("no_season_of_its_own", "Havana has started filming.", "TV news"),
    ("locative", "Kestrel has started filming its second season in Havana.", "TV news"),
    ("cast_arrived_in", "The cast arrived in Havana to start filming its second season.",
     "TV news"),
]


@pytest.mark.parametrize(("body", "headline"), [(b, h) for _, b, h in PLACE_CONTROLS],
                         ids=[i for i, _, _ in PLACE_CONTROLS])
def test_a_place_with_no_season_of_its_own_is_no_show(body: str, headline: str) -> None:
    assert not [f for f in facts_of(body, headline, PUBLISHED) if f.show == "Havana"]


def test_the_new_rules_are_named_in_explain() -> None:
    from articles import explained
    assert "trigger.shoot_start_in_aside" in explained(
        CUE + "Filming on Salt Road, which began in May, concluded in August.", "TV news",
        PUBLISHED)
    assert "speech.wrap_post" in explained(
        CUE + "\"That's a wrap on season 2!\" she wrote.", "TV news", PUBLISHED)
    assert "list.shoot_field" in explained(
        "Salt Road\n\nNetwork: Netflix\n\nFilming: May–August 2026", "Production listings",
        PUBLISHED)
    assert "title.keep.governed_place" in explained(
        "Havana has started filming its second season.", "TV news", PUBLISHED)


def test_the_duration_end_is_dated_by_its_own_clause() -> None:
    facts = _facts("Shooting on Salt Road started in May and continued until August.")
    assert {(f.kind, f.date, f.certainty) for f in facts} == {
        ("filming_started", "2026-05", "confirmed"), ("filming_wrapped", "2026-08", "confirmed")}
