"""A figure said in the present that a later event changed (docs/verdict-rules.md §4.11), on a
small pack built here.

「自国民の奨学金の予算→70億」 said in May 2024: 70億円 is the budget the pack records for FY2017,
its latest value, but a later event of the programme says the budget has since been raised (増額,
"increased"). The figure was right once and is out of date at the claim's date: mostly false, not
true (dev jfc-2024-shogakukin nanajuu_oku was a wrong true). Said of its own year, it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = 'id: superseded\ntitle: {en: "Superseded"}\nlanguage: ja\nsubject: NL\n'
SOURCES = [SOURCE_HEADER, ["gov", "Budget documents", "Ministry", "", "2024", "government", "ja"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["GRANT", "programme", "給付型奨学金", "grant scholarships", "奨学金;scholarships", "NL"],
    ["LOANS", "programme", "学生ローン", "student loans", "", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["raised", "2024-05", "", "GRANT", "funding",
     "給付型奨学金の予算は創設時の70億円から大幅に増額されている",
     "The grant scholarship budget has been increased well above its first 7 billion yen",
     "", "", "gov", "2", ""],
    ["loans", "2024-04", "", "LOANS", "funding", "学生ローンの予算を増額", "Student loan budget increased",
     "", "", "gov", "2", ""],
]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    ["budget", "予算額", "budget", "JPY", "予算", "", "amount"],
    ["students", "受給者数", "recipients", "count", "受給者", "", "count"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["b17", "GRANT", "budget", "FY2017", "70億", "JPY", "gov", ""],
    ["s17", "GRANT", "students", "FY2017", "2万", "count", "gov", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("superseded")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize("claim", [
    "給付型奨学金の予算は70億円だ",
    "The grant scholarships budget is 7 billion yen.",
])
def test_a_present_figure_a_later_event_changed_is_out_of_date(claim: str, pack: Pack) -> None:
    d = diagnose(claim, pack, as_of="2024-05-21")
    assert (d.checks[0].result, d.checks[0].credit) == ("partly", 0.25)
    assert d.rating == "mostly_false"
    assert "raised" in d.checks[0].evidence


@pytest.mark.parametrize(("claim", "as_of"), [
    ("給付型奨学金の予算は2017年度に70億円だった", "2024-05-21"),  # said of its own year
    ("給付型奨学金の予算は70億円だ", "2018-05-01"),  # said before the change
    ("給付型奨学金の受給者は2万人だ", "2024-05-21"),  # the change was of another measure
])
def test_a_figure_no_later_change_touches_holds(claim: str, as_of: str, pack: Pack) -> None:
    assert diagnose(claim, pack, as_of=as_of).rating == "true"
