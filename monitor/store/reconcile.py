"""Season state from facts: the status rules of the seeds README as pure functions.

Given every stored fact about one show and season (each as one article states it), derive the
season's state: its status and since when, the premiere date or window it goes by, the episode
count, where sources disagree, and the facts that support the status. Then plan the alerts a
change of state causes.

The state is derived from the facts *as a set*: the same facts in any arrival order give the
same state, so a replayed or shuffled feed ends where the news did, and an older article can
never move a season backwards. Ties are broken on the facts' own data (dates, publication
dates, URLs), never on the order they came in.

This module must never do I/O or read the clock: the store passes ``now`` in.

Status rules (renewed < filming < wrapped < premiere_scheduled; cancelled ends it):
- any fact that is not speculative puts the season on the board, at least renewed;
- filming needs a confirmed ``filming_started``, wrapped a confirmed ``filming_wrapped``;
- premiere_scheduled needs a premiere date to the day, confirmed or expected, whatever vaguer
  facts say; a window (``YYYY``, ``YYYY-MM``, ``YYYY-SP``) is kept as the season's premiere
  but moves no status;
- speculative facts are kept and shown (``speculative_premiere``) but never move a status;
- a wrap or a premiere day dated before a stated start of the shoot (done, planned or
  rumoured) is another season's: it moves no status; so is a wrap over before the previous
  season premiered (as reported past);
- a start, wrap or premiere (month or finer) the season numbered next to it was given first,
  with the same date, by an earlier article is a source counting off by one: it moves
  nothing (:func:`counted_right`);
- a confirmed ``cancelled`` ends the season: nothing moves it afterwards; but one stated by an
  article that also gives the season's premiere as an official plan (expected; the extractor
  hands over no plan the cancellation voided) is a planned ending (the season will air, as
  the last), and moves no status;
- a confirmed ``cancelled`` dated before the renewal of the season its own article confirms
  is the old run's end retold beside a revival ("X, axed in 2019, will return for a fourth
  series"), and moves no status (:func:`_old_run_end`, round 37);
- a confirmed ``cancelled`` of an earlier season ("cancelled after two seasons") ends a later
  season on the board too, when its article came after that season was first reported,
  tells nothing firm of that season (a revival retells the old cancellation) and is not
  dated before it, and the season had not premiered by then (:func:`carried_cancellations`).

Which of several stated values a season goes by (its premiere, its episode count) is decided by
:func:`pick_claim`: the value announced last wins (premieres move), unless it only restates the
current one more vaguely ("2018" after "8 March 2018"); values first announced on the same day
go to the one more sources state, then the surer, then the more precise. A value counts as
announced when it was first reported (a vaguer one, when the finer value it restates was), so
a recap repeating an old date months later changes nothing — unless the later article tells
it as a change of schedule ("pushed back to 8 March", "will now premiere on 8 March":
:data:`RESCHEDULED_RE` on its evidence sentence): a premiere moved up and then back again
goes back to the old date, announced anew (round 35). A sentence that retells an old move as
history ("whose premiere was moved up to Feb 22 in December", "which was brought forward to
22 February before the network changed its mind": :data:`RETOLD_MOVE_RE`) announces nothing
anew (round 37). Speculative values ("reportedly",
"could") are kept apart and never win over an official one.

Alerts: a status that rises alerts, however late the news of it comes ("reported late" when
the event was long over when first reported), unless the season had already premiered when its
latest article was published (a recap of a season that aired is history; a cancellation is
always news), or it restates what the board holds (see :func:`plan_alerts`). A premiere date
that moves while the season is premiere_scheduled alerts, and so does an episode count that
changes; each change's alert id is derived from the change itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from .. import partial_date
from ..models import (
    CERTAINTY_RANK,
    FACT_KINDS,
    STATUS_RANK,
    Alert,
    Certainty,
    FactKind,
    Status,
)

#: Which confirmed (or, for a premiere, expected) fact kind lifts a season to which status.
STATUS_EVIDENCE: dict[str, tuple[FactKind, frozenset[str]]] = {
    "filming": ("filming_started", frozenset({"confirmed"})),
    "wrapped": ("filming_wrapped", frozenset({"confirmed"})),
    "premiere_scheduled": ("premiere", frozenset({"confirmed", "expected"})),
    "cancelled": ("cancelled", frozenset({"confirmed"})),
}

#: A sentence that tells a date as a change of schedule: the value it states counts as
#: announced again on its article's day (:func:`pick_claim`), not when first reported. Move
#: verbs and "now" before the premiere verb; bounded, no run over the sentence.
RESCHEDULED_RE = re.compile(
    r"\b(?:moved|moving|pushed|pushing|bumped|brought\s+forward|bringing\s+forward|"
    # round 36: the British "put back to 8 March", "pulled forward to", "knocked back to"
    r"(?:put|putting|pulled|pulling|knocked)\s+(?:back|forward)|"
    r"delayed|postponed|rescheduled|shifted|changed|switched|"
    r"(?:will|is|are|has|have|had)\s+now\s+(?:be\s+)?(?:set\s+to\s+)?"
    r"(?:premiere|debut|return|launch|air|arrive|begin|start|bow|drop|due|slated|scheduled|"
    r"broadcast|shown|screened|transmitted)"
    r"|now\s+(?:premieres?|debuts?|returns?|launch(?:es)?|airs?|arrives?|bows?|drops?|"
    r"due|slated|scheduled|set))\b", re.IGNORECASE)

#: A change of schedule told as history, not announced (round 37): a relative clause in the
#: past about the show ("X, which was brought forward to 22 February before ...", "whose
#: premiere was moved up to Feb 22 in December"), a move told as first or brief ("had
#: originally been pushed", "was briefly moved"), one undone ("before the network changed its
#: mind", "was later reversed"), or a question ("Wasn't X moved to May 2?"). Its value keeps
#: the day it was first reported (:func:`_announced_on`). Bounded: no run over the sentence.
RETOLD_MOVE_RE = re.compile(
    r"\b(?:which|that|whose(?:\s{1,3}\w{1,20}){0,3})\s{1,3}(?:was|were|had\s{1,3}been|had)"
    r"\s{1,3}(?:(?:originally|initially|briefly|first|once|already|previously)\s{1,3})?"
    r"(?:moved|pushed|bumped|brought\s{1,3}forward|put\s{1,3}(?:back|forward)|pulled|"
    r"knocked|delayed|postponed|rescheduled|shifted|switched)\b"
    r"|\b(?:originally|initially|briefly|previously|once|at\s{1,3}first|at\s{1,3}one\s{1,3}"
    r"point)\s{1,3}(?:been\s{1,3})?(?:moved|pushed|bumped|brought\s{1,3}forward|delayed|"
    r"postponed|rescheduled|shifted)\b"
    r"|\bbefore\s{1,3}(?:[\w+'’-]{1,30}\s{1,3}){1,4}?(?:changed\s{1,3}(?:its|their|his|her)"
    r"\s{1,3}mind|reversed|backtracked|u-turned)\b"
    r"|\b(?:was|were)\s{1,3}later\s{1,3}(?:reversed|undone|scrapped|dropped)\b"
    r"|\?[\"”’']?\s{0,3}$", re.IGNORECASE)

#: What happens to a season before it premieres: one dated after its premiere means the
#: premiere is not (or not yet) the season's.
PRODUCTION_KINDS = frozenset({"renewed", "filming_started", "filming_wrapped"})
#: An event first reported this long after it happened is "reported late": still alerted (it
#: is news to the person watching the show), and the alert says so.
LATE_AFTER = dt.timedelta(days=45)


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
class Claim:
    """One value stated for one kind of fact about a season (a premiere date, an episode
    count), with every article stating it: what sources agree or disagree on."""

    kind: FactKind
    date: str | None
    value: int | None
    #: The surest certainty any of its sources gives it.
    certainty: Certainty
    #: The articles stating it, in publication order.
    sources: tuple[str, ...]
    #: When it was first and last reported.
    first_published: dt.date
    last_published: dt.date
    #: Its facts, in publication order (for the evidence sentence).
    facts: tuple[SourcedFact, ...] = field(default=(), compare=False)

    @property
    def shown(self) -> str:
        """The stated value as data: the partial date, or the episode count."""
        return str(self.value) if self.kind == "episode_count" else (self.date or "")


@dataclass(frozen=True)
class Disagreement:
    """Sources stating different values for one kind of fact about one season; ``claims``
    starts with the one the season goes by."""

    kind: FactKind
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class SeasonState:
    """What we know about one show's season, derived from all its facts.

    ``status`` is None while the season has only speculative facts (not on the board yet).
    ``since`` is partial ISO: the supporting fact's date, or its article's publication date
    when the fact has none. For premiere_scheduled it is the premiere day itself.
    ``premiere``/``premiere_certainty`` is the premiere date or window the season goes by (see
    :func:`pick_claim`), from facts that are not speculative; ``speculative_premiere`` the
    guess, kept apart.
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
    #: Kinds of fact whose sources state different values (firm facts only).
    disagreements: tuple[Disagreement, ...] = ()
    #: The facts behind ``status``, the one that sets ``since`` first.
    supporting: tuple[SourcedFact, ...] = field(default=(), compare=False)
    #: Every value stated by a firm fact, per kind (see :class:`Claim`).
    claims: tuple[Claim, ...] = field(default=(), compare=False)
    #: The publication date of the newest article about the season.
    latest_published: dt.date | None = field(default=None, compare=False)
    #: The season's premiere was over before its newest article was published: what articles
    #: say about it now is a recap, stored but alerting no one (except a cancellation).
    premiered: bool = field(default=False, compare=False)
    #: The date of a cancellation a later renewal reversed (round 39: "Kestrel has reversed
    #: its decision and renewed X after all"); None if none was. The season may then leave
    #: ``cancelled`` (:func:`keep_forward`), its alerts keyed anew (:func:`plan_alerts`).
    revived_from: str | None = field(default=None, compare=False)


