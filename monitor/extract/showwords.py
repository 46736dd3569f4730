"""The words around a name that say it is a TV show: a season phrase at it, a kind of show
beside it, a season in its clause, a lead that speaks of "the series". Shared by the evidence
requirement (``evidence.py``) and the title vetoes (``titles.py``, which must not import
``evidence``: evidence reads the vetoes' vocabulary)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from .. import memo
from .dates import MONTH_NAMES

#: The characters around a quoted title.
_QUOTES = "\"'“”‘’«»"

#: A closing quotation mark, after the sentence's punctuation the quote may hold ("“X,”") or
#: the title's own number ("“X 4”").
_CLOSING_QUOTE_RE = re.compile(r"[^\"“”‘’«»]{0,12}[,.;:!?]?[\"'”’»]")


def longest_first(words: Iterable[str]) -> list[str]:
    """Words in the order a regex alternation wants them: the longest first (a word before a
    shorter one it starts with), then in text order, so that a pattern built from a set reads
    the same in every process (a set's own order follows ``PYTHONHASHSEED``)."""
    return sorted(words, key=lambda word: (-len(word), word))


#: An owner's possessive at the end of its name: "Kestrel's", "Tobin Reyes’s", and "Tobin
#: Reyes'" (the "s" before the apostrophe stays the name's).
POSSESSIVE = r"(?:['’]s|(?<=s)['’])"

#: The owner words a decision's described object opens with ("its other drama", "the
#: drama", "another of its comedies"), after an optional "another of" / "one of".
_DESCRIBED_OF = r"(?:(?i:another|one)\s{1,2}(?i:of)\s{1,2})?"
_DESCRIBED_OWNER_WORDS = r"(?i:its|their|his|her|the|another)"


def described_object_opening(*owners: str) -> str:
    """A decision's described object's opening: an optional "another of" / "one of", then
    its owner words ("its", "the", "another" …) or one of ``owners`` (a pattern each: "the
    network's", "Kestrel's"). The one alternation of ``rules._DESCRIBED_OBJECT_RE`` (after
    the verb) and ``shows._DESCRIBED_OBJECT_BEFORE_RE`` (before the apposed name's comma;
    round 40's tidy: the two spelt it apart)."""
    return f"{_DESCRIBED_OF}(?:{'|'.join((_DESCRIBED_OWNER_WORDS, *owners))})"


def owner_possessive(lead: tuple[int, int] = (0, 2), space: str = r"\s{1,2}",
                     word: str = r"[\w.-]*", last: str | None = None,
                     capture: bool = False) -> str:
    """An owner's name and its possessive, right before what the owner has (a network's, a
    studio's, a person's: "Kestrel's \"Salt Road\"", "Tobin Reyes' Copper Vale"): capitalised
    words, ``lead`` of them before the last, each a capital then ``word`` (the last one
    ``last`` when given) and ``space`` after it; with ``capture``, the name in group 1. The
    one spelling of the shape the list items, the title spans and the list gaps read (round
    24); each pattern keeps its own anchors and the counts, characters and spaces it was
    measured with (``title.span.owner_of_quoted``, ``list.appositive_item``)."""
    name = (rf"(?:[A-Z]{word}{space}){{{lead[0]},{lead[1]}}}"
            rf"[A-Z]{word if last is None else last}")
    return (f"({name})" if capture else name) + POSSESSIVE


#: How far around a name the words saying what it is are read.
_BEFORE = 80
_AFTER = 100

#: The nouns a show is called by when it is not named ("the drama", "this comedy", "another
#: series", "X, a Netflix reboot,"): one list for every reading of a show by its kind (a
#: reference, a sentence's subject, an aside, another show), so that a kind read in one
#: place is read in all. Singular; no word that is as often something else ("program",
#: "serial", "special", "film").
SHOW_NOUNS = (
    "show", "series", "drama", "comedy", "sitcom", "thriller", "dramedy", "procedural",
    "docuseries", "docu-series", "miniseries", "mini-series", "anthology", "anime", "soap",
    "telenovela", "programme", "docudrama", "mockumentary", "romcom", "rom-com",
    "spinoff", "spin-off", "reboot", "revival", "prequel", "sequel", "adaptation",
    # round 36: the British press's serial by its episode count ("the six-parter"); not
    # "two-parter", as often one episode told in two halves
    "three-parter", "four-parter", "five-parter", "six-parter", "seven-parter",
    "eight-parter", "ten-parter", "twelve-parter",
)
#: ``SHOW_NOUNS`` by what each says of the show, for the readings that tell them apart (a
#: headline's kind of show before or after its title, ``shows.py``); every noun is in one
#: group, so a noun added to ``SHOW_NOUNS`` is placed once and read by each of them.
#: "plain": as often a title's own word ("The Late Show"); "genre": a title's word after one
#: other word ("Sketch Comedy Hour"); "format": the show's form; "renewal": the same show's
#: new life; "derived": another work made from a show ("X Spinoff").
SHOW_NOUN_GROUPS: dict[str, frozenset[str]] = {
    "plain": frozenset({"show", "series", "programme"}),
    "genre": frozenset({"drama", "comedy", "sitcom", "thriller", "dramedy", "procedural",
                        "anthology", "anime", "soap", "telenovela", "mockumentary", "romcom",
                        "rom-com"}),
    "format": frozenset({"docuseries", "docu-series", "miniseries", "mini-series", "docudrama",
                         "three-parter", "four-parter", "five-parter", "six-parter",
                         "seven-parter", "eight-parter", "ten-parter", "twelve-parter"}),
    "renewal": frozenset({"reboot", "revival"}),
    "derived": frozenset({"spinoff", "spin-off", "prequel", "sequel", "adaptation"}),
}
#: The ``SHOW_NOUNS`` a text most often calls a show by, commonest first ("the series", "this
#: drama", "both comedies"): a pattern that reads only the common ones takes the first few
#: (``common_show_nouns``) rather than spelling them again.
COMMON_SHOW_NOUNS = ("show", "series", "drama", "comedy", "sitcom", "thriller", "programme")


def common_show_nouns(count: int, plural: bool = False) -> str:
    """The first ``count`` of ``COMMON_SHOW_NOUNS`` as a regex alternation, in that order
    (their plurals with ``plural``): "show|series|drama" for 3."""
    return "|".join(_plural(noun) if plural else noun for noun in COMMON_SHOW_NOUNS[:count])


#: ``SHOW_NOUNS`` as a regex alternation (longest first), to be put between word boundaries.
SHOW_NOUN_ALT = "|".join(re.escape(noun) for noun in longest_first(SHOW_NOUNS))
#: ``SHOW_NOUN_ALT`` without "series" and "programme", which in British usage also name a
#: season ("another series", "the previous series").
SHOW_NOUN_ALT_NO_SERIES = "|".join(
    re.escape(noun) for noun in longest_first(SHOW_NOUNS)
    if noun not in ("series", "programme"))
#: The fewest of ``SHOW_NOUNS`` one of which is inside every other ("series" in "docuseries"):
#: a text holding none of them names no show by its kind.
SHOW_NOUN_STEMS = tuple(noun for noun in SHOW_NOUNS
                        if not any(other != noun and other in noun for other in SHOW_NOUNS))
assert set(COMMON_SHOW_NOUNS) <= set(SHOW_NOUNS)  # one list: a common noun is a show noun


def _plural(noun: str) -> str:
    if noun.endswith("series") or noun == "anime":
        return noun
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def _both_numbers(nouns: Iterable[str]) -> tuple[str, ...]:
    return tuple(form for noun in nouns for form in (noun, _plural(noun)))


#: Named sets of ``SHOW_NOUNS`` (or their plurals) that one reading of a name takes, each
#: what it is; a pattern reads one through ``kind_alt`` rather than spelling the nouns again.
#: The kinds of show a maker's "from" or "by" follows ("the hit series from Tovrel":
#: ``title.veto.role_maker``).
MADE_BY_KINDS = frozenset({*_both_numbers(COMMON_SHOW_NOUNS[:5]), "thriller", "docuseries",
                           "miniseries"})
#: The kinds of show a network's "original" makes its own ("a Tovrel original drama":
#: ``title.veto.role_maker``).
ORIGINAL_KINDS = frozenset(_both_numbers(COMMON_SHOW_NOUNS[:4]))
#: The kinds of show a name qualifies before the show's quoted title ('the Tovrel comedy
#: "Glass Harbor"': ``title.veto.role_modifier``).
QUOTED_TITLE_KINDS = frozenset({*COMMON_SHOW_NOUNS[1:6], "docuseries", "procedural",
                                "miniseries"})
#: The kinds of show a person's name qualifies ("the Jane Doe comedy": ``shows``' modifier
#: after a span).
PERSON_LED_KINDS = frozenset({*COMMON_SHOW_NOUNS[2:6], "dramedy"})
#: The kinds of show after a name that make it a franchise's or a maker's, not a title ("the
#: Kestrel dramas", "the Tovrel show": ``shows``' not-a-title after a span); "series" is read
#: apart (the British "X series 3" is X's season).
MAKER_OF_KINDS = frozenset({"show", *(_plural(noun) for noun in (
    "show", "drama", "comedy", "sitcom", "thriller", "procedural", "dramedy"))})
#: The kinds a sentence calls a show as a whole ("Ward 13 is a drama", "Ward 13, the hospital
#: drama, ...": ``shows``' title number described).
DESCRIBED_KINDS = frozenset({*COMMON_SHOW_NOUNS[:6], "procedural", "dramedy", "docuseries",
                             "miniseries", "anthology"})
#: Every kind of show, and "dramas" and "comedies", as the noun an appositive before a title
#: ends on ("the drama “Salt Road”", "his comedies 'Salt Road'": ``shows``' appositive before
#: a span).
APPOSED_KINDS = frozenset({*SHOW_NOUNS, *(_plural(noun) for noun in COMMON_SHOW_NOUNS[2:4])})
#: The kinds of show that end a work's apposition ("X, the drama based on the film":
#: ``titles``' work apposition).
WORK_APPOSITION_KINDS = frozenset({
    *_both_numbers(COMMON_SHOW_NOUNS[:4]), "sitcom", "docuseries", "miniseries", "anthology",
    "dramedy", "programme", "adaptation", "spinoff", "spin-off", "reboot", "revival", "soap",
    "telenovela", "anime"})
#: The plurals a decision about several shows at once is told with, no count ("renews its
#: dramas", "Vantor's comedies cancelled": ``lists``' plural object and subject, and their
#: gates); "series" apart (as often one show's).
SLATE_KINDS = frozenset({*(_plural(noun) for noun in COMMON_SHOW_NOUNS[:5] if noun != "series"),
                         "dramedies", "programmes"})
#: The kinds of show a round-up sorts its news by ("On the comedy side, ...": ``lists``'
#: connective before a list).
SIDE_KINDS = frozenset(_both_numbers(COMMON_SHOW_NOUNS[2:4]))
#: The kinds of show a count of parts is told of ("a six-part drama", "a four-part
#: docuseries": ``patterns.EPISODE_COUNT_RE``).
PARTS_KINDS = frozenset({*COMMON_SHOW_NOUNS[:4], "thriller", "adaptation", "miniseries",
                         "docuseries"})
#: The kinds of show a network's order calls new ("ordered the new drama X", "two new shows":
#: ``patterns.SERIES_ORDER_RE``; not "a new series of X").
ORDERED_NEW_KINDS = frozenset({*COMMON_SHOW_NOUNS[:5], "shows"})
#: Shows in general as the subject of a relative clause ("the dramas which were cancelled":
#: ``patterns.PLURAL_SHOWS_SUBJECT_RE``); never "series", which may be one show.
PLURAL_SUBJECT_KINDS = frozenset(_plural(noun) for noun in COMMON_SHOW_NOUNS
                                  if noun != "series")
#: The kinds of show that are words of TV on their own ("the drama", "a sitcom": an article
#: holding one is about TV, ``patterns.TV_WORD_RE``); "show" is as often a stage's.
TV_WORD_KINDS = frozenset(_both_numbers(COMMON_SHOW_NOUNS[1:5]))
#: The plurals a count of shows is told with ("three other Vantor series", "a handful of its
#: dramas": ``patterns.COUNTED_SHOWS_RE``).
COUNTED_KINDS = frozenset({*(_plural(noun) for noun in COMMON_SHOW_NOUNS[:5]), "programmes"})
#: A section lead-in's words for the shows it lists ("The following shows are returning:",
#: "Comedies:": ``sections``' lead-in).
LEAD_IN_KINDS = frozenset({*_both_numbers(COMMON_SHOW_NOUNS[:5]), "programmes"})
#: The genre nouns of ``SHOW_NOUNS`` by the family each belongs to: a show called one of them
#: is never the show a reference by another family speaks of ("The Kestrel drama Salt Road
#: ... Kestrel's comedy Lisbon ... Kestrel has renewed the drama": Salt Road, round 36). A
#: noun may sit in two families ("dramedy"); "show", "series" and the format nouns say
#: nothing of genre and are in none.
GENRE_FAMILIES: dict[str, frozenset[str]] = {
    "drama": frozenset({"drama", "thriller", "procedural", "dramedy", "soap", "telenovela",
                        "docudrama", "anthology"}),
    "comedy": frozenset({"comedy", "sitcom", "dramedy", "mockumentary", "romcom", "rom-com"}),
    "anime": frozenset({"anime"}),
}


@memo.lru(maxsize=256)  # a noun each
def genre_kin(noun: str) -> frozenset[str]:
    """The genre nouns of ``noun``'s families ("sitcom": every comedy noun), none for a noun
    that tells no genre ("series")."""
    noun = noun.lower()
    return frozenset(kin for family in GENRE_FAMILIES.values() if noun in family
                     for kin in family)


_SHOW_NOUN_FORMS = frozenset(_both_numbers(SHOW_NOUNS))
assert all(kinds <= _SHOW_NOUN_FORMS for kinds in (
    MADE_BY_KINDS, ORIGINAL_KINDS, QUOTED_TITLE_KINDS, PERSON_LED_KINDS, MAKER_OF_KINDS,
    DESCRIBED_KINDS, APPOSED_KINDS, WORK_APPOSITION_KINDS, SLATE_KINDS, SIDE_KINDS,
    PARTS_KINDS, ORDERED_NEW_KINDS, PLURAL_SUBJECT_KINDS, TV_WORD_KINDS, COUNTED_KINDS,
    LEAD_IN_KINDS, *GENRE_FAMILIES.values()))  # each set is of show nouns


def kind_alt(kinds: Iterable[str]) -> str:
    """A set of show nouns as a regex alternation (longest first, escaped)."""
    return "|".join(re.escape(kind) for kind in longest_first(kinds))


#: Every genre noun of every family (round 37: the one set ``facts``' descriptions beside a
#: name, ``rules``' genre reference and headline description read; ``GENRE_ALT`` is it as an
#: alternation).
GENRE_NOUNS = frozenset(noun for family in GENRE_FAMILIES.values() for noun in family)
GENRE_ALT = kind_alt(GENRE_NOUNS)


#: The nouns of ``SHOW_NOUNS`` a show just made is called by ("the new docuseries", "a
#: freshman dramedy"), singular or plural: every one but "revival" (a revival may go on with
#: the old show's seasons) and "series" (on its own, "the new series" is also a new season of
#: a British show; the patterns that read it say when it is a show).
NEW_KIND_ALT = "|".join(longest_first(
    {re.escape(form) for noun in SHOW_NOUNS if noun not in ("revival", "series")
     for form in (noun, _plural(noun))}))


#: What says beside a name that it is a show: ``SHOW_NOUNS``, their plurals, and words that
#: say so only beside a name ("reality", "program", "serial", "talk show").
_KINDS = "|".join(
    [SHOW_NOUN_ALT]
    + sorted({re.escape(_plural(noun)) for noun in SHOW_NOUNS} - {re.escape(n) for n in SHOW_NOUNS})
    + ["reality", "program", "serial", "k-drama", "kdrama", r"talk\s{1,2}show", r"game\s{1,2}show"])

#: The words one of which every match of ``INTRODUCED_RE`` holds; ``_INTRODUCED_STEMS``: parts
#: of them with no "i", "k" or "s" (case-blind matching pairs those letters with "ı", "K" and
#: "ſ", which ``str.lower`` keeps), one of which a text's lower-cased form holds when it holds
#: one of the words (``may_introduce``).
_INTRODUCED_WORDS = ("new", "upcoming", "untitled", "forthcoming")
_INTRODUCED_STEMS = ("new", "upcom", "tled", "forthcom")


#: ``_KINDS`` in the singular (a plural after an owner counts a set: "Kestrel's new dramas").
_ONE_KIND = "|".join([SHOW_NOUN_ALT, "reality", "program", "serial", "k-drama", "kdrama",
                      r"talk\s{1,2}show", r"game\s{1,2}show"])
#: An owner's possessive that brings in a show as "a" does (round 25, rule
#: ``target.introduced_next``): "Dana Holt's new drama premieres Sunday. Copper Vale follows a
#: detective", "the network's new comedy". The owner's capitals are read case-sensitively,
#: each word a capital then lower-case letters or a few more capitals ("BBC", "TV+"): a run of
#: capitals gives the search one way to read it (tests/test_redos.py).
_INTRODUCING_OWNER = (rf"(?-i:{owner_possessive(word=r'(?:[a-z.&-]*|[A-Z0-9&+]{1,6})')})"
                      rf"|the\s{{1,2}}(?:network|streamer|channel|broadcaster|service)"
                      rf"{POSSESSIVE}")


def _new_kind(kinds: str) -> str:
    """A new, upcoming or untitled show of one of ``kinds``, not "... of" (a season of one)."""
    return (rf"(?:{'|'.join(_INTRODUCED_WORDS)})\s{{1,2}}(?:[\w’'&+.-]{{1,20}}\s{{1,2}}){{0,3}}?"
            rf"(?:{kinds})\b(?!\s{{1,2}}of\b)")


#: A sentence that brings in a show by its kind without naming it ("ITV has commissioned a
#: new four-part drama from Jane Doe", "Hulu picked up an untitled docuseries"): the name
#: that opens the next sentence is that show ("Glass Harbor follows three sisters ...").
#: Not "a new series of X" (a season of a show named there).
INTRODUCED_RE = re.compile(
    rf"(?i)\b(?:(?:a|an)\s{{1,2}}{_new_kind(_KINDS)}"
    # an owner brings in one show ("Kestrel's new drama"), not one of a set ("one of
    # Kestrel's new dramas" tells the show named before as new)
    rf"|(?<!\bof\s)(?:{_INTRODUCING_OWNER})\s{{1,2}}{_new_kind(_ONE_KIND)})")


#: An owner that points back to a network named before ("the network's new drama") rather
#: than bringing one in: after a sentence that names a show, the show it tells of is that one
#: (round 25, second reading: ``target.introduced_next``).
REFERRING_OWNER_RE = re.compile(
    rf"(?i)\bthe\s{{1,2}}(?:network|streamer|channel|broadcaster|service){POSSESSIVE}"
    rf"\s{{1,2}}{_new_kind(_ONE_KIND)}")
#: The nouns a story points back to a network with, in its possessive ("the network's",
#: "the streamer's", "the cabler's", "the public broadcaster's"; round 41, r41body).
NETWORK_REFERENCE_NOUNS = ("broadcaster", "cabler", "channel", "net", "network", "platform",
                           "service", "streamer")
#: Such a possessive right before a name: "the streamer's Copper Vale, which ..." is the
#: network's show, as "Kestrel's Copper Vale" is (rule ``title.keep.referring_owner``; the
#: name is validated as any span: a day, a place, a person or a role stays vetoed). One word
#: at most between "the" and the noun ("the premium cabler's"); read on a span's last 40
#: characters before it.
REFERRING_POSSESSIVE_BEFORE_RE = re.compile(
    rf"(?i)\bthe\s{{1,2}}(?:[a-z-]{{1,20}}\s{{1,2}})?"
    rf"(?:{'|'.join(longest_first(NETWORK_REFERENCE_NOUNS))}){POSSESSIVE}\s{{1,2}}$")
#: Right after the name that opens the next sentence, words that tell the show as returning
#: or as an earlier one ('"X" returns for a third season', '"X", her earlier hit, ended',
#: '"X" will be back'): it is not the new show the sentence before brought in (round 25,
#: second reading). Only there: "X follows a detective who returns home" is still new.
NOT_NEW_AFTER_NAME_RE = re.compile(
    r"(?i)[\"”’']?\s{0,2}(?:,\s{1,2}(?:[\w’'-]{1,20}\s{1,2}){0,2}?(?:earlier|previous|former|"
    r"prior|older|other|last)\b"
    r"|(?:,[^,.;]{1,40},\s{1,2})?(?:(?:will|is|was|has|had)\s{1,2}(?:be\s{1,2})?)?"
    r"(?:returns?|returning|back|comes\s{1,2}back|ended|wrapped|concluded)\b)")


def introduces_next(text: str, after_name: str, named_before: bool) -> bool:
    """Does ``text`` bring in, by its kind, the show the next sentence opens with
    (``after_name`` is that sentence past the name)? Not an owner that points back to a show
    named in the sentence before, nor a next show told as returning or earlier
    (``REFERRING_OWNER_RE``, ``NOT_NEW_AFTER_NAME_RE``)."""
    found = INTRODUCED_RE.search(text)
    if found is None or NOT_NEW_AFTER_NAME_RE.match(after_name):
        return False
    return not (named_before and REFERRING_OWNER_RE.fullmatch(found.group(0)))


#: A reference to one show by its kind, its owner's or the article's ("its fishing drama",
#: "their hit comedy", "the Kestrel thriller", "the series"), or "it" opening the sentence;
#: not "the drama's creator" nor "the series of": what a status told before the article
#: names any show speaks of (round 37, ``target.reference_named_after``).
FORWARD_REFERENCE_RE = re.compile(
    rf"(?i)\b(?:its|their|the)\s{{1,2}}(?:[\w’'&+.-]{{1,20}}\s{{1,2}}){{0,3}}?(?:{_ONE_KIND})\b"
    # a word that ends the noun phrase ("its drama for a third season", "the series will"),
    # not another noun ("its comedy lineup", "the series finale") nor "of" or a possessive
    r"(?=\s{0,2}[.,;:!?)—–]|\s{0,2}$|\s{1,2}(?:for|after|to|through|has|have|had|is|was|are|"
    r"were|will|would|won['’]t|returns?|premieres?|debuts?|and|a|an|with|on|in|from|as|at|by|"
    r"this|next|into|back|gets?|got|earns?|earned|season|series)\b)"
    r"|^\W{0,3}(?:[a-z]{2,12},\s{1,2})?it\s")  # "It ...", "Sadly, it ..."
#: A decision's words, per kind, each the pattern of its forms; and a premiere's or a
#: return's, in any tense and in the present only: the one spelling ``FORWARD_STATUS_RE`` and
#: ``STATUS_VERB_RE`` are built from (round 38).
#: The forms the slate's status (``SLATE_RETURN_RE``, ``SLATE_END_RE``) and the next
#: sentence's (``rules._KIND_STATUS_RE``) read too (round 40's tidy): a renewal's verbs and
#: phrase, "cancel" and the forms of "axe" (a word of its own: not "axeman").
RENEW_FORMS = (r"renew\w{0,4}", r"recommission\w{0,4}")
PICKED_UP = r"picked\s{1,2}up"
CANCEL_FORMS = (r"cancel\w{0,4}", r"ax(?:e|ed|es|ing)\b")
DECISION_WORDS: dict[str, tuple[str, ...]] = {
    "renewed": (*RENEW_FORMS, r"green-?lit", PICKED_UP),
    "cancelled": (*CANCEL_FORMS, r"scrap(?:ped|s)", r"pulled\s{1,2}the\s{1,2}plug"),
}
PREMIERE_WORDS = (r"premier\w{0,3}", r"debut\w{0,3}", r"return\w{0,3}")
PRESENT_PREMIERE_WORDS = (r"premier(?:e|es|ing)", r"debut(?:s|ing)?", r"returns?", r"returning")
_DECISION_WORD = "|".join(form for forms in DECISION_WORDS.values() for form in forms)
#: A status word a sentence tells of a show: a decision, a premiere or return, a new season.
FORWARD_STATUS_RE = re.compile(
    rf"(?i)\b(?:{_DECISION_WORD}|{'|'.join(PREMIERE_WORDS)}|(?:second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|another|final)\s{1,2}(?:season|series|run))\b")

#: A reference owned or described ("its fishing drama", "their comedy", "the Kestrel
#: thriller"), not a bare "the series" or "it": opening a paragraph of a round-up, it may
#: speak of a show the paragraph goes on to name (round 37).
OWNED_REFERENCE_RE = re.compile(
    rf"(?i)\b(?:(?:its|their)\s{{1,2}}(?:[\w’'&+.-]{{1,20}}\s{{1,2}}){{0,3}}?|the\s{{1,2}}"
    rf"(?:[\w’'&+.-]{{1,20}}\s{{1,2}}){{1,3}}?)(?:{_ONE_KIND})\b(?!['’])")
#: A verb of a status, no season word: a sentence holding one tells a status of its own. Not
#: a premiere told in the past ("The drama X premiered in 2021 and stars ..."): that is how a
#: lead introduces the show it has just referred to, its history, not another show's news
#: (the lead's mend of round 37: `tests/test_quoted_decisions_round23.py`'s quoted "picked us
#: up for a third season of the show" lost its renewal to it).
STATUS_VERB_RE = re.compile(rf"(?i)\b(?:{_DECISION_WORD}|{'|'.join(PRESENT_PREMIERE_WORDS)})\b")


def refers_ahead(text: str) -> int | None:
    """Where ``text`` refers to a show by its kind or as "it" while telling a status of it
    ("Kestrel has renewed its fishing drama for a third season", "The series will premiere
    on June 4"): read before the article names any show, the show is the one it goes on to
    name (round 37). None otherwise."""
    found = FORWARD_REFERENCE_RE.search(text)
    return found.start() if found is not None and FORWARD_STATUS_RE.search(text) else None


def may_introduce(text: str) -> bool:
    """False when ``INTRODUCED_RE`` cannot match ``text`` (none of its words is there): title
    discovery asks it of every sentence, and most hold none."""
    low = text.lower()
    return any(stem in low for stem in _INTRODUCED_STEMS)


#: The words after a name opening its sentence that make it the sentence's subject: a
#: lower-case verb ("Glass Harbor follows ...", "Glass Harbor will star ...").
INTRODUCED_NAME_AFTER_RE = re.compile(r"(?:['’]s)?\s{1,2}[a-z]")


#: A season phrase right after a name: "X season 3", "X: Season Two", "X S3", "X's second
#: season", "X's new series", "X Series 2".
_SEASON_AFTER_RE = re.compile(
    r"(?i)^(?:['’]s?)?\s{0,2}[:,(–—-]?\s{0,2}(?:(?:season|series|seasons|part|volume|cycle)\b|"
    r"s\d{1,2}\b|(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)|new|next|final|latest|upcoming|last|previous|"
    r"forthcoming|debut|freshman|sophomore|current|latest|recent|penultimate|sixth)\s+"
    r"(?:and\s+\w+\s+)?(?:season|series|seasons|run|outing|cycle|instal?lment|chapter)s?\b))")

#: A season phrase right before a name: "season 3 of X", "the new series of X", "Season 2 of
#: Netflix's X".
_SEASON_BEFORE_RE = re.compile(
    r"(?i)\b(?:season|series|seasons|cycle|run|instal?lment)\s{1,2}(?:\w{1,12}\s{1,2})?of\s{1,2}"
    r"(?:the\s{1,2})?(?:[\w&+.-]{1,20}(?:['’]s)?\s{1,2}){0,2}$")

#: A collective noun of shows: "its comedy slate", "the fall line-up" (``lists``: a plural
#: object, a list's head before its colon).
SHOW_COLLECTIVE = r"(?:slate|line-?up)"
#: A kind of show right before a name, with at most a few modifiers between ("the Netflix
#: drama X", "comedy series X", "the hit FX show, X"); a collective noun of shows and its colon
#: or dash ("its entire lineup: X, Y and Z", round 40).
_KIND_BEFORE_RE = re.compile(
    rf"(?i)\b(?:{_KINDS})(?:[,:]|\s{{1,2}}[—–-])?\s{{1,2}}(?:(?:called|titled|named|dubbed|like|including|"
    rf"include|includes|such\s{{1,2}}as)[,:]?\s{{1,2}})?\(?$|[\w.]-(?:led|fronted|starring|"
    rf"hosted|helmed)\s{{1,2}}$|\b{SHOW_COLLECTIVE}(?::|\s{{1,2}}[—–])\s{{1,2}}$")

#: Round 39 (r39titles): a country's, a language's or a network's version of a show right
#: before its name ("the US version of X", "the British remake of X", "the Australian edition
#: of X", "Kestrel's reboot of X"): X is a show, and a version's facts are X's when the version
#: has no name of its own (a capitalised word before the noun: not "the film version of X") —
#: except a remake, adaptation or reboot made in another country or language, another show
#: whose decisions ``drop.foreign_version`` keeps off X. Read as a kind of show beside the
#: name.
VERSION_OF_BEFORE_RE = re.compile(
    r"(?<![\w-])[A-Z][\w.-]{1,20}(?:['’]s)?\s{1,2}(?i:version|remake|edition|reboot)\s{1,2}"
    r"of\s{1,2}$")

#: Round 39 (r39titles): a listing's label of a season's event opening the sentence, then the
#: name: "Series premiere: X returns ...", "New series: X", "Season finale: X" (the UK press'
#: "series" a season): X is a show.
SERIES_LABEL_BEFORE_RE = re.compile(
    r"(?i)^\W{0,3}(?:(?:new|returning)\s{1,2})?(?:series|season)(?:\s{1,2}(?:premiere|opener|"
    r"finale|return|launch))?\s{0,2}[:—–]\s{1,3}$")

#: A kind of show in the words right after a name ("X, a new Netflix comedy,", "X is an
#: anthology series", "X (the drama)", "X, which airs on ...": read within its clause).
_KIND_AFTER_RE = re.compile(
    rf"(?i)^(?:['’]s?)?\s{{0,2}}(?:(?:,|\(|\s-|–|—)\s{{0,2}}(?:(?:is|was|a|an|the|its|their|his|"
    rf"her|one|another|which\s{{1,2}}is)\s{{1,2}}){{0,2}}|\s{{1,2}}(?:is|was|remains|became)"
    rf"\s{{1,2}}(?:a|an|the|one\s{{1,2}}of\s{{1,2}}the)\s{{1,2}})(?:[\w’'&+.-]{{1,25}}\s{{1,2}})"
    rf"{{0,4}}(?:{_KINDS})\b")

#: A show the body's lead speaks of by its kind ("Netflix has renewed the series", "the
#: drama's second season", "its third season"): read anywhere in a sentence.
_LEAD_REFERENCE_RE = re.compile(
    rf"(?i)\b(?:(?:the|this|that)\s{{1,2}}(?:[\w’'&+.-]{{1,20}}\s{{1,2}}){{0,3}}?(?:{_KINDS})|"
    rf"(?:its|their)\s{{1,2}}(?:[\w’'&+.-]{{1,20}}\s{{1,2}}){{0,2}}?(?:seasons?|episodes?|"
    rf"finale|premiere|cast|showrunners?|creators?|stars?))\b")
#: Where a clause ends, for the season phrase read in the name's clause.
_CLAUSE_END_RE = re.compile(r"[.;!?]\s|\s[—–]\s")


def _clause_after(text: str) -> str:
    cut = _CLAUSE_END_RE.search(text)
    return text[:cut.start()] if cut else text


def _clause_before(text: str) -> str:
    cuts = list(_CLAUSE_END_RE.finditer(text))
    return text[cuts[-1].end():] if cuts else text


#: A season (not an episode, a network or a channel: films and podcasts have those) in the
#: clause that names a title ("renewed X, based on the novel X, for a second season").
_SEASON_ONLY_IN_CLAUSE_RE = re.compile(
    r"(?i)\b(?:seasons?|series\s{1,2}(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|"
    r"ten)\b|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}"
    r"(?:st|nd|rd|th)|new|another|final)\s{1,2}(?:series|run|cycle|instal?lment))\b")


def season_in_clause(text: str, at: int, end: int) -> bool:
    """A season phrase in the clause that names ``text[at:end]``."""
    clause = _clause_before(text[max(0, at - _BEFORE):at]) + " " + _clause_after(
        text[end:end + _AFTER])
    return _SEASON_ONLY_IN_CLAUSE_RE.search(clause) is not None


def lead_refers_to_show(lead: Sequence[str]) -> bool:
    """A sentence of the body's lead speaks of a show by its kind ("the series", "its third
    season")."""
    return any(_LEAD_REFERENCE_RE.search(text) for text in lead)


def season_or_kind_at(text: str, at: int, end: int, *, kind: bool = True) -> str | None:
    """"season_at_name" or "kind_of_show" when the words right around the mention
    ``text[at:end]`` say it is a show ("X season 3", "the drama X", "X, a new comedy"), its
    quotes apart (a quote is no TV evidence to the title vetoes: films are quoted too).
    Without ``kind``, the season only (the kind's patterns are most of the cost)."""
    before = text[max(0, at - _BEFORE):at].rstrip(_QUOTES)
    closing = _CLOSING_QUOTE_RE.match(text, end) if at and text[at - 1] in _QUOTES else None
    after = text[closing.end() if closing else end:end + _AFTER]
    if _SEASON_AFTER_RE.match(after) or _SEASON_BEFORE_RE.search(before):
        return "season_at_name"
    if not kind:
        return None
    if _KIND_BEFORE_RE.search(before) or _KIND_AFTER_RE.match(_clause_after(after)) or \
            VERSION_OF_BEFORE_RE.search(before[-50:]):
        return "kind_of_show"
    return None


#: A decision whose object is a plural reference to the sentence before's shows: "has renewed
#: all three", "cancelled both (shows)", "picked up both of them", "axed them all".
PLURAL_OBJECT_RE = re.compile(
    r"(?i)\b(?:renew(?:ed|s)|cancell?(?:ed|s)|canceled|axed|scrapped|ordered|picked\s{1,3}up|"
    r"brought\s{1,3}back|green-?lit|dropped|canned)\s{1,3}(?P<ref>(?:both|all)\s{1,3}(?:of\s{1,3}"
    r"(?:them|those|these|the\s{1,3}(?:two|three|four|five))|(?:two|three|four|five))|both|"
    r"them\s{1,3}(?:both|all))(?:\s{1,3}(?:" + common_show_nouns(5, plural=True) + "))?"
    r"(?=\s{1,3}(?:for|after|on|in|this|last|at|earlier|today|yesterday)\b|\s{0,2}[.,;!]|\s*$)")


#: What opens an aside between a name and its own verb, past the lengths the relative-clause
#: readings bound (round 23): a relative pronoun, a determiner of an appositive, a credit
#: ("X, which stars Jane Doe as ..., has been renewed", "X, the drama that follows ...,
#: returns", "X, created by ..., was cancelled"); parentheses and paired dashes open one too.
_LONG_ASIDE_OPEN_RE = re.compile(
    r"[\"”’']?(?:,\s{1,3}(?:which|who|that|whose|the|a|an|its|created|co-created|produced|"
    r"written|developed|starring|based|set|adapted|hosted|from)\s|\s{0,3}\(|\s{1,3}(?:[—–]|--)\s)")
#: An aside that says the name is a person's or a company's: "who", a role ("the star of",
#: "its creator"), a part played or a life ("Jane Doe, whose credits include ...", "whose
#: character died"), a company's kind ("Kestrel, the streamer behind ...", "whose shows").
_PERSON_ASIDE_RE = re.compile(
    r"[\"”’']?(?:,\s{1,3}|\s{0,3}\(|\s{1,3}(?:[—–]|--)\s{1,3})(?:who\b|whose\s{1,3}(?:other\s{1,3}|"
    r"own\s{1,3}|last\s{1,3}|new\s{1,3}|latest\s{1,3}|hit\s{1,3})?(?:credits|roles?|work|films?|"
    r"career|characters?|husband|wife|partner|father|mother|son|daughter|family|company|studio|"
    r"shows|series|dramas|comedies|books?|novels?|albums?|band|parent|owner|subscribers|"
    r"lineup|slate)\b|(?:(?:the|its|their|a|an)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2})?(?:stars?|"
    r"actor|actress|creator|co-creator|showrunner|host|producer|director|writer|executive|"
    r"president|chief|head|boss|chair(?:man|woman)?|CEO|founder|author|novelist|comedian|"
    r"singer|presenter|network|streamer|channel|broadcaster|studio|company|platform|service|"
    r"outlet|publisher|label|agency|firm|network's|streamer's)\b(?!\s{1,3}(?:vehicle|drama|"
    r"series|show|comedy)))", re.IGNORECASE)
#: The longest aside read (characters): a sentence's subject is not farther from its verb.
LONG_ASIDE_CHARS = 240
#: What ends the sentence inside an aside: the aside did not close.
_ASIDE_STOP_RE = re.compile(r"[;!?]|\.\s")


def long_aside_ends(text: str, end: int) -> list[int]:
    """Where the clause of the name ending at ``end`` may go on past an aside that opens right
    after it and closes within ``LONG_ASIDE_CHARS``: after each comma of a relative clause (its
    last comma is not known until the verb is read), after an appositive's first comma, after
    the closing parenthesis or the closing dash. Empty when no aside opens there, when it
    says the name is a person's, or when it does not close in the sentence."""
    opened = _LONG_ASIDE_OPEN_RE.match(text, end)
    if opened is None or _PERSON_ASIDE_RE.match(text, end):
        return []  # "Jane Doe, who plays ..., will return": a person's aside
    window = text[opened.end():opened.end() + LONG_ASIDE_CHARS]
    stop = _ASIDE_STOP_RE.search(window)
    if stop:
        window = window[:stop.start()]
    mark = opened.group(0).strip(" \"”’'")
    base = opened.end()
    if mark == "(":
        close = window.find(")")
        return [base + close + 1] if close >= 0 and "(" not in window[:close] else []
    if mark in ("—", "–", "--"):
        close = window.find(f" {mark}")
        return [base + close + len(mark) + 1] if close >= 0 else []
    commas = [base + i + 1 for i, ch in enumerate(window) if ch == ","]
    # a relative clause may hold a list ("which stars A, B and C as ..."); an appositive or a
    # credit closes at its first comma ("In May, the upfronts, networks reveal ...": no aside)
    return commas if _RELATIVE_OPEN_RE.match(mark) else commas[:1]


_RELATIVE_OPEN_RE = re.compile(r",\s{1,3}(?:which|who|that|whose)$")


_MONTH_NAMES = "|".join(name.capitalize() for name in MONTH_NAMES)
#: A show's own status right after an aside: a passive decision ("has been renewed", not
#: "renewed Y": a decider's active verb with its object), a return or a premiere for a season
#: or on a day ("will return for", "premieres on", "returns June 4"; not "return as
#: showrunner"), a shoot begun or wrapped, an ending ("will end with its third season").
STATUS_PAST_ASIDE_RE = re.compile(
    r"\s{1,3}(?:(?:has|have|had|was|were|is|are|will|would|also|officially|already|just|now|"
    r"been|be|not|finally|quietly)\s{1,3})*(?:(?:renewed|cancell?ed|canceled|axed|scrapped|"
    r"picked\s{1,3}up|ordered|green-?lit|re-?commissioned)(?!\s{1,3}(?:[A-Z\"“‘']|(?:the|its|"
    r"their|a|an|both|all|two|three|it|them|this|that|these|those|his|her)\b))\b|(?:return|returns|returned|premieres?|premiered|"
    r"debuts?|debuted)\s{1,3}(?:for|on|in|this|next|with|later|(?:" + _MONTH_NAMES + r"))\b|"
    r"(?:begin|begins|began|start|started|starts|wrapped|wraps|finished|completed)\s{1,3}"
    r"(?:filming|shooting|production)\b|(?:end|ends|ended|conclude|concludes)\s{1,3}"
    r"(?:with|after)\b|won[’']t\s{1,3}(?:be\s{1,3})?(?:return|back)\b)")
#: A comma-opened appositive or "whose" clause ("X, the ...,", "X, whose ...,").
_APPOSITIVE_OPEN_RE = re.compile(r"[\"”’']?,\s{1,3}(?:the|a|an|its|whose)\s")


def status_past_aside(text: str, end: int, *, appositive: bool = True) -> list[int]:
    """Where a show's own status verb (``STATUS_PAST_ASIDE_RE``) starts right after a long
    aside that follows the name ending at ``end`` and closes in the sentence
    (``long_aside_ends``: a relative clause, an appositive, a credit, a parenthesis, paired
    dashes, up to ``LONG_ASIDE_CHARS``): "X, which stars Jane Doe as ..., has been renewed".
    The one walk of the title discovery's trigger past an aside and the evidence's season
    past one (round 24); with ``appositive`` false, none past a comma-opened appositive or a
    "whose" clause, which the discovery refuses (a person or a company is told so as often)
    and the evidence, asking a season in the clause too, reads."""
    if not text.startswith((",", " (", " —", " –", " --", "\"", "”", "’", "'"), end):
        return []  # the common case, checked without a regex
    if not appositive and _APPOSITIVE_OPEN_RE.match(text, end):
        return []
    return [at for at in long_aside_ends(text, end) if STATUS_PAST_ASIDE_RE.match(text, at)]


#: A clause item's own note of the run its decision ended, the verb of the summary clause before
#: it left out: "made it four seasons", "made it two", "only got one", "lasted three
#: seasons", "after two", "ran for three seasons" ("Three dramas bit the dust – A made it
#: four seasons, B made it two and C only got one": round 33). A verb of another decision
#: ("finished as planned", "was renewed") is none: that item tells its own fate.
RUN_NOTE = (
    r"(?:(?:only|just|barely|merely)\s{1,3})?(?:made\s{1,3}it(?:\s{1,3}to)?|lasted|got|managed|"
    r"ran(?:\s{1,3}for)?|after)\s{1,3}(?:(?:just|only|a\s{1,3}mere)\s{1,3})?(?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten|\d{1,2})(?:\s{1,3}(?:full\s{1,3})?(?:seasons?|series))?\b"
)
#: A count of shows a decision took, then a colon or a dash opening their names: "Kestrel
#: cancelled two dramas: X and Y", "pulled the plug on two comedies - X and Y", "Two comedies
#: won't be back – X and Y", "has axed both of its new series: X and Y" (round 24). A list of
#: three is found by its commas; two names joined by "and" have no other cue.
_COUNTED_HEAD = (
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|both|several)"
    r"(?:\s{1,3}(?:more|other|of\s{1,3}(?:its|their|the)))?(?:\s{1,3}[a-z][\w-]{0,15}){0,2}"
    rf"\s{{1,3}}(?:{common_show_nouns(6, plural=True)}|titles|programmes|originals)\b"
    r"(?P<rest>[^.;:!?–—()\"“”]{0,60}?)\s{0,2}(?::|\s[–—-]|[–—])\s{1,3}")
