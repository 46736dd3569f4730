"""How alerts, statuses, dates and disagreements read to people: one place for the wording.

The command line, the status page and every channel word things through here, so "15 Sep 2017",
"filming → wrapped", "premiere moved: 19 Jun 2017 → 25 Jun 2017" and "2 sources: 25 Jun 2017;
1 source: 19 Jun 2017" read the same everywhere. Alert messages are Jinja2 templates in
``monitor/alerts/templates/`` (``TEMPLATE_NAMES``); ``alert_context`` and ``digest_context`` are
the variables they see (documented in the README for template authors). A ``templates_dir``
holding files of the same names overrides them one by one. HTML is autoescaped: everything that
comes from an article is untrusted.

Pure functions of plain data: no I/O but reading templates, no clock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import re
import textwrap
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from .. import partial_date
from ..links import season_url
from ..models import SEASON_ALERT_KINDS, Alert
from ..store.reconcile import Claim, Disagreement

if TYPE_CHECKING:  # loaded by template_environment: `status` and `history` need no jinja2
    import jinja2

#: The bundled templates; a channel's ``templates_dir`` is searched first, file by file.
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAMES = ("email_subject.txt", "email.txt", "email.html", "console.txt",
                  "apprise_title.txt", "apprise_body.txt",
                  "digest_subject.txt", "digest.txt", "digest.html")
#: Templates rendered for a list of alerts (``digest_context``) rather than one alert.
DIGEST_TEMPLATES = ("digest_subject.txt", "digest.txt", "digest.html")

#: How statuses read in messages; anything not listed reads with "_" as a space.
#: How a status reads as a label (status page badges, ``status_label`` in JSON).
STATUS_LABELS: dict[str | None, str] = {
    "renewed": "Renewed",
    "filming": "Filming",
    "wrapped": "Wrapped",
    "premiere_scheduled": "Premiere scheduled",
    "cancelled": "Cancelled",
    None: "Unconfirmed",
}
#: How a kind of fact reads as a label ("Filming wrapped").
KIND_LABELS: dict[str, str] = {
    "renewed": "Renewed",
    "filming_started": "Filming started",
    "filming_wrapped": "Filming wrapped",
    "premiere": "Premiere",
    "cancelled": "Cancelled",
    "episode_count": "Episode count",
}

#: C0/C1 control characters (ANSI escapes, NUL, CR …) never reach a terminal or a header.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# --- dates, changes and disagreements in words ---------------------------------------------------

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

def human_date(date: str | None) -> str:
    """A partial ISO date in words: "15 Sep 2017", "Sep 2017", "Summer 2017", "2017"."""
    return partial_date.words(date)


def date_phrase(date: str | None) -> str:
    """"on 15 Sep 2017" for a day, "in Sep 2017" / "in 2017" for a window; "" for none."""
    return partial_date.phrase(date)


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


# --- templates --------------------------------------------------------------------------------

class Link(NamedTuple):
    """A source URL and the href it may be linked with (None unless http/https)."""

    url: str
    href: str | None


@functools.lru_cache(maxsize=16)
def template_environment(templates_dir: Path | None = None) -> jinja2.Environment:
    """Jinja2 environment: ``templates_dir`` first, then the bundled templates; HTML autoescaped."""
    import jinja2
    loaders: list[jinja2.BaseLoader] = []
    if templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates_dir)))
    loaders.append(jinja2.FileSystemLoader(str(TEMPLATES_DIR)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "htm"),
                                            default_for_string=False, default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["quote"] = quote_text
    env.filters["sentence"] = sentence
    return env


def render(env: jinja2.Environment, template: str, alert: Alert, *,
           public_url: str | None = None) -> str:
    """``template`` rendered for ``alert`` (raises jinja2.TemplateError on a template bug);
    with ``public_url`` the message links to the season's page."""
    return env.get_template(template).render(alert_context(alert, public_url=public_url))


def render_digest(env: jinja2.Environment, template: str, alerts: Sequence[Alert], *,
                  public_url: str | None = None) -> str:
    """``template`` rendered for a digest of ``alerts`` (see ``digest_context``)."""
    return env.get_template(template).render(digest_context(alerts, public_url=public_url))


def alert_context(alert: Alert, *, public_url: str | None = None) -> dict[str, Any]:
    """The variables every template sees (documented in the README for template authors)."""
    show = one_line(alert.show)
    title = show if alert.season is None else f"{show} S{alert.season}".strip()
    from_label = status_words(alert.from_status) if alert.from_status else None
    to_label = status_words(alert.to_status)
    change = change_text(alert, from_label, to_label)
    return {
        "alert": alert,
        "payload": alert.payload(),
        "show": show,
        "title": title or "monitor",
        "from_label": from_label,
        "to_label": to_label,
        "change": change,
        "headline": headline(alert),
        "subject": subject_line(alert),
        "date": human_date(alert.date),
        "published": day_words(alert.published),
        "short": short_text(alert, title or "monitor", to_label, change),
        "heading": HEADINGS.get(alert.kind, "Alert"),
        "evidence": one_line(alert.evidence),
        "links": [Link(one_line(u), u if _is_http(u) else None) for u in alert.sources],
        "created": moment_words(alert.created_at),
        "late": late_text(alert),
        "moved": moved_text(alert),
        "previous": previous_text(alert),
        "previous_links": [Link(one_line(u), u if _is_http(u) else None)
                           for u in alert.previous_sources],
        "season_url": alert_season_url(alert, public_url),
    }


