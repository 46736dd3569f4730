"""A counted headline's rest, told late or counted without a noun — round 19 (issue 10, s19lists).

Round 18 found the sealed list items with no trigger of their own under counted headlines, late
in the body and shorter than the count. Two wordings of that family got no fact:

- ``list.completes_count``: the list's sentence opens on words saying it completes the count
  ("Also in the mix are", "Rounding out the list are", "The others are", "Then there are",
  "Joining them are"): a counted headline governs it as ``list.counted_rest`` governs a list
  that opens its sentence (its "others" is the count's rest, not a network's other hits);
- ``list.staying_idiom``: under a counted renewal, a list followed only by a negated ending
  that keeps its shows on ("A, B and C aren't going anywhere", "... are not done yet", "...
  won't be leaving the schedule") takes the renewal: that negation sets no show apart;
- ``list.connective_lead``: a list opens its sentence also after a connective or a topic
  phrase adding it to what was told ("In addition,", "On the comedy side,", "As for its
  dramas,"), not after a contrast ("Meanwhile,");
- ``list.counted_others``: a headline naming some shows and counting the rest with no noun
  ("Renews Iron Bay, Deep Water and 3 Others", "renews Iron Bay and four more") is a counted
  decision, as "and 14 more series" was.

Controls: the shows NOT renewed after a counted renewal, a cast, shows "like" or "such as", a
network's other hits, a list longer than the count, "and two more seasons". Every sentence and
name is invented for this test.
"""

from __future__ import annotations

import pytest
from articles import facts_of, normalised_shows_kinds

Pair = tuple[str, str]

TRIPLES = [("Salt Road", "Night Ferry", "The Glass Orchard"),
           ("Marrowby", "Quillon", "Tessendale"),
           ("The Copper Hours", "Wexley Bay", "Lantern Men")]

#: Six sentences with no list and no status word: the list comes seventh, as in the census.
LEAD = ("Kestrel made the announcement on Tuesday at its upfront presentation. The network also "
        "unveiled its fall schedule. Executives praised the writers. The season had been a strong "
        "one for the network. Ratings rose across the board this spring. Advertisers took note. ")


def _pairs(body: str, headline: str) -> set[Pair]:
    return normalised_shows_kinds(facts_of(body, headline))


def _names(titles: tuple[str, ...]) -> set[str]:
    return {t.lower().removeprefix("the ") for t in titles}


def _expected(titles: tuple[str, ...], kind: str) -> set[Pair]:
    return {(t.lower().removeprefix("the "), kind) for t in titles}


#: Headlines counting more shows than the list names (by two or more).
COUNTED = [("Kestrel Renews Five Dramas", "renewed"),
           ("Kestrel renews 5 shows for next season", "renewed"),
           ("Vantor Cancels Six Comedies", "cancelled"),
           ("Six Vantor Shows Axed", "cancelled")]
#: Leads saying the list completes the count.
COMPLETING = ["Also in the mix are {a}, {b} and {c}.",
              "Rounding out the list are {a}, {b} and {c}.",
              "The others are {a}, {b} and {c}.",
              "The rest: {a}, {b} and {c}.",
              "Then there are {a}, {b} and {c}.",
              "Joining them are {a}, {b} and {c}."]


@pytest.mark.parametrize("form", COMPLETING, ids=[f[:20] for f in COMPLETING])
@pytest.mark.parametrize("headline, kind", COUNTED, ids=[h for h, _ in COUNTED])
@pytest.mark.parametrize("titles", TRIPLES, ids=[t[0] for t in TRIPLES])
def test_a_list_completing_the_count_takes_the_decision(form: str, headline: str, kind: str,
                                                         titles: tuple[str, str, str]) -> None:
    a, b, c = titles
    assert _pairs(LEAD + form.format(a=a, b=b, c=c), headline) == _expected(titles, kind)


@pytest.mark.parametrize("titles", TRIPLES, ids=[t[0] for t in TRIPLES])
def test_after_shows_decided_before(titles: tuple[str, str, str]) -> None:
    """The body's own decision first, then the rest: five in all."""
    a, b, c = titles
    body = (LEAD + "Kestrel renewed Iron Bay and Deep Water first. "
            f"The others are {a}, {b} and {c}.")
    assert _pairs(body, "Kestrel Renews Five Dramas") == _expected(
        (a, b, c, "Iron Bay", "Deep Water"), "renewed")


