"""Things that are not shows (issue 10, round 10): a film, a podcast, a game, a book, an album,
a tour, a stage production, a league's or an award's season, a studio, a character, a
franchise or a season's own subtitle, written in the frames a show takes — quoted, next to
"season", the subject or object of a status verb — must give no fact of their own; the same
frames about a show (controls) keep theirs. Every sentence and name is invented for this
test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from articles import facts_of, normalised_kinds_seasons

from monitor.extract.shows import normalise_title

PUBLISHED = dt.date(2024, 5, 10)

#: The show of the sentences that name one beside the non-show.
SHOW = "Glass Harbor"

#: Status clauses, by what they state.
STATUS = {
    "renewed": "has been renewed for a second season",
    "cancelled": "has been cancelled after two seasons",
    "filming_started": "began filming in Atlanta this week",
    "filming_wrapped": "wrapped filming in Atlanta on Friday",
    "premiere": "premieres on June 14",
}

#: Works that are no TV series: (the word the text calls it, an invented name, the statuses
#: such a work is written with).
WORKS = {
    "film": ("film", "Copper Lantern", ("filming_started", "filming_wrapped", "premiere")),
    "movie": ("movie", "Night Orchard", ("filming_started", "filming_wrapped", "premiere")),
    "documentary": ("documentary film", "Cold Water Rising", ("filming_wrapped", "premiere")),
    "podcast": ("podcast", "Late Tides", ("renewed", "cancelled", "premiere")),
    "video_game": ("video game", "Ember Circuit", ("premiere", "cancelled")),
    "album": ("album", "Blue Static", ("premiere",)),
    "song": ("song", "Paper Moons", ("premiere",)),
    "tour": ("tour", "Silver Lines", ("premiere", "cancelled")),
    "musical": ("musical", "The Brass Garden", ("premiere", "cancelled")),
    "play": ("play", "Winter Orchard", ("premiere",)),
    "audiobook": ("audiobook", "Hollow Sound", ("premiere",)),
    "youtube_channel": ("YouTube channel", "Kitchen Tides", ("renewed", "cancelled")),
}

#: Frames in which a text names a work with its kind: {k} the kind word, {X} the name, {s} a
#: status clause.
WORK_FRAMES = {
    "kind_before_quoted": "The {k} '{X}' {s}.",
    "kind_before": "The new {k} {X} {s}.",
    "appositive_quoted": "'{X},' the new {k} from Maya Lind, {s}.",
    "appositive_network": "{X}, a new Netflix {k} starring Maya Lind, {s}.",
    "appositive_the": "{X}, the {k} from Maya Lind, {s}.",
    "kind_after": "The {X} {k} {s}.",
    "possessive_quoted": "Maya Lind's {k} '{X}' {s}.",
    "parenthesis": "'{X}' (a {k} from Maya Lind) {s}.",
    "predicate_before": "'{X}' is Maya Lind's new {k}, and it {s}.",
}

#: Headlines naming a work with its kind, over a body that says what it is.
WORK_HEADLINES = {
    "headline_kind_after": ("'{X}' {K} Renewed for Season 2", "renewed",
                            "The {k} from Maya Lind will be back next year."),
    "headline_kind_wraps": ("{X} {K} Wraps Filming in Atlanta", "filming_wrapped",
                            "The {k} stars Maya Lind and Tom Reyes."),
    "headline_kind_date": ("'{X}' {K} Sets June 14 Premiere", "premiere",
                           "{X} is a {k} from Maya Lind."),
}


def _work_probes() -> list[Any]:
    probes = []
    for key, (kind, name, statuses) in WORKS.items():
        for frame, text in WORK_FRAMES.items():
            for status in statuses:
                sentence = text.format(k=kind, X=name, s=STATUS[status])
                probes.append(pytest.param("", sentence, name, id=f"{key}-{frame}-{status}"))
        for frame, (head, status, body) in WORK_HEADLINES.items():
            if status in statuses:
                probes.append(pytest.param(
                    head.format(X=name, K=kind.title()), body.format(X=name, k=kind), name,
                    id=f"{key}-{frame}"))
    return probes


#: Other things a text writes with "season", a status verb or quotes: leagues and their
#: seasons, award shows, festivals, programming blocks and apps, studios, characters,
#: franchises, a season's own subtitle, a stage production, a newsletter. By class: (headline,
#: body, the name that is no show)
OTHER_THINGS = {
    # a league's or a sport's season
    "league": [
        ("", "The 2026 Coastal Hockey League season premieres on October 21 on ESPN.",
         "Coastal Hockey League"),
        ("", "The Coastal Hockey League season premieres on October 21 on ESPN.",
         "Coastal Hockey League"),
        ("", "The 2026 NBA season premieres on October 21 on ABC.", "NBA"),
        ("", "The WNBA season premieres on May 16 on ESPN, its thirtieth season.", "WNBA"),
        ("", "The Metro Volleyball League has been renewed on ESPN for a second season.",
         "Metro Volleyball League"),
        ("Metro Volleyball League Season 2 Premieres June 14 on ESPN",
         "The league's second season will stream on ESPN+.", "Metro Volleyball League"),
        ("", "Season 2 of the Metro Volleyball League premieres on June 14 on ESPN.",
         "Metro Volleyball League"),
    ],
    # an award show or a ceremony, a festival
    "award": [
        ("", "The 78th Golden Lantern Awards premiere live on CBS on January 5.",
         "Golden Lantern Awards"),
        ("", "The Golden Lantern Awards ceremony has been renewed by CBS for two more years.",
         "Golden Lantern Awards"),
        ("", "The Riverside Film Festival premieres its lineup on June 14.",
         "Riverside Film Festival"),
        ("", "The 2025 Golden Lantern Awards telecast was cancelled after the strike.",
         "Golden Lantern Awards"),
    ],
    # a video game's season
    "game_season": [
        ("", "Ember Circuit Season 3 launches on June 14 with a new battle pass and map.",
         "Ember Circuit"),
        ("", "Ember Circuit Season 3 premieres on June 14, with a new battle pass for players.",
         "Ember Circuit"),
        ("", "Ember Circuit's third season arrives June 14 on Xbox and PC, the developer said.",
         "Ember Circuit"),
        ("Ember Circuit Season 3 Release Date Set", "Ember Circuit's third season, with a new "
         "battle pass, arrives on Xbox and PC on June 14.", "Ember Circuit"),
        ("'Ember Circuit' Season 3 Delayed", "The battle royale game's third season will now "
         "premiere on June 14, the developer said.", "Ember Circuit"),
    ],
    # the headline's name, which the body's lead calls a work and never names
    "headline_work": [
        ("'Copper Lantern' Wraps Filming in Atlanta", "The film stars Maya Lind and Tom Reyes.",
         "Copper Lantern"),
        ("'Late Tides' Renewed for Season 2", "The podcast from Maya Lind will be back next year.",
         "Late Tides"),
        ("Ember Circuit Cancelled After Two Seasons", "The studio has shut down the online game, "
         "its servers going dark on June 14.", "Ember Circuit"),
    ],
    # a programming block, an app, a channel
    "block": [
        ("", "Netflix's Late Lantern programming block premieres on June 14.", "Late Lantern"),
        ("", "The 'Late Lantern' block has been cancelled after two seasons.", "Late Lantern"),
        ("", "The Harborview streaming app premieres on June 14 with Glass Harbor season 2.",
         "Harborview"),
        ("", "The Kitchen Tides YouTube channel has been renewed for a second season.",
         "Kitchen Tides"),
    ],
    # a studio or a production company the network list does not name
    "studio": [
        ("", "Bright Fork, the studio behind Glass Harbor, began filming the drama's second season "
             "in Atlanta this week.", "Bright Fork"),
        ("", "Bright Fork, the production company behind the drama, has renewed Glass Harbor for "
             "a second season.", "Bright Fork"),
        ("", "The production company Bright Fork began filming Glass Harbor season 2 this week.",
         "Bright Fork"),
        ("", "Glass Harbor, from the studio Bright Fork, has been renewed for a second season.",
         "Bright Fork"),
    ],
    # a character or a person next to "season"
    "character": [
        ("", "Netflix has renewed Glass Harbor for a second season. Star Maya Lind will be back "
             "for season 2.", "Star Maya Lind"),
        ("", "Film star Maya Lind began filming the second season of Glass Harbor this week.",
         "Film"),
        ("", "The character Rook Calloway returns in season 2 of Glass Harbor, which premieres on "
             "June 14.", "Rook Calloway"),
        ("", "'Rook' returns in season 2 of the drama Glass Harbor, which premieres on June 14.",
         "Rook"),
        ("", "Maya Lind's character, Rook Calloway, will be back for season 2 of Glass Harbor, "
             "which premieres on June 14.", "Rook Calloway"),
    ],
    # a franchise or a universe
    "franchise": [
        ("", "The Ironvale franchise returns with the drama Glass Harbor, which premieres on June "
             "14.", "Ironvale"),
        ("", "The Ironvale universe expands as Glass Harbor season 2 premieres on June 14.",
         "Ironvale"),
        ("", "The 'Ironvale' saga has been renewed with a second season of Glass Harbor.",
         "Ironvale"),
    ],
    # a season's own subtitle, an episode's title
    "subtitle": [
        ("", "The finale of the drama Glass Harbor, titled 'Tides of Ash', premieres on June 14.",
         "Tides of Ash"),
        ("", "Glass Harbor season 2, subtitled 'Tides of Ash', premieres on June 14.",
         "Tides of Ash"),
        ("", "The second season of Glass Harbor, titled 'Tides of Ash', premieres on June 14.",
         "Tides of Ash"),
        ("", "Season 2 of the drama Glass Harbor, dubbed 'Tides of Ash', premieres on June 14.",
         "Tides of Ash"),
    ],
    # a stage production
    "stage": [
        ("", "The Broadway production of 'The Brass Garden' premieres on June 14.",
         "The Brass Garden"),
        ("", "The West End revival of The Brass Garden has been cancelled after two months.",
         "The Brass Garden"),
        ("", "The stage show 'The Brass Garden' premieres on June 14 at the Lyric.",
         "The Brass Garden"),
    ],
    # a newsletter, a book the show is based on, a person's podcast
    "source": [
        ("", "Sign up for the 'Screen Time' newsletter: Glass Harbor season 2 premieres on June "
             "14.", "Screen Time"),
        ("", "Glass Harbor, based on the novel 'The Salt Widow' by Jane Holt, has been renewed "
             "for a second season.", "The Salt Widow"),
        ("", "Glass Harbor, based on Jane Holt's novel The Salt Widow, has been renewed for a "
             "second season.", "The Salt Widow"),
        ("", "Netflix has renewed Glass Harbor, its adaptation of the book 'Harbor of Bones', "
             "for a second season.", "Harbor of Bones"),
        ("", "Glass Harbor, adapted from the comic 'Iron Sparrow', has been renewed for a second "
             "season.", "Iron Sparrow"),
        ("", "The third season of Maya Lind's podcast 'Late Tides' premieres on June 14.",
         "Late Tides"),
        ("", "'Copper Lantern' star Maya Lind began filming the second season of Glass Harbor "
             "this week, a year after the film wrapped.", "Copper Lantern"),
        ("", "Film 'Copper Lantern' star Maya Lind began filming the second season of Glass Harbor "
             "this week.", "Copper Lantern"),
    ],
}


def _facts(headline: str, body: str) -> set[tuple[str, str, int | None]]:
    return normalised_kinds_seasons(facts_of(body, headline, PUBLISHED))


def _shows(facts: set[tuple[str, str, int | None]]) -> set[str]:
    return {show for show, _, _ in facts}


def _about(name: str, facts: set[tuple[str, str, int | None]]) -> set[str]:
    """The facts' shows that are the name or hold it ("The Copper Lantern Film")."""
    key = normalise_title(name)
    return {show for show in _shows(facts) if key in show}


