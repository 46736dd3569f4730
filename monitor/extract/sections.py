"""Headed sections and line-structured documents.

Round-ups, scorecards and trackers put a show's title at the head of a line and say what
happened to it below or after it:

    #2 Harbor Lights (The CW)
    The drama's seventh and final season will premiere on May 20.

    • Salt Road: This legal drama was cancelled after two seasons.

    Tin Roof: A safe bet. Officially renewed.

The heading's title is the subject of the text under it until the next heading: a sentence
there that names no show ("the drama", "it", or nothing at all) is about the heading's show.
This module reads only the shape of the lines; the caller decides what a sentence states.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..models import TABLE_CELL_SEPARATOR
from .dates import CALENDAR_CAPITALS
from .patterns import NUMBER_WORDS, STATUS_HEADING_RE
from .prefilter import widest_match
from .showwords import LEAD_IN_KINDS, SHOW_NOUN_ALT, kind_alt
from .titles import judge, network_names, section_labels, shown_networks, vocabulary

#: A bullet or a rank before a heading: "•", "-", "#2", "2.", "2)".
_BULLET = r"(?:[•*·▪◦►♦■–—-]|#\s?\d{1,3}[.:)]?|\d{1,3}[.)])"
#: A heading line on its own: a bullet or rank, a title, maybe "(Network)".
_HEADING_RE = re.compile(
    rf"^\s{{0,8}}{_BULLET}\s{{0,3}}(?P<title>[^\s:()•](?:[^:()•]|:\s(?=[A-Z0-9])){{0,79}})"
    r"(?:\((?P<note>[^()]{1,40})\))?\s{0,8}$"
)
#: A line led by its title: "• Title: what happened", "Title: A safe bet. Officially renewed."
_LEAD_RE = re.compile(
    rf"^\s{{0,8}}(?P<bullet>{_BULLET}\s{{0,3}})?(?P<title>[^\s:•][^:•]{{0,59}}):\s{{1,4}}"
    r"(?P<rest>\S)"
)
#: A tag in parentheses that ends a title's span ("Salt Road (Kestrel)", "Salt Road (2019)"):
#: the network's or the year's, no part of the title (a status line's, a lead heading's).
TRAILING_TAG_RE = re.compile(r"\s{0,2}\([^()\n]{1,30}\)$")
#: A heading glued to its text by lost markup: "Tin RoofA safe bet." -> "Tin Roof: A safe bet."
_GLUED_LEAD_RE = re.compile(
    r"^(?P<title>[A-Z0-9][^.:!?]{0,60}?[a-z])(?=(?:A|An|The|This|It)\s[a-z])")
#: Where every glued heading ends: a lower-case letter, then the text's first capital.
_GLUE_POINT_RE = re.compile(r"[a-z][ATI]")
_GLUED_LEAD_WIDTH = widest_match(_GLUED_LEAD_RE)
#: Labels that lead a line without being a show ("Update: ...", "Photo: ...", "Oops!"): data,
#: the section_labels of ``data/title_vetoes.json``.
SECTION_LABELS = section_labels()
_CONNECTORS = frozenset("of the and & a an in on at to for with from or vs vs. de la".split())


#: One-word networks that lead an item as its home ("Netflix Glass Harbor" in a scorecard's
#: section): a streamer's or channel's name that no title starts with. Names of two words
#: or more, acronyms and names with "+" count as written (``network_names``); single words
#: that open titles ("Sky", "Global", "History", "Max", "Nine") do not.
_ITEM_NETWORK_WORDS = frozenset(
    "Netflix Hulu Peacock Showtime Starz Syfy SyFy Freeform Cinemax Crunchyroll Epix Quibi "
    "BritBox Shudder Funimation Tubi Lifetime Bravo".split())


def without_leading_network(title: str) -> str:
    """A layout item's title without the network written before it ("Netflix Glass Harbor",
    "Apple TV+ Salt Road", "HBO Tin Roof" -> the show's name): a scorecard names the home
    first where prose writes "Netflix's". Only when a title is left (one capitalised word
    at least) and the network is written as one (an acronym, a "+", two words or more, or a
    streamer's own one-word name)."""
    words = title.split()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        head = " ".join(words[:size])
        if head not in network_names():
            continue
        if size == 1 and not (head in _ITEM_NETWORK_WORDS or "+" in head or (
                head.isupper() and len(head.strip("&+")) >= 2)):
            return title
        rest = " ".join(words[size:])
        return rest if title_like(rest) and rest[:1].isupper() else title
    return title


@dataclass(frozen=True)
class Heading:
    """A title at the head of a line; ``inline``: the line goes on with its text."""

    title: str
    inline: bool
    bulleted: bool


#: A line that holds only its title and a colon: "Tin Roof:" above "Officially renewed."
_BARE_LEAD_RE = re.compile(
    rf"^\s{{0,8}}(?:{_BULLET}\s{{0,3}})?(?P<title>[^\s:•][^:•]{{0,59}}):\s{{0,8}}$")


def join_bare_leads(lines: Sequence[str]) -> list[str]:
    """A scorecard whose titles stand alone above their text ("Tin Roof:" then "A safe bet.
    Officially renewed."): each title line and the line under it are one entry line, as
    "Tin Roof: A safe bet. Officially renewed." would be. Only inside a scorecard (an entry
    line "Title: text" or another bare title next to it): a lone "Scheduling:" over a
    paragraph is a section label."""
    bare = [_bare_title(line) for line in lines]
    entry = [bool(b) or ((h := heading_of(line)) is not None and h.inline)
             for line, b in zip(lines, bare, strict=True)]
    joined: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if bare[i] and i + 1 < len(lines) and not entry[i + 1] and (
                (i > 0 and entry[i - 1]) or (i + 2 < len(lines) and entry[i + 2])):
            joined.append(f"{line.rstrip()} {lines[i + 1].strip()}")
            i += 2
            continue
        joined.append(line)
        i += 1
    return joined


def _bare_title(line: str) -> bool:
    """A line that is a title and a colon only ("Tin Roof:")."""
    match = _BARE_LEAD_RE.match(line)
    return match is not None and title_like(match.group("title").strip().strip("\"“”‘’'*_"))


def unglue_lead(line: str) -> str:
    """Split a heading glued to its text ("Tin RoofA safe bet.") at the lost separator."""
    if not _GLUE_POINT_RE.search(line, 0, _GLUED_LEAD_WIDTH + 1):
        return line  # no lower-case letter meets "A", "The", "This" or "It" within its reach
    return _GLUED_LEAD_RE.sub(r"\g<title>: ", line, count=1)


def title_like(title: str) -> bool:
    """Capitalised words with connectors between them, at most ten (and a subtitle in
    parentheses: "Notes from the Lighthouse (and Other Places)"), not a label."""
    words = title.split()
    outside = re.sub(r"\([^()]{1,60}\)", "", title).split()
    if not 1 <= len(outside) <= 10 or len(words) > 16:
        return False
    if words[0].lower().strip("'’!?.") in SECTION_LABELS and len(words) <= 2:
        return False
    if not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    for word in words:
        core = word.strip("\"“”‘’'.,!?()")
        if not core:
            continue
        if not (core[:1].isupper() or core[:1].isdigit() or core.lower() in _CONNECTORS
                or not core[:1].isalpha()):
            return False
    return True


def _untagged(title: str) -> str:
    """``title`` without the tag in parentheses that ends it ("Salt Road (Kestrel)" -> "Salt
    Road"), a tag opening with a capital or a digit (a title's own words in parentheses, "How
    to Win (for the Rest of Us)", and a title all in parentheses stay as they are)."""
    tag = TRAILING_TAG_RE.search(title)
    if tag is None or not tag.group(0).strip(" (")[:1].isupper() and \
            not tag.group(0).strip(" (")[:1].isdigit():
        return title
    return title[:tag.start()].strip() or title


def heading_of(line: str) -> Heading | None:
    """The heading a line starts with, if its shape is one."""
    match = _HEADING_RE.match(line)
    if match:
        title = match.group("title").strip().strip("\"“”‘’'*_")
        if title_like(title):
            return Heading(title, inline=False, bulleted=True)
    # a title, then a dash between spaces within the widest match: the line's first test
    dashed = _DASH_LEAD_RE.match(line) if _SPACED_DASH_RE.search(line, 0, _DASH_LEAD_WIDTH) \
        else None
    if dashed:
        title = _untagged(dashed.group("title").strip().strip("\"“”‘’'*_"))
        if title_like(title):
            return Heading(title, inline=True, bulleted=bool(dashed.group("bullet")))
    match = _LEAD_RE.match(line)
    if match:
        title = _untagged(match.group("title").strip().strip("\"“”‘’'*_"))
        if title_like(title):
            subtitle = _SUBTITLE_LEAD_RE.match(line, match.start("rest"))
            if subtitle and title_like(sub := subtitle.group("sub").strip()) and \
                    not STATUS_HEADING_RE.match(sub):
                title = f"{title}: {sub}"  # "• Harbor Lights: The Next Tide: the comedy ..."
            return Heading(title, inline=True, bulleted=bool(match.group("bullet")))
    return None


#: A line led by its title and a dash, then a sentence about it: "Title — The drama was
#: cancelled after two seasons." (a verdict after the dash, "Title — Renewed", is a status
#: line's, read as one: ``list.status_line``)
_DASH_LEAD_RE = re.compile(
    rf"^\s{{0,8}}(?P<bullet>{_BULLET}\s{{0,3}})?(?P<title>[^\s:•—–](?:[^:•—–]|:\s(?=[A-Z0-9]))"
    r"{0,59}?)\s{1,3}[—–-]\s{1,3}(?=[\"“]?(?:The|This|That|These|It|Its|It's|It’s|After|"
    r"Following|Despite|Though|Although|While|With|Once|When)\s)")
#: What every match of ``_DASH_LEAD_RE`` holds within its span: a dash between spaces.
_SPACED_DASH_RE = re.compile(r"\s[—–-]\s")
_DASH_LEAD_WIDTH = widest_match(_DASH_LEAD_RE)


#: A lead title's own subtitle before the line's colon: "Harbor Lights: |The Next Tide|: ...".
_SUBTITLE_LEAD_RE = re.compile(r"(?P<sub>[A-Z0-9][^:•.!?]{0,59}):\s{1,4}\S")


def line_topics(lines: Sequence[str], states_event: Callable[[str], bool] | None = None
                ) -> list[str | None]:
    """For each line, the title of the heading it stands under (or leads with), else None.

    A line led by "Title:" counts as a heading when it is bulleted or one of a run of at least
    three such lines (a scorecard); a bulleted or ranked title alone on a line always does.
    ``states_event``: whether a sentence states an event (``plain_headings``).
    """
    headings = [heading_of(line) for line in lines]
    for i, title in plain_headings(lines, states_event).items():
        headings[i] = Heading(title, inline=False, bulleted=True)
    inline_run = [False] * len(lines)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and headings[end] is not None and headings[end].inline:  # type: ignore[union-attr]
            end += 1
        if end - start >= 3:
            for i in range(start, end):
                inline_run[i] = True
        start = end + 1 if end == start else end
    topics: list[str | None] = []
    topic: str | None = None
    for i, heading in enumerate(headings):
        if heading is not None and (not heading.inline or heading.bulleted or inline_run[i]):
            topic = heading.title
        topics.append(topic)
    return topics


#: A plain heading line (its markup lost): a title and maybe "(Network)", nothing else.
_PLAIN_HEADING_RE = re.compile(
    r"^\s{0,8}[\"“‘']?(?P<title>[A-Z0-9](?:[^:()•.;]|:\s(?=[A-Z0-9])){0,79}?"
    r"[^\s:()•.;,\"”’'])[\"”’']?"
    r"(?:\s{1,3}\((?P<note>[^()]{1,40})\))?"
    r"(?:\s{1,3}(?:[-–—:]\s{1,3})?(?P<label>(?:(?:Premiere|Release|Return|Air|Debut)\s"
    r"(?:Date|Time|Window)s?|Renewal\sStatus)(?:\s(?:and|&)\s[A-Z][\w\s]{0,30})?|"
    r"(?(note)(?:Premieres?|Returns?|Debuts?)|(?!))))?\s{0,8}$")
#: The most characters a plain heading's match spans: a longer line is none.
_PLAIN_HEADING_WIDTH = widest_match(_PLAIN_HEADING_RE)
#: The characters a plain heading holds only inside its note's brackets.
_STOP_RE = re.compile(r"[.;]")


def _plain_heading(line: str) -> re.Match[str] | None:
    """``_PLAIN_HEADING_RE.match(line)``, with the lines it cannot match refused first (~10
    µs a prose line, re trying the heading's end at each of its title's 80 characters): one
    longer than its widest match (and a line break before its end), or one with a "." or ";" before
    any "(" (none can stand in a heading outside its note)."""
    if len(line) > _PLAIN_HEADING_WIDTH + 1:
        return None
    stop = _STOP_RE.search(line)
    if stop is not None and line.find("(", 0, stop.start()) < 0:
        return None
    return _PLAIN_HEADING_RE.match(line)


#: The text under a round-up's heading speaks of the heading's show: "The drama was ...",
#: "This comedy ...", "The Jane Doe-led series ...".
_UNDER_HEADING_REFERENCE_RE = re.compile(
    rf"^[\"“‘']?(?:The|This|That)\s(?:[\w'’.-]+\s){{0,3}}?(?:{SHOW_NOUN_ALT})\b")
_SEASON_WORDS_RE = re.compile(r"(?i)\b(?:season|series|episodes?|part|volume)\s+\d")


#: A heading's own season: "Glass Harbor (Season 2)", "(Series 3)".
_NOTE_SEASON_RE = re.compile(r"(?i)^(?:season|series)\s{1,2}(?P<n>\d{1,2})$")


def heading_season(line: str) -> int | None:
    """The season a plain heading's note names ("Glass Harbor (Season 2) Premiere" -> 2)."""
    match = _plain_heading(line)
    note = match.group("note") if match else None
    found = _NOTE_SEASON_RE.match(note.strip()) if note else None
    return int(found.group("n")) if found else None


#: A month's or a day's name: the line under a premiere label holds its date (and a sentence
#: without one holds none).
DATE_WORD_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|"
    r"June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b")