# --- claims: what sources state, and which value a season goes by -------------------------------

def gather_claims(facts: Iterable[SourcedFact]) -> tuple[Claim, ...]:
    """The facts grouped by (kind, date, value): one Claim per stated value."""
    groups: dict[tuple[str, str | None, int | None], list[SourcedFact]] = {}
    for fact in sorted(facts, key=_fact_order):
        groups.setdefault((fact.kind, fact.date, fact.value), []).append(fact)
    claims = []
    for (_, date, value), group in groups.items():
        claims.append(Claim(
            kind=group[0].kind, date=date, value=value,
            certainty=max((f.certainty for f in group), key=CERTAINTY_RANK.__getitem__),
            sources=tuple(dict.fromkeys(f.url for f in group if f.url)),
            first_published=group[0].published, last_published=group[-1].published,
            facts=tuple(group)))
    return tuple(sorted(claims, key=_claim_order))


def pick_claim(claims: Iterable[Claim]) -> Claim | None:
    """The claim a season goes by, among claims of one kind (None if there are none).

    The claims are taken in the order they were first announced; each one replaces the
    current pick unless it only restates it more vaguely. A vaguer claim counts as announced
    when the finer one it restates was ("2025" repeated after "13 Apr 2025" was delayed to
    2026 is old news). Claims announced on the same day are taken weakest first, so the one
    more sources state (then the surer, then the more precise) ends up the pick.
    """
    claims = list(claims)

    def announced(claim: Claim) -> tuple[object, ...]:
        first = min(_announced_on(o) for o in claims if _restates_claim(claim, o))
        return (first, *_announcement_order(claim))

    current: Claim | None = None
    for claim in sorted(claims, key=announced):
        if current is None or not _restates_claim(claim, current):
            current = claim
    return current


