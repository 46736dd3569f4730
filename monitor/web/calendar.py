"""Premieres as an iCalendar file (RFC 5545), for calendar apps to subscribe to.

One all-day event (``VEVENT``) per season whose premiere is known to the day, its UID stable per
season (a premiere that moves updates the same event); a premiere known only as a window
("Spring 2025", "2025") is a note (``VJOURNAL``) on the window's first day, not an event.
Each carries the show and season in its SUMMARY and the evidence and sources (by article title)
in its DESCRIPTION. Served as ``/calendar.ics`` and written by ``monitor calendar --ics``.

Written with the icalendar library (line folding, escaping, dates as RFC 5545 wants them), which
is imported only here. Pure: rows in, bytes out; the output depends on the rows alone (no clock:
DTSTAMP is when the season last changed), so an unchanged state gives the same bytes and ETag.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..alerts.messages import (
    disagreement_line,
    human_date,
    one_line,
    sentence,
    status_words,
)
from ..links import absolute, season_path, show_slug
from ..partial_date import PartialDate
from ..store.queries import PremiereRow

PRODID = "-//monitor//TV premieres//EN"
#: How often calendar apps should fetch the file again (RFC 7986 REFRESH-INTERVAL).
REFRESH = dt.timedelta(hours=6)
#: By default the calendar holds premieres from this long ago on.
DEFAULT_PAST = dt.timedelta(days=365)


def season_uid(show_key: str, season: int | None, kind: str = "premiere") -> str:
    """A season's stable UID: the same season is always the same event."""
    return f"{kind}-{show_slug(show_key)}-{'none' if season is None else season}@monitor"


def calendar_ics(rows: Sequence[PremiereRow], *, base: str | None = None,
                 name: str = "TV premieres") -> bytes:
    """The iCalendar file of ``rows``; links to season pages start at ``base`` (none without)."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-caldesc", "Premieres of TV seasons, from the news the monitor read")
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", icalendar.vDuration(REFRESH))
    for row in rows:
        date = PartialDate.parse(row.season.premiere)
        if date is None:
            continue
        component = icalendar.Event() if date.day is not None else icalendar.Journal()
        _fill(component, row, date, base)
        calendar.add_component(component)
    return bytes(calendar.to_ical())


def _fill(component: object, row: PremiereRow, date: PartialDate, base: str | None) -> None:
    season = row.season
    title = one_line(season.show) + ("" if season.season is None else f" S{season.season}")
    is_day = date.day is not None
    add = component.add  # type: ignore[attr-defined]
    add("uid", season_uid(season.show_key, season.season,
                          "premiere" if is_day else "premiere-window"))
    stamp = season.updated_at.astimezone(dt.UTC)
    add("dtstamp", stamp)
    add("last-modified", stamp)
    add("dtstart", date.start())
    if is_day:
        add("dtend", date.start() + dt.timedelta(days=1))
        add("summary", f"{title} premiere")
        add("transp", "TRANSPARENT")
        add("status", "CONFIRMED" if season.premiere_certainty == "confirmed" else "TENTATIVE")
    else:
        add("summary", f"{title} premiere: {date.words()} (window)")
    add("categories", ["TV premiere"])
    page = absolute(base, season_path(season.show_key, season.season)) if base else None
    if page:
        add("url", page)
    add("description", description(row, page))


def description(row: PremiereRow, page: str | None) -> str:
    """The event's text: the premiere in words, the season's status, where sources disagree,
    the evidence and every source by title."""
    season = row.season
    certainty = f" ({season.premiere_certainty})" if season.premiere_certainty else ""
    lines = [f"Premiere: {human_date(season.premiere)}{certainty}.",
             f"Status: {status_words(season.status or '') or 'not confirmed'}."]
    lines += [sentence(disagreement_line(d)) + "." for d in season.disagreements
              if d.kind == "premiere"]
    evidence = list(dict.fromkeys(one_line(s.evidence) for s in row.sources if s.evidence))
    if evidence:
        lines.append("")
        lines += [f"“{text}”" for text in evidence[:3]]
    if row.sources:
        lines += ["", "Sources:"]
        for source in {s.url: s for s in row.sources}.values():
            label = one_line(source.title) or source.url
            lines.append(f"- {label} ({human_date(source.published.isoformat())}): "
                         f"{one_line(source.url)}")
    if page:
        lines += ["", f"Season page: {page}"]
    return "\n".join(lines)


def default_since(today: dt.date) -> dt.date:
    """The first day the calendar covers unless asked otherwise."""
    return today - DEFAULT_PAST
