"""Claims about a sequence of periods of a series (docs/verdict-rules.md §4.7 "A sequence of
periods"), in Japanese and English, on one small pack: "every year since" graded by the share of
steps that went the way said, "kept rising" / 「増え続けている」 by its latest step, "kept falling in
2025" against the period before, "in both 2023 and 2024" / 「2年連続でマイナス成長」 once per
period, and a rate set against the previous period's ("faster than in 2021", 「伸び率は前年より拡大
した」). Each test asserts the rating a reader would check."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose


def _rows(prefix: str, metric: str, first: int, values: list[float], unit: str) -> list[list[str]]:
    return [[f"{prefix}{first + k}", "XA", metric, str(first + k), str(v), unit, "stat", ""]
            for k, v in enumerate(values)]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    cases = [10, 20, 30, 25, 40, 50]
    elderly = [100, 99, 100.5, 98]
    growth = [6.0, 3.9, -0.9, -0.5, 0.2]
    inflation = [6.9, 5.9, 2.2, 2.2]
    return small_pack(
        tmp_path_factory, "sequences",
        [["cases", "症例数", "cases", "", "", "false", "count"],
         ["elderly", "高齢者の数", "elderly population", "", "高齢者数", "", "count"],
         ["gdp_growth", "実質GDP成長率", "GDP growth", "%", "economy grew;economy shrank;経済成長率", "true",
          "growth"],
         ["inflation", "インフレ率", "inflation", "%", "インフレ", "false", "growth"],
         ["jobless", "失業者数", "unemployed", "", "unemployment", "false", "count"]],
        [*_rows("c", "cases", 2020, cases, ""), *_rows("e", "elderly", 2022, elderly, ""),
         *_rows("g", "gdp_growth", 2021, growth, "%"), *_rows("i", "inflation", 2022, inflation, "%"),
         *([f"u{m}", "XA", "jobless", f"2025-{m:02d}", str(v), "", "stat", ""]
           for m, v in ((8, 3020000), (9, 2950000), (10, 3050000)))],
        country=["XA", "country", "アルカ", "Arca", "", ""],
    )


def _rating(pack: Pack, claim: str) -> str:
    return diagnose(claim, pack).rating


def test_every_year_with_one_step_the_other_way_is_half_true(pack: Pack) -> None:
    # four of five steps went up: "every year" is half right, not false (a writer's half true)
    assert _rating(pack, "Arca's cases have risen every year since 2020.") == "half_true"
    assert _rating(pack, "アルカの症例数は2020年以降、毎年増えている。") == "half_true"


def test_every_year_with_half_the_steps_is_mostly_false(pack: Pack) -> None:
    # 99 -> 100.5 -> 98 since 2023: one fall of two steps
    claim = "Arca's elderly population has been shrinking every year since 2023."
    assert _rating(pack, claim) == "mostly_false"
    assert _rating(pack, "アルカの高齢者の数は2023年以降、毎年減っている。") == "mostly_false"


def test_kept_rising_is_read_at_its_latest_step(pack: Pack) -> None:
    # the cases rose in the latest step (one earlier fall): mostly right; the elderly fell: wrong
    assert _rating(pack, "アルカの症例数は増え続けている。") == "mostly_true"
    assert _rating(pack, "Arca's cases have kept rising since 2020.") == "mostly_true"
    assert _rating(pack, "アルカの高齢者の数は増え続けている。") == "false"


def test_kept_falling_in_a_named_year_compares_it_with_the_year_before(pack: Pack) -> None:
    # 2.2% in 2024 and 2.2% in 2025: the first clause holds, "kept falling in 2025" does not
    assert _rating(pack, "Arca's inflation fell to 2.2% in 2024 and kept falling in 2025.") == "half_true"
    assert _rating(pack, "Arca's cases fell in 2023 and kept falling in 2024.") == "half_true"


def test_both_years_are_each_checked(pack: Pack) -> None:
    assert _rating(pack, "Arca's economy shrank in both 2023 and 2024.") == "true"
    assert _rating(pack, "Arca's economy grew in both 2022 and 2023.") == "half_true"
    assert _rating(pack, "アルカ経済は2023年と2024年の2年連続でマイナス成長だった。") == "true"


def test_a_rate_set_against_the_previous_periods(pack: Pack) -> None:
    # 3.9% in 2022 after 6.0% in 2021: slower, not faster
    assert _rating(pack, "Arca's economy grew 3.9% in 2022, faster than in 2021.") == "half_true"
    assert _rating(pack, "Arca's economy grew 3.9% in 2022, slower than in 2021.") == "true"
    assert _rating(pack, "アルカのインフレ率は2024年に2.2%で、伸び率は前年より拡大した。") == "half_true"


def test_slowed_every_year_on_a_growth_series(pack: Pack) -> None:
    # 6.0 -> 3.9 -> -0.9 -> -0.5 -> 0.2: two of four steps slowed
    assert _rating(pack, "Arca's GDP growth has slowed every year since 2021.") == "mostly_false"


def test_first_positive_growth_in_n_years(pack: Pack) -> None:
    # -0.9 (2023), -0.5 (2024), +0.2 (2025): the last growth before 2025 was 2022's
    assert _rating(pack, "アルカの2025年の実質GDP成長率は3年ぶりのプラス成長となった。") == "true"
    assert _rating(pack, "Arca's economy grew in 2025 for the first time in three years.") == "true"
    assert _rating(pack, "Arca's economy grew in 2025 for the first time in five years.") == "false"


def test_a_run_of_named_years_is_each_of_its_years(pack: Pack) -> None:
    # a run with both ends named: each year's sign (growth) or each step into it (a level)
    assert _rating(pack, "Arca's economy has shrunk for three straight years, from 2023 through 2025.") == (
        "mostly_false")
    assert _rating(pack, "アルカ経済は2023年から2024年まで2年連続でマイナス成長だった。") == "true"
    assert _rating(pack, "アルカの症例数は2024年から2025年まで2年連続で増えた。") == "true"
    claim = "Arca's cases rose for three straight years, from 2021 through 2023."
    assert _rating(pack, claim) == "mostly_false"


def test_never_below_a_bound_since_a_period(pack: Pack) -> None:
    # 3.02 mn (Aug), 2.95 mn (Sep), 3.05 mn (Oct): below 3 million once after August
    claim = "アルカの失業者数は2025年8月に300万人を超え、その後一度も300万人を下回っていない。"
    assert _rating(pack, claim) == "half_true"
    never = "Arca's unemployment has never fallen below 3 million since August 2025."
    assert _rating(pack, never) == "mostly_false"
    assert _rating(pack, "Arca's unemployment has not dropped below 2.9 million since August 2025.") == "true"


def test_the_nth_year_in_a_row(pack: Pack) -> None:
    # rises in 2024 and 2025 after a fall in 2023: a run of two, one off "the third year in a row"
    assert _rating(pack, "Arca's cases rose in 2025 for the third year in a row.") == "mostly_true"
    assert _rating(pack, "Arca's cases rose in 2025 for the second year in a row.") == "true"
    assert _rating(pack, "アルカの症例数は2年続けて増えた。") == "true"
