"""Decision calibration (docs/verdict-rules.md §5, "Calibration on unseen material"): a decision
path that the blind rounds' first runs show to be right less often than its neighbour is moved to
it, and the verdict says so; strong paths are kept."""

from __future__ import annotations

from typing import Any

import pytest

from pack_builder import norland_pack, small_pack
from shingi.model import Check, NumberCompared, Pack
from shingi.pipeline.calibrate import calibrate, calibrate_rows
from shingi.pipeline.diagnose import diagnose


@pytest.fixture(scope="module")
def pack(tmp_path_factory: Any) -> Pack:
    return norland_pack(
        tmp_path_factory, "calib-exports",
        [["exports", "輸出額", "exports", "USD", "", "", "amount", ""]],
        [["o1", "NL", "exports", "2023", "100000000000", "USD", "stat", ""],
         ["o2", "NL", "exports", "2024", "120000000000", "USD", "stat", ""],
         ["o3", "SL", "exports", "2024", "55000000000", "USD", "stat", ""],
         ["o4", "SL", "exports", "2023", "60000000000", "USD", "stat", ""]],
        entities=[["SL", "country", "スードランド", "Sudland", "", ""]],
    )


@pytest.mark.parametrize(
    ("claim", "rating", "note"),
    [
        # a bound or an approximation missed by x1.25, the right sign: the order of size holds
        ("Norland's exports were more than 150 billion dollars in 2024.", "mostly_false",
         "within a factor 1.8"),
        ("Norland's exports were about 200 billion dollars in 2024.", "mostly_false",
         "bound or an approximation"),
        ("ノーランドの2024年の輸出額は1500億ドルを超えた。", "mostly_false", "1.8倍以内"),
        # an approximation at x1.75 is still within the factor; x1.83 no longer is (the writers rate
        # it false)
        ("Norland's exports were about 210 billion dollars in 2024.", "mostly_false",
         "within a factor 1.8"),
        # a plain bound keeps it below x1.3 only (session 27): x1.75, x1.33 false, x1.29 mostly false
        ("Norland's exports were more than 210 billion dollars in 2024.", "false", None),
        ("Norland's exports were more than 160 billion dollars in 2024.", "false", None),
        ("ノーランドの2024年の輸出額は1600億ドルを超えた。", "false", None),
        ("ノーランドの2024年の輸出額は900億ドル未満だった。", "false", None),
        ("Norland's exports were more than 155 billion dollars in 2024.", "mostly_false",
         "within a factor 1.8"),
        ("ノーランドの2024年の輸出額は1550億ドルを超えた。", "mostly_false", "1.8倍以内"),
        ("Norland's exports were under 95 billion dollars in 2024.", "mostly_false",
         "within a factor 1.8"),
        # ... and a figure said a little below or above, or about, keeps the factor 1.8
        ("ノーランドの2024年の輸出額は約1600億ドルだった。", "mostly_false", "1.8倍以内"),
        ("Norland's exports were about 220 billion dollars in 2024.", "false", None),
        ("ノーランドの2024年の輸出額は約2200億ドルだった。", "false", None),
        # an exact figure that is wrong is wrong (false), however near
        ("Norland's exports were 150 billion dollars in 2024.", "false", None),
        ("ノーランドの2024年の輸出額は1500億ドルだった。", "false", None),
        # off by more than a factor 1.8: false, no calibration
        ("Norland's exports were more than 400 billion dollars in 2024.", "false", None),
        # a refuted direction compares no figure: false stays
        ("Norland's exports fell in 2024.", "false", None),
        # an approximate figure over the pack's value by 3 % of it or more is rounded up: mostly
        # true (120 billion: "about 125 billion" is 4 % over)
        ("Norland's exports were about 125 billion dollars in 2024.", "mostly_true", "over the pack's value"),
        ("ノーランドの2024年の輸出額は約1250億ドルだった。", "mostly_true", "上回っている"),
        # ... not one that rounds to it, nor one under it, nor a multiple: true
        ("In 2024 Norland's exports were about twice Sudland's.", "true", None),
        ("Norland's exports were about 120 billion dollars in 2024.", "true", None),
        ("Norland's exports were about 123 billion dollars in 2024.", "true", None),
        ("Norland's exports were about 115 billion dollars in 2024.", "true", None),
        ("ノーランドの2024年の輸出額は約1150億ドルだった。", "true", None),
    ],
)
def test_calibrated_rating_and_its_reason(pack: Pack, claim: str, rating: str, note: str | None) -> None:
    d = diagnose(claim, pack, lang="en" if claim.isascii() else "ja")
    assert d.rating == rating, d.reason
    if note is None:
        assert "Calibrated" not in d.reason and "較正" not in d.reason
    else:
        assert note in d.reason and ("Calibrated:" in d.reason or "較正:" in d.reason)


