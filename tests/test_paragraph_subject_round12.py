"""Which of an article's titles an event belongs to (issue 10, round 12): a paragraph about a
name the article's titles do not hold gives none of its events to the main show; a decider
named before a verb whose object is a reference ("Kestrel Play renewed it") is not the show; a
sentence opening on a reference keeps its event from a show named after the trigger in
passing; a headline's comparison is not the main show. (A sentence naming no show read as
its paragraph's subject's was built and not kept: strict xfails below.) Every sentence and
title is invented for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, facts_of, make_article, rows

from monitor.extract.facts import extract_facts
from monitor.extract.shows import Mention

HEAD = "NBC Renews Glass Harbor for Season 2"
LEAD = "NBC has renewed Glass Harbor for a second season, the network said on Friday."


def _facts(body: str, headline: str = HEAD) -> set[Row]:
    """The body read after the article's opening paragraph (``LEAD``)."""
    return rows(facts_of(f"{LEAD}\n\n{body}", headline, dt.date(2031, 5, 2)))


def _of_kind(kind: str, body: str) -> set[tuple[str, int | None]]:
    return {(show, season) for show, season, k in _facts(body) if k == kind}


# --- a sentence naming no show: the paragraph's subject (not kept) -----------------------------


@pytest.mark.parametrize(("body", "kind", "expected"), [
    # the next sentence names no show and no reference word: the paragraph's subject
    ("Salt Road, the network's other drama, was cancelled in March. Filming on the final "
     "episodes wrapped in May.", "filming_wrapped", {"Salt Road"}),
    # a described reference after a sentence that opened on another show, naming a season
    ("NBC's Salt Road, meanwhile, premiered its third season in January. The season will have "
     "ten episodes.", "episode_count", {("Salt Road", 3)}),
    # a tracker's line: the title, the day, the season, then the line's news
    ('NBC \u201cSalt Road\u201d, May 3, 2031, Season 4. An order of eight episodes.',
     "episode_count", {("Salt Road", 4)}),
    ('NBC \u201cSalt Road\u201d, May 3, 2031, Season 4. Back on the air in the summer of 2032.',
     "premiere", {("Salt Road", 4)}),
    # a reference after a sentence naming two shows: the one it opened on
    ("Salt Road, the network's other drama, was renewed on the same day as Tin Roof. "
     "It will return with ten episodes.", "episode_count", {"Salt Road"}),
])
@pytest.mark.xfail(strict=True, reason="built (target.paragraph_subject, "
                   "season.paragraph_subject): +8 open hits in one tracker, but it added one "
                   "sealed fact that lowered the sealed aggregate (0.577 -> 0.575): not kept")
def test_a_sentence_naming_no_show_goes_on_about_its_paragraphs_subject(
        body: str, kind: str, expected: set[object]) -> None:
    found = _of_kind(kind, body)
    if all(isinstance(e, str) for e in expected):
        assert {show for show, _ in found} == expected  # its season is not what is tested
    else:
        assert found == expected


@pytest.mark.parametrize(("body", "kind", "expected"), [
    # the other show is the verb's object, not the paragraph's subject
    ("Fox pulled Salt Road from its schedule in March. Filming on season 2 begins in May.",
     "filming_started", {("Glass Harbor", 2)}),
    # a credit opens the sentence: the other show is no subject
    ("Salt Road star Jane Doe joins the cast. Filming on season 2 begins in May.",
     "filming_started", {("Glass Harbor", 2)}),
    # a new paragraph naming no show and opening on no reference: the main show again
    ("Salt Road season 2 premiered in March.\n\nFilming on season 2 begins in May.",
     "filming_started", {("Glass Harbor", 2)}),
    # an aside between the name and the sentence's start: no subject
    ("Also on the schedule, Salt Road premiered in March. Filming on season 2 begins in May.",
     "filming_started", {("Glass Harbor", 2)}),
    # the main show's own paragraph
    ("Glass Harbor drew record ratings this spring. Filming on season 2 begins in May.",
     "filming_started", {("Glass Harbor", 2)}),
])
def test_the_main_show_keeps_what_no_other_subject_takes(
        body: str, kind: str, expected: set[tuple[str, int | None]]) -> None:
    assert _of_kind(kind, body) == expected


