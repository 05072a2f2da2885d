"""Two safety rules of blind round 14's first run (docs/verdict-rules.md §4.7 and §6), in
Japanese and English, on small packs built here.

- A window said by its length ("over the past year", 「この1年で」) on a monthly series runs from
  the same month a year before the latest value; when the pack has no value for that month, no
  change is measured (not a shorter window's).
- A claim of all of a group ("almost half of all new members") is not settled by a measure whose
  name bounds who it counts by age ("... aged 49 and under", 「49歳以下の…」)."""

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
id: part-window
title: {ja: "部分と期間", en: "Parts and windows"}
language: ja
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "government", "ja"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["tea_price", "茶の平均小売価格", "Average retail price of tea", "NLD/kg", "茶の値段;tea prices", "false",
     "amount", ""],
    ["members_u49_share", "49歳以下の新会員に占める正会員の割合",
     "Share of full members among new members aged 49 and under", "%", "", "", "share", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["p1", "NL", "tea_price", "2024-04", "2.0", "NLD/kg", "stat", ""],
    ["p2", "NL", "tea_price", "2024-12", "3.0", "NLD/kg", "stat", ""],
    ["p3", "NL", "tea_price", "2025-03", "4.2", "NLD/kg", "stat", ""],
    ["s1", "NL", "members_u49_share", "2023", "43.3", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("part-window")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize("claim", [
    "ノーランドの茶の値段はこの1年で2倍になった。",
    "In Norland, tea prices have doubled over the past year.",
])
def test_a_years_window_with_no_value_a_year_back_is_not_measured(claim: str, pack: Pack) -> None:
    # March 2025 is the latest; March 2024 is not in the pack: April 2024 to March 2025 (2.1x) is
    # eleven months, not the year said
    d = diagnose(claim, pack, as_of="2025-04-10")
    assert d.rating not in ("true", "mostly_true")


@pytest.mark.parametrize(("claim", "lang"), [
    ("新会員全体に占める正会員の割合は半数近くだ。", "ja"),
    ("In Norland, almost half of all new members are full members.", "en"),
])
def test_all_of_a_group_is_not_an_age_bounded_part(claim: str, lang: str, pack: Pack) -> None:
    d = diagnose(claim, pack, lang=lang, as_of="2024-09-20")
    assert d.rating == "unverifiable"
    assert any("49" in c.reason and ("全体" in c.reason or "all of a group" in c.reason) for c in d.checks)


@pytest.mark.parametrize(("claim", "lang"), [
    ("49歳以下の新会員に占める正会員の割合は半数近くだ。", "ja"),
    ("In Norland, almost half of new members aged 49 and under are full members.", "en"),
])
def test_the_age_bounded_part_said_is_still_checked(claim: str, lang: str, pack: Pack) -> None:
    d = diagnose(claim, pack, lang=lang, as_of="2024-09-20")
    assert d.rating != "unverifiable"


COUNTS_YAML = """\
id: peaks-and-windows
title: {ja: "ピークと起点", en: "Peaks and starts"}
language: ja
subject: NL
"""
COUNT_METRICS = [
    METRIC_HEADER,
    ["members", "新会員数", "New members", "persons", "新会員;new members", "true", "count",
     "各年の新会員の合計。"],
    ["members_u49", "49歳以下の新会員数", "New members aged 49 and under", "persons", "", "true", "count",
     ""],
    ["visitors", "訪問者数", "Visitors", "persons", "訪問者;visitors", "true", "count", ""],
]
COUNT_OBSERVATIONS = [
    OBSERVATION_HEADER,
    *[[f"m{y}", "NL", "members", str(y), str(v), "persons", "stat", ""]
      for y, v in ((2014, 58000), (2015, 65000), (2016, 60000), (2019, 52000), (2023, 43500))],
    *[[f"v{y}", "NL", "visitors", str(y), str(v), "persons", "stat", ""]
      for y, v in ((2020, 10000), (2021, 30000), (2022, 25000), (2023, 20000))],
]


@pytest.fixture(scope="module")
def counts(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("peaks-and-windows")
    return load_pack(write_rows_pack(folder, COUNTS_YAML, SOURCES, ENTITIES, EVENTS, COUNT_METRICS,
                                     COUNT_OBSERVATIONS))


@pytest.mark.parametrize(("claim", "lang"), [
    ("ノーランドの49歳以下の新会員は2023年に2万人を下回った。", "ja"),
    ("Fewer than 20,000 new members aged 49 or under joined in Norland in 2023.", "en"),
])
def test_an_age_bounded_part_is_not_the_whole_measure(claim: str, lang: str, counts: Pack) -> None:
    assert diagnose(claim, counts, lang=lang, as_of="2024-06-01").rating == "unverifiable"


@pytest.mark.parametrize("claim", [
    "ノーランドの新会員は2015年のピークから3割以上減り、4万人台前半に落ち込んだ。",
    "In Norland, new members have fallen by about a third from their 2015 peak.",
])
def test_a_dated_peak_starts_the_change(claim: str, counts: Pack) -> None:
    # 65,000 (2015) -> 43,500 (2023): -33 %, not the step from 2014 to 2015
    assert diagnose(claim, counts, as_of="2024-06-01").rating in ("true", "mostly_true")


@pytest.mark.parametrize("claim", [
    "ノーランドの新会員は2019年からの4年間で2割近く減った。",
    "ノーランドの新会員は2015年からの8年間で3分の2ほどになった。",
])
def test_a_period_with_kara_starts_the_window(claim: str, counts: Pack) -> None:
    assert diagnose(claim, counts, as_of="2024-06-01").rating in ("true", "mostly_true")


@pytest.mark.parametrize("claim", [
    "Visitors to Norland have now fallen for two years in a row.",
    "ノーランドの訪問者数は2年連続で減った。",
])
def test_n_years_in_a_row_is_a_run(claim: str, counts: Pack) -> None:
    # 2021 -> 2022 -> 2023 fell; the whole series (2020 -> 2023) rose
    assert diagnose(claim, counts, as_of="2024-06-01").rating == "true"


DENIED_EVENTS = [
    EVENT_HEADER,
    ["no", "2021-07-01", "", "NL", "policy", "ノーランドは国際協定を承認せず",
     "Norland does not approve the international accord", "", "", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def denied(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("denied")
    return load_pack(
        write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, DENIED_EVENTS, METRICS, OBSERVATIONS)
    )


@pytest.mark.parametrize(("claim", "lang"), [
    ("ノーランドは2021年10月に国際協定を承認した。", "ja"),
    ("Norland approved the international accord in October 2021.", "en"),
])
def test_an_event_that_denies_the_act_does_not_date_it(claim: str, lang: str, denied: Pack) -> None:
    # the only event says the act did not happen (in July): when it did is not shown
    d = diagnose(claim, denied, lang=lang, as_of="2022-01-01")
    assert d.rating == "unverifiable"
