"""Typography and framing of Japanese statistical releases (issue 14, dev6): thousands grouped with
spaces, the base year of an index, the 「〜月分」 that names the period a release reports on, and
letter-spaced mastheads."""

from __future__ import annotations

import io

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.ingest.readers import iter_text_lines
from shingi.ingest.sentences import close_letter_spacing, split_sentences
from shingi.normalize.periods import parse_period
from shingi.normalize.quantities import find_quantities


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def figures(facts: DocFacts) -> set[tuple[str, float, str | None, str]]:
    """(owner's name, value, unit, period) of every drafted figure."""
    out = set()
    for o in facts.observations:
        e = facts.entities.get(o.entity)
        out.add(((e.name_en or e.name_ja or "") if e else o.entity, round(o.value.value, 6), o.value.unit,
                 o.period.text))
    return out


@pytest.mark.parametrize(("text", "values"), [
    ("出生数は1 091 150人で", [1091150.0]),
    ("出生数は1\u2009091\u2009150人で", [1091150.0]),  # thin spaces
    ("自然増減数は△51 317人", [-51317.0]),
    ("12 345 678", [12.0, 345.0, 678.0]),  # three table cells: no unit glued to the last group
    ("1 23人", [1.0, 23.0]),  # a group of two digits is no thousands group
    ("輸入額6兆 8,781億円", [6.8781e12]),  # a compound's parts padded apart in a table
    ("6兆 5%", [6e12, 5.0]),  # a space leads only to a part with its own smaller scale word
    ("差引額▲ 8, 446億円", [8.446e11]),  # a PDF's space after a thousands comma, a unit glued on
    ("in 2023, 446 people", [446.0]),  # (English: a year and a count, not one number)
])
def test_thousands_grouped_with_spaces_are_one_number_only_with_a_glued_unit(text: str,
                                                                             values: list[float]) -> None:
    assert [q.quantity.value for q in find_quantities(text)] == values


def test_a_year_total_of_a_monthly_release_is_the_reported_year_not_the_release_year(
        bare: ExtractContext) -> None:
    text = ("(担当) 厚生労働省大臣官房統計情報部 人口動態・保健統計課\n"
            "平成21年6月26日\n人口動態統計月報(概数)\n"
            "(平成20年12月分(年計を含む))\n本報告は日本において発生した日本人に関する事象を集計したものである。\n"
            "(1)出生数の年計(1月〜12月)は1 091 150人で、前年より1 332人(0.1%)増加(表1)。\n")
    got = figures(extract(bare, text))
    assert ("Japan", 1091150.0, "count", "2008") in got
    assert ("Japan", 1332.0, "count", "2008") in got
    assert not any(p.startswith("2009") for _o, _v, _u, p in got)


def test_the_base_year_of_an_index_is_never_the_period_of_its_figures(bare: ExtractContext) -> None:
    text = ("東京の物価−東京都区部消費者物価指数−\n\n東京の物価 -東京都区部消費者物価指数-\n"
            "《 令和元年(2019年)8月分 (中旬速報値) 》\n"
            "  2015年=100 (平成27年=100)\n\n"
            "(1) 総合指数101.9となり、前年同月比で 0.6%の上昇となった。\n")
    got = figures(extract(bare, text))
    assert {("東京", 101.9, "index", "2019-08"), ("東京", 0.6, "%", "2019-08")} <= got
    assert {(v, u, p) for _o, v, u, p in got} >= {(101.9, "index", "2019-08"), (0.6, "%", "2019-08")}
    assert not any(p.startswith("2015") for _o, _v, _u, p in got)


@pytest.mark.parametrize(("line", "closed"), [
    ("総 務 省 統 計 局", "総務省統計局"),
    ("平 成 29 年 2 月 20 日", "平成29年2月20日"),
    ("財\u3000務\u3000省", "財務省"),
    ("出生数は1 091 150人で", "出生数は1 091 150人で"),  # a grouped number, no letter-spacing
    ("男 女", "男 女"),  # two letters: too few to tell from two words
    ("東京都 大阪府 愛知県", "東京都 大阪府 愛知県"),  # words, not letters
])
def test_letter_spaced_japanese_is_closed_up(line: str, closed: str) -> None:
    assert close_letter_spacing(line)[0] == closed


