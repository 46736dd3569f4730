"""Round 18: a season announced or approved in the active voice ("Tovrel has confirmed a second
season of Harrow Lane", "signed off on", "given the go-ahead to") goes to the show after the
verb, as "renewed" and "ordered" do: the name before the verb announced it. A network, a studio
or a person no list knows is kept as a title when the article names it elsewhere ("..., Tovrel
said"), and as the nearest name it took the renewal. The announcer is vetoed as a title (rule
``title.veto.season_announcer``, in ``extract/deciders.py``), so the show takes it. Invented names
throughout."""

from __future__ import annotations

import pytest
from articles import facts_of, make_article, row

from monitor.extract.explain import explain

LEAD = "\u201cGlass Harbor\u201d has been cancelled after one season, {d} said on Tuesday. "
DECIDERS = ("Tovrel", "Quillmarsh")
VERBS = ("has confirmed", "confirmed", "has announced", "announced", "has signed off on",
         "signed off on", "has given the go-ahead to", "gave the go-ahead to")
SEASONS = (("a second season of", 2), ("a third season of", 3), ("another season of", None))


def _rows(body: str) -> set[tuple[str, int | None, str]]:
    return {row(f) for f in facts_of(body) if f.show != "Glass Harbor"}


@pytest.mark.parametrize("decider", DECIDERS)
@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("season", SEASONS, ids=lambda s: s[0].replace(" ", "-"))
def test_announced_season_goes_to_the_show(decider: str, verb: str,
                                           season: tuple[str, int | None]) -> None:
    words, number = season
    body = LEAD.format(d=decider) + f"{decider} {verb} {words} \u201cHarrow Lane\u201d."
    assert _rows(body) == {("Harrow Lane", number, "renewed")}


@pytest.mark.parametrize("body, expected", [
    # a known network: the show already had it
    ("Netflix has confirmed a second season of \u201cHarrow Lane\u201d.",
     {("Harrow Lane", 2, "renewed")}),
    # the passive: no decider before the verb
    ("\u201cHarrow Lane\u201d has been confirmed for a second season.",
     {("Harrow Lane", 2, "renewed")}),
    # another show's star announcing: the show after the verb, as before
    ("\u201cGlass Harbor\u201d star Jane Doe announced a second season of \u201cHarrow "
     "Lane\u201d.", {("Harrow Lane", 2, "renewed")}),
    # a verb the vocabulary already read as a decision
    ("Tovrel said on Tuesday that it had ordered more. Tovrel has ordered a second season of "
     "\u201cHarrow Lane\u201d.", {("Harrow Lane", 2, "renewed")}),
], ids=["known-network", "passive", "another-shows-star", "ordered"])
def test_controls(body: str, expected: set[tuple[str, int | None, str]]) -> None:
    assert _rows(body) == expected


def test_another_show_after_a_comma_keeps_its_own_clause() -> None:
    body = (LEAD.format(d="Tovrel") + "Tovrel has confirmed a second season of \u201cHarrow "
            "Lane\u201d, while \u201cSalt Road\u201d ends in June.")
    assert ("Harrow Lane", 2, "renewed") in _rows(body)
    assert not any(show == "Salt Road" and kind == "renewed"
                   for show, _, kind in _rows(body))


def test_explain_names_the_announcer_veto() -> None:
    _, text = explain(make_article(LEAD.format(d="Tovrel") + "Tovrel has confirmed a second "
                                   "season of \u201cHarrow Lane\u201d."))
    assert "vetoed Tovrel: title.veto.season_announcer" in text