#: A heading's label that says what the section tells of its show: its premiere.
_PREMIERE_LABEL_RE = re.compile(r"(?i)^(?:premiere|release|return|air|debut|premieres|returns|"
                                r"debuts)\b")


def heading_kind(line: str) -> str | None:
    """The kind a plain heading's label names ("Glass Harbor (Season 2) Premiere", "Salt Road
    Release Date" -> "premiere"), else None."""
    match = _plain_heading(line)
    label = match.group("label") if match else None
    return "premiere" if label and _PREMIERE_LABEL_RE.match(label) else None


def plain_headings(lines: Sequence[str], states_event: Callable[[str], bool] | None = None
                   ) -> dict[int, str]:
    """Title lines with no bullet that head a round-up's paragraphs (their markup lost in
    the page's text): each alone on its line, shaped like a title, and the line under it
    speaks of it ("The drama was cancelled after two seasons.", or names it again), or
    (``states_event`` given) its first sentence states an event with no show of its own
    ("Its second season arrives in the autumn.", "Sadly, it has been cancelled."). Only in
    a round-up: two such headings at least; a lone subhead ("Release Date", "The Cast") over
    an explainer's paragraph is no show."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines[:-1]):
        match = _plain_heading(line)
        if not match or _SEASON_WORDS_RE.search(match.group("title")):
            continue  # "Season 2" is an explainer's subhead; "Glass Harbor (Season 2)" a show's
        title = match.group("title").strip()
        if not title_like(title) or len(title.split()) > 8 or not _may_head(title):
            continue
        under = lines[i + 1].lstrip()
        if match.group("label") and heading_kind(line) and DATE_WORD_RE.search(under[:120]) \
                and heading_kind(under) is None:
            found[i] = title  # "Glass Harbor (Season 2) Premiere" over "Friday, June 6 ..."
            continue
        if _plain_heading(under):
            continue
        if len(under.split()) >= 6 and (
                _UNDER_HEADING_REFERENCE_RE.match(under) or title in under[:200]):
            found[i] = title
        elif states_event is not None and _unnamed_event(under, states_event):
            found[i] = title

    return found if len(found) >= 2 else {}


#: A heading that is no show's title: a byline, a credit, a label ("By Jane Holt", "Photo
#: Credit", "Related Stories", "Read More").
_NOT_A_HEADING_TITLE_RE = re.compile(
    r"(?i)^(?:by|photo|photos|image|credit|credits|related|read|more|see|watch|also|"
    r"advertisement|sponsored|source|via|editor['’]s|share|follow|sign|subscribe)\b")
#: The first sentence of a paragraph.
_FIRST_SENTENCE_RE = re.compile(r"^.*?[.!?](?=\s+[A-Z\"“]|\s*$)")
#: Capitalised words a sentence naming no title may hold: months, days, seasons' words.
_PLAIN_CAPITALS = CALENDAR_CAPITALS | {"I", "Season", "Part", "ET", "PT"}


def _may_head(title: str) -> bool:
    """A title line that may be a show's heading: not a byline, a credit or a label."""
    return "/" not in title and not _NOT_A_HEADING_TITLE_RE.match(title) and \
        title.lower() not in SECTION_LABELS


