"""Reading feeds: RSS 0.9x/1.0/2.0 and Atom bytes in, ``FeedItem``s out.

``parse_feed`` reads plain RSS 2.0 and Atom 1.0 with lxml (``rss_atom``, 25× faster) and hands
every other document (as bytes, never a URL: feedparser would fetch it) to feedparser, keeps every
entry that has a link or an id, resolves relative links against the feed's own URL (http or
file://), and gives each item a timezone-aware UTC publication time when the feed states one.

It must never: expand entity declarations (billion laughs, external entities: refused before
parsing), fetch anything, or return items from a document that is not a feed (an HTML page, an
error page, a truncated download with no entries): those are ``ParseError``s naming the feed URL.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import logging
import re
import time
import xml.sax
from typing import Any
from urllib.parse import urljoin

import feedparser

from ..errors import ParseError
from ..models import FeedItem
from . import rss_atom

log = logging.getLogger(__name__)

#: How far into a document to look for its root element (the prolog is short) and, in an HTML
#: page given as a feed, for a <link rel="alternate"> to the real feed.
PROLOG_SCAN_BYTES = 4096
HTML_HEAD_SCAN_CHARS = 65536
DOCTYPE = re.compile(r"<!DOCTYPE", re.IGNORECASE)
ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)
HTML_ROOT = re.compile(r"<!DOCTYPE\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
FEED_ROOT = re.compile(r"<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>/]")
#: ``[^<>]``, not ``[^>]``: a scan from one "<link" stops at the next "<", so a page of
#: thousands of unclosed "<link" tags is read in linear time (it took seconds: each start
#: scanned to the end of the page).
ALTERNATE_FEED_LINK = re.compile(
    r"<link\b(?=[^<>]*\brel=[\"']?alternate)(?=[^<>]*\btype=[\"']?application/(?:rss|atom)"
    r"\+xml)[^<>]*\bhref=[\"']([^\"'<>]+)", re.IGNORECASE)
TAG = re.compile(r"<[^<>]+>")
#: A numeric character reference.
CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")
#: Code points XML 1.0 allows (a reference to anything else breaks the parsers).
_XML_CHAR_RANGES = ((0x9, 0xA), (0xD, 0xD), (0x20, 0xD7FF), (0xE000, 0xFFFD),
                    (0x10000, 0x10FFFF))
REPLACEMENT_REF = b"&#65533;"
#: Where feedparser's look at the prolog ends: the first element (its own test).
FIRST_ELEMENT = re.compile(r"<\w")
FIRST_ELEMENT_BYTES = re.compile(rb"<\w")
#: A run of white space in the prolog long enough to matter (see ``tame_prolog``).
LONG_SPACE = re.compile(r"[ \t\n\r\f\v]{64,}")
LONG_SPACE_BYTES = re.compile(rb"[ \t\n\r\f\v]{64,}")
SPACE = re.compile(r"\s+")
#: Byte-order marks and the codec that reads the prolog behind them.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def parse_feed(data: bytes, feed_url: str, *, fast_path: bool = True) -> list[FeedItem]:
    """The items of an RSS/Atom document, in document order; ParseError if it is not a feed.

    ``feed_url`` is where the bytes came from: relative links are resolved against it and every
    error names it. A feed that parses with errors but still yields entries (a stray ``&``, a
    wrong declared encoding) keeps those entries. ``fast_path=False`` has feedparser read every
    document (the comparison of both paths and the benchmarks use it).
    """
    if isinstance(data, str):  # a str would make feedparser treat it as a URL or a path
        data = data.encode("utf-8")
    if not data.strip():
        raise ParseError(f"{feed_url}: empty document, not an RSS/Atom feed")
    text = _as_text(data)
    refuse_entity_declarations(text, feed_url)
    data = tame_prolog(data, text, feed_url)
    data = repair_character_references(data)
    fast = rss_atom.entries(data) if fast_path else None
    if fast is not None:
        parsed: Any = {"entries": fast}
    else:
        parsed = _feedparser_parse(data, feed_url)
    entries = parsed.get("entries", [])
    if not entries:
        _check_is_feed(parsed, text, feed_url)
        return []
    items: list[FeedItem] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        try:
            item = _item(entry, feed_url)
        except Exception as exc:  # one odd entry (a missing key, a bad value) costs only itself
            log.info("%s: skipping entry %d, which cannot be read: %s", feed_url, number,
                     _short(exc))
            continue
        if item is None or item.guid in seen:
            continue
        seen.add(item.guid)
        items.append(item)
    if parsed.get("bozo"):
        if not items:  # a truncated download yields one empty entry and no error: no feed
            raise ParseError(f"{feed_url}: not a valid RSS/Atom feed "
                             f"({_short(parsed.get('bozo_exception'))})")
        log.info("%s: feed has errors, keeping its %d entries: %s", feed_url, len(items),
                 parsed.get("bozo_exception"))
    return items


def _feedparser_parse(data: bytes, feed_url: str) -> Any:
    """feedparser's reading of what the fast path (``rss_atom``) leaves to it."""
    # Per call, not global: we only ever extract plain text from entries (never render their
    # HTML), and resolve links ourselves against feed_url, which feedparser never sees.
    try:
        return feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # feedparser raises whatever its parsers raise on odd input
        raise ParseError(f"{feed_url}: not a valid RSS/Atom feed (the parser failed: "
                         f"{_short(exc)})") from exc


