"""Whose event it is, round 14 (issue 10): a sentence's cluster of news against a name said in
passing. Probed with small invented articles (a headline and a few paragraphs): a star's, a
creator's or a dealmaker's earlier show, a comparison, the network's other show, each named
once in a sentence that tells two kinds of event about the show the article is about. The
probes fail on main f6ba851 (the passing name takes the events); the controls, where the name
said once IS the event's show (its clause's subject or object, or the main show is named
beside it), pass on both (MEASUREMENTS.md, "Round 14, whose event it is"). Every sentence and
show is invented for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from articles import Row, make_article, row

from monitor.extract.facts import extract_facts
from monitor.extract.rules import tracing
from monitor.models import Article

PUBLISHED = dt.date(2031, 2, 10)
#: A closing paragraph naming the main show once more, as articles about one show do.
CLOSING = "Lantern Bay follows a harbour pilot who finds a body in the fog."

Key = tuple[str, str]


def _article(headline: str, *paragraphs: str) -> Article:
    return make_article("\n\n".join((*paragraphs, CLOSING)), headline, PUBLISHED)


def _facts_of(article: Article, sentence: str) -> set[Row]:
    """The (show, season, kind) of the facts whose evidence is ``sentence``."""
    return {row(f) for f in extract_facts(article) if f.evidence.strip() == sentence}


# --- probes: the passing name takes none of the sentence's events ---------------------------

#: (name, article, the grid sentence, facts it must give, (show, kind) it must not give)
PROBES: list[tuple[str, Article, str, set[tuple[str, int | None, str]], set[Key]]] = []


def _probe(name: str, headline: str, lead: str, sentence: str,
           must: set[tuple[str, int | None, str]], must_not: set[Key]) -> None:
    PROBES.append((name, _article(headline, lead, sentence), sentence, must, must_not))


_probe("star's earlier show, renewal sentence", "Lantern Bay renewed at NBC",
       "NBC is keeping its coastal mystery Lantern Bay, the network said on Monday.",
       "Copper Hollow star Mira Vance returns as the lead, and the drama has been renewed for "
       "a third season of ten episodes.",
       {("Lantern Bay", 3, "renewed"), ("Lantern Bay", 3, "episode_count")},
       {("Copper Hollow", "renewed"), ("Copper Hollow", "episode_count")})
_probe("star's earlier show, premiere sentence", "Lantern Bay season 2 gets a date",
       "NBC has set the return of Lantern Bay.\n\nThe coastal mystery was renewed last spring "
       "after a strong first run.",
       "Copper Hollow star Mira Vance leads the new season, which premieres on June 4 with "
       "eight episodes.",
       {("Lantern Bay", 2, "premiere"), ("Lantern Bay", 2, "episode_count")},
       {("Copper Hollow", "premiere"), ("Copper Hollow", "episode_count")})
_probe("creator's previous show", "NBC sets Lantern Bay season 2 premiere",
       "Lantern Bay will be back on NBC for its second season.\n\nThe drama drew strong "
       "reviews in its first run last spring.",
       "Created by Ana Ruiz, who also made Copper Hollow, the series returns on June 4 with "
       "eight episodes.",
       {("Lantern Bay", 2, "premiere"), ("Lantern Bay", 2, "episode_count")},
       {("Copper Hollow", "premiere"), ("Copper Hollow", "episode_count")})
_probe("comparison", "Lantern Bay season 2: everything we know",
       "Lantern Bay is coming back to NBC for a second season.",
       "Critics have likened the drama to Copper Hollow, and like that show it now starts "
       "filming in March and arrives in September.",
       {("Lantern Bay", 2, "filming_started"), ("Lantern Bay", 2, "premiere")},
       {("Copper Hollow", "filming_started"), ("Copper Hollow", "premiere")})
_probe("network's other show in passing", "Lantern Bay season 4 wraps filming",
       "Filming on the fourth season of Lantern Bay has wrapped in Dublin, the network "
       "confirmed.\n\nThe drama is one of the channel's biggest hits.",
       "Its stablemate Copper Hollow was cancelled last year, but this one returns in the "
       "autumn and has already been renewed for a fifth season.",
       {("Lantern Bay", 4, "premiere"), ("Lantern Bay", 5, "renewed")},
       {("Copper Hollow", "premiere"), ("Copper Hollow", "renewed")})
_probe("a person's two earlier shows", "Lantern Bay season 2 gets a date",
       "NBC has set the return of Lantern Bay.\n\nThe coastal mystery was renewed last spring "
       "after a strong first run.",
       "Mira Vance, who starred in Copper Hollow and Tin Roof, returns for the new season, "
       "which premieres on June 4 with eight episodes.",
       {("Lantern Bay", 2, "premiere"), ("Lantern Bay", 2, "episode_count")},
       {("Copper Hollow", "premiere"), ("Tin Roof", "episode_count")})


@pytest.mark.parametrize("name,article,sentence,must,must_not", PROBES,
                         ids=[p[0] for p in PROBES])
def test_passing_name_takes_no_event(name: str, article: Article, sentence: str,
                                     must: set[tuple[str, int | None, str]],
                                     must_not: set[Key]) -> None:
    found = _facts_of(article, sentence)
    assert must <= found, f"{name}: missing {must - found}, got {found}"
    assert not {(show, kind) for show, _, kind in found} & must_not, f"{name}: got {found}"


def test_explanation_names_the_rule() -> None:
    name, article, sentence, _, _ = PROBES[2]
    with tracing() as trace:
        extract_facts(article)
    rules = {rule for event in trace.events if event.sentence == sentence
             for rule in event.rules}
    assert "target.subject_over_once_named" in rules


# --- controls: the name said once is the event's show (pass on main and here) ---------------

CONTROLS: list[tuple[str, Article, str, set[tuple[str, int | None, str]]]] = [
    ("a second show renewed, its clause's object",
     _article("Lantern Bay renewed for season 3", "NBC has renewed Lantern Bay for a third "
              "season.\n\nThe coastal mystery drew its biggest audience yet last autumn.",
              "The network also renewed Copper Hollow for a second season of ten episodes."),
     "The network also renewed Copper Hollow for a second season of ten episodes.",
     {("Copper Hollow", 2, "renewed"), ("Copper Hollow", 2, "episode_count")}),
    ("a second show renewed, its clause's subject",
     _article("NBC renews Lantern Bay", "NBC has renewed Lantern Bay for a third season.",
              "Copper Hollow was renewed too, for a second season of eight episodes."),
     "Copper Hollow was renewed too, for a second season of eight episodes.",
     {("Copper Hollow", 2, "renewed"), ("Copper Hollow", 2, "episode_count")}),
    ("another show's news after 'In other news'",
     _article("Lantern Bay renewed for season 3", "NBC has renewed Lantern Bay for a third "
              "season.",
              "In other news, Copper Hollow starts filming its second season in May and "
              "premieres in October."),
     "In other news, Copper Hollow starts filming its second season in May and premieres in "
     "October.",
     {("Copper Hollow", 2, "filming_started"), ("Copper Hollow", 2, "premiere")}),
    ("a relative clause hanging on the other show",
     _article("Lantern Bay renewed for season 3", "NBC has renewed Lantern Bay for a third "
              "season.\n\nThe coastal mystery drew its biggest audience yet last autumn.",
              "NBC also has Copper Hollow, which returns in October with ten episodes."),
     "NBC also has Copper Hollow, which returns in October with ten episodes.",
     {("Copper Hollow", 1, "premiere")}),
    ("another show opening its sentence before an aside",
     _article("Lantern Bay renewed for season 3", "NBC has renewed Lantern Bay for a third "
              "season.\n\nThe coastal mystery drew its biggest audience yet last autumn.",
              "Copper Hollow, the network's other Sunday drama, starts filming its second "
              "season in May and premieres in October."),
     "Copper Hollow, the network's other Sunday drama, starts filming its second season in "
     "May and premieres in October.",
     {("Copper Hollow", 2, "filming_started"), ("Copper Hollow", 2, "premiere")}),
    ("the main show named beside the comparison",
     _article("Lantern Bay renewed for season 3", "NBC has renewed Lantern Bay for a third "
              "season.",
              "Like Copper Hollow, Lantern Bay starts filming in May and premieres in "
              "October."),
     "Like Copper Hollow, Lantern Bay starts filming in May and premieres in October.",
     {("Lantern Bay", 3, "filming_started"), ("Lantern Bay", 3, "premiere")}),
    ("a deal story's previous series, read by the earlier rules",
     _article("Ana Ruiz signs overall deal with Hulu", "Ana Ruiz has signed an overall deal "
              "with Hulu, the home of her drama Lantern Bay.\n\nLantern Bay was renewed for a "
              "third season in January.",
              "Ruiz previously ran Copper Hollow, and the new season starts shooting in May "
              "with ten episodes."),
     "Ruiz previously ran Copper Hollow, and the new season starts shooting in May with ten "
     "episodes.",
     {("Lantern Bay", 3, "filming_started"), ("Lantern Bay", 3, "episode_count")}),
    ("a creator's credit read by the earlier rules",
     _article("Lantern Bay season 2 gets a date", "NBC has set the return of Lantern Bay.",
              "From the creator of Copper Hollow, the drama returns on June 4 and runs for "
              "eight episodes."),
     "From the creator of Copper Hollow, the drama returns on June 4 and runs for eight "
     "episodes.",
     {("Lantern Bay", 2, "premiere")}),
]


@pytest.mark.parametrize("name,article,sentence,must", CONTROLS, ids=[c[0] for c in CONTROLS])
def test_name_said_once_keeps_its_own_event(name: str, article: Article, sentence: str,
                                            must: set[tuple[str, int | None, str]]) -> None:
    found = _facts_of(article, sentence)
    assert must <= found, f"{name}: missing {must - found}, got {found}"
