"""OPML subscription lists: the feeds a feed reader exports, and ours for one to import.

:func:`read_opml` reads OPML 1.0/2.0 as feed readers write it (nested category outlines,
``text`` or ``title``, attribute case as found in the wild) through listparser, a maintained
reader of subscription lists. :func:`write_opml` writes OPML 2.0: one ``<outline type="rss">``
per feed with its name in ``text`` and ``title`` and its URL in ``xmlUrl``, which every reader
imports. This module reads or writes bytes and a file; it never touches the config or the
network (listparser is only ever given the file's bytes, never a URL to fetch).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import listparser

from .errors import ParseError

#: Larger than any subscription list; a file beyond this is not one.
MAX_OPML_BYTES = 10_000_000


@dataclass(frozen=True)
class OpmlFeed:
    """One subscription: the feed's URL and the name the list gives it ("" when none)."""

    url: str
    title: str = ""


def read_opml(path: Path) -> list[OpmlFeed]:
    """The feeds an OPML file lists, in its order; ParseError naming the file when it cannot be
    read or holds no subscription list."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_OPML_BYTES + 1)
    except OSError as exc:
        raise ParseError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if len(data) > MAX_OPML_BYTES:
        raise ParseError(f"{path}: larger than {MAX_OPML_BYTES} bytes; not a subscription list")
    return parse_opml(data, str(path))


def parse_opml(data: bytes, where: str) -> list[OpmlFeed]:
    """The feeds of an OPML document given as bytes (``where`` names it in errors)."""
    result = listparser.parse(data)
    if not result.get("version"):
        problem = result.get("bozo_exception")
        raise ParseError(f"{where}: not an OPML subscription list"
                         + (f" ({problem})" if problem else ""))
    feeds = []
    for feed in result.get("feeds", []):
        url = str(feed.get("url") or "").strip()
        if url:
            feeds.append(OpmlFeed(url=url, title=" ".join(str(feed.get("title") or "").split())))
    return feeds


def write_opml(feeds: Sequence[OpmlFeed], *, title: str, now: dt.datetime) -> bytes:
    """An OPML 2.0 document listing ``feeds`` (UTF-8, with its XML declaration)."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = email.utils.format_datetime(
        now.astimezone(dt.UTC), usegmt=True)
    ET.SubElement(head, "docs").text = "https://opml.org/spec2.opml"
    body = ET.SubElement(root, "body")
    for feed in feeds:
        name = feed.title or feed.url
        ET.SubElement(body, "outline", type="rss", text=name, title=name, xmlUrl=feed.url)
    ET.indent(root)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"
