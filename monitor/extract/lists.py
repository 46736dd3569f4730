"""Lists as units: a comma/"and" list of titles governed by one status verb.

"Netflix cancelled A, B and C", "has axed a handful of shows, among them A, B and C",
"A, B and C won't return": the verb before or after the list governs every item, so each item
is a show even when no item has a cue of its own. This module only reads the shape of the text
(items separated as a list, a governing phrase right before or after it); the caller validates
each item as a title (networks, places and people are vetoed as usual).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from .patterns import TITLE_EVIDENCE_CAST_AROUND_RE, TITLE_EVIDENCE_SEASON_AFTER_RE
from .prefilter import caseless_search_test
from .sections import title_like
from .showwords import (
    POSSESSIVE,
    SHOW_COLLECTIVE,
    SHOW_NOUN_GROUPS,
    SIDE_KINDS,
    SLATE_KINDS,
    common_show_nouns,
    kind_alt,
    longest_first,
)
from .titles import cue_patterns


class Located(Protocol):
    """Anything with a start and an end in a text (a title span, a show mention)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


#: The networks' words that break every run of a title (a part of ``shows._BREAK_WORDS``):
#: written capitalised before a list's item ("A, Fox Harbor and C", "the dramas Fox Harbor,
#: Lisbon and Havana") they are the item's label or its first word, never the list's end
#: (round 32).
NETWORK_BREAK_WORDS = frozenset(
    "abc nbc cbs fox cw hbo netflix hulu amc fx fxx showtime starz peacock".split())
#: Such a word as the text writes it, capitalised ("Fox", "Netflix"), case-sensitive
#: everywhere: the list gaps (``shows.LIST_GAP_RE``, ``shows._DISCOVERY_LIST_RE``) and the
#: kind head (``_KIND_HEAD_RE``) read the list on past it; ``shows.network_headed`` decides
#: whether it is the item's first word.
NETWORK_ITEM_HEAD = "(?-i:" + "|".join(sorted(w.capitalize() for w in NETWORK_BREAK_WORDS)) + ")"


#: Verbs, nouns and idioms that govern a list of shows placed right after them.
_GOVERNOR = (
    r"(?:renew(?:s|ed|ing|als?)?|re-?commission(?:s|ed|ing)?|cancel(?:s|l?ed|l?ing|l?ations?)|"
    r"axe[sd]?|axing|scrap(?:s|ped|ping)|kill(?:s|ed|ing)?\s+off|(?:have|has|'ve|’ve)\s+"
    r"(?:already\s+)?lost|dropp(?:ed|ing)|pick(?:s|ed)\s+up|ordered|orders|brought\s+back|"
    r"brings\s+back|bringing\s+back|revived|(?:not|n['’]t|never)\s+(?:be\s+)?return(?:ing)?|"
    r"(?:said|say|says|bid|bids|bidding|saying)\s+(?:goodbye|farewell)\s+to|"
    r"pulled\s+the\s+plug\s+on|axe|ax|boot|chop|"
    r"green-?lit|green-?lights?|returning|including|such\s+as|among\s+them|namely|victims|"
    r"casualties|list(?=\s{0,2}:))"  # "... renewed four dramas. The list: A, B, C and D"
)
#: Used on the 90 characters before a list only: the governor, then at most four plain words
#: ("four shows", "several series") and a colon or dash; the bounds keep it linear.
_BEFORE_RE = re.compile(
    rf"(?i)\b(?P<gov>{_GOVERNOR})(?:,?\s{{1,3}}(?:[a-z0-9][\w'’-]{{0,20}})){{0,4}}?"
    r"\s{0,3}(?:[:—–]|\s-)?\s{0,3}[\"“‘']?$"
)
#: Where cancelled shows go, after a list that joins them ("join A, B and C in the TV
#: graveyard", "... on the scrap heap", "... among this year's casualties").
_DESTINATION = (
    r"(?:over\s{1,3})?(?:on|in|at|among|onto|into)\s{1,3}(?:the\s{1,3})?(?:[\w'’-]{1,15}\s{1,3}){0,2}"
    r"(?:graveyard|scrap\s?heap|scrapheap|dustbin|trash\s?heap|casualties|victims|"
    r"cancell?ation\s{1,3}(?:pile|list)|cancell?ed\s{1,3}(?:pile|list|shows|series)|"
    # the press's "missing in action" network of axed shows ("join A, B and C over at the
    # MIA Network", round 40)
    r"(?-i:MIA)\s{1,3}network)\b")
#: Used on the 70 characters after a list only: auxiliaries, then a status verb.
_AFTER_RE = re.compile(
    r"(?i)^[\"”’']?(?:\s{0,2}\([^()]{1,40}\))?,?\s{0,3}(?:(?:have|has|had|were|was|are|is|will|would|all|both|also|each|"
    r"officially|now|just|already|been|be|not|never|won['’]t|will\s+not|got|get|"
    r"received|each|did|didn['’]t)\s{1,3}){0,4}"
    r"(?:renewed|re-?commissioned|cancell?ed|canceled|axed|scrapped|return(?:ing)?\b|back\b|"
    r"coming\s+back|picked\s+up|ended|ending|the\s+(?:axe|ax|boot|chop)|"
    r"make\s+the\s+cut|" + _DESTINATION + ")"
)
#: A cast or crew list: "starring A, B and C", "creators A and B", "the main cast, including A,
#: B and C", "hosted by A and B" (the cue words are data: ``data/title_vetoes.json``). Not
#: the people nouns of ``_NOT_SHOWS_BEFORE_RE``, which read further and so keep to fewer.
_PEOPLE_BEFORE_RE = cue_patterns().people_list_before


#: Every match of _BEFORE_RE or _AFTER_RE holds one of these, lower-cased (its governor or
#: status word: "renew", "ax", "such" of "such as", "back" of "coming back" ...).
GOVERNOR_STEMS = ("renew", "commission", "cancel", "ax", "scrap", "kill", "lost", "dropp",
                  "pick", "order", "brought", "brings", "bringing", "revived", "goodbye",
                  "farewell", "plug", "boot", "chop", "green", "return", "including", "such",
                  "among", "namely", "victims", "casualties", "back", "ended", "ending", "cut",
                  "graveyard", "heap", "dustbin", "pile", "list", "mia network")


def may_govern(text: str) -> bool:
    """False when no list in ``text`` can be governed (``governed_lists`` finds none whatever
    its items): an ASCII text that holds none of the stems every governing phrase holds. A
    text with other characters is not ruled out (case-blind matching pairs some of them with
    ASCII letters: the Kelvin sign with "k")."""
    if not text.isascii():
        return True
    low = text.lower()
    for stem in GOVERNOR_STEMS:  # a plain loop: this runs for every sentence
        if stem in low:
            return True
    return False


def governed_lists(text: str, items: Sequence[Located], joined: Callable[[int, int], bool],
                   heading: bool = False) -> list[list[int]]:
    """Runs of at least two items that form one list (``joined(i, i + 1)``: the text between
    items i and i + 1 separates list items) and that a status phrase governs: right before the
    first item or right after the last, or (``heading``) the status heading over the
    sentence's section. Cast lists ("starring A, B and C") are not governed."""
    runs: list[list[int]] = []
    i = 0
    while i < len(items):
        run = [i]
        while run[-1] + 1 < len(items) and joined(run[-1], run[-1] + 1) and not \
                _PEOPLE_BEFORE_RE.search(text[items[run[-1]].end:items[run[-1] + 1].start]):
            run.append(run[-1] + 1)
        i = run[-1] + 1
        if len(run) < 2:
            continue
        first, last = items[run[0]], items[run[-1]]
        before = text[max(0, first.start - 90):first.start]
        if _PEOPLE_BEFORE_RE.search(before):
            continue
        if not heading and last_opens_own_clause(text, items, run):
            run = run[:-1]
            if len(run) < 2:
                continue
            last = items[run[-1]]
        if heading or _governs_before(before) or _AFTER_RE.match(
                text[last.end:last.end + 70]) or far_kind_governed(text, first.start, last.end):
            runs.append(run)
    return runs


#: A decision's own verb or idiom, spaced idioms as their one-word forms ("green light" as
#: "greenlit"); "~" stands where a bare form that is as often a noun ("axe", "order",
#: "commission") may end the word: ``_FAR_GOVERNOR`` takes those, ``_DECISION_VERB`` not.
_DECISION_FORMS = (
    r"(?:renew(?:s|ed|ing)?|re-?commission(?:s|ed|ing)~|cancel(?:s|l?ed|l?ing)?|axe[sd]~|"
    r"axing|scrap(?:s|ped|ping)|kill(?:s|ed|ing)?\s{1,3}off|dropp(?:ed|ing)|"
    r"pick(?:s|ed|ing)\s{1,3}up|order(?:s|ed|ing)~|commission(?:s|ed|ing)~|"
    r"brought\s{1,3}back|brings?\s{1,3}back|bringing\s{1,3}back|revived|"
    r"pulled\s{1,3}the\s{1,3}plug\s{1,3}on|green[-\s]{0,3}lit|green[-\s]{0,3}light(?:s|ed|ing)?)")
#: The decision that governs a list whose plural kind head stands farther than
#: ``_BEFORE_RE``'s four words (``far_kind_governed``; no "including", "returning" or "list":
#: those head a list only right before it).
_FAR_GOVERNOR = _DECISION_FORMS.replace("~", "?")
#: Its verb forms only, no bare "axe", "order" or "commission" (nouns as often: "the axe also
#: fell on A, B and C"): a verb whose object follows it.
_DECISION_VERB = _DECISION_FORMS.replace("~", "")
#: A trigger or a governor that ends on a decision's own verb or idiom: its object follows it
#: ("cancelled plans for ...", not "there are no more plans to ...", not "the axe also fell
#: on ...": ``object_breaks`` reads only such an object).
DECISION_VERB_END_RE = re.compile(rf"(?i)\b{_DECISION_VERB}$")
#: Used on at most 90 characters before a kind head, anchored at their end: the governor, then
#: at most eight plain words with no comma or stop between ("ordered second seasons of",
#: "gave the green light to fresh runs of"): one clause. Every repeat is bounded.
_FAR_GOVERNOR_RE = re.compile(
    rf"(?i)\b(?P<gov>{_FAR_GOVERNOR})(?:\s{{1,3}}[a-z0-9][\w'’-]{{0,20}}){{0,8}}?\s{{1,3}}$")


