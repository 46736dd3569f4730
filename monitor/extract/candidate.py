"""The plain data the extraction rules read and write.

``facts.py`` reads a sentence once (its show mentions, triggers, clauses, dates, season
phrases) into a :class:`SentenceView`; each trigger or episode-count phrase then becomes a
:class:`Candidate` that the rules of ``rules.py`` refine stage by stage (non-events dropped,
date, certainty, kind, targets, season) until it is emitted as facts. Nothing here decides
anything: the deciding is the rules' job, the reading is ``facts.py``'s.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from ..models import Article
from .dates import DateMention


class MentionLike(Protocol):
    """A show named in a sentence (``shows.Mention``)."""

    @property
    def show(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


#: A season phrase found in a sentence: start, end, the numbers it gives, generic word or None.
SeasonPhrase = tuple[int, int, Sequence[int], "str | None"]
Clause = tuple[int, int]


@dataclass(frozen=True)
class Trigger:
    """A phrase of one kind's vocabulary (or an episode count) and where it stands."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Target:
    """A show a fact goes to."""

    show: str
    seasons: tuple[int | None, ...]
    #: Position of the show mention, or None when the sentence only refers back to it.
    position: int | None
    new_show: bool = False
    #: The shows of the list this mention was taken with ("A, B and C all return for season 3").
    group: frozenset[str] = frozenset()


#: ``ArticleContext.paragraph_subject`` for a paragraph about a show the article's titles do not
#: hold ("Salt Road, NBC's other drama, returns ..." with Salt Road never found).
UNFOUND_SHOW = ""


