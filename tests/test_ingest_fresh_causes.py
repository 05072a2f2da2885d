"""Fresh documents by cause (session 29, helper ``ingfresh``; docs/ingest.md): grams glued to their number,
rates counted per person and per day, the first months of a fiscal year, routes named after places, a local
government's own text, a month before a split year, a year's measure as a comparison's base, peoples' plurals,
a survey's as-of day; each with the near-misses it must not touch, in both languages where it reads words."""

from __future__ import annotations

import pytest

from shingi.ingest.dates import is_base, split_years
from shingi.ingest.doc_owner import StatedOwner
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import find_periods
from shingi.normalize.quantities import find_quantities
from test_ingest_ja_documents import read, rows


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


# --- grams ---

@pytest.mark.parametrize(("text", "found"), [
    ("ごみの排出量は918gとなった", [(918.0, "g")]),
    ("長野県川上村で294.9g、同県南牧村で320.0g", [(294.9, "g"), (320.0, "g")]),
    ("排出量は918グラム", [(918.0, "g")]),
    ("a bar of 100 grams", [(100.0, "g")]),
    # not a gram: spaced apart (a list's letter), a network's generation in capitals, a sum
    ("item 5 g of the list", []),
    ("the 5G network", []),
])
def test_grams_glued_to_their_number(text: str, found: list[tuple[float, str | None]]) -> None:
    assert [(q.quantity.value, q.quantity.unit) for q in find_quantities(text)] == found


# --- rates per person and per day ---

WASTE = """環境省、一般廃棄物の排出状況(平成31年度)を公表
発表日:2021.03.30
全国の1人1日あたりのごみの排出量は918gとなった。
"""


def test_per_person_per_day_is_no_count_and_no_day(bare: ExtractContext) -> None:
    got = rows(read(bare, WASTE))
    assert ("日本", 918.0, "g", "FY2019") in got
    # 「1人」 is the rate's first denominator (no count of one person), 「1日」 its second (no day of March)
    assert not any(v == 1.0 for _o, v, _u, _p in got)
    assert not any(p.startswith("2021-03") for _o, _v, _u, p in got)


def test_a_day_of_the_month_is_still_read(bare: ExtractContext) -> None:
    got = rows(read(bare, "環境省、一般廃棄物の排出状況(平成31年度)を公表\n"
                          "発表日:2021.03.30\n全国のごみの排出量は、3月1日時点で918gとなった。\n"))
    assert ("日本", 918.0, "g", "2020-03-01") in got  # (March of the fiscal year 平成31年度)


# --- the first months of a fiscal year ---

CBO = """Monthly Budget Review

September 10, 2012

CBO estimates that the Treasury Department will report a deficit of $1.17 trillion for the first 11 months
of fiscal year 2012.
"""


def test_the_first_eleven_months_of_a_fiscal_year_are_no_fiscal_year(bare: ExtractContext) -> None:
    got = rows(read(bare, CBO))
    assert not any(v == 1.17e12 for _o, v, _u, _p in got)  # no contract period holds eleven months


def test_the_first_six_months_of_a_fiscal_year_stay_its_half(bare: ExtractContext) -> None:
    got = rows(read(bare, "Acme Corp. (fiscal year ends March 31) reported revenue of $5 billion for "
                          "the first six months of fiscal 2024.\n"))
    assert not any(p == "FY2024" for _o, _v, _u, p in got)


# --- routes ---

NARITA = """2019年度上期 空港運用状況
▶国際線発着回数
旅客便において、韓国線、欧州線、中国線への新規就航や増便があり最高値を更新(92,662回:前年同期比3%増)しました。
"""


def test_a_route_named_after_a_country_is_no_owner(bare: ExtractContext) -> None:
    got = rows(read(bare, NARITA))
    assert not any(o in ("韓国", "中国", "欧州連合") for o, _v, _u, _p in got)


def test_a_country_beside_its_route_still_owns(bare: ExtractContext) -> None:
    got = rows(read(bare, "2019年度上期の貿易\n韓国の輸出額は2019年度上期に3,000億円となった。\n"))
    assert any(o == "韓国" and v == 3e11 for o, v, _u, _p in got)


