"""An owner's possessive spelt once (round 24, code health): the list items, the title spans
and the list gaps that read an owner's name before what it owns ("Kestrel's \\"Salt Road\\"",
"Tobin Reyes' Copper Vale") build it from ``showwords.owner_possessive`` and
``showwords.POSSESSIVE``, each keeping its anchors; the guard fails where a module spells the
possessive's two forms by hand again. The patterns read what they read before (the facts are
the same: ``bench/facts_compare.py``). Round 25 (r25health) widened the guard to a bare "'s"
spelt by hand: the patterns that stand are listed with why (``BARE_ALLOWED``), a new one fails.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from monitor.extract import facts, listings, patterns, shows
from monitor.extract.showwords import POSSESSIVE, owner_possessive

_EXTRACT = Path(patterns.__file__).parent

#: The possessive's two forms as one alternation, spelt by hand: "'s" or an "s" then the
#: apostrophe ("['’]s|s['’]", "['’]s|(?<=s)['’]", either order).
_HAND_SPELT_RE = re.compile(r"\['’\]s\|(?:\(\?<=s\)|s)\['’\]|(?:\(\?<=s\)|s)\['’\]\|\['’\]s")


def _modules() -> list[str]:
    return sorted(p.name for p in _EXTRACT.glob("*.py") if p.name != "showwords.py")


@pytest.mark.parametrize("module", _modules())
def test_no_module_spells_the_owner_possessive_by_hand(module: str) -> None:
    source = (_EXTRACT / module).read_text(encoding="utf-8")
    assert _HAND_SPELT_RE.findall(source) == []


#: A bare "'s" spelt by hand (round 25): ``['’]s`` not after a letter (a literal word's "it's",
#: "year's" is no owner) and not one of the two forms above.
_BARE_RE = re.compile(r"(?<![A-Za-z])\['’\]s(?!\|(?:\(\?<=s\)|s)\['’\])")

#: Why a bare "'s" stays where it stands (round 25: r25health read each).
AFTER = ("read right after a name found elsewhere (the pattern starts at the mention's end or "
         "reads a determiner or the name's possessive): the owner is that name, nothing to spell")
OWNER_S = ("an owner of any case ('the network's') or a capitalised one, with the 's form alone, "
           "as measured: POSSESSIVE's s' would also read a plural's ('the networks' new "
           "dramas') or a title's closing quote; a change of facts, not of spelling")
LOOSE = ("any apostrophe after a word, its s optional ('['’]s?'): looser than POSSESSIVE, "
         "measured so")
NOT_OWNER = ("no owner read: a look-around refusing a possessive ('it's', 'the drama's'), or a "
             "day's, a number's, a work's or a role's 's")
#: Every pattern of ``monitor/extract`` (``module.NAME``) that spells a bare "'s", and why. A new
#: pattern reading an owner's possessive builds it from ``showwords.owner_possessive`` or
#: ``POSSESSIVE``; one that must read "'s" alone comes here with its reason.
BARE_ALLOWED: dict[str, str] = {
    "deciders._SHOW_AFTER_RE": AFTER,
    "eventdates.APPOSED_ORDINAL_RE": OWNER_S,
    "eventdates.SEASON_REFERENCE_OPEN": AFTER,
    "evidence._PART_AFTER_RE": AFTER,
    "evidence._JOINT_AFTER_RE": AFTER,
    "evidence.before": AFTER,
    "evidence.after": AFTER,
    "facts._SEASON_AFTER_GAP_RE": AFTER,
    "facts._DESCRIPTION_APPOSITION_AFTER_RE": AFTER,
    "facts._RUN_LENGTH_RE": AFTER,
    "facts._SEASON_COUNT_RE": AFTER,
    "facts._RUN_TOLD_AS_COUNT_RE": AFTER,
    "facts._NEW_PREDICATE": OWNER_S,
    "facts._NEW_APPOSED_RE": OWNER_S,
    "facts._NEW_REFERENCE_RE": OWNER_S,
    "facts._NEW_OWNER": OWNER_S,
    "facts._NAMED_SUBJECT_AFTER_RE": AFTER,
    "facts._REFERRED_OPEN_RE": AFTER,
    "facts._REFERRED_OBJECT_RE": NOT_OWNER,
    "lists._PLURAL_OBJECT_AFTER_RE": OWNER_S,
    "lists._PLURAL_SUBJECT_BEFORE_RE": OWNER_S,
    "lists._LIST_STANDS_FOR_RE": OWNER_S,
    "lists._INCLUDE_LEAD_RE": OWNER_S,
    "patterns._SCHEDULE_PLACEMENT": LOOSE,
    "patterns._ARRIVAL_WITH_TIME": OWNER_S,
    "patterns.RUN_BEGUN_SUBJECT_RE": NOT_OWNER,
    "patterns._CUT_IN_OTHER_WORDS": AFTER,
    "patterns.FAMILY_TRIGGERS": OWNER_S,
    "patterns.TRIGGER_EXCLUDE": OWNER_S,
    "patterns.SEASON_DETAIL_INSIDE_RE": NOT_OWNER,
    "patterns.RETURN_ELSEWHERE_RE": OWNER_S,
    "patterns.SEASON_SUBJECT_START_RE": NOT_OWNER,
    "patterns.TOPIC_AFTER_RE": AFTER,
    "patterns.LATER_PART_RE": AFTER,
    "patterns.ONLY_SEASON_RE": AFTER,
    "patterns.AIRED_AFTER_RE": AFTER,
    "patterns.SEASON_RUN_AFTER_RE": AFTER,
    "patterns.SEASON_AIRED_AFTER_RE": AFTER,
    "patterns.DESCRIBED_REFERENCE_RE": NOT_OWNER,
    "patterns.OTHER_WORK_AFTER_RE": AFTER,
    "patterns.CREDIT_AFTER_RE": AFTER,
    "patterns.REFERENCE_SUBJECT_RE": NOT_OWNER,
    "patterns.DEALING_OBJECT_RE": NOT_OWNER,
    "patterns.DECIDING_VERB_OBJECT_RE": NOT_OWNER,
    "patterns._AIRING_TIME": NOT_OWNER,
    "patterns.CANCELLED_AS_DESCRIPTION_BEFORE_RE": AFTER,
    "patterns.COUNTED_AMONG_DECISIONS_RE": LOOSE,
    "patterns.MEDIUM_SUBJECT_RE": OWNER_S,
    "patterns._OTHER_SHOW_SUBJECT": OWNER_S,
    "patterns.OTHER_SHOW_APPOSED_SUBJECT_RE": OWNER_S,
    "patterns.OTHER_SHOW_OBJECT_RE": OWNER_S,
    "patterns.GAPPED_COUNT_RE": AFTER,
    "patterns.GAPPED_PAIR_RE": AFTER,
    "rules._QUALIFIER_GAP_RE": AFTER,
    "rules._OWNER_BEFORE_TITLE_RE": AFTER,
    "rules.PRODUCTION_SUBJECT_RE": NOT_OWNER,
    "rules._RENEWAL_DETERMINER": OWNER_S,
    # round 24 (r24seasons): "the network's new drama"; "Tobin Reyes' new drama" is not read
    "rules._CALLED_NEW_AFTER_NAME_RE": OWNER_S,
    "rules._RUN_TOLD_AFTER_RE": AFTER,
    # round 36 (r36seasons): "to its third season's success" is no season told as the end
    "patterns.MORE_SEASONS_END_RE": NOT_OWNER,
    # (round 37: "there's going to be another series", a contraction, no owner)
    "patterns._ANOTHER_RUN_TOLD": NOT_OWNER,
    # round 36 (r36refs): "Lisbon is Kestrel's comedy" (a capitalised owner before the genre
    # noun); "the drama" never "the drama's creator"
    "facts._GENRE_AFTER_RE": OWNER_S,
    "rules._GENRE_REFERENCE_RE": NOT_OWNER,
    "rules._HEADLINE_DESCRIPTION_RE": NOT_OWNER,
    "shows._AFTER_ORDINAL_SERIES_RE": AFTER,
    "shows._AFTER_SEASON_RE": AFTER,
    "shows._BEFORE_SEASON_RE": OWNER_S,
    "shows._TRIGGER_AFTER_RE": AFTER,
    # any apostrophe after the span, "s" or not: built from POSSESSIVE it would read
    # '\'Salt Road\' “Copper Vale”' (a title closed by a single quote before another) otherwise
    "shows._NOT_A_TITLE_AFTER_RE": AFTER,
    "shows.LIST_GAP_RE": OWNER_S,
    "shows._DISCOVERY_LIST_RE": OWNER_S,
    "shows._SUBJECT_AFTER_RE": AFTER,
    "shows._OWN_NUMBER_AFTER_RE": NOT_OWNER,
    "shows._GLUED_OWNER_RE": OWNER_S,
    "shows._REFERRING_SUBJECT_RE": AFTER,
    "shows._ACTOR_AFTER_RE": AFTER,
    "shows._SUBJECT_VERB_AFTER_RE": AFTER,
    "shows._SEASON_SUBJECT_GAP_RE": AFTER,
    "shows._POSSESSIVE_NEXT_RE": AFTER,
    "titles._PLACED_NETWORK_SHAPES": AFTER,
    "titles.ROLE_SHAPES": AFTER,
    "titles._POSSESSIVE_BEFORE_RE": OWNER_S,
    "titles._GAME_SEASON_AFTER_RE": AFTER,
    "titles._WORK_REFERENCE_OPENER": NOT_OWNER,
}


def _bare_spellings() -> dict[str, int]:
    """``module.NAME`` -> how many bare "'s" the strings assigned to NAME spell (every
    assignment of a module, at its top or in a function; adjacent literals are one string)."""
    found: dict[str, int] = {}
    for module in _modules():
        tree = ast.parse((_EXTRACT / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                target = node.targets[0]
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target = node.target
            else:
                continue
            name = target.id if isinstance(target, ast.Name) else ast.unparse(target)
            count = sum(len(_BARE_RE.findall(sub.value)) for sub in ast.walk(node.value)
                        if isinstance(sub, ast.Constant) and isinstance(sub.value, str))
            if count:
                key = f"{module.removesuffix('.py')}.{name}"
                found[key] = found.get(key, 0) + count
    return found


def test_no_new_pattern_spells_a_bare_possessive() -> None:
    """A pattern that spells "'s" by hand is on the allow-list with its reason; a new one
    builds the owner's possessive from ``showwords`` (or is added with why it must not)."""
    assert sorted(set(_bare_spellings()) - set(BARE_ALLOWED)) == []