COUNTED_LIST_BEFORE_RE = re.compile(_COUNTED_HEAD + r"[\"“‘']?$")
#: The same count and its colon or dash anywhere in a text: a summary clause's head, whose
#: items are clauses ("Three dramas bit the dust – A made it four seasons, B made it two and C
#: only got one"; round 33, ``list.summary_clause_items``).
COUNTED_HEAD_RE = re.compile(_COUNTED_HEAD)
#: A summary clause's item: its name followed by its own run note (``RUN_NOTE``), then the
#: next clause's joint or the sentence's end; the group is the note's count.
SUMMARY_ITEM_NOTE_RE = re.compile(
    r"^[\"”’']?\s{0,2}(?:\([^()]{0,40}\)\s{0,2})?(?P<note>" + RUN_NOTE + r")\s{0,2}"
    r"(?=,|;|\band\b|[.!]|\s[–—-]\s|[–—]|$)")
#: Right before a summary clause's later item: the joint that ends the clause before it.
SUMMARY_ITEM_JOINT_RE = re.compile(
    r"(?:,\s{1,3}(?:and\s{1,3}|but\s{1,3})?|\s{1,3}(?:and|but)\s{1,3})[\"“‘']?$")


def summary_item_note(text: str, start: int, end: int,
                      head_end: int | None = None) -> re.Match[str] | None:
    """The run note of a summary clause's item named at ``text[start:end]`` ("Three dramas
    bit the dust – A made it four seasons, B made it two and C only got one"): the name opens
    a clause — right after the head's colon or dash ending at ``head_end`` (the first item;
    given by the target stage, which has the head) or after the joint that ends the clause
    before it (``SUMMARY_ITEM_JOINT_RE``) — and its own note follows it
    (``SUMMARY_ITEM_NOTE_RE``; its group ``note``). None otherwise. The one reading of an
    item for the title stage (``shows._summary_clause_item``) and the target stage
    (``rules._summary_clause_items``)."""
    # the note first: most names have none, and its anchored match fails at once
    note = SUMMARY_ITEM_NOTE_RE.match(text[end:end + 60])
    if note is None:
        return None
    first = head_end is not None and not text[head_end:start].strip("\"“‘' ")
    if not first and not SUMMARY_ITEM_JOINT_RE.search(text, max(0, start - 12), start):
        return None
    return note


