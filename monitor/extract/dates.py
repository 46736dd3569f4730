"""Find date phrases in a sentence and normalise them to partial ISO.

Partial ISO is ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a season ``YYYY-SP|SU|FA|WI``. The result
is never more precise than the text: "April 2017" stays ``2017-04``, "2018" stays ``2018``.
Relative words (today, yesterday, weekdays, this/last/next week/month/year, last fall, a few
weeks ago, a month and day without a year) are resolved against the article's publication date.

Pure functions, regexes compiled once; no dateparser, because a handful of explicit patterns is
faster, deterministic and keeps the precision the text gave. This module must never guess a
day the text did not state.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace

from dateutil.easter import EASTER_WESTERN, easter

from .. import memo

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
#: The months' full names in calendar order, built from ``MONTHS`` ("may" among them, a verb
#: too: a reader that must not take the verb leaves it out; round 38).
MONTH_NAMES: tuple[str, ...] = tuple(
    max((name for name, number in MONTHS.items() if number == month), key=len)
    for month in range(1, 13))
#: The months (in full and abbreviated) and weekdays as a sentence capitalises them: words a
#: sentence naming no title may hold (``rules``' and ``sections``' plain capitals; round 39).
CALENDAR_CAPITALS: frozenset[str] = frozenset(
    name.capitalize() for name in (*MONTHS, *WEEKDAYS))
SEASON_CODES: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}
#: First month of each TV-calendar season, to order seasons against a publication date.
SEASON_START: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# Full month names match in any case; abbreviations and "May"/"March" only capitalised, so the
# verbs "may" and "march" are not months.
_MON = (
    r"(?:(?i:january|february|april|june|july|august|september|october|november|december)"
    r"|May|March|MAY|MARCH|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: The years an event of television is dated in (1950-2049): "the 1923 setting" or "2077"
#: dates nothing. ``shows._YEAR_DIGITS`` (1900-2099) is wider on purpose: beside a name a
#: year is a year whatever an event could be dated in, not the title's own number.
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
#: The year a date phrase reads, for patterns outside this module (round 39).
YEAR_ALT = _YEAR
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
#: The event nouns a month or season can stand before, as words (``_EVENT_NOUN``).
_EVENT_NOUN_WORDS = r"premieres?|debut|return|release|launch|bow|arrival|air ?date"
#: The days of a month in words, as "the thirty-first of July" writes them (round 33).
ORDINAL_DAYS: dict[str, int] = {
    word: number for number, word in enumerate(
        ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
         "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
         "twentieth").split(), 1)}
ORDINAL_DAYS.update({f"twenty{sep}{word}": 20 + number for word, number in list(
    ORDINAL_DAYS.items())[:9] for sep in ("-", " ")})
ORDINAL_DAYS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
_ORDINAL_DAY = "(?:" + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True)) + ")"
#: (round 33) "last year's breakout", "this year's hit Salt Road": a year that owns a noun
#: which names no event or time is the show's description, not the time of the sentence's
#: event ("this year's premiere", "last year's upfronts", "this year's fall slate" still are).
_YEAR_OWNED_EVENT = (r"(?:(?:early|late|mid)[\s-]+)?(?:" + _EVENT_NOUN_WORDS + r"|finales?|"
                     r"upfronts?|slate|schedule|line-?up|renewals?|cancell?ations?|shoot|"
                     r"filming|production|run|end|start|beginning|spring|summer|fall|autumn|"
                     r"winter|(?:january|february|march|april|may|june|july|august|september|"
                     r"october|november|december))\b")
_YEAR_POSSESSIVE_NOT_TIME = rf"(?![’']s\s+(?!(?i:{_YEAR_OWNED_EVENT})))"
#: A year that owns a noun naming no event ("last year's breakout"): what
#: ``date.year_owning_no_event`` reports (the "year_rel" pattern does not read it).
YEAR_OWNING_NO_EVENT_RE = re.compile(
    r"(?i:\b(?:this|last|next)\s+year[’']s\s+)" + rf"(?!(?i:{_YEAR_OWNED_EVENT}))[a-z]")
#: Which of a month's weekdays: "the second Sunday of August", "July's last Friday".
NTH_WEEKDAY: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3,
                               "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
                               "last": -1, "final": -1}
_NTH = "(?:" + "|".join(NTH_WEEKDAY) + ")"
#: Nouns of an event a month or season can stand before: "a June premiere".
_EVENT_NOUN = rf"(?:{_EVENT_NOUN_WORDS})\b"


@dataclass(frozen=True)
class NamedDay:
    """A named day of the calendar: ``day`` its full name's spellings (a regex, lower case,
    one space between words), ``alone`` its first word when that alone names it too
    ("christmas"), ``name`` one plain spelling, ``stems`` literals every spelling holds (the
    cheap need test of ``_FEATURE_STEMS``); ``guarded`` days are never read before a
    capitalised word or a small number (a name's first word: "the Good Friday Agreement",
    "Easter Island", "Easter 7"; round 36)."""

    name: str
    day: str
    stems: tuple[str, ...]
    alone: str = ""
    guarded: bool = False


#: The named days of the calendar (round 37: the one list ``dates``' "holiday" pattern,
#: ``patterns._NAMED_DAY`` (a premiere's time), ``shows._HOLIDAY_TAIL_RE`` (a time cut from a
#: title's span) and the title vetoes' holidays read; each needs a row in ``_FIXED_HOLIDAYS``,
#: ``_MOVING_HOLIDAYS`` or ``_COUNTED_HOLIDAYS`` under its ``_holiday_key``).
NAMED_DAYS: tuple[NamedDay, ...] = (
    NamedDay("christmas day", "christmas (?:day|eve)", ("christmas",), alone="christmas"),
    NamedDay("thanksgiving", "thanksgiving day", ("thanksgiving",), alone="thanksgiving"),
    NamedDay("new year's day", "new year['’]s (?:day|eve)", ("new year's", "new year’s")),
    NamedDay("halloween", "halloween", ("halloween",)),
    NamedDay("valentine's day", "valentine['’]s day", ("valentine",)),
    NamedDay("independence day", "independence day", ("independence",)),
    NamedDay("fourth of july", "fourth of july", ("fourth of july",)),
    NamedDay("labor day", "labou?r day", ("labor day", "labour day")),
    NamedDay("memorial day", "memorial day", ("memorial day",)),
    NamedDay("boxing day", "boxing day", ("boxing day",)),
    # (round 36) the days other calendars name: Easter's, set by its full moon ("Easter
    # Monday" was read as the coming Monday, "Good Friday" as a Friday), the ones a weekday of
    # a month sets, and other countries' fixed days
    NamedDay("easter sunday", "easter (?:sunday|monday)", ("easter",), alone="easter",
             guarded=True),
    NamedDay("good friday", "good friday", ("good friday",), guarded=True),
    NamedDay("palm sunday", "palm sunday", ("palm sunday",), guarded=True),
    NamedDay("whit monday", "whit monday", ("whit monday",), guarded=True),
    NamedDay("shrove tuesday", "shrove tuesday", ("shrove tuesday",), guarded=True),
    NamedDay("pancake day", "pancake day", ("pancake day",), guarded=True),
    NamedDay("ash wednesday", "ash wednesday", ("ash wednesday",), guarded=True),
    NamedDay("black friday", "black friday", ("black friday",), guarded=True),
    NamedDay("cyber monday", "cyber monday", ("cyber monday",), guarded=True),
    NamedDay("father's day", "father['’]?s day", ("father's day", "father’s day", "fathers day"),
             guarded=True),
    NamedDay("presidents' day", "presidents?['’]?s? day",
             ("presidents day", "presidents' day", "presidents’ day", "president's day",
              "president’s day"), guarded=True),
    NamedDay("martin luther king day", r"(?:martin luther king(?: jr\.?)?|mlk) day",
             ("king day", "king jr", "mlk day"), guarded=True),
    NamedDay("st patrick's day", r"st\.? patrick['’]?s day", ("patrick",), guarded=True),
    NamedDay("hogmanay", "hogmanay", ("hogmanay",), guarded=True),
    NamedDay("australia day", "australia day", ("australia day",), guarded=True),
    NamedDay("anzac day", "anzac day", ("anzac day",), guarded=True),
    NamedDay("canada day", "canada day", ("canada day",), guarded=True),
    NamedDay("veterans day", "veterans['’]? day", ("veterans day", "veterans' day",
                                                  "veterans’ day"), guarded=True),
    NamedDay("remembrance day", "remembrance day", ("remembrance day",), guarded=True),
)


#: The first words of the named days whose second word is a weekday ("good" of "Good
#: Friday"): where a span of capitalised words may stop (``shows._HOLIDAY_TAIL_RE``).
WEEKDAY_DAY_FIRST_WORDS: tuple[str, ...] = tuple(
    day.day.split()[0] for day in NAMED_DAYS
    if re.fullmatch(rf"[a-z]+ {_WD}", day.day))


def named_day_alt(days: Sequence[NamedDay], alone: bool = True) -> str:
    """The days as a regex alternation (with each one's first word alone after every full
    name when ``alone``: "christmas day" is tried before "christmas")."""
    return "|".join([day.day for day in days]
                    + [day.alone for day in days if alone and day.alone])

#: A time counted from a date named before it: "two weeks later", "a year later", "the
#: following month", "the next week", "later that month", "the same month", "that summer",
#: "the following spring": the date pattern "offset" finds it, ``anchored_offsets`` counts it
#: from the date before it (one phrase since round 25; round 24 spelt it twice).
_ANCHORED_OFFSET = (
    r"(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|"
    r"a couple of|several|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+later"
    r"|the\s+(?P<next>following|next)\s+(?P<nunit>week|month)"
    r"|(?:(?:later|earlier)\s+)?(?:that|the\s+same|that\s+same)\s+month"
    r"|(?:(?:later|earlier)\s+)?(?P<which>that|the\s+following)\s+(?P<season>spring|summer|"
    r"fall|autumn|winter))")

#: The verbs that move a date (round 37: one vocabulary for the premiere's move trigger,
#: ``patterns.MOVED_DATE_TRIGGER_RE``, ``patterns.DATE_SETTING_RE`` and a plan's old date
#: before its new one; round 39: here, for "pushed to April" below): each participle, then
#: the present forms the triggers read ("pushed back to", "moves to").
MOVE_VERBS: tuple[tuple[str, ...], ...] = (
    ("pushed", "pushes", "push"), ("delayed",), ("moved", "moves"), ("bumped",),
    ("postponed",), ("rescheduled",), ("shifted",))
#: Right behind a bare month a move gives ("pushed to April", "moved back until June"): each
#: form of ``MOVE_VERBS`` and its direction, as fixed-width lookbehinds (round 39).
_MOVED_BEHIND = "|".join(f"(?<={form} {direction})" for forms in MOVE_VERBS for form in forms
                         for direction in ("", "back ", "up ", "forward "))
#: Round 40 (r40dates): the move's object between its verb and "to" ("pushed Salt Road
#: season 2 to June"), and the dates denied and given in its contrast ("pushed X not to May
#: but to June"): any word before "to", in the same sentences as ``_MOVED_BEHIND`` (a move
#: stem and a month).
_MOVED_BEHIND += r"|(?<=\w )"

#: (name, pattern). Every pattern has named groups the resolver reads. Longest match wins.
DATE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", rf"\b(?P<year>{_YEAR})-(?P<mnum>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b"),
    ("mdy", rf"(?<![A-Za-z])(?P<mon>{_MON})\s+(?P<day>{_DAY})(?:,\s*|\s+)(?P<year>{_YEAR})\b"),
    ("dmy", rf"\b(?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON}),?\s+(?P<year>{_YEAR})\b"),
    ("md", rf"(?<![A-Za-z])(?P<mon>{_MON})\s+(?P<day>{_DAY})\b(?![,.]?\s*\d)"),
    ("dm", rf"\b(?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON})\b"),
    ("my", rf"\b(?P<mon>{_MON}),?\s+(?:of\s+)?(?P<year>{_YEAR})\b"),
    ("mmy", rf"\b(?P<mon>{_MON})\s*(?:to|through|-|–|and)\s*{_MON},?\s+(?P<year>{_YEAR})\b"),
    # a span of two months without a year: "from March to June", "between May and August"
    # (round 34) (the start month's reading; `intervals` gives the end)
    ("mm", rf"(?i:\b(?:from|(?P<btw>between))\s+)(?P<mon>{_MON})\s+"
           rf"(?(btw)(?i:and)|(?i:to|until|till|through|thru|-|–))\s+"
           rf"(?P<mon2>{_MON})\b(?![\s,-]+\d)"),
    ("m_rel", rf"\b(?P<mon>{_MON})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b"),
    ("rel_m", rf"(?i:\b(?P<rel>this|last|next)\s+)(?P<mon>{_MON})\b"),
    # round 39: a bare month a move's "to" gives: "has been pushed to April"
    ("m_moved", rf"(?i:(?:{_MOVED_BEHIND})(?:to|until|till)\s+)(?P<mon>{_MON})\b"
                rf"(?!\.?[\s-]+\d)"),
    ("m", rf"(?i:\b(?:in|by|since|until|through|from|of|for|early|late|mid|end of|"
          rf"beginning of|start of|back in|around|before|after)[\s-]+)(?P<mon>{_MON})\b"
          # (round 35: nor the wire's abbreviated month and its day, "for Oct. 5": "md")
          rf"(?!\.?[\s-]+\d)"),
    # a month or season naming the time of an event: "a June premiere", "its fall return",
    # "a late-June debut" (the month's own precision, in the event's tense)
    ("m_attr", rf"(?i:\b(?:a|an|its|the|their)\s+(?:(?:early|late|mid)[\s-]+)?)(?P<mon>{_MON})"
               rf"(?=(?i:\s+(?:{_EVENT_NOUN})))"),
    ("s_attr", rf"(?i:\b(?:a|an|its|the|their)\s+(?:(?:early|late|mid)[\s-]+)?"
               rf"(?P<season>{_SEASON})(?=\s+(?:{_EVENT_NOUN})))"),
    ("sy", rf"(?i:\b(?P<season>{_SEASON})\s+(?:of\s+)?)(?P<year>{_YEAR})\b"),
    ("ys", rf"\b(?P<year>{_YEAR})(?i:\s+(?P<season>{_SEASON}))\b"),
    ("rel_s", rf"(?i:\b(?P<rel>this|last|next|later this|earlier this)\s+(?P<season>{_SEASON}))\b"),
    # (also without "the": "returning in summer", not "in summer 2025", read by "sy")
    # (and the British "come autumn", round 19: it gave no date)
    ("in_s", rf"(?i:\b(?:in|by|until|this|for|come)\s+(?:the\s+)?(?P<season>{_SEASON}))\b"
             rf"(?![\s,]{{1,3}}(?:of\s)?{_YEAR})"),
    # a part of a season: "in late summer", "by early fall", "this late autumn" (the season's
    # own precision; "late summer 2025" is the year's, read by "sy")
    ("q_s", rf"(?i:\b(?:(?P<rel>this|next|last)|in|by|until|for|from|through)\s+"
            rf"(?:the\s+)?(?:early|late|mid)[\s-](?P<season>{_SEASON}))\b"
            rf"(?![\s,]{{1,3}}(?:of\s)?{_YEAR})"),
    # "over the weekend", "this past weekend", "this weekend", "next weekend"
    ("weekend", r"(?i:\b(?P<rel>over the|this past|last|this coming|this|next)\s+weekend\b)"),
    # ("later that year", "the following year": the year of a date named before them in the
    # sentence, see ``anchored_years``)
    ("year_rel", r"(?i:\b(?P<rel>this|last|next|earlier this|later this|later in the|"
                 r"end of the|end of this|end of next|the end of the|later that|earlier that|"
                 r"later the same|later that same|that same|the same|the following|that)"
                 r"\s+year\b)" + _YEAR_POSSESSIVE_NOT_TIME),
    # ("two weeks later", "the following month", "later that month", "that summer": a time
    # counted from a date named before them, see ``anchored_offsets``)
    ("offset", rf"(?i:\b{_ANCHORED_OFFSET}\b)"),
    # (round 27: "at the start of the month", "the beginning of this month", "the middle of
    # the month": the publication month, as "end of the month" was)
    ("month_rel", r"(?i:\b(?P<rel>this|last|next|earlier this|later this|end of the|"
                  r"end of this|(?:start|beginning|middle) of (?:the|this))\s+month\b)"),
    ("week_rel", r"(?i:\b(?P<rel>this|last|next|earlier this|later this)\s+week\b)"),
    ("ago", r"(?i:\b(?P<n>a|one|two|three|four|five|six|a few|a couple of|several|\d+)\s+"
            r"(?P<unit>days?|weeks?|months?|years?)\s+ago\b|"
            r"\b(?P<n2>a|one|two|three|four|five|six|a few|a couple of|several|\d+)\s+"
            r"(?P<unit2>days?|weeks?|months?)\s+since\b)"),
    ("day_rel", r"(?i:\b(?P<word>today|tonight|tomorrow|yesterday|last night|this morning|"
                r"this afternoon|this evening)\b)"),
    # "a Saturday night slot", "a Tuesday-night launch", "every Sunday": a slot, not a day
    # (round 36: never the weekday of a named day, ``_NAMED_DAY_BEFORE_RE``)
    ("weekday", rf"(?<!\b[Aa] )(?<!\bevery )(?<!\bEvery )"
                rf"(?i:\b(?:(?:(?P<nextwd>next|this coming)|(?P<lastwd>last|this past))\s+)?"
                rf"(?P<wd>{_WD})\b)"
                rf"(?![,]?\s+(?:(?i:the\s)?\d|{_MON}))"
                r"(?!(?i:[- ]nights?)?(?i:\s+(?:time\s*)?slots?\b))"),
    # (round 33) a day the text names by its place in the month, kept to the day: "the last
    # day of July", "the first day in August", "the thirty-first of July", "the last Friday
    # of July", "July's second Sunday" ("the end of July", "mid-July" stay months: "m")
    ("m_edge_day", rf"(?i:\bthe\s+(?:very\s+)?(?P<edge>first|last|final)\s+day\s+(?:of|in)\s+)"
                   rf"(?P<mon>{_MON})\b(?![’']s)(?:,?\s+(?P<year>{_YEAR})\b)?"),
    ("m_ord_day", rf"(?i:\bthe\s+(?P<oday>{_ORDINAL_DAY})\s+of\s+)"
                  rf"(?P<mon>{_MON})\b(?![’']s)(?:,?\s+(?P<year>{_YEAR})\b)?"),
    ("m_nth_wd", rf"(?i:\bthe\s+(?P<nth>{_NTH})\s+(?P<wd>{_WD})\s+(?:of|in)\s+)"
                 rf"(?P<mon>{_MON})\b(?![’']s)(?:,?\s+(?P<year>{_YEAR})\b)?"),
    ("m_s_nth_wd", rf"(?<![A-Za-z])(?P<mon>{_MON})[’']s\s+"
                   rf"(?i:(?P<nth>{_NTH})\s+(?P<wd>{_WD}))\b"),
    # numeric dates where one number can only be the day ("4/14", "14/06/2024", "6/14/24"):
    # never "24/7", a time zone's "9/8c", a score or a fraction; both numbers under 13 are
    # ambiguous (US or British order) and give no date
    ("numeric", r"(?<![\d/.$:])(?<!\brated )(?<!\bscore of )(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)"
                r"(?:/(?P<ny>(?:19|20)\d\d|\d\d))?(?![\d/]|[.,]\d|\s*c\b|\s*(?:ct|central)\b)"),
    # (round 36) the European dotted date, day first, with its year: "14.02.2025", "3.7.2025"
    # (never a version's "1.2.2025" inside a longer run of dotted numbers)
    ("dotted", rf"(?<![\d.,])(?P<day>[0-3]?\d)\.(?P<mnum>0?[1-9]|1[0-2])\.(?P<year>{_YEAR})"
               r"(?![\d]|[.,]\d)"),
    # (round 36) a listing's "6-Jan-2025", "14-Feb-25"
    ("dmy_dash", rf"(?<![\d-])(?P<day>[0-3]?\d)-(?P<mon>{_MON})-(?P<year>{_YEAR}|\d\d)\b(?!-)"),
    # (round 36) "the week of February 10", "the week of 10 February": the text gives a week,
    # so the month its first day is in, never the day
    ("week_of", rf"(?i:\bthe\s+week\s+of\s+)(?:(?P<mon>{_MON})\s+(?P<day>{_DAY})|"
                rf"(?P<day2>{_DAY})\s+(?P<mon2>{_MON}))\b(?:,?\s+(?P<year>{_YEAR})\b)?"),
    ("year", rf"(?<![\d/$])(?<!\d[-–])\b(?P<year>{_YEAR})\b(?![-/–]\d)(?!\s*(?:-|–)\s*\d{{2}}\b)"),
    # holidays: the day itself, or its month when the text only places something near it
    ("holiday", r"(?i:\b(?P<near>(?:shortly |just |right )?(?:after|before|around|over|"
                r"following|ahead of|until|by)\s+)?(?:the\s+)?(?P<hol>"
                # (either apostrophe: the extractor reads its text with the typography made
                # plain, ``facts.plain_typography``, since round 38)
                + named_day_alt([d for d in NAMED_DAYS if not d.guarded])
                + "|(?:"
                # a guarded day: never a name's first word ("the Good Friday Agreement",
                # "Easter Island"), nor before a title's small number ("Easter 7")
                + named_day_alt([d for d in NAMED_DAYS if d.guarded]) +
                r")\b(?!\s+(?-i:[A-Z][a-z])|\s+\d{1,3}\b))\b"
                # the holiday's own year ("Christmas 2027", "Thanksgiving of 2026"): kept
                rf"(?:(?:\s+of)?,?\s+(?P<hyear>{_YEAR})\b(?![-/–]\d))?)"),
    # "in the first quarter", "by the fourth quarter" (its year; "of 2032" is read by "year");
    # the trade's "in Q3", "for Q1" (round 19: gave no date before)
    ("quarter", rf"(?i:\b(?:in|by|during|for|until)\s+(?:the\s+(?P<q>first|second|third|fourth|"
                rf"1st|2nd|3rd|4th)\s+quarter|(?P<qq>q[1-4]))\b)"
                rf"(?!(?:\s+of)?,?\s+(?:{_YEAR}|(?i:this|next|last)\b))"),
    # "around the holidays", "over the holiday season", "in time for the holidays": December
    ("holidays", r"(?i:\b(?:around|over|during|for|before|after|by|ahead of|until)\s+the\s+"
                 r"(?:holidays|holiday season)\b)"),
    # (round 19: "slated for the new year", "weekly from the new year" gave no date)
    ("new_year", r"(?i:\b(?:in|after|early in|by|for|from)\s+the\s+new\s+year\b)"),
    ("in_units", r"(?i:\bin\s+(?:just\s+|only\s+)?(?P<fn>a few|a couple of|two|three|four|five|six|"
                 r"several|\d{1,2})\s+(?:short\s+)?(?P<fu>days|weeks|months)\b"
                 # "two weeks from today", "a month from now"
                 r"|\b(?P<fn2>a|one|a few|a couple of|two|three|four|five|six|several|\d{1,2})\s+"
                 r"(?P<fu2>days?|weeks?|months?)\s+from\s+(?:today|now)\b"
                 # (round 36) the British fortnight: "in a fortnight('s time)", "a fortnight
                 # from now"
                 r"|\bin\s+(?:just\s+|only\s+)?(?P<fort>a)\s+fortnight\b|"
                 r"\ba\s+fortnight\s+from\s+(?:today|now)\b)"),
)
_M1 = "jfmasond"  # the first letters of the month names
#: The characters each pattern's matches start with (case-blind), as a look-ahead in front of
#: it: re then rejects most positions at once instead of trying every alternative there.
_FIRST_CHARS: dict[str, str] = {
    "m_attr": "aitb", "s_attr": "aitb",
    "iso": "12", "mdy": _M1, "dmy": "0-9", "md": _M1, "dm": "0-9", "my": _M1, "mmy": _M1,
    "mm": "fb", "m_moved": "tu", "m_rel": _M1, "rel_m": "tln", "m": "ibsutfoelmar",
    "sy": "sfaw", "ys": "12",
    "rel_s": "tlne", "in_s": "ibutfc", "q_s": "tnlibuf", "weekend": "oltn", "year_rel": "tlne",
    "month_rel": "tlnesbm", "week_rel": "tlne", "offset": r"aotfsentlw\d",
    "ago": r"aotfs\d", "day_rel": "tyl", "weekday": "mtwfsnl", "year": "12",
    "holiday": "sjrabofuctnhvilmtegpw", "quarter": "ibdfu", "holidays": "aodfbu",
    "new_year": "iaebf",
    "in_units": r"iaotfs\d",
    "numeric": "0-9", "dotted": "0-9", "dmy_dash": "0-9", "week_of": "t",
    "m_edge_day": "t", "m_ord_day": "t", "m_nth_wd": "t",
    "m_s_nth_wd": _M1,
}
_COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"(?=(?i:[{_FIRST_CHARS[name]}]))(?:{pattern})"))
    for name, pattern in DATE_PATTERNS
)
#: What each pattern needs in the sentence; a pattern runs only when every need is present.
#: The needs are cheap to test (a substring of the lower-cased text, a digit, a month name),
#: and each is implied by any match of the pattern, so skipping changes no result.
_PATTERN_NEEDS: dict[str, tuple[str, ...]] = {
    "iso": ("digit",), "mdy": ("month", "digit"), "dmy": ("month", "digit"),
    "md": ("month", "digit"), "dm": ("month", "digit"), "my": ("month", "digit"),
    "mmy": ("month", "digit"), "mm": ("month",), "m_rel": ("month", "year"),
    "rel_m": ("month",), "m": ("month",), "m_moved": ("month", "move"),
    "sy": ("season", "digit"), "ys": ("season", "digit"), "m_attr": ("month",),
    "s_attr": ("season",), "rel_s": ("season",),
    "in_s": ("season",), "q_s": ("season",), "weekend": ("weekend",), "year_rel": ("year",),
    "month_rel": ("month_word",), "offset": ("offset",),
    "week_rel": ("week",), "ago": ("ago",), "day_rel": ("day_word",), "weekday": ("weekday",),
    "year": ("digit",), "holiday": ("holiday",), "new_year": ("new_year",),
    "quarter": ("quarter",), "holidays": ("holidays",),
    "in_units": ("in_units",), "numeric": ("slash",), "dotted": ("digit", "dot"),
    "dmy_dash": ("month", "digit"), "week_of": ("month", "week"),
    "m_edge_day": ("month", "weekday"),
    "m_ord_day": ("month",), "m_nth_wd": ("month", "weekday"), "m_s_nth_wd": ("month", "weekday"),
}
#: The same as sets: a pattern runs when its needs are a subset of what the sentence has.
_NEED_SETS: dict[str, frozenset[str]] = {
    name: frozenset(needs) for name, needs in _PATTERN_NEEDS.items()}
_MONTH_RE = re.compile(_MON)
_DIGIT_RE = re.compile(r"\d")
#: What the "dotted" pattern needs: a day, a month and a year parted by full stops.
_DOTTED_RE = re.compile(r"\d\.\d{1,2}\.\d")
#: Every month name or abbreviation starts with one of these (in calendar order; the one
#: spelling ``patterns.MONTH_STEMS`` joins, round 39).
_MONTH_STEMS = tuple(name[:3] for name in MONTH_NAMES)
_FEATURE_STEMS: dict[str, tuple[str, ...]] = {
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "year": ("year",), "month_word": ("month",), "week": ("week",), "ago": ("ago", "since"),
    "day_word": ("today", "tonight", "tomorrow", "yesterday", "night", "morning", "afternoon",
                 "evening"),
    "weekday": ("day",),
    "holiday": tuple(stem for day in NAMED_DAYS for stem in day.stems),
    "new_year": ("new year",), "weekend": ("weekend",),
    "offset": ("later", "following", "next", "that", "same"),
    "quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "holidays": ("holiday",),
    "in_units": ("day", "week", "month", "fortnight"),
    "move": tuple(forms[0].removesuffix("ed") for forms in MOVE_VERBS),
}
_QUARTERS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "q1": 1, "q2": 2, "q3": 3, "q4": 4}
_NUMBER_WORDS: dict[str, int] = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a few": 3,
    "a couple of": 2, "several": 3,
}


@dataclass(frozen=True)
class DateMention:
    """A date phrase found in a sentence, with its normalised value."""

    start: int
    end: int
    text: str
    value: str
    #: True when the phrase needed the publication date (today, next year, "April 3").
    relative: bool


def month_name(token: str) -> int:
    """Month number for a month name or abbreviation ("Sept.", "october")."""
    return MONTHS[token.lower().rstrip(".")]


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _day_iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _year_for_month_day(month: int, day: int, published: dt.date, future: bool | None) -> int:
    """The year a month/day without a year means, seen from the publication date.

    Future-tense text takes the coming instance, past-tense text the latest past one, and
    text that says neither the instance nearest the publication date.
    """
    year = published.year
    candidate = dt.date(year, month, min(day, 28))
    if future:
        # A date a few weeks before publication in future-tense text is still this year's.
        return year + 1 if candidate < published - dt.timedelta(days=45) else year
    if future is False:
        return year - 1 if candidate > published + dt.timedelta(days=7) else year
    options = [dt.date(y, month, min(day, 28)) for y in (year - 1, year, year + 1)]
    return min(options, key=lambda d: abs((d - published).days)).year


def _season_instance(code: str, published: dt.date, rel: str,
                     future: bool | None = None) -> str:
    """Resolve "this/last/next <season>" to a ``YYYY-XX`` code. "This spring" in text that
    looks ahead, written after that spring is over (in November), is the coming spring."""
    year = published.year
    start = SEASON_START[code]
    if rel in ("last",):
        # The latest instance that began before the publication month.
        if code == "WI":
            return f"{year - 1}-WI"
        return f"{year if published.month >= start + 3 else year - 1}-{code}"
    if rel == "next":
        return f"{year if published.month < start else year + 1}-{code}"
    # "this", "later this", "earlier this", "in the": the instance of the current year, or the
    # coming one when the season is already over (a winter ending in February belongs to the
    # previous calendar year).
    if code == "WI" and published.month <= 2:
        return f"{year - 1}-WI"
    if future and rel == "this" and code != "WI" and published.month >= start + 3:
        return f"{year + 1}-{code}"
    return f"{year}-{code}"


#: (round 36) A named day's first word right before its weekday: one no calendar rule fixes
#: ("Bank Holiday Monday", "Super Bowl Sunday", "Super Tuesday"), or a holiday kept out of a
#: name's first words ("the Good Friday Agreement"; the others are "holiday"'s): no weekday.
_NAMED_DAY_BEFORE_RE = re.compile(r"(?:[Hh]oliday|Bowl|Super|Good|Black|Cyber|Easter|Whit|Palm) $")


def _resolve(name: str, match: re.Match[str], published: dt.date,
             future: bool | None) -> str | None:
    groups = match.groupdict()
    rel = (groups.get("rel") or "").lower()
    if name == "iso":
        return _day_iso(int(groups["year"]), int(groups["mnum"]), int(groups["day"]))
    if name in ("mdy", "dmy"):
        day = int(re.sub(r"\D", "", groups["day"]))
        return _day_iso(int(groups["year"]), month_name(groups["mon"]), day)
    if name in ("md", "dm"):
        month = month_name(groups["mon"])
        day = int(re.sub(r"\D", "", groups["day"]))
        return _day_iso(_year_for_month_day(month, day, published, future), month, day)
    if name in ("my", "mmy"):
        return _ym(int(groups["year"]), month_name(groups["mon"]))
    if name in ("m_rel", "rel_m"):
        month = month_name(groups["mon"])
        year = published.year
        if name == "m_rel":
            year += {"this": 0, "last": -1, "next": 1}[rel]
        elif rel == "last":
            year = year if month < published.month else year - 1
        elif rel == "next":
            year = year if month > published.month else year + 1
        return _ym(year, month)
    if name == "s_attr":
        code = SEASON_CODES[groups["season"].lower()]
        return _season_instance(code, published, "last" if future is False else "this",
                                future is not False)
    if name in ("m", "m_moved", "m_attr", "mm"):
        month = month_name(groups["mon"])
        if future:
            return _ym(published.year + (month < published.month), month)
        return _ym(_year_for_month_day(month, 15, published, future), month)
    if name in ("sy", "ys"):
        return f"{groups['year']}-{SEASON_CODES[groups['season'].lower()]}"
    if name == "rel_s":
        code = SEASON_CODES[groups["season"].lower()]
        return _season_instance(code, published, rel.split()[0], future)
    if name == "in_s" or (name == "q_s" and not rel):
        code = SEASON_CODES[groups["season"].lower()]
        return _season_instance(code, published, "next" if future else "last")
    if name == "q_s":
        code = SEASON_CODES[groups["season"].lower()]
        return _season_instance(code, published, rel, future)
    if name == "weekend":
        # the month of the weekend's Saturday: the one before the article (or the one it is
        # on), or, told as to come, the next one
        back = (published.weekday() - 5) % 7
        ahead = (5 - published.weekday()) % 7
        if rel in ("over the", "this past", "last") or (rel == "this" and future is False):
            when = published - dt.timedelta(days=back)
        elif rel == "next":
            when = published + dt.timedelta(days=ahead + 7 if ahead else 7)
        else:
            when = published + dt.timedelta(days=ahead)
        return _ym(when.year, when.month)
    if name == "year_rel":
        delta = 1 if rel.endswith("next") or rel in ("next", "the following") \
            else -1 if rel == "last" else 0
        return f"{published.year + delta:04d}"
    if name == "offset":
        # read against the publication date only for "the next month" with no date before
        # it in the sentence (``anchored_offsets`` reads the others or drops them)
        when = published + dt.timedelta(days=7 if (groups.get("nunit") or "") == "week" else 31)
        return _ym(when.year, when.month)
    if name == "month_rel":
        delta = 1 if rel == "next" else -1 if rel == "last" else 0
        return _ym(*_shift_month(published.year, published.month, delta))
    if name == "week_rel":
        days = 7 if rel == "next" else -7 if rel == "last" else 0
        when = published + dt.timedelta(days=days)
        return _ym(when.year, when.month)
    if name == "ago":
        count_word = (groups["n"] or groups["n2"]).lower()
        count = int(count_word) if count_word.isdigit() else _NUMBER_WORDS.get(count_word, 2)
        unit = (groups["unit"] or groups["unit2"]).lower()
        if unit.startswith("year"):
            return f"{published.year - count:04d}"
        days = count * (1 if unit.startswith("day") else 7 if unit.startswith("week") else 30)
        when = published - dt.timedelta(days=days)
        return _ym(when.year, when.month)
    if name == "day_rel":
        word = groups["word"].lower()
        delta = 1 if word == "tomorrow" else -1 if word in ("yesterday", "last night") else 0
        return (published + dt.timedelta(days=delta)).isoformat()
    if name == "weekday":
        if _NAMED_DAY_BEFORE_RE.search(match.string, max(0, match.start() - 9), match.start()):
            return None
        target = WEEKDAYS[groups["wd"].lower()]
        diff = (target - published.weekday()) % 7
        if groups.get("nextwd"):
            # "next Friday" lies ahead, a week on when the article is a Friday's
            return (published + dt.timedelta(days=diff or 7)).isoformat()
        if groups.get("lastwd"):
            # "last Friday" lies behind whatever the verb's tense, a week back on a Friday
            back = (published.weekday() - target) % 7
            return (published - dt.timedelta(days=back or 7)).isoformat()
        when = published + dt.timedelta(days=diff) if future else (
            published - dt.timedelta(days=(published.weekday() - target) % 7))
        return when.isoformat()
    if name in _PLACED_DAYS:
        return _placed_day(name, groups, published, future)
    if name == "numeric":
        return _numeric(groups, published, future)
    if name == "dotted":
        return _day_iso(int(groups["year"]), int(groups["mnum"]), int(groups["day"]))
    if name == "dmy_dash":
        year_text = groups["year"]
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
        return _day_iso(year, month_name(groups["mon"]), int(groups["day"]))
    if name == "week_of":
        month = month_name(groups["mon"] or groups["mon2"])
        day = int(re.sub(r"\D", "", groups["day"] or groups["day2"]))
        year = int(groups["year"]) if groups["year"] else _year_for_month_day(
            month, day, published, future)
        return _ym(year, month) if _day_iso(year, month, day) else None
    if name == "year":
        return groups["year"]
    if name == "holiday":
        return _holiday(groups["hol"], bool(groups.get("near")), published, future,
                        groups.get("hyear"))
    if name == "quarter":
        last = 3 * _QUARTERS[(groups["q"] or groups["qq"]).lower()]
        if future is False:
            return f"{published.year - (last - 2 > published.month):04d}"
        return f"{published.year + (last < published.month):04d}"
    if name == "holidays":
        return _ym(_year_for_month_day(12, 20, published, future), 12)
    if name == "new_year":
        # (round 36, r36dates2) "the new year" is the year that has just begun when the
        # article is January's (its first weeks are still "the new year"), and the coming one
        # from February on: "due to return in the new year" in May means next January, not
        # the months gone by (the rule took the coming year only from September). Told in
        # the past ("began in the new year"), it is this year's start.
        if future is False:
            return f"{published.year:04d}"
        return f"{published.year + (published.month >= 2):04d}"
    if name == "in_units":
        if groups["fn"] is None and groups["fn2"] is None:
            when = published + dt.timedelta(days=14)  # a fortnight
            return _ym(when.year, when.month)
        word = (groups["fn"] or groups["fn2"]).lower()
        count = int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 2)
        unit = (groups["fu"] or groups["fu2"]).lower()
        days = count * (1 if unit.startswith("day") else 7 if unit.startswith("week") else 30)
        when = published + dt.timedelta(days=days)
        return _ym(when.year, when.month)
    return None  # pragma: no cover - every pattern name is handled above


#: The patterns of a day named by its place in its month (round 33).
_PLACED_DAYS = frozenset({"m_edge_day", "m_ord_day", "m_nth_wd", "m_s_nth_wd"})
_PLACED_DAY_RES = tuple(re.compile(pattern) for name, pattern in DATE_PATTERNS
                        if name in _PLACED_DAYS)


def is_placed_day(phrase: str) -> bool:
    """Whether a date phrase is a day named by its place in its month ("the last day of
    July"): what ``date.day_placed_in_month`` reports."""
    return any(pattern.fullmatch(phrase) for pattern in _PLACED_DAY_RES)


def _placed_day(name: str, groups: dict[str, str | None], published: dt.date,
                future: bool | None) -> str | None:
    """The day "the last day of July", "the thirty-first of July", "the second Sunday of
    August" or "July's last Friday" names: in the year the text gives, else the one a
    yearless "July 31" would be read in."""
    month = month_name(groups["mon"] or "")
    edge = (groups.get("edge") or "").lower()
    nth = NTH_WEEKDAY.get((groups.get("nth") or "").lower(), 0)
    if name == "m_ord_day":
        near = ORDINAL_DAYS[" ".join((groups["oday"] or "").lower().split())]
    else:  # near the day meant, for the year a yearless day is read in
        near = max(1, min(28, 7 * nth - 3)) if nth > 0 else 1 if edge == "first" else 28
    told = groups.get("year")
    year = int(told) if told else _year_for_month_day(month, near, published, future)
    last = calendar.monthrange(year, month)[1]
    if name == "m_ord_day":
        return _day_iso(year, month, near)
    if name == "m_edge_day":
        return _day_iso(year, month, 1 if edge == "first" else last)
    weekday = WEEKDAYS[(groups["wd"] or "").lower()]
    if nth < 0:
        return _day_iso(year, month, last - (dt.date(year, month, last).weekday() - weekday) % 7)
    return _day_iso(year, month, 1 + (weekday - dt.date(year, month, 1).weekday()) % 7
                    + 7 * (nth - 1))


def _numeric(groups: dict[str, str | None], published: dt.date, future: bool | None) -> str | None:
    """"4/14" (April 14), "14/06/2024" (14 June): the order is the one where a number over 12
    can only be the day; both under 13 say no date. A two-digit year is 20YY."""
    a, b = int(groups["a"] or 0), int(groups["b"] or 0)
    if a == 24 and b == 7:
        return None  # "24/7"
    if 1 <= a <= 12 < b <= 31:
        month, day = a, b
    elif 1 <= b <= 12 < a <= 31:
        month, day = b, a
    else:
        return None
    year_text = groups.get("ny")
    if year_text:
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    else:
        year = _year_for_month_day(month, day, published, future)
    return _day_iso(year, month, day)


#: Fixed-date holidays (month, day) and the ones set by a weekday of a month, keyed by
#: ``_holiday_key`` (lower case, letters and spaces only).
_FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new years day": (1, 1), "new years eve": (12, 31), "halloween": (10, 31),
    "valentines day": (2, 14), "independence day": (7, 4), "fourth of july": (7, 4),
    "boxing day": (12, 26), "st patricks day": (3, 17), "hogmanay": (12, 31),
    "australia day": (1, 26), "anzac day": (4, 25), "canada day": (7, 1),
    "veterans day": (11, 11), "remembrance day": (11, 11),
}
#: (month, weekday, nth; -1 is the last) for holidays that move.
_MOVING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "labor day": (9, 0, 1), "memorial day": (5, 0, -1),
    "fathers day": (6, 6, 3), "presidents day": (2, 0, 3), "martin luther king day": (1, 0, 3),
}
#: (round 36) Days counted from another holiday: Easter's (its Sunday, ``_easter``) and the
#: shopping days after Thanksgiving.
_COUNTED_HOLIDAYS: dict[str, tuple[str, int]] = {
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
    "good friday": ("easter", -2), "palm sunday": ("easter", -7), "whit monday": ("easter", 50),
    "shrove tuesday": ("easter", -47), "pancake day": ("easter", -47),
    "ash wednesday": ("easter", -46),
    "black friday": ("thanksgiving", 1), "cyber monday": ("thanksgiving", 4),
}
#: The other spellings of a holiday's key.
_HOLIDAY_ALIASES: dict[str, str] = {
    "president day": "presidents day", "presidents s day": "presidents day",
    "martin luther king jr day": "martin luther king day", "mlk day": "martin luther king day",
    "st patrick s day": "st patricks day",
    # (round 37) the spellings ``NAMED_DAYS`` reads beside the ones written before
    "labour day": "labor day", "thanksgiving day": "thanksgiving",
}


