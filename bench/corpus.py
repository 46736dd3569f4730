"""A deterministic corpus of realistic TV-news article pages for the benchmarks.

Real article pages are heavy: 1,000-3,000 elements (mega menus, SVG icon sprites, share bars,
related cards, comment threads, footers), inline scripts and JSON-LD, HTML comments, and an
article of 30-60 sentences that no other page repeats. This module builds such pages from parts
written here (show titles, people, networks, verbs, dates, filler), so no third-party article
text is used: every sentence is assembled combinatorially and the corpus keeps each one once.

Six site layouts, each with its own markup conventions:

- ``gazette``: a news CMS (``<article>``, ``div.article-body``);
- ``wordpress``: a WordPress theme (``div.entry-content``, Gutenberg ``<!-- wp:paragraph -->``
  comments, Jetpack related posts, a threaded comment list);
- ``schema``: schema.org microdata (``itemprop="articleBody"``);
- ``nextjs``: a React site with hashed CSS-module class names (no content class a CMS would
  use) and a hydration blob that repeats the article as JSON;
- ``legacy``: an ASP.NET WebForms site, the whole page inside one ``<form>``;
- ``divs``: paragraphs as ``<div>`` inside a wrapper whose class names a share widget.

The last two are what a simple main-text extractor misses (monitor/ingest/text.py drops forms
and share-named wrappers), so its trafilatura fallback runs on them. ``corpus_stats`` reports
what the corpus is made of; ``python bench/corpus.py --stats`` prints it and ``--out DIR``
writes the pages out to look at. The same seed gives the same corpus, byte for byte.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import html
import json
import random
import re
import statistics
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import lxml.etree
import lxml.html

DEFAULT_SEED = 20240601

# --- parts the text is made of (all invented) ---------------------------------------------------

ADJECTIVES = (
    "Silent", "Broken", "Golden", "Hidden", "Last", "Crimson", "Distant", "Bitter", "Electric",
    "Frozen", "Gentle", "Hollow", "Lonely", "Midnight", "Northern", "Painted", "Restless",
    "Savage", "Secret", "Wicked", "Velvet", "Wild", "Burning", "Quiet", "Fallen", "Iron",
    "Paper", "Glass", "Silver", "Scarlet", "Lucky", "Sleeping", "Sunken", "Twisted", "Western",
)
NOUNS = (
    "Harbor", "Orchard", "Ferry", "Meridian", "Valley", "Lantern", "Kingdom", "Crown", "Canyon",
    "Academy", "Patrol", "Coast", "Garden", "Point", "Table", "Lake", "Estate", "Parade",
    "Switchboard", "Station", "River", "Empire", "Circle", "Tide", "Frontier", "Hotel", "Bureau",
    "Signal", "Archive", "Orbit", "Lighthouse", "Vineyard", "Quarry", "Bridge", "Carnival",
)
GROUPS = ("Cartographers", "Keepers", "Understudies", "Wardens", "Outliers", "Ferrymen",
          "Regulars", "Neighbors", "Lamplighters", "Castaways", "Diplomats", "Runaways")
PLACES = ("Ashgrove", "Redwater", "Kingsbridge", "Brookline", "Foxhollow", "Marlow",
          "Stonebury", "Westmere", "Larkspur", "Coldharbour", "Pinecrest", "Halloway")
FIRST_NAMES = (
    "Maya", "Jonah", "Priya", "Elias", "Noor", "Theo", "Imogen", "Rafael", "Sasha", "Dmitri",
    "Lena", "Marcus", "Aisha", "Owen", "Camille", "Tobias", "Yara", "Felix", "Ingrid", "Mateo",
    "Hana", "Julian", "Rosa", "Quentin", "Leila", "Bram", "Esme", "Kofi", "Greta", "Silas",
    "Nadia", "Ruben", "Tessa", "Idris", "Clara", "Anton", "Mirela", "Hugo", "Zadie", "Lorcan",
)
LAST_NAMES = (
    "Torres", "Whitfield", "Okafor", "Lindqvist", "Marchetti", "Haddad", "Brennan", "Castillo",
    "Nakamura", "Delacroix", "Abernathy", "Kowalski", "Osei", "Fairbanks", "Varga", "Ellison",
    "Moreau", "Quinlan", "Sandoval", "Petrova", "Holloway", "Achebe", "Drummond", "Ferreira",
    "Gallagher", "Ishikawa", "Lindgren", "Mbeki", "Novak", "Prescott", "Rinaldi", "Sorensen",
)
NETWORKS = ("Streamline", "Paragon+", "Nova One", "Hearth TV", "Bluebird", "Cinder Channel",
            "Vista Max", "Arcline", "Northstar Network", "Beacon TV", "Kestrel+", "Orbit Play")
STUDIOS = ("Lanternfish Studios", "Greywater Pictures", "Half Moon Television",
           "Brightline Productions", "Oakhurst Media", "Redbird Entertainment",
           "Tall Pines Studios", "Copperfield Television")
OUTLETS = ("ScreenWire", "FanReel", "TVBuzz Daily", "Couch Report", "The Remote", "Pilot Light",
           "Reel Ledger", "Channel Surfer", "Prestige Watch", "Binge Bulletin")
CITIES = ("Vancouver", "Atlanta", "Belfast", "Budapest", "Toronto", "Prague", "Cape Town",
          "Albuquerque", "Glasgow", "Montreal", "Wellington", "Seville", "Pittsburgh", "Dublin")
GENRES = ("drama", "thriller", "comedy", "period drama", "sci-fi series", "fantasy epic",
          "crime drama", "dramedy", "mystery series", "workplace comedy", "horror anthology")
ROLES = ("detective", "surgeon", "smuggler", "schoolteacher", "senator", "mechanic", "lawyer",
         "journalist", "chef", "pilot", "con artist", "park ranger", "heiress", "hacker")
TRAITS = ("reluctant", "ambitious", "grieving", "disgraced", "sharp-tongued", "idealistic",
          "weary", "reckless", "secretive", "stubborn", "soft-spoken", "charming")
PLOT_VERBS = ("uncovers", "hides", "chases", "inherits", "betrays", "protects", "rebuilds",
              "confronts", "loses", "negotiates", "investigates", "sabotages")
PLOT_VERBS_ING = ("uncovering", "hiding", "chasing", "inheriting", "betraying", "protecting",
                  "rebuilding", "confronting", "losing", "negotiating", "investigating")
PLOT_OBJECTS = ("a family secret", "a stolen ledger", "the town's water rights",
                "a missing sister", "an old rival", "a failing restaurant", "the mayor's office",
                "a forged will", "a cold case", "the night shift", "a shipping empire",
                "a vanished heir", "a rigged election", "the last ferry out", "a sealed archive",
                "a debt to the wrong people", "a runaway witness", "the harbour contract")
QUALITIES = ("pacing", "writing", "cinematography", "score", "ensemble cast", "production design",
             "costume work", "dialogue", "sense of place", "slow-burn romance", "villain")
MOODS = ("darker", "funnier", "bigger", "more intimate", "stranger", "more hopeful", "tenser",
         "more personal", "more ambitious", "quieter")
AWARDS = ("Emmy", "Golden Globe", "BAFTA", "Peabody", "Critics Choice", "SAG")
AGGREGATORS = ("ReviewRoll", "CriticScore", "Audience Meter")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
YEAR_SEASONS = ("spring", "summer", "fall", "winter")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
NAV_SECTIONS = ("Movies", "TV", "Reviews", "Streaming", "Lists", "Interviews", "Trailers",
                "Comics", "Gaming", "Anime", "Reality TV", "Box Office", "Awards", "Podcasts",
                "Videos", "Music", "Celebrity", "Books", "Tech", "Deals", "Newsletters", "Events")
NAV_ITEMS = ("News", "Features", "Explained", "Rankings", "Release Dates", "Casting", "Guides",
             "Recaps", "Interviews", "Opinion", "Trailers", "Best Of", "Upcoming", "Archive",
             "Quizzes", "Photos", "Deals", "Premieres", "Renewals", "Cancellations")
HEADLINE_TAILS = (
    "Officially Renewed", "Has Wrapped Filming", "Begins Production", "Gets a Premiere Date",
    "Everything We Know", "Release Date, Cast and Story", "Trailer Breakdown",
    "Is Coming Back", "Will Not Return", "First Look Photos", "Episode Count Revealed",
    "Showrunner Teases a Darker Turn", "Cast Shake-Up Explained", "Production Update",
)
SUBHEADINGS = ("{show} Season {n} Cast", "What Happens in Season {n}?",
               "When Will {show} Season {n} Premiere?", "Where to Watch {show}",
               "The Story So Far", "Behind the Scenes", "{show} Season {n} Trailer",
               "What the Showrunner Said", "How Many Episodes Will Season {n} Have?")
COMMENT_OPENERS = ("Honestly", "Not gonna lie", "Called it", "Finally", "Ugh", "Wait",
                   "Hot take", "Still not over", "Rewatching now", "Anyone else think")
COMMENT_BODIES = (
    "{show} is the best thing on {network} right now",
    "season {m} was way better than people give it credit for",
    "{character} deserved so much better in that finale",
    "they need to bring back {character} or I'm done",
    "the {quality} alone makes this worth watching",
    "I can't believe we have to wait until {year} for season {n}",
    "{actor} carries every single scene they're in",
    "if they cancel {show} after that cliffhanger I will riot",
    "{network} never promotes its best shows",
    "the {quality} in episode {k} was unreal",
)

#: Sentences that state a fact, by kind; {date_*} slots take a date phrase of that precision.
FACT_TEMPLATES: dict[str, tuple[str, ...]] = {
    "renewed": (
        "{network} has renewed {show} for a {ord_n} season.",
        "{show} has officially been renewed for season {n} at {network}, the streamer "
        "announced on {weekday}.",
        "Good news for fans of the {genre}: {show} is coming back for season {n}.",
        "{network} handed {show} an early season {n} renewal in {month} {year}, {k} weeks "
        "before the season {m} finale.",
        "The {genre} was picked up for a {ord_n} season just {k} days after its season {m} "
        "premiere on {network}.",
        "{show} could be renewed for season {n} as soon as {month}, according to {outlet}.",
        "Sources told {outlet} that {network} is expected to renew {show} for a {ord_n} season "
        "before the end of {year}.",
    ),
    "filming_started": (
        "Filming on {show} season {n} began on {date_day} in {city}.",
        "Production on the {ord_n} season of {show} kicked off in {city} {date_rel}.",
        "Cameras started rolling on season {n} of {show} {date_rel}, {actor} revealed in a "
        "post on social media.",
        "{show} season {n} is set to begin filming in {city} in {month} {year}.",
        "Shooting on {show} season {n} could start as early as {year_season} {year}, "
        "{outlet} reports.",
    ),
    "filming_wrapped": (
        "Filming on {show} season {n} wrapped on {date_day}.",
        "{actor} confirmed that production on season {n} of {show} has officially wrapped.",
        "The cast of {show} celebrated the end of filming on the {ord_n} season {date_rel}.",
        "Principal photography on {show} season {n} wrapped in {city} {date_rel} after {k} "
        "months.",
    ),
    "premiere": (
        "{show} season {n} premieres on {network} on {date_day}.",
        "Season {n} of {show} will debut on {date_day}, with new episodes every {weekday}.",
        "{network} announced that the {ord_n} season of {show} arrives on {date_day}.",
        "{show} season {n} is expected to premiere in {year_season} {year}.",
        "Season {n} of {show} could arrive as soon as {year}, according to {outlet}.",
        "The {ord_n} season of {show} is tentatively slated for a {month} {year} release on "
        "{network}.",
    ),
    "cancelled": (
        "{network} has cancelled {show} after {m} seasons.",
        "{show} will not return for a {ord_n} season, {network} confirmed on {weekday}.",
        "{network} pulled the plug on {show} in {month} {year}, weeks after the season {m} "
        "finale.",
    ),
    "episode_count": (
        "{show} season {n} will consist of {k} episodes.",
        "The {ord_n} season of {show} has {k} episodes, {fewer_more} than season {m}.",
        "All {k} episodes of {show} season {n} were directed by {person}.",
    ),
}
#: Sentences that look like facts to a careless reader but state none.
NON_FACT_TEMPLATES = (
    "No premiere date for {show} season {n} has been set yet.",
    "{network} has not yet renewed {show} for a {ord_n} season.",
    "Will {show} return for season {n}? {actor} would not say.",
    "{actor} hopes {show} gets a {ord_n} season, but nothing is official.",
)
#: Background sentences: cast, plot, ratings, production, quotes, other shows.
FILLER_TEMPLATES = (
    "{actor} plays {character}, a {trait} {role} who {plot_verb} {plot_object}.",
    "The series also stars {actor}, {actor2} and {actor3}.",
    "{person} serves as showrunner and executive produces alongside {person2}.",
    "\u201cWe wanted season {n} to feel {mood},\u201d {person} told {outlet} in {month}.",
    "\u201cI think {character} finally has to face what they did,\u201d {actor} said at a "
    "panel in {city}.",
    "Season {m} ended with {character} {plot_ving} {plot_object}, leaving plenty of questions.",
    "Season {m} drew {x}.{k} million viewers in its first {days} days, according to {network}.",
    "Critics praised the season's {quality}, and it holds a {pct}% score on {aggregator}.",
    "{show} is based on the {year0} novel by {person}.",
    "The show is produced by {studio} in association with {studio2}.",
    "Fans have speculated about {character}'s fate since the season {m} finale aired in "
    "{month} {year0}.",
    "{actor} previously starred in {other} and {other2}.",
    "New cast members include {actor} as {character} and {actor2} as {character2}.",
    "{city} doubles for {city2} in the series, which shoots on location for most of the year.",
    "In the meantime, the first {m} seasons are streaming on {network}.",
    "The season {m} finale was written by {person} and directed by {person2}.",
    "According to {outlet}, each episode of season {m} cost more than ${x} million to make.",
    "{character} and {character2} will finally meet in person, {person} teased.",
    "A teaser released on {weekday} shows {character} {plot_ving} {plot_object}.",
    "The official synopsis promises a {mood} season built around {plot_object}.",
    "{show} was nominated for {k} {award} awards last year and won {j}.",
    "{other}, another {genre} from {studio}, opened its {ord_m} season to strong reviews.",
    "Viewers first met {character} in the {ord_m} episode of season {m}.",
    "The {genre} has been a steady performer for {network} since it launched in {year0}.",
    "{actor} joined the cast in season {m} after a guest spot on {other}.",
    "{person} has said the story was always planned to run for {words} seasons.",
    "The writers have hinted that {character}'s past in {city} will matter again.",
    "{outlet} ranked {show} among the {x} best shows of {year0}.",
    "The soundtrack features original music by {person}, who also scored {other}.",
    "Some scenes for season {m} were filmed in {city2} over {days} nights.",
    "{actor} described the new episodes as {mood} and more focused on {character}.",
    "Fans of {other} will recognise {actor2}, who plays a {trait} {role} here.",
    "{network} has not released viewing figures for the {ord_m} season.",
    "The {quality} drew comparisons to {other}, which {network} cancelled in {year0}.",
    "A spin-off following {character} was reportedly discussed but never developed.",
    "Each season of {show} so far has run for {k} episodes of about {mins} minutes.",
)


# --- the page model -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Page:
    """One page of the corpus as a server would send it, with what the generator knows of it."""

    url: str
    body: bytes
    content_type: str
    published: dt.date
    layout: str
    #: The article's sentences as generated (paragraph prose, no headings or captions).
    sentences: tuple[str, ...]
    title: str
    main_show: str


LAYOUTS = ("gazette", "wordpress", "schema", "nextjs", "legacy", "divs")
#: Share of pages per layout; ``legacy`` and ``divs`` are the pages a main-text XPath misses.
LAYOUT_WEIGHTS = (0.24, 0.24, 0.14, 0.24, 0.07, 0.07)
#: Element counts per page are drawn from this range (real article pages: 1,000-3,000).
ELEMENTS = (1_000, 3_000)


def make_corpus(n: int, seed: int = DEFAULT_SEED) -> list[Page]:
    """``n`` pages, the same ones for the same ``seed``; no article sentence appears twice."""
    rng = random.Random(seed)
    used: set[str] = set()
    return [_page(i, rng, used) for i in range(n)]


# --- the article --------------------------------------------------------------------------------

@functools.lru_cache(maxsize=4)
def every_title(seed: int = DEFAULT_SEED) -> tuple[str, ...]:
    """Every distinct title ``_show_title`` can make (3,722), in an order fixed by ``seed``."""
    titles = {f"The {a} {n}" for a in ADJECTIVES for n in NOUNS}
    titles |= {f"{a} {n}" for a in ADJECTIVES for n in NOUNS}
    titles |= {f"The {g}" for g in GROUPS} | {f"{a} {g}" for a in ADJECTIVES for g in GROUPS}
    titles |= {f"{p} {n}" for p in PLACES for n in NOUNS}
    titles |= {f"{n} of {p}" for p in PLACES for n in NOUNS}
    ordered = sorted(titles)
    random.Random(f"{seed}/titles").shuffle(ordered)
    return tuple(ordered)


@dataclass(frozen=True)
class Population:
    """The shows a news corpus keeps naming: ``shows`` titles from the start, and new ones
    coming in at ``new_per_item`` titles per feed item (per generation ``k`` of the bench
    feed server's feeds, whose items come at a fixed simulated rate). Real TV news names a few
    thousand series a year, a few hundred of them new; the endless corpus without a
    population invents a show in nearly every article."""

    shows: int = 2500
    new_per_item: float = 0.0
    seed: int = DEFAULT_SEED

    def titles(self, k: int) -> tuple[str, ...]:
        """The titles known by item ``k`` (a prefix of :func:`every_title`)."""
        every = every_title(self.seed)
        n = self.shows + int(max(k, 0) * self.new_per_item)
        if n > len(every):
            raise ValueError(f"a population of {n} shows: the generator has {len(every)}")
        return every[:n]


def season_of(show: str) -> int:
    """The season a population's show is at (its articles tell of the next one a quarter of
    the time)."""
    return 2 + zlib.crc32(show.encode()) % 6


class _Article:
    """The cast and calendar of one article, and its sentences drawn from the templates.
    With ``titles`` (a :class:`Population`'s), its shows are drawn from them and the main
    show's season is the one that show is at; without, every title is invented."""

    def __init__(self, rng: random.Random, used: set[str],
                 titles: Sequence[str] | None = None) -> None:
        self.rng = rng
        self.used = used
        self.titles = titles
        self.show = self.pick()
        self.others = [t for t in (self.pick() for _ in range(4)) if t != self.show]
        self.n = (rng.randint(2, 8) if titles is None
                  else season_of(self.show) + (rng.random() < 0.25))
        self.network = rng.choice(NETWORKS)
        self.published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 6 * 365))
        self.actors = [_person(rng) for _ in range(4)]
        self.characters = [_person(rng) for _ in range(4)]
        self.people = [_person(rng) for _ in range(3)]

    def pick(self) -> str:
        """A show title: invented, or one of the population's."""
        return _show_title(self.rng) if self.titles is None else self.rng.choice(self.titles)

    def slots(self, show: str | None = None, n: int | None = None) -> dict[str, str]:
        rng = self.rng
        n = n or self.n
        year = self.published.year + rng.choice((0, 0, 1))
        day = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        return {
            "show": show or self.show, "n": str(n), "m": str(max(1, n - 1)),
            "ord_n": ORDINALS[min(n, 10) - 1], "ord_m": ORDINALS[min(max(1, n - 1), 10) - 1],
            "network": self.network, "genre": rng.choice(GENRES), "weekday": rng.choice(WEEKDAYS),
            "month": rng.choice(MONTHS), "year": str(year),
            "year0": str(self.published.year - rng.randint(1, 9)),
            "year_season": rng.choice(YEAR_SEASONS), "k": str(rng.randint(2, 24)),
            "j": str(rng.randint(1, 3)), "x": str(rng.randint(2, 40)),
            "days": str(rng.randint(3, 60)), "pct": str(rng.randint(61, 99)),
            "mins": str(rng.choice((25, 30, 42, 45, 50, 55, 60))),
            "words": rng.choice(NUMBER_WORDS), "city": rng.choice(CITIES),
            "city2": rng.choice(CITIES), "outlet": rng.choice(OUTLETS),
            "actor": rng.choice(self.actors), "actor2": rng.choice(self.actors),
            "actor3": _person(rng), "character": rng.choice(self.characters),
            "character2": rng.choice(self.characters), "person": rng.choice(self.people),
            "person2": _person(rng), "studio": rng.choice(STUDIOS), "studio2": rng.choice(STUDIOS),
            "other": rng.choice(self.others), "other2": self.pick(),
            "trait": rng.choice(TRAITS), "role": rng.choice(ROLES),
            "plot_verb": rng.choice(PLOT_VERBS), "plot_ving": rng.choice(PLOT_VERBS_ING),
            "plot_object": rng.choice(PLOT_OBJECTS), "quality": rng.choice(QUALITIES),
            "mood": rng.choice(MOODS), "award": rng.choice(AWARDS),
            "aggregator": rng.choice(AGGREGATORS),
            "fewer_more": rng.choice(("two fewer", "two more", "one fewer", "three more")),
            "date_day": rng.choice((f"{MONTHS[day.month - 1]} {day.day}, {day.year}",
                                    f"{day.day} {MONTHS[day.month - 1]} {day.year}",
                                    f"{MONTHS[day.month - 1]} {day.day}")),
            "date_rel": rng.choice(("this week", "last week", "on Monday", "earlier this month",
                                    "yesterday", f"in {MONTHS[day.month - 1]}",
                                    f"in late {MONTHS[day.month - 1]} {day.year}")),
        }

    def sentence(self, templates: Sequence[str], show: str | None = None,
                 n: int | None = None) -> str:
        """A sentence from one of ``templates`` that the corpus has not used yet."""
        for _ in range(50):
            slots = self.slots(show=show, n=n)
            text = self.rng.choice(templates).format(**slots)
            if text not in self.used:
                self.used.add(text)
                return text
        raise RuntimeError("sentence parts exhausted: add more parts to bench/corpus.py")

    def paragraphs(self) -> list[list[str]]:
        """The article as paragraphs of sentences: the news first, then background."""
        rng = self.rng
        kinds = list(FACT_TEMPLATES)
        lead_kind = rng.choice(kinds)
        facts = [self.sentence(FACT_TEMPLATES[lead_kind])]
        for kind in rng.sample(kinds, rng.randint(1, 4)):
            facts.append(self.sentence(FACT_TEMPLATES[kind]))
        for other in rng.sample(self.others, min(len(self.others), rng.randint(0, 2))):
            kind = rng.choice(kinds)
            facts.append(self.sentence(FACT_TEMPLATES[kind], show=other,
                                       n=rng.randint(1, 6)))
        if rng.random() < 0.5:
            facts.append(self.sentence(NON_FACT_TEMPLATES))
        fillers = [self.sentence(FILLER_TEMPLATES) for _ in range(rng.randint(24, 52))]
        body = fillers + facts[1:]
        rng.shuffle(body)
        body.insert(0, facts[0])
        out: list[list[str]] = []
        while body:
            take = rng.choice((1, 2, 2, 3, 3, 4))
            out.append(body[:take])
            body = body[take:]
        return out

    def headline(self) -> str:
        for _ in range(50):
            text = f"{self.show} Season {self.n} {self.rng.choice(HEADLINE_TAILS)}"
            if self.rng.random() < 0.3:
                text += f" at {self.network}"
            if text not in self.used:
                self.used.add(text)
                return text
        return f"{self.show} Season {self.n}: {self.sentence(FILLER_TEMPLATES)[:60]}"


