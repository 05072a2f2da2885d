"""Parts of a whole computed from two counts (docs/verdict-rules.md §2, §4.5), in Japanese and
English, on a small pack built here: each test asserts one rule's behaviour.

- 「AのうちB」: a clause ending in のうち / の中で names the whole the next clause takes a part of;
  it is no statement of its own.
- A percentage or a fraction (「3%未満」「33%」「3分の1」, "a third") of a count is a share: the
  part's value over the whole's — a world total, another entity the statement names, else the
  part's own country (contract: entities.csv `country`), never a whole smaller than the part.
- 「33%が外国人」 after a clause about a count takes that count as its measure."""

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
from shingi.pipeline.parse import parse

PACK_YAML = """\
id: parts-of-whole
title: {ja: "全体のうち", en: "Parts of a whole"}
language: ja
subject: foreign
"""
SOURCES = [
    SOURCE_HEADER,
    ["survey", "Welfare survey", "Ministry", "", "2025", "statistics", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "全国", ""],
    ["foreign", "other", "世帯主が外国籍の世帯", "foreign-headed households", "外国人;外国人世帯", "NL"],
    ["big", "other", "大世帯", "large households", "", "NL"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["hh", "生活保護受給世帯数", "welfare households", "count", "生活保護世帯数;受給世帯数;生活保護世帯", "",
     "count", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["all", "NL", "hh", "FY2023", "1650478", "count", "survey", ""],
    ["fh", "foreign", "hh", "FY2023", "47317", "count", "survey", ""],
    ["bg", "big", "hh", "FY2023", "2000000", "count", "survey", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("parts-of-whole")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_a_partitive_clause_is_the_setting_of_the_next(pack: Pack) -> None:
    p = parse("2023年度に生活保護を受給した世帯のうち、世帯主が外国籍の世帯は全体の3%未満だった", pack)
    assert len(p.statements) == 1 and p.statements[0].kind == "share"


@pytest.mark.parametrize(("claim", "rating"), [
    ("2023年度に生活保護を受給した世帯のうち、世帯主が外国籍の世帯は全体の3%未満だった", "true"),
    ("2023年度に生活保護を受給した世帯のうち、世帯主が外国籍の世帯は全体の3割だった", "false"),
    ("Foreign-headed households were about 2.9% of welfare households in FY2023.", "true"),
    ("A third of welfare households were foreign-headed households in FY2023.", "false"),
])
def test_a_share_is_the_part_over_its_country(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating


def test_a_share_after_a_count_takes_its_measure(pack: Pack) -> None:
    d = diagnose("生活保護世帯数って、165万世帯。33%が外国人じゃん。3分の1が外国人", pack)
    assert [c.result for c in d.checks][-2:] == ["fails", "fails"]
    assert all(set(c.evidence) == {"fh", "all"} for c in d.checks[-2:])


def test_a_whole_is_never_smaller_than_its_part(pack: Pack) -> None:
    # large households (2.0 million) are no part of Norland's 1.65 million: no share to compute
    d = diagnose("大世帯は生活保護世帯の50%を占める", pack)
    assert all(c.result == "unknown" or "all" not in c.evidence for c in d.checks)
