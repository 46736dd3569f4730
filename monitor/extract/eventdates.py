"""Which stated date an event takes, decided over the whole article (issue 10, round 14).

An article usually states an event's date once, precisely (the headline, the lede, or a closing
"New episodes begin streaming March 14."), and refers to it elsewhere loosely ("later this
year", "next spring") or not at all. The sentence loop reads a date sentence by sentence, so a
premiere or a shoot whose own sentence gives only a loose time keeps it while the day stands
in a sentence that made no fact of that key (it names the show by a pronoun, names no season,
or has no trigger the rules read).

After the sentence facts are decided, a premiere or filming fact whose date is loose (none,
the publication-month fallback, or coarser than a day) takes the most precise date (a month
or a day, named by a number or a month) that the article's other sentences state for the
same event, where a sentence states it when:

- it names no other show (and, when it names none, the article's facts of that kind are all
  this show's), and no season but the fact's;
- an event word of the fact's kind stands near the date (``EVENT_WORDS``, or a trigger of the
  kind), and no word of another event (``OTHER_EVENT_WORDS``: a finale, a trailer, an
  announcement) stands between them or just before the word;
- the date is no announcement's ("announced on March 3", ``ANNOUNCED_BEFORE_RE``), no bound
  ("not before March", ``BOUND_BEFORE_RE``), not one of two offered ("March or April"), nor
  doubted or guessed ("unlikely", ``DOUBT_RE``; "could", "reportedly": the rules'
  ``SPECULATIVE_RE``), not the publication day, and not a date another show's
  or season's fact already holds;
- it is finer than and compatible with the fact's own stated time (a "later this year" takes
  a day of that year; "this spring" a spring day; the publication-month fallback a day of
  that month), unless the fact has no date at all; a yearless date is read ahead for an
  expected event (and an event word told in the past, "premiered", is then another, earlier
  event's) and back for a confirmed one. A day the fact already holds is never replaced (an
  incompatible pair stays as it is: a weekday's day is the weekday rules' to settle).

When the article's sentences state two dates for it that disagree, the fact keeps what it had;
its certainty stays its own sentence's (the other date makes the time precise, not surer).

A date moved: a premiere or filming fact whose date a line tells as a plan left ("was set for
March 3", "originally scheduled for", "moved from March 3") takes the one date the article
gives in its place: the same line's "to April 9" / ", now April 9", or a line of a change
("now", "pushed", "delayed") stating another date for the event under the same conditions.
With no such date the plan stays the fact's ("was set to premiere March 3, Kestrel Play
said" is often the plan in force, reported).

A year or a season (round 15): a premiere or filming fact with no date or only a year, for
which no line states a month or a day, takes the year or season the other lines state for the
same event under the conditions above ("Cameras roll next spring.", "New episodes arrive in the
fall of 2032."), a relative one ("next spring") read against the article's date as the fact's
own would be. Near a shoot's year or season, a word of another stage of the season makes it
that stage's (``OTHER_STAGE_WORDS``: "the shoot wraps next spring", "returns next fall").
The precision stays the text's: a season stays a season.

A day read off the article's own date (round 14, second half): a premiere or filming fact
whose day its sentence gives only as "today", "tonight", "yesterday" or "tomorrow", or that
fell back on the publication day, holds a day that is only as right as the article's date
(a story stamped a day or a week after it was written, a syndicated copy). When no line names
that day with its month (an announcement's "on November 17" does not count), and the other
lines state exactly one EARLIER day (at most a month before), named with its month, for the
same event (the conditions above), the fact takes it: the event was told as today in a story
written on that day. A later day stays another's (the next episodes, a continuation), a bare
weekday's day is the weekday rules' to settle, and a day the article names with its month is
never replaced.

One event told across sentences (round 20): a renewal, premiere, shoot or wrap naming no season
takes the one season the sentence before, the next two or the headline tells for the same
event, tied by the show's name or the event's noun and never a season told as aired or held by
another event's trigger (``article_seasons``); a renewal or cancellation that fell back on the
publication month takes the one day nearby sentences give to the decision's news
(``decision_days``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from .. import memo
from ..models import Fact
from . import dates as datemod
from . import rules
from .kindmodel import TriggerLike
from .patterns import (
    ANNOUNCE_WORDS,
    DATE_SETTING_RE,
    HALT_RE,
    MOVE_STEMS,
    NOT_WORDS,
    ORDINALS,
    RESUMED_RE,
    SPECULATIVE_RE,
    UNTIL_WORDS,
)
from .showwords import SHOW_NOUN_ALT

#: The kinds whose date is the event's own day (a decision's date is when it was made).
EVENT_KINDS = ("premiere", "filming_started", "filming_wrapped")

#: Words that name the event of each kind, as a noun or a verb of arrival or start.
EVENT_WORDS: dict[str, re.Pattern[str]] = {
    "premiere": re.compile(
        r"(?i)\b(?:premier(?:e|es|ed|ing)|debut(?:s|ed|ing)?|return(?:s|ed|ing)?|bows?|"
        r"launch(?:es|ed|ing)?|arriv(?:al|es|ed|ing|e)|releas(?:e|es|ed|ing)|opener|"
        r"(?:new|first)\s+episodes?|streaming|hits?\s+(?:screens|streaming))\b"),
    "filming_started": re.compile(
        r"(?i)\b(?:production|shoot(?:ing)?|filming|cameras|principal\s+photography)\b"),
    "filming_wrapped": re.compile(r"(?i)\b(?:wrap(?:s|ped|ping)?)\b"),
}

#: A line that opens on the event's date as a label ("The date: June 5.", "Premiere date:
#: June 5", "Mark your calendars: June 5"): the date it gives is the event's the line before
#: told as set (round 20, ``date.told_after_date_set``); a bare "The date:" is a premiere's.
DATE_LABEL_OPEN: dict[str, re.Pattern[str]] = {
    "premiere": re.compile(
        r"(?i)^\W{0,3}(?:(?:the|its|their)\s+(?:(?:official|new)\s+)?(?:(?:premiere|release|"
        r"return|launch|debut)\s+)?(?:date|day)|(?:premiere|release|return|launch|debut)\s+"
        r"(?:date|day)|mark\s+your\s+calendars?|save\s+the\s+date)\s*[:\u2013\u2014-]"),
    "filming_started": re.compile(
        r"(?i)^\W{0,3}(?:(?:the|its)\s+)?(?:start|filming|shoot(?:ing)?|production)\s+"
        r"(?:start\s+)?(?:date|day)\s*[:\u2013\u2014-]"),
}

#: Another event whose day is not the premiere's or the shoot's.
OTHER_EVENT_WORDS = re.compile(
    r"(?i)\b(?:finale|final\s+episode|midseason|mid-season|trailer|teaser|first\s+look|"
    r"panel|screening|festival|table\s+read|birthday|turns\s+\d|anniversary|"
    r"announc\w*|reveal\w*|unveil\w*|episode\s+\d+|part\s+(?:two|2|ii)|volume\s+(?:two|2|ii)|"
    r"(?:second|back)\s+half|remaining\s+episodes|rest\s+of\s+the\s+season)\b")

#: Another stage of the same season near a shoot's year or season: its end ("the shoot wraps
#: next spring") is no start, and its premiere ("returns next fall, after filming") is neither.
OTHER_STAGE_WORDS: dict[str, re.Pattern[str]] = {
    "filming_started": re.compile(
        r"(?i)\b(?:wrap(?:s|ped|ping)?|finish(?:es|ed|ing)?|complet(?:e|es|ed|ing)|"
        r"ends?|ended)\b|" + EVENT_WORDS["premiere"].pattern.removeprefix("(?i)")),
    "filming_wrapped": EVENT_WORDS["premiere"],
}

#: The day of an announcement: "announced on March 3", "said Monday, March 3" (the
#: announcement's words, ``ANNOUNCE_WORDS``, and the looser ones before a day: "reveals",
#: "told", "reported", "posted").
ANNOUNCED_BEFORE_RE = re.compile(
    rf"(?i)\b(?:{ANNOUNCE_WORDS}|reveal\w*|unveil\w*|told|report\w*|tweet\w*|posted)\b"
    r"(?:\W+\w+){0,3}\W*$")

#: A bound rather than the date: "not before March", "by June", "until May 3".
BOUND_BEFORE_RE = re.compile(
    rf"(?i)\b(?:{UNTIL_WORDS}|after|by|since|than|between)\s+(?:next\s+|early\s+|late\s+|"
    r"mid-?\s*)?$")

#: One of two dates offered ("March or April") or a range's end: no single date.
ALTERNATIVE_AFTER_RE = re.compile(r"(?i)^\W{0,2}\s*(?:or|to|through|-|–)\s")

#: The event denied or doubted near the date ("unlikely to premiere before March").
DOUBT_RE = re.compile(rf"(?i)\b(?:{NOT_WORDS}|n't|unlikely|no|doubt\w*)\b")

#: A plan told as one that held before ("was set for", "originally slated for"): with a
#: replacement in view, the date is no longer the event's.
PLAN_BEFORE_RE = re.compile(
    r"(?i)\b(?:was|were|had\s+been|originally|initially|previously|first)\s+(?:\w+\s+){0,2}?"
    r"(?:set|scheduled|slated|due|planned|supposed|meant)\b[^.;]{0,25}$")

#: A change of date ("moved", "pushed", "delayed", "now", "instead").
MOVE_RE = re.compile(
    rf"(?i)\b(?:now|instead|new\s+date|(?:{MOVE_STEMS})(?:ed|es|s|ing)|"
    r"(?:brought|pulled)\s+forward)\b")

#: "from March 3 (to April 9)": the date left, with a change in the sentence.
FROM_BEFORE_RE = re.compile(r"(?i)\bfrom\s+$")

#: Between a date left and its replacement: "March 3 to April 9", "March 3, now April 9".
REPLACED_BY_RE = re.compile(r"(?i)^[^.;]{0,40}?\b(?:to|now|instead|until)\b[^.;]{0,20}$")

#: A passive's auxiliary: "will be released" is no past.
PASSIVE_BEFORE_RE = re.compile(r"(?i)\b(?:be|been|being|gets?)\s+$")

#: A bare weekday: its day is settled by the weekday rules, not replaced here.
WEEKDAY_RE = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")

#: How long before the article's date a story may have been written: an earlier day further
#: back (a yearless "December 4" read a year back) is another event's.
STAMP_LAG = dt.timedelta(days=31)

#: The precisions of a year and of a season (``dates.precision``): the coarse times a fact
#: with no date, or only a year, may take when no line states a month or a day for the event.
COARSE = (1, 2)

#: How far (characters) an event word may stand from the day it dates.
NEAR = 60
#: How far before the event word (or the day) another event's noun still governs it.
BEFORE = 30
#: How far before them a hedge ("could", "reportedly") still governs them (as ``rules``).
HEDGE_BEFORE = 45


@dataclass(frozen=True)
class Line:
    """One sentence of the article (or its headline) as this pass reads it."""

    text: str
    shows: frozenset[str]
    seasons: frozenset[int]


@dataclass(frozen=True)
class Stated:
    """A date a line states for an event, and whether the line tells it as left for another."""

    value: str
    #: told as a plan that no longer holds ("was set for March 3", "moved from March 3")
    superseded: bool = False
    #: the date the same line gives in its place ("... to April 9", "..., now April 9")
    replaced_by: str | None = None
    #: the line speaks of a change of date ("now", "moved", "delayed")
    moved: bool = False
    #: a word of another stage of the season stands near it ("the shoot wraps in May")
    other_stage: bool = False


def _named(mention: datemod.DateMention) -> bool:
    """Does the phrase name its time (a number or a month) rather than hang on the article's
    day or the sentence's tense ("Friday", "tonight", "this spring", "next year")?"""
    return any(ch.isdigit() for ch in mention.text) or any(
        word.lower().rstrip(".") in datemod.MONTHS for word in re.findall(r"[A-Za-z.]+",
                                                                         mention.text))


