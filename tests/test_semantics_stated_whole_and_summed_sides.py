"""The size of a whole a fraction is said of, and two comparands said together (docs/verdict-rules.md
§4.5 "The whole's size is a figure of the claim" and §4.6 "Two or more comparands named together",
session 19 review H2 and H4): "less than a quarter of the 90 million borrowers" for a whole of 42
million is no true claim; "as many as Ostland and Westland combined" is set against their sum, and
never against the first comparand alone; in English and Japanese."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Diagnosis, Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["OS", "country", "オストランド", "Ostland", "", ""],
    ["WS", "country", "ウェストランド", "Westland", "", ""],
    ["ES", "country", "イーストランド", "Eastland", "", ""],
]
METRICS = [
    ["applicants", "難民申請者数", "asylum applicants", "count", "難民申請者数;asylum applicants", "",
     "count", ""],
    ["borrowers", "借り手数", "loan borrowers", "count", "借り手;borrowers", "", "count", ""],
    ["borrowers_default", "デフォルト中の借り手数", "loan borrowers in default", "count",
     "in default;デフォルト", "false", "count", ""],
]
OBSERVATIONS = [
    ["a_nl", "NL", "applicants", "2024", "150000", "count", "stat", ""],
    ["a_os", "OS", "applicants", "2024", "120000", "count", "stat", ""],
    ["a_ws", "WS", "applicants", "2024", "40000", "count", "stat", ""],
    ["a_es", "ES", "applicants", "2024", "155000", "count", "stat", ""],
    ["b", "NL", "borrowers", "2025", "42000000", "count", "stat", ""],
    ["bd", "NL", "borrowers_default", "2025", "5300000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "whole-and-sum", METRICS, OBSERVATIONS, entities=ENTITIES)


def _why(d: Diagnosis) -> list[tuple[str, str, str]]:
    return [(c.kind, c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize("claim", [
    # the share holds (12.6 %), the whole said is twice the pack's: the claim's premise is wrong
    "Less than a quarter of the 90 million loan borrowers in Norland are in default.",
    "Less than a quarter of Norland's 90 million loan borrowers are in default.",
    "ノーランドの借り手9000万人のうち4分の1未満がデフォルト中だ。",
])
def test_a_whole_said_by_a_wrong_size_is_no_true_share(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of="2025-12-01")
    assert d.rating == "mostly_false", _why(d)
    assert any("42" in c.reason or "4,200" in c.reason for c in d.checks), _why(d)


@pytest.mark.parametrize("claim", [
    "Less than a quarter of the 42 million loan borrowers in Norland are in default.",
    "Less than a quarter of Norland's 42 million loan borrowers are in default.",
    "ノーランドの借り手4200万人のうち4分の1未満がデフォルト中だ。",
])
def test_a_whole_said_by_its_right_size_keeps_the_share(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of="2025-12-01")
    assert d.rating == "true", _why(d)


@pytest.mark.parametrize(("claim", "expected"), [
    # 150,000 against 120,000 + 40,000 = 160,000: within a tenth (never Ostland's 120,000 alone)
    ("In 2024 Norland had as many asylum applicants as Ostland and Westland combined.", "true"),
    ("2024年、ノーランドの難民申請者数はオストランドとウェストランドの合計とほぼ同数だった。", "true"),
    # 150,000 is not above 160,000 (above Ostland's 120,000 alone: a wrong true before)
    ("In 2024 Norland had more asylum applicants than Ostland and Westland combined.", "false"),
    ("2024年、ノーランドの難民申請者数はオストランドとウェストランドの合計を上回った。", "false"),
    # no sum said: above each of them; Eastland's 155,000 is above Norland's 150,000
    ("In 2024 Norland had more asylum applicants than Ostland and Westland.", "true"),
    ("In 2024 Norland had more asylum applicants than Ostland and Eastland.", "false"),
    ("2024年、ノーランドの難民申請者数はオストランドとイーストランドを上回った。", "false"),
    # parity with two comparands and no sum said: unclear, unknown
    ("In 2024 Norland had as many asylum applicants as Ostland and Westland.", "unverifiable"),
])
def test_two_comparands_named_together(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, _why(d)


def test_one_comparand_is_unchanged(pack: Pack) -> None:
    # a single comparand: the pair as before (150,000 above 120,000)
    d = diagnose("In 2024 Norland had more asylum applicants than Ostland.", pack)
    assert d.rating == "true", _why(d)
    assert [c.kind for c in d.checks] == ["comparison"], _why(d)


SHARE_METRICS = [
    ["vacant", "空き家数", "vacant homes", "count", "空き家;vacant", "false", "count", ""],
    ["homes", "総住宅数", "total homes", "count", "住宅;homes", "", "count", ""],
    ["vacancy", "空き家率", "vacancy rate", "%", "空き家率;vacancy rate", "false", "share",
     "Vacant homes divided by total homes"],
]


@pytest.mark.parametrize(("held", "expected"), [
    # the pack holds the share (14 %) but not the whole: the size said cannot be checked
    ([], "unverifiable"),
    ([["h", "NL", "homes", "2023", "60500000", "count", "stat", ""]], "true"),
    ([["h", "NL", "homes", "2023", "30000000", "count", "stat", ""]], "mostly_false"),
])
def test_a_whole_the_pack_does_not_hold_is_unknown(
    tmp_path_factory: pytest.TempPathFactory, held: list[list[str]], expected: str
) -> None:
    rows = [["v", "NL", "vacancy", "2023", "14", "%", "stat", ""], *held]
    pack = small_pack(tmp_path_factory, "whole-held", SHARE_METRICS, rows)
    d = diagnose("In 2023 less than a quarter of the 60 million homes in Norland were vacant.", pack)
    assert d.rating == expected, _why(d)
