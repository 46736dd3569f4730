"""Premiere calendars, round-ups and trackers as layouts (issue 10, round 6).

Every page here is invented, in the layouts trade and fan sites use for listings: date
headings with shows under them, one line per show with its date anywhere on the line, show
headings with a "Premiere date:" field, tracker rows, "new" / "returning" / "finale" labels,
and the decorations (times, networks, "(limited series)") in any order. Each page is handed
to the extractor as the page reader hands it (plain lines), with the facts it states.
"""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from articles import facts_of

_PUBLISHED = dt.date(2024, 8, 20)


def _facts(text: str, title: str, published: dt.date = _PUBLISHED
           ) -> dict[tuple[str, str], tuple[int | None, str | None, str]]:
    """(show, kind) -> (season, date, certainty): one fact a show and kind in a listing."""
    return {(f.show, f.kind): (f.season, f.date, f.certainty)
            for f in facts_of(text, title, published, "https://tv.example/listing")}


# (a) date headings govern the shows under them until the next date heading.
DATE_HEADINGS = (
    "Fall TV 2024: Premiere Dates for Every New and Returning Show",
    """The broadcast networks have filled in their fall schedules. Here is every premiere
date we know so far, day by day.
Sunday, Sept. 8
8 p.m. Harbor Lights, NBC (season 3 premiere)
9 p.m. Copper Field (ABC) — series premiere
Monday, Sept. 9
Salt Road (Fox) — season 2 premiere
10 p.m. Tin Roof, The CW (series finale)
Wednesday, Sept. 25
Glass Orchard (CBS, new series)
Quarry Lane, NBC, 9 p.m. (final season)
Paper Kingdoms (Fox) – date TBA""",
    {
        ("Harbor Lights", "premiere"): (3, "2024-09-08"),
        ("Copper Field", "premiere"): (1, "2024-09-08"),
        ("Salt Road", "premiere"): (2, "2024-09-09"),
        ("Glass Orchard", "premiere"): (1, "2024-09-25"),
        ("Quarry Lane", "premiere"): (None, "2024-09-25"),
    },
    {("Tin Roof", "premiere"), ("Paper Kingdoms", "premiere")},
)

# (b) one line per show, its date in any position on the line.
DATED_LINES = (
    "Streaming premiere dates: every returning show this fall",
    """Mark your calendars. These are the return dates the streamers have confirmed.
Sept. 12: Marrow Creek, Season 4 (Netflix)
Sept. 19: Quarry Lane, Tin Roof and Glass Orchard
Lantern Bay (Max) – Season 2 premieres Oct. 5
Paper Kingdoms, Hulu, Oct. 3
Velvet Hours Season 2: Friday, Nov. 22 on Prime Video
Dec. 6 — The Long Meadow (Apple TV+), season 3""",
    {
        ("Marrow Creek", "premiere"): (4, "2024-09-12"),
        ("Quarry Lane", "premiere"): (None, "2024-09-19"),
        ("Tin Roof", "premiere"): (None, "2024-09-19"),
        ("Glass Orchard", "premiere"): (None, "2024-09-19"),
        ("Lantern Bay", "premiere"): (2, "2024-10-05"),
        ("Paper Kingdoms", "premiere"): (None, "2024-10-03"),
        ("Velvet Hours", "premiere"): (2, "2024-11-22"),
        ("The Long Meadow", "premiere"): (3, "2024-12-06"),
    },
    set(),
)

# (c) show headings with a "Premiere date:" / "Release date:" / "Status:" field under them.
FIELDS = (
    "Fall 2024 TV guide: new and returning shows",
    """Everything you need to know about the season's biggest shows.
Harbor Lights
Network: NBC
Premiere date: Sunday, Sept. 8 at 8 p.m.
Status: Returning for season 3
Copper Field
Where to watch: ABC
Release date: Oct. 14, 2024
Status: New series
Salt Road
Network: Fox
Release date: TBA""",
    {
        ("Harbor Lights", "premiere"): (3, "2024-09-08"),
        ("Copper Field", "premiere"): (1, "2024-10-14"),
    },
    {("Salt Road", "premiere")},
)

