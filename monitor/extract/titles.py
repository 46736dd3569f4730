"""Validate show-title candidates: a span found by structure is a show unless a veto says it is
something else — a network or studio, a place or nationality, a person.

Vetoes are data (``data/title_vetoes.json``, kept by hand; ``data/names.json``, first names and
places built by ``scripts/build_vocabulary.py``). A veto on names yields to strong evidence:
a candidate the text quotes, puts right next to a season phrase ("Atlanta season 3") or the
user watches stays a show. Networks and studios are never shows. Each decision carries the
name of the rule that made it, for ``monitor extract --explain``.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import itertools
import json
import re
import types
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from .dates import NAMED_DAYS
from .deciders import DECIDING_SHAPES, undergoes_decision, whole_word_spans
from .patterns import (
    OTHER_WORK_AFTER_RE,
    OTHER_WORK_BEFORE_RE,
    STOP_CAPS,
    TV_WORD_RE,
    season_noun_after,
)
from .prefilter import with_caseless_first_letter
from .showwords import (
    MADE_BY_KINDS,
    ORIGINAL_KINDS,
    POSSESSIVE,
    QUOTED_TITLE_KINDS,
    SHOW_NOUN_ALT,
    SHOW_NOUN_GROUPS,
    WORK_APPOSITION_KINDS,
    common_show_nouns,
    kind_alt,
    lead_refers_to_show,
    longest_first,
    season_in_clause,
    season_or_kind_at,
)


@dataclass(frozen=True)
class Vocabulary:
    """The names a title candidate is checked against (lower-case, diacritics kept)."""

    networks: frozenset[str]
    places: frozenset[str]
    demonyms: frozenset[str]
    first_names: frozenset[str]
    #: The last word of an event's name ("the Winter Press Tour", "Geek Week").
    events: frozenset[str]
    #: Adverbs without the -ly that ``_ADVERB_RE`` reads ("Already renewed").
    adverbs: frozenset[str]
    #: The press ("Variety"): its possessive before a person's name is a byline.
    outlets: frozenset[str]
    #: A word of a company's name anywhere in it ("Tin Roof Studios", "Spanish Network Antena").
    organisation_words: frozenset[str]
    #: The last word of an organisation's name ("Tin Roof Productions", "Lantern Media").
    organisation_ends: frozenset[str]
    #: "Lee Byung-hun", "Jo Jung Suk": a Korean surname before a given name.
    korean_surnames: frozenset[str]
    #: A headline's adjectives before a season ("Epic Season 2 On The Way").
    hype_words: frozenset[str]
    #: Days of the calendar ("Thanksgiving", "Boxing Day"): a time, no title.
    holidays: frozenset[str]
    #: Sports and leagues ("volleyball", "WNBA"): alone, or before a league's word.
    sports_names: frozenset[str]
    #: One-word roles before a person's name ("star", "creator"): "Star Jane Doe" is a person.
    person_roles: frozenset[str]
    #: What may follow a town after a comma as its region ("Lisbon, Portugal", "Tarrow,
    #: Nevada"): countries, US states, Canadian provinces, UK nations (round 32). A place not
    #: among them is a town: "Lisbon, Havana" inside a list is two items.
    regions: frozenset[str] = frozenset()


def _data_file(name: str) -> Any:
    """A shipped data file (``data/NAME``), parsed. Not kept: each loader below reads it once
    and keeps only what it builds from it."""
    return json.loads(resources.files(__package__).joinpath("data").joinpath(name)
                      .read_text("utf-8"))


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The shipped vocabulary, read once."""
    vetoes = _data_file("title_vetoes.json")
    names = _data_file("names.json")

    def low(items: Iterable[str]) -> frozenset[str]:
        return frozenset(i.lower() for i in items)

    return Vocabulary(
        networks=low(vetoes["networks"]),
        places=low(vetoes["places"]) | low(names["places"]),
        demonyms=low(vetoes["demonyms"]),
        first_names=low(names["first_names"]) | low(vetoes["first_names"]),
        events=low(vetoes["event_words"]),
        adverbs=low(vetoes["plain_adverbs"]),
        outlets=low(vetoes["outlets"]),
        organisation_words=low(vetoes["organisation_words"]),
        organisation_ends=low(vetoes["organisation_ends"]),
        korean_surnames=low(vetoes["korean_surnames"]),
        hype_words=low(vetoes["hype_words"]),
        # the named days ``dates`` reads are holidays too (round 37: one list)
        holidays=low(vetoes["holidays"]) | {day.name for day in NAMED_DAYS},
        sports_names=low(vetoes["sports_names"]),
        person_roles=low(r for r in vetoes["person_roles"] if " " not in r),
        regions=low(names["regions"]),
    )


#: One-word times of the calendar a show may be named for ("January", "Winter", "Easter"): a
#: title only where the text quotes it or gives it its own numbered season ("January Season
#: 4", ``title.keep.time_word``). Not "May" or "March" (verbs too), nor "Fall"; the days are
#: read so already (``shows._CALENDAR``).
TIME_TITLE_WORDS = frozenset(
    "january february april june july august september october november december spring "
    "summer autumn winter christmas easter halloween thanksgiving".split())

#: The days of the week: a title alone where the text governs it as a show, as a month is
#: (``title.keep.weekday_word``, ``shows._names_a_show_as_weekday``, round 32).
WEEKDAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

#: The times of day, one word list (r33tidy): their plurals, ``TIME_OF_DAY_WORDS``,
#: ``WEEKDAY_TIMES_RE``, ``_TIME_SPAN_RE`` and ``shows``' time-of-day sets are built from it.
TIMES_OF_DAY = ("morning", "night", "evening", "afternoon")
#: The times of day, singular and plural.
TIME_OF_DAY_WORDS = frozenset(f"{word}{plural}" for word in TIMES_OF_DAY for plural in ("", "s"))

#: A weekday and a time of day in the plural, lower-cased ("monday mornings"): a habit's time
#: that ``_holiday`` vetoes, a title where the text governs it as a show (strong; round 32,
#: ``title.keep.weekday_times``).
WEEKDAY_TIMES_RE = re.compile(
    r"(?:" + "|".join(sorted(WEEKDAY_WORDS)) + r")\s(?:"
    + "|".join(f"{word}s" for word in TIMES_OF_DAY) + ")")

#: The months and days a title may end on where its quotes, or a capitalised "The" inside the
#: sentence, say where it starts and ends ("“Marlow Friday”", "his show The June";
#: ``title.keep.time_end``).
TIME_TAIL_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split())

#: The networks the article being read shows to be networks by the shape of its text.
_ARTICLE_NETWORKS: ContextVar[frozenset[str]] = ContextVar("article_networks",
                                                           default=frozenset())
#: The names the article being read gives a role no show takes (``names_by_role``), each
#: with its rule, for ``--explain``.
_ARTICLE_ROLES: ContextVar[Mapping[str, str]] = ContextVar(
    "article_roles", default=types.MappingProxyType({}))

#: One word of a name ("Tovrel", "Plus", "E4"); a name is one to three of them, read by hand
#: beside a shape's words (no pattern repeats over a name: no backtracking inside one).
_NAME_WORD_OF_NETWORK_RE = re.compile(r"[A-Z][\w+&!-]*")
#: A named day as a schedule writes it before its channel: the one-word days ("Christmas",
#: "Easter") and the full names ("Boxing Day", "Easter Monday"), as ``dates`` reads them.
_SCHEDULE_DAY = "|".join(sorted({day.alone for day in NAMED_DAYS if day.alone}
                                | {day.day for day in NAMED_DAYS},
                                key=lambda day: (-len(day), day)))  # not the hash seed's order
#: Shapes that only a network, streamer or studio takes, with the side its name stands on:
#: the one deciding (``deciders.DECIDING_SHAPES``: "Tovrel renews", "Tovrel has canceled the
#: drama", "Tovrel picking it up") before; a slate's owner ("Tovrel's biggest series"; not
#: "Harbor's first series", a season in British English, nor its "latest series") before; the
#: place a show airs ("premiered on Tovrel"), the place a decision is made ("renewed for a
#: third season at Tovrel", "a second-season renewal at Tovrel"), the one who made it
#: ("cancelled by Tovrel") and its common nouns ("streamer Tovrel") after.
_PLACED_NETWORK_SHAPES: tuple[tuple[re.Pattern[str], bool], ...] = (
    (re.compile(r"['’]s\s(?:(?!latest\b)[a-z]+est|most\s[a-z]+|hit|beloved|flagship|popular|"
                rf"other|own)\s(?:[a-z-]+\s)?(?:{common_show_nouns(5, plural=True)}|"
                r"originals)\b"), True),
    (re.compile(r"(?i:premiere[sd]?|premiering|debut(?:s|ed|ing)?|air(?:s|ed|ing)|"
                r"stream(?:s|ed|ing)|dropped|drops|landed|lands|arrive[sd]?|"
                # round 19 (s19left): the infinitive and the other arrival verbs ("will drop
                # on Kestrel Play from Monday 3 June", "bows on Tovrel", "launches on")
                r"drop|land|arrive|bow(?:s|ed)?|launch(?:es|ed)?)"
                r"(?:\s(?:exclusively|globally|only))?\son\s"), False),
    # round 18 (s18vocab2): "ordered to a third season at Tovrel", "scored a second-season
    # renewal at Tovrel", "landed a 10-part order at Tovrel"
    (re.compile(r"(?i:renewed|cancell?ed|canceled|axed|picked\sup|ordered|greenlit|"
                r"(?:re)?commissioned|renewal|pickup|pick-up|order|green\slight)\b"
                r"[^.;:!?]{0,40}?\sat\s"), False),
    # (round 37, r37quotes: "revived by Tovrel", "thrown a lifeline by Tovrel")
    (re.compile(r"(?i:renewed|cancell?ed|canceled|axed|ordered|picked\sup|rescued|saved|"
                r"revived|resurrected|lifeline)\sby\s"), False),
    (re.compile(r"(?i:streamer|broadcaster|network)\s"), False),
    # round 38 (r38leftovers): a schedule phrase, a return's or a premiere's named day then
    # "on" and the channel ("premieres Christmas on Kestrel", "is back Easter Monday on
    # Tovrel"), the channel's name closing the clause (not "Kestrel premieres Christmas on
    # Mistletoe Farm on December 5" or "... this week": a title's words, its time after them)
    (re.compile(r"(?i:premieres?|premiering|returns?|returning|debuts?|airs|lands|arrives|"
                r"launches|(?:is|are|be|comes?)\s(?:(?:finally|at\slast)\s)?back)"
                rf"\s(?:(?i:this|on)\s)?(?i:{_SCHEDULE_DAY})\s(?:on|via)\s"
                r"(?=[A-Z][\w+&!-]*(?:\s[A-Z][\w+&!-]*){0,2}(?:[.,;!?]|\s(?:with|and)\b|$))"),
     False),
)
_DECIDING_NETWORK_SHAPES = tuple((shape, True) for shape, _ in DECIDING_SHAPES)
_NETWORK_SHAPES = _DECIDING_NETWORK_SHAPES + _PLACED_NETWORK_SHAPES
#: For each shape, the words one of which every match holds, lower case (its verb's stems,
#: the slate's nouns, the common nouns): a shape reads only the lines holding one, found by
#: plain substring search (a line's words, not a pattern at every position of a long line).
_NETWORK_SHAPE_WORDS: tuple[tuple[str, ...], ...] = (
    *(stems for _, stems in DECIDING_SHAPES),
    ("series", "shows", "dramas", "comedies", "sitcoms", "originals"),
    ("premier", "debut", "air", "stream", "drop", "land", "arriv", "bow", "launch"),
    ("renew", "cancel", "axed", "picked", "order", "greenlit", "commission", "pickup",
     "pick-up", "green light"),
    ("renewed", "cancel", "axed", "ordered", "picked", "rescued", "saved", "revived",
     "resurrected", "lifeline"),
    ("streamer", "broadcaster", "network"),
    ("premier", "return", "debut", "airs", "lands", "arrives", "launches", "back"),
)
#: Each of ``_NETWORK_SHAPES`` as ``networks_by_shape`` runs it: behind the look-ahead of its
#: case-blind first letters (``prefilter.with_caseless_first_letter``, as ``RoleShape.scan``;
#: the same matches, found ~2x faster where a shape opens on a case-blind verb).
_NETWORK_SCANS: tuple[re.Pattern[str], ...] = tuple(
    with_caseless_first_letter(shape) for shape, _ in _NETWORK_SHAPES)