@memo.lru(maxsize=4096)
def _stated_days(line: Line, kind: str, published: dt.date,
                 find_triggers: Callable[[str], Sequence[TriggerLike]],
                 future: bool | None = None, coarse: bool = False) -> tuple[Stated, ...]:
    """The dates (a month or finer, named by a number or a month) the line states for an
    event of ``kind``; a yearless one read ahead when ``future`` (the fact is to come), back
    when False. With ``coarse``, the years and seasons it states instead ("in 2032", "next
    spring", "the fall of 2032"): a relative one is read against the article's date, as the
    fact's own would be."""
    days: list[Stated] = []
    text = line.text
    mentions = [m for m in datemod.find_dates(text, published, future=future)
                if (datemod.precision(m.value) in COARSE if coarse
                    else datemod.precision(m.value) >= 3 and _named(m))]
    if not mentions:
        return ()  # most lines name no month or day
    triggers = find_triggers(text)
    spans = [(t.start, t.end) for t in triggers if t.kind == kind]
    # (round 36, r36dates2) a date right after another kind's trigger is that event's
    # ("Filming wrapped in August, and the second series premieres early next year": August
    # is the wrap's, no month of the premiere's); a trigger that only sets or moves a date
    # ("Production is slated for December 3", "has been pushed to February 16") tells no
    # event of its own kind: its date is whatever its subject's (round 36, lead)
    others = [t.end for t in triggers
              if t.kind != kind and not DATE_SETTING_RE.search(text[t.start:t.end])]
    spans += [(m.start(), m.end()) for m in EVENT_WORDS[kind].finditer(text)]
    label = DATE_LABEL_OPEN.get(kind)
    if label is not None and (opened := label.match(text)) is not None:
        spans.append((opened.start(), opened.end()))
    if future:
        # "The drama premiered in March": told in the past, an earlier event than one to come
        spans = [(start, end) for start, end in spans
                 if not text[start:end].strip().lower().endswith("ed")
                 or PASSIVE_BEFORE_RE.search(text[max(0, start - 8):start])]
    if not spans:
        return ()
    moved = bool(MOVE_RE.search(text))
    for number, mention in enumerate(mentions):
        if mention.value == published.isoformat():
            continue  # the article's day (and a bare weekday was never named: see _named)
        before = text[max(0, mention.start - 40):mention.start]
        if ANNOUNCED_BEFORE_RE.search(before) or BOUND_BEFORE_RE.search(before):
            continue
        superseded = bool(PLAN_BEFORE_RE.search(text[max(0, mention.start - 70):mention.start])
                          or (moved and FROM_BEFORE_RE.search(before)))
        after = mentions[number + 1] if number + 1 < len(mentions) else None
        replaced_by = after.value if superseded and after is not None and REPLACED_BY_RE.match(
            text[mention.end:after.start]) else None
        if not superseded and ALTERNATIVE_AFTER_RE.match(text[mention.end:mention.end + 12]):
            continue
        if others and _owned_by_other(text, mention, others, spans):
            continue
        for start, end in spans:
            if abs(mention.start - end) > NEAR and abs(start - mention.end) > NEAR:
                continue
            # the event word's own subject stands just before it ("The trailer arrives")
            low, high = max(0, min(start, mention.start) - BEFORE), max(end, mention.end)
            # a guessed date ("could arrive on June 5") is no stated one
            hedge = text[max(0, min(start, mention.start) - HEDGE_BEFORE):high]
            # (the month-and-day donors keep round 14's reading: there a date another stage
            # holds mostly meets another donor that disagrees, and the pair changes nothing)
            stage_words = OTHER_STAGE_WORDS.get(kind)
            staged = bool(stage_words and stage_words.search(text[low:high]))
            if not OTHER_EVENT_WORDS.search(text[low:high]) and not DOUBT_RE.search(
                    text[low:high]) and not SPECULATIVE_RE.search(hedge) and not (
                    coarse and staged):
                days.append(Stated(mention.value, superseded, replaced_by, moved, staged))
                break
    return tuple(days)


