"""Round 39 (r39story): a season's whole story — the readings its invented time lines needed.

Round 37 left two invented time lines whose shoot was told only by a star's post "alongside a
snap from the X set"; round 39's stories (``tests/invented_timelines.py --round39``) found a
remake's cancellation read as the original's, a wire headline's verb read as a first name,
and a season that came back after its cancellation was reversed still shown as cancelled.
Mended as classes:

1. ``title.keep.shoot_set`` (``shows._shoot_set``): a name told as the set a shoot is on ("a
   snap from the X set", "on the X set in Sydney", "a photo from the set of X"), in a
   sentence about a shoot or a post from one, is a title.
2. ``drop.foreign_version`` (``rules._foreign_version``, ``patterns.FOREIGN_VERSION_BEFORE_RE``,
   ``REMAKE_AFTER_TRIGGER_RE``): a decision about "its American remake of X", "a Korean
   adaptation of X" (a demonym of the title vetoes before the noun) is not X's; nor is the
   headline's "Tovrel Cancels Remake" given to the main show. "The American version of X"
   stays X's (a format's regional edition: the devset's convention).
3. ``titles.persons_in``: a headline's lexical verb is no first name ("Nimbus One Renews
   Brightwater": "Renews Brightwater" is no person, Brightwater no surname).
4. ``reconcile._reversed_end``: a confirmed cancellation that a confirmed renewal of the
   season, dated to the month or finer after it and told no earlier, reverses moves no
   status; the season leaves ``cancelled`` (``keep_forward``) and alerts its statuses anew
   (``SeasonState.revived_from`` keys them). A renewal retold vaguer ("earlier this year")
   or undated ends nothing.

The grid is ``tests/story_grid.py``; every cell passes since r39numbers. All titles,
networks and people are invented.
"""

from __future__ import annotations

import datetime as dt

import grid_tally
import pytest
from articles import facts_of
from story_grid import Cell, cells, outcome

from monitor.store.reconcile import SourcedFact, derive_season, keep_forward, plan_alerts

#: (A title ending in its own number, "Dock 7", once cut to "Dock" in six cells: read since
#: r39numbers, ``title.span.never_bare_number``; no cell is left.)
GRID = grid_tally.params(cells())


@pytest.mark.parametrize("cell", GRID)
def test_story_cell(cell: Cell) -> None:
    right, diff = outcome(cell)
    assert right, (cell.body, diff)


PUBLISHED = dt.date(2026, 6, 9)


def _facts(body: str, headline: str = "TV news") -> set[tuple[str, str]]:
    return {(f.show, f.kind) for f in facts_of(body, headline, PUBLISHED)}


# --- 1. the show whose set the shoot is on -------------------------------------------------

@pytest.mark.parametrize("body, want", [
    pytest.param("'Day one of filming on season 2!' Dana Holt wrote, with a picture from the "
                 "Salt Road set in Leeds.", {("Salt Road", "filming_started")},
                 id="day-one-picture-from-the-set"),
    pytest.param("Orla Brenn shared a photo from the set of Lantern House in Belfast as "
                 "filming on season 3 began.", {("Lantern House", "filming_started")},
                 id="set-of-in-place"),
    pytest.param("Copper Vale is set to return in May.", set(), id="control-set-to"),
    pytest.param("Fans can tour the Copper Vale set in Sydney this summer.", set(),
                 id="control-no-shoot"),
])
def test_a_shoot_on_the_shows_set(body: str, want: set[tuple[str, str]]) -> None:
    assert {f for f in _facts(body) if f[1].startswith("filming")} == want


# --- 2. a remake in another country or language --------------------------------------------

