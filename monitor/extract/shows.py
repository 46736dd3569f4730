"""Find which shows an article talks about, and where each is mentioned.

Show names are discovered from the text itself, never from a list baked into the code: a
title-case span counts as a show when the text treats it as one (next to a season phrase, in
quotes, as the object of "renewed"/"cancelled", as the subject of "premieres"/"wrapped", in a
list with such a span, or in a "Title: status" line), plus the titles and aliases the user
configured. This module only reads strings; it must never fetch or guess from outside.
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .. import memo
from ..models import ShowName
from . import rules, titlescore
from .dates import MONTHS, NAMED_DAYS, WEEKDAY_DAY_FIRST_WORDS, named_day_alt
from .deciders import decides_after, deciding_rule
from .lists import (
    LIST_JOINER_RE,
    NETWORK_BREAK_WORDS,
    NETWORK_ITEM_HEAD,
    Located,
    all_decided,
    decided_list_item,
    decision_governs_from_before,
    decision_governs_list,
    governed_lists,
    kind_headed,
    list_ends_before_clause,
    may_govern,
    pair_kind_headed,
    people_after_list,
    plural_kind_heads,
    reference_states_status,
    singular_kind_heads,
)
from .patterns import (
    HEADLINE_DECISION_AFTER_RE,
    HEADLINE_OBJECT_AFTER_RE,
    HEADLINE_OBJECT_BEFORE_RE,
    MONTH_STEMS,
    NUMBER_WORDS,
    ONE_SEASON_KIND,
    ORDINALS,
    OWN_SEASON_AFTER_RE,
    OWN_SEASON_BEFORE_RE,
    OWN_SEASON_LABEL_AFTER_RE,
    SEASON_NOUN_AFTER_NAME_RE,
    SEASON_RE,
    SHARED_DECISION_AFTER_RE,
    SHOW_POSITION_AFTER_RE,
    SHOW_POSITION_BEFORE_RE,
    SHOW_POSITION_HEADLINE_RE,
    SHOW_POSITION_MAKERS_AFTER_RE,
    SHOW_POSITION_NOT_OWNED_RE,
    STOP_CAPS,
    TITLE_ASIDE_KIND_AFTER_RE,
    TITLE_ASIDE_LED_AFTER_RE,
    TITLE_ASIDE_PLAIN_AFTER_RE,
    TITLE_ASIDE_RELATIVE_AFTER_RE,
    TITLE_CONNECTORS,
    TITLE_EVIDENCE_CAST_AROUND_RE,
    TITLE_EVIDENCE_NOUN_AFTER_RE,
    TITLE_EVIDENCE_NOUN_BEFORE_RE,
    TITLE_EVIDENCE_OBJECT_AFTER_RE,
    TITLE_EVIDENCE_OBJECT_BEFORE_RE,
    TITLE_EVIDENCE_OWNER_AFTER_RE,
    TITLE_EVIDENCE_PERSON_AFTER_RE,
    TITLE_EVIDENCE_PERSON_BEFORE_RE,
    TITLE_EVIDENCE_SEASON_AFTER_RE,
    TITLE_INNER_WORDS,
    TITLE_PREFIXES,
    TRAILING_STOP,
    lower_case_regex,
    ordinal_alternation,
    ordinal_number,
    season_noun_after,
)
from .prefilter import with_caseless_first_letter
from .sections import TRAILING_TAG_RE
from .showwords import (
    APPOSED_KINDS,
    COUNTED_HEAD_RE,
    COUNTED_ITEM_END_RE,
    COUNTED_LIST_BEFORE_RE,
    DESCRIBED_KINDS,
    INTRODUCED_NAME_AFTER_RE,
    INTRODUCED_RE,
    MAKER_OF_KINDS,
    PERSON_LED_KINDS,
    PLURAL_OBJECT_RE,
    POSSESSIVE,
    REFERRING_POSSESSIVE_BEFORE_RE,
    SHOW_NOUN_ALT,
    SHOW_NOUN_GROUPS,
    SLATE_AS_WILL_RE,
    SLATE_COUNT_RE,
    SLATE_JOINER_RE,
    SLATE_SENTENCES,
    common_show_nouns,
    described_object_opening,
    kind_alt,
    longest_first,
    may_introduce,
    owner_possessive,
    refers_ahead,
    slate_gapped,
    status_past_aside,
    summary_item_note,
    tells_slate,
)
from .titles import (
    DETERMINERS,
    TIME_OF_DAY_WORDS,
    TIME_TAIL_WORDS,
    TIME_TITLE_WORDS,
    WEEKDAY_TIMES_RE,
    WEEKDAY_WORDS,
    Verdict,
    cue_patterns,
    judge,
    lead_calls_a_work,
    owner_by_shape,
    person_by_role,
    possessive_owner,
    possessor_is_not_title,
    shown_networks,
    validate,
    vocabulary,
    whole_mentions,
)

_TOKEN_RE = re.compile(r"\S+")
#: How many of the body's first sentences make its lead, the news the article is about (the
#: one spelling ``evidence`` and ``facts`` read too; round 39).
LEAD_SENTENCES = 3
_LEAD_PUNCT = "\"“‘'([*_"
_TRAIL_PUNCT = ",;:.!?\"”’')]*_"
_ABBREVIATION_RE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Vs|vs)\.$|^(?:[A-Z]\.){2,}$")
_DIGIT_TITLE_RE = re.compile(r"^\d+(?:[-/]\d+)+$|^\$[\d,]+$")
#: Quoted or emphasised titles: "X", 'X', ‘X’, *X*, _X_ (emphasis kept by the page reader),
#: “X”, «X», „X“. A straight or single quote may be an apostrophe ("the ’90s Show"), so in a
#: body sentence a capitalised word right after it undoes it (``cap``); a headline capitalises
#: every word, and curly double quotes and guillemets are never apostrophes.
_QUOTED_RE = re.compile(
    # The look-ahead (every match opens with one of these) lets re reject most positions at once.
    r"(?=[\"‘'*_“«„])(?:(?<=[\s(\[/—–])|^)"
    r"(?:[\"‘'*_](?P<t>[A-Z0-9$][^\"“”‘’*_\n]{0,60}?)[,.!?]?[\"”’'*_](?![A-Za-z])"
    r"(?:(?=\s+[A-Z][a-z])(?P<cap>))?"
    r"|“(?P<c>[A-Z0-9$][^“”\n]{0,60}?)[,.!?]?”(?![A-Za-z])"
    r"|[«„](?P<g>[A-Z0-9$][^«»„“”\n]{0,60}?)[,.!?]?[»“”](?![A-Za-z]))"
)
_AFTER_SEASON_RE = re.compile(
    rf"^(?:['’]s?)?\s+(?:\([^()]{{0,30}}?)?(?:(?:for|into)\s+)?(?:a\s+)?(?:(?i:seasons?|series)\s+\d|S\d{{1,2}}\b|(?i:(?:seasons?|series)\s+"
    rf"(?:one|two|three|four|five|six|seven|eight|nine|ten))\b)"
    rf"|^['’]s?\s+(?:[\w-]+\s+){{0,3}}?(?i:{'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th)|new|"
    rf"final|next|upcoming|latest|last|follow-up)\s+(?i:seasons?)\b"
    rf"|^\s+\d\b(?!\s*(?:[%$]|episodes?|minutes|million|years?|days?|weeks?|hours?|"
    rf"percent|of\b|[-:/.,]\d))"
    # (round 36) "X, now in its third season," / "X, currently in its second series": a
    # show's run in apposition ("its", not a person's "her third season as coach")
    rf"|^,\s+(?:now|currently|already|still)\s+in\s+its\s+(?i:{'|'.join(ORDINALS)}|"
    rf"\d{{1,2}}(?:st|nd|rd|th))\s+(?i:season|series)\b"
)
_COUNT_WORD = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
_SEASON_WORD = r"(?i:seasons?|series)"
#: After a title, the next clause's subject is a season, its verb next: "X is back: a third
#: season has been confirmed", "fans of X, series three is confirmed" (an apposition is the
#: title's own season: "X 4, a new season of the drama"; round 36).
_SEASON_CLAUSE_AFTER_PATTERN = (
    r"(?:\s{1,3}(?:is|are)\s{1,3}back)?[:,]\s{1,3}"
    rf"(?:(?:a|an|its)\s{{1,3}}(?:{'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th)|new)\s{{1,3}}"
    rf"{_SEASON_WORD}|{_SEASON_WORD}\s{{1,3}}{_COUNT_WORD})"
    r"(?=\s{1,3}(?:is|has|was|will|would|had|are|could|may|should|can|arrives|returns|"
    r"premieres|debuts|wraps|wrapped|begins|starts|lands|drops|gets|got|comes)\b)")
_SEASON_CLAUSE_AFTER_RE = re.compile(_SEASON_CLAUSE_AFTER_PATTERN)
#: Round 36: the British "X's second series", a season of X (an ordinal's only: "Kestrel's
#: new series" is a new show's; not "a second series of / about / from"); read by
#: ``_own_series_after``, which leaves a person's ("Writer Jane Doe's second series").
_AFTER_ORDINAL_SERIES_RE = re.compile(
    rf"^['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?i:{'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s+"
    rf"(?i:series)\b(?!\s+(?:of|from|about|on|starring|by|for)\b)")
_BEFORE_SEASON_RE = re.compile(
    r"\b[Ss]easons?\s+(?:\w+\s+){0,2}?(?:of|for|to)\s+(?:[a-z][\w’'-]*,?\s+){0,3}"
    r"(?:[A-Z]\w*['’]s\s+)?$"
    # British "a second series of X", "the new series of X"
    rf"|\b(?:{'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th)|new|final|another|next|latest)\s+"
    r"series\s+of\s+(?:the\s+)?$"
    # round 36 (r36seasons2): "two more series of X", "two further series of X"
    r"|\b(?:more|further|additional)\s+series\s+of\s+(?:the\s+)?$"
    # round 35: "series 2 of X", the British numbered form
    r"|\b[Ss]eries\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+"
    r"(?:the\s+)?$"
)
#: "X for a third season", "X for its final series": the span right before is the show.
_FOR_SEASON_AFTER_RE = re.compile(
    rf"^\s+(?:for|into)\s+(?:a|an|its|another)\s+(?:{'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th)|"
    r"new|final|fresh)\s+(?:and\s+final\s+)?(?:season|series)\b")
#: "X didn't earn a second season", "X has landed a third season": the subject of a numbered
#: season a few plain words on (a cue like a status verb: the name is still validated).
_SUBJECT_OF_SEASON_RE = re.compile(
    rf"^(?:\s+[a-z][\w’'-]{{0,15}}){{1,4}}\s+(?:a|an|its|another)\s+(?:{'|'.join(ORDINALS)}|"
    r"\d{1,2}(?:st|nd|rd|th))\s+(?:and\s+final\s+)?(?:season|series)\b")
_TRIGGER_BEFORE_RE = re.compile(
    r"(?i)\b(?:renew(?:ed|s|ing)?|cancell?(?:ed|s|ing)?|canceled|ax(?:ed|es|ing)|"
    r"green-?lit|green-?lights?|picked up|picks up|ordered|orders|sticking with|committed to|"
    r"bringing|brings|goodbye to|saving|revived|revives|reviving|resurrecting|"
    r"pulled the plug on|scrapped|"
    r"pull(?:s|ed|ing)? (?:the )?plug on|mov(?:e|es|ing) forward with|dropped|re-?upped|"
    r"re-?ups|canned|"
    r"kill(?:s|ed|ing)? off|"
    r"including|like|such as|except for|premiere dates? for|return of|pickups?:?|"
    r"pick-ups?:?|renewals? (?:for|to)|renewed:|cancell?ed:|canceled:|re-?commission(?:ed|s)|"
    r"renewing|(?:given|gave|giving|handed|hands) |(?:abandonment|scrapping|axing) of|abandoned|"
    r"re-?commission|"
    # the round-8 vocabulary's objects: "Hulu has rescued X", "decided to end X", "the end of
    # the road for X", "the renewal of X"
    r"rescue[sd]|save[sd]|resurrect(?:s|ed)|kill(?:s|ed)|extend(?:s|ed)|yank(?:s|ed)|(?:decided|"
    r"opted|chose|elected) (?:not )?to (?:end|continue)|end of the (?:road|line) for|(?:renewal|"
    r"cancell?ation) of|"
    # round 11: "Fox has nixed X", "ITV binned X", "the cancellations follow that of X"
    r"nix(?:ed|es)|binned|(?:renewal|cancell?ation)s? (?:\S+ ){0,4}?(?:that|those) of|"
    # round 16: "the plug has been pulled on X"
    r"plug (?:has been |had been |was |is )?pulled on|"
    # round 32: a decision's bare verb after "to" ("the decision to axe X", "plans to scrap
    # X"): the verb, not the noun ("the axe fell on X" reads no object)
    r"to (?:axe|ax|scrap|nix))\s*"
    r"(?:(?:[a-z][\w’'-]*|[A-Z][a-z]+ [a-z]+)\s+){0,3}$"
)
_TRIGGER_AFTER_RE = re.compile(
    r"^(?:['’]s)?\s*(?:\([^)]{0,40}\)\s*)?(?:,\s{0,3}(?:(?:however|meanwhile|though|too|in turn|"
    r"for (?:its|their) part|on the other hand|by contrast|in contrast),\s{0,3})?)?"
    r"(?:(?:has|have|had|was|were|is|are|will|also|"
    r"officially|already|just|finally|formally|quietly|now|been|be)\s+)*"
    r"(?:renewed|cancell?ed|canceled|axed|picked up|premieres?|premiered|returns?|returned|"
    r"debuts?|debuted|wrapped|wraps|begins|began|started|starts|is coming back|having|"
    r"coming to|arrives|airs|hits|"
    r"are coming back|gets? a|got a|ended|"
    # "X will begin shooting", "X finished filming", "X won't return", "X is in production"
    r"(?:begin|start|finish(?:ed|es)?|complete[sd]?|wrap) (?:filming|shooting|production)|"
    r"(?:won[’']t|will not|would not) (?:be )?(?:return|back)|in production|"
    # "X is filming in Toronto", "X crews are shooting downtown"
    r"(?:(?:crews?|cast|cameras)\s+(?:are|is|were|was)\s+)?(?:currently\s+|now\s+)?"
    r"(?:filming|shooting)(?=\s+(?:in|on|at|this|now|downtown|outside|across|around)\b)|"
    r"(?:end|conclude)s? with|"
    r"(?:given|gets?|got|getting) (?:the (?:axe|ax|boot|chop)|a|an|another)|"
    r"lands?|landed|"
    r"(?:received|receives|gets|got|given) (?:the )?(?:green[- ]light|go-ahead)|"
    r"(?:been )?(?:confirmed for|re-?commissioned|commissioned)|"
    r"(?:completed|finished|concluded) (?:principal )?"
    r"(?:photography|filming|shooting|production)|"
    # the round-8 vocabulary's subjects: "X has been saved by Hulu", "X's renewal", "X is no
    # more", "X won't continue", "X is the latest casualty"
    r"(?:saved|rescued|revived|resurrected) by|spared|escaped|escapes|survived|survives|dodged|"
    # round 37 (r37quotes): the rescue told with no saviour ("X has been saved, with Kestrel
    # ordering ...", "X has been rescued after ...") and a lifeline thrown ("X has been thrown
    # a lifeline by Kestrel")
    r"(?:(?<=been )|(?<=been officially )|(?<=been finally ))(?:saved|rescued|revived|"
    r"resurrected)(?=[,.;:]|\s(?:and|with|after|from|for)\b)|"
    r"(?:thrown|handed|offered) a (?:new |last-minute |late |second |fresh )?lifeline|"
    r"dodges|safe (?:from|for)|(?:gets?|got|getting) (?:two|three|four|five|\d) (?:more|"
    r"additional)|(?:(?<=was )|(?<=were ))not picked up|(?:(?<=is )|(?<=are ))(?:history|"
    r"toast|kaput)|(?:(?<=is )|(?<=are )|(?<=was )|(?<=were ))(?:dead|finished) after|"
    r"(?:found|finds) (?:a )?new home|brought back|extended|no more|(?:(?<=is )|(?<=are )|"
    r"(?<=was )|(?<=were ))(?:dead|finished|done|over) at|one[- ]and[- ]done|(?:won[’']t|"
    r"will not|would not|not) (?:continue|get|see)|yanked|pulled (?:from|off|after)|the latest "
    r"casualty|(?<=['’]s )(?:renewal|cancell?ation)|(?:reached|reaches|"
    r"hit|hits) the end of the|(?:had|has) its plug pulled|handed|met the (?:axe|ax)|given its "
    r"walking papers|"
    # round 11: "X has been nixed", "X was binned", "X will not be moving forward", "the cast
    # of X was spotted filming", "X scored a third-season pickup"
    r"nixed|binned|(?:not|won[’']t|isn[’']t) (?:be )?moving forward|(?:spotted|seen|"
    r"pictured) (?:filming|shooting)|scor(?:ed|es) (?:a|an) (?:[\w-]+-)?season|"
    # round 16, the paraphrase grid's subjects: "X is set for another season", "X has earned
    # a season 2 pickup", "X received a second-season order", "X has been dropped by Fox",
    # "X has been shelved"
    r"(?:(?<=is )|(?<=are ))set for (?:a|an|another) (?:[\w-]+ )?(?:season|series)|"
    r"(?:earn|receiv|secur|nabb|snagg)(?:ed|es|s) (?:a|an) (?:season \d{1,2} |[\w]+-season )"
    r"(?:order|pickup|pick-up|renewal)|(?<=been )dropped by|(?<=been )shelved|"
    r"(?:(?<=been )|(?<=was )|(?<=were ))canned)\b"
)
#: A show joining others on a list of decisions: "X joins Y on the list of shows cancelled".
_JOINS_AFTER_RE = re.compile(
    r"[\"”’']?\s{1,3}(?:(?:now|also|officially)\s{1,3})?(?:joins|joined|will\s{1,3}join|"
    r"is\s{1,3}joining)\s{1,3}(?:the\s{1,3}likes\s{1,3}of\s{1,3})?[\"“‘']?[A-Z0-9]")
_JOINED_STATUS_STEMS = ("cancel", "axed", "renew", "scrapped", "chopping block", "picked up")
#: A shoot begun or ended on a show: "Filming has begun on X", "Production wrapped on X",
#: "Cameras are rolling on X" (a date or place after "on" is vetoed as any span is).
_PRODUCTION_ON_BEFORE_RE = re.compile(
    r"(?i)\b(?:filming|production|shooting|principal photography|cameras)\s{1,3}"
    r"(?:(?:has|have|had|is|are|was|were|officially|now|finally|already)\s{1,3}){0,2}"
    r"(?:begun|began|begins|started|starts|kicked off|kicks off|underway|under way|wrapped|"
    r"wraps|completed|finished|ended|rolling|resumed|resumes|commenced|commences)"
    r"\s{1,3}on\s{1,3}[\"“‘']?$")
#: A show named as the set a shoot is on (round 39, ``title.keep.shoot_set``): "a snap from
#: the Salt Road set", "on the Lantern House set in Sydney" — "the" and a preposition of place
#: right before the name, "set" right after it (not "set to", "set for": a plan's verb).
_SHOOT_SET_BEFORE_RE = re.compile(r"\b(?:on|from|at|onto|off|around|to)\s{1,3}the\s{1,3}$")
_SHOOT_SET_AFTER_RE = re.compile(r"\s{1,3}set\b(?![-'’]|\s{1,3}(?:to|for|up|out|off|of)\b)")
#: ... or right after "the set of": "a photo from the set of Salt Road".
_SET_OF_BEFORE_RE = re.compile(
    r"\b(?:on|from|at|onto|off|around|to|visited|visits|visiting)\s{1,3}the\s{1,3}set\s{1,3}"
    r"of\s{1,3}$")
#: A sentence about a shoot or a post from one ("on set", "filming", "wrapped").
_ON_SET_RE = re.compile(r"(?i)\bon\s{1,3}set\b")


def _shoot_set(text: str, before: str, after: str) -> bool:
    """The span is the show whose set the sentence's shoot is on: "... posted on Instagram,
    alongside a snap from the Salt Road set in Sydney" (round 39)."""
    return bool(((after[:4] == " set" and _SHOOT_SET_BEFORE_RE.search(before[-14:])
                  and _SHOOT_SET_AFTER_RE.match(after))
                 or (before[-4:] == " of " and _SET_OF_BEFORE_RE.search(before[-32:])))
                and (_ON_SET_RE.search(text) or _SHOOT_WORD_RE.search(text)))


#: A status verb opening a sentence, capitalised with the name it governs ("Cancelling Glass
#: Harbor was a mistake", "Renewing Glass Harbor made sense"): ``clean_title`` strips it.
_STATUS_HEAD_RE = re.compile(
    r"(?:Cancell?ing|Cancell?ed|Renewing|Renewed|Axing|Axed) [A-Z0-9\"“‘']")
#: The letters its matches open with (a test before the pattern, in ``discover``).
_STATUS_HEAD_FIRST = frozenset("CRA")
#: A role in a show's cast or crew, then a full name, right after a name: "X star Jane Doe".
_STAR_AFTER_RE = re.compile(
    r"\s(?:star|stars|co-star|creator|showrunner|alum)\s[A-Z][a-z]+\s[A-Z][a-z]")
#: The letters its role words open with, read after the space (``discover``'s test).
_STAR_AFTER_FIRST = frozenset("sca")
#: A season phrase or a status word in the sentence (the star's news is the show's then).
_SEASON_OR_STATUS_RE = re.compile(
    r"(?i)\b(?:season|series)\s(?:\d|one|two|three|four|five|six)|\b(?:first|second|third|"
    r"fourth|fifth|sixth|next|final|new)\s(?:season|series)\b|\b(?:renew|cancel)")
#: A sentence about a shoot: a place "in" it after a name is where the show films.
_SHOOT_WORD_RE = re.compile(
    r"(?i)\b(?:film(?:s|ed|ing)?|shoot(?:s|ing)?|shot|production|photography|cameras|"
    r"wrap(?:s|ped)?|lensing)\b")
#: After a place a shoot is in: the clause ends or a time or a circumstance follows (a verb or
#: a season after it says the words are the show's: "Midnight in Chicago season 2 began").
_PLACE_END_RE = re.compile(
    r"\s{0,3}(?:[,.;:)]|$)|\s{1,3}(?:on|for|with|this|last|next|until|through|since|from|"
    r"and|after|before|during|in|at|to)\b")
_PLACE_TAIL_RE = re.compile(
    r"\s{1,3}in\s{1,3}(?:the\s{1,3})?([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)$")


def _without_shoot_place(text: str, span: Span) -> Span:
    """``span`` without a place it ends with after "in", in a sentence about a shoot ("wrapped
    on season 4 of Glass Harbor in Atlanta"): the place is where it films, not the title's.
    Only after a shoot's word and before the clause's end or a time: a verb or a season after
    the place, or a lone first name before it, keeps the whole ("Emily in Paris", "Midnight
    in Chicago season 2 began filming")."""
    tail = _PLACE_TAIL_RE.search(span.text)
    if not tail or tail.group(1).lower() not in vocabulary().places or \
            not _PLACE_END_RE.match(text, span.end) or \
            not _SHOOT_WORD_RE.search(text, max(0, span.start - 80), span.start):
        return span
    head = span.text[:tail.start()]
    if " " not in head and head.lower() in vocabulary().first_names:
        return span
    return Span(span.start, span.start + len(head), head)


def _without_absolute_with(text: str, span: Span) -> Span:
    """``span`` cut before a "with" that opens an absolute phrase ("on the third season of
    Glass Harbor with Salt Cove Pier in Portland set to play a part", "... with Jane Doe
    returning as the lead"): the words after "with" are that phrase's subject, not the
    title's host ("Late Hour with Jane Doe" has no such verb after it)."""
    head, joint, _ = span.text.partition(" with ")
    if not joint or not head or not _ABSOLUTE_AFTER_RE.match(text, span.end):
        return span
    return Span(span.start, span.start + len(head), head)


#: After a "with" phrase's noun: the verb of an absolute phrase ("set to", "returning").
_ABSOLUTE_AFTER_RE = re.compile(
    r"\s{1,3}(?:(?:set|slated|expected|poised|due|scheduled|about)\s{1,3}to|(?:playing|taking|"
    r"having|making|serving|returning|joining|leading|reprising|stepping|doubling|standing)\b)")


#: A company's name, then what it works on or for: "World Productions on Line of Duty".
_COMPANY_ON_RE = re.compile(r"^(\S+(?:\s\S+){0,3}?)\s(?:on|for|at)\s(?=[A-Z0-9\"“‘'])")


def _without_company_before(span: Span) -> Span:
    """``span`` without a studio or a network joined to it by "on", "for" or "at" ("Tin Roof
    Productions on Glass Harbor", "Hulu Studios for Glass Harbor"): no title is a company's
    name then a preposition, while a company names the show it produces that way."""
    lead = _COMPANY_ON_RE.match(span.text)
    if not lead:
        return span
    if not _company(lead.group(1).lower().split()):
        return span
    return Span(span.start + lead.end(), span.end, span.text[lead.end():])


#: A sentence's first word and "of" before a capitalised name: "Fans of Glass Harbor".
_HEAD_OF_RE = re.compile(r"([A-Z][a-z]+(?:\s[a-z]+)?)\sof\s(?=[A-Z0-9\"“‘'])")


def _without_cue_head(text: str, span: Span) -> Span:
    """``span`` without the words opening its sentence that say what follows is a show, which
    the sentence's capital joined to it ("Fans of Tales of the Copper Coast will ...", "Return
    of Glass Harbor confirmed"): the name after them, with the cue before it."""
    head = _HEAD_OF_RE.match(span.text)
    if not head or mid_sentence(text, span.start):
        return span
    low = head.group(0).lower()
    if not (_APPOSITIVE_BEFORE_LOW_RE.search(low) or _TRIGGER_BEFORE_LOW_RE.search(low)):
        return span
    return Span(span.start + head.end(), span.end, span.text[head.end():])


#: A name, then where it airs or who makes it: "X on Apple TV+", "X from Tin Roof Studios".
_COMPANY_JOINT_RE = re.compile(r"\s(?:on|for|at|from)\s")


def _company(words: Sequence[str]) -> bool:
    """``words`` (lower-case) name a network, a streamer or a company."""
    vocab = vocabulary()
    return " ".join(words) in vocab.networks or words[-1] in vocab.organisation_ends or any(
        w in vocab.organisation_words for w in words)


def _without_company_after(raw: str) -> str:
    """``raw`` without the network or company a preposition joined to it ("Murder in the
    Pines on Apple TV+", "X for Sky Atlantic", "X from Tin Roof Studios"): a network breaks a
    span only when it is one of the few ``_BREAK_WORDS`` ("on Netflix"); the others ran on
    into the name."""
    for joint in _COMPANY_JOINT_RE.finditer(raw):
        words = raw[joint.end():].split()
        if words and words[0].lower() == "the":
            words = words[1:]
        # one plain word is as often a title's ("Love on the Spectrum", "Race for Gold"): a
        # lone network must be written like one ("ITV", "Paramount+")
        if 1 <= len(words) <= 4 and _company([w.lower() for w in words]) and (
                len(words) > 1 or not words[0].isalpha() or words[0].isupper()):
            return raw[:joint.start()]
    return raw


#: A place a shoot is "on": "Filming began on Vancouver Island".
_ISLAND_RE = re.compile(r"\b(?:Islands?|Isles?|Coast|Peninsula|Beach)\b")
#: Openers of an aside about a show beyond a relative clause: what it continues ("the
#: spinoff of Y"), who made or stars in it ("created by", "starring"), what it is like.
_CREDIT_OPENERS = (
    r"(?:created|produced|written|directed|hosted|developed|led|fronted|executive[- ]produced)"
    r"\s{1,3}by\s|starring\s|from\s{1,3}(?:the\s{1,3})?(?:creators?|makers?|producers?|team|"
    r"showrunners?|writers?)\s|(?:like|unlike)\s")
#: "the spinoff of Y", "the Y sequel": an aside only when closed before the verb (in a list,
#: "..., the reboot of Y and Z" is an item).
_KIN_OPENERS = (
    r"the\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:spinoff|spin-off|sequel|prequel|follow-up|reboot|"
    r"remake|revival|adaptation|offshoot)\s{1,3}(?:of|to|from)\s|"
    r"the\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){1,4}?(?:spinoff|spin-off|sequel|prequel|reboot|remake|"
    r"revival|offshoot)(?=,)")
_ASIDE_OPENERS = _CREDIT_OPENERS + "|" + _KIN_OPENERS
#: A show named inside such an aside: "X, the spinoff of Y, has been renewed".
_KIN_ASIDE_RE = re.compile(r",[\"”’']?\s{1,3}(?:" + _KIN_OPENERS + r")[^,;]{0,120}$")
#: A relative clause or an aside between a subject and its verb: "X, which debuted in 2022,
#: has been renewed", "X, created by Maya Lind, has been renewed". Bounded: the clause holds
#: no comma and at most 80 characters.
_RELATIVE_ASIDE_AFTER_RE = re.compile(
    r"[\"”’']?,\s{0,3}(?:(?:which|who|that|whose)\s|" + _ASIDE_OPENERS +
    r")[^,;.()\"“”]{0,80},")


#: A network's launch verb right before its object, nothing between: "Netflix debuts X",
#: "Hulu will premiere X" (not "premiere in Q1", "debuted on Netflix").
_LAUNCH_BEFORE_RE = re.compile(
    r"(?i)\b(?:debut(?:s|ed|ing)?|premier(?:e|es|ed|ing)|launch(?:es|ed|ing)?)\s{1,3}[\"“‘']?$")
_LAUNCH_STEMS = ("debut", "premier", "launch")


def _launch_object(span: str) -> bool:
    """What a launch verb launches: a name, not its date ("premieres 6/13", "debuts June 13",
    "premieres Sunday")."""
    first = span.split()[0]
    return first[:1].isalpha() and not _MONTH_END_RE.match(first) and \
        first.lower() not in _CALENDAR
_PARENS_AFTER_RE = re.compile(r"\s{0,2}\(\s{0,2}(?:on\s{1,3})?([^()]{1,30}?)\s{0,2}\)")


def _network_in_parens(after: str) -> bool:
    """A network in parentheses right after a name ("Glass Harbor (Netflix) — June 14",
    "June 14: X (on Hulu)"): the way listings and calendars tag a show."""
    if not after.lstrip().startswith("("):
        return False
    match = _PARENS_AFTER_RE.match(after)
    if not match:
        return False
    networks = vocabulary().networks | shown_networks()
    return any(part.strip().lower() in networks or owner_by_shape(part.split())
               for part in re.split(r"[,/]", match.group(1)))


def _trigger_after_aside(text: str, end: int) -> bool:
    """A status verb right after a relative clause that follows the name: the name is the
    verb's subject as if the clause were not there."""
    if not text.startswith((",", "\"", "”", "’", "'"), end):
        return False  # the common case, checked without a regex
    aside = _RELATIVE_ASIDE_AFTER_RE.match(text, end)
    return bool(aside and _TRIGGER_AFTER_RE.match(text[aside.end():aside.end() + 60]))


def _trigger_past_seen_on(text: str, end: int) -> bool:
    """A status verb right after an aside telling where the show is seen, after the name
    ("X, seen on Kestrel, has been cancelled", "X, now streaming on Tovrel (channel 104),
    was renewed"): the name is the verb's subject as if the aside were not there (round 30,
    ``TITLE_ASIDE_PLAIN_AFTER_RE``; its relative clauses are ``_trigger_after_aside``'s)."""
    if not text.startswith(",", end) or (" on " not in text[end:end + 40]
                                         and " via " not in text[end:end + 40]):
        return False  # the common case, checked without a regex
    aside = TITLE_ASIDE_PLAIN_AFTER_RE.match(text, end)
    return bool(aside and _TRIGGER_AFTER_RE.match(text[aside.end():aside.end() + 60]))


#: An owner's possessive right before a quoted title ("Kestrel's \"Copper Vale\"", "Jane
#: Doe’s ‘Salt Road’"), the quote's words not an episode's or a song's of the owner's show.
_OWNER_OF_QUOTED_RE = re.compile(
    POSSESSIVE + r"\s{1,2}[\"“‘'][^\"“”‘’]{1,60}[\"”’'](?!s\b)(?!\s{0,2}(?:\(\s{0,2})?(?:"
    r"episode|episodes|finale|premiere|installment|instalment|chapter|special|song|segment|"
    r"storyline|arc|sketch|scene|character)\b)", re.IGNORECASE)


def _owner_of_quoted(text: str, span: Span) -> bool:
    """The span is an owner's name before the quoted title it owns (a network's, a studio's,
    a person's: "Among the shows renewed are Kestrel's \"Copper Vale\", Tovrel's \"Nightjar\"
    ..."): no show of its own there, nor an item of the list the titles make — the quotes say
    where the title starts (round 23)."""
    if span.text.endswith(("'s", "’s")):
        at = span.end - 2  # the run took the possessive in ("Kestrel's")
    elif span.text.endswith("s") and text.startswith(("'", "’"), span.end) or \
            text.startswith(("'s", "’s"), span.end):
        at = span.end
    else:
        return False
    return _OWNER_OF_QUOTED_RE.match(text, at) is not None


def _trigger_past_long_aside(text: str, end: int) -> bool:
    """A status verb right after a longer aside than ``_trigger_after_aside`` reads, closed
    in the sentence: a relative clause or an appositive up to ``LONG_ASIDE_CHARS``, commas
    and all, a parenthesis, paired dashes ("X, which stars Jane Doe as one of two sisters
    who run a mine, has been renewed", "X (the drama that ...) was cancelled") (round 23).
    Only the verbs that tell a show's own status (``showwords.STATUS_PAST_ASIDE_RE``): so far
    from the name, "returns", "hits", "gets a" are as often a person's or a company's. Not
    past a comma-opened appositive or a "whose" clause ("X, the ...,", "X, whose ...,"): a
    person or a company is told so as often, and on the unseen fold such a reading gave a
    name no label has the fact of a found show (round 23's census 2). The walk is
    ``showwords.status_past_aside``'s, shared with the evidence (round 24)."""
    return bool(status_past_aside(text, end, appositive=False))


#: A word the name is governed by, no subject ("a spinoff of X, the drama ..., was ordered",
#: "fans of X (...) will return"): the verb past the aside is not the name's.
_GOVERNED_BY_BEFORE_RE = re.compile(
    r"(?i)\b(?:of|in|at|on|from|with|for|by|to|about|than|like|into|over|after|before)\s{1,3}"
    r"(?:the\s{1,3})?[\"“‘']?$")


#: A number that ends a section heading's title ("Lucky 7", "Avenue 5"): an entry names its
#: season with the word ("Season 7"), so a bare number is the title's own.
_HEADING_NUMBER_RE = re.compile(r"(?<=[A-Za-z]) (\d{1,2})$")
#: A name (or a list) counted among the shows a decision took: "X is one of the shows Tovrel
#: renewed", "X and Y are among the dramas cancelled by Tovrel", "X was one of five series
#: that Tovrel picked up" — the decision is the name's (round 20).
_AMONG_DECIDED_AFTER_RE = re.compile(
    r"[\"”’']?\s{1,3}(?:is|are|was|were)\s{1,3}(?:(?:also|now)\s{1,3})?(?:among|(?:one|two|three|"
    r"four|five)\s{1,3}of)\s{1,3}(?:the|its|their|(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|\d{1,2})|the\s{1,3}(?:two|three|four|five|six|\d{1,2}))\s{1,3}(?:[\w-]{1,15}\s{1,3})?"
    rf"(?:{common_show_nouns(6, plural=True)}|titles|programmes|originals)\s{{1,3}}"
    r"(?:(?:that|which)\s{1,3})?(?:[A-Z][\w+&.'’-]*\s{1,3}){0,3}(?:(?:has|have|had)\s{1,3})?"
    r"(?:(?:recently|just|officially|already)\s{1,3})?(?:renewed|cancell?ed|canceled|axed|"
    r"scrapped|picked\s{1,3}up|ordered|dropped)\b")


def _counted_among(text: str, span: Span, counted: set[str]) -> bool:
    """The span is counted among the shows a decision took (``_AMONG_DECIDED_AFTER_RE``);
    its title is noted in ``counted`` (``title.keep.counted_among``)."""
    if " among " not in text and " of " not in text or \
            _AMONG_DECIDED_AFTER_RE.match(text, span.end) is None:
        return False
    title = clean_title(span.text, mid=mid_sentence(text, span.start))
    if title:
        counted.add(title)
    return True


#: The decision the count's sentence tells, before the colon (any kind's words: a renewal's
#: list is as good a cue as a cancellation's).
_COUNTED_DECISION_RE = re.compile(
    r"(?i)\b(?:cancel|canceled|ax(?:e|ed|es|ing)\b|scrap|drop|dump|ditch|plug|bit(?:ten)?\s"
    r"the\sdust|chopping|renew|pick(?:ed|s)?\sup|order|green|won['’]t\s(?:be\s)?(?:back|"
    r"return)|will\snot\s(?:be\s)?(?:back|return)|not\s(?:be\s)?(?:coming\sback|returning))")


def _counted_list_after(before: str, after: str, counted: set[str], span: Span,
                        pairs: dict[str, tuple[str, ...]]) -> bool:
    """The span opens the names a decision's count announced before a colon or a dash
    (``COUNTED_LIST_BEFORE_RE``); noted in ``counted`` (``title.keep.counted_list``). A count
    of two ("two dramas", "both") over "A and B" says they are two names (in ``pairs``),
    though one word and "and" could make one title ("Salt and Pepper")."""
    if ":" not in before[-4:] and "-" not in before[-4:] and "–" not in before[-4:] and \
            "—" not in before[-4:]:
        return False
    found = COUNTED_LIST_BEFORE_RE.search(before)
    if found is None or not COUNTED_ITEM_END_RE.match(after):
        return False
    sentence_start = max(before.rfind(". "), before.rfind("\n")) + 1
    if not _COUNTED_DECISION_RE.search(before[sentence_start:found.end()]):
        return False
    title = clean_title(span.text, mid=True)
    if title:
        parts = _split_joined([title])
        if len(parts) == 1 and title.count(" and ") == 1 and re.match(
                r"(?i)(?:two|2|both)\b", found.group(0)) and not after.lstrip("\"”’' ").startswith(
                (",", "and ")):
            parts = [p for p in (clean_title(p, mid=True) for p in title.split(" and ")) if p]
            pairs[title] = tuple(parts)
        counted.update((title, *parts))
    return True


#: How far back from a summary clause's later item its head may stand (the head, then items
#: of a clause each): the reading's window is bounded, so its cost per name is too.
_SUMMARY_REACH = 320


def summary_clause_head(text: str, start: int) -> re.Match[str] | None:
    """The head of the summary clause whose items run on up to ``start`` ("Three dramas bit
    the dust – A made it four seasons, B made it two and C"): a count of shows a decision took
    (``COUNTED_HEAD_RE`` and ``_COUNTED_DECISION_RE``) then a colon or a dash, in the same
    sentence, with no colon, semicolon or sentence end between it and ``start``."""
    low = max(0, start - _SUMMARY_REACH)
    heads = list(COUNTED_HEAD_RE.finditer(text, low, start))
    head = heads[-1] if heads else None
    if head is None or re.search(r"[.;:!?–—]\s", text[head.end():start]):
        return None
    sentence_start = max(text.rfind(". ", low, head.start()), text.rfind("\n", low, head.start()))
    if not _COUNTED_DECISION_RE.search(text, max(sentence_start, low), head.end()):
        return None
    return head


def _summary_clause_item(text: str, span: Span, counted: set[str]) -> bool:
    """The span opens a later clause of a summary clause whose items are clauses, each a name
    and its own run note ("Three dramas bit the dust – A made it four seasons, B made it two
    and C only got one"): a name of the count's list (``title.keep.counted_list``). The
    first item is ``_counted_list_after``'s; a clause telling its own fate ("A finished as
    planned") has no note and gives no cue."""
    if summary_item_note(text, span.start, span.end) is None:
        return False
    if summary_clause_head(text, span.start) is None:
        return False
    title = clean_title(span.text, mid=True)
    if title:
        counted.add(title)
    return True


#: A relative clause that gives the name a status: "X, which was cancelled after one season",
#: "X (which was renewed in April)", "X, which is also filming a third season", also past
#: a short lower-case appositive ("X, seen on Nova Plus (channel 104), which has been cancelled").
#: Used on the characters after a name only.
_RELATIVE_STATUS_AFTER_RE = re.compile(
    r"^[\"”’']?(?:,\s{1,3}[a-z][^,;.()\"“”]{0,40}(?:\([^()]{1,24}\))?)?"
    r"(?:,\s{1,3}|\s{1,3}\()(?:which|that|who)\s{1,3}(?:(?:has|have|had|was|were|is|"
    r"are|will|also|just|already|officially|now|been|be|recently|previously|since)\s{1,3}){0,4}"
    r"(?:renewed|cancell?ed|canceled|axed|scrapped|picked\s{1,3}up|shooting|filming|premiered|"
    r"premieres|returns|wrapped)\b"
    # a bare participle in parentheses: "X (renewed in February)", "X (cancelled after one
    # season)"
    r"|^[\"”’']?\s{0,2}\((?:(?:officially|just|already|recently|since|now|quietly)\s{1,3})?"
    r"(?:renewed|cancell?ed|canceled|axed|scrapped|picked\s{1,3}up)\b")


def _relative_status_after(text: str, end: int) -> bool:
    """``_RELATIVE_STATUS_AFTER_RE`` matches right after a name ending at ``end``. Each of its
    branches holds "(" or a relative pronoun ("which", "that", "who"): a window with none of
    them is refused before the pattern."""
    window = text[end:end + 140]
    if "(" not in window and "which" not in window and "that" not in window and \
            "who" not in window:
        return False
    return _RELATIVE_STATUS_AFTER_RE.match(window) is not None


#: Examples of another kind of thing: "childhood games like X", "cities such as X", "films
#: including X" (not "shows like X", "other renewals including X"). Used on the 60 characters
#: before a name only, lower-cased.
_OTHER_KIND_BEFORE_RE = re.compile(
    rf"\b(?!(?:{common_show_nouns(4, plural=True)}|dramedies|sitcoms|titles|hits|favou?rites|"
    r"programm?es|"
    r"programs|originals|thrillers|procedurals|seasons|others|ones|franchises|properties|"
    r"renewals|cancell?ations|pickups|pick-ups|orders|returns|premieres|casualties|victims|"
    r"newcomers|entries|projects|productions|spinoffs|spin-offs|reboots|revivals|remakes|"
    r"adaptations|docuseries|miniseries|serials|soaps|animes|cartoons|sequels|prequels|"
    r"offerings|debuts|freshmen|veterans|staples|favorites)\b)[a-z]{3,20}s\s{1,3}"
    r"(?:like|such\s{1,3}as|including)\s{1,3}$")
#: The decision verbs a show is the object of ("renewed |X", "cancels |X"), one list for the
#: readers before a span: ``_GOVERNS_BEFORE_RE`` takes them with the "-ing" forms and "axe"
#: (``_DECISION_VERB_ING``); ``_ACTIVE_DECISION_BEFORE_RE`` takes them alone, since it tells
#: the active voice by the auxiliary before the verb, and "is renewing" is active.
_DECISION_VERB = (r"renew(?:ed|s)?|cancell?(?:ed|s)?|canceled|ax(?:ed|es)|revived|revives|"
                  r"scrapped")
_DECISION_VERB_ING = r"renewing|cancell?ing|axe|axing"
#: A status verb right before or right after a name, with nothing between: "renew Chuck",
#: "Chuck was cancelled". Used on the 20 characters before or the 30 after a span only.
_GOVERNS_BEFORE_RE = re.compile(
    rf"(?i)\b(?:{_DECISION_VERB}|{_DECISION_VERB_ING})\s{{1,3}}$")
_GOVERNED_AFTER_RE = re.compile(
    r"(?i)^\s{1,3}(?:(?:has|have|was|is|were|got|gets|been)\s{1,3}){0,2}(?:renewed|"
    r"cancell?ed|canceled|axed)\b")
#: (round 35, r35shoots) A production verb whose subject is the name, told of the name's own
#: season: "Havana has started filming its second season", "Havana Wraps Production on Its
#: Third Season" — a city does not shoot its season, so the name is governed as a status
#: verb's subject is ("title.keep.governed_place"); not "filming in Havana", "the cast arrived
#: in Havana to start filming" (the name is no subject there).
_PRODUCTION_OWN_SEASON_AFTER_RE = re.compile(
    r"(?i)^\s{1,3}(?:(?:has|have|had|is|was|officially|finally|just|now)\s{1,3}){0,2}"
    r"(?:start(?:s|ed)?|beg(?:an|un|ins)|kick(?:s|ed)\s{1,3}off|wrap(?:s|ped)(?:\s{1,3}up)?|"
    r"finish(?:es|ed)|complet(?:es|ed)|resum(?:es|ed)|commenc(?:es|ed))\s{1,3}"
    r"(?:filming|shooting|production|principal\s{1,3}photography)\s{1,3}(?:on\s{1,3}|of\s{1,3})?"
    r"(?:its|their)\s{1,3}(?:" + ordinal_alternation() + r"|\d{1,2}(?:st|nd|rd|th)|next|new|"
    r"final|latest)\s{1,3}(?:season|series)\b")
#: "starring X", "hosted by X", "plays X", "via X": the name is a person, character or outlet
#: (the cue words are data: ``data/title_vetoes.json``).
_PERSON_BEFORE_RE = cue_patterns().person_before
_PEOPLE_LIST_BEFORE_RE = cue_patterns().people_list_before
_APPOSITIVE_BEFORE_RE = re.compile(
    rf"(?i)\b(?:{kind_alt(APPOSED_KINDS)}|"
    r"fans\s+of(?:\s+the)?)(?:\s+of\s+(?:theirs|its\s+own|their\s+own|his|hers|ours))?"
    r"(?:\s+[\"“‘']?|\s+\(|,\s+)$"
)
#: "Glass Garden, the streamer's thriller about ...": a title followed by what kind of show.
#: Round 38 (r38passing): an owner's name opening an appositive that calls the name before
#: it the owner's show ("Glass Harbor, Kestrel's big Thursday drama, ..."): the owner, no
#: item of a list the two names would make (``_before_owned_appositive``).
_OWNED_APPOSITIVE_AFTER_RE = re.compile(
    rf"{POSSESSIVE}\s+(?:[\w+'’-]+\s+){{0,4}}?(?:{SHOW_NOUN_ALT})\b")


def _before_owned_appositive(text: str, spans: Sequence[Span], group: list[int]) -> list[int]:
    """The list ``group`` up to the first item after its first that opens an owned appositive
    right after a comma ("Glass Harbor, Kestrel's new comedy, has been cancelled": Kestrel
    owns the comedy Glass Harbor is; round 38, ``title.keep.owned_appositive``)."""
    for n, j in enumerate(group[1:], 1):
        if text[spans[group[n - 1]].end:spans[j].start].strip() == "," and \
                _OWNED_APPOSITIVE_AFTER_RE.match(text, spans[j].end):
            return group[:n]
    return group


_APPOSITIVE_AFTER_RE = re.compile(
    rf"^,\s+(?:the|a|an)\s+(?:[\w+'’-]+\s+){{0,4}}?(?:{SHOW_NOUN_ALT}|hit|take)\b"
)
#: The same appositive led by its owner (round 38, ``title.keep.owned_appositive``): "X,
#: Kestrel's new comedy, ...", "X, Ann Lee's latest drama, ...", "X, its first Irish drama".
_OWNED_APPOSITIVE_RE = re.compile(
    rf"^,\s+(?:its|their|{owner_possessive()})\s+(?:[\w+'’-]+\s+){{0,4}}?"
    rf"(?:{SHOW_NOUN_ALT})\b(?!\s+(?:chief|boss|head|star|creator|showrunner|writer|producer|"
    r"executive|exec|commissioner|controller|director|editor|critic|fan|lead|actor|actress|"
    r"veteran|alum|alumna|alumnus|team|unit|department|division|slate|lineup|line-up)\b)"
)
#: "the Jane Doe comedy": a name used as a modifier of a genre noun, not a title.
_MODIFIER_AFTER_RE = re.compile(rf"^['’]?s?\s+(?:{kind_alt(PERSON_LED_KINDS)}|vehicle)\b")
#: Look-ahead "(?=[a-z])": every match starts with a letter, and re skips other positions faster.
_PERSON_BEFORE_LOW_RE = lower_case_regex("(?=[a-z])" + _PERSON_BEFORE_RE.pattern)
_TRIGGER_BEFORE_LOW_RE = lower_case_regex("(?=[a-z])" + _TRIGGER_BEFORE_RE.pattern)
_APPOSITIVE_BEFORE_LOW_RE = lower_case_regex("(?=[a-z])" + _APPOSITIVE_BEFORE_RE.pattern)
_NOT_A_TITLE_AFTER_RE = re.compile(
    r"^(?:,?\s+(?:who|says|said)\b|['’]s?\s+[\"“‘]|\s+(?:franchise|universe|"
    rf"saga|films?|movies?|cinematic|productions?|{kind_alt(MAKER_OF_KINDS)})\b"
    # "the Marvel series", but the British "X series 3" is X's third season
    r"|\s+series\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b))")
#: A span's words after it are a kind of show and that show's name ("[the Canadian] comedy
#: Quillmarsh", "[Tovrel] drama “Salt Road”", "[Jane Doe] police procedural Quillmarsh"): the
#: span is the kind's modifier (a demonym, a person, a network, a style), not a title.
_NAMED_KIND_AFTER_RE = re.compile(
    rf"^\s(?:[a-z][a-z-]+\s)?(?:{SHOW_NOUN_ALT})\s[\"“‘*]?(?!Season\b|Series\b)[A-Z]")
_SEASON_WORD_AFTER_RE = re.compile(r"(?i)^\s+season\b")
#: A year as a sentence writes one beside a name (1900-2099: "Christmas 2025", "the 1923
#: special", "Glass Harbor (2030)"), in every title reading of this module (``_is_year``).
#: Wider than ``dates._YEAR`` (1950-2049), the years ``find_dates`` dates an event in: a
#: number next to a title is a year or the title's own, whatever an event's date could be.
_YEAR_DIGITS = r"(?:19|20)\d\d"
_YEAR_DIGITS_RE = re.compile(_YEAR_DIGITS)
#: A year after "season": the calendar's season ("the Winter Season 2025 line-up").
_YEAR_SEASON_AFTER_RE = re.compile(rf"(?i)^\s+season\s+{_YEAR_DIGITS}")


def _kind_before_re(more: Sequence[str] = ()) -> re.Pattern[str]:
    """A kind of show (``showwords.SHOW_NOUNS``, and the words ``more``) ending the text
    searched, a space or three after it: run on lower-cased text (IGNORECASE is slower). The
    one source of ``_KIND_BEFORE_NAME_RE`` and ``NETWORK_HEAD_KIND_BEFORE_RE`` (r33tidy; a
    text read here holds no newline, so ``\\Z`` reads as the ``$`` the first had)."""
    return re.compile(rf"\b(?:{'|'.join([SHOW_NOUN_ALT, *more])})\s{{1,3}}\Z")


#: A kind of show right before a name: the name is the show ("the comedy series April").
#: The kinds are ``showwords.SHOW_NOUNS`` (one list of show nouns, so a noun added there is
#: read here too). Run on the lower-cased text (``_kind_before_name``): IGNORECASE is slower.
_KIND_BEFORE_NAME_RE = _kind_before_re()


def _kind_before_name(before: str) -> bool:
    """The last 20 characters of ``before`` end on a kind of show (``_KIND_BEFORE_NAME_RE``)."""
    return _KIND_BEFORE_NAME_RE.search(before[-20:].lower()) is not None
#: "renewed April for a third season", a headline's "April Renewed For Season 3".
_FOR_AFTER_RE = re.compile(r"(?i)^\s{1,3}(?:for|into|after)\s")
_OPENS_RE = re.compile(r"^[\s\"“‘'(]*$")
#: After such a name, what follows a show's name: punctuation, a verb or a preposition ("...
#: drama October for a ninth season", "series Winter is returning"); not a noun it would
#: qualify ("a drama Christmas viewers loved") nor a number ("the series June 5").
_AFTER_TIME_TITLE_RE = re.compile(
    r"^(?:[,.;:!?)\"”’']|\s{1,3}(?:is|was|has|had|will|would|for|into|after|returns?|"
    r"premieres?|starring|stars|follows|from|on|and|renewed|cancell?ed|canceled)\b|$)")


#: After a name a kind of show heads, a relative clause telling the show's life ("the quiz
#: show August that debuted in 2019", "the drama Winter, which premiered ..."): the name is
#: the show's (round 32, ``title.keep.time_word``).
_RELATIVE_VERB_AFTER_RE = re.compile(
    r"^,?\s{1,3}(?:that|which)\s{1,3}(?:(?:has|had|was|is|first)\s{1,3})?(?:debuted|premiered|"
    r"aired|ran|launched|returned|returns|follows|followed|stars|starred|starring|centers|"
    r"centred|centered|been\s{1,3}(?:renewed|cancell?ed|canceled))\b")
#: A person's "-led" (or "-fronted", "-hosted") right before a name: "the Ada Reyes-led
#: |October": a person leads a show, not a month (round 32, ``title.keep.time_word``).
_LED_BEFORE_RE = re.compile(r"[A-Za-z]-(?:led|fronted|hosted|helmed)\s{1,3}$")
#: A show's end right after a name opening its clause: "|October won't return", "|June will
#: not be back" (a month as the date is "In October ..."; round 32, ``title.keep.time_word``).
_WONT_RETURN_AFTER_RE = re.compile(
    r"(?i)^\s{1,3}(?:won['’]t|will\s{1,3}not)\s{1,3}(?:return|be\s{1,3}(?:back|returning|"
    r"renewed)|come\s{1,3}back)\b")
#: "that" right before a span: a reported clause opens ("Kestrel confirmed that |October ...").
_THAT_BEFORE_RE = re.compile(r"\bthat\s{1,3}$")
#: After a network's possessive and a month ("Kestrel's June"), the show's status the clause
#: goes on to: "will return for", "is set to return", "has been renewed", "returns for" (a
#: schedule's month is "Kestrel's June lineup", "Kestrel's June is busy").
_NETWORK_OWNED_STATUS_RE = re.compile(
    r"(?i)^\s{1,3}(?:(?:is|are|will|has|have|had|was)\s{1,3}(?:(?:been|be|to|set\s{1,3}to|"
    r"officially|also)\s{1,3}){0,2})?(?:return|returns|returning|renewed|cancell?ed|canceled|"
    r"axed|back\s{1,3}for|coming\s{1,3}back)\b")


def _names_a_show_as_time(before: str, after: str, start: int) -> bool:
    """A month, a season of the year or a holiday alone written as a show: after a kind of
    show ("its legal drama October", "comedy series April,", "the quiz show August that
    debuted in 2019"), after a network's possessive before the show's status ("Kestrel's
    June will return for a second series"), after a person's "-led" ("the Ada Reyes-led
    October after one season"), opening its clause before "won't return" ("October won't
    return for a third season"; round 32), as a decision's object before
    "for" ("renewed Spring for an eleventh season"), or opening its text as a decision's
    passive subject ("Spring renewed for 11th and final season"); not before a number ("the
    series June 5") nor the sentence's time ("renewed in June for")."""
    if _kind_before_name(before) and _RELATIVE_VERB_AFTER_RE.match(after):
        return True  # "axed the quiz show August that debuted in 2019" (round 32)
    if _LED_BEFORE_RE.search(before[-24:]) and _AFTER_TIME_TITLE_RE.match(after):
        return True  # "cancelled the Ada Reyes-led October after one season" (round 32)
    if (start == 0 or _CLAUSE_OPENS_BEFORE_RE.search(before[-4:])
            or _THAT_BEFORE_RE.search(before[-8:])) and _WONT_RETURN_AFTER_RE.match(after):
        return True  # "October won't return, Kestrel said" (round 32)
    if not _AFTER_TIME_TITLE_RE.match(after):
        return False
    if _kind_before_name(before):
        return True
    if possessive_owner(before) == "network" and _NETWORK_OWNED_STATUS_RE.match(after):
        return True  # "Kestrel's June will return for a second series" (round 32)
    if _GOVERNS_BEFORE_RE.search(before[-20:]):
        return bool(_FOR_AFTER_RE.match(after))
    passive = _GOVERNED_AFTER_RE.match(after[:30])
    return (start == 0 or _OPENS_RE.match(before) is not None) and passive is not None and \
        _FOR_AFTER_RE.match(after[passive.end():]) is not None


#: Before a weekday a decision takes as its object: the verb in the active voice ("Kestrel
#: renewed |Wednesday"), not a passive one whose subject is the show ("Salt Road was renewed
#: |Monday for a third season": the day it was). Used on the 30 characters before a span.
_ACTIVE_DECISION_BEFORE_RE = re.compile(
    r"(?i)(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)(?<!\bis)(?<!\bare)(?<!\bget)(?<!\bgot)"
    rf"(?<!\bgets)\s{{1,3}}(?:{_DECISION_VERB})\s{{1,3}}$")
#: After such a weekday as a decision's object: the season it is renewed for or cancelled after
#: ("for a third season", "after two seasons"), never a bare "for" or "after" (a day's: "renewed
#: Monday for its ratings").
_WEEKDAY_OBJECT_SEASON_RE = re.compile(
    rf"(?i)^\s{{1,3}}(?:(?:for|into)\s{{1,3}}(?:a|an|its|another)\s{{1,3}}(?:{'|'.join(ORDINALS)}|"
    r"\d{1,2}(?:st|nd|rd|th)|new|final|fresh)\s{1,3}(?:and\s{1,3}final\s{1,3})?(?:season|series)|"
    r"after\s{1,3}(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s{1,3}"
    r"(?:seasons?|series))\b")
#: After a weekday a kind of show names ("the drama Wednesday has been renewed", "its comedy
#: Friday, which ..."): the clause goes on as from a subject, or an apposition opens; not
#: "for", "on", a bare comma or the end ("renewed the series Monday for a third season",
#: "renewed the drama Monday, ...": the day it was).
_AFTER_KIND_WEEKDAY_RE = re.compile(
    r"^(?:" + POSSESSIVE + r"\s|\s{1,3}(?:is|was|has|had|will|would|returns|premieres|"
    r"premiered|stars|follows|wraps|wrapped|debuts|debuted|ends|ended)\b|"
    r",\s{1,3}(?:which|who|a|an)\s|\))")
#: Before a weekday a season of names: "season 2 of |Wednesday", "the second season of
#: |Wednesday", "a third series of |Friday". Used on the 40 characters before a span.
_SEASON_OF_BEFORE_RE = re.compile(
    rf"(?i)\b(?:(?:seasons?|series)\s{{1,3}}(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|"
    rf"nine|ten)|"
    rf"(?:{'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th)|new|final|latest|upcoming)\s{{1,3}}"
    r"(?:season|series))\s{1,3}of\s{1,3}$")
#: After a weekday, its own numbered season: "Wednesday's second season", "Wednesday's 3rd
#: series" (a day's is "Monday's episode", "Saturday's season finale", "Sunday's new season
#: of Salt Road", "Friday's second season of Salt Road").
_WEEKDAY_OWN_SEASON_AFTER_RE = re.compile(
    rf"(?i)^{POSSESSIVE}\s{{1,3}}(?:{'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s{{1,3}}"
    r"(?:season|series)\b(?!\s{1,3}(?:of|premiere|finale)\b)")


def _names_a_show_as_weekday(before: str, after: str, start: int) -> bool:
    """A day of the week alone written as a show (``title.keep.weekday_word``, round 32): an
    active decision's object with the season it is decided for ("Kestrel renewed Wednesday
    for a third season", "cancelled Monday after two seasons"), a season's owner ("season 2
    of Wednesday", "Wednesday's second season"), a passive decision's or a return's subject
    opening its clause before its season ("Wednesday was renewed for a third season",
    "Tuesday is coming back for a fifth season"), or a kind of show's
    name before a subject's verb ("the drama Wednesday has been renewed"). Prose writes a
    bare weekday as an adverb, so each needs more than ``_names_a_show_as_time`` asks of a
    month: never after a passive verb ("Salt Road was renewed Monday for a third season") nor
    a time's word ("on Wednesday", "season 2 of ... on Wednesday")."""
    if _TIME_BEFORE_RE.search(before[-20:]) or _ON_BEFORE_RE.search(before[-6:]):
        return False
    if _ACTIVE_DECISION_BEFORE_RE.search(before[-30:]) and _WEEKDAY_OBJECT_SEASON_RE.match(
            after):
        return True
    if _SEASON_OF_BEFORE_RE.search(before[-40:]) or _WEEKDAY_OWN_SEASON_AFTER_RE.match(after):
        return True
    passive = _GOVERNED_AFTER_RE.match(after[:30]) or _SUBJECT_RETURNS_AFTER_RE.match(
        after[:40])
    if passive is not None and (start == 0 or _CLAUSE_OPENS_BEFORE_RE.search(before[-4:])) and \
            _WEEKDAY_OBJECT_SEASON_RE.match(after[passive.end():]):
        return True
    return _kind_before_name(before) and _AFTER_KIND_WEEKDAY_RE.match(after) is not None


#: "on" right before a weekday: the sentence's day ("returns on Wednesday").
_ON_BEFORE_RE = re.compile(r"(?i)\bon\s{1,3}$")
#: A clause's start right before a span: the text's start, a sentence's stop, a colon or a
#: comma ("In other news, Tuesday is coming back for a fifth season").
_CLAUSE_OPENS_BEFORE_RE = re.compile(r"(?:^|[.!?:;,]\s{1,3})[\"“‘']?$")
#: A subject's return right after a weekday opening its clause, before the season it returns
#: for ("Tuesday is coming back for a fifth season", "Friday returns for a third season").
_SUBJECT_RETURNS_AFTER_RE = re.compile(
    r"(?i)^\s{1,3}(?:(?:is|are)\s{1,3}(?:coming\s{1,3}back|returning)|returns|comes\s{1,3}back|"
    r"will\s{1,3}(?:return|be\s{1,3}back|come\s{1,3}back)|is\s{1,3}(?:set\s{1,3})?to\s{1,3}"
    r"return)\b")


def _the_time_word(span: str) -> bool:
    """A capitalised "The" and a month, a season of the year, a holiday or a weekday, nothing
    else ("The Spring", "The December"): a name, where the text governs it as a show as it
    governs the word alone (``title.keep.the_time_word``, round 39); prose writes "the spring",
    and "The April 5 episode" has more words."""
    words = span.split()
    return len(words) == 2 and words[0] == "The" and words[1][:1].isupper() and (
        words[1].lower() in TIME_TITLE_WORDS or words[1].lower() in _CALENDAR)


def _decided_with_season(before: str, after: str) -> bool:
    """A decision governs the span with the season it decides, nothing between: its object
    ("renewed |Mabel March| for a third season", "cancelled |X| after two seasons") or its
    passive subject ("|Mabel March| has been renewed for a third season"); used for
    ``title.keep.governed_month_edge`` (round 32)."""
    if _GOVERNS_BEFORE_RE.search(before[-20:]):
        return _WEEKDAY_OBJECT_SEASON_RE.match(after) is not None
    passive = _GOVERNED_AFTER_RE.match(after[:30])
    return passive is not None and \
        _WEEKDAY_OBJECT_SEASON_RE.match(after[passive.end():]) is not None


# A day of the week and a time of day in the plural, a whole span ("Monday Mornings", "Friday
# Nights"): a habit's time in prose ("airs Sunday Nights"), a show's title where a decision
# governs it as ``_names_a_show_as_weekday`` reads a weekday alone (round 32,
# ``title.keep.weekday_times``). The singular ("Friday Night") is left: the day it was.
def _weekday_times(raw: str) -> bool:
    """``raw`` is a capitalised weekday and a capitalised plural time of day, nothing else
    ("Monday Mornings"; ``titles.WEEKDAY_TIMES_RE`` on the lower-cased words)."""
    words = raw.split()
    return len(words) == 2 and words[0][:1].isupper() and words[1][:1].isupper() and \
        WEEKDAY_TIMES_RE.fullmatch(f"{words[0].lower()} {words[1].lower()}") is not None


def _own_season_after(span: str, after: str, before: str) -> bool:
    """"season" right after the span, its own ("Glass Harbor season 2"); after a time of the
    calendar ("January", "Winter") not a year's ("Winter Season 2025") nor the sentence's
    time ("premieres in October season 3 ...")."""
    return bool(_SEASON_WORD_AFTER_RE.match(after)) and not (
        span.strip().lower() in TIME_TITLE_WORDS and (
            _YEAR_SEASON_AFTER_RE.match(after) or _TIME_BEFORE_RE.search(before[-20:])))
#: "X for season 3", "X into a second season": season evidence that names no place's season.
_LOOSE_SEASON_RE = re.compile(r"^\s+(?:for|into)\s")
#: Used on the 80 characters before a span only.
_LOCATIVE_BEFORE_RE = re.compile(
    r"\b(?:in|at|across|around|near|outside|throughout|to)\s{1,3}(?:the\s{1,3})?$")
_BOTH_AFTER_RE = re.compile(
    r"^\s+(?:will\s+|are\s+|were\s+|have\s+)?(?:both|each)\b"
    # a plural verb after "A and B": two shows ("A and B were cancelled")
    # (an aside may come first: "A and B, also seen on M-Net, were cancelled")
    r"|^(?:,\s[^,.;]{1,40})?,?\s+(?:are|were|have)\s+(?:all\s+|also\s+|now\s+)?(?:been\s+)?"
    r"(?:renewed|cancell?ed|canceled|axed|picked|ordered|returning|coming|ending|scrapped)\b"
    # a plural object of a decision: "A and B received full-season orders", "got pickups"
    r"|^\s+(?:have\s+|had\s+|both\s+)?(?:received|got|earned|landed|secured|scored)\s+"
    r"(?:the\s+go-ahead\s+for\s+)?(?:[\w-]{1,20}\s+){0,2}(?:orders|renewals|pick-?ups|seasons)\b")
#: A singular verb after "A B and C D": one show's name ("Broken Bells and Paper Hearts has
#: been cancelled"); an aside may come first. (A possessive's season is no such sign: "A, B and
#: C's 21st season" is the last item's.)
_ONE_SHOW_AFTER_RE = re.compile(
    r"^(?:,\s[^,.;]{1,40},|\s\([^()]{1,30}\))?\s+(?:has|is|was|isn['’]t|wasn['’]t|hasn['’]t|"
    r"does|doesn['’]t)\b")
#: A comma and the next capitalised item after a span: a list goes on.
_LIST_GOES_ON_RE = re.compile(r",\s{1,3}[\"“‘']?[A-Z0-9]")
#: A season of one show right before "A B and C D" ("the second season of", "season 3 of").
_ONE_SHOW_BEFORE_RE = re.compile(
    r"(?i)\b(?:(?:season|series)\s+(?:\d{1,2}|[a-z]+)|(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:season|series))\s+of\s+(?:the\s+)?$")
_AND_SPLIT_RE = re.compile(r"(?<!\s)\s+(?:and|&)\s+(?=[A-Z])")
#: The list's joint already between the last two items (", and animated series Tin & Brass"):
#: the last span's own "&" or "and" is then its title's, not a second joint (round 22).
_JOINT_IN_GAP_RE = re.compile(r"\band\b|&|\bplus\b|\bas\s+well\s+as\b")
#: The word "and" joining the last two items of a list.
_WORD_AND_RE = re.compile(r"(?<!\s)\s+[Aa]nd\s+(?=[A-Z])")


def _last_items(raw: str, split_re: re.Pattern[str]) -> list[str]:
    """The items in the last span of a comma list: "A and B". When the list joins them with
    the word "and", an "&" is an item's own ("..., Salt & Cinder and Red Kettle"); when two
    "and" stand there, one joins the list and the other is an item's own ("..., Ashes and
    Embers and Red Kettle": ``_and_title_split``)."""
    if "&" in raw and _WORD_AND_RE.search(raw):
        return _WORD_AND_RE.split(raw)
    if raw.count(" and ") == 2:
        pair = _and_title_split(raw)
        if pair:
            return pair
    return split_re.split(raw)


def _and_title_split(raw: str) -> list[str] | None:
    """The last two items of a list whose joint and one title both say "and": a list holds
    one joint there, so one "and" is a title's ("Ashes and Embers and Red Kettle"). The title
    is the side that reads as one name with "and" (a single word before it, no "The" and
    fewer than three words after it, as ``_split_joined`` keeps whole), the shorter one when
    both do; None when neither does."""
    joints = list(_WORD_AND_RE.finditer(raw))
    if len(joints) != 2:
        return None
    best: tuple[int, list[str]] | None = None
    for k, joint in enumerate(joints):
        items = [raw[:joint.start()], raw[joint.end():]]
        titled = items[1 - k]  # the item that keeps the other "and"
        if _one_name_with_and(titled) and (best is None or len(titled.split()) < best[0]):
            best = (len(titled.split()), items)
    return best[1] if best else None


def _one_name_with_and(title: str) -> bool:
    """"X and Y" reads as one name: a single word before "and" and a short name after it
    that opens with no article ("Salt and Pepper", "Love and Other Storms"), as
    ``_split_joined`` keeps it. ("and" joining a preposition's two words, "The Lords of Salt
    and Stone", was tried as one name too: "Netflix is committed to A of B and C and D" on an
    open article is two shows, "A of B" and "C and D".)"""
    head, _, tail = title.partition(" and ")
    return bool(tail) and len(head.split()) == 1 and not tail.startswith(
        ("The ", "A ", "An ")) and len(tail.split()) < 3


#: The same in a title-cased headline ("Renews A, B And C").
_TITLE_CASE_AND_SPLIT_RE = re.compile(r"(?<!\s)\s+(?:[Aa]nd|&)\s+(?=[A-Z])")
#: A tag in parentheses closing a "Title: status" line's head: its network, year or season.
_STATUS_LINE_RE = re.compile(
    # (a bullet before the title is no part of it: "- Salt Road: the drama was renewed")
    r"^\s*(?:[•*·▪◦►♦■–—-]\s{1,3})?(?P<t>[^:]{2,60}?):\s*(?:officially\s+)?(?:renewed|"
    r"cancell?ed|canceled|tba|tbd|"
    # "Title: The drama returns", but "Harbor Lights: The Next Tide has been renewed" is a
    # sentence opening with a subtitled title
    r"ended|ending|premieres?|returns?|extended|effectively|likely|the\b(?!\s+(?-i:[A-Z])))",
    re.IGNORECASE,
)
#: An item's home after it, as a round-up writes it: "A on Netflix, B on NBC and C on Hulu" (a
#: capitalised name after "on", one or two words: "on Apple TV+", "on Prime Video").
_ON_NETWORK = r"\s{1,2}on\s{1,2}[A-Z][\w+&.!-]{0,20}(?:\s[A-Z0-9+][\w+&.!-]{0,20})?"
#: What may sit between two titles of one list ("A, B and C", "A (for Season 4) and B").
LIST_GAP_RE = re.compile(
    # an item's decorations, in either order: where it is seen, a note in parentheses
    r"^[\"”’']?(?:\s+(?:seen|airing|streaming|shown|available)\s+on\s+[\w+&.!-]{1,20}"
    r"(?:\s+[\w+&.!-]{1,20})?|" + _ON_NETWORK + r")?(?:\s*\([^)]{0,60}\))?[\"”’']?"
    # a decoration between dashes: "A – the network's top drama – and B"
    r"(?:\s{1,2}[–—]\s{1,2}[^–—()\"“”]{1,60}?\s{1,2}[–—])?"
    r"(?:\s+(?:back\s+)?(?:for|after|into)\s+(?:a\s+|its\s+|the\s+)?(?:\w+\s+){0,2}seasons?"
    r"(?:\s+\d+)?|['’]?s?\s+(?i:season|series)\s+\w+|\s+S\d{1,2})?"
    r"(?:\s*,\s*(?:[Aa]nd\s+|as well as\s+|plus\s+|&\s*)?|\s+[Aa]nd\s+|\s*&\s*|"
    r"\s+as well as\s+|\s+along with\s+|\s+or\s+|\s+plus\s+)"
    r"(?:the\s+[A-Z]\w+\s+[A-Z][\w-]+\s+)?"
    r"(?:(?:(?!%s)[a-z][\w’'-]*|\d+\w*|[A-Z][\w]*['’]s|[A-Z]{2,5}|%s)\s+){0,4}"
    # the next item's owner of two or three words ("A, Tom Reyes's \"B\"", round 23)
    r"(?:%s\s+)?[\"“‘']?$"
    % (r"(?:renew|cancel|axe|axing|order|pick|premier|debut|wrap|return|end|scrap|green|"
       r"but\b|while\b|though\b|although\b|whereas\b|yet\b|so\b|which\b|who\b|"
       # a participle opening a clause of its own after the list ("A, B and C, leaving
       # just D ...", round 32)
       r"leaving\b|meaning\b|making\b|marking\b|giving\b|bringing\b|sending\b)",
       NETWORK_ITEM_HEAD, owner_possessive(lead=(1, 2), space=r"\s+", last=r"\w*"))
    # a status verb after "and" starts a second clause ("renewed A and cancelled B"), no list
)
#: Stricter than LIST_GAP_RE: used to find titles, so "Therefore, if X" is no list.
_DISCOVERY_LIST_RE = re.compile(
    r"^[\"”’']?(?:" + _ON_NETWORK + r")?(?:\s*\([^)]{0,60}\))?[\"”’']?"
    r"(?:\s{1,2}[–—]\s{1,2}[^–—()\"“”]{1,60}?\s{1,2}[–—])?"
    r"(?:\s*,\s*(?:and\s+|as well as\s+|plus\s+)?|"
    r"\s+and\s+|\s*&\s*|\s+as well as\s+|\s+along with\s+)"
    r"(?:(?:[A-Z]{2,5}|[A-Z]\w*['’]s|" + NETWORK_ITEM_HEAD + r")\s+(?:[a-z]+\s+)?|"
    r"(?:a|an|the)\s+\w+\s+seasons?\s+of\s+)?"
    r"[\"“‘']?$"
)
#: A headline's status verb right before its object ("Fox Renews |Glass Harbor") or right
#: after its subject ("Glass Harbor| Renewed For Season 2"); case-blind, headlines are
#: title-cased. Used on 30 characters before / at a span's end only.
_HEADLINE_VERB_BEFORE_RE = re.compile(
    r"(?i)\b(?:renews|renewed|cancels|cancelled|canceled|axes|axed|scraps|scrapped|revives|"
    r"recommissions|picks\s+up|orders|green-?lights|brings?\s{1,3}back|re-?ups|"
    # round 38 (r38leftovers): a rescue ("Kestrel Rescues |X", "Tovrel Saves |X")
    r"rescues|saves|"
    # round 19 (s19left): a renewal declined, a run extended ("Tovrel Opts Not To Renew |X",
    # "Decides Against Renewing |X", "Extends The Run Of |X")
    r"(?:not\s{1,3}to|against|declines?\s{1,3}to|declined\s{1,3}to)\s{1,3}(?:renew(?:ing)?|"
    r"re-?commission(?:ing)?)|extend(?:s|ed)?\s{1,3}the\s{1,3}run\s{1,3}of)\s{1,3}[\"“‘']?$")
#: A network's verb that ends a show, before it ("Netflix Drops |X After Two Seasons"), and
#: the run the show has had after it: together, the verb's object is the show (either alone
#: is another sense: "Drops Trailer", "X Comes to an End After Two Seasons").
_HEADLINE_END_BEFORE_RE = re.compile(r"(?i)\b(?:drops|ends|kills)\s{1,3}[\"“‘']?$")
_HEADLINE_RUN_AFTER_RE = re.compile(
    r"(?i)[\"”’']?\s{1,3}after\s{1,3}(?:\w+\s{1,3})?seasons?\b")
#: A headline's phrase whose object is the show, though a title-case run may join it to its
#: own words ("Netflix Pulls the Plug on |X", "Orders a Second Season of |X", "Season 2 of |X
#: Ordered"): the title is the first span after it.
_HEADLINE_OBJECT_PHRASE_RE = re.compile(
    r"(?i)\b(?:pull(?:s|ed)?\s{1,3}(?:the\s{1,3})?plug\s{1,3}on|(?:season|series)\s{1,3}"
    r"(?:\d{1,2}\s{1,3}|\w{3,8}\s{1,3})?of|brings?\s{1,3}back|(?:cameras|filming|production|"
    r"shooting)\s{1,3}(?:rolls?|begins?|starts?|wraps?|underway)\s{1,3}on)\s{1,3}")
#: A headline span ending in one of these is the verb phrase's, not a title ("What's Getting
#: Renewed", "Netflix Has Cancelled").
_HEADLINE_VERB_WORDS = frozenset(
    "has have had been be being is are was were will would already officially finally just now "
    "that which who getting get gets got what's who's "
    # a denied future ("X Won't Get Season 3", round 16): the verb phrase's, no title's
    "won't won’t wont".split())
_HEADLINE_VERB_AFTER_RE = re.compile(
    # (a year in parentheses after the title first: "Glass Harbor (2030) Cancelled")
    rf"(?i)[\"”’']?(?:\s{{1,3}}\({_YEAR_DIGITS}\))?\s{{1,3}}(?:(?:is|has|have|been|officially|gets?)"
    r"\s{1,3}){0,3}"
    r"(?:renewed|cancell?ed|canceled|axed|scrapped|recommissioned|picked\s+up|"
    # the verb phrases and denials a run is cut before (``_headline_news_cut``)
    r"green-?lit|greenlighted|confirmed|returning|coming\s+back|set\s+for|done\s+at|"
    # round 38 (r38leftovers): a rescue ("X Saved By Kestrel", "X Rescued From Cancellation")
    r"(?:saved|rescued|revived|resurrected)\s{1,3}(?:by|from|for)\s|"
    r"ends\s+(?:at|after)|not\s|won['’]?t\s|never\s|isn['’]?t\s|"
    # "X Gets No Fourth Season" (round 17)
    r"no\s{1,3}(?:more\b|(?:\w+\s{1,3})?(?:season|series)\b))")
_BREAK_WORDS = frozenset(
    """season seasons series episode episodes part volume vol chapter s1 s2 s3 s4 s5 s6
    renews renewed cancels cancelled canceled axes axed premieres premiered returns wraps
    wrapped begins starts sets gets confirms announces reveals orders picks effectively likely
    officially tba tbd renewal cancellation ordered renew renewing opts decides declines
    extends greenlights green-lights""".split()
) | NETWORK_BREAK_WORDS
_ISH_RE = re.compile(r"[a-z]+-ish")
#: A title-case headline's verbs that stand between a subject and the show, written as any
#: word ("Hulu Greenlights Glass Harbor Season 2", "Jane Doe Teases Glass Harbor Season 2
#: Premiere"): the run is the subject's, the verb's and the title's; the title starts after it.
#: (The status verbs that break every run, "Renews", "Sets", are ``_BREAK_WORDS``.)
_HEADLINE_INNER_VERBS = frozenset(
    """greenlights green-lights greenlit scraps revives nixes recommissions unveils previews
    teases dishes hints eyes taps enlists snags nabs secures lands scores earns drops debuts
    releases shares discusses explains addresses joins rejoins boards exits leaves re-ups
    reups""".split())
#: Verbs whose particle a title-case headline capitalises ("Hulu Picks Up Glass Harbor",
#: "Brings Back", "Calls Off"): the particle opens the run after the verb, but it is no
#: title's word.
_PARTICLE_VERBS = frozenset(
    """picks picked brings brought calls called pulls pulled signs signed rounds kicks gears
    lines sets wraps starts shuts ships moves teams powers ramps gives holds""".split())
_PARTICLES = frozenset("up back off out down forward ahead".split())
#: A headline's modal or infinitive and its verb after the title ("Glass Harbor to Return
#: for Season 2", "Glass Harbor Won't Return", "Glass Harbor Will Be Back"): the news, not
#: the title's words.
_HEADLINE_VERB_TAIL_RE = re.compile(
    r"\s(?:[Tt]o|Will|Won['’]t|Would|Wouldn['’]t|Could|Couldn['’]t|Should|Shall|Must|May|Might|"
    r"Can|Can['’]t|Cannot)\s(?:Not\s|Never\s|Officially\s|Finally\s)?(?:Return|Returns|Be|Come|"
    r"Premiere|End|Get|Air|Debut|Continue|Conclude|Stream|Film|Shoot|Wrap|Begin|Start|Launch|"
    r"Move|Go|Stay|Arrive|Drop|Land|Head|Resume|Survive|Live|Last)$")


#: A kind of work inside a title-case headline run, before the title it describes ("Glass
#: Harbor Spinoff |Night Ferry Sets ...", "Jane Doe Thriller |Night Ferry Renewed"). A genre
#: (``_GENRE_WORDS``) may be a title's own word after one word ("Sketch Comedy Hour"): it
#: describes the next title only after two words or more.
#: Every kind of ``showwords.SHOW_NOUN_GROUPS`` but the plain ones.
_GENRE_WORDS = SHOW_NOUN_GROUPS["genre"]
_KIND_BEFORE_TITLE = (SHOW_NOUN_GROUPS["derived"] | SHOW_NOUN_GROUPS["renewal"]
                      | SHOW_NOUN_GROUPS["format"] | _GENRE_WORDS)
#: A person's role whose possessive stands before the title in a headline run ("Glass Harbor
#: Creator's |Night Ferry Gets Premiere Date"): the show named before is another.
_ROLE_OWNERS = frozenset(
    """creator creators star stars showrunner showrunners director directors writer writers
    producer producers author makers team alum""".split())


#: A denial inside a title-case headline run after the show ("Glass Harbor Not Renewed",
#: "Glass Harbor Won't Get Season 3", "Glass Harbor Never Returns"): the news, no word of the
#: title; a run it opens is left ("Never Have I Ever", "Not Dead Yet").
_HEADLINE_NEGATIONS = frozenset(
    """not no never won't wont isn't isnt aren't wasn't didn't doesn't can't""".split())
#: The verb phrase a title-case headline writes right after the show, whose words a run
#: joins to the title ("Glass Harbor Picked Up For", "Glass Harbor Greenlit For", "Glass
#: Harbor Coming Back For", "Glass Harbor Done At"): the run is cut where one starts, when
#: every word after it is the phrase's (a verb, a particle, a preposition).
_HEADLINE_AFTER_VERBS = frozenset(
    """picked greenlit green-lit greenlighted confirmed returning coming set done ends ending
    scores lands secures earns nabs snags bags""".split())
#: A network's verbs that end a show, before it in a title-case run ("Netflix Kills |X After
#: Two Seasons"): cut as ``_HEADLINE_INNER_VERBS`` where the body does not write the run
#: whole ("The World Ends With You" may be a title).
_HEADLINE_END_VERBS = frozenset("ends kills".split())
_HEADLINE_PHRASE_WORDS = _PARTICLES | frozenset("for at after by on with final".split()) | \
    frozenset(ORDINALS)  # "Greenlit For Second |Season": the season's ordinal


def _phrase_word(word: str) -> bool:
    """A word of a headline's verb phrase after the show: a verb, a particle or preposition,
    an ordinal or a count ("For Second", "After Two"), a network ("Done At Netflix")."""
    low = word.lower()
    return low in _HEADLINE_AFTER_VERBS or low in _HEADLINE_PHRASE_WORDS or \
        low in NUMBER_WORDS or low.isdigit() or _network_words([word])


def _headline_news_cut(words: Sequence[str]) -> int | None:
    """Where a title-case headline run's news starts after its title: a denial or a verb phrase
    every remaining word of which is the phrase's (see ``_HEADLINE_AFTER_VERBS``), or "After"
    and a count ("X After Two |Seasons")."""
    for n in range(1, len(words)):
        low = words[n].lower().replace("’", "'")
        rest = words[n + 1:]
        if low in _HEADLINE_NEGATIONS and words[n][:1].isupper() and all(
                _phrase_word(w) for w in rest):
            # capitalised as the headline's words are ("Kaze no Michi" keeps "no"), the run's
            # last words ("This Is Not a Drill" keeps its "Not")
            return n
        if low in _HEADLINE_AFTER_VERBS and all(_phrase_word(w) for w in rest):
            return n
        if low == "after" and rest and all(
                w.lower() in NUMBER_WORDS or w.isdigit() for w in rest):
            return n
    return None


def _describes_the_next_title(words: Sequence[str], n: int) -> bool:
    """``words[n]`` of a headline run says what the title after it is, or whose it is: a kind
    of work or a role's possessive after other words ("Glass Harbor Spinoff", "Glass Harbor
    Creator's"); not a run's first word, nor after an article alone ("The Drama Club")."""
    if not words[n + 1][:1].isupper() or (n == 1 and words[0] in ("The", "A", "An")):
        return False
    word = words[n].lower()
    owner = _POSSESSIVE_RE.sub("", word.replace("s’", "s'").removesuffix("s'") + "s"
                               if word.endswith(("s'", "s’")) else word)
    return (word in _KIND_BEFORE_TITLE and (n >= 2 or word not in _GENRE_WORDS)) or (
        owner != word and owner in _ROLE_OWNERS) or (
        word.endswith(("s'", "s’")) and word[:-2] in _ROLE_OWNERS)


def _headline_spans(headline: str, spans: Sequence[Span], body: str = "") -> list[Span]:
    """A title-case headline's spans cut where the headline's own words stand inside a run:
    a verb between a subject and the show ("Jane Doe Teases Glass Harbor"), a particle after
    a verb ("Picks Up Glass Harbor"), a modal or infinitive and its verb after the show
    ("Glass Harbor to Return"), a denial or a verb phrase after it ("Glass Harbor Not
    Renewed", "Glass Harbor Picked Up For"). A run holding no such word is left as it is, and
    so is a run the ``body`` writes whole ("Picked Up", a title the body names so)."""
    out: list[Span] = []
    edged = [part for span in spans for part in _clause_edges(span, body)]
    for span in _headline_clauses(headline, edged, body):
        if span.text.lower() in _KINDS_BEFORE_SERIES and _SERIES_NEXT_RE.match(headline,
                                                                             span.end):
            # "Kestrel Orders Limited Series 'Salt Road'": the format's word, no title
            rules.note_span(span.text, "title.span.kind_before_series")
            continue
        lead = _FORMAT_LEAD_RE.match(span.text)
        if lead and lead.end() < len(span.text) and _ORDER_BEFORE_RE.search(
                headline[:span.start]):
            # "Tovrel Greenlights Docuseries Quillmarsh": the format's word, then the title
            rules.note_span(lead.group(0).strip(), "title.span.kind_before_series")
            span = Span(span.start + lead.end(), span.end, span.text[lead.end():])
        words = span.text.split(" ")
        whole = _written_whole(span.text, body)
        cut = None if whole else _headline_news_cut(words)
        if cut is not None:
            keep = len(" ".join(words[:cut]))
            span = Span(span.start, span.start + keep, span.text[:keep])
            words = words[:cut]
        first = 0 if headline[:span.start].strip() else 1  # "Scores of Amber Renewed": a title
        inner = _HEADLINE_INNER_VERBS if whole else _HEADLINE_INNER_VERBS | _HEADLINE_END_VERBS
        cut = next((n for n in range(len(words) - 2, first - 1, -1)
                    if words[n].lower() in inner and words[n + 1][:1].isupper()), None)
        if cut is not None:
            head = len(" ".join(words[:cut + 1])) + 1
            span = Span(span.start + head, span.end, span.text[head:])
            words = words[cut + 1:]
        cut = next((n for n in range(len(words) - 2, 0, -1)
                    if _describes_the_next_title(words, n)), None)
        if cut is not None:
            head = len(" ".join(words[:cut + 1])) + 1
            span = Span(span.start + head, span.end, span.text[head:])
            words = words[cut + 1:]
        if len(words) > 1 and words[0].lower() in _PARTICLES:
            before = headline[:span.start].split()
            if before and before[-1].lower() in _PARTICLE_VERBS:
                head = len(words[0]) + 1
                span = Span(span.start + head, span.end, span.text[head:])
        tail = _HEADLINE_VERB_TAIL_RE.search(span.text)
        if tail and tail.start() > 0:
            span = Span(span.start, span.start + tail.start(), span.text[:tail.start()])
        if not whole:
            span = _without_credit_tail(headline, span)
        out.append(_without_headline_asking(headline, span))
    return out


#: A credit closing an ordered show's headline run: "From" and one to three capitalised
#: words to the run's end ("Kestrel Orders Limited Series Salt Road |From Dana Holt").
_CREDIT_TAIL_RE = re.compile(r" From(?: [A-Z][\w’'.-]{0,20}){1,3}$")
#: The order verbs before such a run (the network orders a show from its makers).
_ORDER_BEFORE_RE = re.compile(
    r"(?i)\b(?:orders|ordered|green-?lights|greenlit|commissions|picks\s{1,3}up|lands|"
    r"develops|developing)\b")


def _without_credit_tail(headline: str, span: Span) -> Span:
    """A headline run after an order verb without the credit it ends with ("Kestrel Orders
    Limited Series Salt Road From Dana Holt" -> "Salt Road"): the show comes from its makers;
    a run the body writes whole is left (round 41, r41shapes, rule
    ``title.span.headline_credit_tail``)."""
    tail = _CREDIT_TAIL_RE.search(span.text) if " From " in span.text else None
    if tail is None or tail.start() == 0 or not _ORDER_BEFORE_RE.search(headline[:span.start]):
        return span
    rules.note_span(span.text[tail.start() + 1:], "title.span.headline_credit_tail")
    return Span(span.start, span.start + tail.start(), span.text[:tail.start()])


#: Words that open a title-case headline's run as the headline's own, never a title's start
#: unless the body writes the title so ("Cancels Its Other Drama, Copper Vale", "Renews Another
#: Comedy"): the possessive "its" / "their" and the determiners no title is alone (round 39).
_HEADLINE_RUN_DETERMINERS = frozenset({"its", "their", *DETERMINERS})
#: "The Network's Other Drama": an owner's noun the body writes in lower case (its group).
_HEADLINE_OWNER_NOUN_RE = re.compile(rf"The ([a-z]{{3,20}}){POSSESSIVE} ", re.IGNORECASE)


def _without_headline_determiner(headline: str, spans: Sequence[Span], body: str
                                 ) -> tuple[list[Span], list[Span]]:
    """A title-case headline's spans without the runs a determiner opens ("Its", "Their",
    "Another", "Other", "The Network's"): there every word is capitalised, so such a run is
    a description, not a title, unless the body writes it whole or the headline quotes it.
    The run keeps its longest tail the body writes whole ("Its Drama Copper Vale" -> "Copper
    Vale"); a run with none is dropped (``title.span.headline_determiner``). Returns the spans
    and the runs cut or dropped. A sentence-case headline is left as it is."""
    if not body or not spans or not _title_cased_line(headline, 0):
        return list(spans), []
    out: list[Span] = []
    cut: list[Span] = []
    for span in spans:
        words = span.text.split(" ")
        lead = 1 if words[0].lower() in _HEADLINE_RUN_DETERMINERS else 0
        owner = _HEADLINE_OWNER_NOUN_RE.match(span.text) if not lead and len(words) > 2 \
            else None
        if owner and re.search(rf"\b{owner.group(1).lower()}\b", body):
            lead = 2
        if not lead or len(words) <= lead or \
                (span.start and headline[span.start - 1] in _LEAD_PUNCT) or \
                _written_whole(span.text, body):
            out.append(span)
            continue
        cut.append(span)
        for n in range(lead, len(words)):
            tail = " ".join(words[n:])
            if tail[:1].isupper() and _written_whole(tail, body):
                out.append(Span(span.end - len(tail), span.end, tail))
                break
    return out, cut

#: A headline's decision phrase whose object is the title after it, which a title-case run
#: joins to the title as its first words ("Netflix |Passes On| Night Ferry Season 3",
#: "|Curtains For| Night Ferry", "Hulu Orders |More| Night Ferry"), as lower-case words: the
#: title starts after the phrase, and the phrase is the title's cue as a decision verb before
#: it is (``_without_headline_phrases``; round 17).
HEADLINE_DECISION_PHRASES: tuple[tuple[str, ...], ...] = (
    ("passes", "on"), ("passed", "on"), ("pass", "on"), ("says", "no", "to"),
    ("said", "no", "to"), ("curtains", "for"), ("the", "end", "of", "the", "road", "for"),
    ("end", "of", "the", "road", "for"), ("the", "end", "of", "the", "line", "for"),
    ("no", "more"), ("more",),
)
#: A person's news whose object is the show, joined to it the same way ("Jane Doe |Cast in|
#: Night Ferry Season 2", "Jane Doe |to Star in| Night Ferry"): cut, but no cue of a show.
HEADLINE_PERSON_PHRASES: tuple[tuple[str, ...], ...] = (
    ("cast", "in"), ("cast", "as"), ("to", "star", "in"), ("stars", "in"), ("to", "join"),
    ("set", "to", "join"), ("tapped", "for"), ("added", "to"), ("to", "lead"),
    ("to", "headline"), ("signs", "on", "to"), ("lands", "role", "in"),
)
HEADLINE_LEAD_PHRASES = HEADLINE_DECISION_PHRASES + HEADLINE_PERSON_PHRASES
#: A decision written as one hyphenated word before the title, in a headline run ("Jane Doe
#: Joins Hulu's |Now-Cancelled| Night Ferry", "|Just-Renewed| Night Ferry Adds Jane Doe"): the
#: attributive decision, as "the now-cancelled Night Ferry" is in a sentence.
ATTRIBUTIVE_DECISION_RE = re.compile(
    r"(?:now|just|newly|recently|since|already|freshly)-(?:cancell?ed|axed|renewed|scrapped)")
#: A verb after the show whose object follows it in a title-case run ("Night Ferry |Adds| Jane
#: Doe", "Night Ferry |Casts| Jane Doe"): the run is cut before it when a few capitalised words
#: follow.
HEADLINE_SUBJECT_VERBS = frozenset("adds casts recruits books loses finds".split())
#: A kind of show after the title in a headline run, before the news ("Night Ferry |Revival|
#: Premieres June 4", "Night Ferry |Docuseries| Sets Premiere", "Night Ferry |Limited| Series
#: Premieres"): the show is the title before it (a spinoff or a prequel is another show, and
#: is left; a documentary may be a film, and is left too). "Limited" only before "Series".
HEADLINE_KINDS_AFTER_TITLE = SHOW_NOUN_GROUPS["renewal"] | SHOW_NOUN_GROUPS["format"] | {"limited"}
_KINDS_BEFORE_SERIES = frozenset({"limited"})
#: A one-season format opening a headline's run after an order verb ("Greenlights
#: |Docuseries| Quillmarsh", "Commissions |Miniseries| Salt Road"): no part of the title.
_FORMAT_LEAD_RE = re.compile(rf"(?i)(?:{ONE_SEASON_KIND}|docu-?series)\s{{1,3}}")
#: A network's order verb and a one-season format before a headline's run ("Kestrel Orders
#: Limited Series |Salt Road", "Greenlights Docuseries |X", "Commissions Miniseries |X"): the
#: run is the verb's object, as after the verb alone (round 41, r41shapes).
_HEADLINE_ORDER_KIND_BEFORE_RE = re.compile(
    rf"(?i)\b(?:orders|ordered|green-?lights|greenlit|picks\s{{1,3}}up|lands|sets|commissions)"
    rf"\s{{1,3}}(?:{ONE_SEASON_KIND}|docu-?series)\s{{1,3}}[\"“‘']?$")
_SERIES_NEXT_RE = re.compile(r"\s{1,3}Series\b")
_CAPITAL_NEXT_RE = re.compile(r"\s{1,3}[A-Z]")
#: The same decision phrases right before a span in any case ("The end of the road for |X",
#: "Netflix orders more |X": a sentence-case headline), and a season's "for": the span is the
#: phrase's object (used on the 40 characters before a headline span only).
_DECISION_PHRASE_BEFORE_RE = re.compile(
    r"(?i)\b(?:" + "|".join(r"\s{1,3}".join(phrase) for phrase in HEADLINE_DECISION_PHRASES
                           if phrase not in {("more",), ("no", "more")})
    + r"|(?:orders?|ordered|wants?)\s{1,3}more|(?:seasons?|series)(?:\s{1,3}\d{1,2})?\s{1,3}for)"
    r"\s{1,3}[\"“‘']?$")
#: Phrases of ``HEADLINE_LEAD_PHRASES`` a title may open with: cut only after other words of
#: the run or after the headline's own words ("More Night Ferry Is Coming" at the headline's
#: start keeps its "More" unless the body writes the title without it).
_LEAD_ONLY_INSIDE = frozenset({("more",), ("no", "more")})
#: A season phrase ending the words before a run that opens with "For" ("No Season 3 |For|
#: Night Ferry", "A Fourth Season |For| X"): the preposition is the headline's, not the title's.
_SEASON_BEFORE_FOR_RE = re.compile(
    r"(?i)\b(?:seasons?|series)(?:\s{1,3}(?:\d{1,2}|[a-z]+))?\s{1,3}$")
#: The role nouns that end a run naming a person's show ("Hulu Renews Night Ferry, Glass
#: Orchard |Star| Returns"): the show is the run before them.
_ROLE_NOUNS_AFTER_TITLE = frozenset(
    "star stars alum alums creator creators showrunner actor actress cast".split())


#: Words that make no title after a lead phrase ("Passes On |A Third| Season Of X"): the
#: season's, and the title comes after it.
_SEASON_PHRASE_WORDS = frozenset("a an the another season seasons series".split())


def _lead_phrase_end(words: Sequence[str], inside: bool) -> tuple[int, bool] | None:
    """The index of the first word after the last lead phrase (``HEADLINE_LEAD_PHRASES``) in
    ``words`` that leaves a capitalised word after it, and whether it is a decision's; None if
    there is none. ``inside``: the headline has words of its own before the run."""
    low = [w.lower().replace("’", "'") for w in words]
    for n in range(len(words) - 1):
        if ATTRIBUTIVE_DECISION_RE.fullmatch(low[n]) and words[n + 1][:1].isupper():
            return (n + 1, True)  # "The |Now-Cancelled| Night Ferry": the decision, the title
    found = None
    for n in range(len(words)):
        for phrase in HEADLINE_LEAD_PHRASES:
            stop = n + len(phrase)
            if stop < len(words) and tuple(low[n:stop]) == phrase and \
                    words[stop][:1].isupper() and not all(
                        w in _SEASON_PHRASE_WORDS or w in ORDINALS or w in NUMBER_WORDS
                        or w.isdigit() for w in low[stop:]) and (
                    n > 0 or inside or phrase not in _LEAD_ONLY_INSIDE) and (
                    found is None or stop > found[0]):
                found = (stop, phrase in HEADLINE_DECISION_PHRASES)
    return found


#: The words of a season phrase a title-case run joins to the title before "Season" ("Hulu
#: Renews X |For A Third| Season", "X Renewed |For Its Final| Season"), after "For"/"Into".
_SEASON_TAIL_WORDS = frozenset("a an its another their next final new fresh last".split()) | \
    frozenset(ORDINALS)
_SEASON_NEXT_RE = re.compile(r"[’'\"”]?\s{1,3}(?i:seasons?|series)\b")


def _season_tail(words: Sequence[str]) -> int | None:
    """Where a run's last words are a season phrase's before "Season" ("X For A Third"): the
    index of its "For" or "Into" after the title's words, or None."""
    for n in range(1, len(words) - 1):
        rest = [w.lower() for w in words[n + 1:]]
        if words[n].lower() in ("for", "into") and all(w in _SEASON_TAIL_WORDS for w in rest) \
                and rest[-1] not in ("a", "an", "its", "their"):
            return n
    return None


#: The endings of a hyphenated compound that describes a show by who made, led or praised it
#: ("Jane Doe-led", "Emmy-winning", "novel-based"): a describing word before a headline's
#: title (``_DESCRIPTOR_ENDINGS``) and a modifier before a body's title (``_MODIFIER_TOKEN_RE``),
#: one list so that an ending added once is read in both.
HYPHEN_MODIFIER_ENDINGS = frozenset(
    """winning nominated led starring fronted backed produced created helmed penned hosted
    based acclaimed directed""".split())


#: Words that describe the show before its title in a headline run ("Cult Hit |Night Ferry
#: Renewed", "Fan-Favorite |X", "Emmy-Winning |X", "Hulu Hit |X", "Jane Doe-Led |X"): praise,
#: fame or fate, no word of the title; ``_DESCRIPTOR_ENDINGS`` make one of a compound.
HEADLINE_DESCRIPTORS = frozenset(
    """hit hits favorite favourite fan-favorite fan-favourite beloved acclaimed sensation
    breakout cult sleeper smash buzzy buzzworthy popular underrated long-running short-lived
    ill-fated troubled struggling embattled""".split())
_DESCRIPTOR_ENDINGS = tuple(f"-{ending}" for ending in longest_first(HYPHEN_MODIFIER_ENDINGS))


def _descriptor_end(words: Sequence[str], body: str = "") -> int | None:
    """The index of the first title word after the describing words a headline run opens with
    (``HEADLINE_DESCRIPTORS``, with a network, an adverb or a kind of show among them: "Hulu
    Hit |X", "Critically Acclaimed |X", "Hit Drama |X"), or None. One plain word alone
    ("Beloved |X"), or before an article ("Cult Hit |The X"), is cut only where the ``body``
    writes the rest whole: "Sleeper Coast", "Breakout Ridge", "Hit The Shoals" are titles. A run
    opening with an article is left ("The Hit List")."""
    if not words or words[0] in ("The", "A", "An"):
        return None
    end = None
    for n, word in enumerate(words[:-1]):
        low = word.lower().replace("’", "'")
        if low in HEADLINE_DESCRIPTORS or low.endswith(_DESCRIPTOR_ENDINGS):
            end = n + 1
    if end is None:
        return None
    if end < len(words) - 1 and words[end].lower() in _GENRE_WORDS | {"series", "show"}:
        end += 1  # "Hit Drama |X", "Breakout Comedy |X"
    if end >= len(words) or not words[end][:1].isupper():
        return None  # "Hit & Run"
    plain = end == 1 and "-" not in words[0]
    if (plain or words[end] in ("The", "A", "An")) and not _written_whole(
            " ".join(words[end:]), body):
        return None
    return end


def _written_whole(name: str, body: str) -> bool:
    return bool(body) and next(_whole_name_starts(name, body), None) is not None


#: What may stand before a one-word front of a headline run the body writes inside a sentence.
_LOWER_OR_COMMA = "abcdefghijklmnopqrstuvwxyz,"


def _name_edge(ch: str) -> bool:
    """A character a whole name may not touch: a word character or an apostrophe."""
    return ch.isalnum() or ch in "_'’"


def _whole_name_starts(name: str, text: str, after: str = "") -> Iterator[int]:
    """Where ``text`` writes ``name`` whole, left to right and not overlapping: the starts
    ``re.finditer(r"(?<![\\w'’])" + re.escape(name) + r"(?![\\w'’])", text)`` gives (\\w is
    ``str.isalnum`` or "_", as in re), found by ``str.find``: that pattern, compiled per name
    per article, cost more than the search. With ``after``, a start must also follow those
    characters and a space (``_attested_prefix``'s one-word front: "(?<=[a-z,] )")."""
    if not name:  # an empty name: leave re's rules for empty matches to re
        pattern = r"(?<![\w'’])" + (rf"(?<=[{after}] )" if after else "") + r"(?![\w'’])"
        yield from (m.start() for m in re.finditer(pattern, text))
        return
    size = len(name)
    at = text.find(name)
    while at >= 0:
        end = at + size
        if (at == 0 or not _name_edge(text[at - 1])) and (
                end == len(text) or not _name_edge(text[end])) and (
                not after or (at >= 2 and text[at - 1] == " " and text[at - 2] in after)):
            yield at
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


#: The words a headline run's news may start with after a title the body writes alone: a
#: preposition ("X |At Brightwave|", "X |On Brightwave|") or a verb phrase ("X |Done At
#: Brightwave After Two|", ``_HEADLINE_AFTER_VERBS``).
_AFTER_TITLE_WORDS = frozenset("at on for in with from after".split()) | _HEADLINE_AFTER_VERBS


def _attested_prefix(words: Sequence[str], body: str) -> int | None:
    """Where a headline run the body never writes whole ends the title the body does write:
    the longest front of the run, cut before a preposition or a verb phrase's word
    (``_AFTER_TITLE_WORDS``), that the body names as a whole name (two words or more, or one
    word inside a sentence: "Love" opening a sentence is no title). None if there is none."""
    if not body:
        return None
    for n in range(len(words) - 1, 0, -1):
        if words[n].lower() not in _AFTER_TITLE_WORDS:
            continue
        front = " ".join(words[:n])
        if next(_whole_name_starts(front, body, "" if n > 1 else _LOWER_OR_COMMA), None) \
                is not None:
            return n
    return None


def _without_headline_phrases(headline: str, spans: Sequence[Span], body: str = ""
                              ) -> tuple[list[Span], set[int]]:
    """A title-case headline's runs without a decision's or a person's phrase joined to the
    title's front (``HEADLINE_LEAD_PHRASES``) or a "For" after a season phrase ("No Season 3
    |For| X"), and without a role noun after the title when a verb follows ("X |Star|
    Returns": the person's news, not the title's word; "Wish Upon a Star For" keeps it), and
    without a season phrase's words before "Season" ("Renews X |For A Third| Season"). A run
    the ``body`` writes whole is left as it is ("Curtains For Clara" a name the body uses).
    Also returns the indices of the runs a decision's phrase or a season's "For" stood
    before: the title's cue, as a verb's."""
    out: list[Span] = []
    cued: set[int] = set()
    for i, span in enumerate(spans):
        words = span.text.split(" ")
        if len(words) < 2 or _written_whole(span.text, body):
            out.append(span)
            continue
        lead = _lead_phrase_end(words, bool(headline[:span.start].strip()))
        if lead is None:
            described = _descriptor_end(words, body)
            # "Cult Hit |X", "Renews Fan-Favorite |X": praise names a show, as a verb does
            lead = (described, True) if described is not None else None
        if lead is None and words[0] == "For" and span.start > 0 and \
                _SEASON_BEFORE_FOR_RE.search(headline, 0, span.start):
            lead = (1, True)
        if lead is not None:
            cut, decision = lead
            head = len(" ".join(words[:cut])) + 1
            span = Span(span.start + head, span.end, span.text[head:])
            words = words[cut:]
            if decision:
                cued.add(i)
        verb_at = next((n for n in range(1, len(words) - 1)
                        if words[n].lower() in HEADLINE_SUBJECT_VERBS
                        and len(words) - n - 1 <= 8
                        and all(w[:1].isupper() for w in words[n + 1:])), None)
        if verb_at is not None:  # "Night Ferry |Adds Jane Doe|": the news after the show
            keep = len(" ".join(words[:verb_at]))
            span = Span(span.start, span.start + keep, span.text[:keep])
            words = words[:verb_at]
        short = _attested_prefix(words, body)
        if short is not None:  # "No Season 3 For X |At Brightwave|" over "X follows ...":
            keep = len(" ".join(words[:short]))  # the title the body writes ends there
            span = Span(span.start, span.start + keep, span.text[:keep])
            words = words[:short]
        kind_at = len(words) - 1
        if len(words) >= 2 and words[-1].lower() in HEADLINE_KINDS_AFTER_TITLE and (
                words[-1].lower() not in _KINDS_BEFORE_SERIES
                or _SERIES_NEXT_RE.match(headline, span.end)) and \
                _CAPITAL_NEXT_RE.match(headline, span.end):
            # "Night Ferry |Revival| Premieres", "Night Ferry |Limited| Series Premieres": the
            # kind of show the news is about, no word of the title; the title is its subject
            keep = len(" ".join(words[:kind_at]))
            span = Span(span.start, span.start + keep, span.text[:keep])
            words = words[:kind_at]
            cued.add(i)
        tail = _season_tail(words) if _SEASON_NEXT_RE.match(headline, span.end) else None
        if tail is not None:  # "Renews X |For A Third| Season": the season's words
            keep = len(" ".join(words[:tail]))
            span = Span(span.start, span.start + keep, span.text[:keep])
            words = words[:tail]
        verb = headline[span.end:span.end + 30].split()[:1]
        if len(words) >= 3 and words[-1].lower() in _ROLE_NOUNS_AFTER_TITLE and \
                words[-2].lower() not in _SMALL_TITLE_WORDS and verb and verb[0][:1].isupper() \
                and verb[0].lower() in _CLAUSE_VERBS | _HEADLINE_INNER_VERBS:
            keep = len(" ".join(words[:-1]))
            span = Span(span.start, span.start + keep, span.text[:keep])
        out.append(span)
    return out, cued


#: A conjunction a title-case run holds between two clauses of a headline ("Hulu Renews Night
#: Ferry |As| Glass Lantern Star Exits", "... |While| Jane Doe Teases Spinoff"): the run is
#: two, the title before it and the next clause's subject after it (round 17).
HEADLINE_CLAUSE_WORDS = frozenset("as while amid but".split())
#: The verbs that show the words after such a conjunction are a clause (a person's or a
#: show's news), besides ``_HEADLINE_INNER_VERBS`` and ``_BREAK_WORDS``.
_CLAUSE_VERBS = frozenset(
    """exits returns joins leaves says talks teases reveals confirms departs steps dies quits
    signs speaks responds reacts hints exit return join leave say talk tease reveal confirm
    depart step quit sign speak respond react hint is are was were""".split())


def _clause_split(words: Sequence[str]) -> int | None:
    """The index of a clause conjunction (``HEADLINE_CLAUSE_WORDS``) inside a run's words,
    with a title before it and a clause after it: two words or more, one of them after the
    first a verb; None if there is none."""
    for n in range(1, len(words) - 2):
        if words[n].lower() in HEADLINE_CLAUSE_WORDS and words[n + 1][:1].isupper() and any(
                w.lower() in _CLAUSE_VERBS or w.lower() in _HEADLINE_INNER_VERBS
                or w.lower() in _BREAK_WORDS for w in words[n + 2:]):
            return n
    return None


#: The clause conjunctions no title opens with: a title-case headline's run they open is the
#: next clause's subject ("Salt Road Gets Season 3 But |Copper Vale Is Cancelled"); "As" and
#: "While" open titles ("As the World Turns") and stay.
_CLAUSE_OPENERS = frozenset({"but", "amid"})


def _clause_edges(span: Span, body: str) -> list[Span]:
    """A headline run without a clause conjunction (``HEADLINE_CLAUSE_WORDS``) at its edge: at
    its end, where the next clause's verb broke the run ("Kestrel Renews Salt Road But| Axes
    Copper Vale": no title ends on a conjunction), or opening it ("But |Copper Vale Is
    Cancelled", ``_CLAUSE_OPENERS``, then without the clause's verb); a "But" inside the run
    parts it in two ("At Kestrel But Copper Vale", "Salt Road But Drops Copper Vale"). A run
    the ``body`` writes whole is left; so is a run of one word (round 40,
    ``title.span.headline_conjunction``)."""
    words = span.text.split(" ")
    if len(words) < 2 or _written_whole(span.text, body):
        return [span]
    inner = next((n for n in range(1, len(words) - 1)
                  if words[n] == "But" and words[n + 1][:1].isupper()), None)
    if inner is not None:
        head = len(" ".join(words[:inner]))
        tail = head + len(" But ")
        return [Span(span.start, span.start + head, span.text[:head]),
                *_clause_edges(Span(span.start + tail - 4, span.end, span.text[tail - 4:]),
                               body)]
    if words[-1].lower() in HEADLINE_CLAUSE_WORDS:
        keep = len(" ".join(words[:-1]))
        span = Span(span.start, span.start + keep, span.text[:keep])
        words = words[:-1]
    if len(words) > 1 and words[0].lower() in _CLAUSE_OPENERS and words[1][:1].isupper():
        head = len(words[0]) + 1
        span = Span(span.start + head, span.end, span.text[head:])
        if len(words) > 2 and words[-1].lower() in _CLAUSE_VERBS:  # "Copper Vale Is": its verb
            keep = len(" ".join(words[1:-1]))
            span = Span(span.start, span.start + keep, span.text[:keep])
    return [span]


def _headline_clauses(headline: str, spans: Sequence[Span], body: str = "") -> list[Span]:
    """A title-case headline's runs split at a conjunction between two clauses
    (``_clause_split``): the title before it, the next clause's words after it. A run the
    ``body`` writes whole is left ("Dead As Disco Returns" a name the body uses)."""
    out: list[Span] = []
    for span in spans:
        words = span.text.split(" ")
        n = _clause_split(words)
        if n is None or _written_whole(span.text, body):
            out.append(span)
            continue
        head = len(" ".join(words[:n]))
        tail = len(" ".join(words[:n + 1])) + 1
        out += [Span(span.start, span.start + head, span.text[:head]),
                Span(span.start + tail, span.end, span.text[tail:])]
    return out


#: The auxiliary a headline's yes/no question opens with ("Is Glass Harbor Cancelled?", "Will
#: Glass Harbor Return?"): the question's word, not the title's.
_YES_NO_ASKS = frozenset("is are was were will did does do has have can could should would"
                         .split())
#: The rest of a yes/no question after its title: a few words, then the question mark.
_QUESTION_REST_RE = re.compile(r"[’'\"”]?(?:\s{1,3}[\w’'-]+){1,6}\?\s{0,3}")
#: A headline's phrase that asks about the show after it ("What Happened to Glass Harbor?",
#: "Everything We Know About Glass Harbor Season 2"): a title-case run joins it to the title.
_ASKING_ABOUT_RE = re.compile(
    r"(?i)[\"“‘']?(?:what(?:ever)?\s{1,3}happened\s{1,3}to|(?:everything|what|all)\s{1,3}"
    r"(?:we|you)\s{1,3}(?:know|need\s{1,3}to\s{1,3}know)(?:\s{1,3}so\s{1,3}far)?"
    r"\s{1,3}about|what\s{1,3}to\s{1,3}know\s{1,3}about)\s{1,3}(?=[\"“‘']?[A-Z0-9])")
#: The end of an asking phrase right before the show ("What Happened to |X", "Know About |X").
_ASKED_BEFORE_RE = re.compile(
    r"(?i)(?:happened\s{1,3}to|know(?:\s{1,3}so\s{1,3}far)?\s{1,3}about)\s{1,3}[\"“‘']?$")
#: The audience a headline addresses after the show's name ("Glass Harbor Fans, Rejoice!",
#: "Bad News for Glass Harbor Fans"): no word of the title.
_AUDIENCE_AFTER_RE = re.compile(r"[\"”’']?\s{1,3}(?:Fans|fans)\b(?!\s{1,3}(?:of|Of)\b)")
#: "Good News, |X Fans", "Bad News for |X Fans", "Heartbreak for |X Fans": the news before
#: the audience's show.
_AUDIENCE_NEWS_RE = re.compile(r"^.{0,40}?(?:,\s{1,3}|\s(?:for|For)\s{1,3})(?=[\"“‘']?[A-Z0-9])")


def _without_headline_asking(headline: str, span: Span) -> Span:
    """A headline span without the words that ask about the show or address its audience:
    a yes/no question's opening auxiliary ("Is |Glass Harbor Cancelled?", only where a few
    plain words and the question mark end the headline after the run: "Will Trent Season 3:
    Is It Over?" keeps its "Will"), an
    asking phrase ("What Happened to |Glass Harbor?", "Everything We Know About |Glass
    Harbor Season 2"), and the audience after it ("Good News, |Glass Harbor| Fans")."""
    text = span.text
    at_start = not headline[:span.start].strip(_LEAD_PUNCT + " ")
    words = text.split(" ")
    if at_start and len(words) > 1 and words[0].lower() in _YES_NO_ASKS and \
            _QUESTION_REST_RE.fullmatch(headline, span.end):
        head = len(words[0]) + 1
        span, text = Span(span.start + head, span.end, text[head:]), text[head:]
    asking = _ASKING_ABOUT_RE.match(text) if at_start else None
    if asking and asking.end() < len(text):
        span, text = Span(span.start + asking.end(), span.end, text[asking.end():]), \
            text[asking.end():]
    if text.endswith((" Fans", " Fans'", " Fans’")) and " " in text:
        cut = text.rindex(" Fans")
        news = _AUDIENCE_NEWS_RE.match(text[:cut])
        head = news.end() if news else 0
        span = Span(span.start + head, span.start + cut, text[head:cut])
    return span
_DIGIT_RE = re.compile(r"\d")
_POSSESSIVE_RE = re.compile(r"['’‘]s$")
_YEARISH_RE = re.compile(r"\d{4}s?")
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d\b")
_GLUED_RE = re.compile(r"(?=[A-Z])\b[A-Z][a-z]{2,}[A-Z][A-Za-z]+\b")  # look-ahead: faster
#: Around a glued word: a list or title run goes on ("DaredevilJessica Jones", "A, BC, D",
#: "the BoatHow to"); a camel-case word standing alone is a title ("MasterChef was renewed").
_GLUED_AFTER_RE = re.compile(r"\s+[A-Z]|,\s*[A-Z]")
#: Used on the 12 characters before a word only; the bounds keep it linear on any input.
_GLUED_BEFORE_RE = re.compile(r"(?:\b(?:the|of|and|&)|[A-Z]\w{0,12})\s{1,12}$")
_CAMEL_GLUE_RE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")


#: A span of two titles of two words or more each joined by "and" ("Glass Orchard and Iron
#: Bay"): in a list a decision governs, two items ("Law and Order", "Grace and Frankie" stay one).
_AND_PAIR_RE = re.compile(r"^(?P<a>[A-Z0-9][\w'’:-]*(?:\s[A-Z0-9][\w'’:-]*)+)\sand\s"
                          r"(?P<b>(?:The\s)?[A-Z0-9][\w'’:-]*(?:\s[A-Z0-9][\w'’:-]*)+)$")


def _pairs_split(spans: Sequence[Span]) -> list[Span]:
    """``spans`` with each "A and B" span of two titles of two words or more split in two: the
    items of a two-title list under a decision told elsewhere (round 18, list.headline_decision)."""
    out: list[Span] = []
    for span in spans:
        pair = _AND_PAIR_RE.match(span.text) if " and " in span.text else None
        if pair is None:
            out.append(span)
            continue
        out.append(Span(span.start, span.start + pair.end("a"), pair.group("a")))
        out.append(Span(span.start + pair.start("b"), span.end, pair.group("b")))
    return out


#: A span of two titles joined by one "and", either of one word or more ("Salt Road and Havana"):
#: split only under a plural kind head (``_kind_pair_split``). Every repeat is bounded.
_KIND_PAIR_RE = re.compile(r"^(?P<a>[A-Z0-9][\w'’:-]{0,30}(?:\s[A-Z0-9][\w'’:-]{0,30}){0,5})\sand\s"
                           r"(?P<b>(?:The\s)?[A-Z0-9][\w'’:-]{0,30}(?:\s[A-Z0-9][\w'’:-]{0,30}){0,5})$")


def _kind_pair_split(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` with each "A and B" span that a plural kind of show heads under a decision
    ("gave the green light to fresh runs of the dramas Salt Road and Havana",
    ``lists.pair_kind_headed``) split in two: a list of two shows, whatever each looks like
    (rule ``list.govern.far_kind_head``)."""
    out: list[Span] = []
    for span in spans:
        pair = _KIND_PAIR_RE.match(span.text) if " and " in span.text else None
        if pair is None or not pair_kind_headed(text, span.start, span.end):
            out.append(span)
            continue
        rules.check("list.govern.far_kind_head")  # a span rule: --explain shows the two items
        out.append(Span(span.start, span.start + pair.end("a"), pair.group("a")))
        out.append(Span(span.start + pair.start("b"), span.end, pair.group("b")))
    return out


@dataclass(frozen=True)
class Span:
    """A title-case run of words in a text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A show named in a sentence."""

    show: str
    start: int
    end: int


@dataclass
class ShowIndex:
    """The shows of one article and a matcher for their names."""

    titles: dict[str, str] = field(default_factory=dict)  # alias -> canonical title
    #: The names to look for, longest first.
    names: tuple[str, ...] = ()
    cache: dict[str, list[Mention]] = field(default_factory=dict)
    _table: _NameTable | None = field(default=None, repr=False, compare=False)

    def mentions(self, text: str) -> list[Mention]:
        """Where the text names a show: left to right, the longest name at each place, whole
        words only (not inside "Cage-like" or "R&B")."""
        if not self.names:
            return []
        cached = self.cache.get(text)
        if cached is None:
            if self._table is None:
                self._table = _name_table(self.names)
            cached = [Mention(self.titles[name], start, end)
                      for start, end, name in _find_names(text, self._table)]
            self.cache[text] = cached
        return list(cached)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True)
class _NameTable:
    """An article's names arranged for one left-to-right pass over a text."""

    #: Where a name may begin: its first character, with no word character or "&" before it.
    starts: re.Pattern[str]
    #: First character -> the lengths of the names starting with it, longest first.
    lengths: dict[str, tuple[int, ...]]
    names: frozenset[str]


def _name_table(names: Sequence[str]) -> _NameTable:
    lengths: dict[str, set[int]] = {}
    for name in names:
        if name:
            lengths.setdefault(name[0], set()).add(len(name))
    firsts = "".join(re.escape(c) for c in sorted(lengths))
    return _NameTable(re.compile(rf"(?<![\w&])[{firsts}]"),
                      {c: tuple(sorted(sizes, reverse=True)) for c, sizes in lengths.items()},
                      frozenset(names))


def _find_names(text: str, table: _NameTable) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of the names as whole words, as the alternation
    ``(?<![\\w&])(?:longest|...|shortest)(?![\\w&]|-(?=\\w))`` would find them.

    One pass: at each place a name may begin, the names of each length starting with that
    character are looked up in a set, longest first. The time is the text's length times the
    number of distinct name lengths (bounded: see MAX_TITLE_CHARS), whatever the number of
    names: a str.find per name per sentence was quadratic in a long article naming thousands
    of titles. Only a class of first characters is compiled, never an alternation of names.
    """
    out: list[tuple[int, int, str]] = []
    size = len(text)
    last_end = 0
    for start in table.starts.finditer(text):
        at = start.start()
        if at < last_end:
            continue
        for length in table.lengths[text[at]]:
            end = at + length
            if end > size:
                continue
            name = text[at:end]
            if name not in table.names:
                continue
            after = text[end] if end < size else ""
            if not (after and (_word_char(after) or after == "&" or (
                    after == "-" and end + 1 < size and _word_char(text[end + 1])))):
                out.append((at, end, name))
                last_end = end
                break
    return out


def fold(text: str) -> str:
    """Strip diacritics ("Nōbody" -> "Nobody") and unify apostrophes."""
    text = text.replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def unglue(text: str) -> str:
    """Split titles run together by a lost separator ("RoadTin Roof" -> "Road, Tin Roof")."""

    def split_word(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.startswith(("Mac", "Mc")):
            return word
        after = text[match.end():match.end() + 12]
        before = text[max(0, match.start() - 12):match.start()]
        if not (_GLUED_AFTER_RE.match(after) or _GLUED_BEFORE_RE.search(before)):
            return word
        return _CAMEL_GLUE_RE.sub(", ", word)

    return _GLUED_RE.sub(split_word, text)


#: A run of upper-case words (press releases write titles in capitals: "renewed RUN THE BURBS
#: for a third season"); "&", digits and punctuation inside.
_CAPS_RUN_RE = re.compile(
    r"(?<![\w&'’])[A-Z0-9][A-Z0-9&'’.:!-]*(?:\s+[A-Z0-9&][A-Z0-9&'’.:!-]*)*(?![\w'’])")
_CAPS_QUOTED_RE = re.compile(r"([\"“‘])([^\"“”‘’\n]{1,80}?)([,.!?]?[\"”’])")
_LOWER_WORD_RE = re.compile(r"(?<![\w'’])[a-z][a-z'’-]*")
_CAPS_PAIR_RE = re.compile(r"(?<![\w'’])[A-Z][A-Z'’]{1,30}[.,:;!?]?\s{1,5}[A-Z0-9&](?![a-z])")
_CAPS_WORD_RE = re.compile(r"[A-Z]+(?:['’-][A-Z]+)?['’]?[.,:;!?]?")
_SMALL_TITLE_WORDS = frozenset("of the a an and or in on at to for with from by as vs".split())


def _title_case(words: str) -> str:
    """"RUN THE BURBS" -> "Run the Burbs" (the same length: positions stay valid)."""
    out = []
    for n, word in enumerate(words.split(" ")):
        low = word.lower()
        if 0 < n < len(words.split(" ")) - 1 and low in _SMALL_TITLE_WORDS:
            out.append(low)
        else:
            out.append(word[:1] + word[1:].lower())
    return " ".join(out)


def _recase_run(match: re.Match[str]) -> str:
    run = match.group(0)
    words = run.split()
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if not letters or run != " ".join(words) or not all(
            _CAPS_WORD_RE.fullmatch(w) for w in letters):
        return run  # odd spacing, or "S.H.I.E.L.D.", "NTSF:SD:SUV": spelled as they are
    longest = max(len([c for c in w if c.isalpha()]) for w in letters)
    small = any(w.lower() in _SMALL_TITLE_WORDS for w in words[1:])
    if len(words) >= 2 and (longest >= 5 or small):
        cased = _title_case(run)
        if len(cased) == len(run):
            return cased
    return run


#: A word of a headline in capitals (with its punctuation and possessive).
_HEADLINE_CAPS_WORD_RE = re.compile(r"[^\sa-z]{1,60}")


def recase_headline(headline: str) -> str:
    """A headline written all in capitals ("GLASS HARBOR RENEWED FOR SEASON 2 AT NETFLIX") in
    title case at the same positions ("Glass Harbor Renewed for Season 2 at Netflix"), so
    its title is read as in any title-cased headline; a network's initials stay ("HBO'S" ->
    "HBO's"). Other headlines are returned as they are."""
    words = headline.split(" ")
    if sum(1 for w in words if any(c.isalpha() for c in w)) < 3 or not all(
            _HEADLINE_CAPS_WORD_RE.fullmatch(w) for w in words if w):
        return headline
    networks = vocabulary().networks
    out = []
    for n, word in enumerate(words):
        core = word.strip(_LEAD_PUNCT + _TRAIL_PUNCT)
        owner = core[:-2] if core[-2:-1] in ("'", "’") and core[-1:] == "S" else core
        if owner.lower() in networks and len(owner) <= 4:
            out.append(word.replace(core, owner + core[len(owner):].lower()))  # "HBO'S"
        elif 0 < n < len(words) - 1 and word.lower() in _SMALL_TITLE_WORDS and \
                word.lower() != "the" and not words[n - 1].endswith(":"):
            out.append(word.lower())
        else:
            lead = len(word) - len(word.lstrip(_LEAD_PUNCT))
            out.append(word[:lead + 1] + word[lead + 1:].lower())
    return " ".join(out)


def recase_capitals(text: str) -> str:
    """Upper-case titles written in a sentence of ordinary case ("RUN THE BURBS"), or quoted
    in a line written all in capitals, in title case, at the same positions; acronyms ("HBO",
    "NCIS LA") stay. The titles found this way match their capitals in the text through the
    index's upper-case aliases."""
    if not _CAPS_PAIR_RE.search(text):
        return text  # no two words in capitals in a row: nothing to recase
    lower_words = len(_LOWER_WORD_RE.findall(text))
    if lower_words >= 3 and lower_words * 3 >= len(text.split()):
        return _CAPS_RUN_RE.sub(_recase_run, text)
    if lower_words:
        return text
    # A line in capitals: only its quoted titles ("CBC RENEWS "RUN THE BURBS," ...")
    return _CAPS_QUOTED_RE.sub(
        lambda m: m.group(1) + _CAPS_RUN_RE.sub(_recase_run, m.group(2)) + m.group(3), text)


@memo.lru(maxsize=16384)
def _is_cap(core: str) -> bool:
    if not core:
        return False
    if _DIGIT_TITLE_RE.match(core) or _ISH_RE.fullmatch(core):
        return True
    first = core[0]
    if first.isdigit():
        return core.isdigit()
    if not first.isupper():
        return False
    letters = [c for c in core if c.isalpha()]
    # ALL-CAPS words of five letters or more are shouting ("CANCELLED"), not titles.
    # "NTSF:SD:SUV", "S.H.I.E.L.D.", "H8R" are spelled that way.
    return not (len(letters) >= 5 and core.isalpha() and core.isupper())


@memo.lru(maxsize=16384)
def _clean_token(raw: str) -> tuple[str, int, bool, bool]:
    """(core, offset of core in raw, starts a new span, ends the span)."""
    lead = len(raw) - len(raw.lstrip(_LEAD_PUNCT))
    core = raw[lead:]
    stripped = core.rstrip(_TRAIL_PUNCT)
    trail = core[len(stripped):]
    possessive = _POSSESSIVE_RE.search(stripped)
    if possessive and len(stripped) > 3:
        stripped, trail = stripped[:possessive.start()], stripped[possessive.start():] + trail
    if trail.startswith(".") and _ABBREVIATION_RE.match(stripped + "."):
        stripped, trail = stripped + ".", trail[1:]
    if stripped.endswith(("'s", "’s")) and not trail:
        pass
    breaks_after = bool(trail) and not (trail == ":" or trail == "?")
    if trail and trail[0] in "'’" and trail[1:].lower() == "s":
        breaks_after = True  # title_spans joins it back when a capital follows
    if trail == "?":
        breaks_after = True
    return stripped, lead, lead > 0, breaks_after


_CONNECTOR_ALT = "|".join(re.escape(c) for c in longest_first(TITLE_CONNECTORS))
_CANDIDATE = r"(?:[^\sa-z]\S*|\S*-ish\S*)"
#: Runs of words that may belong to a title: any word not starting with a lower-case letter,
#: with connectors ("of", "the") between them. Every other word ends a title, so title_spans
#: only does its per-word work inside these runs.
_INNER_ALT = "|".join(longest_first(TITLE_INNER_WORDS))
#: (Its one group holds the run's words after the first: empty for a run of one word, the
#: common case, which title_spans reads without tokenising it again.)
_CANDIDATE_RUN_RE = re.compile(
    rf"(?<!\S){_CANDIDATE}((?:\s+(?:{_CANDIDATE}|(?:{_CONNECTOR_ALT}|be|{_INNER_ALT})(?!\S)))*)")
#: The same runs in a text without "-ish", whose words the second alternative of _CANDIDATE
#: ("\S*-ish\S*") can never match: without it re no longer tries it at every word.
_CANDIDATE_RUN_NO_ISH_RE = re.compile(_CANDIDATE_RUN_RE.pattern.replace(
    _CANDIDATE, _CANDIDATE.replace(r"|\S*-ish\S*", "")))
#: A lower-case inner word between two capitalised words ("Dead by Dawn"): the three words
#: (lower-cased) are the key under which the article attests the join.
_INNER_JOIN_RE = re.compile(
    rf"(?<![\w'’])([A-Z][\w'’.&-]{{0,30}})\s{{1,3}}({_INNER_ALT})\s{{1,3}}"
    rf"[\"“‘']?([A-Z0-9][\w'’&-]{{0,30}})")
Join = tuple[str, str, str]


def attested_joins(texts: Sequence[str], headline: str) -> frozenset[Join]:
    """The inner-word joins ("Dead by Dawn") the article writes as one title: inside quotes,
    or the same three words twice (a headline capitalises the inner word: "Dead By Dawn"
    counts too). Prose that puts two names around "by" or "over" rarely repeats them."""
    counts: dict[Join, int] = {}
    for text in (*texts, headline):
        low = text if text is not headline else _inner_words_lowered(text)
        quoted: list[str] | None = None  # the sentence's quotes, listed at its first join
        for match in _INNER_JOIN_RE.finditer(low):
            key = (match.group(1).lower().rstrip("."), match.group(2),
                   match.group(3).lower().rstrip("'’"))
            if quoted is None:
                quoted = [m.group(0) for m in _QUOTED_RE.finditer(low)] \
                    if text is not headline else []
            weight = 2 if any(match.group(0) in q for q in quoted) or (
                text is not headline and match.group(2) not in _PROSE_RELATIONS
                and _in_a_status_slot(text, match.start(), match.end())) else 1
            counts[key] = counts.get(key, 0) + weight
    return frozenset(key for key, n in counts.items() if n >= 2)


#: Inner words prose sets between two names of one sentence ("chose A over B", "A before
#: B", "A vs B"): a slot does not make these a title's.
_PROSE_RELATIONS = frozenset("over than vs before after between until nor per".split())
#: The rest of a title-case run on either side of a join (capitalised words, connectors).
_RUN_AFTER_RE = re.compile(
    r"(?:\s{1,3}(?:[A-Z0-9][\w'’&:!?-]{0,30}|(?:of|the|and|a|an|in|on|to|for|&)"
    r"(?=\s{1,3}[A-Z0-9]))(?![\w'’]))*")
_RUN_BEFORE_RE = re.compile(
    r"(?:(?<![\w'’])(?:[A-Z0-9][\w'’&:-]{0,30}|of|the|and|a|an|in|on|to|for|&)\s{1,3}){0,6}$")
#: A clause boundary right before a subject: the sentence's start, a comma, "that".
_CLAUSE_START_RE = re.compile(r"(?:^|[.!?;:]\s{1,3}|,\s{1,3}|\bthat\s{1,3})[\"“‘']?$")
#: A status verb right before its object ("cancelled Dead by Dawn").
_STATUS_VERB_BEFORE_RE = re.compile(
    r"(?i)\b(?:renew(?:ed|s|ing)?|cancell?(?:ed|s|ing)|canceled|ax(?:ed|es|ing)|scrapped|"
    r"green-?lit|picked up|ordered|pulled the plug on|revived|brought back)\s{1,3}[\"“‘']?$")
#: Where an object ends: the clause's end or a lower-case phrase ("for a second season").
_OBJECT_END_RE = re.compile(r"[\"”’']?(?:\s{0,2}(?:[.,;:!?)]|$)|\s{1,3}(?:for|after|following|"
                            r"with|at|on|in|ahead|amid|once)\s{1,3}(?![A-Z]))")


def _in_a_status_slot(text: str, start: int, end: int) -> bool:
    """The words ``text[start:end]`` ("Dead by Dawn") stand where a show's name stands: the
    subject of a status verb from a clause boundary ("Dead by Dawn has been cancelled",
    "Hulu said that Dead by Dawn will return") or a status verb's whole object ("Netflix
    cancelled Dead by Dawn after one season"). Said there, the inner word is the title's;
    prose puts two names around "by" or "as" elsewhere ("created by Maya Lind")."""
    run_end = _RUN_AFTER_RE.match(text, end, min(len(text), end + 80))
    after_run = run_end.end() if run_end else end
    head = text[max(0, start - 80):start]
    run_start = _RUN_BEFORE_RE.search(head)
    before = head[:run_start.start()] if run_start else head
    if _CLAUSE_START_RE.search(before) and _TRIGGER_AFTER_RE.match(
            text[after_run:after_run + 60]):
        return True
    return bool(_STATUS_VERB_BEFORE_RE.search(before[-40:])
                and _OBJECT_END_RE.match(text, after_run))


def _inner_words_lowered(headline: str) -> str:
    """A headline with its capitalised inner words lower-cased ("Dead By Dawn" -> "Dead by
    Dawn"): the same key as the body's."""
    return " ".join(w.lower() if w.lower() in TITLE_INNER_WORDS else w
                    for w in headline.split(" "))
#: Words that open a question ("Are You There, Chelsea?", "Who's Talking to ...?").
_QUESTION_WORDS = frozenset(
    """are is was were who who's whose what what's where why how do does did can could will
    would should have has""".split())
#: Suffixes a title can carry after a comma ("Emily Owens, M.D.").
_TITLE_SUFFIX_RE = re.compile(r"(?:M\.D\.|P\.I\.|Ph\.D\.|Esq\.?|Jr\.?|Sr\.?|Inc\.?)")


def title_spans(text: str, joins: Collection[Join] = ()) -> list[Span]:
    """Maximal title-case runs, allowing lower-case connectors inside ("The Salt of the Earth"),
    and the inner words of ``joins`` ("Dead by Dawn", attested by the article)."""
    spans: list[Span] = []
    current: list[tuple[int, int, str, bool]] = []  # start, end, core, is_cap

    def flush() -> None:
        while current and not current[-1][3]:
            current.pop()
        while current and not current[0][3]:
            current.pop(0)
        if current:
            start, end = current[0][0], current[-1][1]
            spans.append(Span(start, end, text[start:end]))
        current.clear()

    runs = _CANDIDATE_RUN_RE if "-ish" in text else _CANDIDATE_RUN_NO_ISH_RE
    for run in runs.finditer(text):
        if run.start(1) == run.end():
            # A run of one word is its own token (the run holds no space). A plain capitalised
            # word ("Netflix", "The"), the commonest, is what _run_spans and flush make of it
            # with no run open: a span of its own unless it breaks titles or is no title word.
            raw = run.group(0)
            if raw[0].isupper() and raw.isalpha():
                if raw.lower() not in _BREAK_WORDS and _is_cap(raw):
                    spans.append(Span(run.start(), run.end(), raw))
                continue
            _run_spans(text, [run], current, flush, joins)
        else:
            _run_spans(text, list(_TOKEN_RE.finditer(text, run.start(), run.end())), current,
                       flush, joins)
        if current:  # (flush does nothing with no run open)
            flush()
    if "?" in text or "," in text:
        spans = _comma_and_question_titles(text, spans)
    if "!" in text or "?" in text:
        spans = [_with_inner_mark(text, span) for span in spans]
    return spans


#: A "!" or "?" its sentence runs on after ("Stop! has been renewed"): the title's own mark.
_INNER_MARK_RE = re.compile(r"[!?]\s{1,3}[a-z]")


def _with_inner_mark(text: str, span: Span) -> Span:
    """``span`` with the "!" or "?" after it when a lower-case word goes on: a sentence does
    not end there, so the mark ends a title ("Stop! has been renewed", "Who Took Ellie? was
    cancelled")."""
    if _INNER_MARK_RE.match(text, span.end):
        return Span(span.start, span.end + 1, text[span.start:span.end + 1])
    return span


def mid_sentence(text: str, start: int) -> bool:
    """A span at ``start`` follows words of its sentence (a lower-case word, a digit, a comma,
    an opening parenthesis or a possessive): its capitals are the title's own, not the
    sentence's, so a leading "So" or "A" is part of it ("renewed So You Think You Can Dance",
    "Lilly Singh's A Little Late")."""
    before = text[max(0, start - 40):start].rstrip().rstrip("\"“‘'*_")
    if not before:
        return False
    last = before[-1]
    return last in ",(" or last.isdigit() or (last.isalpha() and last.islower())


#: A verb or a possessive right after a span: the span is its clause's subject.
_SUBJECT_AFTER_RE = re.compile(
    r"\s{0,2}(?:\([^()]{1,30}\)\s{0,2})?(?:['’]s\s|\s(?:has|have|had|is|was|were|will|"
    r"won['’]t|would|did|does|got|gets)\b)")


def _opens_title(text: str, span: Span) -> bool:
    """``span``'s capitals are the title's own (``clean_title``'s ``mid``): it follows words of
    its sentence, or it opens its sentence with a determiner ("A", "Our") and two words or
    more before its own verb ("A Stranger on the Stairs has been cancelled": an article before
    a name would not open that clause; "A Netflix spokesperson said" has no verb after the
    span)."""
    if mid_sentence(text, span.start) or _STATUS_HEAD_RE.match(span.text):
        return True  # (after a status verb opening the sentence: "Renewing A Stranger ...")
    first, _, rest = span.text.partition(" ")
    return first in _TITLE_DETERMINERS and len(rest.split()) >= 2 and (
        _SUBJECT_AFTER_RE.match(text, span.end) is not None
        or _STAR_AFTER_RE.match(text, span.end) is not None)


#: Determiners a title opens with ("A Stranger on the Stairs", "Our Flag Means Trouble"); a
#: demonstrative is left out ("That Glass Harbor was cancelled surprised no one").
_TITLE_DETERMINERS = frozenset("A An Our My Your His Her Their".split())


#: A list's next item right after a span: a comma or "and" / "&", then a capital or a quote
#: (``_LIST_GOES_ON_RE`` reads a comma only).
_NEXT_LIST_ITEM_RE = re.compile(r"(?:,|\s(?:and|&))\s{1,3}[\"“‘']?[A-Z0-9]")


def _listed_name_before_place(text: str, span: Span, nxt: Span, joint: bool) -> bool:
    """"Martha, Lisbon" inside a list ("cancelled Salt Road, Martha, Lisbon and Rosa Hazel"):
    a name of one or two words opening on a first name or a calendar word ("Martha", "Summer
    Village"), no place itself, before a place is two of the list's items, not a town and its
    region — a town of that look ("Eugene, Oregon") is never a show anyway. Only
    where the list goes on past the place or came to the name with a comma; a first name that
    is a place too ("Austin, Texas") keeps the pair (round 29, ``title.span.listed_pair``)."""
    words = span.text.lower().split()
    if len(words) > 2 or not (joint or _NEXT_LIST_ITEM_RE.match(text, nxt.end)
                              or text[:span.start].rstrip().endswith(",")):
        return False
    low = words[0]
    vocab = vocabulary()
    named = (low in vocab.first_names and low not in vocab.places) or \
        low in _CALENDAR or low in TIME_TITLE_WORDS
    if not named or " ".join(words) in vocab.places:
        return False
    head = nxt.text.partition(" and ")[0].lower() if joint else nxt.text.lower()
    if head not in vocab.places:
        return False
    rules.check("title.span.listed_pair")  # a span rule: --explain shows its two items
    return True


def _kind_listed_title_before_place(text: str, span: Span, nxt: Span, joint: bool) -> bool:
    """"Salt Road, Lisbon" inside a list a plural-only kind of show heads ("the dramas Salt
    Road, Lisbon and Havana", ``lists.plural_kind_heads``): a name of two words or more, no
    place itself, before a place is two of the list's items where the list goes on past the
    place with its joiners; a one-word name before a place keeps the pair ("the dramas
    Copper Vale, Tarrow, Nevada and Lantern House": a town and its region) (round 31,
    ``title.span.kind_listed_pair``)."""
    words = span.text.lower().split()
    # a network's word glued before the span is the name's first word ("the dramas Fox
    # |Harbor, Lisbon and Havana", round 32): the span finder cut it, ``network_headed``
    # puts it back where the kind heads the list
    head_at = _network_head_start(text, span.start) if len(words) == 1 else None
    start = span.start if head_at is None else head_at
    if len(words) + (head_at is not None) < 2 or not (
            joint or _NEXT_LIST_ITEM_RE.match(text, nxt.end)):
        return False
    places = vocabulary().places
    head = nxt.text.partition(" and ")[0].lower() if joint else nxt.text.lower()
    if head not in places or " ".join(words) in places or \
            not plural_kind_heads(text, start):
        return False
    rules.check("title.span.kind_listed_pair")  # a span rule: --explain shows its two items
    return True


#: Before a place near its title, a phrase that ties it to the show: where it films or is set
#: ("shot in Lisbon", "set in Lisbon", "based in Lisbon"): the text names the show's place.
_PLACE_TIE_RE = re.compile(
    r"(?i)\b(?:shot|set|film(?:ed|ing|s)?|shoot(?:ing|s)?|based|lensed|produced|located|"
    r"takes?\s{1,3}place|unfolds?)\s{1,3}(?:(?:on\s{1,3}location|largely|mainly|mostly|"
    r"entirely|primarily)\s{1,3})?in\s{1,3}$")
#: How far around a list the text may tie its place to a show (``_place_tied``).
_PLACE_TIE_WINDOW = 400


def _place_tied(text: str, place: str, start: int, end: int) -> bool:
    """The text ties ``place`` to a show near the list from ``start`` to ``end``: a filming
    or setting phrase right before it ("shot in Lisbon", ``_PLACE_TIE_RE``), a dateline
    opening the text ("LISBON —"), or its possessive ("Salt Road, Lisbon's answer to ..."):
    there "Title, Place" may be one name. Read in a bounded window, never the whole text."""
    if text[:len(place) + 4].upper().startswith(place.upper() + " ") and \
            text[len(place) + 1:len(place) + 2] in ("—", "–", "-", "("):
        return True
    if text.startswith(("'s", "’s"), end):
        return True
    low = place.lower()
    lo = max(0, start - _PLACE_TIE_WINDOW)
    window = text[lo:end + _PLACE_TIE_WINDOW]
    lowered = window.lower()
    at = lowered.find(low)
    for _ in range(8):  # a few mentions at most: bounded work per list
        if at < 0:
            return False
        if _PLACE_TIE_RE.search(window, max(0, at - 40), at):
            return True
        at = lowered.find(low, at + len(low))
    return False


def _governed_listed_title_before_place(text: str, span: Span, nxt: Span, joint: bool,
                                        ahead: Sequence[Span], behind: Sequence[Span]) -> bool:
    """"Salt Road, Lisbon" inside a list a decision governs ("Kestrel renewed Salt Road,
    Lisbon and Havana", "Salt Road, Lisbon, Havana and Lantern House have all been renewed
    for new seasons", ``lists.decision_governs_list``): a name of two words or more, no place
    itself, before a place is two of the list's items where the list goes on past the place
    with its joiners. A one-word name keeps the pair ("Tarrow, Nevada"), as does a place the
    text ties to a show (``_place_tied``: "shot in Lisbon", a dateline, "Lisbon's answer to"),
    and a list "the series" heads (one title may follow it, ``lists.singular_kind_heads``);
    a list no decision governs keeps it too ("the cast of Salt Road, Lisbon and Havana").
    ``ahead`` are the spans before ``span`` (nearest last), ``behind`` ``nxt`` and those after
    it (nearest last) (round 32, ``title.span.governed_listed_pair``)."""
    words = span.text.lower().split()
    if len(words) < 2 or not (joint or _NEXT_LIST_ITEM_RE.match(text, nxt.end)):
        return False
    places = vocabulary().places
    head = nxt.text.partition(" and ")[0] if joint else nxt.text
    if head.lower() not in places or " ".join(words) in places:
        return False
    first = span.start
    for index in range(len(ahead) - 1, max(-1, len(ahead) - 9), -1):
        item = ahead[index]
        if not LIST_JOINER_RE.fullmatch(text, item.end, first):
            break
        first = item.start
    last = nxt.end
    for index in range(len(behind) - 2, max(-1, len(behind) - 10), -1):
        item = behind[index]
        if not LIST_JOINER_RE.fullmatch(text, last, item.start):
            break
        last = item.end
    if singular_kind_heads(text, span.start) or \
            not decision_governs_list(text, first, last) or \
            _place_tied(text, head, first, nxt.start + len(head)):
        return False
    rules.check("title.span.governed_listed_pair")  # a span rule: --explain shows its items
    return True


def _listed_town_before_town(text: str, span: Span, nxt: Span, joint: bool) -> bool:
    """"Lisbon, Havana" inside a list ("renewed Salt Road, Lisbon, Havana and Lantern House"):
    a place or a one-word name, a comma, then a place that is no region (a town: no country,
    US state, Canadian province or UK nation, ``Vocabulary.regions``) are two of the list's
    items — a town is named with its region after the comma ("Lisbon, Portugal", "Tarrow,
    Nevada", "Roswell, New Mexico" stay one name), never with another town. Only inside a
    list: the list goes on past the place ("and" inside ``nxt`` or a joiner after it) or came
    to the name with a comma; "renewed Lisbon, Havana for a second season" keeps the pair
    (round 32, ``title.span.listed_towns``). A name of two words or more before a place is
    ``_governed_listed_title_before_place``'s ("Salt Road, Lisbon": its ties and heads)."""
    head = nxt.text.partition(" and ")[0].lower() if joint else nxt.text.lower()
    vocab = vocabulary()
    if head not in vocab.places or head in vocab.regions:
        return False
    if not (joint or _NEXT_LIST_ITEM_RE.match(text, nxt.end)
            or text[:span.start].rstrip().endswith(",")):
        return False
    rules.check("title.span.listed_towns")  # a span rule: --explain shows its two items
    return True


def _comma_and_question_titles(text: str, spans: list[Span]) -> list[Span]:
    """Titles with a comma or a question mark inside: "Emily Owens, M.D.", "Are You There,
    Chelsea?", "Roswell, New Mexico" (a name then a state or country), "Who's Talking to Chris
    Wallace?" in the middle of a sentence. Sentence questions are not titles: the span must
    sit inside its sentence."""
    places = vocabulary().places
    queue = list(reversed(spans))
    out: list[Span] = []
    while queue:
        span = queue.pop()
        nxt = queue[-1] if queue else None
        first = span.text.split()[0].lower()
        if nxt is not None and text[span.end:nxt.start] == ", ":
            suffix = _TITLE_SUFFIX_RE.match(nxt.text)
            if suffix and (suffix.end() == len(nxt.text) or nxt.text[suffix.end()] == " "):
                # "Emily Owens, M.D. and ...": the suffix is the title's; the rest goes on
                queue.pop()
                end = nxt.start + suffix.end()
                out.append(Span(span.start, end, text[span.start:end]))
                rest = _TOKEN_RE.search(text, end, nxt.end)
                while rest and rest.group(0).lower() in TITLE_CONNECTORS:
                    rest = _TOKEN_RE.search(text, rest.end(), nxt.end)
                if rest:
                    queue.append(Span(rest.start(), nxt.end, text[rest.start():nxt.end]))
                continue
            asks = first in _QUESTION_WORDS and text[nxt.end:nxt.end + 1] == "?" and \
                len(nxt.text.split()) <= 3 and mid_sentence(text, span.start)
            head, joint, _ = nxt.text.partition(" and ")
            if _listed_name_before_place(text, span, nxt, bool(joint)) or \
                    _kind_listed_title_before_place(text, span, nxt, bool(joint)):
                out.append(span)  # "cancelled Martha, Lisbon and Rosa Hazel": two items
                continue
            if _governed_listed_title_before_place(text, span, nxt, bool(joint), out, queue):
                out.append(span)  # "renewed Salt Road, Lisbon and Havana": three items
                if joint:  # the place and the item after its "and" are two items too
                    queue.pop()
                    after = nxt.start + len(head) + len(joint)
                    queue.append(Span(after, nxt.end, text[after:nxt.end]))
                    queue.append(Span(nxt.start, nxt.start + len(head), head))
                continue
            if (" " not in span.text or span.text.lower() in places) and \
                    (joint or head.lower() in places) and \
                    _listed_town_before_town(text, span, nxt, bool(joint)):
                out.append(span)  # "Salt Road, Lisbon, Havana and Lantern House": towns
                continue
            if joint and head.lower() in places and len(span.text.split()) <= 2:
                # "Marfa, Texas and Jane Doe": the town's state, then the next item
                queue.pop()
                end = nxt.start + len(head)
                out.append(Span(span.start, end, text[span.start:end]))
                start = end + len(joint)
                queue.append(Span(start, nxt.end, text[start:nxt.end]))
                continue
            region = nxt.text.lower() in places and len(span.text.split()) <= 2
            if asks or region:
                queue.pop()
                end = nxt.end + (1 if asks else 0)
                out.append(Span(span.start, end, text[span.start:end]))
                continue
        if first in _QUESTION_WORDS and text[span.end:span.end + 1] == "?" and \
                len(span.text.split()) >= 3 and mid_sentence(text, span.start):
            out.append(Span(span.start, span.end + 1, text[span.start:span.end + 1]))
        else:
            out.append(span)
    return out


def _next_is_title_word(tokens: list[re.Match[str]], index: int) -> bool:
    """The token after ``index`` continues a title: capitalised, not a break word or month."""
    if index + 1 >= len(tokens):
        return False
    nxt = tokens[index + 1].group(0).lstrip(_LEAD_PUNCT).rstrip(_TRAIL_PUNCT)
    return bool(nxt) and nxt[0].isupper() and nxt.lower() not in _BREAK_WORDS and \
        not _MONTH_END_RE.search(nxt)


def _joins_here(tokens: list[re.Match[str]], index: int,
                current: list[tuple[int, int, str, bool]], joins: Collection[Join]) -> bool:
    """The inner word at ``index`` joins the capitalised words around it into one title: the
    article attests these three words as a unit."""
    if not (joins and current and current[-1][3] and index + 1 < len(tokens)):
        return False
    nxt = tokens[index + 1].group(0).lstrip(_LEAD_PUNCT).rstrip(_TRAIL_PUNCT)
    return (current[-1][2].lower().rstrip("."), tokens[index].group(0), nxt.lower()) in joins


#: A rescue told in a title-case headline ("Salt Road Saved By Tovrel", "Salt Road Rescued
#: From Cancellation", "Kestrel Rescues Salt Road"; round 38, r38leftovers): the verb ends the
#: run before it. Only after a word of the run and before "By", "From", "For" or (the active
#: verbs) a capitalised object, so a title opening on the word stays ("Saved By The Bell").
_RESCUE_WORDS = frozenset("saved rescued revived resurrected saves rescues".split())


_RESCUED_FOR = frozenset(
    """cancellation cancelation the axe season series a an another second third fourth fifth
    sixth seventh""".split())


def _rescue_at(tokens: Sequence[re.Match[str]], index: int) -> bool:
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1].group(0)
    if following.lower() in ("by", "from", "for"):
        return True
    if tokens[index].group(0).lower() not in ("saves", "rescues") or \
            not following[:1].isupper():
        return False
    # the active verb's object then what it is saved from or for ("Kestrel Rescues X From
    # Cancellation", "Saves X For A Third Season"; not "Jane Doe Rescues Puppy On X Set")
    words = [t.group(0).lower() for t in tokens[index + 2:index + 9]]
    return any(word in ("from", "for") and nxt in _RESCUED_FOR
               for word, nxt in itertools.pairwise(words))


#: Round 39 (r39titles): the first words of the streamers' season nouns
#: (``patterns.SEASON_NOUN_AFTER_NAME_RE``'s stems: "part", "vol", "book", "chapter",
#: "collection", "cycle"), which ``_season_noun_end`` looks at after a run's word.
_SEASON_NOUN_STEMS = SEASON_NOUN_AFTER_NAME_RE.stems
#: A year's last two digits after a title's word ("Class of '09", "Bay '94"): the title's own.
_SHORT_YEAR_RE = re.compile(r"['’]\d\d(?![\w'’])")


def _season_noun_end(text: str, current: list[tuple[int, int, str, bool]], low: str) -> int:
    """Where a streamer's season noun and its number glued to the run's name end ("Copper Vale
    Book Two", "Salt Road: Collection 4", "Lantern House Volume 3"), as
    ``patterns.season_noun_at`` reads them for the season (round 38): the name is the title,
    the noun and its number the season, never the title's words (``title.span.season_noun``,
    round 39); 0 when ``low`` opens no such noun or no name stands right before it. A title
    that ends with a number word with no season noun before it stays whole."""
    if not current or not low.startswith(_SEASON_NOUN_STEMS):
        return 0
    at = current[-1][1]
    noun = SEASON_NOUN_AFTER_NAME_RE.match(text[at:at + 30])
    return at + noun.end() if noun else 0


def _trace_season_nouns(text: str, spans: Sequence[Span], widened: dict[str, str]) -> None:
    """For ``--explain``: the season nouns (``title.span.season_noun``) and the short years
    (``title.span.short_year``) the span reading ended a title on, as the title with them."""
    for span in spans:
        noun = SEASON_NOUN_AFTER_NAME_RE.match(text[span.end:span.end + 30]) \
            if text[span.end:span.end + 1] in (" ", ":") else None
        if noun:
            widened.setdefault(text[span.start:span.end + noun.end()].rstrip(_TRAIL_PUNCT),
                               rules.check("title.span.season_noun"))
        elif span.text[-3:-2] in ("'", "’") and _SHORT_YEAR_RE.fullmatch(span.text[-3:]):
            widened.setdefault(span.text[:-4], rules.check("title.span.short_year"))


def _season_noun_after(after: str) -> bool:
    """A streamer's season noun and its number right after a span ("X Book Two", "X: Part 3",
    ``patterns.SEASON_NOUN_AFTER_NAME_RE``): a season's phrase, the span a show's name, as
    "X season 2" says (``title.span.season_noun``, round 39)."""
    return after[:1] in (" ", ":") and season_noun_after(after, 0)


def _run_spans(text: str, tokens: list[re.Match[str]],
               current: list[tuple[int, int, str, bool]], flush: Callable[[], None],
               joins: Collection[Join] = ()) -> None:
    """The per-token work of title_spans over one run of candidate words."""
    skip = 0  # the end of a season noun's number, whose words are no title's
    for index, match in enumerate(tokens):
        if match.start() < skip:
            continue
        raw = match.group(0)
        if raw in TITLE_INNER_WORDS and raw not in TITLE_CONNECTORS:
            if _joins_here(tokens, index, current, joins):
                current.append((match.start(), match.end(), raw, False))
            else:
                flush()
            continue
        if raw[0].isupper() and raw.isalpha():
            # The common case, a plain capitalised word ("Netflix"): what the steps below do
            # with it, without them (no punctuation to clean, no digit, no hyphen).
            low = raw.lower()
            if current and (skip := _season_noun_end(text, current, low)):
                flush()  # "Copper Vale Book Two": the title ends before its season noun
            elif low in _BREAK_WORDS or (low in _RESCUE_WORDS and current and _rescue_at(
                    tokens, index)):
                flush()
            elif low in TITLE_CONNECTORS and current:
                current.append((match.start(), match.end(), raw, False))
            elif _is_cap(raw):
                current.append((match.start(), match.end(), raw, True))
            else:
                flush()
            continue
        if raw == "be" and current and current[-1][2] == "to" and (
                _next_is_title_word(tokens, index) or (
                    index + 1 < len(tokens) and tokens[index + 1].group(0) in ("a", "an", "the")
                    and _next_is_title_word(tokens, index + 1))):
            # "How to be a Gentleman": "to be" inside a title
            current.append((match.start(), match.end(), raw, False))
            continue
        if raw[0].islower() and raw not in TITLE_CONNECTORS and "-ish" not in raw:
            if current:  # (flush does nothing with no run open: most lower-case words)
                flush()  # the common case: an ordinary lower-case word ends any title
            continue
        if raw[-1] in "'’" and raw[-3:-1] == "in" and raw[0].isupper() and len(raw) >= 5 \
                and _next_is_title_word(tokens, index):
            # "Workin' Moms": an apostrophe for a dropped g, not a closing quote
            current.append((match.start(), match.end(), raw, True))
            continue
        if current and raw[0] in "'’" and (year := _SHORT_YEAR_RE.match(raw)):
            # "Class of '09": a year's two digits end the title they belong to (round 39)
            current.append((match.start(), match.start() + year.end(), raw[:year.end()], True))
            flush()
            continue
        core, offset, opens, closes = _clean_token(raw)
        if closes and _POSSESSIVE_RE.search(raw) and index + 1 < len(tokens):
            nxt = tokens[index + 1].group(0).lstrip(_LEAD_PUNCT)
            if nxt[:1].isupper() and not _season_after(tokens, index + 1):
                owner = [c[2] for c in current] + [_POSSESSIVE_RE.sub("", core)]
                shown = shown_networks()
                size = next((k for k in range(min(4, len(owner)), 0, -1)
                             if possessor_is_not_title(owner[-k:])
                             or " ".join(owner[-k:]).lower() in shown), 0)
                if not size and nxt == "The" and _next_is_title_word(tokens, index + 1):
                    # "Okafor's The Lantern Tower": no title says "X's The"
                    # inside; the possessive is an owner's before the title, whoever it is,
                    # with the name words before it ("Nattie Vell's The ...": no "Nattie")
                    size = 1
                    while size < min(3, len(owner)) and current[-size][3] and \
                            _PERSON_WORD_RE.fullmatch(current[-size][2]) and \
                            current[-size][2].lower() not in STOP_CAPS:
                        size += 1
                if size:
                    # "Maya Okafor's The Lantern", "Fans of Prime Video's The Wheel of Time"
                    del current[len(current) - size + 1:]
                    flush()
                    continue
                # "Nobody's Garden": a possessive inside a title, not after it.
                core, closes = raw[offset:], False
        start = match.start() + offset
        end = start + len(core)
        if opens:
            flush()
        if not core:
            flush()
            continue
        low = core.lower()
        if "-" in core and _MODIFIER_TOKEN_RE.search(core):
            # "A and the Jane Doe-led Wexmoor": the name before "-led" is no title's either
            while current and current[-1][3]:
                current.pop()
            flush()
            continue
        if core[:2] in ("19", "20") and _SEASON_YEARS_RE.fullmatch(core):
            flush()  # "Wexmoor for 2023-24": a season of the schedule, not the title's
            continue
        if core.isdigit() and _SEASON_WORD_BEFORE_RE.search(text, max(0, start - 9), start):
            flush()  # "season 3 of X": the number is the season's, never the title's
            continue
        if core.isdigit() and len(core) <= 3 and current and current[-1][3] and not closes \
                and not _MONTH_END_RE.search(current[-1][2]) and _next_is_title_word(tokens, index):
            current.append((start, end, core, False))  # "This Hour Has 22 Minutes"
            continue
        if core.isdigit() and current and not current[-1][3] and len(core) <= 3:
            current.pop()  # "24 Hours and 10 Days": the number starts the next title
            flush()
        elif len(core) == 4 and core.isdigit():
            # A year-like number stands alone: a title only where the text says so ("1899")
            flush()
            current.append((start, end, core, True))
            flush()
            continue
        elif low in _BREAK_WORDS or (len(core) in (4, 5) and _YEARISH_RE.fullmatch(core)) or (
                core.isdigit() and current):
            flush()
            continue
        elif current and (skip := _season_noun_end(text, current, low)):
            flush()  # "Salt Road Vol. 2"
            continue
        if low in TITLE_CONNECTORS and current:
            current.append((start, end, core, False))
        elif _is_cap(core):
            current.append((start, end, core, True))
        else:
            flush()
            continue
        if closes:
            flush()


_SEASON_ORDINAL_RE = re.compile(
    rf"(?i)(?:{'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th)|new|final|next|upcoming|latest|last)")


def _season_after(tokens: list[re.Match[str]], index: int) -> bool:
    """The tokens from ``index`` on are an ordinal's season ("Glass Harbor's Second Season"):
    a possessive before them ends the title, where "Nobody's Garden" runs on."""
    return index + 1 < len(tokens) and bool(
        _SEASON_ORDINAL_RE.fullmatch(tokens[index].group(0))) and \
        tokens[index + 1].group(0).lower().rstrip(_TRAIL_PUNCT) in ("season", "series")


#: A hyphenated modifier before a title ("the Jane Doe-led Wexmoor": ``HYPHEN_MODIFIER_ENDINGS``,
#: the same compounds as a headline's describing words) and a TV season of years.
_MODIFIER_TOKEN_RE = re.compile(rf"-(?:{'|'.join(longest_first(HYPHEN_MODIFIER_ENDINGS))})$")
_SEASON_YEARS_RE = re.compile(rf"{_YEAR_DIGITS}[-/–](?:\d\d|{_YEAR_DIGITS})")
_SEASON_WORD_BEFORE_RE = re.compile(r"(?i)\b(?:seasons?|series|part|volume|vol\.?)\s+$")
_MONTH_END_RE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$")
#: The days of the week (one set with ``titles.WEEKDAY_WORDS``).
_CALENDAR = WEEKDAY_WORDS
#: The months and days a quoted title may end on ("'Marlow Friday'", ``title.keep.time_end``;
#: unquoted, a date of the sentence: ``TRAILING_STOP``).
_TIME_TAILS = TIME_TAIL_WORDS


_BULLETS = "•*·▪◦►♦■ "
#: Two-word prepositions that open a sentence, never a title ("Ahead of X's premiere").
_LEADING_PHRASES = frozenset({("ahead", "of"), ("prior", "to"), ("thanks", "to"), ("due", "to"),
                              ("according", "to"), ("along", "with"), ("in", "addition"),
                              ("as", "for"), ("as", "of")})
#: Their first words, which alone are no title ("Ahead of the premiere, X was renewed").
_LEADING_PHRASE_HEADS = frozenset(first for first, _ in _LEADING_PHRASES) - {"in", "as"}
#: Words that open a sentence on the show's past, alone no title ("Having been axed by Fox,
#: X was picked up", "Once cancelled, X returns").
_BACKGROUND_OPENERS = frozenset({"having", "once", "despite"})
#: Prepositions that open a sentence before a title: "Unlike Salt Road, which was cancelled".
_LEADING_WORDS = frozenset({"unlike", "alongside", "despite", "following", "including",
                            # a source or a cast opener: "Per Deadline, ...", "Starring X"
                            "per", "via", "starring", "featuring", "besides"})
#: A scorecard's status before a colon that opens a span ("Ending: The Magicians"): not the
#: title's word (a page's label, "Roundup: ...", is vetoed whole: see titles.judge).
_LABEL_BEFORE_COLON = frozenset(
    """ending ended cancelled canceled renewed returning new final bubble axed ordered pending
    undecided""".split())
#: A list's lead-in before a colon and a month ("Returning in June:", "New in July:",
#: "Premiering this September:"): not the first item's words.
_LEAD_IN_BEFORE_COLON = frozenset(
    "returning premiering coming arriving debuting new streaming launching back".split())
#: Small words a sentence never capitalises: after a sentence's first word they say the run
#: is written in title case ("So You Think You Can Dance", "How To Live With ...").
_CAPITALISED_SMALL = frozenset(
    "You Your We Our He She They Me My To Be Is Are Can Do Not Of With".split())
#: Function words that start a title when the title sits inside its sentence ("renewed So You
#: Think You Can Dance", "Lilly Singh's A Little Late"); at a sentence's start they are the
#: sentence's.
_FUNCTION_WORDS = frozenset(
    """a an the this that these those it its he she they we you i his her their our my your
    in on at for with from by of to and or but so as if when while after before since until
    during here there which where not no each every most many several some few both""".split())


#: A kind of show that opens a sentence before a show's name ("Docuseries Glass Harbor
#: returns", "Spinoff Salt Road premieres"): capitalised only by its place, it describes the
#: name as "the docuseries Glass Harbor" would. Written in lower case after a word ("the
#: medical drama Glass Harbor") it never joins the span; at the sentence's start it did, and
#: the fact went to a title no one uses. "show", "series", "program" and "soap" open real
#: titles ("Show Me a Hero"), so they are not here.
_KIND_BEFORE_NAME = frozenset(
    """drama comedy sitcom dramedy docuseries docu-series miniseries mini-series anthology
    procedural telenovela romcom rom-com mockumentary docudrama k-drama anime spinoff
    spin-off revival reboot prequel sequel""".split())


def describes_next(words: Sequence[str]) -> bool:
    """The first of ``words`` (a span opening its sentence) is a kind of show describing the
    name after it, not a word of that name: "Comedy Glass Harbor was cancelled". Not a
    network's name ("Comedy Central's Glass Harbor") nor before one word alone, which may be
    the title's own second word ("Drama Queens")."""
    if len(words) < 3:
        return False
    if words[0].lower() not in _KIND_BEFORE_NAME or not words[1][:1].isupper():
        return False
    pair = _POSSESSIVE_RE.sub("", f"{words[0]} {words[1]}".lower())
    return pair not in vocabulary().networks


#: Counts of seasons a headline gives after a title ("X After Two Seasons").
_COUNT_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve a".split())


#: Words of the calendar a title may open with before "of" ("Summer of the Wolves", "The Fall of
#: the House of Ash"); prose says "in June of 2031", whose number ends the span before.
_TIME_HEADS = frozenset(
    """january february march april may june july august september october november december
    spring summer fall autumn winter""".split())


#: After "Weekday of": words that make the phrase a time ("the Friday of Thanksgiving Week").
_WEEKDAY_OF_TIME_WORDS = frozenset({"day", "week", "weekend", "the"})


def _weekday_of_title(words: Sequence[str]) -> bool:
    """``words`` open with a capitalised weekday, a lower-case "of" and a capitalised name
    that is no calendar word and no time ("Saturday of Salt Road", "Friday of Oregon"): a
    title's head, as ``dates.named_calendar_word`` reads it
    (``date.calendar_word_before_of_name``), not the sentence's day (round 31, rule
    ``title.span.weekday_of_name``)."""
    if not (len(words) >= 3 and words[0][:1].isupper() and words[0].lower() in _CALENDAR and
            words[1] == "of" and words[2][:1].isupper() and words[2].lower() not in _CALENDAR
            and words[2].lower() not in _TIME_HEADS and not any(
                w.lower() in _WEEKDAY_OF_TIME_WORDS for w in words[2:4])):
        return False
    rules.check("title.span.weekday_of_name")  # a span rule: --explain shows the title
    return True


#: The time of day a weekday opens in a name ("Friday Night Harbor", "Saturday Night Lantern"):
#: ``titles.TIME_OF_DAY_WORDS`` but the afternoon (round 32 read night, morning and evening;
#: "Friday Afternoon X" is left as it was, the weekday cut).
_WEEKDAY_TIME_OF_DAY = TIME_OF_DAY_WORDS - {"afternoon", "afternoons"}
#: After "Friday Night": words that keep the three the week's time, its broadcast or its
#: game, not a show's name ("Friday Night Premiere", "Saturday Night Lineup", "Sunday Night
#: Football": a schedule's or a league's slot).
_WEEKDAY_TIME_NOUNS = frozenset(
    """premiere premieres finale finales episode episodes special specials schedule slate
    lineup line-up block slot ratings news update edition broadcast return debut launch
    release date dates event show shows programming viewing tv television football baseball
    basketball hockey soccer wrestling boxing fights racing game games""".split())


def _weekday_time_name(words: Sequence[str]) -> bool:
    """``words`` open with a capitalised weekday, a capitalised time of day and a capitalised
    name word that is no calendar word, no time and no word of a schedule ("Friday Night
    Harbor", "Saturday Night Lantern", "Monday Morning Havana"): a title's head, whose weekday
    ``clean_title`` would cut as the sentence's day, leaving "Night Harbor" (round 32, rule
    ``title.span.weekday_time_name``); not "Friday Night" alone nor "Friday Night Premiere"."""
    if not (len(words) >= 3 and words[0][:1].isupper() and words[0].lower() in _CALENDAR
            and words[1][:1].isupper() and words[1].lower() in _WEEKDAY_TIME_OF_DAY):
        return False
    third = words[2].strip(_TRAIL_PUNCT)
    low = third.lower()
    if not (third[:1].isupper() and third[1:].islower() and third.isalpha()) or \
            low in STOP_CAPS or low in TITLE_CONNECTORS or low in _CALENDAR or \
            low in _TIME_HEADS or low in _TIME_TAILS or low in _WEEKDAY_TIME_NOUNS or \
            low in _EDGE_TIME_OF_DAY or _network_words([third]):
        return False
    rules.check("title.span.weekday_time_name")  # a span rule: --explain shows the title
    return True


def _time_of_title(words: Sequence[str]) -> bool:
    """``words`` open with a capitalised time word, a lower-case "of" and a capitalised word
    or "the": a title's head ("Summer of the Wolves"), not a time of the sentence."""
    return len(words) >= 3 and words[0][:1].isupper() and \
        words[0].lower() in _TIME_HEADS and words[1] == "of" and (
            words[2][:1].isupper() or words[2] == "the")


#: Words after a month or a season of the year that make the pair the calendar's news, not a
#: title ("October Filming Window", "Winter TV Preview", "Winter Press Event", "July Premiere").
_CALENDAR_NEWS_WORDS = frozenset(
    """premiere premieres premiering finale finales filming shoot shooting production return
    returns debut debuts date dates release releases launch bow tv schedule schedules preview
    previews lineup line-up slate sweeps tca press tour break hiatus upfront upfronts ratings
    box movie movies film films festival run edition issue update updates round-up roundup
    calendar guide""".split())


def _time_names_title(words: Sequence[str], mid: bool = False) -> bool:
    """``words`` (a span, nothing cut before them) open with a capitalised month or season of
    the year that is the title's first word: "Winter Kings", "June and the Hollow Men", "The
    Autumn I Left Marlow" after its "The". Not after a word the span lost ("In June Glass
    Harbor ...": see also ``_without_time_before``), not the calendar's news ("October
    Filming Window", "Winter TV Preview"), not a modal "May", not before a number ("March 4").
    ``mid``: the span stands inside its sentence, where a capitalised "May" is no modal (a
    modal there is lower-case): "renewed May Day Street" keeps it (round 41, r41shapes, rule
    ``title.span.month_named_mid``)."""
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    low = words[0].lower()
    if low not in _TIME_HEADS or (low == "may" and not mid):
        return False
    if words[1] == "of":
        return _time_of_title(words)
    rest = list(words[1:])
    if rest[0].lower() in ("and", "&"):
        rest = rest[1:]  # "June and the Hollow Men"
        if rest and rest[0].lower() in ("the", "a", "an"):
            rest = rest[1:]
    if not rest:
        return False
    follow = rest[0]
    follow_low = _POSSESSIVE_RE.sub("", follow.lower()).rstrip(_TRAIL_PUNCT)
    return follow[:1].isupper() and follow[:1].isalpha() and (
        follow == "I" or follow_low not in STOP_CAPS) and \
        follow_low not in TRAILING_STOP and follow_low not in _BREAK_WORDS and \
        follow_low not in _CALENDAR_NEWS_WORDS and follow_low not in _TIME_HEADS and \
        follow_low not in _CALENDAR and not _network_words([follow])


def _may_mid(words: Sequence[str], mid: bool) -> bool:
    """``mid`` for ``_time_names_title`` when the span opens on "May" inside its sentence
    (the rule is named where it keeps one)."""
    if mid and words and words[0] == "May":
        rules.check("title.span.month_named_mid")
        return True
    return False


#: Words of the sentence's time before a month or a season: "in June", "since March",
#: "early Summer": the month after one is the sentence's date, whatever capitalised word
#: follows.
_TIME_GOVERNORS = frozenset(
    """in by since until till from through during this next last early late mid each every
    before after around between""".split())
_TIME_BEFORE_RE = re.compile(
    r"(?i)(?:^|\s)(?:" + "|".join(sorted(_TIME_GOVERNORS)) + r")\s{1,3}$")


def _without_time_before(text: str, span: Span) -> Span:
    """The span without a month or a season of the year the sentence's preposition governs
    ("renewed in June Glass Harbor ..."): a date of the sentence, not a title's first word."""
    head, _, rest = span.text.partition(" ")
    if rest and head.lower() in _TIME_HEADS and not _time_of_title(span.text.split()) and \
            _TIME_BEFORE_RE.search(
            text, max(0, span.start - 12), span.start):
        return Span(span.end - len(rest), span.end, rest)
    return span


_ORIGINAL_LABEL_RE = re.compile(r"(?:Originals?|Exclusive),?\s{1,3}(?=[\"“‘']?[A-Z0-9])")


def _network_words(words: Sequence[str]) -> bool:
    """The words name a network ("Sky", "Prime Video", "Apple TV+")."""
    return bool(words) and " ".join(words).lower() in vocabulary().networks


def _without_original_label(text: str, span: Span) -> Span:
    """The span without a network's label before the title ("Sky Original Glass Harbor",
    "Netflix Original Glass Harbor", "Prime Video Exclusive Glass Harbor"): the network and
    its "Original" package the title, as a network's possessive does. "Original Sin" with no
    network before it stays a title."""
    words = span.text.split(" ")
    before = text[max(0, span.start - 40):span.start].split()
    skip = 0
    if words[0] in ("The", "An", "A") and len(words) > 3:
        skip = len(words[0]) + 1  # "The Apple Original Glass Harbor"
        before, words = [*before, words[0]], words[1:]
    for n in range(min(3, len(words) - 2), -1, -1):
        if not (_network_words(words[:n]) if n else any(
                _network_words(before[-k:]) for k in (1, 2, 3) if len(before) >= k)):
            continue
        head = skip + len(" ".join(words[:n])) + (1 if n else 0)
        label = _ORIGINAL_LABEL_RE.match(span.text, head)
        if label and label.end() < len(span.text):
            return Span(span.start + label.end(), span.end, span.text[label.end():])
    return span


#: A number after a title, then the season the sentence gives that show: the number is the
#: title's own ("Ward 13 season 2", "Ward 13's second season", "Ward 13 for a third season").
_OWN_NUMBER_AFTER_RE = re.compile(
    rf"\s(\d{{1,4}})(?=['’]s\s+(?:[\w-]+\s+){{0,2}}?(?i:{'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th)|"
    r"new|final|next|upcoming|latest)\s+(?i:season|series)\b"
    r"|\s{1,3}(?i:season|series)\s{1,3}(?:\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|"
    r"nine|ten))\b|\s{1,3}S\d{1,2}\b|\s{1,3}\((?i:season|series)\s"
    rf"|\s{{1,3}}(?:for|into)\s+(?:a|an|its|another)\s+(?:{'|'.join(ORDINALS)}|"
    r"\d{1,2}(?:st|nd|rd|th)|new|final|fresh)\s+(?:and\s+final\s+)?(?:season|series)\b)")
#: A number after a title that no unit, date or season word follows: the title's own when a
#: season phrase names the show before it ("the second season of Ward 13") or its clause gives
#: it another season (``_other_season_in_clause``).
_OWN_NUMBER_BEFORE_RE = re.compile(
    r"\s(\d{1,4})(?!\d)(?!\s*(?:[%$]|episodes?|minutes|million|years?|days?|weeks?|hours?|percent|"
    r"of\b|[-:/.,]\d|am\b|pm\b|(?i:seasons?|series)\b"
    # round 35: a day before its month is a date ("from Sunday 14 July"), no title's number
    rf"|(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?(?i:{MONTH_STEMS})[a-z]{{0,6}}\b))(?![\w.,]\w)")
#: A number after a title too big for a season ("Area 51", "Ward 402": the season reading
#: takes 1-39), no unit, count noun or date word after it: the title's own wherever it stands
#: (round 35, ``title.span.never_season_number``). A year is one only beside a season phrase.
_NEVER_SEASON_NUMBER_RE = re.compile(
    r"\s([1-9]\d{2,3}|[4-9]\d)(?!\d)(?!\s*(?:[%$]|episodes?|minutes|million|billion|thousand|years?|"
    r"days?|weeks?|hours?|months?|percent|per\b|viewers|people|fans|votes|countries|markets|"
    r"territories|titles|shows|series|seasons?|of\b|[-:/.,]\d|am\b|pm\b|[ap]\.m\.|BST|GMT|"
    r"[ECMP][SD]?T\b))(?![\w.,]\w)")


def _never_season_number(title: str) -> bool:
    """``title`` ends in a number no season reading takes and no date reader reads as a
    year ("Area 51", "Ward 402"; not "Ward 13", "Dallas 1999")."""
    last = title.rsplit(" ", 1)[-1]
    return last.isdigit() and int(last) >= 40 and not _is_year(last)


def _is_year(digits: str) -> bool:
    """``digits`` read as a year beside a name (``_YEAR_DIGITS``, 1900-2099)."""
    return _YEAR_DIGITS_RE.fullmatch(digits) is not None


#: A number the span's opening quote closes after, a season phrase next ("'Ward 13' Season
#: 2"); a quoted number alone is as often the season ("'Glass Harbor 4' wraps filming").
_QUOTED_NUMBER_RE = re.compile(
    r"\s(\d{1,3})[’'\"”](?=\s{1,3}(?:(?i:season|series)\s{1,3}(?:\d{1,2}|(?i:one|two|three|"
    r"four|five|six|seven|eight|nine|ten))\b|S\d{1,2}\b))")
#: Words a number after is a part, a rank or a count, never a title's own number.
_NUMBERED_WORDS = frozenset(
    """part chapter episode episodes volume vol book act phase season seasons series week day
    top page no number round level stage issue game games vs""".split())


#: A holiday a time's preposition governs at the end of a span ("... of Salt Road on
#: Christmas Day", "X over Christmas", "X by New Year's Eve"): the sentence's date, no title's
#: words (round 35, ``title.span.holiday_tail``).
_HOLIDAY_TAIL_RE = re.compile(
    r"(?i)(?:on|at|over|by|until|before|after|for|from|around|this|next) (?:the )?"
    # the days ``dates`` reads (``dates.NAMED_DAYS``, round 37; the words are joined by one
    # space), a first word alone that names one ("over Christmas"), and "New Year's" ("the
    # new year" is ``dates``' own)
    rf"(?:{named_day_alt(NAMED_DAYS)}|new year['’]s)"
    # ... and a holiday's first word alone after "on", where the span stopped at its weekday
    # ("Salt Road on Good Friday"): never after another preposition, whose "for good" is a
    # title's own idiom ("Gone for Good", "Back for Good")
    rf"|(?i:on (?:{'|'.join(WEEKDAY_DAY_FIRST_WORDS)}))")


def _without_holiday_tail(words: list[str]) -> list[str]:
    """``words`` without a holiday its preposition governs at their end ("Salt Road on
    Christmas Day" is Salt Road), when a name of two words or one is left before it
    (rule ``title.span.holiday_tail``)."""
    for cut in range(len(words) - 1, 0, -1):
        if _HOLIDAY_TAIL_RE.fullmatch(" ".join(words[cut:]).rstrip(".,:;")):
            rules.note_span(" ".join(words), "title.span.holiday_tail")  # --explain shows it
            return words[:cut]
    return words


#: A number right after a span (``with_own_number`` asks what follows it).
_BARE_NUMBER_AFTER_RE = re.compile(r"\s(\d{1,4})")


def with_own_number(text: str, span: Span, headline: bool = False, article: str = "") -> Span:
    """The span with the number right after it when that number is the title's own: the show
    gets its season from a season phrase beside it ("Ward 13 season 2", "the second season of
    Ward 13"), or the quotes that open the span close after the number before a season
    phrase ("'Ward 13' Season 2"), or the ``article`` (headline and body) never writes the
    name without that number (round 39, ``_never_bare``: "Kestrel cancelled Route 9.").
    Without such a phrase, where the article writes the name alone too, "Glass Harbor 4"
    stays Glass Harbor's fourth season. In a ``headline`` the clause after the number is read
    in any case ("Ward 13 Renewed for Season 3")."""
    if not text[span.end:span.end + 1].isspace() or not text[span.end + 1:span.end + 2].isdigit():
        return span
    last = span.text.split()[-1].lower().strip(_TRAIL_PUNCT)
    if last in _NUMBERED_WORDS or _MONTH_END_RE.search(span.text) or \
            span.text[-1:] in _TRAIL_PUNCT:
        return span
    opened = span.text[:1] in _QUOTE_OPENERS or (
        span.start > 0 and text[span.start - 1] in _QUOTE_OPENERS)
    quoted = _QUOTED_NUMBER_RE.match(text, span.end) if opened else None
    if quoted:  # "'Ward 13' Season 2": the quotes close after the number, the title's own
        return Span(span.start, quoted.end(1), text[span.start:quoted.end(1)])
    number = _OWN_NUMBER_AFTER_RE.match(text, span.end)
    if number is None and (bare := _BARE_NUMBER_AFTER_RE.match(text, span.end)) and \
            season_noun_after(text, bare.end(1)):
        number = bare  # "Ward 13 Book Two": a season noun numbers the season (round 39)
    if number is None and not headline and _described_number(text, span):
        number = _OWN_NUMBER_BEFORE_RE.match(text, span.end)
    if number is None and _BEFORE_SEASON_RE.search(text, max(0, span.start - 80), span.start):
        number = _OWN_NUMBER_BEFORE_RE.match(text, span.end)
    if number is None:
        number = _NEVER_SEASON_NUMBER_RE.match(text, span.end)
        if number is not None and _is_year(number.group(1)):
            number = None  # "Christmas 2025", "Comic-Con 2025": a year only with a season
    if number is None:
        number = _OWN_NUMBER_BEFORE_RE.match(text, span.end)
        # (a headline's title case read as a sentence's words: "Ward 13 Renewed for Season 3")
        clause = text.lower() if headline else text
        if number is None:
            return span
        if not _other_season_in_clause(clause, number.end(1), int(number.group(1))):
            if not _season_told_after_number(clause, number.end(1)) and (
                    not _never_bare(article, span.text, number.group(1))
                    or _SEASON_CLAUSE_JOINED_RE.match(clause, number.end(1))):
                return span
    return Span(span.start, number.end(1), text[span.start:number.end(1)])


#: A clause joined after a title's number whose subject is another numbered season ("Glass
#: Harbor 4 was a hit, and season 5 will premiere ..."), or a season a colon tells: the
#: seasons of one show, so the number is a season even where the name is never written
#: alone (``_never_bare``).
_SEASON_CLAUSE_JOINED_RE = re.compile(
    r"(?:\s{1,3}[a-z][\w’'-]{0,30}){0,6},?\s{1,3}(?:and|but|while)\s{1,3}(?i:season|series)"
    r"\s{1,3}\d"
    # a season told after a colon or in apposition: "Glass Harbor 4: the final season
    # premieres in June", "Glass Harbor 4, a new season of the drama, ..."
    r"|:(?:\s{1,3}[a-z][\w’'-]{0,30}){0,3}\s{1,3}(?:season|series)\b"
    r"|,\s{1,3}(?:a|an|the|its)(?:\s{1,3}[a-z][\w’'-]{0,30}){0,2}\s{1,3}(?:season|series)\b")


def _never_bare(article: str, name: str, number: str) -> bool:
    """The ``article`` (its headline and body) writes ``name`` only with ``number`` right
    after it ("Kestrel cancelled Route 9. ... Route 9 ran for two years"): a name never
    written without its number is a title ending in its own number, no show's season (round
    39, ``title.span.never_bare_number``). The open devset's "Show 5" for a fifth season
    writes the show alone elsewhere every time; its "Station 19", "Avenue 5", "Lucky 7" never
    do. A name of one capitalised word or more, of a title's words (not "Season", "Part")."""
    words = name.split()
    if not article or not words or not all(w[:1].isupper() or w.lower() in TITLE_CONNECTORS
                                           for w in words):
        return False
    mentions = re.findall(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])(?:\s{{1,3}}(\d+)(?!\d))?",
                          article)
    return bool(mentions) and all(m == number for m in mentions)


#: What follows a title's number when the sentence tells the season otherwise (round 36,
#: ``title.span.number_beside_season_told``): a count of seasons more a few plain words on
#: ("Ward 13 has been renewed for two more seasons", "handed Ward 13 a lifeline, renewing it
#: for a further two series", "Ward 13 gets a two-season renewal"), or a season phrase opening
#: the next clause after a colon or comma ("Ward 13 is back: a third season ...", "fans of
#: Ward 13, series three is confirmed"). A list stays two seasons ("Glass Harbor 4, and season
#: 5", "Glass Harbor 4, season 5 and ...": no verb after the number's season).
_SEASON_TOLD_AFTER_NUMBER_RE = re.compile(
    r"(?:\s{1,3}[a-z][\w’'-]{0,30}){0,6}?"
    r"(?:,\s{1,3}[a-z][\w’'-]{0,30}ing(?:\s{1,3}[a-z][\w’'-]{0,30}){0,2}?)?"
    rf"\s{{1,3}}(?:for\s{{1,3}}(?:another\s{{1,3}}|a\s{{1,3}}further\s{{1,3}}|an\s{{1,3}}extra\s{{1,3}}"
    rf"|an\s{{1,3}}additional\s{{1,3}})?{_COUNT_WORD}\s{{1,3}}(?:more\s{{1,3}}|further\s{{1,3}}|"
    rf"additional\s{{1,3}}|extra\s{{1,3}}|new\s{{1,3}})?(?i:seasons|series)\b"
    # "handing it two more series": a count of seasons more without "for"
    rf"|{_COUNT_WORD}\s{{1,3}}(?:more|further|additional|extra)\s{{1,3}}(?i:seasons|series)\b"
    rf"|(?:a\s{{1,3}})?{_COUNT_WORD}[-\s](?i:season|series)\s{{1,3}}(?:renewal|order|pickup|"
    r"extension|deal|commitment)\b)"
    # (round 37) the show's current run in apposition: "Precinct 9, now in its third season,
    # has been renewed" (the run is the show's; its number is the title's)
    rf"|,\s{{1,3}}(?:now|currently|already|still)\s{{1,3}}in\s{{1,3}}its\s{{1,3}}"
    rf"(?i:{'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s{{1,3}}{_SEASON_WORD}\b"
    r"|" + _SEASON_CLAUSE_AFTER_PATTERN)


def _season_clause_after(before: str, after: str) -> bool:
    """The next clause after the span opens with a season as its subject ("X is back: a third
    season has been confirmed", ``_SEASON_CLAUSE_AFTER_RE``), the span no place's name ("in
    Havana, a third season ..."): the season is the span's (round 36; round 37: a plain
    reading, where ``title_spans`` once added the span to its set inside the condition)."""
    return (("eason" in after or "eries" in after) and after[:1] in " :,"
            and _SEASON_CLAUSE_AFTER_RE.match(after) is not None
            and not _PLACE_BEFORE_RE.search(before[-20:]))


def _season_told_after_number(text: str, end: int) -> bool:
    """The sentence tells the show's season right after a title's number otherwise (a count
    of seasons more, a season phrase opening the next clause): the number was the title's,
    never both a title's number and a season (``_SEASON_TOLD_AFTER_NUMBER_RE``)."""
    return _SEASON_TOLD_AFTER_NUMBER_RE.match(text, end) is not None


_SHOW_KINDS = f"(?:{kind_alt(DESCRIBED_KINDS)})"
#: What a sentence says of a show as a whole right after a title's number ("Ward 13 follows
#: two nurses", "Ward 13 is a drama", "Ward 13, the hospital drama, ..."): no season's words,
#: so the number is the title's (round 17).
_DESCRIBED_AFTER_NUMBER_RE = re.compile(
    r"\s\d{1,4}(?:\s{1,3}(?:follows|tells|centers|centres|chronicles|explores|focuses|revolves"
    # (round 36) the past of a show's story and its setting ("Ward 13 followed three bakers",
    # "Ward 13 is set in a bakery"): the show as a whole, no season's words
    r"|followed|told|centered|centred|chronicled|explored|focused|revolved"
    r"|(?:is|was)\s{1,3}set\s{1,3}(?:in|on|at|during|among|aboard)"
    r"|(?:is|was)\s{1,3}(?:a|an)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?" + _SHOW_KINDS +
    r"|(?:is|was)\s{1,3}(?:created|developed|written)\s{1,3}by)\b"
    r"|,\s{1,3}(?:a|an|the)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?" + _SHOW_KINDS + r"\b)")
#: A person's part in the show right before the title ("stars in Ward 13", "starring in").
_CAST_BEFORE_TITLE_RE = re.compile(
    r"\b(?:stars?|starred|starring|co-stars?|appears?|appeared)\s{1,3}in\s{1,3}(?:the\s{1,3})?$")


def _with_body_number(headline: str, span: Span, numbered: Collection[str]) -> Span:
    """A headline span with the number after it when the body names the title with that
    number as its own (``numbered``): "Ward 13 Renewed" over "Ward 13 follows two nurses"."""
    number = re.match(r"\s(\d{1,4})\b", headline[span.end:span.end + 6])
    if number and f"{span.text} {number.group(1)}" in numbered:
        end = span.end + number.end(1)
        return Span(span.start, end, headline[span.start:end])
    return span


def _described_number(text: str, span: Span) -> bool:
    """A sentence of the body names the title with its number as a whole show: it describes
    it ("Ward 13 follows ...", "Ward 13, the hospital drama") or casts someone in it ("Jane
    Doe stars in Ward 13, ..."), where no season is meant; the number is the title's own."""
    if _DESCRIBED_AFTER_NUMBER_RE.match(text, span.end):
        return True
    rest = text[span.end:span.end + 8]
    return bool(_CAST_BEFORE_TITLE_RE.search(text, max(0, span.start - 30), span.start)) and \
        re.match(r"\s\d{1,3}(?:[,.;]|\s{1,3}(?:and|with|as|on|for)\b|$)", rest) is not None


#: The words from a title to the season its clause gives it: plain lower-case words, a
#: network in parentheses ("Ward 13 (Hulu) has been renewed for a third season").
_CLAUSE_TO_SEASON_RE = re.compile(
    r"[\"”’'*]?(?:\s{1,3}\([^()]{1,30}\))?(?:\s{1,3}(?:[a-z][\w’'-]*"
    # round 39: a network's name after "by" or "on" ("Ward 13 was axed by Kestrel after one
    # season")
    r"|(?<=\b(?:by|on)\s)[A-Z][\w+&!-]*)){0,8}\s{1,3}$")


def _other_season_in_clause(text: str, end: int, number: int) -> bool:
    """The clause after a title's number gives the show another season a few plain words on
    ("Ward 13 has been cancelled after two seasons", "handed Ward 13 a fourth season"): the
    number was the title's. "Glass Harbor 4, and season 5 ..." says nothing (a comma)."""
    rest = text[end:end + 120]
    found = [(start, numbers) for start, _stop, numbers, _generic in season_mentions(rest)
             if numbers]
    run = _RUN_OF_SEASONS_RE.search(rest)
    if run:
        found.append((run.start(), [_count(run.group(1))]))
    for start, numbers in sorted(found, key=lambda f: f[0])[:1]:
        return number not in numbers and bool(_CLAUSE_TO_SEASON_RE.match(rest[:start]))
    return False


#: "after two seasons" ("series"): the run a cancellation gives a show.
_RUN_OF_SEASONS_RE = re.compile(
    r"\bafter\s{1,3}(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s{1,3}"
    r"(?:seasons?|series)\b")  # (the UK press' "after two series": round 39)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_NUMBERS.index(word) + 1


_COUNT_NUMBERS = "one two three four five six seven eight nine ten".split()


#: A lower-case preposition ``clean_title`` cuts from a span's front ("Production on A Year
#: with the Fernleys"): the words after it stand inside the sentence, so a capitalised "A" or
#: "So" there is the title's own, as after any lower-case word (``mid``).
_CUT_PREPOSITIONS = frozenset("on in at for with from of to by into".split())


def clean_title(raw: str, quoted: bool = False, strong: bool = False, mid: bool = False,
                numeric: bool = False,
                own_number: bool = False, time_tail: bool = False) -> str | None:
    """Trim a span to a show title (``_clean_title``, memoised). Under ``--explain`` the
    uncached body runs, so a span rule it applies (``title.span.holiday_tail``) is noted
    however often the span was cleaned before (round 36: a warm cache hid it)."""
    if rules.active() is not None:
        return _clean_title.__wrapped__(raw, quoted, strong, mid, numeric, own_number,
                                        time_tail)
    return _clean_title(raw, quoted, strong, mid, numeric, own_number, time_tail)


@memo.lru(maxsize=8192)
def _clean_title(raw: str, quoted: bool = False, strong: bool = False, mid: bool = False,
                 numeric: bool = False,
                 own_number: bool = False, time_tail: bool = False) -> str | None:
    """Trim a span to a show title: drop leading stop words and network prefixes.

    A quoted title keeps its words (only a network prefix goes): the quotes already say where
    the title starts. A ``strong`` span (right before "season 2") may be a calendar word
    ("Sunday"). A ``mid`` span sits inside its sentence, where only a title capitalises a
    function word: its leading "So", "A" or "After" stays ("renewed So You Think You Can
    Dance"). A ``numeric`` span may be a number alone ("1899", "24") where the text says it is
    a title (quoted, listed with titles, next to a season phrase). An ``own_number`` span keeps
    the number it ends with ("Ward 13": see ``with_own_number``). A ``time_tail`` span keeps
    the month or day it ends with, as a quoted one does: an inner item of a list ("Havana,
    Mabel Tuesday and Lantern House", ``_inner_time_tail``, round 31).
    """
    if (strong or quoted) and (raw.strip().lower() in _CALENDAR | TIME_TITLE_WORDS or
                               _weekday_times(raw)):
        return raw.strip()  # "Wednesday", "Monday Mornings" (round 32)
    words = raw.lstrip(_BULLETS).split()
    while len(words) > 2 and (words[0].lower(), words[1].lower()) in _LEADING_PHRASES:
        words = words[2:]  # "Ahead of Preacher's premiere": the sentence's words, not the title's
    if len(words) == 1 and not quoted and words[0].lower() in (
            _LEADING_PHRASE_HEADS | _BACKGROUND_OPENERS):
        return None  # "Ahead of its premiere, ...": the phrase's first word alone, no title
    if len(words) > 1 and not quoted and (words[0].lower() in _LEADING_WORDS or (
            words[0] == "Like" and not mid)):
        words = words[1:]  # "Unlike Salt Road, ...", "Like Salt Road, ...": the sentence's word
    if len(words) > 1 and words[0].endswith(":") and words[0][:-1].lower() in _LABEL_BEFORE_COLON:
        words = words[1:]  # "Ending: The Magicians": a scorecard's label
    colon = next((i for i, word in enumerate(words[:4]) if word.endswith(":")), None)
    if colon and colon + 1 < len(words) and words[0].lower() in _LEAD_IN_BEFORE_COLON and \
            _MONTH_END_RE.search(" ".join(words[1:colon + 1]).rstrip(":")):
        words = words[colon + 1:]  # "Returning in June: Glass Harbor ...": a list's lead-in
    if len(words) > 1 and not quoted and words[-2].lower() in ("after", "following") and (
            words[-1].lower() in _COUNT_WORDS or words[-1].isdigit()):
        # "Cancels Drama After Two (Seasons)", "Cancelled After Two (Seasons)": the headline's
        # count, cut before the front is (a count left alone is no title)
        words = words[:-2]
    cut = ""  # the last word cut from the front
    while words:
        head = words[0]
        low = head.lower().rstrip(":")
        base = _POSSESSIVE_RE.sub("", low)
        whole = cut not in _TIME_GOVERNORS  # not "In June ...": a time word may open a title
        keeps_title = len(words) > 1 and words[1].lower() in ("is", "are", "was", "us") or \
            _time_of_title(words) or (whole and _time_names_title(words, _may_mid(words, mid))) or \
            _weekday_of_title(words) or _weekday_time_name(words)
        strip_the = low == "the" and len(words) > 1 and words[1].lower() in STOP_CAPS and \
            not _time_of_title(words[1:]) and not (whole and _time_names_title(words[1:]))
        if low in _FUNCTION_WORDS and len(words) > 1 and head[:1].isupper() and (
                mid or words[1] in _CAPITALISED_SMALL):
            break  # "So You Think ...": a capitalised "You" says the run is a title
        if low in STOP_CAPS and not quoted and (low != "the" or strip_the) and not keeps_title:
            cut = words.pop(0).lower()
            mid = mid or head in _CUT_PREPOSITIONS
        elif base in TITLE_PREFIXES and base != low:
            words.pop(0)
        elif base in TITLE_PREFIXES and len(words) > 1 and words[1].lower() in ("and", "&"):
            words.pop(0)
        elif low in TITLE_CONNECTORS and low != "the" and not quoted:
            cut = words.pop(0).lower()
            mid = mid or head in _CUT_PREPOSITIONS
        elif not quoted and not mid and describes_next(words):
            words.pop(0)  # "Docuseries Glass Harbor returns ...": the sentence's description
        elif _NUMBERS_ONLY_RE.fullmatch(low) and len(words) > 1 and (
                words[1].lower() in STOP_CAPS or words[1].lower() in TITLE_CONNECTORS):
            words.pop(0)
        else:
            break
    while len(words) > 2 and not quoted and words[-2].lower() in ("after", "following") and (
            words[-1].lower() in _COUNT_WORDS or words[-1].isdigit()):
        words = words[:-2]  # "Cancels Glass Harbor After Two (Seasons)": the headline's words
    if not quoted and not time_tail and len(words) > 2:
        words = _without_holiday_tail(words)
    while words:
        tail = words[-1].lower().rstrip(":")
        if tail in _TIME_TAILS and ((quoted or time_tail) and len(words) > 1
                                    or mid and words[:-1] == ["The"]):
            # "'Stella December'": the quotes close after the title's own month; "his show
            # The June": a capitalised "The" inside the sentence opens a title, not a date
            break
        if tail in TRAILING_STOP or (tail in TITLE_CONNECTORS and not words[-1][:1].isupper()
                                     ) or (not own_number and (
                _ONE_DIGIT_RE if quoted else _TWO_DIGITS_RE).fullmatch(tail)):
            words.pop()
        else:
            break
    if not words:
        return None
    if words and _PRAISE_TAIL_RE.search(words[-1]):
        return None
    if words and words[0] == "the":
        words = words[1:]  # a lower-case "the" is the sentence's, not the title's
    if not words:
        return None
    title = " ".join(words).rstrip(":")
    title = _POSSESSIVE_RE.sub("", title)
    low = title.lower()
    if low in STOP_CAPS or low in TITLE_PREFIXES or len(title) < 2:
        return None
    if not quoted and low in _KIND_BEFORE_TITLE:
        return None  # "Hulu Renews Drama for Season 2": a kind of show, no title
    if _COUNT_OF_OTHERS_RE.match(title):
        return None  # "and 9 Other Series"
    if _COUNT_MORE_RE.fullmatch(title):
        return None  # "Netflix Orders Two More Seasons Of ...": a headline's count
    if not quoted and _COUNT_TITLE_RE.fullmatch(title):
        return None  # "Orders Eight Episodes Of X", "Renewed For Eight-Episode Season 2": a count
    if (_DIGITS_ONLY_RE.fullmatch(title) and not (
            numeric and _NUMBER_TITLE_RE.fullmatch(title))) or \
            _INITIALS_RE.fullmatch(title) or _YEAR_SPAN_RE.fullmatch(title):
        return None
    return title


#: ``clean_title``'s patterns, compiled once (round 36, issue 14: they were looked up in re's
#: cache on every call, ~275 lookups an article): numbers and "&" only; a one- or two-digit
#: tail; a praising compound ("-winning"); a count of others ("and 9 Other Series"); a count
#: of more ("Two More"); a count of episodes or seasons ("Eight-Episode"); digits only; a
#: numeric title's number; initials ("J.K."); a season's years ("2024-25").
_NUMBERS_ONLY_RE = re.compile(r"[\d&,]+")
_ONE_DIGIT_RE = re.compile(r"\d")
_TWO_DIGITS_RE = re.compile(r"\d{1,2}")
_PRAISE_TAIL_RE = re.compile(r"-(?:winning|nominated|starring|acclaimed|based|led|produced)$")
_COUNT_OF_OTHERS_RE = re.compile(r"(?i)\d+\s+(?:others?|more|series|shows|new)\b")
_COUNT_MORE_RE = re.compile(rf"(?i){_COUNT_WORD}\s+(?:more|additional|further)")
_COUNT_TITLE_RE = re.compile(
    r"(?i)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:-(?:episode|part|season|hour)s?)?|\d{1,2}-(?:episode|part|season|hour)s?")
_DIGITS_ONLY_RE = re.compile(r"[\d\s,.]+")
_NUMBER_TITLE_RE = re.compile(r"\d{2,4}")
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,2}")
_YEAR_SPAN_RE = re.compile(rf"{_YEAR_DIGITS}[-/–]\d{{2,4}}")


def _quoted_titles(text: str, headline: bool = False) -> Iterable[str]:
    for match in _QUOTED_RE.finditer(text):
        if match.group("cap") is not None and not headline:
            continue
        inner = (match.group("t") or match.group("c") or match.group("g") or "").strip()
        words = inner.split()
        if not 1 <= len(words) <= 8:
            continue
        if all(_is_cap(w.strip(_LEAD_PUNCT + _TRAIL_PUNCT)) or w.lower() in TITLE_CONNECTORS
               or (w in TITLE_INNER_WORDS and 0 < n < len(words) - 1)
               for n, w in enumerate(words)):
            yield inner  # "Life as We Knew It": the quotes attest an inner word


_CLAUSE_END_RE = re.compile(r"[,.;:!?()—–\"“”]|\s-\s|\b(?:but|while|who|which|that|when)\b")
_FOLLOWING_TRIGGER_RE = re.compile(
    r"(?i)(?!.*\breturning as\b)\b(?:renew(?:ed|s)?|cancell?ed|canceled|cancels|axed|scrapped|"
    rf"comes? back|(?:is|was) (?:a|an|the) (?:\w+ )?(?:{SHOW_NOUN_ALT})|"
    r"(?:will|to|all|both|"
    r"be|is|are)\s+(?:\w+\s+)?(?:return|returning|back)|coming back|returning (?:on|to|in|for)|"
    r"back for|premieres?|premiered|debuts?|debuted|wrap(?:s|ped)|ends after|ended after|"
    r"(?:began|begins|started|starts)"
    r" (?:filming|production|shooting))\b"
)


_FOLLOWING_TRIGGER_LOW_RE = lower_case_regex(_FOLLOWING_TRIGGER_RE.pattern)
#: Every match of _FOLLOWING_TRIGGER_RE holds one of these.
_FOLLOWING_STEMS = ("renew", "cancel", "axed", "scrapped", "back", "show", "series", "drama",
                    "comedy", "sitcom", "return", "premier", "debut", "wrap", "began", "begins",
                    "started", "starts", "ends after", "ended after", "pick", "order")


#: A renewal its subject gets, further on in the clause: "X is set to get a multi-year
#: renewal", "X is now said to be close to landing an early renewal".
_GETS_RENEWAL_RE = re.compile(
    r"(?i)^(?:[\w’'-]+\s){0,7}?(?:get|gets|getting|receive|receives|receiving|land|lands|"
    r"landing|earn|earns|earning|score|scores|scoring|secure|secures|securing|nab|nabs)\s"
    r"(?:a|an|another)\s(?:[\w-]+\s){0,2}?(?:renewal|pickup|pick-up|season order)\b")


def _trigger_follows(after: str) -> bool:
    """A status verb in the words right after a span, before the clause ends."""
    if after.isascii() and not _has_stem(after.lower(), _FOLLOWING_STEMS):
        return False  # the window below is part of ``after``: no stem there either
    end = _CLAUSE_END_RE.search(after)
    if "renewal" in after or "pick" in after or "order" in after:
        clause = " ".join((after[:end.start()] if end else after).split()[:12])
        if _GETS_RENEWAL_RE.match(clause + " "):
            return True
    window = " ".join((after[:end.start()] if end else after).split()[:6])
    low = window.lower()
    if len(low) != len(window):
        return bool(_FOLLOWING_TRIGGER_RE.search(window))
    if not _has_stem(low, _FOLLOWING_STEMS):
        return False
    return bool(_FOLLOWING_TRIGGER_LOW_RE.search(low))


_GAP_QUOTES_RE = re.compile(r"(?<=[\s,])[“”\"‘’']|[“”\"‘’'](?=[\s,;])|^[“”\"‘’']|[“”\"‘’']$")


def list_gap(text: str, start: int, end: int) -> str:
    """The text between two titles, without the quotes around them ('," "' -> ', ')."""
    return _unquoted_gap(text[start:end])


@memo.lru(maxsize=4096)
def _unquoted_gap(gap: str) -> str:
    # Memoised: the same few gaps (", ", " and ") come up for nearly every pair of spans.
    return _GAP_QUOTES_RE.sub("", gap)


def _opens_quote(head: str) -> bool:
    """A head that opens a quote it does not close ("“Ironvale: The Reckoning” ..."): its
    colon is inside a quoted title, no "Title: status" line's."""
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1 or \
        head.count("‘") > head.count("’")


def _fronted_word(text: str, spans: Sequence[Span], group: Sequence[int], body: bool) -> bool:
    """A lone word opening a sentence of the body and joined to one name by a bare comma
    ("Next, Glass Harbor ...", "Ahead, X ..."): two items without "and" make no list in
    prose, so the word is a fronted adverb, not a show."""
    if not body or len(group) != 2:
        return False
    first, second = spans[group[0]], spans[group[1]]
    return " " not in first.text and not mid_sentence(text, first.start) and \
        list_gap(text, first.end, second.start) == ", " and (
            not _AND_SPLIT_RE.search(second.text)  # "A, B and C" is a list of three ...
            or bool(_SINGULAR_VERB_AFTER_RE.match(text, second.end)))  # ... "A, B and C was" no


#: A verb agreeing with one subject: "Meanwhile, Salt and Pepper was cancelled" names one
#: show, where "... Salt and Pepper were cancelled" may name two.
_SINGULAR_VERB_AFTER_RE = re.compile(
    r"[!?]?\s{1,3}(?:(?:also|now|officially|reportedly|just)\s{1,3})?"
    r"(?:was|is|has|wraps|returns|premieres|debuts|gets|heads)\b")


def _list_vouched(texts: Sequence[str], joins: Collection[Join], vouchers: Collection[str],
                  add: Callable[..., None]) -> None:
    """A coordinated list is a unit: where one item of a comma/"and" list of capitalised
    spans is a title the article quotes, heads, seasons or watches (``vouchers``), its other
    items are proposed as titles too ("Copper Vale" in "'Salt Road', Copper Vale and Lantern
    House"), validated as any span (people, places, months, networks stay vetoed), never
    across a sentence and never in a cast list ("starring A, B and C") (round 40,
    ``title.keep.list_vouched``)."""
    if not vouchers:
        return
    for text in texts:
        if ("," not in text and " and " not in text) or not any(v in text for v in vouchers):
            continue  # (no list, or no marked title written in it: most sentences)
        spans = title_spans(text, joins)
        if len(spans) < 2:
            continue
        seen: set[tuple[int, ...]] = set()
        for i in range(len(spans)):
            run = tuple(list_run(text, spans, i, _DISCOVERY_LIST_RE))
            if len(run) < 2 or run in seen:
                continue
            seen.add(run)
            cleaned = [clean_title(spans[j].text) for j in run]
            if not any(c and c in vouchers for c in cleaned):
                continue
            if _PEOPLE_LIST_BEFORE_RE.search(text, max(0, spans[run[0]].start - 90),
                                             spans[run[0]].start):
                continue  # "starring A, B and C": a cast list
            for j, title in zip(run, cleaned, strict=True):
                if not title or title in vouchers or (
                        j == 0 and spans[j].start == 0 and " " not in spans[j].text):
                    continue  # "Instead, Salt Road ...": a sentence's opening word
                parts = _last_items(spans[j].text, _AND_SPLIT_RE) if j == run[-1] and \
                    "," in text[spans[j - 1].end:spans[j].start] else \
                    [spans[j].text]
                for part in parts:
                    if clean_title(part) not in vouchers:
                        add(part, mid=True, numeric=True, cue="list_vouched")


def list_run(text: str, items: Sequence[Located], index: int,
             gap: re.Pattern[str]) -> list[int]:
    """Indexes of the items forming a comma/and list with items[index]: neighbours on either
    side whose text between them (``list_gap``) matches ``gap``, in order."""
    group = [index]
    i = index
    while i + 1 < len(items) and gap.match(list_gap(text, items[i].end, items[i + 1].start)):
        i += 1
        group.append(i)
    i = index
    while i > 0 and gap.match(list_gap(text, items[i - 1].end, items[i].start)):
        i -= 1
        group.append(i)
    return sorted(group)


#: Every match of _TRIGGER_BEFORE_RE / _APPOSITIVE_BEFORE_RE holds one of these.
#: The same event elided before a name: "X was renewed, as was Y", "and so was Y".
_ELLIPSIS_BEFORE_RE = re.compile(
    r",\s{1,3}(?:as|and\s{1,3}so|so|(?:and\s{1,3})?(?:neither|nor))\s{1,3}"
    r"(?:was|were|did|has|have|is|are|will)\s{1,3}"
    r"[\"“‘']?$")
_TRIGGER_BEFORE_STEMS = ("renew", "cancel", "ax", "green", "pick", "order", "sticking",
                         "commission", "given", "gave", "handed", "hands", "to scrap",
                         "to nix",
                         "committed", "bring", "goodbye", "saving", "reviv", "plug", "scrapped",
                         "forward", "dropped", "re-up", "reup", "canned", "abandon", "scrapping",
                         "including", "like", "such as", "kill", "except for", "premiere date",
                         "return of", "rescue", "save", "resurrect", "extend", "yank", "to end",
                         "continue", "end of the", "renewal", "nix", "binned")
_APPOSITIVE_STEMS = ("show", "series", "drama", "dramedy", "comed", "sitcom", "thriller", "spin",
                     "anthology", "procedural", "adaptation", "reboot", "prequel", "sequel",
                     "anime", "soap", "telenovela", "romcom", "rom-com", "mockumentary",
                     "docudrama", "fans of")


#: A decision's described object right before a comma ("cancelled its other drama, ",
#: "axed another of its comedies, "; round 39, r39cancel): an owner or an article, up to
#: five words, the comma.
_DESCRIBED_OBJECT_BEFORE_RE = re.compile(
    r"(?i)\s" + described_object_opening(r"[\w.&-]{1,20}" + POSSESSIVE)
    + r"(?:\s{1,2}[\w'\u2019-]{1,20}){0,5}?,\s{1,2}[\"\u201c\u2018']?$")
#: The end of a sentence right after such a name ("..., Copper Vale.").
_SENTENCE_END_AFTER_RE = re.compile(r"[\"\u201d\u2019']?\s{0,2}(?:[.;!]|$)")


def _decided_apposition_at_end(before: str, after: str) -> bool:
    """A name in apposition to a decision's described object, ending its sentence ("Kestrel
    renewed Salt Road but cancelled its other drama, Copper Vale."): enclosed by the sentence
    end as "the drama, X, will ..." is by its second comma (round 39,
    ``target.apposed_object``)."""
    tail = before[-90:]
    found = _DESCRIBED_OBJECT_BEFORE_RE.search(tail)
    return found is not None and _SENTENCE_END_AFTER_RE.match(after) is not None and \
        _has_stem(tail[:found.start() + 1].lower()[-24:], _TRIGGER_BEFORE_STEMS)


def _has_stem(text: str, stems: Sequence[str]) -> bool:
    for stem in stems:  # a plain loop: this runs for every span
        if stem in text:
            return True
    return False


def _person_span(text: str, subject: str, spans: Sequence[Span], index: int,
                 person_re: re.Pattern[str], seen: dict[int, bool]) -> bool:
    """A span used like a person's name ("starring X", "the X comedy"), memoised in ``seen``."""
    if index not in seen:
        span = spans[index]
        seen[index] = bool(person_re.search(subject[max(0, span.start - 80):span.start])
                           or _MODIFIER_AFTER_RE.match(text[span.end:span.end + 20]))
    return seen[index]


#: The days and the times a title may be named for (``_inert``), one set made once.
_CALENDAR_OR_TIME = _CALENDAR | TIME_TITLE_WORDS


def _inert(text: str, spans: Sequence[Span], index: int) -> bool:
    """A span that can add no title: it cleans to nothing ("The", "However"), names no
    calendar day or time (``TIME_TITLE_WORDS``, "The June"), splits into no parts and is in
    no list with another span."""
    span = spans[index]
    low = span.text.strip().lower()
    if clean_title(span.text) is not None or " and " in span.text or \
            low in _CALENDAR_OR_TIME or low.removeprefix("the ") in _TIME_TAILS or \
            _the_time_word(span.text):
        return False
    if index > 0 and _DISCOVERY_LIST_RE.match(list_gap(text, spans[index - 1].end, span.start)):
        return False
    return not (index + 1 < len(spans) and _DISCOVERY_LIST_RE.match(
        list_gap(text, span.end, spans[index + 1].start)))


#: Bounds on the titles one text can yield: real titles stay under ~60 characters and the
#: longest round-ups name ~150 shows. A hostile page naming thousands made the per-title checks
#: (persons, lists, aliases) grow with the square of its size; past the bounds, later or
#: longer candidates are ignored.
MAX_TITLE_CHARS = 100
MAX_TITLES = 300


@dataclass(frozen=True)
class Discovery:
    """The shows of one article: its titles in first-seen order, and the other names the text
    gives some of them ("Salt Road, or Camino de Sal": one show, two names)."""

    titles: tuple[str, ...]
    #: Each show the text names twice over: its title and its other names.
    aliases: tuple[ShowName, ...] = ()
    #: Those of ``aliases`` the text says the show goes by (round 41, a rename, a UK/US pair,
    #: a season's subtitle: ``renamed_aliases``): names the state store learns.
    renamed: tuple[ShowName, ...] = ()


#: The words a cut head may hold: one or two capitalised words, a lower-case preposition and
#: an article ("Return to", "Letters from the").
_HEAD_WORDS_RE = re.compile(
    r"(?:[A-Z][\w'’-]*\s){1,2}(?:on|in|at|for|with|from|of|to|by|into)(?:\s(?:the|a|an))?")


def _sightings(name: str, texts: Sequence[str]) -> list[tuple[str, int]]:
    """Where the texts write ``name`` whole (case as written, not inside a longer word)."""
    return [(text, start) for text in texts if name in text
            for start in _whole_name_starts(name, text)]


def attested_head(raw: str, title: str, texts: Sequence[str]) -> str | None:
    """The longer name the article writes ``title`` in, when ``clean_title`` cut the words
    before a preposition from ``raw``'s front ("Return to Salt Creek" -> "Salt Creek", "A
    Summer at Fernley Lake" -> "Fernley Lake"): kept whole when the body writes the longer
    name twice or more, once at least inside a sentence (its capitals are then the title's
    own), and never writes the shorter one without it. A word that says what follows is a show
    ("Fans of") is no title's head. None when the article does not attest it."""
    at = raw.find(title)
    if at <= 0:
        return None
    before = raw[:at]
    if not before.endswith(" "):
        return None
    for head in _HEAD_WORDS_RE.finditer(before):
        if head.end() != len(before) - 1:
            continue
        full = raw[head.start():at + len(title)]
        low = raw[head.start():at].lower()
        if "'s " in low or "’s " in low or _APPOSITIVE_BEFORE_LOW_RE.search(low) or \
                _PERSON_BEFORE_LOW_RE.search(low) or any(
                    w in _BREAK_WORDS for w in low.split()):
            continue
        seen = _sightings(full, texts)
        if len(seen) >= 2 and any(mid_sentence(text, start) for text, start in seen) and \
                len(_sightings(title, texts)) == len(seen):
            return clean_title(full, quoted=True)
    return None


def owner_is_person(owner: str, body: str) -> bool:
    """The article shows ``owner`` (the words before a possessive) to be a person, whatever
    the first-name list says: it uses the name like a person's elsewhere ("creator Kaveh
    Brightwater", "Kaveh Brightwater said"), or, for a surname alone, a full name ending with
    it ("Brightwater's Salt Road" beside "showrunner Kaveh Brightwater")."""
    words = owner.split()
    if not words or not all(w[:1].isupper() for w in words) or \
            owner.lower() in vocabulary().networks:
        return False
    if len(words) in (2, 3):
        return _looks_like_person(owner, body)
    if len(words) != 1 or len(owner) < 3:
        return False
    return any(_looks_like_person(match.group(0), body)
               for match in re.finditer(r"\b[A-Z][\w'’.-]+\s" + re.escape(owner) + r"\b", body))


def _owner_checked(owner: str, body: str, owners: dict[str, bool]) -> bool:
    if owner not in owners:
        owners[owner] = owner_is_person(owner, body)
    return owners[owner]


#: An owner's name and its possessive opening a span: "Kaveh Brightwater's Salt Road",
#: "Kaveh Barris' Salt Road".
_SPAN_OWNER_RE = re.compile(
    owner_possessive(space=r"\s", capture=True) + r"\s(?=[A-Z0-9])")


def _without_person_owner(span: Span, body: str, owners: dict[str, bool],
                          shaped: bool = False) -> Span:
    """``span`` without an owner's possessive the article shows to be a person's ("Kaveh
    Brightwater's Salt Road" where the text says "creator Kaveh Brightwater"): a person's
    work, as after a name the first-name list knows ("Maya Okafor's The Lantern"). With
    ``shaped`` (a body's sentence), also a full name's possessive by its shape alone
    (``person_shaped_owner``)."""
    # the pattern needs an apostrophe: most spans have none
    match = _SPAN_OWNER_RE.match(span.text) if "'" in span.text or "’" in span.text else None
    if not match or not (_owner_checked(match.group(1), body, owners) or (
            shaped and person_shaped_owner(match.group(1), span.text[match.end():], body))):
        return span
    if _owner_named_title(span.text, span.text[match.end():], body):
        return span
    return Span(span.start + match.end(), span.end, span.text[match.end():])


def _with_owner_named(text: str, span: Span, body: str) -> Span:
    """``span`` with the person's possessive before it where the name is the title's own
    (``_owner_named_title``): "Ann Lee's Kitchen", which the spans cut after the owner. The
    owner is the one to three name words (``_PERSON_WORD_RE``) before the possessive."""
    if " " in span.text or span.start < 4 or not (
            text[span.start - 3:span.start - 1] in ("'s", "’s")
            or text[span.start - 2:span.start - 1] in ("'", "’")):
        return span  # (most spans: no possessive right before them)
    before = text[max(0, span.start - 60):span.start - 1].split(" ")
    last = _POSSESSIVE_RE.sub("", before[-1]).rstrip("'’")
    words = [*before[-3:-1], last] if last else []
    while words and (words[0].lower() in STOP_CAPS or not _PERSON_WORD_RE.fullmatch(words[0])):
        words.pop(0)
    if not words or not all(_PERSON_WORD_RE.fullmatch(w) for w in words):
        return span
    start = span.start - 1 - len(before[-1]) - len(" ".join(words[:-1])) - (len(words) > 1)
    whole = text[start:span.end]
    return Span(start, span.end, whole) if _owner_named_title(whole, span.text, body) else span


def _owner_named_title(whole: str, rest: str, body: str) -> bool:
    """A person's possessive that is the title's own ("Ann Lee's Kitchen", round 40,
    ``title.span.owner_named_title``): what follows the owner is one word, the body writes the
    whole name twice or more and never that word on its own. A creator's show is named alone
    somewhere ("Ryan Murphy's Feud ... Feud returns"); one mention says nothing and stays
    cut."""
    if " " in rest.strip() or not rest[:1].isupper() or body.count(whole) < 2:
        return False
    alone = sum(1 for _ in re.finditer(r"(?<![\w'’])" + re.escape(rest) + r"(?!\w)", body))
    if alone != body.count(whole):
        return False
    rules.check("title.span.owner_named_title")
    return True


def _owner_by_shape_before(text: str, span: Span) -> str | None:
    """The owner whose possessive stands right before ``span`` when its shape or the article
    says it is a network or a company ("ZKX's |Salt Road", "Kestara TV's |Salt Road"), for
    ``--explain``; None otherwise. Read by hand: one to three capitalised words."""
    before = text[max(0, span.start - 60):span.start]
    if not before.endswith(("'s ", "’s ")):
        return None
    words = before[:-3].split()[-3:]
    while words and not words[0][:1].isupper():
        words.pop(0)
    shown = shown_networks()
    return next((" ".join(words[-k:]) for k in range(len(words), 0, -1)
                 if owner_by_shape(words[-k:]) or " ".join(words[-k:]).lower() in shown), None)


#: A word of a person's name: capitalised letters only, three or more in a first name
#: ("Da Vinci's Demons" keeps its "Da").
_PERSON_WORD_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?|(?:Mc|Mac|O')[A-Z][a-z]+")
#: The words after a show's possessive that are a person's or a season's, not a title's:
#: "Glass Harbor's Jane Doe", "Glass Harbor's Season 2".
_SEASON_OR_PART_RE = re.compile(r"(?i:season|series|part|volume|chapter|episode|finale)\b")


#: Words that open no person's full name: ranks and honorifics (a name after one is a
#: character's inside a title), and the first words of places ("New Quay's Finest Hour").
_NOT_A_FIRST_NAME = frozenset({
    "New", "North", "South", "East", "West", "Port", "Fort", "Mount", "Lake", "San", "Santa",
    "Los", "Las", "Upper", "Lower", "Great", "Cape", "Isle", "Saint",
    "Miss", "Mister", "Mrs", "Mr", "Ms", "Doctor", "Captain", "Lady", "Lord", "Sir", "Dame",
    "King", "Queen", "Prince", "Princess", "Uncle", "Aunt", "Auntie", "Father",
    "Mother", "Sister", "Brother", "Agent", "Detective", "Inspector", "Professor", "Judge",
    "Officer", "Sergeant", "Major", "General", "Colonel", "Lieutenant", "Chief", "Master",
    "Grandma", "Grandpa", "Granny", "Madame", "Baby", "Little", "Young", "Old", "Big",
})


def person_shaped_owner(owner: str, rest: str, body: str) -> bool:
    """``owner`` (before "'s" in a body's sentence) is a person's full name by its shape: two
    or three name words, a first name of three letters or more, none a word that starts no
    title, a place, a network or a demonym ("Nattie Vell's Orchard of Bells", "Shonda
    Rhimes's Salt Road"). Not when what follows is a person or a season ("Glass Harbor's Jane
    Doe", "Salt Road's Season 2": the show's own possessive), nor when the article writes the
    owner alone elsewhere, nor after a rank or an honorific ("Miss Tarrow's Murder
    Mysteries", "Captain Orrin's Log": a character's, the title's own); and only when the
    body also writes the surname alone, as a person's ("Vell said"): two capitalised words
    may be a title's own ("Dead Man's Wharf")."""
    words = owner.split()
    if len(words) not in (2, 3) or len(words[0]) < 3 or words[0] in _NOT_A_FIRST_NAME or \
            not all(_PERSON_WORD_RE.fullmatch(w) for w in words):
        return False
    vocab = vocabulary()
    if any(w.lower() in STOP_CAPS or w.lower() in vocab.networks or w.lower() in vocab.places
           or w.lower() in vocab.demonyms or w.lower() in vocab.holidays for w in words) or \
            owner.lower() in vocab.places:
        return False
    after = rest.split()
    if not after or _SEASON_OR_PART_RE.match(after[0]) or \
            possessor_is_not_title(after[:2]) or possessor_is_not_title(after[:3]):
        return False
    return not _written_alone(owner, body) and _surname_alone(words[-1], body)


def _surname_alone(surname: str, body: str) -> bool:
    """The body writes ``surname`` on its own, as people are written after their full name
    ("... Vell wrote every episode"): not after another capitalised word, not before a
    possessive. A title's own words are not ("Dead Man's Wharf" writes no "Man" alone)."""
    at = body.find(surname)
    while at >= 0:
        end = at + len(surname)
        before = body[max(0, at - 20):at].split()
        if (at == 0 or not body[at - 1].isalnum()) and (end == len(body) or not (
                body[end].isalnum() or body[end] in "'’")) and not (
                before and before[-1][:1].isupper() and at > 0 and body[at - 1] == " "):
            return True
        at = body.find(surname, end)
    return False


def _written_alone(name: str, body: str) -> bool:
    """The body writes ``name`` somewhere without a possessive after it: a name the article
    uses on its own (a show's, or a person's the owner checks did not read as one) is not
    told apart by its shape."""
    at = body.find(name)
    while at >= 0:
        end = at + len(name)
        if body[end:end + 2] not in ("'s", "’s") and body[end:end + 1] not in ("'", "’"):
            return True
        at = body.find(name, end)
    return False


def _person_owner_before(before: str, body: str, owners: dict[str, bool],
                         rest: str | None = None) -> bool:
    """``before`` ends with the possessive of an owner the article shows to be a person: the
    one to three capitalised words before "'s " or "s' " ("Maya Okafor's "). Given ``rest``
    (the words after it, in a body's sentence), also a full name by its shape alone."""
    tail = before[-60:]
    if tail.endswith(("'s ", "’s ")):
        tail = tail[:-3]
    elif tail.endswith(("s' ", "s’ ")):
        tail = tail[:-2]
    else:
        return False
    words = tail.split()[-3:]
    while words and not _OWNER_WORD_RE.fullmatch(words[0]):
        words.pop(0)
    if not words or not all(_OWNER_WORD_RE.fullmatch(w) for w in words):
        return False
    owner = " ".join(words)
    return _owner_checked(owner, body, owners) or (
        rest is not None and person_shaped_owner(owner, rest, body))


_OWNER_WORD_RE = re.compile(r"[A-Z][\w.-]*")


_GLUED_OWNER_RE = re.compile(r"((?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)['’]s\s([A-Z0-9].*)$")


def owned_title(title: str, texts: Sequence[str]) -> str | None:
    """The title after an owner's possessive glued to it ("Kaveh Brightwater's Salt Road",
    an owner no list knows as a person or a network), when the body also writes that title
    alone, without the owner, as often as with it: the article's own use says where the
    title starts. A possessive the article never drops, or mostly keeps, or quotes, is the
    title's ("Nobody's Garden", an article that says "Nobody's Garden" thrice and "Garden"
    once)."""
    match = _GLUED_OWNER_RE.match(title)
    if not match:
        return None
    rest = match.group(2)
    whole = _sightings(title, texts)
    if any(text[start - 1:start] in _QUOTE_OPENERS for text, start in whole if start):
        return None  # quoted: the quotes say where the title starts
    alone = sum(not text[max(0, start - 3):start].endswith(("'s ", "’s "))
                for text, start in _sightings(rest, texts))
    return rest if alone and alone >= len(whole) and len(rest) > 2 else None


_QUOTE_OPENERS = frozenset("\"“‘'")


#: A plural verb right after "A and B": two shows, not one name ("A and B were renewed").
_PLURAL_AFTER_RE = re.compile(
    r"[\"”’']?,?\s{1,3}(?:(?:have|had|will|would)\s{1,3}both|were|are|have|both|each|"
    r"respectively|return|premiere|remain)\b")


def attested_whole(title: str, texts: Sequence[str], quoted: bool,
                   known_shows: Sequence[ShowName] = ()) -> bool:
    """``title`` with "and" inside ("Blood and Bone in Tarrow") is one name, not two shows:
    the article (``texts``, the headline's inner words lower-cased) writes it whole twice or
    more (or quoted), never writes either side alone, and never puts a plural verb after it
    ("A and B were renewed"); no side is a known show."""
    seen = _sightings(title, texts)
    if len(seen) < (1 if quoted else 2):
        return False
    if any(_PLURAL_AFTER_RE.match(text, start + len(title)) for text, start in seen):
        return False
    known = {name for show in known_shows for name in (show.title, *show.aliases)}
    within = {(text, at) for text, start in seen for at in range(start, start + len(title))}
    for part in re.split(r"(?<!\s)\s+(?:and|&)\s+(?=[A-Z])", title):
        part = part.strip()
        if not part or part in known or any(
                (text, start) not in within and _standing(text, start, start + len(part))
                for text, start in _sightings(part, texts)):
            return False
    return True


def attested_split(raw: str, texts: Sequence[str]) -> list[str] | None:
    """``raw`` holding two shows and two "and" ("Red Kettle and Blood and Bone in Tarrow"),
    split at the joint outside the name the article attests whole (``attested_whole``); None
    when neither side is attested."""
    joints = list(_WORD_AND_RE.finditer(raw))
    if len(joints) < 2:
        return None
    for joint in joints:
        left, right = raw[:joint.start()].strip(), raw[joint.end():].strip()
        if any(" and " in side and attested_whole(side, texts, False) for side in (left, right)):
            return [left, right]
    return None


def _standing(text: str, start: int, end: int) -> bool:
    """The words ``text[start:end]`` stand as a name of their own: no capitalised word runs on
    either side ("Blood" in "Blood Orchard" is another name's word)."""
    if re.match(r"\s[A-Z0-9]", text[end:end + 2]):
        return False
    before = text[max(0, start - 30):start]
    if not before[-1:].isspace():
        return True
    words = before.split()
    return not (words and words[-1][:1].isupper())


#: A sentence opening on a reference to one show as the subject of what follows: "The drama
#: ...", "This legal thriller ...", "The show's ...", "It ...", "Its ..." (never "the other
#: drama", "the new series", "the second series": another show, or a season).
_REFERRING_SUBJECT_RE = re.compile(
    r"(?i)^\W{0,3}(?:(?:the|this)\s(?!(?:other|another|new|next|first|second|third|fourth|"
    r"fifth|last|final|former|latter|same)\b)(?:[\w'’-]+\s){0,2}?"
    rf"(?:{SHOW_NOUN_ALT})(?:['’]s)?|it|its)(?=[\s,])")
#: A reference to one show as a decision's object at its clause's end: "Tovrel has renewed
#: the drama for a second season", "pulled the plug on the comedy.", "cancelled it after".
_REFERRED_OBJECT_RE = re.compile(
    rf"(?i)\b(?:the\s(?:[\w'’-]+\s){{0,2}}?(?:{SHOW_NOUN_ALT})|it)"
    r"(?=\s{1,3}(?:for|after|to|through)\b|\s{0,2}[.,;!]|\s*$)")
#: A name opening its sentence that is someone doing something, not the show the next
#: sentence refers to: "Tovrel has released ...", "Jane Doe plays ...", "Jane Doe said".
_ACTOR_AFTER_RE = re.compile(
    r"(?:['’]s)?\s{1,3}(?:(?:has|have|had|will|is|was|also|just|officially)\s{1,3}){0,2}"
    r"(?:released|announced|unveiled|revealed|shared|confirmed|said|says|told|teased|posted|"
    r"issued|dropped|ordered|commissioned|gave|plays|played|portrays|stars\s{1,3}as|starred|"
    r"wrote|writes|created|directed|directs|produced|joined|joins|hosts|hosted|signed|"
    r"been\s{1,3}cast|cast|set\s{1,3}to\s{1,3}star|star|spoke|added|unveils|announces|"
    r"releases|reveals|confirms|orders|renewed|renews|cancell?ed|cancels|canceled|picked|"
    r"bought|acquired|landed)\b")
#: A decision right before its object: "has renewed ", "pulled the plug on ".
_DECISION_BEFORE_RE = re.compile(
    r"(?i)\b(?:renew(?:ed|s|ing)?|cancell?(?:ed|s|ing)?|canceled|ax(?:ed|es|ing)|green-?lit|"
    r"picked\s{1,3}up|ordered|scrapped|pulled\s{1,3}the\s{1,3}plug\s{1,3}on|brought\s{1,3}"
    r"back|revived|canned|nixed|saved|rescued|dropped)\s{1,3}$")
#: Right after a name opening its sentence, a verb ("Quillmarsh follows ...", "Quillmarsh is
#: set in ...", "Quillmarsh, which ..."), not another word ("Better than a chance").
_SUBJECT_VERB_AFTER_RE = re.compile(
    r"(?:['’]s)?,?\s{1,2}(?:(?:is|was|are|were|has|had|have|will|would|can|could|also|now|"
    r"still|which|first|originally|recently|drew|won|lost|got|made|ran|began|took|saw|went|"
    r"came|hit|became|left|kept|held|found|grew|fell|rose)\b|[a-z]{2,}(?:s|ed)\b)")
#: After a sentence's opening word, the plural noun it modifies and then the verb ("Viewing
#: figures fell", "Streaming numbers have risen", "Opening episodes drew"): the subject is
#: the noun phrase, the capital the sentence's, no name a reference stands for (round 36,
#: ``title.span.opener_modifies_noun``; "Havana follows two sisters" keeps its subject).
_NOUN_HEAD_AFTER_RE = re.compile(
    r"\s{1,2}[a-z]{2,20}s\s{1,2}(?:(?:have|had|were|are|fell|rose|grew|drew|slid|sank|"
    r"dipped|dropped|climbed|jumped|slumped|plunged|soared|surged|held|stayed|remained)\b"
    r"|[a-z]{2,20}ed\b)")
#: Before a name: a place's preposition ("to shoot in the Crescent Bay"): no show.
_PLACE_BEFORE_RE = re.compile(
    r"(?i)\b(?:in|at|near|around|outside|across|inside|throughout|from)\s{1,3}(?:the\s{1,3})?$")
#: Before a name after the reference: a network or place it is on, in or at.
_NETWORK_PREPOSITION_RE = re.compile(r"(?i)\b(?:on|at|by|to|from|with|in|via)\s{1,3}$")


def _reference_at(clause: str) -> int | None:
    """Where a reference to one show stands in ``clause`` when a status verb is told of it:
    as the subject ("The drama has been renewed", "Its second season premieres June 5"), a
    decision's object ("Tovrel has renewed the drama for a second season") or what is seen to
    end ("sad to see it cancelled"). None otherwise."""
    subject = _REFERRING_SUBJECT_RE.match(clause)
    if subject is not None and (_trigger_follows(clause[subject.end():subject.end() + 80])
                                or _RETURNS_AFTER_RE.match(clause, subject.end())):
        return subject.start()
    for obj in _REFERRED_OBJECT_SCAN.finditer(clause):
        if _DECISION_BEFORE_RE.search(clause[max(0, obj.start() - 40):obj.start()]):
            return obj.start()
    seen = _SEEN_ENDING_SCAN.search(clause)
    return seen.start(1) if seen is not None else None


def _names_only_networks_after(text: str, spans: Sequence[Span], at: int) -> bool:
    """No name stands after ``at`` but a network or a place it is on, at or in."""
    return not any(s.start > at and not _NETWORK_PREPOSITION_RE.search(
        text[max(0, s.start - 8):s.start]) for s in spans)


def _refers_back(text: str) -> int | None:
    """Where a reference to one show stands in ``text`` when a status verb is told of it and
    the sentence names no title of its own around it (a decider may open it: "Tovrel has
    renewed the drama"): the show is one the sentence before named (``title.keep.referred``)."""
    at = _reference_at(text)
    if at is None:
        return None
    spans = title_spans(text)
    before = [s for s in spans if s.end <= at]
    if len(before) > 1 or (before and before[0].start > 2):
        return None  # another name before it: the reference may be to that one
    return at if _names_only_networks_after(text, spans, at) else None


#: After a name the reference's sentence holds, a word saying it told the news: "...,
#: Kestrel announced on Tuesday", "Kestrel confirmed".
_TELLER_AFTER_RE = re.compile(
    r"\s{1,2}(?:(?:has|have|had)\s{1,2})?(?:announced|said|says|confirmed|revealed|"
    r"told|stated)\b")
#: Before a name the reference's sentence holds, words saying it is who told the news:
#: '"...," said showrunner Mara Quell', "according to Kestrel".
_TELLER_BEFORE_RE = re.compile(
    r"(?i)\b(?:said|says|told|according\s{1,2}to)\s{1,2}(?:[a-z-]{2,20}\s{1,2}){0,2}$")
#: Right after a name opening the next sentence, another name joined to it: a list.
_JOINED_NAME_AFTER_RE = re.compile(r"[\"”’']?(?:,\s{1,3}[\"“‘']?[A-Z]|\s{1,3}(?:and|or|&)\s)")


class _Ahead(enum.Enum):
    """Where ``discover`` stands on a lead's reference to a show it has not named yet: none;
    the sentence before told a status of it (``_refers_ahead``); or the one before that did
    and none since named a show ("The network made the announcement on Tuesday."; round 37).
    The next sentence's opening name is the show in the last two states."""

    NONE = enum.auto()
    TOLD = enum.auto()
    CARRIED = enum.auto()


def _refers_ahead(text: str, spans: Sequence[Span]) -> bool:
    """Does ``text`` tell a status of a show it only refers to ("Kestrel has renewed its
    fishing drama for a third season", "The series will return in May, Kestrel said"),
    naming none (a decider may open it, a teller or a day may follow)? Read in the lead
    before any show is named, the show is the name the next sentence opens on (round 37,
    ``title.keep.referred_after``)."""
    at = refers_ahead(text)
    if at is None:
        return False
    spans = [s for s in spans if s.text.strip().lower() not in _CALENDAR_OR_TIME
             and s.text.strip().lower() not in _TIME_TAILS]  # a day or a month: no name
    before = [s for s in spans if s.end <= at]
    if len(before) > 1 or (before and before[0].start > 2):
        return False
    return all(_TELLER_AFTER_RE.match(
        text, s.end) or _NETWORK_PREPOSITION_RE.search(text[max(0, s.start - 8):s.start])
        or _TELLER_BEFORE_RE.search(text[max(0, s.start - 40):s.start])
        for s in spans if s.start > at)


#: Right after a name opening its sentence, an aside that sets it against the one before
#: ("Copper Vale, though, ...", "Lisbon, meanwhile, ...").
_SLATE_ASIDE_AFTER_RE = re.compile(
    r"[\"”’']?,\s{1,2}(?:though|however|meanwhile|alas|sadly|too|also|by\s{1,2}contrast|"
    r"on\s{1,2}the\s{1,2}other\s{1,2}hand),")


def _counts_slate(text: str, spans: Sequence[Span]) -> bool:
    """Does ``text`` count an owner's shows (``showwords.tells_slate``) naming none of them:
    one name may open it (the network), a teller, a network after "on" or a day follow?"""
    found = SLATE_COUNT_RE.search(text)
    if found is None:
        return False
    spans = [s for s in spans if s.text.strip().lower() not in _CALENDAR_OR_TIME
             and s.text.strip().lower() not in _TIME_TAILS]
    # after a label ("Good news and bad news: Kestrel has renewed ...")
    opens = max(text.rfind(":", 0, found.start()), text.rfind("!", 0, found.start())) + 1
    before = [s for s in spans if opens <= s.start and s.end <= found.start()]
    if len(before) > 1 or (before and before[0].start > opens + 2):
        return False
    return all(_TELLER_AFTER_RE.match(
        text, s.end) or _NETWORK_PREPOSITION_RE.search(text[max(0, s.start - 8):s.start])
        or _TELLER_BEFORE_RE.search(text[max(0, s.start - 40):s.start])
        or found.start() <= s.start < found.end()  # "two of Kestrel's dramas"
        for s in spans if s.start >= found.start())


def _slate_named(text: str, spans: Sequence[Span]) -> list[Span]:
    """The names a sentence after a slate's count gives as the shows counted: the one it
    opens on as its subject or set against another ("Copper Vale, though, ..."), a list it
    opens on ("Salt Road and Lantern House drew ..."), and one told "as will X" (round 38)."""
    out: list[Span] = []
    if spans and spans[0].start <= 2:
        run = [spans[0]]
        for before, after in zip(spans, spans[1:], strict=False):
            if not SLATE_JOINER_RE.fullmatch(text, before.end, after.start):
                break
            run.append(after)
        if len(run) > 1 or opens_as_subject(text, spans[0].end) or _SLATE_ASIDE_AFTER_RE.match(
                text, spans[0].end):
            out.extend(run)
    out.extend(s for s in spans if s not in out
               and (SLATE_AS_WILL_RE.search(text, max(0, s.start - 30), s.start)
                    or slate_gapped(text, s.start, s.end)))
    return out


def _opens_on_referred(text: str, spans: Sequence[Span]) -> bool:
    """Does ``text`` open on one name as the subject of its verb (``opens_as_subject``)?"""
    return bool(spans) and spans[0].start <= 2 and " and " not in spans[0].text and \
        opens_as_subject(text, spans[0].end)


def opens_as_subject(text: str, end: int) -> bool:
    """Is the name that opens ``text`` and ends at ``end`` the subject of its verb ("Salt
    Road follows ...", "Salt Road, created by ...", "Salt Road, which stars ..."), alone:
    not a list ("Salt Road and Lisbon ...", "Salt Road, Lisbon ...") nor someone acting
    ("Kestrel said ...")? (round 37, ``target.reference_named_after``)"""
    if _JOINED_NAME_AFTER_RE.match(text, end):
        return False
    if _MADE_BY_AFTER_RE.match(text, end) or _STARRED_NAME_AFTER_RE.match(text, end):
        return True  # "Salt Road, written by ...", "Salt Road starred Ann Leary as ..."
    return bool(_SUBJECT_VERB_AFTER_RE.match(text, end)) and not _ACTOR_AFTER_RE.match(
        text, end)


#: After a name opening its sentence, who made it or what it is drawn from: "Salt Road,
#: written by ...", ", set in ...", ", based on ...", ", starring ...".
_MADE_BY_AFTER_RE = re.compile(
    r"[\"”’']?,\s{1,2}(?:written|created|made|produced|directed|developed|adapted|set|based|"
    r"starring|from)\b")
#: "Salt Road starred Ann Leary as ...": a show stars someone; a person stars in something.
_STARRED_NAME_AFTER_RE = re.compile(r"\s{1,2}(?:starred|stars)\s{1,2}[A-Z]")


def _refers_back_within(text: str) -> int | None:
    """Where a sentence's second clause opens when it tells a status of a reference to one
    show and names none of its own ("Tovrel has released the trailer for Quillmarsh, and the
    series premieres on June 5", "My family loved Quillmarsh, so we were sad to see it
    cancelled"): the show is named in the clause before. None otherwise."""
    if "," not in text and ";" not in text and " so " not in text:
        return None
    for joint in _CLAUSE_JOINT_RE.finditer(text):
        rest = text[joint.end():]
        at = _reference_at(rest)
        if at is None:
            continue
        spans = [s for s in title_spans(rest) if clean_title(s.text) is not None]  # not "I"
        if any(s.end <= at for s in spans) or not _names_only_networks_after(rest, spans, at):
            return None
        return joint.start()
    return None


#: A reference's return told with its season: "The drama returns for a third season".
_RETURNS_AFTER_RE = re.compile(
    r"\s{1,3}(?:(?:will|is|also)\s{1,3})?(?:returns?|returning)\s{1,3}(?:for|with)\s{1,3}"
    r"(?:a|an|its)\s{1,3}(?:\w+\s{1,3})?(?:season|series)\b")
#: What a reference is seen to do: "sad to see it cancelled", "watching the drama end".
_SEEN_ENDING_RE = re.compile(
    rf"(?i)\b(?:see|seeing|saw|watch|watching)\s{{1,3}}(it|the\s(?:[\w'’-]+\s){{0,2}}?"
    rf"(?:{SHOW_NOUN_ALT}))\s{{1,3}}(?:cancell?ed|canceled|axed|renewed|end|go|come\s{{1,3}}back)\b")
#: ``_reference_at``'s scans of a whole clause with the look-ahead of their first letters
#: (``prefilter``): the same matches, re no longer entering every branch at every word.
_REFERRED_OBJECT_SCAN = with_caseless_first_letter(_REFERRED_OBJECT_RE)
_SEEN_ENDING_SCAN = with_caseless_first_letter(_SEEN_ENDING_RE)
#: Where a second clause joins the first: ", and", ", so", ", but", ", while", "; ", " so ".
_CLAUSE_JOINT_RE = re.compile(
    r",\s{1,3}(?:(?:and|but|so)\s{1,3})?(?:(?:while|as|though|although|since|because|now\s{1,3}"
    r"that)\s{1,3})?|;\s{1,3}|\s(?:so|and\s{1,3}so)\s{1,3}")


def _refers_back_to_list(text: str) -> bool:
    """Does ``text`` tell a status of a plural reference to the sentence before's shows ("Both
    shows have been renewed", "All three will return", "Tovrel has cancelled both"), naming
    no title of its own before it (``title.keep.referred``)?"""
    if not _PLURAL_STEMS_RE.search(text):
        return False
    found = reference_states_status(text, True) is not None or bool(
        (opening := _PLURAL_SUBJECT_RE.match(text)) and _trigger_follows(
            text[opening.end():opening.end() + 80]))
    if not found:
        obj = PLURAL_OBJECT_RE.search(text)
        found = obj is not None
        at = obj.start() if obj is not None else 0
    else:
        at = 0
    if not found:
        return False
    spans = [s for s in title_spans(text) if clean_title(s.text) is not None]
    before = [s for s in spans if s.end <= at]
    return not (len(before) > 1 or (before and before[0].start > 2)) and \
        _names_only_networks_after(text, spans, at)


#: A plural reference's words (a cheap gate).
_PLURAL_STEMS_RE = re.compile(r"(?i)\b(?:both|all|each|trio|pair|neither|them|two|three)\b")
#: The plural nouns a plural reference names its shows by ("both dramas").
_PLURAL_NOUNS = common_show_nouns(5, plural=True)
#: "Both shows ...", "These two series ...", "The two dramas ..." opening a sentence.
_PLURAL_SUBJECT_RE = re.compile(
    r"(?i)^\W{0,3}(?:(?:both|all|each)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3}|those\s{1,3}|these\s{1,3})?"
    rf"(?:two\s{{1,3}}|three\s{{1,3}}|four\s{{1,3}})?(?:{_PLURAL_NOUNS})|(?:those|these|"
    rf"the)\s{{1,3}}(?:two|three|four)\s{{1,3}}(?:{_PLURAL_NOUNS}))\b")


def _referred_list(text: str, spans: Sequence[Span]) -> list[str]:
    """The names a plural reference in the next sentence stands for: the list opening this
    sentence as its subject ("Salt Road and Quillmarsh drew strong ratings."), two or more."""
    live = [i for i in range(len(spans)) if not _inert(text, spans, i)]
    if not live or spans[live[0]].start > 2:
        return []
    group = list_run(text, spans, live[0], _DISCOVERY_LIST_RE)
    last = spans[group[-1]]
    if not _SUBJECT_VERB_AFTER_RE.match(text, last.end) or _ACTOR_AFTER_RE.match(text, last.end):
        return []
    names: list[str] = []
    if len(group) >= 2:
        names = [spans[i].text for i in group]
        if " and " in names[-1] and text[spans[group[-2]].end:last.start].strip() == ",":
            names[-1:] = names[-1].split(" and ")
    elif spans[group[0]].text.count(" and ") == 1:
        names = spans[group[0]].text.split(" and ")  # "Salt Road and Quillmarsh drew ..."
    if any(normalise_title(clean_title(name, mid=n > 0) or "") != normalise_title(name)
           for n, name in enumerate(names)):
        return []  # words the title reading cuts ("Ratings for Salt Road and ...")
    return names


def _referred_antecedent(text: str, spans: Sequence[Span]) -> Span | None:
    """The name a reference in the next sentence points at: the span opening this sentence
    as its subject ("Quillmarsh follows two sisters."), unless it acts ("Tovrel has released
    the trailer for Quillmarsh."): then the one other name, after a word of the sentence."""
    live = [s for i, s in enumerate(spans) if not _inert(text, spans, i)]
    if not live or any(" and " in s.text or _POSSESSIVE_INSIDE_RE.search(s.text)
                       or normalise_title(clean_title(s.text, mid=mid_sentence(text, s.start))
                                          or "") != normalise_title(s.text)
                       for s in live[:2]):
        return None  # two names joined ("A and B"), an owner's possessive glued to the
        # name ("Marrow Vance's Lantern": whose?), or words the title reading cuts
    first = live[0]
    opens = first.start <= 2 and _SUBJECT_VERB_AFTER_RE.match(text, first.end) is not None
    if opens and _NOUN_HEAD_AFTER_RE.match(text, first.end):
        rules.note_span(first.text, "title.span.opener_modifies_noun")
        opens = False
    if opens and not _ACTOR_AFTER_RE.match(text, first.end):
        return first
    rest = live[1:] if first.start <= 2 else live
    if len(rest) == 1 and mid_sentence(text, rest[0].start) and not (
            _PLACE_BEFORE_RE.search(text[max(0, rest[0].start - 20):rest[0].start])) and not (
            _LIST_AFTER_RE.match(text, rest[0].end)
            or _LIST_BEFORE_RE.search(text[max(0, rest[0].start - 6):rest[0].start])):
        return rest[0]
    return None


#: A possessive inside a name: an owner's or the title's own, which no reference tells apart.
_POSSESSIVE_INSIDE_RE = re.compile(r"\w['’]s?\s")
#: Around a name, a list's joint ("A, B and C"): a list has no single antecedent.
_LIST_AFTER_RE = re.compile(r"[\"”’']?(?:,|\s{1,3}(?:and|or|&)\s)")
_LIST_BEFORE_RE = re.compile(r"(?:,|\s(?:and|or|&))\s{1,3}[\"“‘']?$")


def discover_titles(texts: Sequence[str], headline: str,
                    known_shows: Sequence[ShowName] = (),
                    strong_titles: Sequence[str] = (), url: str = "") -> list[str]:
    """Show titles the article treats as shows, in first-seen order (see ``discover``)."""
    return list(discover(texts, headline, known_shows, strong_titles, url).titles)


def discover(texts: Sequence[str], headline: str, known_shows: Sequence[ShowName] = (),
             strong_titles: Sequence[str] = (), url: str = "",
             heading_governed: Collection[int] = ()) -> Discovery:
    """Show titles the article treats as shows, in first-seen order, and the aliases the text
    gives them. ``strong_titles``: titles the document's structure gives (section headings),
    kept unless a veto names a network. ``url``: the article's address, whose slug confirms a
    title the text names. ``heading_governed``: the indices of the texts a status heading
    stands over ("Cancelled"), whose lists of names are lists of shows."""
    found: dict[str, None] = {}
    trace_on = rules.active() is not None  # (--explain: the span readings' rules too)
    seasoned: set[str] = set()  # titles seen right next to a season phrase or in quotes
    cues: dict[str, set[str]] = {}  # title -> the structural cues that proposed it
    loose: set[str] = set()  # seasoned only by "for/into ... season": places stay places
    vouched: set[str] = set()  # names and places a governed list of shows holds
    kind_listed: set[str] = set()  # items of a list a plural kind heads ("four shows: A, B")
    all_listed: set[str] = set()  # items of a subject list "all" decides ("A, B and C have all")
    object_listed: set[str] = set()  # a decision's object list of names ("cancelled A, B, C")
    governed: set[str] = set()  # a status verb's own object or subject ("renew Chuck")
    # those the decision takes with the season it decides ("X was renewed for a third season")
    season_governed: set[str] = set()
    one_show: set[str] = set()  # "A B and C D" the sentence treats as one show
    slug = slug_words(url)
    slug_set = frozenset(slug)
    numbered: set[str] = set()  # spans that end in a number of the title's own ("Ward 13")
    clause_seasoned: set[str] = set()  # spans a season clause follows ("X is back: a third")
    widened: dict[str, str] = {}  # a fragment the article's full form replaced -> the rule
    bodies: list[str] = []  # the body's texts, as the spans read them (set below)

    def add(raw: str, quoted: bool = False, strong: bool = False, number: str = "",
            mid: bool = False, numeric: bool = False, cue: str = "",
            confirmed: bool = False, time_tail: bool = False) -> None:
        """``confirmed``: the evidence beats a name veto, as quotes do."""
        if not quoted and (" on " in raw or " for " in raw or " at " in raw or " from " in raw):
            raw = _without_company_after(raw)  # "X on Apple TV+": the cues read the whole
        own = bool(numbered) and any(n.endswith(raw.strip()) for n in numbered)
        title = clean_title(raw, quoted, strong, mid, numeric or quoted, own, time_tail)
        if title and not quoted and not number:
            full = attested_head(raw, title, bodies)
            if full:
                widened.setdefault(title, rules.check("title.span.attested_head"))
                title = full
        if title and number:
            title = f"{title} {number}"  # "Avenue 5": a number of the title's own
        if title and len(title) <= MAX_TITLE_CHARS and (
                title in found or len(found) < MAX_TITLES):
            found.setdefault(title, None)
            cues.setdefault(title, set()).add(cue or ("quoted" if quoted else "context"))
            if strong or quoted or confirmed:
                seasoned.add(title)

    body_found: dict[str, None] = {}
    body_spans: list[tuple[str, Span]] = []  # for the longer names of kept titles
    texts = [recase_capitals(t) for t in texts]
    under_status = {texts[i] for i in heading_governed if i < len(texts)}
    bodies.extend(texts)
    body = " ".join(texts)
    # the headline and the body, where ``_never_bare`` looks for a name without its number
    article = f"{recase_capitals(recase_headline(headline))}\n{body}"
    owners: dict[str, bool] = {}  # an owner's name -> the article shows it to be a person
    headline = recase_capitals(recase_headline(headline))
    joins = attested_joins(texts, headline)
    introduced = False  # the sentence before brought in a show it did not name
    ahead = _Ahead.NONE  # the lead's reference to a show not named yet
    slate = 0  # sentences left after a count of an owner's shows (round 38)
    phrase_cued: set[int] = set()  # the headline's runs after a decision's phrase
    # the body's texts whose next text tells a status of a reference to one show
    referred = {i for i in range(len(texts) - 1) if _refers_back(texts[i + 1]) is not None}
    counted: set[str] = set()  # names counted among the shows a decision took
    counted_list: set[str] = set()  # names a decision's count announced before a colon
    counted_pairs: dict[str, tuple[str, ...]] = {}  # "two dramas: A and B": its two names
    referred_lists = {i for i in range(len(texts) - 1) if _refers_back_to_list(texts[i + 1])}
    # and those whose own second clause does ("..., and the series premieres June 5")
    referred_within = {i: joint for i, text in enumerate(texts)
                       if (joint := _refers_back_within(text)) is not None}
    for position, text in enumerate([*texts, headline]):
        if text is headline:
            body_found = dict(found)
            found.clear()
        spans = title_spans(text, joins)
        if text is headline:
            spans = _headline_spans(text, spans, body)
        if text is headline:
            for span in title_spans(text, joins):  # shown by --explain: a run of two clauses
                if len(_headline_clauses(text, [span], body)) > 1:
                    widened.setdefault(span.text, rules.check("title.span.headline_clauses"))
                elif _clause_edges(span, body) != [span]:  # "Salt Road But": its edges
                    widened.setdefault(span.text, rules.check("title.span.headline_conjunction"))
            phrased, phrase_cued = _without_headline_phrases(text, spans, body)
            for cut, span in zip(phrased, spans, strict=True):
                if cut != span:  # shown by --explain: the phrase's words are no title's
                    widened.setdefault(span.text, rules.check("title.span.headline_phrase"))
            spans = phrased
            spans, determined = _without_headline_determiner(text, spans, body)
            for span in determined:  # shown by --explain: a determiner opens no title
                widened.setdefault(span.text, rules.check("title.span.headline_determiner"))
        # (every match holds a possessive's apostrophe: most sentences skip the search)
        if spans and ("'" in text or "’" in text) and _OWNER_OF_QUOTED_RE.search(text):
            owners_of_quoted = [span for span in spans if _owner_of_quoted(text, span)]
            for span in owners_of_quoted:  # shown by --explain: an owner, no item of a list
                widened.setdefault(span.text, rules.check("title.span.owner_of_quoted"))
            spans = [span for span in spans if span not in owners_of_quoted]
        if ahead is not _Ahead.NONE and text is not headline and \
                _opens_on_referred(text, spans):
            # "Kestrel has renewed its fishing drama for a third season. Salt Road, created
            # by ..., follows ...": the name a lead's reference stood for (round 37)
            add(spans[0].text, cue="referred_after")
        if slate and text is not headline:
            # "Kestrel has renewed two of its dramas. Salt Road ... Lantern House ...": the
            # names the slate counted (round 38)
            for span in _slate_named(text, spans):
                add(span.text, cue="slate_after")
            slate -= 1
        if text is not headline and tells_slate(text) and _counts_slate(text, spans):
            slate = SLATE_SENTENCES
        if text is headline:
            ahead = _Ahead.NONE
            slate = 0
        elif position < LEAD_SENTENCES and _refers_ahead(text, spans):
            ahead = _Ahead.TOLD
        elif ahead is _Ahead.TOLD and not any(clean_title(s.text) and s.text.strip().lower()
                                              not in _CALENDAR_OR_TIME for s in spans):
            ahead = _Ahead.CARRIED  # "The network made the announcement on Tuesday."
        else:
            ahead = _Ahead.NONE
        if introduced and text is not headline and spans and spans[0].start <= 2 and \
                INTRODUCED_NAME_AFTER_RE.match(text, spans[0].end):
            # "ITV has commissioned a new drama from Jane Doe. Glass Harbor follows ...":
            # the name the next sentence opens with (a person's name is vetoed as ever)
            add(spans[0].text, cue="introduced")
        introduced = may_introduce(text) and INTRODUCED_RE.search(text) is not None
        if " in " in text and _SHOOT_WORD_RE.search(text):
            spans = [_without_shoot_place(text, span) for span in spans]
        if "s " in text or "s' " in text:
            unowned = [_without_person_owner(span, body, owners, text is not headline)
                       for span in spans]
            for cut, span in zip(unowned, spans, strict=True):
                if cut != span:  # shown by --explain: the owner's words are no title's
                    owner = _SPAN_OWNER_RE.match(span.text)
                    widened.setdefault(span.text, rules.check(
                        "title.span.person_owner" if owner and owners.get(owner.group(1))
                        else "title.span.owner_shape"))
                elif text[span.start - 2:span.start - 1] == "s" and \
                        (owner_name := _owner_by_shape_before(text, span)):
                    # the owner's possessive the span reading already left out
                    widened.setdefault(f"{owner_name}'s {span.text}",
                                       rules.check("title.span.owner_shape"))
            spans = unowned
            if text is not headline:  # "Ann Lee's Kitchen": the owner is the title's own
                named = [_with_owner_named(text, span, body) for span in spans]
                for owner_kept, span in zip(named, spans, strict=True):
                    if owner_kept != span:  # shown by --explain: the owner's words kept
                        widened.setdefault(span.text, rules.check("title.span.owner_named_title"))
                spans = named
        if " on " in text or " for " in text or " at " in text:
            spans = [_without_company_before(span) for span in spans]
        if " of " in text:
            spans = [_without_cue_head(text, span) for span in spans]
        if trace_on:
            _trace_season_nouns(text, spans, widened)
        if "Original" in text or "Exclusive" in text:
            spans = [_without_original_label(text, span) for span in spans]
        spans = [_without_time_before(text, span) for span in spans]
        if " with " in text:
            spans = [_without_absolute_with(text, span) for span in spans]
        if _DIGIT_RE.search(text):
            own = [with_own_number(text, span, text is headline,
                                   article if text is not headline else "")
                   for span in spans]
            if text is headline and numbered:
                # "Ward 13 Renewed" over "Ward 13 follows two nurses": the body's numbered title
                own = [_with_body_number(text, o, numbered) if o == span else o
                       for o, span in zip(own, spans, strict=True)]
            for o, span in zip(own, spans, strict=True):
                if o != span and text is not headline and _described_number(text, span):
                    widened.setdefault(span.text, rules.check("title.span.described_number"))
                elif o != span and _never_season_number(o.text):
                    widened.setdefault(span.text, rules.check("title.span.never_season_number"))
                elif o != span and text is not headline and \
                        with_own_number(text, span) == span:
                    # only the article's writing the name always with its number took it
                    widened.setdefault(span.text, rules.check("title.span.never_bare_number"))
                elif o != span and _season_told_after_number(
                        text.lower() if text is headline else text, o.end):
                    widened.setdefault(span.text,
                                       rules.check("title.span.number_beside_season_told"))
            numbered.update(o.text for o, span in zip(own, spans, strict=True) if o != span)
            spans = own
        if text is not headline:
            body_spans.extend((text, span) for span in spans)
        # The case-blind context patterns run on lower-cased text, without IGNORECASE.
        low_text = text.lower()
        caseless = len(low_text) == len(text)
        subject = low_text if caseless else text
        person_re = _PERSON_BEFORE_LOW_RE if caseless else _PERSON_BEFORE_RE
        trigger_before_re = _TRIGGER_BEFORE_LOW_RE if caseless else _TRIGGER_BEFORE_RE
        appositive_before_re = _APPOSITIVE_BEFORE_LOW_RE if caseless else _APPOSITIVE_BEFORE_RE
        # A stem no span's window can hold when the whole text holds none (str.lower maps
        # these ASCII stems' letters alike in a part and in the whole): looked up once here.
        trigger_stems = _has_stem(low_text, _TRIGGER_BEFORE_STEMS)
        appositive_stems = _has_stem(low_text, _APPOSITIVE_STEMS)
        # The same for the words after a span (``_trigger_follows``), in an ASCII text.
        following_stems = not text.isascii() or _has_stem(low_text, _FOLLOWING_STEMS)
        launch_stems = _has_stem(low_text, _LAUNCH_STEMS)  # and the launch verbs before one
        good: set[int] = set()
        past_aside: set[int] = set()  # the spans cued by their verb past a long aside
        owned_appositive: set[int] = set()  # the spans cued by their owner's appositive
        for i, span in enumerate(spans):
            if _inert(text, spans, i):
                continue
            after = text[span.end:span.end + 60]
            before = text[max(0, span.start - 80):span.start]
            if after[:1] == "," and text is not headline and _calendar_before_kind_aside(
                    text, span):
                add(span.text, strong=True, cue="aside_kind")  # "Friday, the ... sequel, ..."
                continue
            before_low = subject[max(0, span.start - 80):span.start]
            if " and " in span.text and ((not before.endswith(", ") and (
                    _ONE_SHOW_AFTER_RE.match(after) or _ONE_SHOW_BEFORE_RE.search(before[-40:])))
                    or (before.endswith(", ") and _LIST_GOES_ON_RE.match(after))):
                # "the third season of Broken Bells and Paper Hearts": one show's name; so is
                # a comma list's middle item ("A, Broken Bells and Paper Hearts, C and D": a
                # list says "and" before its last item only)
                whole = clean_title(_without_company_after(span.text),
                                    mid=mid_sentence(text, span.start))
                if whole:
                    one_show.add(whole)
            if _NOT_A_TITLE_AFTER_RE.match(after) and not span.text.endswith(" TV"):
                continue  # "the Marvel series", but "the Survivor TV show" is Survivor
            if _NAMED_KIND_AFTER_RE.match(after):
                # "the third season of the Canadian comedy Quillmarsh": a modifier of a kind of
                # show whose own name follows; the season and the facts are that name's
                continue
            # Which cues the span has; a person's name ("starring X") counts for none of them,
            # but that costlier check runs only for a span with some cue.
            # "in Scotland on March 4": a date after the span, not "Title 4"; the season
            # before the span still cues it ("the second season of X on July 14" as "... of X
            # on 14 July": the day before or after its month, round 35; only the season's own
            # "of", ``_SEASON_OF_BEFORE_RE``: not "season 2 heads to |Kestrel Play on June 5|")
            month_day = after[1:2].isdigit() and bool(_MONTH_END_RE.search(span.text))
            by_season = bool(
                (not month_day and (_AFTER_SEASON_RE.match(after)
                                    or _FOR_SEASON_AFTER_RE.match(after)
                                    or _own_series_after(span.text, before, after)
                                    # "Copper Vale Book Two begins ..." (round 39)
                                    or _season_noun_after(after))) or (
                    ("eason" in before_low or "series" in before_low)
                    and (_SEASON_OF_BEFORE_RE if month_day else _BEFORE_SEASON_RE).search(
                        before)))
            if not by_season and _season_clause_after(before, after):
                # "X is back: a third season has been confirmed" (round 36)
                clause_seasoned.add(span.text)
                by_season = True
            both = " and " in span.text and bool(_BOTH_AFTER_RE.match(after))
            stem_text = before_low if caseless else before.lower()
            by_trigger = bool(
                (trigger_stems and _has_stem(stem_text, _TRIGGER_BEFORE_STEMS)
                 and trigger_before_re.search(before_low)
                 and not _OTHER_KIND_BEFORE_RE.search(before_low[-60:]))
                or (_TRIGGER_AFTER_RE.match(after) and not (
                    after[:1] == "," and in_aside(text, span.start)))
                # (each pattern behind a literal every match of it holds: most spans'
                # words hold none, and the test costs a tenth of the pattern's)
                or (("season" in after or "series" in after)
                    and _SUBJECT_OF_SEASON_RE.match(after)) or _counted_among(
                    text, span, counted) or _relative_status_after(text, span.end)
                or _counted_list_after(before, after, counted_list, span, counted_pairs)
                or _summary_clause_item(text, span, counted_list)
                or ("," in before[-40:] and _ELLIPSIS_BEFORE_RE.search(before[-40:])
                    and trigger_stems)
                or _trigger_after_aside(text, span.end) or _network_in_parens(after)
                or _trigger_past_seen_on(text, span.end)
                or (span.text[:1] in _STATUS_HEAD_FIRST
                    and _STATUS_HEAD_RE.match(span.text) is not None and not mid_sentence(
                        text, span.start))
                or ("join" in after and _JOINS_AFTER_RE.match(after) is not None and _has_stem(
                    text[span.end:span.end + 160].lower(), _JOINED_STATUS_STEMS))
                or (text is headline and i in phrase_cued)
                or (launch_stems and _has_stem(stem_text[-24:], _LAUNCH_STEMS)
                    and _launch_object(span.text)
                    and _LAUNCH_BEFORE_RE.search(before[-24:])) or (
                    text is not headline and ((following_stems and _trigger_follows(after))
                                              or (after[:1] == ","
                                                  and _APPOSITIVE_AFTER_RE.match(after)))))
            if not (by_trigger or by_season) and text is not headline and \
                    not _GOVERNED_BY_BEFORE_RE.search(before[-16:]) and \
                    _trigger_past_long_aside(text, span.end):
                by_trigger = True  # "X, which stars ... as ..., has been renewed"
                past_aside.add(i)
            if not (by_trigger or by_season) and text is not headline and after[:1] == "," \
                    and _OWNED_APPOSITIVE_RE.match(after):
                by_trigger = True  # "X, Kestrel's new comedy, has been cancelled"
                owned_appositive.add(i)
            if not (by_trigger or by_season) and " on" in before[-5:] and \
                    _PRODUCTION_ON_BEFORE_RE.search(
                    before[-60:]) and not person_re.search(before_low):
                # "Filming has begun on X in Toronto": the show, then where it films
                head, sep, tail = span.text.rpartition(" in ")
                name = head if sep and tail.lower().removeprefix("the ") in \
                    vocabulary().places else span.text
                # not a label before a quoted title ("on Amazon Original 'X'") nor a name the
                # span cut at its colon ("on Star Wars: Episode IX")
                if not _ISLAND_RE.search(name) and not re.match(r"\s{0,2}[:\"“‘']", after):
                    add(name, mid=text is not headline and _opens_title(text, span),
                        cue="trigger")
                continue
            if not (by_trigger or by_season) and text is not headline and \
                    (after[:4] == " set" or before[-4:] == " of ") and \
                    _shoot_set(text, before, after) and \
                    not person_re.search(before_low):
                # "a snap from the Salt Road set": the show whose set the shoot is on ("from
                # the set of Salt Road in Sydney": not the place it films in)
                head, sep, tail = span.text.rpartition(" in ")
                add(head if sep and tail.lower() in vocabulary().places else span.text,
                    mid=_opens_title(text, span), cue="shoot_set")
                continue
            by_kind = not by_trigger and text is not headline and appositive_stems and _has_stem(
                stem_text, _APPOSITIVE_STEMS) and bool(appositive_before_re.search(before_low))
            if by_kind and before.endswith(("(", ",", ", ")):
                # "the drama (Title)", "the talk show, Title, will ...": enclosed whole
                by_kind = after[:1] == ")" if before.endswith("(") else (
                    after.lstrip("?")[:1] == "," or _decided_apposition_at_end(before, after))
            elif not by_kind and text is headline and before.endswith(", ") and \
                    _decided_apposition_at_end(before, after):
                # "Kestrel Cancels Its Other Drama, Copper Vale": as in a body sentence, the
                # decision's object (round 39, r39headcase)
                by_kind = True
                add(span.text, numeric=True, cue="headline_object")
            if not (by_season or both or by_trigger or by_kind) and text is not headline and \
                    after[1:2] in _STAR_AFTER_FIRST and _STAR_AFTER_RE.match(after) and \
                    _SEASON_OR_STATUS_RE.search(text):
                # "Glass Harbor star Jane Doe said season 2 begins filming": the show's star
                by_kind = True
            if not (by_season or both or by_trigger or by_kind):
                # no cue in the sentence: a structural source may still propose it
                # (``mid`` only where a source does: most spans have none)
                if (slug and text is not headline and span.text.split()[-1].lower().strip(
                        _TRAIL_PUNCT) in slug_set and _in_slug(clean_title(
                            span.text, mid=(mid := mid_sentence(text, span.start))), slug)
                        and not person_re.search(before_low)):
                    add(span.text, mid=mid, cue="slug", confirmed=True)
                elif ("s " in before[-3:] or "s' " in before[-3:]) and (
                        possessive_owner(before) in POSSESSIVE_OWNERS
                        or _person_owner_before(before, body, owners, None if text is headline
                                                else span.text)):
                    add(span.text, mid=text is not headline and _opens_title(text, span),
                        cue="possessive")  # "Prime Video's The Wheel ..."
                elif text is not headline and "s " in before[-3:] and \
                        REFERRING_POSSESSIVE_BEFORE_RE.search(before[-40:]):
                    # "the streamer's Copper Vale, which ...": a network's show, the network
                    # named by its reference (round 41, title.keep.referring_owner)
                    add(span.text, mid=_opens_title(text, span), cue="referring_owner")
                continue
            mid = text is not headline and _opens_title(text, span)
            if person_re.search(before_low):
                continue
            if by_season:
                good.add(i)
                if text is headline:
                    # "HBO Sets Glass Harbor Season 2 ...", "Here's When Glass Harbor Season 2
                    # ...": the headline's show wherever the headline puts it before its season
                    inner = _headline_season_title(text, span)
                    if inner and inner[-1:].isdigit():
                        numbered.add(inner)  # "Ward 13 Anime's 2nd Season": inside the run
                    if inner:
                        add(inner, strong=_own_season_after(inner, after, before),
                            cue="headline_season")
                add(span.text, strong=_own_season_after(span.text, after, before), mid=mid,
                    numeric=True, cue="season")
                # (the span as it stands, a network after it too: a trimmed title made strong
                # here hid a person's surname on an open article, a show named for its host)
                title = clean_title(span.text, mid=mid, numeric=True,
                                    own_number=span.text in numbered)
                if title:
                    seasoned.add(title)
                    if _LOOSE_SEASON_RE.match(after) and _LOCATIVE_BEFORE_RE.search(before):
                        loose.add(title)  # "filming in Prague for season 3": still a place
            if both:
                for n, part in enumerate(span.text.split(" and ")):
                    add(part, mid=mid or n > 0, cue="both")  # "Salt Road and Tin Roof will both"
                continue
            if by_trigger or by_kind:
                good.add(i)
            if by_trigger and (_GOVERNS_BEFORE_RE.search(before[-20:])
                               or _GOVERNED_AFTER_RE.match(after[:30])
                               or _PRODUCTION_OWN_SEASON_AFTER_RE.match(after[:90])):
                title = clean_title(span.text, mid=mid, own_number=span.text in numbered)
                cut_head = span.text[:max(0, span.text.find(title))] if title else ""
                if title and not _LOCATIVE_BEFORE_RE.search(f"{before}{cut_head}"[-20:]):
                    governed.add(title)  # not "Filming in Prague was cancelled": a place
                    if _decided_with_season(before, after):
                        season_governed.add(title)  # "X has been renewed for a third season"
            if span.text.strip().lower() in TIME_TITLE_WORDS and _names_a_show_as_time(
                    before, after, span.start):
                add(span.text, strong=True, cue="trigger")  # "its comedy series April"
            elif (span.text.strip().lower() in _CALENDAR or _weekday_times(span.text)) and \
                    _names_a_show_as_weekday(before, after, span.start):
                add(span.text, strong=True, cue="trigger")  # "renewed Wednesday for a third"
            elif _the_time_word(span.text) and (
                    _names_a_show_as_time(before, after, span.start)
                    if span.text.split()[1].lower() in TIME_TITLE_WORDS
                    else _names_a_show_as_weekday(before, after, span.start)):
                add(span.text, strong=True, mid=True, cue="trigger")  # "renewed The Spring for"
            elif _weekday_times(span.text) and _kind_before_name(before) and \
                    _WEEKDAY_OBJECT_SEASON_RE.match(after):
                # "renewed the drama Sunday Nights for a third season": a plural time after a
                # kind is no day the decision was taken (round 32, title.keep.weekday_times)
                add(span.text, strong=True, cue="trigger")
            elif " " not in span.text.strip() and _kind_before_name(before) \
                    and _AFTER_TIME_TITLE_RE.match(after):
                governed.add(span.text.strip())  # "the sci-fi series Hazel, which ..."
        joint = referred_within.get(position, len(text)) if text is not headline else 0
        if (position in referred or joint < len(text)) and not any(
                spans[i].start < joint for i in good) and (antecedent := _referred_antecedent(
                    text[:joint], [s for s in spans if s.end <= joint])) is not None and \
                not person_re.search(subject[max(0, antecedent.start - 80):antecedent.start]):
            # "Quillmarsh follows two sisters. The drama has been renewed", "My family loved
            # Quillmarsh, so we were sad to see it cancelled": the name a reference stands for
            # in the next sentence or clause (validated as any span)
            add(antecedent.text, mid=_opens_title(text, antecedent), cue="referred")
        if position in referred_lists and not good and not person_re.search(subject[:80]):
            # "Salt Road and Quillmarsh drew strong ratings. Both shows have been renewed."
            for n, name in enumerate(_referred_list(text, spans)):
                add(name, mid=n > 0, cue="referred")
        people: dict[int, bool] = {}  # span index -> used like a person's name (lazily)

        for i in range(len(spans)) if good else ():
            if " the " in spans[i].text and _MODIFIER_AFTER_RE.match(
                    text[spans[i].end:spans[i].end + 20]):
                # "renewed Night Ferry the Jane Doe comedy": the title, then a description
                head = spans[i].text.split(" the ")[0]
                if _TRIGGER_BEFORE_RE.search(text[max(0, spans[i].start - 80):spans[i].start]):
                    add(head, cue="trigger")
        for i in sorted(good):
            listed = list_run(text, spans, i, _DISCOVERY_LIST_RE)
            group = _before_clause(text, spans, listed, i)
            group = _before_owned_appositive(text, spans, group)
            if len(group) < len(listed):  # shown by --explain: a clause's subject, no item
                widened.setdefault(clean_title(spans[listed[-1]].text) or spans[listed[-1]].text,
                                   "title.span.list_ends_before_clause")
            if any(_person_span(text, subject, spans, j, person_re, people) for j in group) \
                    or _PEOPLE_LIST_BEFORE_RE.search(
                        text, max(0, spans[group[0]].start - 90), spans[group[0]].start):
                continue  # "starring A, B and C", "the cast, including A, B": a cast list
            fronted = _fronted_word(text, spans, group, text is not headline)
            for j in group:
                if j == group[0] and fronted:
                    continue  # "Next, Glass Harbor will return": an adverb, no list's item
                raw = spans[j].text
                mid = text is not headline and _opens_title(text, spans[j])
                if len(group) > 1 and j == group[-1] and not fronted and text[
                        spans[j - 1].end:spans[j].start].strip().startswith(","):
                    for part in attested_split(raw, bodies) or _last_items(
                            raw, _AND_SPLIT_RE):
                        add(part, mid=mid, cue="list")
                else:
                    add(raw, mid=mid, numeric=len(group) > 1 and j != group[0],
                        cue=("past_aside" if i in past_aside else "owned_appositive"
                             if i in owned_appositive else "trigger") if j == i
                        else "list")
        # list items: not the decorations between them ("X (seen on Netflix SA) after 5
        # seasons, Y seen on Vela+ (after 3 seasons), ..."), which the list gap reads
        # (a list needs two spans: with fewer, governed_lists finds none; nor without a
        # governing word)
        headed = text is not headline and text in under_status
        items = [sp for sp in (_pairs_split(spans) if headed else spans)
                 if not _decoration(text, sp)] \
            if (len(spans) > 1 or headed) and (headed or may_govern(text)) else []
        if text is not headline and " and " in text:  # "the dramas A and B" (round 30)
            items = _kind_pair_split(text, items)
        for run in governed_lists(text, items, functools.partial(_list_joint, text, items),
                                  heading=headed):
            run = _before_clause(text, items, run)
            if len(run) < 2:
                continue  # "renewed A and Fox Chief B said ...": a clause of its own after A
            _add_list(text, items, run, add, text is not headline, vouched,
                      cue="governed_list" if text is not headline else "headline_list",
                      kind_listed=kind_listed if text is not headline else None,
                      all_listed=all_listed if text is not headline else None,
                      object_listed=object_listed if text is not headline else None)
        for quoted in _quoted_titles(text, text is headline):
            add(quoted, True)
        if text is headline:
            for i, span in enumerate(spans):
                if i in phrase_cued or _DECISION_PHRASE_BEFORE_RE.search(
                        text, max(0, span.start - 40), span.start) or \
                        _HEADLINE_VERB_BEFORE_RE.search(text, max(0, span.start - 30),
                                                        span.start) \
                        or _HEADLINE_ORDER_KIND_BEFORE_RE.search(
                            text, max(0, span.start - 50), span.start) \
                        or _HEADLINE_VERB_AFTER_RE.match(text, span.end) or (
                            _HEADLINE_END_BEFORE_RE.search(text, max(0, span.start - 30),
                                                           span.start)
                            and _HEADLINE_RUN_AFTER_RE.match(text, span.end)):
                    title = clean_title(span.text, numeric=True)
                    if title and not _has_stem(title.lower(), _APPOSITIVE_STEMS) and \
                            title.split()[-1].lower() not in _HEADLINE_VERB_WORDS:
                        # "HBO Renews A Small Harbor", "A Small Harbor Renewed": the status
                        # verb's own object or subject keeps its article, as mid-sentence
                        add(span.text, numeric=True, cue="headline_object",
                            mid=span.text.startswith(("A ", "An ")))
            for phrase in _HEADLINE_OBJECT_PHRASE_RE.finditer(text):
                rest = text[phrase.end():]
                first = [_with_body_number(rest, span, numbered)
                         for span in title_spans(rest, joins)[:1]]
                if first and first[0].start <= 1 and not re.match(
                        r"\s{0,2}[:\"“‘']", rest[first[0].end:]):
                    # not a label before a quoted title ("on Amazon Original 'X'")
                    title = clean_title(first[0].text, numeric=True)
                    if title and not _has_stem(title.lower(), _APPOSITIVE_STEMS) and \
                            title.split()[-1].lower() not in _HEADLINE_VERB_WORDS:
                        add(first[0].text, numeric=True, cue="headline_object")
        status = _STATUS_LINE_RE.match(text) if ":" in text else None  # it needs the colon
        if status and len(status.group("t").split()) <= 8 and not any(
                w[:1].islower() and w not in TITLE_CONNECTORS for w in status.group("t").split()
        ) and not _opens_quote(status.group("t")) and not (
                ", " in status.group("t") and text[status.end() - 3:status.end()].lower()
                == "the"):
            # a head with a lower-case word outside the connectors is a sentence ("Netflix
            # has renewed Ironvale: The Reckoning ..."), not a "Title: status" line; nor is a
            # list before a subtitle ("Old Pines, Ironvale: The Reckoning and ..."); a company
            # before its show is not the show's ("Tin Roof Productions on Ironvale: The ...")
            # its tag in parentheses is no part of it ("Salt Road (Tovrel): renewed", "Salt
            # Road (2019): cancelled")
            head = TRAILING_TAG_RE.sub("", status.group("t")) or status.group("t")
            add(_without_company_before(Span(0, len(head), head)).text, cue="status_line")
        lead = _HEADLINE_LEAD_RE.match(text) if text is headline else None
        if lead:
            # "Glass Harbor: What We Know About Season 3", when the body names it too
            title = clean_title(lead.group("t"), quoted=True)
            if title and title.lower() not in _HEADLINE_LABELS and all(
                    _is_cap(w.strip(_LEAD_PUNCT + _TRAIL_PUNCT)) or w in TITLE_CONNECTORS
                    for w in title.split()) and any(title in body for body in texts):
                add(lead.group("t"), quoted=True, cue="headline_lead")
        season_lead = _headline_season_lead(text) if text is headline else None
        if season_lead and not _written_whole(season_lead, body) and (
                described := _descriptor_end(season_lead.split(), body)) is not None:
            # "Cult Hit |Night Ferry Premieres June 4": the praise is no word of the title
            widened.setdefault(season_lead, rules.check("title.span.headline_phrase"))
            season_lead = " ".join(season_lead.split()[described:])
        if season_lead:
            add(season_lead, cue="headline_season")  # validated as any span: no place
        opening = _headline_subject(text, spans) if text is headline else None
        if opening:
            add(opening, cue="headline_season")
        for span in spans if text is headline else ():
            if _AUDIENCE_AFTER_RE.match(text, span.end) or _ASKED_BEFORE_RE.search(
                    text, max(0, span.start - 30), span.start):
                # "Glass Harbor Fans, Rejoice!", "What Happened to Glass Harbor?": the show
                # the headline addresses or asks about, which the body may call "the series"
                asked = headline_title(span.text)
                if asked:
                    add(asked, cue="headline_season")
    headline_found = list(found)
    for title in headline_found:
        cues.setdefault(title, set()).add("headline")
    found = body_found
    for raw in strong_titles:
        title = clean_title(raw, quoted=True)
        number = _HEADING_NUMBER_RE.search(raw)
        if title and number and not title.endswith(number.group(1)):
            title = f"{title} {number.group(1)}"  # a scorecard entry "Lucky 7:": its own number
        if title and len(title) <= MAX_TITLE_CHARS and (
                title in found or len(found) < MAX_TITLES):
            found.setdefault(title, None)
            seasoned.add(title)
            cues.setdefault(title, set()).add("heading")
    everything = " ".join(texts)
    _list_vouched(texts, joins, set(seasoned) | {show.title for show in known_shows}, add)
    fragments: list[str] = []
    for title in headline_found:
        # Headlines are title-cased throughout: keep a headline span only when no body title
        # sits inside it ("Shooting for Jessica Jones" -> "Jessica Jones"), and only when the
        # headline quotes it, the body names it or the slug spells it: other title-case runs
        # of a headline are its words ("Fans React To News", "Shifts Scripted Strategy").
        if any(other != title and other in title for other in body_found):
            continue
        # A list a status verb governs ("Fox Renews A, B and C") is a list of titles even
        # when the body names none of them ("the three comedies"); so is the verb's own
        # object or subject ("Fox Cancels Glass Harbor", "Glass Harbor Renewed").
        # So is the title a headline opens with before its season ("X Season 3 Premiere
        # Date Set"), unless it names a place or a person ("Vancouver Season 2 ...").
        if title in found or {"quoted", "headline_list", "headline_object"} & cues.get(
                title, set()) or \
                title in everything or title.upper() in everything or \
                _spelled_in_slug(title, slug) or (
                    "headline_season" in cues.get(title, set())
                    and judge(title, strong=False).kept):
            found.setdefault(title, None)
        else:
            fragments.append(title)
    if "s " in everything:
        for glued in [t for t in found if "s " in t]:
            owned = owned_title(glued, texts)
            if owned:
                # "Kaveh Brightwater's Salt Road ... Salt Road follows": the owner's, then
                # the title the article also writes alone
                found = {owned if t == glued else t: None for t in found if t != owned}
                cues[owned] = cues.get(owned, set()) | cues.get(glued, set())
                if glued in seasoned:
                    seasoned.add(owned)
                widened.setdefault(glued, rules.check("title.span.owner_possessive"))
    protected = {name for show in known_shows for name in (show.title, *show.aliases)}
    edge_rules: dict[str, str] = {}  # a widening's own rule, where not the general one
    edges: dict[str, str] = {}
    for short, longer in calendar_edged(list(found), texts, headline, protected,
                                        edge_rules).items():
        month_edge = _governed_month_edge(short, longer, season_governed)
        if judge(longer, strong=short in seasoned or _governed_weekday_edge(
                short, longer, governed) or month_edge, governed=short in governed).kept:
            edges[short] = longer
            if month_edge and short not in seasoned:
                edge_rules[short] = rules.check("title.keep.governed_month_edge")
    if slug:  # "friday-and-walter-renewed-for-season-2": the slug spells the whole (round 41)
        for short, longer in slug_edged(list(found), texts, headline, slug, protected).items():
            if short not in edges and judge(longer, strong=True).kept:
                edges[short] = longer
                edge_rules[short] = rules.check("title.span.slug_calendar_edge")
    if edges:
        # (a whole title the name vetoes would drop where the cut one stood, "Ada Monday"
        # after "cancelled Ada Monday", is left to ``time_edged`` once the cut one is kept)
        # "Tovrel renewed Monday Harbor" gave "Harbor": the title the mentions write whole,
        # judged whole by the vetoes below (a lone "Harbor" or "Paris" was vetoed)
        found = {edges.get(t, t): None for t in found}
        for short, longer in edges.items():
            cues[longer] = cues.get(longer, set()) | cues.get(short, set())
            for holders in (seasoned, loose, vouched, governed, kind_listed, all_listed,
                            object_listed):
                if short in holders:
                    holders.add(longer)
            widened.setdefault(short, edge_rules.get(short) or rules.check(
                "title.span.calendar_edge"))
    persons = {title for title in found
               if title not in seasoned and _looks_like_person(title, everything)}
    deciders = {title: rule for title in found if title not in seasoned
                and not cues.get(title, set()) & {"quoted", "known"}
                and (rule := deciding_rule(title, [*texts, headline]))}
    found = {title: None for title in found if title not in deciders}
    for show in known_shows:
        found.setdefault(show.title, None)
        cues.setdefault(show.title, set()).add("known")
        persons.discard(show.title)
    sighted = [*texts, _inner_words_lowered(headline)]
    for title in [t for t in found if t.count(" and ") >= 2 and t not in one_show]:
        pair = attested_split(title, sighted)
        if pair:  # "Red Kettle and Blood and Bone in Tarrow": the joint outside the name
            found = {new: None for t in found for new in (pair if t == title else [t])}
            for new in pair:
                cues[new] = cues.get(new, set()) | cues.get(title, set())
    for title in found:
        if " and " in title and title not in one_show and attested_whole(
                title, sighted, "quoted" in cues.get(title, set()), known_shows):
            one_show.add(title)  # "Blood and Bone in Tarrow", written whole every time
            for part in _split_joined([title]):
                if part != title:
                    widened.setdefault(part, rules.check("title.span.attested_whole"))
    if counted_pairs:  # "two dramas: Marrowby and Quillon" counts two shows, not one name
        found = {new: None for t in found for new in counted_pairs.get(t, (t,))}
    # a show's host the article writes as a person ("host Wren Talley"), named or not
    hosts = {host for t in found if " with " in t and (host := t.rpartition(" with ")[2])
             and host not in persons and _looks_like_person(host, everything)}
    candidates = _without_place_tail(
        [t for t in _split_joined(list(found), one_show, persons | hosts)
         if t not in persons or t in kind_listed or t in all_listed or t in object_listed])
    verdicts = validate(candidates, seasoned, f"{everything} {headline}", protected,
                        loose - {t for t, c in cues.items() if "quoted" in c}, vouched,
                        governed, [t for t in candidates if t in headline and t not in everything]
                        if lead_calls_a_work(texts[:LEAD_SENTENCES]) else ())
    verdicts = kind_listed_kept(verdicts, kind_listed)
    verdicts = all_listed_kept(verdicts, all_listed)
    verdicts = object_listed_kept(verdicts, object_listed)
    verdicts = _evidenced(verdicts, texts, protected, headline)  # its verbs: lower case only
    verdicts = quoted_time_words(verdicts, cues, texts, headline, protected)
    verdicts = _aside_evidenced(verdicts, texts, protected)
    verdicts = _own_seasoned(verdicts, texts, headline, protected)
    verdicts = headline_only_vetoed(verdicts, cues, texts, headline, protected)
    _LAST_VERDICTS[:] = [*(Verdict(v.title, True, "title.keep.referred") if v.kept and v.rule
                           == "title.keep" and cues.get(v.title) == {"referred"} else
                           Verdict(v.title, True, "title.keep.referred_after") if v.kept and
                           v.rule == "title.keep" and cues.get(v.title) == {"referred_after"}
                           else Verdict(v.title, True, "title.keep.slate_after") if v.kept and
                           v.rule == "title.keep" and cues.get(v.title) == {"slate_after"}
                           else Verdict(v.title, True, "title.keep.list_vouched") if v.kept
                           and v.rule == "title.keep" and cues.get(v.title) == {"list_vouched"}
                           else Verdict(v.title, True, "title.keep.shoot_set") if v.kept and
                           v.rule == "title.keep" and cues.get(v.title) == {"shoot_set"}
                           else Verdict(v.title, True, "title.keep.season_clause_after") if v.kept
                           and v.rule == "title.keep.strong" and v.title in clause_seasoned
                           and " " not in v.title else
                           Verdict(v.title, True, "title.keep.counted_among") if v.kept and
                           v.rule == "title.keep" and v.title in counted else
                           Verdict(v.title, True, "title.keep.counted_list") if v.kept and
                           v.rule == "title.keep" and v.title in counted_list else
                           Verdict(v.title, True, "title.keep.past_aside") if v.kept and v.rule
                           == "title.keep" and cues.get(v.title) == {"past_aside"} else
                           Verdict(v.title, True, "title.keep.referring_owner") if v.kept
                           and v.rule in ("title.keep", "title.keep.strong") and cues.get(
                               v.title) == {"referring_owner"} else
                           Verdict(v.title, True, "title.keep.owned_appositive") if v.kept
                           and v.rule == "title.keep" and cues.get(v.title) == {
                               "owned_appositive"} else
                           Verdict(v.title, True, "title.keep.aside_kind") if v.kept and v.rule
                           == "title.keep.strong" and cues.get(v.title) == {"aside_kind"} else v
                           for v in verdicts),
                         *(Verdict(t, False, "title.veto.person_context")
                                      for t in persons),
                         *(Verdict(t, False, deciders[t]) for t in sorted(deciders)),
                         *(Verdict(t, False, "title.veto.headline_fragment") for t in fragments),
                         *(Verdict(t, False, rule) for t, rule in widened.items()
                           if t not in candidates)]
    kept = _decide(verdicts, persons, fragments, cues, texts, headline, slug, protected)
    hosted = {t for t in kept if " with " in t and not _person_like(host := t.partition(
        " with ")[2]) and _host_like(host, persons | hosts)}
    if hosted:  # "X with Wren Talley", the article writing the host as a person
        _LAST_VERDICTS[:] = [Verdict(v.title, True, rules.check("title.span.host_named"))
                             if v.kept and v.title in hosted else v for v in _LAST_VERDICTS]
    kept += _longer_names(kept, body_spans, persons)
    kept = _widened(kept, time_edged(kept, [*texts, headline], protected),
                    "title.span.time_edge")
    kept = _widened(kept, network_edged(kept, texts, headline, protected),
                    "title.span.network_edge")
    kept = _widened(kept, network_headed(kept, texts, headline, protected),
                    "title.span.network_head")
    lone = network_word_titles(texts, headline, kept, protected)
    if lone:
        kept = [*kept, *lone]
        _LAST_VERDICTS.extend(Verdict(t, True, "title.keep.network_word") for t in lone)
    renamed = renamed_aliases(kept, texts, headline, protected)
    aliases = renamed + text_aliases(kept, [*texts, headline], headline, protected) + \
        misspelt_aliases(kept, headline, protected) + \
        short_forms(kept, protected, persons | hosts) + \
        shortened_forms(kept, texts, headline, protected) + episode_titles(
            kept, protected, _own_shows(kept, protected, cues, [*texts, headline], texts))
    aliases = tuple(dict.fromkeys(aliases))  # a host's show is also cut before "with"
    if aliases:
        merged = {alias for show in aliases for alias in show.aliases}
        told = {alias for show in renamed for alias in show.aliases}  # title.alias.renamed
        _LAST_VERDICTS[:] = [Verdict(v.title, False, "title.alias.renamed" if v.title in told
                                     else "title.alias") if v.title in merged else v
                             for v in _LAST_VERDICTS]
        kept = [t for t in kept if t not in merged]
    trace = rules.active()
    if trace is not None:
        trace.titles = [(v.title, v.kept, rules.check(v.rule)) for v in _LAST_VERDICTS]
    return Discovery(tuple(kept), aliases, renamed)


#: The rules a headline-only name may have been kept by (``headline_only_vetoed``): its
#: shape alone; a watched, quoted or listed name is another matter.
_HEADLINE_ONLY_RULES = frozenset({"title.keep", "title.keep.strong", "title.keep.time_end"})
#: The cues the headline alone gives: a name with any other (the body's, a heading's, a
#: quote's, the watch list's) is no headline-only name.
_HEADLINE_CUES = frozenset({"headline", "headline_season", "headline_object", "season",
                            "trigger", "context"})


def headline_only_vetoed(verdicts: Sequence[Verdict], cues: dict[str, set[str]],
                         texts: Sequence[str], headline: str,
                         protected: Collection[str]) -> list[Verdict]:
    """A name the headline alone writes as a name, kept only by the headline's own cues (its
    season phrase, its verb), whose words the body writes only in lower case, beside a show
    the headline and the body both name ("Glass Harbor Returns With Vengeance Season 2" over
    "Glass Harbor will return ... more vengeance"): title case made the headline's words look
    like a name, the body's own casing says they are words, and the article's show is the one
    both name (``title.veto.headline_only``, round 22). A headline whose only name is such a
    word ("Tovrel Renews Ghosts" over "The comedy about two ghosts ...") keeps it: nothing
    else there is the article's subject."""
    if not texts:
        return list(verdicts)

    def written(title: str) -> bool:
        return any(whole_mentions(title, text) for text in texts)

    lowered = [t.lower() for t in texts]
    alone = {v.title for v in verdicts if v.kept and v.rule in _HEADLINE_ONLY_RULES
             and v.title not in protected and cues.get(v.title, set()) <= _HEADLINE_CUES
             and "headline" in cues.get(v.title, set()) and not written(v.title)
             and any(whole_mentions(v.title.lower(), text) for text in lowered)}
    if not alone or not any(v.kept and v.title not in alone and whole_mentions(v.title, headline)
                            and written(v.title) for v in verdicts):
        return list(verdicts)
    return [Verdict(v.title, False, rules.check("title.veto.headline_only"))
            if v.title in alone else v for v in verdicts]


#: Words of a person's role that may follow a title in title case ("Salt Road EP ...").
_ROLE_WORDS = frozenset(
    """ep eps star stars co-star creator creators showrunner showrunners producer producers
    director writer writers host hosts actor actress cast alum boss exec""".split())


#: The vetoes of a name's look that a title's structural evidence outweighs (round 28).
_EVIDENCE_BEATS = frozenset({"title.veto.person_name", "title.veto.first_name_or_initials",
                             "title.veto.place", "title.veto.holiday"})


#: How far around a mention a cast's words tell a person's return (``title_evidence``).
_CAST_WINDOW = 160


def _own_series_after(name: str, before: str, after: str) -> bool:
    """"X's second series" after the span: X's season (round 36), unless the name is written
    as a person's, whose second series is a second show ("Writer Jane Doe's second series",
    a first name the vocabulary knows)."""
    if ("eries" not in after and "ERIES" not in after) or \
            not _AFTER_ORDINAL_SERIES_RE.match(after):
        return False
    words = name.split()
    return not (_PERSON_ROLE_BEFORE_RE.search(f"{before}{words[0]} ".lower())
                or (len(words) in (2, 3) and words[0].lower() in vocabulary().first_names))


def _written_as_person(text: str, at: int, end: int) -> bool:
    """The mention of a name at ``text[at:end]`` is written as a person's ("X said", "X, who",
    "starring X", "X's Salt Road"): the evidence against a title that every reading of a
    vetoed name's evidence (``title_evidence``, ``decision_noun_evidence``,
    ``show_position_evidence``, ``aside_evidence``) checks at each mention first."""
    return bool(TITLE_EVIDENCE_PERSON_BEFORE_RE.search(text[max(0, at - 24):at])
                or TITLE_EVIDENCE_PERSON_AFTER_RE.match(text, end)
                or TITLE_EVIDENCE_OWNER_AFTER_RE.match(text, end))


#: Where an article's texts mention a name: (the text's index, start, end) each.
NameMentions = list[tuple[int, int, int]]


def name_mentions(title: str, texts: Sequence[str]) -> NameMentions | None:
    """Every whole mention of ``title`` in ``texts``, found once for every reading of a vetoed
    name's evidence (``_evidenced`` hands them to each), or None when one is written as a
    person's (``_written_as_person``): that evidence against wins in every reading."""
    found: NameMentions = []
    for i, text in enumerate(texts):
        for at in whole_mentions(title, text):
            end = at + len(title)
            if _written_as_person(text, at, end):
                return None
            found.append((i, at, end))
    return found


def title_evidence(title: str, texts: Sequence[str], full_name: bool = False,
                   mentions: NameMentions | None = None) -> bool:
    """The article writes a name vetoed for its look (a person's, a first name, a place, a
    holiday) as a show's title: at one mention it is the subject of a decision with a season
    ("Martha will be back for a second series", "Tovrel Gate got renewed for a third season")
    or a decision verb's own object ("Kestrel cancelled Tovrel Gate."), and at no mention is
    it written as a person's name ("Martha said", "Martha, who", "starring Martha", "host
    Martha", "by Martha", "Martha's Salt Road"): evidence against wins (round 28). A
    ``full_name`` (a first name and a name word) needs a decision's own verb ("renewed",
    "cancelled", not "will return": actors return too) and no cast's words around it ("joined
    by", "cast", "star", "role"), and as a verb's object it is not the first item of a list
    going on with other names ("cancelled Ada Lin, Marfa, Texas and Tom Vey"). The body's
    texts only: a headline's capitals hide its verbs. ``mentions``: the name's, as
    ``name_mentions`` found them, found here when not given."""
    mentions = name_mentions(title, texts) if mentions is None else mentions
    if mentions is None:
        return False
    evidence = False
    for i, at, end in mentions:
        text = texts[i]
        season = TITLE_EVIDENCE_SEASON_AFTER_RE.match(text, end, end + 200)
        evidence = evidence or bool((
            season and not (full_name and (season.group("decided") is None
                                           or _cast_around(texts, i, at, end)))) or (
                TITLE_EVIDENCE_OBJECT_BEFORE_RE.search(text[max(0, at - 120):at])
                and TITLE_EVIDENCE_OBJECT_AFTER_RE.match(text, end, end + 12)
                and not (full_name and _LIST_GOES_ON_RE.match(text, end, end + 40))))
    return evidence


def _cast_around(texts: Sequence[str], i: int, start: int, end: int) -> bool:
    """A cast's words within ``_CAST_WINDOW`` characters of ``texts[i][start:end]``, the texts
    before and after it included (a body's texts are its sentences)."""
    text = texts[i]
    if TITLE_EVIDENCE_CAST_AROUND_RE.search(text, max(0, start - _CAST_WINDOW),
                                            end + _CAST_WINDOW):
        return True
    if start < _CAST_WINDOW and i > 0 and TITLE_EVIDENCE_CAST_AROUND_RE.search(
            texts[i - 1], max(0, len(texts[i - 1]) - _CAST_WINDOW + start)):
        return True
    return len(text) - end < _CAST_WINDOW and i + 1 < len(texts) and bool(
        TITLE_EVIDENCE_CAST_AROUND_RE.search(texts[i + 1], 0, _CAST_WINDOW - (len(text) - end)))


def decision_noun_evidence(title: str, texts: Sequence[str],
                           mentions: NameMentions | None = None) -> str | None:
    """The rule by which the article writes a name vetoed for its look as a show's, by the
    words around it rather than a decision verb or a season (round 34, r34vocab), or None:
    ``title.keep.decision_noun``, the object of a decision noun ("the cancellation of X", "the
    renewal of the comedy X", "a pickup for X", the clause going on as a show's would after
    it) or its owner ("X's renewal", "X's surprise cancellation": a person is renewed or
    cancelled by a verb now and then, by "the cancellation of" hardly);
    ``title.keep.kind_named``, a kind of show right before it ("the drama X has started
    filming", "Kestrel's comedy X was renewed") with the clause going on as a show's
    (``_AFTER_TIME_TITLE_RE``). At no mention may it be written as a person's name
    (``title_evidence``'s evidence against: "X said", "X, who", "starring X", "X's Salt
    Road"). The body's texts only: a headline's capitals hide its verbs. ``mentions`` as in
    ``title_evidence``."""
    mentions = name_mentions(title, texts) if mentions is None else mentions
    if mentions is None:
        return None
    found: str | None = None
    for i, at, end in mentions:
        text = texts[i]
        if found == "title.keep.decision_noun":
            continue
        if (TITLE_EVIDENCE_NOUN_BEFORE_RE.search(text[max(0, at - 80):at])
                and TITLE_EVIDENCE_OBJECT_AFTER_RE.match(text, end, end + 12)
                and not _LIST_GOES_ON_RE.match(text, end, end + 40)) or \
                TITLE_EVIDENCE_NOUN_AFTER_RE.match(text, end, end + 60):
            found = "title.keep.decision_noun"
        elif found is None and _kind_before_name(text[max(0, at - 20):at]) and \
                _AFTER_TIME_TITLE_RE.match(text[end:end + 12]) and \
                not _LIST_GOES_ON_RE.match(text, end, end + 40):
            found = "title.keep.kind_named"
    return found


def show_position_evidence(title: str, texts: Sequence[str], headline: str = "",
                           mentions: NameMentions | None = None) -> bool:
    """The article writes a name vetoed for its look in a place only a show takes (round 34,
    r34names, ``title.keep.show_position``): after a season or an episode of it ("season 2 of
    X", "a second season of X", "new seasons of dramas X and Y", "the finale of X"), not as
    an owner ("the finale of X's arc") nor as a maker ("new seasons of the dramas X and Y
    created"); or before what only a show does ("X premieres on Kestrel",
    "X airs Fridays", "X launched on Kestrel", "X ran for three seasons", "X is set in
    Lisbon"), lower case, so a sentence-case headline counts ("X premieres on Kestrel", "X
    renewed for a fifth season at Kestrel") and a title-case one does not. At no mention, the
    headline's included, may it be written as a person's (``title_evidence``'s evidence
    against: "X said", "X, who", "starring X", "X's Salt Road"). ``mentions``: the body's,
    as in ``title_evidence``."""
    mentions = name_mentions(title, texts) if mentions is None else mentions
    headline_mentions = name_mentions(title, (headline,))
    if mentions is None or headline_mentions is None:
        return False
    evidence = False
    for n, at, end in (*mentions, *((len(texts), at, end) for _, at, end in headline_mentions)):
        in_headline = n == len(texts)
        text = headline if in_headline else texts[n]
        evidence = evidence or bool(
            SHOW_POSITION_AFTER_RE.match(text, end, end + 80)
            or (in_headline and SHOW_POSITION_HEADLINE_RE.match(text, end, end + 120))
            or (in_headline and TITLE_EVIDENCE_OBJECT_BEFORE_RE.search(
                text[max(0, at - 120):at]) and TITLE_EVIDENCE_OBJECT_AFTER_RE.match(
                    text, end, end + 12) and not _LIST_GOES_ON_RE.match(text, end, end + 40))
            or (SHOW_POSITION_BEFORE_RE.search(text[max(0, at - 60):at])
                and SHOW_POSITION_NOT_OWNED_RE.match(text, end)
                and not SHOW_POSITION_MAKERS_AFTER_RE.match(text, end, end + 80)))
    return evidence


#: The look vetoes a headline's verbs a person shares may lift (``headline_decision_evidence``):
#: not a person's, since actors return for a season too ("Jane Doe Returns For Season 3").
_SHARED_LIFTS = frozenset({"title.veto.place", "title.veto.holiday"})


def headline_decision_evidence(title: str, texts: Sequence[str], headline: str,
                               veto: str, mentions: NameMentions | None = None) -> bool:
    """The headline, in title case or not, writes a name vetoed for its look as a decision's
    own (round 35, r35headlines, ``title.keep.headline_decision``): its subject with a season
    ("X Renewed For Season 3 At Kestrel", "X Cancelled At Kestrel After Two Seasons", "X Gets
    Season 3 Renewal", "X Renewal: ..."; for a place's or a holiday's look also "X Will Return
    For Season 3", "X Gets The Axe": ``HEADLINE_DECISION_AFTER_RE``) or a network's decision
    verb's object ("Kestrel Scraps X After One Season", "Kestrel Pulls The Plug On X", "No
    Season 3 For X"; for a place's or a holiday's look also "Kestrel Drops X After Two
    Seasons", "Kestrel Brings Back X": ``HEADLINE_OBJECT_BEFORE_RE``). A
    title-case headline's capitals hid these verbs from ``show_position_evidence``, whose
    headline reading is case-sensitive. Evidence against wins at any mention, the body's and
    the headline's (``_written_as_person``). ``mentions``: the body's, as in
    ``title_evidence``."""
    headline_mentions = name_mentions(title, (headline,))
    if (name_mentions(title, texts) if mentions is None else mentions) is None \
            or headline_mentions is None:
        return False
    evidence = False
    for _, at, end in headline_mentions:
        after = HEADLINE_DECISION_AFTER_RE.match(headline, end, end + 120)
        before = headline[max(0, at - 120):at]
        verb = TITLE_EVIDENCE_OBJECT_BEFORE_RE.search(before) or \
            HEADLINE_OBJECT_BEFORE_RE.search(before)
        evidence = evidence or bool(
            (after and (veto in _SHARED_LIFTS
                        or after.group("shared") is None and after.group("axe") is None))
            or (verb and (veto in _SHARED_LIFTS or "shared" not in verb.groupdict()
                          or verb.group("shared") is None)
                and HEADLINE_OBJECT_AFTER_RE.match(headline, end, end + 12)
                and not _LIST_GOES_ON_RE.match(headline, end, end + 40)))
    return evidence


#: A pair's joint: "X and Y", "X & Y".
_PAIR_JOINT = (" and ", " & ")


def shared_decision_evidence(title: str, texts: Sequence[str], kept: Collection[str],
                             full_name: bool = False,
                             mentions: NameMentions | None = None) -> bool:
    """The body writes a name vetoed for its look (a person's, a first name, a place, a
    holiday) as one of a pair with a title the article keeps, the pair the subject of a
    decision ("Martha and Salt Road were cancelled", "Salt Road and Lisbon received the
    go-ahead for full seasons", "Lisbon and Salt Road, both on Kestrel, have been axed"):
    a decision shared with a show is a show's (round 37, r37names,
    ``title.keep.shared_decision``). A ``full_name`` needs a decision's own verb ("renewed",
    "cancelled", not "the go-ahead") and no cast's words around it. Evidence against wins at
    any mention (``name_mentions``). The body's texts only: a headline's capitals hide its
    verbs."""
    mentions = name_mentions(title, texts) if mentions is None else mentions
    if mentions is None or not kept:
        return False
    for i, at, end in mentions:
        text = texts[i]
        partner_end = -1
        for joint in _PAIR_JOINT:
            start = end + len(joint)
            if text.startswith(joint, end):  # "X and Y ...": Y a kept title
                partner_end = max([partner_end, *(start + len(k) for k in kept if k != title
                                                  and _whole_at(text, k, start))])
            if text.endswith(joint, 0, at) and any(  # "Y and X ...": Y a kept title
                    k != title and _whole_at(text, k, at - len(joint) - len(k))
                    for k in kept):
                partner_end = max(partner_end, end)
        if partner_end < 0:
            continue
        decision = SHARED_DECISION_AFTER_RE.match(text, partner_end, partner_end + 160)
        if decision and not (full_name and (decision.group("decided") is None
                                            or _cast_around(texts, i, at, partner_end))):
            return True
    return False


def _whole_at(text: str, name: str, start: int) -> bool:
    """``text`` holds ``name`` at ``start`` as whole words."""
    end = start + len(name)
    return start >= 0 and text.startswith(name, start) and (
        start == 0 or not text[start - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum())


def _evidenced(verdicts: Sequence[Verdict], texts: Sequence[str],
               protected: Collection[str], headline: str = "") -> list[Verdict]:
    """A name's look veto given way to the article's evidence of a title (``title_evidence``,
    ``title.keep.title_evidence``; ``decision_noun_evidence``, ``title.keep.decision_noun``
    and ``title.keep.kind_named``, round 34; ``show_position_evidence``,
    ``title.keep.show_position``, round 34 r34names; ``headline_decision_evidence``,
    ``title.keep.headline_decision``, round 35 r35headlines)."""
    out = []
    kept = frozenset(v.title for v in verdicts if v.kept)
    for v in verdicts:
        if v.kept or v.rule not in _EVIDENCE_BEATS or v.title in protected:
            out.append(v)
        elif (mentions := name_mentions(v.title, texts)) is None:
            out.append(v)  # written as a person's: the evidence against wins in each reading
        elif title_evidence(v.title, texts, v.rule == "title.veto.person_name", mentions):
            out.append(Verdict(v.title, True, rules.check("title.keep.title_evidence")))
        elif rule := decision_noun_evidence(v.title, texts, mentions):
            out.append(Verdict(v.title, True, rules.check(rule)))
        elif not person_by_role(v.title) and show_position_evidence(v.title, texts, headline,
                                                                    mentions):
            out.append(Verdict(v.title, True, rules.check("title.keep.show_position")))
        elif not person_by_role(v.title) and headline_decision_evidence(
                v.title, texts, headline, v.rule, mentions):
            out.append(Verdict(v.title, True, rules.check("title.keep.headline_decision")))
        elif not person_by_role(v.title) and shared_decision_evidence(
                v.title, texts, kept, v.rule == "title.veto.person_name", mentions):
            out.append(Verdict(v.title, True, rules.check("title.keep.shared_decision")))
        else:
            out.append(v)
    return out


#: The words before a capitalised calendar word that write it as a time, not a show's name
#: ("this Weekend", "over the Weekend", "on Yesterday's show"): ``quoted_time_words``.
_TIME_WORD_BEFORE_RE = re.compile(
    r"(?i)\b(?:this|next|last|every|each|one|a|that|the|on|over|by|until|till|since|during|"
    r"after|before|through|all|early|late|mid|of\sthe|holiday|long|bank)[\s-]{1,3}\Z")

#: A year or a day's number after the word: "Fall 2025", "Weekend 2": a time or a numbered
#: event, not the bare name (``quoted_time_words``).
_TIME_WORD_NUMBER_AFTER_RE = re.compile(r"\s{1,3}\d")


def quoted_time_words(verdicts: Sequence[Verdict], cues: Mapping[str, Collection[str]],
                      texts: Sequence[str], headline: str,
                      protected: Collection[str]) -> list[Verdict]:
    """A calendar word the article quotes as a name ("'Weekend' returns", 'Series already
    renewed include "Tomorrow" and "Salt Road"') kept as a title where only its look vetoed it
    (``title.keep.quoted_time_word``, round 37, r37names): ``judge`` keeps a strong month, season
    or holiday ("Easter season 2") but vetoes a strong "Weekend", "Tomorrow", "Yesterday",
    "Fall" or "Memorial Day" as a time. Quotes are the title's own mark; evidence against wins
    at any mention, quoted or not, the headline's included: a time's word before it ("this
    Weekend", "over the Weekend", "on Memorial Day"), a number after it ("Fall 2025"), a
    mention written as a person's, or a scare quote (``validate`` vetoes those first)."""
    out = []
    for v in verdicts:
        if v.kept or v.rule != "title.veto.holiday" or v.title in protected or \
                "quoted" not in cues.get(v.title, ()) or any(c.isdigit() for c in v.title):
            out.append(v)
            continue
        against = name_mentions(v.title, [*texts, headline]) is None
        for text in (*texts, headline):
            for at in whole_mentions(v.title, text):
                against = against or bool(
                    _TIME_WORD_BEFORE_RE.search(text[max(0, at - 12):at].rstrip("\"“‘'"))
                    or _TIME_WORD_NUMBER_AFTER_RE.match(text, at + len(v.title)))
        out.append(v if against else Verdict(v.title, True,
                                             rules.check("title.keep.quoted_time_word")))
    return out


def aside_evidence(title: str, texts: Sequence[str], full_name: bool = False) -> str | None:
    """The rule by which an aside right after a mention of ``title`` shows it a show's title,
    or None (round 30). ``title.keep.aside_kind``: a closed appositive whose head is a kind of
    show ("Havana, the Kestrel drama from Tovrel Studios, ...", ``TITLE_ASIDE_KIND_AFTER_RE``).
    ``title.keep.aside_led``: an appositive calling it a work people lead or make ("Martha,
    the Jane Doe-led take on an old myth", ``TITLE_ASIDE_LED_AFTER_RE``; round 37).
    ``title.keep.aside_decision``: a decision with a season (``title_evidence``'s) right past
    an aside that is no person's ("Stella, seen on Kestrel, has been cancelled after four
    seasons", "Stella, which aired on Kestrel, has been renewed for a fifth season", "...,
    which has been cancelled after four seasons"); a ``full_name`` needs the decision's own
    verb. Evidence against wins, as in ``title_evidence``: a mention written as a person's
    ("X said", "X, who", "starring X", "X's Salt Road"). The body's texts only."""
    mentions = name_mentions(title, texts)
    if mentions is None:
        return None
    found = None
    for i, _, end in mentions:
        text = texts[i]
        if found or text[end:end + 1] not in ",\"”’'":
            continue  # the common case: no comma right after the name
        if TITLE_ASIDE_KIND_AFTER_RE.match(text, end):
            found = "title.keep.aside_kind"
            continue
        if TITLE_ASIDE_LED_AFTER_RE.match(text, end):
            found = "title.keep.aside_led"
            continue
        aside = TITLE_ASIDE_PLAIN_AFTER_RE.match(text, end) or \
            TITLE_ASIDE_RELATIVE_AFTER_RE.match(text, end)
        season = aside and TITLE_EVIDENCE_SEASON_AFTER_RE.match(
            text, aside.end(), aside.end() + 200)
        if season and not (full_name and season.group("decided") is None):
            found = "title.keep.aside_decision"
    return found


def _calendar_before_kind_aside(text: str, span: Span) -> bool:
    """A lone calendar word (a weekday, a month, a season of the year), then a closed
    appositive whose head is a kind of show, then a status verb: "Friday, the Kestrel sequel
    to the old film, has been cancelled", "August, a comedy about two sisters, was renewed"
    — the word is the show's title, which ``clean_title`` would cut as the sentence's time
    (round 30, ``title.keep.aside_kind``)."""
    word = span.text.strip()
    if " " in word or clean_title(word, mid=mid_sentence(text, span.start)) is not None or \
            clean_title(word, strong=True) is None or _GOVERNED_BY_BEFORE_RE.search(
                text, max(0, span.start - 16), span.start):
        return False  # not "On Friday, the network's drama ...": a time
    aside = TITLE_ASIDE_KIND_AFTER_RE.match(text, span.end)
    return bool(aside and text[aside.end() - 1:aside.end()] == "," and _TRIGGER_AFTER_RE.match(
        text[aside.end():aside.end() + 60]))


def _aside_evidenced(verdicts: Sequence[Verdict], texts: Sequence[str],
                     protected: Collection[str]) -> list[Verdict]:
    """A name's look veto given way to an aside's evidence of a title (``aside_evidence``)."""
    out = []
    for v in verdicts:
        rule = None if v.kept or v.rule not in _EVIDENCE_BEATS or v.title in protected else \
            aside_evidence(v.title, texts, v.rule == "title.veto.person_name")
        out.append(Verdict(v.title, True, rules.check(rule)) if rule else v)
    return out


#: The vetoes of ordinary words that a name's own numbered season beats (round 29): a fact
#: box's field label ("Country", "Channel" is a network's word and stays vetoed) and an
#: event's name ("Brook Summit").
_OWN_SEASON_BEATS = frozenset({"title.veto.section_label", "title.veto.event"})


def own_season_evidence(title: str, texts: Sequence[str], headline: str = "",
                        label: bool = False) -> bool:
    """The article writes a name of ordinary words with a numbered season of its own: at one
    mention "X season 2", "'X' Season Three", "X's third season", "Season 3 of 'X'", or
    the subject of a decision with a season ("X was renewed for a third season"); the
    headline's "X Season 3" counts for a name of two words or more or a quoted one. Evidence
    against wins: a mention that leads a label ("X: United States") or reads as a person's
    ("X said", "starring X"). A ``label`` (a field label's word) counts only where it is not
    its sentence's first word or is quoted ("Cast season 3 news" is the cast's), and counts
    as a decision verb's own object too ("Kestrel renewed Country, ..."; an event is
    cancelled as often as a show, and keeps its veto there)."""
    evidence = False
    for n, text in enumerate((*texts, headline)):
        in_headline = n == len(texts)
        for at in whole_mentions(title, text):
            end = at + len(title)
            if OWN_SEASON_LABEL_AFTER_RE.match(text, end) or \
                    TITLE_EVIDENCE_PERSON_BEFORE_RE.search(text[max(0, at - 24):at]) or \
                    TITLE_EVIDENCE_PERSON_AFTER_RE.match(text, end):
                return False
            quoted = at > 0 and text[at - 1] in "\"“‘'"
            if evidence or (label and not quoted and not text[:at].strip(" \"“‘'")):
                continue
            if in_headline:
                evidence = bool((quoted or " " in title)
                                and OWN_SEASON_AFTER_RE.match(text, end, end + 30))
                continue
            after = end + 1 if quoted and text[end:end + 1] in ("\"", "”", "’", "'") else end
            evidence = bool(OWN_SEASON_AFTER_RE.match(text, end, end + 40)
                            or OWN_SEASON_BEFORE_RE.search(text[max(0, at - 30):at])
                            or TITLE_EVIDENCE_SEASON_AFTER_RE.match(text, after, after + 200)
                            or (label and TITLE_EVIDENCE_OBJECT_BEFORE_RE.search(
                                text[max(0, at - 120):at]) and
                                TITLE_EVIDENCE_OBJECT_AFTER_RE.match(text, after, after + 12)))
    return evidence


def _own_seasoned(verdicts: Sequence[Verdict], texts: Sequence[str], headline: str,
                  protected: Collection[str]) -> list[Verdict]:
    """A field label's or an event's veto given way to the name's own numbered season
    (``own_season_evidence``, ``title.keep.own_season``)."""
    return [Verdict(v.title, True, rules.check("title.keep.own_season"))
            if not v.kept and v.rule in _OWN_SEASON_BEATS and v.title not in protected
            and own_season_evidence(v.title, texts, headline,
                                    v.rule == "title.veto.section_label") else v
            for v in verdicts]


_PERSON_VETOES = frozenset({"title.veto.person_name", "title.veto.person_context",
                            "title.veto.surname", "title.veto.first_name_or_initials"})


def _longer_names(kept: Sequence[str], spans: Sequence[tuple[str, Span]],
                  persons: Collection[str]) -> list[str]:
    """Names that run on from a kept title in the body ("Salt Road Stories" beside "Salt
    Road"): another show, not a mention of the shorter one, which would otherwise take its
    facts. Proposed when no veto names them something else (a person, a network ...)."""
    titles = set(kept)
    if not titles:
        return []
    out: dict[str, None] = {}
    for text, span in spans:
        words = span.text.split()
        if len(words) < 2 or len(words) > 8:
            continue
        for n in range(len(words) - 1, 0, -1):
            head = " ".join(words[:n])
            if head not in titles:
                continue
            nxt = words[n].strip(_TRAIL_PUNCT)
            if not _is_cap(nxt) or nxt.lower() in _BREAK_WORDS or nxt.lower() in \
                    TITLE_CONNECTORS or _MONTH_END_RE.search(nxt):
                break
            rest = words[n:]
            if nxt.lower() in _FUNCTION_WORDS or nxt.lower() in STOP_CAPS:
                break  # "Salt Road This teen comedy ...": a heading glued to its paragraph
            if any(w.strip(_TRAIL_PUNCT).lower() in _ROLE_WORDS for w in rest) or \
                    judge(" ".join(rest), strong=False).rule in _PERSON_VETOES \
                    or _looks_like_person(" ".join(rest), text):
                break  # "Salt Road EP Maya Lind", "Salt Road Jane Doe": the show, then a person
            longer = clean_title(span.text, mid=mid_sentence(text, span.start))
            if longer and longer not in titles and longer.startswith(head + " ") and \
                    longer not in persons and judge(longer, strong=False).kept:
                out.setdefault(longer, None)
            break
    return list(out)


#: The calendar words a title may open or end on that ``clean_title`` cuts as the sentence's
#: date ("Ada Monday", "Sunday Pebble", "Harbor June"): days, months, seasons of the year.
_EDGE_TIME_WORDS = frozenset(w.capitalize() for w in _CALENDAR | TIME_TAIL_WORDS |
                             TIME_TITLE_WORDS)
#: What makes a time word right after a title the sentence's own: a date's number, an
#: owner's possessive, a time of day or a broadcast noun ("Salt Road March 5", "Salt Road
#: Monday night", "the Salt Road March premiere").
_EDGE_TAIL_DATE_RE = re.compile(
    r"[.,]?\s?\d|" + POSSESSIVE + r"|\s(?:night|nights|morning|afternoon|evening|"
    r"premiere|finale|episode|episodes|slot|lineup|schedule|broadcast|airing|debut|launch|"
    r"return|release|date|special)\b")
#: What makes a time word right before a title the sentence's own ("on Monday Salt Road ...",
#: "this Friday Salt Road ...", "Since June Salt Road ...").
#: The capitalised word right before a mention and right after it (a time word at the
#: title's edge), and how far before the mention the word before it is looked for.
_EDGE_HEAD_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")
_EDGE_TAIL_RE = re.compile(r" ([A-Z][a-z]+)(?![\w-])")
_EDGE_WORD_REACH = 200
_EDGE_HEAD_DATE_RE = re.compile(
    r"(?i)\b(?:on|this|next|last|every|each|by|until|till|from|since|through|late|early|"
    r"before|after|starting|beginning|in|during|and)\s$|\d[.,]?\s$")


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern: a letter, a digit or numeral, an underscore."""
    return char.isalnum() or char == "_"


def _whole_mentions(title: str, text: str) -> Iterator[tuple[int, int]]:
    """Where ``title`` stands in ``text`` as a whole name, not inside a longer word, a
    hyphenation or after an apostrophe: the spans of ``(?<![\\w'’-])TITLE(?![\\w-])``, found
    by ``str.find`` (a pattern compiled per title cost more than the search on most articles)."""
    if not title:
        return
    at = text.find(title)
    while at != -1:
        end = at + len(title)
        before = text[at - 1] if at else ""
        after = text[end] if end < len(text) else ""
        if not (before and (_is_word_char(before) or before in "'’-")) and \
                not (after and (_is_word_char(after) or after == "-")):
            yield at, end
            at = text.find(title, end)
        else:
            at = text.find(title, at + 1)


def _text_offsets(texts: Sequence[str]) -> list[int]:
    """Where each of ``texts`` starts in ``"\\n".join(texts)``."""
    return list(itertools.accumulate((len(text) + 1 for text in texts[:-1]), initial=0))


def _mentions_by_text(title: str, joined: str, texts: Sequence[str], offsets: Sequence[int]
                      ) -> Iterator[tuple[int, str, int, int]]:
    """``_whole_mentions(title, text)`` for each of ``texts`` in turn, as (index, text, start,
    end in the text), found once in ``joined`` (the texts joined by newlines, starting at
    ``offsets``) and bisected to their text: one scan of the article per title, not one call
    per title per line. A newline is no word character, so the whole mentions are the same;
    a title holding a newline (none does) is read text by text. A mention's place in
    ``joined`` is ``offsets[index] + start`` (``network_headed`` keeps the starts it takes)."""
    if "\n" in title:
        for n, text in enumerate(texts):
            for at, end in _whole_mentions(title, text):
                yield n, text, at, end
        return
    for at, end in _whole_mentions(title, joined):
        n = bisect.bisect_right(offsets, at) - 1
        base = offsets[n]
        yield n, texts[n], at - base, end - base


def _widened(kept: list[str], edged: dict[str, str], rule: str) -> list[str]:
    """``kept`` with each title ``edged`` maps to a longer one replaced by it (order kept,
    duplicates dropped), the longer name's keep and the shorter's veto recorded under
    ``rule`` (``time_edged``, ``network_edged``)."""
    if not edged:
        return kept
    _LAST_VERDICTS.extend(v for short, long in edged.items() for v in (
        Verdict(long, True, rule), Verdict(short, False, rule)))
    return list(dict.fromkeys(edged.get(t, t) for t in kept))


def time_edged(titles: Sequence[str], texts: Sequence[str],
               protected: Collection[str] = ()) -> dict[str, str]:
    """Kept titles the article always writes with the same day, month or season of the year
    at one edge ("Ada Monday ... renewed Ada Monday"), mapped to that longer title: a date
    glued to every mention of a name is the name's own word, which ``clean_title`` cut as
    the sentence's date (``title.span.time_edge``). Two mentions at least (the headline
    counts), none without the word, none where the word reads as a date ("Salt Road March
    5", "on Monday Salt Road"). A watched title is left whole."""
    joined = "\n".join(texts)
    if not any(word in joined for word in _EDGE_TIME_WORDS):
        return {}
    offsets = _text_offsets(texts)
    out: dict[str, str] = {}
    for title in titles:
        if title in protected or title not in joined:
            continue
        forms: set[str] = set()
        seen = 0
        for _, text, start, end in _mentions_by_text(title, joined, texts, offsets):
            seen += 1
            # read in place, a few words around the mention: no copy of the text's rest, no
            # scan of all that comes before it (long lines, many mentions)
            head = _EDGE_HEAD_RE.search(text, max(0, start - _EDGE_WORD_REACH), start)
            tail = _EDGE_TAIL_RE.match(text, end)
            if tail and tail.group(1) in _EDGE_TIME_WORDS and \
                    not _EDGE_TAIL_DATE_RE.match(text, tail.end()):
                forms.add(f"{title} {tail.group(1)}")
            elif head and head.group(1) in _EDGE_TIME_WORDS and \
                    not _EDGE_HEAD_DATE_RE.search(text, max(0, head.start() - 40),
                                                  head.start()):
                forms.add(f"{head.group(1)} {title}")
            else:
                forms.add(title)
        if seen >= 2 and len(forms) == 1 and (longer := forms.pop()) != title and \
                longer not in titles:
            out[title] = longer
    return out


# --- a network's or a company's word inside a title (round 30, r30netword) ---------------------

#: After a kept title, a network's word the run was cut at, right after it or past a joint
#: ("The Copper| Fox", "Lantern| the Apple", "Tovrel| with the Fox", "Lemon| and Fox"): group 1
#: the joint (empty when none), group 2 the word, written as a word is (not "FOX", not "Fox+").
NETWORK_EDGE_TAIL_RE = re.compile(
    r" (?:((?:with|of|and) [Tt]he|the|and|&) )?([A-Z][a-z]{1,14})(?![\w+&-])")
#: Before a kept title, a capitalised "The" and a network's word: "The Apple |Harbor".
NETWORK_EDGE_HEAD_RE = re.compile(r"(?<![\w'’-])The ([A-Z][a-z]{1,14}) $")
#: What after the word makes it the network's own, not a title's: another capitalised word
#: (its own name goes on: "Fox News", "Apple TV+"; a season's word aside), a network's noun
#: ("the Fox network", "Apple's streaming service").
_NETWORK_NOUNS = (r"(?i:network|channel|studios?|streamer|streaming|service|platform|tv|plus|"
                  r"originals?|exec|execs|executives?|boss|chief|president)\b")
NETWORK_EDGE_AFTER_NETWORK_RE = re.compile(
    r"(?:" + POSSESSIVE + r")?\s{1,3}(?:(?!(?:Season|Series|Seasons)\b)[A-Z0-9]|"
    + _NETWORK_NOUNS + ")")
#: The same in the headline, often title-cased, where a capitalised word says nothing: a
#: network's noun only.
NETWORK_EDGE_AFTER_NETWORK_CASED_RE = re.compile(
    r"(?:" + POSSESSIVE + r")?\s{1,3}" + _NETWORK_NOUNS)
#: Before a mention, where the network itself stands: "on", "at", "from", "via", "by", "for".
NETWORK_EDGE_BEFORE_NETWORK_RE = re.compile(r"(?i)\b(?:on|at|from|via|by|for|to)\s{1,3}\Z")
#: After the longer name, a decision verb's season: "renewed X for a second season".
NETWORK_EDGE_FOR_SEASON_RE = re.compile(
    r"[\"”’']?\s{1,3}(?i:for|after)\s{1,3}(?i:(?:a|an|its|their|the)\s{1,3})?"
    r"(?:[\w-]{1,14}\s{1,3}){0,2}(?i:seasons?|series)\b")
#: After the longer name, a tag in parentheses: its season or its network ("(Season 5)",
#: "(Kestrel)").
NETWORK_EDGE_TAG_RE = re.compile(
    r"\s{1,2}\((?:(?i:season|series)\s{1,3}\d{1,2}|"
    r"[A-Z][\w+&!.-]{0,20}(?: [\w+&!.-]{1,20}){0,2})\)")
#: Around a list's item: a comma or a semicolon before it; a comma (and "and") or "and" then
#: the next item's capital after it.
NETWORK_EDGE_LIST_BEFORE_RE = re.compile(r"[,;]\s{1,3}\Z")
NETWORK_EDGE_LIST_AFTER_RE = re.compile(r"(?:,\s{1,3}(?:and\s{1,3})?|\s(?:and|&)\s)[\"“]?[A-Z0-9]")
_QUOTE_OPENS = "\"“‘'"
_QUOTE_CLOSES = "\"”’'"


def _network_word(word: str) -> bool:
    """``word`` (as the text writes it, capitalised) is a network's or a company's word the
    span finder cuts a run at or drops from a title's edge ("Fox", "Apple", "Channel")."""
    low = word.lower()
    return low in vocabulary().networks or low in TITLE_PREFIXES


def _network_edge_form(title: str, text: str, at: int, end: int,
                       cased: bool = False) -> tuple[str, int, int, bool] | None:
    """The longer name a mention of ``title`` at ``at``..``end`` stands in, a network's word
    at its edge, with where it starts and ends and whether a joint ("and", "with the") stands
    before the word; None when no such word is glued to it or the word reads as the network
    ("Salt Road on Fox", "the Fox network", "Fox News"). ``cased``: the text is the headline,
    whose next capitalised word says nothing ("The Copper Fox Renewed For Season 2"); so is
    a title-cased heading's line in the body (``_title_cased_line``, round 31)."""
    tail = NETWORK_EDGE_TAIL_RE.match(text, end)
    if tail and _network_word(tail.group(2)) and not (
            NETWORK_EDGE_AFTER_NETWORK_CASED_RE if cased or _title_cased_line(text, at)
            else NETWORK_EDGE_AFTER_NETWORK_RE).match(text, tail.end(), tail.end() + 24):
        # a title-cased line's "of The" is the same name as the prose's "of the" (round 31)
        glue = tail.group(0).replace(" The ", " the ", 1) if tail.group(1) else tail.group(0)
        return f"{title}{glue}", at, tail.end(), bool(tail.group(1))
    head = NETWORK_EDGE_HEAD_RE.search(text, max(0, at - 20), at)
    if head and _network_word(head.group(1)) and \
            not NETWORK_EDGE_BEFORE_NETWORK_RE.search(text, max(0, head.start() - 8),
                                                     head.start()):
        return f"{head.group(0)}{title}", head.start(), end, False
    return None


def _network_edge_evidence(text: str, at: int, end: int, joint: bool) -> bool:
    """At this mention the longer name carries a title's evidence of its own: quoted whole
    ("'Quiet Apple'"), a numbered season right after or before it ("Quiet Apple season 3",
    "a seventh season of Clock Fox", "Lemon and Fox (Season 5)"), a tag in parentheses after
    it ("The Silver Fox (Kestrel)": the network is the tag), or a decision verb's object with a
    season ("renewed The Copper Fox for a second season"); with no ``joint`` ("and", "with
    the") inside it, also an item inside a list ("..., Cellar Apple, Clock Acre") or a line's
    label ("Circle Fox: to return")."""
    if at > 0 and text[at - 1] in _QUOTE_OPENS and text[end:end + 1] in _QUOTE_CLOSES and \
            text[end:end + 1]:
        return True
    after = end + 1 if text[end:end + 1] in _QUOTE_CLOSES and text[end:end + 1] else end
    if not joint and (NETWORK_EDGE_LIST_BEFORE_RE.search(text, max(0, at - 6), at) and
                      NETWORK_EDGE_LIST_AFTER_RE.match(text, end, end + 12) or
                      (at == 0 or text[at - 1] == "\n") and text[end:end + 2] == ": "):
        return True
    return bool(OWN_SEASON_AFTER_RE.match(text, end, end + 40)
                or NETWORK_EDGE_TAG_RE.match(text, end, end + 40)
                or OWN_SEASON_BEFORE_RE.search(text[max(0, at - 30):at])
                or TITLE_EVIDENCE_SEASON_AFTER_RE.match(text, after, after + 200)
                or (TITLE_EVIDENCE_OBJECT_BEFORE_RE.search(text[max(0, at - 120):at])
                    and NETWORK_EDGE_FOR_SEASON_RE.match(text, after, after + 60)))


#: A word of four letters or more, capitalised or not (a title-cased line's words).
_LONG_WORD_RE = re.compile(r"[A-Za-z][a-z]{3,}")


def _title_cased_line(text: str, at: int) -> bool:
    """The line holding ``at`` is a heading written in title case ("How Was Salt Road of The
    Fox Able to Finish Filming?"): four words of four letters or more at least, and all but
    one of them capitalised. There, as in the headline, a capitalised word after a network's
    word says nothing of its own name (round 31, r31netword2). Read within 300 characters."""
    start = text.rfind("\n", max(0, at - 300), at) + 1
    stop = text.find("\n", at, at + 300)
    line = text[max(start, at - 300):stop if stop != -1 else at + 300]
    words = _LONG_WORD_RE.findall(line)
    return len(words) >= 4 and sum(1 for w in words if w[0].islower()) <= 1


def network_edged(titles: Sequence[str], texts: Sequence[str], headline: str = "",
                  protected: Collection[str] = ()) -> dict[str, str]:
    """Kept titles the article always writes with the same network's or company's word at
    one edge ("The Copper| Fox", "Quiet| Apple", "Lantern| the Apple", "The Apple |Harbor"),
    mapped to that longer title (``title.span.network_edge``): the span finder cut the run at
    the network's word, which is the title's own where the longer name carries a title's
    evidence: written so at two mentions or more (the headline counts; a joint between, "and",
    "with the", needs the evidence below), or at one mention quoted whole, with a numbered
    season of its own, a tag in parentheses, or a decision verb's object with a season (with
    no joint, also a list's item or a line's label: ``_network_edge_evidence``). Never where
    the word reads as the network at any mention (after "on", "at", "from"; before "network",
    "channel" or a capitalised word of its own name; in the ``headline``, a network's noun
    only), nor for a watched title."""
    texts = [*texts, headline] if headline else list(texts)
    joined = "\n".join(texts)
    # each title's mentions are found once in the whole and bisected to their text (a loop
    # over the texts per title grew with titles x lines; round 32, as network_headed's)
    offsets = _text_offsets(texts)
    out: dict[str, str] = {}
    for title in titles:
        if title in protected or title not in joined:
            continue
        forms: set[str] = set()
        seen = 0
        evidence = jointed = False
        for n, text, at, end in _mentions_by_text(title, joined, texts, offsets):
            seen += 1
            got = _network_edge_form(title, text, at, end,
                                     bool(headline) and n == len(texts) - 1)
            if got is None:
                forms.add(title)
                continue
            form, start, stop, joint = got
            forms.add(form)
            jointed = jointed or joint
            evidence = evidence or _network_edge_evidence(text, start, stop, joint)
        if len(forms) != 1 or (longer := forms.pop()) == title or longer in titles:
            continue
        if evidence or (seen >= 2 and not jointed):
            out[title] = longer
    return out


# --- a network's word opening a title with no "The" (round 31, r31netword2) -----------------

#: Before a kept title, a network's or a company's word with no "The", glued to it by a space,
#: " & " or a possessive ("Fox |Harbor", "Fox & |Shelter", "Apple's |Lantern"): group 1 the
#: word, group 2 the glue.
NETWORK_HEAD_RE = re.compile(
    r"(?<![\w'’&.-])([A-Z][a-z]{1,14})( | & |" + POSSESSIVE + r" )\Z")
#: Before the word, a show's kind (lower-cased text): "the family saga Apple's |Dagger", "the
#: drama Fox |Harbor". A network's possessive never follows a kind of show; a title does.
NETWORK_HEAD_KIND_BEFORE_RE = _kind_before_re(("saga", "epic"))
#: Before such a word, a capitalised word of a name it ends ("Silver Fox Harbor", "Michael J.
#: Fox"), or a possessive ("Kestrel's Fox Harbor" is still the title; ends with "s "): the head
#: is only read after a lower-case word, punctuation or the line's start.
NETWORK_HEAD_NAMED_BEFORE_RE = re.compile(r"(?<![\w'’])(?!The\b)[A-Z][\w.'’-]{0,20} \Z")
#: After a free-standing mention of the word, what makes it the network deciding or airing:
#: a verb, a show's kind ("the Fox drama"), a clause's or a line's end.
NETWORK_HEAD_DECIDER_AFTER_RE = re.compile(
    r"\s{0,3}(?:[.,;:!?)\]\"”’]|\Z)|\s{1,3}(?i:has|have|had|is|was|will|would|said|says|"
    r"renew\w*|order\w*|cancel\w*|announc\w*|confirm\w*|pick\w*|green\w*|commission\w*|"
    r"set|sets|axe\w*|ax|axes|scrap\w*|pull\w*|air\w*|debut\w*|premier\w*|launch\w*|"
    r"release\w*|stream\w*|reality|original|hit|and|or)\b|"
    rf"\s{{1,3}}(?i:{SHOW_NOUN_ALT})s?\b")
#: Before a free-standing mention, the network's article or a place's preposition: "the Fox",
#: "on Fox", "with Fox".
NETWORK_HEAD_DECIDER_BEFORE_RE = re.compile(
    r"(?i)\b(?:the|on|at|from|via|by|for|to|with|and)\s{1,3}\Z")
#: After a free-standing mention, a lower-case word and a season ("for Fox game S2", "of Fox
#: hollow season 2"): the title itself written in lower case, not the network.
NETWORK_HEAD_LOWER_AFTER_RE = re.compile(r" [a-z]{2,15} (?:S\d|[Ss]eason\b|\d)")
#: Before the longer name's word, what makes the word the network there: "on Fox Harbor", "the
#: Fox Harbor" ("with Fox Harbor 2", "for Fox Harbor" name the show as often).
NETWORK_HEAD_FORM_BEFORE_RE = re.compile(r"(?i)\b(?:the|on|at|from|via|by|to)\s{1,3}\Z")


#: The network's word that opens a longer name.
NETWORK_HEAD_WORD_RE = re.compile(r"[A-Z][a-z]{1,14}")
#: Anywhere in an article: a word shaped like a network's and its glue (``NETWORK_HEAD_RE``
#: without the end anchor), read once per article by ``network_headed``'s pre-check.
NETWORK_HEAD_ANY_RE = re.compile(
    r"(?<![\w'’&.-])([A-Z][a-z]{1,14})(?: & |" + POSSESSIVE + r" | )")
#: A word's leading letters, digits and "-" ("Harbor" of "Harbor's", "Shelter:").
_LEADING_WORD_RE = re.compile(r"[\w-]*")


def _leading_word(text: str) -> str:
    """The leading word of ``text`` without the punctuation or possessive after it."""
    found = _LEADING_WORD_RE.match(text)
    return found.group(0) if found else ""


def _network_head_form(title: str, text: str, at: int) -> tuple[str, int] | None:
    """The longer name a mention of ``title`` at ``at`` stands in, a network's word with no
    "The" opening it ("Fox Harbor", "Fox & Shelter"), and where that name starts; None when no
    such word is glued before it, a capitalised word stands before the word ("Silver Fox
    Harbor"), or the word reads as the network ("on Fox Harbor", "the Fox Harbor")."""
    head = NETWORK_HEAD_RE.search(text, max(0, at - 20), at)
    if not head or not _network_word(head.group(1)):
        return None
    start = head.start()
    if NETWORK_HEAD_NAMED_BEFORE_RE.search(text, max(0, start - 24), start) or \
            NETWORK_HEAD_FORM_BEFORE_RE.search(text, max(0, start - 8), start):
        return None
    return f"{head.group(1)}{head.group(2)}{title}", start


def _network_head_start(text: str, at: int) -> int | None:
    """Where a network's word glued by a space before ``at`` starts ("the dramas |Fox
    Harbor"), read as ``_network_head_form`` reads it; None when there is none."""
    head = NETWORK_HEAD_RE.search(text, max(0, at - 20), at)
    if head is None or head.group(2) != " " or not _network_word(head.group(1)):
        return None
    start = head.start()
    if NETWORK_HEAD_NAMED_BEFORE_RE.search(text, max(0, start - 24), start) or \
            NETWORK_HEAD_FORM_BEFORE_RE.search(text, max(0, start - 8), start):
        return None
    return start


def _network_head_alone(word: str, joined: str, everything: Sequence[str],
                        offsets: Sequence[int], taken: Collection[int], cased_at: int) -> bool:
    """The texts (``everything``, joined as ``joined``, each starting at its ``offsets``)
    hold ``word`` standing free (at no position in ``taken``, the starts of the longer name's
    mentions) where it reads as the network: after "the", "on", "with" ..., before a verb, a
    show's kind, a possessive, a network's noun or its own name's next word (in the
    title-cased headline, the text at ``cased_at``, a network's noun only), or at a clause's
    end ("... on Fox.", "Fox renewed Salt Road", "the Fox drama"; a preposition before it with
    a lower-case word and a season after, "for Fox game S2", is no network's)."""
    for n, text, at, end in _mentions_by_text(word, joined, everything, offsets):
        if offsets[n] + at in taken:
            continue
        if (NETWORK_HEAD_DECIDER_BEFORE_RE.search(text, max(0, at - 8), at)
                and not NETWORK_HEAD_LOWER_AFTER_RE.match(text, end, end + 24)) or \
                NETWORK_HEAD_DECIDER_AFTER_RE.match(text, end, end + 24) or \
                text[end:end + 1] in "'’" or (
                    NETWORK_EDGE_AFTER_NETWORK_CASED_RE if n == cased_at
                    else NETWORK_EDGE_AFTER_NETWORK_RE).match(text, end, end + 24):
            return True
    return False


def network_headed(titles: Sequence[str], texts: Sequence[str], headline: str = "",
                   protected: Collection[str] = ()) -> dict[str, str]:
    """Kept titles the article always writes after the same network's or company's word with
    no "The" ("Fox |Harbor", "Apple |Tree Yard", "Fox & |Shelter", "Apple's |Lantern"), mapped
    to that longer title (``title.span.network_head``): the span finder reads a network's word
    opening a run as the network ("Fox Salt Road", "Apple's Salt Road": the network's show
    Salt Road), which holds where the article gives the longer name no evidence of its own.
    The longer name is the title where the word never stands free elsewhere reading as the
    network ("Fox renewed ...", "on Fox", "the Fox drama", "Fox's": ``_network_head_alone``)
    and the glue has its evidence: " & " at one mention ("Fox & Shelter: the ampersand binds
    one name); a space, two mentions or more (the headline counts), quoted whole at one
    ("'Fox Harbor' season 2") or a show's kind before it ("the drama Fox Harbor", or a plural
    kind heading the list it stands in: "the dramas Fox Harbor, Salt Road and Havana",
    ``lists.plural_kind_heads``); a
    possessive, quoted whole or the kind ("the family saga Apple's Lantern"), not two
    mentions (a network's show is written "Apple's X" at each). One unquoted mention, even
    with its season ("Fox Salt Road season 2 has been renewed"), stays the network's. Never
    for a watched title."""
    everything = [*texts, headline] if headline else list(texts)
    joined = "\n".join(everything)
    # where each text starts in ``joined``: every title's and word's mentions are found once
    # in the whole (a loop over the texts per title grew with titles x lines)
    offsets = _text_offsets(everything)
    # the words a network's word is glued before, read once: a title opening with none of
    # them has no such mention (most articles: none at all)
    glued = {_leading_word(joined[head.end():head.end() + 40])
             for head in NETWORK_HEAD_ANY_RE.finditer(joined) if _network_word(head.group(1))}
    out: dict[str, str] = {}
    if not glued:
        return out
    for title in titles:
        if title in protected or _leading_word(title) not in glued:
            continue
        forms: set[str] = set()
        taken: set[int] = set()
        seen = 0
        quoted = kind = listed = False
        for n, text, at, end in _mentions_by_text(title, joined, everything, offsets):
            seen += 1
            got = _network_head_form(title, text, at)
            if got is None:
                forms.add(title)
                break
            form, start = got
            forms.add(form)
            taken.add(offsets[n] + start)  # where the longer name starts in ``joined``
            quoted = quoted or (start > 0 and text[start - 1] in _QUOTE_OPENS
                                and text[end:end + 1] in _QUOTE_CLOSES
                                and bool(text[end:end + 1]))
            kind = kind or bool(NETWORK_HEAD_KIND_BEFORE_RE.search(
                text[max(0, start - 30):start].lower())) or plural_kind_heads(text, start)
            listed = listed or decided_list_item(text, start, end, titles)
        if len(forms) != 1 or (longer := forms.pop()) == title or longer in titles:
            continue
        word = NETWORK_HEAD_WORD_RE.match(longer)
        if word is None:
            continue
        glue = longer[word.end():len(longer) - len(title)]
        if not (glue == " & " or quoted or kind or (glue == " " and (seen >= 2 or listed))):
            continue
        if _network_head_alone(word.group(0), joined, everything, offsets, taken,
                               len(everything) - 1 if headline else -1):
            continue
        out[title] = longer
    return out


#: A network's or a company's word alone in quotes: "'Channel' Season 3", "HBO's “Apple”".
NETWORK_WORD_QUOTED_RE = re.compile(r"[\"“‘']([A-Z][a-z]{1,14})[\"”’']")
#: Before an unquoted mention, a capitalised word of the network's own name: "Disney Channel".
NETWORK_WORD_NAMED_BEFORE_RE = re.compile(r"(?<![\w'’])[A-Z][\w+&!-]{0,20} \Z")


#: Before a capitalised pair, a role's cue: the pair is a character's name ("plays Channel
#: Vane", "the titular character of Channel Vane"), not a network's ("such as Fox News").
NETWORK_WORD_ROLE_BEFORE_RE = re.compile(
    r"(?i)\b(?:plays|played|playing|portrays|portrayed|voices|voiced|character|characters|"
    r"role|character\s{1,3}of|role\s{1,3}of|(?<!such )as)\s{1,3}\Z")
#: After a capitalised pair, a role's appositive: "Channel Vane, the lead", "..., who plays".
NETWORK_WORD_ROLE_AFTER_RE = re.compile(
    r"\s{1,3}[A-Z][a-z]{1,20},\s{1,3}(?:the\s{1,3}(?:lead|hero|heroine|protagonist|"
    r"title\s{1,3}character|titular\s{1,3}character)\b|(?:who|whom)\s{1,3}(?:is\s{1,3})?"
    r"(?:played|portrayed|voiced)\b)")


def _character_named(text: str, at: int, end: int) -> bool:
    """The network's word at ``at``..``end`` opens a character's name, a capitalised word
    after it: a role's cue before it ("plays Channel Vane", "the titular character of Channel
    Vane") or a role's appositive after the pair ("Channel Vane, the lead"). A network's name
    never stands so (round 31, r31netword2)."""
    return bool(NETWORK_WORD_ROLE_BEFORE_RE.search(text, max(0, at - 24), at)
                or NETWORK_WORD_ROLE_AFTER_RE.match(text, end, end + 60))


def network_word_titles(texts: Sequence[str], headline: str, kept: Collection[str],
                        protected: Collection[str] = ()) -> list[str]:
    """Network's or company's words the article writes alone as a show's title
    (``title.keep.network_word``): quoted at one mention at least and given a numbered season
    of their own ("'Channel' Season 3", "Season 2 of “Apple”", "Apple season 3 will ..."; as
    ``own_season_evidence`` reads it), and at no mention read as the network: after "on", "at",
    "from", "by", "for"; before "network", "channel", "TV" or another capitalised word ("Fox
    News", "Channel 4", "Apple's Salt Road"); unquoted after a capitalised word ("Disney
    Channel"). The span finder never proposes such a word (a
    title's prefix or last word it drops), so a kept one joins the kept titles here."""
    everything = [*texts, headline]
    words: dict[str, None] = {}
    for text in everything:
        if "'" not in text and '"' not in text and "“" not in text and "‘" not in text:
            continue
        for match in NETWORK_WORD_QUOTED_RE.finditer(text):
            word = match.group(1)
            if _network_word(word) and word not in kept and word not in protected:
                words.setdefault(word, None)
    out: list[str] = []
    for word in words:
        against = False
        for text in everything:
            for at, end in _whole_mentions(word, text):
                stop = end + 1 if text[end:end + 1] in _QUOTE_CLOSES and text[end:end + 1] \
                    else end
                start = at - 1 if at and text[at - 1] in _QUOTE_OPENS else at
                if NETWORK_EDGE_BEFORE_NETWORK_RE.search(text, max(0, start - 8), start) or \
                        NETWORK_EDGE_AFTER_NETWORK_RE.match(text, stop, stop + 24) and not \
                        OWN_SEASON_AFTER_RE.match(text, end, end + 40) and not \
                        _character_named(text, at, end) or (
                        start == at and NETWORK_WORD_NAMED_BEFORE_RE.search(
                            text, max(0, at - 24), at)):
                    against = True
                    break
            if against:
                break
        if not against and own_season_evidence(word, texts, headline):
            out.append(word)
    return out


#: The calendar words that read as a title's own last word wherever the sentence leaves them
#: bare after a capitalised name: a month, a season of the year or a holiday ("Harbor June",
#: "Ada Winter"). Prose dates a month with "in" or a day's number, never bare after a name; a
#: day of the week stands bare as an adverb ("Tovrel renewed Salt Road Monday"), and "March" and
#: "May" are verbs as well, so those three kinds need the clause below.
_NAME_TAIL_TIME_WORDS = frozenset(w.capitalize() for w in TIME_TITLE_WORDS)
#: What makes any calendar word right after a title the title's own: the clause goes on from
#: it as from a subject ("Ada Monday has been renewed", "Ada Monday is set to return", "Ada
#: Monday back for season 10"), a season phrase follows ("Ada Monday Season 2", "Ada Monday's
#: second season"), or a headline opens with it before its colon (checked apart). Not a number:
#: "Salt Road June 5 is the day" is a date.
_EDGE_TAIL_TITLE_RE = re.compile(
    r"[\"”’']?(?:" + POSSESSIVE + r"\s{1,3}(?:" + ordinal_alternation() + r"|\d{1,2}"
    r"(?:st|nd|rd|th)|new|next|final|latest|upcoming)\s{1,3}(?i:season|series)\b|"
    r"\s{1,3}(?:(?i:season|series)\s{1,3}(?:\d|one|two|three|four|five|six|seven|eight|nine|"
    r"ten)|(?:is|are|was|were|has|have|had|will|would|"
    r"can|could|should|might|got|gets|became|becomes|began|begins|ran|runs|remains|follows|"
    r"stars|won['’]t|isn['’]t|wasn['’]t)\b|back\s{1,3}for\b))")
#: Words after a calendar word that make the pair a time, not a name ("Sunday Night",
#: "Christmas Day"; as ``dates.inside_a_name`` reads them).
_EDGE_TIME_OF_DAY = TIME_OF_DAY_WORDS | frozenset("day days eve week weekend".split())
#: The capitalised word right before a mention, an opening quote before it too ("'Sunday
#: Harbor'"; ``_EDGE_HEAD_RE`` without it).
_EDGE_OPEN_HEAD_RE = re.compile(
    r"(?:(?<![\w'’-])|(?<=[\s(][\"“‘'])|(?<=^[\"“‘']))([A-Z][a-z]+) $")
#: A verb that tells when it was said right before a bare day or month ("Tovrel announced
#: Monday Salt Road will end"): the calendar word is the sentence's date.
_EDGE_HEAD_SAID_RE = re.compile(
    r"(?i)\b(?:said|says|announced|announces|confirmed|confirms|revealed|reveals|reported|"
    r"reports|told|added|noted|explained|wrote|tweeted|posted)\s$")


def calendar_edged(titles: Sequence[str], texts: Sequence[str], headline: str = "",
                   protected: Collection[str] = (),
                   reasons: dict[str, str] | None = None) -> dict[str, str]:
    """Candidate titles whose every mention carries the same calendar word at one edge, at
    least one of them where it cannot be the sentence's date, mapped to the longer title
    (``title.span.calendar_edge``): ``clean_title`` cut the word as a date ("Tovrel renewed
    Monday Harbor" gave "Harbor"). Before the vetoes, unlike ``time_edged``: the cut title
    is often a lone first name or a place the vetoes drop ("Paris" of "Paris August"), and
    the whole title is what they should judge.

    On the head side the word is the title's unless a time's preposition, a number or a verb
    of saying governs it ("on Monday Harbor", "said Monday Harbor ..."): prose never writes
    a bare calendar word before a name as its date. On the tail side a month, a season of the
    year or a holiday is the title's unless a date's number, a time of day or a broadcast
    noun follows it ("Harbor June 5", "the Harbor June premiere"); a day of the week (or
    "March", "May") only where the clause goes on from it as from a subject, a season phrase
    follows, or the headline opens with it before a colon ("Harbor Monday has been renewed",
    "Harbor Monday Season 2"), or "March" / "May" where an active decision takes the title
    as its object before the season it decides (``_decided_month_tail``, round 32; its rule
    goes into ``reasons``). A mention without the word, or with another, keeps the title
    as it is; so does a watched title."""
    every = [*texts, headline] if headline else list(texts)
    joined = "\n".join(every)
    if not any(word in joined for word in _EDGE_TIME_WORDS):
        return {}
    out: dict[str, str] = {}
    for title in titles:
        if title in protected or title not in joined or title in _EDGE_TIME_WORDS:
            continue
        # "Sunday Night Football", "Christmas Day": a time of the day the word names, no
        # name it opens
        head_time = title.split()[0].lower() in _EDGE_TIME_OF_DAY
        heads: set[str] = set()
        tails: set[str] = set()
        head_named = tail_named = decided = False
        bare_head = bare_tail = False
        for text in every:
            for start, end in _whole_mentions(title, text):
                head = _EDGE_OPEN_HEAD_RE.search(text, max(0, start - _EDGE_WORD_REACH),
                                                 start)
                tail = _EDGE_TAIL_RE.match(text, end)
                if head and head.group(1) in _EDGE_TIME_WORDS:
                    heads.add(head.group(1))
                    head_named = head_named or (
                        not head_time and head.group(1) != "May"
                        and not _EDGE_HEAD_DATE_RE.search(text, max(0, head.start() - 40),
                                                          head.start())
                        and not _EDGE_HEAD_SAID_RE.search(text, max(0, head.start() - 16),
                                                          head.start()))
                else:
                    bare_head = True
                if tail and tail.group(1) in _EDGE_TIME_WORDS:
                    tails.add(tail.group(1))
                    if not tail_named and _decided_month_tail(text, start, tail):
                        decided = True  # "renewed Mabel March for a third season"
                    tail_named = tail_named or decided or _tail_named(text, start, tail)
                else:
                    bare_tail = True
        longer = title
        if head_named and not bare_head and len(heads) == 1:
            longer = f"{next(iter(heads))} {longer}"
        if tail_named and not bare_tail and len(tails) == 1:
            longer = f"{longer} {next(iter(tails))}"
            if decided and reasons is not None:
                reasons[title] = rules.check("title.span.decided_month_tail")
        if longer != title:
            out[title] = longer
    return out


#: Before a cut title, one or two capitalised words with a joining word between or after them
#: ("Summer To " of "Summer To Vincent"); after it, the same turned round (" of Sunday" of
#: "The Ruby of Sunday"). Never "and": a slug's "a-and-b-renewed" as often names two shows.
#: Bounded, on 40-character windows.
_SLUG_EDGE_HEAD_RE = re.compile(
    r"(?:^|(?<=[\s“\"'‘(]))((?:[A-Z][\w’'-]{0,20} (?:(?i:of|to|on|in|the|at) )?){1,2})$")
_SLUG_EDGE_TAIL_RE = re.compile(
    r"( (?:(?i:of|to|on|in|the|at) )?[A-Z][\w’'-]{0,20}"
    r"(?: (?:(?i:of|to|on|in|the|at) )?[A-Z][\w’'-]{0,20})?)")


def slug_edged(titles: Sequence[str], texts: Sequence[str], headline: str,
               slug: Sequence[str], protected: Collection[str] = ()) -> dict[str, str]:
    """Candidate titles the text writes inside a longer capitalised name whose added words
    hold a calendar word, where the URL's slug spells that longer name whole next to a status
    or season word (``_in_slug``: "summer-to-vincent-series-2-confirmed"), mapped to it
    (rule ``title.span.slug_calendar_edge``, round 41): ``clean_title`` cut the calendar word
    as a date ("Summer To Vincent has been renewed" gave "Vincent"), but the slug, written for
    the article's show, names the whole; a date is never written into a title's slug phrase.
    The longest such name the slug spells wins."""
    out: dict[str, str] = {}
    every = [*texts, headline] if headline else list(texts)
    for title in titles:
        if title in protected:
            continue
        best = ""
        for text in every:
            for start, end in _whole_mentions(title, text):
                heads = _SLUG_EDGE_HEAD_RE.search(text[max(0, start - 40):start])
                tails = _SLUG_EDGE_TAIL_RE.match(text, end, min(len(text), end + 40))
                head_words = heads.group(1).split() if heads else []
                tail_words = tails.group(1).split() if tails else []
                for h in range(len(head_words) + 1):
                    for t in range(len(tail_words) + 1):
                        added = [*head_words[len(head_words) - h:], *tail_words[:t]]
                        if not any(w.capitalize() in _EDGE_TIME_WORDS for w in added):
                            continue
                        longer = " ".join([*head_words[len(head_words) - h:], title,
                                           *tail_words[:t]])
                        if len(longer) > len(best) and _in_slug(longer, slug) and \
                                _status_after_in_slug(longer, slug):
                            best = longer
        if best:
            out[title] = best
    return out


def _status_after_in_slug(title: str, slug: Sequence[str]) -> bool:
    """The title's words stand together in the slug right before a status or season word
    ("summer-to-vincent-series-2"): not only after one ("renews-salt-road-monday", whose
    weekday may be the headline's date)."""
    words = normalise_title(title).split()
    size = len(words)
    return any(list(slug[i:i + size]) == words and slug[i + size] in _SLUG_STATUS_AFTER
               for i in range(len(slug) - size))


def _governed_weekday_edge(short: str, longer: str, governed: Collection[str]) -> bool:
    """``longer`` is ``short`` with a weekday at one edge, and a decision governs ``short``
    ("Mabel Tuesday has been renewed", "Kestrel cancelled Tuesday Mabel"): the whole is judged
    as a show the text names, so a first name and a weekday are no person's name ("Mabel
    Tuesday"; a person is not renewed). Round 32, rule ``title.keep.governed_weekday_edge``."""
    if short not in governed:
        return False
    edge = longer[:-len(short)] if longer.endswith(short) else longer[len(short):]
    edge = edge.strip()
    if edge.lower() not in _CALENDAR:
        return False
    rules.check("title.keep.governed_weekday_edge")
    return True


def _governed_month_edge(short: str, longer: str, season_governed: Collection[str]) -> bool:
    """``longer`` is ``short`` with a month at its end, and a decision governs ``short`` with
    the season it decides ("Mabel March has been renewed for a third season"): the whole is
    judged as a show the text names, as ``_governed_weekday_edge`` judges a weekday's. A month
    needs the season too ("Mabel March has been renewed" is left as it was). Round 32, rule
    ``title.keep.governed_month_edge``."""
    if short not in season_governed or not longer.startswith(f"{short} "):
        return False
    return longer[len(short):].strip().lower() in _MONTH_WORDS


#: The months, lower-cased (``_governed_month_edge``): ``dates.MONTHS``' full names.
_MONTH_WORDS = frozenset(word for word in MONTHS if word in _TIME_HEADS)
#: The months that are verbs too ("March", "May"), which ``_tail_named`` leaves to the clause.
_VERB_LIKE_MONTHS = frozenset({"March", "May"})


def _decided_month_tail(text: str, start: int, tail: re.Match[str]) -> bool:
    """"March" or "May" right after a title an active decision takes as its object, right
    before the season it decides ("renewed Mabel March for a third season"): the title's own
    word, as another month there is already (``_tail_named``); not "renewed Salt Road in March
    for ..." (no tail) nor "renewed Salt Road March 3 ..." (a number follows, no season).
    Round 32, rule ``title.span.decided_month_tail``."""
    if tail.group(1) not in _VERB_LIKE_MONTHS or not _ACTIVE_DECISION_BEFORE_RE.search(
            text[max(0, start - 30):start]):
        return False
    return _WEEKDAY_OBJECT_SEASON_RE.match(text[tail.end():tail.end() + 60]) is not None


def _tail_named(text: str, start: int, tail: re.Match[str]) -> bool:
    """The calendar word ``tail`` matched right after a title (at ``start``) is the title's
    own word, not the sentence's date (``calendar_edged``)."""
    word = tail.group(1)
    if _EDGE_TAIL_TITLE_RE.match(text, tail.end()):
        return True
    if start == 0 and text[tail.end():tail.end() + 1] == ":":
        return True  # "Harbor Monday: the drama gets a second series" (a headline's head)
    return word in _NAME_TAIL_TIME_WORDS and not _EDGE_TAIL_DATE_RE.match(text, tail.end()) \
        and not _EDGE_TAIL_NOUN_RE.match(text, tail.end())


#: A broadcast noun after a calendar word in any case: a headline's "Harbor Winter Premiere".
_EDGE_TAIL_NOUN_RE = re.compile(
    r"\s(?i:premiere|premieres|finale|finales|episode|episodes|special|specials|break|"
    r"schedule|slate|lineup|line-up|season|series|return|debut|launch|release|date|dates|"
    r"preview|ratings|filming|shoot|production|event|tour|festival|olympics|games)\b")


#: An aside that names a show in passing, between the clause's subject and its verb: ", set in
#: the kingdom of X,", ", which follows X,", ", from the creator of X,", ", like X,". Used on
#: the 160 characters before a name only.
_ASIDE_RE = re.compile(
    r",[\"”’']?\s{1,3}(?:(?:which|who|that)\s|(?:a|an)\s(?![\w-]{1,20}\s(?:season|series|run)\b)|"
    r"(?:set|based|inspired|modell?ed|spun)\s{1,3}(?:off\s)?(?:in|on|from|after)\s|(?:from|by)\s{1,3}the\s{1,3}(?:creators?|makers?|producers?|team)"
    r"\s|(?:like|unlike|alongside|following|leaving|much\s{1,3}like)\s|"
    + _CREDIT_OPENERS + r")[^,;]{0,120}$")


def in_aside(text: str, start: int, closed: bool = False) -> bool:
    """The name at ``start`` stands in an aside that names it in passing. ``closed``: the
    aside ends right before the verb, so "the spinoff of Y" counts too."""
    return bool(_ASIDE_RE.search(text, max(0, start - 160), start)) or (
        closed and bool(_KIN_ASIDE_RE.search(text, max(0, start - 160), start)))


#: The auxiliaries and adverbs a subject's gap to its trigger may hold (both gaps below).
_SUBJECT_AUXILIARIES = (r"has|have|had|is|are|was|were|will|would|be|been|officially|also|just|"
                        r"now|already|finally|to|gets?|got")
#: Between a subject and its trigger: auxiliaries and adverbs only ("Glass Harbor has been
#: officially renewed"); between a trigger and its object: nothing ("renews Glass Harbor").
_SUBJECT_GAP_RE = re.compile(
    rf"^\s{{1,3}}(?:(?:{_SUBJECT_AUXILIARIES}|being|won['’]t|not|never|quietly)\s{{1,3}}){{0,4}}$")
_OBJECT_GAP_RE = re.compile(r"^\s{1,3}$")
#: A league's or an event's season between it and its trigger: "Friday Night Football season
#: kicked off", "the Metro League's 2026 season has been cancelled".
_SEASON_SUBJECT_GAP_RE = re.compile(
    rf"^(?:['’]s?)?\s{{1,3}}(?:{_YEAR_DIGITS}(?:-\d\d)?\s{{1,3}})?(?:regular\s{{1,3}})?season"
    r"\s{1,3}"
    rf"(?:(?:{_SUBJECT_AUXILIARIES})\s{{1,3}}){{0,4}}$")
_AUXILIARY_END_RE = re.compile(r"(?i)\s(?:has|have|had|is|are|was|were|will|be|been|that)$")


def unfound_title_beside(text: str, start: int, end: int,
                         named: Sequence[tuple[int, int]]) -> str | None:
    """A title-like span right beside a trigger at ``start``-``end`` (its object just after
    it, its subject just before it) that is none of the ``named`` show mentions and that no
    veto calls a network, place, person or nationality: the clause speaks of a show the
    article's titles do not hold ("Fox renews Salt Road" with Salt Road not found), so its
    fact must not fall back to another show."""
    for span in title_spans(text):
        season_slot = None
        if span.end <= start:
            aside = _RELATIVE_ASIDE_AFTER_RE.match(text, span.end) or _KIND_ASIDE_RE.match(
                text, span.end)
            gap_start = aside.end() if aside and aside.end() <= start else span.end
            slot = _SUBJECT_GAP_RE.match(text[gap_start:start])
            season_slot = _SEASON_SUBJECT_GAP_RE.match(text[span.end:start])
        elif span.start >= end:
            slot = _OBJECT_GAP_RE.match(text[end:span.start])
        else:
            continue
        if not (slot or season_slot) or any(a < span.end and span.start < b for a, b in named):
            continue
        if span.end <= start and decides_after(text, span.end):
            continue  # "Kestrel Play has renewed the drama": the decider, not the show
        mid = mid_sentence(text, span.start)
        title = clean_title(span.text, mid=mid)
        if not title or (not mid and " " not in title) or len(title.split()) > 6 or \
                _AUXILIARY_END_RE.search(title):
            continue  # a lone capitalised first word is the sentence's; "... Have Been"
        if slot and all(judge(part, strong=False).kept for part in _AND_SPLIT_RE.split(title)):
            return title  # "Jane Doe and John Roe will return": people, no show
        if span.end <= start and judge(title, strong=False).rule in _OWN_SEASON_VETOES:
            return title  # "Friday Night Football('s) season opened": the league's
    return None


#: An aside that says what kind of show the name before it is, between a subject and its
#: verb: "Salt Road, NBC's other drama, returns", "Salt Road, a comedy about bakers, ends".
_KIND_ASIDE_RE = re.compile(
    rf"[\"”’']?,\s{{1,3}}[^,;.()\"“”]{{0,40}}?\b(?:{SHOW_NOUN_ALT})\b[^,;.()\"“”]{{0,40}},")


#: Vetoes of things that have seasons, premieres and finales of their own (a sport's league
#: or broadcast, an event): as a trigger's subject, their news is nobody's show's.
_OWN_SEASON_VETOES = frozenset({"title.veto.sports", "title.veto.event"})


_NAME_TOKEN_RE = re.compile(r"[\w'&.+!:-]+")


def named_shows(shows: Sequence[ShowName], texts: Sequence[str], headline: str = ""
                ) -> tuple[ShowName, ...]:
    """The gazetteer's shows (the watch list, titles the store has confirmed) that this article
    names as a whole title: a title-case span of their own, quoted, or in capitals — never
    inside a longer name ("House" in "The White House"). Quick for thousands of shows: each
    name is filed under its longest word, and only names whose words the article holds are
    looked for."""
    if not shows:
        return ()
    everything = [*texts, headline]
    tokens = {t.strip(".:!-") for text in everything for t in _NAME_TOKEN_RE.findall(fold(text))}
    tokens |= {t.title() for t in tokens if t.isupper()}
    joined = "\n".join(everything)
    spans: dict[int, set[str]] = {}

    def whole_titles(index: int) -> set[str]:
        if index not in spans:
            text = everything[index]
            body = index < len(texts)
            spans[index] = {t for span in title_spans(text) for t in (
                span.text, clean_title(span.text, mid=body and mid_sentence(text, span.start),
                                       numeric=True)) if t} | set(_quoted_titles(text, not body))
        return spans[index]

    filed = _filed_for(shows)
    found: dict[int, ShowName] = {}
    for token in tokens:
        for number, show, name, bare, words in filed.get(token, ()):
            if number in found:
                continue
            if not all(w in tokens or w.title() in tokens for w in words):
                continue  # the article lacks one of its words
            if name not in joined and name.upper() not in joined:
                continue
            if any((name in text or name.upper() in text) and (
                    name in whole_titles(i) or name.upper() in text)
                   for i, text in enumerate(everything)):
                found[number] = ShowName(show.title, (*show.aliases, *bare)) if bare else show
    return tuple(found[n] for n in sorted(found))


#: A known name filed under its longest word: (show's number, show, name, names without an
#: owner's possessive, the name's words).
Filed = tuple[int, ShowName, str, tuple[str, ...], tuple[str, ...]]


#: The gazetteers last filed, by identity: the service hands every article the same tuple
#: while no title changes (``store.known``), and hashing a tuple of thousands of names to find
#: its filing in a cache cost time in proportion to the shows known (~0.5 ms per 1,000). Only
#: a tuple is kept by identity (it cannot change); held here, it stays alive, so its identity
#: cannot be reused by another one.
_FILED: list[tuple[tuple[ShowName, ...], dict[str, list[Filed]]]] = []
_FILED_KEPT = 4


def _filed_for(shows: Sequence[ShowName]) -> dict[str, list[Filed]]:
    for given, filed in _FILED:
        if given is shows:
            return filed
    if not isinstance(shows, tuple):
        return _filed_names(tuple(shows))
    filed = _filed_names(shows)
    _FILED[:] = [(shows, filed), *_FILED[:_FILED_KEPT - 1]]
    return filed


@functools.lru_cache(maxsize=4)
def _filed_names(shows: tuple[ShowName, ...]) -> dict[str, list[Filed]]:
    """Each name of each show (and its form without an owner's possessive: "Marvel's Jessica
    Jones" is "Jessica Jones" in the text too) filed under its longest word, in both cases,
    with its words: they live as long as the gazetteer they belong to (a cache per name
    would keep every title ever known)."""
    filed: dict[str, list[Filed]] = {}
    for number, show in enumerate(shows):
        names = (show.title, *show.aliases)
        bare = tuple(b for n in names if (b := _without_owner(n)) != n and b not in names)
        for name in (*names, *bare):
            words = _name_words(name)
            if not words:
                continue
            key = max(words, key=len)
            for form in {key, key.title()}:
                filed.setdefault(form, []).append((number, show, name, bare, words))
    return filed


def _name_words(name: str) -> tuple[str, ...]:
    """The words of a known title, as named_shows compares them (kept with the gazetteer's
    filing, :func:`_filed_names`)."""
    return tuple(w.strip(".:!-") for w in _NAME_TOKEN_RE.findall(fold(name)))


def _without_owner(name: str) -> str:
    """"Marvel's Jessica Jones" -> "Jessica Jones": a network's or person's possessive off."""
    head, sep, rest = name.partition("'s ")
    if not sep:
        head, sep, rest = name.partition("’s ")
    return rest if sep and rest and possessor_is_not_title(head.split()) else name


def _decide(verdicts: Sequence[Verdict], persons: Collection[str], fragments: Sequence[str],
            cues: dict[str, set[str]], texts: Sequence[str], headline: str,
            slug: Sequence[str], protected: Collection[str]) -> list[str]:
    """The titles kept: the rules' verdicts, or the learned title scorer's when one is active
    (``extract/titlescore.py``); watched titles are always kept."""
    model = titlescore.current()
    if model is None and not titlescore.recording_active():
        return [v.title for v in verdicts if v.kept]
    everything = [*verdicts, *(Verdict(t, False, "title.veto.person_context") for t in persons),
                  *(Verdict(t, False, "title.veto.headline_fragment") for t in fragments)]

    def cues_of(title: str) -> frozenset[str]:
        if title in cues:
            return frozenset(cues[title])
        parents = [c for t, c in cues.items() if title in t]  # a part of "A and B"
        return frozenset(set().union(*parents) | {"split"}) if parents else frozenset({"split"})

    candidates = [titlescore.Candidate(v.title, v.rule, cues_of(v.title)) for v in everything]
    view = titlescore.View(tuple(texts), headline, tuple(slug),
                           tuple(c.title for c in candidates))
    keys = [normalise_title(c.title) for c in candidates]
    titlescore.record(candidates, view, keys)
    if model is None:
        return [v.title for v in verdicts if v.kept]
    kept = []
    for candidate, key, verdict in zip(candidates, keys, everything, strict=True):
        decided = candidate.title in protected or \
            model.probability(titlescore.features(candidate, view, key)) >= model.threshold
        if decided:
            kept.append(candidate.title)
        if decided != verdict.kept:
            rule = "title.scorer.keep" if decided else "title.scorer.drop"
            _LAST_VERDICTS[:] = [Verdict(v.title, decided, rule) if v.title == candidate.title
                                 else v for v in _LAST_VERDICTS]
    return kept


#: Between two names of one show: "X, or Y,", "X (known as Y)", "X, also known as Y", "X (aka
#: Y)", "X / Y". Used on the text between two titles only (at most 40 characters).
_ALIAS_GAP_RE = re.compile(
    r"^[\"”’']?(?:,\s{1,3}or\s{1,3}|\s{0,3}\((?:also\s{1,3})?(?:known\s{1,3}as|aka|a\.k\.a\.)"
    r"\s{1,3}|,\s{1,3}(?:also\s{1,3})?(?:known\s{1,3}as|aka|a\.k\.a\.)\s{1,3}|\s{1,3}/\s{1,3}|"
    r"\s{0,3}\(\s{0,3})[\"“‘']?$")


def short_forms(titles: Sequence[str], protected: Collection[str] = (),
                persons: Collection[str] = ()) -> tuple[ShowName, ...]:
    """"Last Week Tonight" is "Last Week Tonight with John Oliver" when the text gives the long
    form too: the short form of a host's show is an alias of its full title."""
    out: dict[str, list[str]] = {}
    present = set(titles)
    for longer in titles:
        short, joint, host = longer.partition(" with ")
        if joint and short in present and short not in protected and _host_like(host, persons):
            out.setdefault(longer, []).append(short)
    # A clipped form keeps at least three letters of each word: titles bucketed by those
    # letters are compared within their bucket only, its first 16 (linear on a page of
    # thousands of titles).
    buckets: dict[tuple[str, ...], list[str]] = {}
    for title in titles:
        buckets.setdefault(_clip_key(title), []).append(title)
    for short in titles:
        if short in protected or short in out:
            continue
        full = next((t for t in buckets.get(_clip_key(short), ())[:16]
                     if t != short and _clipped_form(short, t)), None)
        if full is not None:
            out.setdefault(full, []).append(short)  # "Parks & Rec" is "Parks and Recreation"
    # An acronym of a title the text also gives ("HOTD", "TLOU"): the same show.
    initials: dict[str, str] = {}
    for title in titles:
        words = re.findall(r"[A-Za-z][\w'’.-]*", title)
        if len(words) >= 2:
            initials.setdefault("".join(w[0] for w in words).upper(), title)
    for short in titles:
        full = initials.get(short) if _ACRONYM_RE.fullmatch(short) else None
        if full is not None and full != short and short not in protected and short not in out:
            out.setdefault(full, []).append(short)
    return tuple(ShowName(full, tuple(short)) for full, short in out.items())


#: The lower-case words a long title's leading words may be cut before ("The Keepers | of
#: Amber Coast"); never "and", "&", "or", "vs", where a title may be two shows joined.
_CUT_BEFORE_WORDS = frozenset("of at to in on with from for by under".split())


def shortened_forms(titles: Sequence[str], texts: Sequence[str], headline: str = "",
                    protected: Collection[str] = ()) -> tuple[ShowName, ...]:
    """A long title named again in a shortened form is one show: its part after the colon
    ("The Next Tide", "Next Tide" for "Harbor Lights: The Next Tide") or its words before a
    lower-case connector ("The Long Road" for "The Long Road to Amber Falls"). Writers give the
    full title once and then shorten it; the short form would otherwise be a show of its own
    and take the long title's facts. Never the part before the colon (a franchise's other
    show: "Harbor Lights" and "Harbor Lights: The Next Tide" are two), never one word cut off
    the front ("Midnight"), never a form two titles share, never a form the body names before
    the full title (the full one is then a longer name around it: "From A to B: Title season
    4"; a headline may shorten first), and never a form the text introduces as a show of its
    own ("Outpost, the unrelated Syfy drama,")."""
    if len(titles) < 2:
        return ()
    forms: dict[str, set[str]] = {}
    for full in titles:
        head, colon, rest = full.partition(": ")
        if colon and rest and ": " not in rest:
            forms.setdefault(normalise_title(rest), set()).add(full)
        words = full.split()
        for i in range(2, len(words) - 1):
            if words[i] in _CUT_BEFORE_WORDS and ":" not in " ".join(words[:i]):
                lead = " ".join(words[:i])
                if any(w.lower() not in _SMALL_TITLE_WORDS for w in words[:i]):
                    forms.setdefault(normalise_title(lead), set()).add(full)
                break
    if not forms:
        return ()
    out: dict[str, list[str]] = {}
    for short in titles:
        fulls = forms.get(normalise_title(short), set()) - {short}
        if len(fulls) != 1 or short in protected or _introduced_as_show(
                short, [headline, *texts]):
            continue
        full = next(iter(fulls))
        if normalise_title(full) != normalise_title(short) and \
                _first_named(full, texts) < _first_named(short, texts, outside=full):
            out.setdefault(full, []).append(short)
    return tuple(ShowName(full, tuple(shorts)) for full, shorts in out.items())


#: Where a subtitled title's head ends: a colon or a dash ("Salt Road: The Lost Years",
#: "Salt Road - The Lost Years").
_SUBTITLE_SEP_RE = re.compile(r"(?::|\s[-\u2013\u2014])\s")
#: Words telling that a franchise has several shows (a spinoff beside its parent): with one
#: in the article, a subtitled title's head may be the parent show.
_FRANCHISE_WORD_RE = re.compile(
    r"(?i)\b(?:spin-?offs?|prequels?|sequels?|offshoots?|companion|franchise|original\s+series|"
    r"reboots?|revivals?|mothership|flagship|parent\s+(?:show|series)|universe|follow-up)\b")


def full_titles_of_heads(shows: Collection[str], titles: Sequence[str], texts: Sequence[str],
                         headline: str = "") -> dict[str, str]:
    """The subtitled title each show of ``shows`` is the head of, when the article gives the
    full title first and then goes on with its head alone ("Kestrel has ordered Salt Road:
    The Lost Years ... Salt Road premieres March 4"): the head's facts are the full title's.
    Only a head of exactly one kept subtitled title, given after it (a headline counts first),
    never introduced as a show of its own, never where a sentence naming either speaks of a
    spinoff, prequel, sequel or franchise (a parent and its spinoff are two shows: "Harbor
    Lights" and "Harbor Lights: The Next Tide"); the caller checks the two tell one show."""
    heads: dict[str, list[str]] = {}
    for title in titles:
        sep = _SUBTITLE_SEP_RE.search(title)
        if sep is not None and sep.start() > 0 and title[sep.end():].strip():
            heads.setdefault(normalise_title(title[:sep.start()]), []).append(title)
    if not heads:
        return {}
    out: dict[str, str] = {}
    ordered = [headline, *texts]
    for show in shows:
        fulls = heads.get(normalise_title(show), [])
        if len(fulls) != 1 or normalise_title(fulls[0]) == normalise_title(show):
            continue
        full = fulls[0]
        if any(_FRANCHISE_WORD_RE.search(text) for text in ordered
               if show in text or full in text) or _introduced_as_show(show, texts) \
                or _first_named(full, ordered) > _first_named(show, ordered, outside=full):
            continue
        out[show] = full
    return out


def _first_named(title: str, texts: Sequence[str], outside: str = "") -> tuple[int, int]:
    """Where the texts first name ``title`` (text, offset), not counting it inside
    ``outside``; past the end when they never do."""
    for number, text in enumerate(texts):
        covered = [(m.start(), m.start() + len(outside))
                   for m in re.finditer(re.escape(outside), text)] if outside else []
        at = text.find(title)
        while at >= 0:
            if not any(a <= at < b for a, b in covered):
                return number, at
            at = text.find(title, at + 1)
    return len(texts), 0


def _introduced_as_show(title: str, texts: Sequence[str]) -> bool:
    """Does the text describe ``title`` as a kind of show where it names it ("Outpost, the
    unrelated Syfy drama,", "the Syfy drama Outpost")? A shortening is never introduced."""
    for text in texts:
        at = text.find(title)
        while at >= 0:
            end = at + len(title)
            if _APPOSITIVE_AFTER_RE.match(text[end:end + 80]) or _APPOSITIVE_BEFORE_RE.search(
                    text[max(0, at - 40):at]):
                return True
            at = text.find(title, end)
    return False


#: A title written as its initials ("HOTD", "TLOU").
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")


def _clip_key(title: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("&", "and")[:3] for w in title.split())


def _clipped_form(short: str, full: str) -> bool:
    """Every word of ``short`` starts the same word of ``full`` and one is cut short ("Parks &
    Rec", "Parks and Recreation"; "&" is "and"); a one-word form is never clipped, and a word
    that keeps most of its letters is another word ("The Bachelor", "The Bachelorette"). A
    form with one word of substance is too little to tell a clip from another show: "The Con"
    is no clip of "The Conners", "The Bay" none of "The Bayou"."""
    a = [w.lower().replace("&", "and") for w in short.split()]
    b = [w.lower().replace("&", "and") for w in full.split()]
    return len(a) == len(b) >= 2 and a != b and all(
        x == y or (y.startswith(x) and 3 <= len(x) <= 0.6 * len(y))
        for x, y in zip(a, b, strict=True)) and \
        sum(x not in _SMALL_TITLE_WORDS for x in a) >= 2


#: A kind of show that is another show than the one it derives from, right before a name.
_KIN_BEFORE_RE = re.compile(
    r"(?i)\b(?:spinoff|spin-off|prequel|sequel|offshoot|companion series|new series|new show)"
    r"\s{1,3}(?:series\s{1,3}|show\s{1,3})?[\"“‘']?$")


#: (round 37) A kin noun in an apposition right after a subtitled name ("Salt Road: Origins,
#: the prequel to Salt Road,", "..., its spin-off"): the name is a show of its own.
_KIN_AFTER_RE = re.compile(
    r"(?i)^,\s{1,3}(?:the|its|a|an)\s{1,3}(?:[\w+'’-]{1,30}\s{1,3}){0,2}?"
    r"(?:spin-?off|prequel|sequel|offshoot|companion\s{1,3}series)\b")


def _own_shows(titles: Sequence[str], known: Collection[str], cues: dict[str, set[str]],
               texts: Sequence[str], body: Sequence[str] = ()) -> set[str]:
    """Subtitled names of known shows that the text treats as shows of their own: with a
    season of their own ("Star Voyage: Deep Waters season 2"), or named as a spinoff, prequel
    or sequel ("its spinoff Star Voyage: Deep Waters"; round 37: "Star Voyage: Origins, the
    prequel to Star Voyage,"), or (round 37) a body sentence's decision takes the name
    ("Kestrel has cancelled Star Voyage: Origins", "Star Voyage: Origins has been axed"): an
    episode or a part is never renewed or cancelled (``title.own_show.decided``). Otherwise a
    known show's subtitled name is one of its parts (``episode_titles``)."""
    own: set[str] = set()
    for title in titles:
        head, sep, _ = title.partition(": ")
        if not sep or head not in known:
            continue
        if "season" in cues.get(title, set()) or any(
                _KIN_BEFORE_RE.search(text, max(0, at - 40), at)
                or _KIN_AFTER_RE.match(text[at + len(title):at + len(title) + 60])
                for text in texts if (at := text.find(title)) > 0):
            own.add(title)
        elif any(_GOVERNS_BEFORE_RE.search(text, max(0, at - 20), at)
                 or _GOVERNED_AFTER_RE.match(text[at + len(title):at + len(title) + 30])
                 for text in body if (at := text.find(title)) >= 0):
            own.add(title)
            rules.note_span(title, "title.own_show.decided")  # --explain shows it
    return own


def episode_titles(titles: Sequence[str], known: Collection[str],
                   own_shows: Collection[str] = ()) -> tuple[ShowName, ...]:
    """"Harbor Lights: The Reckoning" is an episode or a part of Harbor Lights when Harbor Lights
    is a known show (watched, or confirmed by the store) and the long name is not, unless the
    text treats the long name as a show of its own (``own_shows``: "its spinoff Harbor
    Lights: Deep Waters was cancelled", "Harbor Lights: Deep Waters season 2")."""
    out: dict[str, list[str]] = {}
    for title in titles:
        head, sep, rest = title.partition(": ")
        if sep and rest and head in known and title not in known and title not in own_shows:
            out.setdefault(head, []).append(title)
    return tuple(ShowName(head, tuple(longer)) for head, longer in out.items())


_ALIAS_HINT_RE = re.compile(r"\(|, or |known as|aka|a\.k\.a\.| / ")


def text_aliases(titles: Sequence[str], texts: Sequence[str], headline: str,
                 protected: Collection[str] = ()) -> tuple[ShowName, ...]:
    """Shows the text names twice over, each as ShowName(title, (other names)): "La Casa de
    Papel, or Money Heist,", "Money Heist (La Casa de Papel)", "X (also known as Y)", "X / Y".
    One of the two names is a title found; the other is a title-case span no veto names
    something else. The title kept is the one the headline names, else the one named more
    often, else the first; a watched title always stays the title. Only where the text says
    so: names in a list ("A, B, or C") or a credit in parentheses are not aliases."""
    if not titles:
        return ()
    kept = set(titles)
    pairs: list[tuple[str, str]] = []
    for text in texts:
        if not _ALIAS_HINT_RE.search(text):
            continue  # no hint anywhere: no need to look next to each title (linear in titles)
        if not any(_ALIAS_HINT_RE.search(text, max(0, at - 25), at + len(title) + 25)
                   for title in titles if (at := text.find(title)) >= 0):
            continue  # no "(", ", or", "known as", "aka" or "/" next to a title
        spans = title_spans(text)
        cleaned = [clean_title(span.text, mid=mid_sentence(text, span.start)) for span in spans]
        for i in range(len(spans) - 1):
            first, second = cleaned[i], cleaned[i + 1]
            if not first or not second or first == second or (
                    first not in kept and second not in kept):
                continue
            gap = text[spans[i].end:spans[i + 1].start]
            if len(gap) > 40 or not _ALIAS_GAP_RE.match(gap):
                continue
            after = text[spans[i + 1].end:spans[i + 1].end + 2].lstrip("\"”’'")
            if gap.lstrip("\"”’'").startswith(","):
                # an appositive, closed again: "X, or Y, has ..."; never "A, B, or C"
                if after[:1] not in (",", ")", "") or \
                        text[:spans[i].start].rstrip().rstrip("\"“‘'").endswith(","):
                    continue
            elif "(" in gap and after[:1] != ")":
                continue  # "X (Y)": Y must be all the parenthesis holds
            if "/" in gap and first in kept and second in kept:
                continue  # "Glass Harbor / Red Kettle": two shows the article found, listed
            other = second if first in kept else first
            if other not in kept and not judge(other, strong=False).kept:
                continue  # "Salt Road (Jane Doe)": a person, not another name
            pairs.append((first, second))
    pairs = _without_shared_labels(pairs, kept)
    if not pairs:
        return ()
    everything = " ".join(texts)
    groups: dict[str, set[str]] = {}
    for first, second in pairs:
        group = groups.get(first, {first}) | groups.get(second, {second})
        for name in group:
            groups[name] = group
    shows: dict[str, ShowName] = {}
    for names in {frozenset(g) for g in groups.values()}:
        order = sorted(names, key=lambda t: (
            t not in protected, t not in headline, -everything.count(t), everything.find(t)))
        shows[order[0]] = ShowName(order[0], tuple(sorted(names - {order[0]})))
    return tuple(shows.values())


#: Between a show's name and its other name where the text says the show goes by both (round
#: 41, rule ``title.alias.renamed``); at most 40 characters of text between two title spans.
#: The title first: "X, formerly known as Y", "X (previously titled Y)", "X, the show formerly
#: known as Y", "X, which airs in Britain as Y", "X, known to British viewers as Y", "X, also
#: known as Y".
_RENAMED_AFTER_RE = re.compile(
    rf"^[\"”’']?,?\s{{0,3}}\(?\s{{0,3}}(?:the\s{{1,3}}(?:{common_show_nouns(4)})\s{{1,3}})?"
    r"(?:(?:formerly|previously|originally)(?:\s{1,3}(?:known\s{1,3}as|titled|called))?"
    r"|(?:also\s{1,3})?(?:which\s{1,3}(?:airs|aired|is\s{1,3}shown)|known)"
    r"(?:\s{1,3}(?:in\s{1,3}(?:Britain|the\s{1,3}UK|the\s{1,3}US|America)"
    r"|to\s{1,3}(?:British|American|UK|US)\s{1,3}(?:viewers|audiences)))?\s{1,3}as)"
    r"\s{1,3}[\"“‘']?$")
#: The old name first, the new one after: "Y, now titled X", "Y will now be called X", "Y is
#: now called X", "Y, renamed X,", "Y to be renamed X".
_RENAMED_BEFORE_RE = re.compile(
    r"^[\"”’']?,?\s{1,3}(?:(?:is|was|has\s{1,3}been|will\s{1,3}be|to\s{1,3}be)\s{1,3})?"
    r"(?:now\s{1,3}(?:titled|called|known\s{1,3}as)|renamed|retitled"
    r"|will\s{1,3}now\s{1,3}be\s{1,3}(?:titled|called|known\s{1,3}as))\s{1,3}[\"“‘']?$")
#: "retitled Y as X", "renamed Y to X": the verb before the old name, "as"/"to" between.
_RENAMED_VERB_RE = re.compile(r"\b(?:retitled|renamed)\s{1,3}$")
_RENAMED_AS_RE = re.compile(r"^\s{1,3}(?:as|to)\s{1,3}$")
#: A season's own subtitled name beside the show's: "X: Sub, the second season of X", "X:
#: Sub, series 2 of X" (the subtitled name first); "season 2 of X, titled X: Sub" (after).
_SUBTITLE_BEFORE_RE = re.compile(
    r"^,\s{1,3}(?:the\s{1,3}\w+\s{1,3}(?:season|series)|(?:season|series)\s{1,3}\w+)"
    r"\s{1,3}of\s{1,3}$")
_SUBTITLE_AFTER_RE = re.compile(r"^,?\s{1,3}\(?(?:titled|subtitled)\s{1,3}[\"“‘']?$")
#: The season phrase a subtitle's title follows ("season 2 of X, titled X: Sub"): a sequel
#: "titled X: Sub" is another show.
_SEASON_OF_TITLED_RE = re.compile(
    r"(?:(?:season|series)\s{1,3}\w+|the\s{1,3}\w+\s{1,3}(?:season|series))\s{1,3}of\s{1,3}$",
    re.IGNORECASE)
#: "X (or Y, as UK viewers know it)": the other name a region's viewers know.
_REGION_OR_RE = re.compile(r"^\s{0,3}\(\s{0,3}or\s{1,3}$")
_REGION_KNOW_RE = re.compile(
    r",\s{1,3}as\s{1,3}(?:UK|US|British|American|Irish)\s{1,3}(?:viewers|audiences)"
    r"\s{1,3}know\s{1,3}it")
_RENAMED_HINT_RE = re.compile(
    r"formerly|previously|originally|known|airs|aired|shown|renamed|retitled|titled|called|"
    r"\(\s{0,3}or\s|: .{0,60}?, (?:the \w+ )?(?:season|series)")


def renamed_aliases(titles: Sequence[str], texts: Sequence[str], headline: str,
                    protected: Collection[str] = ()) -> tuple[ShowName, ...]:
    """Shows the text says go by two names (rule ``title.alias.renamed``), each as
    ShowName(title, (other names)): a rename ("X, formerly known as Y", "Y, now titled X",
    "Y will now be called X", "retitled Y as X"), a UK/US pair ("X, which airs in Britain as
    Y", "X (or Y, as UK viewers know it)"), a season's subtitled name ("X: Sub, the second
    season of X"). One name is a title found; the other a title found or a title-case span no
    veto names something else. The title is the new name (a watched name always stays the
    title). These the state store learns (``Fact.also``), unlike a parenthesis or "X, or Y"
    (a translation, a credit, a network)."""
    if not titles:
        return ()
    kept = set(titles)
    pairs: list[tuple[str, str]] = []  # (title, other name)
    for text in (*texts, headline):
        if not _RENAMED_HINT_RE.search(text) or not any(title in text for title in titles):
            continue  # no word that tells a second name, or no title: nothing to pair
        names = _names_at(text, titles)
        for i, (start, end, first) in enumerate(names):
            for later, after, second in names[i + 1:]:
                gap = text[end:later]
                if later < end or len(gap) > 40:
                    break
                if first == second or (first not in kept and second not in kept):
                    continue
                pair = _renamed_pair(text, first, second, gap, start, after)
                if pair is None:
                    continue
                title, other = pair
                if other in protected and title not in protected:
                    title, other = other, title
                if other not in kept and not judge(other, strong=False).kept:
                    continue  # "Salt Road (Jane Doe)": a person, not another name
                pairs.append((title, other))
    if not pairs:
        return ()
    rules.check("title.alias.renamed")
    out: dict[str, list[str]] = {}
    for title, other in pairs:
        if other not in out.get(title, []) and other not in out:
            out.setdefault(title, []).append(other)
    return tuple(ShowName(title, tuple(sorted(others))) for title, others in out.items())


#: A number right after a name, its own ("Station 9"), not a date's or a list's.
_NAME_NUMBER_RE = re.compile(r" \d{1,3}(?![\w:/-]|[.,]\d)")


def _names_at(text: str, titles: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of every name in ``text`` in order: the titles found wherever
    they stand ("Pier 14", whose number no title span holds), else the title spans."""
    at: dict[int, tuple[int, str]] = {}
    for span in title_spans(text):
        name = clean_title(span.text, mid=mid_sentence(text, span.start))
        if name and text.startswith(name, span.start):
            number = _NAME_NUMBER_RE.match(text, span.start + len(name))
            if number:  # "Station 9": the number a title span leaves out is the name's
                name += number.group(0)
            at[span.start] = (span.start + len(name), name)
    for title in titles:
        for found in re.finditer(re.escape(title) + r"(?![\w'’])", text):
            if found.start() not in at or at[found.start()][0] < found.end():
                at[found.start()] = (found.end(), title)
    return [(start, end, name) for start, (end, name) in sorted(at.items())]


def _renamed_pair(text: str, first: str, second: str, gap: str, start: int,
                  after: int) -> tuple[str, str] | None:
    """(title, other name) when ``gap`` between ``first`` (at ``start``) and ``second``
    (ending at ``after``) says they name one show, else None."""
    if _RENAMED_AFTER_RE.match(gap) or (
            _SUBTITLE_AFTER_RE.match(gap) and second.startswith(first + ":")
            and _SEASON_OF_TITLED_RE.search(text, 0, start)) or (
            _REGION_OR_RE.match(gap) and _REGION_KNOW_RE.match(text, after)):
        return first, second
    if _RENAMED_BEFORE_RE.match(gap) or (
            _RENAMED_AS_RE.match(gap) and _RENAMED_VERB_RE.search(text, 0, start)) or (
            _SUBTITLE_BEFORE_RE.match(gap) and first.startswith(second + ":")):
        return second, first
    return None

def _without_shared_labels(pairs: list[tuple[str, str]], kept: Collection[str]
                           ) -> list[tuple[str, str]]:
    """The alias pairs but those whose name not found as a title stands beside two titles
    found or more ("Cancelled: Salt Road (Kestrel)", "Renewed: Lantern House (Kestrel)"): a
    label the lines share, a network's, never one show's other name (it would join the two
    shows into one: rule ``title.alias.shared_label``, round 33)."""
    partners: dict[str, set[str]] = {}
    for first, second in pairs:
        if first in kept and second not in kept:
            partners.setdefault(second, set()).add(first)
        elif second in kept and first not in kept:
            partners.setdefault(first, set()).add(second)
    shared = {name for name, titles in partners.items() if len(titles) > 1}
    if not shared:
        return pairs
    rules.check("title.alias.shared_label")  # a span rule: --explain shows the titles kept
    return [(first, second) for first, second in pairs
            if first not in shared and second not in shared]


def _one_edit(a: str, b: str) -> bool:
    """Do two different words differ by one letter left out, added or changed, or by two
    neighbouring letters swapped?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) != len(b):
        short, long = (a, b) if len(a) < len(b) else (b, a)
        return any(long[:n] + long[n + 1:] == short for n in range(len(long)))
    diff = [n for n in range(len(a)) if a[n] != b[n]]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                              and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


#: A misspelt word is at least this long ("Chesapeake" / "Chespeake"; never "Road"/"Roads").
_MISSPELT_MIN = 6


def misspelt_aliases(titles: Sequence[str], headline: str, protected: Collection[str] = ()
                     ) -> tuple[ShowName, ...]:
    """A body's slip of the headline's title, as ShowName(headline's title, (slip,)): the same
    words but one long word a letter off ("Chesapeake Shores" in the headline, "Chespeake
    Shores" once in the body) is the same show, named as the headline names it."""
    named = [t for t in titles if t in headline]
    shows: dict[str, list[str]] = {}
    for title in titles:
        if title in headline or title in protected:
            continue
        words = title.split()
        for main in named:
            other = main.split()
            if len(other) != len(words):
                continue
            diff = [(a, b) for a, b in zip(words, other, strict=True) if a != b]
            if len(diff) == 1 and max(len(diff[0][0]), len(diff[0][1])) >= _MISSPELT_MIN \
                    and _one_edit(diff[0][0].lower(), diff[0][1].lower()):
                shows.setdefault(main, []).append(title)
                break
    return tuple(ShowName(main, tuple(sorted(slips))) for main, slips in shows.items())


_SEASON_AFTER_NUMBER_RE = re.compile(r"\s{1,3}(?:more\s{1,3})?(?:seasons?|series)\b")


def _decoration(text: str, span: Span) -> bool:
    """A span that decorates a list item: inside parentheses, the network after "on", the
    number of "after 5 seasons"."""
    if span.text.isdigit() and _SEASON_AFTER_NUMBER_RE.match(text, span.end):
        return True
    opened = text.rfind("(", max(0, span.start - 60), span.start)
    if opened >= 0 and ")" not in text[opened:span.start] and ")" in text[span.end:span.end + 60]:
        return True
    return text[max(0, span.start - 4):span.start] == " on " and \
        span.text.lower() in vocabulary().networks


#: A number right after a list item is the item's own ("Avenue 5, Doom Patrol and ..."): a list
#: of shows gives no season numbers without the word "season".
_ITEM_NUMBER_RE = re.compile(r" \d{1,3}(?=[,;]| and | & |$)")


def _list_joint(text: str, spans: Sequence[Span], left: int, right: int) -> bool:
    """The text between two spans separates items of one list."""
    gap = list_gap(text, spans[left].end, spans[right].start)
    number = _ITEM_NUMBER_RE.match(gap)
    return bool(LIST_GAP_RE.match(gap[number.end():] if number else gap))


def _before_clause(text: str, spans: Sequence[Span], run: Sequence[int],
                   cued: int = -1) -> list[int]:
    """``run`` without its last item when that item opens a clause of its own after ", and" /
    "and" ("Kestrel renewed Salt Road and Copper Vale, and Tovrel Entertainment President
    Jane Doe said ...": the last run is the new clause's subject, no show; rule
    ``title.span.list_ends_before_clause``, ``lists.list_ends_before_clause``); never the
    span ``cued`` a status cue found itself."""
    if len(run) < 2 or run[-1] == cued or not list_ends_before_clause(
            text, spans[run[0]].start, text[spans[run[-2]].end:spans[run[-1]].start],
            spans[run[-1]].end):
        return list(run)
    rules.check("title.span.list_ends_before_clause")  # a span rule: --explain shows it
    return list(run[:-1])


def _add_list(text: str, spans: Sequence[Span], run: Sequence[int],
              add: Callable[..., None], body: bool = True,
              vouched: set[str] | None = None, cue: str = "governed_list",
              kind_listed: set[str] | None = None,
              all_listed: set[str] | None = None,
              object_listed: set[str] | None = None) -> None:
    """Every item of a list a status phrase governs, unless most items name something else
    (a list of networks, places or people). A number alone is an item too ("lost 1899, Dark
    and ...") when some other item is a word title. When two items or more are plain titles,
    the others go in ``vouched``: listed among shows, a name or a place is a show too
    ("killed off Dynasty, Charmed, Roswell, New Mexico and Naomi")."""
    mids = {j: body and mid_sentence(text, spans[j].start) for j in run}
    titles = [clean_title(spans[j].text, mid=mids[j]) for j in run]
    verdicts = [judge(t, strong=False) for t in titles if t]
    headed = kind_listed is not None and kind_headed(text, spans[run[0]].start,
                                                     spans[run[-1]].end)
    decided = not headed and all_listed is not None and _all_decided_list(text, spans, run)
    placed = set() if headed or decided or vouched is None else \
        _decided_places_after_titles(text, spans, run)
    named = set() if headed or decided or object_listed is None else \
        _decided_object_names(text, spans, run, mids)
    if not verdicts or (not (headed or decided or placed or named)
                        and sum(not v.kept for v in verdicts) * 2 > len(verdicts)):
        return
    if vouched is not None:
        vouched.update(placed)  # "renewed Salt Road, Lisbon and Havana": shows (round 32)
    if named and object_listed is not None:  # "cancelled Hazel, Louis and Rosa" (round 41)
        object_listed.update(named)
    if decided and all_listed is not None:  # "A, B and C have all been renewed" (round 30)
        all_listed.update(_kind_listed_items(text, spans, run))
        for word in _kind_listed_time_words(text, spans, run):
            add(word, strong=True, cue=cue)
    if headed and kind_listed is not None:  # "cancelled four shows: A, B and C" (round 29)
        kind_listed.update(_kind_listed_items(text, spans, run))
        for word in _kind_listed_time_words(text, spans, run):
            add(word, strong=True, cue=cue)  # "four shows: A, Winter and B": a lone "Winter"
    for word in ([] if not body or headed or decided else
                 _decided_list_calendar_items(text, spans, run, verdicts)):
        rules.check("title.keep.decided_list_calendar_item")  # --explain shows it
        add(word, strong=True, cue=cue)  # "renewed A, Winter and B", "A, Friday and B have"
    tails = _inner_time_tails(text, spans, run)
    for part in tails:
        add(part, mid=True, time_tail=True, cue=cue)  # "A, Mabel Tuesday and B" (round 31)
    if vouched is not None:
        parts = [clean_title(part) for _, part in _list_parts(spans, run)] + [
            clean_title(part, mid=True, time_tail=True) for part in tails]
        judged = [judge(p, strong=False) for p in parts if p]
        if sum(v.kept for v in judged) >= 2:
            vouched.update(v.title for v in judged if not v.kept and v.rule in _VOUCHABLE)
    fronted = _fronted_word(text, spans, run, body)
    for j in run:
        if j == run[0] and fronted:
            continue  # "Next, Glass Harbor will return": an adverb, no list's item
        if _is_counted_number(text, spans[j]):
            rules.note_span(spans[j].text, "title.span.count_no_item")  # --explain shows it
            continue  # "..., taking it past 100 episodes": a count, no list's item
        raw = spans[j].text
        number = _ITEM_NUMBER_RE.match(text, spans[j].end)
        if number and j != run[-1]:
            add(raw, strong=True, number=number.group(0).strip(), mid=mids[j],
                cue=cue)
            continue
        if j == run[-1] and not fronted and text[spans[j - 1].end:spans[j].start
                                                 ].strip().startswith(",") and \
                not _JOINT_IN_GAP_RE.search(text, spans[j - 1].end, spans[j].start):
            for part in _last_items(raw, _AND_SPLIT_RE if body else _TITLE_CASE_AND_SPLIT_RE):
                add(part, mid=mids[j], cue=cue)
        else:
            before = text[max(0, spans[j].start - 12):spans[j].start]
            # "in 2019" is a year; "the reboot of 4400" an item (a number no year can be)
            add(raw, mid=mids[j], numeric=bool(text[:spans[j].start].strip())
                and not (_YEAR_CONTEXT_RE.search(before) and _YEAR_RE.match(raw.strip())),
                cue=cue)


#: A count noun right after a number ("100 episodes", "2 million viewers", "50 hours"):
#: the number counts something, it names no show.
_COUNT_NOUN_AFTER_RE = re.compile(
    r"\s{1,3}(?:(?:million|thousand|more|new|total|straight|consecutive)\s{1,3})?"
    r"(?:episodes?|eps\b|instal(?:l)?ments|chapters|seasons?|series|hours|minutes|viewers|"
    r"people|fans|votes|countries|markets|territories|shows|titles|nominations|awards|"
    r"years|weeks|days|months)\b", re.I)


def _is_counted_number(text: str, span: Span) -> bool:
    """``span`` is a number alone a count noun follows ("past 100 episodes", "to 120
    episodes"): a quantity the sentence tells, never a list's item (rule
    ``title.span.count_no_item``); "1899" or "4400" alone stays an item."""
    return span.text.strip().isdigit() and \
        _COUNT_NOUN_AFTER_RE.match(text, span.end) is not None


def _decided_places_after_titles(text: str, spans: Sequence[Span],
                                 run: Sequence[int]) -> set[str]:
    """The places among the items of a list a decision governs (``lists.decision_governs_list``)
    where a kept title of two words or more, no place itself, stands right before a place with
    a comma ("renewed Salt Road, Lisbon and Havana"; the span rule
    ``title.span.governed_listed_pair`` cut the pair): the decision's list is one of shows, so
    its places are shows too, however many they are (round 32). Two towns side by side
    ("renewed Lisbon, Havana and Lantern House", ``title.span.listed_towns``) count as well
    where a plain title of two words or more is among the items, or the list has three items
    or more and a decision right before it (round 34: "renewed Lisbon, Havana and Dallas").
    None else."""
    vocab = vocabulary()
    places = vocab.places

    def plain_title(j: int, part: str) -> bool:
        """``part`` (of span ``j``) is a kept title of two words or more, no place."""
        if len(part.split()) < 2 or part.strip().lower() in places:
            return False
        title = clean_title(part, mid=mid_sentence(text, spans[j].start))
        return title is not None and judge(title, strong=False).kept

    parts = _list_parts(spans, run)
    found = towns = False
    for (j, part), (k, nxt) in zip(parts, parts[1:], strict=False):
        low = nxt.strip().lower()
        if j == k or low not in places or text[spans[j].end:spans[k].start] != ", ":
            continue
        if plain_title(j, part):
            found = True
            break
        if part.strip().lower() in places and low not in vocab.regions and \
                part.strip().lower() not in vocab.regions:
            towns = True  # "Lisbon, Havana": two towns, two items (``title.span.listed_towns``)
    if towns and not found:  # a town pair counts where a plain title is listed with it, or
        # in a list of three items or more (round 34: "renewed Lisbon, Havana and Dallas": a
        # decision's list of towns and nothing else, where "Lisbon, Havana" alone may be a
        # town and its country)
        found = any(plain_title(j, part) for j, part in parts) or len(parts) >= 3 and \
            decision_governs_from_before(text, spans[run[0]].start)
    if not found or not decision_governs_list(text, spans[run[0]].start, spans[run[-1]].end):
        return set()
    return {t for _, part in parts if part.strip().lower() in places
            if (t := clean_title(part, mid=True))}


def _list_parts(spans: Sequence[Span], run: Sequence[int]) -> list[tuple[int, str]]:
    """A governed list's items as (span index, text), the last span split at its own "and" /
    "&" ("A, B and C": A, B, C): how the list's vouching and its kind heading read them."""
    return [(j, part) for j in run for part in (
        _last_items(spans[j].text, _AND_SPLIT_RE) if j == run[-1] else [spans[j].text])]


def _kind_listed_items(text: str, spans: Sequence[Span], run: Sequence[int]) -> list[str]:
    """The titles of a list a plural kind of show heads (``lists.kind_headed``): each item
    cleaned as ``_add_list`` adds it, the last one split at its own "and" / "&"; an inner
    item ending on a month or a day with that word (``_inner_time_tails``)."""
    out = []
    for j, part in _list_parts(spans, run):
        title = clean_title(part, mid=mid_sentence(text, spans[j].start))
        if title:
            out.append(title)
    out.extend(t for part in _inner_time_tails(text, spans, run)
               if (t := clean_title(part, mid=True, time_tail=True)))
    return out


def _inner_time_tails(text: str, spans: Sequence[Span], run: Sequence[int]) -> list[str]:
    """The inner items of a governed list (neither its first nor its last) of two words or
    more that end on a month or a day whose date reading yields to the list
    (``dates.named_calendar_word``'s ``date.calendar_word_ends_list_item``): "Havana, Mabel
    Tuesday and Lantern House" — the list goes on after the word with its joiners, so the word
    ends the item's title, not the sentence's time (round 31)."""
    parts = _list_parts(spans, run)
    out = []
    for _, part in parts[1:-1]:
        words = part.split()
        if len(words) >= 2 and words[-1].lower() in _TIME_TAILS and \
                words[-1][:1].isupper() and all(w[:1].isupper() for w in words):
            rules.check("title.span.list_item_time_tail")  # a span rule: --explain shows it
            out.append(part.strip())
    return out


def _kind_listed_time_words(text: str, spans: Sequence[Span], run: Sequence[int]) -> list[str]:
    """The items of a kind-headed list that are one calendar word alone ("Winter", "Friday",
    "August"), which ``clean_title`` cuts as the sentence's time unless told they are titles:
    the heading tells it."""
    out = []
    for j, part in _list_parts(spans, run):
        word = part.strip()
        if " " not in word and clean_title(word, mid=mid_sentence(text, spans[j].start)) \
                is None and clean_title(word, strong=True) is not None:
            out.append(word)
    return out


#: The vetoes of a name's look a list headed by a plural kind of show overrules (round 29):
#: the heading says what the item is, its look says nothing more.
_KIND_LIST_YIELDS = frozenset({"title.veto.person_name", "title.veto.place",
                               "title.veto.first_name_or_initials", "title.veto.holiday"})


def kind_listed_kept(verdicts: Sequence[Verdict], kind_listed: Collection[str]) -> list[Verdict]:
    """``verdicts`` with the look vetoes of a kind-headed list's items lifted ("Tovrel
    cancelled the shows Lisbon, Martha and Rosa Hazel": the three are shows) (rule
    ``title.keep.kind_list``)."""
    if not kind_listed:
        return list(verdicts)
    return [Verdict(v.title, True, rules.check("title.keep.kind_list"))
            if not v.kept and v.title in kind_listed and v.rule in _KIND_LIST_YIELDS else v
            for v in verdicts]


def _all_decided_list(text: str, spans: Sequence[Span], run: Sequence[int]) -> bool:
    """A list of three items or more, the subject of a decision with a season that "all",
    "each" or "both" gives every item (``lists.all_decided``, round 30)."""
    return len(_list_parts(spans, run)) >= 3 and all_decided(
        text, spans[run[0]].start, spans[run[-1]].end)


def _decided_list_calendar_items(text: str, spans: Sequence[Span], run: Sequence[int],
                                 verdicts: Sequence[Verdict]) -> list[str]:
    """The lone calendar words ("Winter", "Friday", "October") among the items of a list a
    decision governs (``lists.decision_governs_list``: its object right after the decision,
    its subject right before a status, or "all"-decided), one item at least a plain title, no
    people's verb after it: each is a show's name, not the sentence's time ("Kestrel renewed
    Salt Road, Winter and Copper Vale", "Salt Road, Friday and Copper Vale have been renewed")
    (rule ``title.keep.decided_list_calendar_item``, round 41, r41names2). Only where the
    items stand joined by list joiners alone (``lists.LIST_JOINER_RE``): "Power, the network
    announced Wednesday" is no list, "April 7, Havana" no lone word. The first item only
    right after the decision: "Following its premiere in January, Glass Harbor was renewed"
    dates the premiere."""
    if not all(LIST_JOINER_RE.fullmatch(text, spans[a].end, spans[b].start)
               for a, b in zip(run, run[1:], strict=False)) or not any(
            v.kept for v in verdicts) or not decision_governs_list(
            text, spans[run[0]].start, spans[run[-1]].end) or people_after_list(
            text, spans[run[-1]].end):
        return []
    words = _kind_listed_time_words(text, spans, run)
    first = _list_parts(spans, run)[0][1].strip()
    if words and words[0] == first and not decision_governs_from_before(
            text, spans[run[0]].start):
        words = words[1:]
    return words


def _decided_object_names(text: str, spans: Sequence[Span], run: Sequence[int],
                          mids: Mapping[int, bool]) -> set[str]:
    """The items a name's look vetoes in a list of three items or more that a decision right
    before it takes as its object ("Kestrel has cancelled Hazel, Louis, Rosa and The Weekend",
    ``lists.decision_governs_from_before`` and ``decision_governs_list``): a decision's object
    is a show, whatever the words of its name, so a first name, a person's name, a place or a
    holiday among the items is a show (rule ``title.keep.decided_object_list``, round 41). None
    where an item is vetoed for anything else (a network, a role, a common word), nor where no
    item is a plain title: a list of names and places only stays people and places
    (``tests/test_structure.py``). Only where the items stand joined by list joiners alone
    (``lists.LIST_JOINER_RE``): "renewed Salt Road, filmed in Lisbon, and Havana" lists two
    shows, not the place one is filmed in."""
    parts = _list_parts(spans, run)
    if len(parts) < 3 or not all(LIST_JOINER_RE.fullmatch(text, spans[a].end, spans[b].start)
                                 for a, b in zip(run, run[1:], strict=False)) or \
            not decision_governs_from_before(text, spans[run[0]].start) or \
            not decision_governs_list(text, spans[run[0]].start, spans[run[-1]].end) or \
            people_after_list(text, spans[run[-1]].end):
        return set()
    named = set()
    plain = False
    for j, part in parts:
        title = clean_title(part, mid=mids.get(j, True))
        if title is None:
            return set()
        verdict = judge(title, strong=False)
        if verdict.kept:
            plain = True
            continue
        if verdict.rule not in _KIND_LIST_YIELDS:
            return set()
        named.add(title)
    return named if plain else set()  # names and places only stay people and places


def object_listed_kept(verdicts: Sequence[Verdict], object_listed: Collection[str]
                       ) -> list[Verdict]:
    """``verdicts`` with the look vetoes of a decision's object list's items lifted
    ("Kestrel has cancelled Hazel, Louis, Rosa and The Weekend": the four are shows) (rule
    ``title.keep.decided_object_list``, round 41)."""
    if not object_listed:
        return list(verdicts)
    return [Verdict(v.title, True, rules.check("title.keep.decided_object_list"))
            if not v.kept and v.title in object_listed and v.rule in _KIND_LIST_YIELDS else v
            for v in verdicts]


def all_listed_kept(verdicts: Sequence[Verdict], all_listed: Collection[str]) -> list[Verdict]:
    """``verdicts`` with the look vetoes of an "all"-decided subject list's items lifted
    ("Martha Gus, Lisbon, Rosa Hazel and Salt Road have all been renewed for new seasons":
    the four are shows) (rule ``title.keep.all_decided_list``, round 30)."""
    if not all_listed:
        return list(verdicts)
    return [Verdict(v.title, True, rules.check("title.keep.all_decided_list"))
            if not v.kept and v.title in all_listed and v.rule in _KIND_LIST_YIELDS else v
            for v in verdicts]


#: The vetoes a governed list of shows overrides for its other items.
_VOUCHABLE = frozenset({"title.veto.person_name", "title.veto.place",
                        "title.veto.first_name_or_initials"})


#: A headline that opens with a title, then what the news is about it (round 9b): its season
#: ("Glass Harbor Season 3 Premiere Date Set", "Ironvale: The Reckoning: Season 2 Begins
#: Filming", "Exclusive: X Season 2 ..."), a shoot ("X Wraps Filming", "X Begins Production"), a
#: date ("X Sets Premiere Date", "X Gets Season 2 Release Date"), a status told after it ("Why
#: X Was Cancelled", "X Is Ending", "X Will Return"), its people ("X Star Teases ...", "X
#: Creator Talks ..."), or a guide's labels after a colon ("X: Cast, Release Date, Trailer").
#: The title runs non-greedily up to the first such tail, so a title's own colon stays in it.
_HEADLINE_SEASON_LEAD_RE = re.compile(
    r"^\s{0,3}[‘'\"“]?(?P<t>[A-Z0-9][^\n\"“”‘’]{0,60}?)[’'\"”]?(?:"
    r":?\s{1,3}(?:Season|Series|S)\s{0,3}\d{1,2}\b"
    r"|\s{1,3}(?i:(?:has\s{1,3}|have\s{1,3}|officially\s{1,3}|to\s{1,3})?(?:wraps?|wrapped|"
    r"begins?|began|starts?|started|kicks?\s{1,3}off|resumes?|commences?)\s{1,3}(?:filming|"
    r"production|shooting|principal\s{1,3}photography|the\s{1,3}shoot)\b)"
    r"|\s{1,3}(?i:(?:sets?|gets?|lands?|announces?|reveals?|confirms?|unveils?)\s{1,3}"
    r"(?:(?:its|a|an|new|final|official|season\s{1,3}\d{1,2}|series\s{1,3}\d{1,2})\s{1,3})"
    r"{0,3}(?:premiere|release|return|launch|debut|air)\s{1,3}date"
    # "X Sets March Return", "X Eyes Summer 2031 Premiere", "X Sets Early Fall Debut"
    r"|(?:sets?|eyes?|plots?|announces?|confirms?|gets?|lands?)\s{1,3}(?:(?:a|an|its|early|"
    r"late|mid)[\s-]{1,3})?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|spring|summer|fall|autumn|winter|(?:19|20)\d\d)(?:\s{1,3}"
    r"(?:19|20)\d\d)?\s{1,3}(?:return|premiere|debut|launch|release|bow))\b"
    r"|\s{1,3}(?i:(?:(?:is|was|has|have|had|been|gets?|got|officially|will|be)\s{1,3}){1,3}"
    r"(?:renewed|cancell?ed|canceled|axed|scrapped|recommissioned|ending|returning|back|"
    r"coming\s{1,3}back|end|return)|(?:to|will)\s{1,3}(?:end|return|premiere)|is\s{1,3}over"
    r"|(?:won['’]?t|will\s{1,3}not|not)\s{1,3}(?:return|be\s{1,3}back|coming\s{1,3}back)\w*"
    r"|comes?\s{1,3}to\s{1,3}an\s{1,3}end|ends?\s{1,3}(?:its|after|with)|returns|premieres|debuts"
    r"|(?:gets?|lands?|scores?|earns?|nabs?|secures?)\s{1,3}(?:(?:a|an|its|another|\w{3,8})"
    r"\s{1,3}){0,2}(?:season|series|renewal)"
    r"|(?:filming|production|shooting)\s{1,3}(?:begins|starts|wraps|underway|is\s{1,3}underway))\b"
    r"|\s{1,3}(?:Star|Stars|Cast|Creator|Creators|Showrunner|Showrunners|Boss|EP)\s{1,3}"
    r"(?=[A-Z])(?!(?:Season|Series|S\d|Joins|Rejoins|Boards|Exits|Leaves)\b)"
    r"|:\s{1,3}(?i:cast|release\s{1,3}date|premiere\s{1,3}date|trailer|plot|everything|"
    r"what\s{1,3}we\s{1,3}know|episodes?|spoilers|news|renewed|cancell?ed|canceled)\b)")
#: Words that open a headline's question or round-up, never a title ("Everything We Know ...").
_HEADLINE_OPENERS = frozenset(
    "everything what when where why how who here here's heres all every this these our your "
    "will is are does did can could should would".split())
#: Words a headline may put before the title it is about ("Why X Was Cancelled", "When Does X
#: Return"), dropped from the front of the title.
_HEADLINE_ASKS = frozenset("why how when does did will is has".split())
_PREPOSITIONS = frozenset("about for of in on to with from into at by after before".split())
#: Words of a headline's news before a preposition and the title ("Cameras Roll on X Season 2",
#: "First Look at X Season 2", "Filming Begins on X Season 2"): the title is after them.
_HEADLINE_NEWS_WORDS = frozenset(
    """roll rolls rolling begins begin began starts start started underway look peek glimpse
    update updates news details trailer teaser filming production shooting cameras plug wraps
    wrap wrapped set sets ordered orders renewed cancelled canceled confirmed""".split())
#: Status words a headline may put before a colon as its label ("Renewed: X Returns ...").
_HEADLINE_STATUS_LABELS = frozenset(
    "renewed cancelled canceled axed ending ended confirmed official it's its sneak".split())


def _is_headline_label(label: str) -> bool:
    """The words before a headline's colon are a label, not a title ("Exclusive", "First
    Look", "It's Official", "Renewed")."""
    words = label.lower().replace("’", "'").split()
    return bool(words) and all(w in _HEADLINE_LABELS or w in _HEADLINE_STATUS_LABELS
                               for w in words)


def _headline_season_lead(headline: str) -> str | None:
    """The title a headline opens with, right before what the news is about it ("Glass Harbor
    Season 3 ...", "Why Glass Harbor Was Cancelled", "HBO's Glass Harbor Sets Premiere Date"):
    a title the body may only call "the drama". None when the words before it are no title's
    (a question, a verb phrase, a preposition's object, a lower-case word)."""
    match = _HEADLINE_SEASON_LEAD_RE.match(headline)
    if not match:
        return None
    return headline_title(match.group("t"))


#: A headline's opening words and a dash before the words right before its season: one
#: title with its subtitle ("Glass Harbor - The Long Tide Anime's 2nd Season ...").
_DASH_LEAD_RE = re.compile(r"^\s{0,3}[‘'\"“]?([A-Z][^-–—:;,|]{0,50}?)\s[-–]\s$")
#: The kind of show a headline may put between a title and its season ("X Anime's 2nd
#: Season", "TV Anime X Season 2"): no word of the title.
_HEADLINE_GENRE_WORDS = ("TV Anime ", "Anime ")


def _headline_season_title(headline: str, span: Span) -> str | None:
    """The title of a headline span right before a season phrase, where the headline puts a
    show: at its start (after a label), after its verb ("HBO Sets |X Season 2"), a question
    word ("Reveals When X Season 2") or a news phrase's preposition ("Trailer for |X Season
    2"). After any other word, or after a colon that closes no label ("'A' Cancelled: Viewers
    React To Word Season 4 ..."), the run is the headline's words."""
    before = headline[:span.start].rstrip()
    raw = span.text
    dash = _DASH_LEAD_RE.match(headline[:span.start])
    if dash and all(_is_cap(w) or w in TITLE_CONNECTORS for w in dash.group(1).split()):
        raw, before = f"{dash.group(1)} - {raw}", ""
    if before:
        prev = before.split()[-1].strip(_LEAD_PUNCT + _TRAIL_PUNCT).lower()
        if before.endswith(":"):
            label = before[:-1].strip()
            if not _is_headline_label(label.split(":")[-1].strip()):
                return None
        elif before[-1:] in "-–—|" or not (
                prev in _BREAK_WORDS or prev in _PREPOSITIONS or prev in _HEADLINE_ASKS
                or prev in _HEADLINE_INNER_VERBS
                or prev.replace("’", "'") in ("here's", "heres")):
            return None
    for genre in _HEADLINE_GENRE_WORDS:
        if raw.startswith(genre) and len(raw) > len(genre):
            raw = raw[len(genre):]
        if raw.endswith(" " + genre.strip()):
            raw = raw[:-len(genre)]
    return headline_title(raw)


#: Lower-case words that tell a headline's opening name is what the news is about: a status
#: verb, an auxiliary, the season, the show's production or people ("X reportedly renewed
#: ...", "X production paused ...", "X reboot gets canceled ...", "X to film S2 ...", "X star
#: confirms ...", "X late-night talk show cancelled").
_SUBJECT_TAIL_WORDS = frozenset(
    """renewed renews cancelled canceled cancels axed axes scrapped ends ending ended returns
    returning return premieres premiering premiered debuts debuting wraps wrapped begins began
    starts started resumes halted paused postponed delayed is was has have will won't wont to
    gets got lands scores season production filming shooting cameras star stars creator
    creators showrunner showrunners cast reboot revival reportedly officially finally first
    second third fourth fifth sixth final new late-night talk""".split())
#: (Not a kind of show, a spinoff or a sequel: "Franchise series X ...", "Film sequel wraps":
#: the name before them is another work's.)


def _headline_subject(headline: str, spans: Sequence[Span]) -> str | None:
    """The name a headline opens with (after a label) when a lower-case word of its news
    follows it ("X reportedly renewed for season 4", "X production paused", "X to film S2 in
    Scotland"): a sentence-case headline's subject, which capitals alone do not mark off."""
    start = 0
    label = re.match(r"\s{0,3}([^:]{1,30}):\s", headline)
    if label and _is_headline_label(label.group(1)):
        start = label.end()
    first = next((sp for sp in spans if sp.start >= start), None)
    if first is None or headline[start:first.start].strip(_LEAD_PUNCT + " ") or \
            ":" in first.text:
        return None  # a colon's head is the lead line's to read ("X: Season 2 ...")
    tail = re.match(r"[’'\"”]?\s{1,3}([a-z][\w’'-]*)", headline[first.end:first.end + 40])
    if not tail or tail.group(1).replace("’", "'") not in _SUBJECT_TAIL_WORDS:
        return None
    return headline_title(first.text)


#: Kinds of show a headline puts between a network and the title ("HBO Drama X Returns").
_HEADLINE_KIND_WORDS = frozenset(
    """drama dramas series comedy comedies sitcom thriller show docuseries dramedy anime
    procedural original originals""".split())


#: Words that open a headline's fronted phrase before a comma or a question mark, the show
#: after it ("From the Makers of X, Night Ferry Premieres ...", "Like X? Night Ferry ...").
_FRONTED_OPENERS = frozenset(
    "from after like unlike following before despite amid alongside ahead since".split())


def headline_title(raw: str) -> str | None:
    """The title in a headline's words before what the news is about it, without the label,
    the news phrase, the question word or the network's possessive before it; None when a
    word of it is no title's (a verb, a lower-case word, an opener)."""
    raw = raw.strip().strip("'\"‘’“”")  # "'Ward 13' Season 2": the title inside its quotes
    audience = re.search(r"\s(?:Fans|fans)['’]?(?=$|[,:;!?])", raw)
    if audience:  # "Good News, Glass Harbor Fans: Season 2 ...": the show, not its fans
        raw = raw[:audience.start()]
        lead = _AUDIENCE_NEWS_RE.match(raw)
        raw = raw[lead.end():] if lead else raw
    for mark in (", ", "? "):
        front, sep, after = raw.partition(mark)
        if sep and after and front.split()[:1] and front.split()[0].lower() in _FRONTED_OPENERS:
            raw = after  # "From the Makers of X, |Night Ferry ...", "Like X? |Night Ferry ..."
    label, colon, rest = raw.partition(": ")
    if colon and _is_headline_label(label):
        raw = rest  # "Exclusive: Glass Harbor Season 3", "It's Official: Glass Harbor ..."
    words = raw.split()
    for n in (3, 2, 1):
        if len(words) > n + 1 and _network_words(words[:n]) and \
                words[n].lower() in _HEADLINE_KIND_WORDS:
            raw = " ".join(words[n + 1:])  # "HBO Drama Glass Harbor Returns": its packaging
            break
    words = raw.split()
    described = next((n for n in range(len(words) - 2, 0, -1)
                      if _describes_the_next_title(words, n) or (
                          words[n].lower() in _HEADLINE_INNER_VERBS and words[n + 1][:1].isupper())
                      ), None)
    if described is not None:  # "X Spinoff |Night Ferry", "X Creator's |Night Ferry", "X Star
        # Joins |Night Ferry": what the title after it is, whose, or a verb before it
        raw = " ".join(words[described + 1:])
    phrase = _lead_phrase_end(raw.split(), False)
    if phrase is not None:  # "Jane Doe Cast in |Night Ferry", "Curtains For |Night Ferry"
        raw = " ".join(raw.split()[phrase[0]:])
    lowered = raw.lower().split()
    news = next((n for n, w in enumerate(lowered) if w in _HEADLINE_NEWS_WORDS), None)
    if news is not None:
        cut = next((n for n in range(news + 1, len(lowered) - 1)
                    if lowered[n] in _PREPOSITIONS), None)
        if cut is not None:
            raw = " ".join(raw.split()[cut + 1:])  # "Cameras Roll on |Glass Harbor Season 2"
    while True:
        first, _, rest = raw.partition(" ")
        owner = _POSSESSIVE_RE.sub("", first)
        if rest and (first.lower() in _HEADLINE_ASKS or (
                owner != first and owner.lower() in vocabulary().networks) or (
                first.lower().replace("’", "'") in ("here's", "heres")
                and rest.split()[0].lower() in _HEADLINE_ASKS)):
            raw = rest  # "Why Glass Harbor ...", "HBO's Glass Harbor ...", "Here's When ..."
            continue
        break
    raw = raw.strip("'\"‘’“”")  # "When Does 'Ward 13' ...": the title inside its quotes
    words = [w.strip(_LEAD_PUNCT + _TRAIL_PUNCT) for w in raw.split()]
    words = [w for w in words if w and w not in ("-", "–")]  # a subtitle's dash
    if not words or words[0].lower() in _HEADLINE_OPENERS or \
            words[-1].lower() in _PREPOSITIONS or words[-1].lower() in _SMALL_TITLE_WORDS or any(
                w.lower() in _BREAK_WORDS or w.lower() in _HEADLINE_VERB_WORDS
                or not (_is_cap(w) or w.lower() in TITLE_CONNECTORS or (
                    w.isdigit() and n > 0)) for n, w in enumerate(words)):
        return None
    return raw


_HEADLINE_LEAD_RE = re.compile(r"^\s{0,3}[‘'\"“]?(?P<t>[A-Z0-9][^:]{1,60}?)[’'\"”]?:\s")
#: Words that lead a headline without being a title ("Exclusive: ...").
_HEADLINE_LABELS = frozenset(
    """exclusive breaking update updated watch review recap report interview video photos
    first look trailer teaser opinion analysis explainer preview spoilers spoiler q&a poll
    quiz listen podcast ratings box office tv news""".split())
#: Whose possessive before a name proposes it as a title ("Hulu's Glass Harbor").
POSSESSIVE_OWNERS = ("network", "person")
_SLUG_SPLIT_RE = re.compile(r"[-_+.~]+")
_SLUG_NOISE = frozenset("html htm php asp aspx amp index story article news".split())


def slug_words(url: str) -> tuple[str, ...]:
    """The words of a URL's slug ("/tv/salt-road-renewed-season-2-1234567890/" ->
    salt road renewed season 2): the path segment with the most hyphenated words."""
    if not url:
        return ()
    path = urlsplit(url).path
    best: list[str] = []
    for segment in path.split("/"):
        words = [w for w in _SLUG_SPLIT_RE.split(segment.lower())
                 if w and w not in _SLUG_NOISE and not (w.isdigit() and len(w) > 4)]
        if len(words) > len(best) and "-" in segment:
            best = words
    return tuple(best)


#: Slug words that say the words before them name a show ("salt-road-renewed-season-2").
_SLUG_STATUS_AFTER = frozenset(
    """renewed renews renewal cancelled canceled cancels cancellation axed season seasons series
    premiere premieres premiering premiered returns return returning filming wraps wrapped
    begins production ending ends final""".split())
#: ... and the words after them ("netflix-renews-glass-harbor").
_SLUG_STATUS_BEFORE = frozenset("renews cancels axes orders renew cancel axe".split())


def _in_slug(title: str | None, slug: Sequence[str]) -> bool:
    """The title's words stand together in the slug, next to a status or season word, as a
    headline would put them ("salt-road-renewed-for-season-2": Salt Road)."""
    if not title:
        return False
    words = normalise_title(title).split()
    if not words or (len(words) == 1 and len(words[0]) < 4) or words[0] not in slug:
        return False
    size = len(words)
    networks = vocabulary().networks
    for i in range(len(slug) - size + 1):
        if list(slug[i:i + size]) != words:
            continue
        # the whole phrase: not the end of a longer name ("amy-schumer-season-5": not Schumer)
        starts = i == 0 or slug[i - 1] in _SLUG_STATUS_BEFORE or slug[i - 1] in networks or \
            slug[i - 1] in ("the", "and", "a") or slug[i - 1].rstrip("s") in networks
        if starts and ((i + size < len(slug) and slug[i + size] in _SLUG_STATUS_AFTER)
                       or (i > 0 and slug[i - 1] in _SLUG_STATUS_BEFORE)):
            return True
    return False


def _spelled_in_slug(title: str, slug: Sequence[str]) -> bool:
    """The title's words stand together anywhere in the slug."""
    words = normalise_title(title).split()
    size = len(words)
    return bool(words) and any(list(slug[i:i + size]) == words
                               for i in range(len(slug) - size + 1))


#: A number after these is a year, never a title ("in 1899").
_YEAR_CONTEXT_RE = re.compile(
    r"(?i)(?:\b(?:in|of|since|by|from|until|till|before|after|during|year|years|circa|spring|"
    r"summer|fall|autumn|winter|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)\s{0,3}$")


#: The verdicts of the last discover_titles call (read by ``monitor extract --explain``).
_LAST_VERDICTS: list[Verdict] = []


def last_verdicts() -> list[Verdict]:
    """Why each title candidate of the last article was kept or dropped."""
    return list(_LAST_VERDICTS)


_PERSON_VERB_AFTER_RE = cue_patterns().speech_after
_PERSON_ROLE_BEFORE_RE = cue_patterns().role_before
_WORD_AFTER_RE = re.compile(r"\w")


def _boundary(text: str, position: int) -> bool:
    """True where the regex ``\\b`` would match."""
    before = position > 0 and _WORD_AFTER_RE.match(text, position - 1) is not None
    after = _WORD_AFTER_RE.match(text, position) is not None
    return before != after


#: Right before a name, a group of people whose work it is ("the cast of X said", "the
#: crew of X celebrated"): the group speaks, the name is their show (round 19, s19left).
_GROUP_OF_BEFORE_RE = re.compile(
    r"\b(?:cast|crew|team|makers|creators|producers|writers|writers' room|stars|fans) of "
    r"(?:the )?$")


def _looks_like_person(title: str, text: str) -> bool:
    """A name the text uses like a person's ("X said", "star X") is not a show."""
    if len(title.split()) not in (2, 3) or not all(w[:1].isupper() for w in title.split()):
        return False
    low, key = text.lower(), title.lower()
    # Each place the name occurs (any case), the words after or before it.
    at = low.find(key)
    while at >= 0:
        end = at + len(key)
        if _PERSON_VERB_AFTER_RE.match(low, end) and \
                not _GROUP_OF_BEFORE_RE.search(low, max(0, at - 30), at):
            return True
        if _boundary(low, end) and _PERSON_ROLE_BEFORE_RE.search(low, max(0, at - 40), at):
            return True
        at = low.find(key, at + 1)
    return False


def _joined_known(title: str, known: set[str], persons: Collection[str] = ()) -> list[str]:
    """["Jessica Jones", "The Defenders"] for "Jessica Jones in The Defenders"."""
    match = re.fullmatch(r"(.*?\S)\s+(?:in|of|with|for|on|and|&)\s+(.+)", title)
    if not match:
        return []
    left, right = match.group(1), match.group(2)
    if re.search(r"\swith\s", title[len(left):len(left) + 7]) and _host_like(right, persons):
        return []  # "Last Week Tonight with John Oliver": a host's name ends the title
    if (left in known and right in known) or (left in known and right.startswith("The ")):
        return [left, right]
    return []


def _person_like(name: str) -> bool:
    """Two or three capitalised words that read as a person's name ("John Oliver")."""
    words = name.split()
    return 2 <= len(words) <= 3 and possessor_is_not_title(words) and \
        name.lower() not in vocabulary().networks


def _host_like(name: str, persons: Collection[str] = ()) -> bool:
    """The name after a show's "with" is its host's: it reads as a person's name by the lists
    ("John Oliver"), or the article writes it as a person's (``persons``: "host Wren Talley",
    "Wren Talley said"), whatever its words (round 39, ``title.span.host_named``)."""
    return _person_like(name) or (name in persons and 2 <= len(name.split()) <= 3)


def _without_place_tail(titles: list[str]) -> list[str]:
    """"The Iron Crown in Prague" is The Iron Crown and where it films, when the text
    names the show on its own too; "Emily in Paris" stays whole (no "Emily" is a title)."""
    known = set(titles)
    places = vocabulary().places
    out: dict[str, None] = {}
    for title in titles:
        head, sep, tail = title.rpartition(" in ")
        place = tail.lower().removeprefix("the ")
        out.setdefault(head if sep and head in known and place in places else title, None)
    return list(out)


def _split_joined(titles: list[str], whole: Collection[str] = (),
                  persons: Collection[str] = ()) -> list[str]:
    """Split "Luke Cage and Daredevil" when a part is itself a discovered title, or when the
    left part has several words ("The Ferry and Rope"); "Salt and Pepper" stays whole, and so
    does a title in ``whole`` (one show by its sentence's grammar) and a host's show ("X with
    <a name ``persons`` holds>")."""
    known = set(titles)
    out: dict[str, None] = {}
    for title in titles:
        if title in whole:
            out.setdefault(title, None)
            continue
        pair = _and_title_split(title) if title.count(" and ") == 2 else None
        if pair:
            for part in pair:  # "Love and Other Storms and Red Kettle": two shows
                cleaned_part = clean_title(part, mid=True)
                if cleaned_part:
                    out.setdefault(cleaned_part, None)
            continue
        parts = re.split(r"(?<!\s)\s+(?:and|&)\s+(?=[A-Z])", title)
        cleaned = [clean_title(p) for p in parts]
        first = re.split(r"(?<!\s)\s+and\s+(?=[A-Z])", title, maxsplit=1)
        if len(first) == 2 and (len(first[0].split()) >= 2 or first[1].startswith("The ")
                                or len(first[1].split()) >= 3) and not (
                first[0].lower() in _TIME_HEADS and _time_names_title(title.split())):
            # (a month alone is no show: "June and the Hollow Men" is one title)
            for part in first:
                for piece in _split_joined([part]):
                    out.setdefault(piece, None)
        elif len(parts) > 1 and any(c in known and c != title for c in cleaned if c):
            for c in cleaned:
                if c:
                    out.setdefault(c, None)
        elif _joined_known(title, known, persons):
            for c in _joined_known(title, known, persons):
                out.setdefault(c, None)
        elif False:
            for c in cleaned:
                if c:
                    out.setdefault(c, None)
        else:
            out.setdefault(title, None)
    return list(out)


_POSSESSIVE_NEXT_RE = re.compile(r"['’]s\s")


def build_index(titles: Sequence[str], known_shows: Sequence[ShowName] = ()) -> ShowIndex:
    """A matcher for every discovered title, its "The"-less form and configured aliases."""
    aliases: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for title in titles:
        key = normalise_title(title)
        # Keep the longest spelling as canonical ("The Defenders" over "Defenders").
        if key not in canonical or len(title) > len(canonical[key]):
            canonical[key] = title
    # Each title's first longer title that is it plus "'s ", found in one pass over the
    # places such a possessive can start (a search per pair of titles was quadratic).
    possessed: dict[str, str] = {}
    for longer_title in titles:
        for match in _POSSESSIVE_NEXT_RE.finditer(longer_title):
            possessed.setdefault(longer_title[:match.start()], longer_title)
    for title in titles:
        main = canonical[normalise_title(title)]
        longer = possessed.get(title)
        if longer:
            # "Nobody's has been renewed": the possessive short form of "Nobody's Garden"
            aliases.setdefault(title + "'s", longer)
            aliases.setdefault(title + "’s", longer)
            continue
        aliases.setdefault(title, main)
        if len(title) > 4 and not title.isupper():
            aliases.setdefault(title.upper(), main)  # a press release's "RUN THE BURBS"
        if title.lower().startswith("the ") and len(title) > 6:
            aliases.setdefault(title[4:], main)
        if "&" in title:
            aliases.setdefault(title.replace("&", "and"), main)
    for show in known_shows:
        for alias in (show.title, *show.aliases):
            aliases[alias] = show.title
    names = sorted((a for a in aliases if a.strip()), key=len, reverse=True)
    if not names:
        return ShowIndex()
    return ShowIndex(aliases, tuple(names))


@memo.lru(maxsize=8192)
def normalise_title(title: str) -> str:
    """The key titles are compared on: case, punctuation, a leading "The", "&" = "and"."""
    text = fold(title).lower().replace("&", " and ")
    text = re.sub(r"[^\w\s]", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    if text.startswith("the ") and len(text) > 4:
        text = text[4:]
    return text


def season_numbers(match: re.Match[str]) -> list[int] | None:
    """The season numbers a SEASON_RE match states; [] for "the new season"; None if bogus."""
    from .patterns import NUMBER_WORDS

    def number(token: str | None) -> int | None:
        if not token:
            return None
        token = token.lower()
        if token.isdigit():
            return int(token)
        return NUMBER_WORDS.get(token)

    if match.group("n"):
        values = [number(match.group("n")), number(match.group("n2"))]
        return [v for v in values if v is not None and 0 < v < 60]
    if match.group("s"):
        return [int(match.group("s"))]
    if match.group("ord2"):
        return [_RUN_ORDINALS[match.group("ord2").lower()]]  # "its freshman run"
    if match.group("ord"):
        word = match.group("ord").lower()
        value = ORDINALS.get(word)
        if value is None:
            value = int(re.sub(r"\D", "", word))
        later = match.group("ord_b") or match.group("ord_c")
        if later:  # "a third and a fourth season", "a third season and a fourth"
            second = ordinal_number(later)
            if second is not None and value < second < 60:
                return [value, second]
            if second is not None and 0 < second < value:
                return [second]  # "14th and 6th seasons respectively": the phrase's own
        return [value] if 0 < value < 60 else None
    return []


_S_NUMBER_RE = re.compile(r"S\d")
_RUN_ORDINALS = {"freshman": 1, "rookie": 1, "debut": 1, "sophomore": 2}


@memo.lru(maxsize=4096)
def season_mentions(text: str) -> tuple[tuple[int, int, list[int], str], ...]:
    """(start, end, numbers, generic word) for every season phrase in ``text``.

    Cached: the extractor asks about the same sentence several times.
    """
    low = text.lower()
    if "season" not in low and "series" not in low and " run" not in low and \
            "cycle" not in low and "outing" not in low and "go-" not in low and \
            not _S_NUMBER_RE.search(text):
        return ()  # every season phrase names its word ("season", "run", ...) or is an "S4"
    out = []
    for match in SEASON_RE.finditer(text):
        numbers = season_numbers(match)
        if numbers is None:
            continue
        out.append((match.start(), match.end(), numbers, (match.group("gen") or "").lower()))
    return tuple(out)


_ORDINAL_WORDS = "|".join(longest_first(ORDINALS))
_NUMBER_WORDS_ALT = "|".join(longest_first(NUMBER_WORDS))
_RESPECTIVE_NUM = rf"(?:\d{{1,2}}|{_NUMBER_WORDS_ALT})"
_RESPECTIVE_ORD = (rf"(?:(?:a|an)\s+)?(?:{_ORDINAL_WORDS}|\d{{1,2}}(?:st|nd|rd|th)|"
                   rf"{_NUMBER_WORDS_ALT})")
#: "A and B return for 12th and 4th seasons respectively", "for seasons 3 and 5,
#: respectively": a list of seasons that goes to a list of shows one by one, in order.
_RESPECTIVE_SEASONS_RE = re.compile(
    rf"(?i)\b(?:(?P<ords>{_RESPECTIVE_ORD}(?:\s*,\s*{_RESPECTIVE_ORD})*,?\s+and\s+"
    rf"{_RESPECTIVE_ORD})\s+(?:seasons?|series|runs?)|(?:seasons|series)\s+(?P<nums>"
    rf"{_RESPECTIVE_NUM}(?:\s*,\s*{_RESPECTIVE_NUM})*,?\s+and\s+{_RESPECTIVE_NUM}))\s*,?\s+respectively\b")
_RESPECTIVE_ITEM_RE = re.compile(
    rf"(?i)\b(?:{_ORDINAL_WORDS}|{_NUMBER_WORDS_ALT}|\d{{1,2}})(?:st|nd|rd|th)?\b")


def respective_seasons(text: str, mentions: Sequence[Located]
                       ) -> tuple[dict[int, int], tuple[int, int] | None]:
    """Each show of a list its own season from a "respectively" list of seasons ("A and B
    return for 12th and 4th seasons respectively"): mention index -> season, and the span of
    the season list. Empty unless the list of shows right before the seasons has as many
    names as the seasons have numbers (seasons made in two towns "respectively" pair
    places, not shows)."""
    if "respectively" not in text.lower():
        return {}, None
    match = _RESPECTIVE_SEASONS_RE.search(text)
    if match is None:
        return {}, None
    words = _RESPECTIVE_ITEM_RE.findall(match.group("ords") or match.group("nums"))
    numbers = [_respective_number(word) for word in words]
    before = [i for i, mention in enumerate(mentions) if mention.end <= match.start()]
    if not before or any(n is None or not 0 < n < 60 for n in numbers):
        return {}, None
    group = [i for i in list_run(text, mentions, before[-1], LIST_GAP_RE) if i <= before[-1]]
    if len(group) != len(numbers) or len(group) < 2:
        return {}, None
    return {i: n for i, n in zip(group, numbers, strict=True) if n is not None}, match.span()


def _respective_number(word: str) -> int | None:
    low = word.lower()
    if low.isdigit():
        return int(low)
    return NUMBER_WORDS.get(low) or ordinal_number(low)
