"""What a figure counts or measures when the number reader gives no unit: counters, counts,
index levels, cents and percentage points (ingest on real releases, issue 14)."""

from __future__ import annotations

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.normalize.periods import parse_period
from shingi.normalize.quantities import find_quantities, parse_quantity


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def rows(facts: DocFacts) -> list[tuple[str, float, str | None, str]]:
    """(owner's name, value, unit, period) of every drafted figure."""
    out = []
    for o in facts.observations:
        e = facts.entities.get(o.entity)
        out.append(((e.name_ja or e.name_en) if e else o.entity, o.value.value, o.value.unit, o.period.text))
    return out


@pytest.mark.parametrize(("sentence", "value"), [
    ("2024年の新設住宅着工戸数は3万6,512戸で、前年比5.2%減となった。", 36512.0),
    ("2024年に県内で新たに開業した店舗は12店舗だった。", 12.0),
    ("2024年度に整備した校舎は5棟で、統合により新設した学校は3校だった。", 5.0),
    ("2024年末の電気自動車の登録台数は1万2,400台となった。", 12400.0),
])
def test_a_japanese_number_counts_the_noun_right_after_it(bare: ExtractContext, sentence: str,
                                                           value: float) -> None:
    facts = extract(bare, "福岡県は本日、発表した。\n\n" + sentence + "\n", parse_period("2025-02-05"))
    counted = [(v, u) for _o, v, u, _p in rows(facts) if u == "count"]
    assert (value, "count") in counted


@pytest.mark.parametrize("sentence", [
    "2024年度の第3次補正予算で、5歳以下の子どもに支給した。",
    "気温は2024年8月に38度を記録した。",
])
def test_ordinals_ages_and_degrees_are_no_counts(bare: ExtractContext, sentence: str) -> None:
    facts = extract(bare, "福岡県は本日、発表した。\n\n" + sentence + "\n", parse_period("2025-02-05"))
    assert not [r for r in rows(facts) if r[2] == "count"]


def test_english_counts_by_any_plural_noun_or_a_large_bare_number(bare: ExtractContext) -> None:
    text = ("The Employment Situation — December 2024\n\n"
            "WASHINGTON, Jan. 10, 2025 — Total nonfarm payroll employment increased by 256,000 in "
            "December, the U.S. Bureau of Labor Statistics reported today.\n\n"
            "The number of unemployed people, at 6.9 million, changed little in December.\n\n"
            "Payroll employment rose by 2.2 million in 2024, compared with an increase of 3.0 million "
            "in 2023.\n")
    got = {(v, u, p) for _o, v, u, p in rows(extract(bare, text))}
    assert {(256000.0, "count", "2024-12"), (6.9e6, "count", "2024-12"), (2.2e6, "count", "2024"),
            (3.0e6, "count", "2023")} <= got


def test_a_count_noun_may_stand_after_its_modifiers() -> None:
    found = find_quantities("The plants are expected to create about 20,000 direct manufacturing and "
                            "construction jobs and 12 new stores, over 40 years.")
    assert [(q.quantity.value, q.quantity.unit) for q in found] == [(20000.0, "count"), (12.0, "count"),
                                                                   (40.0, None)]
    # words that measure or date are no counted things; an acronym's plural is
    assert [q.quantity.unit for q in find_quantities("6,128 GPUs for 3 years")] == ["count", None]


def test_a_unit_cell_keeps_its_word() -> None:
    assert parse_quantity("12 apples").unit == "apples"
    assert parse_quantity("6,128 GPUs").unit == "count"


def test_cents_are_hundredths_of_a_dollar(bare: ExtractContext) -> None:
    assert [(q.quantity.value, q.quantity.unit) for q in find_quantities("rose by 10 cents, or 12¢")] == [
        (0.1, "USD"), (0.12, "USD")]
    text = ("The U.S. Bureau of Labor Statistics reported today on the employment situation.\n\n"
            "In December 2024, average hourly earnings for all employees rose by 10 cents, or 0.3 percent, "
            "to $35.69.\n")
    got = {(v, u, p) for _o, v, u, p in rows(extract(bare, text))}
    assert {(0.1, "USD", "2024-12"), (0.3, "%", "2024-12"), (35.69, "USD", "2024-12")} <= got


def test_an_index_level_is_a_figure_and_its_base_is_not(bare: ExtractContext) -> None:
    text = ("総務省統計局は本日、2024年12月の全国消費者物価指数を公表した。"
            "総合指数は2020年を100として110.7となり、前年同月比3.6%上昇した。\n\n"
            "The Consumer Price Index (CPI) for December 2024 was 315.6 (1982-84=100).\n")
    got = rows(extract(bare, text, parse_period("2025-01-24")))
    assert (110.7, "index", "2024-12") in [(v, u, p) for _o, v, u, p in got]
    assert (315.6, "index", "2024-12") in [(v, u, p) for _o, v, u, p in got]
    assert not [r for r in got if r[1] == 100.0 or r[3] == "2020"]


