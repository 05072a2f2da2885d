"""Causes and forecasts (docs/verdict-rules.md §4.3, §4.12), in Japanese and English, on a small
pack built here: each test asserts one rule's behaviour.

- A claim that gives a cause in so many words ("because of", "thanks to", 「〜が原因」,
  「〜のおかげで」) has a check for the cause. It holds only when the pack states that cause (an
  event whose title or note says so); otherwise it is `unknown`, and facts that hold do not make
  the claim true-ish: it is `unverifiable`, with the reason. Facts that fail still make it false.
- A forecast for a period after the claim's "now" that only a past event matches is `unknown`,
  not false on the past event's date; so is what would follow from a condition (「…により、…となり
  ます」「…場合、…」, "if …, … would"), which a measure's level does not settle."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: causes
title: {ja: "原因", en: "Causes"}
language: ja
subject: NL
"""
SOURCES = [
    SOURCE_HEADER,
    ["stat", "Vital statistics", "Office", "", "2025", "statistics", "ja"],
]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
]
EVENTS = [
    EVENT_HEADER,
    [
        "law",
        "2022-08-09",
        "",
        "NL",
        "law",
        "ノーランドが造船法を制定",
        "Norland enacts the Shipbuilding Act",
        "",
        "",
        "stat",
        "2",
        "",
    ],
    [
        "why",
        "2025-03-01",
        "",
        "NL",
        "publication",
        "統計局が輸出の増加は円安が原因と分析",
        "The statistics office finds that exports rose because of the weak currency",
        "",
        "",
        "stat",
        "2",
        "",
    ],
]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    ["births", "出生数", "births", "count", "", "true", "count"],
    ["exports", "輸出額", "exports", "USD", "", "true", "amount"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["b1", "NL", "births", "2023", "727000", "count", "stat", ""],
    ["b2", "NL", "births", "2024", "686000", "count", "stat", ""],
    ["x1", "NL", "exports", "2023", "100B", "USD", "stat", ""],
    ["x2", "NL", "exports", "2024", "120B", "USD", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("causes")
    return load_pack(
        write_rows_pack(
            folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS
        )
    )


@pytest.mark.parametrize(
    "claim",
    [
        "2024年のノーランドの出生数の減少は物価高が原因だ。",
        "物価高のせいで、2024年のノーランドの出生数は減少した。",
        "Norland's births fell in 2024 because of high prices.",
        "Thanks to the new child allowance, births in Norland fell in 2024.",
    ],
)
def test_a_cause_the_pack_does_not_state_keeps_true_facts_from_a_true_rating(
    claim: str, pack: Pack
) -> None:
    d = diagnose(claim, pack)
    causes = [c for c in d.checks if c.kind == "cause"]
    facts = [c for c in d.checks if c.kind != "cause"]
    assert len(causes) == 1 and causes[0].result == "unknown"
    assert any(c.result == "holds" for c in facts)  # births did fall
    assert d.rating == "unverifiable"


@pytest.mark.parametrize(
    "claim",
    [
        "2024年のノーランドの出生数の増加は児童手当のおかげだ。",
        "Norland's births rose in 2024 because of the child allowance.",
    ],
)
def test_a_cause_of_something_that_did_not_happen_is_false(
    claim: str, pack: Pack
) -> None:
    assert diagnose(claim, pack).rating == "false"


@pytest.mark.parametrize(
    "claim",
    [
        "ノーランドの輸出額は2024年に増加したが、これは円安が原因だ。",
        "Norland's exports rose in 2024 because of the weak currency.",
    ],
)
def test_a_cause_the_pack_states_holds(claim: str, pack: Pack) -> None:
    d = diagnose(claim, pack)
    cause = next(c for c in d.checks if c.kind == "cause")
    assert cause.result == "holds" and cause.evidence == ["why"]
    assert d.rating == "true"


def test_a_claim_without_a_cause_has_no_cause_check(pack: Pack) -> None:
    d = diagnose("Norland's births fell in 2024.", pack)
    assert [c.kind for c in d.checks if c.kind == "cause"] == [] and d.rating == "true"


@pytest.mark.parametrize(
    "claim",
    [
        "The Shipbuilding Act will make Norland the world's largest shipbuilder by 2030.",
        "造船法によって、ノーランドは2030年に世界最大の造船国になる見通しだ。",
    ],
)
def test_a_forecast_only_a_past_event_matches_is_unknown(
    claim: str, pack: Pack
) -> None:
    d = diagnose(claim, pack, as_of="2025-01-01")
    assert d.rating == "unverifiable"
    assert all(c.result == "unknown" for c in d.checks)


def test_a_plan_dated_in_the_past_is_still_judged_on_its_date(pack: Pack) -> None:
    # not a forecast: 2021 is before the claim's now, and the act came in 2022
    d = diagnose("Norland enacted the Shipbuilding Act in August 2021.", pack)
    assert d.rating in ("false", "mostly_false")


@pytest.mark.parametrize(
    "claim",
    [
        "輸出額が増えれば、2024年のノーランドの出生数は80万人になる",
        "円安により、ノーランドの輸出額は1500億ドルになります",
        "If exports rise, Norland's births would reach 800,000 in 2024.",
        # a conjecture after the verb (reworded blind round 20b tax-million-rw: the negative question
        # had been read as a negation and the clause as a fact, mostly true)
        "輸出額が増えたら、ノーランドの出生数は年に10万人くらい減るんじゃないか",
        "輸出額が増えれば、ノーランドの出生数は80万人になるのではないでしょうか",
    ],
)
def test_what_would_follow_from_a_condition_is_a_forecast(
    claim: str, pack: Pack
) -> None:
    d = diagnose(claim, pack)
    assert d.rating == "unverifiable", [(c.kind, c.result, c.reason) for c in d.checks]
    # (「円安により、」 is a fronted cause as well: its check comes after the forecast's)
    plans = [c for c in d.checks if c.kind != "cause"]
    assert plans[-1].kind == "plan" and plans[-1].result == "unknown"


def test_a_rise_followed_by_de_and_another_subject_is_a_cause(pack: Pack) -> None:
    # 「児童手当の導入で出生数が…」: the allowance's introduction is what brought the births' change
    # about, a cause the pack does not state (blind jp-minwage smb-bankrupt: true on the wage's rise)
    d = diagnose("児童手当の導入でノーランドの出生数が2024年に減少した。", pack)
    assert [c.result for c in d.checks if c.kind == "cause"] == ["unknown"]
    assert d.rating == "unverifiable"
    # a rise and the level it reached is no cause: no other subject follows
    plain = diagnose("ノーランドの輸出額は2024年に200億ドルの増加で1200億ドルになった。", pack)
    assert [c.kind for c in plain.checks if c.kind == "cause"] == []


@pytest.mark.parametrize(
    "claim",
    [
        # the cleft 「XのはYせいだ / おかげだ / からだ / ためだ」 after a verb gives Y as X's reason
        "ノーランドの出生数が2024年に減ったのは、若者が都市に移ったせいだ。",
        "ノーランドの出生数が2024年に減ったのは、住宅が高すぎたからだ。",
        "ノーランドの出生数が2024年に減ったのは、若者が都市に移ったためだ。",
        "ノーランドの輸出額が2024年に増えたのは、景気が良くなったおかげだ。",
    ],
)
def test_a_cause_after_a_verb_is_a_cause(claim: str, pack: Pack) -> None:
    d = diagnose(claim, pack)
    cause = [c for c in d.checks if c.kind == "cause"]
    assert [c.result for c in cause] == ["unknown"]
    assert "因果関係を示す証拠がない" in cause[0].reason
    assert d.rating == "unverifiable"


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        # the pack's language (ja) is the reason's
        ("Without the allowance, Norland's births would have fallen to 600,000 in 2024.", "反実仮想"),
        ("児童手当がなければ、2024年のノーランドの出生数は60万人まで減っていただろう。", ""),
    ],
)
def test_a_counterfactual_is_no_level(claim: str, said: str, pack: Pack) -> None:
    # what would have been had something not happened: the pack's figures are what did happen
    # (blind round 11d ar-milei poverty_90_counterfactual was false on the observed 52.9 %)
    d = diagnose(claim, pack)
    assert d.rating == "unverifiable", [(c.kind, c.result, c.reason) for c in d.checks]
    assert all(c.result == "unknown" for c in d.checks)
    if said:  # the Japanese one names no event and no measure of the pack already
        assert any(said in c.reason for c in d.checks)


