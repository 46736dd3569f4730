"""A season's story, from facts to real receivers: late news, a moved premiere, a changed
episode order, each alerted once through the outbox to a webhook (signed receiver) and email
(aiosmtpd), with the fields that say what moved and who said so before."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from alert_servers import WEBHOOK_SECRET, SMTPServer, WebhookReceiver

from monitor.alerts.channels import ConsoleChannel, build_channel
from monitor.alerts.delivery import deliver_pending
from monitor.alerts.messages import alert_context, render_digest, template_environment
from monitor.models import Alert, Article, Fact
from monitor.store.state import StateLocation, StateStore

NOW = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)


def fact(kind: str, date: str | None, certainty: str = "confirmed",
         value: int | None = None) -> Fact:
    return Fact(show="Preacher", season=2, kind=kind, date=date,  # type: ignore[arg-type]
                certainty=certainty, value=value,  # type: ignore[arg-type]
                evidence=f"Preacher season 2: {kind} {date or value}.")


def tell(store: StateStore, url: str, published: str, *facts: Fact) -> list[Alert]:
    article = Article(url=url, title=url, text=url, published=dt.date.fromisoformat(published))
    return store.articles.ingest(article, list(facts), watched=lambda _t: True,
                        channels=("hook", "mail"), now=NOW)


def the_story(store: StateStore) -> dict[str, Alert]:
    """Filming, a wrap reported two months late, a premiere date, its move, a new order."""
    [filming] = tell(store, "https://news.example/shoot", "2016-11-01",
                     fact("filming_started", "2016-11-01"))
    [wrapped] = tell(store, "https://news.example/wrap", "2017-03-01",
                     fact("filming_wrapped", "2016-12-20"))
    [scheduled] = tell(store, "https://news.example/date", "2017-03-10",
                       fact("premiere", "2017-06-19"), fact("episode_count", None, value=13))
    moved, episodes = tell(store, "https://news.example/moved", "2017-05-08",
                           fact("premiere", "2017-06-25"), fact("episode_count", None, value=10))
    # A recap repeating the first date and count alerts nothing.
    assert tell(store, "https://news.example/recap", "2017-05-20",
                fact("premiere", "2017-06-19"), fact("episode_count", None, value=13)) == []
    return {"filming": filming, "wrapped": wrapped, "scheduled": scheduled, "moved": moved,
            "episodes": episodes}


def channels(receiver: WebhookReceiver, smtp: SMTPServer) -> dict[str, Any]:
    environ = {"HOOK_SECRET": WEBHOOK_SECRET}
    return {
        "hook": build_channel("hook", {"kind": "webhook", "url": receiver.url,
                                       "secret_env": "HOOK_SECRET"},
                              environ=environ, source="monitor.toml"),
        "mail": build_channel("mail", {"kind": "email", "host": "127.0.0.1",
                                       "port": smtp.port, "security": "none",
                                       "from": "monitor@example.com",
                                       "to": ["you@example.com"]},
                              environ=environ, source="monitor.toml"),
    }


def test_the_story_reaches_the_webhook_with_late_and_moved_fields(
        state_location: StateLocation, signed_receiver: WebhookReceiver,
        smtp: SMTPServer) -> None:
    with StateStore(state_location) as store:
        story = the_story(store)
        report = deliver_pending(store.outbox, channels(signed_receiver, smtp), now=NOW)
    assert report.sent == 10, report
    got = {r.json()["id"]: r.json() for r in signed_receiver.received}
    assert all(r.signature_ok for r in signed_receiver.received)
    assert len(got) == 5

    wrapped = got[story["wrapped"].id]
    assert (wrapped["type"], wrapped["from"], wrapped["to"], wrapped["date"]) == (
        "status_change", "filming", "wrapped", "2016-12-20")
    assert wrapped["reported_late"] is True and wrapped["previous_date"] is None
    assert got[story["filming"].id]["reported_late"] is False

    moved = got[story["moved"].id]
    assert (moved["type"], moved["from"], moved["to"]) == (
        "premiere_moved", "premiere_scheduled", "premiere_scheduled")
    assert (moved["previous_date"], moved["date"]) == ("2017-06-19", "2017-06-25")
    assert moved["sources"] == ["https://news.example/moved"]
    assert moved["previous_sources"] == ["https://news.example/date"]
    assert moved["reported_late"] is False

    episodes = got[story["episodes"].id]
    assert (episodes["type"], episodes["previous_episode_count"], episodes["episode_count"]) == (
        "episodes_changed", 13, 10)
    assert episodes["previous_date"] is None
    # Every payload carries the new keys, set or not.
    for payload in got.values():
        assert {"reported_late", "previous_date", "previous_sources", "episode_count",
                "previous_episode_count"} <= payload.keys()


def test_the_story_reaches_the_inbox_saying_late_and_moved(
        tmp_path: Path, receiver: WebhookReceiver, smtp: SMTPServer) -> None:
    with StateStore(tmp_path / "state.db") as store:
        story = the_story(store)
        deliver_pending(store.outbox, channels(receiver, smtp), now=NOW)
    mails = {m.message["X-Monitor-Alert-Id"]: m.message for m in smtp.mails}
    assert len(mails) == 5

    late = mails[story["wrapped"].id]
    assert late["Subject"] == "Preacher S2: filming → wrapped (20 Dec 2016, reported late)"
    text = late.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = late.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "Reported late: wrapped on 20 Dec 2016." in text
    assert "Reported late: wrapped on 20 Dec 2016." in html

    moved = mails[story["moved"].id]
    assert moved["Subject"] == "Preacher S2: premiere moved: 19 Jun 2017 → 25 Jun 2017"
    assert moved["In-Reply-To"] == late["In-Reply-To"]  # one thread per season
    text = moved.get_body(("plain",)).get_content().replace("\r\n", "\n")  # type: ignore[union-attr]
    html = moved.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "Previously:  19 Jun 2017" in text
    assert "Previously stated by:\n  - https://news.example/date" in text
    assert "https://news.example/moved" in text
    assert "Premiere moved: 19 Jun 2017 → 25 Jun 2017" in html
    assert '<a href="https://news.example/date"' in html

    episodes = mails[story["episodes"].id]
    assert episodes["Subject"] == "Preacher S2: episode order changed: 13 → 10"
    text = episodes.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Previously:  13 episodes" in text

    plain_status = mails[story["scheduled"].id].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Reported late" not in plain_status and "Previously" not in plain_status


def test_console_digest_and_apprise_texts_say_late_and_moved(tmp_path: Path) -> None:
    with StateStore(tmp_path / "state.db") as store:
        story = the_story(store)
    out = io.StringIO()
    console = ConsoleChannel("console", stream=out)
    console.send(story["wrapped"])
    console.send(story["moved"])
    printed = out.getvalue()
    assert "Preacher S2: filming → wrapped (20 Dec 2016, reported late) [confirmed]" in printed
    assert "    reported late: wrapped on 20 Dec 2016" in printed
    assert "Preacher S2: premiere moved: 19 Jun 2017 → 25 Jun 2017 [" in printed
    assert "    previously: https://news.example/date" in printed

    env = template_environment()
    digest = render_digest(env, "digest.txt", list(story.values()))
    assert "Reported late: wrapped on 20 Dec 2016." in digest
    assert "premiere moved: 19 Jun 2017 → 25 Jun 2017" in digest
    subject = render_digest(env, "digest_subject.txt", list(story.values()))
    assert "Preacher S2 wrapped" in subject
    body = env.get_template("apprise_body.txt").render(alert_context(story["wrapped"]))
    assert "Reported late: wrapped on 20 Dec 2016." in body
