"""A count whose counted noun is a name the pack holds ("67 TDs took part", "only 10 MPs") counts
those members: the name after the digits does not swallow the number. A short lower-case name of
an entity ("MPs", "TDs"), which a measure's alias keeps as a word of its own ("MPs have been
paid"), names that measure when the clause writes it (realworld dev thejournal-2016 ten_tds,
derived_67, paid_2_2m; wapo-2013 mfg_500k: "500,000 manufacturing jobs" with the sector's alias)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["house", "government", "議会", "House of Norland (MPs)", "MPs;the House", "NL"],
]
METRICS = [
    ["in_debate", "討論に参加した議員", "MPs who took part in the debate", "MPs",
     "MPs took part;MPs showed up", "", "count", ""],
    ["paid", "議員への支払総額", "Total paid to MPs since the election", "EUR",
     "MPs have been paid;paid to MPs", "", "amount", ""],
]
OBSERVATIONS = [
    ["o1", "house", "in_debate", "2016-04", "67", "MPs", "stat", ""],
    ["o2", "house", "paid", "2016-04", "1.6M", "EUR", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "counted-names", METRICS, OBSERVATIONS, entities=ENTITIES)


def test_a_count_of_a_named_group_keeps_its_number(pack: Pack) -> None:
    d = diagnose("67 MPs took part in the debate in April 2016.", pack)
    assert d.checks[0].evidence == ["o1"] and d.rating == "true"
    assert diagnose("Only 10 MPs showed up for the debate in April 2016.", pack).rating == "false"


def test_a_short_name_in_a_measures_alias_names_the_measure(pack: Pack) -> None:
    d = diagnose("MPs have been paid €2.2 million since the election.", pack, as_of="2016-04")
    assert d.checks[0].evidence == ["o2"] and d.rating == "false"
    assert diagnose("MPs have been paid €1.6 million.", pack, as_of="2016-04").rating == "true"
