"""Fact extraction: turn one article's text into production-status facts about TV seasons.

Stages: page junk is dropped line by line, the rest split into sentences; show names are
discovered from the text (``shows.py``); each sentence is read once into a
``candidate.SentenceView`` (show mentions, trigger phrases of ``patterns.py``, clauses, the
date phrase each trigger owns from ``dates.py``, season phrases, direct speech), and every
trigger or episode count becomes a candidate that the named rules of ``rules.py`` refine stage
by stage (non-events dropped, date, certainty, kind, targets, season) into facts with the
sentence as evidence. Facts are then deduplicated per (show, season, kind).

This is a pure function of the article: it must never do I/O, read the clock (relative dates
resolve against ``article.published``) or rely on a list of known shows baked into the code.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime
import difflib
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from string import ascii_lowercase
from types import MappingProxyType
from typing import Any

from .. import memo
from ..models import CERTAINTY_RANK, Article, Certainty, Fact, ShowName
from ..names import show_key
from . import dates as datemod
from . import eventdates, kindmodel, rules, scorer
from .candidate import UNFOUND_SHOW, ArticleContext, Candidate, SentenceView, Target, Trigger
from .evidence import evidenced
from .listings import (
    LISTING_LABEL_WORDS,
    ListingItem,
    blurb_season,
    decision_date,
    is_listing_label,
    listing_items,
    status_items,
)
from .lists import (
    STAYING_AFTER_RE,
    adds_to_decision,
    after_completing_lead,
    fate_idiom,
    governed_lists,
    headline_list_lead,
    last_opens_own_clause,
    lead_kind,
    list_completes,
    list_end,
    list_ends_before_clause,
    list_governor,
    list_governor_after,
    list_is_the_decisions,
    list_opens,
    list_states_status,
    listed_titles,
    longest_list,
    may_add_to_decision,
    may_govern,
    may_name_plural,
    may_tell_fate,
    names_no_shows,
    opens_after_connective,
    plural_object,
    reference_states_status,
    referenced_items,
    semicolon_list_as_commas,
    without_lead_other,
)
from .patterns import (
    ACTING_ON_SHOW_VERBS,
    AFTER_SEASONS_RE,
    AIRED_SPAN,
    ANNOUNCE_RE,
    ANSWER_LABEL_RE,
    CANCELLED_BEFORE_RE,
    COMMENT_LINE_RE,
    COUNTED_SHOWS_RE,
    CURRENT_SEASON_RE,
    DATE_NOUN_GIVES_RE,
    DECISION_OBJECT_GAP_RE,
    DOCUMENT_AFTER_DATE_RE,
    DOCUMENT_BEFORE_DATE_RE,
    ELLIPTIC_COUNT_RE,
    END_OF_BODY_RE,
    EPISODE_COUNT_EXCLUDE_RE,
    EPISODE_COUNT_RE,
    EXPECTED_RE,
    FAMILY_STEMS,
    FAMILY_TRIGGERS,
    FINAL_DECLARED_RE,
    FUTURE_MARK_RE,
    GAPPED_COUNT_RE,
    GAPPED_LINK_RE,
    GAPPED_PAIR_RE,
    HEDGE_WORDS,
    JUNK_LINE_RE,
    LIMITED_SERIES_RE,
    LIST_FOLLOWS_RE,
    MORE_ACTING_ON_SHOW_VERBS,
    MORE_SEASONS_RE,
    NEGATION_RE,
    NEW_SHOW_RE,
    NEW_STEMS,
    NEW_WORDS,
    NUMBER_WORDS,
    ONE_SEASON_AFTER_RE,
    ONE_SEASON_BEFORE_RE,
    ONE_SEASON_REFERENCE_RE,
    ONLY_SEASON_RE,
    ORDER_CHANGED_BEFORE_RE,
    ORDER_CHANGED_TO_RE,
    OTHER_MEDIUM_RE,
    PART_NUMBER_RE,
    PASSING_PHRASE_BEFORE_RE,
    PASSIVE_BEFORE_TRIGGER,
    PLANNED_END_FAMILY_RE,
    QUESTION_END_RE,
    QUESTION_LABEL_RE,
    REFERENCE_START_RE,
    RETURN_FAMILY_RE,
    RETURNING_SHOW_RE,
    ROUNDUP_TITLE_RE,
    SEASON_AIRED_AFTER_RE,
    SEASON_AIRED_BEFORE_RE,
    SEASON_ARC_RE,
    SEASON_ON_AIR_RE,
    SEASON_SPLIT_RE,
    SEASON_SUBJECT_START_RE,
    SERIES_ORDER_PHRASE_RE,
    SERIES_ORDER_UNDONE_RE,
    SHOOT_END_AFTER_START_RE,
    SHOOT_START_IN_ASIDE_RE,
    SPECULATIVE_RE,
    STATUS_ENTRY_RE,
    STATUS_HEADING_RE,
    SUBJECT_LEAD_WORD,
    TRIGGER_STEMS,
    TRIGGERS,
    TV_WORD_RE,
    VOIDED_PLAN_RE,
    Caseless,
    LazyPattern,
    lower_case_regex,
    lower_case_text,
    named_as_credit,
    ordinal_number,
    season_noun_at,
    split_sentences,
)
from .prefilter import (
    lookahead_of,
    match_prefixes,
    parse,
    stems_required,
    with_lookahead,
    with_prefix_lookahead,
)
from .sections import (
    DATE_WORD_RE,
    DatedEntry,
    dated_entry,
    heading_kind,
    heading_season,
    join_bare_leads,
    line_topics,
    may_be_dated_entry,
    section_items,
    status_entries,
    status_sections,
    table_rows,
    unglue_lead,
    without_leading_network,
)
from .shows import (
    LEAD_SENTENCES,
    LIST_GAP_RE,
    Mention,
    ShowIndex,
    Span,
    build_index,
    clean_title,
    discover,
    fold,
    full_titles_of_heads,
    in_aside,
    list_gap,
    list_run,
    named_shows,
    normalise_title,
    opens_as_subject,
    respective_seasons,
    season_mentions,
    title_spans,
    unfound_title_beside,
    unglue,
)
from .showwords import (
    GENRE_ALT,
    GENRE_NOUNS,
    INTRODUCED_RE,
    NEW_KIND_ALT,
    OWNED_REFERENCE_RE,
    POSSESSIVE,
    SHOW_NOUN_ALT,
    SLATE_AS_WILL_RE,
    SLATE_JOINER_RE,
    STATUS_VERB_RE,
    common_show_nouns,
    introduces_next,
    may_introduce,
    owner_possessive,
    refers_ahead,
    slate_names_none,
    slate_placed,
    slate_status,
)
from .titles import (
    article_networks,
    is_field_label,
    names_by_role,
    networks_by_shape,
    without_field_label,
    work_cued,
)

#: Each kind's triggers, case-blind: for the rare text whose length lower() changes (compiled
#: on first use, or in the article workers' fork server: ``patterns.LazyPattern``).
_TRIGGER_RES: dict[str, LazyPattern] = {
    kind: LazyPattern(r"(?i)\b(?:" + "|".join(alts) + r")") for kind, alts in TRIGGERS.items()
}


#: Run on ``text.lower()`` without IGNORECASE (several times faster in CPython's re); the
#: forms above serve the rare text whose length lower() changes.
#: Each kind's trigger alternatives as re parses them ("\b(?:ALT)" in lower case), read once
#: for both the look-ahead's prefixes and ``trigger_splits``' stems (issue 14, round 28: the
#: whole pattern is not parsed again for its look-ahead); dropped once read.
_TRIGGER_PARSES: dict[str, list[Any]] = {
    kind: [parse(lower_case_text(r"\b(?:" + alt + r")")) for alt in alts]
    for kind, alts in TRIGGERS.items()
}
_TRIGGER_PREFIXES: dict[str, list[frozenset[str] | None]] = {
    kind: [match_prefixes(parsed, ascii_lowercase) for parsed in parses]
    for kind, parses in _TRIGGER_PARSES.items()
}
_TRIGGER_LOWER_RES: dict[str, re.Pattern[str]] = {
    # Every trigger starts with a letter; a look-ahead of the first letters a match can start
    # with (``prefilter``, else "(?=[a-z])") lets re skip most positions at once: the one
    # ``with_prefix_lookahead`` reads from the whole pattern, read from its alternatives.
    kind: with_lookahead(lower_case_text(pattern.pattern),
                         lookahead_of(_TRIGGER_PREFIXES[kind], ascii_lowercase),
                         ascii_lowercase)
    for kind, pattern in _TRIGGER_RES.items()
}


def family_patterns(table: Mapping[str, Sequence[str]]
                    ) -> tuple[dict[str, re.Pattern[str]], dict[str, LazyPattern]]:
    """The rarer families of each kind's vocabulary compiled as ``_find_triggers`` reads them:
    (for lower-case text, for any text: compiled on first use); a kind without an alternative
    is left out (an empty alternation would match everywhere). ``scripts/ablate_rules.py``
    recompiles through it."""
    lower = {kind: with_prefix_lookahead(lower_case_text(r"\b(?:" + "|".join(alts) + r")"),
                                         ascii_lowercase)
             for kind, alts in table.items() if alts}
    any_case = {kind: LazyPattern(r"(?i)\b(?:" + "|".join(alts) + r")")
                for kind, alts in table.items() if alts}
    return lower, any_case


#: The rarer families of a kind's vocabulary, each run only past its own stems.
_FAMILY_LOWER_RES, _FAMILY_RES = family_patterns(FAMILY_TRIGGERS)

#: A node of ``_stem_trie``: the next characters, "" where a stem ends.
_Trie = dict[str, "_Trie"]


def _stem_trie(stems: Iterable[str]) -> str:
    """An alternation of ``stems`` factored by their shared prefixes (a trie), so re tries one
    branch per next character at a position rather than every stem; at a position it matches
    the longest stem starting there (a stem that goes on is tried before one that ends)."""
    root: _Trie = {}
    for stem in stems:
        node = root
        for char in stem:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: _Trie) -> str:
        alternatives = [re.escape(char) + branch(child)
                        for char, child in sorted(node.items()) if char]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body

    return branch(root)


def _stem_starts(stem: str, stems: Collection[str]) -> Iterator[str]:
    """The members of ``stems`` that ``stem`` begins with (itself included), found by its own
    prefixes rather than by trying every stem (issue 14, round 28: ~800 stems, read at import)."""
    return (start for start in (stem[:end] for end in range(len(stem) + 1)) if start in stems)


def stem_gates(triggers: Mapping[str, Sequence[str]], families: Mapping[str, Sequence[str]]
               ) -> tuple[re.Pattern[str], dict[str, frozenset[tuple[bool, str]]]]:
    """Every kind's stems (``TRIGGER_STEMS``, ``FAMILY_STEMS``) found in one scan of a sentence:
    a pattern matching, at each position, the longest stem starting there, and for each stem
    the gates it opens, ``(is_family, kind)``, its own and those of every stem it begins with
    (those start at the same position, and only the longest is reported). A kind's patterns
    run only where a gate of theirs is open, as where ``stem in text`` held for one of its
    stems."""
    opens: dict[str, set[tuple[bool, str]]] = {}
    for family, table in ((False, triggers), (True, families)):
        for kind, stems in table.items():
            for stem in stems:
                opens.setdefault(stem, set()).add((family, kind))
    gates = {stem: frozenset(gate for shorter in _stem_starts(stem, opens)
                             for gate in opens[shorter])
             for stem in opens}
    return re.compile(f"(?=({_stem_trie(opens)}))"), gates


#: Run on the lower-cased sentence: the stems it holds, each kind's pre-check in one pass.
_STEM_SCAN_RE, _STEM_GATES = stem_gates(TRIGGER_STEMS, FAMILY_STEMS)
#: For each stem the scan reports, the stems it holds from its start: itself and every stem it
#: begins with (the scan reports the longest at a position), so a sentence's stems are known.
_STEM_HELD: dict[str, frozenset[str]] = {
    stem: frozenset(_stem_starts(stem, _STEM_GATES)) for stem in _STEM_GATES}

#: Stems most sentences of season news hold, by kind: a kind's trigger alternatives that need
#: none of these (each needs a stem of its own: "pick" for "picked up for", "cancel" for
#: "cancelled") are left out of the pattern a sentence holding none of their stems runs.
#: Chosen for speed only: any stem here or not, the triggers found are the same.
COMMON_TRIGGER_STEMS: dict[str, tuple[str, ...]] = {
    "renewed": ("season", "series", "end"),
    "cancelled": ("season", "return", "back", "end", "over", "air", "film"),
    "filming_started": ("film", "filmed", "production", "shoot", "began"),
    "filming_wrapped": ("season", "series", "back", "film", "filmed", "production", "shoot",
                        "photograph"),
    "premiere": ("season", "premier", "releas", "air", "stream", "launch", "hit", "ax"),
}


@dataclass(frozen=True)
class TriggerSplit:
    """A kind's trigger pattern (``_TRIGGER_LOWER_RES``) and the same alternatives, in their
    order, less those that need a stem of ``rare`` (``prefilter.required_stems``): on a
    sentence holding no stem of ``rare`` the narrow pattern finds what the whole one finds
    (a left-out alternative matches nowhere in it, and re tries the others in the same order
    at each position); None when no alternative is left."""

    whole: re.Pattern[str]
    narrow: re.Pattern[str] | None
    rare: frozenset[str]


_BACK_REFERENCE_RE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _stems_held(text: str) -> frozenset[str]:
    """The scanned stems ``text`` (lower case) holds."""
    return frozenset(held for stem in _STEM_SCAN_RE.findall(text) for held in _STEM_HELD[stem])


def trigger_splits(table: Mapping[str, Sequence[str]],
                   lower_res: Mapping[str, re.Pattern[str]],
                   common: Mapping[str, Sequence[str]],
                   parses: Mapping[str, Sequence[Any]] | None = None,
                   prefixes: Mapping[str, Sequence[frozenset[str] | None]] | None = None
                   ) -> dict[str, TriggerSplit]:
    """Each kind's ``TriggerSplit`` (a kind without common stems is left whole); ``parses``
    and ``prefixes``: each alternative's ``prefilter.parse`` and ``match_prefixes``, where
    already read (else read here)."""
    splits = {}
    for kind, alts in table.items():
        avoid = frozenset(common.get(kind, ()))
        if not avoid or kind not in lower_res or any(_BACK_REFERENCE_RE.search(alt)
                                                     for alt in alts):
            continue  # (left out, a back-reference's group number would change)
        read = list(parses[kind]) if parses is not None and kind in parses else \
            [parse(lower_case_text(r"\b(?:" + alt + r")")) for alt in alts]
        starts = list(prefixes[kind]) if prefixes is not None and kind in prefixes else \
            [match_prefixes(parsed, ascii_lowercase) for parsed in read]
        needs = [stems_required(parsed, _stems_held, avoid) for parsed in read]
        kept = [(alt, start) for alt, start, need in zip(alts, starts, needs, strict=True)
                if need is None or need & avoid]
        rare = frozenset().union(*(need for need in needs if need and not need & avoid))
        narrow = with_lookahead(
            lower_case_text(r"(?i)\b(?:" + "|".join(alt for alt, _start in kept) + r")"),
            lookahead_of([start for _alt, start in kept], ascii_lowercase),
            ascii_lowercase) if kept else None
        splits[kind] = TriggerSplit(lower_res[kind], narrow, rare)
    return splits


_TRIGGER_SPLITS = trigger_splits(TRIGGERS, _TRIGGER_LOWER_RES, COMMON_TRIGGER_STEMS,
                                 _TRIGGER_PARSES, _TRIGGER_PREFIXES)
del _TRIGGER_PARSES, _TRIGGER_PREFIXES  # re's parse trees: not kept past the import

_SPACES_RE = re.compile(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]+")
_STAMP_RE = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s*")
#: After ", and", a subject of its own and its verb open a new clause even right after a
#: number ("premiered in 2024, and Netflix renewed it for a second season": the premiere is
#: not the second season's): a network or a person (one to three capitalised words), "the
#: network/streamer/channel/studio", then a verb in -ed, an auxiliary or a modal ("and Netflix
#: may renew it": the premiere before it is no guess).
_AND_NEW_SUBJECT = (
    r"\s+and\s+(?:(?:the|its)\s+(?:network|streamer|channel|studio|broadcaster|service|"
    r"platform|cable\s+network)|it|they|he|she|we|there|"
    r"[A-Z][\w'’+&.-]*(?:\s+[A-Z][\w'’+&.-]*){0,2})\s+"
    r"(?:(?:has|have|had|is|was|will|would|then|now|also|quickly|officially|later|soon)\s+)*"
    r"(?:[a-z]+ed|has|have|had|is|was|will|would|may|might|could|can|should|gave|made|took|set|"
    r"said|says|brought|picked)\b")
_CLAUSE_BREAK_RE = re.compile(
    r"(?=[;—–():,btwa]|\s)"  # the first characters: lets re reject most positions at once
    r"(?:[;—–()]|:\s|\s-\s|,\s*(?=(?:but|while|though|although|which|who|whereas|since|as|so|"
    r"yet|meaning|after|before|when|with|where)\b)|\b(?:but|while|whereas|although|though)\b"
    r"|(?<!day)(?<!\d)(?<!Jr\.),(?=\s)(?!\s*(?:19|20)\d\d\b)|,(?=" + _AND_NEW_SUBJECT + r"))"
)
#: A date in brackets ("comes back (on June 3) for its third season"): an aside
#: inside the clause, not a break in it.
_BRACKETED_DATE_RE = re.compile(
    r"\((?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?"
    r"(?: \d{4})?|[A-Z][a-z]{2,8}\.? \d{4}|(?:19|20)\d\d)\)")
#: A relative clause between dashes right after a name ("'Glass Harbor' - which stars Jane Doe -
#: ends next spring"): an aside; the clause runs on from the name to its verb.
_DASH_ASIDE_RE = re.compile(r"(\s[-–—]\s|[–—])(?:which|who|whose)\b[^-–—;.]{1,80}?(\s[-–—]\s|[–—])")
_SEASON_AFTER_GAP_RE = re.compile(
    # a quoted title's closing quote first: "“Glass Harbor” (Season 2)"
    r"^[”\"’]?(?:['’]s?)?\s*(?:\(\s*(?:for\s+)?)?(?:(?:for|with|into|its|a|an|the|hit|new|back|"
    r"critically-acclaimed|upcoming|long-awaited|highly|anticipated|final|and|latest)\s+)*$"
    r"|^['’]s\s+(?:[a-z][\w-]*\s+){0,2}$"
)
_SEASON_BEFORE_GAP_RE = re.compile(
    r"^\s+of\s+(?:[\w’'-]+\s+){0,4}[\"“‘']?$"
    # "gave a second season to reality show, Salt Road": the season given to the show
    r"|^\s+to\s+(?:[a-z][\w’'-]*,?\s+){0,3}[\"“‘']?$")
_PAREN_SEASON_RE = re.compile(r"^[”\"]?['’]?s?\s*\([^()]{0,60}\b(?i:season)\s+\d{1,2}\)")
_TITLE_NUMBER_RE = re.compile(
    r"^\s(\d{1,2})\b(?!\s*(?:[%$]|episodes?|minutes|million|years?|days?|weeks?|hours?|"
    r"percent|of\b|[-:/.,]\d|am\b|pm\b))"
)
_DATE_NEGATION_RE = Caseless(
    r"(?i)\bdates?\b.{0,160}?(?:\bnot\b|\byet to\b|n['’]t\b).{0,25}?\b(?:announced|set|revealed|"
    r"confirmed|known|given)|\bno (?:official |firm |exact |set |confirmed )?(?:premiere |"
    r"release |return )?date\b|\b(?:release|premiere) dates? (?:for|of) .{0,80}?"
    r"(?:unknown|tba|tbd|not)\b",
    stems=("date",),
)
_FUTURE_TENSE_RE = re.compile(
    r"(?i)\b(?:will|'ll|set to|expected|scheduled|slated|going to|upcoming|premieres|returns|"
    r"debuts|arrives|launches|airs|is coming|are coming|plans?|due|begins|starts|until|"
    # round 19: the present of an arrival in trade and fan copy ("drops on Sunday", "the first
    # two episodes arrive on Sunday", "goes live around Christmas") tells a time ahead too
    r"drops|lands|bows|arrive|goes live|is out|are out|releasing|streams|locked in|heads to|"
    r"goes on air|"
    r"next)\b"
)
_PAST_TENSE_RE = re.compile(
    r"(?i)\b(?:premiered|debuted|began|started|wrapped|ago|last|was|were|had|aired|released|"
    r"renewed|cancell?ed|announced|revealed|"
    # round 34: a shoot's span told in the past ("Filming ran from May until August")
    r"ran|lasted|took place)\b"
)
_FUTURE_LOW_RE = lower_case_regex("(?=[a-z'])" + _FUTURE_TENSE_RE.pattern)  # "'ll"
_PAST_LOW_RE = lower_case_regex("(?=[a-z])" + _PAST_TENSE_RE.pattern)
#: Verbs that own the date right after them: "announced on Monday" dates the announcement.
_REPORTING_RE = Caseless(
    r"(?i)\b(?:announced|revealed|confirmed|reported|said|told|teased|shared|posted|unveiled|"
    r"wrote|tweeted|noted)\s+(?:\w+\s+)?(?:on|in|back in|earlier|last|this)?\s*$"
)
#: "It has been a month since Kestrel announced that X would return": the time since the
#: announcement, whatever stands between (round 18).
_SINCE_ANNOUNCED_RE = re.compile(
    r"[^.;:!?]{0,160}?\b(?:announced|revealed|confirmed|unveiled|declared)\b")
#: "unveiled the release date on Monday": the day of the announcement.
_ANNOUNCED_DATE_RE = Caseless(
    r"(?i)\b(?:announced|revealed|confirmed|unveiled|shared|set|released)\b[^.,;]{0,35}\b"
    r"(?:date|dates|schedule)\s+(?:on|in|this|last)?\s*(?:\w+day,?\s*)?$"
    r"|\b(?:announced|revealed|confirmed|unveiled|shared)\s+(?:the\s+|its\s+)?(?:official\s+)?"
    r"(?:premiere|release|return|debut)\s+dates?\b[^.;]{0,50}?\s(?:on|in)\s*$"
)
#: A day standing before a premiere-date noun: "announced a June 12 premiere date".
_DATE_NOUN_AFTER_RE = re.compile(
    r"(?i)^\s{1,2}(?:(?:premiere|release|air|return|launch|debut|streaming)\s{1,2}date|"
    # round 40: the event noun itself ("announced a March 3 premiere")
    r"(?:premiere|launch|debut)(?!\s{1,2}(?:episode|night|party|screening)))\b")


def _dates_a_document(text: str, mention: datemod.DateMention) -> bool:
    """``date.announcing_document``: the date is that of the document or appearance an
    announcement came in ("In a June 3 press release, Kestrel said ...", "told fans in an
    interview on Monday"), not that of the event it announces (round 39)."""
    if DOCUMENT_AFTER_DATE_RE.match(text, mention.end) or DOCUMENT_BEFORE_DATE_RE.search(
            text[max(0, mention.start - 40):mention.start]):
        rules.note_set_aside(text, "date", mention.text, "date.announcing_document")
        return True
    return False


def _given_by_date_noun(text: str, mention: datemod.DateMention) -> bool:
    """A day a premiere-date noun gives ("a release date of June 12", "premiere date revealed
    as June 12", "a June 12 premiere date", round 40: "announced a June 12 premiere"): the
    premiere's day, not that of the announcement that gives it, whatever reporting verb stands
    near."""
    return bool(DATE_NOUN_GIVES_RE.search(text[max(0, mention.start - 60):mention.start])
                or _DATE_NOUN_AFTER_RE.match(text[mention.end:mention.end + 30]))


_DATELINE_RE = re.compile(r"^[A-Z][a-z]{2,8}\.? \d{1,2} \([A-Z]{2,6}\) ?(?:--|—|-) ?", re.M)
#: Between a trigger and a far date: a clause of its own (a verb, a break, another subject).
_OTHER_PREDICATE_RE = re.compile(
    r"[;:()—–\"“”]|\b(?:but|while|although|though|which|who|that|when|where|after|before|"
    r"since|is|are|was|were|has|have|had|will|would|said|says|according)\b|\b[a-z]{2,20}ed\b")
#: The run a cancellation ended: "after two seasons", "after a single season and 13 episodes".
_RUN_ENDED_RE = re.compile(
    r"\bafter\s(?:just\s|only\s)?(?:a\ssingle|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d{1,2})\sseasons?(?:\sand\s(?:\d{1,3}|\w+)\sepisodes)?\b")
#: A word in -ed that describes the noun after it ("another animated comedy", "the
#: critically acclaimed drama"): an adjective, not a verb.
_ATTRIBUTIVE_ED_RE = re.compile(r"\b(?:a|an|the|another|its|their|his|her|this|that)\s+"
                                r"(?:[a-z]+ly\s+)?[a-z]{2,20}ed(?=\s+[a-z])")
#: A relative clause opened right after a name: "(which was renewed ...", ", who".
_RELATIVE_AFTER_RE = re.compile(r"^[\"”’']?\s*(?:\(|,|—|–)\s*(?:which|who|that)\b[^()]{0,80}$")
#: A relative clause's plural verb: its antecedent is the whole list before it.
_PLURAL_RELATIVE_RE = re.compile(r"\b(?:which|that)\s{1,3}(?:(?:both|all|also|had)\s{1,3})?"
                                 r"(?:were|are|have)\b")
#: Between two names, a kin apposition: the second names what the first is a spin-off,
#: sequel or prequel of ("Glass Harbor, the spin-off of Harrow Lane, ..."): no list of two
#: shows, the first is the one the verb acts on. Round 18, ``list.kin_apposition``.
_KIN_APPOSITION_GAP_RE = re.compile(
    r"(?i)(?:[\"”’']?,|,[\"”’'])\s{1,3}(?:the|a|an)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:spinoff|spin-off|"
    r"sequel|prequel|follow-up|reboot|remake|revival|adaptation|offshoot|companion)"
    r"(?:\s{1,3}(?:" + common_show_nouns(4) + r"))?\s{1,3}(?:of|to|from)\s{1,3}(?:the\s{1,3})?"
    r"[\"“‘']?")
#: Between two names, the opening of a describing apposition whose head noun follows the second
#: name ("Glass Harbor, the Mara Velt drama, ..."): the second name is a creator, a star or a
#: maker describing the first, no second show (round 22, ``list.description_apposition``).
_DESCRIPTION_APPOSITION_GAP_RE = re.compile(r"(?:[\"”’']?,|,[\"”’'])\s{1,3}the\s{1,3}")
#: Right after the second name: the apposition's show noun (a "-led" or "-fronted" between),
#: and its end (a comma, a dash, the sentence's end or a preposition the verb resumes with).
_DESCRIPTION_APPOSITION_AFTER_RE = re.compile(
    rf"(?:['’]s)?(?:-(?:led|fronted|starring|helmed|created|produced))?\s{{1,3}}"
    rf"(?:[a-z][\w-]{{1,15}}\s{{1,3}})?(?:{SHOW_NOUN_ALT})\s{{0,3}}(?:[,;.!?)—–]|$|\s(?:for|after|"
    rf"in|on|at|by|with|from)\b)")
#: Right after a list item, its own describing aside, opened in lower case by a determiner
#: ("its Western drama", "the Mara Quell comedy", "a Tobin Reyes thriller") or a credit
#: ("starring X", "from X", "created by X"), then either the list going on (a comma,
#: "and", the next item's quotation mark) or the clause going on ("for", "after", the end):
#: the names inside are no items (round 23, ``list.appositive_item``). No status word, speech
#: verb, verb, "and" or kin noun of its own inside, so "X, the network said, and Y", "X,
#: which was renewed, and Y" and "X, the reboot of Y and Z" (an item: round 8) stay as they
#: are.
_APPOSITIVE_ITEM_RE = re.compile(
    r"(?:[\"”’']?,|,[\"”’'])\s{1,3}(?P<aside>(?:(?:both|all|each)\s{1,3})?(?:the|its|their|his|her|a|an|starring|from|"
    r"(?:created|hosted|written|produced|led|fronted|headlined)\s{1,3}by)\s{1,3}"
    r"(?:(?!\b(?i:(?:said|says|which|who|that|was|were|is|are|has|have|will|and|ax|axe[sd]?|"
    r"axing|ends?|ended|ending)\b|(?:renew|cancel|order|return|premier|wrap|reboot|spin|"
    r"sequel|prequel|revival|remake|adaptation|follow|offshoot|companion)\w*\b))"
    r"[^,;:()\"“”.!?—–]){1,60}?)"
    r"(?:(?P<more>(?:[\"”’']?,|,[\"”’'])\s{1,3}(?:and\s{1,3}|as\s{1,3}well\s{1,3}as\s{1,3}|plus\s{1,3})?"
    r"[\"“‘']?)(?=[A-Z0-9])|[\"”’']?(?=,?\s{1,3}(?:for|after|in|on|at|this|last|"
    r"earlier|have|has|had|were|was|are|is|will)\b|[.;!?]|$))")
#: Right after a list item, the next item's owner in the possessive before its quoted title
#: ("renewed Mara Quell's "Salt Road" and Tobin Reyes' "Copper Vale""): the owner is no item,
#: the quoted title after it is (round 23, ``list.appositive_item``).
_OWNED_ITEM_GAP_RE = re.compile(
    r"(?:[\"”’']?,|,[\"”’']|[\"”’']?,?\s{1,3}and)\s{1,3}(?P<aside>"
    + owner_possessive(lead=(0, 3), space=r"\s{1,3}") + r")(?P<more>\s{1,3}[\"“‘'])(?=[A-Z0-9])")
#: Right before a name inside an aside: a show noun ("the drama Nightjar"): the name is the
#: aside's head, a show, not a name describing the item before it.
_SHOW_NOUN_BEFORE_NAME_RE = re.compile(rf"\b(?:{SHOW_NOUN_ALT})\s{{1,3}}[\"“‘']?$")
_ALONG_WITH_RE = Caseless(r"(?i)\b(?:along with|as well as|alongside|together with)\b")
#: Right after a name (or a list of names): the name's own verb ("... and Red Kettle has been
#: cancelled"): it is the subject of its own clause, no object of a trigger before it.
_OWN_VERB_AFTER_RE = re.compile(
    r"[\"”’']?\s{1,3}(?:(?:also|now|then|too|both|all|meanwhile)\s{1,3})?"
    r"(?:has|have|had|is|are|was|were|will|would|won['’]t|isn['’]t|wasn['’]t|hasn['’]t|gets?|"
    r"got|returns?|premieres?|ends?|wraps?)\b")
#: Between a name and a trigger after it: the name's verb phrase ended and a new one of the
#: same subject began ("cancel Tin Roof and has renewed X"): the name was the earlier verb's.
_NEW_VERB_PHRASE_RE = re.compile(
    r"\b(?:and|but)\s{1,3}(?:(?:also|then|later|since)\s{1,3})?(?:has|have|had|also|then|"
    r"later|will|would)\b")
#: Right before a trigger: a passive or copular one ("has been renewed"), which takes its
#: show before it, not after.
_PASSIVE_BEFORE_RE = re.compile(PASSIVE_BEFORE_TRIGGER + "$")
#: The same event again, elided: "as was", "and so has", "nor did", "as will".
_ELLIPSIS = (r"(?:as|and\s{1,3}so|so|(?:and\s{1,3})?(?:neither|nor))\s{1,3}"
             r"(?:was|were|did|does|has|have|is|are|will)")
#: Between a show and the next name: the same event again, elided ("X was renewed, as was Y",
#: "and so was Y", "as did Y", "and so has Y").
_ELLIPSIS_GAP_RE = re.compile(
    rf"^[\"”’']?,?\s{{1,3}}{_ELLIPSIS}"
    r"\s{1,3}(?:(?:the\s{1,3})?(?:[a-z-]{1,20}\s{1,3}){0,2})?[\"“‘']?$")



#: "Renewed: Title (Network)": the paragraph below is about that show.
_TOPIC_LINE_RE = re.compile(
    r"(?i)^(?:renewed|cancell?ed|canceled|ending|ended|returning|new)\s*:\s*"
    r"(?P<title>[^()]{2,60}?)\s*(?:\([^()]{1,30}\))?\s*$")
_RETURNS_FOR_RE = Caseless(r"(?i)\breturns? for (?:a|an|its) \w+ season\b")
#: Direct speech ("... they pulled the plug on us ...," she said): quoted words of six or more.
_SPEECH_RE = re.compile(r"“[^”]*(?:”|$)|(?:^|(?<=\s))\"[^\"]*(?:\"|$)"
                        r"|(?:^|(?<=\s))'[A-Z][^']*(?:'|$)")
#: Undated premieres worth keeping: a series order for a new show, a tracker's status line.
_KEEP_UNDATED_PREMIERE_RE = Caseless(
    r"(?i)\b(?:green-?light|green-?lit|ordered|picked up)\b.*\bnew\b|\bnew\b.*\b(?:green-?light|"
    r"green-?lit|ordered|picked up)\b|^[^:.!?]{2,60}:\s*premieres?\b")


@dataclass(frozen=True)
class _Sentence:
    text: str
    paragraph: int
    #: The article's headline: its facts only count when the body does not state them.
    is_title: bool = False
    #: The title of the section heading the sentence stands under ("#2 Title (Network)").
    topic: str | None = None
    #: A quotation the excerpt cuts off: the text's last line opens a quote it never closes.
    cut_off: bool = False
    #: The status of the status heading over the sentence's section ("Cancelled").
    status: tuple[str, str] | None = None
    #: The season the section heading's note names ("Glass Harbor (Season 2)").
    topic_season: int | None = None
    #: The kind the section heading's label names ("Glass Harbor Premiere Date").
    topic_kind: str | None = None
    #: When ``status`` is a counted decision's (the headline's or the sentence before's: "Fox
    #: renews four dramas"), how many shows it counts: a list of another length is another one.
    status_count: int | None = None
    #: ``status`` is an uncounted decision's of the sentence before, whose list this one
    #: introduces ("... a handful of dramas. They include A, B and C.").
    uncounted: bool = False
    #: The rule by which a decision told elsewhere governs this sentence's list, when it has
    #: no count ("list.headline_decision", "list.decision_before"): the list may have a
    #: predicate of its own ("A, B and C all drew strong numbers").
    decided_by: str | None = None


# --- typography (round 38) ---------------------------------------------------------------------

# Typography made plain for the fact rules, in one place (round 38).
#
# Sites set the same words in different characters: curly or straight apostrophes and quotes,
# hyphens, minus signs and en dashes in ranges, non-breaking or thin spaces inside dates and
# names, full-width punctuation from CMSs, soft hyphens and zero-width spaces inside words. The
# rules read one form: ``plain_typography`` maps every such character to its plain one, character
# for character (``PLAIN_CHARACTERS``), so every offset in the plain text is an offset
# in the text it came from, and ``typeset_like`` cuts the article's own characters back out for
# the evidence and the titles a fact shows.
#
# Characters that must vanish (a soft hyphen, a zero-width space or joiner, a byte-order mark) have
# no one-character plain form. The text stage already drops them from every page it reads
# (``ingest/text.py``: ``INVISIBLE``); text given to the extractor some other way (a feed's
# summary, a test, a devset file) loses them here, before the table, and the evidence is cut
# from that text: what they took is nothing a reader sees.
#
# Kept as they are: curly double quotes (their side tells where a quoted title ends: "CBS
# “Salt Road” June 3"), the em dash (an aside: "Salt Road—which ..." is no hyphenated word), the
# ellipsis, "--" (two characters), guillemets.

#: character -> its plain form, one character each (offsets kept).
PLAIN_CHARACTERS: dict[str, str] = {
    # apostrophes; a curly single quote keeps its side ("Kestrel’s ‘Salt Road’": straight, the
    # possessive's apostrophe and the opening quote would run together) and only an apostrophe
    # inside a word is made straight (``_TYPOGRAPHIC_RE``: "New Year’s Day", "It’s a wrap")
    "\u201a": "\u2018", "\u201b": "\u2018", "\u2032": "'", "\u02bc": "'", "\uff07": "'",
    # double quotes: only the ones without a side ("„" opens, as "“" does); curly ones keep
    # theirs, which the rules read ("CBS “Salt Road” June 3": the title's end is sure)
    "\u201e": "\u201c", "\u201f": "\u201c", "\u2033": '"', "\uff02": '"',
    # hyphens, minus signs, figure and en dashes: a range or a spaced aside ("June 5–9",
    # "Season 2 – Kestrel") reads as its hyphen form; the horizontal bar is an em dash
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-", "\ufe63": "-",
    "\uff0d": "-", "\u2015": "\u2014",
    # spaces that only differ in width or in breaking
    "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ",
    "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ",
    "\u202f": " ", "\u205f": " ", "\u3000": " ",
    # full-width punctuation (East Asian CMSs, copied press releases)
    "\uff01": "!", "\uff0c": ",", "\uff0e": ".", "\uff1a": ":", "\uff1b": ";", "\uff1f": "?",
    "\uff08": "(", "\uff09": ")",
}
#: One pass of re finds the few such characters a text holds (``str.translate`` over a
#: non-ASCII text looks every character up: fifteen times slower on the devset). A spaced en
#: dash sets an aside off as an em dash does ("renewed X – the network's top drama – as
#: well as Y"): it reads as one; an en dash between words or numbers is a hyphen ("June 5–9").
_TYPOGRAPHIC_RE = re.compile("(?P<aside>(?<=\\s)\u2013(?=\\s))|[" + "".join(PLAIN_CHARACTERS)
                             + "]|(?<=[^\\W_])\u2019(?=[^\\W_])")
#: Characters dropped before the table: no width, no one-character plain form.
INVISIBLE_CHARACTERS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE_CHARACTERS}]")
#: The opening of a rewritten piece that finds where it stands in the text.
_ANCHOR_CHARS = 24
#: Only the spaces of the table: a title cut from the article keeps its quotes and dashes but
#: not a non-breaking space.
_SPACES_TABLE = str.maketrans({k: v for k, v in PLAIN_CHARACTERS.items() if v == " "})


