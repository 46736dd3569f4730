"""An event's date told in the next sentence, of the show by reference (issue 10, round 21).

"Corvane renewed Brightwater, which will premiere on Tovrel Plus. The new season debuts
September 12.": the date is the premiere's, though the next sentence names no show. The
article-wide date reading lent such a line's date only when every fact of the kind was the
show's, so an article that also tells another show's premiere left the premiere undated (and
dropped it) or on the publication month. ``date.event_told_next_by_reference`` reads the next
line when it opens on the event or the show by reference; ``date.decision_verb_told_next``
does so for a renewal's or a cancellation's own verb ("It was picked up on April 30.").
Controls: a next line naming another show, another event, an aired season, an announcement,
and a line by reference after another show's sentence keep what they give today.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_rows, facts_of

PUBLISHED = dt.date(2024, 5, 10)
SHOWS = ("Brightwater", "Lanternfall", "The Quiet Orchard")
NETWORKS = ("Tovrel Plus", "Kestrel Play")
#: Another show's premiere elsewhere in the article: the date reading can no longer assume
#: every premiere is the show's.
OTHER = " Hollowmere, meanwhile, premieres its third season in 2025."


def _dated(body: str, show: str) -> set[tuple[str, int | None, str, str | None]]:
    return {r for r in dated_rows(facts_of(body, published=PUBLISHED)) if r[0] == show}


PREMIERE_LEADS = (
    "Corvane has renewed {show} for a second season, which will premiere on {net}.",
    "{show}'s second season premiered on {net}.",
    "The second season of {show} premiered on {net}.",
)
PREMIERE_NEXT = (
    ("It premieres on September 12.", "2024-09-12", 0),
    ("The series returns on September 12.", "2024-09-12", 0),
    ("The new season debuts September 12.", "2024-09-12", 0),
    ("The first two episodes arrive September 12, with the rest weekly.", "2024-09-12", 0),
    ("The premiere is set for September 12.", "2024-09-12", 0),
    ("The new season arrives in the fall.", "2024-FA", 0),
    ("The new season arrives in early 2026.", "2026", 0),
    ("It arrives next spring.", "2025-SP", 0),
    ("The first two episodes arrive in October.", "2024-10", 0),
    ("The new season arrived March 3 with two episodes.", "2024-03-03", 1),
    ("The first two episodes were released on March 3.", "2024-03-03", 1),
)


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize(("lead", "nxt"), [
    (lead, nxt) for number, lead in enumerate(PREMIERE_LEADS) for nxt in PREMIERE_NEXT
    # a premiere to come takes a day to come, a past one a past day
    if (number == 0) == (nxt[2] == 0)])
def test_premiere_dated_by_next_sentence(show: str, net: str, lead: str,
                                         nxt: tuple[str, str, int]) -> None:
    body = lead.format(show=show, net=net) + " " + nxt[0] + OTHER
    assert (show, 2, "premiere", nxt[1]) in _dated(body, show)


SHOOT_CASES = (
    ("{show} has started filming its second season. Production began on March 3 in Dunmore.",
     "filming_started", "2024-03-03"),
    ("{show} has started filming its second season. Cameras started rolling in March.",
     "filming_started", "2024-03"),
    ("{show} has wrapped filming its second season. The shoot wrapped in March.",
     "filming_wrapped", "2024-03"),
    ("{show} has wrapped its second season. Filming wrapped on April 2.",
     "filming_wrapped", "2024-04-02"),
)


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("body", "kind", "date"), SHOOT_CASES)
def test_past_shoot_dated_by_next_sentence(show: str, body: str, kind: str, date: str) -> None:
    assert (show, 2, kind, date) in _dated(body.format(show=show) + OTHER, show)


DECISION_CASES = (
    ("{net} has renewed {show} for a second season. It was picked up on April 30.",
     "renewed", 2),
    ("{show} has been renewed for a second season. It was renewed on April 30.", "renewed", 2),
    ("{net} has cancelled {show} after one season. It was axed on April 30.", "cancelled", 1),
    ("{net} has renewed {show} for a second season. The streamer announced the pickup on "
     "April 30.", "renewed", 2),
)


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("net", NETWORKS)
@pytest.mark.parametrize(("body", "kind", "season"), DECISION_CASES)
def test_decision_dated_by_next_sentence(show: str, net: str, body: str, kind: str,
                                         season: int) -> None:
    text = body.format(show=show, net=net) + OTHER
    assert (show, season, kind, "2024-04-30") in _dated(text, show)


# --- controls: what the next sentence's date belongs to otherwise (pass on both trees) ---------

@pytest.mark.parametrize("show", SHOWS)
def test_next_line_naming_another_show_keeps_its_date(show: str) -> None:
    body = (f"{show} will premiere its second season on Tovrel Plus. Hollowmere debuts "
            "September 12.")
    assert not any(r[3] == "2024-09-12" for r in _dated(body, show))


@pytest.mark.parametrize("show", SHOWS)
def test_next_line_of_another_event_gives_no_date(show: str) -> None:
    body = (f"{show}'s second season will premiere on Tovrel Plus. The trailer arrives "
            "September 12." + OTHER)
    assert not any(r[3] == "2024-09-12" for r in _dated(body, show))


@pytest.mark.parametrize("show", SHOWS)
def test_next_line_of_an_aired_season_gives_no_date(show: str) -> None:
    body = (f"{show}'s third season will premiere on Tovrel Plus. The second season premiered "
            "on March 3." + OTHER)
    assert (show, 3, "premiere", "2024-03-03") not in _dated(body, show)


@pytest.mark.parametrize("show", SHOWS)
def test_new_episodes_stay_round_19s(show: str) -> None:
    # "New episodes" may be the aired season's next ones: a premiere no line of its season
    # dates stays undated (test_date_after_date_set_round19's control)
    body = (f"{show}'s second season will premiere on Tovrel Plus. New episodes arrive on "
            "September 12." + OTHER)
    assert not any(r[2] == "premiere" for r in _dated(body, show))


@pytest.mark.parametrize("show", SHOWS)
def test_next_line_of_a_first_season_gives_no_date(show: str) -> None:
    body = (f"Corvane has renewed {show} for a second season, which will premiere on Tovrel "
            "Plus. The first season premiered on March 3." + OTHER)
    assert (show, 2, "premiere", "2024-03-03") not in _dated(body, show)


@pytest.mark.parametrize("show", SHOWS)
def test_next_line_of_an_announcement_gives_no_date(show: str) -> None:
    body = (f"{show}'s second season will premiere on Tovrel Plus. It was announced on "
            "May 2." + OTHER)
    assert not any(r[3] == "2024-05-02" for r in _dated(body, show))


@pytest.mark.parametrize("show", SHOWS)
def test_renewal_keeps_month_when_next_line_is_a_premiere(show: str) -> None:
    body = f"Tovrel Plus has renewed {show} for a second season. It premiered on April 30."
    assert (show, 2, "renewed", "2024-05") in _dated(body, show)


@pytest.mark.parametrize("show", SHOWS)
def test_next_line_after_another_shows_sentence_is_not_lent(show: str) -> None:
    body = (f"The second season of {show} premieres next year. Meanwhile, Hollowmere returns "
            "to Tovrel Plus for a third season. The new season debuts September 12.")
    assert (show, 2, "premiere", "2025") in _dated(body, show)


@pytest.mark.parametrize("show", SHOWS)
def test_alone_next_line_still_dates(show: str) -> None:
    body = f"The second season of {show} will premiere on Tovrel Plus. It debuts September 12."
    assert (show, 2, "premiere", "2024-09-12") in _dated(body, show)


def test_explain_names_the_rules() -> None:
    from monitor.extract import rules

    with rules.tracing() as trace:
        facts_of("Corvane has renewed Brightwater for a second season, which will premiere on "
                 "Tovrel Plus. The new season debuts September 12." + OTHER,
                 published=PUBLISHED)
    with rules.tracing() as second:
        facts_of("Tovrel Plus has renewed Brightwater for a second season. It was picked up on "
                 "April 30." + OTHER, published=PUBLISHED)
    named = {rule for event in [*trace.events, *second.events] for rule in event.rules}
    assert {"date.event_told_next_by_reference", "date.decision_verb_told_next"} <= named