#: What follows a name of that list: the list's joint or the sentence's end, never a verb of
#: the name's own ("Two comedies bit the dust - X finished as planned, Y made it two": each
#: item tells its own fate, which the count does not decide).
COUNTED_ITEM_END_RE = re.compile(
    r"^[\"”’']?\s{0,2}(?:\([^()]{0,40}\)\s{0,2})?(?:" + RUN_NOTE + r"\s{0,2})?"
    r"(?:,|;|&|\band\b|\bor\b|[.!]|\s[–—-]\s|[–—]|$)")


#: How many sentences after a count of an owner's shows may name them (round 38; the one
#: spelling ``shows.discover`` and ``evidence.evidenced`` read, round 39).
SLATE_SENTENCES = 3
#: The plurals a network's slate is counted in ("two of its dramas", "both their comedies").
_SLATE_PLURALS = kind_alt({*(_plural(noun) for noun in SHOW_NOUNS), "programmes", "programs",
                           "originals", "titles"})
_SLATE_NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                  "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
#: A count of an owner's shows told before the article names them (round 38,
#: ``target.slate_named_after``): "two of its dramas", "both of their comedies", "all three
#: of Kestrel's Thursday shows", "its two returning dramas", "both its sitcoms". The owner is
#: "its", "their", "the network's" or a capitalised name's possessive.
SLATE_COUNT_RE = re.compile(
    r"(?i)\b(?:all\s{1,2})?(?P<n>both|two|three|four|five|six|[2-6])\s{1,2}(?:of\s{1,2})?"
    r"(?:its|their|the\s{1,2}(?:network|streamer|channel|broadcaster)['’]s|"
    r"(?-i:[A-Z][\w&+-]{1,20})['’]s)\s{1,2}(?:[\w'’-]{1,20}\s{1,2}){0,2}?"
    rf"(?:{_SLATE_PLURALS})\b"
    r"|\b(?:its|their)\s{1,2}(?P<m>both|two|three|four|five|six|[2-6])\s{1,2}"
    rf"(?:[\w'’-]{{1,20}}\s{{1,2}}){{0,2}}?(?:{_SLATE_PLURALS})\b")
