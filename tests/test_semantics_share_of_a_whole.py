"""A percentage of a whole the clause names by a count measure ("27% of Norland's labour force was
out of work", 「労働力人口の27%が失業」) is the share measure whose definition takes that whole right
after "share of" ("unemployed as a share of the active population"; not the youth rate, "a share of
young people in the labour force"): contract 1.1 reads a measure from its definition too. With no
other owner in the clause, "of Norland's labour force" is a part of its own whole, not a ratio to
another entity's value (blind round 8c spain-jobs peak-2013)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["active", "労働力人口", "Active population (LFS)", "count", "labour force;workforce", "true", "count",
     ""],
    ["ur", "失業率", "Unemployment rate (LFS)", "%", "jobless rate", "false", "share",
     "unemployed as a share of the active population; 労働力人口に占める失業者の割合"],
    ["yur", "若年失業率", "Youth unemployment rate", "%", "youth jobless rate", "false", "share",
     "unemployed young people as a share of young people in the labour force"],
]
OBSERVATIONS = [
    ["a1", "NL", "active", "2013", "23000000", "count", "stat", ""],
    ["u1", "NL", "ur", "2013", "26.9", "%", "stat", ""],
    ["y1", "NL", "yur", "2013", "55.5", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "share-of-a-whole", METRICS, OBSERVATIONS)


def test_a_part_of_a_named_whole_is_the_share_defined_on_it(pack: Pack) -> None:
    d = diagnose("In 2013, almost 27% of Norland's labour force was out of work.", pack)
    assert d.checks[0].evidence == ["u1"] and d.rating == "true"
    assert diagnose("In 2013, 40% of Norland's labour force was out of work.", pack).rating == "false"


def test_a_japanese_part_of_a_named_whole(pack: Pack) -> None:
    d = diagnose("2013年にはノーランドの労働力人口の27%が失業していた", pack)
    assert d.checks[0].evidence == ["u1"] and d.rating == "true"
