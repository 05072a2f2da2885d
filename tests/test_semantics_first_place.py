"""One place off first is no near miss (docs/verdict-rules.md §2, places): first is the one place
with none ahead, so "second, after Southland" for the first says who leads wrongly; one place off
elsewhere stays partly. (Blind round 11b id-nickel second-to-ph-ja, a wrong true.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["rank", "ニッケル生産の世界順位", "world rank in nickel production", "rank",
     "世界順位;world rank;生産国", "false", "rank", ""],
]
OBSERVATIONS = [
    ["r1", "NL", "rank", "2023", "1", "rank", "stat", ""],
    ["r2", "NL", "rank", "2019", "4", "rank", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "first-place", METRICS, OBSERVATIONS, language="ja")


def test_second_for_the_first_is_false(pack: Pack) -> None:
    assert diagnose("ノーランドは2023年、ニッケル生産で世界2位だった。", pack).rating == "false"
    assert diagnose("Norland ranked 2nd in world nickel production in 2023.", pack).rating == "false"
    assert diagnose("ノーランドは2023年、ニッケル生産で世界1位だった。", pack).rating == "true"


def test_one_place_off_elsewhere_is_a_near_miss(pack: Pack) -> None:
    assert diagnose("ノーランドは2019年、ニッケル生産で世界3位だった。", pack).rating == "mostly_true"
