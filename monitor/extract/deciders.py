"""Who decides about shows, read one way for the whole extractor.

A name that renews, cancels, orders or picks up ("Kestrel renews two dramas") is a network or
a studio, never the show; a name written as a show ("Hulu renewed Kestrel", "Kestrel has been
renewed", "Kestrel season 2") is a show whatever else it does. Title discovery asks it of a
candidate title (``decides``), the network reading of a name its deciding shapes give
(``titles.networks_by_shape`` with ``DECIDING_SHAPES`` and ``undergoes_decision``). Both read
the same verbs, the same adverbs and the same name spans from here. Patterns only: no list of
names, no article state.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .showwords import common_show_nouns

#: The active decision verbs, any tense ("renews", "cancelled", "picked up").
_DECISION_VERBS = (r"renew(?:s|ed)?|cancel(?:s|led|ed)?|ax(?:es|ed)|scrap(?:s|ped)?|"
                   r"order(?:s|ed)?|picks?\s{1,3}up|picked\s{1,3}up")
#: Adverbs between a decider and its verb ("Kestrel has quietly renewed the drama").
_DECIDING_ADVERBS = "officially|quietly|also|now|just|finally|reportedly"
#: Adverbs between a show and the decision it undergoes ("Salt Acre has officially been").
_UNDERGOING_ADVERBS = "officially|also|now|finally"

#: Right after a known name, an active decision verb and its object ("Kestrel renews two
#: dramas", "Kestrel has renewed Salt Acre", "Ardent TV picked up the comedy"): the name
#: decides. Not a passive headline ("Salt Acre Renewed For Season 3", "... Renewed Through
#: 2026", "... Cancelled After Two Seasons").
DECIDER_AFTER_RE = re.compile(
    r"^[\"”’']?\s{1,3}(?:(?:TV|Network|Channel|Media|Studios?|Television|Plus)\s{1,3})?"
    r"(?:(?i:has|have|had)\s{1,3})?"
    rf"(?:(?i:{_DECIDING_ADVERBS})\s{{1,3}})?"
    rf"(?i:{_DECISION_VERBS}|green-?lights?|green-?lit|greenlighted)\s{{1,3}}"
    r"(?!(?i:for|by|at|after|as|in|to|on|with|from|over|amid|again|early|off|through|ahead|"
    r"before|until|till|despite|following|season|series|once|twice|officially|and|but|"
    r"or|because|so|amid|quickly|renewed|cancelled|canceled)\b)"
    r"(?:[A-Z\"“‘'0-9]|(?i:its|the|two|three|four|five|six|seven|eight|a|an|both|another|"
    r"his|her|their|several|more|new)\b)")

#: Right after a name, an announcement or a premiere whose object is a season ("Kestrel
#: confirmed a third season of Salt Acre", "Kestrel announced a second season of ...",
#: "Kestrel will premiere the third season of ..."): the name hands out or airs the season,
#: so it decides, as a renewal's subject does. Round 18: a network no list holds took the
#: fact ("name no label has").
_NUMBERED = r"(?:season|series)\s{1,3}(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
_SEASON_OF = (rf"(?:the\s{{1,3}}(?:[\w-]{{1,15}},?\s{{1,3}}){{0,2}}?(?:season|series)|{_NUMBERED})"
              r"\s{1,3}of\b")
DECIDER_SEASON_AFTER_RE = re.compile(
    r"^[\"”’']?\s{1,3}(?:(?:TV|Network|Channel|Media|Studios?|Television|Plus)\s{1,3})?"
    r"(?:(?i:has|have|had|will)\s{1,3})?"
    rf"(?:(?i:{_DECIDING_ADVERBS})\s{{1,3}})?"
    # a season handed out: any season phrase but the name's own ("its second season")
    r"(?i:(?:confirm(?:s|ed)?|announc(?:es|ed|e)|unveil(?:s|ed)?)\s{1,3}"
    r"(?:(?:a|an|another)\s{1,3}(?:[\w-]{1,15},?\s{1,3}){0,2}?(?:season|series)\b"
    rf"|{_SEASON_OF})"
    # a season aired: only another's ("premiered its second season" is the show's own)
    rf"|(?:premiere(?:s|d)?|debut(?:s|ed)?)\s{{1,3}}{_SEASON_OF})")

#: Right after a name, a decision told in other words than a decision verb, with a show as
#: its object: a renewal declined ("Kestrel has opted not to renew Salt Acre", "decided
#: against renewing", "declined to renew"), a run extended ("Kestrel has extended the run of
#: Salt Acre"), a return confirmed ("Kestrel confirmed Salt Acre will return"). The name
#: decides (round 19, s19left: a network no list holds took the fact in a headline).
DECIDER_OTHER_WORDS_AFTER_RE = re.compile(
    r"^[\"”’']?\s{1,3}(?:(?:TV|Network|Channel|Media|Studios?|Television|Plus)\s{1,3})?"
    r"(?:(?i:has|have|had)\s{1,3})?"
    rf"(?:(?i:{_DECIDING_ADVERBS})\s{{1,3}})?"
    r"(?i:(?:opt(?:s|ed)?|decide[sd]?|cho(?:se|oses)|elect(?:s|ed)?)\s{1,3}(?:not\s{1,3}to|"
    r"to\s{1,3}not|against)\s{1,3}(?:renew(?:ing)?|cancel(?:l?ing)?|re-?commission(?:ing)?|"
    r"order(?:ing)?|continu(?:e|ing)\s{1,3}with)"
    r"|declin(?:es|ed)\s{1,3}to\s{1,3}(?:renew|re-?commission|order)"
    r"|extend(?:s|ed)\s{1,3}the\s{1,3}run\s{1,3}of"
    r"|confirm(?:s|ed)\s{1,3}(?:that\s{1,3})?(?=[\"“‘'A-Z])(?-i:[\"“‘']?[A-Z0-9][^\s,;.]*)"
    r"(?:\s{1,3}[^\s,;.]+){0,5}?\s{1,3}(?:will\s{1,3}(?:return|be\s{1,3}back|come\s{1,3}back)|"
    r"is\s{1,3}(?:returning|coming\s{1,3}back))\b)"
    r"\s{0,3}(?:[A-Z\"“‘'0-9]|(?i:its|the|two|three|four|five|six|a|an|both|another|their|"
    r"for|in|next|this)\b)")

#: Right before a name, a relative clause's opening whose object is the show named before it
#: (", which", ", that", "the drama that", "a comedy" with no relative word), and right after
#: the name, an active decision verb with no object of its own: "Copper Vale, which Kestrel
#: cancelled in May", "a drama Kestrel renewed last year", "another drama Kestrel
#: cancelled" (round 25, m25drops). The show is the clause's
#: antecedent; the name is who decided (round 19: a network no list holds took the fact).
DECIDER_RELATIVE_BEFORE_RE = re.compile(
    r"(?:,\s{1,3}(?:which|that)|\b(?:the|a|an|another)\s{1,3}(?:[a-z][\w-]{1,15}\s{1,3})?"
    rf"(?:{common_show_nouns(6)}|procedural|docuseries|miniseries)"
    r"(?:\s{1,3}(?:which|that))?"
    # and of a plural: "one of the shows Kestrel renewed", "among five dramas Kestrel axed"
    r"|\b(?:among|of)\s{1,3}(?:the|its|their|\w{3,5}|\d{1,2})\s{1,3}(?:[a-z][\w-]{1,15}\s{1,3})?"
    rf"(?:{common_show_nouns(6, plural=True)}|titles|programmes|originals)"
    r"(?:\s{1,3}(?:which|that))?)\s{1,3}[\"“‘']?$")
DECIDER_RELATIVE_AFTER_RE = re.compile(
    r"^[\"”’']?\s{1,3}(?:(?:TV|Network|Channel|Media|Studios?|Television|Plus)\s{1,3})?"
    r"(?:(?i:has|have|had)\s{1,3})?"
    rf"(?:(?i:{_DECIDING_ADVERBS}|since|later|eventually|ultimately|abruptly)\s{{1,3}})?"
    rf"(?i:{_DECISION_VERBS}|green-?lit|greenlighted)"
    # no object of its own: the clause ends, or a time, a reason or a count follows
    r"(?=\s{0,3}(?:[,.;:)\u2014\u2013]|$)|\s{1,3}(?i:in|on|last|earlier|this|after|following|"
    r"for|back|before|over|amid|once|when|just|due|because|two|three|\d)\b)")


#: The same reading where the name is not known yet: shapes scanned over a line, the name
#: read right before each match (``titles.networks_by_shape``). Narrower than
#: ``DECIDER_AFTER_RE``, as a name found this way has no other cue: a present-tense decision
#: ("Tovrel renews"), a past one with a determiner or a count of shows as its object ("Tovrel
#: has canceled the drama / three freshman series"), a pick-up of "it" ("Tovrel picking it
#: up"). With, for each shape, the words one of which every match holds (lower case): a shape
#: reads only the lines holding one, by plain substring search.
DECIDING_SHAPES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\s(?:has\s|have\s|had\s)?"
                # round 38 (r38leftovers): a decision told as the network's past ("Tovrel
                # previously cancelled another sitcom of theirs, Salt Road")
                rf"(?:(?i:{_DECIDING_ADVERBS}|previously|earlier|already|recently)\s)?"
                r"(?:(?i:renews|cancels|axes|greenlights)\b|"
                r"(?i:renewed|cancell?ed|canceled|axed|greenlit)\s(?=(?:the|its|their)\s|(?:two|"
                r"three|four|five|six|several|both|all)\s(?:\w+\s)?(?:"
                + common_show_nouns(5, plural=True) + r"|pilots)\b"
                r"|another\s(?:\w+\s)?(?:" + common_show_nouns(5) + r")\s(?:of\s(?:theirs|its|"
                r"their\sown|its\sown)\b|[,:]\s?[\"“‘']?[A-Z])))"),
     ("renew", "cancel", "axe", "greenl")),
    (re.compile(r"\s(?i:picking|picked|picks)\s(?:it|them)\sup\b"), ("pick",)),
)

#: Right before a name, an active decision verb: the name is what was decided about.
_DECIDED_BEFORE_RE = re.compile(
    rf"(?i:{_DECISION_VERBS})\s{{1,3}}(?:(?i:the|its)\s{{1,3}})?[\"“‘']?$")
#: Right after a name, what only a show is or does: a decision undergone ("Kestrel has been
#: renewed", "Kestrel gets a second season"), a season of its own ("Kestrel season 2",
#: "Kestrel's third season"), a return or a premiere ("Kestrel returns", "Kestrel will
#: premiere").
_SHOW_AFTER_RE = re.compile(
    r"(?i)^[\"”’']?(?:['’]s\s{1,3}(?:[\w-]{1,12}\s{1,3})?(?:season|series)\b|\s{1,3}"
    r"(?:(?:has|have|had|will|would|is|are|was|were|has\s{1,3}been|have\s{1,3}been|had\s{1,3}"
    r"been|will\s{1,3}be|is\s{1,3}being|officially|also|now|finally)\s{1,3}){0,3}"
    r"(?:been\s{1,3})?(?:renewed|cancell?ed|axed|scrapped|ordered|picked\s{1,3}up|"
    r"gets?|got|lands?|landed|scores?|scored|returns?|returning|premieres?|premiering|"
    r"debuts?|season|series\s{1,3}\d|wraps?|films?|filming|shoots?|ends|ended|airs?|aired)\b)")
#: Right after a name, a decision it undergoes, in the passive, or its own numbered season
#: ("Salt Acre has been renewed", "Salt Acre season 2"): what a network never is. Narrower than
#: ``_SHOW_AFTER_RE``: a network also has "new series", airs, gets and returns.
_UNDERGOES_AFTER_RE = re.compile(
    r"(?i)^[\"”’']?\s{1,3}(?:(?:(?:has|have|had)\s{1,3}been|was|were|is|are)\s{1,3}"
    rf"(?:(?:{_UNDERGOING_ADVERBS})\s{{1,3}})?(?:renewed|cancell?ed|canceled|axed|"
    r"scrapped|picked\s{1,3}up)\b|(?:season|series)\s{1,3}\d)")


#: Right after a name, a relative clause opening on an active decision verb with an object
#: ("Kestrel, which renewed Glass Harbor in May", "Lumen Plus, which has cancelled two
#: dramas"): the name decides, as ``DECIDER_AFTER_RE``'s does (round 19).
DECIDER_WHICH_AFTER_RE = re.compile(
    r"^[\"”’']?\s{0,2},\s{1,3}(?:which|that)" + DECIDER_AFTER_RE.pattern[1:])


#: A sentence adverb set off by commas between a name and its verb: "Kestrel, meanwhile, has
#: cancelled ...", "Tovrel, for its part, renewed ..." (round 29). Bounded, no free text.
ASIDE_ADVERBS = (
    r"meanwhile|however|too|also|likewise|instead|similarly|in\s{1,3}turn|"
    r"for\s{1,3}(?:its|their)\s{1,3}part|in\s{1,3}the\s{1,3}meantime|on\s{1,3}the\s{1,3}other"
    r"\s{1,3}hand|though|then|in\s{1,3}(?:addition|contrast)|for\s{1,3}now")
_ADVERB_ASIDE_RE = re.compile(rf"^[\"”’']?,\s{{1,3}}(?i:{ASIDE_ADVERBS}),")


def decides_past_adverb(window: str) -> bool:
    """The text after a name is a comma-set adverb, then what ``DECIDER_AFTER_RE`` reads:
    "Kestrel, meanwhile, has cancelled Salt Road" decides as "Kestrel has cancelled Salt
    Road" does (rule ``title.veto.decider_past_aside``)."""
    if not window[:2].lstrip("\"”’'").startswith(","):
        return False  # the common case, checked without a regex
    aside = _ADVERB_ASIDE_RE.match(window)
    return aside is not None and DECIDER_AFTER_RE.match(window[aside.end():]) is not None


