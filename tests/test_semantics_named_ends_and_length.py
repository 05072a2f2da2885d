"""A window named by both ends and restated by its length (「2020年度から2024年度までの4年間」,
"the four years from fiscal 2020 to fiscal 2024") has those two ends, no third one
(docs/verdict-rules.md §2 "A start and a length"; issue 8, fifteenth session: blind jp-tax-revenue
corp-tax-60pct had read one year's growth rate for the four-year change, a false on a mostly true
claim)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["ctax", "法人税収", "corporate tax revenue", "JPY", "", "true", "amount", ""],
    ["ctax_g", "法人税収の前年度比", "corporate tax revenue growth", "%", "", "true", "growth", ""],
]
VALUES = [
    ["c20", "NL", "ctax", "FY2020", "11.23 trn", "JPY", "stat", ""],
    ["c21", "NL", "ctax", "FY2021", "13.64 trn", "JPY", "stat", ""],
    ["c22", "NL", "ctax", "FY2022", "14.94 trn", "JPY", "stat", ""],
    ["c23", "NL", "ctax", "FY2023", "15.86 trn", "JPY", "stat", ""],
    ["c24", "NL", "ctax", "FY2024", "17.91 trn", "JPY", "stat", ""],
    ["g24", "NL", "ctax_g", "FY2024", "12.9", "%", "stat", ""],
]


@pytest.fixture(scope="module", params=["en", "ja"])
def pack(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, f"ends-{request.param}", METRICS, VALUES, language=request.param,
                        settings="fiscal_year: {start_month: 4}\n")


@pytest.mark.parametrize(("said", "rating"), [
    # x1.59: "6割以上" missed by a little, the same as without the length
    ("ノーランドの法人税収は2020年度から2024年度までの4年間で6割以上増えた。", "mostly_true"),
    ("ノーランドの法人税収は2020年度から2024年度にかけて6割以上増えた。", "mostly_true"),
    ("Norland's corporate tax revenue rose by more than 60% in the four years from fiscal 2020 to "
     "fiscal 2024.", "mostly_true"),
    # the window's change, not FY2024's 12.9 %: a claim of one year's size over four fails
    ("ノーランドの法人税収は2020年度から2024年度までの4年間で約13%増えた。", "false"),
])
def test_a_length_restating_two_named_ends(pack: Pack, said: str, rating: str) -> None:
    d = diagnose(said, pack, as_of="2025-07-20")
    assert d.rating == rating, [(c.result, c.reason) for c in d.checks]
