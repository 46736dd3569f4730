"""Season state from facts: the status rules of the seeds README as pure functions.

Given every stored fact about one show and season (each as one article states it), derive the
season's state: its status and since when, the best premiere date or window, the episode count,
its sources and the facts that support the status. Then plan the alerts a change of state causes.

The state is derived from the facts *as a set*: the same facts in any arrival order give the
same state, so a replayed or shuffled feed ends where the news did, and an older article can
never move a season backwards. Ties are broken on the facts' own data (dates, publication
dates, URLs), never on the order they came in.

This module must never do I/O or read the clock: the store passes ``now`` in.

Rules (renewed < filming < wrapped < premiere_scheduled; cancelled ends it):
- any fact that is not speculative puts the season on the board, at least renewed;
- filming needs a confirmed ``filming_started``, wrapped a confirmed ``filming_wrapped``;
- premiere_scheduled needs a premiere date to the day, confirmed or expected; a window
  (``YYYY``, ``YYYY-MM``, ``YYYY-SP``) is kept as the season's premiere but moves no status;
- speculative facts are kept and shown (``speculative_premiere``) but never move a status;
- a confirmed ``cancelled`` ends the season: nothing moves it afterwards.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from ..models import CERTAINTY_RANK, STATUS_RANK, Alert, Certainty, FactKind, Status

#: Partial ISO dates, most precise last; a season code sits between a year and a month.
DATE_FORMS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), 4),
    (re.compile(r"^\d{4}-\d{2}$"), 3),
    (re.compile(r"^\d{4}-(SP|SU|FA|WI)$"), 2),
    (re.compile(r"^\d{4}$"), 1),
)
DAY_PRECISION = 4
#: The months each season code covers, for ordering and for "is this date inside that window".
SEASON_MONTHS: dict[str, tuple[str, ...]] = {
    "SP": ("03", "04", "05"),
    "SU": ("06", "07", "08"),
    "FA": ("09", "10", "11"),
    "WI": ("12", "01", "02"),
}
#: Which confirmed (or, for a premiere, expected) fact kind lifts a season to which status.
STATUS_EVIDENCE: dict[str, tuple[FactKind, frozenset[str]]] = {
    "filming": ("filming_started", frozenset({"confirmed"})),
    "wrapped": ("filming_wrapped", frozenset({"confirmed"})),
    "premiere_scheduled": ("premiere", frozenset({"confirmed", "expected"})),
    "cancelled": ("cancelled", frozenset({"confirmed"})),
}

AlertKind = Literal["status_change", "premiere_window"]

#: A shoot that started or ended this long before the article reporting it is history, not news
#: ("filming began in April last year" in a later piece): it is stored but does not alert.
#: A premiere is history as soon as its date is before the article's. A renewal or a
#: cancellation is never history: it stays the season's standing until something else happens.
HISTORY_GRACE = dt.timedelta(days=45)
HISTORY_KINDS = frozenset({"premiere", "filming_started", "filming_wrapped"})


@dataclass(frozen=True)
class SourcedFact:
    """One fact as one article states it: the unit the rules work on.

    A fact reported by three articles is three SourcedFacts (same kind, date, value), each with
    its own certainty, evidence sentence, URL and publication date.
    """

    kind: FactKind
    date: str | None
    certainty: Certainty
    url: str
    published: dt.date
    evidence: str = ""
    value: int | None = None
    show: str = ""


@dataclass(frozen=True)
class SeasonState:
    """What we know about one show's season, derived from all its facts.

    ``status`` is None while the season has only speculative facts (not on the board yet).
    ``since`` is partial ISO: the supporting fact's date, or its article's publication date
    when the fact has none. For premiere_scheduled it is the premiere date itself.
    ``premiere``/``premiere_certainty`` is the best premiere date or window that is not
    speculative; ``speculative_premiere`` the best guess, kept apart.
    """

    show_key: str
    season: int | None
    show: str
    status: Status | None
    since: str | None = None
    premiere: str | None = None
    premiere_certainty: Certainty | None = None
    speculative_premiere: str | None = None
    episode_count: int | None = None
    sources: tuple[str, ...] = ()
    #: The facts behind ``status``, the one that sets ``since`` first.
    supporting: tuple[SourcedFact, ...] = field(default=(), compare=False)
    #: The firm facts stating ``premiere``, newest first.
    premiere_facts: tuple[SourcedFact, ...] = field(default=(), compare=False)
    #: Every article behind ``status`` reports it as long past (see ``is_history``): the
    #: status is kept, but reaching it is not news and alerts no one.
    historical: bool = field(default=False, compare=False)


# --- dates --------------------------------------------------------------------------------------

def date_precision(date: str | None) -> int:
    """4 for a day, 3 for a month, 2 for a season code, 1 for a year, 0 for none or unreadable."""
    if not date:
        return 0
    for pattern, precision in DATE_FORMS:
        if pattern.match(date):
            return precision
    return 0


def date_sort_key(date: str | None) -> str:
    """A string that sorts partial dates in time order ("2017" < "2017-SP" ~ "2017-03" ...)."""
    if not date:
        return ""
    if date_precision(date) == 2:
        year, code = date.split("-")
        return f"{year}-{SEASON_MONTHS[code][0]}"
    return date


def date_within(inner: str, outer: str) -> bool:
    """Whether ``inner`` names a time inside the window ``outer`` (a day inside a month, ...)."""
    if date_precision(outer) == 2:
        year, code = outer.split("-")
        return (inner[:4] == year and date_precision(inner) >= 3
                and inner[5:7] in SEASON_MONTHS[code])
    return inner.startswith(outer)


def date_end(date: str | None) -> dt.date | None:
    """The last day a partial date covers ("2017" -> 2017-12-31, "2017-WI" -> 2018-02-28)."""
    precision = date_precision(date)
    if precision == 0 or date is None:
        return None
    year = int(date[:4])
    if precision == DAY_PRECISION:
        return dt.date.fromisoformat(date)
    if precision == 1:
        return dt.date(year, 12, 31)
    if precision == 3:
        month = int(date[5:7])
    else:
        code = date[5:]
        month = int(SEASON_MONTHS[code][-1])
        year += 1 if code == "WI" else 0
    first_of_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


def is_history(fact: SourcedFact) -> bool:
    """Whether the article reports the fact's event as over well before it was published."""
    end = date_end(fact.date)
    if end is None or fact.kind not in HISTORY_KINDS:
        return False
    if fact.kind == "premiere":
        return end < fact.published
    return end < fact.published - HISTORY_GRACE


