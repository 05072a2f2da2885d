"""A measure described, not named (docs/verdict-rules.md §4.13, "Linking a claim to its measure"):
a clause with a figure or a change that names no measure of its entities is read on the one measure
whose names, aliases and definition share most of its words — "registered foreign investment" of
"registered FDI" (defined as "Total registered foreign investment …"), 「再生可能エネルギー…約1割を
占めている」 of 「電源構成に占める再エネ比率」 — only when that measure stands out (blind round 9b
vn-trade-fdi fdi_reg_40, round 15c za-loadshedding mf2). A description two measures fit alike names
neither: the claim stays unverifiable rather than be checked on a guess."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["fdi_reg", "外国直接投資（登録額）", "registered FDI", "USD", "登録額;FDI pledges;pledged investment",
     "true", "amount", "Total registered foreign investment capital of new and expanded projects"],
    ["fdi_disb", "外国直接投資（実行額）", "disbursed FDI", "USD", "実行額;FDI disbursement", "true",
     "amount", "Foreign direct investment actually disbursed in the year"],
    ["re_share", "電源構成に占める再エネ比率", "Renewable share of energy mix", "%", "再エネ比率", "true",
     "share", "Share of wind and solar power in total system energy"],
    ["generation", "発電量", "Electricity generation", "TWh", "電力量", "true", "amount",
     "Electricity sent out by all power stations"],
]
OBSERVATIONS = [
    ["r2025", "NL", "fdi_reg", "2025", "38.42 bn", "USD", "stat", ""],
    ["d2025", "NL", "fdi_disb", "2025", "27.62 bn", "USD", "stat", ""],
    ["s2024", "NL", "re_share", "2024", "6.5", "%", "stat", ""],
    ["g2024", "NL", "generation", "2024", "230", "TWh", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "described-measure", METRICS, OBSERVATIONS)


def _evidence(said: str, pack: Pack) -> tuple[str, list[str]]:
    d = diagnose(said, pack, as_of="2026-03-01")
    return d.rating, [i for c in d.checks for i in c.evidence]


def test_a_description_of_one_measure_links_it(pack: Pack) -> None:
    said = "Norland attracted about $40 billion of registered foreign investment in 2025."
    rating, evidence = _evidence(said, pack)
    assert rating in ("true", "mostly_true")
    assert evidence == ["r2025"]


def test_the_described_measure_is_checked_not_taken_on_trust(pack: Pack) -> None:
    said = "Norland attracted about $10 billion of registered foreign investment in 2025."
    rating, evidence = _evidence(said, pack)
    assert rating == "false"
    assert evidence == ["r2025"]


def test_a_description_two_measures_fit_alike_names_neither(pack: Pack) -> None:
    # "foreign investment" is in both definitions: registered or disbursed is not said
    rating, _ = _evidence("Norland attracted about $40 billion of foreign investment in 2025.", pack)
    assert rating == "unverifiable"


def test_a_japanese_description_of_a_share(pack: Pack) -> None:
    rating, evidence = _evidence("ノーランドの電力のうち、再生可能エネルギーは2024年に約1割を占めた。", pack)
    assert rating in ("false", "mostly_false")
    assert evidence == ["s2024"]
    rating, evidence = _evidence("ノーランドの電力のうち、再生可能エネルギーは2024年に6.5%を占めた。", pack)
    assert rating == "true"
    assert evidence == ["s2024"]


def test_a_figure_in_another_unit_is_no_value_of_the_description(pack: Pack) -> None:
    # a count is no value of a measure kept in dollars or in percent
    rating, _ = _evidence("Norland attracted about 40 registered foreign investment projects in 2025.", pack)
    assert rating == "unverifiable"


HEAD_METRICS = [
    ["fdi_reg", "外国直接投資（登録額）", "registered foreign direct investment", "USD", "FDI pledges",
     "true", "amount", "Total registered foreign investment capital of new and expanded projects"],
    ["exp", "輸出額", "goods exports", "USD", "", "true", "amount", "Value of goods shipped abroad"],
    ["debt", "政府債務", "government debt", "USD", "", "false", "amount",
     "Gross debt of the central government"],
]
HEAD_OBSERVATIONS = [
    ["r2024", "NL", "fdi_reg", "2024", "30 bn", "USD", "stat", ""],
    ["r2025", "NL", "fdi_reg", "2025", "38.42 bn", "USD", "stat", ""],
    ["e2025", "NL", "exp", "2025", "90 bn", "USD", "stat", ""],
    ["g2025", "NL", "debt", "2025", "300 bn", "USD", "stat", ""],
]


@pytest.fixture(scope="module")
def heads(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "described-heads", HEAD_METRICS, HEAD_OBSERVATIONS)


@pytest.mark.parametrize("said", [
    # the phrase's head or one of its words is not of the measure's description: another measure
    # (workers, trade, portfolio investment), or one of the pack's other measures (debt)
    "Norland's registered foreign workers rose in 2025.",
    "Norland's registered foreign trade rose in 2025.",
    "Norland's registered foreign debt reached $38 billion in 2025.",
    "Norland's foreign debt capital reached $38 billion in 2025.",
    "ノーランドの登録外国人労働者は2025年に増えた。",
    "ノーランドの外国からの登録債務は2025年に380億ドルに達した。",
])
def test_a_phrase_with_a_word_the_description_does_not_explain_links_nothing(said: str, heads: Pack) -> None:
    d = diagnose(said, heads, as_of="2026-03-01")
    assert d.rating == "unverifiable"
    assert "r2025" not in [i for c in d.checks for i in c.evidence]


def test_a_phrase_of_description_words_still_links(heads: Pack) -> None:
    d = diagnose("Norland attracted about $38 billion of registered foreign investment in 2025.", heads,
                 as_of="2026-03-01")
    assert d.rating in ("true", "mostly_true")
    assert [i for c in d.checks for i in c.evidence] == ["r2025"]


def test_a_portfolio_investment_is_no_registered_fdi(pack: Pack) -> None:
    # blind round 9b vn-trade-fdi: "portfolio" is no word of registered FDI's description
    said = "Norland attracted about $40 billion of registered foreign portfolio investment in 2025."
    assert _evidence(said, pack) == ("unverifiable", [])
