"""A sum of money said of a named entity whose measure the clause names only by its qualifiers
(docs/verdict-rules.md §4.13, "A sum of money of a named entity"; issue 8: real-world Japanese
claims left unverifiable although the pack holds the figure).

「北陸応援割は1人1泊最大2万円」 names the programme and the sum; "per person per night, at most"
are words of one of the programme's measures in yen, so that measure is the one meant. A sum
whose words name none of the entity's measures (「ノーランド51.9ユーロ」 for a measure of labour
costs) stays unlinked: a unit alone does not say which money measure a sum is. Nor is a sum of
an entity the pack records funding events with amounts for read as a measure's: it may be theirs.
"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

SOURCES = [
    ["gov", "Cabinet Office", "Government", "", "2024-01", "government", "ja"],
]
ENTITIES = [
    ["TRIP", "programme", "北部旅行割", "Northern Travel Discount", "旅行割", "NL"],
    ["AID", "programme", "生活再建支援金", "Recovery Support Payment", "支援金", "NL"],
    ["FAB", "company", "ノーチップ", "Norchip", "", "NL"],
]
EVENTS = [
    ["fab_extra", "2024-04", "", "FAB", "funding", "ノーチップに6,315億円の追加支援を決定",
     "Government decides 631.5 billion yen of extra support for Norchip", "6315億", "JPY", "gov", "2", ""],
]
METRICS = [
    ["trip_max", "割引額（1人1泊あたり最大）", "discount per person per night (maximum)", "JPY",
     "", "", "amount", ""],
    ["aid_basic", "全壊世帯への基礎支援金", "basic payment for a destroyed home", "JPY",
     "", "", "amount", ""],
    ["aid_rebuild", "住宅を再建する場合の加算支援金（最大）", "top-up payment for rebuilding (maximum)",
     "JPY", "", "", "amount", ""],
    ["fab_total", "累計政府支援額", "cumulative government support", "JPY", "", "", "amount", ""],
    ["labour", "時間当たり労働費用", "hourly labour costs", "EUR", "労働費用", "", "amount", ""],
]
OBSERVATIONS = [
    ["t24", "TRIP", "trip_max", "2024-01", "2万", "JPY", "gov", ""],
    ["b24", "AID", "aid_basic", "2024-01", "100万", "JPY", "gov", ""],
    ["r24", "AID", "aid_rebuild", "2024-01", "200万", "JPY", "gov", ""],
    ["f24", "FAB", "fab_total", "2024-04", "2.354兆", "JPY", "gov", ""],
    ["l23", "NL", "labour", "2023", "51.9", "EUR", "gov", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "money", METRICS, OBSERVATIONS, entities=ENTITIES, events=EVENTS,
                        language="ja", sources=SOURCES)


def test_a_sum_qualified_by_the_words_of_one_measure_is_that_measure(pack: Pack) -> None:
    for said, rating, evidence in (
        ("北部旅行割は1人1泊最大2万円", "true", ["t24"]),
        ("北部旅行割は1人1泊最大5千円", "false", ["t24"]),
        ("家が全壊した被災者には少なくとも100万円の支援金が支給される", "true", ["b24"]),
        ("The Northern Travel Discount gives at most 20,000 yen per person per night.", "true", ["t24"]),
        ("The Northern Travel Discount gives at most 5,000 yen per person per night.", "false", ["t24"]),
        ("Households whose home was destroyed get at least 1 million yen from the Recovery Support Payment.",
         "true", ["b24"]),
    ):
        d = diagnose(said, pack, as_of="2024-02-01")
        assert d.rating == rating, said
        assert d.checks[0].evidence == evidence, said


def test_a_sum_whose_words_name_no_measure_stays_unlinked(pack: Pack) -> None:
    # the heading speaks of the average hourly wage; the pack's euro measure is labour costs
    d = diagnose("ノーランド51.9ユーロ", pack, as_of="2024-02-01")
    assert d.rating == "unverifiable"
    assert "l23" not in d.evidence_ids


def test_a_sum_of_an_entity_with_funding_events_may_be_an_events(pack: Pack) -> None:
    # the extra support is the event's amount, not the cumulative support measure
    d = diagnose("ノーチップへの追加支援は約6,000億円に上った", pack, as_of="2024-05-01")
    assert d.rating == "true"
    assert "f24" not in d.evidence_ids
