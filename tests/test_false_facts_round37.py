"""Round 37 (r37false): false facts on a show the sentence names, when the status word is
another thing's.

Round 37's census of the false facts by the rule that made them (MEASUREMENTS, "Round 37,
false facts …") found most of them given by ``target.nearest_mention`` to a show the
sentence names while its status word acts on something else. Two general shapes of that,
each a named drop:

1. ``drop.unnamed_other_show``: the trigger's subject or object is a show the sentence
   describes without naming it, as someone else's ("Glass Harbor star Ann Lee's new comedy
   has been cancelled", "saw her next drama axed", "whose Tovrel sitcom was axed") or as
   another one ("cancelled its other freshman drama", "The streamer's other Friday comedy
   has been renewed"): no fact for the named show.
2. ``drop.show_event_called_off``: a cancellation whose subject or object is one of the
   show's events, its premiere as an event or a press day ("The red-carpet premiere of X
   was cancelled", "scrapped the X press day"): the event is off, not the show.

Passages in trade, wire, British-press, fan-site and interview styles; new cells fail on
df637d6 (a false fact), controls hold the same shapes with a true fact and pass on both. All
titles, networks and people are invented.
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of, rows

Row = tuple[str, int | None, str]

#: (id, body, headline, the rows expected). Each fails on df637d6 with a false fact.
NEW: list[tuple[str, str, str, set[Row]]] = [
    ("trade-star_new_comedy_cancelled",
     "Glass Harbor returns to Kestrel for a fourth season on March 4. Glass Harbor star Ann "
     "Lee's new comedy has been cancelled by Tovrel after one season.", "TV news",
     {("Glass Harbor", 4, "premiere")}),
    ("interview-creator_saw_next_drama_axed",
     "Glass Harbor returns to Kestrel for a fourth season on March 4. Ann Lee, who created "
     "Glass Harbor, saw her next drama axed by Tovrel in May.", "TV news",
     {("Glass Harbor", 4, "premiere")}),
    ("trade-axed_star_new_comedy_object",
     "Tovrel has axed Glass Harbor star Ann Lee's new comedy after one season.", "TV news",
     set()),
    ("wire-renewed_but_canceled_its_other",
     "Kestrel renewed Glass Harbor for a third season on Tuesday but canceled its other "
     "freshman drama after eight episodes.", "TV news", {("Glass Harbor", 3, "renewed")}),
    ("trade-headline_cancels_its_other_drama",
     "Kestrel has made its decisions for the autumn.",
     "Kestrel Renews Glass Harbor, Cancels Its Other Freshman Drama",
     {("Glass Harbor", 2, "renewed")}),
    ("uk-whose_sitcom_axed",
     "Glass Harbor returns to Kestrel for a fourth series on 4 March. Ann Lee, whose Tovrel "
     "sitcom was axed last spring, has joined the cast of Glass Harbor.", "TV news",
     {("Glass Harbor", 4, "premiere")}),
    ("uk-favourite_new_sitcom_axed_after_one_series",
     "Glass Harbor returns to Kestrel for a fourth series on 4 March. Glass Harbor favourite "
     "Ann Lee's new sitcom has been axed by the BBC after just one series.", "TV news",
     {("Glass Harbor", 4, "premiere")}),
    ("trade-streamer_other_comedy_renewed",
     "Tovrel has cancelled Glass Harbor after two seasons. The streamer's other Friday comedy "
     "has been renewed for a third season.", "TV news", {("Glass Harbor", 2, "cancelled")}),
    ("fan-alum_new_show_premieres",
     "Glass Harbor alum Ann Lee's new show premieres on Tovrel on May 2.", "TV news", set()),
    ("interview-creator_next_drama_filming",
     "Glass Harbor wrapped its final season in 2024. Glass Harbor creator Ann Lee's next "
     "drama began filming in Belfast this week.", "TV news", set()),
    # drop.show_event_called_off
    ("wire-red_carpet_premiere_cancelled",
     "Glass Harbor returns to Kestrel for a fourth season on March 4. The red-carpet premiere "
     "of Lantern House was cancelled amid the protests.", "TV news",
     {("Glass Harbor", 4, "premiere")}),
    ("trade-named_premiere_cancelled_strike",
     "Glass Harbor returns to Kestrel for a fourth season on March 4. The Lantern House "
     "premiere was cancelled because of the strike.", "TV news",
     {("Glass Harbor", 4, "premiere")}),
    ("uk-premiere_cancelled_straight_to_streaming",
     "Lantern House's premiere has been cancelled, with the drama dropping straight onto "
     "Kestrel Player instead.", "TV news", set()),
    ("press-scrapped_press_day",
     "Glass Harbor returns to Kestrel for a fourth season on March 4. Kestrel scrapped the "
     "Lantern House press day after the cast joined the strike.", "TV news",
     {("Glass Harbor", 4, "premiere")}),
]

#: The same shapes holding a true fact, or a near miss that must keep its reading: pass on
#: df637d6 and on the branch.
CONTROLS: list[tuple[str, str, str, set[Row]]] = [
    ("owner_new_comedy_named_after",
     "Ann Lee's new comedy Glass Harbor has been cancelled by Tovrel after one season.",
     "TV news", {("Glass Harbor", 1, "cancelled")}),
    ("axed_owner_new_comedy_named_after",
     "Tovrel has axed Ann Lee's new comedy Glass Harbor after one season.", "TV news",
     {("Glass Harbor", 1, "cancelled")}),
    ("its_other_drama_named_in_apposition",
     "Kestrel has cancelled its other Thursday drama, Glass Harbor, after one season.",
     "TV news", {("Glass Harbor", 1, "cancelled")}),
    ("another_drama_of_its_own_named",
     "Kestrel also cancelled another drama of its own, Glass Harbor, after two seasons.",
     "TV news", {("Glass Harbor", 2, "cancelled")}),
    ("another_sitcom_of_theirs_named",
     "Tovrel also cancelled another animated sitcom of theirs, Lantern House, after two "
     "seasons.", "TV news", {("Lantern House", 2, "cancelled")}),
    ("owner_named_show",
     "Ann Lee's Glass Harbor has been renewed for a second season by Kestrel.", "TV news",
     {("Glass Harbor", 2, "renewed")}),
    ("uk_another_series_is_a_season",
     "Glass Harbor has been recommissioned by the BBC for another series.", "TV news",
     {("Glass Harbor", None, "renewed")}),
    ("uk_its_new_series_is_the_show",
     "Glass Harbor has been renewed for a third series, and its new series will premiere in "
     "March.", "TV news", {("Glass Harbor", 3, "renewed"), ("Glass Harbor", 3, "premiere")}),
    ("her_new_comedy_as_reference",
     "Ann Lee stars in Glass Harbor, a comedy for Kestrel. Her new comedy has been renewed for "
     "a second season.", "TV news", {("Glass Harbor", 2, "renewed")}),
    ("another_drama_in_other_sentence",
     "Kestrel has renewed Glass Harbor for a second season. The network also cancelled "
     "another Thursday drama after one season.", "TV news", {("Glass Harbor", 2, "renewed")}),
    ("cancelled_before_its_premiere",
     "Kestrel has cancelled Lantern House weeks before its premiere.", "TV news",
     {("Lantern House", None, "cancelled")}),
    ("axed_ahead_of_planned_premiere",
     "Kestrel has axed Lantern House ahead of its planned premiere.", "TV news",
     {("Lantern House", None, "cancelled")}),
    ("cancelled_days_after_premiere",
     "Kestrel cancelled Lantern House just days after its premiere.", "TV news",
     {("Lantern House", None, "cancelled")}),
    ("whose_premiere_drew_viewers",
     "Kestrel has cancelled Lantern House, the drama whose premiere drew 2 million viewers.",
     "TV news", {("Lantern House", None, "cancelled")}),
    ("world_premiere_at_festival_cancelled",
     "Glass Harbor returns to Kestrel for a fourth season on March 4. The world premiere of "
     "Lantern House at the Tovrel Festival has been cancelled.", "TV news",
     {("Glass Harbor", 4, "premiere")}),
    ("spin_off_named_after_modifier",
     "Kestrel has cancelled the Lantern House spin-off Glass Harbor after one season.",
     "TV news", {("Glass Harbor", 1, "cancelled")}),
]


#: Cells the branch does not read: "The streamer's other Friday comedy has been renewed" in a
#: sentence naming no show is ``drop.other_show_referred``'s to read, and it gives the
#: previous sentence's show the renewal (on df637d6 too).
LEFT = frozenset({"trade-streamer_other_comedy_renewed"})


@pytest.mark.parametrize(("body", "headline", "expected"), [
    pytest.param(b, h, e, id=i, marks=pytest.mark.xfail(strict=True, reason="left"))
    if i in LEFT else pytest.param(b, h, e, id=i) for i, b, h, e in NEW])
def test_no_fact_for_the_named_show(body: str, headline: str, expected: set[Row]) -> None:
    assert rows(facts_of(body, headline)) == expected


@pytest.mark.parametrize(("body", "headline", "expected"),
                         [pytest.param(b, h, e, id=i) for i, b, h, e in CONTROLS])
def test_control_keeps_its_fact(body: str, headline: str, expected: set[Row]) -> None:
    assert rows(facts_of(body, headline)) == expected


@pytest.mark.parametrize(("body", "rule"), [
    pytest.param("Glass Harbor returns in March. Glass Harbor star Dana Holt's new comedy has "
                 "been cancelled by Tovrel.", "drop.unnamed_other_show", id="unnamed_other"),
    pytest.param("Glass Harbor returns in March. The red-carpet premiere of Lantern House was "
                 "cancelled amid the protests.", "drop.show_event_called_off",
                 id="event_called_off"),
])
def test_explain_names_the_drop(body: str, rule: str) -> None:
    assert rule in explained(body, "TV news")