def _unnamed_event(under: str, states_event: Callable[[str], bool]) -> bool:
    """The paragraph's first sentence states an event and names no show: after its first word,
    no capitalised word but a month, a day or a network ("Its second season arrives on June 6
    on Netflix.", "Sadly, it has been cancelled.")."""
    match = _FIRST_SENTENCE_RE.match(under)
    first = match.group(0) if match else under
    if len(first.split()) < 3 or not re.search(r"[.!?][\"”’')]?$", first.rstrip()):
        return False
    words = [w.strip("\"“”‘’'(),.;:!?") for w in first.split()[1:]]
    networks = network_names()
    if any(w[:1].isupper() and w not in _PLAIN_CAPITALS and w not in networks
           for w in words if w):
        return False
    return states_event(first)


_HEADING_KINDS = {"cancel": "cancelled", "renew": "renewed"}
#: The seasons a section entry gives its show: "lasted three seasons", "after two seasons",
#: "ran for 4 seasons", "for a third season" (used on one entry line, capped).
_ENTRY_SEASONS_RE = re.compile(
    r"(?i)\b(?:lasted|after|ran\s{1,3}for|running)\s{1,3}(?:just\s{1,3}|only\s{1,3})?"
    r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s{1,3}seasons?\b"
    r"|\b(?:a|its)\s{1,3}(?:single|lone|first)\s{1,3}season\b")


@dataclass(frozen=True)
class StatusEntry:
    """A section entry under a status heading: the entry's title, the heading's kind and
    certainty ("Likely to be cancelled": speculative), its line and the season the line gives
    (None when it names none)."""

    title: str
    kind: str
    certainty: str
    line: str
    season: int | None


def status_entries(lines: Sequence[str]) -> list[StatusEntry]:
    """The headed entries of sections a status heading opens ("Cancelled" above "• Salt Road:
    This legal drama lasted three seasons."): each is a show of that status even when its own
    line has no status verb. The section runs until the next status heading."""
    entries: list[StatusEntry] = []
    kind: str | None = None
    certainty = "confirmed"
    for line in lines:
        status = STATUS_HEADING_RE.match(line) if len(line.split()) <= 7 else None
        if status:
            word = status.group("kind").lower()
            kind = next(k for stem, k in _HEADING_KINDS.items() if word.startswith(stem))
            certainty = "speculative" if status.group("hedge") else "confirmed"
            continue
        heading = heading_of(line) if kind else None
        if kind is None or heading is None or not heading.bulleted:
            continue
        seasons = _ENTRY_SEASONS_RE.search(line[:600])
        season = None
        if seasons:
            word = (seasons.group("n") or "one").lower()
            season = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        entries.append(StatusEntry(heading.title, kind, certainty, line, season))
    return entries



#: The status column of a tracker table, read as its kind.
_ROW_STATUS = {"cancelled": "cancelled", "canceled": "cancelled", "renewed": "renewed"}


@dataclass(frozen=True)
class TableRow:
    """A tracker table's row flattened to a line: "Glass Harbor Netflix Renewed"."""

    title: str
    kind: str
    line: str
    season: int | None = None
    #: The time its status cell gives the decision ("Renewed in May": "in May"; round 37).
    when: str | None = None
    #: Whether the season is its season column's (``list.season_column``; round 37).
    column_season: bool = False


def _table_row(line: str) -> TableRow | None:
    """A row "Title Network Status": a title, a known network (one to three words: listed, or
    shown to be one by the article), a status word, nothing else (no sentence punctuation)."""
    words = line.split()
    if not 3 <= len(words) <= 14 or re.search(r"[.!?;:]", line):
        return None
    kind = _ROW_STATUS.get(words[-1].lower())
    if kind is None:
        return None
    # a network no list holds counts where the article shows it as one (round 20, r20names:
    # "Tovrel, the network that ..." over rows "Glass Harbor Tovrel Cancelled")
    networks = vocabulary().networks | shown_networks()
    for size in (3, 2, 1):
        if len(words) - 1 - size >= 1 and \
                " ".join(words[-1 - size:-1]).lower() in networks:
            title = " ".join(words[:-1 - size])
            return TableRow(title, kind, line) if title_like(title) else None
    return None


