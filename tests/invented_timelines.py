"""Invented time lines through the whole pipeline (issue 11, round 34, branch r34lines).

Each story follows one season of an invented show across 4–6 article pages from invented
sites: renewed → filming → wrapped → premiere scheduled, or cancelled at some step, or a
premiere window that becomes a day, a day that moves, two sources that disagree, a renewal
told again, a wrap reported late, a recap of the aired season, same-day pairs and an older
article arriving last. Every step is one of several wordings (active, passive, headline
style), and each page is HTML as a site publishes it: a headline, a byline, a date in the page
metadata, navigation, a paragraph about other shows and "more stories" links.

The pages go through the real page reader (:func:`monitor.ingest.text.extract_page_text`) into
a corpus directory of the devset's layout (``articles/ID.json`` with the labelled facts of the
story's season), and each story is replayed with :func:`monitor.evaluation.timelines.
replay_timeline` — the extractor with the titles and aired seasons the store has learnt, then
the state store and its alerts — exactly as ``monitor eval --timelines`` replays the devset.

``python tests/invented_timelines.py [-v] [--gold]`` prints one line per story and the totals
(final status right, every step right, false status alerts); ``--gold`` replays the labelled
facts instead (the status layer alone). ``tests/test_invented_timelines_round34.py``
parametrizes its cells from :data:`STORIES`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}
CARDINALS = {1: "one", 2: "two", 3: "three", 4: "four"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SITES = (("Reel Ledger", "reelledger.example"), ("Tallyscope", "tallyscope.example"),
         ("The Set Sheet", "setsheet.example"), ("Broadcast Beat", "broadcastbeat.example"),
         ("Screen Almanac", "screenalmanac.example"), ("Cue Card Daily", "cuecard.example"))
WRITERS = ("Maren Ostby", "Tobias Quell", "Ines Varga", "Paul Derrow", "Hana Ilves")
#: Other shows mentioned in the boilerplate paragraph; never the story's show.
OTHERS = (("Copper Lane", "Tovrel"), ("The Quiet Harbor", "Nimbus One"),
          ("Ridgeback", "Kestrel"), ("Paper Moons", "Halcyon+"))


def day_words(day: dt.date, *, weekday: bool = False) -> str:
    words = f"{MONTHS[day.month - 1]} {day.day}"
    return f"{day.strftime('%A')}, {words}" if weekday else words


@dataclass(frozen=True)
class Beat:
    """One article of a story: what it tells and the season's status after it.

    ``kind`` picks the wordings; ``when`` the event's date (None: undated); ``published`` the
    article's date; ``status`` the status the season must have after the article; ``alert``
    the status alert it must send (default: the status where it rises); ``facts`` the labelled
    facts of the season ((kind, date, certainty) triples).
    """

    kind: str
    published: dt.date
    status: str | None
    when: dt.date | None = None
    window: str | None = None
    alert: str | None | bool = True
    facts: tuple[tuple[str, str | None, str], ...] = ()
    #: A wording pinned for the beat (the story's own otherwise).
    wording: int | None = None
    #: An episode count the beat states (``episodes_*`` kinds) and the one it replaces.
    value: int | None = None
    previous_value: int | None = None
    #: The other alerts the beat must send (round 35): ("premiere_moved", "2027-03-08",
    #: "2027-04-14") — kind, previous value, new value — or ("episodes_changed", "10", "8").
    moves: tuple[tuple[str, str, str], ...] = ()
    #: The page names no season (a round-up): its facts are labelled season null.
    season_less: bool = False
    #: The season the page tells, when not the story's (round 39: two seasons of one show in
    #: flight); its facts are labelled with it.
    season: int | None = None
    #: The page is a syndicated copy of beat number ``copy_of`` (round 39): its wording.
    copy_of: int | None = None
    #: Labelled facts of another season the page tells too (round 40: "season 3 wraps as
    #: season 4 is ordered"): (season, kind, date, certainty).
    other_facts: tuple[tuple[int, str, str | None, str], ...] = ()
    #: The name the page calls the show by, when not the story's (round 41: a working title,
    #: the UK title, a subtitled name): a template of ``{show}``.
    called: str | None = None
    #: The show's other name the page gives beside it (round 41: "X, formerly known as Y"),
    #: a template of ``{show}``.
    also: str | None = None
    #: No page before this one links ``called`` to the show: its facts are labelled with the
    #: name the page writes (else with the show's, the name the season goes by).
    unlinked: bool = False


@dataclass(frozen=True)
class Story:
    id: str
    show: str
    network: str
    season: int
    beats: tuple[Beat, ...]
    #: Which wording of each kind the story uses (0, 1, 2 …; taken modulo the kind's count).
    wording: int = 0


def _sentences(kind: str, show: str, net: str, season: int, when: dt.date | None,
               window: str | None, wording: int, published: dt.date,
               also: str = "") -> tuple[str, list[str]]:
    """(headline, body paragraphs) for one beat in wording number ``wording``."""
    nth = ORDINALS[season]
    prev = ORDINALS[season - 1] if season > 1 else "first"
    d = day_words(when) if when else ""
    dw = day_words(when, weekday=True) if when else ""
    options: dict[str, list[tuple[str, list[str]]]] = {
        "renewed": [
            (f"{show} Renewed for Season {season} at {net}",
             [f"{net} has renewed {show} for a {nth} season, the network announced on "
              f"{published.strftime('%A')}.",
              f"The drama's {prev} season drew the network's biggest audience of the year."]),
            (f"{net} Orders Another Season of {show}",
             [f"{show} will return for a {nth} season on {net}.",
              "The renewal comes a month after the finale aired."]),
            (f"{show} Is Coming Back",
             [f"{show} has been renewed for season {season} by {net}.",
              "Showrunner Delia Strand thanked fans in a statement."]),
        ],
        "renewed_again": [
            (f"Everything We Know About {show} Season {season}",
             [f"{net} renewed {show} for a {nth} season earlier this year, and fans have "
              f"been waiting for news since.",
              "The cast is expected to return in full."]),
            (f"{show} Season {season}: What to Expect",
             [f"{show} was renewed for season {season} by {net} in the spring.",
              "Little else has been announced so far."]),
        ],
        "filming_started": [
            (f"{show} Season {season} Begins Production",
             [f"Production on the {nth} season of {show} began this week in Lisbon.",
              f"The {net} drama's cast shared photos from the first table read."]),
            (f"Cameras Roll on {show} Season {season}",
             [f"Filming on season {season} of {show} is now underway, {net} confirmed.",
              "The shoot is scheduled to last five months."]),
            (f"{show} Starts Shooting Its {nth.title()} Season",
             [f"{show} has started filming its {nth} season in Havana.",
              "Star Orla Brenn posted a photo from the set."]),
        ],
        "filming_wrapped": [
            (f"{show} Wraps Season {season}",
             [f"Filming on {show} season {season} wrapped on {d}.",
              "The cast celebrated with a party in Lisbon."]),
            (f"That's a Wrap on {show} Season {season}",
             [f"{show} has wrapped production on its {nth} season.",
              f"Star Orla Brenn announced the news on {published.strftime('%A')}."]),
            (f"{show} Season {season} Has Finished Filming",
             [f"The {nth} season of {show} finished filming on {d}, the cast revealed.",
              "Post-production is now underway."]),
        ],
        "filming_wrapped_late": [
            (f"{show} Season {season}: Release Date Still Unknown",
             [f"{show} quietly wrapped filming on its {nth} season back on {d}.",
              f"{net} has not yet said when the new episodes will arrive."]),
            (f"Where Is {show} Season {season}?",
             [f"Filming on season {season} of {show} wrapped on {d}, months ago.",
              "Fans are still waiting for a trailer."]),
        ],
        "premiere_window": [
            (f"{show} Season {season} Gets a Premiere Window",
             [f"{show} season {season} is set to premiere in {window} on {net}.",
              "An exact date will be announced later."]),
            (f"{net} Sets {show} Return for {window.title() if window else ''}",
             [f"The {nth} season of {show} will premiere in {window}, {net} announced.",
              "No exact date has been set."]),
        ],
        "premiere_day": [
            (f"{show} Season {season} Premiere Date Set",
             [f"{show} season {season} will premiere on {dw} on {net}.",
              "The season runs eight episodes."]),
            (f"{net} Dates {show} Season {season}",
             [f"{net} announced that the {nth} season of {show} premieres {d}.",
              "A trailer is expected next week."]),
            (f"{show} Returns {d}",
             [f"{show} returns for its {nth} season on {d}, {net} said on "
              f"{published.strftime('%A')}.",
              "The first two episodes will air back to back."]),
        ],
        "premiere_moved": [
            (f"{show} Season {season} Premiere Pushed Back",
             [f"{net} has moved the season {season} premiere of {show} to {d}.",
              "The network gave no reason for the change."]),
            (f"{show} Season {season} Delayed to {d}",
             [f"The {nth} season of {show} will now premiere on {d}, {net} announced.",
              "It had been due a few weeks earlier."]),
        ],
        "recap": [
            (f"{show} Season {season} Finale Recap",
             [f"The {nth} season of {show}, which premiered on {d} on {net}, ended on "
              f"a cliffhanger this week.",
              "Here is everything that happened in the finale."]),
            (f"{show} Season {season} Review",
             [f"{show} season {season} premiered on {d}, and it is the show's best yet.",
              "The new episodes are streaming now."]),
        ],
        "premiere_expected_day": [
            (f"{show} Season {season} Eyes {d} Return",
             [f"{show} season {season} is set to premiere on {d} on {net}.",
              "The network will stream the first two episodes at once."]),
            (f"{net} Plans {show} Season {season} Debut",
             [f"The {nth} season of {show} is expected to debut on {dw}, {net} said.",
              "A trailer will follow in the coming weeks."]),
        ],
        "premiere_other_source": [
            (f"{show} Season {season} Release Date Revealed",
             [f"According to a listing on the {net} website, the {nth} season of {show} "
              f"will premiere on {d}.",
              "The network has not commented."]),
            (f"When Does {show} Season {season} Come Out?",
             [f"{show} season {season} arrives on {net} on {d}.",
              "Here is everything else we know."]),
        ],
        "premiere_moved_up": [
            (f"{show} Season {season} Premiere Moved Up",
             [f"{net} has moved up the premiere of {show} season {season} to {d}.",
              "The season had been due later in the spring."]),
            (f"Good News for {show} Fans",
             [f"{show} season {season} will now premiere earlier, on {d}, {net} announced.",
              "The network did not say why."]),
        ],
        "filming_late_start": [
            (f"{show} Season {season} Has Been Filming in Secret",
             [f"{show} began filming its {nth} season on {d}, it has emerged.",
              "The production kept the news quiet for months."]),
            (f"{show} Season {season} Set Photos Surface",
             [f"Production on season {season} of {show} started on {d} in Lisbon.",
              "Photos from the set appeared online this week."]),
        ],
        "cancelled_before": [
            (f"{net} Reverses {show} Renewal",
             [f"{net} has cancelled {show} ahead of its {nth} season.",
              "The renewal had been announced in the winter."]),
            (f"{show} Season {season} Scrapped",
             [f"{net} has scrapped the {nth} season of {show} before filming began.",
              "The cast has been released from their contracts."]),
        ],
        "revival": [
            (f"{net} Revives {show} for Season {season}",
             [f"{show}, which Ostrava TV cancelled after {CARDINALS[season - 1]} seasons last "
              f"year, has been renewed for a {nth} season by {net}.",
              "The cast is expected to return."]),
            (f"{show} Saved by {net}",
             [f"{net} has picked up {show} for a {nth} season, months after Ostrava TV "
              f"cancelled it.",
              "Production will begin in the summer."]),
        ],
        "cancelled_retold": [
            (f"How {show} Came Back",
             [f"{show} was cancelled by Ostrava TV after {CARDINALS[season - 1]} seasons in "
              f"November 2025.",
              f"Fans campaigned for months until {net} stepped in."]),
            (f"The Long Road Back for {show}",
             [f"Ostrava TV cancelled {show} after {CARDINALS[season - 1]} seasons in "
              f"November 2025.",
              "The fan campaign that followed made headlines."]),
        ],
        "cancelled": [
            (f"{show} Cancelled at {net}",
             [f"{net} has cancelled {show} after {CARDINALS[season - 1]} "
              f"season{'s' if season > 2 else ''}.",
              "The show will not return for a " + nth + " season."]),
            (f"{net} Axes {show}",
             [f"{show} has been canceled by {net}, ending plans for a {nth} season.",
              "Its cast thanked fans on social media."]),
        ],
    }
    options.update(_sentences_round35(show, net, season, when, published))
    options.update(_sentences_round37(show, net, season, when, window, published))
    options.update(_sentences_round39(show, net, season, when, window, published))
    options.update(_sentences_round40(show, net, season, when, window, published))
    options.update(_sentences_round41(show, net, season, when, window, published, also))
    choices = options[kind]
    return choices[wording % len(choices)]


NUMBER_WORDS = {6: "six", 8: "eight", 10: "ten", 12: "twelve"}


def _sentences_round35(show: str, net: str, season: int, when: dt.date | None,
                       published: dt.date) -> dict[str, list[tuple[str, list[str]]]]:
    """Round 35's kinds, each in three wordings: a trade site (Title Case headline), the UK
    press ("series", day before month) and a fan site."""
    nth = ORDINALS[season]
    prev = ORDINALS[season - 1] if season > 1 else "first"
    d = day_words(when) if when else ""
    uk = f"{when.day} {MONTHS[when.month - 1]}" if when else ""
    weekday = published.strftime("%A")
    return {
        # An episode order: the count is filled in by page_html (``{n}`` / ``{old}``).
        "episodes_ordered": [
            (f"{show} Season {season} Gets {{N}}-Episode Order at {net}",
             [f"{net} has given {show} a {{n}}-episode order for its {nth} season.",
              "Production is due to begin in the summer."]),
            (f"{show} series {season} confirmed with {{n}} episodes",
             [f"The {nth} series of {show} will run to {{n}} episodes, {net} confirmed on "
              f"{weekday}.",
              "The broadcaster did not give a transmission date."]),
            (f"{show} Season {season}: Episode Count Revealed",
             [f"Season {season} of {show} will have {{n}} episodes, according to {net}.",
              "That matches the show's previous run."]),
        ],
        "episodes_cut": [
            (f"{net} Trims {show} Season {season} to {{N}} Episodes",
             [f"{net} has cut the {nth} season of {show} from {{old}} episodes to {{n}}.",
              "The network cited budget pressures."]),
            (f"{show} series {season} cut short",
             [f"The {nth} series of {show} has been reduced to {{n}} episodes, down from "
              f"{{old}}, {net} said.",
              "The remaining scripts will be shelved."]),
            (f"{show} Season {season} Will Now Have Just {{n}} Episodes",
             [f"{show} season {season} will now consist of {{n}} episodes instead of "
              f"{{old}}, {net} confirmed.",
              "Fans are not happy about it."]),
        ],
        "premiere_move_up": [
            (f"{net} Moves Up {show} Season {season} Premiere to {d}",
             [f"{net} has moved up the {nth} season premiere of {show} to {d}.",
              "The season had been due a few weeks later."]),
            (f"{show} series {season} brought forward",
             [f"The {nth} series of {show} has been brought forward to {uk}, {net} said.",
              "The change frees a slot for a live event."]),
            (f"{show} Season {season} Is Coming Sooner Than Expected",
             [f"Good news: {show} season {season} will now premiere on {d}, earlier than "
              f"planned, {net} announced.",
              "Mark your calendars."]),
        ],
        "premiere_move_back": [
            (f"{show} Season {season} Premiere Pushed Back to {d}",
             [f"{net} has pushed the {nth} season premiere of {show} back to {d}.",
              "The network gave no reason for the change."]),
            (f"{show} series {season} delayed again",
             [f"The {nth} series of {show} has been moved back to {uk}, {net} confirmed.",
              "It is the second change to the schedule."]),
            (f"{show} Season {season} Premiere Date Changes Again",
             [f"{show} season {season} will now premiere on {d} after all, {net} announced.",
              "Sorry, fans."]),
        ],
        "premiere_report": [
            (f"{show} Season {season} Eyes {d} Debut",
             [f"{show} season {season} is reportedly set to premiere on {d}, sources say.",
              f"{net} declined to comment."]),
            (f"{show} series {season} 'to air in {MONTHS[when.month - 1] if when else ''}'",
             [f"The {nth} series of {show} will reportedly return on {uk}, according to "
              f"insiders.",
              f"{net} has not confirmed the date."]),
            (f"Rumor: {show} Season {season} Premiere Date Leaked",
             [f"According to a leaked schedule, {show} season {season} could premiere on {d}.",
              f"{net} has not announced anything yet."]),
        ],
        "premiere_official": [
            (f"{net} Sets {show} Season {season} Premiere Date",
             [f"{net} announced on {weekday} that the {nth} season of {show} will premiere "
              f"on {d}.",
              "A trailer will follow next month."]),
            (f"{show} series {season} gets official start date",
             [f"{net} has confirmed that the {nth} series of {show} will begin on {uk}.",
              "The first episode will be followed by a live discussion show."]),
            (f"It's Official: {show} Season {season} Premieres {d}",
             [f"{net} has officially announced that {show} season {season} premieres on {d}.",
              "The wait is almost over."]),
        ],
        "roundup_cancelled": [
            (f"{net} Cancellations: Every Show Axed This Year",
             [f"{show} is among {net}'s cancellations this year, along with Copper Lane.",
              "Both dramas struggled in the ratings."]),
            (f"{net} axes three dramas in cost-cutting drive",
             [f"{net} has axed {show}, Copper Lane and Paper Moons as part of a "
              f"cost-cutting drive.",
              "The broadcaster said the decision was a difficult one."]),
            (f"Every Show {net} Has Cancelled So Far",
             [f"{net} has cancelled {show}, the network confirmed on {weekday}.",
              "We will keep this list updated."]),
        ],
        "recap_previous": [
            (f"{show} Season {season - 1} Finale Recap",
             [f"The {prev} season of {show}, which premiered on {d} on {net}, ended with "
              f"a twist.",
              "Here is everything that happened."]),
            (f"{show} series {season - 1} review",
             [f"The {prev} series of {show} began on {uk} and it has been gripping.",
              "All episodes are available to stream."]),
            (f"{show} Season {season - 1} Ending Explained",
             [f"{show} season {season - 1} premiered on {d}, and that finale left fans "
              f"reeling.",
              "Let's break it down."]),
        ],
    }


def _sentences_round37(show: str, net: str, season: int, when: dt.date | None,
                       window: str | None, published: dt.date
                       ) -> dict[str, list[tuple[str, list[str]]]]:
    """Round 37's kinds, each in three wordings as other sites write them: a wire story or a
    press release, the Australian or Irish press ("series", day before month, "8.30pm"), and
    a fan wiki page, a listings page, an interview Q&A or a headline-only news brief."""
    nth = ORDINALS[season]
    prev = CARDINALS[season - 1] if season > 1 else "one"
    d = day_words(when) if when else ""
    uk = f"{when.strftime('%A')} {when.day} {MONTHS[when.month - 1]}" if when else ""
    ukd = f"{when.day} {MONTHS[when.month - 1]}" if when else ""
    dw = day_words(when, weekday=True) if when else ""
    year = when.year if when else published.year
    weekday = published.strftime("%A")
    sibling = f"{show}: Origins"
    runs = "" if season == 2 else "s"  # "after one season", "after two seasons"
    return {
        # A season shot in two blocks: the first block, a break, the restart, the last wrap.
        "shoot_block_one": [
            (f"{show} begins production on season {season}",
             [f"WELLINGTON (Wire) — Production on the {nth} season of {show} began on "
              f"{weekday}, {net} said in a statement.",
              "The season will be shot in two blocks, with a break in the middle."]),
            (f"Cameras roll on {show} series {season} in Melbourne",
             [f"Cameras have started rolling on series {season} of {show} in Melbourne, with "
              f"the first block of filming to run until June.",
              "The cast includes Orla Brenn and Teo Marsh."]),
            (f"{show} season {season} | {show} Wiki | Fandom",
             [f"Season {season} of {show} is the upcoming {nth} season of the {net} drama.",
              f"Filming for the season began on {d} and is being done in two blocks."]),
        ],
        "shoot_break": [
            (f"{show} pauses production for scheduled break",
             [f"Production on the {nth} season of {show} has paused for a planned six-week "
              f"break, a {net} spokesperson said.",
              "Filming is due to resume in August."]),
            (f"{show} cast down tools for mid-series break",
             [f"The cast and crew of {show} have downed tools for a mid-series break, and "
              f"will return to the set in August to finish series {season}.",
              "The break was always part of the plan."]),
            (f"Q&A: {show} star Orla Brenn on the break",
             [f"Q: Is season {season} of {show} still shooting? A: We're on a break between "
              f"the two blocks right now, and we go back in August.",
              "Q: Any spoilers? A: Absolutely not."]),
        ],
        "shoot_restart": [
            (f"{show} resumes filming",
             [f"Filming on the {nth} season of {show} resumed in Wellington this week after "
              f"a six-week break.",
              f"{net} has not yet dated the season."]),
            (f"{show} back on set for block two",
             [f"Cast and crew are back on set in Melbourne as the second block of {show} "
              f"series {season} gets under way.",
              "Locals have spotted trucks on Flinders Street."]),
            (f"{show} Season {season} Back in Production",
             [f"Block two of {show} season {season} is under way.",
              "More as we hear it."]),
        ],
        "shoot_wrap_final": [
            (f"{show} wraps season {season}",
             [f"Filming on the {nth} season of {show} wrapped on {d} after two production "
              f"blocks, {net} said.",
              "Post-production will run into the new year."]),
            (f"{show} series {season} wraps in Melbourne",
             [f"{show} has wrapped series {season}, with the final scenes shot in Melbourne "
              f"on {ukd}.",
              "The broadcaster is expected to confirm a date soon."]),
            (f"{show} season {season} | {show} Wiki | Fandom",
             [f"Season {season} of {show} is the upcoming {nth} season of the {net} drama.",
              f"Filming for the season concluded on {d}."]),
        ],
        # A renewal told first as a report, then confirmed.
        "renewal_report": [
            (f"{net} in talks to renew {show}",
             [f"{net} is in talks to bring back {show} for a {nth} season, according to "
              f"people familiar with the matter.",
              "A decision could come within weeks."]),
            (f"{show} could return for series {season}",
             [f"{show} could return for a {nth} series, with {net} said to be keen on "
              f"another run.",
              "The broadcaster has yet to comment."]),
            (f"Will {show} return for season {season}?",
             [f"Q: Is {show} coming back for season {season}? A: Nothing is official yet, "
              f"but the cast have hinted it might be.",
              "Q: When would it air? A: Not before next year."]),
        ],
        "renewal_confirmed": [
            (f"{net.upper()} RENEWS {show.upper()} FOR A {nth.upper()} SEASON",
             [f"LOS ANGELES — {net} today announced that {show} has been renewed for a "
              f"{nth} season.",
              "The drama is the network's most-watched original of the year."]),
            (f"{show} to return for series {season}",
             [f"{show} will return for a {nth} series, {net} has confirmed.",
              "Filming will take place in Dublin and Wicklow."]),
            (f"{show} renewed for season {season}",
             [f"{net} made it official on {weekday}.",
              "Stay tuned."]),
        ],
        # A premiere window narrowed to a month, then a day.
        "window_early": [
            (f"{show} season {season} to premiere {window}",
             [f"{show} will return for its {nth} season in {window}, {net} said on "
              f"{weekday}.",
              "The network gave no exact date."]),
            (f"{show} series {season} coming {window}",
             [f"Series {season} of {show} is coming to {net} in {window}.",
              "A trailer has not yet been released."]),
            (f"When does {show} season {season} come out?",
             [f"Q: When does {show} season {season} come out? A: {net} has only said "
              f"{window} so far.",
              "Q: Is there a trailer? A: Not yet."]),
        ],
        "window_month": [
            (f"{show} season {season} sets {MONTHS[when.month - 1] if when else ''} return",
             [f"{show} will return for its {nth} season in {MONTHS[when.month - 1] if when else ''}"
              f", {net} announced.",
              "An exact date will follow."]),
            (f"{show} series {season} back in {MONTHS[when.month - 1] if when else ''}",
             [f"{show} returns to {net} in {MONTHS[when.month - 1] if when else ''}, the "
              f"broadcaster has confirmed.",
              "No exact date has been set."]),
            (f"{show} season {season} | {show} Wiki | Fandom",
             [f"Season {season} of {show} is scheduled to be released in "
              f"{MONTHS[when.month - 1] if when else ''} {year}.",
              "The exact date has not been announced."]),
        ],
        "day_from_window": [
            (f"{show} season {season} premiere date set",
             [f"{show}'s {nth} season will premiere on {dw}, {net} said on {weekday}.",
              "The first two episodes will be released together."]),
            (f"{show} series {season} gets a start date",
             [f"{show} series {season} premieres on {net} on {uk} at 8.30pm.",
              "The first episode runs for 70 minutes."]),
            (f"TV listings: {d}",
             [f"9:00 PM — {show} (Season {season}, Episode 1) — Season premiere on {net}, "
              f"{d}.",
              "10:00 PM — The Quiet Harbor (Episode 4)."]),
        ],
        # A season split in two parts, each with its own premiere day.
        "part_one_day": [
            (f"{show} season {season} part one dated",
             [f"The first part of {show}'s {nth} season will premiere on {d}, {net} said, "
              f"with part two to follow later in the year.",
              "Each part runs five episodes."]),
            (f"{show} series {season} part one airs from {ukd}",
             [f"Part one of {show} series {season} will air on {net} from {uk}.",
              "Part two will follow later in the year."]),
            (f"{show} Season {season} Part 1 Release Date",
             [f"{show} season {season} part 1 will be released on {d} on {net}.",
              "Part 2 will come later."]),
        ],
        "part_two_day": [
            (f"{show} season {season} part two dated",
             [f"The second part of {show}'s {nth} season will premiere on {d}, {net} said.",
              "Part one ended on a cliffhanger."]),
            (f"{show} series {season} part two returns {ukd}",
             [f"Part two of {show} series {season} returns to {net} on {uk}.",
              "Part one is available to stream."]),
            (f"{show} Season {season} Part 2 Release Date",
             [f"{show} season {season} part 2 will be released on {d} on {net}.",
              "The final five episodes wrap up the season."]),
        ],
        # Cancelled by one network, saved by another.
        "cancelled_elsewhere": [
            (f"Ostrava TV cancels {show} after {prev} season{runs}",
             [f"Ostrava TV has cancelled {show} after {prev} season{runs}, the network said on "
              f"{weekday}.",
              "The producers hope to shop the drama elsewhere."]),
            (f"{show} axed by Ostrava TV",
             [f"{show} has been axed by Ostrava TV after {prev} series.",
              "Fans have started a petition."]),
            (f"{show} Cancelled After {prev.title()} Season{runs.upper()}",
             ["Ostrava TV pulled the plug on Tuesday.",
              "Sad news."]),
        ],
        "saved_by": [
            (f"{net} saves {show}",
             [f"{net} has picked up {show} for a {nth} season, weeks after Ostrava TV "
              f"cancelled the drama.",
              "The cast will return."]),
            (f"{show} saved: {net} orders series {season}",
             [f"{show} has been saved, with {net} ordering a {nth} series after Ostrava TV "
              f"dropped it.",
              "Production starts in the spring."]),
            (f"#Save{show.replace(' ', '')} worked!",
             [f"{net} has officially ordered season {season} of {show}, just weeks after "
              f"Ostrava TV cancelled it.",
              "The fandom did it."]),
        ],
        # A revival years later.
        "revival_years": [
            (f"{net.upper()} ORDERS NEW SEASON OF {show.upper()}",
             [f"{net} today announced that {show} will return for a {nth} season, seven "
              f"years after the drama ended its run on Ostrava TV.",
              "The original cast is in talks to return."]),
            (f"{show} is coming back",
             [f"{show}, axed by Ostrava TV in 2019, will return for a {nth} series on "
              f"{net}.",
              "The revival will be filmed in Belfast."]),
            (f"After seven years, {show} is back",
             [f"It's happening: {net} has ordered a {nth} season of {show}, which Ostrava TV "
              f"cancelled in 2019.",
              "Everything we know so far."]),
        ],
        # A shoot told only by a star's social post quoted in an article.
        "star_post_start": [
            (f"{show} star shares first look from the set",
             [f"Star Orla Brenn shared a photo from the set on Instagram on {weekday}, "
              f"writing: 'First day of filming on {show} season {season}!'",
              f"{net} has not announced a premiere date."]),
            ("Orla Brenn back on set",
             [f"'Back on set for series {season},' Orla Brenn posted on Instagram, alongside "
              f"a snap from the {show} set in Sydney.",
              "The actor plays the lead."]),
            (f"{show} season {season} is officially filming",
             [f"{show} star Orla Brenn has revealed that production on season {season} is "
              f"under way.",
              "'Day one. Here we go again,' she wrote."]),
        ],
        "star_post_wrap": [
            (f"{show} star says goodbye to the set",
             [f"'That's a wrap on {show} season {season}!' Orla Brenn wrote on Instagram on "
              f"{weekday}.",
              "She thanked the crew."]),
            (f"Orla Brenn farewells the {show} set",
             [f"Orla Brenn has farewelled the {show} set, posting on Instagram that series "
              f"{season} is a wrap.",
              "The broadcaster is yet to set a date."]),
            (f"It's a wrap for {show} season {season}",
             [f"Filming on season {season} of {show} has officially wrapped, star Orla Brenn "
              f"announced on Instagram.",
              "Now the wait begins."]),
        ],
        # A spin-off with a similar name in the same articles.
        "sibling_premiere": [
            (f"{sibling} season {season} premiere date set",
             [f"The {nth} season of {sibling}, the prequel to {show}, will premiere on {d}, "
              f"{net} said.",
              f"{show} itself is between seasons."]),
            (f"{sibling} returns {ukd}",
             [f"{sibling}, the spin-off of {show}, returns to {net} for series {season} on "
              f"{uk}.",
              f"Fans of {show} will spot familiar faces."]),
            (f"{sibling} Season {season} Release Date",
             [f"{sibling} season {season} will be released on {d} on {net}.",
              f"It is set twenty years before {show}."]),
        ],
        "sibling_cancelled": [
            (f"{net} cancels {sibling}",
             [f"{net} has cancelled {sibling}, the prequel to {show}, after {prev} season{runs}.",
              f"{show} is not affected."]),
            (f"{sibling} axed",
             [f"{sibling} has been axed by {net} after {prev} series, although its parent "
              f"drama {show} will carry on.",
              "Ratings had fallen."]),
            (f"{sibling} Cancelled — What It Means for {show}",
             [f"{net} has cancelled {sibling}.",
              f"Don't worry: {show} is still going."]),
        ],
        # A round-up that lists the show as renewed after its season was cancelled.
        "roundup_renewed_stale": [
            (f"{net} renewal scorecard: every show coming back",
             [f"{show}, Copper Lane and Paper Moons have all been renewed by {net} this "
              f"year.",
              "The scorecard is updated weekly."]),
            (f"Every show renewed in {published.year}",
             [f"{show} ({net}) — renewed.",
              "Copper Lane (Tovrel) — renewed."]),
            (f"Renewed or cancelled? The {net} list",
             [f"{net} has renewed {show}, Copper Lane and Paper Moons.",
              "We will keep this list updated."]),
        ],
        # An older move retold after a later one.
        "move_retold": [
            (f"{show} season {season} trailer released",
             [f"{net} has released a trailer for the {nth} season of {show}, whose premiere "
              f"was moved up to {d} in December.",
              "The trailer teases a wedding."]),
            (f"{show} series {season}: first look",
             [f"The {nth} series of {show}, which was brought forward to {ukd} before the "
              f"broadcaster changed its mind again, has a first-look trailer.",
              "It is the drama's most expensive run."]),
            (f"{show} season {season}: everything we know",
             [f"Q: Wasn't {show} season {season} moved to {d}? A: It was, for a few weeks "
              f"in December.",
              "Q: Is there a trailer? A: Yes, it came out this week."]),
        ],
    }


def _sentences_round39(show: str, net: str, season: int, when: dt.date | None,
                       window: str | None, published: dt.date
                       ) -> dict[str, list[tuple[str, list[str]]]]:
    """Round 39's kinds, each in three wordings: a trade site (Title Case headline), the UK
    or Irish press ("series", day before month) and a fan site or a headline-only brief."""
    nth = ORDINALS[season]
    prev = ORDINALS[season - 1] if season > 1 else "first"
    d = day_words(when) if when else ""
    ukd = f"{when.day} {MONTHS[when.month - 1]}" if when else ""
    weekday = published.strftime("%A")
    year = when.year if when else published.year
    return {
        # A cancellation reversed: the same season renewed after all.
        "cancel_reversed": [
            (f"{net} Reverses Course, Renews {show} After All",
             [f"{net} has reversed its decision to cancel {show} and renewed the drama for a "
              f"{nth} season.",
              "The cancellation had been announced last month."]),
            (f"{show} saved: series {season} back on",
             [f"{show} will return for a {nth} series after all, {net} has confirmed, weeks "
              f"after the broadcaster axed it.",
              "The cast had already been released."]),
            (f"{show} Is Uncancelled!",
             [f"{show} has been uncancelled: {net} renewed the show for season {season} on "
              f"{weekday}.",
              "The fans did it."]),
        ],
        # The next season renewed before this one premieres (``when``: this one's day).
        "renewed_ahead": [
            (f"{show} Renewed for Season {season} Ahead of Season {season - 1} Premiere",
             [f"{net} has renewed {show} for a {nth} season, weeks before season {season - 1} "
              f"premieres on {d}.",
              "The network is confident in the drama."]),
            (f"{show} gets series {season} before series {season - 1} airs",
             [f"{net} has recommissioned {show} for a {nth} series ahead of the launch of the "
              f"{prev} series on {ukd}.",
              "Filming will take place in Galway."]),
            (f"{show} Season {season} Confirmed Early",
             [f"{show} has already been renewed for season {season}, even though season "
              f"{season - 1} does not premiere until {d}.",
              "Now that's confidence."]),
        ],
        # A shoot halted (illness, a strike) and taken up again.
        "shoot_halted": [
            (f"{show} Halts Production on Season {season}",
             [f"Production on season {season} of {show} has been halted after star Orla Brenn "
              f"fell ill, {net} confirmed.",
              "Filming is expected to resume next month."]),
            (f"{show} filming suspended",
             [f"Filming on the {nth} series of {show} has been suspended because of the "
              f"actors' strike.",
              "It is not known when cameras will roll again."]),
            (f"{show} Season {season} Shoot Shut Down",
             [f"{show} has shut down production on its {nth} season due to the strike.",
              "More as we hear it."]),
        ],
        "shoot_resumed": [
            (f"{show} Resumes Filming on Season {season}",
             [f"Filming on season {season} of {show} has resumed after a three-week pause, "
              f"{net} said.",
              "Orla Brenn is back on set."]),
            (f"{show} back in production",
             [f"{show} is back in production on series {season} now that the strike is over.",
              "The crew returned to Belfast on Monday."]),
            (f"Cameras Roll Again on {show}",
             [f"Cameras are rolling again on {show} season {season}, {net} said.",
              "The shoot had been paused for a month."]),
        ],
        # A premiere window told vaguer after the day was set.
        "premiere_vaguer": [
            (f"{show} Season {season} Coming This Spring",
             [f"{show} season {season} will premiere in the spring on {net}.",
              "The network shared a first-look photo."]),
            (f"{show} series {season}: first look",
             [f"The {nth} series of {show} arrives on {net} in {year}.",
              "The first-look photos show a darker tone."]),
            (f"Everything We Know About {show} Season {season}",
             [f"{show} season {season} is expected to arrive in early {year}.",
              "Here is the cast list."]),
        ],
        # Cancelled after its premiere was set, before it aired.
        "pulled_before_airing": [
            (f"{net} Pulls {show} Weeks Before Season {season} Premiere",
             [f"{net} has cancelled {show} weeks before its {nth} season was due to premiere.",
              "The episodes will not air."]),
            (f"{show} axed before series {season} airs",
             [f"{show} has been axed by {net}, and its {nth} series will not air after all.",
              "The decision stunned the cast."]),
            (f"{show} Season {season} Cancelled Before Premiere",
             [f"{net} has canceled {show} season {season} ahead of its {d} premiere.",
              "The finished episodes have been shelved."]),
        ],
        # An episode order extended (the count is filled in by page_html).
        "episodes_extended": [
            (f"{net} Extends {show} Season {season} Order to {{N}} Episodes",
             [f"{net} has extended the {nth} season of {show} from {{old}} episodes to {{n}}.",
              "The network is pleased with the early cuts."]),
            (f"{show} series {season} extended",
             [f"The {nth} series of {show} has been extended to {{n}} episodes, up from "
              f"{{old}}, {net} said.",
              "Extra filming days have been added."]),
            (f"{show} Season {season} Gets Bigger",
             [f"{show} season {season} will now have {{n}} episodes instead of {{old}}, {net} "
              f"confirmed.",
              "More episodes, more drama."]),
        ],
        # The show's other-language version or remake, news of its own.
        "other_version": [
            (f"{net} Cancels American Remake of {show}",
             [f"Tovrel has cancelled its American remake of {show} after one season.",
              f"The original {show} is unaffected."]),
            (f"Spanish version of {show} renewed",
             [f"The Spanish-language version of {show} has been renewed for a second series by "
              f"Ostrava TV.",
              "The original continues on " + net + "."]),
            (f"{show} Is Getting a Korean Remake",
             [f"A Korean remake of {show} has started filming in Seoul.",
              f"The original {show} is midway through its {nth} season."]),
        ],
    }


#: Round 40's round-up: nineteen other shows, one line each, around the story's line.
ROUNDUP_OTHERS = (("Copper Lane", "Tovrel"), ("The Quiet Harbor", "Nimbus One"),
                  ("Ridgeback", "Kestrel"), ("Paper Moons", "Halcyon+"),
                  ("Tin Roof", "Tovrel"), ("Moth Season", "Kestrel"),
                  ("The Orchard Line", "Nimbus One"), ("Greywater", "Halcyon+"),
                  ("Kettle Bay", "Tovrel"), ("Saint Aubin", "Kestrel"),
                  ("Low Tide", "Nimbus One"), ("The Cartographers", "Halcyon+"),
                  ("Pinewick", "Tovrel"), ("Harrow Fields", "Kestrel"),
                  ("Bellmoor", "Nimbus One"), ("The Signal Box", "Halcyon+"),
                  ("Quarry Hill", "Tovrel"), ("Wrenfield", "Kestrel"),
                  ("Night Ferry", "Nimbus One"))


def _roundup_lines(show: str, season: int) -> list[str]:
    """Nineteen other shows' one-line news around the story's line (round 40), the story's
    tenth: renewals, cancellations, premieres and shoots of other shows' seasons."""
    lines = []
    for n, (other, net) in enumerate(ROUNDUP_OTHERS):
        lines.append((f"{other}: renewed for season {n % 4 + 2} by {net}.",
                      f"{other}: cancelled by {net} after {CARDINALS[n % 3 + 1]} "
                      f"season{'s' if n % 3 else ''}.",
                      f"{other}: season {n % 3 + 2} premieres on {net} in the fall.",
                      f"{other}: cameras are rolling on season {n % 4 + 2} for {net}.")[n % 4])
    return [*lines[:9], f"{show}: season {season} has wrapped filming.", *lines[9:]]