@pytest.mark.parametrize("headline, body, want", [
    pytest.param("Tovrel Cancels American Remake of Salt Road",
                 "Tovrel has cancelled its American remake of Salt Road after one season.",
                 set(), id="american-remake-headline-names-it"),
    pytest.param("Tovrel cancels remake",
                 "Tovrel has cancelled its American remake of Salt Road after one season.",
                 set(), id="headline-remake-only"),
    pytest.param("TV news", "The Danish-language remake of Salt Road has been axed.", set(),
                 id="language-remake"),
    pytest.param("TV news", "Kestrel has cancelled the reboot of Salt Road after one season.",
                 {("Salt Road", "cancelled")}, id="control-reboot-no-demonym"),
    pytest.param("TV news", "The American version of Salt Road has been cancelled after "
                 "two seasons.",
                 {("Salt Road", "cancelled")}, id="control-regional-version"),
    pytest.param("TV news", "Tovrel has cancelled Salt Road, a remake of a Danish drama.",
                 {("Salt Road", "cancelled")}, id="control-the-show-is-the-remake"),
])
def test_a_remake_is_another_show(headline: str, body: str,
                                  want: set[tuple[str, str]]) -> None:
    assert {f for f in _facts(body, headline) if f[1] == "cancelled"} == want


def test_a_headline_verb_is_no_first_name() -> None:
    from monitor.extract.titles import persons_in

    full, surnames = persons_in("Nimbus One Renews Brightwater For A Third Season")
    assert "Renews Brightwater" not in full and "Brightwater" not in surnames
    assert "Dana Holt" in persons_in("Nimbus One Hires Dana Holt")[0]  # control


# --- 4. a cancellation reversed ------------------------------------------------------------

def _sf(kind: str, date: str | None, published: str, url: str = "",
        certainty: str = "confirmed") -> SourcedFact:
    return SourcedFact(kind=kind, date=date, certainty=certainty,  # type: ignore[arg-type]
                       url=url or f"https://a.example/{kind}-{published}",
                       published=dt.date.fromisoformat(published), evidence=kind)


RENEWED = _sf("renewed", "2026-02", "2026-02-12")
CANCELLED = _sf("cancelled", "2026-04", "2026-04-02")


def _state(*facts: SourcedFact):  # type: ignore[no-untyped-def]
    return derive_season([RENEWED, CANCELLED, *facts], show_key="salt road", season=3,
                         show="Salt Road")


@pytest.mark.parametrize("again, status", [
    pytest.param(_sf("renewed", "2026-05", "2026-05-06"), "renewed", id="renewed-month-after"),
    pytest.param(_sf("renewed", "2026-05-06", "2026-05-06"), "renewed", id="renewed-day-after"),
    pytest.param(_sf("renewed", "2026-SP", "2026-08-12"), "cancelled", id="control-season"),
    pytest.param(_sf("renewed", "2026", "2026-08-12"), "cancelled", id="control-year"),
    pytest.param(_sf("renewed", None, "2026-08-12"), "cancelled", id="control-undated"),
    pytest.param(_sf("renewed", "2026-04", "2026-04-20"), "cancelled", id="control-same-month"),
    pytest.param(_sf("renewed", "2026-05", "2026-05-06", certainty="speculative"), "cancelled",
                 id="control-speculative"),
])
def test_a_later_renewal_reverses_the_cancellation(again: SourcedFact, status: str) -> None:
    assert _state(again).status == status


def test_control_a_renewal_told_before_the_cancellation_ends_nothing() -> None:
    early = _sf("renewed", "2026-05", "2026-03-30")  # a plan told before: not a reversal
    assert _state(early).status == "cancelled"


def test_a_revived_season_leaves_cancelled_and_alerts_anew() -> None:
    now = dt.datetime(2026, 5, 6, 12, tzinfo=dt.UTC)
    old = _state()
    new = keep_forward(old, _state(_sf("renewed", "2026-05", "2026-05-06")))
    assert (old.status, new.status, new.revived_from) == ("cancelled", "renewed", "2026-04")
    alerts = plan_alerts(old, new, now=now)
    assert [(a.from_status, a.to_status) for a in alerts] == [("cancelled", "renewed")]
    first = plan_alerts(None, derive_season([RENEWED], show_key="salt road", season=3,
                                            show="Salt Road"), now=now)
    assert alerts[0].id != first[0].id  # not the first renewal's alert again


def test_control_a_cancelled_season_stays_cancelled_without_a_reversal() -> None:
    old = _state()
    new = keep_forward(old, _state(_sf("renewed", "2026", "2026-08-12")))
    assert new.status == "cancelled" and new.revived_from is None
    assert plan_alerts(old, new, now=dt.datetime(2026, 8, 12, tzinfo=dt.UTC)) == []
