"""Plans read the right way (docs/verdict-rules.md §4.3), in Japanese and English, on a small pack
about Norland's waiting lists and visitors:

- the date of a plan (達成時期, 期限, "deadline") is a noun of the plan: postponing it is the act a
  plan event reports (blind round 13 care t7: false → true);
- 「ゼロを達成した」 claims the value 0 (round 13 care f5: unverifiable → false);
- 「見込んでいた」, "had expected" is a past expectation, set against the plan events, and a plan
  titled with another year ranks below the plan of the year said (round 13d th-tourism
  target2025_35m)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["waiting", "待機児童数", "waiting children", "count", "待機児童", "false",
     "amount", ""],
    ["visitors", "外国人旅行者数", "foreign visitors", "count", "外国人旅行者;foreign visitors", "true",
     "amount", ""],
]
ENTITIES = [["north", "other", "北部州", "North Province", "", "NL"]]
OBSERVATIONS = [
    ["w-n-2025", "north", "waiting", "2025-04", "335", "count", "stat", ""],
    ["w-nl-2025", "NL", "waiting", "2025-04", "2567", "count", "stat", ""],
    ["v-2025", "NL", "visitors", "2025", "32970000", "count", "stat", ""],
]
E = ["", "", "stat"]
EVENTS = [
    ["e-delay", "2017-05-31", "", "NL", "plan", "首相が待機児童ゼロ目標を2017年度末から2020年度末へ3年先送り",
     "PM postpones the zero-waiting-list target by three years to the end of FY2020", *E, "3", ""],
    ["e-t2024", "2024", "", "NL", "plan", "2024年の外国人旅行者目標3500万人",
     "Target of 35 million foreign visitors for 2024", "35000000", "count", "stat", "2", ""],
    ["e-t2025", "2025", "", "NL", "plan", "政府は2025年に3900万人の外国人旅行者を見込む",
     "Government expects 39 million foreign visitors in 2025", "39000000", "count", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "plans-read", METRICS, OBSERVATIONS, entities=ENTITIES, events=EVENTS,
                      language="ja")


def test_the_date_of_a_plan_is_a_noun_of_the_plan(pack: Pack) -> None:
    ja = diagnose("政府は2017年5月、待機児童ゼロの達成時期を2017年度末から2020年度末へ3年先送りした。", pack,
                  as_of="2025-09-30")
    assert ja.rating == "true"
    en = diagnose("In May 2017 Norland pushed back the deadline for eliminating waiting lists from the "
                  "end of fiscal 2017 to the end of fiscal 2020.", pack, lang="en", as_of="2025-09-30")
    assert en.rating == "true"


def test_a_zero_achieved_is_the_value_nought(pack: Pack) -> None:
    assert diagnose("北部州は2025年4月に待機児童ゼロを達成した。", pack, as_of="2025-09-30").rating == "false"
    assert diagnose("North Province achieved zero waiting children in April 2025.", pack, lang="en",
                    as_of="2025-09-30").rating == "false"


def test_a_past_expectation_is_a_plan(pack: Pack) -> None:
    ja = diagnose("ノーランドは2025年に3900万人の外国人旅行者を見込んでいた。", pack, as_of="2026-01-10")
    assert ja.rating == "true"
    assert diagnose("ノーランドは2025年に4500万人の外国人旅行者を見込んでいた。", pack,
                    as_of="2026-01-10").rating in ("false", "mostly_false")
    en = diagnose("Norland had expected 39 million foreign visitors in 2025.", pack, lang="en",
                  as_of="2026-01-10")
    assert en.rating == "true"
    # what actually came about is the outcome, not a detail of the plan: the plan's 39 million holds,
    # the outcome's 45 million fails on the 32.97 million visitors counted (§4.3, one of two: half true)
    both = diagnose("ノーランドは2025年に3900万人の外国人旅行者を見込んでいたが、"
                    "実際には4500万人にとどまった。", pack, as_of="2026-01-10")
    assert both.rating == "half_true"
    plan, outcome = both.checks
    assert (plan.kind, plan.result, plan.evidence) == ("plan", "holds", ["e-t2025"])
    assert (outcome.kind, outcome.result, outcome.evidence) == ("metric", "fails", ["v-2025"])
    assert [n.found for n in outcome.numbers] == [32970000.0]


def test_a_goal_of_eliminating_said_met_is_the_value_nought(pack: Pack) -> None:
    met = diagnose("Norland met its goal of eliminating waiting children in April 2025.", pack, lang="en",
                   as_of="2025-09-30")
    assert met.rating == "false"
    # a goal said missed is the achievement denied (§4.3, a target missed): the nought is compared
    # against the 2,567 waiting and the miss holds, in both languages
    goal = "its goal of eliminating waiting children in April 2025."
    for said, lang in ((f"Norland missed {goal}", "en"), (f"Norland failed to meet {goal}", "en"),
                       (f"Norland fell short of {goal}", "en"),
                       ("ノーランドは2025年に3900万人の外国人旅行者の目標を達成できなかった。", "ja")):
        missed = diagnose(said, pack, lang=lang, as_of="2025-09-30")
        assert missed.rating == "true", said
        assert [n.found for c in missed.checks for n in c.numbers] in ([2567.0], [32970000.0]), said
    # a miss denied ("did not miss") is the goal met: false on the same figure
    assert diagnose("Norland did not miss its goal of eliminating waiting children in April 2025.", pack,
                    lang="en", as_of="2025-09-30").rating == "false"


def test_a_target_missed_against_a_plan_alone_is_unknown(pack: Pack) -> None:
    # the pack holds the 2024 visitor target but no outturn for 2024: a miss is not shown
    for said in ("Norland missed its target of 35 million foreign visitors in 2024.",
                 "ノーランドは2024年の外国人旅行者3500万人の目標を達成できなかった。",
                 "ノーランドは2025年の外国人旅行者の目標に届かなかった。"):
        assert diagnose(said, pack, as_of="2026-01-10").rating == "unverifiable", said
    # a figure near the target says nothing of which side the outturn fell (2025: 32.97 million)
    assert diagnose("Norland missed its target of 34 million foreign visitors in 2025.", pack,
                    as_of="2026-01-10").rating == "unverifiable"
    assert diagnose("Norland missed its target of 39 million foreign visitors in 2025.", pack,
                    as_of="2026-01-10").rating == "true"
    # 「2兆円に届かなかった」 is a number's bound, not a target missed: read with the number; with the
    # target named in apposition (「政府目標の2兆円に」) the figure is the target's (§4.3)
    from shingi.pipeline import lexicon as lx

    assert lx.missed_target("輸出額は2兆円に届かなかった") is None
    assert lx.missed_target("輸出額は政府目標の2兆円に届かなかった") is not None
    assert lx.missed_target("輸出額は政府目標に届かなかった") is not None
    assert lx.missed_target("コメ輸入量は1万トンにも届かなかった") is None


def test_a_goal_of_eliminating_is_met_only_by_its_own_clause(pack: Pack) -> None:
    # review finding 17: "achieved" in another clause does not say the goal met
    from shingi.pipeline.parse import parse

    def noughts(text: str) -> list[float]:
        return [n.quantity.value for st in parse(text, pack).statements for n in st.numbers]

    met = "North Province met its goal of eliminating waiting children in April 2025."
    assert noughts(met) == [0.0]
    assert 0.0 not in noughts("North Province abandoned its goal of eliminating waiting children in "
                              "April 2025, though it achieved a fall.")
    assert 0.0 not in noughts("North Province achieved a fall and abandoned its goal of eliminating waiting "
                              "children in April 2025.")
    # 「ゼロを達成」 is the value 0; a goal of zero given up is not
    assert 0.0 in noughts("北部州は2025年4月に待機児童ゼロを達成した。")
    # the pack holds no event of giving a goal up, and no nought is compared: unverifiable
    given_up = diagnose("北部州は2025年4月に待機児童ゼロの目標を断念したが、減少は達成した。", pack,
                        as_of="2025-09-30")
    assert given_up.rating == "unverifiable"
    assert [n for c in given_up.checks for n in c.numbers] == []


def test_actually_alone_is_no_outturn(tmp_path_factory: pytest.TempPathFactory) -> None:
    # review finding 16: "actually", "in fact", 実際は are the outcome only after a plan's clause;
    # on their own a target the pack holds still settles the plan
    from shingi.pipeline import lexicon as lx

    metrics = [["tgt", "排出量目標", "emissions target", "Mt", "排出量;排出;emissions", "false", "amount",
                ""]]
    obs = [["t2030", "NL", "tgt", "2030", "300", "Mt", "stat", ""]]
    p = small_pack(tmp_path_factory, "outturn-words", metrics, obs, language="ja")
    plan = diagnose("Norland actually plans to cut emissions to 300 Mt by 2030.", p, lang="en")
    assert plan.rating == "true"
    aim = diagnose("In fact, Norland aims to cut emissions to 500 Mt by 2030.", p, lang="en")
    assert aim.rating == "false"
    assert not lx.has(lx.OUTTURN, "ノーランドは実際は2030年までに排出量を500Mtに減らすことを目指す")
    assert lx.has(lx.OUTTURN_CONTRAST, "実際には4500万人にとどまった")


def test_a_past_expectation_denied(pack: Pack) -> None:
    # review finding 18: "had not expected" is the negated expectation, not a value said
    for claim in ("Norland had not expected 39 million foreign visitors in 2025.",
                  "Norland hadn't expected 39 million foreign visitors in 2025.",
                  "ノーランドは2025年に3900万人の外国人旅行者を見込んでいなかった。"):
        assert diagnose(claim, pack, as_of="2026-01-10").rating == "false", claim


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        # the 2024 plan is 35 million; 39 million is the 2025 expectation (session 14 review 3)
        ("ノーランドは2024年に3900万人の外国人旅行者を見込んでいた。", "false"),
        ("Norland had expected 39 million foreign visitors in 2024.", "false"),
        ("ノーランドは2024年に3500万人の外国人旅行者を見込んでいた。", "true"),
    ],
)
def test_a_plan_of_the_year_said_wins_over_another_years(pack: Pack, said: str, rating: str) -> None:
    assert diagnose(said, pack, as_of="2026-01-10").rating == rating
