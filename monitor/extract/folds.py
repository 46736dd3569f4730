"""Fixed folds over a labelled corpus, for honest measurement.

The devset is split once into five folds by article, and the split is kept in the repository
(``data/folds.json``) so every score is comparable across changes. Articles of one time line
(``timelines.json``; time lines sharing an article are joined) stay in one fold: a status replay
must never train on one of its own articles and be scored on another. The folds are balanced in
articles, in labelled facts and in articles numbered 075 and up (those added after the rules were
first written).

Some folds are *sealed*: their articles from 075 on are never read while the extractor is
developed; they are scored only in aggregate, as the estimate of what a change does to text
nobody has seen. ``format_report`` never lists their misses or false facts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import ParseError

#: Articles numbered from here on were added after the rules were first written.
FIRST_NEW_ARTICLE = 75


@dataclass(frozen=True)
class Folds:
    """Which article ids each fold holds, and which folds are sealed (numbered from 1)."""

    folds: tuple[tuple[str, ...], ...]
    sealed: frozenset[int] = frozenset()

    def fold_of(self, article_id: str) -> int | None:
        for number, ids in enumerate(self.folds, 1):
            if article_id in ids:
                return number
        return None

    def is_sealed(self, article_id: str) -> bool:
        """An article of a sealed fold that was added after the rules were first written."""
        number = self.fold_of(article_id)
        return number in self.sealed and is_new_article(article_id)

    def without(self, numbers: Iterable[int]) -> frozenset[str]:
        """The ids of every fold except ``numbers``."""
        skip = set(numbers)
        return frozenset(i for n, ids in enumerate(self.folds, 1) if n not in skip for i in ids)


def is_new_article(article_id: str) -> bool:
    return article_id.isdigit() and int(article_id) >= FIRST_NEW_ARTICLE


def _groups(ids: Sequence[str], timelines: Sequence[Sequence[str]]) -> list[list[str]]:
    """Articles joined by the time lines they share (union-find), in order of first id."""
    parent = {i: i for i in ids}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for line in timelines:
        members = [a for a in line if a in parent]
        for other in members[1:]:
            parent[root(other)] = root(members[0])
    grouped: dict[str, list[str]] = {}
    for i in ids:
        grouped.setdefault(root(i), []).append(i)
    return sorted((sorted(g) for g in grouped.values()), key=lambda g: g[0])


def make_folds(fact_counts: Mapping[str, int], timelines: Sequence[Sequence[str]],
               k: int = 5) -> list[list[str]]:
    """Split articles into ``k`` folds: time lines whole, balanced in articles, facts and new
    articles (and their facts). Deterministic: the largest groups first, each into the fold it
    loads least."""
    ids = sorted(fact_counts)
    groups = _groups(ids, timelines)
    total_new = sum(is_new_article(i) for i in ids) or 1
    total_facts = sum(fact_counts.values()) or 1
    new_facts = sum(n for i, n in fact_counts.items() if is_new_article(i)) or 1
    targets = (len(ids) / k, total_facts / k, total_new / k, new_facts / k)
    loads = [[0.0] * len(targets) for _ in range(k)]
    folds: list[list[str]] = [[] for _ in range(k)]

    def weight(group: list[str]) -> tuple[int, ...]:
        return (len(group), sum(fact_counts[i] for i in group),
                sum(is_new_article(i) for i in group),
                sum(fact_counts[i] for i in group if is_new_article(i)))

    order = sorted(groups, key=lambda g: (-len(g), -weight(g)[1], g[0]))
    for group in order:
        add = weight(group)

        def cost(fold: int, add: tuple[int, ...] = add) -> tuple[float, int]:
            after = [(loads[fold][d] + add[d]) / targets[d] for d in range(len(targets))]
            return (max(after) + sum(after) / len(after), fold)

        best = min(range(k), key=cost)
        folds[best].extend(group)
        for d in range(len(targets)):
            loads[best][d] += add[d]
    return [sorted(f) for f in folds]


def build_from_corpus(corpus_dir: Path, k: int = 5) -> list[list[str]]:
    """The folds of a devset directory (``articles/*.json`` and ``timelines.json``)."""
    counts: dict[str, int] = {}
    for path in sorted((corpus_dir / "articles").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        counts[path.stem] = len(data.get("facts") or [])
    timelines_path = corpus_dir / "timelines.json"
    timelines = [t["articles"] for t in json.loads(timelines_path.read_text(encoding="utf-8"))
                 ] if timelines_path.is_file() else []
    return make_folds(counts, timelines, k)


def load_folds(path: Path | None = None) -> Folds:
    """The folds kept in the repository (or in ``path``)."""
    try:
        if path is None:
            text = resources.files(__package__).joinpath("data/folds.json").read_text("utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        raw = json.loads(text)
        folds = tuple(tuple(str(i) for i in fold) for fold in raw["folds"])
        sealed = frozenset(int(n) for n in raw.get("sealed", ()))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ParseError(f"{path or 'monitor/extract/data/folds.json'}: not a folds file: "
                         f"{exc}") from exc
    return Folds(folds, sealed)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m monitor.extract.folds DEVSET``: print the folds a devset splits into."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m monitor.extract.folds")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("-k", type=int, default=5)
    args = parser.parse_args(argv)
    print(json.dumps({"folds": build_from_corpus(args.corpus, args.k)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
