"""A currency said to gain or lose value on an exchange rate quoted in it (docs/verdict-rules.md
§4.7, "A currency's value"): any currency the one table of currency words or an ISO code names,
not a fixed list (「ナイラ安」, "the lira weakened"), and a currency the subject of a change ("the
naira fell 41% against the dollar", 「ナイラは対ドルで約41%下落し」) speaks of its value, the
rate's reciprocal (blind round 12d naira-41-rising-ja)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Metric, Pack
from shingi.pipeline.checks.changes import quoted_inverted
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.lexicon import currency_move_ja

METRICS = [
    ["fx", "ナイラの対ドル相場", "Naira exchange rate", "NGN/USD", "naira per dollar;ナイラ相場;naira;ナイラ",
     "false", "ratio", ""],
]
OBSERVATIONS = [
    ["f1", "NL", "fx", "2023", "900", "NGN/USD", "stat", ""],
    ["f2", "NL", "fx", "2024", "1500", "NGN/USD", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "currency-words", METRICS, OBSERVATIONS)


def _metric(unit: str) -> Metric:
    return Metric("m", "相場", "rate", unit, (), None, "ratio")


def test_any_currency_word_or_code_is_read() -> None:
    for span, unit in (("ナイラ安が進んだ", "NGN/USD"), ("リラ安が続いた", "TRY/USD"),
                       ("the lira weakened against the dollar", "TRY/USD"),
                       ("the naira is weaker than a year ago", "NGN/USD"), ("NGN weakened", "NGN/USD")):
        assert quoted_inverted(span, _metric(unit)), span
    # near-misses: the base currency, a word that is no currency, a rate not quoted in it
    for span, unit in (("ドル安が進んだ", "NGN/USD"), ("the dollar weakened", "NGN/USD"),
                       ("the economy weakened", "NGN/USD"), ("ナイラ安が進んだ", "USD/NGN")):
        assert not quoted_inverted(span, _metric(unit)), span
    assert currency_move_ja("コスト高が続いた") is None
    m = currency_move_ja("ナイラ安が続いた")
    assert m is not None and m.group("way") == "安"


def test_a_currency_the_subject_of_a_change_is_its_value(pack: Pack) -> None:
    for text in ("The naira fell 40% against the dollar in 2024.", "2024年、ナイラは対ドルで約40%下落した。",
                 "The naira weakened against the dollar in 2024."):
        assert diagnose(text, pack, as_of="2025-03-01").rating == "true", text
    for text in ("2024年、ナイラは対ドルで上昇した。", "The naira strengthened against the dollar in 2024."):
        assert diagnose(text, pack, as_of="2025-03-01").rating == "false", text
    # the size is the value's: 900 -> 1,500 per dollar is a loss of 40 %, not 67 %
    wrong = diagnose("The naira fell 67% against the dollar in 2024.", pack, as_of="2025-03-01")
    assert wrong.rating != "true"


def test_the_rate_itself_is_still_its_number(pack: Pack) -> None:
    # near-misses: the rate's own rise, the other currency's rise
    for text in ("The naira rate rose 67% in 2024.", "The dollar rose 67% against the naira in 2024."):
        assert diagnose(text, pack, as_of="2025-03-01").rating == "true", text