def _show_title(rng: random.Random) -> str:
    form = rng.randrange(6)
    if form == 0:
        return f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
    if form == 1:
        return f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
    if form == 2:
        return f"The {rng.choice(GROUPS)}"
    if form == 3:
        return f"{rng.choice(PLACES)} {rng.choice(NOUNS)}"
    if form == 4:
        return f"{rng.choice(NOUNS)} of {rng.choice(PLACES)}"
    return f"{rng.choice(ADJECTIVES)} {rng.choice(GROUPS)}"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


# --- markup helpers -----------------------------------------------------------------------------

def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _slug(text: str) -> str:
    return "-".join("".join(c.lower() if c.isalnum() else " " for c in text).split())


def _json_script(data: object) -> str:
    """JSON for an inline script, with ``<`` escaped as sites do (no tag inside a script)."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


_TAG_OPEN = re.compile(r"<[a-zA-Z]")


def _elements(markup: str) -> int:
    """Elements in markup we generated (no '<' + letter inside scripts or text: escaped)."""
    return len(_TAG_OPEN.findall(markup))


class _Chrome:
    """Page furniture of one site: the units a page is padded with up to its element count."""

    def __init__(self, rng: random.Random, site: str, art: _Article, cls: Callable[[str], str]):
        self.rng = rng
        self.site = site
        self.art = art
        self.cls = cls  # the site's class naming: "related" -> "related" or "Related_x7Kp2"

    def _headline(self) -> str:
        rng = self.rng
        return (f"{_show_title(rng)} Season {rng.randint(1, 9)} {rng.choice(HEADLINE_TAILS)}"
                if rng.random() < 0.7 else
                f"The {rng.randint(5, 40)} Best {rng.choice(GENRES).title()}s on "
                f"{rng.choice(NETWORKS)} Right Now")

    def icon(self, name: str) -> str:
        return (f'<svg class="{self.cls("icon")}" aria-hidden="true" width="16" height="16">'
                f'<use href="#icon-{name}"></use></svg>')

    def sprite(self, k: int) -> str:
        symbols = "".join(
            f'<symbol id="icon-{n}" viewBox="0 0 24 24"><path d="M{self.rng.randint(1, 9)} '
            f'{self.rng.randint(1, 9)}h{self.rng.randint(2, 14)}v{self.rng.randint(2, 14)}z"/>'
            f'<path d="M12 {self.rng.randint(1, 20)}l4 4-4 4"/></symbol>'
            for n in (f"i{j}" for j in range(k)))
        return f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{symbols}</svg>'

    def mega_nav(self, sections: int) -> str:
        rng = self.rng
        parts = []
        for name in rng.sample(NAV_SECTIONS, sections):
            links = "".join(f'<li><a href="/{_slug(name)}/{_slug(item)}/">{item}</a></li>'
                            for item in rng.sample(NAV_ITEMS, rng.randint(5, 12)))
            parts.append(f'<li class="{self.cls("menu-item")}"><a href="/{_slug(name)}/">'
                         f'{name}</a>{self.icon("chevron")}<div class="{self.cls("submenu")}">'
                         f"<ul>{links}</ul></div></li>")
        return f'<ul class="{self.cls("menu")}">{"".join(parts)}</ul>'

    def share_bar(self) -> str:
        nets = ("facebook", "x", "reddit", "whatsapp", "email", "pinterest", "flipboard")
        items = "".join(f'<li><a class="{self.cls("share-" + n)}" href="#" rel="nofollow">'
                        f'{self.icon(n)}<span class="sr-only">Share on {n}</span></a></li>'
                        for n in self.rng.sample(nets, self.rng.randint(4, len(nets))))
        return f'<div class="{self.cls("share")}"><ul>{items}</ul></div>'

    def card(self) -> str:
        rng = self.rng
        h = self._headline()
        return (f'<div class="{self.cls("card")}"><a class="{self.cls("card-link")}" '
                f'href="/tv/{_slug(h)}/"><div class="{self.cls("card-thumb")}"><img src="'
                f'/img/{rng.randint(10000, 99999)}.jpg" alt="" loading="lazy" width="300" '
                f'height="169"></div></a><div class="{self.cls("card-body")}"><span class="'
                f'{self.cls("card-kicker")}">{rng.choice(NAV_SECTIONS)}</span><h3><a href="/tv/'
                f'{_slug(h)}/">{_esc(h)}</a></h3><time datetime="2024-0{rng.randint(1, 9)}-'
                f'1{rng.randint(0, 9)}">{rng.randint(1, 23)} hours ago</time></div></div>')

    def related(self, k: int) -> str:
        cards = "".join(self.card() for _ in range(k))
        return (f'<section class="{self.cls("related")}"><h2>More in TV News</h2>'
                f'<div class="{self.cls("grid")}">{cards}</div></section>')

    def comment(self, j: int, depth: int = 0) -> str:
        rng = self.rng
        art = self.art
        slots = art.slots()
        text = (f"{rng.choice(COMMENT_OPENERS)}, {rng.choice(COMMENT_BODIES).format(**slots)}"
                f"{rng.choice(('.', '!', '!!', '...', '?'))}")
        replies = ""
        if depth == 0 and rng.random() < 0.3:
            replies = (f'<ol class="{self.cls("children")}">'
                       + "".join(self.comment(j * 10 + r, 1) for r in range(rng.randint(1, 3)))
                       + "</ol>")
        user = f"{rng.choice(FIRST_NAMES).lower()}{rng.randint(1, 9999)}"
        return (f'<li class="{self.cls("comment")}" id="comment-{j}"><article><footer '
                f'class="{self.cls("comment-meta")}"><img class="avatar" src="/avatar/{user}.png" '
                f'alt="" width="40" height="40"><b class="fn">{user}</b><time datetime="">'
                f'{rng.randint(1, 59)} min ago</time></footer><div class="'
                f'{self.cls("comment-content")}"><p>{_esc(text)}</p></div><div class="reply">'
                f'<a href="#reply-{j}">Reply</a><button type="button">Like '
                f"{rng.randint(0, 300)}</button></div></article>{replies}</li>")

    def comments(self, k: int) -> str:
        items = "".join(self.comment(j) for j in range(k))
        return (f'<section id="comments" class="{self.cls("comments-area")}"><h2>{k} Comments'
                f'</h2><ol class="{self.cls("comment-list")}">{items}</ol>'
                f'<form class="{self.cls("comment-form")}" action="/comment" method="post">'
                f'<label for="c">Join the conversation</label><textarea id="c" name="c">'
                f'</textarea><button type="submit">Post</button></form></section>')

    def trending(self, k: int) -> str:
        items = "".join(f'<li><span class="{self.cls("rank")}">{j + 1}</span><a href="/tv/'
                        f'{_slug(h)}/">{_esc(h)}</a></li>'
                        for j, h in enumerate(self._headline() for _ in range(k)))
        return (f'<div class="{self.cls("widget")}"><h3 class="{self.cls("widget-title")}">'
                f"Trending</h3><ol>{items}</ol></div>")

    def newsletter(self) -> str:
        return (f'<div class="{self.cls("newsletter")}"><h3>Get the {self.site} newsletter</h3>'
                f"<p>The day's biggest TV stories, every morning.</p><form action=\"/nl\">"
                f'<label for="nl-email">Email</label><input id="nl-email" type="email" '
                f'name="email"><input type="hidden" name="src" value="article"><button '
                f'type="submit">Sign up</button></form></div>')

    def ad(self, slot: str) -> str:
        return (f"<!-- ad slot: {slot} -->"
                f'<div class="{self.cls("ad-slot")}" data-slot="{slot}"><div class="'
                f'{self.cls("ad-label")}">Advertisement</div><div id="gpt-{slot}-'
                f'{self.rng.randint(100, 999)}"></div></div><!-- /ad slot -->')

    def tags(self) -> str:
        art = self.art
        names = [art.show, art.network, *self.rng.sample(art.actors, 2),
                 self.rng.choice(GENRES).title()]
        items = "".join(f'<li><a href="/tag/{_slug(t)}/">{_esc(t)}</a></li>' for t in names)
        return f'<div class="{self.cls("tags")}"><span>Tags</span><ul>{items}</ul></div>'

    def author_box(self, author: str) -> str:
        return (f'<div class="{self.cls("author-bio")}"><img src="/authors/{_slug(author)}.jpg" '
                f'alt="" width="64" height="64"><div><a href="/author/{_slug(author)}/">'
                f"{author}</a><p>{author} covers television for {self.site}.</p></div></div>")

    def footer_links(self, columns: int) -> str:
        cols = "".join(
            f'<div class="{self.cls("footer-col")}"><h4>{name}</h4><ul>'
            + "".join(f'<li><a href="/{_slug(name)}/{_slug(i)}/">{i}</a></li>'
                      for i in self.rng.sample(NAV_ITEMS, self.rng.randint(5, 9)))
            + "</ul></div>" for name in self.rng.sample(NAV_SECTIONS, columns))
        social = "".join(f'<a href="https://{n}.example/{_slug(self.site)}">{self.icon(n)}</a>'
                         for n in ("facebook", "x", "instagram", "youtube", "tiktok"))
        return (f'<div class="{self.cls("footer-links")}">{cols}</div><div class="'
                f'{self.cls("social")}">{social}</div><p>&copy; {self.site} Media. All rights '
                f'reserved. <a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a></p>')

    def cookie_banner(self) -> str:
        return (f'<div class="{self.cls("cookie-consent")}" role="dialog"><p>We use cookies to '
                f'improve your experience. <a href="/cookies/">Learn more</a></p><button '
                f'type="button">Accept</button><button type="button">Manage</button></div>')


# --- one page -----------------------------------------------------------------------------------

SITES = ("ScreenWire", "FanReel", "TVBuzz Daily", "Couch Report", "The Remote", "Pilot Light",
         "Reel Ledger", "Channel Surfer")


@dataclass(frozen=True)
class Preview:
    """What a feed says about a page: its headline and main show."""

    title: str
    main_show: str


def _article_head(rng: random.Random, used: set[str], titles: Sequence[str] | None = None
                  ) -> tuple[str, _Article, str, str]:
    layout = rng.choices(LAYOUTS, LAYOUT_WEIGHTS)[0]
    art = _Article(rng, used, titles)
    site = rng.choice(SITES)
    return layout, art, site, art.headline()


def make_page(index: int, seed: int = DEFAULT_SEED,
              titles: Sequence[str] | None = None) -> Page:
    """Page ``index`` of an endless corpus, made on its own (random access, for servers that
    need more pages than fit in memory). Its sentences do not repeat within the page; across
    pages they are drawn from ~10^12 combinations but, unlike ``make_corpus``, not checked.
    ``titles``: its shows are drawn from these (a :class:`Population`'s) instead of invented."""
    return _page(index, random.Random(f"{seed}/{index}"), set(), titles)


def page_preview(index: int, seed: int = DEFAULT_SEED,
                 titles: Sequence[str] | None = None) -> Preview:
    """The headline and main show of ``make_page(index, seed, titles)``, made without the
    page."""
    _, art, _, title = _article_head(random.Random(f"{seed}/{index}"), set(), titles)
    return Preview(title=title, main_show=art.show)


def _page(i: int, rng: random.Random, used: set[str],
          titles: Sequence[str] | None = None) -> Page:
    layout, art, site, title = _article_head(rng, used, titles)
    paragraphs = art.paragraphs()
    author = _person(rng)
    url = f"https://{_slug(site)}.example/tv/{i:05d}-{_slug(title)[:60]}/"
    target = int(rng.triangular(ELEMENTS[0], ELEMENTS[1], 1_700))
    markup = _render(layout, rng, site, art, title, paragraphs, author, url, target)
    sentences = tuple(s for para in paragraphs for s in para)
    return Page(url=url, body=markup.encode("utf-8"), content_type="text/html; charset=utf-8",
                published=art.published, layout=layout, sentences=sentences, title=title,
                main_show=art.show)


def _class_namer(layout: str, rng: random.Random) -> Callable[[str], str]:
    """How a site names its classes: plain words, or React CSS-module hashes."""
    if layout != "nextjs":
        return lambda name: name
    salt = rng.randrange(1 << 30)
    cache: dict[str, str] = {}

    def hashed(name: str) -> str:
        if name not in cache:
            h = format(zlib.crc32(f"{salt}:{name}".encode()), "08x")[:5]
            cache[name] = f"{name.title().replace('-', '')}_x{h}"
        return cache[name]

    return hashed


def _render(layout: str, rng: random.Random, site: str, art: _Article, title: str,
            paragraphs: list[list[str]], author: str, url: str, target: int) -> str:
    cls = _class_namer(layout, rng)
    chrome = _Chrome(rng, site, art, cls)
    head = _head(layout, rng, site, art, title, author, url)
    body = _article_body(layout, rng, chrome, art, paragraphs)
    date = art.published.strftime("%B %d, %Y").replace(" 0", " ")
    iso = art.published.isoformat()
    byline = (f'<div class="{cls("byline")}">By <a href="/author/{_slug(author)}/">{author}'
              f'</a> <time datetime="{iso}" class="{cls("entry-date")} published">{date}</time>'
              f"</div>")
    h1 = f'<h1 class="{cls("headline")}">{_esc(title)}</h1>'
    fixed = head + body + byline + h1 + chrome.footer_links(4) + chrome.mega_nav(6)
    # Pad with chrome units until the page reaches its element count.
    pads: dict[str, list[str]] = {"nav": [], "rail": [], "below": [], "comments": []}
    count = _elements(fixed) + 40
    sprite_icons = rng.randint(8, 24)
    count += sprite_icons * 3
    units: list[tuple[str, Callable[[], str]]] = [
        ("below", lambda: chrome.related(rng.randint(4, 12))),
        ("rail", lambda: chrome.trending(rng.randint(5, 10))),
        ("comments", lambda: chrome.comment(rng.randint(0, 10**6))),
        ("comments", lambda: chrome.comment(rng.randint(0, 10**6))),
        ("nav", lambda: chrome.mega_nav(rng.randint(2, 5))),
        ("below", chrome.share_bar),
        ("rail", lambda: chrome.ad(f"rail-{rng.randint(1, 99)}")),
    ]
    while count < target:
        where, make = rng.choice(units)
        unit = make()
        pads[where].append(unit)
        count += _elements(unit)
    comments = ""
    if pads["comments"]:
        comments = (f'<section id="comments" class="{cls("comments-area")}"><h2>'
                    f'{len(pads["comments"])} Comments</h2><ol class="{cls("comment-list")}">'
                    f'{"".join(pads["comments"])}</ol></section>')
    parts = {
        "sprite": chrome.sprite(sprite_icons),
        "nav": chrome.mega_nav(6) + "".join(pads["nav"]),
        "rail": chrome.newsletter() + "".join(pads["rail"]),
        "below": chrome.tags() + chrome.author_box(author) + "".join(pads["below"]),
        "comments": comments,
        "footer": chrome.footer_links(4) + chrome.cookie_banner(),
        "byline": byline, "h1": h1, "body": body, "share": chrome.share_bar(),
    }
    page = LAYOUT_RENDERERS[layout](site, cls, parts)
    scripts = _tail_scripts(layout, rng, art, title, paragraphs, url)
    return (f'<!DOCTYPE html>\n<html lang="en">{head}<body class="{cls("single")} '
            f'{cls("post-template")}">{page}{scripts}</body></html>')


def _article_body(layout: str, rng: random.Random, chrome: _Chrome, art: _Article,
                  paragraphs: list[list[str]]) -> str:
    cls = chrome.cls
    tag = "div" if layout == "divs" else "p"
    out = []
    heads = rng.sample(SUBHEADINGS, 3)
    for j, para in enumerate(paragraphs):
        text = _esc(" ".join(para))
        if rng.random() < 0.15:  # a link inside the prose, as editors add them
            words = text.split(" ")
            k = rng.randrange(len(words))
            words[k] = f'<a href="/tv/{_slug(art.show)}/">{words[k]}</a>'
            text = " ".join(words)
        if layout == "wordpress":
            out.append(f"<!-- wp:paragraph --><p>{text}</p><!-- /wp:paragraph -->")
        elif tag == "div":
            out.append(f'<div class="{cls("para")}">{text}</div>')
        else:
            out.append(f'<{tag} class="{cls("paragraph")}">{text}</{tag}>'
                       if layout == "nextjs" else f"<p>{text}</p>")
        if j in (3, 9, 15) and heads:
            sub = heads.pop().format(show=art.show, n=art.n)
            out.append(f"<h2>{_esc(sub)}</h2>")
        if j == 2:
            out.append(
                f'<figure class="{cls("image")}"><picture><source type="image/webp" srcset="'
                f'/img/{rng.randint(1000, 9999)}.webp"><img src="/img/{rng.randint(1000, 9999)}'
                f'.jpg" alt="{_attr(art.show)} season {art.n}" width="1200" height="675">'
                f"</picture><figcaption>{_esc(art.show)} season {art.n - 1}. <span class=\""
                f'{cls("credit")}">Photo: {art.network}</span></figcaption></figure>')
        if j in (4, 12):
            out.append(chrome.ad(f"mid-{j}"))
        if j == 7:
            other = rng.choice(art.others) if art.others else art.show
            out.append(f'<p class="{cls("read-more")}"><strong>Read more:</strong> <a href="/tv/'
                       f'{_slug(other)}/">{_esc(other)} Season {rng.randint(1, 6)} '
                       f"{rng.choice(HEADLINE_TAILS)}</a></p>")
    if layout == "divs":
        return "".join(out)
    return "\n".join(out)


def _head(layout: str, rng: random.Random, site: str, art: _Article, title: str, author: str,
          url: str) -> str:
    iso = f"{art.published.isoformat()}T{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:00Z"
    metas = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)} | {site}</title>",
        f'<meta name="description" content="{_attr(title)}: the latest on {_attr(art.show)}.">',
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:site_name" content="{site}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="https://img.example/{rng.randint(1, 99999)}.jpg">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:site" content="@{_slug(site)}">',
        f'<meta name="author" content="{author}">',
    ]
    if layout != "legacy":  # old sites carry no Open Graph title or date
        metas += [f'<meta property="og:title" content="{_attr(title)}">',
                  f'<meta property="article:published_time" content="{iso}">',
                  '<meta property="article:section" content="TV">']
    metas += [f'<link rel="preload" as="font" href="/fonts/f{j}.woff2" crossorigin>'
              for j in range(rng.randint(2, 5))]
    metas += [f'<link rel="stylesheet" href="/assets/{name}.{rng.randint(10**6, 10**7)}.css">'
              for name in ("site", "article", "vendor")[:rng.randint(1, 3)]]
    metas += [f'<script async src="https://cdn{j}.example/tag{rng.randint(1, 999)}.js"></script>'
              for j in range(rng.randint(4, 12))]
    metas.append(f"<style>{_css(rng)}</style>")
    metas.append("<!-- Google Tag Manager -->" + _analytics_script(rng)
                 + "<!-- End Google Tag Manager -->")
    if layout in ("gazette", "schema", "wordpress", "nextjs"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": iso, "author": {"@type": "Person", "name": author},
              "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": url}
        metas.append(f'<script type="application/ld+json">{_json_script(ld)}</script>')
    return "<head>" + "\n".join(metas) + "</head>"


