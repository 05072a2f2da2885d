"""What a leading cause names ("Thanks to the labour reform, Norland's rate is below the EU
average", 「労働改革のおかげで、…」) is the cause's, a check of its own (§4.12), not the clause's
subject or measure (blind round 8c spain-jobs temp-below-eu: the reform was taken as the subject)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    write_rows_pack,
)
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: leading-cause
title: {ja: "有期雇用", en: "Temporary jobs"}
language: en
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["stat", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["EU", "organization", "欧州連合", "European Union", "EU;EU average;EU平均", ""],
    ["reform", "programme", "労働改革", "labour reform", "the labour reform", "NL"],
]
METRICS = [
    METRIC_HEADER,
    ["temp", "有期雇用率", "Temporary employment rate", "%", "temporary jobs", "false", "share", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["t1", "NL", "temp", "2025-Q1", "15.1", "%", "stat", ""],
    ["t2", "EU", "temp", "2025-Q1", "12.4", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("leading-cause")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, [EVENT_HEADER], METRICS,
                                     OBSERVATIONS))


def test_a_leading_cause_names_no_subject(pack: Pack) -> None:
    said = "Thanks to the labour reform, Norland's temporary employment rate is now {} the EU average."
    d = diagnose(said.format("below"), pack, as_of="2025-07-01")
    assert d.checks[0].kind == "comparison" and d.checks[0].result == "fails" and d.rating == "false"
    assert diagnose(said.format("above"), pack, as_of="2025-07-01").checks[0].result == "holds"


def test_a_leading_cause_names_no_subject_in_japanese(pack: Pack) -> None:
    d = diagnose("労働改革のおかげで、ノーランドの有期雇用率はEU平均を下回った", pack, as_of="2025-07-01")
    assert d.checks[0].kind == "comparison" and d.checks[0].result == "fails"
