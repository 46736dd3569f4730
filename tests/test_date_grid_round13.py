"""Dates as typed expressions (issue 10, round 13): a grid of triggers x date forms x article
dates, with sentences and titles written for this test.

The article dates are mid-year (June 18), December (10th) and January (14th), so a bare month
or day falls on either side of the new year. Each probe gives the date and precision the fact
must carry:
- a trigger's own tense: "a season to debut in March" (the words before the trigger and the
  trigger read with one space between), a progressive right after its season or shoot ("a
  second season, arriving in March", "a shoot starting in May"), "set for a March 5 premiere",
  and a premiere named by its noun in a clause of the present ("the premiere of X is March 5")
  look ahead, whatever the sentence's other verbs;
- a renewal's date after "due", "slated for", "coming", "set to arrive" is the renewed
  season's premiere (read ahead); the decision itself takes the publication month;
- a decision's date that is another event's it came before ("ahead of its May 3 finale") is
  not the decision's;
- a day read from a bare weekday ("returns Friday") a week off from a month-day the article
  states for the same key, or pins to that weekday ("Friday, March 7") in the headline or a
  line naming the show, takes the stated day;
- "from March to June" is a span without a year, "in the first quarter" the coming quarter's
  year, "around the holidays" December.
Controls (passing before and after): the forms the extractor already read right, a weekly
show's other Friday in a line about something else, a past progressive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from articles import FullRow, facts_of, full_row

from monitor.extract import dates as datemod

G = "Glass Harbor"
PUBS = {"mid": dt.date(2031, 6, 18), "dec": dt.date(2031, 12, 10), "jan": dt.date(2032, 1, 14)}


def _facts(text: str, published: dt.date, title: str = "") -> list[FullRow]:
    return [full_row(f) for f in facts_of(text, title, published)]


def _dates(text: str, published: dt.date, kind: str, title: str = "") -> list[object]:
    return [date for show, _s, k, date, _c in _facts(text, published, title)
            if show == G and k == kind]


def _ahead(month: int, day: int | None = None) -> Callable[[dt.date], str]:
    """The coming instance of a month (or a day) seen from the publication date."""
    def value(pub: dt.date) -> str:
        if day is None:
            return f"{pub.year + (month < pub.month)}-{month:02d}"
        return f"{pub.year + ((month, day) < (pub.month, pub.day))}-{month:02d}-{day:02d}"
    return value


def _pub_month(pub: dt.date) -> str:
    return pub.isoformat()[:7]


# --- a trigger's own tense ------------------------------------------------------------------

#: (sentence, kind, the date it must give); each fails on 21363eb for at least one article date.
OWN_TENSE = {
    "to_debut": (f"Netflix renewed {G} for a second season to debut in March.", "premiere",
                 _ahead(3)),
    "season_arriving": (f"Netflix renewed {G} for a second season, arriving in March.",
                        "premiere", _ahead(3)),
    "shoot_starting": (f"{G} season 2 has a two-month shoot starting in May.",
                       "filming_started", _ahead(5)),
    "set_for_a_premiere": (f"{G} season 2 is set for a March 5 premiere.", "premiere",
                           _ahead(3, 5)),
    "premiere_is": (f"The premiere of {G} season 2 is April 14.", "premiere", _ahead(4, 14)),
    "gets_a_premiere": (f"{G} season 2 gets an April 14 premiere on Netflix.", "premiere",
                        _ahead(4, 14)),
}


@pytest.mark.parametrize("pub_name", list(PUBS))
@pytest.mark.parametrize("case", list(OWN_TENSE))
def test_trigger_own_tense_reads_ahead(case: str, pub_name: str) -> None:
    sentence, kind, want = OWN_TENSE[case]
    pub = PUBS[pub_name]
    assert want(pub) in _dates(sentence, pub, kind)


def test_participle_of_a_past_event_stays_past() -> None:
    # a show's own progressive in a past sentence tells of the past (control)
    text = (f"{G} had a strong start, launching its first two episodes on June 4, but "
            "viewing fell off.")
    assert _dates(text, dt.date(2031, 6, 18), "premiere") in ([], ["2031-06-04"])


# --- a renewal and its season's arrival ------------------------------------------------------

RENEWAL_HEADS = {
    "has_been": f"{G} has been renewed for a second season{{t}}.",
    "netflix_renewed": f"Netflix renewed {G} for a second season{{t}}.",
    "picked_up": f"Hulu has picked up {G} for a second season{{t}}.",
}
#: (tail, the premiere it gives, or None for none)
ARRIVAL_TAILS: dict[str, tuple[str, Callable[[dt.date], str] | None]] = {
    "due_in_march": (", due in March", _ahead(3)),
    "due_next_year": (", due next year", lambda p: str(p.year + 1)),
    "slated_for_march": (", slated for March", _ahead(3)),
    "set_for_spring": (" set for spring", lambda p: f"{p.year + (p.month >= 6)}-SP"),
    "coming_next_year": (" coming next year", lambda p: str(p.year + 1)),
    "ahead_of_finale": (" ahead of its May 3 finale", None),
    "days_before_finale": (" days before its finale on May 3", None),
}


@pytest.mark.parametrize("pub_name", list(PUBS))
@pytest.mark.parametrize("tail", list(ARRIVAL_TAILS))
@pytest.mark.parametrize("head", list(RENEWAL_HEADS))
def test_renewal_keeps_its_own_month_and_the_season_its_arrival(head: str, tail: str,
                                                                 pub_name: str) -> None:
    pub = PUBS[pub_name]
    words, premiere = ARRIVAL_TAILS[tail]
    text = RENEWAL_HEADS[head].format(t=words)
    assert _dates(text, pub, "renewed") == [_pub_month(pub)]
    premieres = _dates(text, pub, "premiere")
    if premiere is None:
        assert premieres == []
    else:
        assert premiere(pub) in premieres


@pytest.mark.parametrize("text, renewed", [
    # controls: a renewal that owns its own time
    (f"{G} was renewed for a second season in March.", "2031-03"),
    (f"{G} was renewed for a second season last month.", "2031-05"),
    (f"Netflix renewed {G} for a second season, which will premiere in March 2032.", "2031-06"),
])
def test_renewal_own_time_controls(text: str, renewed: str) -> None:
    assert _dates(text, PUBS["mid"], "renewed") == [renewed]


# --- a weekday read against a stated day -----------------------------------------------------

SATURDAY_AFTER = dt.date(2031, 3, 8)  # the day after Friday, March 7


@pytest.mark.parametrize("title, text", [
    ("Glass Harbor Season 2 Premiere Date Set for March 7",
     "Glass Harbor returns Friday for its second season. The first season was a hit."),
    ("", "Glass Harbor season 2 arrives Friday on Netflix. The eight episodes drop March 7 at "
         "midnight."),
    ("", "Glass Harbor was renewed last year, and the second season premieres Friday. Season 2 "
         "of Glass Harbor debuts on March 7."),
    ("", "Glass Harbor, which was a hit, returns Friday for season 2. Here is the schedule. "
         "Friday, March 7: Glass Harbor (Netflix)."),
    ("Netflix Schedule for Friday, March 7",
     "Glass Harbor, a hit last year, returns Friday for season 2."),
])
def test_weekday_takes_the_stated_day(title: str, text: str) -> None:
    assert _dates(text, SATURDAY_AFTER, "premiere", title) == ["2031-03-07"]


@pytest.mark.parametrize("published, text, want", [
    # controls: a weekly show's other Friday in a line about something else is no pin
    (SATURDAY_AFTER, "Glass Harbor season 2 premiered Friday. The streamer's week began "
                     "Friday 28 February with three dramas.", "2031-03-07"),
    (dt.date(2031, 3, 4), "Glass Harbor season 2 arrives Friday on Netflix. The eight episodes "
                          "drop March 7 at midnight.", "2031-03-07"),
    (SATURDAY_AFTER, "After the first season was a hit, Glass Harbor season 2 premieres "
                     "Friday.", "2031-03-14"),
])
def test_weekday_controls(published: dt.date, text: str, want: str) -> None:
    assert _dates(text, published, "premiere") == [want]


def test_stated_by_weekday_and_pins() -> None:
    assert datemod.stated_by_weekday("It returns Friday.", "2031-03-07")
    assert not datemod.stated_by_weekday("It returns Friday, March 7.", "2031-03-07")
    assert not datemod.stated_by_weekday("It returns in March.", "2031-03")
    assert datemod.pinned_weekdays("Friday, March 7: three new shows", SATURDAY_AFTER) == [
        "2031-03-07"]
    assert datemod.pinned_weekdays("Thursday, March 7: the day is not a Thursday",
                                   SATURDAY_AFTER) == []


# --- spans, quarters, holidays ---------------------------------------------------------------


@pytest.mark.parametrize("pub_name", list(PUBS))
def test_span_of_two_months_without_a_year(pub_name: str) -> None:
    pub = PUBS[pub_name]
    text = f"Filming on {G} season 2 will run from March to June."
    start = _ahead(3)(pub)
    assert _dates(text, pub, "filming_started") == [start]
    assert _dates(text, pub, "filming_wrapped") == [f"{start[:4]}-06"]


def test_span_across_the_new_year() -> None:
    text = f"Filming on {G} season 2 will run from November to February."
    assert _dates(text, PUBS["mid"], "filming_started") == ["2031-11"]
    assert _dates(text, PUBS["mid"], "filming_wrapped") == ["2032-02"]


@pytest.mark.parametrize("pub_name, want", [("mid", "2032"), ("dec", "2032"), ("jan", "2032")])
def test_first_quarter_is_the_coming_one(pub_name: str, want: str) -> None:
    text = f"{G} season 2 will premiere in the first quarter."
    assert _dates(text, PUBS[pub_name], "premiere") == [want]


@pytest.mark.parametrize("pub_name, want", [("mid", "2031-12"), ("dec", "2031-12"),
                                            ("jan", "2032-12")])
def test_around_the_holidays_is_december(pub_name: str, want: str) -> None:
    text = f"{G} season 2 will premiere around the holidays."
    assert _dates(text, PUBS[pub_name], "premiere") == [want]


def test_quarter_with_its_year_and_past_quarter() -> None:
    pub = PUBS["mid"]
    assert _dates(f"{G} season 2 will premiere in the first quarter of 2033.", pub,
                  "premiere") == ["2033"]
    found = datemod.find_dates("It premiered in the first quarter.", pub, future=False)
    assert [m.value for m in found] == ["2031"]


# --- controls: forms read right before this round --------------------------------------------

CONTROLS = {
    "day_with_weekday": (f"{G} season 2 premieres Thursday, March 4, 2032.", "premiere",
                         lambda p: "2032-03-04"),
    "in_month": (f"{G} season 2 will premiere in March.", "premiere", _ahead(3)),
    "fall_year": (f"{G} season 2 will premiere in fall 2032.", "premiere", lambda p: "2032-FA"),
    "later_this_year": (f"{G} season 2 will premiere later this year.", "premiere",
                        lambda p: str(p.year)),
    "early_next_year": (f"Production on {G} season 2 is expected to begin early next year.",
                        "filming_started", lambda p: str(p.year + 1)),
    "announced_monday": (f"Netflix announced Monday that {G} season 2 premieres April 14.",
                         "premiere", _ahead(4, 14)),
    "past_month": (f"{G} season 2 wrapped filming in October.", "filming_wrapped",
                   lambda p: f"{p.year - (p.month < 10)}-10"),
}


@pytest.mark.parametrize("pub_name", list(PUBS))
@pytest.mark.parametrize("case", list(CONTROLS))
def test_grid_controls(case: str, pub_name: str) -> None:
    sentence, kind, want = CONTROLS[case]
    pub = PUBS[pub_name]
    assert want(pub) in _dates(sentence, pub, kind)
