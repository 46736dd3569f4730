"""Which stated date an event takes, decided over the whole article (issue 10, round 14).

Invented articles (a headline and 3-8 sentences, titles and sentences written for this test):
an event's date is stated once precisely (the headline, the lede, a closing line) and loosely
elsewhere ("later this year", "this spring", "next month") or not at all, often in a sentence
that names the show by a pronoun, names no season or has no trigger the rules read. Each
article lists the facts it must give. The grid cells (GRID, MOVED) fail on f6ba851's
extractor; the controls (CONTROLS, NOT_MOVED: another event's day, an announcement's day,
another show's or season's day, a weekday, two disagreeing days, a bound, a past premiere, a
plan kept or reported) pass before and after. A date moved ("was set for March 3, now April
9", "pushed from March 3 to April 9") takes the new one. A day read off the article's own
date ("today", "tonight") gives way to one earlier day another line names with its month
(TWO_DAYS; controls ONE_DAY: a later day, a weekday's, a day named with its month).
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_rows, facts_of, make_article

from monitor.extract import eventdates, rules
from monitor.extract.facts import extract_candidates

PUB = dt.date(2031, 11, 20)  # a Thursday; "next year" is 2032
G = "Glass Harbor"

Want = tuple[str, int | None, str, str | None]


def _facts(title: str, text: str) -> set[Want]:
    return dated_rows(facts_of(text, title, PUB))


#: (headline, text, facts that must be among the article's facts)
GRID: dict[str, tuple[str, str, set[Want]]] = {
    "closing line, no trigger": (
        "Glass Harbor returns to Kestrel Play",
        "Glass Harbor season 2 will premiere this spring on Kestrel Play. The drama stars Mara "
        "Quinn as a harbor pilot. Dana Holt is back as showrunner. New episodes begin streaming "
        "March 14.",
        {(G, 2, "premiere", "2032-03-14")}),
    "closing line, a month": (
        "Glass Harbor returns to Kestrel Play",
        "Glass Harbor will premiere its second season next year on Kestrel Play. The drama "
        "stars Mara Quinn. New episodes begin streaming in March 2032.",
        {(G, 2, "premiere", "2032-03")}),
    "shoot: relative first, the day in a line of its own": (
        "Glass Harbor heads back to Halifax",
        "Glass Harbor season 2 will begin filming next month. Mara Quinn returns as the pilot. "
        "Production is slated for December 3 in Halifax.",
        {(G, 2, "filming_started", "2031-12-03")}),
    "premiere and shoot in neighbouring lines": (
        "Glass Harbor season 2",
        "Glass Harbor season 2 will start filming next month and premiere next year. Production "
        "is set for December 3. The new season's first episodes arrive on Kestrel Play in "
        "September 2032.",
        {(G, 2, "filming_started", "2031-12-03"), (G, 2, "premiere", "2032-09")}),
}

#: Articles where the date must not move (they pass on f6ba851 too).
CONTROLS: dict[str, tuple[str, str, set[Want]]] = {
    "another event's day": (
        "Glass Harbor returns",
        "Glass Harbor season 2 will premiere this spring on Kestrel Play. The drama stars Mara "
        "Quinn. The trailer arrives March 14.",
        {(G, 2, "premiere", "2032-SP")}),
    "an announcement's day": (
        "Glass Harbor returns",
        "Glass Harbor season 2 will premiere next year on Kestrel Play. The network announced "
        "the return on November 18. Mara Quinn stars.",
        {(G, 2, "premiere", "2032")}),
    "another show's day": (
        "Kestrel Play winter slate",
        "Glass Harbor season 2 will premiere this spring. Tin Lantern returns March 14. Mara "
        "Quinn stars in Glass Harbor.",
        {(G, 2, "premiere", "2032-SP")}),
    "another season's day": (
        "Glass Harbor returns",
        "Glass Harbor season 3 will premiere next year. Season 2 premiered on March 14, 2031. "
        "Mara Quinn stars.",
        {(G, 3, "premiere", "2032"), (G, 2, "premiere", "2031-03-14")}),
    "a day outside the fact's own time": (
        "Glass Harbor returns",
        "Glass Harbor season 2 will premiere in the spring of 2032. Mara Quinn stars. New "
        "episodes begin streaming in October 2032.",
        {(G, 2, "premiere", "2032-SP")}),
    "two days that disagree": (
        "Glass Harbor returns",
        "Glass Harbor season 2 will premiere next year. New episodes begin streaming March 14 "
        "in Canada. New episodes begin streaming April 2 elsewhere. Mara Quinn stars.",
        {(G, 2, "premiere", "2032")}),
    "the show's first premiere, told in the past": (
        "Glass Harbor returns",
        "Glass Harbor season 2 will premiere next year on Kestrel Play. The drama premiered in "
        "March to strong reviews. Mara Quinn stars.",
        {(G, 2, "premiere", "2032")}),
    "the season's second half": (
        "Glass Harbor returns",
        "Glass Harbor season 2 will premiere next year on Kestrel Play. Its second half "
        "arrives in June 2032. Mara Quinn stars.",
        {(G, 2, "premiere", "2032")}),
    "a bound, doubted": (
        "Glass Harbor returns",
        "Glass Harbor season 2 will premiere next year on Kestrel Play. Given the effects work, "
        "it is unlikely to premiere before next October or November. Mara Quinn stars.",
        {(G, 2, "premiere", "2032")}),
    "a bound": (
        "Glass Harbor returns",
        "Glass Harbor season 2 will premiere next year on Kestrel Play. The new episodes will "
        "arrive by June 2032 at the latest. Mara Quinn stars.",
        {(G, 2, "premiere", "2032")}),
    "a passive its own trigger reads": (
        "Glass Harbor returns to Kestrel Play",
        "Glass Harbor season 2 will premiere this spring on Kestrel Play. The drama stars Mara "
        "Quinn. The first episodes will be released on April 2.",
        {(G, 2, "premiere", "2032-04-02")}),
    "a guessed day": (
        "Glass Harbor returns",
        "Glass Harbor season 2 will premiere next year on Kestrel Play. New episodes could "
        "begin streaming on March 14, 2032, insiders say. Mara Quinn stars.",
        {(G, 2, "premiere", "2032")}),
    "a star's birthday": (
        "Glass Harbor season 2 in the works",
        "Glass Harbor season 2 will premiere next year on Kestrel Play. Its star Mara Quinn "
        "turns 40 on March 14, 2032. Dana Holt is showrunner.",
        {(G, 2, "premiere", "2032")}),
    "a weekday elsewhere": (
        "Glass Harbor returns",
        "Glass Harbor season 2 will premiere next year. New episodes begin streaming Friday. "
        "Mara Quinn stars.",
        {(G, 2, "premiere", "2032")}),
    "a round-up: a line naming no show": (
        "Kestrel Play's new year",
        "Glass Harbor season 2 will premiere next year. Tin Lantern season 4 will premiere "
        "next year too. New episodes begin streaming March 14.",
        {(G, 2, "premiere", "2032"), ("Tin Lantern", 4, "premiere", "2032")}),
    "the day already read (lede then relative)": (
        "Glass Harbor returns for season 2",
        "Glass Harbor season 2 premieres March 14, 2032 on Kestrel Play. The drama stars Mara "
        "Quinn. Its second season will premiere next year with eight episodes.",
        {(G, 2, "premiere", "2032-03-14")}),
    "a shoot's day its own trigger reads": (
        "Glass Harbor season 2 update",
        "Glass Harbor season 2 will start filming in 2032. The drama stars Mara Quinn. Cameras "
        "roll on January 12, 2032 in Halifax, the crew said.",
        {(G, 2, "filming_started", "2032-01-12")}),
    "the headline's day": (
        "Glass Harbor Season 2 Premiere Date: March 14, 2032",
        "Glass Harbor season 2 is coming to Kestrel Play early next year. The drama stars Mara "
        "Quinn.",
        {(G, 2, "premiere", "2032-03-14")}),
    "two seasons, two days": (
        "Glass Harbor news",
        "Glass Harbor season 2 premieres March 14, 2032 on Kestrel Play. Season 3 will film "
        "next year. The drama stars Mara Quinn.",
        {(G, 2, "premiere", "2032-03-14")}),
    "a network's other show dated": (
        "Kestrel Play winter slate",
        "Glass Harbor will return next year for a second season, Kestrel Play said. The "
        "network's comedy Tin Lantern premieres March 14, 2032. Glass Harbor stars Mara Quinn.",
        {(G, 2, "premiere", "2032"), ("Tin Lantern", None, "premiere", "2032-03-14")}),
}


@pytest.mark.parametrize("name", list(GRID))
def test_an_event_takes_the_day_stated_elsewhere(name: str) -> None:
    title, text, want = GRID[name]
    assert want <= _facts(title, text)


@pytest.mark.parametrize("name", list(CONTROLS))
def test_controls_keep_their_dates(name: str) -> None:
    title, text, want = CONTROLS[name]
    assert want <= _facts(title, text)


#: A date moved: the article tells one date as a plan left and gives another in its place.
MOVED: dict[str, tuple[str, str, set[Want]]] = {
    "was set for, now": (
        "Glass Harbor Season 2 Delayed",
        "Glass Harbor season 2 will premiere next year. The premiere was set for March 3, now "
        "April 9. Mara Quinn stars in the Kestrel Play drama.",
        {(G, 2, "premiere", "2032-04-09")}),
    "moved from, to": (
        "Glass Harbor Season 2 Delayed",
        "Glass Harbor season 2 will premiere next year. The premiere moved from March 3 to "
        "April 9. Mara Quinn stars.",
        {(G, 2, "premiere", "2032-04-09")}),
    "a network pushed it": (
        "Glass Harbor Season 2 Delayed",
        "Kestrel Play pushed the Glass Harbor season 2 premiere from March 3 to April 9. The "
        "drama stars Mara Quinn.",
        {(G, 2, "premiere", "2032-04-09")}),
    "originally set for, will now be": (
        "Glass Harbor Season 2 Delayed",
        "Glass Harbor returns for a second season. Its season 2 premiere, originally set for "
        "March 3, will now be April 9. Mara Quinn stars.",
        {(G, 2, "premiere", "2032-04-09")}),
    "a plan, then the new date in a line of its own": (
        "Glass Harbor Season 2 Delayed",
        "Glass Harbor season 2 was set to premiere March 3. It now premieres April 9. Mara "
        "Quinn stars in the Kestrel Play drama.",
        {(G, 2, "premiere", "2032-04-09")}),
    "a shoot pushed": (
        "Glass Harbor shoot delayed",
        "Glass Harbor season 2 was originally scheduled to begin filming on January 5. "
        "Production has been pushed to February 16 because of the weather. Mara Quinn stars.",
        {(G, 2, "filming_started", "2032-02-16")}),
}

#: Nothing moved (pass on f6ba851 too).
NOT_MOVED: dict[str, tuple[str, str, set[Want]]] = {
    "a plan, reported, with no other date": (
        "Glass Harbor returns",
        "Glass Harbor season 2 was set to premiere March 3, Kestrel Play said. Mara Quinn "
        "stars.",
        {(G, 2, "premiere", "2032-03-03")}),
    "another show's new date": (
        "Kestrel Play winter slate",
        "Glass Harbor season 2 was set to premiere March 3. Tin Lantern now premieres April 9. "
        "Mara Quinn stars in Glass Harbor.",
        {(G, 2, "premiere", "2032-03-03")}),
    "the finale moved": (
        "Glass Harbor returns",
        "Glass Harbor season 2 premieres March 3. The finale was moved from April 9 to April "
        "16. Mara Quinn stars.",
        {(G, 2, "premiere", "2032-03-03")}),
    "the plan kept": (
        "Glass Harbor returns",
        "Glass Harbor season 2 was set to premiere March 3. It premieres March 3 as planned. "
        "Mara Quinn stars.",
        {(G, 2, "premiere", "2032-03-03")}),
}


@pytest.mark.parametrize("name", list(MOVED))
def test_a_moved_date_takes_the_new_one(name: str) -> None:
    title, text, want = MOVED[name]
    assert want <= _facts(title, text)


@pytest.mark.parametrize("name", list(NOT_MOVED))
def test_a_date_not_moved_stays(name: str) -> None:
    title, text, want = NOT_MOVED[name]
    assert want <= _facts(title, text)


@pytest.mark.parametrize(("table", "name", "rule"), [
    (GRID, "closing line, no trigger", "date.article_day"),
    # round 39: the sentence that tells the move reads its new date itself
    # (``date.moved_from_to``); the article pass still moves "was set for …, now …"
    (MOVED, "moved from, to", "date.moved_from_to"),
    (MOVED, "was set for, now", "date.moved_day")])
def test_the_date_is_explained(table: dict[str, tuple[str, str, set[Want]]], name: str,
                               rule: str) -> None:
    title, text, _ = table[name]
    with rules.tracing() as trace:
        extract_candidates(make_article(text, title, PUB))
    assert any(rule in event.rules for event in trace.events)


def test_switched_off_the_loose_date_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    """The grid's cells depend on the pass: without it the season keeps "this spring"."""
    monkeypatch.setattr(eventdates, "article_days", lambda facts, *a, **k: facts)
    title, text, _ = GRID["closing line, no trigger"]
    assert (G, 2, "premiere", "2032-SP") in _facts(title, text)
    title, text, _ = MOVED["was set for, now"]
    assert (G, 2, "premiere", "2032-03-03") in _facts(title, text)