def decides_after(text: str, end: int) -> bool:
    """A name ending at ``end`` decides: an active decision verb and its object follow."""
    window = text[end:end + 80]
    return DECIDER_AFTER_RE.match(window) is not None or \
        DECIDER_SEASON_AFTER_RE.match(window) is not None or \
        DECIDER_OTHER_WORDS_AFTER_RE.match(window) is not None or \
        decides_past_adverb(text[end:end + 100])


def shown_as_show_at(line: str, start: int, end: int, *, undergoes: bool = False) -> bool:
    """The name at ``line[start:end]`` is written as a show there: the object of a decision
    ("Hulu renewed Kestrel") or, after it, what only a show undergoes or does ("Kestrel has
    been renewed", "Kestrel season 2", "Kestrel returns"). With ``undergoes``, only a decision
    undergone or a numbered season counts after it (a network also airs, gets and returns)."""
    if _DECIDED_BEFORE_RE.search(line[max(0, start - 40):start]) is not None:
        return True
    after = _UNDERGOES_AFTER_RE if undergoes else _SHOW_AFTER_RE
    return after.match(line[end:end + 80]) is not None


def decides(title: str, lines: Sequence[str]) -> bool:
    """The name is the subject of an active renew / cancel / order / pick-up with an object
    in some line ("Kestrel renews two dramas"), or announces or airs a season ("Kestrel
    confirmed a third season of ..."), and is never written with a season of its own or as
    the object of such a verb: it decides about shows, so it is no show."""
    return deciding_rule(title, lines) is not None