def far_kind_governed(text: str, first_start: int, last_end: int) -> bool:
    """A plural kind of show heads the list from ``first_start`` to ``last_end``
    (``kind_headed``) and a decision's own verb or idiom stands before the head in the same
    clause, farther than ``_BEFORE_RE``'s four words: "ordered second seasons of the rookie
    series A, B, C and D", "gave the green light to fresh runs of the dramas A and B". The
    list's extent is its joiners' and its head's; the decision governs every item (rule
    ``list.govern.far_kind_head``)."""
    before = text[max(0, first_start - 90):first_start]
    head = _KIND_HEAD_RE.search(before)
    if head is None or _PEOPLE_AFTER_LIST_RE.match(text, last_end) is not None:
        return False
    head_start = first_start - len(before) + head.start()
    found = _FAR_GOVERNOR_RE.search(text, max(0, head_start - 90), head_start)
    return found is not None and not (DECISION_VERB_END_RE.search(found.group("gov")) and
                                      object_breaks(text[found.end("gov"):head_start]))


def _governs_before(before: str) -> bool:
    """``_BEFORE_RE`` finds a governor in the text right before a list, and, when it is a
    decision's verb, its object does not stop at a thing of its own first (``object_breaks``:
    "cancelled plans for the dramas A and B" governs no list; "the axe also fell on A, B and
    C" does)."""
    found = _BEFORE_RE.search(before)
    return found is not None and not (DECISION_VERB_END_RE.search(found.group("gov")) and
                                      object_breaks(before[found.end("gov"):]))


#: The nouns a decision's object may hold before the shows it decides, each with the
#: preposition that leads on to them: a season or a run of them, their parts and their making
#: ("fresh runs of", "a third season of", "ten more episodes of", "production on"), a kind
#: of show that is the show itself ("the dramas", "the reboot of": not "spin-offs" or
#: "sequels", another show), a count or a share of them ("two of", "a handful of", "the rest
#: of"), and an idiom's own noun ("the green light to", "pulled the plug on").
_OWN_OBJECT_WORDS = (
    r"seasons?|series|runs?|instal{1,2}ments?|chapters?|episodes?|eps|outings?|cycles?|"
    r"editions?|volumes?|batch(?:es)?|orders?|renewals?|pick-?ups?|production|slate|likes|"
    r"rest|remainder|trio|pair|"
    r"handful|number|couple|total|lot|host|all|both|each|some|most|many|none|any|several|few|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|light|plug|nod|go-ahead|"
    r"axe|ax|chop|boot|heave-ho|originals|programs|"
    + kind_alt({form for group in ("plain", "genre", "format", "renewal") for noun in
                SHOW_NOUN_GROUPS[group] for form in (
                    noun, noun + "s", noun[:-1] + "ies" if noun.endswith("y") else noun)}))
#: A lower-case word that is none of ``_OWN_OBJECT_WORDS``, then a preposition: the decision's
#: object is a thing of its own ("plans for", "spin-offs of", "a film of", "talks over", "a deal
#: for", "the rights to"), and what follows only qualifies it. Capitalised words never match.
_OBJECT_BREAK_RE = re.compile(
    rf"(?<![\w'’-])(?!(?:{_OWN_OBJECT_WORDS})(?![\w'’-]))[a-z][a-z'’-]{{0,24}}\s{{1,3}}"
    r"(?:for|of|over|about|on|with|to|around|behind|from|into|regarding)\b")
#: Any lower-case word before a preposition (``object_breaks`` reads the last one).
_OBJECT_LINK_RE = re.compile(
    r"(?<![\w'’-])[a-z][a-z'’-]{0,24}\s{1,3}"
    r"(?:for|of|over|about|on|with|to|around|behind|from|into|regarding)\b")


def object_breaks(gap: str) -> bool:
    """The lower-case words ``gap`` between a decision's verb and the shows after it make the
    decision's object a thing of its own, not the shows or a season of them: "cancelled plans
    for spin-offs of the dramas A and B" (``gap`` " plans for spin-offs of "), "axed a deal for
    the sitcoms A, B and C". A season, a run, a kind of show, a count of them or an idiom's
    own noun leads on to the shows ("renewed fresh runs of the dramas A and B", "gave the
    green light to ...") (rules ``list.govern.far_kind_head``, round 31, and
    ``drop.decision_on_another_thing``). The last such link decides: the noun whose phrase
    holds the shows ("scrapped plans for a second season of X" decides X's season, as
    "scrapped its renewal of X" does)."""
    starts = [link.start() for link in _OBJECT_LINK_RE.finditer(gap)]
    return bool(starts) and _OBJECT_BREAK_RE.match(gap, starts[-1]) is not None


#: A headline's singular verb right after a name that closes a comma list ("Hulu Renews A,
#: |B Returns|", "B Star Returns", "B star returns"): a list takes no singular verb, so B
#: opens a clause of its own (round 17). Capitalised (a headline's title case or capitals),
#: or lower-case only after a role noun ("A, B star returns").
_OWN_CLAUSE_VERBS = (r"(?i:returns|exits|joins|leaves|departs|says|talks|teases|reveals|"
                     r"confirms|sets|gets|lands|premieres|debuts|wraps|begins|starts|ends|is|"
                     r"has|will|adds|casts|drops|shares|hints|eyes|nabs|scores|returning|heads|"
                     r"moves)\b")
_OWN_CLAUSE_VERB_AFTER_RE = re.compile(
    r"[\"”’']?(?:\s{1,3}(?i:star|stars|creator|creators|alum|showrunner|cast)\s{1,3}"
    + _OWN_CLAUSE_VERBS + r"|\s{1,3}(?=[A-Z])" + _OWN_CLAUSE_VERBS + ")")


def last_opens_own_clause(text: str, items: Sequence[Located], run: Sequence[int]) -> bool:
    """The last item of a comma list ``run`` (indices into ``items``) is the subject of a clause
    of its own, not one of the list's items: "Hulu Renews Night Ferry, Lone Beacon Returns"
    (rule list.own_clause)."""
    return len(run) > 1 and _OWN_CLAUSE_VERB_AFTER_RE.match(text, items[run[-1]].end) is not \
        None and text[items[run[-2]].end:items[run[-1]].start].strip() == ","


#: The status a governing phrase gives its list's items, by the governor's stem: a loss, a
#: farewell or a drop is a cancellation ("we've already lost A, B and C"); "including",
#: "such as", "returning" give none of their own (the sentence's vocabulary says which).
_GOVERNOR_KIND_RES = (
    ("cancelled", re.compile(
        r"(?i)\b(?:(?:have|has|'ve|’ve)\s{1,3}(?:already\s{1,3})?lost|dropp(?:ed|ing)|"
        r"(?:said|say|says|bid|bids|bidding|saying)\s{1,3}(?:goodbye|farewell)\s{1,3}to|"
        r"victims|casualties|(?:not|n['’]t|never)\s{1,3}(?:be\s{1,3})?return(?:ing)?|"
        r"pulled\s{1,3}the\s{1,3}plug\s{1,3}on|kill(?:s|ed|ing)?\s{1,3}off|"
        r"(?:the\s{1,3})?(?:axe|ax|boot|chop))\b")),
)
# No renewal side: a return word governing a list ("returning", "bringing back", "are all
# coming back") is as often a premiere schedule's; with it the sealed fold took two false
# renewals (round 9, second measurement) and the renewal words proper are the vocabulary's.

#: The status a verb phrase right after a list gives its items: "A, B and C will not be back",
#: "... did not make the cut", "... are among the casualties" (read where the vocabulary has
#: no trigger of its own there; cancellations only, as before the list).
_AFTER_KIND_RES = (
    ("cancelled", re.compile(
        r"(?i)^[\"”’']?(?:\s{0,2}\([^()]{1,40}\))?,?\s{0,3}(?:(?:have|has|had|were|was|are|"
        r"is|will|would|all|both|also|each|officially|now|just|already|been|be|got|get)"
        r"\s{1,3}){0,4}"
        r"(?:(?:not|never|won['’]t|will\s{1,3}not|did\s{1,3}not|didn['’]t|aren['’]t|"
        r"are\s{1,3}not)\s{1,3}(?:(?:all|be|been|coming|make|making|made)\s{1,3}){0,2}"
        r"(?:back|return(?:ing)?|the\s{1,3}cut)|"
        r"(?:(?:all|both|each)\s{1,3})?(?:got|get|gets|received|receive)\s{1,3}"
        r"the\s{1,3}(?:axe|ax|boot|chop))\b")),
    ("cancelled", re.compile(
        r"(?i)^[\"”’']?(?:\s{0,2}\([^()]{1,40}\))?,?\s{0,3}(?:(?:have|has|had|were|was|are|"
        r"is|will|would|all|both|also|each|now|just|already|been|be)\s{1,3}){0,4}"
        + _DESTINATION)),
)


def list_governor_after(text: str, last_end: int) -> tuple[str, int, int] | None:
    """The kind and span of the status phrase right after a list's last item ("A, B and C
    will not be back on ABC", "... are among the casualties"), within the 70 characters
    ``governed_lists`` reads."""
    after = text[last_end:last_end + 70]
    if _AFTER_RE.match(after) is None:
        return None
    for kind, pattern in _AFTER_KIND_RES:
        found = pattern.match(after)
        if found is not None:
            return kind, last_end, last_end + found.end()
    return None


def list_governor(text: str, first_start: int) -> tuple[str, int, int] | None:
    """The kind and span of the governing phrase right before a list's first item (within the
    90 characters ``governed_lists`` reads), when that phrase gives a status of its own that
    the sentence vocabulary may lack ("At Hulu we have already lost A, B and C")."""
    window_start = max(0, first_start - 90)
    before = text[window_start:first_start]
    govern = _BEFORE_RE.search(before)
    if govern is None:
        return None
    for kind, pattern in _GOVERNOR_KIND_RES:
        found = pattern.match(before, govern.start(), govern.end())
        if found is not None:
            return kind, window_start + found.start(), window_start + found.end()
    return None


#: A parenthesis inside an item ("(Netflix)", "(season 2; Hulu)"): no part of its title.
_ITEM_PARENTHESIS_RE = re.compile(r"\([^()]{0,60}\)")
#: What may open an item after a semicolon: "and", "&", "plus".
_ITEM_JOINER_RE = re.compile(r"^(?:and|&|plus)\s{1,3}")
_ITEM_QUOTES = "\"“”‘’'*_"


