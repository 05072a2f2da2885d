"""Which part of a sentence a reading checks (docs/verdict-rules.md §2 and §4.1), in English and
Japanese, on a small pack built here:

- a list of owners under one predicate ("Perth, Adelaide and Brisbane all saw … more than 15%",
  「AとBの…は15%超上昇した」) is checked on every member (blind round 27c three-capitals-15 was true
  on its first member alone);
- a subordinate clause that sets the scene ("… as interest rates went up", 「金利が上がるなか」) gives
  no direction to the main clause (round 27c rents-fell-2022 took "went up" for the rents);
- a bound verb negated (「1兆円に届いていない」, "did not reach 1 trillion") is "below the bound", not
  an exact figure whose failure the negative turns into a hold (round 27 nar_under1cho)."""

from __future__ import annotations

from typing import Any

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

CITIES = [
    ["PE", "other", "ペルタ", "Perta", "", "NL"],
    ["AD", "other", "アデラ", "Adela", "", "NL"],
    ["BR", "other", "ブリサ", "Brisa", "", "NL"],
]
METRICS = [
    ["home_change", "住宅価格変化率", "home value change", "%", "住宅価格;home values", "", "growth", ""],
    ["rent_change", "家賃変化率", "rent change", "%", "家賃;rents", "", "growth", ""],
    ["policy_rate", "政策金利", "policy rate", "%", "金利;interest rates", "", "share", ""],
    ["sales", "売上", "sales", "JPY", "売上高", "true", "amount", ""],
]
OBSERVATIONS = [
    ["h1", "PE", "home_change", "2024", "19.1", "%", "stat", ""],
    ["h2", "AD", "home_change", "2024", "13.1", "%", "stat", ""],
    ["h3", "BR", "home_change", "2024", "11.2", "%", "stat", ""],
    ["r1", "NL", "rent_change", "2022", "9.5", "%", "stat", ""],
    ["p1", "NL", "policy_rate", "2021", "0.1", "%", "stat", ""],
    ["p2", "NL", "policy_rate", "2022", "3.1", "%", "stat", ""],
    ["s1", "NL", "sales", "2024", "1.129兆", "JPY", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: Any) -> Pack:
    return norland_pack(tmp_path_factory, "sentence-parts", METRICS, OBSERVATIONS, entities=CITIES)


def _rating(text: str, pack: Pack) -> str:
    return diagnose(text, pack, as_of="2025-06-01").rating


def test_every_member_of_a_list_is_checked(pack: Pack) -> None:
    for said in (
        "Perta, Adela and Brisa all saw home values jump by more than 15% in 2024.",
        "Perta, Adela and Brisa saw home values jump by more than 15% in 2024.",
        "2024年、ペルタとアデラとブリサの住宅価格は15%超上昇した。",
    ):
        d = diagnose(said, pack, as_of="2025-06-01")
        assert sorted(c.evidence[0] for c in d.checks) == ["h1", "h2", "h3"], said
        assert d.rating not in ("true", "mostly_true"), said


def test_a_list_that_holds_and_a_single_owner_stay_true(pack: Pack) -> None:
    # negatives: every member above the bound stays true; one owner is one check
    said = "Perta, Adela and Brisa all saw home values rise by more than 10% in 2024."
    assert _rating(said, pack) == "true"
    assert _rating("Perta and Adela saw home values rise by more than 10% in 2024.", pack) == "true"
    d = diagnose("Perta saw home values jump by more than 15% in 2024.", pack, as_of="2025-06-01")
    assert [c.evidence for c in d.checks] == [["h1"]] and d.rating == "true"
    # "all" before a plural noun is no floated "all" ("led all cities"): one ranking, not three checks
    d = diagnose("Perta led all cities with home values up more than 15% in 2024.", pack, as_of="2025-06-01")
    assert len(d.checks) == 1 and d.rating == "true"


def test_a_setting_clause_gives_no_direction(pack: Pack) -> None:
    for said in (
        "Rents fell in 2022 as interest rates went up.",
        "When interest rates went up in 2022, rents fell.",
        "2022年は金利が上がるなか家賃は下がった。",
        "2022年、金利が上昇する中で家賃は下落した。",
        "2022年は金利上昇にもかかわらず家賃が下落した。",
    ):
        assert _rating(said, pack) == "false", said
    # negatives: the main clause's own direction holds; no setting clause, no change
    assert _rating("Rents rose in 2022 as interest rates went up.", pack) == "true"
    assert _rating("2022年は金利が上がるなか家賃は上がった。", pack) == "true"
    assert _rating("Rents rose in 2022.", pack) == "true"


def test_a_negated_bound_verb_is_below_the_bound(pack: Pack) -> None:
    for said in (
        "ノーランドの売上は2024年も1兆円に届いていない",
        "ノーランドの売上は2024年も1兆円に達していない",
        "Norland's sales did not reach 1 trillion yen in 2024.",
        "Norland's sales still haven't reached 1 trillion yen in 2024.",
        "Norland's sales have yet to hit the 1 trillion yen mark.",
        "ノーランドの売上は1兆円の大台にまだ乗っていない",
    ):
        # the side of the line is the claim's point: no near-miss calibration to mostly false
        assert _rating(said, pack) == "false", said
    # negatives: a bound the value is below holds; the plain 届かない reads as before
    for said in (
        "ノーランドの売上は2024年も2兆円に届いていない",
        "Norland's sales did not reach 2 trillion yen in 2024.",
        "ノーランドの売上は2024年も2兆円に届かなかった",
        "Norland's sales failed to reach 2 trillion yen in 2024.",
        # the mark passed, said without a negative
        "ノーランドの売上は2024年に1兆円の大台に乗った",
    ):
        assert _rating(said, pack) == "true", said
    # a bound met far past it, negated, fails ("did not have more than 1 trillion" for 1.129
    # trillion); "not more than" is the bound's own words (at most), no denial of the statement
    for said in ("Norland's sales did not have more than 1 trillion yen in 2024.",
                 "Norland's sales were not more than 1 trillion yen in 2024."):
        assert _rating(said, pack) in ("false", "mostly_false"), said
