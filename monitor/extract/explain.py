"""``monitor extract --explain``: each fact with the rules that made it, each dropped candidate
with the rule that dropped it, and each title candidate with the rule that kept or vetoed it."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Article, Fact, ShowName
from . import rules
from .facts import extract_facts
from .shows import normalise_title


def explain(article: Article, known_shows: Sequence[ShowName] = ()) -> tuple[list[Fact], str]:
    """The article's facts and the explanation as text."""
    with rules.tracing() as trace:
        facts = extract_facts(article, known_shows)
    lines = ["FACTS"]
    if not facts:
        lines.append("  (none)")
    for fact in facts:
        what = f"value={fact.value}" if fact.kind == "episode_count" else (fact.date or "-")
        season = f"S{fact.season}" if fact.season is not None else "S?"
        lines.append(f"  {fact.show} {season} {fact.kind} {what} ({fact.certainty})")
        lines.append(f"      evidence: {_clip(fact.evidence, 160)}")
        key = (normalise_title(fact.show), fact.season, fact.kind)
        makers = [e for e in trace.events if any(
            (normalise_title(s), n, k) == key for s, n, k in e.facts)]
        for event in makers[:3]:
            lines.append(f"      rules: {', '.join(dict.fromkeys(event.rules))} "
                         f"(\u201c{_clip(event.phrase, 40)}\u201d)")
        if len(makers) > 1:
            lines.append(f"      {len(makers)} candidates, one kept: "
                         f"{rules.check('dedupe.best_per_key')}")
    dropped = [e for e in trace.events if e.dropped_by]
    lines.append("")
    lines.append("DROPPED CANDIDATES")
    if not dropped:
        lines.append("  (none)")
    for event in dropped:
        lines.append(f"  {event.kind} \u201c{_clip(event.phrase, 40)}\u201d -> {event.dropped_by}")
        lines.append(f"      in: {_clip(event.sentence, 160)}")
    lines.append("")
    lines.append("TITLE CANDIDATES")
    for title, kept, rule in trace.titles:
        lines.append(f"  {'kept  ' if kept else 'vetoed'} {title}: {rule}")
    judged = {title for title, _, _ in trace.titles}
    for span, rule in dict.fromkeys(trace.spans):  # cut or dropped before any verdict
        if span not in judged:
            lines.append(f"  vetoed {span}: {rule}")
    return facts, "\n".join(lines)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"
