"""Bounded, finite input (issue 13): a small YAML file cannot take the machine, every number and
year a pack holds is finite and in range, and validate reports problems instead of raising."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from pack_builder import EVENTS, METRICS, OBSERVATIONS, PACK_YAML, with_rows, write_pack
from shingi.cli import main
from shingi.evaluation import evaluate_claims
from shingi.model import Claim
from shingi.pack.load import check_pack, load_pack

# "billion laughs": nine levels of nine aliases each would be 9**9 (387 million) strings
LAUGHS = "- id: c0\n  text: hi\n  note: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"- id: c{i + 1}\n  text: hi\n  note: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n"
    for i in range(9))


def errors(folder: Path) -> list[str]:
    _, problems = check_pack(folder)
    return [str(p) for p in problems if p.severity == "error"]


def test_alias_expansion_is_refused_on_its_line(tmp_path: Path) -> None:
    start = time.monotonic()
    found = errors(write_pack(tmp_path / "p", claims_yaml=LAUGHS))
    assert time.monotonic() - start < 5
    assert any(e.startswith("claims.yaml:") and "aliases expand to more than" in e for e in found), found
    # a few aliases, as people write them, are fine
    small = "- id: c1\n  text: hi\n  note: &n shared\n- id: c2\n  text: there\n  note: *n\n"
    assert not [e for e in errors(write_pack(tmp_path / "q", claims_yaml=small)) if "claims.yaml" in e]


def test_deep_nesting_is_refused_not_a_recursion_error(tmp_path: Path) -> None:
    deep = "- id: c1\n  text: hi\n  note: " + "[" * 3000 + "]" * 3000 + "\n"
    found = errors(write_pack(tmp_path / "p", claims_yaml=deep))
    assert "claims.yaml:3:-: YAML refused: nested deeper than 64 levels" in found


def test_a_huge_yaml_file_is_refused_by_size(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p")
    with (folder / "narrative.yaml").open("w", encoding="utf-8") as f:
        f.write("texts:\n  - section: x\n    text: '")
        f.write("a" * (17 * 1024 * 1024))
        f.write("'\n")
    assert any(e.startswith("narrative.yaml:0:-: file too large") for e in errors(folder))


@pytest.mark.parametrize(("cell", "message"), [
    ("1e400", "'1e400': not a finite number: inf"),
    ("9" * 400, "not a finite number"),
    ("2e30", "number out of range"),
])
def test_amounts_must_be_finite_and_in_range(tmp_path: Path, cell: str, message: str) -> None:
    row = ["e9", "2026-04", "", "acme", "", "", "T", cell, "JPY", "s1", "", ""]
    found = errors(write_pack(tmp_path / "p", events_csv=with_rows(EVENTS, row)))
    assert any(e.startswith("events.csv:4:amount:") and message in e for e in found), found


@pytest.mark.parametrize("cell", ["1e400", "9" * 400, "1" * 40 + " bn"])
def test_observation_values_must_be_finite_and_in_range(tmp_path: Path, cell: str) -> None:
    row = ["o9", "JP", "invest", "2025", cell, "USD", "s2", ""]
    found = errors(write_pack(tmp_path / "p", observations_csv=with_rows(OBSERVATIONS, row)))
    assert any(e.startswith("observations.csv:5:value:") and ("out of range" in e or "not a finite" in e)
               for e in found), found


@pytest.mark.parametrize("cell", ["9" * 40, "9" * 400, "9" * 5000, "1/" + "9" * 400])
def test_a_rank_of_40_digits_is_refused_on_its_cell_not_an_overflow(tmp_path: Path, cell: str) -> None:
    metrics = with_rows(METRICS, ["rk", "順位", "rank", "rank", "", "false", "rank"])
    row = ["o9", "JP", "rk", "2025", cell, "", "s2", ""]
    folder = write_pack(tmp_path / "p", metrics_csv=metrics, observations_csv=with_rows(OBSERVATIONS, row))
    found = errors(folder)
    assert any(e.startswith("observations.csv:5:value:") and "is not a place: number out of range" in e
               for e in found), found
    assert not any("internal error" in e or "int_max_str_digits" in e for e in found), found


@pytest.mark.parametrize("claim", [
    f"Japan's private investment was ${'1' * 40} in 2024",
    f"日本の民間投資は2024年に米国の{'9' * 400}倍だった",
    f"In 2024 Japan's private investment was {'1' * 40} times the US's",
])
def test_a_claim_figure_out_of_range_is_bad_input_named(tmp_path: Path, claim: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A run of 40 digits in a claim is refused with the figure named (exit 2), never compared as
    an infinity (a math domain error before); `shingi eval` records it as that claim's error."""
    folder = write_pack(tmp_path / "p")
    assert main(["diagnose", "--pack", str(folder), claim, "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert "the claim's figure '" in err and "cannot be checked:" in err and "Traceback" not in err
    assert "out of range" in err or "not a finite number" in err
    result = evaluate_claims(load_pack(folder), [Claim("c9", claim, "false")])
    assert result.results[0].rating == "unverifiable"
    assert "cannot be checked" in result.results[0].reasons[0]


@pytest.mark.parametrize("claim", [
    f"2024年の日本の停電は{'9' * 400}日だった。",
    f"2024年の日本の停電は{'1' * 40}時間だった。",
])
def test_a_length_of_time_out_of_range_is_bad_input_named(tmp_path: Path, claim: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """「<400 nines>日」 where the pack measures days (a length of time, parse ``_LENGTH_JA``) is the
    same bad input, never an internal error nor a comparison with an infinity."""
    metrics = with_rows(METRICS,
                        ["out_days", "停電の日数", "Outage days", "days", "停電日数", "false", "count"],
                        ["out_hours", "停電の時間数", "Outage hours", "hours", "停電時間", "false", "count"])
    folder = write_pack(tmp_path / "p", metrics_csv=metrics)
    for lang in ("ja", "en"):
        assert main(["diagnose", "--pack", str(folder), claim, "--lang", lang, "--format", "json"]) == 2
        err = capsys.readouterr().err
        assert "the claim's figure '" in err and "cannot be checked:" in err and "internal error" not in err


@pytest.mark.parametrize("date", ["9999-12", "0999", "3000-01-01"])
def test_years_must_be_1000_to_2999(tmp_path: Path, date: str) -> None:
    row = ["e9", date, "", "acme", "", "", "T", "", "", "s1", "", ""]
    found = errors(write_pack(tmp_path / "p", events_csv=with_rows(EVENTS, row)))
    assert any(e.startswith("events.csv:4:date:") and "out of range (1000-2999)" in e for e in found), found


@pytest.mark.parametrize(("fx", "message"), [
    ("{2025: .nan}", "rate must be a positive, finite number"),
    ("{2025: .inf}", "rate must be a positive, finite number"),
    ("{2025: -3}", "rate must be a positive, finite number"),
    ("{1.0e+400: 150.0}", "is not a year and a rate"),
    ("{99999: 150.0}", "is not a year (1000-2999)"),
])
def test_fx_rates_positive_finite_and_years_sane(tmp_path: Path, fx: str, message: str) -> None:
    pack_yaml = PACK_YAML.replace("JPY: {2025: 150.0, 2026: 150.0}", f"JPY: {fx}")
    found = errors(write_pack(tmp_path / "p", pack_yaml=pack_yaml))
    assert any(e.startswith("pack.yaml:") and message in e for e in found), found


def test_empty_pack_yaml_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_pack(tmp_path / "p", pack_yaml="")
    assert main(["validate", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "pack.yaml:1:-: pack.yaml is empty: it needs at least 'id' and 'title'" in err
    assert "0 error(s)" not in err


def test_folders_and_fifos_are_refused_by_name(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p")
    (folder / "events.csv").unlink()
    (folder / "events.csv").mkdir()
    (folder / "claims.yaml").unlink()
    os.mkfifo(folder / "claims.yaml")  # reading it would block forever
    found = errors(folder)
    assert "events.csv:0:-: events.csv is a folder, not a file" in found
    assert "claims.yaml:0:-: claims.yaml is a FIFO, not a file" in found


def test_a_csv_syntax_error_does_not_hide_later_problems(tmp_path: Path) -> None:
    text = with_rows(EVENTS, ["e8", "2026-04", "", "acme", "", "", "T", "", "", "s1", "", ""],
                     ["e9", "2026-04", "", "nobody", "", "", "T", "", "", "s1", "", ""])
    text = text.replace("e8,2026-04,,acme,,,T,", 'e8,2026-04,,acme,,,"x"y,')
    found = errors(write_pack(tmp_path / "p", events_csv=text))
    assert any(e.startswith("events.csv:4:-: malformed CSV") for e in found), found
    assert "events.csv:5:actors: unknown entity 'nobody'" in found


def test_validate_never_raises_on_any_of_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack_yaml = PACK_YAML.replace("JPY: {2025: 150.0, 2026: 150.0}", "JPY: {1.0e+400: .nan}")
    row = ["e9", "9999-12", "", "acme", "", "", "T", "1e400", "JPY", "s1", "", ""]
    folder = write_pack(tmp_path / "p", pack_yaml=pack_yaml, claims_yaml=LAUGHS,
                        events_csv=with_rows(EVENTS, row))
    assert main(["validate", str(folder)]) == 2
    assert "Traceback" not in capsys.readouterr().err