# --- a local government's own text ---

AICHI = """平成28年労働組合基礎調査結果について

 労働組合基礎調査の結果(平成28年6月30日現在)をとりまとめました。
 この調査は、厚生労働省の委託を受けて県内の労働組合の組合員数など労働組合組織の実態を明らかにするため、毎年行っているものです。

平成28年労働組合基礎調査結果について

労働組合数 2,541組合【前年比】15組合(0.6%)減少
"""


def test_a_prefectures_own_text_is_not_the_ministrys_nation(bare: ExtractContext) -> None:
    got = rows(read(bare, AICHI))
    assert not any(o == "日本" for o, _v, _u, _p in got)  # the ministry commissioned it; 県内 is the writer's


def test_a_national_text_still_takes_its_ministrys_nation(bare: ExtractContext) -> None:
    # (県内総生産 is the prefectural accounts' measure, named so in national texts)
    text = AICHI.replace("県内の労働組合", "県内総生産の")
    text = text.replace("労働組合数 2,541組合", "全国の労働組合数 2,541組合")
    got = rows(read(bare, text))
    assert any(o == "日本" and v == 2541.0 for o, v, _u, _p in got)


# --- a survey's as-of day ---

def test_a_surveys_as_of_day_dates_its_stocks(bare: ExtractContext) -> None:
    got = rows(read(bare, AICHI, StatedOwner("愛知県", "option", "愛知県")))
    assert ("愛知県", 2541.0, "count", "2016-06-30") in got
    assert ("愛知県", -15.0, "count", "2016-06-30") in got


def test_a_day_outside_the_titles_year_is_no_as_of_day(bare: ExtractContext) -> None:
    text = AICHI.replace("平成28年6月30日現在", "平成27年6月30日現在")
    got = rows(read(bare, text, StatedOwner("愛知県", "option", "愛知県")))
    assert ("愛知県", 2541.0, "count", "2016") in got


# --- a month before a split year ---

@pytest.mark.parametrize(("text", "april", "periods"), [
    ("growth during April to August, 2020-21 has been 17.8 %", True, [None]),
    ("production in August, 2020-21 rose", True, ["2020-08"]),
    ("production in January 2020-21 rose", True, ["2021-01"]),
    ("during April to September, 2020-21", True, ["FY2020-H1"]),
    ("growth in 2020-21 was 4 %", True, ["FY2020"]),
    ("production in August, 2020-21 rose", False, [None]),
])
def test_a_month_before_a_split_year(text: str, april: bool, periods: list[str | None]) -> None:
    found, _spans = split_years(text, find_periods(text, default_year=2020), april)
    got = [None if p.period.text == "" or p.period.start.year < 1000 else p.period.text for p in found]
    assert got == periods


# --- a year's measure as a comparison's base ---

@pytest.mark.parametrize(("text", "base"), [
    ("2012年度の総排出量と比べると、1.2%増加した。", True),
    ("2005年度の実績に比べ、0.8%増加した。", True),
    ("2012年度と比べると、1.2%増加した。", True),
    # the period's own figure, compared with nothing said after it
    ("2013年度の総排出量は14億トンで、前年度と比べると1.2%増加した。", False),
])
def test_a_periods_measure_before_a_comparison_is_its_base(text: str, base: bool) -> None:
    first = find_periods(text)[0]
    assert is_base(text, first) is base


# --- peoples' plurals ---

def test_a_peoples_plural_is_its_country(bare: ExtractContext) -> None:
    got = rows(read(bare, "Personal remittances from overseas Filipinos grew by 3.4 percent year-on-year in "
                          "January 2019.\n"))
    assert any(o == "フィリピン" and v == 3.4 for o, v, _u, _p in got)


def test_indians_are_no_country(bare: ExtractContext) -> None:
    got = rows(read(bare, "Grants to American Indians grew by 3.4 percent in January 2019.\n"))
    assert not any(o == "インド" for o, _v, _u, _p in got)
