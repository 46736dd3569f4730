"""Does the article give evidence that a title names a TV show?

Title discovery keeps a capitalised span beside a status verb unless a veto names it something
else (a network, a place, a person ...). Vetoes are lists; the things a span can be besides a
show are not (a film, a book, a game, a podcast, a company, a programming block, an event, a
character, a headline's words). So a fact is only made from a title the watch list or the
store does not know, and the text neither quotes nor heads, when the article also says, in
some words next to the name, that it is a TV show:

- a season phrase at the name ("X season 3", "season 3 of X", "X's second season", "X: Series
  2") or in the clause that names it ("renewed X for a fourth season");
- a kind of show next to it ("the FX drama X", "X, a new comedy series, ...", "X is a sitcom");
- a network or streamer as its home ("Netflix's X", "X (HBO)", "X on Hulu", "X airs on BBC
  One");
- its cast, its episodes or its parts ("X star Jane Doe", "the cast of X", "X's finale", "an
  episode of X");
- a second mention elsewhere in the article (the article is about it, not naming it once).

Each kind of evidence is named (``monitor extract --explain`` says which held).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from .candidate import MentionLike
from .dates import MONTHS, NAMED_DAYS, WEEKDAYS, named_day_alt
from .deciders import ASIDE_ADVERBS
from .patterns import season_noun_after
from .shows import LEAD_SENTENCES, opens_as_subject
from .showwords import (
    _AFTER,
    _BEFORE,
    _CLOSING_QUOTE_RE,
    _KIND_AFTER_RE,
    _KIND_BEFORE_RE,
    _KINDS,
    _LEAD_REFERENCE_RE,
    _QUOTES,
    _SEASON_AFTER_RE,
    _SEASON_BEFORE_RE,
    _SEASON_ONLY_IN_CLAUSE_RE,
    COUNTED_ITEM_END_RE,
    COUNTED_LIST_BEFORE_RE,
    INTRODUCED_RE,
    PLURAL_OBJECT_RE,
    SERIES_LABEL_BEFORE_RE,
    SLATE_SENTENCES,
    VERSION_OF_BEFORE_RE,
    _clause_after,
    _clause_before,
    common_show_nouns,
    long_aside_ends,
    longest_first,
    refers_ahead,
    slate_names_none,
    slate_placed,
    status_past_aside,
    tells_slate,
)
from .titles import network_names, vocabulary, whole_mentions

#: A role, a part or an audience of a show right after its name: "X star Jane Doe", "the X
#: cast", "X's finale", "X fans".
_PART_AFTER_RE = re.compile(
    r"(?i)^(?:['’]s?)?(?:\s{1,2}(?:co-?stars?|stars?|cast|cast\s+members?|creators?|"
    r"co-creators?|showrunners?|writers?|episodes?|pilot|finale|premiere|fans|viewers|fandom|"
    r"alum|alums|alumni|ep|eps|executive\s+producers?|producers?|renewal|cancell?ation|set|"
    r"spinoff|spin-off|reboot|revival|return|comeback|trailer|teaser|ratings|audience|"
    r"storylines?|characters?|writers['’]\s+room)|,?\s{1,2}(?:hosted|created|produced|executive\s+"
    r"produced|showrun)\s+by)\b")

#: The same before it: "the cast of X", "an episode of X", "who stars in X", "plays Jane in
#: X", "the X finale" is read after.
_PART_BEFORE_RE = re.compile(
    r"(?i)\b(?:cast|stars?|episodes?|pilot|finale|premiere|creators?|showrunners?|writers|"
    r"fans|viewers|set|return|renewal|cancell?ation|revival|reboot|host|hosts|producers?|"
    r"seasons?)\s{1,2}of\s{1,2}(?:the\s{1,2})?$|\b(?:stars?|starring|starred|co-stars?|"
    r"appears?|appeared|plays|played|playing|role|hosts?|hosted|hosting|guest)\s{1,2}"
    r"(?:[\w’'.-]{1,20}\s{1,2}){0,4}?(?:in|on)\s{1,2}(?:the\s{1,2})?$")

#: An ordinal a season is told by ("fourth", "4th").
_ORDINAL_WORD = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                 r"\d{1,2}(?:st|nd|rd|th))")
#: A season phrase anywhere in a clause ("renewed X for a fourth season", "X returns for
#: series two", "X is about to get a multi-year renewal").
_SEASON_IN_CLAUSE_RE = re.compile(
    r"(?i)\b(?:seasons?|series\s{1,2}(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|"
    r"ten)\b|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}"
    r"(?:st|nd|rd|th)|new|another|final)\s{1,2}(?:series|run|cycle|instal?lment)|episodes?|"
    r"episodic|\d{1,2}-episode|showrunner|sitcom|miniseries|docuseries|hiatus|the\s{1,2}"
    r"network|streamer|streaming\s{1,2}service|broadcaster|channel|"
    # a renewal counted in years or seasons is a show's (round 11): "a multi-year renewal"
    r"(?:multi|two|three|four|five|\d)-?(?:year|season)\s{1,2}(?:renewal|pick-?up|order|"
    r"extension)"
    # (round 37) a season told by its ordinal alone at a decision's clause end: "X has been
    # renewed for a fourth.", "picked up for a fourth and fifth"
    r"|(?:renew(?:ed|s)?|recommission(?:ed|s)?|picked\s{1,2}up|ordered)\s{1,4}"
    r"(?:[\w’'-]{1,20}\s{1,4}){0,4}?for\s{1,2}(?:a|an|its)\s{1,2}" + _ORDINAL_WORD
    + r"(?:\s{1,2}and\s{1,2}(?:an?\s{1,2})?(?:" + _ORDINAL_WORD[3:-1] + r"|final))?"
    r"(?=\s{0,2}(?:[.;:!,]|$)))\b")

#: The next sentence refers back to the last show named by its kind ("The series follows
#: ...", "The Netflix drama stars ...") or by its parts ("Its third season premiered ...").
_REFERENCE_OPENER_RE = re.compile(
    rf"(?i)^\s{{0,2}}(?:(?:the|this|that|its)\s{{1,2}}(?:[\w’'&+.-]{{1,20}}\s{{1,2}}){{0,3}}?"
    rf"(?:{_KINDS})|(?:its|their)\s{{1,2}}(?:[\w’'&+.-]{{1,20}}\s{{1,2}}){{0,2}}?(?:seasons?|"
    rf"episodes?|finale|premiere|cast|showrunners?|creators?|stars?))\b")

#: A next sentence that names no show and tells a decision of it as a kind of show ("Tovrel
#: has renewed the drama for a second season") or of "it" with a season ("It has been renewed
#: for a second season"): the name before is that show (``title.keep.referred``).
_REFERRED_AS_SHOW_RE = re.compile(
    r"(?i)^[^.;:]{0,60}?\b(?:renew(?:ed|s)|cancell?(?:ed|s)|canceled|axed|ordered|picked\s"
    r"up|scrapped|pulled\sthe\splug\son|brought\sback|revived)\s{1,3}the\s{1,2}"
    rf"(?:[\w’'&+.-]{{1,20}}\s{{1,2}}){{0,2}}?(?:{_KINDS})\b|"
    r"^\s{0,2}it\s[^.;:]{0,60}?\b(?:(?:first|second|third|fourth|fifth|sixth|new|final|"
    r"another)\s(?:season|series)|season\s(?:\d{1,2}|one|two|three|four|five|six))\b")
#: The same of the sentence before's list: "Both shows have been renewed", "The two dramas
#: return", "Tovrel has cancelled both".
_PLURAL_REFERRED_RE = re.compile(
    r"(?i)^\W{0,3}(?:(?:both|all|each)\s(?:of\s)?(?:the\s|these\s|those\s)?(?:two\s|three\s|"
    r"four\s)?|(?:these|those|the)\s(?:two|three|four)\s)(?:"
    + common_show_nouns(5, plural=True) + r")\b")


@functools.lru_cache(maxsize=1)
def _network_home_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A network or streamer as the show's home, before ("Netflix's X", "HBO series X") and
    after ("X (Hulu)", "X on Netflix", "X, which airs on BBC One")."""
    names = longest_first(vocabulary().networks)
    alternation = "|".join(re.escape(n) for n in names if n)
    before = re.compile(
        rf"(?i)(?<![\w-])(?:{alternation})(?:['’]s?)?\s{{1,2}}(?:[\w’'-]{{1,20}}\s{{1,2}}){{0,3}}$")
    after = re.compile(
        rf"(?i)^(?:['’]s?)?\s{{0,2}}(?:\(\s{{0,2}}(?:{alternation})\b|,?\s{{1,2}}"
        rf"(?:(?:which|that|will|is|was|has|had|also|now|still|currently|streams|streaming|"
        rf"airs|aired|airing|returns|returning|premieres|premiered|debuts|debuted|launches|"
        rf"launched|began|begins|ran|runs|landed|lands|moved|moves|arrives|is\s{{1,2}}"
        rf"available|been|cancell?ed|renewed|axed|dropped|picked|up|ordered)\s{{1,2}}){{0,3}}"
        rf"(?:on|at|from|to|for|via|by)\s{{1,2}}(?:the\s{{1,2}})?"
        rf"(?:{alternation})\b)")
    # In the clause, as the vetoes write them: "Audience", "Alibi" in lower case are words.
    cased = "|".join(re.escape(n) for n in longest_first(network_names()))
    anywhere = re.compile(rf"(?<![\w-])(?:{cased})(?![\w-])")
    return before, after, anywhere


