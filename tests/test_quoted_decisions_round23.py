"""Round 23 (r23quotes): renewals and cancellations told in quoted speech, kept by who speaks.

``speech.own_side_decision``: a decision quoted from the network's or the show's own people (a
head, a spokesperson, a statement, the showrunner, the creator: named in the sentence, after
the quotation or before it) and told by its verb as done is the decision's telling, not
someone's opinion of it: ``drop.direct_speech`` no longer drops it, and "we", "us" go to the
article's show as in any sentence naming none. Critics, fans, sources and the cast never tell
it; a wish, a fear, a supposition or a question ("should", "hope", "if", "?") is no decision;
a decision named by its noun ("this renewal") speaks of one told elsewhere.

The vocabulary also reads a statement's own wording of the decision outside quotes: "made the
difficult decision to cancel X", "took the decision to cancel X" ("to cease production on X"
stays out, as ``tests/test_kinds_round11.py`` keeps it).

Each grid cell is a speaker and a quotation of its own (names, networks, seasons, tenses,
voices); the controls give what they gave before the round.
"""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_rows

HEADLINE = "Kestrel sets its autumn schedule"

Rows = set[tuple[str, int | None, str]]


def _rows(sentence: str, show: str = "Salt Road", headline: str = HEADLINE) -> Rows:
    """The (show, season, kind) rows of a small article around ``sentence``; the show is
    named again after it with its kind of show, so it is evidenced as a title."""
    body = (f"Kestrel announced its autumn schedule on Tuesday. {sentence} The drama {show} "
            "premiered in 2021 and stars Tobin Reyes.")
    return normalised_rows(facts_of(body, headline))


def _kinds(rows: Rows, show: str) -> set[str]:
    return {kind for name, _, kind in rows if name == show.lower()}


#: Who speaks, after the quotation ('"...," X said.') or before it ('X said: "..."').
SPEAKERS_AFTER = [
    "said Mara Quell, president of Kestrel Entertainment.",
    "a Kestrel spokesperson said.",
    "Kestrel said in a statement.",
    "Kestrel's head of drama, Mara Quell, told reporters.",
    "according to a Kestrel representative.",
    "showrunner Tobin Reyes said.",
    "series creator Ilse Marrow told reporters on Monday.",
    "executive producer Dana Ferro said.",
    "Mara Quell and Ilse Marrow, co-presidents of Kestrel Studios, said Thursday.",
]
SPEAKERS_BEFORE = [
    "Showrunner Tobin Reyes said:",
    "In a statement, Kestrel said:",
    "Mara Quell, Kestrel's chief content officer, said:",
    "Brindle Studio EP Dana Ferro said:",
]

#: Quoted decisions, told by the network or by the show, done or announced.
CANCELLATIONS = [
    "We have made the difficult decision not to move forward with {show}",
    "We have decided to cancel {show} after two seasons on the air",
    "{show} will not return for a third season on Kestrel",
    "We made the tough decision to cancel {show} after two seasons",
    "They cancelled us after two seasons, and it still hurts",
    "We have been cancelled by Kestrel after two wonderful seasons",
    "Kestrel pulled the plug on us after two seasons on the air",
]
RENEWALS = [
    "We are thrilled to bring {show} back for a third season",
    "We have renewed {show} for a third season on Kestrel",
    "{show} has been renewed for a third season at Kestrel",
    "We're renewing {show} for a third season this fall",
    "We've been renewed for a third season and we cannot wait",
    "Kestrel has picked us up for a third season of the show",
]

#: A quotation opening its sentence, spoken by the speaker of the quotation before it.
SPEAKERS_PREVIOUS = [
    "\u201cIt was a wonderful ride for all of us,\u201d showrunner Tobin Reyes said.",
    "\u201cThe fans made this happen,\u201d a Kestrel spokesperson said on Monday.",
    "\u201cWe are proud of what this team made,\u201d said Mara Quell, president of Kestrel.",
]

SHOWS = ["Salt Road", "Copper Vale"]


def _after(quote: str, speaker: str) -> str:
    return f"\u201c{quote},\u201d {speaker}"


def _before(quote: str, speaker: str) -> str:
    """The quotation after its speaker's words: 'X said:' or a quotation of X's before it."""
    return f"{speaker} \u201c{quote}.\u201d"


