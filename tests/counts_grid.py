"""Episode counts and shoots as a generated grid (round 34, r34counts).

Counts: the forms a season's episode count takes in the trade's prose — an adjective ("a
ten-episode third season", "an eight-episode order", "a 13-episode pickup"), a verb's object
("ordered 10 episodes", "will run eight episodes", "consists of six hour-long episodes"), an
order cut or expanded ("cut from 13 to 10", "expanded to 22"), "N episodes each", per-season
counts in a list ("Season 2 (8 episodes), Season 3 (10)") — with the number spelt or in
digits, hyphenated or not, over four title shapes (words, a person-shaped name, "The X", a
numbered title) and two placements (the title in the count's sentence, or a sentence naming
the show and the season first and the count's sentence referring back to "the show").

Shoots: "cameras are rolling on", "production is underway", began / started / kicked off
filming / shooting / principal photography, "is filming in Cork", "went before cameras",
"lensing", a restart, "has wrapped", "filming concluded", "in the can", an interval ("shooting
from May to August": both the start and the wrap) and a plan ("is set to start filming next
month", expected), over the same title shapes.

Every cell follows a cue sentence naming the show as a drama (a bare capitalised phrase is no
title on its own; the grid measures counts and shoots, not title discovery). ``cells()``
yields every cell with the facts it wants: (kind, value, date) on its show. A cell is right
when each wanted fact is there, missed when one is not (or has another number or date: a
"wrong" cell), false when a fact of another show or kind, or a second count, is beside it.
All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

#: The grid's articles are published on this day: "in May" is May of 2026, "next month"
#: December 2026.
PUBLISHED = dt.date(2026, 11, 2)

SHAPES: dict[str, str] = {
    "words": "Salt Road",
    "person": "Maggie Stone",
    "the_x": "The Lantern House",
    "numbered": "Precinct 9",
}

CUE = "The Kestrel drama {T} follows three sisters."
#: The sentence before a "next" cell's own: the show and its season, the count told after.
LEAD = "Kestrel has renewed {T} for a third season."

SPELT = {6: "six", 8: "eight", 10: "ten", 13: "thirteen", 22: "twenty-two"}


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiouAEIOU" or word.startswith(("8", "11", "18")) else "a ") + word


def numbers(n: int, adjective: bool) -> dict[str, str]:
    """The number forms of ``n``: spelt / digits, and for an adjective hyphenated or not."""
    if not adjective:
        return {"digits": str(n), "spelt": SPELT[n]}
    return {"digits_hyphen": f"{n}-episode", "spelt_hyphen": f"{SPELT[n]}-episode",
            "digits_space": f"{n} episode", "spelt_space": f"{SPELT[n]} episode"}


@dataclass(frozen=True)
class CountForm:
    """A count's sentence: ``same`` over T (title) and E (the number form), ``next`` the
    sentence after LEAD over E ("the show" refers back); the count wanted and whether E is
    an adjective ("ten-episode") or a noun phrase's number ("ten")."""

    name: str
    same: str
    next: str
    value: int
    adjective: bool
    #: (season, value) pairs when the form tells several seasons' counts.
    per_season: tuple[tuple[int, int], ...] = ()


