"""The measure a figure is of, when the clause names two (docs/verdict-rules.md §4.13, "The head of the
measure's noun phrase"): a name that only modifies another's (「ローンの延滞率」, "the delinquency rate
on student loans") or names the whole a part is taken from (「受診者のうち、死亡が…」, "Of the people
seen at clinics, …") stays linked behind the head; a part of a whole said by a nameless clause ("More
than half of the people seen … were 75 or older") is the pack's share measure; and a change the head
has no value for is not measured on a later measure of another unit or kind. Blind round 18
jp-heatstroke t_deaths_2018, t_elderly_2024, m_elderly_2025, f_under_half_2024; round 18d
us-student-loans worse-than-covid-ja."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["visits", "診療所の受診者数", "Clinic visits", "persons", "受診者;people seen at clinics", "", "count",
     ""],
    ["died", "受診者のうち到着時死亡", "Clinic patients dead on arrival", "persons", "死者;死亡者;deaths", "",
     "count", ""],
    ["senior", "受診者に占める75歳以上の割合", "Share of clinic visits aged 75 or older", "%",
     "高齢者の割合;aged 75 or older", "", "share", "Persons aged 75+ as a percent of all clinic visits."],
    ["balance", "学生ローン残高", "Student loan balance", "USD", "学生ローン;student loans", "", "amount",
     ""],
    # (lower is better, as the blind pack's: 「悪化」 is then a rise; unset, a bad word reads as a fall)
    ["late", "学生ローン90日以上延滞率", "Student loans 90+ days late", "%", "延滞率;delinquency rate",
     "false", "share", ""],
]
OBSERVATIONS = [
    ["v24", "NL", "visits", "2024", "90000", "persons", "stat", ""],
    ["d24", "NL", "died", "2024", "150", "persons", "stat", ""],
    ["s24", "NL", "senior", "2024", "57.4", "%", "stat", ""],
    ["b19a", "NL", "balance", "2019-Q2", "1.48e12", "USD", "stat", ""],
    ["b19b", "NL", "balance", "2019-Q4", "1.51e12", "USD", "stat", ""],
    ["b25", "NL", "balance", "2025-Q4", "1.66e12", "USD", "stat", ""],
    ["l19", "NL", "late", "2019-Q2", "10.8", "%", "stat", ""],
    ["l25", "NL", "late", "2025-Q4", "9.6", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "measure-head", METRICS, OBSERVATIONS, language="ja")


def _used(said: str, pack: Pack, as_of: str = "2026-02-01") -> tuple[str, set[str]]:
    d = diagnose(said, pack, as_of=as_of)
    return d.rating, {i for c in d.checks for i in c.evidence}


@pytest.mark.parametrize(("said", "rating"), [
    ("More than half of the people seen at clinics in 2024 were 75 or older.", "true"),
    ("Fewer than half of the people seen at clinics in 2024 were 75 or older.", "false"),
    ("About 57% of the people seen at clinics in 2024 were 75 or older.", "true"),
])
def test_a_nameless_part_of_a_whole_is_the_share(pack: Pack, said: str, rating: str) -> None:
    got, used = _used(said, pack)
    assert used == {"s24"}, said
    assert got == rating or (rating == "false" and got == "mostly_false"), said


@pytest.mark.parametrize("said", [
    "2024年の受診者のうち、死亡が確認されたのは150人だった。",
    "Of the people seen at clinics in 2024, 150 deaths were recorded.",
])
def test_the_part_not_the_whole(pack: Pack, said: str) -> None:
    assert _used(said, pack) == ("true", {"d24"}), said


@pytest.mark.parametrize("said", [
    "2024年の受診者は9万人だった。",
    "The people seen at clinics numbered 90,000 in 2024.",
])
def test_the_whole_said_alone_is_the_measure(pack: Pack, said: str) -> None:
    # negative: a whole with no part is the measure of its figure
    assert _used(said, pack) == ("true", {"v24"}), said


@pytest.mark.parametrize("said", [
    "学生ローンの延滞率は2025年第4四半期に9.6%だった。",
    "The delinquency rate on student loans was 9.6% in the fourth quarter of 2025.",
])
def test_the_head_noun_is_the_measure(pack: Pack, said: str) -> None:
    assert _used(said, pack) == ("true", {"l25"}), said


def test_the_modifier_said_alone_is_the_measure(pack: Pack) -> None:
    # negative: 学生ローン heads its own phrase here
    assert _used("学生ローンは2025年第4四半期に1.66兆ドルだった。", pack) == ("true", {"b25"})


@pytest.mark.parametrize("said", [
    "学生ローンの延滞率は今や2019年より悪化している。",
    "The delinquency rate on student loans is now worse than in 2019.",
])
def test_no_change_of_the_head_is_read_on_another_dimension(pack: Pack, said: str) -> None:
    # the balance's rise over 2019 settles nothing; 「2019年より」 sets now against 2019 (§4.16), so the
    # rate's own window (10.8 % → 9.6 %, no worse) is read: not true either way
    rating, used = _used(said, pack)
    assert rating != "true" and not used & {"b19a", "b19b", "b25"}, said


# A sum as the object of a verbal noun with する is the amount of the act, on the measure the verbal
# noun names (blind round 18d us-student-loans forgive-200-ja: 「約2,000億ドルの学生ローンを免除した」
# had been checked on the balance, false; the forgiven total is 1,888億ドル)
VERB_METRICS = [
    ["debt", "学生ローン残高", "Student loan balance", "USD", "学生ローン;student loans", "", "amount", ""],
    ["relief", "債務免除累計額", "Cumulative student debt relief", "USD", "債務免除;免除額;loan forgiveness",
     "", "amount", ""],
    ["plan", "一括免除計画の免除規模", "Planned one-time cancellation", "USD", "", "", "amount", ""],
]
VERB_OBSERVATIONS = [
    ["d25", "NL", "debt", "2025-Q4", "1.66e12", "USD", "stat", ""],
    ["r25", "NL", "relief", "2025-01", "188.8e9", "USD", "stat", ""],
    ["p22", "NL", "plan", "2022", "430e9", "USD", "stat", ""],
]


@pytest.fixture(scope="module")
def verb_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "verb-measure", VERB_METRICS, VERB_OBSERVATIONS, language="ja")


def test_the_verb_names_the_measure(verb_pack: Pack) -> None:
    got, used = _used("ノーランドは約1,900億ドルの学生ローンを免除した。", verb_pack, "2025-02-01")
    assert (got, used) == ("true", {"r25"})


def test_a_verb_no_measure_has_leaves_the_named_one(verb_pack: Pack) -> None:
    # negative: 増加 names no measure here; the balance named stays the measure
    said = "ノーランドの学生ローン残高は2025年第4四半期に1.66兆ドルに増加した。"
    assert _used(said, verb_pack, "2026-02-01") == ("true", {"d25"})


# A fraction "of the 42 million borrowers": the whole is a count said before its noun (the number's
# role ``whole``); the fraction is a share of it, from the pack's counts, not two values compared
# (blind round 18d us-student-loans quarter-default, a wrong true: 5.3 of 42 million is 12.6 %)
PART_METRICS = [
    ["borrowers", "連邦学生ローン借り手数", "Federal student loan borrowers", "count", "borrowers", "",
     "count", ""],
    ["in_default", "デフォルト中の借り手数", "Federal borrowers in default", "count", "in default", "false",
     "count", ""],
]
PART_OBSERVATIONS = [
    ["fb", "NL", "borrowers", "2025-05", "42000000", "count", "stat", ""],
    ["bd", "NL", "in_default", "2025-05", "5300000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def part_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "part-counted", PART_METRICS, PART_OBSERVATIONS)


@pytest.mark.parametrize(("said", "side"), [
    ("More than a quarter of the 42 million federal student loan borrowers in Norland are in default.",
     "false"),
    ("About one in eight of the 42 million federal student loan borrowers in Norland are in default.",
     "true"),
])
def test_a_fraction_of_a_counted_whole_is_a_share(part_pack: Pack, said: str, side: str) -> None:
    got, used = _used(said, part_pack, "2025-12-01")
    assert used == {"fb", "bd"}, said
    assert got in (("false", "mostly_false") if side == "false" else ("true", "mostly_true")), said


def test_the_verb_names_the_measure_of_its_object_after_the_sum(verb_pack: Pack) -> None:
    # the sum floated after the object: the same act
    got, used = _used("ノーランドは学生ローンを約1,900億ドル免除した。", verb_pack, "2025-02-01")
    assert (got, used) == ("true", {"r25"})


# The verbal noun names the measure only for the act's own object, and only when the act's measure is one
# of that thing; a measure named otherwise wins, and a verbal noun that reports a figure names none
# (review H3: 「国防費に500ユーロを支出した」 had been read on government spending, 500, a wrong true)
SPEND_METRICS = [
    ["def", "国防費", "Defence spending", "EUR", "国防費", "", "amount", ""],
    ["gov", "政府支出", "Government expenditure", "EUR", "政府支出", "", "amount", ""],
    ["exp", "輸出額", "Exports", "EUR", "輸出額;輸出", "", "amount", ""],
    ["rec", "過去最高記録額", "Record amount", "EUR", "記録額", "", "amount", ""],
]
SPEND_OBSERVATIONS = [
    ["d24", "NL", "def", "2024", "400", "EUR", "stat", ""],
    ["g24", "NL", "gov", "2024", "500", "EUR", "stat", ""],
    ["e24", "NL", "exp", "2024", "300", "EUR", "stat", ""],
    ["r24", "NL", "rec", "2024", "999", "EUR", "stat", ""],
]


@pytest.fixture(scope="module")
def spend_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "verb-spend", SPEND_METRICS, SPEND_OBSERVATIONS, language="ja")


@pytest.mark.parametrize(("said", "rating"), [
    ("2024年、ノーランドは国防費に500ユーロを支出した。", "false"),
    ("2024年、ノーランドは国防費に400ユーロを支出した。", "true"),
    ("2024年、ノーランドは500ユーロの国防費を支出した。", "false"),
    ("2024年、ノーランドは国防費を400ユーロ支出した。", "true"),
])
def test_the_named_measure_beats_the_verb(spend_pack: Pack, said: str, rating: str) -> None:
    got, used = _used(said, spend_pack, "2025-12-01")
    assert used == {"d24"}, said
    assert got == rating or (rating == "false" and got == "mostly_false"), said


@pytest.mark.parametrize("said", ["2024年、ノーランドの輸出額は999ユーロを記録した。",
                                  "2024年、ノーランドの輸出は999ユーロを記録した。"])
def test_a_reporting_verb_names_no_measure(spend_pack: Pack, said: str) -> None:
    got, used = _used(said, spend_pack, "2025-12-01")
    assert got != "true" and "r24" not in used, said