# --- derivation ---------------------------------------------------------------------------------

def derive_season(facts: Iterable[SourcedFact], *, show_key: str, season: int | None,
                  show: str = "") -> SeasonState:
    """The state of one season from all its facts, the same whatever order they are given in."""
    facts = sorted(set(facts), key=_fact_order)
    status, supporting = _status_and_support(facts)
    since = _since(status, supporting) if status else None
    historical = bool(supporting) and all(
        is_history(_original(f, facts)) for f in supporting)
    premiere, premiere_certainty = best_premiere(f for f in facts if not _speculative(f))
    speculative, _ = best_premiere(f for f in facts if _speculative(f))
    premiere_facts = sorted(
        (f for f in facts if f.kind == "premiere" and premiere and f.date == premiere
         and not _speculative(f)),
        key=lambda f: (-f.published.toordinal(), -CERTAINTY_RANK[f.certainty], f.url))
    return SeasonState(
        show_key=show_key, season=season, show=show, status=status, since=since,
        premiere=premiere, premiere_certainty=premiere_certainty,
        speculative_premiere=speculative, episode_count=_episode_count(facts),
        sources=tuple(dict.fromkeys(f.url for f in facts if f.url)), supporting=supporting,
        premiere_facts=tuple(premiere_facts), historical=historical,
    )


