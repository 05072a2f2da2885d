"""Quantifiers, focus, complements and causes (docs/verdict-rules.md §4.13, §4.12, §5): readings
of what a sentence asserts beyond the figure it names. Each test asserts one rule on a small pack
built here, with a near miss the rule must not fire on.

- A claim of every part ("in every single state", 「どの州でも」) is refuted by one part the pack
  holds for which it fails; "every year" is no quantifier over parts, and a part the claim sets
  apart ("except South State") is not a counterexample.
- A share said by the complement of its measure's predicate (「半数以上が遅れた」 against an on-time
  share) is checked as 100 minus the share.
- Focus on one group (「増えたのは家族連れだけ」) also says no other group rose; 「だけでなく」 adds.
- A continuative clause (「…を増やし、…」) joins a second assertion, as ", and" does.
- A cause verb with a change as its object ("drove the surge") and a fronted 「…によって、」 are
  causes: the facts that hold do not make the claim true, and the change is no turning point.
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
from shingi.pipeline.claims.names import fronted_by_is_cause
from shingi.pipeline.diagnose import diagnose

PACK_YAML = """\
id: quant
title: {ja: "量化", en: "Quantifiers"}
language: en
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["st", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["north", "other", "北州", "North State", "", "NL"],
    ["south", "other", "南州", "South State", "", "NL"],
    ["port", "other", "港市", "Port City", "", "NL"],
]
EVENTS = [EVENT_HEADER]
METRICS = [
    METRIC_HEADER,
    ["visitors", "訪問者数", "visitors", "count", "", "true", "count", ""],
    ["visitors_growth", "訪問者数の増減率", "change in visitors", "%", "", "true", "growth", ""],
    ["family_growth", "家族連れ訪問者の増減率", "change in family visitors", "%", "", "true", "growth", ""],
    ["solo_growth", "単身訪問者の増減率", "change in solo visitors", "%", "", "true", "growth", ""],
    ["ontime", "列車の定時率", "train on-time rate", "%", "", "true", "share",
     "Share of trains arriving less than 6 minutes late."],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["v23", "NL", "visitors", "2023", "100", "count", "st", ""],
    ["v24", "NL", "visitors", "2024", "120", "count", "st", ""],
    ["g-north", "north", "visitors_growth", "2024", "5", "%", "st", ""],
    ["g-south", "south", "visitors_growth", "2024", "-2", "%", "st", ""],
    ["g-port", "port", "visitors_growth", "2024", "-8", "%", "st", ""],
    ["fam", "NL", "family_growth", "2024", "30", "%", "st", ""],
    ["solo", "NL", "solo_growth", "2024", "10", "%", "st", ""],
    ["ot", "NL", "ontime", "2024", "51.5", "%", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("quant")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(
    "claim",
    [
        "Visitors to Norland went up in every single state in 2024.",
        "In 2024 visitors rose in each and every state of Norland.",
        "2024年、ノーランドの訪問者数はどの州でも増えた。",
        "2024年、ノーランドの訪問者数は全ての州で増えた。",
    ],
)
def test_every_part_is_refuted_by_one_part(pack: Pack, claim: str) -> None:
    d = diagnose(claim, pack)
    assert d.rating == "false", [(c.result, c.reason) for c in d.checks]
    assert d.checks[0].evidence == ["g-south"]  # a state, not Port City (a city is no state)


@pytest.mark.parametrize(
    "claim",
    [
        # the whole alone: no quantifier
        "Visitors to Norland went up in 2024.",
        "2024年、ノーランドの訪問者数は増えた。",
    ],
)
def test_the_whole_is_no_quantifier(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack).rating == "true"


def test_a_part_set_apart_is_no_counterexample(pack: Pack) -> None:
    d = diagnose("In 2024 visitors to Norland rose in every state except South State.", pack)
    assert d.rating == "unverifiable"


@pytest.mark.parametrize(
    ("claim", "rating"),
    [
        # 48.5 % late: "more than half late" is "less than half on time", which 51.5 % misses by little
        ("2024年、ノーランドの列車の半数以上が遅れた。", "mostly_false"),
        ("In 2024 more than half of Norland's trains were late.", "mostly_false"),
        ("In 2024 about 48% of Norland's trains were late.", "true"),
        ("2024年、ノーランドの列車の6割が遅れた。", "false"),
        # the measure's own predicate: no complement
        ("2024年、ノーランドの列車の半数以上が定時に着いた。", "true"),
    ],
)
def test_a_share_said_by_its_complement(pack: Pack, claim: str, rating: str) -> None:
    assert diagnose(claim, pack).rating == rating


def test_focus_only_says_no_other_group_rose(pack: Pack) -> None:
    d = diagnose("2024年に増えたのは家族連れ訪問者だけだった。", pack)
    assert d.rating == "false"
    assert "solo" in d.checks[0].evidence
    # 「だけでなく」 (not only) adds a group: no focus
    assert diagnose("2024年には家族連れ訪問者だけでなく単身訪問者も増えた。", pack).rating == "true"


def test_a_cause_verb_with_a_change_as_object(pack: Pack) -> None:
    d = diagnose("Cheap flights drove the 2024 surge in visitors to Norland.", pack)
    assert d.rating == "unverifiable"
    assert "turning_point" not in [c.kind for c in d.checks]
    assert [c.result for c in d.checks if c.kind == "cause"] == ["unknown"]


def test_a_fronted_niyotte_is_a_cause(pack: Pack) -> None:
    d = diagnose("格安航空の就航によって、2024年のノーランドの訪問者数は120に増えた。", pack)
    assert d.rating == "unverifiable"
    assert [c.result for c in d.checks if c.kind == "cause"] == ["unknown"]
    assert diagnose("2024年のノーランドの訪問者数は120に増えた。", pack).rating == "true"


def test_a_continuative_clause_joins_a_second_assertion(pack: Pack) -> None:
    d = diagnose("ノーランドは2024年に訪問者数を120まで増やし、観光収入は倍増した。", pack)
    assert [c.result for c in d.checks] == ["holds", "unknown"]
    assert d.rating == "half_true"


def test_kahansuu_is_more_than_half(pack: Pack) -> None:
    # 過半数 is "more than half": late by more than half is on time by less than half
    d = diagnose("2024年、ノーランドの列車の過半数が遅れた。", pack)
    assert d.rating == "mostly_false"
    assert "less than 50%" in d.checks[0].reason
    assert diagnose("2024年、ノーランドの列車の過半数が定時に着いた。", pack).rating == "true"


def test_a_count_of_the_parts_is_no_value_of_each(pack: Pack) -> None:
    # "all 2 states": the figure counts the parts; no part is checked against it
    d = diagnose("2024年、ノーランドの訪問者数は2州すべてで増えた。", pack)
    assert d.rating != "false"


@pytest.mark.parametrize(
    "claim",
    [
        # focus on a period or a degree, not on a group: says nothing of the other groups
        "2024年の1年間だけで、ノーランドの家族連れ訪問者は30%増えた。",
        "Solo visitors to Norland only slightly rose in 2024.",
        "2024年、ノーランドの単身訪問者は少しだけ増えた。",
    ],
)
def test_focus_on_a_period_or_degree_is_no_group(pack: Pack, claim: str) -> None:
    assert diagnose(claim, pack).rating != "false"



MARRIED = [
    METRIC_HEADER,
    ["married", "既婚率", "share of adults who have ever married", "%", "", "", "share", ""],
]
MARRIED_OBS = [OBSERVATION_HEADER, ["m24", "NL", "married", "2024", "55", "%", "st", ""]]


@pytest.fixture(scope="module")
def married(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("married")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, MARRIED, MARRIED_OBS))


@pytest.mark.parametrize(
    "claim",
    [
        # the never married / unmarried are not the share the ever married leave (widowed, divorced)
        "In 2024, 45% of adults in Norland were unmarried.",
        "In 2024, 45% of adults in Norland had never married.",
        "2024年、ノーランドの成人の45%が未婚だった。",
        "2024年、ノーランドの成人の6割が未婚だった。",
    ],
)
def test_a_privative_is_another_group(married: Pack, claim: str) -> None:
    assert diagnose(claim, married).rating == "unverifiable"


def test_the_measure_own_word_is_no_privative(married: Pack) -> None:
    assert diagnose("2024年、ノーランドの既婚率は55%だった。", married).rating == "true"
    assert diagnose("In 2024, 55% of adults in Norland had ever married.", married).rating == "true"


UNION = [
    ENTITY_HEADER,
    ["union", "organization", "北方連合", "Northern Union", "NU", ""],
    ["aa", "country", "アルダ", "Arda", "", "union"],
    ["bb", "country", "ベルナ", "Berna", "", "union"],
    ["cc", "country", "コスタ", "Costa", "", ""],
]
JOBLESS = [
    METRIC_HEADER,
    ["jobless", "失業率", "unemployment rate", "%", "unemployment", "false", "share", ""],
]


def _union(tmp_path_factory: pytest.TempPathFactory, berna_2024: str) -> Pack:
    rows = [OBSERVATION_HEADER]
    values = (("union", "6.5", "6.0"), ("aa", "3.0", "2.9"), ("bb", "7.3", berna_2024), ("cc", "3.6", "4.0"))
    for e, a, b in values:
        rows += [[f"{e}23", e, "jobless", "2023", a, "%", "st", ""]]
        rows += [[f"{e}24", e, "jobless", "2024", b, "%", "st", ""]]
    folder: Path = tmp_path_factory.mktemp("union")
    yaml = PACK_YAML.replace("subject: NL", "subject: union")
    return load_pack(write_rows_pack(folder, yaml, SOURCES, UNION, EVENTS, JOBLESS, rows))


@pytest.mark.parametrize(
    "claim",
    [
        # a capitalised modifier before the part noun: any name, not one country's
        "Unemployment fell in every NU member state in 2024.",
        "Unemployment fell in all Northern Union countries in 2024.",
    ],
)
def test_every_member_is_checked_on_the_members(
    tmp_path_factory: pytest.TempPathFactory, claim: str
) -> None:
    # Costa (no member) rose: no counterexample; the members all fell: unknown, not true on the whole
    assert diagnose(claim, _union(tmp_path_factory, "7.2")).rating == "unverifiable"
    # a member (Berna) rose: false
    d = diagnose(claim, _union(tmp_path_factory, "7.5"))
    assert d.rating == "false"
    assert d.checks[0].evidence == ["bb23", "bb24"]


def test_a_fronted_niyotte_source_is_no_cause(pack: Pack) -> None:
    # 「調査によって、…ことが分かった」: where it is known from, not what brought it about
    d = diagnose("統計局の調査によって、2024年のノーランドの訪問者数は120だったことが分かった。", pack)
    assert d.rating == "true"
    assert "cause" not in [c.kind for c in d.checks]


@pytest.mark.parametrize(
    ("obj", "rest", "cause"),
    [
        ("交通省", "鉄道パスの価格は月63ユーロに引き上げられた。", False),  # a passive's agent
        ("統計局の調査", "失業率は5.5%だったことが分かった。", False),  # a source
        ("国", "失業率の動きは異なる。", False),  # "depending on"
        ("増税", "消費は抑えられた。", True),  # a change, with a passive
        ("格安航空の就航", "訪問者数は増えた。", True),  # an event
        ("キャッシュレス化", "コストは削減された。", True),  # a change (化)
        ("円安", "輸出額は増えた。", True),  # no passive: read as before
    ],
)
def test_what_a_fronted_niyotte_gives(obj: str, rest: str, cause: bool) -> None:
    assert fronted_by_is_cause(obj, rest) is cause