def _css(rng: random.Random) -> str:
    rules = []
    for j in range(rng.randint(40, 160)):
        sel = rng.choice((".card", ".menu-item", ".share", ".comment", ".widget", ".footer-col",
                          ".btn", ".grid", ".rail", ".hero", ".kicker"))
        rules.append(f"{sel}-{j}{{margin:{rng.randint(0, 24)}px {rng.randint(0, 24)}px;"
                     f"color:#{rng.randrange(16**6):06x};font-size:{rng.randint(11, 28)}px}}")
    return "".join(rules)


def _analytics_script(rng: random.Random) -> str:
    lines = ["window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}",
             f"gtag('js',new Date());gtag('config','G-{rng.randrange(16**8):08X}');"]
    for j in range(rng.randint(20, 90)):
        lines.append(f"(function(w,d,k{j}){{var s=d.createElement('script');s.async=true;"
                     f"s.src='https://t{j}.example/p.js?id='+k{j};d.head.appendChild(s);}})"
                     f"(window,document,'{rng.randrange(16**10):010x}');")
    return "<script>" + "\n".join(lines) + "</script>"


def _tail_scripts(layout: str, rng: random.Random, art: _Article, title: str,
                  paragraphs: list[list[str]], url: str) -> str:
    """Deferred bundles and the page's state blob: the related and trending stories the
    client renders (every layout), and for the React site the article again as JSON."""
    out = [f'<script src="/assets/app.{rng.randint(10**6, 10**7)}.js" defer></script>'
           for _ in range(rng.randint(2, 6))]
    stories = []
    for _ in range(rng.randint(15, 90)):
        show = _show_title(rng)
        headline = f"{show} Season {rng.randint(1, 9)} {rng.choice(HEADLINE_TAILS)}"
        stories.append({"id": rng.randint(10**5, 10**6), "title": headline,
                        "url": f"/tv/{_slug(headline)}/", "section": rng.choice(NAV_SECTIONS),
                        "image": {"src": f"/img/{rng.randint(10**4, 10**5)}.jpg", "w": 640,
                                  "h": 360, "alt": show},
                        "author": _person(rng), "ts": rng.randint(1_600_000_000, 1_750_000_000)})
    ads = {"slots": [{"id": f"slot-{j}", "sizes": [[300, 250], [728, 90]],
                      "targeting": {"pos": j, "kw": [art.network, "tv"]}}
                     for j in range(rng.randint(4, 24))]}
    if layout == "nextjs":
        data = {"props": {"pageProps": {"article": {
            "title": title, "url": url, "published": art.published.isoformat(),
            "body": [{"type": "paragraph", "text": " ".join(p)} for p in paragraphs],
            "tags": [art.show, art.network]}, "related": stories, "ads": ads}},
            "page": "/tv/[slug]", "buildId": format(rng.randrange(16**12), "012x")}
        out.append(f'<script id="__NEXT_DATA__" type="application/json">{_json_script(data)}'
                   "</script>")
    else:
        state = {"stories": stories, "ads": ads, "experiments": {
            f"exp{j}": round(rng.random(), 4) for j in range(rng.randint(5, 40))}}
        out.append(f"<script>window.__PRELOADED_STATE__ = {_json_script(state)};</script>")
    return "".join(out)


