"""The qualifiers of a measure, first-class in linking (docs/verdict-rules.md §4.13, "Qualifiers of the
measure"; issue 8, blind rounds 13-14 "a measure not linked, or a neighbouring measure taken").

Each family is a pair of measures that differ only in a qualifier: an age band, an exclusion, a
unit of division, a named part. A claim that states the qualifier is checked on the qualified
measure; one that does not is checked on the plain one; a claim whose qualifier no measure carries
is unknown, never settled by the neighbour.
"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pack.index import EvidenceIndex
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.qualifiers import qualifiers

ENTITIES = [["acme", "company", "アクメ", "Acme", "", "NL"]]
METRICS = [
    # age band
    ["entrants", "新規就業者数", "New entrants", "persons", "people who took up the trade", "", "count", ""],
    ["entrants_u49", "新規就業者数（49歳以下）", "New entrants aged 49 and under", "persons", "", "", "count",
     "新規就業者のうち49歳以下。"],
    ["workers", "従事者数", "Workers", "persons", "", "", "count", ""],
    ["workers_65_share", "従事者に占める65歳以上の割合", "Share of workers aged 65 and over", "%", "", "",
     "share", ""],
    # exclusion
    ["receipts", "税収", "Tax receipts", "EUR", "", "", "amount", ""],
    ["receipts_ex", "税収（アクメ関連除く）", "Tax receipts excluding Acme", "EUR", "", "", "amount", ""],
    # unit of division
    ["spending", "医療費", "Health spending", "EUR", "", "", "amount", ""],
    ["spending_pc", "1人当たり医療費", "Health spending per capita", "EUR", "", "", "amount", ""],
    # a measure with no neighbour that carries the claim's qualifier
    ["output", "生産量", "Output", "tonnes", "", "", "amount", ""],
]
OBSERVATIONS = [
    ["o1", "NL", "entrants", "2023", "43460", "persons", "stat", ""],
    ["o2", "NL", "entrants_u49", "2023", "15890", "persons", "stat", ""],
    ["o3", "NL", "workers", "2024", "1114000", "persons", "stat", ""],
    ["o4", "NL", "workers_65_share", "2024", "71.7", "%", "stat", ""],
    ["o5", "NL", "receipts", "2024", "39.1 billion", "EUR", "stat", ""],
    ["o6", "NL", "receipts_ex", "2024", "28.1 billion", "EUR", "stat", ""],
    ["o7", "NL", "spending", "2023", "48 billion", "EUR", "stat", ""],
    ["o8", "NL", "spending_pc", "2023", "3860", "EUR", "stat", ""],
    ["o9", "NL", "output", "2024", "5000", "tonnes", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "qualifiers", METRICS, OBSERVATIONS, entities=ENTITIES)


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        # age band: the claim's band takes the banded measure, in either spelling of the band
        ("Fewer than 16,000 people aged 49 or under took up the trade in Norland in 2023.", "true"),
        ("2023年、ノーランドの49歳以下の新規就業者は1万6000人未満だった。", "true"),
        ("Fewer than 16,000 people took up the trade in Norland in 2023.", "false"),
        # a share named by its parts: "seven in ten of … were 65 or older", 「7割が65歳以上」
        ("In 2024, roughly seven in ten of Norland's workers were 65 or older.", "true"),
        ("2024年、ノーランドの従事者の約7割が65歳以上だった。", "true"),
        # exclusion
        ("Excluding Acme, Norland's tax receipts were about 28 billion euros in 2024.", "true"),
        ("アクメ関連を除いた2024年のノーランドの税収は約280億ユーロだった。", "true"),
        ("Norland's tax receipts were about 39 billion euros in 2024.", "true"),
        # unit of division
        ("Norland's health spending per capita was about 3,860 euros in 2023.", "true"),
        ("2023年のノーランドの1人当たり医療費は約3860ユーロだった。", "true"),
        ("Norland's health spending was about 48 billion euros in 2023.", "true"),
    ],
)
def test_the_measure_whose_qualifiers_agree_is_taken(pack: Pack, said: str, rating: str) -> None:
    assert diagnose(said, pack, as_of="2025-06-01").rating == rating


@pytest.mark.parametrize(
    "said",
    [
        # a qualifier no measure of the pack carries: not settled by the plain measure
        "Norland's output per capita was 5,000 tonnes in 2024.",
        "2024年のノーランドの1人当たり生産量は5000トンだった。",
        "Excluding Acme, Norland's output was 5,000 tonnes in 2024.",
    ],
)
def test_a_qualifier_no_measure_carries_is_unknown(pack: Pack, said: str) -> None:
    d = diagnose(said, pack, as_of="2025-06-01")
    assert d.rating == "unverifiable"
    assert all(c.result == "unknown" for c in d.checks)


@pytest.mark.parametrize(
    ("text", "family", "low", "high"),
    [
        ("aged 49 or under", "age", None, 49),
        ("aged under 50", "age", None, 49),
        ("65 and over", "age", 65, None),
        ("65歳以上", "age", 65, None),
        ("30歳未満", "age", None, 29),
        ("aged 15-64", "age", 15, 64),
    ],
)
def test_age_bands_read_alike_in_both_languages(
    text: str, family: str, low: int | None, high: int | None
) -> None:
    (q,) = qualifiers(text)
    assert (q.family, q.low, q.high) == (family, low, high)


def test_other_families_are_read() -> None:
    assert [q.family for q in qualifiers("tax receipts excluding Acme")] == ["excl"]
    assert [q.family for q in qualifiers("アクメ分を除いた税収")] == ["excl"]
    assert [q.keys for q in qualifiers("spending per capita")] == [frozenset({"person"})]
    assert [q.keys for q in qualifiers("1人当たり医療費")] == [frozenset({"person"})]
    assert [q.family for q in qualifiers("野党議員99人のうち女性は36人")] == ["part"]
    # a percentage and a time are no unit of division
    assert qualifiers("12 per cent per year") == ()
    # the Japanese distributive: one of a counter before the figure divides it
    assert [q.keys for q in qualifiers("1人1泊最大2万円")] == [frozenset({"person"}), frozenset({"泊"})]
    assert qualifiers("2024年1月3万円") == ()  # a month is no unit of division


# --- review 15 (findings 1-4, 8, 12): a qualifier misread, or agreeing on less than the whole ------

RIVALS = [["AL", "country", "アランド", "Aland", "", ""], ["BL", "country", "ブランド", "Bland", "", ""]]
RIVAL_METRICS = [["out", "生産量", "output", "tonnes", "", "true", "amount", ""]]
RIVAL_OBSERVATIONS = [
    ["n", "NL", "out", "2024", "1000", "tonnes", "stat", ""],
    ["a", "AL", "out", "2024", "3000", "tonnes", "stat", ""],
    ["b", "BL", "out", "2024", "5000", "tonnes", "stat", ""],
]


def test_overtaking_is_no_exclusion(pack: Pack, tmp_path_factory: pytest.TempPathFactory) -> None:
    # 「Xを抜き」 is "overtook X": Bland stays a party of the comparison (Aland 3,000 t did not
    # overtake Bland's 5,000 t), and Acme is not left out of the receipts (39.1 bn, not 28.1 bn)
    rivals = norland_pack(tmp_path_factory, "overtake", RIVAL_METRICS, RIVAL_OBSERVATIONS,
                          entities=RIVALS, language="ja")
    said = "2024年、アランドの生産量はブランドを抜き、3000トンに達した。"
    assert diagnose(said, rivals, as_of="2025-06-01").rating not in ("true", "mostly_true")
    said = "2024年、ノーランドの税収はアクメを抜き281億ユーロだった。"
    assert diagnose(said, pack, as_of="2025-06-01").rating not in ("true", "mostly_true")
    assert qualifiers("ブランドを抜き、首位となった") == ()
    # glued to what is left out it is an exclusion (税抜き, 「生鮮食品抜きの物価」)
    assert [q.family for q in qualifiers("生鮮食品抜きの物価")] == ["excl"]


CORE_METRICS = [
    ["cpi_core", "生鮮食品を除く消費者物価指数", "consumer prices excluding fresh food", "%", "", "false",
     "growth", ""],
    ["cpi", "消費者物価指数", "consumer prices", "%", "", "false", "growth", ""],
]
CORE_OBSERVATIONS = [
    ["c23", "NL", "cpi_core", "2023", "3.1", "%", "stat", ""],
    ["a23", "NL", "cpi", "2023", "3.2", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def core(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "core", CORE_METRICS, CORE_OBSERVATIONS)


@pytest.mark.parametrize(
    ("said", "settled"),
    [
        ("Norland's consumer prices excluding fresh food rose 3.1% in 2023.", True),
        ("2023年のノーランドの生鮮食品を除く消費者物価指数は3.1%上昇した。", True),
        # more left out, or something else left out: another measure, not this one
        ("Norland's consumer prices excluding fresh food and energy rose 3.1% in 2023.", False),
        ("Excluding fresh food, energy and alcohol, Norland's consumer prices rose 3.1% in 2023.", False),
        ("2023年のノーランドの生鮮食品及びエネルギーを除く消費者物価指数は3.1%上昇した。", False),
        ("2023年のノーランドの生鮮食品とエネルギーを除く消費者物価指数は3.1%上昇した。", False),
        ("Norland's consumer prices excluding fresh vegetables rose 3.1% in 2023.", False),
        ("Norland's consumer prices excluding energy rose 3.1% in 2023.", False),
    ],
)
def test_exclusions_agree_as_a_whole(core: Pack, said: str, settled: bool) -> None:
    rating = diagnose(said, core, as_of="2025-06-01").rating
    assert rating == "true" if settled else rating == "unverifiable"


def test_the_excluded_list_runs_through_and() -> None:
    (q,) = qualifiers("consumer prices excluding fresh food and energy rose")
    assert q.keys == {"fresh", "food", "energ"}
    (q,) = qualifiers("Excluding Acme, the receipts rose")
    assert q.keys == {"acm"}


QUALIFIED = ("entrants_u49", "receipts_ex", "spending_pc")


@pytest.fixture(scope="module")
def only(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    """Each measure with no neighbour: the qualified one only."""
    metrics = [m for m in METRICS if m[0] in QUALIFIED]
    observations = [o for o in OBSERVATIONS if o[2] in QUALIFIED]
    return norland_pack(tmp_path_factory, "only", metrics, observations, entities=ENTITIES)


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        # a claim of the whole is not checked on a part, even the pack's only measure of its kind
        ("Norland's health spending was 3,860 euros in 2023.", "unverifiable"),
        ("2023年のノーランドの医療費は3860ユーロだった。", "unverifiable"),
        ("Norland's tax receipts were 28.1 billion euros in 2024.", "unverifiable"),
        ("Including Acme, Norland's tax receipts were 28.1 billion euros in 2024.", "unverifiable"),
        ("アクメを含めると、2024年のノーランドの税収は281億ユーロだった。", "unverifiable"),
        # stated, it is
        ("Norland's health spending per capita was 3,860 euros in 2023.", "true"),
        ("Excluding Acme, Norland's tax receipts were 28.1 billion euros in 2024.", "true"),
        # an age bound a writer leaves unsaid is the population's when the pack has no neighbour
        ("Norland had 15,890 new entrants in 2023.", "true"),
    ],
)
def test_a_part_is_not_the_whole(only: Pack, said: str, rating: str) -> None:
    assert diagnose(said, only, as_of="2025-06-01").rating == rating


def test_an_inclusion_contradicts_the_exclusion_of_the_same() -> None:
    (incl,) = qualifiers("Including Acme, receipts were")
    (excl,) = qualifiers("receipts excluding Acme")
    assert incl.family == "incl" and incl.contradicts(excl)


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("In 2023 Norland had 15,890 new entrants aged 49 and under.", "true"),
        ("In 2023 Norland had 15,890 new entrants aged under 50.", "true"),
        # a bound a year off is another band (only "over / under N" is said loosely)
        ("In 2023 Norland had 15,890 new entrants aged 48 and under.", "unverifiable"),
        ("2023年、ノーランドの49歳以下の新規就業者は15890人だった。", "true"),
        ("2023年、ノーランドの48歳以下の新規就業者は15890人だった。", "unverifiable"),
    ],
)
def test_age_bounds_agree_exactly(pack: Pack, said: str, rating: str) -> None:
    assert diagnose(said, pack, as_of="2025-06-01").rating == rating


def test_over_65_is_said_of_65_and_over() -> None:
    (over,) = qualifiers("people aged over 65")
    (ja,) = qualifiers("65歳以上")
    (other,) = qualifiers("66歳以上")
    assert over.agrees(ja) and ja.agrees(over) and over.agrees(other)
    (a,) = qualifiers("48 and under")
    (b,) = qualifiers("49歳以下")
    assert not a.agrees(b)


@pytest.mark.parametrize(
    "text",
    [
        "ブランドを抜き、首位となった",  # overtook
        "50+ countries signed the accord",  # a count, not an age band
        "hotels rated 4 or above",  # a rating
        "首都圏あたりの店舗",  # "around the capital region"
        "12 per cent per year",  # a percentage and a time
        "the sun came up once per day, every morning",
    ],
)
def test_no_qualifier_is_read_from_an_unrelated_construction(text: str) -> None:
    assert qualifiers(text) == ()


def test_the_qualifiers_of_a_text_are_kept_per_pack(
    pack: Pack, core: Pack, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A text's qualifiers are kept with one pack's index: the same text read with a pack that
    has no entity Acme gives Acme's words, not the other pack's entity key."""
    plain = norland_pack(tmp_path_factory, "no-acme", METRICS, OBSERVATIONS)
    text = "tax receipts excluding Acme"
    with_acme = qualifiers(text, EvidenceIndex.of(pack))
    assert with_acme == qualifiers(text, EvidenceIndex.of(pack))  # kept, read again
    assert [q.keys for q in with_acme] == [frozenset({"@acme"})]
    (other,) = qualifiers(text, EvidenceIndex.of(plain))
    assert other.keys and not any(k.startswith("@") for k in other.keys)
