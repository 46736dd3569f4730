"""Vocabularies the fact extractor reads: triggers per fact kind, hedges, negations, junk lines.

Kept as data so the wording can be tuned without touching the logic (trafilatura keeps its
XPaths apart the same way). Everything is compiled once at import, but for the case-blind forms
that serve only the rare text whose length ``str.lower`` changes (``LazyPattern``: compiled on
their first use, or by ``compile_deferred`` where the article workers' fork server preloads the
extractor). No function here looks at a particular article; the lists describe how English TV
news phrases production news.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Iterator
from typing import Any

from . import patterncache
from .candidate import MentionLike
from .dates import _MONTH_STEMS, MOVE_VERBS, NAMED_DAYS, YEAR_ALT, named_day_alt
from .showwords import (
    COUNTED_KINDS,
    DECISION_WORDS,
    NEW_KIND_ALT,
    ORDERED_NEW_KINDS,
    PARTS_KINDS,
    PLURAL_SUBJECT_KINDS,
    POSSESSIVE,
    SHOW_NOUN_ALT,
    SHOW_NOUN_ALT_NO_SERIES,
    SHOW_NOUN_GROUPS,
    SHOW_NOUN_STEMS,
    TV_WORD_KINDS,
    common_show_nouns,
    kind_alt,
    longest_first,
    owner_possessive,
)


def lower_case_regex(pattern: str) -> re.Pattern[str]:
    """Compile an IGNORECASE pattern for text already lower-cased, without the flag.

    CPython's re is several times slower with IGNORECASE. Upper-case literals and ranges are
    lowered; escapes such as ``\\S`` and ``\\W`` are kept.
    """
    return re.compile(lower_case_text(pattern))


def lower_case_text(pattern: str) -> str:
    """``lower_case_regex``'s pattern, not compiled."""
    pattern = pattern.replace("(?i)", "").replace("A-Z", "a-z")
    # Not after a backslash (\\S, \\W) nor in "(?P<name>".
    return re.sub(r"(?<![\\?])[A-Z]+", lambda m: m.group(0).lower(), pattern)


class LazyPattern:
    """A pattern compiled on its first use rather than at import (issue 14, round 28: the
    import's cost is nearly all re's compiler): for a form most texts never reach, such as a
    case-blind pattern whose lower-case twin serves every text ``str.lower`` keeps the length
    of. ``pattern`` is its text; the methods are the compiled pattern's. ``compile_deferred``
    compiles every one not yet compiled (the article workers' fork server does, so no worker
    pays for it after the fork)."""

    __slots__ = ("pattern", "_compiled", "__weakref__")

    #: Every LazyPattern made (weakly held): what ``compile_deferred`` compiles.
    _made: weakref.WeakSet[LazyPattern] = weakref.WeakSet()
    _made_lock = threading.Lock()

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None
        patterncache.want(pattern)  # kept in the compiled-pattern cache for its module
        with LazyPattern._made_lock:
            LazyPattern._made.add(self)

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = patterncache.compile(self.pattern)
        return compiled

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.search(text, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.match(text, *args)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *args)

    def findall(self, text: str, *args: int) -> list[Any]:
        return self.compiled.findall(text, *args)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count)


def compile_deferred() -> int:
    """Compile every ``LazyPattern`` not compiled yet (those of every module imported so far);
    how many were compiled."""
    with LazyPattern._made_lock:
        waiting = [lazy for lazy in LazyPattern._made if lazy._compiled is None]
    for lazy in waiting:
        lazy.compiled  # noqa: B018 - compiled for its side effect
    patterncache.save()  # the fork server: written now, it never reaches its exit handlers
    return len(waiting)


class Caseless:
    """A case-insensitive pattern that runs on the lower-cased text, without IGNORECASE.

    Same positions and spans as the IGNORECASE form (which it falls back to for the rare text
    whose length ``str.lower`` changes); group texts come back lower-cased.
    """

    __slots__ = ("_any_case", "_low", "stems")

    def __init__(self, pattern: str, stems: tuple[str, ...] = ()) -> None:
        #: The IGNORECASE form, compiled on its first use (few texts reach it).
        self._any_case = LazyPattern(pattern if pattern.startswith("(?i)") else "(?i)" + pattern)
        self._low = lower_case_regex(pattern)
        #: Lower-case substrings one of which every match contains: without one, no match.
        self.stems = stems

    def _pick(self, text: str) -> tuple[re.Pattern[str], str] | None:
        low = text.lower()
        if self.stems:
            for stem in self.stems:
                if stem in low:
                    break
            else:
                return None
        return (self._low, low) if len(low) == len(text) else (self._any_case.compiled, text)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The IGNORECASE form (compiled on first use)."""
        return self._any_case.compiled

    def search(self, text: str) -> re.Match[str] | None:
        picked = self._pick(text)
        return picked[0].search(picked[1]) if picked else None

    def match(self, text: str) -> re.Match[str] | None:
        picked = self._pick(text)
        return picked[0].match(picked[1]) if picked else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        picked = self._pick(text)
        return picked[0].finditer(picked[1]) if picked else iter(())

    def findall(self, text: str) -> list[Any]:
        picked = self._pick(text)
        return picked[0].findall(picked[1]) if picked else []


NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "twenty-two": 22, "twenty-four": 24,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "sophomore": 2, "freshman": 1, "debut": 1,
    "inaugural": 1,
}


def ordinal_number(word: str) -> int | None:
    """The number an ordinal names: "third" or "3rd" is 3; None for anything else."""
    word = word.lower()
    return ORDINALS.get(word) or (int(word[:-2]) if word[:-2].isdigit() else None)


def ordinal_alternation(*leave_out: str) -> str:
    """The ordinal words but ``leave_out`` as a regex alternation, the longest first (words of
    one length in ``ORDINALS``' order): ``ordinal_alternation("first")`` for the ordinals of a
    later season (round 26: ``rules`` built three of these by hand)."""
    return "|".join(sorted((w for w in ORDINALS if w not in leave_out), key=len, reverse=True))
_NUM_ALT = "|".join(longest_first(NUMBER_WORDS))
_ORD_ALT = "|".join(longest_first(ORDINALS))
_SEASON_NUM = rf"(?:\d{{1,2}}|{_NUM_ALT})"

#: The letters a season phrase can start with (besides a digit).
_SEASON_FIRST = "".join(sorted({word[0] for word in ORDINALS} | set("snulfact")))
#: Season phrases. Groups: n / n2 (numbers), ord (ordinal word or 3rd), gen (no number).
SEASON_RE = re.compile(
    # The look-ahead (a phrase's first character) lets re reject most positions at once.
    rf"(?=\d|(?i:[{_SEASON_FIRST}]))(?:"
    # ("season-two premiere": round 25; round 38: a reality show's "Cycle 12")
    rf"(?i:\b(?:seasons?|series|cycle)(?:\s+|-(?=[a-z]+\s+(?:premiere|finale|debut|opener|closer|"
    rf"renewal|order)\b)))(?P<n>(?i:{_SEASON_NUM}))\b(?!-)"
    rf"(?:\s*(?:(?i:and)|&|,)\s*(?P<n2>(?i:{_SEASON_NUM}))\b)?(?!\s*(?:episodes?|minutes|%|percent))"
    # not a count told for the next season: "eight episodes in Season 3 and six in Season 4"
    rf"(?(n2)(?!\s+(?i:in|for)\s+(?i:seasons?|series)\b))"
    rf"|\bS(?P<s>\d{{1,2}})(?:E\d+)?\b"
    # (round 35: not a verb's "debut" before its numbered object, "will debut season 2")
    rf"|(?i:\b(?P<ord>{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th))(?!\s{{1,3}}seasons?\s{{1,3}}\d)"
    rf"(?:,?\s+and\s+final,?)?"
    # "a third and (a) fourth season", "both a 12th and a 13th cycle": two seasons
    rf"(?:\s+and\s+(?:an?\s+)?(?P<ord_b>{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)))?"
    # (or a decision's compound: "a second-season renewal", "its third-season order"; or,
    # round 25, the season's own premiere or finale: "its second-season finale"; not "its
    # first-season run")
    # (round 37: the British "a second-series commission")
    rf"(?:\s+|-(?=(?:season|series)\s+(?:renewal|order|pickup|pick-up|commission|premiere|"
    rf"finale|debut|opener|closer)\b))"
    rf"(?:(?:full|new|solo|official|installment)\s+)?(?:seasons?|series\b(?!\s+from)|"
    # "renewed for a third run", a reality show's "44th cycle"
    # (round 36: "given a second run by Kestrel")
    rf"run\b(?=\s+of\b|\s*[,.;:)]|\s*$|\s+(?:on|at|in|and|with|for|to|by)\s)|cycles?\b|"
    # "its third outing", "a third go-round" (round 17: the trade's word); not an instalment,
    # a chapter or a volume: split parts and films are often called so (round 7)
    rf"outing\b|go-(?:round|around)\b)"
    # (round 36: "a fourth season and a fifth", the second told after the noun, at a
    # clause's end)
    rf"(?:\s+and\s+(?:an?\s+|its\s+)?(?P<ord_c>{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th))\b"
    rf"(?=\s{{0,2}}(?:[,.;:!?)]|$|(?:on|at|in|from|by|with|after|following|this|next)\b)))?)"
    rf"|(?i:\b(?P<ord2>freshman|sophomore|rookie|debut)\s+run\b)"
    rf"|(?i:\b(?P<gen>new|next|upcoming|latest|final|last|another|follow-up|coming|"
    rf"current|additional|this)\s+(?:(?!(?:{_ORD_ALT}|\d+(?:st|nd|rd|th))\b)\w+\s+)?seasons?\b"
    # "the current Season 2" is season 2
    rf"(?!\s+(?:\d{{1,2}}|(?i:{_NUM_ALT}))\b)))",
)

#: Capitalised words that never start or end a show title (sentence starters, pronouns,
#: networks, calendar words, trade words). A title may still contain them in the middle.
STOP_CAPS: frozenset[str] = frozenset(
    """a an the this that these those it its it's he she they we you i his her their our my
    your in on at for with from by of to and or but so as if when while after before since
    until during also meanwhile however additionally plus then now just even though
    although because here there which where yes no not each every
    among amongst amid most many several some few others
    according unfortunately fortunately finally previously currently officially recently
    again thankfully sadly luckily instead obviously well oh so-called mr mrs ms dr ever
    i'm i’m i've i’ve i'll i’ll i'd i’d below above cameras filming shooting work writers both
    pre-production post-production moreover furthermore nevertheless indeed overall ultimately
    notably interestingly likewise similarly subsequently consequently therefore thus hence
    elsewhere originally initially eventually apparently reportedly understandably surprisingly
    unsurprisingly admittedly regardless besides otherwise speaking whatever whether
    season seasons series episode episodes part volume vol chapter show shows tv
    netflix hulu hbo max amazon prime video apple disney disney+ peacock paramount paramount+
    showtime starz amc fx fxx abc nbc cbs fox cw the-cw bbc itv usa syfy tnt tbs hbo's
    netflix's marvel marvel's dc lucasfilm studio studios network networks streamer
    streaming youtube instagram twitter x facebook tiktok reddit variety deadline
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday today tomorrow yesterday spring summer fall autumn winter
    emmy emmys oscar oscars globes comic-con sag-aftra wga
    should were had would could did does
    renewed renewal renews cancelled canceled cancels cancellation officially tba tbd
    cancelling canceling renewing axing axed scrapping
    premiere premieres premiered returns returning return filming production wrapped
    breaking exclusive update updates news report reports watch read source sources
    photo photos image images credit trailer teaser review recap interview video videos
    fans fan viewers audiences critics cast creator creators showrunner
    showrunners director writer writers producer producers actor actress""".split()
)
#: Words that end a span but are not part of a title ("Harbor Lights Season", "HBO Max").
TRAILING_STOP: frozenset[str] = frozenset(
    """season seasons series episode episodes part volume vol chapter premiere premieres
    finale trailer teaser tv netflix hulu hbo max amazon prime apple disney disney+ peacock
    paramount paramount+ showtime starz amc fx fxx abc nbc cbs fox cw bbc itv syfy tnt tbs
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday renewed cancelled canceled
    officially tba tbd"""
    # round 35: the wire style's month abbreviations ("the second season of X on Sept. 5");
    # not "Jan" (a first name) nor the months it writes whole
    """ feb aug sept oct nov dec""".split()
)
#: Network or studio names dropped from the front of a title ("Netflix's", "Marvel's").
TITLE_PREFIXES: frozenset[str] = frozenset(
    """netflix hulu hbo max amazon prime apple disney disney+ peacock paramount paramount+
    showtime starz amc fx fxx abc nbc cbs fox cw bbc itv usa syfy tnt tbs marvel dc
    lucasfilm starz freeform sky channel video tv tv+ plus""".split()
)
#: Lower-case words allowed inside a title span ("no" joins romanised Japanese titles:
#: "Kaze no Michi"; between two capitalised words it is never English prose).
TITLE_CONNECTORS: frozenset[str] = frozenset(
    "of the and & a an in on at to for with from de la le du des von van y or vs vs."
    " into no".split()
)
#: Lower-case words a title may hold between two capitalised words beyond the connectors
#: ("Dead by Dawn", "Life as We Knew It", "Caught between Worlds"), which prose also puts
#: between two names ("chose Glass Harbor over Red Kettle", "Created by Maya Lind"): a span
#: joins over one only where the article attests the joined words as a unit (quoted, or
#: written the same way twice).
TITLE_INNER_WORDS: frozenset[str] = frozenset(
    """by as up out off over under about after before between through without against upon
    onto until than via per vs nor""".split()
)

# --- page junk -------------------------------------------------------------------------------
#: Lines that are page furniture, whatever follows them.
JUNK_LINE_RE = Caseless(
    r"(?i)^\s*(?:more in\b|more:|next:|related:?|see also|check also|read more|read next|"
    r"recommended|you might also like|also read|sources?:|\[sources?|\[credit|credit:|"
    r"photo:|image:|photos?$|by\s+[A-Z]|by[A-Z]|written by|latest from|sign up|subscribe|"
    r"newsletter|advertisement|share this|tags?\b|comments\b|fill in your|you are commenting|"
    r"connecting to|log (?:in|out)|twitter picture|facebook photo|google\+ photo|\d+ min read|"
    r"pic\.twitter|h/t\b|click here|watch:|trending|breaking$|featured|this is an? "
    r"(?:modal|advert)|getty images|\(photo)"
)
#: A line after which the rest of the page is comments or other stories.
END_OF_BODY_RE = Caseless(
    r"(?i)^\s*(?:comments are monitored|leave a (?:comment|reply)|\d+\s+comments?\b|"
    r"fill in your details|more in tv news|latest from our creators|related (?:stories|posts|"
    r"articles)|you may also like)"
    # a prompt to comment ("Sound off in the comments below!"), not a story that mentions them
    r"|(?:hit the comments|(?<!joked )(?<!said )(?<!wrote )(?<!posted )(?<!added )"
    r"in the comments(?: below)?|sound off below)[!.]?\s*$",
    stems=("comment", "leave a", "fill in", "more in", "latest from", "related", "you may also",
           "sound off"),
)
#: A reader comment line ("Jim says:").
COMMENT_LINE_RE = Caseless(r"(?i)^\s*(?:\d+\.\s*)?(?!\s)[\w .'-]{1,40}\s+says:\s*$")

# --- sentences --------------------------------------------------------------------------------
#: The one sentence splitter of the extractor: ``facts`` splits the article's lines with it,
#: ``rules`` finds the sentence around a phrase the article text holds with it.
# The first look-ahead (a closing quote or a space comes first) lets re skip most positions.
_SENTENCE_END_RE = re.compile(r"(?=[\"”’)\s])(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9$])")
#: Words whose full stop ends no sentence: titles and ranks before a name ("Gen. Ada Holt",
#: "Sgt. Ray Moss", "Rev.", "Prof.", "Sen."), places ("Mt. Kerrow", "Ft.", "St."), months,
#: firms and the Latin ones.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr vs no jan feb mar apr jun jul aug sep sept oct nov dec inc co "
    "u.s a.m p.m e.g i.e etc ft vol "
    "mt mts gen sgt col capt lt maj adm cmdr cpl det insp supt gov sen rep rev prof hon fr "
    "ave blvd".split()
)
_INITIALS_RE = re.compile(r"(?:[a-z]\.){1,}[a-z]")


def split_sentences(line: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations ("Oct.", "Mr.") inside."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END_RE.finditer(line):
        before = line[start:match.start()].rstrip("\"”’)")
        last_word = before.rsplit(None, 1)[-1] if before.strip() else ""
        token = last_word.rstrip(".").lower()
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        if _INITIALS_RE.fullmatch(token):
            continue
        sentences.append(line[start:match.start()].strip())
        start = match.end()
    sentences.append(line[start:].strip())
    return [s for s in sentences if s]


# --- triggers ----------------------------------------------------------------------------------
#: A future denied, in every spelling ("won't", "won’t", "will not", and the reported "wouldn't",
#: "would not"): one alternation, so no trigger knows one contraction and misses another.
_WILL_NOT = r"(?:won't|won’t|will not|wouldn't|wouldn’t|would not)"
_FILM = r"(?:filming|production|shooting|principal photography|photography|cameras|shoot|lensing)"
#: A shoot word that is not the "production" of "post-production" / "pre-production" (round 19):
#: a wrap told after it ("is in post-production after filming wrapped") is "filming wrapped"'s,
#: not a longer phrase from "production" that ``drop.pre_post_production`` drops.
_FILM_NOT_PRE_POST = rf"(?<!pre-)(?<!post-){_FILM}"
#: A month's first three letters, an alternation with no group (what follows them, "[a-z]{0,6}",
#: "\w*" or nothing, is each pattern's own; round 36: the patterns below that wrote it inline
#: read it here, every pattern string unchanged; round 39: joined from ``dates``' stems).
MONTH_STEMS = "|".join(_MONTH_STEMS)
#: A season (or British series) as the object or subject of a renewal: "a third season",
#: "another series", "its fifth and final season", "the next season", "season 4", "series two".
_A_SEASON = (
    rf"(?:(?:a|an|another)\s+(?:[\w-]+,?\s+){{0,2}}?(?:and\s+final,?\s+)?"
    rf"|(?:its|the|their|a)\s+(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)|next|final|last|new)"
    rf",?\s+(?:and\s+final,?\s+)?)(?:season|series)\b"
    rf"|\b(?:season|series)\s+(?:\d{{1,2}}|{_NUM_ALT})\b"
    # (round 36: two seasons told together, "for a fourth and fifth season", "its fourth and
    # fifth seasons")
    rf"|\b(?:(?:its|the|their|a)\s+)?(?:{_ORD_ALT})\s+and\s+(?:(?:an?|its|the)\s+)?"
    rf"(?:{_ORD_ALT})\s+(?:seasons?|series)\b"
    # telegraph style drops the article: "Back For Third Season", "set for second series"
    rf"|\b(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)),?\s+(?:and\s+final,?\s+)?(?:season|series)\b"
)
#: A shoot told as a subject with an aside set off between it and its verb (round 17): "Filming
#: on the third season, which stars Jane Doe, wrapped in April", "Production on the new season
#: — which adds two leads — will begin Monday", "Shooting on it (delayed by the strike) began".
#: The subject: the shoot word, what it is of, then the aside in commas, dashes or parentheses
#: (no sentence punctuation inside; a comma aside holds no comma). ``_SHOOT_ASIDE_AUX`` and
#: the kind's verb follow in TRIGGERS.
_SHOOT_ASIDE = (
    rf"{_FILM}(?: (?:on|for|of) (?:[^\s,;.—–()]+ ){{0,8}}?[^\s,;.—–()]+)?"
    r"(?:, (?!and |but |or |so |while |as |though |although |after |before |when |then )"
    r"[^,;.—–()\"“”]{1,120}?,|\s?[—–] [^;.—–]{1,200}? [—–]|\s?\([^;.()]{1,160}\)) "
)
_SHOOT_ASIDE_AUX = (r"(?:has |have |had |is |was |were |been |officially |finally |now |just |"
                    r"recently |will |would |to |should |set to |expected to |scheduled to |"
                    r"slated to |then |eventually |also )*")
#: A shoot's end told after its start in one sentence, the start's subject carried over
#: (round 34, r34spans; rule ``trigger.shoot_end_after_start``): "Filming on X began in May and
#: concluded in August", "... kicked off in May and was completed in August", "... and is
#: expected to wrap in August". Matched right after a start trigger; the end verb (group
#: ``end``) is the wrap's own trigger, so each takes its own clause's date. The verb follows
#: "and" with no new subject ("and the show ended" is another event), and stands before a time
#: or the clause's end ("ended its run of night shoots", "ended with a party" are other ends).
SHOOT_END_AFTER_START_RE = re.compile(
    r"(?i)[^,;:.!?()\"“”]{0,80}?(?:,?\s(?:and|but)\s+(?:then\s+|later\s+|finally\s+|eventually\s+|"
    r"only\s+)?"
    r"(?:(?:has|had|was|is|will|should|(?:is|was|are|were)\s+(?:expected|set|scheduled|slated|"
    r"due|poised)\s+to)\s+(?:be\s+)?)?(?:officially\s+|finally\s+|only\s+)?"
    r"(?P<end>wrap(?:s|ped)?(?:\s+up)?|end(?:s|ed)?|finish(?:es|ed)?|conclud(?:e|es|ed)|"
    r"complet(?:e|es|ed)|c(?:a|o)me\s+to\s+(?:an\s+end|a\s+close))"
    # (round 35) "began in May but did not wrap until August": the end only with its "until"
    r"|,?\s(?:and|but)\s+(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|was\s+not|wasn['’]t|"
    r"were\s+not|weren['’]t|had\s+not|hadn['’]t)\s+(?:been\s+)?(?:fully\s+)?"
    r"(?P<until>wrap(?:ped)?(?:\s+up)?|end(?:ed)?|finish(?:ed)?|conclude[d]?|complete[d]?|"
    r"c(?:o|a)me\s+to\s+an\s+end)"
    r"(?=\s+until\s)"
    # (round 35) a span told by a verb of duration: "began in May and lasted until / ran
    # through / continued until August" — the verb before "until" / "through" and a time
    r"|,?\s(?:and|but)\s+(?P<lasted>lasted|ran|continued|went\s+on|carried\s+on|stretched|"
    r"kept\s+going)(?=\s+(?:until|till|through|thru)\s+(?:(?:early|late|mid)[-\s])?"
    rf"(?:(?:{MONTH_STEMS})[a-z]{{0,6}}\b|the\s+end\b|\d))"
    # "began in May before wrapping in August": the end as the start's "before" clause
    r"|,?\s(?:before|then)\s+(?P<ing>wrapping(?:\s+up)?|ending|finishing|concluding|"
    r"completing|coming\s+to\s+(?:an\s+end|a\s+close)|wrapped(?:\s+up)?|ended|finished|"
    r"concluded))"
    r"(?=\s+(?:in|on|at|by|around|this|last|earlier|later|next|early|late|mid|shortly|until|till|"
    r"through|thru|"
    rf"(?:{MONTH_STEMS})[a-z]{{0,6}}|\d{{1,4}})\b|\s{{0,2}}[,;.!?]|"
    r"\s{0,2}$"
    # (round 35) an end counted from the start: "and concluded three months later"
    r"|\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|"
    r"several|a\s+couple\s+of)\s+(?:days?|weeks?|months?)\s+later\b)")
#: A shoot's start told in a relative clause of the shoot, its end the main verb (round 35,
#: r35shoots; rule ``trigger.shoot_start_in_aside``): "Filming on X, which began in May,
#: concluded in August", "The shoot for X, which kicked off in May, finished in August".
#: Matched at a wrap trigger's start; group ``start`` is the start's own trigger and the wrap
#: keeps what follows the clause, so each takes its own clause's date (the wrap read whole
#: took the clause's May).
SHOOT_START_IN_ASIDE_RE = re.compile(
    rf"(?i){_FILM}(?: (?:on|for|of) (?:[^\s,;.—–()]+ ){{0,8}}?[^\s,;.—–()]+)?, (?:which|that) "
    r"(?:had |has |first |originally |officially )?(?P<start>began|begun|started|kicked off|"
    r"commenced|got underway|got under way|got going)\b[^,;.—–()\"“”]{0,80}?, ")
#: The same, as a trigger's opening (rule ``trigger.shoot_aside`` names it in ``--explain``).
SHOOT_ASIDE_RE = re.compile(rf"(?i){_SHOOT_ASIDE}")
#: The airing as a noun, its time right after (round 17): "ahead of its airing this February",
#: "readied for airing early next year", "in time for its broadcast next spring" (not
#: "currently airing", "the airing of the finale": no time follows).
_AIRING_NOUN = (r"(?:ahead of|before|for|in time for) (?:its |their |the )?(?:[\w-]+ )?"
                r"(?:airing|broadcast)(?= (?:this|next|last|early|later|late|in|on|around|"
                r"sometime|come)\b)")
#: The same as a trigger's whole (rule ``trigger.airing_noun`` names it in ``--explain``).
AIRING_NOUN_RE = re.compile(r"(?i)(?:ahead of|before|for|in time for) (?:its |their |the )?"
                            r"(?:[\w-]+ )?(?:airing|broadcast)$")
#: A run told to end with a numbered season, ahead (round 17): "X would be coming to an end
#: with its sixth season", "will wrap up its run with a fifth season" — that season is ordered,
#: the last one (a renewal for a final season is a renewal). Not "ended with its sixth season".
_ENDING_SEASON_AHEAD = (
    r"(?:will|would|['’]ll|to|is set to|is going to|are set to) (?:be )?(?:end|conclude|"
    r"come to an end|coming to an end|ending|concluding|wrap up its run|wrapping up its run) "
    rf"with (?:its|a|an|the) (?:(?:upcoming|forthcoming|coming|next) )?(?:{_ORD_ALT}|"
    r"\d{1,2}(?:st|nd|rd|th)) (?:season|series)\b")
#: A decision to go on with a season (round 17): "chose to forge ahead with a third
#: season", "is pressing ahead with a third season" ("moving forward with" is read already).
_AHEAD_WITH_SEASON = (r"(?:forg(?:e|es|ed|ing)|go(?:es|ing)?|went|gone|press(?:es|ed|ing)?|"
                      rf"push(?:es|ed|ing)?) ahead with (?:{_A_SEASON})")
#: What a season has that can be announced without announcing the season: its dates, its
#: trailer, its cast, its title ("the release dates for season 5 of X have been announced",
#: "X's season 3 trailer was revealed"). Round 18, ``drop.season_detail_announced``.
_SEASON_DETAIL = (
    r"(?:(?:premiere|release|air|launch|debut|streaming|return|arrival|start)\s{1,3})?dates?"
    r"|trailers?|teasers?|posters?|key\s{1,3}art|titles?|subtitle|casting|cast(?:\s{1,3}list)?"
    r"|line-?up|first[- ]looks?|images|photos|stills|synopsis|synopses|logline|plot|details"
    r"|episode\s{1,3}(?:titles|count|order)|schedule|run\s?times?|theme\s{1,3}song|villains?"
    r"|guest\s{1,3}stars?|locations?|showrunners?|directors?|writers?"
)
#: A season reached rather than given (round 18, s18vocab): the show ordered or extended "to" /
#: "through" a season ("has ordered X to a second season", "was extended through a third
#: season"), set to "run for" one, a season "in the works" or
#: "officially happening" or "on the way", a show "locked in" for one, a season bagged in
#: headline style ("Bags Second Series"); a season got ("Getting Season 2") is the older
#: "gets season N" trigger's, in ``TRIGGERS``.
_SEASON_REACHED = (
    rf"(?:order|extend)(?:s|ed|ing)? (?:\S+ ){{0,5}}?(?:to|through|thru|into) (?:{_A_SEASON})"
    rf"|(?:will|to|set to|is set to|is going to) run for (?:{_A_SEASON})"
    rf"|(?:{_A_SEASON}) (?:is |are )?(?:officially |now |already )?(?:in the works|happening|"
    rf"on the way|on its way)\b"
    rf"|lock(?:s|ed|ing)? in (?:\S+ ){{0,5}}?for (?:{_A_SEASON})"
    rf"|(?:bags?|bagged|nabs?|nabbed|snags?|snagged|scores?|scored|wins?|won|secures?|"
    rf"secured) "
    rf"(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)) (?:season|series)\b"
)
#: The same, as a trigger's whole (rule ``trigger.season_reached`` names it in ``--explain``).
SEASON_REACHED_RE = re.compile(rf"(?i)(?:{_SEASON_REACHED})$")
#: A season's slot given or taken, and a run opened, with its time (round 18): a network
#: placing the show in its schedule ("Tovrel has scheduled X for June 5", "slotted X for
#: June 5", "pencilled in X for June 5", "has added X to its
#: fall lineup", "X joins Tovrel's spring schedule") or the show opening its run ("comes to
#: Tovrel on June 5", "will be out on June 5", "begins its run on June
#: 5", "will be seen on Tovrel from June 5", "bowed on Sunday", "opened to strong ratings on
#: Sunday"). A day, a month, a year or a season of the year must follow (a slot alone, "airs
#: Tuesdays", is no premiere); "fall lineup" is its own time. Not "opens on June 5": films,
#: plays and exhibitions open.
#: A day before its month, the British and wire way ("14 July", "the 14th of July"; the month's
#: first three letters, what follows them is each user's): round 35's schedule, arrival and
#: return readings share it.
_DAY_BEFORE_MONTH = (r"\d{1,2}(?:st|nd|rd|th)? (?:of )?"
                     rf"(?:{MONTH_STEMS})")
#: The end of a wait, around a return (round 38, r38leftovers): "finally", "at last", "at
#: long last", its commas.
_AT_LAST = r"(?:finally|at (?:long )?last),? "
#: A named day of the calendar, as a premiere's time ("on Boxing Day", "Easter Monday", "on
#: St Patrick's Day", "on Hogmanay"; round 36, r36dates2): the days ``dates`` reads
#: (``dates.NAMED_DAYS``, round 37) by their full names, and (round 37, r37leftovers) the
#: one-word days ("returns Christmas on Kestrel"), not a special's or an episode's word
#: ("returns Christmas special").
_NAMED_DAY = (rf"(?:{named_day_alt(NAMED_DAYS, alone=False)}|"
              rf"(?:{'|'.join(day.alone for day in NAMED_DAYS if day.alone)})"
              r"\b(?! (?:special|episode|edition|show|film|movie|week|season|break|holidays?|"
              r"period)))\b")
_TIME_AFTER = (r"(?=(?:(?:this|next|early|late|later|mid|in|on|from|starting|beginning|"
               r"this coming|the) )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?! nights?\b)"
               rf"(?! slot)|{MONTH_STEMS}|\d{{1,2}}/\d|20\d\d|"
               r"spring|summer|fall|autumn|winter|year\b|month\b|week\b"
               # round 36 (r36dates2): a named day, "the new year" ("is due in the new year")
               rf"|{_NAMED_DAY}|new year\b(?!['’])"
               # round 35: a day before its month, the British and wire way ("14 July",
               # "the 14th of July")
               rf"|{_DAY_BEFORE_MONTH}[a-z]{{0,6}}\b))")
_SEASON_SCHEDULE = (r"(?:(?:this|next|the) )?(?:(?:20\d\d|\d\d)[-–]?(?:\d\d)? )?(?:fall|autumn|"
                    r"spring|summer|winter|midseason|mid-season|(?:20\d\d[-–])?20\d\d)"
                    r"(?: tv| television| broadcast| primetime| prime-time)? "
                    r"(?:line-?up|schedule|slate)\b")
#: A day's date right after (round 35): a weekday, a month and its day, or a day and its
#: month ("July 14", "Sept. 5", "14 July", "the 14th of July"), never a month alone; what a
#: network's "set X for" and a season's "is set for" need ("set for a third season" is the
#: renewal's, "set for July" a window a shoot's plan names as well).
_DAY_MONTH = rf"(?:{MONTH_STEMS})[a-z]{{0,6}}"
_DAY_AFTER = (
    rf"(?=(?:the )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?! nights?\b)(?! slot)"
    rf"|{_DAY_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?\b(?![:.]\d)"
    rf"|{_DAY_BEFORE_MONTH}[a-z]{{0,6}}\b))"
)
_SCHEDULE_PLACEMENT = (
    rf"(?:schedul(?:es|ed|ing)|slat(?:es|ed|ing)|slott(?:ed|ing)|slots|"
    rf"pencil+(?:s|ed|ing)? in) "
    rf"(?:(?!to |filming |production |shooting |shoot )\S+ ){{1,5}}?(?:for|on|into) {_TIME_AFTER}"
    # round 35: "Netflix has set Salt Road season 2 for July 14" — a network setting the
    # season's day (not "set a date for X's return": the return's own rule; not a shoot's)
    rf"|\b(?:sets?|setting) (?:(?!to |filming |production |shooting |shoot |a |an |the date |"
    rf"its date |dates? )\S+ ){{1,8}}?for {_DAY_AFTER}"
    rf"|\b(?:is|are|has been|have been) (?:now |currently |tentatively |officially )?set "
    rf"for {_DAY_AFTER}"
    rf"|(?:add(?:s|ed|ing)?|slott?(?:s|ed|ing)?|places?|placed|placing|puts?|putting) "
    rf"(?:[^\s.;]+ ){{1,20}}?(?:to|on|in|into|onto) (?:its|their|the|[\w-]+['’]s?) "
    rf"(?={_SEASON_SCHEDULE})"
    rf"|(?:joins?|joined|joining|will join) (?:[\w-]+['’]s? |the )?(?={_SEASON_SCHEDULE})"
    rf"|opened to (?:\w+ ){{0,3}}?(?:ratings|reviews|numbers|audiences?|viewers)\b"
    rf"|(?:comes?|came) to (?:[\w+&-]+ ){{1,2}}?(?:on|in|from) {_TIME_AFTER}"
    rf"|(?:will be|is|are) out (?:on|in|from) {_TIME_AFTER}"
    rf"|(?:begins?|began|will begin|starts?|started|will start) its (?:\w+ )?run (?:on |in )?"
    rf"{_TIME_AFTER}"
    rf"|(?:will be|to be) seen (?:on (?:[\w+&-]+ ){{1,2}}?)?(?:from|on|in|starting) {_TIME_AFTER}"
    r"|bowed\b"
)
#: A season's arrival in the words of trade, wire and overseas copy, with its time after (round
#: 18, s18vocab): "hits Tovrel on June 5", "is due in June", "is due on Tovrel in June", "takes
#: over the Sunday slot on June 5", "goes live on Tovrel on June 5", "will telecast from June 5",
#: "is coming to Tovrel on June 5", "releases June 5", "airs June 5", or its opening told as
#: done: "set a June 5 date for X", "got off to a strong start on Sunday", "opened its second
#: season on Sunday", "will start on Tovrel on June 5", "screens on Tovrel from June 5". A time
#: must follow the verbs of motion, and "hits" takes a place, not a mark or a shop ("hits a
#: record on Sunday", "hits shelves on June 5" are none; "airs Sunday nights" is a slot).
_ARRIVAL_WITH_TIME = (
    rf"(?:hits?|hitting|goes live|went live|go live) (?:on )?(?!(?:the|a|an|his|her|its|their|"
    rf"our|my|record|high|low|new|back|home|it|him|them|shelves|stores|stands|dvd|blu-ray|"
    rf"number|no|top|theaters|theatres|cinemas|\d+)\b)(?:[\w+&-]+ ){{1,2}}?(?:on|in|from) "
    rf"{_TIME_AFTER}"
    rf"|(?:is|are|was|were) due (?:on (?:[\w+&-]+ ){{1,2}}?|out )?(?:in|on|from) {_TIME_AFTER}"
    rf"|(?:takes?|took|taking|will take) over (?:the |its |their |[\w-]+['’]s )?(?:[\w-]+ ){{0,3}}?"
    rf"(?:slot|timeslot|time slot) (?:on (?:[\w+&-]+ ){{1,2}}?)?(?:on|from|in|starting) "
    rf"{_TIME_AFTER}"
    rf"|(?:will |to |set to )?(?:telecast(?:s|ing)?|screens?) "
    rf"(?:on (?:[\w+&-]+ ){{1,2}}?)?(?:on|from|in) "
    rf"{_TIME_AFTER}"
    rf"|(?:is|are|be) coming to (?:[\w+&-]+ ){{1,2}}?(?:on|from) {_TIME_AFTER}"
    # round 35: "is coming 14 July", "are coming on Sunday": a day's date only (a month or a
    # season of the year after "is coming" is a vaguer promise)
    rf"|(?:is|are|be) coming (?:back )?(?:on |from )?{_DAY_AFTER}"
    rf"|(?:releases|airs|streams) (?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?! nights?\b)|"
    rf"{MONTH_STEMS}|\d{{1,2}}/\d)"
    rf"|\bset (?:a|an) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:{MONTH_STEMS})"
    rf"\w* \d{{1,2}} (?:premiere |launch |release |debut |air )?date "
    rf"for\b(?! (?:the )?(?:start|beginning|end) of (?:filming|production|shooting|the shoot)\b)"
    rf"|(?:got|gets|get|getting) off to an? (?:[\w-]+ ){{0,2}}?start\b"
    rf"|(?<!filming )(?<!shooting )(?<!production )(?:will |to )?(?:begins?|starts?) on "
    rf"(?!(?:location|set|stage|the|a|an)\b)(?:[\w+&-]+ ){{1,2}}?(?:on|from) {_TIME_AFTER}"

    rf"|(?:opened|opens) its (?:[\w-]+ ){{0,2}}?(?:season|series)\b"
)
#: A time in every form a premiere is given (round 19, r19premiere), as a look-ahead: with or
#: without its preposition, a day either way round, a season of the year, a holiday, a
#: quarter, a year or the year's parts ("on June 5", "June 5", "5 June", "on the 5th", "this
#: fall", "in early 2027", "later this year", "around Christmas", "in the new year", "in Q3").
#: Months are whole words ("may" only before a day): it follows verbs with no preposition.
_MONTH_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|apr|may(?= \d)|june|july|aug(?:ust)?|"
               r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_ANY_TIME = (
    r"(?=(?:(?:on|in|from|by|around|for|starting|beginning|sometime|come) )?"
    r"(?:(?:this|next|early|late|later|mid|sometime|coming|the|in)[ -]){0,2}"
    r"(?:(?:end|start|beginning|middle) of (?:the |this |next )?)?"
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?! nights?\b)(?! slot)|{_MONTH_WORD}\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH_WORD}\b|\d{{1,2}}/\d|20\d\d\b"
    r"|(?:spring|summer|fall|autumn|winter|year|month|week|christmas|new year|q[1-4])\b"
    r"|\d{1,2}(?:st|nd|rd|th)\b(?=\s*(?:[.,;:!)]|$))))"
)
#: A season's arrival told in the wording of trade, wire, overseas and fan copy, before a time
#: in any of those forms (round 19, r19premiere): "drops this fall", "lands 5 June", "hits
#: Tovrel later this year", "goes live on June 5", "is out in early 2027", "is slated for
#: Christmas", "Season 2 Slated For June 5" (a headline without its verb's auxiliary, after
#: the season's number), "starts on Brindle One on Sunday". "hits" takes a place, not a mark,
#: a stage or a shop; "starts on" a network, not a location; no place is a show's name (the
#: "Tqqq" word ``_titles_as_words`` writes it as: "Cult Hit X Premieres June 4" is X's premiere,
#: not a hit's arrival at X).
_ARRIVAL_ANY_TIME = (
    rf"(?:drops?|lands?|dropping|landing|airs|telecasts?|telecasting) {_ANY_TIME}"
    rf"|streams on (?!tq+\b)(?!(?:the|a|an)\b)(?:[\w+&-]+ ){{1,2}}?{_ANY_TIME}"
    # a network dropping the season at a time: "Kestrel Play drops X season 2 this fall"
    rf"|(?:drops|dropping|will drop|to drop) "
    rf"(?!(?:the|a|an|its|their) (?:trailer|teaser|poster|first look|cast|title|images?|"
    rf"photos?)\b)(?:[^\s,;.]+ ){{1,6}}?(?:season|series) (?:\d{{1,2}}|{_NUM_ALT}) "
    rf"{_ANY_TIME}"
    rf"|(?:hits?|hitting) (?!tq+\b)(?!(?:the|a|an|his|her|its|their|our|my|record|high|low|"
    rf"new|back|"
    rf"home|it|him|them|shelves|stores|stands|dvd|blu-ray|number|no|top|theaters|theatres|"
    rf"cinemas|broadway|stages?|bookshops|bookstores|of|in|on|at|for|from|with|by|to|and|or|"
    rf"this|next|last|\d+)\b)(?:[\w+&-]+ ){{1,2}}?{_ANY_TIME}"
    rf"|(?:goes|go|went|going) live (?:on (?!tq+\b)(?!(?:the|a|an)\b)(?:[\w+&-]+ ){{1,2}}?)?"
    rf"{_ANY_TIME}"
    rf"|(?:is|are|will be|to be) out (?!now\b){_ANY_TIME}"
    # the viewer's side (s18vocab2's "can catch", widened): "fans will be able to watch X season 2
    # from June 5", "viewers can stream X on Tovrel this fall", "tune in to X on June 5"; a
    # season "will be with us / here on June 5", "is streaming from June 5"
    rf"|(?:can|could|will be able to|['’]ll be able to|are able to|get to) (?:now |soon |finally )?"
    rf"(?:watch|stream|binge|tune in to|tune into) "
    rf"(?:(?!(?:stars?|actors?|actress|hosts?|creators?|cast|trailers?|teasers?|clips?|"
    rf"interviews?|panels?)\b)[^\s,;.]+ ){{1,8}}?{_ANY_TIME}"
    rf"|\btune in (?:to |for )(?:(?!(?:stars?|actors?|actress|hosts?|creators?|cast|trailers?|"
    rf"teasers?|clips?|interviews?|panels?)\b)[^\s,;.]+ ){{1,8}}?{_ANY_TIME}"
    rf"|(?:will be|is|are) (?:here|with us) {_ANY_TIME}"
    rf"|(?:is|are|will be) streaming (?:on (?:[\w+&-]+ ){{1,2}}?)?from {_ANY_TIME}"
    # on air, out, available, streamed or headed somewhere, then the time (Indian, Australian and
    # streamer copy): "will go on air from June 5", "will be on air from June 5", "will be out
    # on Kestrel Play in June", "is available on Kestrel Play from June 5", "will be streamed on
    # Kestrel Play from June 5", "heads to Kestrel Play on June 5", "will make its way to
    # Kestrel Play in June" (a place that is no article's or person's: "heads to the festival")
    rf"|(?:go|goes|going|went|be|is|are) on air (?:on (?:[\w+&-]+ ){{1,2}}?)?{_ANY_TIME}"
    rf"|(?:is|are|will be|to be) out on (?!tq+\b)(?!(?:the|a|an|now)\b)"
    rf"(?:[\w+&-]+ ){{1,2}}?{_ANY_TIME}"
    rf"|(?:is|are|will be|to be|be made) available (?:to (?:stream|watch) )?on "
    rf"(?!tq+\b)(?!(?:the|a|an)\b)(?:[\w+&-]+ ){{1,2}}?(?:from|starting) {_ANY_TIME}"
    rf"|(?:will be|to be|is being|are being) streamed (?:on (?:[\w+&-]+ ){{1,2}}?)?{_ANY_TIME}"
    rf"|(?:heads?|heading|headed|makes? its way|making its way) to "
    rf"(?!tq+\b)(?!(?:the|a|an|his|her|their|its|our|my)\b)(?:[\w+&-]+ ){{1,2}}?{_ANY_TIME}"
    # "will come out sometime in 2026", "comes out June 5" (not the past "came out in 2013":
    # the game or the book a season adapts)
    rf"|(?:come|comes|coming) out {_ANY_TIME}"
    rf"|(?:(?:is|are|was|has been|have been) (?:now |currently |tentatively )?"
    rf"|(?<=season \d )|(?<=season \d\d )|(?<=series \d ))"
    rf"(?:slated|pencil+ed in|scheduled|locked in) for {_ANY_TIME}"
    rf"|(?<!filming )(?<!shooting )(?<!production )(?:starts|begins) on "
    rf"(?!tq+\b)(?!(?:location|set|stage|the|a|an)\b)(?:[\w+&-]+ ){{1,2}}?{_ANY_TIME}"
    # round 35: a broadcaster's British active with the season as its object, "Kestrel will
    # show / broadcast / screen the second series of X from Sunday 14 July", "is to broadcast
    # series 2 of X on 14 July" (a season named: the show alone may be a rerun; the name's
    # words, no clause's "to fans at a screening on 14 July")
    rf"|(?:will|to|set to|is to|are to) (?:show|broadcast|screen) (?:the |a |its )?"
    rf"(?:(?:brand[- ])?new |(?:\w+ )?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    rf"tenth|next|latest|final|last) )?(?:season|series)(?: (?:\d{{1,2}}|{_NUM_ALT}))? of "
    rf"(?:(?!(?:to|at|a|an|for|with|in|by|and|as|after|before|during|ahead|again)\b)"
    rf"[^\s,;.]+ ){{1,6}}?(?:on (?:[\w+&-]+ ){{1,2}}?)?(?:from|on|starting) "
    rf"{_ANY_TIME}"
)
#: The same, matched at a trigger's start in its sentence (rule ``trigger.arrival_any_time``
#: names it in ``--explain`` when it ends where the trigger ends).
ARRIVAL_ANY_TIME_RE = re.compile(rf"(?i)(?:{_ARRIVAL_ANY_TIME})")
#: The article's own day as an arrival's time (round 27, r27today): "today", "tonight",
#: "tomorrow", "later today" -- read against the article's date like any relative time.
_ARTICLE_DAY_TIME = r"(?=(?:(?:later|early|earlier) )?(?:today|tonight|tomorrow)\b)"
#: The same arrivals, timed by the article's own day (rule ``trigger.arrival_article_day``):
#: "Season 2 is out today", "drops tonight on Tovrel", "lands on Kestrel tomorrow", "streams on
#: Tovrel today", "goes live tonight", "comes out tomorrow" (the arrival verbs of
#: ``ARRIVAL_ANY_TIME_RE``, whose times are dates, never these words).
_ARRIVAL_ARTICLE_DAY = _ARRIVAL_ANY_TIME.replace(_ANY_TIME, _ARTICLE_DAY_TIME)
ARRIVAL_ARTICLE_DAY_RE = re.compile(rf"(?i)(?:{_ARRIVAL_ARTICLE_DAY})")
#: Before an arrival's "is due", a subject that is no season: "a decision on the future of X
#: is due in June", "the verdict", "the trailer", "her baby" (rule ``drop.due_other_subject``).
DUE_OTHER_SUBJECT_RE = Caseless(
    r"(?i)\b(?:decision|verdict|ruling|answer|word|update|news|announcement|report|results?|"
    r"ratings|hearing|trial|baby|payment|film|movie|book|novel|album|sequel|trailer|teaser|"
    r"deal|contract|vote|review|investigation|inquiry|lawsuit|settlement)s?\b",
    stems=("decision", "verdict", "ruling", "answer", "word", "update", "news", "announcement",
           "report", "result", "ratings", "hearing", "trial", "baby", "payment", "film",
           "movie", "book", "novel", "album", "sequel", "trailer", "teaser", "deal", "contract",
           "vote", "review", "investigation", "inquiry", "lawsuit", "settlement"))
#: Before an arrival verb ("drops", "lands", "hits", "goes live", "is out", "slated for"), a
#: subject that is no season (round 19, rule ``drop.arrival_other_subject``): a site, a vote,
#: tickets, ratings, a book or a record, a tour or a stage show, a show's star ("the fan website
#: goes live on Sunday", "viewing figures drop in the new year", "the cookbook lands in shops
#: this fall", "X star Maya Lind is out this summer").
ARRIVAL_OTHER_SUBJECT_RE = Caseless(
    r"(?i)\b(?:websites?|site|app|voting|votes?|polls?|tickets?|ratings|figures|viewership|"
    r"numbers|cookbooks?|merch(?:andise)?|box ?sets?|boxsets?|dvds?|soundtracks?|podcasts?|"
    r"tours?|musicals?|stage (?:show|version|adaptation)|trailers?|teasers?|books?|novels?|"
    r"albums?|films?|movies?|decision|verdict|deal|petition|auditions?|applications?|"
    r"casting call|cast|crew|team)\b|\b(?:star|actor|actress|host|presenter|creator|"
    r"showrunner)\b"
    # the rest of a split season, not the season ("the last four episodes will come out next
    # year")
    r"|\b(?:next|last|final|remaining) (?:\w+ )?episodes\b",
    stems=("site", "app", "vot", "poll", "ticket", "rating", "figures", "viewership", "numbers",
           "cookbook", "merch", "box", "dvd", "soundtrack", "podcast", "tour", "musical",
           "stage", "trailer", "teaser", "book", "novel", "album", "film", "movie", "decision",
           "verdict", "deal", "petition", "audition", "application", "casting", "star", "actor",
           "actress", "host", "presenter", "creator", "showrunner", "episodes", "cast",
           "crew", "team"))
#: Where the arrival's own subject starts, after a report of it: "X star Maya Lind revealed that
#: season 2 drops on June 5" (the star reports; the season drops). The last match's end.
#: Verbs of reporting, past and present: whoever is named before one tells the news of the
#: clause after it (``ARRIVAL_SUBJECT_START_RE``, ``REPORTED_CLAUSE_OPEN_RE``).
REPORTING_VERBS = (
    r"said|says|say|revealed|reveals|confirmed|confirms|announced|announces|"
    r"teased|teases|told|tells|shared|shares|noted|notes|added|adds|wrote|writes|tweeted|"
    r"posted|explained|explains|insisted|promised|hinted")
ARRIVAL_SUBJECT_START_RE = re.compile(
    rf"(?i)\b(?:that|{REPORTING_VERBS})\b|[,:;\u2014\u2013]")
#: A report's verb, a short time after it and "that", up to the reported clause's subject
#: ("confirmed that", "announced on Monday that", "said"): round 40, r40target,
#: ``target.reported_clause_subject``.
REPORTED_CLAUSE_OPEN_RE = re.compile(
    rf"\b(?:{REPORTING_VERBS})\b(?:\s{{1,3}}(?:on|last|this|earlier|late)\s{{1,3}}\w+)?"
    r"(?:,?\s{1,3}that)?\s{1,3}")
#: A premiere trigger that is an arrival verb, the ones ``drop.arrival_other_subject`` reads
#: (with ``ARRIVAL_ANY_TIME_RE``'s).
ARRIVAL_VERB_TRIGGER_RE = re.compile(
    r"(?i)(?:(?:will|to|set to|expected to|scheduled to|slated to) )?(?:drops?|dropping|"
    r"lands?|landing|landed|hits?|hitting)\b")
#: A show's run begun, told with its time (round 21, s21premiere): "The series began in 2011",
#: "the drama started back in March 2016", "which began its run in 2019", "The comedy will
#: start in 2027". Only a year, a month or a weekday after "in" / "on" (not "began in London",
#: "started on a high note"); whose run it is, the subject says (rule ``drop.begun_other_subject``:
#: "Her career began in 2011" is no show's).
_RUN_BEGUN = (
    r"(?<!filming )(?<!shooting )(?<!production )"
    r"(?:began|started|begins|starts|will (?:now )?(?:begin|start)) "
    r"(?:its (?:[\w-]+ )?run |life |airing |streaming )?(?:(?:back |way back )?(?:in|on) "
    r"(?=(?:(?:early|late|mid|the (?:spring|summer|fall|autumn|winter) of)[ -])?"
    rf"(?:(?:19|20)\d\d\b|{_MONTH_WORD}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    # round 36: the British day before its month, "will begin on 14 July", "started on the
    # 3rd of March"
    rf"|(?:the )?{_DAY_BEFORE_MONTH}"
    # round 36 (r36dates2): a named day, "the new year" ("starts on Boxing Day", "begins in
    # the new year")
    rf"|{_NAMED_DAY}|the new year\b))"
    # ... or a time relative to the article's, no preposition ("starts next spring", "will
    # begin early next year", "begins this autumn")
    r"|(?=(?:early |late )?(?:next|this) (?:spring|summer|fall|autumn|winter|year)\b))"
)
#: A season begun, started or opened with its time (round 37, r37premieres): the season, series
#: as the object of the verb — "begins its second season on July 14", "will start season 2
#: on Kestrel in July", "opens its third and final series on 14 July", "kicked off its new
#: season on Sunday", "starts series two from 3 March" — or its subject with "opens"
#: ("Season 2 of X opens on July 14", "the third series will open next spring"). A place may
#: stand between ("on Kestrel", "on BBC One"); the time must follow. Never a shoot's start:
#: "began filming its second season", "Production begins on season 2", "starts its season 2
#: shoot" (the verb's object is the season itself, and no making word follows it).
_BEGUN_SEASON_OBJECT = (
    rf"(?:(?:its|their|the|a) (?:(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)|next|new|final|"
    r"latest|fresh|last)(?:,? and final)?[ ,-]){1,2}(?:season|series)"
    rf"|(?:season|series) {_SEASON_NUM}\b)"
)
_SEASON_BEGUN = (
    r"(?<!filming )(?<!shooting )(?<!production )(?<!shoot )"
    r"(?:\b(?:(?:begins?|began|beginning|starts?|started|starting|opens?|opened|opening|"
    r"kick(?:s|ed|ing)? off) "
    rf"{_BEGUN_SEASON_OBJECT}"
    r"(?! (?:shoot|shooting|filming|production|pre-?production|writing|casting|rehearsals?|"
    r"scripts?|auditions?)\b))"
    rf"|\b(?:{_BEGUN_SEASON_OBJECT})(?: of (?:[^\s,;.]+ ){{0,4}}?[^\s,;.]+)? "
    r"(?:(?:will|is set to|is due to|is expected to|to) open|opens|opened))"
    r"(?: (?:on|over on|in|at) (?!(?:set|location|stage)\b)(?:[\w+&.'’-]+ ){0,2}?[\w+&.'’-]+)??"
    rf" {_TIME_AFTER}"
)
#: The same, matched at a trigger's start in its sentence (rule ``trigger.season_begun`` names
#: it in ``--explain`` when it ends where the trigger ends).
SEASON_BEGUN_RE = re.compile(rf"(?i)(?:{_SEASON_BEGUN})")
#: A name standing between a show's possessive and its premiere noun (round 37, r37premieres):
#: "makes its Tovrel debut", "gets its UK premiere", "their Kestrel One bow" — the place of the
#: premiere (a network, a country), never the show whose premiere it is (a person's "her Salt
#: Road debut" is the show's: only "its" and "their" here). Read on the 40 characters before
#: the name (``PLACE_BEFORE_DEBUT_BEFORE_RE``) and right after it (``..._AFTER_RE``).
PLACE_BEFORE_DEBUT_BEFORE_RE = re.compile(
    r"(?i)\b(?:its|their)\s+(?:(?:long-awaited|much-anticipated|big|official|first|"
    r"highly\s+anticipated)\s+){0,2}\Z")
PLACE_BEFORE_DEBUT_AFTER_RE = re.compile(
    r"(?i)\s+(?:(?:tv|television|streaming|broadcast|network|series|season)\s+)?"
    r"(?:debut|premiere|bow|launch|arrival)s?\b")
#: A run's start told as good or bad with its time (round 21, s21premiere): "had a promising start
#: last autumn", "enjoyed a strong start in March 2027", "made a solid start on
#: Sunday" (a word for the start required, and the time right after it; whose start it is,
#: ``drop.begun_other_subject`` says).
_START_WITH_TIME = (
    r"(?:had|has|enjoyed|enjoys|made|makes) an? (?:[\w-]+ ){1,2}?start "
    r"(?=(?:(?:early|late|mid|this|last|in|on)[ -]){0,3}"
    rf"(?:(?:19|20)\d\d\b|{_MONTH_WORD}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"(?:spring|summer|fall|autumn|winter)\b))"
)
START_WITH_TIME_RE = re.compile(rf"(?i)(?:{_START_WITH_TIME})")
#: The same, matched at a trigger's start in its sentence (rule ``trigger.run_begun`` names it
#: in ``--explain`` when it ends where the trigger ends).
RUN_BEGUN_RE = re.compile(rf"(?i)(?:{_RUN_BEGUN})")
#: The subject of a run begun that is the show (``drop.begun_other_subject`` keeps these): a
#: reference opening the clause ("The series", "The Kestrel comedy about three sisters",
#: "It", "Season 1", "The show, which"), not a possessive's other thing ("The show's feud").
RUN_BEGUN_SUBJECT_RE = re.compile(
    r"\W{0,5}(?:(?i:though|although|while|when|after|as|since|but|and)\s)?"
    r"(?:(?i:the|this|that|his|her|their|its)\s"
    r"(?:(?!(?i:on|of|in|with|for|at|by|to|from|and|or)\s)(?![\w-]+['’]s\s)[\w'’-]+\s){0,4}?"
    rf"(?:{SHOW_NOUN_ALT})\b(?!['’]s\b)"
    r"(?![\w-])|(?i:it|which|that|season\s\w+|series\s\d+)\b)")
#: What may stand between the show's name and its run's verb: nothing, a season, "which".
RUN_BEGUN_AFTER_NAME_RE = re.compile(
    r"(?i)\W{0,3}(?:(?:season|series)\s\w+\s*)?(?:,?\s*(?:which|that)\s*)?(?:first\s+|originally\s+)?$")
#: A trigger's "is due" (or "are", "was", "were"), the arrival read by ``drop.due_other_subject``.
DUE_TRIGGER_RE = re.compile(r"(?i)(?:is|are|was|were) due\b")
#: The same, matched at a trigger's start in its sentence (rule ``trigger.arrival_with_time``
#: names it in ``--explain`` when it ends where the trigger ends).
ARRIVAL_WITH_TIME_RE = re.compile(rf"(?i)(?:{_ARRIVAL_WITH_TIME})")
#: The same, matched at a trigger's start in its sentence (rule ``trigger.schedule_placement``
#: names it in ``--explain`` when it ends where the trigger ends).
SCHEDULE_PLACEMENT_RE = re.compile(rf"(?i)(?:{_SCHEDULE_PLACEMENT})")
#: Either, as a trigger's whole (rule ``trigger.season_decided_ahead`` names it in ``--explain``).
SEASON_DECIDED_AHEAD_RE = re.compile(rf"(?i)(?:{_ENDING_SEASON_AHEAD}|{_AHEAD_WITH_SEASON})$")
#: A return put off in the progressive, as a premiere trigger's whole: "won't be returning until",
#: "isn't coming back until" (rule ``trigger.return_put_off`` names it in ``--explain``).
RETURN_PUT_OFF_RE = re.compile(r"(?i)\b(?:returning|coming back)\b.*\b(?:until|before|till)$")
#: A return to a place named between the verb and its season, as a renewal trigger's whole:
#: A show coming back, in any form but "return" (the vocabulary's own), with a time right
#: after it or after its season (round 19): "will be back in 2032", "is set to be back next
#: spring", "comes back later this year", "makes its comeback in June", "is due back this fall",
#: "is headed back for its third season in early 2032". With a time, a return is the premiere;
#: without one ("will be back for a third season") the renewal's vocabulary reads it. Present
#: and future only: "came back in 2019" is a past run, "back in 2019" an adverb.
_BACK_TIME = (r"(?=(?:(?:this|next|early|late|later|mid|in|on|sometime|the|coming)[ -]){0,3}"
              r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?! nights?\b)(?! slot)|"
              rf"{MONTH_STEMS}|\d{{1,2}}/\d|20\d\d|spring|summer|fall|"
              r"autumn|winter|year\b|month\b))")
_BACK_WITH_TIME = (
    r"(?:(?:will|should|to|(?:is|are) (?:set|expected|slated|scheduled|poised|going|due) to) "
    # round 38: "will finally be back", "is at last coming back", "is finally returning"
    r"(?:(?:finally|at (?:long )?last) )?(?:be|come|head) back|(?:is|are) "
    r"(?:(?:finally|at (?:long )?last) )?(?:due|heading|coming) back"
    r"|(?:is|are) (?:finally |at (?:long )?last )?returning(?= (?:on|in|this|next) )"
    r"|(?:is|are) back(?= (?:in|sometime) )"
    r"|(?:comes?|heads?) back|(?:makes?|making|will make|to make) (?:its|their|a) (?:\w+ )?"
    r"comeback)"
    rf"(?: for (?:its|their|a|the) (?:[\w-]+ ){{0,2}}?season)? {_BACK_TIME}")
#: A coming back told with its place between and its time after, or with the contraction
#: (round 21, s21premiere): "We'll be back on Kestrel One in 2025", "will be back on @KestrelOne
#: in 2025", "is coming back to Tovrel next spring", "it'll be back in the new year". Not back
#: on set, on location, on stage, on tour, on track (a shoot, a play, a plan). Round 37: the
#: present "is back on Tovrel on July 14" too.
_BACK_ON_PLACE_WITH_TIME = (
    r"(?:(?:will|should|to|(?<=['’])ll|(?:is|are) (?:set|expected|slated|scheduled|poised|"
    r"going|due) to) (?:be|come|head) back|(?:is|are) (?:due|heading|coming) back"
    r"|(?:comes?|heads?) back"
    # round 37 (r37premieres): the present "is back on Tovrel on July 14", "are back on BBC One
    # from 3 March" (the place between; back on set, stage or track excluded below)
    r"|(?:is|are) (?:(?:finally|at (?:long )?last),? )?back(?= (?:on|to|onto) ))"
    r"(?: (?:on|to|onto) (?!(?:set|location|stage|broadway|track|board|tour|form|top|his|her|"
    r"their|my|our|your|its|the (?:set|stage|road|case|job|team|shelf|market|drawing))\b)"
    r"(?:[@\w+&!.'’-]+ ){0,2}?[@\w+&!.'’-]+)?"
    rf" {_BACK_TIME}")
#: The same, matched at a trigger's start in its sentence (rule ``trigger.back_on_place_with_time``
#: names it in ``--explain`` when it ends where the trigger ends).
BACK_ON_PLACE_WITH_TIME_RE = re.compile(rf"(?i)(?:{_BACK_ON_PLACE_WITH_TIME})")
#: "returns to Kestrel for a third season", "will be back on Netflix for season 3" (the name
#: after "to" / "on" is where the show returns, never its subject; rule
#: ``trigger.return_to_place_for_season`` names it in ``--explain``).
_RETURN_TO_PLACE = (
    r"(?<!n't )(?<!n’t )(?<!not )(?:(?:will|would|could|may|might|to|is|are) )?(?:be )?"
    r"(?:return(?:s|ed|ing)?|coming back|back) (?:to|on) "
    r"(?!(?:the|his|her|their|its|a|an|work|set|filming|production|school|play|star)\b)"
    r"(?:[A-Z0-9][\w+&!.'’-]*\s){1,3}?for (?:a|an|another|season \d)\b")
RETURN_TO_PLACE_RE = re.compile("(?i)" + _RETURN_TO_PLACE)
#: Right after a denied return, a time of the present or a coming period: "won't return this
#: year", "will not be back in 2031" — the return is later than that, not called off (rule
#: ``drop.return_not_this_time``). Not a season of the year: "the series that won't return
#: this fall" is a round-up of the schedule's cancellations.
RETURN_NOT_THIS_TIME_RE = re.compile(
    r"(?i)\s{1,3}(?:to (?:\S+ ){1,3}?|on (?:\S+ ){1,3}?)?(?:(?:this|in) (?:year|month|"
    r"20\d\d)|(?:this|in) (?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december))\b")
#: A word of another event (or a second clause) between a season phrase and its verb.
_OTHER_EVENT_WORD = (r"(?:and|premiered|debuted|aired|launched|wrapped|began|started|ended|"
                     r"concluded|finished)\b")
#: Verbs that give a show a season, in any voice.
_RENEW_VERB = (r"(?:renew(?:s|ed|ing)?|re-?up(?:s|ped|ping)?|(?:re-?)?commission(?:s|ed|ing)?|"
               r"order(?:s|ed|ing)?|green-?lit|green-?light(?:s|ed|ing)?)")
#: A run ended in other words (round 19, r19decide: trade, wire, British, Australian and
#: Indian copy): a show shelved, discontinued, binned in a headline, taken or gone off air, given
#: its marching orders, time called on it, the curtain brought down on it; a run pulled, cut,
#: brought to an end or wrapped after its seasons; dropped from a schedule; a decision to scrap
#: it. Not plans, talks or a shoot shelved, not a channel off air for an hour, not a person's
#: role.
#: What is cut or pulled besides a show: its budget, an episode, a trailer, a role; a particle
#: ("pulled out", "cut back").
_NOT_CUT = (r"(?:budgets?|costs?|episodes?|orders?|cast|staff|jobs|ties|prices?|trailers?|"
            r"teasers?|ads?|adverts?|promos?|clips?|posters?|scenes?|characters?|roles?|back|"
            r"down|short|out|off|away|through|ahead|in)\b")
_CUT_IN_OTHER_WORDS = (
    # (the noun aside: "hits shelves on June 5", "on store shelves", "shelves in stores")
    r"(?<!\bthe )(?<!\bon )(?<!\bstore )(?<!\bempty )(?<!\bbook )(?<!\bhit )(?<!\bhits )"
    r"(?<!\bhitting )(?<!\bto )(?<!\boff )(?<!\bfrom )(?<!\bits )(?<!\btheir )"
    r"shel(?:ved|ving|ves(?! by\b))\b"
    r"(?! (?:the )?(?:plans?|ideas?|talks|hopes|production|filming|shooting|work|development|"
    r"projects?|film|movie|spin-?off|on|in|from|this|next|at|across|nationwide|everywhere|"
    r"and|of|with|near)\b)"
    # (not a product of the show's: "the X toy line was discontinued", "discontinued the X app")
    r"|(?<!\bline )(?<!\bapp )(?<!\btoys )(?<!\bgame )(?<!\brange )(?<!\bproduct )(?<!\bservice )"
    r"(?<!\bline was )(?<!\bapp was )(?<!\btoys were )(?<!\bgame was )(?<!\brange was )"
    r"(?<!\bproduct was )(?<!\bservice was )(?<!\bline has been )(?<!\bapp has been )"
    r"discontinu(?:ed|es|ing|ation|e)\b(?! (?:the |its |their |a )?(?:[^\s,;.]+ ){0,2}?(?:app|"
    r"line|toys?|products?|merch\w*|service|sales?|dvds?|magazine|range|brand|feature|"
    r"subscriptions?|games?)\b)"
    # (a break is no end: "off air for two hours", "until June", "over the summer")
    r"|(?:go(?:es|ing)?|went|gone|taken|taking|takes?|took|pulled|yanked) off (?:the )?air\b"
    r"(?! (?:for|temporarily|briefly|during|while|due|because|mid|until|till|over|"
    r"between)\b)"
    r"|(?:taken|takes?|took|taking|pulled|pulls|yanked|yanks) (?!(?:the|a|an|some|time|"
    r"pictures?|photos?|episodes?)\b)(?:\S+ ){1,4}?off (?:the )?air\b(?! (?:for|temporarily|"
    r"briefly|during|while|due|because|mid|until|till|over|between)\b)"
    rf"|call(?:s|ed|ing)? time on (?!(?:his|her|their|my|our|your|the (?:{common_show_nouns(3)})"
    r"['’]s|"
    r"(?:the |a )?(?:characters?|villains?|roles?|feud|partnership|deal|strike|careers?))\b)"
    r"|(?:given|handed|gets?|got|receives?|received) (?:its |their )?marching orders\b"
    r"|(?:brings?|brought|bringing|draws?|drew|drawn|drawing) the curtain down on\b"
    r"|(?:(?:was|were|been|is|are|got|gets) cut |(?:has|have|had) cut "
    rf"(?:(?!{_NOT_CUT})\S+ ){{1,4}}?)"
    r"(?:(?:by|at) (?:\S+ ){1,2}?)?after (?:just |only )?(?:\w+ seasons|\w+ series|one season|"
    r"a single season|a single series)\b"
    r"|(?:brings?|brought|bringing) (?:\S+ ){1,4}?to an end after (?:just |only )?"
    r"(?:\w+ seasons|\w+ series|one season|a single season)\b"
    rf"|(?:pull(?:s|ed|ing)?) (?:(?!{_NOT_CUT})\S+ ){{0,4}}?after "
    r"(?:just |only )?(?:\w+ seasons|\w+ series|one season|a single season|\w+ episodes)\b"
    r"|wrap(?:s|ped|ping)? (?:up )?its run after (?:just |only )?(?:\w+ seasons|\w+ series|"
    r"one season|a single season)\b"
    r"|(?:drops?|dropped|dropping) (?:\S+ ){1,4}?from (?:its|the|their) (?:\w+ )?(?:schedule|"
    # (not a move or a break: "dropped X from its Sunday schedule, moving it to Mondays")
    r"lineup|line-up|slate|roster)\b(?![^.;]{0,40}?\b(?:mov(?:e|es|ed|ing)|shift\w*|"
    r"temporarily|for (?:a|one|two|this|the) (?:week|night|weekend|month)|this week|until)\b)"
    r"|(?:decided|decides|opted|opts|chose|elected|voted|moved|plans|is set|are set|will|would|"
    r"is going) to scrap\b(?! (?:the )?(?:plans?|ideas?|talks)\b)"
    r"|\bbins (?=[\"“‘'])"
    r"|(?:been|was|were|is|are) consigned to (?:the )?(?:history|dustbin|tv graveyard|"
    r"television graveyard|scrap ?heap)\b(?! in\b)"
)
#: The same, as a trigger's whole (rule ``trigger.cut_in_other_words`` names it in
#: ``--explain``).
CUT_IN_OTHER_WORDS_RE = re.compile(rf"(?i)(?:{_CUT_IN_OTHER_WORDS})$")
#: Before a cancellation verb, a subject that is part of a season's making, not the show
#: (round 36, rule ``drop.shelved_part``): "The remaining scripts will be shelved", "the unused
#: episodes were scrapped", "Two storylines have been dropped" — its head noun right before the
#: verb's auxiliaries ("the remaining episodes of X have been shelved" names the show: kept).
SHELVED_PART_RE = re.compile(
    r"(?i)\b(?:scripts?|episodes?|storylines?|story ?lines?|plots?|scenes?|footage|subplots?|"
    r"characters?|sets?|plans?|ideas?|outlines?|drafts?)\s+(?:(?:will|would|could|may|might|"
    r"have|has|had|were|was|are|is|been|be|being|now|also|all|simply|quietly|reportedly|"
    r"since|already|instead|just)\s+){0,4}$")
#: The verbs that move a date (round 37: one vocabulary for the premiere's move trigger,
#: ``MOVED_DATE_TRIGGER_RE``, ``DATE_SETTING_RE`` and a plan's old date before its new one):
#: each participle, then the present forms the triggers read ("pushed back to", "moves to").
#: (Round 39: the vocabulary lives in ``dates.MOVE_VERBS``, whose "pushed to April" reads it.)
_MOVE_VERBS: tuple[tuple[str, ...], ...] = MOVE_VERBS
#: As alternations: every form of ``_MOVE_VERBS``; their participles alone ("has been
#: pushed"); their stems, for a reading of every inflection ("mov": "moved", "moves", "moving";
#: ``eventdates.MOVE_RE``).
MOVE_VERB_FORMS = "|".join(form for forms in _MOVE_VERBS for form in forms)
MOVED_PARTICIPLES = "|".join(forms[0] for forms in _MOVE_VERBS)
MOVE_STEMS = "|".join(forms[0].removesuffix("ed") for forms in _MOVE_VERBS)
#: The British verbs that move a date only with their direction ("brought forward to 22
#: February", "put back to 8 March"; "brought to", "put to" are no move; round 36).
MOVE_WITH_DIRECTION = "brought|brings|bringing|put|puts|putting"
#: A premiere trigger that moves a date ("pushed back to", "delayed until", "brought forward
#: to", "rescheduled for"), and the clause before it when a shoot is what moved (round 36,
#: rule ``drop.moved_shoot``): it opens on the shoot ("Filming on the second series of X has
#: been pushed back to 14 July", "Production of X was delayed until June") and names no
#: airing between ("Production wrapped and the premiere was pushed back" is the premiere's).
MOVED_DATE_TRIGGER_RE = re.compile(rf"(?i)(?:{MOVE_VERB_FORMS}|{MOVE_WITH_DIRECTION})\b")
#: The words one of which every match of ``MOVED_DATE_TRIGGER_RE`` spells (round 39,
#: r39speedback): ``date.moved_from_to`` needs one (``rules.Rule.needs``).
_MOVE_FORMS = frozenset((*MOVE_VERB_FORMS.split("|"), *MOVE_WITH_DIRECTION.split("|")))
MOVED_NEEDS = tuple(sorted(form for form in _MOVE_FORMS
                           if not any(other != form and other in form for other in _MOVE_FORMS)))
MOVED_SHOOT_BEFORE_RE = re.compile(
    r"(?i)\W{0,5}(?:(?:the|its|their)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:filming|shooting|shoot|"
    r"production|principal\s+photography|photography))\b"
    r"(?![^.;]{0,160}?\b(?:premiere|debut|launch|return|airing|broadcast|transmission|release|"
    r"episodes?)\b)")
#: A season refused (round 19, r19decide): a network that "won't go ahead with a fourth season",
#: "opted not to order a third season", "decided not to proceed with" the show; "the third
#: season of X will not go ahead". A season must be named (not "won't go ahead with filming").
_SEASON_REFUSED = (
    rf"(?:{_WILL_NOT}(?: be)?|not to|decided not to|opted not to|chose not to|(?:is|are)"
    rf"(?: not|n't|n’t) going to|will no longer|no longer) go(?:ing)? ahead with "
    rf"(?:{_A_SEASON}|(?:[^\s,;.]+ ){{1,4}}?(?:season|series) (?:\d{{1,2}}|{_NUM_ALT})\b)"
    rf"|there (?:will|['’]ll) be no (?:{_A_SEASON})(?! (?:[\w-]+ )?(?:premiere|trailer|teaser|"
    rf"release|date|news|update|{_SEASON_DETAIL})\b)"
    rf"|(?:{_A_SEASON})(?: of (?:[^\s,;.]+ ){{0,4}}?[^\s,;.]+)? (?:{_WILL_NOT}|"
    r"(?:is|are)(?: not|n't|n’t) going to|will no longer) go(?:ing)? ahead\b"
    rf"|(?:not to|decided not to|opted not to|chose not to|declined to|refused to|{_WILL_NOT}|"
    rf"did not|didn't|didn’t) order (?:{_A_SEASON})"
    # (a wait, not a refusal: "did not order a second season right away")
    r"(?![^.;]{0,50}?\b(?:right away|immediately|yet|until|at first|initially|straight away)\b)"
    r"|not to proceed with\b"
)
#: The same, as a trigger's whole (rule ``trigger.season_refused`` names it in ``--explain``).
SEASON_REFUSED_RE = re.compile(rf"(?i)(?:{_SEASON_REFUSED})$")
#: A renewal taken back (round 27, r27cancel): a show that "was abruptly unrenewed for its
#: promised second season", "has been un-renewed", a network that "has unrenewed" it. The verb
#: only, after its auxiliary and at most one adverb: the adjective ("is still unrenewed",
#: "remains unrenewed", "currently unrenewed") tells a decision not yet taken.
_RENEWAL_TAKEN_BACK = (
    r"(?:was|were|been|got|gets|get|getting|being|has|have|had)"
    r"(?: (?!(?:not|never|yet|still)\b)[a-z]{2,12})? un-?renewed\b"
)
#: The same, as a trigger's whole (rule ``trigger.renewal_taken_back`` names it in
#: ``--explain``).
RENEWAL_TAKEN_BACK_RE = re.compile(rf"(?i)(?:{_RENEWAL_TAKEN_BACK})$")
#: A decision to cancel told as a noun with its owner (round 27, r27cancel): "the decision by
#: Tovrel to cancel X", "Kestrel's sudden decision to axe X" (the verb's "made the decision to
#: cancel" is round 23's). Not "a", "any" or "no" decision (a decision still open), not one
#: reversed, reconsidered, regretted or undone (a revival's story). The owner's word leads the
#: possessive (the lower-case scan's look-ahead wants a letter first).
_DECISION_NOUN_TO_CANCEL = (
    r"(?:(?<!reverse )(?<!reversed )(?<!reverses )(?<!reversing )(?<!overturn )"
    r"(?<!overturned )(?<!reconsider )(?<!reconsidered )(?<!rethink )(?<!rethought )"
    r"(?<!regret )(?<!regrets )(?<!regretted )(?<!revisit )(?<!revisited )(?<!rescind )"
    r"(?<!rescinded )(?<!undo )(?<!undid )"
    rf"\bthe|[a-z][\w.-]{{0,30}}?{POSSESSIVE}) (?:[a-z][\w-]{{0,20}} ){{0,2}}?decision "
    r"(?:by (?:[^\s,;.]+ ){1,3}?)?to (?:cancel|axe|ax)\b"
)
#: The same, as a trigger's whole (rule ``trigger.decision_noun_to_cancel`` names it in
#: ``--explain``).
DECISION_NOUN_TO_CANCEL_RE = re.compile(rf"(?i)(?:{_DECISION_NOUN_TO_CANCEL})$")
#: A decision taken back (round 31, lead): the network "has reversed its decision to cancel
#: X", "walked back the plan to axe X", "overturned its move to cancel X" — the show's revival,
#: a renewal; "reversed its decision to renew X" — a cancellation. Not a reversal refused, asked
#: for or still to come ("will not reverse", "refused to reverse", "urged Kestrel to reverse",
#: "could reverse"): "not", "n't", "never", "to" and a modal before the verb keep it out. The
#: owner's word and at most two words before the noun; the verb's own forms, no adjective.
_DECISION_REVERSED_HEAD = (
    r"(?<!not )(?<!n't )(?<!n’t )(?<!never )(?<!to )(?<!could )(?<!would )(?<!might )"
    r"(?<!may )(?<!should )(?<!can )(?<!will )"
    r"(?:revers(?:es|ed|ing)|overturn(?:s|ed|ing)|walk(?:s|ed|ing) back|rescind(?:s|ed|ing)|"
    r"undid|undoes|undoing) (?:(?:its|the|their|a) )?(?:[a-z][\w-]{0,20} ){0,2}?"
    r"(?:decision|plans?|move) to "
)
#: The renewal: a decision to cancel taken back (``_DECISION_REVERSED_HEAD``).
_CANCEL_DECISION_REVERSED = _DECISION_REVERSED_HEAD + r"(?:cancel|axe|ax|scrap)\b"
#: The cancellation: a decision to renew taken back (``_DECISION_REVERSED_HEAD``).
_RENEW_DECISION_REVERSED = _DECISION_REVERSED_HEAD + r"renew\b"
#: The two, as a trigger's whole (rules ``trigger.cancel_decision_reversed`` and
#: ``trigger.renew_decision_reversed`` name them in ``--explain``).
CANCEL_DECISION_REVERSED_RE = re.compile(rf"(?i)(?:{_CANCEL_DECISION_REVERSED})$")
RENEW_DECISION_REVERSED_RE = re.compile(rf"(?i)(?:{_RENEW_DECISION_REVERSED})$")
#: A season given in other words (round 19, r19decide): another "run", "instalment" or
#: "outing" commissioned, ordered or confirmed ("has commissioned a new run of X", "ordered a
#: second instalment of X"); "an order for more episodes of X"; a headline's network giving a
#: numbered season ("Tovrel Gives X Season 3"; not a first look, a trailer or a date of it).
#: A network's verb of giving (not the noun: "scripts in hand for season 2", "first-hand"), and
#: the words that are not the show it gives to (a look, an update, fans; a preposition).
_GIVING = (r"(?<!\bin )(?<!\bat )(?<!\bon )(?<!\bby )(?<!\bthe )(?<!\bhis )(?<!\bher )"
           r"(?<!\btheir )(?<!\bits )(?<!\bour )(?<!\bmy )(?<!\ba )(?<!-)"
           r"(?:gives?|gave|giving|hands?|handed|handing|grants?|granted|granting)")
_NOT_GIVEN = (r"(?:look|glimpse|peek|update|first|fans|viewers|details|a|an|the|its|their|for|"
              r"to|of|in|on|at|with|and|by)\b")
_SEASON_IN_OTHER_WORDS = (
    rf"(?:{_RENEW_VERB}|confirm(?:s|ed|ing)?|announc(?:es|ed|ing)) (?:a|an|another) "
    rf"(?:(?:new|fresh|further|{_ORD_ALT}) )?(?:run|instal+ment|outing) of\b"
    rf"|(?:a|an|another) (?:(?:new|fresh|further|{_ORD_ALT}) )?(?:run|instal+ment|outing) of "
    r"(?:[^\s,;.]+ ){1,5}?(?:has been|have been|was|is|will be) (?:officially )?(?:ordered|"
    r"commissioned|recommissioned|greenlit|green-lit|confirmed)\b"
    rf"|(?:gets?|got|getting|get|(?:is |are )?set for|confirmed for|secures?|secured|lands?|"
    rf"landed|earns?|earned|(?:picks?|picked|picking) (?:\S+ ){{0,3}}?up (?:\S+ ){{0,4}}?for) "
    rf"(?:(?:a|an|another) (?:(?:new|fresh|further|{_ORD_ALT}) )?|"
    rf"(?:{_ORD_ALT}) )"
    # (not a person's part: "a second outing as a detective")
    r"(?:run|instal+ment|outing)\b(?! as\b)(?! (?:of|in|at|on) (?:the |a )?(?:stage|theat|west end|"
    r"broadway|festival|box office|cinemas?))"
    rf"|{_GIVING} (?:(?!{_NOT_GIVEN})[^\s,;.]+ ){{0,4}}?"
    rf"(?:{_ORD_ALT}) (?:season|series)\b(?: to\b)?(?! (?:an? |its )?"
    rf"(?:(?:official|first|new|full) )?"
    rf"(?:premiere|trailer|teaser|release|date|poster|finale|cast|recap|{_SEASON_DETAIL})\b)"
    r"|(?:an? |(?:placed|places|placing|put in|puts in) an? )(?:\w+ )?order for (?:more|further|"
    # (a back order of the season on air is no new one: "more episodes of its first season")
    r"additional|new) episodes of\b(?![^.;]{0,60}?\b(?:first|current|freshman|debut|rookie|"
    r"existing|this|present) (?:season|series)\b)"
    rf"|{_GIVING} (?:(?!{_NOT_GIVEN})[^\s,;.]+ ){{1,4}}?(?:season|series) "
    rf"(?:\d{{1,2}}|{_NUM_ALT})\b"
    rf"(?! (?:an? |its )?(?:(?:official|first|new|full) )?(?:premiere|trailer|teaser|release|"
    rf"date|first|poster|finale|cast|recap|{_SEASON_DETAIL})\b)"
)
#: The same, as a trigger's whole (rule ``trigger.season_in_other_words`` names it in
#: ``--explain``).
SEASON_IN_OTHER_WORDS_RE = re.compile(rf"(?i)(?:{_SEASON_IN_OTHER_WORDS})$")
#: A numbered season got, in a headline's words or a body's: "X gets a second series", "X lands
#: second season at Kestrel", "X bags season 2", "X has secured a third series" (round 24,
#: s24renewed; rule ``trigger.numbered_season_got``). The number is required (a person "gets a
#: new series" is a new show), the first is none (a new show's order), and the season is no
#: premodifier ("gets a season 2 trailer", "scored season 2 highs"); "wins" is left to the
#: article's form (a contestant "won series 2").
_NUMBERED_SEASON_GOT = (
    r"(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\ba )"
    r"(?:gets?|got|getting|lands?|landed|landing|earns?|earned|earning|scores?|scored|scoring|"
    r"secures?|secured|securing|bags?|bagged|bagging|nabs?|nabbed|snags?|snagged|receives?|"
    r"received) (?:(?:a|an|another) )?"
    rf"(?:(?!first\b)(?:{_ORD_ALT}) (?:season|series)\b|\d{{1,2}}(?:nd|rd|th) (?:season|series)\b"
    rf"|(?:season|series) (?!1\b|one\b)(?:\d{{1,2}}|{_NUM_ALT})\b)"
    # (the season no premodifier of something else: "scored season 2 highs", "got second
    # series ratings"; the order's own nouns may follow)
    r"(?=\s{0,2}(?:[,.;:!?)\"”’'|–—-]|$|(?:on|at|from|for|by|in|order|renewal|pick-?up|"
    r"commission|after|as|with|and|amid|despite|ahead|following|to|over)\b))"
)
NUMBERED_SEASON_GOT_RE = re.compile(rf"(?i)(?:{_NUMBERED_SEASON_GOT})$")
#: Round 37 (r37decisions): a renewal in the British commissioning words with no season
#: number — more of the show commissioned ("Kestrel has commissioned more Salt Road",
#: "commissioned further episodes of X", "More X commissioned by Kestrel", "new episodes of X
#: have been commissioned"; rule ``trigger.more_commissioned``). Not more of a kind of
#: programme ("commissioned more drama than ever", "more comedies were commissioned"), not the
#: season on air ("more episodes of its first series"), never after a negation (the
#: cancellation's ``NOT_COMMISSIONED_MORE``).
_NOT_MORE_OF_SHOW = (
    rf"(?:than|of|{common_show_nouns(7)}|{common_show_nouns(7, plural=True)}|seasons?|"
    r"programs?|programming|content|projects?|films?|movies|titles|"
    r"documentar(?:y|ies)|docs|formats?|originals?|work|scripts?|writers?|talent|stories|"
    r"hours|money|british|uk|irish|scottish|welsh|local|regional|scripted|unscripted|factual|"
    r"entertainment|reality|children['’]?s|kids|daytime|returning|new|more|such|and|or|to|for|"
    r"in|on|at|with|by|from|as|the|a|an|its|their|his|her|our|this|that|these|those|it|them|"
    r"than|episodes?|instal+ments?|parts?)\b"
)
_NOT_THE_SEASON_ON_AIR = (r"(?!(?:its |the |their )?(?:first|current|existing|present|debut|"
                          r"opening) (?:season|series|run)\b)")
_MORE_COMMISSIONED = (
    r"(?<!not )(?<!n't )(?<!n’t )(?<!never )(?<!not to )"
    rf"(?:re-?)?commission(?:s|ed|ing)? (?:an? )?(?:(?:\d{{1,2}}|{_NUM_ALT}) )?(?:more|further|"
    rf"new|additional) (?:(?:\d{{1,2}}|{_NUM_ALT}) )?(?:episodes|instal+ments|series) of "
    rf"{_NOT_THE_SEASON_ON_AIR}(?=\S)"
    r"|(?<!not )(?<!n't )(?<!n’t )(?<!never )(?<!not to )"
    rf"(?:re-?)?commission(?:s|ed|ing)? (?:more|further) (?:of (?!(?:the|its|their|his|her|"
    rf"our|this|that|these|those|it|them|us)\b))?(?!{_NOT_MORE_OF_SHOW})(?=\S)"
    rf"|(?:more|further) (?!{_NOT_MORE_OF_SHOW})(?:[^\s,;.]+ ){{1,5}}?"
    r"(?:has been |have been |is |are |was |were )?(?:officially )?(?:re-?)?commissioned\b"
    r"(?! (?:to|as)\b)"
    rf"|(?:more|further|new|additional) episodes of {_NOT_THE_SEASON_ON_AIR}"
    r"(?:[^\s,;.]+ ){1,5}?(?:has been |have been |are |were )(?:officially )?"
    r"(?:re-?)?commissioned\b(?! (?:to|as)\b)"
)
MORE_COMMISSIONED_RE = re.compile(rf"(?i)(?:{_MORE_COMMISSIONED})")
#: Round 37 (r37decisions): the same refused, a cancellation — "Kestrel will not commission
#: further episodes of X", "has decided not to commission more Salt Road", "there will be no
#: more X commissioned" is left to the older "no more" wordings (rule
#: ``trigger.not_commissioned_more``).
_NOT_COMMISSIONED_MORE = (
    r"(?:not|never|(?:wo|do|does|did|would|will|can|could|sha|should|is|was|are|were)n['’]t) "
    r"(?:to )?(?:be )?(?:re-?)?commission(?:ing)? (?:any )?"
    rf"(?:more|further|new|additional) (?:(?:episodes|instal+ments|series|seasons) of "
    rf"|(?!{_NOT_MORE_OF_SHOW})(?=\S))"
)
NOT_COMMISSIONED_MORE_RE = re.compile(rf"(?i)(?:{_NOT_COMMISSIONED_MORE})")
#: Round 37 (r37decisions): another run told in the British press's words, no number needed —
#: a run, outing or instalment a deciding verb gives ("commissioned for a second run",
#: "recommissioned for a further outing"; a bare "returns for a second outing" is left to the
#: premiere's convention), another series there will be ("there will be another series of X",
#: "there is to be a third series"), another series got ("X gets another series", "is to get a
#: further series"; not a person's part, a regular, an award; rule ``trigger.another_run_told``).
_ANOTHER_RUN_TOLD = (
    rf"(?<!not )(?<!n't )(?<!n’t )(?:{_RENEW_VERB}|confirmed|(?:is|are|been|was|were) set) "
    rf"(?:\S+ ){{0,3}}?for (?:(?:(?:a|an|its) )?(?:new|fresh|further|{_ORD_ALT}|"
    r"\d{1,2}(?:st|nd|rd|th)) |another (?:(?:new|fresh|further) )?)(?:run|outing|instal+ment)\b"
    r"(?! as\b)(?! (?:of|in|at|on) (?:the |a )?(?:stage|theat|west end|broadway|festival|"
    r"box office|cinemas?))"
    r"|there (?:will|['’]ll|is going to|['’]s going to|is to|is set to|will now|"
    r"will definitely) be "
    rf"(?:another (?:further )?|(?:a|an) (?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)|further) )"
    r"series\b(?! (?:of (?:events|talks|meetings|workshops|screenings|changes|podcasts|films|"
    r"specials|live|strikes|tests|matches|games)|regulars?|finale|premiere|trailer)\b)"
    r"|(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!not )(?<!n't )(?<!n’t )"
    r"(?<!never )(?<!fail to )(?<!failed to )"
    r"(?:gets?|got|getting|get|lands?|landed|earns?|earned|bags?|bagged|secures?|secured) "
    r"(?:another|a further) series\b(?! (?:regulars?|stars?|leads?|roles?|parts?|credits?|"
    r"of (?:the )?(?:awards?|prizes?|nominations?|hits?|wins?|losses|defeats?|setbacks?|"
    r"injur\w*|questions?|complaints?))\b)"
)
_ANOTHER_RUN_TOLD += (
    # a numbered season's order as a hyphened noun: "has received a second-series commission",
    # "lands third-season order", "gave X a second-series renewal"
    r"|(?<!not )(?<!n't )(?<!n’t )(?:gets?|got|getting|lands?|landed|receives?|received|given|"
    r"gives?|gave|hands?|handed|secures?|secured|earns?|earned|bags?|bagged|announce[sd]?|"
    r"confirms?|confirmed) (?:\S+ ){0,3}?(?:(?:a|an|its) )?"
    rf"(?!first\b)(?:{_ORD_ALT}|\d{{1,2}}(?:nd|rd|th))-(?:series|season|run) "
    r"(?:commission|order|renewal|pick-?up)\b"
)
ANOTHER_RUN_TOLD_RE = re.compile(rf"(?i)(?:{_ANOTHER_RUN_TOLD})")
#: Round 25 (s25idioms): a season told as on its way, with no verb of deciding — "Season 3 of X
#: is on the way", "X season 3 is coming.", "A new season of X is coming." (rule
#: ``trigger.season_on_its_way``). "Coming" must end the clause ("is coming to Kestrel in
#: June" is the premiere's); never the first season (a new show's).
_SEASON_ON_ITS_WAY_STATE = (
    r"(?:is|are) (?:officially |now |already |finally |definitely )?(?:on (?:the|its) way"
    r"(?! (?:to (?:becoming|being|a|an)|out)\b)|in the works|coming(?=\s{0,2}(?:[.,;:!)]|$)))"
)
_SEASON_ON_ITS_WAY = (
    rf"(?:season|series) (?!1\b|one\b){_SEASON_NUM} of (?:[^\s,;.]+ ){{1,5}}?"
    rf"{_SEASON_ON_ITS_WAY_STATE}"
    # (after the show's name: "Season 2 is coming." opening a sentence names no show)
    rf"|(?<=[\w”\"’'] )(?:season|series) (?!1\b|one\b){_SEASON_NUM} {_SEASON_ON_ITS_WAY_STATE}"
    rf"|(?:a|an|another) (?!first\b)(?:[\w-]+ )?(?:season|series) (?:of (?:[^\s,;.]+ ){{1,5}}?)?"
    r"(?:is|are) (?:officially |now |already |finally |definitely )?"
    r"coming(?=\s{0,2}(?:[.,;:!)]|$))"
)
SEASON_ON_ITS_WAY_RE = re.compile(rf"(?i)(?:{_SEASON_ON_ITS_WAY})$")
#: Round 25 (s25idioms): a show that stays, sticks around or goes on somewhere for a season —
#: "X stays on Kestrel for a third season", "is staying at Kestrel for season 3", "sticks
#: around for another season", "X continues on Kestrel with a second season" (rule
#: ``trigger.stays_for_season``). Never after a negation ("won't stay for a third season" is no
#: renewal, and the cancellation's family reads "will not continue").
_STAYS_VERB = (
    r"(?<!not )(?<!n't )(?<!n’t )(?<!never )(?<!to )"
    r"(?:stays?|stayed|staying|sticks? around|stuck around|sticking around|remains?|remained|"
    r"remaining|(?=continu\w* (?:on|at) )(?:continues?|continued|continuing))"
)
_STAYS_SEASON = (rf"(?:for|with|into) (?:{_A_SEASON})"
                 r"(?! (?:of|in|as|premiere|finale|trailer|cast)\b)")
_STAYS_FOR_SEASON = (
    rf"{_STAYS_VERB} {_STAYS_SEASON}"
    # (a place between: it and the season stay outside the phrase, so a network named there
    # is no title the fact could go to)
    rf"|{_STAYS_VERB}(?= (?:on|at|with) (?!(?:the|a|an|its|their|his|her|set|board|"
    rf"location|screen)\b)(?:[^\s,;.]+ ){{1,3}}?{_STAYS_SEASON})"
)
STAYS_FOR_SEASON_RE = re.compile(rf"(?i)(?:{_STAYS_FOR_SEASON})")
#: A trigger that opens on a verb of telling ("confirmed X will return for season 3"): the
#: person before it tells of the return (``drop.cast_news`` spares it; round 19).
TELLING_OPEN_RE = re.compile(r"(?i)(?:confirm|announc|reveal|sa(?:id|ys)\b|t(?:old|ells?)\b)")
#: Trigger phrases per kind. Each is a regex alternative; the longer phrase wins an overlap, but
#: at one position the first alternative that matches is the one found.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "renewed": (
        # (before the plain noun: at one position the first alternative wins) a renewal told
        # after another show's: "the renewal follows that of X" (round 11)
        r"renewals? (?:\S+ ){0,4}?(?:that|those) of\b",
        r"renew(?:ed|s|ing|al)?(?![/-])",
        r"re-?upped", r"re-?up(?:s|ping)\b",
        r"picked up for",
        r"(?:picks?|picked|picking) up (?:a|an|another)\b(?! (?:[\w-]+ )?(?:awards?|prizes?|"
        r"trophy|trophies|nominations?|emmys?|globes?|baftas?|statuettes?)\b)",
        r"(?:picks?|picked|picking) up (?:\S+ ){1,6}?for (?:a|an|another|its|the) (?:[\w-]+ ){0,2}?"
        r"(?:and final )?season",
        r"(?:end|ends|ending|conclude|concludes|concluding) with (?:a|an|its|the) (?:[\w-]+ ){0,2}?"
        r"(?:and )?final season",
        _ENDING_SEASON_AHEAD,
        _AHEAD_WITH_SEASON,
        _SEASON_REACHED,
        r"(?:orders?|ordered|ordering) (?:a|an|another|up)?\s*(?:\w+ )?seasons?",
        r"(?:orders?|ordered|ordering) (?:a )?(?:\w+ )?(?:and final )?season",
        r"green-?lit", r"green-?light(?:s|ed|ing)?",
        r"(?:will|to|set to|is set to) return for",
        # never after a negation: "won't return for season 3" is the cancellation's
        # (the British "returns for series 3": round 19)
        r"(?<!n't )(?<!n’t )(?<!not )return(?:s|ed)? for (?:a|an|another|its|season \d|"
        r"series \d)",
        r"(?:is|are|be) (?:coming back|returning) for",
        # round 18: a return to a network or a place, then its season (``RETURN_TO_PLACE_RE``)
        _RETURN_TO_PLACE,
        r"(?:is|are) (?:officially |definitely |indeed )?(?:coming back|returning)\b",
        r"(?:is|are|will be|be) (?:all )?(?:coming|come) back",
        rf"back for (?:a|an|another|season|its|(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)) "
        rf"(?:season|series)\b|series (?:\d{{1,2}}|{_NUM_ALT})\b)",
        r"bringing .{1,40}? back", r"brings? .{1,40}? back",
        r"(?:brings?|bringing|brought) back (?:\S+ ){1,5}?for (?:a|an|another|its|the|season)\b",
        # "committed to" a show, not to doing something ("as committed to dreaming up ...")
        r"sticking with", r"committed to(?! \w+ing (?:up|out|more|the|a|an|its|their|his|her|"
        r"our|to|on|with|new|every|all)\b)",
        r"(?:gives?|gave|giving|given) (?:\w+ ){0,2}?(?:a|an|another) (?:\w+ )?(?:and final )?"
        r"season (?:to|for)\b",
        # seasons handed round a list: "gave second seasons to A, B and C"
        r"(?:gives?|gave|giving|given) (?:(?:new|more|further|fresh|second|third|fourth|fifth|"
        r"sixth|seventh|eighth|ninth|tenth|final) )(?:and final )?seasons to\b",
        # "has given X a third season", "handed the drama a season 3 order"
        r"(?:gives?|gave|giving|given|hands?|handed|handing) (?:\S+ ){1,4}?(?:a|an|another) "
        r"(?:\w+ )?(?:and final )?(?:season|series)(?: \d{1,2})?(?: order| pickup| renewal)?\b",
        r"(?:gets?|got|getting|earns?|earned|lands?|landed|scores?|scored|secures?|secured) "
        r"(?:a|an|another) (?:\w+ )?(?:and final )?season",
        r"(?:has|have) been extended", r"extension",
        # round 35: a run extended to a year or a season, "Kestrel has extended X through 2028",
        # "extends X through season 6", "extended the drama until 2027" (not a person's or a
        # company's deal, a licence, a deadline, a window: the object before the time)
        r"(?:extends?|extended|extending) (?!(?:the|its|their|his|her) (?:deal|contract|pact|"
        r"agreement|partnership|licen[cs]e|rights|lease|deadline|window|run of)\b)"
        r"(?:(?!(?:deal|contract|pact|agreement|partnership|licen[cs]e|rights|lease|deadline|"
        r"window|talks|stay)\b)[^\s,;.]+ ){1,5}?(?:through|until|till|into) "
        r"(?:(?:season|series) \d{1,2}\b|20\d\d\b|(?:its|a) (?:\w+ )?(?:season|series)\b)",
        r"(?:season|seasons) (?:was|were|has been|have been|is|are) "
        r"(?:officially )?(?:confirmed|ordered|given the green light)",
        r"announced (?:a|an|another) (?:\w+ )?season",
        r"will return\b", r"will be back\b", r"is returning\b", r"are returning\b",
        r"pickups?\b", r"pick-ups?\b",
        r"(?:for|with) (?:yet )?another season",
        # the verb, not the adjective ("their revived sitcom drew a modest crowd")
        r"(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\bthe )(?<!\ba )(?<!\btheir )revived",
        r"revival",
        r"planned (?:new )?seasons? (?:for|of)",
        r"returning (?:shows|series)",
        r"will (?:all |both |also )?return\b(?! (?:on|in|to|as|with|this|next)\b)",
        # British and trade wording, other verbs of getting a season
        r"re-?commission(?:ed|s|ing)?", r"commission(?:ed|s|ing)? (?:a|an|another) (?:\w+ )?"
        r"(?:series|season)", r"(?:series|season) (?:\w+ )?(?:has been|was|is) commissioned",
        r"(?:receives?|received|nabs?|nabbed|snags?|snagged|bags?|bagged|grabs?|grabbed|wins?|"
        r"won) (?:a|an|another) (?:\w+ )?(?:and final )?(?:season|series)",
        r"(?:gets?|got|getting|given|receives?|received) (?:the |a )?(?:green[- ]light|go-ahead|"
        r"thumbs up)", r"green light", r"go-ahead for",
        r"confirmed for (?:a|an|another) (?:\w+ )?(?:season|series)",
        r"(?:is|are) (?:officially )?(?:happening|a go)\b",
        r"(?:ordered|orders|ordering) (?:a |an )?(?:\w+ )?(?:series|season) (?:\d+|two|three|four|"
        r"five|six)",
        # a season given, in any voice: "commissioned for a second series", "picking it up for
        # the fourth season", "the third season of X was ordered", "there will be a fifth season"
        rf"{_RENEW_VERB} (?:\S+ ){{0,5}}?for (?:{_A_SEASON})",
        rf"(?:confirm|announc)\w* (?:(?!(?:the|a|an|its|their|his|her|premiere|release|return|"
        rf"production|filming|start|dates?|trailers?|teasers?|plans?)\b)\S+ ){{0,4}}?for "
        rf"(?:{_A_SEASON})",
        # (round 35: "Kestrel Greenlights Season 3 Of X")
        rf"(?:order|commission|confirm|announc|greenl(?:it|ight)|green-l(?:it|ight))\w* "
        rf"(?:{_A_SEASON})",
        rf"pick(?:s|ed|ing)? (?:\S+ ){{1,3}}?up for (?:{_A_SEASON})",
        # seasons counted: "commissioned for two more series", "ordered for three more seasons"
        rf"{_RENEW_VERB} (?:\S+ ){{0,3}}?for (?:at least )?(?:\d|two|three|four|five) "
        r"(?:more|additional|further) (?:seasons|series)\b",
        # (the words between are no other event's: "Season 1 of X premiered in August and was
        # renewed" is two events)
        rf"(?:{_A_SEASON})(?: of(?: (?!{_OTHER_EVENT_WORD})[^\s,.;]+){{1,5}}?)? "
        rf"(?:has |have |had )?(?:(?!{_OTHER_EVENT_WORD})\w+ ){{0,2}}?"
        r"(?:been|was|were|is|are) (?:officially |formally |now |finally |already )?(?:renewed|"
        r"ordered|commissioned|confirmed|announced|greenlit|green-lit|given the green light|"
        r"picked up)\b(?! (?:to|as)\b)",
        r"there (?:will|'ll|’ll|is going to|’s going to|'s going to) be (?:a|an|another) "
        r"(?:[\w-]+ ){0,2}?season\b",
        rf"announcement of (?:{_A_SEASON})",
        # a season handed over, lived to, returned for without an auxiliary, headline style
        r"(?:hands?|handed|handing|gives?|gave|given|giving|grants?|granted|granting) "
        r"(?:\S+ ){0,3}?(?:a|an|another) (?:[\w-]+ )?(?:and final )?season\b(?! (?:of|in|as)\b)",
        # the British passive: "X has been given a second series"
        rf"(?:been|was|were) (?:given|handed|granted) (?:a|an|another) (?:(?:{_ORD_ALT}|"
        r"\d{1,2}(?:st|nd|rd|th)|further) )?(?:and final )?series\b(?! (?:of|in|as)\b)",
        # (round 36: "a second run", "a third outing", the British press's season; its
        # ordinal needed, "given a run" alone may be repeats)
        rf"(?:been|was|were) (?:given|handed|granted) (?:a|an) (?:{_ORD_ALT}) "
        r"(?:and final )?(?:run|outing)\b(?! (?:of|in|as)\b)",
        # (with its count first: "has given X an eight-episode second season")
        rf"(?:hands?|handed|handing|gives?|gave|given|giving|grants?|granted|granting) "
        rf"(?:\S+ ){{0,3}}?(?:a|an|another) (?:\d{{1,2}}|{_NUM_ALT})-(?:episode|part) "
        rf"(?:[\w-]+ )?season\b(?! (?:of|in|as)\b)",
        r"lives? to see (?:a|an|another) (?:[\w-]+ )?season",
        # (round 35: a British headline's "X returning for series 3"; a bare "series" is no season)
        rf"(?<!not )(?<!n't )(?<!n’t )returning for (?:a|an|another|its|season|series "
        rf"{_SEASON_NUM})\b",
        # (round 35: a headline's "S3" too, "X S3 Confirmed By Kestrel", and the show named
        # between, "Third series of X confirmed by Kestrel", no other event's word)
        rf"(?:{_A_SEASON}|\bs\d{{1,2}})(?: of(?: (?!(?:{_OTHER_EVENT_WORD}|premiere|release|"
        r"dates?|trailers?|teasers?|cast|finale|episodes?|posters?|first|filming|production)\b)"
        r"[^\s,.;]+){1,6}?)? (?:officially )?(?:ordered|confirmed|greenlit|green-lit|"
        r"announced|commissioned)(?: (?:by|at|on) (?:[A-Z0-9][\w+&!-]*)(?: [A-Z0-9][\w+&!-]*)?)?$",
        # picked up once more: "X got picked up again"
        r"picked up again\b",
        # a season's order told in a relative clause: "the third season of X, which was
        # ordered in May 2022"
        r"(?:which|that) (?:was|were|has been|had been|have been) (?:officially |first |also )?"
        r"(?:ordered|commissioned|greenlit|green-lit|picked up)\b(?! (?:to|as|by fans)\b)",
        # a season to come: "X will continue for a second season", "is set for a third
        # season", "Netflix is moving forward with a second season", "X has a second season
        # on the way"
        rf"(?:continues?|continuing|will continue) (?:on )?(?:for|with|into) (?:{_A_SEASON})",
        # not a set one is "on" or goes back "to" ("back on set for its second season": a
        # shoot)
        rf"(?:(?:is|are|been) (?:officially |now )?)?(?<!on )(?<!to )(?<!the )"
        rf"set for (?:{_A_SEASON})",
        rf"(?<!not )(?<!n't )(?<!n’t )(?<!not to )(?<!not be )(?<!n't be )"
        rf"(?<!n’t be )(?<!never )(?<!no plans to )"
        rf"mov(?:e|es|ing) (?:forward|ahead) with (?:{_A_SEASON})",
        rf"(?:has|have) (?:{_A_SEASON}) (?:on (?:the|its) way|in the works|coming)\b",
        # a season on its way: "A second season of X is on the way", "is in the works"
        r"(?:a|an|another) (?:[\w-]+ )?(?:season|series) (?:of (?:\S+ ){1,5}?)?(?:is|are) "
        r"(?:officially |now |already |finally )?(?:on (?:the|its) way|in the works|"
        r"being made|being produced)\b",
        # "Netflix has confirmed X season 2." (not its premiere, trailer or date)
        r"confirm(?:s|ed|ing)? (?:\S+ ){1,4}?(?:season|series) (?:\d{1,2}|two|three|four|five|six|"
        r"seven|eight|nine|ten)(?=\s*(?:[.,;:]|$)|\s+(?:on|in|for|at|after|with|as)\b)",
        # a season got, landed, scored ("Gets Season 2", "Getting Series Two", "Lands Third
        # Season"), not a detail of it ("Gets Season 2 Trailer": the season is there already)
        rf"(?:gets?|getting|got|lands?|scores?|earns?|nabs?|snags?) (?:(?:season|series) "
        rf"(?:\d{{1,2}}|{_NUM_ALT})|(?:{_ORD_ALT}) season)"
        r"(?: (?:order|renewal|pickup|pick-up))?\b(?! (?:(?:official|first|new|full) )?"
        rf"(?:premiere|trailer|teaser|release|date|first|poster|finale|cast|recap|"
        rf"{_SEASON_DETAIL})\b)",
        # round 11, by meaning: the trade's "nod" for a season, in either voice ("gets the
        # nod for a third season", "gave the nod to a second series"); a headline's season
        # without its article ("Returns For Third Series"; one season: "are both returning for
        # second seasons" is round 7's measured gap, tests/test_attribution_round7.py)
        rf"(?:gets?|got|getting|given|receives?|received|earns?|earned|wins?|won) the nod "
        rf"for (?:{_A_SEASON})",
        rf"(?:gives?|gave|giving|given) (?:\S+ ){{0,4}}?the nod (?:for|to) (?:{_A_SEASON})",
        rf"(?<!not )(?<!n't )(?<!n’t )return(?:s|ing)? for (?:{_ORD_ALT}|\d{{1,2}}"
        r"(?:st|nd|rd|th)) (?:and final )?(?:season|series)\b",
        # round 16, the paraphrase grid: a season signed off on ("Netflix has signed off on a
        # second season of X"); a season's order, pickup or renewal as the noun a show gets
        # ("X has earned a season 2 pickup", "received a second-season order")
        rf"sign(?:s|ed|ing)? off on (?:{_A_SEASON})",
        rf"(?:gets?|got|getting|earns?|earned|lands?|landed|scores?|scored|secures?|secured|"
        rf"receives?|received|nabs?|nabbed|snags?|snagged) (?:a|an) (?:season \d{{1,2}}|"
        rf"(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th))-season) (?:renewal|order|pickup|pick-up)\b",
    ),
    "cancelled": (
        # round 11, by meaning (before the plain noun: at one position the first alternative
        # wins): "the cancellations follow that of X" (the noun's "that of" names the show)
        r"cancell?ations? (?:\S+ ){0,4}?(?:that|those) of\b",
        r"cancel(?:l?ed|s|l?ing|l?ation)(?![/-])", r"CANCELL?ED",
        # the slang "nixed", "binned"; a network "not moving forward" ("cease production on X"
        # is left out: round 7 measured it among wordings that cost a sealed false fact)
        # (the verb, not the adjective: "the nixed storyline")
        r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )nix(?:es|ed|ing)\b",
        r"binned\b",
        r"(?:won't|won’t|will not|is not|isn't|isn’t|are not|aren't|aren’t) (?:be )?moving "
        r"forward(?=\s*(?:[.,;:!]|$)|\s+(?:at|on|after|beyond)\b)",
        r"(?:took|takes|taking|take) (?:the|an|its) (?:sword|axe|ax) to",
        r"(?:got|gets|get|given|giving|gave) the (?:axe|ax|boot|chop)",
        r"(?:is|are) (?:deleting|sacrificing|dropping) (?=\S*[\"“A-Z])",
        r"bit the dust", r"laid to rest", r"chopping block",
        # round 19: the present and the perfect ("Bites The Dust", "has bitten the dust")
        r"(?:bites|bitten) the dust",
        r"ax(?:e[ds]?|ing)\b",
        r"pull(?:ed|s|ing)? (?:the )?plug",
        r"scrapped", r"abandonment of", r"(?:has|have|had) abandoned",
        # the bare verb after a decision or a plan: "has decided to cancel X", "will cancel
        # X" (not after a wish: "fans want to cancel their subscriptions")
        r"(?:decided|decides|deciding|opted|opts|chose|chooses|elected|voted|moved|plans|plan|"
        r"planning|is set|are set|is poised|are poised|is expected|is going) to cancel\b",
        # round 23 (r23quotes): a statement's own wording of the decision, "we have made the
        # difficult decision to cancel X" ("to cease production on X" stays out, as round 7
        # measured and tests/test_kinds_round11.py keeps)
        r"(?:made|makes|making|took|takes|taken|reached|reaches) the (?:\w+ ){0,2}?decision to "
        r"cancel\b",
        r"(?:will|would|shall) cancel\b",
        # round 34 (r34vocab): the bare verb after "to", as "to axe" was read already — a
        # headline's future ("Kestrel to cancel X", "Kestrel set to scrap X"), a plan or a
        # decision told in any words ("has chosen to cancel X"); a wish, a call or a question
        # ("fans want Kestrel to cancel X", "whether to cancel X") is dropped later as it is
        # for "to axe"; not before a pronoun ("the decision to scrap it": the show is told in
        # another sentence, where the referred-show rules read a cancellation's verb, not this)
        r"(?<=\bto )(?:cancel|scrap)\b(?! (?:it|them|him|her|this|that|these|those|its|their|"
        r"his)\b)",
        _WILL_NOT + r" (?:be )?return(?:ing)?(?! again)(?! until)"
        r"(?! before)(?! till)",
        r"not (?:be )?(?:coming back|returning)",
        # round 19 (s19left): one title among a network's cuts ("X was one of three shows cut by
        # Kestrel", "among the dramas cut by Kestrel")
        rf"(?:{common_show_nouns(5, plural=True)}|titles|programmes|programs|originals) "
        r"(?:(?:that|which) (?:were|have been) )?cut by\b",
        r"canned", r"given the boot",
        r"(?:no|not get a) (?:\w+ )?season",
        # a renewal denied is a cancellation ("won't be renewed", "opted not to renew")
        # (round 16: "did not renew X", the British "decided not to recommission X")
        r"(?:won't|won’t|will not|wouldn't|wouldn’t|would not|not to|decided not to|opted not to|"
        r"chose not to|declined to|(?:decided|opted|chose|elected) to not|passed on|did not|"
        # (round 19, s19left: the present of a headline, "Opts Not To Renew", "Declines To")
        r"(?:decides|opts|chooses|elects) not to|declines to|"
        r"didn't|didn’t) (?:be )?(?:renew(?:ed|ing)?|re-?commission(?:ed|ing)?)\b",
        r"(?:given|giving|gave|gets?|got|getting|handed) (?:\S+ ){0,3}?the (?:axe|ax|boot|chop|"
        r"hook|heave-ho)",
        r"scrap(?:s|ping)\b", r"kill(?:s|ed|ing)? off (?=\S*[\"“‘A-Z])",
        # ("is ending after five seasons" is a planned end: not a cancellation, by convention)
        r"(?:has|have) been (?:dropped|shelved|dumped|ditched)",
        # a decision taken ("was not renewed"); "has not been renewed (yet)" is still open
        r"(?:was|were)(?:n't|n’t| not) renewed",
        # headline style, the auxiliary dropped: "X Not Renewed For Season 3" (round 16); not
        # a state still open ("is not renewed for season 3 yet", "not been renewed")
        rf"(?<!\bis )(?<!\bare )(?<!\bif )\bnot renewed for (?:{_A_SEASON})(?!,? yet\b)",
        # (with its season: "won't be back for season 3" is longer than the renewal's "back for
        # season 3" inside it)
        rf"{_WILL_NOT} be back\b(?! (?:on|in|until|"
        rf"before|till)\b)(?: for (?:{_A_SEASON}))?",
        r"(?:is|are|was|were) (?:done|over) (?:at \S+ )?after (?:just |only )?(?:\w+ seasons|"
        r"one season)\b",
        r"(?:came|come|comes|coming) to an end after (?:just |only )?(?:\w+ seasons|one season)\b",
        # a future denied: no more episodes, no coming back, a season not earned
        _WILL_NOT + r" (?:be )?(?:coming|come) back",
        _WILL_NOT + r" (?:produce|make|film|get|air) any more episodes",
        # (round 35) a network that will make no more, as wire copy writes it without "any":
        # "would not make more episodes of X" (not "air": "will not air more episodes until
        # March" is a pause)
        _WILL_NOT + r" (?:produce|make|film) more episodes"
        r"(?! (?:until|till|before|this|for now|in (?:19|20)\d\d)\b)",
        # trade wording: a network moving on, passing, dropping, a run that ended
        r"(?:won't|won’t|will not|wouldn't|wouldn’t|not to|not|no longer) (?:be )?"
        r"mov(?:e|es|ing) forward with",
        r"pass(?:es|ed|ing)? on (?:a|an|another) (?:\w+ )?(?:season|series)\b",
        # (round 35: the British "series" for seasons, counted, "drops X after two series";
        # not "after the series finale")
        r"(?:drops?|dropped|dropping) (?!(?:by|in|out|off|to|from)\b)(?:\S+ ){1,5}?after "
        r"(?:(?:\w+ ){0,2}?seasons?|(?:just |only )?(?:one|two|three|four|five|six|seven|eight|"
        r"nine|ten|\d{1,2}) series)\b",
        # a run cut short, not a planned end ("will end after its fourth season")
        r"(?<!will )(?:ends|ended) (?:\S+ ){0,4}?after (?:just |only )?(?:\w+ seasons|one season)"
        r"\b",
        r"(?:didn't|didn’t|did not|failed to|won't|won’t|will not|wouldn't|wouldn’t|would not) "
        r"(?:earn|get|land|receive|"
        r"secure) (?:a|an) (?:\w+ )?season",
        # a network declining the show's future: "is not moving forward with X", "passed on
        # a third season", "opted against another season"
        r"(?:not|won't|won’t|wouldn't|wouldn’t|isn't|isn’t|aren't|aren’t|no longer) (?:be )?moving "
        r"forward with",
        r"pass(?:es|ed|ing)? on (?:a|an|another) (?:\w+ )?(?:season|series)\b",
        r"(?:opted|decided|chose|elected|opts|decides|chooses|elects) against (?:a|an|another|"
        r"renewing)\b",
        # round 18 (s18vocab): British and trade slang of the cut, told with the run it ends
        # ("chopped X after a single season", "Dumps X After Two Seasons", "was dumped by"), and
        # a renewal denied for a named season ("has not renewed X for a third season"; not "has
        # not renewed X yet": a decision still to come)
        r"(?:(?:chop(?:s|ped|ping)?|dump(?:s|ed|ing)?|ditch(?:es|ed|ing)?|shut(?:s|ting)? down) "
        r"(?!(?:plans?|the idea|talks|hopes|production|filming)\b)(?:\S+ ){1,4}?"
        r"|cut(?:s|ting)? (?:\S+ ){1,4}?loose )after (?:just |only )?"
        r"(?:\w+ seasons|\w+ series|one season|a single season|a single series)\b",
        r"(?:was|were|been|is|are|gets?|got) (?:dumped|ditched|written off) by\b",
        r"ditch(?:es|ed)? (?=[\"“‘'])", r"(?:brings?|brought|bringing) down the curtain on\b",
        rf"(?:has|have|had)(?: not|n't|n’t) renewed (?:\S+ ){{1,5}}?for (?:{_A_SEASON})"
        r"(?![^.;]{0,40}?\byet\b)",
    ),
    "filming_started": (
        # round 35 (r35shoots): a listing's or call sheet's shoot label before its dates,
        # opening the line or after a dash or bar ("Filming: May–August 2026", "Salt Road —
        # Shoot dates: 4 May to 28 August 2026"): the start, and with a span the wrap too
        # (``date.shoot_interval``); rule ``trigger.shoot_label``
        r"(?:^|(?<=[—–|] ))(?:filming|shooting|production|principal photography|shoot|lensing)"
        r"(?: (?:dates?|period|schedule|window|start))?: ?(?=[^;]{0,40}?\b20\d\d\b)"
        r"(?=(?:early |late |mid-?)?"
        r"(?:[0-3]?\d(?:st|nd|rd|th)? (?:of )?)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|"
        r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|"
        r"dec(?:ember)?)\b)",
        # round 34: a season shot over a span of months ("X was filmed in Cork between May and
        # August", "X will be shot from January to April"): the span's start (and its end,
        # ``date.shoot_interval``)
        r"(?:filmed|shot|lensed) (?:[^\s,;.]+ ){0,4}?(?:from|between) (?:early |late |mid-)?"
        r"(?:january|february|march|april|may|june|july|august|september|october|november|"
        r"december)\b",
        rf"(?:began|begins|begin|beginning|begun|start(?:s|ed|ing)?|commence[ds]?|"
        rf"commencing|kick(?:s|ed)? off|kicking off|resume[ds]?|restart(?:s|ed)?|"
        rf"get(?:s|ting)? underway|got underway|underway|under way|rolling|roll(?:s|ed)?) "
        rf"(?:\w+ )?{_FILM}",
        rf"{_FILM}(?:,(?= (?:scheduled|set|expected|slated|due|planned) ))? "
        rf"(?:[^\s,;.]+ ){{0,9}}?(?:[^\s,;.]+, (?:which|that) )?(?:has |have |had |is |"
        rf"was |officially |finally |"
        rf"now |just |will |would |to |should |set to |expected to |scheduled to |slated to )*"
        rf"(?:began|begins|begin|begun|beginning|start(?:s|ed|ing)?|commence[ds]?|"
        rf"commencing|kick(?:s|ed)? off|kicking off|underway|under way|resume[ds]?|"
        rf"restart(?:s|ed)?|get underway|got underway|rolling|rolled|roll|start up|starting up)",
        # "filming relocates to Malta, and it is expected to kick off in June": "it" is the shoot
        # the clause before named
        rf"{_FILM} (?:[^\s,;.]+ ){{1,9}}?[^\s,;.]+, and it(?:'s|’s| is| will| was)? "
        r"(?:(?:going|set|expected|scheduled|slated|due) to )?(?:start(?: up)?|begin|kick off|"
        r"get underway)(?= (?:in|at|on|this|next|early|later|soon|around|by|sometime|some)\b|"
        r"[,.;]|$)",
        r"(?:began|begins|begin|beginning|begun|start(?:s|ed|ing)?) (?:to )?(?:film|shoot)"
        r"(?:ing)?\b",
        r"(?:is|are|was|were|been|now|currently|officially) (?:currently |now |officially |"
        r"already |also |reportedly |allegedly |apparently |supposedly |(?:said|understood|"
        r"believed|rumou?red) to be )?(?:filming|shooting|in production)\b",
        # a shoot seen at work (round 11): "the cast were spotted filming in Leeds"
        r"(?:spotted|seen|pictured|photographed|snapped) (?:\w+ ){0,2}?(?:filming|shooting)\b"
        r"(?! (?:a|an) (?:commercial|advert|ad|music video|cameo)\b)",
        # (round 34, r34vocab: the bare "go" of a plan or a headline's future, "X is set to
        # go into production", "X to go into production")
        r"(?:going|went|goes|(?<=\bto )go|heads?|headed|heading|gone) (?:into|in to) "
        r"production",
        r"(?:enters?|entered|entering) production",
        # an aside between the shoot and its start: "Production on the new season, which adds
        # two leads, will begin Monday"
        rf"{_SHOOT_ASIDE}{_SHOOT_ASIDE_AUX}(?:began|begins|begin|begun|start(?:s|ed)?|"
        r"commence[ds]?|kick(?:s|ed)? off|got underway|get underway|resume[ds]?)\b",
        r"(?:set|scheduled|slated|expected|due|poised|plans?|planned|planning) to "
        r"(?:film|shoot|begin filming|start filming|begin production|start production|"
        r"begin shooting|start shooting)",
        r"(?:will|to) (?:film|shoot)\b",
        r"(?:will|to) (?:begin|start) (?:filming|shooting|production)",
        r"(?:filming|production|shooting) start(?: date)?",
        r"(?:filming|production|shooting) date",
        r"on set\b",
        r"(?:cameras|camera) (?:are |have |started |began |start |begin )?rolling",
        r"(?:go|goes|went|going|gone) before (?:the )?cameras",
        r"first day (?:of|on) (?:set|filming|shooting|production)",
        # round 37 (r37quotes): the post's "Day one of filming", "day 1 on set"
        r"day (?:one|1) (?:of|on) (?:set|filming|shooting|production)\b",
        # and a cast back at work in its own words: "We're officially back filming"
        r"(?:we['’]re|we are|i['’]m|i am) (?:officially |finally |now )?back "
        r"(?:filming|shooting)\b",
        r"(?:began|begins|begin|started|starts|start) lensing",
        # round 18 (s18vocab): trade and Indian wording of a shoot under way: "is now lensing in
        # Toronto", "went on floors in Mumbai", "has gone on floors"
        r"(?:is|are|now|currently) (?:now |currently )?lensing\b",
        r"(?:went|goes|go|going|gone) on (?:the )?floors\b",
        r"(?:is|are) (?:now |currently )?being (?:filmed|shot) (?:in|on|at|across)\b",
        r"back (?:in|into) production",
        # round 18 (s18vocab2): a cast or a show back at work on its set: "the cast has
        # returned to set for season 2", "Glass Harbor went back to set in March"
        # (a verb: not "her return to set", a noun)
        r"(?:returned|returns|(?<!\w['’]s )(?<!her )(?<!his )(?<!their )(?<!a )returning|"
        r"went back|goes back|go back|headed back|heads "
        r"back|head back|is back|are back|were back|was back) to (?:the )?set\b",
        # a shoot's span ("filming ran from March to July"): kept only with its dates
        rf"{_FILM} (?:(?:on|for|of) (?:[^\s,;.]+ ){{1,5}}?)?(?:ran|will run|took place|"
        r"takes place|lasted|stretched|spanned)\b",
    ),
    "filming_wrapped": (
        r"(?<!pre-)(?<!post-)\bproduction (?:has |have |had |officially |finally )*wrapped",
        rf"wrap(?:s|ped|ping)? (?:up )?(?:on )?{_FILM}",
        # the words between are the shoot's own ("filming on season 2 has wrapped"), never a
        # second verb phrase ("began filming in January and wrapped in April": two events)
        rf"{_FILM_NOT_PRE_POST} (?:(?!and |but |before |then )[^\s,;.]+ ){{0,8}}?(?:has |have |"
        rf"had |is |was |"
        rf"officially |finally |now |just |will |would |to |should |set to |expected to |"
        rf"scheduled to )*"
        rf"(?:wrapped|wraps|wrap|ended|ends|finished|finishes|concluded|completed|"
        # (round 19: a headline's present, "Filming Completes On X Season 2")
        rf"completes|concludes|is done|is complete|came to an end|came to a close)",
        # an aside between the shoot and its end: "Filming for the season, created by Tom
        # Reed, was just completed earlier this month"
        rf"{_SHOOT_ASIDE}{_SHOOT_ASIDE_AUX}(?:wrapped|wraps|wrap|ended|finished|concluded|"
        r"completed|came to an end|is done|is complete|was done|was complete)\b",
        r"(?:has|have|had|officially|finally|just|recently) (?:officially |finally |just )?"
        r"wrapped\b",
        r"\bwrapped (?:on|in|back in|last|this|earlier)\b",
        # a shoot halted, then completed: "Shooting was halted twice by storms,
        # but was at last finished in March" (the shoot is the subject of both)
        rf"{_FILM} (?:[^\s;.]+ ){{0,6}}?(?:was|were|had been|has been|got) (?:\w+ )?"
        r"(?:interrupted|halted|paused|suspended|stalled|shut down|stopped|delayed)"
        r"(?: [^\s;.]+){0,10}? (?:but|and) (?:it )?(?:was|has been|had been|got) "
        r"(?:finally |eventually |officially |at last )?(?:completed|finished|wrapped)\b",
        r"(?:done|finished|completed|wrapped up) (?:filming|shooting|production)",
        r"(?:end|completion|wrap|culmination|conclusion) of (?:filming|production|shooting)",
        # (round 19: the noun "shoot" too, "The X season 2 shoot is over", "Shoot Complete")
        r"(?<!pre-)(?<!post-)(?:filming|production|shooting|shoot) (?:is |was |being )?"
        r"(?:already |now |officially )?"
        r"(?:done|over|complete)\b(?!\s+(?:in|at|on|by|with|around|budget|schedule)\b)",
        r"\bin the can\b", r"wrap date", r"call(?:s|ed|ing)? it a wrap",
        # (round 41) a wrap told only through what follows it, as a change: "season 2 is now
        # in post-production", "has moved into the editing room", "now in the edit" (a plain
        # "is in post-production after the strike" is round 19's other sense: no wrap)
        r"(?:(?:is|are)\s(?:now|officially|already)\s(?:in|into)|(?:has|have)\s"
        r"(?:now\s|officially\s)?(?:moved|gone|headed)\sinto|(?:moves?|moving|heads?|heading|"
        r"goes|going)\sinto|(?:entered|enters|entering))\s(?:post-production|post\sproduction|"
        r"the\sedit(?:ing\s(?:room|suite|bay))?)\b",
        # (round 35) "Salt Road is a wrap", "Season 2 is officially a wrap" (not "a wrap party")
        r"(?:is|are|was|were)\s(?:now\s|officially\s)?a\swrap\b(?!\s(?:party|gift|up\b))",
        # round 19 (s19left): a season told as shot, in the perfect passive ("The second season
        # of X has been shot", "Season 2 has been filmed"; a person shot is no season's)
        rf"(?:{_A_SEASON})(?: of(?: \S+){{1,6}}?)? (?:has|have|had) (?:now |officially |finally |"
        r"already |all |fully |entirely )*been (?:fully |entirely |completely )?(?:shot|filmed)\b"
        r"(?! (?:in|on|at|across|around|back|over|during|entirely|largely|mostly)\b)",
        rf"(?:{_A_SEASON}) (?:officially |has |have )?wrapped$",
        # round 19 (s19left): the same at a clause's end in the body, the show after the
        # season ("said goodbye to the set as season 2 wrapped.", "as the second season of X
        # wrapped;")
        rf"(?:{_A_SEASON})(?: of(?: \S+){{1,6}}?)? (?:officially |has |have |had |finally )?"
        r"wrapped(?=\s{0,2}[.;!]\s|\s{0,2}[.;!]?$)",
        r"(?:cameras|camera) (?:have |has |had )?(?:stopped|stop|stops) rolling"
        r"(?: on| for)?", r"(?:series|season|show) wrap\b",
        r"it'?s a wrap", r"that'?s a wrap", r"wraps\b",
        # round 18 (s18vocab): "filming on season 3 has come to an end", "shot its final
        # scenes for season 2"
        rf"{_FILM_NOT_PRE_POST} (?:(?!and |but )[^\s,;.]+ ){{0,8}}?(?:has|have|had) (?:now |"
        r"officially |finally )?come to (?:an end|a close)",
        r"(?:shot|filmed|wrapped) (?:its|their|the) (?:very )?(?:final|last) (?:scenes?|shots?|"
        r"takes?)\b",
        # (round 34, r34vocab: the bare "complete" after "to", as "finish" was read already)
        r"(?:finish(?:ed|es|ing)?|complet(?:ed|es|ing)|(?<=\bto )complete|conclud(?:ed|es|ing)|"
        r"end(?:ed|s|ing)|wrapped up|wraps up|wrapping up) (?:principal )?"
        r"(?:photography|filming|shooting|production)", r"wrap party", r"officially a wrap",
        # "shooting on X was paused for weeks, but was finally finished in March"
        r"(?:filming|shooting|production)\b[^.;]{0,80}?\b(?:was|were|has been|is) (?:now |"
        r"officially |finally )?(?:completed|complete|finished)\b(?!\s+(?:by|with)\b)",
        # "shooting on season 3 is now complete"
        rf"{_FILM} (?:on|for|of) (?:[^\s,;.]+ ){{1,4}}?(?:is|was|has been) (?:now |officially |"
        r"finally )?(?:complete|completed|done|over)\b"
        r"(?!\s+(?:in|at|on|by|with|around|budget|schedule)\b)",
    ),
    "premiere": (
        r"premier(?:e|es|ed|ing)\b(?! league)", r"debut(?:s|ed|ing)?\b",
        # round 19 (s19left): a season that "will be on" a network at a time ("X season 2 will
        # be on Kestrel Play this autumn"; a season as the subject: a guest "will be on" too)
        rf"(?:{_A_SEASON})(?: of(?: \S+){{1,6}}?)? will be (?:on|streaming on|available on|"
        r"airing on) (?!(?:hold|ice|pause|break|hiatus|the (?:shelf|back ?burner|air)|a (?:break|"
        r"hiatus|pause))\b)(?=(?-i:[A-Z\"“‘]))(?:\S+ ){1,3}?(?=(?:this|next|come|from|starting|"
        r"later) (?:spring|summer|"
        rf"fall|autumn|winter|year|month|mon|tues|wednes|thurs|fri|satur|sun|{MONTH_STEMS}|"
        r"\d))",
        # "returns June 5", "lands Friday": the verb right before a month or weekday
        r"(?:returns?|arriv(?:e|es|ed)|drops?|lands?) (?=(?:mon|tues|wednes|thurs|fri|satur|sun)"
        rf"day|{MONTH_STEMS}|\d{{1,2}}/\d"
        # round 35: the British and wire day before its month ("returns 14 July"); round 36
        # (r36dates2): a named day ("returns Boxing Day", "lands St Patrick's Day")
        rf"|{_DAY_BEFORE_MONTH}|{_NAMED_DAY})",
        # round 35: the British "returns from Sunday 14 July", "returning from 3 March": a day
        # after "from" (never "returns from its winter break", "from Spain", "from 2019")
        r"(?:returns?|returning) from (?:the )?(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
        rf"(?! nights?\b)|{_DAY_BEFORE_MONTH}|{_DAY_MONTH}\.? "
        r"\d{1,2}\b)",
        # a season that "begins June 13", "is coming Friday": its run starts (a shoot's start
        # is the longer "filming begins" phrase, which wins the overlap)
        r"(?:begins|starts|(?:is|are) coming|comes) (?:on )?(?=(?:mon|tues|wednes|thurs|fri|satur|"
        rf"sun)day|{MONTH_STEMS}|\d{{1,2}}/\d"
        # round 36: "begins on 14 July"; a named day ("begins Boxing Day", "starts on
        # Easter Monday")
        rf"|{_DAY_BEFORE_MONTH}|{_NAMED_DAY})",
        r"land(?:s|ed|ing)? (?:on|in)\b",
        # round 40 (r40dates): a TV guide's label of a run's first episode ("the first episode
        # of the new run of X"), dated by its line or its heading (``date.guide_heading``)
        r"first episode of (?:the|a) new (?:run|series)\b",
        # "ends next year with its third and final season": the last season airs then
        r"(?:end|ends|conclude|concludes|wrap up|wraps up) (?:its run )?(?:in|this|next|later|"
        r"early) (?:[^\s,;.]+ ){0,3}?with (?:a|an|its|the) (?:[\w-]+ ){0,2}?(?:and )?final season",
        # "will begin on BBC One on Sunday 16 June": past the network to the day (a shoot's
        # "filming will begin on location on Monday" is no premiere)
        r"(?<!filming )(?<!shooting )(?<!production )(?:will|to) (?:begin|start) on "
        r"(?:\S+ ){1,3}?on (?=(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2} [a-z])",
        # "is scheduled for June 14", "is slated for 2025": a date set for the season
        r"(?:is|are|was|has been|have been) (?:now |currently |tentatively )?(?:scheduled|"
        r"slated|pencil+ed in|due) (?:for|on) (?=(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
        rf"{MONTH_STEMS}|\d{{1,2}}/\d|20\d\d)",
        # "is set for early next year", "is set for next spring" (a time after "set for"; "is
        # set for a third season" is a renewal's, "set for a June premiere" the noun's)
        r"(?:is|are|was|has been|have been) (?:now |currently |tentatively )?set (?:for|on) "
        r"(?=(?:(?:early|late|mid|later|next|this)[- ](?:in )?)+(?:year|spring|summer|fall|"
        r"autumn|winter|20\d\d)\b|20\d\d\b)",
        # a premiere moved to its new date: "has been pushed back to June 14", "delayed to
        # 2025", "moved to a June 14 premiere" (the new date is the premiere's)
        rf"(?:(?:(?:{MOVE_VERB_FORMS}) "
        r"(?:back |up |forward )?"
        # round 36: the British "brought forward to 22 February", "put back to 8 March" (a
        # direction required: "brought to", "put to" are no move), "rescheduled for 14 July"
        rf"|(?:{MOVE_WITH_DIRECTION}) (?:back|forward) )(?:to|until|till) "
        r"|rescheduled for )(?=(?:(?:early|late|mid|the end of|next|this) "
        r")?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?! nights?\b)(?! slot)|"
        rf"{MONTH_STEMS}|\d{{1,2}}/\d|20\d\d|spring|summer|fall|autumn|winter|year\b"
        rf"|(?:the )?{_DAY_BEFORE_MONTH}))",
        # round 39 (r39dates): a move told on the show with no event word, the old date before
        # the new ("has pushed Salt Road from March to June", "Salt Road moves up a week, to
        # May 4"): the verb is the trigger; ``date.moved_from_to`` takes the new date
        rf"(?:{MOVE_VERB_FORMS})(?= (?:[^\s.;]+ ){{0,6}}?(?:from (?:[^\s.;]+ ){{1,3}}?"
        r"(?:to|until)|(?:up|back|forward) (?:a|one|two|three|four|several) (?:day|week|month)s?,? "
        r"to) (?:(?:early|late|mid|the end of|next|this) )?(?:(?:mon|tues|wednes|thurs|fri|satur|"
        rf"sun)day\b(?! nights?\b)|{MONTH_STEMS}|\d{{1,2}}/\d|20\d\d|spring|summer|fall|autumn|"
        rf"winter|{_DAY_BEFORE_MONTH}))",
        # round 40 (r40dates): a move told on the show with its new date right after "to"
        # ("has pushed Salt Road season 2 to June"), or by a contrast, the date denied before
        # the one given ("pushed X not to May but to June", "moved X from March — not to
        # April, as reported, but to June"): the verb is the trigger; ``date.moved_from_to``
        # takes the date after the last "to" (a finale or an episode moved is no premiere)
        rf"(?:{MOVE_VERB_FORMS})(?= (?:(?!finale|episode)[^\s.;]+ ){{1,8}}?"
        r"(?:not (?:to|until) [^.;]{1,40}? but )?(?:to|until) "
        r"(?:(?:early|late|mid|the end of|next|this) )?(?:(?:mon|tues|wednes|thurs|fri|satur|"
        rf"sun)day\b(?! nights?\b)|{MONTH_STEMS}|\d{{1,2}}/\d|20\d\d|spring|summer|fall|autumn|"
        rf"winter|{_DAY_BEFORE_MONTH}))",
        # "is back on Sunday at 9pm on BBC One", "will be back June 14"
        # round 38 (r38leftovers): the end of a wait around it ("is finally back on June 5!",
        # "is back at last on 5 June", "is at long last back Boxing Day")
        rf"(?:is|are|will be) (?:{_AT_LAST})?back,? (?:{_AT_LAST})?(?:on |this |next )?"
        r"(?=(?:mon|tues|wednes|thurs|fri|satur|sun)"
        rf"day\b(?! nights?\b)|{MONTH_STEMS}|\d{{1,2}}/\d|{_DAY_BEFORE_MONTH}|{_NAMED_DAY})",
        # "returns at last on June 5", "returns to screens at long last on 5 June"
        rf"returns? (?:to (?:our |your )?screens )?(?:{_AT_LAST})(?:on|in|this|next|to)\b",
        # "is back next month", "will be back later this year" (round 11)
        r"(?:is|are|will be) back (?=(?:next|later this|early next|this) (?:month|year|spring|"
        r"summer|fall|autumn|winter)\b)",
        # a coming back told with a time, every form of it (round 19): "is set to be back in
        # 2032", "should be back next spring", "comes back later this year", "makes its
        # comeback in June", "is due back this fall", "is headed back in early 2032" — a
        # return with a time is the premiere ("back for its third season" alone the renewal)
        _BACK_WITH_TIME,
        # "is coming in early 2025", "is coming to Netflix later this year"
        r"(?:is|are|be) coming (?:to (?:\S+ ){1,2}?)?(?:in|this|next|later|early|late|sometime)"
        r"\b(?! (?:the )?(?:episodes?|weeks ahead)\b)",
        # "returns early next year", "returns later this year", "returns sometime in 2025"
        r"returns? (?:early|late|later|sometime|mid-) ?(?=this\b|next\b|in\b|20\d\d)",
        r"(?:will|to|set to|is set to|expected to) return\b(?! for)(?! as)(?! to (?:the|his|her"
        r"|their) role)",
        r"(?:comes?|coming) back (?:on|in)\b",
        r"followed by (?:a|an|the) (?:\w+ ){0,3}season",
        r"returns? (?:on|in|to|this|next|with)\b(?! (?:the|his|her|their) role)",
        r"returning (?:on|in|to|this|next)\b(?! (?:the|his|her|their) role)",
        # a return that happened (round 17): "returned on January 12 with its third season"
        # (not "returned to": a network no list holds after it reads as a show's name)
        r"returned (?:on|with)\b(?! (?:the|his|her|their|a|an) (?:role|vengeance)\b)",
        r"makes? its (?:big )?return", r"return date",
        r"released?\b", r"release date", r"releasing\b",
        r"(?:will|to|set to|expected to|scheduled to|slated to) (?:air|stream|launch|arrive|"
        r"drop|bow|hit)\b",
        r"air(?:s|ed)? (?:on|in)\b", r"arriv(?:e|es|ed|ing)\b", r"launch(?:es|ed|ing)?\b",
        r"drops? on\b", r"dropp(?:ed|ing)\b", r"hit(?:s|ting)? (?:our )?(?:screens|netflix|"
        r"the streamer|hbo|hulu|prime video|disney\+|apple tv\+|tv)",
        r"coming to (?:the small screen|netflix|screens|hbo|hulu|disney\+|apple tv\+|prime)",
        r"bows?\b", r"(?:will|to) be available", r"available to stream (?:on|from) \w+ \d",
        # round 18 (s18vocab2): a season told as out now, a viewer's "catch" with its time:
        # "Season 2 of X is now streaming on Tovrel", "fans can catch X on Tovrel from June 5"
        # (one season, not a catalog's "seasons 1 & 2 are now available")
        rf"(?:{_A_SEASON})(?: of (?:[^\s,;.]+ ){{1,4}}?| )is (?:finally |officially )?"
        r"(?:now (?:streaming|out)|(?:streaming|out) now)\b",
        # (not "catch up on": reruns; not a show's star caught elsewhere)
        rf"(?:can|could|will be able to|are able to) (?:now )?catch (?!up\b)"
        r"(?:(?!(?:stars?|actors?|actress|hosts?|creators?|cast)\b)[^\s,;.]+ ){1,5}?"
        rf"(?:on (?:[\w+&-]+ ){{1,2}}?)?(?:from|starting|beginning|on) {_TIME_AFTER}",
        r"kicks? off", r"kicked off (?:in|on)\b", r"make its debut", r"\baired\b",
        r"back (?:on|onto|to) (?:our )?(?:screens|netflix|hbo|max|hulu|tv|disney\+|"
        r"prime video|apple tv\+|the streamer)", r"first (?:aired|debuted|premiered)",
        # "returned to our screens in July" (the present "returns to" is read above)
        r"returned to (?:our |your |tv |the small )?screens\b",
        r"(?:will|to) be released", r"rolls? out",
        _WILL_NOT + r" (?:\w+ )?(?:return|premiere|debut|arrive|"
        r"air|be back|be released|hit)(?: \w+){0,3}? (?:until|before|till)\b",
        r"(?:is|are)(?: not|n't|n’t) (?:expected|due|set|slated|scheduled)(?: to \w+)? "
        r"(?:until|before|till)\b",
        # a return put off, in the progressive or with "back" (round 17): "won't be returning
        # until 2026", "isn't coming back until next spring" — a premiere then, no cancellation
        # (the longer phrase wins over the cancellation's "won't be returning")
        _WILL_NOT + r" (?:be )?(?:returning|coming back)(?: \w+){0,3}? (?:until|before|till)\b",
        r"(?:is|are)(?: not|n't|n’t) (?:returning|coming back)(?: \w+){0,3}? "
        r"(?:until|before|till)\b",
        r"\bsee (?:the |its |a )?(?:[\w-]+ ){0,3}?season\b",
        r"(?:begins|began|begin|starts|started|start) (?:airing|streaming|broadcasting)",
        # round 36: "will now be broadcast on 14 July" (a change of schedule)
        r"(?:will (?:now )?be|to be|is being) (?:broadcast|shown|screened|aired)",
        r"air[- ]?dates?\b",
        _AIRING_NOUN,
        _SCHEDULE_PLACEMENT,
        _ARRIVAL_WITH_TIME,
        _ARRIVAL_ANY_TIME,
        # round 27 (r27today): the same arrivals on the article's own day ("is out today")
        _ARRIVAL_ARTICLE_DAY,
        r"(?:goes|go) out on\b", r"transmission",
        # the British trade's "TX date" (transmission), round 19
        r"\btx[- ]dates?\b",
        # a date set for a season's return: "Netflix dates X for June 14", "sets June 14 return"
        r"\bdat(?:es|ed) (?!back\b)(?:\S+ ){0,5}?for\b",
        r"\bsets? (?:a |an |its |the )?(?:\S+ ){1,3}?return (?:date|for)\b",
        # a run taken up again on a date: "resumes Thursday, March 6" (never a shoot's: "filming
        # resumes" is the longer filming phrase, and the words before are checked here too)
        r"(?<!filming )(?<!production )(?<!shooting )(?:will |to )?resume[ds]? (?:on )?"
        rf"(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day|{MONTH_STEMS}|\d{{1,2}}/\d)",
        # a show's run begun with its time (round 21, s21premiere): "The series began in 2011"
        _RUN_BEGUN,
        # a coming back with its place between (round 21, s21premiere): "We'll be back on Kestrel
        # One in 2025"
        _BACK_ON_PLACE_WITH_TIME,
        # a run's start told as good or bad with its time (round 21, s21premiere)
        _START_WITH_TIME,
        # round 37 (r37premieres): a season begun, started or opened with its time ("begins
        # its second season on July 14", "Season 2 of X opens on July 14")
        _SEASON_BEGUN,
    ),
}
#: A farewell idiom with a show as its object (round 33, r33prose): "say goodbye to",
#: "bid farewell to", "bade adieu to" in every form, then a name right after "to", or after
#: "the" and a kind of show ("the drama Salt Road"); never a determiner's or a pronoun's
#: noun ("its star", "the set", "his role", "fans"). The vocabulary is case-blind.
_FAREWELL_TO = (
    r"(?:say|says|said|saying|bid|bids|bade|bidding) (?:a (?:final |fond |last )?|one last "
    r"|(?:its|their) )?(?:goodbye|good-bye|farewell|adieu) to (?:the (?:\w+ )?"
    rf"(?:{SHOW_NOUN_ALT}) (?=\S)|(?!(?:the|a|an|its|his|her|"
    r"their|our|my|your|this|that|these|those|some|all|one|him|them|us|you|me|fans|viewers|"
    r"everyone|everybody|another|each|both)\b)(?=[\"“‘'\w]))"
)
#: The run ended it names: "after three seasons", "after just one season", in the same
#: clause (no comma, semicolon or dash between: "goodbye to Mara Quell, who leaves Salt Road
#: after three seasons" is a cast member's farewell).
_FAREWELL_RUN_ENDED = (
    r"(?=(?:[^\s,;:–—]+ ){1,6}?after (?:just |only |a mere )?(?:\w+ seasons|one season|a single "
    r"season|\w+ series)\b(?! as\b))"
)
#: A season the farewell comes "with": "say goodbye to X with the 15th and final season" is the
#: final season ordered, a renewal of that season (the labels' convention: "return for a fifth
#: and final season").
_FAREWELL_FINAL_SEASON = (
    rf"(?=(?:[^\s,;:–—]+ ){{1,6}}?with (?:its|the|a|their) (?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)) "
    r"(?:and (?:final|last) |(?:final|last) )(?:season|series)\b)"
)

#: The two, from the trigger's start (rules ``trigger.farewell_run_ended`` and
#: ``trigger.farewell_final_season`` name them in ``--explain``).
FAREWELL_RUN_ENDED_RE = re.compile(rf"(?i){_FAREWELL_TO}{_FAREWELL_RUN_ENDED}")
FAREWELL_FINAL_SEASON_RE = re.compile(rf"(?i){_FAREWELL_TO}{_FAREWELL_FINAL_SEASON}")

#: The renewal and cancellation vocabulary by family (round 8, tests/test_kinds_round8.py):
#: rarer wordings — a season the show "will have", seasons counted without "for", a rescue or
#: an escape, a run extended; a renewal denied in other words, a run that "won't continue", the
#: slang of the end. Found like TRIGGERS (the longer phrase wins an overlap), but only in a
#: sentence holding one of FAMILY_STEMS[kind], so the common sentence pays nothing for them.
FAMILY_TRIGGERS: dict[str, tuple[str, ...]] = {
    "renewed": (
        # a season to come, told as something the show will have
        rf"(?:will|is going to|'s going to|’s going to) have (?:{_A_SEASON})(?! (?:premiere|"
        r"finale|trailer|debut|release|run|of|in|on)\b)",
        # more of the show: "ordered more X", "ordered more seasons of X"
        r"(?:orders?|ordered|ordering) more (?!(?:episodes?|instal+ments?|scripts?|than|of|shows|"
        r"series|original|content|projects|films?|movies|titles)\b)",
        # seasons counted without "for": "has ordered two more seasons", "a two-season renewal"
        rf"(?:{_RENEW_VERB}|gets?|got|getting|lands?|landed|scores?|scored|earns?|earned|"
        r"nabs?|nabbed|picks? up|picked up|hands?|handed|given|gives?|gave|grants?|granted) "
        r"(?:\S+ ){0,4}?(?:\d|two|three|four|five) (?:more|additional|further) (?:seasons|series)"
        r"\b",
        r"(?:two|three|four|five|[2-5])-season (?:renewal|order|pickup|pick-up|extension)\b",
        rf"(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th))-season (?:renewal|order|pickup|pick-up)\b",
        # a run that goes on: "will live on for a second season", "lives to fight another day"
        rf"li(?:ve|ves|ved|ving) on (?:for|into|with) (?:{_A_SEASON})",
        r"li(?:ve|ves|ved|ving) to fight another day",
        r"(?:rescues|saves|resurrects|revives) (?=[\"“‘'])",
        # round 41 (r41shapes): an uncancelling ("Tovrel has uncancelled Salt Road", "Salt
        # Road Un-Cancelled"): a revival after a cancellation is a renewal; the longer phrase
        # wins over the cancellation inside it
        r"un-?cancell?(?:s|ed|ing)?\b",
        # round 40 (r40dates): a rescue told with the season it gives ("Kestrel Rescues Salt
        # Road for Season 2", "Tovrel saves Copper Vale for a second season"; a capitalised
        # object alone may be a person or a finale saved)
        rf"(?:rescues|saves|resurrects|revives) (?=(?:\S+ ){{1,5}}?for (?:{_A_SEASON}))",
        # a rescue is a renewal (a revival after a cancellation is labelled so): "saved by
        # Hulu", "rescued from cancellation", "has found a new home at Peacock"
        r"(?:saved|rescued|resurrected|revived) by\b(?! (?:fans|viewers|the (?:bell|finale)|"
        r"a (?:miracle|twist))\b)",
        r"(?:has|have|had) (?:officially |finally |now )?(?:saved|rescued|resurrected)\b(?! "
        r"(?:the|a|an|his|her|their|its|my|our|your|money|lives?|time|day|face|him|them|me|us)"
        r"\b)(?: (?:\S+ ){0,4}?from (?:the )?(?:cancell?ation|axe|ax|chopping block)\b)?",
        # round 37 (r37quotes): the passive told with no saviour ("X has been saved, with
        # Kestrel ordering a third series", "has now been rescued") and the lifeline ("X has
        # been given a lifeline by Kestrel", "thrown a last-minute lifeline")
        r"(?:has|have|had) (?:now |officially |finally )?been (?:officially |finally |now )?"
        r"(?:saved|rescued|resurrected|revived)\b(?! (?:by (?:fans|viewers|the (?:bell|finale)|"
        r"a (?:miracle|twist))|from (?!(?:the )?(?:cancell?ation|axe|ax|chopping block)\b)))",
        r"(?:given|thrown|handed|offered|gets?|got|getting|receives?|received|granted) a "
        r"(?:new |last-minute |late |second |fresh )?lifeline\b",
        r"(?:saved|rescued|spared|pulled back|saves|rescues) (?:\S+ ){0,4}?from (?:the )?"
        r"(?:cancell?ation|axe|ax|chopping block|scrap ?heap|brink)\b",
        r"(?:finds?|found|finding|lands?|landed|landing|gets?|got|getting) (?:a )?new home "
        r"(?:at|on|with|for)\b",
        rf"(?:moves?|moved|moving|jumps?|jumped|jumping|heads?|headed|heading|shifts?|shifted) "
        rf"(?:over )?to (?:\S+ ){{1,2}}?for (?:{_A_SEASON})",
        # an escape: "spared the axe", "survived the chopping block", "dodged cancellation" (the
        # longer phrase wins over the cancellation words inside it)
        r"(?<!to )(?:spared|escaped|escapes|escape|escaping|survived|survives|survive|surviving|"
        r"dodged|dodges|dodge|dodging|avoided|avoids|avoiding|evaded|evades|evading|cheated|"
        r"cheats) (?:the |a |another )?(?:axe|ax|chopping block|cancell?ation|chop|guillotine)\b",
        rf"(?:is|are|remains?|remained) safe (?:from (?:the )?(?:axe|ax|chopping block|"
        rf"cancell?ation)\b|for (?:{_A_SEASON}))",
        # a run extended: "extended X for two more seasons", "extended X's run"
        rf"(?:extends?|extended|extending) (?:\S+ ){{1,3}}?(?:run\b|for (?:{_A_SEASON})|for "
        r"(?:\d|two|three|four|five) (?:more |additional |further )?seasons\b|through season "
        r"\d{1,2}\b)",
        # a season of the show's, by its possessive: "X's second season has been confirmed",
        # "Netflix has officially ordered X's second season"
        rf"(?<=['’]s )(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)|next|new|final|last) (?:and final )?"
        r"(?:season|series) "
        r"(?:has |have |had )?(?:been |was |is |were )?(?:officially |formally |now |finally |"
        r"already )?(?:renewed|ordered|commissioned|confirmed|announced|greenlit|green-lit|given "
        r"the green light|picked up|happening|a go)\b(?! (?:to|as|for)\b)",
        rf"(?:order|commission|confirm|announc|greenl(?:it|ight)|green-l(?:it|ight))\w* "
        rf"(?:\S+ ){{0,3}}?\S+['’]s (?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)|next|final|last) "
        rf"(?:and final )?(?:season|series)\b"
        r"(?! (?:premiere|finale|trailer|teaser|release|date|cast|debut|will|is|has|arrives|"
        r"episodes?|first|poster)\b)",
        # "Netflix ordered X season 3" (a numbered season after the show's name)
        # (not "which was ordered alongside season 2": that season is a companion)
        r"(?:order(?:s|ed|ing)?|commission(?:s|ed|ing)?|greenl(?:it|ights?)|green-l(?:it|ights?)) "
        r"(?!(?:alongside|along|with|together|as|by)\b)(?:\S+ ){1,4}?(?:season|series) "
        r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)(?=\s*(?:[.,;:]|$)|\s+(?:on|in|for|at|after|with|as|and|back|last|this|earlier)\b)",
        # kept on, said yes to, heading into a season
        rf"(?:keeps?|kept|keeping) (?:\S+ ){{1,4}}?(?:around |on )?for (?:{_A_SEASON})",
        rf"(?:says?|said|saying) yes to (?:{_A_SEASON})",
        rf"(?:is|are) (?:headed|heading|going) (?:into|for) (?:{_A_SEASON})",
        r"(?:gets?|got|getting|earns?|earned|lands?|landed) (?:another|a (?:second|third|fourth|"
        r"fifth|new)) run\b(?! (?:at|of) the (?:title|trophy|championship|cup|playoffs)\b)",
        r"(?:has|have|had) been brought back\b(?! (?:as|to play|in the role|to life)\b)",
        # a season picked up in headline style: "Picks Up Second Season Of X", "picked up X for
        # season 2"
        rf"(?:picks?|picked|picking) up (?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)) (?:and final )?"
        r"(?:season|series)\b",
        rf"(?:picks?|picked|picking) up (?:\S+ ){{1,6}}?for (?:{_A_SEASON})",
        # round 38 (r38leftovers): its season told by an ordinal alone at the clause's end
        # ("picked up X for a 4th.", "picked X up for a fourth and fifth!"; the season is
        # ``season.elliptic_renewal``'s)
        r"(?:picks?|picked|picking) (?:up (?:\S+ ){0,5}?\S+|(?:\S+ ){0,2}?\S+ up)"
        rf"(?= for (?:a|an|its) (?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th))"
        rf"(?: and (?:an? )?(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)))?\s*(?:[.;:)!]|$))",
        # a revival told with the cancellation it undoes: "Hulu has picked up X after its
        # cancellation at NBC" (longer than the cancellation word inside it)
        r"(?:picks?|picked|picking) up (?:\S+ ){1,5}?(?:after|following) (?:its|the|their|a) "
        r"(?:\S+ )?cancell?ation\b",
        # round 17: a revival in the words of a return or a pickup, told with the cancellation
        # it undoes — "X was picked up by Hulu after Fox cancelled it", "Hulu is bringing back
        # X, which Fox cancelled last year" (the cancellation stays the show's past)
        # (the phrase stops before the cancellation, which stays a fact of its own)
        r"(?:was|were|has been|have been|had been|got|gets|is being|being) picked up by "
        r"(?!(?:the )?(?:outlets?|media|press|reporters?|fans|viewers|news|sites?|social|"
        r"internet|other|several|many|some)\b)"
        r"(?=(?:\S+ ){1,4}?(?:after|following|once|when|months after|years after) "
        r"(?:\S+ ){0,3}?(?:cancell?(?:ed|ing|ation)|axed|dropped|scrapped)\b)",
        r"(?:bring(?:s|ing)?|brought) back (?!(?:the |its |their )?(?:cast|actors?|stars?|"
        r"characters?|crew|hosts?|judges?|original)\b)"
        r"(?=(?:\S+ ){1,5}?(?:which|that|after|following|once|years after|months after) "
        r"(?:\S+ ){0,3}?(?:cancell?(?:ed|ing|ation)|axed|"
        r"dropped|scrapped)\b)",
        # "Hulu is reviving X for a fourth season", "revives X" (the verb's other objects —
        # interest, hopes, a debate, memories, a character — are no show)
        r"(?:reviv(?:es|ing)|resurrect(?:s|ing)) (?!(?:the|a|an|his|her|their|its|our|my|"
        r"interest|hopes?|talks?|memories|fears?|calls|debates?|rumou?rs|speculation|the idea|"
        r"characters?|roles?|careers?|franchises?|brands?)\b)(?=\S)",
        # round 19 (r19decide): a season given in other words (``SEASON_IN_OTHER_WORDS_RE``)
        _SEASON_IN_OTHER_WORDS,
        # round 24 (s24renewed): a numbered season got (``NUMBERED_SEASON_GOT_RE``)
        _NUMBERED_SEASON_GOT,
        # round 25 (s25idioms): a season on its way, a show that stays for one
        # (``SEASON_ON_ITS_WAY_RE``, ``STAYS_FOR_SEASON_RE``)
        _SEASON_ON_ITS_WAY,
        _STAYS_FOR_SEASON,
        # round 31 (lead): a decision to cancel taken back, the show's revival
        # (``CANCEL_DECISION_REVERSED_RE``)
        _CANCEL_DECISION_REVERSED,
        # round 33 (r33prose): a farewell with the final season it comes with, that season
        # ordered (``_FAREWELL_FINAL_SEASON``)
        _FAREWELL_TO + _FAREWELL_FINAL_SEASON,
        # round 37 (r37decisions): more of the show commissioned, another run told
        # (``MORE_COMMISSIONED_RE``, ``ANOTHER_RUN_TOLD_RE``)
        _MORE_COMMISSIONED,
        _ANOTHER_RUN_TOLD,
    ),
    "cancelled": (
        # a renewal denied in other words: "will not pick up X for a third season", "is not
        # renewing", "was not picked up for a second season"
        rf"(?:won't|won’t|will not|not to|decided not to|opted not to|chose not to|declined to|"
        rf"didn't|didn’t|did not) pick (?:\S+ ){{0,4}}?up (?:\S+ ){{0,4}}?for (?:{_A_SEASON})",
        rf"(?:was|were|is|are)(?:n't|n’t| not) picked up for (?:{_A_SEASON})",
        r"(?:isn't|isn’t|aren't|aren’t|is not|are not) renewing\b",
        rf"(?:didn't|didn’t|did not|failed to|won't|won’t|will not|wouldn't|wouldn’t|would not)"
        rf" (?:earn|get|land|receive|secure) (?:{_A_SEASON})",
        rf"(?:isn't|isn’t|is not|aren't|aren’t|are not|won't be|won’t be|will not be|not) "
        rf"getting (?:{_A_SEASON})",
        rf"there (?:won't|won’t|will not|will never|isn't going to|isn’t going to|is not going to|"
        rf"wouldn't|wouldn’t|would not) be (?:{_A_SEASON})",
        rf"(?:won't|won’t|will not|wouldn't|wouldn’t|would not|will never|never|didn't|didn’t|did "
        rf"not) see (?:{_A_SEASON})(?=\s*(?:[.,;:!]|$)|\s+(?:of|at|after)\b)"
        # (a wait, not an end: "won't see the second season of X until 2017")
        r"(?![^.;]{0,40}?\b(?:until|till|before|soon|anytime|for (?:a|another|at least|\w+ "
        r"(?:months|years|weeks)))\b)",
        rf"(?:has|have|had) no (?:further )?plans (?:for|to (?:make|produce|order|film)) "
        rf"(?:{_A_SEASON})",
        r"(?:won't|won’t|will not|would not|wouldn't|wouldn’t|not to|will no longer|decided not to|"
        r"opted not to|chose not to) continue\b(?! (?:to|as|in|filming|shooting|production|"
        r"working|with (?:the|his|her|their) role)\b)",
        r"(?:not|won't|won’t|wouldn't|wouldn’t|isn't|isn’t|aren't|aren’t|no longer) (?:be )?"
        r"proceed(?:ing)? with\b",
        # a network's decision to end a show (a planned end stays apart: drop.planned_end)
        r"(?:decided|opted|chose|elected|moved) to (?:end|conclude)\b(?! (?:production|filming|"
        r"shooting|the (?:shoot|season finale|episode|strike|feud|partnership|deal))\b)",
        # slang of the end: "is no more", "is done at Netflix", "one and done", "the end of
        # the road", "had its plug pulled", "the latest casualty", "kills X after one season"
        r"(?:is|are) (?:officially )?no more\b(?! than)",
        r"(?:is|are) (?:officially )?(?:history|toast|kaput)(?=\s*(?:[.,;:!]|$)|\s+(?:at|after)"
        r"\b)",
        r"(?:is|are|was|were) (?:officially )?(?:dead|finished|done|over) at (?!(?:the|a|an|this|"
        r"that|last|least|first|home|work|times?|night|noon|midnight)\b|\d)\S",
        r"(?:met|meets|meet) (?:the|its) (?:axe|ax|chop|maker)\b",
        r"walking papers\b",
        r"(?:sent|sends|consigned|consigns) (?:\S+ ){1,4}?to the (?:tv |television )?(?:graveyard|"
        r"scrap ?heap)\b",
        r"(?:is|are|was|were) (?:officially )?(?:dead|finished) (?:at \S+ )?after (?:just |only )?"
        r"(?:\w+ seasons|one season)\b",
        r"one[- ]and[- ]done\b",
        r"(?:reached|reaches|reach|reaching|hit|hits|is|it's|it’s|marks?|marked) (?:the )?end of "
        r"the (?:road|line)\b",
        r"plug (?:has been |was |is |had been |got )?pulled\b",
        r"(?:latest|newest|next|another|first|biggest|only|final) (?:\w+ )?casualt(?:y|ies)\b"
        r"(?! of (?:the )?(?:strikes?|pandemic|covid|war|writers|actors)\b)",
        r"(?:kills?|killed|killing) (?!off\b)(?:\S+ ){1,4}?after (?:just |only )?(?:\w+ seasons|"
        r"one season|a single season|\w+ episodes)\b",
        r"(?:has|have) (?:officially )?killed (?!off\b)",
        r"kills? (?=[\"“‘'])",
        # (round 19: "dumped", "ditched" alike; a headline drops the auxiliary after a quote)
        r"(?:(?:was|were|been|is|are|gets?|got) |(?<=[\"”’'] ))(?:dropped|dumped|ditched) by\b",
        r"yank(?:s|ed|ing)? (?:\S+ ){0,4}?(?:from|off) (?:the |its )?(?:schedule|air|airwaves|"
        r"lineup|line-up)\b", r"been yanked\b",
        r"(?:has been|was|were|been) pulled (?:from (?:the |its )?(?:schedule|air|lineup)|after "
        r"(?:just |only )?(?:\w+ )?episodes?)\b",
        # a headline's end without its auxiliary (round 17): "Netflix Passes On X Season 3",
        # "Says No To X Season 3", "Curtains For X", "The End Of The Road For X", "X Done At
        # Netflix After Two Seasons" (a season or a run named: "passed on the pilot" is none)
        rf"(?:passes|passed|passing|pass) on (?:\S+ ){{1,5}}?(?:season|series) (?:\d{{1,2}}|"
        rf"{_ORD_ALT})\b",
        rf"(?:passes|passed|passing|pass) on (?:a |an )?(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)) "
        r"(?:season|series)\b",
        rf"(?:says?|said|saying) no to (?:\S+ ){{0,5}}?(?:season|series) (?:\d{{1,2}}|{_ORD_ALT})"
        r"\b",
        rf"(?:says?|said|saying) no to (?:a |an )?(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)) "
        r"(?:season|series)\b",
        r"^\W{0,3}curtains for\b",
        r"^\W{0,3}(?:the )?end of the (?:road|line) for\b",
        r"done at (?!(?:the|a|an|this|that|last|least|first|home|work|times?|night|noon|"
        r"midnight)\b|\d)\S+ after (?:just |only )?(?:\w+ seasons|one season)\b",
        # round 19 (r19decide): a run ended, a season refused, in other words
        # (``CUT_IN_OTHER_WORDS_RE``, ``SEASON_REFUSED_RE``)
        _CUT_IN_OTHER_WORDS,
        _SEASON_REFUSED,
        # round 27 (r27cancel): a renewal taken back, a decision to cancel told as a noun
        # (``RENEWAL_TAKEN_BACK_RE``, ``DECISION_NOUN_TO_CANCEL_RE``)
        _RENEWAL_TAKEN_BACK,
        _DECISION_NOUN_TO_CANCEL,
        # round 31 (lead): a decision to renew taken back (``RENEW_DECISION_REVERSED_RE``)
        _RENEW_DECISION_REVERSED,
        # round 33 (r33prose): a farewell to a show whose run ended (``_FAREWELL_TO``)
        _FAREWELL_TO + _FAREWELL_RUN_ENDED,
        # round 37 (r37decisions): more of the show refused (``NOT_COMMISSIONED_MORE_RE``)
        _NOT_COMMISSIONED_MORE,
    ),
}
#: Every alternative of FAMILY_TRIGGERS[kind] contains one of these.
FAMILY_STEMS: dict[str, tuple[str, ...]] = {
    "renewed": ("will have", "going to have", "ordered more", "orders more", "ordering more",
                "order more", "more seasons", "more series", "additional seasons",
                "additional series", "further seasons", "further series", "-season", "live on",
                "lives on", "lived on", "living on", "to fight another", "save", "rescue",
                "resurrect", "reviv", "spared", "uncancel", "un-cancel", "pulled back",
                "new home", "move", "moving",
                "jump", "headed", "heading", "heads ", "shift", "escap", "surviv", "dodg",
                "avoid", "evad", "cheat", "safe", "extend", "keep", "kept", "yes to",
                "going into", "going for", "another run", "second run", "third run",
                "fourth run", "fifth run", "new run", "brought back", "bring", "pick", "order",
                "commission", "green",
                # a season after the show's possessive ("X's final season")
                "'s final", "’s final", "'s last", "’s last", "'s next", "’s next", "'s new ",
                "’s new ", "'s second", "’s second", "'s third", "’s third", "'s fourth",
                "’s fourth", "'s fifth", "’s fifth", "'s sixth", "’s sixth", "'s seventh",
                "’s seventh", "'s eighth", "’s eighth", "'s ninth", "’s ninth", "'s tenth",
                "’s tenth",
                # round 19 (r19decide): a season given in other words
                " run", "instal", "outing", "give", "gave", "giving", "hand", "grant",
                # round 24 (s24renewed): a numbered season got
                "get", "got ", "land", "earn", "scor", "secur", "bag", "nab", "snag", "receiv",
                # round 25 (s25idioms): a season on its way, a show that stays for one
                "the way", "its way", "the works", "coming", "stay", "stuck around",
                "stick", "remain", "continues on", "continues at", "continued on",
                "continued at", "continuing on", "continuing at", "continue on", "continue at",
                # round 31 (lead): a decision to cancel taken back
                "decision to", "plan to", "plans to", "move to",
                # round 33 (r33prose): a farewell with its final season
                "goodbye", "good-bye", "farewell", "adieu",
                # round 37 (r37decisions): another series there will be, or got
                "another series", "nd series", "rd series", "th series", "-series"),
    "cancelled": ("pick", "renewing", "earn ", " get ", "getting", " land ", "receive ",
                  "secure ", "there won", "there will n", "there isn", "there is not",
                  "there wouldn", "there would not", "not see", "n't see", "n’t see",
                  "never see", "no plans", "no further plans", "not continue", "n't continue",
                  "n’t continue", "no longer continue", "not to continue", "proceed",
                  "to end", "to conclude", "end of the", "no more", "history", "toast", "kaput",
                  "dead at",
                  "dead after", "finished at", "finished after", "done at", "over at", "met ",
                  "meet", "walking papers", "graveyard", "scrap", "one and done",
                  "one-and-done", "plug", "casualt", "kill", "dropped", "yank", "pulled",
                  "pass", "no to", "curtains",
                  # round 19 (r19decide): a run ended, a season refused, in other words
                  "shelv", "discontinu", "off air", "off the air", "time on", "marching orders",
                  "curtain down", "cut ", "to an end", "pull", "its run", "drop", "to scrap",
                  "bins ", "go ahead", "going ahead", "order", "be no ", "consigned",
                  # round 27 (r27cancel): a renewal taken back, a decision told as a noun
                  "unrenew", "un-renew", "decision to", "decision by",
                  # round 31 (lead): a decision to renew taken back
                  "plan to", "plans to", "move to",
                  # round 33 (r33prose): a farewell to a show whose run ended
                  "goodbye", "good-bye", "farewell", "adieu",
                  # round 37 (r37decisions): more of the show refused
                  "commission"),
}
#: Cheap pre-check per kind: the kind's trigger patterns only run on a sentence whose lower-case
#: text holds one of these stems. Every alternative of TRIGGERS[kind] contains one of them.
TRIGGER_STEMS: dict[str, tuple[str, ...]] = {
    "renewed": ("renew", "re-up", "reup", "pick", "order", "green", "return", "back", "sticking",
                "committed", "season", "extended", "extension", "reviv", "commission", "series",
                "confirm", "announc",
                "go-ahead", "thumbs up", "happening", "a go", "extend", "lock",
                # round 36: "given a second run", "a third outing"
                "nd run", "rd run", "th run", "outing"),
    "cancelled": ("cancel", "ax", "boot", "chop", "sword", "delet", "sacrific", "dropping", "dust",
                  "laid to rest", "plug", "scrap", "return", "back", "canned", "season", "renew",
                  "nix", "binned", "commission",
                  "hook", "heave-ho", "kill", "dropped", "shelved", "ending", "come back",
                  "coming back", "more episodes", "forward", "drops", "end", "be back",
                  "done", "over", "against", "abandon", "pass", "no to", "curtains",
                  "chop", "dump", "ditch", "shut", "loose", "written off", "curtain",
                  "cut by"),
    "filming_started": ("film", "shoot", "production", "photograph", "camera", "on set",
                        "first day", "day one", "day 1", "back filming", "back shooting",
                        "lensing", "on floors", "on the floors", "being shot",
                        "to set", "to the set", "shot", "lensed"),
    "filming_wrapped": ("wrap", "film", "shoot", "production", "photograph", "camera",
                        "in the can", "lensing", "shot", "filmed", "the edit"),
    "premiere": ("premier", "debut", "return", "back", "followed", "releas", "air", "stream",
                 "launch", "arriv", "drop", "bow", "hit", "coming to", "available", "kick", "roll",
                 "see", "land", "start", "begin", "began", "broadcast", "shown", "screened",
                 "go out", "goes out", "transmission", "dates", "dated", "coming", "comes",
                 "final season", "resum", "schedul", "slated", "pencil", "due", "expected",
                 "push", "delayed", "moved", "moves", "bumped", "postponed", "shifted",
                 # round 36: the British moves of a date
                 "brought back", "brought forward", "brings forward", "bringing forward",
                 "put back", "puts back", "putting back",
                 "set for", "set on", "will be ", "set ", "sets ", "setting ", "slat",
                 # round 18: a slot given or taken, a run opened
                 "slott", "slots", "line-up", "lineup", "slate", "open", "comes to", "came to",
                 "out on", "out in", "out from", "run", "seen", "bowed",
                 # round 18 (s18vocab): an arrival with its time
                 "live", "over", "telecast", "date for", "off to", "screen",
                 # round 18 (s18vocab2): a season out now, a viewer's "catch"
                 "out now", "now out", "catch",
                 # round 19 (r19premiere): an arrival before a time in any form
                 "is out", "are out", "be out", "locked in", "come out", "comes out",
                 "coming out", "watch", "tune in", "tune into", "here", "with us",
                 "heads to", "heading to", "headed to", "its way to", "tx",
                 # round 35: a broadcaster's "will show the second series of X from 14 July"
                 "will show ", "to show "),
}
#: Events a show's name can stand before, which are called off without the show ending.
_EVENT_NOUNS = (r"panels?|part(?:y|ies)|screenings?|events?|tours?|concerts?|appearances?|"
                r"signings?|livestreams?|meet[- ]and[- ]greets?|q&as?|red carpets?|conventions?|"
                r"galas?|rehearsals?|interviews?|performances?|flights?|trips?|premiere "
                r"(?:part(?:y|ies)|events?|screenings?|nights?)")
#: A shoot told as going on in the past ("was shooting", "had been filming"): the words
#: ending in a start's trigger, read against a wrap in the same sentence
#: (``drop.shoot_behind_wrap``).
SHOOT_IN_PROGRESS_RE = re.compile(
    r"(?i)(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:shooting|filming|"
    r"lensing|in\s+production)\b")
#: Trigger hits that look like a kind but are not one (checked on the trigger's clause).
#: People coming back, not the show (round 19): the return's subject is a group of people —
#: "the cast of X will be back in June", "X fans will return for the convention", "the
#: writers of X are coming back next year" — with only "of ..." and auxiliaries between the
#: people and the verb (not "fans will see season 3 when it returns"). Read by the renewal's
#: exclusions as by the premiere's: a return with a time is a renewal's candidate until the
#: kind rules read its time.
_PEOPLE_COME_BACK = (
    r"\b(?<!from the )(?:cast|cast members?|crew|actors?|actresses|team|showrunners?|"
    r"creators?|producers?|writers?|stars(?= of )|fans|viewers|audiences?|hosts?|judges|"
    r"contestants)"
    r"(?: of (?:the )?[^.;,]{1,40}?)? (?:(?:will|would|should|is|are|was|were|to|set to|"
    r"expected to|all|also|soon|finally|be|been) ){0,3}(?:return(?:ed|s|ing)?|(?:be|come|"
    r"comes|coming) back)\b")
#: A shoot of another thing than a season (round 34): "began shooting a music video", "is
#: shooting another project", "filming the film Iron Coast", "wrapped a photo shoot" — the
#: object right after the shoot's verb (not "filming the new season", "shooting its finale").
_SHOOT_OF_ANOTHER_THING = (
    r"\b(?:film|shoot|lens|wrap)(?:s|ed|ing|ped)?\s+(?:on\s+)?(?:a|an|another|his|her|their|"
    r"the)\s+(?:(?:new|upcoming|feature|short|indie|independent|separate|different)\s+){0,2}"
    r"(?:music\s+videos?|videos?|commercials?|adverts?|ads?|photo\s?shoots?|films?|movies?|"
    r"projects?|documentar(?:y|ies)|campaigns?)\b|"
    # ... or told of it as the subject: "The video was shot from May to June"
    r"\b(?:music\s+videos?|videos?|trailers?|promos?|teasers?|commercials?|adverts?|films?|"
    r"movies?|scenes?|sequences?|photos?|footage|documentar(?:y|ies))\b[^.;]{0,30}?\b(?:was|were|"
    r"is|are|will\s+be|being)\s+(?:\w+\s+)?(?:filmed|shot|lensed)\b")
TRIGGER_EXCLUDE: dict[str, Caseless] = {
    "cancelled": Caseless(r"(?i)\b(?:she|he|they|i|we|you|cast members?|actors?|actress|stars?|"
                            r"characters?)\s+(?:\w+\s+)?(?:will not|won't|won’t|would not)|"
                            r"return(?:ing)? to (?:that|the|this|his|her|their)\b|"
                            # a person let go, not a show
                            r"\b(?:coach|manager|host|showrunner|anchor|presenter|judge|"
                            r"executive|president|chief|editor|player|creator|writer|director|"
                            r"producer|star|actor|actress)s? (?:was|were|has been|"
                            r"have been|had been) (?:axed|fired|dropped|canned|scrapped)|"
                            # someone let go from a show (round 16): "Jane Doe was axed from
                            # X", the show's name blanked out after "from" (a show axed
                            # "from Fox's lineup" has a word there)
                            r"\b(?:axed|dropped|fired|sacked|booted|canned|written out) from "
                            r"(?:the cast of )?[\"“‘']?\s{2}|"
                            # a person left by a partner or an agent (round 19: "X star Maya
                            # Lind has been dumped by her boyfriend")
                            r"\b(?:dumped|ditched|dropped) by (?:his|her)\b|"
                            # a sponsor's or an agency's client, not a network's show
                            r"\bdropped by (?:an? |its |their |the )?(?:\w+ )?(?:advertisers?|"
                            r"sponsors?|agency|agents?|brands?|partners?|labels?|publishers?)\b|"
                            # a role cut, or an end the show planned
                            r"\b(?:axe[ds]?|axing|cut|dropped|scrapped) (?:the )?(?:characters?|"
                            r"roles?)\b|\bas (?:(?:its|the|their) (?:\w+ ){0,2}?)?(?:planned|"
                            r"intended)\b|"
                            # an event called off, not a show: "the panel at Comic-Con was
                            # cancelled", "cancelled her appearance", "cancelled for the day"
                            rf"\b(?:{_EVENT_NOUNS})\b[^.;]{{0,40}}?\b(?:was|were|has been|"
                            r"have been|had been|is|are|got|gets|been) (?:\w+ )?(?:cancell?ed|"
                            r"axed|scrapped|called off|canned)\b|"
                            r"\b(?:cancell?(?:ed|s|ing)|axed|scrapped|called off|canned)\s+(?:(?:"
                            r"the|a|an|his|her|their|its|this|that|all)\s+)?(?:\S+\s+){0,3}?"
                            rf"(?:{_EVENT_NOUNS})\b|"
                            r"\bcancell?ed (?:for|on) (?:the |that |this )?(?:day|night|evening|"
                            r"week|weekend|afternoon|morning)\b|"
                            # a cancellation feared, not made: "fans feared it would be axed"
                            r"\b(?:fear(?:s|ed|ing)?|worr(?:y|ied|ies|ying)|afraid|panick?(?:ed)?|"
                            r"scared?|dread(?:ed)?)\b[^.;]{0,50}?\b(?:would|will|might|could|was "
                            r"going to|were going to|to) (?:be |get )?(?:cancell?ed|axed|scrapped|"
                            r"canned|the axe|the chop)\b|"
                            # round 34 (r34vocab): a cancellation refused, threatened or not
                            # managed, not made: "Kestrel refused to cancel X", "declined to
                            # axe", "threatened to scrap"
                            r"\b(?:refus|declin|threaten|fail)(?:e|es|ed|s|ing)? to (?:cancel|"
                            r"axe?|scrap)\b"),
    # an incident "on set" is about conduct, not news of a shoot
    "filming_started": Caseless(rf"(?i){_SHOOT_OF_ANOTHER_THING}|"
                                  r"delay|postpone|table[- ]read|stop(?:ped|s)? rolling|"
                                  r"pushed back|on hold|halted|shut down|left to (?:film|shoot)|"
                                  r"(?:harass\w*|misconduct|behaviou?r|injur\w*|accidents?|"
                                  r"incidents?|feuds?|abuse|complaints?|assault\w*) on set"),
    # "kept under wraps" is secrecy, not a shoot's end
    "filming_wrapped": Caseless(rf"(?i){_SHOOT_OF_ANOTHER_THING}|"
                                  r"(?:weeks|days|months) of (?:filming|production|"
                                  r"shooting)|under wraps|"
                                  # the run or the story ends on air: "wraps up its second
                                  # season on Sunday with a finale" (no shoot named after it)
                                  r"\bwraps?(?: up)? (?:its|their|the) (?:[\w-]+ ){0,2}?"
                                  r"(?:season|series|run|story|storyline|arc)\b"
                                  r"(?! (?:shoot|filming|production))|"
                                  # "after the miniseries wraps", "the story ... wraps this
                                  # season": a run or a story (not a shoot) as the subject
                                  r"\b(?:miniseries|series|story|storyline|arc|saga|run) "
                                  r"(?:[\w-]+ ){0,6}?wraps\b"
                                  r"(?! (?:up )?(?:filming|shooting|production|photography))|"
                                  # a halt that ended, not the shoot (round 17): "restarted
                                  # production after the strike ended"
                                  r"\b(?:strikes?|lockdowns?|shut ?downs?|pandemic|pause|"
                                  r"suspension|stoppage|hiatus|break) (?:has |had |have )?"
                                  r"(?:ended|ends|finished|concluded|is over|was over)\b"),
    "episode_count": Caseless(r"(?i)so far|aired|respectively|"
                                r"\bparts?\s+(?:\d|one|two|three|four|i)|"
                                # a premiere's first episodes, not the season's count:
                                # "comes back on Oct. 4 with three episodes"
                                r"\b(?:premiere|return|debut|launch|kick)\w*\b[^;!?]{0,30}?\bwith "
                                r"(?:the )?(?:first )?(?:two|three|2|3|back-to-back)\b"),
    "premiere": Caseless(
        rf"(?i)table[- ]read|{_PEOPLE_COME_BACK}|"
        # people coming back somewhere, not the show (round 17): "the cast of X returned to
        # Belfast", "the crew returns to set"
        # (the people the return's subject, no comma between: not "From the creator of Y, the
        # drama returns on June 4")
        r"(?<!from the )(?<!of the )\b(?:cast|cast members?|crew|actors?|actresses|stars|team|"
        r"showrunners?|creators?|producers?|writers?)\b[^.;,]{0,40}?\breturn(?:ed|s|ing)?\b|"
        # a network that dropped the show, told as the past of its return (round 17): "Hulu
        # brought X back after Fox dropped it in 2029" is no release
        r"\b(?:after|when|since|once|before|until) (?:\S+ ){1,3}?dropp(?:ed|ing) (?:it|them|"
        rf"the (?:{common_show_nouns(5)}))\b|"
        # people seen arriving somewhere (a shoot's location, a party): no show arrives
        r"\b(?:snapped|spotted|seen|pictured|photographed|papped)\s+(?:\w+\s+)?arriv|"
        r"(?:premiere date|release date|return date)s? (?:has|have|had|is|are|was|were)?"
        r"\s*(?:not|yet|n't)|(?:next|last|final) (?:two |three )?episodes?|"
        r"(?:originally|previously|initially) (?:announced|scheduled|planned|set)"
        # the old date, then the new one: "originally set for June 7, has been pushed back to"
        rf"(?![^.;]{{0,60}}\b(?:{MOVED_PARTICIPLES})\b)|"
        # (round 37, r37quotes: not a listings line's first episode labelled the season's
        # premiere, "X (Season 2, Episode 1) — Season premiere", "Episode 1: New series")
        r"episodes? (?:[2-9]\d{0,2}|1\d{1,2}|two|three)\b|"
        r"episodes? (?:1|one)\b(?![)\]]?,?\s{0,3}[—–:|-]{1,2}\s{0,3}(?:(?:season|series) "
        r"premiere|new (?:season|series))\b)|two-episode|episodic|midseason finale|"
        r"\bfinale\b|\bfilm\b(?! festival)|\b(?:movies?|theaters|theatres|box office|"
        r"video games?|novels?|albums?|singles?|books?|soundtracks?|audiobooks?)\b|"
        # a show's star arriving somewhere (round 19): "X star Maya Lind arrives in London on
        # Sunday" (a person's name between the role and the verb; not "which stars ...")
        r"\b(?:star|actor|actress|host|creator|showrunner|presenter) (?:[^\s,;.]+ ){1,2}"
        r"arriv(?:es|ed|ing)\b|"
        # (not before a time: "will be available to stream on Tovrel this fall", round 19)
        rf"available to stream(?! (?:on \S+ (?:\S+ )?)?(?:from\b|{_ANY_TIME}))|"
        r"returns? to (?:her|his|their) |"
        r"return(?:s|ing)? to (?:star|play|portray|reprise|lead|host|direct|work|set)|"
        # round 34 (r34vocab): one episode out of the run, not a season's premiere ("a
        # special episode of X airs on Friday", "a one-off holiday episode debuts")
        r"\b(?:a|an|one|the|its|their) (?:(?:special|bonus|standalone|one-off|single|holiday|"
        r"christmas|festive) ){1,2}episode\b|"
        r"\b(?:volume|vol\.?|part)\s+(?:2|3|4|two|three|four|ii)\b|"
        r"\b(?:second|third|final|last|latter) (?:part|volume|half)\b|"
        # episodes weekly, not a premiere, unless the weeks start from a date
        # (a weekly run from a date starts on it: "will stream weekly on Sundays starting June
        # 16", "new episodes will air weekly beginning June 16")
        # a shoot's date set, no premiere's: "Filming on X is set for early next year"
        r"\b(?:filming|production|shooting|photography|cameras|the shoot)\b[^.;]{0,50}?\b(?:is|"
        r"are|was|has been|have been) (?:now |currently |tentatively )?(?:set|scheduled|slated|"
        r"pencil+ed in|due) (?:for|on)\b|"
        # (the window may end inside the last word: its first letters are enough)
        # (round 19, s19left: nor a weekly run that opens at a time, "will premiere weekly
        # this autumn", "weekly come spring")
        r"weekly(?! (?:on (?:mon|tues|wednes|thurs|fri|satur|sun)days?,? )?(?:from|start|begin|"
        r"betw|(?:this|next|come) (?:spring|summer|fall|autumn|winter)\b))|"
        r"new episodes?\b(?!\s+(?:[^\s.;]+\s+){1,8}?weekly (?:on (?:mon|tues|wednes|"
        r"thurs|fri|satur|sun)days?,? )?(?:from|start|begin))|"
        r"released? (?:a |the |an |its |new |first |official )+(?:\w+ )?(?:trailer|teaser|"
        r"titles?|first look|look|images?|photos?|poster|details|statement|synopsis|footage|"
        r"clip|schedule)|"
        # a single later episode airs; no season premieres
        r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
        r"|latest|penultimate) episode\b"
    ),
    "renewed": Caseless(
        rf"(?i){_PEOPLE_COME_BACK}|"
        # a one-off, not a season: "the cast returns for a reunion special"
        r"return(?:s|ing|ed)? for (?:a|an|the|one) (?:[\w-]+ ){0,2}?(?:reunion|specials?|"
        r"movie|film|one-off|podcast|live show|concert|tour|event|panel)\b|"
        # (a return to the air is the show's own: "will return to the schedule in winter")
        r"return(?:ing)? as\b|returns? to (?:her|his|their|its|the) (?!screens?\b|schedule\b|"
        r"air(?:waves)?\b|line-?up\b)|"
        r"returns? for an? \w+ time|"
        r"return(?:s|ing)? to (?:star|play|portray|reprise|lead|host|direct|work|set)|"
        r"return to (?:the|his|her|their) role|will return to "
        r"(?:the (?!screens?\b|schedule\b|air(?:waves)?\b|line-?up\b)|his|her|set|work)|"
        r"renewal notices? .{0,20}(?:not|n't)|"
        r"\b(?:he|she|they|actor|actress|star)\s+(?:will|is|are)\s+(?:return|coming back)|"
        # people coming back, not the show: "will return in their lead roles", "cast members
        # who will return from previous seasons"
        r"return(?:s|ing)? in (?:their|his|her) (?:[\w-]+ )?roles?\b|"
        r"\b(?:cast|cast members?|actors?|actresses|stars|players|regulars) (?:\w+ ){0,2}?"
        r"(?:returning|coming back)\b|\bsign(?:s|ed|ing)? on for\b|"
        r"return(?:s|ing)? from (?:the )?(?:previous|past|earlier|prior|first|last) "
        r"(?:\w+ )?seasons?|"
        r"the final season of\b.{0,30}\b(?:premiere|debut|air|release)|"
        # a season of sport, not of a show
        r"\b(?:football|baseball|basketball|hockey|soccer|rugby|cricket|racing|tennis|golf)"
        r" (?:season|league)|season of (?:football|baseball|basketball|hockey|soccer|rugby|"
        r"cricket|racing|tennis|golf)\b|"
        # a renewal hoped or fought for, not granted: "the show's odds of renewal", "a
        # campaign for a renewal", "renewal hopes"
        r"\b(?:odds|chances?|hopes?|prospects?|campaigns?|push|fight|bid|petitions?|pleas?|"
        r"calls?|shot) (?:of|for|at) (?:a |an |another )?(?:\w+ )?renewal|"
        r"\brenewal (?:campaigns?|petitions?|hopes|odds|chances|prospects|push|bid)\b|"
        r"\b(?:fans?|viewers|campaign\w*|efforts?|pull|push) (?:\w+ ){0,3}?to (?:score|win|"
        r"secure|earn|force|save) (?:a |an |another )?(?:\w+ )?renewal|"
        # a renewal talked over, weighed or waited for, not decided: "renewal talks", "word on
        # a renewal", "weighing a renewal", "awaiting a renew-or-cancel decision"
        r"\brenewal (?:talks|negotiations|discussions|conversations|deliberations|limbo|bubble|"
        r"speculation|rumou?rs|watch)\b|"
        r"\b(?:talks?|negotiations?|discussions?|conversations?|word|decision|verdict|update) "
        r"(?:about|over|on|regarding) (?:a |an |another |its |the )?(?:[\w-]+ )?renew|"
        r"\b(?:weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|consider(?:s|ed|ing)?|ponder(?:s|ed|ing)?|"
        r"await(?:s|ed|ing)?|waiting (?:for|on)|pending|up for|in line for|eyeing|eying) "
        r"(?:a |an |another |its |the )?(?:[\w-]+ )?renew|"
        # the shoot taken up again, not the show (round 17): "production on X season 3 picked
        # up again in February", "work on the season picked back up" (only the shoot's own
        # words between: "production wrapped, and Netflix picked up" stays a renewal)
        r"\b(?:production|filming|shooting|work|photography)(?:\s+(?:on|of|for|at|the|its|"
        r"season|series|\w+['’]s|\d{1,2}|first|second|third|fourth|fifth|sixth|new|next|"
        r"upcoming))*\s+pick(?:s|ed|ing)?\s+(?:back\s+)?up\b"
    ),
}

# --- certainty ---------------------------------------------------------------------------------
#: The hedging words a speculative fact and a guessed date both read ("could", "likely").
HEDGE_WORDS = r"could|might|possibly|perhaps|probably|likely|unlikely"
SPECULATIVE_RE = Caseless(
    r"(?i)\b(?:" + HEDGE_WORDS + r"|potential(?:ly)?|"
    # "may" the verb, not the month ("in May", "May 5", "premiered in May.")
    r"(?<!\bin )(?<!\bon )(?<!\bof )(?<!\bby )(?<!since )(?<!until )(?<!early )(?<!late )"
    r"(?<!mid-)(?<!this )(?<!next )(?<!last )(?<!from )(?<!between )"
    r"may(?!\s*(?:\d|[,.;:)!?]|$|of\b|and\b|or\b|to\b|"
    r"through\b|after\b|before\b|until\b|till\b|thru\b))|"
    r"rumou?r(?:s|ed)?|reportedly|reports? (?:indicate|suggest|claim|say)|"
    r"(?:according to|per) (?:[\w-]+ ){0,3}?(?:reports?|rumou?rs|sources|insiders)|sources? "
    r"(?:say|said|claim|close|privy)|insiders?|as soon as|at the (?:very )?earliest|"
    r"speculat\w*|hopefully|guess|our (?:feeling|bet|best guess)|we (?:think|suspect|"
    r"expect|believe|predict|imagine)|i (?:think|expect|believe|imagine)|should|"
    r"presumably|in all likelihood|chances are|odds are|projected|predict\w*|estimate\w*|"
    r"assum\w+|effectively|unofficially|if all goes|tentative(?:ly)?|appears? to|seems? to|"
    r"it appears|"
    r"it(?:'s|’s| is) (?:believed|understood|rumou?red)|(?:is|are) believed to|"
    r"(?:is|are|was|were) (?:said|understood|tipped|rumou?red) to|allegedly|supposedly|"
    r"apparently|word is|"
    r"if\b.{0,60}\b(?:is|are))\b"
)
EXPECTED_RE = Caseless(
    r"(?i)\b(?:set to|expected|scheduled|slated|will|won't|'ll|going to|plans? to|planned|"
    r"planning|due (?:to|in|out|for)|poised|gearing up|preparing|upcoming|about to|"
    r"is to|are to|to (?:premiere|debut|return|begin|start|film|shoot|air|arrive|launch|drop|"
    r"hit|stream|bow|wrap)|coming (?:to|in|this|next|back)|mark your calendars|"
    r"later (?:in|this|next)|"
    r"announced (?:that )?.{0,30} (?:will|would))\b"
)
#: Right before a renewal or a cancellation, a decision still ahead: "is expected to renew",
#: "plans to renew", "is in talks to bring back", "is on track for a renewal" — a guess.
DECISION_AHEAD_RE = Caseless(
    r"(?i)\b(?:expected|likely|tipped|planning|plans?|aims?|aiming|looking|in talks|in "
    r"negotiations|negotiating|on track|in line|nearing|close|(?:all\s+but\s+|almost\s+)?"
    r"certain|sure|bound|destined) (?:to|for)\s+(?:(?:be|get|"
    r"officially|formally|a|an|another|the)\s+)?(?:[\w-]+\s+){0,2}$",
    stems=("expected", "likely", "tipped", "plan", "aim", "looking", "talks", "negotiat",
           "track", "in line", "nearing", "close", "certain", "sure", "bound", "destined"))
#: After the trigger, a new clause with its own subject ends what a hedge there governs:
#: "premieres on June 14, and it might be the last".
CLAUSE_CUT_RE = re.compile(r"(?i)(?:,|\b)\s(?:and|but|while|though|although|whereas|so)\s+"
                           r"(?:it|they|this|that|he|she|we|fans|viewers|there)\b|;")
#: A cancellation trigger of the ending family ("is ending after five seasons", "ends after"):
#: an end the makers planned when the sentence says so (the labels keep planned ends apart).
END_FAMILY_RE = re.compile(r"(?i)\bend(?:s|ed|ing)?\b|\bconclud\w*|\bcome to an end|came to "
                           r"an end|coming to an end"
                           # round 19: the run's end in other words ("will go off air as
                           # planned", "the creators have called time on X")
                           r"|\boff (?:the )?air\b|\btime on\b|\bits run\b|\bcurtain down\b|"
                           r"\bdiscontinu")
PLANNED_END_CUE_RE = Caseless(
    r"(?i)\b(?:showrunners?|creators?|creative (?:team|decision)|as (?:planned|intended)|"
    r"always (?:planned|intended|wanted|meant)|on (?:its|their) own terms|by design|(?:planned|"
    r"intended|designed) (?:as|to)|(?:final|last) (?:season|chapter|series)|story (?:is )?"
    r"(?:complete|told))\b",
    stems=("showrunner", "creator", "creative", "as planned", "as intended", "always",
           "own terms", "by design", "planned", "intended", "designed", "final", "last",
           "story"))
#: A renewal sought, not granted: "the studio is shopping it to other streamers", "a potential
#: pickup", "a possible renewal", "an eventual order".
RENEWAL_SOUGHT_RE = Caseless(
    r"(?i)\b(?:potential|possible|hoped-for|eventual|prospective|hypothetical)\s+(?:[\w-]+\s+)"
    r"{0,2}?(?:renewal|pick-?up|order)s?\b|\bshopp(?:ing|ed|s)\s+(?:the\s+|it\b)",
    stems=("potential", "possible", "hoped", "eventual", "prospective", "hypothetical", "shopp"))
#: What precedes "revival" when the word is an event (a revival given, ordered, got, talked
#: of) rather than the name of what the show is ("X, a Netflix revival of the sitcom, ...").
REVIVAL_GIVEN_RE = Caseless(
    r"(?i)\b(?:orders?|ordered|ordering|gets?|got|getting|lands?|landed|landing|greenlit|"
    r"green-lit|greenlights?|announc\w{1,3}|confirm\w{0,3}|plans?|planned|planning|"
    r"develop\w{0,4}|eyes|eyeing|mulls?|mulling|considers?|considering|weighs?|weighing|nabs?|"
    r"nabbed|scores?|scored|earns?|earned|gives?|gave|given|giving|receives?|received|secures?|"
    r"secured|pursu\w{1,3}|hints?|hinted|teases?|teased|for|about|of)"
    r"\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}$")
#: "revival" heading an apposition to the name before it: ", a Netflix revival".
REVIVAL_APPOSITION_RE = Caseless(
    r"(?i),\s{1,3}(?:a|an|the|its|their|his|her)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}$")
#: The detail right before the trigger, owning the season through "for" or "of": "The premiere
#: date for season 3 of ...", "Casting for Harrow Lane's third season ..." (a title between
#: the preposition and the season, up to six words). Used on the clause before the trigger.
SEASON_DETAIL_BEFORE_RE = Caseless(
    rf"(?i)\b(?:{_SEASON_DETAIL})\s{{1,3}}(?:for|of|to)\s{{1,3}}(?:(?:the|its|their)\s{{1,3}})?"
    r"(?:[^\s.;:!?]{1,30}\s{1,3}){0,6}$"
)
#: The detail between the season phrase and the announcing verb, inside the trigger: "season 3
#: trailer has been announced", "Season 5's release dates were confirmed".
SEASON_DETAIL_INSIDE_RE = Caseless(
    rf"(?i)\b(?:season|series)\b[^.;:!?]{{0,20}}?(?:['’]s)?\s{{1,3}}(?:official\s{{1,3}}|first\s{{1,3}}|"
    rf"new\s{{1,3}}|full\s{{1,3}})?(?:{_SEASON_DETAIL})\s{{1,3}}(?:has|have|had|was|were|is|are)\b"
)
#: The announcing verbs a detail can take (a detail is not "renewed" or "ordered").
ANNOUNCED_VERB_RE = Caseless(r"(?i)\b(?:announc|confirm|reveal|unveil)\w*")

#: A return to somewhere that is not the screen: a ranking ("returns to the top of the charts",
#: "returned to Netflix's top 10", "back at No. 1"), work ("will return to filming in Belfast",
#: "returned to production"), a stage or a form ("returns to its roots"). Round 18,
#: ``drop.return_elsewhere``; matched from the return word on.
RETURN_ELSEWHERE_RE = Caseless(
    r"(?i)\breturn(?:s|ed|ing)?\s{1,3}to\s{1,3}(?:(?:the|its|their)\s{1,3})?(?:[\w+&!-]{1,20}['’]s\s{1,3})?"
    r"(?:(?:very\s{1,3})?top\b(?!\s{1,3}of\b)|(?:very\s{1,3})?top\s{1,3}of\s{1,3}(?:(?:the|its)\s{1,3})?"
    r"(?:[\w+&!-]{1,20}['’]s\s{1,3})?(?:[\w-]{1,20}\s{1,3})?(?:charts?|rankings?|lists?|ratings|"
    r"box\s{1,3}office|pile|heap|table|leaderboard)\b"
    r"|no\.\s?1\b|number\s{1,3}one\b|(?:\w+\s{1,3})?charts?\b|ratings\b|(?:streaming\s{1,3})?rankings?\b"
    r"|filming\b|production\b|shooting\b|set\b|stage\b|studios?\b|roots\b|form\b)"
)

#: Between a trigger and a show: at most four words (a person, a network), then the season the
#: fact is about, owned by the show with "of": "renewed Jane Doe for a second season of X",
#: "has wrapped filming on season 2 of X", "began shooting the third season of X". Used on the
#: whole gap (anchored at both ends). Round 18, ``target.season_of_named``.
SEASON_OF_GAP_RE = Caseless(
    # (the words between name no other event: not "premieres June 4 ahead of the season of")
    r"(?i)\s{0,3}(?:(?!(?:ahead|after|before|following|since|than|like|unlike|until|behind|"
    r"alongside|besides|as|while|when|and|or|but|which|who|that)\b)[^\s,.;:!?()]{1,25}\s{1,3}){0,4}?"
    r"(?:(?:for|on|with|into)\s{1,3})?"
    r"(?:(?:a|an|the|its|their|another)\s{1,3})?(?:[\w-]{1,15}\s{1,3})?(?:season|series)"
    r"(?:\s{1,3}(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten))?\s{1,3}of\s{1,3}"
    r"(?:the\s{1,3}|[\"“‘'*]\s?)?$"
)

#: A name as the owner of the show named right after it: its possessive, at most two words,
#: a kind of show, then the title ("a second series of Dana Holt's comedy X", "Brightmoor's
#: acclaimed period drama \"X\""). Matched at the owner's end; the decision is the title's
#: (round 24, s24renewed, ``target.owner_before_kind_of_show``). Not the derived nouns
#: ("X's spinoff Y": ``target.spinoff_named``) nor the renewed ones ("reboot").
_OWNED_KIND_ALT = "|".join(re.escape(noun) for noun in longest_first(
    SHOW_NOUN_GROUPS["plain"] | SHOW_NOUN_GROUPS["genre"] | SHOW_NOUN_GROUPS["format"]))
OWNER_BEFORE_KIND_RE = re.compile(
    rf"{POSSESSIVE}\s{{1,2}}(?:[a-z][\w-]{{0,20}}\s{{1,2}}){{0,2}}?(?:{_OWNED_KIND_ALT})"
    r"\s{1,2}[\"“‘']?")
#: The same owner with no title after its kind of show, closing an aside or the sentence ("X,
#: Dana Holt's drama, ..."): the show is the one named before it.
OWNER_OF_NAMED_RE = re.compile(
    rf"{POSSESSIVE}\s{{1,2}}(?:[a-z][\w-]{{0,20}}\s{{1,2}}){{0,2}}?(?:{_OWNED_KIND_ALT})"
    r"\s{0,2}(?:[,.;:!?)]|$)")
#: What every match of ``OWNER_BEFORE_KIND_RE`` and ``OWNER_OF_NAMED_RE`` holds: the
#: possessive's apostrophe (``target.owner_before_kind_of_show``'s ``needs``; round 39).
OWNER_NEEDS = ("'", "’")

#: A renewal of something other than a show, right after the trigger: a deal, a contract, a
#: partnership ("renewed its licensing deal with", "renewed her contract"), or "renewed" as an
#: adjective of a non-show noun ("renewed interest in", "renewed calls for"). Used on the 40
#: characters after a renewal trigger; bounded runs keep it linear.
RENEWED_OTHER_OBJECT_RE = Caseless(
    # (a noun's object too: "the renewal of the lease")
    r"(?i)^\s{1,3}(?:(?:of\s{1,3})?(?:(?:its|his|her|their|our|the|a|an|this|that)\s{1,3}"
    r"(?:[\w-]{1,20}\s{1,3}){0,2}?)?(?:deal|contract|partnership|agreement|pact|licen[cs]e|"
    r"lease|vows|commitment|relationship|ties|alliance|collaboration|sponsorship|"
    r"subscription|membership|rights|"
    r"efforts?|focus|interest|push|support|tenure|term|mandate)s?\b"
    r"|(?:interest|calls?|focus|attention|hopes?|push|optimism|scrutiny|vigou?r|energy|debate|"
    r"demand|criticism|concerns?|speculation|popularity|appreciation|relevance|enthusiasm|"
    r"purpose|efforts?|pressure|tensions?|fighting|violence|protests?)\b)",
    stems=("deal", "contract", "partner", "agree", "pact", "licen", "lease", "vows", "commit",
           "relation", "ties", "allian", "collab", "sponsor", "subscri", "member", "rights",
           "effort", "focus", "interest", "push", "support", "tenure", "term", "mandate",
           "call", "attention", "hope", "optimism", "scrutiny", "vigo", "energy", "debate",
           "demand", "critic", "concern", "specul", "popular", "appreciat", "relevan",
           "enthusias", "purpose", "pressure", "tension", "fighting", "violence", "protest"))
#: A season's order made whole, not another season (round 11): "a full-season order", "orders
#: for full 22-episode seasons", "a back-nine pickup"; a numbered or "next" season
#: after it is a renewal still ("renewed for a full 22-episode second season").
FULL_SEASON_ORDER_RE = Caseless(
    r"(?i)\bfull[- ](?:(?:\d{1,2}|twenty-two|twenty-four)[- ]episode[- ])?seasons?\b|"
    r"\bfull[- ](?:\d{1,2}|twenty-two|twenty-four)[- ]episodes?\b|\bback[- ](?:nine|9)\b",
    stems=("full", "back"))
#: A season other than the one being filled out, named in the same clause: "renewed for a
#: third season with a full 22-episode order" is a renewal of the third.
ANOTHER_NAMED_SEASON_RE = Caseless(
    rf"(?i)\b(?:(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)|next|another|new) (?:season|series)|"
    r"(?:season|series) \d{1,2})\b", stems=("season", "series"))
#: A count of a later part of a split season: "Part 3 ... was made up of ten episodes".
LATER_PART_COUNT_RE = Caseless(
    r"(?i)\b(?:part|volume|vol\.)\s*['’\"”]?\s*(?:[2-9]|two|three|four|five|ii|iii|iv)\b"
    r"(?!\s+episodes?\b)", stems=("part", "vol"))
#: The plainest words that deny an event ("not", "never"): every reading of a negation or a
#: doubt holds them (``NEGATION_RE``, ``INNER_NEGATION_RE``, eventdates' ``DOUBT_RE``).
NOT_WORDS = r"not|never"
#: Negation cues; a trigger whose clause holds one is not a fact.
NEGATION_RE = Caseless(
    r"(?i)(?:\bno\b(?!-)|\b(?:"
    rf"{NOT_WORDS}|without|neither|nor|yet to|has yet|have yet|hasn't|haven't|"
    r"hadn't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|can't|cannot|unknown|"
    r"unclear|undecided|unconfirmed|up in the air|in limbo|on the bubble|tba|tbd|"
    r"remains to be seen|fate|if and when|whether|until|hope|hopes|hoping|hopeful|wish|wishes|"
    r"want|wants|deserves?|pray|petition|rather than|instead of|as opposed to|far from)\b|"
    r"n[’']t\b)"
)
#: An open question inside a sentence governs its clause: "fans are wondering if X will be
#: renewed", "the studios will decide which series come back" (``drop.open_question``;
#: "whether" is a negation cue already).
OPEN_QUESTION_RE = Caseless(
    r"(?i)\b(?:wonder|ask|decide|determine|know|say|see|tell|guess)(?:s|ed|ing)?\s"
    r"(?:if|which)\b"
    # round 12: news to come about an open question ("a reveal of the new season's date may come
    # soon", "an update on whether X will be renewed"): the topic of the news, no event
    r"|\b(?:reveal|update|news|word|details|information|clarity|confirmation|announcement|"
    r"decision)s?\s(?:[a-z]+\s)?(?:of|on|about|as to|regarding)\s(?:exactly\s)?"
    r"(?:when|whether|if)\b",
    stems=(" if ", " which ", " when ", " whether "))
#: A lower-case "no" between two capitalised words joins a romanised title ("Kaze no Michi"):
#: it negates nothing.
TITLE_NO_RE = re.compile(r"\b[A-Z][\w'’-]{0,30}\s{1,3}no\s{1,3}[A-Z]")
#: A negation inside a long trigger phrase ("filming on X has not begun", "a third season of X
#: has not been ordered"): the span ran over it.
INNER_NEGATION_RE = Caseless(rf"(?i)\b(?:{NOT_WORDS}|no longer)\b|n['’]t\b",
                             stems=("not", "never", "no longer", "n't", "n’t"))
#: A report denied or called false: "denied reports that X was cancelled", "rumours that X
#: was cancelled are false", "shot down speculation that".
_DENIAL_VERBS = (r"den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|debunk\w*|refut\w*|shot down|"
                 r"shoots? down|quash\w*|rubbish\w*|played down|downplay\w*")
_DENIAL_STEMS = ("den", "dismiss", "debunk", "refut", "shot down", "shoot", "quash", "rubbish",
                 "played down", "downplay")
DENIED_BEFORE_RE = Caseless(
    rf"(?i)\b(?:{_DENIAL_VERBS})\b(?:\s+[\w’'-]+){{0,3}}?\s+"
    r"(?:reports?|rumou?rs?|claims?|speculation|suggestions?|that)\b",
    stems=_DENIAL_STEMS)
#: A denial verb, and a report noun right after a trigger noun: the headline's "Kestrel Denies
#: X Cancellation Report", "dismisses renewal rumours" (round 40, ``drop.denied_report``).
DENIAL_VERB_RE = Caseless(rf"(?i)\b(?:{_DENIAL_VERBS})\b", stems=_DENIAL_STEMS)
REPORT_NOUN_AFTER_RE = re.compile(r"(?i)\s{1,3}(?:reports?|rumou?rs?|claims?|speculation)\b")
DENIED_AFTER_RE = Caseless(
    r"(?i)^[^.;!?]{0,50}?\b(?:is|are|was|were|proved|proven|turned out to be)\s+(?:\w+\s+)?"
    r"(?:false|untrue|not true|unfounded|baseless|wrong|fake|greatly exaggerated)\b",
    stems=("false", "untrue", "not true", "unfounded", "baseless", "wrong", "fake",
           "exaggerated"))
#: The words before a bound's date ("until May", "before March"); eventdates' ``BOUND_BEFORE_RE``
#: adds the bounds that are no negation's ("by June", "after March").
UNTIL_WORDS = r"until|till|before"
#: A negated verb followed by "until <date>" is a lower bound, not a negation.
UNTIL_RE = Caseless(rf"(?i)\b(?:{UNTIL_WORDS})\b")
#: Right before a shoot's date: the end of the shoot, not its start ("now shooting in Belfast
#: through March 2022", "filming in Toronto until December").
SHOOT_END_BEFORE_RE = Caseless(r"(?i)\b(?:through|thru|until|till)\s+(?:the\s+end\s+of\s+)?$",
                               stems=("through", "thru", "until", "till"))
#: "has been renewed", "has wrapped": news of something that just happened.
JUST_HAPPENED_RE = Caseless(
    r"(?i)\b(?:has|have|'s)\s+(?:\w+\s+){0,2}?(?:been\s+)?(?:\w+ed|begun|wrapped|started|"
    r"kicked off|underway|done|greenlit|given)\b|\b(?:just|formally|recently)\b|\b(?:is|are) "
    r"(?:(?:officially|now|currently|back|finally) ){0,2}(?:in production|filming|shooting|"
    r"underway|under way|rolling)\b|"
    r"\bhanded out\b|\bannounced\b|\bconfirm\w*\b"
)
#: A clause that reports the one before it as news now, in the present perfect: "X will return
#: for a third series, Kestrel has confirmed", "…, the network has announced" (round 40,
#: ``date.reported_now``). The reporter is one to four words; the verb is a report's.
REPORTED_NOW_RE = re.compile(
    r"(?i)\W{0,3}(?:[\w+'’&.-]+\s+){1,4}?(?:has|have)\s+(?:(?:now|officially|just)\s+)?"
    r"(?:confirmed|announced|revealed|said)\b")
#: The article is a status list or buzz column: undated facts stay undated.
ROUNDUP_TITLE_RE = Caseless(
    r"(?i)\b(?:renewed (?:or|and|&|/) cancell?ed|cancell?ed (?:or|and|&|/) renewed|"
    r"already (?:canceled|cancelled|renewed)|status|scorecard|tracker|guide|fates?|"
    r"what we know|everything we know|list|round-?up|bubble|renew/cancel|"
    r"(?:certain|likely) to be)\b"
)
#: Round 39 (``date.headline_year_of_decisions``): a headline that frames the article's
#: decisions of a kind in one year, over shows in the plural: "Every TV Show Cancelled in
#: 2026 So Far", "The Shows Kestrel Has Axed This Year", "2026's Cancellations", "All the
#: Series Renewed for Another Run in 2026". ``kind`` names the decision, ``year`` the year
#: (absent for "this year").
HEADLINE_DECISIONS_YEAR_RE = re.compile(
    rf"(?i)^(?=.*\b(?:every|all|{common_show_nouns(4, plural=True)}|cancell?ations|renewals)\b)"
    r"(?=.*\b(?P<kind>cancel|axe|axing|scrap|renew)\w*)"
    rf"(?=.*\b(?:(?:in|of|during|throughout)\s{{1,3}}(?P<year>{YEAR_ALT})\b"
    rf"(?!\s{{0,3}}[-–/]\s{{0,3}}\d)|(?P<yearof>{YEAR_ALT}){POSSESSIVE}\s|"
    r"(?P<this>this\s{1,3}year)\b))")
#: A short line heading a list of shows by status ("Likely to be Renewed").
STATUS_HEADING_RE = re.compile(
    r"(?i)^\W*(?:(?P<hedge>certain|likely|expected|probably|unlikely|could|may)\s+to\s+"
    r"(?:be\s+)?)?(?:[\w+]+\s+){0,2}?(?P<kind>renewed|renewals|cancell?ed|canceled|"
    r"cancellations)(?:\s+(?:shows|series|tv shows))?(?:\s+(?:in|for)\s+(?P<year>\d{4}))?"
    r"\W*$"
)
#: One entry of such a list: "Title (Network)" or "Title (RENEWED)" or "Renewed: Title".
STATUS_ENTRY_RE = re.compile(
    r"^\s*(?:(?P<lead>renewed|cancell?ed|canceled)\s*:\s*)?(?P<title>[^():]{2,60}?)\s*"
    r"(?:\((?P<paren>[^()]{1,30})\))?\s*$",
    re.IGNORECASE,
)
#: Words that say a sentence is about a film or a single episode, not a season.
FILM_CONTEXT_RE = Caseless(
    r"(?i)\b(?:movie|film(?! festival)|feature film|box office|theaters|theatres|cinemas|"
    r"documentary film)\b",
    stems=("movie", "film", "box office", "theat", "cinemas"),
)
#: A shoot whose object is a film (round 17): "Production on the new movie began in March",
#: "began filming the feature", "Filming of the documentary, which follows the cast, wrapped".
#: The shoot word's own object, so a show's shoot beside a film named elsewhere is kept.
SHOOT_OF_FILM_RE = Caseless(
    rf"(?i)\b(?:{_FILM} (?:on|for|of)|(?:film|shoot)(?:ing|ed|s)?|wrap(?:ped|s)? (?:on )?)"
    r" (?:the|a|an|its|his|her|their|this|that) (?:[\w-]+ ){0,2}?(?:movie|film|feature|"
    r"documentary|biopic)s?\b(?! (?:series|festival|adaptation of the series)\b)",
    stems=("movie", "film", "feature", "documentary", "biopic"),
)
#: A quotation attributed to a document, not a person (round 17): '"The series will begin
#: production in February," the press release read', 'with the statement: "..."'. Its words
#: are the network's record, the article's news, not someone's speech. After the quote: the
#: document as the subject of a verb of saying; before it: the document, then a colon or comma.
DOCUMENT_QUOTE_AFTER_RE = Caseless(
    r"(?i)^[,.]?[\"”’']?,?\s+(?:(?:the|a|an|its|their|this|[A-Z][\w'’&+.-]*)\s+){0,3}?"
    r"(?:official\s+|joint\s+)?(?:press\s+release|release|statement|announcement|logline|"
    r"synopsis|description|memo)\s+(?:read|reads|said|says|stated|states|added|adds|continued|"
    r"explained|noted)\b",
    stems=("release", "statement", "announcement", "logline", "synopsis", "description", "memo"))
#: Words of a speaker or the one spoken to, inside a quotation (as ``facts`` reads speech).
QUOTED_PERSON_RE = re.compile(r"(?i)\b(?:i|i['’]m|i['’]ve|me|my|we|we['’]re|we['’]ve|us|our|"
                              r"you|your)\b")
DOCUMENT_QUOTE_BEFORE_RE = Caseless(
    r"(?i)\b(?:press\s+release|statement|announcement|logline|synopsis|memo)"
    r"(?:\s+(?:that\s+)?(?:read|reads|said|says|stated|states))?\s*[:,]\s*$",
    stems=("release", "statement", "announcement", "logline", "synopsis", "memo"))
#: "the show", "the series": a reference back to the article's main show.
SHOW_REFERENCE_RE = re.compile(
    r"(?i)\b(?:the|this|that) (?:hit |popular |acclaimed |\w+ )?"
    rf"(?:{common_show_nouns(6)}|season|programme|program)\b|\b(?:it|its|it's)\b"
)
#: A season the clause speaks of without naming its show: "season three", "the third season".
SEASON_REFERENCE_RE = re.compile(
    r"(?i)\bseason\s(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:first|"
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|new|final)\s(?:season|"
    r"series)\b")
#: A sentence opening on a season as its subject, no show named: "The third season", "Season
#: three", "Its new season", "The ten-episode second season", "The eight episodes of the third
#: season" (not "Season 3 of X", "the season finale").
SEASON_SUBJECT_START_RE = re.compile(
    r"(?i)\W{0,3}(?:(?:the|its|their|this)\s{1,3})?(?:(?:\w+|[\w-]+-episode)\s{1,3}episodes\s{1,3}"
    r"of\s{1,3}(?:the|its)\s{1,3})?(?:(?:[\w-]+-episode|[\w-]+-part|new|upcoming|next|final|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest)\s{1,3}){0,2}season"
    r"(?:\s{1,3}(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b)?"
    r"(?!\s{0,3}(?:of|for|finale|premiere|opener|trailer)\b|['’]s|\w|-)")
#: A sentence opening on a show as its topic, the name right before a comma: "As for X, it
#: returns in May", "For X, the renewal ...", "In X's case, ...", "With X, the network has
#: ordered ...", "When it comes to X, ...". The rest of the sentence speaks of X, not in
#: passing (TOPIC_AFTER_RE: what may stand between the name and the comma).
TOPIC_BEFORE_RE = re.compile(
    r"(?i)[\s\"“‘'(]*(?:as\s+for|as\s+to|for|with|in|when\s+it\s+comes\s+to|speaking\s+of|"
    r"turning\s+to|regarding|meanwhile,?\s+(?:as\s+for|for))\s+(?:the\s+)?[\"“‘']?")
TOPIC_AFTER_RE = re.compile(r"[\"”’']?(?P<case>['’]s\s+case)?\s{0,2},\s")
#: "In X's case": the bare "In X," names a setting, not a topic.
TOPIC_IN_RE = re.compile(r"(?i)[\s\"“‘'(]*in\s")
#: A clause opening as an adverbial one with a subject of its own: "After X ended in 2023,",
#: "While X wraps filming,", "Since X premiered,".
ADVERBIAL_OPEN_RE = re.compile(
    r"(?i)[\s,(—–]{0,4}(?:after|since|when|while|whilst|as|before|until|once|although|though|"
    r"because)\s")
#: A word a clause may open on before its subject's name: a capitalised word or a number
#: ("NBC's", "The", "HBO's 2"), an article, a possessive pronoun or "new" ("the new X", "its
#: X"). Read by facts' coordinated subjects and the rules' passing positions alike.
SUBJECT_LEAD_WORD = r"(?:[A-Z0-9][\w’'&.+-]*|the|a|an|its|their|this|new)"
#: The words that call a show new ("the new drama", "its freshman comedy", "Tovrel's rookie
#: thriller"), and the substrings one of which each contains (a ``Caseless`` prefilter): read
#: by the new-show readers of ``facts`` (round 23) and ``rules._CALLED_NEW_AFTER_NAME_RE``
#: (round 24), one spelling since round 25. Not "upcoming": the readers that take it add it.
NEW_WORDS = r"(?:new|newest|freshman|rookie|first-year)"
NEW_STEMS = ("new", "freshman", "rookie", "first-year")
#: Phrases before a show name saying the show is new (season 1): "the new docuseries X",
#: "NBC's freshman comedy X" (the kinds of ``showwords.NEW_KIND_ALT``, and "series"). Not "a
#: new series of X": a British show's next season.
NEW_SHOW_RE = Caseless(
    r"(?i)\b(?:new|rookie|freshman|first-year|newbie|upcoming|this\s+year['’]s)\s+"
    r"(?:(?!seasons?\b|episodes?\b|instal?lments?\b|runs?\b)[\w-]+\s+){0,2}?"
    rf"(?:series|{NEW_KIND_ALT}|version|entries|additions)\b"
    r"\s*:?\s*(?:(?!of\s)[a-z][\w-]*[,:]?\s+){0,2}[\"“‘']?$",
    stems=("new", "rookie", "freshman", "first-year", "upcoming", "this year"),
)
#: Phrases before a show name saying it already has seasons ("new seasons of").
RETURNING_SHOW_RE = Caseless(
    r"(?i)\b(?:new|additional|another|more|next|upcoming|further|future)\s+seasons?\s+"
    r"(?:of|for)\b",
    stems=("season",),
)
EPISODE_COUNT_RE = Caseless(
    # up to two words between ("eight new one-hour episodes", "10 hourlong episodes")
    rf"(?i)\b(?P<num>\d{{1,2}}|{_NUM_ALT})(?:[- ](?:new|more|final|hour-long|hourlong|half-hour|"
    rf"\w+-minute|\w+-hour|hour|total|additional|extra|further|all-new|brand-new)){{0,2}}[- ]"
    rf"(?P<ep>episodes?|instal?lments?)\b(?![- ]premiere)"
    # "a six-part drama": a season of six episodes (not "part two" of a split season)
    rf"|\b(?P<num2>\d{{1,2}}|{_NUM_ALT})-part\b(?=\s+(?:[\w-]+\s+){{0,2}}?(?:"
    rf"{kind_alt(PARTS_KINDS)}|season|run|limited series|"
    rf"mystery|crime|story|order|pickup|commission)\b)"
    # "an order of 13", "a six-parter", a press release's "6x60'" (six hour-long episodes)
    rf"|\b(?:an?|the|its|initial)\s+(?:initial\s+|full\s+|new\s+)?order\s+of\s+"
    rf"(?P<num3>\d{{1,2}}|{_NUM_ALT})\b(?!\s*(?:%|percent|magnitude|seasons?|weeks?|years?|months?|"
    rf"million|billion))"
    rf"|\b(?P<num4>\d{{1,2}}|{_NUM_ALT})-parter\b"
    rf"|(?<![\d.,])\b(?P<num5>\d{{1,2}})\s?[x×]\s?(?:30|45|50|60|90)(?:['’]|-minute\b|\s?mins?\b)"
    # the count told as the noun's value (round 19): "has an episode count of eight", "the
    # episode count for X season 2 is eight", "Episode Count: 10"
    rf"|\bepisode count (?:(?:for|of) (?:[^\s.;]+ ){{1,6}}?(?:is|will be|stands at|"
    rf"has been set at) "
    rf"|(?:of|is|will be|stands at|:)\s)(?:just |only )?(?P<num6>\d{{1,2}}|{_NUM_ALT})\b"
    rf"(?![- ]?(?:minutes?|hours?|%|percent|seasons?|million|billion)\b)",
    # the press release's form holds its minutes ("x60"): "x" alone is in most sentences
    stems=("episode", "instal", "-part", "order of", "30", "45", "50", "60", "90"),
)
#: An episode count whose number is joined to a unit of time (round 25): "a two-hour
#: episode", "two-hour episodes every Sunday", "a 90-minute episode" — a running time, no
#: count of episodes ("eight hour-long episodes" counts eight: the number stands alone).
RUNTIME_NOT_COUNT_RE = re.compile(
    rf"(?i)(?:\d{{1,3}}|{_NUM_ALT})-(?:and-a-half-)?(?:hours?|minutes?|mins?)\b")
#: Right after a count phrase, "into" (round 25): "two episodes into its third season", "just
#: three episodes into the run" — a place in the season, no count of it.
EPISODES_INTO_RE = re.compile(
    r"(?i)\s+into\s+(?:(?:its|the|their|his|her|this|that|a|an)\s+(?:[\w'’-]+\s+){0,2}?)?"
    r"(?:season|series|run)\b")
EPISODE_COUNT_EXCLUDE_RE = Caseless(
    r"(?i)(?:first|opening|last|remaining|two|initial|premiere|all but|only|about|"
    r"over|more than|nearly|after|of its|of the|season|series|"
    # a whole run's count: "after three seasons and 40 episodes"
    r"seasons and)\s+$"
)

# --- what the sentence rules (rules.py) read ---------------------------------------------------
#: A question states nothing.
QUESTION_END_RE = re.compile(r"\?[\"”’)]*\s*$")
#: "Earlier this year" and the like: the event is not today's news.
EARLIER_RE = Caseless(r"(?i)\b(?:already|previously|earlier|last year|had been|ago|back in)\b")
#: A time told relative to another event ("six weeks after the show first aired",
#: "a year before the finale"): the event's date is not the article's month.
AFTER_OTHER_EVENT_RE = Caseless(
    r"(?i)\b(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|a few|few|mere|just) (?:days?|weeks?|months?|years?) (?:after|before|following)\b",
    stems=("day", "week", "month", "year"))
#: A lower bound on a date: "at the earliest", "as soon as".
EARLIEST_RE = Caseless(r"(?i)\b(?:at the (?:very )?earliest|as soon as|at least)\b")
#: After a premiere's noun, in its clause, its audience, ratings or reviews told in the past
#: ("X's January 14 premiere drew 3 million viewers", "the premiere on March 3 was watched by
#: 2 million", "... debut earned rave reviews"): the premiere has happened, so its yearless date
#: is the latest past one (round 41, r41shapes, ``date.premiere_received``). Up to five words
#: between the noun and the verb; a word list, so no run can backtrack into another. Not a
#: premiere that "drew near" / "drew closer" (still ahead).
PREMIERE_RECEIVED_AFTER_RE = Caseless(
    r"(?i)^(?:[\s,]{1,3}[\w’'.-]{1,20}){0,6}?[\s,]{1,3}(?:drew(?!\s+(?:near|nearer|close|closer|"
    r"to\s+a\s+close|ever)\b)|pulled\s+in|attracted|"
    r"averaged|delivered|garnered|notched|racked\s+up|earned|scored|topped|received|"
    r"opened\s+to|(?:was|were)\s+(?:watched|seen|viewed|streamed)\s+by|"
    r"(?:was|were)\s+(?:the\s+)?(?:most|best|highest|lowest|biggest|least)[\s-])",
    stems=("drew", "pulled", "attracted", "averaged", "delivered", "garnered", "notched",
           "racked", "earned", "scored", "topped", "received", "opened", "was", "were"))
#: A premiere reported as just happened, with no time: "has finally landed on the streamer",
#: "has arrived on Netflix", "is out now", "is now streaming". Round 40 (r40kinds): the
#: perfect of the other premiere verbs the triggers read ("has bowed", "has kicked off" — not
#: a shoot's —, "has made its debut", "has started airing"), whose premiere was made and then
#: dropped undated; not "has been released" (a date, a trailer "has been released").
PREMIERE_JUST_RE = Caseless(
    r"(?i)\b(?:has|have)\s+(?:(?:finally|officially|just|now)\s+)?(?:landed|arrived|premiered|"
    r"debuted|dropped|launched|hit|bowed|(?:started|begun)\s+(?:airing|streaming)"
    rf"|kicked\s+off(?!\s+(?:its\s+|the\s+)?{_FILM})|made\s+(?:its|their)\s+(?:\w+\s+)?debut)\b"
    r"|\b(?:is|are)\s+(?:(?:finally|now)\s+)?(?:out|streaming|"
    r"available)\s+now\b|\b(?:is|are)\s+now\s+(?:out|streaming|available)\b",
    stems=("has ", "have ", "now"))
#: Right after a premiere trigger (and its date): a later part of a split season ("returns
#: Oct. 2 for the back half of its second season"), which the labels leave out.
SPLIT_PART_AFTER_RE = Caseless(
    r"(?i)^[^;!?]{0,30}?\bfor (?:the|its) (?:second|third|final|last|latter|back) (?:half|part|"
    r"volume|batch)\b", stems=("half", "part", "volume", "batch"))
#: Near a premiere trigger, a later part of a split season or a single episode, which the
#: labels leave out: "the back half", "the remaining episodes", "the final six episodes", "the
#: rest of the season", "the midseason premiere", "returns from its winter break", "Season 2B".
LATER_PART_RE = Caseless(
    r"(?i)\b(?:back (?:half|nine)|remaining (?:[\w-]+ ){0,2}?episodes|rest of (?:the |its |"
    r"their )?(?:[\w'’:-]+ ){0,3}?season|(?:final|last|closing) (?:\d{1,2}|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|thirteen) episodes of (?:(?:the|its|their) )?"
    r"(?:[\w'’:-]+ ){0,3}?season\b|(?:(?:its|the|their)|['’]s) mid-?season (?:premiere|"
    r"return|debut)|(?:winter|summer|holiday|spring|fall|autumn|mid-?season) (?:break|hiatus)|"
    r"(?:season|series) \d{1,2}[b]\b|"
    # round 39: later parts counted together ("Parts 2-4", "Volumes 2 and 3"), read whole
    # even where a title guess spans them
    r"(?:parts|volumes) (?:[2-9]|two|three|four|ii)\b)",
    stems=("back ", "remaining", "rest of", "episodes", "season", "break", "hiatus", "series",
           "parts", "volumes"))
#: "Part 4", "part two": a numbered part (not "part 2 of the interview").
PART_NUMBER_RE = Caseless(
    rf"(?i)\bpart\s+(?P<n>\d{{1,2}}|{_NUM_ALT})\b(?!\s*(?:of|in)\b)", stems=("part",))
#: A season told in parts: "season 3, part 2", "part 1 of season 4", "the second half". An
#: article that says so counts parts within a season, never as seasons (volumes may split a
#: part: "Part 5: Volume 1").
SEASON_SPLIT_RE = Caseless(
    r"(?i)\b(?:(?:season|series)\s+\d{1,2}\s*[,:-]?\s*part\s+\d|part\s+(?:\d|one|two|three|"
    r"four)\s+of\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:season|series)|(?:first|second|third|final|"
    r"last|latter|back|front)\s+(?:part|half))",
    stems=("part", "half"))
#: A release of a season that already aired, on another channel or format, which the labels
#: leave out: home media ("on DVD and Blu-ray", "the box set", "digital download"), a catalogue
#: ("all three seasons", "the first two seasons", "seasons 1 and 2", "the complete series"), or
#: a season told as aired before ("after airing on HBO", "a year after its US debut").
RELEASE_CHANNEL_RE = Caseless(
    r"(?i)\b(?:dvds?|blu-?rays?|box ?sets?|boxsets?|digital download|digital hd|home (?:video|"
    r"media|entertainment) release|4k ultra hd|steelbook)\b"
    r"|\b(?:all|both)\s+(?:(?:of\s+)?(?:the|its|their)\s+)?(?:(?:\d{1,2}|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+)?(?:previous\s+|past\s+|prior\s+|earlier\s+|existing\s+)?seasons\b"
    r"|\b(?:first|previous|past|prior|earlier|existing|older)\s+(?:\d{1,2}|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+seasons\b|\b(?:previous|past|earlier|prior|older) seasons\b"
    r"|\bseasons\s+(?:1|one)\s*(?:-|–|and|&|through|to)\s*(?:\d{1,2}|two|three|four|five)\b"
    r"|\bcomplete (?:series|collection)\b|\bentire (?:series|run|catalogu?e?)\b|\bback "
    r"catalogu?e?\b|\bevery (?:single )?season\b"
    r"|\bafter (?:its |their )?(?:run|airing) (?:on|in)\b|\bafter airing\b|\b(?:already|"
    r"originally|previously) (?:aired|broadcast|shown|premiered|debuted|released|streamed) "
    r"(?:on|in)\b|\b(?:a|one|two|six|several|three) (?:years?|months) after (?:its|their) "
    r"(?:[\w.-]+ )?(?:debut|premiere|release|run|broadcast)\b",
    stems=("dvd", "blu", "box", "digital", "home ", "4k", "steelbook", "seasons", "complete",
           "entire", "catalog", "every", "after", "already", "originally", "previously"))
#: "already renewed": a decision reported again, not today's.
ALREADY_RE = re.compile(r"(?i)\b(?:already|previously)\b")
#: The rule that reads "series premiere" in a sentence of a return as the UK press' season
#: premiere, no first season (round 39; noted where ``FIRST_SEASON_RE`` would give season 1).
UK_SERIES_PREMIERE = "season.uk_series_premiere"
#: Words that say a premiere is a season's first ("its original debut", "first premiered").
FIRST_SEASON_RE = Caseless(
    r"(?i)\b(?:first (?:debuted|premiered|aired|launched|arrived)|series premiere|"
    r"original (?:debut|premiere|release)|"
    # (round 35: not the verb's object, "will debut season 2 of X")
    r"(?:debut|first|original) season\b(?!\s{1,3}(?:\d|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\b)|since (?:it|its) (?:premiered|debuted|launched)|"
    r"since its (?:debut|premiere|launch)|originally (?:premiered|debuted|aired))\b"
)
#: "cancelled after two seasons", "after three successful seasons", "after its third season".
AFTER_SEASONS_RE = Caseless(
    r"(?i)^.{0,110}?\bafter\s+(?:just\s+|only\s+|a\s+single\s+)?(?P<n>\d{1,2}|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\s+"
    # "after three successful seasons" (round 22), not "after two more seasons"
    r"(?:(?!(?:more|other|additional|further|new|extra)\b)[a-z][a-z-]{2,24}\s+)?"
    # (the British "after two series": round 19)
    r"(?:seasons?|series)\b"
    r"|^.{0,110}?\bafter\s+(?:just\s+|only\s+)?(?:a|its)\s+(?:single\s+|lone\s+)?season\b"
    r"|^.{0,110}?\bafter\s+(?:this,\s+)?(?:just\s+|only\s+)?its\s+(?P<ord>\w+)\s+season\b",
    stems=("after",),
)
#: A run of one season told without "after": "its first and only season", "its lone
#: season", "said the season would be the only one".
ONLY_SEASON_RE = Caseless(
    r"(?i)(?:\b(?:its|their|a)|['’]s?) (?:first and only|only|lone|sole) "
    r"season\b|\bseason\b[^.;:]{0,60}?\b(?:would|will) be (?:the|its) (?:first and )?only "
    r"one\b", stems=("only", "lone", "sole"))
#: "renewed for two more seasons" (round 36: or "ordered two more seasons of X", the count
#: as the order's object).
MORE_SEASONS_RE = Caseless(
    r"(?i)\b(?:for|(?:ordered|orders|ordering|commissioned|commissions|greenlit|green-lit|"
    r"greenlights|greenlighted)(?=\s+(?:at\s+least\s+)?\w+\s+\w+\s+(?:seasons|series)\s+of\b))"
    r"\s+(?:at\s+least\s+)?(?P<n>\d|two|three|four|five)\s+(?:more|additional|further)"
    r"\s+(?:seasons|series)\b", stems=("more", "additional", "further"))
#: Round 36: after "renewed for two more seasons", the last of them told in the sentence (a
#: wire's or a trade's "taking it through season 5", "keeping it on air until series 6",
#: "which will take the drama into its fifth season", "bringing its total to five seasons")
#: or both named in apposition ("two more seasons of X, its fourth and fifth"). Groups: end_n /
#: end_ord / total (the last season), first / last (the two ordinals).
MORE_SEASONS_END_RE = re.compile(
    rf"(?i)(?:[^.;:!?]{{0,60}}?(?:\b(?:through|thru|until|till|into|to)\s+(?:the\s+end\s+of\s+)?"
    rf"(?:its\s+|their\s+|a\s+)?(?:(?:season|series)\s+(?P<end_n>\d{{1,2}}|{_NUM_ALT})\b"
    rf"|(?P<end_ord>{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:season|series)\b)"
    # (not a season's own thing: "adding to its third season's success")
    rf"(?!['’]s\b)"
    rf"|\b(?:total|tally)\s+(?:\w+\s+){{0,2}}?to\s+(?P<total>\d{{1,2}}|{_NUM_ALT})\s+"
    rf"(?:seasons|series)\b)"
    rf"|(?:\s+of\s+[^,.;:]{{1,60}}?)?,\s+(?:its|their|the)\s+(?P<first>{_ORD_ALT})\s+and\s+"
    rf"(?:(?:its|their|the|a)\s+)?(?P<last>{_ORD_ALT})\b)")
#: Round 36: a clause joined by "and" / "but" that leaves its subject out, up to its trigger
#: (", and will air early next year", "and readied for airing", "but will not premiere"):
#: matched on the sentence up to the trigger.
#: Only auxiliaries and adverbs between the joint and the trigger: "and the show will return"
#: has a subject of its own.
_ELIDED_AUX = (
    r"will|would|shall|should|could|can|may|might|must|is|are|was|were|be|been|being|has|"
    r"have|had|set|to|expected|due|slated|scheduled|planned|readied|ready|for|also|then|now|"
    r"soon|later|finally|officially|already|reportedly|currently|still|not|never|just|"
    r"likely|get|gets|got|begin|begins|began|start|starts|started")
ELIDED_SUBJECT_JOIN_RE = re.compile(
    rf"(?:,\s{{0,3}}|\s)(?:and|but|then)\s{{1,3}}(?:(?:{_ELIDED_AUX})\s{{1,3}}){{0,5}}$")
#: Round 36: a season phrase as its clause's subject, what comes before it ("...: a second
#: season", "announced a third series", "as series two") and after it ("is being made",
#: "has been confirmed", "has wrapped").
SEASON_SUBJECT_BEFORE_RE = re.compile(
    r"(?:^|[:;,]|\b(?:that|as|and|because|since|while|announced|confirmed|said|says|"
    r"revealed))\s{0,3}(?:(?:a|an|the|its|their)\s{1,3})?$")
SEASON_SUBJECT_AFTER_RE = re.compile(
    r"^\s{1,3}(?:(?:is|was|has|had|have|are|were|will|would|should|could|may|might)\b|"
    r"(?:officially|now|finally|already|reportedly)\s)")
#: Right before a season phrase: the season names another, earlier event ("... after season 2
#: launched", "following the second season's premiere").
AFTER_EVENT_BEFORE_RE = Caseless(
    # round 38: "after the show's second season hit screens"
    r"(?i)\b(?:after|following|since)(?:\s+(?:the|its|their)(?:\s+"
    rf"(?:{common_show_nouns(4)}){POSSESSIVE})?)?\s*$", stems=("after", "following", "since"))
#: Right after such a season phrase: it aired or ended.
AIRED_AFTER_RE = Caseless(
    r"(?i)^(?:['’]s)?\s+(?:(?:of\s+)?(?:the\s+)?(?:show|series)\s+)?(?:\w+\s+)?(?:launched|"
    r"premiered|debuted|aired|bowed|dropped|arrived|was released|ended|concluded|finale|"
    r"premiere|debut|launch)\b")
#: A shoot told as a state that goes on, with no word of its start (round 17): "is currently
#: in production", "the final season is currently filming", "which is in production on its
#: second season", "is still shooting". Such a start is undated in the labels' sense: not news
#: that just happened ("officially in production", "finally got under way" are).
ONGOING_SHOOT_STATE_RE = re.compile(
    r"(?i)\b(?:(?:currently|still)\s+(?:\w+\s+)?(?:in\s+production|filming|shooting|lensing|"
    r"under\s?way|in\s+full\s+swing)|in\s+production\s+on)\b")
#: Right before a season phrase after a renewal's trigger, the season the renewal came on
#: the strength of (round 17): "renewed after a strong second season", "following the finale of
#: its second season", "on the heels of its second season", "off the back of a hit first
#: series". (A bare "after season 2 launched" is ``AFTER_EVENT_BEFORE_RE``'s.)
#: A decision's verb before the season it gives: "a week after ordering a third season",
#: "after renewing it for ..." tell no season's run but the renewal itself (round 32).
_ORDERING_VERB = (r"(?:order|renew|re-?commission|commission|green-?light|pick|greenlit)"
                  r"[\w-]*\b")
SEASON_RUN_BEFORE_RE = Caseless(
    r"(?i)\b(?:after|following|on\s+the\s+heels\s+of|off\s+the\s+back\s+of|coming\s+off|"
    r"on\s+the\s+strength\s+of|thanks\s+to)\s+(?:(?:the|its|their)\s+(?:finale|end|"
    r"conclusion|success|run|premiere|launch|debut|release)\s+of\s+)?(?:(?:a|an|the|its|"
    r"their)\s+)?(?:(?!for\b|and\b|" + _ORDERING_VERB + r")[\w-]+\s+){0,2}?$",
    stems=("after", "following", "heels", "back of", "coming off", "strength", "thanks"))
#: ... and right after it: the clause ends, or the season's run is told ("drew", "scored",
#: "ended", "aired", its finale or premiere).
SEASON_RUN_AFTER_RE = Caseless(
    r"(?i)^(?:['’]s)?(?:\s*(?:[.;,:)!?—–-]|$)|\s+(?:(?:of\s+)?(?:the\s+)?(?:show|series)\s+)?"
    r"(?:\w+\s+)?(?:drew|scored|delivered|earned|averaged|won|became|proved|topped|ranked|"
    r"racked|ended|concluded|wrapped|aired|premiered|launched|debuted|bowed|dropped|finale|"
    r"premiere|run)\b)")
#: Right before a season phrase after a shoot's trigger: "while", "as" — the shoot ran while
#: that season aired ("the shoot started while season 3 was still airing").
WHILE_BEFORE_RE = Caseless(r"(?i)\b(?:while|as|when)(?:\s+(?:the|its))?\s*$",
                           stems=("while", "as", "when"))
#: ... and right after it: that season was out.
AIRING_AFTER_RE = Caseless(
    r"(?i)^\s+(?:was|were|is)\s+(?:still\s+)?(?:being\s+released|airing|streaming|rolling\s+out|"
    r"on\s+(?:the\s+)?air|released|premiering)\b")
#: A past causative before a shoot's start: "allowed production to begin" — it began.
CAUSED_START_BEFORE_RE = Caseless(
    r"(?i)\b(?:allowed|enabled|let|helped)\s+(?:the\s+)?$", stems=("allowed", "enabled", "let",
                                                                  "helped"))
#: A second verb phrase with a subject of its own: "... and the show was", ", but it has".
OWN_SUBJECT_RE = re.compile(
    r"(?i)(?:,\s*|\s)(?:and|but|before|after|while|then)\s+"
    rf"(?:the\s+(?:{common_show_nouns(7)}|program)|it)\s+(?:\w+\s+){{0,3}}?(?:was|were|has|had|"
    r"is|got|"
    r"gets|will|won['’]t)\b")
#: How far past a season phrase its aired verb is looked for (round 38: 110, from 60, for "of"
#: and a show's name between them).
AIRED_SPAN = 110
#: A word that ends a show's name before an aired verb: an auxiliary, a negation, a modal.
_NOT_TITLE_WORD = (r"(?:has|have|had|will|would|not|never|is|are|was|were|to|be|could|may|might|"
                   r"should|yet|and|but|which|that|who|as)\b")
#: A season told as aired, right after its phrase ("season 2 premiered", "the second season
#: of the show aired") or right before it ("which launched its first season").
SEASON_AIRED_AFTER_RE = Caseless(
    rf"(?i)^(?:['’]s)?(?:\s+finale)?(?:\s+of\s+(?:the\s+)?(?:{common_show_nouns(4)})|"
    # round 38: the show named after the season ("The first season of X aired", "Series 3 of
    # X went out", "the Season 2 finale of X aired"): a few words, none an auxiliary or a
    # negation ("season 3 of X has not aired"); a relative clause ("Season 2 of X, which
    # premiered in January,")
    rf"\s+of(?:\s+(?!{_NOT_TITLE_WORD})[\w'’:&.-]{{1,30}}){{1,5}}?)?(?:,?\s+which)?\s+(?:(?:first|"
    r"originally|already|finally)\s+)?(?:launched|premiered|debuted|aired|bowed|dropped|arrived|"
    r"was released|ended|concluded|wrapped up its run|finale aired|"
    # round 38: the broadcast words of other houses ("was broadcast", British "went out", "hit
    # screens"), and a season on air now ("is currently airing", "is streaming now")
    r"was (?:broadcast|shown|screened|aired|streamed)|went out|hit (?:screens|the air)|"
    r"finished airing|came to an end|is (?:currently|now) (?:airing|streaming|on air|running)|"
    r"is (?:airing|streaming|on air) now|"
    # told by its audience, which only an aired season has (round 19): "season 2 drew 3
    # million viewers", "averaged", "was a hit"
    r"drew|averaged|was watched|pulled in|attracted|racked up|"
    r"was (?:a|an) (?:\w+ )?(?:hit|success|smash|ratings winner))\b")
SEASON_AIRED_BEFORE_RE = Caseless(
    r"(?i)\b(?:launched|premiered|debuted|aired|released|dropped|concluded|ended|finished|"
    # round 38: "returned for its second season in January", "came back for its third run"
    r"returned\s+for|came\s+back\s+for|kicked\s+off)\s+(?:its|their|the)\s+$")
#: Round 38 (r38passing): the book a show adapts, named in passing in the show's own
#: description ("X, Hulu's adaptation of the best-selling novel, will premiere in February",
#: "the drama, based on the book by Ann Lee, returns"): the source, no other work whose news
#: the trigger tells (``drop.excluded_context`` reads the clause without it;
#: ``trigger.adapted_source_in_passing``). Not a film's or a stage version's ("the film
#: adaptation of the novel" keeps "film").
ADAPTED_SOURCE_RE = Caseless(
    r"(?i)\b(?:adaptation\s+of|adapted\s+from|based\s+on)\s+(?:(?:the|a|an|his|her|their)\s+)?"
    r"(?:[\w’'-]{1,25}\s+){0,4}?(?:novels?|books?|memoirs?|comics?|comic\s+books?|manga)\b",
    stems=("adapt", "based"))
#: A whole season released at once: "all 10 episodes of season 3 will stream", "all eight new
#: episodes dropped", "the entire season will be available to stream" (no single episode).
WHOLE_SEASON_DROP_RE = Caseless(
    r"(?i)\b(?:all|the entire|the whole)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|thirteen)\s+)?(?:(?:new|brand-new|fresh)\s+)?(?:episodes|season|"
    r"series)\b(?:[^.;]{0,60}?\bavailable to stream\b)?", stems=("all", "entire", "whole"))
#: A sentence that opens on "the new episodes" ("New episodes arrive March 4.", "The eight new
#: episodes land on Tovrel on June 5.", "Tovrel said the new episodes arrive ..."): right
#: after a sentence telling one show's numbered season to come, they are that season's
#: (round 33, ``trigger.new_episodes_of_told_season``).
#: The rule that reading applies (``rules._excluded`` notes it for ``--explain``).
NEW_EPISODES_OF_TOLD_SEASON = "trigger.new_episodes_of_told_season"
#: The rule ``ADAPTED_SOURCE_RE`` records (round 38).
ADAPTED_SOURCE_IN_PASSING = "trigger.adapted_source_in_passing"
NEW_EPISODES_OPEN_RE = re.compile(
    # (after a short attribution: "Kestrel said (on Tuesday) (that)", "According to Kestrel,")
    r"(?i)^\W{0,3}(?:according\s+to\s+[\w+'’.-]+(?:\s+[\w+'’.-]+){0,2},\s+|"
    r"(?:[\w+'’.-]+\s+){1,3}(?:said|says|confirmed|confirms|announced|announces|revealed|"
    r"reveals)\s+(?:on\s+\w+\s+)?(?:that\s+)?)?(?:(?:the|its|their|all)\s+)?(?:(?:\d{1,2}|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen)\s+)?(?:new|fresh|brand-new)\s+episodes\b")
#: ... unless they are named as another's: "the new episodes of Havana", "... of Season 2".
NEW_EPISODES_OF_NAME_RE = re.compile(r"\s{1,3}(?:[Oo]f|[Ff]rom|[Ff]or)\s{1,3}[A-Z0-9\"“‘']")
#: The sentence before tells a season to come: renewed, ordered, coming back, on the way,
#: set, or told ahead ("will return", "returns for a third season").
SEASON_TO_COME_RE = re.compile(
    r"(?i)\b(?:renew(?:s|ed|al)|order(?:s|ed)|pick(?:s|ed)\s+up|picked\s+up|greenlit|"
    r"green-lit|(?:is|are)\s+coming|coming\s+back|come\s+back|return(?:s|ing)?\s+for|"
    r"on\s+the\s+way|(?:is|are)\s+(?:set|slated|scheduled|due)\b|will\s+(?:return|premiere|"
    r"debut|arrive|launch|air|stream))")
#: ... and not one on air or aired ("season 3 drew", "is airing now", "premiered").
SEASON_ON_AIR_RE = re.compile(
    r"(?i)\b(?:aired|airing|premiered|debuted|launched|ended|concluded|drew|averaged|"
    r"currently|streaming\s+now|now\s+streaming|was\s+(?:a|an)\s+(?:\w+\s+)?(?:hit|success))\b")
#: A sentence that starts by referring back to a show ("The series ...", "It ...").
REFERENCE_START_RE = Caseless(
    r"(?i)^(?:(?:a|answer|[a-z.]{1,12} (?:sez|says|replies|answers))\s?:\s{0,3})?"
    rf"(?:\W*\w+,?\s+){{0,2}}?(?:the (?:{common_show_nouns(5)})|it|its|"
    # "the Jane Doe-led drama": a show named by its star, creator or host
    r"the (?:[\w'’.]+ ){0,2}[\w'’.]+-(?:starring|led|fronted|produced|created|hosted|helmed) "
    rf"(?:{common_show_nouns(5)}))\b")
#: A show referred to by what it is, anywhere in a clause: "the series", "the legal drama",
#: "the NBC comedy" (up to two words before the kind of show; never "the other drama", "the
#: new series", "the second series", which speak of another show or of a season).
DESCRIBED_REFERENCE_RE = Caseless(
    r"(?i)\bthe (?!(?:other|another|new|next|first|second|third|fourth|fifth|last|final|"
    r"former|latter|same|network's|network’s|streamer's|streamer’s|channel's|channel’s)\b)"
    rf"(?:[\w'’-]+ ){{0,2}}?(?:{SHOW_NOUN_ALT})\b"
    r"(?!['’]s\s(?:\w+\s)?(?:creator|star|showrunner|cast))",
    stems=SHOW_NOUN_STEMS)
#: An answer's label in a mailbag column ("A:", "Answer:", "Dana says:"): the answer speaks of
#: the show the question before it named.
ANSWER_LABEL_RE = re.compile(
    r"(?i)^\W{0,3}(?:a|answer|[a-z.]{1,12} (?:sez|says|replies|answers))\s?:\s")
#: A question's label, or a reader's name before a question ("Q:", "Pat K.:").
QUESTION_LABEL_RE = re.compile(
    r"^\W{0,3}(?:Q|Question|[A-Z][\w.]{0,12}(?: [A-Z][\w.]{0,3})?)\s?:\s")
#: "Both shows", "those two series": every show of the previous sentence.
PLURAL_REFERENCE_RE = Caseless(
    r"(?i)^\W*(?:(?:both|all) (?:of )?(?:those |these |the )?(?:two |three |four |five )?"
    rf"(?:[\w-]+ )?(?:{common_show_nouns(4, plural=True)})|(?:those|these|the) "
    rf"(?:two|three|four|five) (?:[\w-]+ )?(?:{common_show_nouns(4, plural=True)})|both shows|"
    r"both of them|all of them)\b")
#: A clause that continues the previous one ("..., which returns for season 2").
WHICH_START_RE = Caseless(r"(?i)^\W*(?:which|that|who|where)\b")
#: A trigger of the returning family ("returns", "back for").
RETURN_FAMILY_RE = Caseless(r"(?i)return|back")
#: A return still to come told before a count in its clause ("will return in winter with 13
#: episodes", "returns next month with ten episodes"): the count is of the returning season, not
#: of one told as aired (round 23, s23second). Not "returned", not "looking back".
COUNT_RETURN_RE = re.compile(
    r"(?i)\b(?:will|['’]ll|to|is|are|be)\s+(?:(?:be|set\s+to|slated\s+to|expected\s+to)\s+)?"
    r"(?:return(?:ing)?\b|(?:coming\s+)?back\b)|\breturns\b")
#: A return denied as a decision, right before a renewal's return phrase ("won't be bringing
#: back X for a third season", "is not bringing X back", "has no plans to bring back X") or
#: inside it ("confirmed X won't return for season 3"): a future denied, not a state still open
#: ("hasn't returned yet") or a wish ("wouldn't return if") (round 22, s22cancel).
RETURN_DENIED_BEFORE_RE = re.compile(
    r"(?i)\b(?:won['’]t|will\s+not|isn['’]t|is\s+not|aren['’]t|are\s+not|(?:has|have)\s+no\s+"
    r"plans\s+to|(?:decided|opted|chose)\s+not\s+to)\s+(?:be\s+)?(?:coming\s+|going\s+to\s+"
    r"(?:be\s+|come\s+)?)?$")
RETURN_DENIED_INSIDE_RE = re.compile(
    r"(?i)\b(?:won['’]t|will\s+not|isn['’]t|is\s+not|aren['’]t|are\s+not)\s+(?:be\s+)?"
    r"(?:return(?:ing)?|(?:coming|come)\s+back|back|bring(?:ing)?\s+(?:\S+\s+){0,4}?back)\b")
#: A renewal refused or not won, right before a renewal trigger: a decision against it
#: ("voted against renewing X", "turned down a third-season renewal", "ruled out a renewal",
#: "refused to renew", "chose not to greenlight") or a renewal the show failed to get ("failed
#: to land a renewal", "missed out on a renewal", "was denied a renewal", "did not receive a
#: third-season renewal"); between the two only a determiner, a season or "to". The show's
#: cancellation, not its renewal (round 24, r24kinds).
RENEWAL_REFUSED_BEFORE_RE = re.compile(
    r"(?i)\b(?:(?:decided|decides|deciding|opted|opts|opting|voted|votes|voting|chose|chooses|"
    r"choosing|elected|elects|electing|went|goes|going)\s+against"
    r"|(?:refused|refuses|refusing|declined|declines|declining)(?:\s+to)?"
    r"|(?:turned|turns|turning|voted|votes|voting)\s+down|rejected|rejects|rejecting"
    r"|(?:ruled|rules|ruling)\s+out|(?:said|says|saying)\s+no\s+to|(?:balked|balks|balking)\s+at"
    r"|(?:decided|decides|opted|opts|chose|chooses|elected|elects)\s+not\s+to"
    r"|(?:failed|fails|failing)\s+to\s+(?:secure|land|earn|get|win|receive|score|nab|clinch)"
    r"|(?:missed|misses|missing)\s+out\s+on|(?:was|were|been|is|are|being)\s+denied"
    r"|(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|won['’]t|will\s+not|would\s+not|"
    r"wouldn['’]t)\s+(?:get|receive|earn|land|secure|win|score|nab)"
    r"|never\s+(?:got|received|earned|landed|secured|won|scored|nabbed))"
    rf"\s+(?:(?:a|an|the|any|another|its|their|further|new|(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)|"
    r"\w+)-season|season\s+\d{1,2})\s+){0,3}$")
#: A getting verb that opens a renewal trigger ("land a third-season renewal", "receive a
#: renewal"): the failure before it ("failed to", "did not") refuses the renewal too.
RENEWAL_GOT_LEAD_RE = re.compile(
    r"(?i)(?:get|got|receive|received|earn|earned|land|landed|secure|secured|win|won|score|scored|"
    r"nab|nabbed)\s+(?:(?:a|an|the|any|another|its|"
    r"their|further|new|\w+-season)\s+){0,3}")
#: After a denied return, a time that makes it a delay, not an end ("won't be back until 2026",
#: "isn't coming back this year", "won't return anytime soon").
RETURN_DELAYED_AFTER_RE = re.compile(
    r"(?i)\b(?:until|till|before|yet|soon|this\s+(?:year|fall|spring|summer|winter|season)|"
    r"next\s+(?:year|month)|in\s+(?:19|20)\d\d)\b")
#: A renewal phrase that tells a planned ending ("will end with its fifth season", "is set to
#: conclude with a sixth and final season"): a season still to come, read as its renewal.
PLANNED_END_FAMILY_RE = re.compile(r"(?i)\b(?:end|ends|ending|conclude|concludes|concluding|"
                                   r"wrap up its run|wrapping up its run)\s+with\b")
#: A relative aside's opening: ", which", ", who" (searched in a bounded window only).
RELATIVE_OPEN_RE = re.compile(r",\s{1,3}(?:which|who)\s")
#: "ordered the new drama X": a series order for a new show (not "a new series of X", a
#: British show's next season).
SERIES_ORDER_RE = Caseless(
    rf"(?i)\bnew (?:[\w-]+ )?(?:{kind_alt(ORDERED_NEW_KINDS)})\b(?!\s{{1,3}}of\b)")
#: Round 41: an order of a show to series, which makes it new whatever words it is called by
#: ("Kestrel has given X a series order", "X has been ordered to series", "a straight-to-series
#: order for X", "picked X up to series"): not "series orders" of a season ("a second season
#: order"), which ``season_mentions`` tells; read by ``facts._new_shows`` for
#: ``season.called_new_elsewhere``.
SERIES_ORDER_PHRASE_RE = Caseless(
    r"(?i)\b(?:(?:straight|direct)[- ]to[- ]series|series\s{1,2}orders?\b|"
    r"(?:ordered|picked|green-?lit|greenlit)\s{1,2}(?:[^\s.;!?]+\s{1,2}){0,6}?"
    r"to\s{1,2}series\b)", stems=("series",))
#: A sentence that takes a series order back or denies it ("cancelled its series order",
#: "rescinded", "passed on", "did not get a series order"): no new show of it.
SERIES_ORDER_UNDONE_RE = re.compile(
    r"(?i)\b(?:" + "|".join(DECISION_WORDS["cancelled"]) + r"|rescind\w{0,3}|"
    r"pass(?:ed|es)?\s{1,2}on|no|not|n['’]t|without|reversed?)\b")
#: A trigger of the ordering family ("green light", "ordered", "picked up").
ORDER_WORD_RE = re.compile(r"(?i)green|order|pick|(?<!re)(?<!re-)commission")
#: "the X spinoff": another show than X.
SPINOFF_AFTER_RE = Caseless(r"(?i)^['’]?s?\s+(?:spinoff|spin-off|prequel|sequel|reboot|movie|"
                            r"film)\b")
#: Right after a show's name, another kind of work that bears it: "the X movie", "'X' Film
#: Wraps", "the X Christmas special", "the X podcast", "the X video game", "X: The Musical",
#: "the X YouTube channel", "the X programming block", "the X app", "the X franchise".
OTHER_WORK_AFTER_RE = Caseless(
    r"(?i)^['’\"”]?(?:['’]s)?:?\s+(?:the\s+)?(?:(?!(?:will|to|would|could|can|may|might|"
    r"should|shall|must|did|does|do|also|then|now|and|or|is|are|was|were|has|have|had|set|"
    r"begins?|began|starts?|started)\s)(?:[\w-]+\s+)?(?:movies?|films?|feature|"
    r"specials?|podcasts?|video ?games?|musical|stage (?:show|play|production|adaptation)|"
    r"documentar(?:y|ies)|novels?|books?|comics?|comic books?|albums?|soundtrack|songs?|"
    r"audiobooks?|memoirs?|manga|newsletters?|(?:youtube |tiktok )?channels?|"
    r"(?:programming )?blocks?|(?:streaming |mobile )?apps?|franchises?|universe|sagas?|"
    r"(?:live |stage |arena )?tour|concerts?"
    # round 38 (r38leftovers): the talk show about it ("the X after-show", "the X aftershow",
    # "the official X companion series")
    r"|after-?shows?|aftershows?|companion (?:series|shows?))|games?(?!\s+shows?\b)|play)\b"
    # "X films in Vancouver", "X plays on Sundays": a verb, not a noun
    r"(?!\s+(?:in|on|at|back|this|next|for|from|with|its|their|the|a|an|to)\b)",
    stems=("movie", "film", "feature", "special", "podcast", "game", "musical", "stage",
           "documentar", "novel", "book", "comic", "album", "soundtrack", "tour", "concert",
           "play", "song", "memoir", "manga", "newsletter", "channel", "block", "app",
           "franchise", "universe", "saga", "after", "companion"))
#: Right before a show's name, another medium's version of it: "the stage adaptation of X",
#: "the film version of X", "the podcast spinoff of X", "the Broadway production of X".
OTHER_WORK_BEFORE_RE = Caseless(
    r"(?i)\b(?:(?:stage|theatre|theater|film|movie|musical|podcast|video ?game|radio|book|"
    r"novel|comic|big[- ]screen|animated film)\s+(?:adaptation|version|spin-?off|remake|"
    r"sequel|prequel)|(?:broadway|off-broadway|west\s+end|stage|theatre|theater|touring)\s+"
    r"(?:production|revival|staging|run|transfer|premiere|debut|opening))\s+of\s+"
    r"(?:the\s+)?['‘\"“]?$",
    stems=("adaptation", "version", "spin", "remake", "sequel", "prequel", "production",
           "revival", "staging", "run", "transfer", "premiere", "debut", "opening"))
#: Right before a show's name, its remake made in another country or language (round 39):
#: "its American remake of X", "a Korean adaptation of X", "the Spanish-language remake of X"
#: — another show of its own; ``who`` is read against the vetoes' demonyms
#: (``rules._foreign_version``). Not "the American version of X": the devset names a
#: format's regional edition by the format's name.
FOREIGN_VERSION_BEFORE_RE = re.compile(
    r"(?:\b(?i:the|its|their|a|an|his|her)\s{1,3})?(?:(?i:new|planned|upcoming|local)\s{1,3})?"
    r"\b(?P<who>U\.?S\.?|U\.?K\.?|[A-Z][a-z]{2,15})(?:-language)?\s{1,3}"
    r"(?i:remake|adaptation|reboot|take)s?\s{1,3}of\s{1,3}(?:the\s{1,3})?['‘\"“]?$")
#: Right after a headline's decision verb, the remake it decides ("Tovrel Cancels American
#: Remake", "Kestrel renews its Korean adaptation"): not the article's main show's news.
REMAKE_AFTER_TRIGGER_RE = re.compile(
    r"\s{1,3}(?:(?i:its|the|a|an)\s{1,3})?(?:[\w-]{1,20}\s{1,3})?(?i:remake|adaptation|reboot)s?\b")
#: Right before a headline's decision verb, the remake it decides ("Remake Axed", "Korean
#: Adaptation Renewed", "Spanish remake has been cancelled"; the lead's merge of round 39).
REMAKE_BEFORE_TRIGGER_RE = re.compile(
    r"(?i)\b(?:remake|adaptation|reboot)s?\s{1,3}(?:(?:is|was|gets?|got|has\s{1,3}been)\s{1,3})?$")
#: The words one of which every match of the three patterns above spells (round 39,
#: r39speedback): ``drop.foreign_version`` needs one (``rules.Rule.needs``).
REMAKE_NEEDS = ("adaptation", "reboot", "remake", "take")
#: Right before a show's name, a frame that names it in passing — a comparison, a
#: recommendation, a credit: "if you liked X", "(much) like X", "in the vein of X", "similar to
#: X", "from the creators of X", "the team behind X", "the successor to X".
PASSING_BEFORE_RE = Caseless(
    r"(?i)(?:\bif you (?:liked|loved|enjoyed|miss(?:ed)?)|\bin the (?:vein|mou?ld|spirit|style) "
    r"of|(?P<like>\b(?:[\w-]+\s+)?(?:un)?like)|\b(?:a|à) la|\bsimilar to|\bcompared (?:to|with)|"
    r"\breminiscent of|\b(?:from|by) (?:the )?(?:creators?|producers?|makers?|team|people|writers?|"
    r"minds?|showrunners?|studio|folks)(?: (?:behind|of|who (?:made|brought you)))?|\b(?:the )?"
    r"(?:team|minds?|people|folks) behind|\b(?:spiritual )?(?:successor|follow-up|heir|answer) "
    r"to|\bthe next|\bthink|"
    # round 18: what the news follows on ("Following the success of X, Y returns on June 4",
    # "Hot on the heels of X, Y has been renewed"): X is where the news comes from
    # (bare "following" / "after" open a clause whose subject the news may be about: "After
    # X wrapped its second season, Netflix renewed the show")
    r"^\W{0,3}(?:(?:following|after) the (?:success|popularity|ratings) of|(?:(?:hot )?on the "
    r"heels of|off the back of|in the wake of|buoyed by|riding high on)(?: the (?:success|"
    r"popularity|ratings) of)?))\s+(?:the\s+)?['‘\"“]?$",
    stems=("if you", "in the", "like", " la", "similar", "compared", "reminiscent", "from",
           "by", "behind", "successor", "follow-up", "heir", "answer", "the next", "think",
           "following", "heels", "back of", "wake", "riding", "after"))
#: Right before a show's name, old episodes of it: "will schedule repeats of X in its place" — a
#: rerun names the show in passing whatever the sentence decides.
RERUN_OF_BEFORE_RE = Caseless(
    r"(?i)\b(?:repeats|reruns|re-runs|encores|marathons?|old episodes|syndicated episodes) of\s+"
    r"(?:the\s+)?['‘\"“]?$", stems=(" of",))
#: "shows like X": examples of shows are shows (the word before "like").
EXAMPLES_LIKE_RE = re.compile(rf"(?i)\b(?:{common_show_nouns(5, plural=True)}|titles|"
                              r"programmes|programs|originals|hits|favou?rites|ones)\s+like$")


def passing_cue(before: str) -> re.Match[str] | None:
    """The words before a name that make it a name in passing (``PASSING_BEFORE_RE``: "Much
    like X", "If you liked X"), but not an example of a show ("shows like X": an example of a
    show is a show). Read by the credit check of target choice and by the rules."""
    found = PASSING_BEFORE_RE.search(before)
    if found and found.group("like") and EXAMPLES_LIKE_RE.search(
            before[:found.end()].rstrip(" '‘\"“")):
        return None
    return found


#: Right before a show's name, someone's credit or a comparison that names it in passing
#: ("the creator of X", "best known for X", "who starred in X", "inspired by X", "more viewers
#: than X", "in the footsteps of X", "reunites the cast of X", "the time slot of X").
CREDIT_BEFORE_RE = Caseless(
    r"(?i)(?:\b(?:co-?)?(?:creators?|stars?|co-stars?|alums?|alumni|veterans?|showrunners?|"
    r"writers?|producers?|directors?|cast|castmates?|fans|viewers) of|\b(?:known|famous|"
    r"remembered|beloved) for|\b(?:starred|starring|appeared|appearing|played|playing|"
    r"co-starred) (?:[\w'’.-]+ ){0,4}?in|\bwho (?:created|co-created|wrote|ran|made)|"
    r"\binspired by|\bthan|\b(?:footsteps|mould|mold|tradition|shadow) of|\b(?:time ?slot|"
    r"slot|place) of|\breplac(?:es|ed|ing))\s+(?:the\s+)?['‘\"“]?$",
    stems=(" of", " for", " in", "who ", "inspired", "than", "replac"))
#: Right after a show's name, someone's credit: "X creator Jane Doe", "X star Jane Doe", "X
#: alum", "X's showrunner", "of X fame". "X stars Jane Doe" (a verb) is no credit. Round 24
#: (r24names): the other credits ("X writer Ada Finch's thriller Y", "X director", "X actor",
#: "X cast members") and a show that follows another ("X follow-up Y", "X successor Y"),
#: where the name before qualifies the object after it.
CREDIT_AFTER_RE = re.compile(
    r"[\"”’']?(?:['’]s)?\s{1,3}(?:(?i:(?:co-?)?creators?|alums?|alumni|veterans?|showrunners?|"
    r"(?:executive\s)?producers?|fame|castmates?|(?:co-?|head\s)?writers?|directors?|authors?|"
    r"actors?|actress(?:es)?|cast\s+members?)|(?:[Cc]o-)?[Ss]tar(?=\s+[A-Z])|"
    r"(?:[Ff]ollow-up|[Ss]uccessor)(?=,?\s+[A-Z\"“‘'])|EPs?)\b")
#: A sentence opening on a show called by what it is: "The Spanish crime drama ...", "The 'Glass
#: Harbor' spin-off show ...", "This legal thriller ..." (never "the new series", "the other
#: drama", "the second series": another show, or a season).
REFERENCE_SUBJECT_RE = re.compile(
    r"(?i)^\W{0,3}(?:the|this)\s(?!(?:other|another|new|next|first|second|third|fourth|fifth|"
    rf"last|final|former|latter|same)\b)(?:[\w'’‘\"“”.-]+\s){{0,4}}?(?:{SHOW_NOUN_ALT})\b"
    r"(?!['’]s\b)")
#: Right before a name, a preposition that makes it no subject or object of a status verb:
#: "debuted in 2017 as 'X'", "set 100 years before 'X'", "reveal more about X".
PASSING_PREPOSITION_RE = re.compile(
    r"(?i)\b(?:as|before|after|about|than|since|until|alongside|besides)\s{1,3}(?:the\s{1,3})?"
    r"['‘\"“]?$")
#: Before a name after its sentence's trigger, a phrase of time, comparison or origin that
#: the name closes with no clause mark between ("renewed for a third season after a ratings
#: surge that outpaced X", "has ordered a second season, following the success of X's debut",
#: "the drama has been axed, much like X"): the name is in passing (round 41, r41passing;
#: ``facts.passing_phrase_owns_trigger``).
PASSING_PHRASE_BEFORE_RE = re.compile(
    r"(?i)\b(?:after|before|following|since|than|(?:un)?like|outpac(?:ed|ing|es))\b"
    r"[^,;:()\u2014\u2013.!?]{0,60}$")
#: "from the X team", "from X creators": a credit after the name.
FROM_BEFORE_RE = re.compile(r"(?i)\bfrom\s+(?:the\s+)?['‘\"“]?$")
CREW_AFTER_RE = re.compile(r"(?i)^['’\"”]?\s+(?:team|creators?|producers?|makers?|writers?|"
                           r"showrunners?|boss(?:es)?)\b")


def named_as_credit(text: str, mention: MentionLike) -> bool:
    """The mention names a show as someone's credit or as a comparison, not as the news: "from
    the creator of X", "X star Jane Doe", "best known for X", "in the vein of X", "inspired by
    X", "more viewers than X", "X alum", "from the X team". Beside another show of the clause,
    the event is that other show's ("Salt Road, from the creator of X, premieres in June");
    alone, it may be X's own ("X creator Jane Doe said season 2 starts filming in May"). The
    one credit reading of target choice (``facts``) and of the rules (round 34: rules.py
    cannot import facts.py)."""
    before = text[max(0, mention.start - 60):mention.start]
    # "shows like X": an example of a show is a show (``passing_cue``)
    return bool(passing_cue(before) or CREDIT_BEFORE_RE.search(before) or CREDIT_AFTER_RE.match(
        text, mention.end, min(len(text), mention.end + 40))) or from_crew(
            text, before, mention.end)


def from_crew(text: str, before: str, end: int) -> bool:
    """"from the X team", "from X creators": the name ending at ``end`` is its crew's credit,
    "from" right before it (``FROM_BEFORE_RE`` on ``before``, the words before the name as far
    back as the caller reads) and a crew's noun right after it (``CREW_AFTER_RE``). Read by
    ``named_as_credit`` and by ``drop.named_in_passing``."""
    return bool(FROM_BEFORE_RE.search(before) and CREW_AFTER_RE.match(text[end:end + 20]))


#: The title part of a mention: up to the first lower-case word or punctuation.
MENTION_TAIL_RE = re.compile(r"[^,.;:()]*?(?=\s+[a-z]|[,.;:()]|$)")
#: A tracker's status line ("Title: undecided, likely to return").
STATUS_LINE_START_RE = re.compile(r"^[^:.!?]{2,60}:\s")
#: "was supposed to premiere in May": a past plan.
PAST_PLAN_RE = Caseless(r"(?i)\b(?:was|were|had been) (?:set|supposed|expected|scheduled|slated|"
                        r"planned|meant) to\b")
#: What every match of ``PAST_PLAN_RE`` holds (``drop.past_plan_changed``'s ``needs``; round 39).
PAST_PLAN_NEEDS = ("had been ", "was ", "were ")
#: A cancellation told as what came before another event of the sentence: "picked up X for a
#: third season after Netflix cancelled it", "After being cancelled by Netflix, X ...", "two
#: months after the network axed it" (``season.cancelled_before_revival``). "Cancelled weeks
#: after renewing it" puts the renewal in the after-clause, not the cancellation.
CANCELLED_BEFORE_RE = Caseless(
    r"(?i)\b(?:after|following)\s(?:[\w’'-]+\s){0,6}?(?:cancell?ed|canceled|cancell?ing|"
    r"axed|axing|dropped|dropping|scrapped|scrapping|pulled\sthe\splug)\b",
    stems=("after", "following"))
#: A plan reported as made in the past: "plans were revealed for X to air", "had planned to",
#: "intended to" (``drop.old_plan_passed``, with a date gone by publication).
PLAN_REPORTED_RE = Caseless(
    r"(?i)\bplans?\s(?:were|was|had\sbeen)\s(?:\w+\s)?(?:revealed|announced|unveiled|made|"
    r"laid\sout|set)\sfor\b|\b(?:had|originally|initially)\splanned\sto\b|\bintended\sto\b|"
    r"\bthe\s(?:original|initial)\splan\swas\b")
#: A premiere plan told as one that no longer holds ("had been set to premiere May 1", "was
#: due to", "would have"): in an article that cancels the season, the cancellation voided it.
VOIDED_PLAN_RE = Caseless(r"(?i)\b(?:had been|was|were) (?:set|scheduled|slated|due|supposed|"
                          r"planned|expected|going)\b|\bwould have\b")
#: ... that changed: "but it was delayed".
PLAN_CHANGED_RE = Caseless(r"(?i)\b(?:supposed|meant|but|however|delay\w*|postpon\w*|pushed|"
                           r"instead|moved|shifted)\b")
#: "more filming is planned", "still has a little filming left": the shoot goes
#: on, so a wrap the article reports was of one block or one place.
FILMING_GOES_ON_RE = Caseless(
    r"(?i)\b(?:still|further|more|additional|remaining|rest of)\b(?:\s+[\w-]+){0,5}?\s+"
    r"(?:filming|shooting|production|scenes)\s+(?:(?:is|are)\s+)?(?:still\s+)?(?:planned|left|"
    r"remaining|to (?:do|go|come|be shot)|scheduled)\b|\bfilming (?:left|remaining)\b",
    stems=("filming", "shooting", "production", "scenes"))
#: ... unless it is a later season's shoot.
LATER_SEASON_RE = Caseless(r"(?i)\b(?:next|another|new|following|upcoming) (?:season|series)\b|"
                           r"\bseason \d")
#: Noun triggers ("release date") whose negation can stand after them.
NOUN_TRIGGER_RE = re.compile(
    r"(?i)date|release$|premiere$|renewal|cancellation|production|filming")
#: A headline's premiere names its date: "Premiere Date Set", "Release Date Revealed".
HEADLINE_DATE_NOUN_RE = re.compile(r"(?i)^\s*(?:date|dates)\b")
#: A conjunction starts a new verb phrase: a negation before it is not the trigger's.
JOINT_RE = re.compile(r"(?i)\b(?:and|but|so)\b|,")
#: A contrast sets two sides against each other, and a negation or a hedge reads on its own
#: side only (round 25, s25contrast; ``negation.contrast_scope``). Before a trigger the side
#: starts at a contrast word: after a concessive or adversative one ("although", "despite",
#: "unlike", "whereas", "while"), at the one that denies what follows it ("rather than",
#: "instead of", "as opposed to"), which stays in the side it opens.
CONTRAST_BEFORE_RE = re.compile(
    r"(?i)\b(?:despite|in\s{1,3}spite\s{1,3}of|notwithstanding|even\s{1,3}though|although|"
    r"though|whereas|while|unlike)\b|(?=\b(?:rather\s{1,3}than|instead\s{1,3}of|"
    r"as\s{1,3}opposed\s{1,3}to)\b)")
#: After a trigger the side ends at the first contrast word: "cancelled rather than renewed",
#: "will premiere in March rather than January", "cancelled, but not before its finale".
CONTRAST_AFTER_RE = re.compile(
    r"(?i)\b(?:rather\s{1,3}than|instead\s{1,3}of|as\s{1,3}opposed\s{1,3}to|despite|"
    r"in\s{1,3}spite\s{1,3}of|notwithstanding|unlike|whereas|but)\b")
#: Lower-case literals one of which every match of ``CONTRAST_BEFORE_RE`` or
#: ``CONTRAST_AFTER_RE`` holds: without one, a sentence sets no sides against each other
#: (``negation.contrast_scope``'s ``needs``; round 39).
CONTRAST_NEEDS = ("but", "instead", "notwithstanding", "opposed", "rather", "spite", "though",
                  "unlike", "whereas", "while")
#: "not only", "no doubt", "no longer": no negation of what follows.
NOT_ONLY_RE = re.compile(r"(?i)\bnot only\b|\bno (?:doubt|wonder|surprise)\b|\bno longer\b")
#: Reported speech before the trigger: the writer passes on what others say.
REPORTED_RE = re.compile(
    r"(?i)(?=[rsa])\b(?:reportedly|reports? (?:indicate|suggest|say|claim)|rumou?r|according to "
    r"(?:reports|rumou?rs|sources|insiders)|sources? (?:say|said|claim|close|privy))")
#: Unnamed reports framing the news: "reports indicated that", "with reports that",
#: "multiple outlets ... reported" (a named outlet's report, "Deadline reports that", is not one).
REPORT_FRAME_RE = Caseless(
    r"(?i)(?:^|\b(?:with|amid|despite|following|after|are|were|have been|had been)\s+|[,;:]\s*)"
    r"reports?\s+(?:(?:indicat|suggest|claim)\w*\s+)?that\b|\b(?:multiple|several|other|some) "
    r"(?:outlets|reports|publications)\b[^.;]{0,80}?\breported\b", stems=("report",))
IF_RE = re.compile(r"(?i)\bif\b")
TODAY_RE = re.compile(r"(?i)\b(?:today|tonight)\b")
#: Words before "not to renew" that ask, dare or fear it rather than decide it ("a critic's dare to
#: the streamer not to renew the series", "fans urged the network not to renew"): used on the 50
#: characters before the trigger.
DENIAL_NOT_DECIDED_RE = Caseless(
    r"(?i)\b(?:dares?|dared|daring|challeng\w{1,4}|urg\w{1,3}|ask\w{0,3}|beg\w{0,4}|pleas?|"
    r"pleaded|petition\w{0,3}|warn\w{0,3}|fears?|feared|threat\w{0,6}|risk\w{0,3}|"
    r"tempt\w{0,5}|lobb\w{1,4}|campaign\w{0,3}|hop\w{1,3}|wish\w{0,3}|want\w{0,3}|"
    r"pressur\w{1,4})\b[^.;:!?]{0,40}$",
    stems=("dare", "daring", "challeng", "urg", "ask", "beg", "plea", "petition", "warn", "fear",
           "threat", "risk", "tempt", "lobb", "campaign", "hop", "wish", "want", "pressur"))
#: A renewal word inside a cancellation trigger ("opted not to renew").
RENEW_WORD_RE = re.compile(r"(?i)renew")
#: "began right after X wrapped": the start borrows the wrap's date.
AFTER_LINK_RE = Caseless(r"(?i)\b(?:after|following|once|when)\b")
#: A status tracker or list: the decisions it lists are not the news of its day.
TRACKER_TITLE_RE = Caseless(
    r"(?i)\b(?:renewed (?:or|and|&|/) cancell?ed|cancell?ed (?:or|and|&|/) renewed|"
    r"(?:shows|series|which|what)\b[^.;:]{0,40}?\balready (?:canceled|cancelled|renewed|been)|"
    r"^already (?:canceled|cancelled|renewed|been)|status|scorecard|tracker|guide|fates?|"
    r"what we know|everything we know|list|bubble|renew/cancel|(?:certain|likely) to be)\b")
#: A past verb in the clause: a headline's planned shoot that already happened.
PAST_AUX_RE = re.compile(r"(?i)\b(?:was|were|had)\b")
#: A negative word inside a trigger ("will not return").
NEGATIVE_WORD_RE = re.compile(r"(?i)\bnot\b|n['’]t\b")
FOR_RE = re.compile(r"(?i)\bfor\b")
#: The season on air now, or just ended: "(currently) in its tenth season", "now in its third
#: series", "concluded its first season" — a renewal of the show is of the next one.
CURRENT_SEASON_RE = Caseless(
    rf"(?i)\b(?:(?:currently|now|still|is|are|was|while)\s+(?:(?:airing|streaming|running|"
    rf"broadcasting)(?:\s+in)?|in(?:\s+the\s+middle\s+of)?)|midway\s+through|halfway\s+through|"
    # "renewed ahead of its fifth season finale": the fifth is on air
    rf"ahead\s+of(?=\s+(?:its|their)\s+\S+\s+(?:season|series)\s+finale)|"
    rf"(?:concluded|ended|finished|completed|wrapped(?:\s+up)?))\s+(?:its|their)\s+"
    rf"(?P<ord>{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:season|series)\b",
    stems=("its ", "their "))
#: A cancellation that declines a season by number: "passed on a third season", "opted
#: against a third season", "not moving forward with a third season" (the second was last).
DECLINED_SEASON_RE = re.compile(r"(?i)\bpass\w* on\b|\bagainst\b|\bmoving forward with\b")
AFTER_RE = re.compile(r"(?i)\bafter\b")
#: "its 10-episode predecessor": the count of the season before.
PREDECESSOR_RE = re.compile(r"(?i)^\s*(?:\w+\s+){0,1}predecessor\b")
#: "renewed for season 3" right after the trigger.
RIGHT_AFTER_SEASON_GAP_RE = re.compile(r"\s+(?:for|into|with)\s+(?:a\s+|an\s+|its\s+|the\s+)?"
                                       r"(?:\w+\s+)?")
ANOTHER_SEASON_RE = re.compile(r"(?i)\banother season|additional seasons?\b")
#: Round 38: the kinds of show that run one season, by the trade's, the UK press's and the
#: streamers' names: a limited / event series, a miniseries (any spelling), a one-off drama,
#: a single-season anthology. Not a count of parts ("a six-part thriller"): the UK press
#: writes each series of a returning show so (round 22's controls; a commission told by its
#: parts is ``season.commissioned_by_parts_is_first``'s). One reading for every kind of fact
#: (``season.limited_series``, ``season.one_season_show``, the main season of a limited series
#: renewed for more).
ONE_SEASON_KIND = (
    r"(?:limited[ -](?:drama |comedy |thriller |docu-?)?series|mini-?series|mini series|"
    r"event (?:drama |thriller )?series|"
    rf"one-off (?:{kind_alt(SHOW_NOUN_GROUPS['genre'])})|"
    r"single-season (?:anthology|drama|series))")
LIMITED_SERIES_RE = re.compile(rf"(?i)\b{ONE_SEASON_KIND}\b")
#: A show called one of those kinds right before its name ("the limited series X", "HBO's
#: six-part drama X", "Kestrel's one-off drama 'X'"), read on the text before the name.
ONE_SEASON_BEFORE_RE = re.compile(rf"(?i)\b{ONE_SEASON_KIND}\s{{1,3}}[\"“‘']?$")
#: Or right after it, in an apposition or a copula ("X, a six-part limited series", "X is
#: Kestrel's new miniseries", "X, the three-part drama from Tovrel", "X, which was billed as
#: a limited series").
ONE_SEASON_AFTER_RE = re.compile(
    r"(?i)[\"”’']?(?:,\s{1,3}(?:which|that)\s{1,3}(?:is|was|has\s{1,3}been)\s{1,3}"
    r"(?:billed|described|conceived|planned|sold|announced|framed|pitched|developed)\s{1,3}as|"
    r",|\s{1,3}(?:is|was|will\s+be))\s{1,3}(?:a|an|the|its|their|"
    rf"[A-Z][\w'’-]{{0,20}}?{POSSESSIVE})\s{{1,3}}(?:[\w'’-]{{1,20}}\s{{1,3}}){{0,4}}?"
    rf"{ONE_SEASON_KIND}\b")
#: A sentence naming no show that opens on the show by such a kind ("The miniseries stars
#: Dana Holt.", "This limited series was filmed in Leeds."): the show it refers to.
ONE_SEASON_REFERENCE_RE = re.compile(
    rf"(?i)^\W{{0,3}}(?:the|this|its|[A-Z][\w'’-]{{0,20}}?{POSSESSIVE})\s{{1,3}}"
    r"(?:[\w'’-]{1,20}\s{1,3}){0,3}?"
    rf"{ONE_SEASON_KIND}\b(?!['’])")
#: Round 38: a streamer's, a UK box set's or a reality show's season noun right after a
#: show's name: "X Part 5", "X: Volume 3", "X Vol. 2", "X Book Two", "X Chapter 3",
#: "X Collection 4", "X Cycle 12" (not "Part 2 of the finale", "Part 1 of 3", "Part 2 in";
#: nor a game's "Chapter 5 Season 3", whose season is the season's, round 39).
SEASON_NOUN_AFTER_NAME_RE = Caseless(
    r"(?i)^[\"”’']?:?\s{1,2}[\"“‘']?(?:part|volume|vol\.|book|chapter|collection|cycle)\s"
    rf"(?P<n>\d{{1,2}}|{_NUM_ALT})\b(?![-:]\d)[\"”’']?"
    r"(?!\s{0,2}(?:of|in|episodes?|minutes|hours?|season)\b)",
    stems=("part", "vol", "book", "chapter", "collection", "cycle"))
#: The same noun before the name, "of" between: "a wrap on Part 5 of X", "Volume 2 of 'X'"
#: (not "part two of the finale", a name's possessive after it: "Part 2 of X's finale").
SEASON_NOUN_BEFORE_NAME_RE = Caseless(
    r"(?i)\b(?:part|volume|vol\.|book|chapter|collection|cycle)\s"
    rf"(?P<n>\d{{1,2}}|{_NUM_ALT})\s{{1,2}}of\s{{1,2}}[\"“‘']?$",
    stems=("part", "vol", "book", "chapter", "collection", "cycle"))
THE_SEASON_RE = re.compile(r"(?i)\b(?:the|this) (?:[\w-]+ )?season\b")
#: A season given in the simple past ("a second season was ordered"): background unless dated.
SEASON_PASSIVE_PAST_RE = re.compile(
    r"(?i)(?:season|series)\b.*\b(?:was|were) (?:officially |formally |now |finally |already )?"
    r"(?:renewed|ordered|commissioned|confirmed|announced|greenlit|green-lit|"
    r"given the green light|picked up)$")
#: A trailer or teaser right at a premiere trigger: the trailer's release, not the season's.
TRAILER_RE = Caseless(r"(?i)\b(?:trailers?|teasers?)\b", stems=("trailer", "teaser"))
#: A trailer or teaser that tells the premiere it stands before (round 35, r35headlines): "X
#: Season 2 Trailer Sets March 5 Premiere", "Teaser Reveals Premiere Date" (a trade headline's
#: news is the date; ``drop.trailer_release`` leaves the premiere). On the words right before
#: the trigger.
TRAILER_TELLS_PREMIERE_RE = re.compile(
    r"(?i)\b(?:trailers?|teasers?)\s{1,3}(?:sets?|reveals?|confirms?|announces?|unveils?)"
    r"(?:\s{1,3}(?:its|the|a|an))?(?:\s{1,3}[\w,.]{1,12}){0,3}\s{1,3}\Z")
#: Round 12, modality: frames whose complement is wished, urged, believed or counterfactual,
#: not stated (``drop.wished_or_unreal``). A desire or a campaign "for" what follows ("would love
#: for X to come back", "fans are campaigning for X to return", "pushing for a renewal of X",
#: "dreams of X returning"):
WISH_FOR_RE = Caseless(
    r"(?i)\b(?:(?:would|'d|’d) (?:love|like)|desperate|eager|longing|yearning|"
    r"push(?:es|ed|ing)?|campaign(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|call(?:s|ed|ing)?|"
    r"root(?:s|ed|ing)?|fight(?:s|ing)?|fought|beg(?:s|ged|ging)?|plead(?:s|ed|ing)?|"
    r"clamou?r(?:s|ed|ing)?|hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|pray(?:s|ed|ing)?|"
    r"holding out|fingers crossed) for\b|\bdream(?:s|ed|t|ing)? (?:of|about)\b|\bheart set on\b",
    stems=(" for", "dream", "heart set"))
#: Someone urged to act ("fans have been begging Netflix to renew X", "urged the network to
#: bring back X"): the act asked for, not done.
URGED_TO_RE = Caseless(
    r"(?i)\b(?:beg(?:s|ged|ging)?|urg(?:e|es|ed|ing)|implor(?:e|es|ed|ing)|petition(?:s|ed|ing)?|"
    r"lobb(?:y|ies|ied|ying)|press(?:es|ed|ing)?|call(?:s|ed|ing)? on|pleaded with|plead(?:s|ing)? "
    r"with)\s+(?:\S+\s+){1,4}?to\s+(?:\S+\s+){0,2}$",
    stems=("beg", "urg", "implor", "petition", "lobb", "press", "call", "plead"))
#: The audience's belief or expectation ("fans are convinced X will return", "many fans expect X
#: to be renewed", "viewers have theorised that ..."): what they think, not news.
AUDIENCE_BELIEF_RE = Caseless(
    r"(?i)\b(?:fans|viewers|audiences?|critics|readers|the fandom|many|some|everyone)\b"
    r"[^,;:.]{0,30}?\b(?:expect(?:s|ed|ing)?|believ(?:e|es|ed|ing)|(?:are|were|is|was) "
    r"(?:\w+ )?convinced|theori[sz](?:e|es|ed|ing)|predict(?:s|ed|ing)?|guess(?:es|ed|ing)?|"
    r"assum(?:e|es|ed|ing)|suspect(?:s|ed|ing)?|demand(?:s|ed|ing)?)\b",
    stems=("fans", "viewers", "audience", "critics", "readers", "fandom", "many", "some",
           "everyone"))
#: A counterfactual right before the trigger: "would have premiered", "should have been
#: renewed", "could have been cancelled".
UNREAL_PAST_RE = Caseless(
    r"(?i)\b(?:would|could|should|might)(?:\s+not|n['’]t)?\s+have\s+(?:been\s+)?(?:\w+ly\s+)?$",
    stems=(" have",))
#: "If X returns for a third season, ...": the trigger in a condition whose subject is the show
#: (not "if you include the already greenlit X", not "if all goes to plan" after the trigger).
#: An inverted condition or a question opening the sentence, with the trigger in its first
#: clause (round 19): "Should X be renewed, ...", "Were X to return for a third season, ...",
#: "Had Kestrel renewed X, ...", "Should Kestrel renew X?" — a renewal supposed or asked
#: about, not made.
INVERTED_CONDITION_RE = Caseless(
    r"(?i)\W{0,3}(?:should|were|had)\s+(?!you\b|we\b|i\b|they\b|there\b)[^,;:.!?]{1,80}$",
    stems=("should", "were", "had"))
IF_CONDITION_RE = Caseless(
    r"(?i)\bif\s+(?!you\b|we\b|i\b|they\b|all\b|not\b|so\b)(?![^,;:]*\balready\b)[^,;:]{0,80}$",
    stems=("if ",))
#: Where a governing frame stops: a clause break before the trigger.
FRAME_CUT_RE = re.compile(r"(?i)[,;:()\u2014\u2013]|\b(?:and|but|so|while|whereas|after|"
                          r"before|when|since|because|as|though|although|now)\b")
#: A possessive right after a name ("Part 2 of X's finale": the part is the finale's).
_POSSESSIVE_AFTER_RE = re.compile(rf"[\"”’']?{POSSESSIVE}(?!\w)")
#: The rule the reading below applies (noted where ``season.stated`` takes its season).
SEASON_NOUN_AT_NAME = "season.noun_after_name"


def season_noun_after(text: str, end: int) -> bool:
    """A season noun and its number right after a name ending at ``end`` ("X Book Two",
    "X: Collection 4"): the name is a show's, its words end before the noun, and the noun names
    no other work ("Copper Vale Book 2" is no book; round 39, ``title.span.season_noun``)."""
    return SEASON_NOUN_AFTER_NAME_RE.match(text[end:end + 30]) is not None


def season_noun_at(text: str, start: int, end: int) -> tuple[int, ...]:
    """A streamer's, a UK box set's or a reality show's season noun right after the name at
    ``start:end`` ("X Part 5", "X: Volume 3", "X Chapter 3") or before it, "of" between
    ("Part 5 of X"): the season it numbers, as "season 5" would (``season.noun_after_name``,
    round 38); none in a sentence telling a season in parts ("season 3, part 2")."""
    if "art" not in text and "ol" not in text and "ook" not in text and "hapter" not in text \
            and "ollection" not in text and "ycle" not in text:
        return ()
    noun = SEASON_NOUN_AFTER_NAME_RE.match(text[end:end + 30]) or (
        None if _POSSESSIVE_AFTER_RE.match(text, end) else
        SEASON_NOUN_BEFORE_NAME_RE.search(text[max(0, start - 30):start]))
    if noun is None or SEASON_SPLIT_RE.search(text):
        return ()
    word = noun.group("n")
    number = int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())
    return (number,) if number is not None and 0 < number < 40 else ()

#: A premiere-date noun and what stands between it and the date it gives: "a release date of
#: June 12", "release date announced: June 12", "premiere date revealed as June 12". Announcing
#: a day is past; the day announced lies ahead (round 12, ``date.announced_day_is_ahead``).
DATE_NOUN_GIVES_RE = Caseless(
    r"(?i)\b(?:premiere|release|air|return|launch|debut|streaming)\s{1,2}date\s{0,2}"
    r"(?:(?:is|was|has\s{1,2}been|have\s{1,2}been)\s{1,2})?(?:(?:officially|finally|now)"
    r"\s{1,2})?(?:(?:announced|revealed|confirmed|unveiled|set|locked\s{1,2}in)\s{0,2})?"
    r"(?::|[,—–]|of|as|for)\s{0,2}(?:(?:on|is)\s{1,2})?$",
    stems=("date",))
#: The auxiliaries between a subject and its verb, at the end of a span: "Jenna Hart is ".
PERSON_AUX_END_RE = re.compile(r"(?i)(?:\s+(?:is|are|was|were|has|have|had|will|would|also|"
                               r"now|officially|reportedly))*\s*$")
#: A name in an aside before the verb, not its subject: "comedy Back starring Jo Penn and
#: Tom Rudd will be returning".
NAME_IN_ASIDE_RE = re.compile(r"(?i)\b(?:starring|featuring|with|and|by|from|alongside|"
                              r"opposite|created|written|directed|hosted)\s+"
                              r"(?:[\w.'’-]+\s+){1,2}[\w.'’-]+\s*$")
#: Promotional material released before a season, right at a premiere trigger: its release,
#: not the season's ("a sneak peek premiered", "first-look images were released", "the poster").
PROMO_RE = Caseless(
    r"(?i)\b(?:sneak peeks?|first[- ]looks?|featurettes?|promos?|posters?|key art|clips?|"
    r"footage|stills|(?:first|new) (?:images|photos|pictures)|behind-the-scenes)\b",
    stems=("peek", "look", "featurette", "promo", "poster", "key art", "clip", "footage",
           "stills", "images", "photos", "pictures", "behind"))
#: Right after a premiere trigger, a festival or fan event: a screening, not the airing.
FESTIVAL_AFTER_RE = Caseless(
    r"(?i)^\s+(?:\w+\s+){0,2}?(?:at|during)\s+(?:the\s+)?(?:[\w'’&.-]+\s+){0,4}?(?:festival|"
    r"fest|comic-con|sxsw|tribeca|sundance|tiff|panel|fan event|convention|screening|upfronts?)"
    r"\b", stems=("festival", "fest", "comic-con", "sxsw", "tribeca", "sundance", "tiff", "panel",
                  "fan event", "convention", "screening", "upfront"))
#: Business between companies or people, which is renewed or called off without any show
#: ending or coming back: "cancelled its bid", "the merger with X was scrapped", "renewed its
#: partnership with X". Not "order" ("cancelled its series order for X" ends X), "plans"
#: ("scrapped plans for a second season") or "commitment" ("renewed its commitment to X with a
#: second season"): those speak of a show.
DEALING_NOUNS = (
    "deal", "deals", "merger", "mergers", "partnership", "partnerships", "contract",
    "contracts", "agreement", "agreements", "pact", "talks", "negotiations", "lawsuit",
    "lawsuits", "bid", "bids", "offer", "offers", "sale", "acquisition", "takeover",
    "sponsorship", "sponsorships", "alliance", "joint venture", "venture", "licensing",
    "licence", "license", "lease", "subscription", "subscriptions", "membership", "tie-up",
)
_DEALING_ALT = "|".join(re.escape(n) for n in longest_first(DEALING_NOUNS))
#: Words that may stand between a determiner and a noun ("its two-year overall deal"), never
#: a preposition or a conjunction ("cancelled after the deal": the deal is no object).
NOUN_FILLER = (r"(?!(?:after|before|following|amid|despite|because|as|when|while|with|"
                   r"without|in|on|at|by|for|from|to|of|and|or|but|the|a|an|its|their)\b)"
                   r"[\w'’-]+\s{1,3}")
#: The auxiliaries that end a passive subject right before its decision's participle ("the
#: merger ... was", "Tonight's episode has been"): read by the dealing, airing and attached-thing
#: subjects (``rules._attached_thing_res``), each adding its own.
PASSIVE_AUX = (r"was|were|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been|is|are|got|gets|"
               r"been")
#: The auxiliaries of ``PASSIVE_BEFORE_TRIGGER``, as an alternation: ``DECIDER_SUBJECT_GAP_RE``
#: refuses them between a name and the decision it makes (round 26: it spelt them again).
PASSIVE_TRIGGER_AUX = r"been|was|were|is|are|be|being|get|gets|got"
#: Right before a trigger, the auxiliary of a passive or copular one ("has been renewed", "is
#: cancelled", "got axed"): the trigger takes its show before it, not after. Each reader keeps
#: its own anchor and case (round 25): ``facts._PASSIVE_BEFORE_RE`` reads it case-sensitive and
#: at ``$``, ``rules._PASSIVE_AUX_BEFORE_RE`` in any case ("Is Renewed" in a headline) at
#: ``\Z``; one would read the other's headlines and line ends otherwise.
PASSIVE_BEFORE_TRIGGER = rf"\b(?:{PASSIVE_TRIGGER_AUX})\s{{1,3}}"
#: Active verbs acting on a show, whose object is the show named right after them: deciding
#: ("renewed", "picks up"), scheduling ("premieres", "debuted") or making it ("films",
#: "wrapped"). ``rules._ACTIVE_ON_SHOW_RE`` reads these (``rules._subject_past_own_aside``:
#: "X (the studio) renewed Y"); ``facts._ACTIVE_DECISION_RE`` reads them with
#: ``MORE_ACTING_ON_SHOW_VERBS`` (round 25: they were two lists).
ACTING_ON_SHOW_VERBS = (
    r"renew(?:s|ed)?|cancel(?:s|led|ed)?|ax(?:es|ed)|axe|order(?:s|ed)?|pick(?:s|ed)? up|"
    r"scrap(?:s|ped)?|revive[sd]?|save[sd]?|premiere[sd]?|debut(?:s|ed)?|launch(?:es|ed)?|"
    r"bring(?:s|ing)? back|brought back|film(?:s|ed|ing)?|wrap(?:s|ped)?|end(?:s|ed)?")
#: More of them, read where a trigger's own verb is asked (``facts._active_decision_object``,
#: ``facts.decider_before_reference``) and not by the subject-past-aside reading, which was
#: measured without them: "greenlit", "commissions", "rescued", "recommissioned", "releases",
#: "moving forward with", "shoots", "shot", "goodbye to".
MORE_ACTING_ON_SHOW_VERBS = (
    r"green-?lit|green-?lights?|commission(?:s|ed)?|rescue[sd]?|recommission(?:s|ed)?|"
    r"releas(?:e|es|ed)|moving forward with|shoot(?:s|ing)?|shot|goodbye to|"
    # round 40: "pulled the plug on the show", "is bringing the show back" (its object inside)
    r"pull(?:s|ed|ing)? the plug on|(?:bring(?:s|ing)?|brought)(?=\s{1,3}(?:it|the\s{1,3}"
    r"[\w'’-]{1,20}(?:\s{1,3}[\w'’-]{1,20}){0,2}?)\s{1,3}back\b)")
#: Between an active verb that acts on a show and its object: lower-case words only, no
#: comma ("renewed the hit drama X", "a second season of the drama", "production on the third
#: season of"); ``facts._active_decision_object`` and ``rules._subject_past_own_aside``.
DECISION_OBJECT_GAP_RE = re.compile(r"\s{1,3}(?:[a-z][\w’'-]*\s{1,3}){0,8}?[\"“‘']?")
#: After a decision verb: a dealing as its object ("cancelled its bid for the network",
#: "renewed their first-look deal with X").
DEALING_OBJECT_RE = Caseless(
    rf"(?i)^\s{{1,3}}(?:(?:the|its|their|his|her|a|an|this|that|all)\s{{1,3}})?"
    rf"(?:{NOUN_FILLER}){{0,2}}?(?:{_DEALING_ALT})\b"
    rf"(?!['’]s|\s{{1,3}}(?:{common_show_nouns(4)}|pilot|season)\b)")
#: Before a decision verb: a dealing as its passive subject ("the merger with X was
#: cancelled", "Talks with X were called off", "a deal for X has been scrapped"), with no
#: comma between (", whose deal with the network ended, was cancelled" is the show's).
DEALING_SUBJECT_RE = Caseless(
    rf"(?i)(?:^|\b(?:the|its|their|his|her|a|an|this|that|all)\s{{1,3}})"
    rf"(?:{NOUN_FILLER}){{0,2}}?(?:{_DEALING_ALT})\s{{1,3}}(?:(?:with|between|against|"
    r"for|from|of|over|involving|to|behind)\s{1,3}[^.;:!?,]{1,60}?\s{1,3})?"
    rf"(?:(?:{PASSIVE_AUX}|is\s{{1,3}}being|are\s{{1,3}}being)\s{{1,3}}(?:[a-z]+\s{{1,3}})?)?$")
#: The time of one broadcast, as a possessive: "tonight's", "Thursday's", "this week's",
#: "Friday night's", "next week's".
_AIRING_TIME = (r"(?:tonight|today|tomorrow|this\s{1,3}(?:evening|morning|afternoon|week|"
                r"weekend)|next\s{1,3}week|last\s{1,3}night|(?:mon|tues|wednes|thurs|fri|"
                r"satur|sun)day(?:\s{1,3}(?:night|evening|morning|afternoon))?)['’]s")
#: One broadcast by its slot, not as a possessive: "the Friday episode", "Monday night's
#: edition" is read above.
_AIRING_SLOT = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight)(?:\s{1,3}(?:night|"
                r"evening|morning|afternoon))?\s{1,3}(?:episodes?|editions?|broadcasts?|"
                r"instal+ments?|double[\s-]{1,3}bills?|showings?|airings?|omnibus)")
#: After a cancellation verb: one broadcast as its object, not the show ("cancelled tonight's
#: episode of X", "axed Thursday's 'X'", "has axed this week's episodes"), or the broadcast's
#: time right after the verb ("X has been cancelled tonight", "cancelled for this evening").
AIRING_OBJECT_RE = Caseless(
    rf"(?i)^\s{{1,3}}(?:(?:the|its|their|all|both)\s{{1,3}})?(?:{_AIRING_TIME}|{_AIRING_SLOT})"
    r"|^\s{1,3}(?:for\s{1,3})?(?:tonight|this\s{1,3}evening)\b",
    stems=("'s", "’s", "tonight", "evening", "day"))
#: Before a cancellation verb: one broadcast as its subject ("Tonight's episode of X has been
#: cancelled", "Tuesday's double bill of X was cancelled too", "The soap's Friday episode was
#: also cancelled"), never a day's news ("Thursday's report that X was cancelled").
AIRING_SUBJECT_RE = Caseless(
    rf"(?i)(?:(?:^|[\s\"“‘(]){_AIRING_TIME}\s{{1,3}}(?:[\w-]+\s{{1,3}}){{0,2}}?"
    r"(?:episodes?|editions?|broadcasts?|instal+ments?|double[\s-]{1,3}bills?|showings?|"
    rf"airings?|omnibus)|\b{_AIRING_SLOT})\s{{1,3}}(?:of\s{{1,3}}[^,;.]{{1,50}}?\s{{1,3}})?"
    rf"(?:(?:also|too|now)\s{{1,3}})?(?:{PASSIVE_AUX})\s{{1,3}}(?:[a-z]+\s{{1,3}})?$",
    stems=("'s", "’s", "day", "tonight"))
#: The same with the show's name right after the possessive ("Tonight's Harbour Street has
#: been cancelled", "Thursday's 'Copper Valley' was cancelled"): capitalised words only.
AIRING_TITLE_SUBJECT_RE = re.compile(
    rf"(?:^|[\s\"“‘(])(?i:{_AIRING_TIME})\s{{1,3}}[\"“‘]?[A-Z0-9][^\s,;.]*"
    r"(?:\s{1,3}[\"“”‘’]?[A-Z0-9&][^\s,;.]*){0,5}[\"”’]?\s{1,3}(?:(?:also|too|now)\s{1,3})?"
    rf"(?:{PASSIVE_AUX})\s{{1,3}}(?:[a-z]+\s{{1,3}})?$")
#: Right before a cancellation participle that describes a show inside a noun phrase: a
#: determiner or a possessive, with an adverb of time at most ("the now-cancelled X", "her
#: recently axed series X", "Netflix's cancelled X"); not "that" ("the network that cancelled
#: X": a relative clause, the verb's own).
CANCELLED_AS_DESCRIPTION_BEFORE_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his)|['’]s)\s{1,3}"
    r"(?:(?:now|recently|since|newly|prematurely|already|abruptly|quickly|short-lived|"
    r"long-since|ill-fated)(?:\s{1,3}|-|,\s{1,3}))*$")
#: Right after it: the show's name, with at most a network and a kind of show between ("the
#: cancelled HBO drama X", "the axed legal drama 'X'"); not a plural or a verb ("the cancelled
#: shows include X": a list of the news).
CANCELLED_AS_DESCRIPTION_AFTER_RE = re.compile(
    r"\s{1,3}(?:[A-Z][\w+&'’.-]*\s{1,3}){0,2}?"
    rf"(?:(?:[a-z][\w-]*\s{{1,3}}){{0,2}}?(?:{SHOW_NOUN_ALT})\s{{1,3}})?[\"“‘]?[A-Z0-9]")
#: Work on a season that is not its shoot, at a shoot trigger: the writers' room, a table
#: read, rehearsals, casting.
NOT_THE_SHOOT_RE = Caseless(
    r"(?i)\bwriters['’]? ?rooms?\b|\btable[- ]reads?\b|\brehears\w+|\bcasting\b|"
    r"\bauditions?\b|\blocation scout\w*",
    stems=("room", "read", "rehears", "casting", "audition", "scout"))
#: A shoot taken up again at a start trigger: "resumed filming", "production restarted",
#: "the cast is back on set", "filming is back underway", "filming again".
RESTART_RE = Caseless(r"(?i)\b(?:resum\w*|restart\w*|re-start\w*|back|again)\b",
                      stems=("resum", "start", "back", "again"))
#: Of those, the shoot's own restart ("production resumed", "filming restarted"), not people
#: going back to work in general ("the cast is back on set"): after a halt it says the season's
#: shoot had begun.
RESUMED_RE = Caseless(r"(?i)\b(?:resum\w*|restart\w*|re-start\w*|"
                      # round 34: "headed back into production", "went back into production"
                      r"back (?:into|in) production)\b",
                      stems=("resum", "start", "back in"))
#: A halt of work on a show: a strike, a pandemic shutdown, a shoot paused or interrupted
#: (not a hiatus between seasons, nor a start that was delayed or postponed).
HALT_RE = Caseless(
    r"(?i)\b(?:strikes?|strikers|pandemic|coronavirus|covid(?:-19)?|lockdowns?|shut ?downs?|"
    r"shut down|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|suspen(?:d|ds|ded|ding|sion)|"
    r"interrupt(?:ed|ion|ions)?|stoppages?|stopp(?:ed|ing))\b",
    stems=("strike", "pandemic", "coronavirus", "covid", "lockdown", "shut", "halt", "paus",
           "suspen", "interrupt", "stop"))
#: The end of a span right before a date: "renewed through 2026".
HORIZON_BEFORE_RE = re.compile(r"(?i)\b(?:through|thru|until|till|into)\s+$")
#: A decision word in the plural ("the cancellations", "renewals and cancellations"): news in
#: general, unless it hands its decisions to shows right after ("renewals to", "including").
PLURAL_DECISION_RE = re.compile(r"(?i)(?:renewal|cancell?ation|pick-?up)s$")
DECISIONS_HANDED_RE = re.compile(
    r"(?i)^,?\s*(?:to|for|including|include|of(?!\s+(?:other|several|many|some|\d{1,2}|two|"
    r"three|four|five|six)\b)|went\s+to|go\s+to|"
    # (not a headline's "renewals and cancellations: where every show stands", round 40)
    r":(?!\s{1,3}(?:where|what|which|who|how|when|why|here)\b)|—|–|-)(?:\s|$)")
#: A plural decision noun a show is counted among, right before it: "X is among Kestrel's
#: cancellations", "X and Y were the latest cancellations at", "X joins the list of Kestrel
#: cancellations", "It was one of five series cancellations": the decision is the show's, not
#: news in general (round 24, r24kinds).
COUNTED_AMONG_DECISIONS_RE = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|joins?|joined|joining|becomes?|became|remains?|"
    r"remained)\s+(?:(?:one|two|three|four|five|six|several|some|each|both)\s+of\s+|among\s+|"
    r"part\s+of\s+|the\s+(?:latest|newest|last|first|only|biggest|most\s+recent|earliest)"
    r"(?:\s+(?:of|in|among))?\s+|(?:the\s+|a\s+)?(?:latest|newest)\s+(?:(?:of|in)\s+)?"
    r"|(?:the\s+|a\s+)?(?:(?:long|growing)\s+)?(?:list|string|wave|slate|spate|raft|batch|"
    r"round|flurry)\s+of\s+)"
    r"{1,2}(?:(?:the|a|an|its|their|this|last|next|these|those|(?-i:[A-Z])[\w&+!.-]*(?:['’]s?)?|"
    r"\w+['’]s?|recent|latest|newest|early|surprise|surprising|shocking|final|series|show|tv|"
    r"television|network|drama|comedy|season|streaming|broadcast|fall|spring|summer|winter|"
    r"upfront|mid-?season|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|"
    r"\d{1,4}(?:[-–]\d{2,4})?)\s+){0,5}$")
#: Shows in general as the subject of a status, in a relative clause right before it: "the
#: shows that will not return", "the dramas which were cancelled" (never "series", which may
#: be one show). Its words may carry quotes, brackets and dots (round 21: a listicle's
#: headline, "Dramas That Seem 'Doomed' (or Cancelled)").
PLURAL_SHOWS_SUBJECT_RE = re.compile(
    rf"(?i)\b(?:{kind_alt(PLURAL_SUBJECT_KINDS)}|titles|programs|originals)\s"
    r"(?:(?:that|which)\s)(?:[\w'’\"“”‘(.…-]+\s){0,3}$")
#: A reader's question in a Q&A column.
QUESTION_START_RE = re.compile(r"^(?:Q|Question)\s*[:.]\s")
#: Words of other media: an article full of them and with no TV words is not about TV.
OTHER_MEDIUM_RE = Caseless(
    r"(?i)\b(?:movies?|films?|podcasts?|video ?games?|xbox|playstation|consoles?|broadway|"
    r"musicals?|albums?|nfl|football)\b")
#: Another medium as the subject right before a trigger ("the official companion podcast
#: premieres", "the aftershow returns", "the tie-in novel has been renewed"): used on the 60
#: characters before the trigger, inside its clause.
MEDIUM_SUBJECT_RE = Caseless(
    r"(?i)\b(?:the|its|their|a|an|this|that|her|his|[\w.-]{1,25}['’]s)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?(?:podcasts?|"
    r"after-?shows?|soundtracks?|albums?|novels?|books?|comics?|(?:video\s)?games?|musicals?|"
    r"tours?|documentar(?:y|ies)|movies?|films?|memoirs?|audiobooks?|web\s?series|"
    r"mini-?games?|songs?|youtube\s{1,3}channels?|(?:programming\s{1,3})?blocks?|apps?|"
    r"newsletters?)"
    # round 21: the work's quoted name between ("the podcast “Lanterns Out” premieres")
    r"(?:,?\s{1,3}[\"“‘][^\"“”‘’]{1,60}[\"”’],?)?"
    r"\s{1,3}(?:(?:is|are|was|were|has|have|had|will|also|officially|finally|now|"
    r"been|be|set\s{1,3}to|to)\s{1,3}){0,3}$",
    stems=("podcast", "show", "soundtrack", "album", "novel", "book", "comic", "game",
           "musical", "tour", "documentar", "movie", "film", "memoir", "web", "song", "channel",
           "block", "app", "newsletter"))
#: The auxiliaries and adverbs between a subject and its trigger ("was", "has been", "will
#: also"): a subject pattern ends on them.
_SUBJECT_TAIL = (r"\s{1,3}(?:(?:is|are|was|were|has|have|had|will|would|also|officially|"
                 r"finally|now|been|be|set\s{1,3}to|to|reportedly|already|just|recently)"
                 r"\s{1,3}){0,3}$")
#: A show told apart from the one the article is about, as the subject right before a trigger:
#: "another NBC drama", "the actor's other series", "Fox's rival comedy", "her previous show",
#: "the show's spinoff", "a prequel", "the companion series", "the British version", "the
#: Korean original", "its predecessor". Used on the 60 characters before the
#: trigger, inside its clause, of a sentence whose event no name of it owns. "Another series"
#: and "the previous series" are left out: in British usage they are the show's own seasons.
_OTHER_SHOW_SUBJECT = (
    r"(?i)\b(?:another\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?"
    rf"(?:{SHOW_NOUN_ALT_NO_SERIES})"
    r"|(?:the|its|their|her|his|a|an|[\w.-]{1,25}['’]s)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?"
    r"(?:rival|competing|companion)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?"
    rf"(?:{SHOW_NOUN_ALT})"
    # "the other drama", "NBC's other drama" may be the article's own show beside one just
    # named: only a person's other show is surely another
    r"|(?:her|his|(?:the\s{1,3})?(?:actor|actress|star|creator|showrunner|writer|director|"
    r"producer|host|comedian)['’]s)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?"
    r"(?:other|sister)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?"
    rf"(?:{SHOW_NOUN_ALT})"
    # a version of the show made elsewhere, or the show before or after it in its slot
    r"|(?:the|its|their|[\w.-]{1,25}['’]s)\s{1,3}(?:predecessor|successor)"
    r"|(?:the|its|their)\s{1,3}(?:original\s{1,3}version|(?:british|american|u\.?s\.?|uk|"
    r"korean|japanese|spanish|french|german|israeli|danish|swedish|norwegian|australian|"
    r"canadian|italian|mexican|turkish|indian|chinese|dutch|belgian|foreign)\s{1,3}"
    r"(?:version|original))"
    r"|(?:her|his)\s{1,3}(?:previous|former|earlier|last)\s{1,3}"
    r"(?:[\w'’-]{1,20}\s{1,3}){0,2}?"
    rf"(?:{SHOW_NOUN_ALT})"
    rf"|(?:a|an|its|the\s{{1,3}}(?:{common_show_nouns(4)})['’]s?)\s{{1,3}}"
    r"(?:[\w'’-]{1,20}\s{1,3}){0,2}?"
    r"(?:spinoff|spin-off|prequel|sequel))s?")
_OTHER_SHOW_STEMS = ("another", "other", "rival", "competing", "sister", "companion", "her",
                     "his", "spin", "quel", "version", "cessor", "original")
OTHER_SHOW_SUBJECT_RE = Caseless(_OTHER_SHOW_SUBJECT + _SUBJECT_TAIL, stems=_OTHER_SHOW_STEMS)
#: The same told apart show set off by an apposition before the trigger: "her other show, a
#: comedy on Hulu, was cancelled" (used on the sentence, not the clause the commas cut).
OTHER_SHOW_APPOSED_SUBJECT_RE = Caseless(
    _OTHER_SHOW_SUBJECT + r"\s{0,3},\s{1,3}(?:a|an|the|[\w.-]{1,25}['’]s)\s[^,.;:!?()\"“”]{1,60},"
    + _SUBJECT_TAIL, stems=_OTHER_SHOW_STEMS)
#: The same told apart show as a decision's object, right after the trigger: "cancelled
#: another NBC drama", "renewed its rival comedy".
OTHER_SHOW_OBJECT_RE = Caseless(
    r"(?i)^\s{1,3}(?:another\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?"
    rf"(?:{SHOW_NOUN_ALT_NO_SERIES})"
    r"|(?:its|their|her|his|[\w.-]{1,25}['’]s)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?"
    r"(?:rival|competing)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?"
    rf"(?:{SHOW_NOUN_ALT}))\b",
    stems=("another", "rival", "competing"))
TV_WORD_RE = Caseless(
    rf"(?i)\b(?:tv|television|{kind_alt(TV_WORD_KINDS)}|networks?|"
    r"stream(?:ing|er|s)?|showrunners?|netflix|hbo|hulu|abc|nbc|cbs|fox|amc|bbc|itv|channel)\b")
#: "at the Babylon premiere": a premiere event someone attended (a film's, a party's).
PREMIERE_EVENT_RE = re.compile(
    r"(?i)\b(?:at|attended|attending|attend|walked|hit) (?:the|a|its|their) "
    r"(?:[^\s,.;]+ ){0,4}$")
#: An event named by the premiere it celebrates: "the season 2 premiere party", "a premiere
#: screening" (read right after a noun "premiere").
PREMIERE_EVENT_AFTER_RE = re.compile(
    r"(?i)\s{1,2}(?:party|parties|after-?party|gala|screening|event|red\s{1,2}carpet|night)\b")
NOUN_PREMIERE_RE = re.compile(r"(?i)premieres?$")
#: A rerun or a marathon airs old episodes: no season premieres.
RERUN_RE = Caseless(r"(?i)\b(?:marathon|catch-up|reruns?|repeats|encores?|syndication)\b",
                    stems=("marathon", "catch-up", "rerun", "repeats", "encore", "syndication"))
#: Words of an announcement ("confirmed", "said", "revealed"); eventdates'
#: ``ANNOUNCED_BEFORE_RE`` adds the looser ones that only stand before an announcement's day.
ANNOUNCE_WORDS = r"confirm\w*|announc\w*|said|says|revealed|reveals|unveiled"
#: Words of an announcement: the sentence reports news someone made.
ANNOUNCE_RE = Caseless(rf"(?i)\b(?:{ANNOUNCE_WORDS})\b",
                       stems=("confirm", "announc", "said", "says", "reveal", "unveil"))
#: The documents and appearances an announcement comes in ("in a June 3 press release", "in a
#: statement on Monday", "during its March 2 earnings call"): a date beside one is the
#: announcement's, not that of the event it announces (round 39, ``date.announcing_document``).
ANNOUNCING_DOCUMENTS = frozenset({
    "press release", "news release", "statement", "announcement", "interview", "memo",
    "earnings call", "press conference", "tweet", "blog post", "upfront presentation"})
_ANNOUNCING_DOCUMENT_ALT = "|".join(
    word.replace(" ", r"\s{1,3}")
    for word in sorted(ANNOUNCING_DOCUMENTS, key=lambda w: (-len(w), w)))
#: Right after a date: the announcing document it dates ("a June 3 press release", "Monday's
#: statement").
DOCUMENT_AFTER_DATE_RE = re.compile(
    rf"(?i)(?:{POSSESSIVE})?\s{{1,3}}(?:(?:joint|official|brief|written)\s{{1,3}})?"
    rf"(?:{_ANNOUNCING_DOCUMENT_ALT})s?\b")
#: Right before a date: the announcing document it dates ("in a statement on Monday", "a
#: press release dated June 3").
DOCUMENT_BEFORE_DATE_RE = re.compile(
    rf"(?i)\b(?:{_ANNOUNCING_DOCUMENT_ALT})s?\s{{1,3}}(?:(?:issued|released|published|posted|"
    rf"given|sent|made)\s{{1,3}})?(?:on|dated|from)\s{{1,3}}$")
#: How long a show ran: "lasted for three seasons", "after a four-season run".
RAN_SEASONS_RE = Caseless(
    r"(?i)\b(?:lasted|ran|running)\s+(?:for\s+)?(?P<n>\d{1,2}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\s+seasons?\b|\b(?P<n2>\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)[- ]seasons?\s+run\b",
    stems=("season",))
#: The words right before a season phrase that make it the object of a verb: ", for a".
FOR_SEASON_GAP_RE = re.compile(r"(?i)\bfor\s+(?:a|an|its|the|their)\s+$")
#: A sentence that says which season ends a show: "Season 4 will be the last", "concludes
#: with its upcoming fourth season", "a five-season arc" (the "Nth and final season" phrase is
#: a season phrase of its own).
FINAL_DECLARED_RE = Caseless(
    r"(?i)\b(?:will be|is|was|would be) (?:the|its) (?:show's |series' |series's )?(?:last|final)\b"
    r"|\bconclude[sd]? with\b|\bends? with (?:its|the|a) (?:upcoming )?\w+ (?:and final )?"
    r"(?:season|series)\b",
    stems=("last", "final", "conclude", "end"))
SEASON_ARC_RE = Caseless(
    r"(?i)\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[- ]season arc\b",
    stems=("arc",))
#: "the final season", "the final 10 episodes": the season that ends the show.
FINAL_GENERIC_RE = Caseless(r"(?i)\bfinal (?:\w+ )?(?:season|series|instal?lment|episodes|run)\b",
                            stems=("final",))
#: Premiere words that mean a first airing ("debuted", "launched").
DEBUT_WORD_RE = re.compile(r"(?i)(?:debut|launch)(?:ed|ing)\b")
#: A season named by its place after the others: "another season", "the next series",
#: "another instalment", "the upcoming season" (which the rules number only after a season
#: the article tells as aired; "the new season" is the one the article is about).
NEXT_SEASON_RE = Caseless(
    r"(?i)\b(?:another|next|additional|further|follow-up|upcoming|forthcoming)\s+(?:[\w-]+\s+)?"
    r"(?:season|series|instal?lment|chapter)\b",
    stems=("season", "series", "instal", "chapter"))
#: Words before a trigger (or in it) that put its event in the future: "will", "set to".
FUTURE_MARK_RE = Caseless(
    r"(?i)\b(?:will|shall|going to|set to|scheduled to|slated to|expected to|plans? to|"
    r"planning to|is to|are to|about to|due to (?=premiere|debut|return|begin|start|air|film|"
    r"shoot|wrap|arrive|launch|drop|bow|hit)|to (?:premiere|debut|return|begin|start|film|shoot|"
    r"air|arrive|launch|drop|hit|stream|wrap|bow)|ahead of (?:its|the|their|a))\b|['’]ll\b",
    # every branch spells "ll" ("will", "shall", "'ll"), "to" or "ahead of": a sentence
    # holding none (nearly half of them) is refused before the pattern (round 27)
    stems=("ll", "to", "ahead of"))
#: A trigger that sets the day of an event to come ("Netflix dated X for June 14", "sets a
#: June 14 return date"): past in form, its date lies ahead.
DATE_SETTING_RE = Caseless(
    r"(?i)(?:(?:is|are|was|were|has been|have been) (?:\w+ )?)?(?:dat(?:es|ed)|sets?|"
    rf"scheduled|slated|slotted|pencil+ed in|due|{MOVE_VERB_FORMS}|locked in"
    # round 36: the British "brought forward to", "put back to"
    rf"|(?:{MOVE_WITH_DIRECTION}) (?:back|forward))\b",
    stems=("dat", "set", "schedul", "slated", "slott", "pencil", "due", "push", "delayed",
           "move", "bumped", "postponed", "shifted", "locked in", "back", "forward"))
#: A plan told in the past ("... that X would premiere in June"): its yearless date is the
#: nearest one, on either side of the article.
FUTURE_IN_PAST_RE = Caseless(r"(?i)\b(?:would|was to|were to|was going to|were going to)"
                             r"\s+(?:\w+\s+)?$", stems=("would", "was to", "were to", "going to"))
#: A modal right before the trigger's verb ("could premiere", "might return", "should start
#: filming", "may well debut"): the event lies ahead, so a yearless date is the coming one
#: (round 17: "could premiere in March" written in August was read as the March past). Not
#: "would" (a plan told in the past, ``FUTURE_IN_PAST_RE``) nor "could have" (a past
#: conjecture); "may" only in lower case (the month).
MODAL_AHEAD_RE = re.compile(
    r"(?:\b(?i:could|might|should)|\bmay)\s+(?!(?i:have)\b)"
    r"(?:(?i:well|likely|possibly|potentially|probably|still|also|even|easily|finally|yet|"
    r"soon|then|only|now)\s+){0,2}$")
#: Two dates offered, the second marked as the likelier: "in the summer or, more likely, the
#: fall", "late 2031 or, more probably, early 2032", "in March or April, with April more
#: likely", "in the winter or the spring; we think the latter" (round 17). Read on the text
#: after the first date (``ALTERNATIVE_OPEN_RE``: the second may have no preposition of its
#: own, "or the spring") and on the text after the second (``PREFERRED_AFTER_RE``).
_LIKELIER = r"(?:more|most)\s+(?:likely|probably)|likelier|probably|more\s+plausibly"
ALTERNATIVE_OPEN_RE = re.compile(
    rf"(?i)^\W{{0,3}}\s*or\s*(?P<pref>,?\s*(?:{_LIKELIER})\s*,?)?\s*(?:(?:in|by)\s+)?")
PREFERRED_AFTER_RE = re.compile(
    rf"(?i)^\W{{0,3}}\s*(?:(?:{_LIKELIER})\b|(?:with|and)\s+(?:the\s+)?(?:\w+\s+){{1,3}}?(?:being\s+|looking\s+|"
    rf"seeming\s+)?(?:{_LIKELIER})\b|(?:\w+\s+){{0,5}}?the\s+latter\b|"
    rf"(?:is|seems|looks)\s+(?:{_LIKELIER})\b)")

#: A trigger in the past tense ("premiered", "began", "has wrapped").
PAST_MARK_RE = Caseless(
    r"(?i)\b(?:\w+ed|began|begun|shot|went|came|took|got|kicked off)\b|\b(?:has|have|had)\s+"
    r"(?:\w+\s+){0,2}?(?:\w+ed|begun|been|done|gone|shot|wrapped)\b|\b(?:was|were)\s+\w+ed\b")
#: A trigger in the present that news uses for what is scheduled ("premieres June 5").
SCHEDULED_PRESENT_RE = Caseless(
    r"(?i)\b(?:premieres|returns|debuts|arrives|launches|airs|begins|starts|drops|lands|"
    r"kicks off|bows|hits|comes back|rolls out|wraps|is back|are back|"
    # round 36 (r36dates2): "comes to Kestrel on Christmas Day" (the schedule's present)
    r"comes to|"
    # round 19: the arrivals of ``trigger.arrival_any_time``
    r"goes live|is out|are out|streams|telecasts|comes out|goes on air|heads to|"
    # the progressive of a return is as scheduled (round 11): "is returning in the summer",
    # "are coming back in the fall", "X (returning in summer for a second season)"
    r"returning|coming back)\b")
#: The progressive of an arrival or a start right after the season or shoot it tells of, as
#: scheduled: "a second season, arriving in March", "a two-month shoot starting in May" (a
#: show's own "had a strong start, launching two episodes on June 4" tells of the past).
SEASON_ARRIVING_RE = re.compile(
    r"(?i)\b(?:season|series|instal?lment|chapter|shoot|production|filming)\s*,?\s*"
    r"(?=(?:arriving|premiering|debuting|launching|landing|starting|beginning)\b)")
#: Right before a trigger noun, a date set for it: "is set for a March 5 premiere", "slated
#: for an April debut" (the event lies ahead, whatever the sentence's other verbs).
SET_FOR_BEFORE_RE = Caseless(
    r"(?i)\b(?:set|slated|scheduled|due|pencil+ed in|planned|targeted|eyed)\s+for\s+"
    r"(?:a|an|its|the|their)\s+[^,;.()]{0,30}$", stems=("for",))
#: A date's own words that place it: "back in April" (past), "next April" (future).
PAST_DATE_MARK_RE = Caseless(
    r"(?i)\b(?:(?<!\bbe )(?<!\bis )(?<!\bare )back|earlier|this past|since)\s+(?:in\s+)?$")
FUTURE_DATE_MARK_RE = Caseless(r"(?i)\b(?:next|upcoming|coming|from)\s+$")
#: A shoot's span verb ("filming ran", "took place"): a fact only with the dates it spans.
SHOOT_SPAN_RE = re.compile(r"(?i)\b(?:ran|runs|run|took place|takes place|lasted|stretched|"
                           r"spanned)$")
#: "Earlier today, Hulu announced ...": a date that opens the sentence right before a
#: reporting verb is the day of the announcement.
REPORTED_AFTER_RE = Caseless(
    r"(?i)^,?\s+(?:[\w’'.+-]+\s+){0,3}?(?:announced|revealed|confirmed|unveiled|said|told|"
    r"shared|teased|reported)\b",
    stems=("announced", "revealed", "confirmed", "unveiled", "said", "told", "shared", "teased",
           "reported"))
#: Before or opening a trigger in a reported clause, a plan told in the past (round 25):
#: "(Kestrel said X) would | was set to | were going to (return)" — ahead of the saying, not
#: of today.
REPORTED_AHEAD_BEFORE_RE = Caseless(
    r"(?i)(?:\bwould|['’]d|\b(?:was|were)\s+(?:set|going|due|expected|slated|scheduled|poised|"
    r"about)\s+to)\s", stems=("would", "'d", "’d", " to"))
#: In the clause before a renewal trigger, words that tell it hoped, expected, sought or
#: rumoured, not given (round 25): "after fans had petitioned for a renewal", "even though the
#: cast expected a renewal", "which fans had hoped would be renewed", "ratings that seemed to
#: guarantee a renewal", "despite earlier reports of a renewal".
RENEWAL_NOT_GIVEN_BEFORE_RE = Caseless(
    r"(?i)\b(?:would|could|might|should|hop(?:e|es|ed|ing)|expect(?:s|ed|ing|ations?)?|"
    r"anticipat\w*|petition\w*|campaign\w*|push\w*|call(?:s|ed|ing)? for|lobb\w*|bid|"
    r"fight\w*|fought|seem(?:s|ed|ing)?|appear(?:s|ed)? to|look(?:s|ed)? (?:set|likely)|likely|"
    r"reports?|rumou?r\w*|talks?|chances?|prospects?|odds|speculat\w*|in line for|on track for|"
    r"deserv\w*|pitch\w*|sought|seek\w*|wanted|wish\w*)\b",
    stems=("would", "could", "might", "should", "hop", "expect", "anticipat", "petition",
           "campaign", "push", "call", "lobb", "bid", "fight", "fought", "seem", "appear",
           "look", "likely", "report", "rumo", "talk", "chance", "prospect", "odds", "speculat",
           "in line", "on track", "deserv", "pitch", "sought", "seek", "wanted", "wish"))
#: In that clause, words that tell a renewal given after all, reported (round 25, m25drops):
#: "would" after a reporting verb and its subject ("Tovrel said it would renew", "announced
#: that they would renew") and reports confirmed ("Tovrel confirmed reports that it renewed").
RENEWAL_REPORTED_GIVEN_RE = re.compile(
    r"(?i)\b(?:said|says|announced|announces|confirmed|confirms|stated|states|added|adds|"
    r"revealed|reveals|told\s{1,3}\w+)\s{1,3}(?:that\s{1,3})?(?:it|they|he|she|we|the\s{1,3}\w+|"
    r"[A-Z][\w'’-]*)\s{1,3}(?:would|['’]d)\b"
    r"|\bconfirm(?:s|ed|ing)?\s{1,3}(?:the\s{1,3}|earlier\s{1,3})?(?:reports?|rumou?rs?)\b")
#: Right after a renewal noun, a modal that leaves it to come: "before a renewal could be
#: announced".
RENEWAL_NOT_GIVEN_AFTER_RE = re.compile(r"(?i)\s+(?:could|would|might|may)\b")
#: In the clause before a cancellation trigger, words that tell it feared, threatened, rumoured
#: or possible, not done (round 25, s25contrast; the mirror of ``RENEWAL_NOT_GIVEN_BEFORE_RE``):
#: "despite rumours it might be cancelled", "despite fears of a cancellation", "once at risk
#: of being cancelled".
CANCELLATION_NOT_GIVEN_BEFORE_RE = Caseless(
    r"(?i)\b(?:would|could|might|may|fear\w*|threat\w*|risk\w*|danger\w*|worr\w*|"
    r"rumou?r\w*|reports?|talk|speculat\w*|chatter|bubble|brink|verge|likely|expect\w*|"
    r"seem\w*|poised|destined)\b",
    stems=("would", "could", "might", "may", "fear", "threat", "risk", "danger", "worr", "rumo",
           "report", "talk", "speculat", "chatter", "bubble", "brink", "verge", "likely",
           "expect", "seem", "poised", "destined"))
#: Right after a cancellation noun, what leaves it feared or rumoured: "cancellation rumours",
#: "cancellation fears", "a cancellation could follow".
CANCELLATION_NOT_GIVEN_AFTER_RE = re.compile(
    r"(?i)\s+(?:rumou?rs?|fears?|talk|threats?|speculation|chatter|worries|could|would|might|"
    r"may)\b")
#: Right before a premiere or shoot trigger in a sentence that cancels the show, what makes
#: it an event the cancellation came before, or a plan it voided (round 25): "cancelled ...
#: (days) before | ahead of its (planned) premiere", "before it could premiere", "before its
#: third season could begin filming", ", which was due to start filming".
BEFORE_CANCELLED_EVENT_RE = Caseless(
    r"(?i)(?:\b(?:before|ahead\s+of)\s+(?:[^\s,;:.()]+\s+){0,5}?(?:(?:could|would|was|were|"
    r"had\s+been)\s+(?:(?:set|due|scheduled|slated|supposed|planned|expected|able)\s+to\s+)?"
    r"(?:\w+\s+)?)?"
    r"|\bwhich\s+(?:was|were|had\s+been)\s+(?:set|due|scheduled|slated|supposed|planned|"
    r"expected)\s+to\s+(?:\w+\s+)?)$",
    stems=("before", "ahead", "which"))
#: Around a premiere or shoot a cancellation came before, words that tell it still held (round
#: 25, m25drops): the season the cancellation makes the last ("ahead of the premiere of its
#: final season"), or told to go ahead ("the season will air as planned").
EVENT_STILL_HELD_RE = re.compile(
    r"(?i)\b(?:final|last)\s{1,3}(?:season|series|run|batch|episodes?)\b"
    r"|\bas\s{1,3}(?:planned|scheduled)\b"
    r"|\bwill\s{1,3}(?:still\s{1,3})?(?:air|premiere|debut|launch|go\s{1,3}ahead|be\s{1,3}released)\b"
    r"|\bstill\s{1,3}(?:airs?|premieres?|debuts?)\b")
#: A premiere trigger in the present, a plan told as standing: "days before its third season
#: premieres on June 5" (round 25, m25drops).
PREMIERE_PRESENT_RE = re.compile(r"(?i)(?:premieres|debuts|launches|bows|arrives|returns)\b")
#: In the words before such an event, a plan told as voided: "could", "would", "was set to",
#: "which was due to" (round 25, m25drops).
BEFORE_PLAN_VOIDED_RE = re.compile(r"(?i)\b(?:could|would|was|were|had\s{1,3}been|which)\b")
#: A trigger told as happened: after "before" it dates the cancellation, it was not voided
#: ("cancelled a week before the season premiered").
HAPPENED_TRIGGER_RE = re.compile(
    r"(?i)(?:premiered|debuted|aired|launched|began|started|wrapped|bowed|dropped|arrived)\b")
#: An ordinal standing for a season in a contrast: "the first season ..., while the second".
ELLIPTIC_ORDINAL_RE = Caseless(
    rf"(?i)(?:\bwhile|\band|\bbut|,)\s+(?:the|its)\s+(?P<ord>{_ORD_ALT})\b"
    r"(?!\s+(?:season|series|episode|half|part|time|run)s?\b)")
#: Right after a renewal trigger, a season told by its ordinal alone: "was renewed for a
#: second shortly after", "picked up for a third." (not "a second time", "a fifth, and final,
#: season").
ELLIPTIC_FOR_RE = Caseless(
    rf"(?i)^\s+(?:\S+\s+){{0,3}}?for\s+(?:a|an|its)\s+(?P<ord>{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th))"
    # "for a third and fourth season" is a season phrase of two
    rf"(?!\s+and\s+(?:an?\s+)?(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:seasons?|series|runs?|"
    r"cycles?)\b)"
    # (round 37: "renewed for a fourth and fifth.", two seasons by their ordinals alone)
    rf"(?:\s+and\s+(?:an?\s+|its\s+)?(?P<ord_b>{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th))"
    r"(?=\s*(?:[.;:)!]|$)|,))?"
    r"(?=\s*(?:[.;:)!]|$)|,(?!\s*(?:and\s+)?(?:final|last)\b)|\s+(?:shortly|soon|just|"
    r"immediately|right|after|before|in|on|by|and|but|last|this|that|when|while|at|later)\b)",
    stems=("for a", "for its"))
#: "ten episodes each for seasons 3 and 4": the counts of the seasons named right after.
EACH_FOR_RE = re.compile(r"(?i)^\s+each\s+(?:for|in)\s+$")
#: "Season 2 had eight": a count without the word "episodes" in a sentence about episodes;
#: or a per-season list's bare number in brackets after the season (round 34): "Season 3 (8
#: episodes) and Season 4 (six)", "Season 2 (8 episodes), Season 3 (10)".
ELLIPTIC_COUNT_RE = Caseless(
    rf"(?i)(?:\b(?:had|has|got|ran|spanned|was|were|is|gets)\s+(?:only\s+|just\s+)?"
    rf"|(?P<bracket>\()\s?)(?P<num>\d{{1,2}}|{_NUM_ALT})\b"
    rf"(?(bracket)\s?\)|(?=\s*(?:[.;]|,\s*(?:while|and|but)\b|$)))",
    stems=("had", "has", "got", "ran", "spanned", "was", "were", "is", "gets", "("))
#: An order changed to a bare number (round 34): "The order was extended to 13", "Kestrel cut
#: the order for X to 8", "the order was upped from 10 to 13" — the number after "to" is the
#: season's count when the words before it (``ORDER_CHANGED_BEFORE_RE``) change an order.
ORDER_CHANGED_TO_RE = Caseless(
    rf"(?i)\bto\s+(?P<num>\d{{1,2}}|{_NUM_ALT})\b(?=\s*(?:[.;,)]|$)|\s+(?:and|but|in|for|"
    rf"from|after|with|on|at|by|while|when|last|this|next|earlier|later)\b)",
    stems=("to ",))
#: ... the order's noun, then a verb that changes it, in the same clause, up to the "to":
#: "order for X was extended", "cut the order for X", "order has been upped from 10".
ORDER_CHANGED_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:episode\s+)?order\b[^.;:!?,]{0,60}?\b(?:extend|expand|increas|upp|"
    r"rais|bump|boost|cut|trimm|reduc|pared|scaled|shorten|slash|grew|grown|doubl)\w*|"
    r"\b(?:extend|expand|increas|upp|rais|bump|boost|cut|trimm|reduc|pared|scaled|shorten|"
    r"slash|doubl)\w*\s+(?:back\s+|down\s+|up\s+)?(?:the|its|their|an?)\s+(?:\w+\s+)?"
    r"order\b)[^.;:!?,]{0,60}?(?:\s+from\s+\w+(?:\s+episodes)?)?\s+\Z")
#: A count told again for another show with its noun left out, right after that show's
#: possessive: "X's order is for 22 episodes while Y's is only for 13", "..., and Y's 13".
#: Matched from the end of Y's name; a number followed by a unit is no count.
GAPPED_COUNT_RE = re.compile(
    rf"(?i)['’]s?\s+(?:(?:is|are|was|were|will\s+be)\s+)?(?:only\s+|just\s+)?(?:for\s+)?"
    rf"(?P<num>\d{{1,2}}|{_NUM_ALT})\b(?=\s*(?:[.;)]|,|$|\s+(?:each|apiece)\b))")
#: Y's name, then "and" and another possessive name sharing the gapped count ("while Y's and
#: Z's are only for 13").
GAPPED_PAIR_RE = re.compile(r"['’]s?\s+(?:and|&)\s+$")
#: The words between the first count and Y's name: a contrast or a coordination.
GAPPED_LINK_RE = re.compile(r"(?i)(?:\b(?:while|whereas|but|and)\b|[;,])\W{0,4}$")
#: "four more episodes, taking the total to 14": the season's count is the total.
COUNT_TOTAL_RE = Caseless(
    rf"(?i)^[^.;]{{0,30}}?\b(?:bringing|brings|taking|takes|for)\s+(?:the|its|their)\s+"
    rf"(?:(?:season(?:'s|’s)?\s+)?(?:total|order|count)"
    # "bringing its first season to 22": the season's count became 22
    rf"|(?:[\w-]+\s+)?(?:season|series|run))\s+(?:up\s+)?to\s+(?P<num>\d{{1,2}}|{_NUM_ALT})\b",
    stems=("total", "order", "count", "season", "series", "run"))
#: "its 13-episode order was cut to 10": the count the order ended at.
COUNT_CHANGED_RE = Caseless(
    rf"(?i)^[^.;]{{0,25}}?\b(?:cut|reduced|trimmed|extended|expanded|increased|upped|bumped)"
    rf"\s+(?:down\s+|back\s+|up\s+)?to\s+(?P<num>\d{{1,2}}|{_NUM_ALT})\b",
    stems=("cut", "reduced", "trimmed", "extended", "expanded", "increased", "upped", "bumped"))
#: "cut from 10 episodes to eight", "extended from eight episodes to 10": the count named
#: first is the one the order left behind; the season's is the one after "to" (read when the
#: count phrase follows "from").
COUNT_FROM_TO_RE = Caseless(
    rf"(?i)^\s+to\s+(?:just\s+|only\s+)?(?P<num>\d{{1,2}}|{_NUM_ALT})\b(?![- ]?(?:minutes?|"
    rf"hours?|%|percent|seasons?|weeks?|years?|months?|days?|million|billion)\b)",
    stems=("to",))
#: The words right before a count that starts a change ("from 10 episodes to eight").
COUNT_FROM_BEFORE_RE = re.compile(r"(?i)\bfrom\s+(?:an?\s+|the\s+|its\s+)?$")
#: Right before a count, the parts it is one of (round 19): "split into two parts of four
#: episodes", "in two batches of five episodes", "across two volumes of four" — the season's
#: count is their product (rule ``episode.count_parts_of``).
COUNT_PARTS_OF_RE = re.compile(
    r"(?i)\b(?:in|into|across|over) (?P<parts>two|three|four|2|3|4) (?:parts|halves|batches|"
    r"volumes|instal?lments|chunks|blocks) of (?:(?:\w+ )?each )?$")
#: "a total of 39 episodes" over several seasons: no season's count.
TOTAL_OF_RE = re.compile(r"(?i)\b(?:a|the|its)\s+total\s+of\s+$")
#: "the final six episodes": the end of a season (or, when the last season is known, all of it).
FINAL_COUNT_RE = re.compile(r"(?i)\bfinal\s+$")
#: The words between a count and the season it counts: "16-episode seventh season",
#: "eight episodes of season 3".
COUNT_THEN_SEASON_RE = re.compile(r"(?i)\s+(?:(?:of|in|for)\s+)?(?:(?:the|its|an?|extended|"
                                  r"upcoming|new)\s+){0,2}")
#: A clause that only attributes the sentence to unnamed sources: "According to sources,",
#: ", sources say", ", according to media reports".
ATTRIBUTION_RE = Caseless(
    r"(?i)^\W*(?:(?:according to|per) (?:[\w-]+ ){0,3}?(?:reports?|rumou?rs|sources|insiders)|"
    r"(?:sources|insiders) (?:(?:have|has|had) )?(?:say|said|claim(?:ed)?|tell|told)|"
    r"reportedly|rumou?r has it|word is|it(?:'s|’s| "
    r"is) (?:believed|understood|rumou?red)|if\b|should (?:it|the (?:show|series))\b|assuming|"
    r"provided|(?:an? |new |one )?(?:reports?(?=\W*$)|reports? (?:says?|claims?|suggests?)))\b")
#: A sentence that names what the one before announced: "They are A, B and C."
#: Also "Among them are A and B", "The list: A, B and C", "Those shows are ...", "Namely A and B".
LIST_FOLLOWS_RE = Caseless(
    r"(?i)^\W*(?:(?:they|these|those|the (?:shows|series))\s+(?:are|were|include|included)\b|"
    r"they['’]re\b|among\s+(?:them|those|these)\s+(?:are|were)\b|namely\b|"
    r"(?:the\s+)?(?:full\s+|complete\s+)?list\s*(?::|is\b|includes?\b)|"
    rf"(?:these|those|the)\s+(?:[\w-]+\s+)?(?:{common_show_nouns(5, plural=True)}|titles|"
    r"programmes|programs)\s+(?:are|were|include|included)\b)",
    stems=("they", "these", "those", "the ", "among", "namely", "list"))
#: A sentence that speaks of one show it does not name: "the series", "the drama", "it",
#: "its", or a season number it opens with ("Season 3 premiered on Sunday").
REFERS_TO_SHOW_RE = Caseless(
    rf"(?i)\b(?:the|this|that) (?:[\w-]+ )?(?:{SHOW_NOUN_ALT}|program)\b"
    r"|^\W{0,5}(?:it|its|it's|it’s)\b|^\W{0,5}season \w+\b")
#: A season numbered anywhere in a sentence ("ordered ten episodes apiece for seasons 4 and 5",
#: "for the third season"): the season of a show the sentence speaks of without naming it.
NUMBERED_SEASON_RE = Caseless(
    rf"(?i)\bseasons?\s+(?:\d{{1,2}}|{_NUM_ALT})\b|\b(?:{_ORD_ALT})\s+seasons?\b",
    stems=("season",))
#: A subject that counts shows: "Three other NBC series", "two comedies".
#: Also a quantity of them: "a handful of its dramas", "a trio of comedies", "a few shows".
COUNTED_SHOWS_RE = Caseless(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|both|"
    r"multiple|a\s+(?:handful|slew|batch|trio|pair|couple|number|string|host)\s+of|a\s+few)"
    r"\s+(?:other\s+)?(?:[\w'’-]+\s+){0,2}?(?:" + kind_alt(COUNTED_KINDS)
    + r"|originals|titles|programs)\b",
    # every match ends on one of its nouns: most sentences hold none and skip the pattern
    stems=("series", "shows", "comedies", "dramas", "sitcoms", "originals", "titles", "program"))
#: Right before a shoot told as going on (``FILMING_GOES_ON_RE``), a word that negates it:
#: "no more filming left", "without any further shooting planned", "isn't any more filming
#: left" — the shoot is over, the wrap whole (round 21, ``drop.partial_wrap``).
GOES_ON_NEGATED_RE = re.compile(
    r"(?i)(?:\bno|\bnothing|\bwithout(?:\s{1,3}any)?|n['’]t\s{1,3}(?:any|much)|\bnot\s{1,3}"
    r"(?:any|much)|\bnever\s{1,3}any)\s{1,3}$")
#: A season numbered in the words of a shoot that goes on: "for the third season", "series 3",
#: "season three" — another season's shoot when the wrap's sentence names another number
#: (round 21, ``drop.partial_wrap``). Groups: n (a digit or a number word), ord (an ordinal).
GOES_ON_SEASON_RE = Caseless(
    rf"(?i)\b(?:seasons?|series)\s{{1,3}}(?P<n>\d{{1,2}}|{_NUM_ALT})\b|"
    rf"\b(?P<ord>{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th))\s{{1,3}}(?:season|series)\b",
    stems=("season", "series"))
#: The head nouns of things a show's name can qualify, beside the title vetoes' works and
#: events: "the Glass Harbor premiere party was cancelled", "released new Glass Harbor cast
#: photos", "began filming a Glass Harbor promo" — the status word is the thing's, not the
#: show's (round 21, ``drop.show_named_as_modifier``).
SHOW_THING_HEADS: tuple[str, ...] = (
    "party", "parties", "screening", "screenings", "photo", "photos", "pictures", "images",
    "poster", "posters", "trailer", "trailers", "teaser", "teasers", "promo", "promos", "clip",
    "clips", "featurette", "featurettes", "soundtrack", "table read", "read-through",
    "photo shoot", "photoshoot", "commercial", "commercials", "ad campaign", "merchandise",
    "merch", "exhibition", "exhibit", "marathon", "watch party", "launch party", "afterparty",
    "after-party", "q&a", "meet-and-greet")
#: Events of the title vetoes that are a part of a show's run, not a thing beside it: a
#: finale's shoot is the season's, a reunion or a special may be an episode.
SHOW_PART_EVENTS: frozenset[str] = frozenset(
    {"finale", "special", "specials", "reunion", "week", "upfront", "upfronts", "franchise"})
#: Who speaks a quotation, told after it in its sentence ('," said Mara Quell, president of
#: Kestrel', '," Kestrel's head of drama told reporters', '," according to a spokesperson')
#: or before it ('Showrunner Tobin Reyes said: "'): group ``who``, the words naming the
#: speaker (round 23, ``speech.own_side_decision``).
#: A wrap announced in a quoted post (round 35, r35shoots; ``speech.wrap_post``): the
#: quotation opens with the crew's exclamation ("That's a wrap on season 2!", "And it's a
#: wrap!") and is told as posted, written, shared or captioned — the cast's and crew's own
#: announcement of their shoot, not someone remembering or judging one.
WRAP_POST_OPENING_RE = re.compile(
    r"(?i)[\"“‘']?\s{0,2}(?:and\s+|well,?\s+|so,?\s+)?(?:that['’]?s|it['’]?s)\s+(?:officially\s+)?"
    r"a\s+wrap\b")
WRAP_POST_AFTER_RE = re.compile(
    r"(?i)[,.!?]?[\"”’']?,?\s{1,3}[^\"“”;.!?]{0,80}?\b(?:posted|wrote|shared|captioned|"
    r"tweeted|announced|declared)\b")
#: The post told before its quotation: '... posted on Instagram: "', 'shared a photo from the
#: set, writing: "' (round 37, r37quotes: the participle forms "writing", "captioning it").
WRAP_POST_BEFORE_RE = re.compile(
    r"(?i)\b(?:posted|wrote|shared|captioned|tweeted|announced|declared|writing|posting|"
    r"captioning|tweeting|adding)\b[^\"“”;.!?]{0,60}?[:,]\s{0,2}$")
#: A shoot's first day announced in a quoted post (round 37, r37quotes;
#: ``speech.start_post``): the quotation opens with the cast's or crew's own words of the
#: start — "First day of filming on X season 2!", "Day one of shooting series 3", "Back on set
#: for series 4", "We're officially back filming", "And we're rolling on season 2" — and is
#: told as posted, written, shared or captioned (the attributions of ``speech.wrap_post``).
START_POST_OPENING_RE = re.compile(
    r"(?i)[\"“‘']?\s{0,2}(?:and\s+|well,?\s+|so,?\s+|ok(?:ay)?,?\s+)?(?:"
    r"(?:(?:my|our|the)\s+)?(?:first|1st)\s+day\s+(?:of\s+(?:filming|shooting|production)|"
    r"on\s+(?:the\s+)?set|back\s+on\s+(?:the\s+)?set|back\s+filming)"
    r"|day\s+(?:one|1)\s+(?:of\s+(?:filming|shooting|production)|on\s+(?:the\s+)?set)"
    r"|(?:and\s+)?(?:we['’]re|we\s+are|i['’]m|i\s+am)\s+(?:officially\s+)?(?:back\s+)?"
    r"(?:on\s+(?:the\s+)?set|filming|shooting|rolling)"
    r"|(?:officially\s+)?back\s+(?:on\s+(?:the\s+)?set|filming|shooting))\b")
#: Who a quoted post is told of when it is not the show's people: a fan's, a reader's or a
#: reporter's words of a shoot are a wish or a report, no announcement (``speech.start_post``,
#: ``speech.wrap_post``).
POST_NOT_OWN_RE = re.compile(
    r"(?i)\b(?:fans?|viewers?|readers?|critics?|reviewers?|reporters?|journalists?|"
    r"commenters?|followers?|users?|columnists?)\b")
#: A post's words that wish or wait for the shoot, not tell it: "Can't wait for the first day
#: of filming", "first day of filming soon", "hopefully back on set next year".
POST_WISH_RE = re.compile(
    r"(?i)\b(?:can['’]?t\s+wait|cannot\s+wait|hope(?:fully)?|wish|soon|someday|one\s+day|"
    r"next\s+(?:year|month|week|spring|summer|autumn|fall|winter)|if|when|would|will|"
    r"fingers\s+crossed|please)\b|\?")
SPEAKER_AFTER_QUOTE_RE = re.compile(
    r"[,.!?]?[\"”’']?,?\s{1,3}(?P<who>[^\"“”;!?]{0,120}?\b(?:said|says|told|tells|added|adds|"
    r"explained|noted|stated|announced|confirmed|wrote|writes|tweeted|posted|according\s{1,3}to)"
    r"\b[^\"“”;!?]{0,120})")
SPEAKER_BEFORE_QUOTE_RE = re.compile(
    r"(?P<who>[^\"“”;!?]{0,120}\b(?:said|says|told|tells|added|adds|explained|noted|stated|"
    r"announced|confirmed|wrote|writes|tweeted|posted)\b[^\"“”;!?]{0,60}?)\s*[:,]\s*$")
#: A speaker who tells the network's or the show's own decision: the network's people and
#: statements, the show's makers (round 23, ``speech.own_side_decision``).
OWN_SIDE_SPEAKER_RE = re.compile(
    r"(?i)\b(?:presidents?|chiefs?|heads?|chair(?:man|woman|person)?s?|ceos?|evp|svp|"
    r"executives?|execs?|programming|spokes(?:person|man|woman|people)|representatives?|"
    r"statement|showrunners?|show\s{1,3}runners?|creators?|co-creators?|producers?|"
    r"the\s{1,3}(?:network|streamer|channel|broadcaster|studio))\b|\bEPs?\b")
#: A speaker whose words are an opinion or a memory of the decision, not its telling: critics,
#: fans, sources, the cast (round 23, ``speech.own_side_decision``).
OTHER_SIDE_SPEAKER_RE = re.compile(
    r"(?i)\b(?:critics?|fans?|viewers?|reviewers?|columnists?|analysts?|insiders?|sources?|"
    r"stars?|co-stars?|actor|actress|cast|plays|played|host|readers?|commenters?)\b")
#: A decision wished, feared or supposed inside a quotation: "they should cancel it", "if
#: they cancel us", "we hope Kestrel renews it", a question (round 23,
#: ``speech.own_side_decision``).
QUOTED_DECISION_MOOD_RE = re.compile(
    r"(?i)\b(?:if|unless|whether|would|could|might|should|shouldn['’]t|ought|hope[sd]?|hoping|"
    r"wish(?:es|ed)?|wants?|wanted|needs?|deserves?|deserved|pray(?:ing)?|let['’]s|maybe|"
    r"perhaps)\b|\?|\bmay\b(?-i:(?<=may))")
#: A decision named by its noun ("this renewal carries us into a tenth year", "the
#: cancellation hurt"): inside a quotation it speaks of a decision told elsewhere, it does not
#: tell one (round 23, ``speech.own_side_decision``).
DECISION_NOUN_TRIGGER_RE = re.compile(
    r"(?i)^(?:\w+\s{1,3}){0,2}(?:renewals?|cancell?ations?|pick-?ups?|orders?|axings?)$")
#: Between a name and a decision it makes, the name as its subject ("Kestrel has", "Kestrel,
#: which aired it, has quietly", '"Sadly, Kestrel has'): a closing quote, lower-case words (no
#: auxiliary of the passive: "Salt Road was" undergoes the decision) (round 25,
#: ``target.decider_of_report``).
DECIDER_SUBJECT_GAP_RE = re.compile(
    rf"[\"”’']?\s{{1,3}}(?:(?!(?:{PASSIVE_TRIGGER_AUX})\b)[a-z][\w’'-]*"
    r"\s{1,3}){0,3}")
#: A deciding verb in the active voice at the start of a decision's words, and the object it
#: acts on right after: a reference, the speaker's own show or a season no name owns
#: ('cancelled us', 'has decided not to renew the show', 'passed on a third season', 'renewed
#: our series for a second season') (round 25, ``target.decider_of_report``).
DECIDING_VERB_OBJECT_RE = re.compile(
    r"(?i)(?:(?:decided|decides|opted|opts|chose|chooses|elected)\s{1,3})?"
    r"(?:not\s{1,3}to\s{1,3}|to\s{1,3}(?:not\s{1,3})?)?(?:won['’]t\s{1,3}|will\s{1,3}not\s{1,3}|"
    r"did\s{1,3}not\s{1,3}|didn['’]t\s{1,3}|is\s{1,3}not\s{1,3})?"
    r"(?:renew(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?|ax(?:es|ed|e)?|scrap(?:s|ped)?|"
    r"dropp?(?:s|ed)?|end(?:s|ed)?|pass(?:es|ed)?\s{1,3}on|pulled\s{1,3}the\s{1,3}plug\s{1,3}on|"
    r"(?:move|moving)\s{1,3}forward\s{1,3}with|bring\s{1,3}back|order(?:s|ed)?|"
    r"pick(?:s|ed)?\s{1,3}up|"
    # a season given, handed or granted to a reference ("has given the series a third
    # season": the trigger holds the season after the object) (round 35)
    r"giv(?:es|en|e)|gave|hand(?:s|ed)?|grant(?:s|ed)?|"
    # a go-ahead given to a season, a season decided against ("has given the green light to a
    # second season", "has decided against a second season") (round 35)
    r"(?:giv(?:es|en|e)|gave)\s{1,3}the\s{1,3}(?:green[\s-]{1,3}light|go-ahead)\s{1,3}"
    r"(?:to|for)|(?:decided|decides|opted|opts)\s{1,3}against|green-?lit|green-?lights?)"
    r"\s{1,3}"
    rf"(?:us\b|them\b|it\b(?!['’]s)|(?:our|the)\s{{1,3}}(?!(?:other|new|next)\b)"
    rf"(?:[\w'’-]+\s{{1,3}}){{0,2}}?(?:{SHOW_NOUN_ALT})\b|(?:a|an|another)\s{{1,3}}"
    # (a season "of" a name is that name's, not a reference's: "a second season of the
    # drama" is a reference's, round 35)
    r"(?:[\w'’-]+\s{1,3}){0,2}?(?:season|series)\b(?!\s{1,3}of\b(?!\s{1,3}(?:the|our|its)\s{1,3}"
    rf"(?:[\w'’-]+\s{{1,3}}){{0,2}}?(?:{SHOW_NOUN_ALT})\b)))")
#: Between a decision and the name that gives or confirms it, the name as its agent or giver:
#: "a third-season renewal from Kestrel", "was confirmed by Kestrel", "cancelled by the
#: network Kestrel" (not "a spinoff from": a show drawn from another) (round 25,
#: ``target.decider_of_report``).
DECIDER_AGENT_GAP_RE = re.compile(
    r"(?:\s{1,3}(?!(?:spin-?off|sequel|prequel|adapted|based|taken|drawn)\b)[a-z][\w’'-]*)"
    r"{0,4}?\s{1,3}(?:by|from)\s{1,3}(?:the\s{1,3}(?:network|streamer|channel|broadcaster|"
    r"studio)\s{1,3})?")
#: Right before a name: the source a report is told by ("According to Kestrel, the show",
#: "per Kestrel") (round 25, ``target.decider_of_report``).
DECIDER_SOURCE_BEFORE_RE = re.compile(r"(?i)\b(?:according\s{1,3}to|per)\s{1,3}$")
#: The words that make a show someone's earlier or other one ("our previous show", "her last
#: series"): the speakers' own show is none (``_OUR_OWN_SHOW``), a show that is not the
#: article's is one (``_EARLIER``, which adds "short-lived") (round 26: one list, spelt twice).
_EARLIER_WORDS = r"previous|earlier|last|former|first|old|other|prior"
#: The show's own people speaking of it in the first person, as the subject of a decision's
#: words or their object: "we won't be back", "our little show won't be coming back", "they
#: cancelled us" (round 25, ``speech.first_person_decision``).
_OUR_OWN_SHOW = (rf"our\s{{1,3}}(?!(?:own\s{{1,3}})?(?:{_EARLIER_WORDS})\b)"
                 rf"(?:[\w'’-]+\s{{1,3}}){{0,2}}?(?:{SHOW_NOUN_ALT})")
FIRST_PERSON_SUBJECT_RE = re.compile(
    rf"(?i)\b(?:we|we['’](?:re|ve|ll)|{_OUR_OWN_SHOW})\s{{1,3}}(?:[a-z][\w'’-]*\s{{1,3}}){{0,3}}$")
FIRST_PERSON_OBJECT_RE = re.compile(rf"\s{{1,3}}(?:us|{_OUR_OWN_SHOW})\b")
#: In a first-person quotation or its attribution, a thing other than a TV show the "we" may
#: be: '"We have been cancelled by our label, the band is over"', '..., she posted of her
#: podcast' (round 25, m25drops, ``speech.first_person_decision``).
OTHER_WE_THING_RE = re.compile(
    r"(?i)\b(?:bands?|podcasts?|(?:record\s{1,3})?label|tour|albums?|team|club|restaurant|"
    r"company|start-?up|magazine|newspaper|newsletter|column|book|shop|store|choir|orchestra|"
    r"troupe|league|party|bakery|festival|conference|radio\s{1,3}show)\b")
#: A speaker told by a pronoun alone ("she said"): who it is is not said (round 25,
#: ``speech.first_person_decision``).
PRONOUN_SPEAKER_RE = re.compile(r"(?i)(?:he|she|they|i|we|it)")
#: The verb a quotation's speaker is told by (round 25: the words before it name the speaker,
#: those after it whom it was told to).
SPEECH_VERB_RE = re.compile(
    r"\b(?:said|says|told|tells|added|adds|explained|noted|stated|announced|confirmed|wrote|"
    r"writes|tweeted|posted|according\s{1,3}to)\b")
#: A show that is not the article's, called by its kind: someone's earlier one ("her previous
#: series", "Dana Holt's last drama", "my first show"), one of a person named before ("whose
#: comedy") or "another" one (round 25, ``drop.other_show_ended``).
_EARLIER = rf"(?:{_EARLIER_WORDS}|short-lived)"
_OTHER_SHOW_HEAD = (
    rf"(?:(?:his|her|their|my|our)\s{{1,3}}(?:own\s{{1,3}})?{_EARLIER}"
    rf"|(?:{owner_possessive()}|(?i:the)\s{{1,3}}[a-z][\w-]*{POSSESSIVE})\s{{1,3}}{_EARLIER}"
    r"|whose|another|an\s{1,3}other)"
    rf"\s{{1,3}}(?:[a-z][\w'’-]*\s{{1,3}}){{0,2}}?(?:{SHOW_NOUN_ALT})")
#: That show as the subject of the decision's words, right before them: "whose comedy was
#: axed", "her previous series was cancelled", "another drama Kestrel cancelled", "a drama
#: that Kestrel cancelled" (a show told by its relative clause) (round 25,
#: ``drop.other_show_ended``).
OTHER_SHOW_ENDED_BEFORE_RE = re.compile(
    rf"\b(?:{_OTHER_SHOW_HEAD}|(?:a|an)\s{{1,3}}(?:[a-z][\w'’-]*\s{{1,3}}){{0,2}}?"
    rf"(?:{SHOW_NOUN_ALT})(?=\s{{1,3}}(?:that|which)\b))\s{{1,3}}"
    r"(?:(?:that|which)\s{1,3}(?:[\w'’-]+\s{1,3}){1,3}?"
    r"|(?:[A-Z][\w'’-]*\s{1,3}){1,3}"
    r"|(?:was|were|had\s{1,3}been|has\s{1,3}been|got|gets|is|had|has|have)\s{1,3}"
    r"(?:(?:[a-z]+ly|not|then|also)\s{1,3})?)$")
#: That show as the object right after the decision's verb: "cancelled my last show", "axed
#: her previous series", "cancelled another drama" (round 25, ``drop.other_show_ended``).
OTHER_SHOW_ENDED_AFTER_RE = re.compile(rf"\s{{1,3}}{_OTHER_SHOW_HEAD}\b")
#: Right after a name: its possessive, the name owning what follows ("Dana Holt's").
OWNER_POSSESSIVE_AT_RE = re.compile(POSSESSIVE)
#: A trigger that opens on its passive auxiliary ("was axed", "has been cancelled").
PASSIVE_AUX_START_RE = re.compile(r"(?i)(?:was|were|is|are|has|have|had|got|gets)\b")
#: Between a name and the words describing it as an apposition: a closing quote, a comma or a
#: dash ('"Salt Road", a thriller which was axed') (round 25, ``drop.other_show_ended``).
APPOSITION_GAP_RE = re.compile(r"[\"”’'*]?\s{0,2}(?:,|\s[–—-])\s{1,3}")
#: A sentence's opening phrase with no subject of its own that tells the show's renewal or
#: pickup before the subject it fronts ("Following its renewal for a second season",
#: "Days after being renewed for a third season", "Fresh off its second-season pickup",
#: "Newly renewed for a fourth season") (round 25, ``season.renewed_in_fronted_phrase``).
FRONTED_RENEWAL_OPENER_RE = re.compile(
    r"(?i)[\"“‘']?(?:(?:just|only|mere|merely|barely|shortly|soon|right|not\s{1,3}long|"
    r"a\s{1,3}few|a\s{1,3}couple\s{1,3}of|two|three|four|five|six|several|days|weeks|months|"
    r"hours|fresh|hot|newly|freshly|recently|officially)\s{1,3}){0,3}"
    r"(?:after|following|off|on\s{1,3}the\s{1,3}heels\s{1,3}of|since|with|upon|"
    r"in\s{1,3}the\s{1,3}wake\s{1,3}of|renewed|picked\s{1,3}up)\b")
#: The renewal's word inside that phrase ("renewal", "renewed", "pickup", "picked up").
FRONTED_RENEWAL_WORD_RE = re.compile(r"(?i)\b(?:renew(?:al|ed)|pick(?:ed)?[\s-]{0,3}up)\b")
#: Between a name and the words describing it after a copula: '"Copper Vale" is a drama that
#: Kestrel cancelled', "Salt Road was another comedy axed" — the named show itself (round 25,
#: m25drops, ``drop.other_show_ended``).
COPULA_GAP_RE = re.compile(
    r"[\"”’'*]?\s{1,3}(?:is|was|remains|had\s{1,3}been|has\s{1,3}been)"
    r"(?:\s{1,3}(?:now|also|just|still|simply))?\s{1,3}")


# --- a title's structural evidence against a name veto (round 28, r28vetoes) -------------------

#: A decision's participle told of a name with its season after it, one list for the body's
#: reading (``TITLE_EVIDENCE_SEASON_AFTER_RE``) and a headline's (``SHOW_POSITION_HEADLINE_RE``,
#: ``HEADLINE_DECISION_AFTER_RE``; round 36, r36tidy: the three wrote it three ways): "X
#: renewed for a third season", "X Scrapped After Two Seasons", "X recommissioned for series 3".
_DECIDED_PARTICIPLES = (r"renewed|cancell?ed|axed|scrapped|picked\s{1,3}up|ordered|greenlit|"
                        r"green-lit|(?:re-?)?commissioned")
#: After a name, a decision that carries a season (``shows.title_evidence``): "X has been
#: renewed for a third season", "X will be back for another series", "X and Y will both return
#: for fifth seasons", "X got picked up for an eighth season", "X was cancelled after 4
#: seasons". A person returns to a show too ("Jane Doe will return for season 2", "... for
#: season 3 of Salt Road"): a full name needs a ``decided`` verb, and no "of" may follow.
TITLE_EVIDENCE_SEASON_AFTER_RE = re.compile(
    r"(?:\s(?:and|&)\s[A-Z][\w’'-]{0,30}(?:\s[A-Z][\w’'-]{0,30}){0,3})?"
    r"(?i:(?:\s(?:has|have|had|will|would|is|are|was|were|got|gets|get|to|all|both|already"
    r"|also|now|officially|been|be|just|each|set\sto)){0,4}"
    rf"\s(?:(?P<decided>{_DECIDED_PARTICIPLES})|returns?"
    r"|returning|back|coming\sback|ending|ends)"
    r"(?:\s(?:early|officially|again))?\s(?:for|after)\s(?:(?:a|an|its|their|the)\s)?"
    r"(?:[\w,-]{1,14}\s){0,3}(?:seasons?|series|instal+ments?)\b"
    r"(?!(?:\s{1,3}\w{1,6})?\s{1,3}of\b))")
#: After a pair of names ("X and Y"), a decision the pair shares as one subject, with or without
#: a season (round 37, r37names; ``shows.shared_decision_evidence``): "X and Y were cancelled",
#: "X and Y received the go-ahead for full seasons", "X and Y, both on Kestrel, have been axed",
#: "X and Y got the chop". ``decided``: a decision's own verb (a full name needs one: actors
#: are not "given the go-ahead" with a show, but the read is kept narrow).
SHARED_DECISION_AFTER_RE = re.compile(
    r"(?:,[^,.;:!?]{1,40},)?"
    r"(?i:(?:\s{1,3}(?:have|has|had|were|was|are|is|been|be|will|both|also|all|each|officially"
    r"|just|now|recently|already|infamously|quietly|reportedly|since|later|then|got|get|gets"
    r"|to|set\sto)){0,4}"
    rf"\s{{1,3}}(?:(?P<decided>{_DECIDED_PARTICIPLES})\b"
    r"|(?:received|receive|got|gets|get|were\s{1,3}given|was\s{1,3}given|were\s{1,3}handed)"
    r"\s{1,3}(?:the\s{1,3}|a\s{1,3})?(?:go-?ahead|green\s{1,3}light|axe|ax|chop|boot)\b"
    r"|(?:received|got|earned|landed|scored)\s{1,3}(?:(?:early|full|new|season|series"
    r"|[\w-]{1,12}-episode|\w{1,8}-season)\s{1,3}){0,3}(?:renewals?|pick-?ups?|orders?)\b))")
#: Before a name, a decision verb whose object it is, a kind of show between them or none,
#: and the list's item before it or none: "Kestrel cancelled Tovrel Gate", "decided to renew
#: Martha", "axed reality show Ember", "renewed The Salt Road and Hazel Brine".
TITLE_EVIDENCE_OBJECT_BEFORE_RE = re.compile(
    r"(?i)\b(?:renew(?:s|ed|ing)?|cancell?(?:s|ed|ing)?|axe[sd]?|axing|scrapp?(?:ed|s|ing)?"
    r"|killed\soff)"
    rf"\s(?:(?:the\s)?(?:[a-z][\w-]{{0,14}}\s){{0,2}}(?:{SHOW_NOUN_ALT})s?\s)?"
    r"(?-i:(?:[A-Z][\w’'-]{0,30}\s){1,5}(?:and|&)\s)?\Z")
#: Before a name, a decision noun it is the object of (round 34, r34vocab): "the
#: cancellation of X", "announced the renewal of the comedy X", "a second-season pickup for X"
#: (``shows.decision_noun_evidence``; the clause after the name is read as
#: ``TITLE_EVIDENCE_OBJECT_AFTER_RE``'s, so "the renewal of Jane Doe's contract" is none).
TITLE_EVIDENCE_NOUN_BEFORE_RE = re.compile(
    r"(?i)\b(?:renewal|cancell?ation|pick-?up)\s(?:of|for)\s"
    rf"(?:(?:the\s)?(?:[a-z][\w-]{{0,14}}\s){{0,2}}(?:{SHOW_NOUN_ALT})s?\s)?\Z")
#: After a name, its own decision noun: "X's renewal", "X's second-season renewal", "X's
#: cancellation" (round 34; a capitalised word after the possessive is an owner's show:
#: ``TITLE_EVIDENCE_OWNER_AFTER_RE``).
TITLE_EVIDENCE_NOUN_AFTER_RE = re.compile(
    rf"{POSSESSIVE}\s{{1,2}}(?:(?!(?:contract|deal|visa|lease|licen[cs]e|membership|"
    rf"subscription|passport)\b)[a-z][\w-]{{0,14}}\s{{1,2}}){{0,2}}(?:renewal|cancell?ation)\b"
    r"(?!\s{1,3}(?:of|for)\b)")
#: Before a name, a show's own position (round 34, r34names; ``shows.show_position_evidence``):
#: "season 2 of X", "a second season of X", "new seasons of dramas X", "ten episodes of X",
#: "the finale of X", "the premiere of the comedy X", "shows like X", "dramas such as X" (an
#: opening quote allowed); round 37 (r37names): "the reboot of X", "a spin-off of X", "the
#: sequel to X" (a work made of another work).
SHOW_POSITION_BEFORE_RE = re.compile(
    rf"(?i:\b(?:(?:season|series)\s{{1,3}}{_SEASON_NUM}|(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)"
    r"|new|more|another|final|last|next|further|\w{1,10}-episode)\s{1,3}(?:seasons?|series"
    r"|instal+ments?)|episodes?|(?:the|its|season|series)\s{1,3}(?:premiere|finale|pilot))"
    rf"\s{{1,3}}of\s{{1,3}}(?:(?:the\s{{1,3}})?(?:[a-z][\w-]{{0,14}}\s{{1,3}}){{0,2}}"
    rf"(?:{SHOW_NOUN_ALT})s?\s{{1,3}})?"
    rf"|\b(?:{SHOW_NOUN_ALT})s\s{{1,3}}(?:like|such\s{{1,3}}as|including)\s{{1,3}}"
    r"|\b(?:the|a|an|its)\s{1,3}(?:[a-z][\w-]{0,14}\s{1,3})?(?:reboot|remake|spin-?off"
    r"|sequel|prequel)\s{1,3}(?:of|to)\s{1,3})[\"“‘']?\Z")
#: After a name in ``SHOW_POSITION_BEFORE_RE``'s place: anything but a possessive ("the finale
#: of X will air", not "the finale of X's story arc").
SHOW_POSITION_NOT_OWNED_RE = re.compile(rf"(?!{POSSESSIVE})")
#: After a name in that place, the list it ends (or none) then a verb of people: the names
#: are the makers, not the shows ("new seasons of the dramas Ada Lin and Tom Vey created").
SHOW_POSITION_MAKERS_AFTER_RE = re.compile(
    r"(?:\s(?:and|&)\s[A-Z][\w’'-]{0,30}(?:\s[A-Z][\w’'-]{0,30}){0,3})?\s(?:created|co-created"
    r"|wrote|writes|directed|directs|produced|produces|starred|stars|star|made|makes|make"
    r"|hosted|hosts|host|led|leads|lead|devised)\b")
#: After a name, what only a show does (round 34, r34names; case-sensitive, so a sentence-case
#: headline's verb counts and a title-case one's does not): "X premieres on Kestrel", "X,
#: which airs Fridays", "X will air in May", "X launched on Kestrel", "X ran for three
#: seasons", "X is set in Lisbon", "X (returning in May for its second season)", "X with its
#: final season" (a person's season is "her", not "its").
SHOW_POSITION_AFTER_RE = re.compile(
    r"[\"”’']?(?:,\s{1,3}which\s{1,3}|\s{1,3}\(|\s{1,3})"
    r"(?:(?:will|is\s{1,3}set\s{1,3}to|is|to|will\s{1,3}be)\s{1,3})?"
    r"(?:premier(?:e|es|ed|ing)|air(?:s|ed|ing)?|launch(?:es|ed)\s{1,3}on"
    r"|ran\s{1,3}for\s{1,3}(?:[\w-]{1,10}\s{1,3}){0,2}(?:seasons|series|episodes)"
    r"|(?:is|was)\s{1,3}set\s{1,3}in"
    r"|(?:returning|back|coming\s{1,3}back)\s{1,3}(?:[\w-]{1,12}\s{1,3}){0,3}for\s{1,3}its"
    r"|with\s{1,3}its\s{1,3}(?:[\w-]{1,12}\s{1,3}){0,3}(?:season|series)"
    r")\b")
#: After a name in a sentence-case headline, a decision verb with a season (case-sensitive:
#: "X renewed for fifth and final season at Kestrel"; a title-case "Renewed" hides it).
SHOW_POSITION_HEADLINE_RE = re.compile(
    r"[\"”’']?\s{1,3}(?:(?:is|has\s{1,3}been|gets|officially)\s{1,3})?"
    rf"(?:{_DECIDED_PARTICIPLES})\s{{1,3}}(?:for|after)\s{{1,3}}"
    r"(?:[\w,-]{1,14}\s{1,3}){0,4}(?:seasons?|series)\b")
#: After a name in a headline of any case (round 35, r35headlines; a title-case headline's
#: verbs are read case-folded, ``shows.headline_decision_evidence``): the show's own decision
#: with a season, the words between no person's ("from", "of", "in": "Jane Doe Axed From Salt
#: Road After Two Seasons" is a cast exit): "X Renewed For Season 3 At Kestrel", "X Is Renewed
#: For A Third Season", "X Cancelled At Kestrel After Two Seasons", "X Picked Up For Season 3",
#: "X Gets Season 3 Renewal", "X Scores Third Season"; a decision noun heading its section
#: ("X Renewal: Kestrel Orders Season 3"). ``shared`` holds the verbs a person shares, read
#: for a place's or a holiday's look only: "X Will Return For Season 3", "X Is Coming Back For
#: Season 3", "X Won't Return For Season 3", "X Wraps Production On Season 2", "X Gets The
#: Axe At Kestrel".
HEADLINE_DECISION_AFTER_RE = re.compile(
    r"(?i)[\"”’']?\s{1,3}(?:(?:is|has\s{1,3}been|have\s{1,3}been|officially|will\s{1,3}be"
    r"|to\s{1,3}be|gets|got)\s{1,3})?"
    rf"(?:(?:(?:{_DECIDED_PARTICIPLES})"
    r"(?=\s{1,3}(?:for|after|at|by|on)\b)"
    r"|(?:gets?|lands?|scores?|earns?|nabs?|snags?|bags?|secures?)(?=\s{1,3}(?:(?:a|an)\s{1,3})?"
    r"(?:(?:season|series)\s{1,3}\w{1,6}\s{1,3}(?:renewal|order|pick-?up)\b"
    rf"|(?:{_ORD_ALT})\s{{1,3}}(?:season|series)\b))"
    r"|(?P<shared>(?:will|to|won[’']t|will\s{1,3}not)\s{1,3}return|returns|returning"
    r"|(?:is\s{1,3})?coming\s{1,3}back|back|wraps?\s{1,3}(?:production|filming)))"
    r"(?:\s{1,3}(?!(?:from|of|in|as|off|out|with|without)\b)[\w,’'-]{1,14}){0,5}?"
    r"\s{1,3}(?:seasons?|series)\b(?!(?:\s{1,3}\w{1,6})?\s{1,3}of\b)"
    r"|(?P<axe>gets?\s{1,3}the\s{1,3}(?:axe|ax|chop|boot))\b"
    r"|(?:renewal|cancell?ation)\s{0,2}[:|–—])")
#: Before a name in a headline of any case (round 35): a network's verb whose object it is,
#: as ``TITLE_EVIDENCE_OBJECT_BEFORE_RE``, and the trade's "Pulls The Plug On X", "No Season
#: 3 For X"; ``shared``, read for a place's or a holiday's look only (a host is dropped or
#: brought back too): "Kestrel Drops X After Two Seasons", "Kestrel Brings Back X".
HEADLINE_OBJECT_BEFORE_RE = re.compile(
    r"(?i)\b(?:pull(?:s|ed)?\s{1,3}the\s{1,3}plug\s{1,3}on"
    r"|no\s{1,3}(?:season|series)\s{1,3}\w{1,6}\s{1,3}for"
    r"|(?P<shared>drops|dropped|brings?\s{1,3}back|brought\s{1,3}back))\s\Z")
#: After a decision's object: where its clause goes on as a show's would ("." ", and" " for").
TITLE_EVIDENCE_OBJECT_AFTER_RE = re.compile(
    r"(?:\s?[.,;:!?)]|\s(?:and|&|for|after|at|on|as|in|with|ahead)\b|\s?\Z)")
#: The same after a title-case headline's object, its words case-folded ("Kestrel Scraps X After
#: One Season"; round 35).
HEADLINE_OBJECT_AFTER_RE = re.compile(rf"(?i:{TITLE_EVIDENCE_OBJECT_AFTER_RE.pattern})")
#: After a mention, a person's act or a clause about a person: "X said", "X, who", "X stars".
TITLE_EVIDENCE_PERSON_AFTER_RE = re.compile(
    r"(?:\s(?:said|says|told|tells|added|adds|explained|wrote|writes|tweeted|posted|revealed"
    r"|stars|starred|plays|played|joins|joined|hosts|hosted|directed|created|who|whose)\b"
    r"|,\s(?:who|whose)\b|\s?\((?:played|who)\b)")
#: Before a mention, a person's role or a byline: "starring X", "host X", "created by X".
TITLE_EVIDENCE_PERSON_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:starring|stars?|co-stars?|actor|actress|host|hosts|hosted\sby|presenter"
    r"|showrunner|creator|created\sby|written\sby|directed\sby|produced\sby|writer|director"
    r"|producer|played\sby|comedian|singer|by|with|from|mr|mrs|ms|dr)\.?\s)\Z")
#: After a mention, an owner's possessive before a capitalised name: "Jane Doe's Salt Road".
TITLE_EVIDENCE_OWNER_AFTER_RE = re.compile(rf"{POSSESSIVE}\s{{1,2}}[A-Z]")
#: Around a mention (``shows.title_evidence``'s window), words of a cast: "Jane Doe and John
#: Roe come back for the fourth season too" after "the lead is joined by ..." tells actors'
#: return.
TITLE_EVIDENCE_CAST_AROUND_RE = re.compile(
    r"(?i)(?<![\w-])(?:cast|casts|casting|joined|joins|join|actors?|actress(?:es)?|stars?"
    r"|starring|co-stars?|reprises?|reprising|roles?|characters?|plays|played|cameo)(?![\w-])")
#: After a name of ordinary words, its own numbered season (``shows.own_season_evidence``,
#: round 29): "Quiet Hours season 2", "'Open Water' Season Three", "Open Water's third
#: season" (a closing quote between; an ordinal only after the name's possessive).
OWN_SEASON_AFTER_RE = re.compile(
    rf"[\"”’']?(?:(?:{POSSESSIVE})?[\"”’']?\s{{1,3}}(?i:season|series)\s{{1,3}}"
    rf"(?i:{_SEASON_NUM})|{POSSESSIVE}[\"”’']?\s{{1,3}}(?i:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th))"
    rf"\s{{1,3}}(?i:season|series))\b")
#: Before it, "season 2 of", "Season Three of" or "a second season of" (an opening quote
#: allowed): "Season Three of 'Open Water' is set to premiere", "ordering a second season of
#: Copper Summit".
OWN_SEASON_BEFORE_RE = re.compile(
    rf"(?i:\b(?:(?:season|series)\s{{1,3}}{_SEASON_NUM}|(?:{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th))"
    rf"\s{{1,3}}(?:season|series))\s{{1,3}}of)\s{{1,3}}[\"“‘']?\Z")
#: After a mention, a label's colon ("Country: United States"): a fact box's field.
OWN_SEASON_LABEL_AFTER_RE = re.compile(r"\s?:")


# --- a name-shaped title behind an aside (round 30, r30aside) ---------------------------------

#: Words an aside's kind of show may follow at its head: a closing comma, "series"/"show"
#: after the kind ("the Kestrel comedy series about ..."), or a word that goes on describing
#: the show ("about", "from", "set in", "based on", "starring" ...) — never a possessive nor a
#: noun the kind modifies ("the drama's creator", "a comedy writer", "a drama teacher").
_ASIDE_KIND_TAIL = (
    r"(?:\s(?:series|show))?(?=,|\s(?:about|from|on|set|based|starring|created|with|in|for"
    r"|following|adapted|produced|written|featuring|by|which|that|whose|to|of|centred|centered"
    r"|inspired|airing|streaming|led|fronted|hosted|where)\b)")
#: After a name, a closed appositive whose head is a kind of show (``shows.aside_evidence``):
#: "X, the Kestrel drama from Tovrel Studios,", "X, a comedy about two sisters,", "X, the
#: streamer's sequel to the old film,". At most four words before the kind, none of them a
#: preposition ("a producer on the drama", "the city at the heart of the drama" are no
#: show's); "series" and "programme" are no head (a season in British usage: "a third series
#: of Y"). Bounded: no comma inside, at most 100 characters after the kind.
TITLE_ASIDE_KIND_AFTER_RE = re.compile(
    r"[\"”’']?,\s{1,2}(?:the|a|an)\s(?:(?!(?:of|on|for|at|in|with|to|by|from|behind|about|and"
    r"|or|as|who|whose)\s)[\w+.’'-]{1,20}\s){0,4}?"
    rf"(?i:{SHOW_NOUN_ALT_NO_SERIES}){_ASIDE_KIND_TAIL}"
    r"[^,;.()\"“”]{0,100}(?:,|\.(?:\s|\Z)|\Z)")
#: After a name, an appositive whose adjective names the people who lead or make it, a work's
#: (round 37, r37names; ``shows.aside_evidence``, ``title.keep.aside_led``): "X, the Jane
#: Doe-led modern take on an old myth", "X, a Tom Vey-fronted panel show", "X, the Ada
#: Lin-penned thriller". A person is led by no one in an aside of her own.
TITLE_ASIDE_LED_AFTER_RE = re.compile(
    r"[\"”’']?,\s{1,2}(?:the|a|an)\s(?:[A-Z][\w.’'-]{0,20}\s){0,2}[A-Z][\w.’']{0,20}"
    r"-(?:led|fronted|starring|headlined|helmed|penned|created|hosted)\s")
#: After a name, a closed aside that is no person's: where the show is seen ("X, seen on
#: Kestrel (channel 104),", "X, now streaming on Tovrel,") or a relative clause about a thing
#: ("X, which aired on Kestrel,"); then, optionally, "which" / "that" opening the clause the
#: decision stands in ("X, seen on Kestrel, which has been cancelled after four seasons").
#: ``shows.aside_evidence`` asks a decision with a season right after it.
TITLE_ASIDE_PLAIN_AFTER_RE = re.compile(
    r"[\"”’']?,\s{1,2}(?:(?:(?:now|also|currently|previously)\s)?(?:seen|airing|streaming|shown"
    r"|broadcast|available)\s(?:on|via)\s[^,;.()\"“”]{1,40}(?:\s?\([^()]{1,24}\))?"
    r"|(?:which|that)\s[^,;.()\"“”]{1,80})"
    r",(?:\s(?:which|that)\b)?")
#: After a name, "which" or "that" opening its clause right away ("X, which has been
#: cancelled after four seasons"): the decision past it is the name's as the aside's is.
TITLE_ASIDE_RELATIVE_AFTER_RE = re.compile(r"[\"”’']?,\s{1,2}(?:which|that)\b")