def _holiday_key(name: str) -> str:
    """A holiday's table key: "St. Patrick’s Day" and "st patricks day" are one."""
    key = " ".join(re.sub(r"[^a-z ]", "", name.lower().replace("’", "'").replace("'", "")).split())
    return _HOLIDAY_ALIASES.get(key, key)


@memo.lru(maxsize=256)  # a year each
def _easter(year: int) -> dt.date:
    """Western Easter Sunday (dateutil's computus: a calendar rule is no code of ours)."""
    day: dt.date = easter(year, EASTER_WESTERN)
    return day


@memo.lru(maxsize=1024)  # (holiday, year)
def _holiday_day(name: str, year: int) -> dt.date:
    """The holiday's day in the year (memoised, round 36: Easter's computus and the moving
    holidays are worked out once per name and year)."""
    if name in _FIXED_HOLIDAYS:
        month, day = _FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    if name in _COUNTED_HOLIDAYS:
        base, days = _COUNTED_HOLIDAYS[name]
        start = _easter(year) if base == "easter" else _holiday_day(base, year)
        return start + dt.timedelta(days=days)
    month, weekday, nth = _MOVING_HOLIDAYS[name]
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _holiday(name: str, near: bool, published: dt.date, future: bool | None,
             year: str | None = None) -> str:
    """The holiday's date (its month when the text says "after"/"around" it), in its own year
    when the text writes one ("Christmas 2027"), else in the year the tense points to (the
    publication year's instance placed as a month and day without a year would be)."""
    key = _holiday_key(name)
    if year:
        day = _holiday_day(key, int(year))
    else:
        this = _holiday_day(key, published.year)
        day = _holiday_day(key, _year_for_month_day(this.month, this.day, published, future))
    return _ym(day.year, day.month) if near else day.isoformat()