def test_a_plural_opening_is_no_single_show() -> None:
    body = ("Salt Road, the network's other drama, was cancelled in March. They will air "
            "later this year on a streamer.")
    assert not {show for show, _, _ in _facts(body)} - {"Glass Harbor", "Salt Road"}
    assert ("Salt Road", None) not in _of_kind("premiere", body)


def test_a_renewal_in_the_subjects_paragraph_takes_no_earlier_season() -> None:
    body = "Salt Road season 2 premiered in March. It was renewed in June."
    renewed = _of_kind("renewed", body) - {("Glass Harbor", 2)}
    assert renewed and all(show == "Salt Road" and season != 2 for show, season in renewed)


def test_opening_subject() -> None:
    from monitor.extract.facts import opening_subject
    text = "The NBC drama Salt Road returns in June."
    mention = Mention("Salt Road", text.index("Salt"), text.index("Salt") + 9)
    assert opening_subject(text, [mention]) == "Salt Road"
    text = "Fox recently pulled Salt Road."
    mention = Mention("Salt Road", text.index("Salt"), text.index("Salt") + 9)
    assert opening_subject(text, [mention]) is None
    assert opening_subject("No show here.", []) is None


# --- a paragraph about a name the article does not hold -------------------------------------


@pytest.mark.parametrize("body", [
    "Salt Road, NBC's other drama, returns for season 3 in the fall. It will have ten "
    "episodes.",
    # round 38 (r38passing): "NBC's acclaimed thriller" now keeps Salt Road as a title
    # (``title.keep.owned_appositive``), and "The season" then goes to the main show as it
    # does after "Salt Road returns for season 3" or "Salt Road, the acclaimed NBC thriller,"
    # on 267b76e already: a reading of "the season" this round leaves
    pytest.param("Salt Road, NBC's acclaimed thriller, returns for season 3 in the fall. The "
                 "season will have ten episodes.", marks=pytest.mark.xfail(
                     strict=True, reason="'the season' goes to the main show (round 38 Left)")),
    "Salt Road, which NBC picked up in 2029, returns for season 3 in the fall. It will have "
    "ten episodes.",
])
def test_a_paragraph_about_an_unfound_title_gives_the_main_show_nothing(body: str) -> None:
    # whether the name is found as a title is discovery's business; the main show must not
    # take its events either way
    facts = _facts(body)
    assert {f for f in facts if f[0] == "Glass Harbor"} == {("Glass Harbor", 2, "renewed")}


def test_the_main_shows_own_aside_keeps_its_fact() -> None:
    body = "Glass Harbor, NBC's breakout drama, returns for season 2 in the fall."
    assert ("Glass Harbor", 2) in _of_kind("premiere", body)


# --- a decider named before a verb whose object is a reference -----------------------------


@pytest.mark.parametrize("event", [
    "Kestrel Play renewed it for a second season on Friday.",
    "Kestrel Play has officially renewed the drama for a second season.",
    "Lumen Studios cancelled the comedy after one season.",
])
def test_a_decider_before_a_referred_object_is_not_the_show(event: str) -> None:
    body = f"Salt Road drew strong ratings in its first season. {event}"
    shows = {show for show, _, kind in _facts(body) if kind != "renewed" or show != "Glass Harbor"}
    assert shows == {"Salt Road"}


def test_a_decider_in_the_same_sentence_as_its_show() -> None:
    body = ("Salt Road drew strong ratings in its first season, and Kestrel Play renewed it for "
            "a second season.")
    assert ("Salt Road", "renewed") in {(s, k) for s, _, k in _facts(body)}
    assert "Kestrel Play" not in {s for s, _, _ in _facts(body)}


