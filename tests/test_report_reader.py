"""Reports and the CLI as a demanding reader checks them (issue 10): one language end to end,
honest dates, no repeated headings, no raw ids, one name per entity, periods in order, no false
precision. Each test reads the output a person reads (Markdown, HTML text, the terminal)."""

from __future__ import annotations

import html
import itertools
import json
import re
from functools import cache

import pytest

from shingi.cli import main
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import headline_claim
from shingi.render.document import ReportDocument, chronological, note_language
from shingi.render.html import render_html
from shingi.render.markdown import md_escape, render_markdown
from shingi.render.registry import report_document

BUNDLED = "japan-ai-2026"

EN_CLAIM = "Japan leapt to the frontier of AI in April 2026."


@cache
def document(lang: str) -> ReportDocument:
    """The bundled pack's report as `shingi report` builds it (the headline in ``lang``)."""
    return report_document(load_pack(BUNDLED), lang=lang)


@cache
def markdown(lang: str) -> str:
    return render_markdown(document(lang))


@cache
def page_text(lang: str) -> str:
    """The HTML page's visible text: no style, no script, no embedded font, no tags."""
    page = render_html(document(lang))
    page = re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<title>.*?</title>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 0
    return capsys.readouterr().out


# --- English end to end ----------------------------------------------------------------------


