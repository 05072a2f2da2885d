"""A part of a whole said by its verb or its fraction links the share measure of the thing the
clause names (docs/verdict-rules.md §4.13, "Linking a claim to its measure"): "make up" is no
rise ("Stocks now make up more than 80% of the fund"), of two share measures a word names the
one whose own words the clause says ("share in stocks", not "stake in global stocks"), and a
fraction before "of" or 占める, or after の (「国家予算の約4分の1」), is a part as a percentage is
(blind round 12b no-oil-fund equities-80, quarter-budget-4pct)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [["NF", "programme", "ノーランド基金", "Norland fund", "the fund;基金", "NL"]]
METRICS = [
    ["value", "基金の市場価値", "market value of the fund", "USD", "value;worth", "true", "amount", ""],
    ["equity", "株式比率", "equity share of the fund", "%", "equities;share in stocks;株式の割合", "true",
     "share", "Share of the fund's value invested in equities."],
    ["stake", "世界の上場株式に占める保有割合", "share of all listed equities owned", "%",
     "stake in global stocks", "true", "share", "Ownership share of all listed companies worldwide."],
    ["budget", "国家予算に占める基金からの繰入の割合", "share of state budget spending financed by the fund",
     "%", "share of the budget;予算に占める割合", "false", "share", ""],
    ["per_head", "国民1人当たりの基金の価値", "fund value per Norlander", "USD", "per capita", "true",
     "amount", ""],
]
OBSERVATIONS = [
    ["v1", "NF", "value", "2024", "1.8tn", "USD", "stat", ""],
    ["e1", "NF", "equity", "2024", "71.4", "%", "stat", ""],
    ["s1", "NF", "stake", "2024", "1.5", "%", "stat", ""],
    ["b1", "NL", "budget", "2024", "24.5", "%", "stat", ""],
    ["p1", "NL", "per_head", "2024", "300000", "USD", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "part-words", METRICS, OBSERVATIONS, entities=ENTITIES)


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        ("Stocks now make up more than 80% of the fund.", "mostly_false"),
        ("株式は基金の8割以上を占めている。", "mostly_false"),
        ("Stocks now make up about 70% of the fund.", "true"),
        ("株式は基金の約7割を占めている。", "true"),
    ],
)
def test_make_up_is_a_part_and_stocks_name_the_equity_share(pack: Pack, claim: str, rating: str) -> None:
    d = diagnose(claim, pack, as_of="2025-03-01")
    assert d.checks[0].evidence == ["e1"] and d.rating == rating


@pytest.mark.parametrize(
    "claim",
    [
        "About a quarter of Norland's state budget is paid for by the fund.",
        "ノーランドの国家予算の約4分の1を基金からの繰入が占める。",
    ],
)
def test_a_fraction_of_a_named_whole_is_the_share(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack, as_of="2025-03-01")
    assert d.checks[0].evidence == ["b1"] and d.rating == "true"


def test_a_rise_of_a_share_stays_a_change(pack: Pack) -> None:
    # "up 5 points" is still a rise: only "make up" before the figure is a part
    st = diagnose("The equity share of the fund is up 5 points.", pack, as_of="2025-03-01").checks[0]
    assert st.kind != "share"


@pytest.mark.parametrize(
    "claim",
    [
        "The fund's equity share is less than half of the budget share.",
        "基金の株式比率は国家予算に占める割合の半分以下だ。",
    ],
)
def test_a_fraction_said_as_the_predicate_is_a_ratio(pack: Pack, claim: str) -> None:
    # 「…の半分以下だ」 compares two values; only a fraction that is the verb's argument is a part
    st = diagnose(claim, pack, as_of="2025-03-01").checks[0]
    assert st.kind != "share" and st.evidence != ["b1"]
