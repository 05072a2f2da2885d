"""Japanese families of misses the held-out runs showed (issue 14, fifteenth session): a defining aside
(「以下「研究費」という。」) that does not end its sentence, an era year after a transcript's comma, the
metric symbols of mass and area (t, kg, ha) and a yield per area, and a clause whose topic is a measure
going on about the owner of the clause before. Small synthetic texts."""

from __future__ import annotations

import io

import pytest

from ingest_helpers import extract
from ingest_helpers import owned_rows as rows
from shingi.ingest.dates import relative_periods
from shingi.ingest.extract import ExtractContext
from shingi.ingest.readers import iter_text_lines
from shingi.ingest.sentences import split_sentences
from shingi.normalize.quantities import find_quantities


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(iter_text_lines(io.StringIO(text)))]


def test_a_defining_aside_does_not_end_its_sentence() -> None:
    first = "平成26年度の科学技術研究費(以下「研究費」という。)の総額は,18兆9713億円となった。"
    assert sentences(first + "次の文。\n") == [first, "次の文。"]
    # a quotation inside a sentence goes on past its stop too
    assert len(sentences("目標について「届かなかった。」と述べた。\n")) == 1
    # a bracket that opens the sentence may hold a whole one; a stop before a new sentence still ends it
    assert len(sentences("増加した。(詳細は別紙。)次の文。\n")) == 3


def test_a_numbered_points_fiscal_year_carries_past_a_defining_aside(bare: ExtractContext) -> None:
    facts = extract(bare, "平成27年科学技術研究調査結果\n平 成 27 年 12 月 15 日\n\n研究費\n"
                          "① 平成 26 年度の科学技術研究費(以下「研究費」という。)の総額は,"
                          "18 兆 9713 億円で,過去最高\n"
                          "② 国内総生産(GDP)に対する研究費の比率は,3.87%と対前年度比 0.12 ポイント上\n"
                          "昇し,過去最高\n"
                          "③ 企業の研究費は 13 兆 5864 億円(研究費全体に占める割合 71.6%)\n"
                          "\n総務省統計局\n")
    # every point is of the fiscal year the first one said (was 2015, the release's year, from ② on)
    assert {p for _o, _v, _u, p in rows(facts)} == {"FY2014"}
    assert {v for _o, v, _u, _p in rows(facts)} >= {18971300000000.0, 3.87, 13586400000000.0}


def test_an_era_year_after_a_transcripts_comma_is_read(bare: ExtractContext) -> None:
    facts = extract(bare, "日本の死亡者数は,昭和45年に過去最多(1万6,765人)となったが,"
                          "平成5年以降減少傾向にあり,16年は7,358人となった。\n")
    assert rows(facts) == {("日本", 16765.0, "count", "1970"), ("日本", 7358.0, "count", "2004")}
    # a comma inside a number still keeps its digits from being a year (「1,16年」 is no year 16)
    assert not [p for p in relative_periods("1,16年", None, None, []) if p.text == "16年"]
    assert [p.text for p in relative_periods("あり,16年は", None, None, [], era="平成")] == ["16年"]


def test_metric_symbols_and_a_yield_per_area(bare: ExtractContext) -> None:
    units = {q.text: q.quantity.unit for q in find_quantities("収穫量は4,290t、作付面積は1,720ha、12 kg")}
    assert units == {"4,290t": "t", "1,720ha": "ha", "12 kg": "kg"}
    # upper case is no such symbol ("5T" is no tonnage), nor a letter inside a word
    assert all(q.quantity.unit not in ("t", "kg", "ha") for q in find_quantities("5T and 7 tall and 3 hat"))
    # after a sum or before a currency word, "t" is a trillion; a symbol joined by a hyphen is part of a word
    read = {s: [(q.quantity.value, q.quantity.unit) for q in find_quantities(s)]
            for s in ("a $1t stimulus", "debt of £2.5t", "1.2t yen", "3 t-shirts sold", "$5 t of")}
    assert read == {"a $1t stimulus": [(1e12, "USD")], "debt of £2.5t": [(2.5e12, "GBP")],
                    "1.2t yen": [(1.2e12, "JPY")], "3 t-shirts sold": [(3.0, "count")],
                    "$5 t of": [(5.0, "USD")]}
    facts = extract(bare, "平成25年産水稲の作柄は、全国の10a当たり収量は539kg(作況指数102)、"
                          "収穫量(子実用)は860万3,000tと見込まれる。\n")
    assert ("日本", 539.0, "kg/10a", "2013") in rows(facts)
    # the clause whose topic is a measure (収穫量) goes on about the owner of the clause before (全国)
    assert ("日本", 8603000.0, "t", "2013") in rows(facts)


