"""A generated grid of premiere wordings (issue 10, round 34, branch r34premiere).

Premiere verbs and nouns × date forms × placement × certainty frames, each cell an invented
article (a show "Salt Road", a network "Kestrel", published on Friday 10 May 2024) with the one
premiere row it must give. ``python tests/premiere_grid.py [-v]`` runs the real extractor
over every cell and counts per axis and per date form: right, missed (no premiere of the
season), wrong date or precision, wrong certainty. ``tests/test_premiere_wordings_round34.py``
parametrizes its cells from here; MEASUREMENTS' round 34 table is the count before and after.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import grid_tally

#: A Friday; every date form below is read against it.
PUBLISHED = dt.date(2024, 5, 10)
SHOW = "Salt Road"
SEASON = 2


@dataclass(frozen=True)
class Cell:
    """One invented article and the premiere row of Salt Road season 2 it must give."""

    id: str
    body: str
    date: str
    certainty: str
    axis: str
    date_form: str


#: Date forms: (id, the words, the date they name against ``PUBLISHED``).
DATES: tuple[tuple[str, str, str], ...] = (
    ("day-year", "on July 14, 2024", "2024-07-14"),
    ("day", "on July 14", "2024-07-14"),
    ("weekday-day", "on Sunday, July 14", "2024-07-14"),
    ("nth-of-month", "on the 14th of July", "2024-07-14"),
    ("month", "in July", "2024-07"),
    ("this-fall", "this fall", "2024-FA"),
    ("early-year", "in early 2025", "2025"),
    ("later-this-year", "later this year", "2024"),
    ("next-month", "next month", "2024-06"),
    ("this-summer", "this summer", "2024-SU"),
    ("holiday", "on Christmas Day", "2024-12-25"),
    ("this-sunday", "this Sunday", "2024-05-12"),
    ("interval", "from July 14 to August 18", "2024-07-14"),
)

#: Verb phrases with the season as subject: (id, phrase before the date).
VERBS: tuple[tuple[str, str], ...] = (
    ("premieres", "premieres"),
    ("debuts", "debuts"),
    ("bows", "bows"),
    ("launches", "launches"),
    ("returns", "returns"),
    ("comes-back", "comes back"),
    ("arrives", "arrives"),
    ("lands", "lands"),
    ("drops", "drops"),
    ("hits", "hits Kestrel"),
    ("streams", "streams on Kestrel"),
    ("airs", "airs on Kestrel"),
    ("kicks-off", "kicks off"),
    ("available-from", "will be available"),
)

#: A return told with where it goes, a network no list holds: (id, words before the date).
GOES_TO: tuple[tuple[str, str], ...] = (
    ("returns-to", "returns to Kestrel"),
    ("comes-back-to", "comes back to Kestrel"),
    ("comes-to", "comes to Kestrel"),
    ("returns-to-schedule", "returns to the Kestrel schedule"),
)

#: Noun wordings: (id, a sentence with {date} in it).
NOUNS: tuple[tuple[str, str], ...] = (
    ("sets-a-date", "Kestrel has set a premiere date for Salt Road season 2: {date}."),
    ("premiere-date", "Salt Road season 2 has a premiere date: {date}."),
    ("first-look-and-date", "Kestrel released a first look and a date for Salt Road season 2, "
                            "which arrives {date}."),
    ("premiere-noun", "The premiere of Salt Road season 2 is {date}."),
)

#: Certainty frames on "Salt Road season 2 {frame} premiere {date}": (id, frame, certainty).
FRAMES: tuple[tuple[str, str, str], ...] = (
    ("is-set-to", "is set to premiere", "expected"),
    ("is-expected-to", "is expected to premiere", "expected"),
    ("could", "could premiere", "speculative"),
    ("reportedly", "will reportedly premiere", "speculative"),
    ("sources-say", "will premiere, sources say,", "speculative"),
    ("will", "will premiere", "expected"),
)

#: Sentences before a referring one: the season told to come.
TOLD = "Kestrel has renewed Salt Road for a second season."
#: Referring subjects of the next sentence.
REFERS: tuple[tuple[str, str], ...] = (
    ("it", "It"),
    ("the-series", "The series"),
    ("season-2", "Season 2"),
    ("the-new-episodes", "The new episodes"),
    ("the-new-season", "The new season"),
)


#: Round 35 (r35premieres): a network's verb with the season as its object, as wire copy and
#: trade news write it ("Kestrel will premiere the second season of Salt Road on July 14"):
#: (id, verb phrase).
OBJECT_VERBS: tuple[tuple[str, str], ...] = (
    ("will-premiere", "will premiere"),
    ("premieres", "premieres"),
    ("will-debut", "will debut"),
    ("debuts", "debuts"),
    ("will-launch", "will launch"),
    ("will-air", "will air"),
    ("will-stream", "will stream"),
    ("will-release", "will release"),
)
#: The season as the object: (id, words before the title).
OBJECTS: tuple[tuple[str, str], ...] = (
    ("the-second-season-of", "the second season of"),
    ("season-2-of", "season 2 of"),
)
#: A day set for the season (round 35): (id, sentence with {date}); the date without its
#: preposition ("for July 14").
SET_FOR: tuple[tuple[str, str], ...] = (
    ("has-set", "Kestrel has set Salt Road season 2 for {date}."),
    ("sets-the-second-season", "Kestrel sets the second season of Salt Road for {date}."),
    ("has-slated", "Kestrel has slated Salt Road season 2 for {date}."),
    ("is-set-for", "Salt Road season 2 is set for {date}."),
    ("has-been-set-for", "Salt Road season 2 has been set for {date}."),
)
#: The day forms ``SET_FOR`` is read with (a month or a window alone is no set day).
SET_FOR_DATES = frozenset({"day-year", "day", "weekday-day", "nth-of-month"})
#: The wire style's abbreviated months (round 35): (id, words, date against ``PUBLISHED``).
WIRE_DATES: tuple[tuple[str, str, str], ...] = (
    ("sept", "Sept. 5", "2024-09-05"),
    ("oct", "Oct. 12", "2024-10-12"),
    ("dec", "Dec. 3", "2024-12-03"),
    ("aug", "Aug. 9", "2024-08-09"),
)
#: Sentences the wire's dates stand in: (id, sentence with {date}).
WIRE_SENTENCES: tuple[tuple[str, str], ...] = (
    ("premieres", "Salt Road season 2 premieres {date}."),
    ("scheduled-for", "Salt Road season 2 is scheduled for {date}."),
    ("object-on", "Kestrel will premiere the second season of Salt Road on {date}."),
    ("has-scheduled-for", "Kestrel has scheduled Salt Road season 2 for {date}."),
    ("set-for", "Salt Road season 2 is set for {date}."),
    ("of-on", "The second season of Salt Road will air on {date}."),
)

#: Round 37 (r37premieres): a season begun, started or opened with its time, the season as the
#: verb's object ("begins its second season on July 14", "starts series two on 14 July"),
#: as trade, wire, British and fan sites write it: (id, verb phrase).
BEGUN_VERBS: tuple[tuple[str, str], ...] = (
    ("begins", "begins"),
    ("will-begin", "will begin"),
    ("starts", "starts"),
    ("will-start", "will start"),
    ("is-set-to-start", "is set to start"),
    ("opens", "opens"),
    ("will-open", "will open"),
    ("kicks-off", "kicks off"),
)
#: The season as the object: (id, words).
BEGUN_OBJECTS: tuple[tuple[str, str], ...] = (
    ("its-second-season", "its second season"),
    ("season-2", "season 2"),
    ("series-two", "series two"),
    ("its-second-and-final-season", "its second and final season"),
    ("its-2nd-series", "its 2nd series"),
)
#: Subjects that name the show with a cue (a bare two-word name in a one-sentence article is
#: title discovery's question, not the trigger's): (id, words).
BEGUN_SUBJECTS: tuple[tuple[str, str], ...] = (
    ("kind", "The Kestrel drama Salt Road"),
    ("apposition", "Salt Road, the Kestrel drama,"),
)
#: The date forms the begun axes are read with.
BEGUN_DATES = frozenset({"day", "weekday-day", "month", "this-fall", "next-month"})
#: The season as the subject of "opens": (id, sentence with {date}).
OPENS: tuple[tuple[str, str], ...] = (
    ("season-2-of-opens", "Season 2 of the Kestrel drama Salt Road opens {date}."),
    ("second-season-of-will-open", "The second season of the Kestrel drama Salt Road will "
                                   "open {date}."),
    ("second-series-of-is-set-to-open", "The second series of the Kestrel drama Salt Road is "
                                        "set to open {date}."),
    ("place-between", "The Kestrel drama Salt Road will start its second season on Tovrel "
                      "{date}."),
)
#: A present "is back" with its place between: (id, sentence with {date}).
BACK_ON: tuple[tuple[str, str], ...] = (
    ("is-back-on", "The Kestrel drama Salt Road season 2 is back on Tovrel {date}."),
    ("is-back-on-two-words", "Season 2 of the Kestrel drama Salt Road is back on Tovrel One "
                             "{date}."),
)


def cells() -> list[Cell]:
    """Every cell of the grid."""
    out: list[Cell] = []
    for vid, verb in OBJECT_VERBS:
        for oid, words_before in OBJECTS:
            for did, words, date in DATES:
                out.append(Cell(f"object-{vid}-{oid}-{did}",
                                f"Kestrel {verb} {words_before} {SHOW} {words}.", date,
                                "expected", "object", did))
    for sid, sentence in SET_FOR:
        for did, words, date in DATES:
            if did in SET_FOR_DATES:
                out.append(Cell(f"set-for-{sid}-{did}",
                                sentence.format(date=words.removeprefix("on ")), date,
                                "expected", "set-for", did))
    for wid, sentence in WIRE_SENTENCES:
        for did, words, date in WIRE_DATES:
            out.append(Cell(f"wire-{wid}-{did}", sentence.format(date=words), date,
                            "expected", "wire", did))
    for vid, verb in VERBS:
        for did, words, date in DATES:
            out.append(Cell(f"same-{vid}-{did}", f"{SHOW} season 2 {verb} {words}.", date,
                            "expected", "verb", did))
    for nid, sentence in NOUNS:
        for did, words, date in DATES:
            out.append(Cell(f"noun-{nid}-{did}", sentence.format(date=words), date,
                            "expected", "noun", did))
    for fid, frame, certainty in FRAMES:
        for did, words, date in DATES:
            out.append(Cell(f"frame-{fid}-{did}", f"{SHOW} season 2 {frame} {words}.", date,
                            certainty, "frame", did))
    for rid, subject in REFERS:
        for vid, verb in VERBS[:8]:
            for did, words, date in DATES[:6]:
                out.append(Cell(f"next-{rid}-{vid}-{did}", f"{TOLD} {subject} {verb} {words}.",
                                date, "expected", "next", did))
    for did, words, date in DATES:
        out.append(Cell(f"heading-{did}", f"{SHOW} season 2 release date\n\n"
                                          f"The new season arrives {words}.", date,
                        "expected", "heading", did))
        out.append(Cell(f"label-{did}", f"{TOLD}\n\nPremiere date: {words.split(' ', 1)[1]}"
                                        if words.startswith(("on ", "in ")) else
                        f"{TOLD}\n\nPremiere date: {words}", date, "expected", "label", did))
        out.append(Cell(f"quiet-{did}", f"{TOLD} The cast is back. The new episodes arrive "
                                        f"{words}.", date, "expected", "quiet", did))
        out.append(Cell(f"return-set-{did}", f"Kestrel set a date for Salt Road's return. "
                                             f"Season 2 arrives {words}.", date, "expected",
                        "return-set", did))
    for gid, goes in GOES_TO:
        for did, words, date in DATES:
            out.append(Cell(f"goes-to-{gid}-{did}", f"{SHOW} season 2 {goes} {words}.", date,
                            "expected", "goes-to", did))
    told_to_come = (("coming-back", "Salt Road is coming back for a second season."),
                    ("on-the-way", "Salt Road season 2 is on the way."),
                    ("ordered", "Kestrel has ordered a second season of Salt Road."))
    quiets = (("one", "The cast is back."),
              ("two", "The cast is back. The writers have been busy."))
    for tid, told in told_to_come:
        for qid, quiet in quiets:
            for did, words, date in DATES[:6]:
                out.append(Cell(f"quiet-{tid}-{qid}-{did}", f"{told} {quiet} The new episodes "
                                f"arrive {words}.", date, "expected", "quiet", did))
    for vid, verb in BEGUN_VERBS:
        for oid, obj in BEGUN_OBJECTS:
            for n, (did, words, date) in enumerate(d for d in DATES if d[0] in BEGUN_DATES):
                sid, subject = BEGUN_SUBJECTS[n % len(BEGUN_SUBJECTS)]
                out.append(Cell(f"begun-{vid}-{oid}-{did}", f"{subject} {verb} {obj} {words}.",
                                date, "expected", "begun", did))
    for oid, sentence in OPENS:
        for did, words, date in DATES:
            if did in BEGUN_DATES:
                out.append(Cell(f"opens-{oid}-{did}", sentence.format(date=words), date,
                                "expected", "opens", did))
    for bid, sentence in BACK_ON:
        for did, words, date in DATES:
            if did in BEGUN_DATES:
                out.append(Cell(f"back-on-{bid}-{did}", sentence.format(date=words), date,
                                "expected", "back-on", did))
    return out


def verdict(cell: Cell, rows: set[tuple[str, int | None, str, str | None, str]]) -> str:
    """right / missed / wrong-date / wrong-certainty for one cell's extracted rows."""
    ours = [r for r in rows if r[0] == SHOW and r[1] == SEASON and r[2] == "premiere"]
    if (SHOW, SEASON, "premiere", cell.date, cell.certainty) in rows:
        return "right"
    if not ours:
        return "missed"
    if any(r[3] == cell.date for r in ours):
        return "wrong-certainty"
    return "wrong-date"


def main() -> int:
    """Print the grid's verdicts by axis and by date form (``-v``: the cells not right)."""
    import sys

    from articles import full_rows

    from monitor.extract.facts import extract_facts
    from monitor.models import Article

    def judge(cell: Cell) -> tuple[str, bool, str]:
        rows = full_rows(extract_facts(Article("https://news.example/a", "", cell.body,
                                               PUBLISHED)))
        v = verdict(cell, rows)
        got = sorted(str(r) for r in rows if r[2] == "premiere")
        # a premiere of another show, or of no season: a false fact beside the verdict
        false = any(r[2] == "premiere" and (r[0], r[1]) != (SHOW, SEASON) for r in rows)
        return v, false, f"{v:16} {cell.id:40} {cell.date:10} {cell.certainty:11} {got}"

    grid_tally.verdict_tables(
        cells(), judge, lambda cell: (cell.axis, cell.date_form), ("axis", "date"),
        (("right", "right"), ("missed", "missed"), ("wrong-date", "wrong-date"),
         ("wrong-cert", "wrong-certainty"), ("false", "false")), verbose="-v" in sys.argv)
    return 0


if __name__ == "__main__":  # pragma: no cover - a measuring aid
    raise SystemExit(main())
