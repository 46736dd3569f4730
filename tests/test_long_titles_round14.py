"""Long titles in running text with small words inside (issue 10, round 14): where a title of
four words or more keeps the words around its "and", "of", "to" or "at". Every article here
is written for this test about invented shows, a headline and a few sentences each, with the
fact it must give (the title as the text names it, the season it states). Each ``FIXED``
layout fails on the tree this round started from (f6ba851): the article's repeated full form
must win over its fragments. Each ``CONTROL`` passes on both: the small word truly ends a
title there, or the article never shows the longer name to be one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from articles import facts_of, make_article, normalised_kinds_seasons

from monitor.extract import rules
from monitor.extract.facts import extract_facts
from monitor.extract.shows import clean_title, normalise_title

PUBLISHED = dt.date(2031, 1, 14)

Fact = tuple[str, str, int | None]


def stated(headline: str, body: str) -> set[Fact]:
    """(show as the scorer compares it, kind, season) of every fact the article states."""
    return normalised_kinds_seasons(facts_of(body, headline, PUBLISHED))


def fragments_of(title: str) -> set[str]:
    """The shorter names a cut would leave of ``title``: every run of its words but itself."""
    words = normalise_title(title).split()
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
            if (i, j) != (0, len(words))}


# --- "and" inside a title, written whole again --------------------------------------------------

#: Titles of four to seven words whose "and" is their own; the existing split reads each as two
#: shows when the article names it once (several words on one side of the "and").
AND_TITLES = ["Blood and Bone in Tarrow", "Salt and Smoke over Merrow Bay",
              "Hounds and Heroes of Drummond Fell", "Wolves and Wardens of the Pale"]

Layout = Callable[[str], tuple[str, str, Fact]]

#: (title) -> (headline, body, the fact stated). The title is written whole twice or more, or
#: quoted; neither side ever stands alone.
AND_FIXED: dict[str, Layout] = {
    "object_then_subject": lambda t: (
        "Network news",
        f"NBC has cancelled {t} after one season. The network made the call on Friday. "
        f"{t} starred Jane Doe and Omar Reyes.",
        (normalise_title(t), "cancelled", 1)),
    "quoted_once": lambda t: (
        "TV news",
        f"\u201c{t}\u201d has been renewed for a second season at HBO. The drama stars "
        "Jane Doe as a ferry pilot.",
        (normalise_title(t), "renewed", 2)),
    "list_last_item": lambda t: (
        "Renewal roundup",
        f"NBC has renewed Glass Harbor, Red Kettle and {t}. Ratings for {t} rose all year.",
        (normalise_title(t), "renewed", None)),
    "pair_first": lambda t: (
        "Renewal roundup",
        f"NBC has renewed {t} and Red Kettle. {t} returns in May.",
        (normalise_title(t), "renewed", None)),
    "pair_second": lambda t: (
        "Renewal roundup",
        f"NBC has renewed Red Kettle and {t}. {t} returns in May.",
        (normalise_title(t), "renewed", None)),
    "headline_and_body": lambda t: (
        f"{t} Renewed for Season 2",
        f"Netflix has renewed {t}. The drama follows two families feuding over a mill.",
        (normalise_title(t), "renewed", 2)),
}
#: Controls: layouts whose sentence already says one show (a singular subject before its
#: verb, a network's possessive, "the second season of"), and a title whose "and" is followed
#: by a lower-case "the", which never splits.
AND_ALREADY: dict[str, Layout] = {
    "subject_then_object": lambda t: (
        "Streamer keeps its fantasy slate",
        f"{t} has been renewed for a second season. The drama follows two families feuding "
        f"over a mill. Hulu said the cast of {t} would be back next year.",
        (normalise_title(t), "renewed", 2)),
    "network_possessive": lambda t: (
        "Renewal roundup",
        f"Peacock's {t} is coming back. The streamer renewed {t} for a third season on "
        "Tuesday, two weeks after the finale.",
        (normalise_title(t), "renewed", 3)),
    "season_of": lambda t: (
        "Premiere dates",
        f"The second season of {t} premieres on March 3 on Hulu. Fans of {t} waited two "
        "years for it.",
        (normalise_title(t), "premiere", 2)),
}


def _one_show(layout: Layout, title: str) -> None:
    headline, body, (show, kind, season) = layout(title)
    got = stated(headline, body)
    assert any(s == show and k == kind and (season is None or n == season)
               for s, k, n in got), got
    assert not fragments_of(title) & {s for s, _, _ in got}, got


@pytest.mark.parametrize("title", AND_TITLES)
@pytest.mark.parametrize("layout", list(AND_FIXED))
def test_an_and_title_written_whole_again_is_one_show(layout: str, title: str) -> None:
    _one_show(AND_FIXED[layout], title)


@pytest.mark.parametrize("title", [*AND_TITLES, "The Lantern and the Long Dark"])
@pytest.mark.parametrize("layout", list(AND_ALREADY))
def test_an_and_title_the_sentence_makes_one_show(layout: str, title: str) -> None:
    _one_show(AND_ALREADY[layout], title)


#: (headline, body, the shows the facts name): two shows joined by "and", whatever is repeated.
AND_CONTROL: dict[str, tuple[str, str, set[str]]] = {
    "plural_verb_twice": (
        "TV news",
        "Glass Harbor and Red Kettle Bay were both renewed for second seasons. NBC said "
        "Glass Harbor and Red Kettle Bay return in the fall.",
        {"glass harbor", "red kettle bay"}),
    "one_side_alone": (
        "TV news",
        "NBC has renewed Glass Harbor and Red Kettle Bay. Glass Harbor and Red Kettle Bay "
        "drew big audiences. Red Kettle Bay returns for a third season in May.",
        {"glass harbor", "red kettle bay"}),
    "said_once": (
        "TV news",
        "NBC has renewed Glass Harbor and Red Kettle Bay for new seasons.",
        {"glass harbor", "red kettle bay"}),
    "one_word_sides": (
        "TV news",
        "Love and Other Weather was renewed for a second season. Love and Other Weather stars "
        "Jane Doe.", {"love and other weather"}),
}


@pytest.mark.parametrize("case", list(AND_CONTROL))
def test_two_shows_joined_by_and_stay_two(case: str) -> None:
    headline, body, shows = AND_CONTROL[case]
    assert {show for show, _, _ in stated(headline, body)} == shows


# --- the words before a preposition that open a title ------------------------------------------

#: Titles whose first word ``clean_title`` drops as a sentence's word ("Return", "Summer",
#: "Work"), then the preposition after it.
HEAD_TITLES = ["Return to Salt Creek", "Return of the Ember Queen", "Work in the Night Kitchen",
               "Report from the Iron Coast"]

#: (title) -> (headline, body, the fact stated): the whole name written twice or more, once at
#: least inside a sentence, the rest never alone.
HEAD_FIXED: dict[str, Layout] = {
    "object_then_subject": lambda t: (
        "Network news",
        f"Netflix has renewed {t} for a second season. {t} follows a family of sailors.",
        (normalise_title(t), "renewed", 2)),
    "subject_then_object": lambda t: (
        "Network news",
        f"{t} has been cancelled after two seasons. The streamer ordered {t} in 2028 as a "
        "limited series.", (normalise_title(t), "cancelled", 2)),
    "network_possessive": lambda t: (
        "Renewal roundup",
        f"Hulu's {t} will return for a third season. Jane Doe, who created {t}, "
        "will write every episode.", (normalise_title(t), "renewed", 3)),
    "season_of": lambda t: (
        "Premiere dates",
        f"Peacock has set a June 14 premiere for season 2 of {t}. The cast of {t} returns "
        "in full.", (normalise_title(t), "premiere", 2)),
    "in_a_list": lambda t: (
        "Renewal roundup",
        f"ABC renewed Glass Harbor, {t} and Red Kettle on Monday. Ratings for {t} rose "
        "all year.", (normalise_title(t), "renewed", None)),
}


@pytest.mark.parametrize("title", HEAD_TITLES)
@pytest.mark.parametrize("layout", list(HEAD_FIXED))
def test_a_head_the_article_writes_every_time_is_the_titles(layout: str, title: str) -> None:
    headline, body, (show, kind, season) = HEAD_FIXED[layout](title)
    got = stated(headline, body)
    assert any(s == show and k == kind and (season is None or n == season)
               for s, k, n in got), got
    assert not fragments_of(title) & {s for s, _, _ in got}, got


#: (headline, body, the shows the facts name): the words before the preposition are the
#: sentence's, or the article never writes them inside a sentence.
HEAD_CONTROL: dict[str, tuple[str, str, set[str]]] = {
    "fans_of_twice": (
        "TV news",
        "Glass Harbor was renewed for a third season. Fans of Glass Harbor cheered, and Fans "
        "of Glass Harbor clubs planned parties.", {"glass harbor"}),
    "filming_on_at_starts": (
        "TV news",
        "Filming on Glass Harbor season 2 began in Atlanta on Monday. Filming on Glass Harbor "
        "lasts until May.", {"glass harbor"}),
    "on_a_network": (
        "TV news",
        "Lost Harbor on Netflix has been renewed for a second season. Lost Harbor on Netflix "
        "was the streamer's biggest drama.", {"lost harbor"}),
    "in_its_third_season": (
        "TV news",
        "Blue Acre in its third season drew its best ratings, and NBC renewed Blue Acre for a "
        "fourth season.", {"blue acre"}),
    "said_once_inside": (
        "TV news",
        "Netflix has renewed Return to Salt Creek for a second season.", {"salt creek"}),
}


@pytest.mark.parametrize("case", list(HEAD_CONTROL))
def test_words_before_a_preposition_that_are_not_the_titles(case: str) -> None:
    headline, body, shows = HEAD_CONTROL[case]
    assert {show for show, _, _ in stated(headline, body)} == shows


# --- a capitalised "A" after a cut preposition ------------------------------------------------

@pytest.mark.parametrize("title", ["A Year with the Fernleys", "A Summer at Fernley Lake",
                                   "A Light in Copper Hollow"])
@pytest.mark.parametrize("opening", ["Production on", "Filming on"])
def test_an_article_after_a_cut_preposition_is_the_titles(opening: str, title: str) -> None:
    """"Production on A Year with the Fernleys season 2 began": the span opens the sentence,
    but the "A" stands after "on", inside it, so it is the title's own."""
    got = stated("TV news", f"{opening} {title} season 2 began in Atlanta on Monday. The "
                            "series stars Jane Doe.")
    assert (normalise_title(title), "filming_started", 2) in got, got


