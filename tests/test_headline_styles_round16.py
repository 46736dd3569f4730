"""The show in the headline, in every house style (issue 10, round 16, branch r16heads).

A grid of whole small invented articles: a headline in one of the house styles trade and fan
sites write ("'X' Renewed for Season 3 at Hulu", "X Season 2: Release Date, Cast and
Everything We Know", "Is X Cancelled?", "TV News | X ...", "X season 3 — Hulu confirms
return", a site's name after a dash ...) over a body of three to five sentences that call the
show only "the series" or "the show". Each title form (one word, several words, "The", a
number, a colon, a possessive, an inner small word, a word in capitals) is put in each style,
plain and quoted. A cell passes when the article gives the fact the headline and body state
AND every fact it gives names that show: a headline fragment made a show is a false fact.
On main (de3a43e) 71 of the 1,008 cells fail; the 18 left are strict xfails with their reason.

TWO_NAMES: a headline naming another work before the show (its parent, its creator's earlier
show, an actor's credit, a person's genre label, a fronted "From the Makers of X,"): the facts
are the show's, not the other work's nor a glued run's. Seven of the eight fail on de3a43e.

Every title and sentence here is invented for this test.
"""

from __future__ import annotations

from typing import Any

import pytest
from articles import facts_of, normalised_kinds_seasons

from monitor.extract.shows import normalise_title

#: Invented titles, one per form.
TITLES = {
    "one_word": "Quillmarsh",
    "two_words": "Glass Orchard",
    "with_the": "The Lantern Keepers",
    "number": "Route 88",
    "colon": "Skyline: Harbor Nights",
    "possessive": "Marlow's Garden",
    "inner_small_word": "Song of the Marsh",
    "capitals_word": "KNOX Unit",
}

#: Quote marks a house style puts round a title in a headline.
QUOTES = {"plain": ("", ""), "single": ("'", "'"), "curly": ("\u2018", "\u2019")}