def _sentences_round40(show: str, net: str, season: int, when: dt.date | None,
                       window: str | None, published: dt.date
                       ) -> dict[str, list[tuple[str, list[str]]]]:
    """Round 40's kinds, each in three wordings: a trade site or wire story, the UK or Irish
    press ("series", day before month), a fan site or a headline-only brief."""
    nth = ORDINALS[season]
    nxt = ORDINALS[season + 1] if season < 5 else "next"
    prev = ORDINALS[season - 1] if season > 1 else "first"
    d = day_words(when) if when else ""
    ukd = f"{when.day} {MONTHS[when.month - 1]}" if when else ""
    start = when - dt.timedelta(days=130) if when else None
    d0 = day_words(start) if start else ""
    ukd0 = f"{start.day} {MONTHS[start.month - 1]}" if start else ""
    weekday = published.strftime("%A")
    wday = when.strftime("%A") if when else ""
    return {
        # Renewed and dated at once: the renewal's article gives the premiere day too.
        "renewed_and_dated": [
            (f"{show} Renewed for Season {season}, Premiere Date Set",
             [f"{net} has renewed {show} for a {nth} season, which will premiere on {d}.",
              "The network made the announcement at its upfront presentation."]),
            (f"{show} back for series {season} on {ukd}",
             [f"{show} has been recommissioned for a {nth} series by {net}, and it will "
              f"launch on {ukd}.",
              "The broadcaster said the cast would return in full."]),
            (f"IT'S OFFICIAL: {show.upper()} SEASON {season} RETURNS {d.upper()}",
             [f"{show} is coming back! {net} renewed the show for season {season} on "
              f"{weekday} and set a {d} premiere.",
              "Mark your calendars."]),
        ],
        # A shoot told whole, late: started and wrapped in one article after the wrap.
        "shoot_whole": [
            (f"{show} Season {season} Wraps Production",
             [f"{show} began filming its {nth} season on {d0} and wrapped on {d}, {net} said.",
              "Post-production is now under way."]),
            (f"{show} series {season} wraps in Belfast",
             [f"Filming on the {nth} series of {show}, which started on {ukd0}, finished on "
              f"{ukd}.",
              "The crew spent four months in Northern Ireland."]),
            (f"{show} Season {season}: That's a Wrap!",
             [f"After starting on {d0}, production on {show} season {season} wrapped on {d}.",
              "The cast posted goodbye photos from the set."]),
        ],
        # A premiere window told relative to publication ("this fall").
        "window_relative": [
            (f"{show} Season {season} Coming This Fall",
             [f"{show} season {season} will premiere this fall on {net}, the network said.",
              "An exact date will follow."]),
            (f"{show} series {season} set for autumn",
             [f"The {nth} series of {show} will air on {net} this autumn.",
              "A launch date has not been confirmed."]),
            (f"{show} Season {season} Is Coming Later This Year",
             [f"{show} season {season} is expected to arrive later this year, {net} said.",
              "Stay tuned."]),
        ],
        # A premiere day told relative to publication ("next Thursday").
        "premiere_relative": [
            (f"{show} Season {season} Premieres Next {wday}",
             [f"{show} season {season} will premiere next {wday} on {net}.",
              "The first two episodes will air back to back."]),
            (f"{show} returns this {wday}",
             [f"The {nth} series of {show} begins on {net} this coming {wday}.",
              "Here is what to expect."]),
            (f"{show} Season {season} Arrives {wday}",
             [f"{net} will premiere {show} season {season} on {wday}, six days from now.",
              "The trailer is below."]),
        ],
        # A round-up of twenty shows, one line about the story's show.
        "roundup_twenty": [
            ("TV News Round-Up: Twenty Shows, One Week",
             ["Here is this week's production and scheduling news in brief.",
              *_roundup_lines(show, season)]),
            ("Telly round-up: the week in brief",
             ["The week's commissioning and production news.",
              *_roundup_lines(show, season)]),
            ("Week in Review: Every Update You Missed",
             ["Catch up on everything that happened in TV this week.",
              *_roundup_lines(show, season)]),
        ],
        # A UK series told in UK words before a US site calls it a season.
        "uk_renewed": [
            (f"{show} recommissioned for series {season}",
             [f"{net} has recommissioned {show} for a {nth} series.",
              "The drama was the broadcaster's most watched launch of the year."]),
            (f"{show} to return for series {season}",
             [f"{show} will return for series {season}, {net} has confirmed.",
              "Filming will begin in Glasgow later this year."]),
            (f"{show} gets series {season}",
             [f"{net} has ordered a {nth} series of {show} from the makers, Crowfoot Pictures.",
              "More to follow."]),
        ],
        "uk_filming": [
            (f"Filming begins on {show} series {season}",
             [f"Filming has begun on the {nth} series of {show} in Glasgow.",
              f"The {net} drama returns next year."]),
            (f"Cameras roll on {show} series {season}",
             [f"Cameras are rolling on series {season} of {show}, {net} has said.",
              "The cast was pictured on location on Monday."]),
            (f"{show} series {season} starts filming",
             [f"Production on {show} series {season} got under way this week, {net} said.",
              "The shoot will run until the autumn."]),
        ],
        # A limited series that gets a second season.
        "limited_renewed": [
            (f"Limited Series {show} Renewed for Season {season}",
             [f"{show}, first billed as a limited series, has been renewed for a {nth} season "
              f"by {net}.",
              "The network had not planned more episodes."]),
            (f"{show} to return despite 'one-off' billing",
             [f"{net} has recommissioned {show}, originally a limited series, for a {nth} "
              f"run.",
              "The writer said there was more story to tell."]),
            (f"{show} Is No Longer a Limited Series",
             [f"{show} was supposed to be a one-and-done, but {net} has renewed it for season "
              f"{season}.",
              "Fans are thrilled."]),
        ],
        # A step that quotes the previous season's premiere as background.
        "filming_with_background": [
            (f"{show} Season {season} Begins Filming",
             [f"Filming on season {season} of {show} began this week in Lisbon.",
              f"Season {season - 1} premiered in May 2025 on {net}."]),
            (f"{show} series {season} under way",
             [f"Filming has begun on the {nth} series of {show}.",
              f"The {prev} series premiered on {net} on 4 May 2025."]),
            (f"{show} Season {season} Has Started Shooting",
             [f"{show} has started filming season {season}.",
              f"Season {season - 1}, which premiered on {net} in May 2025, ended on a "
              f"cliffhanger."]),
        ],
        # Two seasons in one article: this one wraps as the next is ordered.
        "wrap_and_order": [
            (f"{show} Wraps Season {season} as {net} Orders Season {season + 1}",
             [f"{show} has wrapped filming on its {nth} season, and {net} has already "
              f"renewed the drama for a {nxt}.",
              "The network is betting big on the franchise."]),
            (f"{show} series {season} wraps as series {season + 1} confirmed",
             [f"Filming on the {nth} series of {show} has wrapped, and {net} has "
              f"recommissioned it for a {nxt} series.",
              "The news came on the last day of the shoot."]),
            (f"{show}: Season {season} Done, Season {season + 1} Ordered",
             [f"Season {season} of {show} has finished filming, and season {season + 1} has "
              f"been ordered by {net}.",
              "Double celebration on set."]),
        ],
        # A cancellation reported by one site, then denied by the network.
        "cancel_report": [
            (f"{show} Cancelled at {net}, Sources Say",
             [f"{net} has cancelled {show} ahead of its {nth} season, according to sources.",
              "The network declined to comment."]),
            (f"{show} 'to be axed'",
             [f"{show} is set to be axed by {net} before its {nth} series, insiders have "
              f"claimed.",
              "A spokesperson would not confirm the reports."]),
            (f"Is {show} Cancelled?",
             [f"Reports say {net} has cancelled {show} ahead of season {season}.",
              "We have reached out for comment."]),
        ],
        "cancel_denied": [
            (f"{net} Denies {show} Cancellation Report",
             [f"{net} has denied reports that {show} was cancelled, saying the {nth} season "
              f"is going ahead as planned.",
              "The network called the reports false."]),
            (f"{show} not axed, says {net}",
             [f"{net} has dismissed reports that {show} was axed, insisting the {nth} series "
              f"is still happening.",
              "A spokesperson said the reports were wrong."]),
            (f"{show} Is NOT Cancelled",
             [f"{net} says {show} has not been cancelled, and season {season} is still on.",
              "Relax, everyone."]),
        ],
    }


