"""Evaluating statements against evidence, one kind at a time, in Japanese and English, on a small
pack built here (so the tests do not depend on the bundled pack's details)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    csv_text,
    write_rows_pack,
)
from shingi.model import Check, Diagnosis, Pack, Quantity
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.evaluate import compare_period, compare_value, invert, to_unit
from shingi.pipeline.parse import ClaimedNumber

ENGINE_PACK_YAML = """\
id: engine-test
title: {ja: "エンジン試験", en: "Engine test"}
language: en
subject: JP
frontier: [US]
pillars:
  - id: policy
    name: {ja: "政策", en: "Policy"}
  - id: compute
    name: {ja: "計算基盤", en: "Compute"}
  - id: models
    name: {ja: "モデル", en: "Models"}
fx:
  JPY: {2024: 150.0, 2025: 150.0, 2026: 150.0}
"""

ENGINE_SOURCES = [
    SOURCE_HEADER,
    ["rep", "A report", "", "", "2026", "report", "ja"],
    ["stats", "Statistics", "Office", "https://example.org/s", "2025", "statistics", "en"],
    ["paper", "A paper", "Lab", "https://example.org/p", "2024-11", "academic", "en"],
]
ENGINE_ENTITIES = [
    ENTITY_HEADER,
    ["JP", "country", "日本", "Japan", "わが国;Japanese", ""],
    ["US", "country", "米国", "United States", "US;USA;America;American;the US", ""],
    ["WLD", "other", "世界全体", "World total", "world total", ""],
    ["gov", "government", "日本政府", "Government of Japan", "政府", "JP"],
    ["acme", "company", "アクメ", "Acme", "Acme Corp.", "JP"],
    ["bolt", "company", "ボルト", "Bolt", "", "JP"],
    ["hal", "model", "HAL-1", "HAL-1", "", "JP"],
    ["kite", "model", "KITE-2", "KITE-2", "", "JP"],
    ["zeus", "model", "Zeus-5", "Zeus-5", "", "US"],
]
ENGINE_EVENTS = [
    EVENT_HEADER,
    [
        "e-invest",
        "2026-04",
        "compute",
        "acme;JP",
        "investment",
        "アクメ、日本への1.6兆円投資を発表",
        "Acme announces a 1.6 trillion yen investment in Japan",
        "1.6兆",
        "JPY",
        "rep",
        "3",
        "",
    ],
    [
        "e-plan",
        "FY2027",
        "compute",
        "acme",
        "plan",
        "アクメ、2027年度の量産開始を目標",
        "Acme targets the start of mass production in FY2027",
        "",
        "",
        "rep",
        "2",
        "",
    ],
    [
        "e-release",
        "2025-10",
        "models",
        "bolt;hal",
        "release",
        "ボルトがHAL-1を公開",
        "Bolt releases HAL-1",
        "",
        "",
        "rep",
        "2",
        "",
    ],
    [
        "e-centre-a",
        "2026-04",
        "compute",
        "acme",
        "operation_start",
        "アクメ計算センター運用開始",
        "Acme compute centre begins operation",
        "",
        "",
        "rep",
        "2",
        "",
    ],
    [
        "e-centre-b",
        "2025-01",
        "compute",
        "acme",
        "operation_start",
        "アクメ計算センター本格稼働",
        "Acme compute centre fully operational",
        "",
        "",
        "paper",
        "2",
        "",
    ],
    [
        "e-act",
        "2025-12",
        "policy",
        "gov",
        "policy",
        "AI法を閣議決定",
        "Cabinet approves the AI Act",
        "",
        "",
        "rep",
        "3",
        "",
    ],
    [
        "e-fund",
        "2024-06",
        "compute",
        "gov;bolt",
        "funding",
        "ボルトへ500億円を支援",
        "Bolt receives 50 billion yen of support",
        "500億",
        "JPY",
        "stats",
        "2",
        "",
    ],
    # the same kind and actors, another source and date, but no amount: another fact, not a conflict
    [
        "e-fund-2",
        "2025-06",
        "compute",
        "gov;bolt",
        "funding",
        "ボルトへの研究支援",
        "Bolt receives research support",
        "",
        "",
        "rep",
        "1",
        "",
    ],
]
ENGINE_METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    [
        "invest",
        "民間AI投資額",
        "Private AI investment",
        "USD",
        "民間投資;private investment",
        "true",
        "amount",
    ],
    [
        "share",
        "GPUの世界シェア",
        "Share of the world's GPUs",
        "%",
        "GPUシェア;GPU share;world's GPUs",
        "true",
        "share",
    ],
    ["score", "ベンチマークスコア", "Benchmark score", "%", "ベンチマーク;benchmark", "true", "score"],
    ["systems", "スパコン数", "Supercomputers", "count", "スパコン;supercomputers", "true", "count"],
    ["market", "半導体市場", "Chip market", "USD", "chip market", "true", "amount"],
    ["approach", "規制方式", "Regulatory approach", "", "規制;regulation", "", "category"],
]
ENGINE_OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["o-jp-inv-23", "JP", "invest", "2023", "0.7B", "USD", "stats", ""],
    ["o-us-inv-23", "US", "invest", "2023", "70B", "USD", "stats", ""],
    ["o-us-inv-24", "US", "invest", "2024", "105B", "USD", "stats", ""],
    ["o-jp-share", "JP", "share", "2025", "1", "%", "rep", ""],
    ["o-us-share", "US", "share", "2025", "60", "%", "rep", ""],
    ["o-hal", "hal", "score", "2025", "70", "%", "rep", ""],
    ["o-kite", "kite", "score", "2025", "75", "%", "rep", ""],
    ["o-zeus", "zeus", "score", "2025", "95", "%", "rep", ""],
    ["o-jp-sys", "JP", "systems", "2025-11", "40", "count", "stats", ""],
    ["o-us-sys", "US", "systems", "2025-11", "160", "count", "stats", ""],
    ["o-wld-sys", "WLD", "systems", "2025-11", "500", "count", "stats", ""],
    ["o-mkt-a", "JP", "market", "2023", "38B", "USD", "stats", ""],
    ["o-mkt-b", "JP", "market", "2023", "30B", "USD", "paper", ""],
    ["o-jp-app", "JP", "approach", "2026", "soft_law", "", "rep", "ソフトロー型の指針による規律"],
    ["o-us-app", "US", "approach", "2026", "hard_law", "", "rep", "statutory rules"],
]


def build_engine_pack(folder: Path) -> Path:
    """Write the engine test pack to ``folder``."""
    return write_rows_pack(
        folder,
        ENGINE_PACK_YAML,
        ENGINE_SOURCES,
        ENGINE_ENTITIES,
        ENGINE_EVENTS,
        ENGINE_METRICS,
        ENGINE_OBSERVATIONS,
    )


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return load_pack(build_engine_pack(tmp_path_factory.mktemp("engine")))


def only(d: Diagnosis) -> Check:
    assert len(d.checks) == 1, [(c.statement, c.result) for c in d.checks]
    return d.checks[0]


# --- numbers and periods ------------------------------------------------------------------


def number(
    value: float, unit: str | None, comparator: str = "exactly", approx: bool = False
) -> ClaimedNumber:
    return ClaimedNumber(Quantity(value, unit, approx, str(value)), comparator, str(value), 0, 0)


@pytest.mark.parametrize(
    ("claimed", "found", "ratio", "result"),
    [
        (number(100, "%", "about", True), 109.9, False, "holds"),  # approximate: 10 %
        (number(100, "%", "about", True), 115, False, "partly"),  # ... partly within 20 %
        (number(100, "%", "about", True), 125, False, "fails"),
        (number(100, "%"), 101.9, False, "holds"),  # exact: 2 % for rounding
        (number(100, "%"), 103, False, "partly"),
        (number(100, "%"), 105, False, "fails"),
        (number(99.5, "%", "more_than"), 99, False, "fails"),  # comparators have no tolerance
        (number(99, "%", "at_least"), 99, False, "holds"),
        (number(5, "%", "less_than"), 1, False, "holds"),
        (number(3e12, "JPY", "at_most"), 2.354e12, False, "holds"),
        (number(0.01, "x", "about", True), 0.0101, True, "holds"),  # ratios on a log scale
        (number(1 / 70, "x", "about", True), 0.0101, True, "partly"),  # factor 1.41
        (number(0.1, "x", "about", True), 0.0101, True, "fails"),
        (number(2, "x"), 1.62, True, "fails"),  # an exact multiple: factor 1.05 / 1.1
    ],
)
def test_compare_value(claimed: ClaimedNumber, found: float, ratio: bool, result: str) -> None:
    assert compare_value(claimed, found, ratio=ratio) == result


def test_compare_period() -> None:
    from shingi.normalize.periods import parse_period as p

    assert compare_period(p("2026-04"), p("2026-04-15")) == "holds"
    assert compare_period(p("2026"), p("2026-04")) == "holds"
    assert compare_period(p("2026-04"), p("2026-03")) == "partly"  # one step of the claim's precision
    assert compare_period(p("2026-04"), p("2025-10")) == "fails"
    assert compare_period(p("2021"), p("2023-06-22")) == "fails"


def test_to_unit_converts_currencies_through_fx(pack: Pack) -> None:
    got = to_unit(1.6e12, "JPY", "USD", pack, 2026)
    assert got is not None
    value, note = got
    assert value == pytest.approx(1.6e12 / 150)
    assert "150" in note
    assert to_unit(40, "count", None, pack, 2025) == (40, "")
    assert to_unit(1, "%", "GW", pack, 2025) is None


def test_invert() -> None:
    assert [invert(r) for r in ("holds", "partly", "fails", "unknown")] == [
        "fails",
        "partly",
        "holds",
        "unknown",
    ]


# --- events ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Acme announced a 1.6 trillion yen investment in Japan in April 2026.",
        "アクメは2026年4月、日本に1.6兆円の投資を発表した",
    ],
)
def test_event_with_actor_date_and_amount_holds(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack)
    c = only(d)
    assert (d.rating, c.kind, c.result) == ("true", "event", "holds")
    assert c.evidence == ["e-invest"] and c.sources == ["rep"]


def test_event_amount_across_currencies_notes_the_conversion(pack: Pack) -> None:
    c = only(diagnose("In April 2026 Acme committed about $10.7 billion to Japan.", pack))
    assert c.result == "holds"
    [n] = c.numbers
    assert n.unit == "USD" and n.found == pytest.approx(1.6e12 / 150)
    assert n.conversion and "150" in n.conversion


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        ("ja", ["1ドル=150円", "換算", "パックの fx", "2026年", "1.6兆円"], [" at ", "nearest"]),
        ("en", ["at 150.0 JPY/USD (2026)", "1.6兆 JPY"], ["換算", "パックの"]),
    ],
)
def test_the_conversion_note_follows_the_report_language(
    pack: Pack, lang: str, said: list[str], not_said: list[str]
) -> None:
    """A dollar claim checked against a yen amount: the note of the rate used (the pack's fx for
    2026) reads in the diagnosis language, in the diagnosis, its text output and the report."""
    from shingi.render.document import build_document
    from shingi.render.markdown import render_markdown
    from shingi.render.text import diagnosis_text

    d = diagnose("In April 2026 Acme committed about $10.7 billion to Japan.", pack, lang=lang)
    [n] = only(d).numbers
    assert n.conversion is not None
    for out in (n.conversion, diagnosis_text(d, pack), render_markdown(build_document(pack, d, lang))):
        for word in said:
            assert word in out, (word, out)
    for word in not_said:
        assert word not in n.conversion, (word, n.conversion)


def test_event_in_the_neighbouring_month_partly_holds(pack: Pack) -> None:
    d = diagnose("Acme announced its investment in Japan in May 2026.", pack)
    assert (only(d).result, d.rating) == ("partly", "mostly_true")


@pytest.mark.parametrize(
    "claim", ["Acme announced its investment in Japan in 2024.", "アクメは2024年に日本への投資を発表した"]
)
def test_event_on_a_wrong_date_fails(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack).rating == "false"


def test_event_with_an_amount_off_by_more_than_the_tolerance(pack: Pack) -> None:
    c = only(diagnose("アクメは日本に約1.4兆円を投資すると発表した", pack))
    assert c.result == "partly"  # 12.5 % off an approximate amount: outside 10 %, inside 20 %
    assert c.numbers[0].found == 1.6e12


@pytest.mark.parametrize(
    "claim",
    [
        "Acme announced a 3 trillion yen investment in Japan in March 2025.",
        "Acme announced a 1.6 trillion yen investment in Japan in March 2025.",
        "アクメは2025年3月、日本への3兆円投資を発表した",
    ],
)
def test_an_event_claim_is_one_check_as_bad_as_its_worst_detail(pack: Pack, claim: str) -> None:
    # a wrong date, with or without a wrong amount: the same statement about the same event
    d = diagnose(claim, pack)
    assert [c.result for c in d.checks] == ["fails"]
    assert d.rating == "false"


def test_the_right_event_at_the_right_date_with_a_wrong_amount_is_mostly_false(pack: Pack) -> None:
    # verdict-rules §4.2: the event happened when the claim says; its figure, the point, is wrong
    d = diagnose("Acme announced a 3 trillion yen investment in Japan in April 2026.", pack)
    assert [(c.result, c.credit) for c in d.checks] == [("partly", 0.25)]
    assert d.rating == "mostly_false"


def test_a_plan_stated_as_an_achievement_fails(pack: Pack) -> None:
    for claim in ("Acme began mass production in 2026.", "アクメは量産を開始した"):
        c = only(diagnose(claim, pack))
        assert (c.result, c.evidence) == ("fails", ["e-plan"]), claim
        assert "plan" in c.reason


@pytest.mark.parametrize(
    "claim",
    ["Acme aims to start mass production in fiscal 2027.", "アクメは2027年度の量産開始を目指している"],
)
def test_a_plan_stated_as_a_plan_holds(pack: Pack, claim: str) -> None:
    c = only(diagnose(claim, pack))
    assert (c.kind, c.result) == ("plan", "holds")


def test_a_plan_for_another_year_fails(pack: Pack) -> None:
    assert only(diagnose("Acme plans to start mass production in fiscal 2030.", pack)).result == "fails"


def test_sources_that_disagree_give_partly_and_cite_both(pack: Pack) -> None:
    c = only(diagnose("Acme's compute centre began operating in April 2026.", pack))
    assert c.result == "partly"
    [conflict] = c.conflicts
    assert set(conflict.evidence) == {"e-centre-a", "e-centre-b"}
    assert set(conflict.sources) == {"rep", "paper"}
    assert set(c.evidence) == {"e-centre-a", "e-centre-b"}


def test_no_matching_event_is_unknown(pack: Pack) -> None:
    d = diagnose("Bolt opened a noodle shop in Osaka.", pack)
    assert (only(d).result, d.rating) == ("unknown", "unverifiable")


# --- metric values ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "result"),
    [
        ("HAL-1 scored 70% on the benchmark.", "holds"),
        ("HAL-1のベンチマークスコアは70%だった", "holds"),
        ("HAL-1 scored about 80% on the benchmark.", "partly"),
        ("HAL-1 scored more than 80% on the benchmark.", "fails"),
        ("HAL-1のベンチマークスコアは90%以上だった", "fails"),
        ("HAL-1のベンチマークスコアは80%未満だ", "holds"),
    ],
)
def test_metric_value_with_comparators(pack: Pack, claim: str, result: str) -> None:
    c = only(diagnose(claim, pack))
    assert (c.kind, c.result, c.evidence) == ("metric", result, ["o-hal"])
    assert c.numbers[0].found == 70


def test_metric_sources_that_disagree(pack: Pack) -> None:
    c = only(diagnose("Japan's chip market was about 38 billion dollars in 2023.", pack))
    assert c.result == "partly"  # 38 supports it, 30 is 21 % below
    assert {"o-mkt-a", "o-mkt-b"} == set(c.evidence) and c.conflicts


@pytest.mark.parametrize(
    ("claim", "result"),
    [
        ("日本はソフトロー型の規制を採っている", "holds"),
        ("Japan regulates AI with hard law.", "fails"),
    ],
)
def test_category_values(pack: Pack, claim: str, result: str) -> None:
    assert only(diagnose(claim, pack)).result == result


# --- comparisons ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "result"),
    [
        ("In 2023 Japan's private AI investment was about one hundredth of the United States'.", "holds"),
        ("2023年の日本の民間投資は米国の約10分の1だった", "fails"),
        ("In 2023 US private investment was about 100 times Japan's.", "holds"),
    ],
)
def test_ratios_between_entities(pack: Pack, claim: str, result: str) -> None:
    c = only(diagnose(claim, pack))
    assert (c.kind, c.result) == ("comparison", result)
    assert set(c.evidence) == {"o-jp-inv-23", "o-us-inv-23"}


@pytest.mark.parametrize(
    ("claim", "result"),
    [
        ("Japan had more supercomputers than the US in November 2025.", "fails"),
        ("2025年11月、日本は米国より多くのスパコンを持っていた", "fails"),
        ("In November 2025 Japan had fewer supercomputers than the US.", "holds"),
    ],
)
def test_exceeds_and_trails(pack: Pack, claim: str, result: str) -> None:
    assert only(diagnose(claim, pack)).result == result


@pytest.mark.parametrize(
    ("claim", "result"),
    [
        ("HAL-1のベンチマークスコアはZeus-5を20ポイント以上下回る", "holds"),
        ("Zeus-5 scored more than 30 points higher than HAL-1 on the benchmark.", "fails"),
    ],
)
def test_point_differences(pack: Pack, claim: str, result: str) -> None:
    c = only(diagnose(claim, pack))
    assert c.result == result
    assert any(n.unit == "pt" and n.found == 25 for n in c.numbers)


def test_a_country_s_best_model(pack: Pack) -> None:
    c = only(diagnose("Japan's best model trails Zeus-5 on the benchmark.", pack))
    assert (c.result, set(c.evidence)) == ("holds", {"o-kite", "o-zeus"})  # KITE-2 75 % beats HAL-1 70 %


# --- shares -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "result"),
    [
        ("Japan holds about 1% of the world's GPUs.", "holds"),
        ("日本のGPUの世界シェアは約1%にとどまる", "holds"),
        ("Japan has less than 5% of the world's GPUs.", "holds"),
        ("Japan holds most of the world's GPUs.", "fails"),
        ("日本はGPUの世界シェアの大半を握っている", "fails"),
    ],
)
def test_shares(pack: Pack, claim: str, result: str) -> None:
    c = only(diagnose(claim, pack))
    assert (c.kind, c.result) == ("share", result)


def test_share_of_a_world_total(pack: Pack) -> None:
    c = only(diagnose("In November 2025 Japan had about 8% of the world's supercomputers.", pack))
    assert c.result == "holds"
    assert set(c.evidence) == {"o-jp-sys", "o-wld-sys"} and c.numbers[0].found == pytest.approx(8.0)


# --- change over periods -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "result"),
    [
        (
            "US private AI investment rose from about 70 billion dollars in 2023 "
            "to about 105 billion dollars in 2024.",
            "holds",
        ),
        ("米国の民間投資は2023年から2024年にかけて約1.5倍に増えた", "holds"),
        # x1.62: a rise of the wrong size, partly (credit 0.25, §4.1 rating steps)
        ("US private AI investment doubled between 2023 and 2024.", "partly"),
        ("US private AI investment fell between 2023 and 2024.", "fails"),
        ("米国の民間投資は2023年から2024年にかけて増加した", "holds"),
    ],
)
def test_change_over_a_series(pack: Pack, claim: str, result: str) -> None:
    c = only(diagnose(claim, pack))
    assert (c.kind, c.result) == ("change", result)
    assert c.evidence == ["o-us-inv-23", "o-us-inv-24"]


# --- superlatives --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "result"),
    [
        ("In 2025 Zeus-5 had the highest benchmark score.", "holds"),
        ("2025年のベンチマークスコアはHAL-1が最高だった", "fails"),
        # two values (2023, 2024), no note stating the record: too short a series (§4.8)
        ("US private AI investment hit a record in 2024.", "unknown"),
    ],
)
def test_superlatives(pack: Pack, claim: str, result: str) -> None:
    c = only(diagnose(claim, pack))
    assert (c.kind, c.result) == ("superlative", result)


# --- negation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "result"),
    [
        ("Acme has not begun mass production.", "holds"),
        ("HAL-1のベンチマークスコアは90%ではない", "holds"),
        ("HAL-1 did not score 70% on the benchmark.", "fails"),
    ],
)
def test_negation_inverts_the_result(pack: Pack, claim: str, result: str) -> None:
    c = only(diagnose(claim, pack))
    assert c.result == result
    assert "negated" in c.reason


# --- statements in the diagnosis language ----------------------------------------------------


def test_statements_are_written_in_the_diagnosis_language(pack: Pack) -> None:
    en = only(diagnose("HAL-1のベンチマークスコアは70%だった", pack, lang="en"))
    assert "Benchmark score" in en.statement and "HAL-1のベンチマークスコア" in en.statement
    assert en.reason.startswith("HAL-1's Benchmark score")
    ja = only(diagnose("HAL-1 scored 70% on the benchmark.", pack, lang="ja"))
    assert "ベンチマークスコア" in ja.statement and ja.reason.startswith("HAL-1のベンチマークスコア")


def test_a_report_of_another_fact_is_no_conflict(pack: Pack) -> None:
    c = only(diagnose("Bolt received 50 billion yen of support in June 2024.", pack))
    assert (c.result, c.conflicts, c.evidence) == ("holds", [], ["e-fund"])


def test_a_comparison_naming_only_the_other_side_is_about_the_pack_subject(pack: Pack) -> None:
    c = only(diagnose("2023年、民間投資は米国を上回った", pack))
    assert (c.kind, c.result) == ("comparison", "fails")
    assert set(c.evidence) == {"o-jp-inv-23", "o-us-inv-23"}


def test_a_number_inside_a_metric_name_is_part_of_the_name(tmp_path: Path) -> None:
    metrics = [
        *ENGINE_METRICS,
        ["perhead", "1人当たり支出", "Spending per person", "JPY", "", "true", "amount"],
    ]
    observations = [*ENGINE_OBSERVATIONS, ["o-ph", "JP", "perhead", "2024", "22.7万", "JPY", "stats", ""]]
    folder = build_engine_pack(tmp_path)
    (folder / "metrics.csv").write_text(csv_text(metrics), encoding="utf-8")
    (folder / "observations.csv").write_text(csv_text(observations), encoding="utf-8")
    c = only(diagnose("2024年の日本の1人当たり支出は20万円を超えた", load_pack(folder)))
    assert (c.result, [n.claimed for n in c.numbers]) == ("holds", [2e5])


@pytest.mark.parametrize(
    "claim", ["Acme opened a compute centre in Texas.", "アクメはテキサスで計算センターを開設した"]
)
def test_an_event_elsewhere_is_not_the_pack_s_event(pack: Pack, claim: str) -> None:
    # the pack knows an Acme compute centre, not one in Texas
    assert only(diagnose(claim, pack)).result == "unknown"


@pytest.mark.parametrize(
    ("claim", "result"),
    [
        ("米国の民間投資は2024年に2023年を上回った", "holds"),
        ("In 2024 US private investment was about 1.5 times its 2023 level.", "holds"),
        ("In 2024 US private investment was lower than in 2023.", "fails"),
    ],
)
def test_one_measure_between_two_periods(pack: Pack, claim: str, result: str) -> None:
    c = only(diagnose(claim, pack))
    assert (c.kind, c.result) == ("change", result)


@pytest.mark.parametrize(
    ("claim", "result"),
    [
        ("HAL-1のベンチマークスコアは80%に届かない", "holds"),
        ("2023年の日本の民間投資は米国の半分に満たない", "holds"),
    ],
)
def test_falling_short_is_a_comparator_not_a_negation(pack: Pack, claim: str, result: str) -> None:
    c = only(diagnose(claim, pack))
    assert c.result == result and "negated" not in c.reason


def test_a_word_shared_by_most_events_does_not_make_a_match(tmp_path: Path) -> None:
    # every title says "AI": a claim sharing only that word with the subject's events is unknown
    events = [ENGINE_EVENTS[0]] + [
        [
            f"e-ai-{i}",
            f"2025-0{i}",
            "models",
            "JP",
            "milestone",
            f"AIの取り組み{i}",
            f"AI effort {i}",
            "",
            "",
            "rep",
            "1",
            "",
        ]
        for i in range(1, 6)
    ]
    folder = build_engine_pack(tmp_path)
    (folder / "events.csv").write_text(csv_text(events), encoding="utf-8")
    assert only(diagnose("日本のAIは存在感を増した", load_pack(folder))).result == "unknown"


def test_a_superlative_the_source_states_itself(tmp_path: Path) -> None:
    events = [*ENGINE_EVENTS]
    events[3] = [*events[3][:11], "the first Japanese model released with open weights"]  # e-release's note
    folder = build_engine_pack(tmp_path)
    (folder / "events.csv").write_text(csv_text(events), encoding="utf-8")
    c = only(diagnose("Bolt released Japan's first open model, HAL-1.", load_pack(folder)))
    assert (c.kind, c.result, c.evidence) == ("superlative", "holds", ["e-release"])
    assert "says so" in c.reason


def test_a_busy_actor_is_searched_around_the_claimed_period(tmp_path: Path) -> None:
    busy = [
        [
            f"e-busy-{i}",
            f"{2000 + i % 20}-02-29" if (2000 + i % 20) % 4 == 0 else f"{2000 + i % 20}-03-01",
            "compute",
            "acme",
            "milestone",
            f"アクメの定例発表{i}",
            f"Acme routine notice {i}",
            "",
            "",
            "rep",
            "1",
            "",
        ]
        for i in range(450)
    ]
    folder = build_engine_pack(tmp_path)
    (folder / "events.csv").write_text(csv_text([*ENGINE_EVENTS, *busy]), encoding="utf-8")
    busy_pack = load_pack(folder)
    c = only(diagnose("Acme announced a 1.6 trillion yen investment in Japan in February 2024.", busy_pack))
    assert (c.result, c.evidence) == ("fails", ["e-invest"])  # found, and dated 2026-04, not 2024-02
