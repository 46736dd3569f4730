"""A shoot's start told only inside a quoted post of the show's people (round 37,
r37quotes; issues 10, 11).

Entertainment sites quote a star's or a crew member's social post as the news of a shoot:
"Star Dana Holt shared a photo from the set, writing: 'First day of filming on Salt Road
season 2!'", "'Day one of shooting series 4 of Havana,' she posted on Instagram". The
quotation opens with the cast's or crew's own words of the start and is told as posted,
written, shared or captioned: the show's own announcement (rule ``speech.start_post``,
``patterns.START_POST_OPENING_RE``; the post told before its quotation now also by its
participle, "writing:", "captioning it:"). A wrap's post was read already (round 35,
``speech.wrap_post``).

Controls keep their output: a fan's post, a wish or a wait inside the post ("can't wait",
"hopefully ... next year", a question), a quotation told as said to reporters (no post), a
post of the first season remembered, and the round 35 wrap post.

All names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import explained, facts_of

PUBLISHED = dt.date(2026, 3, 12)

#: (id, headline, body, expected (show, season, kind) set). New cells fail on 9369199.
NEW: tuple[tuple[str, str, str, set[tuple[str, int | None, str]]], ...] = (
    ("writing-first-day-of-filming", "Salt Road star shares first look from the set",
     "Star Dana Holt shared a photo from the set on Instagram on Tuesday, writing: 'First "
     "day of filming on Salt Road season 2!'",
     {("Salt Road", 2, "filming_started")}),
    ("quote-first-posted-after", "Lantern House is back",
     "\u201cFirst day of filming on Lantern House season 3!\u201d Dana Holt posted on "
     "Instagram on Tuesday.",
     {("Lantern House", 3, "filming_started")}),
    ("day-one-of-shooting-uk-series", "Copper Vale cast reunite",
     "'Day one of shooting series 4 of Copper Vale,' Tobin Reyes wrote on X on Tuesday "
     "morning.",
     {("Copper Vale", 4, "filming_started")}),
    ("captioning-first-day-on-set", "Glass Harbor star teases new season",
     "Glass Harbor star Mara Quell shared a selfie from the studio, captioning it: 'First "
     "day on set for Glass Harbor season 2!'",
     {("Glass Harbor", 2, "filming_started")}),
    ("back-on-set-show-in-headline", "Copper Vale star Dana Holt shares a snap from Belfast",
     "'Back on set for series 4,' Dana Holt posted on Instagram on Tuesday.",
     {("Copper Vale", 4, "filming_started")}),
    ("were-officially-back-filming", "Glass Harbor star shares set photo",
     "\"We're officially back filming Glass Harbor season 3!\" Tobin Reyes shared on "
     "Instagram on Tuesday.",
     {("Glass Harbor", 3, "filming_started")}),
    ("exclamation-then-posted-sentence", "Salt Road star's new post",
     "\u201cDay one of filming Salt Road series 2!\u201d Dana Holt wrote on Instagram on "
     "Tuesday.",
     {("Salt Road", 2, "filming_started")}),
)

#: Near misses whose output must stay as on the base (none of these gives a start).
CONTROLS: tuple[tuple[str, str, str], ...] = (
    ("fan-wish-cant-wait", "Salt Road fans are ready",
     "'Can't wait for the first day of filming on Salt Road season 2!' one fan wrote on X."),
    ("fan-post", "Salt Road fans are ready",
     "'First day of filming on Salt Road season 2!' a fan posted on Tuesday, sharing a "
     "mock call sheet."),
    ("star-hope-next-year", "Salt Road star looks ahead",
     "'Hopefully back on set for Salt Road season 3 next year,' Dana Holt wrote on "
     "Instagram."),
    ("star-question", "Salt Road star teases fans",
     "'First day of filming on Salt Road season 3 soon?' Dana Holt posted on Tuesday."),
    ("told-reporters-not-a-post", "Salt Road star remembers",
     "\u201cBack on set after all these years felt strange,\u201d Dana Holt told reporters "
     "of the Salt Road reunion special."),
    ("reporter-wrote-first-day", "Salt Road review",
     "'First day of filming on Salt Road season 2!' our reporter wrote from the press line, "
     "though the shoot was cancelled."),
)


@pytest.mark.parametrize("headline,body,expected",
                         [pytest.param(h, b, e, id=i) for i, h, b, e in NEW])
def test_a_start_told_in_a_quoted_post_is_read(
        headline: str, body: str, expected: set[tuple[str, int | None, str]]) -> None:
    got = {(f.show, f.season, f.kind) for f in facts_of(body, headline, PUBLISHED)
           if f.kind == "filming_started"}
    assert got == expected
    assert all(f.certainty == "confirmed" for f in facts_of(body, headline, PUBLISHED)
               if f.kind == "filming_started")


@pytest.mark.parametrize("headline,body", [pytest.param(h, b, id=i) for i, h, b in CONTROLS])
def test_a_wished_or_not_own_post_gives_no_start(headline: str, body: str) -> None:
    assert not [f for f in facts_of(body, headline, PUBLISHED) if f.kind == "filming_started"]


def test_the_rule_shows_in_explain() -> None:
    assert "speech.start_post" in explained(
        "\u201cFirst day of filming on Lantern House season 3!\u201d Dana Holt posted on "
        "Instagram.", "Lantern House is back", PUBLISHED)


def test_the_wrap_post_keeps_its_reading() -> None:
    facts = facts_of("'That's a wrap on Salt Road season 2!' Dana Holt wrote on Instagram on "
                     "Tuesday.", "Salt Road star says goodbye", PUBLISHED)
    assert {(f.show, f.season, f.kind) for f in facts} == {
        ("Salt Road", 2, "filming_wrapped")}
