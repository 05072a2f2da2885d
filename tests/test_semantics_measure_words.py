"""A narrower or other thing than the measure (docs/verdict-rules.md §4.13): a noun of the
claim's measure phrase that none of the compared measure's names, aliases or definition holds,
nor a name of its entity, makes the statement unknown — 「コメの自給率」 is not the overall food
self-sufficiency rate, "road deaths among cyclists" are not all road deaths. Generic words (全国,
平均, 過去最低, overall, official), an entity's name, and a number's counter or date do not narrow
the measure. One small pack, both languages.
"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

SOUTHLAND = ["SL", "country", "サウスランド", "Southland", "", ""]
METRICS = [
    ["ssr", "食料自給率", "food self-sufficiency rate", "%", "自給率;self-sufficiency rate", "true", "share",
     "国産供給熱量÷供給熱量"],
    ["deaths", "交通事故死者数", "road deaths", "count", "死者数;traffic deaths", "false", "count", ""],
    ["old_deaths", "65歳以上の交通事故死者数", "road deaths aged 65 and over", "count",
     "高齢者の死者数;elderly road deaths", "false", "count", ""],
]
OBSERVATIONS = [
    ["ssr-23", "NL", "ssr", "2023", "38", "%", "stat", ""],
    ["ssr-24", "NL", "ssr", "2024", "37", "%", "stat", ""],
    ["ssr-sl", "SL", "ssr", "2024", "120", "%", "stat", ""],
    ["d-23", "NL", "deaths", "2023", "2700", "count", "stat", ""],
    ["d-24", "NL", "deaths", "2024", "2600", "count", "stat", "過去最少"],
    ["o-24", "NL", "old_deaths", "2024", "1500", "count", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(
        tmp_path_factory, "measure-words", METRICS, OBSERVATIONS, entities=[SOUTHLAND], language="ja"
    )


def test_a_sub_item_is_not_settled_by_the_whole(pack: Pack) -> None:
    # the pack has the food self-sufficiency rate, no rice figure
    for said in ("コメの自給率は2024年に100%を割り込んだ。",
                 "In 2024 the rice self-sufficiency rate fell below 100%.",
                 "In 2024 the self-sufficiency rate for rice fell below 100%."):
        d = diagnose(said, pack)
        assert d.rating == "unverifiable", said
    d = diagnose("コメの自給率は2024年に100%を割り込んだ。", pack)
    assert "コメ" in d.checks[0].reason
    # the whole is still the whole's
    assert diagnose("2024年の食料自給率は37%だった。", pack).rating == "true"
    assert diagnose("In 2024 the food self-sufficiency rate was 37%.", pack).rating == "true"


def test_a_subgroup_is_not_settled_by_all(pack: Pack) -> None:
    for said in ("2024年の自転車乗用中の交通事故死者数は前年より減った。",
                 "In 2024 road deaths among cyclists fell from the year before.",
                 "In 2024 the cyclist road deaths fell from the year before."):
        assert diagnose(said, pack).rating == "unverifiable", said
    # a subgroup the pack names is its own measure
    assert diagnose("2024年の高齢者の死者数は1500人だった。", pack).rating == "true"
    assert diagnose("2024年の交通事故死者数は前年より減った。", pack).rating == "true"


def test_generic_words_entities_and_dates_do_not_narrow(pack: Pack) -> None:
    for said in ("2024年のノーランドの全国の食料自給率は37%だった。",
                 "2024年の過去最低の交通事故死者数は2600人だった。",
                 "2024年産の食料自給率は37%だった。",
                 "サウスランドの自給率は2024年に120%だった。",
                 "In 2024 Norland's overall food self-sufficiency rate was 37%.",
                 "In 2024 the official road deaths figure was 2,600."):
        assert diagnose(said, pack).rating == "true", said


def test_a_one_kanji_word_of_the_measures_own_name_is_no_narrower_thing(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # 卵 has no bigram key; written inside the measure's name 「卵の平均小売価格」 it is the measure's own
    # word (blind round 14 us-eggs every-month-ja), while a word the name lacks still narrows it
    metrics = [["egg_price", "卵の平均小売価格", "average retail egg price", "USD/dozen", "卵の小売価格",
                "false", "amount", ""]]
    observations = [["e-1", "NL", "egg_price", "2025-03", "6.2", "USD/dozen", "stat", ""],
                    ["e-2", "NL", "egg_price", "2025-05", "4.5", "USD/dozen", "stat", ""]]
    pack = norland_pack(tmp_path_factory, "one-kanji", metrics, observations, language="ja")
    assert diagnose("ノーランドの卵の小売価格は2025年3月から5月に下がった。", pack).rating == "true"
    said = "ノーランドの有機卵の小売価格は2025年3月から5月に下がった。"
    assert diagnose(said, pack).rating == "unverifiable"


def test_a_one_kanji_word_inside_a_longer_word_of_the_definition_still_narrows(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # 米 (rice) is written inside 米国 (the United States) of the definition, but is no word of it:
    # the rice import price is another measure than the import price from the United States
    metrics = [["imp", "輸入価格", "import price", "JPY", "", "false", "amount",
                "米国からの輸入品の平均価格"]]
    observations = [["o1", "NL", "imp", "2024", "500", "JPY", "stat", ""]]
    pack = norland_pack(tmp_path_factory, "kanji-in-word", metrics, observations, language="ja")
    assert diagnose("2024年のノーランドの米の輸入価格は500円だった。", pack).rating != "true"
    assert diagnose("2024年のノーランドの輸入価格は500円だった。", pack).rating == "true"
