"""A statement that gives a figure and ranks it ("a record of almost €24 billion …, up around 10%",
「約10%増え、過去最高の240億ユーロ」): a ranking that holds beside a figure that fails is half of
it (docs/verdict-rules.md §2 "A ranking beside a value", §5), not false; a right figure does not
save a ranking that fails (issue 8, fifteenth session; blind rounds 12 jp-tax-revenue ctax-40pct,
14d ie-corptax ht-2023-10pct)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [["ctax", "法人税収", "corporation tax receipts", "EUR", "", "true", "amount", ""]]
VALUES = [
    ["t20", "NL", "ctax", "2020", "11.8 bn", "EUR", "stat", ""],
    ["t21", "NL", "ctax", "2021", "15.3 bn", "EUR", "stat", ""],
    ["t22", "NL", "ctax", "2022", "22.6 bn", "EUR", "stat", ""],
    ["t23", "NL", "ctax", "2023", "23.8 bn", "EUR", "stat", ""],
    ["t24", "NL", "ctax", "2024", "21.0 bn", "EUR", "stat", ""],
]


@pytest.fixture(scope="module", params=["en", "ja"])
def pack(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, f"figrank-{request.param}", METRICS, VALUES, language=request.param)


@pytest.mark.parametrize(("said", "rating"), [
    # the record holds, the growth (5.3 %) is twice what is said: half of the statement holds
    ("Norland's corporation tax receipts hit a record of almost 24 billion euros in 2023, up around 10% "
     "on 2022.", "half_true"),
    ("ノーランドの法人税収は2023年に前年比約10%増え、過去最高の約240億ユーロとなった。", "half_true"),
    # both hold
    ("Norland's corporation tax receipts hit a record in 2023, up around 5% on 2022.", "true"),
    ("ノーランドの法人税収は2023年に前年比約5%増え、過去最高となった。", "true"),
    # the figure holds (21 bn) but 2024 is no record: the figure said after the record word is a
    # part of its own, so half (session 19: blind no-oil-fund record-2025-kroner, jp-heatstroke
    # h_deaths_record, both rated half true by their writers)
    ("Norland's corporation tax receipts hit a record of 21 billion euros in 2024.", "half_true"),
    # a figure before the record word names the subject: the record is the statement, false
    ("Norland's 21 billion euros of corporation tax receipts in 2024 were a record.", "false"),
    # the record holds but the growth is wildly off (300 % said, 5.3 %): a second false claim, not a
    # detail of the record (review 15 finding 5)
    ("Norland's corporation tax receipts hit a record in 2023, up 300% on 2022.", "false"),
    # neither holds (2024 fell and is no record): nothing holds, false
    ("Norland's corporation tax receipts hit a record in 2024, up around 10% on 2023.", "false"),
])
def test_a_figure_and_its_ranking_are_two_claims(pack: Pack, said: str, rating: str) -> None:
    assert diagnose(said, pack, as_of="2025-06-01").rating == rating

