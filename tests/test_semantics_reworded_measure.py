"""A measure reworded (docs/verdict-rules.md §4.13, "A measure reworded"): when nothing else links a
clause with a figure or a change to a measure, every measure is scored by the content words it shares
with the clause over all the pack says of it (names, aliases, definition), Japanese words meeting
their synonyms through Sudachi's synonym groups (先生 and 教員, 結婚 and 婚姻). The kind the clause
says must agree (the figure's unit; a count word, 「…の数」 "the number of"), two words must be
shared, and the best must stand out: words two measures fit alike name neither, and the claim
stays unverifiable rather than be checked on a guess (reworded dev rounds 19-22: 「新しく採用され
る先生の数」 for 採用者数, 「現金以外で支払われる分」 for the cashless ratio defined by its payments).
Also here: 「1割もない」 (a quantity, も and a negative) is a bound below the quantity, not a denial."""

from __future__ import annotations

from pathlib import Path

import pytest

from pack_builder import METRICS as METRICS_MINI
from pack_builder import small_pack, with_rows, write_pack
from shingi.cli import main
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["hires", "教員採用者数", "teacher hires", "count", "", "true", "count",
     "公立学校の教員として採用された者の総数"],
    ["takers", "教員試験受験者数", "exam takers", "count", "", "true", "count",
     "公立学校の教員試験を受けた者の総数"],
    ["hours", "在校等時間", "hours at school", "hours", "", "false", "amount",
     "教員が平日に学校にいる時間の平均"],
    ["water_bill", "平均水道料金", "average household water and sewerage bill", "GBP", "", "false",
     "amount", "Average annual household water and wastewater bill for the charging year"],
    ["fine_total", "制裁金総額", "total penalties imposed", "GBP", "", "false", "amount",
     "Penalties imposed on water companies by the regulator in the year"],
    ["short_share", "時短店舗の比率", "share of stores not open 24 hours", "%", "時短比率", "", "share",
     "国内店舗に占める時短営業店舗の割合"],
]
OBSERVATIONS = [
    ["h2024", "NL", "hires", "FY2024", "35980", "count", "stat", ""],
    ["h2025", "NL", "hires", "FY2025", "37370", "count", "stat", ""],
    ["t2025", "NL", "takers", "FY2025", "109000", "count", "stat", ""],
    ["w2024", "NL", "water_bill", "2024", "448", "GBP", "stat", ""],
    ["w2025", "NL", "water_bill", "2025", "603", "GBP", "stat", ""],
    ["f2025", "NL", "fine_total", "2025", "123", "GBP", "stat", ""],
    ["s2024", "NL", "short_share", "2024", "87", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "reworded-measure", METRICS, OBSERVATIONS)


def _evidence(said: str, pack: Pack) -> tuple[str, list[str]]:
    d = diagnose(said, pack, as_of="2026-03-01")
    return d.rating, [i for c in d.checks for i in c.evidence]


def test_japanese_synonyms_link_a_reworded_count(pack: Pack) -> None:
    # 先生 is 教員 by Sudachi's synonym group, 採用 is said; 「の数」 says a count
    rating, evidence = _evidence("2025年度に新しく採用された先生の数は3万7千人を超えた。", pack)
    assert rating in ("true", "mostly_true")
    assert evidence == ["h2025"]
    rating, evidence = _evidence("2025年度に新しく採用された先生の数は5万人を超えた。", pack)
    assert rating in ("false", "mostly_false")
    assert evidence == ["h2025"]


def test_a_synonym_is_never_the_name_word(pack: Pack) -> None:
    # review session 24 link-1: Sudachi puts 雇用 with 採用 and 教師 with 教員; teachers employed (a
    # stock) are no count of teachers hired (a flow): with no name word said literally, no link
    for said in (
        "2025年度に雇用されている先生の数は3万7千人を超えた。",
        "2025年度、学校で雇われている教師の数は3万7千人を超えた。",
    ):
        rating, evidence = _evidence(said, pack)
        assert rating == "unverifiable"
        assert evidence == []
    # 採用 said literally, 教師 by the synonym: linked as before
    rating, evidence = _evidence("2025年度に新しく採用された教師の数は3万7千人を超えた。", pack)
    assert rating in ("true", "mostly_true")
    assert evidence == ["h2025"]


def test_a_definition_word_with_a_name_word_links_in_english(pack: Pack) -> None:
    # no owner named: every measure of the pack is scored; "household" and "water" are words of the
    # bill's name, "wastewater" of its definition
    rating, evidence = _evidence("Households paid £603 a year for water and wastewater in 2025.", pack)
    assert rating == "true"
    assert evidence == ["w2025"]
    rating, evidence = _evidence("Households paid £900 a year for water and wastewater in 2025.", pack)
    assert rating in ("false", "mostly_false")
    assert evidence == ["w2025"]


def test_words_two_measures_share_alike_name_neither(pack: Pack) -> None:
    # 教員 and 公立学校 are words of both counts: hires or exam takers is not said
    rating, _ = _evidence("公立学校の先生の数は2025年度に10万人を超えた。", pack)
    assert rating == "unverifiable"


def test_one_shared_word_is_no_name(pack: Pack) -> None:
    # "household" alone (the bill's), 「教員」 alone (hires', takers' and hours'): no measure is said
    rating, _ = _evidence("Households paid £600 a year in 2025.", pack)
    assert rating == "unverifiable"
    rating, _ = _evidence("2025年度、教員は11万人を超えた。", pack)
    assert rating == "unverifiable"


def test_a_quantity_with_mo_and_a_negative_is_a_bound_not_a_denial(pack: Pack) -> None:
    # 「1割もない」: fewer than a tenth (87% makes it false; read as a denial it came out true)
    rating, evidence = _evidence("ノーランドでは2024年、時短の店は1割もない。", pack)
    assert rating == "false"
    assert evidence == ["s2024"]
    rating, _ = _evidence("ノーランドでは2024年、時短の店は9割もない。", pack)
    assert rating == "true"


def test_a_quantity_with_mo_before_a_verb_is_no_bound(tmp_path_factory: pytest.TempPathFactory) -> None:
    # review session 24 link-4: 「5人もなくなった」 is 亡くなった in kana, "as many as five died"
    # (も emphatic with a positive verb), not "fewer than five"; 「5人もいなかった」 still is
    deaths = [["deaths", "交通事故死者数", "traffic deaths", "count", "", "false", "count", ""]]
    rows = [["d2024", "NL", "deaths", "2024", "2", "count", "stat", ""]]
    small = small_pack(tmp_path_factory, "mo-verb", deaths, rows)
    for said in ("2024年、ノーランドの交通事故死者数は5人もなくなった。",
                 "2024年、ノーランドの交通事故死者数は5人もいなくなった。"):
        assert diagnose(said, small, as_of="2025-06-01").rating in ("false", "mostly_false")
    said = "2024年、ノーランドの交通事故死者数は5人もいなかった。"
    assert diagnose(said, small, as_of="2025-06-01").rating == "true"


def test_validate_hints_at_metrics_without_aliases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a hint in the summary of a valid pack (exit 0), not a problem line
    folder = write_pack(tmp_path / "bare")
    assert main(["validate", str(folder), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "hint: 1 metric(s) have no aliases (approach)" in out
    # every metric with aliases: no hint
    aliased = with_rows(
        METRICS_MINI[:2], ["approach", "規制方式", "approach", "", "方式;regime", "", "category"]
    )
    folder = write_pack(tmp_path / "aliased", metrics_csv=aliased)
    assert main(["validate", str(folder), "--lang", "en"]) == 0
    assert "hint:" not in capsys.readouterr().out