COUNT_FORMS: list[CountForm] = [
    CountForm("season_adjective", "Kestrel has ordered {aE} third season of {T}.",
              "The new season will be {aE} run.", 10, True),
    CountForm("order_adjective", "Kestrel gave {T} {aE} order.",
              "Kestrel gave the show {aE} order.", 8, True),
    CountForm("pickup_adjective", "{T} has landed {aE} pickup at Kestrel.",
              "The show landed {aE} pickup.", 13, True),
    CountForm("ordered_n_episodes", "Kestrel has ordered {E} episodes of {T}.",
              "Kestrel has ordered {E} episodes of the show.", 10, False),
    CountForm("will_run", "The third season of {T} will run {E} episodes.",
              "The new season will run {E} episodes.", 8, False),
    CountForm("consists_of", "The third season of {T} consists of {E} hour-long episodes.",
              "The new season consists of {E} hour-long episodes.", 6, False),
    CountForm("order_of", "Kestrel placed an order of {E} episodes for {T}.",
              "The order is for {E} episodes.", 10, False),
    CountForm("cut_from_to", "Kestrel cut the order for {T} from thirteen to {E} episodes.",
              "The order was cut from thirteen to {E} episodes.", 10, False),
    CountForm("expanded_to", "Kestrel expanded the order for {T} to {E} episodes.",
              "The order was expanded to {E} episodes.", 22, False),
    CountForm("episodes_each", "Kestrel renewed {T} for two more seasons of {E} episodes "
              "each.", "Kestrel ordered two more seasons of {E} episodes each.", 10, False),
    CountForm("per_season_list", "Kestrel renewed {T} for two more seasons: Season 3 "
              "({E} episodes) and Season 4 (six).", "The seasons will run as follows: Season "
              "3 ({E} episodes) and Season 4 (six).", 8, False, ((3, 8), (4, 6))),
    CountForm("ordered_passive", "{T} has been ordered for {E} episodes.",
              "The show has been ordered for {E} episodes.", 10, False),
    CountForm("extended_from_to", "Kestrel extended the third season of {T} from eight to "
              "{E} episodes.", "Kestrel extended the season from eight to {E} episodes.",
              13, False),
    CountForm("additional_episodes", "Kestrel has ordered {E} additional episodes of {T}, "
              "bringing the third season to 22.", "Kestrel has ordered {E} additional "
              "episodes, bringing the season to 22.", 13, False,
              ((3, 22),)),
    CountForm("part_adjective", "Kestrel has commissioned {aE} third season of {T}.",
              "The new season will be {aE} run.", 6, True),
    CountForm("will_comprise", "The third season of {T} will comprise {E} episodes.",
              "The season will comprise {E} episodes.", 8, False),
    CountForm("headline_order", "Kestrel orders {E} episodes of {T}",
              "Kestrel orders {E} more episodes", 10, False),
    CountForm("season_tally", "{T} returns with {E} episodes in its third season.",
              "The show returns with {E} episodes.", 8, False),
    CountForm("order_changed_to_bare", "The order for {T} was extended to {E}.",
              "The order was extended to {E}.", 13, False),
    CountForm("order_cut_to_bare", "Kestrel cut the order for {T} to {E}.",
              "Kestrel cut the order to {E}.", 8, False),
    CountForm("consist_of", "The third season of {T} will consist of {E} episodes.",
              "The new season will consist of {E} episodes.", 10, False),
    CountForm("part_season", "Kestrel has ordered the {E}-part third season of {T}.",
              "Kestrel has ordered the {E}-part season.", 8, False),
    CountForm("back_nine", "Kestrel gave {T} a back-nine order, bringing its third season "
              "to {E} episodes.", "The show got a back-nine order, bringing the season to "
              "{E} episodes.", 22, False),
]


@dataclass(frozen=True)
class ShootForm:
    """A shoot's sentence over T: the facts it wants, (kind, date or None), and the certainty
    of the first."""

    name: str
    text: str
    wants: tuple[tuple[str, str | None], ...]
    certainty: str = "confirmed"


STARTED_VERBS = {"began": "began", "started": "started", "kicked_off": "kicked off"}
STARTED_OBJECTS = {"filming": "filming", "shooting": "shooting",
                   "principal_photography": "principal photography"}

