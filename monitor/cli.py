"""The ``monitor`` command line: a thin layer of commands over the library.

Each command parses its arguments, calls one or two library functions and prints the result.
Errors from the library (``MonitorError``) become one clear line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from . import __version__
from .errors import MonitorError, ParseError

if TYPE_CHECKING:  # imported where used: `monitor --help` loads none of the stages
    from .alerts.channels import Channel
    from .config import Config
    from .config_edit import EditResult
    from .evaluation.timelines import FactSource
    from .models import Alert, Article, Fact
    from .store.state import SeasonRow, StateLocation, StateStore

log = logging.getLogger("monitor")

Command = Callable[[argparse.Namespace], int]


# --- output helpers -----------------------------------------------------------------------------

def season_label(show: str, season: int | None) -> str:
    return f"{show} S{season}" if season is not None else f"{show} (no season)"


def print_alerts(alerts: Iterable[Alert], *, as_json: bool, out: TextIO,
                 console: Channel | None = None, public_url: str | None = None) -> None:
    """Alerts as JSON lines (the webhook's body), or as the console channel words them (its
    templates included)."""
    from .alerts.channels import ConsoleChannel
    from .alerts.messages import alert_document
    printer = console or ConsoleChannel("replay", public_url=public_url)
    if isinstance(printer, ConsoleChannel):
        printer = ConsoleChannel(printer.name, stream=out, templates=printer.templates,
                                 public_url=printer.public_url)
    for alert in alerts:
        if as_json:
            out.write(json.dumps(alert_document(alert, public_url=public_url),
                                 ensure_ascii=False) + "\n")
        else:
            printer.send(alert)


def json_line(data: object) -> str:
    """One JSON object on one line; dates and times in ISO 8601 (``2017-09-16``,
    ``2024-06-01T12:00:00+00:00``), as everywhere the monitor writes JSON."""
    return json.dumps(data, ensure_ascii=False, default=_json_value)


def _json_value(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    return str(value)


def fact_json(fact: Fact) -> dict[str, object]:
    return {"show": fact.show, "season": fact.season, "kind": fact.kind, "date": fact.date,
            "value": fact.value, "certainty": fact.certainty, "evidence": fact.evidence}


def print_table(rows: Sequence[Sequence[object]], headers: Sequence[str], out: TextIO) -> None:
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")


# --- commands -----------------------------------------------------------------------------------

def cmd_run(args: argparse.Namespace) -> int:
    from .scheduler import Daemon

    daemon = Daemon(args.config)
    if args.log_level is None:  # the command line wins over the config file
        set_log_level(daemon.config.log_level)
    listen = args.http or daemon.config.http_listen
    if listen is None:
        daemon.run_forever()
        return 0
    from .web.server import make_server, parse_listen

    host, port = parse_listen(listen)
    config = daemon.config
    server = make_server(config.state, host, port, token=config.http_token(),
                         feed_names={f.url: f.name for f in config.feeds},
                         public_url=config.http_public_url,
                         trust_forwarded=config.http_trust_forwarded,
                         watched=[n for s in config.watch.shows for n in (s.title, *s.aliases)])
    server.start()
    log.info("status page on %s", server.url)
    try:
        daemon.run_forever()
    finally:
        server.stop()
    return 0


def cmd_poll(args: argparse.Namespace) -> int:
    from .alerts.channels import close_channels, open_channels
    from .alerts.delivery import deliver_pending
    from .clock import utc_now
    from .config import load_config
    from .ingest.politeness import HostGate
    from .pipeline import make_context, poll_all
    from .store.state import StateStore
    from .workers import WorkerPool

    config = load_config(args.config)
    channels = open_channels(config.channels)
    store = StateStore(config.state)
    # The same per-host limits as the daemon: one pass is no reason to hammer a site.
    gate = HostGate(config.fetch.max_per_host, config.fetch.host_delay)
    try:
        with WorkerPool(config.article_workers, config.article_budget,
                        max_jobs=config.article_worker_jobs) as workers:
            outcomes = poll_all(config.feeds, make_context(config, store, workers=workers,
                                                           gate=gate))
        report = deliver_pending(store.outbox, channels, now=utc_now(), policy=config.retry)
    finally:
        store.close()
        close_channels(channels)
    failed = [o for o in outcomes if o.result == "error"]
    alerts = sum(len(o.alerts) for o in outcomes)
    print(f"polled {len(outcomes)} feeds: {sum(o.items_new for o in outcomes)} new articles, "
          f"{sum(o.items_failed for o in outcomes)} skipped, "
          f"{alerts} alerts, {len(failed)} feeds failed; deliveries: {report}", file=sys.stderr)
    for outcome in failed:
        print(f"  feed {outcome.feed}: {outcome.error}", file=sys.stderr)
    return 1 if failed and len(failed) == len(outcomes) else 0


def replay_config(args: argparse.Namespace) -> Config:
    """The given config, or one that watches every show and sends nothing anywhere."""
    from .config import load_config, parse_config
    if args.config is not None:
        return load_config(args.config)
    return parse_config({"watch": {"all": True}}, path=Path.cwd() / "replay.toml")


def cmd_replay(args: argparse.Namespace) -> int:
    from .alerts.channels import close_channels, open_channels
    from .alerts.delivery import deliver_pending
    from .clock import utc_now
    from .pipeline import make_context, replay_directory
    from .store.state import StateStore

    directory = Path(args.directory)
    if not directory.is_dir():
        raise MonitorError(f"{directory}: not a directory")
    config = replay_config(args)
    opened = open_channels(config.channels)
    with tempfile.TemporaryDirectory(prefix="monitor-replay-") as tmp:
        state_path = Path(args.state) if args.state else Path(tmp) / "replay.db"
        store = StateStore(state_path)
        try:
            # Replay prints every alert itself, through the config's console channel if any.
            consoles = [c for c in opened.values() if c.kind == "console"]
            channels = {n: c for n, c in opened.items() if c.kind != "console"}
            ctx = make_context(config, store, channel_names=list(channels))
            alerts = replay_directory(directory, ctx)
            print_alerts(alerts, as_json=args.json, out=sys.stdout,
                         console=consoles[0] if consoles else None,
                         public_url=config.http_public_url)
            if channels:
                deliver_pending(store.outbox, channels, now=utc_now(), policy=config.retry)
        finally:
            store.close()
            close_channels(opened)
    if not args.json:
        print(f"{len(alerts)} alerts", file=sys.stderr)
    return 0


def _parse_date(value: str | None, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ParseError(f"{where}: published date {value!r} is not YYYY-MM-DD") from None


def article_from_document(body: str, *, url: str, title: str | None, published: dt.date | None,
                          is_html: bool | None = None) -> Article:
    """An Article from a page or plain text; the date falls back to page metadata, then today."""
    from .ingest.text import extract_page_text
    from .models import Article

    content_type = None if is_html is None else ("text/html" if is_html else "text/plain")
    page = extract_page_text(body, url=url, content_type=content_type)
    return Article(url=url, title=title or page.title, text=page.text,
                   published=published or page.published or dt.date.today())


def cmd_extract(args: argparse.Namespace) -> int:
    from .config import load_config
    from .extract.facts import extract_facts

    shows = load_config(args.config).watch.shows if args.config else ()
    if args.jsonl:
        if args.file == "-" and isinstance(sys.stdin, io.TextIOWrapper):
            sys.stdin.reconfigure(errors="replace")
        try:
            source = (sys.stdin if args.file == "-"
                      else open(args.file, encoding="utf-8", errors="replace"))
        except OSError as exc:
            raise MonitorError(f"{args.file}: cannot read: {exc}") from exc
        failed = 0
        with source:
            for number, line in enumerate(source, 1):
                if line.strip():
                    answer = _extract_jsonl_line(line, number, args.file, shows, extract_facts)
                    failed += "error" in answer
                    print(json.dumps(answer, ensure_ascii=False), flush=True)
        return 1 if failed else 0
    path = Path(args.file)
    try:
        body = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise MonitorError(f"{path}: cannot read: {exc}") from exc
    article = article_from_document(
        body, url=args.url or path.resolve().as_uri(), title=None,
        published=_parse_date(args.published, "--published"),
        is_html=path.suffix.lower() in (".html", ".htm") or None)
    if args.explain:
        from .extract.explain import explain

        _, text = explain(article, shows)
        print(text)
        return 0
    facts = extract_facts(article, shows)
    if args.json:
        print(json.dumps([fact_json(f) for f in facts], ensure_ascii=False, indent=2))
    else:
        print_table([(f.show, f.season, f.kind, f.date if f.value is None else f.value,
                      f.certainty, _clip(f.evidence, 70)) for f in facts],
                    ("SHOW", "SEASON", "KIND", "DATE/VALUE", "CERTAINTY", "EVIDENCE"), sys.stdout)
    return 0


def _extract_jsonl_line(line: str, number: int, file: str, shows: Sequence[Any],
                        extract: Callable[..., list[Fact]]) -> dict[str, object]:
    """One answer per input line: ``{"id", "facts"}``, or ``{"id", "error"}`` naming the line
    and what was wrong with it (never an exception: the next line is answered too)."""
    where = f"{file}:{number}"
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:  # json.JSONDecodeError is a ValueError
        log.warning("%s: not valid JSON: %s", where, exc)
        return {"id": None, "error": f"{where}: not valid JSON: {exc}"}
    try:
        if not isinstance(record, dict):
            raise ParseError(f"{where}: each line must be a JSON object")
        body = record.get("html") if record.get("html") else record.get("text")
        if not isinstance(body, str):
            raise ParseError(f"{where}: needs a 'text' or 'html' string")
        title = record.get("title")
        article = article_from_document(
            body, url=str(record.get("url") or ""),
            title=title if isinstance(title, str) else None,
            published=_parse_date(record.get("published"), where),
            is_html=bool(record.get("html")))
        facts = extract(article, shows)
    except ParseError as exc:
        error = str(exc) if str(exc).startswith(where) else f"{where}: {exc}"
    except Exception as exc:  # the extractor failing on this line must not stop the others
        error = f"{where}: cannot extract ({type(exc).__name__}: {str(exc)[:160]})"
    else:
        return {"id": record.get("id"), "facts": [fact_json(f) for f in facts]}
    log.warning("%s", error)
    ident = record.get("id") if isinstance(record, dict) else None
    return {"id": ident, "error": error}


def _open_state(args: argparse.Namespace) -> StateStore:
    from .store.state import StateStore
    if args.state:
        where = state_arg(args.state)
    else:  # the config (and the channel kinds it checks) only when no --state is given
        from .config import load_config
        where = load_config(args.config).state
    if not where.exists():
        raise MonitorError(f"{where}: no state file yet (run `monitor poll --once` or "
                           "`monitor run` first, or pass --state)")
    return StateStore(where, read_only=getattr(args, "alerts_action", None) != "retry")


def state_arg(text: str) -> StateLocation:
    """A ``--state`` argument: a file, or a PostgreSQL URL (its password from PGPASSWORD or
    ~/.pgpass, as libpq reads them, never from the command line)."""
    from .store.location import StateLocation
    return StateLocation.of(text)


def cmd_status(args: argparse.Namespace) -> int:
    from .alerts.messages import disagreement_line, human_date, status_words
    store = _open_state(args)
    try:
        if args.json and args.show is None and args.season is None:
            # Streamed: one page of rows in memory at a time, whatever the state's size.
            for row in store.queries.iter_status_rows():
                print(json_line(_row_dict(row)))
            return 0
        rows = store.queries.status_rows(disagreements=True)
        key = store.queries.resolve(args.show) if args.show is not None else None
    finally:
        store.close()
    if args.show is not None or args.season is not None:
        rows = _rows_about(rows, key, args.season)
        if not rows:
            print(f"no season stored about {args.show!r}"
                  + (f" season {args.season}" if args.season is not None else ""),
                  file=sys.stderr)
            return 1
    if args.json:
        for row in rows:
            print(json_line(_row_dict(row)))
        return 0
    print_table([(r.show, r.season if r.season is not None else "-", status_words(r.status or ""),
                  human_date(r.since),
                  " ".join(x for x in (human_date(r.premiere), f"({r.premiere_certainty})"
                                       if r.premiere else None) if x)
                  + (" *" if r.disagreements else ""),
                  r.sources) for r in rows],
                ("SHOW", "SEASON", "STATUS", "SINCE", "PREMIERE", "SOURCES"), sys.stdout)
    disputed = [r for r in rows if r.disagreements]
    if disputed:
        print("\n* sources disagree (the season goes by the first value):")
        for r in disputed:
            for d in r.disagreements:
                print(f"  {season_label(r.show, r.season)}: {disagreement_line(d)}")
    return 0


def _rows_about(rows: list[SeasonRow], key: str | None,
               season: int | None) -> list[SeasonRow]:
    """The rows of one show (``key``: its name in any spelling, through aliases), else of
    every show whose name contains it; of one season when ``season`` is given."""
    if key is not None:
        exact = [r for r in rows if r.show_key == key]
        rows = exact or [r for r in rows if key and key in r.show_key]
    return [r for r in rows if season is None or r.season == season]


def cmd_history(args: argparse.Namespace) -> int:
    from .alerts.messages import disagreement_line, human_date, kind_label
    store = _open_state(args)
    try:
        rows = store.queries.history(args.show, args.season)
    finally:
        store.close()
    if not rows:
        print(f"no facts stored about {args.show!r}"
              + (f" season {args.season}" if args.season is not None else ""), file=sys.stderr)
        return 1
    if args.json:
        for row in rows:
            print(json_line(_row_dict(row)))
        return 0
    disputes: dict[tuple[str, int | None, str], str] = {}
    for row in rows:
        d = _row_dict(row)
        what = human_date(row.date) if row.value is None else row.value
        print(f"{human_date(row.published.isoformat()):11}  "
              f"{season_label(str(d['show']), d.get('season'))}  "
              f"{kind_label(row.kind)} {what or ''} ({d['certainty']})")
        if d.get("evidence"):
            print(f"    “{d['evidence']}”")
        for source in d.get("sources") or ():
            print(f"    {source}")
        if row.disagreement is not None:
            disputes[(row.show, row.season, row.kind)] = disagreement_line(row.disagreement)
    for (show, season, _), line in disputes.items():
        print(f"{season_label(show, season)}: {line}")
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    from .alerts.messages import alert_document, headline
    store = _open_state(args)
    try:
        if getattr(args, "alerts_action", None) == "retry":
            if (args.id is None) == (not args.all_failed):
                raise MonitorError("alerts retry: give an alert ID or --all-failed (not both)")
            alert_id = _full_alert_id(store, args.id) if args.id else None
            count = store.outbox.requeue(alert_id, all_failed=args.all_failed)
            print(f"re-queued {count} deliveries; they are sent on the next delivery pass")
            return 0 if count or args.all_failed else 1
        records = store.outbox.alerts(failed_only=args.failed)
    finally:
        store.close()
    if args.json:
        for record in records:
            print(json_line({**alert_document(record.alert), "suppressed": record.suppressed,
                             "deliveries": [_row_dict(d) for d in record.deliveries]}))
        return 0
    rows = []
    for record in records:
        a = record.alert
        states = ", ".join(f"{d.channel}: {d.state}"
                           + (f" ({d.attempts} attempts, {d.last_error})" if d.last_error else "")
                           for d in record.deliveries) or (
            f"suppressed ({record.suppressed})" if record.suppressed
            else "not queued (no channel takes it)")
        rows.append((a.id[:12], a.created_at.strftime("%Y-%m-%d %H:%M"),
                     _clip(headline(a), 60), _clip(states, 80)))
    print_table(rows, ("ID", "CREATED", "ALERT", "DELIVERY"), sys.stdout)
    return 0


def _full_alert_id(store: StateStore, prefix: str) -> str:
    """The alert whose id starts with ``prefix`` (``monitor alerts`` shows 12 characters)."""
    matches = [r.alert.id for r in store.outbox.alerts() if r.alert.id.startswith(prefix)]
    if len(matches) != 1:
        raise MonitorError(f"alerts retry: {'no' if not matches else len(matches)} alerts "
                           f"with an id starting {prefix!r}")
    return matches[0]


def cmd_calendar(args: argparse.Namespace) -> int:
    """The premieres as an iCalendar file, the same as the status page's /calendar.ics."""
    from .config import load_config
    from .web.calendar import calendar_ics
    from .web.views import calendar_rows_for

    config = load_config(args.config) if args.state is None or args.config else None
    since = _parse_date(args.since, "--since") if args.since else None
    store = _open_state(args)
    try:
        rows, title = calendar_rows_for(store, show=args.show, since=since,
                                        today=dt.datetime.now(dt.UTC).date())
    finally:
        store.close()
    if args.show and not rows and title is None:
        raise MonitorError(f"calendar: no show {args.show!r} in the state")
    name = f"TV premieres: {title or args.show}" if args.show else "TV premieres"
    body = calendar_ics(rows, base=config.http_public_url if config else None, name=name)
    if args.ics in (None, "-"):
        sys.stdout.buffer.write(body)
        sys.stdout.flush()
    else:
        target = Path(args.ics)
        try:
            target.write_bytes(body)
        except OSError as exc:
            raise MonitorError(f"{target}: cannot write the calendar: {exc}") from exc
        print(f"wrote {sum(1 for r in rows if r.is_day)} premiere days and "
              f"{sum(1 for r in rows if not r.is_day)} windows to {target}", file=sys.stderr)
    return 0