def _original(fact: SourcedFact, facts: Sequence[SourcedFact]) -> SourcedFact:
    """The stored fact behind a supporting fact whose date was blanked (see _status_and_support)."""
    if fact.date is not None:
        return fact
    return next((f for f in facts if replace(f, date=None) == fact), fact)


def _status_and_support(
    facts: Sequence[SourcedFact],
) -> tuple[Status | None, tuple[SourcedFact, ...]]:
    """The highest status the facts support, and those facts (best first)."""
    status: Status
    for status in ("cancelled", "premiere_scheduled", "wrapped", "filming"):
        kind, certainties = STATUS_EVIDENCE[status]
        support = [f for f in facts if f.kind == kind and f.certainty in certainties
                   and (status != "premiere_scheduled" or date_precision(f.date) == DAY_PRECISION)]
        if support:
            return status, tuple(sorted(support, key=_support_key(status)))
    renewals = [f for f in facts if f.kind == "renewed" and not _speculative(f)]
    if renewals:
        return "renewed", tuple(sorted(renewals, key=_support_key("renewed")))
    # Any other firm fact (an expected shoot, a premiere window) means the season exists; its
    # date is when something is planned, not when the renewal happened: ``since`` falls back
    # to the publication date (see _since).
    others = [replace(f, date=None) for f in facts if not _speculative(f)]
    if others:
        return "renewed", tuple(sorted(others, key=_support_key("renewed")))
    return None, ()


def _support_key(status: str) -> Callable[[SourcedFact], tuple[object, ...]]:
    """Ordering of supporting facts: the first one sets ``since`` and gives the evidence.

    The most precise date wins, then the earliest (filming began at the first report of it);
    for a premiere date the newest announcement wins (a premiere can be moved), then the surer.
    """
    if status == "premiere_scheduled":
        return lambda f: (-f.published.toordinal(), -CERTAINTY_RANK[f.certainty],
                          f.date or "", f.url, f.evidence)
    return lambda f: (-date_precision(f.date), date_sort_key(f.date), f.published,
                      -CERTAINTY_RANK[f.certainty], f.url, f.evidence)


def _since(status: Status, supporting: Sequence[SourcedFact]) -> str | None:
    dated = [f for f in supporting if date_precision(f.date) > 0]
    if dated:
        return dated[0].date
    return min(f.published for f in supporting).isoformat() if supporting else None


def best_premiere(facts: Iterable[SourcedFact]) -> tuple[str | None, Certainty | None]:
    """The premiere date or window to show, and its certainty, from the given facts.

    The newest report wins (premieres move), unless an older report is more precise and falls
    inside the newer one's window ("2018-03-08" stays when a later article just says "2018").
    """
    dated = [f for f in facts if f.kind == "premiere" and date_precision(f.date) > 0]
    if not dated:
        return None, None
    latest = max(dated, key=lambda f: (f.published, date_precision(f.date),
                                       CERTAINTY_RANK[f.certainty], date_sort_key(f.date)))
    assert latest.date is not None
    finer = [f for f in dated if f.date and date_precision(f.date) > date_precision(latest.date)
             and date_within(f.date, latest.date)]
    best = max(finer, key=lambda f: (date_precision(f.date), f.published,
                                     CERTAINTY_RANK[f.certainty], date_sort_key(f.date))
               ) if finer else latest
    certainty = max((f.certainty for f in dated if f.date == best.date),
                    key=CERTAINTY_RANK.__getitem__)
    return best.date, certainty


def _episode_count(facts: Sequence[SourcedFact]) -> int | None:
    counts = [f for f in facts if f.kind == "episode_count" and f.value is not None
              and not _speculative(f)]
    if not counts:
        return None
    return max(counts, key=lambda f: (CERTAINTY_RANK[f.certainty], f.published, f.value)).value


def _speculative(fact: SourcedFact) -> bool:
    return fact.certainty == "speculative"


