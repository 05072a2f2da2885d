"""Linking a claim to the evidence that is its own (docs/verdict-rules.md, "Linking a claim to its
measure"), in English and Japanese, on small Norland packs built here:

- a decision's direction: "raised interest rates" is not matched by a rate cut (利上げ / 利下げ);
- a pending decision ("no determination has been announced", 審査中) is not the decision;
- "met our promise" is an outcome: a plan event's target does not show it;
- a rank is a place: "bigger than Osterland" on ranks 5th and 4th fails; a body a forecast is
  credited to (「IMFの予測では」) is no side of the comparison;
- "Three people died" counts deaths (the deaths metric), not one death event;
- "the first … since 2000" and "the most in over three decades" are about the subject's own series;
- "cases this year have already passed 2019's total" is the count so far this year at the claim's
  date against 2019's whole year;
- one word for two measures (registered / disbursed FDI) true of one and false of the other is half
  true;
- a one-kanji alias (都 for Tokyo) names nothing inside 都道府県.
"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pack.index import EvidenceIndex
from shingi.pipeline.diagnose import diagnose

OSTERLAND = ["OS", "country", "オスターランド", "Osterland", "", ""]
BANK = ["cb", "government", "ノーランド中央銀行", "Bank of Norland", "中銀;central bank", "NL"]
COURT = ["court", "government", "ノーランド憲法評議会", "Norland Constitutional Council", "憲法評議会", "NL"]
IMF = ["imf", "organization", "国際通貨基金", "International Monetary Fund", "IMF", ""]


def _event(
    ident: str,
    day: str,
    actor: str,
    kind: str,
    ja: str,
    en: str,
    amount: str = "",
    unit: str = "",
    source: str = "stat",
) -> list[str]:
    """An events.csv row (no pillar, significance 3)."""
    return [ident, day, "", actor, kind, ja, en, amount, unit, source, "3", ""]


@pytest.fixture(scope="module")
def events_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(
        tmp_path_factory,
        "links-events",
        metrics=[
            ["deficit", "財政赤字", "fiscal deficit", "%", "財政赤字の対GDP比", "false", "share"],
        ],
        observations=[
            ["d24", "NL", "deficit", "2024", "5.6", "%", "stat", ""],
        ],
        entities=[BANK, COURT],
        events=[
            _event(
                "e-cut",
                "2025-02-07",
                "cb",
                "policy",
                "中央銀行が政策金利を0.25ポイント引き下げ",
                "Bank of Norland cuts the policy rate by 25 basis points to 6.25%",
                "0.25",
                "pp",
            ),
            _event(
                "e-review",
                "2026-01-22",
                "NL",
                "other",
                "ノーランドの認定は審査中",
                "The review of Norland's certification is pending and no determination has been announced",
            ),
            _event(
                "e-budget",
                "2025-02-01",
                "NL",
                "plan",
                "予算で財政赤字目標4.4%",
                "The budget targets a fiscal deficit of 4.4% for 2026, meeting the pledge to bring it below"
                " 4.5%",
                "4.4",
                "%",
            ),
            _event(
                "e-court", "2023-04-14", "court", "ruling", "憲法評議会が年金改革の中核を合憲と判断",
                "The Constitutional Council validates the core of the pension reform, striking out six"
                " riders",
            ),
            _event(
                "e-ban", "2020-01-01", "NL", "policy", "ノーランドの鉱石輸出の全面禁止が発効",
                "Norland's full ban on ore exports takes effect",
            ),
        ],
    )


def test_a_raise_is_not_matched_by_a_cut(events_pack: Pack) -> None:
    raised = diagnose("The Bank of Norland raised interest rates in 2025.", events_pack)
    assert raised.rating == "false"
    assert raised.checks[0].evidence == ["e-cut"]
    assert diagnose("The Bank of Norland cut interest rates in 2025.", events_pack).rating == "true"
    assert diagnose("ノーランド中央銀行は2025年に政策金利を引き上げた", events_pack).rating == "false"
    # 利上げ shares no word with a title of 引き下げ: nothing is matched, nothing is guessed
    assert diagnose("ノーランド中央銀行は2025年に利上げした", events_pack).rating == "unverifiable"
    assert diagnose("ノーランド中央銀行は2025年に政策金利を引き下げた", events_pack).rating == "true"


def test_a_pending_decision_is_not_the_decision(events_pack: Pack) -> None:
    lost = diagnose("Norland lost its certification in January 2026.", events_pack, as_of="2026-02-01")
    assert lost.rating == "unverifiable"
    assert "pending" in lost.checks[0].reason
    # the review itself is what the event shows
    review = diagnose("Norland's certification is under review.", events_pack, as_of="2026-02-01")
    assert review.rating == "true"
    assert (
        diagnose("ノーランドは2026年1月に認定を失った", events_pack, as_of="2026-02-01").rating
        == "unverifiable"
    )


def test_a_target_met_needs_the_outcome(events_pack: Pack) -> None:
    met = diagnose(
        "We have met our promise to bring the fiscal deficit below 4.5%.", events_pack, as_of="2025-02-02"
    )
    assert met.rating in ("false", "mostly_false")
    assert "e-budget" not in met.checks[0].evidence


@pytest.fixture(scope="module")
def ranks_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(
        tmp_path_factory,
        "links-ranks",
        metrics=[
            [
                "gdp_rank",
                "名目GDPの世界順位",
                "world rank by nominal GDP",
                "rank",
                "経済大国;largest economy",
                "false",
                "rank",
            ],
        ],
        observations=[
            ["r-nl-25", "NL", "gdp_rank", "2025", "5", "rank", "stat", ""],
            ["r-os-25", "OS", "gdp_rank", "2025", "4", "rank", "stat", ""],
            ["r-nl-26", "NL", "gdp_rank", "2026", "4", "rank", "stat", ""],
            ["r-os-26", "OS", "gdp_rank", "2026", "5", "rank", "stat", ""],
        ],
        entities=[OSTERLAND, IMF],
    )


def test_a_rank_is_compared_as_a_place(ranks_pack: Pack) -> None:
    bigger = diagnose(
        "In 2025 Norland's economy was bigger than Osterland's by world rank by nominal GDP.", ranks_pack
    )
    assert bigger.rating == "false"
    assert "1 is the top" in bigger.checks[0].reason
    smaller = diagnose(
        "In 2025 Osterland's economy was bigger than Norland's by world rank by nominal GDP.", ranks_pack
    )
    assert smaller.rating == "true"


def test_a_forecast_credited_to_a_body_compares_the_two_countries(ranks_pack: Pack) -> None:
    d = diagnose(
        "IMFの予測では、ノーランドは2026年にオスターランドを抜いて世界4位の経済大国になる。",
        ranks_pack,
        as_of="2025-10-20",
    )
    assert d.rating == "true"
    assert {"r-nl-26", "r-os-26"} <= set(d.checks[0].evidence)
    third = diagnose(
        "IMFの予測では、ノーランドは2026年にオスターランドを抜いて世界3位の経済大国になる。",
        ranks_pack,
        as_of="2025-10-20",
    )
    assert third.rating == "false" and "4th" in third.checks[0].reason  # it is 4th, not 3rd


@pytest.fixture(scope="module")
def series_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    deaths = {2000: 0, 2005: 0, 2010: 0, 2015: 1, 2020: 0, 2024: 0, 2025: 3}
    cases = {1992: 2126, 1995: 300, 2000: 86, 2010: 63, 2019: 1274, 2024: 285, 2025: 2065}
    return norland_pack(
        tmp_path_factory,
        "links-series",
        metrics=[
            ["deaths", "はしか死亡者数", "measles deaths", "count", "deaths", "false", "count"],
            ["cases", "はしか患者数", "measles cases", "count", "cases", "false", "count"],
            [
                "cases_ytd",
                "はしか累計患者数（年初来）",
                "measles cases so far this year",
                "count",
                "year-to-date cases",
                "false",
                "count",
            ],
        ],
        observations=[
            *([f"d{y}", "NL", "deaths", str(y), str(v), "count", "stat", ""] for y, v in deaths.items()),
            *([f"c{y}", "NL", "cases", str(y), str(v), "count", "stat", ""] for y, v in cases.items()),
            ["c-os-2025", "OS", "cases", "2025", "5950", "count", "stat", ""],
            ["y-0424", "NL", "cases_ytd", "2025-04-24", "884", "count", "stat", ""],
            ["y-0708", "NL", "cases_ytd", "2025-07-08", "1288", "count", "stat", ""],
        ],
        entities=[OSTERLAND],
        events=[
            _event(
                "e-d1",
                "2025-02-26",
                "NL",
                "milestone",
                "はしかで子どもが死亡",
                "A child dies of measles",
                "1",
                "count",
            ),
            _event(
                "e-elim",
                "2000-06-01",
                "NL",
                "milestone",
                "はしか排除を宣言",
                "Norland declares measles eliminated",
            ),
        ],
    )


def test_a_count_of_people_who_died_is_the_deaths_count(series_pack: Pack) -> None:
    d = diagnose("Three people died of measles in Norland in 2025.", series_pack)
    assert d.rating == "true"
    assert d.checks[0].evidence == ["d2025"]
    assert diagnose("Five people died of measles in Norland in 2025.", series_pack).rating == "false"


def test_the_first_since_a_year_reads_the_own_series(series_pack: Pack) -> None:
    d = diagnose(
        "The 2025 measles deaths were the first in Norland since the disease was declared eliminated "
        "in 2000.",
        series_pack,
    )
    assert d.rating == "false"
    assert "d2015" in d.checks[0].evidence
    assert (
        diagnose("The 2025 measles deaths were the first in Norland since 2016.", series_pack).rating
        == "true"
    )
    assert diagnose("2025年のはしか死亡者は2000年以来初めてだった", series_pack).rating == "false"


def test_the_most_in_decades_reads_the_own_series(series_pack: Pack) -> None:
    d = diagnose("Measles cases in Norland in 2025 were the most in over three decades.", series_pack)
    assert d.rating == "true"
    assert "c-os-2025" not in d.checks[0].evidence
    ever = diagnose(
        "Measles cases in Norland in 2025 were the highest in more than 30 years, and the deaths "
        "were the most ever recorded.",
        series_pack,
    )
    assert [c.result for c in ever.checks] == ["holds", "holds"]
    assert (
        diagnose("Measles cases in Norland in 2025 were the most in over forty years.", series_pack).rating
        == "false"
    )


@pytest.fixture(scope="module")
def fdi_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(
        tmp_path_factory,
        "links-siblings",
        metrics=[
            [
                "fdi_reg",
                "外国直接投資（登録額）",
                "registered FDI",
                "USD",
                "登録額;registered FDI",
                "true",
                "amount",
            ],
            [
                "fdi_disb",
                "外国直接投資（実行額）",
                "disbursed FDI",
                "USD",
                "実行額;disbursed FDI",
                "true",
                "amount",
            ],
        ],
        observations=[
            ["r23", "NL", "fdi_reg", "2023", "36.6 bn", "USD", "stat", ""],
            ["r19", "NL", "fdi_reg", "2019", "38.95 bn", "USD", "stat", ""],
            ["r24", "NL", "fdi_reg", "2024", "38.23 bn", "USD", "stat", ""],
            ["x19", "NL", "fdi_disb", "2019", "20.38 bn", "USD", "stat", ""],
            ["x23", "NL", "fdi_disb", "2023", "23.18 bn", "USD", "stat", ""],
            ["x24", "NL", "fdi_disb", "2024", "25.35 bn", "USD", "stat", ""],
        ],
    )


def test_one_word_for_two_measures_that_disagree(fdi_pack: Pack) -> None:
    both = diagnose("2024年のノーランドへの外国直接投資は過去最高を記録した", fdi_pack)
    assert both.rating == "half_true"
    assert {"r24", "x24"} <= set(both.checks[0].evidence)
    assert (
        diagnose("2024年のノーランドへの外国直接投資（実行額）は過去最高を記録した", fdi_pack).rating
        == "true"
    )
    assert diagnose("Norland's registered FDI hit a record high in 2024.", fdi_pack).rating == "false"


def test_a_one_kanji_alias_inside_a_common_word(tmp_path_factory: pytest.TempPathFactory) -> None:
    pack = norland_pack(
        tmp_path_factory,
        "links-kanji",
        metrics=[["rate", "空き家率", "vacancy rate", "%", "", "false", "share"]],
        observations=[["t", "tokyo", "rate", "2023", "10.9", "%", "stat", ""]],
        entities=[["tokyo", "government", "東京都", "Tokyo", "東京;都", "NL"]],
    )
    index = EvidenceIndex.of(pack)
    assert not [h for h in index.find_entities("都道府県別で空き家率が最も高い") if h.id == "tokyo"]
    assert [h.id for h in index.find_entities("都の空き家率")] == ["tokyo"]


def test_so_far_this_year_against_a_whole_year(series_pack: Pack) -> None:
    april = diagnose(
        "Measles cases in Norland this year have already passed 2019's total.",
        series_pack,
        as_of="2025-04-25",
    )
    assert april.rating == "false"
    assert april.checks[0].evidence == ["y-0424", "c2019"]
    july = diagnose(
        "Measles cases in Norland this year have already passed 2019's total.",
        series_pack,
        as_of="2025-07-10",
    )
    assert july.rating == "true"
    ja = diagnose(
        "ノーランドの今年のはしか患者数は、すでに2019年の合計を上回った", series_pack, as_of="2025-07-10"
    )
    assert ja.rating == "true"


def test_an_amended_act_is_not_another_report_of_the_act(tmp_path_factory: pytest.TempPathFactory) -> None:
    pack = norland_pack(
        tmp_path_factory,
        "amended",
        metrics=[],
        observations=[],
        entities=[["law", "programme", "空家法", "Vacant Houses Act", "", "NL"]],
        events=[
            _event(
                "e-old",
                "2015-05-26",
                "law",
                "regulation",
                "空家法が全面施行",
                "Vacant Houses Act fully in force",
                source="act",
            ),
            _event(
                "e-new",
                "2023-12-13",
                "law",
                "regulation",
                "改正空家法が施行",
                "Amended Vacant Houses Act in force",
                source="act2",
            ),
        ],
        language="ja",
        sources=[
            ["act", "Act", "Diet", "", "2015", "government", "ja"],
            ["act2", "Amended act", "Diet", "", "2023", "government", "ja"],
        ],
    )
    ja = diagnose("改正空家法は2023年12月に施行された", pack)
    assert ja.rating == "true"
    assert ja.checks[0].evidence == ["e-new"]
    assert diagnose("The amended Vacant Houses Act came into force in December 2023.", pack).rating == "true"


def test_a_decision_struck_down_is_not_one_upheld(events_pack: Pack) -> None:
    struck = diagnose("The Norland Constitutional Council struck down the pension reform.", events_pack)
    assert struck.rating == "false"
    assert struck.checks[0].evidence == ["e-court"]
    validated = diagnose("The Norland Constitutional Council validated the pension reform.", events_pack)
    assert validated.rating == "true"
    assert diagnose("ノーランド憲法評議会は年金改革を違憲と判断した", events_pack).rating == "false"
    assert diagnose("ノーランド憲法評議会は年金改革を合憲と判断した", events_pack).rating == "true"


def test_a_ban_lifted_is_not_one_taking_effect(events_pack: Pack) -> None:
    # a rule ended against one brought into force (blind id-nickel ban-lifted, a wrong true)
    lifted = diagnose("Norland lifted its ban on ore exports.", events_pack)
    assert lifted.rating == "false"
    assert lifted.checks[0].evidence == ["e-ban"]
    assert diagnose("Norland imposed a ban on ore exports.", events_pack).rating == "true"
    assert diagnose("ノーランドは鉱石輸出の禁止を撤廃した", events_pack).rating == "false"
    assert diagnose("ノーランドは鉱石の輸出禁止を導入した", events_pack).rating == "true"
