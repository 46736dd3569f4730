"""Which alerts go to which channel: each channel's ``shows``, ``statuses``, ``certainties`` and
``first_sightings`` keys, as plain data and one decision.

A channel takes an alert when every one of its keys lets it through; an alert goes to the
channels that take it and to no other. An alert is recorded at all when its show is watched
(the ``[watch]`` list) or some channel asks for it (``shows = "all"`` or a list naming it);
a watched show's alert no channel takes is still recorded, with no delivery, as an alert is
when no channel is configured. This module decides; it never sends or stores anything.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..models import Alert
from ..names import show_key

#: What ``statuses`` may name: the status a season moved to, the other season alerts by kind,
#: and ``operator`` for the feed-health notices.
ROUTE_STATUSES: tuple[str, ...] = (
    "renewed", "filming", "wrapped", "premiere_scheduled", "cancelled",
    "premiere_moved", "episodes_changed", "premiere_window", "operator",
)
#: ``shows`` as a word: the watch list, or every show.
SHOWS_WATCHED = "watched"
SHOWS_ALL = "all"


@dataclass(frozen=True)
class Routing:
    """One channel's share of the alerts. The defaults take what the watch list alerts."""

    #: "watched", "all", or the show keys (:func:`monitor.names.show_key`) of a list.
    shows: str | frozenset[str] = SHOWS_WATCHED
    #: The route names taken (see :func:`route_name`); None: every one.
    statuses: frozenset[str] | None = None
    #: Certainties taken; None: every one. Alerts without a certainty always pass.
    certainties: frozenset[str] | None = None
    #: Whether a season's first sighting (a status alert with no previous status) is taken.
    first_sightings: bool = True

    def accepts(self, alert: Alert, *, watched: bool) -> bool:
        """Whether this channel takes ``alert``; ``watched``: its show is on the watch list."""
        if alert.kind == "test":
            return True
        if self.statuses is not None and route_name(alert) not in self.statuses:
            return False
        if alert.kind == "operator":
            return True
        if self.shows == SHOWS_WATCHED and not watched:
            return False
        if isinstance(self.shows, frozenset) and show_key(alert.show) not in self.shows:
            return False
        if (self.certainties is not None and alert.certainty is not None
                and alert.certainty not in self.certainties):
            return False
        return self.first_sightings or not is_first_sighting(alert)

    @property
    def default(self) -> bool:
        return self == Routing()

    def describe(self) -> str:
        """The keys that narrow this channel down, for ``describe()`` lines ("" for none)."""
        parts = []
        if self.shows != SHOWS_WATCHED:
            parts.append("shows " + (self.shows if isinstance(self.shows, str)
                                     else ", ".join(sorted(self.shows))))
        if self.statuses is not None:
            parts.append("statuses " + ", ".join(s for s in ROUTE_STATUSES
                                                 if s in self.statuses))
        if self.certainties is not None:
            parts.append("certainties " + ", ".join(sorted(self.certainties)))
        if not self.first_sightings:
            parts.append("no first sightings")
        return "; ".join(parts)


def route_name(alert: Alert) -> str:
    """What ``statuses`` calls an alert: the new status of a status change, ``operator`` for
    a feed notice, else the alert's kind (premiere_moved, episodes_changed, premiere_window)."""
    if alert.kind == "status_change":
        return alert.to_status
    return alert.kind


def is_first_sighting(alert: Alert) -> bool:
    return alert.kind == "status_change" and alert.from_status is None


def route_alert(alert: Alert, *, watched: bool,
                routes: Mapping[str, Routing]) -> tuple[str, ...] | None:
    """The channels (names, in ``routes`` order) that take ``alert``; None when the alert is
    not to be recorded at all (its show is not watched and no channel asked for it)."""
    targets = tuple(name for name, routing in routes.items()
                    if routing.accepts(alert, watched=watched))
    if targets or watched or alert.kind in ("operator", "test"):
        return targets
    return None


def default_routes(names: Sequence[str]) -> dict[str, Routing]:
    """Every named channel with the default routing (what the watch list alerts)."""
    return {name: Routing() for name in names}
