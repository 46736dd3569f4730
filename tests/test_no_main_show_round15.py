"""Articles with no main show: trade pieces, slates and round-ups (issue 10, round 15).

In an article about one show, the article vouches for the names its sentences give events to;
in a piece about several shows and the business around them, a capitalised run beside a
decision verb becomes a show on little evidence. Two shapes of such pieces are built here:

- a deal, a contract, a merger, a bid, talks or a partnership renewed or called off (as the
  verb's object, "Kestrel Play cancelled its bid for Iron Gate", or its subject, "The merger
  with Iron Gate was called off"): business, not a show's season, whichever name stands
  beside it (``drop.dealing_decided``);
- a premiere calendar whose item opens on its kind ("Docuseries Copper Valley (HBO)", "NEW
  Winter Garden (Peacock)"): the label is no word of the title, as a sentence's "Docuseries
  Copper Valley premieres ..." is cut already (``listings._title_of``).

Each grid article fails on the start (0fb7b17); the controls (real shows of the same pieces
with their cues, a show's own order or plans called off, a two-word title after a kind word,
a network named by a kind word) pass on both. Every page, sentence and title here is invented
for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract.facts import extract_facts
from monitor.models import Article

PUBLISHED = dt.date(2031, 5, 20)

#: Three shows with their own cues, so that each piece is a round-up with no main show.
_SLATE = ("Netflix renewed Paper Moons for a third season. Hulu cancelled Orchard Lane after two "
          "seasons. Kestrel Play renewed Glass Harbor for a fifth season.")
_SLATE_FACTS = {("Paper Moons", 3, "renewed"), ("Orchard Lane", 2, "cancelled"),
                ("Glass Harbor", 5, "renewed")}


def _facts(headline: str, text: str) -> set[tuple[str, int | None, str]]:
    article = Article("https://news.example/trade/story", headline, text, PUBLISHED)
    return {(f.show, f.season, f.kind) for f in extract_facts(article)}


def _shows(headline: str, text: str) -> set[str]:
    return {show for show, _, _ in _facts(headline, text)}


# --- a dealing renewed or called off (each fails on the start) ------------------------------

_DEALINGS = {
    "a bid called off by its bidder": (
        "Deals roundup: a busy week for the streamers",
        f"{_SLATE} Blue Fern Capital cancelled its bid for the network on Monday.",
        "Blue Fern Capital"),
    "a contract called off, the company its subject": (
        "Industry notes",
        f"{_SLATE} Silver Arrow cancelled the contract on Tuesday.", "Silver Arrow"),
    "a deal with a company called off by a streamer": (
        "Trade notes: deals and slates",
        f"{_SLATE} Netflix cancelled its deal with Iron Gate in April.", "Iron Gate"),
    "a merger, the passive subject": (
        "The week in television business",
        f"{_SLATE} The merger with Iron Gate was cancelled on Friday.", "Iron Gate"),
    "a partnership between two parties": (
        "The week in television business",
        f"{_SLATE} The partnership between Iron Gate and the network was cancelled.",
        "Iron Gate"),
    "a deal scrapped, no determiner's article": (
        "Deals roundup",
        f"{_SLATE} A deal with Iron Gate was scrapped in March.", "Iron Gate"),
    "a lawsuit dropped": (
        "Legal notes from the studios",
        f"{_SLATE} The lawsuit against Marble Works was cancelled after a settlement.",
        "Marble Works"),
    "an acquisition called off": (
        "Media business roundup",
        f"{_SLATE} Kestrel Play cancelled the acquisition of Harbor Digital on Friday.",
        "Harbor Digital"),
}
#: Renewed dealings main already read as no show's (the name after them has no cue of its
#: own): regressions, passing on both.
_DEALINGS_ALREADY = {
    "a sponsorship renewed": (
        "Ad market notes",
        f"{_SLATE} Kestrel Play renewed its sponsorship of Granite Bowl for two years.",
        "Granite Bowl"),
    "an overall deal renewed, two words before it": (
        "Deals roundup",
        f"{_SLATE} Hulu renewed its two-year overall deal with Lantern House.",
        "Lantern House"),
}


@pytest.mark.parametrize("name", sorted(_DEALINGS) + sorted(_DEALINGS_ALREADY))
def test_a_dealing_decided_is_no_show_event(name: str) -> None:
    headline, text, party = {**_DEALINGS, **_DEALINGS_ALREADY}[name]
    facts = _facts(headline, text)
    assert party not in {show for show, _, _ in facts}
    assert _SLATE_FACTS <= facts  # the round-up's shows keep their facts


# --- controls: a show's own decision beside the same words (pass on both) --------------------

_OWN_DECISIONS = {
    "a show cancelled after its deal is named": (
        "Trade notes",
        f"{_SLATE} Kestrel Play cancelled Copper Valley after the deal with its studio ended.",
        ("Copper Valley", None, "cancelled")),
    "a show cancelled, the deal a cause after it": (
        "Trade notes",
        f"{_SLATE} Copper Valley was cancelled because the licensing deal expired.",
        ("Copper Valley", None, "cancelled")),
    "a show renewed by a network with a deal elsewhere": (
        "Trade notes",
        f"{_SLATE} Kestrel Play renewed Copper Valley for a second season, and Iron Gate "
        "signed a deal with the studio.", ("Copper Valley", 2, "renewed")),
    "plans for a show's season scrapped": (
        "Trade notes",
        f"{_SLATE} Hulu scrapped plans for a second season of Winter Garden.",
        ("Winter Garden", None, "cancelled")),
}


@pytest.mark.parametrize("name", sorted(_OWN_DECISIONS))
def test_a_shows_own_decision_beside_business_words_stays(name: str) -> None:
    headline, text, (show, season, kind) = _OWN_DECISIONS[name]
    facts = _facts(headline, text)
    assert any(s == show and k == kind and (season is None or n == season)
               for s, n, k in facts), facts


# --- a calendar item opening on its kind (each fails on the start) ---------------------------

_CALENDAR = (
    "Monday, June 2\n"
    "Returning: Salt Road season 2 (Hulu)\n"
    "Tuesday, June 3\n"
    "Docuseries Copper Valley (HBO)\n"
    "Anime Blue Meridian (Crunchyroll)\n"
    "Thursday, June 5\n"
    "NEW Winter Garden (Peacock)\n"
    "Friday, June 6\n"
    "K-drama Iron Gate (Netflix)\n"
    "Sitcom Paper Moons Forever (FX)\n"
)
_CALENDAR_HEADLINE = "TV premiere calendar: what's new this week"


@pytest.mark.parametrize("title,season", [
    ("Copper Valley", None), ("Blue Meridian", None), ("Winter Garden", 1), ("Iron Gate", None),
    ("Paper Moons Forever", None),
])
def test_a_calendar_items_kind_is_no_word_of_its_title(title: str, season: int | None) -> None:
    facts = _facts(_CALENDAR_HEADLINE, _CALENDAR)
    assert (title, season, "premiere") in facts, facts
    assert not any(show.endswith(title) and show != title for show in _shows(
        _CALENDAR_HEADLINE, _CALENDAR))


_CALENDAR_CONTROLS = (
    "Monday, June 2\n"
    "Drama Queens (Bravo)\n"
    "Tuesday, June 3\n"
    "Comedy Central Roast Night (Comedy Central)\n"
    "Salt Road season 2 (Hulu)\n"
)


@pytest.mark.parametrize("title", ["Drama Queens", "Salt Road"])
def test_a_calendar_title_that_opens_on_a_kind_word_stays_whole(title: str) -> None:
    assert title in _shows(_CALENDAR_HEADLINE, _CALENDAR_CONTROLS)


def test_a_kind_word_in_a_sentence_was_cut_already() -> None:
    text = ("Docuseries Copper Valley premieres June 3 on HBO. Anime Blue Meridian returns "
            "June 4 on Crunchyroll.")
    assert {"Copper Valley", "Blue Meridian"} <= _shows("Premieres this week", text)