_RELATIVE = frozenset(
    {"numeric", "md", "dm", "mm", "m_rel", "rel_m", "m", "m_moved", "m_attr", "s_attr",
     "rel_s", "in_s", "q_s",
     "weekend",
     "year_rel", "month_rel", "week_rel", "ago", "day_rel", "weekday", "holiday", "new_year",
     "in_units", "quarter", "holidays", "offset", "week_of"} | _PLACED_DAYS
)


#: ``_FEATURE_STEMS`` per feature: its stems without "day", then all of them (those with
#: "day" last) for a sentence that has "day" (round 36: most holidays' names end in "day"; a
#: sentence without it skips them at one test).
_STEMS_BY_DAY: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (name, tuple(s for s in stems if "day" not in s),
     tuple(sorted(stems, key=lambda s: "day" in s)))
    for name, stems in _FEATURE_STEMS.items())


def _features(sentence: str) -> set[str]:
    """Which of the patterns' needs the sentence has (see _PATTERN_NEEDS)."""
    low = sentence.lower()
    present: set[str] = set()
    has_day = "day" in low
    for name, plain, every in _STEMS_BY_DAY:
        for stem in (every if has_day else plain):
            if stem in low:
                present.add(name)
                break
    if _DIGIT_RE.search(sentence):
        present.add("digit")
        if "/" in sentence:
            present.add("slash")
        if "." in sentence and _DOTTED_RE.search(sentence):
            present.add("dot")
    for stem in _MONTH_STEMS:
        if stem in low:
            if _MONTH_RE.search(sentence):
                present.add("month")
            break
    return present


