"""Ingest records where in its quote each drafted fact stands (``quote_span``), so the review
shows the figure or the event's amount or date itself, not a guess at matching words."""

from __future__ import annotations

import csv
from pathlib import Path

from shingi.cli import main
from shingi.ingest.sentences import quote_span
from shingi.normalize.quantities import find_quantities
from shingi.normalize.text import normalize
from shingi.pack.load import check_pack


def draft_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def marked(row: dict[str, str]) -> str:
    start, end = (int(x) for x in row["quote_span"].split("-"))
    return row["quote"][start:end]


def test_a_span_found_in_the_normalized_sentence_is_mapped_back_to_the_quote() -> None:
    # full-width digits and signs, half-width katakana and a unit ligature change the length
    for quote in (
        "経済産業省は２０２６年４月、５０００億円の追加支援を決定した。",
        "売上高は約１．６兆円（前年比７０．７％増）、ｶﾞｲﾄﾞ通り12%の伸び。",
        "Revenue rose to $69.6 billion, up 14%.",
    ):
        found = find_quantities(normalize(quote))
        assert found, quote
        for q in found:
            span = quote_span(quote, q.start, q.end)
            assert span is not None, (quote, q.text)
            assert normalize(quote[span[0] : span[1]]) == q.text
    assert quote_span("12%", 0, 99) is None


def test_draft_rows_mark_their_figure_in_the_quote(tmp_path: Path) -> None:
    doc = tmp_path / "release.txt"
    doc.write_text(
        "2026年4月15日\n"
        "経済産業省は2026年4月、半導体支援として５０００億円の追加支援を決定した。\n"
        "日本のGPU資源の世界シェアは2026年に約1%だった。\n",
        "utf-8",
    )
    draft = tmp_path / "draft"
    assert main(["ingest", str(doc), "--pack", "japan-ai-2026", "--out", str(draft)]) == 0
    events = draft_rows(draft / "events.csv")
    observations = draft_rows(draft / "observations.csv")
    assert [marked(r) for r in events] == ["５０００億円"]  # the amount, as the document wrote it
    assert [marked(r) for r in observations] == ["約1%"]
    assert check_pack(draft)[0] is not None  # the extra column keeps the draft a valid pack


def test_the_span_counts_the_quote_as_written_in_the_cell(tmp_path: Path) -> None:
    doc = tmp_path / "f.md"
    doc.write_text("# 2026年の動き\n\n-Microsoftが2026年4月に1.6兆円の投資を発表\n", "utf-8")
    draft = tmp_path / "draft"
    assert main(["ingest", str(doc), "--out", str(draft)]) == 0
    row = draft_rows(draft / "events.csv")[0]
    assert row["quote"].startswith("'-")  # csv_cell's guard against formulas comes first
    assert marked(row) == "1.6兆円"
