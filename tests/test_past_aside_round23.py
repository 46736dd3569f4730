"""A show's own status verb after a long aside (round 23, r23cands): ``title.keep.past_aside``
and ``title.evidence.season_past_aside``.

A name, then an aside longer than the relative-clause reading takes (a relative clause with
commas or 80+ characters, an appositive, a credit, a parenthesis, paired dashes), then the
name's own status verb: the name was never a title candidate (no cue reached past the aside),
or it was and its fact was dropped as unevidenced (the season phrase lay past the window).
The grid: three title sets (one word, two, four), seven asides, five statuses, three leads.
Controls: a person's aside, a name a preposition governs, a decider's active verb, a role, a
film, a network's unnamed drama, a company's projects, a short aside — as today.
"""

from __future__ import annotations

import itertools

import pytest
from articles import facts_of, make_article, normalised_rows, rows

from monitor.extract import rules
from monitor.extract.explain import explain
from monitor.extract.shows import normalise_title

TITLES = ("Marrowby", "Copper Vale", "The Brass Lantern Society")
ASIDES = {
    "relative": ", which stars Jane Doe as one of two sisters who run a failing copper mine in "
                "a small town,",
    "relative_commas": ", which stars Jane Doe, Tom Reyes and Ada Quill as three siblings who "
                       "inherit a mine,",
    "appositive": ", the drama starring Jane Doe that follows two sisters who run a failing "
                  "copper mine in a small town,",
    "parenthesis": " (the drama starring Jane Doe that follows two sisters who run a failing "
                   "copper mine in a small town)",
    "parenthesis_relative": " (which stars Jane Doe as one of two sisters who run a failing "
                            "copper mine in a small town)",
    "dashes": " — the drama starring Jane Doe that follows two sisters who run a failing copper "
              "mine in a small town —",
    "credit": ", created by Jane Doe and Tom Reyes and based on the best-selling novel by Ada "
              "Quill about a mining town,",
}
STATUSES = {
    "renewed": (" has been renewed for a third season.", (3, "renewed")),
    "return": (" will return for a third season, the network said.", (3, "renewed")),
    "cancelled": (" has been cancelled after two seasons.", (2, "cancelled")),
    "premiere": (" returns for its third season on June 4.", (3, "premiere")),
    "filming": (" has started filming its third season.", (3, "filming_started")),
}
LEADS = {"plain": "", "adverb": "Meanwhile, ", "network_owner": "The network's "}


def _sentence(lead: str, title: str, aside: str, status: str) -> str:
    text = f"{lead}{title}{aside}{status}"
    return text[0].upper() + text[1:]


def _wanted(title: str, want: tuple[int, str], status: str) -> set[tuple[str, int, str]]:
    season, kind = want
    # "will return for a third season" is read as the renewal or the season's return
    kinds = {kind, "premiere"} if status == "return" else {kind}
    return {(normalise_title(title), season, k) for k in kinds}


CELLS = [pytest.param(lead, title, aside, status, id=f"{ln}-{title.split()[-1]}-{an}-{status}")
         for (ln, lead), title, (an, aside), status in itertools.product(
             LEADS.items(), TITLES, ASIDES.items(), STATUSES)]


@pytest.mark.parametrize(("lead", "title", "aside", "status"), CELLS)
def test_status_after_a_long_aside_is_the_names(lead: str, title: str, aside: str,
                                                status: str) -> None:
    ending, want = STATUSES[status]
    found = normalised_rows(facts_of(_sentence(lead, title, aside, ending)))
    assert found & _wanted(title, want, status), found


@pytest.mark.parametrize("status", STATUSES)
def test_in_a_paragraph_after_another_show(status: str) -> None:
    ending, want = STATUSES[status]
    body = ("Kestrel has renewed Salt Road for a fifth season. "
            + _sentence("", "Copper Vale", ASIDES["relative"], ending))
    found = normalised_rows(facts_of(body, "Kestrel's spring decisions"))
    assert found & _wanted("Copper Vale", want, status), found
    assert ("salt road", 5, "renewed") in found


