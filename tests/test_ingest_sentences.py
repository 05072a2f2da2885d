"""Sentences and their places, by the rules in shingi.ingest.sentences."""

from __future__ import annotations

import io
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from shingi.ingest.readers import TextLine, iter_text_lines
from shingi.ingest.sentences import MAX_SENTENCE, mask_markup, split_sentences


def split(text: str, markdown: bool = True) -> list[tuple[str, int, int, int, int, str]]:
    lines = iter_text_lines(io.StringIO(text, newline=None))
    return [(s.text, s.line, s.char_start, s.line_end, s.char_end, s.role)
            for s in split_sentences(lines, markdown=markdown)]


def texts(text: str, markdown: bool = True) -> list[str]:
    return [t for t, *_ in split(text, markdown)]


def test_japanese_sentences_end_at_kuten_with_their_closing_brackets() -> None:
    out = split("Rapidus：6,315億円の追加支援（累計2.354兆円）。2027年度量産目標。「了解。」と述べた\n")
    assert [(t, line, a, b) for t, line, a, _, b, _ in out] == [
        ("Rapidus：6,315億円の追加支援（累計2.354兆円）。", 1, 0, 32),
        ("2027年度量産目標。", 1, 32, 43),
        ("「了解。」", 1, 43, 48),
        ("と述べた", 1, 48, 52),
    ]


def test_english_full_stops_skip_abbreviations_decimals_and_initials() -> None:
    text = ("Microsoft Corp. said the U.S. economy grew 2.5 percent. J. Smith agreed, e.g. in March. "
            "Tata Electronics Pvt. Ltd. signed! Next one?\n")
    assert texts(text) == [
        "Microsoft Corp. said the U.S. economy grew 2.5 percent.",
        "J. Smith agreed, e.g. in March.",
        "Tata Electronics Pvt. Ltd. signed!",
        "Next one?",
    ]


def test_a_stop_run_into_the_next_sentences_first_word_ends_a_sentence() -> None:
    # pages as stored: "reached in 2018.Systemwide" (dev11 BTS), "average.The Midland" (dev13 CSO),
    # "rate).From" (dev9 ECB)
    text = ("The record high was reached in 2018.Systemwide: 1,014 million passengers. It fell on "
            "average.The Midland region was lower (at the rate).From May, it rose.\n")
    assert texts(text) == [
        "The record high was reached in 2018.", "Systemwide: 1,014 million passengers.",
        "It fell on average.",
        "The Midland region was lower (at the rate).", "From May, it rose."]
    # not after a capital, an abbreviation, or before a number or a capital alone
    for kept in ("The U.S.The end.", "It is e.g.The end.", "It grew 1.6 percent.", "See Fig.3A now.",
                 "Visit Example.COM today.", "See data.Europa.eu for more."):
        assert texts(kept + "\n") == [kept]


def test_a_stop_glued_to_percent_ends_a_sentence_before_a_lower_case_word() -> None:
    # "real GDP increased 6.9 percent.increased 6.5 percent" (dev17 BEA: the next subject lost)
    assert texts("It rose 6.9 percent.increased 6.5 percent later. It fell 2%.rose again.\n") == [
        "It rose 6.9 percent.", "increased 6.5 percent later.", "It fell 2%.", "rose again."]
    # not a word that is no figure's unit, nor "percent" with no number, nor a number after the stop
    for kept in ("See the site example.com today.", "The word percent.is here.",
                 "It rose 6.9 percent.5 more."):
        assert texts(kept + "\n") == [kept]


def test_wrapped_lines_join_and_the_span_ends_on_the_last_line() -> None:
    out = split("この「可視性の上昇」が本物の国際競争力へ\n転化するかは、実行力にかかっている。\n")
    joined = "この「可視性の上昇」が本物の国際競争力へ転化するかは、実行力にかかっている。"
    assert out == [(joined, 1, 0, 2, 18, "text")]
    out = split("Sakana AI\n\"The AI Scientist\" was published.\n")
    assert out[0][0] == 'Sakana AI "The AI Scientist" was published.'