def visible(text: str) -> str:
    """``text`` without its invisible characters (soft hyphens, zero-width spaces ...)."""
    if text.isascii():
        return text
    return _INVISIBLE_RE.sub("", text)


def plain_typography(text: str) -> str:
    """``text`` (already ``visible``) with every typographic character in its plain form; the
    same length, character for character."""
    if text.isascii():
        return text
    return _TYPOGRAPHIC_RE.sub(_plain_character, text)


def _plain_character(match: re.Match[str]) -> str:
    if match.group("aside"):
        return "\u2014"
    return PLAIN_CHARACTERS.get(match.group(), "'")


def typeset_like(piece: str, plain: str, original: str) -> str:
    """``piece``, a part of the ``plain`` form of ``original``, in ``original``'s own characters
    (spaces made plain). A piece the rules rewrote ("Boat, How" for a scrape's "BoatHow") is
    aligned with the text from where its opening is found; one whose opening is nowhere is
    returned as it is."""
    if plain is original or plain == original:
        return piece
    at = plain.find(piece)
    if at >= 0:
        return original[at:at + len(piece)].translate(_SPACES_TABLE)
    at = plain.find(piece[:_ANCHOR_CHARS])
    if at < 0:
        return piece
    end = at + len(piece) + _ANCHOR_CHARS
    window, source = plain[at:end], original[at:end]
    if window == source:
        # No typographic character in the window: every character the alignment would copy
        # from ``source`` is the one ``piece`` already holds (round 38, r38speedback).
        return piece.translate(_SPACES_TABLE)
    return _aligned(piece, window, source)