def _bare_item(segment: str) -> str:
    """A list item without its joiner, its parentheses and its quotes."""
    item = _ITEM_JOINER_RE.sub("", segment.strip())
    return _ITEM_PARENTHESIS_RE.sub(" ", item).strip().strip(_ITEM_QUOTES).strip()


#: A part of a semicolon list that opens with its own label ("; Cancelled: C, D", "• Renewed:
#: A"): a few words before a colon, after at most three spaces or marks. The parts are then
#: labelled lists, not items of one list (round 34): ``semicolon_list_as_commas`` leaves the
#: line alone and ``listings`` reads each part as its label's list (one pattern, round 35).
LABEL_OPENING_RE = re.compile(r"^\W{0,3}[A-Z][\w'’ ]{0,30}:\s{1,3}\S")


def semicolon_list_as_commas(sentence: str) -> str:
    """A list of titles whose items a semicolon separates ("Cancelled: A (Fox); B (NBC); and C
    (ABC).") written with commas, so that it is read as the comma list it is: its governing
    verb, before or after it, reaches every item. Only a run of three items at least, each
    between two semicolons a title alone (a network or a season in parentheses allowed), the
    one after the last semicolon opening with a title: semicolons between clauses ("X was
    renewed; Y will return in May") stay. Positions are kept (one character for one)."""
    if sentence.count(";") < 2:
        return sentence
    segments = sentence.split(";")
    if any(LABEL_OPENING_RE.match(s) for s in segments[1:]):
        return sentence  # "Renewed: A, B; Cancelled: C": each label governs its own list
    middle = [_bare_item(s) for s in segments[1:-1]]
    if not all(item and len(item.split()) <= 8 and title_like(item) for item in middle):
        return sentence
    last = _ITEM_JOINER_RE.sub("", segments[-1].strip()).lstrip(_ITEM_QUOTES)
    if not last[:1].isupper() and not last[:1].isdigit():
        return sentence
    first = _ITEM_PARENTHESIS_RE.sub(" ", segments[0]).rstrip().rstrip(_ITEM_QUOTES)
    tail = first.rsplit(None, 1)[-1] if first.strip() else ""
    if not tail[:1].isupper() and not tail[:1].isdigit():
        return sentence
    return sentence.replace(";", ",")


#: Right after a list's last item: the status the list's own verb states of every item, with
#: the auxiliaries and quantifiers between ("A, B and C have all been cancelled", "A and B
#: will each premiere on June 4", "... have both wrapped filming"). A decision verb only in
#: the passive ("were renewed", not "Kestrel and Orvane renewed X": those are deciders).
_LIST_AUX = (r"(?:have|has|had|were|was|are|is|will|would|all|both|each|also|officially|now|"
             r"just|already|been|be|to|expected|likely|set|slated|due|finally|reportedly|"
             r"(?:all\s{1,3})?(?:two|three|four|five)(?:\s{1,3}of\s{1,3}them)?)")
_LIST_LEAD = (r"(?i)^[\"”’']?(?:\s{0,2}\([^()]{1,40}\))?,?\s{0,3}"
              rf"(?:{_LIST_AUX}\s{{1,3}}){{0,5}}")
_LIST_STATUS_AFTER_RES = (
    re.compile(_LIST_LEAD + r"(?:been|were|are|was|is|be|got|get)\s{1,3}"
               r"(?:(?:all|both|each)\s{1,3})?(?:renewed|re-?commissioned|cancell?ed|axed|scrapped)\b"),
    re.compile(_LIST_LEAD + r"(?:premiere[sd]?|debut(?:s|ed)?|(?:started|begun|began|begin|"
               r"start|wrapped|wrap)\s{1,3}(?:filming|shooting|production)|"
               r"return(?:s|ed)?\s{1,3}on|have\s{1,3}\d{1,2}\s{1,3}episodes)\b"),
)


#: Right before a list: a noun saying its items are no shows ("the films A and B", "stars
#: A, B and C", "the novels A and B"). Apart from ``_PEOPLE_BEFORE_RE`` (the data's person
#: roles, right before the list) on purpose: this one reads up to two words after its noun,
#: so it keeps to people who do not decide; the data's "owner", "president", "chief" would
#: veto "Tovrel's owner says A, B and C have all been cancelled" (measured: 3 invented lists
#: of 4 lost, 0 devset facts, round 18 s18health).
_NOT_SHOWS_BEFORE_RE = re.compile(
    r"(?i)\b(?:films?|movies?|features?|documentar(?:y|ies)|books?|novels?|albums?|games?|"
    r"plays?|musicals?|podcasts?|actors?|actress(?:es)?|stars?|hosts?|players?|singers?|"
    r"directors?|writers?|producers?|executives?|cities|towns|countries|locations?)"
    r"\W{0,3}(?:\w+\W{1,3}){0,2}$")


def names_no_shows(text: str, first_start: int) -> bool:
    """The words right before a list's first item say what its items are, and it is not
    shows ("the films A and B have both wrapped filming")."""
    return _NOT_SHOWS_BEFORE_RE.search(text, max(0, first_start - 40), first_start) is not None


def list_states_status(text: str, last_end: int) -> bool:
    """The words right after a list's last item are the list's own status verb, so every item
    is a show the verb speaks of ("Salt Road, Night Ferry and Glass Orchard have all been
    cancelled"): a list of bare titles needs no other evidence (``list.status_verb_after``)."""
    after = text[last_end:last_end + 80]
    return any(p.match(after) for p in _LIST_STATUS_AFTER_RES)


_REFERENCE_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
#: A quantified reference standing for a list as the subject of its verb: "all three", "both",
#: "all of them", "each of the four", "the trio", right before a verb or an adverb (so "all
#: three seasons", "both networks" are no reference).
_LIST_REFERENCE = (
    r"(?P<ref>(?:all|each|both)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3}|those\s{1,3}|these\s{1,3})?"
    r"(?P<num>two|three|four|five|six)|(?:all|each|both)\s{1,3}of\s{1,3}(?:them|those|these)|"
    r"(?P<both>both)|the\s{1,3}(?:trio|pair))"
    rf"(?=\s{{1,3}}(?:(?:{common_show_nouns(4, plural=True)}|titles)\s{{1,3}})?"
    r"(?:have|has|had|were|was|"
    r"are|is|will|would|got|get|received|return|returns|premiere|debut|wrapped|started|began|"
    r"also|now|just|officially|already|been|won['’]t|did|can)\b)")
#: The reference opening a sentence ("All three were renewed on Tuesday.").
_REFERENCE_OPEN_RE = re.compile(r"(?i)^\W{0,3}(?:(?:and|now|so|but)\s{1,3})?" + _LIST_REFERENCE)
#: The reference opening a clause after a colon, a semicolon or a dash, in the sentence of its
#: list ("Fans of A, B and C can rejoice: all three have been renewed").
_REFERENCE_CLAUSE_RE = re.compile(r"(?i)(?P<mark>[:;—–]|\s-)\s{0,3}(?:(?:and|now|so)\s{1,3})?"
                                  + _LIST_REFERENCE)


def list_reference(text: str, opening: bool) -> tuple[int, int | None, int] | None:
    """A quantified reference to a list as a subject: (where the clause it opens begins, the
    count it states or None for "all of them", where it ends). ``opening``: the reference that
    opens the sentence (its list is the previous sentence's), else one after a colon, a
    semicolon or a dash (its list is before that mark)."""
    if opening:
        found = _REFERENCE_OPEN_RE.match(text)
        if found is None:
            return None
        start = 0
    else:
        found = _REFERENCE_CLAUSE_RE.search(text)
        if found is None:
            return None
        start = found.start("mark")
    word = found.group("num") or found.group("both")
    count = _REFERENCE_COUNTS[word.lower()] if word else None
    return start, count, found.end("ref")


def reference_states_status(text: str, opening: bool) -> tuple[int, int | None] | None:
    """The list reference of ``text`` and the count it states when its own status verb follows
    it ("All three have been renewed", "...: both will premiere on June 4"): (where its
    clause begins, the count)."""
    found = list_reference(text, opening)
    if found is None or not list_states_status(text, found[2]):
        return None
    return found[0], found[1]


#: The text between two items of one list: a comma, "and", "&", quotes and a note in
#: parentheses around them ('" (Kestrel), "').
_ITEM_GAP_RE = re.compile(
    r"^[\"”’']?\s{0,2}(?:\([^()]{0,40}\))?[\"”’']?\s{0,2}"
    r"(?:,\s{0,2}(?:and\s{1,3}|&\s{0,2})?|\s{1,3}and\s{1,3}|\s{0,2}&\s{0,2})[\"“‘']?$")


def referenced_items(text: str, items: Sequence[Located], before: int,
                     count: int | None) -> list[int]:
    """The items of the list that ends last before ``before`` (indices into ``items``), when
    it has ``count`` items (two or more when None), else none: the list a reference after it
    in the sentence stands for ("Fans of A, B and C can rejoice: all three ...")."""
    last = max((i for i, item in enumerate(items) if item.end <= before), default=None)
    if last is None or before - items[last].end > 60:
        return []  # "A, B and C can rejoice:" — a short predicate at most between
    run = [last]
    while run[0] > 0 and _ITEM_GAP_RE.match(text[items[run[0] - 1].end:items[run[0]].start]):
        run.insert(0, run[0] - 1)
    if len(run) < 2 or (count is not None and len(run) != count) or names_no_shows(
            text, items[run[0]].start):
        return []
    return run


# --- a decision told once, over a list told elsewhere (round 18) -------------------------------

#: The plural of shows a decision is about, with no count: "dramas", "its comedy slate", "the
#: fall line-up" ("series" is as often one show's: left out).
_PLURAL_SHOWS = (r"(?:" + kind_alt(SLATE_KINDS) + r"|originals|programs|"
                 r"(?:[\w-]{1,15}\s{1,3})?" + SHOW_COLLECTIVE + r")\b")
#: Words that end a noun phrase rather than qualify its noun ("renewed as Kestrel shows rise").
_NO_MODIFIER = (r"(?!(?:as|for|on|in|at|with|after|amid|while|and|but|to|by|from|than|because|"
                r"since|so|despite|over|into|across|when|if)\b)")