# (d) tracker tables flattened to rows.
TRACKER_ROWS = (
    "Fall 2024 premiere tracker",
    """The table below is updated as the networks announce dates.
Show Network Premiere date
Harbor Lights NBC Sept. 8
Copper Field ABC Oct. 14
Marrow Creek Netflix Sept. 12
Glass Orchard CBS Spring 2025
Salt Road Fox TBA""",
    {
        ("Glass Orchard", "premiere"): (None, "2025-SP"),
        ("Harbor Lights", "premiere"): (None, "2024-09-08"),
        ("Copper Field", "premiere"): (None, "2024-10-14"),
        ("Marrow Creek", "premiere"): (None, "2024-09-12"),
    },
    {("Salt Road", "premiere")},
)

# (e) "new" / "returning" / "finale" labels: a season or series premiere is one, a finale or a
# midseason return is not.
LABELS = (
    "What's new on TV this week",
    """Here is what is on this week, from big debuts to farewells.
Tuesday, Sept. 17
Copper Field (NBC) – midseason return
Glass Orchard (ABC) – new
Thursday, Sept. 19
Marrow Creek (Netflix) – season finale
Lantern Bay (Max) – series premiere
Salt Road (Fox) – returning series, season 5""",
    {
        ("Glass Orchard", "premiere"): (1, "2024-09-17"),
        ("Lantern Bay", "premiere"): (1, "2024-09-19"),
        ("Salt Road", "premiere"): (5, "2024-09-19"),
    },
    {("Copper Field", "premiere"), ("Marrow Creek", "premiere")},
)

# (f) decorations in any order: times, networks, platforms, "(limited series)".
DECORATIONS = (
    "Winter premiere calendar: the new and returning shows to watch",
    """Every winter premiere date, in order.
Jan. 3
Quarry Lane (limited series), 9 p.m., FX
Hulu, 12 a.m.: Paper Kingdoms (season 2)
Jan. 10
The Long Meadow, 10/9c, HBO (final season)
Velvet Hours (new series) – Peacock""",
    {
        ("Quarry Lane", "premiere"): (None, "2025-01-03"),
        ("Paper Kingdoms", "premiere"): (2, "2025-01-03"),
        ("The Long Meadow", "premiere"): (None, "2025-01-10"),
        ("Velvet Hours", "premiere"): (1, "2025-01-10"),
    },
    set(),
)

# Precision: a listing's boxes name shows that get no fact.
NEGATIVES = (
    "Salt Road season 2 premiere date set at Fox",
    """Salt Road will return for its second season on Monday, Sept. 9, Fox announced.
Where to watch
Harbor Lights (NBC)
Copper Field (ABC)
More: Glass Orchard review
Related: Marrow Creek cast on the new season
Sept. 4, 2024 — Tin Roof trailer""",
    {("Salt Road", "premiere"): (2, "2024-09-09")},
    {("Harbor Lights", "premiere"), ("Copper Field", "premiere"),
     ("Glass Orchard", "premiere"), ("Marrow Creek", "premiere"), ("Tin Roof", "premiere")},
)

# Precision: two dates in prose are no list; a guest schedule names people, by weekday.
INLINE_NEGATIVES = (
    "Harbor Lights star on her new role",
    "Harbor Lights premiered on Sept. 8, 2022, and the network renewed it on Oct. 3, 2022.\n"
    "The talk show schedule for this week: Jane Doe on Monday, John Roe on Tuesday and "
    "Mary Major on Wednesday.\n"
    "Copper Field wrapped filming on Oct. 1, while Salt Road wrapped on Oct. 9.",
    {},
    {("Jane Doe", "premiere"), ("John Roe", "premiere"), ("Mary Major", "premiere"),
     ("Copper Field", "premiere"), ("Salt Road", "premiere")},
)