@memo.lru(maxsize=1024)
def _phrases(sentence: str) -> tuple[tuple[int, int, str, re.Match[str]], ...]:
    """Every date pattern's matches in the sentence, longest first (then leftmost): what
    ``find_dates`` reads whatever the article's date and the tense, matched once for every
    reading of the same sentence (the loop's, the listings', each fact's over the lines)."""
    present = _features(sentence)
    if not present:
        return ()  # most sentences name no time at all: skip the twenty patterns
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for name, pattern in _COMPILED:
        if not _NEED_SETS[name] <= present:
            continue
        for match in pattern.finditer(sentence):
            found.append((match.start(), match.end(), name, match))
    found.sort(key=lambda item: (-(item[1] - item[0]), item[0]))
    return tuple(found)


def find_dates(sentence: str, published: dt.date, *,
               future: bool | None = None, before: str = "") -> list[DateMention]:
    """Every date phrase in ``sentence``, left to right, overlapping matches resolved longest first.

    ``future`` says how to read phrases that could point either way ("April 3", "Thursday",
    "in the fall"): the coming instance when True, the latest past one when False, the
    nearest one when None (weekdays and seasons then count as past). ``before`` is the
    sentence before it: its last date anchors a time counted from a date ("a month later")
    that the sentence names no date before (``anchored_offsets``).
    """
    found = _phrases(sentence)
    if not found:
        days = days_alone(sentence) if before else ()
        return month_days(sentence, [], days, lambda: _last_date(before, published)) \
            if days else []
    taken: list[tuple[int, int]] = []
    mentions: list[DateMention] = []
    for start, end, name, match in found:
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        value = _resolve(name, match, published, future)
        if value is None:
            continue
        mention = DateMention(start, end, match.group(0), value, name in _RELATIVE
                              and not match.groupdict().get("year"))
        if named_calendar_word(sentence, mention) is not None:
            continue  # "Friday was renewed", "Saturday of Salt Road": a title, not a time
        taken.append((start, end))
        mentions.append(mention)
    mentions.sort(key=lambda mention: mention.start)
    # "today, December 2": the explicit date wins over the relative word it restates.
    restated = {
        i for i, (one, other) in enumerate(zip(mentions, mentions[1:], strict=False))
        if one.relative and precision(one.value) == 4
        and precision(other.value) == 4 and re.fullmatch(r"[\s,(]*", sentence[one.end:other.start])
    }
    kept = [m for i, m in enumerate(mentions) if i not in restated]
    names = _KEPT_NAMES.get()
    line = names(sentence) if names is not None else None
    if line is not None:
        # a line of the article read as its sentence reader reads it (``kept_names``)
        spans, body = line
        kept = outside_kept_names(sentence, kept, spans)
        if body:
            kept = [m for m in kept if not inside_a_name(sentence, m)
                    and not _glued_to_kept_name(sentence, m, spans)]
    def last_before() -> str | None:
        return _last_date(before, published)
    kept = framed_years(sentence, anchored_offsets(
        sentence, anchored_years(sentence, kept), last_before))
    days = days_alone(sentence)
    return month_days(sentence, kept, days, last_before) if days else kept


