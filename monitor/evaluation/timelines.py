"""Time lines: one season followed across several articles, replayed and scored.

A time line (``timelines.json`` in a labelled corpus such as the devset) names a show and
season, its articles in publication order, and the status the season should have after each
(None while it is not on the board). Replaying one runs each article's facts into a fresh state
store in that order, as the monitor would, and records after each article the season's status
and the alerts about it. Two sources of facts:

- ``gold``: the article's labelled facts. This isolates the status layer (reconcile + store)
  from the extractor: every time line should come out right.
- ``extractor``: the facts :func:`monitor.extract.facts.extract_facts` finds in the article's
  text: the whole path from text to alerts, as an evaluation.

A step is right when the status is the expected one and the status alerts about the season at
that step are exactly the expected change (one alert when the expected status rises, none
otherwise). Any other status alert is a false alert. Alerts of other kinds (a premiere moved, an
episode count changed) are reported but not scored.

I/O: reads the corpus's JSON files and writes a temporary state file; nothing is sent.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from ..errors import ParseError
from ..extract.facts import extract_facts
from ..models import STATUS_RANK, Alert, Article, Fact
from ..names import show_key
from ..pipeline import aired_seasons, known_seasons
from ..store.state import StateStore

FactSource = Literal["gold", "extractor"]
#: Alerts are stamped with this time: replays are reproducible, and nothing reads it.
REPLAY_NOW = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Timeline:
    """One season's story: its articles (corpus ids) and the status expected after each."""

    show: str
    season: int | None
    articles: tuple[str, ...]
    expected: tuple[str | None, ...]
    #: The status alert expected after each article, when it is not simply "where the
    #: expected status rises" (a pseudo time line takes the labelled-facts replay's alerts: a
    #: recap of a season that aired alerts no one).
    expected_alerts: tuple[str | None, ...] | None = None

    @property
    def name(self) -> str:
        return self.show if self.season is None else f"{self.show} S{self.season}"


@dataclass(frozen=True)
class Step:
    """The season after one article of a time line."""

    article: str
    published: dt.date
    expected: str | None
    #: The status a status alert should announce at this step (None: no status alert).
    expected_alert: str | None
    status: str | None
    #: Every alert about the season this article caused.
    alerts: tuple[Alert, ...]
    #: The article's labelled facts and the facts the replay ran (the same with ``gold``),
    #: about the time line's show, any season: what :func:`missed_step_cause` reads.
    labelled: tuple[Fact, ...] = ()
    replayed: tuple[Fact, ...] = ()

    @property
    def status_alerts(self) -> tuple[str, ...]:
        return tuple(a.to_status for a in self.alerts if a.kind == "status_change")

    @property
    def false_alerts(self) -> tuple[str, ...]:
        """Status alerts that should not have been sent at this step."""
        wanted = [self.expected_alert] if self.expected_alert else []
        extra = list(self.status_alerts)
        for status in wanted:
            if status in extra:
                extra.remove(status)
        return tuple(extra)

    @property
    def missed_alert(self) -> bool:
        return self.expected_alert is not None and self.expected_alert not in self.status_alerts

    @property
    def right(self) -> bool:
        return (self.status == self.expected and not self.missed_alert
                and not self.false_alerts)


@dataclass(frozen=True)
class TimelineResult:
    timeline: Timeline
    steps: tuple[Step, ...]

    @property
    def final_right(self) -> bool:
        return bool(self.steps) and self.steps[-1].status == self.timeline.expected[-1]

    @property
    def every_step_right(self) -> bool:
        return all(step.right for step in self.steps)

    @property
    def false_alerts(self) -> tuple[tuple[str, str], ...]:
        """(article, status) of every status alert that should not have been sent."""
        return tuple((s.article, status) for s in self.steps for status in s.false_alerts)


# --- loading ------------------------------------------------------------------------------------

