"""Headlines in other sites' house styles as a generated grid (round 35, r35headlines).

The headline is where most articles state their fact first, and each site writes it its own
way: a trade's Title Case ("Kestrel Cancels Salt Road After Two Seasons"), a UK tabloid's
present tense and "series" ("Salt Road axed by Kestrel after two series"), wire copy in
sentence case, a fan site's question or exclamation ("Salt Road Season 3 Is Happening!"), a
listing ("Salt Road (Kestrel): renewed"), sections after a colon, pipe or dash ("Salt Road
Season 3 | Release Date, Cast, Trailer"), a label before a colon ("Exclusive: ..."), and the
season written "S3", "Season Three" or "Series 3".

``cells()`` yields every (kind, style, headline, title shape, body) cell: the headline tells
the fact; the body names the show without telling it (``named``: as a drama of the network;
``plain``: by its name alone, beside a second mention) or not at all (``none``: the fact and the
show are the headline's only). A cell is right when its facts hold its kind on its show (and
its date, where the headline gives one), false when a fact of another show or kind is beside
it. ``PYTHONPATH=<tree>:tests python tests/headline_styles.py [-v]`` prints the grid's counts
by kind, style, shape and body for the tree's extractor (``-v``: each cell not right, and why).
All titles, networks and people are invented.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from dataclasses import dataclass

#: Title shapes: name → the title as written in the body (a quoted shape's headline quotes it).
SHAPES: dict[str, str] = {
    "words": "Salt Road",
    "one_word": "Havana",
    "person": "Maggie Stone",
    "the_x": "The Lantern House",
    "numbered": "Precinct 9",
    "long": "The House on Tovey Lane",
}

#: Shapes whose headline quotes the title, as trades and UK papers do ('Salt Road').
QUOTED = frozenset({"words", "person"})

NETWORK = "Kestrel"
PUBLISHED = dt.date(2026, 11, 2)

#: Bodies: the show named as a kind of show; named plainly (twice, as
#: ``drop.unevidenced_title`` asks of a bare name); or not named (the headline only).
BODIES: dict[str, str] = {
    "named": "The {N} drama {T} follows three sisters who run a failing hotel.",
    "plain": "{T} follows three sisters who run a failing hotel. Fans of {T} have waited a "
             "long time.",
    "none": "The series follows three sisters who run a failing hotel.",
}


@dataclass(frozen=True)
class Headline:
    """A headline template (over N network, T title) of a kind in a house style, and the
    date it gives (ISO prefix), if any."""

    kind: str
    style: str
    name: str
    template: str
    date: str | None = None


#: The headlines by kind. Styles: trade (Title Case), tabloid (UK present tense, "series"),
#: wire (sentence case), fan (question / exclamation), listing, section (colon, pipe, dash),
#: label ("Exclusive:", "Report:", "Watch:"), form ("S3", "Season Three", "Series 3").
HEADLINES: list[Headline] = [
    # renewed
    Headline("renewed", "trade", "renews_for", "{N} Renews {T} For Season 3"),
    Headline("renewed", "trade", "renewed_for_at", "{T} Renewed For Season 3 At {N}"),
    Headline("renewed", "trade", "renewed_for_ordinal", "{T} Renewed For Third Season"),
    Headline("renewed", "trade", "picked_up", "{T} Picked Up For Season 3 By {N}"),
    Headline("renewed", "trade", "gets_renewal", "{T} Gets Season 3 Renewal At {N}"),
    Headline("renewed", "trade", "is_renewed", "{T} Is Renewed For A Third Season"),
    Headline("renewed", "trade", "greenlights", "{N} Greenlights Season 3 Of {T}"),
    Headline("renewed", "trade", "will_return", "{T} Will Return For Season 3"),
    Headline("renewed", "tabloid", "renewed_series", "{T} renewed for series 3 as {N} confirms "
             "return"),
    Headline("renewed", "tabloid", "returning_series", "{T} returning for series 3 on {N}"),
    Headline("renewed", "wire", "renews_sentence", "{N} renews {T} for a third season"),
    Headline("renewed", "wire", "to_return_on", "{T} to return for a third season on {N}"),
    Headline("renewed", "wire", "orders_third", "{N} orders third season of {T}"),
    Headline("renewed", "wire", "gives_season", "{N} gives {T} a third season"),
    Headline("renewed", "wire", "gets_third_at", "{T} gets third season at {N}"),
    Headline("renewed", "wire", "will_be_back", "{T} will be back for season 3"),
    Headline("renewed", "wire", "confirms_season", "{N} confirms {T} season 3"),
    Headline("renewed", "wire", "network_possessive", "{N}'s {T} renewed for season 3"),
    Headline("renewed", "tabloid", "series_confirmed", "Third series of {T} confirmed by {N}"),
    Headline("renewed", "tabloid", "recommissioned", "{T} recommissioned for third series"),
    Headline("renewed", "tabloid", "back_for_more", "{T} will be back for a third series, {N} "
             "confirms"),
    Headline("renewed", "fan", "exclaim", "{T} Has Been Renewed For Season 3!"),
    Headline("renewed", "fan", "its_official", "It's Official: {T} Is Coming Back For Season "
             "3"),
    Headline("renewed", "listing", "listing", "{T} ({N}): renewed for season 3"),
    Headline("renewed", "section", "colon_confirmed", "{T}: Season 3 Confirmed"),
    Headline("renewed", "section", "colon_renewed", "{T}: {N} Renews Drama For Season 3"),
    Headline("renewed", "section", "pipe", "{T} Renewed For Season 3 | {N} News"),
    Headline("renewed", "label", "exclusive", "Exclusive: {N} Renews {T} For Season 3"),
    Headline("renewed", "label", "report", "Report: {T} Renewed For Season 3"),
    Headline("renewed", "form", "s_n", "{T} S3 Confirmed By {N}"),
    Headline("renewed", "form", "season_word", "{T} Renewed For Season Three"),
    Headline("renewed", "form", "series_n", "{T} Renewed For Series 3"),
    Headline("renewed", "trade", "lands_renewal", "{T} Lands Season 3 Renewal At {N}"),
    Headline("renewed", "trade", "brings_back", "{N} Brings Back {T} For Season 3"),
    Headline("renewed", "trade", "scores_season", "{T} Scores Third Season At {N}"),
    Headline("renewed", "section", "renewal_colon", "{T} Renewal: {N} Orders Season 3"),
    Headline("renewed", "fan", "question_answered", "Is {T} Cancelled? No, {N} Renews It For "
             "Season 3"),
    Headline("renewed", "form", "season_word_officially", "{T} Season Three Officially "
             "Happening"),
    # cancelled
    Headline("cancelled", "trade", "drops_after", "{N} Drops {T} After Two Seasons"),
    Headline("cancelled", "trade", "no_season_for", "No Season 3 For {T} At {N}"),
    Headline("cancelled", "trade", "gets_the_axe", "{T} Gets The Axe At {N}"),
    Headline("cancelled", "tabloid", "axed_after_one_series", "{N} axes {T} after just one "
             "series"),
    Headline("cancelled", "trade", "cancels_after", "{N} Cancels {T} After Two Seasons"),
    Headline("cancelled", "trade", "cancelled_at", "{T} Cancelled At {N} After Two Seasons"),
    Headline("cancelled", "trade", "canceled_us", "{T} Canceled After Two Seasons"),
    Headline("cancelled", "trade", "axes", "{N} Axes {T}"),
    Headline("cancelled", "trade", "axed_by", "{T} Axed By {N} After Two Seasons"),
    Headline("cancelled", "trade", "scraps", "{N} Scraps {T} After One Season"),
    Headline("cancelled", "trade", "wont_return", "{T} Won't Return For Season 3"),
    Headline("cancelled", "trade", "pulls_plug", "{N} Pulls The Plug On {T}"),
    Headline("cancelled", "tabloid", "axed_series", "{T} axed by {N} after two series"),
    Headline("cancelled", "wire", "cancels_sentence", "{N} cancels {T} after two seasons"),
    Headline("cancelled", "fan", "exclaim", "{T} Has Been Cancelled!"),
    Headline("cancelled", "listing", "listing", "{T} ({N}): cancelled after two seasons"),
    Headline("cancelled", "section", "colon_over", "It's Over: {N} Cancels {T}"),
    Headline("cancelled", "section", "colon_no_season", "{T} Cancelled: No Season 3 At {N}"),
    Headline("cancelled", "label", "exclusive", "Exclusive: {N} Cancels {T}"),
    Headline("cancelled", "form", "series_n", "{T} Cancelled After Series 2"),
    # filming_started
    Headline("filming_started", "trade", "begins_filming", "{T} Season 2 Begins Filming"),
    Headline("filming_started", "trade", "starts_production", "{T} Season 2 Starts Production "
             "In Belfast"),
    Headline("filming_started", "trade", "cameras_roll", "Cameras Roll On {T} Season 2"),
    Headline("filming_started", "trade", "filming_begins_on", "Filming Begins On {T} Season 2"),
    Headline("filming_started", "trade", "underway", "{T} Season 2 Filming Underway"),
    Headline("filming_started", "tabloid", "starts_filming_series", "{T} series 2 starts "
             "filming in Belfast"),
    Headline("filming_started", "wire", "begins_sentence", "Filming begins on season 2 of {T}"),
    Headline("filming_started", "fan", "exclaim", "{T} Season 2 Has Started Filming!"),
    Headline("filming_started", "section", "colon", "{T} Season 2: Filming Begins In Belfast"),
    Headline("filming_started", "form", "s_n", "{T} S2 Starts Filming"),
    Headline("filming_started", "trade", "production_begins", "{T} Season 2 Production "
             "Begins"),
    Headline("filming_started", "trade", "now_filming", "{T} Season 2 Now Filming In Belfast"),
    Headline("filming_started", "trade", "enters_production", "{T} Season 2 Enters "
             "Production"),
    Headline("filming_started", "trade", "cameras_rolling", "Cameras Are Rolling On {T} Season "
             "2"),
    Headline("filming_started", "label", "watch", "Watch: {T} Season 2 Begins Filming"),
    # filming_wrapped
    Headline("filming_wrapped", "trade", "filming_complete", "{T} Season 2 Filming Complete"),
    Headline("filming_wrapped", "trade", "production_wraps_on", "Production Wraps On {T} Season "
             "2"),
    Headline("filming_wrapped", "tabloid", "finished_filming", "{T} stars finish filming "
             "series 2"),
    Headline("filming_wrapped", "trade", "wraps_filming", "{T} Season 2 Wraps Filming"),
    Headline("filming_wrapped", "trade", "thats_a_wrap", "That's A Wrap On {T} Season 2"),
    Headline("filming_wrapped", "trade", "wraps_production", "{T} Wraps Production On Season "
             "2"),
    Headline("filming_wrapped", "trade", "filming_wraps_on", "Filming Wraps On {T} Season 2"),
    Headline("filming_wrapped", "tabloid", "wraps_series", "{T} series 2 wraps filming"),
    Headline("filming_wrapped", "wire", "wrapped_sentence", "Filming has wrapped on season 2 "
             "of {T}"),
    Headline("filming_wrapped", "fan", "exclaim", "{T} Season 2 Has Officially Wrapped!"),
    Headline("filming_wrapped", "section", "colon", "{T} Season 2: Filming Has Wrapped"),
    Headline("filming_wrapped", "form", "s_n", "{T} S2 Wraps Filming"),
    # premiere (dated in the headline only)
    Headline("premiere", "trade", "date_set", "{T} Season 2 Release Date Set For March 5",
             "2027-03-05"),
    Headline("premiere", "trade", "premieres_on", "{T} Season 2 Premieres March 5 On {N}",
             "2027-03-05"),
    Headline("premiere", "trade", "returns", "{T} Returns March 5", "2027-03-05"),
    Headline("premiere", "trade", "sets_premiere", "{N} Sets March 5 Premiere For {T} Season "
             "2", "2027-03-05"),
    Headline("premiere", "trade", "to_premiere", "{T} Season 2 To Premiere March 5",
             "2027-03-05"),
    Headline("premiere", "tabloid", "series_date", "{T} series 2 release date confirmed as 5 "
             "March", "2027-03-05"),
    Headline("premiere", "wire", "premieres_sentence", "{T} season 2 premieres on March 5",
             "2027-03-05"),
    Headline("premiere", "fan", "exclaim", "{T} Season 2 Arrives March 5!", "2027-03-05"),
    Headline("premiere", "section", "colon_date", "{T} Season 2: Release Date Is March 5",
             "2027-03-05"),
    Headline("premiere", "section", "pipe_date", "{T} Season 2 Premieres March 5 | Cast, "
             "Trailer", "2027-03-05"),
    Headline("premiere", "form", "s_n", "{T} S2 Release Date Confirmed: March 5",
             "2027-03-05"),
    Headline("premiere", "trade", "gets_date", "{T} Season 2 Gets March 5 Premiere Date",
             "2027-03-05"),
    Headline("premiere", "trade", "drops", "{T} Season 2 Drops March 5", "2027-03-05"),
    Headline("premiere", "trade", "lands_on", "{T} Season 2 Lands On {N} March 5",
             "2027-03-05"),
    Headline("premiere", "tabloid", "ordinal_date", "{T} series 2 to air from 5th March",
             "2027-03-05"),
    Headline("premiere", "fan", "question_date", "When Is {T} Season 2 Out? March 5",
             "2027-03-05"),
    Headline("premiere", "label", "watch", "Watch: {T} Season 2 Trailer Sets March 5 Premiere",
             "2027-03-05"),
    # episode_count
    Headline("episode_count", "trade", "will_have", "{T} Season 2 Will Have 10 Episodes"),
    Headline("episode_count", "trade", "orders_episodes", "{N} Orders 10 Episodes Of {T}"),
    Headline("episode_count", "tabloid", "episode_run", "{T} series 2 to run for ten episodes"),
    Headline("premiere", "form", "season_word", "{T} Season Two Premieres March 5",
             "2027-03-05"),
]


@dataclass(frozen=True)
class Cell:
    """One generated article: a headline telling a fact, over a body."""

    headline: Headline
    shape: str
    body: str

    @property
    def id(self) -> str:
        h = self.headline
        return f"{h.kind}-{h.style}-{h.name}-{self.shape}-{self.body}"

    @property
    def title(self) -> str:
        return SHAPES[self.shape]

    def article(self) -> tuple[str, str]:
        """(headline, body)."""
        shown = f"'{self.title}'" if self.shape in QUOTED else self.title
        headline = self.headline.template.format(N=NETWORK, T=shown)
        body = BODIES[self.body].format(N=NETWORK, T=self.title)
        return headline[0].upper() + headline[1:], body


def cells() -> Iterator[Cell]:
    """Every cell of the grid."""
    for headline in HEADLINES:
        for shape in SHAPES:
            for body in BODIES:
                yield Cell(headline, shape, body)


def outcome(cell: Cell) -> tuple[bool, bool]:
    """(right, false) for a cell, read by the extractor importable now."""
    from articles import facts_of

    from monitor.extract.shows import normalise_title

    headline, body = cell.article()
    facts = facts_of(body, headline, PUBLISHED)
    want = normalise_title(cell.title)
    kind = cell.headline.kind
    date = cell.headline.date
    right = any(normalise_title(f.show) == want and f.kind == kind
                and (date is None or (f.date or "") == date) for f in facts)
    false = any(normalise_title(f.show) != want or f.kind != kind for f in facts)
    return right, false


def _table() -> dict[tuple[str, str], list[int]]:
    counts: dict[tuple[str, str], list[int]] = {}
    for cell in cells():
        right, false = outcome(cell)
        h = cell.headline
        for key in (("all", "all"), ("kind", h.kind), ("style", h.style),
                    ("shape", cell.shape), ("body", cell.body)):
            row = counts.setdefault(key, [0, 0, 0, 0])
            row[0] += 1
            row[1] += right
            row[2] += not right
            row[3] += false
    return counts


def main(argv: list[str]) -> int:
    """Print the grid's counts (cells, right, missed, false) by kind, style, shape, body."""
    if "-v" in argv:
        from articles import facts_of

        for cell in cells():
            right, false = outcome(cell)
            if not right or false:
                headline, body = cell.article()
                got = sorted((f.show, f.kind, f.date or "-") for f in facts_of(body, headline,
                                                                              PUBLISHED))
                print(f"{'MISS' if not right else 'FALSE'} {cell.id}: {headline!r} -> {got}")
    for key, (n, right, missed, false) in sorted(_table().items()):
        print(f"{key[0]:6} {key[1]:16} {n:5} right {right:5} missed {missed:5} false {false:4}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