@dataclass(frozen=True)
class RoleShape:
    """A role the article gives a name that only a network, a studio, a company or a person
    takes, never a show (round 20, r20names): read from the article, so a name no list holds
    is told apart by what the text does with it. ``before``: the name stands right before the
    match; ``stems``: words one of which every match holds (lower case), for the plain search
    that picks the lines to read; a role yields where the article writes the name as a show
    elsewhere (``undergoes_decision``)."""

    rule: str
    pattern: re.Pattern[str]
    before: bool
    stems: tuple[str, ...]
    example: str
    #: ``pattern`` as ``names_by_role`` runs it: behind the look-ahead of its case-blind first
    #: letters where it opens on a case-blind alternation (``prefilter``; the same matches,
    #: found ~2x faster), made once with the shape.
    scan: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "scan", with_caseless_first_letter(self.pattern))


#: After an announcer's verb: a time, "that" or the opening of an object or a clause, not a
#: passive's preposition ("Glass Harbor confirmed for a second season") nor what a show
#: reveals ("has revealed some new recruits").
_ROLE_OBJECT = (r"(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|that|on|"
                r"this|today|yesterday|tonight|earlier|late|its|their|the|plans|principal|"
                r"production|filming|details)\b")
#: An apposition that calls the name before it a network ("Tovrel, the network that ...",
#: "Tovrel, a streamer owned by ..."): a relative or a participle follows, not a verb of its
#: own ("Glass Harbor, the network announced").
_NETWORK_APPOSITION = (r",\s(?:the|a|an)\s(?:[a-z-]+\s)?(?:network|streamer|broadcaster|"
                       r"channel|studio|streaming\sservice)\s(?:that|which|behind|owned|known|"
                       r"where|whose|home)\b"
                       # round 38 (r38leftovers): "Tovrel, (the) home of Glass Harbor, ...",
                       # "Tovrel, the new home to ...": the home of a show is where it airs
                       r"|,\s(?:the\s)?(?:new\s|longtime\s|streaming\s)?home\s(?:of|to|for)\s"
                       r"(?=[\"“‘']?[A-Z])")
_NETWORK_APPOSITION_RE = re.compile(_NETWORK_APPOSITION)
_ROLE_ADVERBS = r"(?:(?i:officially|formally|also|just|finally|quietly|now)\s)?"
#: What the article does with a name that no show does. Each record is a rule of
#: ``rules.py`` (``--explain`` names it on the title it vetoes).
ROLE_SHAPES: tuple[RoleShape, ...] = (
    # a news announcer: a network's or a person's verb, with a time, "that" or an object
    RoleShape("title.veto.role_announcer", re.compile(
        rf"\s(?:has\s|have\s)?{_ROLE_ADVERBS}(?:announced|announces|announcing|confirmed|"
        rf"confirms|confirming|revealed|reveals|revealing|unveiled|unveils)\s(?={_ROLE_OBJECT})"),
        True,
        ("announc", "confirm", "reveal", "unveil"),
        "Tovrel announced on Monday that the drama has wrapped."),
    RoleShape("title.veto.role_announcer", re.compile(
        r"\s(?:has\s|have\s)?(?:released|releases|dropped|drops|shared|shares)\s"
        r"(?:the|a|an|its|their|a\snew)\s(?:[\w-]+\s){0,3}?(?:trailers?|teasers?|first\slook|"
        r"premiere\sdates?|schedule|lineup|slate|key\sart|posters?)\b"), True,
        ("releas", "drop", "shar"), "Tovrel released the trailer for Glass Harbor."),
    # a company's post after its name ("Tovrel CEO Mara Quell", "Tovrel's head of scripted")
    RoleShape("title.veto.role_company_post", re.compile(
        r"\s(?:CEO|COO|CCO|CFO|co-CEO|president|chairman|chairwoman|executives|"
        r"chief\s(?:executive|content|creative|operating)\b)"), True,
        ("ceo", "coo", "cco", "cfo", "president", "chair", "executives", "chief "),
        "said Mara Quell, Tovrel CEO."),
    RoleShape("title.veto.role_company_post", re.compile(
        r"['’]s\s(?:head\sof\s(?:scripted|drama|comedy|content|originals|programming|"
        r"unscripted|television|TV|series)|(?:vice\s)?president|chief\s(?:executive|content)|"
        r"CEO|EVP|SVP|VP)\b"), True, ("head of", "president", "chief", "ceo", "vp"),
        "said Mara Quell, Tovrel's head of scripted."),
    # who makes or owns a show: "the drama from Tovrel", "the Kestrel-produced drama",
    # "any Tovrel original series"
    RoleShape("title.veto.role_maker", re.compile(
        rf"(?i:{kind_alt(MADE_BY_KINDS)}|"
        r"season|originals?|hit)['’\"”]?\s(?:from|by)\s"), False, ("from", " by "),
        "the hit series from Tovrel"),
    # a slate's owner: "Tovrel's top-rated shows", "six other Tovrel series"
    RoleShape("title.veto.role_maker", re.compile(
        r"['’]s\s(?:top|top-rated|highest-rated|most-watched|best-rated)\s(?:[a-z-]+\s)?"
        rf"(?:{common_show_nouns(5, plural=True)}|originals)\b"), True, ("top", "rated",
                                                                         "watched"),
        "Glass Harbor is one of Tovrel's top rated shows."),
    RoleShape("title.veto.role_maker", re.compile(r"-(?:produced|backed|owned|financed)\b"),
              True, ("-produced", "-backed", "-owned", "-financed"),
              "the Kestrel-produced drama"),
    RoleShape("title.veto.role_maker", re.compile(
        rf"\s(?:originals|original\s(?:{kind_alt(ORIGINAL_KINDS)}|programming))\b"),
        True, ("original",), "the most watched Tovrel original series"),
    # where shows air: "premieres tonight on Tovrel", "return on Tovrel", "seen on Tovrel",
    # "the Tovrel network", "Tovrel's streaming service"
    RoleShape("title.veto.role_platform", re.compile(
        r"(?i:premieres?|premiering|debuts?|airs?|streams?|returns?|returning|arrives?|"
        r"seen|available|streaming|airing|announced|posted|shared)\s(?:(?i:tonight|today|"
        r"tomorrow|weekly|exclusively|only|again|first|now)\s)?on\s"), False,
        ("premier", "debut", "air", "stream", "return", "arriv", "seen", "available",
         "announced", "posted", "shared"),
        "Glass Harbor premieres tonight on Tovrel."),
    RoleShape("title.veto.role_platform", re.compile(
        r"\s(?:network|streamer)\b(?!['’]s\s)|['’]s\sstreaming\s(?:service|platform|app)\b"
        # an apposition: "Tovrel, the network that ...", "Tovrel, a streamer owned by ..."
        rf"|{_NETWORK_APPOSITION}"),
        True, ("network", "streamer", "streaming", "broadcaster", "channel", "studio", "home"),
        "the small Tovrel network"),
    # a person's speech and credits: ', said Mara Quell', 'Mara Quell, who plays',
    # 'created by Mara Quell', 'executive producer Mara Quell', 'The show's creators, Mara
    # Quell and ...'
    RoleShape("title.veto.role_person", re.compile(
        r"[,\"”]\s(?:said|says|added|explained|noted|according\sto)\s"
        r"|(?i:created|co-created|directed|written|hosted|executive\sproduced|narrated)\sby\s"
        r"(?:[A-Z][a-z]+[\s-](?:nominee|winner|winning|nominated)\s)?"
        r"|(?:executive\sproducers?|showrunners?|creators?|co-creators?|stars?|actors?|"
        r"actress(?:es)?|hosts?|writers?|directors?|authors?|novelist|producers?),?\s"), False,
        ("said", "says", "added", "explained", "noted", "according", " by ", "producer",
         "showrunner", "creator", "star", "actor", "actress", "host", "writer", "director",
         "author", "novelist"), "\"It was a joy,\" said Mara Quell."),
    RoleShape("title.veto.role_person", re.compile(
        r",\swho\s(?:plays|played|stars|starred|created|co-created|hosts|hosted|directed|wrote|"
        r"voices|voiced|portrays|portrayed)\b|\s(?:said|says)\s(?:in\sa\sstatement|that)\b"),
        True, ("who ", "said", "says"), "Mara Quell, who plays the lead, said ..."),
    # a name as a modifier before a kind of show and its quoted title: 'the Mara Quell drama
    # “Glass Harbor”', 'the Tovrel comedy "Glass Harbor"': the quoted title is the show
    RoleShape("title.veto.role_modifier", re.compile(
        rf"\s(?:{kind_alt(QUOTED_TITLE_KINDS)})\s[“\"‘]"),
        True, ("drama", "comedy", "series", "sitcom", "thriller", "docuseries", "procedural"),
        "the Mara Quell drama “Glass Harbor”"),
    # a decision with a named object: "Tovrel has cancelled Glass Harbor", "Tovrel formally
    # renewed “Glass Harbor”", "Tovrel orders another series of Glass Harbor"
    RoleShape("title.veto.role_decider", re.compile(
        r"\s(?:(?i:has|have)\s(?:(?i:officially|formally|also|now|just|finally|quietly)\s)?"
        # (round 37: the British "has (re)commissioned", "Kestrel has commissioned Ann Lee's
        # second series")
        r"(?i:renewed|cancell?ed|canceled|axed|ordered|greenlit|picked\sup|"
        r"(?:re-?)?commissioned)"
        r"|(?:formally|officially|quietly)\s(?:renewed|cancell?ed|canceled|ordered))"
        r"\s(?=[A-Z\"“‘'])"
        # a past decision whose object is a kind of show and its name ("Tovrel canceled
        # reality show Glass Harbor")
        r"|\s(?:renewed|cancell?ed|canceled|axed|ordered)\s(?:[a-z-]+\s){0,2}?"
        rf"(?:{common_show_nouns(5)}|docuseries|thriller)\s(?=[A-Z\"“‘'])"), True,
        ("renew", "cancel", "axed", "order", "greenlit", "picked", "commission"),
        "Tovrel has cancelled Glass Harbor."),
    RoleShape("title.veto.role_decider", re.compile(
        # (round 37, r37quotes: the participle of a clause of attendant circumstance, "X has
        # been saved, with Tovrel ordering a third series")
        r"\s(?:orders|ordered|has\sordered|commissions|commissioned|has\scommissioned|"
        r"ordering|commissioning)\s"
        r"(?:a|an|another|two|three|four|\d{1,2})\s(?:[\w-]+\s){0,2}?(?:seasons?|series|"
        r"episodes)(?:\s(?:of\s)?|(?=[.,;]))"), True, ("order", "commission"),
        "Tovrel orders another series of Glass Harbor."),
)


def _name_beside(line: str, position: int, before: bool) -> str:
    """The one to three capitalised words right before (or after) ``position``."""
    if before:
        tokens = line[max(0, position - 80):position].split(" ")
        if position >= 80:
            tokens = tokens[1:]  # the first may be cut
        tokens.reverse()
    else:
        tokens = line[position:position + 80].split(" ")
    words: list[str] = []
    for n, token in enumerate(tokens[:3]):
        core = token.rstrip(",.;:!?)\"”’'") if not before or n == 0 else token
        if not _NAME_WORD_OF_NETWORK_RE.fullmatch(core):
            break
        words.append(core)
        if core != token:
            break  # punctuation ends the name
    if before:
        words.reverse()
    return " ".join(words)


def _lines_holding(joined: str, starts: Sequence[int], stems: Iterable[str]) -> list[int]:
    """The numbers, in order, of the lines of ``joined`` (lines joined by "\\n", each starting
    at its offset in ``starts``) that hold one of ``stems`` (none holds a line break)."""
    found: set[int] = set()
    for stem in stems:
        at = joined.find(stem)
        while at != -1:
            number = bisect.bisect_right(starts, at) - 1
            found.add(number)
            # the next line: its other places add nothing
            at = joined.find(stem, starts[number + 1]) if number + 1 < len(starts) else -1
    return sorted(found)