#: A number right after a mention: its title's own or its season, which only a season
#: phrase or a described number tells (``shows.with_own_number``).
_NUMBER_NEXT_RE = re.compile(r"\s\d")


def mention_evidence(text: str, at: int, end: int) -> str | None:
    """The evidence the mention ``text[at:end]`` gives (the name of its kind), or None."""
    before = text[max(0, at - _BEFORE):at]
    after = text[end:end + _AFTER]
    bare_before = before.rstrip(_QUOTES)
    if at and text[at - 1] in _QUOTES and _CLOSING_QUOTE_RE.match(text, end):
        return "quoted"
    if _SEASON_AFTER_RE.match(after) or _SEASON_BEFORE_RE.search(bare_before) or \
            season_noun_after(text, end):  # "X Book Two", "X Collection 4" (round 39)
        return "season_at_name"
    if _KIND_BEFORE_RE.search(bare_before) or _KIND_AFTER_RE.match(_clause_after(after)) or \
            _COUNTED_AMONG_RE.match(after):
        return "kind_of_show"
    if not _NUMBER_NEXT_RE.match(after):  # (round 39: "X 9" may be X's ninth season)
        if VERSION_OF_BEFORE_RE.search(bare_before[-50:]):
            return "version_of"  # "the Australian edition of X"
        if at < 30 and SERIES_LABEL_BEFORE_RE.search(bare_before):
            return "series_label"  # "Series premiere: X returns ..."
    home_before, home_after, home_anywhere = _network_home_res()
    if home_before.search(bare_before) or home_after.match(after):
        return "network_home"
    if _PART_AFTER_RE.match(after) or _PART_BEFORE_RE.search(bare_before):
        return "cast_or_episode"
    clause = _clause_before(before) + " " + _clause_after(after)
    if _SEASON_IN_CLAUSE_RE.search(clause):
        return "tv_word_in_clause"
    if home_anywhere.search(clause):
        return "network_in_clause"
    decided = _DECISION_OBJECT_RE.search(_clause_before(bare_before))
    if decided and not _AGENT_NOUN_RE.match(decided.group(0)):
        return "decision_object"
    if COUNTED_LIST_BEFORE_RE.search(bare_before) and COUNTED_ITEM_END_RE.match(after):
        return "counted_list"
    return _season_past_aside(text, end) or _own_news(text, at, end)


