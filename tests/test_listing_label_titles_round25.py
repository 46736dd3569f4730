"""A listing item's title ending on a label word, kept where the article writes it so
(``list.label_word_of_title``; round 25, s25bounds).

A listing line cuts its labels from a title's end ("Salt Road — new, Friday"), so "The
Lantern Show — Friday, Jan. 10" gave "The Lantern". Where the article writes the word,
capitalised, after every mention of the title, and one mention stands outside the item's
lines, the word is the title's. The grid: invented titles ending on "Show", "Weekly",
"Original", "Exclusive", in five listing layouts. The controls keep what they give today: a
verb label ("Returns"), a title the article also writes alone, a label no prose repeats.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import explained, facts_of, normalised_shows

PUBLISHED = dt.date(2024, 12, 1)
HEADLINE = "Winter Premiere Dates"
TITLES = ("The Lantern Show", "Kettle Road Show", "Quill Weekly", "Copper Vale Original",
          "Marsh Exclusive", "The Ada Finch Show")
LAYOUTS = {
    "dash": "{t} — Friday, Jan. 10 (Netflix)",
    "date_first": "Jan. 10 — {t}, Netflix",
    "paren": "{t} (Netflix, Jan. 10)",
    "comma": "{t}, Netflix, Jan. 10",
    "heading": "Friday, Jan. 10\n\n{t} (Netflix)",
}
OTHERS = "\n\nNight Ferry (Hulu, Feb. 2)\n\nRed Kettle (Hulu, Feb. 9)\n\nMore to come."


def _body(title: str, layout: str, lead: str = "The season's best new comedy is {t}.") -> str:
    return f"{lead.format(t=title)}\n\n{LAYOUTS[layout].format(t=title)}{OTHERS}"


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("title", TITLES)
def test_label_word_kept(title: str, layout: str) -> None:
    shows = normalised_shows(facts_of(_body(title, layout), HEADLINE, PUBLISHED))
    assert shows == {title.lower().removeprefix("the "), "night ferry", "red kettle"}


def test_explain_names_the_rule() -> None:
    text = explained(_body("The Lantern Show", "dash"), HEADLINE, PUBLISHED)
    assert "list.label_word_of_title" in text


#: (title, lead sentence, the show the listing's item gives today and after).
CONTROLS = {
    # a verb label is no title's word
    "verb_label": ("Salt Road Returns", "Salt Road Returns is the headline fans wanted.",
                   "salt road"),
    # the title written alone elsewhere
    "also_alone": ("Salt Road Show", "Salt Road is the season's best new comedy.",
                   "salt road"),
    # the label on the item's line only
    "line_only": ("Salt Road Show", "The season's best new comedy is back.", "salt road"),
}


@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_controls(name: str) -> None:
    title, lead, expected = CONTROLS[name]
    shows = normalised_shows(facts_of(_body(title, "dash", lead), HEADLINE, PUBLISHED))
    assert expected in shows and f"{expected} show" not in shows and \
        f"{expected} returns" not in shows