def test_a_past_level_is_no_counterfactual(pack: Pack) -> None:
    assert diagnose("Norland's births fell to 686,000 in 2024.", pack).rating == "true"


@pytest.mark.parametrize(
    "claim",
    [
        # 「…しなければならない」 is "must"; a plain conditional before a plain past is no counterfactual
        "2024年のノーランドの出生数は、手を打たなければならない68万6000人の水準に達した。",
        "手当が足りなければ2024年のノーランドの出生数は68万6000人に達した。",
        "Norland's births fell to 686,000 in 2024, a level the government would have to answer.",
    ],
)
def test_must_and_a_plain_conditional_are_no_counterfactual(claim: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating in ("true", "mostly_true")


@pytest.fixture(scope="module")
def pledge_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("pledge")
    entities = [*ENTITIES, ["pm", "person", "首相", "the Prime Minister", "", "NL"]]
    events = [
        *EVENTS,
        [
            "pledge", "2023-01-04", "", "pm", "plan", "首相が輸出額を年内に倍増させると公約",
            "The Prime Minister pledges to double exports in 2023", "", "", "stat", "2", "",
        ],
    ]
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, entities, events, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(
    "claim",
    ["Exports will be back at 90 billion dollars by April.", "輸出額は4月までに900億ドルに戻る見通しだ。"],
)
def test_a_forecast_is_not_refuted_by_another_ones_pledge(claim: str, pledge_pack: Pack) -> None:
    # a prediction that names no one is neither shown nor refuted by another's plan (blind round
    # 8b uk-inflation april-2pc was false on a pledge to halve inflation in 2023)
    d = diagnose(claim, pledge_pack, as_of="2025-02-18")
    assert d.rating == "unverifiable", [(c.kind, c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(
    "claim",
    [
        "輸出額の拡大で、2024年のノーランドの出生数が減少した。",
        "輸出額の拡大によって、2024年のノーランドの出生数が減少した。",
    ],
)
def test_a_leading_happening_before_a_comma_is_a_cause(claim: str, pack: Pack) -> None:
    # 「ニッケル製錬所の拡大で、…森林が失われた」 (blind round 11b forest-loss-ja): the leading clause
    # says why, and its measure (exports) is not the next clause's
    d = diagnose(claim, pack)
    assert [c.result for c in d.checks if c.kind == "cause"] == ["unknown"]
    assert all("輸出" not in c.reason for c in d.checks if c.kind != "cause")
    assert d.rating == "unverifiable"


@pytest.fixture(scope="module")
def plant_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("plant")
    entities = [
        *ENTITIES,
        ["gov", "government", "ノーランド政府", "the Norland government", "", "NL"],
        ["yard", "facility", "北造船所", "North Yard", "", "NL"],
    ]
    events = [
        *EVENTS,
        [
            "keep", "2024-05", "", "gov;yard", "agreement",
            "政府が北造船所の操業を2年延長することで合意、4億ドルを補償",
            "The government agrees to keep North Yard open two more years with $400 million in support",
            "400000000", "USD", "stat", "2", "",
        ],
    ]
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, entities, events, METRICS, OBSERVATIONS))


def test_a_forecast_naming_only_a_plant_names_no_one_who_intends(plant_pack: Pack) -> None:
    # "Keeping Eraring open will add about $100 a year to NSW household power bills" (blind round 4
    # au-energy eraring-bills-forecast) was false on the extension deal's $450 million
    d = diagnose("Keeping North Yard open will add about $100 a year to household bills.", plant_pack)
    assert d.rating == "unverifiable", [(c.kind, c.result, c.reason) for c in d.checks]
    assert any("見通し" in c.reason for c in d.checks)


def test_a_negative_question_asserts_and_a_plain_negative_denies(pack: Pack) -> None:
    # 「減ったんじゃないか」 says that it fell (lexicon.CONJECTURE_END_JA), 「減ったのではない」 that it
    # did not
    asserted = diagnose("ノーランドの出生数は2024年に減ったんじゃないか", pack).checks[0]
    assert asserted.result == "holds"
    denied = diagnose("ノーランドの出生数は2024年に減ったのではない", pack).checks[0]
    assert denied.result == "fails"
