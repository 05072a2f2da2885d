"""A claim with a part the evidence refutes is at most half true, however many other parts hold
(docs/verdict-rules.md §5; issue 8, fourteenth session): four statements, three holding and one
failing, score 0.75 and were mostly true."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["jobless", "失業率", "unemployment rate", "%", "", "false", "share", ""]]
VALUES = [
    ["u21", "NL", "jobless", "2021", "5.0", "%", "stat", ""],
    ["u22", "NL", "jobless", "2022", "4.0", "%", "stat", ""],
    ["u23", "NL", "jobless", "2023", "3.5", "%", "stat", ""],
    ["u24", "NL", "jobless", "2024", "3.0", "%", "stat", ""],
]


@pytest.fixture(scope="module", params=["en", "ja"])
def pack(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, f"refuted-{request.param}", METRICS, VALUES,
                        language=request.param)


@pytest.mark.parametrize(("said", "rating", "fails"), [
    ("Norland's unemployment rate was 5.0% in 2021. It was 4.0% in 2022. It was 3.5% in 2023. "
     "It was 3.0% in 2024.", "true", 0),
    ("Norland's unemployment rate was 5.0% in 2021. It was 4.0% in 2022. It was 3.5% in 2023. "
     "It was 6.0% in 2024.", "half_true", 1),
    ("ノーランドの失業率は2021年に5.0%だった。2022年は4.0%だった。2023年は3.5%だった。2024年は3.0%だった。",
     "true", 0),
    ("ノーランドの失業率は2021年に5.0%だった。2022年は4.0%だった。2023年は3.5%だった。2024年は6.0%だった。",
     "half_true", 1),
])
def test_a_refuted_part_keeps_the_claim_at_half_true(pack: Pack, said: str, rating: str, fails: int) -> None:
    d = diagnose(said, pack, as_of="2025-06-01")
    results = [c.result for c in d.checks]
    assert results.count("fails") == fails
    assert results.count("holds") == 4 - fails, results
    assert d.rating == rating
