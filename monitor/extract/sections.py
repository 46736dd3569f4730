"""Headed sections and line-structured documents.

Round-ups, scorecards and trackers put a show's title at the head of a line and say what
happened to it below or after it:

    #2 Harbor Lights (The CW)
    The seventh and final season of the drama will premiere on May 20.

    • Salt Road: This legal drama was cancelled after two seasons.

    Tin Roof: A safe bet. Officially renewed.

The heading's title is the subject of the text under it until the next heading: a sentence
there that names no show ("the drama", "it", or nothing at all) is about the heading's show.
This module reads only the shape of the lines; the caller decides what a sentence states.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .titles import section_labels

#: A bullet or a rank before a heading: "•", "-", "#2", "2.", "2)".
_BULLET = r"(?:[•*·▪◦►♦■–—-]|#\s?\d{1,3}[.:)]?|\d{1,3}[.)])"
#: A heading line on its own: a bullet or rank, a title, maybe "(Network)".
_HEADING_RE = re.compile(
    rf"^\s{{0,8}}{_BULLET}\s{{0,3}}(?P<title>[^\s:()•][^:()•]{{0,79}})"
    r"(?:\((?P<note>[^()]{1,40})\))?\s{0,8}$"
)
#: A line led by its title: "• Title: what happened", "Title: A safe bet. Officially renewed."
_LEAD_RE = re.compile(
    rf"^\s{{0,8}}(?P<bullet>{_BULLET}\s{{0,3}})?(?P<title>[^\s:•][^:•]{{0,59}}):\s{{1,4}}"
    r"(?P<rest>\S)"
)
#: A heading glued to its text by lost markup: "Tin RoofA safe bet." -> "Tin Roof: A safe bet."
_GLUED_LEAD_RE = re.compile(
    r"^(?P<title>[A-Z0-9][^.:!?]{0,60}?[a-z])(?=(?:A|An|The|This|It)\s[a-z])")
#: Labels that lead a line without being a show ("Update: ...", "Photo: ...", "Oops!"): data,
#: the section_labels of ``data/title_vetoes.json``.
_LABELS = section_labels()
_CONNECTORS = frozenset("of the and & a an in on at to for with from or vs vs. de la".split())


@dataclass(frozen=True)
class Heading:
    """A title at the head of a line; ``inline``: the line goes on with its text."""

    title: str
    inline: bool
    bulleted: bool


def unglue_lead(line: str) -> str:
    """Split a heading glued to its text ("Tin RoofA safe bet.") at the lost separator."""
    return _GLUED_LEAD_RE.sub(r"\g<title>: ", line, count=1)


def _title_like(title: str) -> bool:
    """Capitalised words with connectors between them, at most ten, not a label."""
    words = title.split()
    if not 1 <= len(words) <= 10:
        return False
    if words[0].lower().strip("'’!?.") in _LABELS and len(words) <= 2:
        return False
    if not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    for word in words:
        core = word.strip("\"“”‘’'.,!?")
        if not core:
            continue
        if not (core[:1].isupper() or core[:1].isdigit() or core.lower() in _CONNECTORS
                or not core[:1].isalpha()):
            return False
    return True


def heading_of(line: str) -> Heading | None:
    """The heading a line starts with, if its shape is one."""
    match = _HEADING_RE.match(line)
    if match:
        title = match.group("title").strip().strip("\"“”‘’'*_")
        if _title_like(title):
            return Heading(title, inline=False, bulleted=True)
    match = _LEAD_RE.match(line)
    if match:
        title = match.group("title").strip().strip("\"“”‘’'*_")
        if _title_like(title):
            return Heading(title, inline=True, bulleted=bool(match.group("bullet")))
    return None


def line_topics(lines: Sequence[str]) -> list[str | None]:
    """For each line, the title of the heading it stands under (or leads with), else None.

    A line led by "Title:" counts as a heading when it is bulleted or one of a run of at least
    three such lines (a scorecard); a bulleted or ranked title alone on a line always does.
    """
    headings = [heading_of(line) for line in lines]
    inline_run = [False] * len(lines)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and headings[end] is not None and headings[end].inline:  # type: ignore[union-attr]
            end += 1
        if end - start >= 3:
            for i in range(start, end):
                inline_run[i] = True
        start = end + 1 if end == start else end
    topics: list[str | None] = []
    topic: str | None = None
    for i, heading in enumerate(headings):
        if heading is not None and (not heading.inline or heading.bulleted or inline_run[i]):
            topic = heading.title
        topics.append(topic)
    return topics