#: The one show a slate leaves after its count: "renewed two of its dramas and cancelled a
#: third", "... and axed another", "... but scrapped the fourth" (only beside a count).
SLATE_REST_RE = re.compile(
    r"(?i)\s{1,2}(?:a|the)\s{1,2}(?:third|fourth|fifth|sixth|seventh|other)\b(?!\s{1,2}"
    r"(?:season|series|run|instal))|\s{1,2}(?:another|one\s{1,2}more)\b(?!\s{1,2}(?:season|"
    r"series|run|instal))")
#: A return or renewal told of a show ("will return", "is coming back", "gets another run").
#: Its decision words and ``SLATE_END_RE``'s stay spelled here (round 39, r39tidy): built
#: from ``DECISION_WORDS`` they would read "green-lit" as a return and "pulled the plug" as an
#: end (and lose the end's bare "scrap", which ``DECISION_WORDS`` leaves out on purpose), a
#: change of reading, not a tidy; the forms they share are ``RENEW_FORMS``, ``PICKED_UP`` and
#: ``CANCEL_FORMS`` (round 40's tidy).
SLATE_RETURN_RE = re.compile(
    rf"(?i)\b(?:{'|'.join(RENEW_FORMS)}|return\w{{0,3}}|back|comes?\s{{1,2}}back|coming"
    rf"\s{{1,2}}back|another\s{{1,2}}(?:season|series|run|outing)|{PICKED_UP}|(?:second|third|"
    r"fourth|fifth|sixth|new)\s{1,2}(?:season|series|run))\b")
