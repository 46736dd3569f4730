"""Extraction shapes found replaying time lines (issue 11): a season's story read article by
article. Sentences of our own about invented shows."""

from __future__ import annotations

import datetime as dt

from articles import facts_of

from monitor.models import Fact


def _wraps(facts: list[Fact]) -> list[tuple[str, int | None]]:
    return [(f.show, f.season) for f in facts if f.kind == "filming_wrapped"]


# --- a wrap of one block or place while the shoot goes on -------------------------------------


def test_a_wrap_in_one_place_while_filming_goes_on_is_no_wrap() -> None:
    facts = facts_of("Glass Harbor has wrapped the Lisbon block of season 2. With more filming "
                     "planned for the season on Madeira, the producers call it a halfway mark."
                     "\n\nThe crew threw a wrap party on Sunday night.",
                     headline="Glass Harbor season 2 wraps in Lisbon")
    assert _wraps(facts) == []


def test_filming_left_overall_keeps_the_season_unwrapped() -> None:
    facts = facts_of("Glass Harbor season 2 wrapped filming in Wales last week. The show still "
                     "has a few weeks of filming left in all.")
    assert _wraps(facts) == []


def test_a_later_seasons_shoot_or_post_production_leaves_the_wrap() -> None:
    later = facts_of("Glass Harbor wrapped filming on season 2 last week. There is still more "
                     "filming planned for season 3 next year.")
    assert _wraps(later) == [("Glass Harbor", 2)]
    post = facts_of("Glass Harbor wrapped filming on season 2 last week, though there is still a "
                    "lot of post-production work left.")
    assert _wraps(post) == [("Glass Harbor", 2)]


def test_more_news_about_filming_is_no_shoot_going_on() -> None:
    for aside in ("Stay tuned for more filming updates ahead of the premiere.",
                  "Check back for more production news as it's scheduled."):
        facts = facts_of(f"Glass Harbor wrapped filming on season 2 last week. {aside}")
        assert _wraps(facts) == [("Glass Harbor", 2)], aside


# --- news framed by unnamed reports is speculative ---------------------------------------------


def _certainty(facts: list[Fact], kind: str) -> list[tuple[int | None, str]]:
    return [(f.season, f.certainty) for f in facts if f.kind == kind]


def test_a_renewal_that_unnamed_reports_indicate_is_speculative() -> None:
    for text in ("On Friday, reports suggested that Glass Harbor, the prestige thriller on the "
                 "network's streaming service, has already been renewed for season 4.",
                 "Although the network has not said so, several outlets, among them two trade "
                 "papers, reported earlier this year that Glass Harbor was quietly renewed for a "
                 "fourth season.",
                 "Two more shows could be gone soon, with reports that Glass Harbor will not be "
                 "renewed for a fourth season."):
        facts = facts_of(text)
        assert all(c == "speculative" for _, c in _certainty(facts, "renewed")
                   + _certainty(facts, "cancelled")), (text, facts)
        assert facts, text


def test_a_named_outlets_report_stays_confirmed() -> None:
    facts = facts_of("Deadline reports that Glass Harbor has been renewed for a fourth season.")
    assert _certainty(facts, "renewed") == [(4, "confirmed")]


# --- "it" = the shoot the clause before named ----------------------------------------------------

def _starts(facts: list[Fact]) -> list[tuple[str, int | None, str | None, str]]:
    return [(f.show, f.season, f.date, f.certainty) for f in facts
            if f.kind == "filming_started"]


def test_a_planned_start_whose_subject_is_it_the_shoot_named_before() -> None:
    for text in ("Salt Road season 2 is taking shape. Filming relocates to Malta for the "
                 "next batch, and it is expected to kick off in August.",
                 "Salt Road season 2 is coming together. Production has moved to Wales, and it "
                 "is set to begin in August."):
        assert _starts(facts_of(text)) == [("Salt Road", 2, "2024-08", "expected")], text