#: (headline with {t} for the (maybe quoted) title, body with {n} for the network, the kind,
#: the season the article states or None where it states none).
STYLES: dict[str, tuple[str, str, str, int | None]] = {
    "renewed_for_season_at": (
        "{t} Renewed for Season 3 at Hulu",
        "Hulu has renewed the series for a third season. The show's writers are already at "
        "work on the new episodes. Production is expected to start in the autumn.",
        "renewed", 3),
    "release_date_everything_we_know": (
        "{t} Season 2: Release Date, Cast and Everything We Know",
        "The series returns for its second season on June 14 on Hulu. All of the main cast "
        "are back. The first season was one of the streamer's most watched shows last year.",
        "premiere", 2),
    "network_cancels_after": (
        "Hulu Cancels {t} After Two Seasons",
        "The streamer has cancelled the series after two seasons. The show will not return "
        "for a third. Its cast thanked fans on social media.",
        "cancelled", 2),
    "is_officially_coming_back": (
        "{t} Is Officially Coming Back",
        "Hulu has renewed the series for a second season. The show was the streamer's most "
        "watched drama this spring. No premiere date has been set.",
        "renewed", 2),
    "colon_season_wraps_filming": (
        "{t}: Season 4 Wraps Filming",
        "Filming on the fourth season of the series has wrapped, the cast said on Friday. "
        "The show returns to Hulu next year. The new season has ten episodes.",
        "filming_wrapped", 4),
    "when_does_season_come_out": (
        "When Does {t} Season 2 Come Out?",
        "The second season of the series premieres on June 14 on Hulu. The show's first "
        "season ended on a cliffhanger. Fans have waited two years for the new episodes.",
        "premiere", 2),
    "sentence_case_dash_confirms": (
        "{t} season 3 \u2014 Hulu confirms return",
        "Hulu has renewed the show for a third season. The streamer confirmed the news on "
        "Monday. The show's creator thanked fans for their patience.",
        "renewed", 3),
    "exclaimed_orders_season": (
        "{t} Renewed! Hulu Orders Season 2",
        "Hulu has renewed the series for a second season. The show was a hit for the "
        "streamer this spring. Production begins later this year.",
        "renewed", 2),
    "is_it_cancelled": (
        "Is {t} Cancelled?",
        "Hulu has cancelled the series after two seasons. The show will not return. Its "
        "cast said goodbye to fans on Friday.",
        "cancelled", 2),
    "star_teases_filming": (
        "{t} Star Teases Season 2 Filming",
        "Filming on the second season of the series has begun, its star said on Friday. The "
        "show returns to Hulu next year. The cast is back in full.",
        "filming_started", 2),
    "network_possessive_gets_premiere_date": (
        "Hulu's {t} Gets a Premiere Date",
        "The series premieres on June 14 on Hulu. The show follows a family of sailors. All "
        "eight episodes arrive at once.",
        "premiere", None),
    "sentence_case_confirmed_by": (
        "{t} season 2 confirmed by Hulu",
        "Hulu has renewed the series for a second season. The show was the streamer's most "
        "watched drama this spring. No date has been set.",
        "renewed", 2),
    "kicker_pipe": (
        "TV News | {t} Renewed for Season 3",
        "Hulu has renewed the series for a third season. The show's writers are already at "
        "work. Production starts in the autumn.",
        "renewed", 3),
    "kicker_colon_capitals": (
        "EXCLUSIVE: {t} Season 2 Begins Filming",
        "Filming on the second season of the series has begun in Vancouver. The show "
        "returns to Hulu next year. The cast is back in full.",
        "filming_started", 2),
    "site_after_dash": (
        "{t} Canceled at Hulu After Two Seasons - Screen Buzz Daily",
        "Hulu has cancelled the series after two seasons. The show will not return for a "
        "third. The cast thanked fans.",
        "cancelled", 2),
    "premiere_date_set": (
        "{t} Season 3 Premiere Date Set at Hulu",
        "The third season of the series premieres on June 14 on Hulu. The show's cast is "
        "back in full. The new season has eight episodes.",
        "premiere", 3),
    "capitals_status_word": (
        "{t} RENEWED for Season 3",
        "Hulu has renewed the series for a third season. The show's writers are already at "
        "work. Production starts in the autumn.",
        "renewed", 3),
    "sentence_case_renewed": (
        "{t} renewed for season 3 at Hulu",
        "Hulu has renewed the series for a third season. The show's writers are already at "
        "work. Production starts in the autumn.",
        "renewed", 3),
    "kicker_pipe_sentence_case": (
        "TV news | {t} cancelled after two seasons",
        "Hulu has cancelled the series after two seasons. The show will not return for a "
        "third. The cast thanked fans.",
        "cancelled", 2),
    "is_officially_cancelled_site": (
        "{t} Is Officially Cancelled | Screen Buzz Daily",
        "Hulu has cancelled the series after two seasons. The show will not return for a "
        "third. The cast thanked fans.",
        "cancelled", 2),
    "everything_we_know_about": (
        "Everything We Know About {t} Season 2",
        "The second season of the series premieres on June 14 on Hulu. The show's cast is "
        "back in full. The new season has eight episodes.",
        "premiere", 2),
    "release_date_revealed": (
        "{t} Season 2 Release Date Revealed",
        "The second season of the series premieres on June 14 on Hulu. The show's cast is "
        "back in full. The new season has eight episodes.",
        "premiere", 2),
    "network_renews_for": (
        "Hulu Renews {t} for Season 2",
        "Hulu has renewed the series for a second season. The show's writers are already at "
        "work. Production starts in the autumn.",
        "renewed", 2),
    "officially_renewed": (
        "{t} Officially Renewed for Season 2",
        "Hulu has renewed the series for a second season. The show's writers are already at "
        "work. Production starts in the autumn.",
        "renewed", 2),
    "will_return_for": (
        "{t} Will Return for Season 2",
        "Hulu has renewed the series for a second season. The show's writers are already at "
        "work. Production starts in the autumn.",
        "renewed", 2),
    "has_been_cancelled": (
        "{t} Has Been Cancelled at Hulu",
        "Hulu has cancelled the series after two seasons. The show will not return for a "
        "third. The cast thanked fans.",
        "cancelled", 2),
    "sentence_case_colon_axes": (
        "{t} cancelled: Hulu axes drama after two seasons",
        "Hulu has cancelled the series after two seasons. The show will not return for a "
        "third. The cast thanked fans.",
        "cancelled", 2),
    "season_colon_network_confirms": (
        "{t} Season 2: Hulu Confirms Return",
        "Hulu has renewed the show for a second season. The streamer confirmed the news on "
        "Monday. The show's creator thanked fans for their patience.",
        "renewed", 2),
    "british_series_colon": (
        "{t} series 2: release date confirmed",
        "The second series of the show premieres on June 14 on Hulu. The show's cast is "
        "back in full. The new series has six episodes.",
        "premiere", 2),
    "abbreviated_season": (
        "{t} S3 Premiere Date Set",
        "The third season of the series premieres on June 14 on Hulu. The show's cast is "
        "back in full. The new season has eight episodes.",
        "premiere", 3),
    "what_happened_to": (
        "What Happened to {t}? Hulu Cancels Drama After Two Seasons",
        "Hulu has cancelled the series after two seasons. The show will not return for a "
        "third. The cast thanked fans.",
        "cancelled", 2),
    "episode_count": (
        "{t} Season 2 Will Have 8 Episodes",
        "The second season of the series will have eight episodes, Hulu said. The show's "
        "first season had ten. The cast is back in full.",
        "episode_count", 2),
    "network_kind_cancelled": (
        "Hulu Drama {t} Cancelled After Two Seasons",
        "Hulu has cancelled the series after two seasons. The show will not return for a "
        "third. The cast thanked fans.",
        "cancelled", 2),
    "in_production": (
        "{t} Season 2 Officially in Production",
        "Filming on the second season of the series has begun in Vancouver. The show "
        "returns to Hulu next year. The cast is back in full.",
        "filming_started", 2),
    "leading_clause": (
        "After Two Seasons, Hulu Cancels {t}",
        "Hulu has cancelled the series after two seasons. The show will not return for a "
        "third. The cast thanked fans.",
        "cancelled", 2),
    "fans_good_news": (
        "Good News, {t} Fans: Season 2 Is Happening",
        "Hulu has renewed the series for a second season. The show's writers are already at "
        "work. Production starts in the autumn.",
        "renewed", 2),
    "fans_rejoice": (
        "{t} Fans, Rejoice! Season 2 Is Coming",
        "Hulu has renewed the series for a second season. The show's writers are already at "
        "work. Production starts in the autumn.",
        "renewed", 2),
    "bad_news_fans": (
        "Bad News for {t} Fans",
        "Hulu has cancelled the series after two seasons. The show will not return for a "
        "third. The cast thanked fans.",
        "cancelled", 2),
    "its_a_wrap_on": (
        "It's a Wrap on {t} Season 2",
        "Filming on the second season of the series has wrapped, the cast said on Friday. "
        "The show returns to Hulu next year. The new season has ten episodes.",
        "filming_wrapped", 2),
    "season_is_officially_happening": (
        "{t} Season 2 Is Officially Happening",
        "Hulu has renewed the series for a second season. The show's writers are already at "
        "work. Production starts in the autumn.",
        "renewed", 2),
    "to_end_with_final_season": (
        "{t} to End With Season 3 at Hulu",
        "Hulu has cancelled the series; its third season will be its last. The show's cast "
        "thanked fans. The final episodes air next year.",
        "cancelled", 3),
    "finally_has_release_date": (
        "{t} Season 2 Finally Has a Release Date",
        "The second season of the series premieres on June 14 on Hulu. The show's cast is "
        "back in full. The new season has eight episodes.",
        "premiere", 2),
}

