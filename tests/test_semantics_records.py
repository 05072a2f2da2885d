"""Records said with a negative or a comparative (docs/verdict-rules.md §4.8, §2 Negation), on a
small pack built here.

"Affordability has never been worse", "the rate was never higher", "better than ever" claim a
record of the subject's own series: the negative says no earlier value was past the one now, it
does not deny the statement (blind uk-housing afford-9x-worst: the figure failed and the negation
turned it into a wrong true). Best and worst go by the measure's better direction: on a
price-to-earnings ratio, where lower is better, "worse" is a high. A record said with no direction
("hit a record 7.77 million") is a high whichever way is better; with a fall ("fell to a record"),
a low."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import ENTITY_HEADER, EVENT_HEADER, OBSERVATION_HEADER, SOURCE_HEADER, write_rows_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

PACK_YAML = 'id: records\ntitle: {en: "Records"}\nlanguage: en\nsubject: NL\n'
SOURCES = [SOURCE_HEADER, ["stat", "Statistics office", "Office", "", "2025", "statistics", "en"]]
ENTITIES = [ENTITY_HEADER, ["NL", "country", "ノーランド", "Norland", "", ""]]
METRICS = [
    ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
    ["afford", "住宅価格の年収倍率", "house price to earnings ratio", "x",
     "affordability;times earnings", "false", "ratio"],
    ["wages", "平均賃金", "average wage", "USD", "wages", "true", "amount"],
]
OBSERVATIONS = [
    OBSERVATION_HEADER,
    ["a22", "NL", "afford", "2022", "8.0", "x", "stat", ""],
    ["a23", "NL", "afford", "2023", "8.4", "x", "stat", ""],
    ["a24", "NL", "afford", "2024", "7.7", "x", "stat", ""],
    ["w23", "NL", "wages", "2023", "50000", "USD", "stat", ""],
    ["w24", "NL", "wages", "2024", "52000", "USD", "stat", "a record"],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder: Path = tmp_path_factory.mktemp("records")
    events = [EVENT_HEADER]
    return load_pack(write_rows_pack(folder, PACK_YAML, SOURCES, ENTITIES, events, METRICS, OBSERVATIONS))


@pytest.mark.parametrize(("claim", "rating"), [
    # 2024's 7.7 is below 2023's 8.4: not the worst, and 9 is not 7.7
    ("Affordability has never been worse: in 2024 a home in Norland cost 9 times earnings.", "false"),
    # the figure 7.7 holds beside the failing record: half (§4.8 "a level beside a rank")
    ("Affordability has never been worse: in 2024 a home in Norland cost 7.7 times earnings.", "half_true"),
    # 2023's 8.4 is above every earlier value: the worst so far
    ("Affordability has never been worse: in 2023 a home in Norland cost 8.4 times earnings.", "true"),
    ("In 2024 Norland's average wage was higher than ever.", "true"),
])
def test_never_been_worse_is_a_record_not_a_negation(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating


def test_a_negative_that_denies_stays_a_negation(pack: Pack) -> None:
    (st,) = parse("Norland's average wage was never $52,000 in 2024.", pack).statements
    assert st.negated
    (record,) = parse("Norland's average wage has never been higher than in 2024.", pack).statements
    assert not record.negated and "sup_record" in record.cues


@pytest.mark.parametrize(("claim", "rating"), [
    # an unmarked record is a high, also on a measure where lower is better: 2023's 8.4
    ("In 2023 the house price to earnings ratio in Norland hit a record 8.4.", "true"),
    ("In 2024 the house price to earnings ratio in Norland hit a record 7.7.", "false"),
    # a fall said with it makes it a low; the low is the marked form
    ("In 2024 the house price to earnings ratio in Norland fell to a record 7.7.", "true"),
    ("In 2024 the house price to earnings ratio in Norland reached a record low of 7.7.", "true"),
])
def test_an_unmarked_record_is_a_high(claim: str, rating: str, pack: Pack) -> None:
    assert diagnose(claim, pack).rating == rating
