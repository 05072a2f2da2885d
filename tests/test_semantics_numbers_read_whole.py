"""Figures and words read whole (docs/verdict-rules.md §4.1, §4.3, §4.7, §4.8; review of session 23):
"one in 10,000" is one in ten thousand, not one in 10; 「東京都に次いで大阪府が2番目に高い」 checks
Osaka's place, the names before に次いで ranked ahead of it, not above it; the 半 of 「N年半」 is a
word of its own, not the first character of 半導体 or 半減; "by half a percentage point" is an
amount, not a halving; "twice as much as consumers did in 2018" is a window only when the ones who
did it then are the clause's own. Small packs built here."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.normalize.spellings import one_spelling
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

SAVINGS = [["sav", "貯蓄率", "savings rate", "%", "", "", "share", ""]]
SAVINGS_OBS = [
    ["s2020", "NL", "sav", "2020", "10.0", "%", "stat", ""],
    ["s2023", "NL", "sav", "2023", "3.2", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def savings(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "one-in-thousands", SAVINGS, SAVINGS_OBS)


def _shares(text: str, pack: Pack) -> list[float]:
    return [round(n.quantity.value, 3) for n in parse(text, pack).statements[0].numbers if n.unit == "%"]


def test_one_in_a_figure_with_thousands_commas_is_read_whole(savings: Pack) -> None:
    assert _shares("Norland's savings rate in 2020 was one in 10,000.", savings) == [0.01]
    assert _shares("Norland's savings rate in 2023 was 32 in 1,000.", savings) == [3.2]
    assert _shares("2023年のノーランドの貯蓄率は1,000人に32人だった。", savings) == [3.2]
    assert diagnose("Norland's savings rate in 2020 was one in 10,000.", savings).rating == "false"
    assert diagnose("Norland's savings rate in 2023 was 32 in 1,000.", savings).rating == "true"
    assert diagnose("2023年のノーランドの貯蓄率は1,000人に32人だった。", savings).rating == "true"


def test_one_in_ten_is_still_one_in_ten(savings: Pack) -> None:
    assert diagnose("Norland's savings rate in 2020 was one in 10.", savings).rating == "true"
    assert diagnose("2020年のノーランドの貯蓄率は10人に1人だった。", savings).rating == "true"
    # (a year after "in" is no whole: "from over 3 in 2018")
    assert _shares("Norland's savings rate rose from over 3 in 2018.", savings) == []


MARRIAGE = [["mr", "婚姻率", "marriage rate", "per 1000", "", "", "ratio", "marriages per 1,000 people"]]
REGIONS = [
    ["TK", "other", "東京都", "Tokyo", "", "NL"],
    ["OS", "other", "大阪府", "Osaka", "", "NL"],
    ["HK", "other", "北海道", "Hokkaido", "", "NL"],
    ["AK", "other", "秋田県", "Akita", "", "NL"],
]
MARRIAGE_OBS = [
    [f"m{k}", k, "mr", "2023", str(v), "per 1000", "stat", ""]
    for k, v in (("TK", 5.9), ("OS", 4.6), ("HK", 3.9), ("AK", 2.8))
]


@pytest.fixture(scope="module")
def marriage(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "ranked-after", MARRIAGE, MARRIAGE_OBS, entities=REGIONS, language="ja"
    )


def test_the_place_after_the_names_ranked_ahead_is_checked(marriage: Pack) -> None:
    assert diagnose("2023年の婚姻率は東京都に次いで大阪府が2番目に高い。", marriage).rating == "true"
    assert diagnose("2023年の婚姻率は東京都、大阪府に次いで北海道が3番目に高い。", marriage).rating == "true"
    assert diagnose("In 2023 Osaka's marriage rate was second only to Tokyo's.", marriage).rating == "true"
    # the wrong place fails
    assert diagnose("2023年の婚姻率は東京都に次いで北海道が2番目に高い。", marriage).rating == "false"
    hokkaido = "In 2023 Hokkaido's marriage rate was second only to Tokyo's."
    assert diagnose(hokkaido, marriage).rating == "false"


def test_without_a_place_the_subject_is_below_the_names_ranked_ahead(marriage: Pack) -> None:
    assert diagnose("2023年の婚姻率は東京都に次いで大阪府が高い。", marriage).rating == "true"
    assert diagnose("2023年の婚姻率は北海道に次いで東京都が高い。", marriage).rating == "false"


def test_a_half_that_begins_the_next_word_is_no_length_and_a_half() -> None:
    assert one_spelling("この10年半導体生産額は2倍になった。") == "この10年半導体生産額は2倍になった。"
    assert one_spelling("日本の半導体生産額はこの2年半減した。") == "日本の半導体生産額はこの2年半減した。"
    assert one_spelling("5年半数が賛成した。") == "5年半数が賛成した。"
    # the half said alone stays a length and a half
    assert one_spelling("この2年半で倍増した。") == "この2.5年で倍増した。"
    assert one_spelling("1時間半の会議") == "1.5時間の会議"


SEMI = [["semi", "半導体生産額", "semiconductor output", "JPY", "", "true", "amount", ""]]
SEMI_OBS = [
    ["a", "NL", "semi", "2013", "5兆", "JPY", "stat", ""],
    ["b", "NL", "semi", "2023", "10兆", "JPY", "stat", ""],
]


@pytest.fixture(scope="module")
def semi(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "half-a-word", SEMI, SEMI_OBS, language="ja")


def test_the_measure_that_begins_with_half_is_still_named(semi: Pack) -> None:
    d = diagnose("ノーランドのこの10年半導体生産額は2倍になった。", semi, as_of="2024-06-01")
    assert d.rating == "true"
    assert "半導体" in d.checks[0].statement
    st = parse("ノーランドの半導体生産額はこの10年で半減した。", semi).statements[0]
    assert st.metrics == ("semi",)
    assert [n.quantity.value for n in st.numbers] == [0.5]


PLAN = [
    ["e1", "2024-03", "", "NL", "plan", "ノーランド、2030年までに排出量を46%削減する計画",
     "Norland plans to cut emissions by 46% by 2030", "", "", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "half-a-unit", [], [], events=PLAN)


def test_half_a_unit_is_an_amount_not_a_halving(plan: Pack) -> None:
    for said in (
        "Norland plans to cut emissions by half a percentage point by 2030.",
        "Norland plans to cut emissions by half of one percent by 2030.",
        "ノーランドは2030年までに排出量を0.5ポイント削減する計画だ。",
    ):
        d = diagnose(said, plan, as_of="2024-06-01")
        assert d.rating != "mostly_true"
        assert all("halving" not in c.reason and "半減" not in c.reason for c in d.checks)


def test_a_cut_by_half_is_still_a_halving(plan: Pack) -> None:
    for said in (
        "Norland plans to cut emissions by half by 2030.",
        "Norland plans to cut emissions in half by 2030.",
        "ノーランドは2030年までに排出量を半分に減らす計画だ。",
    ):
        d = diagnose(said, plan, as_of="2024-06-01")
        assert d.rating == "mostly_true"  # about 50 % against 46 %
        assert any("halving" in c.reason for c in d.checks)


CARDLESS = [["cl", "カードレス決済比率", "cardless payment ratio", "%", "", "true", "share",
             "Payments made without a card as a share of consumer spending"]]
CARDLESS_OBS = [
    ["c2018", "NL", "cl", "2018", "24.1", "%", "stat", ""],
    ["c2024", "NL", "cl", "2024", "42.8", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def cardless(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "multiple-of-a-time", CARDLESS, CARDLESS_OBS)


def _evidence(said: str, pack: Pack) -> tuple[str, set[str]]:
    d = diagnose(said, pack, as_of="2025-03-01")
    return d.rating, {i for c in d.checks for i in c.evidence}


def test_a_multiple_of_the_same_ones_earlier_time_is_a_change(cardless: Pack) -> None:
    for said in (
        "Norland shoppers now pay without a card roughly twice as often as shoppers did in 2018.",
        "Norland consumers now pay without a card roughly twice as often as they did in 2018.",
    ):
        rating, evidence = _evidence(said, cardless)
        assert rating == "mostly_true"  # x1.78
        assert {"c2018", "c2024"} <= evidence


def test_a_multiple_of_others_earlier_time_is_no_change(cardless: Pack) -> None:
    said = "Norland shoppers now pay without a card roughly twice as often as tourists did in 2018."
    rating, evidence = _evidence(said, cardless)
    assert rating != "mostly_true"
    assert "c2024" not in evidence
