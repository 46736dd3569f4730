"""Which season a fact is of (issue 10, round 11): shapes the open folds' season errors take,
probed with sentences and titles written for this test.

- "respectively": a list of shows and a list of seasons paired one by one ("A and B were
  renewed for 14th and 6th seasons respectively", "for seasons 3 and 5, respectively", "were
  cancelled after four and two seasons, respectively"); a "respectively" pairing places or
  actors leaves the seasons alone.
- a tracker's entry: a status line ("Cancelled: Title (Network)") over a paragraph about the
  show gives the entry the season the paragraph says: the run a cancellation ended ("after
  two seasons", "lasted three seasons") or the season a renewal orders ("for a fifth season",
  "for season 5"); a paragraph telling an aired season gives a renewal no season.
- a tracker's line with a bare season label between the title and the news ("NBC 'Title',
  May 3, 2031. Season 4. Renewed well ahead of its finale."): the news after the label is of that
  season, and a decision there with no time of its own has the line's day.
- a show the article calls new in other words ("X: the channel's newest drama ...", "X, Fox's
  new comedy, ..."): a cancellation of it ends season 1, a renewal is of season 2; a forecast
  ("is certain to be cancelled", "is sure to be renewed") stays a guess.
"""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, facts_of, rows

PUBLISHED = dt.date(2031, 3, 14)


def _facts(text: str, title: str = "") -> set[Row]:
    return rows(facts_of(text, title, PUBLISHED))


# --- "respectively" ----------------------------------------------------------------------------

#: Lists of invented titles (two and three shows).
PAIRS = {
    "two": ("Glass Harbor", "Salt Road"),
    "three": ("Glass Harbor", "Salt Road", "Copper Field"),
}

#: Season lists: (phrase with {seasons}, the numbers in order) by shape and list length.
SEASON_LISTS = {
    "ordinals_digits": {"two": ("14th and 6th", (14, 6)),
                        "three": ("4th, 9th and 2nd", (4, 9, 2))},
    "ordinals_words": {"two": ("third and fifth", (3, 5)),
                       "three": ("fourth, ninth and second", (4, 9, 2))},
}

#: Frames: (sentence with {shows} and {seasons}, kind).
RESPECTIVE_FRAMES = {
    "renewed_active": ("Fox has renewed {shows} for {seasons} seasons respectively, the "
                       "network said on Monday.", "renewed"),
    "renewed_passive_comma": ("{shows} were renewed for {seasons} seasons, respectively.",
                              "renewed"),
    "will_return": ("Both dramas are coming back: {shows} will return for {seasons} seasons, "
                    "respectively.", "renewed"),
    "in_other_news": ("In other news, ABC also renewed {shows} for {seasons} seasons "
                      "respectively.", "renewed"),
}


def _listed(titles: tuple[str, ...]) -> str:
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]


RESPECTIVE_CASES = [
    pytest.param(frame.format(shows=_listed(PAIRS[size]), seasons=lists[size][0]),
                 {(title, number, kind)
                  for title, number in zip(PAIRS[size], lists[size][1], strict=True)},
                 id=f"{frame_name}-{list_name}-{size}")
    for frame_name, (frame, kind) in RESPECTIVE_FRAMES.items()
    for list_name, lists in SEASON_LISTS.items()
    for size in PAIRS
]


@pytest.mark.parametrize(("text", "expected"), RESPECTIVE_CASES)
def test_respectively_pairs_shows_with_seasons(text: str, expected: set[tuple[object, ...]]
                                               ) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Glass Harbor and Salt Road have been renewed for seasons 3 and 5, respectively.",
     {("Glass Harbor", 3, "renewed"), ("Salt Road", 5, "renewed")}),
    ("Fox cancelled Glass Harbor and Salt Road after three and two seasons, respectively.",
     {("Glass Harbor", 3, "cancelled"), ("Salt Road", 2, "cancelled")}),
    ("Glass Harbor and Salt Road were cancelled after four and two seasons respectively, the "
     "network said.", {("Glass Harbor", 4, "cancelled"), ("Salt Road", 2, "cancelled")}),
    ("Fox renewed Glass Harbor and Salt Road for a 14th and a 6th season respectively, and "
     "cancelled Copper Field.", {("Glass Harbor", 14, "renewed"), ("Salt Road", 6, "renewed"),
                                 ("Copper Field", None, "cancelled")}),
], ids=["seasons_n_and_m", "cancelled_after_counts", "cancelled_passive", "with_another_event"])
def test_respectively_other_forms(text: str, expected: set[tuple[object, ...]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one show and two seasons: places are paired, not shows
    ("Netflix has renewed Glass Harbor for a sixth and seventh season, which will be made in "
     "Cork and Galway respectively.",
     {("Glass Harbor", 6, "renewed"), ("Glass Harbor", 7, "renewed")}),
    # actors paired with roles: the season is the show's one
    ("Glass Harbor was renewed for a third season, with Ann Vale and Tom Reed returning as the "
     "captain and the chief, respectively.", {("Glass Harbor", 3, "renewed")}),
    # no "respectively": one renewal for two seasons each
    ("Netflix has renewed Glass Harbor for a third and fourth season.",
     {("Glass Harbor", 3, "renewed"), ("Glass Harbor", 4, "renewed")}),
], ids=["places_paired", "actors_paired", "no_respectively"])
def test_respectively_twins(text: str, expected: set[tuple[object, ...]]) -> None:
    assert _facts(text) == expected