def test_blank_lines_headings_items_rows_and_dated_lines_start_new_units() -> None:
    text = (
        "# 半導体・計算基盤\n"
        "2026/04: Microsoft 1.6兆円投資発表\n"
        "2026/04: ABCI 3.0 運用開始\n"
        "\n"
        "- 民間投資は米国の約1/100\n"
        "- GPU資源の世界シェアは約1%\n"
        "| モデル | JMLE |\n|---|---|\n| GPT-4.1 | 94.3% |\n"
        "2025年後半\n"
    )
    out = split(text)
    assert [(t.strip(), role) for t, *_, role in out] == [
        ("半導体・計算基盤", "heading"),
        ("2026/04: Microsoft 1.6兆円投資発表", "heading"),  # short, no stop: a heading-like item
        ("2026/04: ABCI 3.0 運用開始", "heading"),
        ("民間投資は米国の約1/100", "item"),
        ("GPU資源の世界シェアは約1%", "item"),
        ("モデル \t JMLE", "row"),
        ("GPT-4.1 \t 94.3%", "row"),
        ("2025年後半", "heading"),
    ]
    # the heading's span skips its marker
    assert out[0][1:5] == (1, 2, 1, 10)


def test_markdown_markup_is_blanked_but_offsets_stay() -> None:
    line = "See **[the report](https://example.org/2024/03/r.pdf)** of 2026."
    masked = mask_markup(line, markdown=True)
    assert len(masked) == len(line)
    assert "2024" not in masked and "the report" in masked and "**" not in masked
    assert masked.index("2026") == line.index("2026")


def test_a_five_megabyte_line_without_stops_is_cut_quickly() -> None:
    text = "あ" * 5_000_000
    t0 = time.perf_counter()
    out = split(text)
    assert time.perf_counter() - t0 < 10
    assert all(len(t) <= MAX_SENTENCE for t, *_ in out)
    assert sum(len(t) for t, *_ in out) == 5_000_000
    assert out[1][2] == MAX_SENTENCE  # the second piece starts where the first ended


def test_long_english_text_is_cut_at_spaces() -> None:
    out = texts("word " * 400)
    assert all(len(t) <= MAX_SENTENCE for t in out)
    assert all(not t.startswith("ord") for t in out)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="あア漢aA1.。 \n-#|、", min_size=0, max_size=60), min_size=1, max_size=8))
def test_every_sentence_is_found_at_its_place(parts: list[str]) -> None:
    text = "\n".join(parts)
    source_lines = text.replace("|", " ").split("\n")  # table bars become cell separators
    for raw, line, start, line_end, end, _role in split(text, markdown=False):
        sentence = raw.replace("|", " ").strip()
        assert 1 <= line <= line_end <= len(source_lines)
        first = source_lines[line - 1]
        if line == line_end:
            assert " ".join(first[start:end].split()) == " ".join(sentence.split())
        else:
            assert sentence.startswith(first[start:].strip()[:1])
            last = " ".join(source_lines[line_end - 1][:end].split())
            assert " ".join(sentence.split()).endswith(last[-1:])


def test_lines_from_readers_with_roles_are_kept() -> None:
    lines = [TextLine(3, "半導体", role="heading"), TextLine(3, "", role="blank"),
             TextLine(4, "GPT-4.1\t94.3%", role="row")]
    assert [(s.role, s.line) for s in split_sentences(lines)] == [("heading", 3), ("row", 4)]


def test_english_headlines_set_a_line_each_with_no_stop_are_sentences_of_their_own() -> None:
    # Eurostat, SURS, SCB pages kept as text: a headline with a figure and no stop over its lead
    assert texts("Euro area industrial production down by 0.5%\n"
                 "In the EU28, industrial production fell by 0.3% in March 2019.\n") == [
        "Euro area industrial production down by 0.5%",
        "In the EU28, industrial production fell by 0.3% in March 2019."]
    # a sentence wrapped after a word it goes on from, a table's row glued to its figures: one unit as before
    assert len(texts("The 12-month change in the index for all items was 1.7 percent in\n"
                     "August, an increase from the July figure of 1.4 percent.\n")) == 1
    assert len(texts("Mid East18,98620,441\nMid West19,41420,353\n")) == 1