def load_timelines(corpus: Path) -> list[Timeline]:
    """The time lines of a corpus directory (``timelines.json``); ParseError naming the file
    and the entry when one is malformed."""
    path = corpus / "timelines.json"
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ParseError(f"{path}: cannot read the time lines: {exc}") from exc
    if not isinstance(entries, list):
        raise ParseError(f"{path}: expected a list of time lines")
    timelines = []
    for number, entry in enumerate(entries, 1):
        try:
            timeline = Timeline(show=str(entry["show"]), season=entry["season"],
                                articles=tuple(str(a) for a in entry["articles"]),
                                expected=tuple(entry["expected_statuses"]))
        except (KeyError, TypeError) as exc:
            raise ParseError(f"{path}: time line {number}: missing or malformed {exc}") from exc
        if len(timeline.articles) != len(timeline.expected):
            raise ParseError(f"{path}: time line {number} ({timeline.name}): "
                             f"{len(timeline.articles)} articles but "
                             f"{len(timeline.expected)} expected statuses")
        timelines.append(timeline)
    return timelines


def load_article(corpus: Path, article_id: str) -> tuple[Article, list[Fact]]:
    """A corpus article (``articles/ID.json``) and its labelled facts, each with an evidence
    line naming the article (the corpus gives no sentence)."""
    path = corpus / "articles" / f"{article_id}.json"
    try:
        record: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        url = str(record.get("url") or path.resolve().as_uri())
        article = Article(url=url, title=str(record.get("title") or ""),
                          text=str(record.get("text") or ""),
                          published=dt.date.fromisoformat(record["published"]))
        facts = [Fact(show=f["show"], season=f["season"], kind=f["kind"], date=f.get("date"),
                      certainty=f["certainty"], value=f.get("value"), source_url=url,
                      evidence=f"labelled in article {article_id}: {f['kind']} "
                               f"{f.get('date') or f.get('value') or ''}".strip())
                 for f in record.get("facts", [])]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ParseError(f"{path}: cannot read the article: {exc}") from exc
    return article, facts


# --- replay -------------------------------------------------------------------------------------

def replay_timeline(timeline: Timeline, corpus: Path,
                    source: FactSource = "gold") -> TimelineResult:
    """Run the time line's articles, in its order, through a fresh state store."""
    key = show_key(timeline.show)
    steps: list[Step] = []
    previous: str | None = None
    with tempfile.TemporaryDirectory(prefix="monitor-timeline-") as tmp, \
            StateStore(Path(tmp) / "timeline.db") as store:
        # As in service: the extractor knows the seasons the store has seen aired and the
        # titles it has confirmed (from the extractor's own facts: no label reaches it).
        facts_of: Callable[[Article, list[Fact]], Sequence[Fact]] = (
            (lambda article, gold: gold) if source == "gold"
            else (lambda article, gold: extract_facts(
                article, store.articles.confirmed_titles(fresh=True),
                aired_seasons(known_seasons(store), article.published))))
        for number, (article_id, expected) in enumerate(
                zip(timeline.articles, timeline.expected, strict=True)):
            article, gold = load_article(corpus, article_id)
            facts = facts_of(article, gold)
            alerts = store.articles.ingest(article, facts, watched=lambda _t: True,
                                           channels=(), now=REPLAY_NOW)
            row = store.queries.season_row(key, timeline.season)
            rises = expected is not None and expected != previous
            wanted = (timeline.expected_alerts[number] if timeline.expected_alerts is not None
                      else expected if rises else None)
            steps.append(Step(
                article=article_id, published=article.published, expected=expected,
                expected_alert=wanted,
                status=row.status if row else None,
                alerts=tuple(a for a in alerts
                             if show_key(a.show) == key and a.season == timeline.season),
                labelled=tuple(f for f in gold if show_key(f.show) == key),
                replayed=tuple(f for f in facts if show_key(f.show) == key)))
            previous = expected if expected is not None else previous
    return TimelineResult(timeline, tuple(steps))


def evaluate_timelines(corpus: Path, source: FactSource = "extractor") -> list[TimelineResult]:
    """Every time line of the corpus, replayed with the given facts."""
    return [replay_timeline(t, corpus, source) for t in load_timelines(corpus)]


# --- pseudo time lines --------------------------------------------------------------------------