#: The rule of a date phrase read inside a title the article kept (``outside_kept_names``).
NONE_INSIDE_KEPT_TITLE = "date.none_inside_kept_title"
#: Where the article being read names the shows it kept, per sentence (``kept_names``): set
#: once the article's titles are known, so every reader of a line's dates (the sentence's,
#: the article-wide event and decision days, the weekday pins, the listings') agrees.
KeptLine = tuple[Sequence[tuple[int, int]], bool]
_KEPT_NAMES: ContextVar[Callable[[str], KeptLine | None] | None] = ContextVar(
    "kept_names", default=None)


@contextlib.contextmanager
def kept_names(lines: Callable[[str], KeptLine | None]) -> Iterator[None]:
    """While reading one article: ``lines(text)`` gives, for a line of the article (None for
    any other text), where it names a show the article kept and whether it is a body line (not
    the headline). ``find_dates`` then reads the line's dates as the sentence reader does: none
    inside a kept title's mention (``outside_kept_names``) and, in a body line, no calendar
    word glued to a name (``inside_a_name``) or to a kept title's mention after it
    (``_glued_to_kept_name``), whichever reader asks (the article-wide event and decision
    days, the weekday pins, the listings)."""
    token = _KEPT_NAMES.set(lines)
    try:
        yield
    finally:
        _KEPT_NAMES.reset(token)


def _told_as_time(sentence: str, mention: DateMention) -> bool:
    """Does the date phrase open on a time's word ("on Friday", "this Christmas") or stand
    right after one ("on" before "Friday")?"""
    first = mention.text.split(None, 1)[0].lower()
    left = sentence[max(0, mention.start - 20):mention.start].split()
    return first in _TIME_OPENERS or bool(
        left and sentence[mention.start - 1:mention.start] == " "
        and left[-1].lower() in _TIME_OPENERS)


def _glued_to_kept_name(sentence: str, mention: DateMention,
                        spans: Sequence[tuple[int, int]]) -> bool:
    """A bare calendar word glued by one space to a kept title's mention after it
    ("committed to Monday Copper Vale", the title's first word cut off as a time) is a word of
    the name, as ``inside_a_name`` reads one before a plain name; not after a word that opens a
    time ("on Monday Copper Vale returns"), nor before a time's word ("Sunday Night", whatever
    was kept from it)."""
    if not spans or not _TITLE_WORD_RE.fullmatch(mention.text):
        return False
    after = [start for start, _ in spans if start == mention.end + 1]
    if not after or sentence[mention.end:mention.end + 1] != " ":
        return False
    first = sentence[after[0]:after[0] + 40].split(None, 1)
    if not first or first[0].rstrip(".,:;’'").lower() in _NOT_NAME_WORDS:
        return False  # "Sunday Night on Kestrel" kept by mistake: "Sunday Night" is a time
    left = sentence[max(0, mention.start - 20):mention.start].split()
    return not (left and left[-1].lower() in _DATE_OPENERS)


def outside_kept_names(sentence: str, mentions: Sequence[DateMention],
                       spans: Sequence[tuple[int, int]]) -> list[DateMention]:
    """The date phrases that are no words of a kept title's mention (rule
    ``date.none_inside_kept_title``): once the article keeps "Autumn Iris", "The Tonight
    Lantern" or "Friday Rose" as a show, "for Autumn Iris", "Tonight" or "Friday" inside that
    mention is the title's word, in whatever line it stands, as the sentence reader already
    reads a fact's own sentence. A phrase that holds the mention whole and opens on a time's
    word, or stands right after one ("on", "this", "next", "by", "since" ..., not "for" or
    "the"), is a time told of the name's word ("on Friday", "this Christmas" beside a show
    called "Friday" or "Christmas"): a date ("the last season for Sunday" is the show's)."""
    if not spans or not mentions:
        return list(mentions)
    out = []
    for mention in mentions:
        inside = [(start, end) for start, end in spans
                  if start < mention.end and mention.start < end]
        if inside and not (_told_as_time(sentence, mention) and all(
                mention.start <= start and end <= mention.end for start, end in inside)):
            continue
        out.append(mention)
    return out


def dates_outside_title(sentence: str, published: dt.date, title: str | None, *,
                        future: bool | None = None) -> list[DateMention]:
    """``find_dates`` with the fact's own title masked: a title built of calendar words
    ("Friday Harbor", "Lantern Christmas") names the show, not a time, so a sentence whose only
    date-like words sit inside the title states no time (rule
    ``date.none_inside_own_title``)."""
    if title and len(title) >= 3:
        low, key = sentence.lower(), title.lower()
        at = low.find(key)
        if at >= 0:
            chars = list(sentence)
            while at >= 0:
                chars[at:at + len(key)] = "Q" * len(key)
                at = low.find(key, at + len(key))
            sentence = "".join(chars)
    return find_dates(sentence, published, future=future)


#: The rules of a calendar word read as a title's word (``inside_a_name``,
#: ``dates_outside_title``).
CALENDAR_WORD_IN_A_NAME = "date.calendar_word_in_a_name"
NONE_INSIDE_OWN_TITLE = "date.none_inside_own_title"
_CAP_WORD_RE = re.compile(r"[A-Z][\w’'.&-]*")
#: (round 36, issue 14: compiled once, not looked up in re's cache per call) a capitalised
#: word of letters; a weekday's or a season's name, whole.
_TITLE_WORD_RE = re.compile(r"[A-Z][a-z]+")
_WEEKDAY_WORD_RE = re.compile(_WD)
_SEASON_WORD_RE = re.compile(_SEASON)
_WORD_RE = re.compile(r"[A-Za-z][\w’'.&-]*")
#: Capitalised words that do not make a name of the calendar word beside them: time words
#: ("Friday Night", "Christmas Day", "May 4"), determiners and prepositions that open a date
#: ("This Friday", "On Monday", "Since June").
_NOT_NAME_WORDS = frozenset(
    "the a an this next last on by in since until till from before after every early late mid "
    "night morning evening afternoon day eve week weekend year ahead around through "
    "et pt est pst edt pdt".split())


_DATE_OPENERS = frozenset(
    "the this next last on by in since until from before after every".split())
_HOLIDAY_WORDS = frozenset("christmas easter halloween thanksgiving".split())
#: The words a time opens on before a kept title's word (``outside_kept_names``).
_TIME_OPENERS = _DATE_OPENERS - {"the"}


def _name_word(word: str) -> bool:
    bare = word.rstrip(".").lower()
    return bool(_CAP_WORD_RE.fullmatch(word)) and bare not in _NOT_NAME_WORDS and not (
        _MONTH_RE.fullmatch(word) or _WEEKDAY_WORD_RE.fullmatch(bare)
        or _SEASON_WORD_RE.fullmatch(bare))


def _mostly_capitalised(sentence: str) -> bool:
    """A line in title case (a heading): every word of four letters or more capitalised."""
    words = [w for w in _WORD_RE.findall(sentence) if len(w) >= 4]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def inside_a_name(sentence: str, mention: DateMention) -> bool:
    """A bare calendar word glued, by one space, to a capitalised name word after it
    ("including Saturday Harbor", "Friday Copper Vale") or to a calendar word before it
    ("Ember October Christmas") is a word of a title, not a date (rule
    ``date.calendar_word_in_a_name``). Not in a heading (every long word capitalised), not
    after a word that opens a date ("on Friday"), not for a phrase with a number or a comma
    ("Friday, May 4"). Plain string steps on a 40-character window (no regex search)."""
    text = mention.text
    if not _TITLE_WORD_RE.fullmatch(text) or _mostly_capitalised(sentence):
        return False
    before = sentence[max(0, mention.start - 40):mention.start]
    after = sentence[mention.end:mention.end + 40]
    words = before[:-1].split() if before.endswith(" ") and not before.endswith("  ") else []
    left = words[-1] if words and not before[:-1].endswith(tuple("\t\n")) else None
    right = re.match(r" (\S+)", after)
    if left is not None and left.lower() in _NOT_NAME_WORDS:
        return False
    # Left only a calendar word makes a name ("October Christmas"): "renewed Salt Road
    # Monday" dates the renewal.
    left_name = left is not None and _calendar_word(left) and not (
        len(words) >= 2 and words[-2].lower() in _DATE_OPENERS)
    right_name = right is not None and _name_word(right.group(1).rstrip(",;:.’'"))
    return left_name or right_name


