"""Edits to the config file from the command line, keeping its comments and layout.

``monitor watch add|remove`` and ``monitor feeds add|remove|import`` change the TOML file the
user wrote. Each edit reads it as a tomlkit document (a round-trip parser: comments, key order,
blank lines and quoting stay as they were), changes only the tables it must, checks the result
with the same loader the daemon uses (:func:`monitor.config.parse_config`), and only then
replaces the file atomically (a temporary file beside it, flushed to disk, renamed over it; its
permissions kept). An edit that would make the file invalid is refused with the loader's
message and the file is left as it was. A running daemon notices the new file and reloads it
(``scheduler.ConfigFileWatch``), as on SIGHUP.

Comments directly above a ``[[feeds]]`` or ``[[watch.shows]]`` table belong to it: they go when
it is removed, and an added table goes before the comments that introduce the next section, so
adding and then removing an entry gives back the file byte for byte.

This module reads and writes one file; it never touches the state or the network.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomlkit
import tomlkit.exceptions
from tomlkit.container import Container
from tomlkit.items import AoT, Array, Comment, InlineTable, Null, Table, Whitespace

from .config import Config, feed_url, parse_config
from .errors import ConfigError
from .names import show_key

#: One change to the document: it edits ``doc`` in place and says what it did, line by line.
Change = Callable[[tomlkit.TOMLDocument, Config], list[str]]


@dataclass(frozen=True)
class EditResult:
    """What an edit did: the file, the config it now holds, whether it was written."""

    path: Path
    config: Config
    changed: bool
    #: What was done or skipped, one line each ("added feed …", "skipped …: already there").
    messages: tuple[str, ...]


@dataclass(frozen=True)
class NewFeed:
    """A feed to add: its URL as the user gave it, and optionally a name and an interval."""

    url: str
    name: str | None = None
    interval: str | None = None


# --- the edit itself ------------------------------------------------------------------------------

def edit_config(path: Path, change: Change) -> EditResult:
    """Read ``path``, apply ``change``, validate, and write the file back if anything changed.

    ConfigError (the file untouched) when the file cannot be read, is not valid now, would not
    be valid after the change, or was changed by someone else while we edited it.
    """
    text = _read(path)
    current = _validated(text, path, after_edit=False)
    try:
        doc = tomlkit.parse(text)
    except tomlkit.exceptions.ParseError as exc:  # tomllib read it, so this is rare
        raise ConfigError(f"{path}: cannot edit this file: {exc}") from exc
    messages = change(doc, current)
    new_text = tomlkit.dumps(doc)
    if new_text == text:
        return EditResult(path, current, False, tuple(messages))
    config = _validated(new_text, path, after_edit=True)
    if _read(path) != text:
        raise ConfigError(f"{path}: the file changed while it was being edited; nothing was "
                          "written, try again")
    write_atomically(path, new_text)
    return EditResult(path, config, True, tuple(messages))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text; save the file as UTF-8") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc}") from exc


def _validated(text: str, path: Path, *, after_edit: bool) -> Config:
    """The config ``text`` holds, checked exactly as the daemon checks it."""
    try:
        return parse_config(tomllib.loads(text), path=path)
    except tomllib.TOMLDecodeError as exc:
        problem = f"{path}: not valid TOML: {exc}"
    except ConfigError as exc:
        problem = str(exc)
    if after_edit:
        raise ConfigError(f"refused, the file is left as it was: the edit would make it "
                          f"invalid: {problem}")
    raise ConfigError(f"{problem} (fix the file before editing it from the command line)")


def write_atomically(path: Path, text: str) -> None:
    """Replace the file at ``path`` (a symlink's target) with ``text`` so that a reader sees
    the old file or the new one, never half of one; mode and, where allowed, owner are kept."""
    target = path.resolve()
    info = target.stat()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, stat.S_IMODE(info.st_mode))
        with contextlib.suppress(OSError):  # only root may give a file away; others keep it
            os.chown(tmp, info.st_uid, info.st_gid)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # the rename itself, on disk
        directory = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


# --- the changes ----------------------------------------------------------------------------------

def add_show(title: str, aliases: Sequence[str] = ()) -> Change:
    """Watch ``title`` (a ``[[watch.shows]]`` table); a show already watched under any of its
    names gets the new aliases instead."""
    def change(doc: tomlkit.TOMLDocument, config: Config) -> list[str]:
        title_text = _nonempty(title, "show title")
        wanted = [_nonempty(a, "alias") for a in aliases]
        watch = _table(doc, "watch")
        shows = watch.get("shows") if watch is not None else None
        for entry in _entries(shows):
            names = [str(entry.get("title", "")), *map(str, entry.get("aliases", []))]
            if show_key(title_text) in {show_key(n) for n in names}:
                new = [a for a in wanted if show_key(a) not in {show_key(n) for n in names}]
                if not new:
                    return [f"already watching {entry.get('title')!s}"]
                if "aliases" in entry:
                    entry["aliases"].extend(new)
                else:
                    entry["aliases"] = new
                return [f"{entry.get('title')!s}: added alias {', '.join(new)}"]
        fields: dict[str, Any] = {"title": title_text}
        if wanted:
            fields["aliases"] = wanted
        if watch is None:
            show = tomlkit.table()
            for name, value in fields.items():
                show.add(name, value)
            shows_aot = tomlkit.aot()
            shows_aot.append(show)
            watch = tomlkit.table(is_super_table=True)
            watch.append("shows", shows_aot)
            _append_section(doc, "watch", watch)
        else:
            _append_entry(watch, "shows", fields)
        said = f"watching {title_text}" + (f" (also as {', '.join(wanted)})" if wanted else "")
        return [said, _watch_scope(doc)]
    return change


def remove_show(name: str) -> Change:
    """Stop watching the show ``name`` names (its title or an alias, any spelling). Removing
    the last show leaves ``watch.all = false`` (nothing alerts) rather than every show."""
    def change(doc: tomlkit.TOMLDocument, config: Config) -> list[str]:
        watch = _table(doc, "watch")
        shows = watch.get("shows") if watch is not None else None
        key = show_key(name)
        for index, entry in enumerate(_entries(shows)):
            names = [str(entry.get("title", "")), *map(str, entry.get("aliases", []))]
            if key and key in {show_key(n) for n in names}:
                _remove_entry(watch, "shows", index)
                said = [f"no longer watching {entry.get('title')!s}"]
                if watch is not None and not _entries(watch.get("shows")) \
                        and "all" not in watch:
                    # An empty list means "every show": removing the last one must not turn
                    # every alert on.
                    _set_first(watch, "all", False)
                return [*said, _watch_scope(doc)]
        raise ConfigError(f"{config.path}: no watched show named {name!r} "
                          f"(watched: {_watched_names(config) or 'none listed'})")
    return change


def add_feeds(feeds: Sequence[NewFeed], *, skip_known: bool) -> Change:
    """Append a ``[[feeds]]`` table per feed. A feed whose URL is there already is an error,
    or, with ``skip_known`` (an OPML import), skipped with a line saying so; so is a URL the
    config would refuse (no scheme, another scheme, no host)."""
    def change(doc: tomlkit.TOMLDocument, config: Config) -> list[str]:
        src, base = str(config.path), config.path.resolve().parent
        known = {f.url: f.name for f in config.feeds}
        said: list[str] = []
        for feed in feeds:
            raw = feed.url.strip()
            try:
                url = feed_url(raw, base, src, "url")
            except ConfigError as exc:
                if not skip_known:
                    raise
                said.append(f"skipped {raw or '(no URL)'}: {str(exc).removeprefix(src + ': ')}")
                continue
            if url in known:
                if not skip_known:
                    raise ConfigError(f"{src}: feed {url} is already there"
                                      + (f" as {known[url]!r}" if known[url] != url else ""))
                said.append(f"skipped {url}: already there"
                            + (f" as {known[url]!r}" if known[url] != url else ""))
                continue
            fields: dict[str, Any] = {}
            name = (feed.name or "").strip()
            if name:
                fields["name"] = name
            fields["url"] = raw
            if feed.interval is not None:
                fields["interval"] = _interval_value(feed.interval)
            _append_entry(doc, "feeds", fields)
            known[url] = name or url
            said.append(f"added feed {name + ' ' if name else ''}{raw}")
        return said
    return change


def remove_feed(which: str) -> Change:
    """Remove the feed ``which`` names: its URL (as written or as it resolves) or its name."""
    def change(doc: tomlkit.TOMLDocument, config: Config) -> list[str]:
        src, base = str(config.path), config.path.resolve().parent
        wanted = which.strip()

        def resolved(url: str) -> str | None:
            try:
                return feed_url(url, base, src, "url")
            except ConfigError:
                return None

        target = resolved(wanted)

        def names_it(entry: Mapping[str, Any]) -> bool:
            raw = str(entry.get("url", ""))
            if raw == wanted or (target is not None and resolved(raw) == target):
                return True
            return str(entry.get("name", "")).casefold() == wanted.casefold()

        entries = _entries(doc.get("feeds"))
        found = next((i for i, e in enumerate(entries) if names_it(e)), None)
        if found is None:
            listed = ", ".join(f.name for f in config.feeds) or "none"
            raise ConfigError(f"{src}: no feed with the URL or name {which!r} (feeds: {listed})")
        entry = entries[found]
        _remove_entry(doc, "feeds", found)
        name = entry.get("name")
        return [f"removed feed {str(name) + ' ' if name else ''}{entry.get('url')!s}"]
    return change


# --- reading what is there ------------------------------------------------------------------------

def _watched_names(config: Config) -> str:
    return ", ".join(s.title for s in config.watch.shows)


def _watch_scope(doc: tomlkit.TOMLDocument) -> str:
    """One line saying what alerts now, as the loader will read the watch table."""
    watch = _table(doc, "watch")
    shows = _entries(watch.get("shows")) if watch is not None else []
    explicit = watch.get("all") if watch is not None else None
    every = bool(explicit) if isinstance(explicit, bool) else not shows
    if every:
        return ("every show alerts (watch.all = true); the listed shows' names help the "
                "extractor recognise them")
    if not shows:
        return "no show is watched: nothing alerts (set watch.all = true for every show)"
    return f"{len(shows)} show{'s' if len(shows) != 1 else ''} watched: only they alert"


def _table(doc: tomlkit.TOMLDocument, key: str) -> Table | InlineTable | None:
    value = doc.get(key)
    if value is not None and not isinstance(value, Table | InlineTable):
        raise ConfigError(f"'{key}' must be a table to be edited")
    return value


def _entries(value: object) -> list[Any]:
    """The tables of an array of tables, written as ``[[x]]`` or as an inline array."""
    if isinstance(value, AoT):
        return list(value)
    if isinstance(value, Array):
        return [v for v in value if isinstance(v, Mapping)]
    return []


def _set_first(table: Table | InlineTable, key: str, value: object) -> None:
    """``table[key] = value``, written as the table's first key (above its sub-tables)."""
    if isinstance(table, InlineTable) or not table.value.body:
        table[key] = value
        return
    table.value._insert_at(0, key, value)


def _nonempty(value: str, what: str) -> str:
    text = " ".join(value.split())
    if not text:
        raise ConfigError(f"the {what} must not be empty")
    return text


def _interval_value(text: str) -> str | int:
    """An interval as the user typed it: a bare number of seconds stays a number."""
    return int(text) if text.strip().isdigit() else text.strip()


# --- layout-keeping table edits -------------------------------------------------------------------
#
# A tomlkit container's body is a list of (key, item) pairs, comments and blank lines being
# (None, item). The lines that end a table (blank lines, then comments) sit in its body but
# introduce what follows it; the helpers below move them along so they stay above what they
# introduce. The body is edited as a list, then the container's key index is rebuilt.

BLANK_LINE = "\n"
Line = tuple[Any, Any]


def _append_section(doc: tomlkit.TOMLDocument, key: str, item: Table | AoT) -> None:
    """A new top-level table or array of tables at the end of the file, after a blank line;
    the comments that ended the file stay at its end."""
    where = _tail(doc)
    ending = _take_lines(where, len(where.body))
    if doc.body:
        _insert_lines(where, len(where.body), [(None, Whitespace(BLANK_LINE))])
    doc.append(key, item)
    _insert_lines(_tail(item), None, ending)


def _append_entry(parent: tomlkit.TOMLDocument | Table | InlineTable, key: str,
                  fields: Mapping[str, Any]) -> None:
    """Add a table to the array of tables ``parent[key]`` (creating it), in the style the
    array is written in, after its last table, before the lines that introduce what follows."""
    existing = parent.get(key)
    if isinstance(existing, Array) or isinstance(parent, InlineTable):
        inline = tomlkit.inline_table()
        inline.update(fields)
        if existing is None:
            array = tomlkit.array()
            array.append(inline)
            parent[key] = array
        else:
            existing.append(inline)
        return
    table = tomlkit.table()
    for name, value in fields.items():
        table.add(name, value)
    if existing is None:
        aot = tomlkit.aot()
        aot.append(table)
        if isinstance(parent, tomlkit.TOMLDocument):
            _append_section(parent, key, aot)
            return
        where = _tail(parent)
        ending = _take_lines(where, len(where.body))
        if where.body:
            _insert_lines(where, None, [(None, Whitespace(BLANK_LINE))])
        parent.append(key, aot)
        _insert_lines(_tail(aot), None, ending)
        return
    if not isinstance(existing, AoT):
        raise ConfigError(f"'{key}' must be an array of tables ([[{key}]]) to be edited")
    where = _tail(existing)
    ending = _take_lines(where, len(where.body))
    _insert_lines(where, None, [(None, Whitespace(BLANK_LINE))])
    existing.append(table)
    _insert_lines(_tail(table), None, ending)


def _remove_entry(parent: tomlkit.TOMLDocument | Table | InlineTable | None, key: str,
                  index: int) -> None:
    """Remove table ``index`` of the array of tables ``parent[key]`` with the comments right
    above it (and the blank line before them); what stood below it stays."""
    assert parent is not None
    existing = parent[key]
    if isinstance(existing, Array):
        positions = [i for i, v in enumerate(existing) if isinstance(v, Mapping)]
        del existing[positions[index]]
        return
    assert isinstance(existing, AoT)
    gone = _tail(existing[index])
    ending = _take_lines(gone, len(gone.body))
    if index > 0:
        before = _tail(existing[index - 1])
        at = len(before.body)
    else:
        container = _container(parent)
        before, at = _lines_before(container, next(
            i for i, (_, v) in enumerate(container.body) if v is existing))
    above = _take_lines(before, at)
    _insert_lines(before, at - len(above), _without_own_comments(above) + ending)
    del existing[index]
    if not len(existing):
        del parent[key]


def _container(item: object) -> Container:
    if isinstance(item, Table | InlineTable):
        return item.value
    assert isinstance(item, Container)
    return item


def _tail(item: object) -> Container:
    """The container whose end is the last thing ``item`` renders: a table's own, or that of
    its last sub-table or array of tables."""
    if isinstance(item, AoT):
        return _tail(item[-1])
    container = _container(item)
    last = [v for k, v in container.body if k is not None]
    if last and isinstance(last[-1], Table | AoT) and container.body[-1][0] is not None:
        return _tail(last[-1])
    return container


def _lines_before(container: Container, index: int) -> tuple[Container, int]:
    """Where the lines rendered just before ``container.body[index]`` end: comments in this
    container, or the end of the table before it."""
    body = container.body
    if index > 0 and not _is_line(body[index - 1]) and isinstance(body[index - 1][1],
                                                                   Table | AoT):
        before = _tail(body[index - 1][1])
        return before, len(before.body)
    return container, index


def _is_line(entry: Line) -> bool:
    """A blank line, a comment, or the gap tomlkit leaves where a key was removed."""
    return entry[0] is None and isinstance(entry[1], Whitespace | Comment | Null)


def _take_lines(container: Container, end: int) -> list[Line]:
    """Remove and return the blank lines and comments right before ``body[end]``."""
    body = container.body
    start = end
    while start > 0 and _is_line(body[start - 1]):
        start -= 1
    taken = [line for line in body[start:end] if not isinstance(line[1], Null)]
    del body[start:end]
    _reindex(container)
    return taken


def _insert_lines(container: Container, at: int | None, lines: list[Line]) -> None:
    body = container.body
    position = len(body) if at is None else at
    body[position:position] = lines
    _reindex(container)


def _reindex(container: Container) -> None:
    """Rebuild the container's key -> position index after its body list was edited."""
    index: dict[Any, int | tuple[int, ...]] = {}
    for position, (key, _) in enumerate(container.body):
        if key is None:
            continue
        seen = index.get(key)
        if seen is None:
            index[key] = position
        else:
            index[key] = (*(seen if isinstance(seen, tuple) else (seen,)), position)
    container._map = index


def _without_own_comments(lines: list[Line]) -> list[Line]:
    """The lines above a table that is going, less what belonged to it: the comments after
    the last blank line, and that blank line."""
    lines = list(lines)
    while lines and isinstance(lines[-1][1], Comment):
        lines.pop()
    if lines and isinstance(lines[-1][1], Whitespace):
        text = lines.pop()[1].as_string()
        rest = text[: text.rindex("\n")] if text.count("\n") > 1 else ""
        if rest:
            lines.append((None, Whitespace(rest)))
    return lines
