"""A day, a month or a season of the year at a title's edge, kept where the article writes it
with every mention of the name (``title.span.time_edge``; round 25, s25bounds).

``clean_title`` cuts "Monday" from "Ada Monday" and "Sunday" from "Sunday Pebble" as the
sentence's date; a date glued to every mention of a name, twice or more, is the name's own
word. The grid: invented titles of one to three words ending or opening on a time word, in
the headline and the body, for the kinds a decision takes. The controls keep what they give
today: the word read as a date ("Salt Road March 5", "on Monday Salt Road"), a title also
written alone, a real word after the title.
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of, normalised_shows, normalised_shows_kinds

#: Titles whose first or last word is a day, a month or a season of the year.
TITLES = ("Ada Monday", "Lisbon Tuesday", "Sunday Pebble", "Friday Field", "Raleigh Saturday",
          "Marlow Friday", "Harbor June", "Vincent April", "Winter Quillon",
          "Copper Vale Thursday", "Monday Barn")

#: (headline, body, kind): every mention of the title carries its time word.
FORMS = {
    "headline_renewed": ("{t} Renewed for Season 2",
                         "Tovrel has renewed {t} for a second season.", "renewed"),
    "body_twice_renewed": ("Tovrel news",
                           "{t} is coming back. Tovrel renewed {t} for a second season.",
                           "renewed"),
    "body_twice_cancelled": ("Tovrel news",
                             "Tovrel has cancelled {t} after two seasons. Fans of {t} were "
                             "upset.", "cancelled"),
    "headline_premiere": ("{t} Sets Its Premiere",
                          "The second season of {t} premieres Jan. 10 on Tovrel.", "premiere"),
}


#: Cells left: none. Round 25 left three ("Tovrel has cancelled Friday Field": "Field" read
#: as the surname of "Friday Field", ``title.veto.surname``, before its edge was read); round
#: 28's ``title.span.calendar_edge`` reads the edge before the vetoes, so they pass.
VETOED_FIRST: set[tuple[str, str]] = set()


_VETOED = pytest.mark.xfail(strict=True, reason="the name after the day is vetoed as a "
                            "surname before its edge is read")
CELLS = [pytest.param(title, form, id=f"{title}-{form}",
                      marks=[_VETOED] if (title, form) in VETOED_FIRST else [])
         for title in TITLES for form in sorted(FORMS)]


@pytest.mark.parametrize(("title", "form"), CELLS)
def test_time_word_kept_at_the_edge(title: str, form: str) -> None:
    headline, body, kind = FORMS[form]
    facts = facts_of(body.format(t=title), headline.format(t=title))
    shows = normalised_shows(facts)
    assert (title.lower(), kind) in normalised_shows_kinds(facts), facts
    assert shows == {title.lower()}, shows


def test_explain_names_the_rule() -> None:
    text = explained("Tovrel renewed Ada Monday for a second season. Ada Monday returns in "
                     "May.")
    assert "title.span.time_edge" in text


#: (headline, body, the shows the article gives today and after).
CONTROLS = {
    # the month is the sentence's date
    "date_after": ("Tovrel news", "Tovrel renewed Salt Road March 5 for a second season. "
                   "Salt Road March 5 was a good day for fans.", {"salt road"}),
    # a day before the name, after "on"
    "on_day_before": ("Tovrel news", "On Monday Salt Road was renewed for a second season. "
                      "Fans of Salt Road cheered.", {"salt road"}),
    # the title is also written alone
    "also_alone": ("Salt Road Renewed", "Tovrel renewed Salt Road Friday for a second season. "
                   "Salt Road stars Ada Finch.", {"salt road"}),
    # a real word after the title
    "star_after": ("Tovrel news", "Tovrel renewed Salt Road for a second season. Salt Road "
                   "star Ada Finch is thrilled.", {"salt road"}),
    # a month then a broadcast noun: the sentence's date
    "month_premiere": ("Tovrel news", "Tovrel renewed Salt Road for a second season after "
                       "the Salt Road March premiere drew fans. Salt Road March premiere "
                       "numbers were strong.", {"salt road"}),
    # a day then a time of day
    "day_night": ("Tovrel news", "Tovrel has renewed Salt Road for a third season. Salt Road "
                  "Monday night ratings rose.", {"salt road"}),
    # quoted whole already
    "quoted": ("Tovrel news", "Tovrel has renewed “Marlow Friday” for a second season.",
               {"marlow friday"}),
}


@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_controls(name: str) -> None:
    headline, body, expected = CONTROLS[name]
    assert normalised_shows(facts_of(body, headline)) == expected