def test_the_allow_list_names_no_pattern_that_is_gone() -> None:
    assert sorted(set(BARE_ALLOWED) - set(_bare_spellings())) == []


def test_the_bare_guard_finds_what_it_should() -> None:
    assert _BARE_RE.search(r"""r"[\w.-]{1,25}['’]s\s" """)
    assert _BARE_RE.search(r"""r"^(?:['’]s?)?\s+" """)
    assert not _BARE_RE.search(r"""r"\bit['’]s\b" """)
    assert not _BARE_RE.search(r"""r"[A-Z]\w*(?:['’]s|(?<=s)['’])\s" """)


def test_the_guard_finds_both_hand_spellings() -> None:
    assert _HAND_SPELT_RE.search(r"""r"[A-Z]\w*(?:['’]s|s['’])\s" """)
    assert _HAND_SPELT_RE.search(r"""r"[A-Z]\w*(?:['’]s|(?<=s)['’])\s" """)
    assert not _HAND_SPELT_RE.search(r"""r"\w['’]s?\s" """)


@pytest.mark.parametrize("pattern", [
    listings._OWNER_BEFORE_QUOTE_RE, shows._OWNER_OF_QUOTED_RE, facts._OWNED_ITEM_GAP_RE,
    shows.LIST_GAP_RE, shows._SPAN_OWNER_RE])
