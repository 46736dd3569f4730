"""A show named as someone's credit or as a comparison beside the show the news is about
(round 11, issue 10): "Salt Road, from the creator of Glass Harbor, premieres ...", "Netflix
renewed Glass Harbor creator Jane Doe's drama Salt Road", "Salt Road, inspired by Glass
Harbor, ...". The nearest name is the credited one; the event is the other show's. The
controls keep a credited show's own news when no other show stands beside it, and a clause of
its own for a second show. Every sentence and title is invented for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import facts_of, normalised_shows_kinds

from monitor.extract.shows import normalise_title

PUBLISHED = dt.date(2024, 5, 10)

#: (the show the news is about, the show named as a credit or comparison)
PAIRS = (("Salt Road", "Glass Harbor"), ("The Lamplighters", "Tin Roof Diaries"),
         ("Harbor Lights", "Old Pines"))

#: Frames with {s} (the news) and {c} (the credit), and the kind the news states.
FRAMES = {
    "from_creator_aside": ("The drama {s}, from the creator of {c}, has been cancelled "
                           "after one season.", "cancelled"),
    "new_drama_from_creator": ("{s}, the new drama from the creator of {c}, premieres on "
                               "June 14 on Netflix.", "premiere"),
    "creator_possessive_object": ("Netflix has renewed {c} creator Maya Lind's drama {s} "
                                  "for a second season.", "renewed"),
    "star_possessive_subject": ("{c} star Maya Lind's new comedy {s} has been cancelled by "
                                "Hulu after one season.", "cancelled"),
    "alum_in_relative": ("The drama {s}, which stars {c} alum Maya Lind, has been renewed "
                         "for a second season.", "renewed"),
    "fame": ("The comedy {s}, starring Maya Lind of {c} fame, has been renewed for a second "
             "season.", "renewed"),
    "team_behind_object": ("Hulu has cancelled the drama {s}, from the team behind {c}, "
                           "after one season.", "cancelled"),
    "producers_of": ("Hulu has renewed the thriller {s}, from the producers of {c}, for a "
                     "second season.", "renewed"),
    "showrunner_of_shoot": ("The drama {s}, led by {c} showrunner Maya Lind, begins filming "
                            "in Vancouver in June.", "filming_started"),
    "in_the_vein_of": ("The comedy {s}, a comedy in the vein of {c}, premieres on June 14 "
                       "on Netflix.", "premiere"),
    "inspired_by": ("The drama {s}, inspired by {c}, has been renewed for a third season.",
                    "renewed"),
    "likened_to": ("The drama {s}, which critics have likened to {c}, has been renewed for a "
                   "second season.", "renewed"),
    "compared_with": ("Often compared with {c}, the comedy {s} has been cancelled after two "
                      "seasons.", "cancelled"),
    "answer_to": ("The drama {s}, Hulu's answer to {c}, has been cancelled after one season.",
                  "cancelled"),
    "best_known_for": ("Maya Lind, best known for {c}, leads the drama {s}, which premieres "
                       "on June 14 on Netflix.", "premiere"),
    "quoted_credit": ("\u201c{s},\u201d the drama from the creator of \u201c{c},\u201d "
                      "premieres on June 14 on Netflix.", "premiere"),
    "quoted_star": ("\u201c{c}\u201d star Maya Lind's new drama \u201c{s}\u201d has been "
                    "renewed for a second season.", "renewed"),
    "following_in_footsteps": ("Following in the footsteps of {c}, the drama {s} has been "
                               "renewed for a second season.", "renewed"),
}


def _facts(body: str) -> set[tuple[str, str]]:
    """The sentence read inside a roundup's other news (the credits are its particular)."""
    return normalised_shows_kinds(facts_of(
        f"Here is the week's TV news. {body} More news follows below.", "This week in TV",
        PUBLISHED))


@pytest.mark.parametrize("frame", sorted(FRAMES))
@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p[0])
def test_the_news_is_the_other_shows(frame: str, pair: tuple[str, str]) -> None:
    show, credit = pair
    sentence, kind = FRAMES[frame]
    facts = _facts(sentence.format(s=show, c=credit))
    assert (normalise_title(show), kind) in facts
    assert not any(name == normalise_title(credit) for name, _ in facts)


#: Controls: the credited show's own news, or a second show's own clause.
CONTROLS = (
    # a credit's show alone in its sentence: its news stays its own
    ("The drama Glass Harbor returns for a second season on June 14, creator Maya Lind said.",
     {("glass harbor", "premiere")}),
    ("Glass Harbor creator Maya Lind confirmed the drama has been renewed for a second season.",
     {("glass harbor", "renewed")}),
    # the credit's show is the subject of the first clause, the other show of its own clause
    ("Glass Harbor creator Maya Lind confirmed the drama has been renewed, while the comedy "
     "Salt Road was cancelled.", {("glass harbor", "renewed"), ("salt road", "cancelled")}),
    # "stars" as a verb is no credit
    ("The drama Glass Harbor stars Maya Lind and premieres on June 14 on Netflix.",
     {("glass harbor", "premiere")}),
    # examples of shows are shows
    ("Netflix has renewed dramas like Glass Harbor and Salt Road for new seasons.",
     {("glass harbor", "renewed"), ("salt road", "renewed")}),
    # two shows, each the subject of its own news
    ("The drama Glass Harbor has been renewed and the comedy Salt Road has been cancelled.",
     {("glass harbor", "renewed"), ("salt road", "cancelled")}),
)


@pytest.mark.parametrize("body,expected", CONTROLS, ids=[c[0][:40] for c in CONTROLS])
def test_controls_keep_their_facts(body: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _facts(body)