@pytest.mark.parametrize(
    ("claim", "rating", "calibrated"),
    [
        # a line said to be crossed (突破, 割り込んだ, "topped", "passed") that was not: the crossing
        # is the claim's point, false however near (session 27: the writers rate it false 8 times
        # of 11 on the development material, §5.1)
        ("Norland's exports topped 150 billion dollars in 2024.", "false", False),
        ("Norland's exports passed 150 billion dollars in 2024.", "false", False),
        ("ノーランドの2024年の輸出額は1500億ドルを突破した。", "false", False),
        ("ノーランドの2024年の輸出額は1100億ドルを割り込んだ。", "false", False),
        ("Norland's exports topped 125 billion dollars in 2024.", "false", False),
        # the same bounds said without a crossing stay calibrated (or graded) mostly false
        ("Norland's exports were more than 150 billion dollars in 2024.", "mostly_false", True),
        ("ノーランドの2024年の輸出額は1100億ドルを下回った。", "mostly_false", True),
        ("Norland's exports were under 110 billion dollars in 2024.", "mostly_false", True),
        ("Norland's exports were more than 125 billion dollars in 2024.", "mostly_false", False),
        # a crossing that happened holds
        ("Norland's exports topped 110 billion dollars in 2024.", "true", False),
        ("ノーランドの2024年の輸出額は1000億ドルを突破した。", "true", False),
    ],
)
def test_a_line_said_to_be_crossed_is_not_calibrated(pack: Pack, claim: str, rating: str,
                                                     calibrated: bool) -> None:
    d = diagnose(claim, pack, lang="en" if claim.isascii() else "ja")
    assert d.rating == rating, d.reason
    assert calibrated == ("Calibrated:" in d.reason or "較正:" in d.reason)


def _check(result: str, *numbers: tuple[float | None, float, str], unit: str | None = None,
           kind: str = "metric", text: str = "", span: str = "") -> Check:
    return Check("s1", kind, "", span, result=result,  # type: ignore[arg-type]
                 numbers=[NumberCompared("x", c, text, f, unit, (), comparator)
                          for c, f, comparator in numbers])