@memo.lru(maxsize=64)  # the same rewritten evidence is set again for each fact it carries
def _aligned(piece: str, window: str, source: str) -> str:
    """``piece`` aligned with ``window`` (``source`` in plain characters): the characters of
    their common runs taken from ``source``, spaces made plain."""
    out = list(piece)
    matcher = difflib.SequenceMatcher(None, piece, window, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out[i1:i2] = source[j1:j2]
    return "".join(out).translate(_SPACES_TABLE)


#: The apostrophes a title shows straight, as ``shows.clean_title`` always wrote them.
_TITLE_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'"})


def title_typeset_like(title: str, plain: str, original: str) -> str:
    """A fact's title in ``original``'s characters (its dashes), apostrophes straight."""
    return typeset_like(title, plain, original).translate(_TITLE_APOSTROPHES)


# --- text preparation ----------------------------------------------------------------------


_NON_WORDS_RE = re.compile(r"\W+")
_SENTENCE_LIKE_END_RE = re.compile(r"[.!?\"”]\s*(?:\w{0,2})?$")
#: A line that opens a quotation and never closes it ("“The second season began shooting
#: March 3 and is set to ru"): as the text's last line, a quotation the excerpt cut off.
_OPEN_QUOTE_LINE_RE = re.compile(r"^[“\"][^”\"]*$")
#: Words of a speaker or the one spoken to: quoted words with them are someone's speech.
_PERSON_WORD_RE = re.compile(r"(?i)\b(?:i|i['’]m|i['’]ve|me|my|we|we['’]re|we['’]ve|us|our|"
                             r"you|your)\b")


@functools.lru_cache(maxsize=4)
def _normal_spaces(text: str) -> str:
    # Memoised: content_lines and status_list_facts both read the same article text.
    return _SPACES_RE.sub(" ", text)


@functools.lru_cache(maxsize=4)
def _text_lines(text: str) -> tuple[str, ...]:
    """The text's lines that hold anything, stripped, spaces made plain: one split of an
    article shared by the readers of its lines as written (status lists, a tracker's dated
    entries, status-headed entries), where each used to split the text again."""
    return tuple(line for raw in _normal_spaces(text).splitlines() if (line := raw.strip()))


def content_lines(text: str, title: str = "") -> list[str]:
    """The lines of article text that can carry facts: page furniture and comments dropped."""
    return [line for line, _ in topical_lines(text, title)]


def topical_lines(text: str, title: str = "") -> list[tuple[str, str | None]]:
    """content_lines, each with the title of the section heading it stands under (or None)."""
    return [(line, topic) for line, topic, *_ in headed_lines(text, title)]


#: A status heading's kind and certainty ("Cancelled": ("cancelled", "confirmed")).
Status = tuple[str, str]


def headed_lines(text: str, title: str = ""
                 ) -> list[tuple[str, str | None, Status | None, int | None, str | None]]:
    """content_lines, each with the title of the section heading it stands under, the status
    of the status heading over its section (``sections.status_sections``) and the season that
    title's heading names in its note ("Glass Harbor (Season 2)") and the kind its label
    names ("Glass Harbor Premiere Date"), or None."""
    text = _normal_spaces(text)
    text = _STAMP_RE.sub("", text, count=1)
    text = _DATELINE_RE.sub("", text)
    title_key = _NON_WORDS_RE.sub(" ", title).strip().lower()
    raw_lines = _join_wrapped(join_bare_leads(
        [unglue_lead(line) for raw in text.splitlines() if (line := raw.strip())]))
    topics = line_topics(raw_lines, lambda sentence: bool(_find_triggers(sentence)))
    statuses = status_sections(raw_lines)
    seasons: list[int | None] = []
    kinds: list[str | None] = []
    for number, topic in enumerate(topics):
        if topic is None or number == 0 or topics[number - 1] != topic:
            seasons.append(heading_season(raw_lines[number]) if topic is not None else None)
            kinds.append(heading_kind(raw_lines[number]) if topic is not None else None)
        else:
            seasons.append(seasons[-1])
            kinds.append(kinds[-1])
    lines: list[tuple[str, str | None, Status | None, int | None, str | None]] = []
    last = len(raw_lines) - 1
    for number, (line, topic, status, season, kind) in enumerate(
            zip(raw_lines, topics, statuses, seasons, kinds, strict=True)):
        if END_OF_BODY_RE.search(line) and lines:
            break
        if JUNK_LINE_RE.match(line) or COMMENT_LINE_RE.match(line):
            continue
        if title_key and _same_as_title(line, title_key):
            continue
        if _is_heading(line) and not (number == last and cut_off_quotation(line)) and not (
                kind and number > 0 and topics[number - 1] == topic and kind == kinds[
                    number - 1] and (number < 2 or topics[number - 2] != topic)
                and DATE_WORD_RE.search(line) and heading_kind(line) is None):
            continue  # a heading, not the date line under a "Title Premiere" heading
        lines.append((unglue(line), topic, status, season, kind))
    return lines


def cut_off_quotation(line: str) -> bool:
    """Whether a text's last line is a quotation the excerpt cut off mid-sentence: it opens a
    quote it never closes, has no sentence end and six words or more. Excerpts end mid-word;
    such a line is prose, not a heading."""
    return (_OPEN_QUOTE_LINE_RE.match(line) is not None
            and not _SENTENCE_LIKE_END_RE.search(line) and len(line.split()) >= 6)


def _join_wrapped(lines: list[str]) -> list[str]:
    """Hard-wrapped text ("Fox has renewed X for a fifth season, the" / "network announced
    Thursday."): a line that stops mid-sentence and a next line that goes on in lower case
    are one line, not a heading and a fragment."""
    joined: list[str] = []
    for line in lines:
        if joined and line[0] in ",;)" and not _SENTENCE_LIKE_END_RE.search(joined[-1]):
            # ", as the site announced ...": a sentence broken where a link or an emphasis
            # ended ("... anime Glass Harbor" / ", as ..."); no line opens with a comma
            joined[-1] = f"{joined[-1]}{line}"
        elif (joined and line[0].islower() and not _SENTENCE_LIKE_END_RE.search(joined[-1])
                and not joined[-1].endswith(":") and _is_prose(joined[-1])
                and not _BYLINE_START_RE.match(line)):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


_BYLINE_START_RE = re.compile(r"by\s")


def _is_prose(line: str) -> bool:
    """Most words in lower case (a headline or a caption capitalises most of its words)."""
    words = [w for w in line.split() if w[0].isalpha()]
    return len(words) >= 4 and sum(w[0].islower() for w in words) * 2 > len(words)


def _same_as_title(line: str, title_key: str) -> bool:
    """The line repeats the headline (compared without punctuation or case)."""
    # Cheap exact test first: a line that starts with a word character keeps it, lower-cased,
    # at the start of its key; most lines fail here and skip the regex.
    first = line[0]
    if (first.isalnum() or first == "_") and not title_key.startswith(first.lower()):
        return False
    return _NON_WORDS_RE.sub(" ", line).strip().lower() == title_key


def _is_heading(line: str) -> bool:
    """Headlines, captions and link titles: short lines that are not sentences."""
    words = line.split()
    if _SENTENCE_LIKE_END_RE.search(line):
        return len(words) <= 2
    if ":" in line and len(line.split(":", 1)[0].split()) <= 8 and len(words) <= 20:
        return False  # "Title: Renewed for Season 4" status lines
    return len(words) <= 16


# --- article-level context -------------------------------------------------------------------


def _attached_seasons(text: str, mentions: Sequence[Mention]
                      ) -> tuple[list[tuple[int | None, ...]], set[int]]:
    """For each mention, the season numbers stated right next to it; and the used phrases."""
    if not mentions:
        return [], set()  # what the loop below gives for no mention, without its cache key
    result, used = _attached_seasons_cached(text, tuple(mentions))
    return list(result), set(used)


@memo.lru(maxsize=4096)
def _attached_seasons_cached(text: str, mentions: tuple[Mention, ...]
                             ) -> tuple[tuple[tuple[int | None, ...], ...], frozenset[int]]:
    """_attached_seasons, memoised: the context and the sentence pass ask about each sentence."""
    result, used = _attached_seasons_uncached(text, mentions)
    return tuple(result), frozenset(used)


#: Between a list's last title and the season phrase after it: the season it is renewed
#: "for", which the whole list shares ("renewed A and B for second seasons").
_FOR_GAP_RE = re.compile(r"(?i)\bfor\b")
#: Between two titles of such a list: a comma or "and", nothing of an item's own ("A back for
#: a final season, B for season 10" gives each its own).
_BARE_LIST_GAP_RE = re.compile(r"^[\"”’']?\s{0,2}(?:,|,?\s{1,2}(?:and|&))\s{1,2}[\"“‘']?$")


def _carry_back(text: str, mentions: Sequence[Mention],
                result: list[tuple[int | None, ...]], last: int,
                found: tuple[int | None, ...]) -> None:
    """"Netflix renewed A, B and C for second seasons": the season phrase after a list's last
    title, joined to it by "for", is every listed title's that has none of its own; an item's
    describing aside ("A, its Western drama, and B") is stepped over (``list.appositive_item``)."""
    i = last - 1
    while i >= 0 and not result[i]:
        if not _BARE_LIST_GAP_RE.match(text[mentions[i].end:mentions[i + 1].start]):
            i = _item_before_aside(text, mentions, i + 1)
            if i < 0 or result[i]:
                return
        result[i] = found
        i -= 1


def _item_aside(text: str, mentions: Sequence[Mention], item: int) -> re.Match[str] | None:
    """The aside right after list item ``item``: one describing it ("X, its Western drama,
    and") or the next item's owner ("X, Tobin Reyes' \"Y\""); its groups ``aside`` and
    ``more`` (the list going on). The one match the season carried back over a list and the
    list read past its asides (``list.appositive_item``) both read (round 24)."""
    return _APPOSITIVE_ITEM_RE.match(text, mentions[item].end) or \
        _OWNED_ITEM_GAP_RE.match(text, mentions[item].end)


def _item_before_aside(text: str, mentions: Sequence[Mention], item: int) -> int:
    """The list item whose describing aside ends right at mention ``item`` (-1: none)."""
    for j in range(item - 1, max(-1, item - 4), -1):
        found = _item_aside(text, mentions, j)
        if found is not None and found.group("more") is not None and \
                found.end() == mentions[item].start:
            return j
    return -1


def _attached_seasons_uncached(text: str, mentions: Sequence[Mention]
                               ) -> tuple[list[tuple[int | None, ...]], set[int]]:
    seasons = season_mentions(text)
    result: list[tuple[int | None, ...]] = []
    used: set[int] = set()
    plural_carry: tuple[int | None, ...] | None = None
    for i, mention in enumerate(mentions):
        found: tuple[int | None, ...] = ()
        for j, (s_start, s_end, numbers, _generic) in enumerate(seasons):
            if not numbers:
                continue
            if s_start >= mention.end:
                gap = text[mention.end:s_start]
                if len(gap) <= 30 and _SEASON_AFTER_GAP_RE.match(gap) and not any(
                        mention.end < m.start < s_start for m in mentions):
                    found = tuple(numbers)
                    used.add(j)
                    if _FOR_GAP_RE.search(gap):
                        _carry_back(text, mentions, result, i, found)
                    break
            elif s_end <= mention.start:
                gap = text[s_end:mention.start]
                if _SEASON_BEFORE_GAP_RE.match(gap) and not any(
                        s_end < m.start < mention.start for m in mentions):
                    found = tuple(numbers)
                    used.add(j)
                    plural_carry = found if "seasons" in text[s_start:s_end].lower() else None
                    break
        if not found:
            paren = _PAREN_SEASON_RE.match(text[mention.end:mention.end + 70])
            if paren:
                found = tuple(n for _, _, nums, _ in season_mentions(paren.group(0)) for n in nums)
                if re.search(r"(?i)\bboth\b", paren.group(0)) and i > 0 and not result[i - 1] \
                        and LIST_GAP_RE.match(text[mentions[i - 1].end:mention.start]):
                    result[i - 1] = found  # "A as well as B (both of which ... Season 4)"
        if not found:
            number = _TITLE_NUMBER_RE.match(text[mention.end:mention.end + 20])
            if number and 0 < int(number.group(1)) < 40:
                found = (int(number.group(1)),)
        if not found:
            found = season_noun_at(text, mention.start, mention.end)
        if not found and plural_carry and i > 0 and LIST_GAP_RE.match(
                text[mentions[i - 1].end:mention.start]):
            found = plural_carry
        elif found and plural_carry != found:
            plural_carry = None
        result.append(found)
    respective, span = respective_seasons(text, mentions)
    if span is not None:
        # "A and B return for 12th and 4th seasons respectively": one season each
        for i, season in respective.items():
            result[i] = (season,)
        used.update(j for j, (start, end, _, _) in enumerate(seasons)
                    if start < span[1] and span[0] < end)
    return result, used


def _main_show(article: Article, sentences: Sequence[_Sentence], index: ShowIndex
               ) -> tuple[str | None, int | None]:
    """The show the article is about (from its title, else the dominant one) and its season."""
    title_mentions = index.mentions(unglue(article.title))
    distinct = list(dict.fromkeys(m.show for m in title_mentions))
    main: str | None = None
    season: int | None = None
    title_text = unglue(article.title)
    listed = len(distinct) >= 2 and any(
        LIST_GAP_RE.match(title_text[a.end:b.start])
        for a, b in zip(title_mentions, title_mentions[1:], strict=False))
    if listed:
        distinct = []  # "Network Renews A, B and 9 More": a round-up, no main show
        return None, None
    if len(distinct) == 2:
        # "From the Creator of A, B Premieres June 4", "B Is the New A": the credit or the
        # comparison is not what the article is about
        credited = {m.show for m in title_mentions if headline_comparison(title_text, m)}
        if len(credited) == 1:
            title_mentions = [m for m in title_mentions if m.show not in credited]
            distinct = [show for show in distinct if show not in credited]
    if 1 <= len(distinct) <= 2:
        seasons, _ = _attached_seasons(unglue(article.title), title_mentions)
        for mention, found in zip(title_mentions, seasons, strict=True):
            if found and found[0] is not None:
                main, season = mention.show, found[0]
                break
        title_triggers = _line_triggers(title_text)
        if main is None and title_triggers and len(distinct) > 1:
            # "Space Saga series Night Ferry cancelled": the title next to the headline's verb
            trig = title_triggers[0]
            main = min(title_mentions, key=lambda m: min(abs(m.end - trig.start),
                                                          abs(m.start - trig.end))).show
        if main is None:
            # otherwise the title the body talks about most
            body = Counter(m.show for s in sentences for m in index.mentions(s.text))
            main = max(distinct, key=lambda show: (body[show], -distinct.index(show)))
    elif not distinct:
        shows_named = Counter(m.show for s in sentences for m in index.mentions(s.text))
        ranked = shows_named.most_common(2)
        if ranked and (len(ranked) == 1 or (ranked[0][1] >= 3
                                            and ranked[0][1] >= 2 * ranked[1][1])):
            main = ranked[0][0]
    if main is not None and season is None:
        for sentence in sentences:
            after = AFTER_SEASONS_RE.search(sentence.text)
            if after and any(m.show == main for m in index.mentions(sentence.text)):
                word = (after.group("n") or "one").lower()
                if not after.group("ord"):
                    # "cancelled after one season": the article's season is that last one
                    season = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
                    break
            if ONLY_SEASON_RE.search(sentence.text) and any(
                    m.show == main for m in index.mentions(sentence.text)):
                season = 1  # "said the season would be the only one": a run of one season
                break
    if main is not None and season is None:
        season = _season_named(article, sentences, index, main)
    if main is not None and season is None and any(
            MORE_SEASONS_RE.search(s.text) for s in sentences) and LIMITED_SERIES_RE.search(
            " ".join(s.text for s in sentences[:12])):
        season = 1  # a limited series "renewed for two more seasons" has had one
    return main, season


def headline_comparison(title: str, mention: Mention) -> bool:
    """A headline names the show as a credit or a comparison, not as its news: "From the
    Creator of X", "X Star Jane Doe's New Drama", "Y Is the New X", "X Meets Y"."""
    before = title[max(0, mention.start - 30):mention.start]
    return named_as_credit(title, mention) or bool(_COMPARED_BEFORE_RE.search(before))


#: Before a show a headline compares another one to: "Is the New 'X'", "the Next X", "Meets X".
_COMPARED_BEFORE_RE = re.compile(r"(?i)\b(?:(?:is|as)\s+the\s+new|meets)\s+['‘\"“]?$")


def _season_named(article: Article, sentences: Sequence[_Sentence], index: ShowIndex,
                  main: str) -> int | None:
    """The season of the main show the article names: the headline's, else the one most often
    named next to the show."""
    title_seasons = [n for _, _, nums, _ in season_mentions(article.title) for n in nums]
    if len(set(title_seasons)) == 1:
        return title_seasons[0]
    seasons_named: Counter[int] = Counter()
    for sentence in sentences:
        mentions = index.mentions(sentence.text)
        attached, _ = _attached_seasons(sentence.text, mentions)
        for mention, found in zip(mentions, attached, strict=True):
            if mention.show == main and found and found[0] is not None:
                seasons_named[found[0]] += 1
    lead = None if title_seasons else _lead_season(sentences, index, main)
    if lead is not None and lead >= max(seasons_named, default=0):
        return lead  # the news is of the latest season named, never of an earlier one
    if seasons_named:
        return max(seasons_named.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return None


#: Before a season phrase: the season is told as what came before the news ("three months
#: after season 2 launched", "following the season 2 finale"), or denied ("there will be no
#: second season": the news is of the first).
_LEAD_HISTORY_RE = re.compile(r"(?i)\b(?:after|following|since|when|once)\b[^,.;]{0,40}$"
                              r"|\b(?:no|not|never|without)\b[^,.;]{0,25}$")
#: After a season phrase: the season is told as aired ("its first season premiered in March").
_LEAD_AIRED_RE = re.compile(r"(?i)[^,.;]{0,25}?\b(?:premiered|aired|debuted|launched|ended|"
                            r"concluded|finished|dropped|was released)\b")


#: After a season phrase: the season itself told as the news, with no word of a kind of fact
#: ("season 3 is official", "a third season is locked in", "Season 3 is a go for X", "season
#: three has been confirmed", "season 2 is finally here"): the lead's season all the same.
_LEAD_NEWS_RE = re.compile(
    r"(?i)\s*(?:(?:of|for)\s+[^,.;:!?]{1,40}?\s+)?(?:is|are|'s|’s|has\s+been|have\s+been|"
    r"will\s+be|was)\s+(?:now\s+|finally\s+|officially\s+|definitely\s+|already\s+|really\s+|"
    r"very\s+much\s+)?(?:official|happening|a\s+go|a\s+lock|a\s+done\s+deal|locked\s+in|"
    r"confirmed|greenlit|green-?lighted|green-?lit|on\s+(?:the|its)\s+way|coming|in\s+the\s+"
    r"works|in\s+development|a\s+reality|going\s+ahead|moving\s+forward|here)\b")


def _lead_season(sentences: Sequence[_Sentence], index: ShowIndex, main: str,
                 told_as_news: bool = False) -> int | None:
    """The season the article's lead tells the news of: the first of the body's opening
    sentences that has an event and one season number, naming no show but the main one ("The
    BBC has confirmed the thriller is coming back for a second series"). The news is what the
    article is about; seasons named more often further down are its history (the first
    series' awards, its cast) and do not outvote it. (A headline naming seasons of its own
    has said what the news is: the lead does not override it.) With ``told_as_news``, a
    sentence with no event counts too when its season is itself told as the news ("Good news
    for X fans: season 3 is official", ``_LEAD_NEWS_RE``; ``season.lead_season_told_as_news``)."""
    for sentence in [s for s in sentences if not s.is_title][:LEAD_SENTENCES]:
        text = sentence.text
        if any(m.show != main for m in index.mentions(text)):
            continue
        phrases = [(start, end, nums) for start, end, nums, _ in season_mentions(text)]
        numbers = {n for _, _, nums in phrases for n in nums if n}
        if len(numbers) != 1:
            continue
        if not _find_triggers(text) and not (told_as_news and any(
                _LEAD_NEWS_RE.match(text, end) for _, end, _ in phrases)):
            continue
        if any(_LEAD_HISTORY_RE.search(text[max(0, start - 45):start])
               or _LEAD_AIRED_RE.match(text, end) for start, end, _ in phrases):
            continue  # "weeks after season 2 premiered", "no second season": not the news's
        return numbers.pop()
    return None


#: A genre noun right before a show's name ("the Kestrel drama Salt Road", "Kestrel's comedy
#: 'Lisbon'"), or an apposition or copula calling it one right after ("Lisbon, a comedy set
#: in a bakery", "Salt Road, the Kestrel thriller,", "Lisbon is a sitcom"): what the article
#: calls the show (``ArticleContext.described_as``, round 36).
_GENRE_BEFORE_RE = re.compile(rf"(?i)\b((?:[a-z]{{1,12}}-)?(?:{GENRE_ALT}))\s{{1,3}}[\"“‘']?$")
_GENRE_AFTER_RE = re.compile(
    r"[\"”’']?(?:,|\s{1,3}(?:is|was))\s{1,3}(?:a|an|the|its|their|[A-Z][\w'’-]{0,20}['’]s)"
    rf"\s{{1,3}}(?:[\w'’-]{{1,20}}\s{{1,3}}){{0,3}}?({GENRE_ALT})\b", re.I)


def _described_as(found: dict[str, tuple[frozenset[str], int]], number: int, text: str,
                  mentions: Sequence[Mention]) -> None:
    """Add to ``found`` the genre nouns one body sentence (number ``number``) calls each show
    by beside its name, keeping the number of the first sentence that does
    (``_GENRE_BEFORE_RE``, ``_GENRE_AFTER_RE``). ``_build_context`` calls it from its own loop
    over the sentences' mentions (round 36: one reading of each sentence's mentions)."""
    for mention in mentions:
        before = _GENRE_BEFORE_RE.search(text, max(0, mention.start - 24), mention.start)
        after = _GENRE_AFTER_RE.match(text, mention.end, mention.end + 90)
        # a compound calls it by each of its genres ("the comedy-drama Salt Road")
        words = [m.group(1).lower() for m in (before, after) if m]
        nouns = {noun for word in words
                 for noun in ([word] if word in GENRE_NOUNS else word.split("-"))
                 if noun in GENRE_NOUNS}
        if nouns:
            known, first = found.get(mention.show, (frozenset(), number))
            found[mention.show] = (known | nouns, first)


def _build_context(article: Article, sentences: Sequence[_Sentence], index: ShowIndex,
                   known_seasons: Mapping[str, int] | None = None) -> ArticleContext:
    main, season = _main_show(article, sentences, index)
    show_seasons: dict[str, set[int]] = {}
    returning: set[str] = set()
    named_times: Counter[str] = Counter()
    described_as: dict[str, tuple[frozenset[str], int]] = {}
    for number, sentence in enumerate(sentences):
        mentions = index.mentions(sentence.text)
        if mentions and not sentence.is_title:
            _described_as(described_as, number, sentence.text, mentions)
        attached, _ = _attached_seasons(sentence.text, mentions)
        for mention, found in zip(mentions, attached, strict=True):
            named_times[mention.show] += 1
            show_seasons.setdefault(mention.show, set()).update(n for n in found if n)
            before = sentence.text[max(0, mention.start - 70):mention.start]
            if RETURNING_SHOW_RE.search(before):
                returning.add(mention.show)
    roundup = bool(ROUNDUP_TITLE_RE.search(article.title)) or (
        main is None and len(show_seasons) >= 6)
    headline_kinds: frozenset[str] = frozenset()
    title = article.title
    title_triggers = _line_triggers(title)
    headline_any = bool(title_triggers) or bool(season_mentions(title))
    if title and not QUESTION_END_RE.search(title) and not ROUNDUP_TITLE_RE.search(title):
        headline_kinds = frozenset(
            t.kind for t in title_triggers
            if not NEGATION_RE.search(title[max(0, t.start - 30):t.start])
            and t.kind in ("renewed", "cancelled", "filming_started", "filming_wrapped"))
    new_shows, called_new = _new_shows(article, sentences, index, main)
    return ArticleContext(article, main, season, roundup, show_seasons, returning,
                          focused=main is not None and len(show_seasons) <= 8,
                          headline_kinds=headline_kinds, headline_any=headline_any,
                          final_seasons=_final_seasons(article, sentences, index, main),
                          aired_seasons=_aired_seasons(index, known_seasons or {}),
                          named_seasons=_named_seasons(sentences, index, main),
                          named_ahead=_named_seasons(sentences, index, main, ahead=True),
                          run_lengths=_run_lengths(sentences, index, main)
                          | _runs_after_first(sentences, index, main),
                          runs_told_as_count=_runs_told_as_count(article.title, sentences,
                                                                 index, main),
                          current_seasons=_current_seasons(sentences, index, main),
                          aired_in_article=_aired_in_article(sentences, index, main),
                          new_shows=new_shows, called_new=called_new,
                          described_as=described_as,
                          parts_are_seasons=_parts_are_seasons(article, sentences),
                          named_times=dict(named_times),
                          referred_seasons=_referred_seasons(sentences, index),
                          heading_seasons=functools.cache(
                              functools.partial(_heading_seasons, article, index)),
                          pilot_shows=_pilot_shows(sentences, index),
                          one_season_shows=_one_season_shows(sentences, index, main),
                          commissioned=_commissioned_shows(sentences, index),
                          new_in_passing=_new_in_passing(sentences, index, main),
                          new_before_named=_new_before_named(article.title, sentences, index,
                                                             main),
                          lead_news_season=_lead_news_season(article, sentences, index, main,
                                                             season),
                          headline_shows=frozenset(
                              m.show for m in index.mentions(unglue(article.title))))


def _lead_news_season(article: Article, sentences: Sequence[_Sentence], index: ShowIndex,
                      main: str | None, season: int | None) -> int | None:
    """The main show's season the lead tells as the news with no event word ("Good news for
    X fans: season 3 is official. Kestrel renewed X on Monday."), when nothing else gave the
    article a main season and its headline numbers none (``season.lead_season_told_as_news``)."""
    if main is None or season is not None or season_mentions(article.title):
        return None
    return _lead_season(sentences, index, main, told_as_news=True)


def _parts_are_seasons(article: Article, sentences: Sequence[_Sentence]) -> bool:
    """The article calls a season a part: the same number after "Part" and after "season"
    (from 2 on: every show has a first season), a part past the second, and no season told in
    parts."""
    parts: set[int] = set()
    seasons: set[int] = set()
    for text in (article.title, *(s.text for s in sentences)):
        if "art" not in text:
            continue
        if SEASON_SPLIT_RE.search(text):
            return False
        parts.update(n for m in PART_NUMBER_RE.finditer(text)
                     if (n := _number(m.group("n"))) is not None)
    if not parts:
        return False
    for text in (article.title, *(s.text for s in sentences)):
        seasons.update(n for _, _, numbers, _ in season_mentions(text) for n in numbers if n)
    # (a season split in two has parts 1 and 2: a third part is another season's)
    return max(parts) >= 3 and any(n >= 2 for n in parts & seasons)


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


#: A show's run right after its name: "X ran for three seasons", "X ends after a single
#: season", "X, which lasted two seasons," (bounded: the name's own clause).
_RUN_LENGTH_RE = Caseless(
    r"(?i)^(?:['’]s?)?,?\s+(?:(?:which|that|who)\s+)?(?:\w+\s+){0,2}?(?:ran|(?:has|had|have)\s+run|lasted|ends|ended|"
    r"concludes|concluded|wraps|wrapped|finishes|finished|bows out|bowed out)\s+"
    r"(?:(?:for|after|with)\s+)?(?:just\s+|only\s+)?(?:(?P<n>\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)|(?P<one>a\s+single|a\s+lone|one))\s+seasons?\b",
    stems=("season",))


#: A count of a show's seasons, all of them, told anywhere in a sentence about that one show:
#: "its three seasons", "all three seasons", "over three seasons", "the comedy's three
#: seasons", "aired three seasons", "on the air for three seasons". Not a part of the run
#: ("its first two seasons", "two more seasons"), nor seasons of something ("three seasons of
#: the show" may be a few of many).
_SEASON_COUNT_RE = Caseless(
    r"(?i)(?:\b(?:its|their|all|all\s+of\s+its|over|across|throughout|during|over\s+its|"
    r"across\s+its|throughout\s+its|during\s+its|aired|produced|spanned|spanning|"
    r"on\s+(?:the\s+)?air\s+for)|['’]s?)\s+"
    r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+seasons\b"
    r"(?!\s+(?:of|more|left|to\s+come|ahead|later)\b)",
    stems=("seasons",))


#: A sentence that opens on the main show by reference: "The drama ran for three seasons", "The
#: drama, which has run for three seasons," (round 22: the comma).
_REFERENCE_SUBJECT_RE = re.compile(
    rf"(?i)^\s*(?:the\s+(?:[\w-]+\s+)?(?:{SHOW_NOUN_ALT})|it)(?=[\s,])")


def _one_number_each(found: Mapping[str, set[int]]) -> dict[str, int]:
    """Per show, the one number the article's readings gave it; a show given two different
    numbers gets none (the article-wide season and run readings below share this)."""
    return {show: next(iter(numbers)) for show, numbers in found.items() if len(numbers) == 1}


def _run_lengths(sentences: Sequence[_Sentence], index: ShowIndex,
                 main: str | None = None) -> dict[str, int]:
    """How many seasons the article says each show ran, where it says so right after the
    show's name, or after "The drama" / "It" opening a sentence about the main show, or counts
    them all in a sentence about one show ("its three seasons"; one number per show; two
    different numbers: none)."""
    found: dict[str, set[int]] = {}
    for sentence in sentences:
        text = sentence.text
        if "season" not in text.lower():
            continue
        mentions = index.mentions(text)
        ends = [(mention.show, mention.end) for mention in mentions]
        if not mentions and main is not None and (
                subject := _REFERENCE_SUBJECT_RE.match(text)):
            ends = [(main, subject.end())]
        for show, end in ends:
            run = _RUN_LENGTH_RE.match(text[end:end + 80])
            if run is None:
                continue
            number = 1 if run.group("one") else (
                int(run.group("n")) if run.group("n").isdigit()
                else NUMBER_WORDS.get(run.group("n").lower()))
            if number:
                found.setdefault(show, set()).add(number)
        counted = _sole_show(mentions, main)
        if counted is not None:
            for count in _SEASON_COUNT_RE.finditer(text):
                number = _number(count.group("n"))
                if number:
                    found.setdefault(counted, set()).add(number)
    return _one_number_each(found)


#: A show's run told as a count in passing (round 24): the count as an adjective of the show or
#: its run ("the three-season drama", "its three-season run", "a two-season stint"; not an
#: order, "a two-season renewal", nor "renewed for a three-season run"), or after a verb of
#: running ("after running for three seasons", "having aired two seasons", "which has run for
#: two seasons"), as the point a decision came ("three seasons in."), or opening a sentence
#: ("After three seasons, the show ended": not "three seasons away").
_NUMBER_ALT = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_RUN_TOLD_AS_COUNT_RE = Caseless(
    r"(?i)(?<!\bfor\s)(?<!\bfor\sa\s)(?<!\bfor\san\s)(?<!\bto\s)(?<!\bto\sa\s)"
    rf"(?:\b(?:the|a|an|its|their|this|that|['’]s)\s+)?(?:\b[a-z]+\s+)?\b"
    rf"(?P<adj>{_NUMBER_ALT})[-‑]"
    r"season(?:[-‑]long)?\s+(?!(?:[\w-]+\s+)?(?:order|orders|pickup|pick-up|renewal|deal|"
    r"commitment|extension|contract|option|pact|arc|plan|overall)\b)"
    rf"(?:[\w-]+\s+)?(?:run|stint|tenure|lifespan|(?:{SHOW_NOUN_ALT}))\b"
    r"|\b(?:after|having|since|has|had|have)\s+(?:running|airing|run|aired|lasting|lasted|"
    r"spending|spanned)\s+"
    rf"(?:for\s+)?(?:just\s+|only\s+)?(?P<ger>{_NUMBER_ALT})\s+seasons\b"
    r"(?!\s+(?:of|more|left|to\s+come|ahead|later)\b)"
    rf"|\b(?P<into>{_NUMBER_ALT})\s+seasons\s+in(?=\s{{0,2}}[,.;:!?)—–]|\s*$)"
    # a sentence opening on the run: "After three seasons, the show ended in March."
    rf"|^\W{{0,3}}after\s+(?:just\s+|only\s+)?(?P<opening>{_NUMBER_ALT})\s+(?:[a-z-]+\s+)?"
    r"seasons\b(?!\s+(?:away|off|later|ago|of|more|left)\b)",
    # every match spells "seasons" or a hyphen's "-season": most sentences' "season" opens
    # no alternative (``prefilter.required_stems`` reads the same from the pattern)
    stems=("seasons", "-season", "‑season"))


#: Right before "a two-season run", a verb that orders or deals it: an order, not a run told.
_RUN_ORDERED_BEFORE_RE = re.compile(
    r"(?i)\b(?:ordered|orders?|commissioned|commissions?|signed|signs?|greenlit|green-lit|"
    r"greenlights?|gave|given|gives?|granted|grants?|offered|offers?)\s+\Z")


def _show_of_count(count: re.Match[str], mentions: Sequence[Mention]) -> str | None:
    """In a sentence naming several shows, the one a run count is told of: the name right
    after "the three-season drama", else the one show named before "after running for three
    seasons" (a network named after the count, as in "... on Tovrel", is not counted)."""
    if count.group("adj"):
        after = [m for m in mentions if count.end() <= m.start <= count.end() + 3]
        if after:
            return after[0].show
    before = {m.show for m in mentions if m.end <= count.start()}
    if not before and count.start() <= 12:
        # "Having aired three seasons on Tovrel, X has been renewed": the opening frame's
        # subject is the name right after its comma
        comma = count.string.find(",", count.end())
        subject = [m for m in mentions if comma >= 0 and comma < m.start <= comma + 3]
        return subject[0].show if subject else None
    return before.pop() if len(before) == 1 else None


def _runs_told_as_count(title: str, sentences: Sequence[_Sentence], index: ShowIndex,
                        main: str | None = None) -> dict[str, int]:
    """The run each show has had, told as a count in passing (``_RUN_TOLD_AS_COUNT_RE``) in a
    sentence about that one show (the one it names, the main show when it names none), the
    headline's too ("Tovrel cancels three-season drama X"): the
    seasons made so far, one number per show (two different numbers: none). Round 24: the
    run readers before it needed "ran for" right after the name, or "after N seasons"."""
    found: dict[str, set[int]] = {}
    for text in (unglue(title), *(sentence.text for sentence in sentences)):
        counts = list(_RUN_TOLD_AS_COUNT_RE.finditer(text))
        if not counts:
            continue
        mentions = index.mentions(text)
        sole = _sole_show(mentions, main)
        for count in counts:
            if count.group("adj") and _RUN_ORDERED_BEFORE_RE.search(
                    text, max(0, count.start() - 24), count.start()):
                continue  # "had ordered a two-season run": an order, no run told
            counted = sole or _show_of_count(count, mentions)
            if count.group("adj") and count.group(0).split()[0].lower() in ("a", "an") and \
                    not any(m.show == counted for m in mentions):
                # "its star led a two-season comedy on Tovrel": a show the sentence does not
                # name is not the article's show
                counted = None
            number = _number(count.group("adj") or count.group("ger") or count.group("into")
                             or count.group("opening"))
            if counted is not None and number:
                found.setdefault(counted, set()).add(number)
    return _one_number_each(found)


#: Right after a show's name: the text calls it new ("X is a freshman drama", "X, the new
#: comedy from ...", "X, its new drama", "X, one of the network's new comedies") or tells its
#: debut ("X, which debuted in January").
#: Round 41 (r41new): the copula may follow a relative "which" ("X, which is a new drama for
#: Kestrel,"), up to two words may stand between the owner and the new word ("X, Kestrel's
#: hotly anticipated new drama"), and the new word may be "brand-new"; not "a new series of
#: ..." (a British show's next season, as ``patterns.NEW_SHOW_RE`` reads it).
_NEW_PREDICATE = (
    r"(?:which\s+)?(?:is\s+|was\s+)?(?:one\s+of\s+)?(?:a|an|the|its|their|"
    r"this\s+(?:year|season|fall)['’]s|(?:[A-Z][\w+&!.]{1,20}\s+)?[A-Z][\w+&!.]{1,20}['’]s)\s+"
    r"(?:[\w+'’-]+\s+){0,2}(?:brand-)?(?:new|newest|freshman|rookie|first-year|upcoming)\s+"
    rf"(?:[\w-]+\s+)?(?:series|{NEW_KIND_ALT})\b(?!\s+of\b)")
_NEW_STEMS = (*NEW_STEMS, "upcoming")
#: Round 41 (r41new): between the name and the copula, a phrase set off by commas that tells
#: who is in it or where it comes from ("X, starring Dana Holt, is a new drama").
_NEW_AFTER_RE = Caseless(
    r"(?i)^[\"”’']?(?:,\s+(?:starring|from|created\s+by|written\s+by|set\s+in|based\s+on)\s"
    r"[^,;.:()]{1,60},(?=\s+(?:is|was)\s))?[,:]?\s+" + _NEW_PREDICATE, stems=_NEW_STEMS)
#: Round 41 (r41new): after the last of a list of names joined by commas and "and", the
#: list called new in the plural ("X and Y are new dramas from Kestrel", "X, Y and Z are
#: among the network's new comedies").
_NEW_LIST_AFTER_RE = Caseless(
    r"(?i)^[\"”’']?\s+(?:are|were)\s+(?:both\s+|all\s+)?(?:among\s+)?"
    r"(?:(?:the|two|three|four|five|several|(?:[A-Z][\w+&!.]{1,20}\s+)?[A-Z][\w+&!.]{1,20}"
    + POSSESSIVE + r")\s+){0,2}(?:[\w+'’-]+\s+)?(?:brand-)?"
    rf"(?:new|newest|freshman|rookie|first-year|upcoming)\s+(?:[\w-]+\s+)?"
    rf"(?:series|shows|{NEW_KIND_ALT})\b", stems=_NEW_STEMS)
#: Names joined in a list: a comma, "and", ", and" or "&" between one and the next.
_LIST_JOINT_RE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$")
#: Round 41 (r41new): right after a show's name, its series debut still to come, in the noun
#: ("X will make its series debut in May"): a show's first airing. A bare "makes its debut
#: on Tovrel" is as often a show moving networks: no season (round 37's place controls).
_DEBUT_NOUN_AHEAD_RE = Caseless(
    r"(?i)^[\"”’']?,?\s+(?:(?:will|is\s+set\s+to|is\s+due\s+to|is\s+to)\s+make|makes)\s+"
    r"its\s+series\s+debut\b", stems=("debut",))
#: A sentence opening on a show called new by its kind, its name set off after a lead: "The
#: new comedy from the creators of Y, X, premieres ...".
_NEW_APPOSED_RE = Caseless(
    r"(?i)^\W{0,3}(?:the|a|an|its|their|(?:[A-Z][\w+&!.]{1,20}\s+)?[A-Z][\w+&!.]{1,20}['’]s)\s+"
    r"(?:[\w+'’-]+\s+)?(?:new|newest|freshman|rookie|first-year|upcoming)\s+(?:[\w-]+\s+){0,2}"
    rf"(?:series|{NEW_KIND_ALT})\b[^,;.:]{{0,80}},\s{{0,2}}[\"“‘']?$",
    stems=_NEW_STEMS)
#: A show a network commissions by name, set off as a count of parts: "Tovrel has commissioned
#: X, a six-part drama", "is making X, an eight-episode thriller", "X, a six-part comedy, has been
#: ordered by Tovrel" (round 22): a commission told by its parts, with no season, is of a new
#: show, as the devset's convention reads it (season 1).
_COMMISSIONED_BEFORE_RE = Caseless(
    r"(?i)\b(?:(?:has|have|had)\s+)?(?:commissioned|commissions|ordered|orders|greenlit|"
    r"green-lit|greenlights|(?:is|are)\s+making|(?:is|are)\s+producing)\s+"
    rf"(?:(?:the|a|an)\s+(?:[\w-]+\s+)?(?:{NEW_KIND_ALT}|series)\s+)?[\"“‘']?$",
    stems=("commission", "order", "green", "making", "producing"))
_PARTS_APPOSED_RE = Caseless(
    r"(?i)^[\"”’']?,\s+(?:a|an)\s+(?:new\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen)[- ](?:part|episode)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:series|{NEW_KIND_ALT})\b(?P<rest>[^.;]{{0,80}})",
    stems=("part", "episode"))
_COMMISSIONED_AFTER_RE = re.compile(
    r"(?i)^(?:[^.;]{0,60}?,\s+(?:has|have|had)\s+been\s+(?:commissioned|ordered|greenlit|"
    r"green-lit)\b|\s+(?:[\w-]+\s+){0,2}?(?:commissioned|ordered|greenlit|green-lit)\s+by\b)")


def _commissioned_shows(sentences: Sequence[_Sentence], index: ShowIndex) -> frozenset[str]:
    """The shows the article tells as commissioned by their parts (``_commissioned_by_parts``)."""
    return frozenset(
        mention.show for sentence in sentences
        if "part" in (low := sentence.text.lower()) or "episode" in low
        for mention in index.mentions(sentence.text)
        if _commissioned_by_parts(sentence.text, mention.start, mention.end))


def _commissioned_by_parts(text: str, start: int, end: int) -> bool:
    """A show commissioned by name and set off as a count of parts ("Tovrel has commissioned
    X, a six-part drama"; "X, a six-part comedy, has been ordered")."""
    parts = _PARTS_APPOSED_RE.match(text[end:end + 160])
    if parts is None:
        return False
    return bool(_COMMISSIONED_BEFORE_RE.search(text[max(0, start - 80):start])
                or _COMMISSIONED_AFTER_RE.match(text[end + parts.start("rest"):end + 160])
                or _COMMISSIONED_AFTER_RE.match(text[end:end + 160]))


#: A show's pilot told in a sentence about it alone ("airing weekly, starting with the pilot",
#: "the pilot was filmed in Vancouver"): the show is in its first season.
_PILOT_RE = Caseless(
    r"(?i)\b(?:the|its|a)\s+(?:[\w-]+\s+){0,2}?pilot\b(?!\s+(?:season|for|of|order))",
    stems=("pilot",))
_DEBUT_AFTER_RE = Caseless(
    r"(?i)^[\"”’']?,?\s+(?:which|that)\s+(?:only\s+|just\s+|first\s+)?(?:debuted|premiered|"
    r"launched)\b(?P<when>[^,;.]{0,40})",
    stems=("debuted", "premiered", "launched"))
#: Round 40 (r40season): a show's series premiere told right after its name, "X had its
#: series premiere on Kestrel in January", "X's series debut drew ...": a debut within the year,
#: as ``_DEBUT_AFTER_RE``'s (the premiere of the show, not of a season: its first).
_SERIES_DEBUT_AFTER_RE = Caseless(
    r"(?i)^(?:[\"”’']?\s+(?:had|made|got|enjoyed)\s+its\s+(?:[\w-]+\s+)?|[\"”’']?"
    + POSSESSIVE + r"\s+)series\s+(?:premiere|debut)\b(?P<when>[^,;.]{0,40})",
    stems=("series premiere", "series debut"))
#: The same told in a sentence naming no show, opening on the show by reference ("The drama
#: had its series premiere in January."): the referred show's debut.
_SERIES_DEBUT_REFERENCE_RE = Caseless(
    r"(?i)^\W{0,3}(?:it|(?:the|this)\s+(?:[\w-]+\s+)?(?:show|series|" + NEW_KIND_ALT
    + r"))\s+(?:had|made|got|enjoyed)\s+its\s+(?:[\w-]+\s+)?series\s+(?:premiere|debut)\b"
    r"(?P<when>[^,;.]{0,40})",
    stems=("series premiere", "series debut"))
#: A sentence naming no show that opens on one called new by its kind: "The freshman comedy
#: drew small audiences.", "This new docuseries follows ...", "NBC's rookie drama ...".
#: "The new series" alone is not one: it is as often a British show's new season.
_NEW_REFERENCE_RE = Caseless(
    r"(?i)^\W{0,3}(?:(?:the|this|its|their|[A-Z][\w+&!.]{1,20}['’]s)\s+(?:[\w+'’-]+\s+)?"
    rf"{NEW_WORDS}\s+"
    rf"(?:(?:[\w-]+\s+)?(?:{NEW_KIND_ALT})|[\w-]+\s+series)\b"
    rf"|(?:it|the\s+(?:[\w-]+\s+)?(?:series|{NEW_KIND_ALT}))\s+(?=is\s|was\s)"
    + _NEW_PREDICATE + ")",
    stems=_NEW_STEMS)


#: Round 23: a sentence naming no show that tells the show it refers to as new anywhere in it,
#: not only at its opening: "Starring Dana Holt, the new drama follows ...", "In the new
#: thriller, ...", "Dana Holt stars in the freshman comedy", "The series is one of three new
#: dramas", "..., the eight-part series is among the network's new comedies". A definite or
#: possessive determiner only ("a new drama" brings in another show), nothing "of" after the
#: noun, and "series" only with a word before it ("the new series" alone is as often a British
#: show's new season). Before the phrase, only the sentence's opening, a comma or a word that
#: puts a person in the show ("stars in", "joins"): "ordered the new drama" may be another's.
_NEW_OWNER = r"(?:the|this|its|their|(?:[A-Z][\w+&!.]{1,20}\s+)?[A-Z][\w+&!.]{1,20}['’]s)"
_NEW_AMONG = (
    r"(?:one\s+of|among)\s+(?:(?:the|two|three|four|five|six|seven|eight|several|many|"
    rf"\d{{1,2}}|{_NEW_OWNER})\s+){{0,2}}(?:[\w-]+\s+)?{NEW_WORDS}\s+(?:[\w-]+\s+)?"
    rf"(?:series|shows|{NEW_KIND_ALT})\b")
_NEW_IN_PASSING_RE = Caseless(
    r"(?i)(?:^\W{0,3}|,\s+|\b(?:in|into|joins?|joined|stars?|starred|starring|leads?|led|"
    rf"headlines?|fronts?)\s+){_NEW_OWNER}\s+(?:[\w+'’-]+\s+)?{NEW_WORDS}\s+"
    rf"(?:(?:[\w-]+\s+)?(?:{NEW_KIND_ALT})|[\w-]+\s+series)\b(?!['’]|\s+of\b)"
    r"|(?:^\W{0,3}|,\s+)(?:it|the\s+(?:[\w-]+\s+)?(?:series|"
    rf"{NEW_KIND_ALT}))\s+(?:is|was)\s+{_NEW_AMONG}",
    stems=_NEW_STEMS)
#: Right after a show's name, counted among new shows: "X is one of three new dramas", "X,
#: one of two new comedies from Y,", "X is among Tovrel's new comedies".
_NEW_AMONG_AFTER_RE = Caseless(
    r"(?i)^[\"”’']?(?:,\s+|\s+(?:is|was)\s+)" + _NEW_AMONG, stems=_NEW_STEMS)


def _new_in_passing(sentences: Sequence[_Sentence], index: ShowIndex,
                    main: str | None) -> frozenset[str]:
    """Shows the article tells as new in passing (round 23, ``season.new_in_passing``): a
    sentence naming no show that calls the show it refers to new anywhere in it
    (``_NEW_IN_PASSING_RE``; the show the last sentence naming shows named alone, the main
    show before any is named), or a show counted among new ones right after its name
    (``_NEW_AMONG_AFTER_RE``). ``_new_shows`` reads only a sentence's opening and a predicate
    right after the name, so "Starring Dana Holt, the new drama follows ..." left a new show's
    premiere unnumbered."""
    found: set[str] = set()

    def unnamed(text: str, referred: str) -> bool:
        if _NEW_IN_PASSING_RE.search(text) and not season_mentions(text) and not (
                may_introduce(text) and INTRODUCED_RE.search(text)):
            found.add(referred)
            return True
        return False  # a sentence bringing in a new show ends the reference

    def named(text: str, mentions: Sequence[Mention]) -> None:
        for mention in mentions:
            if _NEW_AMONG_AFTER_RE.match(text[mention.end:mention.end + 120]):
                found.add(mention.show)
    _walk_referred(sentences, index, main, unnamed, named)
    return frozenset(found)


def _walk_referred(sentences: Sequence[_Sentence], index: ShowIndex, main: str | None,
                   unnamed: Callable[[str, str], bool],
                   named: Callable[[str, Sequence[Mention]], None]) -> None:
    """Read the article's sentences in order: one naming shows goes to ``named``; one naming
    none, to ``unnamed`` with the show it speaks of — the one the last sentence naming shows
    named alone (none after one naming several, or after one bringing in a show it does not
    name: "NBC also ordered a new comedy."), the main show before any is named. A sentence
    ``unnamed`` did not read as that show's (it returns False) and that brings in a show
    ends the reference. The one walk of ``_new_shows``, ``_new_in_passing`` and
    ``_referred_seasons`` (round 24)."""
    referred: str | None = main
    for sentence in sentences:
        text = sentence.text
        mentions = index.mentions(text)
        if mentions:
            referred = _sole_show(mentions, None)
            named(text, mentions)
        elif referred is not None and unnamed(text, referred):
            continue
        elif may_introduce(text) and INTRODUCED_RE.search(text):
            referred = None


def _new_shows(article: Article, sentences: Sequence[_Sentence], index: ShowIndex,
               main: str | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """Shows the article calls new or says debuted within the last year, where it names them
    (or, called new, where a sentence opens on them by their kind: "The freshman comedy drew
    ..."); and of those, the ones it calls new in words."""
    found: set[str] = set()
    called: set[str] = set()

    def within_the_year(when: str) -> bool:
        return any((start := datemod.start_date(d.value)) is not None
                   and 0 <= (article.published - start).days <= 366
                   for d in datemod.find_dates(when, article.published, future=False))

    def unnamed(text: str, referred: str) -> bool:
        if _NEW_REFERENCE_RE.match(text):  # "The freshman comedy drew ...": the show's
            found.add(referred)
            called.add(referred)
            return True
        debut = _SERIES_DEBUT_REFERENCE_RE.match(text)
        if debut and within_the_year(debut.group("when")):
            found.add(referred)
            return True
        return False

    def named(text: str, mentions: Sequence[Mention]) -> None:
        run: list[Mention] = []
        for mention in mentions:
            # round 41: a list of names called new in the plural after its last one
            if run and not _LIST_JOINT_RE.match(text[run[-1].end:mention.start]):
                run = []
            run.append(mention)
            after = text[mention.end:mention.end + 80]
            if len(run) > 1 and _NEW_LIST_AFTER_RE.match(after):
                found.update(m.show for m in run)
                called.update(m.show for m in run)
            if NEW_SHOW_RE.search(text[max(0, mention.start - 60):mention.start]) or \
                    _NEW_AFTER_RE.match(after) or _DEBUT_NOUN_AHEAD_RE.match(after) or (
                        mention.start <= 160 and _NEW_APPOSED_RE.match(text[:mention.start])):
                found.add(mention.show)
                called.add(mention.show)
                continue
            debut = _DEBUT_AFTER_RE.match(after) or _SERIES_DEBUT_AFTER_RE.match(after)
            if debut and within_the_year(debut.group("when")):
                found.add(mention.show)
        # round 41: an order to series of the one show the sentence names makes it new
        # ("Kestrel has given X a series order"), where the sentence numbers no season and
        # does not take the order back: ``season.called_new_elsewhere``'s first season
        if len({m.show for m in mentions}) == 1 and SERIES_ORDER_PHRASE_RE.search(text) \
                and not SERIES_ORDER_UNDONE_RE.search(text) and not season_mentions(text):
            called.add(mentions[0].show)

    # round 41: a headline calling its show new ("New Drama X Premieres on Kestrel") tells
    # the show new as a body sentence would (the walk reads the body only)
    title = unglue(article.title.strip())
    if title and (title_mentions := index.mentions(title)):
        named(title, title_mentions)
    _walk_referred(sentences, index, main, unnamed, named)
    return frozenset(found), frozenset(called)


#: Round 24: a line naming no show that brings one in as new by its kind before naming it
#: ("Kestrel's new drama premieres Friday.", "Tovrel has a new comedy coming.", a headline
#: "Kestrel renews freshman drama"): a determiner, an owner or "a" before the new word, one
#: show's kind after it (not a plural, not "... of", "series" only with a word before it:
#: "the new series" alone is as often a British show's new season).
_NEW_BEFORE_NAMED_RE = Caseless(
    rf"(?i)(?:^\W{{0,3}}|\b(?:a|an|{_NEW_OWNER})\s+){NEW_WORDS}\s+"
    rf"(?P<kind>(?:[\w-]+\s+)?(?:{NEW_KIND_ALT})|[\w-]+\s+series)\b(?!['’]|\s+of\b)",
    stems=_NEW_STEMS)
#: The same in a headline, which drops its determiners: "Kestrel sets date for new drama".
_NEW_IN_HEADLINE_RE = Caseless(
    rf"(?i)\b{NEW_WORDS}\s+"
    rf"(?P<kind>(?:[\w-]+\s+)?(?:{NEW_KIND_ALT})|[\w-]+\s+series)\b(?!['’]|\s+of\b)",
    stems=_NEW_STEMS)
#: The show named right after such a line, as its sentence's subject: its name opens the
#: sentence and a lower-case verb or an apposition follows ("Copper Vale follows ...",
#: "Copper Vale, from the creator of ...,"), not a turn to another show ("X, meanwhile,").
_NAMED_SUBJECT_AFTER_RE = re.compile(
    r"^(?:['’]s)?(?:\s{1,2}(?!also\b|too\b|meanwhile\b|however\b|though\b)[a-z]|"
    r",\s{1,2}(?:a|an|the|which|starring|from|created|written|set|based)\b)")


def _new_before_named(title: str, sentences: Sequence[_Sentence], index: ShowIndex,
                      main: str | None) -> frozenset[str]:
    """Shows a line naming none brings in as new before they are named (round 24,
    ``season.called_new_before_named``): a sentence naming no show that calls one show new by
    its kind ("Kestrel's new drama premieres Friday."), the show the next sentence naming any
    opens on as its subject ("Copper Vale follows ..."), at most two sentences on; a headline
    naming no show that does so ("Kestrel renews freshman drama"), the article's main show
    when the body's first sentence naming shows opens on it. The readers before read "new"
    only after a show was named, so a show introduced first and named after kept no season."""
    found: set[str] = set()

    def called_new(text: str, pattern: Caseless = _NEW_BEFORE_NAMED_RE) -> bool:
        return any(not (kind := m.group("kind").lower()).endswith("s") or kind.endswith("series")
                   for m in pattern.finditer(text))

    def subject(text: str) -> str | None:
        mentions = index.mentions(text)
        if not mentions:
            return None
        first = mentions[0]
        if first.start > 3 or not _NAMED_SUBJECT_AFTER_RE.match(text[first.end:first.end + 40]):
            return None
        return first.show

    pending = 0  # sentences left in which a new show may still be named
    headline = bool(title) and not index.mentions(unglue(title)) \
        and called_new(title, _NEW_IN_HEADLINE_RE) and not season_mentions(title)
    owners: set[str] = set()  # a name taken for a show that owns the new one: "Tovrel's"
    for sentence in sentences:
        text = sentence.text
        mentions = index.mentions(text)
        if not mentions or all(text.startswith(("'s", "’s"), m.end) for m in mentions):
            if called_new(text) and not season_mentions(text):
                pending = 3
                owners = {m.show for m in mentions}
            else:
                pending = max(0, pending - 1)
            if not mentions:
                continue
        show = subject(text)
        if show is not None and pending and show not in owners:
            found.add(show)
        if headline:
            if main is not None and _sole_show(index.mentions(text), None) == main:
                found.add(main)
            headline = False
        pending = 0
    return frozenset(found)


def _one_season_shows(sentences: Sequence[_Sentence], index: ShowIndex,
                      main: str | None) -> frozenset[str]:
    """Shows the article calls a kind that runs one season beside their name ("the limited
    series X", "X, a three-part drama", "X is a miniseries"; ``ONE_SEASON_KIND``), or, the
    main show, in a sentence naming none that opens on it by that kind ("The miniseries stars
    Dana Holt."): in their first and only season (``season.one_season_show``, round 38)."""
    found: set[str] = set()
    for sentence in sentences:
        text = sentence.text
        if not LIMITED_SERIES_RE.search(text):
            continue
        mentions = index.mentions(text)
        if not mentions and main is not None and not sentence.is_title and \
                ONE_SEASON_REFERENCE_RE.match(text):
            found.add(main)
        for mention in mentions:
            if ONE_SEASON_BEFORE_RE.search(text, max(0, mention.start - 60), mention.start) \
                    or ONE_SEASON_AFTER_RE.match(text, mention.end, mention.end + 120):
                found.add(mention.show)
    return frozenset(found)


def _pilot_shows(sentences: Sequence[_Sentence], index: ShowIndex) -> frozenset[str]:
    """Shows a sentence naming them alone tells the pilot of ("X airs weekly, starting with
    the pilot"), in a sentence numbering no season: shows in their first season."""
    found: set[str] = set()
    for sentence in sentences:
        text = sentence.text
        if "ilot" not in text or not _PILOT_RE.search(text) or season_mentions(text):
            continue
        show = _sole_show(index.mentions(text), None)
        if show is not None:
            found.add(show)
    return frozenset(found)


def _sole_show(mentions: Sequence[Mention], main: str | None) -> str | None:
    """The show a sentence speaks of: the one it names, the main show when it names none, None
    when it names several."""
    shows = {m.show for m in mentions}
    return shows.pop() if len(shows) == 1 else main if not shows else None


def _current_seasons(sentences: Sequence[_Sentence], index: ShowIndex,
                     main: str | None) -> dict[str, int]:
    """The season the article says each show is on air in or has just ended ("Currently in
    its tenth season, X ..."): the show the sentence names alone, else the main show; one
    number per show (two different numbers: none)."""
    found: dict[str, set[int]] = {}
    for sentence in sentences:
        current = CURRENT_SEASON_RE.search(sentence.text)
        if current is None:
            continue
        number = ordinal_number(current.group("ord"))
        show = _sole_show(index.mentions(sentence.text), main)
        if number and show is not None:
            found.setdefault(show, set()).add(number)
    return _one_number_each(found)


def _aired_in_article(sentences: Sequence[_Sentence], index: ShowIndex,
                      main: str | None) -> dict[str, int]:
    """The latest season the article says each show has aired: a numbered season phrase told
    with a past airing verb ("Season 2 premiered in January", "which launched its first
    season"), of the show the sentence names alone (the main show when it names none)."""
    found: dict[str, int] = {}
    for sentence in sentences:
        text = sentence.text
        phrases = [(start, end, numbers) for start, end, numbers, _ in season_mentions(text)
                   if len(numbers) == 1]
        if not phrases:
            continue
        aired = [numbers[0] for start, end, numbers in phrases
                 if SEASON_AIRED_AFTER_RE.match(text[end:end + AIRED_SPAN])
                 or SEASON_AIRED_BEFORE_RE.search(text[max(0, start - 40):start])]
        if not aired:
            continue
        show = _sole_show(index.mentions(text), main)
        if show is not None:
            found[show] = max(found.get(show, 0), *aired)
    return found


def _aired_seasons(index: ShowIndex, known_seasons: Mapping[str, int]) -> dict[str, int]:
    """The caller's latest aired seasons, keyed by the article's own spelling of each show."""
    if not known_seasons:
        return {}
    known = _normalised_keys(known_seasons)
    return {show: known[key] for show in set(index.titles.values())
            if (key := normalise_title(show)) in known}


#: The last read-only mappings of aired seasons given, with their keys normalised: the service
#: hands every article of a day the same ``MappingProxyType`` while no show's latest season
#: changes (``pipeline.AIRED``). Only a read-only mapping is kept by identity (a dict could
#: change under it); held here, it stays alive, so its identity cannot be reused by another.
_NORMALISED_AIRED: list[tuple[Mapping[str, int], dict[str, int]]] = []
_NORMALISED_KEPT = 16  # pipeline.AiredByDay.DAYS: a mapping per day
#: Each title of the last mapping normalised: a new mapping (another day, a changed season)
#: holds nearly the same titles, and a lookup here costs a fraction of ``normalise_title``,
#: whose own cache is smaller than a large state's titles. Only the last mapping's titles are
#: kept, so it never outgrows the state.
_TITLE_KEYS: dict[str, str] = {}


def _normalised_keys(known_seasons: Mapping[str, int]) -> dict[str, int]:
    """The aired seasons keyed by normalised title. Normalising every known show for every
    article cost time in proportion to the shows known (~0.1 s per article at 20,000)."""
    global _TITLE_KEYS
    for given, known in _NORMALISED_AIRED:
        if given is known_seasons:
            return known
    previous = _TITLE_KEYS
    keys = {title: previous.get(title) or normalise_title(title) for title in known_seasons}
    _TITLE_KEYS = keys
    known = {keys[title]: number for title, number in known_seasons.items()}
    if isinstance(known_seasons, MappingProxyType):
        _NORMALISED_AIRED[:] = [(known_seasons, known),
                                *_NORMALISED_AIRED[:_NORMALISED_KEPT - 1]]
    return known
    known = {normalise_title(title): number for title, number in known_seasons.items()}
    if isinstance(known_seasons, MappingProxyType):
        _NORMALISED_AIRED[:] = [(known_seasons, known),
                                *_NORMALISED_AIRED[:_NORMALISED_KEPT - 1]]
    return known


def _named_seasons(sentences: Sequence[_Sentence], index: ShowIndex,
                   main: str | None, ahead: bool = False) -> dict[str, int]:
    """The highest season number the article names for each show: next to its title, or in a
    sentence that names no other show (the main show's when it names none). ``ahead``: only
    in sentences that look ahead ("will premiere", "is set to film")."""
    found: dict[str, int] = {}
    for sentence in sentences:
        if ahead and not FUTURE_MARK_RE.search(sentence.text):
            continue
        mentions = index.mentions(sentence.text)
        attached, used = _attached_seasons(sentence.text, mentions)
        for mention, stated in zip(mentions, attached, strict=True):
            for value in stated:
                if value:
                    found[mention.show] = max(found.get(mention.show, 0), value)
        show = _sole_show(mentions, main)
        if show is None:
            continue
        for j, (_, _, numbers, _) in enumerate(season_mentions(sentence.text)):
            if j not in used:
                for number in numbers:
                    found[show] = max(found.get(show, 0), number)
    return found


#: A sentence naming no show that opens on the show the text is about: "It", "Its", "The
#: drama('s)", or on a season of it ("Season 4 was ...", "The fourth season will ...", "The
#: fifth and final season is ..."); not "Three other NBC series ...", which brings in shows
#: of its own.
_REFERRED_OPEN_RE = re.compile(
    rf"(?i)^\W{{0,3}}(?:it|its|it['’]s|the\s+(?:[\w-]+\s+)?(?:{SHOW_NOUN_ALT})(?:['’]s)?"
    r"|(?:the\s+)?(?:[\w-]+\s+)?(?:and\s+(?:final|last)\s+)?(?:season|series)(?:\s+\w+)?\s+"
    r"(?:was|is|had|has|will))\b")


#: A first season, then a count of the seasons after it: "premiered in 2014 and earned two
#: other seasons", "debuted in 2019, then got three more seasons": that count and one.
_RUN_AFTER_FIRST_RE = Caseless(
    r"(?i)\b(?:premiered|debuted|launched|bowed)\b[^.;]{0,80}?\b(?:and|then)\s+"
    r"(?:went\s+on\s+to\s+)?(?:earn(?:ed)?|g[eo]t|received?|land(?:ed)?|scored?|r[au]n|"
    r"last(?:ed)?|aired)\s+"
    r"(?:for\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:more|other|further|additional)\s+seasons\b",
    stems=("seasons",))


def _runs_after_first(sentences: Sequence[_Sentence], index: ShowIndex,
                      main: str | None) -> dict[str, int]:
    """How many seasons a show ran, told as its first and a count after it ("It premiered
    in 2014 and earned two other seasons": 3), in a sentence naming that show alone, or
    opening on it ("It", "The drama") after a sentence naming it alone (the main show before
    any); one number per show."""
    found: dict[str, set[int]] = {}
    referred: str | None = main
    for sentence in sentences:
        text = sentence.text
        mentions = index.mentions(text)
        show: str | None
        if mentions:
            show = referred = _sole_show(mentions, None)
        else:
            show = referred if _REFERRED_OPEN_RE.match(text) else None
        if show is None or "seasons" not in text:
            continue
        run = _RUN_AFTER_FIRST_RE.search(text)
        number = _number(run.group("n")) if run else None
        if number:
            found.setdefault(show, set()).add(number + 1)
    return _one_number_each(found)


def _heading_seasons(article: Article, index: ShowIndex) -> dict[str, int]:
    """The season a heading line of the body (``_is_heading``: the lines ``headed_lines``
    drops) numbers right after the one show it names ("Kestrel orders Salt Road 2", "Salt
    Road 3 confirmed"), per show; a show two headings number differently gets none (round
    33). The headline is read as the main season already."""
    found: dict[str, set[int]] = {}
    for line in _text_lines(article.text):
        if not _is_heading(line) or not any(ch.isdigit() for ch in line):
            continue
        mentions = index.mentions(line)
        if len({m.show for m in mentions}) != 1:
            continue
        attached, _ = _attached_seasons(line, mentions)
        numbers = {n for stated in attached for n in stated if n}
        if len(numbers) == 1:
            found.setdefault(mentions[0].show, set()).update(numbers)
    return _one_number_each(found)


def _referred_seasons(sentences: Sequence[_Sentence], index: ShowIndex) -> dict[str, int]:
    """The highest season number named in a sentence that names no show and opens on the show
    the last sentence naming shows named alone (none after one naming several, nor after one
    bringing in a show it does not name)."""
    found: dict[str, int] = {}

    def unnamed(text: str, referred: str) -> bool:
        if ("eason" in text or "eries" in text) and _REFERRED_OPEN_RE.match(text) and not (
                may_introduce(text) and INTRODUCED_RE.search(text)):
            for _, _, numbers, _ in season_mentions(text):
                for number in numbers:
                    found[referred] = max(found.get(referred, 0), number)
            return True
        return False  # a sentence bringing in a new show ends the reference

    _walk_referred(sentences, index, None, unnamed, lambda text, mentions: None)
    return found


def _final_seasons(article: Article, sentences: Sequence[_Sentence], index: ShowIndex,
                   main: str | None) -> dict[str, int]:
    """The season the article says ends each show: "the sixth and final season of X",
    "Season 4 will be the last", "ends with its coming fifth season", "a five-season
    arc". A sentence that names no show speaks of the main one."""
    found: dict[str, int] = {}
    for text in (article.title, *(s.text for s in sentences)):
        phrases = season_mentions(text)
        number: int | None = None
        for start, end, numbers, _ in phrases:
            if len(numbers) == 1 and "final" in text[start:end].lower():
                number = numbers[0]
        if number is None and FINAL_DECLARED_RE.search(text):
            numbered = {n for _, _, numbers, _ in phrases for n in numbers}
            if len(numbered) == 1:
                number = numbered.pop()
        if number is None:
            arc = SEASON_ARC_RE.search(text)
            if arc:
                word = arc.group("n").lower()
                number = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if number is None:
            continue
        show = _sole_show(index.mentions(unglue(text)), main)
        if show is not None:
            found.setdefault(show, number)
    return found


# --- per-sentence extraction ---------------------------------------------------------------


def _clauses(text: str, mentions: Sequence[Mention] = ()) -> list[tuple[int, int]]:
    """The sentence's clauses as (start, end) spans, in order; none breaks a show mention.

    Linear in the sentence: a break is looked up among the mentions by bisection (a loop over
    every mention per break took minutes on a long list of names)."""
    starts = [m.start for m in mentions]
    reach = list(itertools.accumulate((m.end for m in mentions), max))
    bounds = [0]
    asides = aside_marks(text)
    for match in _CLAUSE_BREAK_RE.finditer(text):
        if match.start() in asides:
            continue  # "(April 22)": the clause goes on
        before = bisect.bisect_right(starts, match.start())
        if before and reach[before - 1] > match.start():
            continue  # "Harbor Lights: Dockside" is one title, not two clauses
        bounds.append(match.start())
        bounds.append(match.end())
    bounds.append(len(text))
    spans = []
    for i in range(0, len(bounds) - 1, 2):
        spans.append((bounds[i], bounds[i + 1]))
    return spans


def aside_marks(text: str) -> set[int]:
    """Positions of the brackets and dashes that set off an aside inside a clause: a date in
    brackets ("comes back (on June 3) for its third season"), a relative clause between
    dashes after a name ("'Glass Harbor' - which stars Jane Doe - ends"). No clause breaks
    there."""
    marks: set[int] = set()
    if "(" in text:
        for bracket in _BRACKETED_DATE_RE.finditer(text):
            marks.update((bracket.start(), bracket.end() - 1))
    if "-" in text or "—" in text or "–" in text:
        for aside in _DASH_ASIDE_RE.finditer(text):
            marks.update(range(*aside.span(1)), range(*aside.span(2)))
    return marks


def _clause_of(clauses: Sequence[tuple[int, int]], position: int) -> tuple[int, int]:
    """The clause holding ``position`` (the last clause when it falls on a break).

    Clause starts strictly increase (every break is at least one character), so only the last
    clause starting at or before ``position`` can hold it: a bisection, not a scan."""
    at = bisect.bisect_right(clauses, position, key=_start) - 1
    if at >= 0 and clauses[at][0] <= position < clauses[at][1]:
        return clauses[at]
    return clauses[-1] if clauses else (0, 0)


def _start(span: tuple[int, int]) -> int:
    return span[0]


def _find_triggers(text: str) -> list[Trigger]:
    found: list[Trigger] = []
    low = text.lower()
    gates: set[tuple[bool, str]] = set()
    held: set[str] = set()
    for stem in _STEM_SCAN_RE.findall(low):
        gates |= _STEM_GATES[stem]
        held |= _STEM_HELD[stem]
    if not gates:
        return []  # no stem of any kind: no pattern can match
    patterns = _TRIGGER_LOWER_RES if len(low) == len(text) else _TRIGGER_RES
    for kind, pattern in patterns.items():
        if (False, kind) in gates:
            split = _TRIGGER_SPLITS.get(kind)
            if split is not None and split.whole is pattern and held.isdisjoint(split.rare):
                if split.narrow is None:
                    continue
                pattern = split.narrow  # the alternatives the sentence's stems allow
            for match in pattern.finditer(low if patterns is _TRIGGER_LOWER_RES else text):
                found.append(Trigger(kind, match.start(), match.end()))
    families = _FAMILY_LOWER_RES if len(low) == len(text) else _FAMILY_RES
    for kind, pattern in families.items():
        if (True, kind) in gates:
            for match in pattern.finditer(low if families is _FAMILY_LOWER_RES else text):
                found.append(Trigger(kind, match.start(), match.end()))
    if not found:
        return []  # most sentences: nothing to sort, keep or merge
    carried = _shoot_ends_after_starts(text, found)
    if "which" in low or "that" in low:
        carried += _shoot_starts_in_asides(text, found)
    if carried:
        # the end told after "and" is the wrap's: a phrase of another kind over it gives way
        found = [t for t in found if not any(t.start < c.end and c.start < t.end
                                             for c in carried)] + carried
    # Overlaps between kinds: the longer phrase wins ("returns for a season" is a renewal).
    found.sort(key=lambda t: (-(t.end - t.start), t.start))
    kept: list[Trigger] = []
    for trig in found:
        if any(trig.start < k.end and k.start < trig.end for k in kept):
            continue
        kept.append(trig)
    kept.sort(key=lambda t: t.start)
    # "comes back with a double-episode premiere on June 3": one event, one trigger.
    merged: list[Trigger] = []
    for trig in kept:
        last = merged[-1] if merged else None
        if (last is not None and last.kind == trig.kind and trig.start - last.end <= 35
                and not re.search(r"[,;.!?()]|\b[A-Z]", text[last.end:trig.start])):
            merged[-1] = Trigger(last.kind, last.start, trig.end)
        else:
            merged.append(trig)
    return merged


@dataclass(frozen=True)
class CarriedTrigger(Trigger):
    """A shoot's end whose subject is the start's told before it in the sentence ("Filming on
    X began in May and concluded in August"): rule ``trigger.shoot_end_after_start``."""


@dataclass(frozen=True)
class AsideStartTrigger(CarriedTrigger):
    """A shoot's start told in a relative clause of the shoot, or the end told after that
    clause ("Filming on X, which began in May, concluded in August"): rule
    ``trigger.shoot_start_in_aside``."""


def _shoot_starts_in_asides(text: str, found: Sequence[Trigger]) -> list[Trigger]:
    """A wrap whose shoot carries its start in a relative clause (``SHOOT_START_IN_ASIDE_RE``)
    is read as two triggers: the start over the clause's verb, the wrap over what follows the
    clause, so the clause's date is the start's and the main clause's the wrap's."""
    out: list[Trigger] = []
    for trig in found:
        if trig.kind != "filming_wrapped":
            continue
        aside = SHOOT_START_IN_ASIDE_RE.match(text, trig.start)
        if aside is not None and aside.end() < trig.end:
            out.append(AsideStartTrigger("filming_started", aside.start("start"),
                                         aside.end("start")))
            out.append(AsideStartTrigger("filming_wrapped", aside.end(), trig.end))
    return out


def _shoot_ends_after_starts(text: str, found: Sequence[Trigger]) -> list[Trigger]:
    """The wraps told right after a shoot's start, joined by "and" with the start's subject
    carried over (``SHOOT_END_AFTER_START_RE``); each is its own trigger over the end verb, so
    it takes the date of its own clause and the start keeps the start's."""
    ends: list[Trigger] = []
    for trig in found:
        if trig.kind != "filming_started":
            continue
        end = SHOOT_END_AFTER_START_RE.match(text, trig.end)
        # a wrap read on its own stands; one spanning the start too ("Filming began in May
        # and was completed in August" read whole) gives way, or the wrap is dated May
        if end is not None and not any(t.kind == "filming_wrapped" and t.start < end.end()
                                       and end.start(end.lastgroup or "end") < t.end
                                       and t.start >= trig.end
                                       for t in found):
            verb = end.lastgroup or "end"
            ends.append(CarriedTrigger("filming_wrapped", end.start(verb), end.end(verb)))
    return ends


# Compiled once: these run for every trigger (re's own cache lookup costs more than the match).
# A look-ahead on the first letters lets re reject most positions at once.
_OFFICIAL_RE = re.compile(r"(?i)(?=[of])\b(?:officially|formally)\b")


#: Between a date and a later trigger: a second event begins, the date is the first one's.
_DATE_TRIGGER_BREAK_RE = re.compile(
    r"\b(?:and|but|while|before|ahead of|prior to|after|following)\b")


def _owner_of_dates(triggers: Sequence[Trigger], found: Sequence[datemod.DateMention],
                    clauses: Sequence[tuple[int, int]], text: str = ""
                    ) -> dict[int, datemod.DateMention]:
    """Pair dates with triggers, closest pairs first, one date per trigger and vice versa.

    A date after its trigger ("premieres on June 5") is nearer than one before it.
    """
    pairs: list[tuple[float, int, int]] = []
    asides = datemod.closed_asides(text) if found and triggers else ()
    for d_index, date in enumerate(found):
        leads = date.start <= 4 and text[date.end:date.end + 1] == ","
        relative_day = date.relative and datemod.precision(date.value) == 4
        embedded = _embedded_clause(text, clauses, date.start) if text else None
        for i, trig in enumerate(triggers):
            if embedded is not None and not (embedded[0] < trig.end
                                             and trig.start < embedded[1]):
                continue  # "X, which wrapped its second season in April, was renewed"
            opening = leads and date.end < trig.start
            limit = 220 if relative_day and trig.kind in ("renewed", "cancelled") else 110
            # "wrapped its second season, which was shot in Leeds, in March": the aside
            # between the trigger and its date is skipped (date.after_an_aside)
            skipped = next((a for a in asides if trig.end <= a[0] and a[1] <= date.start),
                           None) if asides else None
            if date.start >= trig.end:
                distance = float(date.start - trig.end)
                if skipped is not None:
                    distance -= skipped[1] - skipped[0]
            else:
                distance = 1.8 * max(0, trig.start - date.end)
            if distance > limit and not opening:
                continue  # too far already, and what follows only adds: skip the costly checks
            if date.start < trig.end and _DATE_TRIGGER_BREAK_RE.search(
                    text[date.end:trig.start]):
                # "... shoots through 2024 and won't return until 2025", "screens at a
                # festival in September before debuting on Netflix on October 4"
                distance += 40
            if skipped is not None and _clause_of(clauses, skipped[0] - 1) == _clause_of(
                    clauses, trig.start):
                pass  # the clause goes on past the aside
            elif _clause_of(clauses, date.start) != _clause_of(clauses, trig.start):
                distance += 60
            elif date.end <= trig.start and "," in text[date.end:trig.start]:
                distance += 30  # "X, which premiered in 2019, returns on June 5"
            if opening:
                distance = min(distance, 90.0)  # "Earlier this year, X was renewed"
            if distance <= limit:
                pairs.append((distance, i, d_index))
    if not pairs and len(triggers) == 1 and len(found) == 1 and found[0].start >= triggers[0].end:
        # one event, one time: "is set to start shooting in Cork, Ireland, and Halifax, Nova
        # Scotia, in the autumn of 2025" (the commas of a list of places are no new clause)
        between = text[triggers[0].end:found[0].start]
        if triggers[0].kind == "cancelled":
            # "cancelled X after three seasons and 26 episodes last year": the run it ended is
            # no second event
            between = _RUN_ENDED_RE.sub(" ", between)
        # "cancelled another animated comedy, X, last year": a word in -ed after a determiner
        # describes a noun, it is no second predicate
        between = _ATTRIBUTIVE_ED_RE.sub(" ", between)
        if len(between) <= 200 and not _OTHER_PREDICATE_RE.search(between):
            pairs.append((0.0, 0, 0))
    owned: dict[int, datemod.DateMention] = {}
    used: set[int] = set()
    for _, i, d_index in sorted(pairs):
        if i in owned or d_index in used:
            continue
        owned[i] = found[d_index]
        used.add(d_index)
    return owned


#: A clause that opens as a relative or adverbial one ("which wrapped ...", "while it was
#: airing ..."), and a verb of its own in it: what it dates is its own event.
_EMBEDDED_OPEN_RE = re.compile(r"(?i)[\s,(—–]{0,4}(?:which|who|whose|while|whilst|after|since|"
                               r"when|whereas|following|before|ahead\s+of|prior\s+to|until)\b")
#: ... or, in a phrase of time with no verb, a noun naming an event of its own ("Following
#: the season 2 finale in April, Netflix renewed X": April is the finale's, not the renewal's).
#: (round 36) ... or an event's verb in the present, told of a subject of its own ("the
#: broadcaster confirmed on 11 November, before the first series ends on February 14": the
#: day the series ends is no renewal's).
_EMBEDDED_VERB_RE = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|will|would|did|does)\b|"
                               r"\b[a-z]{2,20}ed\b|\b(?:finale|premiere|debut|launch|release|"
                               r"cancellation|renewal|shoot|strike|run)\b|"
                               r"\b(?:ends|airs|wraps|concludes|finishes|closes|starts|begins|"
                               r"premieres|debuts|returns|launches|arrives|bows)\b")


def _embedded_clause(text: str, clauses: Sequence[tuple[int, int]], position: int
                     ) -> tuple[int, int] | None:
    """The relative or adverbial clause with a verb of its own that holds ``position``, if
    it does: a date there is that clause's event's ("Salt Road, which wrapped its second
    season in April, was renewed": April is no renewal's; "After it wrapped in April,
    Netflix renewed it"), never a trigger's outside it."""
    span = _clause_of(clauses, position)
    head = text[span[0]:span[1]]
    opened = _EMBEDDED_OPEN_RE.match(head)
    if opened is None or not _EMBEDDED_VERB_RE.search(head, opened.end(),
                                                      max(opened.end(), position - span[0])):
        return None
    return span


#: Round 38 (r38passing): a show named as a time anchor or as what another show replaced,
#: beside another show's news ("the second drama axed since Lantern House ended", "renewed
#: Glass Harbor after Lantern House's finale", "Glass Harbor, which replaced Lantern House,
#: ..."): named in passing, it is not the status word's target when the word stands outside
#: the anchor (``target.passing_anchor``). Before the name: the anchor's opening word; after
#: it, for a time anchor, the anchor's own verb of an ending or the name's finale, exit or
#: end (a time anchor whose verb tells no ending, "after Lantern House premiered", stays).
_PASSING_TIME_BEFORE_RE = re.compile(
    r"(?i)\b(?:since|after|before|until|till|following|when|once|as)\s{1,3}"
    r"(?:(?:the\s{1,3})?(?:end|finale|ending|conclusion|cancellation|demise|exit)\s{1,3}"
    r"of\s{1,3})?(?:the\s{1,3})?[\"“‘']?$")
_PASSING_TIME_AFTER_RE = re.compile(
    r"(?i)(?:\s{1,3}\d{1,3})?[\"”’']?(?:" + POSSESSIVE + r"\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?"
    r"(?:finale|end|ending|exit|conclusion|departure|demise|run\s{1,3}(?:ended|came))\b|"
    r"\s{1,3}(?:(?:had|has|was|finally)\s{1,3}){0,2}(?:ended|wrapped\s{1,3}(?:up|its|for)|"
    r"finished\s{1,3}(?:its|airing)|concluded|bowed\s{1,3}out|signed\s{1,3}off|"
    r"went\s{1,3}off\s{1,3}(?:the\s{1,3})?air|left\s{1,3}(?:the\s{1,3}air|screens)|"
    r"came\s{1,3}to\s{1,3}an\s{1,3}end)\b)")
_PASSING_REPLACED_BEFORE_RE = re.compile(
    r"(?i)\b(?:(?:which|that|who)\s{1,3}(?:has\s{1,3}|had\s{1,3})?)?(?:replac(?:es|ed|ing)|"
    r"succeed(?:s|ed|ing)|in\s{1,3}place\s{1,3}of|instead\s{1,3}of|"
    r"(?:takes|took|taking)\s{1,3}over\s{1,3}from|(?:takes|took|taking)\s{1,3}the\s{1,3}"
    r"(?:time\s{1,3})?slot\s{1,3}(?:of|from))\s{1,3}(?:the\s{1,3})?[\"“‘']?$")
_PASSING_SLOT_AFTER_RE = re.compile(
    r"(?:\s{1,3}\d{1,3})?[\"”’']?" + POSSESSIVE + r"\s{1,3}(?:old|former|vacated|vacant|usual)"
    r"\s{1,3}(?:time\s{1,3})?(?:slot|timeslot|berth|home)\b")


def passing_anchor(text: str, mention: Mention, trig: Trigger) -> bool:
    """The mention is named in passing as a time anchor, as what another show replaced or by
    its old slot ("since X ended", "following X's finale", "which replaced X", "in X's old
    slot"), and the trigger stands outside that anchor: the status word is another show's
    (round 38, ``target.passing_anchor``)."""
    before = text[max(0, mention.start - 60):mention.start]
    if _PASSING_SLOT_AFTER_RE.match(text, mention.end):
        return not mention.end <= trig.start < mention.end + 30
    replaced = _PASSING_REPLACED_BEFORE_RE.search(before)
    if replaced is not None:
        start = mention.start - (len(before) - replaced.start())
        return trig.end <= start or trig.start >= mention.end
    opened = _PASSING_TIME_BEFORE_RE.search(before)
    if opened is None:
        return False
    ending = _PASSING_TIME_AFTER_RE.match(text, mention.end)
    if ending is None:
        return False
    start = mention.start - (len(before) - opened.start())
    end = ending.end()
    if _POSSESSIVE_HEAD_RE.match(text, mention.end):
        # "after X's finale was cancelled": the finale's own verb is the anchor's
        clause_end = _ANCHOR_CLAUSE_END_RE.search(text, end, end + 80)
        end = clause_end.start() if clause_end else min(len(text), end + 80)
    return trig.end <= start or trig.start >= end


#: A possessive after a name (a number of its own between); the end of an anchor's clause.
_POSSESSIVE_HEAD_RE = re.compile(r"(?:\s{1,3}\d{1,3})?" + POSSESSIVE)
_ANCHOR_CLAUSE_END_RE = re.compile(r"[,;.!?]|\s[–—-]\s")


def _in_aside(text: str, mention: Mention, trig: Trigger) -> bool:
    """The mention stands in an aside closed right before its trigger ("'Kingdom,' set in the
    kingdom of Joseon, premiered"): a show named in passing, not the verb's subject."""
    if mention.end > trig.start or trig.start - mention.end > 40:
        return False
    between = text[mention.end:trig.start]
    if not between.lstrip("\"”’'").startswith(","):
        return False
    return in_aside(text, mention.start, closed=True)


def _active_decision_object(text: str, trig: Trigger, mentions: Sequence[Mention]
                            ) -> int | None:
    """The show right after an active verb that acts on shows, as its object ("Acorn TV has
    renewed the drama Glass Harbor", "Viaplay cancels Glass Harbor", "Lumen TV began filming
    the second season of X"): shows do not renew, schedule or film shows, so a name before
    the verb is whoever acts (a network the vocabulary may not know), never the show the
    event is about. Passives ("X was renewed by ...") have no such object."""
    verb = _ACTIVE_DECISION_RE.search(text, trig.start, trig.end)
    if verb is None or (not verb.group(0).split()[0].endswith("ing") and _PASSIVE_BEFORE_RE.search(
            text, max(0, trig.start - 12), trig.start)):
        return None  # ("is moving forward with X" is active, "is renewed" passive)
    if text[trig.start].isupper() and text[trig.end - 1] in "dt":
        return None  # a headline's "X Renewed for Additional Seasons": a participle
    for i, mention in enumerate(mentions):
        if mention.start >= trig.end:
            return i if DECISION_OBJECT_GAP_RE.fullmatch(text, trig.end, mention.start) or (
                _OWNED_OBJECT_GAP_RE.fullmatch(text, trig.end, mention.start)
                and not rules.OWNED_NOT_A_SHOW_RE.search(text, trig.end, mention.start)) else None
    return None


def decider_before_reference(text: str, trig: Trigger, mentions: Sequence[Mention],
                             clause: tuple[int, int]) -> bool:
    """An active verb that acts on a show, whose object is a reference ("Kestrel Play renewed
    it for a second season", "Lumen TV has cancelled the drama"): the names before the verb in
    its clause are whoever decided (a streamer or studio the network vocabulary may not know),
    and the show is the one referred to, named in no place of this clause."""
    verb = _ACTIVE_DECISION_RE.search(text, trig.start, trig.end)
    if verb is None or (not verb.group(0).split()[0].endswith("ing") and _PASSIVE_BEFORE_RE.search(
            text, max(0, trig.start - 12), trig.start)):
        return False
    if not _REFERRED_OBJECT_RE.match(text, verb.end()):
        return False
    in_clause = [m for m in mentions if clause[0] <= m.start < clause[1]]
    return bool(in_clause) and all(m.end <= verb.start() for m in in_clause) and bool(
        _DECIDER_GAP_RE.fullmatch(text, in_clause[-1].end, verb.start()))


#: Between a reference object and the first name after it that the clause gives in passing:
#: a comma, a dash or a parenthesis before it, no sentence mark (", a week after renewing X",
#: " (unlike X)"; round 40, ``reference_object_before_passing``).
_PASSING_AFTER_REFERENCE_RE = re.compile(r"[^.;:!?,\u2014\u2013()]{0,60}[,\u2014\u2013(]")


def reference_object_before_passing(text: str, trig: Trigger, mentions: Sequence[Mention]
                                    ) -> bool:
    """An active verb that acts on a show, whose object is a reference, and every show the
    sentence names comes after the reference, set off from it by a comma, a dash or a
    parenthesis ("Kestrel has cancelled the drama after two seasons, a week after renewing
    Lantern House"): the names are in passing, the show is the one referred to (round 40,
    r40target; ``decider_before_reference`` reads a decider named before the verb)."""
    verb = _ACTIVE_DECISION_RE.search(text, trig.start, trig.end)
    if verb is None or not mentions or (
            not verb.group(0).split()[0].endswith("ing") and _PASSIVE_BEFORE_RE.search(
                text, max(0, trig.start - 12), trig.start)):
        return False
    referred = _REFERRED_OBJECT_RE.match(text, verb.end())
    if referred is None or mentions[0].start < referred.end():
        return False
    return _PASSING_AFTER_REFERENCE_RE.match(text, referred.end(), mentions[0].start) is not None


def reference_owns_trigger(text: str, trig: Trigger, mentions: Sequence[Mention]) -> bool:
    """The sentence opens on a reference as its subject ("It will premiere on June 4, two weeks
    after 'Tin Roof'", "The series begins filming in May, where 'Tin Roof' also shoots") and
    every show it names stands after the trigger, none as the verb's object ("It renewed X":
    then "it" is a network), none sharing the event ("as will X", "along with X") and none
    owning the season the trigger names ("the second season of X"): the names after are
    named in passing, and the event is the referred show's."""
    if not mentions or not REFERENCE_START_RE.search(text):
        return False
    return _names_only_after(text, trig, mentions)


def season_subject_owns_trigger(text: str, trig: Trigger, mentions: Sequence[Mention]) -> bool:
    """The sentence opens on a season with no show named as its subject ("The third season
    premieres June 12, while 'Tin Roof' returns in the fall", "Season three drops June 12, a
    year after 'Tin Roof' was cancelled", "The eight episodes of the third season ...") and
    every show it names stands after the trigger in passing (as for a reference): the season
    is the referred show's, and so is the event."""
    if not mentions or not SEASON_SUBJECT_START_RE.match(text):
        return False
    return _names_only_after(text, trig, mentions)


#: Before a trigger that opens its sentence as a noun: a determiner, at most two words
#: ("The renewal", "News of the surprise renewal", "Its early cancellation").
_DECISION_NOUN_OPENING_RE = re.compile(
    r"(?i)^\W{0,3}(?:(?:news|word)\s+of\s+)?(?:the|this|its|their)\s+(?:[a-z'’-]+\s+){0,2}$")


def decision_noun_owns_trigger(text: str, trig: Trigger, mentions: Sequence[Mention]) -> bool:
    """The sentence opens on its trigger told as a noun, with no show named ("The renewal
    comes after Lantern House was cancelled", "The cancellation follows weeks of talks with
    the makers of X"), and every show it names stands after it in passing (as for a
    reference, ``_names_only_after``): the decision is the referred show's (round 41)."""
    if not mentions or not _DECISION_NOUN_OPENING_RE.match(text[:trig.start]):
        return False
    word = re.match(r"[\w-]*", text[trig.end:])
    tail = text[trig.start:trig.end].lower() + (word.group(0).lower() if word else "")
    if not re.search(r"(?:al|ation|ion|up|order|axing)s?$", tail) or re.fullmatch(
            r"(?i)[\w-]*\s+(?:of|for|to)\s+(?:the\s+)?[\"“‘']?",
            text[trig.end:mentions[0].start]):
        return False  # "The renewal of Lantern House": the name owns the decision
    return _names_only_after(text, trig, mentions)


def passing_phrase_owns_trigger(text: str, trig: Trigger, mentions: Sequence[Mention]) -> bool:
    """Every show the sentence names stands after the trigger (as for a reference,
    ``_names_only_after``), each closing a phrase of time, comparison or origin
    (``PASSING_PHRASE_BEFORE_RE``: "after a ratings surge that outpaced X", "following the
    success of X's debut") or named as a credit ("from the makers of X"): the sentence's
    decision has no name of its own, and the names are in passing (round 41, r41passing)."""
    if not mentions or not _names_only_after(text, trig, mentions):
        return False
    return all(named_as_credit(text, m) or PASSING_PHRASE_BEFORE_RE.search(
        text, max(trig.end, m.start - 80), m.start) for m in mentions)


def _names_only_after(text: str, trig: Trigger, mentions: Sequence[Mention]) -> bool:
    """Every show the sentence names stands after the trigger, none as the verb's object, none
    sharing the event and none owning the season."""
    if mentions[0].start < trig.end or _active_decision_object(text, trig, mentions) is not None:
        return False
    gap = text[trig.end:mentions[0].start]
    return not (_SHARED_EVENT_RE.search(gap) or _ALONG_WITH_RE.search(gap)
                or _SEASON_OF_BEFORE_RE.search(gap))


def coordinated_subject(text: str, trig: Trigger, mentions: Sequence[Mention],
                        clauses: Sequence[tuple[int, int]]) -> int | None:
    """The show that opens the trigger's clause as its subject when the trigger is a second
    predicate joined by "and" with no subject of its own, after a first predicate that names
    another show ("X joins Y on the schedule and premieres June 4", "X is the network's
    biggest hit since Y and has been renewed"): the event is the subject's, not the nearer
    name's, which is only the first verb's object or complement."""
    clause = _clause_of(clauses, trig.start)
    before = [i for i, m in enumerate(mentions) if clause[0] <= m.start and m.end <= trig.start]
    if len(before) < 2:
        return None
    subject, second, last = mentions[before[0]], mentions[before[1]], mentions[before[-1]]
    if not _COORDINATED_AFTER_RE.search(text, last.end, trig.start) or any(
            mark in text[last.end:trig.start] for mark in ",;:(") or trig.start - last.end > 80:
        return None
    if not _OPENING_SUBJECT_LEAD_RE.fullmatch(text, clause[0], subject.start):
        return None
    if not _SUBJECT_VERB_GAP_RE.fullmatch(text, subject.end, second.start):
        return None
    if named_as_credit(text, subject) or _active_decision_object(text, trig, mentions) is not None:
        return None
    return before[0]


def relative_antecedent(text: str, trig: Trigger, mentions: Sequence[Mention]) -> int | None:
    """The show a relative clause holding the trigger hangs on: the name right before ", which
    ...", ", who ..." ("X takes the slot of Y, which was cancelled in March": the cancellation
    is Y's, however near X stands to the clause's end). None for a plural relative ("A and B,
    which were renewed"): the whole list's; None when the clause's verb takes a show as its
    object ("Studio X, which renewed Y"): then the object is the show."""
    last = None
    for i, mention in enumerate(mentions):
        if mention.end <= trig.start:
            last = i
    if last is None:
        return None
    gap = text[mentions[last].end:trig.start]
    if not _RELATIVE_HOLDS_TRIGGER_RE.fullmatch(gap) or _PLURAL_RELATIVE_RE.search(gap):
        return None
    if _active_decision_object(text, trig, mentions) is not None:
        return None  # "Studio X, which had renewed Y for a second season": Y is the object
    return last


def relative_of_unfound(text: str, trig: Trigger, mentions: Sequence[Mention]) -> bool:
    """The trigger stands in a relative clause that hangs on a name no show of the article
    holds, and the clause's verb has no object of its own ("unlike Copper Vale, which
    Kestrel cancelled", "after Copper Vale, which premiered in May"): the event is that
    name's, so no other show named nearer or earlier takes it (round 19: the nearest show
    took a kind its labels do not give). Not "Kestrel, which renewed it": the object is
    there."""
    if "," not in text[max(0, trig.start - 120):trig.start]:
        return False
    opener = _RELATIVE_OPENER_RE.search(text, max(0, trig.start - 120), trig.start)
    if opener is None or _RELATIVE_OBJECT_AFTER_RE.match(text, trig.end):
        return False
    start = _name_before(text, opener.start())
    if start is None:
        return False
    if _SEASON_ANTECEDENT_RE.match(text, start):
        return False  # "the current Season 2, which debuted June 25": the show's own season
    if _PLACE_BEFORE_RE.search(text, max(0, start - 12), start):
        return False  # "X, now streaming on Hulu, which has been cancelled": past an aside
    if any(m.start < trig.end + 2 and m.end > start for m in mentions):
        return False  # the antecedent, or a name in the clause or the trigger, is a show
    return _active_decision_object(text, trig, mentions) is None


def _name_before(text: str, end: int) -> int | None:
    """Where the name (capitalised words, with "of", "the", "and" inside, a number at its end)
    that ends right before ``end`` starts, quotes and spaces between aside; None when no
    capitalised word stands there. Read word by word, backwards, up to six words."""
    base = max(0, end - 80)
    words = [(m.start() + base, m.group(0))
             for m in _WORD_RE.finditer(text[base:end].rstrip(" \"”’'"))]
    start = None
    for count, (at, word) in enumerate(reversed(words)):
        bare = word.lstrip("\"“‘'")
        if count == 6 or not bare or any(mark in bare for mark in "()[]"):
            break  # "(channel 104), which": an aside's bracket, no name
        if bare[0].isupper():
            start = at
        elif bare[0].isdigit() and count == 0:
            continue  # "Harbor 9, which": a number ends a name, never opens one ("season 2")
        elif bare not in ("of", "the", "and", "in", "on", "a") or start is None:
            break
    return start


#: Right before a trigger: "and" opening a second predicate, with auxiliaries and adverbs only
#: ("... and premieres", "... and has officially been renewed").
_COORDINATED_AFTER_RE = re.compile(
    r"\band\s{1,3}(?:(?:has|have|had|will|would|is|are|was|were|been|be|also|now|then|later|"
    r"already|officially|just|quickly|soon|since)\s{1,3}){0,4}\Z")
#: Before a clause's subject: nothing but the words a subject may open on ("Netflix's X",
#: "The new X"; ``SUBJECT_LEAD_WORD``).
_OPENING_SUBJECT_LEAD_RE = re.compile(
    rf"[\s\"“‘']*(?:{SUBJECT_LEAD_WORD}\s{{1,3}})*[\"“‘']?")
#: Between the subject and the next name: a verb phrase in lower-case words, no comma and no
#: list ("joins", "is the network's biggest hit since", "replaces").
_SUBJECT_VERB_GAP_RE = re.compile(
    r"[\"”’']?\s{1,3}(?!(?:and|or|nor|&)\b)[a-z][\w’'-]*(?:\s{1,3}[a-z][\w’'-]*){0,8}\s{1,3}"
    r"[\"“‘']?")
#: ", which" or ", that" opening a relative clause whose verb is the trigger: its subject a
#: name and auxiliaries ("which Kestrel has since"), or auxiliaries alone ("which was", "that
#: had been"), or nothing ("which premiered"); the name before the comma is read by
#: ``_name_before``.
_RELATIVE_OPENER_RE = re.compile(
    r",\s{1,3}(?:(?:which|that)\s{1,3}(?:[A-Z][\w'’-]*\s{1,3}){0,3}"
    # or an appositive's noun of a show, then its relative ("Y, the comedy that Kestrel",
    # "Y, a drama Kestrel")
    rf"|(?:a|an|the)\s{{1,3}}(?:[a-z][\w-]{{1,15}}\s{{1,3}})?(?:{SHOW_NOUN_ALT})\s{{1,3}}"
    r"(?:(?:which|that)\s{1,3}(?:[A-Z][\w'’-]*\s{1,3}){0,3}|(?:[A-Z][\w'’-]*\s{1,3}){1,3}))"
    r"(?:(?:has|have|had|was|were|is|are|been|being|since|later|also|officially|eventually|"
    r"ultimately|then|quietly|abruptly|just|finally)\s{1,3}){0,3}\Z")
_WORD_RE = re.compile(r"\S+")
#: An antecedent that is a season or a part, not a name ("Season 2, which debuted in May").
_SEASON_ANTECEDENT_RE = re.compile(
    r"(?i:season|series|part|volume|chapter|episode|book|cycle)\s{1,3}[\dIVX]")
#: Before the antecedent, a preposition of place, channel or credit: the name is inside an
#: aside ("now streaming on Hulu", "from Jane Doe"), and the relative may hang on the show
#: before it.
_PLACE_BEFORE_RE = re.compile(r"\b(?:on|at|via|from|by|with|in|to)\s{1,3}(?:the\s{1,3})?\Z")
#: Right after a trigger, an object of its own ("which renewed it", "which cancelled the
#: drama", "which ordered Glass Harbor"): the relative's verb acts on something else.
_RELATIVE_OBJECT_AFTER_RE = re.compile(
    r"\s{1,3}(?:it|them|the|its|their|his|her|a|an|this|these|both|[A-Z\"“‘])\b")
#: From a name to a trigger inside the relative clause right after it: ", which was", ",
#: who has since been", ", which Netflix".
_RELATIVE_HOLDS_TRIGGER_RE = re.compile(
    r"[\"”’']?\s{0,2},\s{1,3}(?:(?:a|an|the)\s{1,3}(?:[a-z][\w-]{1,15}\s{1,3})?"
    rf"(?:{SHOW_NOUN_ALT})\s{{1,3}}(?=which|that))?(?:which|who|that)\b[^,;:()\"“”]{{0,60}}")


#: Between a trigger and a later name: the same event again, elided or shared ("as will X",
#: "and so has X", "as did X").
_SHARED_EVENT_RE = re.compile(rf"(?i)\b{_ELLIPSIS}\b")
#: Right before a name: the season the sentence speaks of is that show's ("the second season
#: of X", "season 2 of X").
_SEASON_OF_BEFORE_RE = re.compile(r"(?i)\b(?:season|series)\s{1,3}(?:\d{1,2}\s{1,3})?of\s{1,3}"
                                  r"(?:the\s{1,3})?[\"“‘']?$")


#: Between a decider and its verb: auxiliaries and adverbs, no comma ("Kestrel Play has
#: officially renewed it"; not "hopes for X Season 2, having cancelled the drama").
_DECIDER_GAP_RE = re.compile(r"[\"”’']?\s{1,3}(?:[a-z][\w’'-]*\s{1,3}){0,3}")


#: A reference right after a decision verb, as its object: "renewed it", "cancelled the
#: drama", "has picked up the Jane Doe-led series" (never "the other drama", "its new series":
#: another show, or the decider's own).
_REFERRED_OBJECT_RE = re.compile(
    r"\s{1,3}(?:it\b(?!['’]s)|the\s(?!(?:other|new|next|first|second|third)\b)"
    rf"(?:[\w'’-]+\s){{0,2}}?(?:{SHOW_NOUN_ALT})\b)")
#: Between a passive trigger and its agent: "renewed by", "cancelled at the last minute by".
_AGENT_GAP_RE = re.compile(r"(?:\s{1,3}[a-z][\w’'-]*){0,4}?\s{1,3}by\s{1,3}(?:the\s{1,3})?")
#: A verb that acts on a show, in the active voice, inside a trigger: deciding ("renewed",
#: "won't renew", "greenlit"), scheduling ("will premiere", "debuts") or making it ("began
#: filming", "wrapped production on").
_ACTIVE_DECISION_RE = re.compile(
    rf"(?i)\b(?:{ACTING_ON_SHOW_VERBS}|{MORE_ACTING_ON_SHOW_VERBS})\b")
#: Between such a verb and its object (``patterns.DECISION_OBJECT_GAP_RE``), an owner no title
#: names ("will premiere Ada Finch's period drama \"Copper Vale\"", "renewed Kestrel's new
#: series X"): the owner's possessive and its describing words (round 24).
_OWNED_OBJECT_GAP_RE = re.compile(
    r"\s{1,3}(?:[a-z][\w’'-]*\s{1,3}){0,3}?(?:[A-Z][\w.&!+-]*\s{1,3}){0,2}[A-Z][\w.&!+-]*"
    + POSSESSIVE + r"\s{1,3}(?:[a-z][\w’'-]*\s{1,3}){0,4}?[\"“‘']?")


def _trace_dropped(sentence: str, kind: str, phrase: str, rule: str) -> None:
    """Note on the active trace (``--explain``) that ``rule`` dropped or merged a candidate:
    one place for the event every post-pass records, and nothing done when not explaining."""
    trace = rules.active()
    if trace is not None:
        trace.events.append(rules.Event(sentence, kind, phrase, [], rules.check(rule)))


def _memo_per_trigger(choose: Callable[[Trigger], list[int]]) -> Callable[[Trigger], list[int]]:
    """A sentence's target choice read once per trigger: several target rules ask it for the
    same candidate, and on a long line of list items each asking cost a pass over every
    mention. The cache lives with the sentence's view; each caller gets its own list."""
    chosen: dict[Trigger, list[int]] = {}

    def governed(trig: Trigger) -> list[int]:
        if trig not in chosen:
            chosen[trig] = choose(trig)
        return list(chosen[trig])

    return governed


def _choose_targets(text: str, trig: Trigger, mentions: Sequence[Mention],
                    clauses: Sequence[tuple[int, int]]) -> list[int]:
    if not mentions:
        return []
    if "(" in text[max(0, trig.start - 24):trig.start]:
        owner = _parenthesis_owner(text, trig, mentions)
        if owner is not None:
            return [owner]  # "A (renewed in February) and B (cancelled last week)"
    trig_clause = _clause_of(clauses, trig.start)
    credited = [len(mentions) > 1 and named_as_credit(text, m) for m in mentions]
    decided = _active_decision_object(text, trig, mentions)
    owners = rules.owned_titles(text, mentions)
    if decided is not None and decided in owners:
        decided = owners[decided]  # "renewed Tobin Reyes' drama X": X is the object
    scored = []
    anchored: set[int] = set()  # names in passing as an anchor (``passing_anchor``)
    for i, mention in enumerate(mentions):
        if mention.end <= trig.start:
            distance = trig.start - mention.end
        elif mention.start >= trig.end:
            distance = mention.start - trig.end
        else:
            distance = 0
        if i in owners:
            distance += 200  # the owner of the title named next: that title is the news
        elif i - 1 in owners and mentions[i - 1].start >= trig.end:
            # the owned title stands where its owner's phrase starts
            distance = min(distance, mentions[i - 1].start - trig.end)
        if _clause_of(clauses, mention.start) != trig_clause:
            distance += 80
        if _in_aside(text, mention, trig):
            distance += 200  # named in passing: the clause's subject or object comes first
        elif len(mentions) > 1 and passing_anchor(text, mention, trig):
            distance += 150  # "axed since X ended": an anchor's name, another show's news
            anchored.add(i)
        elif credited[i] and any(not credited[j] and (
                _clause_of(clauses, other.start) == trig_clause or (
                    other.end <= mention.start and "," in text[other.end:mention.start]))
                for j, other in enumerate(mentions)):
            # "Salt Road, from the creator of X, premieres", "Netflix renewed X creator Jane
            # Doe's Salt Road": the news is the other show's, in the trigger's clause or
            # named before the credit's aside
            distance += 150
        if decided is not None and i != decided and mention.end <= trig.start and \
                _clause_of(clauses, mention.start) == trig_clause:
            distance += 100  # "Acorn TV has renewed the drama X": the decision's object is X
        elif mention.start >= trig.end and _PASSIVE_BEFORE_RE.search(
                text, max(0, trig.start - 12), trig.start) and _AGENT_GAP_RE.fullmatch(
                    text, trig.end, mention.start) and any(
                        other.end <= trig.start for other in mentions):
            distance += 100  # "X has been renewed by Acorn TV": the decider, not the show
        if mention.start >= trig.end and _own_verb_after(text, mentions, i):
            distance += 80  # "X has been renewed and Y has been cancelled": Y's own clause
        elif mention.end <= trig.start and _NEW_VERB_PHRASE_RE.search(
                text, mention.end, trig.start) and not _PASSIVE_BEFORE_RE.search(
                    text, max(0, trig.start - 12), trig.start):
            distance += 60  # "cancel Tin Roof and has renewed shows like X": X is this one's
        scored.append((distance, i))
    distance, best = min(scored)
    for i in sorted(anchored - {best}):
        rules.note_set_aside(text, trig.kind, mentions[i].show, "target.passing_anchor")
    if best - 1 in owners:
        rules.note_set_aside(text, trig.kind, mentions[best - 1].show, "target.owner_of_title")
    group = list_run(text, mentions, best, LIST_GAP_RE)
    if len(group) > 1:
        # "Glass Harbor, from the creators of Tin Roof, premiered": no list, an aside
        group = [j for j in group if j == best or not (
            in_aside(text, mentions[j].start) or _in_aside(text, mentions[j], trig)
            or credited[j] or j in anchored)]
    set_aside: set[int] = set()  # names an apposition describes: no list's item below
    if len(group) > 1 and list_ends_before_clause(
            text, mentions[group[0]].start, text[mentions[group[-2]].end:mentions[group[-1]].start],
            mentions[group[-1]].end):
        # "renewed A and B, and C wrapped filming": C opens a clause of its own, the
        # decision's list ends before it (no extension below takes C back), and C's own verb
        # takes C alone
        rules.check("title.span.list_ends_before_clause")
        if best == group[-1]:
            group = [best]
        else:
            set_aside.add(group[-1])
            group = group[:-1]
    if len(group) == 2 and _KIN_APPOSITION_GAP_RE.fullmatch(
            text, mentions[group[0]].end, mentions[group[1]].start):
        # "renewed Glass Harbor, the spin-off of Harrow Lane, for a second season": the
        # parent is named in passing, the spin-off is what was renewed
        _trace_dropped(text, trig.kind, mentions[group[1]].show, "list.kin_apposition")
        set_aside.add(group[1])
        group = [group[0]]
        best = group[0]
    if len(group) == 2 and _DESCRIPTION_APPOSITION_GAP_RE.fullmatch(
            text, mentions[group[0]].end, mentions[group[1]].start) and \
            _DESCRIPTION_APPOSITION_AFTER_RE.match(text, mentions[group[1]].end):
        # "cancelled Glass Harbor, the Mara Velt drama, after two seasons": the second name
        # describes the first (its creator or star), the first is what the verb acts on
        _trace_dropped(text, trig.kind, mentions[group[1]].show, "list.description_apposition")
        set_aside.add(group[1])
        group = [group[0]]
        best = group[0]
    group = _appositive_items(text, trig, mentions, group, trace=False)
    if trig.end <= mentions[group[0]].start and last_opens_own_clause(text, mentions, group):
        # "Hulu Renews Night Ferry, Lone Beacon Returns": the last name opens its own clause
        _trace_dropped(text, trig.kind, mentions[group[-1]].show, "list.own_clause")
        group = group[:-1]
    if len(group) > 1 and trig.start >= mentions[group[-1]].end and (relative := \
            _RELATIVE_AFTER_RE.match(text[mentions[group[-1]].end:trig.start])) and not \
            _PLURAL_RELATIVE_RE.search(relative.group(0)):
        # "A and B (which was renewed in April)": the relative clause is the last name's;
        # "A and B, which were renewed in April": both names'
        group = [group[-1]]
    if len(group) > 1:
        first, last = mentions[group[0]], mentions[group[-1]]
        # The list is governed by the trigger when it sits right after or before it.
        if not (0 <= first.start - trig.end <= 60 or 0 <= trig.start - last.end <= 80
                or first.start <= trig.start <= last.end):
            group = [best]
    following = group[-1] + 1
    if (mentions[best].start >= trig.end and following < len(mentions)
            and mentions[following].start - mentions[group[-1]].end <= 40
            and _clause_of(clauses, mentions[following].start)
            == _clause_of(clauses, mentions[best].start)):
        # "pickups: Trusty procedurals A, B and C": the list right after the first name.
        extra = list_run(text, mentions, following, LIST_GAP_RE)
        if len(extra) > 1:
            group = sorted(set(group) | set(extra))
    following = group[-1] + 1
    if following < len(mentions) and mentions[following].start > trig.end:
        gap = text[max(trig.end, mentions[group[-1]].end):mentions[following].start]
        if len(gap) <= 60 and _ALONG_WITH_RE.search(gap):
            # "A and B come back next year along with new series C, D and E"
            group = sorted(set(group) | set(list_run(text, mentions, following, LIST_GAP_RE)))
    leading = group[0] - 1
    if leading >= 0 and mentions[group[0]].start < trig.start and _JOINS_GAP_RE.match(
            text, mentions[leading].end, mentions[group[0]].start):
        # "A joins B and C on the list of shows cancelled this year": A shares their status
        group = [leading, *group]
    following = group[-1] + 1
    if following < len(mentions) and mentions[group[-1]].end <= trig.start:
        # "A was renewed for a second season, as was B": the elided verb is the trigger's
        after = text[trig.end:mentions[following].start]
        clause_end = after.rfind(",")
        if clause_end >= 0 and len(after) - clause_end <= 40 and \
                _ELLIPSIS_GAP_RE.match(after[clause_end:]):
            group = sorted(set(group) | set(list_run(text, mentions, following, LIST_GAP_RE)))
    return _appositive_items(text, trig, mentions, [j for j in group if j not in set_aside])


def _appositive_items(text: str, trig: Trigger, mentions: Sequence[Mention],
                      group: list[int], trace: bool = True) -> list[int]:
    """The list ``group`` read past its items' describing asides ("renewed X, its Western
    drama, and Y"): a name inside an aside is a genre word, a creator or a star describing
    the item before it, and the item after the aside belongs to the list (rule
    ``list.appositive_item``). Only where the trigger stands outside the names it joins."""
    def aside_after(i: int) -> tuple[list[int], int | None] | None:
        """(names inside the aside after mention i, the item after it or None)."""
        found = _item_aside(text, mentions, i)
        if found is None or mentions[i].end <= trig.start < found.end():
            return None
        inside = [j for j in range(i + 1, len(mentions)) if mentions[j].start < found.end()]
        if any(mentions[j].end > found.end("aside") or _SHOW_NOUN_BEFORE_NAME_RE.search(
                text, found.start("aside"), mentions[j].start) for j in inside):
            return None
        after = inside[-1] + 1 if inside else i + 1
        if found.group("more") is None or after >= len(mentions) or \
                mentions[after].start != found.end():
            return inside, None
        return inside, after
    start = group
    dropped: list[int] = []
    seq, out, at = list(group), [], 0
    while at < len(seq):  # "X, its Western drama, and Y, a Mara Quell comedy, and Z"
        out.append(seq[at])
        aside = aside_after(seq[at])
        if aside is not None:
            inside, after = aside
            dropped += inside
            if after is None:
                break
            seq = seq[:at + 1] + [j for j in list_run(text, mentions, after, LIST_GAP_RE)
                                  if j >= after]
        at += 1
    while out[0] > 0:  # leftwards: the group opened after another item's aside
        before = next((i for i in range(out[0] - 1, max(-1, out[0] - 4), -1)
                       if (a := aside_after(i)) is not None and a[1] == out[0]), None)
        if before is None:
            break
        aside = aside_after(before)
        assert aside is not None
        dropped += aside[0]
        out = [j for j in list_run(text, mentions, before, LIST_GAP_RE) if j <= before] + out
    if (out == start and not dropped) or any(
            trig.start < mentions[j].end and mentions[j].start < trig.end for j in out):
        return start
    for j in sorted(set(dropped)) if trace else ():
        _trace_dropped(text, trig.kind, mentions[j].show, "list.appositive_item")
    return sorted(set(out) - set(dropped))


#: From a name to a status word inside the parenthesis right after it: "X (renewed",
#: "X (which was cancelled", "X (officially renewed".
_PARENTHESIS_OWNER_RE = re.compile(
    r"[\"”’']?\s{0,2}\((?:(?:which|that|has|have|had|was|were|is|been|officially|just|"
    r"already|recently|since|now|quietly)\s{1,3}){0,3}$")


def _parenthesis_owner(text: str, trig: Trigger, mentions: Sequence[Mention]) -> int | None:
    """The show whose own parenthesis the trigger opens ("Tin Roof (renewed in February)"):
    the status is that name's aside, not the sentence's news about the others."""
    for i, mention in enumerate(mentions):
        if mention.end <= trig.start and trig.start - mention.end <= 40 and \
                _PARENTHESIS_OWNER_RE.fullmatch(text, mention.end, trig.start):
            return i
    return None


#: Between a show and the shows it joins on a list: "A joins B on the list of ...".
_JOINS_GAP_RE = re.compile(
    r"[\"”’']?(?:\s{0,2}\([^()]{1,40}\))?\s{1,3}(?:(?:now|also|officially)\s{1,3})?(?:joins|joined|will\s{1,3}join|"
    r"is\s{1,3}joining)\s{1,3}(?:the\s{1,3}likes\s{1,3}of\s{1,3})?[\"“‘']?$")


def _reported_in_quotes(quote: re.Match[str], mentions: Sequence[Mention]) -> bool:
    """Quoted words that name a show and no speaker or listener ("The second season of X
    began shooting March 3"): a statement of record (a network's, a report's), the
    article's news even in quotes; "we started filming" is someone's speech."""
    return (any(quote.start() <= m.start < quote.end() for m in mentions)
            and not _PERSON_WORD_RE.search(quote.group(0)))


def _own_verb_after(text: str, mentions: Sequence[Mention], index: int) -> bool:
    """The mention at ``index`` (or the list it ends) is followed by its own verb: it is the
    subject of another clause ("and Red Kettle has been cancelled", "and A and B will
    return")."""
    group = list_run(text, mentions, index, LIST_GAP_RE)
    last = mentions[group[-1]] if index in group else mentions[index]
    return bool(_OWN_VERB_AFTER_RE.match(text, last.end, min(len(text), last.end + 40)))


def _may_quote(text: str) -> bool:
    """Whether _SPEECH_RE can match: a double quote, or a single one opening a word."""
    return "“" in text or '"' in text or " '" in text or text.startswith("'")


def _episode_hits(text: str) -> list[re.Match[str]]:
    """Episode-count phrases, except counts of a part of a season ("the first 6 episodes");
    in a sentence about episodes, also a bare number a season "had" ("Season 2 had eight")."""
    hits = [m for m in EPISODE_COUNT_RE.finditer(text)
            if not ((before := EPISODE_COUNT_EXCLUDE_RE.search(text[max(0, m.start() - 25):
                                                                   m.start()]))
                    # "of the six-part drama", "of its 10-episode season": the whole season
                    and not ("-" in m.group(0) and before.group(0).startswith("of ")))]
    if hits:
        seasons = season_mentions(text)
        hits += [m for m in ELLIPTIC_COUNT_RE.finditer(text)
                 if any(0 <= m.start() - end <= 12 for _, end, numbers, _ in seasons if numbers)
                 and not any(h.start() <= m.start() < h.end() for h in hits)]
    if "order" in text.lower():
        # an order changed to a bare number: "the order was extended to 13" (round 34)
        hits += [m for m in ORDER_CHANGED_TO_RE.finditer(text)
                 if ORDER_CHANGED_BEFORE_RE.search(text[max(0, m.start() - 130):m.start()])
                 and not any(h.start() <= m.start() < h.end() for h in hits)]
    return hits


def _gapped_counts(text: str, mentions: Sequence[Mention], hits: Sequence[re.Match[str]]
                   ) -> list[tuple[int, int, int | None]]:
    """Counts told again for other shows with the noun left out, after a count phrase:
    "X's order is for 22 episodes while Y's and Z's are only for 13" gives Y and Z 13 each.
    Each is (start, end, value): the span runs from the show's name's end to the number, so
    the name is the nearest before it."""
    if not hits or len(mentions) < 2:
        return []
    out: list[tuple[int, int, int | None]] = []
    first = min(h.end() for h in hits)
    for i, mention in enumerate(mentions):
        if mention.start < first:
            continue
        chain = [mention]
        # "Y's and Z's are for 13": Y shares Z's count
        for after in mentions[i + 1:]:
            if not GAPPED_PAIR_RE.match(text[chain[-1].end:after.start]):
                break
            chain.append(after)
        gap = GAPPED_COUNT_RE.match(text, chain[-1].end)
        if gap is None or not GAPPED_LINK_RE.search(text[first:mention.start]):
            continue
        if any(h.start() < gap.end() and gap.start() < h.end() for h in hits):
            continue
        word = gap.group("num").lower()
        value = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        out.append((mention.end, gap.end(), value))
    return out


def _read_sentence(sentence: _Sentence, ctx: ArticleContext, index: ShowIndex,
                   previous: Sequence[Target], mentions: Sequence[Mention],
                   attached: Sequence[tuple[int | None, ...]], used: set[int],
                   triggers: Sequence[Trigger], following: Sequence[Target] = (),
                   named_after: str | None = None, told_after: str = "",
                   slate_after: tuple[tuple[str, str | None], ...] = ()) -> SentenceView:
    """Everything the rules read in one sentence, found once: clauses, dates and whom they
    belong to, season phrases, direct speech."""
    text = sentence.text
    article = ctx.article
    clauses = _clauses(text, mentions)
    low = text.lower()
    if len(low) == len(text):
        is_future, is_past = bool(_FUTURE_LOW_RE.search(low)), bool(_PAST_LOW_RE.search(low))
    else:
        is_future = bool(_FUTURE_TENSE_RE.search(text))
        is_past = bool(_PAST_TENSE_RE.search(text))
    future = True if is_future and not is_past else False if is_past and not is_future else None
    found_dates = datemod.find_dates(text, article.published, future=future,
                                     before=ctx.previous_sentence)
    ctx.sentence_dates = found_dates
    found_dates = [d for d in found_dates
                   if not any(m.start < d.end and d.start < m.end for m in mentions)]
    if not sentence.is_title:  # "including Saturday Harbor": a title's word, not a date
        found_dates = [d for d in found_dates if not datemod.inside_a_name(text, d)]
    found_dates = datemod.ordered_events(text, datemod.season_years(text, found_dates))
    spans = datemod.intervals(text, found_dates) if len(found_dates) >= 1 else []
    # "announced on Monday" dates the announcement: a renewal's date, not a premiere's.
    announced = [d for d in found_dates
                 if (_REPORTING_RE.search(text[max(0, d.start - 30):d.start])
                     or _ANNOUNCED_DATE_RE.search(text[max(0, d.start - 60):d.start])
                     or _dates_a_document(text, d)
                     or _SINCE_ANNOUNCED_RE.match(text, d.end) and d.text.lower().endswith(
                         "since"))
                 and not _given_by_date_noun(text, d)]
    found_dates = [d for d in found_dates if d not in announced]
    # An announcement has happened: "confirmed on Friday" is the Friday before publication.
    announced = [replace(d, value=past[0].value) if d.relative and (
        past := datemod.find_dates(d.text, article.published, future=False)) else d
        for d in announced]
    all_seasons = season_mentions(text)
    return SentenceView(
        text=text, ctx=ctx, is_title=sentence.is_title,
        topic_show=index.titles.get(sentence.topic) if sentence.topic else None,
        mentions=mentions, attached=attached, triggers=triggers, clauses=clauses,
        dates=found_dates, owned=_owner_of_dates(triggers, found_dates, clauses, text),
        announced=announced,
        all_seasons=all_seasons,
        free_seasons=[s for j, s in enumerate(all_seasons) if j not in used],
        intervals=spans,
        speech=[(m.start(), m.end()) for m in _SPEECH_RE.finditer(text)
                if len(m.group(0).split()) >= 6
                and not (sentence.cut_off and _reported_in_quotes(m, mentions))]
        if _may_quote(text) else [],
        whole_date_negated=bool(_DATE_NEGATION_RE.search(text)),
        previous=previous, following=following,
        governed=_memo_per_trigger(
            lambda trig: _choose_targets(text, trig, mentions, clauses)),
        unfound=lambda trig: unfound_title_beside(text, trig.start, trig.end,
                                                  [(m.start, m.end) for m in mentions]),
        decides_referred=lambda trig: decider_before_reference(
            text, trig, mentions, _clause_of(clauses, trig.start)),
        refers_before_passing=lambda trig: reference_object_before_passing(
            text, trig, mentions),
        referred_owns=lambda trig: reference_owns_trigger(text, trig, mentions),
        season_subject_owns=lambda trig: season_subject_owns_trigger(text, trig, mentions),
        decision_noun_owns=lambda trig: decision_noun_owns_trigger(text, trig, mentions),
        passing_owns=lambda trig: passing_phrase_owns_trigger(text, trig, mentions),
        coordinated_subject=lambda trig: coordinated_subject(text, trig, mentions, clauses),
        relative_antecedent=lambda trig: relative_antecedent(text, trig, mentions),
        relative_of_unfound=lambda trig: relative_of_unfound(text, trig, mentions),
        named_after=named_after, told_after=told_after, slate_after=slate_after,
    )


def _titles_as_words(text: str, mentions: Sequence[Mention]) -> str:
    """The text with each show's name written as one word of the same length: the trigger
    phrases count the words between a verb and its season ("renewed X for a second season",
    "a second season of X was ordered", "handed X a second season"), and a long title ("The
    Long Road to Amber Falls") is one name, not six words; its own words ("and", a status
    word) are no part of the phrase either. Positions are kept."""
    parts: list[str] = []
    at = 0
    for mention in mentions:
        parts.append(text[at:mention.start])
        parts.append("T" + "q" * (mention.end - mention.start - 1))
        at = mention.end
    parts.append(text[at:])
    return "".join(parts)


def _list_governors(text: str, mentions: Sequence[Mention], triggers: Sequence[Trigger]
                    ) -> list[tuple[Trigger, frozenset[str]]]:
    """A status the phrase governing a list gives every item when the sentence vocabulary has
    no trigger there ("At Hulu, we have already lost A, B, C and D", "the shows that won't
    return: A, B and C"): one trigger on the governing phrase per such list."""
    if len(mentions) < 2 or not may_govern(text):
        return []
    found: list[tuple[Trigger, frozenset[str]]] = []
    runs = governed_lists(text, mentions, lambda left, right: bool(LIST_GAP_RE.match(
        list_gap(text, mentions[left].end, mentions[right].start))))
    for run in runs:
        first, last = mentions[run[0]], mentions[run[-1]]
        governor = list_governor(text, first.start) or list_governor_after(text, last.end)
        if governor is None:
            continue
        kind, start, end = governor
        reach = (min(start, first.start), max(end, last.end))
        if any(t.start < reach[1] and reach[0] < t.end for t in triggers):
            continue  # the vocabulary has a trigger in the list's reach: it governs
        listed = {mentions[i].show for i in run}
        if run[0] > 0 and _JOINS_GAP_RE.match(text, mentions[run[0] - 1].end, first.start):
            listed.add(mentions[run[0] - 1].show)  # "X joins A and B on the scrap heap"
        found.append((Trigger(kind, start, end), frozenset(listed)))
    return found


#: Right after a list: a verb of the list's own ("A, B and C are taking a long break",
#: "... have all drawn big audiences"): the sentence says something else of the items than
#: the heading over it.
_OWN_PREDICATE_AFTER_RE = re.compile(
    r"[\"”’']?(?:\s{0,2}\([^()]{0,60}\))?,?\s{1,3}(?:(?:all|both|each|also|still|now|just)"
    r"\s{1,3})?(?:(?:have|has|had|are|is|were|was|will|would|can|could|may|might|must|should|"
    r"shall|do|does|did|won['’]t|aren['’]t|weren['’]t|haven['’]t|don['’]t)\b|"
    r"[a-z]{3,}(?:ed|s)\b)")


def _heading_governors(text: str, mentions: Sequence[Mention], status: Status,
                       count: int | None = None, own_predicate: bool = False,
                       decided: frozenset[str] = frozenset()
                       ) -> list[tuple[Trigger, frozenset[str]]]:
    """The lists a status heading governs in a sentence of its section that has no status
    word of its own ("Returning favourites" over "Fans will be glad to see A, B and C on the
    schedule again."): every item takes the heading's kind, by a trigger placed right after
    the list's last item, where "were renewed" would stand."""
    if len(mentions) < 2:
        return []
    runs = governed_lists(text, mentions, lambda left, right: bool(LIST_GAP_RE.match(
        list_gap(text, mentions[left].end, mentions[right].start))), heading=True)
    found: list[tuple[Trigger, frozenset[str]]] = []
    for run in runs:
        last = mentions[run[-1]]
        listed = frozenset(mentions[i].show for i in run)
        if count is not None and len(listed) != count and (
                len(listed) < 2 or len(listed | decided) > count or listed & decided
                or not list_is_the_decisions(after_completing_lead(
                    text, mentions[run[0]].start))):
            # a counted decision's shows are no more than it counts, with the shows given its
            # decision before the list (``list.counted_rest``): no other list
            continue
        if _OWN_PREDICATE_AFTER_RE.match(text, last.end) and count is None and \
                not own_predicate:
            # "Hits like A, B and C are taking a long break": its own verb; but the very
            # shows a counted decision counts say it again in their own words ("renews
            # three dramas" ... "A, B and C will all be back")
            continue
        if len(listed) >= 2:
            found.append((Trigger(status[0], last.end, last.end), listed))
    return found


#: A list's sentence that sets its shows apart from the decision the round-up counts: "A and B
#: were passed over", "Still absent: A and B", "C failed to win a new season" ("MIA" as in
#: missing: read case-blind, it also holds back a list beside a "Mia": a guard, never a fact).
_LEFT_OUT_RE = re.compile(
    r"(?i)\b(?:miss(?:ing|ed|es)?|omi(?:ts?|tted|tting|ssions?)|left\s+(?:off|out)|absent|"
    r"mia|fail(?:s|ed|ing)?|except|exclud(?:e|es|ed|ing)|but\s+not|unlike|awaits?|awaiting|pending|"
    r"passed\s+over|snubbed|overlooked|still\s+waiting|bubble)\b")
#: The decisions a counted plural states for a whole list: "renews four dramas".
_COUNTED_DECISION_KINDS = frozenset({"renewed", "cancelled"})


#: A sentence opening on the words that introduce a list of what the sentence before spoke of:
#: "They include A, B and C", "Among them are ...", "The lucky ones are ...".
_LIST_INTRODUCER_RE = re.compile(
    r"^\W{0,2}(?:(?:They|These|Those)\s{1,3}(?:include|included|are|were)|"
    r"Among\s{1,3}(?:them|those|these)(?:\s{1,3}(?:are|were))?|"
    r"The\s{1,3}lucky\s{1,3}ones\s{1,3}(?:are|were))\b")


def _plural_decision(text: str) -> tuple[str, int | None] | None:
    """The one decision kind a text states for a plural of shows, with the count when a number
    gives it ("Fox renews four dramas": 4, "has axed both series": 2) or None when no number
    does ("Kestrel renewed a handful of its dramas", "several series were cancelled"): one
    decision kind only (a text that renews some and cancels others says which is which
    elsewhere)."""
    counted = COUNTED_SHOWS_RE.search(text)
    if counted is None:
        # "Vantor cancels its comedy slate": a plural object with no quantity (round 18)
        if not may_name_plural(text):
            return None
        triggers = [t for t in _line_triggers(text) if t.kind in _COUNTED_DECISION_KINDS]
        kinds = {t.kind for t in triggers}
        if len(kinds) == 1 and any(plural_object(text, t.start, t.end) for t in triggers):
            return kinds.pop(), None
        return None
    word = counted.group(0).split()[0].lower()
    count = int(word) if word.isdigit() else 2 if word == "both" else NUMBER_WORDS.get(word)
    kinds = {t.kind for t in _line_triggers(text)} & _COUNTED_DECISION_KINDS
    return (kinds.pop(), count) if len(kinds) == 1 else None


#: A headline's count of shows beyond those it names, with no noun: "Renews Salt Road, Iron Bay
#: and 4 Others", "Kestrel renews Iron Bay and four more" (not "and two more seasons").
_BARE_BEYOND_RE = re.compile(
    r"(?i)\band\s{1,3}(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s{1,3}(?:others|more)(?=\s{0,3}(?:$|[^\w\s]|(?:for|at|on|in|from|by|as)\b))")


def _bare_beyond_count(text: str) -> tuple[str, int] | None:
    """The decision and the count of "and N others" in a headline that names some of its shows
    (``list.counted_others``): one decision kind only, as for a counted plural."""
    found = _BARE_BEYOND_RE.search(text) if "and" in text.lower() else None
    if found is None:
        return None
    word = found.group("n").lower()
    count = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    kinds = {t.kind for t in _line_triggers(text)} & _COUNTED_DECISION_KINDS
    return (kinds.pop(), count) if count is not None and count >= 2 and len(kinds) == 1 \
        else None


def counted_decision(text: str) -> tuple[str, int] | None:
    """The decision a text states for a counted plural of shows and the count ("Fox renews four
    dramas", "Three comedies cancelled at NBC", "has axed both series", "renews Salt Road and 4
    others": the others only, as "and 14 more series"): a count of two or more written as a
    number (no "several", "a handful": no bound on the list)."""
    found = _plural_decision(text)
    if found is None:
        return _bare_beyond_count(text)
    if found[1] is None or found[1] < 2:
        return None
    return found[0], found[1]


#: A count of shows beyond those a headline names: "and 14 more series", "and 16 other
#: series", "plus three additional dramas".
_BEYOND_NAMED_RE = re.compile(r"(?i)\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
                              r"eleven|twelve)\s{1,3}(?:more|other|additional)\b")
#: How many body sentences down a headline's uncounted decision may find its list.
_HEADLINE_LIST_REACH = 6
#: How many sentences down a sentence's decision a list may be added to it by linking words
#: ("Also on the list are ...": ``list.adds_to_decision``).
_ADDED_LIST_REACH = 2


#: A quotation mark: a decision sentence quoting titles names its shows itself.
_QUOTE_MARK_RE = re.compile(r"[\"“”]")


def _told_alone(text: str, spans: Sequence[Span] | None = None) -> bool:
    """A decision over a plural of shows that names none of them and asks nothing ("Is CBS
    cancelling good shows like 'A' and 'B'?" names its own): its list is told elsewhere.
    ``spans``: the text's ``title_spans`` when already read."""
    return not text.rstrip().endswith("?") and _QUOTE_MARK_RE.search(text) is None and \
        listed_titles(text, title_spans(text) if spans is None else spans) < 2 and \
        list_is_the_decisions(text)


def _owns_status(text: str) -> bool:
    """The sentence has a status word or an episode count of its own."""
    return bool(_line_triggers(text)) or bool(_episode_hits(text))


#: Who may be the subject before a list's "of": "Fans of A, B and C aren't going anywhere".
_AUDIENCE_WORDS = frozenset({"fans", "viewers", "audiences", "critics", "followers", "devotees",
                             "admirers", "lovers", "watchers"})


def _staying_list(text: str, first: int, items: int, spans: Sequence[Span] | None = None
                  ) -> bool:
    """The list of ``text`` (its first title at ``first``, ``items`` titles or more) is followed
    by a negated ending that keeps its shows on (``lists.STAYING_AFTER_RE``) and nothing else.
    ``spans``: the text's ``title_spans`` when already read."""
    if items < 2 or ("anywhere" not in text and "yet" not in text and "be " not in text):
        return False
    if text[first:].split(" ", 1)[0].lower() in _AUDIENCE_WORDS:
        return False  # "Fans of A, B and C aren't going anywhere": the fans are the subject
    after = [span for span in (title_spans(text) if spans is None else spans)
             if span.start >= first]
    return any(STAYING_AFTER_RE.match(text, span.end) for span in after)


def _names_counted(spans: Sequence[Span]) -> int:
    """How many names a sentence's title spans hold, as a counted decision counts them: a
    span joining two with " and " is two; a lone word opening the sentence is none (it is
    capitalised as the sentence's first word)."""
    return sum(1 + span.text.count(" and ") for span in spans if span.start > 0 or " " in span.text)


def _told_elsewhere(prior_kind: str | None, prior_text: str,
                    plural_headline: tuple[str, int | None] | None, headline_open: bool,
                    headline: str) -> tuple[str, str, str] | None:
    """The uncounted decision told elsewhere that may govern a sentence's list, as (its kind,
    the text telling it, the rule): the sentence right before's (``list.decision_before``),
    else the headline's while it is open (``list.headline_decision``)."""
    if prior_kind is not None:
        return prior_kind, prior_text, "list.decision_before"
    if headline_open and plural_headline is not None:
        return plural_headline[0], headline, "list.headline_decision"
    return None


def _counted_rest_rule(text: str, first: int, others: str | None) -> str | None:
    """The rule by which a headline's count governs a shorter list that is the rest of it:
    after words saying so ("The others are ...": ``list.completes_count``), after a
    connective lead (``list.connective_lead``), else the headline's own rule (``others``)."""
    if not list_opens(text, first):
        return "list.completes_count"
    return "list.connective_lead" if opens_after_connective(text, first) else others


def _apart_from_decision(text: str) -> bool:
    """A list's sentence that sets its titles apart from a decision told elsewhere: a question,
    a negation, "missing" or "left out", or a word making them comparisons, company, earlier
    shows, credits or other media (``lists.list_is_the_decisions``)."""
    return text.rstrip().endswith("?") or NEGATION_RE.search(text) is not None or \
        _LEFT_OUT_RE.search(text) is not None or not list_is_the_decisions(text)


def _decision_certainty(text: str) -> str:
    """The certainty of the decision ``text`` states for a plural of shows: what precedes its
    decision word hedges it ("Kestrel Expected to Renew Its Dramas": expected)."""
    found = [t for t in _line_triggers(text) if t.kind in _COUNTED_DECISION_KINDS]
    return _decision_certainty_before(text[:found[0].end] if found else "")


def _decision_certainty_before(lead: str) -> str:
    """The certainty of a decision told by the words ``lead`` ends on: hedged by what they
    say before it ("could be the end of the road for": speculative)."""
    return "speculative" if SPECULATIVE_RE.search(lead) else "expected" if \
        EXPECTED_RE.search(lead) else "confirmed"


def _one_decision(text: str, triggers: Sequence[Trigger] | None = None) -> str | None:
    """The one decision kind (renewed or cancelled) ``text`` tells, when it tells one and
    asks or negates nothing; None otherwise. ``triggers``: the text's, when already read."""
    kinds = {t.kind for t in (_line_triggers(text) if triggers is None else triggers)} & \
        _COUNTED_DECISION_KINDS
    if len(kinds) != 1 or text.rstrip().endswith("?") or NEGATION_RE.search(text):
        return None
    return kinds.pop()


def _decision_told_before(sentences: Sequence[_Sentence], number: int, headline: str
                          ) -> tuple[str, str] | None:
    """The one renewal or cancellation told just before sentence ``number``, as (the text
    telling it, its kind): the last sentence before it with a status word, when that is one
    of the two before it and tells one decision; else, when no sentence before it has a status
    word and it is among the body's first ones, the headline's (``list.adds_to_decision``)."""
    for back in range(number - 1, max(-1, number - 1 - _HEADLINE_LIST_REACH), -1):
        text = sentences[back].text
        found = _line_triggers(text)
        if found:
            kind = _one_decision(text, found) if number - back <= _ADDED_LIST_REACH else None
            return (text, kind) if kind is not None else None
    if number >= _HEADLINE_LIST_REACH or not headline.strip():
        return None
    kind = _one_decision(headline)
    return (headline, kind) if kind is not None else None


def _added_to_decision(text: str, spans: Sequence[Span]) -> bool:
    """The list of ``text`` (two titles or more) is added by linking words to a decision told
    before it (``list.adds_to_decision``): "Kestrel has renewed Nightjar. Also on the list are
    A, B and C." The sentence has no status word, negation, question or word of comparison of
    its own besides the linking words."""
    items, first = longest_list(text, spans)
    if items < 2:
        return False
    rest = adds_to_decision(text, first, list_end(text, spans, first))
    return rest is not None and not _apart_from_decision(rest) and not _owns_status(text)


#: A count in one clause of a mixed headline: "Renews 12 Shows", "Cancels Three", "3 Cancelled".
_CLAUSE_COUNT_RE = re.compile(
    r"(?i)\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?!\s{0,3}(?:more\s{1,3})?(?:seasons?|episodes?|years?|hours?|days?|weeks?|months?)\b)")
#: Where a headline's clauses part: "Renews 12 Shows, Cancels 3", "... and Cancels Two".
_HEADLINE_CLAUSE_RE = re.compile(r"(?i)\s{0,3}(?:[,;|—–]|\s-\s|\band\b|&)\s{0,3}")


def _headline_decisions(headline: str) -> tuple[dict[str, int | None], bool]:
    """The decisions a headline tells over counted (or uncounted) plurals of shows, each kind
    with its count, and whether it tells two kinds ("Kestrel Renews 12 Shows, Cancels 3":
    renewed 12, cancelled 3); a mixed headline's kind counts only in a clause of its own that
    counts it and names it once. Empty when the headline asks, negates or tells none."""
    if not headline.strip() or headline.rstrip().endswith("?") or NEGATION_RE.search(headline):
        return {}, False
    found = [t for t in _find_triggers(headline) if t.kind in _COUNTED_DECISION_KINDS]
    kinds = {t.kind for t in found}
    if len(kinds) == 1:
        counted = counted_decision(headline)
        if counted is not None:
            return {counted[0]: counted[1]}, False
        plural = _plural_decision(headline)
        return ({plural[0]: None}, False) if plural is not None and _told_alone(headline) \
            else ({}, False)
    if len(kinds) != 2:
        return {}, False
    out: dict[str, int | None] = {}
    start = 0
    for clause in [*_HEADLINE_CLAUSE_RE.split(headline)]:
        at = headline.find(clause, start)
        start = at + len(clause)
        inside = [t for t in found if at <= t.start < at + len(clause)]
        count = _CLAUSE_COUNT_RE.search(clause)
        if len(inside) != 1 or count is None:
            continue
        word = count.group("n").lower()
        number = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if number is not None and number >= 2 and inside[0].kind not in out:
            out[inside[0].kind] = number
    return out, True


def _other_fate(sentences: Sequence[_Sentence], number: int, items: Sequence[str], kind: str
                ) -> bool:
    """Another sentence of the body names one of ``items`` with a decision of another kind
    than ``kind`` (the list then is no list of that decision's shows)."""
    for other, sentence in enumerate(sentences):
        if other == number or not any(item in sentence.text for item in items):
            continue
        kinds = {t.kind for t in _line_triggers(sentence.text)} & _COUNTED_DECISION_KINDS
        if kinds - {kind}:
            return True
    return False


def _headline_governs(sentences: Sequence[_Sentence], number: int, sentence: _Sentence,
                      decisions: Mapping[str, int | None], mixed: bool, headline: str,
                      spans: Sequence[Span]) -> _Sentence | None:
    """The sentence as the headline's counted (or plural) decision governs its list
    (``list.headline_governs``): "Kestrel Renews 12 Shows || The network's dramas coming to
    the fall schedule are Nightjar, Salt Road and Copper Vale." The list (two titles or more,
    no more than the count) comes after a lead ending on a copula, "include" or a colon; its
    sentence has no status word, negation, question or comparison of its own; under a mixed
    headline its lead names its kind ("coming back", "casualties") or the sentence before tells
    that one decision, else none; the body tells none of its items another decision."""
    items, first = longest_list(sentence.text, spans)
    if items < 2:
        return None
    text = sentence.text
    lead = headline_list_lead(text, first)
    if lead is None:
        return None
    named = lead_kind(lead)
    # "Other dramas coming back include": the count's other shows, its lead names the kind;
    # "The network's other hits are" names none, a comparison
    if _apart_from_decision(without_lead_other(text, lead) if named else text) or \
            _owns_status(text):
        return None
    if mixed:
        before = _one_decision(sentences[number - 1].text) if number > 0 else None
        kind = named or before
        if kind is None or (before is not None and named is not None and before != named):
            return None
    elif named is not None and named not in decisions:
        return None  # "Kestrel Renews 12 Shows" over "The casualties are A and B"
    else:
        kind = next(iter(decisions))
    if kind not in decisions:
        return None
    count = decisions[kind]
    if count is not None and items > count:
        return None
    end = list_end(text, spans, first)
    names = [name for span in spans if first <= span.start < end
             for name in span.text.split(" and ")]
    if _other_fate(sentences, number, names, kind):
        return None
    return replace(sentence, status=(kind, _decision_certainty(headline)),
                   decided_by="list.headline_governs")


def _counted_decision_lists(sentences: list[_Sentence], headline: str,
                            headline_decisions: tuple[dict[str, int | None], bool]
                            ) -> list[_Sentence]:
    """A counted decision governs the list of names that tells which shows it counts: the
    headline's ("Kestrel renews four dramas") over the body, a sentence's over the sentence
    right after it ("Kestrel renewed four of its dramas. A, B, C and D made the cut."). The
    list's sentence has no status word, no episode count and no status heading of its own,
    holds as many names as the count (a shorter list is as often another one: round 15's
    sealed measurement), and does not set its shows apart from the decision (a
    negation, "missing", "left out", "failed to", or a question before it in its paragraph:
    "Which shows are safe? A, B and C": the shows a round-up says were NOT renewed); the sentence
    takes the decision as its status, as under a status heading (``_heading_governors``).

    A decision over a plural it does not count ("Vantor cancels its comedy slate", "Kestrel
    renewed a number of its dramas") governs one list only: the headline's, the body's first
    list of titles, within its first sentences and with no other status word before it
    (``list.headline_decision``); a sentence's, the list of the sentence right after it
    (``list.decision_before``); either only when that list's sentence has no word making its
    titles comparisons, company, earlier shows, credits or other media
    (``lists.list_is_the_decisions``)."""
    from_headline = counted_decision(headline) if headline.strip() else None
    plural_headline = _plural_decision(headline) if headline.strip() and \
        from_headline is None and _told_alone(headline) else None
    # a headline counting only the shows it does not name ("and 4 Others")
    others = "list.counted_others" if from_headline is not None and \
        _plural_decision(headline) is None else None
    # the headline's uncounted decision, until the body's first list or another status word
    headline_open = plural_headline is not None
    # the headline's decisions, each kind with its count, for the lists after a lead
    # (list.headline_governs): ``_headline_decisions(headline)``, read once per article
    decisions, mixed = headline_decisions
    out: list[_Sentence] = []
    before: tuple[str, int] | None = None
    before_kind: str | None = None  # the sentence before's uncounted decision
    before_text = ""
    asked = False  # a question in the paragraph so far: "Which shows are safe?"
    paragraph = -1
    # a sentence's title spans, read once for every reading of it below that needs them
    spans_of = functools.lru_cache(maxsize=1)(title_spans)
    for number, sentence in enumerate(sentences):
        decision = before or from_headline
        headline_counts = before is None and from_headline is not None
        text = sentence.text
        if sentence.paragraph != paragraph:
            paragraph, asked = sentence.paragraph, False
        asked = asked or bool(out) and out[-1].paragraph == paragraph and \
            out[-1].text.rstrip().endswith("?")
        uncounted = before_kind if _LIST_INTRODUCER_RE.match(text) else None
        plural = _plural_decision(text)
        before = (plural[0], plural[1]) if plural is not None and plural[1] is not None and \
            plural[1] >= 2 else None
        # an uncounted decision's kind ("a handful of dramas"), for the list of the next
        # sentence (introduced, or plausibly the decision's: list.decision_before)
        prior_kind, prior_text = before_kind, before_text
        before_kind = plural[0] if plural is not None and plural[1] is None and \
            _told_alone(text, spans_of(text)) else None
        before_text = text
        free = sentence.status is None and sentence.topic is None
        if uncounted is not None and decision is None and free and not _owns_status(text) \
                and not NEGATION_RE.search(text):
            # "Kestrel renewed a handful of dramas. They include A, B and C.": no count, so
            # only a sentence whose opening says it lists them (``list.uncounted_decision``)
            out.append(replace(sentence, status=(uncounted, "confirmed"), uncounted=True))
            continue
        if headline_open and plural_headline is not None and (
                len(out) >= _HEADLINE_LIST_REACH or _owns_status(text)
                and (plural is None or plural[0] != plural_headline[0])):
            headline_open = False  # another status word, or too far down: another story
        # the list a decision told elsewhere may govern (read only when one may)
        items, first = longest_list(text, spans_of(text)) if prior_kind is not None or \
            headline_open or headline_counts or decisions else (0, 0)
        if decision is None and items >= 2 and free and list_opens(text, first) and \
                not _owns_status(text):
            governing = _told_elsewhere(prior_kind, prior_text, plural_headline, headline_open,
                                        headline)
            headline_open = False  # the headline's decision reaches its first list only
            if governing is not None and not asked and not _apart_from_decision(text):
                kind, told, rule = governing
                out.append(replace(sentence, status=(kind, _decision_certainty(told)),
                                   decided_by=rule))
                continue
        if items >= 2:
            headline_open = False
        if free and not asked and may_add_to_decision(text) and \
                _added_to_decision(text, spans_of(text)) and (
                    added_to := _decision_told_before(sentences, number, headline)) and (
                decision is None or decision[0] == added_to[1]):
            # "Kestrel has renewed Nightjar. Also on the list are A, B and C."
            out.append(replace(sentence, status=(added_to[1], _decision_certainty(added_to[0])),
                               decided_by="list.adds_to_decision"))
            continue
        if decision is None or not free or _owns_status(text):
            governed = _headline_governs(sentences, number, sentence, decisions, mixed,
                                         headline, spans_of(text)) \
                if decisions and free and not asked and items >= 2 else None
            out.append(governed or sentence)
            continue
        names = _names_counted(spans_of(text))
        if decision[0] == "renewed" and _staying_list(text, first, items, spans_of(text)) \
                and not asked \
                and list_opens(text, first) and 2 <= items <= decision[1] and \
                _LEFT_OUT_RE.search(text) is None and list_is_the_decisions(text):
            # "Kestrel Renews Four Dramas" over "A, B and C aren't going anywhere": a negation
            # that keeps them (``list.staying_idiom``)
            out.append(replace(sentence, status=(decision[0], "confirmed"),
                               status_count=decision[1], decided_by="list.staying_idiom"))
            continue
        if abs(names - decision[1]) <= 1 and not asked and not (
                NEGATION_RE.search(text) or _LEFT_OUT_RE.search(text)):
            sentence = replace(sentence, status=(decision[0], "confirmed"),
                               status_count=decision[1],
                               decided_by=others if headline_counts else None)
        elif headline_counts and 2 <= items <= decision[1] and (
                list_opens(text, first) or list_completes(text, first)) and not asked \
                and not _apart_from_decision(after_completing_lead(text, first)):
            # "Kestrel Renews Four Dramas" over "... renewed Salt Road ... Night Ferry, Glass
            # Orchard and Iron Bay drew strong numbers": a shorter list may be the rest of the
            # count (``list.counted_rest``: checked against the shows decided before it), also
            # after words saying so ("The others are ...": ``list.completes_count``)
            sentence = replace(sentence, status=(decision[0], "confirmed"),
                               status_count=decision[1],
                               decided_by=_counted_rest_rule(text, first, others))
        elif decisions and not asked and items >= 2:
            sentence = _headline_governs(sentences, number, sentence, decisions, mixed,
                                         headline, spans_of(text)) or sentence
        out.append(sentence)
    return out


def _roundup_fate_lists(sentences: list[_Sentence], headline: str,
                        headline_decisions: tuple[dict[str, int | None], bool]
                        ) -> list[_Sentence]:
    """A decision round-up's list told by an idiom of the decision that the trigger vocabulary
    does not read (``list.roundup_fate``): "Kestrel Renews Eight Dramas || ... Among the losses
    are A, B and C", "A, B and C will live to see another season", "It's curtains for A and B".
    The idiom stands right before the list's first title or right after its last
    (``lists.fate_idiom``); the headline, or a sentence before, tells a renewal or a
    cancellation; the sentence has no status word, count, negation, question or word of
    comparison of its own besides the idiom: it takes the idiom's kind as its status, hedged as
    its words before the idiom are, so its items are shows and each takes the decision.
    ``headline_decisions``: ``_headline_decisions(headline)``, read once per article."""
    decided, _ = headline_decisions
    told = bool(decided) or (bool(headline.strip()) and _one_decision(headline) is not None)
    read = 0  # the body's sentences read so far for a decision told before (only when needed)
    out: list[_Sentence] = []
    for number, sentence in enumerate(sentences):
        text = sentence.text
        fate = None
        if sentence.status is None and sentence.topic is None and \
                sentence.decided_by is None and may_tell_fate(text):
            while not told and read < number:
                told = _one_decision(sentences[read].text) is not None
                read += 1
            if told and not text.rstrip().endswith("?") and not _owns_status(text):
                for first, end in _fate_list_bounds(text, title_spans(text)):
                    fate = fate_idiom(text, first, end)
                    if fate is not None:
                        break
        if fate is not None:
            kind, start, end = fate
            rest = text[:start] + " " + text[end:]
            if not _apart_from_decision(rest):
                hedge = _decision_certainty_before(text[:end])
                out.append(replace(sentence, status=(kind, hedge),
                                   decided_by="list.roundup_fate"))
                continue
        out.append(sentence)
    return out


def _fate_list_bounds(text: str, spans: Sequence[Span]) -> list[tuple[int, int]]:
    """Where a list of two titles or more in ``text`` starts and ends: as ``longest_list``
    joins its items, then re-joined past their notes as a show's mentions are
    (``LIST_GAP_RE``: "sci-fi favourite A, and animated series B")."""
    out: list[tuple[int, int]] = []
    items, first = longest_list(text, spans)
    if items >= 2:
        out.append((first, list_end(text, spans, first)))
    at = 0
    while at < len(spans):
        run = list_run(text, spans, at, LIST_GAP_RE)
        if len(run) >= 2:
            out.append((spans[run[0]].start, spans[run[-1]].end))
        at = run[-1] + 1
    return out


def _sibling_decisions(sentences: Sequence[_Sentence], raw: Sequence[Fact],
                       title_facts: Sequence[Fact], index: ShowIndex, headline: str
                       ) -> list[Fact]:
    """A list told as a unit shares the decision the article gives one of its items
    (``list.sibling_decision``): "Kestrel Cancels Its Comedy Slate || Kestrel cancelled
    Nightjar on Monday. Nightjar, Copper Vale and Salt Road never found an audience." The
    list's sentence has no status word, count, status heading, negation, question or word of
    comparison of its own; an item has a renewal or cancellation told in another sentence;
    the headline or the sentence before tells that kind over a plural of shows (uncounted, or
    counting the list's items at least); no item has the other decision. Every item without
    it takes the item's kind, date and certainty; its season is the item's own, so none."""
    plural_headline = _plural_decision(headline) if headline.strip() else None
    decided = [f for f in (*raw, *title_facts) if f.kind in _COUNTED_DECISION_KINDS]
    if not decided:
        return []
    out: list[Fact] = []
    trace = rules.active()
    for number, sentence in enumerate(sentences):
        text = sentence.text
        if sentence.status is not None or sentence.topic is not None or \
                sentence.decided_by is not None:
            continue
        mentions = index.mentions(text)
        if len({m.show for m in mentions}) < 2 or _owns_status(text) or \
                _apart_from_decision(text):
            continue
        plurals = [plural_headline] if plural_headline is not None else []
        if number > 0:
            before = _plural_decision(sentences[number - 1].text)
            plurals += [before] if before is not None else []
        seen: set[tuple[int, ...]] = set()
        for at in range(len(mentions)):
            group = tuple(list_run(text, mentions, at, LIST_GAP_RE))
            if group in seen:
                continue
            seen.add(group)
            shows = list(dict.fromkeys(mentions[k].show for k in group))
            if len(shows) < 2:
                continue
            names = {normalise_title(show) for show in shows}
            told = [f for f in decided if normalise_title(f.show) in names and
                    f.evidence != text]
            kinds = {f.kind for f in told}
            if len(kinds) != 1:
                continue  # none told, or mixed fates
            kind = kinds.pop()
            if not any(p[0] == kind and (p[1] is None or p[1] >= len(shows)) for p in plurals):
                continue  # no decision over a plural: one item's own fate
            source = told[0]
            have = {normalise_title(f.show) for f in (*raw, *title_facts, *out)
                    if f.kind == kind}
            for show in shows:
                if normalise_title(show) in have:
                    continue
                fact = replace(source, show=show, season=None, evidence=text)
                out.append(fact)
                if trace is not None:
                    event = rules.Event(text, kind, show,
                                        [rules.check("list.sibling_decision")])
                    event.facts.append((show, None, kind))
                    trace.events.append(event)
    return out


def _slate_after(index: ShowIndex, beyond: Sequence[str], seen: set[str]
                 ) -> tuple[tuple[str, str | None], ...]:
    """The shows first named in ``beyond`` (the up to three sentences after a slate's count,
    round 38) where a slate names them (``showwords.slate_placed``: opening the sentence, a
    list opening it, "as will X"), the article not having named them before, each with what
    its sentence tells of it (``showwords.slate_status``: "return", "end" or None): the words
    after it up to the next show, a list sharing the words after its last show ("Salt Road
    and Lisbon will return"), "as will X" sharing the show's before ("Salt Road will return,
    as will X")."""
    found: list[tuple[str, str | None]] = []
    for text in beyond:
        mentions = index.mentions(text)
        told: list[str | None] = []
        for i, m in enumerate(mentions):
            stop = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
            lead = text[:m.start] if i == 0 else ""
            told.append(slate_status(lead + " " + text[m.end:stop]))
        for i in range(len(mentions) - 2, -1, -1):  # a list shares its last show's words
            if told[i] is None and SLATE_JOINER_RE.fullmatch(
                    text[mentions[i].end:mentions[i + 1].start]):
                told[i] = told[i + 1]
        for i in range(1, len(mentions)):  # "..., as will X" shares the show's before
            if told[i] is None and SLATE_AS_WILL_RE.search(
                    text[mentions[i - 1].end:mentions[i].start]):
                told[i] = told[i - 1]
        for m, status in zip(mentions, told, strict=True):
            if m.show not in seen and all(m.show != show for show, _ in found) \
                    and slate_placed(text, m, mentions):
                found.append((m.show, status))
    return tuple(found)


def _sentence_facts(sentence: _Sentence, ctx: ArticleContext, index: ShowIndex,
                    previous: Sequence[Target], next_text: str = "",
                    decided: frozenset[str] = frozenset(), later_text: str = "",
                    beyond: Sequence[str] = ()
                    ) -> tuple[list[tuple[Fact, bool]], list[Target]]:
    """The facts of one sentence (each flagged when its date is only the publication month)
    and the shows it names, for the next sentence's "the show" / "both shows".

    Each trigger phrase and each episode count becomes a candidate that the rules of
    ``rules.py`` refine stage by stage (``rules.candidate_facts``)."""
    text = sentence.text
    mentions = index.mentions(text)
    attached, used = _attached_seasons(text, mentions)
    named = [Target(m.show, attached[i], None) for i, m in enumerate(mentions)]
    triggers = _find_triggers(_titles_as_words(text, mentions)) if mentions else list(
        _text_triggers(text))
    if triggers and mentions:
        # a status word inside a show's name is the name's ("Glass Harbor: The Revival")
        triggers = [t for t in triggers
                    if not any(m.start <= t.start and t.end <= m.end for m in mentions)]
    governors = _list_governors(text, mentions, triggers)
    hits = _episode_hits(text)
    headed = _heading_governors(text, mentions, sentence.status, sentence.status_count,
                                sentence.decided_by is not None, decided) \
        if sentence.status and not triggers and not governors and not hits else []
    labelled = None
    if sentence.topic_kind and not triggers and not mentions and not hits and \
            DATE_WORD_RE.search(text):
        # "Glass Harbor (Season 2) Premiere" over "Friday, June 6 on Netflix.": the heading's
        # label says what the date under it is
        labelled = Trigger(sentence.topic_kind, 0, 0)
        triggers = [labelled]
    if not triggers and not hits and not governors and not headed:
        return [], named
    following: list[Target] = []
    if next_text and LIST_FOLLOWS_RE.match(next_text):
        # "Three other series won't come back. They are A, B and C."
        after = index.mentions(next_text)
        after_seasons, _ = _attached_seasons(next_text, after)
        following = [Target(m.show, after_seasons[i], None) for i, m in enumerate(after)]
    elif next_text and not mentions and may_introduce(text) and INTRODUCED_RE.search(text):
        # "ITV has commissioned a new drama. Glass Harbor follows ...": the show brought in
        after = index.mentions(next_text)[:1]
        if after and after[0].start <= 2 \
                and introduces_next(text, next_text[after[0].end:], bool(previous)):
            following = [Target(after[0].show, (), None, new_show=True)]
    named_after = None
    fresh = ctx.last_any_named is None and not ctx.headline_shows
    told_after = ""
    if next_text and not mentions and not sentence.is_title and (
            fresh or not ctx.paragraph_named and OWNED_REFERENCE_RE.search(text)) \
            and refers_ahead(text) is not None:
        # "Kestrel has renewed its fishing drama for a third season. Salt Road, created by
        # ...": the show the lead's reference stood for, named after it (round 37)
        naming = next_text
        after = index.mentions(naming)
        if not after and later_text:  # "... The network made the announcement on Tuesday.
            after, naming = index.mentions(later_text), later_text  # Salt Road, ..."
        if after and after[0].start <= 2:
            named_after = after[0].show if opens_as_subject(naming, after[0].end) else None
        elif len(after) == 1:
            # its one show, named inside a sentence that tells no status of its own ("The
            # network said \"Salt Road\" drew 4 million viewers"); "It also cancelled X"
            # tells X's own: the reference is to another show ("", none)
            named_after = "" if STATUS_VERB_RE.search(naming) else after[0].show
            told_after = naming
        if named_after is not None and not fresh and after[0].show in ctx.shows_seen:
            named_after = None  # a paragraph's reference to a show named before: not ahead
    slate: tuple[tuple[str, str | None], ...] = ()
    if beyond and triggers and not sentence.is_title and slate_names_none(text, mentions):
        # "Kestrel has renewed two of its dramas and cancelled a third. Salt Road ..., will
        # return, as will Lantern House. Copper Vale, though, ...": the shows it counts
        slate = _slate_after(index, beyond, ctx.shows_seen)
    view = _read_sentence(sentence, ctx, index, previous, mentions, attached, used, triggers,
                          following, named_after, told_after, slate)
    out: list[tuple[Fact, bool]] = []
    for t_index, trig in enumerate(triggers):
        candidate = Candidate(view, trig.kind, trig, t_index, view.clause_of(trig.start))
        out.extend(rules.candidate_facts(
            candidate, "section.heading_label" if trig is labelled
            else "trigger.shoot_start_in_aside" if isinstance(trig, AsideStartTrigger)
            else "trigger.shoot_end_after_start" if isinstance(trig, CarriedTrigger)
            else "trigger.vocabulary"))
    for trig, listed in governors:
        candidate = Candidate(view, trig.kind, trig, None, view.clause_of(trig.start))
        # the governed list's own items only ("lost A and B while renewing C")
        out.extend((fact, inferred) for fact, inferred in
                   rules.candidate_facts(candidate, "list.governor") if fact.show in listed)
    for trig, listed in headed:
        ctx.heading_listed.update(listed)
        candidate = Candidate(view, trig.kind, trig, None, view.clause_of(trig.start))
        # the heading's or the decision's hedge ("Likely to be cancelled", "Expected to renew")
        told = sentence.status[1] if sentence.status is not None else "confirmed"
        hedge: Certainty = "speculative" if told == "speculative" else "expected" \
            if told == "expected" else "confirmed"
        out.extend((replace(fact, certainty=hedge) if hedge != "confirmed" else fact, inferred)
                   for fact, inferred in rules.candidate_facts(
                       candidate, sentence.decided_by or (
                           "list.uncounted_decision" if sentence.uncounted
                           else "section.heading_list" if sentence.status_count is None
                           else "list.counted_decision" if len(listed) == sentence.status_count
                           else "list.counted_rest"))
                   if fact.show in listed)
    for hit in hits:
        groups = hit.groupdict()
        word = (groups.get("num") or groups.get("num2") or groups.get("num3")
                or groups.get("num4") or groups.get("num5") or groups.get("num6")
                or "").lower()
        value = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        phrase = Trigger("episode_count", hit.start(), hit.end())
        candidate = Candidate(view, "episode_count", phrase, None,
                              view.clause_of(hit.start()), value=value)
        out.extend(rules.candidate_facts(candidate, "episode.count_phrase"))
    for start, end, value in _gapped_counts(text, mentions, hits):
        candidate = Candidate(view, "episode_count", Trigger("episode_count", start, end),
                              None, view.clause_of(start), value=value)
        out.extend(rules.candidate_facts(candidate, "episode.gapped_count"))
    return out, named


# --- status lists ------------------------------------------------------------------------------


_TITLE_WORD = r"(?:[A-Z0-9][\w’'&:!?.-]*|of|the|and|in|on|with|to|a|an|for|&)"
_LEAD_TITLE_RE = re.compile(
    rf"^(?P<title>[A-Z0-9][\w’'&:!?.-]*(?:\s+{_TITLE_WORD})*?)\s+"
    r"(?:The|This|These|A|An|[A-Z][\w]*[’']s)\s+[a-z]"
)
#: Premiere listings: "Title: Network, June 3 (Monday, 10 ET/PT)" or inline
#: "Title (Network, June 9; Sunday, 8 ET/PT)".
_SCHEDULE_LINE_RE = re.compile(
    r"^(?P<title>[A-Z0-9][^:()]{1,60}?):\s*(?P<net>[A-Z][\w+&!.' ]{1,25}?),\s*(?P<when>"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)"
)
_SCHEDULE_INLINE_RE = re.compile(
    r"(?<![\w'’&:!?.-])(?P<title>[A-Z0-9][\w'’&:!?.-]{0,60}(?:\s+(?:[A-Z0-9][\w'’&:!?.-]{0,60}|"
    r"of|the|and|in|on|a|to|for|with|&)){0,20})\s+\((?P<net>[A-Z][\w+&!. ]{1,20}),\s*"
    r"(?P<when>(?:Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)[;,)]"
)


