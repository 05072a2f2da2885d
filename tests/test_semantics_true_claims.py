"""True claims rated true (docs/verdict-rules.md §2, §3, §4.2, §4.4): readings
that left a true claim unverifiable or false on packs nobody tuned for, on a small pack built
here; each test asserts one rule, with a false variant of the same claim beside it.

- Words meet the pack's words across English inflection: irregular past tenses and participles
  ("visitors spent" names "visitor spending", "the debt it left behind"), action nouns whose stem
  is not their verb's ("sales" of "sold", "growth" of "grew"), and four-letter words whose plural
  adds -s ("rates", "wages").
- A place measure named by a superlative ("the most expensive region", 「住宅価格が最も高い地域」 as the
  name or alias of a rank measure) claims first place; "the least expensive" the last.
- A period after "since" (以来, から) that the event's own title also puts after "since" starts
  the window of a record the event states ("the fastest rise since the series began in 2015"):
  it does not date the event.
- A percentage after "by" or a change verb, or before 増 / 減 ("fell by about 21%", 「21%減」) is the
  size of a change: it does not make a measure in percent (a share) the one meant.
- A percentage change over a window that runs to now ("have grown by about 50% since 2023") is
  the change of the level over the window, not one period's rate of change.
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
from shingi.pipeline.morphology import word_keys

PACK_YAML = """\
id: true-claims
title: {ja: "正しい主張", en: "True claims"}
language: en
subject: NL
"""
SOURCES = [SOURCE_HEADER, ["st", "Statistics", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [
    ENTITY_HEADER,
    ["NL", "country", "ノーランド", "Norland", "", ""],
    ["SL", "country", "サウスランド", "Southland", "Southlander", ""],
    ["CAP", "other", "首都圏", "Capital Region", "", "NL"],
    ["NOR", "other", "北部", "North Region", "", "NL"],
]
EVENTS = [
    EVENT_HEADER,
    ["rec", "2025-01-15", "", "NL", "release", "統計局：2024年の家賃上昇率9.2%、2015年の統計開始以来最大",
     "Statistics office: Norland rents up 9.2% in 2024, the fastest rise since the series began in 2015",
     "", "", "st", "2", ""],
]
METRICS = [
    METRIC_HEADER,
    ["visitors", "訪問者数", "foreign visitors", "count", "visitors", "true", "count", ""],
    ["spending", "訪問者消費額", "foreign visitor spending", "EUR", "visitor spending", "true", "amount", ""],
    ["hotels", "ホテル収入", "hotel revenue", "EUR", "", "true", "amount", ""],
    ["price_rank", "住宅価格の地域順位", "regional house price rank", "rank",
     "most expensive region;住宅価格が最も高い地域", "false", "rank", "1 = highest average price"],
    ["rents", "家賃上昇率", "rent inflation", "%", "rents rose;rent growth", "", "growth", ""],
    ["ev_share", "新車に占める電気自動車の割合", "electric share of new car registrations", "%", "", "true",
     "share", ""],
    ["regs", "電気自動車登録台数", "electric car registrations", "count", "", "true", "count", ""],
    ["regs_growth", "電気自動車登録台数の伸び率", "growth of electric car registrations", "%", "", "true",
     "growth", ""],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["v25", "SL", "visitors", "2025", "9100000", "count", "st", ""],
    ["s25", "SL", "spending", "2025", "2.3 bn", "EUR", "st", ""],
    ["h25", "SL", "hotels", "2025", "4 bn", "EUR", "st", ""],
    ["pc24", "CAP", "price_rank", "2024", "1/9", "rank", "st", ""],
    ["pn24", "NOR", "price_rank", "2024", "9/9", "rank", "st", ""],
    ["rent24", "NL", "rents", "2024", "9.2", "%", "st", ""],
    ["sr23", "SL", "regs", "2023", "100000", "count", "st", ""],
    ["sr24", "SL", "regs", "2024", "79000", "count", "st", ""],
    ["ss24", "SL", "ev_share", "2024", "12", "%", "st", ""],
    ["r23", "NL", "regs", "2023", "314687", "count", "st", ""],
    ["r24", "NL", "regs", "2024", "381970", "count", "st", ""],
    ["r25", "NL", "regs", "2025", "473348", "count", "st", ""],
    ["g23", "NL", "regs_growth", "2023", "17.7", "%", "st", ""],
    ["g24", "NL", "regs_growth", "2024", "21.4", "%", "st", ""],
    ["g25", "NL", "regs_growth", "2025", "23.9", "%", "st", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("true-claims")
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, EVENTS, METRICS, OBSERVATIONS))


def test_inflected_words_meet_the_pack_s_words() -> None:
    for said, named in (
        ("spent", "spending"), ("left", "leave"), ("sold", "sales"), ("grew", "growth"),
        ("rose", "rises"), ("died", "deaths"), ("rates", "rate"), ("wages", "wage"),
    ):
        assert word_keys(said) == word_keys(named), (said, named)


def test_an_irregular_past_tense_names_the_measure(pack: Pack) -> None:
    said = "Southlander visitors spent about EUR {} billion in 2025."
    assert diagnose(said.format("2.3"), pack).rating == "true"
    assert diagnose(said.format("4"), pack).rating == "mostly_false"


def test_a_change_over_a_window_to_now_is_the_level_s(pack: Pack) -> None:
    said = "Norland's electric car registrations have grown by about {}% since 2023."
    assert diagnose(said.format(50), pack, as_of="2026-01").rating == "true"
    assert diagnose(said.format(10), pack, as_of="2026-01").rating == "false"


def test_a_place_measure_named_by_a_superlative_claims_first_place(pack: Pack) -> None:
    assert diagnose("The Capital Region was the most expensive region in 2024.", pack).rating == "true"
    assert diagnose("The North Region was the most expensive region in 2024.", pack).rating == "false"
    assert diagnose("The North Region was the least expensive region in 2024.", pack).rating == "true"
    assert diagnose("2024年、首都圏は住宅価格が最も高い地域だった", pack).rating == "true"
    assert diagnose("2024年、北部は住宅価格が最も高い地域だった", pack).rating == "false"


def test_a_window_start_the_event_s_title_states_is_no_date(pack: Pack) -> None:
    said = "Norland's rents rose 9.2% in 2024, the fastest rise since the series began in {}."
    assert diagnose(said.format(2015), pack).rating == "true"
    assert diagnose(said.format(2010), pack).rating == "half_true"
    assert diagnose("In 2015 Norland's statistics office reported rents up 9.2%.", pack).rating == "false"


def test_a_percentage_change_does_not_name_a_share(pack: Pack) -> None:
    said = "Southland's electric car registrations fell by about {}% in 2024."
    assert diagnose(said.format(21), pack).rating == "true"
    assert diagnose(said.format(70), pack).rating == "false"
    assert diagnose("2024年のサウスランドの電気自動車登録台数は約21%減った", pack).rating == "true"