def find_disagreements(claims: Sequence[Claim],
                       picks: Mapping[str, Claim]) -> tuple[Disagreement, ...]:
    """Per kind of fact, the values sources state that are not restatements of one another
    (a day and the month holding it agree); only kinds with two or more such values."""
    found = []
    for kind in FACT_KINDS:
        stated = [c for c in claims if c.kind == kind and c.shown]
        distinct = [c for c in stated
                    if not any(o is not c and _restates_claim(c, o) for o in stated)]
        if len(distinct) < 2:
            continue
        pick = picks.get(kind)
        ordered = sorted(distinct, key=lambda c: (
            c != pick, -len(c.sources), -c.last_published.toordinal(), _claim_order(c)))
        found.append(Disagreement(kind=kind, claims=tuple(ordered)))
    return tuple(found)


def _restates_claim(claim: Claim, other: Claim) -> bool:
    if claim.kind == "episode_count":
        return claim.value == other.value
    return partial_date.restates(claim.date, other.date)


def _announced_on(claim: Claim) -> dt.date:
    """When a claim was announced: first reported, or later when an article tells it as a
    change of schedule (a premiere moved back to the day it first had; round 35) — not
    when it retells an old move as history (``RETOLD_MOVE_RE``; round 37)."""
    again = [f.published for f in claim.facts
             if not _speculative(f) and RESCHEDULED_RE.search(f.evidence)
             and not RETOLD_MOVE_RE.search(f.evidence)]
    return max([claim.first_published, *again])


def _announcement_order(claim: Claim) -> tuple[object, ...]:
    return (len(claim.sources), CERTAINTY_RANK[claim.certainty], partial_date.precision(claim.date),
            *_claim_order(claim))


def _claim_order(claim: Claim) -> tuple[str, str, int]:
    return (claim.kind, partial_date.sort_key(claim.date), claim.value or 0)


# --- derivation ---------------------------------------------------------------------------------

def carried_cancellations(facts: Iterable[SourcedFact],
                          earlier: Iterable[SourcedFact]) -> list[SourcedFact]:
    """The cancellations of an earlier season of the show that end this season too: a show
    "cancelled after two seasons" while its third is on the board (renewed, filming, wrapped)
    has no third season. ``earlier``: the confirmed cancellations of the show's earlier
    seasons, each from an article that states nothing firm about this season or a later one
    (the store picks them; an article that cancels the old run and renews this season is a
    revival). One carries when it was published after the season was first reported, it
    is not dated before that (a past cancellation retold), and the season had not premiered
    by then (a cancellation after the season aired is that season's own news)."""
    firm = [f for f in facts if not _speculative(f)]
    if not firm:
        return []
    on_board = min(f.published for f in firm)
    aired = [end for f in firm if f.kind == "premiere"
             and partial_date.precision(f.date) >= partial_date.MONTH
             and (end := partial_date.end_day(f.date)) is not None]
    return [c for c in earlier
            if c.kind == "cancelled" and c.certainty == "confirmed"
            and c.published > on_board
            and ((end := partial_date.end_day(c.date)) is None or end >= on_board)
            and not any(day <= c.published for day in aired)]