def _schedule_facts(line: str, article: Article) -> list[Fact]:
    """Premiere facts from listing lines ("Title: Network, June 3")."""
    facts = []
    # Both forms need their punctuation: skip the patterns on ordinary paragraphs.
    matches = [m for m in [_SCHEDULE_LINE_RE.match(line)] if m] if ":" in line else []
    if "(" in line:
        matches += list(_SCHEDULE_INLINE_RE.finditer(line))
    for match in matches:
        title = clean_title(match.group("title"), quoted=True)
        found = datemod.find_dates(match.group("when"), article.published, future=True)
        if not title or not found or title.lower() in {"tony awards", "emmys"} \
                or is_listing_label(title) or is_field_label(title):
            continue  # "The premiere dates: A, April 2" heads a list, names no show
        date = found[0].value
        certainty = "expected" if datemod.is_after(date, article.published) else "confirmed"
        facts.append(Fact(show=title, season=None, kind="premiere", date=date,
                          certainty=certainty,  # type: ignore[arg-type]
                          evidence=line, source_url=article.url))
    return facts


_KIND_WORDS = {"renewed": "renewed", "renewals": "renewed", "cancelled": "cancelled",
               "canceled": "cancelled", "cancellations": "cancelled", "canceld": "cancelled"}


def _status_entry_facts(article: Article, index: ShowIndex, found: Sequence[Fact]) -> list[Fact]:
    """Entries of a section a status heading opens ("Cancelled" over "• Salt Road: This legal
    drama lasted three seasons."): the heading's status for each entry's show that the text
    gives no renewal or cancellation of its own."""
    stated = {normalise_title(f.show) for f in found if f.kind in ("renewed", "cancelled")}
    lines = [unglue_lead(line) for line in _text_lines(article.text)]
    facts: list[Fact] = []
    trace = rules.active()
    for entry in status_entries(lines):
        show = index.titles.get(entry.title)
        if show is None or normalise_title(show) in stated:
            continue
        stated.add(normalise_title(show))
        fact = Fact(show=show, season=entry.season, kind=entry.kind,  # type: ignore[arg-type]
                    date=None, certainty=entry.certainty,  # type: ignore[arg-type]
                    evidence=entry.line[:MAX_LINE_CHARS], source_url=article.url)
        facts.append(fact)
        if trace is not None:
            event = rules.Event(entry.line, entry.kind, entry.line,
                                [rules.check("section.status_heading")])
            event.facts.append((show, entry.season, entry.kind))
            trace.events.append(event)
    return facts


