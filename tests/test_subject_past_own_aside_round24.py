"""A verb after the aside its subject carries (round 24, r24target).

``target.subject_past_own_aside``:

'Kestrel's "Copper Vale" (season 3) returns on Sept. 4, a week after "Nightjar" ended its
run': the parenthesis (or a relative clause, an appositive between commas, paired dashes)
closes right before the verb, so the clause model put the subject in a clause of its own and
the nearer name after the verb, which the verb does not act on, took the fact. The grid: three
title sets (one word, two words, four words), no owner / a network's / a person's possessive,
five asides, four verbs, four tails; and the headline form.
"""

from __future__ import annotations

import itertools

import pytest
from articles import explained, facts_of, normalised_shows, normalised_shows_kinds

from monitor.extract.shows import normalise_title

TITLE_SETS = (("Marrowby", "Quillon"), ("Copper Vale", "Nightjar"),
              ("The Long Glass Orchard", "Salt Road"))
OWNERS = ("", "Kestrel's ", "Tobin Reyes' ")
ASIDES = {
    "season": " (season 3)",
    "network": " (Tovrel)",
    "relative": ", which stars Ada Finch,",
    "appositive": ", the mining drama,",
    "dashes": " – the mining drama –",
}
VERBS = {
    "returns": ("returns for its third season on Sept. 4", "premiere"),
    "premiere": ("will premiere its third season on Sept. 4", "premiere"),
    "renewed": ("has been renewed for a third season", "renewed"),
    "cancelled": ("was cancelled after three seasons", "cancelled"),
}
TAILS = {
    "after": ', a week after "{b}" ended its run',
    "followed": ', followed by "{b}" on Sept. 11',
    "while": ', while "{b}" got nothing',
    "own_clause": ', and "{b}" (season 2) returns Sept. 11',
}

CELLS = [pytest.param(titles, owner, aside, verb, tail,
                      id=f"{titles[0].split()[-1]}-{owner.split(' ')[0] or 'none'}-"
                         f"{aside}-{verb}-{tail}")
         for titles, owner, aside, verb, tail in itertools.product(
             TITLE_SETS, OWNERS, ASIDES, VERBS, TAILS)]


def _kinds_of(facts: list, title: str) -> set[str]:
    return {f.kind for f in facts if normalise_title(f.show) == normalise_title(title)}


@pytest.mark.parametrize(("titles", "owner", "aside", "verb", "tail"), CELLS)
def test_the_verb_after_the_aside_is_the_subjects(
        titles: tuple[str, str], owner: str, aside: str, verb: str, tail: str) -> None:
    a, b = titles
    phrase, kind = VERBS[verb]
    body = f'{owner}"{a}"{ASIDES[aside]} {phrase}{TAILS[tail].format(b=b)}.'
    facts = facts_of(body)
    assert kind in _kinds_of(facts, a)
    # the other title keeps only what its own clause says
    expected_b = {"premiere"} if tail == "own_clause" else set()
    assert _kinds_of(facts, b) <= expected_b
    assert normalised_shows(facts) <= {normalise_title(a), normalise_title(b)}


@pytest.mark.parametrize("titles", TITLE_SETS, ids=lambda t: t[0].split()[-1])
@pytest.mark.parametrize("owner", OWNERS[1:], ids=("network", "person"))
def test_a_headline_of_the_same_shape(titles: tuple[str, str], owner: str) -> None:
    a, b = titles
    headline = f"{owner}'{a}' (Season 3) Returns Sept. 4, a Week After '{b}' Ends"
    body = "The network announced the date on Tuesday."
    facts = facts_of(body, headline)
    assert "premiere" in _kinds_of(facts, a)
    assert not _kinds_of(facts, b)


def test_explain_names_the_rule() -> None:
    # (round 38: "..., a week after \"Nightjar\" ended its run." is now read first by
    # ``target.passing_anchor``, to the same fact; the rule's own example is a follower)
    body = ("Kestrel's \"Copper Vale\" (season 3) returns on Sept. 4, followed by "
            "\"Nightjar\" on Sept. 11.")
    text = explained(body)
    assert "target.subject_past_own_aside" in text


#: Sentences that must give what they gave before round 24.
CONTROLS = {
    # no aside: the nearest name before the verb was already the subject
    "no_aside": ('"Copper Vale" returns for its third season on Sept. 4, a week after '
                 '"Nightjar" ended its run.', {("copper vale", "premiere")}),
    # the name before the aside is governed by "after": the other clause's subject is the news
    "governed_before": ('A week after "Nightjar" (season 2) ended its run, "Copper Vale" '
                        'returns for its third season on Sept. 4.',
                        {("copper vale", "premiere")}),
    # an active decision before the names: a list, as before
    "active_list": ('Kestrel renewed "Copper Vale" (season 2) and "Nightjar" (season 3) on '
                    'Tuesday.', {("copper vale", "renewed"), ("nightjar", "renewed")}),
    # the trigger inside the aside belongs to the name it hangs on
    "trigger_inside": ('"Copper Vale" (renewed in March) leads the schedule, ahead of '
                       '"Nightjar".', {("copper vale", "renewed")}),
    # a person's aside ("who") is no show's
    "person": ('Ada Finch, who stars in "Copper Vale", will return for its third season on '
               'Sept. 4.', {("copper vale", "premiere")}),
}


@pytest.mark.parametrize("name", CONTROLS)
def test_controls_give_what_they_gave(name: str) -> None:
    body, expected = CONTROLS[name]
    found = normalised_shows_kinds(facts_of(body))
    assert found == expected