#: A header row's column of titles and column of decisions ("Show | Network | Status"; round
#: 35: "Show title", "Series name", "Where it stands", "Outlook", "Status (as of May)").
_TITLE_COLUMN_RE = re.compile(r"(?i)^(?:the\s)?(?:shows?|series|titles?|programm?e?s?|"
                              r"tv\sshows?|tv\sseries|dramas?|comedies)"
                              r"(?:\s(?:title|name))?(?:\s\([^()|]{1,30}\))?$")
_STATUS_COLUMN_RE = re.compile(r"(?i)^(?:the\s)?(?:(?:renewal\s|current\s|show\s|series\s)?"
                               r"status|verdict|fate|decision|outcome|outlook|standing|"
                               r"where\s(?:it|they)\s(?:stands?|is|are)|what\shappened|"
                               r"renewed\sor\scancell?ed\??)(?:\s\([^()|]{1,30}\))?$")
#: A header's column of the season a row's status is about ("Season", "Series", "Current
#: season", "Season no."; round 37): its cell ("4", "Season 4", "S4", "Series four") is the
#: row's season, not the title cell's number. Not "Seasons" (a count of those aired).
_SEASON_COLUMN_RE = re.compile(r"(?i)^(?:(?:current|latest)\s)?(?:season|series)"
                               r"(?:\s(?:no\.?|number|#))?$")
#: A season column's cell: a number, or one with its noun ("Season 4", "S4", "Series four").
_SEASON_CELL_RE = re.compile(
    r"(?i)^(?:(?:season|series|s)\s?)?(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|"
    r"nine|ten)$")
#: A header that asks a decision's question, its cells answering it ("Renewed?", "Returning?",
#: "Coming back?", "Season 4?", "Another season?"): "Yes", "✓" renew, "No", "✗" cancel.
_QUESTION_COLUMN_RE = re.compile(
    r"(?i)^(?:renewed|returning|coming\sback|back|picked\sup|another\sseason|"
    r"(?:renewed\sfor\s)?season\s(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|"
    r"nine|ten))\s?\?$")
#: A status cell's verdict said in one short word or glyph, beside the words ``_own_verdict``
#: reads in any item's decoration ("Renewed for season 3", "Coming back", "Won't return",
#: "Not renewed"); "TBD", "Pending", "On the bubble" decide nothing. A "yes" or "no" answers
#: only a question column's question.
CELL_VERDICTS: dict[str, str] = {
    "axed": "cancelled", "ended": "cancelled", "dropped": "cancelled", "over": "cancelled",
    "picked up": "renewed", "renewal": "renewed", "back": "renewed",
}
_YES_SEASON_RE = re.compile(r"yes\b[\s,(:–—-]{1,4}(?:for\s)?season\s")
QUESTION_ANSWERS: dict[str, str] = {
    "yes": "renewed", "y": "renewed", "✓": "renewed", "✔": "renewed", "✅": "renewed",
    "no": "cancelled", "n": "cancelled", "✗": "cancelled", "✘": "cancelled", "❌": "cancelled",
    "x": "cancelled",
}
#: A status that is no decision yet, beside the item hedges ("Renewed? Likely", "Pending",
#: "On the bubble", "Awaiting word"): a table's cell, a fact box's "Status:" field and a
#: scorecard's verdict alike (round 36: the fact boxes' own list, now one for all three).
STATUS_HEDGE_RE = re.compile(r"(?i)\b(?:likely|could|may|might|bubble|pending|expected|"
                             r"awaiting|undecided|probably|on\sthe\sfence)\b|\?")
#: The month May in a status value ("Renewed in May", "Cancelled May 12", "12 May 2025",
#: "since mid-May"): a time, not the hedge "may" (round 37, issue 10 item 8). Told by what
#: stands beside it: a preposition or a day's number before, a number or a comma after.
_MONTH_MAY_RE = re.compile(
    r"(?:\b(?:in|on|since|from|until|by|of|as\s{1,3}of|early|late|mid)[\s-]{1,3}"
    r"|\d(?:st|nd|rd|th)?\s{1,3})May\b|\bMay\s{0,3}(?=\d|,)")
#: A status value that is its verdict and the time it was told ("Renewed in May",
#: "Cancelled in March 2025", "Axed (January)", "Renewed, May 12"): the time is the
#: decision's (``verdict_when``; round 37).
_DATED_VERDICT_RE = re.compile(
    r"(?i)^\W{0,3}(?:officially\s{1,3})?(?:renewed|cancell?ed|canceled|axed|ended|"
    r"picked\s{1,3}up)[\s,:(–—-]{1,4}"
    r"(?P<when>(?:(?:in|on|since|as\s{1,3}of)\s{1,3})?[A-Za-z0-9][\w ,.]{2,30}?)\)?\s{0,2}"
    r"[.!]?$")


def without_month_may(value: str) -> str:
    """``value`` with the month May written as a time ("in May", "May 12") blanked, so the
    hedge lists' "may" reads only the verb."""
    return _MONTH_MAY_RE.sub(lambda m: " " * len(m.group(0)), value)


def verdict_when(value: str) -> str | None:
    """The time a dated status value gives its decision ("Renewed in May": "in May";
    "Cancelled in March 2025": "in March 2025"), or None for a value that is more than its
    verdict and a time (the reader resolves it as a past date, ``listings.status_date``)."""
    match = _DATED_VERDICT_RE.match(value.strip())
    return match.group("when").strip(" ,.") if match else None


#: A status value that opens with its verdict ("Renewed for a fourth season after ...",
#: "Officially cancelled ..."): one longer than a cell's sentence still decides.
_OPENING_VERDICT_RE = re.compile(
    r"(?i)^\W{0,3}(?:officially\s)?(?:renewed|cancell?ed|canceled|axed|ended)\b")
#: A status value longer than this is a sentence unless it opens with its verdict.
_STATUS_VALUE_CHARS = 80


def status_verdict(value: str, question: bool = False) -> str | None:
    """The decision a status value states, one reader for a table's status cell and a fact
    box's "Status:" field (round 36): a whole value of ``CELL_VERDICTS`` (or, under a
    question column, of ``QUESTION_ANSWERS``), else the item vocabulary's own verdict
    (``_own_verdict``: "Renewed for season 3", "Not renewed", "Coming back"); a hedged
    ("Likely renewed", "Pending", "Renewed?") or qualified ("Effectively cancelled") value
    decides nothing, nor does a sentence (over 80 characters) that does not open with its
    verdict."""
    timeless = without_month_may(value)  # "Renewed in May": the month is no hedge
    if len(value) > _STATUS_VALUE_CHARS and not _OPENING_VERDICT_RE.match(value) or \
            _ITEM_HEDGE_RE.search(timeless) or _ITEM_QUALIFIED_RE.search(value) or \
            STATUS_HEDGE_RE.search(timeless):
        return None
    word = value.strip(" .!*()[]").lower()
    if question and word in QUESTION_ANSWERS:
        return QUESTION_ANSWERS[word]
    if question and _YES_SEASON_RE.match(word):
        return "renewed"  # "Yes (season 5)", "Yes – for season 5"
    if word in CELL_VERDICTS:
        return CELL_VERDICTS[word]
    own = _own_verdict(value)
    return None if own is None else own[0]


