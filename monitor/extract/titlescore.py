"""A learned title-span scorer: is a title candidate a show the article reports on?

Title discovery proposes candidates from the text's structure (a status verb, a season phrase,
quotes, a list, the headline, the slug ...) and validates them with vetoes (networks, places,
people ...). This scorer makes the same keep/drop decision from the same evidence, weighed by a
logistic regression: which sources proposed the candidate, which rule the validation applied,
how the name is written and where and how often the text names it — never particular words.

It is trained by ``scripts/train_title_scorer.py`` (scikit-learn, a dev tool) on every
candidate of the labelled devset (label: the candidate's normalised title is a labelled show of
its article) and shipped as ``data/title_scorer.json``, one model per held-out fold (what
``monitor eval --folds 5`` scores each fold with) and one trained on every fold (service); at
run time it is a dot product in plain Python. Without the file the rules decide.
"""

from __future__ import annotations

import contextlib
import contextvars
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .modelslot import ModelSlot

DATA_FILE = "title_scorer.json"

#: The sources that can propose a candidate (``shows.discover`` names them).
CUES: tuple[str, ...] = (
    "context", "trigger", "list", "governed_list", "headline_list",
    "headline_object", "season", "both", "quoted", "status_line",
    "heading", "headline", "headline_lead", "slug", "possessive", "known", "split",
)
#: The validation rules a candidate can come out of (``extract/rules.py``).
RULES: tuple[str, ...] = (
    "title.keep", "title.keep.strong", "title.keep.listed_with_show", "title.keep.watched",
    "title.veto.network", "title.veto.place", "title.veto.nationality",
    "title.veto.person_name", "title.veto.person_context", "title.veto.surname",
    "title.veto.first_name_or_initials", "title.veto.adverb", "title.veto.pronoun",
    "title.veto.sports", "title.veto.section_label", "title.veto.other_work",
    "title.veto.common_word", "title.veto.headline_fragment",
)
#: The feature vector's names, in order. The shipped file names them too: a file trained on
#: another list is refused.
FEATURES: tuple[str, ...] = (
    *(f"cue={c}" for c in CUES),
    *(f"rule={r}" for r in RULES),
    "cues_count", "words=1", "words=2", "words=3", "words>=4", "has_digit", "all_digits",
    "allcaps_word", "starts_the", "has_connector", "has_colon", "has_and", "long_word_share",
    "mentions_log", "in_headline", "in_slug", "quoted_anywhere", "mid_sentence_share",
    "sentence_initial_only", "lower_case_in_text", "next_to_season", "status_sentence_share",
    "first_position", "candidates_log", "is_longest_of_overlap", "inside_longer",
)


@dataclass(frozen=True)
class Candidate:
    """A title candidate of one article: the rule validation gave it and what proposed it."""

    title: str
    rule: str
    cues: frozenset[str]


@dataclass(frozen=True)
class Model:
    """A logistic regression: weights over a feature list, a bias, and the threshold its
    user compares the probability with (titles kept from it; ``scorer`` drops facts under it)."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, vector: Sequence[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def read_models(data: dict[str, object], features: tuple[str, ...], data_file: str,
                trainer: str) -> dict[str, Model]:
    """The models of a learned part's JSON form by name (``all``, ``without-N``); refuse a
    form trained on another feature list than ``features`` (rerun ``trainer``). Shared by
    the title scorer and the fact scorer (``scorer.parse``)."""
    if tuple(data.get("features", ())) != features:  # type: ignore[arg-type]
        raise ValueError(f"{data_file} was trained on other features: rerun {trainer}")
    raw = data["models"]
    assert isinstance(raw, dict)
    return {name: Model(tuple(float(w) for w in m["weights"]), float(m["bias"]),
                        float(m["threshold"])) for name, m in raw.items()}


def parse(data: dict[str, object]) -> dict[str, Model]:
    """The models of the JSON form (``all``, ``without-N``); refuse another feature list."""
    return read_models(data, FEATURES, DATA_FILE, "scripts/train_title_scorer.py")


#: The model that decides titles now (``using`` / ``current`` / ``for_fold``), from the
#: shipped data file (``shipped``).
_SLOT: ModelSlot[Model] = ModelSlot("title_model", DATA_FILE, parse)
shipped = _SLOT.shipped
using = _SLOT.using
current = _SLOT.current
for_fold = _SLOT.for_fold


_CONNECTORS = frozenset("of the and & a an in on at to for with from or".split())
_SEASON_AFTER_RE = re.compile(r"^['’]?s?[\"”’]?\s{0,3}(?:season|series|s\d)", re.IGNORECASE)
_STATUS_RE = re.compile(r"(?i)renew|cancel|axe|premier|debut|return|film|shoot|wrap|season|"
                        r"series|order|pick")
_QUOTES = "\"“”‘’'*«»"


@dataclass(frozen=True)
class View:
    """What every candidate's features read from its article, computed once."""

    texts: tuple[str, ...]
    headline: str
    slug: tuple[str, ...]
    candidates: tuple[str, ...]