# Lists inside prose: a "premiere dates" phrase governs "Title on DATE" items after it.
INLINE_LISTS = (
    "Streamer sets its winter slate",
    # one line per paragraph, as the page reader hands it
    "The streamer has set premiere dates for its winter slate: Harbor Lights on Jan. 8, "
    "Copper Field on Jan. 15 and Salt Road on Feb. 2.\n"
    "It also released a batch of return dates. Glass Orchard returns Feb. 9, Marrow Creek on "
    "Feb. 16, Lantern Bay on March 1.\n"
    "The network announced the dates on Tuesday, Nov. 12.\n"
    "It also set return dates for Quarry Lane (March 8) and Paper Kingdoms (March 15).\n"
    "The premiere dates: Velvet Hours, April 2; The Long Meadow, April 9.\n"
    "The streamer also dated Tin Roof, which returns May 7, and Lucky 9, which is set for "
    "May 14.",
    {
        ("Harbor Lights", "premiere"): (None, "2025-01-08"),
        ("Copper Field", "premiere"): (None, "2025-01-15"),
        ("Salt Road", "premiere"): (None, "2025-02-02"),
        ("Glass Orchard", "premiere"): (None, "2025-02-09"),
        ("Marrow Creek", "premiere"): (None, "2025-02-16"),
        ("Lantern Bay", "premiere"): (None, "2025-03-01"),
        ("Quarry Lane", "premiere"): (None, "2025-03-08"),
        ("Paper Kingdoms", "premiere"): (None, "2025-03-15"),
        ("Velvet Hours", "premiere"): (None, "2025-04-02"),
        ("The Long Meadow", "premiere"): (None, "2025-04-09"),
        ("Tin Roof", "premiere"): (None, "2025-05-07"),
        ("Lucky 9", "premiere"): (None, "2025-05-14"),
    },
    {("The premiere dates", "premiere")},
)

# Show headings whose "Status:" field gives a decision: a scorecard in fields.
STATUS_FIELDS = (
    "Renewed or cancelled? The fate of every fall show",
    """Here is where every show of the season stands.
Harbor Lights
Network: NBC
Status: Renewed for season 4
Copper Field
Network: ABC
Status: Cancelled after one season
Salt Road
Network: Fox
Status: Awaiting word""",
    {
        ("Harbor Lights", "renewed"): (4, None),
        ("Copper Field", "cancelled"): (1, None),
    },
    {("Salt Road", "renewed"), ("Salt Road", "cancelled")},
)


# "New on the streamer this week": originals, films with their year, specials; a month
# heading; ranked items.
NEW_THIS_WEEK = (
    "New on Netflix this week: every show and movie arriving",
    """Here is everything coming to the service this week.
Monday, Sept. 9
Harbor Lights: Season 2 (Netflix Original)
Sunset Drive (2019)
Copper Field (Netflix Original Series) – new
Tuesday, Sept. 10
Jane Doe: Live in Boston (Netflix Stand-up Special)
Salt Road Season 3
October
1. Glass Orchard (Netflix) – new series
2. Marrow Creek – Season 4, Netflix""",
    {
        ("Harbor Lights", "premiere"): (2, "2024-09-09"),
        ("Copper Field", "premiere"): (1, "2024-09-09"),
        ("Salt Road", "premiere"): (3, "2024-09-10"),
        ("Glass Orchard", "premiere"): (1, "2024-10"),
        ("Marrow Creek", "premiere"): (4, "2024-10"),
    },
    {("Sunset Drive", "premiere"), ("Jane Doe: Live in Boston", "premiere")},
)

# A tracker table with a season column, flattened with its cell separators.
SEASON_COLUMN = (
    "2024 premiere date tracker",
    """Show | Network | Season | Premiere
Harbor Lights | NBC | 3 | Sept. 8
Copper Field | ABC | 2 | Oct. 14
Salt Road | Fox | 5 | TBA""",
    {
        ("Harbor Lights", "premiere"): (3, "2024-09-08"),
        ("Copper Field", "premiere"): (2, "2024-10-14"),
    },
    {("Salt Road", "premiere")},
)

# Precision: a related-links box of dated headlines under a premiere story.
RELATED_LINKS = (
    "Harbor Lights season 3 premiere date set",
    """Harbor Lights will return for its third season on Sunday, Sept. 8, NBC announced.
Related stories
Glass Orchard Gets Premiere Date — Aug. 2, 2024
Copper Field Star Joins Salt Road — Aug. 9, 2024
Marrow Creek Finale Recap — July 30, 2024""",
    {("Harbor Lights", "premiere"): (3, "2024-09-08")},
    {("Glass Orchard Gets", "premiere"), ("Glass Orchard", "premiere"),
     ("Copper Field Star Joins Salt Road", "premiere"), ("Marrow Creek", "premiere")},
)


