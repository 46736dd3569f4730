"""Round 4 of the facts side (issue 10): guards against false facts on unseen text, seasons,
cancellations. Sentences of our own about invented shows."""

from __future__ import annotations

import datetime as dt

from articles import facts_of, rows

# --- triggers whose subject is no show or no shoot -------------------------------------------


def test_kept_under_wraps_is_secrecy_not_a_wrap() -> None:
    facts = facts_of("Glass Harbor season 3 is coming to Hulu. The premiere date is being kept "
                     "under wraps for now.")
    assert not [f for f in facts if f.kind == "filming_wrapped"]


def test_an_incident_on_set_is_no_shoot() -> None:
    facts = facts_of("Glass Harbor was cancelled after one season. Two crew members sued the "
                     "studio over alleged harassment on set.")
    assert not [f for f in facts if f.kind == "filming_started"]
    assert ("Glass Harbor", 1, "cancelled") in rows(facts)


def test_actors_returning_to_their_roles_is_no_renewal() -> None:
    facts = facts_of("Glass Harbor season 2 began filming in Leeds. Jane Doe and Tom Hale will "
                     "return in their lead roles.")
    assert not [f for f in facts if f.kind == "renewed"]
    facts = facts_of("Glass Harbor season 2 began filming in Leeds. Other cast members who will "
                     "return from previous seasons include Jane Doe.")
    assert not [f for f in facts if f.kind == "renewed"]


def test_the_show_returning_is_still_a_renewal() -> None:
    facts = facts_of("Glass Harbor will return for a third season, Hulu said.")
    assert ("Glass Harbor", 3, "renewed") in rows(facts)


# --- cancellations: the day a round-up's decisions were made -----------------------------------


def test_a_weekday_slot_is_no_date() -> None:
    published = dt.date(2024, 5, 15)  # a Wednesday
    facts = facts_of("Renewals and cancellations: ABC cancelled Glass Harbor. CBS cancelled Salt "
                     "Road, shortly after moving it to a Saturday night slot.", published=published)
    dates = {f.show: f.date for f in facts if f.kind == "cancelled"}
    assert dates == {"Glass Harbor": "2024-05", "Salt Road": "2024-05"}
    facts = facts_of("NBC gave Glass Harbor a Tuesday-night launch.", published=published)
    assert not [f for f in facts if f.date == "2024-05-14"]


def test_a_weekday_with_its_event_is_still_a_date() -> None:
    facts = facts_of("ABC cancelled Glass Harbor on Monday.", published=dt.date(2024, 5, 15))
    assert [f.date for f in facts if f.kind == "cancelled"] == ["2024-05-13"]


# --- seasons stated elsewhere ------------------------------------------------------------------


def test_a_cancellation_takes_the_run_the_article_gives_elsewhere() -> None:
    facts = facts_of("ABC cancelled Glass Harbor and Salt Road on Tuesday. Glass Harbor ran for "
                     "three seasons, while Salt Road ends after a single season.",
                     headline="Glass Harbor, Salt Road cancelled at ABC")
    cancelled = {f.show: f.season for f in facts if f.kind == "cancelled"}
    assert cancelled == {"Glass Harbor": 3, "Salt Road": 1}


def test_two_different_runs_give_no_season() -> None:
    facts = facts_of("ABC cancelled Glass Harbor. Glass Harbor ran for three seasons on cable. "
                     "Later, Glass Harbor ran for two seasons on ABC.")
    assert {f.season for f in facts if f.kind == "cancelled"} == {None}


def test_a_renewal_refused_with_to_not_is_a_cancellation_of_the_season_before() -> None:
    facts = facts_of("Fox has opted to not renew Glass Harbor for a season 4.")
    assert ("Glass Harbor", 3, "cancelled") in rows(facts)


# --- time lines: steps a user is alerted about -------------------------------------------------


def test_a_headline_premiere_date_takes_the_leads_day() -> None:
    facts = facts_of("Glass Harbor clocks in for Season 3 on Sunday, Jan. 13, 2030 — two "
                     "years after its last finale.",
                     headline="Glass Harbor Season 3 Premiere Date Set",
                     published=dt.date(2029, 10, 11))
    assert [(f.season, f.date) for f in facts if f.kind == "premiere"] == [(3, "2030-01-13")]


