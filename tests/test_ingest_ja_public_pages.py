"""Japanese public-sector pages as published (issue 14, ninth session): a municipality's title that owns
the page, section marks and numbers glued to their labels, 「label:figure」 lines, 「うち」 parts and a
change said in a sentence of its own. Small synthetic documents, one a family."""

from __future__ import annotations

import io

import pytest

from ingest_helpers import extract
from shingi.ingest.extract import DocFacts, ExtractContext
from shingi.ingest.readers import iter_text_lines
from shingi.ingest.sentences import split_sentences


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def rows(facts: DocFacts) -> set[tuple[str, str, float, str]]:
    """(owner's name, measure's name, value, period) of every drafted figure."""
    out = set()
    for o in facts.observations:
        e = facts.entities.get(o.entity)
        m = facts.metrics.get(o.metric)
        owner = (e.name_ja or e.name_en or "") if e else o.entity
        measure = (m.name_ja or m.name_en or "") if m else ""
        out.add((owner, measure, round(o.value.value, 6), o.period.text))
    return out


def roles(text: str) -> list[tuple[str, str]]:
    return [(s.role, s.text) for s in split_sentences(iter_text_lines(io.StringIO(text, newline=None)))]


def test_label_figure_lines_and_a_glued_mark_are_units_of_their_own() -> None:
    got = roles("◆令和6年(2024年)10月1日現在\n人口:56,815人(-54)\n"
                "世帯数：25,124世帯（+9）\n( )内は対前月比。\n")
    assert got == [("heading", "令和6年(2024年)10月1日現在"), ("item", "人口:56,815人(-54)"),
                   ("item", "世帯数：25,124世帯（+9）"), ("text", "( )内は対前月比。")]


def test_a_short_numbered_label_is_a_heading_a_numbered_sentence_is_not() -> None:
    got = roles("(1) 就業者数,雇用者数\n就業者数は6768万人。\n")
    assert got[0] == ("heading", "就業者数,雇用者数")
    got = roles("(1)出生数の年計は1 091 150人で、前年より1 332人増加。\n")
    assert got[0][0] == "text"


def test_a_placeholder_circle_is_no_section_mark() -> None:
    assert roles("○○市の人口と世帯\n")[0][1] == "○○市の人口と世帯"


def test_the_town_a_title_opens_with_owns_the_entries_under_the_dated_heading(bare: ExtractContext) -> None:
    text = "松田町 人のうごき\n\n◆令和6年(2024年)10月1日現在\n人口:56,815人(-54)\n世帯数:25,124世帯(+9)\n"
    got = rows(extract(bare, text))
    assert ("松田町", "人口", 56815.0, "2024-10-01") in got
    assert ("松田町", "世帯数", 25124.0, "2024-10-01") in got
    # a bracketed figure with no unit and no base is not drafted (only a legend says what it is)
    assert not any(v in (-54.0, 9.0) for _o, _m, v, _p in got)


def test_a_part_said_with_uchi_is_a_measure_of_its_own_under_its_parent(bare: ExtractContext) -> None:
    text = ("新潟県の人口移動\n\n"
            "令和元年12月の県内の就業者数は120万人で、うち女性は55万人となった。\n"
            "令和元年12月の転入は3,997人(うち県外からの転入1,676人)となった。\n")
    got = rows(extract(bare, text))
    assert ("新潟県", "就業者数", 1200000.0, "2019-12") in got
    assert ("新潟県", "就業者数（うち女性）", 550000.0, "2019-12") in got
    assert ("新潟県", "県外からの転入", 1676.0, "2019-12") in got
    assert not any(m == "転入" and v == 1676.0 for _o, m, v, _p in got)


def test_a_change_said_in_the_next_sentence_is_of_the_measure_before(bare: ExtractContext) -> None:
    text = ("総務省統計局\n\n労働力調査 2019年9月分\n\n"
            "就業者数は6768万人。前年同月に比べ53万人の増加。\n")
    got = rows(extract(bare, text))
    assert ("日本", "就業者数", 67680000.0, "2019-09") in got
    assert ("日本", "就業者数", 530000.0, "2019-09") in got
    assert not any(m.startswith("比べ") for _o, m, _v, _p in got)