#: Round 37 (r37bare): a name opening its sentence whose own verb tells its news with the
#: news's time ("X returns on July 14", "X debuts Friday on Kestrel", "X Returns This Fall")
#: or a shoot's end or start ("X wraps filming", "X has begun production in Belfast"): a
#: season's start or a shoot is a show's, as a reader takes it (``title.evidence.own_news``).
#: Not a person's way back ("to the stage", "to work", "to her role"), nor a cinema's: the
#: place between is a capitalised name (a channel), the time follows.
_NEWS_TIME = (
    r"(?:(?:on|this|next|in|from|early|late|later|the)\s{1,2}){0,3}(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True)) + "|"
    + "|".join(WEEKDAYS) + r"|tonight|tomorrow|week|month|year|spring|summer|fall|autumn|"
    r"winter|\d{1,2}(?:st|nd|rd|th)?\s{1,2}(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")|20\d\d"
    # round 38 (r38leftovers): a named day ("returns Christmas Day on Kestrel", "is back
    # Easter Monday", "premieres Christmas on Kestrel")
    + "|" + named_day_alt(NAMED_DAYS, alone=False) + "|"
    + "|".join(day.alone for day in NAMED_DAYS if day.alone) + r")\b")
_NEWS_PLACE = (
    r"(?:on|to)\s{1,2}(?:the\s{1,2})?(?!(?:the|stage|screens?|cinemas?|theat(?:er|re)s?|big|small|"
    r"set|work|school|office|court|field|ring|studio|her|his|their|its|my|our|your|a|an|"
    r"location|air|track|top|form|duty|action)\b)(?-i:[A-Z0-9][\w’'&+.-]{0,20}(?:\s{1,2}"
    r"[A-Z0-9][\w’'&+.-]{0,20}){0,2})")