def deciding_rule(title: str, lines: Sequence[str]) -> str | None:
    """``decides``, with the title rule that says why: ``title.veto.decider`` for a decision
    verb, ``title.veto.season_announcer`` when only a season announced or aired shows it,
    ``title.veto.relative_decider`` when only a relative clause's decision about the show
    before it does ("Copper Vale, which Kestrel cancelled")."""
    rule = None
    for line in lines:
        for start, end in whole_word_spans(title, line):
            window = line[end:end + 80]
            if DECIDER_AFTER_RE.match(window) is not None:
                rule = "title.veto.decider"
            elif DECIDER_SEASON_AFTER_RE.match(window) is not None:
                rule = rule or "title.veto.season_announcer"
            elif DECIDER_OTHER_WORDS_AFTER_RE.match(window) is not None:
                rule = rule or "title.veto.decider_other_words"
            elif DECIDER_WHICH_AFTER_RE.match(window) is not None:
                rule = rule or "title.veto.relative_decider"
            elif DECIDER_RELATIVE_AFTER_RE.match(window) is not None and \
                    DECIDER_RELATIVE_BEFORE_RE.search(line[max(0, start - 60):start]):
                rule = rule or "title.veto.relative_decider"
            elif decides_past_adverb(line[end:end + 100]):
                rule = rule or "title.veto.decider_past_aside"
            elif shown_as_show_at(line, start, end):
                return None  # "Hulu renewed Kestrel", "Kestrel was renewed": a show after all
    return rule