#: Cells that still fail, each with why (strict: a fix turns the test red until removed).
_BARE_NUMBER = ("a number ending an unquoted title, with no other season in the headline's "
                "clause, reads as the season ('Route 88 Is Officially Coming Back' could be "
                "season 88 of Route as 'Glass Harbor 4' is season 4): left as designed")
KNOWN_GAPS: dict[tuple[str, str, str], str] = {
    # (round 35: "Route 88" is past any season number, ``title.span.never_season_number``:
    # seven styles whose headline alone names the show now read it whole)
    **{(style, "number", "plain"): _BARE_NUMBER for style in (
        "network_cancels_after", "is_officially_coming_back", "star_teases_filming",
        "is_officially_cancelled_site", "will_return_for", "has_been_cancelled",
        "fans_good_news", "fans_rejoice", "bad_news_fans")},
    ("is_it_cancelled", "one_word", "plain"): "a lone word the names list has as a surname "
                                               "is vetoed as a person (round 9b's gap)",
    ("network_kind_cancelled", "one_word", "plain"): "a network and a kind of show before one "
                                                     "word: the run keeps the kind word",
}


def _cases() -> list[Any]:
    return [pytest.param(style, title, quote, id=f"{style}-{title}-{quote}",
                         marks=[pytest.mark.xfail(strict=True,
                                                  reason=KNOWN_GAPS[(style, title, quote)])]
                         if (style, title, quote) in KNOWN_GAPS else [])
            for style in STYLES for title in TITLES for quote in QUOTES]