SHOOT_FORMS: list[ShootForm] = [
    *[ShootForm(f"{v}_{o}", f"{{T}} {vt} {ot} in Cork in May.",
                (("filming_started", "2026-05"),))
      for v, vt in STARTED_VERBS.items() for o, ot in STARTED_OBJECTS.items()],
    ShootForm("cameras_rolling", "Cameras are rolling on {T} in Cork.",
              (("filming_started", None),)),
    ShootForm("production_underway", "Production is underway on {T} in Cork.",
              (("filming_started", None),)),
    ShootForm("is_filming_in", "{T} is filming in Cork.", (("filming_started", None),)),
    ShootForm("went_before_cameras", "{T} went before cameras in Cork in May.",
              (("filming_started", "2026-05"),)),
    ShootForm("lensing_began", "Lensing began on {T} in Cork in May.",
              (("filming_started", "2026-05"),)),
    ShootForm("is_lensing", "{T} is lensing in Cork.", (("filming_started", None),)),
    ShootForm("production_resumes", "Production on {T} resumed in May after a strike.",
              (("filming_started", None),)),
    ShootForm("has_wrapped", "{T} has wrapped filming in Cork.",
              (("filming_wrapped", None),)),
    ShootForm("filming_concluded", "Filming on {T} concluded in October.",
              (("filming_wrapped", "2026-10"),)),
    ShootForm("in_the_can", "The third season of {T} is in the can.",
              (("filming_wrapped", None),)),
    ShootForm("interval_from_to", "{T} was shooting in Cork from May to August.",
              (("filming_started", "2026-05"), ("filming_wrapped", "2026-08"))),
    ShootForm("interval_between", "Filming on {T} took place between May and August.",
              (("filming_started", "2026-05"), ("filming_wrapped", "2026-08"))),
    ShootForm("production_halted", "Production on {T} was halted in May after a strike.",
              (("filming_started", None),)),
    ShootForm("got_underway", "Filming got underway on {T} in Cork in May.",
              (("filming_started", "2026-05"),)),
    ShootForm("has_started_production", "{T} has started production in Cork.",
              (("filming_started", None),)),
    ShootForm("headed_back_into_production", "{T} headed back into production in May after "
              "a strike.", (("filming_started", None),)),
    ShootForm("cameras_stopped_rolling", "Cameras stopped rolling on {T} in October.",
              (("filming_wrapped", "2026-10"),)),
    ShootForm("principal_photography_wrapped", "Principal photography on {T} wrapped in "
              "October.", (("filming_wrapped", "2026-10"),)),
    ShootForm("shooting_wrapped", "Shooting on {T} wrapped in October.",
              (("filming_wrapped", "2026-10"),)),
    ShootForm("began_and_ended", "Production on {T} began in May and ended in August.",
              (("filming_started", "2026-05"), ("filming_wrapped", "2026-08"))),
    ShootForm("began_and_concluded", "Filming on {T} began in May and concluded in August.",
              (("filming_started", "2026-05"), ("filming_wrapped", "2026-08"))),
    ShootForm("started_and_finished", "Filming on {T} started in May and finished in "
              "August.", (("filming_started", "2026-05"), ("filming_wrapped", "2026-08"))),
    ShootForm("started_and_wrapped", "{T} started filming in May and wrapped in August.",
              (("filming_started", "2026-05"), ("filming_wrapped", "2026-08"))),
    ShootForm("was_filmed_between", "{T} was filmed in Cork between May and August.",
              (("filming_started", "2026-05"), ("filming_wrapped", "2026-08"))),
    ShootForm("will_be_shot_from", "{T} will be shot in Cork from January to April.",
              (("filming_started", "2027-01"), ("filming_wrapped", "2027-04")), "expected"),
    ShootForm("ran_until", "Filming on {T} ran from May until August.",
              (("filming_started", "2026-05"), ("filming_wrapped", "2026-08"))),
    ShootForm("shoot_began", "The shoot for {T} began in May.", (("filming_started", "2026-05"),)),
    ShootForm("in_production", "{T} is currently in production in Cork.",
              (("filming_started", None),)),
    ShootForm("scheduled_to_begin", "Filming on {T} is scheduled to begin in January.",
              (("filming_started", "2027-01"),), "expected"),
    ShootForm("cameras_will_roll", "Cameras will roll on {T} in January.",
              (("filming_started", "2027-01"),), "expected"),
    ShootForm("filming_is_complete", "Filming is complete on {T}.",
              (("filming_wrapped", None),)),
    ShootForm("filming_ran_from", "Filming on {T} ran from May to August.",
              (("filming_started", "2026-05"), ("filming_wrapped", "2026-08"))),
    ShootForm("shot_through", "{T} shot in Cork from May through August.",
              (("filming_started", "2026-05"), ("filming_wrapped", "2026-08"))),
    ShootForm("will_film_from", "{T} will film in Cork from January to April.",
              (("filming_started", "2027-01"), ("filming_wrapped", "2027-04")), "expected"),
    ShootForm("set_to_start_next_month", "{T} is set to start filming next month.",
              (("filming_started", "2026-12"),), "expected"),
    ShootForm("will_begin_in_month", "{T} will begin shooting in Cork in January.",
              (("filming_started", "2027-01"),), "expected"),
]


