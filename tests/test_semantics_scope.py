"""The scope of a check (docs/verdict-rules.md §2 "Two measures in one clause", §4.7 "A record as the start
of a change"): which window a "from their 2021 record" names, and which of two
measures named in one clause a record is said of. (Blind round 20d us-gun-deaths murders-down-15,
ja-homicide-decline, suicide-record-2022.)"""

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
id: scope
title: {ja: "範囲", en: "Scope"}
language: en
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
METRICS = [
    METRIC_HEADER,
    ["lates", "遅延件数", "late trains", "count", "遅延;train delays", "false", "count", ""],
    ["cancels", "運休件数", "cancelled trains", "count", "運休;train cancellations", "false", "count", ""],
    ["hurt", "事故による負傷者数", "accident injuries", "count", "事故による負傷者;injured people", "false",
     "count", ""],
    ["hurt_rate", "事故による負傷率", "accident injury rate", "per 100,000",
     "負傷率;injury rate;injuries per 100000", "false", "ratio", ""],
]
VALUES = {
    "lates": {2019: 14400, 2020: 19400, 2021: 20960, 2022: 19650, 2023: 17930},
    "cancels": {2019: 23940, 2020: 24290, 2021: 26330, 2022: 27030, 2023: 27300},
    "hurt": {1974: 35000, 2020: 45220, 2021: 48830},
    "hurt_rate": {1974: 16.3, 2020: 13.6, 2021: 14.6},
}
OBSERVATIONS = [OBSERVATION_HEADER] + [
    [f"{m}{y}", "NL", m, str(y), str(v), "per 100,000" if m == "hurt_rate" else "count", "stat", ""]
    for m, by in VALUES.items() for y, v in by.items()
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("scope")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def _checked(d: object) -> list[tuple[str, str, list[str]]]:
    return [(c.kind, c.result, list(c.evidence)) for c in d.checks]  # type: ignore[attr-defined]


# -- a record or a level as the start of a change --------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Late trains are down about 15% from their 2021 record.",
        "Late trains fell about 15% from the record high in 2021.",
        "遅延件数は2021年の過去最多から約15%減った。",
    ],
)
def test_a_record_said_as_the_start_runs_to_now(pack: Pack, said: str) -> None:
    # 20,960 (2021) -> 17,930 (2023): -14.5 %, not the rise in 2021 (19,400 -> 20,960)
    d = diagnose(said, pack, as_of="2025-03-01")
    assert [sorted(c.evidence) for c in d.checks] == [["lates2021", "lates2023"]], said
    assert d.rating in ("true", "mostly_true"), said


def test_a_wrong_size_from_the_record_still_fails(pack: Pack) -> None:
    d = diagnose("Late trains are down about 40% from their 2021 record.", pack, as_of="2025-03-01")
    assert d.rating in ("false", "mostly_false")


def test_a_record_said_of_the_period_is_still_a_record(pack: Pack) -> None:
    # negative: "hit a record in 2021" ranks 2021; "fell to a record low" is no start of a change
    d = diagnose("Late trains hit a record in 2021.", pack, as_of="2025-03-01")
    assert _checked(d) == [("superlative", "holds", ["lates2021", "lates2020"])]
    d = diagnose("Late trains hit a record in 2023.", pack, as_of="2025-03-01")
    assert d.rating == "false"


def test_from_a_bare_year_is_unchanged(pack: Pack) -> None:
    # negative: no record, peak or level word after the year: read as before (the change in 2021)
    d = diagnose("Late trains are down about 15% from 2021.", pack, as_of="2025-03-01")
    assert [sorted(c.evidence) for c in d.checks] == [["lates2020", "lates2021"]]


# -- two measures in one clause ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Cancelled trains set a new record in 2022 even as late trains went down.",
        "Cancelled trains set a new record in 2022 — 27,030 of them — as late trains went down.",
        "Late trains went down in 2022 as cancelled trains set a new record.",
        "2022年は遅延が減る中で運休が過去最多となった。",
        "2022年は運休が過去最多となる中で遅延は減った。",
    ],
)
def test_the_record_is_said_of_its_own_measure(pack: Pack, said: str) -> None:
    d = diagnose(said, pack, as_of="2024-05-01")
    sup = [c for c in d.checks if c.kind == "superlative"]
    assert sup and sup[0].result == "holds" and "cancels2022" in sup[0].evidence, said
    assert d.rating == "true", said


