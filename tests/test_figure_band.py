"""The figure-tolerance band by the figure's precision (docs/verdict-rules.md §4.1, "The
figure-tolerance band"): an approximate figure 16 % or more over the value that does not round to
it at the figure's own step, and an exact figure more than three steps of its last written digit
(or of the pack value's, when coarser) off (inside its 4 % band), are half true, not mostly true;
a round figure the value rounds to, and a figure a step or two off, keep mostly true. Kanji
numerals are digits (「約三割」 as 「約3割」), and a figure said with a word of tone only
(「4337社に上った」, "reached", "only") is said as the value, as a plain one is."""

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
         ["yield", "国債利回り", "bond yield", "%", "利回り;bond yield", "", "share", ""],
         ["inf", "インフレ率", "inflation rate", "%", "インフレ率;inflation", "false", "share", ""],
         ["firms", "企業数", "number of firms", "count", "企業数;firms", "", "count", ""]],
        [["h1", "NL", "hpi", "2021", "24.5", "%", "stat", ""],
         ["h2", "NL", "hpi", "2022", "26.0", "%", "stat", ""],
         ["h3", "NL", "hpi", "2023", "17.2", "%", "stat", ""],
         ["r1", "NL", "rice", "2025", "4416", "JPY", "stat", ""],
         ["r2", "NL", "rice", "2024", "1055", "JPY", "stat", ""],
         ["y1", "NL", "yield", "2025", "2.09", "%", "stat", ""],
         ["y2", "NL", "yield", "2024", "58.6", "%", "stat", ""],
         ["i1", "NL", "inf", "2024", "2.1", "%", "stat", ""],
         ["i2", "NL", "inf", "2023", "2.09", "%", "stat", ""],
         ["r3", "NL", "rice", "2023", "5900", "JPY", "stat", ""],
         ["f1", "NL", "firms", "2025", "4416", "count", "stat", ""],
         ["r4", "NL", "rice", "2022", "1055.6", "JPY", "stat", ""]],
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
        # a decimal written with its zero is written to tenths (review R31): "60.0%" is fourteen
        # tenths off 58.6, half true; a plain "60%" is 1.4 of its steps of one off: mostly true
        ("Norland's bond yield was 60.0% in 2024.", "half_true"),
        ("2024年のノーランドの国債利回りは60.0%だった。", "half_true"),
        ("Norland's bond yield was 60% in 2024.", "mostly_true"),
        ("ノーランドの2025年の国債利回りは2.08%だった。", "mostly_true"),
        ("Norland's bond yield was 2.08% in 2025.", "mostly_true"),
        # the pack's "2.1" is written to tenths (it may be 2.149): "2.16%" is less than one of those
        # steps off, mostly true; against a pack's 2.09, written to hundredths, seven steps: half true
        ("Norland's inflation rate was 2.16% in 2024.", "mostly_true"),
        ("2024年のノーランドのインフレ率は2.16%だった。", "mostly_true"),
        ("Norland's inflation rate was 2.16% in 2023.", "half_true"),
        ("2023年のノーランドのインフレ率は2.16%だった。", "half_true"),
        # kanji numerals after 約 are approximate figures with a step, as digits are
        ("2021年、ノーランドの住宅価格は約三割上昇した。", "half_true"),
        ("2023年のノーランドのコメの価格は約七千円だった。", "half_true"),
        ("2023年のノーランドのコメの価格は約7000円だった。", "half_true"),
        ("2022年、ノーランドの住宅価格は約三割上昇した。", "mostly_true"),  # 26 % rounds to 三割
        ("2023年、ノーランドの住宅価格は約二割上昇した。", "mostly_true"),
        # a word of tone asserts the figure: 79 steps off is half true whichever verb says it
        ("2025年のノーランドの企業数は4337社だった。", "half_true"),
        ("2025年のノーランドの企業数は4337社に上った。", "half_true"),
        ("2025年のノーランドの企業数は4337社にとどまった。", "half_true"),
        ("2025年のノーランドの企業数は4337社に増えた。", "half_true"),
        ("Norland's number of firms reached 4,337 in 2025.", "half_true"),
        ("Norland had only 4,337 firms in 2025.", "half_true"),
        # negatives: the value itself, a figure the value rounds to, and an approximate figure
        ("2025年のノーランドの企業数は4416社に上った。", "true"),
        ("2025年のノーランドの企業数は4400社に上った。", "true"),
        ("Norland's number of firms reached 4,400 in 2025.", "true"),
        ("2025年のノーランドの企業数は約4400社だった。", "true"),
        # a figure said reached with its further digits cut off is the line reached: true; said
        # plainly it claims the yen, which 1055.6 does not round to (mostly true); one short of
        # the value is not reached
        ("2022年のノーランドのコメの価格は1055円に達した。", "true"),
        ("Norland's rice price reached 1,055 yen in 2022.", "true"),
        ("2022年のノーランドのコメの価格は1055円だった。", "mostly_true"),
        ("2022年のノーランドのコメの価格は1056円に達した。", "mostly_true"),
    ],
)
def test_figure_band(pack: Pack, claim: str, rating: str) -> None:
    d = diagnose(claim, pack, as_of="2026-01-01")
    assert d.rating == rating, (claim, d.rating, d.reason)


@pytest.mark.parametrize(
    ("claim", "words"),
    [
        ("Norland's home prices rose about 30% in 2021.", "16% or more"),
        ("2021年、ノーランドの住宅価格は約3割上昇した。", "16%以上"),
        ("Norland's rice price was 4,337 yen in 2025.", "more than 3 steps"),
        ("2025年のノーランドのコメの価格は4337円だった。", "3つを超えて"),
    ],
)
def test_band_reason_states_the_rule(pack: Pack, claim: str, words: str) -> None:
    """The reason names the rule's own thresholds (APPROX_FAR_OVER, EXACT_STEPS_OFF)."""
    lang = "en" if claim.isascii() else "ja"
    d = diagnose(claim, pack, lang=lang, as_of="2026-01-01")
    assert words in (d.reason or ""), d.reason