def derive_season(facts: Iterable[SourcedFact], *, show_key: str, season: int | None,
                  show: str = "", neighbours: Iterable[SourcedFact] = (),
                  previous: Iterable[SourcedFact] = (),
                  earlier_cancellations: Iterable[SourcedFact] = ()) -> SeasonState:
    """The state of one season from all its facts, the same whatever order they are given in.
    ``neighbours``: the facts of the seasons numbered next to it, to tell the events a
    source counted off by one (:func:`counted_right`): they are kept as sources but move
    nothing. ``previous``: the facts of the season before it, to tell a wrap that was that
    season's (:func:`_wrap_before_previous_premiere`). ``earlier_cancellations``: the
    show's cancellations of earlier seasons, some of which end this one too
    (:func:`carried_cancellations`)."""
    facts = list(facts)
    facts += carried_cancellations(facts, earlier_cancellations)
    every_fact = sorted(set(facts), key=_fact_order)
    facts = counted_right(every_fact, neighbours)
    # The previous season's premiere as reported past (over before its article): a plan
    # that may yet slip says nothing of when that season aired.
    previous_premieres = [p for f in previous if f.kind == "premiere" and not _speculative(f)
                          and partial_date.precision(f.date) >= partial_date.MONTH
                          if (p := partial_date.PartialDate.parse(f.date)) is not None
                          and p.end() < f.published]
    firm_claims = gather_claims(f for f in facts if not _speculative(f))
    guesses = gather_claims(f for f in facts if _speculative(f))
    # A premiere over before a stated start of the shoot is another season's: a season does not
    # air before it is filmed.
    premieres = [c for c in firm_claims if c.kind == "premiere" and c.date
                 and not _before_stated_start(c.date, c.first_published, facts)]
    premiere = pick_claim(premieres)
    scheduled_day = pick_claim(c for c in premieres
                               if partial_date.precision(c.date) == partial_date.DAY)
    episodes = pick_claim(c for c in firm_claims if c.kind == "episode_count"
                          and c.value is not None)
    speculative = pick_claim(c for c in guesses if c.kind == "premiere" and c.date)
    reversed_ends = [f for f in facts if _reversed_end(f, facts)]
    status, supporting = _status_and_support(
        [f for f in facts if not _wrap_before_start(f, facts) and not _planned_end(f, facts)
         and not _old_run_end(f, facts) and f not in reversed_ends
         and not _wrap_before_previous_premiere(f, previous_premieres)],
        scheduled_day)
    latest = max((f.published for f in every_fact), default=None)
    picks: dict[str, Claim] = {c.kind: c for c in (premiere, episodes) if c is not None}
    return SeasonState(
        show_key=show_key, season=season, show=show, status=status,
        since=_since(supporting) if status else None,
        premiere=premiere.date if premiere else None,
        premiere_certainty=premiere.certainty if premiere else None,
        speculative_premiere=speculative.date if speculative else None,
        episode_count=episodes.value if episodes else None,
        sources=tuple(dict.fromkeys(f.url for f in every_fact if f.url)),
        disagreements=find_disagreements(firm_claims, picks),
        supporting=supporting, claims=firm_claims, latest_published=latest,
        premiered=_premiered(premiere, facts, latest),
        revived_from=max((f.date or "" for f in reversed_ends), default=None)
        if status != "cancelled" else None,
    )


#: The events a season has once, on a day: a start, a wrap, a premiere.
DATED_EVENTS = frozenset({"filming_started", "filming_wrapped", "premiere"})


def counted_right(facts: Sequence[SourcedFact],
                  neighbours: Iterable[SourcedFact]) -> list[SourcedFact]:
    """``facts`` without those counted off by one: a start, wrap or premiere dated to the
    month or finer that the season next to it (one number below or above) was given, with the
    same date, by an article published before any stating it for this season ("season 3
    premieres June 5", then another site's "season 4 premieres June 5"). Two seasons of a
    show do not premiere, start or wrap in the same month: the later source counted the
    seasons differently, and the season that had the event first is the one it means. Same-day
    reports stay on both seasons (no order to go by)."""
    first_held: dict[tuple[str, str], dt.date] = {}
    for n in neighbours:
        if (n.kind in DATED_EVENTS and n.date and not _speculative(n)
                and partial_date.precision(n.date) >= partial_date.MONTH):
            key = (n.kind, n.date)
            first_held[key] = min(first_held.get(key, n.published), n.published)
    if not first_held:
        return list(facts)
    first_told: dict[tuple[str, str | None], dt.date] = {}
    for f in facts:
        key2 = (f.kind, f.date)
        first_told[key2] = min(first_told.get(key2, f.published), f.published)
    return [f for f in facts if not (
        f.date is not None and (f.kind, f.date) in first_held
        and first_held[(f.kind, f.date)] < first_told[(f.kind, f.date)])]


