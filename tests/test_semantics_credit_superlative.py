"""Credit or blame (docs/verdict-rules.md §4.15, `CREDIT_BLAME`) needs an object after the verb:
"improved the most", "最も改善し" is a superlative adverb on an intransitive change, a value to check,
not a cause (session 14 review, pack unemp); in ja and en."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["unemp", "失業率", "unemployment rate", "%", "jobless rate", "false", "", ""]]
OBSERVATIONS = [
    ["u22", "NL", "unemp", "2022", "5.0", "%", "stat", ""],
    ["u23", "NL", "unemp", "2023", "4.0", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "credit-superlative", METRICS, OBSERVATIONS)


@pytest.mark.parametrize("claim", [
    "Norland's unemployment rate improved the most in 2023, falling to 4.0%.",
    "ノーランドの失業率は2023年に最も改善し、4.0%に低下した。",
])
def test_a_superlative_adverb_is_no_object(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack, as_of="2024-03-01").rating == "true", claim
