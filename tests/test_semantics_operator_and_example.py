"""Two limits of the linking rules of docs/verdict-rules.md §4.13 ("Generic heads and narrower
names" 4 and 7): a country's count or amount is never kept for its one company (the country's sums
every body's; one body's is a part), and an entity the pack observes on the measure beside it is
its owner, not an example of the measure's thing (「ウェストランドなどの失業率」 is Westland's)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["sales", "新車販売台数", "New vehicle sales", "vehicles", "販売台数;vehicle sales", "true", "count", ""],
    ["unemp", "失業率", "Unemployment rate", "%", "jobless rate", "false", "share", ""],
    ["punctuality", "長距離列車の定時率", "Long-distance punctuality", "%", "定時率;punctuality", "",
     "share", ""],
]

OBSERVATIONS = [
    ["v23", "nmotors", "sales", "2023", "1000", "vehicles", "stat", ""],
    ["v24", "nmotors", "sales", "2024", "1100", "vehicles", "stat", ""],
    ["t24", "nrail", "punctuality", "2024", "60", "%", "stat", ""],
    ["n23", "NL", "unemp", "2023", "2.6", "%", "stat", ""],
    ["n24", "NL", "unemp", "2024", "2.5", "%", "stat", ""],
    ["w23", "westland", "unemp", "2023", "2.7", "%", "stat", ""],
    ["w24", "westland", "unemp", "2024", "3.0", "%", "stat", ""],
]

ENTITIES = [
    ["nmotors", "company", "ノーランド自動車", "Norland Motors", "", "NL"],
    ["nrail", "company", "ノーランド鉄道", "Norland Rail", "", "NL"],
    ["westland", "country", "ウェストランド", "Westland", "", ""],
    ["paypal", "company", "ペイパル", "Paypal", "", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "operator-example", METRICS, OBSERVATIONS, entities=ENTITIES)


def test_a_countrys_count_is_not_its_one_companys(pack: Pack) -> None:
    # the one company's sales rose 10%: the country's total is not held, so nothing is rated
    for claim in ("ノーランドの新車販売台数は2024年に10%増えた。",
                  "Norland's new vehicle sales rose 10% in 2024."):
        d = diagnose(claim, pack)
        assert d.rating == "unverifiable", claim
    # the company named keeps its own count
    assert diagnose("ノーランド自動車の新車販売台数は2024年に10%増えた。", pack).rating == "true"
    # near miss: a rate of the one operator stays the country's (the rule's own case)
    d = diagnose("Norland's long-distance punctuality was 60% in 2024.", pack)
    assert d.rating == "true"
    assert d.checks[0].evidence == ["t24"]


def test_an_observed_owner_before_nado_is_no_example(pack: Pack) -> None:
    # Westland's rate rose, the subject's fell: 「ウェストランドなどの」 speaks of Westland's
    for claim in ("ウェストランドなどの失業率は2024年に上昇した。",
                  "ウェストランドをはじめとする失業率は2024年に上昇した。"):
        d = diagnose(claim, pack)
        assert d.rating == "true", claim
        assert d.checks[0].evidence[:2] == ["w23", "w24"]
    d = diagnose("ウェストランドなどの失業率は2024年に低下した。", pack)
    assert d.rating == "false"
    assert "n24" not in d.checks[0].evidence
