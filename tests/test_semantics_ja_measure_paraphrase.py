"""Japanese measures named in other words (docs/verdict-rules.md §4.13, "A share named by another
share noun", "A count named by what it counts", "A part said of a whole"): 「再エネのシェア」 names
再エネ比率, 「結婚したカップルの数」 and 「本屋は半分に減った」 name 結婚件数 and 本屋の数,
「電気のうち23%は再エネ由来」 and 「全体の100人に1人」 are parts of a whole, a share. Reworded blind
rounds 19-21 (re-jump-fy2023-rw, marr2024-rw, bookstores-halved-decade-rw, re-fy2024-rw,
mental-over-1pct-rw). Each with a case where the looser reading must not link."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

COUNTRY = ["NL", "country", "ノーランド", "Norland", "ノーランド人", ""]
METRICS = [
    ["re_share", "再エネ比率", "Renewable share", "%", "再エネの割合;再生可能エネルギー比率", "true", "share",
     "発電電力量に占める再生可能エネルギーの割合"],
    ["app_share", "アクメのシェア", "Acme share", "%", "", "", "share", "市場に占めるアクメの割合"],
    ["marriages", "婚姻件数", "Marriages", "count", "結婚件数;婚姻数", "true", "count", "婚姻届の件数"],
    ["bookstores", "書店数", "Bookstores", "count", "本屋の数;書店の数", "true", "count", "全国の書店の数"],
    ["suicides", "銃による自殺者数", "Gun suicides", "count", "", "false", "count", "銃による自殺の数"],
    ["leave", "休職者数", "Teachers on leave", "count", "休職者", "false", "count", "休職した教員の数"],
    ["leave_share", "休職者の割合", "Share of teachers on leave", "%", "", "false", "share",
     "全教員に占める休職者の割合"],
    ["homicides", "銃による殺人の死者数", "Gun homicides", "count", "銃による殺人", "false", "count",
     "銃による殺人の死者の数"],
    ["shortage", "教員不足の人数", "Teacher shortage", "count", "教員不足", "false", "count",
     "不足した教員の数"],
]
OBSERVATIONS = [
    ["r2022", "NL", "re_share", "2022", "21.9", "%", "stat", ""],
    ["r2023", "NL", "re_share", "2023", "22.9", "%", "stat", ""],
    ["r2024", "NL", "re_share", "2024", "23.0", "%", "stat", ""],
    ["a2023", "NL", "app_share", "2023", "60", "%", "stat", ""],
    ["a2024", "NL", "app_share", "2024", "62", "%", "stat", ""],
    ["m2023", "NL", "marriages", "2023", "474717", "count", "stat", ""],
    ["m2024", "NL", "marriages", "2024", "485092", "count", "stat", ""],
    ["b2015", "NL", "bookstores", "2015", "13488", "count", "stat", ""],
    ["b2025", "NL", "bookstores", "2025", "10417", "count", "stat", ""],
    ["g2024", "NL", "suicides", "2024", "27300", "count", "stat", ""],
    ["l2024", "NL", "leave", "2024", "7119", "count", "stat", ""],
    ["ls2024", "NL", "leave_share", "2024", "0.77", "%", "stat", ""],
    ["h2023", "NL", "homicides", "2023", "1100", "count", "stat", ""],
    ["h2024", "NL", "homicides", "2024", "950", "count", "stat", ""],
    ["s2025", "NL", "shortage", "2025", "4317", "count", "stat", ""],
]
ENTITIES = [["ACME", "company", "アクメ", "Acme", "", "NL"]]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(
        tmp_path_factory, "ja-paraphrase", METRICS, OBSERVATIONS, entities=ENTITIES, country=COUNTRY,
        language="ja",
    )


def _read(said: str, pack: Pack, as_of: str = "2025-08-01") -> tuple[str, list[str]]:
    d = diagnose(said, pack, as_of=as_of)
    return d.rating, [i for c in d.checks for i in c.evidence]


def test_share_said_as_another_share_noun(pack: Pack) -> None:
    rating, evidence = _read("2023年は、電源に占める再エネのシェアが前の年より1ポイント伸びた。", pack)
    assert rating == "true"
    assert set(evidence) == {"r2022", "r2023"}


def test_a_share_noun_alone_names_no_share(pack: Pack) -> None:
    # 割合 said for シェア and the owner only: the share of what is said by no word of Acme's share
    rating, evidence = _read("2024年、ノーランド人が現金以外で支払った割合は前年を下回った。", pack)
    assert not {"a2023", "a2024"} & set(evidence)
    assert rating != "true"


def test_a_count_named_by_the_counted_noun(pack: Pack) -> None:
    rating, evidence = _read("前年を上回る48万5092組——これが2024年に結婚したカップルの数だ。", pack)
    assert rating == "true"
    assert "m2024" in evidence
    rating, evidence = _read("2024年、結婚したカップルは前の年より減った。", pack)
    assert rating in ("false", "mostly_false")
    assert set(evidence) == {"m2023", "m2024"}


def test_a_count_noun_with_nothing_of_its_amount_links_no_count(pack: Pack) -> None:
    # no figure, no change, no comparison: 本屋 names no number of bookstores
    rating, evidence = _read("ノーランドの本屋は文化の拠点だ。", pack)
    assert evidence == []
    assert rating == "unverifiable"


def test_a_count_noun_inside_a_compound_links_no_count(pack: Pack) -> None:
    # 「本屋の店員」: the head is 店員, not 本屋
    _, evidence = _read("2025年、ノーランドの本屋の店員は前の年より減った。", pack)
    assert not {"b2015", "b2025"} & set(evidence)


def test_a_count_noun_with_another_word_of_the_name_unsaid(pack: Pack) -> None:
    # 銃 and 数 do not name 銃による自殺者数: its own word 自殺 is unsaid
    _, evidence = _read("2024年、銃で撃たれた人の数は2万7300人だった。", pack)
    assert "g2024" not in evidence


def test_ten_years_ago_with_no_year_named_is_a_window_to_now(pack: Pack) -> None:
    rating, evidence = _read("10年前と比べると、ノーランドの本屋は半分に減ってしまった。", pack)
    assert set(evidence) == {"b2015", "b2025"}
    assert rating in ("half_true", "mostly_false", "false")


def test_a_part_taken_out_of_a_whole_is_a_share(pack: Pack) -> None:
    rating, evidence = _read("2024年、国内で発電された電気のうち23.0%は再エネ由来だった。", pack)
    assert rating == "true"
    assert evidence == ["r2024"]


def test_a_count_said_as_a_share_of_the_whole_is_its_share(pack: Pack) -> None:
    rating, evidence = _read("2024年、休職した教員は、教員全体の100人に1人を上回っている。", pack)
    assert evidence == ["ls2024"]
    assert rating in ("mostly_false", "false")


def test_a_native_verb_names_the_sino_japanese_noun(pack: Pack) -> None:
    # 「殺害された」 are the victims of 殺人, 「足りなかった」 is 不足
    said = "銃で殺害されたノーランド人は、2023年の1100人から2024年には950人に減った。"
    rating, evidence = _read(said, pack)
    assert rating == "true"
    assert set(evidence) == {"h2023", "h2024"}
    said = "2025年、ノーランドの学校で足りなかった教員の数は4317人だった。"
    rating, evidence = _read(said, pack, "2025-12-01")
    assert rating == "true"
    assert evidence == ["s2025"]


def test_suicide_is_no_killing_by_another(pack: Pack) -> None:
    # 自殺した is not 殺された: no link to the homicide victims
    _, evidence = _read("銃で自殺したノーランド人は、2023年の1100人から2024年には950人に減った。", pack)
    assert not {"h2023", "h2024"} & set(evidence)