#: Right after a decision word, its plural object: "renews its dramas", "cancels its entire
#: comedy slate", "axes all of Vantor's comedies", "picks up its freshman dramas".
_PLURAL_OBJECT_AFTER_RE = re.compile(
    r"(?i)\s{1,3}(?:(?:up|off|on|the|its|their|all|most|of|entire|whole|remaining|"
    r"[\w+.&-]{1,20}['’]s)\s{1,3}){0,4}(?:" + _NO_MODIFIER + r"[\w-]{1,20}\s{1,3}){0,2}?"
    + _PLURAL_SHOWS + r"|\s{1,3}(?:up\s{1,3}|off\s{1,3})?(?:all|most|many)\s{1,3}(?:of\s{1,3})?"
    r"(?:(?:its|their|the|[\w+.&-]{1,20}['’]s)\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,2}?series\b")
#: Right before a passive decision word, its plural subject: "Vantor's comedies cancelled",
#: "Every Vantor comedy cancelled", "its dramas have all been renewed".
_PLURAL_SUBJECT_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:its|their|all|[\w+.&-]{1,20}['’]s|[\w+.&-]{1,20})\s{1,3}"
    r"(?:[\w-]{1,20}\s{1,3}){0,2}?" + _PLURAL_SHOWS
    + r"|\bevery\s{1,3}(?:[\w+.&-]{1,20}\s{1,3}){0,2}?"
    r"(?:" + common_show_nouns(5) + r")\b)\s{1,3}(?:(?:are|were|have|has|been|being|get|"
    r"gets|got|all|both)\s{1,3}){0,3}$")


#: A plural of shows ``plural_object`` may find (a cheap gate: most sentences hold none).
_PLURAL_GATE_RE = re.compile(
    r"(?i)\b(?:" + kind_alt(SLATE_KINDS) + r"|originals|programs|slate|"
    r"line-?up|every)\b|\b(?:all|most|many)\s{1,3}(?:\S{1,20}\s{1,3}){0,3}series\b")
#: Stems of the renewal and cancellation words (a cheap gate, not the vocabulary).
_PLURAL_HINTS = (*longest_first(SLATE_KINDS), "originals", "programs", "slate", "line-up",
                 "lineup", "series", "every")
_DECISION_HINTS = ("renew", "cancel", "ax", "scrap", "plug", "drop", "pick", "order", "green",
                   "reviv", "bring", "brought", "chop", "boot", "kill", "commission", "pull")


def may_name_plural(text: str) -> bool:
    """False when ``text`` holds none of the nouns ``plural_object`` looks for, or no stem of
    a decision word (most sentences: their status words are then not read for it)."""
    low = text.lower()
    for hint in _PLURAL_HINTS:  # plain loops: this runs for every sentence
        if hint in low:
            break
    else:
        return False
    for hint in _DECISION_HINTS:
        if hint in low:
            return _PLURAL_GATE_RE.search(text) is not None
    return False


def plural_object(text: str, start: int, end: int) -> bool:
    """The decision word at ``start``-``end`` is about a plural of shows it does not count:
    its object right after it ("Vantor cancels its comedy slate") or the subject of its passive
    right before it ("Every Vantor comedy cancelled")."""
    return _PLURAL_OBJECT_AFTER_RE.match(text, end) is not None or \
        _PLURAL_SUBJECT_BEFORE_RE.search(text[max(0, start - 60):start]) is not None


#: Between an uncounted plural object and the list that names its shows (round 39,
#: r39cancel): a colon, a dash, "including", "namely", "among them" ("renewed all of its
#: Thursday comedies: A, B and C", "cancelled its remaining dramas, including A and B").
_PLURAL_LIST_OPENER_RE = re.compile(
    r"\s{0,3}(?::|\u2014|\u2013|--|\s-|,?\s{1,3}(?:including|namely|among\s{1,3}them)\b:?)"
    r"\s{0,3}[\"\u201c\u2018']?")


def plural_object_list(text: str, end: int, items: Sequence[Located]) -> list[int]:
    """The items (indices into ``items``, in text order) of the list that names the shows of
    the uncounted plural object right after the decision word ending at ``end`` ("renewed all
    of its Thursday comedies: A, B and C", "axed its remaining dramas, including A and B"):
    the list opens right after the plural and its opener and runs on over list gaps. Empty
    when there is no such plural, opener or list, or when the list holds one item (round 39,
    ``target.plural_object_list``)."""
    found = _PLURAL_OBJECT_AFTER_RE.match(text, end)
    if found is None:
        return []
    opener = _PLURAL_LIST_OPENER_RE.match(text, found.end())
    if opener is None:
        return []
    first = next((i for i, item in enumerate(items) if item.start >= opener.end()), None)
    if first is None or items[first].start != opener.end():
        return []
    run = [first]
    while run[-1] + 1 < len(items) and _ITEM_GAP_RE.match(
            text[items[run[-1]].end:items[run[-1] + 1].start]):
        run.append(run[-1] + 1)
    return run if len(run) > 1 else []


#: In a list's sentence, words that make its titles something other than the decision's shows:
#: comparisons and company ("like", "such as", "the likes of", "following in the footsteps of",
#: "joins", "alongside", "than"), other or earlier shows ("other", "former", "previously"),
#: credits ("starring", "the cast": people are not always known as people), other media
#: ("films", "novels") and a contrast with the decision ("however", "but", "meanwhile",
#: "still", "fate"). Not "while" nor "joining" ("Joining them are A and B"): the sentence
#: has no status word for them to set apart.
_NOT_THE_DECISIONS_RE = re.compile(
    r"(?i)\b(?:like|such\s{1,3}as|the\s{1,3}likes\s{1,3}of|footsteps|joins?|joined|"
    r"alongside|along\s{1,3}with|as\s{1,3}well\s{1,3}as|than|compared?|comparison|unlike|"
    r"similar|rivals?|rivall?ing|competitors?|competing|other|others|another|former|"
    r"previous(?:ly)?|past|earlier|once|classic|star(?:s|red|ring)?|cast|creators?|created|"
    r"directed|written|writers?|producers?|hosts?|hosted|films?|movies?|novels?|books?|games?|"
    r"podcasts?|albums?|however|but|meanwhile|still|fate|spin-?offs?|remakes?|reboots?|"
    r"inspired|based|adapted|reminiscent)\b")


def list_is_the_decisions(text: str) -> bool:
    """A sentence whose list of titles may be the shows a decision told elsewhere is about:
    none of its words makes them comparisons, company, other or earlier shows, credits, other
    media or a contrast (``_NOT_THE_DECISIONS_RE``)."""
    return _NOT_THE_DECISIONS_RE.search(text) is None


def longest_list(text: str, spans: Sequence[Located]) -> tuple[int, int]:
    """How many titles the longest list of ``spans`` (title-case runs of ``text``, in order)
    holds, and where its first title starts: runs joined by a comma or "and" (a note in
    parentheses and quotes allowed), a span holding " and " counted as two ("Salt Road and
    Night Ferry" is one run to the spans); (0, 0) when there is no span."""
    best = run = 0
    best_start = start = 0
    previous: Located | None = None
    notes = [(m.start(), m.end()) for m in _ITEM_PARENTHESIS_RE.finditer(text)] \
        if "(" in text else []
    for span in spans:
        if any(left <= span.start and span.end <= right for left, right in notes):
            continue  # "Salt Road (Kestrel), Night Ferry": a note, no item
        inner = 1 + text[span.start:span.end].count(" and ")
        if previous is not None and _ITEM_GAP_RE.match(text[previous.end:span.start]):
            run += inner
        else:
            run, start = inner, span.start
        if run > best:
            best, best_start = run, start
        previous = span
    return best, best_start


def listed_titles(text: str, spans: Sequence[Located]) -> int:
    """How many titles the longest list of ``spans`` holds (``longest_list``)."""
    return longest_list(text, spans)[0]


#: What may open a sentence before its list: nothing, or a short description of the items
#: ("Freshman dramas A, B and C ...", "Its comedies A and B ...").
_LIST_LEAD_RE = re.compile(
    r"(?i)^\W{0,3}(?:(?:(?:the|its|their|both|all|freshman|sophomore|rookie|new|veteran|"
    r"returning|hit|scripted|animated)\s{1,3}){0,3}(?:"
    + common_show_nouns(5, plural=True) + r"|procedurals|hits)\s{1,3})?[\"“‘']?$")
#: A noun standing for the decision's plural as the subject of "include" or "are", right
#: before the list: "The slate includes A, B and C", "This year's casualties are A and B".
_LIST_STANDS_FOR_RE = re.compile(
    r"(?i)^\W{0,3}(?:the|its|their|this\s{1,3}year['’]s|[\w+.&-]{1,20}['’]s)\s{1,3}"
    r"(?:[\w-]{1,20}\s{1,3}){0,2}?(?:slate|list|line-?up|renewals|cancell?ations|pickups|"
    r"casualties|" + common_show_nouns(5, plural=True) + r"|titles|ones)\s{1,3}"
    r"(?:include[sd]?|are|were)\W{0,3}$")


#: What opens a sentence whose list completes a count told before it: "Also in the mix are",
#: "Rounding out the list are", "The others are", "The rest:", "Then there are", "Joining them
#: are" (``list.completes_count``): its "others" are the counted shows not yet named, no
#: network's other hits.
_LIST_COMPLETES_RE = re.compile(
    r"(?i)^\W{0,3}(?:(?:and|also|plus)\s{1,3})?(?:also\s{1,3})?(?:"
    r"in\s{1,3}the\s{1,3}(?:mix|group|bunch|batch|club)\s{1,3}(?:are|were)|"
    r"(?:rounding|filling|completing)\s{1,3}out\s{1,3}the\s{1,3}(?:list|group|slate|bunch|"
    r"batch|pack|set|renewals|cancell?ations)(?:\s{1,3}(?:are|were))?|"
    r"completing\s{1,3}the\s{1,3}(?:list|group|slate|set)(?:\s{1,3}(?:are|were))?|"
    r"the\s{1,3}(?:others|rest|remaining\s{1,3}"
    rf"(?:ones|{common_show_nouns(4, plural=True)}|titles))"
    r"(?:\s{1,3}(?:are|were|include))?|"
    r"then\s{1,3}there\s{1,3}(?:are|were)|"
    r"joining\s{1,3}(?:them|those|these)(?:\s{1,3}(?:are|were))?)"
    r"\s{0,3}[:,—–-]?\s{0,3}[\"“‘']?$")


def list_completes(text: str, first_start: int) -> bool:
    """The sentence ``text`` opens on words saying its list (whose first title starts at
    ``first_start``) completes a count told before ("The others are A, B and C")."""
    lead = text[:first_start]
    return len(lead) <= 40 and _LIST_COMPLETES_RE.match(lead) is not None