#: The rule ``_owned_by_other`` applies (a stated date it sets aside names no fact, so
#: ``--explain`` shows it in the rules' list only).
OWNED_BY_OTHER_RULE = "date.owned_by_other_event"
#: Between a trigger and the date it owns: at most a preposition ("wrapped in August",
#: "began filming on 3 March", "started shooting last spring").
OWNED_GAP_RE = re.compile(r"(?i)\s{0,3}(?:(?:in|on|at|around|during|by|last|this|next)\s{1,3})?")


def _owned_by_other(text: str, mention: datemod.DateMention, others: Sequence[int],
                    spans: Sequence[tuple[int, int]]) -> bool:
    """``date.owned_by_other_event`` (round 36): the date follows another kind's trigger with
    at most a preposition between ("wrapped in August"), and no word of the fact's own event
    stands right before it either: that event's date, not the fact's."""
    def owns(end: int) -> bool:
        return 0 <= mention.start - end <= 12 and OWNED_GAP_RE.fullmatch(
            text, end, mention.start) is not None
    return any(owns(end) for end in others) and not any(owns(end) for _, end in spans)


def _finest(dates: set[str]) -> str | None:
    """The most precise of dates that all agree (None when two disagree)."""
    ordered = sorted(dates, key=datemod.precision)
    if any(not datemod.compatible(a, b) for a in ordered for b in ordered):
        return None
    return ordered[-1] if ordered else None


def _is_event(fact: Fact) -> bool:
    return fact.kind in EVENT_KINDS and fact.certainty != "speculative"


#: A line that opens on the whole season's episodes or its first one, or tells the viewer
#: when to find the show (``date.event_told_next_by_reference`` widened, round 38): "All eight
#: episodes drop on Thursday", "Every episode lands on 12 September", "The first episode airs
#: on 12 September", "The opening instalment goes out on Sunday", "Viewers can catch it from
#: September 12", "Fans will be able to stream it from". Not "New episodes" / "Episodes"
#: alone (round 19: the aired season's next ones), nor "the first episode of" another work.
WHOLE_SEASON_OPEN = (
    r"|all\s{1,3}(?:of\s{1,3})?(?:the\s{1,3}|its\s{1,3}|their\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?"
    r"(?:episodes|instal?ments|parts)"
    r"|every\s{1,3}(?:single\s{1,3})?(?:episode|instal?ment)"
    r"|(?:(?:the|its|their)\s{1,3})?(?:first|opening|premiere|debut)\s{1,3}(?:[\w-]+\s{1,3})?"
    r"(?:episode|instal?ment)(?!s)(?!\s{1,3}of\b)"
    r"|(?:viewers|fans|audiences|subscribers|you)\s{1,3}(?:can|could|will|['’]ll|"
    r"will\s{1,3}be\s{1,3}able\s{1,3}to|are\s{1,3}able\s{1,3}to)\s{1,3}(?:then\s{1,3})?"
    r"(?:catch|watch|stream|see|binge|tune\s{1,3}in\s{1,3}to)\s{1,3}(?:it|them|the\s{1,3}"
    r"(?:new\s{1,3})?(?:" + SHOW_NOUN_ALT + r"|season))")

#: A sentence that opens on an event or its show by reference ("It", "The series", "The new
#: season", "The first two episodes", "The premiere", "Production", "Cameras"): right after a
#: sentence naming one show, it speaks of that show's event
#: (``date.event_told_next_by_reference``). "New episodes" or "Episodes" alone may be the
#: aired season's next ones (round 19's reading: a premiere told without a date keeps none).
REFERENCE_OPEN = re.compile(
    r"(?i)^\W{0,3}(?:it|they|(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:"
    + SHOW_NOUN_ALT + r"|season|premiere|debut|return|launch|release|shoot|production|"
    r"filming)|(?:the\s+)?first\s+(?:[\w-]+\s+)?episodes|production|filming|"
    r"shooting|cameras|principal\s+photography"
    # round 38 (``WHOLE_SEASON_OPEN``): the season's episodes as a whole or its
    # opening one ("All eight episodes drop", "The first episode airs", "The opening
    # instalment"), and the viewer told where to find it ("Viewers can catch it from")
    + WHOLE_SEASON_OPEN + r")\b")


def told_next_by_reference(fact: Fact, lines: Sequence[Line],
                           normal: Callable[[str], str]) -> int | None:
    """The number of the line right after the fact's own when that line may date the fact's
    event though it names no show (``date.event_told_next_by_reference``): the fact's line
    names only its show, the next (a body line, not the headline) names no show and no season
    but the fact's, and opens on the event or the show by reference. An article that gives
    other shows facts of the kind still tells this one's date so ("X will premiere on Tovrel.
    The new season debuts September 12.")."""
    texts = [line.text for line in lines]
    if fact.evidence not in texts:
        return None
    at = texts.index(fact.evidence)
    if at + 1 >= len(lines) - 1 or lines[at].shows != {normal(fact.show)}:
        return None
    after = lines[at + 1]
    other_seasons = after.seasons if fact.season is None else after.seasons - {fact.season}
    if after.shows or other_seasons or not REFERENCE_OPEN.match(after.text):
        return None
    return at + 1


def _refers_to_other(number: int, lines: Sequence[Line], show: str,
                     with_facts: Collection[str]) -> bool:
    """Does the line, naming no show, open by reference right after a line naming one other
    show the article gives a fact ("Hollowmere returns on Tovrel. The new season debuts
    September 12.")? Its date is that show's, not one to lend another
    (``date.event_told_next_by_reference``); a name with no fact (a person read as a title)
    takes nothing."""
    line = lines[number]
    if line.shows or number == 0 or number == len(lines) - 1:
        return False
    before = lines[number - 1].shows
    return (len(before) == 1 and show not in before and not before - set(with_facts)
            and bool(REFERENCE_OPEN.match(line.text)))


def _same_event(fact: Fact, facts: Sequence[Fact], lines: Sequence[Line], published: dt.date,
                normal: Callable[[str], str],
                find_triggers: Callable[[str], Sequence[TriggerLike]],
                reference: Callable[[], int | None], coarse: bool = False, keep_own: bool = False,
                by_reference: bool = True) -> list[Stated]:
    """The dates the article's lines state for the fact's event: lines naming no other show
    (naming none only when the article's facts of the kind are all this show's, or the line
    follows the fact's and refers to it, ``reference``, with ``by_reference``) and no other
    season, minus the dates another show's or another season's fact holds (years and seasons
    only, with ``coarse``)."""
    show = normal(fact.show)
    alone = all(normal(f.show) == show for f in facts if f.kind == fact.kind)
    next_line = None if alone or not by_reference else reference()
    with_facts = {normal(f.show) for f in facts}
    held_elsewhere = {f.date for f in facts if f.date and (
        normal(f.show) != show or (f.kind == fact.kind and f.season != fact.season))}
    future = {"expected": True, "confirmed": False}.get(fact.certainty)
    found = []
    season = fact.season
    for number, line in enumerate(lines):
        # (a line naming a show other than the fact's, or a season other than its own: the
        # set sizes say so without making the differences for every line of every fact)
        if len(line.shows) > (show in line.shows) or (
                not line.shows and not alone and number != next_line):
            continue
        if by_reference and _refers_to_other(number, lines, show, with_facts):
            continue
        if season is not None and len(line.seasons) > (season in line.seasons):
            continue
        if not keep_own and _owns_its_date(fact, line, published, future, find_triggers):
            continue
        found += [stated for stated in _stated_days(line, fact.kind, published, find_triggers,
                                                    future, coarse)
                  if stated.value not in held_elsewhere]
    return found


def _owns_its_date(fact: Fact, line: Line, published: dt.date, future: bool | None,
                   find_triggers: Callable[[str], Sequence[TriggerLike]]) -> bool:
    """``date.own_sentence_dates_decided``: the fact's own sentence tells two events of its
    kind and names the fact's date as a phrase of its own ("X returns on June 5, a year after
    season 1 premiered in June 2023"), or tells an event of another kind while the fact has
    no date ("X returns on June 5, two weeks after season 2 wrapped filming"): the
    sentence's dates went to its other triggers, so none of them dates this one ("later this
    year, on September 3", one event, still does)."""
    if line.text != fact.evidence:
        return False
    triggers = find_triggers(line.text)
    if fact.date is None:
        # "X returns on June 5, two weeks after season 2 wrapped filming": the one date went
        # to the return, the wrap has none
        return len(triggers) >= 2 and any(t.kind != fact.kind for t in triggers)
    if sum(t.kind == fact.kind for t in triggers) < 2:
        return False
    return any(m.value == fact.date for m in datemod.find_dates(line.text, published,
                                                                 future=future))


