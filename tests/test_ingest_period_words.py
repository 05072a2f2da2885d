"""Period words of documents (issue 14, tenth session): fiscal years across two calendar years, other
countries' fiscal years, bases of changes, stocks on a day, a month that goes on with the year said before
it, and the base year of an index. Small synthetic documents, one a family."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.normalize.periods import parse_period


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def rows(facts: DocFacts) -> set[tuple[str, float, str]]:
    """(owner's id, value, period) of every drafted figure."""
    return {(o.entity, round(o.value.value, 6), o.period.text) for o in facts.observations}


def test_a_japanese_fiscal_year_with_its_months_in_brackets(bare: ExtractContext) -> None:
    got = rows(extract(bare, "2024年度（24年4月〜25年3月）の日本の輸出額は100兆円となった。\n"))
    assert got == {("JP", 1e14, "FY2024")}


def test_a_year_across_two_calendar_years_is_a_fiscal_year_not_the_second(bare: ExtractContext) -> None:
    # the United Kingdom's financial year runs April-March, as the contract's FY (Japan's) does
    got = rows(extract(bare, "The UK's borrowing was £150 billion in 2024/25.\n"))
    assert got == {("UK", 1.5e11, "FY2024")}
    assert rows(extract(bare, "日本の2024-25年度の輸出額は100兆円となった。\n")) == {("JP", 1e14, "FY2024")}
    # Australia's runs July-June: no contract period holds it (was the calendar year 2025)
    assert not rows(extract(bare, "Australia's exports were A$500 billion in 2024-25.\n"))


def test_another_countrys_numbered_fiscal_year_is_not_japans(bare: ExtractContext) -> None:
    # "FY25" of Australia ends in June 2025; the contract's FY2025 is April 2025 - March 2026
    assert not rows(extract(bare, "Australia's exports were A$500 billion in FY25.\n"))
    assert not rows(extract(bare, "The U.S. federal deficit was $1.8 trillion in fiscal 2024.\n"))
    got = rows(extract(bare, "Japan's budget was 110 trillion yen in FY2024.\n"))
    assert got == {("JP", 1.1e14, "FY2024")}
    # "the last fiscal year" of a country whose year runs April-March, counted from the document's date
    got = rows(extract(bare, "Canada's deficit was C$40 billion in the last fiscal year.\n",
                       parse_period("2025-06-10")))
    assert got == {("CA", 4e10, "FY2024")}


def test_a_year_earlier_is_the_base_of_a_change_not_the_figures_period(bare: ExtractContext) -> None:
    got = rows(extract(bare, "日本の2019年9月の就業者数は6768万人で、前年同月に比べ53万人増加した。\n"))
    assert got == {("JP", 67680000.0, "2019-09"), ("JP", 530000.0, "2019-09")}
    got = rows(extract(bare, "日本の2024年7〜9月期の実質GDPは前年同期比1.2%増となった。\n"))
    assert got == {("JP", 1.2, "2024-Q3")}
    got = rows(extract(bare, "In July 2015, Canada's unemployment rate was 6.8 percent, up from 6.5 percent "
                             "a year earlier.\n"))
    assert got == {("CA", 6.8, "2015-07"), ("CA", 6.5, "2014-07")}


def test_a_stock_at_a_months_end_or_on_a_day(bare: ExtractContext) -> None:
    assert rows(extract(bare, "日本の2024年3月末現在の外貨準備高は1兆2000億ドルとなった。\n")) == {
        ("JP", 1.2e12, "2024-03")}
    got = rows(extract(bare, "3月末現在の日本の外貨準備高は1兆2000億ドルとなった。\n",
                       parse_period("2024-04-20")))
    assert got == {("JP", 1.2e12, "2024-03")}
    facts = extract(bare, "富山県の人口は令和6年10月1日現在で1,012,345人となった。\n")
    assert [(o.value.value, o.period.text) for o in facts.observations] == [(1012345.0, "2024-10-01")]


def test_a_month_without_a_year_goes_on_with_the_year_said_before_it(bare: ExtractContext) -> None:
    facts = extract(bare, "東京都の着工戸数 平成30年 7月 13,031戸 8月 11,801戸\n")
    assert [(o.value.value, o.period.text) for o in facts.observations] == [
        (13031.0, "2018-07"), (11801.0, "2018-08")]  # (August was 2017's: the month before July 2018's end)


def test_the_base_year_of_an_index_dates_nothing(bare: ExtractContext) -> None:
    text = ("富山県鉱工業指数\n\n総合指数 平成22年(2010年)=100、季節調整済\n\n"
            "富山県の生産指数は107.3となった。\n平成22年基準の指数100を上回っている業種は6業種となっている。\n")
    assert not rows(extract(bare, text))  # no month said: no figure dated 2010 (the base)


def test_two_digit_years_in_a_text_that_counts_in_an_era_are_the_eras(bare: ExtractContext) -> None:
    # Japanese public documents say the era once, then shorten: 「19年度」 after 平成19年度 is FY2007
    text = ("日本の平成19年度の宿泊数は2.42回となった。\n"
            "日本の19年度の海外旅行消費額は6.11兆円と減少した。また、20年の日本人海外旅行者数は約1,599万人となった。\n")
    got = rows(extract(bare, text))
    assert ("JP", 6.11e12, "FY2007") in got and ("JP", 15990000.0, "2008") in got
    # with no era said, the document's century (as before)
    assert rows(extract(bare, "日本の20年の出生数は84万人となった。\n", parse_period("2021-06-01"))) == {
        ("JP", 840000.0, "2020")}


def test_an_earlier_periods_figure_in_brackets_after_it_is_that_periods(bare: ExtractContext) -> None:
    got = rows(extract(bare, "日本の平成19年度の宿泊数は2.42回であり、前年度(2.72回)に比べ減少している。\n"))
    assert got == {("JP", 2.42, "FY2007"), ("JP", 2.72, "FY2006")}
    got = rows(extract(bare, "日本の2024年の出生数は68万人で、前年(73万人)から減った。\n"))
    assert got == {("JP", 680000.0, "2024"), ("JP", 730000.0, "2023")}


def test_a_numbered_sections_title_that_states_a_span_no_period_holds(bare: ExtractContext) -> None:
    # "June to August 2020" (three months) has no contract period: the figures under it are left out,
    # not dated with the release's day
    text = ("Employment in the UK: October 2020\n\n13 October 2020\n\n"
            "2. Main points for June to August 2020\n\n- The UK employment rate was estimated at 75.6%.\n")
    assert not rows(extract(bare, text))


def test_an_editions_year_dates_nothing(bare: ExtractContext) -> None:
    # 「白書 > 30年版」 names an edition; 「昨年」 is not counted from a year 2030 (was 2029)
    text = "総務省 > 白書 > 30年版 > インバウンドの状況\n\n昨年の日本の訪日外国人旅行者数は2,869万人。\n"
    assert not any(p.startswith("20") and int(p[:4]) > 2025 for _e, _v, p in rows(extract(bare, text)))
