"""Round 30 (r30aside): a show whose name looks like a person's, a first name, a place or a
holiday, told behind an aside or in a subject list with no kind word.

"Martha, a comedy about two sisters, has been cancelled after four seasons" names a show: the
appositive calls it a kind of show. "Martha, seen on Kestrel, has been cancelled after four
seasons" does too: its decision with a season stands right past an aside that is no person's.
Before round 30 the name's look vetoed it (or the aside hid the decision from it, so it was no
candidate at all), and the decision went to no show or to another one. ``shows.aside_evidence``
reads the aside (``title.keep.aside_kind``, ``title.keep.aside_decision``), the discovery
reads a decision past "seen on / airing on / streaming on Network" (``_trigger_past_seen_on``)
and takes a lone calendar word before a kind appositive and a status verb as a title ("Friday,
the Kestrel sequel to the old film, has been cancelled").
Controls: a person's role appositive, a person's "who" clause, a town and its state, a cast
list, a network's aside naming the decided show after it, an appositive whose kind word is no
head ("a comedy writer", "the drama's creator", "the city at the heart of the drama").
"Martha Gus, Lisbon, Rosa Hazel and Salt Road have all been renewed for new seasons" names
four shows though no kind word heads the list: the decision with a season "all" gives every
item says what each is (``lists.all_decided``, ``title.keep.all_decided_list``); a bare return
needs no cast's words around. Controls: a cast list returning, a season "of" another show,
a verb of people after the list.
All titles, networks and people are invented.
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of, normalised_shows_kinds


def _pairs(body: str, headline: str = "") -> set[tuple[str, str]]:
    return normalised_shows_kinds(facts_of(body, headline))


CELLS = [
    # an appositive naming a kind of show: a first name, a place, a full name, a holiday
    ("Martha, a comedy about two sisters, has been cancelled after four seasons.",
     {("martha", "cancelled")}),
    ("Havana, the Kestrel drama from Tovrel Studios, has been renewed for a third season.",
     {("havana", "renewed")}),
    ("Tovrel has a busy spring. Rosa Hazel, the streamer's thriller set in a lighthouse, will "
     "return for a second season in April.",
     {("rosa hazel", "premiere")}),
    ("Lisbon, the Kestrel sequel to the old film, was cancelled after one season.",
     {("lisbon", "cancelled")}),
    ("Copper Vale has been renewed for a third season. Martha, the Kestrel drama about two "
     "sisters, has been cancelled after two seasons.",
     {("copper vale", "renewed"), ("martha", "cancelled")}),
    # a lone calendar word before such an appositive and a status verb
    ("Friday, the Kestrel sequel to the old film, has been cancelled after one season.",
     {("friday", "cancelled")}),
    ("August, a comedy about two sisters, was renewed for a third season.",
     {("august", "renewed")}),
    # a decision with a season past an aside that is no person's
    ("Stella, seen on Kestrel, has been cancelled after four seasons.",
     {("stella", "cancelled")}),
    ("Kestrel has renewed Salt Road. Martha, now streaming on Tovrel, was cancelled after two "
     "seasons.",
     {("salt road", "renewed"), ("martha", "cancelled")}),
    ("Viewers will miss Stella, seen on Kestrel (channel 104), which has been cancelled after "
     "four seasons.",
     {("stella", "cancelled")}),
    ("Naples, which aired on Kestrel for a decade, has been renewed for an eleventh season.",
     {("naples", "renewed")}),
    ("Ada Moreau, airing on Tovrel, has been renewed for a second season.",
     {("ada moreau", "renewed")}),
]


@pytest.mark.parametrize(("body", "expected"), CELLS, ids=[f"cell{i}" for i in range(len(CELLS))])
def test_name_behind_an_aside_is_a_show(body: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _pairs(body)


def test_explain_names_the_aside_rules() -> None:
    assert "title.keep.aside_kind" in explained(
        "Havana, the Kestrel drama from Tovrel Studios, has been renewed for a third season.")
    assert "title.keep.aside_decision" in explained(
        "Stella, seen on Kestrel, has been cancelled after four seasons.")


CONTROLS = [
    # a person's role appositive, the decision another show's
    ("Martha, the Kestrel drama's creator, said Salt Road has been renewed for a third season.",
     "martha"),
    ("Salt Road has been renewed for a third season. Martha, who plays the lead, said she was "
     "thrilled.", "martha"),
    ("Tom Vey, a comedy writer from Leeds, will return for a second season of Salt Road.",
     "tom vey"),
    ("Paris, a drama teacher, has been renewed for a second season.", "paris"),
    # a time before a show's description
    ("On Friday, the Kestrel drama about two sisters, was cancelled after one season.",
     "friday"),
    ("By August, the Kestrel drama about two sisters, had been renewed for a third season.",
     "august"),
    # a town and its state
    ("Marfa, Texas, has been renewed for a second season of the festival.", "marfa"),
    # a place described, no show
    ("Havana, the city at the heart of the drama, was cancelled as a location after four "
     "seasons.", "havana"),
    # a cast list returning
    ("Ada Lin, Tom Vey and Marfa Rowe will all return for the second season of Salt Road.",
     "ada lin"),
    # a person told so elsewhere keeps the veto ("Martha said")
    ("Martha, seen on Kestrel, has been cancelled after four seasons. Martha said she was sad.",
     "martha"),
]


@pytest.mark.parametrize(("body", "name"), CONTROLS,
                         ids=[f"control{i}" for i in range(len(CONTROLS))])
def test_person_or_place_behind_an_aside_is_no_show(body: str, name: str) -> None:
    assert not any(show == name for show, _ in _pairs(body))


def test_network_aside_names_the_decided_show() -> None:
    pairs = _pairs("Kestrel, the network behind Salt Road, has cancelled it after four seasons.")
    assert ("salt road", "cancelled") in pairs
    assert not any(show == "kestrel" for show, _ in pairs)


def test_aside_patterns_stay_linear() -> None:
    import subprocess
    import sys
    code = ("import time; from monitor.extract.patterns import TITLE_ASIDE_KIND_AFTER_RE as K, "
            "TITLE_ASIDE_PLAIN_AFTER_RE as P, TITLE_ASIDE_RELATIVE_AFTER_RE as R; "
            "texts = [', the ' + 'new ' * 30000 + 'drama ' + 'x ' * 20000, "
            "', a ' + 'drama about ' * 9000, ', seen on ' + 'Kestrel ' * 14000 + '(', "
            "', which ' + 'x ' * 50000, ', the drama, ' * 8000]; "
            "s = time.process_time(); [p.search(t) for p in (K, P, R) for t in texts]; "
            "assert time.process_time() - s < 2")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)


# --- a subject list of three or more that "all" / "each" / "both" decides ------------------------

LIST_CELLS = [
    ("Martha Gus, Lisbon, Winter, Rosa Hazel and Salt Road have all been renewed for new "
     "seasons.",
     {("martha gus", "renewed"), ("lisbon", "renewed"), ("winter", "renewed"),
      ("rosa hazel", "renewed"), ("salt road", "renewed")}),
    ("Lisbon, Martha and Rosa Hazel have each been cancelled after one season.",
     {("lisbon", "cancelled"), ("martha", "cancelled"), ("rosa hazel", "cancelled")}),
    ("Friday, Salt Road, Martha Gus and Havana will all be back for another season on "
     "Kestrel.",
     {("friday", "renewed"), ("salt road", "renewed"), ("martha gus", "renewed"),
      ("havana", "renewed")}),
    ("Tovrel confirmed that Naples, Lantern House, Clara and Ada Moreau have all been picked "
     "up for second seasons.",
     {("naples", "renewed"), ("lantern house", "renewed"), ("clara", "renewed"),
      ("ada moreau", "renewed")}),
    ("Martha Gus, Lisbon, Rosa Hazel and Salt Road will all return in 2025 along with new "
     "series Copper Vale.",
     {("martha gus", "premiere"), ("lisbon", "premiere"), ("rosa hazel", "premiere"),
      ("salt road", "premiere")}),
]


@pytest.mark.parametrize(("body", "expected"), LIST_CELLS,
                         ids=[f"list{i}" for i in range(len(LIST_CELLS))])
def test_all_decided_subject_list_items_are_shows(body: str,
                                                  expected: set[tuple[str, str]]) -> None:
    assert expected <= _pairs(body)


def test_explain_names_the_list_rule() -> None:
    assert "title.keep.all_decided_list" in explained(
        "Martha Gus, Lisbon, Rosa Hazel and Salt Road have all been renewed for new seasons.")


LIST_CONTROLS = [
    # a cast returning: the cast's words around the list, or a season "of" another show
    "Ada Lin, Tom Vey and Clara Moss will all return for season two, the cast confirmed.",
    "Ada Lin, Tom Vey and Clara Moss will all return in 2025, the cast confirmed.",
    "Ada Lin, Tom Vey and Clara Moss will all return for the second season of Salt Road.",
    "Salt Road is back. Its stars Ada Lin, Tom Vey and Clara Moss will all return for the new "
    "season.",
    # a verb of people after the list
    "Ada Lin, Tom Vey and Clara Moss said their shows have all been renewed for new seasons.",
    "Ada Lin, Tom Vey and Clara Moss all star in Salt Road, which has been renewed for a "
    "second season.",
]


@pytest.mark.parametrize("body", LIST_CONTROLS,
                         ids=[f"list_control{i}" for i in range(len(LIST_CONTROLS))])
def test_people_listed_before_a_return_are_no_shows(body: str) -> None:
    shows = {show for show, _ in _pairs(body)}
    assert not shows & {"ada lin", "tom vey", "clara moss"}


def test_all_decided_pattern_stays_linear() -> None:
    import subprocess
    import sys
    code = ("import time; from monitor.extract.lists import all_decided; "
            "t = 'A, B and C' + ' will all' * 12000 + ' be back for' + ' a' * 30000; "
            "u = 'A, B and C' + ' all' + ' will' * 20000 + ' return in 2025'; "
            "s = time.process_time(); all_decided(t, 0, 10); all_decided(u, 0, 10); "
            "assert time.process_time() - s < 2")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)
