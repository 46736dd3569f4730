"""Round 38, r38speedback: the round's facts CPU back, no fact changed.

Behaviour cells for the shortcut (no timing here; ``bench/facts_speed.py`` times it and
``bench/facts_compare.py`` shows no extracted fact changed): ``facts.typeset_like`` skips the
alignment when the window holds no typographic character, and aligns a rewritten piece once
(``facts._aligned``): the same text as the alignment, over generated pieces.
"""

from __future__ import annotations

import difflib

import pytest

from monitor.extract import facts


def _reference_typeset(piece: str, plain: str, original: str) -> str:
    """``typeset_like`` as it was before the shortcut: the alignment whenever the piece is not
    found as it is."""
    if plain is original or plain == original:
        return piece
    at = plain.find(piece)
    if at >= 0:
        return original[at:at + len(piece)].translate(facts._SPACES_TABLE)
    at = plain.find(piece[:facts._ANCHOR_CHARS])
    if at < 0:
        return piece
    end = at + len(piece) + facts._ANCHOR_CHARS
    window, source = plain[at:end], original[at:end]
    out = list(piece)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, piece, window,
                                                       autojunk=False).get_opcodes():
        if tag == "equal":
            out[i1:i2] = source[j1:j2]
    return "".join(out).translate(facts._SPACES_TABLE)


_ORIGINALS = [
    "Kestrel\u2019s drama Salt Road\u2014the fishing saga\u2014returns on 4\u00a0June 2026 "
    "for a third series. Tovrel has axed Lantern House after two seasons.",
    "Salt Road \u201cBoatHow\u201d was renewed by Kestrel; Havana premieres on Tovrel in May. "
    "Lisbon wrapped filming in Cork last week, the broadcaster said in a statement today.",
    "Kestrel has renewed Salt Road for a third season. Tovrel has axed Lantern House after "
    "two seasons, and Havana premieres on June 4 with ten episodes on the channel.",
]
_REWRITES = [
    ("insert", lambda t: t.replace("BoatHow", "Boat, How").replace("axed", "ax ed")),
    ("drop", lambda t: t.replace("the fishing saga", "saga").replace("last week", "")),
    ("cut-tail", lambda t: t[:60] + " and more"),
    ("whole", lambda t: t),
]


@pytest.mark.parametrize("rewrite,how", _REWRITES, ids=[r[0] for r in _REWRITES])
@pytest.mark.parametrize("original", _ORIGINALS, ids=["dashes-quotes", "quotes", "plain"])
def test_typeset_like_is_the_alignment(original, rewrite, how):
    plain = facts.plain_typography(original)
    for start in range(0, len(plain) - 40, 7):
        for length in (30, 60, 110):
            piece = how(plain[start:start + length])
            assert facts.typeset_like(piece, plain, original) == _reference_typeset(
                piece, plain, original), (start, length)
