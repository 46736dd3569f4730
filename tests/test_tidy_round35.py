"""Round 35's tidy (branch r35tidy): what was written twice or asked twice is written or asked
once, and every reading keeps its answer.

- one label opening (``lists.LABEL_OPENING_RE``) for the semicolon list (``lists``) and the
  line of labelled lists (``listings``);
- a vetoed name's mentions found once (``shows.name_mentions``) and handed to each reading of
  its evidence;
- ``facts._keep_told_sentence`` reads the dates the sentence's reading found
  (``ArticleContext.sentence_dates``);
- the store reads a show's cancellations once an article (``articles.earlier_cancellations``
  over ``Articles._cancellations``), not once a season;
- ``sections.section_items`` split into a headed and a heading-less run
  (``_headed_run``, ``_unheaded_run``, the item's reading in ``_section_item``).

Every sentence and layout is invented for this file (Kestrel, Tovrel; Salt Road, Havana,
Lantern House, Marrow Bay, Tidewater)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from monitor.extract import listings, lists, sections, shows
from monitor.extract.candidate import ArticleContext
from monitor.extract.facts import _keep_told_sentence
from monitor.models import Article, Fact
from monitor.names import show_key
from monitor.store.schema import NO_SEASON
from monitor.store.state import StateLocation, StateStore

# --- one label opening ---------------------------------------------------------------------

LABEL_PARTS = {
    "lists-space": " Cancelled: Lantern House",
    "listings-bullet": "• Renewed: Salt Road, Havana",
    "listings-star": "*Cancelled: Havana",
    "two-word-label": "Still waiting: Marrow Bay",
    "no-space": "Renewed: Salt Road",
}


@pytest.mark.parametrize("part", LABEL_PARTS.values(), ids=LABEL_PARTS.keys())
def test_one_label_opening_reads_both_stages_parts(part: str) -> None:
    assert lists.LABEL_OPENING_RE.match(part)
    assert listings.LABEL_OPENING_RE is lists.LABEL_OPENING_RE


NO_LABEL = {
    "item": " Havana (Tovrel)",
    "lower-case": " cancelled: Havana",
    "no-space-after-colon": "Renewed:Salt Road",
    "four-marks": "**** Renewed: Salt Road",
}


@pytest.mark.parametrize("part", NO_LABEL.values(), ids=NO_LABEL.keys())
def test_one_label_opening_leaves_what_is_no_label(part: str) -> None:
    assert not lists.LABEL_OPENING_RE.match(part)


SEMICOLON_LINES = {
    # (line, read as a comma list)
    "items": ("Cancelled: Salt Road (Kestrel); Havana (Tovrel); and Lantern House (Kestrel).",
              True),
    "labels": ("Renewed: Salt Road, Havana; Cancelled: Lantern House; Still waiting: Tidewater.",
               False),
    "bulleted-labels": ("• Renewed: Salt Road; • Cancelled: Havana; • Pending: Tidewater",
                        False),
    "clauses": ("Salt Road was renewed; Havana will return in May; Tidewater ends.", False),
}


@pytest.mark.parametrize(("line", "as_commas"), SEMICOLON_LINES.values(),
                         ids=SEMICOLON_LINES.keys())
def test_semicolon_list_keeps_its_reading(line: str, as_commas: bool) -> None:
    """Control: the semicolon list reads as it did with its own pattern."""
    assert (lists.semicolon_list_as_commas(line) == line.replace(";", ",")) is as_commas
    assert (lists.semicolon_list_as_commas(line) == line) is not as_commas


LABELLED_LINES = {
    "three-labels": ("Renewed: Salt Road, Havana; Cancelled: Lantern House; Still waiting: "
                     "Tidewater.", 3),
    "bulleted": ("• Renewed: Salt Road; • Cancelled: Havana", 2),
    "no-status-label": ("Cast: Mara Quell; Network: Kestrel", 0),
    "one-part-unlabelled": ("Renewed: Salt Road; Havana was cancelled", 0),
}


@pytest.mark.parametrize(("line", "parts"), LABELLED_LINES.values(), ids=LABELLED_LINES.keys())
def test_labelled_parts_keep_their_reading(line: str, parts: int) -> None:
    """Control: the line of labelled lists reads as it did with its own pattern."""
    assert len(listings._labelled_parts(line)) == parts


# --- a vetoed name's mentions, found once ---------------------------------------------------

def test_name_mentions_finds_each_mention_once() -> None:
    texts = ["Kestrel renewed Marnie for a second season.", "Fans of Marnie cheered; Marnie"]
    assert shows.name_mentions("Marnie", texts) == [(0, 16, 22), (1, 8, 14), (1, 24, 30)]


def test_name_mentions_is_none_where_the_name_is_a_persons() -> None:
    assert shows.name_mentions("Marnie", ["Kestrel renewed Marnie.", "Marnie said it was a "
                                          "relief."]) is None


EVIDENCE_TEXTS = {
    "decision-with-season": ["Kestrel has renewed Marnie for a second season."],
    "decision-noun": ["Kestrel confirmed Marnie's renewal on Monday."],
    "decision-noun-no-clause": ["The cancellation of Marnie came as a surprise to fans."],
    "kind-named": ["The drama Marnie has started filming in Lisbon."],
    "show-position": ["Season 2 of Marnie arrives in May."],
    "show-does": ["Marnie premieres on Kestrel in May."],
    "person": ["Kestrel has renewed Marnie for a second season.", "Marnie said she was glad."],
    "aside": ["Marnie, the Kestrel drama from Tovrel Studios, has been cancelled."],
    "aside-decision": ["Marnie, which aired on Kestrel, has been renewed for a fifth season."],
    "nothing": ["Marnie went home."],
}


@pytest.mark.parametrize("texts", EVIDENCE_TEXTS.values(), ids=EVIDENCE_TEXTS.keys())
def test_each_reading_gives_the_same_answer_with_the_mentions_handed_to_it(
        texts: list[str]) -> None:
    mentions = shows.name_mentions("Marnie", texts)
    if mentions is None:
        assert not shows.title_evidence("Marnie", texts)
        assert shows.decision_noun_evidence("Marnie", texts) is None
        assert not shows.show_position_evidence("Marnie", texts)
        assert shows.aside_evidence("Marnie", texts) is None
        return
    assert shows.title_evidence("Marnie", texts, False, mentions) == \
        shows.title_evidence("Marnie", texts)
    assert shows.decision_noun_evidence("Marnie", texts, mentions) == \
        shows.decision_noun_evidence("Marnie", texts)
    assert shows.show_position_evidence("Marnie", texts, "", mentions) == \
        shows.show_position_evidence("Marnie", texts)


READINGS = {
    # texts -> (title_evidence, decision_noun_evidence, show_position_evidence, aside_evidence)
    "decision-with-season": (True, None, False, None),
    "decision-noun": (False, "title.keep.decision_noun", False, None),
    "decision-noun-no-clause": (False, None, False, None),
    "kind-named": (False, "title.keep.kind_named", False, None),
    "show-position": (False, None, True, None),
    "show-does": (False, None, True, None),
    "person": (False, None, False, None),
    "aside": (False, None, False, "title.keep.aside_kind"),
    "aside-decision": (False, None, True, "title.keep.aside_decision"),
    "nothing": (False, None, False, None),
}


@pytest.mark.parametrize("key", READINGS, ids=READINGS.keys())
def test_each_reading_keeps_its_answer(key: str) -> None:
    """Control: the four readings answer as they did when each found the mentions itself
    (the answers the base gave)."""
    texts = EVIDENCE_TEXTS[key]
    assert (shows.title_evidence("Marnie", texts), shows.decision_noun_evidence("Marnie", texts),
            shows.show_position_evidence("Marnie", texts),
            shows.aside_evidence("Marnie", texts)) == READINGS[key]


def test_show_position_in_the_headline_still_needs_no_persons_mention_there() -> None:
    """Control: the headline's mentions count for and against (round 34)."""
    assert shows.show_position_evidence("Marnie", ["Kestrel has news."],
                                        "Marnie premieres on Kestrel in May")
    assert not shows.show_position_evidence("Marnie", ["Season 2 of Marnie arrives in May."],
                                            "Marnie said yes to Kestrel")


