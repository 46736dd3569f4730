"""A generated grid of premieres told undated, dated by the next sentence (issue 10, round 38,
branch r38dated).

A premiere its own sentence leaves without a time ("The second season of Salt Road will
premiere on Tovrel.") is dropped (``drop.premiere_never_dated``) unless another line of the
article dates it. The next sentence often does, by reference, in words that name the season's
episodes as a whole or its opening one, or that tell the viewer where to find it — the way
listings, the British press, streamers' press releases and fan sites write: "All eight
episodes drop on Thursday, September 12", "The opening episode goes out on Sunday 12
September at 9pm", "Viewers can catch it from September 12". Where the article gives another
show a premiere too, such a line was not lent to the undated one (it opened on none of
``eventdates.REFERENCE_OPEN``'s words), and the premiere was dropped.

Axes: LEADS (an undated premiere, six sites' wordings) × NEXT (the dating line, twelve
wordings) × CONTEXT (the show alone in the article, or another show's dated premiere after).
Each cell is an invented article (published Friday 10 May 2024) with the row of Salt Road
season 2 it must give. CONTROLS are near-misses that must give no Salt Road premiere on that
day: "New episodes" / "Episodes" alone (round 19: the aired season's next ones), another
work's first episode, a trailer, a network's logo, a history's past premiere, an actor's first
outing.

``python tests/premiere_dates_grid.py [-v]`` runs the real extractor over every cell and counts
per axis: right, missed, wrong (a Salt Road premiere on another date or season), false
(a control given the day). ``tests/test_premiere_dates_round38.py`` parametrizes from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import grid_tally

PUBLISHED = dt.date(2024, 5, 10)
SHOW = "Salt Road"
DAY = "2024-09-12"
#: Another show's dated premiere, after the pair: the article's premieres are not all Salt
#: Road's, so only a line by reference may lend its date.
OTHER = " Hollowmere, meanwhile, premieres its third season in 2025."


@dataclass(frozen=True)
class Cell:
    """One invented article and the Salt Road row it must give (None: no premiere on DAY)."""

    id: str
    body: str
    season: int | None
    date: str | None
    axis: str


#: An undated premiere of Salt Road season 2: (id, sentence).
LEADS: tuple[tuple[str, str], ...] = (
    ("us-trade", "The second season of Salt Road will premiere on Tovrel."),
    ("renewal-which", "Kestrel has renewed Salt Road for a second season, which will premiere "
                      "on Tovrel."),
    ("uk-series", "Series two of Salt Road will air on Tovrel One, the broadcaster confirmed."),
    ("headline-style", "Salt Road Season 2 Is Set To Premiere On Tovrel."),
    ("wire", "Tovrel will debut the second season of Salt Road, the network said Tuesday."),
    ("streamer-release", "Season 2 of Salt Road will stream on Tovrel+, the streamer "
                         "announced."),
)

#: The next sentence, dating the season by reference: (id, sentence).
NEXT: tuple[tuple[str, str], ...] = (
    ("all-n-episodes-drop", "All eight episodes drop on Thursday, September 12."),
    ("all-of-the-episodes", "All of the episodes will be available from 12 September."),
    ("all-10-released", "All 10 episodes will be released on September 12."),
    ("every-episode", "Every episode lands on 12 September."),
    ("first-episode-airs", "The first episode airs on 12 September, with the rest weekly."),
    ("opening-episode-uk", "The opening episode goes out on Sunday 12 September at 9pm."),
    ("first-instalment", "The first instalment airs on 12 September."),
    ("premiere-episode-listing", "The premiere episode airs Sept. 12 at 9 p.m. ET."),
    ("viewers-catch-it", "Viewers can catch it from September 12 on Tovrel."),
    ("fans-stream-it", "Fans will be able to stream it from 12 September."),
    ("you-can-watch", "You can watch it from 12 September on Tovrel Player."),
    ("audiences-tune-in", "Audiences can tune in to the new season from 12 September."),
)

#: Near-misses: (id, the two sentences). None may give Salt Road a premiere on DAY with
#: another show's premiere in the article (they keep what they give on 267b76e).
CONTROLS: tuple[tuple[str, str], ...] = (
    ("new-episodes-alone", "The second season of Salt Road will premiere on Tovrel. New "
                           "episodes arrive on September 12."),
    ("episodes-alone", "The second season of Salt Road will premiere on Tovrel. Episodes will be "
                       "available to stream from 12 September."),
    ("another-works-first-episode", "The second season of Salt Road will premiere on Tovrel. "
                                    "The first episode of the podcast airs on September 12."),
    ("trailer", "The second season of Salt Road will premiere on Tovrel. The trailer arrives "
                "September 12."),
    ("network-logo", "The second season of Salt Road will premiere on Tovrel. Tovrel debuts a "
                     "new logo on September 12."),
    ("history", "Salt Road premiered in 2019 to modest ratings. All eight episodes of the first "
                "season were later repeated."),
    ("his-first-outing", "Dana Holt joins the second season of Salt Road on Tovrel, though fans "
                         "must wait for his first outing. Filming starts on September 12."),
)


def cells() -> list[Cell]:
    out = []
    for context, tail in (("alone", ""), ("with-other", OTHER)):
        for lead_id, lead in LEADS:
            for next_id, nxt in NEXT:
                out.append(Cell(f"{lead_id}/{next_id}/{context}", f"{lead} {nxt}{tail}", 2, DAY,
                                f"next/{context}"))
    for control_id, body in CONTROLS:
        out.append(Cell(f"control/{control_id}", body + OTHER, None, None, "control"))
    return out


def verdict(cell: Cell, rows: set[tuple[str, int | None, str, str | None, str]]) -> str:
    """right / missed / wrong for a cell; a control: right (no Salt Road premiere on DAY) or
    false."""
    mine = [r for r in rows if r[0] == SHOW and r[2] == "premiere"]
    if cell.date is None:
        return "false" if any(r[3] == DAY for r in mine) else "right"
    if any((r[1], r[3]) == (cell.season, cell.date) for r in mine):
        return "right"
    return "wrong" if mine else "missed"


def main() -> int:
    """Print the grid's verdicts by axis (``-v`` lists the cells not right)."""
    import sys

    from articles import full_rows

    from monitor.extract.facts import extract_facts
    from monitor.models import Article

    def judge(cell: Cell) -> tuple[str, bool, str]:
        rows = full_rows(extract_facts(Article("https://news.example/a", "", cell.body,
                                               PUBLISHED)))
        v = verdict(cell, rows)
        return v, False, f"{v:7} {cell.id}: {sorted(r for r in rows if r[0] == SHOW)}"

    grid_tally.verdict_tables(
        cells(), judge, lambda cell: (cell.axis,), ("axis",),
        (("right", "right"), ("missed", "missed"), ("wrong", "wrong"), ("false", "false")),
        verbose="-v" in sys.argv)
    return 0


if __name__ == "__main__":  # pragma: no cover - a measuring aid
    raise SystemExit(main())