def test_a_cut_preposition_keeps_the_article_only_inside_the_run() -> None:
    """Controls of ``clean_title``: a sentence's own capitals before a title still go."""
    assert clean_title("Production on Glass Harbor") == "Glass Harbor"
    assert clean_title("In A Light in Copper Hollow") == "Light in Copper Hollow"


# --- an owner's possessive glued to a title's front -------------------------------------------

#: Owners no list knows as a person or a network, and titles of two to five words.
OWNERS = ["Brightwater", "Kaveh Brightwater", "Ostrava Quinn"]
OWNED = ["Salt Road", "Tales of the Drowned City", "Blood Orchard"]

#: (owner, title) -> (headline, body, the fact stated): the article writes the title alone
#: as often as with the owner.
OWNER_FIXED: dict[str, Callable[[str, str], tuple[str, str, Fact]]] = {
    "object": lambda o, t: (
        "Network news",
        f"Netflix renewed {o}'s {t} for a second season. {t} follows a family of sailors.",
        (normalise_title(t), "renewed", 2)),
    "subject": lambda o, t: (
        "Network news",
        f"{o}'s {t} has been cancelled after two seasons. {t} followed a family of sailors.",
        (normalise_title(t), "cancelled", 2)),
    "title_first": lambda o, t: (
        "Network news",
        f"{t} drew the streamer's biggest audience this year. Hulu has renewed {o}'s {t} "
        "for a third season.", (normalise_title(t), "renewed", 3)),
}


