"""What a leading cause names ("Thanks to the labour reform, Norland's rate is below the EU
average", 「労働改革のおかげで、…」) is the cause's, a check of its own (§4.12), not the clause's
subject or measure (blind round 8c spain-jobs temp-below-eu: the reform was taken as the subject)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["EU", "organization", "欧州連合", "European Union", "EU;EU average;EU平均", ""],
    ["reform", "programme", "労働改革", "labour reform", "the labour reform", "NL"],
]
METRICS = [
    ["temp", "有期雇用率", "Temporary employment rate", "%", "temporary jobs", "false", "share", ""],
]
OBSERVATIONS = [
    ["t1", "NL", "temp", "2025-Q1", "15.1", "%", "stat", ""],
    ["t2", "EU", "temp", "2025-Q1", "12.4", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "leading-cause", METRICS, OBSERVATIONS, entities=ENTITIES)


def test_a_leading_cause_names_no_subject(pack: Pack) -> None:
    said = "Thanks to the labour reform, Norland's temporary employment rate is now {} the EU average."
    d = diagnose(said.format("below"), pack, as_of="2025-07-01")
    assert d.checks[0].kind == "comparison" and d.checks[0].result == "fails" and d.rating == "false"
    assert diagnose(said.format("above"), pack, as_of="2025-07-01").checks[0].result == "holds"


def test_a_leading_cause_names_no_subject_in_japanese(pack: Pack) -> None:
    d = diagnose("労働改革のおかげで、ノーランドの有期雇用率はEU平均を下回った", pack, as_of="2025-07-01")
    assert d.checks[0].kind == "comparison" and d.checks[0].result == "fails"