@pytest.mark.parametrize(("style", "title", "quote"), _cases())
def test_the_headline_show_in_a_house_style(style: str, title: str, quote: str) -> None:
    head, body, kind, season = STYLES[style]
    name = TITLES[title]
    before, after = QUOTES[quote]
    facts = normalised_kinds_seasons(facts_of(body, head.format(t=before + name + after)))
    want = normalise_title(name)
    assert any(show == want and k == kind and (season is None or s == season)
               for show, k, s in facts), facts
    assert {show for show, _, _ in facts} == {want}, facts


@pytest.mark.parametrize(("headline", "body", "not_a_show"), [
    # the audience of something that is no show
    ("Bad News for Marvel Fans", "Disney has cancelled the series after one season. The show "
     "will not return. Its cast thanked fans.", "marvel"),
    ("Taylor Swift Fans Are Furious", "The singer said the series of concerts was cancelled. "
     "Fans were upset.", "taylor swift"),
    # a question about a person or a network
    ("What Happened to Jane Doe? Actress Exits Hit Drama", "Jane Doe has left the series after "
     "two seasons, Hulu said. The show has now been renewed for a third season.", "jane doe"),
    ("Is Netflix Raising Prices Again?", "The streamer said prices will rise in June. The series "
     "slate is unchanged.", "netflix"),
    ("Everything We Know About Hulu's Summer Slate", "Hulu has renewed several shows. The "
     "streamer's new series arrive in June.", "summer slate"),
    # a headline's count of seasons after a kind of show
    ("Hulu Cancels Drama After Two Seasons", "Hulu has cancelled the series after two seasons. "
     "The show will not return.", "two"),
])
def test_headline_words_that_are_no_show(headline: str, body: str, not_a_show: str) -> None:
    shows = {show for show, _, _ in normalised_kinds_seasons(facts_of(body, headline))}
    assert not any(show == not_a_show or not_a_show in show.split() for show in shows), shows


def test_a_title_that_opens_with_a_question_word_keeps_it() -> None:
    # the question is after the title's season, behind a colon: "Will" is the title's
    facts = normalised_kinds_seasons(facts_of(
        "ABC has renewed Will Trent for a third season. The show returns in January.",
        "Will Trent Season 3: Is It Cancelled?"))
    assert ("will trent", "renewed", 3) in facts, facts
    # a yes/no question's auxiliary before a title that opens with one of its own
    facts = normalised_kinds_seasons(facts_of(
        "Hulu has cancelled the series after two seasons. The show will not return.",
        "Is Are You the Heir Cancelled?"))
    assert ("are you the heir", "cancelled", 2) in facts, facts