#: A premiere at a venue is a play's, a film's or an event's: "X premieres on June 14 at the
#: Lyric", "X returns on July 14 in cinemas", "X debuts Friday on stage at the festival".
_NOT_A_VENUE = (r"(?![^.;:!?]{0,80}?\b(?:at\s{1,2}the\s{1,2}\w|in\s{1,2}(?:cinemas|theat(?:er|re)s)"
                r"|on\s{1,2}(?:the\s{1,2})?stage|festival|box\s{1,2}office|gallery|museum))")
#: Round 38 (r38leftovers): the end of a wait, before or after the verb ("is finally back on
#: June 5!", "at last returns to Kestrel", "returns to screens at long last on 5 June").
_AT_LAST = r"(?:finally|at\s{1,2}(?:long\s{1,2})?last),?\s{1,2}"
_OWN_NEWS_AFTER_RE = re.compile(
    r"(?i)^['’\"”]?,?\s{1,2}(?:(?:will|officially|finally|at\s{1,2}(?:long\s{1,2})?last,?|"
    r"is\s{1,2}(?:set|due|slated|scheduled)"
    r"\s{1,2}to)\s{1,2}){0,2}(?:(?:returns?|debuts?|premieres?|comes?\s{1,2}back|"
    rf"is\s{{1,2}}(?:{_AT_LAST})?back|be\s{{1,2}}back|"
    rf"is\s{{1,2}}(?:{_AT_LAST})?(?:coming\s{{1,2}}back|returning))\s{{1,2}}"
    # a return "to (our) screens" is a show's (not a film's "to cinemas", a star's "to the
    # stage")
    r"(?:to\s{1,2}(?:our\s{1,2}|your\s{1,2}|tv\s{1,2}|television\s{1,2})?screens\s{1,2})?"
    rf"(?:{_AT_LAST})?(?:" + _NEWS_PLACE + r",?\s{1,2})?" + _NEWS_TIME + _NOT_A_VENUE
    + r"|(?:(?:has|have)\s{1,2}(?:now\s{1,2}|officially\s{1,2}|finally\s{1,2})?)?"
    r"(?:wrap(?:s|ped)?|finish(?:es|ed)?|complete[sd]?|"
    r"beg(?:an|ins|un|in)|start(?:s|ed)?|commence[sd]?|kick(?:s|ed)?\s{1,2}off)\s{1,2}"
    r"(?:filming|shooting|production|principal\s{1,2}photography)\b)")


