"""An owner's name before the title it owns, a describing phrase between (round 24, r24target):
``target.owner_of_title``.

'Tovrel has renewed Tobin Reyes' mining drama "Copper Vale" for a second season': the owner
(a person, a network, a studio) was the name nearest the verb and took the fact, and the show
was a kept title no fact reached; 'Tovrel will premiere Ada Finch's period drama "Copper
Vale"' (the owner no title) made no object of the show, and 'a second season of Kestrel's
hit comedy X' gave the season to the owner. The grid: three title sets, five owners, five
describing phrases, three quote styles, six frames (active, passive, a season "of").
"""

from __future__ import annotations

import itertools

import pytest
from articles import explained, facts_of, normalised_shows_kinds

from monitor.extract.shows import normalise_title

TITLES = ("Marrowby", "Copper Vale", "The Long Glass Orchard")
OWNERS = ("Tobin Reyes'", "Ada Finch's", "Kestrel's", "Pinefield Studios'", "Mara Quell’s")
DESCRIPTIONS = ("mining drama", "hit comedy", "sci-fi thriller", "limited series",
                "period drama")
QUOTES = (('"', '"'), ("“", "”"), ("", ""))
FRAMES = {
    "renewed": ("Tovrel has renewed {o} {d} {t} for a second season.", "renewed", 2),
    "cancelled": ("Tovrel cancelled {o} {d} {t} after two seasons on Tuesday.", "cancelled", 2),
    "premiere": ("Tovrel will premiere {o} {d} {t} on June 4.", "premiere", None),
    "passive": ("{o} {d} {t} has been renewed for a second season.", "renewed", 2),
    "returns": ("{o} {d} {t} returns for its second season on June 4.", "premiere", 2),
    "season_of": ("Tovrel has picked up a second season of {o} {d} {t}.", "renewed", 2),
}

CELLS = [pytest.param(title, owner, description, quotes, frame,
                      id=f"{frame}-{title.split()[-1]}-{owner.split()[0].strip(chr(39))}-"
                         f"{description.split()[-1]}-{quotes[0] or 'bare'}")
         for title, owner, description, quotes, frame in itertools.product(
             TITLES, OWNERS, DESCRIPTIONS, QUOTES, FRAMES)]


@pytest.mark.parametrize(("title", "owner", "description", "quotes", "frame"), CELLS)
def test_the_fact_goes_to_the_owned_title(title: str, owner: str, description: str,
                                          quotes: tuple[str, str], frame: str) -> None:
    wording, kind, season = FRAMES[frame]
    body = wording.format(o=owner, d=description, t=f"{quotes[0]}{title}{quotes[1]}")
    facts = facts_of(body)
    assert normalised_shows_kinds(facts) == {(normalise_title(title), kind)}
    if season is not None:
        assert {f.season for f in facts} == {season}


def test_a_shows_spinoff_is_the_news() -> None:
    # (on main it gave nothing: the owning show took the fact and was then unevidenced)
    body = 'Kestrel cancelled Glass Harbor\'s spinoff "Copper Vale" after one season.'
    assert normalised_shows_kinds(facts_of(body)) == {
        ("copper vale", "cancelled")}


def test_explain_names_the_rule() -> None:
    body = "Tovrel has renewed Tobin Reyes' mining drama \"Copper Vale\" for a second season."
    text = explained(body)
    assert "target.owner_of_title" in text


#: Sentences that must give what they gave before round 24.
CONTROLS = {
    # a person's film is no show: the decision stays with the show named before
    "film": ('Kestrel renewed "Salt Road" after Tobin Reyes\' film "Copper Vale" flopped.',
             {("salt road", "renewed")}),
    # the owner's possessive right before the quoted title (round 23's reading)
    "right_before": ('Tovrel has renewed Tobin Reyes\' "Copper Vale" for a second season.',
                     {("copper vale", "renewed")}),
    # a possessive and "and": two shows' orders, no owner
    "and": ("Parks Lane's order is for 22 episodes while Marrowby's and Quillon's are only "
            "for 13.", None),
    # an unowned describing phrase: the title after it, as before
    "unowned": ('Kestrel has renewed the Tobin Reyes drama "Copper Vale" for a second season.',
                {("copper vale", "renewed")}),
}


@pytest.mark.parametrize("name", CONTROLS)
def test_controls_give_what_they_gave(name: str) -> None:
    body, expected = CONTROLS[name]
    found = normalised_shows_kinds(facts_of(body))
    if expected is None:
        assert all(f.kind == "episode_count" for f in facts_of(body))
        return
    assert found == expected