# --- the told sentence reads the sentence's own dates ---------------------------------------

def _context() -> ArticleContext:
    article = Article(url="https://k.example/1", title="", text="",
                      published=dt.date(2031, 3, 2))
    ctx = ArticleContext(article, None, None, False, {}, set())
    ctx.told_sentence, ctx.named_season = "Salt Road is coming back for a second season.", 2
    return ctx


def test_told_sentence_reads_the_dates_the_sentence_was_read_with() -> None:
    """A sentence read for dates is not asked again: the dates its reading found decide."""
    ctx = _context()
    ctx.sentence_dates = []
    _keep_told_sentence(ctx, "The cast arrives March 4.", False, False)
    assert ctx.told_sentence and ctx.quiet_since == 1


@pytest.mark.parametrize(("text", "kept"), [
    ("The cast is back.", True),
    ("The cast arrives March 4.", False),
    ("Season 1 drew big ratings.", False),
], ids=["quiet", "dated", "on-air"])
def test_told_sentence_asks_the_dates_of_a_sentence_not_read(text: str, kept: bool) -> None:
    """Control: a sentence with no trigger (never read for dates) is asked as before."""
    ctx = _context()
    _keep_told_sentence(ctx, text, False, False)
    assert bool(ctx.told_sentence) is kept