# Show headings with a premiere line and a paragraph under each: a preview's layout.
HEADED_PARAGRAPHS = (
    "The most anticipated shows of fall 2024",
    """From big returns to bold debuts, these are the shows we can't wait to see.
Harbor Lights (NBC)
Premieres Sunday, Sept. 8 at 8 p.m.
The drama picks up a year after the storm, with the family scattered across the coast.
Copper Field (ABC)
Series premiere: Monday, Oct. 14
A farmer inherits a haunted barn in this comedy from the team behind several hits.
Salt Road, season 2 (Fox)
Returns Tuesday, Oct. 1
The western's second season adds a new sheriff to the town.""",
    {
        ("Harbor Lights", "premiere"): (None, "2024-09-08"),
        ("Copper Field", "premiere"): (1, "2024-10-14"),
        ("Salt Road", "premiere"): (2, "2024-10-01"),
    },
    set(),
)


# Quoted titles after their network, one dated line each; and the same lines in a renewal
# tracker, where a line's date is the decision's and no premiere's.
QUOTED_LINES = (
    "Every premiere date, network by network",
    """Mark the dates: here is when each show comes back.
NBC “Harbor Lights”, Sept. 8. Season 3.
ABC “Copper Field”, Oct. 14. Series premiere.""",
    {
        ("Harbor Lights", "premiere"): (3, "2024-09-08"),
        ("Copper Field", "premiere"): (1, "2024-10-14"),
    },
    set(),
)
RENEWAL_TRACKER = (
    "Renewals of the summer",
    """The upcoming season will bring back most of these. The list so far, newest first:
NBC “Harbor Lights”, July 30, 2024. Season 3.
ABC “Copper Field”, July 14, 2024. Season 2.
FX “Salt Road”, July 2, 2024. Season 4. Will return in summer 2025.
HBO “Glass Orchard”, June 28, 2024. Season 2. New show runners hired.""",
    # the line's own news, its subject left out, is the line's show's (round 12:
    # target.elided_subject; the devset labels such a return as an expected premiere);
    # the lines' dates are no premieres
    {("Salt Road", "premiere"): (4, "2025-SU")},
    {("Harbor Lights", "premiere"), ("Copper Field", "premiere"), ("Glass Orchard", "premiere")},
)


# A British guide: day-month headings, channels and "9pm" slots; two shows on one line.
BRITISH_GUIDE = (
    "Autumn TV 2024: the new dramas and returning series to watch",
    """All the big autumn premiere dates in one place.
Monday 9 September
Harbor Lights – BBC One, 9pm (series 3)
Copper Field (ITV1), Glass Orchard (Channel 4)
Sunday 15 September
Salt Road, BBC Two, 8.30pm – new six-part drama""",
    {
        ("Harbor Lights", "premiere"): (3, "2024-09-09"),
        ("Copper Field", "premiere"): (None, "2024-09-09"),
        ("Glass Orchard", "premiere"): (None, "2024-09-09"),
        ("Salt Road", "premiere"): (1, "2024-09-15"),
    },
    set(),
)


# A blurb under each item keeps the date heading; a box after the calendar ends it.
BLURBS_AND_BOX = (
    "Fall premiere dates 2024: the complete calendar",
    """Every date, with what to expect.
Sunday, Sept. 8
Harbor Lights (NBC), 8 p.m.
The drama returns for its third season after last spring's cliffhanger left the town in ruins.
Copper Field (ABC), 9 p.m. – series premiere
A farmer inherits a haunted barn in this comedy from the team behind several network hits.
Where to watch
Salt Road (Fox)
Glass Orchard (CBS)""",
    {
        # the blurb under the item names its season
        ("Harbor Lights", "premiere"): (3, "2024-09-08"),
        ("Copper Field", "premiere"): (1, "2024-09-08"),
    },
    {("Salt Road", "premiere"), ("Glass Orchard", "premiere")},
)


