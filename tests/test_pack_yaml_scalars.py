"""YAML scalars in pack files are read as the pack writer wrote them: YAML 1.1's yes/no/on/off
booleans (Norway's entity id ``NO``), octal ``0123`` and the float ``1.10`` stay text where the
field is text; what cannot be accepted is a problem that says what was read and to quote it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, csv_text, write_pack
from shingi.cli import main
from shingi.pack.load import check_pack, load_pack

NORWAY_YAML = """\
id: ev-nordic
title: {en: "EVs in the Nordics"}
language: en
subject: NO
frontier: [SE, NO]
pillars:
  - id: on
    name: {en: "Adoption"}
headline: on
"""

NORWAY_ENTITIES = [
    ENTITY_HEADER,
    ["NO", "country", "ノルウェー", "Norway", "Norge", ""],
    ["SE", "country", "スウェーデン", "Sweden", "Sverige", ""],
]
NORWAY_SOURCES = [
    SOURCE_HEADER,
    ["ofv", "Registrations 2024", "OFV", "https://example.org/ofv", "2025-01", "statistics", "en"],
]
NORWAY_METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    ["ev_share", "EV比率", "EV share of new cars", "%", "electric share;EV share", "true", "share"],
]
NORWAY_OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["o1", "NO", "ev_share", "2024", "88.9", "%", "ofv", ""],
    ["o2", "SE", "ev_share", "2024", "35.0", "%", "ofv", ""],
]
NORWAY_CLAIMS = """\
- id: on
  text: "Norway's EV share of new cars was 89% in 2024."
  expected: true
  speaker: NO
- id: 0123
  text: "Norway's EV share of new cars was 20% in 2024."
  expected: false
  note: 1.10
"""
EVENTS_HEADER = [EVENT_HEADER]


def norway_pack(folder: Path, pack_yaml: str = NORWAY_YAML, claims: str = NORWAY_CLAIMS) -> Path:
    return write_pack(
        folder,
        pack_yaml=pack_yaml,
        sources_csv=csv_text(NORWAY_SOURCES),
        entities_csv=csv_text(NORWAY_ENTITIES),
        events_csv=csv_text(EVENTS_HEADER),
        metrics_csv=csv_text(NORWAY_METRICS),
        observations_csv=csv_text(NORWAY_OBSERVATIONS),
        claims_yaml=claims,
    )


def errors_of(folder: Path) -> list[str]:
    _, problems = check_pack(folder)
    return [str(p) for p in problems if p.severity == "error"]


def test_norway_id_no_and_other_yaml_11_words_stay_text(tmp_path: Path) -> None:
    pack = load_pack(norway_pack(tmp_path))
    assert pack.meta.subject == "NO"
    assert pack.meta.frontier == ("SE", "NO")
    assert [p.id for p in pack.meta.pillars] == ["on"]
    assert pack.meta.headline == "on"
    first, second = pack.claims["on"], pack.claims["0123"]  # not True and 83 (YAML 1.1 octal)
    assert first.speaker == "NO" and first.expected == "true"
    assert second.expected == "false"  # a bare false is still the rating
    assert second.note == "1.10"  # not 1.1


def test_norway_pack_validates_and_diagnoses_from_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = norway_pack(tmp_path)
    assert main(["validate", str(folder)]) == 0
    assert "valid pack" in capsys.readouterr().out
    assert main(["diagnose", "--pack", str(folder), "--format", "json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["claim"] == "Norway's EV share of new cars was 89% in 2024."
    evidence = {e for check in data["checks"] for e in check["evidence"]}
    assert "o1" in evidence  # Norway's own figure, found through the entity id NO
    assert data["rating"] in ("true", "mostly_true")


def test_a_boolean_where_an_id_belongs_says_what_was_read_and_to_quote_it(tmp_path: Path) -> None:
    pack_yaml = NORWAY_YAML.replace("subject: NO", "subject: false").replace("[SE, NO]", "[SE, true]")
    errors = errors_of(norway_pack(tmp_path / "a", pack_yaml=pack_yaml))
    assert any(e.startswith("pack.yaml:4:subject:") and "read as the YAML boolean false" in e
               and 'quote it ("false")' in e for e in errors)
    assert any(e.startswith("pack.yaml:5:frontier:") and "read as the YAML boolean true" in e for e in errors)
    claims = NORWAY_CLAIMS.replace("speaker: NO", "speaker: TRUE")
    errors = errors_of(norway_pack(tmp_path / "b", claims=claims))
    assert any(e.startswith("claims.yaml:1:speaker:") and "read as the YAML boolean true" in e
               for e in errors)


def test_a_mapping_where_an_id_belongs_is_named(tmp_path: Path) -> None:
    pack_yaml = NORWAY_YAML.replace("subject: NO", "subject: {id: NO}")
    errors = errors_of(norway_pack(tmp_path, pack_yaml=pack_yaml))
    assert any(e.startswith("pack.yaml:4:subject:") and "not a mapping" in e for e in errors)


def test_yes_no_written_as_a_rating_is_an_unknown_rating_not_a_boolean(tmp_path: Path) -> None:
    claims = NORWAY_CLAIMS.replace("expected: false", "expected: no")
    errors = errors_of(norway_pack(tmp_path, claims=claims))
    assert any(e.startswith("claims.yaml:5:expected:") and "unknown rating 'no'" in e for e in errors)


def test_numbers_keep_their_value_where_a_number_is_meant(tmp_path: Path) -> None:
    pack_yaml = NORWAY_YAML + "fx:\n  NOK: {2024: 10.70}\nfiscal_year: {start_month: 04, named_by: start}\n"
    pack = load_pack(norway_pack(tmp_path, pack_yaml=pack_yaml))
    assert pack.meta.fx["NOK"] == {2024: 10.7}
    assert pack.meta.fiscal_year.start_month == 4  # 04 is four, not YAML 1.1 octal
