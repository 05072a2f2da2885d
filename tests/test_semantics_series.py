"""Families of meaning on observation series (docs/verdict-rules.md §4.1, §4.7), in Japanese and
English, on a small pack built here: each test asserts one rule's behaviour.

- Approximators: "just under 50,000", nearly, almost, 弱, 近く are a little below the number; "just
  over", 強 a little above; "more than" / 超 any number above.
- Direction words carry sign: fell, shrank, down, 減少, 下落 against rose, up, 増加.
- Changes: "doubled its subsidy to 200 billion yen" compares with the value before; "N-fold since
  2012", "9 times its 2012 level", 2012年の9倍, 2021年以来 compare that period with the latest."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: series-test
title: {ja: "系列試験", en: "Series test"}
language: en
subject: NL
frontier: [RV]
"""
SOURCES = [
    SOURCE_HEADER,
    ["stat", "Statistics office", "Office", "", "2025", "statistics", "en"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "Norlandic", ""],
    ["RV", "country", "リバーランド", "Riverland", "", ""],
    ["ML", "country", "ミルランド", "Millland", "", ""],
    ["SL", "country", "ソルランド", "Solland", "", ""],
]
EVENTS = [
    EVENT_HEADER
]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    ["jobless", "失業率", "unemployment rate", "%", "jobless rate", "false", "share"],
    ["visitors", "来訪者数", "visitor arrivals", "count", "visitors", "true", "count"],
    ["exports", "輸出額", "exports", "USD", "", "true", "amount"],
        ]
OBSERVATIONS = [OBSERVATION_HEADER]
def add(ent: str, met: str, unit: str, values: dict[str, str]) -> None:
    for period, v in values.items():
        OBSERVATIONS.append([f"o-{ent}-{met}-{period}", ent, met, period, v, unit, "stat", ""])
add("NL", "jobless", "%",
    {"2019": "3.5", "2020": "8.1", "2021": "5.4", "2022": "3.6", "2023": "3.9", "2024": "4.1"})