# --- layouts ------------------------------------------------------------------------------------

def _gazette(site: str, cls: Callable[[str], str], p: dict[str, str]) -> str:
    return (f'{p["sprite"]}<a class="skip-link" href="#main">Skip to content</a>'
            f'<header class="site-header"><a class="logo" href="/">{site}</a>'
            f'<nav class="main-nav">{p["nav"]}</nav><a class="subscribe" href="/nl/">Subscribe'
            f'</a></header><div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/tv/">'
            f'TV</a></div><main id="main"><article class="article"><header class="article-header">'
            f'{p["h1"]}{p["byline"]}{p["share"]}</header><div class="article-body">{p["body"]}'
            f'</div></article>{p["below"]}{p["comments"]}</main><aside class="sidebar">'
            f'{p["rail"]}</aside><footer class="site-footer">{p["footer"]}</footer>')


def _wordpress(site: str, cls: Callable[[str], str], p: dict[str, str]) -> str:
    return (f'{p["sprite"]}<div id="page" class="site"><header id="masthead" class="site-header">'
            f'<p class="site-title"><a href="/">{site}</a></p><nav id="site-navigation" '
            f'class="main-navigation">{p["nav"]}</nav></header><div id="content" '
            f'class="site-content"><main id="main" class="site-main"><article class="post '
            f'type-post status-publish format-standard hentry"><header class="entry-header">'
            f'{p["h1"]}<div class="entry-meta">{p["byline"]}</div></header><div class="entry-'
            f'content">{p["body"]}<div id="jp-relatedposts" class="jp-relatedposts">'
            f'{p["share"]}</div></div></article>{p["below"]}{p["comments"]}</main>'
            f'<aside id="secondary" class="widget-area">{p["rail"]}</aside></div>'
            f'<footer id="colophon" class="site-footer">{p["footer"]}</footer></div>')