def test_percentage_points_are_written_pp_as_the_change_of_the_rate(bare: ExtractContext) -> None:
    text = ("総務省統計局は本日、労働力調査の結果を公表した。"
            "12月の完全失業率は2.4%で、前月に比べ0.1ポイント低下した。\n")
    facts = extract(bare, text, parse_period("2025-01-31"))
    got = [(o.value.value, o.value.unit, o.period.text) for o in facts.observations]
    assert got == [(2.4, "%", "2024-12"), (-0.1, "pp", "2024-12")]
    pp = facts.metrics[facts.observations[1].metric]
    assert pp.unit == "pp" and pp.name_ja == "完全失業率（増減幅）"


def test_a_citys_figures_are_its_own_not_its_countrys(bare: ExtractContext) -> None:
    text = ("福岡県は本日、2024年の新設住宅着工戸数を公表した。\n\n# 2024年の市町村別\n\n"
            "福岡市の着工戸数は1万5,633戸で、県全体の42.8%を占めた。\n")
    got = rows(extract(bare, text, parse_period("2025-02-05")))
    assert ("福岡市", 15633.0, "count", "2024") in got
    assert ("福岡市", 42.8, "%", "2024") in got


def test_a_sentence_naming_nobody_goes_on_about_the_actor_named_last(bare: ExtractContext) -> None:
    text = ("The Department also signed a memorandum with Micron for up to $275 million on "
            "December 10, 2024.\n\nThe investments are expected to create about 20,000 jobs.\n\n"
            "Rapidusは2027年に量産開始を目指している。\n\n量産までに必要な資金は約5兆円と見込まれている。\n")
    got = rows(extract(bare, text, parse_period("2025-03-31")))
    assert ("Micron", 20000.0, "count") in [(o, v, u) for o, v, u, _p in got]
    assert ("Rapidus", 5e12, "JPY") in [(o, v, u) for o, v, u, _p in got]


def test_a_report_dated_by_its_day_dates_the_figures_after_it(bare: ExtractContext) -> None:
    text = ("# 令和6年 福岡県の新設住宅着工戸数（暦年）\n\n"
            "福岡県は5日、令和6年の県内の新設住宅着工戸数を公表した。\n\n"
            "着工戸数は3万6,512戸で、前年比5.2%減となった。\n\n"
            "Apple today announced financial results for its fiscal 2025 first quarter ended December 28, "
            "2024.\n\n\"Today Apple is reporting our best quarter ever, with revenue of $124.3 billion,\" "
            "said the CEO.\n")
    facts = extract(bare, text, parse_period("2025-02-05"))
    got = [(v, u, p) for _o, v, u, p in rows(facts)]
    assert (36512.0, "count", "2024") in got and (-5.2, "%", "2024") in got
    assert (124.3e9, "USD", "2024-Q4") in got
    # the document's title is no event; the release is, dated by its day
    ja_events = [(e.date.text, e.date_from) for e in facts.events if _cjk_title(e.title)]
    assert ja_events == [("2025-02-05", "text")]


def _cjk_title(title: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" for ch in title)


def test_a_duration_is_no_count_and_no_index_level(bare: ExtractContext) -> None:
    text = ("The U.S. Bureau of Labor Statistics reported today on consumer prices.\n\n"
            "The all items index rose 2.6 percent for the 12 months ending October 2024.\n")
    got = [(v, u) for _o, v, u, _p in rows(extract(bare, text, parse_period("2024-11-13")))]
    assert got == [(2.6, "%")]


def test_a_section_in_millions_scales_its_amounts_and_holds_no_bare_counts() -> None:
    ctx = ExtractContext(None)
    text = ("Contoso Corp. today announced results for fiscal year 2024.\n\n"
            "(In millions, except per share amounts)\n\n"
            "In 2024, Contoso's revenue was $ 38,033 and its gross margin was 25,694.\n\n"
            "Contoso's diluted earnings per share were $ 2.95 in 2024.\n")
    got = [(v, u) for _o, v, u, _p in rows(extract(ctx, text, parse_period("2024-07-30")))]
    assert (38033e6, "USD") in got and (2.95, "USD") in got  # per-share amounts are not in millions
    assert not [g for g in got if g[1] == "count"]  # 25,694 is an amount in millions, not a count