def networks_by_shape(text: str) -> frozenset[str]:
    """The names ``text`` shows to be networks by how it uses them (lower case), so a network
    no list knows is no show: a name after "on" that is a day, a month or a holiday, or begins
    with a word that never starts a title, is none."""
    vocab = vocabulary()
    found: set[str] = set()
    lines = text.splitlines()
    deciding: set[str] = set()
    lowered = [line.lower() for line in lines]
    joined = "\n".join(lowered)  # each stem found in one search of the text, not per line
    starts = list(itertools.accumulate((len(low) + 1 for low in lowered[:-1]), initial=0))
    for (shape, before), scan, stems in zip(_NETWORK_SHAPES, _NETWORK_SCANS,
                                            _NETWORK_SHAPE_WORDS, strict=True):
        for number in _lines_holding(joined, starts, stems):
            line = lines[number]
            for match in scan.finditer(line):  # a line at a time: a headline runs into no body
                name = _name_beside(line, match.start() if before else match.end(), before)
                words = name.lower().split()
                while words and words[0] in STOP_CAPS:  # "With Tovrel picking it up"
                    words.pop(0)
                low = " ".join(words)
                first = words[0] if words else ""
                if not low or first in STOP_CAPS or first in vocab.holidays or \
                        low in vocab.holidays or low in vocab.places or low in vocab.first_names:
                    continue
                (deciding if (shape, before) in _DECIDING_NETWORK_SHAPES else found).add(low)
    # A title-case headline writes a show as its verb's subject too ("Salt Acre Renews Its
    # Vows"): a name only the deciding shapes give is a network unless the article shows it
    # as a show elsewhere; what the other shapes give ("Tovrel's biggest series", "premiered
    # on Tovrel") stands.
    names = found | {name for name in deciding - found
                     if not undergoes_decision(name, lines, lowered)}
    # "at Brindle TV": the candidate title is "Brindle" (a trailing "TV" is cut from titles)
    return frozenset(names | {name.removesuffix(" tv") for name in names if name.endswith(" tv")})


def names_by_role(text: str) -> dict[str, str]:
    """The names ``text`` gives a role only a network, a company or a person takes
    (``ROLE_SHAPES``; lower case), each with the rule of its first role: no show, unless the
    article writes the name as a show somewhere (a decision undergone, a season of its own)."""
    vocab = vocabulary()
    lines = text.splitlines()
    lowered = [line.lower() for line in lines]
    joined = "\n".join(lowered)
    starts = list(itertools.accumulate((len(low) + 1 for low in lowered[:-1]), initial=0))
    found: dict[str, str] = {}
    spoken: dict[str, str] = {}
    for role in ROLE_SHAPES:
        for number in _lines_holding(joined, starts, role.stems):
            line = lines[number]
            for match in role.scan.finditer(line):
                name = _name_beside(line, match.start() if role.before else match.end(),
                                    role.before)
                words = name.lower().split()
                whole = " ".join(words)
                while words and words[0] in STOP_CAPS:  # "With Tovrel ..."
                    words.pop(0)
                low = " ".join(words)
                if not low or low in found or words[0] in vocab.holidays or \
                        low in vocab.holidays or low in vocab.places or \
                        (len(words) == 1 and low in vocab.first_names):
                    continue
                found[low] = role.rule
                spoken[low] = whole  # "The Copper Vale announced": the guard reads it whole
    # a person's credit is read before a fronted phrase's subject ("Created by Mara Quell, the
    # comedy ..."): only a season at the name makes a person's name a show there
    kept = {name: rule for name, rule in found.items()
            if not undergoes_decision(name, lines, lowered)
            and not any(_written_as_show(said, lines, lowered,
                                         kind=rule != "title.veto.role_person")
                        for said in {name, spoken[name]})}
    # "on Brindle TV": the candidate title is "Brindle" (a trailing "TV" is cut from titles)
    return kept | {name.removesuffix(" tv"): rule for name, rule in kept.items()
                   if name.endswith(" tv")}


def _written_as_show(name: str, lines: Sequence[str], lowered: Sequence[str], *,
                     kind: bool = True) -> bool:
    """Somewhere the article writes ``name`` (lower case) with a season or a kind of show
    ("series 2 of Blue Harbor", "the drama Blue Harbor"): a show, whatever role it has. Not
    after "the", where the name qualifies a noun ("the third season of the Tovrel hit")."""
    return any(name in low and any(_shown_at(line, low, start, end, kind=kind)
                                   for start, end in whole_word_spans(name, line, seen=low))
               for line, low in zip(lines, lowered, strict=True))


def _shown_at(line: str, low: str, start: int, end: int, *, kind: bool = True) -> bool:
    """A kind of show at the mention, or a season not read across a "the" before it; not
    where an apposition calls the name a network ("Tovrel, the network that airs the
    series": the series is another's)."""
    if _NETWORK_APPOSITION_RE.match(line, end):
        return False
    shown = season_or_kind_at(line, start, end, kind=kind)  # a person's: the season only
    return (shown == "kind_of_show" and kind) or (
        shown == "season_at_name" and low[max(0, start - 4):start] != "the ")


@contextlib.contextmanager
def article_networks(names: frozenset[str],
                     roles: dict[str, str] | None = None) -> Iterator[None]:
    """While an article is read: ``names`` are networks too (``networks_by_shape``), and
    ``roles`` (``names_by_role``) are no shows, each vetoed by its role's rule."""
    token = _ARTICLE_NETWORKS.set(names | frozenset(roles or {}))
    roles_token = _ARTICLE_ROLES.set({k: v for k, v in (roles or {}).items() if k not in names})
    try:
        yield
    finally:
        _ARTICLE_ROLES.reset(roles_token)
        _ARTICLE_NETWORKS.reset(token)


def shown_networks() -> frozenset[str]:
    """The names the article being read shows to be networks (``article_networks``; lower
    case): a possessive of one before a name is an owner's ("Tovrel's Salt Road")."""
    return _ARTICLE_NETWORKS.get()


@functools.lru_cache(maxsize=1)
def network_names() -> frozenset[str]:
    """The networks, studios and streamers as the vetoes write them ("Audience", "HBO")."""
    data = _data_file("title_vetoes.json")
    return frozenset(w for w in data["networks"] if w)


@functools.lru_cache(maxsize=1)
def section_labels() -> frozenset[str]:
    """Words that lead a line or head a section without naming a show ("Update:", "Oops!")."""
    data = _data_file("title_vetoes.json")
    return frozenset(w.lower() for w in data["section_labels"])


@functools.lru_cache(maxsize=1)
def field_labels() -> frozenset[str]:
    """The fields of a show's fact box or table ("Premiere date", "Where to watch")."""
    data = _data_file("title_vetoes.json")
    return frozenset(w.lower() for w in data["field_labels"])


_FIELD_PUNCT_RE = re.compile(r"[\"“”‘’'*_:.!?()\[\]|]+")


#: Labels joined into one field ("Premiere Date and Time", "Release Date & Time").
_FIELD_JOINT_RE = re.compile(r"\s(?:and|&)\s|\s?[,/]\s?")
#: Words that join a field label only ("... and Time").
_FIELD_PARTS = frozenset({"date", "dates", "time", "times", "day"})
#: "Glass Harbor Season 2 Release Date": a show's title, its season, a field label.
_SEASON_FIELD_RE = re.compile(
    r"(?i)^(?P<title>.*?)\s?\b(?:season|series)\s(?P<n>\d{1,2})\s(?P<label>.+)$")


def _plain(text: str) -> str:
    return " ".join(_FIELD_PUNCT_RE.sub(" ", text).lower().split())


def is_field_label(title: str) -> bool:
    """The whole span is a field's label ("Premiere Date", "Where to Watch:", "Time slot",
    "Premiere Date and Time"): a layout word, never a show, wherever it stands (a line's lead,
    a table cell, a headline), quoted or not."""
    plain = _plain(title)
    if plain in field_labels():
        return True
    parts = [p for p in _FIELD_JOINT_RE.split(plain) if p]
    return len(parts) >= 2 and all(p in field_labels() or p in _FIELD_PARTS for p in parts) \
        and any(p in field_labels() for p in parts)


def without_field_label(title: str) -> tuple[str, int | None] | None:
    """A layout line's lead that ends in a field label: the show's title left before it and
    the season it names ("Glass Harbor Season 2 Release Date" -> ("Glass Harbor", 2);
    "Season 2 Premiere Date" -> ("", 2); "Glass Harbor Release Date" -> ("Glass Harbor",
    None)); None when the lead ends in no field label. Without a season only a label of two
    words or more is cut ("Glass Harbor Cast" stays as written)."""
    season = _SEASON_FIELD_RE.match(title)
    if season and is_field_label(season.group("label")):
        return season.group("title").strip(" -–—:,"), int(season.group("n"))
    words = title.split()
    for size in range(min(4, len(words) - 1), 1, -1):
        if is_field_label(" ".join(words[-size:])):
            return " ".join(words[:-size]).strip(" -–—:,"), None
    return None


@dataclass(frozen=True)
class Cues:
    """The patterns built from the cue lists of ``data/title_vetoes.json``: the words around a
    name that say it is a person, a character, an outlet or a work that is no TV series. Each
    is used on a bounded window (the 80 characters before a name, the 60 after it)."""

    #: Right before a name: "star X", "hosted by X", "starring X", "plays X", "via X".
    person_before: re.Pattern[str]
    #: Right before a list: "starring A, B and C", "the main cast, including A, B", "hosted by".
    people_list_before: re.Pattern[str]
    #: Right before a name, a role noun only ("creator X"), for names used again later.
    role_before: re.Pattern[str]
    #: Right after a person: "X said", "X, who plays".
    speech_after: re.Pattern[str]
    #: Right before a work that is no TV series: "the film X", "a new podcast X".
    other_work_before: re.Pattern[str]
    #: Right after one, its apposition or predicate: "X, the new film from Jane Doe", "X (a
    #: podcast)", "X is Jane Doe's new album".
    other_work_after: re.Pattern[str]
    #: The last words of the works (``other_work_before`` ends with one): a quick scan.
    work_last_words: re.Pattern[str]
    #: Words of sports broadcasts: "Sunday Night Football".
    sports: frozenset[str]
    #: The works that are no TV series ("film", "podcast"): one alone is no title either.
    works: frozenset[str]
    #: Words of a video game's news ("battle pass", "players", "Xbox").
    game_words: re.Pattern[str]


#: Words that end an apposition before its work word: a preposition, a conjunction or a verb
#: opens a phrase of its own ("X, the drama based on the film"), a kind of show says what
#: the name is ("X, the TV adaptation of the novel").
_WORK_APPOSITION_STOPS = (
    "of|about|on|from|based|adapted|inspired|and|or|with|to|for|in|at|that|which|who|whose|by|"
    "as|like|than|but|not|after|before|into|is|was|are|were|has|have|had|will|tv|television|"
    "once|originally|initially|formerly|previously|first|now|also|serial|program|version|"
    f"reality|{kind_alt(WORK_APPOSITION_KINDS)}")
#: Nouns after a work's word that make it a modifier of something else ("X, the game show",
#: "X, a film buff's dream", "X, the video game adaptation", "Jane Doe, the film director").
_WORK_NOUN_STOPS = (
    "show|shows|adaptation|adaptations|version|versions|buff|buffs|lover|lovers|fan|fans|"
    "critic|critics|maker|makers|star|stars|crew|set|studio|studios|festival|festivals|world|"
    "industry|rights|deal|deals|division|unit|arm|club|changer|night|nights|award|awards|role|"
    "roles|character|characters|de|reviewer|review|reviews|score|composer|director|directors|"
    "producer|producers|writer|writers|editor|actor|actress|executive|executives|company|"
    "distributor|school|student|students|rights|"
    # a finite verb after it: the apposition is a clause's subject ("X, the studio said")
    "said|says|say|told|tells|announced|announces|confirmed|confirms|reported|reports|added|"
    "adds|revealed|reveals|noted|notes|explained|explains|wrote|writes|tweeted|posted|shared|"
    "stated|states|declined|has|have|had|is|are|was|were|will|would|could|can|may|might|did|"
    "does")


def _alternation(words: Iterable[str]) -> str:
    """Plain words or phrases as a regex alternation, longest first, any spacing inside."""
    ordered = longest_first({w.lower() for w in words})
    return "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in ordered)


