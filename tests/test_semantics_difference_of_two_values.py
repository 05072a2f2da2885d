"""A difference of two values the pack holds, said in the measure's unit of time (docs/verdict-rules.md
§4.6 "A margin said as a length", §4.7): "three years longer than", 「約6年長い」「10年以上短い」 between
two entities or two measures of one subject, and "jumped a full year", "lost two years", 「1.1年延びた」
as the size of a change — blind round 19d us-life-expectancy canada-three, ja-japan-men-six,
ja-japan-ten, ja-sex-gap-six, rise-full-year-2023, drop-two-2020, fell-three-years, ja-2022; in
English and Japanese. The difference is built from both values: never true on one of them alone."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.normalize.quantities import find_quantities
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

METRICS = [
    ["le", "平均寿命", "life expectancy at birth", "years", "life expectancy;平均寿命;live", "true", "amount",
     ""],
    ["le_m", "男性の平均寿命", "life expectancy at birth (males)", "years",
     "male life expectancy;men;男性;男性の平均寿命", "true", "amount", ""],
    ["le_f", "女性の平均寿命", "life expectancy at birth (females)", "years",
     "female life expectancy;women;女性;女性の平均寿命", "true", "amount", ""],
]
NORLAND = ["NL", "country", "ノーランド", "Norland", "Norlanders;ノーランド人", ""]
ENTITIES = [
    ["OS", "country", "オストランド", "Ostland", "Ostlanders;オストランド人", ""],
    ["WS", "country", "ウェストランド", "Westland", "Westlanders", ""],
]
OBSERVATIONS = [
    ["n22", "NL", "le", "2022", "83.0", "years", "stat", ""],
    ["n23", "NL", "le", "2023", "84.0", "years", "stat", ""],
    ["o19", "OS", "le", "2019", "78.8", "years", "stat", ""],
    ["o20", "OS", "le", "2020", "77.0", "years", "stat", ""],
    ["o21", "OS", "le", "2021", "76.4", "years", "stat", ""],
    ["o22", "OS", "le", "2022", "77.5", "years", "stat", ""],
    ["o23", "OS", "le", "2023", "78.4", "years", "stat", ""],
    ["om23", "OS", "le_m", "2023", "75.8", "years", "stat", ""],
    ["of23", "OS", "le_f", "2023", "81.1", "years", "stat", ""],
    ["nm23", "NL", "le_m", "2023", "81.1", "years", "stat", ""],
]
EVENTS = [
    # a fall of 1.8 years in a title: no evidence of a gap between two countries (blind ja-japan-ten
    # was a wrong true on it)
    ["e1", "2021-12-22", "", "OS", "publication", "オストランドの平均寿命、1.8年低下",
     "Ostland life expectancy down 1.8 years", "1.8", "years", "stat", "", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "two-values", METRICS, OBSERVATIONS, entities=ENTITIES,
                      events=EVENTS, language="ja", country=NORLAND)


def rating(pack: Pack, claim: str, as_of: str = "2025-01-15") -> tuple[str, list[tuple[str, str, str]]]:
    d = diagnose(claim, pack, as_of=as_of)
    return d.rating, [(c.kind, c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(("claim", "expected"), [
    # 84.0 − 78.4 = 5.6 years
    ("Norlanders can expect to live about 5.6 years longer than Ostlanders.", "true"),
    ("ノーランドの平均寿命はオストランドより約5.6年長い。", "true"),
    ("ノーランドの平均寿命はオストランドより約5.6年長い。", "true"),
    ("Ostlanders live roughly six years shorter lives than Norlanders.", "true"),
    # "three years" for 5.6: the right side, the wrong size (x1.87, §4.1 sizes)
    ("Norlanders can expect to live roughly three years longer than Ostlanders.", "mostly_false"),
    # a bound missed: at least ten for 5.6 (blind ja-japan-ten: a wrong true on an event before)
    ("オストランドの平均寿命はノーランドより10年以上短い。", "mostly_false"),
    # the wrong way: Ostland's is the shorter
    ("Ostlanders can expect to live about 5.6 years longer than Norlanders.", "false"),
    ("ノーランドの平均寿命はオストランドより約6年短い。", "false"),
])
def test_a_difference_of_two_entities_in_years(pack: Pack, claim: str, expected: str) -> None:
    got, checks = rating(pack, claim)
    assert got == expected, checks
    assert [k for k, _, _ in checks] == ["comparison"], checks


@pytest.mark.parametrize(("claim", "expected"), [
    # 81.1 − 75.8 = 5.3 years between one country's two measures
    ("オストランドでは女性の平均寿命が男性より約5年長い。", "true"),
    ("オストランドでは男性の平均寿命が女性より約5年長い。", "false"),
    # one measure of two countries: 81.1 − 75.8
    ("ノーランドの男性の平均寿命はオストランドの男性より約5年長い。", "true"),
])
def test_a_difference_of_two_measures(pack: Pack, claim: str, expected: str) -> None:
    got, checks = rating(pack, claim)
    assert got == expected, checks


@pytest.mark.parametrize(("claim", "expected", "as_of"), [
    # 77.5 → 78.4 (+0.9): "a full year" rounds up
    ("Life expectancy in Ostland jumped a full year in 2023.", "mostly_true", "2024-12-19"),
    ("Norland's life expectancy jumped a full year in 2023.", "true", "2024-12-19"),
    # 78.8 → 77.0 (−1.8)
    ("In 2020 alone Ostlanders lost two years of life expectancy.", "mostly_true", "2022-01-10"),
    ("In 2020 alone Ostlanders lost one year of life expectancy.", "mostly_false", "2022-01-10"),
    # 76.4 → 77.5 (+1.1)
    ("2022年のオストランドの平均寿命は前年より1.1年延びた。", "true", "2023-12-01"),
])
def test_a_change_said_as_a_length(pack: Pack, claim: str, expected: str, as_of: str) -> None:
    got, checks = rating(pack, claim, as_of)
    assert got == expected, checks
    assert all(k == "change" for k, _, _ in checks), checks


@pytest.mark.parametrize("claim", [
    # Westland has no value: the difference cannot be built, and one side alone never settles it
    "Westlanders can expect to live about 5.6 years longer than Ostlanders.",
    "ウェストランドの平均寿命はオストランドより約6年長い。",
    "2023年、ウェストランドの平均寿命はオストランドを3年上回った。",
])
def test_no_difference_without_both_values(pack: Pack, claim: str) -> None:
    got, checks = rating(pack, claim)
    assert got == "unverifiable", checks


@pytest.mark.parametrize("text", [
    "life expectancy rose for three years",
    "three years ago life expectancy rose",
    "it fell two years later",
    "lived longer than ever before",
])
def test_a_length_of_time_in_words_is_no_size_elsewhere(text: str) -> None:
    # a window, a time ago, a time after: no difference and no change's size
    assert find_quantities(text) == []


def test_a_year_is_no_length(pack: Pack) -> None:
    # 「2020年より短い」「令和2年より長い」: a year before より is the comparand's time, no length
    for text in ("ノーランドの平均寿命は2020年より短い。", "ノーランドの平均寿命は令和2年より長い。"):
        numbers = [n for st in parse(text, pack).statements for n in st.numbers]
        assert all(n.unit != "years" for n in numbers), numbers


RATE_METRICS = [
    ["div", "離婚率", "crude divorce rate", "per 1000", "離婚率;divorce rate", "false", "ratio", ""],
    ["mar", "婚姻率", "crude marriage rate", "per 1000", "婚姻率;marriage rate", "true", "ratio", ""],
]
RATE_OBSERVATIONS = [
    ["d95", "NL", "div", "1995", "1.60", "per 1000", "stat", ""],
    ["m95", "NL", "mar", "1995", "6.4", "per 1000", "stat", ""],
    ["o95", "OS", "div", "1995", "4.45", "per 1000", "stat", ""],
]


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "two-rates", RATE_METRICS, RATE_OBSERVATIONS, entities=ENTITIES,
                      country=NORLAND)


@pytest.mark.parametrize(("claim", "expected"), [
    # 1.60 / 4.45 = 0.36: "a third" is a fraction of the other side's value, no third place
    ("In 1995 Norland's divorce rate was roughly a third of the Ostland rate.", "true"),
    # the rate said in apposition, and "the Ostland rate" refers back to the divorce rate (the
    # marriage rate shares only its word "rate"; blind round 19b intl95)
    ("In 1995 Norland's divorce rate, 1.60 per 1,000 people, was roughly a third of the Ostland rate.",
     "true"),
    ("1995年のノーランドの離婚率はオストランドの約3分の1だった。", "true"),
    # the wrong multiple
    ("In 1995 Norland's divorce rate was roughly a tenth of the Ostland rate.", "false"),
])
def test_a_fraction_of_another_entitys_value(rates: Pack, claim: str, expected: str) -> None:
    got, checks = rating(rates, claim, "1999-01-01")
    assert got == expected, checks


def test_an_ordinal_without_a_numerator_stays_a_place(rates: Pack) -> None:
    numbers = [n for st in parse("Norland ranked third of the ten countries.", rates).statements
               for n in st.numbers]
    assert [(n.quantity.value, n.unit) for n in numbers] == [(3.0, "rank")], numbers
