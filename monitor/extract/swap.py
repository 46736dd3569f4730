"""Name-swap evaluation: do the rules know names, or shapes?

Each open-fold article is copied with its show titles consistently renamed: every content word
of every labelled title (facts and optional facts) is mapped, one mapping per article, to
another word of the same shape (the same case pattern; digits, single letters, a possessive's
"s" and the function words "the / of / a / and ..." kept), and the mapping is applied to the
headline, the text, the URL's path and the labels alike. The words come from a fixed list of
ordinary English words (``words``: titles are mostly real words) or are invented (``pseudo``).
A third mode, ``networks``, leaves the titles alone and renames every network the vetoes know
(``title_vetoes.json``) to an invented name, to see what an unknown network does. ``people``
leaves the titles and the labels alone and renames the people the article names (a capitalised
pair the first-name list, a role before it, "by" or a speech verb after it shows to be a person)
to people of other origins (``data/swap_names.json``), whom the first-name list mostly does not
know; ``titles-as-names`` renames the titles' words to first names, places and calendar words
("Martha", "Paris Nights", "June Avenue"), words the lists know as something else.
``typography`` renames nothing: it sets the headline and text the way another CMS would
(``retypeset``): straight and curly quotes and apostrophes swapped, hyphen ranges as en dashes,
spaced hyphens as en or em dashes, the spaces inside dates and a title's words non-breaking or
thin, "..." as "…", the occasional soft hyphen inside a long word; the labels stay as they are.

If the extractor reads shapes, the copy gives exactly the original's facts, renamed. Every fact
lost or gained beyond the renaming is a rule that depends on a particular name, and unseen
articles have other names. Seeded and deterministic; the sealed fold is refused, so the fold
-5 articles are never read. Run: ``python scripts/swap_eval.py DEVSET --mode words --seeds 1,2``.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import MonitorError
from ..models import Article
from .dates import MONTH_NAMES, MONTHS, WEEKDAYS
from .evaluate import (
    ArticleResult,
    CorpusArticle,
    Extractor,
    LabelledFact,
    _as_labelled,
    aggregate,
    cross_validated,
    load_corpus,
    score_article,
)
from .facts import extract_facts
from .folds import Folds, load_folds
from .shows import normalise_title
from .titles import vocabulary

MODES = ("words", "pseudo", "networks", "people", "titles-as-names", "typography")

#: Words of a title that are kept as they are: they carry no name.
FUNCTION_WORDS = frozenset(
    "the of a an and in on at to for with from by or vs is be are am was no my our your his her "
    "its".split())
#: Honorifics are kept too: "Mr." stays a title's honorific, not a new word before a full stop.
HONORIFICS = frozenset("mr mrs ms dr st jr sr".split())

_WORD = re.compile(r"[^\W\d_]+")
#: What may stand right before a sentence's first word (spaces aside).
_SENTENCE_OPENERS = ".!?:\n\"“‘("

_CONSONANTS = "bcdfghjklmnpqrstvwxz"
_ONSETS = ("b", "br", "d", "dr", "f", "fl", "g", "gr", "k", "kr", "l", "m", "n", "p", "pr",
           "r", "s", "st", "t", "tr", "v", "z")
_VOWELS = ("a", "e", "i", "o", "u")
_CODAS = ("", "", "n", "r", "l", "m", "s", "k", "nd", "rt")


def fold(word: str) -> str:
    """The word without diacritics, lower case: labels are written without them."""
    plain = unicodedata.normalize("NFKD", word)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def shaped(replacement: str, like: str) -> str:
    """``replacement`` in the case pattern of ``like`` (upper, lower or capitalised)."""
    if len(like) > 1 and like.isupper():
        return replacement.upper()
    if like[:1].isupper():
        return replacement[:1].upper() + replacement[1:].lower()
    return replacement.lower()


@functools.lru_cache(maxsize=1)
def ordinary_words() -> tuple[str, ...]:
    """The shipped list of ordinary English words (``data/swap_words.txt``)."""
    text = resources.files(__package__).joinpath("data/swap_words.txt").read_text("utf-8")
    return tuple(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@functools.lru_cache(maxsize=1)
def known_vocabulary() -> frozenset[str]:
    """Every word the extractor's name lists know: an invented word must be none of them."""
    words: set[str] = set()
    for name in ("data/title_vetoes.json", "data/names.json"):
        data = json.loads(resources.files(__package__).joinpath(name).read_text("utf-8"))
        for values in data.values():
            if isinstance(values, list):
                for value in values:
                    words.update(fold(w) for w in _WORD.findall(str(value)))
    return frozenset(words | set(ordinary_words()))


