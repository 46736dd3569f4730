"""Round 34 (issue 14, branch r34speed): title discovery's work, with its answers unchanged.

- ``shows.title_spans`` reads a run of one word without tokenising it again (a plain
  capitalised word, the commonest run, makes its span with no call of ``_run_spans``), and
  finds its candidate runs without the "-ish" alternative in a text holding no "-ish".
- ``shows.discover`` looks the launch verbs' stems up once per sentence, not once per span,
  as it does the trigger and appositive stems.

The cells counting work fail on the base commit (2158740); the controls (what the functions
answer on invented sentences, and on random ones against a plain per-token reading) pass on
both.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Collection, Sequence

import pytest

from monitor.extract import shows


@pytest.fixture
def run_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The runs ``shows._run_spans`` is asked to read, as text."""
    calls: list[str] = []
    plain = shows._run_spans

    def counting(text: str, tokens: list[re.Match[str]], current: list[tuple[int, int, str, bool]],
                 flush: Callable[[], None], joins: Collection[shows.Join] = ()) -> None:
        calls.append(" ".join(t.group(0) for t in tokens))
        plain(text, tokens, current, flush, joins)

    monkeypatch.setattr(shows, "_run_spans", counting)
    return calls


@pytest.mark.parametrize("text, spans", [
    pytest.param("Kestrel has renewed it, and Tovrel agreed.", ["Kestrel", "Tovrel"],
                 id="two-one-word-names"),
    pytest.param("Havana returns in May again", ["Havana", "May"], id="name-and-month"),
    pytest.param("Lisbon was cancelled; Renewed was the word.", ["Lisbon"],
                 id="break-word-alone"),
])
def test_one_word_runs_make_their_span_without_the_token_reader(text, spans, run_calls) -> None:
    assert [s.text for s in shows.title_spans(text)] == spans
    assert run_calls == []  # every run here is one plain capitalised word


def test_many_word_runs_still_go_through_the_token_reader(run_calls) -> None:
    assert [s.text for s in shows.title_spans("Tovrel renewed Salt Road today.")] == \
        ["Tovrel", "Salt Road"]
    assert run_calls == ["Salt Road"]


def test_candidate_runs_without_ish_alternative_in_a_text_without_ish() -> None:
    pattern = shows._CANDIDATE_RUN_NO_ISH_RE.pattern
    assert "-ish" not in pattern and "-ish" in shows._CANDIDATE_RUN_RE.pattern


@pytest.fixture
def launch_stem_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts ``shows._has_stem`` is asked to search for the launch verbs' stems."""
    checked: list[str] = []
    plain = shows._has_stem

    def counting(text: str, stems: Sequence[str]) -> bool:
        if stems is shows._LAUNCH_STEMS:
            checked.append(text)
        return plain(text, stems)

    monkeypatch.setattr(shows, "_has_stem", counting)
    return checked


def test_launch_stems_looked_up_once_per_sentence_without_them(launch_stem_checks) -> None:
    texts = ["Kestrel has renewed Salt Road, Lantern House, Havana and Lisbon for new seasons.",
             "Salt Road stars Jane Doe, Lantern House stars John Roe."]
    shows.discover(texts, "Kestrel Renews Four Dramas")
    # one look-up for each text and the headline, none per span: no sentence holds a stem
    assert len(launch_stem_checks) <= len(texts) + 1


@pytest.mark.parametrize("text, spans", [
    pytest.param("The Salt Road-ish drama was renewed.", ["The Salt Road-ish"],
                 id="ish-glued-to-a-title"),
    pytest.param("a blue-ish Lantern House premiered", ["blue-ish Lantern House"],
                 id="lower-ish-word"),
    pytest.param("Kestrel's Havana was renewed.", ["Kestrel's Havana"], id="possessive-run"),
    pytest.param("Dead by Dawn and Salt Road", ["Dead", "Dawn and Salt Road"],
                 id="inner-word-unjoined"),
    pytest.param("\"Havana\" returns; 1899 too.", ["Havana", "1899"], id="quoted-and-year"),
    pytest.param("Stop! has been renewed", ["Stop!"], id="inner-mark"),
    pytest.param("Are You There, Lisbon? was cancelled", ["Are You There", "Lisbon?"],
                 id="question-at-start"),
    pytest.param("However, Havana returns in May.", ["However, Havana", "May"],
                 id="opener-comma-name"),
])
def test_title_spans_answers_as_before(text, spans) -> None:
    assert [s.text for s in shows.title_spans(text)] == spans


@pytest.mark.parametrize("texts, headline, titles", [
    pytest.param(["Salt Road premieres June 5 on Kestrel."], "", ["Salt Road"],
                 id="launch-verb-before-date"),
    pytest.param(["Kestrel will launch Lantern House this fall."], "", ["Lantern House"],
                 id="launch-verb-before-title"),
    pytest.param(["Tovrel debuts Havana, a new drama, on Friday."], "", ["Tovrel", "Havana"],
                 id="debut-verb-before-title"),
    pytest.param(["Jane Doe joined Lisbon last year."], "", [], id="no-cue-no-title"),
])
def test_discover_answers_as_before(texts, headline, titles) -> None:
    assert [t for t in shows.discover(texts, headline).titles if t in titles] == titles


_WORDS = ("The Salt Road renewed season 2 Kestrel 'Havana' of the and by Dead Dawn Jane's "
          "Doe's S1 1899 2023-24 Emily Owens, M.D. Are You There, Lisbon? How to be a "
          "Gentleman Workin' Moms Stop! — – \"Tovrel\" I A An X's Doe-ish green-ish "
          "-ISH 80s-ish").split()


def _per_token_spans(text: str, joins: Collection[shows.Join]) -> list[shows.Span]:
    """title_spans as the base read it: every run tokenised and handed to ``_run_spans``."""
    spans: list[shows.Span] = []
    current: list[tuple[int, int, str, bool]] = []

    def flush() -> None:
        while current and not current[-1][3]:
            current.pop()
        while current and not current[0][3]:
            current.pop(0)
        if current:
            start, end = current[0][0], current[-1][1]
            spans.append(shows.Span(start, end, text[start:end]))
        current.clear()

    for run in shows._CANDIDATE_RUN_RE.finditer(text):
        shows._run_spans(text, list(shows._TOKEN_RE.finditer(text, run.start(), run.end())),
                         current, flush, joins)
        flush()
    if "?" in text or "," in text:
        spans = shows._comma_and_question_titles(text, spans)
    if "!" in text or "?" in text:
        spans = [shows._with_inner_mark(text, span) for span in spans]
    return spans


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_title_spans_equals_the_per_token_reading_on_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    joins = frozenset({("dead", "by", "dawn")})
    for _ in range(600):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 14)))
        for j in ((), joins):
            assert shows.title_spans(text, j) == _per_token_spans(text, j), text