#: An end told of a show ("will not return", "won't be back", "has been axed", "its last
#: season").
SLATE_END_RE = re.compile(
    rf"(?i)\b(?:{'|'.join(CANCEL_FORMS)}|scrap(?:ped|s)?|dropped|(?:not|never)\s{{1,2}}"
    r"(?:be\s{1,2})?(?:back|return\w{0,3}|renew\w{0,4}|coming\s{1,2}back|get\s{1,2}another)|"
    r"(?:won['’]t|isn['’]t|aren['’]t)\s{1,2}(?:be\s{1,2})?(?:back|return\w{0,3}|coming\s{1,2}"
    r"back|renew\w{0,4})|(?:final|last)\s{1,2}(?:season|series|run)|come\s{1,2}to\s{1,2}an"
    r"\s{1,2}end|ended|ends|ending|wrapp?(?:ed|s)?\s{1,2}up|bow(?:s|ed)?\s{1,2}out|(?:is|are|"
    r"was|were)\s{1,2}(?:done|over|finished|gone))\b")


def slate_count(text: str, start: int, end: int) -> int | None:
    """How many shows a decision whose verb spans ``start``–``end`` in ``text`` tells of by a
    count of an owner's shows (round 38): the count right after the verb ("renewed two of
    its dramas"), or before it in its clause ("Two of its dramas have been renewed"), or 1
    for the show the sentence's count leaves ("... and cancelled a third"). None when there
    is none."""
    counts = list(SLATE_COUNT_RE.finditer(text))
    if not counts:
        return None
    after = [m for m in counts if end <= m.start() <= end + 12]
    if after:
        return _SLATE_NUMBERS[(after[0].group("n") or after[0].group("m")).lower()]
    if SLATE_REST_RE.match(text, end):
        return 1
    before = [m for m in counts if m.end() <= start
              and not re.search(r"[.;:]|\b(?:and|but)\b", text[m.end():start])]
    if before:
        return _SLATE_NUMBERS[(before[-1].group("n") or before[-1].group("m")).lower()]
    return None


