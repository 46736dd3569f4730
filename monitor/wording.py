"""How dates, changes and disagreements read to people.

One wording for the command line, the status page and the alert messages, so "15 Sep 2017",
"premiere moved: 19 Jun 2017 → 25 Jun 2017" and "2 sources: 25 Jun 2017; 1 source: 19 Jun
2017" read the same everywhere. Pure functions of plain data: no I/O, no clock.
"""

from __future__ import annotations

import re

from .models import Alert
from .store.reconcile import Claim, Disagreement

SEASONS_OF_YEAR: dict[str, str] = {"SP": "Spring", "SU": "Summer", "FA": "Fall", "WI": "Winter"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: How each kind of fact reads in "sources disagree on …".
KIND_WORDS: dict[str, str] = {
    "renewed": "renewal", "filming_started": "filming start", "filming_wrapped": "wrap",
    "premiere": "premiere", "cancelled": "cancellation", "episode_count": "episode count",
}
#: How a status reads in "reported late: wrapped on …".
STATUS_WORDS: dict[str, str] = {
    "renewed": "renewed", "filming": "filming started", "wrapped": "wrapped",
    "premiere_scheduled": "premiere scheduled", "cancelled": "cancelled",
}

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(SP|SU|FA|WI))?$")


def human_date(date: str | None) -> str:
    """A partial ISO date in words: "15 Sep 2017", "Sep 2017", "Summer 2017", "2017"."""
    if not date:
        return ""
    match = _PARTIAL_DATE.match(date)
    if not match:
        return date
    year, month, day, season = match.groups()
    if season:
        return f"{SEASONS_OF_YEAR[season]} {year}"
    if month and 1 <= int(month) <= 12:
        name = MONTHS[int(month) - 1]
        return f"{int(day)} {name} {year}" if day else f"{name} {year}"
    return year if not month else date


def date_phrase(date: str | None) -> str:
    """"on 15 Sep 2017" for a day, "in Sep 2017" / "in 2017" for a window; "" for none."""
    if not date:
        return ""
    words = human_date(date)
    return f"on {words}" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else f"in {words}"


def sentence(text: str | None) -> str:
    """``text`` with its first letter capitalised and the rest untouched ("Sep" stays)."""
    return (text[:1].upper() + text[1:]) if text else ""


def sources_count(count: int) -> str:
    return f"{count} source{'' if count == 1 else 's'}"


def claim_text(claim: Claim) -> str:
    """The value one claim states: a date in words, or an episode count."""
    if claim.kind == "episode_count":
        return f"{claim.value} episodes"
    return human_date(claim.date)


def disagreement_text(disagreement: Disagreement) -> str:
    """"2 sources: 25 Jun 2017; 1 source: 19 Jun 2017" (the value the season goes by first)."""
    return "; ".join(f"{sources_count(len(c.sources))}: {claim_text(c)}"
                     for c in disagreement.claims)


def disagreement_line(disagreement: Disagreement) -> str:
    """"sources disagree on the premiere: 2 sources: 25 Jun 2017; 1 source: 19 Jun 2017"."""
    what = KIND_WORDS.get(disagreement.kind, disagreement.kind.replace("_", " "))
    return f"sources disagree on the {what}: {disagreement_text(disagreement)}"


def late_text(alert: Alert) -> str | None:
    """"reported late: wrapped on 15 Sep 2017" for an alert about an event long past."""
    if not alert.reported_late:
        return None
    what = STATUS_WORDS.get(alert.to_status, alert.to_status.replace("_", " "))
    when = date_phrase(alert.date)
    return f"reported late: {what}{' ' + when if when else ''}"


def moved_text(alert: Alert) -> str | None:
    """"premiere moved: 19 Jun 2017 → 25 Jun 2017", "episode order changed: 8 → 10"; also for a
    season scheduled outside the window it had ("premiere moved: Fall 2025 → 6 Aug 2025")."""
    if alert.kind == "episodes_changed":
        return (f"episode order changed: {alert.previous_episode_count} → "
                f"{alert.episode_count}")
    if alert.previous_date and alert.date:
        return (f"premiere moved: {human_date(alert.previous_date)} → "
                f"{human_date(alert.date)}")
    return None


__all__ = [
    "claim_text", "date_phrase", "disagreement_line", "disagreement_text", "human_date",
    "late_text", "moved_text", "sentence", "sources_count",
]
