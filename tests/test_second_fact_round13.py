"""A sentence's second fact and an article's second show, round 13 (issue 10): a trigger governs
its own clause. Probed with an invented grid of sentences that tell two events or name two
shows: a relative clause's event is its antecedent's, an "and" predicate with no subject of its
own is the clause subject's, a time phrase's event noun owns its date, a show named in passing
(a comparison, a credit, an adverbial clause, a name after the trigger of a sentence opening on
a season) takes none of the referred show's events, and the first word of "Ahead of" is no
title. Each probe fails on main 21363eb; the controls pass on both (MEASUREMENTS.md, "Round 13,
a sentence's second fact"). Every sentence and show is invented for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_row, facts_of, make_article

from monitor.extract.facts import extract_facts
from monitor.extract.rules import tracing

PUBLISHED = dt.date(2024, 5, 10)
#: Two shows of one network, neither the article's main show.
TWO_SHOWS = ("TV drama news", "The Night Ferry and Copper Valley are both dramas on Netflix.\n\n")
#: An article about Copper Valley's renewal whose previous sentence names it alone.
MAIN_SHOW = ("Copper Valley renewed for season 3 at Netflix",
             "The Night Ferry is another Netflix drama. Netflix has renewed Copper Valley for a "
             "third season.\n\n")

Fact = tuple[str, "int | None", str, "str | None"]


def _facts(sentence: str, context: tuple[str, str] = ("", "")) -> set[Fact]:
    """The facts whose evidence is ``sentence``, read after the context's headline and body."""
    title, before = context
    return {dated_row(f) for f in facts_of(before + sentence, title, PUBLISHED)
            if f.evidence.strip() == sentence}


def _keys(facts: set[Fact]) -> set[tuple[str, str]]:
    return {(show, kind) for show, _, kind, _ in facts}


# --- probes: (sentence, context, facts that must be there, (show, kind) that must not) -------

PROBES = [
    # a relative clause's event is its antecedent's, not an earlier clause's subject's
    ("Copper Valley will premiere June 12, taking the Sunday slot of The Night Ferry, which was "
     "cancelled in March.", TWO_SHOWS, {("The Night Ferry", None, "cancelled", "2024-03")},
     {("Copper Valley", "cancelled")}),
    # an "and" predicate with no subject of its own is the clause subject's
    ("Copper Valley joins The Night Ferry on Netflix's summer schedule and premieres June 12.",
     TWO_SHOWS, {("Copper Valley", None, "premiere", "2024-06-12")},
     {("The Night Ferry", "premiere")}),
    ("Copper Valley is the network's biggest hit since The Night Ferry and has been renewed for "
     "a third season.", TWO_SHOWS, {("Copper Valley", None, "renewed", "2024-05")},
     {("The Night Ferry", "renewed")}),
    # a name in a comparison outside a clause that refers to its show
    ("Season three will have ten episodes and debut in the spring, like The Night Ferry before "
     "it.", MAIN_SHOW, {("Copper Valley", 3, "episode_count", None)},
     {("The Night Ferry", "episode_count"), ("The Night Ferry", "premiere")}),
    ("Much like The Night Ferry, the series will premiere its third season in June with eight "
     "episodes.", MAIN_SHOW, {("Copper Valley", 3, "episode_count", None),
                              ("Copper Valley", 3, "premiere", "2024-06")},
     {("The Night Ferry", "episode_count"), ("The Night Ferry", "premiere")}),
    ("Production on the third season, which will again be filmed in Atlanta like The Night "
     "Ferry, begins in July; it premieres in 2025.", MAIN_SHOW,
     {("Copper Valley", 3, "premiere", "2025")}, set()),
    # a sentence opening on a season: the names after its trigger are named in passing
    ("The ten-episode third season premieres June 12 ahead of The Night Ferry's return in July.",
     MAIN_SHOW, {("Copper Valley", 3, "episode_count", None),
                 ("Copper Valley", 3, "premiere", "2024-06-12")},
     {("The Night Ferry", "episode_count")}),
    ("The third season premieres June 12 with eight episodes, while The Night Ferry returns in "
     "the fall.", MAIN_SHOW, {("Copper Valley", 3, "episode_count", None),
                              ("Copper Valley", 3, "premiere", "2024-06-12")},
     {("The Night Ferry", "episode_count")}),
    ("Season three premieres June 12 with eight episodes; The Night Ferry, meanwhile, has "
     "wrapped filming.", MAIN_SHOW, {("Copper Valley", 3, "premiere", "2024-06-12"),
                                     ("The Night Ferry", 1, "filming_wrapped", "2024-05")},
     {("The Night Ferry", "episode_count"), ("The Night Ferry", "premiere")}),
    ("The eight episodes of the third season drop June 12, a year after The Night Ferry was "
     "cancelled.", MAIN_SHOW, {("Copper Valley", 3, "episode_count", None)},
     {("The Night Ferry", "episode_count"), ("The Night Ferry", "premiere")}),
    # a leading "Ahead of" is no title
    ("Ahead of the premiere on June 12, Copper Valley has been renewed for a third season.",
     ("", ""), {("Copper Valley", 3, "renewed", "2024-05")}, {("Ahead", "premiere")}),
]


