"""The report document: what every format shows, built from a pack and a diagnosis.

The helpers here (``leap_diagnosis``, ``document``) are shared by the other report tests: they
build a diagnosis from the pipeline's own leap check, so report tests do not depend on the
claim parser.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest

from shingi.model import Check, Diagnosis, LocalText, NarrativeTable, Pack, Period
from shingi.render.document import (
    BarChart,
    Chart,
    ReportDocument,
    SourceList,
    Table,
    TimelineChart,
    Verdict,
    build_document,
    date_published,
    find_conflicts,
    format_period,
    format_ratio,
    safe_url,
    text_language,
)

FIXTURES = Path(__file__).parent / "fixtures" / "packs"
BUNDLED = "japan-ai-2026"


@cache
def pack(ref: str) -> Pack:
    from shingi.pack.load import load_pack

    return load_pack(FIXTURES / ref if (FIXTURES / ref).is_dir() else ref)


def leap_diagnosis(p: Pack, lang: str) -> Diagnosis:
    """A leap diagnosis made by the pipeline's own checks (momentum, parity) on the headline claim."""
    from shingi.pipeline.parity import check_leap

    claim = p.claims[p.meta.headline].text if p.meta.headline else "claim"
    momentum, parity = check_leap(p, p.meta.subject or "", None, claim, lang, 1)
    holds = [c.statement for c in (momentum, parity) if c.result == "holds"]
    exaggerated = [c.statement for c in (momentum, parity) if c.result in ("partly", "fails")]
    rating = "half_true" if holds and exaggerated else ("true" if holds else "false")
    return Diagnosis(claim, p.id, "ja" if lang == "ja" else "en", rating, "", "momentum and parity",  # type: ignore[arg-type]
                     holds, exaggerated, [momentum, parity], claim_id=p.meta.headline)


@cache
def document(ref: str = BUNDLED, lang: str = "ja") -> ReportDocument:
    from shingi.render.registry import report_document

    p = pack(ref)
    return report_document(p, lang=lang, diagnosis=leap_diagnosis(p, lang))


def all_notes(doc: ReportDocument) -> set[int]:
    """Every footnote number used anywhere in the document."""
    found: set[int] = set()

    def spans(obj: object) -> None:
        if isinstance(obj, tuple):
            for x in obj:
                spans(x)
        elif hasattr(obj, "notes") and hasattr(obj, "text"):
            found.update(obj.notes)  # type: ignore[attr-defined]

    for s in doc.sections:
        for b in s.blocks:
            if isinstance(b, Table):
                spans(b.rows)
                found.update(b.notes)
            elif isinstance(b, Chart):
                found.update(b.notes)
                if isinstance(b.data, BarChart):
                    for bar in b.data.bars:
                        found.update(bar.notes)
            elif isinstance(b, Verdict):
                spans(b.holds)
                spans(b.exaggerated)
            elif hasattr(b, "spans"):
                spans(b.spans)  # type: ignore[union-attr]
            elif hasattr(b, "items"):
                spans(b.items)  # type: ignore[union-attr]
    return found


# --- pure helpers ----------------------------------------------------------------------


@pytest.mark.parametrize(("ratio", "lang", "text"), [
    (0.68 / 67.22, "ja", "約1/100"),  # 1/98.9: one significant digit is within 5 %
    (0.68 / 67.22, "en", "about 1/100"),
    (1 / 35, "ja", "約1/35"),  # 1/40 would be 14 % off: keep two digits
    (0.75, "ja", "約75%"),
    (2.1, "en", "about 2.1x"),
    (3.0, "ja", "約3倍"),
])
def test_ratios_read_as_people_state_them(ratio: float, lang: str, text: str) -> None:
    assert format_ratio(ratio, lang) == text


def test_periods_are_written_in_the_reader_language() -> None:
    from shingi.normalize.periods import parse_period

    assert format_period(parse_period("2026-04"), "ja") == "2026年4月"
    assert format_period(parse_period("2026-04"), "en") == "Apr 2026"
    assert format_period(parse_period("FY2027"), "ja") == "2027年度"
    assert format_period(parse_period("2025-H2"), "en") == "H2 2025"
    assert format_period(parse_period("2026-04-15"), "ja") == "2026年4月15日"


