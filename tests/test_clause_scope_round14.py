"""A clause's own subject, round 14 second half (issue 10). Two shapes, probed with small
invented articles (a headline and a few paragraphs):

1. ", and" + a subject of its own (a network, a person, "the streamer") + its verb opens a new
   clause even right after a year: "X premiered in 2024, and Netflix renewed it for a second
   season" — the premiere is season 1's, not the second season's (main f6ba851 read one clause
   there, the comma after a number being no break).
2. A show fronted as the sentence's topic ("As for X, it returns in May", "Speaking of X, ...")
   is what the rest of the sentence speaks of, not a name in passing whose event goes to the
   article's main show.

The probes fail on main (MEASUREMENTS.md, "Round 14, second half: a clause's own subject");
the controls pass on both. Every sentence and show is invented for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_row, facts_of, make_article

from monitor.extract.facts import extract_facts

PUBLISHED = dt.date(2031, 6, 10)

Fact = tuple[str, int | None, str, str | None]


def _facts_of(headline: str, body: str, sentence: str) -> set[Fact]:
    """The (show, season, kind, date) of the facts whose evidence is ``sentence``."""
    return {dated_row(f) for f in facts_of(body, headline, PUBLISHED)
            if f.evidence.strip() == sentence}


# --- 1. ", and" + a new subject and its verb -------------------------------------------------

OPENERS = [
    ("premiered in 2029", "2029"),
    ("debuted on the service in 2029", "2029"),
    ("launched in March 2029", "2029-03"),
]
SUBJECTS = ["Netflix", "the streamer", "the network", "Jane Doe", "HBO"]
DECISIONS = ["renewed it for a second season", "has renewed it for a second season",
             "ordered a second season"]


@pytest.mark.parametrize("opener,date", OPENERS)
@pytest.mark.parametrize("subject", SUBJECTS)
@pytest.mark.parametrize("decision", DECISIONS)
def test_and_with_a_subject_of_its_own_opens_a_clause(opener: str, date: str, subject: str,
                                                        decision: str) -> None:
    sentence = f"Salt Road {opener}, and {subject} {decision} this week."
    body = ("The desert thriller follows two smugglers on the run.\n\n" + sentence +
            "\n\nSalt Road stars Ana Ruiz.")
    facts = _facts_of("Salt Road renewed for season 2", body, sentence)
    premieres = {f for f in facts if f[2] == "premiere"}
    assert premieres and all(f[1] != 2 for f in premieres), facts  # no second-season premiere
    assert all(f[3] == date for f in premieres), facts
    assert any(f[:3] == ("Salt Road", 2, "renewed") for f in facts), facts


@pytest.mark.parametrize("joint", ["; ", ", but ", ", while "])
def test_other_clause_breaks_unchanged(joint: str) -> None:
    """Control: the breaks main already read keep the premiere out of the second season."""
    sentence = f"Salt Road premiered in 2029{joint}Netflix renewed it for a second season."
    facts = _facts_of("Salt Road renewed for season 2", sentence + "\n\nSalt Road stars Ana "
                      "Ruiz.", sentence)
    assert {f for f in facts if f[2] == "premiere" and f[1] == 2} == set(), facts
    assert any(f[:3] == ("Salt Road", 2, "renewed") for f in facts), facts


@pytest.mark.parametrize("subject", ["Netflix", "the streamer", "Jane Doe"])
@pytest.mark.parametrize("modal", ["may", "could", "might"])
def test_a_new_subjects_hedge_stays_in_its_clause(subject: str, modal: str) -> None:
    """The guess after ", and" + its own subject is that clause's: the premiere stated before
    it is no guess."""
    sentence = (f"Salt Road premiered in 2029, and {subject} {modal} renew it for a second "
                "season.")
    body = sentence + "\n\nSalt Road stars Ana Ruiz."
    article = make_article(body, "Salt Road: what we know", PUBLISHED)
    premieres = [f for f in extract_facts(article) if f.kind == "premiere"]
    assert premieres and all(f.certainty == "confirmed" for f in premieres), premieres


@pytest.mark.parametrize("sentence,must", [
    # a list of shows, one clause: both renewed
    ("Salt Road and Iron Creek were renewed for second seasons in 2031.",
     {("Salt Road", 2, "renewed"), ("Iron Creek", 2, "renewed")}),
    # ", and" with no verb of its own after the subject: no new clause
    ("Netflix renewed Salt Road for a second season in 2031, and fans cheered.",
     {("Salt Road", 2, "renewed")}),
    # the season stated in the premiere's own clause stays the premiere's
    ("Salt Road premiered its second season in 2030, and Netflix renewed it for a third "
     "season.", {("Salt Road", 2, "premiere"), ("Salt Road", 3, "renewed")}),
    # the same show, no new subject: one clause, the season is both events'
    ("Salt Road was renewed for a second season in 2031 and returns in May.",
     {("Salt Road", 2, "renewed"), ("Salt Road", 2, "premiere")}),
])
def test_controls_one_clause(sentence: str, must: set[tuple[str, int, str]]) -> None:
    facts = _facts_of("Salt Road: what we know", sentence + "\n\nSalt Road stars Ana Ruiz.",
                      sentence)
    assert must <= {f[:3] for f in facts}, facts


# --- 2. a show fronted as the sentence's topic ----------------------------------------------

HEADLINE = "Lantern Bay renewed for season 3 at NBC"
LEAD = ("NBC renewed Lantern Bay for a third season on Monday, and its sister drama Glass "
        "Harbor got news too.")
CLOSING = "Lantern Bay follows a harbour pilot who finds a body in the fog."

#: "As for", "When it comes to": main gave these to Lantern Bay (the "as" read as an adverbial
#: clause's); "For", "In X's case", "Speaking of" it already read right (controls).
FRONTS = ["As for Glass Harbor, it", "As for 'Glass Harbor', it",
          "When it comes to Glass Harbor, it", "Meanwhile, as for Glass Harbor, it",
          "Speaking of Glass Harbor, it", "For Glass Harbor, it", "In Glass Harbor's case, it"]
EVENTS = [("returns for its second season on May 4.", ("Glass Harbor", "premiere")),
          ("was cancelled after two seasons.", ("Glass Harbor", "cancelled")),
          ("starts filming its second season in March.", ("Glass Harbor", "filming_started"))]


@pytest.mark.parametrize("front", FRONTS)
@pytest.mark.parametrize("event,key", EVENTS)
def test_fronted_topic_takes_the_event(front: str, event: str, key: tuple[str, str]) -> None:
    sentence = f"{front} {event}"
    facts = _facts_of(HEADLINE, "\n\n".join((LEAD, sentence, CLOSING)), sentence)
    assert key in {(f[0], f[2]) for f in facts}, facts
    assert "Lantern Bay" not in {f[0] for f in facts}, facts


@pytest.mark.parametrize("sentence", [
    # a comparison: the event is the referred show's, not the compared one's
    "Much like Glass Harbor, the drama returns for a fourth season in May.",
    "Like Glass Harbor, the drama was renewed for a fourth season.",
    "Unlike Glass Harbor, the drama returns for a fourth season in May.",
])
def test_controls_passing_name_still_passing(sentence: str) -> None:
    facts = _facts_of(HEADLINE, "\n\n".join((LEAD, sentence, CLOSING)), sentence)
    assert facts and "Glass Harbor" not in {f[0] for f in facts}, facts