def _own_news(text: str, at: int, end: int) -> str | None:
    """``own_news`` when the mention opens its sentence and its own verb tells a season's
    start with its time or a shoot's end or start (``_OWN_NEWS_AFTER_RE``); round 38
    (r38passing): past an aside that names another show in passing, no person's ("X, from the
    creator of Y, premieres March 4", "X, a successor to Y, returns in May";
    ``title.evidence.own_news_past_aside``)."""
    if text[:at].strip(_QUOTES + " "):
        return None
    if _OWN_NEWS_AFTER_RE.match(text[end:end + 160]):
        return "own_news"
    if text.startswith((",", " (", " —", " –"), end) and any(
            _OWN_NEWS_AFTER_RE.match(text[past:past + 160]) for past in long_aside_ends(text, end)):
        return "own_news_past_aside"
    return None


def _season_past_aside(text: str, end: int) -> str | None:
    """"season_past_aside" when the name's own status verb (``STATUS_PAST_ASIDE_RE``) comes
    right after a long aside that follows the name and its clause names a season ("X, which
    stars Jane Doe as ..., has been renewed for a third season"): the clause is the name's,
    however long the aside (round 23)."""
    for at in status_past_aside(text, end):  # the walk the title discovery reads too
        if _SEASON_ONLY_IN_CLAUSE_RE.search(_clause_after(text[at:at + _AFTER])):
            return "season_past_aside"
    return None


#: Counted among shows of a kind, right after the name (or a list's last name): "X is one
#: of the shows Tovrel renewed", "A and B are among the dramas cancelled" (round 20).
_COUNTED_AMONG_RE = re.compile(
    r"(?i)^[\"”’']?\s{1,3}(?:is|are|was|were)\s{1,3}(?:(?:also|now)\s{1,3})?(?:among|(?:one|two|"
    r"three|four|five)\s{1,3}of)\s{1,3}(?:(?:the|its|their|\w{3,5}|\d{1,2})\s{1,3}){1,2}"
    rf"(?:[\w-]{{1,15}}\s{{1,3}})?(?:{_KINDS})\b")


#: A capitalised word that opens a sentence as its subject but names nobody: the people or
#: the kind of company that decide, a pronoun ("Executives renewed X", "They cancelled X").
_AGENT_NOUN_RE = re.compile(
    r"(?i)(?:executives?|officials?|bosses|producers?|networks?|studios?|streamers?|"
    r"broadcasters?|channels?|fans|viewers|critics|insiders|sources|they|we|he|she|it|who|"
    r"which|that|this|also|and|but|then|now|finally)\b")


_DECISION_VERB = (r"(?:renew(?:s|ed)|cancel(?:s|led|ed)|ax(?:es|ed)|scrap(?:s|ped)|"
                  r"order(?:s|ed)|picks\s{1,2}up|picked\s{1,2}up|green-?lit)")
#: Right before a name, an active renew / cancel / order / pick-up whose subject is a name
#: ("Kestrel renewed X", "Kestrel renewed Y and cancelled X"): what a network decides about
#: is a show, even when the network is one no list holds (the subject is then vetoed as a
#: decider, ``title.veto.decider``). An object in lower case ("renewed her contract",
#: "cancelled the tour") is no title, so it is never asked; the verb in lower case, as
#: running text writes it (a title-case headline joins its names: "Renews A And B").
_DECISION_OBJECT_RE = re.compile(
    r"(?<![\w'’])[A-Z][\w&+.'’-]{0,25}(?:\s{1,2}[A-Z][\w&+.'’-]{0,25}){0,3}"
    rf"(?:,\s{{1,2}}(?i:{ASIDE_ADVERBS}),)?\s{{1,2}}"  # "Kestrel, meanwhile, has ..." (round 29)
    r"(?:(?i:has|have)\s{1,2})?(?:(?i:officially|also|quietly)\s{1,2})?"
    rf"{_DECISION_VERB}\s{{1,2}}(?:(?i:the|its)\s{{1,2}})?"
    rf"(?:[^,;.!?]{{1,60}}?\s{{1,2}}and\s{{1,2}}{_DECISION_VERB}\s{{1,2}}"
    r"(?:(?i:the|its)\s{1,2})?)?$")