def _cells(line: str) -> list[str] | None:
    """A piped row's cells, or None for a line that is not one."""
    if TABLE_CELL_SEPARATOR not in line or len(line) > 300:
        return None
    cells = [cell.strip() for cell in line.split("|")]
    return cells if len(cells) >= 2 else None


#: A header row's columns: (title, status, whether the status asks a question, the season
#: the question names, the season column or None).
Columns = tuple[int, int, bool, int | None, int | None]


def _header_columns(cells: Sequence[str]) -> Columns | None:
    """(title column, status column, whether the status column asks a question, the season
    its question names, the season column) of a header row, or None when it names no
    title and status column."""
    title = next((i for i, c in enumerate(cells) if _TITLE_COLUMN_RE.match(c)), None)
    status = next((i for i, c in enumerate(cells) if _STATUS_COLUMN_RE.match(c)), None)
    question = None
    if status is None:
        status, question = next(((i, m) for i, c in enumerate(cells)
                                 if (m := _QUESTION_COLUMN_RE.match(c))), (None, None))
    if title is None or status is None:
        return None
    season = next((i for i, c in enumerate(cells)
                   if i not in (title, status) and _SEASON_COLUMN_RE.match(c)), None)
    return title, status, question is not None, _season_number(question), season


def _season_number(match: re.Match[str] | None) -> int | None:
    """The season a match's group ``n`` names ("3", "three"), or None."""
    word = (match.group("n") or "").lower() if match is not None else ""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _headed_rows(lines: Sequence[str]) -> list[TableRow]:
    """The rows of piped tables under a header row naming a title and a status column: each
    row's title cell gets its status cell's decision (``status_verdict``), and the season the
    cell, a season column ("Season" over "4") or a question header names ("Renewed for
    season 3", "Season 4?" over "Yes"); a row
    of another width ends the table. A table with no status column (ratings, air dates, a
    cast) gives nothing."""
    found: list[TableRow] = []
    columns: Columns | None = None
    width = 0
    for line in lines:
        cells = _cells(line)
        if cells is None or (columns is not None and len(cells) != width):
            columns = None
            if cells is None:
                continue
        header = _header_columns(cells)
        if header is not None:
            columns, width = header, len(cells)
            continue
        if columns is None:
            continue
        status = cells[columns[1]]
        kind = status_verdict(status, columns[2])
        title = cells[columns[0]]
        if kind is None or not title or not title_like(title):
            continue
        season = _season_number(_ITEM_SEASON_RE.search(status))
        column = None
        if season is None and columns[4] is not None:
            season = column = _season_number(_SEASON_CELL_RE.match(cells[columns[4]]))
        if kind == "renewed" and season is None:
            season = columns[3]
        found.append(TableRow(title, kind, line, season, verdict_when(status),
                              column is not None))
    return found


def _flattened(line: str) -> str:
    """A piped row as the flattened row ``_table_row`` reads ("Salt Road Kestrel Renewed")."""
    cells = _cells(line)
    return line if cells is None else " ".join(cell for cell in cells if cell)


def table_rows(lines: Sequence[str]) -> list[TableRow]:
    """The rows of tracker tables ("Series Network Status" over "Glass Harbor Netflix
    Renewed", "Salt Road ABC Cancelled"): a row counts beside another row of its shape. A
    piped row (the text reader's one line per HTML table row, "Salt Road | Kestrel |
    Renewed") is read by its header's columns (``_headed_rows``), or without a header as the
    flattened row it is."""
    headed = _headed_rows(lines)
    done = {row.line for row in headed}
    rows = [_table_row(_flattened(line)) if len(line) <= 200 and line not in done else None
            for line in lines]
    return headed + [row for i, row in enumerate(rows) if row is not None and (
        (i > 0 and rows[i - 1] is not None) or (i + 1 < len(rows) and rows[i + 1] is not None))]


#: A heading or a lead-in that opens a status section over plain item lines (a page whose
#: bullets the text reader dropped): "Renewed", "Cancelled shows", "Coming back", "Not coming
#: back", "The following shows have been cancelled:", "These series won't return:". Read on
#: one short line (at most 16 words): a heading alone, or a lead-in that ends with a colon.
_SECTION_STATUS_RE = re.compile(
    r"(?i)\b(?P<cancel>cancell?ed|canceled|cancellations|axed|scrapped|(?:not|won['’]t|n['’]t|never)"
    r"\s{1,3}(?:be\s{1,3})?(?:coming\s{1,3}back|returning|return|renewed|back)|"
    r"(?:got|gets|getting|given|get)\s{1,3}the\s{1,3}(?:axe|ax|boot|chop))\b"
    r"|\b(?P<renew>renewed|renewals|coming\s{1,3}back|returning|picked\s{1,3}up)\b")
#: Words a status heading may open with before its status word ("Officially renewed", "TV
#: shows not coming back"): anything else makes the line a verdict about a title.
_HEADING_PREFIX_WORDS = frozenset(
    "officially already recently newly shows series tv being the not also just now all "
    "every that which were are have has been".split())  # (round 34: "Shows that got the axe")
#: A lead-in about people: their list is a cast, whatever status word it has.
_PEOPLE_LEAD_RE = re.compile(
    r"(?i)\b(?:cast|actors?|actress(?:es)?|stars|characters?|hosts?|judges|contestants|"
    r"members|players|writers|directors|producers|showrunners)\b")
#: A lead-in's word for shows: "The following shows are returning:".
_SHOW_NOUN_RE = re.compile(
    r"(?i)\b(?:" + kind_alt(LEAD_IN_KINDS) + r"|titles|programs|originals|favou?rites|"
    r"what|which)\b")
#: A hedge that makes the section's verdicts guesses ("Likely to be cancelled", "On the
#: bubble: could be renewed").
_SECTION_HEDGE_RE = re.compile(
    r"(?i)\b(?:likely|expected|probably|possibly|unlikely|could|may|might|bubble|predict\w*|"
    r"odds|chances?|should|would)\b")
#: What separates an item's title from its decoration: "Title (Netflix)", "Title – renewed in
#: April", "Title: a heist drama ...", "Title, from creator Jane Holt".
_ITEM_SEPARATOR_RE = re.compile(
    r"\s{0,2}\(|\s{1,2}[–—-]\s{1,2}|:\s|,\s(?=(?:from|created\sby|starring|season|the|a|an)\s)")
#: An item's own verdict in its decoration, overriding the section's.
_ITEM_CANCEL_RE = re.compile(
    r"(?i)\b(?:cancell?ed|axed|scrapped|bit\s{1,3}the\s{1,3}dust|"
    r"(?:got|given)\s{1,3}the\s{1,3}(?:axe|ax|boot|chop)|(?:not|\w{0,5}n['’]t|never)\s{1,3}"
    r"(?:be\s{1,3})?(?:coming\s{1,3}back|returning|return|renewed|back))\b")
