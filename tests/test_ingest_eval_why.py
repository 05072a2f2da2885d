"""bench/ingest_eval.py --why: each missed gold fact and each wrong drafted row is counted under the
first test it failed (value, unit, period, owner; for events date, actor), on a small synthetic gold
and draft (the tool is not run here)."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

SCORER = Path(__file__).resolve().parent.parent / "bench" / "ingest_eval.py"
DOC = "ja-release.txt"


def _scorer() -> ModuleType:
    if "ingest_eval" not in sys.modules:
        spec = importlib.util.spec_from_file_location("ingest_eval", SCORER)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["ingest_eval"] = module
        spec.loader.exec_module(module)
    return sys.modules["ingest_eval"]


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def _draft(folder: Path) -> None:
    _write(folder / "entities.csv", ["id", "name_ja", "name_en", "aliases", "fiscal_year"], [
        ["e-japan", "日本", "Japan", "", ""],
        ["e-osaka", "大阪府", "Osaka", "", ""],
        ["e-jta", "観光庁", "Japan Tourism Agency", "", ""],
    ])
    obs = ["entity", "metric", "period", "value", "unit", "doc", "quote"]
    _write(folder / "observations.csv", obs, [
        ["e-japan", "m-stays", "2019-03", "46870000", "count", DOC, "QUOTE-MATCH"],
        ["e-japan", "m-stays-yoy", "2019", "9.8", "%", DOC, "QUOTE-YEAR"],          # period around
        ["e-japan", "m-share", "2019-02", "17.9", "%", DOC, "QUOTE-MONTH-BEFORE"],  # period before
        ["e-osaka", "m-tokyo-yoy", "2019-03", "12.4", "%", DOC, "QUOTE-OWNER"],     # owner
        ["e-japan", "m-stays-jp", "2019-03", "200", "JPY", DOC, "QUOTE-UNIT"],      # unit
        ["e-japan", "m-other", "2019-03", "42", "%", DOC, "QUOTE-NOVALUE"],          # no gold value
    ])
    _write(folder / "events.csv", ["date", "actors", "kind", "title_ja", "amount", "unit", "doc", "quote"], [
        ["2019-04-30", "e-japan", "announcement", "発表", "", "", DOC, "QUOTE-EVENT"],  # actor
    ])


GOLD: dict[str, list[dict[str, Any]]] = {DOC: [
    {"kind": "figure", "owner": ["日本"], "value": 4.687e7, "unit": "count",
     "period": ["2019-03"], "what": "a"},
    # the same fact twice: one drafted row can match only one of them
    {"kind": "figure", "owner": ["日本"], "value": 4.687e7, "unit": "count",
     "period": ["2019-03"], "what": "b"},
    {"kind": "figure", "owner": ["日本"], "value": 9.8, "unit": "%", "period": ["2019-03"], "what": "c"},
    {"kind": "figure", "owner": ["日本"], "value": 17.9, "unit": "%", "period": ["2019-03"], "what": "d"},
    {"kind": "figure", "owner": ["東京都"], "value": 12.4, "unit": "%", "period": ["2019-03"], "what": "e"},
    {"kind": "figure", "owner": ["日本"], "value": 200, "unit": "count", "period": ["2019-03"], "what": "f"},
    {"kind": "figure", "owner": ["日本"], "value": 7.0, "unit": "%", "period": ["2019-03"], "what": "g"},
    {"kind": "event", "actors": ["観光庁"], "date": ["2019-04-30"], "what": "h"},
    {"kind": "event", "actors": ["観光庁"], "date": ["2019-05-31"], "what": "i"},
]}


def _scores(tmp_path: Path) -> list[Any]:
    ev = _scorer()
    _draft(tmp_path)
    return ev.score_documents(GOLD, ev.draft_rows(tmp_path))


def test_each_missed_gold_fact_is_counted_under_the_first_test_it_failed(tmp_path: Path) -> None:
    (score,) = _scores(tmp_path)
    assert score.matched_gold == 1
    assert score.missed_why == [
        "figure: all agree, row taken by another gold fact (one to one)",
        "figure: value and unit, other period: around",
        "figure: value and unit, other period: before",
        "figure: value, unit and period, other owner",
        "figure: value, other unit",
        "figure: no drafted figure with that value",
        "event: event in that date, other actor",
        "event: no drafted event in that date",
    ]


def test_each_wrong_row_is_counted_against_the_nearest_gold_fact(tmp_path: Path) -> None:
    (score,) = _scores(tmp_path)
    assert score.rows == 7 and score.correct_rows == 1
    assert sorted(score.wrong_why) == sorted([
        "figure: value and unit, other period than the gold's: around",
        "figure: value and unit, other period than the gold's: before",
        "figure: value, unit and period, other owner than the gold's",
        "figure: value, other unit than the gold's",
        "figure: no gold fact with that value",
        "event: event in a gold event's date, other actor",
    ])


def test_the_why_table_holds_counts_and_no_drafted_text(tmp_path: Path) -> None:
    table = "\n".join(_scorer().why_table(_scores(tmp_path)))
    assert "| **gold facts missed** | 8 | 0 | **8** |" in table
    assert "| **drafted rows that match nothing** | 6 | 0 | **6** |" in table
    assert "| figure: value, other unit | 1 | 0 | 1 |" in table
    assert "QUOTE" not in table and "m-" not in table and "e-japan" not in table


def test_a_gold_figure_with_no_unit_takes_index_points_never_percentage_points() -> None:
    unit_ok = _scorer()._unit_ok  # docs/ingest.md "Points": a DI's points are no percentage points
    assert unit_ok(None, "pt") and unit_ok(None, "index") and unit_ok(None, None)
    assert not unit_ok(None, "pp") and not unit_ok(None, "%")