def test_the_five_read_the_one_possessive(pattern: re.Pattern[str]) -> None:
    assert POSSESSIVE in pattern.pattern


OWNERS = ("Kestrel's", "Tobin Reyes'", "Tobin Reyes’s", "Mara Quell’s", "Vantor TV's",
          "Dana Lee Holt's")
NOT_OWNERS = ("Kestrel", "Tobin Reyes", "kestrel's", "Dana' ", "the network's")


@pytest.mark.parametrize("owner", OWNERS)
def test_an_owner_and_its_possessive(owner: str) -> None:
    assert re.fullmatch(owner_possessive(), owner)


@pytest.mark.parametrize("text", NOT_OWNERS)
def test_no_owner_without_a_capital_and_a_possessive(text: str) -> None:
    assert not re.fullmatch(owner_possessive(), text)


def test_the_name_in_group_one_keeps_its_s() -> None:
    found = re.match(owner_possessive(capture=True), "Tobin Reyes' Copper Vale")
    assert found is not None and found.group(1) == "Tobin Reyes"


@pytest.mark.parametrize(("text", "owner"), [
    ("Tobin Reyes' Copper Vale", "Tobin Reyes"),
    ("Mara Quell's Salt Road", "Mara Quell"),
])
def test_a_span_owner(text: str, owner: str) -> None:
    found = shows._SPAN_OWNER_RE.match(text)
    assert found is not None and found.group(1) == owner


@pytest.mark.parametrize("gap", [
    ', Tobin Reyes\' "', ", and Mara Quell's “", ", Vantor's \""])
def test_an_owner_between_two_list_items(gap: str) -> None:
    assert facts._OWNED_ITEM_GAP_RE.match(gap + "Copper Vale")


def test_a_list_gap_with_the_next_items_owner() -> None:
    assert shows.LIST_GAP_RE.match(', Tobin Reyes\' "')
    assert shows.LIST_GAP_RE.match(", and Dana Holt's ")
    assert not shows.LIST_GAP_RE.match(", which Dana Holt's ")
