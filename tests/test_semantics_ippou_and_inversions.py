"""Wordings the engine skipped on three development wrong trues (session 27, `wtdev`):
「高まる一方だ」 (a plain verb + 一方) says the change goes on, as 「上がり続けている」 does: its latest
step must go that way (§4.7, "Kept rising"); 「増える一方で、…」 is a contrast, not the continuative
(reworded round 24 jp-ambulance elderly-every-year-rw). 「Nを超えて増えた」 gives the size of the
change, as 「N以上増えた」 does (§4.4; reworded round 23c us-air-travel atc-net-1800-ja-rw). A fronted
inverted "Not since X have …" is no negation of the statement (the negation list; reworded round 23b
jp-land-prices koji2025-4pct-rw).
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["exports", "輸出額", "exports", "USD", "exports;輸出", "", "amount", ""],
    ["share", "高齢者の割合", "elderly share", "%", "elderly share;高齢者の割合;65歳以上の割合", "",
     "share", ""],
    ["imports", "輸入額", "imports", "USD", "imports;輸入", "", "amount", ""],
]
OBSERVATIONS = [
    ["x24", "NL", "exports", "2024", "1000", "USD", "stat", ""],
    ["x25", "NL", "exports", "2025", "1020", "USD", "stat", ""],  # a rise of 2 %
    ["i24", "NL", "imports", "2024", "1000", "USD", "stat", ""],
    ["i25", "NL", "imports", "2025", "1400", "USD", "stat", ""],  # a rise of 40 %
    ["s20", "NL", "share", "2020", "55", "%", "stat", ""],
    ["s21", "NL", "share", "2021", "58", "%", "stat", ""],
    ["s22", "NL", "share", "2022", "62", "%", "stat", ""],
    ["s23", "NL", "share", "2023", "61", "%", "stat", ""],  # the latest year fell
    ["e20", "NL", "exports", "2020", "800", "USD", "stat", ""],
    ["e22", "NL", "exports", "2022", "900", "USD", "stat", ""],
    ["e23", "NL", "exports", "2023", "950", "USD", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "slight-change", METRICS, OBSERVATIONS)


@pytest.mark.parametrize("claim", [
    "ノーランドの高齢者の割合は高まる一方だ。",
    "ノーランドの高齢者の割合は上がる一方です。",
])
def test_ippou_da_needs_the_latest_step(pack: Pack, claim: str) -> None:
    # 2022 → 2023 fell: the change does not go on
    assert diagnose(claim, pack, as_of="2024-06-01").rating not in ("true", "mostly_true")
    # the same words on a series whose latest step rose hold
    rising = diagnose("ノーランドの輸出額は増える一方だ。", pack, as_of="2024-06-01")
    assert rising.rating in ("true", "mostly_true")


def test_ippou_de_is_a_contrast(pack: Pack) -> None:
    verdict = diagnose("ノーランドの高齢者の割合は高まる一方で、輸出額も増えた。", pack, as_of="2024-06-01")
    assert verdict.checks[0].result == "holds"


@pytest.mark.parametrize(("claim", "rating"), [
    # 「Nを超えて増えた」: the bound in the て-form is the size of the rise (400), as 「N以上増えた」;
    # a bound 2.5 times the rise is mostly false (grade_size)
    ("ノーランドの輸入額は2025年に1,000ドルを超えて増えた。", "mostly_false"),
    ("ノーランドの輸入額は2025年に300ドルを超えて増えた。", "true"),
    ("ノーランドの輸入額は2025年に1,000ドル以上増えた。", "mostly_false"),
    # a level said to pass a line (no verb of change after it) stays a level: 1,400 is over 1,000
    ("ノーランドの輸入額は2025年に1,000ドルを超えた。", "true"),
])
def test_a_bound_in_the_te_form_before_a_change_is_its_size(pack: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, pack).rating == rating


@pytest.mark.parametrize(("claim", "rating"), [
    # "Not since X have …": the fronted negative is the adverbial's (a first time since X), the
    # figure is asserted: 40 % holds, 60 % does not
    ("Not since the bubble years have Norland's imports risen as fast as this year's 40%.", "true"),
    ("Not since the bubble years have Norland's imports risen as fast as this year's 60%.", "mostly_false"),
    # a plain negative still denies the change
    ("Norland's imports did not rise in 2025.", "false"),
])
def test_an_inverted_not_since_is_no_negation(pack: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, pack, as_of="2025-12-01").rating == rating


@pytest.mark.parametrize(("claim", "holds"), [
    # without a degree ("as fast as", "this high", a comparative, a record word), the fronted
    # "Not since X have …" is an ordinary negation: the series did not fall after X (review R15)
    ("Not since 2022 have Norland's exports fallen.", True),
    ("Norland's exports have not fallen since 2022.", True),
    # negative: the share fell from 2022 to 2023, so the same words do not hold there
    ("Not since 2022 has Norland's elderly share fallen.", False),
])
def test_an_inverted_not_since_without_a_degree_is_a_negation(pack: Pack, claim: str, holds: bool) -> None:
    rating = diagnose(claim, pack, as_of="2025-12-01").rating
    assert (rating in ("true", "mostly_true")) == holds, rating