def cmd_test_alert(args: argparse.Namespace) -> int:
    from .alerts.channels import close_channels, open_channels
    from .alerts.delivery import send_test_alert
    from .clock import utc_now
    from .config import load_config

    config = load_config(args.config)
    if not config.channels:
        raise MonitorError(f"{config.path}: no channels configured ([channels.NAME])")
    if args.channel is not None and args.channel not in config.channels:
        raise MonitorError(f"{config.path}: no channel named {args.channel!r} "
                           f"(configured: {', '.join(config.channels)})")
    wanted = {n: s for n, s in config.channels.items() if args.channel in (None, n)}
    channels = open_channels(wanted)
    failed = 0
    try:
        for name, error in send_test_alert(channels, args.channel, now=utc_now()):
            channel = channels[name]
            if error is None:
                print(f"ok      {name}: {channel.describe()}")
            else:
                failed += 1
                print(f"FAILED  {name}: {channel.describe()}: {error}")
    finally:
        close_channels(channels)
    return 1 if failed else 0


def cmd_state(args: argparse.Namespace) -> int:
    """``monitor state copy SRC DST``: copy, then compare both sides' fingerprints."""
    from .store.copy import copy_state, fingerprint
    from .store.state import StateStore

    src_where, dst_where = state_arg(args.src), state_arg(args.dst)
    if not src_where.exists():
        raise MonitorError(f"{src_where}: no such state file")
    with StateStore(src_where) as src, StateStore(dst_where) as dst:
        copied = copy_state(src, dst)
        before, after = fingerprint(src), fingerprint(dst)
    print(f"copied {src_where} -> {dst_where}")
    for table, n in copied.items():
        mark = "ok" if before.counts.get(table) == after.counts.get(table) else "MISMATCH"
        print(f"  {table:<18} {n:>9} rows  {mark}")
    for table, digest in before.checksums.items():
        same = after.checksums.get(table) == digest
        print(f"  checksum {table:<18} {digest[:16]}  {'ok' if same else 'MISMATCH'}")
    problems = before.differences(after)
    for problem in problems:
        print(f"monitor: error: {problem}", file=sys.stderr)
    return 1 if problems else 0