@pytest.mark.parametrize(("url", "safe"), [
    ("https://example.org/a", "https://example.org/a"),
    ("http://example.org/", "http://example.org/"),
    ("doi:10.1000/xyz", "https://doi.org/10.1000/xyz"),
    ("javascript:alert(1)", None),
    ("https://example.org/\"><img src=x onerror=alert(1)>", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("file:///etc/passwd", None),
    ("", None),
])
def test_only_http_links_survive(url: str, safe: str | None) -> None:
    assert safe_url(url) == safe


def test_report_date_is_the_newest_source_and_ignores_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    p = pack("hostile")
    # sources published 2025-06, 2026-04, 2026-03 and 2024: the newest starts on 2026-04-01
    assert date_published(p) == "2026-04-01"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    assert date_published(p) == "2026-01-01"


def test_language_of_a_text() -> None:
    assert text_language(["トヨタ自動車", "フィジカルAI"]) == "ja"
    assert text_language(["Toyota Motor", "physical AI"]) == "en"


def test_a_translated_table_is_shown_once_in_the_report_language() -> None:
    p = pack(BUNDLED)
    players_ja = [b for b in document(BUNDLED, "ja").section("players").blocks  # type: ignore[union-attr]
                  if isinstance(b, Table)]
    players_en = [b for b in document(BUNDLED, "en").section("players").blocks  # type: ignore[union-attr]
                  if isinstance(b, Table)]
    tables = [t for t in p.narrative_tables if t.section == "players"]
    assert len(tables) == 2  # the pack holds the table and its English translation
    assert len(players_ja) == len(players_en) == 1
    assert text_language(players_ja[0].columns) == "ja"
    assert text_language(players_en[0].columns) == "en"


def test_conflicting_observations_are_found() -> None:
    conflicts = find_conflicts(pack("hostile"), "en")
    assert [c.evidence for c in conflicts] == [("o3", "o5")]
    assert conflicts[0].sources == ("s1", "s2")


# --- the bundled pack's report ---------------------------------------------------------


def test_bundled_report_follows_the_reference_order() -> None:
    doc = document(BUNDLED, "ja")
    ids = [s.id for s in doc.sections]
    expected = ["verdict", "timeline", "policy", "compute", "models", "research", "institutions", "players",
                "gap", "comparison", "conclusion"]
    assert [i for i in ids if i in expected] == expected
    assert ids[-1] == "sources"
    assert doc.title == "2026年4月の日本AI飛躍説：真偽と背景"
    assert doc.subtitle.startswith("政策・インフラ・産業実装")


def test_verdict_shows_rating_and_the_split() -> None:
    doc = document(BUNDLED, "ja")
    verdict = next(b for b in doc.sections[0].blocks if isinstance(b, Verdict))
    assert verdict.rating == "half_true"
    assert len(verdict.holds) == 1 and len(verdict.exaggerated) == 1
    # each statement carries the footnotes of the evidence it rests on
    assert verdict.holds[0][0].notes and verdict.exaggerated[0][0].notes
    assert [r for r, _ in verdict.scale] == ["true", "mostly_true", "half_true", "mostly_false", "false",
                                             "unverifiable"]


def test_timeline_is_swimlanes_by_pillar_with_the_turning_point_marked() -> None:
    doc = document(BUNDLED, "ja")
    chart = next(b for b in doc.section("timeline").blocks if isinstance(b, Chart))  # type: ignore[union-attr]
    assert isinstance(chart.data, TimelineChart)
    assert chart.data.lanes == ("政策・資金", "半導体・計算基盤", "企業・基盤モデル", "研究・物理AI")
    assert [chart.data.months[i] for i in chart.data.marked] == ["2026年4月"]
    assert len(chart.data.dots) >= 10


def test_gap_section_states_the_ratios_and_draws_the_measures() -> None:
    doc = document(BUNDLED, "ja")
    gap = doc.section("gap")
    assert gap is not None
    text = "".join(s.text for b in gap.blocks if hasattr(b, "items") for item in b.items for s in item)  # type: ignore[attr-defined]
    assert "約1/100" in text  # private investment JP/US
    charts = [b for b in gap.blocks if isinstance(b, Chart)]
    titles = " ".join(c.title for c in charts)
    assert "民間AI投資額" in titles and "GPU資源の世界シェア" in titles and "JMLE" in titles
    jmle = next(c for c in charts if "JMLE" in c.title)
    assert isinstance(jmle.data, BarChart)
    values = {b.label: b.display for b in jmle.data.bars}
    assert any("70.7" in v for v in values.values()) and any("94.3" in v for v in values.values())
    # the same period on both sides: 2023 for investment, not 2024 US against 2023 Japan
    invest = next(c for c in charts if "民間AI投資額" in c.title)
    assert "2023" in invest.title


def test_every_footnote_points_to_a_listed_source_and_every_source_is_listed() -> None:
    doc = document(BUNDLED, "en")
    numbers = {e.number for e in doc.sources}
    assert all_notes(doc) <= numbers
    assert numbers == set(range(1, len(pack(BUNDLED).sources) + 1))
    assert {e.id for e in doc.sources} == set(pack(BUNDLED).sources)
    cited = [e.number for e in doc.sources if e.cited]
    assert cited == list(range(1, len(cited) + 1))  # cited sources first, in citation order
    sources = next(b for b in doc.sections[-1].blocks if isinstance(b, SourceList))
    assert sources.entries == doc.sources


def test_every_event_date_and_amount_is_footnoted() -> None:
    doc = document(BUNDLED, "ja")
    for pillar in ("policy", "compute", "models", "research"):
        section = doc.section(pillar)
        assert section is not None
        for table in (b for b in section.blocks if isinstance(b, Table)):
            for row in table.rows:
                date_cell, _, amount_cell = row
                assert date_cell[0].notes
                assert not amount_cell or amount_cell[0].notes


def test_document_is_deterministic() -> None:
    from shingi.render.registry import report_document

    p = pack(BUNDLED)
    a = report_document(p, lang="en", diagnosis=leap_diagnosis(p, "en"))
    b = report_document(p, lang="en", diagnosis=leap_diagnosis(p, "en"))
    assert a == b


# --- other packs, and packs built here ---------------------------------------------------


@pytest.mark.parametrize("ref", ["india-chips-2024", "japan-inbound-2024"])
def test_other_packs_get_the_same_structure_from_their_own_content(ref: str) -> None:
    p = pack(ref)
    doc = document(ref, p.meta.language)
    ids = [s.id for s in doc.sections]
    assert ids[0] == "verdict" and ids[-1] == "sources"
    for pillar in p.meta.pillars:
        if any(e.pillar == pillar.id for e in p.events.values()):
            assert pillar.id in ids
    for s in doc.sections:
        assert s.blocks, f"section {s.id} is empty"
    assert all_notes(doc) <= {e.number for e in doc.sources}


def _tiny_pack() -> Pack:
    from shingi.model import PackMeta, Pillar, Source

    meta = PackMeta(id="tiny", title=LocalText(en="Tiny"), language="en",
                    pillars=(Pillar("p1", LocalText(en="One")), Pillar("p2", LocalText(en="Two"))))
    src = {"s1": Source("s1", "A source", url="https://example.org/s1",
                        published=Period(date(2024, 1, 1), date(2024, 12, 31), "year", "2024"))}
    table = NarrativeTable(LocalText(en="Odd"), ("a",), (("x",),), ("s1",), "appendix")
    return Pack(meta, src, {}, {}, {}, {}, {}, [table], [])


def test_empty_sections_are_left_out_and_unknown_sections_go_before_the_sources() -> None:
    p = _tiny_pack()
    d = Diagnosis("x", "tiny", "en", "unverifiable", "", "nothing in the pack bears on it", [], [],
                  [Check("s1", "event", "x happened", "x")])
    doc = build_document(p, d, "en")
    assert [s.id for s in doc.sections] == ["verdict", "checks", "appendix", "sources"]
    assert doc.rating_label == "Unverifiable"
