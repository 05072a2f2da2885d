""""Nearly X" far in its band, a share's "nearly" read in points of its whole, and a rough half
graded on the fall it names (docs/verdict-rules.md §4.1, session 23, `grade`)."""

from __future__ import annotations

from typing import Any

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose


@pytest.fixture(scope="module")
def pack(tmp_path_factory: Any) -> Pack:
    return norland_pack(
        tmp_path_factory, "nearly-far",
        [["marriages", "婚姻件数", "marriages", "count", "marriages;婚姻件数", "", "count", ""],
         ["cola", "物価調整率", "cost-of-living adjustment", "%", "cost-of-living adjustment;物価調整率",
          "", "share", ""],
         ["under", "定員割れ大学の割合", "share of universities below capacity", "%",
          "share of universities below capacity;定員割れ大学の割合", "", "share", ""],
         ["reserves", "埋蔵量シェア", "share of world reserves", "%",
          "share of world reserves;埋蔵量シェア", "", "share", ""],
         ["exports", "輸出額", "exports", "USD", "exports;輸出額", "", "amount", ""]],
        [["m1", "NL", "marriages", "2024", "222400", "count", "stat", ""],
         ["c1", "NL", "cola", "2024", "3.2", "%", "stat", ""],
         ["u1", "NL", "under", "2024", "59.2", "%", "stat", ""],
         ["r1", "NL", "reserves", "2024", "42", "%", "stat", ""],
         ["e1", "NL", "exports", "2023", "100000000000", "USD", "stat", ""],
         ["e2", "NL", "exports", "2024", "70000000000", "USD", "stat", ""],
         ["e3", "NL", "exports", "2025", "38000000000", "USD", "stat", ""]],
    )


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # "nearly X" holds within 5 % below X; more than 10 % short (twice that) is half right, as
        # "about X" 10-20 % off is mostly true and further half true (blind kr-fertility
        # mf-marriage-250k-ja, 222,400: 11 % short; us-social-security ja-cola-2024-4pct, 3.2 %)
        ("Norland's marriages recovered to nearly 250,000 in 2024.", "half_true"),
        ("ノーランドの2024年の婚姻件数は25万件近くまで回復した。", "half_true"),
        ("Norland's cost-of-living adjustment was nearly 4% in 2024.", "half_true"),
        ("ノーランドの2024年の物価調整率は4%近い引き上げだった。", "half_true"),
        # negatives: 7 % short stays mostly true; a fraction word is read in points of its whole,
        # eight points short of half stays mostly true (blind id-nickel reserves-nearly-half)
        ("Norland's marriages recovered to nearly 240,000 in 2024.", "mostly_true"),
        ("ノーランドの2024年の婚姻件数は24万件近くまで回復した。", "mostly_true"),
        ("Norland's share of world reserves was nearly half in 2024.", "mostly_true"),
        ("ノーランドの2024年の埋蔵量シェアは半分近くだった。", "mostly_true"),
        # a share's "nearly" ten points or more over the value: an overstated size, as "about" is
        # (blind round 22 jp-universities seventy_percent_2024, 「7割近く」 for 59.2 %)
        ("ノーランドの2024年の定員割れ大学の割合は7割近くだった。", "mostly_false"),
        ("Norland's share of universities below capacity was nearly 70% in 2024.", "mostly_false"),
        # negative: 5.8 points over keeps the band's mostly true
        ("Norland's share of universities below capacity was nearly 65% in 2024.", "mostly_true"),
        ("ノーランドの2024年の定員割れ大学の割合は65%近くだった。", "mostly_true"),
        # a rough half off the ratio's band still names a fall of 50 %: x0.70 is a fall of 30 %
        ("Norland's exports roughly halved from 2023 to 2024.", "mostly_false"),
        ("ノーランドの輸出額は2023年から2024年にかけてほぼ半分になった。", "mostly_false"),
        # negative: x0.54 (a fall of 46 %) is a rough half
        ("Norland's exports roughly halved from 2024 to 2025.", "true"),
        ("ノーランドの輸出額は2024年から2025年にかけてほぼ半分になった。", "true"),
    ],
)
def test_nearly_and_roughly_far_in_their_bands(pack: Pack, claim: str, rating: str) -> None:
    d = diagnose(claim, pack, lang="en" if claim.isascii() else "ja")
    assert d.rating == rating, d.reason