def cmd_health(args: argparse.Namespace) -> int:
    from .clock import utc_now
    from .config import load_config
    from .ops.health import check_health, format_health

    config = load_config(args.config)
    report = check_health(config, now=utc_now(),
                          state=state_arg(args.state) if args.state else None)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        print(format_health(report))
    return report.exit_code


def cmd_doctor(args: argparse.Namespace) -> int:
    from .ops.health import format_checks, run_doctor

    checks = run_doctor(args.config)
    print(format_checks(checks))
    return 0 if all(c.ok for c in checks) else 1


# --- mutes and show names: edits of the state ----------------------------------------------------

def _state_to_edit(args: argparse.Namespace) -> tuple[Config, StateStore]:
    from .config import load_config
    from .store.state import StateStore
    config = load_config(args.config)
    where = state_arg(args.state) if args.state else config.state
    if not where.exists():
        raise MonitorError(f"{where}: no state file yet (run `monitor poll --once` or "
                           "`monitor run` first, or pass --state)")
    return config, StateStore(where)


def parse_until(text: str, now: dt.datetime) -> dt.datetime:
    """When a mute ends: a date (its start, 00:00 UTC), a time (ISO 8601, UTC unless it says
    otherwise), or a duration from now ("7d", "12h")."""
    from .options import parse_duration

    seconds = parse_duration(text)
    if seconds is not None:
        return now + dt.timedelta(seconds=seconds)
    try:
        if len(text.strip()) == 10:
            day = dt.date.fromisoformat(text.strip())
            return dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise MonitorError(f"--until: {text!r} is not a date (2025-06-01), a time "
                           "(2025-06-01T18:00) or a duration (7d, 12h)") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _scope(show: str, season: int | None) -> str:
    return f"{show} season {season}" if season is not None else f"{show} (every season)"


