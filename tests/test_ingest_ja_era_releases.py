"""Japanese national releases dated and compared in era years (issue 14, fourteenth session, dev12): a
month and the sending body at the head of a release, a tax year's returns (〜年分) and a crop year (〜年産)
said as the base of a comparison, the base's own figure in brackets after it. Small synthetic texts."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from ingest_helpers import owned_rows as rows
from shingi.ingest.dates import date_line, is_base
from shingi.ingest.extract import ExtractContext
from shingi.ingest.owners import _chugoku_region
from shingi.normalize import find_periods


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def test_a_month_and_a_body_at_the_head_date_the_release_not_its_figures(bare: ExtractContext) -> None:
    # 「平成30年5月」 over 「国税庁」 (joined by the splitter): the month the body sent the release
    got = date_line("平成30年5月国税庁", 0)
    assert got is not None and got[0].text == "2018-05"
    assert date_line("2014年4月", 0) is None  # a month alone is the month a release reports on
    assert date_line("2014年4月の輸出額", 0) is None
    facts = extract(bare, "平成30年5月\n国税庁\n\n確定申告の状況\n\n"
                          "=提出人員は2,198万人で横ばい=\n\n"
                          "平成29年分の提出人員は2,198万人となりました。\n")
    # the heading's figure has no period of its own: not dated by the month of the release
    assert rows(facts) == {("日本", 21980000.0, "count", "2017")}
    assert [(e.date.text, e.kind) for e in facts.events] == [("2018-05", "publication")]


def test_a_tax_year_or_crop_year_said_as_the_base_is_no_figures_period(bare: ExtractContext) -> None:
    for text in ("平成28年分と比較すると、人数(+0.6%)", "平成23年分からほぼ横ばい", "平成24年産と比べ"):
        p = find_periods(text)[0]
        assert is_base(text, p), text
    assert not is_base("平成29年分の提出人員", find_periods("平成29年分の提出人員")[0])
    facts = extract(bare, "平成30年5月 国税庁\n\n"
                          "平成29年分の提出人員は2,198万人で、平成28年分(2,169万人)から28万7千人(+1.3%)増加しました。\n"
                          "このうち、納税人員は640万8千人で、平成28年分と比較すると、人数(+0.6%)は増加しました。\n")
    assert rows(facts) == {("日本", 21980000.0, "count", "2017"), ("日本", 21690000.0, "count", "2016"),
                           ("日本", 287000.0, "count", "2017"), ("日本", 1.3, "%", "2017"),
                           ("日本", 6408000.0, "count", "2017"), ("日本", 0.6, "%", "2017")}


def test_english_bases_unchanged(bare: ExtractContext) -> None:
    text = "Revenue rose 5% from 2023 to $10 billion in 2024."
    periods = find_periods(text)
    assert is_base(text, periods[0]) and not is_base(text, periods[1])


def test_a_contribution_written_with_percent_is_in_points(bare: ExtractContext) -> None:
    facts = extract(bare, "2025年3月11日\n総務省統計局\n\n"
                          "2025年2月分の支出額は、1年前に比べ4.5%の増加で、寄与した主な項目は、"
                          "「食料」の1.14%及び「家電」の0.95%(名目寄与度)。\n")
    units = sorted((o.value.value, o.value.unit) for o in facts.observations)
    assert units == [(0.95, "pp"), (1.14, "pp"), (4.5, "%")]


def test_chugoku_listed_with_japans_regions_is_no_china(bare: ExtractContext) -> None:
    facts = extract(bare, "平成25年12月6日 農林水産省\n\n"
                          "中国、四国及び九州を除きおおむね順調に推移したことから、全国の収穫量は860万3,000tと見込まれる。"
                          "作付面積は1,720ha(前年産対比82%)となった。\n")
    assert "中国" not in {e.name_ja for e in facts.entities.values()}
    assert {o.entity for o in facts.observations} <= {"JP"}
    # 「860万3,000t」: a unit symbol the reader does not know makes no count of 8,603,000
    assert all(o.value.unit != "count" for o in facts.observations)
    facts = extract(bare, "2024年の中国の輸出額は3兆ドルだった。\n")
    assert {facts.entities[o.entity].name_ja for o in facts.observations} == {"中国"}


def test_china_beside_one_region_is_china(bare: ExtractContext) -> None:
    # one region beside 中国 is no list of Japan's regions (review finding 14): China
    for text in ("2024年、沖縄と中国を結ぶ航路の旅客数は12万人だった。\n",
                 "2024年、北海道と中国を結ぶ航路の旅客数は12万人だった。\n",
                 "2024年の関東や中国からの観光客は300万人だった。\n"):
        facts = extract(bare, text)
        assert {facts.entities[o.entity].name_ja for o in facts.observations} == {"中国"}, text
    # the region: paired with 四国, 中国地方, or listed with two other regions
    for text, region in (("中国・四国地方", True), ("中国四国農政局", True), ("近畿・中国地方", True),
                         ("東北、近畿、中国の収穫量", True), ("近畿、中国、九州", True),
                         ("中国・九州地方", True), ("沖縄と中国の関係", False), ("日本と中国", False),
                         ("九州・中国間の航路", False)):
        i = text.index("中国")
        assert _chugoku_region(text, i, i + 2) is region, text


def test_a_count_and_its_rate_joined_by_a_middle_dot_share_the_fall(bare: ExtractContext) -> None:
    facts = extract(bare, "令和2年5月27日\n厚生労働省\n\n"
                          "2019年の死亡者数は845人(前年比64人・7.0%減、平成29年比5,151人・4.3%増)となりました。\n")
    got = sorted((o.value.value, o.value.unit) for o in facts.observations)
    assert got == [(-64.0, "count"), (-7.0, "%"), (4.3, "%"), (845.0, "count"), (5151.0, "count")]


def test_a_bracket_after_a_measure_is_an_aside_of_its_clause(bare: ExtractContext) -> None:
    facts = extract(bare, "平成25年産の全国の10a当たり収量は539kg(作況指数102)と見込まれる。\n")
    assert rows(facts) == {("日本", 102.0, "index", "2013"), ("日本", 539.0, "kg/10a", "2013")}
    # a name right before the bracket still owns it: 「Potaro（搬送成功率99%）」
    facts = extract(bare, "2024年、日本のPotaro（搬送成功率99%）を公開した。\n")
    assert {facts.entities[o.entity].name_en or facts.entities[o.entity].name_ja
            for o in facts.observations} <= {"Potaro"}