def _sentences_round41(show: str, net: str, season: int, when: dt.date | None,
                       window: str | None, published: dt.date, also: str
                       ) -> dict[str, list[tuple[str, list[str]]]]:
    """Round 41's kinds, each in three wordings: a trade site or wire story, the UK or Irish
    press ("series", day before month), a fan site or a headline-style brief. ``also`` is the
    show's other name where the kind gives two (a rename, a UK/US title pair)."""
    nth = ORDINALS[season]
    d = day_words(when) if when else ""
    ukd = f"{when.day} {MONTHS[when.month - 1]}" if when else ""
    weekday = published.strftime("%A")
    return {
        # A rename told beside a step: the new name first, the old one as "formerly".
        "renamed_formerly": [
            (f"{show} Begins Production on Season {season}",
             [f"{show}, formerly known as {also}, has begun filming its {nth} season for "
              f"{net}.",
              "The new title was unveiled the same day."]),
            (f"Filming begins on {show} series {season}",
             [f"Filming has begun on the {nth} series of {show}, previously titled {also}, "
              f"{net} has said.",
              "The drama was renamed over the summer."]),
            (f"{show} (FKA {also}) Is Filming Season {season}!",
             [f"Cameras are rolling on season {season} of {show}, the show formerly known as "
              f"{also}.",
              "Same show, new name."]),
        ],
        # A rename told the other way round: the old name first, "now titled" the new one.
        "renamed_now": [
            (f"{also} Becomes {show} as Season {season} Starts Filming",
             [f"{also}, now titled {show}, has started filming its {nth} season, {net} said.",
              "The network wanted a name that travels."]),
            (f"{also} to be renamed {show} for series {season}",
             [f"The {net} drama {also} will now be called {show}, and filming on its {nth} "
              f"series is under way.",
              "The change was the writer's idea."]),
            (f"{also} Is Now Called {show}",
             [f"{net} has retitled {also} as {show}, and season {season} is filming now.",
              "Fans are divided on the new name."]),
        ],
        # A UK/US title pair told once beside a step.
        "title_pair": [
            (f"{show} Season {season} Starts Filming",
             [f"Filming has started on season {season} of {show}, which airs in Britain as "
              f"{also}, {net} said.",
              "The shoot will last four months."]),
            (f"{show} series {season} begins filming",
             [f"Filming has begun on the {nth} series of {show}, known to British viewers as "
              f"{also}.",
              "The cast was pictured in Glasgow on Monday."]),
            (f"{show} Season {season} Is Filming",
             [f"{show} (or {also}, as UK viewers know it) is filming season {season} for "
              f"{net}.",
              "More soon."]),
        ],
        # A season told under a subtitle, the season named beside it.
        "subtitled_filming": [
            (f"{also} Begins Production",
             [f"Filming has begun on {also}, the {nth} season of {show}, {net} said.",
              "The subtitle hints at a darker run."]),
            (f"Cameras roll on {also}",
             [f"Cameras are rolling on {also}, series {season} of {show}, in Glasgow.",
              f"The {net} drama returns next year."]),
            (f"{also}: Season {season} Is Shooting",
             [f"Season {season} of {show}, titled {also}, is shooting now for {net}.",
              "Photos from the set are below."]),
        ],
        # A recap of the previous season, told while the next one films.
        "recap_before_next": [
            (f"{show} Season {season} Recap: What to Remember",
             [f"The {nth} season of {show}, which premiered on {d} on {net}, ended with the "
              f"farm on fire.",
              "Here is everything you need to remember."]),
            (f"{show} series {season} recap",
             [f"The {nth} series of {show} began on {ukd} and ended with a shock death.",
              "Here is a refresher."]),
            (f"Everything That Happened in {show} Season {season}",
             [f"{show} season {season} premiered on {d} and ended with a wedding.",
              "Spoilers ahead."]),
        ],
        # A spin-off of the show decided, the parent named beside it.
        "spin_off": [
            (f"{net} Cancels {show}: Origins After One Season",
             [f"{net} has canceled {show}: Origins, the prequel to {show}, after a single "
              f"season.",
              "The prequel never found the parent show's audience."]),
            (f"{show} spin-off axed",
             [f"{net} has axed {show}: Origins, the spin-off of {show}, after one series.",
              "The prequel drew small audiences."]),
            (f"{show} Sequel Series Cancelled",
             [f"The {show} sequel series {show}: Origins has been cancelled by {net}.",
              "The parent show is not affected."]),
        ],
        # A cancellation reversed by another network ("rescued").
        "rescued": [
            (f"{show} Rescued by {net}",
             [f"{show} has been rescued by {net}, which ordered a {nth} season weeks after "
              f"Ostrava TV cancelled it.",
              "Production will begin in the summer."]),
            (f"{show} saved by {net}",
             [f"{net} has stepped in to save {show}, commissioning a {nth} series after "
              f"Ostrava TV axed it.",
              "The cast will return in full."]),
            (f"{show} LIVES! {net} Saves the Show",
             [f"{show} is back from the dead: {net} has picked it up for season {season}.",
              "Fans campaigned for weeks."]),
        ],
        # A wrap told only through post-production.
        "post_production": [
            (f"{show} Season {season} Moves Into Post-Production",
             [f"{show} season {season} is now in post-production, {net} said on {weekday}.",
              "A premiere date has not been set."]),
            (f"{show} series {season} now in the edit",
             [f"The {nth} series of {show} is now in the edit, according to its director.",
              "It is due on screens next year."]),
            (f"{show} Season {season} Is in the Editing Room",
             [f"Season {season} of {show} has moved into the editing room, the showrunner "
              f"posted.",
              "The wait continues."]),
        ],
        # Steps told only relative to the article's own date.
        "filming_next_month": [
            (f"{show} Season {season} to Start Filming Next Month",
             [f"Production on season {season} of {show} will begin next month, {net} said.",
              "Casting is complete."]),
            (f"{show} series {season} to start shooting next month",
             [f"Cameras will roll on the {nth} series of {show} next month.",
              f"The {net} drama returns next year."]),
            (f"{show} Season {season} Shoot Starts Next Month",
             [f"{show} heads back to set next month for season {season}.",
              "Get ready."]),
        ],
        "filming_this_month": [
            (f"{show} Season {season} Now Filming",
             [f"Filming on season {season} of {show} got under way earlier this month, "
              f"{net} said.",
              "The shoot runs until the autumn."]),
            (f"{show} series {season} shoot under way",
             [f"Filming on the {nth} series of {show} began earlier this month.",
              "The crew is based in Glasgow."]),
            (f"{show} Is Back on Set",
             [f"{show} started shooting season {season} earlier this month.",
              "Set photos are below."]),
        ],
        "premiere_next_month": [
            (f"{show} Season {season} Returns Next Month",
             [f"{show} season {season} will premiere next month on {net}.",
              "An exact date will follow."]),
            (f"{show} back next month",
             [f"The {nth} series of {show} returns to {net} next month.",
              "A launch date has not been confirmed."]),
            (f"{show} Season {season} Is Coming Next Month!",
             [f"{show} season {season} arrives next month, {net} said.",
              "Stay tuned."]),
        ],
    }


