"""What the engine writes for a reader (check reasons, numbers compared, conflicts, category
values, the claim's speaker) names entities by their names and spells periods as people do, in
both languages and on any pack: never `JP/US`, `2026-04`, `hard_law` or a slug (issue 10)."""

from __future__ import annotations

import html
import json
import re
from functools import cache
from pathlib import Path

import pytest

from pack_builder import METRICS, OBSERVATIONS, csv_text, write_pack
from shingi.model import Check, Pack
from shingi.pack.load import load_pack
from shingi.pack.save import save_pack
from shingi.render.html import render_html
from shingi.render.jsonld import render_jsonld
from shingi.render.markdown import render_markdown
from shingi.render.registry import report_document

KOREA = Path(__file__).parent / "fixtures" / "packs" / "korea-batteries"
PACKS = ("japan-ai-2026", str(KOREA))

ISO_PERIOD = re.compile(r"(?<![\w/.-])\d{4}-(0[1-9]|1[0-2])(-\d{2})?(?![\w/-])")
SNAKE = re.compile(r"[A-Za-z]+(\\?_[A-Za-z0-9]+)+")


@cache
def pack(ref: str) -> Pack:
    return load_pack(ref)


@cache
def markdown(ref: str, lang: str) -> str:
    return render_markdown(report_document(pack(ref), lang=lang))


def reader_lines(md: str) -> list[str]:
    """The Markdown a reader reads, but the source list (whose `[id]` is the key an analyst
    looks the source up by) and the URLs."""
    lines = [line for line in md.splitlines() if not line.startswith("[^")]
    return [re.sub(r"<https?://[^>]*>|\(https?://[^)]*\)", " ", line) for line in lines]


def engine_texts(ref: str, lang: str) -> list[str]:
    """Every text the engine writes into a diagnosis: check reasons and statements, the labels
    and notes of numbers compared, conflicts."""
    d = report_document(pack(ref), lang=lang).diagnosis
    out: list[str] = []

    def visit(check: Check) -> None:
        out.extend([check.statement, check.reason])
        for n in check.numbers:
            out.extend([n.label, n.conversion or ""])
        for part in check.parts:
            visit(part)

    for check in d.checks:
        visit(check)
    out.extend(f"{c.what} {c.note}" for c in d.conflicts)
    return out


def raw_ids(p: Pack, lang: str) -> set[str]:
    """Entity ids that are no name of their entity in ``lang`` (JP, korea ...)."""
    return {e.id for e in p.entities.values() if e.id not in (e.name(lang), *e.aliases)}