# --- a tracker entry's blurb -------------------------------------------------------------------

#: Lead-ins of a tracker page, before the entries.
TRACKER_LEAD = ("Every network has now made its calls for the coming year, and the list below "
                "sorts the shows by where they stand.\n\n")

#: Status lines: (line with {t}, kind).
STATUS_LINES = {
    "cancelled_colon": ("Cancelled: {t} (NBC)", "cancelled"),
    "canceled_dash": ("Canceled – {t} (Peacock)", "cancelled"),
    "renewed_colon": ("Renewed: {t} (ABC)", "renewed"),
}

#: Blurbs by kind: (paragraph, the season it gives).
BLURBS = {
    "cancelled": {
        "after_words": ("The network has quietly let the legal drama go after two seasons of "
                        "middling ratings.", 2),
        "after_single": ("Viewers never warmed to the remake, and it ends after a single "
                         "season on the air.", 1),
        "lasted": ("The family saga lasted three seasons before the network decided it was "
                   "time to move on.", 3),
    },
    "renewed": {
        "into_ordinal": ("The workplace comedy heads into a fifth season with its whole cast "
                         "signed on again.", 5),
        "for_season_n": ("Good ratings all year long mean the whole cast is signed on for "
                         "season 4 of the procedural.", 4),
    },
}

TRACKER_CASES = [
    pytest.param(TRACKER_LEAD + status.format(t="Glass Harbor") + "\n" + blurb
                 + "\n\nMore decisions are due next month, and the list will be updated.",
                 ("Glass Harbor", season, kind), id=f"{status_name}-{blurb_name}")
    for status_name, (status, kind) in STATUS_LINES.items()
    for blurb_name, (blurb, season) in BLURBS[kind].items()
]


@pytest.mark.parametrize(("text", "expected"), TRACKER_CASES)
def test_a_tracker_entry_takes_its_blurbs_season(text: str, expected: tuple[object, ...]
                                                 ) -> None:
    facts = _facts(text)
    assert expected in facts
    assert ("Glass Harbor", None, expected[2]) not in facts


def test_a_blurb_telling_an_aired_season_gives_a_renewal_none() -> None:
    text = (TRACKER_LEAD + "Renewed: Glass Harbor (ABC)\nThe second season of the procedural "
            "premiered in January and its ratings have held up well since then.")
    assert ("Glass Harbor", 2, "renewed") not in _facts(text)


def test_the_next_entry_is_no_blurb() -> None:
    text = (TRACKER_LEAD + "Cancelled: Glass Harbor (NBC)\nCancelled: Salt Road (Fox) after "
            "two seasons\n\nMore decisions are due next month.")
    assert ("Glass Harbor", 2, "cancelled") not in _facts(text)


# --- a tracker line's bare season label --------------------------------------------------------

ENTRY_LEAD = "Here are the renewals so far this year, with the day each one was made public.\n"
ENTRY_END = "\nMore decisions are expected in the weeks ahead, and the list will grow."

#: Line heads: (head with {t}, the day it gives).
ENTRY_HEADS = {
    "network_quoted_full_date": ("NBC \u201c{t}\u201d, May 3, 2031.", "2031-05-03"),
    "bracket_network": ("[Syfy] \u201c{t}\u201d, April 28, 2031.", "2031-04-28"),
    "dash_last_year": ("CBS \u201c{t}\u201d \u2013 December 2, 2030.", "2030-12-02"),
}

#: Labels: (label, the season).
ENTRY_LABELS = {
    "season_n": ("Season 4.", 4),
    "season_final": ("Season 6 [FINAL].", 6),
}

#: News after the label: (sentence, kind, value or None).
ENTRY_NEWS = {
    "renewal_reference": ("Renewed well ahead of its finale, the drama keeps its cast.",
                          "renewed", None),
    "count_reference": ("The drama gets eight episodes.", "episode_count", 8),
}

