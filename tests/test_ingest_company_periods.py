"""A company's own quarters and halves (docs/ingest.md, "Company and fiscal periods (session 29)"): a quarter
whose months the text gives and that is no calendar quarter is written ``FY2025-Q4`` and read with the
company's ``fiscal_year`` column; never guessed when the months are not given; a ministry's 年度 stays the
contract's FY. Also "for the quarter" inside a year's paragraph, ± said in words, and a Japanese sentence's
topic year over its yearless quarters."""

from __future__ import annotations

import pytest

from ingest_helpers import extract, figures
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import parse_fiscal_year, parse_period, shift


@pytest.fixture
def bare() -> ExtractContext:
    return ExtractContext(None)


def _months(text: str, fiscal: str | None = None) -> tuple[str, str]:
    p = parse_period(text, parse_fiscal_year(fiscal) if fiscal else None)
    return p.start.isoformat(), p.end.isoformat()


def test_an_own_quarter_is_read_in_its_convention_and_steps_in_it() -> None:
    assert _months("FY2025-Q4", "2/end") == ("2024-11-01", "2025-01-31")
    assert _months("Q1 FY2026", "2/end") == ("2025-02-01", "2025-04-30")
    q4 = parse_period("FY2025-Q4", parse_fiscal_year("2/end"))
    assert shift(q4, 1).text == "FY2026-Q1" and shift(q4, -4).text == "FY2024-Q4"
    # Japan's convention (the contract's default) keeps calendar quarters: no change there
    assert parse_period("FY2025-Q4").text == "2026-Q1"
    assert parse_period("FY2025-Q4", parse_fiscal_year("10/end")).text == "2025-Q3"


def test_a_quarter_ended_in_january_is_the_companys_own(bare: ExtractContext) -> None:
    text = ("Samplechip today reported revenue for the fourth quarter ended January 26, 2025, of "
            "$39.3 billion, up 12% from the previous quarter.\n\n"
            "For fiscal 2025, revenue was $130.5 billion.\n\n"
            "GAAP earnings per diluted share for the quarter were $0.89. Non-GAAP earnings per diluted share "
            "were $0.91.\n\n"
            "Samplechip's outlook for the first quarter of fiscal 2026: revenue is expected to be "
            "$43.0 billion, plus or minus 2%.\n")
    facts = extract(bare, text, parse_period("2025-02-26"))
    got = figures(facts)
    assert (39.3e9, "FY2025-Q4") in got and (130.5e9, "FY2025") in got
    # "for the quarter" in the year's paragraph: the quarter stated last, not the year (was skipped)
    assert (0.89, "FY2025-Q4") in got and (0.91, "FY2025-Q4") in got
    assert (43.0e9, "FY2026-Q1") in got
    assert not any(v in (2.0, -2.0) for v, _p in got)  # ± said in words: a margin, no figure
    assert {e.fiscal_year for e in facts.entities.values()} == {"2/end"}


def test_a_quarter_before_and_a_year_before_an_own_quarter(bare: ExtractContext) -> None:
    text = ("Samplecorp Corporation reported results for its fourth quarter and fiscal year ended April 30, "
            "2014.\n\nFor the fourth quarter, net sales increased 3% to $893 million. Diluted earnings per "
            "share for the quarter were $0.62, compared with $0.52 in the prior-year quarter.\n")
    got = figures(extract(bare, text))
    assert (893e6, "FY2014-Q4") in got and (0.62, "FY2014-Q4") in got
    assert (0.52, "FY2013-Q4") in got  # February-April 2013, never Japan's FY2013-Q4 (2014-Q1)


def test_a_fiscal_quarter_whose_months_are_not_given_is_not_guessed(bare: ExtractContext) -> None:
    text = ("Samplecorp said that net income for its fiscal 2021 third quarter rose to $48.76 million, "
            "from $23.23 million in the same quarter a year earlier.\n")
    assert figures(extract(bare, text, parse_period("2021-03-03"))) == []
    # "fiscal 2024" of a US company with no months given: not Japan's FY2024 (a note says so)
    facts = extract(bare, "Samplecorp reported revenue of $5.2 billion for fiscal 2024.\n",
                    parse_period("2024-11-20"))
    assert all(not o.period.text.endswith(("Q1", "Q2", "Q3", "Q4")) for o in facts.observations)
    assert all(e.fiscal_year is None for e in facts.entities.values())
    assert all("not Japan's" in (o.note or "") for o in facts.observations)