def pseudo_timelines(corpus: Path, open_article: Callable[[str], bool]) -> list[Timeline]:
    """Every show and season the labels of the open articles name, as a time line: its
    articles in publication order (then by id), the expected statuses those the labelled facts
    reach and the status alerts they send (:func:`replay_timeline` with ``gold``). Many more
    seasons than ``timelines.json`` follows, most over one to three articles: a wider check of
    the status layer and of what the extractor's facts do to alerts. Only articles
    ``open_article`` accepts are read at all (the sealed folds' are not even opened)."""
    members: dict[tuple[str, int], list[tuple[dt.date, str]]] = {}
    titles: dict[tuple[str, int], str] = {}
    for path in sorted((corpus / "articles").glob("*.json")):
        if not open_article(path.stem):
            continue
        article, facts = load_article(corpus, path.stem)
        for fact in facts:
            if fact.season is None:
                continue
            key = (show_key(fact.show), fact.season)
            titles.setdefault(key, fact.show)
            if (article.published, path.stem) not in members.setdefault(key, []):
                members[key].append((article.published, path.stem))
    timelines = []
    for key in sorted(members):
        articles = tuple(a for _, a in sorted(members[key]))
        blank = Timeline(show=titles[key], season=key[1], articles=articles,
                         expected=(None,) * len(articles))
        gold = replay_timeline(blank, corpus, "gold")
        timelines.append(replace(
            blank, expected=tuple(s.status for s in gold.steps),
            expected_alerts=tuple(next(iter(s.status_alerts), None) for s in gold.steps)))
    return timelines


def false_alert_cause(step: Step, status: str) -> str:
    """Why a status alert at ``step`` is false, as a class: cancelled where the labels have a
    season going on, on the board where the labels have it not yet, short of the expected
    status (a rise missed), at the expected status where the labels alert nothing (the status
    was missed at an earlier step, or the labels date a premiere that makes the article a recap
    of a season that aired), or ahead of the expected status."""
    if status == "cancelled":
        return "cancelled (the labels: not cancelled)" if step.expected != "cancelled" \
            else "cancelled again"
    if step.expected is None:
        return "on the board before the labels put it there"
    got, expected = STATUS_RANK[status], STATUS_RANK[step.expected]
    if got < expected:
        return "short of the expected status (a start, wrap or day missed)"
    if got == expected:
        return "alerted where the labels alert nothing (missed earlier, or a recap)"
    return "ahead of the expected status"


#: The fact kind that lifts a season to each status (renewed: any firm fact).
_STATUS_KIND: dict[str, str | None] = {
    "renewed": None, "filming": "filming_started", "wrapped": "filming_wrapped",
    "premiere_scheduled": "premiere", "cancelled": "cancelled"}


def missed_step_cause(step: Step, season: int | None) -> str | None:
    """Which stage lost a step whose status is short of the expected one (None when the step
    is not short): the show never extracted from the article, the show found but the kind the
    status needs never, that kind found but put on another season (or on none), or the kind
    found on the season (then the status rules, a date or a certainty kept it down). Read on
    the article where the expected status is first reached, against its labelled facts."""
    if step.expected is None or (step.status is not None
                                 and STATUS_RANK[step.status] >= STATUS_RANK[step.expected]):
        return None
    kind = _STATUS_KIND[step.expected]
    if not step.replayed:
        return "the show never extracted from the article"
    same_kind = [f for f in step.replayed if kind is None or f.kind == kind]
    if not same_kind:
        return f"the show found, no {kind} fact for it"
    if not any(f.season == season for f in same_kind):
        return "the kind found, put on another season (or none)"
    return "the kind found on the season: status rule, date or certainty"


def format_missed_steps(results: Sequence[TimelineResult]) -> str:
    """The time lines whose final status is short of the expected one, grouped by
    :func:`missed_step_cause` at the first step that fell short for good."""
    causes: dict[str, list[str]] = {}
    for result in results:
        if result.final_right:
            continue
        short = [s for s in result.steps
                 if missed_step_cause(s, result.timeline.season) is not None]
        if not short:
            continue
        # The first step of the last run of short steps: where the season was lost.
        first = len(result.steps) - 1
        while first > 0 and result.steps[first - 1] in short:
            first -= 1
        step = result.steps[first]
        cause = missed_step_cause(step, result.timeline.season)
        if cause is None:
            continue
        causes.setdefault(cause, []).append(
            f"{result.timeline.name} at {step.article}: expected {step.expected}, "
            f"got {step.status or '-'}")
    return _by_cause("final statuses short of the expected one, by stage:", causes)