@functools.lru_cache(maxsize=1)
def cue_patterns() -> Cues:
    """The cue patterns, built once from the data file."""
    data = _data_file("title_vetoes.json")
    roles = _alternation(data["person_roles"])
    by = _alternation(data["person_by"])
    cast = _alternation(data["cast_openers"])
    characters = _alternation(data["character_cues"])
    works = _alternation(data["other_works"])
    sources = _alternation(w for w in data["sources"] if w != "said")
    return Cues(
        person_before=re.compile(
            rf"(?i)\b(?:{roles}|(?:{by})\s+by|{cast}|{characters}|{sources}"
            # "..., said Jane Doe" names the speaker; "Hulu said X ..." opens a clause about X
            r"|(?<![\w)]\s)said"
            r"|(?:series|comic|comics|novel|novels|book|books|memoir)\s+by)\s+$"
            rf"|\b(?:our|my|your|her|his|their)\s+(?!{SHOW_NOUN_ALT})(?:[a-z]+\s+)?$"),
        people_list_before=re.compile(
            rf"(?i)\b(?:{cast}|{roles}|(?:{by})\s+by)"
            r"(?:,?\s{1,3}(?:including|such\s+as|like|namely))?\s{1,3}$"),
        role_before=re.compile(rf"\b(?:{roles})\s+$"),
        speech_after=re.compile(
            rf"(?:['’]s)?,?\s+(?:who\s+)?(?:{_alternation(data['speech_verbs'])})\b"),
        other_work_before=re.compile(
            # round 21: a possessive pronoun too ("its spin-off podcast 'X'", "her novel X")
            rf"(?i)(?:(?:\b(?:the|a|an|new|upcoming|latest|hit|its|his|her|their|our|my|your)"
            rf"|[a-z]['’]s)\s+(?:[a-z-]+\s+)?"
            # or opening a sentence: "Film 'X' star Jane Doe ..."
            # round 21: or its quoted name in apposition ("Its companion podcast, “X,”")
            rf"|^|(?<=[.!?]\s)|(?<=\n))(?:{works})(?:\s+[\"“‘']?|,\s{{1,3}}[\"“‘'])$"),
        other_work_after=re.compile(
            # the name's closing quote, its comma inside or outside it
            r"(?i)^(?:(?:,[\"”’']|[\"”’']?,)\s{1,3}|[\"”’']?\s{0,2}\(\s{0,2}|[\"”’']?,?\s{1,3}"
            r"(?:is|was|will\s+be|remains|became|becomes)\s{1,3})"
            r"(?:(?:a|an|the|one\s+of\s+the|this)\s{1,3})?"
            # a few modifiers ("new", "Netflix", "Jane Doe's"), no phrase of their own
            rf"(?:(?!(?:{_WORK_APPOSITION_STOPS})\s)[\w’'&+-]{{1,25}}\s{{1,3}}){{0,4}}?"
            rf"(?:{works})(?![\w-]|['’]|\s{{1,3}}(?:{_WORK_NOUN_STOPS})\b)"
            r"(?<!\bplay(?=\s{1,3}on\b))"),
        work_last_words=re.compile(
            rf"(?i)\b(?:{_alternation(w.split()[-1] for w in data['other_works'])})"
            r"(?:\s{1,3}[\"“‘']?|,\s{1,3}[\"“‘'])(?=[A-Z0-9])"),
        sports=frozenset(w.lower() for w in data["sports_words"]),
        works=frozenset(w.lower() for w in data["other_works"]),
        game_words=re.compile(rf"(?i)(?<![\w-])(?:{_alternation(data['game_words'])})"
                              r"(?:['’]s)?(?![\w-])"),
    )


@dataclass(frozen=True)
class Verdict:
    """A candidate kept or dropped, and the rule that decided it."""

    title: str
    kept: bool
    rule: str


#: Words that make a "First Last" span a title, not a name ("Jessica Jones" would be a person
#: by its words alone: it needs strong evidence; "Chicago Fire" is no person).
_NAME_WORD_RE = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$|^(?:Mc|Mac|O')[A-Z][a-z]+$|"
                           r"^[A-Z][a-z]*[A-Z][a-z]+$")
#: "First Last" anywhere in a text, for surnames used alone later ("DuVall, Kudrow and ...").
_FULL_NAME_RE = re.compile(r"\b([A-Z][a-z]+)\s+((?:Mc|Mac|O'|De|Du|Le)?[A-Z][a-z]+[A-Za-z]*)\b")


#: A lone sentence adverb ("Unofficially cancelled", "Reportedly ...") is no title.
_ADVERB_RE = re.compile(r"^[A-Z][a-z]{2,}(?:ally|ously|ively|ently|antly|edly|ially|fully|ably|"
                        r"ibly|arly|ately)$")
_CONTRACTION_RE = re.compile(
    r"(?i)^(?:i|you|we|they|he|she|it|that|there|who)['’](?:ll|re|ve|d|s|m)$")


def persons_in(text: str, titles: Collection[str] = ()) -> tuple[frozenset[str], frozenset[str]]:
    """Two-word names in a text ("Krysten Ritter", a capitalised word then a surname-like word),
    other than the titles, and their surnames; not a headline's verb and its object ("Kestrel
    Renews Brightwater": ``_LEXICAL_VERBS``, round 39)."""
    vocab = vocabulary()
    full: set[str] = set()
    surnames: set[str] = set()
    # Inside some title, looked up once per name (not a loop over the titles per name, which
    # grew with the square of a page naming thousands): a name holds no newline.
    in_titles = "\n".join(titles)
    title_words = {word for title in titles for word in title.split()}
    position = 0
    while (match := _FULL_NAME_RE.search(text, position)) is not None:
        first, last = match.group(1), match.group(2)
        if first.lower() in _LEXICAL_VERBS:
            position = match.start(2)  # "Renews Brightwater", "Hires Dana Holt": from "Dana"
            continue
        position = match.end()
        name = f"{first} {last}"
        if first.lower() in _NOT_A_FIRST_NAME or first.lower() in _QUESTION_WORDS or \
                first.lower() in vocab.networks or \
                name in in_titles or last in title_words:
            continue
        full.add(name)
        surnames.add(last)
    return frozenset(full), frozenset(surnames)


#: The count of a headline's other shows ("A, B and Three Others", "A and 4 More"): no title.
_REST_COUNT_RE = re.compile(r"(?i)\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
                            r"eleven|twelve")
#: A plural kind of show ends a description, not a title: "Original Comedies", "New Dramas".
_GENRE_PLURALS = frozenset(
    "comedies dramas dramedies sitcoms thrillers procedurals shows originals docuseries".split())
_QUESTION_WORDS = frozenset("who what where when why how which whose".split())


#: Capitalised words that come before a name without being a first name ("Netflix Daredevil").
_NOT_A_FIRST_NAME = frozenset(
    """the a an this that these those in on at for with from by of to and or but so as if when
    while after before since until during also meanwhile however season series episode part
    new old season star stars actor actress creator showrunner director writer producer host
    mr mrs ms dr sir dame lord lady king queen prince princess saint st captain detective
    agent officer doctor uncle aunt miss madam""".split()
) | SHOW_NOUN_GROUPS["format"]  # round 41: "Greenlights Docuseries Quillmarsh"


#: A romanised Korean given name: two syllables joined by a hyphen ("Byung-hun", "Gi-Hun") or
#: written apart ("Jung Suk").
_KOREAN_GIVEN_RE = re.compile(r"[A-Z][a-z]{1,4}-[A-Za-z][a-z]{1,4}|[A-Z][a-z]{1,4} [A-Z][a-z]{1,4}")


def _looks_like_name(words: Sequence[str], vocab: Vocabulary) -> bool:
    """"Garth Ennis", "Mary J. Blige": a common first name, then a surname (and at most an
    initial or a second first name between them)."""
    if 2 <= len(words) <= 3 and words[0].lower() in vocab.korean_surnames and (
            _KOREAN_GIVEN_RE.fullmatch(" ".join(words[1:]))):
        return True  # "Lee Byung-hun", "Jo Jung Suk": surname first
    if not 2 <= len(words) <= 3 or words[0].lower() not in vocab.first_names:
        return False
    if not _NAME_WORD_RE.match(words[-1]) or words[-1].lower() in _QUESTION_WORDS:
        return False  # "Samantha Who?": a question, not a surname
    if len(words) == 3:
        middle = words[1]
        return bool(re.fullmatch(r"[A-Z]\.", middle)) or middle.lower() in vocab.first_names
    return True


def ends_with_person(before: str) -> bool:
    """The words right before a verb are a person's name ("Maya Lind won't return")."""
    words = re.findall(r"[\w.'’-]+", before[-40:])
    vocab = vocabulary()
    return any(_looks_like_name(words[-n:], vocab) for n in (2, 3) if len(words) >= n)


def possessor_is_not_title(words: Sequence[str]) -> bool:
    """The owner in "Maya Okafor's The Lantern" or "Cinemax's Strike Back": a person or a network,
    whose possessive starts the title rather than belonging to it."""
    vocab = vocabulary()
    name = " ".join(words).lower()
    return name in vocab.networks or _looks_like_name(words, vocab) or owner_by_shape(words)


#: A broadcaster's or a company's own word inside its name ("Kestara TV", "Channel 9",
#: "Quillon Studios"): no show title ends in one before a possessive.
_BROADCASTER_WORDS = frozenset({
    "tv", "channel", "plus", "max", "television", "network", "networks", "studios",
    "studio", "originals", "broadcasting", "streaming",
})
#: A name in capitals with at least two letters ("ZKX", "JTBC", "A&E", "TV5").
_ACRONYM_RE = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9&]{2,6}")


def owner_by_shape(words: Sequence[str]) -> bool:
    """The owner before a possessive is a network or a company by its shape alone, whatever
    the lists know: letters in capitals ("ZKX's Salt Road"), a streamer's plus ("Marlowe+'s"),
    a broadcaster's or a company's word ("Kestara TV's", "Quillon Studios'"). A show's own
    possessive ("Nobody's Garden", "Da Vinci's Demons") has none of these."""
    if not words or not 1 <= len(words) <= 3 or not all(w[:1].isupper() or w[:1].isdigit()
                                                        for w in words):
        return False
    if words[0].lower() in STOP_CAPS:
        return False
    if len(words) == 1 and (words[0].endswith("+") or _ACRONYM_RE.fullmatch(words[0])):
        return True
    vocab = vocabulary()
    low = [w.lower().rstrip("+") for w in words]
    return len(words) >= 2 and (words[-1].endswith("+") or any(
        w in _BROADCASTER_WORDS or w in vocab.organisation_words for w in low) or
        low[-1] in vocab.organisation_ends)


#: Used on the 30 characters before a candidate only; the bounds keep it linear on any input.
_POSSESSIVE_BEFORE_RE = re.compile(r"([\w+&!.-]{1,30}(?:\s[\w+&!.-]{1,30})?)['’]s\s$")


def possessive_owner(before: str) -> str:
    """"network" or "person" when ``before`` ends with a network's or a person's possessive
    ("Hulu's ", "Maya Okafor's "), else ""."""
    tail = before[-40:]
    # the pattern's end, "'s" and a space (or a line break after): its "s" one of these two
    match = _POSSESSIVE_BEFORE_RE.search(tail) if "s" in tail[-3:-1] else None
    if not match:
        return ""
    vocab = vocabulary()
    owner = match.group(1)
    if owner.lower() in vocab.networks or owner.split()[-1].lower() in vocab.networks or \
            owner_by_shape(owner.split()) or owner_by_shape(owner.split()[-1:]) or \
            _shown_network_owner(owner):
        return "network"
    return "person" if _looks_like_name(owner.split(), vocab) else ""


def _shown_network_owner(owner: str) -> bool:
    """The article being read shows the owner (or its last words) to be a network by its
    shape or a role (``article_networks``): "Tovrel's Glass Harbor" where the text also says
    "Tovrel's top rated shows" proposes Glass Harbor as a listed network's possessive does
    (round 20, r20names)."""
    shown = _ARTICLE_NETWORKS.get()
    if not shown:
        return False
    words = owner.lower().split()
    return any(" ".join(words[-k:]) in shown for k in range(len(words), 0, -1))


def network_possessive(title: str, text: str) -> bool:
    """"Netflix's Glass Harbor": a network's possessive before a name says it is a show; an
    outlet's before a person's name is a byline ("Variety's Jane Doe")."""
    vocab = vocabulary()
    networks = vocab.networks
    person = _looks_like_name(title.split(), vocab)
    at = text.find(title)
    while at >= 0:
        before = text[max(0, at - 30):at]
        match = _POSSESSIVE_BEFORE_RE.search(before) if "s" in before[-3:-1] else None
        owner = match.group(1).lower() if match else ""
        if match and (owner in networks or owner.split()[-1] in networks
                      or _shown_network_owner(owner)) and not (
                person and (owner in vocab.outlets or owner.split()[-1] in vocab.outlets)):
            return True
        at = text.find(title, at + 1)
    return False


