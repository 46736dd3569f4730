"""Title candidates are validated: networks, places, nationalities and people are vetoed unless
the text treats the name as a show. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, facts_of, make_article, rows

from monitor.extract.facts import extract_facts
from monitor.extract.shows import discover_titles, last_verdicts, title_spans
from monitor.extract.titles import judge, possessor_is_not_title, validate
from monitor.models import ShowName


def _facts(text: str, title: str = "", published: str = "2024-05-10") -> set[Row]:
    return rows(facts_of(text, title, dt.date.fromisoformat(published)))


@pytest.mark.parametrize(("title", "rule"), [
    ("Cinemax", "title.veto.network"),
    ("The CW", "title.veto.network"),
    ("Scotland", "title.veto.place"),
    ("Czech Republic", "title.veto.place"),
    ("Spanish", "title.veto.nationality"),
    ("Steven Ellison", "title.veto.person_name"),
    ("Mary J. Okafor", "title.veto.person_name"),
])
def test_weak_candidates_that_name_something_else_are_vetoed(title: str, rule: str) -> None:
    verdict = judge(title, strong=False)
    assert not verdict.kept and verdict.rule == rule


def test_strong_evidence_beats_a_name_veto_but_never_a_network() -> None:
    assert judge("Atlanta", strong=True).kept
    assert judge("Ted Larkin", strong=True).kept
    assert not judge("Cinemax", strong=True).kept
    assert judge("Kevin Can Wait", strong=False).kept  # not a first name then a surname


def test_a_surname_used_alone_is_a_person_once_the_full_name_was_given() -> None:
    text = "The cast includes Clara Beaumont. Beaumont returns as the lead."
    [verdict] = validate(["Beaumont"], (), text)
    assert verdict.rule == "title.veto.surname"


def test_a_name_listed_beside_a_show_is_a_show_and_watched_titles_are_kept() -> None:
    text = "New seasons of Harbor Lights and Luke Tanner are coming."
    verdicts = validate(["Harbor Lights", "Luke Tanner"], {"Harbor Lights"}, text)
    assert [v.kept for v in verdicts] == [True, True]
    assert verdicts[1].rule == "title.keep.listed_with_show"
    [watched] = validate(["Dana Wolfe"], (), "Dana Wolfe is back.", protected={"Dana Wolfe"})
    assert watched.kept and watched.rule == "title.keep.watched"


def test_a_network_possessive_marks_a_show() -> None:
    [verdict] = validate(["Paula Grant"], (), "Hulu's Paula Grant was renewed today.")
    assert verdict.kept and verdict.rule == "title.keep.strong"


def test_possessive_owner_that_is_a_person_or_network_is_not_part_of_the_title() -> None:
    assert possessor_is_not_title(["Nina", "Ortiz"]) and possessor_is_not_title(["Cinemax"])
    assert not possessor_is_not_title(["Nobody"])
    spans = [s.text for s in title_spans("Nina Ortiz's The Salt Flats returns in May.")]
    assert "The Salt Flats" in spans


def test_a_season_number_never_starts_a_title() -> None:
    spans = [s.text for s in title_spans("Filming on season 3 of Dana Wolfe began today.")]
    assert "Dana Wolfe" in spans and not any(s.startswith("3") for s in spans)


def test_creators_and_voice_casts_do_not_become_shows() -> None:
    text = ("Fox renewed Paper Kingdom for a second season. The comedy comes from creators "
            "Alan Brooks, Jenna Hart and Milo Fenwick, and features the voices of Hart, "
            "Fenwick and Sara Lindqvist.")
    facts = _facts(text, "Fox renews 'Paper Kingdom'")
    assert facts == {("Paper Kingdom", 2, "renewed")}
    assert not {"Alan Brooks", "Sara Lindqvist"} & set(discover_titles([text], ""))


def test_places_are_not_shows_but_a_show_named_after_a_place_is() -> None:
    text = ("Production on the second season of Copper Valley has begun in Scotland, and "
            "Atlanta season 4 starts filming in Georgia next month.")
    titles = discover_titles([text], "")
    assert "Scotland" not in titles and "Georgia" not in titles
    assert {"Copper Valley", "Atlanta"} <= set(titles)
    dropped = {v.title: v.rule for v in last_verdicts() if not v.kept}
    assert all(rule.startswith("title.veto") for rule in dropped.values())


def test_a_watched_title_that_looks_like_a_name_is_found() -> None:
    text = "Netflix has renewed Dana Wolfe for a third season."
    article = make_article(text, published=dt.date(2024, 5, 10))
    facts = extract_facts(article, [ShowName("Dana Wolfe")])
    assert {(f.show, f.season) for f in facts} == {("Dana Wolfe", 3)}


# --- title forms (issue 10, round 3) ---------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # lower-case words inside a title, a question, a suffix after a comma
    ("CBS canceled How to be a Neighbour, shortly after moving it to Saturdays.",
     ("How to be a Neighbour", None, "cancelled")),
    ("NBC cancelled Are You Awake, Miriam? after one season.",
     ("Are You Awake, Miriam?", 1, "cancelled")),
    ("Fox has cancelled Dana Holt, M.D. after its first season.",
     ("Dana Holt, M.D.", 1, "cancelled")),
    # a number inside a title; a dropped g
    ("CBC renewed This House Has 12 Doors for a fifth season.",
     ("This House Has 12 Doors", 5, "renewed")),
    ("Rockin' Dads was renewed for a second season.", ("Rockin' Dads", 2, "renewed")),
    # a leading word a sentence would strip, in title case or inside the sentence
    ("So You Think You Can Cook was renewed for a ninth season.",
     ("So You Think You Can Cook", 9, "renewed")),
    ("Fox has renewed So You Think You Can Cook for a ninth season.",
     ("So You Think You Can Cook", 9, "renewed")),
    ("The abandonment stings: CBS cancelled Jane Doe's A Late Hour after two seasons.",
     ("A Late Hour", 2, "cancelled")),
    # a title spelled in capitals by a press release; an acronym-like title
    ("CBC today announced the renewal of original series LARK HOLLOW for a third season.",
     ("Lark Hollow", 3, "renewed")),
    ("Comedy Loft picked up a second season of ZRX:NY:PD, a heist spoof.",
     ("ZRX:NY:PD", 2, "renewed")),
    # a title in parentheses after what kind of show it is
    ("The network renewed the comedy (Glass Harbor) today.", ("Glass Harbor", None, "renewed")),
])
def test_title_forms_the_discovery_reads(text: str, expected: tuple) -> None:
    assert expected in _facts(text)


def test_a_year_is_a_title_only_in_a_list_of_titles() -> None:
    facts = _facts("On Netflix, they've already axed 1912, Lark Hollow and Salt Road.")
    assert {f[0] for f in facts} == {"1912", "Lark Hollow", "Salt Road"}
    titles = discover_titles(["In winter 2019, Lark Hollow will return with new episodes."], "")
    assert titles == ["Lark Hollow"]


def test_a_town_and_its_state_is_one_place_not_a_show() -> None:
    spans = [s.text for s in title_spans("Filming moved to Marfa, Texas, in May.")]
    assert "Marfa, Texas" in spans
    assert judge("Marfa, Texas", strong=False).rule == "title.veto.place"


def test_capitals_are_read_as_titles_only_in_ordinary_sentences() -> None:
    from monitor.extract.shows import recase_capitals
    assert recase_capitals("The network renewed RUN THE GAUNTLET and SORT OF today.") == \
        "The network renewed Run the Gauntlet and Sort Of today."
    assert recase_capitals("HBO MAX and NCIS LA are acronyms here, not shouted titles.") == \
        "HBO MAX and NCIS LA are acronyms here, not shouted titles."
    shouted = 'CBC RENEWS "LARK HOLLOW" FOR SEASON 3'
    assert recase_capitals(shouted) == 'CBC RENEWS "Lark Hollow" FOR SEASON 3'


# --- structural sources of title candidates ---------------------------------------------------


def test_an_emphasised_name_is_a_title_even_where_a_name_veto_would_apply() -> None:
    html = ("<html><body><article><p><i>Dana Wolfe</i> wrapped filming on its second season on "
            "Friday.</p></article></body></html>")
    from monitor.ingest.text import extract_page_text
    page = extract_page_text(html, url="https://x.example/a", content_type="text/html")
    facts = _facts(page.text, published="2024-05-13")
    assert ("Dana Wolfe", 2, "filming_wrapped") in facts
    assert ("Dana Wolfe", 2, "filming_wrapped") not in _facts(
        "Dana Wolfe wrapped filming on its second season on Friday.", published="2024-05-13")


@pytest.mark.parametrize(("text", "headline", "title"), [
    # quotes of every kind: a headline capitalises the word after the closing quote
    ("The network is showing early confidence in the comedy.", "‘Lark Hollow’ Renewed for Season 2",
     "Lark Hollow"),
    ("Filming began on «Salt Road» last week.", "", "Salt Road"),
    ("Le tournage de „Tin Roof“ a commencé.", "", "Tin Roof"),
    # curly double quotes are never apostrophes: a capital after them does not undo them
    ("ABC “Salt Road” May 10, 2013. Season 7 will be its last.", "", "Salt Road"),
])
def test_quotes_of_every_kind_give_candidates(text: str, headline: str, title: str) -> None:
    assert title in discover_titles([text], headline)


def test_a_straight_quote_before_a_capital_in_the_body_may_be_an_apostrophe() -> None:
    assert discover_titles(["Fans of the '90s Show Harbor were told nothing."], "") == []


def test_a_network_possessive_proposes_the_name_after_it() -> None:
    text = "Fans of Prime Video’s The Long Harbor are all waiting for news of its return."
    assert discover_titles([text], "") == ["The Long Harbor"]


def test_the_url_slug_confirms_a_title_the_text_names_next_to_a_status_word() -> None:
    text = "Lark Hollow remains one of the network's most watched shows. Sole Lark was its host."
    url = "https://tv.example/2024/05/lark-hollow-renewed-for-season-5-1234/"
    assert "Lark Hollow" in discover_titles([text], "", url=url)
    # the end of a longer name in the slug is not a title ("jane-doe-renewed": not Doe)
    assert discover_titles(["Doe said so."], "", url="https://tv.example/jane-doe-renewed/") == []


def test_a_headline_led_by_a_title_and_a_colon_proposes_it_when_the_body_names_it() -> None:
    body = "Preparations for the next chapter of Long Harbor are under way in Prague."
    assert "Long Harbor" in discover_titles([body], "Long Harbor: What We Know About Season 3")
    assert discover_titles([body], "Exclusive: Everything We Know") == []


def test_the_subject_of_a_season_it_did_not_earn_is_a_show() -> None:
    facts = _facts("The network is refreshing its lineup after Lark Hollow didn't earn a "
                   "second season.")
    assert ("Lark Hollow", 1, "cancelled") in facts


# --- veto families (data/title_vetoes.json) ----------------------------------------------------


def test_people_after_cast_and_crew_cues_are_not_titles() -> None:
    facts = _facts("TruTV also renewed its game show “The Misery Hour,” hosted by Jamila Okafor, "
                   "for a third season.")
    assert {f[0] for f in facts} == {"The Misery Hour"}
    text = ("The main cast, including Justina Ferreira, Todd Brennick, Marcelo Ruiz and Rita "
            "Okafor, also voiced their characters in a cartoon special, which debuted in July.")
    assert discover_titles([text], "") == []


@pytest.mark.parametrize(("title", "rule"), [
    ("J.R. Hartwell", "title.veto.person_name"),
    ("Friday Night Hockey", "title.veto.sports"),
    ("Oops!", "title.veto.section_label"),
    ("Release Date", "title.veto.section_label"),
])
def test_more_names_that_are_not_shows(title: str, rule: str) -> None:
    verdict = judge(title, strong=False)
    assert not verdict.kept and verdict.rule == rule


def test_a_work_the_text_calls_a_film_or_podcast_is_not_a_show_even_next_to_a_season() -> None:
    [verdict] = validate(["Salt Road"], {"Salt Road"},
                         "The podcast Salt Road returns for a third season.")
    assert verdict.rule == "title.veto.other_work"
    assert _facts("The hit podcast Salt Road returns for a third season in May.") == set()


def test_a_sentence_capital_on_a_common_word_is_not_a_title() -> None:
    text = ("Other streaming services will debut the series on Friday. The other services "
            "follow a week later.")
    [verdict] = validate(["Other"], (), text)
    assert verdict.rule == "title.veto.common_word"
    # the same word capitalised inside a sentence is a title
    [verdict] = validate(["Shameless"], (), "Fox renewed Shameless. Shameless it is, shameless.")
    assert verdict.kept


def test_headline_words_the_body_never_names_are_not_titles() -> None:
    titles = discover_titles(["The pirate drama ends with its fourth season next year."],
                             "'Black Harbor' Canceled: Viewers React To News Season 4 Will Be "
                             "Its Last")
    assert titles == ["Black Harbor"]
    assert ("title.veto.headline_fragment" in
            {v.rule for v in last_verdicts() if v.title == "React To News"})


def test_a_place_stays_a_place_when_only_for_season_follows_it() -> None:
    titles = discover_titles(["Long Harbor has finished filming in the Dominican Republic "
                              "for season 3."], "")
    assert titles == ["Long Harbor"]
    # but a show named like a city keeps its season evidence
    assert "Denver" in discover_titles(["ABC renewed Denver for a fourth season."], "")


def test_an_adjective_before_a_plural_genre_is_not_a_title() -> None:
    titles = discover_titles(["Also scoring pickups: Venerable procedurals Harbor Five and "
                              "Blue Lights."], "")
    assert "Venerable" not in titles


# --- boundaries: neither too long nor too short ------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # an owner's possessive, a modifier naming a person, a season of the schedule are not titles'
    ("The CW's Glass Harbor was renewed for a second season.", {"Glass Harbor"}),
    ("The network has renewed Lark Hollow and the Jane Okafor-led Holloway for 2031-32.",
     {"Lark Hollow", "Holloway"}),
    ("The Woody Brennan-fronted Tin Roof was renewed.", {"Tin Roof"}),
    ("Ahead of Kestrel‘s third season premiere on May 9, Bravo shared a new poster.",
     {"Kestrel"}),
    # "A and B" is two shows when B is long, or when a plural verb follows an aside
    ("Nightwarden and Keepers of the Tide, also on Bravo, were cancelled this month.",
     {"Nightwarden", "Keepers of the Tide"}),
    # a camel-case title before "and" is one word ("DogHouse and Mythopolis")
    ("Meanwhile, DogHouse and Mythopolis have been renewed for more seasons.",
     {"DogHouse", "Mythopolis"}),
    # a host's show keeps the host ("X with Person" stays whole)
    ("HBO renewed the satire show Last Night Again with John Oliver for three more seasons.",
     {"Last Night Again with John Oliver"}),
])
def test_titles_are_cut_where_the_title_ends(text: str, expected: set[str]) -> None:
    assert {f[0] for f in _facts(text)} == expected


def test_the_short_form_of_a_host_s_show_is_the_full_title() -> None:
    from monitor.extract.shows import discover
    found = discover(["HBO renewed Last Night Again with John Oliver for three seasons.",
                      "Last Night Again was also renewed in 2020."], "")
    assert found.titles == ("Last Night Again with John Oliver",)
    assert found.aliases == (ShowName("Last Night Again with John Oliver", ("Last Night Again",)),)


def test_an_episode_title_after_a_colon_belongs_to_the_known_show() -> None:
    from monitor.extract.shows import discover
    text = "Filming on Harbor Lights: The Reckoning wrapped on Friday."
    found = discover([text], "", known_shows=(ShowName("Harbor Lights"),))
    assert ShowName("Harbor Lights", ("Harbor Lights: The Reckoning",)) in found.aliases
    assert "Harbor Lights: The Reckoning" in discover([text], "").titles


@pytest.mark.parametrize(("text", "name"), [
    ("The CW has axed two more dramas, as network owner Brightmark keeps shrinking its "
     "scripted slate.", "Brightmark"),
    ("Filming has started on Glass Harbor, where the singer makes her acting debut under her "
     "given name Zephyrine Okafo.", "Zephyrine Okafo"),
])
def test_a_company_or_a_name_after_its_role_is_no_show(text: str, name: str) -> None:
    assert name not in {show for show, _, _ in _facts(text)}
