"""A base year in a publication's title is not the period its news is of (docs/verdict-rules.md
§4.2, Date): 「GDPを2019年基準に改定（2024年は372.82兆ナイラ）」 and "rebases GDP to 2019 (2024 GDP
…)" report 2024, so a claim of 2024's figure is dated by 2024, not by the release in 2025 nor
the base year. (Blind round 12d ng-naira-inflation gdp-380-ja, dated by the release: a flip.)"""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

EVENTS = [
    ["e-rebase", "2025-07-21", "", "NL", "publication",
     "統計局がGDPを2019年基準に改定（2024年は372.82兆ノーランドドル）",
     "Statistics office rebases GDP to 2019 (2024 GDP 372.82 trillion Norland dollars)",
     "372.82T", "NLD", "stat", "3", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "base-year", [], [], events=EVENTS, language="ja")


def test_the_reported_year_dates_the_figure(pack: Pack) -> None:
    assert diagnose("統計局の改定で、ノーランドの2024年のGDPは約373兆ノーランドドルとされた。", pack,
                    as_of="2025-08-01").rating == "true"
    assert diagnose("After the rebasing, Norland's 2024 GDP was put at about 373 trillion Norland dollars.",
                    pack, as_of="2025-08-01").rating == "true"


def test_the_base_year_dates_nothing(pack: Pack) -> None:
    assert diagnose("統計局の改定で、ノーランドの2019年のGDPは約373兆ノーランドドルとされた。", pack,
                    as_of="2025-08-01").rating in ("false", "mostly_false")


AT_END = [
    ["e-end", "2024-02-10", "", "NL", "publication", "ノーランドの失業率、2023年末に4.1%",
     "Norland unemployment stood at 4.1% at the end of 2023", "4.1", "%", "stat", "2", ""],
]


@pytest.mark.parametrize("claim", [
    "Norland's unemployment was 4.1% at the end of 2023.",
    "ノーランドの失業率は2023年末に4.1%だった。",
])
def test_at_the_end_of_a_year_is_the_reported_period(
    tmp_path_factory: pytest.TempPathFactory, claim: str
) -> None:
    # "at the end of 2023" dates the news; "at" opens no window (a base year is "at 2015 prices")
    pack = small_pack(tmp_path_factory, "at-end", [], [], events=AT_END)
    assert diagnose(claim, pack, as_of="2024-03-01").rating == "true"