def called_name(story: Story, beat: Beat) -> str:
    """The name ``beat``'s page calls the story's show by (round 41: ``Beat.called``)."""
    return beat.called.format(show=story.show) if beat.called else story.show


def page_html(story: Story, number: int, beat: Beat, site: tuple[str, str]) -> str:
    """One beat as an HTML page of ``site``."""
    headline, paragraphs = _sentences(beat.kind, called_name(story, beat), story.network,
                                      beat.season or story.season, beat.when, beat.window,
                                      beat.wording if beat.wording is not None else
                                      story.wording + (number if beat.copy_of is None
                                                       else beat.copy_of),
                                      beat.published,
                                      (beat.also or "").format(show=story.show))
    if beat.value is not None:
        counts = {"n": NUMBER_WORDS.get(beat.value, str(beat.value)),
                  "N": str(beat.value),
                  "old": NUMBER_WORDS.get(beat.previous_value or 0,
                                          str(beat.previous_value))}
        headline = headline.format(**counts)
        paragraphs = [p.format(**counts) for p in paragraphs]
    other, other_net = OTHERS[(number + len(story.id)) % len(OTHERS)]
    paragraphs = [*paragraphs,
                  f"In other news, {other_net} has released a new trailer for {other}."]
    writer = WRITERS[number % len(WRITERS)]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html><head><title>{html.escape(headline)} | {site[0]}</title>
