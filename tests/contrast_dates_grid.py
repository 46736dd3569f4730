"""A generated grid of dates a sentence sets aside (issue 10, round 38, branch r38contrast).

A premiere, a shoot's start or its wrap told with two dates, one the sentence keeps and one it
sets aside: denied ("no longer premieres on May 4; it arrives May 11"), or a plan left beside
the date that stands ("which had been set to launch in late November, will now premiere in
January", "once expected in January"), in other sites' styles (trade, wire abbreviations, the
UK press's day-month dates, a press release, a fan site). Each cell is an invented article (a
show "Salt Road", a network "Kestrel", published Wednesday 13 November 2024) with the date of
Salt Road season 2 it must give; the set-aside date gives none. Controls: two shows each with
its own date, "rather than" between two shows or two networks, one date alone after "not".
``python tests/contrast_dates_grid.py [-v]`` prints the tally (``tests/grid_tally.py``);
``tests/test_contrast_dates_round38.py`` parametrizes its cells from here.
"""

from __future__ import annotations

from date_choice_grid import PUBLISHED as PUBLISHED  # the round test reads them here
from date_choice_grid import SEASON, SHOW, Cell, report
from date_choice_grid import is_false as is_false

# The cell (``Cell.date_form``: the pair of dates' form), the day, show and season, the false
# rows and the tally are date_choice_grid's.


#: The dates: (id, kept words, the kept date, set-aside words).
PAIRS: tuple[tuple[str, str, str, str], ...] = (
    ("us-days", "May 11", "2025-05-11", "May 4"),
    ("wire-days", "Feb. 14", "2025-02-14", "Jan. 10"),
    ("months", "January", "2025-01", "late November"),
)
UK_PAIRS: tuple[tuple[str, str, str, str], ...] = (
    ("uk-days", "14 February", "2025-02-14", "10 January"),
    ("months", "March", "2025-03", "January"),
)

#: (kind, axis, id, sentence with {new} and {old}).
SENTENCES: tuple[tuple[str, str, str, str], ...] = (
    ("premiere", "trade", "no-longer-semicolon",
     "Salt Road season 2 no longer premieres {old_on}; it arrives on Kestrel {new_on}."),
    ("premiere", "trade", "no-longer-two-lines",
     "Salt Road's second season will no longer debut {old_on} on Kestrel. It will "
     "premiere {new_on}."),
    ("premiere", "wire", "had-been-set-to-launch",
     "Salt Road season 2, which had been set to launch {old_on}, will now premiere on Kestrel "
     "{new_on}."),
    ("premiere", "trade", "once-expected",
     "Salt Road season 2, once expected {old_on}, will now premiere on Kestrel {new_on}."),
    ("premiere", "press", "previously-slated-for",
     "Kestrel is pleased to confirm that Salt Road season 2, previously slated for {old}, "
     "will now premiere {new_on}."),
    ("premiere", "fan", "no-longer-fan",
     "OK fans, bad news: Salt Road season 2 is no longer coming {old_on} -- it drops "
     "{new_on} instead!"),
    ("premiere", "trade", "but-after-a-hinted-date",
     "Its title hints at a {old} release, but Salt Road season 2 will premiere on Kestrel "
     "{new_on}."),
    ("premiere", "wire", "but-after-a-hoped-date",
     "Fans had hoped for a {old} return, but Salt Road season 2 will debut on Kestrel "
     "{new_on}."),
    ("filming_started", "trade", "shoot-no-longer-starts",
     "Filming on Salt Road season 2 no longer starts {old_on}; production begins {new_on}."),
    ("filming_started", "wire", "shoot-had-been-due",
     "Salt Road season 2, which had been due to start filming {old_on}, will now begin "
     "shooting {new_on}."),
    ("filming_wrapped", "trade", "wrap-no-longer",
     "Salt Road season 2 no longer wraps {old_on}; filming will now wrap {new_on}."),
)
UK_SENTENCES: tuple[tuple[str, str, str, str], ...] = (
    ("premiere", "uk", "uk-no-longer-series",
     "The second series of Salt Road no longer starts on Kestrel {old_on}; it airs {new_on}."),
    ("premiere", "uk", "uk-had-been-pencilled",
     "Series two of Salt Road, which had been pencilled in for {old}, will now air on "
     "Kestrel {new_on}."),
)

