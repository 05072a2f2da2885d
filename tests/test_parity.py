"""Parity with the frontier (docs/parity.md) and the leap's two checks, on small packs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pack_builder import ENTITIES, METRICS, OBSERVATIONS, csv_text, write_pack
from shingi.model import Pack
from shingi.normalize.periods import parse_period
from shingi.pack.load import load_pack
from shingi.pipeline.parity import check_leap, check_parity, classify_metric, conversion_note, gap_measures

MODEL_ENTITIES = [
    *ENTITIES,
    ["CN", "country", "中国", "China", "", ""],
    ["pfn", "company", "プリファード", "Preferred Networks", "PFN", "JP"],
    ["plamo", "model", "PLaMo", "PLaMo 2.2 Prime", "", "pfn"],  # company -> country: two hops
    ["jpsmall", "model", "小型モデル", "Small JP model", "", "JP"],
    ["gpt41", "model", "GPT-4.1", "GPT-4.1", "", "US"],
    ["gpt4", "model", "GPT-4", "GPT-4", "", "US"],
    ["qwen", "model", "Qwen", "Qwen", "", "CN"],
]

PACK_US_CN = """\
id: parity
title: {en: Parity}
language: en
subject: JP
frontier: [US, CN]
pillars:
  - {id: policy, name: {en: Policy}}
fx:
  JPY: {2024: 150.0, 2025: 150.0}
