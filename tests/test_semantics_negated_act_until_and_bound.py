"""A negated act in a window, the forms review session 28 found (docs/verdict-rules.md §4.2, a negated
act in a window; §4.1, a window that ends at a year): a window closed by two periods ("between 2015
and 2020", "from FY2015 to FY2022", 「2015年から2020年まで」) is read whole, not as its first period (R12,
R32); "did not raise X until T" says the act was first done at T (R22); a negated act with a bound
("did not raise … above 4% in 2022") is refuted only by an act past the bound (R27), a body of the
country speaking for it (「ノーランド中銀」 read as the country, R28)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["gov", "government", "ノーランド政府", "Norland government", "the government", "NL"],
    ["cb", "organization", "ノーランド中央銀行", "Norland central bank", "central bank", "NL"],
]
EVENTS = [
    ["t0", "2012-04-01", "", "gov", "policy", "ノーランド政府が防衛予算を承認",
     "Norland government approves defence budget", "", "", "stat", "2", ""],
    ["t1", "2019-10-01", "", "gov", "policy", "ノーランド政府が消費税を10%に引き上げ",
     "Norland government raises consumption tax to 10%", "", "", "stat", "3", ""],
    ["t2", "2024-05-01", "", "gov", "policy", "ノーランド政府が子育て支援策を決定",
     "Norland government adopts childcare package", "", "", "stat", "2", ""],
    ["r1", "2022-05-01", "", "cb", "policy", "ノーランド中銀、政策金利を0.35%に引き上げ",
     "Norland central bank raises policy rate to 0.35%", "0.35", "%", "stat", "2", ""],
    ["r2", "2023-11-01", "", "cb", "policy", "ノーランド中銀、政策金利を4.35%に引き上げ",
     "Norland central bank raises policy rate to 4.35%", "4.35", "%", "stat", "3", ""],
    ["r3", "2024-08-01", "", "cb", "policy", "ノーランド中銀、政策金利を3.5%に引き下げ",
     "Norland central bank cuts policy rate to 3.5%", "3.5", "%", "stat", "3", ""],
]
METRICS = [["lvl", "政府債務", "government debt", "EUR", "debt;債務", "false", "amount", ""]]
OBSERVATIONS = [[f"d{y}", "NL", "lvl", f"FY{y}", f"{100 + y - 2015} bn", "EUR", "stat", ""]
                for y in range(2015, 2023)]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "negated-until", METRICS, OBSERVATIONS, entities=ENTITIES,
                      events=EVENTS)


@pytest.mark.parametrize(("claim", "expected"), [
    # R12: the act dated inside a window the claim closes refutes it, in both languages
    ("The Norland government did not raise the consumption tax between 2015 and 2020.", "false"),
    ("ノーランド政府は2015年から2020年まで消費税を引き上げなかった。", "false"),
    ("The Norland government did not raise the consumption tax from 2015 to 2020.", "false"),
    # negative: its own one period keeps the usual reading
    ("The Norland government did not raise the consumption tax in 2019.", "false"),
])
def test_a_closed_window_is_read_whole(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of="2025-01-01").rating == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # R22: "not … until T" — the act first done at T holds it
    ("The Norland government did not raise the consumption tax until 2019.", "true"),
    ("The Norland government did not raise the consumption tax until October 2019.", "true"),
    ("ノーランド政府は2019年まで消費税を引き上げなかった。", "true"),
    # negatives: the act first done before or after T refutes it
    ("The Norland government did not raise the consumption tax until 2021.", "false"),
    ("The Norland government did not raise the consumption tax until 2018.", "false"),
    ("ノーランド政府は2021年まで消費税を引き上げなかった。", "false"),
])
def test_not_until_is_the_act_first_done_then(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of="2025-01-01").rating == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # R27: an act in the window that does not pass the bound is not the act denied
    ("The Norland central bank did not raise its policy rate above 4% in 2022.", "true"),
    ("ノーランド中央銀行は2022年に政策金利を4%超に引き上げなかった。", "true"),
    # negative: an act past the bound in the window refutes it
    ("The Norland central bank did not raise its policy rate above 4% in 2023.", "false"),
    ("ノーランド中央銀行は2023年に政策金利を4%超に引き上げなかった。", "false"),
    # R28: a window from 2020 to now, the bank said as 中銀 (read as its country)
    ("ノーランド中銀は2020年以降、政策金利を4%超に引き上げていない。", "false"),
    ("The Norland central bank has not raised its policy rate above 4% since 2020.", "false"),
    # negative: no act past a higher bound
    ("ノーランド中銀は2020年以降、政策金利を5%超に引き上げていない。", "true"),
])
def test_a_negated_act_with_a_bound(pack: Pack, claim: str, expected: str) -> None:
    assert diagnose(claim, pack, as_of="2025-01-01").rating == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # R32: a range of fiscal years with a never is a window, not a change
    ("Norland's government debt has never fallen below 100 billion euros from FY2015 to FY2022.", "true"),
    ("Norland's government debt never fell below 100 billion euros between FY2015 and FY2022.", "true"),
    ("ノーランドの政府債務は2015年度から2022年度まで一度も1000億ユーロを下回らなかった。", "true"),
    # every period of the window, the figure as said
    ("Norland's government debt was at least 100 billion euros in every year from FY2015 to FY2022.", "true"),
    ("ノーランドの政府債務は2015年度から2022年度まで毎年1000億ユーロ以上だった。", "true"),
    # negative: the one value past the bound fails it (false, or mostly false by the near-miss rule)
    ("Norland's government debt has never exceeded 105 billion euros from FY2015 to FY2022.", "not true"),
    ("ノーランドの政府債務は2015年度から2022年度まで毎年1030億ユーロ以上だった。", "not true"),
    # negative: a change verb keeps the change reading (100 -> 107)
    ("Norland's government debt rose from FY2015 to FY2022.", "true"),
    ("Norland's government debt fell from FY2015 to FY2022.", "false"),
])
def test_a_fiscal_year_range_of_a_never_is_a_window(pack: Pack, claim: str, expected: str) -> None:
    rating = diagnose(claim, pack, as_of="2023-06-01").rating
    assert rating in ("false", "mostly_false") if expected == "not true" else rating == expected