add("NL", "visitors", "count", {"2023": "41,000", "2024": "49,200"})
add("NL", "exports", "USD", {"2021": "120 bn", "2022": "110 bn", "2023": "95 bn", "2024": "90 bn"})
METRICS.append(["subsidy", "研究補助金", "research subsidy", "JPY", "", "true", "amount"])
METRICS.append(["growth", "経済成長率", "economic growth", "%", "GDP growth", "true", "growth"])
add("NL", "growth", "%", {"2022": "1.2", "2023": "-0.4", "2024": "0.8"})
add("RV", "exports", "USD", {"2024": "75 bn"})
add("NL", "subsidy", "JPY",
    {"2012": "20 bn", "2020": "60 bn", "2022": "100 bn", "2023": "200 bn", "2024": "180 bn"})


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("series")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def rating(pack: Pack, claim: str) -> str:
    d = diagnose(claim, pack)
    assert d.checks, claim
    return d.rating


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # 49,200 visitors in 2024
        ("Norland had just under 50,000 visitors in 2024.", "true"),
        ("Norland had nearly 50,000 visitors in 2024.", "true"),
        ("2024年のノーランドの来訪者数は5万人弱だった。", "true"),
        ("Norland had more than 45,000 visitors in 2024.", "true"),
        # "just under" is a little below, not any number below
        ("Norland had just under 100,000 visitors in 2024.", "false"),
        ("Norland had almost 80,000 visitors in 2024.", "mostly_false"),
        ("2024年のノーランドの来訪者数は8万人近くだった。", "mostly_false"),
        # "just over" / 強 is a little above: 23 % above is within a factor 1.5 on its side (mostly
        # false, §4.1 scale), twice is not
        ("Norland had just over 40,000 visitors in 2024.", "mostly_false"),
        ("2024年のノーランドの来訪者数は4万人強だった。", "mostly_false"),
        # ... (and from session 22 no calibration beyond a factor 1.8, §5.1)
        ("Norland had just over 25,000 visitors in 2024.", "false"),
        ("2024年のノーランドの来訪者数は2万5000人強だった。", "false"),
    ],
)
def test_approximators_put_the_number_a_little_below_or_above(pack: Pack, claim: str, expected: str) -> None:
    assert rating(pack, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Norland's exports fell in 2024.", "true"),
        ("Norland's exports rose in 2024.", "false"),
        ("Norland's exports shrank between 2021 and 2024.", "true"),
        ("ノーランドの輸出額は2024年に減少した。", "true"),
        ("ノーランドの輸出額は2024年に増加した。", "false"),
        ("ノーランドの輸出額は2021年から2024年にかけて下落した。", "true"),
        ("Norland's unemployment rate fell in 2021.", "true"),
        ("Norland's unemployment rate rose in 2021.", "false"),
        # "down 25%" is a fall of 25 % (120 bn -> 90 bn since 2021)
        ("Norland's exports are down 25% since 2021.", "true"),
        # down, but 40 % for 25 %: the direction right, the size clearly wrong (§4.1 writers' scale)
        ("Norland's exports are down 40% since 2021.", "mostly_false"),
        ("Norland's exports are down 80% since 2021.", "false"),  # x3.2: far off
        ("Norland's exports are up 25% since 2021.", "false"),
    ],
)
def test_direction_words_carry_a_sign(pack: Pack, claim: str, expected: str) -> None:
    assert rating(pack, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # 100 bn (2022) -> 200 bn (2023)
        ("Norland doubled its research subsidy to 200 billion yen in 2023.", "true"),
        ("Norland doubled its research subsidy to 300 billion yen in 2023.", "false"),
        ("ノーランドは2023年に研究補助金を2000億円に倍増させた。", "true"),
        ("ノーランドは2023年に研究補助金を3000億円に倍増させた。", "false"),
        ("ノーランドは2023年に研究補助金を倍増し、2000億円とした。", "true"),
    ],
)
def test_a_multiple_to_an_amount_compares_with_the_value_before(
    pack: Pack, claim: str, expected: str
) -> None:
    assert rating(pack, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # 20 bn (2012) -> 180 bn (2024, the latest): nine times
        ("Norland's research subsidy has grown ninefold since 2012.", "true"),
        ("Norland's research subsidy has grown threefold since 2012.", "false"),
        ("Norland's research subsidy is now 9 times its 2012 level.", "true"),
        ("ノーランドの研究補助金は2012年の9倍になった。", "true"),
        ("ノーランドの研究補助金は2012年の3倍になった。", "false"),
        ("ノーランドの輸出額は2021年以来減少している。", "true"),
        ("ノーランドの輸出額は2021年以降増加した。", "false"),
        ("Norland's exports have risen since 2021.", "false"),
    ],
)
def test_since_a_period_compares_that_period_with_the_latest(pack: Pack, claim: str, expected: str) -> None:
    assert rating(pack, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # unemployment: 3.5 (2019), 8.1 (2020), 5.4, 3.6, 3.9, 4.1 (2024); the words say which way
        ("Norland's unemployment rate in 2020 was the highest ever.", "true"),
        ("2020年のノーランドの失業率は過去最高だった。", "true"),
        ("Norland's unemployment rate in 2022 was the lowest ever.", "false"),
        ("2022年のノーランドの失業率は過去最低だった。", "false"),
        ("Norland's unemployment rate in 2024 was a record low.", "false"),
        ("Norland's exports in 2024 were the lowest ever.", "true"),
        # "since 2021": against the values after 2021 only
        ("Norland's unemployment rate in 2024 was the highest since 2021.", "true"),
        ("Norland's unemployment rate in 2024 was the highest since 2020.", "false"),
        ("Norland's unemployment rate in 2022 was the lowest since 2019.", "true"),
    ],
)
def test_a_record_is_checked_against_the_series_in_the_words_direction(
    pack: Pack, claim: str, expected: str
) -> None:
    assert rating(pack, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Norland's unemployment rate was 8.1% in 2020, up from 3.5% in 2019.", "true"),
        ("Norland's unemployment rate was 8.1% in 2020, down from 3.5% in 2019.", "false"),
    ],
)
def test_up_from_after_a_comma_is_the_other_end_of_the_change(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert len(d.checks) == 1 and d.rating == expected, [(c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a number in the measure's own unit with a change word is the difference
        ("Norland's visitor arrivals grew by 8,200 between 2023 and 2024.", "true"),
        ("Norland gained about 8,000 visitors between 2023 and 2024.", "true"),
        ("Norland's visitor arrivals grew by 30,000 between 2023 and 2024.", "false"),
        ("Norland's visitor arrivals fell by 8,200 between 2023 and 2024.", "false"),
        ("2023年から2024年にかけてノーランドの来訪者数は約8000人増えた。", "true"),
        # 120 bn (2021) -> 90 bn (2024): down by 30 bn, to 90 bn
        ("Norland's exports fell by $30 billion between 2021 and 2024, to $90 billion.", "true"),
        ("Norland's exports fell by $30 billion between 2021 and 2024, to $70 billion.", "false"),
    ],
)
def test_a_change_by_a_number_is_the_difference(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, [(c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a growth metric holds percent changes: "grew" asks whether the value is above zero
        ("Norland's economy grew in 2024.", "true"),
        ("Norland's economy grew in 2023.", "false"),
        ("Norland's economy shrank in 2023.", "true"),
        ("ノーランド経済は2023年に成長した。", "false"),
        ("Norland's economy grew 0.8% in 2024.", "true"),
        ("Norland's economy grew 3% in 2024.", "false"),
        # said of the rate itself, two values of the rate compare
        ("Norland's GDP growth fell in 2023.", "true"),
        ("Norland's GDP growth rose in 2023.", "false"),
        ("ノーランドの経済成長率は2023年に低下した。", "true"),
    ],
)
def test_grew_on_a_growth_metric_asks_the_sign(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, [(c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # 3.5 % (2019) -> 8.1 % (2020): the right way with the levels off is half true
        ("Norland's unemployment rate rose from 4% in 2019 to 10% in 2020.", "half_true"),
        # the wrong way is false however close the numbers
        ("Norland's unemployment rate fell from 3.5% in 2019 to 8.1% in 2020.", "false"),
        # far off levels are another story
        ("Norland's unemployment rate rose from 1% in 2019 to 30% in 2020.", "false"),
    ],
)
def test_the_right_direction_with_levels_off_is_half_true(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, [(c.result, c.reason) for c in d.checks]


def test_not_counting_is_no_negation(pack: Pack) -> None:
    claim = "Norland's exports fell from $120 billion in 2021 to $90 billion in 2024, not counting services."
    d = diagnose(claim, pack)
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]


def test_the_whole_of_a_part_is_not_its_value(pack: Pack) -> None:
    d = diagnose("Norland had 49,200 of the 60,000 visitors in 2024.", pack)
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "now" is the pack's latest evidence here (2024): windows end there
        ("Norland's exports fell over the past three years.", "true"),
        ("Norland's exports rose in the last two years.", "false"),
        ("ノーランドの輸出額はこの3年で減少した。", "true"),
        ("Norland's research subsidy has grown ninefold over the past 12 years.", "true"),
        # a record over a window ends at the claimed period; five years back from 2020 is before
        # the series' 2019, so the record cannot be shown (§4.8: a window longer than the series)
        ("Norland's unemployment rate in 2020 was the highest in 5 years.", "unverifiable"),
        ("2020年のノーランドの失業率は5年ぶりの高さだった。", "unverifiable"),
        ("Norland's unemployment rate in 2024 was the highest in 3 years.", "true"),
        ("Norland's unemployment rate in 2022 was the lowest in 3 years.", "true"),
        ("Norland's unemployment rate in 2023 was the lowest in 3 years.", "false"),
    ],
)
def test_windows_run_to_now(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, [(c.result, c.reason) for c in d.checks]


def test_a_window_ends_at_the_claims_date(pack: Pack) -> None:
    # said on 31 December 2022, "the past year" is 2022: exports fell 120 -> 110 (2021 -> 2022);
    # 2023's figure is later, and a year's figure is known only once the year is over
    d = diagnose("Norland's exports fell over the past year.", pack, as_of="2022-12-31")
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]
    assert all(e.endswith(("2021", "2022")) for c in d.checks for e in c.evidence)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # exports 120 (2021), 110, 95, 90 (2024): a figure right once, stated as current
        ("Norland's exports are now 90 billion dollars.", "true"),
        ("Norland's exports are now 95 billion dollars.", "half_true"),  # the previous value
        ("Norland's exports are currently 120 billion dollars.", "mostly_false"),  # an older one
        ("ノーランドの輸出額は現在950億ドルだ。", "half_true"),
        ("Norland's exports are now 300 billion dollars.", "false"),
        # no word of now: the number is wrong at the latest value, 5 % off (half true, §4.1 scale)
        ("Norland's exports are 95 billion dollars.", "half_true"),
        ("Norland's exports are 105 billion dollars.", "false"),
    ],
)
def test_a_figure_out_of_date_at_the_claims_date_is_downgraded(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, [(c.result, c.reason) for c in d.checks]
    if expected in ("half_true", "mostly_false") and any(w in claim for w in ("now", "current", "現在")):
        assert "out of date" in d.checks[0].reason or "古い" in d.checks[0].reason


def test_the_latest_figure_is_the_latest_at_the_claims_date(pack: Pack) -> None:
    # said in mid-2023, "now 110 billion" (2022's) was the latest figure out then: 2023 was not over
    d = diagnose("Norland's exports are now 110 billion dollars.", pack, as_of="2023-06")
    assert d.rating == "true", [(c.result, c.reason) for c in d.checks]
    # in mid-2022 the 2022 figure was not yet out: 2021's 120 billion was the latest
    assert diagnose("Norland's exports are now 120 billion dollars.", pack, as_of="2022-06").rating == "true"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Norland 90 bn, Riverland 75 bn in 2024: Norland is 20 % larger, Riverland 17 % smaller
        ("Norland's exports were about 20 percent larger than Riverland's in 2024.", "true"),
        ("Norland's exports were about 60 percent larger than Riverland's in 2024.", "mostly_false"),
        ("Riverland's exports were about 17 percent smaller than Norland's in 2024.", "true"),
        ("Riverland's exports were at least 10% lower than Norland's in 2024.", "true"),
        ("2024年のノーランドの輸出額はリバーランドより約2割多かった。", "true"),
    ],
)
def test_n_percent_more_than_is_a_multiple(pack: Pack, claim: str, expected: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == expected, [(c.result, c.reason) for c in d.checks]


def test_a_measure_name_that_only_modifies_the_topic_names_something_else(pack: Pack) -> None:
    # 「来訪者の満足度は」: the visitors' satisfaction, which the pack does not measure
    assert rating(pack, "ノーランドの来訪者数の満足度は世界一高い。") == "unverifiable"
    # the measure's own rate or change is still the measure
    assert rating(pack, "2024年のノーランドの来訪者数は約4万9千人だった。") == "true"