@dataclass
class ArticleContext:
    """What the whole article says, read before its sentences (and updated as they are read)."""

    article: Article
    main_show: str | None
    main_season: int | None
    roundup: bool
    show_seasons: dict[str, set[int]]
    returning: set[str]
    #: Few shows named: a show other than the main one is likely new (season 1).
    focused: bool = False
    #: The season number the last sentences named for the main show ("Season three ...").
    recent_season: int | None = None
    #: A tracker line's bare season label ("Title, May 3. Season 4. The drama gets eight
    #: episodes."): the season of the line's sentences after it.
    entry_season: int | None = None
    #: The one season number the paragraph's last sentence naming one show gave ("Glass
    #: Harbor, June 3, Season 2. Returns for 13 episodes."): the season of a sentence after
    #: it that leaves its subject out.
    named_season: int | None = None
    #: The day that line's head gives ("Title, May 3, 2031."): its decision's day.
    entry_date: str | None = None
    #: The show of the last listing line ("Title: Network, June 3"), for the paragraph below.
    topic: str | None = None
    #: Day of the renewals/cancellations the article reports ("on Tuesday"), per kind.
    event_days: dict[str, str] = field(default_factory=dict)
    #: Kinds the headline announces ("Network Renews ..."): the body's undated facts of these
    #: kinds are the news of the day.
    headline_kinds: frozenset[str] = frozenset()
    #: The headline names some fact kind or a season: the article's news is known.
    headline_any: bool = True
    #: The last show a sentence named on its own, and that sentence's number (for "the
    #: series" in an article with no main show).
    last_named: tuple[str, int] | None = None
    #: The number of the last sentence that named any show: when it is ``last_named``'s, no
    #: other show has been named since, and that show is still what the text is about.
    last_any_named: int | None = None
    #: The number of the sentence being read.
    sentence_number: int = 0
    #: The text of the sentence before the one being read: who speaks a quotation that opens
    #: a sentence ('..." said Mara Quell, president of Kestrel. "We have decided ...').
    previous_sentence: str = ""
    #: The text of the sentence after it: who posted a quotation closing its sentence on "!"
    #: ('"First day of filming on season 2!" Orla Brenn posted.'; round 37, r37quotes).
    next_sentence: str = ""
    #: The paragraph's last sentence naming shows, while the sentences read since name none
    #: and state no season, date, fact or airing ("X is coming back for a third season. The
    #: cast is back."): what "The new episodes arrive March 4." after them refers back to
    #: (``trigger.new_episodes_of_told_season``, round 34); "" once such a sentence breaks it.
    told_sentence: str = ""
    #: How many quiet sentences stand between ``told_sentence`` and the one being read.
    quiet_since: int = 0
    #: The dates the sentence being read holds as its reading found them (``find_dates``,
    #: before a name's or an announcement's are set apart), None while it was not read for
    #: dates (no trigger): ``facts._keep_told_sentence`` asks no second time (round 35).
    sentence_dates: list[DateMention] | None = None
    #: The show the paragraph's last sentence naming shows opened on as its subject ("Salt
    #: Road, the network's other drama, was renewed in March."), None when that sentence opened
    #: on no show: what a later reference in the paragraph speaks of when the sentence before
    #: named several shows (``UNFOUND_SHOW``: a name the article's titles do not hold).
    paragraph_subject: str | None = None
    #: The show a sentence opening on a reference spoke of while it named other shows only in
    #: passing ("Salt Road follows three sisters. It was made by the team behind Lantern
    #: House."), with the number of the sentence after it: what that sentence's own reference
    #: still speaks of (``facts.reference_past_passing``; round 41, r41refer).
    carried_reference: tuple[str, int] | None = None
    #: A sentence of the paragraph being read has named a show (round 37: a paragraph's
    #: owned reference before any name may speak of the show it goes on to name).
    paragraph_named: bool = False
    #: The shows the sentences read so far named.
    shows_seen: set[str] = field(default_factory=set)
    #: The genre nouns the article calls each show by right beside its name ("the Kestrel
    #: drama Salt Road", "Lisbon, a comedy set in ..."), with the number of the first sentence
    #: that does: a reference by genre ("the drama") speaks of a show of that genre (round 36).
    described_as: dict[str, tuple[frozenset[str], int]] = field(default_factory=dict)
    #: The season the article says ends each show ("the sixth and final season").
    final_seasons: dict[str, int] = field(default_factory=dict)
    #: The latest season already aired of each show, as the caller's store knows it:
    #: "next season" is the one after it.
    aired_seasons: dict[str, int] = field(default_factory=dict)
    #: The highest season number the article names for each show.
    named_seasons: dict[str, int] = field(default_factory=dict)
    #: The same, in sentences that look ahead only ("Season 2 will premiere in 2025").
    named_ahead: dict[str, int] = field(default_factory=dict)
    #: How many seasons the article says each show ran ("X ran for three seasons", "Y ends
    #: after a single season"): the season a cancellation ends.
    run_lengths: dict[str, int] = field(default_factory=dict)
    #: The season each show is on air in or has just ended, as the article says ("currently
    #: in its tenth season"): a renewal of it is the next.
    current_seasons: dict[str, int] = field(default_factory=dict)
    #: The latest date a sentence read so far renews, starts or wraps the main season on:
    #: it had not aired by then.
    main_upcoming: str | None = None
    #: The latest season the article says each show has aired ("season 2 premiered in
    #: January", "which launched its first season"): "another season", a renewal, is the next.
    aired_in_article: dict[str, int] = field(default_factory=dict)
    #: Shows the article calls new anywhere ("the freshman drama X", "X is a new comedy", "X,
    #: which debuted in January"): a renewal that names no season is of season 2.
    new_shows: frozenset[str] = frozenset()
    #: Of those, the shows the article calls new in words ("the new drama X", "X, a freshman
    #: comedy"), not only by a debut date: their first season is the one the article tells.
    called_new: frozenset[str] = frozenset()
    #: Shows a network commissions by name, set off as a count of parts ("Tovrel has
    #: commissioned X, a six-part drama"): new shows, in their first season.
    commissioned: frozenset[str] = frozenset()
    #: Shows the article tells as new in passing (round 23): a sentence naming no show that
    #: calls the one it refers to new anywhere ("Starring Dana Holt, the new drama follows
    #: ..."), or a show counted among new ones ("X is one of three new dramas").
    new_in_passing: frozenset[str] = frozenset()
    #: Shows a line naming none brings in as new before naming them (round 24): "Kestrel's new
    #: drama premieres Friday. Copper Vale follows ...", a headline "Kestrel renews freshman
    #: drama" over an article about one show.
    new_before_named: frozenset[str] = frozenset()
    #: How many seasons each show has run, told as a count in passing (round 24): "the
    #: three-season drama", "after running for three seasons", "three seasons in".
    runs_told_as_count: dict[str, int] = field(default_factory=dict)
    #: The article numbers a show's seasons as parts ("Part 5" in the headline, "season 5" in
    #: the body) and splits no season: "Part 4 premiered in April" is season 4's premiere.
    parts_are_seasons: bool = False
    #: How many times the body names each show: a name said once, not in the headline, is
    #: likely named in passing (a credit, a comparison, a network's other show).
    named_times: dict[str, int] = field(default_factory=dict)
    #: The highest season number named in sentences that name no show, for the show the last
    #: sentence naming shows named alone ("Kestrel One cancelled X. Its third season was
    #: filming in Leeds."): ``named_seasons`` gives such sentences to the main show only.
    referred_seasons: dict[str, int] = field(default_factory=dict)
    #: The season a heading line of the body numbers after a show's name, that show alone
    #: ("Kestrel orders Salt Road 2" over an item of a round-up; round 33): what "another
    #: series of Salt Road" under it orders when the article names no season of it elsewhere.
    #: Read on first call (few articles ask).
    heading_seasons: Callable[[], Mapping[str, int]] = lambda: {}
    #: Shows a sentence about them alone tells the pilot of ("starting with the pilot"): in
    #: their first season.
    pilot_shows: frozenset[str] = frozenset()
    #: Shows the article calls a kind that runs one season beside their name ("the limited
    #: series X", "X, a three-part drama"; round 38): in their first and only season.
    one_season_shows: frozenset[str] = frozenset()
    #: The main show's season the lead tells as the news with no word of a kind of fact
    #: ("Good news for X fans: season 3 is official"), when nothing else gave a main season.
    lead_news_season: int | None = None
    #: The shows the headline names.
    headline_shows: frozenset[str] = frozenset()
    #: The shows a status heading's list named ("Cancelled" over "Less lucky were A, B and
    #: C."): the heading is their evidence of being shows.
    heading_listed: set[str] = field(default_factory=set)
    #: The season the heading over the paragraph names in its note ("Glass Harbor (Season
    #: 2)" over "The drama returns on June 6."): the season of the heading's show there.
    heading_season: int | None = None