@functools.lru_cache(maxsize=1)
def swap_names() -> dict[str, Any]:
    """The shipped names for the people and titles-as-names modes (``data/swap_names.json``)."""
    text = resources.files(__package__).joinpath("data/swap_names.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def title_name_words() -> tuple[str, ...]:
    """Words a titles-as-names title is built of: first names, places, calendar words."""
    groups = swap_names()["title_words"]
    return tuple(w.lower() for key in ("first_names", "places", "calendar") for w in groups[key])


def invented_word(rng: random.Random) -> str:
    """A pronounceable word of two syllables that is no English word the lists know."""
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(2)) + rng.choice(
        _CODAS)


@dataclass(frozen=True)
class Renaming:
    """One article's mapping: folded word -> new word (lower case), and the words a title
    writes in lower case (those are renamed in any case; the others only capitalised)."""

    words: Mapping[str, str]
    any_case: frozenset[str] = frozenset()
    #: Whole phrases renamed as they are (networks): original -> new.
    phrases: Mapping[str, str] = field(default_factory=dict)
    #: The labelled titles, folded: a sentence's first word is renamed where one of them starts.
    titles: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)


def title_words(title: str) -> list[str]:
    """The content words of a title, as written: no function word, no single letter, no
    possessive "s" (digits are never words here), no word written with a dropped "g"
    ("Workin'": another word in its place would keep an apostrophe no word drops, "Anvil'"),
    no "-ish" suffix ("black-ish": the suffix is no word, and "black-furnace" no title's
    shape)."""
    out = []
    for match in _WORD.finditer(title):
        word = match.group()
        before = title[max(0, match.start() - 1):match.start()]
        if len(word) < 2 or fold(word) in FUNCTION_WORDS | HONORIFICS or (
                fold(word) == "s" and before in "'’") or _elided(title, match) or (
                fold(word) == "ish" and before == "-"):
            continue
        out.append(word)
    return out


def _elided(title: str, match: re.Match[str]) -> bool:
    """The word ends in "in" and an apostrophe stands for its dropped "g" ("Workin' Moms")."""
    return match.group().lower().endswith("in") and title[match.end():match.end() + 1] in (
        "'", "’") and not title[match.end() + 1:match.end() + 2].isalpha()


def rename_text(text: str, renaming: Renaming, *, any_case: bool = False) -> str:
    """The text with every mapped word renamed in its own case pattern.

    A capitalised occurrence is renamed; a lower-case one only when a title writes the word so
    (or ``any_case``, for URL slugs). A sentence's first word is left when the text also uses it
    in lower case, no labelled title starts there and the next word is not renamed: there the
    capital is the sentence's, not a title's ("Harbor season" stays when "harbor" is a common
    word of the text).
    """
    for old, new in sorted(renaming.phrases.items(), key=lambda p: -len(p[0])):
        text = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new, text)
        if any_case:
            text = re.sub(rf"(?<!\w){re.escape(old.lower())}(?!\w)", new.lower(), text)
    if not renaming.words:
        return text
    lower_words = {m.group() for m in _WORD.finditer(text) if m.group().islower()}

    def renamed(match: re.Match[str]) -> str:
        word = match.group()
        key = fold(word)
        new = renaming.words.get(key)
        if new is None and any_case and key.endswith("s") and key[:-1] in renaming.words:
            return shaped(renaming.words[key[:-1]] + "s", word)  # a slug's "greys" for "Grey's"
        if new is None:
            return _glued(word, renaming)
        if not (any_case or key in renaming.any_case or word[:1].isupper()):
            return word
        before = text[max(0, match.start() - 3):match.start()].rstrip(" \t")
        if not any_case and key in lower_words and (
                match.start() == 0 or not before or before[-1] in _SENTENCE_OPENERS):
            following = _WORD.search(text, match.end())
            starts_title = any(fold(text[match.start():match.start() + len(t)]) == t
                               for t in renaming.titles)
            if not starts_title and (following is None
                                     or fold(following.group()) not in renaming.words):
                return word
        return shaped(new, word)

    return _WORD.sub(renamed, text)


