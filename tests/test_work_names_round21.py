"""Names of other works and of episodes are no show (issue 10, round 21, branch r21names).

A quoted name is kept as a title whatever it looks like; the article says when it is another
work's or an episode's, in shapes the round's grids found unread:
- an episode's name in apposition: "returns June 4 with “Lanterns Out,” the first of ten
  episodes", "“Lanterns Out”, the season premiere, ..." (``titles.season_name``, rule
  ``title.veto.season_name``: an episode's own name);
- another work after a possessive pronoun ("its spin-off podcast “X”", "her novel X") or
  with its quoted name in apposition ("Its companion podcast, “X,” premieres", "The film, “X,”
  wrapped filming") (``title.veto.other_work``);
- and the work's event is then nobody's: "The podcast “X” premieres in June" and "Its
  companion podcast, “X,” premieres" give the show no premiere (``drop.medium_subject`` reads
  the subject past the quoted name).

The controls: a show in the same frames where the article writes it as a show ("Kestrel
renewed its drama, “Nightjar,” for a second season", "Unlike the film, Nightjar was
cancelled after one season") keeps its fact on both trees.
"""

from __future__ import annotations

import pytest
from articles import facts_of, make_article, normalised_rows

from monitor.extract.explain import explain
from monitor.extract.shows import normalise_title

SHOWS = ["Glass Harbor", "Nightjar", "The Copper Vale"]
NAMES = ["Lanterns Out", "Homecoming", "The Long Tide Home"]

#: (body, the facts wanted): {s} the show, {n} the other name, which must get none.
FRAMES = [
    ("{s} returns June 4 with “{n},” the first of ten episodes.",
     {("{s}", None, "premiere"), ("{s}", None, "episode_count")}),
    ("{s} season 2 premieres on June 4 with “{n}”, the season premiere, written by Mara Quell.",
     {("{s}", 2, "premiere")}),
    ("{s} has been renewed for season 2. Its spin-off podcast “{n}” premieres in June.",
     {("{s}", 2, "renewed")}),
    ("{s} has been renewed for season 2. Her novel {n} was published in May.",
     {("{s}", 2, "renewed")}),
    ("{s} has been renewed for season 2. Its companion podcast, “{n},” premieres in June.",
     {("{s}", 2, "renewed")}),
    ("{s} has been renewed for season 2. The podcast “{n}” premieres in June.",
     {("{s}", 2, "renewed")}),
    ("{s} has been renewed for season 2. The film, “{n},” wrapped filming in May.",
     {("{s}", 2, "renewed")}),
    ("{s} season 2 has started filming. Their film “{n}” wraps in May.",
     {("{s}", 2, "filming_started")}),
]

#: (body, the facts wanted): the name in the same frames is the show.
CONTROLS = [
    ("Kestrel renewed its drama, “{s},” for a second season.", {("{s}", 2, "renewed")}),
    ("The comedy, “{s},” has been renewed for a second season.", {("{s}", 2, "renewed")}),
    ("Unlike the film, {s} was cancelled after one season.", {("{s}", 1, "cancelled")}),
    ("“{s}”, the drama whose season premiere drew millions, has been renewed for season 2.",
     {("{s}", 2, "renewed")}),
    ("Kestrel's new drama “{s}” premieres June 4.", {("{s}", 1, "premiere")}),
]


def _wanted(want: set[tuple[str, int | None, str]], show: str
            ) -> set[tuple[str, int | None, str]]:
    return {(normalise_title(name.format(s=show)), season, kind) for name, season, kind in want}


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("body", "want"), FRAMES, ids=[f"frame{i}" for i in range(len(FRAMES))])
def test_a_work_or_episode_name_gets_no_fact(body: str, want: set[tuple[str, int | None, str]],
                                             show: str, name: str) -> None:
    got = normalised_rows(facts_of(body.format(s=show, n=name)))
    assert got == _wanted(want, show)


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize(("body", "want"), CONTROLS,
                         ids=[f"control{i}" for i in range(len(CONTROLS))])
def test_a_show_in_the_same_frame_keeps_its_fact(
        body: str, want: set[tuple[str, int | None, str]], show: str) -> None:
    assert normalised_rows(facts_of(body.format(s=show))) == _wanted(want, show)


@pytest.mark.xfail(strict=True, reason="the work's premiere in the show's own sentence, after "
                   "a semicolon: drop.medium_subject reads only sentences no name owns, so the "
                   "premiere goes to the show named before the semicolon")
def test_a_work_told_after_a_semicolon() -> None:
    got = normalised_rows(facts_of("Glass Harbor has been renewed for season 2; its spin-off "
                                   "podcast “Lanterns Out” premieres in June."))
    assert got == {("glass harbor", 2, "renewed")}


def test_explain_names_the_rules() -> None:
    _, text = explain(make_article("Glass Harbor returns June 4 with “Lanterns Out,” the first "
                                   "of ten episodes. Its companion podcast, “Tide Talk,” "
                                   "premieres in June."))
    assert "vetoed Lanterns Out: title.veto.season_name" in text
    assert "vetoed Tide Talk: title.veto.other_work" in text
    assert "drop.medium_subject" in text
