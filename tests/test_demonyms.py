"""Owners named by a demonym, and a group counted inside a whole (verdict-rules §2, "What a
statement names"): "Syrians", 「シリア人」 name Syria; "Afghans … in the EU" is Afghanistan's figure
on the pack's by-citizenship breakdown, the EU being where it is counted."""

from __future__ import annotations

from pathlib import Path

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    csv_text,
    write_pack,
)
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.lexicon import demonym_forms
from shingi.pipeline.parse import parse

_PACK_YAML = """\
id: asylum
title: {ja: "庇護", en: "Asylum"}
language: en
subject: EU
pillars:
  - id: applications
    name: {ja: "申請", en: "Applications"}
"""

# no demonym among the aliases: the forms come from the names by the suffix rules
_ENTITIES = [
    ENTITY_HEADER,
    ["EU", "organization", "欧州連合", "European Union", "EU;the bloc", ""],
    ["DE", "country", "ドイツ", "Germany", "", ""],
    ["SY", "country", "シリア", "Syria", "", ""],
    ["AF", "country", "アフガニスタン", "Afghanistan", "", ""],
    ["VE", "country", "ベネズエラ", "Venezuela", "", ""],
]
_APPLICANTS = ["applicants", "初回庇護申請者数（受入国別）", "first-time asylum applicants registered",
               "count",
               "asylum applicants;asylum seekers;庇護申請者", "", "count",
               "First-time applicants counted in the country where they applied."]
_BY_CITIZENSHIP = ["by_citizenship", "初回庇護申請者数（国籍別）",
                   "first-time asylum applicants by citizenship", "count", "", "", "count",
                   "First-time asylum applicants in the EU holding the citizenship of the entity."]
_ROWS = [
    ["o1", "EU", "applicants", "2024", "912000", "count", "s2", ""],
    ["o2", "DE", "applicants", "2024", "229000", "count", "s2", ""],
    ["o3", "SY", "by_citizenship", "2024", "148000", "count", "s2", ""],
    ["o4", "VE", "by_citizenship", "2024", "72800", "count", "s2", ""],
    ["o5", "AF", "by_citizenship", "2024", "72200", "count", "s2", ""],
]


def _pack(tmp_path: Path, metrics: list[list[str]], rows: list[list[str]]) -> Pack:
    return load_pack(write_pack(
        tmp_path / "p",
        pack_yaml=_PACK_YAML,
        sources_csv=csv_text([SOURCE_HEADER, ["s2", "Stats", "Office", "", "2025-03", "statistics", "en"]]),
        entities_csv=csv_text(_ENTITIES),
        metrics_csv=csv_text([METRIC_HEADER, *metrics]),
        observations_csv=csv_text([OBSERVATION_HEADER, *rows]),
        events_csv=csv_text([EVENT_HEADER]),
    ))


def _rating(pack: Pack, text: str) -> str:
    return diagnose(text, pack, lang="ja" if "。" in text else "en", as_of="2025-04-01").rating


def test_demonym_forms_follow_the_suffix_rules() -> None:
    assert {"Syrian", "Syrians"} <= demonym_forms("Syria")
    assert {"Afghan", "Afghans", "Pakistani"} <= demonym_forms("Afghanistan") | demonym_forms("Pakistan")
    expected = {"Japanese", "Brazilian", "Brazilians", "Italian", "Mexican", "Ukrainian", "German"}
    assert expected <= (
        demonym_forms("Japan") | demonym_forms("Brazil") | demonym_forms("Italy") | demonym_forms("Mexico")
        | demonym_forms("Ukraine") | demonym_forms("Germany")
    )
    assert "Israelis" in demonym_forms("Israel")


def test_a_people_counted_inside_a_whole_is_read_on_the_breakdown(tmp_path: Path) -> None:
    pack = _pack(tmp_path, [_APPLICANTS, _BY_CITIZENSHIP], _ROWS)
    for said in ("Syrians were the largest group of asylum applicants in the EU in 2024.",
                 "2024年、EUで最も多い庇護申請者はシリア人だった。"):
        assert _rating(pack, said) == "true", said
    for said in ("Afghans were the largest group of asylum applicants in the EU in 2024.",
                 "Afghans were the second-largest group of asylum seekers in the EU in 2024.",
                 "2024年、EUで最も多い庇護申請者はアフガニスタン人だった。"):
        assert _rating(pack, said) == "false", said


def test_a_people_ranked_within_a_whole_owns_the_figure_after_it(tmp_path: Path) -> None:
    # 「EUで最も多い」 makes the EU the ranking's scope (verdict-rules §4.8); the people ranked is
    # still read on the breakdown, and the figure after the ranking is its own, not the EU's 91.2万
    pack = _pack(tmp_path, [_APPLICANTS, _BY_CITIZENSHIP], _ROWS)
    assert _rating(pack, "2024年、EUで最も多い庇護申請者はシリア人で、約14万8千人だった。") == "true"
    said = "2024年、EUで最も多い庇護申請者はシリア人で、約91万人だった。"
    assert _rating(pack, said) not in ("true", "mostly_true")


def test_a_group_with_two_breakdowns_of_the_period_stays_open(tmp_path: Path) -> None:
    # a second by-citizenship count (all applications, not first-time) for the same year: which
    # one the speaker meant is not said, so the group is not read on either
    lodged = ["lodged_by_citizenship", "庇護申請者数（全申請、国籍別）",
              "asylum applicants lodged by citizenship", "count", "", "", "count",
              "All asylum applications lodged in the EU by citizens of the entity."]
    rows = [*_ROWS, ["o6", "SY", "lodged_by_citizenship", "2024", "150000", "count", "s2", ""],
            ["o7", "AF", "lodged_by_citizenship", "2024", "160000", "count", "s2", ""]]
    pack = _pack(tmp_path, [_APPLICANTS, _BY_CITIZENSHIP, lodged], rows)
    said = "Afghans were the largest group of asylum seekers in the EU in 2024."
    assert _rating(pack, said) == "unverifiable"


