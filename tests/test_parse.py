"""Parsing claims into statements: cleaning, splitting, names, periods, numbers, cues and kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

from shingi.model import InputError, Pack
from shingi.pack.load import load_pack
from shingi.pipeline.parse import MAX_CLAIM_CHARS, clean_claim, parse
from test_evaluate import build_engine_pack


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return load_pack(build_engine_pack(tmp_path_factory.mktemp("engine")))


def kinds(claim: str, pack: Pack) -> list[str]:
    return [st.kind for st in parse(claim, pack).statements]


# --- cleaning -----------------------------------------------------------------------------


@pytest.mark.parametrize("claim", ["", "   ", "\n\t ", "\x00\x01\x02", "\u200b\ufeff"])
def test_empty_claims_are_rejected(claim: str) -> None:
    with pytest.raises(InputError, match="empty"):
        clean_claim(claim)


def test_control_characters_are_stripped_and_text_normalised() -> None:
    text, truncated, _ = clean_claim("Ａｃｍｅ\x07 announced\x00 １．６兆円")
    assert text == "Acme announced 1.6兆円"
    assert not truncated


def test_long_claims_are_cut_on_a_sentence_break() -> None:
    sentence = "Acme announced a 1.6 trillion yen investment in Japan in April 2026. "
    text, truncated, original = clean_claim(sentence * 2000)
    assert truncated and original == len(sentence) * 2000
    assert len(text) <= MAX_CLAIM_CHARS and text.endswith(".")


# --- splitting into statements --------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Acme announced a 1.6 trillion yen investment in Japan in April 2026.", ["event"]),
        ("アクメは2026年4月、日本に1.6兆円の投資を発表した", ["event"]),  # a leading date is no statement
        (
            "Acme announced its investment in April 2026 and HAL-1 scored 70% on the benchmark.",
            ["event", "metric"],
        ),
        ("アクメは2026年4月に投資を発表し、HAL-1のベンチマークスコアは70%だった", ["event", "metric"]),
        ("Acme and Bolt announced a partnership.", ["event"]),  # "and" between names does not split
        ("Acme announced its investment; Japan holds about 1% of the world's GPUs.", ["event", "share"]),
    ],
)
def test_claims_split_into_statements(pack: Pack, claim: str, expected: list[str]) -> None:
    assert kinds(claim, pack) == expected


def test_an_appositive_number_stays_with_its_clause(pack: Pack) -> None:
    parsed = parse(
        "In April 2026, Acme announced its investment in Japan, an investment of 1.6 trillion yen.", pack
    )
    [st] = parsed.statements
    assert [n.quantity.value for n in st.numbers] == [1.6e12]


def test_a_leading_date_dates_the_whole_sentence(pack: Pack) -> None:
    parsed = parse("In April 2026 Acme announced its investment and Bolt released HAL-1.", pack)
    assert [st.period.text if st.period else None for st in parsed.statements] == ["2026-04", "2026-04"]
    assert "period" in parsed.statements[1].inherited


def test_a_statement_without_a_subject_takes_the_previous_one(pack: Pack) -> None:
    parsed = parse("2023年の日本の民間投資は7億ドルで、米国の約100分の1だった", pack)
    first, second = parsed.statements
    assert first.entities == ("JP",)
    assert second.kind == "comparison" and second.entities == ("JP", "US")
    assert second.metrics[0] == "invest" and {"subject", "metric"} <= set(second.inherited)


def test_a_measure_named_alone_is_the_pack_subject_s(pack: Pack) -> None:
    [st] = parse("GPUの世界シェアは約1%にとどまる", pack).statements
    assert st.entities == ("JP",) and st.kind == "share"


# --- names, numbers and cues -----------------------------------------------------------------


def test_entities_by_alias_demonym_and_the_comparand_after_than(pack: Pack) -> None:
    [st] = parse("American private investment was higher than Japan's in 2023.", pack).statements
    assert st.entities == ("US", "JP")
    [st] = parse("2025年11月、米国より日本の方がスパコンが多い", pack).statements
    assert st.entities[-1] == "US"  # after より: what the subject is compared with


def test_a_country_and_a_kind_name_a_group(pack: Pack) -> None:
    [st] = parse("Japan's best model trails Zeus-5 on the benchmark.", pack).statements
    assert st.group is not None and st.group.best
    assert set(st.group.members) == {"hal", "kite"}


def test_numbers_carry_comparators_and_roles(pack: Pack) -> None:
    [st] = parse(
        "US private investment rose from 70 billion dollars in 2023 to 105 billion dollars in 2024.", pack
    ).statements
    assert [(n.role, n.unit) for n in st.numbers] == [("from", "USD"), ("to", "USD")]
    [st] = parse("HAL-1のベンチマークスコアは90%以上だった", pack).statements
    assert [(n.quantity.value, n.comparator) for n in st.numbers] == [(90.0, "at_least")]
    [st] = parse("Japan holds most of the world's GPUs.", pack).statements
    assert [(n.quantity.value, n.unit, n.comparator) for n in st.numbers] == [(50.0, "%", "more_than")]


def test_names_hide_their_cue_words(pack: Pack) -> None:
    # "GPT-4.1" holds no number; a metric name with "most" in it is no superlative
    [st] = parse("Zeus-5 scored 95% on the benchmark.", pack).statements
    assert [n.quantity.value for n in st.numbers] == [95.0] and st.kind == "metric"


@pytest.mark.parametrize(
    ("claim", "negated"),
    [
        ("Acme has not begun mass production.", True),
        ("アクメは量産を開始していない", True),
        ("HAL-1のベンチマークスコアは90%ではない", True),
        ("HAL-1のスコアはZeus-5に及ばない", False),  # a comparison, not a negation
        ("日本の民間投資は米国の1%にすぎない", False),
        ("Acme not only invested but also hired.", False),
    ],
)
def test_negation(pack: Pack, claim: str, negated: bool) -> None:
    assert parse(claim, pack).statements[0].negated is negated


# --- kinds ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("HAL-1 scored 70% on the benchmark.", "metric"),
        ("In 2023 Japan's private investment was about one hundredth of America's.", "comparison"),
        ("Zeus-5 outscored HAL-1 on the benchmark.", "comparison"),
        ("HAL-1のスコアはZeus-5を20ポイント下回る", "comparison"),
        ("日本のGPUの世界シェアは約1%", "share"),
        ("US private investment doubled between 2023 and 2024.", "change"),
        ("米国の民間投資は2023年から2024年にかけて増加した", "change"),
        ("Zeus-5 had the highest benchmark score in 2025.", "superlative"),
        ("US private investment hit a record in 2024.", "superlative"),
        ("アクメは2027年度の量産開始を目指している", "plan"),
        ("Acme plans to start mass production in fiscal 2027.", "plan"),
        ("Acme achieved its production target.", "event"),  # a target stated as reached is no plan
        ("2026年4月は日本のAIの転換点だった", "turning_point"),
        ("April 2026 was a turning point for Japan.", "turning_point"),
        ("日本のAIは米国と肩を並べた", "parity"),
        ("Japan has caught up with the United States.", "parity"),
        ("2026年4月、日本のAIは世界の最前線へ一挙に飛躍した", "leap"),
        ("Japan leapt to the frontier in April 2026.", "leap"),
    ],
)
def test_kinds(pack: Pack, claim: str, kind: str) -> None:
    assert kinds(claim, pack) == [kind]


def test_claims_naming_nothing_make_no_checkable_statement(pack: Pack) -> None:
    for claim in ("AIは素晴らしい", "Samsung plans a fab in Korea."):
        statements = parse(claim, pack).statements
        assert all(not st.entities and not st.metrics for st in statements)


# --- the rule book stays true to the code ------------------------------------------------------


def test_every_cue_list_is_in_the_verdict_rules() -> None:
    from shingi.pipeline import evaluate, lexicon, retrieve

    doc = (Path(__file__).resolve().parent.parent / "docs" / "verdict-rules.md").read_text(encoding="utf-8")
    cue_lists = [v for v in vars(lexicon).values() if isinstance(v, lexicon.CueList)]
    cue_lists += [cue for cue, _kinds in lexicon.EVENT_VERBS.values()] + list(lexicon.GROUP_KINDS.values())
    for cue in cue_lists:
        for word in cue.ja:
            assert word in doc, (cue.name, word)
        for pattern in cue.en:
            assert pattern.replace("|", "\\|") in doc, (cue.name, pattern)
    for word, _comparator in (*lexicon.COMPARATOR_AFTER_JA, *lexicon.COMPARATOR_BEFORE_EN):
        assert word in doc
    assert f"{MAX_CLAIM_CHARS:,}" in doc
    tolerances = (
        evaluate.APPROX_TOLERANCE,
        evaluate.EXACT_TOLERANCE,
        retrieve.METRIC_NAME_COVERAGE,
        retrieve.RELAXED_COVERAGE,
        retrieve.ACTOR_COVERAGE,
        retrieve.MEMBER_COVERAGE,
        retrieve.NO_ACTOR_COVERAGE,
        evaluate.FALLBACK_COVERAGE,
        evaluate.EQUAL_TOLERANCE,
    )
    for share in tolerances:
        assert f"**{round(share * 100)} %**" in doc, share
    for factor in (evaluate.RATIO_FACTOR_APPROX, evaluate.RATIO_FACTOR_EXACT):
        assert f"**{factor:g}**" in doc


def test_short_names_written_as_ordinary_words_name_nothing(tmp_path: Path) -> None:
    from pack_builder import csv_text
    from test_evaluate import ENGINE_ENTITIES

    folder = build_engine_pack(tmp_path)
    entities = [*ENGINE_ENTITIES, ["IN", "country", "インド", "India", "in;IND", ""]]
    (folder / "entities.csv").write_text(csv_text(entities), encoding="utf-8")
    pack = load_pack(folder)
    [st] = parse("Acme announced its investment in Japan in April 2026.", pack).statements
    assert "IN" not in st.entities
    [st] = parse("IN and the US both grew.", pack).statements
    assert st.entities[0] == "IN"