@pytest.mark.parametrize("title", OWNED)
@pytest.mark.parametrize("owner", OWNERS)
@pytest.mark.parametrize("layout", list(OWNER_FIXED))
def test_an_owners_possessive_the_article_drops_is_no_titles(layout: str, owner: str,
                                                             title: str) -> None:
    headline, body, fact = OWNER_FIXED[layout](owner, title)
    got = stated(headline, body)
    assert fact in got, got
    assert normalise_title(f"{owner}'s {title}") not in {s for s, _, _ in got}, got


#: (headline, body, the shows the facts name): a possessive the article keeps is the title's.
OWNER_CONTROL: dict[str, tuple[str, str, set[str]]] = {
    "never_dropped": (
        "TV news", "Nobody's Garden has been renewed for a second season. The garden in "
        "Nobody's Garden is real.", {"nobodys garden"}),
    "mostly_kept": (
        "TV news", "Halloran's Lantern has been renewed for a third season. Halloran's "
        "Lantern is a comedy. Halloran's Lantern stars Omar Reyes, and Lantern fans cheered.",
        {"hallorans lantern"}),
    "quoted": (
        "TV news", "“Halloran's Lantern” has been renewed for a third season. "
        "Lantern fans cheered.", {"hallorans lantern"}),
    "known_person": (
        "TV news", "Jane Doe's Salt Road has been renewed for a second season.",
        {"salt road"}),
}


