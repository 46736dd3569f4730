"""Round 22 (s22strict): a shoot told as going on, on an announcement's day, takes the month.

"Tovrel today confirmed that cameras are rolling on the third season of Salt Road" gave the
shoot the publication day on main: the day is the announcement's, and the shoot
began before it, at a time the text does not tell. The labelling guide gives an event that
just happened with no time told the publication month, and the open labels give these
shoots the month. A shoot told as under way or done ("is underway", "has officially begun",
"cameras are rolling", "has wrapped") after an announcement's word whose day stands beside it
("today announced that", "On March 3, Kestrel tweeted that"), the sentence's only date, now
takes that day's month (``date.state_told_on_announcement_day``). A shoot told as an event of
that day ("Filming began today, Kestrel announced", "started shooting on Tuesday") or with a
day of its own keeps the day. Every sentence and name is invented.
"""

from __future__ import annotations

import pytest
from articles import dated_row, facts_of, make_article

from monitor.extract.explain import explain
from monitor.extract.shows import normalise_title

#: (show, network).
NAMES = [
    ("Salt Road", "Kestrel Play"),
    ("Glass Orchard", "Tovrel"),
    ("Copper Vale", "Brightwave"),
]

#: A shoot's state told after an announcement with its day: (body, kind, month).
STATE = [
    ("{N} today said the shoot is underway for the next season of “{A}”.",
     "filming_started", "2024-05"),
    ("{N} announced today that filming has officially begun on season 2 of “{A}”.",
     "filming_started", "2024-05"),
    ("On May 8, {N} tweeted that production has begun on the second season of “{A}”.",
     "filming_started", "2024-05"),
    ("{N} confirmed on Wednesday that filming on season 2 of “{A}” has wrapped.",
     "filming_wrapped", "2024-05"),
    ("On May 7, {N} revealed that the “{A}” season 2 shoot has wrapped.", "filming_wrapped",
     "2024-05"),
    ("{N} today confirmed that cameras are rolling on the third season of “{A}”.",
     "filming_started", "2024-05"),
]

#: The day is the shoot's own event (or the sentence gives the shoot a day of its own).
EVENT_DAY = [
    ("Filming on the second season of “{A}” began today, {N} announced.",
     "filming_started", "2024-05-10"),
    ("“{A}” started shooting its second season on May 6, {N} said.",
     "filming_started", "2024-05-06"),
    ("{N} said “{A}” wrapped filming on its second season on May 3.", "filming_wrapped",
     "2024-05-03"),
]


def _of(body: str, show: str, kind: str) -> list[str | None]:
    return [dated_row(f)[3] for f in facts_of(body)
            if normalise_title(f.show) == normalise_title(show) and f.kind == kind]


@pytest.mark.parametrize("names", NAMES, ids=lambda n: n[0])
@pytest.mark.parametrize("body,kind,month", STATE, ids=[b[:40] for b, _, _ in STATE])
def test_state_on_announcement_day_takes_the_month(names: tuple[str, str], body: str,
                                                   kind: str, month: str) -> None:
    show, network = names
    assert _of(body.format(A=show, N=network), show, kind) == [month]


@pytest.mark.parametrize("names", NAMES, ids=lambda n: n[0])
@pytest.mark.parametrize("body,kind,day", EVENT_DAY, ids=[b[:40] for b, _, _ in EVENT_DAY])
def test_the_shoots_own_day_stays(names: tuple[str, str], body: str, kind: str,
                                  day: str) -> None:
    show, network = names
    assert _of(body.format(A=show, N=network), show, kind) == [day]


def test_explain_names_the_rule() -> None:
    _, text = explain(make_article(
        "Tovrel today confirmed that cameras are rolling on the third season of “Salt Road”."))
    assert "date.state_told_on_announcement_day" in text
