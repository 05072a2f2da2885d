"""A claim's unit against a measure's unit written another way (docs/verdict-rules.md §4.4 "units of
time", §4.14): translations and spellings of one unit meet, different units never do. Small packs
about Norland, both languages:

- a length of time (「335日」「3,773時間」, "335 days", "7,000 hours") is a value of a measure the claim
  names kept in that unit of time (days, 日, hours, 時間): 日 picks the measure in days, 時間 the one
  in hours, and a number of days is never compared with a measure in hours;
- a length of time the claim does not say of such a measure (「残業は年960時間まで」: a cap an event
  sets) is no value of the pack's one measure in hours when an event has an amount in hours.
"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["out_hours", "停電の時間数", "Outage hours", "hours", "停電時間;hours of outages", "false", "count", ""],
    ["out_days", "停電の日数", "Outage days", "days", "停電日数;days of outages", "false", "count", ""],
]
OBSERVATIONS = [
    ["h22", "NL", "out_hours", "2022", "3773", "hours", "stat", ""],
    ["h23", "NL", "out_hours", "2023", "6778", "hours", "stat", ""],
    ["d22", "NL", "out_days", "2022", "205", "days", "stat", ""],
    ["d23", "NL", "out_days", "2023", "335", "days", "stat", ""],
]
EVENTS = [
    ["grid", "2024-03-26", "", "NL", "policy", "ノーランドが停電を26時間停止",
     "Norland suspends outages for 26 hours", "26", "hours", "stat", "2", ""],
]

HOURS_ONLY = [
    ["work_hours", "年間労働時間", "Annual working hours", "hours", "労働時間;working hours", "false",
     "amount", ""],
]
HOURS_OBS = [["w24", "NL", "work_hours", "2024", "2544", "hours", "stat", ""]]
CAP = [
    ["cap", "2024-04-01", "", "NL", "regulation", "運転手の時間外労働の上限（年960時間）適用",
     "Annual 960-hour overtime cap for drivers takes effect", "960", "hours", "stat", "3", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "unit-times", METRICS, OBSERVATIONS, events=EVENTS, language="ja")


@pytest.fixture(scope="module")
def hours_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "unit-hours", HOURS_ONLY, HOURS_OBS, events=CAP, language="ja")


@pytest.fixture(scope="module")
def hours_only(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "unit-hours-only", HOURS_ONLY, HOURS_OBS, language="ja")


def _evidence(d: object) -> list[str]:
    return [e for c in d.checks for e in c.evidence]  # type: ignore[attr-defined]


def _true_on(pack: Pack, evidence: list[str], *said: str) -> None:
    """Each claim is true on exactly that evidence."""
    for text in said:
        d = diagnose(text, pack)
        assert d.rating == "true", text
        assert _evidence(d) == evidence, text


def test_days_said_in_japanese_are_the_measure_in_days(pack: Pack) -> None:
    _true_on(pack, ["d23"], "2023年のノーランドの停電は335日に達した。")
    assert diagnose("2023年のノーランドの停電は100日にも満たなかった。", pack).rating == "false"


def test_hours_said_in_japanese_are_the_measure_in_hours(pack: Pack) -> None:
    _true_on(pack, ["h22"], "2022年のノーランドの停電は3,773時間に達した。")


def test_days_and_hours_in_english(pack: Pack) -> None:
    _true_on(pack, ["d23"], "Norland had outages on 335 days in 2023.")
    _true_on(pack, ["h23"], "In 2023 Norland had 6,778 hours of outages.")


def test_days_are_never_compared_with_hours(hours_only: Pack) -> None:
    # the pack keeps hours only: 335 days are neither 335 hours nor 8,040 of them
    for said in ("2024年のノーランドの労働時間は2544日だった。",
                 "In 2024 Norland's working hours were 2,544 days."):
        d = diagnose(said, hours_only)
        assert d.rating != "true", said
        assert "w24" not in _evidence(d), said


def test_a_cap_in_hours_is_no_value_of_a_measure_it_does_not_name(hours_pack: Pack) -> None:
    d = diagnose("2024年4月から、ノーランドの運転手の残業は年960時間までに制限された。", hours_pack)
    assert "w24" not in _evidence(d)
    assert d.rating not in ("false", "mostly_false")


NEWS = [
    ["out_days", "停電の日数", "Outage days", "days", "停電日数;days of outages", "false", "count", ""],
    ["rain", "雨の日数", "Rainy days", "日", "", "false", "count", ""],
]
NEWS_OBS = [
    ["d23", "NL", "out_days", "2023", "15", "days", "stat", ""],
    ["d24", "NL", "out_days", "2024", "20", "days", "stat", ""],
    ["r23", "NL", "rain", "2023", "120", "日", "stat", ""],
]
WORK = [["work_hours", "労働時間", "Working hours", "hours", "", "false", "amount", ""],
        ["rain", "雨の日数", "Rainy days", "days", "", "false", "count", ""]]
WORK_OBS = [["w24", "NL", "work_hours", "2024", "3", "hours", "stat", ""],
            ["r24", "NL", "rain", "2024", "20", "days", "stat", ""]]


@pytest.fixture(scope="module")
def work_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "unit-work", WORK, WORK_OBS, language="ja")


@pytest.fixture(scope="module")
def news_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "unit-news", NEWS, NEWS_OBS, language="ja")


@pytest.mark.parametrize("said", [
    "ノーランド政府は20日、2024年の停電対策を発表した。",  # 20日、: the 20th, news style
    "2023年12月、ノーランドでは15日の停電があった。",  # 15日の after a month
    "ノーランドでは2023年に15日、停電が起きた。",
    "2023年のノーランドの停電は-15日だった。",  # a sign: no length
])
def test_a_day_of_the_month_is_no_length(news_pack: Pack, said: str) -> None:
    d = diagnose(said, news_pack)
    assert d.rating not in ("true", "mostly_true"), said
    assert not {"d23", "d24"} & set(_evidence(d)), said


@pytest.mark.parametrize("said", [
    "ノーランドの労働者は2024年、3時間のストライキを行った。",  # 労働者 is no 労働時間's subject
    "ノーランドでは2024年、20日に雨が降った。",  # 20日に: on the 20th
])
def test_a_measure_the_claim_names_by_its_unit_only_is_no_length(work_pack: Pack, said: str) -> None:
    d = diagnose(said, work_pack)
    assert d.rating not in ("true", "mostly_true"), said


def test_a_length_in_the_predicate_is_still_read(news_pack: Pack, work_pack: Pack) -> None:
    _true_on(news_pack, ["r23"], "2023年のノーランドの雨は120日だった。")
    assert diagnose("ノーランドでは2023年に雨が15日降った。", news_pack).rating == "false"
    _true_on(work_pack, ["w24"], "2024年のノーランドの労働は3時間だった。")
    # で / ら / か alone are no から / まで: 「20日でした」 is a length, no day of the month
    _true_on(news_pack, ["d24"], "2024年のノーランドの停電は20日でした。")


def test_a_measure_named_by_its_unit_alone_is_named_by_no_length(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    pack = small_pack(tmp_path_factory, "unit-bare",
                      [["days", "日数", "Days", "days", "", "false", "count", ""]],
                      [["x24", "NL", "days", "2024", "12", "days", "stat", ""]], language="ja")
    for said in ("2024年、ノーランドの会議は12日間続いた。", "In 2024 Norland's strike lasted 12 days."):
        assert "x24" not in _evidence(diagnose(said, pack)), said


# -- area, mass and other measuring units spelled out; a rate per one of a thing -------------------

AREA_METRICS = [
    ["burned", "焼失面積", "Area burned", "ha", "焼失面積;area burned;hectares burned", "false", "amount",
     ""],
    ["defor", "森林減少面積", "Deforested area", "km2", "森林減少;deforestation", "false", "amount", ""],
    ["fires", "火災件数", "Number of wildfires", "count", "火災;wildfires;fires", "false", "count", ""],
    ["tea", "茶の輸出量", "Tea exports", "kg", "茶の輸出;tea exports", "true", "amount", ""],
    ["tfr", "合計特殊出生率", "Total fertility rate", "births per woman", "出生率;fertility rate", "true",
     "ratio", ""],
    ["births", "出生数", "Births", "count", "出生数;births", "true", "count", ""],
]
AREA_OBS = [
    ["b23", "NL", "burned", "2023", "18,401,197", "ha", "stat", ""],
    ["df23", "NL", "defor", "2023", "9,001", "km2", "stat", ""],
    ["f23", "NL", "fires", "2023", "6,623", "count", "stat", ""],
    ["f24", "NL", "fires", "2024", "5,686", "count", "stat", ""],
    ["t23", "NL", "tea", "2023", "265,500,000", "kg", "stat", ""],
    ["r24", "NL", "tfr", "2024", "1.15", "births per woman", "stat", ""],
    ["n24", "NL", "births", "2024", "686,061", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def area_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "unit-areas", AREA_METRICS, AREA_OBS)


def test_hectares_and_square_kilometres_spelled_out(area_pack: Pack) -> None:
    _true_on(area_pack, ["b23"], "In 2023, 18.4 million hectares burned in Norland.",
             "2023年、ノーランドの焼失面積は約1840万ヘクタールだった。")
    _true_on(area_pack, ["df23"], "Norland's deforestation reached 9,001 square kilometres in 2023.",
             "Norland's deforestation reached 9,001 km² in 2023.",
             "2023年、ノーランドの森林減少は9001平方キロに達した。")


def test_kilos_are_kilograms(area_pack: Pack) -> None:
    _true_on(area_pack, ["t23"], "Norland's tea exports were 265.5 million kilos in 2023.")


def test_litres_meet_kilolitres_converted(tmp_path_factory: pytest.TempPathFactory) -> None:
    # "3,000 litres" is 3 kl: never true against 3,000 kl (was true, the litres read with no unit)
    pack = small_pack(tmp_path_factory, "unit-litres",
                      [["oil", "石油消費量", "Oil consumption", "kl", "石油消費;oil consumption", "false",
                        "amount", ""]],
                      [["o24", "NL", "oil", "2024", "3000", "kl", "stat", ""]])
    for said in ("Norland's oil consumption was 3,000 litres in 2024.",
                 "2024年のノーランドの石油消費量は3000リットルだった。"):
        assert diagnose(said, pack).rating not in ("true", "mostly_true"), said
    _true_on(pack, ["o24"], "Norland's oil consumption was 3 million litres in 2024.",
             "Norland's oil consumption was 3,000 kilolitres in 2024.")


def test_an_area_is_no_count(area_pack: Pack) -> None:
    # "5 million hectares" said of the wildfires is no number of fires: their fall does not settle it
    for said in ("Norland loses around 5 million hectares a year to wildfires.",
                 "ノーランドでは毎年約500万ヘクタールが火災で失われている。"):
        d = diagnose(said, area_pack)
        assert d.rating not in ("true", "mostly_true"), said
        assert not any(e in ("f23", "f24") for e in _evidence(d)) or d.rating == "unverifiable", said


def test_a_count_per_one_of_a_thing_is_a_rate(area_pack: Pack) -> None:
    _true_on(area_pack, ["r24"], "Norland's fertility rate fell to 1.15 children per woman in 2024.",
             "Norland's fertility rate fell to 1.15 births per woman in 2024.",
             "2024年のノーランドの合計特殊出生率は女性1人当たり1.15人だった。")
    # never the count of births
    d = diagnose("In 2024 Norland recorded 1.3 births per woman.", area_pack)
    assert "n24" not in _evidence(d)
    assert d.rating != "true"
    # a flow per a unit of time stays a count
    assert diagnose("In 2024 Norland recorded 686,061 births per year.", area_pack).rating == "true"


WAIT_METRICS = [
    ["wait", "荷待ち時間", "Waiting time per trip", "minutes", "荷待ち時間;waiting time", "false", "amount",
     ""],
]
WAIT_OBS = [
    ["w20", "NL", "wait", "2020", "183", "minutes", "stat", ""],
    ["w24", "NL", "wait", "2024", "182", "minutes", "stat", ""],
]


@pytest.fixture(scope="module")
def wait_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "unit-minutes", WAIT_METRICS, WAIT_OBS, language="ja")


def test_hours_meet_a_measure_in_minutes(wait_pack: Pack) -> None:
    # an hour is 60 minutes: 「約3時間」 is about 180 minutes, "2 hours" 120
    _true_on(wait_pack, ["w24"], "2024年のノーランドの荷待ち時間は約3時間だった。",
             "In 2024 Norland's waiting time per trip was about 3 hours.")
    for said in ("ノーランドの荷待ち時間は、2020年の約3時間から2024年には2時間に短縮された。",
                 "Norland's waiting time fell from about 3 hours in 2020 to 2 hours in 2024."):
        d = diagnose(said, wait_pack)
        assert d.rating not in ("true", "mostly_true"), said
        assert "w24" in _evidence(d), said


def test_a_mass_said_per_a_thing_meets_a_rate_of_mass(tmp_path_factory: pytest.TempPathFactory) -> None:
    # kg/person counts kilograms: "50.2 kilograms per person" is its amount, as "1.15 children per
    # woman" is of children/woman (was unverifiable: the rate's numerator was read as a count)
    pack = small_pack(tmp_path_factory, "unit-mass-rate",
                      [["rice", "1人当たりコメ消費量", "Rice consumption per person", "kg/person",
                        "コメ消費量;rice consumption", "false", "amount", ""]],
                      [["k23", "NL", "rice", "2023", "50.2", "kg/person", "stat", ""]])
    _true_on(pack, ["k23"], "Norland's rice consumption was 50.2 kilograms per person in 2023.",
             "Rice consumption per capita in Norland was 50.2 kilograms in 2023.",
             "2023年のノーランドの1人当たりコメ消費量は50.2キログラムだった。")
    assert diagnose("Norland's rice consumption was 7 kilograms per person in 2023.", pack).rating == "false"


@pytest.mark.parametrize(("said", "unit"), [
    ("costs 30 cents for 1 kilowatt hour", "kWh"),
    ("2.5 megawatt hour of storage", "MWh"),
    ("40 terawatt hours", "TWh"),
])
def test_an_energy_spelled_with_hour_in_the_singular_is_no_power(said: str, unit: str) -> None:
    from shingi.normalize.quantities import find_quantities

    assert find_quantities(said)[-1].quantity.unit == unit


def test_a_price_per_unit_knows_every_spelling_a_figure_of_the_unit_has() -> None:
    # one table of a unit's names (normalize.quantities), which the price-per-unit reader takes
    from shingi.normalize.quantities import unit_names
    from shingi.pipeline.claims.numbers import _PER_UNIT

    for unit in ("l", "kg", "t", "MWh", "kWh"):
        assert set(unit_names(unit)) <= {n for n, u in _PER_UNIT.items() if u == unit}
