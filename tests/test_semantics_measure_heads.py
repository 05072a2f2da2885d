"""A measure named by its head and modifiers (docs/verdict-rules.md §4.13, "Generic heads and
narrower names"): a generic head of a money measure (market, sales, 市場, 売上) said in place of the
name's own, a modifier written with の that names the narrower measure (「子どものホームレス」 of
子どものホームレス数), a percentage before a change verb with a particle between (「2割も増えた」) is
the change's size, a country's measure the pack keeps for its one operator, and a share beside the
count of its part ("one in three homeless people was sleeping outside"). Blind round 21
jp-publishing ecomic-doubled-5y, manga-record-print-steady-en; us-homelessness children50_ja,
unsh_third; jp-cashless mf_20pct, mf_qr20, f_code_over_cc_en; de-rail-punctuality ld-75-2025."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

METRICS = [
    ["comics", "漫画販売額", "Comics sales", "NOK", "漫画;comics;マンガ市場;comic market", "", "amount", ""],
    ["ecomics", "電子漫画販売額", "Digital comics sales", "NOK", "電子漫画;digital comics", "",
     "amount", ""],
    ["homeless", "ホームレス数", "people experiencing homelessness", "count", "homeless population", "",
     "count", ""],
    ["child_homeless", "子どものホームレス数", "homeless children", "count", "子ども;kids", "", "count", ""],
    ["unsheltered", "路上生活者数", "unsheltered homeless people", "count",
     "sleeping outside;路上生活", "", "count", ""],
    ["unsheltered_share", "路上生活者の割合", "share of homeless people who are unsheltered", "%",
     "unsheltered share", "", "share", "Unsheltered people as a percent of all homeless people"],
    ["pay_value", "電子決済額", "electronic payment value", "NOK", "決済額;electronic payments", "",
     "amount", ""],
    ["pay_ratio", "電子決済比率", "electronic payment ratio", "%", "決済比率", "", "share", ""],
    ["card_share", "電子決済額に占めるカード決済の構成比", "card share of electronic payment value", "%",
     "カード決済のシェア;card share", "", "share", "電子決済額に占めるカード決済の割合"],
    ["punctuality", "長距離列車の定時率", "Long-distance punctuality", "%",
     "定時率;punctuality", "", "share", ""],
]

OBSERVATIONS = [
    ["c23", "NL", "comics", "2023", "600", "NOK", "stat", ""],
    ["c24", "NL", "comics", "2024", "700", "NOK", "stat", ""],
    ["e23", "NL", "ecomics", "2023", "200", "NOK", "stat", ""],
    ["e24", "NL", "ecomics", "2024", "400", "NOK", "stat", ""],
    ["h23", "NL", "homeless", "2023", "600", "count", "stat", ""],
    ["h24", "NL", "homeless", "2024", "800", "count", "stat", ""],
    ["k23", "NL", "child_homeless", "2023", "100", "count", "stat", ""],
    ["k24", "NL", "child_homeless", "2024", "150", "count", "stat", ""],
    ["u24", "NL", "unsheltered", "2024", "280", "count", "stat", ""],
    ["s24", "NL", "unsheltered_share", "2024", "35", "%", "stat", ""],
    ["p23", "NL", "pay_value", "2023", "100", "NOK", "stat", ""],
    ["p24", "NL", "pay_value", "2024", "111", "NOK", "stat", ""],
    ["r23", "NL", "pay_ratio", "2023", "30", "%", "stat", ""],
    ["r24", "NL", "pay_ratio", "2024", "36", "%", "stat", ""],
    ["d24", "NL", "card_share", "2024", "60", "%", "stat", ""],
    ["t24", "nrail", "punctuality", "2024", "60", "%", "stat", ""],
]

ENTITIES = [
    ["nrail", "company", "ノーランド鉄道", "Norland Rail", "NR", "NL"],
    ["ostland", "country", "オストランド", "Ostland", "", ""],
    ["orail", "company", "オストランド鉄道", "Ostland Rail", "", "ostland"],
    ["obus", "company", "オストランドバス", "Ostland Bus", "", "ostland"],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "measure-heads", METRICS, OBSERVATIONS, entities=ENTITIES)


def _first(pack: Pack, claim: str) -> tuple[str, ...]:
    return parse(claim, pack).statements[0].metrics


def test_a_generic_head_said_in_the_names_place(pack: Pack) -> None:
    # "comic market" is the alias; "comic sales" says the same measure by another generic head
    assert _first(pack, "Comic sales rose in 2024.")[:1] == ("comics",)
    assert _first(pack, "漫画の市場は2024年に増えた。")[:1] == ("comics",)
    assert _first(pack, "電子漫画の市場は2024年に倍増した。")[:1] == ("ecomics",)
    assert diagnose("電子漫画の市場は2024年に倍増した。", pack).rating == "true"
    # near miss: the generic head alone names nothing ("sales" is no comic measure)
    assert _first(pack, "Sales rose in 2024.") == ()


def test_a_modifier_with_no_that_names_the_narrower_measure(pack: Pack) -> None:
    # 子どものホームレス is inside 子どものホームレス数: the children's count, not the total
    assert _first(pack, "2024年の子どものホームレスは約150人だった。")[:1] == ("child_homeless",)
    # near miss: the whole's name alone stays the whole
    assert _first(pack, "2024年のホームレスは約800人だった。")[:1] == ("homeless",)


def test_a_percentage_before_a_change_verb_with_a_particle_between(pack: Pack) -> None:
    # 「2割も増えた」 sizes the change of the value (+11 %), not a value of the ratio in percent
    d = diagnose("電子決済額は2024年、前年から2割も増えた。", pack)
    assert d.checks[0].evidence[:2] == ["p23", "p24"]
    assert d.rating in ("false", "mostly_false")
    assert diagnose("電子決済額は2024年、前年から1割ほど増えた。", pack).rating in ("true", "mostly_true")


def test_a_countrys_measure_kept_for_its_one_operator(pack: Pack) -> None:
    for claim in ("ノーランドの長距離列車の定時率は2024年に60%だった。",
                  "Norland's long-distance punctuality was 60% in 2024."):
        d = diagnose(claim, pack)
        assert d.rating == "true", claim
        assert d.checks[0].evidence == ["t24"]
    # near miss: a country with two bodies and no observation keeps its own reading (no operator)
    st = parse("Ostland's long-distance punctuality was 60% in 2024.", pack).statements[0]
    assert "orail" not in st.entities and "obus" not in st.entities


def test_a_share_beside_the_count_of_its_part(pack: Pack) -> None:
    d = diagnose("About one in three homeless people was sleeping outside in 2024.", pack)
    assert d.checks[0].evidence == ["s24"]
    assert d.rating == "true"
    # near miss: a share of another whole is not read on it
    d = diagnose("About one in three homeless children was sleeping outside in 2024.", pack)
    assert "s24" not in d.checks[0].evidence


def test_a_share_named_by_its_whole_is_not_the_part(pack: Pack) -> None:
    # 電子決済比率 is said only inside the whole 電子決済額: the card share of that whole is read
    d = diagnose("カード決済は2024年、電子決済額の約6割を占めた。", pack)
    assert d.checks[0].evidence == ["d24"]
    assert d.rating == "true"
    # near miss: the ratio named outright stays the ratio
    assert diagnose("電子決済比率は2024年に36%だった。", pack).checks[0].evidence == ["r24"]