def test_it_beginning_to_air_or_stream_is_no_shoot() -> None:
    for text in ("Salt Road season 2 is done. Production ended in March, and it is set to "
                 "begin airing in August.",
                 "Salt Road season 2: production moved to Wales, and it will start streaming "
                 "in August."):
        assert _starts(facts_of(text)) == [], text


# --- a plan told in the past after "but": it stands ----------------------------------------------

def _premieres(facts: list[Fact]) -> list[tuple[str, int | None, str | None, str]]:
    return [(f.show, f.season, f.date, f.certainty) for f in facts if f.kind == "premiere"]


def test_a_plan_told_in_the_past_after_but_stands() -> None:
    for text in ("Salt Road season four had no slot on the schedule, but it was expected to "
                 "premiere in the autumn.",
                 "Salt Road season four had no date yet; however, it was set to premiere in the "
                 "autumn."):
        assert _premieres(facts_of(text)) == [("Salt Road", 4, "2024-FA", "expected")], text


def test_a_plan_followed_by_but_changed() -> None:
    for text in ("Salt Road season four was expected to premiere in the autumn, but it was "
                 "delayed.",
                 "Salt Road season four was set to premiere in the autumn, but the strike "
                 "pushed it back."):
        assert _premieres(facts_of(text)) == [], text


# --- a premiere plan the article's cancellation voided (drop.plan_voided) ----------------------


def test_a_plan_the_cancellation_voided_is_not_handed_over() -> None:
    """"had been set to premiere" beside the season's cancellation: the plan did not happen.
    The status layer never sees it, so it cannot read the cancellation as a planned ending."""
    for title, text in (
            ("Netflix cancels Harbor Lights", "Netflix has cancelled Harbor Lights ahead of its "
             "third season. Harbor Lights season 3 had been set to premiere on October 1."),
            ("Netflix cancels Harbor Lights season 3", "Netflix has cancelled the drama Harbor "
             "Lights. Its third season was due to premiere on October 1 and would have been "
             "its last."),
            ("Harbor Lights cancelled", "Harbor Lights season 3 has been cancelled by Netflix. "
             "The season was scheduled to premiere on October 1.")):
        facts = facts_of(text, title)
        assert [(f.season, f.kind) for f in facts] == [(3, "cancelled")], facts


def test_a_plan_in_force_or_without_a_cancellation_stays() -> None:
    ending = facts_of("Netflix has cancelled Harbor Lights. Its third and final season is set to "
                      "premiere on October 1.", "Netflix cancels Harbor Lights")
    assert _premieres(ending) == [("Harbor Lights", 3, "2024-10-01", "expected")]
    moved = facts_of("Harbor Lights season 3 had been set to premiere on October 1. Netflix "
                     "has now dated it for November 5.")
    assert [f[1] for f in _premieres(moved)] == [3]


# --- a shoot taken up again after a halt (drop.restart_after_halt) ------------------------------


def _started(facts: list[Fact]) -> list[tuple[str, int | None]]:
    return [(f.show, f.season) for f in facts if f.kind == "filming_started"]


def test_a_restart_after_a_stated_halt_is_no_start() -> None:
    """People back at work after a halt say nothing of when the season's shoot began; a
    shoot resumed after a halt had begun before it, at no time the text gives: an undated
    start (round 17, ``date.restart_after_halt``: the labelling guide's "a resumption is not
    a new start"), never the restart's date."""
    assert _started(facts_of("Now that the strike is over, the Glass Harbor cast is back on "
                             "set.")) == []
    for text in ("After the lockdown, production on Glass Harbor season 2 restarted in Wales.",
                 "Production on Glass Harbor season 2 was halted in March because of the "
                 "pandemic. Filming resumed in August.",
                 "Glass Harbor season 2 resumed filming in June after a two-month pause."):
        facts = [f for f in facts_of(text) if f.kind == "filming_started"]
        assert [(f.show, f.season, f.date) for f in facts] == [("Glass Harbor", 2, None)], text


