"""A learned (show, kind) model: which kinds of fact an article states about a show it names.

The rules find a fact where a trigger phrase of their vocabulary governs a title. Unseen text
says the same things in other phrasings, so this model reads, for each show the extractor keeps
as a title and each kind, the words around the show (lower-cased unigrams and bigrams, the
show's own name and other shows' names masked, numbers as one token), which trigger families
fired in those sentences and near the name, hedges and negations, where the article names the
show (headline, first paragraph, how often, beside how many other shows) and which facts the
rules made for it — and gives the probability that the article's labels hold a fact of that
kind for that show. It is used two ways: a (show, kind) the rules did not produce and the
model scores above ``propose`` becomes a fact (``kind.model_proposed``; the season, date and
certainty from the article, see :func:`_proposal`), and a rule fact whose (show, kind) scores
under ``veto`` is dropped (``kind.model_vetoed``).

It is a logistic regression trained by ``scripts/train_kind_model.py`` (scikit-learn, a dev
tool) and shipped as ``data/kind_model.json`` (the weights of its strongest features): at run
time a sum of weights in plain Python. The file holds the model trained on every fold (service)
and one per fold trained without it, so ``monitor eval --folds 5`` scores each fold with a model
that never saw it. Without the file the rules decide (nothing is even computed).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from ..models import Article, Fact
from . import dates as datemod
from . import rules
from .candidate import ArticleContext
from .modelslot import ModelSlot
from .patterns import EXPECTED_RE, NEGATION_RE, SPECULATIVE_RE
from .shows import ShowIndex, fold, normalise_title, season_mentions

DATA_FILE = "kind_model.json"

KINDS: tuple[str, ...] = ("renewed", "filming_started", "filming_wrapped", "premiere",
                          "cancelled", "episode_count")
#: The kinds a proposal can make: an episode count needs its number, which only a rule reads.
PROPOSED_KINDS = frozenset(KINDS[:-1])
#: Kinds dated by the announcement when the sentence gives no time (the labels' convention:
#: an event reported as just happened gets the publication month).
_ANNOUNCED = frozenset({"renewed", "cancelled", "filming_started", "filming_wrapped"})


class TriggerLike(Protocol):
    """A trigger phrase of the rules (``facts._find_triggers``)."""

    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


FindTriggers = Callable[[str], Sequence[TriggerLike]]


@dataclass(frozen=True)
class Model:
    """A logistic regression over named sparse features (the kind is part of each name), a
    bias, and the two thresholds (``propose`` above 1 proposes nothing, ``veto`` at 0 vetoes
    nothing)."""

    weights: Mapping[str, float]
    bias: float
    propose: float
    veto: float

    def probability(self, features: Mapping[str, float]) -> float:
        weights = self.weights
        z = self.bias + sum(weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Row:
    """One (show, kind) of an article: its features, whether the rules made a fact of that
    kind for the show, and how to draft the fact a proposal would add (built only for a row
    the model proposes: dating every row's sentence would cost more than the model)."""

    show: str
    key: str
    kind: str
    features: Mapping[str, float]
    ruled: bool
    draft: Callable[[], Fact | None]

    def proposal(self) -> Fact | None:
        """The fact a proposal of this row adds (None: the rules made one, or there is
        nothing to propose: an episode count, a premiere with no date in its sentence)."""
        return None if self.ruled else self.draft()


def parse(data: Mapping[str, object]) -> dict[str, Model]:
    """The models of the JSON form (``all``, ``without-N``)."""
    raw = data["models"]
    if not isinstance(raw, dict):
        raise ValueError(f"{DATA_FILE}: 'models' must be an object")
    return {name: Model({str(k): float(v) for k, v in m["weights"].items()}, float(m["bias"]),
                        float(m["propose"]), float(m["veto"])) for name, m in raw.items()}


#: The model that proposes and vetoes kinds now (``using`` / ``current`` / ``for_fold``), from the
#: shipped data file (``shipped``).
_SLOT: ModelSlot[Model] = ModelSlot("kind_model", DATA_FILE, parse)
shipped = _SLOT.shipped
using = _SLOT.using
current = _SLOT.current
for_fold = _SLOT.for_fold

_RECORD: contextvars.ContextVar[list[tuple[list[Fact], list[Row]]] | None] = \
    contextvars.ContextVar("kind_record", default=None)


@contextlib.contextmanager
def recording() -> Iterator[list[tuple[list[Fact], list[Row]]]]:
    """Collect, for every article extracted inside the block, the rules' facts and the rows
    (for training: ``scripts/train_kind_model.py``)."""
    rows: list[tuple[list[Fact], list[Row]]] = []
    token = _RECORD.set(rows)
    try:
        yield rows
    finally:
        _RECORD.reset(token)


# --- features ----------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+")
_NEAR = 80


def _tokens(text: str, spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """Lower-cased words, the spans (shows' names) replaced by their mask, numbers as "0"."""
    out: list[str] = []
    at = 0
    for start, end, mask in sorted(spans):
        if start < at:
            continue
        out.extend(_TOKEN_RE.findall(text[at:start].lower()))
        out.append(mask)
        at = end
    out.extend(_TOKEN_RE.findall(text[at:].lower()))
    return ["0" if t.isdigit() else t for t in out]


def _words(prefix: str, tokens: Sequence[str], into: dict[str, float]) -> None:
    for i, token in enumerate(tokens):
        into[f"{prefix}:{token}"] = 1.0
        if i:
            into[f"{prefix}2:{tokens[i - 1]} {token}"] = 1.0


@dataclass(frozen=True)
class _Place:
    """A sentence that names a show (or refers back to it), as the show's rows read it."""

    number: int  # -1: the headline
    text: str
    paragraph: int
    names: tuple[tuple[int, int], ...]  # where it names the show
    others: tuple[tuple[int, int], ...]  # where it names other shows
    shows: int


def _places(show: str, texts: Sequence[str], paragraphs: Sequence[int], headline: str,
            index: ShowIndex) -> list[_Place]:
    places: list[_Place] = []
    if headline:
        mentions = index.mentions(headline)
        if any(m.show == show for m in mentions):
            places.append(_Place(-1, headline,
                                 -1, tuple((m.start, m.end) for m in mentions if m.show == show),
                                 tuple((m.start, m.end) for m in mentions if m.show != show),
                                 len({m.show for m in mentions})))
    previous_only = False
    for number, text in enumerate(texts):
        mentions = index.mentions(text)
        named = {m.show for m in mentions}
        if show in named:
            places.append(_Place(number, text, paragraphs[number],
                                 tuple((m.start, m.end) for m in mentions if m.show == show),
                                 tuple((m.start, m.end) for m in mentions if m.show != show),
                                 len(named)))
            previous_only = named == {show}
        elif not named and previous_only and paragraphs[number] == paragraphs[number - 1]:
            # "The series ...": a sentence naming no show right after one naming only it
            places.append(_Place(number, text, paragraphs[number], (), (), 0))
            previous_only = False
        else:
            previous_only = False
    return places


def _show_features(show: str, places: Sequence[_Place], find_triggers: FindTriggers,
                   ruled_kinds: frozenset[str], ctx: ArticleContext
                   ) -> tuple[dict[str, float], dict[str, list[int]]]:
    """The show's features (not yet joined with a kind) and, per trigger kind, the places
    (indexes into ``places``) holding such a trigger."""
    feats: dict[str, float] = {}
    triggered: dict[str, list[int]] = {}
    mentions = 0
    for i, place in enumerate(places):
        spans = [(s, e, "<show>") for s, e in place.names] + \
            [(s, e, "<other>") for s, e in place.others]
        tokens = _tokens(place.text, spans)
        _words("h" if place.number < 0 else "w", tokens, feats)
        mentions += len(place.names)
        for trig in find_triggers(place.text):
            triggered.setdefault(trig.kind, []).append(i)
            where = "htrig" if place.number < 0 else "trig"
            feats[f"{where}:{trig.kind}"] = 1.0
            if any(abs(trig.start - e) <= _NEAR or abs(s - trig.end) <= _NEAR
                   for s, e in place.names):
                feats[f"trig_near:{trig.kind}"] = 1.0
                if len(place.others) == 0:
                    feats[f"trig_alone:{trig.kind}"] = 1.0
        if SPECULATIVE_RE.search(place.text):
            feats["hedge"] = 1.0
        if NEGATION_RE.search(place.text):
            feats["negation"] = 1.0
        if place.number >= 0 and place.names:
            feats["shows=1" if place.shows == 1 else "shows=2" if place.shows == 2
                  else "shows>=3"] = 1.0
        if place.number >= 0 and place.paragraph == 0:
            feats["first_paragraph"] = 1.0
        if not place.names:
            feats["referred"] = 1.0
    if any(p.number < 0 for p in places):
        feats["in_headline"] = 1.0
    feats["mentions=1" if mentions <= 1 else "mentions=2-3" if mentions <= 3
          else "mentions>=4"] = 1.0
    if show == ctx.main_show:
        feats["main_show"] = 1.0
    if ctx.roundup:
        feats["roundup"] = 1.0
    for kind in ruled_kinds:
        feats[f"ruled:{kind}"] = 1.0
    if not ruled_kinds:
        feats["ruled:none"] = 1.0
    return feats, triggered


def _for_kind(kind: str, feats: Mapping[str, float]) -> dict[str, float]:
    out = {f"{kind}|{name}": value for name, value in feats.items()}
    out[f"{kind}|bias"] = 1.0
    return out


# --- proposals ---------------------------------------------------------------------------------


def _season(show: str, kind: str, place: _Place, ctx: ArticleContext) -> int | None:
    """The season a proposal is of: the one its sentence names (when it names no other
    show), else the one the article names for the show, else the store's rule (a renewal of
    a show whose aired season is known is of the next)."""
    if not place.others:
        numbers = [n for _, _, nums, _ in season_mentions(place.text) for n in nums]
        if numbers:
            return max(numbers)
    stated = ctx.show_seasons.get(show)
    if stated and len(stated) == 1:
        return next(iter(stated))
    if show in ctx.named_seasons:
        return ctx.named_seasons[show]
    if kind == "renewed":
        for known in (ctx.current_seasons, ctx.aired_in_article, ctx.aired_seasons):
            if show in known:
                return known[show] + 1
        if show in ctx.new_shows:
            return 2
    return None


def _proposal(show: str, kind: str, places: Sequence[_Place], triggered: Mapping[
        str, list[int]], article: Article, ctx: ArticleContext) -> Fact | None:
    """The fact a proposal of ``kind`` for ``show`` adds: its evidence the first sentence
    with a trigger of the kind (else the first body sentence naming the show and no other,
    else the first naming it, else the headline: the body's sentence carries the date, the
    season and the hedge a headline leaves out);
    dated by the sentence, else (renewals, cancellations, shoots) by the publication month as
    the labels date news of the day; a premiere only with a date in its sentence; certainty by
    the hedge and plan vocabularies."""
    if kind not in PROPOSED_KINDS or not places:
        return None
    with_trigger = triggered.get(kind)
    if with_trigger:
        place = places[with_trigger[0]]
    else:
        body = [p for p in places if p.names and p.number >= 0]
        place = next((p for p in body if not p.others), body[0] if body else places[0])
    published = article.published
    found = datemod.find_dates(place.text, published, future=kind == "premiere")
    date: str | None = None
    if kind == "premiere":
        if not found:
            return None
        date = found[0].value
    else:
        past = [m for m in found if not datemod.is_after(m.value, published)]
        date = past[0].value if past else f"{published.year:04d}-{published.month:02d}"
    certainty = "speculative" if SPECULATIVE_RE.search(place.text) else \
        "expected" if EXPECTED_RE.search(place.text) and kind not in ("renewed", "cancelled") \
        else "confirmed"
    return Fact(fold(show).strip(), _season(show, kind, place, ctx), kind,  # type: ignore[arg-type]
                date, certainty, place.text, article.url)  # type: ignore[arg-type]


def read(article: Article, facts: Sequence[Fact], texts: Sequence[str],
         paragraphs: Sequence[int], index: ShowIndex, ctx: ArticleContext,
         find_triggers: FindTriggers) -> list[Row]:
    """Every (show, kind) row of the article: each show the extractor keeps as a title that
    the text names, each kind."""
    ruled: dict[str, set[str]] = {}
    for fact in facts:
        ruled.setdefault(normalise_title(fact.show), set()).add(fact.kind)
    rows: list[Row] = []
    headline = article.title.strip()
    found: dict[str, Sequence[TriggerLike]] = {}

    def triggers(text: str) -> Sequence[TriggerLike]:
        # a sentence naming several shows is read once
        if text not in found:
            found[text] = find_triggers(text)
        return found[text]

    for show in dict.fromkeys(index.titles.values()):
        places = _places(show, texts, paragraphs, headline, index)
        if not any(p.names for p in places):
            continue
        key = normalise_title(show)
        kinds = frozenset(ruled.get(key, ()))
        feats, triggered = _show_features(show, places, triggers, kinds, ctx)
        for kind in KINDS:
            rows.append(Row(show, key, kind, _for_kind(kind, feats), kind in kinds,
                            functools.partial(_proposal, show, kind, places, triggered,
                                              article, ctx)))
    return rows


def decide(facts: Sequence[Fact], rows: Sequence[Row], probabilities: Sequence[float],
           propose: float, veto: float) -> list[Fact]:
    """The rules' facts without those whose (show, kind) scores under ``veto``, and the
    proposals scoring ``propose`` or more (each traced as its rule)."""
    score = {(row.key, row.kind): p for row, p in zip(rows, probabilities, strict=True)}
    trace = rules.active()
    kept: list[Fact] = []
    for fact in facts:
        p = score.get((normalise_title(fact.show), fact.kind))
        if p is not None and p < veto:
            if trace is not None:
                trace.events.append(rules.Event(
                    fact.evidence, fact.kind, fact.show, [],
                    rules.check("kind.model_vetoed")))
            continue
        kept.append(fact)
    for row, p in zip(rows, probabilities, strict=True):
        if row.ruled or p < propose:
            continue
        proposed = row.proposal()
        if proposed is None:
            continue
        kept.append(proposed)
        if trace is not None:
            event = rules.Event(proposed.evidence, row.kind, proposed.show,
                                [rules.check("kind.model_proposed")])
            event.facts.append((proposed.show, proposed.season, row.kind))
            trace.events.append(event)
    return kept


def revise(article: Article, facts: list[Fact], texts: Sequence[str],
           paragraphs: Sequence[int], index: ShowIndex, ctx: ArticleContext,
           find_triggers: FindTriggers) -> list[Fact]:
    """The rules' facts as the model in use revises them (unchanged without a model)."""
    model = current()
    record = _RECORD.get()
    if model is None and record is None:
        return facts
    rows = read(article, facts, texts, paragraphs, index, ctx, find_triggers)
    if record is not None:
        record.append((list(facts), rows))
    if model is None:
        return facts
    return decide(facts, rows, [model.probability(r.features) for r in rows],
                  model.propose, model.veto)