def repair_character_references(data: bytes) -> bytes:
    """Numeric character references the XML parsers can take.

    A surrogate pair written as two references (``&#55357;&#56842;``, as some CMSs encode
    emoji) becomes the one character it means; any other reference to a code point XML does
    not allow (a lone surrogate, NUL, past U+10FFFF) becomes U+FFFD. Such references made
    feedparser raise and stopped the whole feed.
    """
    if b"&#" not in data:
        return data
    out: list[bytes] = []
    done = 0
    matches = list(CHAR_REF.finditer(data))
    skip = False
    for i, match in enumerate(matches):
        if skip:
            skip = False
            continue
        out.append(data[done:match.start()])
        done = match.end()
        code = _code_point(match)
        following = matches[i + 1] if i + 1 < len(matches) else None
        if 0xD800 <= code <= 0xDBFF and following is not None and following.start() == done:
            low = _code_point(following)
            if 0xDC00 <= low <= 0xDFFF:
                out.append(b"&#%d;" % (0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)))
                done, skip = following.end(), True
                continue
        valid = any(first <= code <= last for first, last in _XML_CHAR_RANGES)
        out.append(match[0] if valid else REPLACEMENT_REF)
    out.append(data[done:])
    return b"".join(out)


def _code_point(match: re.Match[bytes]) -> int:
    return int(match[1], 16) if match[1] else int(match[2])


def refuse_entity_declarations(text: str, feed_url: str) -> None:
    """ParseError when a document with a DOCTYPE declares entities (entity bombs, XXE).

    Real feeds never declare entities; the old RSS 0.91 DOCTYPE with only a public DTD id is
    fine (nothing fetches that DTD). Looking at the raw text is enough and costs microseconds:
    without ``<!DOCTYPE`` no entity can be declared.
    """
    if DOCTYPE.search(text) and ENTITY_DECLARATION.search(text):
        raise ParseError(f"{feed_url}: refusing a feed that declares XML entities in its DOCTYPE "
                         "(possible entity expansion attack)")


def tame_prolog(data: bytes, text: str, feed_url: str) -> bytes:
    """The document with a prolog feedparser reads in linear time, or ParseError.

    feedparser looks for ENTITY and DOCTYPE declarations before the first element with
    patterns tried at every line start (``^\\s*<!ENTITY([^>]*?)>``, multi-line): a run of
    blank lines there took time quadratic in its length (80 KB: 30 s, on the poll's thread,
    holding every other feed), and so did many unclosed declarations. White-space runs of 64
    characters or more in the prolog become one newline (white space between prolog items
    means nothing); an ENTITY declaration there (never in a real feed, and outside a DOCTYPE
    not even XML) or a second DOCTYPE is refused. In a UTF-16/32 document, whose bytes cannot
    be edited so, such a run is refused too.
    """
    first = FIRST_ELEMENT.search(text)
    head = text[:first.start() if first else len(text)]
    if ENTITY_DECLARATION.search(head):
        raise ParseError(f"{feed_url}: refusing a feed that declares XML entities "
                         "(possible entity expansion attack)")
    if head.count("<!DOCTYPE") > 1:
        raise ParseError(f"{feed_url}: not a valid RSS/Atom feed (more than one DOCTYPE)")
    if not LONG_SPACE.search(head):
        return data
    if _wide(data):  # UTF-16/32: the runs are not byte runs here
        raise ParseError(f"{feed_url}: not a valid RSS/Atom feed (a long run of white space "
                         "before its first element)")
    first_bytes = FIRST_ELEMENT_BYTES.search(data)
    end = first_bytes.start() if first_bytes else len(data)
    return LONG_SPACE_BYTES.sub(b"\n", data[:end]) + data[end:]