# --- Round 14, second half: which of two stated days (branch y15days) ----------------------

#: A day read off the article's own date ("today", "tonight") against one earlier day another
#: line names with its month for the same event: the story was written on that day and
#: stamped later, so the named day is the event's. (Fail before y15days.)
TWO_DAYS: dict[str, tuple[str, str, set[Want]]] = {
    "tonight, the day named in a closing line": (
        "Glass Harbor season 2 is here",
        "Glass Harbor season 2 premieres tonight on Kestrel Play. Mara Quinn stars as a harbor "
        "pilot. The season premieres on November 17 with two episodes.",
        {(G, 2, "premiere", "2031-11-17")}),
    "today, released on a named day": (
        "Glass Harbor season 2 is here",
        "Glass Harbor season 2 premiered today on Kestrel Play. Mara Quinn stars. The first "
        "two episodes were released on November 17.",
        {(G, 2, "premiere", "2031-11-17")}),
    "a shoot begun today, production's day named": (
        "Glass Harbor season 2 starts shooting",
        "Glass Harbor season 2 began filming today, Kestrel Play said. Mara Quinn stars. "
        "Production started November 17 in Halifax.",
        {(G, 2, "filming_started", "2031-11-17")}),
    "a wrap today, the shoot's day named": (
        "Glass Harbor season 2 wraps",
        "Glass Harbor season 2 wrapped filming today, Mara Quinn said. She plays a harbor "
        "pilot. The shoot wrapped on November 14 in Halifax.",
        {(G, 2, "filming_wrapped", "2031-11-14")}),
}