@pytest.mark.parametrize(
    "said",
    [
        "Late trains set a new record in 2022 even as cancelled trains went up.",
        "Late trains set a new record in 2022 as cancelled trains went up.",
        "2022年は運休が増える中で遅延が過去最多となった。",
        # the other measure is the object of a comparison or a coordinate, not the subject
        "2022年、遅延は運休を上回り過去最多となった。",
        "Late trains outpaced cancelled trains to hit a record in 2022.",
        "In 2022 late trains, along with cancelled trains, reached a record.",
    ],
)
def test_a_record_the_other_measure_has_fails(pack: Pack, said: str) -> None:
    # negative: the record belongs to late trains, which fell in 2022; it is not lent the other's
    d = diagnose(said, pack, as_of="2024-05-01")
    sup = [c for c in d.checks if c.kind == "superlative"]
    assert sup and sup[0].result == "fails" and "lates2022" in sup[0].evidence, said
    assert d.rating in ("false", "mostly_false", "half_true"), said


def test_even_as_splits_and_the_second_clause_is_checked(pack: Pack) -> None:
    d = diagnose("Cancelled trains set a new record in 2022 even as late trains went up.", pack,
                 as_of="2024-05-01")
    assert [(c.kind, c.result) for c in d.checks] == [("superlative", "holds"), ("change", "fails")]
    assert d.rating == "half_true"


@pytest.mark.parametrize(
    "said",
    ["事故による負傷率は2021年に10万人あたり14.6人となり、過去最悪を記録した。",
     "事故による負傷率は2021年に10万人当たり14人を超え、過去最悪を記録した。"],
)
def test_a_rate_per_people_is_ranked_as_a_rate(pack: Pack, said: str) -> None:
    # 「10万人あたり」 is the rate's base, not a count: the record is the rate's (1974's 16.3 was
    # higher), not the count's (48,830, a record)
    d = diagnose(said, pack, as_of="2023-06-01")
    sup = [c for c in d.checks if c.kind == "superlative"]
    assert sup and sup[0].result == "fails" and "hurt_rate2021" in sup[0].evidence, said


def test_a_count_of_people_is_still_a_count(pack: Pack) -> None:
    # negative: with no base, 「4万8830人」 is the count, whose record holds
    said = "事故による負傷者数は2021年に4万8830人となり、過去最悪を記録した。"
    d = diagnose(said, pack, as_of="2023-06-01")
    sup = [c for c in d.checks if c.kind == "superlative"]
    assert sup and sup[0].result == "holds" and "hurt2021" in sup[0].evidence


# -- a clause that left its subject to the clause before ------------------------------------------


def test_the_year_before_written_as_a_phrase(pack: Pack) -> None:
    # 「前の年より」 is 前年より: the change from 2021 to 2022 of the measure said before
    d = diagnose("2022年の遅延件数は1万9650件で、前の年より減った。", pack, as_of="2024-05-01")
    assert [(c.kind, c.result) for c in d.checks] == [("metric", "holds"), ("change", "holds")]
    assert d.rating == "true"
    # negative: the wrong way fails, not left unknown
    d = diagnose("2022年の遅延件数は1万9650件で、前の年より増えた。", pack, as_of="2024-05-01")
    assert [(c.kind, c.result) for c in d.checks] == [("metric", "holds"), ("change", "fails")]


def test_still_is_no_topic_of_its_own(pack: Pack) -> None:
    from shingi.pipeline.parse import parse

    # 「いまも」 is "still", not "X also": the clause keeps the measure of the clause before
    said = parse("運休件数は2023年に2万7300件となり、いまも増え続けている。", pack).statements
    assert said[-1].metrics[:1] == ("cancels",)
    # negative: a noun before も that the pack does not measure is a topic of its own
    said = parse("運休件数は2023年に2万7300件となり、乗客数も増え続けている。", pack).statements
    assert said[-1].metrics[:1] != ("cancels",)