"""


def make_pack(folder: Path, metrics: list[list[str]], observations: list[list[str]],
              pack_yaml: str = PACK_US_CN) -> Pack:
    return load_pack(write_pack(folder, pack_yaml=pack_yaml, entities_csv=csv_text(MODEL_ENTITIES),
                                metrics_csv=csv_text([METRICS[0], *metrics]),
                                observations_csv=csv_text([OBSERVATIONS[0], *observations]),
                                events_csv=None, claims_yaml=None))


INVEST = ["invest", "民間投資", "private investment", "USD", "投資額", "true", "amount"]
SCORE = ["exam", "試験スコア", "exam score", "%", "", "true", "score"]
GPU_SHARE = ["gpu_share", "GPUの世界シェア", "world GPU share", "%", "", "true", "share"]
RATIO = ["invest_vs_us", "民間投資の対米比", "private investment relative to the US", "x", "", "true",
         "ratio"]
TOP500 = ["systems", "TOP500掲載数", "TOP500 systems", "count", "", "true", "count"]
POPULATION = ["population", "人口", "population", "count", "", "true", "count"]


def obs(oid: str, entity: str, metric: str, period: str, value: str, unit: str = "") -> list[str]:
    return [oid, entity, metric, period, value, unit, "s2", ""]


# --- classification ----------------------------------------------------------------------


@pytest.mark.parametrize(("row", "expected"), [
    (INVEST, "money"),
    (SCORE, "score"),
    # words in the name ("GPU", "TOP500", "peak", "budget") play no part: kind and unit decide
    (GPU_SHARE, "other"),
    (RATIO, "other"),
    (TOP500, "other"),
    (["flops", "ピーク性能", "peak", "EFLOPS", "", "true", "amount"], "other"),
    (["budget_jpy", "予算", "budget", "JPY", "", "true", "amount"], "money"),
    (["money", "金額", "money", "EUR", "", "", "amount"], "money"),
    (POPULATION, "other"),  # a declared direction makes it a measure of standing
    (["people", "人口", "population", "count", "", "", "count"], None),
    (["approach", "規制方式", "approach", "", "", "", "category"], None),
])
def test_metrics_are_classed_by_kind_and_unit_never_by_name(tmp_path: Path, row: list[str],
                                                           expected: str) -> None:
    pack = make_pack(tmp_path, [row], [])
    assert classify_metric(pack.metrics[row[0]], pack) == expected


def test_a_metrics_pillar_is_its_class(tmp_path: Path) -> None:
    header = [*METRICS[0], "pillar"]
    folder = write_pack(tmp_path, pack_yaml=PACK_US_CN, entities_csv=csv_text(MODEL_ENTITIES),
                        metrics_csv=csv_text([header, [*GPU_SHARE, "policy"], [*INVEST, ""]]),
                        observations_csv=csv_text([OBSERVATIONS[0]]), events_csv=None, claims_yaml=None)
    pack = load_pack(folder)
    assert classify_metric(pack.metrics["gpu_share"], pack) == "policy"
    assert classify_metric(pack.metrics["invest"], pack) == "money"


def test_metric_observed_only_on_models_is_a_score(tmp_path: Path) -> None:
    row = ["tokens", "トークン", "context window", "count", "", "true", "count"]
    pack = make_pack(tmp_path, [row], [obs("o1", "plamo", "tokens", "2025", "32000")])
    assert classify_metric(pack.metrics["tokens"], pack) == "score"


# --- measures ----------------------------------------------------------------------------


def test_country_level_amounts_compare_in_the_latest_common_period(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, [INVEST], [
        obs("jp23", "JP", "invest", "2023", "0.68 bn", "USD"),
        obs("us23", "US", "invest", "2023", "67.22 bn", "USD"),
        obs("cn23", "CN", "invest", "2023", "7.76 bn", "USD"),
        obs("us24", "US", "invest", "2024", "109.1 bn", "USD"),  # no JP value for 2024
    ])
    [m] = gap_measures(pack, "JP", ("US", "CN"))
    assert (m.metric, m.measure_class, m.basis) == ("invest", "money", "pair")
    assert (m.subject_period, m.frontier_period, m.frontier_entity) == ("2023", "2023", "US")
    assert m.ratio == pytest.approx(0.68 / 67.22, rel=1e-4)
    assert m.status == "far_behind"
    assert m.evidence == ("jp23", "us23")
    assert m.sources == ("s2",)


def test_currencies_are_converted_through_fx(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, [INVEST], [
        obs("jp", "JP", "invest", "2024", "1.5兆", "JPY"),  # 10 bn USD at 150
        obs("us", "US", "invest", "2024", "10 bn", "USD"),
    ])
    [m] = gap_measures(pack, "JP", ("US",))
    assert m.ratio == pytest.approx(1.0)
    assert m.status == "par"
    assert m.unit == "USD"
    assert m.conversion and "150" in m.conversion
    # the measure's note is worded in the report's language, the rate and its source kept
    ja = conversion_note(pack, m, "ja")
    assert ja == "1.5兆円 = 100億ドル（1ドル=150円で換算。為替レートはパックの fx、2024年）"
    assert conversion_note(pack, m, "en") == m.conversion and "at 150.0 JPY/USD (2024)" in m.conversion


def test_best_model_of_each_country_is_compared(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, [SCORE], [
        obs("p", "plamo", "exam", "2026", "70.7", "%"),
        obs("s", "jpsmall", "exam", "2026", "60", "%"),
        obs("g41", "gpt41", "exam", "2026", "94.3", "%"),
        obs("g4", "gpt4", "exam", "2023", "76.7", "%"),
        obs("q", "qwen", "exam", "2026", "88", "%"),
    ])
    [m] = gap_measures(pack, "JP", ("US", "CN"))
    assert (m.subject_entity, m.frontier_entity, m.frontier) == ("plamo", "gpt41", "US")
    assert m.ratio == pytest.approx(70.7 / 94.3, rel=1e-4)
    assert m.status == "behind"


def test_lower_is_better_inverts_the_ratio(tmp_path: Path) -> None:
    row = ["error", "誤答率ベンチマーク", "benchmark error rate", "%", "", "false", "score"]
    pack = make_pack(tmp_path, [row], [obs("p", "plamo", "error", "2026", "20", "%"),
                                       obs("g", "gpt41", "error", "2026", "10", "%")])
    [m] = gap_measures(pack, "JP", ("US",))
    assert (m.subject_value, m.frontier_value) == (20, 10)  # the frontier's best is the lowest
    assert m.ratio == pytest.approx(0.5)


def test_a_stated_ratio_gives_the_gap_directly(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, [RATIO], [obs("r", "JP", "invest_vs_us", "2024", "~0.01", "x")])
    [m] = gap_measures(pack, "JP", ("US", "CN"))
    assert (m.basis, m.frontier, m.ratio, m.status) == ("stated_ratio", "US", 0.01, "far_behind")


def test_a_tiny_world_share_is_a_gap_without_a_frontier_value(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, [GPU_SHARE], [obs("g", "JP", "gpu_share", "2026", "~1", "%")])
    [m] = gap_measures(pack, "JP", ("US",))
    assert (m.basis, m.measure_class, m.ratio, m.status) == ("share", "other", None, "far_behind")
    big = make_pack(tmp_path / "big", [GPU_SHARE], [obs("g", "JP", "gpu_share", "2026", "30", "%")])
    assert gap_measures(big, "JP", ("US",)) == []  # 30 % says nothing about parity on its own


def test_metrics_that_are_not_measures_or_lack_the_frontier_give_none(tmp_path: Path) -> None:
    people = ["people", "人口", "population", "count", "", "", "count"]
    pack = make_pack(tmp_path, [people, INVEST], [
        obs("p1", "JP", "people", "2024", "124000000"),
        obs("p2", "US", "people", "2024", "335000000"),
        obs("i1", "JP", "invest", "2024", "1 bn", "USD"),  # no frontier value
    ])
    assert gap_measures(pack, "JP", ("US",)) == []


# --- the check ---------------------------------------------------------------------------


def full_gap_pack(folder: Path) -> Pack:
    return make_pack(folder, [INVEST, SCORE, GPU_SHARE, TOP500], [
        obs("jp", "JP", "invest", "2023", "0.68 bn", "USD"),
        obs("us", "US", "invest", "2023", "67.22 bn", "USD"),
        obs("p", "plamo", "exam", "2026", "70.7", "%"), obs("g", "gpt41", "exam", "2026", "94.3", "%"),
        obs("share", "JP", "gpu_share", "2026", "~1", "%"),
        obs("t1", "JP", "systems", "2025-11", "43"), obs("t2", "US", "systems", "2025-11", "172"),
    ])


def test_parity_fails_when_far_behind_on_most_measures(tmp_path: Path) -> None:
    pack = full_gap_pack(tmp_path)
    check = check_parity(pack, "JP", ("US", "CN"), "最前線へ", "en", "s2")
    assert (check.id, check.kind, check.span, check.result) == ("s2", "parity", "最前線へ", "fails")
    assert "Japan" in check.statement and "United States" in check.statement
    assert "3 of 4" in check.reason
    labels = [n.label for n in check.numbers]
    # entities by their names, never by their ids (a reader sees these labels)
    assert "private investment (Japan / United States)" in labels
    assert "exam score: Japan's best model / United States' best model" in labels
    assert not any(re.search(r"\b(JP|US)\b", label) for label in labels)
    invest = next(n for n in check.numbers if n.label == "private investment (Japan / United States)")
    assert invest.claimed is None and invest.found == pytest.approx(0.0101, abs=1e-4)
    assert invest.unit == "x" and invest.evidence == ("jp", "us")
    assert invest.conversion and "Japan" in invest.conversion and "United States" in invest.conversion
    assert set(check.evidence) == {"jp", "us", "p", "g", "share", "t1", "t2"}
    assert check.sources == ["s2"]
    assert check.score is not None and check.score < 0.5


def test_parity_in_japanese(tmp_path: Path) -> None:
    check = check_parity(full_gap_pack(tmp_path), "JP", ("US", "CN"), "最前線", "ja", "s2")
    assert check.result == "fails"
    assert "日本" in check.statement and "米国" in check.statement
    assert "4指標中3指標" in check.reason


def test_parity_holds_within_ten_percent(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, [SCORE, INVEST], [
        obs("p", "plamo", "exam", "2026", "90", "%"), obs("g", "gpt41", "exam", "2026", "94.3", "%"),
        obs("jp", "JP", "invest", "2024", "70 bn", "USD"), obs("us", "US", "invest", "2024", "67 bn", "USD"),
    ])
    check = check_parity(pack, "JP", ("US",), "on a par", "en", "s1")
    assert check.result == "holds", check.reason


def test_parity_partly_when_on_a_par_on_some(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, [SCORE, INVEST], [
        obs("p", "plamo", "exam", "2026", "93", "%"), obs("g", "gpt41", "exam", "2026", "94.3", "%"),
        obs("jp", "JP", "invest", "2024", "40 bn", "USD"), obs("us", "US", "invest", "2024", "67 bn", "USD"),
    ])
    assert check_parity(pack, "JP", ("US",), "", "en", "s1").result == "partly"


def test_measures_can_be_restricted(tmp_path: Path) -> None:
    pack = full_gap_pack(tmp_path)
    check = check_parity(pack, "JP", ("US",), "", "en", "s1", measures=frozenset({"score"}))
    assert [n.evidence for n in check.numbers] == [("p", "g")]
    assert check.result == "fails"  # 0.75: behind, on a par on none
    by_id = check_parity(pack, "JP", ("US",), "", "en", "s1", measures=frozenset({"invest"}))
    assert [n.evidence for n in by_id.numbers] == [("jp", "us")]


def test_pack_without_frontier_is_unknown(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, [INVEST], [obs("jp", "JP", "invest", "2023", "1 bn", "USD")],
                     pack_yaml=PACK_US_CN.replace("frontier: [US, CN]\n", ""))
    assert pack.meta.frontier == ()
    check = check_parity(pack, "JP", pack.meta.frontier, "", "en", "s1")
    assert check.result == "unknown"
    assert "frontier" in check.reason
    assert check.evidence == []


def test_no_comparable_measure_is_unknown(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, [POPULATION], [obs("p1", "JP", "population", "2024", "124000000")])  # JP only
    check = check_parity(pack, "JP", ("US",), "", "en", "s1")
    assert check.result == "unknown"
    assert "no measure with a direction" in check.reason


def test_leap_is_momentum_and_parity(tmp_path: Path) -> None:
    pack = load_pack("japan-ai-2026")
    momentum, parity = check_leap(pack, "JP", parse_period("2026-04"), "一挙に飛躍した", "ja", 3)
    assert (momentum.id, momentum.kind, momentum.result) == ("s3", "turning_point", "holds")
    assert (parity.id, parity.kind, parity.result) == ("s4", "parity", "fails")
    assert momentum.span == parity.span == "一挙に飛躍した"


def test_bundled_pack_gaps_match_the_reference_report() -> None:
    pack = load_pack("japan-ai-2026")
    measures = {m.metric: m for m in gap_measures(pack, "JP", pack.meta.frontier)}
    # private investment about 1/100 of the US, about 1 % of the world's GPUs, PLaMo 70.7 vs GPT-4.1 94.3
    assert measures["private_ai_investment_vs_us"].ratio == pytest.approx(0.01)
    assert measures["private_ai_investment"].ratio == pytest.approx(0.68 / 67.22, rel=1e-3)
    assert measures["gpu_share_world"].subject_value == pytest.approx(1)
    assert measures["jmle_score"].ratio == pytest.approx(70.7 / 94.3, rel=1e-3)
    # the classes are the pack's own pillars (contract 1.1 metric ``pillar``), never words of the names
    assert {m.measure_class for m in measures.values()} <= {p.id for p in pack.meta.pillars}
    assert measures["gpu_share_world"].measure_class == "compute"
    assert measures["jmle_score"].measure_class == "models"


FIXTURES = Path(__file__).parent / "fixtures" / "packs"


@pytest.mark.parametrize(("folder", "expected_metrics"), [
    ("india-chips-2024", {"chip-investment", "wafer-capacity-share", "leading-node"}),
    ("japan-inbound-2024", {"arrivals", "spending"}),
])
def test_parity_in_other_domains(folder: str, expected_metrics: set[str]) -> None:
    pack = load_pack(FIXTURES / folder)
    assert pack.meta.subject is not None
    measures = {m.metric: m for m in gap_measures(pack, pack.meta.subject, pack.meta.frontier)}
    assert expected_metrics <= set(measures)
    assert all(measures[m].status == "far_behind" for m in expected_metrics)
    check = check_parity(pack, pack.meta.subject, pack.meta.frontier, "", pack.meta.language, "s1")
    assert check.result == "fails"


def test_the_subject_is_never_its_own_frontier(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, [INVEST], [obs("jp", "JP", "invest", "2023", "1 bn", "USD"),
                                          obs("us", "US", "invest", "2023", "10 bn", "USD")])
    [m] = gap_measures(pack, "JP", ("JP", "US"))
    assert (m.frontier, m.ratio) == ("US", 0.1)
    assert gap_measures(pack, "JP", ("JP",)) == []