#: The letters re's IGNORECASE matches to an ASCII letter that ``str.lower`` does not give.
_CASE_BLIND_ODD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


@dataclass(frozen=True)
class SentenceView:
    """One sentence as the rules see it: everything found in it, computed once."""

    text: str
    ctx: ArticleContext
    #: The article's headline: its facts only count when the body does not state them.
    is_title: bool
    #: The show of the section heading the sentence stands under, if any.
    topic_show: str | None
    mentions: Sequence[MentionLike]
    #: For each mention, the season numbers stated right next to it.
    attached: Sequence[tuple[int | None, ...]]
    triggers: Sequence[Trigger]
    clauses: Sequence[Clause]
    #: The date phrases of the sentence (announcement days apart), and the one each trigger
    #: owns (by the trigger's index).
    dates: Sequence[DateMention]
    owned: Mapping[int, DateMention]
    #: Dates of announcements ("announced on Monday"), not of the events announced.
    announced: Sequence[DateMention]
    all_seasons: Sequence[SeasonPhrase]
    #: Season phrases not already attached to a show mention.
    free_seasons: Sequence[SeasonPhrase]
    #: Spans of time the sentence states: (start, end) date mentions ("from March to July").
    intervals: Sequence[tuple[DateMention, DateMention]]
    #: Spans of direct speech.
    speech: Sequence[tuple[int, int]]
    #: "no premiere date has been set" somewhere in the sentence.
    whole_date_negated: bool
    #: The shows the previous sentence named (for "the show", "both shows").
    previous: Sequence[Target]
    #: The shows of the next sentence when it lists what this one announced ("They are A,
    #: B and C.").
    following: Sequence[Target]
    #: The mentions a trigger governs (the nearest one, or the list it heads).
    governed: Callable[[Trigger], list[int]]
    #: A title-like span beside a trigger that names no show the article holds (an unfound
    #: title the clause is about), or None.
    unfound: Callable[[Trigger], str | None] = lambda trigger: None
    #: Whether the trigger's active decision verb takes a reference as its object, with only
    #: its decider named before it in the clause ("Kestrel Play renewed it").
    decides_referred: Callable[[Trigger], bool] = lambda trigger: False
    #: Whether the trigger's active decision verb takes a reference as its object and every
    #: show the sentence names comes after it, in passing ("Kestrel has cancelled the drama,
    #: a week after renewing X"; round 40).
    refers_before_passing: Callable[[Trigger], bool] = lambda trigger: False
    #: The show the next sentence opens on as its subject, when this sentence tells a status
    #: of a reference ("its fishing drama", "the series") before the article (headline too)
    #: names any show (round 37, ``target.reference_named_after``); "" when the next
    #: sentence names one show inside it and tells a status of its own ("It also cancelled
    #: X"): another show than the reference's; else None.
    named_after: str | None = None
    #: The sentence ``named_after`` was read in when it is "" (its own status's words).
    told_after: str = ""
    #: When the sentence counts an owner's shows without naming any ("two of its dramas"),
    #: the shows the next three sentences name first, in order, each with what they tell of
    #: it ("return", "end" or None: ``showwords.slate_status``; round 38,
    #: ``target.slate_named_after``).
    slate_after: tuple[tuple[str, str | None], ...] = ()
    #: Whether the sentence opens on a reference that is the trigger's subject, with every
    #: show it names after the trigger in passing ("It premieres June 4, after X").
    referred_owns: Callable[[Trigger], bool] = lambda trigger: False
    #: Whether the sentence opens on a season with no show named as the trigger's subject,
    #: every show it names after the trigger in passing ("The third season premieres June 12,
    #: while X returns in the fall").
    season_subject_owns: Callable[[Trigger], bool] = lambda trigger: False
    #: Whether the sentence opens on the trigger itself, a decision told as a noun with no
    #: show named ("The renewal comes after X was cancelled"), every show it names after the
    #: trigger in passing (round 41, ``facts.decision_noun_owns_trigger``).
    decision_noun_owns: Callable[[Trigger], bool] = lambda trigger: False
    #: Whether every show the sentence names stands after the trigger in a passing phrase of
    #: time, comparison or origin ("renewed for a third season after a surge that outpaced
    #: X"), none the verb's object (round 41, ``facts.passing_phrase_owns_trigger``).
    passing_owns: Callable[[Trigger], bool] = lambda trigger: False
    #: The mention that opens the trigger's clause as subject when the trigger is a second
    #: predicate joined by "and" after a first one naming another show, or None.
    coordinated_subject: Callable[[Trigger], int | None] = lambda trigger: None
    #: The mention a relative clause holding the trigger hangs on ("Y, which was cancelled"),
    #: or None.
    relative_antecedent: Callable[[Trigger], int | None] = lambda trigger: None
    #: Whether the trigger stands in a relative clause hanging on a name that is no show of
    #: the article, its verb with no object of its own ("Y, which Kestrel cancelled").
    relative_of_unfound: Callable[[Trigger], bool] = lambda trigger: False

    @cached_property
    def lowered(self) -> str:
        """The sentence in lower case as a case-blind pattern reads it: a literal a rule
        ``needs`` (``rules.Rule.needs``) is looked for here. The three letters re's IGNORECASE
        pairs with an ASCII one that ``str.lower`` does not ("İ", "ı", "ſ") are read as that
        letter first, so a case-blind match of a word always holds the word here."""
        text = self.text
        return text.lower() if text.isascii() else text.translate(_CASE_BLIND_ODD).lower()

    def clause_of(self, position: int) -> Clause:
        for start, end in self.clauses:
            if start <= position < end:
                return start, end
        return self.clauses[-1] if self.clauses else (0, 0)


@dataclass(frozen=True)
class Candidate:
    """A fact in the making: a trigger (or an episode count) and what the rules decided."""

    view: SentenceView
    kind: str
    trigger: Trigger
    #: The trigger's index in ``view.triggers`` (None for an episode count).
    index: int | None
    clause: Clause
    value: int | None = None
    date_mention: DateMention | None = None
    date: str | None = None
    certainty: str = "confirmed"
    #: The date is the publication month, not one the text states.
    inferred: bool = False
    targets: tuple[Target, ...] = ()
    target: Target | None = None
    seasons: tuple[int | None, ...] | None = None
    #: Facts the wording implies besides this one, for the same show and season:
    #: (kind, date, certainty) — "renewed for a fourth series in 2018" also dates a premiere.
    also: tuple[tuple[str, str | None, str], ...] = ()

    @property
    def text(self) -> str:
        return self.view.text

    @property
    def ctx(self) -> ArticleContext:
        return self.view.ctx
