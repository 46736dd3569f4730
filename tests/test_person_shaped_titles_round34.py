"""Round 34 (r34names): titles that look like people's names, kept by a show's position.

A show named like a person ("Maggie Stone", "Harper Vale"), a lone first name ("Martha"), a
place ("Lisbon") or a holiday is vetoed for its look unless the article writes it as a show's.
Round 28 read a decision with a season or a decision verb's object, round 34's r34vocab a
decision noun or a kind of show before it. This grid adds the places only a show takes
(``title.keep.show_position``, ``shows.show_position_evidence``):

- after a season or an episode of it: "season 2 of X", "a second season of X", "new seasons
  of dramas X and Salt Road", "the finale of X", "ten episodes of X";
- after a plural kind of show: "shows like X", "dramas such as X";
- before what only a show does: "X premieres on Kestrel", "X, which premieres on ...", "X will
  air in May", "X launched on Kestrel", "X ran for three seasons", "X is set in Lisbon", "X
  (returning in May for its second season)", "X with its fifth and final season";
- a sentence-case headline's lower-case verb ("X premieres on Kestrel", "X renewed for a fifth
  season at Kestrel", "Kestrel cancels X after one season"); a title-case headline hides its
  verbs and stays as it was.

Controls (pass on the base and the branch): a person-shaped name written as a person's
beside such a position ("starring X", "X said", "X, who plays", "showrunner X", "host X", a
character "X's ..."), and a real person beside a person-shaped title keeps no fact. All
titles, networks and people are invented.
"""

from __future__ import annotations

import pytest
from articles import explained, facts_of

from monitor.extract.shows import normalise_title

#: Title shapes the look vetoes name a person's, a first name's, a place's.
SHAPES = {
    "person": "Maggie Stone",
    "rare_person": "Harper Vale",
    "first_name": "Martha",
    "place": "Lisbon",
}

#: (frame id, headline, body, kind): {t} is the title. Bodies tell the decision in a sentence
#: whose only cue for the title is the show's position; no other sentence names it a show.
FRAMES = [
    ("season_n_of", "Kestrel news",
     "Kestrel has renewed season 3 of {t}. Production begins in May.", "renewed"),
    ("ordinal_season_of", "Kestrel news",
     "Kestrel has ordered a second season of {t}, the network said on Monday.", "renewed"),
    ("new_seasons_of_kind", "Kestrel news",
     "Kestrel also gave the green light to new seasons of dramas {t} and Salt Road.",
     "renewed"),
    ("finale_of", "Kestrel news",
     "The finale of {t} will be the last: Kestrel has cancelled the series.", "cancelled"),
    ("premieres_on", "Kestrel news",
     "{t} premieres on Kestrel on March 3, 2027.", "premiere"),
    ("will_air", "Kestrel news",
     "{t} will air on Kestrel from March 3, 2027.", "premiere"),
    ("ran_for_seasons", "Kestrel news",
     "{t} ran for three seasons. Kestrel has cancelled it.", "cancelled"),
    ("which_premieres", "Kestrel news",
     "The first drama to return is {t}, which premieres on March 3, 2027.", "premiere"),
    ("paren_returning_its", "Kestrel news",
     "Only two shows are still on: Salt Road and {t} (returning in May for its second "
     "season).", "premiere"),  # a dated return is its premiere
    ("shows_like", "Kestrel news",
     "Kestrel decided to renew Salt Road and has renewed established shows like {t} as well.",
     "renewed"),
    ("with_its_final_season", "Kestrel news",
     "Kestrel will say goodbye to {t} with its fifth and final season.", "renewed"),
    # a final season ordered is a renewal (``trigger.farewell_final_season``)
    ("headline_premieres", "{t} premieres on Kestrel",
     "The new series premieres on March 3, 2027.", "premiere"),
    ("headline_object_cancels", "Kestrel cancels {t} after one season",
     "The network confirmed the news on Monday.", "cancelled"),
    ("headline_object_renews", "Kestrel renews {t} for a second season",
     "The network confirmed the news on Monday.", "renewed"),
    ("headline_renewed", "{t} renewed for fifth and final season at Kestrel",
     "Kestrel confirmed the news on Monday.", "renewed"),
]

