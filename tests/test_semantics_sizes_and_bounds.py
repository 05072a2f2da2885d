"""The size a claim states is checked, never only its direction or the figure without its bound
word (docs/verdict-rules.md §4.1, "Sizes, bounds and bases"), on a small pack built here.

- "down by a quarter since 2021" on a growth measure against 2021: the fraction is the size of the
  fall, checked against the rate (−17.8 % is no quarter), not only the sign of the rate.
- "about $100 billion more from A than from B", 「BをA約1,000億ドル上回った」: the margin is the
  difference of the two sides, not only which one is larger.
- 「16兆円規模」 / "16 trillion yen or so": a scale word after a figure makes it approximate.
- 「20代と30代」 / "in their 20s and 30s": decades of age name who is counted, no value.
- 「2024年の1年間で」 / "over 2024": a change over the year, from the end of the year before.
- "by more than a fifth in three years" on a year-on-year rate: the rates compounded.
- 「前期より1割以上」 / "more than 10% on the previous period": the latest value against the one before.
- 「制度開始時の2倍を超えた」 / "more than twice what it was when the scheme began": the series' first value
  is the base.
- 「65歳以上の1人当たり医療費は、65歳未満の4倍近く」 / "spending per older person is nearly four times
  spending per younger person": a ratio of two measures of one subject.
- "in 2024, the first year of the new scheme", 「新制度元年の2024年」, "in the first year of the new
  scheme": the year the pack's event starts it (no record "first"; an apposition restates the year).
- "since the reform was adopted in December 2023": the period dates the act that opens the window, as
  in 「改革が採択された2023年12月以来」.
- "now a third lower than in 2003", 「2003年より約3分の1少ない」: a size against one earlier period is a
  change from it to now.
- 「半分近くにまで減った」 / "fell to nearly half": a fall that stopped a little short of half (a ratio
  a little above 0.5), as "nearly halved".
"""

from __future__ import annotations

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    NORLAND,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    STATISTICS_SOURCE,
    write_rows_pack,
)
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

PACK_YAML = 'id: sizes\ntitle: {ja: "sizes", en: "sizes"}\nlanguage: en\nsubject: NL\n'