#: Probes that still give a fact, each with why (strict: a fix turns the test red until the
#: entry is removed).
KNOWN_GAPS: dict[str, str] = {
    # "source-6" ("'X' star Jane Doe began filming the second season of Y ...") closed in round
    # 11: a name credited to a person ("X star Jane Doe") yields the trigger to the other show
    # of the clause (tests/test_credit_probes_round11.py)
}


def probes() -> list[Any]:
    """Every non-show probe, (headline, body, the name that is no show)."""
    cases = [*_work_probes(), *(pytest.param(h, b, n, id=f"{kind}-{i}")
                                for kind, things in OTHER_THINGS.items()
                                for i, (h, b, n) in enumerate(things))]
    return [pytest.param(*case.values, id=case.id, marks=[pytest.mark.xfail(
        strict=True, reason=KNOWN_GAPS[str(case.id)])] if case.id in KNOWN_GAPS else [])
        for case in cases]


@pytest.mark.parametrize(("headline", "body", "name"), probes())
def test_a_thing_that_is_no_show_gets_no_fact(headline: str, body: str, name: str) -> None:
    facts = _facts(headline, body)
    assert not _about(name, facts), facts


#: The same frames about a show: a kind of show instead of the work's (the facts stay).
SHOW_KINDS = {
    "drama": ("drama", "Glass Harbor"),
    "series": ("series", "Salt Road"),
    "comedy": ("comedy", "The Lamplighters"),
    "docuseries": ("docuseries", "Cold Water Rising"),
    "animated": ("animated series", "Ember Circuit"),
}