<meta property="article:published_time" content="{beat.published.isoformat()}T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/tv">TV</a> <a href="/news">News</a></nav>
<article>
<h1>{html.escape(headline)}</h1>
<p class="byline">By {writer} · {day_words(beat.published)}, {beat.published.year}</p>
{body}
</article>
<aside><h2>More stories</h2><ul>
<li><a href="/a">The ten best dramas of the year so far</a></li>
<li><a href="/b">Our guide to this week's premieres</a></li></ul></aside>
<footer>© {site[0]}. All rights reserved. Terms · Privacy</footer>
</body></html>
"""


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _story_shapes() -> list[tuple[str, int, tuple[Beat, ...]]]:
    """(shape id, season, beats) of each story shape; the show and wording vary around it."""
    P = "premiere_scheduled"
    return [
        ("full-arc", 3, (
            Beat("renewed", _d("2026-02-10"), "renewed", facts=(("renewed", None, "confirmed"),)),
            Beat("filming_started", _d("2026-05-04"), "filming",
                 facts=(("filming_started", "2026-05", "confirmed"),)),
            Beat("filming_wrapped", _d("2026-10-02"), "wrapped", when=_d("2026-09-30"),
                 facts=(("filming_wrapped", "2026-09-30", "confirmed"),)),
            Beat("premiere_day", _d("2027-01-12"), P, when=_d("2027-03-18"),
                 facts=(("premiere", "2027-03-18", "confirmed"),)),
        )),
        ("late-wrap", 2, (
            Beat("renewed", _d("2026-01-20"), "renewed", facts=(("renewed", None, "confirmed"),)),
            Beat("filming_started", _d("2026-04-14"), "filming",
                 facts=(("filming_started", "2026-04", "confirmed"),)),
            Beat("filming_wrapped_late", _d("2026-11-20"), "wrapped", when=_d("2026-08-28"),
                 facts=(("filming_wrapped", "2026-08-28", "confirmed"),)),
            Beat("premiere_day", _d("2027-02-03"), P, when=_d("2027-04-09"),
                 facts=(("premiere", "2027-04-09", "confirmed"),)),
        )),
        ("window-then-day", 2, (
            Beat("renewed", _d("2026-03-02"), "renewed", facts=(("renewed", None, "confirmed"),)),
            Beat("filming_wrapped", _d("2026-08-21"), "wrapped", when=_d("2026-08-19"),
                 facts=(("filming_wrapped", "2026-08-19", "confirmed"),)),
            Beat("premiere_window", _d("2026-09-15"), "wrapped", window="early 2027",
                 facts=(("premiere", "2027", "expected"),)),
            Beat("premiere_day", _d("2026-12-01"), P, when=_d("2027-02-11"),
                 facts=(("premiere", "2027-02-11", "confirmed"),)),
        )),
        ("moved-premiere", 4, (
            Beat("renewed", _d("2026-02-18"), "renewed", facts=(("renewed", None, "confirmed"),)),
            Beat("filming_started", _d("2026-06-01"), "filming",
                 facts=(("filming_started", "2026-06", "confirmed"),)),
            Beat("premiere_day", _d("2026-11-05"), P, when=_d("2027-03-08"),
                 facts=(("premiere", "2027-03-08", "confirmed"),)),
            Beat("premiere_moved", _d("2027-01-22"), P, when=_d("2027-04-14"), alert=None,
                 facts=(("premiere", "2027-04-14", "confirmed"),)),
            Beat("recap", _d("2027-06-10"), P, when=_d("2027-04-14"), alert=None,
                 facts=(("premiere", "2027-04-14", "confirmed"),)),
        )),
        ("repeat-renewal", 3, (
            Beat("renewed", _d("2026-01-08"), "renewed", facts=(("renewed", None, "confirmed"),)),
            Beat("renewed_again", _d("2026-04-02"), "renewed", alert=None,
                 facts=(("renewed", None, "confirmed"),)),
            Beat("filming_started", _d("2026-04-27"), "filming",
                 facts=(("filming_started", "2026-04", "confirmed"),)),
            Beat("renewed_again", _d("2026-06-30"), "filming", alert=None,
                 facts=(("renewed", None, "confirmed"),)),
            Beat("filming_wrapped", _d("2026-10-16"), "wrapped", when=_d("2026-10-14"),
                 facts=(("filming_wrapped", "2026-10-14", "confirmed"),)),
        )),
        ("cancelled-midway", 3, (
            Beat("renewed", _d("2026-02-24"), "renewed", facts=(("renewed", None, "confirmed"),)),
            Beat("filming_started", _d("2026-05-18"), "filming",
                 facts=(("filming_started", "2026-05", "confirmed"),)),
            Beat("cancelled", _d("2026-07-09"), "cancelled",
                 facts=(("cancelled", None, "confirmed"),)),
            Beat("renewed_again", _d("2026-08-12"), "cancelled", alert=None,
                 facts=(("renewed", None, "confirmed"),)),
        )),
        ("same-day-pair", 2, (
            Beat("renewed", _d("2026-03-10"), "renewed", facts=(("renewed", None, "confirmed"),)),
            Beat("filming_started", _d("2026-06-08"), "filming",
                 facts=(("filming_started", "2026-06", "confirmed"),)),
            Beat("filming_started", _d("2026-06-08"), "filming", alert=None,
                 facts=(("filming_started", "2026-06", "confirmed"),)),
            Beat("filming_wrapped", _d("2026-11-13"), "wrapped", when=_d("2026-11-12"),
                 facts=(("filming_wrapped", "2026-11-12", "confirmed"),)),
            Beat("premiere_day", _d("2026-11-13"), P, when=_d("2027-01-21"),
                 facts=(("premiere", "2027-01-21", "confirmed"),)),
        )),
        ("older-last", 2, (
            Beat("filming_started", _d("2026-05-12"), "filming",
                 facts=(("filming_started", "2026-05", "confirmed"),)),
            Beat("filming_wrapped", _d("2026-09-25"), "wrapped", when=_d("2026-09-24"),
                 facts=(("filming_wrapped", "2026-09-24", "confirmed"),)),
            Beat("premiere_day", _d("2026-12-03"), P, when=_d("2027-02-25"),
                 facts=(("premiere", "2027-02-25", "confirmed"),)),
            # An older renewal story arrives last: the season never moves back.
            Beat("renewed", _d("2026-02-02"), P, alert=None,
                 facts=(("renewed", None, "confirmed"),)),
        )),
        ("disagreeing-sources", 2, (
            Beat("renewed", _d("2026-01-15"), "renewed", facts=(("renewed", None, "confirmed"),)),
            Beat("filming_wrapped", _d("2026-09-04"), "wrapped", when=_d("2026-09-02"),
                 facts=(("filming_wrapped", "2026-09-02", "confirmed"),)),
            Beat("premiere_other_source", _d("2026-12-02"), P, when=_d("2027-04-07"),
                 facts=(("premiere", "2027-04-07", "confirmed"),)),
            Beat("premiere_day", _d("2026-12-02"), P, when=_d("2027-04-14"), alert=None,
                 facts=(("premiere", "2027-04-14", "confirmed"),)),
            Beat("premiere_other_source", _d("2027-01-20"), P, when=_d("2027-04-14"),
                 alert=None, facts=(("premiere", "2027-04-14", "confirmed"),)),
        )),
        ("expected-day-moved-up", 3, (
            Beat("renewed", _d("2026-02-05"), "renewed", facts=(("renewed", None, "confirmed"),)),
            Beat("filming_started", _d("2026-05-20"), "filming",
                 facts=(("filming_started", "2026-05", "confirmed"),)),
            Beat("premiere_expected_day", _d("2026-10-08"), P, when=_d("2027-05-06"),
                 facts=(("premiere", "2027-05-06", "expected"),)),
            Beat("premiere_moved_up", _d("2027-01-14"), P, when=_d("2027-04-01"), alert=None,
                 facts=(("premiere", "2027-04-01", "confirmed"),)),
        )),
        ("late-start-then-wrap", 2, (
            Beat("renewed", _d("2026-02-26"), "renewed", facts=(("renewed", None, "confirmed"),)),
            Beat("filming_late_start", _d("2026-07-22"), "filming", when=_d("2026-03-16"),
                 facts=(("filming_started", "2026-03-16", "confirmed"),)),
            Beat("filming_wrapped", _d("2026-08-14"), "wrapped", when=_d("2026-08-12"),
                 facts=(("filming_wrapped", "2026-08-12", "confirmed"),)),
            Beat("premiere_window", _d("2026-08-30"), "wrapped", window="spring 2027",
                 facts=(("premiere", "2027-SP", "expected"),)),
        )),
        ("cancelled-before-filming", 3, (
            Beat("renewed", _d("2026-01-28"), "renewed", facts=(("renewed", None, "confirmed"),)),
            Beat("renewed_again", _d("2026-03-11"), "renewed", alert=None,
                 facts=(("renewed", None, "confirmed"),)),
            Beat("cancelled_before", _d("2026-06-17"), "cancelled",
                 facts=(("cancelled", None, "confirmed"),)),
            Beat("filming_started", _d("2026-06-30"), "cancelled", alert=None,
                 facts=(("filming_started", "2026-06", "confirmed"),)),
        )),
        ("first-seen-as-recap", 2, (
            Beat("recap", _d("2026-05-21"), P, when=_d("2026-04-02"), alert=None,
                 facts=(("premiere", "2026-04-02", "confirmed"),)),
            Beat("renewed_again", _d("2026-06-04"), P, alert=None,
                 facts=(("renewed", None, "confirmed"),)),
            Beat("recap", _d("2026-06-25"), P, when=_d("2026-04-02"), alert=None,
                 facts=(("premiere", "2026-04-02", "confirmed"),)),
            Beat("filming_wrapped_late", _d("2026-07-02"), P, when=_d("2025-11-20"),
                 alert=None, facts=(("filming_wrapped", "2025-11-20", "confirmed"),)),
        )),
        ("revival-retold", 3, (
            # The old run's cancellation (season 2) comes first: season 3 is not on the board.
            # ("after two seasons": the wording that names the run, not the third season)
            Beat("cancelled", _d("2025-11-06"), None, alert=None, wording=0),
            Beat("revival", _d("2026-03-03"), "renewed", facts=(("renewed", None, "confirmed"),)),
            Beat("filming_started", _d("2026-06-10"), "filming",
                 facts=(("filming_started", "2026-06", "confirmed"),)),
            # Retold, dated before the revival: it ends nothing.
            Beat("cancelled_retold", _d("2026-08-20"), "filming", alert=None),
        )),
    ]


#: (show, network) pairs the stories rotate through: invented, of several title shapes.
SHOWS = (("Salt Road", "Kestrel"), ("Lantern House", "Tovrel"), ("Havana", "Nimbus One"),
         ("The Glass Orchard", "Halcyon+"), ("Northwind", "Kestrel"),
         ("Lisbon", "Tovrel"))


def rotated(shapes: Sequence[tuple[str, int, tuple[Beat, ...]]],
            shows: Sequence[tuple[str, str]]) -> list[Story]:
    """Every shape in three wordings, each with the next (show, network) of ``shows`` in turn
    (round 38: the one loop of rounds 34, 35 and 37)."""
    out = []
    for number, (shape, season, beats) in enumerate(shapes):
        for wording in range(3):
            show, net = shows[(number + wording) % len(shows)]
            slug = show.lower().replace(" ", "-").replace("'", "").replace(":", "")
            out.append(Story(id=f"{shape}-w{wording}-{slug}",
                             show=show, network=net, season=season, beats=beats,
                             wording=wording))
    return out


def stories() -> list[Story]:
    """Every shape in three wordings, each with its own show and network."""
    return rotated(_story_shapes(), SHOWS)


STORIES: tuple[Story, ...] = tuple(stories())


def _story_shapes_round35() -> list[tuple[str, int, tuple[Beat, ...]]]:
    """Round 35's shapes: the ones round 34 left out (MEASUREMENTS, round 34, Left)."""
    P = "premiere_scheduled"
    renewed = Beat("renewed", _d("2026-02-12"), "renewed",
                   facts=(("renewed", None, "confirmed"),))
    filming = Beat("filming_started", _d("2026-05-11"), "filming",
                   facts=(("filming_started", "2026-05", "confirmed"),))
    return [
        ("episode-order-cut", 2, (
            renewed,
            Beat("episodes_ordered", _d("2026-03-20"), "renewed", alert=None, value=10,
                 facts=(("episode_count", "10", "confirmed"),)),
            filming,
            Beat("episodes_cut", _d("2026-07-08"), "filming", alert=None, value=8,
                 previous_value=10, moves=(("episodes_changed", "10", "8"),),
                 facts=(("episode_count", "8", "confirmed"),)),
        )),
        ("premiere-up-then-back", 3, (
            renewed, filming,
            Beat("premiere_day", _d("2026-11-05"), P, when=_d("2027-03-08"),
                 facts=(("premiere", "2027-03-08", "confirmed"),)),
            Beat("premiere_move_up", _d("2026-12-10"), P, when=_d("2027-02-22"), alert=None,
                 moves=(("premiere_moved", "2027-03-08", "2027-02-22"),),
                 facts=(("premiere", "2027-02-22", "confirmed"),)),
            Beat("premiere_move_back", _d("2027-01-19"), P, when=_d("2027-03-08"), alert=None,
                 moves=(("premiere_moved", "2027-02-22", "2027-03-08"),),
                 facts=(("premiere", "2027-03-08", "confirmed"),)),
        )),
        ("roundup-cancellation", 3, (
            renewed, filming,
            Beat("roundup_cancelled", _d("2026-08-04"), "cancelled", season_less=True,
                 facts=(("cancelled", None, "confirmed"),)),
        )),
        ("same-day-reverse-feed", 2, (
            renewed, filming,
            # The premiere story comes first in the feed; the wrap of the same day after it.
            Beat("premiere_day", _d("2026-11-13"), P, when=_d("2027-01-21"),
                 facts=(("premiere", "2027-01-21", "confirmed"),)),
            Beat("filming_wrapped", _d("2026-11-13"), P, when=_d("2026-11-12"), alert=None,
                 facts=(("filming_wrapped", "2026-11-12", "confirmed"),)),
        )),
        ("report-then-official", 2, (
            renewed,
            Beat("filming_wrapped", _d("2026-09-04"), "wrapped", when=_d("2026-09-02"),
                 facts=(("filming_wrapped", "2026-09-02", "confirmed"),)),
            Beat("premiere_report", _d("2026-11-02"), "wrapped", when=_d("2027-04-07"),
                 alert=None, facts=(("premiere", "2027-04-07", "speculative"),)),
            Beat("premiere_official", _d("2026-12-01"), P, when=_d("2027-04-14"),
                 facts=(("premiere", "2027-04-14", "confirmed"),)),
            # A report repeating the older day after the official one moves nothing.
            Beat("premiere_report", _d("2027-01-05"), P, when=_d("2027-04-07"), alert=None,
                 facts=(("premiere", "2027-04-07", "speculative"),)),
        )),
        ("window-day-moved", 2, (
            renewed,
            Beat("filming_wrapped", _d("2026-08-21"), "wrapped", when=_d("2026-08-19"),
                 facts=(("filming_wrapped", "2026-08-19", "confirmed"),)),
            Beat("premiere_window", _d("2026-09-15"), "wrapped", window="spring 2027",
                 facts=(("premiere", "2027-SP", "expected"),)),
            Beat("premiere_official", _d("2026-12-01"), P, when=_d("2027-04-01"),
                 facts=(("premiere", "2027-04-01", "confirmed"),)),
            Beat("premiere_move_back", _d("2027-02-02"), P, when=_d("2027-04-22"), alert=None,
                 moves=(("premiere_moved", "2027-04-01", "2027-04-22"),),
                 facts=(("premiere", "2027-04-22", "confirmed"),)),
        )),
        ("wrap-after-premiere-set", 3, (
            renewed, filming,
            Beat("premiere_official", _d("2026-10-20"), P, when=_d("2027-02-04"),
                 facts=(("premiere", "2027-02-04", "confirmed"),)),
            Beat("filming_wrapped_late", _d("2026-11-25"), P, when=_d("2026-09-18"),
                 alert=None, facts=(("filming_wrapped", "2026-09-18", "confirmed"),)),
        )),
        ("recap-after-next-renewal", 3, (
            renewed,
            # A recap of the aired second season: season 3 stays renewed, nothing alerts.
            Beat("recap_previous", _d("2026-03-30"), "renewed", when=_d("2026-01-15"),
                 alert=None),
            filming,
        )),
    ]


