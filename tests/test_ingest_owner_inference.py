"""Owners a document's own text gives (issue 14, seventeenth session, helper ``ingestowner``): who a figure
belongs to when its sentence names no owner, and which names are no owner at all. Small synthetic
documents, one a family; see docs/ingest.md, "Owners from the document's own text"."""

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
    ex = DocumentExtractor(ctx, "doc.txt", "src-doc", None, None)
    return ex.add_all(split_sentences(lines))


def owners(facts: DocFacts) -> dict[float, str]:
    """value -> owner's name of every drafted figure."""
    out = {}
    for o in facts.observations:
        e = facts.entities.get(o.entity)
        out[round(o.value.value, 6)] = (e.name_en or e.name_ja or o.entity) if e else o.entity
    return out


def test_the_author_of_a_definition_or_a_classification_owns_no_figure(bare: ExtractContext) -> None:
    # CBS's labour force release (dev11), the fire agency's ambulance report (dev14): the body whose
    # definition or classification the text counts by says how a figure is counted, not whose it is
    en = read(bare, "Labour force survey\n\nIn March 2021, 120 thousand people in Norway were unemployed "
                    "according to the definition used by the International Labour Organization (ILO). "
                    "This number stood at 4.1 percent of the labour force in March 2021.\n")
    assert owners(en) == {120000: "Norway", 4.1: "Norway"}
    ja = read(bare, "救急出動の状況\n\n令和3年中における全国の救急出動件数は619万件であった。"
                    "急病の搬送人員の内訳をWHOの国際疾病分類(ICD10)の項目別にみると、脳疾患は9.5%であった。"
                    "令和3年中の搬送人員は549万人であった。\n")
    assert set(owners(ja).values()) == {"Japan"}
    assert {9.5, 5490000} <= set(owners(ja))
    # a company's own definition is of its own figure
    co = read(bare, "決算短信\n\nトヨタ自動車は2024年5月8日、決算を発表した。"
                    "トヨタ自動車の定義による2024年3月期の営業利益は5兆円であった。\n")
    assert set(owners(co).values()) == {"トヨタ自動車"}
