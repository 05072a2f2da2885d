"""Facts from sentences: events, figures, actors, metrics, periods, pillars and repeats."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shingi.ingest.extract import DocFacts, DocumentExtractor, ExtractContext, event_kind
from shingi.ingest.readers import iter_text_lines
from shingi.ingest.sentences import split_sentences
from shingi.model import Period
from shingi.normalize.periods import parse_period
from shingi.pack.load import load_pack

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "packs"


@pytest.fixture(scope="module")
def japan() -> ExtractContext:
    return ExtractContext(load_pack("japan-ai-2026"))


@pytest.fixture(scope="module")
def india() -> ExtractContext:
    return ExtractContext(load_pack(FIXTURES / "india-chips-2024"))


def extract(ctx: ExtractContext, text: str, doc_date: Period | None = None) -> DocFacts:
    lines = iter_text_lines(io.StringIO(text, newline=None))
    return DocumentExtractor(ctx, "doc.txt", "src-doc", doc_date).add_all(split_sentences(lines))


def test_timeline_items_become_events_with_pack_actors_and_amounts(japan: ExtractContext) -> None:
    facts = extract(japan, "2026/04: Microsoft 1.6兆円投資発表\n\n2025/10: NTT tsuzumi 2 提供\n")
    assert [(e.date.text, e.actors, e.kind, e.amount and (e.amount.value, e.amount.unit), e.title)
            for e in facts.events] == [
        ("2026-04", ("microsoft",), "investment", (1.6e12, "JPY"), "Microsoft 1.6兆円投資発表"),
        ("2025-10", ("ntt", "tsuzumi2"), "release", None, "NTT tsuzumi 2 提供"),
    ]
    assert facts.events[0].place.line == 1 and facts.events[1].place.line == 3


def test_a_policy_with_no_actor_named_is_the_subjects_government(japan: ExtractContext) -> None:
    facts = extract(japan, "2026/03: AI事業者ガイドライン改定\n")
    assert [(e.actors, e.kind, e.pillar) for e in facts.events] == [(("gov-jp",), "regulation", "policy")]


def test_figures_get_metric_owner_and_context_period(japan: ExtractContext) -> None:
    text = ("2024年 AI民間投資額\n\n"
            "PLaMo 2.2 PrimeのJMLEスコアは70.7%。GPT-4.1 (94.3%) には及ばない。\n\n"
            "民間投資は米国の約1/100、GPU資源の世界シェアは約1%。\n")
    obs = [(o.entity, o.metric, o.period.text, o.period_from, o.value.value, o.value.unit, o.comparator)
           for o in extract(japan, text).observations]
    assert obs == [
        ("plamo22prime", "jmle_score", "2024", "context", 70.7, "%", None),
        ("gpt41", "jmle_score", "2024", "context", 94.3, "%", None),  # metric carried in the paragraph
        ("JP", "private_ai_investment_vs_us", "2024", "context", 0.01, "x", "about"),  # not the US's
        ("JP", "gpu_share_world", "2024", "context", 1.0, "%", "about"),
    ]


def test_labelled_paragraphs_give_their_label_to_every_sentence(japan: ExtractContext) -> None:
    text = "2026年4月・要素の外形化\n\nRapidus：6,315億円の追加支援（累計2.354兆円）。2027年度量産目標。\n"
    facts = extract(japan, text)
    assert [(e.date.text, e.date_from, e.actors, e.kind) for e in facts.events] == [
        ("2026-04", "context", ("rapidus",), "funding"),
        ("FY2027", "text", ("rapidus",), "plan"),
    ]
    assert [(o.entity, o.metric, o.value.value) for o in facts.observations] == [
        ("rapidus", "cumulative_support", 2.354e12)]


def test_repeated_facts_come_out_once(japan: ExtractContext) -> None:
    text = ("2026/04: Microsoft 1.6兆円投資発表\n\n2026年4月\n\n"
            "Microsoft：日本への1.6兆円投資。\n\n"
            "NTT - AIOWN構想による国内DC容量の1GW拡大対象方針。\n\n"
            "NTT - AIOWN構想による国内DC容量の1GW拡大方針。\n\n"
            "日本のGPU資源の世界シェアは約1%。\n\n2024年\n\nGPU資源の世界シェアは約1%。\n")
    facts = extract(japan, text)
    assert [e.actors for e in facts.events] == [("microsoft",), ("ntt", "aiown")]
    assert [(o.entity, o.metric, o.value.value) for o in facts.observations] == [
        ("ntt", "dc_capacity_target", 1.0), ("JP", "gpu_share_world", 1.0)]


def test_bracketed_figures_belong_to_what_precedes_them(japan: ExtractContext) -> None:
    facts = extract(japan, "2026年\n\nトヨタ自動車 - 病院搬送ロボット「Potaro」（搬送成功率99%）。\n")
    assert [(o.entity, o.metric) for o in facts.observations] == [("potaro", "transport_success_rate")]


def test_unitless_numbers_words_and_names_are_not_figures(japan: ExtractContext) -> None:
    facts = extract(japan, "2026年\n\nトヨタ - レベル4自動運行。半分は誇張。ABCI 3.0 と PLaMo 2.2 の話。\n")
    assert facts.observations == []


def test_a_figure_with_no_date_anywhere_is_skipped(japan: ExtractContext) -> None:
    facts = extract(japan, "日本のGPU資源の世界シェアは約1%。\n")
    assert facts.observations == [] and facts.skipped_figures == 1
    dated = extract(japan, "日本のGPU資源の世界シェアは約1%。\n", doc_date=parse_period("2026-05"))
    assert [(o.period.text, o.period_from) for o in dated.observations] == [("2026-05", "context")]


def test_table_columns_name_the_metric(japan: ExtractContext) -> None:
    table = "| モデル | JMLE |\n|---|---|\n| GPT-4.1 | 94.3% |\n| PLaMo 2.2 Prime | 70.7% |\n"
    facts = extract(japan, "2026年\n\n" + table)
    assert [(o.entity, o.metric, o.value.value) for o in facts.observations] == [
        ("gpt41", "jmle_score", 94.3), ("plamo22prime", "jmle_score", 70.7)]


def test_english_text_against_another_pack(india: ExtractContext) -> None:
    text = ("In June 2023, Micron announced a USD 2.75 billion assembly and test plant in Sanand.\n"
            "India's semiconductor market reached $38 billion in 2023.\n"
            "On 29 February 2024 the Union Cabinet approved three units worth INR 1.26 trillion.\n")
    facts = extract(india, text)
    assert [(e.date.text, e.actors, e.amount and e.amount.unit, e.pillar) for e in facts.events] == [
        ("2023-06", ("micron",), "USD", "atmp"),
        ("2024-02-29", ("india-gov",), "INR", "policy"),
    ]
    assert [(o.entity, o.metric, o.period.text, o.value.value) for o in facts.observations] == [
        ("india", "chip-market", "2023", 38e9)]


def test_without_a_pack_names_are_found_by_their_shape() -> None:
    ctx = ExtractContext(None)
    text = ("In June 2023, Micron announced a USD 2.75 billion plant in Sanand, India.\n"
            "Tata Electronics Pvt. Ltd. and Powerchip Semiconductor Manufacturing Corp. signed a "
            "partnership in February 2024.\n"
            "2026年4月、ソフトバンク株式会社はAI基盤に1,500億円を投資すると発表した。\n")
    facts = extract(ctx, text)
    names = {e.id: (e.kind, e.name_en or e.name_ja) for e in facts.entities.values()}
    assert names["micron"] == ("other", "Micron")
    assert names["IN"] == ("country", "India")
    assert any(kind == "company" and "Tata Electronics" in str(n) for kind, n in names.values())
    assert any(kind == "company" and "ソフトバンク" in str(n) for kind, n in names.values())
    assert [e.kind for e in facts.events] == ["milestone", "partnership", "investment"]
    # the default pillars follow the kind of happening, not a subject field's words
    assert [e.pillar for e in facts.events] == [None, "industry", "industry"]


@pytest.mark.parametrize(("text", "kind"), [
    ("AI基本計画閣議決定", "policy"), ("Rapidusへ6,315億円追加支援", "funding"), ("PLaMo-VL 公開", "release"),
    ("2027年度量産目標", "plan"), ("the plant will open", "plan"), ("a new assembly plant", None),
    ("Micron invested", "investment"), ("published in Nature", "publication"),
])
def test_event_words(text: str, kind: str | None) -> None:
    assert event_kind(text) == kind


ALPHABET = list("2026年4月/:：-、。.約1兆億円%倍 xMicrosoftNTT日本米国のはがJMLEスコア\n\t|#(（)）「」")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=300))
def test_any_text_gives_rows_that_load(japan: ExtractContext, text: str) -> None:
    facts = extract(japan, text, doc_date=parse_period("2026"))
    for e in facts.events:
        assert e.actors or e.amount is not None
        assert e.date is not None and e.title
    for o in facts.observations:
        assert o.value.unit is not None and o.metric and o.entity


def test_english_nouns_name_the_kind_but_do_not_make_an_event(japan: ExtractContext) -> None:
    text = ("In April 2026, Microsoft announced a 1.6 trillion yen investment in Japan.\n"
            "Japan's private AI investment was $0.68 billion in 2023, roughly one hundredth of the "
            "United States' $67.2 billion.\n"
            "ABCI 3.0 started operation in April 2026 with performance more than seven times that of "
            "ABCI 2.0.\n")
    facts = extract(japan, text)
    assert [(e.date.text, e.kind, e.actors[0]) for e in facts.events] == [
        ("2026-04", "investment", "microsoft"), ("2026-04", "milestone", "abci3")]
    assert [(o.entity, o.metric, o.value.value, o.comparator) for o in facts.observations] == [
        ("JP", "private_ai_investment", 0.68e9, None),
        ("JP", "private_ai_investment_vs_us", 0.01, "about"),  # a word fraction, relative to the US
        ("US", "private_ai_investment", 67.2e9, None),
        ("abci3", "perf_multiple", 7.0, "more_than"),
    ]


def test_a_paragraph_carries_its_date_and_its_subject(india: ExtractContext) -> None:
    text = ("# Approvals in 2024\n\n"
            "Micron announced a USD 2.75 billion assembly and test plant in Sanand in June 2023. "
            "The company will invest up to USD 825 million.\n\n"
            "Its share of global wafer capacity is under 1%.\n")
    obs = [(o.entity, o.period.text, o.value.value, o.comparator) for o in extract(india, text).observations]
    assert obs == [("micron", "2023-06", 825e6, "at_most"),  # date and owner from the paragraph
                   ("india", "2024", 1.0, "less_than")]  # a new paragraph: the heading's date, the subject


def test_a_gap_multiple_does_not_say_who_is_ahead(japan: ExtractContext) -> None:
    text = "2024年\n\n民間投資における米国との約100倍の格差は大きい。A 100-fold gap remains.\n"
    facts = extract(japan, text)
    assert facts.observations == [] and facts.skipped_figures == 2


def test_drafts_carry_exchange_rates_and_ranks(japan: ExtractContext) -> None:
    """Pack format 1.1: a rate stated as 1ドル=145円 is 145 JPY/USD (never an amount of 1 USD, nor an
    event's amount); a place (38位, "ranked third") is a value of a rank metric."""
    text = ("2024年10月1日、円相場は1ドル=145円となった。\n\n"
            "日本の国際競争力ランキングは2024年に38位だった。\n\n"
            "In 2024, Japan ranked third in the regional competitiveness ranking.\n")
    facts = extract(japan, text)
    assert all(e.amount is None or e.amount.unit != "USD" for e in facts.events)
    values = {(o.value.value, o.value.unit) for o in facts.observations}
    assert {(145.0, "JPY/USD"), (38.0, "rank"), (3.0, "rank")} <= values
    kinds = {m.name_ja or m.name_en: (m.unit, m.kind) for m in facts.metrics.values()}
    assert kinds["regional competitiveness ranking"] == ("rank", "rank")
    assert kinds["国際競争力ランキング"] == ("rank", "rank")
    assert any(unit == "JPY/USD" for unit, _ in kinds.values())
