"""Round 20 (r20titles): a name with no cue of its own that a reference stands for.

"Quillmarsh follows two lighthouse keepers. The drama has been renewed for a second season."
Main found no title at all: nothing beside "Quillmarsh" says it is a show, and the trigger's
sentence names none ("drop.no_show"). The reference does: the name the next sentence's (or the
sentence's next clause's) "the drama", "the series", "it" stands for is proposed as a title
(``title.keep.referred``), validated as any span; so is a list a plural reference stands for
("Salt Road and Quillmarsh drew strong ratings. Both shows have been renewed"), and a
decision whose object is that reference ("Tovrel has cancelled both") goes to every show of
the list (``target.plural_object_reference``). Every sentence and name here is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of, make_article, normalised_shows_kinds

from monitor.extract.explain import explain
from monitor.extract.shows import normalise_title

TITLES = ["Quillmarsh", "Lords of the Tide", "The Glass Harbor", "Nightjar: The Reckoning",
          "Moss & Tallow"]

#: (frame, kind): the name in one sentence, the status told of a reference to it.
FRAMES = [
    ("{T} follows a family of lighthouse keepers. The drama has been renewed for a second "
     "season.", "renewed"),
    ("{T} follows a family of lighthouse keepers. Tovrel has renewed the drama for a second "
     "season.", "renewed"),
    ("{T} follows a family of lighthouse keepers. The show's second season will premiere on "
     "June 5.", "premiere"),
    ("{T} follows a family of lighthouse keepers. Its second season premieres on June 5.",
     "premiere"),
    ("{T} follows a family of lighthouse keepers. It has been renewed for a second season.",
     "renewed"),
    ("{T} drew weak ratings all spring. The comedy has been cancelled after one season.",
     "cancelled"),
    ("{T} is set in a fishing town. This quiet thriller returns for a third season on June 5.",
     "premiere"),
    ("Tovrel has released the trailer for {T}. The thriller premieres on June 5.", "premiere"),
    ("Tovrel has released the trailer for {T}, and the series premieres on June 5.",
     "premiere"),
    ("My family loved {T}, so we were sad to see it cancelled after two seasons.",
     "cancelled"),
    ("I never warmed to {T}, but it will be back for a second season.",
     "renewed"),
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize(("frame", "kind"), FRAMES, ids=[f"frame{i}" for i in range(len(FRAMES))])
def test_the_referred_name_takes_the_fact(frame: str, kind: str, title: str) -> None:
    found = normalised_shows_kinds(facts_of(frame.format(T=title)))
    assert (normalise_title(title), kind) in found


#: Sentences before a reference whose names are no show: nothing is proposed for them.
NOT_SHOWS = [
    "Dana Voss plays a detective. The drama has been renewed for a second season.",
    "Kaveh Brightwater stars as a detective. The drama has been renewed for a second season.",
    "Kaveh Brightwater wrote every episode. The drama has been renewed for a second season.",
    "The cast shot most scenes in Port Calder. The drama has been renewed for a second season.",
    "Better than a chance, actually. The show has officially been renewed for a third season.",
    "Tovrel announced the news on Thursday. The drama has been renewed for a second season.",
    "Ratings rose in March. It has been renewed for a second season.",
    "Fans in Marlow Bay were thrilled. The drama has been renewed for a second season.",
    "I watched Quillmarsh and Salt Road, and the drama has been renewed for a second season.",
    "Kestrel Play picked it up, and the series premieres on June 5.",
]


@pytest.mark.parametrize("body", NOT_SHOWS)
def test_no_name_is_made_a_show(body: str) -> None:
    assert facts_of(body) == []


#: Controls: what main reads already stays as it is.
CONTROLS = [
    ("Tovrel's new comedy Quillmarsh drew strong ratings. The series has been renewed for a "
     "second season.", {("quillmarsh", "renewed")}),
    ("Tovrel's comedy Quillmarsh drew weak ratings. The network has pulled the plug on the "
     "comedy.", {("quillmarsh", "cancelled")}),
    ("Earlier this week, Tovrel renewed Salt Road. The drama has been renewed for a second "
     "season.", {("salt road", "renewed")}),
    ("It's good news for Quillmarsh, which has been renewed for a second season.",
     {("quillmarsh", "renewed")}),
]


@pytest.mark.parametrize(("body", "expected"), CONTROLS)
def test_controls(body: str, expected: set[tuple[str, str]]) -> None:
    assert normalised_shows_kinds(facts_of(body)) == expected


#: (frame, kind): a list in one sentence, the status told of a plural reference to it.
PLURAL_FRAMES = [
    ("Salt Road and {T} drew strong ratings this spring. Both shows have been renewed.",
     "renewed"),
    ("Salt Road, {T} and Night Ferry drew strong ratings this spring. All three series have "
     "been renewed.", "renewed"),
    ("Salt Road, {T} and Night Ferry drew strong ratings this spring. Tovrel has renewed all "
     "three.", "renewed"),
    ("Salt Road and {T} drew weak ratings this spring. Tovrel has cancelled both.",
     "cancelled"),
    ("Salt Road and {T} drew weak ratings this spring. Tovrel axed both shows on Friday.",
     "cancelled"),
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize(("frame", "kind"), PLURAL_FRAMES,
                         ids=[f"plural{i}" for i in range(len(PLURAL_FRAMES))])
def test_every_listed_name_takes_the_fact(frame: str, kind: str, title: str) -> None:
    found = normalised_shows_kinds(facts_of(frame.format(T=title)))
    assert {("salt road", kind), (normalise_title(title), kind)} <= found


#: Lists before a plural reference that are no shows' (people, places, networks).
NOT_SHOW_LISTS = [
    "Dana Voss and Mark Lind joined the cast. Tovrel has renewed both.",
    "Kaveh Brightwater and Ostrava Quinn wrote the pilot. Both shows have been renewed.",
    "London and Paris hosted the premieres. Both shows have been renewed.",
    "Tovrel and Kestrel Play shared the costs. Both shows have been renewed.",
    "Dana Voss and Mark Lind joined the cast. Tovrel has renewed all three.",
]


@pytest.mark.parametrize("body", NOT_SHOW_LISTS)
def test_no_listed_name_is_made_a_show(body: str) -> None:
    assert facts_of(body) == []


@pytest.mark.xfail(strict=True, reason="a negated subject ('Neither will return') is no "
                   "trigger of a cancellation: the vocabulary's, not the reference's")
def test_neither_left() -> None:
    found = normalised_shows_kinds(facts_of(
        "Salt Road and Quillmarsh drew weak ratings this spring. Neither will return."))
    assert ("quillmarsh", "cancelled") in found


@pytest.mark.xfail(strict=True, reason="a list's relative clause ('good news for A and B, "
                   "which have both been renewed') is not read as the list's")
def test_relative_after_list_left() -> None:
    found = normalised_shows_kinds(facts_of(
        "It's good news for Salt Road and Quillmarsh, which have both been renewed."))
    assert ("quillmarsh", "renewed") in found


@pytest.mark.xfail(strict=True, reason="the next clause after a semicolon is its own "
                   "sentence to the splitter, and its reference follows a name that is no "
                   "subject ('the trailer for X; the show premieres ...')")
def test_semicolon_clause_left() -> None:
    found = normalised_shows_kinds(facts_of(
        "Tovrel has released the trailer for Quillmarsh; the show premieres on June 5."))
    assert ("quillmarsh", "premiere") in found


def test_explain_names_the_rule() -> None:
    _, text = explain(make_article(
        "Quillmarsh follows two lighthouse keepers. The drama has been renewed for a second "
        "season."))
    assert "Quillmarsh: title.keep.referred" in text