_GLUE = re.compile(r"(?<=[^\W\d_])(?<![A-Z])(?=[A-Z])")


def _glued(word: str, renaming: Renaming) -> str:
    """Words a scrape glued together ("HarborThe", "SilentOrchard"): each capitalised part
    renamed on its own."""
    parts = _GLUE.split(word)
    if len(parts) < 2:
        return word
    return "".join(shaped(renaming.words[fold(p)], p)
                   if fold(p) in renaming.words and p[:1].isupper() else p for p in parts)


def rename_url(url: str, renaming: Renaming) -> str:
    """The URL with its path's words renamed (slugs are lower case); the host is kept."""
    head, sep, path = url.partition("://")
    if not sep:
        return rename_text(url, renaming, any_case=True)
    host, slash, rest = path.partition("/")
    return f"{head}://{host}{slash}{rename_text(rest, renaming, any_case=True)}"


def rename_show(show: str, renaming: Renaming) -> str:
    """A labelled or predicted title renamed: every mapped word, in any case."""
    return rename_text(show, renaming, any_case=True)


def make_renaming(item: CorpusArticle, mode: str, rng: random.Random,
                  networks: Sequence[str] = ()) -> Renaming:
    """The mapping for one article: each title word (or each network it names) gets a new name
    no word of the article already has, one name per word."""
    article = item.article
    taken = {fold(w) for w in _WORD.findall(f"{article.title} {article.text} {article.url}")}
    if mode == "networks":
        return _network_renaming(item, rng, networks, taken)
    if mode == "people":
        return _people_renaming(item, rng, taken)
    pool = ordinary_words() if mode == "words" else ()
    known = known_vocabulary() if mode == "pseudo" else frozenset()
    words: dict[str, str] = {}
    lower: set[str] = set()
    for fact in (*item.facts, *item.optional):
        for n, word in enumerate(title_words(fact.show)):
            key = fold(word)
            if key in words:
                continue
            if word.islower():
                lower.add(key)
            if mode == "titles-as-names":  # a name first, then a name or a plain word
                pool = title_name_words() if n == 0 or rng.random() < 0.5 else ordinary_words()
            # an acronym gets invented letters of its length, in either mode
            acronym = len(word) > 1 and word.isupper()
            words[key] = _fresh(rng, "letters" if acronym else "words" if mode ==
                                "titles-as-names" else mode, pool, known, taken, key, len(word))
            taken.add(words[key])
    titles = frozenset(fold(f.show) for f in (*item.facts, *item.optional))
    return Renaming(words, frozenset(lower), titles=titles)


def _fresh(rng: random.Random, mode: str, pool: Sequence[str], known: Collection[str],
           taken: set[str], key: str, length: int = 0) -> str:
    if mode == "words":
        choices = [w for w in pool if w not in taken and w != key]
        if choices:
            return rng.choice(choices)
    for _ in range(1000):
        word = "".join(rng.choice(_CONSONANTS) for _ in range(length)) if mode == "letters" \
            else invented_word(rng)
        if word not in taken and word not in known and word != key:
            return word
    raise MonitorError("no fresh word left for the name swap")  # pragma: no cover


