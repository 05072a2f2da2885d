"""A document on one very long line (a PDF's text dump, a minified page) is read whole and in
bounded time (issue 14: bad input gets a clear message or its facts, never a stall): the line is
cut into pieces of at most ``MAX_PIECE`` characters at a sentence's stop or a space, so no word or
number is split, and every piece is still read (bench/bench_long_lines.py measures the time)."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from shingi.ingest.readers import MAX_PIECE, cut_points, iter_text_lines
from shingi.ingest.run import process_document

_FILLER = "The weather was mild and nothing else happened that day. "


def _pieces(text: str) -> list[tuple[int, str]]:
    return [(t.col, t.text) for t in iter_text_lines(io.StringIO(text + "\n"))]


def test_a_long_line_is_cut_after_a_stop_and_loses_nothing() -> None:
    line = (_FILLER * 200)[: MAX_PIECE - 10] + " Revenue was 1,234,567 dollars in 2024. " + _FILLER * 100
    pieces = _pieces(line)
    assert len(pieces) > 1 and all(len(text) <= MAX_PIECE for _, text in pieces)
    assert "".join(text for _, text in pieces) == line  # every character, in order
    assert all(line[col:].startswith(text) for col, text in pieces)  # each piece where it was
    assert all(text.endswith(". ") for _, text in pieces[:-1])  # each cut after a sentence
    assert any("Revenue was 1,234,567 dollars in 2024." in text for _, text in pieces)


def test_a_line_with_no_stop_is_cut_at_a_space_then_a_japanese_comma() -> None:
    words = "1,234 5,678 " * 1000
    assert all(words[i - 1] == " " for i in cut_points(words)[1:])
    ja = "売上高は前年比5.3%増、" * 1000
    assert all(ja[i - 1] == "、" for i in cut_points(ja)[1:])
    run = "1" * (3 * MAX_PIECE)  # nothing to cut at: at the limit
    assert cut_points(run) == [0, MAX_PIECE, 2 * MAX_PIECE]


def test_a_figure_on_a_long_line_is_read_as_on_a_line_of_its_own(tmp_path: Path) -> None:
    fact = "Acme Corp said revenue was 1,234,567 dollars in 2024. "
    one = tmp_path / "one.txt"
    one.write_text((_FILLER * 400)[: MAX_PIECE - 20] + fact + _FILLER * 50 + "\n", "utf-8")
    alone = tmp_path / "alone.txt"
    alone.write_text(fact + "\n", "utf-8")

    def figures(path: Path) -> list[tuple[float, str]]:
        facts = process_document(str(path), None).facts
        assert facts is not None
        return [(o.value.value, o.period.text) for o in facts.observations]

    assert figures(one) == figures(alone) != []


#: runs that patterns open with, each 40,000 characters on the one line of a ~480 KB document
_RUNS = ("12 345 6789 ", "A", "a ", "Total ...... 12 ", "国税庁統計局調査課", "2024年" + "\u3000" * 50,
         "Revenue rose 5 percent to $12 million in 2024, ", "、,.-()（）「」:;/ ", "x" + " " * 100,
         "2024年の売上高は前年比5.3%増の1,234億円となった、", ". ")


@pytest.mark.slow
def test_a_long_adversarial_line_is_ingested_in_bounded_time(tmp_path: Path) -> None:
    # ~40 s a MB on this machine at worst (figures on every other character); a stall is minutes
    path = tmp_path / "long.txt"
    path.write_text("".join((unit * (40_000 // len(unit) + 1))[:40_000] for unit in _RUNS) + "\n", "utf-8")
    start = time.perf_counter()
    result = process_document(str(path), None)
    took = time.perf_counter() - start
    assert result.failure is None and result.facts is not None
    assert took < 120, took