def _schema(site: str, cls: Callable[[str], str], p: dict[str, str]) -> str:
    return (f'{p["sprite"]}<div class="wrapper"><div class="top-bar"><a href="/">{site}</a>'
            f'<div class="nav-wrap">{p["nav"]}</div></div><div class="content-area"><div '
            f'itemscope itemtype="https://schema.org/NewsArticle" class="story">{p["h1"]}'
            f'{p["byline"]}{p["share"]}<div itemprop="articleBody" class="story-text">'
            f'{p["body"]}</div></div><div class="below-story">{p["below"]}</div>'
            f'{p["comments"]}</div><div class="right-rail">{p["rail"]}</div>'
            f'<div class="site-footer">{p["footer"]}</div></div>')


def _nextjs(site: str, cls: Callable[[str], str], p: dict[str, str]) -> str:
    return (f'<div id="__next">{p["sprite"]}<div class="{cls("layout")}"><div class="'
            f'{cls("topbar")}"><a class="{cls("brand")}" href="/">{site}</a><div class="'
            f'{cls("drawer")}">{p["nav"]}</div></div><div class="{cls("page")}"><div class="'
            f'{cls("hero")}">{p["h1"]}{p["byline"]}</div><div class="{cls("columns")}"><div '
            f'class="{cls("main-col")}"><div class="{cls("body-wrap")}">{p["body"]}</div>'
            f'{p["share"]}{p["below"]}{p["comments"]}</div><div class="{cls("side-col")}">'
            f'{p["rail"]}</div></div></div><div class="{cls("foot")}">{p["footer"]}</div></div>'
            "</div>")


