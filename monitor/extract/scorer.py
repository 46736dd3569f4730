"""A learned keep/drop scorer for candidate facts.

The rules generate candidate facts generously; this scorer drops the ones that look like the
rules' usual mistakes (a person or a film taken for a show, a fact attached to a show named in
passing, a background mention). Its features describe the *shape* of the evidence — how the
title is written and where the text names it, what kind of fact, how it is dated, how many
shows the article holds — never particular words, so it carries over to sites it never saw.

It is a logistic regression trained by ``scripts/train_scorer.py`` (scikit-learn, a dev tool)
and shipped as ``data/fact_scorer.json``: at run time it is a dot product in plain Python,
nothing downloaded. The file holds the model trained on every fold, used in service, and one
model per fold trained without that fold, so ``monitor eval --folds 5`` scores each fold with
a model that never saw it.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..models import Article, Fact
from .modelslot import read_data_file
from .patterns import NEGATION_RE, SPECULATIVE_RE
from .shows import normalise_title
from .titles import vocabulary
from .titlescore import Model as Model  # shared with the title scorer; used as scorer.Model
from .titlescore import read_models

DATA_FILE = "fact_scorer.json"

_KINDS = ("renewed", "filming_started", "filming_wrapped", "premiere", "cancelled",
          "episode_count")
_CERTAINTIES = ("confirmed", "expected", "speculative")

#: The feature vector's names, in order. The shipped file names them too: a file trained on
#: another list is refused.
FEATURES: tuple[str, ...] = (
    *(f"kind={k}" for k in _KINDS),
    *(f"certainty={c}" for c in _CERTAINTIES),
    "season=none", "season>=10",
    "date=none", "date=year", "date=month", "date=day", "date=season_code",
    "date=publication_month", "date=past", "date>1y_from_publication",
    "title_words=1", "title_words=2", "title_words>=4",
    "title_has_digit", "title_has_colon", "title_has_and", "title_starts_the",
    "title_allcaps_word", "title_starts_first_name", "title_long_word_share",
    "title_in_headline", "title_in_url", "title_mentions_log", "title_quoted",
    "title_next_to_season", "title_lower_case_in_text",
    "evidence_names_title", "evidence_is_headline", "evidence_shows", "evidence_length",
    "evidence_hedge", "evidence_quote", "evidence_negation", "evidence_title_first",
    "article_shows_log", "article_facts_log", "show_share", "show_is_top",
    "show_kinds", "show_other_season_facts",
)


#: Rules whose firing is a feature (``extract/rules.py``): how a candidate was made says how
#: far to trust it.
RULE_FEATURES: tuple[str, ...] = (
    "trigger.vocabulary", "episode.count_phrase", "list.status_line", "list.schedule_line",
    "target.nearest_mention", "target.reference", "kind.return_with_date_is_premiere",
    "kind.status_line_return_is_renewal", "kind.planned_shoot_is_renewal",
    "kind.series_order_is_first_season", "kind.renewal_denied_is_cancellation",
    "date.owned_phrase", "date.announcement_day", "date.publication_month",
    "certainty.hedge", "certainty.plan", "certainty.reported",
    "title.keep", "title.keep.strong", "title.keep.watched", "title.keep.listed_with_show",
    "title.keep.unknown",
)
ALL_FEATURES: tuple[str, ...] = (*FEATURES, *(f"rule={r}" for r in RULE_FEATURES))


@dataclass(frozen=True)
class ScorerData:
    """The shipped models: ``all`` (service) and ``without-N`` (fold N held out)."""

    models: dict[str, Model]

    def for_training(self, held_out: int | None) -> Model:
        """The model trained without fold ``held_out`` (None: on every fold)."""
        key = "all" if held_out is None else f"without-{held_out}"
        if key not in self.models:
            raise KeyError(f"{DATA_FILE} has no model {key!r}: rerun scripts/train_scorer.py")
        return self.models[key]


def parse(data: dict[str, object]) -> ScorerData:
    """Read the JSON form (see ``scripts/train_scorer.py``); refuse another feature list."""
    return ScorerData(read_models(data, ALL_FEATURES, DATA_FILE, "scripts/train_scorer.py"))


@functools.lru_cache(maxsize=1)
def shipped() -> ScorerData | None:
    """The shipped scorer, read once; None when the package has none."""
    return read_data_file(DATA_FILE, parse)


_QUOTE_CHARS = "\"“”‘’'"
_SEASON_CODE_RE = re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$")
_WORD_RE = re.compile(r"[a-z0-9]+")
_SEASON_AFTER_RE = re.compile(r"^['’]?s?[\"”’]?\s{0,3}(?:season|series)")


def _slug_words(url: str) -> str:
    return " ".join(_WORD_RE.findall(url.lower()))


@dataclass(frozen=True)
class _ArticleView:
    """What every fact's features read from its article, computed once."""

    text: str
    low_text: str
    headline: str
    headline_key: str
    url_words: str
    published: str
    shows: Counter[str]
    kinds: dict[str, set[str]]
    seasons: dict[str, set[int | None]]
    facts: int


