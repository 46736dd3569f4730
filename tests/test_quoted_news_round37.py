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


#: A rescue told with no saviour or as a lifeline (``patterns`` renewal vocabulary; the
#: rescued name a title's subject, ``shows._TRIGGER_AFTER_RE``; the network of "with Kestrel
#: ordering a third series" its decider, ``title.veto.role_decider``). New cells fail on
#: 9369199.
RESCUES: tuple[tuple[str, str, str, set[tuple[str, int | None, str]]], ...] = (
    ("saved-with-network-ordering", "Good news for Salt Road fans",
     "Salt Road has been saved, with Kestrel ordering a third series after Ostrava TV "
     "dropped it.",
     {("Salt Road", 3, "renewed")}),
    ("rescued-with-network-commissioning", "Good news for Copper Vale fans",
     "Copper Vale has officially been rescued, with Tovrel commissioning a second season.",
     {("Copper Vale", 2, "renewed")}),
    ("thrown-a-lifeline-by", "Glass Harbor lives on",
     "Glass Harbor has been thrown a lifeline by Kestrel, which has commissioned a fourth "
     "series.",
     {("Glass Harbor", 4, "renewed")}),
    ("handed-a-fresh-lifeline-for-a-series", "Drama news",
     "Lantern House has been handed a fresh lifeline by Kestrel for a second series.",
     {("Lantern House", 2, "renewed")}),
    ("revived-by-network-for-a-season", "Saltmarsh revived",
     "Saltmarsh has been revived by Kestrel for a third season.",
     {("Saltmarsh", 3, "renewed")}),
)

#: Near misses: a character saved in a recap, a set saved from a fire, a fan's hope.
RESCUE_CONTROLS: tuple[tuple[str, str, str], ...] = (
    ("recap-character-saved", "Salt Road recap: season 2, episode 5",
     "In the episode, Marta has been saved, with Tobin pulling her from the river."),
    ("set-saved-from-fire", "Salt Road set damaged",
     "The Salt Road set has been saved from the fire, a spokesperson said."),
)


@pytest.mark.parametrize("headline,body,expected",
                         [pytest.param(h, b, e, id=i) for i, h, b, e in RESCUES])
def test_a_rescue_is_a_renewal(headline: str, body: str,
                               expected: set[tuple[str, int | None, str]]) -> None:
    got = {(f.show, f.season, f.kind) for f in facts_of(body, headline, PUBLISHED)
           if f.kind in ("renewed", "cancelled")}
    assert got == expected


@pytest.mark.parametrize("headline,body",
                         [pytest.param(h, b, id=i) for i, h, b in RESCUE_CONTROLS])
def test_a_rescue_of_no_show_gives_no_renewal(headline: str, body: str) -> None:
    assert not [f for f in facts_of(body, headline, PUBLISHED) if f.kind == "renewed"]


#: A listings line: a time, the show, its season and first episode, labelled the season's
#: premiere (``patterns.TRIGGER_EXCLUDE``'s episode number no longer vetoes the first episode
#: so labelled). New cells fail on 9369199.
LISTINGS: tuple[tuple[str, str, str, set[tuple[str, int | None, str]]], ...] = (
    ("time-show-season-episode-1-season-premiere-on-date", "TV listings: March 14",
     "9:00 PM — Glass Harbor (Season 2, Episode 1) — Season premiere on Kestrel, March 14.",
     {("Glass Harbor", 2, "premiere")}),
    ("uk-time-series-episode-1-colon-season-premiere", "What's on: Saturday 14 March",
     "21:00 – Lantern House (Series 3, Episode 1): Season premiere on Tovrel, 14 March.",
     {("Lantern House", 3, "premiere")}),
)

#: Near misses: an ordinary episode's line, a line's first episode with no premiere label, a
#: film's listing.
LISTING_CONTROLS: tuple[tuple[str, str, str], ...] = (
    ("ordinary-episode-line", "TV listings: March 14",
     "9:00 PM — Glass Harbor (Season 2, Episode 4) — New episode on Kestrel, March 14."),
    ("episode-four-labelled-premiere", "TV listings: March 14",
     "9:00 PM — Glass Harbor (Season 2, Episode 4) — Midseason premiere on Kestrel, March 14."),
)


@pytest.mark.parametrize("headline,body,expected",
                         [pytest.param(h, b, e, id=i) for i, h, b, e in LISTINGS])
def test_a_listings_line_of_a_season_premiere_is_read(
        headline: str, body: str, expected: set[tuple[str, int | None, str]]) -> None:
    got = {(f.show, f.season, f.kind) for f in facts_of(body, headline, PUBLISHED)
           if f.kind == "premiere"}
    assert got == expected
    assert {f.date for f in facts_of(body, headline, PUBLISHED) if f.kind == "premiere"} == {
        "2026-03-14"}


@pytest.mark.parametrize("headline,body",
                         [pytest.param(h, b, id=i) for i, h, b in LISTING_CONTROLS])
def test_a_listings_line_of_another_episode_gives_no_premiere(headline: str, body: str) -> None:
    assert not [f for f in facts_of(body, headline, PUBLISHED) if f.kind == "premiere"]


def test_the_rule_shows_in_explain() -> None:
    assert "speech.start_post" in explained(
        "\u201cFirst day of filming on Lantern House season 3!\u201d Dana Holt posted on "
        "Instagram.", "Lantern House is back", PUBLISHED)


def test_the_wrap_post_keeps_its_reading() -> None:
    facts = facts_of("'That's a wrap on Salt Road season 2!' Dana Holt wrote on Instagram on "
                     "Tuesday.", "Salt Road star says goodbye", PUBLISHED)
    assert {(f.show, f.season, f.kind) for f in facts} == {
        ("Salt Road", 2, "filming_wrapped")}