#: A list's joint between two names, with an item's decoration before it ("A (Fox), B and
#: C", "A; B", "A & B", "A/B").
_JOINT_AFTER_RE = re.compile(
    r"^(?:['’]s?)?[\"'”’]?\s{0,2}(?:\([^()]{1,40}\)\s{0,2})?"
    r"(?:[–—]\s{1,2}[^–—()\"“”]{1,60}?\s{1,2}[–—]\s{1,2})?"  # "A – the top drama – and B"
    r"(?:,|;|/|&|\band\b|\bor\b|\bas\s{1,2}well\s{1,2}as\b)\s{0,2}"
    r"(?:and\s{1,2}|or\s{1,2})?[\"'“‘]?")


#: A show named in a text (``shows.Mention``), as candidate.py reads it.
Named = MentionLike


@dataclass(frozen=True)
class _At:
    show: str
    start: int
    end: int


def _referred_as_show(following: str, named: Sequence[Named], listed: bool) -> bool:
    """The next sentence tells a decision of a reference to the name as a show, or of "it"
    with a season, naming no show from the reference on (a decider may come before it);
    ``listed``: the name is one of several, which a plural reference may stand for."""
    found = _REFERRED_AS_SHOW_RE.search(following)
    if found is None and listed:
        found = _PLURAL_REFERRED_RE.search(following) or PLURAL_OBJECT_RE.search(following)
    return found is not None and all(m.end <= found.start() for m in named)


def _joined(text: str, left: Named, right: Named) -> bool:
    """Do two mentions stand side by side in a list ("A (Fox), B and C")?"""
    gap = text[left.end:right.start]
    joint = _JOINT_AFTER_RE.match(gap)
    return joint is not None and joint.end() == len(gap)


def _lead_refers_to(show: str, texts: Sequence[str], mentions: Sequence[Sequence[Named]]
                    ) -> bool:
    """The headline names ``show`` alone and the body's lead speaks of it as a show without
    naming it ("Why Glass Harbor Was Cancelled" over "The streamer has cancelled the series
    after two seasons"): the article's subject is called a show. ``texts[-1]`` is the
    headline."""
    if any(m.show != show for m in mentions[-1]):
        return False
    lead = range(min(LEAD_SENTENCES, len(texts) - 1))
    if any(m.show != show for n in lead for m in mentions[n]):
        return False  # the lead names another show: its "the series" may be that one
    return any(_LEAD_REFERENCE_RE.search(texts[n]) for n in lead)


