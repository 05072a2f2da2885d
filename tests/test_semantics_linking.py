"""How a claim is connected to the evidence it speaks of (docs/verdict-rules.md §2), on small
packs built here, one per family of meaning: each test asserts one rule's behaviour.

These rules turn a claim the engine left `unverifiable` although the pack holds its answer into
a checked one; none of them guesses: what they cannot place stays unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

SOURCES = [
    SOURCE_HEADER,
    ["stat", "Statistics", "Office", "", "2022-05", "statistics", "en"],
]
NO_EVENTS = [EVENT_HEADER]


def _pack(
    tmp_path_factory: pytest.TempPathFactory,
    name: str,
    yaml: str,
    entities: list[list[str]],
    metrics: list[list[str]],
    observations: list[list[str]],
    events: list[list[str]] = NO_EVENTS,
) -> Pack:
    folder: Path = tmp_path_factory.mktemp(name)
    return load_pack(write_rows_pack(folder, yaml, SOURCES, entities, events, metrics, observations))


# --- a bare "$" is the pack's own dollar ---------------------------------------------------------

DOLLAR_YAML = """\
id: local-dollar
title: {en: "Local dollar"}
language: en
subject: AU
"""


@pytest.fixture(scope="module")
def dollar_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(
        tmp_path_factory, "local_dollar", DOLLAR_YAML,
        [ENTITY_HEADER,
         ["AU", "country", "", "Australia", "", ""],
         ["coalition", "government", "", "Coalition government", "Coalition", "AU"]],
        [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
         ["gross", "", "gross debt", "AUD", "", "false", "amount"]],
        [OBSERVATION_HEADER,
         ["g1", "AU", "gross", "2022-05", "895B", "AUD", "stat", ""]],
    )


@pytest.mark.parametrize(("claim", "rating"), [
    ("Australia's gross debt was $895 billion in May 2022.", "true"),
    ("Australia's gross debt was $600 billion in May 2022.", "false"),
    # said to be in US dollars: no exchange rate in the pack, so nothing settles it
    ("Australia's gross debt was US$895 billion in May 2022.", "unverifiable"),
])
def test_a_bare_dollar_sign_is_the_only_dollar_the_pack_records(
    dollar_pack: Pack, claim: str, rating: str
) -> None:
    assert diagnose(claim, dollar_pack).rating == rating


def test_a_leading_when_clause_sets_the_time_of_the_main_clause(dollar_pack: Pack) -> None:
    # "When the Coalition left office in 2022" is no statement of its own: its year is the figure's
    when = "When the Coalition left office in 2022, "
    d = diagnose(when + "Australia's gross debt was about $900 billion.", dollar_pack)
    assert [c.result for c in d.checks] == ["holds"]
    assert d.checks[0].evidence == ["g1"]
    d = diagnose(when + "Australia's gross debt was $500 billion.", dollar_pack)
    assert d.rating == "false"


# --- periods: a fiscal year named by the year, a window opened by から, a span of years ----------

FY_YAML = """\
id: fiscal-naming
title: {en: "Fiscal naming"}
language: en
subject: KE
fiscal_year:
  start_month: 7
  named_by: end
