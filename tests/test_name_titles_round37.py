"""Round 37 (r37names): titles made of calendar words and names, read by structure.

A show's title may be a calendar word ("Weekend", "Labor Day", "Bank Holiday", "New Year"), a
first name ("Martha"), a place ("Lisbon") or a full name ("Maggie Stone"); the look vetoes
take each for a time, a person or a place. Two structures outweigh that look here:

- ``title.keep.quoted_time_word`` (``shows.quoted_time_words``): quotes are a title's own
  mark. ``judge`` keeps a strong month, season or holiday ("Easter season 2"), but vetoed a
  strong "Weekend" or "Labor Day" as a time even when the article quoted it — in a list of
  renewals, a wire story, a trade headline, a UK "axed 'X' after two series". A mention
  written as a time ("this Weekend", "over the Weekend", "on Labor Day") or as a person's
  keeps the veto.
- ``title.keep.aside_led`` (``shows.aside_evidence``): an appositive calling the name a work
  people lead or make ("(case in point: Martha, the Jane Doe-led modern take on an old myth
  that was just axed ...)", "witness Lisbon, the Tom Vey-hosted oddity Tovrel has axed"),
  where its head is no kind of show that round 30's ``title.keep.aside_kind`` reads.
- ``title.keep.show_position`` widened (``patterns.SHOW_POSITION_BEFORE_RE``): a work made of
  the named one, "killed off the reboot of X", "pulled the plug on the reboot of X".
- ``title.keep.shared_decision`` (``shows.shared_decision_evidence``): a name paired with a
  title the article keeps, the pair one subject of a decision ("Martha and Salt Road have
  been renewed", "The Dakota and Lisbon, both seen on Kestrel, have been axed", "Martha &
  Salt Road got the chop"). A full name needs a decision's own verb ("renewed", "axed"),
  not "got the chop" or "the green light", and no cast's words around it.

Controls (pass on the base and the branch): the same shapes where the word IS a time, a
person or a place. All titles, networks and people are invented.
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of

from monitor.extract.shows import normalise_title

#: A second mention that tells nothing of a show or a person (``drop.unevidenced_title``).
AGAIN = " Fans of {t} have waited a long time."

#: Calendar words a show may be named for (quoted in every frame below).
TIME_SHAPES = {
    "weekend": "Weekend",
    "labor_day": "Labor Day",
    "bank_holiday": "Bank Holiday",
    "new_year": "New Year",
}

#: (frame id, headline, body, kind): {t} is the title, quoted as other sites quote it.
QUOTED_FRAMES = [
    ("renewed_list", "Kestrel news",
     "Series already renewed by Kestrel include “Salt Road,” “{t}” and “Lantern House.”",
     "renewed"),
    ("they_are_apposition", "Kestrel news",
     'They are "{t}," a sitcom about two sisters, and "Salt Road," a drama about a ferry. '
     "Kestrel cancelled both on Monday.", "cancelled"),
    ("uk_axed_series", "Tovrel news",
     "Tovrel has axed ‘{t}’ after two series, the broadcaster confirmed.", "cancelled"),
    ("wire_canceled", "Kestrel news",
     'NEW YORK (AP) — Kestrel said Tuesday it canceled the sitcom "{t}" after one season.',
     "cancelled"),
    ("headline_sentence_case", "Kestrel renews '{t}' for a third season",
     "The comedy will return in 2027.", "renewed"),
    ("headline_title_case", "Kestrel Renews '{t}' For Season 3",
     "The comedy will return in 2027.", "renewed"),
]

QUOTED_GRID = [pytest.param(head, body + AGAIN, shape, kind, id=f"{frame}-{shape}")
               for frame, head, body, kind in QUOTED_FRAMES for shape in TIME_SHAPES]

#: Names of people and places a show may be named for.
NAME_SHAPES = {
    "first_name": "Martha",
    "place": "Lisbon",
    "person": "Maggie Stone",
    "county": "Harlan County",
}

#: (frame id, headline, body, kind, full names too): a pair one subject of a decision.
SHARED_FRAMES = [
    ("both_aside_axed", "Kestrel news",
     "The Dakota and {t}, both seen on Kestrel, have been axed.", "cancelled", True),
    ("renewed_no_season", "Kestrel news",
     "{t} and Salt Road have been renewed, Kestrel said.", "renewed", True),
    ("infamously_cancelled", "Kestrel news",
     "{t} and The Dakota were infamously cancelled because their ratings were poor.",
     "cancelled", True),
    ("uk_got_the_chop", "Tovrel news",
     "{t} & Salt Road got the chop at Tovrel this week.", "cancelled", False),
    ("given_green_light", "Kestrel news",
     "Salt Road and {t} were given the green light by Kestrel on Monday.", "renewed", False),
]

SHARED_GRID = [pytest.param(head, body + AGAIN, shape, kind, id=f"{frame}-{shape}")
               for frame, head, body, kind, full in SHARED_FRAMES for shape in NAME_SHAPES
               if full or shape in ("first_name", "place")]


#: (frame id, headline, body, kind): an appositive calling the name a work people lead or make.
LED_FRAMES = [
    ("case_in_point_take", "Kestrel news",
     "Few new dramas get a second season (case in point: {t}, the Jane Doe-led modern take "
     "on an old myth that was just axed after a single season).", "cancelled"),
    ("witness_hosted_oddity", "Tovrel news",
     "Not every panel show lasts: witness {t}, the Tom Vey-hosted oddity Tovrel has axed "
     "after two series.", "cancelled"),
]

#: (frame id, headline, body, kind): a work made of the named one ("the reboot of X").
WORK_OF_FRAMES = [
    ("killed_off_the_reboot_of", "Kestrel news",
     "The cull also killed off the reboot of {t} (seen on Kestrel) after five seasons.",
     "cancelled"),
    ("plug_on_the_reboot_of", "Kestrel news",
     "Kestrel has pulled the plug on the reboot of {t} after two seasons.", "cancelled"),
]

LED_GRID = [pytest.param(head, body, shape, kind, id=f"{frame}-{shape}")
            for frame, head, body, kind in LED_FRAMES for shape in NAME_SHAPES] + [
    pytest.param(head, body + AGAIN, shape, kind, id=f"{frame}-{shape}")
    for frame, head, body, kind in WORK_OF_FRAMES for shape in NAME_SHAPES]


def _found(body: str, headline: str) -> set[tuple[str, str]]:
    return {(normalise_title(f.show), f.kind) for f in facts_of(body, headline)}


@pytest.mark.parametrize(("headline", "body", "shape", "kind"), QUOTED_GRID)
def test_quoted_time_word_is_a_title(headline: str, body: str, shape: str, kind: str) -> None:
    title = TIME_SHAPES[shape]
    found = _found(body.format(t=title), headline.format(t=title))
    assert (normalise_title(title), kind) in found, found


@pytest.mark.parametrize(("headline", "body", "shape", "kind"), SHARED_GRID)
def test_name_sharing_a_decision_is_a_title(headline: str, body: str, shape: str,
                                            kind: str) -> None:
    title = NAME_SHAPES[shape]
    found = _found(body.format(t=title), headline.format(t=title))
    assert (normalise_title(title), kind) in found, found


@pytest.mark.parametrize(("headline", "body", "shape", "kind"), LED_GRID)
def test_name_a_work_is_made_of_is_a_title(headline: str, body: str, shape: str,
                                        kind: str) -> None:
    title = NAME_SHAPES[shape]
    found = _found(body.format(t=title), headline.format(t=title))
    assert (normalise_title(title), kind) in found, found


#: Near misses (pass on both): the word written as a time, a person or a place; no fact on it.
CONTROLS = [
    pytest.param("Kestrel news", "Kestrel renewed “Salt Road” over the “Weekend” after its "
                 "ratings rose.", "Weekend", id="quoted_time_after_over_the"),
    pytest.param("Kestrel news", "Kestrel renewed “Salt Road” this Weekend, and “Weekend” "
                 "viewing is up.", "Weekend", id="quoted_and_this_weekend"),
    pytest.param("Kestrel news", "“Salt Road” returns on Labor Day, Kestrel said, and "
                 "“Labor Day” specials are planned.", "Labor Day", id="on_labor_day"),
    pytest.param("Kestrel news", "Kestrel renewed Salt Road over the Bank Holiday weekend.",
                 "Bank Holiday", id="unquoted_bank_holiday"),
    pytest.param("Kestrel news", "Salt Road and Maggie Stone said goodbye to the cast, and "
                 "Kestrel has renewed Salt Road.", "Maggie Stone", id="pair_no_decision"),
    pytest.param("Kestrel news", "Salt Road and Maggie Stone got the chop: the drama and its "
                 "star are gone from Kestrel.", "Maggie Stone", id="full_name_got_the_chop"),
    pytest.param("Kestrel news", "Salt Road and Maggie Stone, who plays the mayor, were "
                 "renewed for a third season.", "Maggie Stone", id="pair_person_who_plays"),
    pytest.param("Kestrel news", "With Martha and Salt Road, both on Kestrel, were cancelled "
                 "this week.", "Martha", id="with_before_name"),
    pytest.param("Kestrel news", "Salt Road was axed after one season, its star Maggie "
                 "Stone, the Oscar-winning actress, said on Monday.", "Maggie Stone",
                 id="person_aside_winning"),
    pytest.param("Kestrel news", "Kestrel axed Salt Road after one season. Maggie Stone, the "
                 "Tovrel-trained actress who led it, said she was sad.", "Maggie Stone",
                 id="person_aside_trained"),
    pytest.param("Kestrel news", "Kestrel cancelled Salt Road, the remake of Maggie Stone's "
                 "old film, after two seasons.", "Maggie Stone", id="remake_of_persons_film"),
    pytest.param("Kestrel news", "Salt Road, filmed during the revival of Lisbon's old port, "
                 "has been cancelled after two seasons.", "Lisbon", id="revival_of_a_place"),
    pytest.param("Kestrel news", "Kestrel said Salt Road and Lisbon Studios were renewed "
                 "through 2027.", "Lisbon", id="pair_with_studio"),
]


@pytest.mark.parametrize(("headline", "body", "name"), CONTROLS)
def test_time_person_or_place_stays_one(headline: str, body: str, name: str) -> None:
    facts = facts_of(body, headline)
    assert all(normalise_title(f.show) != normalise_title(name) for f in facts), facts


#: The rules show in ``--explain``.
@pytest.mark.parametrize(("body", "rule"), [
    pytest.param("Kestrel has renewed “Weekend” for a third season." + AGAIN.format(
        t="Weekend"), "title.keep.quoted_time_word", id="quoted_time_word"),
    pytest.param("Few dramas last (case in point: Martha, the Jane Doe-led take on an old "
                 "myth that was axed after one season).", "title.keep.aside_led",
                 id="aside_led"),
    pytest.param("Martha and Salt Road have been renewed, Kestrel said." + AGAIN.format(
        t="Martha"), "title.keep.shared_decision", id="shared_decision"),
])
def test_explain_names_the_rule(body: str, rule: str) -> None:
    assert rule in explained(body)
