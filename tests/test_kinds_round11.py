"""Triggers by meaning, round 11 (issue 10): a probe grid of the shapes behind the open folds'
"show found, kind never" and "labelled show, a kind no label has" errors — each shape's
phrasings for every kind (verbs, nouns, idioms and trade slang; active, passive, headline
style), over two invented titles, quoted and not, in the body and as a headline — and a
confusion grid of the same words where they state no fact of that kind. Expectations follow
the devset README's conventions (a planned ending is no cancellation, a revival is a renewal,
a full-season order is more episodes of the season on air), not the current code.

Shapes still not read are strict xfails, each with its reason, so the grid's pass count is the
file's: `pytest tests/test_kinds_round11.py -q` (MEASUREMENTS.md, "Round 11, triggers by
meaning"). Every sentence is written for this test about invented shows."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from articles import facts_of, make_article
from test_title_probes import proposed

from monitor.extract.shows import normalise_title

PUBLISHED = dt.date(2024, 5, 10)
TITLES = ("Copper Valley", "The Night Ferry")
#: A headline is read over a body that names the show and states nothing.
NEUTRAL_BODY = "{t} follows a family of beekeepers in rural Vermont, and stars Ana Ruiz."


def _kinds(template: str, title: str, quoted: bool) -> set[str]:
    """The kinds proposed about ``title`` by a body sentence, or by a headline (no final full
    stop) over a neutral body (``test_title_probes.proposed``: a fact held back only for want
    of evidence that the span names a show counts)."""
    name = f"\u201c{title}\u201d" if quoted else title
    text = template.format(t=name)
    if text.endswith("."):
        article = make_article(text, published=PUBLISHED)
    else:
        article = make_article(NEUTRAL_BODY.format(t=title), text, PUBLISHED)
    return {kind for show, kind in proposed(article) if show == normalise_title(title)}


def _facts(text: str, title: str = "") -> set[tuple[object, ...]]:
    """(show, season, kind, date, certainty, value): the episode counts' values count here."""
    return {(f.show, f.season, f.kind, f.date, f.certainty, f.value)
            for f in facts_of(text, title, PUBLISHED)}


def _gap(reason: str) -> Any:
    return pytest.mark.xfail(strict=True, reason=reason)


#: A headline names an unquoted show only when title discovery finds it there (another brief's
#: work): the headline forms are probed with the show quoted, as trade headlines write it.
_HEADLINE_QUOTED = "headline forms are probed quoted"

