"""Title discovery probed systematically: invented titles of every form a show's name takes,
each in every position articles put a name in, and the capitalised words that are no title
(sentence-opening adverbs and -ing words, people, networks, places, months, generic nouns).
Built the way tests/test_trigger_vocabulary.py built the trigger words; every sentence is
written for this test about invented shows."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from articles import facts_of, make_article

from monitor.extract import rules
from monitor.extract.facts import extract_facts
from monitor.extract.shows import normalise_title
from monitor.models import Article

PUBLISHED = dt.date(2024, 5, 10)

#: Invented titles, one per form.
FORMS = {
    "one_word": "Driftwood",
    "two_words": "Glass Harbor",
    "with_the": "The Lamplighters",
    "with_number": "Station 19 West",
    "colon_subtitle": "Ironvale: The Reckoning",
    "apostrophe": "Mercy's Landing",
    "ampersand": "Salt & Cinder",
    "question_mark": "Who Took Ellie?",
    "romanised": "Kaze no Michi",
    "common_phrase": "Second Chances",
    "long": "The Last Days of Tom Fairweather",
}

#: Positions: a sentence (or a headline over a body, split by " || ") with {t} for the title.
POSITIONS = {
    "subject": "{t} has been renewed for a second season.",
    "subject_passive_by": "{t} has been cancelled by Hulu after two seasons.",
    "object_of_status_verb": "Netflix has renewed {t} for a second season.",
    "object_plain": "Netflix has cancelled {t}.",
    "after_said": "Hulu said {t} season 3 would debut in May.",
    "after_announced_that": "Hulu announced that {t} will return for a third season.",
    "before_relative_clause": "{t}, which debuted in 2022, has been renewed for a third season.",
    "apposition_before": "Netflix has renewed the drama {t} for a second season.",
    "apposition_after": "{t}, the drama from Maya Lind, has been renewed for a second season.",
    "network_possessive": "Hulu's {t} will return for a second season in June.",
    "quoted_subject": "\u201c{t}\u201d has been renewed for a second season.",
    "quoted_object": "Netflix has renewed \u201c{t}\u201d for a second season.",
    "list": "Netflix has renewed Old Pines, {t} and Red Kettle for new seasons.",
    "list_first": "Netflix has renewed {t}, Old Pines and Red Kettle for new seasons.",
    "premiere_subject": "{t} premieres on June 14 on Netflix.",
    "filming": "Filming on {t} season 2 began in Vancouver on Monday.",
    "headline_only": "Netflix Renews \u2018{t}\u2019 For Season 2 || The streamer has renewed the "
                     "drama for a second season. The series follows a family of lighthouse "
                     "keepers.",
    "headline_only_unquoted": "Netflix Renews {t} For Season 2 || The streamer has renewed "
                              "the drama for a second season. The series follows a family of "
                              "lighthouse keepers.",
    "object_of_launch_verb": "On June 14, Netflix debuts {t}.",
    "object_of_will_premiere": "Netflix will premiere {t} on June 14.",
    "calendar_network_in_parens": "Premiering this month. || June 14: {t} (Netflix)",
    "headline_season_lead": "{t} Season 3 Premiere Date Set || The drama returns for its third "
                            "season on June 14.",
    "headline_season_lead_colon": "{t}: Season 2 Begins Filming || Cameras are rolling on the "
                                  "series' second season.",
    "headline_cancel_after": "Netflix Cancels {t} After Two Seasons || The streamer has "
                             "cancelled the drama after two seasons.",
}


def _shows(text: str) -> set[str]:
    """The shows of the facts a sentence (or a headline || body) states, as the scorer
    compares them (case, punctuation and a leading "The" aside)."""
    title, _, body = text.rpartition(" || ")
    return {normalise_title(f.show) for f in facts_of(body, title, PUBLISHED)}


def proposed(article: Article) -> set[tuple[str, str]]:
    """(show, kind), as the scorer compares shows, of the facts ``article`` states and of those
    held back only for want of evidence that their span names a TV show
    (``drop.unevidenced_title``, tested in test_facts_evidence.py): what title discovery,
    the triggers and attribution propose, which the probes of one bare sentence test (such a
    sentence gives no evidence beside a name: a film shoots, a deal is renewed)."""
    with rules.tracing() as trace:
        facts = extract_facts(article)
    held_back = {(normalise_title(e.phrase), e.kind) for e in trace.events
                 if e.dropped_by == "drop.unevidenced_title"}
    return {(normalise_title(f.show), f.kind) for f in facts} | held_back


def proposed_shows(text: str) -> set[str]:
    """The shows :func:`proposed` gives for a sentence (or a headline || body)."""
    title, _, body = text.rpartition(" || ")
    return {show for show, _ in proposed(make_article(body, title, PUBLISHED))}


#: Probes that still fail, each with why (strict: a fix turns the test red until it is removed).
KNOWN_GAPS = {
    **{(position, "question_mark"): "an unquoted '?' before a comma ends the sentence"
       for position in ("before_relative_clause", "apposition_after")},
    **{(position, "question_mark"): "a headline opening 'Who ...' reads as a question"
       for position in ("headline_season_lead", "headline_season_lead_colon")},
    ("calendar_network_in_parens", "question_mark"): "the '?' ends the calendar line's sentence",
}

def probe_cases(forms: dict[str, str], known_gaps: dict[tuple[str, str], str]) -> list[Any]:
    """Every form in every position; a known gap is a strict xfail with its reason."""
    return [pytest.param(form, position, id=f"{position}-{form}", marks=[pytest.mark.xfail(
                strict=True, reason=known_gaps[(position, form)])]
                if (position, form) in known_gaps else [])
            for position in POSITIONS for form in forms]


def title_found(title: str, position: str) -> None:
    """The title is among the shows the extractor finds with the title put in ``position``."""
    text = POSITIONS[position].format(t=title)
    assert normalise_title(title) in _shows(text), (text, _shows(text))


@pytest.mark.parametrize(("form", "position"), probe_cases(FORMS, KNOWN_GAPS))
def test_title_found_in_every_position(form: str, position: str) -> None:
    title_found(FORMS[form], position)


#: Capitalised words at a title's usual places that are no title: (sentence, the non-title).
NEGATIVES = [
    ("Ahead of its return, Netflix has renewed Glass Harbor for a second season.", "Ahead"),
    ("Ahead, Glass Harbor will return for a second season.", "Ahead"),
    ("Reportedly, Netflix has renewed Glass Harbor for a second season.", "Reportedly"),
    ("Meanwhile, Hulu has cancelled Glass Harbor after two seasons.", "Meanwhile"),
    ("Earlier, Hulu had cancelled Glass Harbor after two seasons.", "Earlier"),
    ("Speaking on Tuesday, Maya Lind said Glass Harbor has been renewed for a second season.",
     "Speaking"),
    ("Following the finale, Netflix has renewed Glass Harbor for a second season.",
     "Following"),
    ("Maya Lind said Netflix has renewed Glass Harbor for a second season.", "Maya Lind"),
    ("Netflix has renewed Glass Harbor for a second season, Maya Lind said.", "Maya Lind"),
    ("Hulu has renewed Glass Harbor for a second season.", "Hulu"),
    ("In Vancouver, filming began on Glass Harbor season 2 on Monday.", "Vancouver"),
    ("In March, Netflix renewed Glass Harbor for a second season.", "March"),
    ("March brought news that Glass Harbor has been renewed for a second season.", "March"),
    ("The Network has renewed Glass Harbor for a second season.", "The Network"),
    ("Next, Glass Harbor will return for a second season.", "Next"),
    ("Later, Glass Harbor will return for a second season.", "Later"),
    ("Elsewhere, Glass Harbor will return for a second season.", "Elsewhere"),
    # a launch verb's date is no object of it
    ("Glass Harbor season 2 premieres 6/13 on NBC.", "6/13"),
    ("Glass Harbor season 2 debuts June 13 on NBC.", "June"),
    ("Glass Harbor season 2 premieres Sunday, June 13, on NBC.", "Sunday"),
    ("Hulu said Sarah Collins was thrilled that Glass Harbor has been renewed for a second season.",
     "Sarah Collins"),
    ("Netflix has renewed Glass Harbor for a second season, said Sarah Collins.",
     "Sarah Collins"),
    ("Vancouver Season 2 Shoot Begins For Glass Harbor || Filming on Glass Harbor season 2 "
     "began on Monday.", "Vancouver"),
    ("Canada Season 2 Shoot Begins For Glass Harbor || Filming on Glass Harbor season 2 "
     "began on Monday.", "Canada"),
    ("Sarah Collins Season 2 Return Confirmed For Glass Harbor || Netflix has renewed Glass "
     "Harbor for a second season.", "Sarah Collins"),
    ("Everything We Know About Glass Harbor Season 2 || Netflix has renewed Glass Harbor for a "
     "second season.", "Everything"),
    ("Fans cheered as Netflix renewed Glass Harbor for a second season.", "Fans"),
    ("Sources say Netflix has renewed Glass Harbor for a second season.", "Sources"),
    ("Ultimately, Netflix renewed Glass Harbor for a second season.", "Ultimately"),
    ("Previously, Glass Harbor was renewed for a second season.", "Previously"),
    ("Despite low ratings, Netflix renewed Glass Harbor for a second season.", "Despite"),
    ("Hoping for more, Netflix renewed Glass Harbor for a second season.", "Hoping"),
]


@pytest.mark.parametrize(("text", "word"), NEGATIVES)
def test_capitalised_words_that_are_no_title(text: str, word: str) -> None:
    shows = _shows(text)
    key = normalise_title(word)
    assert not any(key == s or s.startswith(key + " ") for s in shows), shows
    assert "glass harbor" in shows, shows