@pytest.mark.parametrize("ref", PACKS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_engine_text_names_entities_and_spells_periods(ref: str, lang: str) -> None:
    texts = engine_texts(ref, lang)
    assert texts
    p = pack(ref)
    ids = raw_ids(p, lang)
    # the pack's own words (a metric named "... relative to the US") are the analyst's
    metrics = p.metrics.values()
    own = sorted({m.name(lang) for m in metrics} | {m.definition or "" for m in metrics},
                 key=len, reverse=True)
    for text in texts:
        assert not ISO_PERIOD.search(text), text
        for words_of_pack in own:
            text = text.replace(words_of_pack, " ") if words_of_pack else text
        words = set(re.findall(r"[A-Za-z][A-Za-z0-9_.-]*", text))
        assert not (words & ids), (words & ids, text)


@pytest.mark.parametrize("ref", PACKS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_report_has_no_iso_period_or_snake_case_word(ref: str, lang: str) -> None:
    for line in reader_lines(markdown(ref, lang)):
        assert not ISO_PERIOD.search(line), line
        assert not SNAKE.search(line), line


def test_the_bundled_reports_numbers_compared_read_as_sentences() -> None:
    ja, en = markdown("japan-ai-2026", "ja"), markdown("japan-ai-2026", "en")
    assert "| 2026年4月に動いた柱の数 | ≥3 |" in ja
    assert "| pillars active in April 2026 | ≥3 |" in en
    assert "民間AI投資額（日本 / 米国）" in ja and "JP/US" not in ja
    assert "Private AI investment (Japan / United States)" in en and "JP/US" not in en
    assert "医師国家試験（JMLE）スコア：日本の最良モデル / 米国の最良モデル" in ja
    assert "Japan's best model / United States' best model" in en
    # the values behind a ratio are dated as the report dates everything
    assert "米国 43 (2025年11月)" not in ja and "(2025年11月)" in ja
    assert "(Nov 2025)" in en


def test_other_packs_compare_by_entity_names() -> None:
    ja, en = markdown(str(KOREA), "ja"), markdown(str(KOREA), "en")
    assert "世界のEV電池搭載量シェア（韓国 / 中国）" in ja and "korea/china" not in ja
    assert "EV電池搭載量：韓国の最良企業 / 中国の最良企業" in ja
    assert "Global EV battery market share (South Korea / China)" in en
    assert "| 2023年3月に動いた柱の数 |" in ja and "| pillars active in March 2023 |" in en


def test_sources_that_disagree_are_dated_and_explained_not_listed_by_id() -> None:
    en = markdown(str(KOREA), "en")
    row = next(line for line in en.splitlines() if line.startswith("| South Korea · Global EV battery"))
    assert "· 2023 |" in row
    assert "ob\\_share" not in row and "ob_share" not in row
    # the rows' own notes say why the values differ
    assert "Alternative estimate crediting joint-venture output" in row


# --- category values ------------------------------------------------------------------------


def test_category_values_take_the_packs_names_in_each_language() -> None:
    ja, en = markdown("japan-ai-2026", "ja"), markdown("japan-ai-2026", "en")
    assert "| 日本 | AI規制アプローチ | 2026年[^1] | ソフトロー[^1] |" in ja
    assert "| 欧州連合 | AI規制アプローチ | 2026年[^1] | ハードロー[^1] |" in ja
    assert "soft law" not in ja and "hard law" not in ja
    assert "| soft law[^1] |" in en and "ソフトロー[^" not in en


def category_pack(folder: Path, categories: str | None) -> Path:
    """The minimal pack, whose ``approach`` metric is a category (JP: soft_law), with a
    ``categories`` column when given."""
    metrics = [list(row) for row in METRICS]
    if categories is not None:
        metrics = [[*row, categories if row[0] == "approach" else ("categories" if i == 0 else "")]
                   for i, row in enumerate(metrics)]
    return write_pack(folder, metrics_csv=csv_text(metrics), observations_csv=csv_text(OBSERVATIONS))


def test_category_names_are_optional_and_fall_back_to_words(tmp_path: Path) -> None:
    plain = load_pack(category_pack(tmp_path / "plain", None))
    assert plain.metrics["approach"].category_label("soft_law", "ja") == "soft law"
    named = load_pack(category_pack(tmp_path / "named", "soft_law=ソフトロー|soft law; hard_law=ハードロー"))
    metric = named.metrics["approach"]
    assert metric.category_label("soft_law", "ja") == "ソフトロー"
    assert metric.category_label("soft_law", "en") == "soft law"
    # a Japanese name alone serves the Japanese report; the English one says the value in words
    assert metric.category_label("hard_law", "ja") == "ハードロー"
    assert metric.category_label("hard_law", "en") == "hard law"
    # the names survive a save (ingest merge rewrites the pack)
    out = tmp_path / "saved"
    save_pack(named, out)
    assert load_pack(out).metrics["approach"].categories == metric.categories


def test_a_malformed_category_name_is_refused_with_its_place(tmp_path: Path) -> None:
    from shingi.model import PackError

    with pytest.raises(PackError) as err:
        load_pack(category_pack(tmp_path, "soft_law ソフトロー"))
    assert "metrics.csv" in str(err.value) and "categories" in str(err.value)


# --- the claim's speaker --------------------------------------------------------------------


def speaker_document(speaker: str, lang: str) -> str:
    from shingi.pipeline.diagnose import diagnose, headline_claim
    from shingi.render.document import build_document
    from shingi.render.registry import analyse

    p = pack("japan-ai-2026")
    d = diagnose(headline_claim(p, lang), p, lang=lang)
    d.speaker = speaker
    return render_html(build_document(p, d, lang, analyse(p)))


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_free_text_speaker_is_shown_as_written_but_readable(lang: str) -> None:
    page = speaker_document("trade-minister", lang)
    assert "trade minister" in page and "trade-minister" not in page
    # a speaker written as a name keeps its hyphen and case
    assert "Jean-Pierre Dupont" in speaker_document("Jean-Pierre Dupont", lang)


def test_a_hostile_speaker_stays_text_in_html_and_jsonld() -> None:
    payload = '</script><script>alert(1)</script>"<b>'
    page = speaker_document(payload, "en")
    assert "<script>alert(1)" not in page and "<b>" not in page
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert block is not None
    data = json.loads(block.group(1))
    assert data["itemReviewed"]["author"]["name"] == payload
    assert html.escape(payload, quote=True) in page
    p = pack("japan-ai-2026")
    from shingi.pipeline.diagnose import diagnose, headline_claim

    d = diagnose(headline_claim(p, "en"), p, lang="en")
    d.speaker = payload
    doc = report_document(p, lang="en", diagnosis=d)
    assert json.loads(render_jsonld(doc))["itemReviewed"]["author"]["name"] == payload