def cmd_mute(args: argparse.Namespace) -> int:
    from .clock import utc_now

    now = utc_now()
    until = parse_until(args.until, now) if args.until else None
    if until is not None and until <= now:
        raise MonitorError(f"--until: {args.until!r} is already past")
    _, store = _state_to_edit(args)
    try:
        key = store.shows.resolve(args.show)
        if not key:
            raise MonitorError(f"{args.show!r}: a show name needs letters or digits")
        known = store.shows.known(key)
        dropped = store.mutes.mute(key, args.show, args.season,
                                   mode="drop" if args.drop else "hold", until=until, now=now)
    finally:
        store.close()
    when = f"until {until.isoformat(timespec='minutes')}" if until else "until unmuted"
    what = ("its alerts are recorded and never sent" if args.drop
            else "its alerts wait and go out when the mute ends")
    print(f"muted {_scope(args.show, args.season)} {when}: {what}")
    if dropped:
        print(f"dropped {dropped} alerts that were waiting to go")
    if not known:
        print(f"(nothing is stored about {args.show!r} yet; the mute applies when it is)")
    return 0


def cmd_unmute(args: argparse.Namespace) -> int:
    _, store = _state_to_edit(args)
    try:
        key = store.shows.resolve(args.show)
        ended = store.mutes.unmute(key, args.season)
        from .clock import utc_now

        still = [m for m in store.mutes.active(utc_now()) if m.show_key == key]
    finally:
        store.close()
    if not ended:
        print(f"{_scope(args.show, args.season)} was not muted", file=sys.stderr)
        return 1
    print(f"unmuted {_scope(args.show, args.season)}: what it held goes out on the next "
          "delivery pass")
    for mute in still:
        print(f"  still muted: {_scope(mute.show, mute.season)}")
    return 0


def cmd_mutes(args: argparse.Namespace) -> int:
    from .clock import utc_now

    store = _open_state(args)
    try:
        mutes = store.mutes.active(utc_now()) if store.db.has_table("mutes") else []
    finally:
        store.close()
    if args.json:
        for m in mutes:
            print(json.dumps({"show": m.show, "show_key": m.show_key, "season": m.season,
                              "mode": m.mode, "until": m.until.isoformat() if m.until else None,
                              "held": m.held, "created_at": m.created_at.isoformat()},
                             ensure_ascii=False))
        return 0
    if not mutes:
        print("nothing is muted")
        return 0
    print_table([(m.show, m.season if m.season is not None else "all", m.mode,
                  m.until.strftime("%Y-%m-%d %H:%M UTC") if m.until else "until unmuted",
                  m.held) for m in mutes], ("SHOW", "SEASON", "MODE", "UNTIL", "HELD"),
                sys.stdout)
    return 0