#: Round 35's shows: invented, of several title shapes (a place, a person-like name, "The").
SHOWS_ROUND35 = (("Lisbon", "Tovrel"), ("Salt Road", "Kestrel"),
                 ("The Glass Orchard", "Halcyon+"), ("Lantern House", "Nimbus One"),
                 ("Ember Coast", "Kestrel"), ("Northwind", "Tovrel"))


def stories_round35() -> list[Story]:
    """Round 35's shapes in three wordings each (trade, UK press, fan site)."""
    return rotated(_story_shapes_round35(), SHOWS_ROUND35)


STORIES_ROUND35: tuple[Story, ...] = tuple(stories_round35())


def _story_shapes_round37() -> list[tuple[str, int, tuple[Beat, ...]]]:
    """Round 37's shapes: the stories a season really runs through that rounds 34 and 35 did
    not replay (MEASUREMENTS, round 35's time lines, Left; round 37's brief)."""
    P = "premiere_scheduled"
    renewed = Beat("renewed", _d("2026-02-12"), "renewed",
                   facts=(("renewed", None, "confirmed"),))
    filming = Beat("filming_started", _d("2026-05-11"), "filming",
                   facts=(("filming_started", "2026-05", "confirmed"),))
    return [
        ("two-block-shoot", 2, (
            renewed,
            Beat("shoot_block_one", _d("2026-04-13"), "filming", when=_d("2026-04-13"),
                 facts=(("filming_started", "2026-04-13", "confirmed"),)),
            Beat("shoot_break", _d("2026-06-24"), "filming", alert=None),
            Beat("shoot_restart", _d("2026-08-12"), "filming", alert=None),
            Beat("shoot_wrap_final", _d("2026-10-30"), "wrapped", when=_d("2026-10-29"),
                 facts=(("filming_wrapped", "2026-10-29", "confirmed"),)),
        )),
        ("report-then-renewal", 3, (
            Beat("renewal_report", _d("2026-01-20"), None, alert=None,
                 facts=(("renewed", None, "speculative"),)),
            Beat("renewal_confirmed", _d("2026-02-17"), "renewed",
                 facts=(("renewed", None, "confirmed"),)),
            filming,
        )),
        ("window-month-day", 2, (
            renewed,
            Beat("filming_wrapped", _d("2026-08-21"), "wrapped", when=_d("2026-08-19"),
                 facts=(("filming_wrapped", "2026-08-19", "confirmed"),)),
            Beat("window_early", _d("2026-09-15"), "wrapped", window="early 2027",
                 facts=(("premiere", "2027", "expected"),)),
            Beat("window_month", _d("2026-11-04"), "wrapped", when=_d("2027-03-01"),
                 facts=(("premiere", "2027-03", "confirmed"),)),
            Beat("day_from_window", _d("2026-12-09"), P, when=_d("2027-03-14"),
                 facts=(("premiere", "2027-03-14", "confirmed"),)),
        )),
        ("two-part-season", 4, (
            renewed, filming,
            Beat("filming_wrapped", _d("2026-09-10"), "wrapped", when=_d("2026-09-08"),
                 facts=(("filming_wrapped", "2026-09-08", "confirmed"),)),
            Beat("part_one_day", _d("2026-10-14"), P, when=_d("2027-01-16"),
                 facts=(("premiere", "2027-01-16", "confirmed"),)),
            # Part two's day is not the season's premiere moved: no "premiere moved" alert.
            Beat("part_two_day", _d("2027-02-10"), P, when=_d("2027-05-08"), alert=None),
        )),
        ("saved-by-another-network", 3, (
            # "after two seasons": the run that ended; season 3 is not on the board yet.
            Beat("cancelled_elsewhere", _d("2026-03-06"), None, alert=None),
            Beat("saved_by", _d("2026-04-01"), "renewed", facts=(("renewed", None, "confirmed"),)),
            Beat("filming_started", _d("2026-07-14"), "filming",
                 facts=(("filming_started", "2026-07", "confirmed"),)),
        )),
        ("revival-years-later", 4, (
            Beat("revival_years", _d("2026-02-24"), "renewed",
                 facts=(("renewed", None, "confirmed"),)),
            Beat("star_post_start", _d("2026-06-08"), "filming",
                 facts=(("filming_started", "2026-06", "confirmed"),)),
            Beat("window_early", _d("2026-09-15"), "filming", window="early 2027",
                 facts=(("premiere", "2027", "expected"),)),
        )),
        ("star-post-shoot", 2, (
            renewed,
            Beat("star_post_start", _d("2026-05-18"), "filming",
                 facts=(("filming_started", "2026-05", "confirmed"),)),
            Beat("star_post_wrap", _d("2026-09-25"), "wrapped",
                 facts=(("filming_wrapped", "2026-09", "confirmed"),)),
        )),
        ("similar-names", 2, (
            renewed,
            # The spin-off's premiere and cancellation: the parent's season stays as it is.
            Beat("sibling_premiere", _d("2026-03-18"), "renewed", when=_d("2026-04-22"),
                 alert=None),
            filming,
            Beat("sibling_cancelled", _d("2026-07-29"), "filming", alert=None),
        )),
        ("stale-roundup-after-cancel", 3, (
            renewed, filming,
            Beat("cancelled", _d("2026-07-02"), "cancelled",
                 facts=(("cancelled", None, "confirmed"),)),
            # A round-up listing the spring's renewal, season-less: nothing moves after it.
            Beat("roundup_renewed_stale", _d("2026-07-20"), "cancelled", alert=None,
                 season_less=True, facts=(("renewed", None, "confirmed"),)),
        )),
        ("old-move-retold", 3, (
            renewed, filming,
            Beat("premiere_day", _d("2026-11-05"), P, when=_d("2027-03-08"),
                 facts=(("premiere", "2027-03-08", "confirmed"),)),
            Beat("premiere_move_up", _d("2026-12-10"), P, when=_d("2027-02-22"), alert=None,
                 moves=(("premiere_moved", "2027-03-08", "2027-02-22"),),
                 facts=(("premiere", "2027-02-22", "confirmed"),)),
            Beat("premiere_move_back", _d("2027-01-19"), P, when=_d("2027-03-15"), alert=None,
                 moves=(("premiere_moved", "2027-02-22", "2027-03-15"),),
                 facts=(("premiere", "2027-03-15", "confirmed"),)),
            # A later article retells the December move: the day stays March 15.
            Beat("move_retold", _d("2027-02-03"), P, when=_d("2027-02-22"), alert=None),
        )),
    ]


#: Round 37's shows: invented, of several title shapes.
SHOWS_ROUND37 = (("Halden Street", "Tovrel"), ("Lantern House", "Kestrel"),
                 ("Marrow", "Halcyon+"), ("The Tin Coast", "Nimbus One"),
                 ("Saltmarsh", "Kestrel"), ("Paris Nights", "Tovrel"), ("Juniper", "Halcyon+"))


def stories_round37() -> list[Story]:
    """Round 37's shapes in three wordings each (wire or press release, Australian or Irish
    press, fan wiki / listings / Q&A / headline-only brief)."""
    return rotated(_story_shapes_round37(), SHOWS_ROUND37)


STORIES_ROUND37: tuple[Story, ...] = tuple(stories_round37())