@pytest.mark.parametrize(
    ("rating", "checks", "calibrated"),
    [
        ("false", [_check("fails", (2.5, 2.0, "more_than"))], "mostly_false"),  # x1.25
        ("false", [_check("fails", (3.0, 2.0, "about"))], "mostly_false"),
        # a plain bound from x1.3 stays false; said with a word of nearness it keeps the factor 1.8
        ("false", [_check("fails", (3.0, 2.0, "more_than"))], "false"),
        ("false", [_check("fails", (2.0, 2.6, "less_than"))], "false"),
        ("false", [_check("fails", (2.0, 2.5, "less_than"))], "mostly_false"),
        ("false", [_check("fails", (3.0, 2.0, "less_than"), text="nearly 3 million")], "mostly_false"),
        ("false", [_check("fails", (3.0, 2.0, "more_than"), text="3万人強")], "mostly_false"),
        ("false", [_check("fails", (3.0, 2.0, "exactly"))], "false"),  # an exact figure
        ("false", [_check("fails", (-3.0, 2.0, "about"))], "false"),  # across zero: the direction misses
        ("false", [_check("fails", (4.0, 2.0, "about"))], "false"),  # a factor two: too far
        ("false", [_check("fails", (3.7, 2.0, "about"))], "false"),  # x1.85: too far (from 1.8)
        ("false", [_check("fails", (2.0, 3.7, "less_than"))], "false"),
        ("false", [_check("fails", (3.5, 2.0, "about"))], "mostly_false"),  # x1.75
        ("false", [_check("fails", (2.0, 2.0, "about"))], "false"),  # no figure misses
        ("false", [_check("fails")], "false"),  # no figure compared
        ("false", [_check("fails", (3.0, 2.0, "about")), _check("fails")], "false"),
        # "one figure off" is a figure outside its own comparator or band, not any difference
        ("false", [_check("fails", (5.0, 4.8, "about"))], "false"),
        ("false", [_check("fails", (5.0, 5.0000001, "about"))], "false"),
        ("false", [_check("fails", (5.0, 5.1, "more_than"))], "false"),
        # a bound said as a crossing (the figure's text or the words before it in the span)
        ("false", [_check("fails", (3.0, 2.5, "more_than"), text="3兆円を突破した")], "false"),
        ("false", [_check("fails", (3.0, 2.5, "more_than"), text="6 million",
                          span="sales topped 6 million")], "false"),
        ("false", [_check("fails", (3.0, 2.5, "more_than"), text="6 million",
                          span="sales were over 6 million")], "mostly_false"),
        # an approximate figure that holds, over the value by 3 % of it or more: mostly true
        ("true", [_check("holds", (108.0, 100.0, "about"))], "mostly_true"),
        ("true", [_check("holds", (102.0, 100.0, "about"))], "true"),  # 2 % over: rounds to it
        ("true", [_check("holds", (92.0, 100.0, "about"))], "true"),  # under the value
        ("true", [_check("holds", (108.0, 100.0, "exactly"))], "true"),  # no approximation
        ("mostly_true", [_check("holds", (108.0, 100.0, "about")), _check("partly", (3.0, 2.9, "about"))],
         "mostly_true"),
        ("half_true", [_check("holds", (108.0, 100.0, "about")), _check("fails", (3.0, 2.0, "about"))],
         "half_true"),
        # a share's partly approximate percentage ten points or more over the value: a wrong size
        ("mostly_true", [_check("partly", (80.0, 68.0, "about"), unit="%", kind="share")], "mostly_false"),
        ("mostly_true", [_check("holds"), _check("partly", (80.0, 68.0, "about"), unit="%", kind="share")],
         "half_true"),
        # nine points over
        ("mostly_true", [_check("partly", (80.0, 71.0, "about"), unit="%", kind="share")], "mostly_true"),
        # under the value; an exact figure
        ("mostly_true", [_check("partly", (68.0, 80.0, "about"), unit="%", kind="share")], "mostly_true"),
        ("mostly_true", [_check("partly", (80.0, 68.0, "exactly"), unit="%", kind="share")], "mostly_true"),
        # over 100 %: no whole
        ("mostly_true", [_check("partly", (180.0, 160.0, "about"), unit="%", kind="share")], "mostly_true"),
        # a half-true share check (credit 0.5, overstating the truth) far over: mostly false
        ("half_true", [_check("partly", (80.0, 66.0, "about"), unit="%", kind="share")], "mostly_false"),
        # a level's (or a change's) check is graded where its measure is known: not here
        ("mostly_true", [_check("partly", (80.0, 68.0, "about"), unit="%")], "mostly_true"),
    ],
)
def test_calibration_mappings(rating: str, checks: list[Check], calibrated: str) -> None:
    assert calibrate(rating, checks, "en")[0] == calibrated  # type: ignore[arg-type]


def test_saved_decision_paths_are_calibrated_the_same_way() -> None:
    rows = [{"kind": "opinion", "result": "unknown", "numbers": []},
            {"kind": "change", "result": "fails",
             "numbers": [{"label": "x", "claimed": 2.0, "found": 1.64, "comparator": "at_least"}]}]
    assert calibrate_rows("false", rows)[0] == "mostly_false"


@pytest.fixture(scope="module")
def field_pack(tmp_path_factory: Any) -> Pack:
    return small_pack(
        tmp_path_factory, "calib-places",
        [["rank", "競争力順位", "competitiveness ranking", "rank", "", "", "rank", ""],
         ["exports", "輸出額", "exports", "USD", "", "", "amount", ""]],
        [["r1", "NL", "rank", "2024", "25/38", "rank", "stat", ""],
         ["o1", "NL", "exports", "2023", "100000000000", "USD", "stat", ""],
         ["o2", "NL", "exports", "2024", "120000000000", "USD", "stat", ""]],
    )


@pytest.mark.parametrize(
    "claim",
    [
        # a place is no size of the measure: 38th claimed for 25th is not "x1.52 off"
        "Norland ranked last in the competitiveness ranking in 2024.",
        "Norland was in the top half of the competitiveness ranking in 2024.",
        "Norland ranked second to last in the competitiveness ranking in 2024.",
        "ノーランドは2024年の競争力順位で最下位だった。",
        # a multiple is a size by its excess over one: +100 % claimed for +20 %
        "Norland's exports more than doubled in 2024.",
    ],
)
def test_places_and_multiples_are_not_calibrated(field_pack: Pack, claim: str) -> None:
    d = diagnose(claim, field_pack, as_of="2025-01-01")
    assert d.rating == "false", d.reason
    assert "Calibrated" not in d.reason and "較正" not in d.reason


def test_a_test_threshold_is_no_figure_of_the_claim() -> None:
    check = Check("s1", "turning_point", "", "", result="fails",  # type: ignore[arg-type]
                  numbers=[NumberCompared("z", 3.5, "≥3.5", 2.9, None, (), "at_least")])
    assert calibrate("false", [check], "en")[0] == "false"


