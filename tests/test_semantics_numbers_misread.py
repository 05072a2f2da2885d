"""Numbers misread (docs/verdict-rules.md §2 "Numbers" and "Negation"; round 12 first-run misses):
a minus in words, a currency named after a number, a count of digits, basis points, and an
obligation made of negatives, each in Japanese and English on one small Norland pack."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.normalize.quantities import family_currency_name, find_quantities
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["fund_return", "運用収益率", "fund return", "%", "", "true", "growth", ""],
    ["inflow", "資金流入", "inflow", "NOK", "net inflow", "true", "amount", ""],
    ["policy_rate", "政策金利", "policy rate", "%", "benchmark rate", "", "ratio", ""],
    ["inflation", "物価上昇率", "inflation", "%", "", "false", "ratio", ""],
]
OBSERVATIONS = [
    ["r22", "NL", "fund_return", "2022", "-14.1", "%", "stat", ""],
    ["r25", "NL", "fund_return", "2025", "15.1", "%", "stat", ""],
    ["i24", "NL", "inflow", "2024", "402 bn", "NOK", "stat", ""],
    ["p23", "NL", "policy_rate", "2023-12", "18.75", "%", "stat", ""],
    ["p24", "NL", "policy_rate", "2024-12", "27.5", "%", "stat", ""],
    ["f24", "NL", "inflation", "2024", "12", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "numbers-misread", METRICS, OBSERVATIONS)


def _said(pack: Pack, claim: str) -> str:
    d = diagnose(claim, pack)
    return d.rating


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # round 12 ja-2022-worst-pct: 「マイナス14.1%」 had been read as +14.1 % (false on a true level)
        ("2022年のノーランドの運用収益率はマイナス14.1%だった。", "true"),
        ("Norland's fund return was minus 14.1% in 2022.", "true"),
        ("2022年のノーランドの運用収益率は14.1%だった。", "false"),
        ("Norland's fund return was 14.1% in 2022.", "false"),
    ],
)
def test_a_minus_in_words_is_the_sign(pack: Pack, claim: str, rating: str) -> None:
    assert _said(pack, claim) == rating


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # round 12 ja-inflow-2024: 「1兆クローネ」 had been a count, refused against money
        ("2024年のノーランドの資金流入は1兆クローネを超えた。", "false"),
        ("Norland's inflow topped 1 trillion kroner in 2024.", "false"),
        ("2024年のノーランドの資金流入は約4000億クローネだった。", "true"),
        ("Norland's inflow was about 400 billion kroner in 2024.", "true"),
    ],
)
def test_a_currency_name_after_a_number_is_money(pack: Pack, claim: str, rating: str) -> None:
    assert _said(pack, claim) == rating


def test_currency_names_read_as_their_codes() -> None:
    units = {
        text: find_quantities(text)[0].quantity.unit
        for text in ("300万ルピア", "5000億ナイラ", "50 billion rand", "2 billion Chilean pesos",
                     "1兆クローネ")
    }
    assert units == {"300万ルピア": "IDR", "5000億ナイラ": "NGN", "50 billion rand": "ZAR",
                     "2 billion Chilean pesos": "CLP", "1兆クローネ": "NOK"}
    # a name a family shares is the pack's own member of it; a national name is its own
    assert family_currency_name("1兆クローネを超えた") and family_currency_name("2 billion pesos")
    assert not family_currency_name("1兆デンマーク・クローネ")
    assert not family_currency_name("2 billion Chilean pesos")


def test_a_shared_currency_name_is_the_packs_member(tmp_path_factory: pytest.TempPathFactory) -> None:
    metrics = [["inflow", "資金流入", "inflow", "DKK", "", "true", "amount", ""]]
    observations = [["i24", "NL", "inflow", "2024", "402 bn", "DKK", "stat", ""]]
    danish = norland_pack(tmp_path_factory, "danish-kroner", metrics, observations)
    for claim in ("2024年のノーランドの資金流入は約4000億クローネだった。",
                  "Norland's inflow was about 400 billion kroner in 2024."):
        d = diagnose(claim, danish)
        assert d.rating == "true", [(c.result, c.reason) for c in d.checks]
        assert d.checks[0].numbers[0].unit == "DKK"


@pytest.mark.parametrize(
    "text", ["3年連続の2桁リターン", "2ケタの伸び", "its second double-digit year", "a two-digit rise",
             "inflation stayed in double digits"],
)
def test_a_count_of_digits_is_no_figure(text: str) -> None:
    # round 12 ja-2025-double-digit: 「2桁」's 2 had been a count, refused on dimension
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "claim",
    ["2025年のノーランドの運用収益率は約15%で、2桁のリターンとなった。",
     "Norland's fund return was about 15% in 2025, a double-digit return."],
)
def test_a_double_digit_return_claims_no_figure_of_two(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating in ("true", "mostly_true")
    assert all(n.claimed != 2 for c in d.checks for n in c.numbers)


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # round 12 hikes-900bp-ja: 900ベーシスポイント had been refused on dimension
        ("ノーランドは2024年に政策金利を875ベーシスポイント引き上げた。", "true"),
        ("Norland raised its policy rate by 875 basis points in 2024.", "true"),
        ("Norland raised its policy rate by 875bp in 2024.", "true"),
    ],
)
def test_basis_points_are_hundredths_of_a_point(pack: Pack, claim: str, rating: str) -> None:
    assert _said(pack, claim) == rating


@pytest.mark.parametrize(
    "claim",
    ["ノーランドは2024年に政策金利を300ベーシスポイント引き上げた。",
     "Norland raised its policy rate by 300 bps in 2024."],
)
def test_too_few_basis_points_do_not_hold(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating in ("false", "mostly_false")  # the rise is right, its size far too small
    assert [(n.claimed, n.found, n.unit) for c in d.checks for n in c.numbers] == [(3.0, 8.75, "pt")]


def test_basis_points_read_as_points() -> None:
    [q] = find_quantities("900ベーシスポイント")
    assert (q.quantity.value, q.quantity.unit) == (9.0, "pt")
    assert [(m.quantity.value, m.quantity.unit) for m in find_quantities("by 50 basis points to 27%")] == [
        (0.5, "pt"), (27.0, "%")]


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # an obligation (「…なければならない」, "cannot help but") had been read as a negation: false
        ("2024年に物価上昇率が12%に達したノーランドは対策を打たなければならない。", "true"),
        ("Norland cannot help but act: its inflation was 12% in 2024.", "true"),
        # a negation is still one
        ("2024年に物価上昇率が12%に達しなかった。", "false"),
        ("Norland's inflation did not reach 12% in 2024.", "false"),
    ],
)
def test_an_obligation_is_no_negation(pack: Pack, claim: str, rating: str) -> None:
    assert _said(pack, claim) == rating


def test_a_negative_condition_is_no_negation_of_the_statement() -> None:
    from shingi.pipeline.claims.cues import _negated

    assert not _negated("対策をしなければ物価はさらに上がる")
    assert not _negated("政府は対策を打たなければならない")
    assert _negated("対策をしなければ、物価は下がらない")
    assert not _negated("The government cannot but act")