def _event(words: Sequence[str], vocab: Vocabulary) -> bool:
    """"Winter TCA Press Tour", "Netflix Geek Week": an event's name ends with its kind
    ("The Panel" alone stays a title: an event needs a name before its kind)."""
    names = [w for w in words[:-1] if w.lower() not in ("the", "a", "an")]
    last = words[-1].lower()
    return bool(names) and (last in vocab.events or " ".join(
        (words[-2].lower(), last)) in vocab.events)


def _organisation(words: Sequence[str], vocab: Vocabulary, *, strong: bool) -> bool:
    """"Tin Roof Studios", "Spanish Network Antena", "Acme Inc.": a company's or a network's
    name holds one of its words anywhere (never a show, even next to a season phrase: "the
    Spanish Network Antena 3"); "Tin Roof Productions", "Lantern Media" end with one, which
    vetoes a span with no strong cue. "The Network" alone stays a title: an organisation
    needs a name beside its word."""
    names = [w for w in words if w.lower() not in ("the", "a", "an")]
    if len(names) < 2:
        return False
    if any(w.lower() in vocab.organisation_words for w in names):
        return True
    return not strong and names[-1].lower() in vocab.organisation_ends


#: Labels that open a headline or a line before a colon ("Roundup: ...", "Exclusive: ...").
_LABEL_HEADS = frozenset(
    """roundup round-up exclusive breaking analysis opinion interview explainer poll quiz
    report news preview ranked rumor rumour official watch recap review update updated video
    photos trailer teaser spoilers ratings""".split())
#: Verbs a headline's clause puts right after a network ("Syfy Seems to Be Slipping", "HBO
#: Sets Date"): a network followed by one is a sentence, not a show.
_CLAUSE_VERBS = frozenset(
    """is are was were has have had will would could may might can should won't isn't
    appears seems looks sets says gets confirms reveals announces renews cancels orders picks
    greenlights unveils drops releases shares teases debuts premieres launches axes scraps
    wants plans makes takes gives brings adds lands nabs books passes pulls moves shifts
    delays pushes opens closes becomes boosts eyes nears inks taps hires fires""".split())


#: The clause verbs that are no auxiliaries: a span opening with one lost its subject.
_LEXICAL_VERBS = frozenset(
    """appears seems looks sets says gets confirms reveals announces renews cancels orders
    picks greenlights unveils drops releases shares teases debuts launches axes scraps wants
    plans makes takes gives brings adds lands nabs books passes pulls shifts delays pushes
    becomes boosts eyes nears inks taps hires fires""".split())
#: A verb of news about people that a headline puts after its subject ("Jane Doe Shares
#: Update", "Star Teases Season 3"): a span holding one after its first word is a clause.
_NEWS_VERBS = frozenset(
    """shares teases reveals confirms talks explains admits announces says hints addresses
    responds reacts slams praises defends recalls celebrates joins exits leaves signs lands
    nabs taps casts hires fires dishes opens weighs breaks gushes details""".split())
#: An award's category opens with its grade and names a kind of work or role ("Best Comedy
#: Series", "Outstanding Lead Actor").
_AWARD_RE = re.compile(
    r"(?:Best|Outstanding)\s(?:[A-Z][\w'’-]{0,20}\s){0,3}?(?:Actor|Actress|Drama|Comedy|"
    r"Series|Television|TV|Limited|Supporting|Lead|Directing|Direction|Writing|Reality|"
    r"Variety|Sketch|Animated|Animation|Documentary|Program|Programme|Performance|Picture|"
    r"Film|Movie|Original|Music|Host|Ensemble|Cast|Casting|Guest|Miniseries|Talk|"
    r"Competition|Children['’]s|Short|Special|Show)\b")
#: A post in a company: its rank, "of", its department ("President of Original Programming",
#: "Head of Drama at Sky").
_POST_RE = re.compile(
    r"(?:(?:Co-|Vice\s|Executive\s|Senior\s|Deputy\s)?(?:President|Head|Chief|Director|"
    r"Controller|Commissioner|Chair|Chairman|Chairwoman|Manager|Editor)|EVP|SVP|VP)\s"
    r"(?:of|for)\s(?:[A-Z][\w&-]{0,20}\s){0,2}?(?:Original|Programming|Programmes|Comedy|"
    r"Drama|Scripted|Unscripted|Content|Entertainment|Development|Production|Television|TV|"
    r"Series|Marketing|Communications|Business|Alternative|Acquisitions|Film|Factual|Kids|"
    r"Global|Current|Creative|Commissioning|Streaming|Digital|Network)\b")


#: A rank or an honorific before a person's or a character's full name.
_RANKS = frozenset(
    """detective det. inspector sergeant sgt. lieutenant lt. captain capt. commander colonel
    general major agent officer constable doctor dr. dr professor prof. father sister brother
    queen king prince princess lady lord sir dame uncle aunt judge chief mr. mrs. ms. mr mrs ms
    miss senator president governor mayor""".split())


#: The words after a holiday's name that keep it a time ("Memorial Day Weekend", "Easter
#: Sunday", "Thanksgiving Break").
_HOLIDAY_TAILS = frozenset(
    "day weekend eve week break holiday holidays sunday monday night morning".split())


def _holiday(low: str, vocab: Vocabulary) -> bool:
    """"Thanksgiving", "Memorial Day Weekend", "Easter Sunday", "Fall 2024", "Black History
    Month", "Eurovision": a day or a time of the calendar, or a yearly event named without
    its kind (a time, no title; "The Fall" stays a title)."""
    if low in vocab.holidays or _TIME_SPAN_RE.fullmatch(low):
        return True
    head, _, tail = low.rpartition(" ")
    if head in vocab.holidays and _YEAR_RE.fullmatch(tail):
        return True  # "Fall 2024", "Eurovision 2025"
    return bool(head) and tail in _HOLIDAY_TAILS and head in vocab.holidays


#: A span's first words, then the preposition of a place or a network ("Easter Monday on
#: Kestrel", "Boxing Day at 9pm"): the words before it (round 36, r36dates2).
_HEAD_BEFORE_PLACE_RE = re.compile(r"(\S+(?:\s\S+){1,3}?)\s(?:on|at|via|in|from|across)\s")


#: A one-word day, then the preposition of a network and the rest ("christmas on kestrel",
#: "easter via kestrel+"; round 37).
_DAY_BEFORE_NETWORK_RE = re.compile(r"(\S+)\s(?:on|at|via)\s(\S.{0,39})")


def _holiday_then_place(low: str, vocab: Vocabulary) -> bool:
    """"Easter Monday on Kestrel", "Christmas Day on Tovrel" (a premiere verb's time then
    its network, read as one span): a named day of two or more words before "on", "at" or
    "via" is the verb's time, no title; one word ("Christmas on Mistletoe Farm") may open a
    title and stays, unless what follows is a network the vocabulary or the article names
    ("Christmas on Kestrel", "Hogmanay on BBC One": round 37, issue 10)."""
    head = _HEAD_BEFORE_PLACE_RE.match(low)
    if head is not None and _holiday(head.group(1), vocab):
        return True
    day = _DAY_BEFORE_NETWORK_RE.fullmatch(low)
    if day is None or day.group(1) not in vocab.holidays:
        return False
    networks = vocab.networks | _ARTICLE_NETWORKS.get()
    return any(name in networks for name in (day.group(2), day.group(2).rstrip("+")))


_YEAR_RE = re.compile(r"(?:19|20)\d\d")
#: A time written in title case ("September 14", "Sunday Nights", "Late Summer", "Early 2025",
#: "Q4 2025", "Next Week"): matched whole on the lower-cased span. A year alone ("1923") and a
#: weekday alone ("Wednesday") name shows too and are not matched.
_TIME_SPAN_RE = re.compile(
    r"(?:(?:this|next|last|early|late|mid|later\s+this|earlier\s+this)[\s-])?"
    r"(?:(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"spring|summer|fall|autumn|winter|year|month|week|weekend)(?:\s(?:\d{1,2}|(?:19|20)\d\d))?"
    r"|(?:" + "|".join(sorted(WEEKDAY_WORDS)) + r")s?"
    r"\s(?:" + "|".join(f"{word}s?" for word in TIMES_OF_DAY) + ")"
    r"|q[1-4](?:\s(?:19|20)\d\d)?|tomorrow|yesterday)"
    # a year alone ("1923") and a weekday alone ("Wednesday") are titles too
    r"|(?:early|late|mid)[\s-](?:19|20)\d\d")


def _ranked_person(words: Sequence[str], vocab: Vocabulary) -> bool:
    """"Detective Jane Doe", "Lady Maya Lind", "Star Jane Doe": a rank or a role then a full
    name is a person or a character, even next to a season phrase. A rank before one name
    ("Agent Carter", "Father Brown", "Doctor Foster") is a title's form and stays."""
    return len(words) == 3 and (words[0].lower() in _RANKS or words[0].lower() in
                                vocab.person_roles) and _looks_like_name(words[1:], vocab)


#: The last word of a sports competition's or body's name ("Metro Hockey League", "Harbor
#: Cup"): with a sport's word before it, never a show, even next to "season".
_SPORTS_BODIES = frozenset(
    "league leagues cup championship championships tournament association federation "
    "conference series tour open classic".split())


def _sports_body(title: str, names: frozenset[str], sports: re.Pattern[str]) -> bool:
    """"NBA", "The WNBA", "Metro Volleyball League": a sport or a league alone, or a
    competition named with its sport after it ("the 2026 NBA season" is the league's). A
    title that only holds a sport's word ("Golf Widows", "Inside the WNBA") stays."""
    low = title.lower().removeprefix("the ")
    if low in names:
        return True
    words = low.split()
    return len(words) >= 2 and words[-1] in _SPORTS_BODIES and bool(
        sports.search(" ".join(words[:-1])))


def person_by_role(title: str) -> bool:
    """A name whose own words make it a person or a character, whatever place it takes: a
    rank or a role then a full name ("Detective Jane Doe"), a show's star ("Salt Road's Jane
    Doe"). A show's position (``shows.show_position_evidence``, round 34) does not outweigh
    them: "three more seasons of Detective Jane Doe" speaks of the show she is in."""
    vocab = vocabulary()
    return _ranked_person(title.split(), vocab) or _show_and_its_star(title, vocab)


def _show_and_its_star(title: str, vocab: Vocabulary) -> bool:
    """"Salt Road's Jane Doe": a person after a possessive that is no person's or network's (a
    show's star, news of the cast), even next to a season phrase. "Tom Clancy's Jack Ryan"
    stays: a person's possessive opens a title."""
    match = _OWNER_RE.match(title)
    if not match or not _looks_like_name(match.group(2).split(), vocab):
        return False
    owner = match.group(1)
    return not (_looks_like_name(owner.split(), vocab) or owner.lower() in vocab.networks)


_OWNER_RE = re.compile(r"(\w[^'’‘]{0,60})['’‘]s\s(.{1,60})")


def _award_or_post(title: str) -> bool:
    """An award's category ("Best Comedy Series", "Outstanding Comedy") or a post in a company
    ("President of Original Programming", "Head of Drama at Sky"): no show, wherever it
    stands. "Best Friends Whenever" or "Head of the Class" name no kind of work or department
    and stay titles."""
    return bool(_AWARD_RE.match(title) or _POST_RE.match(title))


def _headline_clause(title: str, vocab: Vocabulary) -> bool:
    """A headline's clause or a label's line taken for a name: a label before a colon
    ("Roundup: Syfy Seems ...", "Season Roundup: ..."), or a network followed by a verb
    ("Syfy Seems to Be Slipping", "HBO Sets Premiere Date"), or a description with "its" or
    "their" ("Date for Its New Drama"). A show's own title never opens with a network and a
    finite verb; one that opens with a network and a noun ("MTV Unplugged") stays."""
    head, colon, _ = title.partition(": ")
    if colon and (head.lower() in _LABEL_HEADS or head.split()[-1].lower() in _LABEL_HEADS):
        return True
    words = title.split()
    if len(words) >= 2 and words[0].lower() in _LEXICAL_VERBS:
        return True  # "Appears to Be Fading", "Sets Return Date": a clause without its subject
    if len(words) >= 2 and any(w.lower() in _NEWS_VERBS for w in words[1:]):
        return True  # "Jane Doe Shares Update", "Star Teases Season": a person's news
    if len(words) >= 2 and any(w in ("Its", "Their") for w in words):
        return True  # "Date for Its New Drama", "Its Biggest Hit": a description
    for n in (1, 2):
        if len(words) > n and " ".join(words[:n]).lower() in vocab.networks:
            return words[n].lower() in _CLAUSE_VERBS
    return False