# --- the store's earlier cancellations: one query a show ------------------------------------

NOW = dt.datetime(2031, 6, 1, 12, 0, tzinfo=dt.UTC)

#: The per-season query the store ran before round 35: the reference the one query must equal.
PER_SEASON = (
    "SELECT f.kind, f.date, f.value, fs.certainty, fs.evidence, fs.show, a.url, "
    "a.published FROM facts f JOIN fact_sources fs ON fs.fact_id = f.id "
    "JOIN articles a ON a.id = fs.article_id WHERE f.show_key = ? "
    "AND f.kind = 'cancelled' AND fs.certainty = 'confirmed' AND f.season > 0 "
    "AND f.season < ? AND NOT EXISTS (SELECT 1 FROM fact_sources ls "
    "JOIN facts lf ON lf.id = ls.fact_id WHERE ls.article_id = fs.article_id "
    "AND lf.show_key = f.show_key AND lf.season >= ? "
    "AND ls.certainty != 'speculative')")


def _fact(show: str, season: int | None, kind: str, certainty: str = "confirmed") -> Fact:
    return Fact(show=show, season=season, kind=kind, date=None,  # type: ignore[arg-type]
                certainty=certainty, evidence=f"{show} {season} {kind}",  # type: ignore[arg-type]
                source_url="")


#: Invented states: the articles (published day, facts) ingested in turn.
STATES: dict[str, list[tuple[str, list[Fact]]]] = {
    "cancelled-then-revived": [
        ("2031-01-05", [_fact("Salt Road", 2, "cancelled")]),
        ("2031-03-01", [_fact("Salt Road", 3, "renewed"), _fact("Salt Road", 2, "cancelled")]),
    ],
    "two-cancellations": [
        ("2031-01-05", [_fact("Salt Road", 1, "cancelled")]),
        ("2031-02-05", [_fact("Salt Road", 3, "cancelled")]),
        ("2031-04-05", [_fact("Salt Road", 5, "premiere", "expected")]),
    ],
    "speculative-later": [
        ("2031-01-05", [_fact("Salt Road", 2, "cancelled"),
                        _fact("Salt Road", 4, "renewed", "speculative")]),
        ("2031-02-05", [_fact("Salt Road", 2, "cancelled", "expected")]),
    ],
    "other-show": [
        ("2031-01-05", [_fact("Salt Road", 2, "cancelled"), _fact("Havana", 3, "renewed")]),
        ("2031-02-05", [_fact("Havana", 1, "cancelled"), _fact("Salt Road", None, "renewed")]),
    ],
}


class _Counting:
    """A transaction that counts the queries made through it."""

    def __init__(self, tx: Any) -> None:
        self.tx, self.queries = tx, 0

    def query(self, sql: str, params: Any = None, /) -> Any:
        self.queries += 1
        return self.tx.query(sql, params)

    def execute(self, sql: str, params: Any = None, /) -> Any:
        return self.tx.execute(sql, params)


def _rows(facts: list[Any]) -> list[tuple[Any, ...]]:
    return sorted((f.kind, f.date, f.url, str(f.published), f.evidence, f.show, f.value)
                  for f in facts)