# Precision: the page's date stamp at its top is no date heading.
STAMPED_STORY = (
    "Harbor Lights premiere date: what we know",
    """Tuesday, Aug. 20, 2024
The network has not set a date yet, but the cast has been busy.
Harbor Lights (NBC)
Copper Field (ABC)""",
    {},
    {("Harbor Lights", "premiere"), ("Copper Field", "premiere")},
)


# Platform headings over bare "Title — date" lines; a TBA heading ends the dates.
PLATFORM_HEADINGS = (
    "Coming to streaming in September: premiere dates",
    """The month's new and returning series, service by service.
Netflix
Harbor Lights — Sept. 12
Copper Field — Sept. 19
Hulu
Salt Road: Sept. 6
Date to be announced
Glass Orchard (Hulu)""",
    {
        ("Harbor Lights", "premiere"): (None, "2024-09-12"),
        ("Copper Field", "premiere"): (None, "2024-09-19"),
        ("Salt Road", "premiere"): (None, "2024-09-06"),
    },
    {("Glass Orchard", "premiere")},
)


# Scorecards: a status label leading a list of titles, a status heading over lists of titles
# with their networks, bulleted items with a season. Negatives: a photo credit, a lead-in
# with a colon, a table row with a status of its own.
SCORECARD = (
    "TV scorecard: every renewal and cancellation so far",
    """Here is where things stand after upfronts week.
Renewed: Harbor Lights, Copper Field (ABC) and Salt Road
Cancelled
Glass Orchard (CBS), Marrow Creek (Fox)
• Lantern Bay (NBC) – after two seasons
Jane Doe/NBC
The Long Meadow:
Likely to be renewed
• Paper Kingdoms (Hulu) – season 3
Velvet Hours Hulu Cancelled""",
    {
        ("Harbor Lights", "renewed"): (None, None),
        ("Copper Field", "renewed"): (None, None),
        ("Salt Road", "renewed"): (None, None),
        # a section's items stay undated (often a season's tally)
        ("Glass Orchard", "cancelled"): (None, None),
        ("Marrow Creek", "cancelled"): (None, None),
        ("Lantern Bay", "cancelled"): (2, None),
        ("Paper Kingdoms", "renewed"): (3, None),
    },
    {("Jane Doe/NBC", "cancelled"), ("Jane Doe", "cancelled"), ("The Long Meadow", "cancelled"),
     ("Velvet Hours", "renewed")},
)


# Precision: a finale calendar lists shows with dates that are no premieres; its premiere
# section, under a heading of its own, is a premiere listing again.
FINALE_CALENDAR = (
    "Winter finale schedule 2024: when your shows go on break",
    """The networks' fall finales, night by night.
Monday, Dec. 2
Harbor Lights (NBC), 8 p.m.
Copper Field (ABC), 9 p.m.
Winter premieres
Monday, Jan. 6
Salt Road (Fox), 8 p.m. – series premiere""",
    {("Salt Road", "premiere"): (1, "2025-01-06")},
    {("Harbor Lights", "premiere"), ("Copper Field", "premiere")},
)


# Scorecard lines that end with their verdict; a planned ending and an open verdict are no
# decision; an entry whose verdict follows a remark keeps its own reading.
VERDICT_LINES = (
    "Every renewal and cancellation of the 2024 season",
    """Here is the fate of every broadcast show.
Harbor Lights (NBC) – Renewed for season 4
Copper Field (ABC) – Cancelled after two seasons
Salt Road (Fox) – Ending with season 5
Glass Orchard (CBS): Renewed
Marrow Creek, NBC: Cancelled
Lucky 9 — CANCELED
Velvet Hours (Max) - Undecided
Paper Kingdoms — ON THE BUBBLE
Quarry Lane: Never in doubt. Officially renewed.
Tin Roof: A coin toss. Officially cancelled.""",
    {
        ("Harbor Lights", "renewed"): (4, None),
        ("Copper Field", "cancelled"): (2, None),
        ("Glass Orchard", "renewed"): (None, None),
        ("Marrow Creek", "cancelled"): (None, None),
        ("Lucky 9", "cancelled"): (None, None),
        ("Quarry Lane", "renewed"): (None, None),
        ("Tin Roof", "cancelled"): (None, None),
    },
    {("Salt Road", "cancelled"), ("Velvet Hours", "cancelled"), ("Velvet Hours", "renewed"),
     ("Paper Kingdoms", "renewed"), ("Paper Kingdoms", "cancelled"), ("Lucky", "cancelled")},
)


