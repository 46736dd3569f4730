"""Round 30: a network's or a company's word inside a title, or alone as one.

Titles hold the words networks are named with ("The Copper Fox", "Quiet Apple", "Lantern the
Apple"). The span finder cuts a capitalised run at such a word (a network breaks a run; a
network's name is dropped from a title's edge), so the fact went to "The Copper" or "Quiet".
``title.span.network_edge`` gives the kept title back its word where the longer name carries
a title's evidence: written so at two mentions or more, or at one quoted whole, with a
numbered season of its own, or as a decision verb's object with a season.
``title.keep.network_word`` keeps such a word alone ("'Channel' Season 3") where it is quoted
and has a numbered season of its own. The network still wins where a mention reads as the
network: after "on", "at", "from", before "network" or its own name's next word, and a
network's word standing alone before a show ("Fox Salt Road") or owning it ("Apple's Salt
Road") is never taken in.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from articles import explained, facts_of, normalised_shows, rows

from monitor.extract.shows import network_edged, network_word_titles


def _rows(body: str, headline: str = "TV news") -> set[tuple[str, int | None, str]]:
    return rows(facts_of(body, headline))


# --- cells that fail on the base ----------------------------------------------------------

@pytest.mark.parametrize("body, headline, expected", [
    # a decision verb's object with a season, the network's word last
    ("Kestrel has renewed The Copper Fox for a second season.", "TV news",
     ("The Copper Fox", 2, "renewed")),
    # quoted whole, "the" before the word
    ('Kestrel said "Lantern the Apple" will return for a third season in June.', "TV news",
     ("Lantern the Apple", 3, "premiere")),
    # its own numbered season right after it
    ("Quiet Apple season 3 has started filming in Tovrel, Kestrel said.", "TV news",
     ("Quiet Apple", 3, "filming_started")),
    ("Filming has wrapped on Lantern the Apple season 2, the crew said.", "TV news",
     ("Lantern the Apple", 2, "filming_wrapped")),
    # written whole at two mentions
    ("The Salt Apple premiered on Kestrel in July. Kestrel said The Salt Apple has wrapped "
     "filming on its second season.", "TV news", ("The Salt Apple", 2, "filming_wrapped")),
    # "a fourth season of" before it
    ("Kestrel ordered a fourth season of Harbor Fox on Monday.", "TV news",
     ("Harbor Fox", 4, "renewed")),
    # "with the" inside, a decision's object with its seasons
    ("Kestrel has cancelled Tovrel with the Fox after two seasons.", "TV news",
     ("Tovrel with the Fox", 2, "cancelled")),
    # "and" inside, a season in parentheses after it
    ("Kestrel renewed two comedies: Copper and Fox (Season 5) and Salt Road (Season 2).",
     "TV news", ("Copper and Fox", 5, "renewed")),
    # the network's word after a capitalised "The", at two mentions
    ("The Apple Harbor wrapped filming in May. Kestrel will air The Apple Harbor in the fall.",
     "TV news", ("The Apple Harbor", None, "filming_wrapped")),
    # the headline's "X Season 2" and the body's mention
    ("Quiet Apple returns to Kestrel on Sunday, June 9, with eight episodes.",
     "Quiet Apple Season 2 Premiere Date Set", ("Quiet Apple", 2, "premiere")),
    # an item inside a list, a comma on each side
    ("Kestrel has cancelled several shows, including Salt Road, Cellar Apple, Copper Vale and "
     "Tovrel Gate.", "TV news", ("Cellar Apple", None, "cancelled")),
    # a title-case headline: its next capitalised word is no network's name
    ("Kestrel has renewed The Copper Fox for a second season. The Copper Fox returns in May.",
     "The Copper Fox Renewed For Season 2 At Kestrel", ("The Copper Fox", 2, "renewed")),
    # the word alone, quoted, with its own season
    ("'Channel' Season 3 premieres on Kestrel on March 4. The comedy follows a radio host.",
     "'Channel' Season 3 Premiere Date Set", ("Channel", 3, "premiere")),
    ('Kestrel says "Channel" is coming back. Season 2 of "Channel" premieres on June 4.',
     "TV news", ("Channel", 2, "premiere")),
])
def test_network_word_in_a_title(body: str, headline: str,
                                 expected: tuple[str, int | None, str]) -> None:
    assert expected in _rows(body, headline)


def test_explain_names_the_rules() -> None:
    assert "title.span.network_edge" in explained(
        "Kestrel has renewed The Copper Fox for a second season.")
    assert "title.keep.network_word" in explained(
        "'Channel' Season 3 premieres on Kestrel on March 4.", "'Channel' Season 3 Is Set")


@pytest.mark.parametrize("titles, texts, protected, expected", [
    (["The Copper"], ["Kestrel has renewed The Copper Fox for a second season."], [],
     {"The Copper": "The Copper Fox"}),
    (["Quiet"], ['Kestrel said "Quiet Apple" is coming back.'], [], {"Quiet": "Quiet Apple"}),
    (["Harbor"], ["The Apple Harbor aired. The Apple Harbor ended."], [],
     {"Harbor": "The Apple Harbor"}),
    # one mention and no evidence; a joint needs evidence, two mentions are not enough
    (["Quiet"], ["Quiet Apple was filmed in Tovrel."], [], {}),
    (["Copper"], ["Copper and Fox aired. Copper and Fox ended."], [], {}),
    # a mention without the word; the word read as the network
    (["Quiet"], ["Quiet Apple season 2 is set. Quiet was a hit."], [], {}),
    (["Salt Road"], ["Salt Road season 2 is set.", "Salt Road Fox News season 2"], [],
     {}),
    (["Salt Road"], ["Salt Road Fox network season 2 is set. Salt Road Fox network."],
     [], {}),
    # a watched title stays as it is
    (["Quiet"], ['"Quiet Apple" season 2 is set.'], ["Quiet"], {}),
])
def test_network_edged(titles: list[str], texts: list[str], protected: list[str],
                       expected: dict[str, str]) -> None:
    assert network_edged(titles, texts, protected=protected) == expected


@pytest.mark.parametrize("texts, headline, expected", [
    (["It airs on Kestrel."], "'Channel' Season 3 Premiere Date", ["Channel"]),
    (['Season 2 of "Apple" premieres in May.'], "TV news", ["Apple"]),
    # quoted with no season of its own; a season with no quotes
    (['Kestrel said "Channel" was a hit.'], "TV news", []),
    (["Channel season 2 premieres in May."], "TV news", []),
    # a mention reads as the network
    (['"Fox" season 2 is set.', "Salt Road airs on Fox."], "TV news", []),
    (['"Fox" season 2 is set.', "Fox News reported it."], "TV news", []),
    (['"Channel" season 2 is set.', "It airs on the Disney Channel."], "TV news", []),
    # a title-case headline's verb before the quotes is no network's name
    (["It airs on Kestrel."], "Kestrel Sets 'Channel' Season 3", ["Channel"]),
])
def test_network_word_titles(texts: list[str], headline: str, expected: list[str]) -> None:
    assert network_word_titles(texts, headline, []) == expected


# --- controls: the network's word is the network's ----------------------------------------

@pytest.mark.parametrize("body, headline, absent", [
    # the network decides, before the show
    ("Fox renewed Salt Road for a third season.", "TV news", "fox"),
    # after "on", with "network" after it
    ("Salt Road has been renewed for a third season on the Fox network.", "TV news",
     "salt road fox"),
    ("Salt Road on Fox has been renewed for a second season.", "TV news", "salt road on fox"),
    ("The Fox network has renewed Salt Road for a second season.", "TV news", "fox"),
    # the network's possessive owns the show; the network alone before the show
    ("Apple's Salt Road has been renewed for a third season.", "TV news", "apple salt road"),
    ("Fox Salt Road season 2 has been renewed.", "TV news", "fox salt road"),
    # "and" before the network's possessive of another show
    ("Copper Vale and Fox's Salt Road were both renewed for second seasons.", "TV news",
     "copper vale and fox"),
    # a search headline gluing the network to the show; the body writes the show alone
    ("Salt Road season 2 will premiere on Fox in May.", "Salt Road Fox Season 2 Release Date",
     "salt road fox"),
    # a partner after "with"
    ("Kestrel co-produces Salt Road with Fox. Salt Road was renewed for a second season.",
     "TV news", "salt road with fox"),
    # one mention glued to the network, the others not
    ("Kestrel has renewed Salt Road for a second season. Salt Road Fox fans cheered.",
     "TV news", "salt road fox"),
    # the headline's title case after the network's word of a search headline
    ("Salt Road season 2 will premiere on Fox in May.", "Salt Road Fox Season 2 Premiere Date",
     "salt road fox"),
    # a list's last item with "and" before the network's word: a joint needs a season
    ("Kestrel renewed Copper Vale, Salt Road and Fox, the network said on Monday.", "TV news",
     "salt road and fox"),
    # the network's word quoted as a network
    ('Salt Road season 2 premieres on "Fox" in May.', "TV news", "fox"),
])
def test_controls(body: str, headline: str, absent: str) -> None:
    assert absent not in normalised_shows(facts_of(body, headline))


def test_controls_keep_the_real_show() -> None:
    assert ("Salt Road", 3, "renewed") in _rows("Fox renewed Salt Road for a third season.")
    assert ("Salt Road", 2, "renewed") in _rows(
        "Copper Vale and Fox's Salt Road were both renewed for second seasons.")


def test_linear_on_a_long_line() -> None:
    code = (
        "from monitor.extract.shows import network_edged, network_word_titles\n"
        "t = 'Salt Road' + ' and the Fox' * 9000\n"
        "network_edged(['Salt Road'], [t, 'Salt Road ' * 9000 + 'Fox'])\n"
        "network_word_titles(['\"Fox\" ' * 9000 + 'season'], '', [])\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=20)
