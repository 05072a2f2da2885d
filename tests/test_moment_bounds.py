"""A line never crossed, or crossed at one moment, inside a period (docs/verdict-rules.md §4.7, "a
moment of the period"; review session 20 H0, H3, H8, M1, M3):

- "never fell below 2% in 2024", "did not at any point", "stayed above 2% throughout 2024",
  「2%を下回ることはなかった」「一度も2%を下回らなかった」 are read on the period's extreme, not on
  its last value (a month under the line refutes them), for a measure of kind amount or share.
- 一時 inside a measure's name (一時保護件数) says no moment; 一時 as an adverb does.
- A "never" in a side clause ("risen, but never enough to keep up with prices") does not negate
  the clause of the step; "not once but twice" is no never.
"""

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
id: moments
title: {ja: "瞬間", en: "Moments"}
language: en
subject: OS
"""
SOURCES = [SOURCE_HEADER, ["st", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [
    ENTITY_HEADER,
    ["OS", "country", "オストランド", "Ostland", "", ""],
    ["WS", "country", "ウェストランド", "Westland", "", ""],
    ["CB", "government", "オストランド中央銀行", "Central Bank of Ostland", "central bank", "OS"],
]
EVENTS = [
    EVENT_HEADER,
    ["e1", "2023-03-15", "", "CB", "policy", "オストランド中央銀行が政策金利を引き下げ",
     "Central Bank of Ostland cuts its policy rate", "", "", "st", "2", ""],
    ["e2", "2024-06-15", "", "CB", "policy", "オストランド中央銀行が再び政策金利を引き下げ",
     "Central Bank of Ostland cuts its policy rate again", "", "", "st", "2", ""],
]
METRICS = [
    METRIC_HEADER,
    ["cpi", "物価上昇率", "inflation rate", "%", "", "false", "amount", ""],
    ["hicp", "消費者物価上昇率", "consumer price inflation", "%", "", "false", "share", ""],
    ["custody", "一時保護件数", "children in temporary protective custody", "count", "", "false",
     "amount", ""],
    ["wages", "平均賃金", "average wages", "USD", "", "true", "amount", ""],
    ["rate", "政策金利", "policy rate", "%", "", "false", "amount", ""],
]
_MONTHS = [4.0, 3.4, 3.2, 2.3, 2.0, 2.0, 2.2, 2.2, 1.7, 2.3, 2.6, 2.5]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    *[[f"c{m}", "OS", "cpi", f"2024-{m:02d}", f"{v}", "%", "st", ""] for m, v in enumerate(_MONTHS, 1)],
    *[[f"h{m}", "OS", "hicp", f"2024-{m:02d}", f"{v}", "%", "st", ""] for m, v in enumerate(_MONTHS, 1)],
    ["k1", "OS", "custody", "2024-01", "3000", "count", "st", ""],
    ["k6", "OS", "custody", "2024-06", "5200", "count", "st", ""],
    ["k12", "OS", "custody", "2024-12", "4500", "count", "st", ""],
    ["k24", "OS", "custody", "2024", "4500", "count", "st", ""],
    *[[f"w{y}", "OS", "wages", f"{y}", f"{v}", "USD", "st", ""]
      for y, v in zip(range(2020, 2025), (100, 102, 105, 108, 112), strict=True)],
    ["r21", "OS", "rate", "2021", "3.0", "%", "st", ""],
]

#: a rating and the ratings on its side of half true (a line missed is false or mostly false, §4.1)
_SAME = {
    "true": ("true", "mostly_true"),
    "false": ("false", "mostly_false"),
    "not true": ("false", "mostly_false", "unverifiable", "half_true"),
}


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("moments")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(
    "measure", [("inflation rate", "物価上昇率"), ("consumer price inflation", "消費者物価上昇率")]
)
@pytest.mark.parametrize(
    ("said", "rating"),
    [
        # September's 1.7 % refutes every "never" (review H0), for amount and share alike (M1)
        ("Ostland's {en} never fell below 2% in 2024.", "false"),
        ("Ostland's {en} did not at any point fall below 2% in 2024.", "false"),
        ("Ostland's {en} stayed above 2% throughout 2024.", "false"),
        ("オストランドの{ja}は2024年に2%を下回ることはなかった。", "false"),
        ("オストランドの{ja}は2024年に一度も2%を下回らなかった。", "false"),
        ("Ostland's {en} did not briefly fall below 2% in 2024.", "false"),
        # the positive half, and the nevers that hold: no month above 5 %, none under 1.5 %
        ("Ostland's {en} at one point fell below 2% in 2024.", "true"),
        ("オストランドの{ja}は2024年に一時2%を下回った。", "true"),
        ("Ostland's {en} never rose above 5% in 2024.", "true"),
        ("オストランドの{ja}は2024年に5%を上回ることはなかった。", "true"),
        ("Ostland's {en} stayed above 1.5% throughout 2024.", "true"),
        # what the rule must not do: a month named is read on that month
        ("Ostland's {en} was below 3% in December 2024.", "true"),
    ],
)
def test_a_line_never_crossed_is_read_on_the_periods_extreme(
    pack: Pack, measure: tuple[str, str], said: str, rating: str
) -> None:
    claim = said.format(en=measure[0], ja=measure[1])
    assert diagnose(claim, pack).rating in _SAME[rating], claim


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        # 一時 in the measure's name: the year's 4,500, in both languages (review H3)
        ("オストランドの一時保護件数は2024年に5000件を超えた。", "false"),
        ("Ostland's children in temporary protective custody exceeded 5,000 in 2024.", "false"),
        # 一時 as an adverb still says a moment: June's 5,200
        ("オストランドの一時保護件数は2024年に一時5000件を超えた。", "true"),
        ("Ostland's children in temporary protective custody at one point exceeded 5,000 in 2024.", "true"),
    ],
)
def test_ichiji_inside_a_measures_name_says_no_moment(pack: Pack, said: str, rating: str) -> None:
    assert diagnose(said, pack).rating in _SAME[rating], said


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        # a never of a side clause does not negate the rise (review H8)
        ("Ostland's average wages have risen, but never enough to keep up with prices.", "not false"),
        ("Ostland's average wages rose, something that never happens in Westland.", "not false"),
        ("オストランドの平均賃金は上がったが、物価に追いついたことは一度もない。", "not false"),
        # the never of the step still refutes it
        ("Ostland's average wages have never risen.", "false"),
        ("オストランドの平均賃金は一度も上がっていない。", "false"),
        # "not once but twice" is no never (M3): never refuted by the cuts, and no multiple of the rate
        ("The Central Bank of Ostland has cut its policy rate not once but twice since 2022.", "not false"),
        ("オストランド中央銀行は2022年以降、一度ならず二度も政策金利を引き下げた。", "not false"),
        ("オストランド中央銀行は2022年以降、一度も政策金利を引き下げていない。", "false"),
    ],
)
def test_a_never_is_read_in_its_own_clause(pack: Pack, said: str, rating: str) -> None:
    got = diagnose(said, pack).rating
    if rating == "not false":
        assert got not in ("false", "mostly_false"), (said, got)
    else:
        assert got in _SAME[rating], (said, got)
