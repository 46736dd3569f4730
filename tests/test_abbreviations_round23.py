"""A title, a rank or a place shortened with a full stop ends no sentence (round 23,
r23health): "Mt.", "Gen.", "Sgt." and their kin join "St.", "Dr." and "Ft." in
``patterns.split_sentences``' abbreviations. Before, "... began filming near Mt. Kerrow in
March." was two sentences, and the shoot lost the month told after the name. Invented names."""

from __future__ import annotations

import pytest
from articles import dated_rows, facts_of

from monitor.extract.patterns import split_sentences

SHOWS = ["Glass Harbor", "Nightjar"]
#: Places and people named with a shortened title or rank before the date.
NAMES = ["Mt. Kerrow", "Gen. Ada Holt's estate", "Sgt. Ray Moss Park", "Capt. Ida Roe Hall",
         "Prof. Lenn Ward's farm", "Col. Brant Field", "Lt. Omar Vey's house", "Rev. Tam Oro Hall"]
#: (body, kind, date) for an article published on 2024-05-10.
FRAMES = [
    ("{show} began filming its second season near {name} in March.", "filming_started",
     "2024-03"),
    ("{show} will start shooting season 2 at {name} in September.", "filming_started",
     "2024-09"),
    ("Season 2 of {show} wrapped filming at {name} last month.", "filming_wrapped", "2024-04"),
]


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(("frame", "kind", "date"), FRAMES)
def test_the_date_after_a_shortened_title_is_the_events(show: str, name: str, frame: str,
                                                        kind: str, date: str) -> None:
    facts = dated_rows(facts_of(frame.format(show=show, name=name), "TV news"))
    assert (show, 2, kind, date) in facts, facts


@pytest.mark.parametrize("text", [
    "Filming moved to Mt. Kerrow and Ft. Vellan. It wraps in May.",
    "Gen. Ada Holt and Sgt. Ray Moss return. Nightjar does not.",
    "Maj. Lio Fenn, Adm. Rhea Sol and Cmdr. Ott Vale star. Filming begins in May.",
])
def test_a_shortened_title_stays_inside_its_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


# --- controls: the same on main -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The cast met the general. Nightjar returns in May.",
    "The shoot moved to the mountain. Filming begins in May.",
    "Glass Harbor wrapped in St. Ives. Nightjar premieres on Dec. 4.",
])
def test_control_a_sentence_still_ends_at_a_plain_word(text: str) -> None:
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("show", SHOWS)
def test_control_the_next_sentences_date_stays_its_own(show: str) -> None:
    body = f"{show} began filming its second season near Kerrow Hill. Tin Roof premieres in March."
    facts = dated_rows(facts_of(body, "TV news"))
    assert not any(f[0] == show and f[3] == "2024-03" for f in facts), facts
