"""A share said as k parts of N counted in one unit (docs/verdict-rules.md §4.1, §4.5): 「10戸中1戸」
「100戸のうち14戸」, "14 homes of every 100 homes", "four of every ten" are k/N, in both languages; a
bound or approximation word before them is the share's own ("more than nine out of ten", "almost one
in seven"), not a cue of one thing exceeding another; a whole of 100 is a percentage in words. Not a
count and its total (「1741戸のうち482戸」), nor "85 in 2024"."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse

METRICS = [
    ["vacant", "空き家数", "vacant homes", "戸", "空き家;empty homes", "false", "count", "空き家の総数"],
    ["dwellings", "総住宅数", "total dwellings", "戸", "住宅総数;total homes", "", "count", "住宅の総数"],
    ["vrate", "空き家率", "vacancy rate", "%", "空き家の割合", "false", "share",
     "総住宅数に占める空き家数の割合"],
    ["occ", "入居率", "occupancy rate", "%", "入居;occupied", "false", "share", "住宅に占める入居住宅の割合"],
]
OBSERVATIONS = [
    ["v2", "NL", "vacant", "2023", "9002000", "戸", "stat", ""],
    ["d2", "NL", "dwellings", "2023", "65047000", "戸", "stat", ""],
    ["vr2", "NL", "vrate", "2023", "13.8", "%", "stat", ""],
    ["oc2", "NL", "occ", "2023", "86.2", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "shares-in-counts", METRICS, OBSERVATIONS)


def _shares(text: str, pack: Pack) -> list[tuple[float, str | None, str]]:
    st = parse(text, pack).statements[0]
    return [(round(n.quantity.value, 1), n.unit, n.comparator) for n in st.numbers]


def test_k_of_n_in_one_counter_is_a_share(pack: Pack) -> None:
    assert _shares("ノーランドの住宅は10戸中1戸が空き家だ", pack) == [(10.0, "%", "about")]
    assert _shares("ノーランドの住宅は100戸のうち約14戸が空き家だ", pack) == [(14.0, "%", "about")]
    said = _shares("Roughly 14 homes of every 100 homes in Norland are empty.", pack)
    assert said == [(14.0, "%", "about")]
    assert _shares("Four of every ten homes in Norland are empty.", pack) == [(40.0, "%", "about")]


def test_a_count_and_its_total_is_no_share(pack: Pack) -> None:
    # a whole that is no round ten, hundred or thousand: two counts, as written
    assert all(u != "%" for _, u, _ in _shares("ノーランドでは1741戸のうち482戸が空き家だ", pack))
    assert all(u != "%" for _, u, _ in _shares("Norland counted 85 in 2024 empty homes.", pack))
    assert all(u != "%" for _, u, _ in _shares("Empty homes fell from over 3 in 2018 to 2 per street.", pack))


def test_the_bound_before_the_share_is_its_own(pack: Pack) -> None:
    st = parse("More than nine out of ten homes in Norland are occupied.", pack).statements[0]
    assert st.kind != "comparison"
    assert [(n.quantity.value, n.comparator) for n in st.numbers] == [(90.0, "more_than")]
    assert _shares("Almost one in seven homes in Norland is empty.", pack) == [(14.3, "%", "less_than")]
    assert _shares("About one in seven homes in Norland is empty.", pack) == [(14.3, "%", "about")]
    # 86.2 % occupied is not more than nine in ten
    assert diagnose("More than nine out of ten homes in Norland are occupied.", pack).rating in (
        "false", "mostly_false")


def test_a_hundred_parts_is_a_percentage(pack: Pack) -> None:
    # graded as "about 14%" is (13.8 %: true or mostly true), not to the nearest hundredth's step
    for text in ("About 14 homes of every 100 homes in Norland are empty.",
                 "About 14% of homes in Norland are empty."):
        assert diagnose(text, pack).rating in ("true", "mostly_true"), text
    assert diagnose("About 30 homes of every 100 homes in Norland are empty.", pack).rating in (
        "false", "mostly_false")


def test_a_strict_bound_is_no_near_bound(pack: Pack) -> None:
    # "fewer than nine in ten" for 86.2 % holds as "under 90%" does (any figure below), while
    # "almost nine in ten" is a little below it
    fewer = "Fewer than nine in ten homes in Norland are occupied."
    assert _shares(fewer, pack) == [(90.0, "%", "less_than")]
    assert not parse(fewer, pack).statements[0].numbers[0].quantity.approx
    almost = parse("Almost nine in ten homes in Norland are occupied.", pack).statements[0]
    assert almost.numbers[0].quantity.approx
    for text in ("Fewer than nine in ten homes in Norland are occupied.",
                 "Less than 90% of homes in Norland are occupied."):
        assert diagnose(text, pack).rating == "true", text