def undergoes_decision(name: str, lines: Sequence[str],
                       lowered: Sequence[str] | None = None) -> bool:
    """Somewhere in ``lines`` the name (lower case; read case-blind) undergoes a decision, is
    a decision's object or numbers a season of its own: it is a show, whatever else it does.
    ``lowered``: the lines in lower case, when the caller has them already."""
    for line, low in zip(lines, lowered or [line.lower() for line in lines], strict=True):
        if name in low and any(shown_as_show_at(line, start, end, undergoes=True)
                               for start, end in whole_word_spans(name, line, seen=low)):
            return True
    return False


def whole_word_spans(name: str, line: str, *, lower: bool = False,
                     seen: str | None = None) -> Iterator[tuple[int, int]]:
    """Where ``name`` stands in ``line`` as whole words (no word character or apostrophe
    against either end), left to right and not overlapping, as a pattern's ``finditer`` would
    find them; by plain search, not a pattern compiled per name on every article. With
    ``lower`` (or ``seen``, the line already in lower case), ``name`` is lower case and
    ``line`` is read case-blind."""
    if seen is None:
        seen = line.lower() if lower else line
    if len(seen) != len(line):  # a letter whose lower case is longer ("İ"): the pattern
        pattern = re.compile(rf"(?i)(?<![\w'’]){re.escape(name)}(?![\w'’])")
        yield from (m.span() for m in pattern.finditer(line))
        return
    start = seen.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not _word_or_apostrophe(line[start - 1])) and \
                (end == len(line) or not _word_or_apostrophe(line[end])):
            yield start, end
            start = seen.find(name, end)
        else:
            start = seen.find(name, start + 1)


def _word_or_apostrophe(char: str) -> bool:
    """What ``[\\w'’]`` matches: a letter or digit of any script, an underscore, an
    apostrophe."""
    return char.isalnum() or char in "_'’"