def _moved_to(fact: Fact, stated: Sequence[Stated]) -> str | None:
    """The date that replaced the fact's, when a line tells the fact's date as a plan left
    ("was set for March 3", "moved from March 3 to April 9") and the article gives one date in
    its place: in the same line, or a line of a change ("now", "moved") stating another."""
    if fact.date is None or not any(s.value == fact.date and s.superseded for s in stated):
        return None
    left = {s.value for s in stated if s.superseded}
    instead = {s.replaced_by for s in stated if s.value == fact.date and s.replaced_by}
    instead |= {s.value for s in stated
                if s.moved and not s.superseded and s.value not in left}
    return _finest(instead)


def _refined(fact: Fact, stated: Sequence[Stated], inferred: Collection[int]) -> str | None:
    """The most precise date the article states for a loose event, if all agree."""
    if fact.date is not None and datemod.precision(fact.date) == 4 and id(fact) not in inferred:
        return None
    # the publication month a fact fell back on is a time too (a past event told without
    # one happened around then): only a finer date inside it refines it
    found = {s.value for s in stated if not s.superseded and (
        fact.date is None or (datemod.compatible(s.value, fact.date)
                              and datemod.precision(s.value) > datemod.precision(fact.date)))}
    return _finest(found)


def _from_article_date(fact: Fact, lines: Sequence[Line], published: dt.date) -> bool:
    """Was the fact's day read off the article's own date ("today", "tonight", the
    publication-day fallback) rather than named with its month anywhere in the article?"""
    if fact.date is None or datemod.precision(fact.date) != 4:
        return False
    for line in lines:
        for mention in datemod.find_dates(line.text, published):
            if mention.value == fact.date and _named(mention) and not ANNOUNCED_BEFORE_RE.search(
                    line.text[max(0, mention.start - 40):mention.start]):
                return False  # a day the article names with its month is its own
    own = [m for m in datemod.dates_outside_title(fact.evidence, published, fact.show)
           if m.value == fact.date]
    if any(WEEKDAY_RE.search(m.text) for m in own):
        return False
    return bool(own) or fact.date == published.isoformat()


def _named_day(fact: Fact, stated: Sequence[Stated], lines: Sequence[Line],
               published: dt.date) -> str | None:
    """The one earlier day, named with its month, the article states for an event whose day
    was read off the article's own date (see the module's docstring)."""
    if not _from_article_date(fact, lines, published) or fact.date is None:
        return None
    if any(s.value == fact.date for s in stated):
        return None
    own = dt.date.fromisoformat(fact.date)
    days = {s.value for s in stated if not s.superseded and datemod.precision(s.value) == 4
            and dt.timedelta(0) < own - dt.date.fromisoformat(s.value) <= STAMP_LAG}
    return days.pop() if len(days) == 1 else None


def _restart_after_halt(fact: Fact, lines: Sequence[Line]) -> bool:
    """An undated start the rules read off a shoot taken up again after a halt
    (``date.restart_after_halt``): the shoot began before the halt, so no date the article
    gives the restart, nor any other, is its start's."""
    if fact.kind != "filming_started" or fact.date is not None or fact.certainty != "confirmed":
        return False
    if not RESUMED_RE.search(fact.evidence):
        return False
    texts = [line.text for line in lines]
    at = texts.index(fact.evidence) if fact.evidence in texts else -1
    return at >= 0 and any(HALT_RE.search(text) for text in texts[max(0, at - 2):at + 1])


#: A shoot told as going on rather than as begun: "filming underway", "is in production",
#: "in full swing", "currently shooting", "cameras are rolling".
ONGOING_SHOOT_RE = re.compile(
    r"(?i)\b(?:under\s?way|in\s+(?:full\s+)?production|in\s+full\s+swing|"
    r"(?:is|are|now|currently|still)\s+(?:\w+\s+)?(?:filming|shooting|rolling|lensing))\b")

#: How far back a shoot going on may have begun.
ONGOING_SPAN = dt.timedelta(days=366)


def _began_earlier(fact: Fact, stated: Sequence[Stated], published: dt.date) -> str | None:
    """The one earlier month or day (within ``ONGOING_SPAN``) the article states for the start
    of a shoot its own sentence tells as going on, when the fact fell back on the publication
    month ("Season 2 filming underway" over "Production began in July 2031")."""
    if (fact.kind != "filming_started" or fact.certainty != "confirmed"
            or fact.date != published.isoformat()[:7]
            or not ONGOING_SHOOT_RE.search(fact.evidence)):
        return None
    if datemod.dates_outside_title(fact.evidence, published, fact.show):
        return None  # its own sentence states a time ("is filming until December": the wrap's)
    month_start = published.replace(day=1)
    earlier = set()
    for s in stated:
        start = datemod.start_date(s.value)
        if s.superseded or s.other_stage or start is None or datemod.precision(s.value) < 3:
            continue
        if published - ONGOING_SPAN <= start < month_start:
            earlier.add(s.value)
    return _finest(earlier)


def _referred_day(fact: Fact, facts: Sequence[Fact], lines: Sequence[Line], published: dt.date,
                  normal: Callable[[str], str],
                  find_triggers: Callable[[str], Sequence[TriggerLike]],
                  reference: Callable[[], int | None]) -> str | None:
    """The one earlier month or day (within ``ONGOING_SPAN``) the next line (``reference``),
    referring to the event, states for a past event whose own sentence gives no time and that
    fell back on the publication month ("X has wrapped its second season. Filming wrapped on
    April 2.": ``date.event_told_next_by_reference``). A date inside the publication month is
    ``date.article_day``'s; a date another show's fact holds is that show's."""
    if (fact.certainty != "confirmed" or fact.date != published.isoformat()[:7]
            or datemod.dates_outside_title(fact.evidence, published, fact.show)):
        return None
    at = reference()
    if at is None:
        return None
    show = normal(fact.show)
    held = {f.date for f in facts if f.date and normal(f.show) != show}
    month_start = published.replace(day=1)
    earlier = set()
    for s in _stated_days(lines[at], fact.kind, published, find_triggers, False):
        start = datemod.start_date(s.value)
        if s.superseded or s.other_stage or s.value in held or start is None:
            continue
        if datemod.precision(s.value) >= 3 and published - ONGOING_SPAN <= start < month_start:
            earlier.add(s.value)
    return _finest(earlier)


def _decided(fact: Fact, facts: list[Fact], lines: Sequence[Line], published: dt.date,
             inferred: Collection[int], normal: Callable[[str], str],
             find_triggers: Callable[[str], Sequence[TriggerLike]],
             reference: Callable[[], int | None], keep_own: bool = False,
             by_reference: bool = True) -> tuple[str, str | None]:
    """The rule that dates the fact over the article, and the date it gives (None: none);
    ``reference`` gives ``told_next_by_reference``'s line for the fact (``_read_once``)."""
    stated = _same_event(fact, facts, lines, published, normal, find_triggers, reference,
                         keep_own=keep_own, by_reference=by_reference)
    rule, date = "date.moved_day", _moved_to(fact, stated)
    if date is None and not datemod.counted_from_another(fact.evidence, fact.date, published):
        # (a date counted from another, "two weeks later", is not refined to that other day)
        rule, date = "date.article_day", _refined(fact, stated, inferred)
    if date is None:
        rule, date = "date.named_day", _named_day(fact, stated, lines, published)
    if date is None:
        rule, date = "date.shoot_began_earlier", _began_earlier(fact, stated, published)
    if date is None and by_reference:
        rule, date = "date.event_told_next_by_reference", _referred_day(
            fact, facts, lines, published, normal, find_triggers, reference)
    if (date is None and datemod.precision(fact.date) < max(COARSE, default=0)
            and not any(not s.superseded for s in stated)):
        # no month or day stated for the event anywhere: a year or a season may be
        rule, date = "date.article_year_or_season", _refined(fact, _same_event(
            fact, facts, lines, published, normal, find_triggers, reference, coarse=True,
            keep_own=keep_own, by_reference=by_reference), inferred)
    return rule, date


