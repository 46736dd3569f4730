"""An owner's possessive before a quoted title (round 23, r23cands): ``title.span.owner_of_quoted``.

"Kestrel's \"Copper Vale\"", "Jane Doe's “Salt Road”": the quotes say where the title
starts, so the owner (a network no list knows, a studio, a person) is no show and no item of
the list the titles make. Before: the owner was a list item that took the list's status
("Among the shows renewed are Kestrel's \"A\", Tovrel's \"B\" and \"C\"" gave Kestrel and
Tovrel renewed, B and C nothing), a two-word owner broke the list ("..., Tom Reyes's \"B\""),
and a status line kept the owner glued to the title ("Renewed: Kestrel's \"A\"" gave
"Kestrel's \"A").
The grid: three title sets (one word, two words, four words), three owner sets (networks,
people, a studio), three kinds of quotes, two apostrophes, five frames.
"""

from __future__ import annotations

import itertools

import pytest
from articles import facts_of, make_article, rows

from monitor.extract import rules
from monitor.extract.explain import explain
from monitor.extract.shows import normalise_title

TITLE_SETS = (("Marrowby", "Quillon", "Tessendale"), ("Copper Vale", "Salt Road", "Brass Lantern"),
              ("The Long Way Home", "A Map of Stars", "Nightjar"))
OWNERS = (("Kestrel", "Tovrel"), ("Jane Doe", "Tom Reyes"), ("Tin Roof Pictures", "Kestrel"))
QUOTES = (('"', '"'), ("“", "”"), ("‘", "’"))
APOSTROPHES = ("'s", "’s")
FRAMES = {
    "among": ("Among the shows renewed are {a}, {b} and {c}.", "renewed"),
    "status_line": ("Renewed: {a}, {b} and {c}.", "renewed"),
    "colon_list": ("Kestrel cancelled three shows on Tuesday: {a}, {b} and {c}.", "cancelled"),
    "include": ("Cancelled series include {a}, {b} and {c}.", "cancelled"),
    "single": ("{a} has been renewed for a third season.", "renewed"),
}

CELLS = [pytest.param(titles, owners, quotes, apostrophe, frame,
                      id=f"{frame}-{titles[0].split()[-1]}-{owners[0].split()[-1]}-"
                         f"{quotes[0]}-{'curly' if apostrophe == '’s' else 'straight'}")
         for titles, owners, quotes, apostrophe, frame in itertools.product(
             TITLE_SETS, OWNERS, QUOTES, APOSTROPHES, FRAMES)]


@pytest.mark.parametrize(("titles", "owners", "quotes", "apostrophe", "frame"), CELLS)
def test_each_quoted_title_is_the_show_not_its_owner(
        titles: tuple[str, str, str], owners: tuple[str, str], quotes: tuple[str, str],
        apostrophe: str, frame: str) -> None:
    opening, closing = quotes
    a = f"{owners[0]}{apostrophe} {opening}{titles[0]}{closing}"
    b = f"{owners[1]}{apostrophe} {opening}{titles[1]}{closing}"
    c = f"{opening}{titles[2]}{closing}"
    wording, kind = FRAMES[frame]
    named = titles[:1] if frame == "single" else titles
    found = {normalise_title(f.show) for f in facts_of(wording.format(a=a, b=b, c=c))
             if f.kind == kind}
    assert found == {normalise_title(t) for t in named}


#: Sentences that must give what they gave before round 23.
CONTROLS = {
    "person_before_a_film": ("Jane Doe's \"The Long Night\" opens in theaters on June 4, and "
                             "her series Copper Vale has been renewed for a third season.",
                             {("Copper Vale", None, "renewed")}),
    "studio_slate_no_status": ("Tin Roof Pictures' slate includes Jane Doe's \"Copper Vale\", "
                               "Tom Reyes's \"Nightjar\" and \"Salt Road\".", set()),
    "possessive_inside_the_quotes": ("\"Kestrel's Landing\" has been renewed for a third "
                                     "season.", {("Kestrel's Landing", 3, "renewed")}),
    "possessive_title_unquoted": ("Marlow's Crossing has been renewed for a third season.",
                                  {("Marlow's Crossing", 3, "renewed")}),
    "a_show_before_its_song": ("Copper Vale's \"Salt Road\" song went viral, and the drama "
                               "has been renewed for a third season.", set()),
    "status_line_unowned": ("Renewed: Copper Vale (season 3), Nightjar (season 2) and Salt "
                            "Road (season 5).", {("Copper Vale", 3, "renewed"),
                                                 ("Nightjar", 2, "renewed"),
                                                 ("Salt Road", 5, "renewed")}),
    "list_unowned": ("Among the shows renewed are Copper Vale, Nightjar and Salt Road.",
                     {("Copper Vale", None, "renewed"), ("Nightjar", None, "renewed"),
                      ("Salt Road", None, "renewed")}),
    "two_clauses": ("Kestrel's \"Copper Vale\" has been renewed for a third season, and "
                    "Tovrel's \"Nightjar\" has been cancelled.",
                    {("Copper Vale", 3, "renewed"), ("Nightjar", None, "cancelled")}),
}


@pytest.mark.parametrize("name", CONTROLS)
def test_controls_give_what_they_gave(name: str) -> None:
    text, expected = CONTROLS[name]
    assert rows(facts_of(text)) == expected


def test_explain_names_the_owner_rule() -> None:
    body = "Among the shows renewed are Kestrel's \"Copper Vale\", Tovrel's \"Nightjar\" and " \
           "\"Salt Road\"."
    _, text = explain(make_article(body))
    assert f"vetoed Kestrel's: {rules.check('title.span.owner_of_quoted')}" in text