#: The rules of a calendar word standing where a name stands (``named_calendar_word``).
CALENDAR_WORD_BEFORE_OF_NAME = "date.calendar_word_before_of_name"
CALENDAR_WORD_AS_SUBJECT = "date.calendar_word_as_subject"
CALENDAR_WORD_IN_NAME_LIST = "date.calendar_word_in_name_list"
CALENDAR_WORD_ENDS_LIST_ITEM = "date.calendar_word_ends_list_item"
_NAME_TOKEN = r"[A-Z][\w’'.&:-]{0,30}"
#: "Saturday of Salt Road", "Friday of Our Lantern": a capitalised name after "of" (not a
#: time: "Friday of Thanksgiving Week", "Sunday of Memorial Day").
_OF_NAME_RE = re.compile(rf" of (?:the |The )?(?P<name>{_NAME_TOKEN})(?! (?:Day|Week|Weekend)\b)")
#: What a clause may open with before its subject ("Meanwhile, Friday ...", "Lantern House
#: and Friday ..."): nothing, a sentence stop, a colon, a dash, or a comma.
_CLAUSE_OPEN_RE = re.compile(
    rf"(?:^|[.;:!?—–]\s|,\s)(?:(?P<pair>{_NAME_TOKEN}(?: {_NAME_TOKEN}){{0,3}}) and )?$")
#: A decision told of a subject in the passive or as a got season: what after "was", "has
#: been", "will be" makes the calendar word a show ("Friday was renewed", "Friday has been
#: picked up") and not a time ("Monday was the first day of filming", "Tuesday has been set
#: as the premiere date").
_SUBJECT_DECIDED = (r"(?:renewed|cancell?ed|axed|scrapped|dropped|ordered|picked up|"
                    r"brought back|revived|(?:re-?)?commissioned|green-?lit|greenlit)")
#: A subject's verb right after the calendar word (or after "and Copper Vale"): "Friday was
#: renewed", "Friday and Copper Vale have been renewed", "Friday got a second season",
#: "Friday premieres on Kestrel", "Friday will return", a heading's "Friday and Copper Vale
#: Renewed". A time is the subject of other verbs: "Friday is the day", "Monday will see the
#: premiere", "Monday was the first day of filming", "Tuesday has been set as the premiere
#: date", "Thursday will be the first day of the shoot".
_SUBJECT_VERB_RE = re.compile(
    rf"(?: and (?P<pair>{_NAME_TOKEN}(?: {_NAME_TOKEN}){{0,3}}))?"
    r" (?:(?:both|also|each|all) )?(?:"
    r"(?:was|were|has|have|had|is|are)(?: (?:both|also|each|all|now|just|officially))?"
    rf"(?: been| being)? {_SUBJECT_DECIDED}"
    r"|(?:gets|got|has|have|had|earns|earned|lands|landed|scores|scored) (?:a|an|its|their|"
    r"another) (?:[\w-]{1,20} ){0,2}(?:season|series|renewal|run|order)"
    r"|returns|premieres|debuts|wraps|concludes|airs"
    r"|will (?:(?:both|also|each|all|now) )?(?:return|premiere|debut|air|conclude|come back|"
    rf"be back|be {_SUBJECT_DECIDED})"
    r"|(?i:renewed|cancell?ed|axed))\b")
_LIST_LEFT_RE = re.compile(rf"(?P<word>{_NAME_TOKEN})(?:, | and | & )$")
_LIST_RIGHT_RE = re.compile(rf"(?:, | and | & )(?P<word>{_NAME_TOKEN})")
#: A list item's words before its last, calendar word, after the comma that opens the item:
#: "Havana, Mabel " of "Havana, Mabel Tuesday and Lantern House" (round 31).
_ITEM_HEAD_LEFT_RE = re.compile(
    rf"(?P<prev>{_NAME_TOKEN}), (?P<item>{_NAME_TOKEN}(?: {_NAME_TOKEN}){{0,2}}) $")


def _plain_name(word: str) -> bool:
    """A capitalised word that is neither a calendar word nor a word opening a time."""
    bare = word.rstrip(".,:’'").lower()
    return bool(word) and word[0].isupper() and bare not in _NOT_NAME_WORDS and not (
        _calendar_word(word.rstrip(".,:’'")) or bare in _HOLIDAY_WORDS or bare.isdigit())


def named_calendar_word(sentence: str, mention: DateMention) -> str | None:
    """The rule by which a bare calendar word stands where a title stands, or None: before
    "of" and a capitalised name ("Saturday of Salt Road", ``date.calendar_word_before_of_name``);
    opening a clause as the subject of a verb, alone or joined by "and" to a capitalised name
    ("Friday was renewed", "Meanwhile, Copper Vale and Friday have been renewed",
    ``date.calendar_word_as_subject``); an item of a list of capitalised names, a name on
    each side ("Salt Road, Friday and Copper Vale", ``date.calendar_word_in_name_list``); the
    last word of a list item of capitalised names, the list going on after it with its joiners
    ("Havana, Mabel Tuesday and Lantern House", ``date.calendar_word_ends_list_item``, round
    31: "on Monday" after the last item stays a date).
    Headings included. Never after a word that opens a time ("on", "this", "next", "by" ...),
    never with a number or comma inside the phrase. Anchored matches on 40-character
    windows."""
    text = mention.text
    if not _TITLE_WORD_RE.fullmatch(text) or not _calendar_word(text):
        return None
    before = sentence[max(0, mention.start - 40):mention.start]
    if mention.start > 40:
        before = "\x00" + before  # a cut window is no sentence start ("^" below)
    after = sentence[mention.end:mention.end + 60]
    left_words = before.split()
    left = left_words[-1].lower() if left_words else ""
    if left in _DATE_OPENERS or left in _NOT_NAME_WORDS:
        return None
    of = _OF_NAME_RE.match(after)
    if of is not None and _plain_name(of.group("name")):
        return CALENDAR_WORD_BEFORE_OF_NAME
    opened = _CLAUSE_OPEN_RE.search(before) if mention.start else None
    if mention.start == 0 or opened is not None:
        pair_before = opened.group("pair") if opened is not None else None
        verb = _SUBJECT_VERB_RE.match(after)
        if verb is not None and (pair_before is None or _plain_name(pair_before.split()[0])) and (
                verb.group("pair") is None or _plain_name(verb.group("pair").split()[0])):
            return CALENDAR_WORD_AS_SUBJECT
    in_left, in_right = _LIST_LEFT_RE.search(before), _LIST_RIGHT_RE.match(after)
    if in_left is not None and in_right is not None and not (
            before.endswith(", ") and in_right.group(0).startswith(", ")
            and not _plain_name(in_left.group("word"))):
        words = (in_left.group("word"), in_right.group("word"))
        if all(w[0].isupper() and w.rstrip(".,:’'").lower() not in _NOT_NAME_WORDS
               for w in words) and any(_plain_name(w) for w in words):
            return CALENDAR_WORD_IN_NAME_LIST
    item = _ITEM_HEAD_LEFT_RE.search(before)
    if item is not None and in_right is not None and _plain_name(item.group("prev")) and \
            all(_plain_name(word) for word in item.group("item").split()) and \
            _plain_name(in_right.group("word")):
        return CALENDAR_WORD_ENDS_LIST_ITEM
    return None


def _calendar_word(word: str) -> bool:
    bare = word.lower()
    return bool(_TITLE_WORD_RE.fullmatch(word)) and bool(
        _MONTH_RE.fullmatch(word) or _WEEKDAY_WORD_RE.fullmatch(bare)
        or _SEASON_WORD_RE.fullmatch(bare)
        or bare in _HOLIDAY_WORDS)


def _last_date(sentence: str, published: dt.date) -> str | None:
    """The value of the last date ``sentence`` names (None for no sentence, no date)."""
    found = find_dates(sentence, published) if sentence else []
    return found[-1].value if found else None


#: (round 35) a shoot label's colon opens a span too: "Shoot dates: 4 May to 28 August 2026"
_INTERVAL_OPEN_RE = re.compile(r"(?i)(?:\b(?:from|between)|\b(?:dates?|period|schedule|window|"
                               r"filming|shooting|production|shoot|photography):)\s+"
                               r"(?:(?:early|late|mid)[\s-]+)?$")
_INTERVAL_JOIN_RE = re.compile(r"(?i)\s*(?:to|until|till|through|thru|and|-|–|—)\s+"
                               r"(?:(?:early|late|mid|the end of)[\s-]+)?")
_MONTH_SPAN_BARE_RE = re.compile(rf"(?i:from\s+){_MON}\s+(?i:to|until|till|through|thru|-|–)\s+"
                                 rf"(?P<b>{_MON})|(?i:between\s+){_MON}\s+(?i:and)\s+"
                                 rf"(?P<b2>{_MON})")
_MONTH_SPAN_RE = re.compile(rf"(?P<a>{_MON})\s*(?:to|through|-|–|and)\s*(?P<b>{_MON}),?\s+"
                            rf"(?P<year>{_YEAR})")


def intervals(sentence: str, mentions: list[DateMention]) -> list[tuple[DateMention, DateMention]]:
    """Spans of time the sentence states, as (start, end) date mentions: "from March to July
    2024", "between September 20 and 22", "June to August 2023". A start without a year takes
    the end's year (the year before when its month comes later)."""
    found: list[tuple[DateMention, DateMention]] = []
    for mention in mentions:
        bare = _MONTH_SPAN_BARE_RE.fullmatch(mention.text)
        if bare and precision(mention.value) == 3:  # "from March to June": the end follows
            year, first = int(mention.value[:4]), int(mention.value[5:7])
            last = month_name(bare.group("b") or bare.group("b2"))
            found.append((mention, replace(mention, value=_ym(year + (last < first), last))))
            continue
        span = _MONTH_SPAN_RE.fullmatch(mention.text)
        if span:  # "June to August 2023" is one phrase: split it
            year = int(span.group("year"))
            first, last = month_name(span.group("a")), month_name(span.group("b"))
            start = replace(mention, value=_ym(year - (first > last), first))
            found.append((start, replace(mention, value=_ym(year, last))))
    for one, other in zip(mentions, mentions[1:], strict=False):
        if not (_INTERVAL_OPEN_RE.search(sentence[max(0, one.start - 20):one.start])
                and _INTERVAL_JOIN_RE.fullmatch(sentence[one.end:other.start])):
            continue
        if one.relative and not other.relative and precision(other.value) >= 3:
            year = int(other.value[:4])
            month = int(one.value[5:7]) if precision(one.value) >= 3 else 0
            if month and month > int(other.value[5:7]):
                year -= 1
            one = replace(one, value=f"{year:04d}{one.value[4:]}")
        found.append((one, other))
    if not found and "between" in sentence.lower():
        # "between September 20 and 22": the end is a bare day of the start's month
        for mention in mentions:
            day = re.match(r"\s+and\s+(\d{1,2})\b", sentence[mention.end:])
            if precision(mention.value) == 4 and day and _INTERVAL_OPEN_RE.search(
                    sentence[max(0, mention.start - 20):mention.start]):
                end = _day_iso(int(mention.value[:4]), int(mention.value[5:7]),
                               int(day.group(1)))
                if end:
                    found.append((mention, replace(mention, value=end)))
    return found


