"""Round 37 (r37spans): a status item's span read by its edges, not by the look of its words.

A round-up's status item ("Title: Cancelled after two seasons", "Title (Network) – Renewed",
"Renewed: A, B, C") is bounded by its separators: the line's start, a colon, a dash, a comma.
A title made of names and calendar words ("Tuesday Lemon", "Martha Saturday", "Lisbon in
October") lost its weekday or month there: ``_title_of`` read the word as the item's time and
cut it. ``title.span.item_time_word`` (``listings.item_time_words``): a weekday or month
joined to a title word with no separator — leading the item, or ending it after a title word
directly or after a title's inner word — is the title's. A verdict line's head ("Lisbon in
October: Renewed") allows "in" as an inner word too ("on Tuesday" there is the decision's
day); a labelled list's items ("Renewed: A, B") allow only "of", "and", "&", "with" (there
"in October" may be the status's time).

Controls (pass on the base and the branch): an item with a digit ("October 5", "2024"), a
time after a separator ("Salt Road, Tuesday"), "in October" in a labelled list, a weekday
that is the whole item. All titles, networks and people are invented.
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of

#: Titles made of names, places and calendar words: (id, title).
TITLES = [
    ("weekday_first", "Tuesday Lemon"),
    ("weekday_last", "Martha Saturday"),
    ("month_last", "Lisbon Harvest October"),
    ("month_of", "Havana of August"),
    ("weekday_and", "Rosa and Sunday"),
    ("month_amp", "Felix & November"),
    ("weekday_with", "Dinner with Friday"),
]

#: A labelled list splits its items at "and" and "&" too ("Renewed: A, B and C"): those
#: titles are read in verdict lines only.
LIST_TITLES = [t for t in TITLES if " and " not in t[1] and " & " not in t[1]]

#: Verdict lines in other sites' styles: (id, body with {t}, kind). Two lines at least make
#: a scorecard; the other line's show is plain.
VERDICT_FRAMES = [
    ("tracker_caps", "Our 2016 tally.\n{t}: CANCELLED after two seasons.\n"
     "Salt Road: Renewed for Season 4", "cancelled"),
    ("uk_series", "The verdicts so far.\n{t}: axed after two series\n"
     "Lantern House: renewed for a third series", "cancelled"),
    ("fan_site_dash", "Where things stand.\n{t} — Renewed for season 3\n"
     "Salt Road — Cancelled", "renewed"),
    ("blog_pipe", "Status board.\n{t} | Renewed\nLantern House | Cancelled", "renewed"),
]

#: Labelled lists ("Renewed: A, B, C"), as trackers and listings write them.
LIST_FRAMES = [
    ("label_list_middle", "Renewed: Salt Road, {t}, Lantern House", "renewed"),
    ("label_list_last", "Cancelled: Salt Road, Lantern House, {t}", "cancelled"),
    ("label_list_two_labels", "Renewed: Salt Road; Cancelled: {t}", "cancelled"),
]


def _shows(body: str, kind: str) -> set[str]:
    return {f.show for f in facts_of(body, "TV scorecard") if f.kind == kind}


@pytest.mark.parametrize("frame,body,kind", VERDICT_FRAMES, ids=[f[0] for f in VERDICT_FRAMES])
@pytest.mark.parametrize("tid,title", TITLES, ids=[t[0] for t in TITLES])
def test_verdict_line_keeps_time_word(tid: str, title: str, frame: str, body: str,
                                      kind: str) -> None:
    assert title in _shows(body.format(t=title), kind)


@pytest.mark.parametrize("frame,body,kind", LIST_FRAMES, ids=[f[0] for f in LIST_FRAMES])
@pytest.mark.parametrize("tid,title", LIST_TITLES, ids=[t[0] for t in LIST_TITLES])
def test_labelled_list_keeps_time_word(tid: str, title: str, frame: str, body: str,
                                       kind: str) -> None:
    assert title in _shows(body.format(t=title), kind)


@pytest.mark.parametrize("title", ["Lisbon in October", "Weekend in November"],
                         ids=["in_month", "in_month_calendar_head"])
def test_verdict_head_inner_in(title: str) -> None:
    body = f"Our 2016 tally.\n{title}: Renewed for Season 4\nSalt Road: CANCELLED"
    assert title in _shows(body, "renewed")


def test_explain_names_rule() -> None:
    text = explained("Our 2016 tally.\nTuesday Lemon: CANCELLED after two seasons.\n"
                     "Salt Road: Renewed for Season 4", "TV scorecard")
    assert "title.span.item_time_word" in text


# Controls: the same shapes where the word IS the item's time (base and branch agree).
CONTROLS = [
    ("digit_day", "Our tally.\nSalt Road, October 5: Renewed for Season 4\n"
     "Lantern House: CANCELLED", "renewed", "Salt Road"),
    ("year_after", "Our tally.\nSalt Road October 2024: Renewed for Season 4\n"
     "Lantern House: CANCELLED", "renewed", None),
    ("comma_weekday", "Renewed: Lantern House, Salt Road, Tuesday", "renewed", None),
    ("list_in_month", "Renewed: Lantern House, Salt Road in October", "renewed", "Salt Road"),
    ("head_on_weekday", "Our tally.\nLantern House: Renewed for Season 4\n"
     "Salt Road on Tuesday: CANCELLED", "cancelled", "Salt Road"),
    ("plain_titles", "Our tally.\nSalt Road: Renewed for Season 4\nLantern House: CANCELLED",
     "renewed", "Salt Road"),
]


@pytest.mark.parametrize("cid,body,kind,show", CONTROLS, ids=[c[0] for c in CONTROLS])
def test_controls(cid: str, body: str, kind: str, show: str | None) -> None:
    shows = _shows(body, kind)
    if show is not None:
        assert show in shows
    assert not any(word in s for s in shows for word in ("October", "Tuesday")
                   if s != show)


def test_explain_quiet_where_the_span_was_whole_already() -> None:
    """A heading's bare line ("RENEWED" over "Tuesday Lemon") was read whole before: the rule
    is not named there (a control)."""
    text = explained("RENEWED\nSalt Road\nTuesday Lemon\n\nCANCELLED\nLantern House",
                     "TV scorecard")
    assert "Tuesday Lemon" in text and "title.span.item_time_word" not in text
