"""Show identity: the one normalised key by which titles are compared everywhere.

"The Boys", "the boys" and "Boys" are one show; so are "Love & Death" and "Love and Death".
Used by the state store, the watch list and the evaluation alike, so they never disagree.
"""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")


def show_key(title: str) -> str:
    """The comparison key of a show title: casefolded, no accents, punctuation or leading "The"."""
    text = unicodedata.normalize("NFKD", title)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("&", " and ")
    text = _PUNCT.sub(" ", text.replace("'", "").replace("\u2019", ""))
    text = _SPACE.sub(" ", text).strip()
    return _LEADING_THE.sub("", text)