def test_a_clause_whose_topic_is_a_name_takes_no_owner_from_the_clause_before(bare: ExtractContext) -> None:
    # 「ホンダは」 is a name, no measure: its figure is not 全国's
    facts = extract(bare, "2024年の全国の販売台数は10万台、ホンダは8万台だった。\n")
    assert ("日本", 80000.0, "count", "2024") not in rows(facts)


def test_a_rank_among_the_series_own_past_is_no_ranking_of_owners(bare: ExtractContext) -> None:
    facts = extract(bare, "日本の2014年4月の輸出額は6兆円。\n\n○輸出\n過去:38位\n4月としては:4位\n\n"
                          "都道府県別（延べ宿泊者数の上位5位）\n")
    assert all(o.value.unit != "rank" for o in facts.observations)
    # a place's rank in a ranking stays
    facts = extract(bare, "2019年3月の延べ宿泊者数は東京都が1位だった。\n")
    assert [(o.value.value, o.value.unit) for o in facts.observations] == [(1.0, "rank")]


def test_ranked_records_run_together_draft_nothing(bare: ExtractContext) -> None:
    facts = extract(bare, "平成27年7月 鉱工業指数 日本\n\n前月比 ▲ 0.8% ▲ 0.4%\n\n"
                          "①H23.3 ▲16.5% ①H23.3 ▲15.7% ①H23.6 ▲11.7%②H21.1 ▲8.8%\n")
    assert sorted(o.value.value for o in facts.observations) == [-0.8, -0.4]
    # a lone ranked record is no run of records: its figure is kept
    facts = extract(bare, "平成27年7月 鉱工業指数 日本\n\n前月比 ▲ 0.8%\n\n①H23.3 ▲16.5%\n")
    assert -16.5 in [o.value.value for o in facts.observations]


def test_a_bracket_right_after_a_figure_is_of_that_figures_owner(bare: ExtractContext) -> None:
    facts = extract(bare, "平成25年産の全国の作付面積は1,720ha、"
                          "収穫量は860万3,000t(前年産対比101%)となった。\n")
    assert ("日本", 101.0, "%", "2013") in rows(facts)


def test_a_short_numbered_point_stating_a_figure_is_no_heading(bare: ExtractContext) -> None:
    facts = extract(bare, "平成27年科学技術研究調査結果\n平 成 27 年 12 月 15 日\n技術貿易\n"
                          "① 平成26年度の技術輸出による受取額は,3兆6603億円(対前年度比7.8%増)で,3\n"
                          "年連続で増加し,過去最高\n"
                          "② 技術輸入による支払額は,5130億円(対前年度比11.2%減)で,3年ぶりに減少\n"
                          "③ 技術貿易収支額(輸出-輸入)は,3兆1473億円(対前年度比11.7%増)で,5年連\n"
                          "続で増加し,過去最高\n総務省統計局\n")
    # ② (39 characters, no stop) was a heading, and the points after it lost ①'s fiscal year
    assert {p for _o, _v, _u, p in rows(facts)} == {"FY2014"}
    assert len(rows(facts)) == 6
    # a short label is still a heading
    assert [s.role for s in split_sentences(iter_text_lines(io.StringIO("① 生産\n")))] == ["heading"]
