"""A clause said to have happened at once (一気に, 直ちに, "overnight", "immediately") with no period
of its own is of the time of the dated clause before it in its sentence, not of the latest value
(docs/verdict-rules.md §2 Context; issue 8, fourteenth session: blind round 7d fr-pensions
overnight-64-ja, 「…2023年9月1日に施行され、法定退職年齢は一気に64歳になった」, was read on the
2030 value)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["age", "法定退職年齢", "legal retirement age", "years", "retirement age;退職年齢", "", "amount", ""],
]
VALUES = [
    ["w1", "NL", "age", "2023-08", "60", "years", "stat", ""],
    ["w2", "NL", "age", "2023-09", "61", "years", "stat", ""],
    ["w3", "NL", "age", "2030", "65", "years", "stat", ""],
]
EVENTS = [
    ["e1", "2023-09-01", "", "NL", "policy", "年金改革の施行", "Pension reform takes effect", "", "",
     "stat", "3", ""],
]


@pytest.fixture(scope="module", params=["en", "ja"])
def pack(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, f"at-once-{request.param}", METRICS, VALUES, events=EVENTS,
                        language=request.param)


@pytest.mark.parametrize(("said", "value", "result"), [
    ("Norland's pension reform took effect on 1 September 2023, and the legal retirement age became 65 "
     "overnight.", "w2", "partly"),  # 65 for 61: 6 % off, half true (§4.1 scale)
    ("Norland's pension reform took effect on 1 September 2023, and the legal retirement age immediately "
     "became 61.", "w2", "holds"),
    ("ノーランドの年金改革は2023年9月1日に施行され、法定退職年齢は一気に65歳になった。", "w2", "partly"),
    ("ノーランドの年金改革は2023年9月1日に施行され、法定退職年齢は直ちに61歳になった。", "w2", "holds"),
    # without such a word the clause is read as before (the latest value by the claim's date)
    ("ノーランドの年金改革は2023年9月1日に施行され、法定退職年齢は65歳になった。", "w3", "holds"),
])
def test_what_happened_at_once_happened_when_the_clause_before_did(
    pack: Pack, said: str, value: str, result: str
) -> None:
    d = diagnose(said, pack, as_of="2031-01-01")
    assert d.checks[0].result == "holds"
    check = d.checks[1]
    assert check.evidence == [value]
    assert check.result == result