"""


@pytest.fixture(scope="module")
def fy_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(
        tmp_path_factory, "fiscal_naming", FY_YAML,
        [ENTITY_HEADER, ["KE", "country", "", "Kenya", "", ""]],
        [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
         ["tax", "", "tax revenue", "KES", "", "true", "amount"]],
        [OBSERVATION_HEADER,
         ["t21", "KE", "tax", "FY2021", "1.78T", "KES", "stat", ""],
         ["t22", "KE", "tax", "FY2022", "2.03T", "KES", "stat", ""]],
    )


@pytest.mark.parametrize(("claim", "rating", "evidence"), [
    ("Kenya's tax revenue was KSh2.03 trillion in 2022.", "true", ["t22"]),
    ("Kenya's tax revenue was KSh2.03 trillion in 2021.", "false", ["t21"]),
])
def test_a_calendar_year_reads_the_fiscal_year_the_pack_names_by_it(
    fy_pack: Pack, claim: str, rating: str, evidence: list[str]
) -> None:
    d = diagnose(claim, fy_pack)
    assert d.rating == rating
    assert d.checks[0].evidence == evidence


def test_a_year_with_no_fiscal_year_named_by_it_stays_unknown(fy_pack: Pack) -> None:
    assert diagnose("Kenya's tax revenue was KSh2.03 trillion in 2019.", fy_pack).rating == "unverifiable"


SINCE_YAML = """\
id: since-from
title: {ja: "起点", en: "Since"}
language: ja
subject: saitama
"""


@pytest.fixture(scope="module")
def since_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(
        tmp_path_factory, "since_from", SINCE_YAML,
        [ENTITY_HEADER,
         ["japan", "country", "日本", "Japan", "全国", ""],
         ["saitama", "government", "埼玉県", "Saitama", "埼玉", "japan"]],
        [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
         ["zoka", "1人あたり県民所得の増加額", "per-capita income increase", "JPY", "", "true", "amount"],
         ["zoka_rank", "1人あたり県民所得の増加額の順位", "rank of the per-capita income increase", "rank",
          "", "false", "rank"]],
        # the latest figure out when the claim was made (2019-10-10): a year over by then, since a
        # figure of a year still running is not yet known (docs/verdict-rules.md)
        [OBSERVATION_HEADER,
         ["z1", "saitama", "zoka", "2018", "8万3千", "JPY", "stat", "平成18年度から"],
         ["r1", "saitama", "zoka_rank", "2018", "17/47", "rank", "stat", ""]],
    )


@pytest.mark.parametrize(("claim", "rating"), [
    ("埼玉県の1人あたり県民所得の増加額は平成18年度から8万3千円だった", "true"),
    ("埼玉県の1人あたり県民所得の増加額は平成18年度から20万円だった", "false"),
])
def test_a_period_followed_by_kara_with_no_end_opens_a_window_to_now(
    since_pack: Pack, claim: str, rating: str
) -> None:
    # 「平成18年度から」 with no まで: since FY2006; the measure records the change, so its latest value
    assert diagnose(claim, since_pack, as_of="2019-10-10").rating == rating


def test_a_place_right_after_where_it_is_counted_is_the_subjects(since_pack: Pack) -> None:
    # 「全国17位」: 全国 says where the place is counted; the place is Saitama's, on its measure
    d = diagnose("埼玉県の1人あたり県民所得の増加額は平成18年度から8万3千円で、全国17位だった", since_pack,
                 as_of="2019-10-10")
    assert [c.result for c in d.checks] == ["holds", "holds"]
    d = diagnose("埼玉県の1人あたり県民所得の増加額は平成18年度から8万3千円で、全国1位だった", since_pack,
                 as_of="2019-10-10")
    assert [c.result for c in d.checks] == ["holds", "fails"]


RANGE_YAML = """\
id: year-span
title: {en: "Year span"}
language: en
subject: essex
"""


@pytest.fixture(scope="module")
def range_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(
        tmp_path_factory, "year_span", RANGE_YAML,
        [ENTITY_HEADER,
         ["essex", "other", "", "Essex County", "Essex", ""],
         ["passaic", "other", "", "Passaic County", "Passaic", ""]],
        [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
         ["burden", "", "property taxes as a percentage of household income", "%", "", "false", "share"],
         ["burden_rank", "", "rank in property taxes as a percentage of household income", "rank", "",
          "false", "rank"]],
        [OBSERVATION_HEADER,
         ["b1", "essex", "burden", "2009", "8.04", "%", "stat", "2005-2009 average"],
         ["b2", "passaic", "burden", "2009", "8.44", "%", "stat", "2005-2009 average"],
         ["k1", "essex", "burden_rank", "2009", "2/2922", "rank", "stat", ""],
         ["k2", "passaic", "burden_rank", "2009", "1/2922", "rank", "stat", ""]],
    )


def test_two_years_written_as_a_range_are_one_span_for_a_level(range_pack: Pack) -> None:
    text = "Essex County's property taxes averaged about 8.04 percent of household income in 2005-2009."
    d = diagnose(text, range_pack)
    assert d.rating == "true" and d.checks[0].evidence == ["b1"]


def test_second_only_to_is_the_place_after_the_one_named(range_pack: Pack) -> None:
    base = "Essex County's property taxes averaged about 8.04 percent of household income in 2005-2009, "
    d = diagnose(base + "second only to Passaic County among 2,922 counties.", range_pack)
    assert [c.result for c in d.checks] == ["holds", "holds"]
    assert "k1" in d.checks[1].evidence


# --- numbers that are no values, names with or without "the" --------------------------------------

LABOR_YAML = """\
id: labor
title: {en: "Labor"}
language: en
subject: us
"""


@pytest.fixture(scope="module")
def labor_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(
        tmp_path_factory, "labor", LABOR_YAML,
        [ENTITY_HEADER,
         ["us", "country", "", "United States", "Americans", ""]],
        [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
         ["nilf", "", "people not in the labor force", "count", "not in labor force", "false", "count"],
         ["lf", "", "civilian labor force", "count", "labor force", "", "count"]],
        [OBSERVATION_HEADER,
         ["n1", "us", "nilf", "2016-12", "95.1M", "count", "stat", ""],
         ["l1", "us", "lf", "2016-12", "159.5M", "count", "stat", ""]],
    )


@pytest.mark.parametrize(("claim", "rating"), [
    ("In December 2016, 95.1 million Americans aged 16 and over were not in the labor force.", "true"),
    ("In December 2016, 120 million Americans aged 16 and over were not in the labor force.", "false"),
    ("In December 2016, 95.1 million Americans 16 years and older were not in labor force.", "true"),
])
def test_an_age_band_is_who_is_counted_and_a_name_holds_with_or_without_the(
    labor_pack: Pack, claim: str, rating: str
) -> None:
    # "aged 16 and over" is one phrase (no clause break at its "and") and no value; "not in the
    # labor force" names the measure written "not in labor force", so its "not" is no negation
    d = diagnose(claim, labor_pack)
    assert d.rating == rating
    assert d.checks[0].evidence == ["n1"]


# --- growth said in words, and "only" ---------------------------------------------------------------

GROWTH_YAML = """\
id: growth-words
title: {en: "Growth words"}
language: en
subject: ph
"""


@pytest.fixture(scope="module")
def growth_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(
        tmp_path_factory, "growth_words", GROWTH_YAML,
        [ENTITY_HEADER,
         ["ph", "country", "フィリピン", "Philippines", "", ""],
         ["vn", "country", "ベトナム", "Vietnam", "", ""],
         ["mm", "country", "ミャンマー", "Myanmar", "", ""]],
        [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
         ["g", "GDP成長率見通し", "projected GDP growth", "%", "GDP growth;成長率", "true", "growth"]],
        [OBSERVATION_HEADER,
         ["g_ph", "ph", "g", "2022", "6.9", "%", "stat", ""],
         ["g_vn", "vn", "g", "2022", "6.3", "%", "stat", ""],
         ["g_mm", "mm", "g", "2022", "-1.5", "%", "stat", ""]],
    )


@pytest.mark.parametrize(("claim", "rating"), [
    ("The Philippines was forecast to post positive GDP growth in 2022.", "true"),
    ("Myanmar was forecast to post positive GDP growth in 2022.", "false"),
    ("Myanmar was forecast to post negative GDP growth in 2022.", "true"),
    ("Myanmar's economy was projected to contract by 1.5% in 2022.", "true"),
    ("2022年のミャンマーの成長率見通しはマイナス成長だった", "true"),
    ("2022年のフィリピンの成長率見通しはマイナス成長だった", "false"),
])
def test_the_sign_of_growth_said_in_words(growth_pack: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, growth_pack).rating == rating


@pytest.mark.parametrize(("claim", "rating"), [
    # Vietnam grows too: "only" fails
    ("Only the Philippines was forecast to post positive GDP growth in 2022.", "false"),
    # no other item shrinks: "only" holds
    ("Only Myanmar was forecast to post negative GDP growth in 2022.", "true"),
    ("2022年はフィリピンだけがプラス成長の見通しだった", "false"),
])
def test_only_one_is_checked_against_the_other_items_of_the_measure(
    growth_pack: Pack, claim: str, rating: str
) -> None:
    assert diagnose(claim, growth_pack).rating == rating


# --- caps, estimates, windows and zero --------------------------------------------------------------

DEATHS_YAML = """\
id: excess-deaths
title: {ja: "超過死亡", en: "Excess deaths"}
language: ja
subject: japan
"""


@pytest.fixture(scope="module")
def deaths_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(
        tmp_path_factory, "excess_deaths", DEATHS_YAML,
        [ENTITY_HEADER,
         ["japan", "country", "日本", "Japan", "", ""]],
        [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
         ["upper", "超過死亡数（推定の上限）", "Excess deaths (upper estimate)", "count", "超過死亡", "false",
          "count"],
         ["months0", "人口が1000人以上減った月の数", "months in which the population fell by 1,000 or more",
          "count", "1000人以上減った月", "", "count"]],
        [OBSERVATION_HEADER,
         ["u1", "japan", "upper", "2023-10", "191285", "count", "stat", "2021年5月〜2023年10月"],
         ["m1", "japan", "months0", "2024-10", "0", "count", "stat", ""]],
    )


WINDOW = "ワクチン接種が始まった2021年5月から2023年10月までの2年半で、"


@pytest.mark.parametrize(("claim", "rating"), [
    # 最大でも: the amount is a cap, no ranking; the window 「…までの2年半で、」 dates the figure; an
    # estimate of a period already over is a value, not a target
    ("日本の超過死亡は最大でも約19万人だった", "true"),
    ("日本の超過死亡は最大でも約38万人だった", "false"),  # twice the 19万: beyond ×1.8 (§5.1)
])
def test_a_cap_an_estimate_and_a_window_setting(deaths_pack: Pack, claim: str, rating: str) -> None:
    d = diagnose(WINDOW + claim, deaths_pack, as_of="2024-01-10")
    assert d.rating == rating
    assert len(d.checks) == 1 and d.checks[0].evidence == ["u1"]


@pytest.mark.parametrize(("claim", "rating"), [
    ("日本の人口が1000人以上減った月は、1979年1月から2024年10月まで一度もない", "true"),
    ("日本の人口が1000人以上減った月は、1979年1月から2024年10月まで3回あった", "false"),
])
def test_not_once_is_a_count_of_zero(deaths_pack: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, deaths_pack, as_of="2024-11-01").rating == rating


# --- "we" when the pack says so; "No. 1" --------------------------------------------------------------

OHIO_YAML = """\
id: no-one
title: {en: "No. 1"}
language: en
subject: oh
"""


@pytest.fixture(scope="module")
def ohio_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(
        tmp_path_factory, "no_one", OHIO_YAML,
        [ENTITY_HEADER,
         ["us", "country", "", "United States", "America", ""],
         ["oh", "other", "", "Ohio", "we", "us"],
         ["tx", "other", "", "Texas", "", "us"]],
        [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
         ["gain_rank", "", "state rank by jobs added in the month", "rank", "No. 1 job creator", "false",
          "rank"]],
        [OBSERVATION_HEADER,
         ["r_oh", "oh", "gain_rank", "2012-02", "1", "rank", "stat", ""],
         ["r_tx", "tx", "gain_rank", "2012-02", "5", "rank", "stat", ""]],
    )


def test_a_lower_case_word_the_pack_gives_as_an_alias_names_the_entity(ohio_pack: Pack) -> None:
    d = diagnose("We were the No. 1 job creator in America in February 2012.", ohio_pack)
    assert d.rating == "true" and d.checks[0].evidence == ["r_oh"]
    # Texas was fifth
    texas = diagnose("Texas was the No. 1 job creator in America in February 2012.", ohio_pack)
    assert texas.rating == "false"


# --- the period before, and a turn of sign --------------------------------------------------------

WAGES_YAML = """\
id: versus-previous
title: {ja: "前年比", en: "Versus the year before"}
language: ja
subject: JP
"""


@pytest.fixture(scope="module")
def wages_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(
        tmp_path_factory, "versus_previous", WAGES_YAML,
        [ENTITY_HEADER,
         ["JP", "country", "日本", "Japan", "", ""]],
        [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
         ["real", "実質賃金の前年比", "real wages (change on the previous year)", "%", "実質賃金;real wages",
          "true", "growth"],
         ["raise", "春闘の賃上げ率", "spring wage raise rate", "%", "賃上げ率;wage raise rate", "true",
          "growth"]],
        [OBSERVATION_HEADER,
         ["w21", "JP", "real", "2021", "0.6", "%", "stat", ""],
         ["w22", "JP", "real", "2022", "-1.0", "%", "stat", ""],
         ["w23", "JP", "real", "2023", "-2.5", "%", "stat", ""],
         ["w24", "JP", "real", "2024", "-0.2", "%", "stat", ""],
         ["r24", "JP", "raise", "2024", "5.10", "%", "stat", ""],
         ["r25", "JP", "raise", "2025", "5.25", "%", "stat", ""]],
    )


@pytest.mark.parametrize(("claim", "rating"), [
    # the rate named: two values of the rate compare
    ("春闘の賃上げ率は2025年に前年を下回った", "false"),
    ("春闘の賃上げ率は2025年に前年を上回った", "true"),
    # 前年より names the year before as a period of its own: still the year 2025 against 2024
    ("春闘の賃上げ率は2025年に前年より上昇した", "true"),
    ("Japan's wage raise rate in 2025 was lower than in the previous year.", "false"),
    # the thing changing named, on a measure of the change on the year before: the sign answers
    ("実質賃金は2022年から2024年まで3年連続で前年を下回った", "true"),
    ("実質賃金は2021年から2023年まで3年連続で前年を下回った", "false"),
    ("2024年は実質賃金がプラスに転じた", "false"),
    ("2022年は実質賃金がマイナスに転じた", "true"),
    ("Japan's real wages turned negative in 2022.", "true"),
])
def test_a_value_against_the_period_before(wages_pack: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, wages_pack).rating == rating


# --- a part of a whole is a share; a share stated as current may be out of date ---------------------

SHARE_YAML = """\
id: part-of-whole
title: {en: "Part of a whole"}
language: en
subject: NO
"""


@pytest.fixture(scope="module")
def share_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(
        tmp_path_factory, "part_of_whole", SHARE_YAML,
        [ENTITY_HEADER, ["NO", "country", "", "Norway", "", ""]],
        [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
         ["share", "", "battery-electric share of new car registrations", "%", "", "true", "share"],
         ["regs", "", "new battery-electric car registrations", "count", "new electric cars", "true",
          "count"],
         ["growth", "", "change in battery-electric registrations", "%", "", "true", "growth"]],
        [OBSERVATION_HEADER,
         ["s21", "NO", "share", "2021", "64.5", "%", "stat", ""],
         ["s23", "NO", "share", "2023", "82.4", "%", "stat", ""],
         ["s24", "NO", "share", "2024", "88.9", "%", "stat", ""],
         ["r24", "NO", "regs", "2024", "114400", "count", "stat", ""],
         ["g24", "NO", "growth", "2024", "-0.4", "%", "stat", ""]],
    )


@pytest.mark.parametrize(("claim", "rating"), [
    ("Currently about 90% of new cars sold in Norway are fully electric.", "true"),
    ("Currently about 50% of new cars sold in Norway are fully electric.", "mostly_false"),
    # right in 2021, out of date at the claim's date (two values older than the latest)
    ("Right now about 64.5% of new cars sold in Norway are fully electric.", "mostly_false"),
])
def test_a_percentage_of_a_whole_is_the_share_measure(share_pack: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, share_pack, as_of="2025-02-15").rating == rating


# --- kanji numerals, counters that are no years, a percentage after a count ----------------------------

SCHOOLS_YAML = """\
id: schools
title: {ja: "招待事業", en: "Schools"}
language: ja
subject: jigyo
"""


@pytest.fixture(scope="module")
def schools_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(
        tmp_path_factory, "schools", SCHOOLS_YAML,
        [ENTITY_HEADER,
         ["jigyo", "programme", "万博招待事業", "Expo invitation", "招待事業", ""]],
        [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
         ["taisho", "アンケート対象校数", "schools surveyed", "count", "対象校", "", "count"],
         ["kibo", "参加希望校数", "schools wishing to take part", "count", "参加希望", "", "count"],
         ["kibo_share", "参加希望の割合", "share of schools wishing to take part", "%", "", "", "share"],
         ["interns", "技能実習生数", "technical interns", "count", "技能実習生", "", "count"]],
        [OBSERVATION_HEADER,
         ["t", "jigyo", "taisho", "2024-05", "1900", "count", "stat", ""],
         ["k", "jigyo", "kibo", "2024-05", "950", "count", "stat", ""],
         ["ks", "jigyo", "kibo_share", "2024-05", "50", "%", "stat", ""],
         ["i", "jigyo", "interns", "2024-05", "3400", "count", "stat", ""]],
    )


@pytest.mark.parametrize(("claim", "rating"), [
    # 1900校 is a count (no year 1900), the whole of のうち; 50% after the count is its share
    ("万博招待事業のアンケート対象1900校のうち、参加希望を表明したのは950校で、50%だった。", "true"),
    ("万博招待事業のアンケート対象1900校のうち、参加希望を表明したのは950校で、75%だった。", "half_true"),
    # numbers in kanji numerals
    ("招待事業の技能実習生は一万人以上だ", "false"),
    ("招待事業の技能実習生は三千人以上だ", "true"),
])
def test_counts_written_with_counters_and_kanji(schools_pack: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, schools_pack, as_of="2024-06-01").rating == rating


# --- a value in years is no window ------------------------------------------------------------------

LIFE_YAML = """\
id: life-years
title: {en: "Life expectancy"}
language: en
subject: NG
"""


@pytest.fixture(scope="module")
def life_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _pack(
        tmp_path_factory, "life_years", LIFE_YAML,
        [ENTITY_HEADER,
         ["NG", "country", "", "Nigeria", "", ""], ["world", "other", "", "World", "global", ""]],
        [["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
         ["life", "", "life expectancy at birth", "years", "life expectancy", "true", "amount"]],
        [OBSERVATION_HEADER,
         ["l_ng", "NG", "life", "2020", "55", "years", "stat", ""],
         ["l_w", "world", "life", "2020", "72.9", "years", "stat", ""]],
    )


@pytest.mark.parametrize(("claim", "rating"), [
    ("Nigeria's life expectancy was 55 years in 2020, against a global average of 72.9 years.", "true"),
    ("Nigeria's life expectancy was 65 years in 2020.", "false"),
])
def test_a_number_of_years_after_a_copula_is_a_value(life_pack: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, life_pack).rating == rating