def _legacy(site: str, cls: Callable[[str], str], p: dict[str, str]) -> str:
    return (f'<form method="post" action="./article.aspx" id="aspnetForm"><div><input '
            f'type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDw'
            f'{"A" * 600}"></div>{p["sprite"]}<table class="MasterTable" width="100%"><tr><td '
            f'class="HeaderCell"><a href="/">{site}</a><div id="ctl00_Menu">{p["nav"]}</div>'
            f'</td></tr><tr><td class="ContentCell"><div id="ctl00_MainContent">{p["h1"]}'
            f'{p["byline"]}<div class="ArticleText">{p["body"]}</div>{p["share"]}{p["below"]}'
            f'{p["comments"]}</div></td><td class="RightCell">{p["rail"]}</td></tr><tr><td '
            f'colspan="2" class="FooterCell">{p["footer"]}</td></tr></table></form>')


def _divs(site: str, cls: Callable[[str], str], p: dict[str, str]) -> str:
    return (f'{p["sprite"]}<div class="shell"><div class="masthead">{site}<div class="nav">'
            f'{p["nav"]}</div></div><div class="content"><div class="story-wrap '
            f'social-share-root" data-share-count="{len(p["body"]) % 997}">{p["h1"]}'
            f'{p["byline"]}{p["body"]}</div>{p["share"]}{p["below"]}{p["comments"]}</div>'
            f'<div class="rail">{p["rail"]}</div><div class="footer">{p["footer"]}</div></div>')


