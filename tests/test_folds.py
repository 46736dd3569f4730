"""The fixed folds: time lines whole, balanced, deterministic; the stored split is valid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from devset import DEVSET, MISSING

from monitor.errors import ParseError
from monitor.extract.folds import Folds, is_new_article, load_folds, make_folds


def _counts(n: int, new_from: int = 75) -> dict[str, int]:
    return {f"{i:03d}": 1 + i % 5 for i in range(1, n + 1)}


def test_time_lines_stay_in_one_fold_even_when_they_share_an_article() -> None:
    counts = _counts(120)
    timelines = [["001", "002", "003"], ["003", "040"], ["080", "081", "082", "083"]]
    folds = make_folds(counts, timelines)
    fold_of = {i: n for n, ids in enumerate(folds) for i in ids}
    assert len({fold_of[i] for i in ("001", "002", "003", "040")}) == 1
    assert len({fold_of[i] for i in ("080", "081", "082", "083")}) == 1
    assert sorted(i for f in folds for i in f) == sorted(counts)


def test_folds_are_balanced_and_deterministic() -> None:
    counts = _counts(200)
    folds = make_folds(counts, [])
    assert folds == make_folds(dict(reversed(list(counts.items()))), [])
    sizes = [len(f) for f in folds]
    new = [sum(is_new_article(i) for i in f) for f in folds]
    facts = [sum(counts[i] for i in f) for f in folds]
    assert max(sizes) - min(sizes) <= 2
    assert max(new) - min(new) <= 2
    assert max(facts) - min(facts) <= 6


def test_the_stored_folds_cover_each_article_once_and_name_the_sealed_fold() -> None:
    folds = load_folds()
    ids = [i for fold in folds.folds for i in fold]
    assert len(folds.folds) == 5 and len(ids) == len(set(ids)) == 257
    assert folds.sealed == {5}
    sealed_id = next(i for i in folds.folds[4] if is_new_article(i))
    old_id = next(i for i in folds.folds[4] if not is_new_article(i))
    open_id = next(i for i in folds.folds[0] if is_new_article(i))
    assert folds.is_sealed(sealed_id)
    assert not folds.is_sealed(old_id) and not folds.is_sealed(open_id)
    assert folds.without([1, 2, 3]) == set(folds.folds[3]) | set(folds.folds[4])
    assert not folds.is_sealed(next(i for i in folds.folds[3] if is_new_article(i)))


@pytest.mark.skipif(not DEVSET.is_dir(), reason=MISSING)
def test_the_stored_folds_are_those_the_devset_splits_into() -> None:
    from monitor.extract.folds import build_from_corpus

    assert [list(f) for f in load_folds().folds] == build_from_corpus(DEVSET)
    timelines = json.loads((DEVSET / "timelines.json").read_text(encoding="utf-8"))
    folds = load_folds()
    for line in timelines:
        assert len({folds.fold_of(a) for a in line["articles"]}) == 1, line["show"]


def test_a_broken_folds_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "folds.json"
    path.write_text('{"sealed": [1]}', encoding="utf-8")
    with pytest.raises(ParseError, match="folds.json: not a folds file"):
        load_folds(path)


def test_folds_know_where_an_article_is() -> None:
    folds = Folds((("001", "080"), ("002", "081")), frozenset({2}))
    assert folds.fold_of("081") == 2 and folds.fold_of("999") is None
    assert folds.is_sealed("081") and not folds.is_sealed("002")
