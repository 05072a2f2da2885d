"""Bands of places and places from the worst end (docs/verdict-rules.md §4.1 "Places"), in Japanese
and English, on a small pack built here: each test asserts one rule's behaviour.

- A band of places at one end of a ranking ("among the bottom three", "in the top 5", "a top-10
  region", 「上位3位以内」「上位5位」「下位3位」「ベスト3」「ワースト3」) holds when the place is inside
  it; a bottom band needs the number ranked (`37/38`).
- 「ワーストN位」 on a ranking is the N-th place from the last.
- A clause with a band is a statement of its own ("…, putting it back among the region's top three
  economies"), not a figure-only aside merged into the amount before it.
- "per 100 000": thousands grouped with spaces either side of "per" are one number, and the number
  after "per" is the rate's base, no figure of the claim."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.normalize.quantities import find_quantities
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

SOURCES = [["survey", "Regional survey", "Office", "", "2024", "statistics", "en"]]
METRICS = [
    ["jobs_rank", "雇用創出の順位", "rank in job creation among the regions", "rank", "job creation rank",
     "false", "rank", ""],
    ["gdp", "名目GDP", "nominal GDP", "USD", "GDP", "true", "amount", ""],
    ["gdp_rank", "地域での経済規模順位", "rank among the region's economies by GDP", "rank",
     "region's largest economy;economies", "false", "rank", "1 = largest"],
    ["crime", "10万人当たりの犯罪件数", "crimes per 100 000 people", "per 100000",
     "crime rate;crime", "false", "ratio", ""],
]
OBSERVATIONS = [
    ["j22", "NL", "jobs_rank", "2022", "1/47", "rank", "survey", ""],
    ["j23", "NL", "jobs_rank", "2023", "37/38", "rank", "survey", ""],
    ["j24", "NL", "jobs_rank", "2024", "9/10", "rank", "survey", ""],
    ["g24", "NL", "gdp", "2024", "243e9", "USD", "survey", ""],
    ["r24", "NL", "gdp_rank", "2024", "4", "rank", "survey", ""],
    ["c09", "NL", "crime", "2009", "1381", "per 100000", "survey", ""],
    ["c12", "NL", "crime", "2012", "1209", "per 100000", "survey", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "rank-bands", METRICS, OBSERVATIONS, sources=SOURCES)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Norland was among the bottom three in job creation in 2023.", "true"),
        ("Norland was among the bottom three in job creation in 2022.", "false"),
        ("Norland was among the top three in job creation in 2022.", "true"),
        ("Norland was in the top 5 in job creation in 2022.", "true"),
        ("Norland ranked in the top 10 in job creation in 2024.", "true"),
        ("Norland was a top-10 region in job creation in 2024.", "true"),
        ("2022年のノーランドの雇用創出の順位は上位3位以内だった。", "true"),
        ("2022年のノーランドの雇用創出の順位は上位5位に入った。", "true"),
        ("2022年のノーランドの雇用創出の順位はベスト3に入った。", "true"),
        ("2023年のノーランドの雇用創出の順位は下位3位に入った。", "true"),
        ("2023年のノーランドの雇用創出の順位はワースト3に入った。", "true"),
        ("2022年のノーランドの雇用創出の順位はワースト3に入った。", "false"),
    ],
)
def test_a_band_holds_when_the_place_is_inside_it(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, [(c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(
    "claim",
    [
        "Norland was in the top 5 in job creation in 2024.",
        "Norland was among the top three in job creation in 2023.",
        "2024年のノーランドの雇用創出の順位はベスト3に入った。",
        "2024年のノーランドの雇用創出の順位は上位3位以内だった。",
    ],
)
def test_a_place_outside_the_band_refutes_it(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack).rating in ("false", "mostly_false")


def test_a_share_is_no_band(pack: Pack) -> None:
    st = parse("Norland was in the top 10% of regions in job creation in 2022.", pack).statements[0]
    assert not any(n.unit == "rank" for n in st.numbers)
    st = parse("The top three regions added most jobs in 2022.", pack).statements[0]
    assert not any(n.unit == "rank" for n in st.numbers)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("2023年のノーランドの雇用創出の順位はワースト2位だった。", "true"),  # 37th of 38
        ("2023年のノーランドの雇用創出の順位はワースト1位だった。", "mostly_true"),  # one place off
        ("2023年のノーランドの雇用創出の順位はワースト5位だった。", "false"),
    ],
)
def test_worst_nth_on_a_ranking_counts_from_the_last(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, [(c.result, c.reason) for c in d.checks]


def test_a_band_clause_is_a_statement_of_its_own(pack: Pack) -> None:
    claim = (
        "Norland's GDP rose to about $243 billion in 2024, putting it among the region's top three economies."
    )
    assert len(parse(claim, pack).statements) == 2
    d = diagnose(claim, pack)
    # the amount holds, the place (4th) is outside the band: half of it
    assert d.rating == "half_true", [(c.result, c.reason) for c in d.checks]


def test_spaced_thousands_either_side_of_per() -> None:
    values = [q.quantity.value for q in find_quantities("1 381 per 100 000 people")]
    assert values[:2] == [1381.0, 100000.0]
    # numbers in neighbouring cells stay apart
    assert [q.quantity.value for q in find_quantities("12 345 and 678")] == [12.0, 345.0, 678.0]


def test_the_number_after_per_is_the_rate_base(pack: Pack) -> None:
    claim = "Crime in Norland fell from 1 381 per 100 000 people in 2009 to 1 209 per 100 000 in 2012."
    d = diagnose(claim, pack)
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]
