"""A ratio of two measures said in words (docs/verdict-rules.md §4.6): "outnumber … by about ten to
one", "by a ratio of 3 to 1", 「約28対1」 are a multiple N of the second measure, compared as "N
times" is (blind round 13 japan-daycare-waitlist h5: unverifiable → false, 28 to one found)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["hidden", "隠れ待機児童数", "hidden waiting children", "count", "隠れ待機児童;hidden waiting children",
     "false", "count", ""],
    ["waiting", "待機児童数", "children on the official waiting list", "count",
     "待機児童;official waiting list;waiting list", "false", "count", ""],
]
OBSERVATIONS = [
    ["h-2024", "NL", "hidden", "2024-04", "71032", "count", "stat", ""],
    ["w-2024", "NL", "waiting", "2024-04", "2567", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "ratio-in-words", METRICS, OBSERVATIONS)


def test_n_to_one_is_a_multiple(pack: Pack) -> None:
    en = diagnose("In Norland hidden waiting children outnumber the official waiting list "
                  "by about 28 to one.",
                  pack, lang="en", as_of="2024-09-30")
    assert en.rating == "true"
    assert diagnose("In Norland hidden waiting children outnumber the official waiting list "
                    "by about ten to one.",
                    pack, lang="en", as_of="2024-09-30").rating in ("false", "mostly_false")
    ja = diagnose("ノーランドの隠れ待機児童と待機児童の比は約28対1だ。", pack, lang="ja", as_of="2024-09-30")
    assert ja.rating == "true"
    assert diagnose("ノーランドの隠れ待機児童と待機児童の比は約10対1だ。", pack, lang="ja",
                    as_of="2024-09-30").rating in ("false", "mostly_false")


def test_one_to_n_is_the_reciprocal_and_a_scale_word_is_no_ratio(pack: Pack) -> None:
    # session 14 review 15: 「1対28」 (the other order) is the multiple 1/28, not the raw value 28
    ja = diagnose("ノーランドの待機児童と隠れ待機児童の比は約1対28だ。", pack, lang="ja", as_of="2024-09-30")
    assert ja.rating in ("true", "mostly_true")
    wrong = diagnose("ノーランドの待機児童と隠れ待機児童の比は約1対10だ。", pack, lang="ja",
                     as_of="2024-09-30")
    assert wrong.rating in ("false", "mostly_false")
    from shingi.pipeline.parse import parse

    said = "Norland's official waiting list rose by 21 to 1 million in 2024."
    assert not [n for st in parse(said, pack).statements for n in st.numbers if n.unit == "x"]
    said_ja = "ノーランドの待機児童と隠れ待機児童の比は1対28だ。"
    ratios = [n.quantity.value for st in parse(said_ja, pack).statements
              for n in st.numbers if n.unit == "x"]
    assert ratios and abs(ratios[0] - 1 / 28) < 1e-4