#: (kind, phrasing, reason if still not read). "{t}" is the show.
SHAPES: list[tuple[str, str, str | None]] = [
    # --- renewed: a noun that names the show by "that of", the trade's "nod", a headline's
    # season without its article, a renewal counted in years, a revival
    ("renewed", "The renewal follows that of sister show {t}, on Tuesday.", None),
    ("renewed", "{t} gets the nod for a third season.", None),
    ("renewed", "Hulu has given the nod to a third season of {t}.", None),
    ("renewed", "Hulu gave {t} the nod for another season.", None),
    ("renewed", "{t} Returns For Third Series", None),
    ("renewed", "{t} to return for second series as the writer thanks fans", None),
    ("renewed", "{t} is reportedly about to get a multi-year renewal.", None),
    ("renewed", "{t} landed a two-season renewal at CBS.", None),
    ("renewed", "CBS Gives {t} Multi-Year Renewal", None),
    ("renewed", "{t} scored a third-season pickup.", None),
    ("renewed", "{t} has been recommissioned.", None),
    ("renewed", "{t}, cancelled by Fox in 2019, has been revived by Netflix.", None),
    ("renewed", "Netflix Revives {t}", None),
    ("renewed", "Netflix is reviving {t}.", None),  # read since round 17 (r17kinds)
    ("renewed", "The makers of {t} promised viewers a second season.", "a promise of a season "
     "by its makers: no trigger (one open article; the label reads it as the renewal)"),
    # --- cancelled: "that of", slang, a network "not moving forward"
    ("cancelled", "Both cancellations follow that of the rookie series {t}, on Tuesday.", None),
    ("cancelled", "The cancellation comes a week after that of {t}.", None),
    ("cancelled", "Fox has nixed {t}.", None),
    ("cancelled", "{t} has been nixed after one season.", None),
    ("cancelled", "Fox Nixes {t}", None),
    ("cancelled", "{t} has been binned by ITV.", None),
    ("cancelled", "{t} will not be moving forward.", None),
    ("cancelled", "{t} Is Not Moving Forward At Fox", None),
    ("cancelled", "Hulu has taken the decision to cease production on {t}.", "left out: round "
     "7 measured 'cease production on' among wordings that cost a sealed false fact"),
    ("cancelled", "Fox has pulled {t} off the schedule.", "a show pulled off the schedule may "
     "return (a hiatus, the Olympics): no cancellation read"),
    ("cancelled", "Fox has passed on {t}.", "'passed on X' is also a pilot not taken to series "
     "(no season to cancel): not read"),
    # --- filming_started: a shoot seen at work; a restart and a halt are read apart
    ("filming_started", "The cast of {t} was spotted filming in Leeds.", None),
    ("filming_started", "Ana Ruiz and her co-stars were spotted filming season two of {t} on "
     "Monday.", None),
    ("filming_started", "{t} crews filming outside the old town hall on Main Street.",
     "a caption's 'X crews filming': the one open instance gave a fact without its season"),
    ("filming_started", "{t} has suspended filming.", "a halt says the shoot had begun, but the "
     "labels are split (one open article labels the start, two label none)"),
    # --- premiere: a return dated by a relative time or told as a return to the schedule
    ("premiere", "{t} is back next month.", None),
    ("premiere", "{t} will be back later this year.", None),
    ("premiere", "In winter 2025, {t} will return to the schedule with ten episodes.", None),
    ("premiere", "{t} will return to the air in June.", None),
    ("premiere", "{t} is returning in summer for a second season.", None),
    ("premiere", "Six shows are still on the air, including {t} (returning in summer for a "
     "second season).", None),
    ("premiere", "The network just gave {t} a Tuesday-night launch.", "a launch with no date: "
     "an undated premiere says nothing a user can act on (drop.undated_premiere)"),
]


def _grid(shapes: list[tuple[str, str, str | None]]) -> list[Any]:
    cases = []
    for kind, template, reason in shapes:
        headline = not template.endswith(".")
        for title in TITLES:
            for quoted in ((True,) if headline else (False, True)):
                ident = f"{kind}-{'quoted' if quoted else 'bare'}-{title}-{template[:40]}"
                cases.append(pytest.param(kind, template, title, quoted, id=ident,
                                          marks=[_gap(reason)] if reason else []))
    return cases


@pytest.mark.parametrize(("kind", "template", "title", "quoted"), _grid(SHAPES))
def test_shape_states_its_kind(kind: str, template: str, title: str, quoted: bool) -> None:
    assert kind in _kinds(template, title, quoted), template.format(t=title)


#: The same words where they state no fact of the kind: interest renewed, a contract, a
#: culture, a person coming back, a season's order made whole, an event called off, a planned
#: end, a halt, a table read, a photo shoot, a shoot postponed, a film or a party's premiere.
CONFUSIONS: list[tuple[str, str, str | None]] = [
    ("renewed", "The renewed interest in {t} surprised the network.", None),
    ("renewed", "Ana Ruiz renewed her contract with the makers of {t}.", None),
    ("renewed", "Ana Ruiz will return for the third season of {t}.", None),
    ("renewed", "Ana Ruiz is returning to {t} as a guest star.", None),
    ("renewed", "NBC has given {t} a full-season order.", None),
    ("renewed", "{t} received the go-ahead for a full 22-episode season.", None),
    ("renewed", "NBC gave {t} a back-nine order.", None),
    ("renewed", "{t} has been picked up for a full season.", None),
    ("renewed", "The renewal of the lease on the {t} studio was a relief.", None),
    ("renewed", "{t} Will Film Third Season In Arkansas", "a headline's planned shoot is read "
     "as a renewal (kind.planned_shoot_is_renewal, which the seeds label so; the devset "
     "labels the shoot only)"),
    ("cancelled", "{t} star Ana Ruiz has become a target of cancel culture.", None),
    ("cancelled", "The {t} panel at Comic-Con was cancelled.", None),
    ("cancelled", "{t} will end with its fifth and final season, the creators said.", None),
    ("cancelled", "{t} is ending after five seasons, as the creators always planned.", None),
    ("cancelled", "Production on {t} was halted by the strike.", None),
    ("cancelled", "Filming on {t} has been suspended for two weeks.", None),
    ("cancelled", "Ana Ruiz will not return for the third season of {t}.", None),
    ("cancelled", "The nixed storyline would have sent {t} to Mars.", None),
    ("filming_started", "The cast of {t} gathered for a table read on Monday.", None),
    ("filming_started", "Ana Ruiz posted photos from a photo shoot for {t}.", None),
    ("filming_started", "Filming on {t} was postponed because of the pandemic.", None),
    ("filming_started", "{t} has postponed filming until next year.", None),
    ("filming_started", "Ana Ruiz was spotted filming a commercial near the {t} set.", None),
    ("filming_started", "Production on {t} was halted by the strike.", None),
    ("filming_wrapped", "Production on {t} was halted by the strike.", None),
    ("premiere", "The {t} film premiered at the Venice festival.", None),
    ("premiere", "The cast attended the {t} premiere party in London.", None),
    ("premiere", "{t} filming is set for June.", None),
]


