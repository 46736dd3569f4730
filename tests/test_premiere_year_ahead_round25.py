"""Round 25 (r25premiere): the year of a yearless date of a return or premiere told ahead.

Two readings put such a date a year (or two) early, a premiere to come becoming one that
aired:

- ``date.return_back_ahead``: "comes back June 14", "is coming back in the fall", "heads back
  to the network in early June" — the "back" of the return stood before the date and was read as
  the "back in April" of a time past;
- ``date.ahead_after_linked_event``: "After its 2022 debut, X will return on June 14",
  "Following its March 2022 finale, X returns for season 2 on June 14" — the date linked
  after an earlier event took that event's year (``dates.ordered_events``), when "after"
  only says it comes later.

Past tellings ("came back", "premiered in January 2022 and returned in June") keep the
earlier readings. Invented names only."""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

# published Friday 10 May 2024
_DATES = {
    "June 14": "2024-06-14",
    "on June 14": "2024-06-14",
    "in the fall": "2024-FA",
    "in early June": "2024-06",
    "on Sept. 20": "2024-09-20",
}
_SHOWS = ("Copper Vale", "Harrow Lane")
_BACK_VERBS = ("comes back", "is coming back", "will come back", "heads back",
               "is heading back", "will head back", "is set to come back")
_BACK_FORMS = (
    "The comedy {show} {verb} {when} for season 2.",
    "Season 2 of the comedy {show} {verb} {when}.",
    "The comedy {show} {verb} to the network {when} for a second season.",
)


def _premieres(body: str, headline: str = "") -> set[tuple[str, int | None, str | None, str]]:
    return {(f.show, f.season, f.date, f.certainty) for f in facts_of(body, headline)
            if f.kind == "premiere"}


_BACK_GRID = [
    pytest.param(show, verb, when, form, id=f"{show}-{verb}-{when}-f{n}")
    for show in _SHOWS for verb in _BACK_VERBS for when in _DATES
    for n, form in enumerate(_BACK_FORMS)
]


@pytest.mark.parametrize(("show", "verb", "when", "form"), _BACK_GRID)
def test_return_back_date_is_ahead(show: str, verb: str, when: str, form: str) -> None:
    got = _premieres(form.format(show=show, verb=verb, when=when))
    assert (show, 2, _DATES[when], "expected") in got


_OPENINGS = (
    "After its 2022 debut, the comedy {show} will return for season 2 {when}.",
    "Following its 2022 premiere, the comedy {show} returns for season 2 {when}.",
    "After a two-year break since its March 2022 finale, the comedy {show} returns for "
    "season 2 {when}.",
    "After the 2023 strikes delayed production, the comedy {show} season 2 premieres {when}.",
    "Since its 2022 debut, the comedy {show} has been a hit, and season 2 premieres {when}.",
)
_LINKED_GRID = [
    pytest.param(show, when, form, id=f"{show}-{when}-o{n}")
    for show in _SHOWS for when in ("on June 14", "June 14", "on Sept. 20", "in September")
    for n, form in enumerate(_OPENINGS)
]
_LINKED_DATES = {**_DATES, "in September": "2024-09"}


@pytest.mark.parametrize(("show", "when", "form"), _LINKED_GRID)
def test_date_linked_after_an_earlier_event_is_ahead(show: str, when: str, form: str) -> None:
    got = _premieres(form.format(show=show, when=when))
    assert (show, 2, _LINKED_DATES[when], "expected") in got


@pytest.mark.parametrize(("body", "rule"), [
    ("The comedy Copper Vale comes back in early June for a second season.",
     "date.return_back_ahead"),
    ("Following its 2022 debut, the comedy Copper Vale will return for a second season on "
     "June 14.", "date.ahead_after_linked_event"),
])
def test_explain_names_the_rule(body: str, rule: str) -> None:
    _, text = explain(make_article(body))
    assert rule in text


# --- controls: what must keep giving what it gives on the base tree ------------------------


@pytest.mark.parametrize(("body", "expected"), [
    # a past return: "back" stays the past's
    ("Filming on the comedy Copper Vale season 2 began back in February.",
     ("Copper Vale", 2, "filming_started", "2024-02")),
    # a narrative of the past keeps the earlier event's year
    ("After its 2022 debut, the comedy Copper Vale returned for season 2 in June.",
     ("Copper Vale", 2, "premiere", "2022-06")),
    # "be back" was read ahead already
    ("The comedy Copper Vale will be back June 14 for season 2.",
     ("Copper Vale", 2, "premiere", "2024-06-14")),
    # a year the season is named by
    ("The comedy Copper Vale returns for its 2025 season on June 14.",
     ("Copper Vale", None, "premiere", "2025-06-14")),
    # a relative date before its event
    ("The comedy Copper Vale, which premiered back in June, returns for season 2 on Kestrel "
     "next month.", ("Copper Vale", 2, "premiere", "2024-06")),
])
def test_controls(body: str, expected: tuple[str, int | None, str, str]) -> None:
    got = {(f.show, f.season, f.kind, f.date) for f in facts_of(body)}
    assert expected in got