#: A season of the year or a month after a return word makes the item a premiere's.
_SEASON_OF_YEAR_RE = re.compile(
    r"(?i)\b(?:this|next|in\s{1,3}the)\s{1,3}(?:fall|autumn|spring|summer|winter|year)\b|"
    r"\b(?:19|20)\d\d\b")
#: An item's own renewal: "renewed", "picked up for", and (round 34) "coming back",
#: "returning", "back for season 3" when no day or month follows (``_own_verdict``: "returning
#: Sept 3" is a premiere's line, not a decision's).
_ITEM_RENEW_RE = re.compile(
    r"(?i)\b(?:renewed|picked\s{1,3}up\s{1,3}for|(?P<back>coming\s{1,3}back|returning|"
    r"back\s{1,3}for))\b")
#: The season an item names by its number ("(season 3)", "Season Two"; an ordinal before
#: "season" is not read here).
_ITEM_SEASON_RE = re.compile(
    r"(?i)\bseason\s{1,3}(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b")


#: A short line: a heading, not a sentence ("Returning favourites", "Cancelled shows").
_SHORT_LINE_WORDS = 8
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’')]?\s*$")


def _short_line(line: str) -> bool:
    """At most eight words and no sentence end: a heading, a label or a caption."""
    return len(line.split()) <= _SHORT_LINE_WORDS and not _SENTENCE_END_RE.search(line)


#: What may stand before a section heading's status word besides ``_HEADING_PREFIX_WORDS``:
#: a question's opening ("What's coming back", "What has been cancelled"), a hedge ("Likely
#: to be renewed", read as speculative), a sector or a season of the year ("Streaming
#: cancellations", "Midseason renewals") and a network's name ("Netflix renewals").
_HEADING_LEAD_RE = re.compile(
    r"(?i)^\W{0,3}(?:(?:what['’]s|what\s(?:is|are|has|have)|who['’]s|which\sshows?)"
    r"(?:\s(?:been|being|got|getting|officially|already))?|"
    r"(?P<hedge>(?:likely|expected|probably|set|poised|unlikely)\s(?:to\s)?(?:be\s)?)|"
    r"(?:broadcast|streaming|streamer|cable|network|midseason|fall|spring|summer|winter|"
    r"early|latest|recent|more|other|this\syear['’]s|(?:19|20)\d\d)\s)\s{0,2}")


def _heading_status(line: str) -> tuple[str, str] | None:
    """The status a short line heads its section with (``_section_status``, and the same
    once a question's opening, a hedge, a sector or a network's name before it is set
    aside: "What's coming back", "Likely to be cancelled", "Netflix renewals")."""
    found = _section_status(line)
    if found is not None or line.rstrip().endswith(":"):
        return found
    rest = line.strip()
    lead = _HEADING_LEAD_RE.match(rest)
    hedged = False
    if lead and lead.end() > 0:
        hedged = bool(lead.group("hedge"))
        rest = rest[lead.end():]
    else:
        words = rest.split()
        for size in (3, 2, 1):
            if len(words) > size and " ".join(words[:size]) in network_names():
                rest = " ".join(words[size:])
                break
    if rest == line.strip() or not rest:
        return None
    found = _section_status(rest)
    if found is None:
        return None
    return (found[0], "speculative") if hedged else found


def status_sections(lines: Sequence[str]) -> list[tuple[str, str] | None]:
    """For each line, the status (kind, certainty) of the status heading it stands under
    ("Returning favourites", "Cancelled", "Not coming back", "Likely to be renewed"), else
    None. A section is the prose under its heading: it runs until the next short line of
    any kind (another heading, a caption, a byline). A heading naming both statuses
    ("Renewed and cancelled shows") is a page's title, not a section's verdict."""
    statuses: list[tuple[str, str] | None] = []
    current: tuple[str, str] | None = None
    for line in lines:
        if _short_line(line):
            both = _SECTION_STATUS_RE.findall(line)
            mixed = any(c for c, _ in both) and any(r for _, r in both)
            current = None if mixed else _heading_status(line)
            statuses.append(None)
            continue
        statuses.append(current)
    return statuses


@dataclass(frozen=True)
class SectionItem:
    """An item line under a status section: its title, the status it gets (its own verdict
    or the section's), the certainty, the line and the season the line names."""

    title: str
    kind: str
    certainty: str
    line: str
    season: int | None
    #: The rule that gave a heading-less item its status (its own line or the headline);
    #: "" under a status heading.
    governor: str = ""


def _section_status(line: str) -> tuple[str, str] | None:
    """The kind and certainty a heading or a lead-in line opens, or None."""
    words = line.split()
    if not words or len(words) > 16 or len(line) > 160:
        return None
    lead_in = line.rstrip().endswith(":")
    if not lead_in and (len(words) > 5 or re.search(r"[.!?]$", line.rstrip())):
        return None  # a sentence, not a heading
    status = _SECTION_STATUS_RE.search(line)
    if status is None:
        return None
    if not lead_in and (":" in line or any(
            word.lower().strip("*_") not in _HEADING_PREFIX_WORDS
            for word in line[:status.start()].split())):
        return None  # "Tin Roof: Effectively cancelled", "Harbor Renewed": a verdict line
    if _PEOPLE_LEAD_RE.search(line):
        return None  # "the following returning actors:": a cast, not shows
    if lead_in and not _SHOW_NOUN_RE.search(line) and not re.search(
            r"(?i)renew|cancel|axed|scrapped|\bax", status.group(0)):
        return None  # "returning" / "coming back" of what? Only shows' lead-ins count
    kind = "cancelled" if status.group("cancel") else "renewed"
    hedge = _SECTION_HEDGE_RE.search(line)
    return kind, "speculative" if hedge else "confirmed"


#: Words a round-up heads a section of no decision with ("Ending", "Pending", "TBD"): such a
#: line closes the section before it, never an item of it.
_OPEN_SECTION_WORDS = frozenset(
    "ending ended pending undecided tbd tba unknown waiting undetermined".split())
#: Title vetoes a bare item line under a status heading overrides (round 34): a one-word
#: title that is a place's name ("Lisbon") is a show where the list is one of shows.
_SECTION_OVERRIDDEN_VETOES = frozenset({"title.veto.place"})
#: What ``_item`` returns for a line a status section keeps going over, read as no show: a
#: person's name under "Renewed" (a host, a cast member) is no title, but no prose either.
SKIPPED = ("", "")