def _network_renaming(item: CorpusArticle, rng: random.Random, networks: Sequence[str],
                      taken: set[str]) -> Renaming:
    """Each network the article names (and no labelled title holds) -> an invented name."""
    title_keys = {fold(w) for fact in (*item.facts, *item.optional)
                  for w in _WORD.findall(fact.show)}
    text = f"{item.article.title}\n{item.article.text}"
    phrases: dict[str, str] = {}
    known = known_vocabulary()
    for network in sorted(networks, key=len, reverse=True):
        if not re.search(rf"(?<!\w){re.escape(network)}(?!\w)", text):
            continue
        if any(fold(w) in title_keys for w in _WORD.findall(network)):
            continue
        if any(network in longer for longer in phrases):
            continue
        name = _fresh(rng, "pseudo", (), known, taken, "")
        taken.add(name)
        phrases[network] = name.capitalize()
    return Renaming({}, frozenset(), phrases)


#: A capitalised word of a person's name ("Doe", "McAllister", "Zoë").
_NAME_WORD = r"[A-Z][a-zà-öø-ÿ]+(?:[A-Z][a-zà-öø-ÿ]+)?"
#: Two of them, alone: a person's given name and surname (overlapping: "Showrunner Jane Doe"
#: holds two pairs).
_PAIR_RE = re.compile(rf"(?<![\w'’.-])(?=({_NAME_WORD})\s({_NAME_WORD})(?![\w'’-]))")


@functools.lru_cache(maxsize=1)
def _person_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Before a name, a role or "<verb> by" / "By" ("showrunner", "created by"); after it, a
    speech verb ("said"): the extractor's own cue lists."""
    data = json.loads(resources.files(__package__).joinpath("data/title_vetoes.json")
                      .read_text("utf-8"))
    roles = "|".join(re.escape(r) for r in sorted(data["person_roles"], key=len, reverse=True))
    verbs = "|".join(re.escape(v) for v in sorted(data["speech_verbs"], key=len, reverse=True))
    before = re.compile(rf"(?i)(?:\b(?:{roles})|\bby)[\s,]{{1,3}}$")
    after = re.compile(rf"^,?\s(?:{verbs})\b")
    return before, after


def people_named(text: str, excluded: Collection[str]) -> list[tuple[str, str]]:
    """The people ``text`` names as a given name and a surname: the first is a known first
    name, or a role or "by" stands before the pair or a speech verb after it. A pair with a
    word of ``excluded`` (folded: the titles' words, networks, places, list words) or a word
    the text also writes in lower case is left out."""


    first_names = vocabulary().first_names
    before, after = _person_cues()
    lower_words = {m.group() for m in _WORD.finditer(text) if m.group().islower()}
    found: list[tuple[str, str]] = []
    for match in _PAIR_RE.finditer(text):
        given, surname = match.group(1), match.group(2)
        keys = [fold(given), fold(surname)]
        if any(k in excluded or k in lower_words for k in keys):
            continue
        end = match.end(2)
        if keys[0] in first_names or before.search(text[max(0, match.start() - 40):
                                                        match.start()]) or \
                after.match(text[end:end + 30]):
            found.append((given, surname))
    return found


def _people_renaming(item: CorpusArticle, rng: random.Random, taken: set[str]) -> Renaming:
    """Each person the article names -> a person of ``data/swap_names.json``, word by word
    (the same surname is the same new surname wherever it stands); labels untouched."""


    vocab = vocabulary()
    excluded = {fold(w) for fact in (*item.facts, *item.optional)
                for w in _WORD.findall(fact.show)}
    excluded |= vocab.networks | vocab.places | vocab.holidays | vocab.demonyms
    excluded |= {fold(w) for n in vocab.networks for w in _WORD.findall(n)}
    excluded |= FUNCTION_WORDS | HONORIFICS | set(ordinary_words()) | _CALENDAR_WORDS
    names = swap_names()
    pools = ([n.lower() for n in names["first_names"]], [n.lower() for n in names["last_names"]])
    words: dict[str, str] = {}
    text = f"{item.article.title}\n{item.article.text}"
    for person in people_named(text, excluded):
        for word, pool in zip(person, pools, strict=True):
            key = fold(word)
            if key not in words:
                words[key] = _fresh(rng, "words", pool, (), taken, key)
                taken.add(words[key])
    return Renaming(words)


