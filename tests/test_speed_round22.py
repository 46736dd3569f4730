"""Round 22's speed pass (r22speed, issue 14): readings that refuse what they cannot match
before the pattern runs, and give exactly what the pattern gives on everything else.

- ``prefilter.caseless_search_test``: a case-blind pattern's ``search(...) is not None`` with
  its end-anchored branches tried only near the end and the others on an ASCII text's lower
  case behind a prefix look-ahead (``lists`` reads its "adds to a decision" gate with it);
- ``sections._plain_heading``: a plain heading's match, a line longer than the widest match
  or with a "." / ";" before any "(" refused first;
- ``sections.heading_of``'s dash lead read only where a dash stands between spaces.
"""

from __future__ import annotations

import random
import re

import pytest

from monitor.extract import lists, prefilter, sections

#: Sentences of our own, in several cases, with the letters case-blind matching pairs with
#: others ("İ", "ı", "ſ", "K") and the endings the end-anchored branches read.
SENTENCES = [
    "Also on the list are Glass Harbor, Salt Road and Nightjar.",
    "ALSO ON the chopping block: Copper Vale and Tin Roof.",
    "The same goes for Quillmarsh and Brindle Yard.",
    "Tovrel's other casualties include Salt Road.",
    "Kestrel Play renewed Glass Harbor and Nightjar, too.",
    "Kestrel Play renewed Glass Harbor and Nightjar too!!\n",
    "Kestrel Play renewed Glass Harbor and Nightjar as  well.",
    "Kestrel Play renewed Glass Harbor and Nightjar AS WELL?!",
    "The tattoo artist stars in Copper Vale.",
    "Brindle Yard was renewed as welll.",
    "So are Tin Roof and Salt Road.",
    "ſo are Tin Roof and Salt Road; the ſame fate.",
    "İncluded: Glass Harbor. Likewiſe Nightjar toO",
    "Ditto for Copper Vale \u212a",
    "Nothing here adds anything to a decision.",
    "“Quillmarsh” — a mystery — returns in May, too…",
    "",
]


def _variants(seed: int, count: int) -> list[str]:
    """Sentences spliced from ``SENTENCES``' words and endings, shuffled."""
    rnd = random.Random(seed)
    words = " ".join(SENTENCES).split()
    endings = ["", " too", " too.", " as well", "\n", " TOO!\n", "—too", " as\twell...\n\n"]
    return [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 9)))
            + rnd.choice(endings) for _ in range(count)]


@pytest.mark.parametrize("text", SENTENCES + _variants(22, 600))
def test_adds_hint_is_the_pattern_search(text: str) -> None:
    assert lists._adds_hint(text) is (lists._ADDS_HINT_RE.search(text) is not None)


@pytest.mark.parametrize("source", [
    r"(?i)\b(?:also|same|fate)\b|\b(?:too|as\s{1,3}well)\W{0,3}$",
    r"(?i)\b(?:includ\w*|joining)\b",
    r"(?i)\b(?:too)\W{0,3}$|\bditto\b",
    r"(?i)[|(]\b(?:so\s(?:are|were))\b|x$",
])
def test_caseless_search_test_on_other_patterns(source: str) -> None:
    pattern = re.compile(source)
    test = prefilter.caseless_search_test(pattern)
    for text in SENTENCES + _variants(7, 500) + ["a|so are", "(so were b", "boxx"]:
        assert test(text) is (pattern.search(text) is not None), text


def test_caseless_search_test_keeps_other_shapes_whole() -> None:
    # no global "(?i)", or an end branch of unbounded width: the pattern's own search
    for source in (r"\bAlso\b|too$", r"(?i)\balso\b|\w+$"):
        pattern = re.compile(source)
        test = prefilter.caseless_search_test(pattern)
        for text in SENTENCES:
            assert test(text) is (pattern.search(text) is not None)


#: Lines of our own: plain headings, dash leads and prose around them.
LINES = [
    "Glass Harbor (Season 2) Premiere",
    "Salt Road Release Date",
    "Copper Vale (Kestrel Play)",
    "Nightjar (Season 3; part 2) Returns",
    "Nightjar (vol. 2) Premieres",
    "“Tin Roof”",
    "Harbor Lights: The Next Tide (Tovrel) - Premiere Date and Time",
    "Tin Roof — The drama was cancelled after two seasons.",
    "• Salt Road - It returns in the spring.",
    "#3. Quillmarsh – After two seasons, it ends.",
    "Glass Harbor. The drama returns in May.",
    "Salt Road; a second season",
    "Quillmarsh—The comedy ends.",
    "Kestrel Play renewed Glass Harbor for a third season, its showrunner said on Monday.",
    "Glass Harbor" + " and Salt Road" * 30,
    "",
]


