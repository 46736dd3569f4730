"""Round 24 (issue 10, branch s24dates): a time counted from a date ("two weeks later", "a
month later", "the following month", "later that month", "a year later", "that summer", "the
following spring") is counted from the date named before it, in its sentence or else in the
sentence before (``dates.anchored_offsets``, rule ``date.anchored_offset``), not from the
article's date. Invented names only."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import dated_rows, facts_of, make_article

from monitor.extract.explain import explain

PUBLISHED = dt.date(2024, 5, 10)

#: (anchor phrase, the date it names)
ANCHORS = (("in January 2022", "2022-01"), ("on March 9, 2022", "2022-03-09"),
           ("in October 2021", "2021-10"))
#: offset phrase -> the date it gives after each anchor (in ANCHORS' order)
OFFSETS = {
    "two weeks later": ("2022-01", "2022-03", "2021-10"),
    "a month later": ("2022-02", "2022-04", "2021-11"),
    "three months later": ("2022-04", "2022-06", "2022-01"),
    "the following month": ("2022-02", "2022-04", "2021-11"),
    "later that month": ("2022-01", "2022-03", "2021-10"),
    "a year later": ("2023", "2023", "2022"),
    "that summer": ("2022-SU", "2022-SU", "2021-SU"),
    "the following spring": ("2022-SP", "2023-SP", "2022-SP"),
}
#: kind -> (one sentence: the anchor's event then the kind's, the two as two sentences)
FORMS = {
    "renewed": ("{show} premiered {anchor} and was renewed for a second season {offset}.",
                "{show} premiered {anchor}. {net} renewed the show for a second season "
                "{offset}."),
    "filming_started": ("{show} was renewed for a second season {anchor}, and filming began "
                        "{offset}.",
                        "{show} was renewed for a second season {anchor}. Filming on the "
                        "second season began {offset}."),
    "premiere": ("Filming on the second season of {show} wrapped {anchor}, and the season "
                 "premiered {offset}.",
                 "Filming on the second season of {show} wrapped {anchor}. Its second season "
                 "premiered on {net} {offset}."),
    "cancelled": ("The second season of {show} premiered {anchor}, and {net} cancelled the "
                  "series {offset}.",
                  "The second season of {show} premiered {anchor}. {net} cancelled the series "
                  "{offset}."),
}
SHOWS = (("Glass Harbor", "Kestrel"), ("Copper Vale", "Brightwater"))

GRID = [(kind, two, show, net, anchor, a, offset)
        for kind in FORMS for two in (False, True) for show, net in SHOWS
        for a, (anchor, _) in enumerate(ANCHORS) for offset in OFFSETS]


@pytest.mark.parametrize(("kind", "two", "show", "net", "anchor", "a", "offset"), GRID)
def test_offset_counts_from_the_date_before(kind: str, two: bool, show: str, net: str,
                                            anchor: str, a: int, offset: str) -> None:
    text = FORMS[kind][two].format(show=show, net=net, anchor=anchor, offset=offset)
    # (a cancellation's season may be the one after, as the scorer reads it: "three months"
    # makes it season 3 on main too)
    seasons = (2, 3) if kind == "cancelled" else (2,)
    got = {r[3] for r in dated_rows(facts_of(text, published=PUBLISHED))
           if r[0] == show and r[1] in seasons and r[2] == kind}
    assert got == {OFFSETS[offset][a]}, text


def test_explain_names_the_rule() -> None:
    article = make_article("Glass Harbor premiered in January 2031 and was renewed for a "
                           "second season two months later.", published=dt.date(2031, 6, 2))
    facts, text = explain(article)
    assert ("Glass Harbor", 2, "renewed", "2031-03") in dated_rows(facts)
    assert "date.anchored_offset" in text


# --- controls: what they give today -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # no date before: read against the article's date, as before
    ("Glass Harbor will return for a second season next month.", "2024-06"),
    ("Glass Harbor will return for a second season the next month.", "2024-06"),
    ("Glass Harbor will begin filming its second season in the next month.", "2024-06"),
    ("Glass Harbor began filming its second season a month ago.", "2024-04"),
    ("Glass Harbor will premiere its second season later this month.", "2024-05"),
    ("Glass Harbor will begin filming its second season this summer.", "2024-SU"),
    ("Glass Harbor was renewed for a second season two weeks later.", "2024-05"),
    # the date before is the fact's own
    ("Glass Harbor will premiere its second season on June 12, a month later than planned.",
     "2024-06-12"),
    ("Kestrel renewed Glass Harbor for a second season in March 2022, and a year later it "
     "was renewed again.", None),
])
def test_controls(text: str, expected: str | None) -> None:
    got = {r[3] for r in dated_rows(facts_of(text, published=PUBLISHED))
           if r[0] == "Glass Harbor" and r[1] == 2}
    if expected is None:
        assert "2022-03" in got
    else:
        assert expected in got, (text, got)