#: The weekdays' and months' full names (``dates``): never swapped as a word.
_CALENDAR_WORDS = frozenset((*WEEKDAYS, *MONTH_NAMES))


# --- typography ------------------------------------------------------------------------------

#: A month as a date writes it, capitalised, in full or abbreviated (``dates.MONTHS``; the
#: longest first), with its full stop.
_MONTH = "(?:" + "|".join(sorted((name.capitalize() for name in MONTHS),
                                 key=lambda name: (-len(name), name))) + r")\.?"
_DATE_SPACES = re.compile(rf"(\b{_MONTH}|\d,?) (?=\d{{1,4}}\b|{_MONTH}\b)")
_DIGIT_RANGE = re.compile(r"(?<!\d\d\d\d-\d\d)(?<=\d)-(?=\d)(?!\d\d-\d)")
_SPACED_HYPHEN = re.compile(r"(?<=\S) -{1,2} (?=\S)")
_LONG_WORD = re.compile(r"\b[a-z]{9,20}\b")
_STRAIGHT_DOUBLE = re.compile(r'"')
_STRAIGHT_SINGLE = re.compile(r"'")
_CURLY = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _curled(text: str) -> str:
    """Straight quotes made curly the way a "smart quotes" CMS does: an opening one after a
    line start, a space or a bracket, a closing one (and every apostrophe) elsewhere."""

    def double(match: re.Match[str]) -> str:
        before = text[match.start() - 1:match.start()]
        return "“" if not before or before.isspace() or before in "([{—–" else "”"

    def single(match: re.Match[str]) -> str:
        before = text[match.start() - 1:match.start()]
        after = text[match.end():match.end() + 1]
        opens = (not before or before.isspace() or before in "([{“—–") and not after.isdigit()
        return "‘" if opens else "’"

    text = _STRAIGHT_DOUBLE.sub(double, text)
    return _STRAIGHT_SINGLE.sub(single, text)


def retypeset(text: str, titles: Collection[str], rng: random.Random) -> str:
    """``text`` set the way another CMS would, one random choice per kind of character (the
    choices are the article's, from its seeded ``rng``)."""
    quotes = "curly" if text.count('"') + text.count("'") >= text.count("“") + text.count(
        "’") else "straight"
    text = _curled(text) if quotes == "curly" else text.translate(_CURLY)
    text = _DIGIT_RANGE.sub("–", text)
    dash = rng.choice((" – ", "—", " — "))
    text = _SPACED_HYPHEN.sub(dash, text)
    text = text.replace("...", "…")
    space = rng.choice(("\u00a0", "\u2009", "\u202f"))
    text = _DATE_SPACES.sub(lambda m: m.group(1) + space, text)
    title_space = rng.choice(("\u00a0", " "))
    for title in sorted(titles, key=len, reverse=True):
        if " " in title and title_space != " ":
            for form in {title, title.translate(_CURLY), _curled(title)}:
                text = text.replace(form, form.replace(" ", title_space))
    shy = rng.random() < 0.5

    def hyphenated(match: re.Match[str]) -> str:
        word = match.group()
        return word[:4] + "\u00ad" + word[4:] if rng.random() < 0.1 else word

    return _LONG_WORD.sub(hyphenated, text) if shy else text


def retypeset_item(item: CorpusArticle, rng: random.Random) -> CorpusArticle:
    """The article's copy with its headline and text retypeset; URL and labels kept."""
    article = item.article
    titles = {f.show for f in (*item.facts, *item.optional)}
    copy = Article(article.url, retypeset(article.title, titles, rng),
                   retypeset(article.text, titles, rng), article.published, article.feed_url,
                   article.guid)
    return CorpusArticle(item.id, copy, item.facts, item.optional)


