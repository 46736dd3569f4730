"""Round 38 (r38typo): the extractor reads one typography.

The rules read the article with its typography made plain (``facts.plain_typography``: curly
apostrophes, en dashes, non-breaking and thin spaces, full-width punctuation mapped character
for character; soft hyphens and zero-width characters dropped), and the facts' evidence is cut
back out in the article's own characters. The grid (``typography_grid.py``) sets the same
sentences in each typography: every cell must give the plain form's facts; the plain cells are
the controls. All names are invented.
"""

from __future__ import annotations

import random

import pytest
from typography_grid import PUBLISHED, cells, facts_of

from monitor.extract.facts import extract_facts
from monitor.models import Article

CELLS = {cell.id: cell for cell in cells()}


@pytest.mark.parametrize("cell_id", CELLS)
def test_each_typography_gives_the_plain_facts(cell_id: str) -> None:
    cell = CELLS[cell_id]
    assert facts_of(cell.text) == sorted(cell.expected)


def _facts(text: str) -> list[tuple[str, str, str]]:
    article = Article(url="https://example.test/news/2", title="TV news", text=text,
                      published=PUBLISHED)
    return [(f.show, f.kind, f.evidence) for f in extract_facts(article)]


def test_the_evidence_keeps_the_articles_own_characters() -> None:
    text = "It\u2019s a wrap on season 2 of Salt Road, the network said."
    assert _facts(text) == [("Salt Road", "filming_wrapped", text)]


def test_a_title_keeps_its_apostrophe_straight_and_its_spaces_plain() -> None:
    text = "Kestrel has renewed Harbor\u2019s\u00a0Edge for a second season."
    assert _facts(text) == [("Harbor's Edge", "renewed",
                             "Kestrel has renewed Harbor\u2019s Edge for a second season.")]


def test_a_soft_hyphen_leaves_no_trace_in_the_evidence() -> None:
    text = "Kestrel has re\u00adnewed Salt Road for a second season."
    assert _facts(text) == [("Salt Road", "renewed",
                             "Kestrel has renewed Salt Road for a second season.")]


@pytest.mark.parametrize("text", [
    "Salt Road \u2013 season 2 it\u2019s at\u00a0Kestrel\uff0c June\u20095\u2013 9",
    "plain ASCII stays the very same string",
    "\u201cCurly double quotes keep their side\u201d \u2014 and the em dash stays",
], ids=["typographic", "ascii", "kept-characters"])
def test_the_plain_form_keeps_every_offset(text: str) -> None:
    from monitor.extract import facts as typography

    plain = typography.plain_typography(text)
    assert len(plain) == len(text)
    # a spaced en dash is an aside's dash, read as the em dash it stands for
    assert plain.replace(" \u2014 ", " - ").isascii() or "\u201c" in plain
    assert typography.typeset_like(plain[4:20], plain, text) == text[4:20].translate(
        {0xa0: " ", 0x2009: " "})


@pytest.mark.parametrize(("text", "plain"), [
    ("renewed Salt Road \u2013 its top drama \u2013 and",
     "renewed Salt Road \u2014 its top drama \u2014 and"),
    ("June 5\u20139 and 2025\u201326", "June 5-9 and 2025-26"),
    ("Salt Road\u2013Kestrel", "Salt Road-Kestrel"),
], ids=["spaced-aside", "ranges", "unspaced"])
def test_a_spaced_en_dash_is_an_aside_and_an_unspaced_one_a_hyphen(text: str, plain: str) -> None:
    from monitor.extract import facts as typography

    assert typography.plain_typography(text) == plain


def test_a_rewritten_piece_is_aligned_from_its_opening() -> None:
    from monitor.extract import facts as typography

    original = "Kestrel renewed Marvel\u2019s Agent Lantern and Salt RoadHavana today."
    plain = typography.plain_typography(original)
    piece = "Kestrel renewed Marvel's Agent Lantern and Salt Road, Havana today."
    assert typography.typeset_like(piece, plain, original) == (
        "Kestrel renewed Marvel\u2019s Agent Lantern and Salt Road, Havana today.")


def test_the_typography_swap_mode_is_seeded_and_keeps_the_words() -> None:
    from monitor.extract import facts as typography
    from monitor.extract.swap import MODES, retypeset

    assert "typography" in MODES
    text = "Kestrel said \"it's back\" on June 5, 2027 - episodes 3-5 ... of Salt Road."
    one = retypeset(text, {"Salt Road"}, random.Random("1:typography:x"))
    assert one == retypeset(text, {"Salt Road"}, random.Random("1:typography:x"))
    assert "\u201cit\u2019s back\u201d" in one and "3\u20135" in one and "\u2026" in one
    assert typography.plain_typography(one).count("'") == text.count("'")