#: Headlines naming some shows and counting the rest with no noun.
OTHERS = [("Kestrel Renews Iron Bay, Deep Water and 3 Others", "renewed"),
          ("Kestrel renews Iron Bay and three more", "renewed"),
          ("Vantor Axes Iron Bay, Deep Water and Three Others", "cancelled"),
          ("Vantor cancels Iron Bay and 3 more for good", "cancelled")]
OTHERS_BODIES = ["{a}, {b} and {c} drew the network's best numbers this year.",
                 LEAD + "{a}, {b} and {c} drew the network's best numbers this year.",
                 LEAD + "The others are {a}, {b} and {c}."]


@pytest.mark.parametrize("body", OTHERS_BODIES, ids=["first", "late", "the others"])
@pytest.mark.parametrize("headline, kind", OTHERS, ids=[h for h, _ in OTHERS])
@pytest.mark.parametrize("titles", TRIPLES, ids=[t[0] for t in TRIPLES])
def test_a_headline_counting_its_others(body: str, headline: str, kind: str,
                                        titles: tuple[str, str, str]) -> None:
    a, b, c = titles
    got = _pairs(body.format(a=a, b=b, c=c), headline)
    assert _expected(titles, kind) <= got
    assert not {name for name, _ in got} & {"three others", "3 others", "three more"}


#: Counted renewals, and negated endings that keep the listed shows on.
RENEWALS = ["Kestrel Renews Three Dramas", "Kestrel renews 4 shows", "Three Kestrel Dramas Renewed"]
STAYING = ["{a}, {b} and {c} aren't going anywhere.",
           "{a}, {b} and {c} are not done yet.",
           "{a}, {b} and {c} won't be leaving the schedule.",
           "{a}, {b} and {c} are definitely not going anywhere!"]


@pytest.mark.parametrize("form", STAYING, ids=[f[12:40] for f in STAYING])
@pytest.mark.parametrize("headline", RENEWALS)
@pytest.mark.parametrize("titles", TRIPLES, ids=[t[0] for t in TRIPLES])
def test_a_negation_that_keeps_the_shows_on(form: str, headline: str,
                                            titles: tuple[str, str, str]) -> None:
    a, b, c = titles
    body = "Kestrel made the announcement on Tuesday. " + form.format(a=a, b=b, c=c)
    assert _pairs(body, headline) == _expected(titles, "renewed")


STAYING_CONTROLS = [
    ("Kestrel Renews Three Dramas", "Salt Road, Night Ferry and Wexley Bay are not so lucky."),
    ("Kestrel Renews Three Dramas",
     "Salt Road, Night Ferry and Wexley Bay aren't going anywhere, but Iron Bay is."),
    ("Kestrel Renews Three Dramas",
     "Fans of Salt Road, Night Ferry and Wexley Bay aren't going anywhere."),
    ("Vantor Cancels Three Comedies",
     "Salt Road, Night Ferry and Wexley Bay aren't going anywhere."),
    ("Kestrel Renews Two Dramas",
     "Salt Road, Night Ferry, Wexley Bay, Marrowby and Quillon aren't going anywhere."),
]


@pytest.mark.parametrize("headline, body", STAYING_CONTROLS,
                         ids=[b[-30:] for _, b in STAYING_CONTROLS])
def test_staying_controls(headline: str, body: str) -> None:
    listed = {"salt road", "night ferry", "wexley bay", "marrowby", "quillon"}
    got = _pairs("Kestrel made the announcement on Tuesday. " + body, headline)
    assert not {name for name, _ in got} & listed


CONNECTIVES = ["In addition, {a}, {b} and {c} drew big numbers.",
               "On the comedy side, {a}, {b} and {c} drew big numbers.",
               "As for its dramas, {a}, {b} and {c} drew big numbers.",
               "Also, freshman dramas {a}, {b} and {c} drew big numbers."]


