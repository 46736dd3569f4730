"""A premiere told as a plan with no time takes the day another line gives the show's airing
(``date.airing_line_names_show``, issue 10, round 22).

"Salt Road will premiere on Kestrel." says nothing a user can act on, and was dropped
(``drop.premiere_never_dated``) when the article's only date for it stood in a line naming
the show with no premiere word of the vocabulary ("Salt Road airs Tuesdays from March 4",
"Catch Salt Road on March 4", a schedule line "Salt Road — March 4, Kestrel"), or the
show's season was named nowhere. The grid crosses three title sets, two networks, three
plans, the date lines and three articles (alone, a round-up with another show's premiere,
the date line as the headline); the controls are lines of other events near a date
(ratings, an episode by its place, a finale, a festival, a film, a trailer, a shoot, a
guess) that must keep giving nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of

PUBLISHED = dt.date(2025, 2, 1)
TITLES = ("Salt Road", "Copper Vale", "Nightjar Point")
NETWORKS = ("Kestrel", "Tovrel Plus")
PLANS = (
    "The drama {T} will premiere on {N}.",
    "The new comedy {T} is set to premiere on {N}.",
    "The drama series {T} will debut on {N}.",
)
DATE_LINES = (
    "{T} airs Tuesdays at 9 p.m. starting March 4.",
    "{T} airs on {N} from March 4.",
    "{T} opens on March 4.",
    "Catch {T} on March 4 at 9 p.m.",
    "{T} will be available on {N} from March 4.",
    "{T} gets a March 4 date.",
    "{T} is slated for March 4.",
    "{T} \u2014 March 4, {N}.",
)
ARTICLES = {
    "alone": ("", "{P} {D} The cast includes Mara Quinn."),
    "roundup": ("", "Harbor Lights season 3 premieres April 2 on Vantor. {P} "
                "Glass Orchard wrapped filming in April. {D}"),
    "headline": ("{D}", "{P} The cast includes Mara Quinn."),
}


def _premieres(headline: str, body: str, show: str) -> set[tuple[str | None, str | None]]:
    return {(f.date, f.certainty) for f in facts_of(body, headline, published=PUBLISHED)
            if f.kind == "premiere" and f.show == show}


def _cells() -> list[tuple[str, str, str, str, str]]:
    return [(t, n, p, d, a) for t in TITLES for n in NETWORKS for p in PLANS
            for d in DATE_LINES for a in ARTICLES]


@pytest.mark.parametrize(("title", "network", "plan", "line", "article"), _cells())
def test_plan_dated_by_airing_line(title: str, network: str, plan: str, line: str,
                                   article: str) -> None:
    headline, body = ARTICLES[article]
    plan_text = plan.format(T=title, N=network)
    line_text = line.format(T=title, N=network)
    if article == "headline":
        line_text = line_text.rstrip(".")
    got = _premieres(headline.format(D=line_text), body.format(P=plan_text, D=line_text),
                     title)
    assert got == {("2025-03-04", "expected")}


CONTROLS = (
    "{T} drew 2 million viewers on March 4.",
    "The third episode of {T} airs March 4.",
    "{T}'s finale airs March 4.",
    "{T} screens at the Vantor Festival on March 4.",
    "A {T} film opens in cinemas on March 4.",
    "Fans can watch the {T} trailer from March 4.",
    "{T} filming starts March 4.",
    "{T}'s second half starts March 4.",
    # "{T} begins its second season March 4." was a control here until round 37
    # (r37premieres, ``trigger.season_begun``): a season begun with its time is its premiere
    # (tests/test_premieres_round37.py)
    "Kestrel announced on March 4 that {T} would air.",
    "{T} repeats air from March 4.",
    "Tickets for the {T} tour go on sale March 4.",
)


@pytest.mark.parametrize("line", CONTROLS)
@pytest.mark.parametrize("title", TITLES[:2])
def test_other_events_near_a_date_give_nothing(title: str, line: str) -> None:
    body = (f"The drama {title} will premiere on Kestrel. Harbor Lights season 3 premieres "
            f"April 2 on Vantor. {line.format(T=title)}")
    assert _premieres("", body, title) == set()


@pytest.mark.parametrize("title", TITLES)
def test_a_past_premiere_is_not_dated_by_an_airing_line(title: str) -> None:
    # a premiere told as done keeps no day from a line about airings to come
    body = (f"The drama {title} premiered on Kestrel. Harbor Lights season 3 premieres "
            f"April 2 on Vantor. {title} airs Tuesdays from March 4.")
    assert ("2025-03-04", "confirmed") not in _premieres("", body, title)


@pytest.mark.parametrize("title", TITLES)
def test_a_line_naming_another_show_lends_nothing(title: str) -> None:
    body = (f"The drama {title} will premiere on Kestrel. Harbor Lights season 3 premieres "
            f"April 2 on Vantor. {title} and Harbor Lights air Tuesdays from March 4.")
    assert _premieres("", body, title) == set()


@pytest.mark.parametrize("title", TITLES)
def test_a_dated_premiere_keeps_its_day(title: str) -> None:
    # only premieres about to be dropped are dated so: a day of their own stays
    body = (f"The drama {title} will premiere on Kestrel on March 11. Harbor Lights season 3 "
            f"premieres April 2 on Vantor. {title} airs Tuesdays from March 4.")
    assert _premieres("", body, title) == {("2025-03-11", "expected")}
