"""Round 25 (r25premiere): a premiere the body tells with no time, about to be dropped as
never dated, takes the date of the headline's own premiere of the same show
(``date.headline_premiere_day``).

"Copper Vale premieres Sunday on Kestrel" over "The detective drama Copper Vale will premiere
on Kestrel with two episodes": ``dedupe`` ranks the body's undated telling over the dated
headline, and ``eventdates`` reads only named dates (a month, a number) from other lines, so a
weekday, "tonight" or "tomorrow" in the headline was lost with the fact. The headline's own
premiere is read as the engine reads any sentence, so its date is the event's.
"""

from __future__ import annotations

import pytest
from articles import PUBLISHED, facts_of, make_article

from monitor.extract.explain import explain

# PUBLISHED is Friday 10 May 2024.
_WHEN = {
    "Sunday": "2024-05-12",
    "this Sunday": "2024-05-12",
    "on Tuesday": "2024-05-14",
    "next Tuesday": "2024-05-14",
    "tomorrow": "2024-05-11",
    "tonight": "2024-05-10",
}
_SHOWS = ("Copper Vale", "Harrow Lane")
_NETWORKS = ("Kestrel", "Tovrel")
_HEADLINES = (
    "{show} premieres {when} on {net}",
    "{net}'s {show}: what to know before it premieres {when}",
    "{show} debuts {when}",
)
_BODIES = (
    "The detective drama {show} will premiere on {net} with two episodes.",
    "The detective drama {show} is set to premiere on {net}, with new episodes weekly.",
)


def _premieres(body: str, headline: str) -> set[tuple[str, int | None, str | None]]:
    return {(f.show, f.season, f.date) for f in facts_of(body, headline)
            if f.kind == "premiere"}


_GRID = [
    pytest.param(show, net, when, headline, body, id=f"{show}-{net}-{when}-h{h}-b{b}")
    for show in _SHOWS for net in _NETWORKS for when in _WHEN
    for h, headline in enumerate(_HEADLINES) for b, body in enumerate(_BODIES)
]


@pytest.mark.parametrize(("show", "net", "when", "headline", "body"), _GRID)
def test_undated_body_premiere_takes_the_headline_day(show: str, net: str, when: str,
                                                      headline: str, body: str) -> None:
    got = _premieres(body.format(show=show, net=net),
                     headline.format(show=show, net=net, when=when))
    assert (show, None, _WHEN[when]) in got


@pytest.mark.parametrize("season_words", ["season 2", "the second season"])
def test_numbered_body_premiere_takes_the_unnumbered_headline_day(season_words: str) -> None:
    body = (f"Kestrel confirmed that {season_words} of the detective drama Copper Vale will "
            "premiere on the network with two episodes.")
    got = _premieres(body, "Copper Vale returns Sunday on Kestrel")
    assert ("Copper Vale", 2, "2024-05-12") in got


def test_explain_names_the_rule() -> None:
    article = make_article("The detective drama Copper Vale will premiere on Kestrel with two "
                           "episodes.", "Copper Vale premieres Sunday on Kestrel")
    facts, text = explain(article)
    assert [(f.show, f.date) for f in facts if f.kind == "premiere"] == [
        ("Copper Vale", "2024-05-12")]
    assert "date.headline_premiere_day" in text
    assert PUBLISHED.isoformat() == "2024-05-10"


# --- controls: what must keep giving what it gives on the base tree ------------------------


def test_headline_of_another_season_dates_no_other_season() -> None:
    body = "Season 2 of the detective drama Copper Vale will premiere on Kestrel."
    got = _premieres(body, "Copper Vale season 3 premieres Sunday on Kestrel")
    assert not any(season == 2 and date is not None for _, season, date in got)


def test_headline_of_another_show_dates_nothing_here() -> None:
    body = ("The detective drama Copper Vale will premiere on Kestrel. The comedy Harrow Lane "
            "also returns to the network.")
    got = _premieres(body, "Harrow Lane premieres Sunday on Kestrel")
    assert not any(show == "Copper Vale" for show, _, _ in got)


def test_dated_body_keeps_its_own_date() -> None:
    body = "The detective drama Copper Vale will premiere on Kestrel on June 14."
    got = _premieres(body, "Copper Vale premieres Sunday on Kestrel")
    assert ("Copper Vale", None, "2024-06-14") in got


def test_undated_headline_dates_nothing() -> None:
    body = "The detective drama Copper Vale will premiere on Kestrel with two episodes."
    assert _premieres(body, "Copper Vale is coming to Kestrel") == set()


def test_named_headline_date_as_before() -> None:
    body = "The detective drama Copper Vale will premiere on Kestrel with two episodes."
    got = _premieres(body, "Copper Vale premieres June 14 on Kestrel")
    assert ("Copper Vale", None, "2024-06-14") in got