#: A status line's rest that names several shows: a comma or a semicolon between them, or
#: "and" between two names of two words or more ("A and B", where "Moss and Ember" is one).
_SEVERAL_TITLES_RE = re.compile(r"[,;]\s|\S\s\S+\s(?:and|&)\s\S+\s\S")


def _without_field_labels(listed: Sequence[Fact]) -> list[Fact]:
    """Layout facts whose lead is a fact box's field: a label alone ("Premiere date: Friday,
    June 6", a "Status" cell) names no show; a label after a title and its season ("Glass
    Harbor Season 2 Release Date: June 6") leaves the title and gives the season; a season
    and a label alone ("Season 2 Premiere Date: June 6") name no show."""
    kept = []
    for fact in listed:
        if is_field_label(fact.show):
            continue
        cut = without_field_label(fact.show)
        if cut is None:
            kept.append(fact)
        elif cut[0]:
            kept.append(replace(fact, show=cut[0], season=fact.season or cut[1]))
    return kept


#: A note that makes a tracker entry a renewal: a renewal word or an order of episodes
#: ("Renewed early", "8 episode order", "12 more episodes", "picked up").
_ORDER_NOTE_RE = re.compile(
    r"(?i)\b(?:\d{1,2}|[a-z]+)[\s-]{1,2}(?:more\s{1,3})?episodes?\s{1,3}(?:order|pick-?up)\b|"
    r"\b(?:\d{1,2}|[a-z]+)\s{1,3}more\s{1,3}episodes?\b|\bpicked\s{1,3}up\b")