def slate_first_count(text: str) -> int | None:
    """The first count of an owner's shows ``text`` tells ("two of its dramas": 2)."""
    found = SLATE_COUNT_RE.search(text)
    return None if found is None else _SLATE_NUMBERS[(found.group("n") or found.group("m")).lower()]


def slate_status(told: str) -> str | None:
    """What a passage tells of the show it names: "end" (not back, axed, its last season),
    "return" (will return, is back, renewed) or None (a description)."""
    if SLATE_END_RE.search(told):
        return "end"
    return "return" if SLATE_RETURN_RE.search(told) else None


#: Before a name, words that give it the status the name before was told: "Salt Road will
#: return, as will Lantern House", "..., and so does Lisbon", "..., and also Lisbon"; or a
#: semicolon opening its clause ("Salt Road returns in January; Lantern House ...").
SLATE_AS_WILL_RE = re.compile(
    r"(?i)(?:\bas|\band\s{1,2}so)\s{1,2}(?:will|does|do|is|are|has|have|did|was)\W{0,3}$"
    r"|\band\s{1,2}(?:also|likewise)\W{0,3}$|;\s{1,2}[\"“‘']?$")


#: Between two names of one list: a comma, "and", "or", "&".
SLATE_JOINER_RE = re.compile(r"(?i)[\"”’']?\s{0,2}(?:,\s{0,2})?(?:(?:and|or|&)\s{1,2})?[\"“‘']?")