@pytest.mark.parametrize("state", STATES, ids=STATES.keys())
def test_one_query_equals_the_per_season_answer(state: str,
                                                state_location: StateLocation) -> None:
    with StateStore(state_location) as store:
        for n, (day, facts) in enumerate(STATES[state]):
            article = Article(url=f"https://k.example/{n}", title="t", text=str(n),
                              published=dt.date.fromisoformat(day))
            store.articles.ingest(article, facts, watched=lambda _t: True, channels=("mail",),
                                  now=NOW)
        with store.db.read() as tx:
            for show in ("Salt Road", "Havana"):
                key = show_key(show)
                counting, kept = _Counting(tx), {}
                for season in (NO_SEASON, 1, 2, 3, 4, 5, 6):
                    got = store.articles._earlier_cancellations(counting, key, season, kept)
                    want = [] if season < 2 else [
                        r for r in tx.query(PER_SEASON, [key, season, season])]
                    assert _rows(got) == sorted(
                        (r["kind"], r["date"] or None, r["url"], r["published"], r["evidence"],
                         r["show"], None) for r in want), (show, season)
                assert counting.queries <= 1


def test_the_revival_still_keeps_its_cancellation_apart(state_location: StateLocation) -> None:
    """Control: a cancellation retold beside season 3's renewal does not end season 3."""
    with StateStore(state_location) as store:
        for n, (day, facts) in enumerate(STATES["cancelled-then-revived"]):
            article = Article(url=f"https://k.example/{n}", title="t", text=str(n),
                              published=dt.date.fromisoformat(day))
            store.articles.ingest(article, facts, watched=lambda _t: True, channels=("mail",),
                                  now=NOW)
        with store.db.read() as tx:
            statuses = {r["season"]: r["status"] for r in tx.query(
                "SELECT season, status FROM seasons WHERE show_key = ?", [show_key("Salt Road")])}
    assert statuses == {2: "cancelled", 3: "renewed"}


# --- section_items: a headed and a heading-less run -----------------------------------------

