"""The decision and production vocabulary as a generated grid (round 34, r34vocab).

For each fact kind, the words a trade writer uses for it — verbs, nouns, idioms and slang —
each told in several forms (active past, perfect, passive, headline present without articles,
"to" future, "is set to", "announced that", "confirmed") over several title shapes (a word
title, a person-shaped title, "The X", a numbered title, one word). ``cells()`` yields every
(kind, entry, form, shape, sentence); a cell is right when its facts hold its
``expected`` kind on its show, missed when not, false when a fact of another show or kind is
beside it. The grid file
``test_vocabulary_round34.py`` runs it and the round's MEASUREMENTS table counts it.
All titles, networks and people are invented.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

#: Title shapes: name → the title as written.
SHAPES: dict[str, str] = {
    "words": "Salt Road",
    "person": "Maggie Stone",
    "rare_person": "Harper Vale",
    "the_x": "The Lantern House",
    "numbered": "Precinct 9",
    "one_word": "Havana",
}

NETWORK = "Kestrel"

#: The sentence before every cell's own: it names the show as a show, so that a cell measures
#: the vocabulary, not title discovery (a bare capitalised phrase is no title on its own).
CUE = "The Kestrel drama {T} follows three sisters."

#: Forms of a transitive decision verb (the network acts on the show).  Each template takes
#: N (network), T (title), and the verb's parts: base, s (3rd sg), past, pp (participle), rest.
TRANSITIVE_FORMS: dict[str, str] = {
    "active_past": "{N} {past} {T}{rest}.",
    "perfect": "{N} has {pp} {T}{rest}.",
    "passive": "{T} has been {pp}{rest} by {N}.",
    "headline": "{N} {s} {T}{rest}",
    "to_future": "{N} to {base} {T}{rest}",
    "set_to": "{N} is set to {base} {T}{rest}.",
    "announced": "{N} announced that it has {pp} {T}{rest}.",
    "confirmed": "{N} confirmed it had {pp} {T}{rest}.",
}

#: Forms of an intransitive verb told of the show ("Salt Road has wrapped").
INTRANSITIVE_FORMS: dict[str, str] = {
    "active_past": "{T} {past}{rest}.",
    "perfect": "{T} has {pp}{rest}.",
    "headline": "{T} {s}{rest}",
    "to_future": "{T} to {base}{rest}",
    "set_to": "{T} is set to {base}{rest}.",
    "announced": "{N} announced that {T} has {pp}{rest}.",
    "confirmed": "{N} confirmed {T} had {pp}{rest}.",
}


@dataclass(frozen=True)
class Verb:
    """A verb of a kind: its parts and what follows the object (or the subject)."""

    name: str
    base: str
    s: str
    past: str
    pp: str
    rest: str
    transitive: bool = True


@dataclass(frozen=True)
class Noun:
    """A noun or idiom of a kind: its sentences by form name (templates over N and T)."""

    name: str
    forms: dict[str, str]


S2 = " for a second season"
ON_DATE = " on March 3"

VERBS: dict[str, list[Verb]] = {
    "renewed": [
        Verb("renew", "renew", "renews", "renewed", "renewed", S2),
        Verb("pick_up", "pick up", "picks up", "picked up", "picked up", S2),
        Verb("order", "order", "orders", "ordered", "ordered", " a second season of", True),
        Verb("greenlight", "greenlight", "greenlights", "greenlit", "greenlit",
             " for a second season"),
        Verb("bring_back", "bring back", "brings back", "brought back", "brought back", S2),
        Verb("recommission", "recommission", "recommissions", "recommissioned",
             "recommissioned", S2),
    ],
    "cancelled": [
        Verb("cancel", "cancel", "cancels", "cancelled", "cancelled", " after one season"),
        Verb("axe", "axe", "axes", "axed", "axed", " after one season"),
        Verb("scrap", "scrap", "scraps", "scrapped", "scrapped", " after one season"),
        Verb("drop", "drop", "drops", "dropped", "dropped", " after one season"),
        Verb("end", "end", "ends", "ended", "ended", " after one season"),
        Verb("pull_the_plug", "pull the plug on", "pulls the plug on", "pulled the plug on",
             "pulled the plug on", " after one season"),
    ],
    "filming_started": [
        Verb("start_filming", "start filming", "starts filming", "started filming",
             "started filming", " in Belfast", False),
        Verb("begin_production", "begin production", "begins production",
             "began production", "begun production", " in Belfast", False),
        Verb("roll_cameras", "roll cameras", "rolls cameras", "rolled cameras",
             "rolled cameras", " in Belfast", False),
        Verb("go_into_production", "go into production", "goes into production",
             "went into production", "gone into production", " in Belfast", False),
        Verb("start_shooting", "start shooting", "starts shooting", "started shooting",
             "started shooting", " in Belfast", False),
    ],
    "filming_wrapped": [
        Verb("wrap", "wrap", "wraps", "wrapped", "wrapped", " filming in Belfast", False),
        Verb("wrap_production", "wrap production", "wraps production", "wrapped production",
             "wrapped production", " in Belfast", False),
        Verb("finish_filming", "finish filming", "finishes filming", "finished filming",
             "finished filming", " in Belfast", False),
        Verb("complete_filming", "complete filming", "completes filming",
             "completed filming", "completed filming", " in Belfast", False),
    ],
    "premiere": [
        Verb("premiere", "premiere", "premieres", "premiered", "premiered", ON_DATE, False),
        Verb("debut", "debut", "debuts", "debuted", "debuted", ON_DATE, False),
        Verb("launch", "launch", "launches", "launched", "launched", ON_DATE, False),
        Verb("return", "return", "returns", "returned", "returned", ON_DATE, False),
        Verb("bow", "bow", "bows", "bowed", "bowed", ON_DATE, False),
    ],
    "episode_count": [
        Verb("order_episodes", "order", "orders", "ordered", "ordered",
             " for ten episodes", True),
    ],
}

NOUNS: dict[str, list[Noun]] = {
    "renewed": [
        Noun("a_renewal", {
            "gave": "{N} gave {T} a second-season renewal.",
            "announced_the": "{N} announced the renewal of {T} for a second season.",
            "possessive": "{T}'s renewal for a second season was confirmed by {N}.",
            "headline": "{T} renewal confirmed",
            "landed": "{T} has landed a second-season renewal at {N}.",
        }),
        Noun("the_pickup", {
            "gave": "{N} gave {T} a second-season pickup.",
            "announced_the": "{N} announced a second-season pickup for {T}.",
            "headline": "{N} confirms {T} pickup",
        }),
        Noun("an_order", {
            "announced_the": "{N} announced a season-two order for {T}.",
            "landed": "{T} has landed a season-two order from {N}.",
            "headline": "Season-two order for {T} at {N}",
        }),
        Noun("returning", {
            "will_return": "{T} will return for a second season on {N}.",
            "is_returning": "{T} is returning for a second season.",
            "coming_back": "{T} is coming back for a second season.",
            "headline": "{T} to return for second season",
        }),
    ],
    "cancelled": [
        Noun("the_axe", {
            "got": "{T} has got the axe at {N} after one season.",
            "announced_the": "{N} announced the cancellation of {T} after one season.",
            "possessive": "{T}'s cancellation was confirmed by {N}.",
            "headline": "{T} cancelled after one season",
            "not_returning": "{T} will not return for a second season, {N} said.",
        }),
    ],
    "filming_started": [
        Noun("production_start", {
            "underway": "Production is underway on {T} in Belfast.",
            "cameras": "Cameras are rolling on {T} in Belfast.",
            "began_on": "Filming began on {T} in Belfast.",
            "headline": "Production begins on {T}",
        }),
    ],
    "filming_wrapped": [
        Noun("the_wrap", {
            "wrapped_on": "Filming has wrapped on {T} in Belfast.",
            "over": "Production is over on {T}.",
            "headline": "Filming wraps on {T}",
            "thats_a_wrap": "It's a wrap on {T}, {N} confirmed.",
        }),
    ],
    "premiere": [
        Noun("the_premiere", {
            "will_premiere": "{T} will premiere on {N} on March 3.",
            "set_date": "{N} has set a March 3 premiere date for {T}.",
            "headline": "{T} sets March 3 premiere",
        }),
    ],
    "episode_count": [
        Noun("episodes", {
            "will_run": "{T} will run for ten episodes.",
            "has_episodes": "The second season of {T} will have ten episodes.",
        }),
    ],
}


@dataclass(frozen=True)
class Cell:
    """One generated sentence: the kind it tells, of which show."""

    kind: str
    entry: str
    form: str
    shape: str
    text: str
    title: str

    @property
    def id(self) -> str:
        return f"{self.kind}-{self.entry}-{self.form}-{self.shape}"

    @property
    def expected(self) -> str:
        """The kind the cell is labelled with: its own, but a headline's undated planned shoot
        ("Salt Road to start filming") is the season's renewal by the labels' convention
        (``kind.planned_shoot_is_renewal``)."""
        if self.kind == "filming_started" and self.form == "to_future":
            return "renewed"
        return self.kind

    @property
    def headline_style(self) -> bool:
        """Is the cell a headline (no full stop): read as the article's headline."""
        return not self.text.endswith(".")

    def article(self) -> tuple[str, str]:
        """(headline, body): a headline cell over the cue, else the cue and the sentence."""
        cue = CUE.format(T=self.title)
        if self.headline_style:
            return self.text, cue
        return "TV news", f"{cue} {self.text}"


