"""Round 38 (r38leftovers, issue 10): wordings round 37's branches and lead left read wrong.

Each group is a class of wording, written as other sites write it (trade headlines in Title
Case, wire copy, fan sites, British and Irish press):

1. A one-word holiday before a channel no list holds, in a return's or a premiere's schedule
   phrase closing its clause ("Salt Road premieres Christmas on Kestrel."): the day, not a
   title "Christmas on Kestrel" (``titles._PLACED_NETWORK_SHAPES``' schedule shape, the named
   day in ``evidence._NEWS_TIME``).
2. The end of a wait around a return ("is finally back on June 5!", "returns to screens at
   long last on 5 June", "will finally be back", "is at last coming back"): a premiere
   (``patterns._AT_LAST``, ``evidence._OWN_NEWS_AFTER_RE``).
3. A pick-up whose season is an ordinal alone ("picked up for a 4th.", "Kestrel picked up X
   for a 4th and 5th."): the seasons (``season.elliptic_renewal``).
4. A network's past decision of "another sitcom of theirs, X" and a network called a show's
   home ("Tovrel, the home of Glass Harbor, has cancelled its medical drama"): the network is
   no show, and the home's other show is not the named one (``DECIDING_SHAPES``,
   ``title.veto.role_platform``, ``drop.unnamed_other_show``); a show's after-show is another
   programme (``title.veto.other_work``).
5. A rescue in a Title Case headline ("X Saved By Kestrel", "X Rescued From Cancellation",
   "Kestrel Saves X From Cancellation"): a renewal of X (``shows._rescue_at``,
   ``_HEADLINE_VERB_AFTER_RE`` / ``_HEADLINE_VERB_BEFORE_RE``).

Controls keep their readings on both trees. All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2026, 3, 2)

Row = tuple[str, int | None, str, str | None]


def _rows(body: str, headline: str = "TV news") -> set[Row]:
    return {(f.show, f.season, f.kind, f.date) for f in facts_of(body, headline, PUBLISHED)}


# (id, headline, body, expected rows)
NEW: list[tuple[str, str, str, set[Row]]] = [
    # 1. a one-word holiday before a channel no list holds
    ("holiday-premieres-christmas-on", "TV news", "Salt Road premieres Christmas on Kestrel.",
     {("Salt Road", None, "premiere", "2026-12-25")}),
    ("holiday-returns-easter-on", "TV news", "Salt Road returns Easter on Tovrel.",
     {("Salt Road", None, "premiere", "2026-04-05")}),
    ("holiday-returns-christmas-day-on", "TV news",
     "Lantern House returns Christmas Day on Kestrel.",
     {("Lantern House", None, "premiere", "2026-12-25")}),
    ("holiday-title-case-headline", "Salt Road Returns Christmas On Kestrel",
     "The festive special was confirmed on Monday.",
     {("Salt Road", None, "premiere", "2026-12-25")}),
    # 2. the end of a wait around a return
    ("wait-is-finally-back-exclaimed", "TV news", "Salt Road is finally back on June 5!",
     {("Salt Road", None, "premiere", "2026-06-05")}),
    ("wait-is-back-at-last", "TV news", "Copper Vale is back at last on 5 June!",
     {("Copper Vale", None, "premiere", "2026-06-05")}),
    ("wait-finally-back-on-channel", "TV news",
     "Lantern House is finally back on Kestrel on June 5.",
     {("Lantern House", None, "premiere", "2026-06-05")}),
    ("wait-returns-to-screens-at-long-last", "TV news",
     "Salt Road returns to our screens at long last on 5 June.",
     {("Salt Road", None, "premiere", "2026-06-05")}),
    ("wait-returns-to-screens", "TV news", "Salt Road returns to screens on 5 June.",
     {("Salt Road", None, "premiere", "2026-06-05")}),
    ("wait-returns-at-last-on", "TV news", "Lantern House returns at last on June 5.",
     {("Lantern House", None, "premiere", "2026-06-05")}),
    ("wait-will-finally-be-back", "TV news", "Salt Road will finally be back on June 5.",
     {("Salt Road", None, "premiere", "2026-06-05")}),
    ("wait-is-finally-coming-back", "TV news",
     "Salt Road is finally coming back on June 5.",
     {("Salt Road", None, "premiere", "2026-06-05")}),
    ("wait-is-finally-returning", "TV news", "Salt Road is finally returning on 5 June.",
     {("Salt Road", None, "premiere", "2026-06-05")}),
    ("wait-title-case-headline", "Salt Road Returns At Last On June 5",
     "Kestrel confirmed the date on Monday.",
     {("Salt Road", None, "premiere", "2026-06-05")}),
    # 3. a pick-up whose season is an ordinal alone
    ("ordinal-picked-up-for-a-4th", "TV news", "Salt Road has been picked up for a 4th.",
     {("Salt Road", 4, "renewed", "2026-03")}),
    ("ordinal-picked-up-for-a-4th-and-5th", "TV news",
     "Salt Road has been picked up for a 4th and 5th!",
     {("Salt Road", 4, "renewed", "2026-03"), ("Salt Road", 5, "renewed", "2026-03")}),
    ("ordinal-network-picked-up-x-for-two", "TV news",
     "Kestrel picked up Salt Road for a 4th and 5th.",
     {("Salt Road", 4, "renewed", "2026-03"), ("Salt Road", 5, "renewed", "2026-03")}),
    ("ordinal-network-picked-up-x-for-a-fourth", "TV news",
     "Kestrel picked up Salt Road for a fourth.",
     {("Salt Road", 4, "renewed", "2026-03")}),
    ("ordinal-picked-up-the-drama-x-for-a-2nd", "TV news",
     "Tovrel picked up the drama Lantern House for a 2nd.",
     {("Lantern House", 2, "renewed", "2026-03")}),
    ("ordinal-title-case-headline", "Kestrel Picks Up Salt Road For A 3rd",
     "The drama has run two seasons.", {("Salt Road", 3, "renewed", "2026-03")}),
    # 4. a network's own past decision, a network called a show's home, an after-show
    ("network-previously-cancelled-another-of-theirs", "TV news",
     "Tovrel previously cancelled another sitcom of theirs, Salt Road, after two seasons.",
     {("Salt Road", 2, "cancelled", None)}),
    ("network-the-home-of-x-cancelled-its-drama", "TV news",
     "Tovrel, the home of Glass Harbor, has cancelled its medical drama.", set()),
    ("network-home-to-x-axed-its-new-drama", "TV news",
     "Tovrel, home to Glass Harbor, has axed its new medical drama after one season.", set()),
    ("network-home-of-x-renewed-the-drama", "TV news",
     "Tovrel, home of Glass Harbor, has renewed the drama for a third season.",
     {("Glass Harbor", 3, "renewed", "2026-03")}),
    ("after-show-renewed", "TV news",
     "The Glass Harbor aftershow has been renewed for a second season.", set()),
    # 5. a rescue in a Title Case headline
    ("rescue-saved-by", "Salt Road Saved By Tovrel", "The drama had run two seasons.",
     {("Salt Road", 3, "renewed", "2026-03")}),
    ("rescue-rescued-by-for-season", "Salt Road Rescued by Kestrel for Season 3",
     "The drama had run two seasons.", {("Salt Road", 3, "renewed", "2026-03")}),
    ("rescue-rescued-from-cancellation", "Salt Road Rescued From Cancellation By Kestrel",
     "The drama had run two seasons.", {("Salt Road", 3, "renewed", "2026-03")}),
    ("rescue-saves-x-from-cancellation", "Kestrel Saves Salt Road From Cancellation",
     "The drama had run two seasons.", {("Salt Road", 3, "renewed", "2026-03")}),
    ("rescue-revived-by-after-axing", "Lantern House Revived By Kestrel After Tovrel Axing",
     "The drama had run two seasons.",
     {("Lantern House", 2, "cancelled", None), ("Lantern House", 3, "renewed", "2026-03")}),
]

CONTROLS: list[tuple[str, str, str, set[Row]]] = [
    ("holiday-title-after-verb-with-its-date", "TV news",
     "Kestrel premieres Christmas on Mistletoe Farm on December 5.", set()),
    ("holiday-title-as-subject", "TV news",
     "Christmas on Mistletoe Farm premieres on Kestrel on December 5.",
     {("Christmas on Mistletoe Farm", None, "premiere", "2026-12-05")}),
    ("holiday-known-network", "TV news", "Salt Road premieres Christmas on Netflix.",
     {("Salt Road", None, "premiere", "2026-12-25")}),
    ("wait-person-back-on-stage", "TV news",
     "Ann Lee is finally back on stage on June 5 in London.", set()),
    ("wait-finally-premieres", "TV news", "Salt Road finally premieres on June 5!",
     {("Salt Road", None, "premiere", "2026-06-05")}),
    ("ordinal-for-a-third-time", "TV news",
     "Ann Lee picked up an award for a third time.", set()),
    ("ordinal-second-straight-year", "TV news",
     "Kestrel picked up Salt Road for a second straight year.", set()),
    ("ordinal-with-season-noun", "TV news", "Kestrel picked up Salt Road for a second season.",
     {("Salt Road", 2, "renewed", "2026-03")}),
    ("network-cancelled-x-another-of-theirs", "TV news",
     "Tovrel previously cancelled Salt Road, another sitcom of theirs.",
     {("Salt Road", None, "cancelled", None)}),
    ("network-which-renewed-x-axed-its-comedy", "TV news",
     "Kestrel, which renewed Glass Harbor in May, has axed its new comedy.", set()),
    ("show-aside-then-its-decision", "TV news",
     "Glass Harbor, which stars Ann Lee, has been cancelled after two seasons.",
     {("Glass Harbor", 2, "cancelled", "2026-03")}),
    ("spin-off-named", "TV news", "The Glass Harbor spin-off Salt Road has been cancelled.",
     {("Salt Road", None, "cancelled", "2026-03")}),
    ("rescue-quoted-title", "Kestrel Rescues 'Salt Road' For Season 3",
     "The drama was cancelled by Tovrel in January.",
     {("Salt Road", 3, "cancelled", "2026-01"), ("Salt Road", 3, "renewed", "2026-03")}),
    ("rescue-title-opening-on-saved", "Saved By The Bell Reboot Renewed For Season 2",
     "The comedy returns next year.",
     {("Saved By The Bell", 2, "premiere", "2027"),
      ("Saved By The Bell", 2, "renewed", "2026-03")}),
    ("rescue-a-puppy", "Jane Doe Rescues Puppy On Salt Road Set",
     "The star was filming in Lisbon.", set()),
]


@pytest.mark.parametrize(("headline", "body", "expected"),
                         [pytest.param(h, b, e, id=i) for i, h, b, e in NEW])
def test_new_readings(headline: str, body: str, expected: set[Row]) -> None:
    assert _rows(body, headline) == expected


@pytest.mark.parametrize(("headline", "body", "expected"),
                         [pytest.param(h, b, e, id=i) for i, h, b, e in CONTROLS])
def test_controls(headline: str, body: str, expected: set[Row]) -> None:
    assert _rows(body, headline) == expected