#: A title that names another medium's work by its last words (round 19): a podcast or an
#: after-show about a show ("Harrow Lane Podcast", "The Harrow Lane Aftershow"), or a
#: subtitle after a colon that names the work's kind ("Harrow Lane: The Musical", "Harrow
#: Lane: The Official Game", "Harrow Lane: The Tour"). A show's own subtitle names no medium
#: ("Harrow Lane: Origins"); "Harrow Game" and "The Long Tour" have no colon.
_OTHER_WORK_TITLE_RE = re.compile(
    r"(?i)(?:\b(?:podcast|aftershow|after[- ]show)|:\s(?:the\s)?(?:official\s)?(?:podcast|"
    r"musical|stage\splay|game|video\sgame|tour|live\stour|album|novel|book|comic|movie|film|"
    r"experience|exhibition))\Z")


def judge(title: str, *, strong: bool, text_persons: Collection[str] = (),
          surnames: Collection[str] = (), governed: bool = False) -> Verdict:
    """Keep or veto one candidate. ``strong``: quoted, next to a season phrase, or watched;
    ``governed``: a status verb's own object or subject ("renew Chuck", "Havana was
    cancelled"), which a lone first name, a place and a one-word time yield to (a show named
    for its lead, its city or its season; people are named by their surnames, and a city or a
    weekend is not renewed)."""
    vocab = vocabulary()
    low = title.lower()
    if low in vocab.networks or low.removeprefix("the ") in vocab.networks or \
            low.removeprefix("the ") in _ARTICLE_NETWORKS.get():
        return Verdict(title, False, _ARTICLE_ROLES.get().get(low.removeprefix("the "),
                                                              "title.veto.network"))
    if len(title.split()) >= 2 and _event(title.split(), vocab):
        return Verdict(title, False, "title.veto.event")  # "during Netflix Geek Week (June)"
    if _organisation(title.split(), vocab, strong=strong):
        return Verdict(title, False, "title.veto.organisation")  # "Tin Roof Studios"
    if _OTHER_WORK_TITLE_RE.search(title):
        return Verdict(title, False, "title.veto.other_work_title")  # "X: The Musical"
    if low in vocab.hype_words:
        return Verdict(title, False, "title.veto.hype_word")  # "Epic Season 2 On The Way"
    if strong and low in TIME_TITLE_WORDS:
        return Verdict(title, True, "title.keep.time_word")  # "Easter season 2"
    if strong and low in WEEKDAY_WORDS:
        return Verdict(title, True, "title.keep.weekday_word")  # "renewed Wednesday for a third"
    if strong and low.startswith("the ") and (low[4:] in TIME_TITLE_WORDS or
                                              low[4:] in WEEKDAY_WORDS):
        return Verdict(title, True, "title.keep.the_time_word")  # "renewed The Spring for a"
    if strong and WEEKDAY_TIMES_RE.fullmatch(low):
        return Verdict(title, True, "title.keep.weekday_times")  # "cancelled Monday Mornings"
    if _holiday(low, vocab) and not (governed and " " not in low):
        return Verdict(title, False, "title.veto.holiday")  # "returns after Thanksgiving"
    if _holiday_then_place(low, vocab):
        return Verdict(title, False, "title.veto.holiday")  # "premieres Easter Monday on X"
    if _ranked_person(title.split(), vocab):
        return Verdict(title, False, "title.veto.person_name")  # "Detective Jane Doe"
    if _sports_body(title, vocab.sports_names, _sports_names_re()):
        return Verdict(title, False, "title.veto.sports")  # "the Metro Hockey League season"
    if _show_and_its_star(title, vocab):
        return Verdict(title, False, "title.veto.person_name")  # "Salt Road's Jane Doe"
    if _headline_clause(title, vocab):
        return Verdict(title, False, "title.veto.headline_clause")  # "Syfy Seems to Be ..."
    if _award_or_post(title):
        return Verdict(title, False, "title.veto.award_or_post")  # "Best Comedy Series"
    if is_field_label(title):
        return Verdict(title, False, "title.veto.section_label")  # "Premiere Date", quoted too
    ends_on_time = len(title.split()) > 1 and title.split()[-1].lower() in TIME_TAIL_WORDS
    if strong:
        return Verdict(title, True, "title.keep.time_end" if ends_on_time else
                       "title.keep.strong")
    if low in vocab.places and governed:
        return Verdict(title, True, "title.keep.governed_place")  # "Havana was cancelled"
    if low in vocab.places or (", " in low and low.rsplit(", ", 1)[1] in vocab.places):
        return Verdict(title, False, "title.veto.place")  # "Atlanta", "Roswell, New Mexico"
    if low in vocab.demonyms or low.removeprefix("the ") in vocab.demonyms:
        # "The Spanish crime drama": an adjective ("The Americans", a plural, stays a title)
        return Verdict(title, False, "title.veto.nationality")
    words = title.split()
    if _looks_like_name(words, vocab) or _INITIALS_NAME_RE.fullmatch(title):
        return Verdict(title, False, "title.veto.person_name")  # "Jane Doe", "O.J. Simpson"
    if all(w.strip("!?:.").lower() in section_labels() for w in words):
        return Verdict(title, False, "title.veto.section_label")  # "Oops!", "Release Date"
    if _sports_re().search(low):
        return Verdict(title, False, "title.veto.sports")  # "Sunday Night Football"
    if len(words) == 1 and low in cue_patterns().works:
        return Verdict(title, False, "title.veto.other_work")  # "Film star Jane Doe ..."
    if len(words) >= 2 and words[-1].lower() in _GENRE_PLURALS:
        return Verdict(title, False, "title.veto.description")  # "Renews Original Comedies"
    if len(words) == 2 and words[-1].lower() in ("others", "more") and _REST_COUNT_RE.fullmatch(
            words[0]):
        return Verdict(title, False, "title.veto.count_of_rest")  # "A, B and Three Others"
    if len(words) == 1 and (_ADVERB_RE.match(title) or low in vocab.adverbs):
        return Verdict(title, False, "title.veto.adverb")
    if _CONTRACTION_RE.match(title):
        return Verdict(title, False, "title.veto.pronoun")
    if any(part.strip().lower() in vocab.networks for part in re.split(r"[/-]", title)
           ) and re.search(r"[/-]", title):
        return Verdict(title, False, "title.veto.network")
    if len(words) == 1 and (low in vocab.first_names and not governed or re.fullmatch(
            r"[A-Z]{2,3}", title)):
        return Verdict(title, False, "title.veto.first_name_or_initials")
    if len(words) == 1 and title in surnames:
        return Verdict(title, False, "title.veto.surname")
    return Verdict(title, True, "title.keep.time_end" if ends_on_time else "title.keep")


#: Used on the 80 characters before a candidate only; the bounds keep it linear on any input.
_JOINT_BEFORE_RE = re.compile(
    r"[\"”’']?(?:,\s{0,3}(?:and\s{1,80}|&\s{0,80})?|\s{1,80}(?:and|&)\s{1,80})[\"“‘']?$")
_JOINT_AFTER_RE = re.compile(r"[\"”’']?(?:,\s{0,3}(?:and\s+|&\s*)?|\s+(?:and|&)\s+)[\"“‘']?")


#: A person's credit right before a name: "the comedy from Jane Doe, X", "the new series by
#: creator Jane Doe, X" — the name is whose show it is, no item of a list with it (round 18).
_CREDIT_FROM_BEFORE_RE = re.compile(
    r"(?i)\b(?:from|by|of)\s{1,3}(?:(?:creator|co-creator|showrunner|writer|director|"
    r"producer|author|novelist|comedian|star)s?\s{1,3})?[\"“‘']?$")


def _listed_with(title: str, shows: Sequence[str], text: str) -> bool:
    """The candidate sits in a comma/and list right beside a show the text treats as one (not
    as the credit before it: "the comedy from Jane Doe, X")."""
    if not shows:
        return False
    at = text.find(title)
    while at >= 0:
        before = text[max(0, at - 80):at]
        if _CREDIT_FROM_BEFORE_RE.search(before):
            at = text.find(title, at + 1)
            continue
        joint = _JOINT_BEFORE_RE.search(before)
        if joint and before[:joint.start()].endswith(tuple(shows)):
            return True
        joint = _JOINT_AFTER_RE.match(text, at + len(title))
        if joint and text.startswith(tuple(shows), joint.end()):
            return True
        at = text.find(title, at + 1)
    return False


#: "J.J. Abrams", "O.J. Simpson": initials, then a surname.
_INITIALS_NAME_RE = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


@functools.lru_cache(maxsize=1)
def _sports_names_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(vocabulary().sports_names)})\b")


@functools.lru_cache(maxsize=1)
def _sports_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(cue_patterns().sports)})\b")


def other_work(title: str, text: str) -> bool:
    """The text calls the name a film, a podcast, a game, a book, a studio ... and never a TV
    show: right before a mention ("the film X", "Jane Doe's novel X") or in its apposition or
    predicate ("X, the new film from Jane Doe", "X (a podcast)", "X is her new album"), while
    no other mention of it has a season phrase at it, a kind of show beside it or a season in
    its clause ("renewed X, based on the novel X, for a second season": the series is named
    like its book). The same words right after a name ("the X podcast") veto it only when
    they stand at every mention of it: as a veto of any name they stand after once (a show's
    "the X movie") they lowered the sealed folds."""
    if not title:
        return any(_work_cue_at(text, m.end())
                   for m in cue_patterns().work_last_words.finditer(text))
    # Looked up where this name stands, not scanned for in the whole text for every article
    # (the scan cost ~0.15 ms an article for the few names checked).
    mentions = whole_mentions(title, text)
    cued = [work_cued(text, at, at + len(title)) for at in mentions]
    if not any(cued):
        if not mentions or not all(_named_for_work(text, at, at + len(title))
                                   for at in mentions):
            return False
        return True  # "the X podcast", "the stage adaptation of X" wherever it is named
    return not any(shown_as_tv(text, at, at + len(title))
                   for at, work in zip(mentions, cued, strict=True)
                   if not work and not _named_for_work(text, at, at + len(title)))


def _named_for_work(text: str, start: int, end: int) -> bool:
    """The mention names another work that bears the name: "the X podcast", "the X movie",
    "the stage adaptation of X" (``drop.other_medium`` reads the same words); not a season
    noun and its number ("X Book Two", "X Collection 4": a season, round 39)."""
    return bool(OTHER_WORK_AFTER_RE.match(text[end:end + 40])
                and not season_noun_after(text, end)
                or OTHER_WORK_BEFORE_RE.search(text[max(0, start - 45):start]))


#: Right before a name, a season's, a part's or an episode's own name: "season 2, subtitled
#: 'X'", "the second season of the drama, dubbed X", "the finale, titled 'X'" (read in the
#: 80 characters before the name, inside its sentence).
_SEASON_NAME_BEFORE_RE = re.compile(
    r"(?i)\b(?:seasons?|series\s{1,3}(?:\d{1,2}|one|two|three|four|five|six|seven|eight|"
    r"nine|ten)|part|chapter|volume|instal?lment|episodes?|finale|premiere|opener)\b"
    r"[^.!?;]{0,60}?,?\s{1,3}(?:sub-?titled|titled|entitled|dubbed|called|named|known\s{1,3}as)"
    r"[\s:]{1,3}[\"“‘']?$")


#: An apposition after a quoted name calling it an episode: "“X,” the first of ten
#: episodes", "“X”, the season premiere", "'X', its second episode" (round 21). Its words are
#: no kind of show and open no relative clause ("“X”, the drama whose premiere ...").
_EPISODE_APPOSITION_RE = re.compile(
    r"(?i)[\"”’']?,[\"”’']?\s{1,3}(?:the|its|this)\s{1,3}"
    rf"(?:(?!(?:{SHOW_NOUN_ALT}|whose|which|that|who|where)\b)[\w'’-]{{1,15}}\s{{1,3}}){{0,3}}?"
    r"(?:episodes?|instal?lments?|chapters?|finale|opener|premiere)\b(?!\s{1,3}of\b)")


