"""Round 31: a network's or a company's word opening a title with no "The".

Titles open with the words networks are named with ("Fox Harbor", "Apple Lantern Yard"). The
span finder reads such a word before a name as the network ("Fox Salt Road": Fox's show), so
the facts went to "Harbor". ``title.span.network_head`` gives the kept title its first word
back where the article supports the longer name: written so at two mentions or more (the
headline counts) or quoted whole once, and the word never standing free elsewhere as the
network ("Fox renewed ...", "on Fox", "the Fox drama"). One unquoted mention stays the
network's, with its season or not. " & " binds the two at one mention ("Fox & Shelter"); a
network's possessive is the title's after a show's kind ("the family saga Apple's Lantern").
Round 30's ``title.span.network_edge`` also reads a title-cased heading's "of The" as the
prose's "of the", and its ``title.keep.network_word`` no longer takes a character's name
("plays Channel Vane", "Channel Vane, the lead") for the network's own.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from articles import cell_reader, explained, facts_of, normalised_shows, rows

from monitor.extract.shows import network_headed

_rows = cell_reader(rows, "TV news")


# --- cells that fail on the base ----------------------------------------------------------

@pytest.mark.parametrize("body, headline, expected", [
    # two mentions in the body, a decision's object with its season
    ("Kestrel has renewed Fox Harbor for a second season. Fox Harbor returns in May.",
     "TV news", ("Fox Harbor", 2, "renewed")),
    # the headline's mention and the body's
    ("Fox Harbor has been renewed for a second season at Kestrel.",
     "Fox Harbor Renewed For Season 2", ("Fox Harbor", 2, "renewed")),
    # a longer name, past tense, the season in words
    ("Apple Lantern Yard wrapped filming on its third season last week. Kestrel will air "
     "Apple Lantern Yard in the fall.", "TV news", ("Apple Lantern Yard", 3, "filming_wrapped")),
    # the season in digits glued to the name, then a lower-case aside naming it
    ("Fox Copper 2 has started filming in Tovrel. Hopes are high for Fox copper S2 after "
     "the success of Fox Copper, which Kestrel streams.", "TV news",
     ("Fox Copper", 2, "filming_started")),
    # a show's kind before a network's possessive: the possessive is the title's
    ("Kestrel has renewed the family saga Apple's Lantern for a second season.", "TV news",
     ("Apple's Lantern", 2, "renewed")),
    ("Kestrel has ordered two dramas: the thriller Fox's Tovrel and the comedy Copper Vale "
     "premiere in June.", "TV news", ("Fox's Tovrel", None, "premiere")),
    # "&" binds the word and the name into one title at one mention
    ("Fox & Shelter: Tovrel returns for a second season on Kestrel on Thursday, Nov. 12.",
     "TV news", ("Fox & Shelter: Tovrel", 2, "premiere")),
    ("Fox & Lantern returns for a second season on Kestrel on Thursday, Nov. 12.",
     "TV news", ("Fox & Lantern", 2, "premiere")),
    # the word alone as a title, then opening a character's name: no network's
    ("'Channel' season 2 premieres on Kestrel in June.\n\nTovrel plays the titular character "
     "of Channel Vane, a teenage sleuth.", "TV news", ("Channel", 2, "premiere")),
    ('Kestrel said "Channel" season 2 premieres in June.\n\nChannel Vane, the lead, is back '
     "at school.", "TV news", ("Channel", 2, "premiere")),
    # a plural kind heading the list the name opens or stands in vouches for it as a kind
    # before it does (lead, at the merge: ``lists.plural_kind_heads``)
    ("Kestrel has renewed the dramas Fox Harbor, Salt Road and Havana for second seasons.",
     "TV news", ("Fox Harbor", 2, "renewed")),
    ("Tovrel cancelled the comedies Fox Lantern, Copper Vale and Martha Gus after one season.",
     "TV news", ("Fox Lantern", 1, "cancelled")),
    ("Kestrel has renewed the sitcoms Apple Yard, Havana and Salt Road for third seasons.",
     "TV news", ("Apple Yard", 3, "renewed")),
    # a title-cased heading writes "of The" where the prose writes "of the"
    ("Vane of the Apple Season 2 is filming in Tovrel.\n\nHow Was Vane of The Apple Able to "
     "Keep Filming?\n\nKestrel said Vane of the Apple returns in 2025.", "TV news",
     ("Vane of the Apple", 2, "filming_started")),
])
def test_network_word_opens_a_title(body: str, headline: str,
                                    expected: tuple[str, int | None, str]) -> None:
    assert expected in _rows(body, headline)


def test_quoted_whole_stays_whole() -> None:
    # already whole on the base (the quotes make the run): kept so by the new rule
    assert ("Apple Lantern", 3, "filming_started") in _rows(
        'Kestrel said "Apple Lantern" season 3 has started filming in Tovrel.')


def test_explain_names_the_rule() -> None:
    assert "title.span.network_head" in explained(
        "Kestrel has renewed Fox Harbor for a second season. Fox Harbor returns in May.")


@pytest.mark.parametrize("titles, texts, headline, protected, expected", [
    (["Harbor"], ["Fox Harbor aired. Fox Harbor ended."], "", [], {"Harbor": "Fox Harbor"}),
    (["Harbor"], ['Kestrel said "Fox Harbor" season 2 is set.'], "", [],
     {"Harbor": "Fox Harbor"}),
    (["Shelter"], ["Fox & Shelter returns in May.", "Fox & Shelter was renewed."], "", [],
     {"Shelter": "Fox & Shelter"}),
    # the headline counts as a mention; its title case says nothing
    (["Harbor"], ["Fox Harbor was renewed."], "Fox Harbor Season 2 Is Set", [],
     {"Harbor": "Fox Harbor"}),
    # the title written in lower case with its season, after "for": no network's
    (["Harbor"], ["Fox Harbor aired. Fox Harbor ended.", "Hopes are high for Fox harbor S2."],
     "", [], {"Harbor": "Fox Harbor"}),
    # one unquoted mention, even with its season
    (["Harbor"], ["Fox Harbor season 2 is set."], "", [], {}),
    # a mention without the word
    (["Harbor"], ["Fox Harbor season 2 is set. Harbor follows two sisters."], "", [], {}),
    # the word free elsewhere as the network
    (["Harbor"], ["Fox Harbor aired. Fox Harbor ended.", "It airs on Fox."], "", [], {}),
    (["Harbor"], ["Fox Harbor aired. Fox Harbor ended.", "Fox renewed it."], "", [], {}),
    (["Harbor"], ["Fox Harbor aired. Fox Harbor ended.", "The Fox drama ended."], "", [], {}),
    (["Harbor"], ["Kestrel renewed the drama Fox Harbor.", "Fox aired it."], "", [], {}),
    (["Harbor"], ["Fox Harbor aired. Fox Harbor ended.", "Fox's chief said so."], "", [], {}),
    (["Harbor"], ["Fox Harbor aired. Fox Harbor ended."], "Fox Renews Drama", [], {}),
    # the word after "on", "the" or a capitalised word at a mention
    (["Harbor"], ["Fox Harbor aired. It is on Fox Harbor now."], "", [], {}),
    (["Harbor"], ["Silver Fox Harbor aired. Silver Fox Harbor ended."], "", [], {}),
    # the glues' evidence: "&" at one mention; a possessive with a kind or quotes, not twice
    (["Shelter"], ["Fox & Shelter returns in May."], "", [], {"Shelter": "Fox & Shelter"}),
    (["Lantern"], ["Kestrel renewed the saga Apple's Lantern."], "", [],
     {"Lantern": "Apple's Lantern"}),
    (["Lantern"], ["Kestrel renewed the saga Apple’s Lantern."], "", [],
     {"Lantern": "Apple’s Lantern"}),
    (["Lantern"], ["Apple's Lantern aired. Apple's Lantern ended."], "", [], {}),
    (["Lantern"], ["Apple's Lantern aired. Apple’s Lantern ended."], "", [], {}),
    # a watched title stays as it is
    (["Harbor"], ["Fox Harbor aired. Fox Harbor ended."], "", ["Harbor"], {}),
])
def test_network_headed(titles: list[str], texts: list[str], headline: str,
                        protected: list[str], expected: dict[str, str]) -> None:
    assert network_headed(titles, texts, headline, protected) == expected


# --- controls: the network's word is the network's ----------------------------------------

@pytest.mark.parametrize("body, headline, absent", [
    # one unquoted mention, with its season: the network's show
    ("Fox Salt Road season 2 has been renewed.", "TV news", "fox salt road"),
    ("Fox Harbor season 2 is filming in Tovrel, Kestrel said.", "TV news", "fox harbor"),
    # the network decides, before the show
    ("Fox renewed Salt Road for a third season. Fox Salt Road returns in May.", "TV news",
     "fox salt road"),
    ("Fox has renewed Salt Road for a second season.", "TV news", "fox"),
    # written whole twice, the network airing it elsewhere
    ("Fox Salt Road season 2 premieres in May. Fox Salt Road airs on Fox.", "TV news",
     "fox salt road"),
    ("Fox Salt Road season 2 is set. Fox Salt Road was renewed by Fox in May.", "TV news",
     "fox salt road"),
    ("The Fox drama Salt Road is back. Fox Salt Road season 2 premieres in May.", "TV news",
     "fox salt road"),
    # the network's possessive owns the show
    ("Apple's Salt Road has been renewed for a third season.", "TV news", "apple salt road"),
    ("Kestrel's Salt Road was renewed. HBO's Salt Road returns in May for season 2.",
     "TV news", "hbo salt road"),
    ("Salt Road season 2 will premiere on Fox in May.", "Fox's Salt Road Season 2 Is Set",
     "fox salt road"),
    ("Kestrel has renewed Apple's Salt Road for a second season.", "TV news",
     "apples salt road"),
    # a possessive twice, with no kind or quotes: the network's show at each mention
    ("Apple's Salt Road was renewed for a second season. Apple's Salt Road returns in May.",
     "TV news", "apples salt road"),
    # a kind before the possessive, the network free elsewhere
    ("Kestrel has renewed the drama Apple's Salt Road for a second season. It streams on "
     "Apple TV+.", "TV news", "apples salt road"),
    # the word alone quoted with its season, then before a capitalised word with no role
    ('Kestrel said "Channel" season 2 premieres in June.\n\nChannel Vane reported the news.',
     "TV news", "channel"),
    ('Kestrel said "Fox" season 2 premieres in June.\n\nCritics such as Fox News panned it.',
     "TV news", "fox"),
    # a plural kind heads the list, the network free elsewhere or owning the kind
    ("Kestrel renewed its dramas Fox Salt Road and Havana. Fox renewed Lisbon.", "TV news",
     "fox salt road"),
    ("Kestrel has renewed the dramas Fox Harbor, Salt Road and Havana for second seasons. "
     "Fox Harbor airs on Fox.", "TV news", "fox harbor"),
    ("Kestrel has renewed the Fox dramas Salt Road and Havana for second seasons.", "TV news",
     "fox salt road"),
    # "the Fox network"
    ("Salt Road has been renewed for a third season on the Fox network.", "TV news",
     "fox salt road"),
])
def test_controls(body: str, headline: str, absent: str) -> None:
    assert absent not in normalised_shows(facts_of(body, headline))


def test_controls_keep_the_real_show() -> None:
    assert ("Salt Road", 3, "renewed") in _rows(
        "Fox renewed Salt Road for a third season. Fox Salt Road returns in May.")
    assert ("Salt Road", 2, "renewed") in _rows("Fox Salt Road season 2 has been renewed.")


def test_linear_on_a_long_line() -> None:
    code = (
        "from monitor.extract.shows import network_headed, network_edged\n"
        "t = 'Fox Salt Road ' * 9000 + 'for Fox ' * 9000\n"
        "network_headed(['Salt Road'], [t, 'Fox & ' * 9000 + 'Salt Road'])\n"
        "network_edged(['Salt Road'], ['Salt Road of The Fox Able ' * 9000])\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=20)