LAYOUT_RENDERERS: dict[str, Callable[[str, Callable[[str], str], dict[str, str]], str]] = {
    "gazette": _gazette, "wordpress": _wordpress, "schema": _schema, "nextjs": _nextjs,
    "legacy": _legacy, "divs": _divs,
}


# --- what the corpus is made of -----------------------------------------------------------------

@dataclass(frozen=True)
class CorpusStats:
    pages: int
    layouts: dict[str, int]
    elements: tuple[int, int, int, int, int]  # min, p10, median, p90, max
    kib: tuple[float, float, float]  # min, median, max page size
    sentences: int
    distinct_sentences: int
    words_per_article: float
    #: Share of all bytes by kind: script, style, comments, article text, other text, markup.
    bytes_by_kind: dict[str, float]

    def lines(self) -> list[str]:
        e, k = self.elements, self.kib
        kinds = ", ".join(f"{kind} {share:.0%}" for kind, share in self.bytes_by_kind.items())
        return [
            f"corpus: {self.pages} pages; layouts "
            + ", ".join(f"{name} {n}" for name, n in sorted(self.layouts.items())),
            f"elements per page: min {e[0]:,}, p10 {e[1]:,}, median {e[2]:,}, p90 {e[3]:,}, "
            f"max {e[4]:,}; size {k[0]:.0f}-{k[2]:.0f} KiB (median {k[1]:.0f})",
            f"article sentences: {self.sentences:,}, distinct {self.distinct_sentences:,} "
            f"({self.distinct_sentences / max(1, self.sentences):.1%}); "
            f"{self.words_per_article:.0f} words per article",
            f"bytes by kind: {kinds}",
        ]


