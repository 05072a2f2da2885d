"""The round-28 reading rules, narrowed where review found them reading too much (docs/verdict-rules.md
§2 and §4), in Japanese and English, on small packs built here, each with the cases the rule was built
for (kept) and the cases it must not fire on:

- 「…ないように見える」 is the evidential "seems not to": the negation is the statement's, no purpose;
- "by 2023" before a past act dates the act ("By 2023, Acme had decided …", "agreed a pact by 2022");
  目標を達成した is a target reached, no commitment; a deadline of the content the plan does not name is
  unknown, not a silent pass;
- a clause after a purpose comma that has its own figure or subject ("…, so that Southland's exports
  were 90 billion", 「…しないよう、サウスランドの輸出額は900億ドルに…」) is a statement of its own.
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
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

PACK_YAML = """\
id: review
title: {ja: "読みの見直し", en: "Reading reviewed"}
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
    ["SL", "country", "サウスランド", "Southland", "", ""],
    ["acme", "company", "アクメ", "Acme", "", "NL"],
    ["ALLY", "organization", "同盟", "the Alliance", "allies;加盟国", ""],
]
EVENTS = [
    EVENT_HEADER,
    ["e_close", "2025-03", "p", "acme", "decision", "アクメ、ノーランド工場の閉鎖を決定",
     "Acme decides to close its Norland plant", "", "", "s", "2", ""],
    ["e_goal", "2025-06", "p", "acme", "milestone", "アクメが排出削減目標を達成",
     "Acme reaches its emissions reduction target", "", "", "s", "2", ""],
    ["e_pact", "2024-11", "p", "NL;SL", "agreement", "ノーランドとサウスランドが貿易協定に合意",
     "Norland and Southland agree a trade pact", "", "", "s", "2", ""],
    ["e_summit", "2025-06-25", "p", "ALLY", "policy", "首脳会議で2035年までに国防費GDP比5%に合意",
     "Summit: allies agree to spend 5% of GDP on defence by 2035", "5", "%", "s", "3", ""],
]
METRICS = [
    METRIC_HEADER,
    ["exp", "輸出額", "exports", "USD", "輸出", "true", "amount", ""],
    ["def", "防衛費", "defence spending", "USD", "国防費", "true", "amount", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["o1", "NL", "exp", "2023", "100 bn", "USD", "s", ""],
    ["o2", "NL", "exp", "2024", "90 bn", "USD", "s", ""],
    ["o3", "SL", "exp", "2024", "300 bn", "USD", "s", ""],
    ["o4", "NL", "def", "2024", "10 bn", "USD", "s", ""],
    ["o5", "SL", "def", "2024", "40 bn", "USD", "s", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("review")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def _rating(pack: Pack, said: str, as_of: str = "2025-06") -> str:
    return diagnose(said, pack, as_of=as_of).rating


# -- 「…ないように見える」: a negation of the statement -----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("ノーランドの輸出額は2024年に減少していないように見える", "false"),
        ("ノーランドの輸出額は2024年に減らないように見えた", "false"),
        ("ノーランドの輸出額は2024年に減少していないように思える", "false"),
        ("ノーランドの輸出額は2024年に増加していないように見える", "true"),
        ("ノーランドの輸出額は2024年に減少していない", "false"),
    ],
)
def test_seems_not_to_is_negated(pack: Pack, said: str, rating: str) -> None:
    assert _rating(pack, said) == rating


def test_a_purpose_negative_is_still_no_negation(pack: Pack) -> None:
    for text in ("政府は値上げしないよう要請した。",
                 "首相は生乳が廃棄されないよう牛乳を多く飲むよう要請した。",
                 "政府は輸出が減らないように支援を決めた。"):
        assert not any(st.negated for st in parse(text, pack).statements), text
    assert all(st.negated for st in parse("輸出は減っていないように見える。", pack).statements)


# -- "by YEAR" of the act, and a deadline of the content -----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("By 2023, Acme had decided to close its Norland plant.", "false"),
        ("By 2025, Acme had decided to close its Norland plant.", "true"),
        ("Norland and Southland agreed a trade pact by 2022.", "false"),
        ("Norland and Southland agreed a trade pact in 2024.", "true"),
        ("ノーランドとサウスランドは2022年までに貿易協定に合意した。", "false"),
        ("アクメは2023年までに排出削減目標を達成した。", "false"),
        ("アクメは2025年に排出削減目標を達成した。", "true"),
        # a done act "by" a time happened then or before it
        ("Norland and Southland had agreed a trade pact by 2025.", "true"),
        ("ノーランドとサウスランドは2025年までに貿易協定に合意した。", "true"),
    ],
)
def test_by_a_year_dates_a_past_act(pack: Pack, said: str, rating: str) -> None:
    assert _rating(pack, said, "2026-01") == rating


def test_a_deadline_of_the_content_is_still_the_contents(pack: Pack) -> None:
    for said in ("The allies agreed in June 2025 to spend 5% of GDP on defence by 2035.",
                 "加盟国は2025年6月、2035年までにGDPの5%を国防費に充てることで合意した。"):
        assert _rating(pack, said, "2025-07") == "true", said
    for said in ("The allies agreed in June 2025 to spend 5% of GDP on defence by 2040.",
                 "加盟国は2025年6月、2040年までにGDPの5%を国防費に充てることで合意した。"):
        assert _rating(pack, said, "2025-07") not in ("true", "mostly_true"), said


def test_a_deadline_said_first_of_a_done_agreement(pack: Pack) -> None:
    # "By 2035, … agreed": the content's deadline or the act's bound, the 2025 agreement holds either way
    for said in ("By 2035, the allies had agreed to spend 5% of GDP on defence.",
                 "加盟国は2035年を期限としてGDP比5%の国防支出で合意した。"):
        assert _rating(pack, said, "2025-07") == "true", said


def test_an_act_still_to_come_by_a_time_is_no_bound(pack: Pack) -> None:
    # "is on track to finish by …", 「…までに閉鎖する予定だ」: the date said is graded as said, not as a bound
    for said in ("Acme is on track to close its Norland plant by the end of 2026.",
                 "アクメは2026年末までにノーランド工場を閉鎖する予定だ。"):
        assert _rating(pack, said, "2025-07") not in ("true", "mostly_true"), said


def test_a_deadline_the_plan_does_not_name_is_unknown(pack: Pack) -> None:
    for said in ("In March 2025 Acme decided to close its Norland plant by 2027.",
                 "アクメは2025年3月、2027年までにノーランド工場を閉鎖することを決定した。"):
        assert _rating(pack, said, "2025-07") not in ("true", "mostly_true"), said


# -- a clause after a purpose comma with its own figure or subject ------------------------------------------


def test_a_result_clause_with_its_own_figure_is_its_own_statement(pack: Pack) -> None:
    said = "Norland's exports fell in 2024, so that Southland's exports were 90 billion dollars."
    assert len(parse(said, pack).statements) == 2
    assert _rating(pack, said) == "half_true"
    said_ja = "ノーランドの輸出額が2024年に減少しないよう、サウスランドの輸出額は900億ドルに抑えられた。"
    assert len(parse(said_ja, pack).statements) == 2
    assert _rating(pack, said_ja) == "false"


def test_a_purpose_clause_without_its_own_figure_is_joined(pack: Pack) -> None:
    for said in ("Norland cut its exports in 2024, so that prices would not fall.",
                 "首相は2021年12月、生乳が廃棄されないよう、牛乳を多く飲むよう国民に要請した。",
                 "ノーランドは2024年、輸出額が減らないよう、補助金を増やした。"):
        assert len(parse(said, pack).statements) == 1, said
