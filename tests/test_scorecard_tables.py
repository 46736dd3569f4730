"""Line-shaped tracker documents (issue 10, round 5): scorecards whose titles stand alone
above their text, and tracker tables flattened to "Title Network Status" lines. Every line here
is invented."""

from __future__ import annotations

from articles import Row, facts_of, rows

from monitor.extract.sections import join_bare_leads, table_rows


def _facts(text: str, title: str = "Spring round-up") -> set[Row]:
    return rows(facts_of(text, title))


def test_scorecard_titles_standing_alone_above_their_text() -> None:
    lines = ["Copper Field: Officially renewed.", "Salt Road:", "Officially cancelled",
             "Tin Roof:", "A sure thing. Officially renewed.", "Glass Harbor: Too early."]
    assert join_bare_leads(lines) == [
        "Copper Field: Officially renewed.", "Salt Road: Officially cancelled",
        "Tin Roof: A sure thing. Officially renewed.", "Glass Harbor: Too early."]
    # a lone label over a paragraph is no scorecard entry
    prose = ["The network had a busy week.", "Scheduling:",
             "Quarry Lane and Tin Roof received full-season orders."]
    assert join_bare_leads(prose) == prose
    facts = _facts("\n".join(lines))
    assert {("Salt Road", None, "cancelled"), ("Tin Roof", None, "renewed")} <= facts


def test_tracker_table_rows_give_each_show_its_status() -> None:
    lines = ["Series Network Status", "Glass Harbor Netflix Cancelled",
             "Salt Road ABC Renewed", "Tin Roof The CW Canceled",
             "Netflix renewed Salt Road."]
    rows = table_rows(lines)
    assert [(r.title, r.kind) for r in rows] == [
        ("Glass Harbor", "cancelled"), ("Salt Road", "renewed"), ("Tin Roof", "cancelled")]
    assert table_rows(["Glass Harbor Netflix Cancelled"]) == []  # a row needs its table
    facts = _facts("The network's year in one table:\n" + "\n".join(lines[:4]))
    assert {("Glass Harbor", None, "cancelled"), ("Salt Road", None, "renewed"),
            ("Tin Roof", None, "cancelled")} <= facts


def test_a_scorecard_entry_keeps_the_number_its_title_ends_with() -> None:
    text = ("Copper Field: Officially renewed.\nLucky 7: Officially cancelled\n"
            "Tin Roof: A sure thing. Officially renewed.")
    facts = _facts(text)
    assert ("Lucky 7", None, "cancelled") in facts
    assert not {f for f in facts if f[0] == "Lucky"}
