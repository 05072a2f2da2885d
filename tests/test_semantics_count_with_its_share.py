"""A count said again as its share (docs/verdict-rules.md §4.13, "A count said with its share";
issue 8: real-world claims rated mostly true because the count beside a share that holds was left
unknown).

「外国籍の世帯は4万7317世帯で、全体の2.87%だった」 and "The offices have 208 positions, about 3.6
percent of the city's 5,800" say one quantity twice: the share that holds settles the count the
pack cannot settle (here: the pack keeps the positions in full-time equivalents, a unit the count
is not compared in). A count that fails is kept, and so is a count beside a share that fails.
Only when the clause names the whole as a figure and the count over it is the share: the share
alone cannot tell one count from another (review finding 2: 90万世帯 and 2,080 were true).
"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["OFF", "government", "北部局", "Northern Offices", "", "NL"],
    ["CITY", "government", "北市", "Norland City", "", "NL"],
]
METRICS = [
    ["hh", "受給世帯数", "households receiving assistance", "世帯", "受給世帯", "", "count", ""],
    ["hh_share", "受給世帯のうち世帯主が外国籍の世帯の割合",
     "share of assisted households headed by a foreigner", "%", "外国籍の割合", "", "share",
     "外国籍の世帯 ÷ 全受給世帯"],
    ["posts", "budgeted full-time equivalent positions", "budgeted full-time equivalent positions", "FTE",
     "positions", "", "count", ""],
    ["posts_share", "市の定員に占める割合", "share of the city's budgeted positions", "%", "", "", "share",
     "positions of the offices ÷ all city positions"],
]
OBSERVATIONS = [
    ["s23", "NL", "hh_share", "FY2023", "2.87", "%", "stat", ""],
    ["p_off", "OFF", "posts", "2024", "208", "FTE", "stat", ""],
    ["p_city", "CITY", "posts", "2024", "5800", "FTE", "stat", ""],
    ["p_share", "OFF", "posts_share", "2024", "3.6", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "count-share", METRICS, OBSERVATIONS, entities=ENTITIES)


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        ("2023年度、外国籍の世帯は4万7317世帯で、全体の9.5%だった。", "false"),
        ("The Northern Offices have 208 budgeted positions, about 3.6 percent of Norland City's 5,800.",
         "true"),
        ("The Northern Offices have 208 budgeted positions, about 9 percent of Norland City's 5,800.",
         "false"),
    ],
)
def test_a_count_said_with_its_share_is_settled_by_the_share(pack: Pack, said: str, rating: str) -> None:
    d = diagnose(said, pack, as_of="2025-01-01")
    if rating == "true":
        assert d.rating == "true"
        assert all(c.result == "holds" for c in d.checks)
        assert [c.id for c in d.checks] == [f"s{n}" for n in range(1, len(d.checks) + 1)]
    else:
        # a share that fails rescues nothing: the count beside it stays a check of its own
        assert d.rating not in ("true", "mostly_true")
        assert any(c.result == "fails" for c in d.checks)
        assert any(c.result == "unknown" for c in d.checks)


@pytest.mark.parametrize(
    "said",
    [
        # no whole named: the share cannot settle the count, right or wrong
        "2023年度、外国籍の世帯は90万世帯で、全体の2.87%だった。",
        "2023年度、外国籍の世帯は4万7317世帯で、全体の2.87%だった。",
        # the count over the named whole is not the share
        "The Northern Offices have 2,080 budgeted positions, about 3.6 percent of Norland City's 5,800.",
        "The Northern Offices have 208 budgeted positions, about 3.6 percent of Norland City's 58,000.",
        "The Northern Offices have 9,999 budgeted positions, about 3.6 percent of Norland City's total.",
    ],
)
def test_a_count_the_share_does_not_settle_stays_unknown(pack: Pack, said: str) -> None:
    d = diagnose(said, pack, as_of="2025-01-01")
    assert d.rating != "true"
    assert any(c.result == "unknown" for c in d.checks)


@pytest.mark.parametrize(
    "said",
    [
        "The Northern Offices have 208 budgeted positions, about 3.6% of Norland City's 5,800.",
        "The Northern Offices have 208 budgeted positions - about 3.6% of Norland City's 5,800.",
        "The Northern Offices have 208 budgeted positions (about 3.6% of Norland City's 5,800).",
    ],
)
def test_the_share_carrying_a_count_quotes_the_claim_verbatim(pack: Pack, said: str) -> None:
    # review: the span was the two clauses joined with ", ", words the claim never wrote
    d = diagnose(said, pack, as_of="2025-01-01")
    assert d.rating == "true"
    (share,) = d.checks
    assert share.span.startswith("The Northern Offices have 208")
    assert share.span.endswith("5,800") or share.span.endswith("5,800)")
    assert share.span in said
