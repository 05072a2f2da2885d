"""Document-level periods (issue 14, sixteenth session): a Japanese release's title names the year or month
it reports on, and its figures that state no period of their own are that period's, not the day it was
published on. Small synthetic documents, one a family; each asserts the value, unit, period and owner."""

from __future__ import annotations

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import ExtractContext


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def test_a_title_opening_with_its_year_dates_the_figures_not_the_day_beside_it(bare: ExtractContext) -> None:
    # dev13 財務省's customs report: the day in brackets is when it came out; the figures are 2018's (a
    # title this long is read as the first sentence, not a heading: its day was the figures' period)
    text = ("平成30年の全国の税関における関税法違反事件の取締り状況(平成31年2月22日)詳細\n\n"
            "1.総括\n\n"
            "摘発件数は886件(前年比13%増)であった。\n")
    got = owned_rows(extract(bare, text))
    assert ("日本", 886, "count", "2018") in got
    assert ("日本", 13, "%", "2018") in got
    assert not any(r[3] == "2019-02-22" for r in got)


def test_a_title_that_names_its_month_end_in_brackets_dates_the_figures(bare: ExtractContext) -> None:
    # dev13 北陸総合通信局's release: under a date line, the title's 「(平成23年3月末)」 is their month;
    # the month end the change is counted from (「平成22年12月末時点と比較して」) is a base, no period
    text = ("報道資料\n"
            "平成23年6月30日\n"
            "北陸総合通信局\n"
            "北陸3県における携帯電話の契約数(平成23年3月末)\n\n"
            "- 全国の携帯電話の普及率は96.3%となり、平成22年12月末時点と比較して1.8ポイント増加。\n"
            "- 富山県の普及率は82.6%となり、2.7ポイント増加。\n")
    got = owned_rows(extract(bare, text))
    assert ("日本", 96.3, "%", "2011-03") in got
    assert ("日本", 1.8, "pp", "2011-03") in got
    assert ("富山県", 82.6, "%", "2011-03") in got
    assert not any(r[3] in ("2011-06-30", "2010-12") for r in got)


@pytest.mark.parametrize("body", [
    "富山県の人口は105万人(平成30年)であった。",  # a figure's own period in brackets
    "2019年の調査結果を公表する。",  # a sentence opening with a year
])
def test_a_title_period_said_inside_the_text_is_no_title(bare: ExtractContext, body: str) -> None:
    # under a date line, a body sentence (it ends in 。) is no title: its period dates its own figure
    # alone, never a later figure that states none (review finding 10; was 2018 / 2019)
    text = ("報道資料\n令和6年5月1日\n富山県\n\n" + body + "\n\n1.概要\n\n"
            "富山県の世帯数は39万世帯であった。\n")
    got = owned_rows(extract(bare, text))
    households = {r[3] for r in got if r[1] == 390000}
    assert households and not households & {"2018", "2019"}
    if "105万" in body:
        assert ("富山県", 1050000, "count", "2018") in got
