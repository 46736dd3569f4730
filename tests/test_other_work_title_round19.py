"""A title that names another medium's work is no show — round 19 (issue 10, r19kinds).

"Harrow Lane: The Official Podcast returns for a second season on June 4" gave the podcast a
premiere, "Harrow Lane: The Musical returns ..." the musical one: the other-works list vetoed
a name after a cue ("the film X") but not a name whose own last words say what it is. Rule
``title.veto.other_work_title``: a title ending in "Podcast" or "Aftershow", or in a subtitle
after a colon that names a work's kind (": The Musical", ": The Official Game", ": The
Tour"), is no show, quoted or not. Controls: a subtitle naming no medium, titles that merely
end in a word of a medium without the colon, the show itself beside its podcast. Every
sentence and show is invented.
"""

from __future__ import annotations

import pytest
from articles import facts_of

SHOWS = ["Harrow Lane", "The Quiet Orchard", "Glass Harbor"]
WORKS = ["{t}: The Official Podcast", "{t}: The Podcast", "The {t} Podcast", "{t} Podcast",
         "{t} Aftershow", "The {t} After Show", "{t}: The Musical", "{t}: The Game",
         "{t}: The Official Game", "{t}: The Tour", "{t}: The Live Tour", "{t}: The Album",
         "{t}: The Stage Play"]
VERBS = ["returns for a second season on June 4.", "has been renewed for a second season.",
         "gets a second season on June 4.", "has been cancelled after two seasons."]


def _shows(body: str) -> set[str]:
    return {f.show for f in facts_of(body)}


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("work", WORKS)
@pytest.mark.parametrize("verb", VERBS, ids=["returns", "renewed", "gets", "cancelled"])
@pytest.mark.parametrize("quoted", [False, True], ids=["plain", "quoted"])
def test_another_mediums_work_is_no_show(work: str, verb: str, show: str, quoted: bool) -> None:
    name = work.format(t=show.removeprefix("The ") if work.startswith("The ") else show)
    written = f"\u201c{name}\u201d" if quoted else name
    assert name not in _shows(f"{written} {verb}")


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("work", ["{t}: The Official Podcast", "{t}: The Musical"])
def test_the_show_beside_its_work_keeps_its_own_fact(work: str, show: str) -> None:
    body = (f"Kestrel renewed {show} for a third season. {work.format(t=show)} returns for a "
            "second season on June 4.")
    facts = {(f.show, f.season, f.kind) for f in facts_of(body)}
    assert facts == {(show, 3, "renewed")}


# --- controls: these give today what they gave before ---------------------------------------


@pytest.mark.parametrize("title", ["Harrow Lane: Origins", "Glass Harbor: Tides",
                                   "Ember Game", "The Quiet Tour", "Glass Harbor Live"])
def test_titles_that_name_no_medium_stay(title: str) -> None:
    facts = {(f.show, f.season, f.kind)
             for f in facts_of(f"\u201c{title}\u201d has been renewed for a second season.")}
    assert facts == {(title, 2, "renewed")}