def swapped(item: CorpusArticle, renaming: Renaming) -> CorpusArticle:
    """The article's renamed copy: headline, text, URL and labels."""
    article = item.article
    copy = Article(rename_url(article.url, renaming), rename_text(article.title, renaming),
                   rename_text(article.text, renaming), article.published, article.feed_url,
                   article.guid)

    def relabel(facts: Iterable[LabelledFact]) -> tuple[LabelledFact, ...]:
        return tuple(replace(f, show=rename_show(f.show, renaming)) for f in facts)

    return CorpusArticle(item.id, copy, relabel(item.facts), relabel(item.optional))


# --- comparing ---------------------------------------------------------------------------------

FactKey = tuple[str, int | None, str, str | None, int | None, str]


def fact_key(fact: LabelledFact) -> FactKey:
    return (normalise_title(fact.show), fact.season, fact.kind, fact.date, fact.value,
            fact.certainty)


@dataclass(frozen=True)
class Change:
    """One article's facts that differ beyond the renaming."""

    id: str
    lost: tuple[LabelledFact, ...]
    gained: tuple[LabelledFact, ...]
    renaming: Renaming

    def kinds(self, original: Sequence[LabelledFact],
              copy: Sequence[LabelledFact]) -> Counter[str]:
        """What kind of change each fact is: a title lost or found whole, or a fact changed on
        a title both copies have."""
        before = {normalise_title(f.show) for f in original}
        after = {normalise_title(f.show) for f in copy}
        out: Counter[str] = Counter()
        for fact in self.lost:
            out["lost: title gone" if normalise_title(fact.show) not in after
                else "lost: fact on a kept title"] += 1
        for fact in self.gained:
            out["gained: title new" if normalise_title(fact.show) not in before
                else "gained: fact on a kept title"] += 1
        return out


def compare(item_id: str, original: Sequence[LabelledFact], copy: Sequence[LabelledFact],
            renaming: Renaming) -> Change:
    """The copy's facts against the original's, renamed."""
    renamed = [replace(f, show=rename_show(f.show, renaming)) for f in original]
    want = Counter(fact_key(f) for f in renamed)
    have = Counter(fact_key(f) for f in copy)
    lost_keys = want - have
    gained_keys = have - want

    def pick(facts: Sequence[LabelledFact], keys: Counter[FactKey]) -> tuple[LabelledFact, ...]:
        left = Counter(keys)
        out = []
        for fact in facts:
            if left[fact_key(fact)] > 0:
                left[fact_key(fact)] -= 1
                out.append(fact)
        return tuple(out)

    return Change(item_id, pick(renamed, lost_keys), pick(copy, gained_keys), renaming)


@dataclass
class SwapRun:
    """One mode and seed over the open folds: the original and the copies scored, and every
    article whose facts change beyond the renaming."""

    mode: str
    seed: int
    original: list[ArticleResult] = field(default_factory=list)
    copy: list[ArticleResult] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)


def open_fold_numbers(folds: Folds, only: Collection[int] | None) -> list[int]:
    """The folds to read: the open ones (``only`` among them); a sealed fold is refused."""
    numbers = list(only) if only else [n for n in range(1, len(folds.folds) + 1)
                                       if n not in folds.sealed]
    sealed = [n for n in numbers if n in folds.sealed or not 1 <= n <= len(folds.folds)]
    if sealed:
        raise MonitorError(f"the name swap reads open folds only: fold(s) {sealed} refused")
    return numbers


