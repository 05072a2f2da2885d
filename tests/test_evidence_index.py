"""The evidence index and `shingi evidence`: look-ups by entity, metric, pillar, period, text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pack_builder import EVENTS, with_rows, write_pack
from shingi.cli import main
from shingi.normalize.periods import parse_period
from shingi.pack.index import EvidenceIndex
from shingi.pack.load import load_pack
from shingi.pack.query import EvidenceQuery, select


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    events = with_rows(
        EVENTS,
        [
            "e3",
            "FY2026",
            "compute",
            "JP",
            "plan",
            "2026年度サービス開始予定",
            "Service from FY2026",
            "",
            "",
            "s1",
            "",
            "",
        ],
        ["e4", "2026-04-20", "policy", "US", "policy", "米国の政策", "US policy", "", "", "s2", "1", ""],
    )
    return write_pack(tmp_path, events_csv=events)


def test_lookups(pack_dir: Path) -> None:
    pack = load_pack(pack_dir)
    index = EvidenceIndex.of(pack)
    assert EvidenceIndex.of(pack) is index  # built once
    assert index.events_of("acme") == ["e1"]
    # a country's events include its companies' events
    assert index.events_of("JP", include_members=True) == ["e2", "e1", "e3"]
    assert index.observations(entity="JP", metric="invest") == ["o1"]
    assert index.observations(metric="invest") == ["o1", "o2"]
    assert index.events_overlapping(parse_period("2026-04")) == ["e1", "e3", "e4"]
    assert index.events_within(parse_period("2026-04")) == ["e1", "e4"]
    assert index.events_within(parse_period("2025")) == ["e2"]


def test_names_in_any_language(pack_dir: Path) -> None:
    index = EvidenceIndex.of(load_pack(pack_dir))
    found = [(h.id, h.name) for h in index.find_entities("アメリカとJapanとACME Corp.の投資")]
    assert found == [("US", "アメリカ"), ("JP", "Japan"), ("acme", "ACME Corp.")]
    # a Latin name is not found inside a longer word
    assert index.find_entities("USAGE of JPNX") == []
    assert [h.id for h in index.find_metrics("日本の民間投資は")] == ["invest"]


def test_text_search_ranks_titles(pack_dir: Path) -> None:
    index = EvidenceIndex.of(load_pack(pack_dir))
    ranked = index.search_events("サービス開始")
    assert ranked[0][0] == "e3"


def test_select_filters(pack_dir: Path) -> None:
    pack = load_pack(pack_dir)
    assert [r["id"] for r in select(pack, EvidenceQuery(pillar="policy"))] == ["e2", "e4"]
    assert [r["id"] for r in select(pack, EvidenceQuery(entity="Japan", kind="observations"))] == ["o1", "o3"]
    assert [r["id"] for r in select(pack, EvidenceQuery(metric="private investment"))] == ["o1", "o2"]
    assert [r["id"] for r in select(pack, EvidenceQuery(period="2026年4月", kind="events"))] == [
        "e1",
        "e3",
        "e4",
    ]
    assert [r["id"] for r in select(pack, EvidenceQuery(text="service"))] == ["e3"]


def test_evidence_command_formats(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evidence", str(pack_dir), "--pillar", "compute", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == ["e1", "e3"]
    assert main(["evidence", str(pack_dir), "--entity", "acme", "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("type,id,period") and out[1].startswith("event,e1,2026-04")
    assert main(["evidence", str(pack_dir), "--metric", "invest"]) == 0
    table = capsys.readouterr().out
    assert "o2" in table and "(2 rows)" in table
    assert main(["evidence", str(pack_dir), "--entity", "Atlantis"]) == 2
    assert "no entity named 'Atlantis'" in capsys.readouterr().err


def test_evidence_table_shows_names_and_keeps_the_approximate_mark(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evidence", "japan-ai-2026", "--metric", "gpu_share_world", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "~1 %" in out and "Share of the world's GPU resources" in out and "Japan" in out
    assert "gpu_share_world" not in out
    assert main(["evidence", "japan-ai-2026", "--metric", "gpu_share_world", "--format", "json"]) == 0
    row = json.loads(capsys.readouterr().out)[0]
    assert row["what"] == "gpu_share_world" and row["who"] == "JP"  # ids stay for scripts
    assert row["value"] == "約1%" and row["who_name"] == "日本"


def test_names_match_whatever_dash_tilde_or_quote_they_are_written_with() -> None:
    # a claim is cleaned to one spelling of dashes, tildes and quotes: a name written with the
    # wave dash or a typographic quote is still found in it
    from shingi.normalize.text import normalize
    from shingi.pack.index import fold

    for name in ("第2次〜4次安倍政権", "Japan’s fund", "Indo–Pacific"):
        assert fold(name) == fold(normalize(name))
