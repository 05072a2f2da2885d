"""A place that rests on one measure among several (docs/verdict-rules.md §4.11): a rank said
with no basis of its own, holding on a measure whose definition says it is a raw number not
adjusted for population, or one of several measures, is half true (partly, credit 0.5); a claim
that names the basis ("in raw numbers", 「割合で」) is judged as before. One small pack, both
languages.
"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["jobs_rank", "雇用創出の順位", "rank in job creation", "rank", "job creation;雇用創出", "", "rank",
     "1 = the largest raw increase in employed persons of the regions; not adjusted for population growth"],
    ["tax_share", "所得に占める固定資産税の割合", "property taxes as a share of income", "%", "", "", "share",
     "所得に占める固定資産税の割合。3つの指標の一つ（他は納税額と住宅価格に対する比）"],
    ["tax_rank", "固定資産税の順位", "rank in property taxes as a share of income", "rank",
     "property tax rank;固定資産税の順位", "", "rank", "1 = the highest share among the regions"],
    ["exports_rank", "輸出額の順位", "rank in exports", "rank", "exports;輸出", "", "rank",
     "1 = the largest exports among the regions"],
]
OBSERVATIONS = [
    ["jr-24", "NL", "jobs_rank", "2024", "1", "rank", "stat", ""],
    ["ts-24", "NL", "tax_share", "2024", "8", "%", "stat", ""],
    ["tr-24", "NL", "tax_rank", "2024", "2", "rank", "stat", ""],
    ["er-24", "NL", "exports_rank", "2024", "1", "rank", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "one-measure-of-several", METRICS, OBSERVATIONS)


@pytest.mark.parametrize("said", [
    "Norland ranked first in job creation in 2024.",
    "2024年、ノーランドは雇用創出で1位だった。",
    "Norland ranked second in property taxes in 2024.",
    "2024年、ノーランドの固定資産税の順位は2位だった。",
])
def test_a_place_on_one_measure_of_several_is_half_true(pack: Pack, said: str) -> None:
    d = diagnose(said, pack)
    assert d.rating == "half_true", said
    assert d.checks[0].result == "partly" and d.checks[0].credit == 0.5, said


@pytest.mark.parametrize("said", [
    "Norland ranked first in job creation in raw numbers in 2024.",
    "2024年、ノーランドは雇用創出の実数で1位だった。",
    # a measure with no such definition: the place is the place
    "Norland ranked first in exports in 2024.",
    "2024年、ノーランドは輸出で1位だった。",
])
def test_a_named_basis_or_a_plain_measure_holds(pack: Pack, said: str) -> None:
    assert diagnose(said, pack).rating == "true", said


# values that cannot be compared across reports: a claim that sets two of them side by side
ACROSS_METRICS = [
    ["hunger_rank", "飢餓指数の順位", "hunger index rank", "rank", "hunger index;飢餓指数", "", "rank",
     "1 = least hunger; the publishers say ranks cannot be compared across reports"],
    ["happy_rank", "幸福度の順位", "happiness rank", "rank", "happiness;幸福度", "", "rank",
     "1 = 最も幸福。調査の対象国と方法が変わるため、順位は年ごとに比較できない"],
]
ACROSS_OBSERVATIONS = [
    ["hr-14", "NL", "hunger_rank", "2014", "5", "rank", "stat", ""],
    ["hr-22", "NL", "hunger_rank", "2022", "20", "rank", "stat", ""],
    ["hp-14", "NL", "happy_rank", "2014", "5", "rank", "stat", ""],
    ["hp-22", "NL", "happy_rank", "2022", "20", "rank", "stat", ""],
]


@pytest.fixture(scope="module")
def across(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "not-comparable-across", ACROSS_METRICS, ACROSS_OBSERVATIONS)


@pytest.mark.parametrize("said", [
    "Norland ranked 5th on the hunger index in 2014 and 20th in 2022.",
    "ノーランドの幸福度の順位は2014年に5位、2022年に20位だった。",
])
def test_values_set_side_by_side_across_reports_are_mostly_false(across: Pack, said: str) -> None:
    d = diagnose(said, across)
    assert d.rating == "mostly_false", said
    assert all(c.result == "partly" and c.credit == 0.25 for c in d.checks if c.result != "unknown"), said


@pytest.mark.parametrize("said", [
    "Norland ranked 20th on the hunger index in 2022.",
    "2022年、ノーランドの幸福度の順位は20位だった。",
])
def test_one_report_alone_holds(across: Pack, said: str) -> None:
    assert diagnose(said, across).rating == "true", said


# a window the definition says starts at the series' low: the gain counted from it
WINDOW_METRICS = [
    ["jobs_since_low", "2020年4月からの就業者の増加数", "jobs added since March 2020", "people",
     "jobs created since March 2020;就業者の増加", "", "count",
     "employment change from March 2020 (the low point of employment); 景気の底である2020年4月からの増加"],
]
WINDOW_OBSERVATIONS = [["jl-24", "NL", "jobs_since_low", "2024", "400000", "people", "stat", ""]]


@pytest.fixture(scope="module")
def window(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "window-from-the-low", WINDOW_METRICS, WINDOW_OBSERVATIONS)


def test_a_gain_counted_from_the_low_is_half_true(window: Pack) -> None:
    for said in ("By 2024 Norland had created 400,000 jobs since March 2020.",
                 "2024年までに2020年4月からの就業者の増加は40万人になった。"):
        d = diagnose(said, window)
        assert d.rating == "half_true", said


def test_a_claim_that_says_it_counts_from_the_low_holds(window: Pack) -> None:
    for said in ("By 2024 Norland had created 400,000 jobs since the low in March 2020.",
                 "2024年までに景気の底から就業者の増加は40万人になった。"):
        assert diagnose(said, window).rating == "true", said


# a measure that counts a case however small
SMALL_METRICS = [
    ["share_other", "他の給付も受ける受給者の割合", "share of recipients receiving another payment", "%",
     "receive other payments;他の給付", "", "share",
     "recipients getting any payment besides the allowance, however small; 少額でも他の給付があれば数える"],
]
SMALL_OBSERVATIONS = [["so-24", "NL", "share_other", "2024", "99", "%", "stat", ""]]


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "however-small", SMALL_METRICS, SMALL_OBSERVATIONS)


def test_a_figure_counted_however_small_is_half_true(small: Pack) -> None:
    for said in ("In 2024 over 90% of recipients in Norland receive other payments.",
                 "2024年、ノーランドの受給者の9割以上が他の給付を受けている。"):
        assert diagnose(said, small).rating == "half_true", said


def test_a_claim_that_says_any_case_counts_holds(small: Pack) -> None:
    for said in ("In 2024 over 90% of recipients in Norland receive any other payment at all.",
                 "2024年、ノーランドの受給者の9割以上が何らかの他の給付を受けている。"):
        assert diagnose(said, small).rating == "true", said


# "from low-income", 世田谷区から: no window starting at the series' low, in either language
NOT_A_WINDOW_METRICS = [
    ["poor", "低所得世帯出身の学生の割合", "share of students from low-income households", "%", "", "true",
     "", "Share of university students from low-income households"],
    ["comm", "世田谷区からの通勤者数", "commuters", "count", "", "true", "",
     "世田谷区から都心へ通勤する人の数"],
]
NOT_A_WINDOW_OBSERVATIONS = [
    ["a23", "NL", "poor", "2023", "30", "%", "stat", ""],
    ["b23", "NL", "comm", "2023", "120000", "count", "stat", ""],
]


@pytest.mark.parametrize("said", [
    "The share of students from low-income households in Norland was 30% in 2023.",
    "2023年のノーランドの低所得世帯出身の学生の割合は30%だった。",
    "Norland had 120,000 commuters in 2023.",
    "2023年のノーランドの世田谷区からの通勤者数は12万人だった。",
])
def test_a_low_word_or_a_place_is_no_window_start(
    tmp_path_factory: pytest.TempPathFactory, said: str
) -> None:
    pack = norland_pack(tmp_path_factory, "not-a-window", NOT_A_WINDOW_METRICS, NOT_A_WINDOW_OBSERVATIONS)
    assert diagnose(said, pack).rating == "true", said