def cmd_shows(args: argparse.Namespace) -> int:
    from .alerts.routing import route_alert
    from .clock import utc_now

    action = args.shows_action
    if action == "list":
        store = _open_state(args)
        try:
            entries = store.shows.entries() if store.db.has_table("show_settings") else []
        finally:
            store.close()
        entries = [e for e in entries if args.all or not e.hidden]
        if args.json:
            for e in entries:
                print(json.dumps({"title": e.title, "show_key": e.show_key,
                                  "seasons": e.seasons, "aliases": list(e.aliases),
                                  "hidden": e.hidden}, ensure_ascii=False))
            return 0
        print_table([(e.title + (" (hidden)" if e.hidden else ""), e.seasons,
                      ", ".join(e.aliases)) for e in entries],
                    ("SHOW", "SEASONS", "ALSO KNOWN AS"), sys.stdout)
        return 0
    config, store = _state_to_edit(args)
    now = utc_now()
    routes = {n: s.routing for n, s in config.channels.items()}
    try:
        if action in ("hide", "unhide"):
            if action == "hide":
                _, dropped = store.shows.hide(args.name, now=now)
                print(f"hid {args.name}: left out of status lists and pages, alerting no one"
                      + (f"; dropped {dropped} alerts waiting to go" if dropped else ""))
            else:
                store.shows.unhide(args.name, now=now)
                print(f"{args.name} is shown and alerts again")
            return 0
        source, target = args.source, args.target
        if not store.shows.known(store.shows.resolve(source)):
            print(f"nothing is stored about {source!r} yet: its future facts go to {target!r}")
        report = store.articles.merge(
            source, target, now=now, watched=config.watch.watches,
            route=lambda alert, watched: route_alert(alert, watched=watched, routes=routes),
            window_alerts=config.premiere_window_alerts,
            title=target if action == "rename" else None)
    finally:
        store.close()
    verb = "renamed" if action == "rename" else "merged"
    print(f"{verb} {source!r} into {target!r}: {report.facts} facts moved, {report.seasons} "
          f"seasons derived again; {source!r} is an alias of {target!r} from now on")
    for alert in report.alerts:
        print(f"  new alert: {season_label(alert.show, alert.season)} "
              f"{alert.from_status or 'new'} → {alert.to_status}")
    return 0


# --- what is watched: edits of the config file ----------------------------------------------------

def _config_to_edit(args: argparse.Namespace) -> Path:
    """The config file an edit changes: --config, $MONITOR_CONFIG or ./config/monitor.toml;
    never the bundled default picked as a last resort (that file belongs to the package)."""
    from .config import BUILTIN_CONFIG, default_config_path
    if args.config is not None:
        return Path(args.config)
    path = default_config_path()
    if path == BUILTIN_CONFIG and not os.environ.get("MONITOR_CONFIG") \
            and not Path("config/monitor.toml").is_file():
        raise MonitorError("no config file to edit: pass --config PATH or set MONITOR_CONFIG "
                           f"(the bundled default, {BUILTIN_CONFIG}, is not edited)")
    return path


def _report_edit(result: EditResult) -> None:
    for line in result.messages:
        print(line)
    if result.changed:
        print(f"{result.path}: saved; a running monitor reloads it within seconds "
              "(or at once with `systemctl reload monitor`)")
    else:
        print(f"{result.path}: unchanged")


def cmd_watch(args: argparse.Namespace) -> int:
    from .config import load_config
    from .config_edit import add_show, edit_config, remove_show
    path = _config_to_edit(args) if args.watch_action != "list" else args.config
    if args.watch_action == "add":
        _report_edit(edit_config(path, add_show(args.show, args.alias)))
        return 0
    if args.watch_action == "remove":
        _report_edit(edit_config(path, remove_show(args.show)))
        return 0
    watch = load_config(path).watch
    if args.json:
        print(json.dumps({"all": watch.all_shows, "shows": [
            {"title": s.title, "aliases": list(s.aliases)} for s in watch.shows]},
            ensure_ascii=False))
        return 0
    print("every show alerts (watch.all = true)" if watch.all_shows
          else "only the shows below alert" if watch.shows
          else "no show is watched: nothing alerts (set watch.all = true for every show)")
    for show in watch.shows:
        print(f"  {show.title}" + (f"  (also: {', '.join(show.aliases)})" if show.aliases
                                   else ""))
    return 0


def cmd_feeds(args: argparse.Namespace) -> int:
    from .clock import utc_now
    from .config import load_config
    from .config_edit import NewFeed, add_feeds, edit_config, remove_feed
    from .opml import OpmlFeed, read_opml, write_opml

    action = args.feeds_action
    if action in ("list", "export"):
        config = load_config(args.config)
        if action == "export":
            data = write_opml([OpmlFeed(f.url, f.name if f.name != f.url else "")
                               for f in config.feeds], title="monitor feeds", now=utc_now())
            if args.file == "-":
                sys.stdout.buffer.write(data)
                sys.stdout.flush()
            else:
                try:
                    Path(args.file).write_bytes(data)
                except OSError as exc:
                    raise MonitorError(f"{args.file}: cannot write: {exc.strerror or exc}") \
                        from exc
                print(f"wrote {len(config.feeds)} feeds to {args.file}", file=sys.stderr)
            return 0
        if args.json:
            for f in config.feeds:
                print(json.dumps({"name": f.name, "url": f.url, "interval": f.interval},
                                 ensure_ascii=False))
            return 0
        print_table([(f.name, f.url, _interval_text(f.interval)) for f in config.feeds],
                    ("NAME", "URL", "INTERVAL"), sys.stdout)
        return 0
    path = _config_to_edit(args)
    if action == "add":
        _report_edit(edit_config(path, add_feeds(
            [NewFeed(args.url, args.name, args.interval)], skip_known=False)))
        return 0
    if action == "remove":
        _report_edit(edit_config(path, remove_feed(args.feed)))
        return 0
    listed = read_opml(Path(args.file))
    result = edit_config(path, add_feeds([NewFeed(f.url, f.title or None) for f in listed],
                                         skip_known=True))
    _report_edit(result)
    added = sum(1 for m in result.messages if m.startswith("added "))
    known = sum(1 for m in result.messages if m.endswith("already there")
                or "already there as" in m)
    refused = len(listed) - added - known
    print(f"{args.file}: {len(listed)} feeds: {added} added, {known} already there, "
          f"{refused} refused")
    return 1 if refused else 0


