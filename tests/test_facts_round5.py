"""Round 5 of the facts side (issue 10): seasons, premieres and guards found on fold 4's
shapes. Sentences of our own about invented shows."""

from __future__ import annotations

from articles import facts_of, rows

# --- a past premiere in an article about the next season -------------------------------------


def test_a_past_premiere_in_a_renewal_article_is_the_season_before() -> None:
    facts = facts_of("Glass Harbor has been renewed for a second season. Glass Harbor "
                     "launched on Hulu in March to strong reviews.",
                     headline="Glass Harbor renewed for season 2")
    premieres = [(f.season, f.date) for f in facts if f.kind == "premiere"]
    assert premieres == [(1, "2024-03")]
    assert ("Glass Harbor", 2, "renewed") in rows(facts)


def test_a_past_premiere_in_a_filming_article_is_the_season_before() -> None:
    facts = facts_of("Filming on the third season of Salt Road has begun in Leeds. The show, "
                     "which follows two sisters, premiered last November.",
                     headline="Salt Road season 3 starts filming")
    assert [(f.season, f.date) for f in facts if f.kind == "premiere"] == [(2, "2023-11")]


def test_a_renewal_told_in_the_body_makes_an_earlier_premiere_the_season_before() -> None:
    # the headline states no status; the lead renews the main season in May (dated)
    facts = facts_of("ABC renewed Glass Harbor for a second season on Monday. The drama was a hit "
                     "when it premiered in February.",
                     headline="Glass Harbor: everything we know about season 2")
    assert [(f.season, f.date) for f in facts if f.kind == "premiere"] == [(1, "2024-02")]
    # a revival renewed without a date keeps the season its premiere is told of
    facts = facts_of("Tin Roof was picked up for a fourth season by Pop. The fourth season "
                     "premiered in March.", headline="Tin Roof: everything we know")
    assert [(f.season, f.date) for f in facts if f.kind == "premiere"] == [(4, "2024-03")]


def test_the_main_seasons_own_premiere_keeps_its_season() -> None:
    # the headline is about the premiere, not a renewal: the season that aired is the main one
    facts = facts_of("Tin Roof season 2 premiered last month on ABC. The show drew strong "
                     "ratings.", headline="Tin Roof season 2 review")
    assert [(f.season, f.date) for f in facts if f.kind == "premiere"] == [(2, "2024-04")]
    # an upcoming premiere in a renewal article stays the main season's
    facts = facts_of("Tin Roof has been renewed for a third season. The show returns in "
                     "September.", headline="Tin Roof renewed for season 3")
    assert [(f.season, f.date) for f in facts if f.kind == "premiere"] == [(3, "2024-09")]


# --- seasons counted after the current one --------------------------------------------------


def test_commissioned_for_two_more_series_renews_the_next_two() -> None:
    facts = facts_of("The second series of Glass Harbor arrives on BBC One in June. The thriller "
                     "has lately been commissioned for two further series.",
                     headline="Glass Harbor: BBC sets a date for series 2")
    renewed = sorted(f.season for f in facts if f.kind == "renewed" and f.season)
    assert renewed == [3, 4]
    facts = facts_of("Salt Road season 3 was a hit. Netflix has ordered the show for three "
                     "additional seasons.", headline="Salt Road season 3 ratings")
    assert sorted(f.season for f in facts if f.kind == "renewed" and f.season) == [4, 5, 6]


# --- a season phrase that names another event -------------------------------------------------


def test_a_renewal_after_a_season_aired_is_of_the_next_season() -> None:
    for text in ("Netflix renewed Glass Harbor on Monday. The renewal comes three months "
                 "after season 2 launched to huge numbers.",
                 "Netflix renewed Glass Harbor on Monday, weeks after the second season "
                 "premiered.",
                 "Netflix renewed Glass Harbor on Monday, following the season 2 finale."):
        facts = facts_of(text, headline="Glass Harbor renewed at Netflix")
        assert sorted(f.season for f in facts if f.kind == "renewed") == [3], text
    # the season the renewal names itself stays
    facts = facts_of("Netflix renewed Glass Harbor for a fourth season after season 2 "
                     "premiered.", headline="Glass Harbor renewed at Netflix")
    assert sorted(f.season for f in facts if f.kind == "renewed") == [4]


