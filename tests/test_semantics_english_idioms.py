"""English idioms that name a measure's noun (docs/verdict-rules.md §4.13, "A measure named by an
English idiom"): "in the red" / "red ink" is a loss, "went bust" / "went under" bankruptcies,
"called off" cancellations, "sent abroad" exports — read only when the clause's own words name no
measure, and linked by the pack's own names: never the converse measure (imports for exports),
never one of two siblings the idiom fits alike, never an idiom said of something else ("went under
2%"). "take in" a sum (revenue) and "the bottom line" (net profit) are measured and held back
(commit 01bb22dc; docs/verdict-rules.md §4.13). A signed result named "net earnings (loss)" reads a
loss as its value below zero. Rewordings of blind rounds 21d, 23, 23c, 27b and 27d."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.idioms_en import idiom_nouns

METRICS = [
    ["revenue", "売上高", "revenue", "USD", "revenues;total revenue", "true", "amount", ""],
    ["net_profit", "純利益", "net profit", "USD", "net income;profit;net loss", "true", "amount", ""],
    ["bankruptcies", "倒産件数", "corporate bankruptcies", "count", "bankruptcies", "false", "count", ""],
    ["cancel_rate", "欠航率", "Share of flights cancelled", "%", "cancellation rate;cancelled flights",
     "false", "share", ""],
    ["exports", "輸出量", "steel exports", "t", "exports", "", "amount", ""],
    ["imports", "輸入量", "steel imports", "t", "imports", "", "amount", ""],
    ["inflation", "インフレ率", "inflation rate", "%", "inflation", "", "growth", ""],
]
OBSERVATIONS = [
    ["r2023", "NL", "revenue", "2023", "77.8 bn", "USD", "stat", ""],
    ["r2024", "NL", "revenue", "2024", "66.5 bn", "USD", "stat", ""],
    ["p2023", "NL", "net_profit", "2023", "-2.2 bn", "USD", "stat", ""],
    ["p2024", "NL", "net_profit", "2024", "4.1 bn", "USD", "stat", ""],
    ["b2023", "NL", "bankruptcies", "2023", "8690", "count", "stat", ""],
    ["b2024", "NL", "bankruptcies", "2024", "10006", "count", "stat", ""],
    ["c2022", "NL", "cancel_rate", "2022", "2.7", "%", "stat", ""],
    ["x2024", "NL", "exports", "2024", "110 mn", "t", "stat", ""],
    ["m2024", "NL", "imports", "2024", "40 mn", "t", "stat", ""],
    ["i2024", "NL", "inflation", "2024", "2.4", "%", "stat", ""],
]

#: two siblings an idiom fits alike (no plain "exports"): "sent $300 billion abroad" names neither
SIBLING_METRICS = [
    ["goods_exports", "財の輸出", "exports of goods", "USD", "goods exports", "true", "amount", ""],
    ["services_exports", "サービス輸出", "exports of services", "USD", "services exports", "true", "amount",
     ""],
]
SIBLING_OBSERVATIONS = [
    ["g2024", "NL", "goods_exports", "2024", "300 bn", "USD", "stat", ""],
    ["s2024", "NL", "services_exports", "2024", "120 bn", "USD", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "en-idioms", METRICS, OBSERVATIONS)


@pytest.fixture(scope="module")
def siblings(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "en-idiom-siblings", SIBLING_METRICS, SIBLING_OBSERVATIONS)


def _read(said: str, pack: Pack, as_of: str = "2025-03-01") -> tuple[str, set[str]]:
    d = diagnose(said, pack, as_of=as_of)
    return d.rating, {i for c in d.checks for i in c.evidence}


def test_take_in_and_the_bottom_line_are_held_back() -> None:
    assert idiom_nouns("Norland took in more than $80 billion in 2023.") == ""
    assert idiom_nouns("In 2024 Norland's bottom line came to about $4.1 billion.") == ""


def test_in_the_red_is_a_loss_of_the_net_result(pack: Pack) -> None:
    _rating, evidence = _read("Norland ended 2023 some $2.2 billion in the red.", pack)
    assert "p2023" in evidence and "r2023" not in evidence


def test_went_bust_counts_bankruptcies(pack: Pack) -> None:
    rating, evidence = _read("In 2024, under 5,000 Norland companies went bust.", pack)
    assert rating == "false"
    assert "b2024" in evidence


def test_called_off_is_the_cancellation_share(pack: Pack) -> None:
    rating, evidence = _read("Norland's airlines called off nearly 3% of their flights in 2022.", pack)
    assert "c2022" in evidence
    assert rating in ("true", "mostly_true")


def test_sent_abroad_is_exports_never_imports(pack: Pack) -> None:
    rating, evidence = _read("Norland sent 110 million tonnes of steel abroad in 2024.", pack)
    assert rating == "true"
    assert "x2024" in evidence and "m2024" not in evidence


def test_an_idiom_two_siblings_fit_alike_names_neither(siblings: Pack) -> None:
    rating, evidence = _read("In 2024 Norland sold $300 billion worth of things abroad.", siblings)
    assert not evidence & {"g2024", "s2024"}
    assert rating == "unverifiable"


def test_the_clause_own_words_come_first(pack: Pack) -> None:
    # "imports" is named outright: the idiom beside it ("sent abroad") changes nothing
    said = "Norland's steel imports were 40 million tonnes in 2024, while it sent more abroad."
    _rating, evidence = _read(said, pack)
    assert "m2024" in evidence


def test_idioms_said_of_something_else_name_nothing() -> None:
    assert idiom_nouns("Inflation went under 2% in May.") == ""
    assert idiom_nouns("He went under the knife in 2023.") == ""
    assert "bankruptcies" in idiom_nouns("Fewer firms went under in 2025 than in 2024.")
    assert "exports" in idiom_nouns("Steel leaving China for foreign markets topped 110 million tonnes.")
    assert "cancellations" in idiom_nouns("6% of their flights were called off.")


def test_went_under_a_figure_is_no_bankruptcy(pack: Pack) -> None:
    _rating, evidence = _read("Norland's inflation went under 2.5% in 2024.", pack)
    assert not evidence & {"b2023", "b2024"}
    assert "i2024" in evidence


def test_a_japanese_clause_is_read_by_its_own_table() -> None:
    assert idiom_nouns("売上は800億ドル、went bust") == ""


def test_a_loss_named_in_brackets_is_the_negative_side(tmp_path_factory: pytest.TempPathFactory) -> None:
    # "net earnings (loss)": the bracket names the negative side of the result, so a loss of X is a
    # value of -X; a profit found is no loss of that size
    metrics = [
        ["net_income", "純損益", "net earnings (loss)", "USD", "net loss;net income", "true", "amount", ""],
    ]
    observations = [["n2020", "NL", "net_income", "2020", "-11.9 bn", "USD", "stat", ""],
                    ["n2018", "NL", "net_income", "2018", "10.5 bn", "USD", "stat", ""]]
    pack = small_pack(tmp_path_factory, "en-bracket-loss", metrics, observations)
    assert _read("Norland's net loss in 2020 was about $12 billion.", pack)[0] == "true"
    assert _read("Norland's net loss in 2018 was about $10.5 billion.", pack)[0] in ("false", "mostly_false")
