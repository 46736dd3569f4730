"""Round 25 (r25premiere): a show brought in by an owner's possessive and its kind ("Kestrel's
new drama premieres Sunday. Copper Vale follows a detective.") is the show the next sentence
opens with, as "a new drama" was (``showwords.INTRODUCED_RE``, rule
``target.introduced_next``; title discovery reads the same introduction).

The premiere's sentence names no show and the name comes after it: main dropped the premiere
(``drop.no_show``) and never took the name for a title. Invented names only."""

from __future__ import annotations

import pytest
from articles import facts_of, make_article

from monitor.extract.explain import explain

# published Friday 10 May 2024
_WHEN = {"Sunday": "2024-05-12", "June 14": "2024-06-14", "in June": "2024-06",
         "this fall": "2024-FA", "next Tuesday": "2024-05-14"}
_OWNERS = ("The network's", "The streamer's", "Jane Doe's", "Ada Finch's")
_KINDS = ("new drama", "new six-part thriller", "upcoming comedy", "new docuseries")
_VERBS = ("premieres {when}", "debuts {when}", "will premiere {when}", "arrives {when}",
          "is set to premiere {when}")
_NEXT = {"Copper Vale": "Copper Vale follows a detective in a mining town.",
         "Harrow Lane": "Harrow Lane stars Jane Doe as a baker."}

_GRID = [
    pytest.param(owner, kind, verb, when, show,
                 id=f"{owner}-{kind}-{verb.split()[0]}-{when}-{show}")
    for owner in _OWNERS for kind in _KINDS for verb in _VERBS for when in _WHEN
    for show in _NEXT
]


def _premieres(body: str) -> set[tuple[str, str | None]]:
    return {(f.show, f.date) for f in facts_of(body) if f.kind == "premiere"}


@pytest.mark.parametrize(("owner", "kind", "verb", "when", "show"), _GRID)
def test_owner_introduced_show_takes_the_premiere(owner: str, kind: str, verb: str, when: str,
                                                  show: str) -> None:
    body = f"{owner} {kind} {verb.format(when=when)}. {_NEXT[show]}"
    assert (show, _WHEN[when]) in _premieres(body)


@pytest.mark.parametrize("network", ["Kestrel", "Tovrel"])
def test_a_network_the_article_shows_as_one(network: str) -> None:
    body = (f"{network} renewed Harrow Lane last month. {network}'s new drama premieres "
            "Sunday. Copper Vale follows a detective in a mining town.")
    assert ("Copper Vale", "2024-05-12") in _premieres(body)


def test_explain_names_the_rule() -> None:
    _, text = explain(make_article("The streamer's new drama premieres Sunday. Copper Vale "
                                   "follows a detective in a mining town."))
    assert "target.introduced_next" in text


@pytest.mark.xfail(strict=True, reason="a network no list or shape of the article knows is "
                   "read as the sentence's own title (drop.unevidenced_title), so nothing "
                   "is introduced")
def test_left_unknown_network_owner() -> None:
    body = "Kestrel's new drama premieres Sunday. Copper Vale follows a detective."
    assert ("Copper Vale", "2024-05-12") in _premieres(body)


# --- controls: what must keep giving what it gives on the base tree ------------------------


@pytest.mark.parametrize(("body", "expected"), [
    # "a new drama" as before
    ("A new drama premieres Sunday on the network. Copper Vale follows a detective in a "
     "mining town.", {("Copper Vale", "2024-05-12")}),
    # the show named in the owner's own sentence
    ("The network's new drama Copper Vale premieres Sunday.", {("Copper Vale", "2024-05-12")}),
    # a person after the introduction is no show
    ("The network's new drama premieres Sunday. Jane Doe stars as a detective in a mining "
     "town.", set()),
    # a film is no show
    ("The network's new film premieres Sunday. Copper Vale follows a detective in a mining "
     "town.", set()),
    # an owner's season of a show named there ("a new series of")
    ("The network's new series of Harrow Lane premieres Sunday.",
     {("Harrow Lane", "2024-05-12")}),
])
def test_controls(body: str, expected: set[tuple[str, str | None]]) -> None:
    assert _premieres(body) == expected