def test_a_ministrys_fiscal_year_is_the_contracts(bare: ExtractContext) -> None:
    facts = extract(bare, "経済産業省は、2024年度の補助金として1兆2000億円を計上した。\n",
                    parse_period("2024-04-10"))
    assert (1.2e12, "FY2024") in figures(facts)
    assert all(e.fiscal_year is None for e in facts.entities.values())


def test_an_own_half_of_a_japanese_company_year(bare: ExtractContext) -> None:
    facts = extract(bare, "株式会社サンプル商事の2025年8月期上期の売上収益は1兆8000億円となった。\n",
                    parse_period("2025-04-10"))
    assert figures(facts) == [(1.8e12, "FY2025-H1")]
    company = next(e for e in facts.entities.values() if e.fiscal_year)
    assert company.fiscal_year == "9/end"
    assert _months("FY2025-H1", company.fiscal_year) == ("2024-09-01", "2025-02-28")


def test_plus_or_minus_is_a_margin_but_minus_alone_is_a_value(bare: ExtractContext) -> None:
    got = figures(extract(bare, "Samplecorp expects revenue of $4.0 billion in 2025, plus or minus 3%.\n"))
    assert (4.0e9, "2025") in got and not any(abs(v) == 3.0 for v, _p in got)
    got = figures(extract(bare, "Samplecorp said its operating margin was minus 3% in 2024.\n"))
    assert (-3.0, "2024") in got


def test_a_japanese_topic_year_frames_its_yearless_quarters(bare: ExtractContext) -> None:
    text = ("令和3年の福岡県の鉱工業指数\n\n"
            "2021年の生産指数は98.5となった。2020年の生産指数を四半期別に見ると、1~3月期104.1、4~6月期87.0、"
            "7~9月期92.7となった。\n")
    got = figures(extract(bare, text, parse_period("2022-02-10")))
    assert (104.1, "2020-Q1") in got and (87.0, "2020-Q2") in got and (92.7, "2020-Q3") in got


def test_a_year_said_after_a_yearless_month_frames_nothing(bare: ExtractContext) -> None:
    # 「9月として…2013年の…を上回り」: the month is said before the year (a comparison's record), so it
    # stays the context's month
    text = ("2014年9月の訪日外客数\n\n"
            "9月の訪日外客数は109万9千人となり、これまで9月として最も多かった2013年の86万7千人を23万2千人上回った。\n")
    got = figures(extract(bare, text, parse_period("2014-10-22")))
    assert not any(p == "2013-09" and v == 232000 for v, p in got)


_LEAD = ("Samplechip today reported revenue for the fourth quarter ended January 26, 2025, of "
         "$39.3 billion, up 12% from the previous quarter.\n\n")


def test_a_sentence_that_names_the_year_keeps_it_in_a_quarters_paragraph(bare: ExtractContext) -> None:
    # "Annual revenue was a record $130.5 billion" after "For the quarter, …": the year's, never the quarter's
    # (no year said for it: left out); the sentence after it is no longer dated by "the quarter" either
    text = _LEAD + ("For the quarter, GAAP earnings per diluted share were $0.89. Full-year GAAP "
                    "earnings per diluted share were $2.94, up 147%. Annual revenue was a record "
                    "$130.5 billion, up 114%. Non-GAAP gross margin was 73.5%.\n")
    got = figures(extract(bare, text, parse_period("2025-02-26")))
    assert (0.89, "FY2025-Q4") in got and (2.94, "FY2025") in got
    assert not any(p.endswith("Q4") for v, p in got if v in (130.5e9, 114.0, 73.5, 2.94, 147.0))
    for span in ("Revenue for the fiscal year", "Year-to-date revenue", "Revenue for the nine months"):
        got = figures(extract(bare, _LEAD + f"For the quarter, GAAP earnings per diluted share were $0.89. "
                                           f"{span} was $130.5 billion.\n", parse_period("2025-02-26")))
        assert (130.5e9, "FY2025-Q4") not in got, span


