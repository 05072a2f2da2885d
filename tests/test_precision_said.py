"""The precision a figure is said to sets how far it may be from the value (docs/verdict-rules.md
§4.1, "The precision a figure is said to", session 24, `grade`): a word of nearness tells the side
of a figure said at its own precision; 強 / 弱 cut a remainder of less than a third of a step off the
last written digit; a strict bound at the very value found is missed (a tax rate of 10 % is not
more than 10 %); the period before is a change's base, not a second period of a run."""

from __future__ import annotations

from typing import Any

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose


@pytest.fixture(scope="module")
def pack(tmp_path_factory: Any) -> Pack:
    return norland_pack(
        tmp_path_factory, "precision-said",
        [["ontime", "定時運航率", "on-time rate", "%", "on-time rate;定時運航率", "", "share", ""],
         ["bill", "電気料金", "electricity bill", "USD", "electricity bill;電気料金", "", "amount", ""],
         ["failures", "倒産件数", "business failures", "count", "business failures;倒産件数", "", "count",
          ""],
         ["prices", "地価上昇率", "land price growth", "%", "land price growth;地価上昇率", "", "growth", ""],
         ["shops", "店舗数", "shops", "count", "shops;店舗数", "", "count", ""],
         ["exports", "輸出額", "exports", "USD", "exports;輸出額", "", "amount", ""],
         ["tax", "消費税率", "consumption tax rate", "%", "consumption tax rate;消費税率", "", "share", ""],
         ["wage", "最低賃金", "minimum wage", "USD", "minimum wage;最低賃金", "", "amount", ""],
         ["visitors", "訪問者数", "visitors", "count", "visitors;訪問者数", "", "count", ""],
         ["women", "女性管理職比率", "share of women managers", "%",
          "share of women managers;女性管理職比率", "", "share", ""],
         ["invest", "投資額", "investment", "USD", "investment;投資額", "", "amount", ""]],
        [["t1", "NL", "ontime", "2023", "77.5", "%", "stat", ""],
         ["t2", "NL", "ontime", "2024", "79.4", "%", "stat", ""],
         ["t3", "NL", "ontime", "2025", "9.6", "%", "stat", ""],
         ["b1", "NL", "bill", "2023", "144", "USD", "stat", ""],
         ["b2", "NL", "bill", "2024", "148", "USD", "stat", ""],
         ["f1", "NL", "failures", "2022", "8000", "count", "stat", ""],
         ["f2", "NL", "failures", "2023", "9053", "count", "stat", ""],
         ["f3", "NL", "failures", "2024", "10144", "count", "stat", ""],
         ["f4", "NL", "failures", "2025", "13937", "count", "stat", ""],
         ["p1", "NL", "prices", "2023", "2.0", "%", "stat", ""],
         ["p2", "NL", "prices", "2024", "1.9", "%", "stat", ""],
         ["s1", "NL", "shops", "2024", "2000", "count", "stat", ""],
         ["e1", "NL", "exports", "2023", "100000000", "USD", "stat", ""],
         ["e2", "NL", "exports", "2024", "117000000", "USD", "stat", ""],
         ["x1", "NL", "tax", "2024", "10", "%", "stat", ""],
         ["w1", "NL", "wage", "2024", "1000", "USD", "stat", ""],
         ["v1", "NL", "visitors", "2024", "15000", "count", "stat", ""],
         ["v2", "NL", "visitors", "2025", "11200", "count", "stat", ""],
         ["m1", "NL", "women", "2024", "25.0", "%", "stat", ""],
         ["m2", "NL", "women", "2025", "28.0", "%", "stat", ""],
         ["i1", "NL", "invest", "2024", "2500000000", "USD", "stat", ""],
         ["i2", "NL", "invest", "2025", "2040000000", "USD", "stat", ""]],
    )