@pytest.mark.parametrize("form", CONNECTIVES, ids=[f[:18] for f in CONNECTIVES])
@pytest.mark.parametrize("headline, kind", COUNTED, ids=[h for h, _ in COUNTED])
@pytest.mark.parametrize("titles", TRIPLES, ids=[t[0] for t in TRIPLES])
def test_a_list_after_a_connective(form: str, headline: str, kind: str,
                                   titles: tuple[str, str, str]) -> None:
    a, b, c = titles
    got = _pairs(LEAD + form.format(a=a, b=b, c=c), headline)
    assert _names(titles) <= {name for name, k in got if k == kind}


CONNECTIVE_CONTROLS = [
    "Meanwhile, Salt Road, Night Ferry and Wexley Bay drew big numbers.",
    "However, Salt Road, Night Ferry and Wexley Bay drew big numbers.",
    "In addition, viewers loved Salt Road, Night Ferry and Wexley Bay.",
    "On the comedy side, rivals such as Salt Road, Night Ferry and Wexley Bay drew big numbers.",
    "As for its dramas, Salt Road, Night Ferry and Wexley Bay were not so lucky.",
]


@pytest.mark.parametrize("body", CONNECTIVE_CONTROLS, ids=[b[:25] for b in CONNECTIVE_CONTROLS])
def test_connective_controls(body: str) -> None:
    got = _pairs(LEAD + body, "Kestrel Renews Five Dramas")
    assert not {name for name, _ in got} & {"salt road", "night ferry", "wexley bay"}


# --- controls: no fact today, none after ----------------------------------------------------

CONTROLS = [
    ("Kestrel Renews Five Dramas",
     LEAD + "The others were not so lucky: Salt Road, Night Ferry and Wexley Bay."),
    ("Kestrel Renews Five Dramas",
     LEAD + "The others are Salt Road, Night Ferry, Wexley Bay, Marrowby, Quillon and Tessendale."),
    ("Kestrel Renews Five Dramas",
     LEAD + "The cast includes Dana Whitlow, Marek Osei and Ilse Brand."),
    ("Kestrel Renews Five Dramas",
     LEAD + "Also in the mix are shows like Salt Road, Night Ferry and Wexley Bay."),
    ("Kestrel Renews Five Dramas",
     LEAD + "The network's other hits are Salt Road, Night Ferry and Wexley Bay."),
    ("Kestrel Renews Five Dramas",
     LEAD + "Then there are rivals such as Salt Road, Night Ferry and Wexley Bay."),
    ("Kestrel Renews Five Dramas",
     LEAD + "Which will be next? The others are Salt Road, Night Ferry and Wexley Bay."),
    ("Kestrel Renews Five Dramas",
     LEAD + "Viewers also loved Salt Road, Night Ferry and Wexley Bay."),
    ("Iron Bay Renewed for Two More Seasons",
     "Salt Road, Night Ferry and Wexley Bay drew the network's best numbers this year."),
    ("Iron Bay and Three More Join the Kestrel Lineup",
     "Salt Road, Night Ferry and Wexley Bay drew the network's best numbers this year."),
]


@pytest.mark.parametrize("headline, body", CONTROLS, ids=[b[-40:] for _, b in CONTROLS])
def test_controls_stay_without_list_facts(headline: str, body: str) -> None:
    listed = {"salt road", "night ferry", "wexley bay", "marrowby", "quillon", "tessendale",
              "dana whitlow", "marek osei", "ilse brand"}
    assert not {name for name, _ in _pairs(body, headline)} & listed


@pytest.mark.xfail(strict=True, reason="a headline with two counted decisions: which list "
                   "takes which is told by the lists' nouns, not read (round 19: left)")
def test_two_counted_decisions_in_one_headline() -> None:
    body = (LEAD + "The renewed dramas are Salt Road, Night Ferry and Wexley Bay. "
            "The two comedies are Marrowby and Quillon.")
    assert _pairs(body, "Kestrel Renews Three Dramas, Cancels Two Comedies") == (
        _expected(("Salt Road", "Night Ferry", "Wexley Bay"), "renewed")
        | _expected(("Marrowby", "Quillon"), "cancelled"))