@pytest.mark.parametrize(("kind", "template", "title", "quoted"), _grid(CONFUSIONS))
def test_confusion_states_no_such_fact(kind: str, template: str, title: str,
                                       quoted: bool) -> None:
    assert kind not in _kinds(template, title, quoted), template.format(t=title)


# --- the mechanisms, with their facts whole --------------------------------------------------


def test_that_of_after_a_cancellation_names_the_show() -> None:
    """"Both cancellations follow that of X": the plural noun alone is news in general
    (drop.generic_plural_decision); with "that of" it names its show."""
    facts = _facts("Both cancellations follow that of the rookie series Tin Lantern, which "
                   "comes from the network's own studio, on Tuesday.")
    assert ("Tin Lantern", 1, "cancelled", "2024-05-07", "confirmed", None) in facts


def test_a_full_season_order_is_the_count_not_a_renewal() -> None:
    facts = _facts("Tin Lantern and Paper Moons each got an order for full 22-episode "
                   "seasons.")
    assert {(f[0], f[2], f[5]) for f in facts} == {("Tin Lantern", "episode_count", 22),
                                                   ("Paper Moons", "episode_count", 22)}


def test_a_full_season_order_beside_a_numbered_season_is_still_a_renewal() -> None:
    facts = _facts("NBC has renewed Tin Lantern for a third season with a full 22-episode "
                   "order.")
    assert ("Tin Lantern", 3, "renewed") in {(f[0], f[1], f[2]) for f in facts}


def test_a_return_to_the_schedule_after_the_season_aired_is_the_next_premiere() -> None:
    facts = _facts("Tin Lantern ended its first season on May 9 after ten episodes. "
                   "In winter 2025, Tin Lantern will return to the schedule with ten episodes.")
    assert ("Tin Lantern", 2, "premiere", "2025-WI", "expected", None) in facts


def test_a_return_with_no_aired_season_keeps_no_season() -> None:
    """Only a season the article tells as aired (none later named) gives the next one."""
    facts = _facts("In winter 2025, the comedy Tin Lantern will return to the schedule.")
    assert {(f[0], f[1], f[2]) for f in facts} == {("Tin Lantern", None, "premiere")}


@pytest.mark.parametrize("text", [
    "Tin Lantern is returning in the summer for a second season.",
    "Tin Lantern is returning in summer for a second season.",
])
def test_a_return_in_the_progressive_is_scheduled(text: str) -> None:
    """"is returning in the summer" looks ahead: the coming summer, expected (a summer read
    in no tense was the last one, told as done)."""
    facts = _facts(text.replace("Tin Lantern", "\u201cTin Lantern\u201d"))
    assert ("Tin Lantern", 2, "premiere", "2024-SU", "expected", None) in facts


def test_a_multi_year_renewal_is_evidence_of_a_show() -> None:
    """A name given once, unquoted, with no season beside it is held back (a film, a company
    ...); a renewal counted in years is only a show's."""
    facts = _facts("The Copper Kettle is reportedly about to get a multi-year renewal.")
    assert facts == {("The Copper Kettle", None, "renewed", None, "speculative", None)}