def _story_shapes_round39() -> list[tuple[str, int, tuple[Beat, ...]]]:
    """Round 39's shapes: what a season's whole story brings that rounds 34, 35 and 37 did
    not replay (round 39's brief): a cancellation reversed, two seasons of one show in flight,
    a shoot halted and resumed, a window narrowed twice then told vaguer, a season pulled
    before it aired, an order extended then cut, the show's remake in the news, a wire story
    syndicated on three sites the same day."""
    P = "premiere_scheduled"
    renewed = Beat("renewed", _d("2026-02-12"), "renewed",
                   facts=(("renewed", None, "confirmed"),))
    filming = Beat("filming_started", _d("2026-05-11"), "filming",
                   facts=(("filming_started", "2026-05", "confirmed"),))
    wrapped = Beat("filming_wrapped", _d("2026-08-21"), "wrapped", when=_d("2026-08-19"),
                   facts=(("filming_wrapped", "2026-08-19", "confirmed"),))
    day = Beat("premiere_day", _d("2026-11-05"), P, when=_d("2027-03-08"),
               facts=(("premiere", "2027-03-08", "confirmed"),))
    return [
        ("cancel-reversed", 3, (
            renewed,
            # (just happened, no time stated: the published month, as the devset labels it)
            Beat("cancelled_before", _d("2026-04-02"), "cancelled",
                 facts=(("cancelled", "2026-04", "confirmed"),)),
            # Renewed again after the cancellation: the season is back, alerted.
            Beat("cancel_reversed", _d("2026-05-06"), "renewed",
                 facts=(("renewed", "2026-05", "confirmed"),)),
            Beat("filming_started", _d("2026-07-14"), "filming",
                 facts=(("filming_started", "2026-07", "confirmed"),)),
        )),
        ("next-season-ahead-older", 2, (
            renewed, filming, wrapped, day,
            # The third season renewed before the second premieres: the second stays as it is.
            Beat("renewed_ahead", _d("2027-01-14"), P, when=_d("2027-03-08"), alert=None,
                 season=3, facts=(("renewed", None, "confirmed"),
                                  )),
        )),
        ("next-season-ahead-newer", 3, (
            Beat("renewed", _d("2026-02-12"), None, alert=None, season=2,
                 facts=(("renewed", None, "confirmed"),)),
            Beat("premiere_day", _d("2026-11-05"), None, when=_d("2027-03-08"), alert=None,
                 season=2, facts=(("premiere", "2027-03-08", "confirmed"),)),
            Beat("renewed_ahead", _d("2027-01-14"), "renewed", when=_d("2027-03-08"),
                 facts=(("renewed", None, "confirmed"),)),
            # The second season's recap: the third stays renewed.
            Beat("recap", _d("2027-05-20"), "renewed", when=_d("2027-03-08"), alert=None,
                 season=2, facts=(("premiere", "2027-03-08", "confirmed"),)),
        )),
        ("halted-and-resumed", 2, (
            renewed, filming,
            Beat("shoot_halted", _d("2026-06-17"), "filming", alert=None),
            Beat("shoot_resumed", _d("2026-07-22"), "filming", alert=None),
            Beat("filming_wrapped", _d("2026-10-02"), "wrapped", when=_d("2026-09-30"),
                 facts=(("filming_wrapped", "2026-09-30", "confirmed"),)),
        )),
        ("window-narrows-twice", 2, (
            renewed, wrapped,
            Beat("window_early", _d("2026-09-03"), "wrapped", window="2027",
                 facts=(("premiere", "2027", "expected"),)),
            Beat("window_early", _d("2026-10-15"), "wrapped", window="spring 2027",
                 facts=(("premiere", "2027-SP", "expected"),)),
            Beat("day_from_window", _d("2026-12-09"), P, when=_d("2027-04-14"),
                 facts=(("premiere", "2027-04-14", "confirmed"),)),
            # A vaguer later report: the day stands, nothing moves.
            Beat("premiere_vaguer", _d("2027-01-20"), P, when=_d("2027-04-14"), alert=None,
                 facts=(("premiere", "2027", "expected"),)),
        )),
        ("pulled-before-airing", 3, (
            renewed, wrapped, day,
            Beat("pulled_before_airing", _d("2027-02-10"), "cancelled", when=_d("2027-03-08"),
                 facts=(("cancelled", None, "confirmed"),)),
        )),
        ("order-extended-then-cut", 2, (
            renewed,
            Beat("episodes_ordered", _d("2026-03-20"), "renewed", alert=None, value=8,
                 facts=(("episode_count", "8", "confirmed"),)),
            filming,
            Beat("episodes_extended", _d("2026-06-10"), "filming", alert=None, value=12,
                 previous_value=8, moves=(("episodes_changed", "8", "12"),),
                 facts=(("episode_count", "12", "confirmed"),)),
            Beat("episodes_cut", _d("2026-08-05"), "filming", alert=None, value=10,
                 previous_value=12, moves=(("episodes_changed", "12", "10"),),
                 facts=(("episode_count", "10", "confirmed"),)),
        )),
        ("remake-between-steps", 2, (
            renewed, filming,
            # The remake's news: the original's season stays as it is.
            Beat("other_version", _d("2026-07-01"), "filming", alert=None),
            wrapped,
        )),
        ("same-date-move-first", 2, (
            renewed, wrapped,
            # The move arrives first; the first announcement, published the same day, after
            # it: the moved day stands, nothing alerts again.
            Beat("premiere_move_back", _d("2026-11-05"), P, when=_d("2027-04-14"),
                 facts=(("premiere", "2027-04-14", "confirmed"),)),
            Beat("premiere_day", _d("2026-11-05"), P, when=_d("2027-03-08"), alert=None,
                 facts=(("premiere", "2027-03-08", "confirmed"),)),
        )),
        ("syndicated-wire", 3, (
            Beat("renewal_confirmed", _d("2026-02-12"), "renewed",
                 facts=(("renewed", None, "confirmed"),)),
            # The same wire story on two more sites the same day: one alert.
            Beat("renewal_confirmed", _d("2026-02-12"), "renewed", copy_of=0, alert=None,
                 facts=(("renewed", None, "confirmed"),)),
            Beat("renewal_confirmed", _d("2026-02-12"), "renewed", copy_of=0, alert=None,
                 facts=(("renewed", None, "confirmed"),)),
            filming,
            Beat("shoot_wrap_final", _d("2026-10-30"), "wrapped", when=_d("2026-10-29"),
                 copy_of=4, facts=(("filming_wrapped", "2026-10-29", "confirmed"),)),
            Beat("shoot_wrap_final", _d("2026-10-30"), "wrapped", when=_d("2026-10-29"),
                 copy_of=4, alert=None,
                 facts=(("filming_wrapped", "2026-10-29", "confirmed"),)),
        )),
    ]


#: Round 39's shows: invented, of several title shapes (one word, two, "The", a number, a
#: possessive).
SHOWS_ROUND39 = (("Copper Vale", "Kestrel"), ("Ashford Lane", "Tovrel"),
                 ("The Salt Meridian", "Halcyon+"), ("Brightwater", "Nimbus One"),
                 ("Dock 7", "Kestrel"), ("Hollis's Law", "Tovrel"))


def stories_round39() -> list[Story]:
    """Round 39's shapes in three wordings each (trade, UK or Irish press, fan site or
    headline-only brief)."""
    return rotated(_story_shapes_round39(), SHOWS_ROUND39)


STORIES_ROUND39: tuple[Story, ...] = tuple(stories_round39())


def _story_shapes_round40() -> list[tuple[str, int, tuple[Beat, ...]]]:
    """Round 40's shapes: what rounds 34, 35, 37 and 39 did not replay (round 40's brief): a
    season renewed and dated in one article; a shoot told whole after it wrapped; a window
    "this fall" then a day "next Thursday", each relative to its own publication; a round-up
    of twenty shows with one line about ours; a UK series followed by a US site's season; a
    limited series that gets a second season; a step quoting the previous season's premiere
    as background; one season wrapping as the next is ordered, followed from each; a
    cancellation reported by one site and denied by the network."""
    P = "premiere_scheduled"
    renewed = Beat("renewed", _d("2026-02-12"), "renewed",
                   facts=(("renewed", None, "confirmed"),))
    filming = Beat("filming_started", _d("2026-05-11"), "filming",
                   facts=(("filming_started", "2026-05", "confirmed"),))
    wrapped = Beat("filming_wrapped", _d("2026-08-21"), "wrapped", when=_d("2026-08-19"),
                   facts=(("filming_wrapped", "2026-08-19", "confirmed"),))
    day = Beat("premiere_day", _d("2026-11-05"), P, when=_d("2027-03-08"),
               facts=(("premiere", "2027-03-08", "confirmed"),))
    return [
        ("renewed-and-dated", 2, (
            # One article renews and dates the season: it is scheduled at once, one alert.
            Beat("renewed_and_dated", _d("2026-09-10"), P, when=_d("2027-01-14"),
                 facts=(("renewed", "2026-09", "confirmed"),
                        ("premiere", "2027-01-14", "confirmed"))),
            # The shoot after it moves nothing back.
            Beat("filming_started", _d("2026-10-05"), P, alert=None,
                 facts=(("filming_started", "2026-10", "confirmed"),)),
        )),
        ("shoot-told-whole", 3, (
            renewed,
            # Started and wrapped in one article, told after the wrap: wrapped, one alert.
            Beat("shoot_whole", _d("2026-08-20"), "wrapped", when=_d("2026-08-14"),
                 facts=(("filming_started", "2026-04-06", "confirmed"),
                        ("filming_wrapped", "2026-08-14", "confirmed"))),
            day,
        )),
        ("relative-dates", 2, (
            renewed, Beat("filming_wrapped", _d("2026-06-03"), "wrapped", when=_d("2026-06-01"),
                          facts=(("filming_wrapped", "2026-06-01", "confirmed"),)),
            # "this fall" in June: fall 2026; "next Thursday" on Friday October 2: October 8.
            Beat("window_relative", _d("2026-06-10"), "wrapped",
                 facts=(("premiere", "2026-FA", "expected"),)),
            Beat("premiere_relative", _d("2026-10-02"), P, when=_d("2026-10-08"),
                 facts=(("premiere", "2026-10-08", "confirmed"),)),
        )),
        ("twenty-show-roundup", 3, (
            renewed, filming,
            # A round-up of twenty shows: one line tells ours wrapped (no time told).
            Beat("roundup_twenty", _d("2026-09-04"), "wrapped",
                 facts=(("filming_wrapped", None, "confirmed"),)),
            day,
        )),
        ("uk-series-then-us-season", 3, (
            Beat("uk_renewed", _d("2026-02-12"), "renewed",
                 facts=(("renewed", "2026-02", "confirmed"),)),
            Beat("uk_filming", _d("2026-06-15"), "filming",
                 facts=(("filming_started", "2026-06", "confirmed"),)),
            # A US site calls it "season 3".
            Beat("premiere_day", _d("2026-12-01"), P, when=_d("2027-02-11"), wording=0,
                 facts=(("premiere", "2027-02-11", "confirmed"),)),
        )),
        ("limited-then-second", 2, (
            Beat("limited_renewed", _d("2026-03-04"), "renewed",
                 facts=(("renewed", "2026-03", "confirmed"),)),
            filming, wrapped,
        )),
        ("background-premiere", 3, (
            renewed,
            # The previous season's premiere told as background: no premiere for this one.
            Beat("filming_with_background", _d("2026-05-11"), "filming",
                 facts=(("filming_started", "2026-05", "confirmed"),)),
            wrapped,
        )),
        ("wrap-as-next-ordered-older", 3, (
            renewed, filming,
            # The third season wraps as the fourth is ordered: the third is wrapped.
            Beat("wrap_and_order", _d("2026-09-16"), "wrapped",
                 facts=(("filming_wrapped", "2026-09", "confirmed"),),
                 other_facts=((4, "renewed", "2026-09", "confirmed"),)),
        )),
        ("wrap-as-next-ordered-newer", 4, (
            Beat("renewed", _d("2026-02-12"), None, alert=None, season=3,
                 facts=(("renewed", None, "confirmed"),)),
            Beat("filming_started", _d("2026-05-11"), None, alert=None, season=3,
                 facts=(("filming_started", "2026-05", "confirmed"),)),
            # Followed from the fourth: renewed, alerted.
            Beat("wrap_and_order", _d("2026-09-16"), "renewed", season=3,
                 facts=(("filming_wrapped", "2026-09", "confirmed"),),
                 other_facts=((4, "renewed", "2026-09", "confirmed"),)),
        )),
        ("cancel-report-denied", 3, (
            renewed,
            # One site reports a cancellation from sources; the network denies it: no move.
            Beat("cancel_report", _d("2026-04-08"), "renewed", alert=None,
                 facts=(("cancelled", None, "speculative"),)),
            Beat("cancel_denied", _d("2026-04-09"), "renewed", alert=None),
            Beat("filming_started", _d("2026-06-22"), "filming",
                 facts=(("filming_started", "2026-06", "confirmed"),)),
        )),
    ]


#: Round 40's shows: invented, of several title shapes (two words, one word, "The", a number,
#: a possessive, a colon).
SHOWS_ROUND40 = (("Marlow Point", "Kestrel"), ("Ironbridge", "Tovrel"),
                 ("The Long Acre", "Halcyon+"), ("Station 9", "Nimbus One"),
                 ("Nell's Crossing", "Kestrel"), ("Fenwick: After Dark", "Tovrel"))


def stories_round40() -> list[Story]:
    """Round 40's shapes in three wordings each (trade or wire, UK or Irish press, fan site
    or headline-only brief)."""
    return rotated(_story_shapes_round40(), SHOWS_ROUND40)


STORIES_ROUND40: tuple[Story, ...] = tuple(stories_round40())


