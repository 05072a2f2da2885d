"""A measure whose name says another subject of the same kind than the claim's is never taken
(docs/verdict-rules.md §4.13, "A contrasting sibling"; reworded blind rounds 19d and 20d): each test
asserts one rule on a small pack built here, in Japanese and English, never a whole pack's rating."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["deaths", "死亡数", "Total registered deaths", "count", "deaths;死亡者数", "false", "count", ""],
    ["cancer_rank", "がんの死因順位", "Rank of cancer among leading causes of death", "rank",
     "cancer rank;がん", "false", "rank", ""],
    ["suicide_rank", "自殺の死因順位", "Rank of suicide among leading causes of death", "rank",
     "suicide rank;自殺", "false", "rank", ""],
    ["gun_deaths", "銃による死者数", "gun deaths", "count", "firearm deaths;銃による死者;銃死者", "false",
     "count", ""],
    ["gun_suicides", "銃による自殺者数", "gun suicides", "count", "firearm suicides;銃自殺;銃による自殺",
     "false", "count", ""],
]
OBS = [
    ["d2024", "NL", "deaths", "2024", "3000000", "count", "stat", ""],
    ["c2024", "NL", "cancer_rank", "2024", "2", "rank", "stat", ""],
    ["s2024", "NL", "suicide_rank", "2024", "11", "rank", "stat", ""],
    *(
        [f"g{y}", "NL", "gun_deaths", str(y), str(v), "count", "stat", ""]
        for y, v in ((2021, 48830), (2022, 48200), (2023, 46730))
    ),
    *(
        [f"s{y}", "NL", "gun_suicides", str(y), str(v), "count", "stat", ""]
        for y, v in ((2021, 26330), (2022, 27030), (2023, 27300))
    ),
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "contrast-sibling", METRICS, OBS)


@pytest.mark.parametrize("claim", [
    "In 2024 suicide entered Norland's top ten causes of death.",
    "2024年、自殺はノーランドの死因の上位10位に入った。",
])
def test_a_sibling_naming_another_subject_is_not_taken(pack: Pack, claim: str) -> None:
    # reworded blind round 19d suicide-first-2024: the rank of cancer (2) had been read for suicide
    check = diagnose(claim, pack).checks[0]
    assert "c2024" not in check.evidence
    assert check.result != "holds"


@pytest.mark.parametrize("claim", [
    "In 2024 cancer was among Norland's top ten causes of death.",
    "2024年、がんはノーランドの死因の上位10位に入った。",
])
def test_the_sibling_the_claim_names_is_still_taken(pack: Pack, claim: str) -> None:
    check = diagnose(claim, pack).checks[0]
    assert check.evidence == ["c2024"] and check.result == "holds"


@pytest.mark.parametrize("claim", [
    "銃で命を落としたノーランドの人の数は、2022年も2023年も前の年を下回った。",
    "The number of people in Norland who lost their lives to guns fell in both 2022 and 2023.",
])
def test_the_word_number_and_one_other_word_name_no_qualified_count(pack: Pack, claim: str) -> None:
    # reworded blind round 20d: 「銃で命を落とした…人の数」 had been read as the gun suicides (銃, 数)
    check = diagnose(claim, pack).checks[0]
    assert not {"s2022", "s2023"} & set(check.evidence)


@pytest.mark.parametrize("claim", [
    "銃による自殺者数は2023年に前の年を上回った。",
    "Gun suicides rose in 2023.",
])
def test_a_count_named_by_its_own_word_is_still_taken(pack: Pack, claim: str) -> None:
    check = diagnose(claim, pack).checks[0]
    assert check.result == "holds" and "s2023" in check.evidence