@pytest.fixture(scope="module")
def share_pack(tmp_path_factory: Any) -> Pack:
    return norland_pack(
        tmp_path_factory, "calib-print-share",
        [["print", "紙の比率", "print share", "%", "print share;share of print;紙の比率", "", "share", ""],
         ["infl", "物価上昇率", "inflation", "%", "inflation;物価上昇率", "", "growth", ""]],
        [["p1", "NL", "print", "2024", "64", "%", "stat", ""],
         ["i1", "NL", "infl", "2024", "67.5", "%", "stat", ""]],
    )


@pytest.mark.parametrize(
    ("claim", "rating", "calibrated"),
    [
        # an approximate percentage 11 points over the value (a tenth of the whole or more), inside
        # its partly band: an overstated size, mostly false (blind print-three-quarters-en, en-theft-80)
        ("Norland's print share was about 75% in 2024.", "mostly_false", True),
        ("ノーランドの2024年の紙の比率は約75%だった。", "mostly_false", True),
        # six points over, or eleven under: the band's mostly true stays
        ("Norland's print share was about 70% in 2024.", "mostly_true", False),
        ("ノーランドの2024年の紙の比率は約70%だった。", "mostly_true", False),
        ("Norland's print share was about 55% in 2024.", "mostly_true", False),
        # an exact figure keeps its own steps
        ("Norland's print share was 75% in 2024.", "false", False),
        # a growth rate has no whole: "about 80%" for +67.5 % keeps its band (blind jp-rice
        # cpi-2025-8wari, rated mostly true; 15.6 % over, under the figure-tolerance band's 16 %)
        ("Norland's inflation was about 80% in 2024.", "mostly_true", False),
        ("ノーランドの2024年の物価上昇率は約8割だった。", "mostly_true", False),
    ],
)
def test_an_approximate_percentage_far_over_the_value(share_pack: Pack, claim: str, rating: str,
                                                       calibrated: bool) -> None:
    d = diagnose(claim, share_pack, lang="en" if claim.isascii() else "ja")
    assert d.rating == rating, d.reason
    if calibrated:  # a level's check scores the miss as a wrong size itself
        assert d.checks[0].result == "partly" and d.checks[0].credit == 0.25


@pytest.fixture(scope="module")
def profit_pack(tmp_path_factory: Any) -> Pack:
    return norland_pack(
        tmp_path_factory, "calib-profit-fall",
        [["profit", "純利益", "net profit", "USD", "net profit;利益", "", "amount", ""]],
        [["p1", "NL", "profit", "2023", "300000000000", "USD", "stat", ""],
         ["p2", "NL", "profit", "2024", "160000000000", "USD", "stat", ""],
         ["p3", "NL", "profit", "2025", "123000000000", "USD", "stat", ""]],
    )


@pytest.mark.parametrize(
    ("claim", "rating", "calibrated"),
    [
        # a fraction of a base said as an upper bound: how deep the fall went, an order of size on
        # the ratio's scale; missed within x1.8 (x0.53 for a third, x1.6; x0.77 for "less than
        # half", x1.54) it keeps the calibration's mostly false, not the plain bound's false
        # (session 29: blind nintendo-oi-third, profit_third_ja, loss-halved, third-2023, writers
        # mostly false)
        ("ノーランドの2024年の純利益は2023年の3分の1以下にまで落ち込んだ。", "mostly_false", True),
        ("Norland's net profit in 2024 was less than a third of its 2023 level.", "mostly_false", True),
        ("ノーランドの2025年の純利益は2024年の半分以下に落ち込んだ。", "mostly_false", True),
        ("Norland's net profit in 2025 was less than half of what it made in 2024.", "mostly_false", True),
        # the fraction met holds; one missed by x1.8 or more (x0.41 for a fifth) stays false
        ("ノーランドの2025年の純利益は2023年の半分以下に落ち込んだ。", "true", False),
        ("Norland's net profit in 2025 was less than a fifth of its 2023 level.", "false", False),
        # a level's plain bound keeps the session-27 rule: x1.33 off is false
        ("Norland's net profit was less than 120 billion dollars in 2024.", "false", False),
        ("ノーランドの2024年の純利益は1200億ドル未満だった。", "false", False),
    ],
)
def test_a_fraction_said_as_an_upper_bound(profit_pack: Pack, claim: str, rating: str,
                                           calibrated: bool) -> None:
    d = diagnose(claim, profit_pack, lang="en" if claim.isascii() else "ja")
    assert d.rating == rating, d.reason
    assert calibrated == ("Calibrated:" in d.reason or "較正:" in d.reason), d.reason