@pytest.mark.parametrize("case", list(OWNER_CONTROL))
def test_a_possessive_the_article_keeps_is_the_titles(case: str) -> None:
    headline, body, shows = OWNER_CONTROL[case]
    assert {show for show, _, _ in stated(headline, body)} == shows


# --- an owner the article shows to be a person ---------------------------------------------------

#: (headline, body, the fact stated): the owner's first name is on no list, but the article
#: uses the name like a person's ("creator ...", "... said"), so the possessive is a person's
#: and the title starts after it.
PERSON_OWNER_FIXED: dict[str, tuple[str, str, Fact]] = {
    "surname_after_full_name": (
        "TV news", "Showrunner Kaveh Brightwater said the news was a relief. Brightwater's "
        "Salt Road drew eight million viewers last fall. The drama has been renewed for a "
        "second season.", ("salt road", "renewed", 2)),
    "full_name_said_later": (
        "TV news", "Kaveh Brightwater's Salt Road drew eight million viewers last fall. The "
        "drama has been renewed for a second season, creator Kaveh Brightwater said.",
        ("salt road", "renewed", 2)),
    "object_with_speaker": (
        "TV news", "Netflix renewed Ostrava Quinn's Blood Orchard for a second season, "
        "Ostrava Quinn said on Monday.", ("blood orchard", "renewed", 2)),
}


@pytest.mark.parametrize("case", list(PERSON_OWNER_FIXED))
def test_an_owner_the_article_shows_to_be_a_person(case: str) -> None:
    headline, body, fact = PERSON_OWNER_FIXED[case]
    got = stated(headline, body)
    assert fact in got, got
    assert {show for show, _, _ in got} == {fact[0]}, got


#: (headline, body, the shows the facts name): an owner the article never shows to be a
#: person stays as it was (no title after a bare possessive; a glued one kept whole).
PERSON_OWNER_CONTROL: dict[str, tuple[str, str, set[str]]] = {
    "no_person_evidence": (
        "TV news", "Marrow Vance's Lantern drew eight million viewers last fall. The drama "
        "has been renewed for a second season.", set()),
    "glued_no_evidence": (
        "TV news", "Netflix renewed Marrow Vance's Lantern for a second season.",
        {"marrow vances lantern"}),
    "s_apostrophe_speaker": (
        "TV news", "Hulu renewed Kaveh Barris' Salt Road for a third season. Kaveh Barris "
        "said the writers were already at work.", {"salt road"}),
}


@pytest.mark.parametrize("case", list(PERSON_OWNER_CONTROL))
def test_an_owner_the_article_does_not_show_to_be_a_person(case: str) -> None:
    headline, body, shows = PERSON_OWNER_CONTROL[case]
    assert {show for show, _, _ in stated(headline, body)} == shows


# --- the rules say what they did ---------------------------------------------------------------

def test_explain_names_the_span_rules() -> None:
    article = make_article("Netflix has renewed Return to Salt Creek. Return to Salt Creek stars "
                           "Jane Doe. NBC has cancelled Blood and Bone in Tarrow. Blood and Bone "
                           "in Tarrow ran for two seasons. Hulu renewed Ostrava Quinn's Blood "
                           "Orchard. Blood Orchard returns in May.", "TV news", PUBLISHED)
    with rules.tracing() as trace:
        extract_facts(article)
    verdicts = {title: (kept, rule) for title, kept, rule in trace.titles}
    assert verdicts.get("Salt Creek") == (False, "title.span.attested_head"), verdicts
    assert verdicts.get("Blood") == (False, "title.span.attested_whole"), verdicts
    assert verdicts.get("Ostrava Quinn's Blood Orchard") == (
        False, "title.span.owner_possessive"), verdicts
    article = make_article("Netflix renewed Kaveh Brightwater's Salt Road, Kaveh Brightwater said.",
                           "TV news", PUBLISHED)
    with rules.tracing() as trace:
        extract_facts(article)
    owner = {title: (kept, rule) for title, kept, rule in trace.titles}
    assert owner.get("Kaveh Brightwater's Salt Road") == (
        False, "title.span.person_owner"), owner
    assert verdicts["Return to Salt Creek"][0] and verdicts["Blood and Bone in Tarrow"][0]
