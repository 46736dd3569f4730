"""The extractor's deciding rules, named, in one place.

Each rule is a record: its name, the fact kinds it applies to, what it does and an example
sentence of our own. The extractor (``facts.py``, ``titles.py``) refers to rules by these names
only, and records every rule that decides something about a candidate in a ``Trace`` when one
is active, so ``monitor extract --explain FILE`` can say, for each fact, the rules that made
it and, for each dropped candidate, the rule that dropped it. The patterns the conditions use
live as data in ``patterns.py`` (trigger vocabularies per kind, hedges, negations) and
``data/*.json`` (title vetoes).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field

ALL_KINDS = ("renewed", "filming_started", "filming_wrapped", "premiere", "cancelled",
             "episode_count")


@dataclass(frozen=True)
class Rule:
    """A named decision of the extractor."""

    name: str
    kinds: tuple[str, ...]
    action: str
    example: str


def _rule(name: str, kinds: tuple[str, ...] | str, action: str, example: str) -> Rule:
    return Rule(name, (kinds,) if isinstance(kinds, str) else kinds, action, example)


RULES: dict[str, Rule] = {r.name: r for r in (
    # --- candidates ------------------------------------------------------------------------
    _rule("trigger.vocabulary", ALL_KINDS, "a trigger phrase of the kind's vocabulary makes a "
          "candidate fact", "Netflix has renewed Glass Harbor for a second season."),
    _rule("episode.count_phrase", "episode_count", "an episode count phrase makes a candidate",
          "Glass Harbor returns with a six-part second series."),
    _rule("list.status_line", ("renewed", "cancelled"), "a tracker line or a status heading "
          "over title lines gives each title the heading's status",
          "Renewed: Glass Harbor (ABC)"),
    _rule("list.schedule_line", "premiere", "a listing line 'Title: Network, June 3' is a "
          "premiere", "Glass Harbor: NBC, June 20 (Thursday, 9 ET/PT)"),
    _rule("target.nearest_mention", ALL_KINDS, "the fact goes to the nearest show named in the "
          "clause, and to every show of a list it governs",
          "ABC renewed Glass Harbor, Tin Roof and Salt Road."),
    _rule("target.reference", ALL_KINDS, "'the series', 'it', 'both shows' go to the previous "
          "sentence's show(s) or the article's main show",
          "Glass Harbor drew record ratings. The series will return in 2025."),
    # --- drops -----------------------------------------------------------------------------
    _rule("drop.question", ALL_KINDS, "a question states nothing",
          "Will Glass Harbor return for a fifth season?"),
    _rule("drop.excluded_context", ALL_KINDS, "the trigger's clause holds a confusion of the "
          "kind (an actor returning to a role, a delay, a trailer release, a split part)",
          "Jane Doe will return as the captain in Glass Harbor season 2."),
    _rule("drop.film_context", "premiere", "a film's release is not a season's premiere",
          "The movie adaptation of Glass Harbor premieres in theaters on May 20."),
    _rule("drop.pre_post_production", ("filming_started", "filming_wrapped"),
          "pre-production and post-production are not the shoot",
          "Pre-production began on Glass Harbor season 2."),
    _rule("drop.direct_speech", ALL_KINDS, "someone's quoted words are not the article's "
          "statement", "\"They pulled the plug on us after one season,\" she said."),
    _rule("drop.past_plan_changed", ("filming_started", "premiere"), "a plan that was changed "
          "did not happen", "It was supposed to start filming in May, but the strike delayed it."),
    _rule("drop.negated", ALL_KINDS, "negation bound to the trigger (not, no, yet to, hope)",
          "Glass Harbor has not been renewed for a fourth season."),
    _rule("drop.date_negated", "premiere", "'no premiere date has been set' dates nothing",
          "No premiere date has been set for Glass Harbor season 2."),
    _rule("drop.no_show", ALL_KINDS, "no show named or referred to: nothing to attach to",
          "The network renewed three comedies on Monday."),
    _rule("drop.undated_premiere", "premiere", "a premiere with no time and no named show says "
          "nothing a user can act on", "It premieres on the streamer."),
    _rule("drop.spinoff_is_another_show", ALL_KINDS, "'the X spinoff' is another show than X",
          "The Glass Harbor spinoff has been ordered to series."),
    _rule("drop.film_article", ALL_KINDS, "an article mostly about a film states no TV facts",
          "The film wrapped production; the movie opens in theaters in May."),
    # --- kinds -----------------------------------------------------------------------------
    _rule("kind.return_with_date_is_premiere", ("renewed", "premiere"), "'returns for a "
          "season' with a date dates a premiere", "Glass Harbor returns for season 3 on June 5."),
    _rule("kind.status_line_return_is_renewal", ("premiere", "renewed"), "'Title: likely to "
          "return' in a tracker is a renewal", "Glass Harbor: undecided, likely to return."),
    _rule("kind.planned_shoot_is_renewal", ("filming_started", "renewed"), "a headline's "
          "undated planned shoot says the season exists", "Glass Harbor to film season 2"),
    _rule("kind.series_order_is_first_season", ("renewed", "premiere"), "an order for a new "
          "series plans its first season", "NBC ordered the new drama Glass Harbor."),
    _rule("kind.renewal_denied_is_cancellation", "cancelled", "'won't be renewed', 'opted not "
          "to renew' is a cancellation", "Hulu decided not to renew Glass Harbor."),
    # --- dates and certainty -----------------------------------------------------------------
    _rule("date.owned_phrase", ALL_KINDS, "the date phrase the trigger owns (nearest, after "
          "it first, same clause)", "Glass Harbor season 2 premieres on June 5."),
    _rule("date.announcement_day", ("renewed", "cancelled"), "'announced on Monday' dates the "
          "announcement, not the premiere", "HBO announced on Monday that it renewed the show."),
    _rule("date.publication_month", ("renewed", "cancelled", "filming_started",
                                     "filming_wrapped"),
          "an event reported as just happened with no time takes the publication month",
          "Glass Harbor has been renewed for a second season."),
    _rule("certainty.hedge", ALL_KINDS, "a hedge in the trigger's own clause makes it "
          "speculative", "Glass Harbor could return in 2025."),
    _rule("certainty.plan", ALL_KINDS, "an official plan or a future date makes it expected",
          "Glass Harbor is set to return on June 5."),
    _rule("certainty.reported", ALL_KINDS, "a reported or happened fact is confirmed",
          "Filming on Glass Harbor season 2 began on March 4."),
    # --- seasons ---------------------------------------------------------------------------
    _rule("season.stated", ALL_KINDS, "the season phrase next to the show or the trigger",
          "Glass Harbor has been renewed for a third season."),
    _rule("season.main_show", ALL_KINDS, "the article's main season for its main show",
          "Glass Harbor season 2 ... The show wrapped filming on Friday."),
    _rule("season.new_show_is_first", ALL_KINDS, "a new, freshman or rookie show is in "
          "season 1 (a renewal of it is season 2)", "ABC renewed freshman drama Glass Harbor."),
    _rule("season.cancelled_after_n", "cancelled", "'cancelled after N seasons' is season N",
          "Glass Harbor was cancelled after two seasons."),
    # --- dedupe ----------------------------------------------------------------------------
    _rule("dedupe.best_per_key", ALL_KINDS, "one fact per show, season and kind: dated, stated, "
          "surest, most precise", "Glass Harbor returns in 2025 ... on June 5, 2025."),
    # --- titles (titles.py) ------------------------------------------------------------------
    _rule("title.keep", ALL_KINDS, "a span the text treats as a show (cue) and no veto",
          "Glass Harbor was renewed."),
    _rule("title.keep.strong", ALL_KINDS, "quoted, next to a season phrase, or after a "
          "network's possessive: kept whatever it looks like", "Atlanta season 4 premieres."),
    _rule("title.keep.watched", ALL_KINDS, "on the watch list", "(config)"),
    _rule("title.keep.unknown", ALL_KINDS, "a title a listing line gave directly, not through "
          "title discovery", "Glass Harbor: NBC, June 20 (Thursday, 9 ET/PT)"),
    _rule("title.scorer.keep", ALL_KINDS, "the learned title scorer keeps a candidate the "
          "rules dropped", "(data/title_scorer.json)"),
    _rule("title.scorer.drop", ALL_KINDS, "the learned title scorer drops a candidate the "
          "rules kept", "(data/title_scorer.json)"),
    _rule("title.alias", ALL_KINDS, "another name the text gives a show: its facts go to the "
          "show's title", "La Casa de Papel, or Money Heist, was renewed."),
    _rule("title.keep.listed_with_show", ALL_KINDS, "a name listed beside a show is a show",
          "New seasons of Glass Harbor and Luke Tanner are coming."),
    _rule("title.veto.network", ALL_KINDS, "a network, studio, streamer or outlet",
          "Cinemax renewed the drama."),
    _rule("title.veto.place", ALL_KINDS, "a country, state, city or region",
          "Filming began in Scotland."),
    _rule("title.veto.nationality", ALL_KINDS, "a nationality or language",
          "The Spanish drama returns."),
    _rule("title.veto.person_name", ALL_KINDS, "a common first name then a surname",
          "The comedy comes from creators Alan Brooks and Jenna Hart."),
    _rule("title.veto.person_context", ALL_KINDS, "used like a person ('X said', 'star X')",
          "Jenna Hart said the show was renewed."),
    _rule("title.veto.surname", ALL_KINDS, "the surname of a full name the text gives",
          "Jenna Hart ... Hart said."),
    _rule("title.veto.pronoun", ALL_KINDS, "a pronoun contraction", "They'll return."),
    _rule("title.veto.adverb", ALL_KINDS, "a lone sentence adverb",
          "Unofficially, the comedy is done."),
    _rule("title.veto.first_name_or_initials", ALL_KINDS, "a lone first name or 2-3 capitals",
          "Jenna returns; the MCU grows."),
    _rule("title.veto.section_label", ALL_KINDS, "a word that heads a section or leads a line "
          "without naming a show (data)", "Update: the drama was renewed."),
    _rule("title.veto.sports", ALL_KINDS, "a sports broadcast (its words are data)",
          "Sunday Night Football's season kicked off on Thursday."),
    _rule("title.veto.other_work", ALL_KINDS, "the text calls it a film, podcast, game, book ...",
          "The podcast Salt Road returns for a third season."),
    _rule("title.veto.common_word", ALL_KINDS, "one word the text also writes in lower case and "
          "never capitalises inside a sentence", "Other services will stream the series."),
    _rule("title.veto.headline_fragment", ALL_KINDS, "title-case words of the headline the body "
          "never names, the headline does not quote and the slug does not spell",
          "Glass Harbor Canceled: Fans React To News (headline)"),
)}


@dataclass
class Event:
    """One candidate and what the rules decided about it."""

    sentence: str
    kind: str
    phrase: str
    rules: list[str] = field(default_factory=list)
    dropped_by: str | None = None
    facts: list[tuple[str, int | None, str]] = field(default_factory=list)


@dataclass
class Trace:
    """Every candidate of one article, with its rules (``monitor extract --explain``)."""

    events: list[Event] = field(default_factory=list)
    titles: list[tuple[str, bool, str]] = field(default_factory=list)


_ACTIVE: ContextVar[Trace | None] = ContextVar("extract_trace", default=None)


@contextlib.contextmanager
def tracing() -> Iterator[Trace]:
    """Record the rules of every extraction inside the block."""
    trace = Trace()
    token = _ACTIVE.set(trace)
    try:
        yield trace
    finally:
        _ACTIVE.reset(token)


def active() -> Trace | None:
    return _ACTIVE.get()


def check(name: str) -> str:
    """The rule's name, checked against the registry (a typo fails at once)."""
    if name not in RULES:
        raise KeyError(f"unknown extraction rule {name!r}")
    return name