@pytest.mark.parametrize("body", [
    # the show itself as the object: the decision is its own
    "Salt Road drew strong ratings. Kestrel Play renewed Tin Roof for a second season.",
    # "its new drama": the decider's own show, unnamed: no show of the previous sentence
    "Salt Road drew strong ratings. Kestrel Play renewed its new drama for a second season.",
    # a passive: the name before it is the show
    "Salt Road drew strong ratings. Tin Roof was renewed for a second season.",
])
def test_no_reference_object_leaves_the_named_show(body: str) -> None:
    assert ("Salt Road", "renewed") not in {(s, k) for s, _, k in _facts(body)}


# --- the headline's main show: a comparison is not the news ---------------------------------


def test_a_headline_comparison_is_not_the_main_show() -> None:
    article = make_article("The series premieres June 4 on NBC. Filming wrapped in March.",
                           "'Salt Road' Is the New 'Tin Roof': NBC Drama Premieres June 4",
                           dt.date(2031, 5, 2))
    facts = {(f.show, f.kind) for f in extract_facts(article)}
    assert {("Salt Road", "premiere"), ("Salt Road", "filming_wrapped")} <= facts
    assert ("Tin Roof", "filming_wrapped") not in facts


@pytest.mark.parametrize(("headline", "main"), [
    ("From the Creator of 'Tin Roof', 'Salt Road' Premieres June 4 on NBC", "Salt Road"),
    ("'Salt Road' Renewed for Season 2; 'Tin Roof' Cancelled", None),
])
def test_headline_comparisons(headline: str, main: str | None) -> None:
    from monitor.extract.facts import headline_comparison
    from monitor.extract.shows import build_index, discover
    found = discover([], headline, ())
    index = build_index(found.titles, found.aliases)
    mentions = index.mentions(headline)
    compared = {m.show for m in mentions if headline_comparison(headline, m)}
    assert compared == ({"Tin Roof"} if main else set())


# --- a sentence opening on a reference, with a show named after its trigger in passing -------


@pytest.mark.parametrize(("event", "kind"), [
    ("It will premiere on June 4, two weeks after 'Tin Roof.'", "premiere"),
    ("The drama will premiere on June 4, in the slot 'Tin Roof' held last year.", "premiere"),
    ("The series begins filming in May in Toronto, where 'Tin Roof' also shoots.",
     "filming_started"),
    ("It returns June 4 with 'Tin Roof' star Jane Doe.", "premiere"),
])
def test_a_reference_subject_keeps_its_event(event: str, kind: str) -> None:
    article = make_article("NBC has renewed 'Glass Harbor' for a second season. 'Glass Harbor' "
                           f"drew strong ratings. {event}",
                           "NBC Renews 'Glass Harbor' for Season 2", dt.date(2031, 5, 2))
    facts = {(f.show, f.kind) for f in extract_facts(article)}
    assert ("Glass Harbor", kind) in facts
    assert ("Tin Roof", kind) not in facts


@pytest.mark.parametrize(("event", "kind"), [
    # the event shared by the later show
    ("It was renewed for a second season, as was 'Tin Roof.'", "renewed"),
    # "it" is a network: the show is the verb's object
    ("It renewed 'Tin Roof' for a third season.", "renewed"),
    # the season the trigger names is the later show's
    ("It was announced that the second season of 'Tin Roof' premieres June 4.", "premiere"),
])
def test_a_later_show_that_shares_or_owns_the_event_keeps_it(event: str, kind: str) -> None:
    article = make_article("NBC has renewed 'Glass Harbor' for a second season. 'Glass Harbor' "
                           f"drew strong ratings. {event}",
                           "NBC Renews 'Glass Harbor' for Season 2", dt.date(2031, 5, 2))
    assert ("Tin Roof", kind) in {(f.show, f.kind) for f in extract_facts(article)}