# --- a whole season released at once ---------------------------------------------------------


def test_all_episodes_released_at_once_are_the_seasons_premiere() -> None:
    for text, date in (
            ("All eight new episodes of Glass Harbor season 2 dropped on Netflix on "
             "April 3.", "2024-04-03"),
            ("All 10 episodes of Glass Harbor season 2 will be available to stream on "
             "June 20.", "2024-06-20"),
            ("The entire season of Glass Harbor season 2 drops on Hulu on June 7.",
             "2024-06-07")):
        facts = facts_of(text)
        assert [(f.season, f.date) for f in facts if f.kind == "premiere"] == [(2, date)], text
    # one new episode is no season's premiere
    facts = facts_of("A new episode of Glass Harbor season 2 will be available to stream on "
                     "June 20.")
    assert not [f for f in facts if f.kind == "premiere"]


# --- a season told by its ordinal alone -------------------------------------------------------


def test_renewed_for_a_second_shortly_after_is_the_second_season() -> None:
    for text in ("The first season of Glass Harbor aired in 2019 and the show was renewed "
                 "for a second shortly after.",
                 "Glass Harbor season 1 was a hit, and ABC renewed it for a second in May.",
                 "The first series of Glass Harbor drew well, and it was renewed for a third."):
        facts = facts_of(text)
        want = 3 if "a third" in text else 2
        assert [f.season for f in facts if f.kind == "renewed"] == [want], text
    # "a second time" is no season, "a fifth, and final, season" is the fifth
    facts = facts_of("Glass Harbor season 3 was renewed for a second time.")
    assert 2 not in [f.season for f in facts if f.kind == "renewed"]
    facts = facts_of("Glass Harbor has been renewed for a fifth, and final, season.")
    assert [f.season for f in facts if f.kind == "renewed"] == [5]


# --- a renewal hoped for, a commitment to doing something -------------------------------------


def test_a_renewal_hoped_or_fought_for_is_no_renewal() -> None:
    for text in ("Netflix cancelled Glass Harbor after two seasons, despite the fans' "
                 "campaign for a renewal.",
                 "Netflix cancelled Glass Harbor after two seasons; the loss hit hard after "
                 "months of fans boosting the show's odds of renewal.",
                 "Netflix cancelled Glass Harbor after two seasons, after a passionate push by "
                 "fans to score a renewal."):
        facts = facts_of(text)
        assert [f.kind for f in facts] == ["cancelled"], text


def test_committed_to_doing_something_is_no_renewal() -> None:
    facts = facts_of("The third season of Glass Harbor premiered on Monday, and it is every bit "
                     "as committed to dreaming up the same warmth.")
    assert not [f for f in facts if f.kind == "renewed"]
    # committed to a show is a renewal
    facts = facts_of("Netflix is committed to Glass Harbor and Salt Road for another season.")
    assert {f.show for f in facts if f.kind == "renewed"} == {"Glass Harbor", "Salt Road"}


# --- decisions in other words ---------------------------------------------------------------


def test_a_network_declining_a_season_is_a_cancellation_of_the_one_before() -> None:
    for text in ("Hulu has passed on a third season of Glass Harbor.",
                 "Netflix has opted against a third season of Glass Harbor.",
                 "Netflix won't be moving forward with a third season of Glass Harbor."):
        facts = facts_of(text)
        assert [(f.show, f.season, f.kind) for f in facts] == [
            ("Glass Harbor", 2, "cancelled")], text
    facts = facts_of("ABC isn't moving forward with 'Glass Harbor' after one season.")
    assert [(f.season, f.kind) for f in facts] == [(1, "cancelled")]


