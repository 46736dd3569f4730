"""Plain data passed between the pipeline stages.

Every stage takes and returns these frozen dataclasses; none of them does I/O, so each stage can
be called in a REPL on a string.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

FactKind = Literal[
    "renewed", "filming_started", "filming_wrapped", "premiere", "cancelled", "episode_count"
]
FACT_KINDS: tuple[FactKind, ...] = (
    "renewed", "filming_started", "filming_wrapped", "premiere", "cancelled", "episode_count"
)

Certainty = Literal["confirmed", "expected", "speculative"]
CERTAINTIES: tuple[Certainty, ...] = ("confirmed", "expected", "speculative")
#: What joins an HTML table row's cells on the one line the text stage writes for the row
#: (``ingest.text``), and where the fact extractor splits the row again (``extract.sections``):
#: "Salt Road | Kestrel | Renewed".
TABLE_CELL_SEPARATOR = " | "
#: Higher is surer; used to pick the strongest certainty among a fact's sources.
CERTAINTY_RANK: dict[str, int] = {"speculative": 0, "expected": 1, "confirmed": 2}

Status = Literal["renewed", "filming", "wrapped", "premiere_scheduled", "cancelled"]
#: A season's status only moves up this order; cancelled ends it whatever came before.
STATUS_ORDER: tuple[Status, ...] = ("renewed", "filming", "wrapped", "premiere_scheduled")
STATUS_RANK: dict[str, int] = {str(s): i for i, s in enumerate(STATUS_ORDER)} | {"cancelled": 99}

AlertKind = Literal["status_change", "premiere_window", "premiere_moved", "episodes_changed",
                    "operator", "test"]
#: The alert kinds about one show's season (the others are operator notices and tests).
SEASON_ALERT_KINDS: tuple[AlertKind, ...] = (
    "status_change", "premiere_window", "premiere_moved", "episodes_changed")


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed, as the feed states it."""

    feed_url: str
    guid: str
    link: str
    title: str
    #: Publication time from the feed, timezone-aware UTC; None when missing or unusable.
    published: dt.datetime | None
    summary: str = ""


@dataclass(frozen=True)
class PageText:
    """The readable part of an article page."""

    title: str
    text: str
    #: Publication date from the page's metadata, when it has one.
    published: dt.date | None = None


@dataclass(frozen=True)
class Article:
    """An article ready for fact extraction: its text and when it was published."""

    url: str
    title: str
    text: str
    published: dt.date
    feed_url: str | None = None
    guid: str | None = None


@dataclass(frozen=True)
class Fact:
    """One production-status statement about a show's season, with its evidence.

    ``date`` is partial ISO: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-SP|SU|FA|WI``;
    None when the text gives no time. ``value`` is set for ``episode_count`` only.
    """

    show: str
    season: int | None
    kind: FactKind
    date: str | None
    certainty: Certainty
    evidence: str
    source_url: str = ""
    value: int | None = None
    #: Other names the article says the show goes by (round 41: "X, formerly known as Y", a
    #: UK/US pair, a season's subtitle): the state store learns them as aliases. Not part of
    #: the fact's identity.
    also: tuple[str, ...] = field(default=(), compare=False)

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "show": self.show, "season": self.season, "kind": self.kind, "date": self.date,
            "value": self.value, "certainty": self.certainty, "evidence": self.evidence,
            "source_url": self.source_url,
        }
        if self.also:
            out["also"] = list(self.also)
        return out


@dataclass(frozen=True)
class ShowName:
    """A show the user watches: its title and the other names articles use for it."""

    title: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Alert:
    """A message to send: a season's status changed, its premiere moved or its episode count
    changed, or an operator notice.

    ``id`` is the idempotency key: stable for the same change, so a receiver can drop a repeat.
    ``reported_late``: the change happened long before the news of it came (a status alert).
    ``previous_date``/``previous_sources``: the premiere date the season had before, and who
    stated it (a moved premiere); ``episode_count``/``previous_episode_count`` likewise.
    """

    id: str
    kind: AlertKind
    show: str
    season: int | None
    from_status: str | None
    to_status: str
    date: str | None
    certainty: str | None
    evidence: str
    sources: tuple[str, ...]
    created_at: dt.datetime
    published: dt.date | None = None
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    reported_late: bool = False
    previous_date: str | None = None
    previous_sources: tuple[str, ...] = ()
    episode_count: int | None = None
    previous_episode_count: int | None = None

    def payload(self) -> dict[str, object]:
        """The JSON body of this alert, schema version 1 (documented in the README)."""
        return {
            "schema": "monitor.alert/1",
            "id": self.id,
            "type": self.kind,
            "show": self.show,
            "season": self.season,
            "from": self.from_status,
            "to": self.to_status,
            "date": self.date,
            "certainty": self.certainty,
            "evidence": self.evidence,
            "sources": list(self.sources),
            "published": self.published.isoformat() if self.published else None,
            "created_at": self.created_at.isoformat(),
            "reported_late": self.reported_late,
            "previous_date": self.previous_date,
            "previous_sources": list(self.previous_sources),
            "episode_count": self.episode_count,
            "previous_episode_count": self.previous_episode_count,
            **({"extra": self.extra} if self.extra else {}),
        }
