"""Titles of ordinary words, names no list knows and calendar words, read by their shape: a
generated grid (round 39, r39swapgap).

The name-swap evaluation (``scripts/swap_eval.py``) renames the open folds' titles to ordinary
words and first names, places and calendar words; every fact the copy loses beyond the renaming
is a reading that knows a word instead of a shape. One such reading: a show named for its host
("Late Hour with Dana Holt") stayed whole only when the first-name list knew the host's first
name; with a host the list does not know ("… with Wren Talley") the title was cut before "with"
and the facts went to its short form. The article itself tells that the name is a person's: a
role before it ("host Wren Talley", "presenter …"), a speech verb after it ("Wren Talley
said"). This grid writes host shows whose titles are ordinary words ("Bloom", "The Cut",
"Ransom Notes", a number, a possessive) with hosts no list knows, in trade, wire, press-release,
UK-press, fan-site and headline styles, each naming the host as a person elsewhere, and
controls: a "with" phrase that is an absolute clause ("with Wren Talley returning as host"), a
host the article never writes as a person, and the title's words used as ordinary words.

A second class: a capitalised "The" and a calendar word ("The Spring", "The Winter", "The
December", "The Monday") as a decision's object or passive subject with its season or after
a kind of show. A lone month or weekday was read so already (and "The June"), a season of the
year with "The" was no candidate at all. Controls: a noun after it ("The Spring schedule"), the
sentence's time ("In The Spring, Kestrel renewed Salt Road ...").

``python tests/swap_shapes_grid.py [-v]`` prints the counts (right, missed, false) by axis,
house and shape. A cell is right when the kind goes to exactly the shows it wants, and false
when any other show (the short title, the host) gets that kind. All titles, networks and
people are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import grid_tally

#: Title shapes: name -> (the show's own words, its host). No host's first name is in the
#: first-name list.
SHAPES: dict[str, tuple[str, str]] = {
    "one_word": ("Bloom", "Wren Talley"),
    "the_x": ("The Cut", "Marlo Thistle"),
    "two_words": ("Ransom Notes", "Corin Ashby"),
    "number": ("Night Desk 24", "Juno Pike"),
    "possessive": ("Harrow's Hour", "Bram Coller"),
    "three_words": ("Late Ground Tonight", "Ivo Marsh"),
}

#: "The" and a calendar word (round 39, ``title.keep.the_time_word``): name -> title.
TIME_SHAPES: dict[str, str] = {
    "year_season": "The Spring",
    "winter": "The Winter",
    "month": "The December",
    "weekday": "The Monday",
}

NETWORK = "Kestrel"

#: (house, name, axis, kind, want, seasons, headline, body): ``want`` is "T+H" (the host's
#: show whole), "T" (the show's own words alone), "S" (Salt Road) or "" (no show gets the
#: kind), each with the
#: ``seasons`` the kind must give it; templates take T (the show's words), H (the host) and N
#: (the network). The host's show is named whole once and by its own words again.
PASSAGES: list[tuple[str, str, str, str, str, tuple[int, ...], str, str]] = [
    ("trade", "renewed_host_said", "host", "renewed", "T+H", (3,), "{T} renewed for season 3",
     "{N} has renewed the late-night show {T} with {H}. Host {H} said the writers were "
     "thrilled. {T} will return for its third season in the fall."),
    ("trade", "satire_show_host_later", "host", "renewed", "T+H", (7, 8),
     "{T} renewed through 2028",
     "{N} announced today that the news satire show {T} with {H} has been renewed for two "
     "more seasons. Viewers will keep seeing host {H} take apart the week's news. Now in its "
     "sixth season, {T} will run at least to season 8."),
    ("wire", "cancelled_host_said", "host", "cancelled", "T+H", (2,), "TV news",
     "{N} said on Tuesday it would not renew {T} with {H}. The comedian {H} said {T} had been "
     "cancelled after two seasons."),
    ("press", "return_quote_host", "host", "premiere", "T+H", (4,), "TV news",
     "{N} today announced the return of {T} with {H}. \u201cWe could not be happier,\u201d "
     "said host {H}. {T} returns for its fourth season on March 3, 2027."),
    ("uk", "axed_presenter", "host", "cancelled", "T+H", (3,), "{N} axes {T}",
     "{N} has axed the chat show {T} with {H}. Presenter {H} confirmed that {T} had been "
     "axed after three series."),
    ("fan", "coming_back_tweeted", "host", "renewed", "T+H", (5,), "TV news",
     "Great news, everyone: {N} has renewed {T} with {H}! {H} tweeted the news on Friday "
     "night: {T} is coming back for season 5."),
    ("headline", "headline_host_show", "host", "renewed", "T+H", (2,),
     "{N} Renews {T} With {H}",
     "Host {H} said {T} will return for a second season in May."),
    # "The" and a calendar word: a decision's object or subject with its season, a kind of
    # show before it
    ("trade", "object_with_season", "the_time", "renewed", "T", (3,), "TV news",
     "{N} has renewed {T} for a third season."),
    ("wire", "passive_subject_with_season", "the_time", "renewed", "T", (3,), "TV news",
     "{T} was renewed for a third season, {N} said on Tuesday."),
    ("press", "cancelled_after_seasons", "the_time", "cancelled", "T", (2,), "TV news",
     "{N} today announced that it has cancelled {T} after two seasons."),
    ("uk", "kind_before_axed", "the_time", "cancelled", "T", (2,), "TV news",
     "{N} has axed the comedy {T} after two series, a spokesperson confirmed."),
    ("fan", "roundup_line", "the_time", "renewed", "T", (3,), "TV news",
     "More news! Salt Road wrapped filming last week. {N} renewed {T} for a third season. "
     "Copper Vale is done, sadly."),
    # controls: the "with" phrase is no host's, or the words are ordinary words
    ("trade", "absolute_with_returning", "control", "renewed", "T", (3,), "TV news",
     "{N} has renewed {T} for a third season, with {H} returning as host. Host {H} said {T} "
     "would keep its slot."),
    ("wire", "with_never_a_person", "control", "renewed", "", (), "TV news",
     "{N} said it had renewed its deal with {H} for two more years, the network said."),
    ("press", "ordinary_words", "control", "cancelled", "", (), "TV news",
     "{N} said the budget cut would not touch its drama slate. Host {H} said the bloom of "
     "new shows on other networks had not worried the team."),
    # controls of "The" and a calendar word: a time, or a noun after it
    ("trade", "time_noun_after", "time_control", "renewed", "", (), "TV news",
     "{T} schedule was renewed for a third season of talks, {N} said."),
    ("wire", "opening_time", "time_control", "renewed", "S", (3,), "TV news",
     "In {T}, {N} renewed Salt Road for a third season."),
]


@dataclass(frozen=True)
class Cell:
    """One generated passage over one title shape."""

    house: str
    name: str
    axis: str
    kind: str
    want: str
    seasons: tuple[int, ...]
    shape: str
    headline: str
    body: str
    title: str
    host: str

    @property
    def id(self) -> str:
        return f"{self.axis}-{self.house}-{self.name}-{self.shape}"

    def wanted(self) -> set[tuple[str, int | None]]:
        """The (show, season) pairs the kind must go to, exactly ("S": Salt Road)."""
        show = {"T+H": f"{self.title} with {self.host}", "S": "Salt Road"}.get(self.want,
                                                                             self.title)
        return {(show, season) for season in self.seasons} if self.want else set()


def cells() -> Iterator[Cell]:
    for house, name, axis, kind, want, seasons, headline, body in PASSAGES:
        shapes = {shape: (title, "") for shape, title in TIME_SHAPES.items()} \
            if axis.startswith("the_time") or axis == "time_control" else SHAPES
        for shape, (title, host) in shapes.items():
            fill = {"T": title, "H": host, "N": NETWORK}
            yield Cell(house, name, axis, kind, want, seasons, shape, headline.format(**fill),
                       body.format(**fill), title, host)


PUBLISHED = dt.date(2026, 11, 2)


def outcome(cell: Cell) -> tuple[set[tuple[str, int | None]], set[tuple[str, int | None]]]:
    """(missed, false): the wanted (show, season) pairs not given the kind, the others given
    it (the short title, the host, another season)."""
    from monitor.extract.facts import extract_facts
    from monitor.extract.shows import normalise_title
    from monitor.models import Article

    article = Article(url="https://example.test/news/1", title=cell.headline, text=cell.body,
                      published=PUBLISHED)
    got = {(normalise_title(f.show), f.season) for f in extract_facts(article)
           if f.kind == cell.kind}
    want = {(normalise_title(show), season) for show, season in cell.wanted()}
    return want - got, got - want


def main() -> int:
    def counted(cell: Cell) -> tuple[bool, set[tuple[str, int | None]] | None]:
        missed, false = outcome(cell)
        return not missed, (false or None)

    return grid_tally.run(
        cells(), counted, grid_tally.by_axis_house_shape,
        lambda c, right, false: f"{c.id}: {outcome(c)} :: {c.headline} :: {c.body}",
        widths=(6, 12))


if __name__ == "__main__":
    raise SystemExit(main())
