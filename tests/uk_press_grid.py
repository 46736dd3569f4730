"""Schedules, changes, decisions and shoots as the UK, Irish and Australian press write them:
a generated grid (issue 10 and 11, round 36, branch r36uk).

Broadcasters' press offices and the British, Irish and Australian papers write a season as a
"series" ("the second series of X", "series 2 of X", "X series 2"), a premiere as
transmission ("will begin on Sunday 14 July at 9pm", "returns to screens on 14 July", "will
air from 14 July", "TX date"), the day before its month, a change of schedule as "moved back
to" / "brought forward to" / "delayed until", an order that changes as "cut to six
episodes", a renewal as "recommissioned" and a cancellation as "axed". Each wording here is
written over three title shapes (a show "Salt Road", "The Lantern House", "Havana" on an
invented network "Kestrel", published on Friday 10 May 2024) and read as the extractor
reads a whole article: a cue sentence naming the show first where the house writes one.

A cell names the one row it must give (show, season, kind, date, episode count) and the kinds
that would be false beside it. ``python tests/uk_press_grid.py [-v]`` prints right / missed /
false by axis; ``tests/test_uk_press_round36.py`` parametrizes from :func:`cells`. A moved
date is right only when its evidence sentence reads as a change of schedule to the status
layer (``reconcile.RESCHEDULED_RE``): that is what alerts "premiere moved".
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable
from dataclasses import dataclass

import grid_tally

#: A Friday; every date below is read against it.
PUBLISHED = dt.date(2024, 5, 10)
NETWORK = "Kestrel"

#: Title shapes: name → the title as written.
SHAPES: dict[str, str] = {
    "words": "Salt Road",
    "the-x": "The Lantern House",
    "one-word": "Havana",
    "numbered": "Precinct 9",
}

#: A day before its month, as the British press writes it: (id, words, date).
DAYS: tuple[tuple[str, str, str], ...] = (
    ("day-month", "14 July", "2024-07-14"),
    ("weekday", "Sunday 14 July", "2024-07-14"),
    ("weekday-time", "Sunday 14 July at 9pm", "2024-07-14"),
    ("day-month-year", "14 July 2024", "2024-07-14"),
    ("weekday-nth", "Sunday 14th July", "2024-07-14"),
    ("nth-month", "14th July", "2024-07-14"),
)

#: The season as the subject: (id, words with {T}).
SUBJECTS: tuple[tuple[str, str], ...] = (
    ("the-second-series-of", "The second series of {T}"),
    ("series-2-of", "Series 2 of {T}"),
    ("t-series-2", "{T} series 2"),
)

#: Transmission wordings, a day after them: (id, words before the day).
TRANSMISSION: tuple[tuple[str, str], ...] = (
    ("will-begin-on", "will begin on"),
    ("begins-on", "begins on"),
    ("returns-to-screens-on", "returns to screens on"),
    ("will-return-to-screens-on", "will return to screens on"),
    ("will-air-from", "will air from"),
    ("will-be-broadcast-weekly-from", "will be broadcast weekly from"),
    ("will-start-on", "will start on"),
    ("will-launch-on-n-on", "will launch on Kestrel on"),
    ("will-premiere-on-n-on", "will premiere on Kestrel One on"),
    ("returns-to-n-on", "returns to Kestrel One on"),
    ("will-be-shown-on", "will be shown on"),
    ("is-to-air-on", "is to air on"),
    ("airs-from", "airs from"),
    ("will-screen-from", "will screen from"),
    ("will-go-out-on", "will go out on"),
    ("will-debut-on-n-on", "will debut on Kestrel Play on"),
)

#: Transmission told without a day: (id, sentence with {S} the subject, date).
WINDOWS: tuple[tuple[str, str, str], ...] = (
    ("hits-screens-this-autumn", "{S} hits screens this autumn.", "2024-FA"),
    ("will-return-this-autumn", "{S} will return to screens this autumn.", "2024-FA"),
    ("due-to-return-in-the-new-year", "{S} is due to return in the new year.", "2025"),
    ("will-air-in-september", "{S} will air in September.", "2024-09"),
    ("will-return-later-this-year", "{S} will return to screens later this year.", "2024"),
    ("expected-in-the-autumn", "{S} is expected to air in the autumn.", "2024-FA"),
    ("early-next-year", "{S} will return in early 2025.", "2025"),
)

#: A listing's label: (id, text with {T} and {D} the day).
LABELS: tuple[tuple[str, str], ...] = (
    ("tx-date-label", "Kestrel has confirmed a second series of {T}.\n\nTX date: {D}"),
    ("tx-date-colon", "{T} series 2 TX date confirmed: {D}."),
)

#: Changes of schedule, a day after them: (id, words between the subject and the day).
CHANGES: tuple[tuple[str, str], ...] = (
    ("moved-back-to", "has been moved back to"),
    ("pushed-back-to", "has been pushed back to"),
    ("brought-forward-to", "has been brought forward to"),
    ("delayed-until", "has been delayed until"),
    ("rescheduled-for", "has been rescheduled for"),
    ("postponed-until", "has been postponed until"),
    ("put-back-to", "has been put back to"),
    ("will-now-air-on", "will now air on"),
    ("will-now-begin-on", "will now begin on"),
    ("will-now-be-broadcast-on", "will now be broadcast on"),
)

#: Orders that change: (id, sentence with {S}, the episode count, or None when no total).
ORDERS: tuple[tuple[str, str, int | None], ...] = (
    ("cut-to", "{S} has been cut to six episodes.", 6),
    ("cut-short-reduced-to", "{S} has been cut short and reduced to eight episodes, down from "
                             "ten.", 8),
    ("reduced-to", "{S} has been reduced to eight episodes.", 8),
    ("extended-to", "{S} has been extended to ten episodes.", 10),
    ("shortened-run", "{S} will have a shortened run of six episodes.", 6),
    ("two-extra", "Kestrel has ordered two extra episodes of {S2}.", None),
    ("cut-scripts-shelved", "{S} has been cut to six episodes. The remaining scripts will be "
                            "shelved.", 6),
    ("reduced-storylines-dropped", "{S} has been reduced to eight episodes, Kestrel said. Two "
                                   "planned storylines have been dropped.", 8),
)

#: The sentence before a decision or a shoot: it names the show as a show (a grid of
#: wordings, not of title discovery: a lone title in a one-sentence article is dropped).
CUE = "The Kestrel drama {T} follows three sisters in a fishing town."

#: Decisions: (id, sentence with {T}, kind, season; None: any season, "after two series" is
#: the second's end, "will not return for a third" the same).
DECISIONS: tuple[tuple[str, str, str, int | None], ...] = (
    ("recommissioned-for", "{T} has been recommissioned for a third series.", "renewed", 3),
    ("recommissioned-by", "Kestrel has recommissioned {T} for a third series.", "renewed", 3),
    ("commissioned-for-second", "{T} has been commissioned for a second series.", "renewed", 2),
    ("commissions-second-series-of", "Kestrel has commissioned a second series of {T}.",
     "renewed", 2),
    ("handed-a-third-series", "{T} has been handed a third series by Kestrel.", "renewed", 3),
    ("given-a-second-run", "{T} has been given a second run by Kestrel.", "renewed", 2),
    ("axed", "{T} has been axed by Kestrel after two series.", "cancelled", None),
    ("axes", "Kestrel has axed {T} after two series.", "cancelled", None),
    ("will-not-return", "{T} will not return for a third series, Kestrel has confirmed.",
     "cancelled", None),
    ("dropped", "{T} has been dropped by Kestrel after two series.", "cancelled", None),
    ("pulled-the-plug", "Kestrel has pulled the plug on {T} after two series.", "cancelled",
     None),
    ("wont-be-back", "{T} won't be back for a third series, Kestrel has confirmed.",
     "cancelled", None),
    ("renewed-for-third-series", "{T} has been renewed for a third series.", "renewed", 3),
    ("returning-for-second-series", "{T} is returning for a second series.", "renewed", 2),
    ("will-be-back-for-series", "{T} will be back for a second series on Kestrel.", "renewed",
     2),
    ("gets-second-series", "Kestrel has confirmed {T} will get a second series.", "renewed", 2),
    ("scrapped", "Kestrel has scrapped {T} after two series.", "cancelled", None),
    ("binned", "{T} has been binned by Kestrel after one series.", "cancelled", None),
)

#: Production: (id, sentence with {T}, kind).
PRODUCTION: tuple[tuple[str, str, str], ...] = (
    ("filming-got-under-way", "Filming got under way on the second series of {T} this week.",
     "filming_started"),
    ("cameras-are-rolling", "Cameras are rolling on series 2 of {T}.", "filming_started"),
    ("began-shooting-in-belfast", "{T} series 2 began shooting in Belfast this week.",
     "filming_started"),
    ("filming-is-under-way", "Filming is under way on the second series of {T} in Dublin.",
     "filming_started"),
    ("filming-has-wrapped", "Filming has wrapped on the second series of {T}.",
     "filming_wrapped"),
    ("production-has-concluded", "Production has concluded on series 2 of {T}.",
     "filming_wrapped"),
    ("has-wrapped-filming", "{T} series 2 has wrapped filming in Glasgow.", "filming_wrapped"),
)

#: A season referred to after the sentence that names it: (id, cue, referring sentence with
#: {D} the day). The cue tells season 2 is made, nothing of its day.
TOLD = "Filming on the second series of {T} wrapped in Belfast in March."
REFERS: tuple[tuple[str, str], ...] = (
    ("the-programme", "The programme returns to screens on {D}."),
    ("the-six-parter", "The six-parter will begin on {D}."),
    ("the-new-series", "The new series will air from {D}."),
    ("the-drama", "The drama will be broadcast weekly from {D}."),
)


@dataclass(frozen=True)
class Cell:
    """One invented article and the one row it must give."""

    id: str
    axis: str
    shape: str
    title: str
    body: str
    kind: str
    season: int | None
    date: str | None = None
    episodes: int | None = None
    #: the evidence must read as a change of schedule (``RESCHEDULED_RE``)
    moved: bool = False


def cells() -> list[Cell]:
    """Every cell of the grid."""
    out: list[Cell] = []
    for shape, title in SHAPES.items():
        for sid, subject in SUBJECTS:
            s = subject.format(T=title)
            for wid, words in TRANSMISSION:
                for did, day, date in DAYS:
                    out.append(Cell(f"tx-{wid}-{sid}-{did}-{shape}", "transmission", shape,
                                    title, f"{s} {words} {day}.", "premiere", 2, date))
            for wid, sentence, date in WINDOWS:
                out.append(Cell(f"window-{wid}-{sid}-{shape}", "window", shape, title,
                                sentence.format(S=s), "premiere", 2, date))
            for cid, words in CHANGES:
                for did, day, date in DAYS[:2]:
                    out.append(Cell(f"change-{cid}-{sid}-{did}-{shape}", "change", shape,
                                    title, f"{s} {words} {day}.", "premiere", 2, date,
                                    moved=True))
            for oid, sentence, count in ORDERS:
                body = sentence.format(S=s, S2=s[0].lower() + s[1:]
                                       if s.startswith(("The ", "Series ")) else s)
                out.append(Cell(f"order-{oid}-{sid}-{shape}", "order", shape, title, body,
                                "episode_count" if count else "no-cancellation", 2,
                                episodes=count))
        for lid, text in LABELS:
            for did, day, date in DAYS[:2]:
                out.append(Cell(f"label-{lid}-{did}-{shape}", "label", shape, title,
                                text.format(T=title, D=day), "premiere", 2, date))
        for did_, sentence, kind, season in DECISIONS:
            out.append(Cell(f"decision-{did_}-{shape}", "decision", shape, title,
                            f"{CUE.format(T=title)} {sentence.format(T=title)}", kind, season))
        for pid, sentence, kind in PRODUCTION:
            out.append(Cell(f"production-{pid}-{shape}", "production", shape, title,
                            f"{CUE.format(T=title)} {sentence.format(T=title)}", kind, 2))
        for rid, sentence in REFERS:
            for did, day, date in DAYS[:3]:
                out.append(Cell(f"refer-{rid}-{did}-{shape}", "refer", shape, title,
                                f"{TOLD.format(T=title)} {sentence.format(D=day)}",
                                "premiere", 2, date))
    return out


Row = tuple[str, int | None, str, str | None, int | None, str]


def rows_of(facts: Iterable[object]) -> set[Row]:
    """{(show, season, kind, date, value, evidence)} of extracted facts."""
    return {(f.show, f.season, f.kind, f.date, f.value, f.evidence)  # type: ignore[attr-defined]
            for f in facts}


def verdict(cell: Cell, rows: set[Row]) -> tuple[bool, list[Row]]:
    """(right, false rows) for one cell's extracted rows. Right: the cell's row on its show
    (its date, its count; a moved date with evidence the status layer reads as a move).
    False: a cancellation the cell does not tell, a premiere of another date or season, or a
    row on another name."""
    from monitor.store.reconcile import RESCHEDULED_RE

    ours = [r for r in rows if r[0] == cell.title]
    false = [r for r in rows if r[0] != cell.title and r[2] != "episode_count"]
    if cell.kind != "cancelled":
        false += [r for r in ours if r[2] == "cancelled"]
    if cell.kind == "premiere":
        false += [r for r in ours if r[2] == "premiere"
                  and (r[1] not in (cell.season, None) or r[3] != cell.date)]
    if cell.kind == "no-cancellation":
        return True, false
    right = False
    for r in ours:
        if r[2] != cell.kind or cell.season not in (r[1], None):
            continue
        if cell.date is not None and r[3] != cell.date:
            continue
        if cell.episodes is not None and r[4] != cell.episodes:
            continue
        if cell.moved and not RESCHEDULED_RE.search(r[5]):
            continue
        right = True
    return right, false


def extract(cell: Cell) -> set[Row]:
    """The rows the real extractor gives for one cell's article."""
    from monitor.extract.facts import extract_facts
    from monitor.models import Article

    return rows_of(extract_facts(Article("https://news.example/a", "", cell.body, PUBLISHED)))


def main() -> int:
    return grid_tally.run(
        cells(), lambda cell: verdict(cell, extract(cell)),
        lambda cell: ((cell.axis,), ("all",)),
        lambda cell, right, false: (f"{'right' if right else 'missed':6} {cell.id:60} "
                                    f"false={sorted(map(str, false))[:2]}"),
        headers=("axis",), widths=(14,), sort=False)


if __name__ == "__main__":  # pragma: no cover - a measuring aid
    sys.exit(main())