def _quantiles(values: Sequence[int]) -> tuple[int, int, int, int, int]:
    ordered = sorted(values)
    last = len(ordered) - 1

    def at(q: float) -> int:
        return ordered[round(q * last)]

    return at(0), at(0.1), at(0.5), at(0.9), at(1)


def corpus_stats(pages: Sequence[Page]) -> CorpusStats:
    """Counts measured on the pages themselves (lxml), not on what the generator meant."""
    kinds: Counter[str] = Counter()
    elements = []
    sentences: list[str] = []
    total = 0
    for page in pages:
        doc = lxml.html.document_fromstring(page.body)
        n = 0
        for el in doc.iter():
            if isinstance(el.tag, str):
                n += 1
                if el.tag in ("script", "style"):
                    kinds[el.tag] += len((el.text or "").encode())
            elif el.tag is lxml.etree.Comment:
                kinds["comments"] += len(str(el.text or "").encode()) + 7
        elements.append(n)
        article = sum(len(s.encode()) + 1 for s in page.sentences)
        visible = sum(len(str(t).encode()) for t in doc.xpath(
            "//body//text()[not(ancestor::script or ancestor::style)]"))
        kinds["article text"] += article
        kinds["other text"] += max(0, visible - article)
        total += len(page.body)
        sentences.extend(page.sentences)
    kinds["markup"] = total - sum(kinds.values())
    sizes = sorted(len(p.body) / 1024 for p in pages)
    order = ("script", "style", "comments", "article text", "other text", "markup")
    return CorpusStats(
        pages=len(pages), layouts=dict(Counter(p.layout for p in pages)),
        elements=_quantiles(elements),
        kib=(sizes[0], statistics.median(sizes), sizes[-1]),
        sentences=len(sentences), distinct_sentences=len(set(sentences)),
        words_per_article=sum(len(s.split()) for s in sentences) / max(1, len(pages)),
        bytes_by_kind={k: kinds[k] / max(1, total) for k in order},
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=300, help="number of pages (default 300)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, help="directory to write the pages to")
    parser.add_argument("--stats", action="store_true", help="print what the corpus is made of")
    args = parser.parse_args()
    pages = make_corpus(args.n, args.seed)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for i, page in enumerate(pages):
            (args.out / f"{i:05d}-{page.layout}.html").write_bytes(page.body)
        print(f"wrote {args.n} pages to {args.out}")
    if args.stats or not args.out:
        print("\n".join(corpus_stats(pages).lines()))


if __name__ == "__main__":
    main()
