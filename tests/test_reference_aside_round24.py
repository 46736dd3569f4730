"""A name inside the aside of a reference subject takes none of its status (round 24,
r24names): ``target.reference_subject_over_aside_name``.

"The first season of Glass Harbor was a hit. The comedy, inspired by Copper Vale, has been
cancelled after two seasons." Before: the name in the aside was the trigger's nearest
mention and took the cancellation ("Copper Vale" cancelled, season 2), as it took a renewal
in "The show, a remake of the Tovrel drama Nightjar, has been renewed" and a premiere in "The
second season, which picks up after the events of Salt Road, premieres June 4". A sentence
opening on a show or a season called by what it is, whose aside governs a name (a
preposition, a relative clause, a participle) while the clause after the aside names no
show, tells the status of the show referred to. The grid: three title pairs, six subjects,
seven asides, their statuses, with and without a headline.
"""

from __future__ import annotations

import itertools

import pytest
from articles import explained, facts_of, normalised_shows, normalised_shows_kinds

from monitor.extract import rules
from monitor.extract.shows import normalise_title

PAIRS = (("Glass Harbor", "Copper Vale"), ("Quillon", "Salt Road"),
         ("The Long Way Home", "Nightjar"))
SHOW_SUBJECTS = ("The comedy", "The drama", "The series", "The show")
SEASON_SUBJECTS = ("The second season", "Its new season")
ASIDES = (
    "inspired by {other}",
    "a remake of the Tovrel drama {other}",
    "which is set in the world of {other}",
    "which follows {other} to the harbour",
    "set twenty years after {other}",
    "the follow-up to {other}",
    "which replaced {other} on Sunday nights",
)
SHOW_STATUS = {
    "renewed": "has been renewed for a second season.",
    "cancelled": "has been cancelled after two seasons.",
    "premiere": "returns on June 4.",
}
SEASON_STATUS = {
    "premiere": "premieres June 4.",
    "filming_started": "has started filming in Port Wexley.",
}


def _cells() -> list[object]:
    cells = []
    for (show, other), aside, headline in itertools.product(PAIRS, ASIDES, (False, True)):
        for subjects, statuses in ((SHOW_SUBJECTS, SHOW_STATUS),
                                   (SEASON_SUBJECTS, SEASON_STATUS)):
            for subject, kind in itertools.product(subjects, statuses):
                cells.append(pytest.param(
                    show, other, subject, aside, statuses[kind], kind, headline,
                    id=f"{subject.replace(' ', '_')}-{aside.split()[1]}-{kind}-"
                       f"{other.split()[-1]}{'-headline' if headline else ''}"))
    return cells


@pytest.mark.parametrize(("show", "other", "subject", "aside", "status", "kind", "headline"),
                         _cells())
def test_the_status_is_the_referred_shows(show: str, other: str, subject: str, aside: str,
                                          status: str, kind: str, headline: bool) -> None:
    body = (f"The first season of {show} was a hit for Kestrel. "
            f"{subject}, {aside.format(other=other)}, {status}")
    title = f"{show}: What We Know" if headline else ""
    facts = facts_of(body, title)
    assert normalise_title(other) not in normalised_shows(facts)
    assert (normalise_title(show), kind) in normalised_shows_kinds(facts)


def test_the_explanation_names_the_rule() -> None:
    text = explained(
        "The first season of Glass Harbor was a hit for Kestrel. The comedy, inspired by "
        "Copper Vale, has been cancelled after two seasons.")
    assert "target.reference_subject_over_aside_name" in text
    assert "target.reference_subject_over_aside_name" in rules.RULES


#: The aside names the subject itself, or the name is the clause's own: it keeps its fact.
CONTROLS = [
    pytest.param("The first season of Glass Harbor was a hit for Kestrel. The new drama, "
                 "titled Copper Vale, premieres June 4 on Kestrel.", ("Copper Vale", "premiere"),
                 id="titled"),
    pytest.param("The first season of Glass Harbor was a hit for Kestrel. The comedy, inspired "
                 "by a novel, has been renewed for a second season.",
                 ("Glass Harbor", "renewed"), id="no-name-in-aside"),
    pytest.param("The first season of Glass Harbor was a hit for Kestrel. The comedy, inspired "
                 "by a novel, is over: Kestrel has cancelled Copper Vale after one season.",
                 ("Copper Vale", "cancelled"), id="named-in-the-clause"),
    pytest.param("Kestrel has renewed Copper Vale, inspired by Glass Harbor, for a second "
                 "season.", ("Copper Vale", "renewed"), id="named-subject"),
    pytest.param("The first season of Glass Harbor was a hit for Kestrel. Copper Vale, which "
                 "replaced it on Sunday nights, has been cancelled after one season.",
                 ("Copper Vale", "cancelled"), id="name-is-the-subject"),
]


@pytest.mark.parametrize(("body", "expected"), CONTROLS)
def test_controls_keep_their_fact(body: str, expected: tuple[str, str]) -> None:
    found = normalised_shows_kinds(facts_of(body))
    show, kind = expected
    assert (normalise_title(show), kind) in found