#: The day the fact holds stays (pass before and after).
ONE_DAY: dict[str, tuple[str, str, set[Want]]] = {
    "tonight, later episodes named": (
        "Glass Harbor season 2 is here",
        "Glass Harbor season 2 premieres tonight on Kestrel Play. Mara Quinn stars. New "
        "episodes begin streaming December 4.",
        {(G, 2, "premiere", "2031-11-20")}),
    "the fact's own day named with its month": (
        "Glass Harbor season 2 is here",
        "Glass Harbor season 2 premieres on November 20 on Kestrel Play. Mara Quinn stars. The "
        "season premiered on November 17 in Canada.",
        {(G, 2, "premiere", "2031-11-20")}),
    "a weekday's day": (
        "Glass Harbor season 2 premiere date",
        "Glass Harbor season 2 premiered Friday on Kestrel Play. Mara Quinn stars. The season "
        "debuted on November 10 in Canada.",
        {(G, 2, "premiere", "2031-11-14")}),
    "tonight, the finale's day": (
        "Glass Harbor season 2 is here",
        "Glass Harbor season 2 premieres tonight on Kestrel Play. Mara Quinn stars. The season "
        "one finale aired on November 13.",
        {(G, 2, "premiere", "2031-11-20")}),
    "tonight, an announcement's day": (
        "Glass Harbor season 2 is here",
        "Glass Harbor season 2 premieres tonight on Kestrel Play. The network announced on "
        "November 17 that Mara Quinn stars.",
        {(G, 2, "premiere", "2031-11-20")}),
    "tonight, another show's day": (
        "Kestrel Play's week",
        "Glass Harbor season 2 premieres tonight on Kestrel Play. Tin Lantern season 3 "
        "premiered on November 17. Mara Quinn stars in Glass Harbor.",
        {(G, 2, "premiere", "2031-11-20")}),
    "tonight, two earlier days named": (
        "Glass Harbor season 2 is here",
        "Glass Harbor season 2 premieres tonight on Kestrel Play. The season premiered on "
        "November 14 in Canada and debuted on November 17 in Britain. Mara Quinn stars.",
        {(G, 2, "premiere", "2031-11-20")}),
    "tonight, a day a year back": (
        "Glass Harbor season 2 is here",
        "Glass Harbor season 2 premieres tonight on Kestrel Play. Mara Quinn stars. Season 1 "
        "premiered on December 4, 2030.",
        {(G, 2, "premiere", "2031-11-20")}),
}


@pytest.mark.parametrize("name", list(TWO_DAYS))
def test_a_day_read_off_the_article_date_gives_way(name: str) -> None:
    title, text, want = TWO_DAYS[name]
    assert want <= _facts(title, text)


@pytest.mark.parametrize("name", list(ONE_DAY))
def test_a_stated_or_later_day_stays(name: str) -> None:
    title, text, want = ONE_DAY[name]
    assert want <= _facts(title, text)


def test_the_named_day_is_explained_and_switched_off_stays(
        monkeypatch: pytest.MonkeyPatch) -> None:
    title, text, _ = TWO_DAYS["tonight, the day named in a closing line"]
    with rules.tracing() as trace:
        extract_candidates(make_article(text, title, PUB))
    assert any("date.named_day" in event.rules for event in trace.events)
    monkeypatch.setattr(eventdates, "_named_day", lambda *a, **k: None)
    assert (G, 2, "premiere", "2031-11-20") in _facts(title, text)