def season_name(title: str, text: str) -> bool:
    """The text gives the name to a season, a part or an episode ("season 2, subtitled 'X'")
    at every mention, or at one while no other mention shows it to be a TV show: the
    subtitle of a show's season, no show of its own."""
    mentions = whole_mentions(title, text)
    # "season 2 of the show called X" names the show: a kind of show right before the name
    named = [(bool(_SEASON_NAME_BEFORE_RE.search(text, max(0, at - 80), at))
              and season_or_kind_at(text, at, at + len(title)) is None)
             or (at > 0 and text[at - 1] in "\"“‘'"
                 and _EPISODE_APPOSITION_RE.match(text, at + len(title)) is not None)
             for at in mentions]
    return any(named) and not any(shown_as_tv(text, at, at + len(title))
                                  for at, cued in zip(mentions, named, strict=True)
                                  if not cued)


def whole_mentions(title: str, text: str) -> list[int]:
    """Where ``text`` names ``title`` as whole words."""
    found = []
    at = text.find(title)
    while at >= 0:
        end = at + len(title)
        if (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()):
            found.append(at)
        at = text.find(title, at + 1)
    return found


def work_cued(text: str, start: int, end: int) -> bool:
    """The mention ``text[start:end]`` is called a work that is no TV series, right before it
    ("the film |X|") or in its apposition or predicate ("|X|, the new film from ..."), or its
    season is a game's ("|X| Season 3 adds a battle pass on Xbox")."""
    return _work_cue_at(text, start) or bool(
        end < len(text) and text[end] in _APPOSITION_OPENERS
        and cue_patterns().other_work_after.match(text[end:end + 120])) or _game_season(
            text, start, end)


#: A season phrase right after a name ("X Season 3", "X Chapter 2 Season 3", "X's third
#: season").
_GAME_SEASON_AFTER_RE = re.compile(
    r"(?i)['’\"”]?(?:['’]s)?\s{1,2}(?:chapter\s{1,2}\w{1,6}\s{1,2})?(?:\w{1,12}\s{1,2})?season\b")
#: Where a clause ends, around a mention.
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n|[;:]\s|\s[—–]\s")


def _game_season(text: str, start: int, end: int) -> bool:
    """A season at the name in a clause that speaks of a video game (its battle pass, a
    console) and names no TV word: the game's season."""
    if not _GAME_SEASON_AFTER_RE.match(text, end):
        return False
    head = text[max(0, start - 200):start]
    cuts = list(_SENTENCE_END_RE.finditer(head))
    sentence_start = max(0, start - 200) + (cuts[-1].end() if cuts else 0)
    tail = _SENTENCE_END_RE.search(text, end, min(len(text), end + 200))
    clause = text[sentence_start:tail.start() if tail else min(len(text), end + 200)]
    return bool(cue_patterns().game_words.search(clause)) and not TV_WORD_RE.search(clause)


#: The characters an apposition or a predicate after a name opens with (a quote closing the
#: name, a comma, a parenthesis, the space before "is").
_APPOSITION_OPENERS = frozenset(",\"”’' (")


def shown_as_tv(text: str, start: int, end: int) -> bool:
    """The mention has a season phrase at it, a kind of show beside it or a season in its
    clause: the text treats the name as a TV show there."""
    return season_or_kind_at(text, start, end) is not None or season_in_clause(text, start, end)


def _work_cue_at(text: str, at: int) -> bool:
    """A name called a work would start at ``at`` ("the film |X"): a work's last word ends
    right before it (its cue at most ``_WORK_CUE_SPAN`` characters long) and the longer cue
    holds before it."""
    cues = cue_patterns()
    return bool(_WORK_NAME_START_RE.match(text, at)
                and _work_end_re().search(text, max(0, at - _WORK_CUE_SPAN), at)
                and cues.other_work_before.search(text, max(0, at - 60), at))


@functools.lru_cache(maxsize=1)
def _work_end_re() -> re.Pattern[str]:
    """``Cues.work_last_words`` ending at the end of the searched part (its look-ahead
    apart)."""
    return re.compile(cue_patterns().work_last_words.pattern.removesuffix("(?=[A-Z0-9])")
                      + r"\Z")


#: The longest work's last word, the spaces and a quote after it.
_WORK_CUE_SPAN = 24
_WORK_NAME_START_RE = re.compile(r"(?i)[A-Z0-9]")  # the scan's look-ahead


def common_word(title: str, text: str) -> bool:
    """A single word the text also writes in lower case and never capitalises inside a
    sentence ("Missing"), a determiner ("Other streaming services ..."), or a verb in -ing
    whose every use takes an object ("Bringing it back ..."): its capital is the sentence's."""
    if " " in title or not title[:1].isupper() or not title[1:].islower():
        return False
    if title.lower() in DETERMINERS:
        return True
    # The two word cases are looked up for this one word, not collected for every word of
    # the text (which cost ~0.3 ms an article for the one or two words an article checks).
    mid_capital = _CAPITAL_WORD_RE.fullmatch(title) is not None and _stands_in(title, text,
                                                                               mid=True)
    if title.endswith("ing") and len(title) > 5 and not mid_capital:
        uses = re.findall(rf"\b{re.escape(title)}\b(?:\s{{1,3}}(\w+))?", text)
        if uses and all(word in _OBJECT_WORDS for word in uses):
            return True
    low = title.lower()
    return _LOWER_ONLY_RE.fullmatch(low) is not None and _stands_in(low, text) and \
        not mid_capital


def fronted_phrase_word(title: str, text: str) -> bool:
    """One word that opens its sentence at every mention, then a phrase of time or sequence
    with no subject of its own ("Days after being renewed", "Fresh off its renewal", "Newly
    renewed for a second season", "Weeks before its premiere") closed by a comma and a
    capitalised subject: the phrase fronts the sentence, its event is the subject's, and the
    word's capital is the sentence's (round 25, s25second)."""
    if " " in title or not title[:1].isupper() or not title[1:].islower():
        return False
    mentions = whole_mentions(title, text)
    return bool(mentions) and all(
        _SENTENCE_START_RE.search(text, max(0, at - 6), at) is not None
        and _FRONTED_PHRASE_RE.match(text, at + len(title)) is not None for at in mentions)


#: What stands right before a sentence's first word (bounded: read on 6 characters).
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?][\"”’']?\s{1,3}|\n\s{0,3})[\"“‘']?\Z")
#: A subjectless phrase of time or sequence after an opening word, up to its comma and the
#: sentence's capitalised subject ("Days after being renewed ..., Glass Harbor").
_FRONTED_PHRASE_RE = re.compile(
    r"\s{1,3}(?:after|before|off|ahead\s{1,3}of|since|following|removed\s{1,3}from|"
    r"renewed|cancell?ed|canceled|picked\s{1,3}up|ordered|being|having)\b"
    r"[^.!?\n,]{1,160},\s{1,3}[\"“‘']?[A-Z]")


#: Words that open a sentence as determiners, never as a show's whole title.
DETERMINERS = frozenset(
    "other another some many most several each every both all few such any".split())
#: The object right after a verb in -ing ("Bringing it back", "Making the show").
_OBJECT_WORDS = frozenset(
    "it its the a an this that these those them him her his their our my your back".split())


#: The words ``common_word`` looks up: a lower-case one, a capitalised one.
_LOWER_ONLY_RE = re.compile(r"[a-z]+")
_CAPITAL_WORD_RE = re.compile(r"[A-Z][a-z]+")
_MID_SENTENCE_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz,;")


def _stands_in(word: str, text: str, mid: bool = False) -> bool:
    """``word`` (``_LOWER_ONLY_RE`` or ``_CAPITAL_WORD_RE``) is written whole in ``text``: no
    word character, apostrophe or hyphen on either side; with ``mid``, inside a sentence
    (right after a lower-case letter, a comma or a semicolon, and a space)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at >= 2 and text[at - 1] == " " and text[at - 2] in _MID_SENTENCE_BEFORE if mid
                else at == 0 or not _in_word(text[at - 1])) and (
                end == len(text) or not _in_word(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _in_word(char: str) -> bool:
    """``char`` continues a word: a letter or digit (re's ``\\w``), "_", an apostrophe, a
    hyphen."""
    return char.isalnum() or char in "_'’-"


class _TextSurnames:
    """The surnames ``persons_in`` finds in a text, found at the first look-up: in most
    articles no candidate reaches the surname veto (one word, past every earlier veto), and
    the names of the whole text cost ~0.2 ms. (``judge`` reads no ``text_persons``.)"""

    def __init__(self, text: str, titles: Sequence[str]) -> None:
        self._text = text
        self._titles = titles
        self._found: frozenset[str] | None = None

    def _names(self) -> frozenset[str]:
        if self._found is None:
            self._found = persons_in(self._text, self._titles)[1]
        return self._found

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())


#: The body's lead calling its subject a work: "The battle royale game's third season ...",
#: "The film stars ..." (one of the first sentences, opening with it).
_WORK_REFERENCE_OPENER = (r"(?i)^\s{0,2}(?:the|this|that)\s{1,2}(?:[\w’'&+-]{1,20}\s{1,2}){0,3}?"
                          r"(?:%s)(?:['’]s(?![\w-])|(?![\w'’-]))(?!\s{1,3}(?:%s)\b)")
#: Nouns after the work's word that make it a modifier ("The film star Jane Doe ..."); a
#: verb after it ("The film stars ...", "The film is ...") keeps it the subject.
_REFERENCE_NOUN_STOPS = (
    "show|shows|adaptation|adaptations|version|versions|buff|buffs|lover|lovers|fan|fans|"
    "critic|critics|maker|makers|star|crew|set|studio|studios|festival|festivals|world|"
    "industry|rights|deal|deals|division|unit|arm|club|award|awards|role|roles|character|"
    "characters|reviewer|review|reviews|score|composer|director|directors|producer|producers|"
    "writer|writers|editor|actor|actress|executive|executives|company|distributor|school")


@functools.lru_cache(maxsize=1)
def _work_reference_re() -> re.Pattern[str]:
    return re.compile(_WORK_REFERENCE_OPENER % (_alternation(cue_patterns().works),
                                                _REFERENCE_NOUN_STOPS))


def lead_calls_a_work(lead: Sequence[str]) -> bool:
    """The body's lead calls its subject a work ("The battle royale game's third season ...",
    "The film stars ...") and never a show ("the series"): the headline's name the body never
    names is that work's. (``showwords`` reads "the series" the same way, for a show.)"""
    return any(_work_reference_re().match(t) for t in lead) and not lead_refers_to_show(lead)


#: A quote opened right after a linking verb (and an adverb) or "so-called": "Dramas That Seem
#: 'Doomed'", "the finale felt “Rushed”", "the so-called 'Golden Era'" — quotes around a word
#: used loosely (scare quotes), not around a title. Not after "called", "named", "titled",
#: "dubbed": those introduce a name.
_SCARE_QUOTE_BEFORE_RE = re.compile(
    # the verb inside a clause, after a word: "Is 'X' Cancelled?" asks about a title; a
    # form of "be" not inverted after "as", "so", "nor" or a participle ("as was 'X'", "Also
    # renewed was 'X'": X is the subject)
    r"(?i)(?:(?<=[\w,’'”\"] )(?:(?<!\bas )(?<!\bso )(?<!\bnor )(?<!ed )(?<!ing )"
    r"(?:is|are|was|were|be|been|being)|feels?|felt|feeling|seems?|"
    r"seemed|looks?|looked|sounds?|sounded|gets?|got|getting|remains?|remained|stays?|stayed|"
    r"becomes?|became|goes|went|gone|going)\s{1,3}(?:(?:still|so|too|very|now|officially|already|"
    r"truly|just|rather|quite|somewhat|all|pretty|more|less|not|never|a\s{1,3}bit|kind\s{1,3}of|"
    r"sort\s{1,3}of)\s{1,3}){0,2}|\bso-called\s{1,3})[\"“‘'*]\Z")
#: The copula's subject naming the show or its name: "the new drama is 'Nightjar'", "its
#: title is “Nightjar”" — the quoted words are the title.
_NAMED_SUBJECT_RE = re.compile(
    r"(?i)\b(?:%s|title|name|working\s{1,3}title|they|these|those|it|this)\s{1,3}"
    r"(?:is|are|was|were|will\s{1,3}be)\s{1,3}[\"“‘'*]\Z" % SHOW_NOUN_ALT)
