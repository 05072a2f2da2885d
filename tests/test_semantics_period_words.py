"""Period words a claim sets its time by (docs/verdict-rules.md §4.7): a level said "before the
ban" is of a time before an event the claim does not date, not the latest value (blind round 11
id-nickel forty-pct-before-ban, a wrong true); 「前年同月より」 is the same month a year before,
and 改善 on a measure taken from the clause before goes by that measure (lower is better: a fall;
blind round 11 jp-trucking redelivery-oct2024); a flat year inside a run of rises is a detail wrong
(mostly true), never a rise."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["share", "世界シェア", "share of world output", "%", "世界シェア;share of the world's output", "true",
     "share", ""],
    ["redel", "再配達率", "redelivery rate", "%", "再配達率;redelivery rate", "false", "share", ""],
    ["sales", "販売数", "unit sales", "count", "販売数;unit sales", "true", "count", ""],
    ["cpi", "消費者物価の前年比", "consumer prices, change on a year earlier", "%",
     "消費者物価;consumer prices", "false", "growth",
     "Percent change of the consumer price index against the year before"],
]
OBSERVATIONS = [
    ["s18", "NL", "share", "2018", "26", "%", "stat", ""],
    ["s23", "NL", "share", "2023", "50", "%", "stat", ""],
    ["r1", "NL", "redel", "2023-10", "11.1", "%", "stat", ""],
    ["r2", "NL", "redel", "2024-04", "10.4", "%", "stat", ""],
    ["r3", "NL", "redel", "2024-10", "10.2", "%", "stat", ""],
    ["n1", "NL", "sales", "2021", "100", "count", "stat", ""],
    ["n2", "NL", "sales", "2022", "110", "count", "stat", ""],
    ["n3", "NL", "sales", "2023", "110", "count", "stat", ""],
    ["n4", "NL", "sales", "2024", "120", "count", "stat", ""],
    ["c21", "NL", "cpi", "2021", "-0.2", "%", "stat", ""],
    ["c22", "NL", "cpi", "2022", "2.3", "%", "stat", ""],
    ["c23", "NL", "cpi", "2023", "3.1", "%", "stat", ""],
    ["c24", "NL", "cpi", "2024", "2.5", "%", "stat", ""],
    ["c25", "NL", "cpi", "2025", "3.1", "%", "stat", ""],
]
EVENTS = [
    ["e1", "2020-01-01", "policy", "NL", "regulation", "鉱石の輸出禁止が発効", "Ore export ban takes effect",
     "", "", "stat", "3", ""],
    ["e2", "2019-09-02", "policy", "NL", "regulation",
     "2020年1月からの鉱石輸出禁止を発表（当初予定から2年前倒し）",
     "Ore export ban from January 2020 announced (two years earlier than planned)", "", "", "stat", "2", ""],
]


PILLARS = """\
pillars:
  - id: policy
    name: {ja: "政策", en: "Policy"}
"""


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "period-words", METRICS, OBSERVATIONS, events=EVENTS, language="ja",
                      settings=PILLARS)


def test_a_level_before_an_event_is_not_the_latest_value(pack: Pack) -> None:
    en = diagnose("Even before the ban, Norland already had more than 40% share of world output.", pack,
                  as_of="2025-06-01")
    assert en.rating == "unverifiable"
    assert "before the ban" in en.checks[0].reason
    ja = diagnose("禁輸前に、ノーランドの世界シェアはすでに4割を超えていた。", pack, as_of="2025-06-01")
    assert ja.rating == "unverifiable"
    # with no such time said, the latest value answers
    assert diagnose("ノーランドの世界シェアは4割を超えている。", pack, as_of="2025-06-01").rating == "true"


def test_the_same_month_a_year_before_and_better_on_a_lower_is_better_measure(pack: Pack) -> None:
    said = "ノーランドの再配達率は2024年10月に10.2%となり、前年同月より0.9ポイント改善した。"
    found = diagnose(said, pack, as_of="2024-12-06")
    assert found.rating == "true"
    assert any("2023年10月" in c.reason for c in found.checks)
    wrong = "ノーランドの再配達率は2024年10月に10.2%となり、前年同月より2ポイント改善した。"
    assert diagnose(wrong, pack, as_of="2024-12-06").rating in ("half_true", "mostly_false")


def test_a_flat_year_inside_a_run_is_a_detail_wrong(pack: Pack) -> None:
    # 100, 110, 110, 120: no year went the other way, one did not move: mostly true, never true
    run = diagnose("ノーランドの販売数は2024年まで3年連続で増加した。", pack, as_of="2025-06-01")
    assert run.rating == "mostly_true"
    en = diagnose("Norland's unit sales have risen every year since 2021.", pack, as_of="2025-06-01")
    assert en.rating == "mostly_true"
    assert "2023" in en.checks[0].reason
    # a run whose latest year did not move is no run to that year
    to_2023 = diagnose("ノーランドの販売数は2023年まで2年連続で増加した。", pack, as_of="2025-06-01")
    assert to_2023.rating not in ("true", "mostly_true")


def test_a_plans_original_date_is_no_date_of_the_act(pack: Pack) -> None:
    said = ("Norland banned ore exports from January 1, 2020, two years earlier than the 2022 date it had "
            "originally set.")
    found = diagnose(said, pack, as_of="2025-06-01")
    assert found.rating == "true"
    assert found.checks[-1].evidence == ["e2"]
    wrong = ("Norland banned ore exports from January 1, 2020, five years earlier than the 2025 date it had "
             "originally set.")
    assert diagnose(wrong, pack, as_of="2025-06-01").rating == "half_true"
    ja = "ノーランドは当初予定の2022年から2年前倒しして、2020年1月に鉱石の輸出を禁止した。"
    assert diagnose(ja, pack, as_of="2025-06-01").rating == "true"


def test_not_once_since_is_every_step_of_the_window(pack: Pack) -> None:
    # 100, 110, 110, 120 from 2021: one rise refutes "not once"; no fall, every year in a row, holds
    rose = diagnose("Norland's unit sales have not risen even once since 2021.", pack, as_of="2025-06-01")
    assert rose.rating == "false"
    assert rose.checks[0].evidence == ["n1", "n2"]
    fell = diagnose("Norland's unit sales have not fallen even once since 2021.", pack, as_of="2025-06-01")
    assert fell.rating == "true"
    ja = diagnose("ノーランドの販売数は2021年以降一度も増えていない。", pack, as_of="2025-06-01")
    assert ja.rating == "false"


def test_a_run_said_after_a_value_is_of_that_measure(pack: Pack) -> None:
    # 「4年連続の上昇」 with no measure of its own: the rate just given, each year above zero
    said = "2025年のノーランドの消費者物価は前年比3.1%上昇し、4年連続の上昇となった。"
    found = diagnose(said, pack, as_of="2026-02-01")
    assert found.rating == "true"
    assert "c25" in found.checks[-1].evidence
    # a run one year off (2021 fell) is partly, as any run in a row
    five = "2025年のノーランドの消費者物価は前年比3.1%上昇し、5年連続の上昇となった。"
    assert diagnose(five, pack, as_of="2026-02-01").rating == "mostly_true"


def test_from_a_year_on_counts_that_years_own_step(pack: Pack) -> None:
    # 以降 takes 2022 in: 100 -> 110 (2022) rose, 110 -> 110 (2023) did not, 110 -> 120 (2024) rose
    found = diagnose("ノーランドの販売数は2022年以降、毎年増えている。", pack, as_of="2025-06-01")
    assert found.checks[0].evidence[0] == "n1"
    assert found.rating == "mostly_true"