def test_a_demonym_as_the_adjective_of_something_else_names_no_owner(tmp_path: Path) -> None:
    pack = _pack(tmp_path, [_APPLICANTS, _BY_CITIZENSHIP], _ROWS)
    (st,) = parse("Asylum applicants rose in 2024 as Syrian fighting ended.", pack).statements
    assert "SY" not in st.entities
    (st,) = parse("Syrians applied for asylum in 2024.", pack).statements
    assert st.entities[:1] == ("SY",)


_NATION_YAML = """\
id: jobs
title: {{ja: "雇用", en: "Jobs"}}
language: en
subject: {subject}
pillars:
  - id: labour
    name: {{ja: "労働", en: "Labour"}}
"""


def _nation_pack(tmp_path: Path, subject: str) -> Pack:
    return load_pack(write_pack(
        tmp_path / subject,
        pack_yaml=_NATION_YAML.format(subject=subject),
        sources_csv=csv_text([SOURCE_HEADER, ["s2", "Stats", "Office", "", "2025-03", "statistics", "en"]]),
        entities_csv=csv_text([ENTITY_HEADER, ["JP", "country", "日本", "Japan", "", ""],
                               ["tokyo", "other", "東京都", "Tokyo", "", "JP"]]),
        metrics_csv=csv_text([METRIC_HEADER, ["jobless", "完全失業率", "unemployment rate", "%",
                                              "jobless rate;失業率", "false", "share", ""]]),
        observations_csv=csv_text([OBSERVATION_HEADER,
                                   ["o1", "JP", "jobless", "2024", "2.5", "%", "s2", ""],
                                   ["o2", "tokyo", "jobless", "2024", "2.0", "%", "s2", ""]]),
        events_csv=csv_text([EVENT_HEADER]),
    ))


def test_a_nameless_figure_in_a_regional_pack_stays_open_when_region_and_country_disagree(
    tmp_path: Path,
) -> None:
    # Tokyo 2.0 %, Japan 2.5 %: a claim naming no place is either's, so it is not filled with one
    pack = _nation_pack(tmp_path, "tokyo")
    for said in ("The unemployment rate was 2.5% in 2024.", "2024年の完全失業率は2.5%だった。"):
        assert _rating(pack, said) == "unverifiable", said


_DEM_YAML = _PACK_YAML.replace("asylum", "dem").replace("subject: EU", "subject: NL")


def _dem_pack(tmp_path: Path) -> Pack:
    rows = [["e1", "NE", "exp", "2024", "100", "USD", "s2", ""],
            ["e2", "NL", "exp", "2024", "500", "USD", "s2", ""],
            ["e3", "DM", "exp", "2024", "50", "USD", "s2", ""],
            ["e4", "KR", "exp", "2024", "70", "USD", "s2", ""]]
    return load_pack(write_pack(
        tmp_path / "dem",
        pack_yaml=_DEM_YAML,
        sources_csv=csv_text([SOURCE_HEADER, ["s2", "Stats", "Office", "", "2025-03", "statistics", "en"]]),
        entities_csv=csv_text([ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""],
                               ["NE", "country", "ニジェール", "Niger", "", ""],
                               ["DM", "country", "ドミニカ国", "Dominica", "", ""],
                               ["KR", "country", "韓国", "South Korea", "Korea", ""]]),
        metrics_csv=csv_text([METRIC_HEADER,
                              ["exp", "輸出額", "exports", "USD", "輸出額;exports", "", "amount", ""]]),
        observations_csv=csv_text([OBSERVATION_HEADER, *rows]),
        events_csv=csv_text([EVENT_HEADER]),
    ))


def test_a_demonym_that_is_another_countrys_names_none(tmp_path: Path) -> None:
    # Niger + ian makes "Nigerian", but the word is Nigeria's; "Dominican" is Dominica's and the
    # Dominican Republic's alike; "North Korean" is not South Korea's: none is read on the pack's
    # country, nor on the subject (Norland, 500)
    pack = _dem_pack(tmp_path)
    for said in ("Nigerian exports were 100 dollars in 2024.", "Dominican exports were 50 dollars in 2024.",
                 "North Korean exports were 70 dollars in 2024.", "Nigerians exported 100 dollars in 2024."):
        assert _rating(pack, said) == "unverifiable", said
    # the pack's own names and the demonym a qualifier makes its own still name it
    for said in ("Niger's exports were 100 dollars in 2024.", "South Korean exports were 70 dollars in 2024.",
                 "2024年、ニジェールの輸出額は100ドルだった。"):
        assert _rating(pack, said) == "true", said


def test_a_japanese_name_before_a_word_of_its_own_is_no_people(tmp_path: Path) -> None:
    # 「シリア人口」 is Syria's population (人口), no people counted: the figure is the EU's (912,000),
    # not the Syrians' breakdown (148,000); 「シリア人難民」 is the Syrians still (人 ends the word)
    pack = _pack(tmp_path, [_APPLICANTS, _BY_CITIZENSHIP], _ROWS)
    assert _rating(pack, "2024年、シリア人口の流出でEUの庇護申請者は14万8000人だった。") == "false"
    assert _rating(pack, "2024年、シリア人口の流出でEUの庇護申請者は91万2000人だった。") == "true"
    assert _rating(pack, "2024年、EUで最も多い庇護申請者はシリア人難民だった。") == "true"