ENTRY_CASES = [
    pytest.param(ENTRY_LEAD + f"{head.format(t='Glass Harbor')} {label} {news}" + ENTRY_END,
                 ("Glass Harbor", season, kind, day if kind == "renewed" else value),
                 id=f"{head_name}-{label_name}-{news_name}")
    for head_name, (head, day) in ENTRY_HEADS.items()
    for label_name, (label, season) in ENTRY_LABELS.items()
    for news_name, (news, kind, value) in ENTRY_NEWS.items()
]


def _dated(text: str) -> set[tuple[object, ...]]:
    return {(f.show, f.season, f.kind, f.value if f.kind == "episode_count" else f.date)
            for f in facts_of(text, published=PUBLISHED)}


@pytest.mark.parametrize(("text", "expected"), ENTRY_CASES)
def test_a_tracker_lines_season_label(text: str, expected: tuple[object, ...]) -> None:
    assert expected in _dated(text)


def test_a_season_label_stays_in_its_line() -> None:
    text = (ENTRY_LEAD + "NBC \u201cGlass Harbor\u201d, May 3, 2031. Season 4.\n"
            "Renewed well ahead of its finale, the drama keeps its cast." + ENTRY_END)
    assert not any(season == 4 for _, season, _, _ in _dated(text))


def test_a_sentence_naming_its_own_season_keeps_it() -> None:
    text = (ENTRY_LEAD + "NBC \u201cGlass Harbor\u201d, May 3, 2031. Season 4. The drama's "
            "fifth season is already being written." + ENTRY_END)
    assert not any(season == 4 and kind != "renewed" for _, season, kind, _ in _dated(text))


def test_an_entry_run_into_its_heading_takes_its_run() -> None:
    # a status heading's entries whose title runs into the paragraph ("Title This drama ...")
    text = ("Every show the streamer has let go this year, with what we know about each.\n"
            "Cancelled shows\n"
            "Glass Harbor This legal drama ended after two seasons, having never found the "
            "audience its network hoped for.\n"
            "Salt Road The western was a costly production and the streamer ended it after a "
            "single season on the air.")
    facts = _facts(text)
    assert {("Glass Harbor", 2, "cancelled"), ("Salt Road", 1, "cancelled")} <= facts
    assert not {("Glass Harbor", None, "cancelled"), ("Salt Road", None, "cancelled")} & facts


def test_a_season_given_up_is_no_cancelled_run() -> None:
    # "stopped work on its fourth season": the last season made is not the fourth
    text = ("Every show the streamer has let go this year, with what we know about each.\n"
            "Cancelled shows\n"
            "Glass Harbor This legal drama stopped work on its fourth season in the spring "
            "and the network has now given up on it.")
    assert ("Glass Harbor", 4, "cancelled") not in _facts(text)


# --- a new show's decisions ---------------------------------------------------------------------

#: Ways of calling a show new: (sentence with {t}).
NEW_WORDINGS = {
    "label_colon_newest": ("{t}: the channel's newest drama has drawn small audiences since "
                           "it began."),
    "appositive_network_new": "{t}, Fox's new comedy, drew weak ratings all year long.",
    "is_network_newest": "{t} is Netflix's newest drama, and its ratings have been weak.",
}

#: Decisions with no season: (sentence with {t}, kind, season).
NEW_DECISIONS = {
    "cancelled": ("In the end the network has cancelled {t}.", "cancelled", 1),
    "renewed": ("In the end the network has renewed {t}.", "renewed", 2),
}

NEW_SHOW_CASES = [
    pytest.param(f"{wording.format(t='Glass Harbor')} {decision.format(t='Glass Harbor')}",
                 ("Glass Harbor", season, kind), id=f"{w_name}-{d_name}")
    for w_name, wording in NEW_WORDINGS.items()
    for d_name, (decision, kind, season) in NEW_DECISIONS.items()
]


@pytest.mark.parametrize(("text", "expected"), NEW_SHOW_CASES)
def test_a_new_shows_decision_takes_its_first_season(text: str, expected: tuple[object, ...]
                                                      ) -> None:
    assert expected in _facts(text)


def test_a_new_season_is_no_new_show() -> None:
    text = ("Glass Harbor: the show's new season drew weak ratings. In the end the network has "
            "cancelled Glass Harbor.")
    assert ("Glass Harbor", 1, "cancelled") not in _facts(text)


@pytest.mark.parametrize("text", [
    "Glass Harbor is certain to be cancelled after a weak second season.",
    "Glass Harbor is almost certain to be renewed for a third season.",
    "Glass Harbor is sure to be renewed for a third season.",
    "Glass Harbor is bound to be cancelled after a weak second season.",
], ids=["certain_cancelled", "almost_certain_renewed", "sure_renewed", "bound_cancelled"])
def test_a_forecast_stays_a_guess(text: str) -> None:
    facts = facts_of(text, published=PUBLISHED)
    assert [f.certainty for f in facts] == ["speculative"]
