"""The latest figure at the claim's date and ages in years and months (docs/verdict-rules.md
§4.4), on a small pack built here: with `said_on`, "now" is the latest value of a period begun by
then, never a projection of a later period the pack keeps as an observation (contract 1.1: "the
latest one at or before it"); "62 years and 9 months", 「62歳9か月」 is 62.75 years. (Blind round 7d
fr-pensions age-now: the 2030 end point of the law was taken as the age "right now".)"""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    write_rows_pack,
)
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: now-and-ages
title: {ja: "現在の値", en: "The value now"}
language: en
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["law", "Pension law", "Gazette", "", "2023-04-15", "government", "en"],
    ["news", "Suspension", "Agency", "", "2025-10-14", "news", "en"],
]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
METRICS = [
    METRIC_HEADER,
    ["age", "法定退職年齢", "legal retirement age", "years", "retirement age;退職年齢", "", "amount", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["a1", "NL", "age", "2023-08", "62", "years", "law", ""],
    ["a2", "NL", "age", "2025-10", "62.75", "years", "news", ""],
    ["a3", "NL", "age", "2030", "64", "years", "law", "planned end point"],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("now-and-ages")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def test_now_is_not_a_later_projection(pack: Pack) -> None:
    d = diagnose("Right now Norland's retirement age stands at 62.75.", pack, as_of="2025-11-01")
    assert d.checks[0].evidence == ["a2"] and d.rating == "true"
    # the projection's 67 is not now's value (62.75, 6 % off: half true by the §4.1 scale)
    now = diagnose("Right now Norland's retirement age is 67.", pack, as_of="2025-11-01")
    assert now.rating == "half_true"


def test_years_and_months(pack: Pack) -> None:
    claim = "Right now Norland's retirement age stands at 62 years and 9 months."
    assert diagnose(claim, pack, as_of="2025-11-01").rating == "true"
    assert diagnose("現在、ノーランドの法定退職年齢は62歳9か月だ", pack, as_of="2025-11-01").rating == "true"
    assert diagnose("現在、ノーランドの法定退職年齢は62歳3か月だ", pack, as_of="2025-11-01").rating != "true"
