"""`shingi eval`: reading claims files, counting exact and within-one matches, and its outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pack_builder import write_pack
from shingi.cli import main
from shingi.evaluation import EvalResult, EvalRow, evaluate_claims, load_claims_file, within_one
from shingi.model import RATING_ORDER, RATINGS, InputError
from shingi.pack.load import load_pack

# --- within one step -----------------------------------------------------------------------


@pytest.mark.parametrize(("expected", "rating", "near"), [
    ("true", "true", True),
    ("true", "mostly_true", True),
    ("true", "half_true", False),
    ("half_true", "mostly_false", True),
    ("half_true", "mostly_true", True),
    ("mostly_false", "false", True),
    ("false", "true", False),
    ("unverifiable", "unverifiable", True),
    ("unverifiable", "false", False),  # unverifiable lies outside the order
    ("false", "unverifiable", False),
    ("true", "unverifiable", False),
])
def test_within_one(expected: str, rating: str, near: bool) -> None:
    assert within_one(expected, rating) is near


def test_within_one_is_symmetric_and_exact_implies_within_one() -> None:
    for a in RATINGS:
        assert within_one(a, a)
        for b in RATINGS:
            assert within_one(a, b) == within_one(b, a)
    assert sum(within_one("half_true", b) for b in RATING_ORDER) == 3


# --- counting ------------------------------------------------------------------------------


def result_of(*rows: tuple[str, str | None, str]) -> EvalResult:
    return EvalResult("p", [EvalRow(i, f"claim {i}", e, r, (f"[s1] fails: why {i}",)) for i, e, r in rows])


def test_counts_exact_within_one_and_leaves_out_claims_without_expected() -> None:
    result = result_of(("a", "true", "true"), ("b", "true", "mostly_true"), ("c", "half_true", "false"),
                       ("d", "unverifiable", "unverifiable"), ("e", "unverifiable", "mostly_false"),
                       ("f", None, "true"))
    assert (result.total, result.exact, result.within_one) == (5, 2, 3)
    assert result.accuracy == 0.4
    data = json.loads(result.to_json_text())
    assert {"total", "exact", "within_one", "results"} <= set(data)
    assert (data["total"], data["exact"], data["within_one"]) == (5, 2, 3)
    assert data["results"][0] == {"id": "a", "expected": "true", "rating": "true"}
    assert data["results"][-1] == {"id": "f", "expected": None, "rating": "true"}  # listed, not counted
    assert data["unrated"] == 1
    assert data["confusion"]["true"]["mostly_true"] == 1
    assert sum(sum(row.values()) for row in data["confusion"].values()) == 5


def test_text_shows_the_confusion_table_and_every_miss() -> None:
    result = result_of(("a", "true", "true"), ("b", "true", "mostly_true"), ("c", "half_true", "false"))
    text = result.to_text()
    assert "exact 1/3" in text and "within one step 2/3" in text
    assert "expected \\ got" in text
    assert "- b: expected true, got mostly_true (within one)" in text
    assert "- c: expected half_true, got false (off)" in text
    assert "claim c" in text and "why c" in text  # the claim and the checks' reasons
    assert "- a:" not in text  # exact matches are not misses


def test_empty_result() -> None:
    result = EvalResult("p")
    assert (result.total, result.exact, result.within_one, result.accuracy) == (0, 0, 0, None)
    assert json.loads(result.to_json_text())["results"] == []
    assert "misses: none" in result.to_text()


# --- claims files --------------------------------------------------------------------------


def test_claims_file_reads_bare_booleans_as_ratings(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text('- id: a\n  text: "A is true"\n  expected: true\n'
                    '- id: b\n  text: "B"\n  expected: false\n'
                    '- id: 3\n  text: "C"\n  expected: half_true\n  note: why\n'
                    '- id: d\n  text: "D, no rating"\n', encoding="utf-8")
    claims = load_claims_file(path)
    assert [(c.id, c.expected) for c in claims] == [("a", "true"), ("b", "false"), ("3", "half_true"),
                                                    ("d", None)]
    assert claims[2].note == "why"
    assert claims[0].row == 1 and claims[1].row == 4


def test_claims_file_accepts_a_claims_key(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("claims:\n  - {id: a, text: A}\n", encoding="utf-8")
    assert [c.id for c in load_claims_file(path)] == ["a"]


def test_bad_claims_file_lists_every_problem_with_file_and_row(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text('- id: a\n  text: "A"\n  expected: maybe\n'
                    '- id: a\n  text: "again"\n'
                    '- text: "no id"\n'
                    '- id: e\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_claims_file(path)
    message = str(info.value)
    assert f"{path}:1:expected: unknown rating 'maybe'" in message
    assert f"{path}:4:id: duplicate claim id 'a' (first on line 1)" in message
    assert f"{path}:6:id: 'id' is required" in message
    assert f"{path}:7:text: 'text' is required" in message


@pytest.mark.parametrize(("text", "what"), [
    ("- id: a\n  text: [unclosed\n", "invalid YAML"),
    ("just a string\n", "expected a list of claims"),
    ("[]\n", "no claims"),
])
def test_unreadable_claims_files(tmp_path: Path, text: str, what: str) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=what):
        load_claims_file(path)


def test_missing_claims_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such claims file"):
        load_claims_file(tmp_path / "nope.yaml")


def test_duplicate_ids_in_a_claims_file(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("- {id: a, text: A}\n- {id: a, text: B}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"c.yaml:2:id: duplicate claim id 'a' \(first on line 1\)"):
        load_claims_file(path)


# --- end to end ----------------------------------------------------------------------------


def test_evaluate_claims_diagnoses_every_claim_in_order() -> None:
    pack = load_pack("japan-ai-2026")
    claims = list(pack.claims.values())
    result = evaluate_claims(pack, claims)
    assert [r.id for r in result.results] == [c.id for c in claims]
    assert result.total == sum(c.expected is not None for c in claims)
    assert all(r.rating in RATINGS for r in result.results)
    assert result.exact <= result.within_one <= result.total


def test_cli_eval_json_follows_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_pack(tmp_path / "pack")
    claims = tmp_path / "mine.yaml"
    claims.write_text('- id: x\n  text: "Acme invested 1.6 trillion yen in April 2026."\n  expected: true\n'
                      '- id: y\n  text: "Acme invested 1.6 trillion yen in April 2026."\n', encoding="utf-8")
    assert main(["eval", str(folder), "--format", "json", "--claims", str(claims)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1
    assert [r["id"] for r in data["results"]] == ["x", "y"]
    assert set(data["results"][0]) == {"id", "expected", "rating"}
    assert data["exact"] <= data["within_one"] <= 1


def test_cli_eval_bad_claims_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_pack(tmp_path / "pack")
    claims = tmp_path / "bad.yaml"
    claims.write_text("- id: x\n  expected: true\n", encoding="utf-8")
    assert main(["eval", str(folder), "--claims", str(claims)]) == 2
    assert "bad.yaml:1:text: 'text' is required" in capsys.readouterr().err


def test_progress_goes_to_stderr_only(capsys: pytest.CaptureFixture[str]) -> None:
    pack = load_pack("japan-ai-2026")
    claims = list(pack.claims.values())[:5]
    result = evaluate_claims(pack, claims, lang="en", progress=True)
    assert len(result.results) == 5
    assert capsys.readouterr().out == ""


def test_cli_eval_text_lists_misses_with_their_claims(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    claims = tmp_path / "c.yaml"
    # an expected rating the evidence cannot give: the pack dates the plan to December 2025
    claims.write_text('- id: wrong\n  text: "AI基本計画は2025年12月に閣議決定された"\n  expected: false\n',
                      encoding="utf-8")
    assert main(["eval", "japan-ai-2026", "--claims", str(claims)]) == 0
    out = capsys.readouterr().out
    assert "exact 0/1" in out
    assert "- wrong: expected false, got " in out
    assert "AI基本計画は2025年12月に閣議決定された" in out