METRICS = [
    [*METRIC_HEADER, "base"],
    ["out21", "工業生産(2021年比)", "industrial output compared with 2021", "%", "industrial output;工業生産",
     "true", "growth", "Output relative to 2021.", "2021"],
    ["imports", "輸入額(相手国別)", "imports from the partner", "USD", "imports;輸入", "", "amount", "", ""],
    ["accounts", "投資口座数", "number of investment accounts", "", "investment accounts;投資口座", "",
     "count", "", ""],
    ["support", "為替介入額", "currency intervention", "JPY", "intervention;介入", "", "amount", "", ""],
    ["assets", "家計の金融資産", "household financial assets", "JPY", "household assets;家計資産", "",
     "amount", "Stock at the end of the quarter.", ""],
    ["cpi", "物価上昇率", "consumer price inflation", "%", "prices;物価;inflation", "false", "growth",
     "Percent change against the same month a year earlier.", "previous_period"],
    ["deaths", "事故死者数", "road deaths", "", "road deaths;事故死者", "false", "count", "", ""],
    ["care", "前期の保険料", "care premium", "JPY", "care premium;介護保険料;保険料", "false", "amount", "",
     ""],
    ["old_cost", "65歳以上の1人当たり医療費", "medical spending per older person", "JPY",
     "spending per older person;高齢者1人当たり医療費", "", "amount", "", ""],
    ["young_cost", "65歳未満の1人当たり医療費", "medical spending per younger person", "JPY",
     "spending per younger person", "", "amount", "", ""],
]
OBSERVATIONS = [
    ["g1", "NL", "out21", "2025", "-17.8", "%", "stat", ""],
    ["i1", "AA", "imports", "2023", "475.6 bn", "USD", "stat", ""],
    ["i2", "BB", "imports", "2023", "427.2 bn", "USD", "stat", ""],
    ["a0", "NL", "accounts", "2023-12", "21250000", "", "stat", ""],
    ["a9", "NL", "accounts", "2024-12", "25600000", "", "stat", ""],
    ["a1", "NL", "accounts", "2025-06", "26960000", "", "stat", ""],
    ["v1", "NL", "support", "2024", "15.32 trn", "JPY", "stat", ""],
    ["h0", "NL", "assets", "2023-12", "2143 trn", "JPY", "stat", ""],
    ["h1", "NL", "assets", "2024-06", "2212 trn", "JPY", "stat", ""],
    ["h2", "NL", "assets", "2024-12", "2233 trn", "JPY", "stat", ""],
    ["c1", "NL", "cpi", "2022-04", "9.0", "%", "stat", ""],
    ["c2", "NL", "cpi", "2023-04", "8.7", "%", "stat", ""],
    ["c3", "NL", "cpi", "2024-04", "2.3", "%", "stat", ""],
    ["d1", "NL", "deaths", "2003", "34427", "", "stat", ""],
    ["d2", "NL", "deaths", "2025", "19097", "", "stat", ""],
    ["p1", "NL", "care", "FY2000", "2911", "JPY", "stat", ""],
    ["p2", "NL", "care", "FY2021", "6014", "JPY", "stat", ""],
    ["p3", "NL", "care", "FY2024", "6225", "JPY", "stat", ""],
    ["m1", "NL", "old_cost", "FY2023", "797200", "JPY", "stat", ""],
    ["m2", "NL", "young_cost", "FY2023", "218000", "JPY", "stat", ""],
]
EVENTS = [
    ["e_old", "2014-01", "", "NL", "policy", "旧制度開始", "Investment scheme launched", "", "", "stat", "2",
     ""],
    ["e_new", "2024-01-01", "", "NL", "policy", "新制度開始", "New scheme starts", "", "", "stat", "2", ""],
]
ENTITIES = [
    ["AA", "country", "アルカ", "Arca", "", ""],
    ["BB", "country", "ボレア", "Borea", "", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder = tmp_path_factory.mktemp("sizes")
    return load_pack(write_rows_pack(
        folder, PACK_YAML, [SOURCE_HEADER, STATISTICS_SOURCE], [ENTITY_HEADER, NORLAND, *ENTITIES],
        [EVENT_HEADER, *EVENTS], METRICS, [OBSERVATION_HEADER, *OBSERVATIONS],
    ))


#: the size is wrong: false, or mostly false where the direction is right (§4.1 writers' scale)
FALSE_SIDE = ("mostly_false", "false")


def _rating(text: str, pack: Pack) -> str:
    return diagnose(text, pack, as_of="2026-02-15").rating


def test_the_size_of_a_fall_on_a_growth_measure(pack: Pack) -> None:
    # −17.8 % is a fall, but not a quarter: the size is wrong (never true on the sign alone)
    assert _rating("Norland's industrial output is down by a quarter since 2021.", pack) in (
        "mostly_false", "false")
    assert _rating("ノーランドの工業生産は2021年から4分の1減った", pack) in ("mostly_false", "false")
    assert _rating("Norland's industrial output is down by almost a fifth since 2021.", pack) in (
        "true", "mostly_true")
    assert _rating("ノーランドの工業生産は2021年から5分の1近く減った", pack) in ("true", "mostly_true")


def test_the_margin_between_two_sides(pack: Pack) -> None:
    # 475.6 − 427.2 = 48.4 bn: "about $100 billion more" is the right side, the wrong margin
    said = "In 2023 imports from Arca were about ${} billion more than from Borea."
    assert _rating(said.format(100), pack) in FALSE_SIDE
    assert _rating(said.format(48), pack) == "true"
    assert _rating("2023年、アルカからの輸入はボレアからを約1,000億ドル上回った", pack) in FALSE_SIDE
    assert _rating("2023年、アルカからの輸入はボレアからを約480億ドル上回った", pack) == "true"


def test_a_scale_word_after_a_figure_is_approximate(pack: Pack) -> None:
    # 15.32兆 for 16兆: 4.3 % off, outside an exact figure's band (half true), inside an approximate one's
    assert _rating("2024年のノーランドの為替介入額は16兆円規模にのぼった", pack) in ("true", "mostly_true")
    assert _rating("2024年のノーランドの為替介入額は16兆円だった", pack) == "half_true"  # §4.1 scale
    assert _rating("Norland's currency intervention came to 16 trillion yen or so in 2024.", pack) in (
        "true", "mostly_true")


def test_decades_of_age_are_no_values(pack: Pack) -> None:
    for said in ("ノーランドの投資口座を持つ人の半数以上は20代と30代だ",
                 "More than half of Norland's investment accounts belong to people in their 20s and 30s.",
                 # (the grammar reads "20's" as the number 20: age_decade's English reading drops it)
                 "More than half of Norland's investment accounts belong to people in their 20's and 30's."):
        d = diagnose(said, pack, as_of="2026-02-15")
        assert all(n.claimed not in (20.0, 30.0) for c in d.checks for n in c.numbers)
    assert _rating("ノーランドの投資口座を持つ人の半数以上は20代と30代だ", pack) == "unverifiable"
    # a number that is no decade before 代 ("the second", "five administrations") stays a number
    for said, kept in (("2代目の制度で投資口座は3割増えた", 2.0), ("5代の政権で投資口座は2倍になった", 5.0)):
        assert kept in {n.quantity.value for st in parse(said, pack).statements for n in st.numbers}


def test_a_change_over_the_whole_year(pack: Pack) -> None:
    # end of 2023 to end of 2024: +90 trn (June to December is only +21 trn)
    assert _rating("2024年の1年間でノーランドの家計の金融資産は80兆円以上増えた", pack) == "true"
    assert _rating("2024年の1年間でノーランドの家計の金融資産は100兆円以上増えた", pack) != "true"
    said = "Norland's household financial assets grew by more than {} trillion yen over 2024."
    assert _rating(said.format(80), pack) == "true"
    assert _rating(said.format(100), pack) != "true"


def test_a_window_of_years_on_a_year_on_year_rate(pack: Pack) -> None:
    # 9.0, 8.7 and 2.3 % compound to +21 %: more than a fifth, not more than a quarter
    def said_on(text: str) -> str:
        return diagnose(text, pack, as_of="2024-05-22").rating

    assert said_on("Norland's prices have risen by more than a fifth in just three years.") == "true"
    assert said_on("Norland's prices have risen by more than a quarter in just three years.") != "true"
    assert said_on("ノーランドの物価は3年間で5分の1以上上がった") == "true"
    assert said_on("ノーランドの物価は3年間で4分の1以上上がった") != "true"


def test_a_fall_to_nearly_a_fraction(pack: Pack) -> None:
    # 34,427 -> 19,097 is x0.55: a little above half, "nearly half" of the fall's end
    said = "ノーランドの事故死者数は2003年と比べて{}近くにまで減った"
    assert _rating(said.format("半分"), pack) in ("true", "mostly_true")
    assert _rating("Compared with 2003, Norland's road deaths have fallen to nearly half.", pack) in (
        "true", "mostly_true")
    assert _rating(said.format("3分の1"), pack) not in ("true", "mostly_true")


def test_the_previous_period_is_the_base(pack: Pack) -> None:
    # 6,014 -> 6,225 is +3.5 % (against the first period's 2,911 it would be +114 %)
    assert _rating("ノーランドの介護保険料は前期より1割以上引き上げられた", pack) in FALSE_SIDE
    assert _rating("ノーランドの介護保険料は前期より約3.5%引き上げられた", pack) == "true"
    assert _rating("Norland's care premium rose by more than 10% on the previous period.", pack) in FALSE_SIDE
    assert _rating("Norland's care premium rose by about 3.5% on the previous period.", pack) == "true"


def test_a_ratio_of_two_measures(pack: Pack) -> None:
    # 797,200 / 218,000 = x3.66
    assert _rating("ノーランドの65歳以上の1人当たり医療費は、65歳未満の4倍近くに上る", pack) in (
        "true", "mostly_true")
    assert _rating("ノーランドの65歳以上の1人当たり医療費は、65歳未満の6倍に上る", pack) in FALSE_SIDE
    said = "In Norland, medical spending per older person is {} medical spending per younger person."
    assert _rating(said.format("nearly four times"), pack) in ("true", "mostly_true")
    assert _rating(said.format("six times"), pack) in FALSE_SIDE


def test_the_start_of_the_series_is_the_base(pack: Pack) -> None:
    # 2,911 (FY2000) -> 6,225 (FY2024): x2.14
    assert _rating("ノーランドの介護保険料は制度開始時の2倍を超えた", pack) == "true"
    assert _rating("ノーランドの介護保険料は制度開始時の3倍を超えた", pack) != "true"
    said = "Norland's care premium is now more than {} what it was when the scheme began."
    assert _rating(said.format("twice"), pack) == "true"
    assert _rating(said.format("three times"), pack) != "true"


def test_the_first_year_of_what_began(pack: Pack) -> None:
    # 21.25 M (end 2023) -> 25.6 M (end 2024): +4.35 M, +20.5 %
    said = "Norland's investment accounts grew by more than {} in 2024, the first year of the new scheme."
    assert _rating(said.format("4 million"), pack) == "true"
    assert _rating(said.format("5 million"), pack) in FALSE_SIDE
    jumped = "Norland's investment accounts jumped by more than {} in the first year of the new scheme."
    assert _rating(jumped.format("30%"), pack) in FALSE_SIDE
    assert _rating(jumped.format("15%"), pack) == "true"
    assert _rating("新制度元年の2024年、ノーランドの投資口座数は400万以上増えた", pack) == "true"
    assert _rating("ノーランドの投資口座数は新制度の初年度に3割以上増えた", pack) in FALSE_SIDE
    assert _rating("ノーランドの投資口座数は新制度の初年度に15%以上増えた", pack) == "true"


def test_since_an_act_dated_by_a_period(pack: Pack) -> None:
    # December 2023 (2,143 trn) -> December 2024 (2,233 trn): +90 trn
    said = ("Norland's household financial assets have grown by more than {} trillion yen since the reform"
            " was adopted in December 2023.")
    assert _rating(said.format(80), pack) == "true"
    assert _rating(said.format(150), pack) in FALSE_SIDE
    said_ja = "ノーランドの家計の金融資産は改革が採択された2023年12月以来{}兆円以上増えた"
    assert _rating(said_ja.format(80), pack) == "true"
    assert _rating(said_ja.format(150), pack) in FALSE_SIDE


def test_a_size_against_an_earlier_period(pack: Pack) -> None:
    # 34,427 (2003) -> 19,097 (2025): 44.5 % lower
    said = "Norland's road deaths are now about {} lower than in 2003."
    assert _rating(said.format("45%"), pack) == "true"
    assert _rating(said.format("a fifth"), pack) in FALSE_SIDE
    said_ja = "ノーランドの事故死者数は今、2003年より約{}少ない"
    assert _rating(said_ja.format("45%"), pack) == "true"
    assert _rating(said_ja.format("5分の1"), pack) in FALSE_SIDE
