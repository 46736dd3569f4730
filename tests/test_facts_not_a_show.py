"""False facts of round 7 (issue 10, precision on unseen text): a trigger read in another sense
(a deal, a contract or a partnership renewed; "renewed" as an adjective) and a span that is no
show at all (an organisation, a headline's clause or section label, a headline's adjective,
a word in scare quotes). Every probe is an invented sentence in the forms articles use, each
class paired with positive twins that must still give their fact."""

from __future__ import annotations

import re

import pytest
from articles import facts_of
from test_trigger_vocabulary import NEUTRAL_BODY, PUBLISHED, _facts, _kinds

from monitor.extract.shows import clean_title
from monitor.extract.titles import judge, other_work

#: The show the probes are about.
SHOW = "Glass Harbor"


def _shows_of(text: str, title: str = "", kind: str = "") -> set[str]:
    """The shows a text (with its headline) gives a fact of ``kind`` (any kind when empty)."""
    return {str(show) for show, _, k in _facts(text, title=title) if not kind or k == kind}


#: "renewed" in another sense: a deal, a contract, a partnership, or an adjective.
RENEWED_OTHER_SENSE = [
    "NBC has renewed its licensing deal with Glass Harbor producer Tin Roof Studios.",
    "Maya Lind renewed her contract with the network, so she stays on Glass Harbor.",
    "Tin Roof Studios renewed its first-look partnership with Netflix, home of Glass Harbor.",
    "The network renewed its commitment to scripted drama after Glass Harbor ended.",
    "Fans have renewed calls for Glass Harbor to return.",
    "The finale sparked renewed interest in Glass Harbor.",
    "The studio has renewed the overall deal of Glass Harbor's creator.",
    "Maya Lind Renews Contract With NBC Ahead Of Glass Harbor Season 3",
]
RENEWED_OTHER_SENSE_TWINS = [
    "NBC has renewed Glass Harbor for a third season.",
    "Netflix renewed the drama Glass Harbor for a second season on Monday.",
    "Glass Harbor has been renewed for a second season.",
    "Netflix Renews Glass Harbor For Season 3",
    "Netflix has renewed its hit drama Glass Harbor for a third season.",
]


@pytest.mark.parametrize("text", RENEWED_OTHER_SENSE)
def test_a_deal_a_contract_or_renewed_interest_is_no_renewal(text: str) -> None:
    assert "renewed" not in _kinds(text), _facts(text) if text.endswith(".") else text


@pytest.mark.parametrize("text", RENEWED_OTHER_SENSE_TWINS)
def test_renewal_twins_still_state_their_renewal(text: str) -> None:
    assert "renewed" in _kinds(text)


#: A company's or a network's name is no show, wherever a fact's trigger finds it.
ORGANISATIONS = [
    ("The drama debuted on the Scottish Network Alba 2 in May 2017.", "Scottish Network Alba"),
    ("Tin Roof Studios season 2 premieres on June 14.", "Tin Roof Studios"),
    ("Lantern Media has been cancelled after two seasons.", "Lantern Media"),
    ("Harbor Pictures Inc. will premiere its first series in June 2025.", "Harbor Pictures Inc."),
    ("Bluebird Productions has been renewed as the show's producer.", "Bluebird Productions"),
    ("The Irish crime drama debuted on RTE in May 2019.", "The Irish"),
]
ORGANISATION_TWINS = [
    ("Tin Roof season 2 premieres on June 14.", "Tin Roof"),
    ("\"The Network\" has been cancelled after two seasons.", "The Network"),
    ("The Americans has been renewed for a fifth season.", "The Americans"),
    ("Salt Road Academy season 2 premieres on June 14.", "Salt Road Academy"),
]


@pytest.mark.parametrize(("text", "name"), ORGANISATIONS)
def test_an_organisation_is_no_show(text: str, name: str) -> None:
    assert name not in _shows_of(text), _facts(text)


@pytest.mark.parametrize(("text", "name"), ORGANISATION_TWINS)
def test_organisation_twins_are_shows(text: str, name: str) -> None:
    assert name in _shows_of(text), _facts(text)


