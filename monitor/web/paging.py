"""Query parameters of the paged lists: ``limit``, ``cursor`` and ``since``, checked.

A cursor is the key of the last row of a page (what the store's keyset queries continue after),
handed out as opaque URL-safe text; clients pass it back and never build one. Bad values are a
:class:`BadRequest` naming the parameter and what it must be.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

#: The most rows one page may ask for.
MAX_LIMIT = 500


class BadRequest(Exception):
    """A query parameter is wrong; the message names it and says what it must be."""


def encode_cursor(key: Sequence[Any]) -> str:
    """The key of a page's last row as opaque URL-safe text."""
    text = json.dumps(list(key), separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(text: str, types: Sequence[type]) -> tuple[Any, ...]:
    """The key a cursor holds, each part of the type given; BadRequest if it is not one this
    monitor handed out for that list."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        key = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        key = None
    if (not isinstance(key, list) or len(key) != len(types)
            or not all(type(v) is t for v, t in zip(key, types, strict=True))):
        raise BadRequest("cursor: not a cursor this list handed out (pass back the `next` "
                         "value of the previous page unchanged)")
    return tuple(key)


def limit_arg(query: Mapping[str, str], default: int) -> int:
    """``?limit=``: rows per page, 1 to :data:`MAX_LIMIT` (``default`` when absent)."""
    text = query.get("limit", "").strip()
    if not text:
        return default
    if not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise BadRequest(f"limit: must be a whole number from 1 to {MAX_LIMIT}, not {text!r}")
    return int(text)


def since_arg(query: Mapping[str, str]) -> dt.datetime | None:
    """``?since=``: an ISO 8601 date or time (``2025-03-01``, ``2025-03-01T09:00:00Z``,
    ``…+02:00``); a time without a zone is UTC. None when absent."""
    text = query.get("since", "").strip()
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise BadRequest(f"since: {text!r} is not an ISO 8601 date or time "
                         "(e.g. 2025-03-01 or 2025-03-01T09:00:00Z)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
