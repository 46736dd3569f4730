"""Round 25 (r25cancel): cancellations told in quoted and reported speech.

Three mechanisms, each a record in ``rules.py``:

- ``target.decider_of_report``: a decision whose only nearby names decide it — the subject of
  its active verb acting on "us", "our show", "the series" or an unowned season ('"Kestrel has
  cancelled us," she wrote', "Kestrel passed on a third season"), its agent or giver ("a
  renewal from Kestrel", "confirmed by Kestrel"), the source of "according to Kestrel" — goes
  to the sentence's other show, else to the show the narration speaks of. A network no list
  knows ("Kestrel" here) had taken the decision as if it were the show.
- ``speech.first_person_decision``: a quoted "we won't be back", "our show won't be coming
  back", "we have been cancelled" by the show's people (no critic, fan or source), told as
  done, is the show's own telling of its fate; ``drop.direct_speech`` had dropped it unless the
  speaker had a role word.
- ``drop.other_show_ended``: "her previous series was cancelled", "Tobin Reyes, whose comedy
  was axed", "another drama Kestrel cancelled" end a show the sentence does not name: no fact
  for the article's show or for the name beside it.

The grids vary the show's title (one to four words), straight and curly quotes, a split
quotation, the speaker before and after, pronoun and noun subjects; the controls give what they
gave before the round (a renewal quoted, "not cancelled", "no decision yet", a wish, a named
show's end, a known network).
"""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_shows_kinds

TITLES = ["Marrowby", "Copper Vale", "Salt Road Rising", "Night on Copper Vale"]


def _lead(title: str) -> str:
    return f'"{title}", the mining drama, ran for two seasons. '


def _kinds(body: str, headline: str = "") -> set[tuple[str, str]]:
    return normalised_shows_kinds(facts_of(body, headline))


# --- target.decider_of_report -----------------------------------------------------------------

DECIDER = [
    '"Kestrel has cancelled us," creator Dana Holt wrote on Instagram.',
    "\u201cKestrel has cancelled our show,\u201d Dana Holt said.",
    "\u201cWe are heartbroken,\u201d Dana Holt said. \u201cKestrel has cancelled us.\u201d",
    "According to Kestrel, the show will not return.",
    "Kestrel passed on a third season.",
    "The cancellation was confirmed by Kestrel on Friday.",
    '"It was a great ride," Dana Holt said, "but Kestrel has cancelled us."',
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("sentence", DECIDER)
def test_a_decider_named_in_a_report_is_not_the_show(sentence: str, title: str) -> None:
    found = _kinds(_lead(title) + sentence)
    assert (title.lower(), "cancelled") in found
    assert ("kestrel", "cancelled") not in found


@pytest.mark.parametrize("title", ["Marrowby", "Copper Vale", "Salt Road Rising"])
def test_a_renewal_refused_by_a_giver_goes_to_the_show(title: str) -> None:
    found = _kinds(f"{title} did not receive a third-season renewal from Kestrel.")
    assert (title.lower(), "cancelled") in found
    assert ("kestrel", "cancelled") not in found


def test_a_renewal_quoted_with_its_decider_goes_to_the_show() -> None:
    found = _kinds(_lead("Copper Vale") + '"Kestrel has renewed us for a third season," creator '
                   "Dana Holt said.")
    assert found == {("copper vale", "renewed")}


# --- speech.first_person_decision ---------------------------------------------------------------

FAREWELLS = [
    '"We are heartbroken that our show won\'t be back," Dana Holt said.',
    "\u201cWe are heartbroken that our show won\u2019t be back,\u201d Dana Holt said.",
    '"Our little show won\'t be coming back," Dana Holt wrote on Instagram.',
    'Dana Holt wrote on Instagram: "Our little show won\'t be coming back."',
    '"It\'s official: we have been cancelled," Dana Holt posted.',
    '"It was a great ride," Dana Holt said, "but our show won\'t be back."',
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("sentence", FAREWELLS)
def test_a_quoted_farewell_is_the_show_s_cancellation(sentence: str, title: str) -> None:
    assert _kinds(_lead(title) + sentence) == {(title.lower(), "cancelled")}


# --- drop.other_show_ended ----------------------------------------------------------------------

OTHER_SHOWS = [
    "Dana Holt, whose previous series was cancelled after one season, said she was thrilled.",
    "Holt's previous drama was cancelled after one season.",
    "The creator's earlier series was cancelled after one season, she told Variety.",
    "Tobin Reyes, whose comedy was axed in 2021, joins the cast.",
    "The show replaces a drama that Kestrel cancelled in March.",
    "It fills the slot left by another drama Kestrel cancelled last year.",
]


@pytest.mark.parametrize("title", ["Marrowby", "Copper Vale", "Salt Road Rising"])
@pytest.mark.parametrize("sentence", OTHER_SHOWS)
def test_another_show_s_end_is_no_fact(sentence: str, title: str) -> None:
    found = _kinds(f"Kestrel has renewed {title} for a third season. " + sentence)
    assert found == {(title.lower(), "renewed")}


# --- controls: what they gave before the round --------------------------------------------------

NOTHING = [
    '"We are thrilled to be back for a third season," Dana Holt said.',
    '"We have not been cancelled," Dana Holt said.',
    '"No decision has been made yet," Dana Holt said.',
    '"We hope we won\'t be cancelled," Dana Holt said.',
    '"If Kestrel cancels us, we will move on," Dana Holt said.',
    '"When Salt Road was cancelled, I was crushed," Dana Holt said.',
    # an earlier show in the first person is not the show speaking (speech.first_person_decision)
    '"Our first show got cancelled after six episodes," Dana Holt said.',
]


@pytest.mark.parametrize("sentence", NOTHING)
def test_control_no_cancellation(sentence: str) -> None:
    assert not {k for k in _kinds(_lead("Copper Vale") + sentence) if k[1] == "cancelled"}


NAMED = [
    ("Kestrel cancelled Salt Road last year, Dana Holt noted.", "salt road"),
    ("Dana Holt, whose previous show Salt Road was cancelled in 2019, said she was thrilled.",
     "salt road"),
    ("Tovrel also cancelled another comedy of theirs, Salt Road, after two seasons.",
     "salt road"),
    ('Viewers still miss "Salt Road", a thriller which was axed by Tovrel after one season.',
     "salt road"),
    ("Hulu has decided not to renew the show.", "copper vale"),
    ("Kestrel has cancelled it after two seasons.", "copper vale"),
    ("Dana Holt said the show would not return for a third season.", "copper vale"),
    ("Fans were told the drama would not be back.", "copper vale"),
]


@pytest.mark.parametrize(("sentence", "show"), NAMED)
def test_control_named_or_referred_cancellation(sentence: str, show: str) -> None:
    found = _kinds(_lead("Copper Vale") + sentence)
    assert {k for k in found if k[1] == "cancelled"} == {(show, "cancelled")}