def _flag(condition: bool) -> float:
    return 1.0 if condition else 0.0


def features(candidate: Candidate, view: View, key: str) -> list[float]:
    """The feature vector of one candidate (``key``: its normalised title)."""
    title = candidate.title
    words = title.split()
    low = title.lower()
    mentions = mid = initial = quoted = season = status = 0
    first = -1
    lower_seen = False
    for n, text in enumerate(view.texts):
        if low in text.lower() and title not in text:
            lower_seen = True
        at = text.find(title)
        if at >= 0 and first < 0:
            first = n
        sentence_named = False
        while at >= 0:
            mentions += 1
            sentence_named = True
            before = text[:at].rstrip().rstrip(_QUOTES)
            if not before or before[-1] in ".!?:•":
                initial += 1
            elif before[-1].islower() or before[-1] in ",(" or before[-1].isdigit():
                mid += 1
            if at and text[at - 1] in _QUOTES:
                quoted += 1
            if _SEASON_AFTER_RE.match(text, at + len(title)):
                season += 1
            at = text.find(title, at + len(title))
        if sentence_named and _STATUS_RE.search(text):
            status += 1
    named_in = sum(1 for text in view.texts if title in text)
    others = [c for c in view.candidates if c != title]
    long_words = [w for w in words if len(w) > 3]
    slug_words = key.split()
    size = len(slug_words)
    in_slug = bool(slug_words) and any(list(view.slug[i:i + size]) == slug_words
                                       for i in range(len(view.slug) - size + 1))
    return [
        *(_flag(c in candidate.cues) for c in CUES),
        *(_flag(candidate.rule == r) for r in RULES),
        min(len(candidate.cues), 5) / 5,
        _flag(len(words) == 1), _flag(len(words) == 2), _flag(len(words) == 3),
        _flag(len(words) >= 4),
        _flag(any(c.isdigit() for c in title)), _flag(title.replace(" ", "").isdigit()),
        _flag(any(len(w) > 1 and w.isupper() for w in words)), _flag(low.startswith("the ")),
        _flag(any(w.lower() in _CONNECTORS for w in words[1:])), _flag(":" in title),
        _flag(" and " in f" {low} " or "&" in title),
        len(long_words) / len(words) if words else 0.0,
        math.log1p(mentions), _flag(title in view.headline or title.upper() in view.headline),
        _flag(in_slug), _flag(quoted > 0), mid / mentions if mentions else 0.0,
        _flag(mentions > 0 and initial == mentions), _flag(lower_seen),
        _flag(season > 0), status / named_in if named_in else 0.0,
        first / len(view.texts) if first >= 0 and view.texts else 1.0,
        math.log1p(len(view.candidates)),
        _flag(not any(title in o for o in others)), _flag(any(title in o for o in others)),
    ]


#: The candidates and view of the last ``discover`` call, when recording (training only).
_RECORD: contextvars.ContextVar[list[tuple[Candidate, View, str]] | None] = \
    contextvars.ContextVar("title_record", default=None)


@contextlib.contextmanager
def recording() -> Iterator[list[tuple[Candidate, View, str]]]:
    """Collect every candidate ``discover`` weighs inside the block (for training)."""
    rows: list[tuple[Candidate, View, str]] = []
    token = _RECORD.set(rows)
    try:
        yield rows
    finally:
        _RECORD.reset(token)


def recording_active() -> bool:
    return _RECORD.get() is not None


def record(candidates: Sequence[Candidate], view: View, keys: Sequence[str]) -> None:
    """Keep the candidates of one article when ``recording`` (a no-op otherwise)."""
    rows = _RECORD.get()
    if rows is not None:
        rows.extend(zip(candidates, [view] * len(candidates), keys, strict=True))
