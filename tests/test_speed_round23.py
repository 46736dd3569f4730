"""Round 23's byte-identical speed pass (issue 14, branch r23speed): title discovery tests a
literal every match of a cue pattern holds before running it, and the decision readers read a
sentence's triggers through ``facts._line_triggers``' memo. Each test reads a gate against its
pattern on sentences of our own and on windows spliced from them, so a pattern edited later
without its gate fails here."""

from __future__ import annotations

import random

from monitor.extract import facts, shows

#: Sentences of our own (invented names, networks and people), every cue shape the gated
#: patterns read and as many they must refuse.
SENTENCES = [
    "Tovrel has renewed Glass Harbor, which was cancelled in 2023, for a third season.",
    "Salt Road (renewed in February) returns on June 5 on Kestrel.",
    "Salt Road ( officially cancelled after one season) will not return.",
    "Quillmarsh, the comedy that has been renewed, films in Leeds.",
    "Night Ferry, a drama from Jane Doe, who also stars, premiered in May.",
    "Night Ferry , which just wrapped its second season, was picked up again.",
    "Copper Vale, which is filming now in Cork, arrives next spring.",
    "Copper Vale didn't earn a second season on Vantor.",
    "Copper Vale has landed a third and final series at Brindle TV.",
    "Iron Bay now joins the likes of Salt Road on the chopping block.",
    "Iron Bay is joining Glass Harbor, which was axed last week.",
    "Iron Bay will join Salt Road in the renewed column.",
    "Renewing Glass Harbor made sense, and Cancelled Night Ferry was a mistake.",
    "Axed Salt Road fans rallied; Axing Quillmarsh was Vantor's choice.",
    "Glass Harbor star Maya Lind said season 2 begins filming in March.",
    "Glass Harbor co-star Teo Brand and creator Ana Fell spoke; showrunner Ri Sol did not.",
    "Glass Harbor alum Kit Moss joins the cast of the series.",
    "Salt Road, the Kestrel drama, was cancelled, and so was Iron Bay.",
    "Quillmarsh was renewed, as was Night Ferry.",
    "Quillmarsh was renewed, and neither was Copper Vale.",
    "Kaveh Brightwater's Salt Road and Maya Okafor’s The Lantern were renewed.",
    "The Jane Doe-led Wexmoor and Copper Vale for 2023-24 are back.",
    "Wexmoor for 2023/2024 and the Kit Moss-fronted Iron Bay both return.",
    "A new drama from Jane Doe has been ordered. Glass Harbor follows two sisters.",
    "Hulu picked up an untitled docuseries about Salt Road.",
    "Netflix renews Glass Harbor; Vantor cancels Quillmarsh (after one season).",
    "Glass Harbor Renewed At Tovrel For Season 3",
    "The first season of Copper Vale, whose finale aired in May, was the last.",
]


def _splices(rng: random.Random, count: int) -> list[str]:
    """Windows cut from the sentences and glued to each other: gates and patterns meet text
    they were not written for (a pronoun at the edge, a bracket, a name run into another)."""
    out = []
    for _ in range(count):
        a, b = rng.choice(SENTENCES), rng.choice(SENTENCES)
        i, j = rng.randrange(len(a) + 1), rng.randrange(len(b) + 1)
        out.append(a[i:] + rng.choice(["", " ", ", ", " (", "'s "]) + b[:j])
    return out


def _texts() -> list[str]:
    rng = random.Random(23)
    return [*SENTENCES, *_splices(rng, 3_000)]


def _afters() -> list[str]:
    """The texts after every position, as discover reads a name's next 60 and 140 characters."""
    return [text[at:at + width] for text in _texts()[:400] for at in range(len(text))
            for width in (60, 140)]


def test_relative_status_gate_is_its_pattern() -> None:
    matched = 0
    for text in _texts():
        for end in range(len(text) + 1):
            expected = shows._RELATIVE_STATUS_AFTER_RE.match(text[end:end + 140]) is not None
            assert shows._relative_status_after(text, end) is expected, (text, end)
            matched += expected
    assert matched > 50  # the sentences do reach the pattern


def test_every_match_holds_the_literal_its_gate_reads() -> None:
    gates = [
        (shows._SUBJECT_OF_SEASON_RE, lambda t: "season" in t or "series" in t),
        (shows._JOINS_AFTER_RE, lambda t: "join" in t),
        (shows._APPOSITIVE_AFTER_RE, lambda t: t[:1] == ","),
        (shows._STAR_AFTER_RE, lambda t: t[1:2] in shows._STAR_AFTER_FIRST),
        (shows._STATUS_HEAD_RE, lambda t: t[:1] in shows._STATUS_HEAD_FIRST),
        (shows._SPAN_OWNER_RE, lambda t: "'" in t or "’" in t),
    ]
    afters = _afters()
    for pattern, gate in gates:
        matched = 0
        for after in afters:
            if pattern.match(after):
                matched += 1
                assert gate(after), (pattern.pattern[:40], after)
        assert matched, pattern.pattern[:40]  # the texts reach every pattern
    for text in _texts():
        for end in range(len(text)):
            before = text[max(0, end - 40):end]
            if shows._ELLIPSIS_BEFORE_RE.search(before):
                assert "," in before, before


def test_run_tokens_gated_by_their_literal() -> None:
    for core in ["Doe-led", "Moss-fronted", "2023-24", "2023/2024", "1999–2000", "Wexmoor",
                 "20", "2023", "-led", "19-20"]:
        if shows._MODIFIER_TOKEN_RE.search(core):
            assert "-" in core
        if shows._SEASON_YEARS_RE.fullmatch(core):
            assert core[:2] in ("19", "20")
    assert shows._MODIFIER_TOKEN_RE.search("Doe-led")
    assert shows._SEASON_YEARS_RE.fullmatch("2023-24")


def test_owner_gate_keeps_the_owner_cut() -> None:
    # an apostrophe-free span is returned as it is; a possessive one is still read
    span = shows.Span(0, 9, "Salt Road")
    assert shows._without_person_owner(span, "Salt Road returns.", {}) is span
    text = "Maya Okafor's The Lantern"
    owned = shows._without_person_owner(shows.Span(0, len(text), text),
                                        f"{text} returns. Maya Okafor wrote it.", {})
    assert owned.text == "The Lantern"


def test_decision_readers_share_the_line_memo() -> None:
    text = "Tovrel has renewed Glass Harbor for a third season."
    facts._line_triggers.cache_clear()
    assert facts._one_decision(text) == "renewed"
    hits = facts._line_triggers.cache_info().hits
    assert [t.kind for t in facts._line_triggers(text)] == ["renewed"]
    assert facts._line_triggers.cache_info().hits == hits + 1  # read once, not twice
    assert facts._owns_status(text)
    assert facts._line_triggers.cache_info().hits == hits + 2