def run_swap(corpus: Path, mode: str, seed: int, *, folds: Folds | None = None,
             only: Collection[int] | None = None,
             extractor_for: Callable[[frozenset[str]], Extractor] | None = None,
             cross_validate: bool = True) -> SwapRun:
    """Score the open folds and their renamed copies with the same extractor, fold by fold
    (the learned parts trained without the fold, as ``monitor eval --folds`` does)."""
    if mode not in MODES:
        raise MonitorError(f"--mode: one of {', '.join(MODES)}, got {mode!r}")
    folds = folds or load_folds()
    numbers = open_fold_numbers(folds, only)
    if extractor_for is None and cross_validate:
        extractor_for = cross_validated(folds)
    wanted = {i for n in numbers for i in folds.folds[n - 1]}
    items = [item for item in load_corpus(corpus) if item.id in wanted]
    networks: list[str] = []
    if mode == "networks":
        vetoes = resources.files(__package__).joinpath("data/title_vetoes.json")
        networks = [str(n) for n in json.loads(vetoes.read_text("utf-8"))["networks"]]
    result = SwapRun(mode, seed)
    for number in numbers:
        run = extractor_for(folds.without([number])) if extractor_for else extract_facts
        ids = set(folds.folds[number - 1])
        for item in (i for i in items if i.id in ids):
            rng = random.Random(f"{seed}:{mode}:{item.id}")
            if mode == "typography":
                renaming, copy = Renaming({}), retypeset_item(item, rng)
            else:
                renaming = make_renaming(item, mode, rng, networks)
                copy = swapped(item, renaming)
            before = [_as_labelled(f) for f in run(item.article)]
            after = [_as_labelled(f) for f in run(copy.article)]
            result.original.append(score_article(item, before))
            result.copy.append(score_article(copy, after))
            change = compare(item.id, before, after, renaming)
            if change.lost or change.gained:
                result.changes.append(change)
                result.kinds.update(change.kinds(before, after))
    return result


def format_run(run: SwapRun, *, verbose: bool = False) -> str:
    """Compat P / R / F1 original against the copy, the articles changed and how."""
    lines = []
    for name, results in (("original", run.original), ("swapped", run.copy)):
        report = aggregate(name, results)
        p, r, f = report.overall.compatible
        lines.append(f"{run.mode:<9} seed {run.seed:<3} {name:<9} articles {report.articles:>4} "
                     f"gold {report.overall.gold:>4} pred {report.overall.predicted:>4}   "
                     f"compat P {p:.3f} R {r:.3f} F1 {f:.3f}")
    facts = sum(len(c.lost) + len(c.gained) for c in run.changes)
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(run.kinds.items()))
    lines.append(f"{run.mode:<9} seed {run.seed:<3} changed articles {len(run.changes)} "
                 f"({facts} facts: {kinds or 'none'})")
    if verbose:
        for change in run.changes:
            mapping = ", ".join(f"{k}->{v}" for k, v in
                                (*change.renaming.words.items(), *change.renaming.phrases.items()))
            lines.append(f"  {change.id}  [{mapping}]")
            lines.extend(f"    - {f.describe()}" for f in change.lost)
            lines.extend(f"    + {f.describe()}" for f in change.gained)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="swap_eval", description="Score the open folds against consistently renamed "
        "copies: how much of the score depends on the titles' (or networks') particular names.")
    parser.add_argument("corpus", type=Path, help="the devset directory")
    parser.add_argument("--mode", default="words", help=f"one of {', '.join(MODES)}, or several "
                        "with commas (default: words)")
    parser.add_argument("--seeds", default="1", help="seeds, with commas (default: 1)")
    parser.add_argument("--only", help="open folds to score, with commas (default: every open)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list each changed article's mapping and facts lost (-) / gained (+)")
    args = parser.parse_args(argv)
    try:
        seeds = [int(s) for s in args.seeds.split(",")]
        only = [int(n) for n in args.only.split(",")] if args.only else None
    except ValueError:
        parser.error("--seeds and --only take numbers with commas")
    for mode in args.mode.split(","):
        for seed in seeds:
            print(format_run(run_swap(args.corpus, mode, seed, only=only), verbose=args.verbose))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