def format_causes(results: Sequence[TimelineResult]) -> str:
    """The false status alerts grouped by :func:`false_alert_cause`, each with its time line,
    article and the alert's evidence."""
    causes: dict[str, list[str]] = {}
    for result in results:
        for step in result.steps:
            for status in step.false_alerts:
                alert = next(a for a in step.alerts
                             if a.kind == "status_change" and a.to_status == status)
                causes.setdefault(false_alert_cause(step, status), []).append(
                    f"{result.timeline.name} at {step.article}: {status} "
                    f"(expected {step.expected or '-'}): {alert.evidence[:160]}")
    return _by_cause("false status alerts by cause:", causes)


def _by_cause(heading: str, causes: dict[str, list[str]]) -> str:
    """``heading``, then each cause (the most frequent first) with its count and its items;
    nothing at all when there is no cause."""
    lines = [heading] if causes else []
    for cause, items in sorted(causes.items(), key=lambda c: (-len(c[1]), c[0])):
        lines.append(f"  {len(items):3}  {cause}")
        lines.extend(f"         {item}" for item in items)
    return "\n".join(lines)


# --- report -------------------------------------------------------------------------------------

def format_timelines(results: Sequence[TimelineResult], *, source: FactSource,
                     verbose: bool = False, hidden: Callable[[str], bool] | None = None,
                     failing_only: bool = False) -> str:
    """One line per time line (final status, steps right, false status alerts), the totals,
    and with ``verbose`` every step: expected and got, and the alerts it caused.

    A time line with an article for which ``hidden`` is true (the sealed folds) is never
    listed, not even its name: it counts only in the totals, and the open and sealed time
    lines are also totalled apart. ``failing_only`` lists only the time lines with a step
    wrong (the pseudo time lines are hundreds).
    """
    lines = [f"time lines replayed with {'labelled' if source == 'gold' else 'extracted'} facts"]
    sealed = [r for r in results if hidden and any(hidden(a) for a in r.timeline.articles)]
    shown = [r for r in results if r not in sealed]
    for result in shown:
        if failing_only and result.every_step_right and not verbose:
            continue
        t = result.timeline
        right = sum(s.right for s in result.steps)
        mark = "ok  " if result.every_step_right else ("FINAL" if result.final_right else "MISS")
        false = ", ".join(f"{status} at {article}" for article, status in result.false_alerts)
        lines.append(f"{mark:5} {t.name}: final {result.steps[-1].status or '-'} "
                     f"(expected {t.expected[-1] or '-'}), steps right {right}/{len(result.steps)}"
                     + (f", false status alerts: {false}" if false else ""))
        if verbose or not result.every_step_right:
            for step in result.steps:
                if not verbose and step.right:
                    continue
                got = ", ".join(_alert_words(a) for a in step.alerts) or "no alert"
                flag = "  " if step.right else "✗ "
                lines.append(f"      {flag}{step.article} ({step.published}): expected "
                             f"{step.expected or '-'}"
                             f"{' (alert)' if step.expected_alert else ''}, got "
                             f"{step.status or '-'}; {got}")
    if sealed:
        lines.append(f"open time lines ({len(shown)}): {_totals(shown)}")
        lines.append(f"sealed time lines ({len(sealed)}, never listed): {_totals(sealed)}")
    lines.append(_totals(results))
    return "\n".join(lines)


def _totals(results: Sequence[TimelineResult]) -> str:
    total = len(results)
    final = sum(r.final_right for r in results)
    every = sum(r.every_step_right for r in results)
    false_count = sum(len(r.false_alerts) for r in results)
    return (f"final status right: {final}/{total}; every step right: {every}/{total}; "
            f"false status alerts: {false_count} "
            f"(in {sum(bool(r.false_alerts) for r in results)} time lines)")


def _alert_words(alert: Alert) -> str:
    if alert.kind == "status_change":
        late = " (reported late)" if alert.reported_late else ""
        return f"alert {alert.from_status or 'new'} → {alert.to_status}{late}"
    if alert.kind == "premiere_moved":
        return f"alert premiere moved {alert.previous_date} → {alert.date}"
    if alert.kind == "episodes_changed":
        return (f"alert episodes {alert.previous_episode_count} → {alert.episode_count}")
    return f"alert {alert.kind} {alert.date or ''}".strip()


__all__ = [
    "Step", "Timeline", "TimelineResult", "evaluate_timelines", "false_alert_cause",
    "format_causes", "format_missed_steps", "format_timelines", "load_article",
    "load_timelines", "missed_step_cause", "pseudo_timelines", "replay_timeline",
]