def alert_season_url(alert: Alert, public_url: str | None) -> str | None:
    """The full URL of the page of the season an alert is about (None without a public URL,
    or for operator notices and tests)."""
    if alert.kind not in SEASON_ALERT_KINDS:
        return None
    return season_url(public_url, alert.show, alert.season)


def headline(alert: Alert, *, with_date: bool = False) -> str:
    """"Jessica Jones S2: filming → wrapped": what an alert says in one line (page and feed
    titles, ``monitor alerts``); ``with_date`` adds the new status's date in words and, for
    news long past, says so: "… (15 Sep 2017, reported late)"."""
    show = one_line(alert.show)
    title = (show if alert.season is None else f"{show} S{alert.season}".strip()) or "monitor"
    from_label = status_words(alert.from_status) if alert.from_status else None
    change = change_text(alert, from_label, status_words(alert.to_status))
    if alert.kind in ("operator", "test"):
        return f"monitor: {change}"
    notes = []
    if with_date and alert.date and alert.kind == "status_change":
        notes.append(human_date(alert.date))
    if alert.reported_late and alert.kind == "status_change":
        notes.append("reported late")
    return f"{title}: {change}" + (f" ({', '.join(notes)})" if notes else "")


def subject_line(alert: Alert) -> str:
    """The headline with the date: "Jessica Jones S2: filming → wrapped (15 Sep 2017)" (email
    subjects, Apprise titles, the console, the webhook's ``summary``)."""
    return headline(alert, with_date=True)


def day_words(day: dt.date | None) -> str:
    """A day in words, as partial dates read: "16 Sep 2017" ("" for none)."""
    return human_date(day.isoformat()) if day else ""


def moment_words(moment: dt.datetime) -> str:
    """A moment in words, in UTC: "16 Sep 2017 09:30 UTC"."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return f"{day_words(moment.date())} {moment:%H:%M} UTC"


#: Units of a relative time, longest first: (seconds, singular name).
_UNITS = ((365 * 86400, "year"), (30 * 86400, "month"), (7 * 86400, "week"),
          (86400, "day"), (3600, "hour"), (60, "minute"))


def relative_time(moment: dt.datetime | dt.date, now: dt.datetime) -> str:
    """How long ago (or ahead) ``moment`` is from ``now``: "just now", "5 minutes ago",
    "3 days ago", "in 2 weeks"; a day without a time: "today", "yesterday", "tomorrow"."""
    if not isinstance(moment, dt.datetime):
        days = (moment - now.astimezone(dt.UTC).date()).days
        if days in (-1, 0, 1):
            return {-1: "yesterday", 0: "today", 1: "tomorrow"}[days]
        seconds = days * 86400.0
    else:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        seconds = (moment - now).total_seconds()
    span = abs(seconds)
    if span < 60:
        return "just now"
    for size, unit in _UNITS:
        if span >= size:
            count = int(span // size)
            words = f"{count} {unit}{'' if count == 1 else 's'}"
            return f"in {words}" if seconds > 0 else f"{words} ago"
    return "just now"  # pragma: no cover - a minute is the smallest unit


def previous_text(alert: Alert) -> str | None:
    """What the season had before a move: "19 Jun 2017", "8 episodes" (None otherwise)."""
    if alert.kind == "episodes_changed" and alert.previous_episode_count is not None:
        return f"{alert.previous_episode_count} episodes"
    return human_date(alert.previous_date) or None


def digest_context(alerts: Sequence[Alert], *,
                   public_url: str | None = None) -> dict[str, Any]:
    """The variables a digest template sees: ``items`` holds each alert's ``alert_context``."""
    items = [alert_context(a, public_url=public_url) for a in alerts]
    count = len(items)
    return {
        "items": items,
        "count": count,
        "digest_id": digest_id(alerts),
        "heading": f"{count} TV update{'' if count == 1 else 's'}",
        "created": moment_words(max((a.created_at for a in alerts),
                                    default=dt.datetime(1970, 1, 1, tzinfo=dt.UTC))),
    }


def digest_id(alerts: Sequence[Alert]) -> str:
    """The digest's idempotency key: the same set of alerts always gets the same id."""
    joined = "\n".join(sorted(a.id for a in alerts))
    return "digest-" + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def alert_document(alert: Alert, *, public_url: str | None = None) -> dict[str, object]:
    """The alert as JSON for people's tools (webhook body, ``replay --json``, the status page's
    JSON): the payload (schema ``monitor.alert/1``) plus ``summary``, the alert in the words
    of the email subject, and ``season_url``, the season's page when a public URL is set."""
    return {**alert.payload(), "summary": subject_line(alert),
            "season_url": alert_season_url(alert, public_url)}