# The weekday after the date; an item whose only label is its kind word.
WEEKDAY_AFTER = (
    "Premiere calendar: the week ahead",
    """Every new and returning show this week.
Sept. 8 (Sunday)
Harbor Lights returns
Copper Field (ABC) – series premiere""",
    {
        ("Harbor Lights", "premiere"): (None, "2024-09-08"),
        ("Copper Field", "premiere"): (1, "2024-09-08"),
    },
    set(),
)


PAGES = {"date_headings": DATE_HEADINGS, "dated_lines": DATED_LINES, "fields": FIELDS,
         "tracker_rows": TRACKER_ROWS, "labels": LABELS, "decorations": DECORATIONS,
         "negatives": NEGATIVES, "inline_lists": INLINE_LISTS, "status_fields": STATUS_FIELDS,
         "inline_negatives": INLINE_NEGATIVES, "new_this_week": NEW_THIS_WEEK,
         "season_column": SEASON_COLUMN, "related_links": RELATED_LINKS,
         "headed_paragraphs": HEADED_PARAGRAPHS, "quoted_lines": QUOTED_LINES,
         "renewal_tracker": RENEWAL_TRACKER, "british_guide": BRITISH_GUIDE,
         "blurbs_and_box": BLURBS_AND_BOX, "stamped_story": STAMPED_STORY,
         "platform_headings": PLATFORM_HEADINGS, "scorecard": SCORECARD,
         "finale_calendar": FINALE_CALENDAR, "verdict_lines": VERDICT_LINES,
         "weekday_after": WEEKDAY_AFTER}
#: Pages read in another month than the fall calendars.
_PUBLISHED_ON = {"inline_lists": dt.date(2024, 11, 13), "status_fields": dt.date(2024, 11, 13),
                 "inline_negatives": dt.date(2024, 11, 13)}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_listing_layouts(name: str) -> None:
    title, text, expected, absent = PAGES[name]
    facts = _facts(text, title, _PUBLISHED_ON.get(name, _PUBLISHED))
    published = _PUBLISHED_ON.get(name, _PUBLISHED).isoformat()
    for key, (season, date) in expected.items():
        assert key in facts, f"{name}: {key} not found in {sorted(facts)}"
        assert facts[key][:2] == (season, date), f"{name}: {key} -> {facts[key]}"
        if date is not None and date > published:  # a date set for later: an official plan
            assert facts[key][2] == "expected", f"{name}: {key} -> {facts[key]}"
    for key in absent:
        assert key not in facts, f"{name}: {key} should not be a fact: {facts[key]}"
    if name == "scorecard":  # "Likely to be renewed": the heading's hedge
        assert facts[("Paper Kingdoms", "renewed")][2] == "speculative"


def test_a_page_without_a_headline_starts_with_it() -> None:
    """A text file read by `monitor extract` has no headline of its own: its first line is
    one, and a year in it ("Fall TV 2024: Premiere Dates ...") keeps it a listing's heading."""
    title, text, expected, _ = DATE_HEADINGS
    facts = _facts(f"{title}\n{text}", "")
    assert facts[("Quarry Lane", "premiere")][:2] == expected[("Quarry Lane", "premiere")]


