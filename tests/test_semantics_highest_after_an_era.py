"""「コロナ後で最も多い」, "the highest since the pandemic": a largest said of the periods after an
event the claim does not date ranks those periods only; ranking the whole series (2019 above
2024) answers another question, so the statement is unknown (docs/verdict-rules.md §4.8; issue 8,
fifteenth session: blind round 13d th-tourism record_2024_ja, false on a half-true claim)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["arr", "外国人旅行者数", "foreign arrivals", "count", "", "true", "count", ""]]
VALUES = [
    [f"a{y}", "NL", "arr", str(y), v, "count", "stat", ""]
    for y, v in ((2019, "39.9 mn"), (2020, "6.7 mn"), (2021, "0.4 mn"), (2022, "11.2 mn"), (2023, "28.2 mn"),
                 (2024, "35.5 mn"))
]


@pytest.fixture(scope="module", params=["en", "ja"])
def pack(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, f"era-{request.param}", METRICS, VALUES, language=request.param)


@pytest.mark.parametrize(("said", "rating"), [
    ("2024年のノーランドの外国人旅行者数はコロナ後で最も多かった。", "unverifiable"),
    ("Norland's foreign arrivals in 2024 were the highest since the pandemic.", "unverifiable"),
    # no window: the whole series, where 2019 is higher
    ("2024年のノーランドの外国人旅行者数は最も多かった。", "false"),
])
def test_the_highest_after_an_undated_era(pack: Pack, said: str, rating: str) -> None:
    d = diagnose(said, pack, as_of="2025-03-01")
    assert d.rating == rating, [(c.result, c.reason) for c in d.checks]
