"""A currency word after a number is the unit of a sum, not a currency the subject of a change
(docs/verdict-rules.md §4.7, "A currency's value"; review session 27 R10): 「155円が意識される中で」
said of a yen rate's rise is no yen losing value, nor is 「ドル円は」 (the rate's own name) the yen;
「円は対ドルで下落」 and 「円の価値は」 still speak of the yen's value."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Metric, Pack
from shingi.pipeline.checks.changes import quoted_inverted
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["fx", "円相場", "yen exchange rate", "JPY/USD", "ドル円;為替レート;yen;円", "false", "ratio", ""],
]
OBSERVATIONS = [
    ["f1", "NL", "fx", "2023", "140", "JPY/USD", "stat", ""],
    ["f2", "NL", "fx", "2024", "155", "JPY/USD", "stat", ""],
]
YEN = Metric("m", "円相場", "yen rate", "JPY/USD", (), None, "ratio")


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "currency-sum", METRICS, OBSERVATIONS)


def test_a_sum_in_a_currency_is_no_subject() -> None:
    for span in ("円相場は155円が意識される中で上昇した", "1万円は", "数円が動いた", "１５５円が節目",
                 "ドル円は上昇した", "百円が"):
        assert not quoted_inverted(span, YEN), span
    # near-misses: the currency itself the subject, its value, after a comma
    for span in ("円は対ドルで下落した", "円の価値は下がった", "2024年、円が下落した"):
        assert quoted_inverted(span, YEN), span


def test_the_rate_rise_with_a_sum_said_is_the_rate(pack: Pack) -> None:
    for text in ("ノーランドの円相場は2024年、155円が意識される中で約11%上昇した。",
                 "ノーランドの円相場は2024年、1万円が意識される中で約11%上昇した。",
                 "ドル円は2024年に約11%上昇した。"):
        assert diagnose(text, pack, as_of="2025-03-01").rating == "true", text
    # near-miss: the yen said to rise is its value, which fell (140 -> 155 yen per dollar)
    assert diagnose("2024年、円は対ドルで約11%上昇した。", pack, as_of="2025-03-01").rating == "false"
