"""The round-28 reading rules, narrowed where review found them reading too much (docs/verdict-rules.md
§2 and §4), in Japanese and English, on small packs built here, each with the cases the rule was built
for (kept) and the cases it must not fire on:

- 「…ないように見える」 is the evidential "seems not to": the negation is the statement's, no purpose;
- "by 2023" before a past act dates the act ("By 2023, Acme had decided …", "agreed a pact by 2022");
  目標を達成した is a target reached, no commitment; a deadline of the content the plan does not name is
  unknown, not a silent pass;
- a clause after a purpose comma that has its own figure or subject ("…, so that Southland's exports
  were 90 billion", 「…しないよう、サウスランドの輸出額は900億ドルに…」) is a statement of its own;
- "much less than" compares: "much less" / "still less" is "let alone" only after a negative;
- a count after a time word ("In Q3 400 stores", "By June 300 stores") or a Japanese counter after a
  katakana word (「メガバンク3行」「ホテル200室」) is a quantity, no name's numeral;
- a place listed after an event's actor is found in an event's title, not only in its actors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, METRIC_HEADER, OBSERVATION_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.normalize.quantities import find_quantities
from shingi.pack.load import load_pack
from shingi.pipeline.claims.clauses import denied_parts
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse
from test_semantics_claim_reading_r28 import PACK_YAML, SOURCES

ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["SL", "country", "サウスランド", "Southland", "", ""],
    ["acme", "company", "アクメ", "Acme", "", "NL"],
    ["ALLY", "organization", "同盟", "the Alliance", "allies;加盟国", ""],
    ["WL", "country", "ウェストランド", "Westland", "", ""],
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
    ["e_pl_n", "2022-03", "p", "acme", "investment", "アクメがノーランドに工場を開設",
     "Acme opens a plant in Norland", "", "", "s", "2", ""],
    ["e_pl_s", "2022-05", "p", "acme", "investment", "アクメがサウスランドに工場を開設",
     "Acme opens a plant in Southland", "", "", "s", "2", ""],
    ["e_pl_w", "2019-07", "p", "acme", "investment", "アクメがウェストランドに工場を開設",
     "Acme opens a plant in Westland", "", "", "s", "2", ""],
]
METRICS = [
    METRIC_HEADER,
    ["exp", "輸出額", "exports", "USD", "輸出", "true", "amount", ""],
    ["def", "防衛費", "defence spending", "USD", "国防費", "true", "amount", ""],
    ["closures", "店舗閉鎖数", "store closures", "count", "閉店数;閉鎖店舗数", "false", "count", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["o1", "NL", "exp", "2023", "100 bn", "USD", "s", ""],
    ["o2", "NL", "exp", "2024", "90 bn", "USD", "s", ""],
    ["o3", "SL", "exp", "2024", "300 bn", "USD", "s", ""],
    ["o4", "NL", "def", "2024", "10 bn", "USD", "s", ""],
    ["o5", "SL", "def", "2024", "40 bn", "USD", "s", ""],
    ["o6", "acme", "closures", "2024-Q3", "150", "count", "s", ""],
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


# -- "much less than": a comparison, not "let alone" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("Norland's exports in 2024 were much less than 50 billion dollars.", "false"),
        ("Norland's exports in 2024 were much less than 500 billion dollars.", "true"),
        ("Norland's defence spending in 2024 was much less than Southland's.", "true"),
        ("Southland's defence spending in 2024 was much less than Norland's.", "false"),
    ],
)
def test_much_less_than_compares(pack: Pack, said: str, rating: str) -> None:
    assert _rating(pack, said) == rating


def test_much_less_after_a_negative_is_let_alone() -> None:
    assert denied_parts("Exports did not reach 100 billion, much less 200 billion.") != []
    assert denied_parts("Exports never doubled, still less tripled.") != []
    assert denied_parts("The farms did not grow, let alone double.") != []
    assert denied_parts("Norland spent much less on defence than Southland in 2024.") == []
    assert denied_parts("Exports were much less than 50 billion dollars.") == []
    assert denied_parts("Exports fell much less, and imports rose.") == []


# -- a count after a time word or before a Japanese counter -------------------------------------------------


def _figures(text: str) -> list[tuple[float, str | None]]:
    return [(m.quantity.value, m.quantity.unit) for m in find_quantities(text)]


def test_a_count_after_a_time_word_is_a_quantity(pack: Pack) -> None:
    assert _figures("In Q3 40 stores closed.") == [(40.0, "count")]
    assert _figures("By June 300 stores had closed.") == [(300.0, "count")]
    assert _figures("In FY2024 12 stores closed.") == [(12.0, "count")]
    assert _rating(pack, "In Q3 400 stores were closed by Acme in 2024.", "2025-01") == "false"
    assert _rating(pack, "In Q3 150 stores were closed by Acme in 2024.", "2025-01") == "true"
    # kept: a name's numeral
    for said in ("Nintendo Switch 2 launches in June", "Tesla Model 3 deliveries rose",
                 "Sendai Unit 2 restarts"):
        assert all(v not in (2.0, 3.0) for v, _u in _figures(said)), said


def test_a_japanese_counter_after_a_katakana_word_counts() -> None:
    assert [v for v, _u in _figures("メガバンク3行の純利益")] == [3.0]
    assert [v for v, _u in _figures("ホテル200室")] == [200.0]
    assert [v for v, _u in _figures("チェーン10店が閉店")] == [10.0]
    # kept: a katakana name's numeral before a particle or a noun that counts nothing
    for said in ("スイッチ2は発売から4日間", "モデル3の初納車", "スイッチ2発売"):
        assert all(v not in (2.0, 3.0) for v, _u in _figures(said)), said


# -- a listed place named in the event's title ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("In 2022 Acme opened plants in Norland and Southland.", "true"),
        ("アクメは2022年にノーランドとサウスランドに工場を開設した。", "true"),
        ("In 2022 Acme opened plants in Norland and Westland.", "half_true"),
        ("アクメは2022年にノーランドとウェストランドに工場を開設した。", "half_true"),
        ("In 2022 Acme opened a plant in Norland.", "true"),
    ],
)
def test_a_listed_place_is_found_in_the_event_title(pack: Pack, said: str, rating: str) -> None:
    assert _rating(pack, said, "2025-01") == rating