def _item(line: str, in_section: bool = False) -> tuple[str, str] | None:
    """The title at the head of an item line and the decoration after it, or None when the
    line is no item (a sentence the title opens, a label, a long paragraph). Under a status
    heading (``in_section``) or with its own verdict after it, a place's name is a title and a
    person's name gives ``SKIPPED`` (the list goes on; the line names no show)."""
    words = line.split()
    if not words or len(words) > 40:
        return None
    separator = _ITEM_SEPARATOR_RE.search(line, 1, 80)
    head = line[:separator.start()] if separator else line
    rest = line[separator.start():] if separator else ""
    title = head.strip().strip("\"“”‘’'*_•·▪◦►-–— ").strip()
    if not title or not title_like(title) or len(title.split()) > 8:
        return None
    if not separator and len(words) > 8:
        return None
    if "/" in title or line.rstrip().endswith(":"):
        return None  # a photo credit ("Jane Doe/NBC"), a lead-in or a bare label
    words_of_title = title.lower().split()
    if words_of_title[0] in _OPEN_SECTION_WORDS or " ".join(words_of_title[:2]) in (
            "still waiting", "on the", "no decision"):
        return None  # "Ending", "Still waiting": a heading of no decision closes the section
    verdict = judge(title, strong=False)
    if title.lower() in SECTION_LABELS:
        return None
    if not verdict.kept:
        # under a status heading, or with its own verdict on its line ("Havana (Kestrel) –
        # cancelled"), the item is one of a list of shows' decisions
        listed = in_section or bool(separator) and _own_verdict(rest) is not None
        if listed and verdict.rule in _SECTION_OVERRIDDEN_VETOES:
            return title, rest
        if listed and verdict.rule == "title.veto.person_name":
            return SKIPPED
        return None  # a network, a person, an organisation ... (the title vetoes)
    return title, rest


#: An item's own words that leave its decision open ("still awaiting a decision", "on the
#: bubble", "fate unknown"): under any heading or headline, such an item gets no status. The
#: words are about the decision itself: "premiere date TBD", "return date yet to be
#: announced" or "premiere pending" under "Renewed" leave the renewal as it is.
_ITEM_OPEN_RE = re.compile(
    r"(?i)\b(?:await\w{0,3}\s{1,3}(?:a\s{1,3}|an\s{1,3}|the\s{1,3}|its\s{1,3})?(?:official\s{1,3})?"
    r"(?:decision|verdict|renewal|fate|pickup)|undecided|undetermined|"
    r"no\s{1,3}(?:official\s{1,3})?(?:decision|verdict)|no\s{1,3}word\s{1,3}(?:yet\s{1,3})?"
    r"on\s{1,3}(?:its|a|the)\s{1,3}(?:fate|future|renewal)|bubble|in\s{1,3}limbo|"
    r"(?:fate|future|status)\s{1,3}(?:is\s{1,3}|remains\s{1,3})?(?:still\s{1,3})?"
    r"(?:unknown|uncertain|unclear|undecided|pending|tbd)|"
    r"(?:decision|renewal|verdict)\s{1,3}pending|up\s{1,3}in\s{1,3}the\s{1,3}air|"
    r"yet\s{1,3}to\s{1,3}be\s{1,3}(?:renewed|cancell?ed|canceled|decided))\b")
#: An item's own words that hedge its verdict ("could be cancelled", "likely renewed").
_ITEM_HEDGE_RE = re.compile(
    r"(?i)\b(?:likely|expected|probably|possibly|unlikely|could|may|might|should|would|"
    r"rumou?red|reportedly)\b")
#: A qualifier that makes an item's own verdict a judgement, not a decision ("Effectively
#: cancelled", "Unofficially canceled", "all but renewed").
_ITEM_QUALIFIED_RE = re.compile(
    r"(?i)\b(?:effectively|unofficially|virtually|practically|essentially|basically|"
    r"all\s{1,3}but|as\s{1,3}good\s{1,3}as|de\s{1,3}facto)\b")
#: A decision word an item's own line holds without stating its verdict ("Kestrel Renews
#: Drama", "a pickup", "cancellation fears"): the headline's decision is no longer the only one
#: the line tells, so it gives the item none.
_ITEM_DECISION_WORD_RE = re.compile(r"(?i)\b(?:renew|cancel|axe|scrap|pick|order|return)")
#: A round-up item line without a heading is short: its title, a decoration, a few words.
_UNHEADED_ITEM_WORDS = 12
#: A bullet glyph before an item: a bulleted bare title is a list item without decoration.
_ITEM_BULLET_RE = re.compile(r"^\s{0,8}[•*·▪◦►♦■]\s{0,3}\S")
#: Item lines in a row that make a heading-less round-up (a headline's decision over them).
_UNHEADED_RUN = 3


def _own_verdict(rest: str) -> tuple[str, str] | None:
    """The decision an item's own decoration states ("– cancelled after two seasons",
    "(renewed for season 3)"), or None when it states none, both, or a hedged one."""
    cancel = _ITEM_CANCEL_RE.search(rest)
    renew = _ITEM_RENEW_RE.search(rest)
    if renew and cancel and cancel.start() <= renew.start() < cancel.end():
        renew = None  # "not coming back": the denial holds the return
    if renew and renew.group("back") and (
            DATE_WORD_RE.search(rest, renew.end()) or _SEASON_OF_YEAR_RE.search(rest)):
        renew = None  # "returning Sept 3", "coming back this fall": a premiere's line
    if cancel and renew and cancel.group(0).lower().split()[-1] != "renewed":
        return None  # "renewed, unlike its sister show, which was cancelled": two decisions
    if cancel:
        return "cancelled", "confirmed"
    if renew:
        return "renewed", "confirmed"
    return None


def section_items(lines: Sequence[str], headline_kind: str | None = None
                  ) -> list[SectionItem]:
    """The items of status sections: a heading ("Renewed", "Not coming back") or a lead-in
    ending with a colon ("The following shows have been cancelled:", "Here's what got the
    axe:") over item lines, each a title alone or with its decoration (a network in
    parentheses, "– renewed in April", ": a heist drama ...", ", from creator ..."). Each item
    takes the section's status unless its decoration says its own; an item whose decoration
    leaves its decision open ("still awaiting a decision", "on the bubble") takes none. A
    section runs until the next status heading or a line that is no item (one paragraph right
    after an item is its blurb, round 34: "Renewed" over "Salt Road" over a paragraph about
    it, then the next item); it counts with two items at least (one title under a heading is
    no list), or one beside another status section.

    Item lines under no heading ("Salt Road (Kestrel) – cancelled after two seasons") make a
    round-up of their own when three or more short decorated items stand in a row (two when
    each tells its own verdict, round 34): each
    item's own verdict counts, and an item with none takes ``headline_kind``, the one
    decision the headline tells over the body's shows ("Kestrel cancels three dramas"), or
    nothing when the headline tells none."""
    found: list[SectionItem] = []
    padded = [*lines, ""]  # the last run ends on a line that is no item
    section: tuple[str, str] | None = None  # the status of the run's heading
    labelled = False  # the run stands under a lead-in of no status ("Related:", "Cast:")
    sibling = False  # the section follows a status section of items
    at = 0
    while at < len(padded):
        if section is None:
            items, at, status = _unheaded_run(padded, at, headline_kind, labelled)
            counts = len(items) >= _UNHEADED_RUN or len(items) == 2 and all(
                i is not None and i.governor == "section.item_own_verdict" for i in items)
        else:
            items, at, status = _headed_run(padded, at, section)
            # a section of one item counts beside another status section (round 34: a
            # round-up's "Cancelled" over its one show, after "Renewed" over three)
            counts = len(items) >= 2 or len(items) == 1 and (status is not None or sibling)
        if counts:
            found.extend(i for i in items if i is not None)
        sibling = section is not None and bool(items) and status is not None
        labelled = status is None and padded[at].rstrip().endswith(":")
        section = status
        at += 1
    return found