#: A note that makes it something else: a premiere or an airing ("Season 3 premiere", "debuts
#: at 9"), not a return (a renewed show's return is part of a renewal tracker's notes).
_OTHER_NOTE_RE = re.compile(r"(?i)\b(?:premier|debut|launch|airs?\b|bows?\b)")


@dataclass(frozen=True)
class TrackerEntries:
    """A page's dated tracker entries (``sections.dated_entry``), each distinct line read once
    for both of their uses: the entries among the text's lines as written (the renewals of
    ``dated_tracker_facts``) and, by line number, those among the headed lines the sentences
    come from when there are three or more (a tracker page: the notes after an entry's head
    are its show's, of its season and its day)."""

    in_text: tuple[DatedEntry, ...]
    by_headed_line: Mapping[int, DatedEntry]


def tracker_entries(article: Article, headed: Sequence[str]) -> TrackerEntries:
    """The article's dated tracker entries among its lines and among ``headed`` (the lines of
    ``headed_lines``): one parse a line, shared where the two readings hold the same line."""
    published = article.published

    def dates_in(text: str) -> list[tuple[int, str]]:
        return [(d.start, d.value) for d in datemod.find_dates(text, published, future=False)]

    read: dict[str, DatedEntry | None] = {}

    def entry_of(line: str) -> DatedEntry | None:
        if not may_be_dated_entry(line):
            return None
        if line not in read:
            read[line] = dated_entry(line, dates_in)
        return read[line]

    in_text = tuple(e for line in _text_lines(article.text) if (e := entry_of(line)))
    by_line = {number: e for number, line in enumerate(headed) if (e := entry_of(line))}
    return TrackerEntries(in_text, by_line if len(by_line) >= 3 else {})


def dated_tracker_facts(article: Article, entries: Sequence[DatedEntry]) -> list[Fact]:
    """A renewal tracker's dated entries ("NBC “Glass Harbor”, June 3, 2031. Season 3. 12 more
    episodes."; ``TrackerEntries.in_text``): a page of three entries or more, each a line of
    its own that opens on the show's home, its quoted title, the day the entry was logged and
    its season label. The page is a renewal tracker when two entries or more say so in their
    own notes (a renewal word, an order of episodes) and hardly any says a premiere or an
    airing (a schedule of the same shape dates premieres); then each entry with a season
    label, logged no later than the page and with no cancellation in its note, is that
    season's renewal on its day."""
    published = article.published
    if len(entries) < 3:
        return []
    # each note's triggers read once, for the page's verdict and for its own entry
    kinds = [{t.kind for t in _find_triggers(e.note)} for e in entries]
    renewals = sum(1 for e, said in zip(entries, kinds, strict=True)
                   if _ORDER_NOTE_RE.search(e.note) or "renewed" in said)
    others = sum(1 for e, said in zip(entries, kinds, strict=True)
                 if _OTHER_NOTE_RE.search(e.note) or "cancelled" in said)
    if renewals < 2 or others * 3 > renewals:
        return []
    facts: list[Fact] = []
    for entry, said in zip(entries, kinds, strict=True):
        if entry.season is None or entry.date > published.isoformat() or "cancelled" in said:
            continue
        title = clean_title(entry.title, quoted=True)
        if not title:
            continue
        fact = Fact(show=title, season=entry.season, kind="renewed", date=entry.date,
                    certainty="confirmed", evidence=entry.line[:MAX_LINE_CHARS],
                    source_url=article.url)
        facts.append(fact)
    return facts


def _headline_kind(headline: str) -> str | None:
    """The one decision a headline tells over plural shows ("Kestrel Cancels Three Dramas":
    cancelled), the kind a heading-less round-up's items take (``sections.section_items``);
    None when it tells none or both."""
    decisions, mixed = _headline_decisions(headline)
    return next(iter(decisions)) if len(decisions) == 1 and not mixed else None


def status_list_facts(article: Article) -> list[Fact]:
    """Facts from tracker lists: a heading ("Likely to be Canceled", "Cancelled shows in 2020")
    over short "Title (Network)" lines, or lines that carry their own status
    ("Title (RENEWED)", "Renewed: Title")."""
    facts: list[Fact] = []
    section: tuple[str, str, str | None] | None = None
    lines = _text_lines(article.text)
    for line in lines:
        facts.extend(_schedule_facts(line, article))
        heading = STATUS_HEADING_RE.match(line)
        if heading and len(line.split()) <= 7:
            kind = _KIND_WORDS[heading.group("kind").lower()]
            certainty = "speculative" if heading.group("hedge") else "confirmed"
            section = (kind, certainty, heading.group("year"))
            continue
        lead = _LEAD_TITLE_RE.match(line) if section is not None else None
        if lead and len(lead.group("title").split()) <= 8:
            # "Salt Road This western drama was ...": a list entry whose heading
            # was run into its paragraph.
            title = clean_title(lead.group("title"), quoted=True)
            if title and section is not None:
                # the entry's own words may say which season ("... after two seasons")
                blurb = line[lead.end("title"):lead.end("title") + 600]
                season = blurb_season(section[0], blurb)
                facts.append(Fact(show=title, season=season, kind=section[0],  # type: ignore
                                  date=section[2], certainty=section[1],  # type: ignore
                                  evidence=line, source_url=article.url))
            continue
        entry = STATUS_ENTRY_RE.match(line) if len(line.split()) <= 9 else None
        if not entry or len(line.split()) > 9 or re.search(r"[.!?]$", line):
            if len(line.split()) > 4:
                section = None
            continue
        paren = (entry.group("paren") or "").strip().lower()
        lead_word = (entry.group("lead") or "").lower()
        if not paren and not lead_word:
            section = None  # a bare line ends the list
            continue
        if paren.isalpha() and len(paren) >= 5 and paren not in _KIND_WORDS and \
                entry.group("paren").isupper():
            continue  # "(MINISERIES)": a status that is none of ours
        title = clean_title(entry.group("title"), quoted=True, own_number=True)
        if not title or not title[0].isupper() and not title[0].isdigit():
            continue
        if lead_word and _SEVERAL_TITLES_RE.search(title):
            continue  # "Renewed: A, B and C": several shows, read item by item (status_items)
        if lead_word or paren in _KIND_WORDS:
            kind, certainty, year = _KIND_WORDS[lead_word or paren], "confirmed", None
        elif section is not None and (paren or section):
            kind, certainty, year = section
        else:
            if len(line.split()) > 4:
                section = None
            continue
        facts.append(Fact(show=title, season=None, kind=kind,  # type: ignore[arg-type]
                          date=year, certainty=certainty,  # type: ignore[arg-type]
                          evidence=line, source_url=article.url))
    for item in section_items(lines, _headline_kind(article.title)):
        # an item's number is its title's own ("Station 9"): its season is read apart
        title = clean_title(item.title, quoted=True, own_number=True)
        if title:
            facts.append(Fact(show=title, season=item.season, kind=item.kind,  # type: ignore
                              date=None, certainty=item.certainty,  # type: ignore[arg-type]
                              evidence=item.line, source_url=article.url))
            if item.governor:
                rules.trace_fact(facts[-1], item.line, item.governor)
    for row in table_rows(lines):
        title = clean_title(row.title, quoted=True, own_number=True)
        if title:
            # "Renewed in May": the status cell's time is the decision's (round 37)
            date = decision_date(row.when, article.published) if row.when else None
            facts.append(Fact(show=title, season=row.season, kind=row.kind,  # type: ignore
                              date=date, certainty="confirmed", evidence=row.line,
                              source_url=article.url))
            if date is not None:
                rules.trace_fact(facts[-1], date, "list.status_time")
            if row.column_season:
                rules.trace_fact(facts[-1], str(row.season), "list.season_column")
    # a scorecard's item may name its home first ("Netflix Glass Harbor"): the show is the rest
    return [replace(fact, show=without_leading_network(fact.show)) for fact in facts]


def calendar_facts(article: Article) -> tuple[list[Fact], frozenset[str]]:
    """Premiere facts from listing layouts (``listings.py``): date headings over show lines,
    lines with their own date, show headings with a "Premiere date:" field; and the lines the
    items stand on."""
    text = _STAMP_RE.sub("", _normal_spaces(article.text), count=1)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    facts: list[Fact] = []
    # A page without a headline of its own (a text file) starts with it.
    headline = article.title or (lines[0] if lines else "")
    items = listing_items(lines, headline, article.published)
    items += status_items(lines, article.published)
    for item in items:
        title = clean_title(item.title, quoted=True, numeric=True)
        if not title:
            continue
        if item.title.endswith(f"{title} {item.title.rsplit(None, 1)[-1]}") and \
                item.title.rsplit(None, 1)[-1].isdigit():
            title = item.title  # "Lucky 7": the listing took the season out already
        whole = _labelled_whole(title, item, text)
        if whole:
            rules.trace_fact(Fact(show=title, season=item.season, kind=item.kind,  # type: ignore[arg-type]
                                  date=item.date, certainty="confirmed",
                                  evidence=item.line[:MAX_LINE_CHARS], source_url=article.url),
                             whole, "list.label_word_of_title", show=whole)
            title = whole
        certainty = item.certainty or ("expected" if item.date and datemod.is_after(
            item.date, article.published) else "confirmed")
        facts.append(Fact(show=title, season=item.season, kind=item.kind,  # type: ignore[arg-type]
                          date=item.date,
                          certainty=certainty,  # type: ignore[arg-type]
                          evidence=item.line[:MAX_LINE_CHARS], source_url=article.url))
        if item.date and item.kind in ("renewed", "cancelled"):
            # a status field's or a scorecard line's time (round 37)
            rules.trace_fact(facts[-1], item.date, "list.status_time")
    return facts, frozenset(line for item in items for line in item.lines)