def _interval_text(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s"


def cmd_eval(args: argparse.Namespace) -> int:
    if args.timelines is not None:
        return _eval_timelines(args)
    if args.corpus is None:
        raise MonitorError("eval: give a CORPUS directory, or --timelines DIR")
    from .extract.evaluate import (
        cross_validated,
        evaluate_corpus,
        evaluate_folds,
        format_folds,
        format_report,
    )
    from .extract.folds import Folds, build_from_corpus, load_folds

    folds = load_folds()
    hidden = None if args.unseal else folds.is_sealed
    if args.folds or args.only:
        if args.folds and args.folds != len(folds.folds):
            folds = Folds(tuple(tuple(f) for f in build_from_corpus(Path(args.corpus),
                                                                     args.folds)))
        only = _fold_numbers(args.only, len(folds.folds)) if args.only else None
        result = evaluate_folds(Path(args.corpus), folds, only=only,
                                extractor_for=cross_validated(folds))
        print(format_folds(result, verbose=args.verbose, markdown=args.markdown, hidden=hidden))
        return 0
    report = evaluate_corpus(Path(args.corpus))
    print(format_report(report, verbose=args.verbose, markdown=args.markdown, hidden=hidden))
    return 0


def _fold_numbers(text: str, count: int) -> set[int]:
    try:
        numbers = {int(part) for part in text.split(",") if part.strip()}
    except ValueError:
        raise MonitorError(f"--only: {text!r} is not a list of fold numbers like 1,2") from None
    if not numbers or not numbers <= set(range(1, count + 1)):
        raise MonitorError(f"--only: folds are numbered 1 to {count}, got {text!r}")
    return numbers


def _eval_timelines(args: argparse.Namespace) -> int:
    """Replay a corpus's time lines (timelines.json) with extracted or labelled facts."""
    from .evaluation.timelines import (
        evaluate_timelines,
        format_causes,
        format_missed_steps,
        format_timelines,
    )
    from .extract.folds import load_folds

    corpus = Path(args.timelines)
    source: FactSource = "gold" if args.gold else "extractor"
    if args.pseudo:
        return _eval_pseudo_timelines(args, corpus, source)
    if not (corpus / "timelines.json").is_file():
        raise MonitorError(f"{corpus}: no timelines.json there")
    results = evaluate_timelines(corpus, source)
    hidden = None if args.unseal else load_folds().is_sealed
    print(format_timelines(results, source=source, verbose=args.verbose, hidden=hidden))
    if args.causes:
        listed = [r for r in results if not hidden or not any(map(hidden, r.timeline.articles))]
        print(format_causes(listed))
        print(format_missed_steps(listed))
    return 0


def _eval_pseudo_timelines(args: argparse.Namespace, corpus: Path,
                           source: FactSource) -> int:
    """Every season the open folds' labels name, replayed as a time line (see
    :func:`monitor.evaluation.timelines.pseudo_timelines`); the sealed folds are refused."""
    from .evaluation.timelines import (
        format_causes,
        format_missed_steps,
        format_timelines,
        pseudo_timelines,
        replay_timeline,
    )
    from .extract.folds import load_folds

    if args.unseal:
        raise MonitorError("--pseudo reads the open folds only: --unseal is refused")
    if not (corpus / "articles").is_dir():
        raise MonitorError(f"{corpus}: no articles/ there")
    sealed = load_folds().is_sealed
    timelines = pseudo_timelines(corpus, lambda article: not sealed(article))
    results = [replay_timeline(t, corpus, source) for t in timelines]
    print(format_timelines(results, source=source, verbose=args.verbose, failing_only=True))
    print(format_causes(results))
    if args.causes:
        print(format_missed_steps(results))
    return 0


#: Values a row holds as they are (anything else may be a nested dataclass).
_PLAIN = (str, int, float, bool, dt.date, type(None))


def _row_dict(row: object) -> dict[str, Any]:
    """A row dataclass as a dict of its fields, nested dataclasses (disagreements) too.

    Not ``dataclasses.asdict`` on the whole row: it deep-copies every value, which was 75% of
    ``status --json``'s time at 100,000 rows; only the nested values (2% of rows) need it."""
    from dataclasses import asdict, is_dataclass

    if not is_dataclass(row) or isinstance(row, type):
        raise TypeError(f"not a row: {row!r}")
    data = dict(vars(row))
    for key, value in data.items():
        if isinstance(value, _PLAIN):
            continue
        if isinstance(value, tuple):
            data[key] = [asdict(v) if is_dataclass(v) and not isinstance(v, type) else v
                         for v in value]
        elif is_dataclass(value) and not isinstance(value, type):
            data[key] = asdict(value)
    return data


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# --- parser -------------------------------------------------------------------------------------

CONFIG_HELP = ("config file, before or after the command (default: $MONITOR_CONFIG, "
               "./config/monitor.toml, or the bundled default)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="monitor", description="Watch TV news feeds; alert when a season's status changes.")
    parser.add_argument("--version", action="version", version=f"monitor {__version__}")
    parser.add_argument("--log-format", default="text", choices=("text", "json"),
                        help="log lines as text (default) or as JSON objects")
    parser.add_argument("--log-level", default=None,
                        choices=("debug", "info", "warning", "error"),
                        help="log verbosity (default: for run, the config's monitor.log_level; "
                             "for other commands, warning)")
    parser.add_argument("--config", type=Path, default=None, help=CONFIG_HELP)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    def config_arg(p: argparse.ArgumentParser) -> None:
        # SUPPRESS: given after the command it wins; not given, the one before it stands.
        p.add_argument("--config", type=Path, default=argparse.SUPPRESS, help=CONFIG_HELP)

    p = add("run", cmd_run, "run the monitor as a service until SIGTERM/SIGINT")
    config_arg(p)
    p.add_argument("--http", metavar="HOST:PORT",
                   help="also serve the read-only status page there (default: the config's "
                        "http.listen; beyond loopback it needs http.token_env)")

    p = add("poll", cmd_poll, "poll every feed once, deliver the alerts, and exit")
    p.add_argument("--once", action="store_true", required=True,
                   help="one pass over all feeds (required; `monitor run` polls forever)")
    config_arg(p)

    p = add("replay", cmd_replay,
            "run a directory's feed.xml and its articles through the pipeline and print alerts")
    p.add_argument("directory", help="directory holding feed.xml and the article files")
    p.add_argument("--state", help="state file to use and keep (default: a fresh temporary one)")
    config_arg(p)
    p.add_argument("--json", action="store_true", help="one JSON object per alert per line")

    p = add("extract", cmd_extract, "print the facts of one article (reads no state)")
    p.add_argument("file", help="article file (.html or .txt), or with --jsonl a JSON-lines "
                                "file ('-' for stdin)")
    p.add_argument("--published", help="publication date YYYY-MM-DD (default: page metadata, "
                                       "else today)")
    p.add_argument("--url", help="source URL to attribute the facts to")
    p.add_argument("--json", action="store_true", help="print the facts as JSON")
    p.add_argument("--explain", action="store_true",
                   help="for each fact the rules that made it, for each dropped candidate the "
                        "rule that dropped it, for each title candidate why it was kept")
    p.add_argument("--jsonl", action="store_true",
                   help="input is JSON lines {id, text|html, url, title, published}; "
                        "output one {id, facts} line per input")
    config_arg(p)

    p = add("status", cmd_status, "one row per show and season: status, since, premiere, sources")
    p.add_argument("show", nargs="?",
                   help="only this show (any spelling; else every show whose name contains it)")
    p.add_argument("--season", type=int, help="only this season (with SHOW)")
    p.add_argument("--state", help="state file (default: the config's monitor.state)")
    p.add_argument("--json", action="store_true", help="one JSON object per row")
    config_arg(p)

    p = add("history", cmd_history, "the time line of one show, with evidence and sources")
    p.add_argument("show", help="show title (any case, with or without a leading 'The')")
    p.add_argument("--season", type=int, help="only this season")
    p.add_argument("--state", help="state file (default: the config's monitor.state)")
    p.add_argument("--json", action="store_true", help="one JSON object per fact")
    config_arg(p)

    p = add("alerts", cmd_alerts, "list the alert outbox with each channel's delivery state")
    p.add_argument("--failed", action="store_true", help="only alerts that failed somewhere")
    p.add_argument("--json", action="store_true", help="one JSON object per alert")
    p.add_argument("--state", help="state file (default: the config's monitor.state)")
    config_arg(p)
    alerts_sub = p.add_subparsers(dest="alerts_action", required=False, metavar="ACTION")
    retry = alerts_sub.add_parser("retry", help="re-queue an alert, or every failed one",
                                  description="re-queue an alert's undelivered deliveries, or "
                                              "every failed delivery")
    retry.add_argument("id", nargs="?", help="alert ID, or its start as `monitor alerts` shows it")
    retry.add_argument("--all-failed", action="store_true", help="every failed delivery")
    retry.add_argument("--state", help="state file (default: the config's monitor.state)")
    config_arg(retry)

    p = add("calendar", cmd_calendar,
            "write the premieres as an iCalendar file (the status page's /calendar.ics)")
    p.add_argument("--ics", nargs="?", const="-", metavar="FILE", required=True,
                   help="write RFC 5545 iCalendar to FILE (default or '-': standard output)")
    p.add_argument("--show", help="only this show's premieres (any spelling of its title)")
    p.add_argument("--since", metavar="YYYY-MM-DD",
                   help="premieres ending on or after this day (default: a year ago)")
    p.add_argument("--state", help="state file (default: the config's monitor.state)")
    config_arg(p)

    p = add("state", cmd_state, "copy a whole state between SQLite and PostgreSQL")
    state_sub = p.add_subparsers(dest="state_action", required=True, metavar="ACTION")
    copy = state_sub.add_parser(
        "copy", help="copy SRC into the new, empty DST and compare them",
        description="copy every row of the state SRC into DST (created if need be; it must "
                    "be empty), then compare row counts and checksums of facts, seasons and "
                    "outbox; exit 1 on any difference. A state is a file or a "
                    "postgresql:// URL (its password from PGPASSWORD or ~/.pgpass)")
    copy.add_argument("src", help="the state to copy (file or postgresql:// URL)")
    copy.add_argument("dst", help="where to copy it (file or postgresql:// URL)")
    config_arg(copy)

    p = add("test-alert", cmd_test_alert,
            "send a test alert through each configured channel and say what failed")
    p.add_argument("channel", nargs="?", help="only this channel")
    config_arg(p)

    p = add("health", cmd_health,
            "service health for monitoring: feeds' last success, unhealthy feeds, outbox "
            "backlog; exit 0 healthy, 1 degraded, 2 error")
    p.add_argument("--state", help="state file (default: the config's monitor.state)")
    p.add_argument("--json", action="store_true", help="the report as one JSON object")
    config_arg(p)

    p = add("doctor", cmd_doctor,
            "check the config, fetch each feed, reach each channel (sending nothing); "
            "exit 1 if anything is wrong")
    config_arg(p)

    p = add("watch", cmd_watch, "list, add or remove the shows that alert (edits the config "
                                "file in place, keeping its comments)")
    config_arg(p)
    actions = p.add_subparsers(dest="watch_action", required=True, metavar="ACTION")
    one = actions.add_parser("add", help="watch a show (or give a watched one more names)",
                             description="add a [[watch.shows]] table; a show already watched "
                                         "under any of its names gets the new aliases")
    one.add_argument("show", help="the show's title")
    one.add_argument("--alias", action="append", default=[], metavar="NAME",
                     help="another name articles use for it (repeatable)")
    config_arg(one)
    one = actions.add_parser("remove", help="stop watching a show",
                             description="remove the show's [[watch.shows]] table (named by "
                                         "its title or an alias, any spelling)")
    one.add_argument("show", help="the show's title or one of its aliases")
    config_arg(one)
    one = actions.add_parser("list", help="the watched shows", description="the watched "
                             "shows and their aliases, and whether every show alerts")
    one.add_argument("--json", action="store_true", help="as one JSON object")
    config_arg(one)

    p = add("feeds", cmd_feeds, "list, add, remove, import or export the feeds (edits the "
                                "config file in place, keeping its comments; OPML 2.0)")
    config_arg(p)
    actions = p.add_subparsers(dest="feeds_action", required=True, metavar="ACTION")
    one = actions.add_parser("add", help="poll a feed", description="add a [[feeds]] table")
    one.add_argument("url", help="the feed's http(s) URL (a local file: a path starting with "
                                 "/, ./ or ../, or a file:// URL)")
    one.add_argument("--name", help="display name (default: the URL)")
    one.add_argument("--interval", help='its own poll interval, e.g. "15m" (default: '
                                        "monitor.default_interval)")
    config_arg(one)
    one = actions.add_parser("remove", help="stop polling a feed",
                             description="remove the feed's [[feeds]] table")
    one.add_argument("feed", help="the feed's URL or name")
    config_arg(one)
    one = actions.add_parser("list", help="the configured feeds",
                             description="every configured feed: name, URL, interval")
    one.add_argument("--json", action="store_true", help="one JSON object per feed")
    config_arg(one)
    one = actions.add_parser("import", help="add the feeds of an OPML file",
                             description="add every feed an OPML subscription list names "
                                         "(as feed readers export it); feeds already there "
                                         "are skipped and listed; exit 1 if one is refused")
    one.add_argument("file", help="the .opml file")
    config_arg(one)
    one = actions.add_parser("export", help="write the feeds as OPML 2.0",
                             description="write the configured feeds as an OPML 2.0 "
                                         "subscription list, for a feed reader")
    one.add_argument("file", help="the .opml file to write ('-' for stdout)")
    config_arg(one)

    p = add("mute", cmd_mute, "hold (or drop) the alerts of a show or one season, for good or "
                              "until a time; facts are still recorded")
    p.add_argument("show", help="the show (any spelling, or an alias)")
    p.add_argument("--season", type=int, help="only this season (default: every season)")
    p.add_argument("--until", metavar="WHEN",
                   help="when it ends: a date (2025-06-01: its start, UTC), a time "
                        "(2025-06-01T18:00) or a duration (7d, 12h); default: until unmuted")
    p.add_argument("--drop", action="store_true",
                   help="record its alerts as suppressed and never send them (default: hold "
                        "them and send them when the mute ends)")
    p.add_argument("--state", help="state file (default: the config's monitor.state)")
    config_arg(p)

    p = add("unmute", cmd_unmute, "end a show's mutes (or one season's); what they held goes "
                                  "out on the next delivery pass")
    p.add_argument("show", help="the show (any spelling, or an alias)")
    p.add_argument("--season", type=int, help="only this season's own mute")
    p.add_argument("--state", help="state file (default: the config's monitor.state)")
    config_arg(p)

    p = add("mutes", cmd_mutes, "the mutes in force: show, season, mode, until, alerts held")
    p.add_argument("--json", action="store_true", help="one JSON object per mute")
    p.add_argument("--state", help="state file (default: the config's monitor.state)")
    config_arg(p)

    p = add("shows", cmd_shows, "list the shows; merge, rename, hide or unhide one the "
                                "extractor got wrong (past and future facts)")
    config_arg(p)
    actions = p.add_subparsers(dest="shows_action", required=True, metavar="ACTION")
    one = actions.add_parser("list", help="every show with its seasons and aliases",
                             description="every show stored: seasons, the names merged into "
                                         "it, and whether it is hidden")
    one.add_argument("--all", action="store_true", help="hidden shows too")
    one.add_argument("--json", action="store_true", help="one JSON object per show")
    for name, help_text in (
            ("merge", "make SOURCE a name of TARGET: its facts become TARGET's, the seasons "
                      "are derived again (alerting only what neither had), and future facts "
                      "about SOURCE go to TARGET"),
            ("rename", "call a show by another name from now on (merging it into NEW if that "
                       "show exists)")):
        one = actions.add_parser(name, help=help_text.split(":")[0], description=help_text)
        one.add_argument("source", metavar="OLD" if name == "rename" else "SOURCE",
                         help="the show as the extractor named it")
        one.add_argument("target", metavar="NEW" if name == "rename" else "TARGET",
                         help="the show it is" if name == "merge" else "its right name")
    for name, help_text in (
            ("hide", "leave a show that is none out of status lists and pages; it alerts no "
                     "one (its facts are still recorded)"),
            ("unhide", "show a hidden show again")):
        one = actions.add_parser(name, help=help_text, description=help_text)
        one.add_argument("name", help="the show (any spelling, or an alias)")
    for one in actions.choices.values():
        one.add_argument("--state", help="state file (default: the config's monitor.state)")
        config_arg(one)

    p = add("eval", cmd_eval, "score the fact extractor against a labelled corpus directory, "
                              "or replay its time lines (--timelines) and score the alerts")
    p.add_argument("corpus", nargs="?",
                   help="directory in the devset (articles/*.json) or seeds "
                        "(labels.json + files) format")
    p.add_argument("--timelines", metavar="DIR",
                   help="replay the time lines of DIR/timelines.json article by article "
                        "(articles → facts → state → alerts) and report per time line: final "
                        "status right, every step right, false status alerts")
    p.add_argument("--gold", action="store_true",
                   help="with --timelines: use the articles' labelled facts instead of the "
                        "extractor's (tests the status rules alone)")
    p.add_argument("--pseudo", action="store_true",
                   help="with --timelines: replay every show and season the open folds' "
                        "labels name as a time line (articles in publication order, expected "
                        "statuses from the labelled facts); lists the failing ones, the totals "
                        "and the false status alerts by cause; the sealed folds are never read")
    p.add_argument("--causes", action="store_true",
                   help="with --timelines: also list the false status alerts by cause, "
                        "and the final statuses short of the expected one by the stage "
                        "that lost them")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="list every miss and false fact (with --timelines: every step)")
    p.add_argument("--markdown", action="store_true", help="the table as Markdown (for docs)")
    p.add_argument("--folds", type=int, metavar="K",
                   help="score the repository's fixed folds one by one (K=5; another K splits "
                        "the corpus afresh), then pooled, open and sealed")
    p.add_argument("--only", metavar="N[,M]", help="score only these folds")
    p.add_argument("--unseal", action="store_true",
                   help="also list the misses and false facts of the sealed folds' articles "
                        "(with --timelines: the sealed time lines)")
    return parser


_log_handler: logging.Handler | None = None


class JSONLogFormatter(logging.Formatter):
    """One JSON object per line: for journald/Loki/ELK pipelines that parse fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a line is logged, not when the handler was
    made (tests and embedders replace it; a handler holding an old one writes nowhere)."""

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass


def configure_logging(level: str, log_format: str = "text") -> None:
    """Human-readable lines by default, JSON lines with ``--log-format json``; to stderr."""
    handler = StderrHandler()
    handler.setFormatter(JSONLogFormatter() if log_format == "json" else logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    global _log_handler
    if _log_handler is not None:  # main() called again in one process (tests, embedding)
        root.removeHandler(_log_handler)
    _log_handler = handler
    root.addHandler(handler)
    set_log_level(level)


#: Libraries whose INFO lines are routine chatter: APScheduler says "Running job …" and
#: "… executed successfully" for every run of every job (two lines every 30 s at least).
CHATTY_LOGGERS = ("apscheduler",)


def set_log_level(level: str) -> None:
    """The root logger's level; the chatty libraries speak up only at debug."""
    number = getattr(logging, level.upper())
    logging.getLogger().setLevel(number)
    for name in CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET if number <= logging.DEBUG
                                         else max(number, logging.WARNING))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    level = args.log_level or ("info" if args.command == "run" else "warning")
    configure_logging(level, args.log_format)
    try:
        return int(args.func(args))
    except MonitorError as exc:
        print(f"monitor: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`monitor history X | head`): not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
