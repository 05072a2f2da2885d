"""Japanese real documents (issue 14, eleventh session): owners a Japanese document gives only by what it
is, and the rows of its statistics. Small synthetic documents, one a family; each asserts the value, unit,
period and owner of the drafted rows."""

from __future__ import annotations

import io

import pytest

from shingi.ingest.doc_owner import StatedOwner, national_statistic_title
from shingi.ingest.extract import DocFacts, DocumentExtractor, ExtractContext
from shingi.ingest.layout import table_lines
from shingi.ingest.readers import iter_text_lines
from shingi.ingest.sentences import split_sentences


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def read(ctx: ExtractContext, text: str, owner: StatedOwner | None = None) -> DocFacts:
    lines = table_lines(iter_text_lines(io.StringIO(text, newline=None)))
    return DocumentExtractor(ctx, "doc.txt", "src-doc", None, owner).add_all(split_sentences(lines))


def rows(facts: DocFacts) -> set[tuple[str, float, str | None, str]]:
    """(owner's name, value, unit, period) of every drafted figure."""
    out = set()
    for o in facts.observations:
        e = facts.entities.get(o.entity)
        name = (e.name_ja or e.name_en or o.entity) if e else o.entity
        out.add((name, round(o.value.value, 6), o.value.unit, o.period.text))
    return out


def test_a_title_that_opens_with_a_statistics_name_is_found() -> None:
    for title, name in (("景気動向指数 平成 20 年 4 月分(速報)の概要", "景気動向指数"),
                        ("報道資料 消費動向調査(平成 26 年3月実施分) 調査結果の要点", "消費動向調査"),
                        ("労働力調査(基本集計) 2019年(令和元年)9月分", "労働力調査"),
                        ("法人企業統計調査結果(平成27年1~3月期)", "法人企業統計調査")):
        span = national_statistic_title(title)
        assert span is not None and title[span[0]:span[1]] == name
    for title in ("推計人口 毎月の人口と人口動態", "経済レポート 景気ウォッチャー調査（東海地区：2017年1月）",
                  "東京の物価−東京都区部消費者物価指数−", "新設住宅着工戸数の推移"):
        assert national_statistic_title(title) is None


def test_a_national_statistics_title_makes_its_unowned_figures_japans(bare: ExtractContext) -> None:
    # dev8 内閣府 消費動向調査, 景気動向指数 (transcripts that name no body): their figures were left out
    text = ("報道資料 消費動向調査(平成 26 年3月実施分)\n\n"
            "平成 26 年3月の一般世帯の消費者態度指数(季節調整値)は、2月の 38.5 から 1.0 ポイント低下して"
            " 37.5 となった。\n")
    facts = read(bare, text)
    assert ("日本", 37.5, "index", "2014-03") in rows(facts)
    assert all("national statistic" in (o.note or "") for o in facts.observations)


def test_a_place_in_the_title_or_text_or_a_given_owner_is_not_overruled(bare: ExtractContext) -> None:
    body = "\n\n生産指数(季節調整済指数)は平成29年7月に107.3となった。\n"
    # the title names its prefecture: the prefecture's (as before)
    assert {r[0] for r in rows(read(bare, "富山県鉱工業指数 平成29年7月分" + body))} == {"富山県"}
    # the text names a prefecture of its own: not guessed as Japan's
    text = "鉱工業指数 平成29年7月分" + body + "\n県内の事業所は富山県が調べた。\n"
    assert "日本" not in {r[0] for r in rows(read(bare, text))}
    # the user's --owner comes first
    given = read(bare, "鉱工業指数 平成29年7月分" + body, StatedOwner("富山県", "option", "富山県"))
    assert {r[0] for r in rows(given)} == {"富山県"}
    # no statistic's name in the title: left out, as before
    assert not rows(read(bare, "推計人口 毎月の人口" + body))
