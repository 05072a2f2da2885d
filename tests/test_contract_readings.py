"""Contract-level readings of packs written by others (pack-format.md 1.1): vintages of a figure
at a claim's date, the pack's subject for a claim that names no place, the side of a net flow."""

from __future__ import annotations

from pathlib import Path

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    csv_text,
    write_pack,
)
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

_SOURCES = [
    SOURCE_HEADER,
    ["s_old", "Old bulletin", "Office", "", "2022-05", "statistics", "en"],
    ["s_first", "First estimate", "Office", "", "2024-05", "statistics", "en"],
    ["s_rev", "Revised estimate", "Office", "", "2025-05", "statistics", "en"],
]


def _pack(tmp_path: Path, metrics: list[list[str]], rows: list[list[str]],
          entities: list[list[str]] | None = None, pack_yaml: str | None = None) -> Pack:
    files = {
        "sources_csv": csv_text(_SOURCES),
        "metrics_csv": csv_text([METRIC_HEADER, *metrics]),
        "observations_csv": csv_text([OBSERVATION_HEADER, *rows]),
        "events_csv": csv_text([EVENT_HEADER]),
    }
    if entities is not None:
        files["entities_csv"] = csv_text([ENTITY_HEADER, *entities])
    if pack_yaml is not None:
        files["pack_yaml"] = pack_yaml
    return load_pack(write_pack(tmp_path / "p", **files))


def _rating(pack: Pack, text: str, as_of: str) -> str:
    return diagnose(text, pack, lang="ja" if "。" in text else "en", as_of=as_of).rating


_NET = ["net", "純移民", "Net migration", "people", "net migration;純移民", "", "count", ""]
_NET_FIRST = ["net_first", "純移民(速報値)", "Net migration (first estimate)", "people", "", "", "count", ""]


def test_a_revision_published_after_the_claim_does_not_decide(tmp_path: Path) -> None:
    # two figures of one entity, measure and period, a first estimate and its revision: at the
    # claim's date the one published by then decides (contract: evidence dated later does not)
    pack = _pack(tmp_path, [_NET], [
        ["n23a", "JP", "net", "2023", "700000", "people", "s_first", "first estimate"],
        ["n23b", "JP", "net", "2023", "900000", "people", "s_rev", "revised"],
        ["n22", "JP", "net", "2022", "600000", "people", "s_rev", "the only figure held"],
    ])
    for said in ("Japan's net migration was about 700,000 in 2023.",
                 "2023年の日本の純移民は約70万人だった。"):
        assert _rating(pack, said, "2024-06-01") == "true", said
    for said in ("Japan's net migration was about 900,000 in 2023.",
                 "2023年の日本の純移民は約90万人だった。"):
        assert _rating(pack, said, "2024-06-01") in ("false", "mostly_false"), said
    # a lone figure published after the claim is still the figure the pack holds of its period
    assert _rating(pack, "Japan's net migration was about 600,000 in 2022.", "2024-06-01") == "true"


def test_a_measure_kept_apart_as_first_published_makes_its_sibling_a_revision(tmp_path: Path) -> None:
    # "Net migration (first estimate)" beside "Net migration": the pack keeps vintages, so a
    # revised figure published after the claim (2022 revised up to 950,000 in 2025) did not
    # stand against the 2023 record when the claim was made
    rows = [
        ["n20", "JP", "net", "2020", "300000", "people", "s_old", ""],
        ["n21", "JP", "net", "2021", "500000", "people", "s_old", ""],
        ["n22", "JP", "net", "2022", "950000", "people", "s_rev", "revised in 2025"],
        ["n23", "JP", "net", "2023", "800000", "people", "s_first", ""],
        ["f22", "JP", "net_first", "2022", "650000", "people", "s_old", ""],
    ]
    pack = _pack(tmp_path, [_NET, _NET_FIRST], rows)
    for said in ("Japan's net migration hit a record 800,000 in 2023.",
                 "2023年の日本の純移民は80万人で過去最多となった。"):
        assert _rating(pack, said, "2024-06-01") == "true", said
        # once the revision was out, 2022's 950,000 stands above it
        assert _rating(pack, said, "2025-06-01") in ("false", "mostly_false", "half_true"), said
    # without a measure of first estimates, the figure held is the figure of its period
    plain = _pack(tmp_path / "plain", [_NET], rows[:4])
    assert _rating(plain, "Japan's net migration hit a record 800,000 in 2023.", "2024-06-01") != "true"


_REGION_PACK = """\
id: region
title: {ja: "首都圏", en: "Greater Tokyo"}
language: ja
subject: REG
"""
_REGION_ENTITIES = [
    ["JP", "country", "日本", "Japan", "全国;nationwide", ""],
    ["REG", "other", "首都圏", "Greater Tokyo", "greater Tokyo", "JP"],
]
_STARTS = ["starts", "住宅着工戸数", "Housing starts", "count", "住宅着工;housing starts", "", "count", ""]