def stated_by_weekday(text: str, value: str | None) -> bool:
    """True when a day's date can only have come from a weekday the text names ("returns
    Friday"): the text names the day's weekday and states no month-day of that day."""
    if precision(value) != 4 or value is None:
        return False
    day = dt.date.fromisoformat(value)
    if not _WEEKDAY_WORD_RES[day.weekday()].search(text):
        return False
    # the ISO day compiled only when the text holds it (a pattern per value, per call, cost
    # more than the searches)
    return not (_month_day_re(day.day).search(text)
                or (value in text and re.search(rf"\b{value}\b", text)))


#: Each weekday's name as a whole word, any case, by its number (Monday 0).
_WEEKDAY_WORD_RES = {number: re.compile(rf"(?i)\b{name}\b") for name, number in WEEKDAYS.items()}


@memo.lru(maxsize=32)
def _month_day_re(day: int) -> re.Pattern[str]:
    """A month and the day of the month ``day``, either way round ("March 7", "7th of March")."""
    number = rf"0?{day}(?:st|nd|rd|th)?"
    return re.compile(rf"(?<![A-Za-z]){_MON}\s+{number}\b|\b{number}\s+(?:of\s+)?{_MON}")


def same_weekday_near(a: str, b: str, days: int = 7) -> bool:
    """Two days on the same weekday at most ``days`` apart (a weekday read a week off)."""
    one, other = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return one != other and one.weekday() == other.weekday() and abs((one - other).days) <= days


#: A weekday the text pins to its day: "Friday, March 7", "Friday (March 7)", "Friday 7 March".
_PINNED_WEEKDAY_RE = re.compile(
    rf"(?i:\b(?P<wd>{_WD}))[,(]?\s+(?:the\s+)?(?P<day>(?<![A-Za-z]){_MON}\s+{_DAY}\b(?:,?\s+{_YEAR})?"
    rf"|{_DAY}\s+(?:of\s+)?{_MON}\b(?:,?\s+{_YEAR})?)")


def pinned_weekdays(text: str, published: dt.date) -> list[str]:
    """The days a text pins to their weekday ("Friday, March 7"), where the named weekday is
    the day's own: an article's calendar that says which Friday its "Friday" is."""
    days = []
    for match in _PINNED_WEEKDAY_RE.finditer(text):
        found = find_dates(match.group("day"), published)
        if len(found) == 1 and precision(found[0].value) == 4:
            day = dt.date.fromisoformat(found[0].value)
            if day.weekday() == WEEKDAYS[match.group("wd").lower()]:
                days.append(found[0].value)
    return days


def precision(value: str | None) -> int:
    """How precise a partial ISO date is: 0 none, 1 year, 2 season, 3 month, 4 day."""
    if not value:
        return 0
    if len(value) == 4:
        return 1
    if value[5:] in SEASON_START:
        return 2
    return 3 if len(value) == 7 else 4


def start_date(value: str | None) -> dt.date | None:
    """The first day a partial ISO date can mean (a season from its first month)."""
    if not value:
        return None
    key = sort_key(value)
    try:
        if len(key) == 4:
            return dt.date(int(key), 1, 1)
        if len(key) == 7:
            return dt.date(int(key[:4]), int(key[5:7]), 1)
        return dt.date.fromisoformat(key)
    except ValueError:
        return None


def sort_key(value: str) -> str:
    """A string that orders partial ISO dates roughly in time (seasons by first month)."""
    if len(value) == 7 and value[5:] in SEASON_START:
        return f"{value[:4]}-{SEASON_START[value[5:]]:02d}"
    return value


def is_after(value: str, published: dt.date) -> bool:
    """True when the date lies wholly after the publication date at its own precision."""
    key = sort_key(value)
    pub = published.isoformat()[: len(key)]
    return key > pub


def compatible(a: str | None, b: str | None) -> bool:
    """Two partial dates agree: one a prefix of the other, or a season code and a month in it."""
    if not a or not b:
        return True
    if a.startswith(b) or b.startswith(a):
        return True
    for season, other in ((a, b), (b, a)):
        if len(season) == 7 and season[5:] in SEASON_START and len(other) >= 7:
            if other[5:7].isdigit() and _month_in_season(season, other):
                return True
    return False


def _month_in_season(season: str, other: str) -> bool:
    code = season[5:]
    year = int(season[:4])
    start = SEASON_START[code]
    months = [(year, start), (year, start + 1), (year, start + 2)]
    if code == "WI":
        months = [(year, 12), (year + 1, 1), (year + 1, 2), (year, 1), (year, 2)]
    return (int(other[:4]), int(other[5:7])) in months


# --- two events in one sentence ----------------------------------------------------------------

#: A link that puts the event after it later than the other one ("wrapped in March, ahead of
#: a premiere in the fall", "filmed in 2023 before debuting in March").
_THEN_LINK_RE = re.compile(
    r"(?i)\b(?:ahead of|before|prior to|in time for|then|followed by|until|till|leading up to)\b")
#: A link that puts the event after it earlier than the other one ("went into production in
#: October 2019, following the debut of season three in March").
_SINCE_LINK_RE = re.compile(r"(?i)\b(?:after|following|since|on the heels of|in the wake of)\b")
#: A month phrase without a year (a day or not): its year is the context's.
_YEARLESS_RE = re.compile(rf"(?i)^(?:(?!\b(?:this|last|next|ago)\b).)*\b(?:{_MON})\b(?!.*\d{{4}})"
                          r"|^(?i:(?:(?!\b(?:this|last|next)\b).)*\b(?:spring|summer|fall|autumn|"
                          r"winter)\b)(?!.*\d{4})")
#: A clause break between a link and the date it would govern.
_LINK_BREAK_RE = re.compile(r"[,;:()—–]")


def _ordered_link(between: str) -> int:
    """+1 when the text between two dates puts the second event after the first, -1 when
    before it, 0 when it says neither. The link must govern the second date's phrase: no
    clause break between the link and it."""
    last = None
    for match in _THEN_LINK_RE.finditer(between):
        last = (match.end(), 1)
    for match in _SINCE_LINK_RE.finditer(between):
        if last is None or match.end() > last[0]:
            last = (match.end(), -1)
    if last is None or _LINK_BREAK_RE.search(between[last[0]:]):
        return 0
    return last[1]


#: A relative aside closed by a comma: ", which was shot in Leeds,", ", where it aired,".
_CLOSED_ASIDE_RE = re.compile(r",\s{1,2}(?:which|who|whose|where)\s[^,;:.()—–\"“”]{1,140},")


def closed_asides(text: str) -> tuple[tuple[int, int], ...]:
    """The relative asides of a sentence closed by a comma (``date.after_an_aside``): a date
    right after one is the trigger's before it, the aside skipped ("wrapped its second
    season, which was shot in Leeds, in March")."""
    if "," not in text:
        return ()
    return tuple((m.start(), m.end()) for m in _CLOSED_ASIDE_RE.finditer(text))


#: A word that opens a clause of another event told against this one: "returns on June 5,
#: a year after season 1 premiered", "since its first season debuted".
_LINK_BEFORE_RE = re.compile(
    r"(?i)\b(?:after|before|since|following|ahead\s+of|when|until)\s+(?:\S+\s+){0,2}$")
#: The rule that reads ``linked_event_subject`` (a guard of ``season.in_clause`` and
#: ``season.first_season_in_sentence``).
LINKED_EVENT_SUBJECT = "season.subject_of_linked_event"


def linked_event_subject(sentence: str, start: int, end: int, other_triggers: Sequence[int]
                         ) -> bool:
    """Does the phrase at ``start:end`` (a season) open a clause of another event linked in
    time ("after", "since", "before" just before it) as the subject of that event's trigger
    right after it (one of ``other_triggers``' starts: those of the same kind)? "X returns on
    June 5, after its first season debuted in June": the season is the debut's, not the
    return's ("two weeks after season 2 wrapped filming" still numbers the return)."""
    return bool(_LINK_BEFORE_RE.search(sentence[max(0, start - 30):start])) and any(
        end <= at and not sentence[end:at].strip() for at in other_triggers)


def _leading_link(sentence: str, first: DateMention, second: DateMention) -> int:
    """"After wrapping in March, X returns in October": a link opening the first date's clause,
    closed by a comma before the second: +1 when it puts the second event after the first
    ("after", "following"), -1 when before ("before", "ahead of")."""
    head = sentence[:first.start]
    opener = re.search(r"(?:^|[,;:(—–])\s*([^,;:()—–]{0,60})$", head)
    if opener is None or not _LINK_BREAK_RE.search(sentence[first.end:second.start]):
        return 0
    words = opener.group(1)
    if _SINCE_LINK_RE.match(words):
        return 1
    if re.match(r"(?i)(?:ahead of|before|prior to)\b", words):
        return -1
    return 0


def linked_after(sentence: str, first: DateMention, second: DateMention) -> bool:
    """Does ``sentence`` put ``second``'s event after ``first``'s, as ``ordered_events`` reads
    it ("after", "since", "following" governing the second, or opening the first's clause)?"""
    between = sentence[first.end:second.start]
    return (_ordered_link(between) or _leading_link(sentence, first, second)) > 0


def _month_index(value: str) -> int:
    key = sort_key(value)
    return int(key[:4]) * 12 + (int(key[5:7]) if len(key) >= 7 else 0)


def _with_year(value: str, year: int) -> str:
    return f"{year:04d}{value[4:]}"