#: Headlines that name a second work beside the article's show: its spinoff's parent, its
#: creator's earlier show, an actor's credit, a kind of work or a person's name before it.
#: (headline, body, the show, kind, season).
TWO_NAMES = [
    ("Glass Orchard Star Joins Night Ferry Season 2",
     "Filming on the second season of the series begins in May. The show returns to Hulu "
     "next year. The cast is back in full.", "night ferry", "filming_started", 2),
    ("Glass Orchard Creator's Night Ferry Gets Premiere Date",
     "The series premieres on June 14 on Hulu. The show follows a family of sailors. All "
     "eight episodes arrive at once.", "night ferry", "premiere", None),
    ("Glass Orchard Spinoff Night Ferry Sets Premiere Date",
     "The series premieres on June 14 on Hulu. The show follows a family of sailors. All "
     "eight episodes arrive at once.", "night ferry", "premiere", None),
    ("Stephen Vale Thriller Night Ferry Renewed for Season 2",
     "Hulu has renewed the series for a second season. The show's writers are already at "
     "work. Production starts in the autumn.", "night ferry", "renewed", 2),
    ("Glass Orchard Prequel Night Ferry Wraps Filming",
     "Filming on the series has wrapped, the cast said on Friday. The show arrives on Hulu "
     "next year. The first season has ten episodes.", "night ferry", "filming_wrapped", None),
    ("From the Makers of Glass Orchard, Night Ferry Premieres June 14",
     "The series premieres on June 14 on Hulu. The show follows a family of sailors. All "
     "eight episodes arrive at once.", "night ferry", "premiere", None),
    ("Like Glass Orchard? Night Ferry Season 2 Arrives June 14",
     "The second season of the series premieres on June 14 on Hulu. The show follows a family "
     "of sailors.", "night ferry", "premiere", 2),
    ("Glass Orchard Showrunners' Night Ferry Renewed for Season 2",
     "Hulu has renewed the series for a second season. The show's writers are already at "
     "work. Production starts in the autumn.", "night ferry", "renewed", 2),
]


@pytest.mark.parametrize(("headline", "body", "show", "kind", "season"), TWO_NAMES)
def test_the_show_after_another_work_in_the_headline(headline: str, body: str, show: str,
                                                     kind: str, season: int | None) -> None:
    facts = normalised_kinds_seasons(facts_of(body, headline))
    assert any(s == show and k == kind and (season is None or n == season)
               for s, k, n in facts), facts
    assert {s for s, _, _ in facts} == {show}, facts


@pytest.mark.parametrize(("headline", "body", "show"), [
    # the parent show named before the spinoff's own words stays a title where it is the news
    ("Glass Orchard Renewed for Season 3; Spinoff in the Works",
     "Hulu has renewed the series for a third season. A spinoff is also in development.",
     "glass orchard"),
    # a possessive that is no role's stays the title's own
    ("Marlow's Garden Renewed for Season 2",
     "Hulu has renewed the series for a second season. The show's writers are at work.",
     "marlows garden"),
])
def test_a_kind_word_of_the_show_itself_stays(headline: str, body: str, show: str) -> None:
    facts = normalised_kinds_seasons(facts_of(body, headline))
    assert any(s == show and k == "renewed" for s, k, _ in facts), facts


def test_a_kind_of_show_alone_is_no_title() -> None:
    facts = normalised_kinds_seasons(facts_of(
        "Hulu has renewed the series for a second season. The show's writers are at work.",
        "Glass Orchard Meets Night Ferry: Hulu Renews Drama for Season 2"))
    assert not any(s == "drama" for s, _, _ in facts), facts
