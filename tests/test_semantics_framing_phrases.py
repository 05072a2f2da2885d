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

ENTITIES = [
    ["UNI", "organization", "ノーランド大学", "Norland University", "", "NL"],
    ["ACME", "organization", "アクメ", "Acme", "", "NL"],
]
METRICS = [
    ["grad4", "4年以内の卒業率", "four-year graduation rate", "%", "graduate within four years", "true",
     "share", "students who started in the year named"],
    ["low_income", "所得8万ドル未満の割合", "share with an income below $80,000", "%", "income below $80,000",
     "", "share", "with the effect of the subsidy removed"],
    ["tests", "PCR検査数", "PCR tests", "count", "検査数", "", "count", "委託センターを含む"],
    ["output", "生産量", "output", "t", "生産量;output", "", "amount", ""],
]
OBSERVATIONS = [
    ["r4", "UNI", "grad4", "2024", "48", "%", "stat", ""],
    ["li", "NL", "low_income", "2024", "52.3", "%", "stat", ""],
    ["t1", "NL", "tests", "2024-05-19", "975", "count", "stat", ""],
    ["o23", "NL", "output", "2023", "100", "t", "stat", ""],
    ["o24", "NL", "output", "2024", "95.8", "t", "stat", ""],
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


@pytest.mark.parametrize(
    "said",
    [
        "Excluding Acme, Norland's output fell by 4.2% in 2024.",
        "Including Acme, Norland's output fell by 4.2% in 2024.",
        "Of Norland firms who export, output fell by 4.2% in 2024.",
        "アクメを除くと、ノーランドの生産量は2024年に4.2%減った。",
        "アクメを含めると、ノーランドの生産量は2024年に4.2%減った。",
    ],
)
def test_a_framing_the_measure_does_not_name_leaves_the_figure_unknown(pack: Pack, said: str) -> None:
    # the figure is of a sub-measure (output without Acme) the pack does not hold: not the total's
    d = diagnose(said, pack, as_of="2025-01-01")
    assert d.rating == "unverifiable"
    assert all(c.result == "unknown" for c in d.checks)
