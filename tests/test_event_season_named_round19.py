"""A premiere, a shoot or a count of the season the article goes on to name, round 19 (branch
r19seasons).

"X returns on October 3. The drama's third season will follow Mara to Lisbon.": the event's
own sentence names no season, the next one names the season ahead by a reference ("The
drama's", "Its", "The third season will ...", "The fourth and final season ..."). A renewal
told so took that season (round 16's ``season.renewal_of_the_season_named``); a premiere, a
shoot or a wrap did not. Rule ``season.event_of_the_season_named``: the same reading for them
— the season named for the show (next to its name, or in a sentence opening on it right after
one naming it alone), when it is the highest the article names for it, lies ahead, and no
season of the show is told as aired, on air or ended; a premiere told as past is an aired
season's. A sentence naming no show after one about another show (a reader's question) gives
this show nothing. ``_REFERRED_OPEN_RE`` now reads "The third season will ..." and "The fourth
and final season is ..." as opening on the show.

Controls keep what they give today. Every name is invented.
"""

from __future__ import annotations

import pytest
from articles import dated_rows, facts_of

SHOWS = [("Marsh Light", "drama"), ("The Copper Vale", "comedy"), ("Nightjar", "series")]

_EVENTS = [
    ("Filming has begun on {show}.", "filming_started", "2024-05"),
    ("{show} started filming in Leeds on Monday.", "filming_started", "2024-05-06"),
    ("{show} returns on October 3.", "premiere", "2024-10-03"),
    ("{show} will premiere on Kestrel One on October 3.", "premiere", "2024-10-03"),
    ("{show} has wrapped filming.", "filming_wrapped", "2024-05"),
]
_SEASONS = [
    ("The {noun}'s third season will follow Mara to Lisbon.", 3),
    ("Its third season will follow Mara to Lisbon.", 3),
    ("The third season will follow Mara to Lisbon.", 3),
    ("Season 3 will follow Mara to Lisbon.", 3),
    ("The fourth and final season will follow Mara to Lisbon.", 4),
]


def _facts(body: str, headline: str) -> set[tuple[str, int | None, str, str | None]]:
    return dated_rows(facts_of(body, headline))


@pytest.mark.parametrize(("show", "noun"), SHOWS)
@pytest.mark.parametrize(("event", "kind", "date"), _EVENTS)
@pytest.mark.parametrize(("named", "season"), _SEASONS)
def test_an_event_takes_the_season_named_after_it(show: str, noun: str, event: str, kind: str,
                                                  date: str, named: str, season: int) -> None:
    body = f"{event.format(show=show)} {named.format(noun=noun)}"
    assert (show, season, kind, date) in _facts(body, f"{show} news")


@pytest.mark.xfail(strict=True, reason="a season told in the present tense ('In the third "
                   "season, Mara travels') is not read as ahead: it may be one on air")
def test_a_season_told_in_the_present_is_left() -> None:
    body = "Marsh Light returns on October 3. In the third season, Mara travels to Lisbon."
    assert ("Marsh Light", 3, "premiere", "2024-10-03") in _facts(body, "Marsh Light news")


# --- controls ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    # a premiere told as past is an aired season's (an old premiere: the first)
    ("Marsh Light premiered on Kestrel One in 2022. The drama's third season will follow "
     "Mara to Lisbon.", ("Marsh Light", 1, "premiere", "2022")),
    # a season told as on air: not the one ahead
    ("Filming has begun on Marsh Light. The drama, now in its third season, follows Mara.",
     ("Marsh Light", None, "filming_started", "2024-05")),
    # a season of another show
    ("Marsh Light returns on October 3. Nightjar season 3 will follow Mara to Lisbon. "
     "Nightjar drew well.", ("Marsh Light", None, "premiere", "2024-10-03")),
    # the season in the event's own sentence: as before
    ("Marsh Light season 2 returns on October 3. Its third season will follow in 2025.",
     ("Marsh Light", 2, "premiere", "2024-10-03")),
])
def test_controls_keep_their_seasons(body: str,
                                     expected: tuple[str, int | None, str, str]) -> None:
    assert expected in _facts(body, "Marsh Light news")


def test_a_question_about_another_show_gives_the_main_show_no_season() -> None:
    body = ("Q: Is Marsh Light coming back? A: Yes, it returns this fall on Kestrel One. "
            "Q: I loved Nightjar on Kestrel Two. Will it be back for a third season? "
            "A: No word yet.")
    seasons = {s for show, s, kind, _ in _facts(body, "Readers ask about Marsh Light, Nightjar")
               if show == "Marsh Light" and kind == "premiere"}
    assert 3 not in seasons


def test_explain_names_the_rule() -> None:
    from articles import make_article

    from monitor.extract.explain import explain
    _, text = explain(make_article("Marsh Light returns on October 3. The drama's third season "
                                   "will follow Mara to Lisbon.", "Marsh Light news"))
    assert "season.event_of_the_season_named" in text
