"""Contract-level readings of packs written by others (pack-format.md 1.1): vintages of a figure
at a claim's date, the pack's subject for a claim that names no place, the side of a net flow."""

from __future__ import annotations

from pathlib import Path

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    csv_text,
    write_pack,
)
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

_SOURCES = [
    SOURCE_HEADER,
    ["s_old", "Old bulletin", "Office", "", "2022-05", "statistics", "en"],
    ["s_first", "First estimate", "Office", "", "2024-05", "statistics", "en"],
    ["s_rev", "Revised estimate", "Office", "", "2025-05", "statistics", "en"],
]


def _pack(tmp_path: Path, metrics: list[list[str]], rows: list[list[str]],
          entities: list[list[str]] | None = None, pack_yaml: str | None = None) -> Pack:
    files = {
        "sources_csv": csv_text(_SOURCES),
        "metrics_csv": csv_text([METRIC_HEADER, *metrics]),
        "observations_csv": csv_text([OBSERVATION_HEADER, *rows]),
        "events_csv": csv_text([EVENT_HEADER]),
    }
    if entities is not None:
        files["entities_csv"] = csv_text([ENTITY_HEADER, *entities])
    if pack_yaml is not None:
        files["pack_yaml"] = pack_yaml
    return load_pack(write_pack(tmp_path / "p", **files))


def _rating(pack: Pack, text: str, as_of: str) -> str:
    return diagnose(text, pack, lang="ja" if "。" in text else "en", as_of=as_of).rating


_NET = ["net", "純移民", "Net migration", "people", "net migration;純移民", "", "count", ""]
_NET_FIRST = ["net_first", "純移民(速報値)", "Net migration (first estimate)", "people", "", "", "count", ""]


def test_a_revision_published_after_the_claim_does_not_decide(tmp_path: Path) -> None:
    # two figures of one entity, measure and period, a first estimate and its revision: at the
    # claim's date the one published by then decides (contract: evidence dated later does not)
    pack = _pack(tmp_path, [_NET], [
        ["n23a", "JP", "net", "2023", "700000", "people", "s_first", "first estimate"],
        ["n23b", "JP", "net", "2023", "900000", "people", "s_rev", "revised"],
        ["n22", "JP", "net", "2022", "600000", "people", "s_rev", "the only figure held"],
    ])
    for said in ("Japan's net migration was about 700,000 in 2023.",
                 "2023年の日本の純移民は約70万人だった。"):
        assert _rating(pack, said, "2024-06-01") == "true", said
    for said in ("Japan's net migration was about 900,000 in 2023.",
                 "2023年の日本の純移民は約90万人だった。"):
        assert _rating(pack, said, "2024-06-01") in ("false", "mostly_false"), said
    # a lone figure published after the claim is still the figure the pack holds of its period
    assert _rating(pack, "Japan's net migration was about 600,000 in 2022.", "2024-06-01") == "true"


def test_a_measure_kept_apart_as_first_published_makes_its_sibling_a_revision(tmp_path: Path) -> None:
    # "Net migration (first estimate)" beside "Net migration": the pack keeps vintages, so a
    # revised figure published after the claim (2022 revised up to 950,000 in 2025) did not
    # stand against the 2023 record when the claim was made
    rows = [
        ["n20", "JP", "net", "2020", "300000", "people", "s_old", ""],
        ["n21", "JP", "net", "2021", "500000", "people", "s_old", ""],
        ["n22", "JP", "net", "2022", "950000", "people", "s_rev", "revised in 2025"],
        ["n23", "JP", "net", "2023", "800000", "people", "s_first", ""],
        ["f22", "JP", "net_first", "2022", "650000", "people", "s_old", ""],
    ]
    pack = _pack(tmp_path, [_NET, _NET_FIRST], rows)
    for said in ("Japan's net migration hit a record 800,000 in 2023.",
                 "2023年の日本の純移民は80万人で過去最多となった。"):
        assert _rating(pack, said, "2024-06-01") == "true", said
        # once the revision was out, 2022's 950,000 stands above it
        assert _rating(pack, said, "2025-06-01") in ("false", "mostly_false", "half_true"), said
    # without a measure of first estimates, the figure held is the figure of its period
    plain = _pack(tmp_path / "plain", [_NET], rows[:4])
    assert _rating(plain, "Japan's net migration hit a record 800,000 in 2023.", "2024-06-01") != "true"