def _line_variants(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        line = rnd.choice(LINES)
        at = rnd.randint(0, len(line))
        cut = rnd.choice(["", ".", ";", "(", ")", " ", "\n", " - ", " — ",
                          "x" * rnd.randint(0, 300)])
        out.append(line[:at] + cut + line[at:])
    return out


@pytest.mark.parametrize("line", LINES + _line_variants(22, 600))
def test_plain_heading_is_the_pattern_match(line: str) -> None:
    ours = sections._plain_heading(line)
    theirs = sections._PLAIN_HEADING_RE.match(line)
    assert (ours and ours.span()) == (theirs and theirs.span())


@pytest.mark.parametrize("line", LINES + _line_variants(23, 600))
def test_dash_lead_needs_a_spaced_dash_in_its_width(line: str) -> None:
    if sections._DASH_LEAD_RE.match(line):
        assert sections._SPACED_DASH_RE.search(line, 0, sections._DASH_LEAD_WIDTH)


def test_widest_match() -> None:
    assert prefilter.widest_match(re.compile(r"ab{1,3}c?")) == 5
    assert prefilter.widest_match(re.compile(r"a+")) >= 2 ** 16


# Controls: what these readings give today, on both trees.
@pytest.mark.parametrize(("line", "kind", "season"), [
    ("Glass Harbor (Season 2) Premiere", "premiere", 2),
    ("Salt Road Release Date", "premiere", None),
    ("Copper Vale (Kestrel Play)", None, None),
    ("Glass Harbor. The drama returns in May.", None, None),
])
def test_heading_readings_control(line: str, kind: str | None, season: int | None) -> None:
    assert sections.heading_kind(line) == kind
    assert sections.heading_season(line) == season


@pytest.mark.parametrize(("line", "title"), [
    ("Tin Roof — The drama was cancelled after two seasons.", "Tin Roof"),
    ("• Salt Road - It returns in the spring.", "Salt Road"),
    ("Kestrel Play renewed Glass Harbor for a third season.", None),
])
def test_dash_lead_control(line: str, title: str | None) -> None:
    heading = sections.heading_of(line)
    assert (heading.title if heading else None) == title


@pytest.mark.parametrize(("text", "added"), [
    ("Also on the list are Glass Harbor and Salt Road.", True),
    ("Kestrel Play renewed Glass Harbor and Nightjar, too.", True),
    ("Kestrel Play renewed Glass Harbor.", False),
])
def test_adds_hint_control(text: str, added: bool) -> None:
    assert lists.may_add_to_decision(text) is added


#: Lines with glued headings and text around them.
GLUED = [
    "Tin RoofA safe bet after two seasons.",
    "Salt RoadThe drama returns in May.",
    "Glass HarborIt was renewed on Friday.",
    "Copper ValeAn odd choice for a third season.",
    "NightjarThis one ends here.",
    "Tin Roof. A safe bet.",
    "The drama returns in May.",
    "iPhone Apps are not shows.",
    "x" * 70 + "aThe end",
    "",
]


@pytest.mark.parametrize("line", GLUED + [g[:k] + cut + g[k:] for g in GLUED
                                          for k in range(0, len(g), 3)
                                          for cut in ("", "a", "T", "\n", "x" * 50)])
def test_unglue_lead_is_the_substitution(line: str) -> None:
    assert sections.unglue_lead(line) == sections._GLUED_LEAD_RE.sub(
        r"\g<title>: ", line, count=1)
    if sections._GLUED_LEAD_RE.match(line):
        assert sections._GLUE_POINT_RE.search(line, 0, sections._GLUED_LEAD_WIDTH + 1)


#: Text before a name, some ending in a possessive.
BEFORE = ["Tovrel's ", "the drama on Kestrel Play’s ", "Mara Quell's\n", "Mara Quell's \n",
          "it airs on Tovrel's\t", "Tovrel’s", "the hits ", "as Tovrels ", "a s ", "'s ",
          "Brindle TV's  ", ""]


@pytest.mark.parametrize("before", BEFORE + [b + c for b in BEFORE for c in ("s", "'", "\n")])
def test_possessive_needs_its_s_at_the_end(before: str) -> None:
    from monitor.extract import titles

    for tail in (before[-40:], before[-30:]):
        if titles._POSSESSIVE_BEFORE_RE.search(tail):
            assert "s" in tail[-3:-1]


@pytest.mark.parametrize(("line", "unglued"), [
    ("Tin RoofA safe bet after two seasons.", "Tin Roof: A safe bet after two seasons."),
    ("The drama returns in May.", "The drama returns in May."),
])
def test_unglue_lead_control(line: str, unglued: str) -> None:
    assert sections.unglue_lead(line) == unglued