def _premiered(premiere: Claim | None, facts: Sequence[SourcedFact],
               latest: dt.date | None) -> bool:
    """Whether the season had aired before its newest article: the premiere it goes by was over
    by then, some article reported it as past ("debuted June 25"), and no renewal or shoot of
    the season is dated after it (a season is not ordered or filmed after it premiered: that
    premiere was a plan that slipped, or another season's wrongly attached) — unless the
    article stating that renewal or shoot itself reports the premiere as past ("the drama,
    which debuted last year, will return"): then it is the next season's, told beside a recap
    of this one."""
    end = partial_date.end_day(premiere.date) if premiere else None
    if premiere is None or end is None or latest is None or end >= latest:
        return False
    recaps = {(f.url, f.published) for f in premiere.facts if end < f.published}
    if not recaps:
        return False
    return not any(f.kind in PRODUCTION_KINDS and not _speculative(f)
                   and partial_date.sort_key(f.date) > end.isoformat()
                   and (f.url, f.published) not in recaps for f in facts)


def _wrap_before_start(fact: SourcedFact, facts: Sequence[SourcedFact]) -> bool:
    """A wrap dated before a start of the season's shoot that some article states (done,
    planned or rumoured) is another season's wrap ("season 3 could start filming next month;
    filming wrapped in November" is the last season's): it moves no status. A season is not
    wrapped before it starts."""
    return (fact.kind == "filming_wrapped"
            and _before_stated_start(fact.date, fact.published, facts))


def _wrap_before_previous_premiere(fact: SourcedFact,
                                   premieres: Sequence[partial_date.PartialDate]) -> bool:
    """A wrap over before the previous season even premiered (``premieres``: as reported
    past) is that season's wrap, told
    beside this season's news ("renewed for a third season; the show, which premiered on
    March 3, 2023, wrapped filming in October 2022"): it moves no status. Seasons shot back
    to back are the exception this gives up (a missed wrap, never a false one)."""
    if fact.kind != "filming_wrapped" or not premieres:
        return False
    wrap = partial_date.PartialDate.parse(fact.date)
    return wrap is not None and any(wrap.end() < p.start() for p in premieres)


def _planned_end(fact: SourcedFact, facts: Sequence[SourcedFact]) -> bool:
    """A cancellation in an article that also states the season's premiere as an official plan
    still in force (expected) is the end the show planned: the season will air, as the last
    ("ended because season 4 closes the story as planned; it airs later this year"). By
    the devset's convention a planned ending is not a cancellation: it moves no status (the
    season stays where its other facts put it). A premiere given as a fact does not make it
    one; nor does a plan the cancellation voided ("had been set to premiere May 1"), which the
    extractor does not hand over (its rule ``drop.plan_voided``): this layer reads no
    wording."""
    return fact.kind == "cancelled" and any(
        f.kind == "premiere" and (f.url, f.published) == (fact.url, fact.published)
        and f.date and f.certainty == "expected" for f in facts)


def _old_run_end(fact: SourcedFact, facts: Sequence[SourcedFact]) -> bool:
    """A cancellation dated before the renewal its own article confirms for the season is the
    old run's end, retold beside the revival ("X, axed by Ostrava TV in 2019, will return for
    a fourth series on Tovrel": round 37): it moves no status. A cancellation dated no earlier
    than the renewal ("renewed in January, cancelled now") is the season's end as before; an
    undated renewal counts from its article's day. This layer reads no wording."""
    if fact.kind != "cancelled" or fact.certainty != "confirmed":
        return False
    ended = partial_date.PartialDate.parse(fact.date)
    if ended is None:
        return False
    for f in facts:
        if f.kind != "renewed" or f.certainty != "confirmed" or \
                (f.url, f.published) != (fact.url, fact.published):
            continue
        renewal = partial_date.PartialDate.parse(f.date)
        if ended.end() < (renewal.start() if renewal is not None else f.published):
            return True
    return False


