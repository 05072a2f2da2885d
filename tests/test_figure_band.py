"""The figure-tolerance band by the figure's precision (docs/verdict-rules.md §4.1, "The
figure-tolerance band"): an approximate figure 15 % or more over the value that does not round to
it at the figure's own step, and an exact figure more than three steps of its last written digit
off (inside its 4 % band), are half true, not mostly true; a round figure the value rounds to, and
a figure a step or two off, keep mostly true."""

from __future__ import annotations

from typing import Any

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose


@pytest.fixture(scope="module")
def pack(tmp_path_factory: Any) -> Pack:
    return norland_pack(
        tmp_path_factory, "figure-band",
        [["hpi", "住宅価格上昇率", "home price growth", "%", "住宅価格;home prices", "", "growth", ""],
         ["rice", "コメの価格", "rice price", "JPY", "コメ;rice", "", "amount", ""],
         ["yield", "国債利回り", "bond yield", "%", "利回り;bond yield", "", "share", ""]],
        [["h1", "NL", "hpi", "2021", "24.5", "%", "stat", ""],
         ["h2", "NL", "hpi", "2022", "26.0", "%", "stat", ""],
         ["h3", "NL", "hpi", "2023", "17.2", "%", "stat", ""],
         ["r1", "NL", "rice", "2025", "4416", "JPY", "stat", ""],
         ["r2", "NL", "rice", "2024", "1055", "JPY", "stat", ""],
         ["y1", "NL", "yield", "2025", "2.09", "%", "stat", ""],
         ["y2", "NL", "yield", "2024", "58.6", "%", "stat", ""]],
    )


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # 約3割 / about 30% for 24.5 %: 18 % over, and 24.5 is 「2割」 at the figure's step of ten
        ("2021年、ノーランドの住宅価格は約3割上昇した。", "half_true"),
        ("Norland's home prices rose about 30% in 2021.", "half_true"),
        # negatives: 26 % rounds to 「3割」 (13 % over); 17.2 % rounds to "20%" (14 % over)
        ("2022年、ノーランドの住宅価格は約3割上昇した。", "mostly_true"),
        ("Norland's home prices rose about 30% in 2022.", "mostly_true"),
        ("Norland's home prices rose about 20% in 2023.", "mostly_true"),
        ("2023年、ノーランドの住宅価格は約2割上昇した。", "mostly_true"),
        # an exact figure to the yen, 79 yen (1.8 %) off: half true; 1,080 for 1,055 is 2.5 of its
        # steps of ten: mostly true
        ("2025年のノーランドのコメの価格は4337円だった。", "half_true"),
        ("Norland's rice price was 4,337 yen in 2025.", "half_true"),
        ("2024年のノーランドのコメの価格は1080円だった。", "mostly_true"),
        ("Norland's rice price was 1,080 yen in 2024.", "mostly_true"),
        # a tenth, five steps off (59.1 for 58.6): half true; a hundredth one step off: mostly true
        ("Norland's bond yield was 59.1% in 2024.", "half_true"),
        ("ノーランドの2025年の国債利回りは2.08%だった。", "mostly_true"),
        ("Norland's bond yield was 2.08% in 2025.", "mostly_true"),
    ],
)
def test_figure_band(pack: Pack, claim: str, rating: str) -> None:
    d = diagnose(claim, pack, as_of="2026-01-01")
    assert d.rating == rating, (claim, d.rating, d.reason)