def test_a_headline_premiere_date_never_takes_a_past_day() -> None:
    facts = facts_of("On Oct. 1, 2029, HBO said more news would come soon.",
                     headline="Glass Harbor Season 3 Premiere Date Set",
                     published=dt.date(2029, 10, 11))
    assert not [f for f in facts if f.kind == "premiere"]


def test_a_shoot_finishes_in_every_tense() -> None:
    facts = facts_of("Glass Harbor Season 2 officially finishes filming in Leeds.")
    assert ("Glass Harbor", 2, "filming_wrapped") in rows(facts)
    facts = facts_of("Glass Harbor season 2 drew well. According to its director, filming on "
                     "Season 3 is officially complete.")
    assert ("Glass Harbor", 3, "filming_wrapped") in rows(facts)


def test_film_the_verb_and_a_film_office_make_no_film_article() -> None:
    facts = facts_of("The third installment of the crime anthology \"Glass Harbor\" will be filmed "
                     "in Arkansas. \"We're thrilled the network chose to film the series here,\" "
                     "said the governor, thanking the Arkansas Film Commission. The production, "
                     "scheduled to start in early 2030, will bring work to the state.",
                     headline="'Glass Harbor' Will Film Third Season In Arkansas")
    assert ("Glass Harbor", 3, "filming_started") in rows(facts)


def test_a_limited_series_renewed_for_more_seasons_has_had_one() -> None:
    facts = facts_of("FX's epic Glass Harbor has been renewed for two more seasons. The 10-episode "
                     "limited series was a hit.")
    assert {f.season for f in facts if f.kind == "renewed"} == {2, 3}


def test_pre_production_before_a_shoot_does_not_swallow_it() -> None:
    facts = facts_of("Glass Harbor season 2 wrapped in May. After a year of scripting and "
                     "pre-production work, filming at last began in April 2024 in Leeds.")
    assert [f.date for f in facts if f.kind == "filming_started"] == ["2024-04"]


def test_a_return_dated_by_its_premiere_is_the_premiere_only() -> None:
    facts = facts_of("CBS said Glass Harbor will return on Aug. 24 with its Season 2 "
                     "premiere.", published=dt.date(2024, 8, 5))
    assert rows(facts) == {("Glass Harbor", 2, "premiere")}


def test_a_renewal_with_its_premiere_date_is_both() -> None:
    facts = facts_of("CBS has renewed Glass Harbor for a second season, which premieres on "
                     "Aug. 24.", published=dt.date(2024, 8, 5))
    assert {("Glass Harbor", 2, "renewed"), ("Glass Harbor", 2, "premiere")} <= rows(facts)


# --- hard-wrapped text --------------------------------------------------------------------------


def test_hard_wrapped_lines_are_one_sentence() -> None:
    text = ("Fox has renewed Glass Harbor for a fifth and last season, the\n\n"
            "network said on Thursday, settling what would become of the\n\n"
            "on-the-fence drama.")
    facts = facts_of(text, headline="Fox Renews Glass Harbor", published=dt.date(2024, 5, 16))
    assert [(f.season, f.date) for f in facts if f.kind == "renewed"] == [(5, "2024-05-16")]


def test_a_headline_line_and_its_byline_stay_apart() -> None:
    text = ("Is Your Favorite Show Already Cancelled? Get the Scoop\n\nby Jane Doe | May 2\n\n"
            "Nothing was decided this week.")
    facts = facts_of(text)
    assert not [f for f in facts if "Favorite" in f.show]


def test_a_show_governed_past_its_clause_keeps_its_own_season() -> None:
    facts = facts_of("CBC today announced the renewal of Glass Harbor and Salt Road for their "
                     "third seasons, and long-running sketch series Tin Roof for its 31st season.")
    seasons = {f.show: f.season for f in facts if f.kind == "renewed"}
    assert seasons == {"Glass Harbor": 3, "Salt Road": 3, "Tin Roof": 31}


def test_this_years_series_is_a_new_show() -> None:
    facts = facts_of("On Monday NBC renewed this year's breakout series Glass Harbor.")
    assert {f.show: f.season for f in facts if f.kind == "renewed"} == {"Glass Harbor": 2}
    facts = facts_of("On Monday NBC renewed the long-running series Glass Harbor.")
    assert {f.show: f.season for f in facts if f.kind == "renewed"} == {"Glass Harbor": None}