def test_a_letter_spaced_publisher_owns_the_figures_and_places_point_at_the_text_as_written(
        bare: ExtractContext) -> None:
    text = ("人口推計\n平 成 29 年 2 月 20 日\n総 務 省 統 計 局\n人\n口\n推\n計\n"
            "【平成29年2月1日現在(概算値)】\n<総人口> 1億2683万人で,前年同月に比べ減少 ▲18万人\n")
    facts = extract(bare, text)
    assert ("Japan", 126830000.0, "count", "2017-02-01") in figures(facts)
    sentences = list(split_sentences(iter_text_lines(io.StringIO(text, newline=None))))
    publisher = next(s for s in sentences if "総務省統計局" in s.text)
    # each letter-spaced line is a display line of its own; so is the column 「人口推計」
    assert [s.text for s in sentences[:4]] == ["人口推計", "平成29年2月20日", "総務省統計局", "人口推計"]
    assert (publisher.line, publisher.char_start, publisher.line_end, publisher.char_end) == (3, 0, 3, 11)


def test_a_label_in_lenticular_brackets_heads_the_lines_after_it(bare: ExtractContext) -> None:
    text = ("総務省統計局\n【平成29年2月1日現在(概算値)】\n"
            "<総人口> 1億2683万人で,前年同月に比べ減少 ▲18万人\n"
            "【平成28年9月1日現在(確定値)】\n<総人口> 1億2690万3千人で,前年同月に比べ減少\n"
            "・0~14歳人口は 1579万7千人で,総人口に占める割合は 12.4%\n")
    got = figures(extract(bare, text))
    assert {("Japan", 126830000.0, "count", "2017-02-01"), ("Japan", 126903000.0, "count", "2016-09-01"),
            ("Japan", 15797000.0, "count", "2016-09-01"), ("Japan", 12.4, "%", "2016-09-01")} <= got


def test_a_letter_spaced_masthead_line_is_not_glued_to_the_next(bare: ExtractContext) -> None:
    text = ("平成26年5月21日\n財 務 省\n報 道 発 表\n平成26年4月分貿易統計(速報)の概要\n"
            "平成26年4月分については、輸出は対前年同月比5.1%の増加となった。\n")
    assert ("Japan", 5.1, "%", "2014-04") in figures(extract(bare, text))


def test_a_fall_said_after_a_japanese_list_of_figures_is_said_of_every_item(bare: ExtractContext) -> None:
    text = ("東京の物価−東京都区部消費者物価指数−\n\n東京の物価 -東京都区部消費者物価指数-\n"
            "《 令和元年(2019年)8月分 (中旬速報値) 》\n\n"
            "前年同月比で見ると、教養娯楽 1.3%、住居 0.4%の上昇となった。\n"
            "一方、保健医療 0.1%、交通・通信 0.9%の下落となった。\n")
    values = {v for _o, v, _u, _p in figures(extract(bare, text))}
    assert {1.3, 0.4, -0.1, -0.9} <= values
    assert 0.1 not in values


def test_a_transcripts_spaced_compounds_are_drafted_whole() -> None:
    # (dev10 総務省統計局 科学技術研究調査, as transcribed: commas for 、 and spaces inside compounds)
    text = ("総務省統計局\n\n平成26年度の研究費の総額は,18 兆 9713 億円となった。"
            "研究者数は86 万 6900 人となった。\n")
    facts = extract(ExtractContext(None), text, parse_period("2015-12-15"))
    assert [(o.entity, o.value.value) for o in facts.observations] == [("JP", 1.89713e13), ("JP", 866900.0)]


def test_numbered_points_with_no_stop_are_units_of_their_own_and_carry_their_period() -> None:
    # 「① …総額は,…億円(…)で,過去最高」 with no stop, then 「② …」: each point is a unit (they ran together
    # into one sentence, every figure dated by the last point's day); the first point's 年度 dates the next
    text = ("総務省統計局\n\n"
            "① 平成26年度の研究費の総額は,18兆9713億円で,過去最高\n"
            "② 企業の研究費は13兆5864億円で,過去最高\n"
            "③ 平成27年3月31日現在の研究者数は,86万6900人で,過去最多\n")
    facts = extract(ExtractContext(None), text, parse_period("2015-12-15"))
    assert [(o.value.value, o.period.text) for o in facts.observations] == [
        (1.89713e13, "FY2014"), (1.35864e13, "FY2014"), (866900.0, "2015-03-31")]