def test_a_restart_without_a_halt_or_a_start_beside_a_halt_stays() -> None:
    for text in ("Production on Glass Harbor season 2 is back underway; the crew posted a "
                 "picture from the set.",
                 "Glass Harbor season 2 resumed production on Monday.",
                 # a hiatus is the gap between seasons, not a halt of a shoot
                 "Filming on Glass Harbor season 2 is back underway after a long hiatus.",
                 # the halt was of another shoot; the start is no restart
                 "Glass Harbor season 2 began filming in Lisbon on Monday, a year after the "
                 "strike halted work on season 1."):
        assert _started(facts_of(text)) == [("Glass Harbor", 2)], text


# --- a cancellation's season: the last one made, told as the only one -------------------------


def _cancelled(facts: list[Fact]) -> list[tuple[str, int | None]]:
    return [(f.show, f.season) for f in facts if f.kind == "cancelled"]


def test_a_run_told_as_the_only_season_cancels_season_one_not_the_renewed_one() -> None:
    """A renewal the network reversed: the cancellation is of the last season made (the
    devset's convention), not of the second season it had ordered."""
    for title, text in (
            ("Harbor Lights cancelled", "Netflix, which had renewed Harbor Lights for a second "
             "season in February, said on Friday that the season that ended in May would be "
             "the only one for Harbor Lights."),
            ("Netflix cancels Harbor Lights", "Netflix had renewed Harbor Lights for a second "
             "season in February. Now Harbor Lights' first and only season is its last.")):
        facts = facts_of(text, title)
        assert _cancelled(facts) == [("Harbor Lights", 1)], text
        assert [(f.season, f.kind) for f in facts if f.kind == "renewed"] == [(2, "renewed")]


def test_without_an_only_season_the_cancellation_keeps_the_named_season() -> None:
    facts = facts_of("Netflix, which had renewed Harbor Lights for a second season in February, "
                     "changed its mind on Friday.", "Harbor Lights cancelled")
    assert _cancelled(facts) == [("Harbor Lights", 2)]


def test_revived_as_an_adjective_is_no_renewal() -> None:
    assert facts_of("Harbor Lights has been cancelled after season 2. Its revived run had a "
                    "decent start last September.") == facts_of(
        "Harbor Lights has been cancelled after season 2.")
    assert [(f.season, f.kind) for f in facts_of(
        "Netflix has revived Harbor Lights for a third season.")] == [(3, "renewed")]


# --- a quotation the excerpt cuts off ------------------------------------------------------------

_BEFORE_THE_QUOTE = ("Glass Harbor should come back for a second season in 2025.\n\n"
                     "The series kept filming in Spain under a local contract.\n\n")


def test_a_statement_quoted_and_cut_off_at_the_excerpts_end_is_read() -> None:
    """Excerpts end mid-word: a last line opening a quote it never closes is prose, not a
    heading, and quoted words naming the show with no speaker in them are a statement of
    record."""
    facts = facts_of(_BEFORE_THE_QUOTE + "\u201cThe second season of Glass Harbor began "
                     "shooting March 3 and is set to ru", "Glass Harbor season 2 set photos")
    assert [(f.season, f.date, f.certainty) for f in facts if f.kind == "filming_started"] == [
        (2, "2024-03-03", "confirmed")]


def test_speech_a_closed_quote_or_a_cut_off_line_that_is_no_quote_stay_unread() -> None:
    for last in ('"We began shooting the second season of Glass Harbor on March 3 and are '
                 'set to ru',
                 '"The second season of Glass Harbor began shooting March 3 and is set to run '
                 'until autumn," the network said.',
                 "The second season of Glass Harbor began shooting March 3 and more news",
                 '"The second season of Glass Harbor began shooting March 3 and is set to ru'
                 "\n\nMore in TV News"):
        facts = facts_of(_BEFORE_THE_QUOTE + last, "Glass Harbor season 2 set photos")
        assert [f.kind for f in facts] == ["premiere"], last


# --- a return date in brackets, a relative clause between dashes, a dated final season ---------


