"""A table of a label and one amount a line under a unit stated once for the whole table (「(単位:千円)」),
a release's publisher alone on the line under its date line, and a note's mark (「*1」) that is no
figure, with the cases these rules may not touch (docs/ingest.md, "Tables whose unit is stated once")."""

from __future__ import annotations

import io

import pytest

from shingi.ingest.extract import DocFacts, DocumentExtractor, ExtractContext
from shingi.ingest.layout import table_lines
from shingi.ingest.readers import iter_text_lines
from shingi.ingest.sentences import split_sentences


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def read(ctx: ExtractContext, text: str) -> DocFacts:
    lines = table_lines(iter_text_lines(io.StringIO(text, newline=None)))
    return DocumentExtractor(ctx, "doc.txt", "src-doc", None, None).add_all(split_sentences(lines))


def values(facts: DocFacts) -> dict[float, tuple[str | None, str]]:
    return {round(o.value.value, 6): (o.value.unit, o.period.text) for o in facts.observations}


HEAD = "サンプル報告(令和5年3月31日現在)\n\n2023年4月7日\n日本銀行\n\n"
LIST = "(単位:千円)\n資 産 負債\n現金3 260,396\n国債*1 68,409\n社債 253,123\n合計 581,928\n\n"


def test_a_unit_stated_once_is_every_amount_s(bare: ExtractContext) -> None:
    got = values(read(bare, HEAD + LIST + "*1国債の内訳は別表のとおり。\n"))
    assert got[260396000.0] == ("JPY", "2023-03-31")
    assert got[68409000.0] == ("JPY", "2023-03-31")
    assert got[581928000.0] == ("JPY", "2023-03-31")
    # the footnote marks after the labels and before the note are no figures
    assert not {3.0, 3000.0, 1.0, 1000.0} & set(got)


def test_the_publisher_under_the_date_line_owns_the_figures(bare: ExtractContext) -> None:
    facts = read(bare, HEAD + LIST)
    assert {o.entity for o in facts.observations} == {e.id for e in facts.entities.values()
                                                      if e.name_ja == "日本銀行"}


def test_no_publisher_line_no_row(bare: ExtractContext) -> None:
    # the same table with no publisher named: no owner, no row (as before)
    assert not read(bare, "サンプル報告(令和5年3月31日現在)\n\n" + LIST).observations


def test_labels_that_are_periods_are_another_table(bare: ExtractContext) -> None:
    text = HEAD + "(単位:千円)\n2021年 100,000\n2022年 120,000\n2023年 130,000\n"
    got = values(read(bare, text))
    assert not any(period == "2023-03-31" for _, period in got.values())


def test_fewer_than_three_lines_are_not_read_as_a_table() -> None:
    from shingi.ingest.layout import _unit_list
    from shingi.ingest.readers import TextLine
    lines = [TextLine(i, t, 0, None, "text") for i, t in enumerate(["現金 100", "社債 200"], 2)]
    assert _unit_list(TextLine(1, "(単位:千円)", 0, None, "text"), lines) is None


def test_a_prose_line_ends_the_list() -> None:
    from shingi.ingest.layout import _unit_list
    from shingi.ingest.readers import TextLine
    texts = ["現金 100", "社債 200", "国債 300", "前年に比べ、増加した 4", "株式 500"]
    lines = [TextLine(i, t, 0, None, "text") for i, t in enumerate(texts, 2)]
    out = _unit_list(TextLine(1, "(単位:千円)", 0, None, "text"), lines)
    assert out is not None and out[1] == 3 and [x.role for x in out[0]] == ["row"] * 4


def test_an_english_note_mark_is_no_figure(bare: ExtractContext) -> None:
    text = "Statistics Canada\n\nIn March 2023, retail sales were $49.8 billion. *1 See notes.\n"
    got = values(read(bare, text))
    assert 1.0 not in got