def _read_once(read: Callable[[], int | None]) -> Callable[[], int | None]:
    """``read``'s answer, read the first time it is asked for and kept: a fact's line told
    next by reference, which up to three readings of one ``_decided`` (six under
    ``--explain``) may ask for and most never do (a show alone with its kind)."""
    kept: list[int | None] = []

    def answer() -> int | None:
        if not kept:
            kept.append(read())
        return kept[0]
    return answer


def _trace_decided(fact: Fact, facts: list[Fact], lines: Sequence[Line], published: dt.date,
                   inferred: Collection[int], normal: Callable[[str], str],
                   find_triggers: Callable[[str], Sequence[TriggerLike]],
                   reference: Callable[[], int | None], rule: str, date: str | None) -> None:
    """What ``--explain`` shows of ``article_days``' reading of one fact (``rule`` and
    ``date``, ``_decided``'s): the date its own sentence gave another trigger, and the rule
    that moved its date. Both are the date the article would give without a step, so each
    costs one more ``_decided``, only here, when explaining; each event is
    ``rules.trace_fact``'s."""
    if _decided(fact, facts, lines, published, inferred, normal, find_triggers, reference,
                keep_own=True)[1] not in (None, date):
        # the fact's own sentence gave this date to another trigger
        rules.trace_fact(fact, fact.date or "-", "date.own_sentence_dates_decided")
    if date is None or date == fact.date:
        return
    if rule != "date.event_told_next_by_reference" and _decided(
            fact, facts, lines, published, inferred, normal, find_triggers, reference,
            by_reference=False)[1] != date:
        rule = "date.event_told_next_by_reference"  # the line after the fact's gave it
    rules.trace_fact(fact, date, rule)


def article_days(facts: list[Fact], lines: Sequence[Line], published: dt.date,
                 inferred: Collection[int], normal: Callable[[str], str],
                 find_triggers: Callable[[str], Sequence[TriggerLike]]) -> list[Fact]:
    """``facts`` with each premiere or filming date the article tells as moved replaced by
    the date it moved to, and each loose one by the one date the article states for the same
    event elsewhere (see the module's docstring)."""
    if not any(_is_event(f) for f in facts):
        return facts
    out = []
    for fact in facts:
        if not _is_event(fact) or _restart_after_halt(fact, lines):
            out.append(fact)
            continue
        reference = _read_once(functools.partial(told_next_by_reference, fact, lines, normal))
        rule, date = _decided(fact, facts, lines, published, inferred, normal, find_triggers,
                              reference)
        if rules.active() is not None:
            _trace_decided(fact, facts, lines, published, inferred, normal, find_triggers,
                           reference, rule, date)
        # the date makes the time precise or current; how sure the event is stays its own
        # sentence's
        out.append(fact if date is None or date == fact.date else replace(fact, date=date))
    return out


# --- one event told across sentences: its season (round 20) -----------------------------------

#: The kinds whose season another sentence of the same event may give.
SEASON_KINDS = ("renewed", "premiere", "filming_started", "filming_wrapped")

_EVENT_NOUN_START = r"(?i)^\W{0,3}(?:(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?)?"
#: A sentence that opens on the event by its noun ("The pickup, for a third season, ...", "The
#: order covers ...", "Production on the third season ...", "The new season, its third, ..."):
#: a season it names is that event's.
EVENT_NOUN_OPEN: dict[str, re.Pattern[str]] = {
    "renewed": re.compile(
        _EVENT_NOUN_START + r"(?:renewal|order|pick-?up|re-?up|commission|green-?light|"
        r"new\s+season|deal)\b"),
    "premiere": re.compile(
        _EVENT_NOUN_START + r"(?:premiere|debut|return|launch|new\s+season|"
        r"season\s+(?:premiere|opener)|new\s+episodes|release)\b"),
    "filming_started": re.compile(
        _EVENT_NOUN_START + r"(?:shoot|production|filming|shooting|principal\s+photography|"
        r"new\s+season|cameras)\b"),
    "filming_wrapped": re.compile(
        _EVENT_NOUN_START + r"(?:wrap|shoot|production|filming|shooting)\b"),
}

#: Words of each kind's event anywhere in the other sentence: the season it names goes with
#: the event only when the sentence speaks of the event ("Season 2 of X is coming", "A third
#: season is on the way").
_SEASON_NEWS = r"coming|on\s+the\s+way|happening|official|confirmed|locked"
SEASON_EVENT_WORDS: dict[str, re.Pattern[str]] = {
    "renewed": re.compile(
        r"(?i)\b(?:renew\w*|order\w*|pick(?:ed|s)?\s+up|pick-?up|commission\w*|green-?l\w+|"
        rf"re-?up\w*|back\s+for|{_SEASON_NEWS})\b"),
    "premiere": re.compile(
        EVENT_WORDS["premiere"].pattern + rf"|(?i:\b(?:{_SEASON_NEWS}|release\s+date)\b)"),
    "filming_started": EVENT_WORDS["filming_started"],
    "filming_wrapped": EVENT_WORDS["filming_wrapped"],
}

#: A season told as aired or airing ("The second season premiered in March", "Season 2 drew 3
#: million viewers"): another event of the show's, whose season does not move.
AIRED_SEASON_RE = re.compile(
    r"(?i)\b(?:premiered|aired|debuted|drew|averaged|attracted|pulled\s+in|was\s+watched|"
    r"finale|ended|concluded|wrapped\s+up\s+its|currently|now\s+airing|on\s+air)\b")

#: "The new season, its third, ...", "The order, the show's fourth, ...", "The new season,
#: the second, ...": an ordinal in
#: apposition to the event's noun.
APPOSED_ORDINAL_RE = re.compile(
    r"(?i)^\W{0,3}(?:the|this)\s+[\w\s-]{2,25}?,\s+(?:its|their|the(?:\s+[\w-]+['’]s)?)\s+"
    r"(?P<ordinal>[a-z]+|\d{1,2}(?:st|nd|rd|th))\s*,")

#: How many sentences after the event's own one may tell its season (before: one).
SEASON_AFTER = 2

#: A sentence that opens on the show's season by reference, right next to the event's own
#: ("Its third season is set in Lisbon.", "The drama's third season picks up ...", "Season 3
#: will see ...", "The third season follows ..."): told in the present or ahead, the one
#: season it names is the event's even with no word of the event (round 21,
#: ``season.season_told_next_to_event``).
SEASON_REFERENCE_OPEN = re.compile(
    rf"(?i)^\W{{0,3}}(?:(?:its|their|the\s+(?:[\w-]+\s+)?(?:{SHOW_NOUN_ALT})['’]s?)\s+"
    r"(?:new\s+)?(?:[a-z]+|\d{1,2}(?:st|nd|rd|th))\s+(?:season|series)\b"
    r"|(?:season|series)\s+\d{1,2}\b"
    r"|the\s+(?:[a-z]+|\d{1,2}(?:st|nd|rd|th))\s+(?:season|series)\b(?!\s+of\b))")

#: A season told as past in a sentence: "was", "were", "had" (an earlier season's story).
SEASON_PAST_RE = re.compile(r"(?i)\b(?:was|were|had|did|used\s+to)\b")


def _apposed_season(text: str) -> int | None:
    match = APPOSED_ORDINAL_RE.match(text)
    if match is None:
        return None
    word = match.group("ordinal").lower()
    return int(word[:-2]) if word[:-2].isdigit() else ORDINALS.get(word)