#: Invented layouts (lines, the headline's decision) and what ``section_items`` gave before
#: round 35's split: (title, kind, certainty, season, governor) each.
LAYOUTS: dict[str, tuple[list[str], str | None, list[tuple[Any, ...]]]] = {
    "headed-two": (["Renewed", "Salt Road (Kestrel)", "Lantern House (Tovrel)"], None, [
        ("Salt Road", "renewed", "confirmed", None, ""),
        ("Lantern House", "renewed", "confirmed", None, "")]),
    "headed-blurb": (["Renewed", "Salt Road", "The drama about two sisters running a ferry line "
                      "returns for a second run next spring after strong numbers.",
                      "Lantern House", "Cancelled", "Havana (Kestrel) – after two seasons"],
                     None, [("Salt Road", "renewed", "confirmed", None, ""),
                            ("Lantern House", "renewed", "confirmed", None, ""),
                            ("Havana", "cancelled", "confirmed", 2, "")]),
    "headed-one-sibling": (["Renewed", "Salt Road", "Lantern House", "Marrow Bay", "",
                            "Cancelled", "Havana"], None, [
        ("Salt Road", "renewed", "confirmed", None, ""),
        ("Lantern House", "renewed", "confirmed", None, ""),
        ("Marrow Bay", "renewed", "confirmed", None, "")]),
    "headed-one-alone": (["Cancelled", "Havana (Kestrel)"], None, []),
    "headed-own-verdict": (["Renewed", "Salt Road – renewed for season 3",
                            "Havana – cancelled after two seasons",
                            "Lantern House (still awaiting a decision)"], None, [
        ("Salt Road", "renewed", "confirmed", 3, ""),
        ("Havana", "cancelled", "confirmed", 2, "")]),
    "unheaded-three": (["Salt Road (Kestrel) – cancelled after two seasons",
                        "Havana (Tovrel) – renewed for a third season",
                        "Lantern House (Kestrel) – on the bubble"], None, [
        ("Salt Road", "cancelled", "confirmed", 2, "section.item_own_verdict"),
        ("Havana", "renewed", "confirmed", None, "section.item_own_verdict")]),
    "unheaded-two-own": (["Salt Road (Kestrel) – cancelled",
                          "Havana (Tovrel) – renewed for season 4"], None, [
        ("Salt Road", "cancelled", "confirmed", None, "section.item_own_verdict"),
        ("Havana", "renewed", "confirmed", 4, "section.item_own_verdict")]),
    "unheaded-bullets": (["• Salt Road", "• Havana", "• Lantern House"], "cancelled", []),
    "unheaded-hedged": (["Salt Road (Kestrel) – likely cancelled",
                         "Havana (Tovrel) – effectively cancelled",
                         "Lantern House (Kestrel) – Kestrel renews drama",
                         "Marrow Bay (Tovrel) – a comedy"], "renewed", [
        ("Havana", "cancelled", "speculative", None, "section.item_own_verdict"),
        ("Marrow Bay", "renewed", "confirmed", None, "section.headline_items")]),
    "labelled-lead-in": (["Related:", "Salt Road (Kestrel) – cancelled",
                          "Havana (Tovrel) – renewed", "Lantern House (Kestrel) – renewed"],
                         None, [
        ("Havana", "renewed", "confirmed", None, "section.item_own_verdict"),
        ("Lantern House", "renewed", "confirmed", None, "section.item_own_verdict")]),
    "lead-in-colon": (["The following shows have been cancelled:", "Salt Road",
                       "Havana (Tovrel)", "Lantern House, from creator Mara Quell"], None, [
        ("Salt Road", "cancelled", "confirmed", None, ""),
        ("Havana", "cancelled", "confirmed", None, ""),
        ("Lantern House", "cancelled", "confirmed", None, "")]),
    "headed-then-unheaded": (["Renewed", "Salt Road", "Havana", "That is all for now from the "
                              "networks this week, more news tomorrow morning.",
                              "Lantern House (Kestrel) – cancelled",
                              "Marrow Bay (Tovrel) – cancelled", "Tidewater (Kestrel) – renewed"],
                             None, [
        ("Salt Road", "renewed", "confirmed", None, ""),
        ("Havana", "renewed", "confirmed", None, ""),
        ("Lantern House", "cancelled", "confirmed", None, ""),
        ("Marrow Bay", "cancelled", "confirmed", None, ""),
        ("Tidewater", "renewed", "confirmed", None, "")]),
    "two-headings": (["Renewed:", "Salt Road", "Havana", "Cancelled:", "Lantern House",
                      "Marrow Bay", "Still waiting", "Tidewater"], None, [
        ("Salt Road", "renewed", "confirmed", None, ""),
        ("Havana", "renewed", "confirmed", None, ""),
        ("Lantern House", "cancelled", "confirmed", None, ""),
        ("Marrow Bay", "cancelled", "confirmed", None, "")]),
    "sentences": (["Salt Road was renewed for a third season by Kestrel on Monday.",
                   "Havana is coming back."], "renewed", []),
}


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUTS.keys())
def test_section_items_gives_the_old_results(layout: str) -> None:
    """Control: the same items as the one function of round 34 gave."""
    lines, kind, expected = LAYOUTS[layout]
    assert [(i.title, i.kind, i.certainty, i.season, i.governor)
            for i in sections.section_items(lines, kind)] == expected


def test_a_headed_run_ends_on_the_next_heading() -> None:
    lines = ["Salt Road", "Havana (Tovrel)", "Cancelled", "Lantern House", ""]
    items, end, status = sections._headed_run(lines, 0, ("renewed", "confirmed"))
    assert [i.title for i in items if i is not None] == ["Salt Road", "Havana"]
    assert (end, status) == (2, ("cancelled", "confirmed"))


def test_an_unheaded_run_ends_on_a_line_that_is_no_item() -> None:
    lines = ["Salt Road (Kestrel) – cancelled", "Havana (Tovrel) – renewed",
             "Kestrel said more news would follow next week, after the upfronts.", ""]
    items, end, status = sections._unheaded_run(lines, 0, None, False)
    assert [(i.title, i.kind) for i in items if i is not None] == [
        ("Salt Road", "cancelled"), ("Havana", "renewed")]
    assert (end, status) == (2, None)
    assert sections._unheaded_run(lines, 0, None, True)[:2] == ([], 0)  # under "Related:"