def evidenced(asked: Collection[str], texts: Sequence[str],
              mentions: Sequence[Sequence[Named]]) -> dict[str, str | None]:
    """For each asked show, the first evidence the article gives that it is a TV show, by
    name, or None (``not_named`` when no text names it: an alias's or a reference's fact,
    judged by its own name). ``mentions[n]`` are the shows ``texts[n]`` names, left to right
    (the headline last). Linear in the mentions: each is read once, in a bounded window.

    A list vouches for an item beside an item shown to be a show, step by step along the
    list (a list of names vouches for none); in a round-up (three or more shows with evidence
    of their own) a show named once beside a trigger is one more show of it."""
    where: dict[str, list[tuple[int, Named]]] = {}
    for number, named in enumerate(mentions):
        for mention in named:
            where.setdefault(mention.show, []).append((number, mention))
    own: dict[str, str | None] = {}

    def own_evidence(show: str) -> str | None:
        if show not in own:
            found = None
            for number, mention in where.get(show, ()):
                text = texts[number]
                found = mention_evidence(text, mention.start, mention.end)
                following = texts[number + 1] if number + 2 < len(texts) else ""
                if not found and (_REFERENCE_OPENER_RE.match(following) or (
                        following and _referred_as_show(following, mentions[number + 1],
                                                        len(mentions[number]) >= 2))
                        ) and not any(other.start >= mention.end for other in mentions[number]):
                    found = "referred_to_as_show"
                if not found and 0 < number < len(texts) - 1 and mention.start <= 2 and \
                        not mentions[number - 1] and INTRODUCED_RE.search(texts[number - 1]):
                    found = "introduced_as_show"  # "... a new drama. Glass Harbor follows ..."
                if not found and 0 < number <= LEAD_REFERENCE_SENTENCES and mention.start <= 2 \
                        and number < len(texts) - 1 and not any(mentions[:number]) \
                        and (refers_ahead(texts[number - 1]) is not None or number >= 2
                             and refers_ahead(texts[number - 2]) is not None) \
                        and opens_as_subject(text, mention.end):
                    # "Kestrel has renewed its fishing drama. Salt Road follows ...": the
                    # lead's reference told before any show is named (round 37)
                    found = "referred_before_named"
                if not found and 0 < number < len(texts) - 1 and any(
                        tells_slate(texts[j]) and slate_names_none(texts[j], mentions[j])
                        for j in range(max(0, number - SLATE_SENTENCES), number)) \
                        and slate_placed(text, mention, mentions[number]):
                    # "Kestrel has renewed two of its dramas. Salt Road ... as will Lantern
                    # House.": the shows a count of a network's told before naming them
                    found = "slate_before_named"  # (round 38)
                if not found and number == len(texts) - 1 and len(texts) > 1 and \
                        _lead_refers_to(show, texts, mentions):
                    found = "headline_referred_to_as_show"
                if found:
                    break
            if not found and len(where.get(show, ())) >= 2:
                found = "second_mention"
            own[show] = found
        return own[show]

    listed: set[str] = set()
    for number, named in enumerate(mentions):
        text = texts[number]
        ordered = sorted(named, key=lambda m: m.start)
        run: list[Named] = []
        nexts: list[Named | None] = [*ordered, None]
        for item in nexts:
            if item is not None and (not run or _joined(text, run[-1], item)):
                run.append(item)
                continue
            if len(run) >= 2 and any(own_evidence(m.show) for m in run):
                listed.update(m.show for m in run)
            run = [item] if item is not None else []
    shown = 0
    for show in where:
        if own_evidence(show):
            shown += 1
            if shown >= ROUNDUP_SHOWS:
                break
    verdicts: dict[str, str | None] = {}
    for show in asked:
        if show not in where:
            verdicts[show] = "not_named"
        elif own_evidence(show):
            verdicts[show] = own_evidence(show)
        elif show in listed:
            verdicts[show] = "listed_with_shows"
        elif shown >= ROUNDUP_SHOWS:
            verdicts[show] = "roundup"
        else:
            verdicts[show] = None
    return verdicts


#: How many titles with evidence make an article a round-up of shows.
ROUNDUP_SHOWS = 3
#: A lead's sentences: a reference told in one before any show is named speaks of the
#: name the next sentence opens on (``referred_before_named``, round 37).
LEAD_REFERENCE_SENTENCES = 3


def evidenced_titles(titles: Collection[str], texts: Sequence[str], headline: str = ""
                     ) -> dict[str, str | None]:
    """``evidenced`` for titles found by their literal text (each mention where the text
    names a title as whole words, the longest at each place)."""
    every = [*texts, headline]
    return evidenced(titles, every, [_literal_mentions(titles, text) for text in every])


def show_evidence(title: str, texts: Sequence[str], headline: str = "",
                  others: Collection[str] = ()) -> str | None:
    """``evidenced_titles`` for one title among ``others``."""
    return evidenced_titles([title, *others], texts, headline)[title]


def _literal_mentions(titles: Collection[str], text: str) -> list[Named]:
    found: list[Named] = []
    for title in longest_first(titles):
        for at in whole_mentions(title, text):
            if not any(m.start < at + len(title) and at < m.end for m in found):
                found.append(_At(title, at, at + len(title)))
    return sorted(found, key=lambda m: m.start)
