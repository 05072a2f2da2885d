"""End to end: the bundled pack's headline, every pack's expected ratings, bad input, determinism."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import shingi
from shingi.cli import main
from shingi.model import InputError, Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose, headline_claim
from shingi.render.json_out import diagnosis_to_json
from test_evaluate import build_engine_pack

ROOT = Path(__file__).resolve().parent
HEADLINE = "2026年4月、日本のAIは世界の最前線へ一挙に飛躍した"


@pytest.fixture(scope="module")
def bundled() -> Pack:
    return load_pack("japan-ai-2026")


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return load_pack(build_engine_pack(tmp_path_factory.mktemp("engine")))


# --- the headline --------------------------------------------------------------------------


def test_the_headline_is_half_true_momentum_holds_parity_is_exaggerated(bundled: Pack) -> None:
    assert headline_claim(bundled) == HEADLINE
    d = diagnose(HEADLINE, bundled)
    assert (d.rating, d.label, d.lang) == ("half_true", "半分正しい", "ja")
    momentum, parity = d.checks
    assert (momentum.kind, momentum.result) == ("turning_point", "holds")
    assert (parity.kind, parity.result) == ("parity", "fails")
    assert d.holds == [momentum.statement] and d.exaggerated == [parity.statement]
    assert "2026年4月" in momentum.statement
    # the gap in the parity check: investment ~1/100, GPU share ~1 %, JMLE 70.7 vs 94.3
    assert {"obs-jp-pai-vs-us-2024", "obs-jp-gpu-share", "obs-plamo22prime-jmle", "obs-gpt41-jmle"} <= set(
        parity.evidence
    )
    found = {round(n.found, 4) for n in parity.numbers}
    assert {0.0101, 0.01, 1.0} <= found
    assert any("70.7" in (n.conversion or "") and "94.3" in (n.conversion or "") for n in parity.numbers)


def test_the_headline_in_english(bundled: Pack) -> None:
    d = diagnose("Japan leapt to the frontier of AI in April 2026.", bundled, lang="en")
    assert (d.rating, d.label) == ("half_true", "Half true")
    assert "April 2026" in d.holds[0] and "frontier" in d.exaggerated[0]


def test_the_public_api_and_the_cli_use_the_same_engine(
    bundled: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    assert shingi.diagnose is diagnose
    assert main(["diagnose", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["claim"], data["rating"]) == (HEADLINE, "half_true")


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize("claim", ["", "   ", "\x00\x1b\x07\u200b"])
def test_empty_claims_are_input_errors(engine: Pack, claim: str) -> None:
    with pytest.raises(InputError):
        diagnose(claim, engine)


def test_the_cli_exits_2_on_an_empty_claim(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagnose", "  "]) == 2
    assert "empty" in capsys.readouterr().err


def test_a_100_kb_claim_is_cut_fast_and_says_so(engine: Pack) -> None:
    # The cut is what bounds the work (no wall-clock limit here: timings belong in bench/, and a
    # loaded machine would make one flaky); bench/bench_diagnose.py measures diagnose's speed.
    claim = "HAL-1 scored 70% on the benchmark. " * 3000
    d = diagnose(claim, engine)
    assert d.rating == "true" and len(d.claim) <= 2000
    assert "first" in d.reason and "2,000" in d.reason


def test_control_characters_and_mixed_scripts(engine: Pack) -> None:
    d = diagnose(
        "HAL-1の\x00ベンチマーク\x1bスコアは70%だった and Zeus-5 scored 95% on the benchmark.", engine
    )
    assert "\x00" not in d.claim and "\x1b" not in d.claim
    assert [c.result for c in d.checks] == ["holds", "holds"]


@pytest.mark.parametrize(
    "claim",
    [
        "AIは素晴らしい",
        "Artificial intelligence will change everything.",
        "Samsung plans to build a 2 nm fab in South Korea by 2028.",
        "韓国のカカオは2026年に大規模言語モデルを発表した",
        "!!! ??? ...",
    ],
)
def test_claims_naming_nothing_in_the_pack_are_unverifiable(engine: Pack, claim: str) -> None:
    d = diagnose(claim, engine)
    assert d.rating == "unverifiable"
    assert all(c.result == "unknown" for c in d.checks) and d.reason


def test_an_unknown_language_is_an_input_error(engine: Pack) -> None:
    with pytest.raises(InputError):
        diagnose("HAL-1 scored 70%.", engine, lang="fr")


def test_a_pack_without_claims_has_no_headline(engine: Pack) -> None:
    with pytest.raises(InputError, match="no headline"):
        headline_claim(engine)


# --- determinism ------------------------------------------------------------------------------


def test_the_same_input_gives_the_same_output_byte_for_byte(engine: Pack, tmp_path: Path) -> None:
    claim = (
        "Acme announced a 3 trillion yen investment in Japan in March 2025, "
        "and Acme's compute centre began operating in April 2026."
    )
    first = diagnosis_to_json(diagnose(claim, engine))
    again = load_pack(build_engine_pack(tmp_path / "again"))  # a fresh pack object and index
    assert diagnosis_to_json(diagnose(claim, again)) == first
    assert diagnosis_to_json(diagnose(claim, engine)) == first


def test_checks_cite_sources_and_conflicts_reach_the_diagnosis(engine: Pack) -> None:
    d = diagnose("Acme's compute centre began operating in April 2026.", engine)
    [c] = d.checks
    assert c.sources == ["rep", "paper"] and d.conflicts == c.conflicts
    assert d.evidence_ids == ["e-centre-a", "e-centre-b"]


@pytest.mark.parametrize("claim", ["Japan did AI things in 2026.", "Глобальный рынок 日本 AI مرحبا 2026年"])
def test_a_claim_that_says_nothing_is_unverifiable_on_the_bundled_pack(bundled: Pack, claim: str) -> None:
    # an event of Japan in 2026 with "AI" in its title exists; the claim says nothing about it
    assert diagnose(claim, bundled).rating == "unverifiable"


@pytest.mark.parametrize(
    "claim",
    [
        "Rapidusは2027年度の量産開始を目指している",
        "Microsoft announced a 1.6 trillion yen investment in Japan in April 2026.",
    ],
)
def test_real_short_claims_still_hold_on_the_bundled_pack(bundled: Pack, claim: str) -> None:
    assert diagnose(claim, bundled).rating == "true"


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # a company the pack does not hold, at the start of the sentence, followed by its verb
        ("Vestas plans to build a turbine factory in Japan by 2028.", "unverifiable"),
        ("Nvidia announced a 1 trillion yen investment in Japan in April 2026.", "unverifiable"),
        # names the pack holds are not affected
        ("Microsoft announced a 1.6 trillion yen investment in Japan in April 2026.", "true"),
        ("Rapidus aims to start mass production in FY2027.", "true"),
    ],
)
def test_an_unknown_company_opening_the_sentence_is_not_the_subjects_event(
    bundled: Pack, claim: str, rating: str
) -> None:
    assert diagnose(claim, bundled, lang="en").rating == rating