def _check_is_feed(parsed: Any, text: str, feed_url: str) -> None:
    """Accept a genuine feed with no entries; explain everything else as a ParseError."""
    head = text[:PROLOG_SCAN_BYTES]
    if HTML_ROOT.search(head) and not FEED_ROOT.search(head):
        hint = ""
        match = ALTERNATE_FEED_LINK.search(text[:HTML_HEAD_SCAN_CHARS])
        if match:
            hint = f"; the page links to a feed at {urljoin(feed_url, html.unescape(match[1]))}"
        raise ParseError(f"{feed_url}: this is an HTML page, not an RSS/Atom feed{hint}")
    if parsed.get("bozo"):
        reason = _short(parsed.get("bozo_exception"))
        raise ParseError(f"{feed_url}: not a valid RSS/Atom feed ({reason})")
    if not parsed.get("version"):
        raise ParseError(f"{feed_url}: not an RSS/Atom feed (no rss, RDF or feed element)")


def _item(entry: Any, feed_url: str) -> FeedItem | None:
    link = _entry_link(entry)
    guid = (entry.get("id") or "").strip()
    if not link and not guid:
        return None
    try:
        link = urljoin(feed_url, link) if link else ""
        if not link and _looks_like_url(guid):
            link = urljoin(feed_url, guid)
    except ValueError:  # "http://[::1" and the like: skip the item, keep the feed
        log.info("%s: skipping an item with a malformed link %r", feed_url, link)
        return None
    return FeedItem(
        feed_url=feed_url,
        guid=guid or link,
        link=link,
        title=_plain(entry.get("title", "")),
        published=_published(entry),
        summary=_summary(entry),
    )


def _entry_link(entry: Any) -> str:
    link = (entry.get("link") or "").strip()
    if not link:
        for candidate in entry.get("links", []):
            href = (candidate.get("href") or "").strip()
            if href and candidate.get("rel", "alternate") in ("alternate", "self"):
                link = href
                break
    return _repair_file_url(str(link))


def _repair_file_url(link: str) -> str:
    """Undo feedparser's mangling of Atom hrefs ``file:///path`` into ``file://path``.

    Its URI "fixing" drops the empty host of a file URL, turning the first path segment into a
    host name; a file URL naming a real host is not something a feed can mean, so put it back.
    """
    if link.startswith("file://") and not link.startswith(("file:///", "file://localhost/")):
        return "file:///" + link.removeprefix("file://")
    return link


def _looks_like_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def _published(entry: Any) -> dt.datetime | None:
    """The entry's published (else updated) time as aware UTC; None when missing or absurd."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get, not entry.get: feedparser maps a missing updated_parsed to published_parsed
        # with a DeprecationWarning; we ask for each key on its own.
        stamp: time.struct_time | None = dict.get(entry, key)
        if stamp is None:
            continue
        try:
            return dt.datetime(*stamp[:6], tzinfo=dt.UTC)
        except (TypeError, ValueError, OverflowError):
            continue
    return None


def _summary(entry: Any) -> str:
    """The entry's summary, or its full content when the feed carries a longer one."""
    summary = str(entry.get("summary") or "")
    for content in entry.get("content", []):
        value = str(content.get("value") or "")
        if len(value) > len(summary):
            summary = value
    return summary.strip()


def _plain(value: str) -> str:
    """Feed titles may carry markup and entities ("type=html"); we want the words."""
    return SPACE.sub(" ", html.unescape(TAG.sub(" ", value))).strip()


def _wide(data: bytes) -> bool:
    """A UTF-16 or UTF-32 document (by its byte-order mark or its first characters)."""
    return (any(data.startswith(bom) for bom, codec in BOMS if codec != "utf-8")
            or data[:4] in _WIDE_STARTS)


_WIDE_STARTS = frozenset({b"<\0?\0", b"<\0!\0", b"<\0r\0", b"<\0f\0",
                          b"\0<\0?", b"\0<\0!", b"\0<\0r", b"\0<\0f"})


def _as_text(data: bytes) -> str:
    """Enough of a decoding to look for markup: BOM-aware, byte-preserving otherwise."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    if data[:4] in (b"<\0?\0", b"<\0!\0", b"<\0r\0", b"<\0f\0"):
        return data.decode("utf-16-le", errors="replace")
    if data[:4] in (b"\0<\0?", b"\0<\0!", b"\0<\0r", b"\0<\0f"):
        return data.decode("utf-16-be", errors="replace")
    return data.decode("latin-1")


def _short(exc: object) -> str:
    if exc is None:
        return "unknown error"
    text = str(exc)
    if isinstance(exc, xml.sax.SAXParseException):
        text = f"line {exc.getLineNumber()}, column {exc.getColumnNumber()}: {exc.getMessage()}"
    return text if len(text) <= 200 else text[:197] + "..."