def digest_payload(alerts: Sequence[Alert], *,
                   public_url: str | None = None) -> dict[str, object]:
    """The JSON body of a digest, schema ``monitor.digest/1`` (documented in the README)."""
    return {"schema": "monitor.digest/1", "id": digest_id(alerts),
            "alerts": [alert_document(a, public_url=public_url) for a in alerts]}


HEADINGS: dict[str, str] = {
    "status_change": "Season status changed",
    "premiere_window": "Premiere window",
    "premiere_moved": "Premiere moved",
    "episodes_changed": "Episode order changed",
    "operator": "Monitor notice",
    "test": "Test alert",
}


def change_text(alert: Alert, from_label: str | None, to_label: str) -> str:
    """"filming → wrapped", "first seen: renewed", "premiere window", "premiere moved: 19 Jun
    2017 → 25 Jun 2017", "episode order changed: 8 → 10" …"""
    if alert.kind == "premiere_window":
        return f"premiere window: {human_date(alert.date)}" if alert.date else "premiere window"
    if alert.kind in ("premiere_moved", "episodes_changed"):
        return moved_text(alert) or alert.kind.replace("_", " ")
    if alert.kind == "test":
        return "test alert"
    if alert.kind == "operator":
        return one_line(alert.evidence)[:120] or "notice"
    if from_label is None:
        return f"first seen: {to_label}"
    return f"{from_label} → {to_label}"


def short_text(alert: Alert, title: str, to_label: str, change: str) -> str:
    """A few words for a digest's subject line: "Jessica Jones S2 wrapped"."""
    if alert.kind == "premiere_window":
        return f"{title} premiere window" + (f" {human_date(alert.date)}" if alert.date else "")
    if alert.kind == "premiere_moved":
        return f"{title} premiere moved to {human_date(alert.date)}"
    if alert.kind == "episodes_changed":
        return f"{title} now {alert.episode_count} episodes"
    if alert.kind == "operator":
        return "notice: " + change[:60]
    if alert.kind == "test":
        return "test alert"
    return f"{title} {to_label}"


def status_label(status: str | None) -> str:
    """A status as a label: "Premiere scheduled" ("Unconfirmed" for none yet)."""
    return STATUS_LABELS.get(status, (status or "").replace("_", " ").capitalize())


def status_words(status: str) -> str:
    """A status inside a sentence: "premiere scheduled", "wrapped"."""
    return status_label(status).lower() if status else ""


def kind_label(kind: str) -> str:
    """A kind of fact as a label: "Filming wrapped", "Episode count"."""
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


def one_line(text: str) -> str:
    """``text`` without control characters, its whitespace collapsed to single spaces."""
    return " ".join(CONTROL_CHARS.sub("", unicodedata.normalize("NFC", text)).split())


def quote_text(text: str, width: int = 72, prefix: str = "> ") -> str:
    """Jinja filter: ``text`` wrapped to ``width`` and quoted line by line, e-mail style."""
    lines = textwrap.wrap(text, width=width - len(prefix)) or [""]
    return "\n".join(prefix + line for line in lines)


def _is_http(url: str) -> bool:
    parts = urlsplit(url)
    return (parts.scheme in ("http", "https") and bool(parts.netloc)
            and not CONTROL_CHARS.search(url))


def sample_alert() -> Alert:
    """An example alert: validates templates at start-up and serves ``monitor test-channel``."""
    import datetime as dt

    return Alert(
        id="sample-0000000000000000", kind="test", show="Example Show", season=1,
        from_status="filming", to_status="wrapped", date="2024-05-01", certainty="confirmed",
        evidence="This is a test alert from monitor: filming on Example Show season 1 wrapped.",
        sources=("https://example.com/news/example-show-wraps",),
        created_at=dt.datetime(2024, 5, 2, 12, 0, tzinfo=dt.UTC), published=dt.date(2024, 5, 2),
    )


SAMPLE_ALERTS: tuple[Alert, ...] = (
    sample_alert(),
    dataclasses.replace(sample_alert(), kind="status_change"),
    dataclasses.replace(sample_alert(), kind="status_change", from_status=None, season=None,
                        date=None, certainty=None, published=None, sources=()),
    dataclasses.replace(sample_alert(), kind="premiere_window", to_status="wrapped",
                        date="2025-FA", certainty="expected"),
    dataclasses.replace(sample_alert(), kind="status_change", reported_late=True),
    dataclasses.replace(sample_alert(), kind="status_change", to_status="premiere_scheduled",
                        date="2025-08-06", previous_date="2025-FA",
                        previous_sources=("https://example.com/news/fall",)),
    dataclasses.replace(sample_alert(), kind="premiere_moved", from_status="premiere_scheduled",
                        to_status="premiere_scheduled", date="2025-04-14",
                        previous_date="2025-03-08",
                        previous_sources=("https://example.com/news/march",)),
    dataclasses.replace(sample_alert(), kind="episodes_changed", from_status="wrapped",
                        date=None, episode_count=10, previous_episode_count=8),
    dataclasses.replace(sample_alert(), kind="operator", show="", season=None,
                        evidence="Feed https://example.com/rss failed 5 times in a row."),
)