def _reversed_end(fact: SourcedFact, facts: Sequence[SourcedFact]) -> bool:
    """A confirmed cancellation that a confirmed renewal of the season, dated to the month or
    finer and after the cancellation's date, told by a later article, reverses: "Kestrel has
    reversed its decision to cancel X and renewed it for a third season" (round 39; the
    devset's convention: a revival after a cancellation is ``renewed``). It moves no status.
    A renewal retold after the cancellation ("renewed earlier this year": a season, a year, or
    undated) or dated before it ends nothing. This layer reads no wording."""
    if fact.kind != "cancelled" or fact.certainty != "confirmed":
        return False
    ended = partial_date.PartialDate.parse(fact.date)
    if ended is None:
        return False
    return any(f.kind == "renewed" and f.certainty == "confirmed"
               and f.published > fact.published
               and partial_date.precision(f.date) >= partial_date.MONTH
               and (renewal := partial_date.PartialDate.parse(f.date)) is not None
               and renewal.start() > ended.end() for f in facts)


def _before_stated_start(date: str | None, reported: dt.date,
                         facts: Iterable[SourcedFact]) -> bool:
    """Whether ``date`` (first reported on ``reported``) is over before some stated start of
    the shoot begins: a start that happened, or a plan or rumour stated no earlier than the
    event was reported (an older plan may simply have been overtaken by events)."""
    event = partial_date.PartialDate.parse(date)
    if event is None:
        return False
    return any(start.start() > event.end() for f in facts if f.kind == "filming_started"
               and (f.certainty == "confirmed" or f.published >= reported)
               if (start := partial_date.PartialDate.parse(f.date)) is not None)


def _status_and_support(
    facts: Sequence[SourcedFact], scheduled_day: Claim | None,
) -> tuple[Status | None, tuple[SourcedFact, ...]]:
    """The highest status the facts support, and those facts (best first).

    For premiere_scheduled the support is the facts stating the day the season goes by, newest
    first; for the other statuses every fact of the kind, most precise and earliest first.
    """
    status: Status
    for status in ("cancelled", "premiere_scheduled", "wrapped", "filming"):
        if status == "premiere_scheduled":
            if scheduled_day is not None:
                return status, tuple(sorted(scheduled_day.facts, key=_newest_announcement))
            continue
        kind, certainties = STATUS_EVIDENCE[status]
        support = [f for f in facts if f.kind == kind and f.certainty in certainties]
        if support:
            return status, tuple(sorted(support, key=_earliest_event))
    renewals = [f for f in facts if f.kind == "renewed" and not _speculative(f)]
    if renewals:
        return "renewed", tuple(sorted(renewals, key=_earliest_event))
    # Any other firm fact (an expected shoot, a premiere window) means the season exists; its
    # date is when something is planned, not when the renewal happened: ``since`` falls back
    # to the publication date (see _since).
    others = [replace(f, date=None) for f in facts if not _speculative(f)]
    if others:
        return "renewed", tuple(sorted(others, key=_earliest_event))
    return None, ()


def _earliest_event(fact: SourcedFact) -> tuple[object, ...]:
    """The most precise date first, then the earliest (filming began at its first report)."""
    return (-partial_date.precision(fact.date), partial_date.sort_key(fact.date), fact.published,
            -CERTAINTY_RANK[fact.certainty], fact.url, fact.evidence)


def _newest_announcement(fact: SourcedFact) -> tuple[object, ...]:
    return (-fact.published.toordinal(), -CERTAINTY_RANK[fact.certainty], fact.url,
            fact.evidence)


def _since(supporting: Sequence[SourcedFact]) -> str | None:
    dated = [f for f in supporting if partial_date.precision(f.date) > 0]
    if dated:
        return dated[0].date
    return min(f.published for f in supporting).isoformat() if supporting else None


def _speculative(fact: SourcedFact) -> bool:
    return fact.certainty == "speculative"


def _fact_order(fact: SourcedFact) -> tuple[object, ...]:
    return (fact.published, fact.url, fact.kind, partial_date.sort_key(fact.date), fact.value or 0,
            fact.certainty, fact.evidence, fact.show)


def reported_late(state: SeasonState) -> bool:
    """Whether the event behind the season's status was long over when first reported (a wrap
    reported two months after it happened). A premiere date is a plan, never late."""
    if state.status in (None, "premiere_scheduled") or not state.supporting:
        return False
    lead = state.supporting[0]
    end = partial_date.end_day(lead.date)
    if end is None:
        return False
    first_report = min(f.published for f in state.supporting if f.date == lead.date)
    return end < first_report - LATE_AFTER


# --- stored state wins --------------------------------------------------------------------------

def status_rank(status: str | None) -> int:
    """Rank in the status order; -1 for no status yet. cancelled outranks everything."""
    return -1 if status is None else STATUS_RANK[status]


