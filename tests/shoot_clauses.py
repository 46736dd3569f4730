"""Shoots told in clauses, in other sites' styles, as a generated grid (round 35, r35shoots).

A season's shoot is told in many house styles: trade copy ("Production on X, which began in
May, wrapped in August"), UK press ("Filming on series two of X has finished", "wrapped on
14 August"), a span told by a verb of duration ("began in May and lasted until August",
"and concluded three months later"), "but" between the start and the end, the end told in
the trade's idiom ("production has ended", "cameras stopped rolling", "principal photography
is complete", "is in the can"), a quoted social post ("That's a wrap on season 2!"), and a
headline ("That's a Wrap on X Season 2", "X Season 2 Wraps Filming").

Forms × title shapes (words, "The X", a place-named title, a numbered title) × placements:
``cued`` (a sentence naming the show as a drama comes first), ``first`` (the show is first
seen in the shoot's own sentence or headline, no cue). ``cells()`` yields every cell with the
facts it wants on its show: (kind, season or None for any, date or None for any). A cell is
right when every wanted fact is there with its date, wrong when the fact is there with
another date, missed otherwise; false when a shoot fact of another show is beside it.

Listings: "Filming: May–August 2026", "Shoot dates: 4 May – 28 August 2026", a show heading
over its fields ("Network: …", "Filming: January–April 2027").

``python tests/shoot_clauses.py [-v]`` prints the table (PYTHONPATH=tests:. or the base
tree's). All names are invented.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

#: Published on this day: "in May" is May 2026, "in January" January 2027.
PUBLISHED = dt.date(2026, 11, 2)

SHAPES: dict[str, str] = {
    "words": "Salt Road",
    "the_x": "The Lantern House",
    "place": "Havana",
    "numbered": "Precinct 9",
}

CUE = "The Kestrel drama {T} follows three sisters."
FILLER = "Star Orla Brenn shared photos from the set."

S = ("filming_started", None, "2026-05")
W = ("filming_wrapped", None, "2026-08")
W_ANY = ("filming_wrapped", None, None)
S_ANY = ("filming_started", None, None)


@dataclass(frozen=True)
class Form:
    """One shoot wording over T: its class, the text (a body sentence, or a headline when
    ``headline``), the facts it wants, and the placements it is written in."""

    cls: str
    name: str
    text: str
    wants: tuple[tuple[str, int | None, str | None], ...]
    headline: bool = False
    placements: tuple[str, ...] = ("cued",)


FORMS: list[Form] = [
    # the start in a relative clause of the shoot noun; the end the main verb
    Form("relative", "filming_which_began_concluded",
         "Filming on {T}, which began in May, concluded in August.", (S, W)),
    Form("relative", "production_which_started_wrapped",
         "Production on {T}, which started in May, wrapped in August.", (S, W)),
    Form("relative", "shooting_which_kicked_off_ended",
         "Shooting on {T}, which kicked off in May, ended in August.", (S, W)),
    Form("relative", "shoot_which_began_finished",
         "The shoot for {T}, which began in May, finished in August.", (S, W)),
    Form("relative", "photography_which_commenced_completed",
         "Principal photography on {T}, which commenced in May, was completed in August.",
         (S, W)),
    Form("relative", "season_which_began_filming_wrapped",
         "The second season of {T}, which began filming in May, wrapped in August.",
         (("filming_started", 2, "2026-05"), ("filming_wrapped", 2, "2026-08"))),
    # "but" between the start and the end
    Form("but", "began_but_ended", "Filming on {T} began in May but ended in August.", (S, W)),
    Form("but", "started_but_wrapped", "Production on {T} started in May but wrapped in "
         "August.", (S, W)),
    Form("but", "began_but_did_not_wrap_until",
         "Filming on {T} began in May but did not wrap until August.", (S, W)),
    Form("but", "show_began_filming_but_only_finished",
         "{T} began filming in May but only finished in August.", (S, W)),
    Form("but", "began_but_was_not_completed_until",
         "Filming on {T} began in May but was not completed until August.", (S, W)),
    Form("relative", "show_which_began_filming_wrapped",
         "{T}, which began filming in May, wrapped in August.", (S, W)),
    Form("relative", "filming_which_got_underway_wrapped",
         "Filming on {T}, which got underway in May, wrapped in August.", (S, W)),
    # a span told by a verb of duration, or an end told relative to the start
    Form("duration", "began_and_lasted_until",
         "Filming on {T} began in May and lasted until August.", (S, W)),
    Form("duration", "began_and_ran_through",
         "Production on {T} began in May and ran through August.", (S, W)),
    Form("duration", "started_and_continued_until",
         "Shooting on {T} started in May and continued until August.", (S, W)),
    Form("duration", "began_and_ran_until",
         "Filming on {T} began in May and ran until August.", (S, W)),
    Form("duration", "began_and_concluded_months_later",
         "Filming on {T} began in May and concluded three months later.", (S, W)),
    Form("duration", "show_began_and_wrapped_months_later",
         "{T} began filming in May and wrapped three months later.", (S, W)),
    # the end told in the trade's and the UK press's idiom
    Form("duration", "kicked_off_and_ran_until_the_end_of",
         "Production on {T} kicked off in May and ran until the end of August.", (S, W)),
    Form("duration", "started_comma_and_went_on_until",
         "Filming on {T} started in May, and went on until August.", (S, W)),
    Form("end_idiom", "is_a_wrap", "{T} is a wrap.", (W_ANY,)),
    Form("end_idiom", "season_is_officially_a_wrap", "Season two of {T} is officially a wrap.",
         (("filming_wrapped", 2, None),)),
    Form("end_idiom", "quoted_post_after_attribution",
         "Orla Brenn posted on Instagram: \"And that's a wrap on season 2 of {T}!\"",
         (("filming_wrapped", 2, None),)),
    Form("end_idiom", "production_has_ended", "Production on {T} has ended.", (W_ANY,)),
    Form("end_idiom", "production_ended_in", "Production on {T} ended in August.", (W,)),
    Form("end_idiom", "cameras_stopped_rolling", "Cameras have stopped rolling on {T}.",
         (W_ANY,)),
    Form("end_idiom", "photography_is_complete", "Principal photography on {T} is complete.",
         (W_ANY,)),
    Form("end_idiom", "photography_was_completed",
         "Principal photography on {T} was completed in August.", (W,)),
    Form("end_idiom", "season_in_the_can", "Season two of {T} is in the can.",
         (("filming_wrapped", 2, None),)),
    Form("end_idiom", "uk_series_wrapped_day_month",
         "Filming on series two of {T} wrapped on 14 August.",
         (("filming_wrapped", 2, "2026-08-14"),)),
    Form("end_idiom", "uk_series_has_finished", "Filming on series two of {T} has finished.",
         (("filming_wrapped", 2, None),)),
    Form("end_idiom", "uk_series_commenced", "Filming on the second series of {T} commenced "
         "in May.", (("filming_started", 2, "2026-05"),)),
    Form("end_idiom", "quoted_post_wrap", "\"That's a wrap on season 2 of {T}!\" Orla Brenn "
         "posted on Instagram.", (("filming_wrapped", 2, None),)),
    # production listings and call sheets: a shoot label before its dates (a year named)
    Form("listing", "label_sentence_month_span", "Filming: May–August 2026.", (S, W)),
    Form("listing", "label_after_dash", "{T} — Filming: May to August 2026.", (S, W)),
    Form("listing", "shoot_dates_day_span", "Shoot dates: 4 May – 28 August 2026.",
         (("filming_started", None, "2026-05-04"), ("filming_wrapped", None, "2026-08-28"))),
    Form("listing", "production_start_day", "Production start: 4 May 2026.",
         (("filming_started", None, "2026-05-04"),)),
    Form("listing", "heading_over_fields",
         "{T}\n\nNetwork: Kestrel\n\nFilming: January–April 2027\n\nLocation: Cork",
         (("filming_started", None, "2027-01"), ("filming_wrapped", None, "2027-04")),
         placements=("cued", "first")),
    # the show itself the subject of the production verb, with its season
    Form("show_subject", "has_started_filming_its_season",
         "{T} has started filming its second season.", (("filming_started", 2, None),),
         placements=("cued", "first")),
    Form("show_subject", "has_wrapped_production_on_its_season",
         "{T} has wrapped production on its second season.", (("filming_wrapped", 2, None),),
         placements=("cued", "first")),
    Form("show_subject", "season_has_finished_filming",
         "{T} season 2 has finished filming.", (("filming_wrapped", 2, None),),
         placements=("cued", "first")),
    Form("show_subject", "season_began_production",
         "{T} season 2 began production in May.", (("filming_started", 2, "2026-05"),),
         placements=("cued", "first")),
    # headlines (the body: the cue, or only a line from the set)
    Form("headline", "thats_a_wrap_on", "That's a Wrap on {T} Season 2",
         (("filming_wrapped", 2, None),), True, ("cued", "first")),
    Form("headline", "season_wraps_filming", "{T} Season 2 Wraps Filming",
         (("filming_wrapped", 2, None),), True, ("cued", "first")),
    Form("headline", "starts_shooting_its_season", "{T} Starts Shooting Its Second Season",
         (("filming_started", 2, None),), True, ("cued", "first")),
    Form("headline", "cameras_roll_on", "Cameras Roll on {T} Season 2",
         (("filming_started", 2, None),), True, ("cued", "first")),
]


@dataclass(frozen=True)
class Cell:
    """One generated article: body, headline, the title and the facts it wants."""

    cls: str
    form: str
    placement: str
    shape: str
    body: str
    headline: str
    title: str
    wants: tuple[tuple[str, int | None, str | None], ...]

    @property
    def id(self) -> str:
        return f"{self.cls}-{self.form}-{self.placement}-{self.shape}"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def cells() -> Iterator[Cell]:
    """Every cell of the grid."""
    for form in FORMS:
        for placement in form.placements:
            for shape, title in SHAPES.items():
                cue = CUE.format(T=title) + " " if placement == "cued" else ""
                if form.headline:
                    # first seen: the body names the show only as its star's ("Havana star
                    # Orla Brenn ..."), the headline tells the shoot
                    body = cue + FILLER if cue else f"{title} star {FILLER[5:]}"
                    headline = form.text.format(T=title)
                else:
                    # a listing's lines stand under the cue's paragraph, not inside it
                    joint = cue.rstrip() + "\n\n" if cue and "\n" in form.text else cue
                    body, headline = joint + _cap(form.text.format(T=title)), "TV news"
                yield Cell(form.cls, form.name, placement, shape, body, headline, title,
                           form.wants)


Row = tuple[str, "int | None", str, "str | None"]


def verdict(cell: Cell, rows: set[tuple[str, int | None, str, str | None]]) -> str:
    """right / wrong (a wanted kind there with another date or season) / missed / false (a
    shoot fact of another show, or of a kind not wanted, beside the cell's)."""
    from monitor.extract.shows import normalise_title

    key = normalise_title(cell.title)
    ours = {r for r in rows if normalise_title(r[0]) == key}
    if any(r[2].startswith("filming") and normalise_title(r[0]) != key for r in rows) or any(
            r[2].startswith("filming") and r[2] not in {k for k, _, _ in cell.wants}
            for r in ours):
        return "false"
    state = "right"
    for kind, season, date in cell.wants:
        if any(r[2] == kind and (season is None or r[1] == season)
               and (date is None or r[3] == date) for r in ours):
            continue
        state = "wrong" if any(r[2] == kind for r in ours) else "missed"
        if state == "missed":
            return state
    return state


def rows_of(cell: Cell) -> set[tuple[str, int | None, str, str | None]]:
    """{(show, season, kind, date)} the extractor reads in the cell's article."""
    from articles import facts_of

    return {(str(f.show), f.season, f.kind, f.date)
            for f in facts_of(cell.body, cell.headline, PUBLISHED)}


if __name__ == "__main__":  # pragma: no cover - a measuring aid
    import sys

    verbose = "-v" in sys.argv
    by: dict[str, Counter[str]] = {}
    for cell in cells():
        rows = rows_of(cell)
        v = verdict(cell, rows)
        for key in (cell.cls, f"shape {cell.shape}", f"placement {cell.placement}", "all"):
            by.setdefault(key, Counter())[v] += 1
        if verbose and v != "right":
            got = sorted(str(r) for r in rows)
            print(f"{v:7} {cell.id:70} {got}")
    print(f"\n{'class':24} cells right wrong missed false")
    for key, c in by.items():
        print(f"{key:24} {sum(c.values()):5} {c['right']:5} {c['wrong']:5} {c['missed']:6} "
              f"{c['false']:5}")
