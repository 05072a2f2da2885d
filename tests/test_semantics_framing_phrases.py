"""A fronted framing phrase is no statement (docs/verdict-rules.md §2, "A framing phrase is no
statement"; issue 8: real-world claims whose every figure holds rated mostly true because the
phrase that frames them was an unknown statement of its own).

"Of Norland University students who started in 2020, 48% graduated within four years",
"With the effect of the subsidy removed, 52.3% …", 「委託センターを含めると、…」: the phrase says
what is counted, it states nothing; the clause after it is the claim.
"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [["UNI", "organization", "ノーランド大学", "Norland University", "", "NL"]]
METRICS = [
    ["grad4", "4年以内の卒業率", "four-year graduation rate", "%", "graduate within four years", "true",
     "share", ""],
    ["low_income", "所得8万ドル未満の割合", "share with an income below $80,000", "%", "income below $80,000",
     "", "share", ""],
    ["tests", "PCR検査数", "PCR tests", "count", "検査数", "", "count", ""],
]
OBSERVATIONS = [
    ["r4", "UNI", "grad4", "2024", "48", "%", "stat", ""],
    ["li", "NL", "low_income", "2024", "52.3", "%", "stat", ""],
    ["t1", "NL", "tests", "2024-05-19", "975", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "framing", METRICS, OBSERVATIONS, entities=ENTITIES)


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("Of Norland University students who started in 2020, 48% graduated within four years.", "true"),
        ("Of Norland University students who started in 2020, 60% graduated within four years.", "false"),
        ("With the effect of the subsidy removed, 52.3% of Norland's taxpayers have an income below $80,000.",
         "true"),
        ("ノーランドの委託センターを含めると、2024年5月19日のPCR検査数は975人だった。", "true"),
        ("ノーランドの委託センターを含めると、2024年5月19日のPCR検査数は1500人だった。", "false"),
    ],
)
def test_a_framing_phrase_is_no_statement(pack: Pack, said: str, rating: str) -> None:
    d = diagnose(said, pack, as_of="2025-01-01")
    assert d.rating == rating
    assert len(d.checks) == 1
