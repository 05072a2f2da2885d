"""Forms of the pack contract that outside writers use (docs/verdict-rules.md §4.4, §4.5, §4.8,
§4.14, §4.3), each on a small pack of its own, in Japanese and English:

1. one measure holding years, fiscal years, quarters and months: "2024" is the year's value,
   「2024年度」 the fiscal year's, "the latest" the latest value out at the claim's date, and "the
   latest annual / quarterly rate", 「直近の年度」 the latest of that length;
2. pack.yaml ``fiscal_year`` (a US year, October to September): 「2024年度」, 「2024会計年度」,
   "FY2024", "fiscal 2024" follow it; "in 2024" on a series of fiscal years and one month is the
   fiscal year named 2024, not the month (a month of a flow is no year's value);
3. ranks written ``N/M`` and unit ``rank``: "second to last", 下から2番目, "the bottom
   half", 下位半分; "the ranking improved" is a better place (a smaller number);
4. rates written ``UNIT/UNIT``: "1.2 children per woman", 「女性1人当たり1.2人」, 「338人/km2」,
   "$33,800" of a GDP per capita in USD/person;
5. rounded press figures (973.0万) against more precise claims; a running total stored under its
   end year with a definition "total since 2006": "since 2006" is its value, "since 2010" another
   window, "in fiscal 2024" that year's flow (both unsettled);
6. a measure of projections (by its name or its definition): an actual value said of it fails as a
   target said done does (a projection is no outcome); "will fall to 104 million by 2050",
   「…になる見通し」 are checked against it though they name only the measure projected.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

SOURCE = [["stat", "Statistics", "Office", "", "2025-05-15", "statistics", "en"]]
SOUTHLAND = ["SL", "country", "サウスランド", "Southland", "", ""]


def rating(pack: Pack, claim: str, as_of: str = "2025-06-01") -> str:
    return diagnose(claim, pack, as_of=as_of).rating


# --- 1. one measure of several lengths of period --------------------------------------------


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    metrics = [["jobless", "失業率", "unemployment rate", "%", "", "false", "share", ""]]
    rows = [
        ("a23", "2023", "2.6"), ("a24", "2024", "2.5"), ("fy24", "FY2024", "2.4"),
        ("q4", "2024-Q4", "2.3"), ("q1", "2025-Q1", "2.2"), ("m12", "2024-12", "2.9"),
        ("m1", "2025-01", "2.1"), ("m3", "2025-03", "3.1"), ("m4", "2025-04", "2.0"),
    ]
    observations = [[i, "NL", "jobless", p, v, "%", "stat", ""] for i, p, v in rows]
    return small_pack(tmp_path_factory, "mixed-lengths", metrics, observations, sources=SOURCE)


@pytest.mark.parametrize(("claim", "expected"), [
    ("Norland's unemployment rate was 2.5% in 2024.", "true"),
    ("Norland's unemployment rate was 2.9% in 2024.", "false"),  # December's month, not the year
    ("ノーランドの2024年の失業率は2.5%だった", "true"),
    ("ノーランドの2024年度の失業率は2.4%だった", "true"),
    ("Norland's unemployment rate was 2.4% in FY2024.", "true"),
    ("ノーランドの2025年3月の失業率は3.1%", "true"),
    ("Norland's latest unemployment rate is 2.0%.", "true"),
    ("ノーランドの失業率は現在2.0%", "true"),
    ("Norland's latest annual unemployment rate is 2.5%.", "true"),
    ("Norland's latest annual unemployment rate is 2.0%.", "false"),
    ("ノーランドの失業率は年間で2.5%", "true"),
    ("ノーランドの失業率は直近の1年で2.5%", "true"),
    ("Norland's latest quarterly unemployment rate is 2.2%.", "true"),
    ("ノーランドの直近の四半期の失業率は2.2%", "true"),
    ("Norland's unemployment rate in the latest fiscal year was 2.4%.", "true"),
    ("ノーランドの直近の年度の失業率は2.4%", "true"),
])
def test_the_value_of_the_length_said(mixed: Pack, claim: str, expected: str) -> None:
    assert rating(mixed, claim) == expected


def test_the_latest_is_the_latest_out_at_the_claims_date(mixed: Pack) -> None:
    # on 1 February 2025 the first quarter and FY2024 are not over: January's value is the latest
    assert rating(mixed, "Norland's latest unemployment rate is 2.1%.", "2025-02-01") == "true"
    assert rating(mixed, "ノーランドの失業率は現在2.1%", "2025-02-01") == "true"


# --- 2. the pack's fiscal year ----------------------------------------------------------------


@pytest.fixture(scope="module")
def us_year(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    metrics = [
        ["outlays", "歳出", "federal outlays", "USD", "spending", "", "amount", ""],
        ["deficit", "財政赤字", "budget deficit", "USD", "", "false", "amount", ""],
    ]
    observations = [
        ["o23", "NL", "outlays", "FY2023", "6.1 T", "USD", "stat", ""],
        ["o24", "NL", "outlays", "FY2024", "6.8 T", "USD", "stat", ""],
        ["c24", "NL", "outlays", "2024", "7.0 T", "USD", "stat", ""],
        ["d23", "NL", "deficit", "FY2023", "1.7 T", "USD", "stat", ""],
        ["d24", "NL", "deficit", "FY2024", "1.8 T", "USD", "stat", ""],
        ["dm", "NL", "deficit", "2024-12", "0.09 T", "USD", "stat", ""],
    ]
    return small_pack(tmp_path_factory, "us-fiscal-year", metrics, observations, sources=SOURCE,
                      settings="fiscal_year: {start_month: 10, named_by: end}\n")


@pytest.mark.parametrize(("claim", "expected"), [
    ("Norland's federal outlays were 6.8 trillion dollars in FY2024.", "true"),
    ("Norland's federal outlays were 6.8 trillion dollars in fiscal 2024.", "true"),
    ("ノーランドの2024年度の歳出は6.8兆ドル", "true"),
    ("ノーランドの2024会計年度の歳出は6.8兆ドル", "true"),
    # a split year after FY / fiscal year is the year that starts in 2023, FY2024 in this pack
    ("Norland's federal outlays were 6.8 trillion dollars in FY2023-24.", "true"),
    ("Norland's federal outlays were 6.8 trillion dollars in fiscal year 2023-24.", "true"),
    ("ノーランドの2024年度の歳出は6.1兆ドル", "false"),
    ("Norland's federal outlays were 7.0 trillion dollars in 2024.", "true"),
    ("Norland's budget deficit was 1.8 trillion dollars in 2024.", "true"),
    ("ノーランドの2024年の財政赤字は1.8兆ドル", "true"),
    ("Norland's budget deficit was 0.09 trillion dollars in December 2024.", "true"),
])
def test_fiscal_years_follow_the_pack(us_year: Pack, claim: str, expected: str) -> None:
    assert rating(us_year, claim) == expected


# --- 3. ranks ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ranks(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    metrics = [
        ["fert", "出生率の順位", "fertility rate ranking", "", "fertility rank", "true", "rank", ""],
        ["press", "報道自由度ランキング", "press freedom ranking", "rank", "", "", "rank", ""],
        ["tfr", "合計特殊出生率", "total fertility rate", "children/woman", "出生率;fertility rate", "true",
         "ratio", ""],
    ]
    observations = [
        ["f1", "NL", "fert", "2023", "38/38", "", "stat", ""],
        ["f0", "NL", "fert", "2022", "37/38", "", "stat", ""],
        ["fs", "SL", "fert", "2023", "1/38", "", "stat", ""],
        ["p1", "NL", "press", "2024", "70", "rank", "stat", ""],
        ["p0", "NL", "press", "2023", "68", "rank", "stat", ""],
        ["t1", "NL", "tfr", "2023", "0.72", "children/woman", "stat", ""],
        ["ts", "SL", "tfr", "2023", "2.9", "children/woman", "stat", ""],
    ]
    return small_pack(tmp_path_factory, "ranks-of", metrics, observations, entities=[SOUTHLAND],
                      sources=SOURCE)


@pytest.mark.parametrize(("claim", "expected"), [
    ("Norland ranked last among 38 members in the fertility rate ranking in 2023.", "true"),
    ("ノーランドの出生率の順位は2023年に38か国中最下位だった", "true"),
    ("Norland was second to last in the fertility rate ranking in 2022.", "true"),
    ("Norland was next to last in the fertility rate ranking in 2022.", "true"),
    ("ノーランドの出生率の順位は2022年に下から2番目だった", "true"),
    ("Norland ranked in the bottom half of the fertility rate ranking in 2023.", "true"),
    ("Norland ranked in the top half of the fertility rate ranking in 2023.", "false"),
    ("ノーランドの出生率の順位は2023年に下位半分だった", "true"),
    ("サウスランドの出生率の順位は2023年に下位半分だった", "false"),
    # a place rises when its number falls: 37th -> 38th worsened
    ("Norland's fertility rate ranking improved in 2023.", "false"),
    ("Norland's fertility rate ranking worsened in 2023.", "true"),
    ("ノーランドの報道自由度ランキングは2024年に悪化した", "true"),
    ("ノーランドの報道自由度ランキングは2024年に改善した", "false"),
    ("Norland ranked 70th in the press freedom ranking in 2024.", "true"),
    # the figure before 「唯一の国」 is the rate's, not a count of countries
    ("ノーランドは出生率が1を下回る唯一の国だ", "true"),
    ("サウスランドは出生率が1を下回る唯一の国だ", "false"),
])
def test_places_against_the_number_ranked(ranks: Pack, claim: str, expected: str) -> None:
    assert rating(ranks, claim) == expected


def test_a_place_from_the_bottom_needs_the_number_ranked(ranks: Pack) -> None:
    assert rating(ranks, "Norland ranked in the bottom half in the press freedom ranking in 2024.") == (
        "unverifiable"
    )


# --- 4. rates written UNIT/UNIT ----------------------------------------------------------------


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    metrics = [
        ["tfr", "合計特殊出生率", "total fertility rate", "children/woman", "出生率;fertility rate", "true",
         "ratio", ""],
        ["dens", "人口密度", "population density", "persons/km2", "", "", "ratio", ""],
        ["gdppc", "1人当たりGDP", "GDP per capita", "USD/person", "", "true", "amount", ""],
    ]
    observations = [
        ["t1", "NL", "tfr", "2023", "1.2", "children/woman", "stat", ""],
        ["d1", "NL", "dens", "2023", "338", "persons/km2", "stat", ""],
        ["g1", "NL", "gdppc", "2024", "33800", "USD/person", "stat", ""],
    ]
    return small_pack(tmp_path_factory, "rates-per", metrics, observations, sources=SOURCE)


@pytest.mark.parametrize(("claim", "expected"), [
    ("Norland's fertility rate was 1.2 children per woman in 2023.", "true"),
    ("Norland's fertility rate was 2.1 children per woman in 2023.", "false"),
    ("ノーランドの2023年の合計特殊出生率は女性1人当たり1.2人", "true"),
    ("Norland's population density is 338 people per square kilometre.", "true"),
    ("ノーランドの人口密度は1平方キロメートルあたり338人", "true"),
    ("ノーランドの人口密度は338人/km2", "true"),
    ("ノーランドの人口密度は1平方キロメートルあたり500人", "false"),
    ("Norland's GDP per capita was $33,800 in 2024.", "true"),
    ("ノーランドの2024年の1人当たりGDPは3万3800ドル", "true"),
    ("Norland's GDP per capita was $50,000 in 2024.", "false"),
])
def test_a_figure_said_per_a_unit_is_the_rate(rates: Pack, claim: str, expected: str) -> None:
    assert rating(rates, claim) == expected


@pytest.fixture(scope="module")
def per_100k(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    metrics = [["docs", "医師数", "doctors", "count/100k", "", "true", "ratio", ""]]
    observations = [["d1", "NL", "docs", "2023", "338", "count/100k", "stat", ""]]
    return small_pack(tmp_path_factory, "rates-per-100k", metrics, observations, sources=SOURCE)


@pytest.mark.parametrize(("claim", "expected"), [
    # the number of the per-phrase is what the rate is per, never a value of it (was false)
    ("Norland had 338 doctors per 100,000 people in 2023.", "true"),
    ("Norland had 338 doctors per 100k people in 2023.", "true"),
    ("2023年のノーランドの医師数は人口10万人当たり338人だった。", "true"),
    ("Norland had 500 doctors per 100,000 people in 2023.", "false"),
    # "per the ministry" is "according to": a count, no rate (was true)
    ("Norland had 338 doctors in 2023, per the health ministry.", "unverifiable"),
])
def test_a_rate_per_a_number_of_things(per_100k: Pack, claim: str, expected: str) -> None:
    assert rating(per_100k, claim) == expected


# --- 5. rounded figures and running totals ---------------------------------------------------


@pytest.fixture(scope="module")
def totals(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    metrics = [
        ["visitors", "訪問者数", "visitors", "count", "", "true", "count", ""],
        ["aid", "援助額", "aid given", "USD", "援助;aid", "", "amount", "total since 2006"],
        ["spent", "累計支出", "total spending on the programme", "JPY", "支出", "", "amount",
         "2006年度以降の累計"],
    ]
    observations = [
        ["v1", "NL", "visitors", "2024", "973.0万", "count", "stat", ""],
        ["a1", "NL", "aid", "2024", "12.4 bn", "USD", "stat", ""],
        ["s1", "NL", "spent", "FY2024", "3.2兆", "JPY", "stat", ""],
    ]
    return small_pack(tmp_path_factory, "running-totals", metrics, observations, sources=SOURCE)


@pytest.mark.parametrize(("claim", "expected"), [
    ("Norland had 9,731,245 visitors in 2024.", "true"),
    ("ノーランドの2024年の訪問者数は973万2000人", "true"),
    ("Norland has given 12.4 billion dollars in aid since 2006.", "true"),
    ("ノーランドは2006年以降、120億ドル超の援助を行った", "true"),
    ("Norland has given 12.4 billion dollars in aid since 2010.", "unverifiable"),
    ("ノーランドは2010年以降、120億ドル超の援助を行った", "unverifiable"),
    ("Norland has spent 3.2 trillion yen on the programme since fiscal 2006.", "true"),
    ("By fiscal 2024 Norland had spent 3.2 trillion yen on the programme.", "true"),
    ("Norland spent 3.2 trillion yen on the programme in fiscal 2024.", "unverifiable"),
    ("ノーランドは2024年度にプログラムに3.2兆円を支出した", "unverifiable"),
])
def test_a_running_total_and_its_start(totals: Pack, claim: str, expected: str) -> None:
    assert rating(totals, claim) == expected


# --- 6. projections kept apart from actuals --------------------------------------------------


@pytest.fixture(scope="module")
def projections(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    metrics = [
        ["growth", "実質成長率", "real GDP growth", "%", "経済成長率;GDP growth", "true", "growth", ""],
        ["growthf", "実質成長率の見通し", "real GDP growth forecast", "%", "", "true", "growth", ""],
        ["pop", "人口", "population", "count", "", "", "count", ""],
        ["popp", "将来推計人口", "projected population", "count", "", "", "count",
         "projection (medium variant)"],
        ["debt", "債務残高", "public debt", "USD", "", "false", "amount", "projection by the budget office"],
    ]
    observations = [
        ["g24", "NL", "growth", "2024", "0.1", "%", "stat", ""],
        ["f24", "NL", "growthf", "2024", "1.0", "%", "stat", ""],
        ["f25", "NL", "growthf", "2025", "1.2", "%", "stat", ""],
        ["p24", "NL", "pop", "2024", "124 M", "count", "stat", ""],
        ["pp50", "NL", "popp", "2050", "104 M", "count", "stat", ""],
        ["db24", "NL", "debt", "2024", "30 T", "USD", "stat", ""],
        ["db30", "NL", "debt", "2030", "40 T", "USD", "stat", ""],
    ]
    return small_pack(tmp_path_factory, "projections-apart", metrics, observations, sources=SOURCE)


@pytest.mark.parametrize(("claim", "expected"), [
    ("Norland's economy grew 1.0% in 2024.", "false"),  # the actual 0.1 %, not the forecast
    ("ノーランドの2025年の経済成長率は1.2%だった", "unverifiable"),
    # a measure of projections by its definition alone is no outcome either, as by its name
    ("Norland's public debt was 30 trillion dollars in 2024.", "false"),
    ("Norland's population was 104 million in 2050.", "unverifiable"),
    ("Norland's economy is expected to grow 1.2% in 2025.", "true"),
    ("ノーランドの2025年の成長率は1.2%と予測されている", "true"),
    ("Norland's population will fall to 104 million by 2050.", "true"),
    ("ノーランドの人口は2050年に1億400万人になる見通し", "true"),
    ("ノーランドの人口は2050年に9000万人になる見通し", "false"),
    ("Norland's public debt will reach 40 trillion dollars in 2030.", "true"),
])
def test_projections_settle_only_forecasts(projections: Pack, claim: str, expected: str) -> None:
    assert rating(projections, claim) == expected


@pytest.mark.parametrize("definition", [
    "Real GDP growth; source: the central bank's Economic Outlook report",
    "Real GDP growth, IMF World Economic Outlook database",
    "実質GDP成長率。出典: 経済見通し",
    "実質GDP成長率（『経済見通し』）",
])
def test_a_source_titled_outlook_makes_no_projection(tmp_path_factory: pytest.TempPathFactory,
                                                     definition: str) -> None:
    # only a definition that says the values are projections counts, not its source's title
    pack = small_pack(tmp_path_factory, "outlook-source",
                      [["gdp", "実質GDP成長率", "real GDP growth", "%", "", "true", "growth", definition]],
                      [["g23", "NL", "gdp", "2023", "1.5", "%", "stat", ""]], sources=SOURCE)
    assert rating(pack, "Norland's real GDP growth was 1.5% in 2023.") == "true"