def after_completing_lead(text: str, first_start: int) -> str:
    """``text`` from its list on when it opens on a completing lead (``list_completes``): the
    lead's "others" says no more than that the list is the rest."""
    return text[first_start:] if list_completes(text, first_start) else text


#: A negated ending said of a list after it, that keeps the shows on ("A, B and C aren't going
#: anywhere", "... are not done yet", "... won't be leaving the schedule"): under a counted
#: renewal no negation that sets them apart (``list.staying_idiom``;
#: ``rules.drop.negated`` reads no negation in it after a governed list).
_STAYING_ADVERB = r"(?:definitely|certainly|clearly|surely|still)\s{1,3}"
STAYING_AFTER_RE = re.compile(
    r"(?i)[\"”’']?,?\s{1,3}(?:(?:all|both|each|still|now|certainly|definitely)\s{1,3})?"
    r"(?:(?:(?:is|are)n['’]t|(?:is|are)\s{1,3}(?:" + _STAYING_ADVERB + r")?not|won['’]t\s{1,3}be|"
    r"will\s{1,3}(?:" + _STAYING_ADVERB + r")?not\s{1,3}be)"
    r"\s{1,3}(?:going|headed|heading)\s{1,3}anywhere|"
    r"(?:(?:is|are)n['’]t|(?:is|are)\s{1,3}(?:" + _STAYING_ADVERB + r")?not)\s{1,3}"
    r"(?:done|finished)\s{1,3}yet|"
    r"(?:won['’]t|will\s{1,3}not)\s{1,3}be\s{1,3}(?:leaving|going\s{1,3}away|disappearing))"
    r"\b[^,;:]{0,40}[.!]?\s{0,3}$")


#: A connective or a topic phrase before a list's lead, that adds the list to what was told
#: ("Additionally, A and B ...", "On the comedy side, A and B ...", "As for its dramas, A, B
#: and C ..."): no contrast ("meanwhile", "however" stay the guards' words).
_LIST_CONNECTIVE_RE = re.compile(
    r"(?i)^\W{0,3}(?:additionally|in\s{1,3}addition|also|plus|likewise|similarly|"
    r"on\s{1,3}the\s{1,3}(?:" + kind_alt(SIDE_KINDS) + r"|scripted|unscripted|reality|"
    r"animation|animated)\s{1,3}(?:side|front)|"
    r"as\s{1,3}for\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3})?(?:[\w-]{1,20}\s{1,3})?"
    r"(?:" + common_show_nouns(5, plural=True) + r")),\s{1,3}")


def opens_after_connective(text: str, first_start: int) -> bool:
    """The list of ``text`` opens its sentence only after a connective ("Additionally, A, B
    and C ...": ``list.connective_lead``)."""
    return "," in text[:first_start] and _LIST_CONNECTIVE_RE.match(text[:first_start]) is not \
        None and list_opens(text, first_start)


def list_opens(text: str, first_start: int) -> bool:
    """The sentence ``text`` opens on its list (whose first title starts at ``first_start``),
    perhaps after a short description of its items, or on a noun standing for the decision's
    plural ("The slate includes A, B and C"): the list is what the sentence is about, not the
    object of another subject ("Viewers loved A, B and C" stays no facts: round 17)."""
    lead = text[:first_start]
    connective = _LIST_CONNECTIVE_RE.match(lead) if "," in lead else None
    if connective is not None:
        lead = lead[connective.end():]  # "Additionally, freshman dramas A, B and C ..."
    return len(lead) <= 60 and (_LIST_LEAD_RE.match(lead) is not None
                                or _LIST_STANDS_FOR_RE.match(lead) is not None)


# --- a list added to the decision told just before it (round 21) -------------------------------

#: What a round-up calls the set of shows a decision took: "Also on the list are A and B".
_DECIDED_SET = (r"(?:list|group|batch|bunch|mix|club|slate|tally|roster|pile|column|"
                r"line-?up|casualties|survivors|renewals|cancell?ations|pickups)")
#: The words before a list that add it to the decision the sentence before (or the headline)
#: told: "Also on the list are", "The list also includes", "Others on the list include",
#: "Joining it are", "The same goes for", "So are", "Ditto for", "Likewise,".
_ADDS_LEAD_RE = re.compile(
    r"(?i)^\W{0,3}(?:(?:and|plus)\s{1,3})?(?:"
    rf"also\s{{1,3}}(?:on|in|making|among)\s{{1,3}}(?:the|that|this)\s{{1,3}}{_DECIDED_SET}"
    r"\s{1,3}(?:are|were|is|was)|"
    rf"(?:the|that|this)\s{{1,3}}{_DECIDED_SET}\s{{1,3}}(?:also\s{{1,3}})?(?:include[sd]?|"
    r"(?:is|are|was|were)\s{1,3}joined\s{1,3}by)|"
    rf"(?:the\s{{1,3}})?(?:others|other\s{{1,3}}(?:{common_show_nouns(4, plural=True)}|titles|"
    r"ones))\s{1,3}"
    rf"(?:on|in|making)\s{{1,3}}(?:the|that|this)\s{{1,3}}(?:{_DECIDED_SET}|same\s{{1,3}}boat)"
    r"\s{1,3}"
    r"(?:include[sd]?|are|were)|"
    r"(?:also\s{1,3})?joining\s{1,3}(?:it|him|her|them|the\s{1,3}[\w-]{1,20})"
    r"(?:\s{1,3}(?:on|in)\s{1,3}(?:the|that)\s{1,3}[\w-]{1,20})?\s{1,3}(?:are|were|is|was)|"
    r"the\s{1,3}same\s{1,3}(?:goes|went|is\s{1,3}true|was\s{1,3}true|applies|applied)\s{1,3}"
    r"(?:for|to)|same\s{1,3}(?:goes\s{1,3})?for|ditto(?:\s{1,3}for)?|"
    r"so\s{1,3}(?:are|were|did|have|had)|likewise|similarly)"
    r"\s{0,3}[:,—–-]?\s{0,3}[\"“‘'*]?$")
#: A noun phrase standing for the decided shows before "include", longer than
#: ``_LIST_STANDS_FOR_RE`` reads: "The network's slate for next season includes", "Its
#: scripted series for the fall will include" (a show noun or a set's noun in it; no new shows:
#: a new series is no renewal).
_INCLUDE_LEAD_RE = re.compile(
    r"(?i)^\W{0,3}(?:the|its|their|this|these|those|[\w+.&-]{1,20}['’]s|other|others)\b"
    r"[^.;:!?\"“”]{0,70}?\b(?:also\s{1,3}|will\s{1,3}(?:also\s{1,3})?|now\s{1,3})?"
    r"include[sd]?\s{0,3}[:,—–-]?\s{0,3}[\"“‘'*]?$")
_SET_NOUN_RE = re.compile(
    rf"(?i)\b(?:{common_show_nouns(4, plural=True)}|{_DECIDED_SET}|titles|ones|others)\b")
_NEW_SHOWS_RE = re.compile(r"(?i)\b(?:new|newcomers?|freshman|rookie|debut\w*|upcoming|"
                           r"incoming)\b")
#: The words after a list that add it to that decision: "A and B are also on the list", "... are
#: in the same boat", "... made the list too", "... were too", "..., too", "... share its fate".
_ADDS_TAIL_RE = re.compile(
    r"(?i)[\"”’'*]?\s{0,3},?\s{0,3}(?:(?:all|both|each)\s{1,3})?(?:"
    r"(?:are|were|is|was)\s{1,3}(?:(?:all|both)\s{1,3})?(?:also|likewise)\s{1,3}"
    rf"(?:on|in|among)\s{{1,3}}(?:the|that|this)\s{{1,3}}{_DECIDED_SET}|"
    r"(?:are|were)\s{1,3}(?:(?:all|both|also)\s{1,3})?in\s{1,3}the\s{1,3}same\s{1,3}boat|"
    rf"(?:also\s{{1,3}})?(?:made|make|join(?:ed)?)\s{{1,3}}the\s{{1,3}}{_DECIDED_SET}"
    r"(?:\s{1,3}(?:too|as\s{1,3}well))?|"
    r"(?:(?:are|were|did|have|had|will)\s{1,3})?(?:too|as\s{1,3}well)|"
    r"(?:also\s{1,3})?(?:share[sd]?|suffered|met|meet|face[sd]?)\s{1,3}(?:its|their|his|her|"
    r"the\s{1,3}same)\s{1,3}fate)"
    r"\s{0,3}[.!]?\s{0,3}$")
#: A cheap gate: a sentence with none of these words is read no further.
_ADDS_HINT_RE = re.compile(
    rf"(?i)\b(?:also\s{{1,3}}(?:on|in|among|making)|{_DECIDED_SET}|same|fate|"
    r"so\s{1,3}(?:are|were|did|have|had)|ditto|likewise|similarly|joining|includ\w*)\b|"
    r"\b(?:too|as\s{1,3}well)\W{0,3}$")
#: ``_ADDS_HINT_RE.search(text) is not None``, read faster (``prefilter``: ~8 µs a sentence
#: was re entering every branch at every position case-blind).
_adds_hint = caseless_search_test(_ADDS_HINT_RE)


def may_add_to_decision(text: str) -> bool:
    """False when ``text`` holds none of the words ``adds_to_decision`` looks for (most
    sentences: their lists and the decisions before them are then not read for it)."""
    return _adds_hint(text)


def adds_to_decision(text: str, first_start: int, last_end: int) -> str | None:
    """The sentence ``text``, whose list runs from ``first_start`` to ``last_end``, adds its
    list to a decision told before it ("Also on the list are A, B and C", "A and B are in the
    same boat", "The same goes for A and B", "A and B, too"): the sentence without those
    linking words (for the guards that read its other words), or None when it does not."""
    if not _adds_hint(text):
        return None
    lead = text[:first_start]
    if len(lead) <= 60 and _ADDS_LEAD_RE.match(lead):
        return text[first_start:]
    if len(lead) <= 100 and _INCLUDE_LEAD_RE.match(lead) and _SET_NOUN_RE.search(lead) and \
            _NEW_SHOWS_RE.search(lead) is None:
        return text  # the lead's own words are the guards' to read ("do not include")
    if _ADDS_TAIL_RE.match(text, last_end) and list_opens(text, first_start):
        # the list is the sentence's subject: "I loved A and B too" adds nothing
        return text[:last_end]
    return None