def keep_forward(old: SeasonState | None, new: SeasonState) -> SeasonState:
    """``new``, but never with a lower status than the stored one (the stored status wins).

    Deriving from a growing set of facts cannot lower a status; this guards the day a fact is
    removed or a rule changes, so no alert ever goes backwards.
    """
    if old is None or status_rank(new.status) >= status_rank(old.status) or (
            old.status == "cancelled" and new.revived_from is not None):
        return new  # (a cancellation reversed: the season is back, round 39)
    return replace(new, status=old.status, since=old.since, supporting=old.supporting)


# --- alerts -------------------------------------------------------------------------------------

def alert_id(show_key: str, season: int | None, *parts: str) -> str:
    """The idempotency key of an alert: the same change always gets the same id."""
    text = "\x1f".join((show_key, "-" if season is None else str(season), *parts))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def plan_alerts(old: SeasonState | None, new: SeasonState, *, now: dt.datetime,
                window_alerts: bool = False, later_season_known: bool = False,
                later_shoot_told: bool = False) -> list[Alert]:
    """The alerts a change from ``old`` (stored, None if never seen) to ``new`` causes.

    - a status alert when the status rises (first sighting included), never backwards; none
      when the season had premiered before its newest article (``SeasonState.premiered``),
      except for a cancellation; none either for the first sighting of a season as merely
      ``renewed`` when a later season of the show was already on the board
      (``later_season_known``: "its 10-episode predecessor" tells that season 1 exists, which
      season 2 already said), nor for a season-less row first seen as renewed while a
      numbered season of the show is going on and not yet aired (the store tells both);
      none either for a rise to ``filming`` on starts that give no time at all, told by an
      article that also tells a shoot of a later season of the show still to come
      (``later_shoot_told``: planned or rumoured): this season's shoot is over, the start a
      recap ("cameras rolled on season 2 six weeks after the show first aired; season 3
      could start in October"; two seasons both "currently in production" are no recap);
    - "premiere moved" when the premiere date of a premiere_scheduled season changes other than
      by a vaguer restatement (a window becoming a day, a delay, a move up);
    - "episodes changed" when the episode count changes;
    - with ``window_alerts``, a premiere-window alert when the firm premiere date or window of a
      season not yet scheduled changes and no status alert already says so.
    """
    alerts: list[Alert] = []
    old_status = old.status if old is not None else None
    if new.status is None:
        return alerts
    earlier_season_seen = old is None and new.status == "renewed" and later_season_known
    shoot_told_over = (new.status == "filming" and later_shoot_told
                       and all(f.date is None for f in new.supporting))
    revived = old_status == "cancelled" and new.revived_from is not None
    if (status_rank(new.status) > status_rank(old_status) or revived) and not earlier_season_seen \
            and not shoot_told_over and (new.status == "cancelled" or not new.premiered):
        alerts.append(_status_alert(old, new, now))
    if old is None or new.status == "cancelled" or new.premiered:
        return alerts
    moved = (old.premiere is not None and new.premiere is not None
             and not partial_date.restates(new.premiere, old.premiere))
    if moved and old_status == "premiere_scheduled":
        alerts.append(_moved_alert(old, new, now))
    elif window_alerts and new.premiere and not alerts \
            and not partial_date.restates(new.premiere, old.premiere):
        alerts.append(_window_alert(old.premiere, new, now))
    if (old.episode_count is not None and new.episode_count is not None
            and old.episode_count != new.episode_count):
        alerts.append(_episodes_alert(old.episode_count, new, now))
    return alerts


def plan_merged_alerts(olds: Sequence[SeasonState], new: SeasonState, *, now: dt.datetime,
                       window_alerts: bool = False) -> list[Alert]:
    """The alerts of a season made of several stories (a show merged into another): only what
    is news against every one of them, so a merge never alerts what either story had already
    reached (a status, a premiere date, an episode count). Planned against the story with the
    highest status; ``olds`` empty is a season seen for the first time."""
    if not olds:
        return plan_alerts(None, new, now=now, window_alerts=window_alerts)
    base = max(olds, key=lambda o: status_rank(o.status))  # the first among equals
    plans = [plan_alerts(o, new, now=now, window_alerts=window_alerts) for o in olds]
    news = set.intersection(*({(a.kind, a.to_status) for a in plan} for plan in plans))
    return [a for a in plan_alerts(base, new, now=now, window_alerts=window_alerts)
            if (a.kind, a.to_status) in news]


