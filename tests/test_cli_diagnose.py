"""The output of a diagnosis: the JSON contract of `shingi diagnose --format json`; the text for people."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from shingi.cli import main
from shingi.model import Check, Conflict, Diagnosis, NumberCompared, Pack
from shingi.pack.load import load_pack
from shingi.render.json_out import diagnosis_to_dict, diagnosis_to_json
from shingi.render.text import diagnosis_text

CONTRACT_KEYS = {"claim", "rating", "label", "holds", "exaggerated", "checks"}
CHECK_KEYS = {"statement", "result", "evidence"}
RESULTS = {"holds", "partly", "fails", "unknown"}
HEADLINE = "2026年4月、日本のAIは世界の最前線へ一挙に飛躍した"


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack("japan-ai-2026")


def made_up(pack: Pack, lang: str = "en") -> Diagnosis:
    """A diagnosis built by hand on real rows of the bundled pack (independent of the engine)."""
    momentum = Check("s1", "turning_point", "April 2026 was a turning point", "一挙に飛躍", "holds",
                     "3 of 4 pillars active", ["ev-ms-invest-2026-04", "ev-rapidus-support-2026-04"],
                     ["report"], [NumberCompared("robust z 2026-04", 3.5, ">= 3.5", 15.96, "z",
                                                 ("ev-ms-invest-2026-04",), "at_least")], score=15.958)
    parity = Check("s2", "parity", "Japan is on a par with the frontier", "最前線へ", "fails", "far behind",
                   ["obs-jp-pai-2023", "obs-us-pai-2023"], ["aiindex-2024"],
                   [NumberCompared("Private AI investment JP/US", None, "", 0.0101, "x",
                                   ("obs-jp-pai-2023", "obs-us-pai-2023"), "about",
                                   "Japan USD 680 mn (2023) / United States USD 67.22 bn (2023)")],
                   score=float("nan"))
    leap = Check("s1", "leap", "Japan leapt to the frontier", HEADLINE, "partly", "momentum and parity",
                 parts=[momentum, parity])
    return Diagnosis(HEADLINE, pack.id, lang, "half_true", "Half true", "one holds, one fails",  # type: ignore[arg-type]
                     [momentum.statement], [parity.statement], [leap], claim_id="leap",
                     conflicts=[Conflict("ABCI 3.0 start", ("ev-abci3-op-2026-04", "ev-abci3-op-2025-01"),
                                         ("report", "abci3-arxiv"), "2026-04 vs 2025-01")])


# --- JSON --------------------------------------------------------------------------------


def test_json_has_the_contract_fields_then_the_extras(pack: Pack) -> None:
    data = json.loads(diagnosis_to_json(made_up(pack)))
    assert list(data)[:6] == ["claim", "rating", "label", "holds", "exaggerated", "checks"]
    assert {"pack", "lang", "reason", "claim_id", "evidence", "conflicts"} <= set(data)
    assert data["claim"] == HEADLINE  # not \u-escaped: ensure_ascii=False keeps it readable
    assert HEADLINE in diagnosis_to_json(made_up(pack))
    [leap] = data["checks"]
    assert {"statement", "result", "evidence", "id", "kind", "span", "reason", "sources", "numbers",
            "conflicts", "score", "parts"} <= set(leap)
    momentum, parity = leap["parts"]
    assert momentum["numbers"][0] == {
        "label": "robust z 2026-04", "claimed": 3.5, "claimed_text": ">= 3.5", "found": 15.96, "unit": "z",
        "comparator": "at_least", "conversion": None, "evidence": ["ev-ms-invest-2026-04"]}
    assert parity["score"] is None  # NaN is not JSON
    assert parity["numbers"][0]["claimed"] is None
    assert data["conflicts"][0]["sources"] == ["report", "abci3-arxiv"]


def test_json_is_byte_identical_across_calls(pack: Pack) -> None:
    assert diagnosis_to_json(made_up(pack)) == diagnosis_to_json(made_up(pack))
    assert diagnosis_to_dict(made_up(pack)) == json.loads(diagnosis_to_json(made_up(pack)))


# --- text --------------------------------------------------------------------------------


def test_text_names_verdict_split_checks_evidence_and_sources(pack: Pack) -> None:
    text = diagnosis_text(made_up(pack), pack)
    assert "Half true (half_true)" in text
    assert "✓ April 2026 was a turning point" in text and "✗ Japan is on a par with the frontier" in text
    # every evidence id with its date and title, every source with title, publisher and URL
    ev = pack.events["ev-ms-invest-2026-04"]
    assert f"ev-ms-invest-2026-04  2026-04  {ev.title('en')}" in text
    assert "obs-jp-pai-2023  2023  Japan Private AI investment = " in text
    for sid in ("report", "aiindex-2024", "abci3-arxiv"):
        src = pack.sources[sid]
        line = next(li for li in text.splitlines() if li.strip().startswith(f"[{sid}]"))
        assert src.title in line
        if src.publisher:
            assert src.publisher in line
        if src.url:
            assert src.url in line
    assert "Private AI investment JP/US" in text and "67.22 bn" in text  # numbers compared, traced
    assert "2026-04 vs 2025-01" in text  # the conflict


def test_text_in_japanese(pack: Pack) -> None:
    text = diagnosis_text(made_up(pack, "ja"), pack)
    assert "判定：" in text and "成り立つ点" in text and "出典" in text
    assert pack.events["ev-ms-invest-2026-04"].title("ja") in text


def test_text_strips_terminal_control_characters(pack: Pack) -> None:
    d = made_up(pack)
    d.claim = "evil \x1b[2J\x1b]0;title\x07 claim"
    text = diagnosis_text(d, pack)
    assert "\x1b" not in text and "\x07" not in text
    assert "evil" in text and "claim" in text


# --- the CLI -----------------------------------------------------------------------------


def test_cli_diagnose_json_matches_the_contract(pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagnose", "--format", "json", HEADLINE]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert set(data) >= CONTRACT_KEYS
    assert data["claim"] == HEADLINE
    assert data["rating"] in ("true", "mostly_true", "half_true", "mostly_false", "false", "unverifiable")
    assert isinstance(data["label"], str) and data["label"]
    assert all(isinstance(s, str) for s in data["holds"] + data["exaggerated"])
    known = set(pack.events) | set(pack.observations)
    for check in data["checks"]:
        assert set(check) >= CHECK_KEYS
        assert check["result"] in RESULTS
        assert set(check["evidence"]) <= known  # ids of the pack's events and observations


def test_cli_diagnose_defaults_to_the_headline_and_is_deterministic(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagnose", "--format", "json"]) == 0
    first = capsys.readouterr().out
    assert main(["diagnose", "--format", "json"]) == 0
    assert capsys.readouterr().out == first
    assert json.loads(first)["claim"] == HEADLINE


def test_cli_diagnose_text_names_the_sources(pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagnose", "--lang", "en", "Microsoft announced a 1.6 trillion yen investment in Japan "
                 "in April 2026."]) == 0
    out = capsys.readouterr().out
    assert "ev-ms-invest-2026-04" in out
    report = pack.sources["report"]
    assert report.title in out


def test_cli_diagnose_json_in_a_fresh_process_is_identical(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "shingi.cli", "diagnose", "--format", "json", "--lang", "en"]
    a = subprocess.run(cmd, check=True, capture_output=True).stdout
    b = subprocess.run(cmd, check=True, capture_output=True).stdout
    assert a == b
    assert set(json.loads(a)) >= CONTRACT_KEYS


def test_python_dash_m_shingi_runs_the_cli() -> None:
    cmd = [sys.executable, "-m", "shingi", "validate", "japan-ai-2026"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "japan-ai-2026" in done.stdout + done.stderr