def _show_controls() -> list[Any]:
    controls = []
    for key, (kind, name) in SHOW_KINDS.items():
        for frame, text in WORK_FRAMES.items():
            if frame == "kind_after":
                continue  # "the Salt Road series": a description the span builder skips
            for status in ("renewed", "filming_wrapped", "premiere"):
                sentence = text.format(k=kind, X=name, s=STATUS[status])
                controls.append(pytest.param("", sentence, name, status,
                                             id=f"{key}-{frame}-{status}"))
        for frame, (head, status, body) in WORK_HEADLINES.items():
            if frame == "headline_kind_wraps":
                continue  # "X Drama Wraps Filming": the headline's span holds its kind
            controls.append(pytest.param(head.format(X=name, K=kind.title()),
                                         body.format(X=name, k=kind), name, status,
                                         id=f"{key}-{frame}"))
    return controls


#: Shows beside a work, a league, an award or a studio, and shows whose titles hold a work's
#: word: (headline, body, the show, the kind it keeps).
SHOWS_BESIDE = [
    ("", "The drama Glass Harbor, based on the novel by Jane Holt, has been renewed for a second "
         "season.", SHOW, "renewed"),
    ("", "'Glass Harbor', the series based on Jane Holt's novel, has been renewed for a second "
         "season.", SHOW, "renewed"),
    ("", "Netflix has renewed Glass Harbor, based on Jane Holt's novel of the same name, for a "
         "second season.", SHOW, "renewed"),
    ("", "Netflix has renewed Glass Harbor, based on the novel Glass Harbor by Jane Holt, for a "
         "second season.", SHOW, "renewed"),
    ("", "Glass Harbor has been renewed for a second season. The drama is based on the novel "
         "Glass Harbor by Jane Holt.", SHOW, "renewed"),
    ("", "Netflix has renewed Glass Harbor, based on the novel 'The Salt Widow', for a second "
         "season.", SHOW, "renewed"),
    ("", "The drama Glass Harbor, adapted from the podcast Late Tides, has been renewed for a "
         "second season.", SHOW, "renewed"),
    ("", "Glass Harbor, the drama about the making of the film Copper Lantern, has been renewed "
         "for a second season.", SHOW, "renewed"),
    ("", "Late Tides, the series adapted from the podcast of the same name, has been renewed "
         "for a second season.", "Late Tides", "renewed"),
    ("", "Glass Harbor has been renewed for a third season, and the Glass Harbor movie is in "
         "the works.", SHOW, "renewed"),
    ("", "The Golden Lantern Award-winning drama Glass Harbor has been renewed for a second "
         "season.", SHOW, "renewed"),
    ("", "Bright Fork's drama Glass Harbor has been renewed for a second season.", SHOW,
     "renewed"),
    ("", "The comedy The Bowling League has been renewed for a second season.",
     "The Bowling League", "renewed"),
    ("", "The drama The Lantern Game has been renewed for a second season at HBO.",
     "The Lantern Game", "renewed"),
    ("", "Night Tour has been renewed for a second season at HBO.", "Night Tour", "renewed"),
    ("", "Harbor Film Society has been renewed for a second season at HBO.", "Harbor Film Society",
     "renewed"),
    ("", "The docuseries Rink Wives has been renewed for a second season.", "Rink Wives",
     "renewed"),
    ("", "Glass Harbor season 2, subtitled 'Tides of Ash', premieres on June 14.", SHOW,
     "premiere"),
    ("", "The Ironvale franchise returns with the drama Glass Harbor, which premieres on June "
         "14.", SHOW, "premiere"),
    ("", "The character Rook Calloway returns in season 2 of Glass Harbor, which premieres on "
         "June 14.", SHOW, "premiere"),
    ("", "Bright Fork, the studio behind Glass Harbor, began filming the drama's second season "
         "in Atlanta this week.", SHOW, "filming_started"),
    ("'Glass Harbor' Renewed for Season 2", "The drama from Maya Lind will be back next year.",
     SHOW, "renewed"),
    ("Glass Harbor Season 2 Premieres June 14", "The film star Maya Lind will lead the second "
     "season.", SHOW, "premiere"),
    ("Glass Harbor Season 2 Premieres June 14", "The film's star Maya Lind will lead the "
     "second season.", SHOW, "premiere"),
    ("Glass Harbor Season 2 Premieres June 14", "The series, once a film, returns with Maya "
     "Lind.", SHOW, "premiere"),
    ("", "Maya Lind, who starred in the film Copper Lantern, began filming the second season of "
         "Glass Harbor this week.", SHOW, "filming_started"),
    ("", "The comedy Golf Widows has been renewed for a second season.", "Golf Widows",
     "renewed"),
    ("", "Netflix has renewed Puck Wives for a second season.", "Puck Wives", "renewed"),
    ("", "The docuseries Full Court: Inside the WNBA has been renewed for a second season.",
     "Full Court: Inside the WNBA", "renewed"),
    ("", "Netflix has renewed the docuseries Rugby League Lives for a second season.",
     "Rugby League Lives", "renewed"),
    ("", "Season 2 of the show called Glass Harbor premieres on June 14.", SHOW, "premiere"),
    ("", "The new drama, titled 'Glass Harbor', premieres on June 14.", SHOW, "premiere"),
    ("", "Netflix's new series, called Glass Harbor, has been renewed for a second season.", SHOW,
     "renewed"),
    ("", "Creator Jane Doe confirmed that Glass Harbor has been renewed for a second season.",
     SHOW, "renewed"),
    ("", "The drama Glass Harbor was renewed for a second season. The official companion "
         "podcast is Maya Lind's new show.", SHOW, "renewed"),
    ("", "Glass Harbor season 2 premieres on June 14; the game Ember Circuit adds a battle "
         "pass.", SHOW, "premiere"),
    ("", "Glass Harbor season 2, a show for gamers, premieres June 14 on Netflix.", SHOW,
     "premiere"),
    ("", "Cameras are rolling on Glass Harbor season 2, the studio said.", SHOW,
     "filming_started"),
    ("", "The Broadway production of the musical has been cancelled, but Netflix has renewed the "
         "drama Glass Harbor for a second season.", SHOW, "renewed"),
]