def test_a_season_given_or_handed_is_a_renewal() -> None:
    for text in ("Netflix has given Glass Harbor a third season.",
                 "Netflix has handed Glass Harbor a season 3 order.",
                 "The BBC gave the comedy Glass Harbor another series, its third."):
        facts = facts_of(text)
        assert [(f.show, f.kind) for f in facts] == [("Glass Harbor", "renewed")], text
    assert [f.season for f in facts_of("Netflix has given Glass Harbor a third season.")] == [3]


# --- the season on air now --------------------------------------------------------------------


def test_a_renewal_of_a_show_in_its_nth_season_is_of_the_next() -> None:
    for text in ("Glass Harbor is in its third season. Netflix has renewed the show.",
                 "Currently in its third season, Glass Harbor has been renewed by Netflix.",
                 "Netflix has renewed Glass Harbor, now in its third season, for another season.",
                 "Glass Harbor wrapped its third season in March. Netflix renewed the show for "
                 "another season on Monday."):
        facts = facts_of(text, headline="Glass Harbor renewed")
        assert [f.season for f in facts if f.kind == "renewed"] == [4], text
    # more seasons count from the one on air
    facts = facts_of("Currently in its tenth season, Glass Harbor has been renewed for three "
                     "additional seasons.", headline="Glass Harbor renewed")
    assert sorted(f.season for f in facts if f.kind == "renewed") == [11, 12, 13]
    # a renewal that names its season keeps it
    facts = facts_of("Netflix has renewed Glass Harbor for season 6, while the show is still in "
                     "its third season.")
    assert [f.season for f in facts if f.kind == "renewed"] == [6]


# --- a date that belongs to another event -----------------------------------------------------


def test_a_date_before_a_comma_belongs_to_the_asides_event() -> None:
    # "premiered" owns 2019; "returns" owns June 5 (not 2019, and June 5 is not last year's);
    # the aside's premiere is the show's first, not season 3's (round 7)
    facts = facts_of("Glass Harbor, which premiered in 2019, returns for season 3 on June 5.",
                     headline="Glass Harbor season 3 date")
    assert [(f.season, f.date, f.certainty) for f in facts if f.kind == "premiere"] == [
        (1, "2019", "confirmed"), (3, "2024-06-05", "expected")]
    facts = facts_of("Glass Harbor season 3, which wrapped filming in March, returns on June 5.",
                     headline="Glass Harbor season 3 date")
    assert {(f.kind, f.date) for f in facts} == {("filming_wrapped", "2024-03"),
                                                 ("premiere", "2024-06-05")}


# --- certainty: the press says so -------------------------------------------------------------


def test_reported_speech_governs_the_clause_after_that() -> None:
    for text in ("On Tuesday, reports indicated that Glass Harbor, the big ABC thriller, "
                 "has discreetly been renewed for a fourth season.",
                 "Several outlets, among them two trade papers, reported earlier this year that "
                 "Glass Harbor had been renewed for a fourth season."):
        facts = facts_of(text)
        assert [(f.season, f.certainty) for f in facts if f.kind == "renewed"] == [
            (4, "speculative")], text
    # the network saying so is no report
    facts = facts_of("ABC said on Thursday that Glass Harbor, the hit drama, has been renewed for "
                     "a fourth season.")
    assert [(f.season, f.certainty) for f in facts if f.kind == "renewed"] == [
        (4, "confirmed")]


# --- episode counts with two words between --------------------------------------------------


def test_a_count_with_a_length_between_is_the_seasons_count() -> None:
    for text, value in (("The second season of Glass Harbor will feature eight new 1-hour "
                         "episodes.", 8),
                        ("The second season of Glass Harbor will once again consist of 10 "
                         "hourlong episodes.", 10),
                        ("Glass Harbor season 2 has six new 60-minute episodes.", 6)):
        facts = facts_of(text)
        assert [(f.season, f.value) for f in facts if f.kind == "episode_count"] == [
            (2, value)], text