def _story_shapes_round41() -> list[tuple[str, int, tuple[Beat, ...]]]:
    """Round 41's shapes: what rounds 34–40 did not replay (round 41's brief): a renamed show
    ("formerly known as", "now titled", a UK/US title pair, a subtitle) whose later pages use
    the other name; a recap of the previous season while the next films; a spin-off cancelled
    beside the parent; a window from one site, a day from another, then moved; a cancellation
    reversed by another network ("rescued"); a wrap told only through post-production; steps
    told only relative to their own date, months apart; same-day pages in reverse order."""
    P = "premiere_scheduled"
    renewed = Beat("renewed", _d("2026-02-12"), "renewed",
                   facts=(("renewed", None, "confirmed"),))
    filming = Beat("filming_started", _d("2026-05-11"), "filming",
                   facts=(("filming_started", "2026-05", "confirmed"),))
    wrapped = Beat("filming_wrapped", _d("2026-08-21"), "wrapped", when=_d("2026-08-19"),
                   facts=(("filming_wrapped", "2026-08-19", "confirmed"),))
    day = Beat("premiere_day", _d("2026-11-05"), P, when=_d("2027-03-08"),
               facts=(("premiere", "2027-03-08", "confirmed"),))
    old = "Lodestar"
    return [
        ("renamed-formerly", 2, (
            # Renewed under its old name: nothing links it to the show yet.
            Beat("renewed", _d("2026-02-12"), None, alert=None, called=old, unlinked=True,
                 facts=(("renewed", None, "confirmed"),)),
            # "X, formerly known as Lodestar": filming, alerted under the new name.
            Beat("renamed_formerly", _d("2026-05-11"), "filming", also=old,
                 facts=(("filming_started", "2026-05", "confirmed"),)),
            # A later page still says "Lodestar": its wrap is the show's.
            Beat("filming_wrapped", _d("2026-08-21"), "wrapped", when=_d("2026-08-19"),
                 called=old, facts=(("filming_wrapped", "2026-08-19", "confirmed"),)),
            day,
        )),
        ("renamed-now-titled", 3, (
            Beat("renewed", _d("2026-02-12"), None, alert=None, called=old, unlinked=True,
                 facts=(("renewed", None, "confirmed"),)),
            # "Lodestar, now titled X": filming.
            Beat("renamed_now", _d("2026-05-11"), "filming", also=old,
                 facts=(("filming_started", "2026-05", "confirmed"),)),
            wrapped,
            # A listing that still uses the old name dates the premiere.
            Beat("premiere_day", _d("2026-11-05"), P, when=_d("2027-03-08"), called=old,
                 facts=(("premiere", "2027-03-08", "confirmed"),)),
        )),
        ("uk-us-title-pair", 3, (
            renewed,
            # "X, which airs in Britain as Greyfriars Yard": the pair told once.
            Beat("title_pair", _d("2026-05-11"), "filming", also="Greyfriars Yard",
                 facts=(("filming_started", "2026-05", "confirmed"),)),
            # The UK press tells the wrap under the UK title only.
            Beat("filming_wrapped", _d("2026-08-21"), "wrapped", when=_d("2026-08-19"),
                 called="Greyfriars Yard",
                 facts=(("filming_wrapped", "2026-08-19", "confirmed"),)),
            day,
        )),
        ("subtitle-dropped", 2, (
            renewed,
            # "X: Black Tide, the second season of X": the season's subtitle.
            Beat("subtitled_filming", _d("2026-05-11"), "filming", also="{show}: Black Tide",
                 facts=(("filming_started", "2026-05", "confirmed"),)),
            # Told under the subtitle alone.
            Beat("filming_wrapped", _d("2026-08-21"), "wrapped", when=_d("2026-08-19"),
                 called="{show}: Black Tide",
                 facts=(("filming_wrapped", "2026-08-19", "confirmed"),)),
            # Then under the plain name.
            day,
        )),
        ("recap-of-previous", 3, (
            renewed, filming,
            # A recap of season 2 (premiered last year) while season 3 films: no move.
            Beat("recap_before_next", _d("2026-06-18"), "filming", alert=None, season=2,
                 when=_d("2025-09-14"), facts=(("premiere", "2025-09-14", "confirmed"),)),
            wrapped,
        )),
        ("spin-off-cancelled", 2, (
            renewed, filming,
            # "X: Origins, the prequel to X" cancelled: the parent's season is not.
            Beat("spin_off", _d("2026-06-18"), "filming", alert=None),
            wrapped,
        )),
        ("window-day-moved", 2, (
            renewed, wrapped,
            Beat("premiere_window", _d("2026-09-15"), "wrapped", window="spring 2027",
                 facts=(("premiere", "2027-SP", "expected"),)),
            # Another site gives the day, then the network moves it.
            Beat("premiere_other_source", _d("2026-11-05"), P, when=_d("2027-03-08"),
                 facts=(("premiere", "2027-03-08", "confirmed"),)),
            Beat("premiere_moved", _d("2027-01-22"), P, when=_d("2027-04-14"), alert=None,
                 moves=(("premiere_moved", "2027-03-08", "2027-04-14"),),
                 facts=(("premiere", "2027-04-14", "confirmed"),)),
        )),
        ("cancelled-then-rescued", 3, (
            renewed,
            Beat("cancelled_before", _d("2026-04-02"), "cancelled",
                 facts=(("cancelled", "2026-04", "confirmed"),)),
            # "Rescued by Tovrel": the same season ordered again, alerted.
            Beat("rescued", _d("2026-05-06"), "renewed",
                 facts=(("renewed", "2026-05", "confirmed"),)),
            Beat("filming_started", _d("2026-07-14"), "filming",
                 facts=(("filming_started", "2026-07", "confirmed"),)),
        )),
        ("wrap-through-post", 2, (
            renewed, filming,
            # "now in post-production", "now in the edit": the shoot is over.
            Beat("post_production", _d("2026-09-10"), "wrapped",
                 facts=(("filming_wrapped", None, "confirmed"),)),
            day,
        )),
        ("relative-dates-apart", 2, (
            renewed,
            # "next month" in March: April, still to come (no move).
            Beat("filming_next_month", _d("2026-03-10"), "renewed", alert=None,
                 facts=(("filming_started", "2026-04", "expected"),)),
            # "earlier this month" in April: under way.
            Beat("filming_this_month", _d("2026-04-20"), "filming",
                 facts=(("filming_started", "2026-04", "confirmed"),)),
            # "next month" in September: October, no day (no move).
            Beat("premiere_next_month", _d("2026-09-08"), "filming", alert=None,
                 facts=(("premiere", "2026-10", "expected"),)),
        )),
        ("same-day-reversed", 3, (
            renewed, filming,
            # The premiere page of the day comes first, the wrap page of the same day after.
            Beat("premiere_day", _d("2026-11-13"), P, when=_d("2027-01-21"),
                 facts=(("premiere", "2027-01-21", "confirmed"),)),
            Beat("filming_wrapped", _d("2026-11-13"), P, when=_d("2026-11-12"), alert=None,
                 facts=(("filming_wrapped", "2026-11-12", "confirmed"),)),
        )),
    ]


#: Round 41's shows: invented, of several title shapes (two words, one word, "The", a number,
#: a possessive, a colon).
SHOWS_ROUND41 = (("Ashford Lane", "Kestrel"), ("Copperhead", "Tovrel"),
                 ("The Salt Marsh", "Halcyon+"), ("Pier 14", "Nimbus One"),
                 ("Maud's Garden", "Kestrel"), ("Harrow: The Long Night", "Tovrel"))


def stories_round41() -> list[Story]:
    """Round 41's shapes in three wordings each (trade or wire, UK or Irish press, fan site
    or headline-style brief)."""
    return rotated(_story_shapes_round41(), SHOWS_ROUND41)


STORIES_ROUND41: tuple[Story, ...] = tuple(stories_round41())


def write_corpus(story_list: Sequence[Story], root: Path) -> None:
    """The stories as a corpus of the devset's layout under ``root`` (pages read by the real
    page reader; the labelled facts of the season alongside)."""
    from monitor.ingest.text import extract_page_text

    (root / "articles").mkdir(parents=True, exist_ok=True)
    for story in story_list:
        for number, beat in enumerate(story.beats):
            site = SITES[(number * 2 + story.wording) % len(SITES)]
            url = f"https://{site[1]}/tv/{story.id}-{number}"
            page = extract_page_text(page_html(story, number, beat, site), url=url,
                                     content_type="text/html")
            record = {
                "url": url, "title": page.title, "text": page.text,
                "published": (page.published or beat.published).isoformat(),
                "facts": [{"show": called_name(story, beat) if beat.unlinked else story.show,
                           "season": None if beat.season_less else beat.season or story.season,
                           "kind": kind,
                           "date": None if kind == "episode_count" else date,
                           "certainty": certainty,
                           "value": int(date) if kind == "episode_count" and date else None}
                          for kind, date, certainty in beat.facts]
                + [{"show": story.show, "season": season, "kind": kind, "date": date,
                    "certainty": certainty, "value": None}
                   for season, kind, date, certainty in beat.other_facts]}
            (root / "articles" / f"{story.id}-{number}.json").write_text(
                json.dumps(record, indent=1), encoding="utf-8")


def corpus_fixture(story_list: Sequence[Story], name: str) -> Any:
    """A module-scoped pytest fixture ``corpus``: ``story_list`` written once per test module
    (``write_corpus``) under a fresh directory named ``name`` (round 36: the one fixture of
    ``tests/test_invented_timelines_round34.py`` and ``_round35.py``)."""
    import pytest

    @pytest.fixture(scope="module")
    def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
        root = tmp_path_factory.mktemp(name)
        write_corpus(story_list, root)
        return root

    return corpus



def story_cells(story_list: Sequence[Story], left: Mapping[str, str]) -> list[Any]:
    """``story_list`` as pytest params named by story id, those in ``left`` (id → the cause
    left) marked xfail strict (round 38: the one reader of round 35's and 37's grids)."""
    import grid_tally

    return grid_tally.params(story_list, left)


def alert_moves(alerts: Sequence[Any]) -> tuple[tuple[str, str, str], ...]:
    """The "premiere moved" and "episode order changed" alerts among ``alerts``, each as
    (kind, previous value, new value)."""
    out = []
    for a in alerts:
        if a.kind == "premiere_moved":
            out.append(("premiere_moved", str(a.previous_date), str(a.date)))
        elif a.kind == "episodes_changed":
            out.append(("episodes_changed", str(a.previous_episode_count),
                        str(a.episode_count)))
    return tuple(out)


def assert_replays_every_step(story: Story, corpus: Path) -> None:
    """The extractor's replay of ``story`` matches every beat: the status, the status alert
    and the moves (``alert_moves``) the beat expects (round 35's and 37's cell)."""
    steps = replay(story, corpus).steps  # type: ignore[attr-defined]
    got = [(s.article, s.status, s.status_alerts, alert_moves(s.alerts)) for s in steps]
    wanted = [(s.article, s.expected, (s.expected_alert,) if s.expected_alert else (),
               beat.moves) for s, beat in zip(steps, story.beats, strict=True)]
    assert got == wanted


def round_tests(story_list: Sequence[Story], fixed: frozenset[str], left: Mapping[str, str],
                name: str, count: int) -> tuple[Any, Any, Any, Any]:
    """A round's story cells as its test module binds them (round 40's tidy: rounds 37, 39
    and 40 wrote these alike): the ``corpus`` fixture (``corpus_fixture`` under ``name``);
    the extractor's replay of each story matching every step (those in ``left`` strict
    xfail); the labelled facts' replay of each story right with no false status alert; and
    ``fixed`` and ``left`` naming real stories of the ``count`` told."""
    import pytest

    corpus = corpus_fixture(story_list, name)

    @pytest.mark.parametrize("story", story_cells(story_list, left))
    def test_an_invented_time_line_alerts_each_change_once_in_order(story: Story,
                                                                    corpus: Path) -> None:
        assert_replays_every_step(story, corpus)

    @pytest.mark.parametrize("story", story_list, ids=[s.id for s in story_list])
    def test_the_labelled_facts_replay_every_step(story: Story, corpus: Path) -> None:
        """The status layer alone (labelled facts): every story right, no false status
        alert."""
        result = replay(story, corpus, "gold")
        assert [s.status for s in result.steps] == [b.status for b in story.beats]  # type: ignore[attr-defined]
        assert not result.false_alerts  # type: ignore[attr-defined]

    def test_the_fixed_and_left_cells_name_real_stories() -> None:
        ids = {s.id for s in story_list}
        assert fixed <= ids and set(left) <= ids and not fixed & set(left)
        assert len(story_list) == count

    return (corpus, test_an_invented_time_line_alerts_each_change_once_in_order,
            test_the_labelled_facts_replay_every_step,
            test_the_fixed_and_left_cells_name_real_stories)


#: A fact told by an article as the store tests state it: (season, kind, date, certainty).
Told = tuple[int | None, str, str | None, str]


def told_article(show: str, url: str, published: str, facts: Sequence[Told]
                 ) -> tuple[Any, list[Any]]:
    """An article about ``show`` (its text is the show's name) with ``facts`` as the extractor
    would hand them to the store: what the store-level cells of the time-line tests ingest."""
    from monitor.models import Article, Fact

    return (Article(url=url, title=show, text=f"{show}.",
                    published=dt.date.fromisoformat(published)),
            [Fact(show=show, season=season, kind=kind, date=date,  # type: ignore[arg-type]
                  certainty=certainty, source_url=url,  # type: ignore[arg-type]
                  evidence=f"{kind} {date or ''}")
             for season, kind, date, certainty in facts])


def timeline_of(story: Story) -> object:
    from monitor.evaluation.timelines import Timeline

    expected_alerts = []
    previous: str | None = None
    for beat in story.beats:
        rises = beat.status is not None and beat.status != previous
        expected_alerts.append(beat.status if beat.alert is True and rises
                               else beat.alert if isinstance(beat.alert, str) else None)
        previous = beat.status or previous
    return Timeline(show=story.show, season=story.season,
                    articles=tuple(f"{story.id}-{n}" for n in range(len(story.beats))),
                    expected=tuple(b.status for b in story.beats),
                    expected_alerts=tuple(expected_alerts))


def replay(story: Story, corpus: Path, source: str = "extractor") -> object:
    from monitor.evaluation.timelines import replay_timeline

    return replay_timeline(timeline_of(story), corpus, source)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    import tempfile

    from monitor.evaluation.timelines import format_timelines

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--gold", action="store_true", help="replay the labelled facts")
    parser.add_argument("--round35", action="store_true",
                        help="round 35's shapes (moved dates, episode orders, round-ups …)")
    parser.add_argument("--round37", action="store_true",
                        help="round 37's shapes (two-block shoots, reports, split seasons …)")
    parser.add_argument("--round39", action="store_true",
                        help="round 39's shapes (a cancellation reversed, two seasons in "
                             "flight, a halted shoot, a syndicated wire story …)")
    parser.add_argument("--round40", action="store_true",
                        help="round 40's shapes (renewed and dated at once, a shoot told "
                             "whole, relative dates, a twenty-show round-up, a denial …)")
    parser.add_argument("--round41", action="store_true",
                        help="round 41's shapes (a renamed show, a recap of the previous "
                             "season, a spin-off, a rescue, a wrap told through the edit …)")
    args = parser.parse_args(argv)
    story_list = (STORIES_ROUND41 if args.round41
                  else STORIES_ROUND40 if args.round40 else STORIES_ROUND39 if args.round39
                  else STORIES_ROUND37 if args.round37
                  else STORIES_ROUND35 if args.round35 else STORIES)
    with tempfile.TemporaryDirectory(prefix="invented-timelines-") as tmp:
        write_corpus(story_list, Path(tmp))
        results = [replay(s, Path(tmp), "gold" if args.gold else "extractor")
                   for s in story_list]
        print(format_timelines(results, source="gold" if args.gold else "extractor",  # type: ignore[arg-type]
                               verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