def _verb_text(verb: Verb, form: str, title: str) -> str:
    forms = TRANSITIVE_FORMS if verb.transitive else INTRANSITIVE_FORMS
    rest = verb.rest
    template = forms[form]
    if verb.name == "order":
        # "ordered a second season of T": the object after the season phrase.
        template = template.replace("{T}{rest}", "{rest} {T}")
        if form == "passive":
            template = "A second season of {T} has been {pp} by {N}."
    text = template.format(N=NETWORK, T=title, base=verb.base, s=verb.s, past=verb.past,
                           pp=verb.pp, rest=rest).replace("  ", " ")
    return text[0].upper() + text[1:]


def cells() -> Iterator[Cell]:
    """Every cell of the grid, kind by kind."""
    for kind, verbs in VERBS.items():
        for verb in verbs:
            forms = TRANSITIVE_FORMS if verb.transitive else INTRANSITIVE_FORMS
            for form in forms:
                for shape, title in SHAPES.items():
                    yield Cell(kind, verb.name, form, shape, _verb_text(verb, form, title),
                               title)
    for kind, nouns in NOUNS.items():
        for noun in nouns:
            for form, template in noun.forms.items():
                for shape, title in SHAPES.items():
                    text = template.format(N=NETWORK, T=title)
                    yield Cell(kind, noun.name, form, shape, text[0].upper() + text[1:],
                               title)
