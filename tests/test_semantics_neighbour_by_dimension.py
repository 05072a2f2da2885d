"""A neighbour measure told apart by the claim's figure (docs/verdict-rules.md §4.13, "A sibling of the
figure's dimension", "A share of another whole", "A day of the year in the measure's name"): a share
said of a count's words is read on the count's share sibling, money per person on the cost beside the
travellers, a day of the year on the measure named for that day; a share is never read on a share of
another whole, and two siblings alike link neither. Blind round 20 jp-outbound-travel one-in-ten-en,
newyear-record; jp-teachers en-shortage-1pct, en-shortage-may; us-gun-deaths ja-47k-over-60pct;
england-sewage-spills mostly-illegal, ja-104bn-half; round 16 us-tariff-revenue share-4pct."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

METRICS = [
    [
        "licences",
        "有効免許数",
        "Valid licences",
        "count",
        "有効な免許;valid licences",
        "",
        "count",
        "",
    ],
    [
        "licence_rate",
        "免許保有率",
        "Licence holding rate",
        "%",
        "免許を持っている人の割合;share of Norlanders with a licence",
        "",
        "share",
        "有効免許数÷人口",
    ],
    [
        "licence_rate_town",
        "町在住者の免許保有率",
        "Licence holding rate (town residents)",
        "%",
        "町在住者の保有率",
        "",
        "share",
        "町在住者の有効免許数÷町の人口",
    ],
    [
        "online_rate",
        "免許オンライン申請の割合",
        "Share of licence applications made online",
        "%",
        "オンライン申請の割合",
        "",
        "share",
        "",
    ],
    [
        "trips",
        "年末年始の海外旅行者数",
        "Year-end holiday outbound travellers",
        "count",
        "年末年始に海外旅行に行く人",
        "",
        "count",
        "",
    ],
    [
        "trip_cost",
        "年末年始の海外旅行の平均費用",
        "Average cost of a year-end trip abroad",
        "JPY",
        "年末年始の海外旅行費用;1人当たりの平均費用",
        "",
        "amount",
        "1人あたりの平均費用",
    ],
    [
        "summer_cost",
        "夏の海外旅行の平均費用",
        "Average cost of a summer trip abroad",
        "JPY",
        "夏の海外旅行費用",
        "",
        "amount",
        "1人あたりの平均費用",
    ],
    [
        "gap_start",
        "欠員数（年度初め時点）",
        "Vacancies at the start of the year",
        "count",
        "欠員;vacancies;unfilled posts",
        "",
        "count",
        "",
    ],
    [
        "gap_may",
        "欠員数（5月1日時点）",
        "Vacancies on 1 May",
        "count",
        "5月1日時点の欠員",
        "",
        "count",
        "",
    ],
    [
        "gap_rate_may",
        "欠員率（5月1日時点）",
        "Rate of unfilled posts on 1 May",
        "%",
        "欠員率",
        "",
        "share",
        "",
    ],
    [
        "road_deaths",
        "道路事故の死者数",
        "road deaths",
        "count",
        "道路事故の死者;road accident deaths",
        "",
        "count",
        "",
    ],
    [
        "night_share",
        "道路事故の死者に占める夜間の割合",
        "share of road deaths that occur at night",
        "%",
        "夜間の割合",
        "",
        "share",
        "",
    ],
    [
        "road_share_night",
        "夜間の死者に占める道路事故の割合",
        "share of night deaths that are road deaths",
        "%",
        "夜間の死者のうち道路事故によるもの",
        "",
        "share",
        "",
    ],
    [
        "parcels",
        "遅配件数",
        "late parcels",
        "count",
        "遅配;late deliveries",
        "",
        "count",
        "",
    ],
    [
        "depots_none",
        "全拠点に占める遅配ゼロの拠点の割合",
        "share of depots with no late parcels",
        "%",
        "遅配ゼロ",
        "",
        "share",
        "",
    ],
    [
        "depots_few",
        "全拠点に占める遅配10件未満の拠点の割合",
        "share of depots with fewer than 10 late parcels",
        "%",
        "10件未満",
        "",
        "share",
        "",
    ],
    [
        "visitors",
        "来訪者数",
        "visitors",
        "count",
        "来訪者;visitors",
        "",
        "count",
        "",
    ],
    [
        "visitor_jobless",
        "来訪者の失業率",
        "jobless rate of visitors",
        "%",
        "来訪者失業率",
        "",
        "share",
        "",
    ],
    [
        "permits",
        "有効許可数",
        "Valid permits",
        "count",
        "valid permits;有効な許可",
        "",
        "count",
        "",
    ],
    [
        "permit_drivers",
        "運転者に占める有効許可の保有者の割合",
        "share of drivers with a valid permit",
        "%",
        "",
        "",
        "share",
        "",
    ],
    [
        "permit_adults",
        "成人に占める有効許可の保有者の割合",
        "share of adults with a valid permit",
        "%",
        "",
        "",
        "share",
        "",
    ],
]
NORLAND = ["NL", "country", "ノーランド", "Norland", "Norlanders", ""]
OBSERVATIONS = [
    ["l24", "NL", "licences", "2024", "21000000", "count", "stat", ""],
    ["lr24", "NL", "licence_rate", "2024", "17.5", "%", "stat", ""],
    ["lt24", "NL", "licence_rate_town", "2024", "16.0", "%", "stat", ""],
    ["or24", "NL", "online_rate", "2024", "40", "%", "stat", ""],
    ["t24", "NL", "trips", "2024-12", "1000000", "count", "stat", ""],
    ["c23", "NL", "trip_cost", "2023-12", "260000", "JPY", "stat", ""],
    # the source states the record (a record on two values is settled by the notes, §4.8)
    ["c24", "NL", "trip_cost", "2024-12", "275000", "JPY", "stat", "2000年以降で最高"],
    ["sc24", "NL", "summer_cost", "2024-07", "347000", "JPY", "stat", ""],
    ["gs21", "NL", "gap_start", "2021-04", "2558", "count", "stat", ""],
    ["gs25", "NL", "gap_start", "2025-04", "4317", "count", "stat", ""],
    ["gm21", "NL", "gap_may", "2021-05-01", "2065", "count", "stat", ""],
    ["gm25", "NL", "gap_may", "2025-05-01", "3827", "count", "stat", ""],
    ["gr25", "NL", "gap_rate_may", "2025-05-01", "0.45", "%", "stat", ""],
    ["rd23", "NL", "road_deaths", "2023", "4000", "count", "stat", ""],
    ["ns23", "NL", "night_share", "2023", "63", "%", "stat", ""],
    ["rn23", "NL", "road_share_night", "2023", "30", "%", "stat", ""],
    ["p24", "NL", "parcels", "2024", "464000", "count", "stat", ""],
    ["dn24", "NL", "depots_none", "2024", "12.5", "%", "stat", ""],
    ["df24", "NL", "depots_few", "2024", "48", "%", "stat", ""],
    ["v24", "NL", "visitors", "2024", "3770000", "count", "stat", ""],
    ["vj24", "NL", "visitor_jobless", "2024", "4.5", "%", "stat", ""],
    ["pm24", "NL", "permits", "2024", "5000000", "count", "stat", ""],
    ["pd24", "NL", "permit_drivers", "2024", "30", "%", "stat", ""],
    ["pa24", "NL", "permit_adults", "2024", "11", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "neighbour-dimension", METRICS, OBSERVATIONS, country=NORLAND)


def _used(said: str, pack: Pack, as_of: str = "2025-06-01") -> tuple[str, set[str]]:
    d = diagnose(said, pack, as_of=as_of)
    return d.rating, {i for c in d.checks for i in c.evidence}


@pytest.mark.parametrize("said", [
    "Only about one in ten Norlanders has a valid licence these days.",
    "ノーランドで有効な免許を持っているのは10人に1人ほどだ。",
])
def test_a_share_is_read_on_the_counts_share_sibling(pack: Pack, said: str) -> None:
    # not the count of valid licences (refused on dimension), nor the town residents' or the online
    # applications' share: the share beside the count that adds least to its name
    rating, used = _used(said, pack)
    assert used == {"lr24"}, said
    assert rating in ("false", "mostly_false"), said


@pytest.mark.parametrize("said", [
    "ノーランドの年末年始の海外旅行は1人平均27万5000円と過去最高だ。",
    "Norland's year-end trips cost an average of 275,000 yen per person, a record.",
])
def test_money_per_person_is_the_cost_beside_the_travellers(pack: Pack, said: str) -> None:
    assert parse(said, pack).statements[0].metrics[0] == "trip_cost", said
    rating, used = _used(said, pack)
    assert used >= {"c24"} and not used & {"t24", "sc24"}, said
    assert rating == "true", said


@pytest.mark.parametrize("said", [
    "About 1% of Norland's posts were left unfilled, a new survey found.",
    "ノーランドでは欠員が全体の約1%に上った。",
])
def test_a_share_of_unfilled_posts_is_the_rate(pack: Pack, said: str) -> None:
    rating, used = _used(said, pack)
    assert used == {"gr25"}, said
    assert rating in ("false", "mostly_false"), said


@pytest.mark.parametrize("said", [
    "Vacancies have grown: on May 1 last year Norland was 3,827 posts short, up from 2,065 in 2021.",
    "ノーランドの欠員は5月1日時点で2021年の2065人から2025年には3827人に増えた。",
])
def test_a_day_of_the_year_is_the_measure_named_for_it(pack: Pack, said: str) -> None:
    rating, used = _used(said, pack, as_of="2026-03-01")
    assert used == {"gm21", "gm25"}, said
    assert rating == "true", said


@pytest.mark.parametrize("said", [
    "Norland's vacancies rose from 2,558 in 2021 to 4,317 in 2025.",
    "ノーランドの欠員は2021年の2558人から2025年には4317人に増えた。",
])
def test_no_day_said_keeps_the_first_measure(pack: Pack, said: str) -> None:
    # negative: without "May 1" the start-of-year count stays the measure
    assert _used(said, pack, as_of="2026-03-01") == ("true", {"gs21", "gs25"}), said


@pytest.mark.parametrize("said", [
    "2023年にノーランドの道路事故の死者は約4000人で、そのうち6割以上が夜間だった。",
])
def test_of_them_is_the_share_of_the_whole_said_before(pack: Pack, said: str) -> None:
    # (English has no 「そのうち」; its "of the road deaths" is the whole named, by words the night
    # deaths' whole shares, so it stays on the first share found: the negatives below are English too)
    # the night share of road deaths (63 %), not the road deaths' share of night deaths (30 %)
    rating, used = _used(said, pack)
    assert "ns23" in used and "rn23" not in used, said
    assert rating == "true", said


@pytest.mark.parametrize("said", [
    "Most of Norland's late parcels in 2024 were lost, not just delayed.",
    "ノーランドの遅配の大半は2024年、紛失だった。",
])
def test_a_share_of_another_whole_is_not_read(pack: Pack, said: str) -> None:
    # negative: the two depot shares are of depots, not of parcels; the parcel count is no share
    rating, used = _used(said, pack)
    assert not used & {"dn24", "df24"}, said
    assert rating == "unverifiable", said


@pytest.mark.parametrize("said", [
    "Only about one in ten has a valid permit in Norland.",
    "ノーランドで有効な許可を持つのは10人に1人ほどだ。",
])
def test_two_shares_of_different_wholes_and_neither_named(pack: Pack, said: str) -> None:
    # negative: drivers' and adults' shares fit alike; the claim names neither whole
    rating, used = _used(said, pack)
    assert not used & {"pd24", "pa24"}, said
    assert rating == "unverifiable", said


@pytest.mark.parametrize("said", [
    "About 10% of adults in Norland have a valid permit.",
])
def test_the_whole_named_tells_the_share(pack: Pack, said: str) -> None:
    rating, used = _used(said, pack)
    assert used == {"pa24"}, said
    assert rating in ("true", "mostly_true"), said


@pytest.mark.parametrize("said", [
    "Norland had 21 million valid licences in 2024.",
    "2024年のノーランドの有効免許数は2100万だった。",
])
def test_a_count_stays_on_the_count(pack: Pack, said: str) -> None:
    # negative: a figure of the first measure's dimension keeps it
    assert _used(said, pack) == ("true", {"l24"}), said


@pytest.mark.parametrize("said", [
    "In 2024 visitors were 4.5% of the population of Norland.",
    "2024年のノーランドの来訪者は人口の4.5%だった。",
])
def test_a_share_of_a_whole_no_sibling_names_is_not_read(pack: Pack, said: str) -> None:
    # negative (review finding 5): "of the population" is no whole of the visitors' jobless rate,
    # whose names and definition never say it; the pack holds no population
    rating, used = _used(said, pack)
    assert "vj24" not in used, said
    assert rating == "unverifiable", said


def test_a_day_of_the_year_needs_a_whole_month_word() -> None:
    # review finding 15: "decreased 5" is no December 5, "marginally 3" no March 3
    from shingi.pipeline.claims.neighbours import _days

    assert not _days("Unemployment decreased 5 points") and not _days("rose marginally 3 points")
    assert not _days("a novel 2 step")
    assert _days("on May 1") == _days("1 May") == _days("5月1日時点") == {(5, 1)}
    assert _days("Sept. 30") == _days("September 30th") == {(9, 30)}
    assert _days("30 Dec.") == {(12, 30)}


def test_the_measures_names_are_tokenised_once_per_pack(pack: Pack, monkeypatch: pytest.MonkeyPatch) -> None:
    # review finding 7: every statement re-tokenised every name of every measure of the pack
    from shingi.pipeline.claims import neighbours

    said = "In 2024 visitors were 4.5% of the population of Norland."
    diagnose(said, pack, as_of="2025-06-01")
    seen: list[str] = []
    keys = neighbours._keys

    def counted(text: str) -> frozenset[str]:
        seen.append(text)
        return keys(text)

    monkeypatch.setattr(neighbours, "_keys", counted)
    diagnose(said, pack, as_of="2025-06-01")
    names = {n for m in pack.metrics.values() for n in m.names}
    assert len(seen) < 10 and not set(seen) & names, seen