def test_a_claim_naming_no_place_in_a_pack_about_a_region_is_read_on_its_country_too(tmp_path: Path) -> None:
    # the pack is about a region and keeps the measure for the region and for its country: a claim
    # that names no place is either's; where the two disagree the pack cannot say which was meant
    pack = _pack(tmp_path, [_STARTS], [
        ["j24", "JP", "starts", "2024", "792000", "count", "s_rev", ""],
        ["j25", "JP", "starts", "2025", "740000", "count", "s_rev", ""],
        ["r25", "REG", "starts", "2025", "268000", "count", "s_rev", ""],
    ], entities=_REGION_ENTITIES, pack_yaml=_REGION_PACK)
    for said in ("住宅着工戸数は2025年に70万戸を割り込んだ。", "Housing starts fell below 700,000 in 2025."):
        assert _rating(pack, said, "2026-02-01") == "unverifiable", said
    # only the country has the year's figure: it is the one the claim can be of
    for said in ("2024年の住宅着工戸数は約79万戸だった。", "Housing starts were about 792,000 in 2024."):
        assert _rating(pack, said, "2025-02-01") == "true", said
    # both readings agree
    assert _rating(pack, "住宅着工戸数は2025年に20万戸を超えた。", "2026-02-01") == "true"
    # a place named says whose figure it is
    assert _rating(pack, "首都圏の住宅着工戸数は2025年に70万戸を割り込んだ。", "2026-02-01") == "true"
    assert _rating(pack, "Japan's housing starts fell below 700,000 in 2025.", "2026-02-01") in (
        "false", "mostly_false")


def test_a_deficit_named_with_its_balance_word_is_still_one_side(tmp_path: Path) -> None:
    # 「貿易収支赤字」 among the aliases of a deficit kept positive: the measure is the deficit, so
    # 赤字 in a claim takes its values as they are (not a balance of -621 bn)
    deficit = ["deficit", "貿易赤字", "Trade deficit", "USD", "trade deficit;貿易収支赤字", "false", "amount",
               ""]
    pack = _pack(tmp_path, [deficit], [
        ["d15", "JP", "deficit", "2015", "480 bn", "USD", "s_old", ""],
        ["d16", "JP", "deficit", "2016", "500 bn", "USD", "s_old", ""],
        ["d17", "JP", "deficit", "2017", "552 bn", "USD", "s_old", ""],
        ["d18", "JP", "deficit", "2018", "621 bn", "USD", "s_old", ""],
    ])
    for said in ("2018年の日本の貿易赤字は約6210億ドルで、過去最大だった。",
                 "Japan's trade deficit was about $621 billion in 2018, the largest on record."):
        assert _rating(pack, said, "2019-03-01") == "true", said


def test_the_largest_net_outflow_is_the_lowest_net_inflow(tmp_path: Path) -> None:
    # a net inflow kept signed (a value below zero is a net outflow): "the largest net outflow" and
    # 「転出超過が最も大きい」 rank from the lowest value, as the largest deficit of a balance does
    net_in = ["net_in", "転入超過数", "Net migration inflow", "count", "転出超過;net outflow;net inflow", "",
              "count", "negative values are net outflows"]
    entities = [
        ["JP", "country", "日本", "Japan", "", ""],
        ["north", "other", "北部", "Northland", "", "JP"],
        ["south", "other", "南部", "Southland", "", "JP"],
        ["east", "other", "東部", "Eastland", "", "JP"],
    ]
    pack = _pack(tmp_path, [net_in], [
        ["n", "north", "net_in", "2024", "100", "count", "s_rev", ""],
        ["s", "south", "net_in", "2024", "-50", "count", "s_rev", ""],
        ["e", "east", "net_in", "2024", "-20", "count", "s_rev", ""],
    ], entities=entities, pack_yaml=_REGION_PACK.replace("subject: REG", "subject: JP"))
    for said in ("Southland had the largest net outflow of any region in 2024.",
                 "2024年に転出超過が最も大きかったのは南部だった。"):
        assert _rating(pack, said, "2025-02-01") == "true", said
    for said in ("Northland had the largest net outflow of any region in 2024.",
                 "2024年に転出超過が最も大きかったのは北部だった。"):
        assert _rating(pack, said, "2025-02-01") == "false", said
    # the largest net inflow is still the highest value
    said = "Northland had the largest net inflow of any region in 2024."
    assert _rating(pack, said, "2025-02-01") == "true"


def test_the_year_before_a_rolling_year_is_the_rolling_year_before(tmp_path: Path) -> None:
    # a measure of twelve-month totals dated by their last month: 「前年」 / "the previous year" after
    # "the year to June 2025" is the year to June 2024, not calendar 2024
    rolling = ["net", "純移民", "Net migration", "people", "net migration;純移民", "", "count",
               "12-month total; YYYY-06 = year ending June, YYYY = calendar year"]
    pack = _pack(tmp_path, [rolling], [
        ["n2406", "JP", "net", "2024-06", "649000", "people", "s_rev", ""],
        ["n24", "JP", "net", "2024", "431000", "people", "s_rev", ""],
        ["n2506", "JP", "net", "2025-06", "204000", "people", "s_rev", ""],
    ])
    for said in ("2025年6月までの1年間の日本の純移民は20万4000人で、前年の64万9000人から約3分の2減少した。",
                 "Japan's net migration was 204,000 in the year to June 2025, "
                 "down from 649,000 the previous year."):
        assert _rating(pack, said, "2025-12-01") == "true", said
    said = "Japan's net migration was 204,000 in the year to June 2025, down from 431,000 the previous year."
    assert _rating(pack, said, "2025-12-01") != "true"