def test_english_output_shows_the_packs_english_headline(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(["diagnose", "--lang", "en"], capsys)
    assert out.startswith(f"Claim: {EN_CLAIM}\n")
    data = json.loads(run(["report", "--format", "jsonld", "--lang", "en"], capsys))
    assert data["claimReviewed"] == EN_CLAIM
    assert EN_CLAIM in markdown("en") and "日本のAIは世界の最前線" not in markdown("en")
    # and the Japanese one in Japanese
    assert run(["diagnose", "--lang", "ja"], capsys).startswith("主張：2026年4月、日本のAIは")


def test_the_headline_in_another_language_is_found_by_its_id() -> None:
    pack = load_pack(BUNDLED)
    assert headline_claim(pack) == pack.claims["leap"].text
    assert headline_claim(pack, "en") == pack.claims["leap-en"].text
    assert headline_claim(pack, "ja") == pack.claims["leap"].text


def test_english_diagnosis_writes_amounts_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(["diagnose", "--lang", "en"], capsys)
    assert "JPY 1.6 trn" in out and "JPY 631.5 bn" in out
    assert not re.search(r"[兆億万]", out.split("\nSources\n")[0])  # sources keep their own titles
    assert "0.68B USD" not in out and "USD 680 mn" in out
    assert "~1 %" in out  # the approximate mark of the observation stays


def test_an_english_claim_without_lang_gets_english_words(capsys: pytest.CaptureFixture[str]) -> None:
    claim = "Microsoft announced a 1.6 trillion yen investment in Japan in April 2026."
    out = run(["diagnose", claim], capsys)
    assert out.startswith("Claim: ") and "Rating: True" in out and "主張" not in out
    md = run(["report", "--format", "md", claim], capsys)
    assert "## Overall verdict" in md and "総合評価" not in md


# --- honest dates ----------------------------------------------------------------------------


def test_the_report_is_not_dated_before_the_events_it_describes(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    pack = load_pack(BUNDLED)
    happened = max(e.date.start for e in pack.events.values()
                   if e.kind != "plan" and e.date.precision == "month")
    data = json.loads(run(["report", "--format", "jsonld"], capsys))
    assert data["datePublished"] >= happened.isoformat()  # April 2026, not 2026-01-01
    md = run(["report", "--format", "md", "--lang", "en"], capsys)
    assert md.splitlines()[4].endswith("· as of Apr 2026")
    page = run(["report", "--format", "html"], capsys)
    footer = re.search(r"<footer>(.*?)</footer>", page, re.S)
    assert footer and "2026年4月時点" in footer.group(1)
    assert f'<time datetime="{data["datePublished"]}">2026年4月時点</time>' in page


def test_source_date_epoch_dates_every_format_alike(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1777593600")  # 2026-05-01
    assert json.loads(run(["report", "--format", "jsonld"], capsys))["datePublished"] == "2026-05-01"
    assert "· 1 May 2026" in run(["report", "--format", "md", "--lang", "en"], capsys)
    assert "2026年5月1日" in run(["report", "--format", "html"], capsys).split("<footer>")[1]


# --- headings, ids, names --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_heading_repeats_the_one_above_it(lang: str) -> None:
    for section in document(lang).sections:
        heads = [b.text for b in section.blocks if type(b).__name__ == "Heading"]
        assert section.title not in heads, (section.title, heads)
    md = markdown(lang)
    assert "総合評価：" not in md and "Overall assessment:" not in md
    titles = re.findall(r"^#{2,4} (.+)$", md, re.M)
    for a, b in itertools.pairwise(titles):
        assert a != b, a


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_raw_ids_in_what_a_reader_sees(lang: str) -> None:
    for text in (markdown(lang), page_text(lang)):
        for raw in ("hard_law", "soft_law", "hard\\_law", "gpu_share_world", "half_true",
                    "regulatory_approach"):
            assert raw not in text, raw
    # the pack's names of the category values (metrics.csv `categories`) in each language
    assert {"ja": "ハードロー", "en": "hard law"}[lang] in markdown(lang)


def test_one_name_per_entity_in_the_japanese_report() -> None:
    md = markdown("ja")
    assert "日本電信電話" not in md and "ラピダス" not in md
    # an actor the event's title names is not named again after it
    assert "NTT、tsuzumi 2 の提供開始 — NTT" not in md


def test_periods_of_different_precision_sort_as_a_reader_expects() -> None:
    from shingi.normalize.periods import parse_period

    spelled = ["2026", "2026-03", "FY2026", "2025-12", "2026-04"]
    ordered = sorted(spelled, key=lambda t: chronological(parse_period(t)))
    assert ordered == ["2025-12", "2026-03", "2026-04", "2026", "FY2026"]
    md = markdown("ja")
    policy = md.split("## 政策・資金")[1].split("\n## ")[0]
    dates = re.findall(r"^\| (\d{4}年(?:\d+月)?)", policy, re.M)
    assert dates == ["2025年12月", "2026年3月", "2026年"]


# --- one language in a report, and no false precision -----------------------------------------


def test_the_japanese_report_has_no_english_notes() -> None:
    md = markdown("ja")
    assert "Report: " not in md and "Undated" not in md and "recorded as of the report" not in md
    assert "Report: " in markdown("en")  # the English report keeps the pack's English notes


def test_a_note_is_in_the_language_of_its_sentences_not_of_its_quotes() -> None:
    assert note_language("Report: 「EU型の強い事前規制」 (strong ex-ante regulation).") == "en"
    assert note_language("PLaMo 2.2 PrimeのJMLEスコアは70.7%（開発元発表）") == "ja"
    assert note_language("2026") is None


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_ratios_are_not_printed_with_false_precision(lang: str) -> None:
    md = markdown(lang)
    assert "0.0101" not in md
    assert ("約1/100" if lang == "ja" else "about 1/100") in md


def test_markdown_never_prints_a_backslash_before_a_digit() -> None:
    for lang in ("ja", "en"):
        assert not re.search(r"\\\d", markdown(lang))
    assert md_escape("1. item", line_start=True) == "1\\. item"
    assert md_escape("76.7 %", line_start=True) == "76.7 %"
    assert md_escape("- x", line_start=True) == "\\- x"


def test_pillar_names_that_hold_a_middle_dot_are_listed_with_commas() -> None:
    md = markdown("ja")
    assert "（半導体・計算基盤、企業・基盤モデル、研究・物理AI）" in md