def _season_told(fact: Fact, line: Line, show: str, headline: bool,
                 find_triggers: Callable[[str], Sequence[TriggerLike]],
                 adjacent: bool = False) -> int | None:
    """The season ``line`` tells for ``fact``'s event, or None: one season, no other show,
    tied to the show (its name) or to the event (opening on the event's noun), with a word of
    the event and no aired season or other event's trigger alone. A line right next to the
    event's own (``adjacent``) that opens on the season by reference ("Its third season is
    set in Lisbon.") and tells it in the present or ahead needs no word of the event."""
    seasons = set(line.seasons)
    apposed = _apposed_season(line.text)
    if apposed is not None:
        seasons.add(apposed)
    if len(seasons) != 1 or line.shows - {show}:
        return None
    if adjacent:
        opened = SEASON_REFERENCE_OPEN.match(line.text)
        # (a bare label, "Season 4.", is a tracker entry's, told for its own line)
        if opened is not None and not line.shows and len(
                re.findall(r"\w+", line.text[opened.end():])) >= 2 and not (
                AIRED_SEASON_RE.search(line.text) or SEASON_PAST_RE.search(line.text)
                or find_triggers(line.text)):
            return seasons.pop()
        return None
    opens_on_event = EVENT_NOUN_OPEN[fact.kind].match(line.text) is not None
    if show not in line.shows and not opens_on_event:
        return None
    if not opens_on_event and not SEASON_EVENT_WORDS[fact.kind].search(line.text):
        return None
    if AIRED_SEASON_RE.search(line.text):
        return None
    kinds = {t.kind for t in find_triggers(line.text)}
    if kinds and fact.kind not in kinds and not opens_on_event and not headline:
        return None  # the season of another event told there ("also renewed it for a third")
    return seasons.pop()


def article_seasons(facts: list[Fact], lines: Sequence[Line], normal: Callable[[str], str],
                    find_triggers: Callable[[str], Sequence[TriggerLike]]) -> list[Fact]:
    """``facts`` with each renewal, premiere or shoot that names no season given the one season
    the article tells for the same event in another sentence (rule
    ``season.event_told_across``): the sentence before, the next ``SEASON_AFTER`` ones (none
    naming another show in between) or the headline (the last line), as ``_season_told`` reads
    them. A show whose other facts of the kind already name a season, or sentences telling two
    seasons, keep theirs unnumbered."""
    numbered = {(normal(f.show), f.kind) for f in facts if f.season is not None}
    out = []
    for fact in facts:
        show = normal(fact.show)
        if (fact.season is not None or fact.kind not in SEASON_KINDS
                or (show, fact.kind) in numbered):
            out.append(fact)
            continue
        own = next((i for i, line in enumerate(lines[:-1]) if fact.evidence
                    and fact.evidence[:80] in line.text), None)
        if own is None or lines[own].seasons:
            out.append(fact)
            continue
        near = [own - 1] if own > 0 and not (lines[own - 1].shows - {show}) else []
        for after in range(own + 1, min(own + 1 + SEASON_AFTER, len(lines) - 1)):
            near.append(after)
            if lines[after].shows - {show}:
                break
        told = {n for i in near if (n := _season_told(fact, lines[i], show, False,
                                                      find_triggers)) is not None}
        if not told and lines and show in lines[-1].shows:
            headline = _season_told(fact, lines[-1], show, True, find_triggers)
            told = {headline} if headline is not None else set()
        rule = "season.event_told_across"
        if not told:
            # (round 21) a line right next to it opening on the season by reference
            rule = "season.season_told_next_to_event"
            told = {n for i in near if abs(i - own) == 1 and (n := _season_told(
                fact, lines[i], show, False, find_triggers, adjacent=True)) is not None}
        if len(told) != 1:
            out.append(fact)
            continue
        season = told.pop()
        rules.trace_fact(fact, f"season {season}", rule, season=season)
        out.append(replace(fact, season=season))
    return out


# --- one decision told across sentences: its day (round 20) -----------------------------------

#: The news of a decision near a day in another sentence: "The news came on April 30", "Tovrel
#: announced the decision on April 30", "made the announcement on April 30".
DECISION_NEWS_RE = re.compile(
    r"(?i)\b(?:news|decision|announc\w*|renewal|pick-?up|order|cancell?ation|confirm\w*|"
    r"made\s+(?:it\s+)?official)\b")

#: Words of another event near that day: its day is that event's, not the decision's.
OTHER_THAN_DECISION_RE = re.compile("(?i)" + "|".join(
    EVENT_WORDS[kind].pattern.removeprefix("(?i)") for kind in EVENT_KINDS)
    + r"|\b(?:finale|trailer|teaser|season\s+ended|episodes?|panel|festival|upfronts?|"
    r"film\w*|shot|takes?|cast(?:ing)?|air(?:s|ed|ing)?|stream(?!ers?\b)\w*|born|died)\b")

#: The decision's own verb, told of the show by reference in a nearby line ("It was picked up
#: on April 30.", "The drama was axed on April 30."): its day is the decision's
#: (``date.decision_verb_told_next``). "The streamer" is the network, no streaming.
DECISION_VERB_RE: dict[str, re.Pattern[str]] = {
    "renewed": re.compile(
        r"(?i)\b(?:renewed|picked\s+(?:it\s+|the\s+\w+\s+)?up|green-?lit|re-?upped)\b"),
    "cancelled": re.compile(
        r"(?i)\b(?:cancell?ed|axed|scrapped|pulled\s+the\s+plug)\b"),
}

#: How far (characters) before a day the decision's news may stand.
DECISION_BEFORE = 40

#: How far back from the article's date a decision's day told elsewhere may lie.
DECISION_LAG = dt.timedelta(days=62)


def _decision_days(line: Line, published: dt.date, kind: str | None = None) -> set[str]:
    """The days (named with their month) ``line`` gives to a decision's news: a word of the
    news within ``NEAR`` characters, no other event's word or doubt, not after the article.
    With ``kind``, the days it gives to the decision's own verb instead (``DECISION_VERB_RE``:
    "It was picked up on April 30."), in a line opening by reference."""
    news = DECISION_NEWS_RE if kind is None else DECISION_VERB_RE[kind]
    if kind is not None and not REFERENCE_OPEN.match(line.text):
        return set()
    found = set()
    for mention in datemod.find_dates(line.text, published, future=False):
        if datemod.precision(mention.value) != 4 or not _named(mention):
            continue
        day = datemod.start_date(mention.value)
        if day is None or not published - DECISION_LAG <= day <= published:
            continue
        window = line.text[max(0, mention.start - DECISION_BEFORE):mention.end + 20]
        if (news.search(window) and not OTHER_THAN_DECISION_RE.search(window)
                and not DOUBT_RE.search(window) and not SPECULATIVE_RE.search(window)):
            found.add(mention.value)
    return found


def decision_days(facts: list[Fact], lines: Sequence[Line], published: dt.date,
                  inferred: Collection[int], normal: Callable[[str], str]) -> list[Fact]:
    """``facts`` with each renewal or cancellation that fell back on the publication month (its
    sentence states no time) given the one day the sentence before or the next two (naming no
    other show, no other season) give to the decision's news (rule
    ``date.decision_told_across``): "Tovrel has renewed Nightjar for a third season. The news
    came on April 30."."""
    month = published.isoformat()[:7]
    out = []
    for fact in facts:
        if (fact.kind not in ("renewed", "cancelled") or fact.date != month
                or not fact.evidence or (id(fact) not in inferred
                                         and datemod.dates_outside_title(
                                             fact.evidence, published, fact.show))):
            out.append(fact)
            continue
        show = normal(fact.show)
        own = next((i for i, line in enumerate(lines[:-1])
                    if fact.evidence[:80] in line.text), None)
        if own is None and lines and fact.evidence[:80] in lines[-1].text:
            own = -1  # the headline's decision: the body's first two lines tell its news
        days: set[str] = set()
        rule = "date.decision_told_across"
        if own is not None:
            for i in (own - 1, own + 1, own + 2):
                if not 0 <= i < len(lines) - 1:
                    continue
                line = lines[i]
                if line.shows - {show} or (fact.season is not None
                                           and line.seasons - {fact.season}):
                    if i > own:
                        break
                    continue
                days |= _decision_days(line, published)
            if not days and own >= 0 and own + 1 < len(lines) - 1 and not lines[own + 1].shows \
                    and not lines[own + 1].seasons - {fact.season} and lines[own].shows == {show}:
                # the next line tells the decision again by its verb, of the show by reference
                days = _decision_days(lines[own + 1], published, fact.kind)
                rule = "date.decision_verb_told_next"
        if len(days) != 1:
            out.append(fact)
            continue
        day = days.pop()
        rules.trace_fact(fact, day, rule)
        out.append(replace(fact, date=day))
    return out


