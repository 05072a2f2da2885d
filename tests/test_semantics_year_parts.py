"""A part of a year a change names (docs/verdict-rules.md §4.7, "A part of the year"): after a
focus word ("rose in 2024, mostly in the spring", 「特に上半期に」) the year's change is still the
claim's change, read over the whole year, and the part is checked on the values inside it; said as
the window ("over the summer of 2024", "last summer", 昨夏, 今春) the part is the window, and a
series with no values inside it leaves the change unknown — never the series' last step nor the
whole series (review F16 and the older "last summer")."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["price", "卵の価格", "Egg price", "USD/dozen", "egg price;卵価格", "false", "amount", ""],
    ["sales", "販売件数", "Home sales", "count", "home sales", "true", "count", ""],
]
#: a monthly price that rose x2.3 over 2024, most of it in the spring; it ticked up in December
_PRICES = [1.0, 1.1, 1.3, 1.6, 1.9, 2.0, 2.1, 2.1, 2.2, 2.2, 2.3, 2.25, 2.3]
OBSERVATIONS = [
    ["p0", "NL", "price", "2023-12", "1.0", "USD/dozen", "stat", ""],
    *[[f"p{i}", "NL", "price", f"2024-{i:02d}", str(v), "USD/dozen", "stat", ""]
      for i, v in enumerate(_PRICES) if i],
    # a yearly count: no values inside the year
    ["s1", "NL", "sales", "2023", "1000", "count", "stat", ""],
    ["s2", "NL", "sales", "2024", "2300", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "year-parts", METRICS, OBSERVATIONS)


def _check(pack: Pack, text: str, as_of: str = "2025-03-01") -> tuple[str, list[str]]:
    d = diagnose(text, pack, as_of=as_of)
    return d.rating, d.checks[0].evidence


def test_a_focus_part_keeps_the_years_change(pack: Pack) -> None:
    rating, evidence = _check(pack, "Norland's egg price more than doubled in 2024, mostly in the spring.")
    assert rating == "true" and evidence[:2] == ["p0", "p12"]
    # the part checked where the series has months: most of the rise did not come in the second half
    rating, evidence = _check(pack, "Norland's egg price rose in 2024, mostly in the second half.")
    assert rating == "mostly_true" and evidence[:2] == ["p0", "p12"]
    ja = diagnose("ノーランドの卵の価格は2024年に上昇し、主に下半期に上がった。", pack, as_of="2025-03-01")
    assert ja.checks[0].evidence == ["p0", "p12"]


def test_without_a_part_the_year_is_unchanged(pack: Pack) -> None:
    # near-miss: no part named, the year's change as before
    rating, evidence = _check(pack, "Norland's egg price rose in 2024.")
    assert rating == "true" and evidence == ["p0", "p12"]
    assert _check(pack, "Norland's egg price fell in 2024.")[0] == "false"


def test_a_focus_part_with_no_values_inside_leaves_the_year_to_decide(pack: Pack) -> None:
    d = diagnose("Norland's home sales more than doubled in 2024, mostly in the first half.", pack,
                 as_of="2025-03-01")
    assert d.checks[0].evidence == ["s1", "s2"] and d.checks[0].result == "holds"
    # 「特に上半期に伸びた」 split off as its own change: the year's values do not measure the half
    ja = diagnose("ノーランドの販売件数は2024年に2倍以上に増え、特に上半期に伸びた。", pack,
                  as_of="2025-03-01")
    assert [c.result for c in ja.checks] == ["holds", "unknown"]


def test_a_part_said_as_the_window(pack: Pack) -> None:
    for text in ("Norland's egg price rose over the summer of 2024.",
                 "ノーランドの卵の価格は2024年夏に上昇した。"):
        rating, evidence = _check(pack, text)
        assert rating == "true" and evidence == ["p5", "p8"], text
    assert _check(pack, "ノーランドの卵の価格は2024年夏に下落した。")[0] == "false"
    # a half on months: from the value before it to its last, not its last month's step
    assert _check(pack, "Norland's egg price rose in the first half of 2024.")[1] == ["p0", "p6"]
    # near-miss: a month is its own step
    assert _check(pack, "Norland's egg price rose in December 2024.")[1] == ["p11", "p12"]


def test_a_season_counted_from_the_claims_date(pack: Pack) -> None:
    for text in ("Norland's egg price rose last summer.", "ノーランドの卵の価格は昨夏に上昇した。"):
        rating, evidence = _check(pack, text)
        assert rating == "true" and evidence == ["p5", "p8"], text
    # said in October 2024, "last summer" is 2024's; 昨夏 is still the year before's
    assert _check(pack, "Norland's egg price rose last summer.", as_of="2024-10-15")[1] == ["p5", "p8"]
    assert _check(pack, "ノーランドの卵の価格は昨夏に上昇した。", as_of="2024-10-15")[0] == "unverifiable"
    # a season the series does not reach, or a yearly series: unknown, never the whole series
    for text in ("ノーランドの卵の価格は今春、上昇した。", "Norland's egg price fell last winter.",
                 "Norland's home sales rose last summer."):
        assert _check(pack, text)[0] == "unverifiable", text


def test_a_wage_round_is_no_season(pack: Pack) -> None:
    # near-miss: 春闘 and 春節 name no spring
    from shingi.pipeline.checks.year_parts import named_part

    assert named_part("今春闘の賃上げ率は上昇した", [], None) is None
    assert named_part("春節の消費は増えた", [], None) is None


def test_a_season_on_quarters_is_the_quarter_holding_most_of_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    quarters = small_pack(tmp_path_factory, "year-parts-quarters", [
        ["unemp", "失業率", "Unemployment rate", "%", "unemployment;失業", "false", "ratio", ""],
    ], [
        ["u1", "NL", "unemp", "2025-Q1", "11.4", "%", "stat", ""],
        ["u2", "NL", "unemp", "2025-Q2", "10.3", "%", "stat", ""],
        ["u3", "NL", "unemp", "2025-Q3", "10.5", "%", "stat", ""],
    ])
    # June-August: most of it in July-September, against April-June
    d = diagnose("Norland's unemployment rose over the summer of 2025.", quarters, as_of="2025-11-01")
    assert d.checks[0].evidence == ["u2", "u3"] and d.rating == "true"
    ja = diagnose("ノーランドの失業率は2025年夏に上昇した。", quarters, as_of="2025-11-01")
    assert ja.checks[0].evidence == ["u2", "u3"]
    # near-miss: last winter is mostly January-March 2025, and the quarter before it is not held
    winter = diagnose("Norland's unemployment fell last winter.", quarters, as_of="2025-11-01")
    assert winter.rating == "unverifiable"


def test_a_season_before_a_noun_is_no_time(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Review R5: "the 2024 spring wage talks", 「2024年春季労使交渉」 name a round, not March-May: the
    yearly change is read over the year."""
    from shingi.pipeline.checks.year_parts import named_part

    wages = small_pack(tmp_path_factory, "year-parts-round", [
        ["wage", "賃金", "wages", "JPY", "", "true", "amount", ""],
    ], [
        *[[f"w{m}", "NL", "wage", f"2024-{m:02d}", str(v), "JPY", "stat", ""]
          for m, v in enumerate([300000, 300000, 300000, 301000, 302000, 310000, 312000, 312000, 312000,
                                 312000, 312000, 312000], start=1)],
        ["wy23", "NL", "wage", "2023", "300000", "JPY", "stat", ""],
        ["wy24", "NL", "wage", "2024", "315000", "JPY", "stat", ""],
    ])
    for text in ("Norland's wages rose 5% in the 2024 spring wage talks.",
                 "ノーランドの賃金は2024年春季労使交渉で5%上がった。"):
        d = diagnose(text, wages, as_of="2025-03-01")
        assert d.rating == "true" and d.checks[0].evidence == ["wy23", "wy24"], text
    for span in ("the 2023 fall in exports", "spring 2024 wage talks", "2024年春季賃上げ", "2024年夏季休暇"):
        assert named_part(span, [], None) is None, span
    # near-misses: a season that ends its phrase is still the window
    for span, month in (("rose in the 2024 summer.", 6), ("rose in spring 2024, then fell", 3),
                        ("2024年春季に上昇した", 3), ("2024年夏頃に上昇", 6), ("2024年夏の販売は増えた", 6)):
        part = named_part(span, [], None)
        assert part is not None and part.window.start.month == month, span
    d = diagnose("Norland's wages rose over the summer of 2024.", wages, as_of="2025-03-01")
    assert d.checks[0].evidence == ["w5", "w8"]