def _labelled_whole(title: str, item: ListingItem, text: str) -> str | None:
    """The title with the capitalised label word a listing line cut from its end ("The
    Lantern Show" read as "The Lantern" and a "show" label), when the article writes that
    word after every mention of the title, one of them outside the item's own lines: the
    word is the title's (``list.label_word_of_title``)."""
    if f"{title} " not in text:
        return None
    forms: set[str] = set()
    outside = False
    own = set(item.lines or (item.line,))
    for line in text.splitlines():
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(title)}(?![\w'’-])", line):
            word = re.match(r" ([A-Z][a-z]+)(?![\w'’-])", line[match.end():])
            forms.add(word.group(1) if word and word.group(1).lower() in LISTING_LABEL_WORDS
                      else "")
            outside = outside or line.strip() not in own
    if len(forms) != 1 or not outside or not (label := forms.pop()):
        return None
    return f"{title} {label}"


def _outside_listing(facts: Sequence[Fact], calendar: Sequence[Fact], claimed: frozenset[str],
                     headline: str) -> list[Fact]:
    """The facts a listing page's sentences give besides the listing's: none from an item's
    own lines, read from their start (a listing line is read once, as an item: "Premiere
    date: Sept. 8" names no show; "Officially renewed." under another title is not that
    line's), and on a listing of three shows or more none from the headline about a show it
    does not name ("the new and returning shows")."""
    if not calendar:
        return list(facts)
    ours = {id(fact) for fact in calendar}
    many = len({normalise_title(f.show) for f in calendar}) >= 3
    head = normalise_title(headline)
    # A line's sentences that start it: the line itself and its first sentence.
    starts = claimed | {sentences[0] for line in claimed if (sentences := split_sentences(line))}
    return [f for f in facts if id(f) in ours or not (
        f.evidence in starts
        or (many and f.evidence == headline and normalise_title(f.show) not in head))
        or _item_the_listing_missed(f, calendar)]


def _item_the_listing_missed(fact: Fact, calendar: Sequence[Fact]) -> bool:
    """A premiere its own sentence gives a show that sentence names, on a line the listing
    read for other items only ('set premiere dates for "A" (June 4), "B" (June 11) and "C"
    (June 18)': the listing took B and C), dated by no item the listing took from that line:
    the item the listing did not read, kept (rule ``list.item_the_listing_missed``)."""
    if fact.kind != "premiere" or fact.date is None:
        return False
    key = normalise_title(fact.show)
    line = [f for f in calendar if fact.evidence in f.evidence or f.evidence in fact.evidence]
    if not line or any(normalise_title(f.show) == key or f.date == fact.date for f in line):
        return False
    if not re.search(r"(?<![\w])" + re.escape(fact.show) + r"(?![\w])", fact.evidence):
        return False
    rules.trace_fact(fact, fact.evidence, "list.item_the_listing_missed")
    return True


# --- dedupe ------------------------------------------------------------------------------------


def _rank(fact: Fact, from_title: bool, inferred: bool,
          published: str = "") -> tuple[int, ...]:
    official = bool(_OFFICIAL_RE.search(fact.evidence))
    # Two premieres for one season, one past and one to come: the past one is most likely an
    # earlier season's or part's, wrongly attached.
    upcoming = not (fact.kind == "premiere" and fact.date and published
                    and datemod.sort_key(fact.date) < published[:len(datemod.sort_key(fact.date))])
    # "Earlier today, Hulu announced the launch date for season 5": the day is the
    # announcement's; another sentence's date of the premiere is the event's.
    announced = (fact.kind == "premiere" and fact.date is not None and fact.date == published
                 and _DATE_ANNOUNCED_RE.search(fact.evidence) is not None)
    return (not from_title, fact.date is not None, not announced, not inferred, upcoming,
            CERTAINTY_RANK[fact.certainty], datemod.precision(fact.date), official)


#: A premiere date made known ("announced the release date", "revealed its premiere date"): the
#: sentence's day is the announcement's, not the premiere's.
_DATE_ANNOUNCED_RE = re.compile(
    r"(?i)\b(?:announc\w*|reveal\w*|unveil\w*|confirm\w*|sets?|shared|dropped)\s+(?:the\s+|a\s+|"
    r"its\s+|their\s+)?(?:official\s+|new\s+)?(?:premiere|release|return|launch|debut)\s+date\b")


#: Words that set a date aside just before it, in the fact's own sentence: denied ("no longer
#: premieres on May 4", "not in November", "and not Feb 14"), contrasted ("rather than late
#: November", "instead of its planned March date") or told as a plan left ("had been set to
#: launch in", "once expected in", ``eventdates.PLAN_BEFORE_RE``).
SET_ASIDE_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:no\s+longer|not|n't)\s+(?:[\w-]+\s+){0,3}?|\b(?:rather\s+than|instead\s+of)"
    r"\s+(?:[\w-]+\s+){0,3}?|\b(?:once|earlier|originally|initially|previously)\s+"
    r"(?:expected|announced|reported|penciled|pencilled|eyed|targeted)\s+(?:as\s+|for\s+)?)"
    r"(?:(?:in|on|for|from|the|its|a)\s+){0,2}(?:late\s+|early\s+|mid-?\s*)?$")
#: A contrast that opens after the date, within its clause ("suggests a late-November
#: release, but it will premiere in February"): the clause after "but" keeps another date.
SET_ASIDE_AFTER_RE = re.compile(r"(?i)^[^.;:!?,]{0,40}[,;]\s{0,3}but\b")
#: How far before a date its setting-aside words may start.
SET_ASIDE_BEFORE = 70
#: The kinds whose date a sentence may set aside for another.
SET_ASIDE_KINDS = frozenset(eventdates.EVENT_KINDS)


def _date_set_aside(fact: Fact, published: str) -> bool:
    """``date.set_aside``: the fact's date is one its own sentence sets aside for another
    ("premieres in February rather than in late November", "no longer premieres on May 4;
    it arrives May 11", "which had been set to launch in late November, will now premiere in
    January"): every phrase of the sentence naming that date has denying, contrasting or
    plan-left words just before it. ``dedupe`` ranks such a fact below one of its key whose
    date stands; alone it keeps its date."""
    if fact.kind not in SET_ASIDE_KINDS or fact.date is None or not published:
        return False
    text = fact.evidence
    if not _SET_ASIDE_WORDS_RE.search(text):
        return False
    try:
        day = datetime.date.fromisoformat(published[:10])
    except ValueError:
        return False
    named = [m for m in datemod.find_dates(text, day) if m.value == fact.date]
    return bool(named) and all(
        SET_ASIDE_BEFORE_RE.search(text[max(0, m.start - SET_ASIDE_BEFORE):m.start])
        or eventdates.PLAN_BEFORE_RE.search(text[max(0, m.start - SET_ASIDE_BEFORE):m.start])
        or SET_ASIDE_AFTER_RE.match(text[m.end:m.end + SET_ASIDE_BEFORE])
        for m in named)


#: A cheap look for any setting-aside word before the dates are read.
_SET_ASIDE_WORDS_RE = re.compile(
    r"(?i)\b(?:no\s+longer|not|rather\s+than|instead|once|earlier|originally|initially|"
    r"previously|was|were|had|first|but)\b|n't")


def dedupe(facts: Sequence[Fact], title_facts: Sequence[Fact] = (),
           inferred: frozenset[int] = frozenset(), published: str = "",
           keep_undated: bool = False) -> list[Fact]:
    """One fact per (show, season, kind): a dated one, a date the text states rather than the
    publication month, then the surest, then the most precise; and when another stated,
    non-speculative date of the key lies inside the chosen one ("2025" and "June 5, 2025"),
    the more precise of them.

    Headline facts count only when the body has none for the key. A fact with no season is
    dropped when the same show has a numbered fact of that kind. ``inferred`` holds the
    ``id()`` of facts whose date was inferred. ``keep_undated`` keeps premieres with no time
    for the article's other lines to date (``without_undated_premieres`` drops them after).
    """
    best: dict[tuple[str, int | None, str], tuple[tuple[int, ...], Fact]] = {}
    order: list[tuple[str, int | None, str]] = []
    def spaced(title: str) -> str:
        return f" {normalise_title(title.replace('-', ' '))} "

    body_shows = {spaced(f.show) for f in facts}
    # A headline's short form ("Glass") of a show the body names in full is that show.
    title_facts = [f for f in title_facts if not any(
        key != spaced(f.show) and spaced(f.show) in key for key in body_shows)]
    tagged = [(f, False) for f in facts] + [(f, True) for f in title_facts]
    every: dict[tuple[str, int | None, str], list[tuple[tuple[int, ...], Fact]]] = {}
    keyed = [((normalise_title(f.show), f.season, f.kind), f, t) for f, t in tagged]
    # only a key told with two dates or more asks whether a date was set aside
    dates_of: dict[tuple[str, int | None, str], set[str]] = {}
    for key, fact, _ in keyed:
        if fact.date is not None and fact.kind in SET_ASIDE_KINDS:
            dates_of.setdefault(key, set()).add(fact.date)
    for key, fact, from_title in keyed:
        rank = _rank(fact, from_title, id(fact) in inferred, published)
        # a dated fact whose date its sentence sets aside yields to one whose date stands
        stands = not (len(dates_of.get(key, ())) > 1 and _date_set_aside(fact, published))
        rank = rank[:2] + (stands,) + rank[2:]
        every.setdefault(key, []).append((rank, fact))
        if key not in best:
            best[key] = (rank, fact)
            order.append(key)
        elif rank > best[key][0]:
            best[key] = (rank, fact)
    for chosen_key, (rank, chosen) in list(best.items()):
        if rank[2] and any(not r[2] and f.date != chosen.date for r, f in every[chosen_key]):
            rules.trace_fact(chosen, chosen.date or "", "date.set_aside")
        finer = _finer_date(chosen, every[chosen_key], inferred)
        if finer is not None:
            best[chosen_key] = finer
        stated = _stated_day_for_weekday(best[chosen_key][1], every[chosen_key])
        if stated is not None:
            best[chosen_key] = stated
    _merge_premiere_dates(best, order, inferred)
    numbered = {(k[0], k[2]) for k in order if k[1] is not None}
    result = [best[k][1] for k in order if k[1] is not None or (k[0], k[2]) not in numbered
              or _return_after_numbered(best[k][1], [best[n][1] for n in order if n[1] is not None
                                                     and (n[0], n[2]) == (k[0], k[2])],
                                        published)]
    return result if keep_undated else without_undated_premieres(result)


def _return_after_numbered(fact: Fact, numbered: Sequence[Fact], published: str) -> bool:
    """``dedupe.return_after_numbered``: "Two years after its March 2022 debut, X returns on
    June 5": an unnumbered premiere dated after every numbered premiere of the show, none
    compatible with it, is another event (a later season's return), not that one told
    again; it is kept. Its own date must be stated (not the publication month)."""
    if fact.kind != "premiere" or fact.date is None or fact.date == published[:7] or not all(
            g.date is not None and not datemod.compatible(g.date, fact.date)
            and datemod.sort_key(g.date) < datemod.sort_key(fact.date) for g in numbered):
        return False
    rules.trace_fact(fact, fact.date, "dedupe.return_after_numbered")
    return True


def _undated_premiere(fact: Fact) -> bool:
    return (fact.kind == "premiere" and fact.date is None
            and not _KEEP_UNDATED_PREMIERE_RE.search(fact.evidence))


def without_undated_premieres(facts: list[Fact]) -> list[Fact]:
    """The facts without a premiere that has no time: it says nothing a user can act on
    (``drop.premiere_never_dated``). Every drop is traced (round 38): on the candidate's own
    event when all the facts that event made are dropped here (``--explain`` lists the
    candidate as dropped, not kept with no fact), else as an event of its own."""
    kept: list[Fact] = []
    dropped: list[Fact] = []
    for fact in facts:
        (dropped if _undated_premiere(fact) else kept).append(fact)
    if dropped and rules.active() is not None:
        _trace_undated_drops(dropped, kept)
    return kept


def _trace_undated_drops(dropped: Sequence[Fact], kept: Sequence[Fact]) -> None:
    trace = rules.active()
    if trace is None:
        return
    rule = rules.check("drop.premiere_never_dated")
    gone = {(f.show, f.season, f.kind) for f in dropped}
    alive = {(f.show, f.season, f.kind) for f in kept}
    marked: set[tuple[str, str]] = set()
    for event in trace.events:
        if (event.dropped_by is None and event.kind == "premiere" and event.facts
                and all(made in gone and made not in alive for made in event.facts)):
            event.dropped_by = rule
            marked.update((event.sentence, show) for show, _, _ in event.facts)
    for fact in dropped:
        if (fact.evidence, fact.show) not in marked:
            _trace_dropped(fact.evidence, fact.kind, fact.show, rule)


#: A premiere's line that says its date was set without stating it: "Kestrel has set the
#: premiere date for the third season of X", "X season 3 finally has a release date",
#: "Kestrel revealed when the third season of X will arrive" (the date follows).
_DATE_SET_UNSTATED_RE = re.compile(
    r"(?i)\b(?:(?:set|announced|revealed|confirmed|unveiled|given|locked\s+in|has|have|got|"
    r"gets|landed|lands|scored)\s+(?:\w+\s+)?(?:a|an|the|its|their)\s+(?:official\s+)?"
    r"(?:premiere|release|return|launch|debut)\s+date"
    r"|(?:premiere|release|return|launch|debut)\s+date\s+(?:(?:for|of)\s+[^.;:]{1,60}?\s+)?"
    r"(?:is|has\s+been|was)\s+"
    r"(?:now\s+|finally\s+|officially\s+)?(?:set|confirmed|revealed|announced|here|out)"
    r"|(?:revealed|announced|confirmed|unveiled)\s+when\b)")
#: How many lines after such a line may state its date.
_DATE_SET_NEXT_LINES = 2


def _dated_by_article(facts: list[Fact], undated: list[Fact],
                      lines: Sequence[eventdates.Line], published: datetime.date,
                      inferred: Collection[int], latest: Mapping[str, int]) -> list[Fact]:
    """``eventdates.article_days`` over the deduped facts, with the premieres no sentence of
    their own dated (``undated``) given the same chance (``date.article_day``) before they are
    dropped: a headline's or another line's date of the season's premiere ("Harrow Lane
    season 2 gets a June 14 date" over "Harrow Lane season 2 will premiere on Tovrel") is the
    event's. Only a premiere told ahead, of the latest season the article names for its show,
    is dated so (an earlier season's is background). The dated facts are dated as if the
    undated were not there: none of them moves."""
    dated = eventdates.article_days(facts, lines, published, inferred, normalise_title,
                                    _line_triggers)
    # a premiere whose date its line says was set ("has set the premiere date") is a plan,
    # whatever tense the setting is told in
    undated = [replace(f, certainty="expected") if f.certainty == "confirmed"
               and _DATE_SET_UNSTATED_RE.search(f.evidence) else f for f in undated]
    # (or one the next line refers to, "The new season arrived March 3":
    # ``date.event_told_next_by_reference``; that line read once per premiere, kept for its
    # dating below)
    referred = [(f, eventdates.told_next_by_reference(f, lines, normalise_title))
                for f in undated if f.season is not None and f.season >= latest.get(f.show, 0)
                and f.certainty in ("expected", "confirmed")]
    ahead = [(f, at) for f, at in referred if f.certainty == "expected" or at is not None]
    if not ahead:
        return without_undated_premieres(
            [*dated, *_dated_by_airing(undated, lines, published, latest)])
    given = []
    texts = [line.text for line in lines]
    for fact, reference in ahead:
        # only the headline or a line naming the fact's season dates it: "Harrow Lane returns
        # this spring" or "New episodes arrive June 14" may be another season's (on the
        # sealed fold, lines naming no season gave one false date and no hit) — unless the
        # fact's own line says the date was set, and the lines right after it give it
        # (``date.told_after_date_set``)
        at = texts.index(fact.evidence) if fact.evidence in texts else -1
        next_lines = range(at + 1, at + 1 + _DATE_SET_NEXT_LINES) if at >= 0 and \
            _DATE_SET_UNSTATED_RE.search(fact.evidence) else range(0)
        # the next line referring to the event ("The new season debuts September 12."):
        # ``date.event_told_next_by_reference``
        told = [line if fact.season in line.seasons or number == len(lines) - 1
                or (number in next_lines and not line.seasons) or number == reference
                else eventdates.Line("", frozenset(), frozenset())
                for number, line in enumerate(lines)]
        found = eventdates.article_days([*dated, fact], told, published, inferred,
                                        normalise_title, _line_triggers)[len(dated):]
        trace = rules.active()
        if trace is not None and next_lines and found and found[0].date is not None:
            strict = [line if fact.season in line.seasons or number == len(lines) - 1
                      else eventdates.Line("", frozenset(), frozenset())
                      for number, line in enumerate(lines)]
            if eventdates.article_days([*dated, fact], strict, published, inferred,
                                       normalise_title, _line_triggers)[-1].date is None:
                rules.trace_fact(fact, found[0].date, "date.told_after_date_set")
        given.extend(found)
    taken = [f for f, _ in ahead]
    rest = [*given, *(f for f in undated if f not in taken)]
    return without_undated_premieres(
        [*dated, *_dated_by_airing(rest, lines, published, latest)])


def _dated_by_airing(undated: list[Fact], lines: Sequence[eventdates.Line],
                     published: datetime.date, latest: Mapping[str, int]) -> list[Fact]:
    """The premieres still undated, each given the day another line names the show airing
    (``date.airing_line_names_show``), if it is a plan of the latest season named (or of no
    season): only facts about to be dropped, so no dated fact moves."""
    out = []
    for fact in undated:
        day = None
        if _undated_premiere(fact) and (fact.season is None
                                        or fact.season >= latest.get(fact.show, 0)):
            day = eventdates.airing_day(fact, lines, published, normalise_title)
            if day is None:
                day = eventdates.next_line_day(fact, lines, published)
            if day is None and lines and fact.evidence.strip() == unglue(
                    lines[-1].text.strip()) and rules.headline_gives_date(fact.evidence):
                day = _headline_date_in_body(fact, lines, published)
                if day is not None:  # a date to come: the premiere is a plan
                    fact = replace(fact, certainty="expected")
        out.append(fact if day is None else replace(fact, date=day))
    return out


#: A line that guesses a date ("we expect it to arrive in March", "it could land in the
#: spring"): no date the headline's premiere takes. Its hedges are ``HEDGE_WORDS``, the
#: speculative fact's; the rest is not ``SPECULATIVE_RE`` nor ``DOUBT_RE`` (round 24): a
#: date reported ("reportedly", "sources say") or told "as soon as" is still one given, and
#: a bare "not" or "no" denies an event, not its date, while a guess of a date needs none
#: of those and reads words a fact's certainty does not ("would", "expect", "hope", "if",
#: "maybe", "earliest", "no premiere date").
_GUESSED_DATE_RE = re.compile(
    rf"(?i)\b(?:{HEDGE_WORDS}|would|should|expect(?:s|ed)?|predict(?:s|ed)?|guess|"
    r"hope(?:s|fully)?|rumou?r(?:s|ed)?|speculat\w*|if|estimate[sd]?|maybe|earliest|"
    r"no\s+(?:official\s+)?(?:premiere|release)\s+date)\b")


#: A line about a game, a film, a podcast, a book or a tour: its date is no TV premiere's.
_OTHER_MEDIUM_LINE_RE = re.compile(
    r"(?i)\b(?:video\s+games?|games?(?!\s+shows?\b)|gamers?|players?|battle\s+pass|xbox|"
    r"playstation|nintendo|consoles?|films?|movies?|cinemas?|theat(?:er|re)s|podcasts?|"
    r"albums?|tour|books?|novels?|musical)\b")


def _calls_a_work(text: str, show: str) -> bool:
    """Does the line call the show by name a work that is no TV series (a game's season, "the
    film X")?"""
    at = text.find(show)
    while at >= 0:
        if work_cued(text, at, at + len(show)):
            return True
        at = text.find(show, at + 1)
    return False


def _headline_date_in_body(fact: Fact, lines: Sequence[eventdates.Line],
                           published: datetime.date) -> str | None:
    """The one day to come (else the one month) the body gives in lines naming no other
    show, no other season and no other kind's event: the premiere date a headline says was
    given (``date.headline_date_in_body``); two, or none, give nothing."""
    show = normalise_title(fact.show)
    found: set[str] = set()
    for line in lines[:-1]:
        if line.shows - {show} or (fact.season is not None and line.seasons
                                   and fact.season not in line.seasons) or \
                _GUESSED_DATE_RE.search(line.text) or _OTHER_MEDIUM_LINE_RE.search(line.text) \
                or _calls_a_work(line.text, fact.show) or any(
                t.kind not in ("premiere", "episode_count") for t in _line_triggers(line.text)):
            continue
        found.update(m.value for m in datemod.find_dates(line.text, published)
                     if m.value and datemod.precision(m.value) >= 3
                     and datemod.is_after(m.value, published))
    for precision in (4, 3):
        values = {v for v in found if datemod.precision(v) == precision}
        if values:
            if len(values) != 1:
                return None
            day = values.pop()
            rules.trace_fact(fact, day, "date.headline_date_in_body")
            return day
    return None


def _finer_date(chosen: Fact, others: Sequence[tuple[tuple[int, ...], Fact]],
                inferred: frozenset[int]) -> tuple[tuple[int, ...], Fact] | None:
    """The same event stated more precisely: a confirmed "2025" and an expected "June 5, 2025"
    of one premiere are one date, and the day is what a user can act on. Among the key's other
    non-speculative dates the text states that lie inside the chosen one, the most precise."""
    if chosen.date is None or chosen.certainty == "speculative":
        return None
    inside = [(rank, fact) for rank, fact in others
              if fact.date and fact.certainty != "speculative" and id(fact) not in inferred
              and datemod.precision(fact.date) > datemod.precision(chosen.date)
              and datemod.compatible(fact.date, chosen.date)]
    if not inside:
        return None
    return max(inside, key=lambda item: (datemod.precision(item[1].date), item[0]))


def _stated_day_for_weekday(chosen: Fact, others: Sequence[tuple[tuple[int, ...], Fact]]
                            ) -> tuple[tuple[int, ...], Fact] | None:
    """"X returns Friday" and, elsewhere, "X returns March 7": a day read from a bare weekday
    depends on the tense the sentence seems to have (the last Friday or the next); a stated
    month-day on the same weekday within a week is the day the weekday meant."""
    if not datemod.stated_by_weekday(chosen.evidence, chosen.date):
        return None
    assert chosen.date is not None
    stated = [(rank, fact) for rank, fact in others
              if datemod.precision(fact.date) == 4 and fact.date
              and datemod.same_weekday_near(fact.date, chosen.date)
              and not datemod.stated_by_weekday(fact.evidence, fact.date)]
    if len({fact.date for _, fact in stated}) != 1:
        return None
    return max(stated, key=lambda item: item[0])


def _weekdays_pinned(facts: list[Fact], texts: Sequence[str], headline: str,
                     published: datetime.date) -> list[Fact]:
    """"X returns Friday" read as the Friday a week off from the one the article pins
    elsewhere ("Friday, March 7"): the pinned day is the weekday's (a bare weekday's week hangs
    on the sentence's tense; the calendar line says which one)."""
    if not any(datemod.stated_by_weekday(f.evidence, f.date) for f in facts):
        return facts
    pinned = [(text, day) for text in texts for day in datemod.pinned_weekdays(text, published)]
    out = []
    for fact in facts:
        if fact.date and datemod.stated_by_weekday(fact.evidence, fact.date):
            # the headline's pin, or a line that names the show (a weekly show's other Friday
            # in a line about something else is no pin of this one)
            near = {day for text, day in pinned
                    if (text == headline or fact.show.lower() in text.lower())
                    and datemod.same_weekday_near(day, fact.date)}
            if len(near) == 1:
                day = near.pop()
                certainty = fact.certainty
                if certainty != "speculative" and fact.kind in (
                        "premiere", "filming_started", "filming_wrapped"):
                    certainty = ("expected" if datemod.is_after(day, published)
                                 else "confirmed")
                fact = replace(fact, date=day, certainty=certainty)
        out.append(fact)
    return out


def _merge_premiere_dates(best: dict[tuple[str, int | None, str], tuple[tuple[int, ...], Fact]],
                          order: list[tuple[str, int | None, str]],
                          inferred: frozenset[int] = frozenset()) -> None:
    """"X debuted the first half of its fourth season. That debut, a few days ago, ...":
    the season from one sentence, the date from the next."""
    for key in list(order):
        show, season, kind = key
        if kind != "premiere" or season is not None or key not in best:
            continue
        dated = best[key][1]
        if dated.date is None:
            continue
        undated = [k for k in order if k[0] == show and k[2] == kind and k[1] is not None
                   and k in best and best[k][1].date is None]
        returning = [k for k in order if k[0] == show and k[2] == "renewed" and k[1] is not None
                     and k in best and (best[k][1].date is None or id(best[k][1]) in inferred)
                     and _RETURNS_FOR_RE.search(best[k][1].evidence)]
        if len(undated) == 1:
            rank, fact = best[undated[0]]
            best[undated[0]] = (rank, replace(fact, date=dated.date, certainty=dated.certainty))
            del best[key]
            order.remove(key)
        elif not undated and len(returning) == 1:
            # "Title: Network, June 3" + "... returns for a third season": season 3 premieres then.
            rank, fact = best[key]
            new_key = (show, returning[0][1], kind)
            best[new_key] = (rank, replace(fact, season=returning[0][1]))
            order[order.index(key)] = new_key
            del best[key]
            del best[returning[0]]
            order.remove(returning[0])


# --- entry point -------------------------------------------------------------------------------


#: Lines longer than this are broken (at a space) before any pattern sees them: real paragraphs
#: stay under ~1,000 characters, and every pattern's time then has a bound whatever the page.
MAX_LINE_CHARS = 2000


def cap_line_length(text: str, limit: int = MAX_LINE_CHARS) -> str:
    """``text`` with every line longer than ``limit`` broken into lines of at most ``limit``
    characters, at the last space before the limit when there is one."""
    if all(len(line) <= limit for line in text.split("\n")):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", limit // 2, limit + 1)
            cut = cut if cut > 0 else limit
            out.append(line[:cut])
            line = line[cut:].lstrip(" ")
        out.append(line)
    return "\n".join(out)


def cap_headline(title: str, limit: int = MAX_LINE_CHARS) -> str:
    """A headline is read as one sentence, so one past ``limit`` characters keeps only its
    first ``limit`` (broken at a space): a 200 KB headline was one 200 KB sentence."""
    if len(title) <= limit:
        return title
    return cap_line_length(title, limit).split("\n", 1)[0]


def extract_facts(article: Article, known_shows: Sequence[ShowName] = (),
                  known_seasons: Mapping[str, int] | None = None) -> list[Fact]:
    """Every production-status fact the article states, one per (show, season, kind): the
    rules' candidates, kept or dropped by the learned scorer (``extract/scorer.py``).

    ``known_seasons`` maps show titles to the latest season already aired that the caller
    (the store) knows: "next season", "another season" of such a show is the one after it.
    """
    model = scorer.service_model()
    if model is None:  # no scorer shipped: the rules decide
        return _rule_candidates(article, known_shows, known_seasons)
    return filter_candidates(
        article, candidates_with_rules(article, known_shows, known_seasons), model)


def extract_candidates(article: Article, known_shows: Sequence[ShowName] = ()) -> list[Fact]:
    """The facts the rules find, one per (show, season, kind), before the learned scorer."""
    return candidates_with_rules(article, known_shows)[0]


Candidates = tuple[list[Fact], list[frozenset[str]]]


def filter_candidates(article: Article, candidates: Candidates,
                      model: scorer.Model | None) -> list[Fact]:
    """The candidates a scorer model keeps (every one without a model)."""
    facts, fired = candidates
    return scorer.keep(article, facts, model, fired)


def candidates_with_rules(article: Article, known_shows: Sequence[ShowName] = (),
                          known_seasons: Mapping[str, int] | None = None) -> Candidates:
    """The rules' candidate facts, each with the names of the rules that made it (the
    scorer's features) and of the rule that kept its title."""
    outer = rules.active()
    with contextlib.ExitStack() as stack:
        trace = outer if outer is not None else stack.enter_context(rules.tracing())
        start = len(trace.events)
        facts = _rule_candidates(article, known_shows, known_seasons)
        made: dict[tuple[str, int | None, str], set[str]] = {}
        for event in trace.events[start:]:
            for show, season, kind in event.facts:
                made.setdefault((normalise_title(show), season, kind), set()).update(event.rules)
        verdicts = {normalise_title(title): rule for title, _, rule in trace.titles}
    fired = [frozenset(made.get((normalise_title(f.show), f.season, f.kind), set())
                       | {verdicts.get(normalise_title(f.show), "title.keep.unknown")})
             for f in facts]
    return facts, fired


def _rule_candidates(article: Article, known_shows: Sequence[ShowName] = (),
                     known_seasons: Mapping[str, int] | None = None) -> list[Fact]:
    """The facts the rules find, one per (show, season, kind), with the names the article
    itself shows to be networks vetoed as titles (a network no list knows is no show)."""
    # the rules read the article's typography made plain (``plain_typography``); the
    # facts show its own characters again
    title, body = visible(article.title), visible(article.text)
    original = f"{title}\n{body}"
    plain = plain_typography(original)
    if plain != f"{article.title}\n{article.text}":
        article = replace(article, title=plain[:len(title)], text=plain[len(title) + 1:])
    with article_networks(networks_by_shape(plain), names_by_role(plain)):
        facts = _rule_candidates_read(article, known_shows, known_seasons)
    if plain == original:
        return facts
    return [replace(fact, show=title_typeset_like(fact.show, plain, original),
                    evidence=typeset_like(fact.evidence, plain, original))
            for fact in facts]


def _rule_candidates_read(article: Article, known_shows: Sequence[ShowName] = (),
                          known_seasons: Mapping[str, int] | None = None) -> list[Fact]:
    # once the article's titles are kept, no reader of a line's dates reads a date inside a
    # kept title's mention (``date.none_inside_kept_title``)
    kept: list[tuple[ShowIndex, frozenset[str], frozenset[str]]] = []
    with datemod.kept_names(functools.partial(_kept_spans, kept)):
        return _rule_candidates_kept(article, known_shows, known_seasons, kept)


def _kept_spans(kept: Sequence[tuple[ShowIndex, frozenset[str], frozenset[str]]],
                text: str) -> datemod.KeptLine | None:
    """Where a line of the article (a sentence or the headline, not a piece of one) names
    a show the article kept, and whether it is a body line; None before the titles are known
    and for any other text."""
    if not kept:
        return None
    index, body, headlines = kept[0]
    if text not in body and text not in headlines:
        return None
    return [(m.start, m.end) for m in index.mentions(text)], text in body


def _rule_candidates_kept(article: Article, known_shows: Sequence[ShowName],
                          known_seasons: Mapping[str, int] | None,
                          kept: list[tuple[ShowIndex, frozenset[str], frozenset[str]]]
                          ) -> list[Fact]:
    article = replace(article, text=cap_line_length(article.text),
                      title=cap_headline(article.title))
    lines = headed_lines(article.text, article.title)
    sentences = [
        _Sentence(semicolon_list_as_commas(sentence), number, topic=topic,
                  cut_off=number == len(lines) - 1 and cut_off_quotation(sentence),
                  status=status, topic_season=season, topic_kind=kind)
        for number, (line, topic, status, season, kind) in enumerate(lines)
        for sentence in split_sentences(line)
    ]
    # the headline's counted decisions, read once for the three readings that ask for them
    headline_decisions = _headline_decisions(article.title)
    sentences = _counted_decision_lists(sentences, article.title, headline_decisions)
    sentences = _roundup_fate_lists(sentences, article.title, headline_decisions)
    known_shows = named_shows(known_shows, [s.text for s in sentences], article.title)
    if _is_film_article(article, sentences):
        _trace_dropped(article.title, "-", "-", "drop.film_article")
        return []
    tracker = tracker_entries(article, [line for line, *_ in lines])
    tracked = dated_tracker_facts(article, tracker.in_text)
    listed = status_list_facts(article) + tracked
    calendar, claimed = calendar_facts(article)
    listed += calendar
    listed = _without_field_labels(listed)
    trace = rules.active()
    from_calendar = {id(fact) for fact in calendar}
    from_tracker = {id(fact) for fact in tracked}
    if trace is not None:
        for fact in listed:
            rule = "list.status_line" if fact.kind != "premiere" else "list.schedule_line"
            if id(fact) in from_calendar:
                rule = ("list.calendar_item" if fact.kind == "premiere" else
                        "list.shoot_field" if fact.kind in ("filming_started", "filming_wrapped")
                        else "list.status_line")
            elif id(fact) in from_tracker:
                rule = "list.dated_tracker"
            rules.trace_fact(fact, fact.evidence, rule)
            if rule == "list.status_line" and \
                    (fact.show, "title.span.item_time_word") in trace.spans:
                rules.trace_fact(fact, fact.evidence, "title.span.item_time_word")
    extra = tuple(ShowName(f.show) for f in listed)
    headed = tuple(dict.fromkeys(s.topic for s in sentences if s.topic))
    found = discover([s.text for s in sentences], article.title, (*known_shows, *extra),
                     strong_titles=headed, url=article.url,
                     heading_governed=frozenset(i for i, s in enumerate(sentences) if s.status)
                     | _referenced_lists(sentences))
    index = build_index(found.titles, (*known_shows, *found.aliases))
    kept.append((index, frozenset(s.text for s in sentences),
                 frozenset({article.title, unglue(article.title.strip())})))
    ctx = _build_context(article, sentences, index, known_seasons or {})
    raw: list[Fact] = list(listed)
    title_facts: list[Fact] = []
    if article.title.strip():
        headline = _Sentence(unglue(article.title.strip()), -1, True)
        title_facts = [fact for fact, _ in _sentence_facts(headline, ctx, index, [])[0]]
    named_in_title = frozenset(f.show for f in title_facts)
    beyond_title = _BEYOND_NAMED_RE.search(article.title) is not None
    # a tracker page: three entries or more, as for its renewals (``dated_tracker_facts``)
    entry_lines = tracker.by_headed_line
    entry_topic = False  # the topic is a tracker entry's show, for its own line only
    previous: list[Target] = []
    asked: list[Target] = []  # the shows the last question of a mailbag column named
    just_named: list[Target] = []  # the shows the sentence right before this one named
    inferred: set[int] = set()
    last_paragraph = -1
    line_head = ""  # the first sentence of the line being read
    for number, sentence in enumerate(sentences):
        ctx.sentence_number, ctx.sentence_dates = number, None
        ctx.previous_sentence = sentences[number - 1].text if number else ""
        next_text = sentences[number + 1].text if number + 1 < len(sentences) else ""
        ctx.next_sentence = next_text
        if sentence.paragraph != last_paragraph:
            if entry_topic:
                ctx.topic, entry_topic = None, False
            if asked and ANSWER_LABEL_RE.match(sentence.text):
                # an answer ("A: ...", "Dana says: ...") speaks of the question's show,
                # whatever paragraphs (the reader's signature) stand between them
                previous = asked
            elif ctx.topic:
                previous = []  # under a listing line, its show is the subject
            else:
                previous = _carried_over(just_named, sentence.text, ctx.main_show)
            asked = [] if previous else asked
            ctx.paragraph_named = False
            # a paragraph opens with the show carried over from the one before, if any
            ctx.paragraph_subject = previous[0].show if len({t.show for t in previous}) == 1 \
                else None
            last_paragraph = sentence.paragraph
            ctx.recent_season = ctx.named_season = None
            ctx.entry_season = ctx.entry_date = None
            ctx.told_sentence = ""
            ctx.heading_season = sentence.topic_season
            line_head = sentence.text
        # Both listing forms need a colon: most sentences skip the two patterns.
        listing = (_SCHEDULE_LINE_RE.match(sentence.text) or _TOPIC_LINE_RE.match(sentence.text)
                   ) if ":" in sentence.text else None
        if listing:
            # (a number after the listing's title is its own: "Renewed: Station 9 (Kestrel)")
            ctx.topic = clean_title(listing.group("title"), quoted=True, own_number=True)
        # the shows a counted decision has reached before this sentence (list.counted_rest);
        # "... and 14 more series" counts none the headline names
        reached = frozenset(f.show for f in raw if f.kind == sentence.status[0]) - (
            named_in_title if beyond_title else frozenset()) \
            if sentence.status is not None and sentence.status_count else frozenset()
        later_text = sentences[number + 2].text if number + 2 < len(sentences) else ""
        facts, named = _sentence_facts(sentence, ctx, index, previous, next_text, reached,
                                       later_text, [s.text for s in sentences[number + 1:
                                                                              number + 4]])
        shows = {t.show for t in named}
        if shows:
            ctx.last_any_named = number
            ctx.paragraph_named = True
            ctx.shows_seen.update(shows)
        if len(shows) == 1:
            ctx.last_named = (shows.pop(), number)
        numbers = [n for _, _, nums, _ in season_mentions(sentence.text) for n in nums]
        if named:
            ctx.named_season = numbers[0] if len({t.show for t in named}) == 1 and len(
                set(numbers)) == 1 else None
        if numbers and (not named or all(t.show == ctx.main_show for t in named)):
            ctx.recent_season = numbers[-1]
        _keep_told_sentence(ctx, sentence.text, bool(named), bool(numbers or facts))
        if len(numbers) == 1 and not named and _SEASON_LABEL_RE.match(sentence.text):
            ctx.entry_season = numbers[0]
            days = [d.value for d in datemod.find_dates(line_head, article.published)
                    if datemod.precision(d.value) == 4]
            ctx.entry_date = days[0] if len(days) == 1 else None
        raw.extend(fact for fact, _ in facts)
        _note_upcoming(ctx, facts)
        inferred.update(id(fact) for fact, was_inferred in facts if was_inferred)
        carried = reference_past_passing(sentence.text, index.mentions(sentence.text),
                                         previous) if named and len(
            {t.show for t in previous}) == 1 else None
        ctx.carried_reference = (carried[0].show, number + 1) if carried else None
        if carried:
            previous = carried  # the reference's show is still the one spoken of
        elif named:
            previous = named
            ctx.paragraph_subject = opening_subject(sentence.text, index.mentions(sentence.text))
            entry = entry_lines.get(sentence.paragraph)
            if entry is not None and sentence.text == line_head and len(
                    {t.show for t in named}) == 1:
                # a dated tracker entry ("TBS “Tin Roof”, June 3, Season 2. 8 episode
                # order."): the notes after its head are its show's, of its season
                ctx.paragraph_subject = ctx.topic = named[0].show
                ctx.entry_season = entry.season
                ctx.entry_date = entry.date
                entry_topic = True
            if QUESTION_LABEL_RE.match(sentence.text) or sentence.text.rstrip().endswith("?"):
                asked = named
        elif _speaks_of_unfound_title(sentence.text):
            # "Salt Road, NBC's other drama, returns" with Salt Road no title the article
            # holds: the paragraph goes on about that show, not the main one
            ctx.paragraph_subject = UNFOUND_SHOW
            previous = []  # "It will have ten episodes." is no earlier sentence's show's
        just_named = named if _names_as_subject(sentence.text, index) else []
    raw.extend(_status_entry_facts(article, index, raw))
    raw.extend(_sibling_decisions(sentences, raw, title_facts, index, article.title))
    raw = _outside_listing(raw, calendar, claimed, article.title)
    title_facts = _outside_listing(title_facts, calendar, claimed, article.title)
    raw = _with_event_dates(raw, inferred, ctx.event_days)
    raw, title_facts = _renewals_after_premieres(raw, title_facts,
                                                 article.published.isoformat(),
                                                 ctx.named_seasons)
    raw = _cancellations_before_revivals(raw)
    raw, title_facts = _named_by_full_titles([*raw, *title_facts], found.titles,
                                             [s.text for s in sentences], article.title,
                                             len(raw))
    vouched = {*(name for show in known_shows for name in (show.title, *show.aliases)),
               *headed, *(f.show for f in listed), *ctx.heading_listed}
    texts = [*(s.text for s in sentences), article.title]
    mentions = [index.mentions(text) for text in texts]
    vouched |= _shown_by_decision_roundup([*raw, *title_facts], texts, mentions, vouched,
                                          article.title, headline_decisions)
    raw = _evidenced(raw, texts, mentions, vouched, {id(f) for f in listed})
    title_facts = _evidenced(title_facts, texts, mentions, vouched, set())
    deduped = dedupe(raw, title_facts, frozenset(inferred), article.published.isoformat(),
                     keep_undated=True)
    undated = [f for f in deduped if _undated_premiere(f)]
    deduped = _one_cancellation([f for f in deduped if not _undated_premiere(f)])
    # the date each premiere or shoot takes, decided over the whole article (eventdates.py)
    stated = [eventdates.Line(text, frozenset(normalise_title(m.show) for m in found_here),
                             frozenset(n for _, _, nums, _ in season_mentions(text)
                                       for n in nums))
             for text, found_here in zip(texts, mentions, strict=True)]
    deduped = eventdates.decision_days(deduped, stated, article.published, inferred,
                                       normalise_title)
    deduped = eventdates.entry_datelines(deduped, article.text, article.published, inferred)
    deduped, undated = _event_seasons_across(deduped, undated, stated)
    deduped = _dated_by_article(deduped, undated, stated, article.published, inferred,
                                ctx.named_seasons)
    deduped = _returns_told_again(deduped, article.published.isoformat(), [*raw, *title_facts])
    deduped = _planned_shoots_told_again(deduped, unglue(article.title.strip()), raw)
    # Common titles: no diacritics ("Nobody's Garden" for "Nōbody’s Garden").
    decided = _without_voided_plans([replace(f, show=fold(f.show).strip()) for f in deduped])
    decided = _weekdays_pinned(decided, texts, article.title, article.published)
    decided = eventdates.announced_state_months(decided, article.published)
    # the learned (show, kind) model, when one ships: proposals and vetoes (kindmodel.py)
    revised = kindmodel.revise(article, decided, [s.text for s in sentences],
                               [s.paragraph for s in sentences], index, ctx, _find_triggers)
    return _with_renamed(revised, found.renamed) if found.renamed else revised


def _with_renamed(facts: list[Fact], renamed: Sequence[ShowName]) -> list[Fact]:
    """``facts`` with the other names the article says their show goes by (rule
    ``title.alias.renamed``: a rename, a UK/US pair, a season's subtitle) as ``Fact.also``:
    what the state store learns, so a later article under either name finds the season."""
    others = {show_key(show.title): show.aliases for show in renamed}
    return [replace(f, also=others[key]) if (key := show_key(f.show)) in others else f
            for f in facts]


def _named_by_full_titles(facts: list[Fact], titles: Sequence[str], texts: Sequence[str],
                          headline: str, split: int) -> tuple[list[Fact], list[Fact]]:
    """A premiere's show named by the head of a subtitled title the article gave first goes,
    with its other facts, to that full title when the two tell one show
    (``title.head_of_subtitled_title``): the head is the writer's short form."""
    premiered = {f.show for f in facts if f.kind == "premiere"}
    if not premiered or not any(":" in t or " -" in t or "\u2013" in t or "\u2014" in t
                                for t in titles):
        return facts[:split], facts[split:]
    kinds: dict[str, set[str]] = {}
    for fact in facts:
        kinds.setdefault(normalise_title(fact.show), set()).add(fact.kind)
    fulls = {show: full for show, full in full_titles_of_heads(
        premiered, titles, texts, headline).items() if _one_show_told(
            kinds.get(normalise_title(show), set()), kinds.get(normalise_title(full), set()))
        and _seasons_named_with(full, {f.season for f in facts if f.show == show}, texts)}
    if not fulls:
        return facts[:split], facts[split:]
    out = []
    for fact in facts:
        full = fulls.get(fact.show)
        if full is None:
            out.append(fact)
            continue
        out.append(replace(fact, show=full))
        rules.trace_fact(fact, fact.show, "title.head_of_subtitled_title", show=full)
    return out[:split], out[split:]


def _one_show_told(head_kinds: Collection[str], full_kinds: Collection[str]) -> bool:
    """Can a head's facts and its full title's be one show's? Not when both have a fact of
    one kind, nor when one is renewed and the other cancelled (a parent and its spinoff)."""
    fates = {"renewed", "cancelled"}
    return not set(head_kinds) & set(full_kinds) and not (
        fates & set(head_kinds) and fates & set(full_kinds))


def _seasons_named_with(title: str, seasons: Collection[int | None],
                        texts: Sequence[str]) -> bool:
    """Is every numbered season of ``seasons`` one a sentence naming ``title`` names? A head
    with a season the full title never has is another show ("Salt Road season 6" beside
    "Salt Road: The Lost Years")."""
    numbered = {n for n in seasons if n is not None}
    if not numbered:
        return True
    named = {n for text in texts if title in text
             for _, _, nums, _ in season_mentions(text) for n in nums}
    return numbered <= named


#: A sentence that is nothing but a season label, as a tracker's line gives its entry's
#: season between the title and the news: "Season 4.", "Season 5 [FINAL].", "Series 2 -".
_SEASON_LABEL_RE = re.compile(
    r"(?i)^\W{0,3}(?:season|series)\s{1,3}\d{1,2}\W{0,3}(?:\[?\s{0,2}(?:final|last)\s{0,2}"
    r"\]?)?\W{0,3}$")


def _names_as_subject(text: str, index: ShowIndex) -> bool:
    """Does the sentence open on the one show it names ("NBC's Salt Road drew ...", "The
    legal drama Salt Road ...")? A show named further on may be named in passing."""
    mentions = index.mentions(text)
    return bool(mentions) and len({m.show for m in mentions}) == 1 and \
        len(text[:mentions[0].start].split()) <= 4 and "," not in text[:mentions[0].start]


#: Right before a name the sentence speaks of as its doer, not in passing: a passive's agent
#: ("It was replaced by Lantern House").
_AGENT_BEFORE_RE = re.compile(r"(?i)\bby\s+(?:the\s+)?[\"“‘']?$")


def reference_past_passing(text: str, mentions: Sequence[Mention],
                           previous: Sequence[Target]) -> list[Target] | None:
    """The show the sentence before spoke of, still the one spoken of after this sentence, when
    this sentence opens on a reference to it ("It", "The drama": ``REFERENCE_START_RE``) and
    names other shows only after that reference, in passing, never as a passive's agent
    ("Salt Road follows three sisters. It was created by the team behind Lantern House. The
    drama has been renewed": Salt Road's, not Lantern House's; round 41, r41refer). None
    otherwise: a sentence opening on a name, or one naming the referred show again."""
    shows = {t.show for t in previous}
    if len(shows) != 1 or not mentions:
        return None
    opening = REFERENCE_START_RE.search(text)
    if opening is None or mentions[0].start < opening.end() or shows & {
            m.show for m in mentions}:
        return None
    gap = text[opening.end():mentions[0].start]
    if not re.search(r"\b[a-z]{2,}\b", gap):
        return None  # "The comedy 'Undateable' ...": the reference's own name, in apposition
    if re.match(r"\W*(?:and|or|&)\s", gap):
        return None  # "It and Lantern House drew ...": both are the subject
    if any(_AGENT_BEFORE_RE.search(text, max(0, m.start - 12), m.start) for m in mentions):
        return None
    return list(previous)


def _speaks_of_unfound_title(text: str) -> bool:
    """A sentence naming no show whose trigger's subject or object is a title-like name the
    article's titles do not hold (``unfound_title_beside``)."""
    return any(unfound_title_beside(text, trig.start, trig.end, [])
               for trig in _text_triggers(text))


@memo.lru(maxsize=256)
def _line_triggers(text: str) -> tuple[Trigger, ...]:
    """A text's trigger phrases, read once for every reading of it: a line for
    ``eventdates.article_days`` (it reads a line with a date once per fact, kind and tense:
    ``_stated_days``' memo keys on all three), a sentence naming no show (``_text_triggers``;
    half the lines eventdates reads are one), the headline (its main show, its kinds), a
    sentence the decision readers ask about (``_one_decision``, ``_owns_status``, the counted
    lists: read before eventdates reads the same line, ~12 of 68 readings of a corpus
    article were a second one)."""
    return tuple(_find_triggers(text))


def _text_triggers(text: str) -> tuple[Trigger, ...]:
    """The trigger phrases of a sentence naming no show, read once for its facts, its
    paragraph's subject and ``eventdates`` (``_line_triggers``' memo)."""
    return _line_triggers(text)


def opening_subject(text: str, mentions: Sequence[Mention]) -> str | None:
    """The show a sentence opens on as its subject ("Salt Road, NBC's other drama, was renewed
    along with Tin Roof", "NBC's Salt Road returns"): its first name, with at most four words
    and no comma before it, not named as a credit ("Salt Road star Jane Doe ..."). Other shows
    named further on do not change what the sentence is about."""
    if not mentions:
        return None
    first = mentions[0]
    before = text[:first.start].split()
    if len(before) > 4 or any(not _SUBJECT_LEAD_RE.fullmatch(word) for word in before) \
            or named_as_credit(text, first):
        return None  # "Fox pulled Salt Road": the object; "Also, Salt Road": an aside
    return first.show


#: A word that may stand before a sentence's subject show: a capitalised word (a network, its
#: possessive, "The"), a determiner or a kind of show ("the hit drama Salt Road"). A
#: lower-case verb or adverb ("Fox recently pulled Salt Road") makes the show an object.
_SUBJECT_LEAD_RE = re.compile(
    r"[\"“‘'(\[]?(?:[A-Z0-9][\w’'&.+-]*|the|a|an|its|their|this|new|hit|acclaimed|beloved|"
    rf"long-running|freshman|(?:[\w-]+-)?(?:{SHOW_NOUN_ALT}))[\"”’'):\]]?|\W+")


#: How many quiet sentences may stand between a sentence telling a season to come and "the
#: new episodes" that refer back to it (``ArticleContext.told_sentence``).
QUIET_SENTENCES = 2


def _keep_told_sentence(ctx: ArticleContext, text: str, named: bool, told: bool) -> None:
    """Keep ``ctx.told_sentence`` after reading ``text``: the sentence itself when it named
    shows; else the one kept, while ``text`` is quiet — no season, fact (``told``), date or
    airing of its own, at most ``QUIET_SENTENCES`` of them ("The cast is back."). The
    dates are the ones the sentence's reading found (``ctx.sentence_dates``), asked for
    only when it was not read for dates."""
    if named:
        # (only a sentence that left one season named is read back to: the rule needs it)
        ctx.told_sentence, ctx.quiet_since = (text if ctx.named_season is not None else ""), 0
    elif ctx.told_sentence:
        if told or ctx.quiet_since >= QUIET_SENTENCES or SEASON_ON_AIR_RE.search(text) \
                or (ctx.sentence_dates if ctx.sentence_dates is not None
                    else datemod.find_dates(text, ctx.article.published)):
            ctx.told_sentence = ""
        else:
            ctx.quiet_since += 1


def _carried_over(just_named: Sequence[Target], text: str, main: str | None
                  ) -> list[Target]:
    """The show a paragraph's opening reference ("The series ...", "It ...") speaks of
    when the paragraph before ended on a sentence about that one show, opening on its name,
    and it is not the article's main show (which the reference falls to anyway): a round-up's
    paragraph on one show goes on in the next."""
    shows = {t.show for t in just_named}
    if len(shows) != 1 or main in shows or not REFERENCE_START_RE.search(text):
        return []
    return list(just_named)


#: The evidence kinds ``_evidenced`` names in a trace, by their rule.
_EVIDENCE_RULES: dict[str, str] = {
    "version_of": "title.evidence.version_of",  # round 39 (r39titles)
    "series_label": "title.evidence.series_label",  # round 39 (r39titles)
    "season_past_aside": "title.evidence.season_past_aside",
    "counted_list": "title.evidence.counted_list",
    "own_news": "title.evidence.own_news",  # round 37 (r37bare)
    "own_news_past_aside": "title.evidence.own_news_past_aside",  # round 38 (r38passing)
}


def _evidenced(facts: list[Fact], texts: Sequence[str], mentions: Sequence[Sequence[Mention]],
               vouched: set[str], structural: set[int]) -> list[Fact]:
    """The facts whose show the article shows to be a TV show (``evidence.py``): a span
    named once, with no season, kind of show, network, cast or episode beside it, may be a
    film, a book, a company or a headline's words (``drop.unevidenced_title``)."""
    asked = {f.show for f in facts if id(f) not in structural and f.show not in vouched}
    if not asked:
        return facts
    verdicts = evidenced(asked, texts, mentions)
    unshown = {show for show in asked if verdicts[show] is None}
    shown = unshown and _shown_by_list(texts, mentions, unshown)
    stated = _stated_by_list(texts, mentions, unshown - shown) if unshown - shown else {}
    kept = []
    trace = rules.active()
    for fact in facts:
        if fact.show in stated and fact.evidence in stated[fact.show]:
            kept.append(fact)
            if trace is not None:
                trace.events.append(rules.Event(
                    fact.evidence, fact.kind, fact.show,
                    [rules.check("list.status_verb_after")],
                    facts=[(fact.show, fact.season, fact.kind)]))
            continue
        if fact.show not in asked or verdicts[fact.show] is not None or fact.show in shown:
            kept.append(fact)
            if trace is not None and fact.show in asked and \
                    verdicts[fact.show] in _EVIDENCE_RULES:
                trace.events.append(rules.Event(
                    fact.evidence, fact.kind, fact.show,
                    [rules.check(_EVIDENCE_RULES[verdicts[fact.show] or ""])],
                    facts=[(fact.show, fact.season, fact.kind)]))
            continue
        _trace_dropped(fact.evidence, fact.kind, fact.show, "drop.unevidenced_title")
    return kept


#: Around a governed list: a plural noun for shows or a status noun, which says every item
#: is a show ("Among the shows renewed were A, B and C", "The cancellations include A, B").
_LIST_SHOW_NOUN_RE = re.compile(
    rf"(?i)\b(?:{common_show_nouns(5, plural=True)}|renewals|cancell?ations|casualties)\b")


def _list_gap_joins(text: str, named: Sequence[Mention], left: int, right: int) -> bool:
    """The text between two named shows separates the items of one list."""
    return bool(LIST_GAP_RE.match(list_gap(text, named[left].end, named[right].start)))


def _shown_by_list(texts: Sequence[str], mentions: Sequence[Sequence[Mention]],
                   unshown: set[str]) -> set[str]:
    """The shows among ``unshown`` (no evidence of their own) that a status phrase's list
    shows to be shows (``drop.unevidenced_title`` spares them): items of a governed list
    whose governing words name them shows or their status by a noun ("Among the shows renewed
    were A, B and C", "The cancellations include A, B and C"), or listed beside an item that
    has its evidence ("A (NBC), B and C were all cancelled"): one list, one kind of thing."""
    shown: set[str] = set()
    for text, named in zip(texts, mentions, strict=True):
        if len(named) < 2 or not any(m.show in unshown for m in named) or not may_govern(text):
            continue
        runs = governed_lists(text, named, functools.partial(_list_gap_joins, text, named))
        for run in runs:
            items = {named[i].show for i in run}
            first, last = named[run[0]], named[run[-1]]
            around = text[max(0, first.start - 90):first.start] + " " + \
                text[last.end:last.end + 70]
            if _LIST_SHOW_NOUN_RE.search(around) or items - unshown:
                shown |= items & unshown
    return shown


def _referenced_lists(sentences: Sequence[_Sentence]) -> frozenset[int]:
    """The sentences whose list the next sentence's opening reference gives a status ("...
    with A, B and C. All three were renewed on Tuesday."): their lists of names are lists of
    shows, as under a status heading (``target.list_reference_previous``)."""
    return frozenset(i for i in range(len(sentences) - 1)
                     if not sentences[i].is_title and sentences[i + 1].text[:1].isalpha()
                     and reference_states_status(sentences[i + 1].text, opening=True))


def _stated_by_list(texts: Sequence[str], mentions: Sequence[Sequence[Mention]],
                    unshown: set[str]) -> dict[str, set[str]]:
    """The shows among ``unshown`` that a list states a status of, by the sentences it does
    so in: items of a list of two titles or more right followed by the list's own status verb
    ("Salt Road, Night Ferry and Glass Orchard have all been cancelled", "A and B will each
    premiere on June 4"): the verb speaks of every item as a show (``list.status_verb_after``).
    Only the facts of those sentences are spared; a cast list is no list of shows."""
    stated: dict[str, set[str]] = {}

    def spare(shows: Iterable[str], text: str) -> None:
        for show in shows:
            if show in unshown:
                stated.setdefault(show, set()).add(text)

    for number, (text, named) in enumerate(zip(texts, mentions, strict=True)):
        opening = reference_states_status(text, opening=True) \
            if 0 < number < len(texts) - 1 else None
        if opening is not None and not named:
            # "... A, B and C. All three were renewed.": the last list of the sentence before
            before, listed = texts[number - 1], mentions[number - 1]
            items = referenced_items(before, listed, listed[-1].end, opening[1]) \
                if listed else []
            spare((listed[i].show for i in items), text)
        within = reference_states_status(text, opening=False) if len(named) > 1 else None
        if within is not None:
            items = referenced_items(text, named, within[0], within[1])
            spare((named[i].show for i in items), text)
        if len(named) < 2 or not any(m.show in unshown for m in named):
            continue
        runs = governed_lists(text, named, functools.partial(_list_gap_joins, text, named),
                              heading=True)
        for run in runs:
            if not list_states_status(text, named[run[-1]].end) or names_no_shows(
                    text, named[run[0]].start):
                continue
            spare((named[i].show for i in run), text)
    return stated


def _roundup_decision_told(number: int, headline_kinds: Collection[str],
                           told_at: Mapping[str, int]) -> bool:
    """The article tells a renewal or a cancellation before sentence ``number``: its headline
    does, or an earlier sentence gives one to a show shown to be one (``told_at``: the first
    such sentence of each kind). Either kind: a renewals round-up names its cancellations by
    their own idiom ("got the axe"), which says their kind."""
    return bool(headline_kinds) or min(told_at.values(), default=number) < number


def _shown_by_decision_roundup(facts: Sequence[Fact], texts: Sequence[str],
                               mentions: Sequence[Sequence[Mention]], vouched: Collection[str],
                               headline: str,
                               headline_decisions: tuple[dict[str, int | None], bool]
                               ) -> set[str]:
    """The shows a decision round-up's list shows to be shows (``list.roundup_decision``): in
    an article whose headline, or an earlier sentence about a show shown to be one, tells a
    renewal or a cancellation, a list of two titles or more whose items each take one
    decision from their own sentence ("Kestrel Renews Eight Dramas || Salt Road, Copper Vale
    and Nightjar are all coming back") is a list of shows: the decision the article reports is
    about shows, and a round-up names the rest of them bare, with an idiom of the decision
    ("pulled the plug on", "got the axe", "coming back") and no season or network of their
    own. ``texts``: the body's sentences, the headline last; ``headline_decisions``:
    ``_headline_decisions(headline)``, read once per article."""
    decisions = [f for f in facts if f.kind in _COUNTED_DECISION_KINDS]
    asked = {f.show for f in decisions if f.show not in vouched}
    if len(decisions) < 2 or not asked:
        return set()
    body = texts[:-1]
    first_at: dict[str, int] = {}
    for number, text in enumerate(body):
        first_at.setdefault(text, number)
    by_sentence: dict[tuple[str, str], set[str]] = {}
    for fact in decisions:
        by_sentence.setdefault((fact.evidence, fact.kind), set()).add(fact.show)
    # the list's items first (cheap): the article's evidence is read only for them
    listed: list[tuple[Fact, int]] = []
    for fact in decisions:
        place = first_at.get(fact.evidence)
        if fact.show not in asked or place is None:
            continue
        named = mentions[place]
        item = next((i for i, m in enumerate(named) if m.show == fact.show), None)
        if item is None:
            continue
        run = {named[i].show for i in list_run(fact.evidence, named, item, LIST_GAP_RE)}
        if len(run & by_sentence[(fact.evidence, fact.kind)]) >= 2:
            listed.append((fact, place))  # a list the decision governs as a whole
    if not listed:
        return set()
    verdicts = evidenced(asked, texts, mentions)
    told_at: dict[str, int] = {}
    for fact in decisions:
        if fact.show in vouched or verdicts.get(fact.show) is not None:
            at = first_at.get(fact.evidence, len(body))
            told_at[fact.kind] = min(told_at.get(fact.kind, at), at)
    decided, _ = headline_decisions
    one = _one_decision(headline) if headline.strip() else None
    headline_kinds = {*decided, *((one,) if one is not None else ())}
    shown: set[str] = set()
    trace = rules.active()
    for fact, place in listed:
        if verdicts.get(fact.show) is not None or \
                not _roundup_decision_told(place, headline_kinds, told_at):
            continue
        shown.add(fact.show)
        if trace is not None:
            trace.events.append(rules.Event(
                fact.evidence, fact.kind, fact.show, [rules.check("list.roundup_decision")],
                facts=[(fact.show, fact.season, fact.kind)]))
    return shown


def _without_voided_plans(facts: list[Fact]) -> list[Fact]:
    """The facts without a premiere plan the article's cancellation voided: an expected
    premiere of a season the article cancels (or of the one after the last it cancels),
    told as a plan that no longer holds ("Netflix cancelled it; its third season had been
    set to premiere October 1"). It did not happen,
    and handed over it would read as a plan still in force (the status layer takes a
    cancellation beside one for a planned ending)."""
    cancelled = {(normalise_title(f.show), f.season) for f in facts if f.kind == "cancelled"}
    if not cancelled:
        return facts
    # a cancellation carries the last season made: "cancelled after two seasons" voids the
    # third season's plan as well ("the third season was due to premiere in June")
    cancelled |= {(show, season + 1) for show, season in cancelled if season is not None}
    kept = []
    for fact in facts:
        if (fact.kind == "premiere" and fact.certainty == "expected"
                and (normalise_title(fact.show), fact.season) in cancelled
                and VOIDED_PLAN_RE.search(fact.evidence)):
            _trace_dropped(fact.evidence, fact.kind, fact.evidence, "drop.plan_voided")
            continue
        kept.append(fact)
    return kept


def _return_words_only(fact: Fact, published: str, *, ends: bool = False) -> bool:
    """Is ``fact`` a renewal read from a return's words alone ("will return for a third
    season", "is coming back") — or, with ``ends``, from a planned ending's too ("will end
    with its fifth season") — with no time of its own and no one announcing it? Such words
    say the season will come, not that it was just decided."""
    if fact.kind != "renewed" or fact.date not in (None, published[:7]):
        return False
    words = [fact.evidence[t.start:t.end] for t in _line_triggers(fact.evidence)
             if t.kind == "renewed"]
    return bool(words) and all(
        RETURN_FAMILY_RE.search(w) or (ends and PLANNED_END_FAMILY_RE.search(w))
        for w in words) and not (
        ANNOUNCE_RE.search(fact.evidence) or _OFFICIAL_RE.search(fact.evidence))


#: A return told as past ("returned for a second season", "was back"): the season came.
_PAST_RETURN_RE = re.compile(r"(?i)\b(?:returned|came\s{1,3}back|(?:was|were)\s{1,3}back)\b")


def _returns_told_again(facts: list[Fact], published: str, told: Sequence[Fact]
                        ) -> list[Fact]:
    """The facts read across the article, a show's events by kind. A renewal read from a
    return's words alone (``_return_words_only``) is no news of a decision when the article
    tells the show's event with an explicit kind elsewhere:

    - beside a premiere month or day still to come of its season, it is that premiere told
      again ("Glass Harbor will return for a third season. The third season premieres June
      4."): it merges into the premiere (``kind.return_is_the_premiere``; a premiere of no
      season is the return's season's). So does a planned ending's ("will end with its fifth
      season, which premieres June 4"): the season is scheduled, decided long before;
    - beside the show's cancellation told as this month's news, a return still ahead is a
      hope or a plan the cancellation undid ("Tovrel has cancelled Glass Harbor. Fans had
      hoped it would return for a third season."): it is dropped
      (``drop.return_undone_by_cancellation``), unless the return is of an earlier season
      than the one cancelled, or told as past.

    A renewal told with a decision's words or announced stays, and so does a return beside
    one anywhere in the article (``told``: every renewal before one was kept per season; a
    "Status: Renewed" field, a revival)."""
    premieres = [f for f in facts if f.kind == "premiere" and datemod.precision(f.date) >= 3
                 and f.certainty != "speculative" and f.date is not None
                 and f.date[:7] >= published[:7]]
    cancellations = [f for f in facts if f.kind == "cancelled" and f.certainty == "confirmed"
                     and datemod.precision(f.date) >= 3 and f.date is not None
                     and f.date[:7] >= published[:7]]
    if not premieres and not cancellations:
        return facts
    weak = {id(f) for f in facts if _return_words_only(f, published, ends=bool(premieres))}
    if not weak:
        return facts
    ends = {id(f) for f in facts if id(f) in weak and not _return_words_only(f, published)}
    decided = {(normalise_title(f.show), f.season) for f in (*facts, *told)
               if f.kind == "renewed" and id(f) not in weak
               and not _return_words_only(f, published, ends=True)}
    revived = {show for show, _ in decided}
    kept = []
    for fact in facts:
        show = normalise_title(fact.show)
        rule = None
        if id(fact) in weak and (show, fact.season) not in decided:
            if any(normalise_title(p.show) == show
                   and (None in (p.season, fact.season) or p.season == fact.season)
                   for p in premieres):
                rule = "kind.return_is_the_premiere"
            elif id(fact) not in ends and show not in revived and not _PAST_RETURN_RE.search(
                    fact.evidence) and any(
                    normalise_title(c.show) == show and (
                        c.season is None or fact.season is None or c.season <= fact.season)
                    for c in cancellations):
                rule = "drop.return_undone_by_cancellation"
        if rule is None:
            kept.append(fact)
            continue
        _trace_dropped(fact.evidence, fact.kind, fact.show, rule)
    return kept


def _planned_shoots_told_again(facts: list[Fact], headline: str, told: Sequence[Fact]
                               ) -> list[Fact]:
    """The facts without a headline's planned shoot read as a renewal ("Glass Harbor to film
    season 2 in Lisbon": ``kind.planned_shoot_is_renewal``) when another line dates that
    season's shoot ("Filming on season 2 begins in March"): the headline tells the shoot the
    body dates, not a decision, so the renewal merges into the shoot
    (``kind.planned_shoot_told_again``). A renewal any line of the body tells stays."""
    if not headline or not any(f.kind == "renewed" and f.evidence == headline for f in facts):
        return facts
    triggers = _line_triggers(headline)
    if not any(t.kind == "filming_started" for t in triggers) or any(
            t.kind == "renewed" for t in triggers):
        return facts
    shoots = {(normalise_title(f.show), f.season) for f in facts
              if f.kind == "filming_started" and f.date is not None and f.evidence != headline}
    stated = {(normalise_title(f.show), f.season) for f in told
              if f.kind == "renewed" and f.evidence != headline}
    kept = []
    for fact in facts:
        key = (normalise_title(fact.show), fact.season)
        if (fact.kind == "renewed" and fact.evidence == headline and fact.date is None
                and key in shoots and key not in stated):
            _trace_dropped(fact.evidence, fact.kind, fact.show, "kind.planned_shoot_told_again")
            continue
        kept.append(fact)
    return kept


#: Kinds that happen to a season before it airs.
_BEFORE_AIRING = frozenset({"renewed", "filming_started", "filming_wrapped"})


def _note_upcoming(ctx: ArticleContext, facts: Sequence[tuple[Fact, bool]]) -> None:
    """Keep the latest date the main season is renewed, started or wrapped on: a premiere
    before it was an earlier season's."""
    for fact, _ in facts:
        if (fact.date and fact.kind in _BEFORE_AIRING and fact.show == ctx.main_show
                and fact.season == ctx.main_season and (
                    ctx.main_upcoming is None
                    or datemod.sort_key(fact.date) > datemod.sort_key(ctx.main_upcoming))):
            ctx.main_upcoming = fact.date


def _renewals_after_premieres(facts: list[Fact], title_facts: list[Fact], published: str,
                              named: Mapping[str, int]) -> tuple[list[Fact], list[Fact]]:
    """A renewal with no season, of a show whose season N the article says premiered lately
    (this year or last; no numbered renewal of the show) and whose season N+1 it names, is
    of season N+1: "Vela+ has renewed Salt Road ... The drama's first season debuted March 4.
    Its second season starts shooting in October"."""
    today = published
    premiered: dict[str, int] = {}
    for fact in facts:
        if (fact.kind == "premiere" and fact.season and fact.certainty == "confirmed"
                and fact.date and datemod.sort_key(fact.date) <= today[:len(fact.date)]
                and int(fact.date[:4]) >= int(today[:4]) - 1):  # a recent premiere
            premiered[fact.show] = max(premiered.get(fact.show, 0), fact.season)
    if not premiered:
        return facts, title_facts
    numbered = {f.show for f in (*facts, *title_facts) if f.kind == "renewed" and f.season}

    def shifted(fact: Fact) -> Fact:
        if (fact.kind == "renewed" and fact.season is None and fact.show in premiered
                and fact.show not in numbered
                and named.get(fact.show) == premiered[fact.show] + 1):
            return replace(fact, season=premiered[fact.show] + 1)
        return fact

    return [shifted(f) for f in facts], [shifted(f) for f in title_facts]


def _cancellations_before_revivals(facts: list[Fact]) -> list[Fact]:
    """A cancellation the sentence tells as what came before its renewal of the same show
    ("Peacock picked up X for a third season after Netflix cancelled it") ended the earlier
    run: it is the season before the renewed one, not the renewed season (nor one without a
    number, which would read as the show's end in the same breath as its revival)."""
    renewed = {(f.show, f.evidence): f.season for f in facts
               if f.kind == "renewed" and f.season is not None and f.season >= 2}
    if not renewed:
        return facts
    out = []
    for fact in facts:
        season = renewed.get((fact.show, fact.evidence))
        if (fact.kind == "cancelled" and season is not None and fact.season in (None, season)
                and CANCELLED_BEFORE_RE.search(fact.evidence)):
            trace = rules.active()
            if trace is not None:
                trace.events.append(rules.Event(
                    fact.evidence, fact.kind, fact.show,
                    [rules.check("season.cancelled_before_revival")]))
            fact = replace(fact, season=season - 1)
        out.append(fact)
    return out


def _one_cancellation(facts: list[Fact]) -> list[Fact]:
    """A show's cancellation told twice, as the season it ended after and as the season it
    will not get ("cancelled after one season" and "no season 2"), is one decision: the
    cancellations of seasons n and n+1 of one show with compatible dates become the one of
    season n (the last season made), with the finer date. Both stay when the article gives
    season n+1 a life of its own (a renewal, a premiere, a shoot, an episode count that is
    no guess): the show was revived and cancelled again."""
    cancelled = {(normalise_title(f.show), f.season): f for f in facts
                 if f.kind == "cancelled" and f.season is not None}
    if len(cancelled) < 2:
        return facts
    lived = {(normalise_title(f.show), f.season) for f in facts
             if f.kind != "cancelled" and f.certainty != "speculative"}
    merged: dict[int, Fact] = {}
    dropped: set[int] = set()
    for (show, season), later in cancelled.items():
        earlier = cancelled.get((show, season - 1)) if season is not None else None
        if (earlier is None or (show, season) in lived or id(earlier) in dropped
                or not datemod.compatible(earlier.date, later.date)):
            continue
        dropped.add(id(later))
        if datemod.precision(later.date) > datemod.precision(earlier.date):
            merged[id(earlier)] = replace(earlier, date=later.date)
        _trace_dropped(later.evidence, later.kind, later.show, "dedupe.cancelled_once")
    return [merged.get(id(f), f) for f in facts if id(f) not in dropped]


# The look-aheads (the first letters) let re reject most positions at once.
#: A motion picture, not the verb ("will film", "chose to film") nor a film office or
#: industry ("the Arkansas Film Commission").
_FILM_WORD_RE = Caseless(
    r"(?i)(?=[mf])(?<!\bto )(?<!\bwill )(?<!['’]ll )\b(?:movie|film)s?\b"
    r"(?!\s+(?:commissions?|offices?|boards?|incentives?|tax|industry|crews?|locations?)\b)",
    stems=("movie", "film"))
_SEASON_WORD_RE = Caseless(r"(?i)(?=[se])\b(?:seasons?|episodes?)\b")


def _is_film_article(article: Article, sentences: Sequence[_Sentence]) -> bool:
    """An article mostly about a film (film words outnumber season words), or about a podcast,
    a video game or a stage show (their words, and hardly a TV word), states no TV facts."""
    text = " ".join([article.title, *(s.text for s in sentences)])
    films = len(_FILM_WORD_RE.findall(text))
    if films >= 3 and films > len(_SEASON_WORD_RE.findall(text)):
        return True
    # a second TV word settles it, and comes early in nearly every article: read first
    return len(list(itertools.islice(TV_WORD_RE.finditer(text), 2))) <= 1 and \
        len(OTHER_MEDIUM_RE.findall(text)) >= 2


def _event_seasons_across(facts: list[Fact], undated: list[Fact],
                          lines: Sequence[eventdates.Line]) -> tuple[list[Fact], list[Fact]]:
    """The season each unnumbered renewal, premiere or shoot takes from the article's other
    sentences of the same event (``eventdates.article_seasons``), before the dates are decided
    over the article: a season it takes lets the lines naming it date it (round 20)."""
    if not any(f.season is None for f in (*facts, *undated)):
        return facts, undated
    both = eventdates.article_seasons([*facts, *undated], lines, normalise_title,
                                      _line_triggers)
    return both[:len(facts)], both[len(facts):]


def _with_event_dates(facts: list[Fact], inferred: set[int],
                      seen_days: dict[str, str] | None = None) -> list[Fact]:
    """Give facts dated only by the publication month the day of the article's event.

    A round-up reporting "renewals handed out Thursday" dates that one announcement; the other
    renewals it lists without a time belong to the same day.
    """
    event_day: dict[str, str] = dict(seen_days or {})
    for fact in facts:
        if (fact.kind in ("renewed", "cancelled") and id(fact) not in inferred
                and fact.certainty == "confirmed" and datemod.precision(fact.date) == 4):
            event_day.setdefault(fact.kind, fact.date or "")
    out = []
    for fact in facts:
        day = event_day.get(fact.kind)
        if day and id(fact) in inferred and fact.date and day.startswith(fact.date):
            updated = replace(fact, date=day)
            inferred.add(id(updated))
            out.append(updated)
        else:
            out.append(fact)
    return out