def _rating(pack: Pack, claim: str) -> str:
    d = diagnose(claim, pack, lang="en" if claim.isascii() else "ja")
    return d.rating


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # a word of nearness on a percentage: said to the point, 79-80 % (blind rounds 21-23
        # delta-otp-2022 "close to 80%" for 77.5 %, small-share-2025 "nearly 80%" for 76.6 %)
        ("Norland's on-time rate was close to 80% in 2023.", "mostly_true"),
        ("ノーランドの2023年の定時運航率は80%近くだった。", "mostly_true"),
        # negatives: inside the point, and "nearly 10%" for 9.6 % (9.5-10 %)
        ("Norland's on-time rate was nearly 80% in 2024.", "true"),
        ("ノーランドの2024年の定時運航率は80%近くだった。", "true"),
        ("Norland's on-time rate was nearly 10% in 2025.", "true"),
        # an amount: a bare figure's 2 % (us-electricity-demand bill-150-ja, 144 for 「150ドル近く」)
        ("Norland's electricity bill was nearly $150 in 2023.", "mostly_true"),
        ("ノーランドの2023年の電気料金は150ドル近くだった。", "mostly_true"),
        # negative: 1.3 % short holds
        ("Norland's electricity bill was nearly $150 in 2024.", "true"),
        ("ノーランドの2024年の電気料金は150ドル近くだった。", "true"),
    ],
)
def test_nearness_tells_the_side_at_the_figures_precision(pack: Pack, claim: str, rating: str) -> None:
    assert _rating(pack, claim) == rating


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # 「1割強」: a tenth and a remainder under half a tenth, 10-15 % (blind round 23
        # jp-bankruptcies fy2024-10144, +12.1 %, rated true)
        ("ノーランドの2024年の倒産件数は前年から1割強増えた。", "true"),
        # past the half step the value is the next figure's (2割弱): +17 % is a size stretched
        ("ノーランドの2024年の輸出額は前年から1割強増えた。", "mostly_false"),
        # negatives: +37.4 % is far past 「1割強」; 「1割弱」 (5-10 %) for +13.2 % is on the other side
        # of the line by more than a bare figure's 4 %: a size stretched (mostly false)
        ("ノーランドの2025年の倒産件数は前年から1割強増えた。", "false"),
        ("ノーランドの2023年の倒産件数は前年から1割弱増えた。", "mostly_false"),
    ],
)
def test_a_remainder_word_cuts_the_last_written_digit(pack: Pack, claim: str, rating: str) -> None:
    assert _rating(pack, claim) == rating


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # a value exactly at the half step is neither figure's remainder: 15,000 is 「1.5万人」
        # (「1万人台半ば」), not 「1万人強」 nor 「2万人弱」; 25 % is 「2割5分」, not 「3割弱」 (a stretch)
        ("ノーランドの2024年の訪問者数は2万人弱だった。", "mostly_false"),
        ("ノーランドの2024年の訪問者数は1万人強だった。", "mostly_false"),
        ("ノーランドの2024年の女性管理職比率は3割弱だった。", "mostly_true"),
        # "and change" is a small remainder: $2.5 billion is not "$2 billion and change"
        ("Norland's investment was $2 billion and change in 2024.", "mostly_false"),
        # negatives: within a third of the step the word holds
        ("ノーランドの2025年の訪問者数は1万人強だった。", "true"),
        ("ノーランドの2025年の女性管理職比率は3割弱だった。", "true"),
        ("Norland's investment was $2 billion and change in 2025.", "true"),
    ],
)
def test_a_remainder_is_less_than_a_third_of_the_step(pack: Pack, claim: str, rating: str) -> None:
    assert _rating(pack, claim) == rating


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # a strict bound at the very value found is missed, a near miss (mostly false): a set rate
        # or an amount is exact ("more than 10%" for a tax rate of 10 %, "more than $1,000" for
        # a wage of $1,000), and a rounded 2.0 % shows no side either (review of session 24, grade-1)
        ("Norland's consumption tax rate was more than 10% in 2024.", "mostly_false"),
        ("ノーランドの2024年の消費税率は10%を超えていた。", "mostly_false"),
        ("Norland's minimum wage was more than $1,000 in 2024.", "mostly_false"),
        ("ノーランドの2024年の最低賃金は1000ドルを上回った。", "mostly_false"),
        ("Norland's land price growth was more than 2% in 2023.", "mostly_false"),
        ("ノーランドの2023年の地価上昇率は2%を超えた。", "mostly_false"),
        ("Norland had more than 2,000 shops in 2024.", "mostly_false"),
        # negatives: a bound that includes the line holds at it
        ("Norland's consumption tax rate was at least 10% in 2024.", "true"),
        ("ノーランドの2024年の消費税率は10%以上だった。", "true"),
    ],
)
def test_a_strict_bound_at_the_value_is_missed(pack: Pack, claim: str, rating: str) -> None:
    assert _rating(pack, claim) == rating


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # 「前年より4割増えて」 for +37.4 %: the period before is the change's base, so 「4割」 is
        # the size of one change, stretched (mostly true), not the line of a run of periods
        # (blind round 23 jp-bankruptcies labor-2025-40pct, a line missed: half true)
        ("ノーランドの2025年の倒産件数は前年より4割増えた。", "mostly_true"),
        ("Norland's business failures rose 40% in 2025 from the year before.", "mostly_true"),
        # negative: +12.1 % for 「4割」 stays far off
        ("ノーランドの2024年の倒産件数は前年より4割増えた。", "false"),
    ],
)
def test_the_period_before_is_the_base(pack: Pack, claim: str, rating: str) -> None:
    assert _rating(pack, claim) == rating
