"""Claim-reading rules from the round-28 misses (docs/verdict-rules.md §2 and §4), in Japanese and
English, on a small pack built here, each with the cases it must not fire on:

- a numeral of a proper name ("Switch 2 launches", 「スイッチ2は」) is no quantity;
- a purpose, reason or concession clause's negative ("so that … would not be dumped",
  「…されないよう」) does not negate the statement;
- a deadline of a commitment ("by 2035", 「2035年までに…合意した」) dates what was committed to, not
  the act of committing;
- a forecast of a time after the claim's date is unknown against a plan, not refuted by it;
- the part 「どころか」 / "far from" / "let alone" denies is no statement of the claim;
- an event said of a list of places or things after its actor is checked once per listed name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import (
    ENTITY_HEADER,
    EVENT_HEADER,
    METRIC_HEADER,
    OBSERVATION_HEADER,
    SOURCE_HEADER,
    write_rows_pack,
)
from shingi.model import Pack
from shingi.normalize.quantities import find_quantities
from shingi.pack.load import load_pack
from shingi.pipeline.claims.clauses import denied_parts
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

PACK_YAML = """\
id: reading
title: {ja: "主張の読み", en: "Reading claims"}
language: en
subject: NL
pillars:
  - id: p
    name: {ja: "全般", en: "General"}
