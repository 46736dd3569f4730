"""A list whose items each carry their own season note (round 24, r24target):
``target.season_noted_items``.

'Kestrel renewed "A" for a third season, "B" for a second and "C" for a fifth' gave A and B
(B with no season) and lost C; '"A", the mining drama starring Jane Doe, for a third season;
"B", for a second; and "C", for a fifth' gave A only: the notes broke the list. The grid:
three title sets (one word, two words, four words), straight and curly quotes, five forms.
"""

from __future__ import annotations

import itertools

import pytest
from articles import explained, facts_of, normalised_rows

from monitor.extract.shows import normalise_title

TITLE_SETS = (("Marrowby", "Quillon", "Tessendale"), ("Copper Vale", "Salt Road", "Brass Lantern"),
              ("The Long Glass Orchard", "A Map of Stars", "Nightjar"))
QUOTES = (('"', '"'), ("“", "”"))
FORMS = {
    "commas": ("Kestrel renewed {a} for a third season, {b} for a second and {c} for a fifth.",
               (3, 2, 5)),
    "semicolons": ("Kestrel renewed three dramas: {a}, the mining drama starring Jane Doe, for a "
                   "third season; {b}, for a second; and {c}, for a fifth.", (3, 2, 5)),
    "comma_notes": ("Kestrel renewed {a}, for a third season; {b}, for a second; and {c}, for a "
                    "fifth.", (3, 2, 5)),
    "two": ("Kestrel has renewed {a} for a second season and {b} for a third.", (2, 3)),
    "final": ("Kestrel renewed {a} for a fourth and final season and {b} for a second.", (4, 2)),
}
#: "a fourth and final season" for the first item was read as every item's (the second got
#: 4): round 25's ``season.elliptic_renewal`` leaves a note before the item to that item.
CELLS = [pytest.param(titles, quotes, form, id=f"{form}-{titles[0].split()[-1]}-{quotes[0]}")
         for titles, quotes, form in itertools.product(TITLE_SETS, QUOTES, FORMS)]


@pytest.mark.parametrize(("titles", "quotes", "form"), CELLS)
def test_each_item_takes_the_decision_with_its_own_season(
        titles: tuple[str, str, str], quotes: tuple[str, str], form: str) -> None:
    wording, seasons = FORMS[form]
    a, b, c = (f"{quotes[0]}{t}{quotes[1]}" for t in titles)
    facts = facts_of(wording.format(a=a, b=b, c=c))
    assert normalised_rows(facts) == {
        (normalise_title(titles[i]), seasons[i], "renewed") for i in range(len(seasons))}


def test_explain_names_the_rule() -> None:
    body = ('Kestrel renewed "Copper Vale" for a third season, "Nightjar" for a second and '
            '"Salt Road" for a fifth.')
    text = explained(body)
    assert "target.season_noted_items" in text


#: Sentences that must give what they gave before round 24.
CONTROLS = {
    # the second title's own verb: its own decision
    "own_verb": ('Kestrel renewed "Copper Vale" for a third season and cancelled "Nightjar" '
                 'after a second.', {("copper vale", 3, "renewed"),
                                     ("nightjar", None, "cancelled")}),
    # seasons in parentheses were read before
    "parentheses": ('Kestrel has renewed "Copper Vale" (season 2) and "Nightjar" (season 3).',
                    {("copper vale", 2, "renewed"), ("nightjar", 3, "renewed")}),
    # one season for the list
    "shared": ('Kestrel renewed "Copper Vale" and "Nightjar" for second seasons.',
               {("copper vale", 2, "renewed"), ("nightjar", 2, "renewed")}),
}


@pytest.mark.parametrize("name", CONTROLS)
def test_controls_give_what_they_gave(name: str) -> None:
    body, expected = CONTROLS[name]
    assert normalised_rows(facts_of(body)) == expected