def controls() -> list[Any]:
    """Every control, (headline, body, the show, the kind it must keep)."""
    return [*_show_controls(), *(pytest.param(*values, id=f"beside-{i}")
                                 for i, values in enumerate(SHOWS_BESIDE))]


@pytest.mark.parametrize(("headline", "body", "show", "kind"), controls())
def test_the_same_frames_about_a_show_keep_its_fact(headline: str, body: str, show: str,
                                                    kind: str) -> None:
    facts = _facts(headline, body)
    assert (normalise_title(show), kind) in {(s, k) for s, k, _ in facts}, facts


#: A show and a work of the same name: the mention that calls the name a work states the
#: work's news, the show keeps its own.
SAME_NAME = [
    ("Netflix has renewed Glass Harbor for a third season. \"Glass Harbor,\" the new film from "
     "Maya Lind, wrapped filming in Atlanta on Friday.", "renewed", "filming_wrapped"),
    ("Glass Harbor season 3 premieres on June 14. The novel Glass Harbor was cancelled by its "
     "publisher after two books.", "premiere", "cancelled"),
]


@pytest.mark.parametrize(("body", "kept", "dropped"), SAME_NAME)
def test_the_mention_called_a_work_states_the_works_news(body: str, kept: str,
                                                         dropped: str) -> None:
    kinds = {kind for show, kind, _ in _facts("", body) if show == normalise_title(SHOW)}
    assert kept in kinds and dropped not in kinds, kinds