"""
SOURCES = [SOURCE_HEADER, ["s", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["acme", "company", "アクメ", "Acme", "", "NL"],
    ["bolt", "company", "ボルト", "Bolt", "", "NL"],
    ["PM", "person", "首相", "Prime Minister", "", "NL"],
    ["ALLY", "organization", "同盟", "the Alliance", "allies;加盟国", ""],
    ["P_NORTH", "facility", "北工場", "North plant", "Acme North plant", "NL"],
    ["P_SOUTH", "facility", "南工場", "South plant", "Acme South plant", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["e_launch", "2025-06-05", "p", "acme", "launch", "Acme Gadget 2 発売", "Acme Gadget 2 launches", "", "",
     "s", "3", ""],
    ["e_milk", "2021-12-21", "p", "PM", "policy", "首相が牛乳をいつもより1杯多く飲むよう国民に要請",
     "Prime Minister asks the public to drink an extra glass of milk to avoid dumping", "", "", "s", "2", ""],
    ["e_summit", "2025-06-25", "p", "ALLY", "policy", "首脳会議で2035年までに国防費GDP比5%に合意",
     "Summit: allies agree to spend 5% of GDP on defence by 2035", "5", "%", "s", "3", ""],
    ["e_target", "2025-11-04", "p", "acme", "plan", "アクメが今期の販売計画を1900万台に引き上げ",
     "Acme raises its sales plan for the year to 19 million units", "19000000", "count", "s", "3", ""],
    ["e_berlin", "2022-03-22", "p", "acme", "operation_start", "アクメのベルリン工場が開所",
     "Acme opens its Berlin factory", "", "", "s", "3", ""],
    ["e_shanghai", "2019-12-30", "p", "acme", "operation_start", "アクメの上海工場が開所",
     "Acme opens its Shanghai factory", "", "", "s", "3", ""],
    ["e_north", "2022-05-01", "p", "acme;P_NORTH", "operation_start", "アクメ北工場が稼働開始",
     "Acme North plant opens", "", "", "s", "3", ""],
    ["e_south", "2018-05-01", "p", "acme;P_SOUTH", "operation_start", "アクメ南工場が稼働開始",
     "Acme South plant opens", "", "", "s", "3", ""],
]
METRICS = [
    METRIC_HEADER,
    ["farms", "酪農家の戸数", "number of dairy farms", "count", "酪農家数;dairy farms", "", "count", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["f23", "NL", "farms", "2023", "12600", "count", "s", ""],
    ["f24", "NL", "farms", "2024", "11900", "count", "s", ""],
    ["f25", "NL", "farms", "2025", "11300", "count", "s", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("reading")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def _figures(text: str) -> list[tuple[float, str | None]]:
    return [(m.quantity.value, m.quantity.unit) for m in find_quantities(text)]


# -- a numeral of a name ------------------------------------------------------------------------


def test_a_numeral_of_a_name_is_no_quantity() -> None:
    for said in ("Nintendo Switch 2 launches alongside a new game", "PlayStation 5 launches in Japan",
                 "Sendai Unit 2 restarts", "Tesla Model 3 deliveries rose",
                 "スイッチ2は発売から4日間", "モデル3の初納車", "ステージ3の計画停電"):
        assert all(v not in (2.0, 3.0, 5.0) for v, _u in _figures(said)), said
    # kept: figures of a count, a scale or a counter, and a capital that opens the sentence
    assert _figures("2 million Switch consoles") == [(2_000_000.0, None)]
    assert _figures("Nintendo sold 2 consoles") == [(2.0, "count")]
    assert _figures("Those 300 farms closed") == [(300.0, "count")]
    assert _figures("スイッチ2台を買った") == [(2.0, "count")]
    assert _figures("コメ5キロの平均価格") == [(5.0, None)]
    assert _figures("スイッチ2は350万台売れた") == [(3_500_000.0, "count")]


def test_an_event_titled_with_a_name_numeral_has_no_amount(pack: Pack) -> None:
    for said in ("Acme Gadget 2 sold 3.5 million units in June 2025.",
                 "アクメ Gadget 2は2025年6月に350万台を売り上げた。"):
        d = diagnose(said, pack, as_of="2025-07-01")
        found = [n.found for c in d.checks for n in c.numbers]
        assert 2.0 not in found, said
        assert d.rating != "false", said


# -- a negative of a purpose, reason or concession clause --------------------------------------------


def test_a_purpose_clause_negative_does_not_negate_the_statement(pack: Pack) -> None:
    said = ("In December 2021 the Prime Minister asked the public to drink an extra glass of milk "
            "so that raw milk would not be dumped.")
    d = diagnose(said, pack, as_of="2021-12-22")
    assert d.rating == "true"
    for text in (said, "Because demand did not recover, prices fell.",
                 "Although exports did not grow, GDP rose.",
                 "首相は生乳が廃棄されないよう牛乳を多く飲むよう要請した。",
                 "政府は値上げしないよう要請した。",
                 "需要が回復しないため、価格が下がった。"):
        assert not any(st.negated for st in parse(text, pack).statements), text


def test_the_main_clause_negative_is_kept(pack: Pack) -> None:
    for text in ("The Prime Minister did not ask the public to drink milk so that milk would not be dumped.",
                 "Prices did not rise because demand fell.", "Prices will not rise.",
                 "価格は上がっていないようだ。", "価格は上がらない。",
                 "Prices did not rise, although demand grew."):
        assert any(st.negated for st in parse(text, pack).statements), text


def test_a_purpose_clause_is_no_statement_of_its_own(pack: Pack) -> None:
    said = "首相は2021年12月、生乳が廃棄されないよう、牛乳を多く飲むよう国民に要請した。"
    assert len(parse(said, pack).statements) == 1


# -- a deadline of a commitment -----------------------------------------------------------------------


def test_a_deadline_dates_the_content_not_the_agreement(pack: Pack) -> None:
    said = "首脳会議で、加盟国は2035年までにGDPの5%を国防費に充てることで合意した。"
    d = diagnose(said, pack, as_of="2025-06-26")
    assert d.rating == "true"
    assert [c.result for c in d.checks] == ["holds"]


def test_the_act_date_said_beside_a_deadline_is_still_checked(pack: Pack) -> None:
    # the agreement's own date, said apart from the deadline, is the act's: a wrong year shows
    said = "加盟国は2023年、2035年までにGDPの5%を国防費に充てることで合意した。"
    d = diagnose(said, pack, as_of="2025-06-26")
    assert d.rating not in ("true", "mostly_true")
    right = "加盟国は2025年6月、2035年までにGDPの5%を国防費に充てることで合意した。"
    assert diagnose(right, pack, as_of="2025-06-26").rating == "true"


# -- a forecast against a plan --------------------------------------------------------------------------


def test_a_forecast_is_unknown_against_a_plan(pack: Pack) -> None:
    # (English "will" makes a plan claim, read by the plan rules of §4.3)
    for said, when in (("アクメの販売は今年中に1000万台を超えるだろう。", "2026-01-20"),
                       ("アクメは2027年に販売2000万台を確実に達成する。", "2026-01-20")):
        d = diagnose(said, pack, as_of=when)
        assert d.rating == "unverifiable", said


def test_a_fact_said_done_still_fails_on_a_plan(pack: Pack) -> None:
    d = diagnose("アクメは2025年に販売を1900万台に引き上げた実績を上げた。", pack, as_of="2026-01-20")
    assert d.rating != "unverifiable" or not any(c.evidence == ["e_target"] for c in d.checks)


# -- a part denied by どころか / far from / let alone -------------------------------------------------------


def test_a_denied_part_is_no_statement(pack: Pack) -> None:
    for said in ("規模拡大どころか、酪農家の戸数は年々減っている。",
                 "Far from growing, the number of dairy farms fell in 2024."):
        d = diagnose(said, pack, as_of="2025-08-05")
        assert len(d.checks) == 1, said
        assert d.checks[0].result == "holds", said
    assert denied_parts("The number of farms did not rise, let alone double.") != []
    # no denial: "far from" of a place, mid-sentence
    assert denied_parts("A plant far from Tokyo opened in 2024.") == []
    assert denied_parts("酪農家の戸数は年々減っている。") == []


def test_a_topic_before_the_denied_part_stays() -> None:
    text = "酪農家の戸数は増加どころか、年々減っている。"
    (a, b), = denied_parts(text)
    assert text[a:b] == "増加どころか"


# -- an event said of a list of places ----------------------------------------------------------------


def test_each_listed_place_of_an_event_is_checked(pack: Pack) -> None:
    for said in ("In 2022 Acme opened new factories in Berlin and Shanghai.",
                 "In 2022 Acme opened the North plant and the South plant."):
        d = diagnose(said, pack, as_of="2023-03-01")
        assert sorted(c.result for c in d.checks) == ["fails", "holds"], said
        assert d.rating == "half_true", said


def test_one_place_or_a_subject_list_is_not_split(pack: Pack) -> None:
    d = diagnose("In 2022 Acme opened a new factory in Berlin.", pack, as_of="2023-03-01")
    assert len(d.checks) == 1 and d.rating == "true"
    st = parse("In 2022 Acme and Bolt signed a deal.", pack).statements
    assert len(st) == 1