# The pre-check of `listing_items` (issue 14): a line with no date of its own and no date
# heading over it is not read as an item. Each cue a date can need still lets its line in.
_CUED_PAGES = {
    "month": (["Sept. 12: Marrow Creek, Season 4 (Netflix)", "Sept. 19: Lantern Bay (Max)"],
              [("Marrow Creek", 4, "2024-09-12"), ("Lantern Bay", None, "2024-09-19")]),
    "slash": (["9/14: Marrow Creek, Season 4 (Netflix)", "9/21: Lantern Bay (Max)"],
              [("Marrow Creek", 4, "2024-09-14"), ("Lantern Bay", None, "2024-09-21")]),
    "year": (["Marrow Creek (Netflix) – season 4 premiere 2025",
              "Lantern Bay (Max) – series premiere 2025"],
             [("Marrow Creek", 4, "2025"), ("Lantern Bay", 1, "2025")]),
    "month heading in lower case": (
        ["september", "Marrow Creek (Netflix) – season 4 premiere",
         "Lantern Bay (Max), new series"],
        [("Marrow Creek", 4, "2024-09"), ("Lantern Bay", 1, "2024-09")]),
    "weekday heading": (
        ["Sunday", "8 p.m. Marrow Creek, NBC (season 3 premiere)",
         "Lantern Bay (ABC) — series premiere"],
        [("Marrow Creek", 3, "2024-08-25"), ("Lantern Bay", 1, "2024-08-25")]),
    "season heading": (["This fall", "Marrow Creek, NBC (season 3 premiere)"],
                       [("Marrow Creek", 3, "2024-FA")]),
}


def _listing_calls(lines: list[str]) -> tuple[list[tuple[str, int | None, str | None]], int]:
    """The items ``listing_items`` reads from ``lines`` and how many times it called the date
    patterns or the item reader (counted by a profile hook, not timed)."""
    from monitor.extract import dates, listings

    watched = {dates.find_dates.__code__, listings._title_of.__code__}
    calls = 0

    def hook(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event == "call" and getattr(frame, "f_code", None) in watched:
            calls += 1

    sys.setprofile(hook)
    try:
        items = listings.listing_items(lines, "Premiere dates", _PUBLISHED)
    finally:
        sys.setprofile(None)
    return [(item.title, item.season, item.date) for item in items], calls


@pytest.mark.parametrize("cue", sorted(_CUED_PAGES))
def test_a_listing_with_each_date_cue_is_read(cue: str) -> None:
    lines, expected = _CUED_PAGES[cue]
    assert _listing_calls(lines)[0] == expected


def test_a_page_without_dates_is_not_read_as_items() -> None:
    """Show lines that name no date, under no date heading: no item, and the item reader and
    the date patterns never run on them."""
    lines = ["Harbor Lights (Netflix) – season 4 premiere", "Lantern Bay (Max) – series premiere",
             "Copper Field, NBC (season 3 premiere)"]
    assert _listing_calls(lines) == ([], 0)


def test_no_date_is_found_where_the_pre_check_sees_no_cue() -> None:
    """``_may_hold_date`` is a proof, not a guess: on token soups of date parts, times,
    weekdays in parentheses and words, every text the date patterns find a date in (as it is,
    or with time slots, weekdays in parentheses or a title blanked, as ``listing_items``
    reads it) passes the pre-check; and the only patterns that need nothing but a digit
    are the two that need a year's digits."""
    import random

    from monitor.extract import dates, listings

    assert {name for name, needs in dates._PATTERN_NEEDS.items()
            if set(needs) <= {"digit"}} == {"iso", "year"}
    tokens = ("Sept.", "12", "9/14", "2024", "1999", "8", "p.m.", "8pm", "ET", "(Sunday)",
              "(Sun)", "Sunday", "new", "year", "years", "Year's", "fourth", "of", "July",
              "july", "Labor", "Day", "May", "may", "march", "March", "fall", "this", "next",
              "week", "tonight", "ago", "three", "weeks", "in", "Harbor", "Lights", "Marrow",
              "Creek", "(NBC)", "–", ",", ":", "Season", "4", "premiere", "19", "20", "24/7",
              "10/9c", "midnight", "the", "Christmas", "Eve", "a", "day", "month")
    rng = random.Random(14)
    checked = 0
    for _ in range(4000):
        words = rng.choices(tokens, k=rng.randint(1, 9))
        for text in {" ".join(words), "".join(words), " ".join(words).replace(" (", "(")}:
            title = rng.choice(words)
            variants = (text, listings._mask(text, listings._TIME_RE, " "),
                        listings._mask(text, listings._PAREN_WEEKDAY_RE, " "),
                        text.replace(title, " " * len(title)))
            if not listings._may_hold_date(text):
                checked += 1
                for variant in variants:
                    assert dates.find_dates(variant, _PUBLISHED, future=True) == [], text
                    assert listings._date_heading(variant, _PUBLISHED) is None, text
    assert checked > 500