def ordered_events(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """Dates of two events a sentence links in time, read against each other rather than
    against the publication date alone: a date without a year takes the year of the date it is
    linked to ("went into production in October 2019, following the debut in March" is March
    2019),
    and a relative date keeps the order the link states ("began in January, ahead of a
    premiere in the fall" is the fall after that January). A date read so no longer depends on
    the publication date (``relative`` False), so a trigger's tense does not read it again."""
    if len(mentions) < 2:
        return mentions
    out = list(mentions)
    for i in range(1, len(out)):
        second = out[i]
        if not second.relative or precision(second.value) < 2 \
                or not _YEARLESS_RE.search(second.text):
            continue
        first = out[i - 1]
        between = sentence[first.end:second.start]
        if len(between) > 120:
            continue
        order = _ordered_link(between) or _leading_link(sentence, first, second)
        if order == 0:
            continue
        value = second.value
        if first.relative and order > 0 and precision(first.value) >= 2 \
                and sort_key(first.value) > sort_key(value):
            # both read against the publication date: the first was read as the next one (the
            # sentence looks ahead), the second as the last: trust neither against the other
            if not re.search(r"(?i)\b(?:began|begun|started|wrapped|premiered|debuted|aired|"
                             r"was|were|had)\b", sentence[:second.start]):
                continue
        if not first.relative and precision(first.value) >= 1:
            value = _with_year(value, int(first.value[:4]))
        if precision(first.value) >= 2:
            gap = _month_index(value) - _month_index(first.value)
            if gap == 0 and precision(first.value) == precision(value) == 4:
                # the same month: the days say which comes first ("returns on June 5, after
                # season 1 debuted on June 20" is last year's June 20)
                gap = (value > first.value) - (value < first.value)
            if order > 0 and gap < 0:
                value = _with_year(value, int(value[:4]) + 1)
            elif order < 0 and gap > 0:
                value = _with_year(value, int(value[:4]) - 1)
        elif order < 0 and not first.relative and int(value[:4]) > int(first.value[:4]):
            value = _with_year(value, int(first.value[:4]))
        out[i] = replace(second, value=value, relative=False)
    return out


#: A season named by its year: "the 2025 season", "its 2024 series" (not a TV season of two
#: years, "2024-25", which the year pattern never reads).
_YEAR_SEASON_RE = re.compile(rf"(?i)\b(?:the|its|their|a|this|next)\s+(?P<year>{_YEAR})\s+"
                             r"(?:season|series|edition|run)\b")


def season_years(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """"Glass Harbor returns for its 2025 season on June 14": the year names the season, and a
    date without a year in the sentence is in it (June 14, 2025); the year alone is no date
    when the sentence gives another."""
    if not mentions or "season" not in sentence.lower() and "series" not in sentence.lower():
        return mentions
    named = {m.start("year"): int(m.group("year")) for m in _YEAR_SEASON_RE.finditer(sentence)}
    if len(set(named.values())) != 1:
        return mentions
    year = next(iter(named.values()))
    others = [m for m in mentions if m.start not in named]
    if not others:
        return mentions  # "the 2025 season of X premieres": the year is its only time
    out = []
    for mention in others:
        if mention.relative and precision(mention.value) >= 2 \
                and _YEARLESS_RE.search(mention.text):
            mention = replace(mention, value=_with_year(mention.value, year), relative=False)
        out.append(mention)
    return out


#: A year named by reference to a date before it in the sentence: "later that year", "the
#: same year", "the following year", "later in the year".
ANAPHORIC_YEAR_RE = re.compile(r"(?i)^(?:later|earlier|that|the same|the following)\b"
                               r"(?:\s+(?:that|the|in the|same))*\s+year$")
#: The anaphoric years that mean nothing without a date before them ("later in the year"
#: alone is the article's year, as it always was read).
_NEEDS_ANCHOR_RE = re.compile(r"(?i)\b(?:that|same|following)\b")
#: A year that opens the sentence and frames it: "Last year, ...", "In 2023, ...", "Back in
#: 2022, ...", "Early last year, ...".
_OPENING_FRAME_RE = re.compile(r"(?i)^\W{0,3}(?:(?:back|early|late|earlier|later)\s+)?"
                               r"(?:in\s+)?$")


def anchored_years(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """"Season 3 premiered in January 2031, with season 4 due later that year": a year named
    by reference (``ANAPHORIC_YEAR_RE``) is the year of the nearest date the sentence names
    before it (the year after for "the following year"), not the article's. Without one,
    "later that year" names no year the sentence knows (no date); "later in the year" stays
    the article's year."""
    if not mentions or not any(ANAPHORIC_YEAR_RE.match(m.text) for m in mentions):
        return mentions
    out: list[DateMention] = []
    for mention in mentions:
        if not ANAPHORIC_YEAR_RE.match(mention.text):
            out.append(mention)
            continue
        anchor = next((m for m in reversed(out) if m.end <= mention.start
                       and not ANAPHORIC_YEAR_RE.match(m.text)), None)
        if anchor is None:
            if not _NEEDS_ANCHOR_RE.search(mention.text):
                out.append(mention)
            continue
        year = int(anchor.value[:4]) + ("following" in mention.text.lower())
        out.append(replace(mention, value=f"{year:04d}", relative=False))
    return out


#: ``_ANCHORED_OFFSET`` (above ``DATE_PATTERNS``), whole and with its groups.
ANCHORED_OFFSET_RE = re.compile(rf"(?i)^{_ANCHORED_OFFSET}$")
#: The same phrase anywhere in a sentence.
ANCHORED_OFFSET_IN_RE = re.compile(rf"(?i)\b{_ANCHORED_OFFSET}\b")
_OFFSET_NUMBERS: dict[str, int] = {
    **_NUMBER_WORDS, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
#: "in the next month", "over the next week": the time ahead of the article, not after a date.
_AHEAD_SPAN_BEFORE_RE = re.compile(r"(?i)\b(?:in|over|within|during|for|throughout)\s+$")


def _offset_from(anchor: str, offset: re.Match[str]) -> str | None:
    """The date ``offset`` (an ``ANCHORED_OFFSET_RE`` match) counts from ``anchor``, at the
    precision both allow: a month for days, weeks and months after a month or a day, a year for
    years (and for days or weeks after a bare year), a season of the anchor's year or the next."""
    exact = precision(anchor)
    year = int(anchor[:4])
    month = int(anchor[5:7]) if exact >= 3 else SEASON_START.get(anchor[5:], 0)
    day = int(anchor[8:10]) if exact == 4 else 15
    if offset.group("season"):
        code = SEASON_CODES[offset.group("season").lower()]
        if not month:
            return f"{year:04d}-{code}" if offset.group("which") == "that" else None
        start = SEASON_START[code]
        later = offset.group("which") != "that" or "later" in offset.group(0).lower()
        # "that winter" after a January date is the winter it belongs to (the year before)
        this = year - 1 if code == "WI" and month <= 2 else year
        if later and start <= month and not (code == "WI" and month <= 2):
            this += 1
        return f"{this:04d}-{code}"
    if offset.group("n"):
        count = int(offset.group("n")) if offset.group("n").isdigit() else _OFFSET_NUMBERS.get(
            offset.group("n").lower(), 2)
        unit = offset.group("unit").lower()
    elif offset.group("next"):
        count, unit = 1, offset.group("nunit").lower()
    else:
        count, unit = 0, "month"
    if unit == "year":
        return f"{year + count:04d}"
    if not month:
        # a bare year: days or weeks on stay in it (at its precision), months say no year
        return f"{year:04d}" if exact == 1 and unit in ("day", "week") and count <= 2 else None
    if unit == "month":
        return _ym(*_shift_month(year, month, count))
    when = dt.date(year, month, min(day, 28)) + dt.timedelta(days=count * (
        1 if unit == "day" else 7))
    return _ym(when.year, when.month)


def anchored_offsets(sentence: str, mentions: list[DateMention],
                     before: Callable[[], str | None] = lambda: None) -> list[DateMention]:
    """"Glass Harbor premiered in January 2031 and was renewed two months later": a time
    counted from a date (``ANCHORED_OFFSET_RE``) is counted from the nearest date the sentence
    names before it, not from the article's date (which gave the article's month), or else
    from the last date of the sentence before (``before``: "... premiered in January 2031.
    It was renewed a month later."). Without one it names no date the text knows; "the next
    month" alone (or "in the next month") is still the month after the article's."""
    if not mentions or not any(m.relative and ANCHORED_OFFSET_RE.match(m.text)
                               for m in mentions):
        return mentions
    out: list[DateMention] = []
    for mention in mentions:
        offset = ANCHORED_OFFSET_RE.match(mention.text) if mention.relative else None
        if offset is None:
            out.append(mention)
            continue
        ahead = bool(_AHEAD_SPAN_BEFORE_RE.search(sentence[max(0, mention.start - 12):
                                                           mention.start]))
        anchor = None if ahead else next(
            (m for m in reversed(out) if m.end <= mention.start
             and not ANCHORED_OFFSET_RE.match(m.text)), None)
        if anchor is None and not ahead and not any(m.end <= mention.start for m in out):
            told = before()
            anchor = replace(mention, value=told) if told else None
        value = _offset_from(anchor.value, offset) if anchor is not None else None
        if value is not None:
            out.append(replace(mention, value=value, relative=False))
        elif anchor is None and (offset.group("next") or "").lower() == "next":
            out.append(mention)
    return out


#: (round 33) "on the 31st", a day of the month told without its month: the month of the date
#: named before it (in the sentence, else the sentence before). Not "on the 2nd season", "the
#: 21st century", "on the 4th floor": the day ends its phrase.
MONTH_DAY_ALONE_RE = re.compile(
    r"(?i:\bon\s+(?:\w{6,9},?\s+)?the\s+)(?P<day>[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)\b"
    r"(?=\s{0,3}(?:[,.;:)!?—–]|$)|\s(?i:at|in|on|with|and|when|as|after|before|from|for|"
    r"to|via|across|but|so)\b)")


def month_days(sentence: str, mentions: list[DateMention], found: Sequence[tuple[int, int, int]],
               before: Callable[[], str | None] = lambda: None) -> list[DateMention]:
    """"Salt Road season 2 premieres in July, on the 31st", "... in July. It premieres on the
    31st.": a day told alone (``MONTH_DAY_ALONE_RE``) is a day of the month of the nearest date
    the sentence names before it, else of the last date of the sentence before (``before``);
    without a month there it names no date. ``found`` is ``days_alone(sentence)``, which
    ``find_dates`` asks once to skip this call."""
    out = list(mentions)
    for start, end, day in found:
        if any(m.start < end and start < m.end for m in mentions):
            continue
        anchor = next((m.value for m in reversed(mentions) if m.end <= start
                       and precision(m.value) >= 3), None)
        if anchor is None and not any(m.end <= start for m in mentions):
            told = before()
            anchor = told if precision(told) >= 3 else None
        value = _day_iso(int(anchor[:4]), int(anchor[5:7]), day) if anchor else None
        if value is not None:
            out.append(DateMention(start, end, sentence[start:end], value, False))
    out.sort(key=lambda mention: mention.start)
    return out


@memo.lru(maxsize=1024)
def days_alone(sentence: str) -> tuple[tuple[int, int, int], ...]:
    """The days told alone in ``sentence`` (``MONTH_DAY_ALONE_RE``): (start, end, day), found
    once per sentence however often its dates are read."""
    if "the" not in sentence or not _DIGIT_RE.search(sentence):
        return ()
    return tuple((m.start(), m.end(), int(m.group("day")))
                 for m in MONTH_DAY_ALONE_RE.finditer(sentence))


def counted_from_another(sentence: str, value: str | None, published: dt.date) -> bool:
    """Was ``value``, a date of ``sentence``, counted from another date (``anchored_offsets``)
    or, with the phrase left without a date before it, read off the sentence before? That
    other date is another event's: no day of the article refines this one to it."""
    if value is None or not ANCHORED_OFFSET_IN_RE.search(sentence):
        return False
    mentions = find_dates(sentence, published)
    return any(ANCHORED_OFFSET_RE.match(m.text) and m.value == value for m in mentions) or \
        all(m.value != value for m in mentions)


def opening_year(sentence: str, mentions: Sequence[DateMention]) -> int | None:
    """The year a sentence opens with as its frame ("Last year, ...", "In 2023, ..."), or
    None."""
    first = mentions[0] if mentions else None
    if first is None or precision(first.value) != 1 or ANAPHORIC_YEAR_RE.match(first.text) \
            or not _OPENING_FRAME_RE.match(sentence[:first.start]) \
            or not sentence[first.end:first.end + 1] == ",":
        return None
    return int(first.value[:4])


def framed_years(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """"Last year, Glass Harbor premiered in March": a date without a year in a sentence that
    opens with a year (``opening_year``) is in that year, not the one the article's date
    gives it."""
    year = opening_year(sentence, mentions) if len(mentions) >= 2 else None
    if year is None:
        return mentions
    return [mentions[0]] + [
        replace(m, value=_with_year(m.value, year), relative=False)
        if m.relative and precision(m.value) >= 2 and _YEARLESS_RE.search(m.text) else m
        for m in mentions[1:]]


def is_yearless(text: str) -> bool:
    """A date phrase that names no year ("in March", "June 12", "this fall" aside)."""
    return bool(_YEARLESS_RE.search(text))
