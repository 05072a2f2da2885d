"""Superlatives decided on a measure's own series (docs/verdict-rules.md §8.1): a threshold crossed for the
first time, a run of records, a place in the series' own history, a record window opened by the Second
World War, a whole named for its measure (not when the clause names another measure), "first" as the
ordinal of a topic, and a negated universal.
Development: blind round 24b jp-anime-industry t-3t-2023, t-streak-now, t-mugenjo-2nd; round 24c
us-federal-workforce wwii-low, fork-5pct-ja; round 24d uk-prisons t_westeurope; round 16b
us-federal-deficit second-largest; round 11 jp-trucking parcels-record-fy2024 (a run longer than the
series, the negative)."""

from __future__ import annotations

import pytest

from pack_builder import NORLAND, STATISTICS_SOURCE, small_pack
from shingi.model import Pack
from shingi.normalize.eras import dated_eras
from shingi.normalize.quantities import find_quantities
from shingi.pipeline.diagnose import diagnose

SOURCES = [STATISTICS_SOURCE, ["news", "News", "Paper", "", "2025-03", "news", "en"]]
#: Norland also called 国内 (an alias the domestic market shares)
COUNTRY = [*NORLAND[:4], "国内", ""]
ENTITIES = [
    ["toys", "other", "ノーランドの玩具産業", "Norland toy industry",
     "玩具産業;玩具市場;toy industry;toy market;toys", "NL"],
    ["staff", "government", "ノーランド政府職員", "Norland civil service",
     "政府職員;civil service;government workforce;government employment", "NL"],
    ["p", "country", "パシフィカ", "Pacifica", "", ""],
    ["q", "country", "クオリア", "Qualia", "クオリア国内", ""],
    ["r", "country", "ロサリア", "Rosaria", "", ""],
    ["film-a", "product", "映画アルファ", "Film Alpha", "アルファ", "q"],
    ["film-b", "product", "映画ベータ", "Film Beta", "ベータ", "q"],
    ["film-c", "product", "映画ガンマ", "Film Gamma", "ガンマ", "q"],
    ["plan", "programme", "早期退職制度", "early retirement scheme", "早期退職;退職勧奨;buyout;buyouts",
     "NL"],
]
EVENTS = [
    ["e1", "2024-08", "", "NL", "publication", "玩具白書2024", "Toy white paper 2024", "", "", "news", "2",
     ""],
    ["e2", "2025-02", "", "NL", "publication", "玩具白書2025", "Toy white paper 2025", "", "", "news", "2",
     ""],
]
METRICS = [
    ["toy_market", "玩具産業市場規模", "toy industry market size", "JPY", "市場規模;market size", "true",
     "amount", ""],
    ["toy_exports", "海外売上", "overseas sales", "JPY", "海外売上;overseas sales", "true", "amount", ""],
    ["toy_home", "国内市場", "domestic market", "JPY", "国内市場;国内;domestic market", "true", "amount",
     ""],
    ["headcount", "政府職員数", "government employment", "count",
     "government employment;government workforce;政府職員数", "", "count", ""],
    ["headcount_change", "政府職員数の前月比増減", "monthly change in government employment", "count",
     "monthly change", "", "count", ""],
    ["deficit", "財政赤字", "budget deficit", "JPY", "赤字;deficit", "false", "amount", ""],
    ["taker_share", "早期退職に応じた職員の割合", "share of staff taking the buyout", "%",
     "応募率;take-up rate", "", "share", ""],
    ["box_office", "国内興行収入(累計)", "domestic box office", "JPY", "興行収入;興収;box office", "true",
     "amount", ""],
    ["prison_rate", "人口10万人当たり収監率", "imprisonment rate", "per 100k",
     "imprisonment rate;収監率;share of its population locked up", "false", "ratio", ""],
]
OBSERVATIONS = [
    ["m17", "toys", "toy_market", "2017", "2.1兆", "JPY", "stat", ""],
    ["m19", "toys", "toy_market", "2019", "2.5兆", "JPY", "stat", ""],
    ["m20", "toys", "toy_market", "2020", "2.4兆", "JPY", "stat", ""],
    ["m21", "toys", "toy_market", "2021", "2.7兆", "JPY", "stat", ""],
    ["m22", "toys", "toy_market", "2022", "2.9兆", "JPY", "stat", ""],
    ["m23", "toys", "toy_market", "2023", "3.3兆", "JPY", "stat", ""],
    ["x22", "toys", "toy_exports", "2022", "1.4兆", "JPY", "stat", ""],
    ["x23", "toys", "toy_exports", "2023", "1.7兆", "JPY", "stat", ""],
    ["h22", "toys", "toy_home", "2022", "1.5兆", "JPY", "stat", ""],
    ["h23", "toys", "toy_home", "2023", "1.6兆", "JPY", "stat", ""],
    ["s14", "staff", "headcount", "2014-09", "2700000", "count", "stat", ""],
    ["s21", "staff", "headcount", "2021-01", "2890000", "count", "stat", ""],
    ["s25a", "staff", "headcount", "2025-01", "3020000", "count", "stat", ""],
    ["s25b", "staff", "headcount", "2025-11", "2740000", "count", "stat", ""],
    ["c25", "staff", "headcount_change", "2025-11", "-6000", "count", "stat", ""],
    ["f19", "NL", "deficit", "2019", "1.0兆", "JPY", "stat", ""],
    ["f20", "NL", "deficit", "2020", "3.1兆", "JPY", "stat", ""],
    ["f21", "NL", "deficit", "2021", "2.8兆", "JPY", "stat", ""],
    ["f22", "NL", "deficit", "2022", "1.4兆", "JPY", "stat", ""],
    ["f23", "NL", "deficit", "2023", "1.7兆", "JPY", "stat", ""],
    ["f24", "NL", "deficit", "2024", "1.8兆", "JPY", "stat", ""],
    ["bo-a", "film-a", "box_office", "2025-09-16", "407億", "JPY", "stat", ""],
    ["bo-b", "film-b", "box_office", "2025-09-16", "330億", "JPY", "stat", ""],
    ["bo-c", "film-c", "box_office", "2025-09-16", "316億", "JPY", "stat", ""],
    ["t25", "plan", "taker_share", "2025-02", "3.3", "%", "stat", ""],
    ["r-nl", "NL", "prison_rate", "2023", "146", "per 100k", "stat", ""],
    ["r-p", "p", "prison_rate", "2023", "144", "per 100k", "stat", ""],
    ["r-q", "q", "prison_rate", "2023", "98", "per 100k", "stat", ""],
    ["r-r", "r", "prison_rate", "2023", "67", "per 100k", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "series-superlatives", METRICS, OBSERVATIONS, ENTITIES, EVENTS, language="ja",
        sources=SOURCES, country=COUNTRY,
    )


def _rating(pack: Pack, text: str, as_of: str = "2024-12-25") -> str:
    return diagnose(text, pack, as_of=as_of).rating


def test_a_first_crossing_is_decided_on_the_measures_series(pack: Pack) -> None:
    # 3.3 trillion in 2023, no earlier value past 3 trillion: the market series, never the events
    text = "Norland's toy industry became a 3-trillion-yen industry for the first time in 2023."
    assert _rating(pack, text) == "true"
    assert _rating(pack, "The toy market topped 3 trillion yen for the first time in 2023.") == "true"
    assert _rating(pack, "玩具市場は2023年に初めて3兆円を突破した。") == "true"
    # negative: past 2 trillion already in 2019, not a first
    assert _rating(pack, "The toy market topped 2 trillion yen for the first time in 2023.") == "mostly_false"
    d = diagnose(text, pack, as_of="2024-12-25")
    assert "e1" not in d.evidence_ids and "m23" in d.evidence_ids


def test_a_hyphened_money_adjective_keeps_its_currency() -> None:
    assert [q.quantity.unit for q in find_quantities("a 3-trillion-yen industry")] == ["JPY"]
    assert [q.quantity.unit for q in find_quantities("a 5-billion-dollar plan")] == ["USD"]
    # negative: a hyphened word that is no currency stays a bare number
    assert [q.quantity.unit for q in find_quantities("a 10-million-ton plant")] == [None]


def test_an_owners_name_alone_names_no_measure(pack: Pack) -> None:
    # the alias 国内 of the domestic market is Norland's too: "Norland's toy industry" is the market's
    # owner, not the domestic market (1.6 trillion, which would fail)
    d = diagnose("Norland's toy industry hit a record 3.3 trillion yen in 2023.", pack, as_of="2024-12-25")
    assert d.rating == "true"
    assert "h23" not in d.evidence_ids


#: a company with one measure named after it (review finding superl-1): its sales, rising 2020-2024
ACME = ["ACME", "company", "", "Acme Motors", "Acme", "XL"]
ACME_MEASURE = ["sales", "", "Acme vehicle sales", "count", "", "true", "count", ""]
ACME_SALES = [
    [f"o{y}", "ACME", "sales", str(y), str(v), "count", "s1", ""]
    for y, v in ((2020, 8000000), (2021, 8500000), (2022, 9000000), (2023, 9500000), (2024, 9900000))
]


def test_a_whole_named_with_another_measure_is_not_its_size(tmp_path_factory: pytest.TempPathFactory) -> None:
    # the record is said of what the clause names besides Acme: debt, recalls, losses are no words of the
    # pack's one measure (vehicle sales), so the clause names a measure the pack does not hold
    pack = small_pack(
        tmp_path_factory, "one-measure", [ACME_MEASURE], ACME_SALES, [["XL", "country", "", "Xland", "", ""]],
        country=ACME,
        sources=[["s1", "Annual report", "Acme Motors", "", "2025-03-01", "company", "en"]],
    )
    for text in (
        "Acme's debt hit a record high in 2024.",
        "Acme's recalls reached an all-time high in 2024.",
        "Acme posted record losses in 2024.",
        "Acme recalled a record 50,000 cars in 2024.",
        "Acmeの負債は2024年に過去最高となった。",
    ):
        assert _rating(pack, text, "2025-03-01") == "unverifiable", text
    # the whole named alone, or with the measure's own words, is still read on its one measure
    for text in (
        "Acme hit a record in 2024.",
        "Acme's vehicle sales hit a record high in 2024.",
        "Acmeは2024年に過去最高を更新した。",
    ):
        assert _rating(pack, text, "2025-03-01") == "true", text


def test_a_run_of_records_needs_each_value_a_record(pack: Pack) -> None:
    # 2021, 2022, 2023 each a record (2020 fell below 2019)
    assert _rating(pack, "玩具市場は今、3年連続で過去最高を更新している。") == "true"
    assert _rating(pack, "The toy market has hit a record high three years running.") == "true"
    # negative: a fourth record in a row is not in the series (2020 was no record): one off is partly
    assert _rating(pack, "玩具市場は今、4年連続で過去最高を更新している。") == "mostly_true"
    assert _rating(pack, "The toy market set a record for the fifth straight year in 2023.") == "false"


def test_a_run_longer_than_the_series_is_not_failed(pack: Pack) -> None:
    # negative: the pack's deficit series ends its records at 2020; "10年連続" on a series that runs out
    # before the run's start is not contradicted by values the pack lacks (the toy series starts 2017,
    # 2017 has nothing before it)
    d = diagnose("玩具市場は2019年に2年連続で過去最高となった。", pack, as_of="2024-12-25")
    assert d.rating == "true"


def test_a_first_scale_reached_and_runs_said_otherwise(pack: Pack) -> None:
    # 「3兆円規模に達した」: the scale first reached is a line (3.3 trillion in 2023)
    assert _rating(pack, "玩具産業は2023年、初めて3兆円規模に達した。") == "true"
    assert _rating(pack, "玩具産業は2023年、初めて2兆円規模に達した。") == "mostly_false"
    assert _rating(pack, "玩具市場は5年続けて過去最高を記録している。") == "false"
    assert _rating(pack, "The toy industry is on a three-year run of record highs.") == "true"
    assert _rating(pack, "The toy market has hit an all-time high for five straight years.") == "false"


def test_an_all_time_place_among_peers_keeps_the_previous_subject(pack: Pack) -> None:
    # クオリア国内 / …興行収入で is where the place is counted; the film that overtook is placed
    text = "『ベータ』の興行収入が『ガンマ』を抜いて、クオリア国内歴代2位になった。"
    assert _rating(pack, text, "2025-09-17") == "true"
    text = "『ベータ』は『ガンマ』を上回り、クオリア国内興行収入で歴代2位に浮上した。"
    assert _rating(pack, text, "2025-09-17") == "true"
    # negative: third is not its place
    text = "『ベータ』は『ガンマ』を上回り、クオリア国内興行収入で歴代3位に浮上した。"
    assert _rating(pack, text, "2025-09-17") != "true"


def test_a_place_in_its_own_history(pack: Pack) -> None:
    # 2024's 1.8 trillion is third after 2020 and 2021
    assert _rating(pack, "The 2024 deficit was the third-largest on record.", "2025-03-01") == "true"
    assert _rating(pack, "2024年の財政赤字は過去3番目の大きさだった。", "2025-03-01") == "true"
    # negative: second is one place off (the place is the claim's point), fifth is not settled
    assert _rating(pack, "The 2024 deficit was the second-largest on record.", "2025-03-01") == "mostly_false"
    assert _rating(pack, "2024年の財政赤字は過去5番目の大きさだった。", "2025-03-01") == "unverifiable"


def test_a_window_opened_by_the_war(pack: Pack) -> None:
    assert dated_eras("the lowest since World War II") == "the lowest since 1945"
    assert dated_eras("戦後最低の水準") == "1945年以降で最低の水準"
    # negative: 戦後 not opening a record window stays as written
    assert dated_eras("戦後80年の節目") == "戦後80年の節目"
    # Sep 2014's 2.70 million is lower than Nov 2025's 2.74 million: not the fewest since 1945
    text = "There are fewer people in the government workforce today than at any time since World War II."
    assert _rating(pack, text, "2025-12-20") == "false"
    text = "Government employment is now the lowest since World War II."
    assert _rating(pack, text, "2025-12-20") == "false"
    # negative: since 2016 it is the lowest (2014 is outside the window)
    assert _rating(pack, "Government employment is now the lowest since 2016.", "2025-12-20") == "true"
    # a fall said only as the reaching of a record: the record decides
    text = "Government employment has fallen to its lowest level since the Second World War."
    assert _rating(pack, text, "2025-12-20") == "false"
    text = "Government employment has fallen to its lowest level since 2016."
    assert _rating(pack, text, "2025-12-20") == "true"
    assert _rating(pack, "政府職員数は第二次世界大戦後で最も少なくなった。", "2025-12-20") == "false"
    assert _rating(pack, "政府職員数は2016年以降で最も少なくなった。", "2025-12-20") == "true"


def test_a_comparison_with_every_time_ranks_no_events(pack: Pack) -> None:
    # negative: with no measure linked, "than at any time" is never ranked over events' amounts
    text = "Norland published fewer white papers than at any time since 1990."
    d = diagnose(text, pack, as_of="2025-12-20")
    assert d.rating == "unverifiable"
    assert not {"e1", "e2"} & set(d.evidence_ids)


def test_first_as_the_ordinal_of_the_topic(pack: Pack) -> None:
    # 「最初の退職勧奨には」: which round; the claim is the 5 % share (3.3 %), not a first
    wrong = ("false", "mostly_false")
    assert _rating(pack, "最初の退職勧奨には、政府職員の約5%が応じた。", "2025-03-01") in wrong
    text = "In the first round of buyouts, about 5% of the civil service accepted."
    assert _rating(pack, text, "2025-03-01") in wrong
    assert _rating(pack, "最初の退職勧奨の応募率は約3.3%だった。", "2025-03-01") == "true"
    text = "In the first round of buyouts, the take-up rate was about 3.3%."
    assert _rating(pack, text, "2025-03-01") == "true"


def test_a_negated_universal_ranks_the_comparand(pack: Pack) -> None:
    text = "No country in the whole region locks up a bigger share of its population than Norland."
    d = diagnose(text, pack, as_of="2024-06-01")
    assert d.rating == "true"
    # negative: Pacifica (144) is below Norland (146)
    text = "No country in the whole region locks up a bigger share of its population than Pacifica."
    assert diagnose(text, pack, as_of="2024-06-01").rating == "false"