class _Placed(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def slate_placed(text: str, mention: _Placed, mentions: Sequence[_Placed]) -> bool:
    """Does ``mention`` (one of ``mentions``, ``text``'s names left to right) stand where a
    sentence after a slate's count names a show it counted: opening the sentence, in a list
    that opens it, or told "as will X" (round 38)?"""
    if mention.start <= 2 or SLATE_AS_WILL_RE.search(text, max(0, mention.start - 30),
                                                      mention.start) or slate_gapped(
            text, mention.start, mention.end):
        return True
    before = [m for m in mentions if m.end <= mention.start]
    if not before or before[0].start > 2:
        return False
    ends, starts = [m.end for m in before], [*(m.start for m in before[1:]), mention.start]
    return all(SLATE_JOINER_RE.fullmatch(text, end, start)
               for end, start in zip(ends, starts, strict=True))


#: A gapped clause's name: ", and X for a second", ", while X in May" (its verb the clause
#: before's: "Salt Road will return for a third season, and Lantern House for a second").
_GAPPED_BEFORE_RE = re.compile(r"(?i),\s{1,2}(?:and|while|with)\s{1,2}[\"“‘']?$")
_GAPPED_AFTER_RE = re.compile(r"(?i)[\"”’']?\s{1,2}(?:for|in|on|next|too|also)\b")


def slate_gapped(text: str, start: int, end: int) -> bool:
    """Does the name at ``start``–``end`` stand in a gapped clause (``_GAPPED_BEFORE_RE``)?"""
    return bool(_GAPPED_BEFORE_RE.search(text, max(0, start - 12), start)
                and _GAPPED_AFTER_RE.match(text, end))


def slate_names_none(text: str, mentions: Sequence[_Placed]) -> bool:
    """Does ``text`` count an owner's shows (``SLATE_COUNT_RE``) naming none of them: each of
    its ``mentions`` opens it (the decider) or is the count's owner ("two of Kestrel's
    dramas")?"""
    found = SLATE_COUNT_RE.search(text)
    return found is not None and all(
        m.start <= 2 and m.end <= found.start() or found.start() <= m.start < found.end()
        for m in mentions)


@memo.lru(maxsize=1024)  # a sentence each: discovery, evidence and facts all ask it
def tells_slate(text: str) -> bool:
    """Does ``text`` tell a status of a count of an owner's shows ("Kestrel has renewed two of
    its dramas", "Both of their comedies will return")? The shows it counts may be named in
    the sentences after it (round 38, ``title.keep.slate_after``)."""
    return SLATE_COUNT_RE.search(text) is not None and FORWARD_STATUS_RE.search(text) is not None