def test_a_bracketed_date_does_not_cut_the_clause_from_its_season() -> None:
    facts = facts_of("Nine days later, Glass Harbor returns to Hulu (May 9) with a second "
                     "season of its own.", published=dt.date(2025, 2, 20))
    assert _premieres(facts) == [("Glass Harbor", 2, "2025-05-09", "expected")]


def test_a_relative_clause_between_dashes_leaves_the_name_its_verb() -> None:
    """"'X' - which follows Y - ends its run in 2026 with a third and final season": the last
    season airs in 2026, and it is X's, not the show the next clause names."""
    facts = facts_of("'Glass Harbor' - which follows two lighthouse keepers - ends its run in "
                     "2026 with a third and final season, while a fourth series of 'Salt Road' "
                     "is being written.")
    assert _premieres(facts) == [("Glass Harbor", 3, "2026", "expected")]


def test_a_final_season_dated_is_its_premiere_undated_its_renewal() -> None:
    dated = facts_of("Netflix said the drama Glass Harbor will end next year with its third and "
                     "final season.")
    assert _premieres(dated) == [("Glass Harbor", 3, "2025", "expected")]
    undated = facts_of("Glass Harbor will conclude with its fourth and final season.")
    assert [(f.season, f.kind) for f in undated] == [(4, "renewed")]
    over = facts_of("Netflix said the drama Glass Harbor ended in 2023 with its third and final "
                    "season.")
    assert _premieres(over) == []


# --- a shoot halted, then completed ---------------------------------------------------------


def test_a_shoot_halted_then_completed_is_wrapped() -> None:
    """The shoot is the subject of both verbs: "was suspended ..., but was eventually
    finished in February" is the wrap (a step one short before)."""
    for text in ("Filming on Glass Harbor season 2 was suspended twice by floods, but was "
                 "eventually finished in February.",
                 "Production on Glass Harbor season 2 was halted twice and was finally "
                 "completed in March."):
        assert _wraps(facts_of(text)) == [("Glass Harbor", 2)], text


def test_a_shoot_halted_then_resumed_is_not_wrapped() -> None:
    assert _wraps(facts_of("Filming on Glass Harbor season 2 was halted in March but resumed "
                           "in June.")) == []


# --- a shoot told against another season's release ---------------------------------------------


def test_a_shoot_begun_while_a_season_was_out_is_the_next_seasons_and_happened() -> None:
    """"The early order enabled production to start while season 2 was still airing": the
    third season's shoot began (a past causative), not a plan of the article's main season."""
    facts = facts_of("Netflix renewed Glass Harbor for a fourth season on Wednesday. The third "
                     "season of Glass Harbor had been ordered before season 2 debuted. That early "
                     "order enabled production to start while season 2 was still airing, so "
                     "fans waited less.", published=dt.date(2024, 10, 9))
    assert [(f.season, f.certainty) for f in facts if f.kind == "filming_started"] == [
        (3, "confirmed")]
    later = facts_of("Filming on Glass Harbor began while season 2 was still streaming.")
    assert [f.season for f in later if f.kind == "filming_started"] == [3]


def test_a_shoot_planned_while_a_season_airs_names_its_own_season() -> None:
    facts = facts_of("Glass Harbor season 3 will start filming while season 2 airs.")
    assert [(f.season, f.certainty) for f in facts if f.kind == "filming_started"] == [
        (3, "expected")]


# --- a shoot timed against another event --------------------------------------------------------


def test_a_shoot_timed_against_another_event_takes_no_publication_month() -> None:
    """"Cameras started rolling on season 2 six weeks after the show first aired": the time
    is another event's plus six weeks, not the article's month (which would date an old shoot
    after the season aired)."""
    title = "Glass Harbor season 3 expected to begin shooting soon"
    facts = facts_of("Cameras started rolling on Glass Harbor season 2 six weeks after the show "
                     "first aired.", title)
    assert [f.date for f in facts if f.kind == "filming_started" and f.season == 2] == [None]
    news = facts_of("Cameras started rolling on Glass Harbor season 2 this week.", title)
    assert [f.date for f in news if f.kind == "filming_started" and f.season == 2] == [
        "2024-05"]