def _fact_order(fact: SourcedFact) -> tuple[object, ...]:
    return (fact.published, fact.url, fact.kind, date_sort_key(fact.date), fact.value or 0,
            fact.certainty, fact.evidence, fact.show)


# --- stored state wins --------------------------------------------------------------------------

def status_rank(status: str | None) -> int:
    """Rank in the status order; -1 for no status yet. cancelled outranks everything."""
    return -1 if status is None else STATUS_RANK[status]


def keep_forward(old: SeasonState | None, new: SeasonState) -> SeasonState:
    """``new``, but never with a lower status than the stored one (the stored status wins).

    Deriving from a growing set of facts cannot lower a status; this guards the day a fact is
    removed or a rule changes, so no alert ever goes backwards.
    """
    if old is None or status_rank(new.status) >= status_rank(old.status):
        return new
    return replace(new, status=old.status, since=old.since, supporting=old.supporting)


# --- alerts -------------------------------------------------------------------------------------

def alert_id(show_key: str, season: int | None, *parts: str) -> str:
    """The idempotency key of an alert: the same change always gets the same id."""
    text = "\x1f".join((show_key, "-" if season is None else str(season), *parts))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def plan_alerts(old: SeasonState | None, new: SeasonState, *, now: dt.datetime,
                window_alerts: bool = False) -> list[Alert]:
    """The alerts a change from ``old`` (stored, None if never seen) to ``new`` causes.

    A status alert when the status rises (first sighting included) or becomes cancelled;
    never one backwards, and none when the new status is history (``SeasonState.historical``).
    With ``window_alerts``, a premiere-window alert when the season's firm premiere date or
    window changes and no status alert already says so.
    """
    alerts: list[Alert] = []
    old_status = old.status if old is not None else None
    if (new.status is not None and status_rank(new.status) > status_rank(old_status)
            and not new.historical):
        alerts.append(_status_alert(old_status, new, now))
    old_premiere = old.premiere if old is not None else None
    if window_alerts and new.premiere and new.premiere != old_premiere and not alerts \
            and new.status is not None:
        alerts.append(_window_alert(old_premiere, new, now))
    return alerts


def _status_alert(old_status: str | None, new: SeasonState, now: dt.datetime) -> Alert:
    """The alert of a status change. Its ``date`` is the supporting fact's own date (None when
    the news gave none: the article's date is in ``published``, not passed off as the date of
    the change); ``SeasonState.since`` falls back to the publication date instead."""
    assert new.status is not None
    lead = new.supporting[0] if new.supporting else None
    extra: dict[str, object] = {}
    if new.premiere:
        extra = {"premiere": new.premiere, "premiere_certainty": new.premiere_certainty}
    return Alert(
        id=alert_id(new.show_key, new.season, new.status),
        kind="status_change", show=new.show, season=new.season,
        from_status=old_status, to_status=new.status, date=lead.date if lead else None,
        certainty=lead.certainty if lead else None, evidence=lead.evidence if lead else "",
        sources=_urls(new.supporting), created_at=now,
        published=lead.published if lead else None, extra=extra,
    )


def _window_alert(old_premiere: str | None, new: SeasonState, now: dt.datetime) -> Alert:
    assert new.status is not None and new.premiere is not None
    support = new.premiere_facts
    return Alert(
        id=alert_id(new.show_key, new.season, "premiere", new.premiere),
        kind="premiere_window", show=new.show, season=new.season,
        from_status=new.status, to_status=new.status, date=new.premiere,
        certainty=new.premiere_certainty,
        evidence=support[0].evidence if support else "",
        sources=_urls(support), created_at=now,
        published=support[0].published if support else None,
        extra={"premiere": new.premiere, "previous_premiere": old_premiere},
    )


def _urls(facts: Iterable[SourcedFact]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f.url for f in sorted(facts, key=lambda f: (f.published, f.url))
                               if f.url))