def _status_alert(old: SeasonState | None, new: SeasonState, now: dt.datetime) -> Alert:
    """The alert of a status change. Its ``date`` is the supporting fact's own date (None when
    the news gave none: the article's date is in ``published``, not passed off as the date of
    the change); ``SeasonState.since`` falls back to the publication date instead.

    A season scheduled for a day outside the premiere window it had ("fall 2025" → 6 Aug 2025)
    carries the window as ``previous_date``: the premiere moved as it was scheduled.
    """
    assert new.status is not None
    lead = new.supporting[0] if new.supporting else None
    extra: dict[str, object] = {}
    if new.premiere:
        extra = {"premiere": new.premiere, "premiere_certainty": new.premiere_certainty}
    previous: str | None = None
    old_premiere = old.premiere if old is not None else None
    if (new.status == "premiere_scheduled" and lead is not None and old_premiere
            and not partial_date.restates(old_premiere, lead.date)):
        previous = old_premiere
    # a season back after a cancellation it reversed alerts its statuses anew (round 39)
    revival = ("revived", new.revived_from) if new.revived_from is not None else ()
    return Alert(
        id=alert_id(new.show_key, new.season, new.status, *revival),
        kind="status_change", show=new.show, season=new.season,
        from_status=old.status if old is not None else None, to_status=new.status,
        date=lead.date if lead else None,
        certainty=lead.certainty if lead else None, evidence=lead.evidence if lead else "",
        sources=_urls(new.supporting), created_at=now,
        published=lead.published if lead else None, extra=extra,
        reported_late=reported_late(new), previous_date=previous,
        previous_sources=_claim_sources(new, "premiere", previous),
    )


def _moved_alert(old: SeasonState, new: SeasonState, now: dt.datetime) -> Alert:
    """"premiere moved: 8 Mar 2025 → 14 Apr 2025", with the sources of both dates."""
    assert new.status is not None and new.premiere is not None and old.premiere is not None
    claim = _claim(new, "premiere", new.premiere)
    first = claim.facts[0] if claim and claim.facts else None
    return Alert(
        id=alert_id(new.show_key, new.season, "premiere_moved", old.premiere, new.premiere),
        kind="premiere_moved", show=new.show, season=new.season,
        from_status=new.status, to_status=new.status, date=new.premiere,
        certainty=new.premiere_certainty, evidence=first.evidence if first else "",
        sources=claim.sources if claim else (), created_at=now,
        published=first.published if first else None,
        previous_date=old.premiere,
        previous_sources=_claim_sources(new, "premiere", old.premiere),
    )


def _window_alert(old_premiere: str | None, new: SeasonState, now: dt.datetime) -> Alert:
    assert new.status is not None and new.premiere is not None
    claim = _claim(new, "premiere", new.premiere)
    newest = sorted(claim.facts, key=_newest_announcement) if claim else []
    return Alert(
        id=alert_id(new.show_key, new.season, "premiere", new.premiere),
        kind="premiere_window", show=new.show, season=new.season,
        from_status=new.status, to_status=new.status, date=new.premiere,
        certainty=new.premiere_certainty,
        evidence=newest[0].evidence if newest else "",
        sources=claim.sources if claim else (), created_at=now,
        published=newest[0].published if newest else None,
        extra={"premiere": new.premiere, "previous_premiere": old_premiere},
        # A window narrowed down ("2018" → "March 2018") did not move.
        previous_date=(old_premiere if old_premiere
                       and not partial_date.restates(old_premiere, new.premiere) else None),
        previous_sources=_claim_sources(new, "premiere", old_premiere),
    )


def _episodes_alert(previous: int, new: SeasonState, now: dt.datetime) -> Alert:
    """"episode order changed: 8 → 10", with the sources of both counts."""
    assert new.status is not None and new.episode_count is not None
    claim = next((c for c in new.claims if c.kind == "episode_count"
                  and c.value == new.episode_count), None)
    old_claim = next((c for c in new.claims if c.kind == "episode_count"
                      and c.value == previous), None)
    first = claim.facts[0] if claim and claim.facts else None
    return Alert(
        id=alert_id(new.show_key, new.season, "episode_count", str(previous),
                    str(new.episode_count)),
        kind="episodes_changed", show=new.show, season=new.season,
        from_status=new.status, to_status=new.status, date=None,
        certainty=claim.certainty if claim else None, evidence=first.evidence if first else "",
        sources=claim.sources if claim else (), created_at=now,
        published=first.published if first else None,
        previous_sources=old_claim.sources if old_claim else (),
        episode_count=new.episode_count, previous_episode_count=previous,
    )


def _claim(state: SeasonState, kind: str, date: str | None) -> Claim | None:
    return next((c for c in state.claims if c.kind == kind and c.date == date), None)


def _claim_sources(state: SeasonState, kind: str, date: str | None) -> tuple[str, ...]:
    claim = _claim(state, kind, date) if date else None
    return claim.sources if claim else ()


def _urls(facts: Iterable[SourcedFact]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f.url for f in sorted(facts, key=lambda f: (f.published, f.url))
                               if f.url))


__all__ = [
    "Claim", "Disagreement", "SeasonState", "SourcedFact", "alert_id", "carried_cancellations",
    "counted_right", "derive_season",
    "find_disagreements", "gather_claims", "keep_forward", "pick_claim", "plan_alerts",
    "plan_merged_alerts",
    "reported_late",
]