def list_end(text: str, spans: Sequence[Located], first_start: int) -> int:
    """Where the list of ``spans`` whose first title starts at ``first_start`` ends (as
    ``longest_list`` joins its items)."""
    end = first_start
    previous: Located | None = None
    notes = [(m.start(), m.end()) for m in _ITEM_PARENTHESIS_RE.finditer(text)] \
        if "(" in text else []
    for span in spans:
        if span.start < first_start or any(
                left <= span.start and span.end <= right for left, right in notes):
            continue
        if previous is not None and not _ITEM_GAP_RE.match(text[previous.end:span.start]):
            break
        end, previous = span.end, span
    return end


# --- a body's list under the headline's counted decision (round 21) ---------------------------

#: The lead a list of a round-up's body comes after, ending on a copula, "include" or a colon:
#: "The network's dramas coming to the fall schedule are", "Its lineup, unveiled on Tuesday,
#: includes", "The full list, as announced:" (``list.headline_governs``).
_HEADLINE_LIST_LEAD_RE = re.compile(
    r"(?i)^\W{0,3}(?!(?:i|we|you|he|she|it)\b)[\w'’]"
    r"[^.;!?\"“”]{0,120}?(?:\b(?:are|were|is|was|include[sd]?|including)|:)"
    r"\s{0,3}[\"“‘'*]?$")
#: A lead naming what its list is besides the decision: a reader's or a critic's own picks,
#: a ranking, what to watch (a list of comparison falls to ``list_is_the_decisions``).
_NOT_DECIDED_LEAD_RE = re.compile(
    r"(?i)\b(?:i|we|my|our|you|your|favou?rites?|loved?|best|worst|top|picks?|watch\w*|"
    r"binge\w*|recommend\w*|streaming|nominat\w*|awards?|emmys?|ratings|rated|ranked|"
    r"highest|lowest|most|least|new|newcomers?|freshman|rookie|debut\w*|upcoming|incoming|"
    r"pilots?|development)\b")
#: New shows told anywhere in the list's sentence ("..., all in their first year"): a list
#: of new shows is no count's renewals (round 15's control).
_NEW_IN_SENTENCE_RE = re.compile(
    r"(?i)\b(?:new|newcomers?|freshman|rookie|debut\w*|upcoming|incoming|pilots?|"
    r"first\s{1,3}(?:year|season|run))\b")
#: Words of a lead that name which of a mixed headline's decisions its list is ("Kestrel
#: Renews 12 Shows, Cancels 3" over "The dramas coming back are A, B and C"): words the
#: trigger vocabulary does not read as a status of their own.
_LEAD_KIND_RES = (
    ("renewed", re.compile(r"(?i)\b(?:return(?:ing|s)?|coming\s{1,3}back|back|keepers?|"
                           r"survivors?|survived|safe|staying|renew\w*|another\s{1,3}season|"
                           r"more\s{1,3}seasons?|live\s{1,3}on)\b")),
    ("cancelled", re.compile(r"(?i)\b(?:casualties|casualty|gone|going|goners?|ending|cut|"
                             r"axed|axe|chopping|cancel\w*|done|victims?|exits?|exiting|"
                             r"leaving|dropped|scrapped|dead|dying|way\s{1,3}out)\b")),
)


def headline_list_lead(text: str, first_start: int) -> str | None:
    """The lead of ``text``'s list (whose first title starts at ``first_start``) when it ends
    on a copula, "include" or a colon and names nothing but the decided shows (no reader's
    picks, ranking, new shows or awards; no new shows after the list either); None
    otherwise."""
    lead = text[:first_start]
    if len(lead) > 140 or _HEADLINE_LIST_LEAD_RE.match(lead) is None or \
            _NOT_DECIDED_LEAD_RE.search(lead) is not None or \
            _NEW_IN_SENTENCE_RE.search(text, first_start) is not None:
        return None
    return lead


#: "Other" in a list's lead that names the headline's kind: the count's other shows, no
#: comparison ("Other dramas coming back include A, B and C"); the rest stays guarded.
_LEAD_OTHER_RE = re.compile(
    r"(?i)\b(?:other|others)\b(?!\s{1,3}(?:networks?|channels?|streamers?|platforms?|"
    r"services?|broadcasters?|outlets?|studios?|years?|seasons?)\b)")


def without_lead_other(text: str, lead: str) -> str:
    """``text`` with the "other" of its list's ``lead`` left out (``list.headline_governs``)."""
    return _LEAD_OTHER_RE.sub("", lead) + text[len(lead):]


def lead_kind(lead: str) -> str | None:
    """The one decision kind a list's lead names in words of its own ("The dramas coming
    back are": renewed), None when it names none or both."""
    kinds = [kind for kind, pattern in _LEAD_KIND_RES if pattern.search(lead)]
    return kinds[0] if len(kinds) == 1 else None


#: A decision's idiom the trigger vocabulary does not read, right before a list's first title
#: (``list.roundup_fate``): "Among the losses are", "It's curtains for", "Kestrel is keeping".
#: Read only in an article that tells a renewal or a cancellation elsewhere: out of one these
#: words say too little ("keeping" a promise, a "loss" at the box office).
#: Between the idiom and the list's first title: other items first, then an item's note of
#: up to three lower-case words ("Among the losses are Kestrel's whole lineup, sci-fi favourite
#: A, and animated series B"), no clause of its own ("which", "who", "but").
_FATE_LEAD_TAIL = (r"\s{1,3}(?:(?:(?!\b(?:which|who|but|while|though|although)\b)[^.;:!?()])"
                   r"{1,70}?,\s{1,3}(?:and\s{1,3})?)?(?:[a-z][\w'’-]{0,20}\s{1,3}){0,3}"
                   r"[\"“‘']?$")
#: Each kind's idioms with the words one of which every match of them holds (the gate
#: ``may_tell_fate`` is built from them: one home for an idiom and its words).
_FATE_BEFORE_RES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    ("renewed", (r"keep\w*", "kept", "held", "holding", "survivors"), re.compile(
        r"(?i)\b(?:(?:is|are|will\s{1,3}be|has\s{1,3}been)\s{1,3}(?:also\s{1,3})?keeping|"
        r"(?:also\s{1,3})?(?:kept|keeps|held\s{1,3}on\s{1,3}to|holding\s{1,3}on\s{1,3}to)|"
        r"(?:the\s{1,3})?(?:survivors|keepers)\s{1,3}(?:are|were|include|included))"
        + _FATE_LEAD_TAIL)),
    ("cancelled", ("losses", "curtains", "end", "axe", "ax", "chop"), re.compile(
        r"(?i)\b(?:(?:(?:biggest|most\s{1,3}[\w-]{3,20}|other|latest|recent|notable)\s{1,3})?"
        r"losses\s{1,3}(?:are|were|have\s{1,3}been|include|included)|"
        r"(?:it['’]s|it\s{1,3}is|it\s{1,3}was)\s{1,3}(?:also\s{1,3})?curtains\s{1,3}for|"
        r"(?:it['’]s|it\s{1,3}is|it\s{1,3}was)\s{1,3}(?:also\s{1,3})?the\s{1,3}end\s{1,3}of\s{1,3}"
        r"the\s{1,3}(?:road|line)\s{1,3}for|"
        r"the\s{1,3}(?:axe|ax|chop)\s{1,3}(?:also\s{1,3})?(?:fell|has\s{1,3}fallen|falls)\s{1,3}on)"
        + _FATE_LEAD_TAIL)),
)
#: The same right after a list's last title: "A, B and C are staying put", "A and B are
#: gone", "A, B and C met their end".
_FATE_AFTER_RES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    ("renewed", ("survived", "sticking", "staying"), re.compile(
        r"(?i)^[\"”’']?,?\s{1,3}(?:(?:will|have|are|were|all|both|also|each)\s{1,3}){0,3}"
        r"(?:survived(?:\s{1,3}the\s{1,3}(?:cut|cull))?|be\s{1,3}sticking\s{1,3}around|"
        r"sticking\s{1,3}around|staying\s{1,3}put)\b")),
    ("cancelled", ("gone", "history", "toast", "finished", "kaput", "more", "done", "met"),
     re.compile(
        r"(?i)^[\"”’']?,?\s{1,3}(?:(?:are|were|is|have|all|both|also|now|officially)\s{1,3})"
        r"{1,3}(?:gone|history|toast|finished|kaput|no\s{1,3}more|done\s{1,3}for)\b"
        r"|^[\"”’']?,?\s{1,3}(?:(?:have|all|both|also)\s{1,3}){0,2}met\s{1,3}(?:their|its)\s{1,3}"
        r"(?:end|maker)\b")),
)


#: Every idiom of ``_FATE_BEFORE_RES`` and ``_FATE_AFTER_RES`` holds one of their words: a
#: sentence with none is not read for a list's bounds (most sentences).
_FATE_HINT_RE = re.compile(r"(?i)\b(?:" + "|".join(
    word for _, words, _ in (*_FATE_BEFORE_RES, *_FATE_AFTER_RES) for word in words) + r")\b")


#: ``_FATE_HINT_RE.search(text) is not None``, read faster (``prefilter.caseless_search_test``:
#: the lower case behind a look-ahead of the words' first letters; round 27, ~0.6 → ~0.3 ms a
#: corpus article).
_fate_hint = caseless_search_test(_FATE_HINT_RE)


def may_tell_fate(text: str) -> bool:
    """False when ``text`` holds no word of a round-up's fate idioms (``fate_idiom``)."""
    return _fate_hint(text)


def fate_idiom(text: str, first_start: int, last_end: int) -> tuple[str, int, int] | None:
    """The decision kind an idiom right before the list (first title at ``first_start``) or
    right after it (last title ending at ``last_end``) tells, with the idiom's span; None
    when neither side holds one (``list.roundup_fate``)."""
    lead = text[max(0, first_start - 140):first_start]
    for kind, _, pattern in _FATE_BEFORE_RES:
        found = pattern.search(lead)
        if found is not None:
            offset = first_start - len(lead)
            return kind, offset + found.start(), offset + found.end()
    tail = text[last_end:last_end + 60]
    for kind, _, pattern in _FATE_AFTER_RES:
        found = pattern.match(tail)
        if found is not None:
            return kind, last_end + found.start(), last_end + found.end()
    return None


