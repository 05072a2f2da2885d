"""When a plan was stated, against what it is for (docs/verdict-rules.md §4.3), on a small pack
built here.

A cleft whose focus is the date of stating a plan (「…目標を表明したのは2022年だった」,
「…を掲げたのは2023年のことだ」, "It was in 2022 that Norland set a goal ...") claims when the
plan was stated: the year is compared with the
plan event's date (a year off: mostly false, §4.2), not with the period the plan is for (2023 is
inside "the 2020s", which made a wrong year true). A period the plan is for (「2030年代に…する目標」)
is still compared with the plan's period."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: plan-dates
title: {ja: "計画の日付", en: "Plan dates"}
language: ja
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["gov", "Cabinet office", "Office", "", "2024", "government", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
]
EVENTS = [
    EVENT_HEADER,
    ["goal", "2024-10-01", "", "NL", "target",
     "ノーランド政府が最低賃金を「2020年代に全国平均1500円」へ引き上げる目標を表明",
     "Norland sets a goal of a 1,500 yen average minimum wage in the 2020s",
     "1500", "JPY", "gov", "", ""],
]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    ["minwage", "最低賃金", "minimum wage", "JPY", "", "true", "amount"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["w1", "NL", "minwage", "2024", "1055", "JPY", "gov", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("plan-dates")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(
    "claim",
    [
        "ノーランド政府が最低賃金1500円の目標を表明したのは2023年だった",
        "ノーランド政府が最低賃金1500円の目標を掲げたのは2023年のことだ",
        "It was in 2023 that Norland set a goal of a 1,500 yen minimum wage",
    ],
)
def test_a_wrong_year_of_stating_a_plan_is_not_true(claim: str, pack: Pack) -> None:
    d = diagnose(claim, pack)
    assert d.rating == "mostly_false"
    assert "2024" in d.checks[0].reason


def test_the_right_year_of_stating_a_plan_holds(pack: Pack) -> None:
    assert diagnose("ノーランド政府が最低賃金1500円の目標を表明したのは2024年だった", pack).rating == "true"
    english = "It was in 2024 that Norland set a goal of a 1,500 yen minimum wage"
    assert diagnose(english, pack).rating == "true"


def test_the_period_a_plan_is_for_is_still_compared_with_the_plan(pack: Pack) -> None:
    assert diagnose("ノーランド政府は2020年代に最低賃金を1500円にする目標を掲げた", pack).rating == "true"
