"""Typography made plain for the fact rules, in one place (round 38).

Sites set the same words in different characters: curly or straight apostrophes and quotes,
hyphens, minus signs and en dashes in ranges, non-breaking or thin spaces inside dates and
names, full-width punctuation from CMSs, soft hyphens and zero-width spaces inside words. The
rules read one form: ``plain_typography`` maps every such character to its plain one with a
character-for-character ``str.translate`` table, so every offset in the plain text is an offset
in the text it came from, and ``typeset_like`` cuts the article's own characters back out for
the evidence and the titles a fact shows.

Characters that must vanish (a soft hyphen, a zero-width space or joiner, a byte-order mark) have
no one-character plain form. The text stage already drops them from every page it reads
(``ingest/text.py``: ``INVISIBLE``); text given to the extractor some other way (a feed's
summary, a test, a devset file) loses them here, before the table, and the evidence is cut
from that text: what they took is nothing a reader sees.

Kept as they are: curly double quotes (their side tells where a quoted title ends: "CBS
“Salt Road” June 3"), the em dash (an aside: "Salt Road—which ..." is no hyphenated word), the
ellipsis, "--" (two characters), guillemets.
"""

from __future__ import annotations

import difflib
import re

#: character -> its plain form, one character each (offsets kept).
PLAIN_CHARACTERS: dict[str, str] = {
    # apostrophes and single quotes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\uff07": "'",
    # double quotes: only the ones without a side ("„" opens, as "“" does); curly ones keep
    # theirs, which the rules read ("CBS “Salt Road” June 3": the title's end is sure)
    "\u201e": "\u201c", "\u201f": "\u201c", "\u2033": '"', "\uff02": '"',
    # hyphens, minus signs, figure and en dashes: a range or a spaced aside ("June 5–9",
    # "Season 2 – Kestrel") reads as its hyphen form; the horizontal bar is an em dash
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-", "\ufe63": "-",
    "\uff0d": "-", "\u2015": "\u2014",
    # spaces that only differ in width or in breaking
    "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ",
    "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ",
    "\u202f": " ", "\u205f": " ", "\u3000": " ",
    # full-width punctuation (East Asian CMSs, copied press releases)
    "\uff01": "!", "\uff0c": ",", "\uff0e": ".", "\uff1a": ":", "\uff1b": ";", "\uff1f": "?",
    "\uff08": "(", "\uff09": ")",
}
PLAIN_TABLE = str.maketrans(PLAIN_CHARACTERS)
#: Characters dropped before the table: no width, no one-character plain form.
INVISIBLE_CHARACTERS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE_CHARACTERS}]")
#: Only the spaces of the table: a title cut from the article keeps its quotes and dashes but
#: not a non-breaking space.
#: The opening of a rewritten piece that finds where it stands in the text.
_ANCHOR_CHARS = 24
_SPACES_TABLE = str.maketrans({k: v for k, v in PLAIN_CHARACTERS.items() if v == " "})


def visible(text: str) -> str:
    """``text`` without its invisible characters (soft hyphens, zero-width spaces ...)."""
    if text.isascii():
        return text
    return _INVISIBLE_RE.sub("", text)


def plain_typography(text: str) -> str:
    """``text`` (already ``visible``) with every typographic character in its plain form; the
    same length, character for character."""
    if text.isascii():
        return text
    return text.translate(PLAIN_TABLE)


def typeset_like(piece: str, plain: str, original: str) -> str:
    """``piece``, a part of the ``plain`` form of ``original``, in ``original``'s own characters
    (spaces made plain). A piece the rules rewrote ("Boat, How" for a scrape's "BoatHow") is
    aligned with the text from where its opening is found; one whose opening is nowhere is
    returned as it is."""
    if plain is original or plain == original:
        return piece
    at = plain.find(piece)
    if at >= 0:
        return original[at:at + len(piece)].translate(_SPACES_TABLE)
    at = plain.find(piece[:_ANCHOR_CHARS])
    if at < 0:
        return piece
    end = at + len(piece) + _ANCHOR_CHARS
    window, source = plain[at:end], original[at:end]
    out = list(piece)
    matcher = difflib.SequenceMatcher(None, piece, window, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out[i1:i2] = source[j1:j2]
    return "".join(out).translate(_SPACES_TABLE)


#: The apostrophes a title shows straight, as ``shows.clean_title`` always wrote them.
_TITLE_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'"})


def title_typeset_like(title: str, plain: str, original: str) -> str:
    """A fact's title in ``original``'s characters (its dashes), apostrophes straight."""
    return typeset_like(title, plain, original).translate(_TITLE_APOSTROPHES)