#: The kinds of show that, as a plural right before a list, name what its items are ("cancelled
#: four shows: A, B and C", "the rookie series A and B", "several dramas, including A, B").
_HEAD_KINDS = kind_alt({*SLATE_KINDS, "series", "originals", "programs"})
#: A determiner, a number or a show's adjective opening the kind's phrase ("the", "four",
#: "original", "rookie"): a bare "shows" may be a verb ("the photo shows A and B").
_HEAD_OPENERS = (
    r"the|its|their|these|those|other|both|all|several|many|some|few|more|two|three|four|"
    r"five|six|seven|eight|nine|ten|a\s{1,3}(?:handful|number|couple|trio|pair)\s{1,3}of|"
    r"original|new|rookie|freshman|sophomore|returning|scripted|unscripted|reality|animated|"
    r"veteran|first-year|second-year|bubble|\d{1,2}")
#: The opener and at most two plain words before a plural kind ("the", "its new", "four
#: rookie"): the start of every kind head's pattern below. Bounded.
_HEAD_LEAD = rf"\b(?:{_HEAD_OPENERS})(?:\s{{1,3}}[a-z][\w-]{{0,20}}){{0,2}}?\s{{1,3}}"
#: Used on the 90 characters before a list's first item only, anchored at their end: the
#: opener, at most two plain words, the plural kind, then at most "the chop / axe / boot",
#: "including / such as / among them / namely", a colon or a dash. Every repeat is bounded.
_KIND_HEAD_RE = re.compile(
    rf"(?i){_HEAD_LEAD}"
    # a collective noun before a colon or a dash too (round 40: "its entire drama lineup: A
    # and B")
    rf"(?:(?:{_HEAD_KINDS})\b|{SHOW_COLLECTIVE}\b(?=\s{{0,3}}[:—–]))"
    r"(?:\s{1,3}the\s{1,3}(?:chop|axe|ax|boot|heave-ho))?"
    # the count's own decision before the colon (round 40: "three Kestrel shows were renewed
    # this week: A, B and C")
    rf"(?:\s{{1,3}}(?:(?:were|are|have\s{{1,3}}been|got)\s{{1,3}})?{_DECISION_VERB}"
    r"(?:\s{1,3}[a-z][\w-]{0,15}){0,3}?(?=\s{0,3}[:—–]))?"
    r"(?:,?\s{1,3}(?:including|such\s{1,3}as|among\s{1,3}them|namely))?"
    r"\s{0,3}(?:[:—–]|\s-)?\s{0,3}[\"“‘']?"
    # a network's word the span finder cut from the first item ("the dramas Fox |Harbor")
    rf"(?:{NETWORK_ITEM_HEAD}\s)?$")
#: Right after a list's last item: a verb or a possessive that makes the items people
#: ("... the shows Ada Lin and Tom Vey star in", "... created", "... said").
_PEOPLE_AFTER_LIST_RE = re.compile(
    r"[\"”’']?(?:\s{1,3}(?:star|stars|starred|starring|created|create|creates|wrote|write|"
    r"writes|lead|leads|led|said|say|says|told|play|plays|played|host|hosts|hosted|who|whose|"
    rf"directed|produced|appear|appeared)\b|{POSSESSIVE}\s)")


def kind_headed(text: str, first_start: int, last_end: int) -> bool:
    """A plural kind of show heads the list from ``first_start`` to ``last_end`` right before
    its first item ("cancelled four shows — A, B, C and D", "renewed the dramas A and B",
    "gave several shows the chop, including A, B and C"): the heading names what every item
    is, whatever the item's look (a first name, a place, a calendar word). Not when a verb
    of people or a possessive follows the last item ("the series Ada Lin and Tom Vey star
    in") (rule ``title.keep.kind_list``)."""
    before = text[max(0, first_start - 90):first_start]
    if _KIND_HEAD_RE.search(before) is None:
        return False
    return _PEOPLE_AFTER_LIST_RE.match(text, last_end) is None


def people_after_list(text: str, last_end: int) -> bool:
    """A verb of people or a possessive follows the list's last item ("the shows Ada Lin, Tom
    Vey and Mara Sol created"): its items are people (round 41, r41names)."""
    return _PEOPLE_AFTER_LIST_RE.match(text, last_end) is not None


#: A kind word that may name one show ("the series X and Y" may be one title with "and" in it):
#: no two-title pair is read after it (``pair_kind_headed``).
_SINGULAR_KINDS = frozenset({"series"})
#: Right after a two-title span: the list goes on, so the span is no whole pair.
_PAIR_GOES_ON_RE = re.compile(r"[\"”’']?\s{0,3}(?:,\s{0,3}[A-Z0-9\"“]|&)")


def pair_kind_headed(text: str, start: int, end: int) -> bool:
    """The span from ``start`` to ``end`` ("Salt Road and Havana") is a list of two shows: a
    plural-only kind of show heads it ("the dramas", "two comedies": not "the series", which
    may head one title with "and" in it), a decision governs the head, right before it or
    farther in its clause (``far_kind_governed``), and the list stops there (rule
    ``list.govern.far_kind_head``)."""
    before = text[max(0, start - 90):start]
    head = _KIND_HEAD_RE.search(before)
    if head is None or _PAIR_GOES_ON_RE.match(text, end) or \
            _PEOPLE_AFTER_LIST_RE.match(text, end) is not None:
        return False
    words = re.findall(r"[a-z]+", head.group(0).lower())
    if any(word in _SINGULAR_KINDS for word in words):
        return False
    return _governs_before(before) or far_kind_governed(text, start, end)


#: ``_GOVERNOR``'s words that tell no decision: they name any list ("cities including A, B
#: and C"), so a place among its items says nothing of what the items are.
_NO_DECISION_GOVERNOR_RE = re.compile(
    r"(?i)(?:including|such\s+as|among\s+them|namely|victims|casualties|list|returning)$")


def decision_governs_from_before(text: str, first_start: int) -> bool:
    """A governing phrase of a decision stands right before the list's first item at
    ``first_start`` ("Kestrel renewed A, B and C"; ``_BEFORE_RE``, its object no thing of its
    own, no word of any list such as "including"): the first of ``decision_governs_list``'s
    ways, which a list of towns alone needs (round 34: "Paris, Rome and Vienna have all been
    cancelled as filming locations" is a subject list, and stays towns)."""
    before = text[max(0, first_start - 90):first_start]
    if _PEOPLE_BEFORE_RE.search(before):
        return False
    found = _BEFORE_RE.search(before)
    if found is not None and _NO_DECISION_GOVERNOR_RE.match(found.group("gov")):
        found = None  # "cities including A, B and C": a list of anything
    return found is not None and _governs_before(before)


def decision_governs_list(text: str, first_start: int, last_end: int) -> bool:
    """A decision governs the list of shows from ``first_start`` to ``last_end`` (its items'
    extent, read from their joiners by the caller): a governing phrase right before the first
    item (``_BEFORE_RE``, its object no thing of its own), a status right after the last
    (``_AFTER_RE``), a decision farther back through a plural kind's head
    (``far_kind_governed``) or one with a season that "all" / "each" gives every item
    (``all_decided``); never a cast's or crew's list ("starring A, B and C") nor one only a
    word of any list heads ("including", ``_NO_DECISION_GOVERNOR_RE``). Each item is
    then a show, so "Salt Road, Lisbon" inside it is two of them (round 32,
    ``title.span.governed_listed_pair``)."""
    before = text[max(0, first_start - 90):first_start]
    if _PEOPLE_BEFORE_RE.search(before):
        return False
    return decision_governs_from_before(text, first_start) or \
        _AFTER_RE.match(text[last_end:last_end + 70]) is not None or \
        far_kind_governed(text, first_start, last_end) or \
        all_decided(text, first_start, last_end)


#: Used on at most 200 characters before a list item, anchored at their end: a plural kind of
#: show heading the list ("the dramas", "its new comedies"), then the items before this one,
#: each closed by a comma ("the dramas Havana, Copper Vale, "). The head's words in any case,
#: the items capitalised. Every repeat is bounded; an item's words are split by one space.
_KIND_HEAD_ITEMS_RE = re.compile(
    rf"(?i:{_HEAD_LEAD}"
    rf"(?P<kind>{_HEAD_KINDS}))\s{{1,3}}"
    r"(?:[\"“‘']?[A-Z][\w’&.-]{0,30}(?: [A-Z][\w’&.-]{0,30}){0,5}[\"”’']?,\s{1,3}){0,8}$")


def plural_kind_heads(text: str, start: int) -> bool:
    """A plural-only kind of show ("the dramas", "two comedies"; not "the series", which may
    head one title) heads the list an item at ``start`` belongs to, right before it or
    before the items ahead of it ("the dramas Salt Road, Lisbon and Havana": the kind says
    each item is a show, so "Salt Road, Lisbon" is two of them, not a town and its region;
    rule ``title.span.kind_listed_pair``, round 31)."""
    found = _KIND_HEAD_ITEMS_RE.search(text, max(0, start - 200), start)
    return found is not None and found.group("kind").lower() not in _SINGULAR_KINDS


def singular_kind_heads(text: str, start: int) -> bool:
    """A kind of show that may head one title ("the series") heads the list an item at
    ``start`` belongs to, as ``plural_kind_heads`` reads a plural one: "renewed the series
    Salt Road, Lisbon and Havana" may name "Salt Road, Lisbon" (round 31's control, kept by
    ``title.span.governed_listed_pair``, round 32)."""
    found = _KIND_HEAD_ITEMS_RE.search(text, max(0, start - 200), start)
    return found is not None and found.group("kind").lower() in _SINGULAR_KINDS


#: Right after a subject list's last item, the word that makes its decision every item's:
#: "A, B and C will all return ...", "... have each been renewed ...", "... all will be back
#: ..." (round 30; ``all_decided``).
_ALL_AFTER_RE = re.compile(
    r"[\"”’']?,?\s{1,3}(?:(?:will|have|has|had|are|were|would)\s{1,3})?(?:all|each|both)\b")
#: After "all" / "each" / "both", a return in a year in place of a season: "... will all
#: return in 2025", "... are all back in early 2026" (``all_decided``).
_ALL_RETURN_YEAR_RE = re.compile(
    r"(?:\s{1,3}(?:will|be|are|is|all|each|both|now|also|set\s{1,3}to)){0,3}\s{1,3}"
    r"(?:return|returning|back|coming\s{1,3}back)\s{1,3}(?:in|for)\s{1,3}"
    r"(?:(?:early|late|mid-?)\s{0,3})?(?:19|20)\d\d\b")