#: The items of one run of lines (None for an item line that gets no status), the index of
#: the line that ends it (no item; ``lines`` ends with one) and that line's status heading.
_Run = tuple[list[SectionItem | None], int, tuple[str, str] | None]


def _headed_run(lines: Sequence[str], at: int, section: tuple[str, str]) -> _Run:
    """The item lines under a status heading from ``lines[at]`` on (``section_items``): a
    title alone or decorated, each with one paragraph after it allowed (its blurb, round 34)."""
    items: list[SectionItem | None] = []
    after_item = False  # the line before was an item (a blurb may follow it)
    while True:
        line = lines[at]
        status = _section_status(line) if line else None
        item = _item(line, in_section=True) if status is None and line else None
        if item is None:
            if after_item and status is None and line and not _short_line(line):
                after_item = False  # the item's blurb: the section goes on past it
                at += 1
                continue
            return items, at, status
        after_item = True
        items.append(None if item is SKIPPED else _section_item(line, *item, section, None))
        at += 1


def _unheaded_run(lines: Sequence[str], at: int, headline_kind: str | None,
                  labelled: bool) -> _Run:
    """The item lines under no status heading from ``lines[at]`` on (``section_items``): short
    decorated or bulleted lines ("Salt Road (Kestrel) – cancelled"), none under a lead-in of
    no status (``labelled``)."""
    items: list[SectionItem | None] = []
    while True:
        line = lines[at]
        status = _section_status(line) if line else None
        item = None
        if status is None and line and not labelled and len(
                line.split()) <= _UNHEADED_ITEM_WORDS and (
                _ITEM_SEPARATOR_RE.search(line, 1, 80) or _ITEM_BULLET_RE.match(line)):
            # only a short decorated or bulleted line may be an item: judged before
            # ``_item``, whose title vetoes cost the most
            item = _item(line, in_section=False)
        if item is not None and not _unheaded_item(line, item[1]):
            item = None
        if item is None:
            return items, at, status
        items.append(None if item is SKIPPED
                     else _section_item(line, *item, None, headline_kind))
        at += 1


def _section_item(line: str, title: str, rest: str, section: tuple[str, str] | None,
                  headline_kind: str | None) -> SectionItem | None:
    """An item line's item: the status of its ``section`` (under no heading, the headline's
    ``headline_kind`` when its line tells no decision word), or its own verdict; None when its
    own words leave the decision open, or hedge it with no verdict of its own (no heading)."""
    verdict = section
    if section is None:
        verdict = (headline_kind, "confirmed") if headline_kind and not \
            _ITEM_DECISION_WORD_RE.search(rest) else None
    own = _own_verdict(rest)
    if _ITEM_OPEN_RE.search(rest) or (own is None and section is None
                                      and _ITEM_HEDGE_RE.search(rest)):
        verdict = None  # its own line leaves the decision open
    elif own is not None and not (section is None and _ITEM_HEDGE_RE.search(rest)):
        verdict = own
        if section is None and _ITEM_QUALIFIED_RE.search(rest):
            verdict = (own[0], "speculative")  # "Effectively cancelled": a judgement
    if verdict is None:
        return None
    season_match = _ITEM_SEASON_RE.search(rest) or _ENTRY_SEASONS_RE.search(rest)
    season = None
    if season_match:
        word = (season_match.group("n") or "one").lower()
        season = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    governor = "" if section is not None else (
        "section.item_own_verdict" if own is not None else "section.headline_items")
    return SectionItem(title, verdict[0], verdict[1], line, season, governor)


def _unheaded_item(line: str, rest: str) -> bool:
    """An item line outside any status section (``section_items`` has checked it is short): a
    title with a decoration ("Salt Road (Kestrel) – cancelled", "Lantern House: the drama
    ends its run") or a bulleted title ("• Salt Road")."""
    return bool(rest.strip(" (–—-:,")) or _ITEM_BULLET_RE.match(line) is not None


#: A dated tracker entry: a line of its own that opens on the show's home (a network's name
#: or acronym, maybe bracketed: "HBO", "[Kestrel]"), then its quoted title and the day the
#: entry was logged ("NBC “Glass Harbor”, June 3, 2031. Season 3. 12 more episodes.").
_DATED_ENTRY_RE = re.compile(
    r"^\W{0,2}(?P<home>\[[^\]\n]{1,24}\]|(?:[A-Z0-9][\w&+!.'’-]{0,15}\s{1,3}){1,3}?)\s{0,3}"
    r"[“\"](?P<title>[^”\"\n]{1,60}?)[,.]?[”\"],?\s{1,3}(?P<rest>\S.*)$")
#: The entry's own season label, right after its date: "Season 3.", ", Season 2", "Series 4 –",
#: "Season 4 [final]".
_ENTRY_LABEL_RE = re.compile(
    r"^[\s.,;:–—-]{0,4}(?:season|series)\s{1,3}(?P<n>\d{1,2})\b\s{0,2}(?:\[[^\]]{1,12}\])?"
    r"[\s.,;:–—-]{0,4}", re.IGNORECASE)


@dataclass(frozen=True)
class DatedEntry:
    """A dated tracker entry: its title, the day it was logged, the season its label names
    (None without a label) and the note after them ("12 more episodes.")."""

    title: str
    date: str
    season: int | None
    note: str
    line: str


def may_be_dated_entry(line: str) -> bool:
    """The cheap test every dated tracker entry passes (its title is quoted): most lines stop
    here, before the entry's pattern."""
    return "“" in line or '"' in line


#: What gives the (start, value) of each date phrase in a text.
DatesIn = Callable[[str], Sequence[tuple[int, str]]]


def dated_entry(line: str, dates_in: DatesIn) -> DatedEntry | None:
    """The line as a dated tracker entry, or None. ``dates_in(text)`` gives the (start, value)
    of each date phrase in a text: an entry's day is the first, right after its title (a day,
    not a month or a season: "June 3", "June 3, 2031")."""
    match = _DATED_ENTRY_RE.match(line[:300]) if may_be_dated_entry(line) else None
    if match is None or match.group("home").strip("[] ").lower() in _CONNECTORS:
        return None
    rest = match.group("rest")
    found = dates_in(rest[:40])
    if not found or found[0][0] > 0 or len(found[0][1]) != 10:
        return None
    after = rest[_date_end(rest):]
    label = _ENTRY_LABEL_RE.match(after)
    season = int(label.group("n")) if label else None
    note = after[label.end():] if label else after.lstrip(" .,;:–—-")
    return DatedEntry(match.group("title").strip(), found[0][1], season, note.strip(), line)


#: A day as a tracker entry writes it: "June 3, 2031", "Jun. 3", "3 June 2031".
_ENTRY_DAY_RE = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?(?:,?\s{1,3}\d{4})?|"
    r"\d{1,2}\s{1,3}[A-Z][a-z]{2,8}(?:,?\s{1,3}\d{4})?)")


def _date_end(rest: str) -> int:
    """Where the entry's day ends in the text after its title."""
    day = _ENTRY_DAY_RE.match(rest)
    return day.end() if day else 0