def test_the_quarter_still_dates_its_own_clause_and_an_annual_rate(bare: ExtractContext) -> None:
    # negatives: a clause that says "in the quarter" beside one about the year, and a quarter's figure "at an
    # annual rate", are the quarter's
    text = _LEAD + ("For fiscal 2025, revenue was $130.5 billion. Revenue for the year rose 114%, while "
                    "operating income in the quarter was $24.0 billion. In the quarter, gross margin grew "
                    "at an annual rate of 2.8%.\n")
    got = figures(extract(bare, text, parse_period("2025-02-26")))
    assert (130.5e9, "FY2025") in got and (24.0e9, "FY2025-Q4") in got and (2.8, "FY2025-Q4") in got


def test_a_japanese_full_year_figure_is_never_the_quarters(bare: ExtractContext) -> None:
    # 通期, 年間: the year's span said for the figure (the same reading as "annual", "full-year")
    text = ("サンプルチップ株式会社は、2025年1月期第4四半期の売上高が393億ドルとなったと発表した。\n\n"
            "当四半期の1株当たり利益は0.89ドルだった。通期の売上高は過去最高の1305億ドルだった。"
            "年間の営業利益は815億ドルだった。\n")
    got = figures(extract(bare, text, parse_period("2025-02-26")))
    assert not any(p.endswith("Q4") for v, p in got if v in (130.5e9, 81.5e9))
    assert (130.5e9, "FY2025") in got


def test_a_longer_span_in_a_quarters_text_is_not_the_quarter(bare: ExtractContext) -> None:
    # the context is the quarter itself: a figure whose clause names the year (or nine months, year to date)
    # and no year of its own is left out, never the quarter's; the quarter's own figures stay
    text = ("Samplechip today reported revenue for the fourth quarter ended January 26, 2025, of "
            "$39.3 billion.\n\nFor the quarter, GAAP earnings per diluted share were $0.89. Operating income "
            "was $24.0 billion. Revenue for the fiscal year was $130.5 billion. Annual revenue was a record "
            "$131.5 billion. Year-to-date revenue was $132.5 billion.\n")
    got = figures(extract(bare, text, parse_period("2025-02-26")))
    assert (39.3e9, "FY2025-Q4") in got and (0.89, "FY2025-Q4") in got and (24.0e9, "FY2025-Q4") in got
    assert not any(v in (130.5e9, 131.5e9, 132.5e9) for v, _p in got)
    text = ("サンプル電機株式会社の2024年第3四半期（7～9月）の売上高は1200億円だった。"
            "営業利益は150億円だった。通期の売上高は4800億円だった。年間の純利益は300億円の見通し。\n")
    got = figures(extract(bare, text, parse_period("2024-11-05")))
    assert (1.2e11, "2024-Q3") in got and (1.5e10, "2024-Q3") in got
    assert not any(v in (4.8e11, 3.0e10) for v, _p in got)


def test_a_change_on_a_year_before_is_the_months_own(bare: ExtractContext) -> None:
    # negatives: "annual inflation", "annual growth", 「過去10年間で最高」 are the month's or quarter's own
    got = figures(extract(bare, "Euro area annual inflation in March 2025\n\nEuro area annual inflation was "
                                "2.2%, down from 2.3% in February. Annual growth of industrial production "
                                "was 1.2%.\n", parse_period("2025-04-16")))
    assert (2.2, "2025-03") in got and (1.2, "2025-03") in got
    got = figures(extract(bare, "2025年3月の全国の有効求人倍率は1.26倍で、過去10年間で最も低い水準となった。"
                                "完全失業率は2.5%だった。\n", parse_period("2025-04-30")))
    assert (1.26, "2025-03") in got and (2.5, "2025-03") in got