# --- a premiere's date told where the show is named airing (round 22) ------------------------

#: Words of a show going on air near a date, other than the premiere vocabulary's: "airs
#: Tuesdays from March 4", "opens on March 4", "catch Salt Road on March 4", "available from
#: March 4" (``date.airing_line_names_show``).
AIRING_WORDS_RE = re.compile(
    r"(?i)\b(?:airs?|airing|begins?|beginning|starts?|starting|opens?|kicks?\s+off|lands?|"
    r"hits?|drops?|streams?|catch|tune\s+in|watch|available|from|goes\s+out|broadcasts?|"
    r"transmits?|screens|debuts?|premieres?|arrives?|launch(?:es)?|bows?|dates?|dated|"
    r"set\s+for|slated|scheduled|due)\b")

#: Near the date, a word of something other than the season's first airing: an episode told
#: by its number or place, a rerun or a special, ratings, a film, an airing told as past, a
#: shoot, a casting, a tour or a sale.
NOT_FIRST_AIRING_RE = re.compile(
    r"(?i)\b(?:episode\s+\d+|(?:second|third|fourth|fifth|sixth|next|last|final|"
    r"penultimate|\d+(?:st|nd|rd|th))\s+episode|repeats?|re-?runs?|encores?|re-?airs?|"
    r"marathons?|specials?|ratings?|viewers|million|drew|films?|movies?|cinemas?|"
    r"theat(?:er|re)s|aired|premiered|debuted|opened|launched|began|started|was|were|"
    r"filming|shoot(?:s|ing)?|production|cameras|wrap(?:s|ped)?|casting|auditions?|tour|"
    r"tickets?|sale)\b")

#: A clock time and its zone in a schedule line ("9 p.m. ET", "21:00").
CLOCK_RE = re.compile(
    r"(?i)\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s*(?:ET|PT|CT|MT|GMT|BST|AEST|"
    r"AEDT|IST|KST|JST)\b)?")

#: The little words a schedule line may keep besides the show, the day, the time and the
#: network ("Salt Road: March 4, 9 p.m., on Kestrel").
SCHEDULE_GLUE = frozenset({"on", "at", "from", "and", "the"})


def _schedule_line(text: str, name_spans: Sequence[tuple[int, int]],
                   date_spans: Sequence[tuple[int, int]]) -> bool:
    """A line of a schedule: the show, its day, perhaps a time and a network, and nothing
    else ("Salt Road: March 4, 9 p.m., Kestrel", "Salt Road (Tovrel Plus) — March 4")."""
    rest = list(text)
    for start, end in (*name_spans, *date_spans):
        rest[start:end] = " " * (end - start)
    left = CLOCK_RE.sub(" ", "".join(rest))
    words = re.findall(r"[A-Za-z][\w+'&-]*", left)
    return len(words) <= 3 and all(w.lower() in SCHEDULE_GLUE or w[0].isupper()
                                   for w in words)


def _airing_window(text: str, mention: datemod.DateMention) -> str | None:
    """The words around a date to come that may be a show's airing, or None when the date is
    an announcement's day, a bound, one of alternatives, or sits beside another event, an
    episode told by its place, a rerun, a doubt or a guess (``airing_day`` and
    ``next_line_day`` refuse the same dates)."""
    before = text[max(0, mention.start - 40):mention.start]
    if (ANNOUNCED_BEFORE_RE.search(before) or BOUND_BEFORE_RE.search(before)
            or ALTERNATIVE_AFTER_RE.match(text[mention.end:mention.end + 12])):
        return None
    window = text[max(0, mention.start - NEAR):mention.end + NEAR]
    if (OTHER_EVENT_WORDS.search(window) or NOT_FIRST_AIRING_RE.search(window)
            or DOUBT_RE.search(window) or SPECULATIVE_RE.search(window)):
        return None
    return window


def airing_day(fact: Fact, lines: Sequence[Line], published: dt.date,
               normal: Callable[[str], str]) -> str | None:
    """The one day (or month) to come that the article's other lines give the show's airing,
    for a premiere told as a plan with no time (``date.airing_line_names_show``): a line naming
    the show and no other, no other season, with a word of going on air near the date or
    laid out as a schedule line, nothing near it of an episode told by its place, a rerun,
    ratings, a film or a past airing, no announcement's day, bound, doubt or guess."""
    if fact.kind != "premiere" or fact.date is not None or fact.certainty != "expected":
        return None
    show = normal(fact.show)
    own_seasons = frozenset() if fact.season is None else frozenset({fact.season})
    found: set[str] = set()
    for line in lines:
        text = line.text
        if line.shows != {show} or line.seasons - own_seasons or text == fact.evidence:
            continue
        mentions = [m for m in datemod.find_dates(text, published, future=True)
                    if datemod.precision(m.value) >= 3 and _named(m)]
        if not mentions:
            continue
        low = text.lower()
        name = fact.show.lower()
        names = [(m.start(), m.end()) for m in re.finditer(re.escape(name), low)]
        if not names:
            continue
        schedule = _schedule_line(text, names, [(m.start, m.end) for m in mentions])
        for mention in mentions:
            start = datemod.start_date(mention.value)
            if start is None or start <= published:
                continue
            window = _airing_window(text, mention)
            if window is not None and (schedule or AIRING_WORDS_RE.search(window)):
                found.add(mention.value)
    day = _finest(found)
    if day is None:
        return None
    rules.trace_fact(fact, day, "date.airing_line_names_show")
    return day


# --- a premiere plan's date told by the next sentence, naming no show (round 23) ------------

#: A sentence that gives a date as such ("The date: March 4.", "Mark your calendars for March
#: 4.", "It is slated for March 4."), besides the airing words (``date.plan_dated_next_line``).
DATE_GIVEN_RE = re.compile(
    r"(?i)\b(?:the\s+date|calendars?|diar(?:y|ies)|save\s+the\s+date|mark\s+(?:the\s+)?"
    r"(?:day|date)|premiere\s+date|release\s+date|(?:is|are)\s+set\s+(?:for|to)|will\s+be\s+out)\b")


def next_line_day(fact: Fact, lines: Sequence[Line], published: dt.date) -> str | None:
    """The one day (or month) to come that the body's next sentence gives, for a premiere
    told as a plan with no time, when that sentence names no show and no other season (and
    names the plan's, for a second season or later; round 19's finding: "New episodes
    arrive June 14" may be another season's): the
    writer goes on with the plan's date ("Salt Road will premiere on Kestrel. The first two
    episodes arrive March 4.", "... Mark your calendars for March 4.") (``date.plan_dated_
    next_line``). A word of going on air near the date, or the date given as such in the
    sentence ("is set for", "mark your calendars"); nothing near it of
    another event, an episode told by its place, a rerun, ratings or a past airing; no
    announcement's day, bound, doubt or guess (``airing_day``'s tests)."""
    if fact.kind != "premiere" or fact.date is not None or fact.certainty != "expected":
        return None
    body = lines[:-1]  # the headline is the last line
    at = next((i for i, line in enumerate(body) if line.text == fact.evidence), None)
    if at is None:
        return None
    if at + 1 < len(body):
        day = _plan_day_in(fact, body[at + 1], published)
        if day is not None:
            rules.trace_fact(fact, day, "date.plan_dated_next_line")
            return day
    # round 27: the sentence after a quiet one (no show, no season, no time: "The drama
    # follows two sisters."), or the sentence right before the plan when no other show is
    # named just before it (else it goes on about that show)
    near = ([at + 2] if at + 2 < len(body) and _quiet(body[at + 1], published) else []) + (
        [at - 1] if at == 1 or (at >= 2 and not body[at - 2].shows - body[at].shows) else [])
    days = {d for d in (_plan_day_in(fact, body[i], published) for i in near) if d is not None}
    if len(days) != 1:
        return None
    day = days.pop()
    rules.trace_fact(fact, day, "date.plan_dated_near_line")
    return day


