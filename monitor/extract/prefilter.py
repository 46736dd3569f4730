r"""A look-ahead of the first characters a pattern's matches start with, put in front of it.

CPython's re tries every branch of a long alternation at each position it may start at (a
trigger pattern: ~85 branches at each word of a sentence). A look-ahead listing the first few
characters a match can start with (``(?=re(?:n|-)|pick|a |...)``, factored as a trie) lets re
reject most positions at once, each of its branches on its first character. Every match
starts with one of those prefixes, so the pattern finds exactly the matches it found.

The prefixes (four characters) are read from re's own parse of the pattern (``re._parser``),
conservatively: a class of many characters stands in them as itself (``\s``, ``\w``, ...) or
as any character; where the reading does not know what comes next (a flag set inside, a
back-reference) the prefix ends; a pattern it cannot read keeps no look-ahead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from re import _constants as _re_constants  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Any

from .patterns import lower_case_text

#: re's parser and its constants (``re._parser``, ``re._constants`` since Python 3.11).
_parser: Any = _re_parser
_c: Any = _re_constants

#: A prefix and whether the characters after it are known (False: any may follow).
_Prefixes = set[tuple[str, bool]]

#: A class of at most this many characters is spelt out; a larger one is any character.
_SMALL_CLASS = 8

#: In a prefix: a character of a class not spelt out (the look-ahead's ``[\s\S]``), and of
#: the classes ``\s``, ``\S``, ``\w``, ``\d`` (a literal one of these characters in a
#: pattern is read as ``_ANY``).
_ANY = "\0"
_TOKENS = {_ANY: r"[\s\S]", "\1": r"\s", "\2": r"\S", "\3": r"\w", "\4": r"\d"}
_CLASS_TOKENS: dict[Any, str] = {_c.CATEGORY_SPACE: "\1", _c.CATEGORY_NOT_SPACE: "\2",
                                 _c.CATEGORY_WORD: "\3", _c.CATEGORY_DIGIT: "\4"}

#: ``\d``, ``\s``, ``\w`` and their negations in a str pattern, as re's matcher reads them.
_CATEGORIES: dict[Any, Any] = {
    _c.CATEGORY_DIGIT: str.isdecimal,
    _c.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdecimal(),
    _c.CATEGORY_SPACE: str.isspace,
    _c.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
    _c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
    _c.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_"),
}


def _in_class(items: Any, ch: str) -> bool | None:
    """Does a character class (re's ``IN`` items) hold ``ch``? None: not read."""
    negate = False
    held = False
    for op, arg in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            held = held or chr(arg) == ch
        elif op is _c.RANGE:
            held = held or arg[0] <= ord(ch) <= arg[1]
        elif op is _c.CATEGORY and arg in _CATEGORIES:
            held = held or bool(_CATEGORIES[arg](ch))
        else:
            return None
    return held != negate


def _class_chars(items: Any) -> frozenset[str] | None:
    """The characters of a small class of literals and ranges (None: any other class)."""
    chars: set[str] = set()
    for op, arg in items:
        if op is _c.LITERAL:
            chars.add(chr(arg))
        elif op is _c.RANGE and arg[1] - arg[0] < _SMALL_CLASS:
            chars.update(chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            return None
    return frozenset(chars) if len(chars) <= _SMALL_CLASS else None


def _sequence(items: Iterable[Any], room: int, first: frozenset[str]) -> _Prefixes:
    found: _Prefixes = {("", True)}
    for op, arg in items:
        found = _extended(found, room, first, partial(_item, op, arg))
    return found


def _extended(prefixes: _Prefixes, room: int, first: frozenset[str],
              then: Callable[[int, frozenset[str]], _Prefixes]) -> _Prefixes:
    """Each prefix followed by what ``then`` (given the room left and, at the match's start,
    ``first``) matches next; a prefix that is full or whose next characters are unknown stays
    as it is."""
    grown: _Prefixes = set()
    for prefix, known in prefixes:
        if not known or len(prefix) >= room:
            grown.add((prefix, known))
        else:
            grown.update((prefix + more, after) for more, after in then(
                room - len(prefix), first if not prefix else frozenset()))
    return grown


def _item(op: Any, arg: Any, room: int, first: frozenset[str]) -> _Prefixes:
    """The prefixes (at most ``room`` characters) of what one parsed item matches; ``first``:
    at the match's start, the characters it can start with (else empty)."""
    if op is _c.LITERAL:
        return {(_ANY if chr(arg) in _TOKENS else chr(arg), True)}
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {("", True)}  # zero width: what it asserts only narrows the matches
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        if add_flags or del_flags:
            return {("", False)}  # (?i:...) and the like: not read
        return _sequence(sub.data, room, first)
    if op is _c.BRANCH:
        return {found for branch in arg[1] for found in _sequence(branch.data, room, first)}
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = arg
        found: _Prefixes = {("", True)} if low == 0 else set()
        copies: _Prefixes = {("", True)}
        # Past max(low, room) copies no prefix changes: each is full or ends unknown, or a
        # copy matched nothing (the same prefix fewer copies give).
        for count in range(1, min(high, max(low, room) + 1) + 1):
            copies = _extended(copies, room, first, partial(_sequence, sub.data))
            if count >= low:
                found |= copies
        return found
    if op is _c.IN:
        if first:  # the characters of ``first`` it holds
            held = [_in_class(arg, ch) for ch in sorted(first)]
            if None not in held:
                return {(ch, True) for ch, yes in zip(sorted(first), held, strict=True) if yes}
            return {("", False)}
        chars = _class_chars(arg)
        if chars is not None:
            return {(_ANY if ch in _TOKENS else ch, True) for ch in chars}
        if len(arg) == 1 and arg[0][0] is _c.CATEGORY and arg[0][1] in _CLASS_TOKENS:
            return {(_CLASS_TOKENS[arg[0][1]], True)}
        return {(_ANY, True)}
    if op is _c.ANY:
        return {(ch, True) for ch in first if ch != "\n"} if first else {(_ANY, True)}
    if op is _c.NOT_LITERAL:
        return {(ch, True) for ch in first if ch != chr(arg)} if first else {(_ANY, True)}
    return {("", False)}  # a back-reference, an atomic group and the like: not read


def _trie(prefixes: Iterable[str]) -> str:
    """An alternation of ``prefixes`` factored by their shared starts; a prefix that another
    extends stands for both (the look-ahead needs only the shorter); ``_TOKENS`` are classes."""
    root: dict[str, Any] = {}
    for prefix in prefixes:
        node = root
        for ch in prefix:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        alternatives = [_TOKENS.get(ch, re.escape(ch)) + branch(child)
                        for ch, child in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    return branch(root)


def parse(pattern: str) -> Any:
    """re's parse of ``pattern``, what ``prefix_lookahead`` and ``required_stems`` read (one
    parse may serve both: issue 14, round 28); None when re cannot parse it or it sets a flag
    (neither reads such a pattern)."""
    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & ~_c.SRE_FLAG_UNICODE:
            return None
    except Exception:  # noqa: BLE001 - a parser that changed: nothing read, same matches
        return None
    return parsed


def match_prefixes(parsed: Any, first: str, room: int = 4) -> frozenset[str] | None:
    """The prefixes of at most ``room`` characters the matches of a parsed pattern (``parse``)
    start with, given that a match starts with one of ``first``; None when not read."""
    if parsed is None:
        return None
    try:
        found = _sequence(parsed.data, room, frozenset(first))
    except Exception:  # noqa: BLE001 - a parser that changed: no look-ahead, same matches
        return None
    return frozenset(prefix for prefix, _known in found)


def lookahead_of(prefix_sets: Iterable[frozenset[str] | None], first: str) -> str | None:
    """``prefix_lookahead``'s look-ahead for the alternation of patterns whose
    ``match_prefixes`` are ``prefix_sets`` (for one pattern, a list of one): re's parse of an
    alternation reads each branch as it reads the branch alone, so the same text. None when
    some match's first character is not known."""
    prefixes: set[str] = set()
    for found in prefix_sets:
        if found is None:
            return None
        prefixes |= found
    if not prefixes or "" in prefixes:
        return None
    # a match starts with one of ``first``: the look-ahead says so too (none can: "(?!)")
    prefixes = {prefix for prefix in prefixes if prefix[0] in first}
    return f"(?={_trie(prefixes)})" if prefixes else "(?!)"


def prefix_lookahead(pattern: str, first: str, room: int = 4) -> str | None:
    """A look-ahead every match of ``pattern`` (no flags) satisfies: the prefixes of at most
    ``room`` characters its matches start with, given that a match starts with one of the
    characters ``first``. None when some match's first character is not known."""
    return lookahead_of([match_prefixes(parse(pattern), first, room)], first)


def with_lookahead(pattern: str, ahead: str | None, first: str) -> re.Pattern[str]:
    """``pattern`` compiled with the look-ahead ``ahead`` in front (``prefix_lookahead``'s or
    ``lookahead_of``'s), or with ``(?=[first])`` when there is none."""
    return re.compile((ahead or f"(?=[{re.escape(first)}])") + pattern)


def with_prefix_lookahead(pattern: str, first: str, room: int = 4) -> re.Pattern[str]:
    """``pattern`` (whose matches start with one of ``first``) compiled with its look-ahead
    in front (``prefix_lookahead``), or with ``(?=[first])`` when none is found."""
    return with_lookahead(pattern, prefix_lookahead(pattern, first, room), first)


def _caseless_first(items: Any, caseless: bool) -> set[str] | None:
    """The letters (lower case) a match of ``items`` starts with, where each is a literal
    letter read case-blind; None when a match may start otherwise or the reading is unsure."""
    for op, arg in items:
        if op is _c.AT:
            continue  # "\b": zero width, the next item starts the match
        if op is _c.LITERAL:
            ch = chr(arg)
            return {ch.lower()} if caseless and ch.isascii() and ch.isalpha() else None
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = arg
            inner = (caseless or bool(add_flags & _c.SRE_FLAG_IGNORECASE)) and \
                not del_flags & _c.SRE_FLAG_IGNORECASE
            return _caseless_first(sub.data, inner)
        if op is _c.BRANCH:
            letters: set[str] = set()
            for branch in arg[1]:
                found = _caseless_first(branch.data, caseless)
                if not found:
                    return None
                letters |= found
            return letters
        if op is _c.IN and caseless and all(
                kind is _c.LITERAL and chr(code).isascii() and chr(code).isalpha()
                for kind, code in arg):
            return {chr(code).lower() for _kind, code in arg}
        return None
    return None


def with_caseless_first_letter(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead of the letters its matches start with, read case-blind
    as the pattern reads them ("(?i:[dhs])" before "(?i:drama|hit|series)..."): re then
    rejects most positions on one character instead of entering every branch (re compiles no
    first-character check for case-blind letters). Every match starts with one of them, so
    the matches are the same. ``pattern`` itself when its first letters are not all read."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        caseless = bool(parsed.state.flags & _c.SRE_FLAG_IGNORECASE)
        letters = _caseless_first(parsed.data, caseless)
    except Exception:  # noqa: BLE001 - a parser that changed: the pattern as it is
        return pattern
    if not letters:
        return pattern
    ahead = f"(?=(?i:[{''.join(sorted(letters))}]))"
    text = pattern.pattern
    if text.startswith("(?i)"):  # a global flag must open the pattern
        return re.compile("(?i)" + ahead + text[4:], pattern.flags)
    if re.match(r"\(\?[aiLmsux]+\)", text):  # another global flag opens it: not moved
        return pattern
    return re.compile(ahead + text, pattern.flags)


def widest_match(pattern: re.Pattern[str]) -> int:
    """The most characters a match of ``pattern`` can span (re's own reading; ``MAXREPEAT``
    or more when it is unbounded)."""
    return int(_parser.parse(pattern.pattern, pattern.flags).getwidth()[1])


def _top_branches(source: str) -> list[str]:
    """``source`` split at its top-level "|" (none inside a group, a class or an escape)."""
    branches: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 2 if source[i + 1:i + 2] == "]" else 3 if source[i + 1:i + 3] == "^]" else 1
            continue  # a "]" opening a class is one of its characters
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(source[start:i])
            start = i + 1
        i += 1
    branches.append(source[start:])
    return branches


def caseless_search_test(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """``pattern.search(text) is not None`` (a global "(?i)" pattern), reading less: its
    top-level branches that end the text ("\\b(?:too|as well)\\W{0,3}$", of bounded width)
    tried only where a match can reach the end, the others on an ASCII text's lower case
    with ``with_prefix_lookahead`` (exact there: a case-blind ASCII letter pairs only its two
    cases), on any other text case-blind behind ``with_caseless_first_letter``. The whole
    pattern's own test when its shape is not this one."""
    def whole(text: str) -> bool:
        return pattern.search(text) is not None

    source = pattern.pattern
    if not source.startswith("(?i)") or pattern.flags & ~(re.IGNORECASE | re.UNICODE):
        return whole
    tails: list[tuple[re.Pattern[str], int]] = []
    words: list[str] = []
    try:
        for branch in _top_branches(source[4:]):
            if branch.endswith("$") and not branch.endswith("\\$"):
                width = widest_match(re.compile(branch))
                if width >= _c.MAXREPEAT:
                    return whole
                tails.append((re.compile("(?i)" + branch), width + 1))  # "$" before a "\n"
            else:
                words.append(branch)
        if not words:
            return whole
        joined = "|".join(words)
        if not _caseless_first(_parser.parse(joined).data, True):
            return whole  # a branch not opening on a letter: the look-ahead would drop it
        low = with_prefix_lookahead(lower_case_text(joined), "abcdefghijklmnopqrstuvwxyz")
        blind = with_caseless_first_letter(re.compile("(?i)" + joined))
    except (re.error, IndexError, TypeError):
        return whole

    def test(text: str) -> bool:
        if (low.search(text.lower()) if text.isascii() else blind.search(text)) is not None:
            return True
        return any(tail.search(text, max(0, len(text) - reach)) is not None
                   for tail, reach in tails)

    return test


#: ``required_stems`` spells out at most this many literal strings a stretch of a pattern can
#: match ("re-?upped": "reupped", "re-upped") before it reads the stretch as unknown.
_SPELLED = 256
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def _spelled(items: Iterable[Any]) -> set[str] | None:
    """Every string a sequence of parsed items can match, when it is a few literals (a
    class of a few letters, an optional or a short repeat of such); None otherwise."""
    runs = {""}
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue  # zero width: the characters around it still meet
        more = _spelled_item(op, arg)
        if more is None or len(runs) * len(more) > _SPELLED:
            return None
        runs = {run + tail for run in runs for tail in more}
    return runs


def _spelled_item(op: Any, arg: Any) -> set[str] | None:
    if op is _c.LITERAL:
        return {chr(arg)}
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        return None if add_flags or del_flags else _spelled(sub.data)
    if op is _c.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            more = _spelled(branch.data)
            if more is None or len(found | more) > _SPELLED:
                return None
            found |= more
        return found
    if op is _c.IN:
        if len(arg) > _SMALL_CLASS or any(kind is not _c.LITERAL for kind, _code in arg):
            return None
        return {chr(code) for _kind, code in arg}
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = arg
        one = _spelled(sub.data) if high <= 3 else None
        if one is None:
            return None
        found, copies = set(), {""}
        for count in range(high + 1):
            if count >= low:
                found |= copies
            copies = {run + tail for run in copies for tail in one}
            if len(copies) > _SPELLED:
                return None
        return found if len(found) <= _SPELLED else None
    return None


def _needs(items: Iterable[Any], held: Callable[[str], frozenset[str]], avoid: frozenset[str]
           ) -> list[frozenset[str]]:
    """Sets of stems, each of which every match of ``items`` holds one of (a branch's set is
    the union of its branches' best sets: ``_least``)."""
    found: list[frozenset[str]] = []
    runs = {""}

    def close() -> None:
        # each string the stretch can spell must hold a stem; one stem of each is needed
        picks = [_least([frozenset({stem}) for stem in held(run)], avoid) for run in runs]
        if runs != {""} and all(pick is not None for pick in picks):
            found.append(frozenset().union(*(pick for pick in picks if pick is not None)))

    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        more = _spelled_item(op, arg)
        if more is not None and len(runs) * len(more) <= _SPELLED:
            runs = {run + tail for run in runs for tail in more}
            continue
        close()
        runs = more if more is not None else {""}
        if more is not None:
            continue
        if op is _c.SUBPATTERN and not (arg[1] or arg[2]):
            found.extend(_needs(arg[3].data, held, avoid))
        elif op is _c.BRANCH:
            picks = [_least(_needs(branch.data, held, avoid), avoid) for branch in arg[1]]
            if all(pick is not None for pick in picks):
                found.append(frozenset().union(*(pick for pick in picks if pick is not None)))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found.extend(_needs(arg[2].data, held, avoid))
    close()
    return found


def _least(options: Sequence[frozenset[str]], avoid: frozenset[str]) -> frozenset[str] | None:
    """The set to rely on: the fewest stems of ``avoid`` (none if it can), then the fewest."""
    if not options:
        return None
    return min(options, key=lambda need: (len(need & avoid), len(need), sorted(need)))


def required_stems(pattern: str, held: Callable[[str], frozenset[str]],
                   avoid: Iterable[str] = ()) -> frozenset[str] | None:
    """Stems (``held(text)``: the stems a text holds) one of which every match of ``pattern``
    (no flags, as it reads lower-cased text) spells, chosen, where the pattern leaves a
    choice, with as few of ``avoid`` as it can: "picks? up (?:\\S+ ){1,6}?for a season"
    needs "pick" as well as "season", so with "season" avoided, {"pick"}. None when re's
    parse shows no such set. A text holding none of them holds no match."""
    return stems_required(parse(pattern), held, avoid)


def stems_required(parsed: Any, held: Callable[[str], frozenset[str]],
                   avoid: Iterable[str] = ()) -> frozenset[str] | None:
    """``required_stems`` of a pattern already parsed (``parse``; None: no stems known)."""
    if parsed is None:
        return None
    try:
        return _least(_needs(parsed.data, held, frozenset(avoid)), frozenset(avoid))
    except Exception:  # noqa: BLE001 - a parser that changed: no stems known, pattern kept
        return None