CELLS = ([(_after(q, s), "cancelled") for q in CANCELLATIONS for s in SPEAKERS_AFTER]
         + [(_before(q, s), "cancelled") for q in CANCELLATIONS for s in SPEAKERS_BEFORE]
         + [(_after(q, s), "renewed") for q in RENEWALS for s in SPEAKERS_AFTER]
         + [(_before(q, s), "renewed") for q in RENEWALS for s in SPEAKERS_BEFORE]
         + [(_before(q, s), "cancelled") for q in CANCELLATIONS for s in SPEAKERS_PREVIOUS]
         + [(_before(q, s), "renewed") for q in RENEWALS for s in SPEAKERS_PREVIOUS])


@pytest.mark.parametrize(("sentence", "kind"), CELLS, ids=[f"{k}-{s[:60]}" for s, k in CELLS])
@pytest.mark.parametrize("show", SHOWS)
def test_a_decision_quoted_from_its_own_side_is_kept(sentence: str, kind: str,
                                                     show: str) -> None:
    kinds = _kinds(_rows(sentence.format(show=show), show), show)
    assert kind in kinds, kinds
    assert ({"renewed", "cancelled"} - {kind}).isdisjoint(kinds), kinds


#: A statement's wording of the decision, outside quotes (headline and body).
STATEMENT_WORDING = [
    ("Kestrel made the difficult decision to cancel {show} after two seasons.", HEADLINE),
    ("Kestrel has taken the decision to cancel {show} after two seasons.", HEADLINE),
    ("The network took the painful decision to cancel {show} last week.", HEADLINE),
    ("{show} is over.", "Kestrel Makes The Decision To Cancel {show}"),
]


@pytest.mark.parametrize(("sentence", "headline"), STATEMENT_WORDING,
                         ids=[s[:50] for s, _ in STATEMENT_WORDING])
@pytest.mark.parametrize("show", SHOWS)
def test_a_decision_made_to_cancel_is_a_cancellation(sentence: str, headline: str,
                                                     show: str) -> None:
    rows = _rows(sentence.format(show=show), show, headline.format(show=show))
    assert "cancelled" in _kinds(rows, show), rows


#: Quoted words that tell no decision of the show: a critic's or a fan's wish, a
#: supposition, a hope, a question, a denial, the cast on a film or another show, a noun.
CONTROLS = [
    "\u201cKestrel should cancel {show} before it gets any worse,\u201d wrote critic Ada Moss.",
    "\u201cThey really should renew {show} for a third season,\u201d one fan wrote online.",
    "\u201cIf they cancel us, we will find another home for the show,\u201d showrunner Tobin "
    "Reyes said.",
    "\u201cWe have not been cancelled, whatever you may have read,\u201d showrunner Tobin Reyes "
    "said.",
    "\u201cI was gutted when they scrapped the film version of it,\u201d star Lia Fenn said.",
    "\u201cWe hope Kestrel will renew {show} for a third season,\u201d showrunner Tobin Reyes "
    "said.",
    "\u201cWill Kestrel cancel us after two seasons on the air?\u201d showrunner Tobin Reyes "
    "asked.",
    "\u201cThey cancelled us after two seasons, and it still hurts,\u201d a source close to "
    "the production said.",
    "\u201cThey cancelled us after two seasons, and it still hurts,\u201d star Lia Fenn said.",
    "\u201cThis renewal will take us to our fiftieth anniversary in 2030,\u201d Kestrel's "
    "president Mara Quell said.",
    "\u201cWe would love to bring {show} back for a third season,\u201d said Mara Quell, "
    "president of Kestrel Entertainment.",
    "\u201cWe might cancel {show} if the ratings keep falling,\u201d said Mara Quell, "
    "president of Kestrel Entertainment.",
    "\u201cI cried for days after hearing the news,\u201d star Lia Fenn said. \u201cThey "
    "cancelled us after two seasons, and it still hurts so much.\u201d",
    "\u201cI cried for days after hearing the news,\u201d she said. \u201cThey cancelled us "
    "after two seasons, and it still hurts so much.\u201d",
    "\u201cIt is a sad day for television,\u201d wrote critic Ada Moss. \u201cKestrel has "
    "cancelled {show} after two seasons on the air.\u201d",
    "Kestrel has taken the decision to cease production on {show}.",
]


@pytest.mark.parametrize("sentence", CONTROLS, ids=[s[:50] for s in CONTROLS])
@pytest.mark.parametrize("show", SHOWS)
def test_quoted_words_that_tell_no_decision_stay_dropped(sentence: str, show: str) -> None:
    kinds = _kinds(_rows(sentence.format(show=show), show), show)
    assert {"renewed", "cancelled"}.isdisjoint(kinds), kinds