#: A second mention that tells nothing of a show or a person: an article names its show more
#: than once (``drop.unevidenced_title`` asks for that, a season or a network beside it).
AGAIN = " Fans of {t} have waited a long time."

GRID = [pytest.param(head, body + AGAIN, shape, kind, id=f"{frame}-{shape}")
        for frame, head, body, kind in FRAMES for shape in SHAPES]


@pytest.mark.parametrize(("headline", "body", "shape", "kind"), GRID)
def test_show_position_keeps_title(headline: str, body: str, shape: str, kind: str) -> None:
    title = SHAPES[shape]
    facts = facts_of(body.format(t=title), headline.format(t=title))
    found = {(normalise_title(f.show), f.kind) for f in facts}
    assert (normalise_title(title), kind) in found, found


#: Near misses: the name written as a person's beside the same positions; no fact on it.
CONTROLS = [
    pytest.param("Kestrel news", "Kestrel has renewed season 3 of Salt Road, starring "
                 "Maggie Stone. Maggie Stone said she was thrilled.", "Maggie Stone",
                 id="star-said"),
    pytest.param("Kestrel news", "Maggie Stone, who plays the lead, premieres on Kestrel "
                 "a new series on March 3, 2027.", "Maggie Stone", id="who_plays"),
    pytest.param("Kestrel news", "Showrunner Harper Vale is set in her ways, and Kestrel "
                 "has renewed Salt Road for a third season.", "Harper Vale",
                 id="showrunner"),
    pytest.param("Kestrel news", "Host Maggie Stone will air her views on Kestrel's "
                 "Salt Road, which has been renewed for a third season.", "Maggie Stone",
                 id="host"),
    pytest.param("Kestrel news", "The finale of Maggie Stone's story arc airs on Kestrel as "
                 "Salt Road ends its second season.", "Maggie Stone", id="character_arc"),
    pytest.param("Kestrel news", "Salt Road has been renewed for a third season. Creator "
                 "Harper Vale said ten episodes of the show are planned.", "Harper Vale",
                 id="creator_beside"),
    pytest.param("Kestrel news", "Kestrel has ordered three more seasons of Detective Maggie "
                 "Stone (and the other crime shows of Salt Road's producer).",
                 "Detective Maggie Stone", id="ranked_character"),
    pytest.param("Kestrel news", "Kestrel has ordered three more seasons of Salt Road's Maggie "
                 "Stone, fans of the show learned on Monday.", "Salt Road's Maggie Stone",
                 id="show_and_its_star"),
    pytest.param("Kestrel news", "Kestrel renewed Salt Road, and stars like Maggie Stone "
                 "will return for its third season.", "Maggie Stone", id="stars_like"),
    pytest.param("Kestrel news", "Salt Road returns for its third season, with Maggie Stone, "
                 "who plays the mayor, back for its final run.", "Maggie Stone",
                 id="cast_back"),
    pytest.param("Kestrel drops Maggie Stone from Salt Road", "The network confirmed the news "
                 "on Monday. Maggie Stone had played the mayor.", "Maggie Stone",
                 id="headline_dropped_from_show"),
    pytest.param("Kestrel news", "Kestrel ordered new seasons of the dramas Maggie Stone and "
                 "Harper Vale created.", "Maggie Stone", id="makers_after_list"),
    pytest.param("Maggie Stone Premieres On Kestrel", "Maggie Stone said she was thrilled "
                 "to join Salt Road.", "Maggie Stone", id="title_case_headline_person"),
]


@pytest.mark.parametrize(("headline", "body", "person"), CONTROLS)
def test_person_stays_a_person(headline: str, body: str, person: str) -> None:
    facts = facts_of(body, headline)
    assert all(normalise_title(f.show) != normalise_title(person) for f in facts), facts


def test_explain_names_the_rule() -> None:
    text = explained("Maggie Stone premieres on Kestrel on March 3, 2027." + AGAIN.format(
        t="Maggie Stone"))
    assert "title.keep.show_position" in text