def test_most_of_a_years_rise_on_a_flow_is_measured_on_its_months(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Review R6: on a series with monthly values and yearly totals, "mostly in the spring" sets the
    spring's monthly step against the months' own change over the year, not the totals' change
    (about twelve months' worth)."""
    months = [100, 100, 105, 110, 115, *[116] * 7]
    cars = small_pack(tmp_path_factory, "year-parts-flow", [
        ["cars", "販売台数", "car sales", "units", "", "true", "count", ""],
    ], [
        ["c0", "NL", "cars", "2023-12", "100", "units", "stat", ""],
        *[[f"c{m}", "NL", "cars", f"2024-{m:02d}", str(v), "units", "stat", ""]
          for m, v in enumerate(months, start=1)],
        ["cy23", "NL", "cars", "2023", "1200", "units", "stat", ""],
        ["cy24", "NL", "cars", "2024", "1352", "units", "stat", ""],
    ])
    assert _check(cars, "Norland's car sales rose in 2024, mostly in the spring.")[0] == "true"
    # near-misses: the second half did not rise at all; the first half held it all too
    assert _check(cars, "Norland's car sales rose in 2024, mostly in the second half.")[0] == "mostly_true"
    assert _check(cars, "Norland's car sales rose in 2024, mostly in the first half.")[0] == "true"