#: An apposition after the quoted name: "They are “Stuck,” a sitcom about ..." names it.
_APPOSITION_AFTER_RE = re.compile(r"[,\"”’'*]{1,3}\s{1,3}(?:a|an|the)\s")


#: The rest of the sentence after the name ends on a question mark: "Why Is 'X' Ending?",
#: "So is “X” cancelled?" ask about a title.
_ASKED_AFTER_RE = re.compile(r"[^.!?\n]{0,120}\?")


def scare_quoted(title: str, text: str) -> bool:
    """A quoted name of one or two words standing where an adjective or a noun used loosely
    would (``_SCARE_QUOTE_BEFORE_RE``: "15 Dramas That Seem 'Doomed' (or Cancelled)") at every
    quoted mention, and never written as a show (a season, a kind of show, a decision
    undergone): scare quotes, not a title's (round 21)."""
    if len(title.split()) > 2 or not title[:1].isupper():
        return False
    quoted = [at for at in whole_mentions(title, text) if at and text[at - 1] in "\"“‘'*"]
    if not quoted or not all(
            _SCARE_QUOTE_BEFORE_RE.search(text, max(0, at - 60), at) and not
            _NAMED_SUBJECT_RE.search(text, max(0, at - 60), at) and not
            _APPOSITION_AFTER_RE.match(text, at + len(title)) and not
            _ASKED_AFTER_RE.match(text, at + len(title)) for at in quoted):
        return False
    lines = [text]
    lowered = [text.lower()]
    return not _written_as_show(title.lower(), lines, lowered) and \
        not undergoes_decision(title.lower(), lines, lowered)


#: A plural verb right after a name: "the Lantern Crew have been busy", "the Quell Sisters
#: are back".
_PLURAL_VERB_AFTER_RE = re.compile(r"\s{1,3}(?:have|are|were|themselves)\b|['’](?:ve|re)\b")


#: "the" (and one lower-case word: "the new Fen Five") inside a sentence, or opening one.
_LOWER_THE_BEFORE_RE = re.compile(r"\sthe\s(?:[a-z]{1,12}\s)?\Z")
_OPENING_THE_BEFORE_RE = re.compile(r"(?:\A|[.!?\n\"“]\s{0,3})The\s(?:[a-z]{1,12}\s)?\Z")


def group_of_people(title: str, text: str) -> bool:
    """A name of two words or more written after a lower-case "the" inside a sentence, and
    only after "the" (or "The" opening a sentence), with a plural verb after it somewhere
    ("the Lantern Crew will return ... The Lantern Crew have been busy"): a group of people
    (a cast's or a family's nickname), never given a season or a kind of show at it nor a
    decision (round 21). A title is written "The Copper Vale" inside a sentence, and a show
    takes a singular verb."""
    name = title.removeprefix("The ")
    if " " not in name or not name[:1].isupper():
        return False
    mentions = whole_mentions(name, text)
    if not mentions:
        return False
    lower_the = False
    for at in mentions:
        if _LOWER_THE_BEFORE_RE.search(text, max(0, at - 24), at):
            lower_the = True
        elif not _OPENING_THE_BEFORE_RE.search(text, max(0, at - 24), at):
            return False
    if not lower_the or not any(_PLURAL_VERB_AFTER_RE.match(text, at + len(name))
                                for at in mentions):
        return False
    low = name.lower()
    lines, lowered = [text], [text.lower()]
    return not _written_as_show(low, lines, lowered) and \
        not undergoes_decision(low, lines, lowered)


#: Right before a name, the words that give it to a character (round 24, r24names): "stars as
#: X", "returns as X", "reprises her role as X", "plays X", "voiced X", "the role of X", "the
#: character X" (a rank or "the" may stand between: "plays Detective X"). Read on the 60
#: characters before a mention only.
_CHARACTER_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:stars?|starring|starred|co-stars?|co-starring|co-starred|returns?|returning|"
    r"returned|back|cast|appears?|appearing|appeared|debuts?|recurs?|recurring|reprises?\s+"
    r"(?:her|his|their)\s+role|reprising\s+(?:her|his|their)\s+role|reprised\s+(?:her|his|"
    r"their)\s+role)\s+as|\b(?:plays?|played|playing|portrays?|portrayed|portraying|voices|"
    r"voiced|voicing)|\bthe\s+(?:role|character|part)\s+of|\bthe\s+characters?|"
    r"\bcharacters?)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:(?:%s)\s+)?[\"“‘']?\Z"
    % "|".join(re.escape(r) for r in sorted(_RANKS - {"president"})))
#: A person's full name right before "as" and the name: "Jane Doe as X" (a cast list's form).
_PERSON_AS_BEFORE_RE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:Mc|Mac|O'|De|Du|Le)?[A-Z][\w'’-]+\s+as\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?i:%s)\s+)?[\"“‘']?\Z" % "|".join(re.escape(r) for r in sorted(_RANKS - {"president"})))
#: Right after a name, who plays it: "X, played by Jane Doe", "X (played by Jane Doe)", "X
#: (Jane Doe)" (a person's full name alone in the parenthesis).
_CHARACTER_AFTER_RE = re.compile(
    r"[\"”’']?(?:,\s{1,3}|\s{1,3}\(\s{0,2}|\s{1,3}[–—-]\s{1,3})(?:(?:as\s+)?(?:played|"
    r"portrayed|voiced)\s+by\b|(?P<first>[A-Z][a-z]+)\s+(?:Mc|Mac|O'|De|Du|Le)?[A-Z][\w'’-]+"
    r"\s{0,2}\))")
#: Right before a name, "in": the work a credit names ("stars as Ash Marlowe in Marlowe").
_IN_BEFORE_RE = re.compile(r"(?i)\bin\s+(?:the\s+)?[\"“‘']?\Z")
#: Right after a name, what a show does to its people and its story ("Marlowe stars Jane Doe
#: as Marlowe", "Marlowe follows a detective"): the name is the show's.
_SHOW_VERB_AFTER_RE = re.compile(
    r"[\"”’']?\s{1,3}(?:stars|starred|co-stars|follows|followed|centers|centres|centered|"
    r"centred|features|featured|tells|told)\b")


#: Right after a name, a verb of its own: "as" before the name opened a clause ("debuts as
#: Glass Harbor wraps its run"), not a role.
_CLAUSE_AFTER_RE = re.compile(
    r"[\"”’']?\s{1,3}(?:is|are|was|were|has|have|had|will|would|can|could|does|did|gets|got|"
    r"wraps|wrapped|ends|ended|begins|began|starts|started|premieres|premiered|returns|"
    r"returned|airs|aired|films|filmed|shoots|debuts|debuted|concludes|concluded|finishes|"
    r"finished|heads|moves|moved|continues|leaves|left|enters|entered)\b")
#: Right after a name, its possessive: the name owns what follows ("Glass Harbor's lead").
_OWNER_AFTER_RE = re.compile(r"[\"”]?" + POSSESSIVE + r"\s")


def _character_cued(text: str, start: int, end: int, first_names: frozenset[str]) -> bool:
    """The mention ``text[start:end]`` is given to a character: a role before it ("plays X",
    "stars as X", "Jane Doe as X") or who plays it after it ("X, played by Jane Doe", "X
    (Jane Doe)")."""
    before = text[max(0, start - 60):start]
    if _OWNER_AFTER_RE.match(text, end):
        return False  # "stars as Glass Harbor's lead detective": the show owns the role
    cue = _CHARACTER_BEFORE_RE.search(before)
    if cue:
        # "Tin Roof debuts as Glass Harbor wraps its run": "as" opens a clause, no role
        return not (cue.group(0).rstrip(" \"“‘'").lower().endswith(" as")
                    and _CLAUSE_AFTER_RE.match(text, end))
    person = _PERSON_AS_BEFORE_RE.search(before)
    if person and person.group(1).lower() in first_names:
        return True
    after = _CHARACTER_AFTER_RE.match(text, end)
    if after is None:
        return False
    first = after.group("first")
    return not first or first.lower() in first_names


def character_name(title: str, text: str) -> bool:
    """A name the article gives to a character ("Jane Doe stars as Marlowe Finch", "Marlowe
    Finch, played by Jane Doe", "who plays Marlowe Finch") at one mention at least, never
    written as a show (quoted, a season or a kind of show at it, a decision it undergoes, "in
    X" after a credit, "X stars ..."): a character of the article's show, no title; "Marlowe
    Finch returns next summer" tells the show's return (round 24, r24names)."""
    if not title[:1].isupper():
        return False
    mentions = whole_mentions(title, text)
    if not mentions:
        return False
    first_names = vocabulary().first_names
    if not any(_character_cued(text, at, at + len(title), first_names) for at in mentions):
        return False
    if any((at and text[at - 1] in "\"“‘'*") or _IN_BEFORE_RE.search(text, max(0, at - 12), at)
           or _SHOW_VERB_AFTER_RE.match(text, at + len(title)) for at in mentions):
        return False  # quoted somewhere: a title's form, not a character's
    low = title.lower()
    lines, lowered = [text], [text.lower()]
    return not _written_as_show(low, lines, lowered) and \
        not undergoes_decision(low, lines, lowered)


def validate(titles: Sequence[str], strong: Collection[str], text: str,
             protected: Collection[str] = (), loose: Collection[str] = (),
             vouched: Collection[str] = (), governed: Collection[str] = (),
             headline_works: Collection[str] = ()) -> list[Verdict]:
    """A verdict per candidate; ``protected`` titles (the watch list) are always kept. A
    ``loose`` strong title ("X for season 3") is strong against name vetoes, not places; a
    ``vouched`` one (an item of a list of shows) against name and place vetoes; a
    ``governed`` one (a status verb's own object or subject) against a lone first name's;
    ``headline_works`` are the headline's names the body never names while its lead calls
    its subject a work (``lead_calls_a_work``)."""
    surnames = _TextSurnames(text, [t for t in titles if t in strong])
    verdicts = []
    for title in titles:
        if title in protected:
            verdicts.append(Verdict(title, True, "title.keep.watched"))
            continue
        if other_work(title, text) or title in headline_works:
            verdicts.append(Verdict(title, False, "title.veto.other_work"))
            continue
        if season_name(title, text):
            verdicts.append(Verdict(title, False, "title.veto.season_name"))
            continue
        if title not in protected and scare_quoted(title, text):
            verdicts.append(Verdict(title, False, "title.veto.scare_quote"))
            continue
        if title not in protected and title not in strong and group_of_people(title, text):
            verdicts.append(Verdict(title, False, "title.veto.group_of_people"))
            continue
        if title not in protected and title not in strong and character_name(title, text):
            verdicts.append(Verdict(title, False, "title.veto.character"))
            continue
        if title not in strong and common_word(title, text):
            verdicts.append(Verdict(title, False, "title.veto.common_word"))
            continue
        if title not in strong and fronted_phrase_word(title, text):
            verdicts.append(Verdict(title, False, "title.veto.fronted_phrase"))
            continue
        if title in loose:
            weak = judge(title, strong=False)
            if weak.rule in ("title.veto.place", "title.veto.nationality"):
                verdicts.append(weak)
                continue
        verdict = judge(title, strong=title in strong or network_possessive(title, text),
                        surnames=surnames, governed=title in governed)
        if (verdict.rule == "title.veto.person_name" and _listed_with(
                title, [t for t in titles if t in strong and t != title], text)) or (
                title in vouched and verdict.rule in (
                    "title.veto.person_name", "title.veto.place",
                    "title.veto.first_name_or_initials")):
            verdict = Verdict(title, True, "title.keep.listed_with_show")
        verdicts.append(verdict)
    return _characters_listed(verdicts, strong, text, protected)


def _characters_listed(verdicts: list[Verdict], strong: Collection[str], text: str,
                       protected: Collection[str]) -> list[Verdict]:
    """A kept name listed right beside a character ("Jesse Vane, Tulip Rowe and Cassian will
    head back"), told as no show anywhere, is one of the characters too (round 24)."""
    characters = [v.title for v in verdicts if v.rule == "title.veto.character"]
    if not characters:
        return verdicts
    out = []
    for verdict in verdicts:
        title = verdict.title
        if verdict.kept and title not in protected and title not in strong and _listed_with(
                title, characters, text) and not _written_as_show(
                title.lower(), [text], [text.lower()]) and not undergoes_decision(
                title.lower(), [text], [text.lower()]):
            verdict = Verdict(title, False, "title.veto.character_listed")
        out.append(verdict)
    return out
