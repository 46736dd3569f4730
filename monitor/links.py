"""Links to the status pages: one place builds every path and URL the monitor hands out.

Pages, JSON, the Atom feeds, the calendar, emails and webhooks all link to a season or a show
through these functions, so a link reads the same everywhere, starts at the public address the
monitor is reached by (``http.public_url``, e.g. ``https://tv.example.com/monitor``, whose path
is kept as a prefix), and never carries the status page's token. Pure: no I/O.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from .names import show_key


def show_slug(key: str) -> str:
    """The show part of a path: its key with hyphens for spaces ("jessica-jones"), read back
    through :func:`monitor.names.show_key`."""
    return quote(key.replace(" ", "-"), safe="")


def show_path(key: str) -> str:
    """``/show/jessica-jones``: a show and all its seasons."""
    return f"/show/{show_slug(key)}"


def season_path(key: str, season: int | None) -> str:
    """``/show/jessica-jones/season/2``; ``-`` for the facts that name no season."""
    return f"{show_path(key)}/season/{'-' if season is None else season}"


def show_atom_path(key: str) -> str:
    """``/show/jessica-jones/alerts.atom``: one show's alerts as an Atom feed."""
    return f"{show_path(key)}/alerts.atom"


def api_season_path(key: str, season: int | None) -> str:
    """``/api/seasons/jessica-jones/2``: the JSON twin of :func:`season_path`."""
    return f"/api/seasons/{show_slug(key)}/{'-' if season is None else season}"


def api_show_path(key: str) -> str:
    """``/api/shows/jessica-jones``: the JSON twin of :func:`show_path`."""
    return f"/api/shows/{show_slug(key)}"


def absolute(base: str, path: str) -> str:
    """``path`` (from the site's root, query included) under ``base`` (scheme, host and an
    optional path prefix, as :func:`check_public_url` gives it)."""
    return base.rstrip("/") + path


def season_url(public_url: str | None, show: str, season: int | None) -> str | None:
    """The season page's full URL under the public URL; None when none is configured."""
    if not public_url:
        return None
    return absolute(public_url, season_path(show_key(show), season))


def check_public_url(value: str) -> str:
    """``value`` as a public base URL (http or https, a host, an optional path; no query,
    fragment or user name), without its trailing slash; ValueError saying what is wrong."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an http(s) URL with a host, "
                         "e.g. \"https://tv.example.com\" or \"https://example.com/monitor\"")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"{value!r} must not hold a query, a fragment or a user name "
                         "(the token is never put in links)")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"
