"""The partial date: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, or a season ``YYYY-SP|SU|FA|WI``.

Facts carry their date as partial ISO text, never more precise than the article said. This is
the one type that reads such a text and answers everything asked of it: how precise it is, the
first and last day it covers, whether it holds another date, how two of them order in time,
and how it reads to people ("15 Sep 2017", "Sep 2017", "Summer 2018", "2017"). Reconciliation,
the status page, alert messages and the command line all go through it.

Seasons are meteorological: spring is March to May, summer June to August, fall September to
November, and winter ``YYYY-WI`` December of YYYY to February of YYYY+1 (the winter that starts
in that year, as the extractor resolves "this winter"). Pure: no I/O, no clock.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

YEAR, SEASON, MONTH, DAY = 1, 2, 3, 4
#: The months each season code covers, in order, as (years after its year, month).
SEASON_MONTHS: dict[str, tuple[tuple[int, int], ...]] = {
    "SP": ((0, 3), (0, 4), (0, 5)),
    "SU": ((0, 6), (0, 7), (0, 8)),
    "FA": ((0, 9), (0, 10), (0, 11)),
    "WI": ((0, 12), (1, 1), (1, 2)),
}
SEASON_NAMES: dict[str, str] = {"SP": "Spring", "SU": "Summer", "FA": "Fall", "WI": "Winter"}
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_FORM = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(SP|SU|FA|WI))?$")


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the season, the month or the day.

    Build one with :meth:`parse`; ``str()`` gives the partial ISO text back.
    """

    year: int
    month: int | None = None
    day: int | None = None
    #: SP, SU, FA or WI; only with a year.
    season: str | None = None

    @classmethod
    def parse(cls, text: str | None) -> PartialDate | None:
        """The partial date ``text`` states, or None when it is empty or no partial ISO date
        (an impossible month or day included)."""
        match = _FORM.match(text.strip()) if text else None
        if not match:
            return None
        year, month, day, season = match.groups()
        try:
            if day:
                dt.date(int(year), int(month), int(day))
            elif month and not 1 <= int(month) <= 12:
                return None
        except ValueError:
            return None
        return cls(int(year), int(month) if month else None, int(day) if day else None,
                   season)

    @property
    def precision(self) -> int:
        """``DAY`` (4), ``MONTH`` (3), ``SEASON`` (2) or ``YEAR`` (1): higher is more precise."""
        if self.day is not None:
            return DAY
        if self.month is not None:
            return MONTH
        return SEASON if self.season is not None else YEAR

    def months(self) -> tuple[tuple[int, int], ...]:
        """The (year, month) pairs it covers, in order (twelve for a year)."""
        if self.month is not None:
            return ((self.year, self.month),)
        if self.season is not None:
            return tuple((self.year + later, month) for later, month in SEASON_MONTHS[self.season])
        return tuple((self.year, month) for month in range(1, 13))

    def start(self) -> dt.date:
        """The first day it covers ("2017-WI" → 1 Dec 2017)."""
        if self.day is not None:
            return dt.date(self.year, self.month or 1, self.day)
        year, month = self.months()[0]
        return dt.date(year, month, 1)

    def end(self) -> dt.date:
        """The last day it covers ("2017" → 31 Dec 2017, "2017-WI" → 28 Feb 2018)."""
        if self.day is not None:
            return self.start()
        year, month = self.months()[-1]
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)

    def contains(self, other: PartialDate) -> bool:
        """Whether ``other`` names a time inside this one and is more precise: a day inside its
        month, a month inside its season or year. A date does not contain itself."""
        if other.precision <= self.precision or (self.season and other.precision < MONTH):
            return False
        if self.day is not None:
            return False
        if self.month is not None:
            return (other.year, other.month) == (self.year, self.month)
        if self.season is not None:
            return (other.year, other.month) in self.months()
        return other.year == self.year

    def restates(self, other: PartialDate | None) -> bool:
        """Whether this says ``other`` again, the same or less precisely ("2018" of 8 Mar
        2018): a restatement, never a change."""
        return other is not None and (self == other or self.contains(other))

    def sort_key(self) -> str:
        """Text that orders partial dates in time; a season sorts at its first month and a year
        before its months ("2017" < "2017-03" = "2017-SP" < "2017-03-08")."""
        if self.season is not None:
            return f"{self.year:04d}-{SEASON_MONTHS[self.season][0][1]:02d}"
        return str(self)

    def words(self) -> str:
        """How it reads: "15 Sep 2017", "Sep 2017", "Summer 2017", "2017"."""
        if self.season is not None:
            return f"{SEASON_NAMES[self.season]} {self.year}"
        if self.month is None:
            return str(self.year)
        name = MONTH_NAMES[self.month - 1]
        return f"{self.day} {name} {self.year}" if self.day is not None else f"{name} {self.year}"

    def phrase(self) -> str:
        """"on 15 Sep 2017" for a day, "in Sep 2017" / "in Summer 2017" for a window."""
        return f"{'on' if self.day is not None else 'in'} {self.words()}"

    def machine(self) -> str:
        """The form HTML's ``<time datetime=…>`` accepts: the year alone for a season."""
        return str(self.year) if self.season is not None else str(self)

    def __str__(self) -> str:
        if self.season is not None:
            return f"{self.year:04d}-{self.season}"
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


def precision(text: str | None) -> int:
    """How precise a partial ISO text is: 4 day, 3 month, 2 season, 1 year, 0 none/unreadable."""
    date = PartialDate.parse(text)
    return date.precision if date else 0


def sort_key(text: str | None) -> str:
    """:meth:`PartialDate.sort_key` of a text ("" for none; an unreadable text as it is)."""
    date = PartialDate.parse(text)
    return date.sort_key() if date else (text or "")


def end_day(text: str | None) -> dt.date | None:
    """:meth:`PartialDate.end` of a text; None for none or an unreadable text."""
    date = PartialDate.parse(text)
    return date.end() if date else None


def restates(vaguer: str | None, text: str | None) -> bool:
    """Whether ``vaguer`` only says ``text`` again, the same or less precisely; equal texts
    (None included) restate each other."""
    if vaguer == text:
        return True
    a, b = PartialDate.parse(vaguer), PartialDate.parse(text)
    return a is not None and a.restates(b)


def words(text: str | None) -> str:
    """A partial ISO text in words ("15 Sep 2017"); an unreadable text as it is; "" for none."""
    if not text:
        return ""
    date = PartialDate.parse(text)
    return date.words() if date else text


def phrase(text: str | None) -> str:
    """"on 15 Sep 2017" / "in Sep 2017" for a text; "" for none or an unreadable one."""
    date = PartialDate.parse(text)
    return date.phrase() if date else ("in " + text if text else "")
