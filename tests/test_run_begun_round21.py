"""Round 21 (s21premiere): a show's run begun, told with its time, is its premiere.

"The show about three sisters who run a bakery began in 2027." gave no premiere on main:
"began" / "started" with a year, a month or a weekday after "in" / "on" was in no premiere
phrase (only "began airing", "premiered", "debuted", "first aired"). Round 21's count put the
open folds' premiere misses of a show with other hits at 10; this is the family of one of
them. The trigger (``trigger.run_begun``) is kept only when its subject is the show: a
reference opening the clause ("The series", "The Kestrel comedy about ...", "It", "which",
"Season 3") or the show's name right before the verb; anything else (a career, a feud, a
strike, "The actor's run on the show") is dropped (``drop.begun_other_subject``). "Filming
began" and "production started" stay the shoot's; "the production began" is no premiere.
Every sentence and name here is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

#: (show, network).
NAMES = [("Glass Harbor", "Kestrel"), ("Salt Meadow", "Tovrel"), ("Copper Vale", "Brindle One")]

#: (headline, lead) of an article about the show's latest season.
LEADS = [
    ("{N} renews {S} for a ninth and final season",
     "{N} has renewed {S} for a ninth and final season. The network thanked the cast. "),
    ("{S} cancelled at {N}; Tin Roof and Ember Street renewed",
     "{N} has opted not to renew {S} for a season 4. The cast thanked fans. "),
]

#: A reference to the show that opens the clause.
SUBJECTS = [
    "The show", "The series", "The drama", "The animated comedy", "The {N} comedy",
    "The Emmy-winning {N} drama", "The show about three sisters who run a bakery in Ohio",
    "It",
]

#: The run begun with its time, and the date it gives.
VERBS = [
    ("began in 2011.", "2011"),
    ("started in 2011.", "2011"),
    ("started back in March 2011.", "2011-03"),
    ("began its run in 2011.", "2011"),
    ("started its original run in early 2011.", "2011"),
]

GRID = [(h, lead, subject, verb, date, show, network)
        for h, lead in LEADS for subject in SUBJECTS for verb, date in VERBS
        for show, network in NAMES]


def _premieres(body: str, headline: str) -> list[tuple[str, int | None, str | None]]:
    return [(f.show, f.season, f.date) for f in facts_of(body, headline)
            if f.kind == "premiere"]


@pytest.mark.parametrize("headline,lead,subject,verb,date,show,network", GRID,
                         ids=[f"{i}" for i in range(len(GRID))])
def test_run_begun_is_the_first_premiere(headline: str, lead: str, subject: str, verb: str,
                                         date: str, show: str, network: str) -> None:
    body = (lead + subject + " " + verb + " Tin Roof returns in June.").format(S=show,
                                                                             N=network)
    assert (show, 1, date) in _premieres(body, headline.format(S=show, N=network))


NAMED = [
    ("{S} began in 2011.", 1, "2011"),
    ("{S}, which began in 2011, has had nine seasons.", 1, "2011"),
    ("Season 3 started in March 2023.", 3, "2023-03"),
    ("The comedy will start in 2027.", 9, "2027"),
]


@pytest.mark.parametrize("sentence,season,date", NAMED)
@pytest.mark.parametrize("show,network", NAMES)
def test_run_begun_after_the_name_or_a_season(sentence: str, season: int, date: str,
                                              show: str, network: str) -> None:
    lead = LEADS[0][1].format(S=show, N=network)
    assert (show, season, date) in _premieres(lead + sentence.format(S=show),
                                              LEADS[0][0].format(S=show, N=network))


#: Controls: a run begun of something else, or no time; they give no premiere (today too).
OTHER_SUBJECT = [
    "Her career began in 2011.",
    "The feud between the two stars began in 2011.",
    "The show's feud with {N} began in 2011.",
    "The actor's run on the show began in 2015.",
    "The strike began in May 2011.",
    "Talks began in January.",
    "The podcast began in 2019.",
    "The documentary film began in 2019.",
    "The network's deal with the producers began in 2020.",
    "The series began in London.",
    "The show started on a high note.",
    "The Bramble Television production began in 2011.",
]


@pytest.mark.parametrize("sentence", OTHER_SUBJECT)
@pytest.mark.parametrize("show,network", NAMES)
def test_other_run_begun_is_no_premiere(sentence: str, show: str, network: str) -> None:
    lead = LEADS[0][1].format(S=show, N=network)
    body = lead + sentence.format(N=network)
    assert _premieres(body, LEADS[0][0].format(S=show, N=network)) == []


#: Controls: a shoot begun stays the shoot's (today too).
SHOOTS = ["Filming began in March 2024.", "Production started in 2024.",
          "The show began filming in 2024."]


@pytest.mark.parametrize("sentence", SHOOTS)
def test_shoot_begun_stays_the_shoot(sentence: str) -> None:
    body = LEADS[0][1].format(S="Glass Harbor", N="Kestrel") + sentence
    facts = facts_of(body, LEADS[0][0].format(S="Glass Harbor", N="Kestrel"))
    assert [f.kind for f in facts if f.evidence == sentence] == ["filming_started"]


def test_explain_names_the_run_begun() -> None:
    body = LEADS[0][1].format(S="Glass Harbor", N="Kestrel") + "The series began in 2011."
    _, text = explain(make_article(body, LEADS[0][0].format(S="Glass Harbor", N="Kestrel")))
    assert "trigger.run_begun" in text
    body = LEADS[0][1].format(S="Glass Harbor", N="Kestrel") + "Her career began in 2011."
    _, text = explain(make_article(body, LEADS[0][0].format(S="Glass Harbor", N="Kestrel")))
    assert "drop.begun_other_subject" in text
