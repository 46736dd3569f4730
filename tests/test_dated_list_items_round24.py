"""Lists of premieres whose items carry their own date and season (round 24, r24target).

``list.item_the_listing_missed``: 'Kestrel has set premiere dates for "A" (June 4), "B" (June
11) and "C" (June 18)' — the premiere listing read B and C off the line and its claim on the
line dropped the sentence's own premiere of A. ``target.season_of_named`` now takes the list
of seasons it opens ('season 3 of A (June 4), season 2 of B (June 11) and the new drama C'),
where only A was named. ``date.list_item_own_date``: each item takes the date that follows it
('will premiere A on June 4 and B on June 11' gave B June 4). ``target.gapped_dated_items``:
'A returns on June 4 and B on June 11' (the verb left out) gave B nothing.
The grid: three title sets (one word, two words, four words), quoted straight, curly and
bare, six forms; expected: each title its premiere on its own day, the seasons the items give.
"""

from __future__ import annotations

import itertools

import pytest
from articles import explained, facts_of

from monitor.extract.shows import normalise_title

TITLE_SETS = (("Marrowby", "Quillon", "Tessendale"), ("Copper Vale", "Salt Road", "Brass Lantern"),
              ("The Long Glass Orchard", "A Map of Stars", "Nightjar"))
QUOTES = (('"', '"'), ("“", "”"), ("", ""))
FORMS = {
    "parentheses": ("Kestrel has set premiere dates for {a} (June 4), {b} (June 11) and {c} "
                    "(June 18).", (None, None, None)),
    "on_two": ("Kestrel will premiere {a} on June 4 and {b} on June 11.", (None, None)),
    "on_three": ("Kestrel will premiere {a} on June 4, {b} on June 11 and {c} on June 18.",
                 (None, None, None)),
    "season_of": ("Kestrel has set premiere dates for season 3 of {a} (June 4), season 2 of {b} "
                  "(June 11) and the new drama {c} (June 18).", (3, 2, 1)),
    "ordinal": ("Kestrel has set premiere dates for the third season of {a} (June 4) and the "
                "second season of {b} (June 11).", (3, 2)),
    "gapped": ("{a} returns on June 4 and {b} on June 11, Kestrel said.", (None, None)),
}
DAYS = ("2024-06-04", "2024-06-11", "2024-06-18")
#: Bare four-word titles are no title candidates in these frames (discovery's part, not this
#: mechanism's): left out of the grid.
CELLS = [pytest.param(titles, quotes, form,
                      id=f"{form}-{titles[0].split()[-1]}-{quotes[0] or 'bare'}")
         for titles, quotes, form in itertools.product(TITLE_SETS, QUOTES, FORMS)
         if quotes[0] or titles[0] != "The Long Glass Orchard"]


@pytest.mark.parametrize(("titles", "quotes", "form"), CELLS)
def test_each_item_takes_its_own_day(titles: tuple[str, str, str], quotes: tuple[str, str],
                                     form: str) -> None:
    wording, seasons = FORMS[form]
    a, b, c = (f"{quotes[0]}{t}{quotes[1]}" for t in titles)
    facts = facts_of(wording.format(a=a, b=b, c=c))
    expected = {(normalise_title(titles[i]), "premiere", DAYS[i]) for i in range(len(seasons))}
    assert {(normalise_title(f.show), f.kind, f.date) for f in facts} == expected
    if any(seasons):
        assert {(normalise_title(f.show), f.season) for f in facts} == {
            (normalise_title(titles[i]), seasons[i]) for i in range(len(seasons))}


@pytest.mark.parametrize(("rule", "body"), [
    ("list.item_the_listing_missed", 'Kestrel has set premiere dates for "Copper Vale" (June 4), '
                                     '"Nightjar" (June 11) and "Salt Road" (June 18).'),
    ("date.list_item_own_date", 'Kestrel will premiere "Copper Vale" on June 4 and "Nightjar" '
                                'on June 11.'),
    ("target.gapped_dated_items", '"Copper Vale" returns on June 4 and "Nightjar" on June 11.'),
])
def test_explain_names_the_rule(rule: str, body: str) -> None:
    text = explained(body)
    assert rule in text


#: Sentences that must give what they gave before round 24.
CONTROLS = {
    # one date for the whole list: every item takes it
    "shared_day": ('Kestrel will premiere "Copper Vale" and "Nightjar" on June 4.',
                   {("copper vale", "2024-06-04"), ("nightjar", "2024-06-04")}),
    # the second name has a verb of its own: no gapped item
    "own_verb": ('"Copper Vale" returns on June 4 and "Nightjar" ends on June 11.',
                 {("copper vale", "2024-06-04")}),
    # a renewal list with a day: no premiere dates to share out
    "renewal": ('Kestrel renewed "Copper Vale" and "Nightjar" on Tuesday.',
                {("copper vale", "2024-05-07"), ("nightjar", "2024-05-07")}),
    # the item after the date is a verb's subject ("will air its finale")
    "subject_after": ('"Copper Vale" returns on June 4 and "Nightjar" on June 11 will air its '
                      'finale.', {("copper vale", "2024-06-04")}),
}


@pytest.mark.parametrize("name", CONTROLS)
def test_controls_give_what_they_gave(name: str) -> None:
    body, expected = CONTROLS[name]
    assert {(normalise_title(f.show), f.date) for f in facts_of(body)} == expected