def test_this_prefecture_and_within_it_are_the_titles_prefecture_the_whole_country_japan(
        bare: ExtractContext) -> None:
    text = ("鹿児島県の推計人口（令和7年10月1日現在）\n\n"
            "本県の推計人口は1,512,345人で、前月に比べ1,234人減少した。\n"
            "全国の人口は1億2,300万人となった。\n"
            "市町村別では、鹿児島市が593,000人で最も多い。\n"
            "本県の世帯数は720,000世帯となった。\n"
            "県内の出生数は850人となった。\n")
    got = {(o, v) for o, _m, v, _p in rows(extract(bare, text))}
    assert ("鹿児島県", 1512345.0) in got
    assert ("日本", 123000000.0) in got
    assert ("鹿児島県", 720000.0) in got  # not 鹿児島市, the last place named
    assert ("鹿児島県", 850.0) in got


def test_this_city_on_a_page_whose_title_opens_with_the_city(bare: ExtractContext) -> None:
    text = ("足利市統計書 人口\n\n令和6年10月1日現在\n\n"
            "本市の人口は140,000人です。\n栃木県の人口は1,900,000人です。\n本市の世帯数は62,000世帯となりました。\n")
    got = {(o, v) for o, _m, v, _p in rows(extract(bare, text))}
    assert ("足利市", 140000.0) in got
    assert ("足利市", 62000.0) in got
    assert ("栃木県", 1900000.0) in got


def test_this_city_never_named_leaves_its_figures_without_an_owner(bare: ExtractContext) -> None:
    text = ("人口と世帯\n\n令和6年10月1日現在\n\n"
            "栃木県の人口は1,900,000人です。\n本市の世帯数は62,000世帯となりました。\n")
    got = {(o, v) for o, _m, v, _p in rows(extract(bare, text))}
    assert ("栃木県", 1900000.0) in got
    assert not any(v == 62000.0 for _o, v in got)


def test_a_qualifier_in_brackets_before_wa_keeps_the_measures_name(bare: ExtractContext) -> None:
    text = ("総務省統計局\n\n労働力調査 2019年9月分\n\n"
            "完全失業率(季節調整値)は2.4%。前月に比べ0.2ポイント上昇\n\n"
            "新規求人数（原数値）は前年同月に比べ4.0%減った。\n")
    got = {(m, v) for _o, m, v, _p in rows(extract(bare, text))}
    assert ("完全失業率", 2.4) in got
    assert ("完全失業率（増減幅）", 0.2) in got
    assert ("新規求人数（増減率）", -4.0) in got


def test_a_line_ending_on_an_outcome_noun_ends_its_sentence() -> None:
    got = [t for _r, t in roles("就業者数は6768万人。81か月連続の増加\n雇用者数は6017万人。\n")]
    assert got == ["就業者数は6768万人。", "81か月連続の増加", "雇用者数は6017万人。"]
    # a line wrapped after the noun and going on with a particle is one sentence
    got = [t for _r, t in roles("生産は2か月連続の増加\nとなった。\n")]
    assert got == ["生産は2か月連続の増加となった。"]


def test_every_figure_in_a_bracket_that_opens_with_its_base_is_a_change(bare: ExtractContext) -> None:
    text = "三重県の人口（令和6年）\n\n本県の人口は1,730,000人（前年比△15,000人、△0.86%）となった。\n"
    got = {(m, v) for _o, m, v, _p in rows(extract(bare, text))}
    assert ("人口", 1730000.0) in got
    assert ("人口", -15000.0) in got
    assert ("人口（前年比）", -0.86) in got


def test_within_the_prefecture_unresolved_does_not_block_this_citys_figures(bare: ExtractContext) -> None:
    text = "足利市統計書 人口\n\n令和6年10月1日現在\n\n本市の人口は県内で3番目に多い140,000人です。\n"
    got = {(o, v) for o, _m, v, _p in rows(extract(bare, text))}
    assert ("足利市", 140000.0) in got


def test_a_legend_before_the_entries_says_their_brackets_are_changes(bare: ExtractContext) -> None:
    text = ("小野市の人口と世帯数\n\n令和6年10月1日現在。( )は前月比\n"
            "人口:53,729人(+4)\n世帯:24,773世帯(-51)\n")
    got = {(m, v) for _o, m, v, _p in rows(extract(bare, text))}
    assert {("人口", 53729.0), ("人口", 4.0), ("世帯", 24773.0), ("世帯", -51.0)} <= got


def test_a_legend_holds_until_the_next_heading(bare: ExtractContext) -> None:
    text = ("小野市の人口と世帯数\n\n令和6年10月1日現在。( )は前月比\n人口:53,729人(+4)\n\n"
            "地区別の世帯\n\n東地区:5,120世帯(12)\n")
    got = {(m, v) for _o, m, v, _p in rows(extract(bare, text))}
    assert ("人口", 4.0) in got  # under the legend: a change
    assert not any(v == 12.0 for _m, v in got)  # under a new heading the brackets say nothing known