def _quiet(line: Line, published: dt.date) -> bool:
    """A sentence between a plan and its date that names no show, no season and no time."""
    return not line.shows and not line.seasons and not datemod.find_dates(line.text, published)


def _plan_day_in(fact: Fact, line: Line, published: dt.date) -> str | None:
    """The one day (or month) to come ``line`` gives a premiere plan (``next_line_day``'s
    conditions)."""
    own_seasons = frozenset() if fact.season is None else frozenset({fact.season})
    if line.shows or line.seasons - own_seasons or (
            fact.season is not None and fact.season > 1 and fact.season not in line.seasons):
        return None  # a later season's plan: "New episodes arrive ..." may be another's
    text = line.text
    found: set[str] = set()
    for mention in datemod.find_dates(text, published, future=True):
        start = datemod.start_date(mention.value)
        if datemod.precision(mention.value) < 3 or not _named(mention) or start is None \
                or start <= published:
            continue
        window = _airing_window(text, mention)
        if window is not None and (AIRING_WORDS_RE.search(window) or DATE_GIVEN_RE.search(text)):
            found.add(mention.value)
    return _finest(found)


#: A line that is nothing but a day with its year, as a news page sets above each entry
#: ("Monday 7th December 2015", "Dec. 7, 2015", "7 December 2015", "Updated: Dec. 7, 2015").
_DATELINE_RE = re.compile(
    r"(?i)(?:(?:posted|updated|published)(?: on)?:? )?(?:(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day,? )?(?:\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9}\.?,?|[A-Za-z]{3,9}\.? \d{1,2}"
    r"(?:st|nd|rd|th)?,?) (?:19|20)\d\d")
#: How far before the article an entry's dateline may lie and still date the entry's news.
DATELINE_DAYS = 62


def _datelines(text: str, published: dt.date) -> list[tuple[int, str]]:
    """Each dateline of the text (its offset and day), in order; a line that is no day, or
    one after the article, is none."""
    found = []
    offset = 0
    for line in text.split("\n"):
        at, offset = offset, offset + len(line) + 1
        words = " ".join(line.split())
        if len(words) > 48 or not _DATELINE_RE.fullmatch(words):
            continue
        days = [m.value for m in datemod.find_dates(words, published)
                if datemod.precision(m.value) == 4]
        start = datemod.start_date(days[0]) if len(days) == 1 else None
        if start is not None and 0 <= (published - start).days <= DATELINE_DAYS:
            found.append((at, days[0]))
    return found


def entry_datelines(facts: list[Fact], text: str, published: dt.date,
                    inferred: Collection[int]) -> list[Fact]:
    """``facts`` with each renewal, cancellation, start or wrap that fell back on the
    publication month (its sentence states no time) given the day of the dateline its entry
    sits under, on a page that sets a dateline above each of two or more entries (rule
    ``date.entry_dateline``): "Kestrel Two orders Nightjar 2 / Monday 7th December 2015 /
    Kestrel Two has ordered another series of Nightjar." is news of December 7."""
    if "\n" not in text:
        return facts
    month = published.isoformat()[:7]
    lines = _datelines(text, published)
    if len({day for _, day in lines}) < 2:
        return facts  # one dateline is the page's own date: the publication's

    def under(fact: Fact) -> str | None:
        at = text.find(fact.evidence[:60]) if fact.evidence else -1
        above = [day for offset, day in lines if offset < at] if at >= 0 else []
        return above[-1] if above else None

    # entries: the article's facts sit under two or more of the days (a byline's date above
    # the body and dated links below it are no entries)
    days = [under(fact) for fact in facts]
    if len({day for day in days if day}) < 2:
        return facts
    out = []
    for fact, day in zip(facts, days, strict=True):
        if (fact.kind not in ("renewed", "cancelled", "filming_started", "filming_wrapped")
                or fact.date != month or day is None
                or (id(fact) not in inferred and datemod.dates_outside_title(
                    fact.evidence, published, fact.show))):
            out.append(fact)
            continue
        rules.trace_fact(fact, day, "date.entry_dateline")
        out.append(replace(fact, date=day))
    return out


# --- a shoot told as going on, on the day it was announced (round 22) -------------------------

#: A shoot's state told after an announcement's word: "announced that production is underway",
#: "tweeted that filming has officially begun", "confirmed cameras are rolling", "said the
#: shoot has wrapped". The start (or end) came before the news, its day not told.
STATE_AFTER_ANNOUNCE_RE: dict[str, re.Pattern[str]] = {
    "filming_started": re.compile(
        r"(?i)^\W{0,3}(?:that\s+)?(?:[^\s.;:!?]+\s+){0,12}?(?:(?:is|are)\s+(?:now\s+|officially\s+"
        r"|currently\s+)?(?:underway|under\s+way|filming|shooting|rolling|in\s+production)|"
        r"(?:has|have)\s+(?:now\s+|officially\s+)?(?:begun|started|kicked\s+off|commenced|got"
        r"ten\s+underway))\b"),
    "filming_wrapped": re.compile(
        r"(?i)^\W{0,3}(?:that\s+)?(?:[^\s.;:!?]+\s+){0,12}?(?:has|have)\s+(?:now\s+|officially\s+)?"
        r"(?:wrapped|finished|completed|ended)\b"),
}
#: The announcement's word with its day beside it: "today announced", "announced Tuesday",
#: "On October 2, Kestrel tweeted".
ANNOUNCING_WORD_RE = re.compile(
    rf"(?i)\b(?:{ANNOUNCE_WORDS}|tweet(?:s|ed)|posted|shared|reveal(?:s|ed)|told)\b")
#: Between the day and the announcement's word: at most a few capitalised names (the network).
DAY_TO_ANNOUNCER_RE = re.compile(
    r"^[\s,]{0,3}(?:(?:[A-Z][\w+&.'’-]*|on|via|its|their|the|official)\s+){0,4}$")
ANNOUNCER_TO_DAY_RE = re.compile(r"(?i)^\s+(?:on\s+)?$")


def _announcement_day_of_state(fact: Fact, published: dt.date) -> bool:
    """Is the fact's day, in its own sentence, the day an announcement told the shoot as going
    on or done ("Kestrel today said that the Salt Road shoot is underway")?"""
    state = STATE_AFTER_ANNOUNCE_RE.get(fact.kind)
    if state is None or datemod.precision(fact.date) != 4 or not fact.evidence:
        return False
    text = fact.evidence
    mentions = datemod.find_dates(text, published)
    if len(mentions) != 1 or mentions[0].value != fact.date:
        return False
    day = mentions[0]
    for word in ANNOUNCING_WORD_RE.finditer(text):
        if word.start() >= day.end:
            near = DAY_TO_ANNOUNCER_RE.match(text[day.end:word.start()]) is not None
        else:
            near = ANNOUNCER_TO_DAY_RE.match(text[word.end():day.start]) is not None
        after = text[max(word.end(), day.end):]
        if near and state.match(after):
            return True
    return False


def announced_state_months(facts: list[Fact], published: dt.date) -> list[Fact]:
    """``facts`` with each shoot told as under way (or wrapped) on an announcement's day taking
    that day's month (rule ``date.state_told_on_announcement_day``): the day is the news's,
    the shoot began (or ended) before it, so, as the labelling guide has it for an event that
    just happened with no time told, it takes the month: "Tovrel today confirmed that
    cameras are rolling on the third season of Salt Road."."""
    out = []
    for fact in facts:
        if fact.kind not in STATE_AFTER_ANNOUNCE_RE or fact.date is None \
                or not _announcement_day_of_state(fact, published):
            out.append(fact)
            continue
        month = fact.date[:7]
        rules.trace_fact(fact, month, "date.state_told_on_announcement_day")
        out.append(replace(fact, date=month))
    return out