#: Controls: (kind, id, sentence, the date Salt Road season 2 must keep).
CONTROLS: tuple[tuple[str, str, str, str], ...] = (
    ("premiere", "two-shows-each-own-date",
     "Salt Road season 2 premieres on Kestrel in February, and Lisbon season 3 returns to "
     "Tovrel in March.",
     "2025-02"),
    ("premiere", "rather-than-another-show",
     "Salt Road season 2 premieres in February rather than Lisbon, which returns in March.",
     "2025-02"),
    ("premiere", "rather-than-another-network",
     "Salt Road season 2 premieres March 7 on Kestrel, rather than streaming on Tovrel.",
     "2025-03-07"),
    ("premiere", "another-show-no-longer",
     "Lisbon no longer premieres in January, and Salt Road season 2 premieres on Kestrel "
     "Feb. 14.", "2025-02-14"),
    ("premiere", "but-another-show-later",
     "Salt Road season 2 premieres on Kestrel on March 7, but Lisbon season 3 waits until "
     "May.", "2025-03-07"),
    ("premiere", "not-alone-keeps-its-date",
     "Salt Road season 2 premieres on Kestrel on March 7, not a day later.", "2025-03-07"),
    ("premiere", "rather-than-contrast-read",
     "Salt Road season 2 premieres on Kestrel in February rather than in late November.",
     "2025-02"),
    ("filming_started", "instead-of-read",
     "Salt Road season 2 will begin filming in March instead of January.", "2025-03"),
)


#: The controls' other shows, whose own facts are no false ones.
OTHER_SHOWS = frozenset({"Lisbon"})

#: The cells a7a82a3 read wrong (the set-aside date kept); the rest it read already.
NEW_SENTENCES = frozenset({"no-longer-semicolon", "no-longer-two-lines",
                           "had-been-set-to-launch", "shoot-had-been-due", "wrap-no-longer",
                           "uk-no-longer-series", "but-after-a-hinted-date"})
NEW_CELLS = frozenset({"previously-slated-for-months"})


def is_new(cell: Cell) -> bool:
    """Did a7a82a3 read this cell wrong?"""
    return cell.id in NEW_CELLS or any(cell.id == f"{sid}-{cell.date_form}"
                                       for sid in NEW_SENTENCES)


def _on(words: str) -> str:
    return f"in {words}" if words[0].isalpha() and not any(c.isdigit() for c in words) \
        else f"on {words}"


def cells() -> list[Cell]:
    """Every cell of the grid."""
    out: list[Cell] = []
    for sentences, pairs in ((SENTENCES, PAIRS), (UK_SENTENCES, UK_PAIRS)):
        for kind, axis, sid, sentence in sentences:
            for pid, new, date, old in pairs:
                body = sentence.format(new=new, old=old, new_on=_on(new), old_on=_on(old))
                out.append(Cell(f"{sid}-{pid}", body, kind, date, axis, pid))
    for kind, cid, body, date in CONTROLS:
        out.append(Cell(f"control-{cid}", body, kind, date, "control", "control"))
    return out


def verdict(cell: Cell, rows: set[tuple[str, int | None, str, str | None, str]]) -> str:
    """right / missed / wrong-date for one cell's extracted rows (certainty not judged)."""
    ours = [r for r in rows if r[0] == SHOW and r[1] == SEASON and r[2] == cell.kind]
    if not ours:
        return "missed"
    return "right" if all(r[3] == cell.date for r in ours) else "wrong-date"


def main() -> int:
    return report(cells(), verdict, OTHER_SHOWS, id_width=45)


if __name__ == "__main__":  # pragma: no cover - a measuring aid
    raise SystemExit(main())