@pytest.mark.parametrize(("sentence", "context", "wanted", "unwanted"), PROBES)
def test_a_trigger_governs_its_own_clause(sentence: str, context: tuple[str, str],
                                          wanted: set[Fact],
                                          unwanted: set[tuple[str, str]]) -> None:
    facts = _facts(sentence, context)
    assert wanted <= facts, facts
    assert not _keys(facts) & unwanted, facts


def test_a_time_phrase_event_noun_owns_its_date() -> None:
    # "in April" is the finale's: the renewal is news of the publication month
    facts = _facts("Following the season 2 finale in April, Netflix renewed Copper Valley for a "
                   "third season.")
    assert facts == {("Copper Valley", 3, "renewed", "2024-05")}


# --- controls: the same relations where the nearer name is the right one ---------------------

CONTROLS = [
    ("Netflix has renewed Copper Valley, which premiered its second season in March, for a "
     "third season.", ("", ""), {("Copper Valley", 2, "premiere", "2024-03"),
                                 ("Copper Valley", 3, "renewed", "2024-05")}, set()),
    # a relative clause whose verb takes a show as its object: the object is the show
    ("\u201cHarbor Films\u201d, which had renewed \u201cCopper Valley\u201d for a second season "
     "in February, reversed course on Friday.", ("", ""),
     {("Copper Valley", 2, "renewed", "2024-02")}, {("Harbor Films", "renewed")}),
    ("Netflix has cancelled Copper Valley and renewed The Night Ferry for a second season.",
     TWO_SHOWS, {("The Night Ferry", 2, "renewed", "2024-05")},
     {("Copper Valley", "renewed")}),
    ("Unlike The Night Ferry, which was cancelled in March, Copper Valley has been renewed for "
     "a third season.", TWO_SHOWS, {("The Night Ferry", None, "cancelled", "2024-03"),
                                    ("Copper Valley", 3, "renewed", "2024-05")},
     {("The Night Ferry", "renewed")}),
    ("Copper Valley wrapped filming on its second season, which premieres June 12.", ("", ""),
     {("Copper Valley", 2, "filming_wrapped", "2024-05"),
      ("Copper Valley", 2, "premiere", "2024-06-12")}, set()),
    ("The third season of The Night Ferry premieres June 12.", MAIN_SHOW,
     {("The Night Ferry", 3, "premiere", "2024-06-12")}, {("Copper Valley", "premiere")}),
    ("The drama returns June 12 for ten episodes on the network that cancelled The Night Ferry "
     "last year.", MAIN_SHOW, {("Copper Valley", 3, "premiere", "2024-06-12"),
                               ("The Night Ferry", None, "cancelled", "2023")},
     {("The Night Ferry", "premiere")}),
    ("Thanks to strong ratings, Copper Valley has been renewed for a third season.", ("", ""),
     {("Copper Valley", 3, "renewed", "2024-05")}, {("Thanks", "renewed")}),
]


@pytest.mark.parametrize(("sentence", "context", "wanted", "unwanted"), CONTROLS)
def test_the_nearer_name_keeps_its_own_event(sentence: str, context: tuple[str, str],
                                             wanted: set[Fact],
                                             unwanted: set[tuple[str, str]]) -> None:
    facts = _facts(sentence, context)
    assert wanted <= facts, facts
    assert not _keys(facts) & unwanted, facts


def test_after_a_past_premiere_the_renewal_keeps_the_publication_month() -> None:
    facts = _facts("After its second season premiered in March, Copper Valley was renewed for "
                   "a third season.")
    assert ("Copper Valley", 3, "renewed", "2024-05") in facts
    assert ("Copper Valley", 2, "premiere", "2024-03") in facts


def test_the_new_rules_are_named_in_the_explanation() -> None:
    body = MAIN_SHOW[1] + ("The third season premieres June 12 with eight episodes, while The "
                           "Night Ferry returns in the fall.")
    with tracing() as trace:
        extract_facts(make_article(body, MAIN_SHOW[0], PUBLISHED))
    acted = {r for e in trace.events for r in e.rules}
    assert "target.season_subject" in acted
