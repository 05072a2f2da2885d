"""Build small packs in a temporary folder for tests: a valid minimal pack, with any file
replaced or extended by the test."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from shingi.model import Pack
from shingi.pack.load import load_pack

PACK_YAML = """\
id: mini
title: {ja: "ミニ", en: "Mini"}
language: en
subject: JP
frontier: [US]
pillars:
  - id: policy
    name: {ja: "政策", en: "Policy"}
  - id: compute
    name: {ja: "計算基盤", en: "Compute"}
headline: c1
fx:
  JPY: {2025: 150.0, 2026: 150.0}
"""

# The header rows of the pack's CSV files (contract 1.1 columns; a test may write others).
SOURCE_HEADER = ["id", "title", "publisher", "url", "published", "kind", "lang"]
ENTITY_HEADER = ["id", "kind", "name_ja", "name_en", "aliases", "country"]
EVENT_HEADER = ["id", "date", "pillar", "actors", "kind", "title_ja", "title_en", "amount", "unit", "source",
                "significance", "note"]
METRIC_HEADER = ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind", "definition"]
OBSERVATION_HEADER = ["id", "entity", "metric", "period", "value", "unit", "source", "note"]

SOURCES = [
    SOURCE_HEADER,
    ["s1", "Report", "Think tank", "https://example.org/r", "2026-05", "report", "ja"],
    ["s2", "Stats", "Office", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["JP", "country", "日本", "Japan", "わが国;JPN", ""],
    ["US", "country", "米国", "United States", "US;アメリカ;USA", ""],
    ["acme", "company", "アクメ", "Acme", "ACME Corp.", "JP"],
]
EVENTS = [
    EVENT_HEADER,
    [
        "e1",
        "2026-04",
        "compute",
        "acme",
        "investment",
        "アクメが1.6兆円投資",
        "Acme invests",
        "1.6兆",
        "JPY",
        "s1",
        "3",
        "",
    ],
    ["e2", "2025-12-26", "policy", "JP", "policy", "基本計画決定", "Plan approved", "", "", "s1;s2", "2", ""],
]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    ["invest", "民間投資", "private investment", "USD", "投資額", "true", "amount"],
    ["approach", "規制方式", "approach", "", "", "", "category"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["o1", "JP", "invest", "2024", "0.68 bn", "USD", "s2", ""],
    ["o2", "US", "invest", "2024", "67.22 bn", "USD", "s2", ""],
    ["o3", "JP", "approach", "2026", "soft_law", "", "s1", ""],
]
CLAIMS = """\
- id: c1
  text: "Acme invested 1.6 trillion yen in April 2026."
  expected: true
- id: c2
  text: "日本の民間投資は米国の約100分の1"
  expected: half_true
  note: "why"
"""


def csv_text(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


DEFAULT_FILES: dict[str, str] = {
    "pack.yaml": PACK_YAML,
    "sources.csv": csv_text(SOURCES),
    "entities.csv": csv_text(ENTITIES),
    "events.csv": csv_text(EVENTS),
    "metrics.csv": csv_text(METRICS),
    "observations.csv": csv_text(OBSERVATIONS),
    "claims.yaml": CLAIMS,
}


def write_pack(folder: Path, **overrides: str | None) -> Path:
    """Write the minimal valid pack to ``folder``; ``events_csv="..."`` replaces a file,
    ``events_csv=None`` leaves it out."""
    folder.mkdir(parents=True, exist_ok=True)
    files = dict(DEFAULT_FILES)
    for key, text in overrides.items():
        name = key.replace("_csv", ".csv").replace("_yaml", ".yaml")
        if text is None:
            files.pop(name, None)
        else:
            files[name] = text
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def with_rows(rows: list[list[str]], *extra: list[str]) -> str:
    """The CSV text of ``rows`` with extra rows appended."""
    return csv_text([*rows, *extra])


def write_rows_pack(
    folder: Path,
    pack_yaml: str,
    sources: list[list[str]],
    entities: list[list[str]],
    events: list[list[str]],
    metrics: list[list[str]],
    observations: list[list[str]],
) -> Path:
    """Write a whole pack given as rows (header first in each table), without claims."""
    return write_pack(
        folder,
        pack_yaml=pack_yaml,
        sources_csv=csv_text(sources),
        entities_csv=csv_text(entities),
        events_csv=csv_text(events),
        metrics_csv=csv_text(metrics),
        observations_csv=csv_text(observations),
        claims_yaml=None,
    )


#: Norland, the one country of the small packs of one family each (tests/test_semantics_*)
NORLAND = ["NL", "country", "ノーランド", "Norland", "", ""]


#: the one source of a small pack unless the test gives others
STATISTICS_SOURCE = ["stat", "Statistics", "Office", "", "2025", "statistics", "en"]


def small_pack(
    tmp_path_factory: Any,
    pack_id: str,
    metrics: list[list[str]],
    observations: list[list[str]],
    entities: list[list[str]] | None = None,
    events: list[list[str]] | None = None,
    language: str = "en",
    settings: str = "",
    sources: list[list[str]] | None = None,
    country: list[str] = NORLAND,
) -> Pack:
    """A loaded pack about ``country`` (an entities.csv row, the pack's subject: Norland unless
    given, and any kind of entity may be the subject) with the given metric and observation rows
    (no headers), other entities than the country, events and sources (one statistics source
    ``stat`` unless given); in ``language``, with ``settings`` (more lines of pack.yaml:
    ``fiscal_year: …``, ``pillars: …``). A test writes only its rows."""
    folder: Path = tmp_path_factory.mktemp(pack_id)
    pack_yaml = (
        f'id: {pack_id}\ntitle: {{ja: "{pack_id}", en: "{pack_id}"}}\nlanguage: {language}\n'
        f"subject: {country[0]}\n" + settings
    )
    source_rows = [SOURCE_HEADER, *(sources or [STATISTICS_SOURCE])]
    entity_rows = [ENTITY_HEADER, country, *(entities or [])]
    event_rows = [EVENT_HEADER, *(events or [])]
    return load_pack(write_rows_pack(
        folder, pack_yaml, source_rows, entity_rows, event_rows, [METRIC_HEADER, *metrics],
        [OBSERVATION_HEADER, *observations],
    ))


#: the small packs of one family each (tests/test_semantics_*) are about Norland
norland_pack = small_pack