@pytest.mark.xfail(strict=True, reason="an owner no list knows, glued to the title's front "
                   "('Kestrel's Copper Vale'), stays the title's when the article writes the "
                   "title once (title.span.owner_possessive needs it written alone too)")
@pytest.mark.parametrize("aside", ["relative", "parenthesis"])
def test_unknown_owner_before_the_aside(aside: str) -> None:
    ending, want = STATUSES["renewed"]
    found = normalised_rows(facts_of(_sentence("Kestrel's ", "Copper Vale", ASIDES[aside],
                                               ending)))
    assert ("copper vale", 3, "renewed") in found, found


#: Sentences that must give what they gave before round 23.
CONTROLS = {
    "person_who": ("Jane Doe, who plays one of two sisters in the mining drama Copper Vale, "
                   "will return for the third season.", {("Copper Vale", 3, "renewed")}),
    "person_star_of": ("Jane Doe, the star of the mining drama Copper Vale and its spinoff, "
                       "will return for the third season.", {("Copper Vale", 3, "renewed")}),
    "governed_by_of": ("A spinoff of Copper Vale, the drama starring Jane Doe that follows two "
                       "sisters who run a failing copper mine, has been ordered by Kestrel.",
                       set()),
    "decider_active": ("Kestrel, which also airs Salt Road and Nightjar in eleven countries "
                       "across Europe and Asia, has renewed Copper Vale for a second season.",
                       {("Copper Vale", 2, "renewed")}),
    "role_after": ("Tom Reyes (whose other credits include the dramas Nightjar and Salt Road in "
                   "two countries) will return as showrunner.", set()),
    "short_aside": ("Copper Vale, which debuted in 2022, has been renewed for a third season.",
                    {("Copper Vale", 1, "premiere"), ("Copper Vale", 3, "renewed")}),
    "film": ("The Long Night, the film starring Jane Doe that follows two sisters who run a "
             "failing copper mine, opens in theaters on June 4.", set()),
    "network_unnamed_drama": ("Kestrel's new drama, which stars Jane Doe as one of two sisters "
                              "who run a failing copper mine in a small town, has been renewed "
                              "for a third season.", set()),
    "time_then_clause": ("In May, the network's upfront presentation, which lists the dramas it "
                         "keeps and the ones it drops, has been cancelled.", set()),
    "decider_whose_pronoun": ("Kestrel, whose Copper Vale was the most-watched drama of the "
                              "year in eleven countries, has renewed it for a second season.",
                              set()),
    "person_whose_character": ("Jane Doe, whose character died at the end of the second "
                               "season of the mining drama Copper Vale, will return for the "
                               "third season.", {("Copper Vale", 3, "renewed")}),
    "company_appositive": ("Kestrel, the streamer behind Copper Vale and a dozen other dramas "
                           "about mining towns, will return for a second year.", set()),
    "show_whose_season": ("Marrowby, whose second season drew the network's biggest audience "
                          "in years and two awards, has been renewed for a third season.",
                          {("Marrowby", 3, "renewed")}),
    "novel": ("Jane Doe's novel The Salt Road, which follows two sisters who run a failing "
              "copper mine in a small town, has been adapted for Kestrel.", set()),
}


@pytest.mark.parametrize("name", CONTROLS)
def test_controls_give_what_they_gave(name: str) -> None:
    text, expected = CONTROLS[name]
    assert rows(facts_of(text)) == expected


def test_explain_names_both_rules() -> None:
    body = ("Marrowby, which stars Jane Doe and Tom Reyes as two sisters who run a failing "
            "copper mine in a small town, has been renewed for a third season.")
    _, text = explain(make_article(body))
    assert rules.check("title.keep.past_aside") in text
    assert rules.check("title.evidence.season_past_aside") in text