#: How far around a subject list a cast's words tell actors' return (``all_decided``).
_ALL_CAST_WINDOW = 160
#: After "all" / "each" / "both", a return told with no season or year: "... are all coming
#: back", "... will all return", "... are each back" (``all_decided``, under a kind head only).
_ALL_RETURN_BARE_RE = re.compile(
    r"(?:\s{1,3}(?:will|be|are|is|all|each|both|now|also|set\s{1,3}to)){0,3}\s{1,3}"
    r"(?:return|returning|back|coming\s{1,3}back)\b")
#: Used on the 90 characters before a subject list's first item only, anchored at their end:
#: a plural kind of show set before the list with a comma ("the rest of the superhero shows,
#: A, B, C and D are all coming back", "Its dramas, A, B and C, will all return"): the list
#: names those shows (``all_decided``). Every repeat is bounded.
_KIND_APPOSED_HEAD_RE = re.compile(
    rf"(?i){_HEAD_LEAD}"
    rf"(?:{_HEAD_KINDS}),\s{{1,3}}[\"“‘']?$")


#: Right before a kind head, a noun of its own and a preposition: the kind is what the noun
#: belongs to ("the writers of the comedies, A, B and C", "a break from its dramas, A, B ..."),
#: so the list names the noun's, not the shows (``_kind_apposed_head``). A count or a share
#: ("the rest of", "all of") leads on to the shows.
_HEAD_OWNED_BEFORE_RE = re.compile(
    rf"(?<![\w'’-])(?!(?:{_OWN_OBJECT_WORDS})(?![\w'’-]))[a-z][a-z'’-]{{0,24}}\s{{1,3}}"
    r"(?:of|from|for|with|about|in|on|at|by|to|behind|among|over|into)\s{1,3}$")


def _kind_apposed_head(text: str, first_start: int) -> bool:
    """A plural kind of show set before the list at ``first_start`` with a comma
    (``_KIND_APPOSED_HEAD_RE``: "the rest of the superhero shows, A, B and C"), and not the
    kind a noun of its own belongs to ("the writers of the comedies, A, B and C")."""
    head = _KIND_APPOSED_HEAD_RE.search(text, max(0, first_start - 90), first_start)
    return head is not None and _HEAD_OWNED_BEFORE_RE.search(
        text, max(0, head.start() - 40), head.start()) is None


def all_decided(text: str, first_start: int, last_end: int) -> bool:
    """The list from ``first_start`` to ``last_end`` is the subject of one decision with a
    season that "all" / "each" / "both" gives every item ("Martha Gus, Lisbon, Rosa Hazel and
    Salt Road have all been renewed for new seasons", "... will each be back for a second
    season"; round 31: a bare return under a plural kind set before the list with a comma,
    "the rest of its dramas, A, B and C are all coming back"): as a kind of show heading it
    does, the decision says what every item is, whatever
    its look (rule ``title.keep.all_decided_list``). A return without a decision's own verb
    ("will all return", "are all back") counts only with no cast's words around the list
    (actors return for a season too: "the cast is back: Ada Lin, Tom Vey and ..."), where a
    return "in 2025" stands for a season ("... will all return in 2025"); no season
    "of" another show ("... will all return for the second season of Salt Road"); not when a
    verb of people or a possessive follows the last item."""
    every = _ALL_AFTER_RE.match(text, last_end)
    if _PEOPLE_AFTER_LIST_RE.match(text, last_end) or every is None:
        return False
    at = last_end + 1 if text[last_end:last_end + 1] in ("\"", "”", "’", "'", ",") else last_end
    season = TITLE_EVIDENCE_SEASON_AFTER_RE.match(text, at, last_end + 200)
    if season is None and not _ALL_RETURN_YEAR_RE.match(text, at, last_end + 80) and not (
            _ALL_RETURN_BARE_RE.match(text, every.end(), last_end + 80)
            and _kind_apposed_head(text, first_start)):
        return False
    return (season is not None and season.group("decided") is not None) or \
        TITLE_EVIDENCE_CAST_AROUND_RE.search(
            text, max(0, first_start - _ALL_CAST_WINDOW), last_end + _ALL_CAST_WINDOW) is None


#: Right before a list's item, anchored at the end: the joiner after the item ahead of it
#: (", ", ", and ", " and ", " & "), a closing quote of that item first ("“Salt Road” and ").
_ITEM_JOINER_BEFORE_RE = re.compile(
    r"[\"”’']?(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}(?:and|&)\s{1,3})\Z")
#: Right after a list's item: the joiner before the next item, its opening quote last; with
#: ``fullmatch``, the whole text between two items of one list (``shows``' place pairs).
LIST_JOINER_RE = re.compile(
    r"[\"”’']?(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}(?:and|&)\s{1,3})[\"“‘']?")
#: Opening quotes an item ahead may start with.
_ITEM_QUOTE_OPENS = ("\"", "“", "‘", "'")
#: Right after a list's last item, a finite verb of a clause of its own ("... and Hulu
#: Originals will stream the rest", "... and Fox Entertainment President Jane Doe said ...",
#: "... and Lantern House wrapped filming"), unless it is the list's status (``_AFTER_RE``:
#: "... were renewed"). A closed list, not any word ending in "-s" or "-ed": "renewed A and B
#: based on strong ratings", "... thanks to its ratings", "... this week" go on with the
#: decision (the lead, at round 32's merge).
_ITEM_OWN_VERB_AFTER_RE = re.compile(
    r"[\"”’']?\s{1,3}(?:will|would|said|says|told|tells|is|was|has|had|can|could|may|might|"
    r"should|must|are|were|have|call(?:s|ed)|announce[sd]|add(?:s|ed)|note[sd]|"
    r"explain(?:s|ed)|confirm(?:s|ed)|reveal(?:s|ed)|state[sd]|wrote|writes|tweet(?:s|ed)|"
    r"post(?:s|ed)|share[sd]|insist(?:s|ed)|admit(?:s|ted)|tease[sd]|hint(?:s|ed)|"
    r"promise[sd]|agree[sd]|declined|declines|think|thinks|thought|believes|believed|"
    r"hopes|hoped|wants|wanted|plans|planned|wrap(?:s|ped)|premiere[sd]|return(?:s|ed)|"
    r"debut(?:s|ed)|star(?:s|red)|start(?:s|ed)|began|begins|end(?:s|ed)|launch(?:es|ed)|"
    r"air(?:s|ed)|stream(?:s|ed)|move[sd]|land(?:s|ed)|gets|got)\b")
#: The joiner before a list's last item holds "and" / "&" (", and ", " and ").
_AND_JOINER_RE = re.compile(r"\band\b|&")


def list_ends_before_clause(text: str, first_start: int, last_gap: str, last_end: int) -> bool:
    """The list a decision governs right before its first item (at ``first_start``) ends
    before its last item (which ends at ``last_end``, ``last_gap`` the joiner before it):
    after ", and" / "and" that item is followed by a verb of its own
    (``_ITEM_OWN_VERB_AFTER_RE``: "said", "called", "will", "is", "announced" ...) and so is
    the subject of a new clause, not an item ("Kestrel renewed Salt Road and Copper Vale, and
    Tovrel Entertainment President Jane Doe said ..."; rule
    ``title.span.list_ends_before_clause``, round 32). Not when the list's status follows
    (``_AFTER_RE``: "... and C were renewed"), nor "all" / "each" / "both" ("... and C will
    all return": a subject list), nor a list no decision's own verb governs from before: a
    noun's list is the subject its verb follows ("renewals for A, B and C bring the count to
    16")."""
    if not _AND_JOINER_RE.search(last_gap):
        return False
    after = text[last_end:last_end + 70]
    verb = _ITEM_OWN_VERB_AFTER_RE.match(after)
    if verb is None or _AFTER_RE.match(after) or _ALL_AFTER_RE.match(after):
        return False
    before = text[max(0, first_start - 90):first_start]
    found = _BEFORE_RE.search(before)
    return found is not None and DECISION_VERB_END_RE.search(found.group("gov")) is not None \
        and not object_breaks(before[found.end("gov"):])


def _listed_title_at(text: str, at: int, titles: Sequence[str], before: bool) -> str | None:
    """The title of ``titles`` written whole right before ``at`` (``before``) or right
    after it."""
    for title in titles:
        if not title:
            continue
        if before:
            if text.endswith(title, 0, at) and (
                    at == len(title) or not text[at - len(title) - 1].isalnum()):
                return title
        elif text.startswith(title, at) and not text[at + len(title):at + len(title) + 1] \
                .isalnum():
            return title
    return None


def decided_list_item(text: str, start: int, end: int, titles: Sequence[str]) -> bool:
    """The item from ``start`` to ``end`` stands in a list with others of ``titles`` (the
    article's kept titles, each written whole beside its joiner: "renewed Salt Road and |Fox
    Harbor|", "the dramas Salt Road, Copper Vale, |Fox Harbor| and Havana", "Salt Road, |Fox
    Harbor| and Copper Vale have all been cancelled") that a decision governs, right before
    its first item or right after its last (``_BEFORE_RE``, ``_AFTER_RE``; a decision's object
    that is a thing of its own governs nothing, ``object_breaks``), or through a plural kind's
    head farther back (``far_kind_governed``): the item is a decided show like the others,
    whatever word opens it (a network's word before "Harbor" is the title's first word, rule
    ``title.span.network_head``, round 32). Not when the list's last item opens a clause of
    its own ("... and Hulu Originals will stream the rest"). At most eight items each way."""
    first, last = start, end
    for _ in range(8):
        joiner = _ITEM_JOINER_BEFORE_RE.search(text, max(0, first - 12), first)
        ahead = None if joiner is None else _listed_title_at(text, joiner.start(), titles,
                                                             before=True)
        if joiner is None or ahead is None:
            break
        first = joiner.start() - len(ahead)
        if first > 0 and text[first - 1] in _ITEM_QUOTE_OPENS:
            first -= 1
    for _ in range(8):
        joiner = LIST_JOINER_RE.match(text, last)
        behind = None if joiner is None else _listed_title_at(text, joiner.end(), titles,
                                                              before=False)
        if joiner is None or behind is None:
            break
        last = joiner.end() + len(behind)
    if first == start and last == end:
        return False
    after = text[last:last + 70]
    status_after = _AFTER_RE.match(after) is not None
    if not status_after and _ITEM_OWN_VERB_AFTER_RE.match(after):
        return False
    return status_after or _governs_before(text[max(0, first - 90):first]) or \
        far_kind_governed(text, first, last)