#: A headline's clause or a label's line is no title: a label before a colon, a network then a
#: verb, a description with "Its". Each a headline over a body that repeats it, at an address
#: whose slug spells it (the slug confirms the headline's spans).
HEADLINE_CLAUSES = [
    ("Renewal Watch Season Roundup: Syfy Seems to Be Slipping as a Brand, Can It Recover?",
     "The network aired seven dramas starting from September 2023, and five were cancelled.",
     ("Roundup", "Syfy Seems")),
    ("Exclusive: HBO Sets Its New Drama for June 14",
     "The network's new drama premieres on June 14.", ("Sets Its New Drama", "HBO Sets")),
    ("HBO Sets Premiere Date for Its New Drama",
     "HBO said the drama premieres on June 14, after a year of delays.",
     ("Date for Its New Drama", "HBO Sets")),
    ("Netflix Confirms Return of Its Hit Drama for a Second Season",
     "Netflix said the drama would be back for a second season.",
     ("Netflix Confirms", "Return of Its Hit Drama")),
]
HEADLINE_CLAUSE_TWINS = [
    ("Update: Glass Harbor Season 2 Premieres June 14", NEUTRAL_BODY, "Glass Harbor"),
    ("Glass Harbor: Netflix Sets Season 2 Premiere for June 14", NEUTRAL_BODY, "Glass Harbor"),
    ("MTV Unplugged Season 2 Premieres June 14",
     "MTV Unplugged season 2 premieres on June 14.", "MTV Unplugged"),
]


def _slugged_shows(headline: str, body: str) -> set[str]:
    """The shows of a headline over a body that repeats it, at an address spelling it."""
    slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")
    return {f.show for f in facts_of(f"{headline}\n\n{body}", headline, PUBLISHED,
                                     f"https://news.example/2024/03/{slug}/")}


@pytest.mark.parametrize(("headline", "body", "words"), HEADLINE_CLAUSES)
def test_a_headline_clause_is_no_show(headline: str, body: str, words: tuple[str, ...]) -> None:
    shows = _slugged_shows(headline, body)
    assert not {s for s in shows if any(w in s for w in words)}, shows


@pytest.mark.parametrize(("headline", "body", "show"), HEADLINE_CLAUSE_TWINS)
def test_headline_clause_twins_keep_their_show(headline: str, body: str, show: str) -> None:
    assert show in _slugged_shows(headline, body)


#: The same in a body sentence that quotes a headline's words without quotes.
BODY_CLAUSES = [
    ("HBO Sets Premiere Date for Its New Drama, and Glass Harbor returns on June 14.",
     "Date for Its New Drama"),
    ("In a post titled Netflix Renews Its Biggest Hit, the network said Glass Harbor was "
     "renewed.", "Its Biggest Hit"),
    ("Netflix Gets Its Hit Drama Back: Glass Harbor returns on June 14.", "Its Hit Drama"),
]


@pytest.mark.parametrize(("text", "words"), BODY_CLAUSES)
def test_a_description_with_its_is_no_show(text: str, words: str) -> None:
    assert not {s for s in _shows_of(text) if words in s}, _facts(text)


#: An award's category, a post in a company and a person's news in a headline are no shows.
NOT_SHOWS_IN_CONTEXT = [
    ("Glass Harbor won Outstanding Drama Series, and Outstanding Drama Series season 2 "
     "premieres June 14.", "", "Outstanding Drama"),
    ("", "Maya Lind Teases Glass Harbor Season 3: Filming Begins", "Teases"),
    ("", "Glass Harbor Star Maya Lind Shares Season 3 Update: Filming Begins", "Shares"),
]


@pytest.mark.parametrize(("body", "headline", "words"), NOT_SHOWS_IN_CONTEXT)
def test_an_award_or_a_persons_news_is_no_show(body: str, headline: str, words: str) -> None:
    shows = _shows_of(body or NEUTRAL_BODY, title=headline)
    assert not {s for s in shows if words in s}, shows


@pytest.mark.parametrize("span", [
    "Best Comedy Series", "Outstanding Lead Actor", "Best Sketch Comedy Program",
    "President of Original Programming", "Head of Drama at Sky", "EVP of Scripted Content",
    "Jane Doe Shares Update", "Maya Lind Teases Glass Harbor",
])
def test_the_validator_vetoes_awards_posts_and_news_clauses(span: str) -> None:
    assert not judge(span, strong=True).kept, judge(span, strong=True)


@pytest.mark.parametrize("span", [
    "Best Friends Whenever", "Head of the Class", "Chief of War", "Ryan Hansen Solves Crimes",
    "Outstanding Ridge",
])
def test_titles_of_the_same_shape_stay_titles(span: str) -> None:
    assert judge(span, strong=True).kept, judge(span, strong=True)