@dataclass(frozen=True)
class Cell:
    """One generated article: its body and the facts it wants on its title."""

    group: str
    form: str
    variant: str
    shape: str
    body: str
    title: str
    #: (kind, season or None for any, value or None, date or None) wanted.
    wants: tuple[tuple[str, int | None, int | None, str | None], ...]
    #: The article's headline ("TV news" unless the form is a headline's).
    headline: str = "TV news"

    @property
    def id(self) -> str:
        return "-".join(p for p in (self.group, self.form, self.variant, self.shape) if p)


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def count_cells() -> Iterator[Cell]:
    for form in COUNT_FORMS:
        wants = tuple(("episode_count", s, v, None) for s, v in form.per_season) or (
            ("episode_count", None, form.value, None),)
        for variant, e in numbers(form.value, form.adjective).items():
            for placement in ("same", "next"):
                for shape, title in SHAPES.items():
                    cue = CUE.format(T=title)
                    if form.name.startswith("headline"):
                        # a headline over the cue (and the lead sentence, "next")
                        headline = _cap((form.same if placement == "same" else form.next)
                                        .format(T=title, E=e, aE=_a(e)))
                        body = cue if placement == "same" else f"{cue} {LEAD.format(T=title)}"
                        yield Cell("count", form.name, f"{variant}-{placement}", shape, body,
                                   title, wants, headline)
                        continue
                    template = form.same if placement == "same" else LEAD + " " + form.next
                    sentence = template.format(T=title, E=e, aE=_a(e))
                    body = f"{cue} {_cap(sentence)}"
                    yield Cell("count", form.name, f"{variant}-{placement}", shape, body,
                               title, wants)


def shoot_cells() -> Iterator[Cell]:
    for form in SHOOT_FORMS:
        wants = tuple((k, None, None, d) for k, d in form.wants)
        for shape, title in SHAPES.items():
            body = f"{CUE.format(T=title)} {_cap(form.text.format(T=title))}"
            yield Cell("shoot", form.name, "", shape, body, title, wants)


def cells() -> Iterator[Cell]:
    """Every cell of the grid: counts, then shoots."""
    yield from count_cells()
    yield from shoot_cells()


#: A count or a shoot of another thing: no count, no shoot (the cue names Salt Road).
NON_FACTS: list[tuple[str, str]] = [
    ("episodes_aired_so_far", "Salt Road has aired 24 episodes so far."),
    ("hundredth_episode", "Salt Road celebrates its 100th episode on Friday."),
    ("episode_number", "Episode 8 of Salt Road drew the largest audience of the year."),
    ("film_runtime", "The Salt Road film runs 128 minutes."),
    ("nominations", "Salt Road earned 10 nominations on Tuesday."),
    ("two_hour_finale", "Salt Road ends its run with a two-hour finale."),
    ("documentary_of_another_title", "Kestrel also ordered a 10-episode documentary, Blue "
     "Harbour, from the same producers."),
    ("film_shoot", "Jane Doe, who stars in Salt Road, began filming the film Iron Coast in "
     "Cork in May."),
    ("music_video", "The Salt Road cast began shooting a music video in May."),
    ("photo_shoot", "The Salt Road cast wrapped a photo shoot for the magazine."),
    ("pilot_of_another_show", "Kestrel began filming a pilot for Blue Harbour in May."),
    ("cast_member_shooting_another", "Salt Road star Jane Doe is currently shooting "
     "another project in Cork."),
]
