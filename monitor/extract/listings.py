"""Premiere calendars, "what's new this week" pages, trackers and scorecards, read as layouts.

Listings name many shows with a date each, in a handful of shapes:

    Sunday, Sept. 8                                  a date heading governs the lines under it
    8 p.m. Harbor Lights, NBC (season 3 premiere)    until the next date heading
    Copper Field (ABC) — series premiere

    Sept. 12: Marrow Creek, Season 4 (Netflix)       one line per show, the date anywhere on it
    Lantern Bay (Max) – Season 2 premieres Oct. 5
    Harbor Lights NBC Sept. 8                        (a tracker table flattened to rows)

    Harbor Lights                                    a show heading with its fields under it
    Premiere date: Sunday, Sept. 8 at 8 p.m.
    Status: Returning for season 3

A line's date belongs to that line's show; a time slot, a network and a label ("series
premiere", "(limited series)", "new") decorate the title and are no part of it; the listing's
kind word ("premiere dates", "return dates", "calendar") in its headline or a heading governs
items that carry none. A finale, a midseason return, a special or a single episode is not a
season's premiere (the labelling conventions), so such items give nothing. Scorecards give
each show a decision the same way: a status heading over lists of titles ("CANCELLED" over
"Glass Orchard (CBS), Marrow Creek (Fox)"), a line that ends with its verdict ("Harbor Lights
(NBC) – Renewed for season 4"), a "Status:" field. This module reads only the shape of the
lines; the caller turns items into facts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import dates as datemod
from . import rules
from .lists import LABEL_OPENING_RE
from .patterns import NUMBER_WORDS, ORDINALS, STATUS_HEADING_RE, ordinal_number
from .sections import (
    SECTION_LABELS,
    STATUS_HEDGE_RE,
    TRAILING_TAG_RE,
    status_verdict,
    title_like,
    verdict_when,
    without_month_may,
)
from .shows import describes_next
from .showwords import common_show_nouns, longest_first, owner_possessive
from .titles import vocabulary

#: A time slot: "8 p.m.", "9:30pm ET", "10/9c", "12 a.m. ET/PT", "midnight".
_TIME_RE = re.compile(
    r"(?i)\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m|p\.m)"
    r"(?:\s?(?:ET|PT|CT|ET/PT|EST|PST|BST|GMT)\b)?"
    r"|\b\d{1,2}(?::\d{2})?/\d{1,2}(?::\d{2})?c\b|\b(?:ET/PT|ET|PT)\b|\bmidnight\b")
_NUMBER = "|".join(longest_first(NUMBER_WORDS))
_ORDINAL = "|".join(longest_first(ORDINALS))
#: A season phrase on an item line: "season 3", "Season Two", "third season", "3rd season",
#: "S3".
_SEASON_RE = re.compile(
    rf"(?i)\bseason\s{{1,3}}(?P<n>\d{{1,2}}|{_NUMBER})\b"
    rf"|\b(?P<ord>{_ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))\s{{1,3}}season\b"
    r"|\bS(?P<s>\d{1,2})\b|\bseries\s{1,3}(?P<b>\d{1,2})\b")
#: Labels that make an item a season's first episode of a new show.
_NEW_RE = re.compile(
    r"(?i)\b(?:series\s(?:premiere|debut)|new\s(?:[\w-]{1,12}\s)?(?:"
    + common_show_nouns(6) + r")|brand[\s-]new|"
    r"freshman|debut\sseason)\b|^new$|\(new\)|[-–—:,]\s?new\s?$|^new\s?[-–—:]|"
    # "NEW Glass Harbor (Peacock)", its title taken out: the label before it
    r"^new\s{1,3}\|")
#: Labels of an item that is no season premiere: a finale, a midseason return, a special, a
#: single episode, a film, a page link ("review", "trailer").
_NOT_PREMIERE_RE = re.compile(
    r"(?i)\b(?:finale|mid-?season|part\s(?:2|two|ii|3|three)|vol(?:ume|\.)?\s?(?:2|3|ii)|"
    r"special|movie|film|documentary\sfilm|episode|review|recap|trailer|teaser|interview|"
    r"first\slook|photos?|cast|clip|ranked|ranking|explained|podcast|hiatus|cancell?ed|"
    r"canceled|ended|ends|renewed|wrap|filming)\b")
#: A premiere word on an item line ("premieres", "debuts", "returns", "new").
_OWN_KIND_RE = re.compile(
    r"(?i)\b(?:premier(?:e|es|ing)|debut(?:s|ing)?|returns?|returning|launch(?:es|ing)?|"
    r"arrives?|drops|new)\b")
#: The listing's own kind word, in its headline or a heading: a premiere listing.
_LISTING_KIND_RE = re.compile(
    r"(?i)\b(?:premier(?:e|es|ing)|debut(?:s|ing)?|return\sdates?|release\sdates?|"
    r"calendar|schedule|new\sand\sreturning|returning\sshows|what['’]s\s(?:new|on|coming)|"
    r"new\s(?:on|to|this\sweek)|coming\s(?:to|soon)|tv\sguide|what\sto\swatch|"
    r"(?:fall|winter|spring|summer)\s(?:tv|shows|series)|most[\s-]anticipated|line-?up|"
    r"slate)\b")
#: Words a section heading's leftover may be ("Winter premieres", "Streaming debuts").
_PERIOD_WORDS = frozenset(
    "winter fall autumn spring summer midseason mid-season streaming tv new returning "
    "broadcast cable series shows".split())


def _names_no_show(line: str, published: dt.date) -> bool:
    """A heading line ("Winter premieres", "Premiere dates"), not an item ("Harbor Lights
    returns"): what it names besides its kind word is a period or nothing."""
    parsed = _title_of(line, published)
    return parsed is None or all(w.lower() in _PERIOD_WORDS for w in parsed[0].split())


#: What an item line has and a section heading ("Winter premieres") has not.
_ITEM_MARK_RE = re.compile(r"[(,|•]|\s[–—-]\s")
#: A listing of finales, breaks and endings: its dates are no premieres.
_FINALE_LISTING_RE = re.compile(
    r"(?i)\b(?:finales?|winter\sbreak|hiatus|final\sepisodes|series\sends|last\sepisodes)\b")
#: The same in a paragraph of prose before the items: only a dates phrase says it.
_PROSE_LISTING_RE = re.compile(
    r"(?i)\b(?:premiere|return|release|launch|debut)\s(?:dates|schedule|calendar)\b")


def is_listing_label(text: str) -> bool:
    """A listing's own label ("The premiere dates", "Return dates"), never a show's title."""
    return _PROSE_LISTING_RE.search(text) is not None


#: Segment separators on an item line.
_SEPARATOR_RE = re.compile(r"\s?[,;|()\[\]\t:–—•]\s?|\s-\s|^-\s")
#: Words a decoration segment may hold besides labels, dates, times and networks.
_FILLER = frozenset(
    "on at via and or streaming only premiere premieres premiering debut debuts debuting "
    "return returns returning series season new show limited final docuseries miniseries "
    "docu-series mini-series launch launches arrives drops the all episodes episode at "
    "from weekly tba tbd date dates airs air release released streams stream original "
    "originals exclusive".split())
#: The label words an item line's title may end on that end titles too ("The Lantern Show",
#: "Quill Weekly"): kept where the article writes them after every mention
#: (``facts._labelled_whole``). Not the verbs ("Returns"), nor the words a season phrase
#: follows ("Final Season", "New Season", "Limited Series").
LISTING_LABEL_WORDS = _FILLER & frozenset("show weekly original originals exclusive".split())
#: A listing's weekdays: in full (``dates.WEEKDAYS``), as a day's plural ("Mondays") and
#: abbreviated.
_WEEKDAYS = frozenset({*datemod.WEEKDAYS, *(f"{day}s" for day in datemod.WEEKDAYS),
                       *"mon tue tues wed thu thur thurs fri sat sun".split()})
#: The fields under a show heading that carry its premiere date.
_DATE_FIELD_RE = re.compile(
    r"(?i)^(?:(?:season\s\d{1,2}\s)?(?:premiere|release|return|debut|launch|air|streaming|"
    r"start)\s?dates?|premieres?|release|returns?|debuts?|premiering|airs|when|date)\s?:\s?"
    r"(?P<value>.{1,120})$")
#: A line under a show heading that says when it airs: "Premieres Sunday, Sept. 8 at 8 p.m.",
#: "Series premiere: Monday, Oct. 14", "Returns Tuesday, Oct. 1".
_WHEN_LINE_RE = re.compile(
    r"(?i)^(?:(?:series|season)\s)?(?:premier(?:e|es|ing)|returns?|returning|debuts?|"
    r"launch(?:es)?|arrives?|streaming|airs|coming)\b")
#: (round 35, r35shoots) A production listing's shoot field under a show heading: "Filming:
#: May–August 2026", "Shoot dates: 4 May – 28 August 2026", "Production start: 4 May 2026"
#: (a year named: "Production: Kestrel Studios", "Filming: 12 weeks" are no dates).
_SHOOT_FIELD_RE = re.compile(
    r"(?i)^(?:filming|shooting|production|principal\sphotography|shoot|lensing)"
    r"(?:\s(?:dates?|period|schedule|window|start))?\s?:\s?(?P<value>[^;]{0,40}?\b20\d\d\b.{0,40})$")
#: Any "Key: value" field line under a show heading.
_FIELD_RE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z'’ ]{1,29}):\s?(?P<value>.{0,200})$")
_STATUS_FIELD_RE = re.compile(r"(?i)^(?:status|season|seasons|type|format)\s?:")


@dataclass(frozen=True)
class ListingItem:
    """A show of a listing: its title, the season the line names (1 for a new show, None when
    it names none), the premiere date (None for a decision) and the line it stands on."""

    title: str
    season: int | None
    date: str | None
    line: str
    #: The lines the item stands on (its line, or its heading and fields): read as the
    #: listing's, not as sentences of their own.
    lines: tuple[str, ...] = ()
    #: "premiere", or the decision a "Status:" field states ("renewed", "cancelled").
    kind: str = "premiere"
    #: None: expected or confirmed by the date; a scorecard section may say "speculative".
    certainty: str | None = None


def _season_of(text: str) -> int | None:
    for match in _SEASON_RE.finditer(text):
        if match.group("n"):
            word = match.group("n").lower()
            return int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if match.group("ord"):
            number = ordinal_number(match.group("ord"))
            if number:
                return number
            continue
        return int(match.group("s") or match.group("b"))
    return None


def _mask(text: str, pattern: re.Pattern[str], fill: str = " | ") -> str:
    return pattern.sub(fill, text)


def _dates_in(text: str, published: dt.date) -> list[datemod.DateMention]:
    """The line's dates, time slots and a weekday in parentheses after a date blanked first
    ("Sept. 8, 8 p.m." and "Sept. 8 (Sunday)" are Sept. 8)."""
    blank = _mask(_mask(text, _TIME_RE, " "), _PAREN_WEEKDAY_RE, " ")
    return datemod.find_dates(blank, published, future=True)


#: "(Sunday)" after a date: the date's weekday, said again.
_PAREN_WEEKDAY_RE = re.compile(
    r"(?i)\((?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?\)")


def _strip_networks(segment: str, networks: frozenset[str]) -> tuple[str, bool]:
    """A segment without the networks at its end ("Harbor Lights NBC", "… on Prime Video")
    or its start ("Hulu Paper Kingdoms" never: only a whole segment); and whether one went."""
    words = segment.split()
    stripped = False
    while words:
        for size in (3, 2, 1):
            if len(words) >= size and " ".join(words[-size:]).lower() in networks:
                words = words[:-size]
                stripped = True
                while words and words[-1].lower() in ("on", "at", "via", "only", "streaming"):
                    words.pop()
                break
        else:
            break
    return " ".join(words), stripped


def _is_decoration(segment: str, networks: frozenset[str]) -> bool:
    words = [w.strip(".'’!?*\"“”").lower() for w in segment.split()]
    words = [w for w in words if w]
    if not words:
        return True
    if " ".join(words) in networks:
        return True
    return all(w in _FILLER or w in _WEEKDAYS or w in networks for w in words)


#: A bullet or a rank before an item: "•", "-", "1.", "#2".
_RANK_RE = re.compile(r"^\s{0,4}(?:[•*·▪◦►♦■–—-]|#\s?\d{1,3}[.:)]?|\d{1,3}[.)])\s{1,3}")
#: A year in parentheses right after a title, "Sunset Drive (2019)": a film's or a show's
#: year of release, not a date of this listing.
_TITLE_YEAR_RE = re.compile(r"\(\s?(?:19|20)\d\d\s?\)")
#: A title in quotes inside a segment: NBC “Harbor Lights”.
_QUOTED_RE = re.compile(r"[“\"]([^“”\"]{1,80})[”\"]")
#: A bare number as a table cell: the season column.
_CELL_NUMBER_RE = re.compile(r"\d{1,2}")


#: An owner's name and possessive right before an item's quoted title, nothing else.
_OWNER_BEFORE_QUOTE_RE = re.compile(
    r"^\s{0,2}" + owner_possessive(word=r"[\w.&+-]*") + r"\s{0,2}$")


#: A heading's last word a year, straight after a word of its title ("Dallas 1999", "Class of
#: 2009"): the title's own year, no date (round 37).
_HEADING_YEAR_END_RE = re.compile(r"(?<=[\w.’'])\s(?:19|20)\d\d\s{0,2}$")


#: A weekday or month written inside a status item's span, joined to a title word with no
#: separator: it leads the item ("Tuesday Lemon: Cancelled"), or ends it after a title word,
#: directly or after a title's inner word ("Martha Saturday", "Lisbon in October", "Salt Road
#: of August"): the item's edges are its separators, so the word is the title's
#: (``title.span.item_time_word``). An item with a digit ("October 5", "2024") keeps the
#: time; "May" (a verb too) is left out. ``inner`` lists the inner words a line allows.
_ITEM_TIME_WORD = "(?:" + "|".join(
    name.capitalize() for name in (*datemod.WEEKDAYS, *datemod.MONTH_NAMES) if name != "may"
) + ")"
_ITEM_TIME_LEAD_RE = re.compile(rf"^\s{{0,3}}(?P<word>{_ITEM_TIME_WORD})\s(?=[A-Z][a-z])")
_ITEM_TIME_TRAIL_RE = re.compile(
    rf"\b[A-Z][\w'’.]{{0,30}}\s(?:(?P<inner>of|and|&|with|in|on)\s)?"
    rf"(?P<word>{_ITEM_TIME_WORD})[\s.*]{{0,3}}$")
#: The inner words a verdict line's head allows before its last time word ("Lisbon in
#: October: Renewed"; "Salt Road on Tuesday: Cancelled" is the decision's day); a labelled
#: list's items ("Renewed: A, B in October") take "in" for the status's time too.
_HEAD_INNER = frozenset({"of", "and", "&", "with", "in"})
_PART_INNER = frozenset({"of", "and", "&", "with"})
#: Stand-ins for the protected words while the item is parsed (no date, no vocabulary word).
_STAND_INS = ("Qzqva", "Qzqvb")


def item_time_words(item: str, inner: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the weekdays and months ``item`` (one status item, without its verdict)
    writes as part of its title (``_ITEM_TIME_WORD``); none when it holds a digit or any
    separator (a decorated item keeps its time)."""
    if len(item) > 120 or any(ch.isdigit() for ch in item) or _SEPARATOR_RE.search(item):
        return []
    spans = []
    lead = _ITEM_TIME_LEAD_RE.match(item)
    if lead is not None:
        spans.append(lead.span("word"))
    trail = _ITEM_TIME_TRAIL_RE.search(item)
    if trail is not None and (trail.group("inner") is None or trail.group("inner") in inner) \
            and (lead is None or trail.start("word") > lead.end("word")):
        spans.append(trail.span("word"))
    return spans


def _title_of_item(item: str, published: dt.date, inner: frozenset[str], heading: bool = False
                   ) -> tuple[str, int | None, bool, str] | None:
    """``_title_of`` of a status item whose weekdays and months joined to its title words
    (``item_time_words``) stay in the title: each is read as a stand-in word, then put back.
    ``heading``: the item is a verdict line's head, whose year ending it is the title's own
    ("Dallas 1999 – cancelled", as ``_title_of`` reads a heading's)."""
    spans = item_time_words(item, inner)
    if not spans:
        return _title_of(item, published, heading, tagged=True)
    original = item
    words: dict[str, str] = {}
    for (start, end), stand_in in reversed(list(zip(spans, _STAND_INS, strict=False))):
        words[stand_in] = item[start:end]
        item = f"{item[:start]}{stand_in}{item[end:]}"
    parsed = _title_of(item, published, heading, tagged=True)
    if parsed is None:
        return None
    title, season, decorated, labels = parsed
    for stand_in, word in words.items():
        title, labels = title.replace(stand_in, word), labels.replace(stand_in, word)
    if rules.active() is not None and (
            _title_of(original, published, heading, tagged=True) or ("",))[0] != title:
        rules.note_span(title, "title.span.item_time_word")  # --explain names it on the fact
    return title, season, decorated, labels


def _title_of(line: str, published: dt.date, heading: bool = False, tagged: bool = False
              ) -> tuple[str, int | None, bool, str] | None:
    """The one title an item line names, with its season, whether it carried any decoration
    (a network, a time, a season, a label) and its labels' words ("series premiere"); None
    when the line is no item. A show's ``heading`` over its fields keeps a year it ends on
    ("Dallas 1999": the title's, the fields hold the dates). A status item (``tagged``) reads
    a name in the parentheses that end it as its tag (``title.span.item_tag``)."""
    if len(line) > 160 or len(line.split()) > 20 or _TITLE_YEAR_RE.search(line):
        return None
    line = _RANK_RE.sub("", line, count=1)
    networks = vocabulary().networks
    season = _season_of(line)
    masked = _mask(line, _TIME_RE)
    decorated = masked != line or season is not None
    found = datemod.find_dates(masked, published, future=True)
    own_year = _HEADING_YEAR_END_RE.search(masked) if heading else None
    if own_year is not None and (masked.split()[0].lower().strip(".:") in _FILLER
                                 or _LISTING_KIND_RE.search(masked)):
        own_year = None  # "Premieres 2026", "New shows 2026": a label and its year
    if own_year is not None:
        # the title keeps a year read alone ("Dallas 1999"), not one a month or a season
        # takes ("January 2026", "Fall 2026": a date heading)
        kept = [m for m in found if not (m.start > own_year.start() and m.text.isdigit())]
        found, own_year = (kept, own_year) if len(kept) < len(found) else (found, None)
    for mention in reversed(found):
        masked = f"{masked[:mention.start]} | {masked[mention.end:]}"
    masked = _mask(masked, _SEASON_RE)
    tag = TRAILING_TAG_RE.search(masked.rstrip(" .*"))
    titles: list[str] = []
    cells: list[int] = []
    labels: list[str] = []
    described = False
    for raw in _SEPARATOR_RE.split(masked):
        segment = raw.strip(" .*\"“”'’")
        quoted = _QUOTED_RE.search(raw)
        if quoted and raw[:quoted.start()].strip() and \
                _is_decoration(raw[:quoted.start()], networks):
            decorated = True
            segment = quoted.group(1).strip()
        elif quoted and _OWNER_BEFORE_QUOTE_RE.search(raw[:quoted.start()]):
            # "Kestrel's \"Copper Vale\"", "Jane Doe's ‘Salt Road’": the owner's, then the
            # title the quotes hold (title.span.owner_of_quoted; round 23)
            segment = quoted.group(1).strip()
        if _CELL_NUMBER_RE.fullmatch(segment) and ("|" in line or "\t" in line):
            cells.append(int(segment))
            continue
        if _is_decoration(segment, networks):
            decorated = decorated or bool(segment)
            labels.append(segment)
            continue
        segment, stripped = _strip_networks(segment, networks)
        decorated = decorated or stripped
        words = segment.split()
        while words and words[-1].lower().strip(".") in _FILLER | _WEEKDAYS and len(words) > 1:
            labels.append(words.pop())
            decorated = True
        while words and words[0].lower().strip(".,") in _WEEKDAYS:
            words.pop(0)
        segment = " ".join(words)
        if segment and title_like(segment):
            titles.append(segment)
        elif segment:
            # a description ("new six-part drama") or a sentence: the title must be elsewhere
            described = True
    if tagged and len(titles) == 2 and tag is not None and not found \
            and titles[1] == tag.group(0).strip(" ()") and len(titles[1].split()) <= 3:
        # "Salt Road (Kestrel)": a name in the parentheses that end the item is its tag (a
        # network, a platform the vocabulary may not know), not a second title (not on an
        # item with a date: "Dallas 1999 (Kestrel)" may hold its title's year)
        labels.append(titles.pop())
        decorated = True
        rules.note_span(titles[0], "title.span.item_tag")
    if len(titles) != 1 or (described and not decorated):
        return None
    if season is None and len(cells) == 1:
        season, decorated = cells[0], True
    title = titles[0]
    words = title.split()
    if describes_next(words) or (len(words) > 1 and words[0] == "NEW" and not words[1].isupper()):
        # "Docuseries Glass Harbor (HBO)", "NEW Glass Harbor": the item's label, not its title
        # (as a sentence's "Docuseries Glass Harbor returns" is cut)
        labels.append(words.pop(0))
        title, decorated = " ".join(words), True
    first = title.split()[0].lower().strip(".'’!?")
    year = own_year.group(0).strip() if own_year is not None else ""
    undated = title[:-len(year)].rstrip() if year and title.endswith(f" {year}") else title
    if (not title_like(title) or sum(w.isdigit() for w in title.split()) > 1
            or title.lower() in networks or first in SECTION_LABELS
            or first in _WEEKDAYS or datemod.find_dates(undated, published)):
        return None
    return title, season, decorated, " ".join(labels)


_MONTH_NAMES = frozenset(datemod.MONTH_NAMES)


def _date_heading(line: str, published: dt.date) -> str | None:
    """A line that is only a date ("Sunday, Sept. 8", "Jan. 3", "October 2024",
    "Premiering Friday, Nov. 22"): the date it names."""
    if len(line) > 60:
        return None
    bare = line.strip(" .:*#")
    if bare.lower() in _MONTH_NAMES:
        month = datemod.month_name(bare)
        year = published.year + (month < published.month)
        return f"{year}-{month:02d}"
    found = _dates_in(line, published)
    if len(found) != 1:
        return None
    rest = line[:found[0].start] + " " + line[found[0].end:]
    words = [w.strip(".,:;()–—-*").lower() for w in rest.split()]
    if all(not w or w in _WEEKDAYS or w in ("of", "week", "in", "on", "the") for w in words):
        return found[0].value
    return None


#: Words of a heading that announces arrivals ("Coming in June", "New seasons this month",
#: "Premiering the week of June 3", "June premieres"), besides its date.
_ARRIVAL_WORDS = frozenset(
    "coming new premiering premieres premiere debuting debuts arriving arrivals returning "
    "returns season seasons series shows tv back".split())
#: The words that say what arrives: participles and plurals before or after the date ("Coming
#: in June", "June premieres"); a verb's third person only after it ("Returns Tuesday, Oct. 1"
#: under a show's heading is that show's field, not a section's heading).
_ARRIVAL_STEMS = frozenset("coming new premiering debuting arriving arrivals returning".split())
_ARRIVAL_AFTER_STEMS = frozenset("premieres returns debuts".split())


def _arrival_heading(line: str, published: dt.date) -> str | None:
    """A short heading that names a month, a week or a day and what arrives then ("Coming
    in June", "New seasons this month", "June premieres"): the date it names (the month's
    or the day's). Not a sentence, no title: every other word is one of a heading's."""
    words = line.split()
    if not 2 <= len(words) <= 8 or len(line) > 60 or re.search(r"[.!?:]$|:\s", line.strip()):
        return None  # a sentence, or a field ("Series premiere: Monday, Oct. 14")
    found = _dates_in(line, published)
    bare = [w for w in words if w.strip(".,:;*").lower() in _MONTH_NAMES]
    if not found and len(bare) == 1:  # "June premieres": a month's name alone
        month = datemod.month_name(bare[0].strip(".,:;*"))
        value = f"{published.year + (month < published.month)}-{month:02d}"
        at = line.index(bare[0])
        head, tail = line[:at], line[at + len(bare[0]):]
    elif len(found) != 1 or len(found[0].value) < 7:
        return None  # a year alone ("New shows 2031") is no month of arrivals
    else:
        value = found[0].value
        head, tail = line[:found[0].start], line[found[0].end:]
    before = [w.strip(".,;()–—-*").lower() for w in head.split()]
    after = [w.strip(".,;()–—-*").lower() for w in tail.split()]
    rest = [w for w in before + after if w]
    if not (any(w in _ARRIVAL_STEMS for w in rest)
            or any(w in _ARRIVAL_AFTER_STEMS for w in after)):
        return None
    if any(w in _ARRIVAL_AFTER_STEMS for w in before):
        return None
    if not all(w in _ARRIVAL_WORDS or w in _WEEKDAYS or w in ("of", "week", "in", "on", "the",
                                                             "this", "next", "for", "and")
               for w in rest):
        return None
    return value


def _is_prose(line: str) -> bool:
    """A paragraph of running text (mostly lower-case words), not a listing line."""
    if len(line) > 240:
        return True  # no listing line is this long
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 10 and sum(w[0].islower() for w in words) * 2 > len(words)


#: Every word a date phrase can need (``dates._FEATURE_STEMS``, the month stems), lower-cased.
_DATE_STEMS = tuple(stem for stems in datemod._FEATURE_STEMS.values() for stem in stems) \
    + datemod._MONTH_STEMS
#: The digits of a year: the date patterns that need only a digit ("iso", "year") match one.
_YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d\d")


def _may_hold_date(line: str) -> bool:
    """False when no date phrase can be found in ``line``, nor in it with parts blanked (a
    time slot, a title): a pattern of ``dates.find_dates`` runs only with its needs present
    (a year's digits, a slash, a stem or a month name), and blanking puts spaces in, so it
    makes none of them (a two-word stem's last word, "year", "july", "day", is a stem too)."""
    if "/" in line or _YEAR_DIGITS_RE.search(line):
        return True
    low = line.lower()
    return any(stem in low for stem in _DATE_STEMS)


def _premiere_item(line: str, title: str, season: int | None) -> tuple[str, int | None] | None:
    """The title and season of a premiere item, None for a finale, a special, a link."""
    if _NOT_PREMIERE_RE.search(line.replace(title, " ")):
        return None
    if season is None and _NEW_RE.search(line.replace(title, " | ")):
        season = 1
    return title, season


def listing_items(lines: Sequence[str], headline: str, published: dt.date) -> list[ListingItem]:
    """The premiere items of a listing page (``lines``: its non-empty lines, stripped)."""
    listing = bool(_LISTING_KIND_RE.search(headline)) and not _FINALE_LISTING_RE.search(headline)
    items: list[ListingItem] = []
    heading: str | None = None
    dated: list[tuple[int, ListingItem, bool]] = []
    inline: list[ListingItem] = []
    last: tuple[int, ListingItem] | None = None  # the last item read and its line
    for number, line in enumerate(lines):
        inline.extend(inline_items(line, published))
        if _is_prose(line):
            # A blurb under an item: the season it names is the item's, when the item's line
            # names none ("The drama returns for its third season ...").
            if last is not None and last[0] == number - 1 and last[1].season is None:
                _with_blurb_season(line, last[1], items, dated)
            if not items and not dated and _PROSE_LISTING_RE.search(line):
                listing = True
            continue
        dates_here = _may_hold_date(line)
        arrival = _arrival_heading(line, published) if dates_here else None
        if arrival is not None:
            # "Coming in June", "New seasons this month", "Premieres: week of June 3": the
            # page lists premieres from here on, each line under it in that month or week
            listing, heading = True, arrival
            continue
        day = _date_heading(line, published) if dates_here else None
        if day is not None:
            # the page's own date stamp at its top is no heading of the calendar
            stamp = number <= 3 and day == published.isoformat()
            heading = None if stamp else day
            continue
        if len(line.split()) <= 12 and not _ITEM_MARK_RE.search(line) \
                and (_LISTING_KIND_RE.search(line) or _FINALE_LISTING_RE.search(line)) \
                and not [m for m in _dates_in(line, published) if len(m.value) > 4] \
                and _names_no_show(line, published):  # a year may stand in it: "Fall TV 2024"
            # a heading: "Premiere dates", "New this week"; "Fall finales" ends a listing
            listing = not _FINALE_LISTING_RE.search(line)
            continue
        if heading is None and not dates_here:
            continue  # no date of its own and no date heading over it: no item
        shaped = False
        if listing and _several_on_a_date(line, published, dated):
            continue
        for part in _parts(line):
            before = (len(items), len(dated))
            shaped = _read_item(part, line, published, listing, heading, items, dated,
                                number) or shaped
            if (len(items), len(dated)) != before:
                last = (number, items[-1] if len(items) != before[0] else dated[-1][1])
        if not shaped and len(line.split()) <= 6 and not _SENTENCE_END_RE.search(line) \
                and not _NOT_SECTION_RE.search(line):
            heading = None  # another section ("Where to watch"): the date heading ends
    # A line with its own date counts beside another such line or under a date heading.
    if len(dated) >= 2 or items:
        items.extend(item for _, item, _ in dated)
    items.extend(_field_items(lines, published))
    return items + inline


def _several_on_a_date(line: str, published: dt.date,
                       dated: list[tuple[int, ListingItem, bool]]) -> bool:
    """A dated line of a premiere listing that names several shows and nothing else
    ("Sept. 12: Harbor Lights, Copper Field and Salt Road"): each show gets the date."""
    if len(line) > 200 or ("," not in line and " and " not in line):
        return False
    found = _dates_in(line, published)
    if len(found) != 1:
        return False
    key = datemod.sort_key(found[0].value)
    if key < published.isoformat()[:len(key)]:
        return False  # a past date over names: a link box's, a recap's
    rest = f"{line[:found[0].start]} | {line[found[0].end:]}"
    parts = [p.strip(" .:–—-\"“”") for chunk in rest.split("|")
             for p in _ITEM_SPLIT_RE.split(chunk)]
    titles = [p for p in parts if p and not _is_decoration(p, vocabulary().networks)]
    if len(titles) < 2 or not all(_inline_title(t) for t in titles):
        return False
    dated.extend((0, ListingItem(title, None, found[0].value, line, (line,)), True)
                 for title in titles)
    return True


#: An item whose date is not set yet: it takes no heading's date.
_UNDATED_RE = re.compile(r"(?i)\b(?:tba|tbd|tbc|to\sbe\s(?:announced|determined|confirmed)|"
                         r"no\s(?:premiere\s|release\s)?date|undated|coming\ssoon)\b")


#: Two shows on one line, each with its network: "A (ITV1), B (Channel 4)".
_PARTS_RE = re.compile(r"(?<=\))\s{0,2}(?:,|;|\sand)\s{1,2}(?=[A-Z0-9“\"])")


def _parts(line: str) -> list[str]:
    """The items of a line: itself, or its shows when it lists several with their networks."""
    parts = _PARTS_RE.split(line) if line.count("(") >= 2 and len(line) <= 200 else [line]
    return parts if all(")" in part for part in parts[:-1]) else [line]


def _read_item(line: str, whole: str, published: dt.date, listing: bool, heading: str | None,
               items: list[ListingItem], dated: list[tuple[int, ListingItem, bool]],
               number: int) -> bool:
    """One item line (or one show of a line that names several) read into ``items`` (under
    a date heading) or ``dated`` (with its own date); False when the line has no item's
    shape (a title and its decorations)."""
    parsed = _title_of(line, published)
    if parsed is None:
        return False
    title, season, decorated, labels = parsed
    if not (listing or _OWN_KIND_RE.search(labels)):
        return True  # the item's own kind word is a label, not a word of its description
    premiere = _premiere_item(line, title, season)
    if premiere is None or _UNDATED_RE.search(line):
        return True  # no premiere, or one whose date is still to be set ("– TBA")
    found = _dates_in(line.replace(title, " " * len(title)), published)
    # A bare "Title — Sept. 12" counts when its date is still to come: a dated headline of a
    # related-links box ("Glass Orchard Gets Premiere Date — Aug. 2") is a past one.
    if found and (decorated or (datemod.is_after(found[0].value, published)
                                and len(title.split()) <= 6)):
        dated.append((number, ListingItem(premiere[0], premiere[1], found[0].value, whole,
                                          (whole,)), decorated))
    elif heading is not None and decorated:
        items.append(ListingItem(premiere[0], premiere[1], heading, whole, (whole,)))
    return True


#: What a section heading ("Where to watch", "Related stories") never holds: an item's
#: parentheses, colon or number ("Sunset Drive (2019)").
_NOT_SECTION_RE = re.compile(r"[(:\d]")
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?$")


def _with_blurb_season(line: str, item: ListingItem, items: list[ListingItem],
                       dated: list[tuple[int, ListingItem, bool]]) -> None:
    """The season a blurb right under an item names, given to the item that names none."""
    season = _season_of(line[:300])
    if season is None:
        return
    # The item was read on the line above: it is the last of its list.
    if items and items[-1] is item:
        items[-1] = replace(item, season=season)
    if dated and dated[-1][1] is item:
        at, _, decorated = dated[-1]
        dated[-1] = (at, replace(item, season=season), decorated)


#: Where an inline item's text starts: after a colon, a sentence end, a comma, "and", a dash.
_ITEM_CUT_RE = re.compile(r"[:;!?]\s?|\.{1,4}\s?|,\s|\sand\s|\s[–—]\s|\(")
#: A calendar date (a month named, or a year), not a weekday or "next week".
_CALENDAR_DATE_RE = re.compile(
    r"(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:19|20)\d\d\b")
#: What joins two inline items: a comma, a semicolon, "and", "as well as".
_LIST_JOIN_RE = re.compile(r"(?i)[\s,;)]{0,4}(?:and|&|as\swell\sas|while|followed\sby|then)?"
                           r"[\s,;(]{0,4}")
#: What stands between an inline item's title and its date: "on", "returns", "(".
_ITEM_TAIL_RE = re.compile(
    r"(?i)(?:\s(?:on|premieres?|returns?|debuts?|arrives?|launches|drops|lands|is\sback|"
    r"comes\sback|will\s(?:return|premiere|debut|launch)|starts?|begins?|which|that|is|are|"
    r"set\sfor|due|slated\sfor)\b|\s?[(–—:,-])+\s{0,3}$")


#: An inline item's note right before its date, closed or cut by the date: "(Season 2)",
#: "(Netflix, season 3, " (the date inside the parenthesis), or its season ("A season 2 (").
_ITEM_NOTE_RE = re.compile(r"\s{0,2}\((?:[^()]{1,40}\)|[^()]{1,40}$)\s{0,2}$"
                           r"|\s(?i:season|series)\s\d{1,2}\s{0,2}$")
#: A lead-in that says the dated items after it are seasons arriving: "New seasons in June:",
#: "Coming back this summer:", "Returning in June are ...", "Premiering next month:".
_INLINE_LEAD_RE = re.compile(
    r"(?i)\b(?:new\s(?:seasons?|episodes)|coming\sback|returning|premiering|arriving|"
    r"debuting|back\sfor\s(?:new|more)\sseasons?)\b[^.!?]{0,40}(?::|\bare|\binclude)?\s{0,3}$")
#: Words one of which an inline list's paragraph holds (its governing phrase or verb).
_INLINE_STEMS = ("premier", "return", "debut", "date", "schedule", "calendar", "slate",
                 "launch", "arriv", "line-up", "lineup", "new")


def _trailing_title(text: str) -> str:
    """The capitalised words that end ``text`` ("set return dates for Harbor Lights" ->
    "Harbor Lights"), with the connectors between them ("Lord of the Rings")."""
    words = text.split()
    keep = 0
    for i in range(len(words) - 1, -1, -1):
        word = words[i].strip("\"“”‘’'")
        if word[:1].isupper() or word[:1].isdigit():
            keep = len(words) - i
        elif word.lower() not in _TITLE_CONNECTORS:
            break
    return " ".join(words[len(words) - keep:]) if keep else ""


_TITLE_CONNECTORS = frozenset("of the and & a an in on at to for with from or".split())


def _inline_title(title: str) -> bool:
    """A title of an inline list item: a few capitalised words, not a network or a day."""
    words = title.split()
    first = words[0].lower().strip(".'’!?") if words else ""
    return (1 <= len(words) <= 8 and title_like(title)
            and title.lower() not in vocabulary().networks and first not in SECTION_LABELS
            and first not in _WEEKDAYS and first not in ("and", "on", "in", "by"))


def inline_items(line: str, published: dt.date) -> list[ListingItem]:
    """Lists inside a paragraph: a premiere-dates phrase and then "Title on DATE" items
    ("set premiere dates for its slate: A on Jan. 8, B on Jan. 15 and C on Feb. 2"; "A
    returns Feb. 9, B on Feb. 16"): each item's date is its own. At least two items in a
    row, joined by commas or "and"; the list is governed by a listing phrase before it
    ("premiere dates", "return dates", "schedule") or by its first item's verb."""
    if len(line) > 2000 or line.count(" ") < 5:
        return []
    low = line.lower()
    if not any(stem in low for stem in _INLINE_STEMS):
        return []  # no premiere or dates word: no list of premieres
    months = _CALENDAR_DATE_RE.finditer(line)
    if next(months, None) is None or next(months, None) is None:
        return []  # most paragraphs name fewer than two dates: skip the date patterns
    found = _dates_in(line, published)
    if len(found) < 2:
        return []
    runs: list[list[ListingItem]] = []
    run: list[ListingItem] = []
    governed = False
    previous = 0
    for mention in found:
        before = line[previous:mention.start]
        tail = _ITEM_TAIL_RE.search(before)
        area = before[:tail.start()].rstrip(" \"“”‘’'") if tail else ""
        # the item's own note between its title and its date: "A (Season 2) on June 3",
        # "A (Netflix, season 2, June 3)": no part of the title (its season is read below)
        area = _ITEM_NOTE_RE.sub("", area).rstrip(" \"“”‘’'")
        cuts = list(_ITEM_CUT_RE.finditer(area))
        title = _trailing_title(area[cuts[-1].end():] if cuts else area)
        start = previous + len(area) - len(title)  # where the title starts in the line
        text = line[start:mention.start]
        joined = not run or _LIST_JOIN_RE.fullmatch(line[previous:start].strip("\"“”‘’'"))
        item = (tail is not None and bool(title) and _inline_title(title)
                and _CALENDAR_DATE_RE.search(mention.text) is not None
                and not _NOT_PREMIERE_RE.search(text))
        if not (item and joined):
            if len(run) >= 2 and governed:
                runs.append(run)
            run = []
        if item and tail is not None:
            if not run:
                governed = bool(_LISTING_KIND_RE.search(line[:start])
                                or _OWN_KIND_RE.search(tail.group(0))
                                or _INLINE_LEAD_RE.search(line[:start]))
            run.append(ListingItem(title, _season_of(text), mention.value, line))
        previous = mention.end
    if len(run) >= 2 and governed:
        runs.append(run)
    return [item for items in runs for item in items]


#: "after one season", "after 3 seasons": the last season made.
_AFTER_SEASONS_RE = re.compile(rf"(?i)\bafter\s(?:just\s|only\s)?(?P<n>\d{{1,2}}|{_NUMBER})"
                               r"\sseasons?\b|\bafter\s(?:season|series)\s(?P<m>\d{1,2})\b")
#: A renewal's own word in a status value: without one, a return ("Returning for season 3",
#: "Coming back", "Back") beside a date field is the premiere the box dates, no decision.
_RENEWAL_WORD_RE = re.compile(r"(?i)\b(?:renew|pick(?:ed)?\s?up)")


def _decision(value: str, dated: bool = False) -> tuple[str, int | None] | None:
    """The decision a status field states (``sections.status_verdict``, the reader of a
    table's status cell too) and the season it concerns; a return told with no renewal word
    in a box that dates it (``dated``) is none (the box's premiere)."""
    kind = status_verdict(value)
    if kind is None or kind == "renewed" and dated and not _RENEWAL_WORD_RE.search(value):
        return None
    return kind, _status_season(kind, value)


#: The words that may lead a status's time ("Renewed in May", "Cancelled as of March").
_DECISION_TIME_LEADS = frozenset(("", "in", "on", "since", "as of"))


def status_date(value: str, published: dt.date) -> str | None:
    """The date a status value gives its decision ("Renewed in May", "Cancelled in March
    2025"; ``sections.verdict_when``): its time read as the latest past one (a status tells
    a decision made), or None when the value is more than its verdict and one date."""
    when = verdict_when(value)
    return None if when is None else decision_date(when, published)


def decision_date(when: str, published: dt.date) -> str | None:
    """The date a status's time phrase ``when`` names ("in May": the latest past May), or None
    when it is not one date and nothing else."""
    if not any(when.lower().startswith(f"{lead} ") for lead in _DECISION_TIME_LEADS if lead):
        when = f"in {when}"  # "Axed (January)": a month alone is read after its preposition
    found = datemod.find_dates(when, published, future=False)
    lead = when[:found[0].start].strip().lower() if len(found) == 1 else "?"
    if lead not in _DECISION_TIME_LEADS or not when.endswith(found[0].text.strip(" ,.")):
        return None
    return found[0].value


def _when_item(heading: str, when: str, published: dt.date) -> ListingItem | None:
    """A show heading over the line that says when it airs ("Harbor Lights (NBC)" over
    "Premieres Sunday, Sept. 8 at 8 p.m.")."""
    parsed = _title_of(heading, published, heading=True)
    found = _dates_in(when, published)
    if parsed is None or not found or _NOT_PREMIERE_RE.search(when):
        return None
    title, season, _, _ = parsed
    season = season if season is not None else _season_of(when)
    if season is None and _NEW_RE.search(when):
        season = 1
    return ListingItem(title, season, found[0].value, heading, (heading, when))


def _field_items(lines: Sequence[str], published: dt.date) -> list[ListingItem]:
    """Show headings with their fields under them ("Harbor Lights" over "Premiere date: Sunday,
    Sept. 8" and "Status: Returning for season 3")."""
    items: list[ListingItem] = []
    for number, line in enumerate(lines):
        if ":" in line or len(line.split()) > 10 or number + 1 >= len(lines):
            continue
        when_line = lines[number + 1]
        if _WHEN_LINE_RE.match(when_line) and len(when_line.split()) <= 12:
            item = _when_item(line, when_line, published)
            if item is not None:
                items.append(item)
            continue
        if not _FIELD_RE.match(lines[number + 1]):
            continue
        parsed = _title_of(line, published, heading=True)
        if parsed is None:
            continue
        title, season, _, _ = parsed
        date: str | None = None
        new = False
        skip = False
        statuses: list[str] = []  # the status fields' values, read for a decision below
        fields: list[str] = []
        for field in lines[number + 1:number + 8]:
            if not _FIELD_RE.match(field):
                break
            fields.append(field)
            value = field.split(":", 1)[1]
            shoot = _SHOOT_FIELD_RE.match(field)
            if shoot:
                items.extend(_shoot_field_items(title, season, line, field,
                                                shoot.group("value"), published))
            when = _DATE_FIELD_RE.match(field)
            if when and date is None:
                found = _dates_in(when.group("value"), published)
                date = found[0].value if found else None
            if _STATUS_FIELD_RE.match(field):
                statuses.append(value)
                season = season or _season_of(value)
                new = new or bool(_NEW_RE.search(value) or re.search(r"(?i)\bnew\b", value))
                skip = skip or bool(_NOT_PREMIERE_RE.search(value))
        decision, decided = next(((told, value) for value in statuses
                                  if (told := _decision(value, date is not None)) is not None),
                                 (None, ""))
        if decision is not None and not STATUS_HEDGE_RE.search(
                without_month_may(" ".join(fields))):
            items.append(ListingItem(title, decision[1], status_date(decided, published), line,
                                     (line, *fields), decision[0]))
            continue
        if date is None or skip:
            continue
        items.append(ListingItem(title, season if season is not None else (1 if new else None),
                                 date, line, (line, *fields)))
    return items


def _shoot_field_items(title: str, season: int | None, line: str, field: str, value: str,
                       published: dt.date) -> list[ListingItem]:
    """A shoot field's start, and its wrap when the field gives a span ("May–August 2026",
    "4 May to 28 August 2026"): one item each, on the heading's line."""
    labelled = f"Filming: {value}"  # the label's colon opens a span ("dates.intervals")
    found = datemod.find_dates(labelled, published)
    if not found:
        return []
    spans = datemod.intervals(labelled, found)
    start, end = spans[0] if spans else (found[0], None)
    items = [ListingItem(title, season, start.value, line, (line, field), "filming_started")]
    if end is not None:
        items.append(ListingItem(title, season, end.value, line, (line, field),
                                 "filming_wrapped"))
    return items


#: A status label leading a line of titles: "Renewed: A, B, C", "Cancelled – A (CBS), B".
_STATUS_LEAD_RE = re.compile(
    r"(?i)^\W{0,3}(?P<kind>renewed|renewals|cancell?ed|canceled|cancellations|axed)"
    r"(?:\s(?:shows|series))?\s?[:–—-]\s?(?P<rest>\S.{0,400})$")
_STATUS_KINDS = {"renew": "renewed", "cance": "cancelled", "axed": "cancelled"}
#: The items of a status line: "A (NBC), B (Fox) and C".
_ITEM_SPLIT_RE = re.compile(r"\s?(?:,|;|\sand\s|\s&\s)\s?(?![^()]*\))")


#: One line of several labelled lists ("Renewed: A, B; Cancelled: C; Still waiting: D."): each
#: part opens with a label (``lists.LABEL_OPENING_RE``), the lists are parted by semicolons
#: or (round 35) full stops ("Renewed: A, B. Cancelled: C."; a full stop before words that
#: open no label, "Mr. Robot", stays inside its part).
_PART_SPLIT_RE = re.compile(r"([;.])\s{1,3}")


def _labelled_parts(line: str) -> list[str]:
    """The parts of a line of labelled lists, each label governing its items up to the next
    label; [] unless every part is labelled, two at least, one a status label."""
    if (";" not in line and ". " not in line) or len(line) > 400 or \
            not LABEL_OPENING_RE.match(line.strip()):
        return []  # (the first part opens the line: a line that opens no label has none)
    pieces = _PART_SPLIT_RE.split(line)
    joined = [pieces[0]]
    for stop, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if stop == "." and not LABEL_OPENING_RE.match(piece):
            joined[-1] = f"{joined[-1]}. {piece}"  # a full stop inside a part
        else:
            joined.append(piece)
    parts = [part.strip().rstrip(".").strip() for part in joined]
    if len(parts) < 2 or not all(LABEL_OPENING_RE.match(part) for part in parts):
        return []
    return parts if any(_STATUS_LEAD_RE.match(part) for part in parts) else []


#: A status word of the line's own: "Title Network Renewed" is a row of its own status.
_OWN_STATUS_RE = re.compile(r"(?i)\b(?:renewed|cancell?ed|canceled|ended|ending|returning)\b")


def _status_kind(word: str) -> str:
    return next(kind for stem, kind in _STATUS_KINDS.items() if word.lower().startswith(stem))


def _status_season(kind: str, text: str) -> int | None:
    """The season a scorecard item concerns: the one renewed ("season 4", "for a fourth
    season"), or the last one made ("after two seasons")."""
    if kind == "cancelled":
        after = _AFTER_SEASONS_RE.search(text)
        if after is not None:
            word = (after.group("n") or after.group("m")).lower()
            return int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    return _season_of(text)


def _status_line_items(text: str, kind: str, published: dt.date, bare: bool = False
                       ) -> list[tuple[str, int | None]]:
    """The shows of one scorecard line: a title with its decorations, or several titles
    separated by commas or "and" (each a title with its own decorations); with ``bare`` (a
    labelled part of a line, "...; Cancelled: Copper Vale") a bare title too."""
    if text.rstrip().endswith(":") or "/" in text or _OWN_STATUS_RE.search(text):
        return []  # a lead-in, a photo credit, a table row with its own status
    parts = [part for part in _ITEM_SPLIT_RE.split(text) if part.strip()]
    found: list[tuple[str, int | None]] = []
    for part in parts if len(parts) > 1 else [text]:
        parsed = _title_of_item(part.strip(), published, _PART_INNER)
        if parsed is None or (len(parts) == 1 and not parsed[2] and not bare):
            return []  # a sentence, or a bare title (status_list_facts reads those)
        title, season, _, _ = parsed
        found.append((title, season if season is not None else _status_season(kind, part)))
    return found


#: A scorecard line's verdict after its title: "Harbor Lights (NBC) – Renewed for season 4",
#: "Marrow Creek, NBC: Cancelled", "Copper Field — CANCELED".
_VERDICT_RE = re.compile(
    r"(?i)(?:[–—|:,.]|\s-|\))\s{0,3}(?P<status>(?:officially\s)?(?P<kind>renewed|cancell?ed|"
    r"canceled|axed)\b[^|]{0,80})$")


def _verdict_line(line: str, published: dt.date
                  ) -> tuple[str, str, int | None, str | None] | None:
    """The show, status, season and date of a scorecard line "Title (Network) – Renewed ..."
    (the date of a status that is its verdict and a time: "– Renewed in May")."""
    verdict = _VERDICT_RE.search(line) if len(line) <= 160 else None
    if verdict is None or STATUS_HEDGE_RE.search(without_month_may(verdict.group("status"))):
        return None
    head = line[:verdict.start("status")].rstrip()
    if head.endswith("."):  # "Title: Never in doubt. Officially renewed.": the title leads
        head = head.split(":", 1)[0] if ":" in head else ""
    head = head.rstrip(" –—|:,-")
    if not head or head.count(" ") > 10:
        return None
    parsed = _title_of_item(head, published, _HEAD_INNER, heading=True)
    if parsed is None:
        return None
    kind = _status_kind(verdict.group("kind"))
    return (parsed[0], kind, parsed[1] or _status_season(kind, verdict.group("status")),
            status_date(verdict.group("status"), published))


#: A blurb's season for the entry its status line leads: the run a cancellation ended ("the
#: network dropped it after a single season", "lasted three seasons") or the season a renewal
#: orders ("the comedy comes back for a fifth season", "for season 5").
_BLURB_RUN_RE = re.compile(
    rf"(?i)\b(?:after|lasted|ran\s(?:for\s)?)\s(?:just\s|only\s)?(?P<n>\d{{1,2}}|{_NUMBER})"
    r"\s(?:seasons?|series)\b|\bafter\s(?:a\s|its\s)?(?P<one>single|lone|first)\s(?:season|series)\b")
_BLURB_ORDER_RE = re.compile(
    rf"(?i)\b(?:for|into)\s(?:a\s|an\s|its\s|their\s)?(?:(?P<ord>{_ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))"
    rf"\s(?:season|series)\b|(?:season|series)\s(?P<n>\d{{1,2}}|{_NUMBER})\b)")


def blurb_season(kind: str, blurb: str) -> int | None:
    """The season an entry's blurb gives the entry's show (None when it names none). A
    cancellation takes only a run the blurb counts: a season it names may be one given up
    before it was made ("stopped work on its fourth season"), and a cancellation
    carries the last season made."""
    if kind == "cancelled":
        run = _BLURB_RUN_RE.search(blurb)
        if run is None:
            return None
        if run.group("one"):
            return 1
        word = run.group("n").lower()
        return int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    order = _BLURB_ORDER_RE.search(blurb)
    if order is None:
        return None
    if order.group("ord"):
        return ordinal_number(order.group("ord"))
    word = order.group("n").lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _entry_blurb(lines: Sequence[str], index: int) -> str:
    """The paragraph under a status line ("Cancelled: Title (Network)" over a sentence about
    it), or "" when the next line is no such paragraph (another entry, a heading)."""
    if index + 1 >= len(lines):
        return ""
    blurb = lines[index + 1]
    if _STATUS_LEAD_RE.match(blurb) or STATUS_HEADING_RE.match(blurb) or not _is_prose(blurb):
        return ""
    return blurb[:600]


def status_items(lines: Sequence[str], published: dt.date) -> list[ListingItem]:
    """Scorecards: a status heading ("Renewed", "CANCELLED", "Likely to be renewed") over
    lines of titles, a status label leading its line ("Renewed: A, B, C"), or lines that end
    with their verdict ("Harbor Lights (NBC) – Renewed for season 4", two at least); each show
    gets the status. A heading's section runs until the next status heading, a paragraph of
    prose, or a line that is no list of titles."""
    items: list[ListingItem] = []
    section: tuple[str, str] | None = None
    # Undated: a scorecard's verdicts and a section's items are often a season's tally.
    verdicts = [(line, _verdict_line(line, published)) for line in lines]
    if sum(verdict is not None for _, verdict in verdicts) >= 2:  # a scorecard, not one line
        items.extend(ListingItem(title, season, date, line, (line,), kind, "confirmed")
                     for line, found in verdicts if found is not None
                     for title, kind, season, date in [found])
    verdict_lines = {item.line for item in items}
    for at, line in enumerate(lines):
        if line in verdict_lines:
            continue
        parts = _labelled_parts(line)
        if parts:
            # each label governs its own list: "Cancelled" ends the renewals before it; the
            # line is the listing's (the sentence rules let one status word govern it all)
            section = None
            for part in parts:
                lead = _STATUS_LEAD_RE.match(part)
                if lead:
                    kind = _status_kind(lead.group("kind"))
                    items.extend(
                        ListingItem(title, season, None, line, (line,), kind, "confirmed")
                        for title, season in _status_line_items(
                            lead.group("rest"), kind, published, bare=True))
            continue
        heading = STATUS_HEADING_RE.match(line) if len(line.split()) <= 7 else None
        if heading:
            section = (_status_kind(heading.group("kind")),
                       "speculative" if heading.group("hedge") else "confirmed")
            continue
        lead = _STATUS_LEAD_RE.match(line) if len(line) <= 400 else None
        if lead:
            kind, certainty = _status_kind(lead.group("kind")), "confirmed"
            text = lead.group("rest")
        elif section is not None and not _is_prose(line):
            kind, certainty, text = section[0], section[1], line
        else:
            section = None
            continue
        shows = _status_line_items(text, kind, published)
        if not shows:
            section = None if not lead else section
            continue
        if lead and len(shows) == 1 and shows[0][1] is None:
            # "Cancelled: Title (Network)" over "The thriller ends after two seasons.": the
            # entry's blurb says which season
            shows = [(shows[0][0], blurb_season(kind, _entry_blurb(lines, at)))]
        for title, season in shows:
            # a line led by its status is also a sentence the rules read (and date by the
            # publication month, news of the day): it stays theirs too
            items.append(ListingItem(title, season, None, line, () if lead else (line,),
                                     kind, certainty))
    return items