#: People whose first names the 1990 census list lacks, and Korean names (surname first): news
#: of the cast, not of a show.
PEOPLE = [
    ("Saoirse Kelly won't return for season 3, Netflix confirmed.", "Saoirse Kelly"),
    ("Liam Reyes will return for season 2.", "Liam Reyes"),
    ("Priya Raman will not be back for season 3.", "Priya Raman"),
    ("Lee Byung-hun will return for season 2.", "Lee Byung-hun"),
    ("Lee Byung-hun returns for season 2 of Glass Harbor, which premieres on June 14.",
     "Lee Byung-hun"),
    ("Kang Min Ho will not return for the second season.", "Kang Min Ho"),
]
PEOPLE_TWINS = [
    ("Glass Harbor will return for season 2.", "Glass Harbor"),
    ("Park Avenue Nights will return for season 2.", "Park Avenue Nights"),
    ("Lincoln Heights will return for season 2.", "Lincoln Heights"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_a_person_is_no_show(text: str, name: str) -> None:
    assert name not in _shows_of(text), _facts(text)


@pytest.mark.parametrize(("text", "name"), PEOPLE_TWINS)
def test_people_twins_are_shows(text: str, name: str) -> None:
    assert name in _shows_of(text), _facts(text)


#: A title cut wrong: a scorecard's status or a source before it, a show's star after its
#: possessive. The title inside is found; the span with the extra words is not.
CUT_WRONG = [
    ("Ending: Glass Harbor has been cancelled after three seasons.", "Ending: Glass Harbor",
     "Glass Harbor"),
    ("Per Deadline, Glass Harbor has been renewed for a third season.", "Per Deadline",
     "Glass Harbor"),
    ("Salt Road's Maya Lind will return for season 2.", "Salt Road's Maya Lind", ""),
    ("Salt Road's Jenna Hart won't return for season 3.", "Salt Road's Jenna Hart", ""),
]
CUT_WRONG_TWINS = [
    ("Schitt's Creek will return for season 6.", "Schitt's Creek"),
    ("Grey's Anatomy will return for season 21.", "Grey's Anatomy"),
]


@pytest.mark.parametrize(("text", "wrong", "right"), CUT_WRONG)
def test_a_title_cut_wrong_is_no_show(text: str, wrong: str, right: str) -> None:
    shows = _shows_of(text)
    assert wrong not in shows and (not right or right in shows), _facts(text)


@pytest.mark.parametrize(("text", "show"), CUT_WRONG_TWINS)
def test_cut_wrong_twins_keep_their_title(text: str, show: str) -> None:
    assert any(show in s for s in _shows_of(text)), _facts(text)


def test_a_cast_opener_opens_no_title() -> None:
    assert clean_title("Starring Stallone") == "Stallone"
    assert clean_title("Ending: The Magicians") == "The Magicians"


#: A headline's adjective before a season is no title, even where the slug spells it.
HYPE_HEADLINES = [
    ("Salt And Bone Ends Its Shoot, Epic Season 2 Is On The Way",
     "The streaming drama Salt and Bone finished shooting its second season.", "Epic"),
    ("Glass Harbor Ends Its Shoot, Epic Season 2 Is On The Way",
     "The streaming drama finished shooting its second season.", "Epic"),
    ("Salt And Bone Renewed, Explosive Season 3 Coming Soon",
     "Netflix has renewed the series for a third season.", "Explosive"),
]


@pytest.mark.parametrize(("headline", "body", "word"), HYPE_HEADLINES)
def test_a_headlines_adjective_is_no_show(headline: str, body: str, word: str) -> None:
    assert word not in _slugged_shows(headline, body)


#: "not to renew" asked, dared or feared is no decision, so no cancellation.
DENIALS_NOT_DECIDED = [
    "The finale read like the writer daring the studio not to renew Glass Harbor.",
    "Fans urged the network not to renew Glass Harbor after the divisive finale.",
    "The cast feared the network would choose not to renew Glass Harbor.",
]
DENIALS_DECIDED = [
    "Netflix decided not to renew Glass Harbor.",
    "The network opted not to renew Glass Harbor for a third season.",
]


@pytest.mark.parametrize("text", DENIALS_NOT_DECIDED)
def test_a_denial_asked_or_feared_is_no_cancellation(text: str) -> None:
    assert "cancelled" not in _kinds(text), _facts(text)


@pytest.mark.parametrize("text", DENIALS_DECIDED)
def test_a_denial_decided_is_a_cancellation(text: str) -> None:
    assert "cancelled" in _kinds(text), _facts(text)


#: A special, a reunion or an event named with its kind is one broadcast, no season; a studio
#: of animation is a company; a work after someone's "novel" is a book.
EVENTS_AND_WORKS = [
    ("The Glass Harbor Christmas Special premieres on December 24.", "Christmas Special"),
    ("The Salt Road Reunion Special premieres on Max on May 27.", "Reunion Special"),
    ("Netflix Fan Celebration: The Live Event premieres on May 31.", "Live Event"),
    ("Tin Roof Animation has renewed its deal, and Glass Harbor season 2 premieres June 14.",
     "Tin Roof Animation"),
]


@pytest.mark.parametrize(("text", "words"), EVENTS_AND_WORKS)
def test_an_event_a_special_or_a_studio_is_no_show(text: str, words: str) -> None:
    assert not {s for s in _shows_of(text) if words in s}, _facts(text)


def test_a_work_after_someones_novel_is_a_book() -> None:
    text = "The drama is based on Jane Holt's novel Salt Road, and Glass Harbor was renewed."
    assert other_work("Salt Road", text)
    assert not other_work("Glass Harbor", text)


#: A premiere in a relative aside is the show's past, not the season the main clause names.
def test_a_premiere_in_a_relative_aside_is_no_later_seasons() -> None:
    facts = _facts("Glass Harbor, which premiered in 2021, has been renewed for a third season.")
    assert (SHOW, 3, "renewed") in facts
    assert (SHOW, 3, "premiere") not in facts, facts


def test_a_season_inside_the_aside_is_still_the_triggers() -> None:
    facts = _facts("Glass Harbor, which returns for its third season on June 14, was a hit in "
                   "Britain.")
    assert (SHOW, 3, "premiere") in facts, facts


#: Another medium as the trigger's subject, no show named: the podcast's or the book's news.
MEDIUM_SUBJECTS = [
    "Netflix has renewed Glass Harbor for a third season. Meanwhile, the official companion "
    "podcast premieres on June 14.",
    "Netflix has renewed Glass Harbor for a third season. The aftershow returns on June 14.",
    "Netflix has renewed Glass Harbor for a third season. Its tie-in novel is set to arrive on "
    "June 14.",
]
MEDIUM_SUBJECT_TWINS = [
    "Netflix has renewed Glass Harbor for a third season. The series returns on June 14.",
    "Netflix has renewed Glass Harbor for a third season. The show is set to return on June 14.",
]


@pytest.mark.parametrize("text", MEDIUM_SUBJECTS)
def test_another_medium_as_subject_states_no_premiere(text: str) -> None:
    assert "premiere" not in _kinds(text), _facts(text)


@pytest.mark.parametrize("text", MEDIUM_SUBJECT_TWINS)
def test_the_show_as_subject_states_its_premiere(text: str) -> None:
    assert "premiere" in _kinds(text), _facts(text)


#: A rank before a full name is a person or a character; a rank before one name is a title.
@pytest.mark.parametrize("span", ["Detective Jane Doe", "Lady Maya Lind", "Captain Liam Reyes",
                                  "Dr. Jenna Hart"])
def test_a_rank_before_a_full_name_is_no_show(span: str) -> None:
    assert not judge(span, strong=True).kept, judge(span, strong=True)


@pytest.mark.parametrize("span", ["Agent Carter", "Father Brown", "Doctor Foster",
                                  "Queen Charlotte"])
def test_a_rank_before_one_name_is_a_title(span: str) -> None:
    assert judge(span, strong=True).kept, judge(span, strong=True)


def test_a_character_returning_is_no_show() -> None:
    text = "Detective Jane Doe will return for season 3 of Glass Harbor, which premieres June 14."
    assert "Detective Jane Doe" not in _shows_of(text), _facts(text)


#: A title written as its initials is the same show as the title the text gives in full; a
#: holiday is a time, no title.
def test_an_acronym_is_the_full_titles_alias() -> None:
    text = ("Netflix has renewed The Salt Road Chronicles for a third season. "
            "TSRC season 3 premieres on June 14.")
    shows = _shows_of(text)
    assert "TSRC" not in shows and "The Salt Road Chronicles" in shows, _facts(text)
    assert ("The Salt Road Chronicles", 3, "premiere") in _facts(text)


def test_an_acronym_alone_stays_a_title() -> None:
    assert "NCIS" in _shows_of("NCIS season 22 premieres on October 14.")


@pytest.mark.parametrize("span", ["Thanksgiving", "Boxing Day", "Halloween",
                                  "Memorial Day Weekend", "Easter Sunday", "Fall 2024",
                                  "Black History Month", "Eurovision", "Summer",
                                  "September", "Sunday Nights", "Late Summer", "Early 2025",
                                  "Q4 2025"])
def test_a_holiday_is_no_show(span: str) -> None:
    assert judge(span, strong=False).rule == "title.veto.holiday"


@pytest.mark.parametrize("span", ["The Holiday", "Salt Road Weekend", "Day Break", "The Fall",
                                  "Wednesday", "1923", "Saturday Night Live"])
def test_a_title_with_a_days_word_stays(span: str) -> None:
    assert judge(span, strong=False).kept


#: A time in title case next to a trigger is no show's name.
TIMES_AS_NAMES = [
    ("Eurovision returns on May 13 on BBC One, and Glass Harbor was renewed.", "Eurovision"),
    ("Black History Month programming premieres February 1 on PBS.", "Black History Month"),
]


@pytest.mark.parametrize(("text", "name"), TIMES_AS_NAMES)
def test_a_time_or_a_yearly_event_is_no_show(text: str, name: str) -> None:
    assert name not in _shows_of(text), _facts(text)