# --- a renewal after the season that premiered ------------------------------------------------


def test_a_renewal_without_season_follows_the_season_that_premiered_lately() -> None:
    facts = facts_of("Starz has renewed the drama Glass Harbor, the network announced Wednesday. "
                     "The drama's eight-episode first season premiered in March. The second "
                     "season will begin production in September.",
                     headline="Starz renews Glass Harbor")
    assert [f.season for f in facts if f.kind == "renewed"] == [2]
    # the article never names the next season: the renewal's season is not stated
    facts = facts_of("Starz has renewed the drama Glass Harbor, the network announced Wednesday. "
                     "The drama's eight-episode first season premiered in March.",
                     headline="Starz renews Glass Harbor")
    assert [f.season for f in facts if f.kind == "renewed"] == [None]
    # a premiere decades ago says nothing of the current season
    facts = facts_of("CBS has renewed the soap Glass Harbor, the network announced Wednesday. "
                     "Glass Harbor premiered in 1973.", headline="CBS renews Glass Harbor")
    assert [f.season for f in facts if f.kind == "renewed"] == [None]


# --- a premiere told as just happened ---------------------------------------------------------


def test_a_premiere_just_happened_takes_the_publication_month() -> None:
    for text in ("The second season of Glass Harbor, the popular ITV thriller, has finally "
                 "landed on ITVX.",
                 "Glass Harbor season 2 has arrived on Netflix.",
                 "Glass Harbor season 2 has dropped on Hulu."):
        facts = facts_of(text)
        assert [(f.season, f.date, f.certainty) for f in facts if f.kind == "premiere"] == [
            (2, "2024-05", "confirmed")], text
    # told as earlier, it says nothing of when
    facts = facts_of("Glass Harbor season 2 has already arrived on Netflix.")
    assert not [f for f in facts if f.kind == "premiere"]


# --- a shoot's end date ------------------------------------------------------------------------


def test_a_date_after_through_or_until_is_the_shoots_wrap() -> None:
    for text, wrap in (("Glass Harbor season 2 is now shooting in Prague through February 2025.",
                        "2025-02"),
                       ("Glass Harbor season 2 is filming in Toronto until December.",
                        "2024-12")):
        facts = facts_of(text)
        assert {(f.kind, f.date, f.certainty) for f in facts} == {
            ("filming_started", "2024-05", "confirmed"),
            ("filming_wrapped", wrap, "expected")}, text
    # a span reads both ends
    facts = facts_of("Glass Harbor season 2 will film in Atlanta from June through October.")
    assert ("filming_started", "2024-06") in {(f.kind, f.date) for f in facts}


# --- a split season's later part, a premiere's first episodes ---------------------------------


def test_a_return_for_the_second_half_of_a_season_is_no_premiere() -> None:
    facts = facts_of("Glass Harbor season 1 premiered in March. The show returns Aug. 9 for the "
                     "second half of its first season.")
    assert [(f.season, f.date) for f in facts if f.kind == "premiere"] == [(1, "2024-03")]


def test_a_premiere_with_two_episodes_counts_no_season() -> None:
    for text in ("The fifth season of Glass Harbor returns on Oct. 8 with two episodes.",
                 "Glass Harbor season 5 premieres June 3 with back-to-back episodes."):
        facts = facts_of(text)
        assert not [f for f in facts if f.kind == "episode_count"], text
        assert [f.kind for f in facts] == ["premiere"], text
    # a season of ten episodes still counts
    facts = facts_of("The fifth season of Glass Harbor returns on Nov. 13 and has ten episodes.")
    assert [(f.season, f.value) for f in facts if f.kind == "episode_count"] == [(5, 10)]