def _view(article: Article, facts: Sequence[Fact]) -> _ArticleView:
    shows: Counter[str] = Counter()
    kinds: dict[str, set[str]] = {}
    seasons: dict[str, set[int | None]] = {}
    for fact in facts:
        key = normalise_title(fact.show)
        shows[key] += 1
        kinds.setdefault(key, set()).add(fact.kind)
        seasons.setdefault(key, set()).add(fact.season)
    return _ArticleView(article.text, article.text.lower(), article.title.strip(),
                        f" {normalise_title(article.title)} ", f" {_slug_words(article.url)} ",
                        article.published.isoformat(), shows, kinds, seasons, len(facts))


def _flag(condition: bool) -> float:
    return 1.0 if condition else 0.0


def _features(fact: Fact, view: _ArticleView) -> list[float]:
    title = fact.show
    key = normalise_title(title)
    words = title.split()
    date = fact.date or ""
    low_title = title.lower()
    mentions = view.text.count(title)
    lower_mentions = view.low_text.count(low_title) - mentions
    at = view.text.find(title)
    quoted = False
    next_to_season = False
    while at >= 0 and not (quoted and next_to_season):
        before = view.text[max(0, at - 1):at]
        after = view.text[at + len(title):at + len(title) + 12].lower()
        quoted = quoted or (before != "" and before in _QUOTE_CHARS)
        next_to_season = next_to_season or bool(_SEASON_AFTER_RE.match(after))
        at = view.text.find(title, at + 1)
    evidence = fact.evidence
    in_evidence = evidence.find(title)
    evidence_shows = sum(1 for show in view.shows if show and show in
                         normalise_title(evidence))
    long_words = [w for w in words if len(w) > 3]
    total = view.facts or 1
    share = view.shows[key] / total
    top = max(view.shows.values()) if view.shows else 0
    published = view.published
    year_gap = 0
    if date[:4].isdigit():
        year_gap = abs(int(date[:4]) - int(published[:4]))
    vector: list[float] = [
        *(_flag(fact.kind == k) for k in _KINDS),
        *(_flag(fact.certainty == c) for c in _CERTAINTIES),
        _flag(fact.season is None), _flag(fact.season is not None and fact.season >= 10),
        _flag(not date), _flag(len(date) == 4), _flag(len(date) == 7 and date[5:].isdigit()),
        _flag(len(date) == 10), _flag(bool(_SEASON_CODE_RE.match(date))),
        _flag(date == published[:7]), _flag(bool(date) and date[:len(published[:7])] <
                                            published[:len(date[:7])]),
        _flag(year_gap > 1),
        _flag(len(words) == 1), _flag(len(words) == 2), _flag(len(words) >= 4),
        _flag(any(c.isdigit() for c in title)), _flag(":" in title),
        _flag(" and " in f" {low_title} " or "&" in title), _flag(low_title.startswith("the ")),
        _flag(any(len(w) > 1 and w.isupper() for w in words)),
        _flag(bool(words) and words[0].lower() in vocabulary().first_names),
        len(long_words) / len(words) if words else 0.0,
        _flag(f" {key} " in view.headline_key), _flag(f" {key} " in view.url_words),
        math.log1p(mentions), _flag(quoted), _flag(next_to_season),
        _flag(lower_mentions > 0 and len(words) <= 2),
        _flag(in_evidence >= 0), _flag(evidence.strip() == view.headline),
        min(evidence_shows, 6) / 6, min(len(evidence), 600) / 600,
        _flag(bool(SPECULATIVE_RE.search(evidence))),
        _flag(any(q in evidence for q in "\"“”")),
        _flag(bool(NEGATION_RE.search(evidence))),
        _flag(0 <= in_evidence <= 3),
        math.log1p(len(view.shows)), math.log1p(view.facts), share,
        _flag(view.shows[key] == top),
        len(view.kinds.get(key, ())) / 6,
        _flag(len(view.seasons.get(key, ())) > 1),
    ]
    return vector


def feature_rows(article: Article, facts: Sequence[Fact],
                 fired: Sequence[frozenset[str]]) -> list[list[float]]:
    """The feature vector of each candidate fact of one article (``fired``: the rules that
    made each fact)."""
    view = _view(article, facts)
    return [[*_features(fact, view), *(_flag(rule in rules_) for rule in RULE_FEATURES)]
            for fact, rules_ in zip(facts, fired, strict=True)]


def keep(article: Article, facts: Sequence[Fact], model: Model | None,
         fired: Sequence[frozenset[str]]) -> list[Fact]:
    """The candidate facts the model keeps (all of them without a model)."""
    if model is None or not facts:
        return list(facts)
    rows = feature_rows(article, facts, fired)
    return [fact for fact, row in zip(facts, rows, strict=True)
            if model.probability(row) >= model.threshold]


def service_model() -> Model | None:
    """The model trained on every fold, for articles nobody labelled."""
    data = shipped()
    return data.for_training(None) if data is not None else None


def fold_extractor(held_out: int, candidates: Callable[[Article], tuple[
        Sequence[Fact], Sequence[frozenset[str]]]]) -> Callable[[Article], list[Fact]]:
    """An extractor for fold ``held_out``: the candidates, filtered by the model trained
    without that fold."""
    data = shipped()
    model = data.for_training(held_out) if data is not None else None

    def extract(article: Article) -> list[Fact]:
        facts, fired = candidates(article)
        return keep(article, facts, model, fired)

    return extract
