"""Polarity-flip families (docs/unverifiable-causes.md, "Polarity flips by family";
docs/verdict-rules.md §4.13): each test asserts one rule on a small pack built here, in Japanese
or English, never a whole pack's rating. The blind and development claims each family comes from
are named in the docs."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

# --- changes of one series -------------------------------------------------------------------

CHANGE_METRICS = [
    ["absent", "不登校児童生徒数", "non-attending pupils", "count", "不登校;不登校の小中学生;non-attendance",
     "false", "count", ""],
    ["absent_new", "新規不登校児童生徒数", "newly non-attending pupils", "count",
     "新たに不登校になった小中学生", "false", "count", ""],
    ["absent_rate_js", "不登校生徒の割合（中学校）", "junior-high non-attendance share", "%",
     "中学生の不登校の割合", "false", "share", ""],
    ["unemp", "失業率", "unemployment rate", "%", "unemployment", "false", "share", ""],
    ["deaths", "交通事故死者数", "road deaths", "count", "死者数;road death toll", "false", "count", ""],
    ["nuclear_share", "発電電力量に占める原子力の割合", "nuclear share", "%", "原子力の比率", "",
     "share", ""],
    ["nonfossil_share", "発電電力量に占める非化石電源の割合", "non-fossil share", "%", "非化石電源の比率", "",
     "share", ""],
]
CHANGE_OBS = [
    *(
        [f"a{y}", "NL", "absent", str(y), str(v), "count", "stat", ""]
        for y, v in ((2018, 100), (2019, 120), (2020, 150), (2021, 180), (2022, 220), (2023, 260),
                     (2024, 300))
    ),
    ["n2024", "NL", "absent_new", "2024", "150", "count", "stat", ""],
    ["js2024", "NL", "absent_rate_js", "2024", "6.7", "%", "stat", ""],
    *(
        [f"u{q.replace('-', '')}", "NL", "unemp", q, v, "%", "stat", ""]
        for q, v in (("2013-Q1", "26.9"), ("2023-Q4", "12.0"), ("2024-Q1", "12.3"), ("2024-Q2", "11.3"),
                     ("2024-Q3", "11.2"), ("2024-Q4", "10.6"), ("2025-Q1", "10.5"), ("2025-Q2", "10.3"),
                     ("2025-Q3", "10.45"))
    ),
    *(
        [f"d{y}", "NL", "deaths", str(y), str(v), "count", "stat", ""]
        for y, v in ((2016, 3900), (2019, 3200), (2023, 2680), (2024, 2660), (2025, 2550))
    ),
    ["nu2023", "NL", "nuclear_share", "2023", "8.5", "%", "stat", ""],
    ["nf2023", "NL", "nonfossil_share", "2023", "31.4", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def changes(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "flip-changes", CHANGE_METRICS, CHANGE_OBS, language="ja")


def test_a_change_over_a_window_of_another_length_is_unknown(changes: Pack) -> None:
    # blind jp-futoko es-triple: 「たった4年で3倍」 held on six years (2018 -> 2024)
    # a window said by its length alone counts back from the latest value (§4.7), in both
    # languages (review M4): 2020 -> 2024, x2.0 for "tripled", never the six years from the
    # series' first value
    for claim in ("ノーランドの不登校はたった4年で3倍になった",
                  "Norland's non-attendance tripled in four years."):
        check = diagnose(claim, changes).checks[0]
        assert check.evidence == ["a2020", "a2024"] and check.result == "partly", claim


def test_a_change_whose_size_per_step_is_read_step_by_step(changes: Pack) -> None:
    # blind jp-futoko every-year-20: 「毎年2割以上のペースで」 held on the direction alone; it was
    # unknown until each step's change was read (checks/spans.py): now each step against 2割以上
    d = diagnose("ノーランドの不登校の小中学生はこの5年間、毎年2割以上のペースで増え続けている", changes,
                 as_of="2025-06")
    assert d.checks[0].result == "fails" and "2割以上" in d.checks[0].reason


def test_a_change_said_to_have_stopped_is_not_shown_by_the_change(changes: Pack) -> None:
    # blind jp-futoko stopped: 「増加に歯止めがかかった」 held on a rise from 2011 to 2024
    for claim in ("ノーランドの不登校の増加にはようやく歯止めがかかった",
                  "Norland's non-attendance has stopped rising."):
        assert diagnose(claim, changes, as_of="2025-06").checks[0].result != "holds", claim


def test_every_quarter_of_a_year_checks_each_step_into_it(changes: Pack) -> None:
    # blind spain-jobs every-quarter: held on Q3 -> Q4 alone; Q1 2024 rose from Q4 2023, so three
    # of the four steps fell: mostly false, the writer's rating (§4.7 a sequence of periods)
    d = diagnose("Norland's unemployment rate fell in every quarter of 2024.", changes)
    assert d.rating == "mostly_false" and "u2024Q1" in d.checks[0].evidence


def test_a_bare_number_after_to_is_the_level_reached(changes: Pack) -> None:
    # blind jp-traffic-deaths since2016_en: "to 2,547" was compared with the change (-1,357)
    d = diagnose("Norland's road death toll has fallen by about 35% since 2016, to 2,550 last year.", changes,
                 as_of="2026-02")
    compared = {(n.claimed, n.found) for c in d.checks for n in c.numbers}
    assert (2550, 2550) in compared and not any(n.claimed == 2550 and n.found == -1350
                                                  for c in d.checks for n in c.numbers)


def test_an_adjectival_noun_names_a_part_the_claim_does_not(changes: Pack) -> None:
    # blind jp-futoko record-2024: 「不登校だった小中学生」 was the new cases (新たに…になった)
    check = diagnose("2024年に不登校だった小中学生は300人だった", changes).checks[0]
    assert check.result == "holds" and check.evidence == ["a2024"]


def test_a_name_said_only_inside_a_longer_compound_is_not_said(changes: Pack) -> None:
    # blind jp-futoko one-in-26, ninety-days: 「小中学生」 took the junior-high share (中学生)
    said = diagnose("2024年、ノーランドの小中学生の15人に1人が不登校だった", changes).checks[0]
    assert "js2024" not in said.evidence
    junior = diagnose("2024年、ノーランドの中学生の15人に1人が不登校だった", changes).checks[0]
    assert junior.evidence == ["js2024"]


def test_a_fraction_a_fall_took_away_is_its_size(changes: Pack) -> None:
    # blind spain-jobs halved: "cut … by almost two-thirds" (26.9 % -> 10.45 %, a cut of 61 %)
    claim = "Norland has cut its unemployment rate by almost two-thirds since 2013."
    d = diagnose(claim, changes, as_of="2025-11")
    numbers = [n for c in d.checks for n in c.numbers if n.unit == "x"]
    assert numbers and all(abs(n.found - (1 - 10.45 / 26.9)) < 0.01 for n in numbers if n.found is not None)


def test_a_sharp_change_on_a_small_step_holds_only_in_part(changes: Pack) -> None:
    # blind spain-jobs q3-sharp: "rose sharply" on 10.29 % -> 10.45 %
    claim = "Norland's unemployment rate rose {}in the third quarter of 2025."
    check = diagnose(claim.format("sharply "), changes).checks[0]
    assert check.result == "partly" and check.credit == 0.5
    assert diagnose(claim.format(""), changes).checks[0].result == "holds"


def test_a_name_around_another_exact_name_is_not_named(changes: Pack) -> None:
    # blind jp-nuclear-restart nonfossil-30-first: 「原子力」…「比率」 took the nuclear share
    d = diagnose("2023年、再エネと原子力を合わせた非化石電源の比率は31.4%となった", changes)
    assert d.checks[0].result == "holds" and d.checks[0].evidence == ["nf2023"]


def test_a_comparison_base_before_a_comma_is_the_start_of_the_change(changes: Pack) -> None:
    # blind jp-traffic-deaths vs2019: 「2019年と比べると、」 was a clause of its own
    d = diagnose("2019年と比べると、2024年のノーランドの交通事故死者数は約2割減っている", changes)
    assert len(d.checks) == 1 and {"d2019", "d2024"} <= set(d.checks[0].evidence)


# --- plans and event figures -------------------------------------------------------------------

PLAN_ENTITIES = [["union", "organization", "組合連合", "Union Federation", "", "NL"]]
PLAN_EVENTS = [
    ["e1", "2025-02-18", "", "NL", "plan", "第7次エネルギー計画を閣議決定（2040年に原子力2割程度）",
     "Cabinet adopts the 7th energy plan (nuclear about 20% of the 2040 mix)", "", "", "stat", "3", ""],
    ["e3", "1984-12", "", "NL", "milestone", "1980年代の政権は就任後21か月で雇用をより大きく増やした",
     "Over 21 months of its first term the 1980s government added more jobs than the current one",
     "", "", "stat", "2", ""],
    ["e2", "2025-10-17", "", "union", "target",
     "組合連合の2026年方針: 全体で5%以上、中小組合で6%以上の賃上げを要求",
     "Union Federation 2026 policy: demand pay rises of at least 5% overall and at least 6% at small unions",
     "", "", "stat", "2", ""],
]
PLAN_METRICS = [
    ["arrivals_target", "一時滞在者の受け入れ目標", "temporary resident arrivals target", "count",
     "temporary resident arrivals", "", "count", ""],
]
PLAN_OBS = [
    ["t2025", "NL", "arrivals_target", "2025", "673650", "count", "stat", ""],
    ["t2026", "NL", "arrivals_target", "2026", "385000", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "flip-plans", PLAN_METRICS, PLAN_OBS, PLAN_ENTITIES, PLAN_EVENTS)


def test_a_statement_that_names_the_plan_is_not_failed_as_not_done(plans: Pack) -> None:
    # blind ca-immigration temp-arrivals-nearly-halved, jp-nuclear-restart plan7-nuclear-20
    for claim in (
        "The 2026-2028 plan nearly halves new temporary resident arrivals, from 673,650 in 2025 to "
        "385,000 in 2026.",
        "政府は2025年2月に閣議決定した第7次エネルギー計画で、2040年の原子力を2割程度とする見通しを示した",
    ):
        assert all(c.result != "fails" for c in diagnose(claim, plans).checks), claim
    # a plan said to be achieved is still checked as done
    assert diagnose("Norland achieved the nuclear target of its 7th energy plan.", plans).rating != "true"


def test_a_title_figure_is_taken_by_its_own_scope(plans: Pack) -> None:
    # blind jp-wages mf-en-6-overall: 6% held on the small unions' figure
    overall = "In October 2025 the Union Federation set a target of at least 6% pay rises overall."
    small = "In October 2025 the Union Federation set a target of at least 6% pay rises at small unions."
    assert diagnose(overall, plans).checks[0].result == "fails"
    assert diagnose(small, plans).checks[0].result == "holds"


def test_an_event_decades_from_the_claimed_time_does_not_fail_it(plans: Pack) -> None:
    # dev rmitabc-2024-albanese derived_789700 (an event of 1984 for February 2024)
    d = diagnose("Norland had 789,700 more jobs in February 2024 than in May 2022, its first term.", plans)
    assert all(c.result != "fails" for c in d.checks if c.evidence == ["e3"])
    assert not any(c.result == "fails" for c in d.checks)


# --- periods of a fiscal series and prices of one unit --------------------------------------------

FISCAL_METRICS = [
    ["cleared", "森林消失面積", "forest clearing", "km2", "deforestation", "false", "", ""],
    ["ft_share", "新規雇用に占めるフルタイムの割合", "full-time share of new jobs", "%", "", "true", "share",
     ""],
    ["tea_value", "茶の輸出額", "tea export value", "LKR", "tea exports", "true", "amount", ""],
]
FISCAL_OBS = [
    *(
        [f"f{y}", "NL", "cleared", f"FY{y}", str(v), "km2", "stat", ""]
        for y, v in ((2015, 6207), (2016, 7893), (2017, 6947), (2018, 7536), (2019, 10129), (2020, 10851),
                     (2021, 13038), (2022, 11594), (2023, 9001), (2024, 6288))
    ),
    ["s2018", "NL", "ft_share", "FY2018", "57.5", "%", "stat", ""],
    ["v2019", "NL", "tea_value", "2019", "240.6 bn", "LKR", "stat", ""],
    ["v2020", "NL", "tea_value", "2020", "230.2 bn", "LKR", "stat", ""],
]


@pytest.fixture(scope="module")
def fiscal(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(
        tmp_path_factory, "flip-fiscal", FISCAL_METRICS, FISCAL_OBS,
        settings="fiscal_year: {start_month: 8, named_by: end}\n",
    )


def test_a_record_in_n_years_counts_the_series_own_years(fiscal: Pack) -> None:
    # blind br-deforestation lowest-in-decade-2024: FY2015 (from August 2014) is within the decade
    check = diagnose("Norland's deforestation in 2024 was the lowest in a decade.", fiscal).checks[0]
    assert check.result == "fails" and "f2015" in check.evidence


def test_a_calendar_year_is_not_a_fiscal_years_value(fiscal: Pack) -> None:
    # dev aap-2019-morrison derived_72_7: "the 2018 calendar year" against FY2018
    claim = "In {} the full-time share of new jobs was 57.5%."
    assert diagnose(claim.format("the 2018 calendar year,"), fiscal).checks[0].result == "unknown"
    assert diagnose(claim.format("2018"), fiscal).checks[0].result == "holds"


def test_the_price_of_one_unit_is_no_amount_of_the_whole(fiscal: Pack) -> None:
    # dev factchecklk-2021-de-silva derived_fob: LKR 822.25 a kilo against LKR 240.6 bn of exports
    claim = ("The average value of a kilo of tea exported from Norland rose from LKR 822.25 in 2019 to "
             "LKR 866.72 in 2020.")
    assert all(c.result != "fails" for c in diagnose(claim, fiscal).checks)
