"""Pack format 1.1 in use: ranks, growth rates, exchange rates, percentage points, fiscal-year
conventions, the claim's date (said_on / --as-of) and speaker, in verdicts, JSON and reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pack_builder import OBSERVATION_HEADER, csv_text, write_pack
from shingi.cli import main
from shingi.model import Pack
from shingi.normalize.quantities import find_quantities, format_quantity
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose
from shingi.render.registry import report_document

FORMAT_11 = Path(__file__).resolve().parent / "fixtures" / "packs" / "format-11"


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(FORMAT_11)


def rating(pack: Pack, claim: str, as_of: str | None = None) -> str:
    return diagnose(claim, pack, lang="en", as_of=as_of).rating


# --- ranks: places, 1 = first --------------------------------------------------------------------


def test_a_rank_rises_as_its_place_number_falls(pack: Pack) -> None:
    # r1: 12th of 15 in 2023, r2: 11th of 15 in 2024
    assert rating(pack, "Xland's regional ranking rose in 2024.") == "true"
    assert rating(pack, "Xland's regional ranking fell in 2024.") == "false"
    assert rating(pack, "Xland's regional ranking rose from 12th to 11th in 2024.") == "true"
    assert rating(pack, "Xland ranked 11th in the regional ranking in 2024.") == "true"
    assert rating(pack, "Xland ranked 3rd in the regional ranking in 2024.") == "false"


# --- growth: a percent change, not a level ---------------------------------------------------------


def test_one_growth_value_settles_grew(tmp_path: Path) -> None:
    folder = write_pack(
        tmp_path,
        metrics_csv=csv_text(
            [
                ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
                ["exports", "輸出", "exports", "%", "", "true", "growth"],
            ]
        ),
        observations_csv=csv_text(
            [
                OBSERVATION_HEADER,
                # a fall of 2.5 % in 2023, though 2023's rate is above 2022's
                ["g22", "JP", "exports", "2022", "-4", "", "s2", ""],
                ["g23", "JP", "exports", "2023", "-2.5", "", "s2", ""],
            ]
        ),
        claims_yaml='- id: c1\n  text: "Japan\'s exports grew in 2023."\n  expected: false\n',
    )
    p = load_pack(folder)
    assert rating(p, "Japan's exports grew in 2023.") == "false"
    assert rating(p, "Japan's exports shrank in 2023.") == "true"


# --- rates and percentage points ------------------------------------------------------------------


def test_yen_per_dollar_is_a_rate_never_one_dollar(pack: Pack) -> None:
    (q,) = find_quantities("1ドル=145円")
    assert (q.quantity.value, q.quantity.unit) == (145, "JPY/USD")
    assert [m.quantity.unit for m in find_quantities("145 yen to the dollar")] == ["JPY/USD"]
    assert [m.quantity.unit for m in find_quantities("$1 = ¥145")] == ["JPY/USD"]
    assert format_quantity(145, "JPY/USD", "ja") == "1ドル=145円"
    assert rating(pack, "2024年、Xlandの為替レートは1ドル=145円だった。") == "true"
    assert rating(pack, "In 2024 Xland's exchange rate was 145 yen to the dollar.") == "true"
    assert rating(pack, "In 2024 Xland's exchange rate was 175 yen to the dollar.") == "false"
    # 160 for 145 is 9.4 % off the claimed figure: half true (docs/verdict-rules.md §4.1 scale)
    assert rating(pack, "In 2024 Xland's exchange rate was 160 yen to the dollar.") == "half_true"


def test_percentage_points(pack: Pack) -> None:
    assert rating(pack, "Xland's jobless rate change was 1.2 percentage points in 2024.") == "true"
    assert rating(pack, "Xland's jobless rate change was 3 percentage points in 2024.") == "false"


# --- fiscal years: the pack's and an entity's own ----------------------------------------------


def test_fiscal_2024_of_an_entity_is_its_own_year(pack: Pack) -> None:
    d = diagnose("ShopCo's revenue was 5 billion dollars in fiscal 2024.", pack, lang="en")
    assert d.rating == "true" and d.checks[0].evidence == ["s1"]
    # the pack's own convention (US federal, 10/end) for an entity without one
    d = diagnose("Xland's revenue was 9 billion dollars in fiscal 2024.", pack, lang="en")
    assert d.rating == "true" and d.checks[0].evidence == ["s2"]


@pytest.mark.parametrize(
    "words", ["in its 2024 financial year", "in the 2024 fiscal year", "in financial year 2024"]
)
def test_the_2024_financial_year_is_fiscal_2024(pack: Pack, words: str) -> None:
    # "its 2025 financial year" names the fiscal year as FYYYYY does, by the convention's year
    d = diagnose(f"ShopCo's revenue was 5 billion dollars {words}.", pack, lang="en")
    assert d.rating == "true" and d.checks[0].evidence == ["s1"]


# --- the claim's date: "latest" and "now" ---------------------------------------------------------


def test_said_on_decides_the_latest_figure(pack: Pack) -> None:
    # x22 = 100 bn (2022), x24 = 150 bn (2024); c1 was said on 2023-11-02
    claim = "Xland's exports are about 100 billion dollars."
    d = diagnose(claim, pack, lang="en")
    assert d.rating == "true" and d.as_of is not None and d.as_of.text == "2023-11-02"
    assert d.checks[0].evidence == ["x22"]
    assert d.later_evidence == ["x24"]  # shown as what happened next, not used
    # the same words judged today (no date: "now" is the pack's latest evidence) are false
    other = "Xland's exports are about 100 billion US dollars."
    assert rating(pack, other) == "mostly_false"
    assert rating(pack, other, as_of="2023-06") == "true"


def test_eval_uses_each_claims_said_on(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(FORMAT_11), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    by_id = {r["id"]: r for r in out["results"]}
    assert by_id["c1"]["rating"] == "true"  # as of 2023-11-02: 100 bn was the latest
    assert by_id["c1"]["as_of"] == "2023-11-02"


def test_json_output_gives_as_of_and_speaker(capsys: pytest.CaptureFixture[str]) -> None:
    claim = "Xland's exports are about 100 billion dollars."
    assert main(["diagnose", "--pack", str(FORMAT_11), "--format", "json", claim]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["as_of"] == "2023-11-02" and out["speaker"] == "trade-minister"
    assert out["rating"] == "true"
    # --as-of wins over said_on
    assert main(["diagnose", "--pack", str(FORMAT_11), "--format", "json", "--as-of", "2025", claim]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["as_of"] == "2025" and out["rating"] == "mostly_false"


# --- reports ----------------------------------------------------------------------------------------


CLAIM = "Xland's exports are about 100 billion dollars."


def test_claimreview_gives_the_claims_author_and_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--pack", str(FORMAT_11), "--format", "jsonld", CLAIM]) == 0
    item = json.loads(capsys.readouterr().out)["itemReviewed"]
    # a slug speaker reads as words (docs/reports.md, "The claim's speaker")
    assert item["author"] == {"@type": "Person", "name": "trade minister"}
    assert item["datePublished"] == "2023-11-02"


def test_claimreview_author_of_an_entity_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    claims = (
        '- id: c1\n  text: "Acme invested 1.6 trillion yen in April 2026."\n'
        "  said_on: 2026-05\n  speaker: acme\n"
    )
    folder = write_pack(tmp_path, claims_yaml=claims)
    claim = "Acme invested 1.6 trillion yen in April 2026."
    assert main(["report", "--pack", str(folder), "--format", "jsonld", claim]) == 0
    item = json.loads(capsys.readouterr().out)["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "Acme"}
    assert item["datePublished"] == "2026-05"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_reports_show_speaker_date_and_definitions(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--pack", str(FORMAT_11), "--format", fmt, "--lang", "en", CLAIM]) == 0
    out = capsys.readouterr().out
    assert "Said by: trade minister" in out and "2 Nov 2023" in out
    assert "Goods only, excluding services" in out


def test_text_output_shows_speaker_date_and_definition(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagnose", "--pack", str(FORMAT_11), "--lang", "en", CLAIM]) == 0
    out = capsys.readouterr().out
    assert "Said by: trade minister" in out and "(judged as of): 2 Nov 2023" in out
    assert "definition: Goods only, excluding services" in out
    assert "x24" in out  # what happened next


def test_slides_show_speaker_and_definition(pack: Pack, tmp_path: Path) -> None:
    from pptx import Presentation

    from shingi.render.pptx import render_pptx

    doc = report_document(pack, CLAIM, "en")
    (tmp_path / "r.pptx").write_bytes(render_pptx(doc))
    prs = Presentation(str(tmp_path / "r.pptx"))
    texts = [sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame]
    texts += [c.text for s in prs.slides for sh in s.shapes if sh.has_table
              for r in sh.table.rows for c in r.cells]
    joined = " ".join(texts)
    assert "Said by: trade minister" in joined
    assert "Goods only, excluding services" in joined


def test_this_year_and_last_year_count_from_the_claims_date(pack: Pack) -> None:
    claim = "Last year Xland's exports were about 100 billion dollars."
    d = diagnose(claim, pack, lang="en", as_of="2023-05")
    assert d.rating == "true" and d.checks[0].evidence == ["x22"]  # last year = 2022
    assert rating(pack, claim, as_of="2025-02") == "mostly_false"  # last year = 2024: 150 bn
    # without a date, "this year" is the year of the pack's latest evidence (2024)
    assert rating(pack, "This year Xland's exports are about 150 billion US dollars.") == "true"


def test_the_pack_as_it_stood_keeps_plans_announced_by_then(tmp_path: Path) -> None:
    from pack_builder import EVENTS, with_rows
    from shingi.normalize.periods import parse_period
    from shingi.pipeline.context import known_at

    # e3: a plan dated by its target (2027), from s2 (published 2025)
    plan = ["e3", "2027", "compute", "acme", "plan", "", "Acme plans a fab", "", "", "s2", "", ""]
    events = with_rows(EVENTS, plan)
    p = load_pack(write_pack(tmp_path, events_csv=events))
    at_2025_06 = known_at(p, parse_period("2025-06"))
    assert "e3" in at_2025_06.events  # announced by then
    assert "e1" not in at_2025_06.events  # happened later (2026-04)
    assert "e3" not in known_at(p, parse_period("2024")).events  # not yet announced
    assert known_at(p, None) is p


def test_percentage_points_of_a_percentage_are_its_difference(pack: Pack) -> None:
    # jr23 4.0 %, jr24 4.5 %: up 0.5 points (a 12.5 % rise of the rate itself)
    assert rating(pack, "Xland's jobless rate rose 0.5 percentage points in 2024.") == "true"
    assert rating(pack, "Xlandの失業率は2024年に0.5ポイント上昇した。") == "true"
    assert rating(pack, "Xland's jobless rate rose 2 percentage points in 2024.") == "false"
    assert rating(pack, "Xland's jobless rate fell 0.5 percentage points in 2024.") == "false"


def test_growth_against_a_base_period(tmp_path: Path) -> None:
    folder = write_pack(
        tmp_path,
        metrics_csv=csv_text(
            [
                ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind", "base"],
                ["sales", "販売", "sales", "%", "", "true", "growth", "2020"],
            ]
        ),
        observations_csv=csv_text(
            [
                OBSERVATION_HEADER,
                ["s22", "JP", "sales", "2022", "-3", "", "s2", ""],  # 3 % below 2020
                ["s24", "JP", "sales", "2024", "4.5", "", "s2", ""],  # 4.5 % above 2020
            ]
        ),
        claims_yaml='- id: c1\n  text: "Japan\'s sales have grown since 2020."\n',
    )
    p = load_pack(folder)
    assert rating(p, "Japan's sales have grown since 2020.") == "true"  # the latest: +4.5 %
    assert rating(p, "Japan's sales have fallen since 2020.") == "false"
    assert rating(p, "Japan's sales have grown since 2020.", as_of="2023") == "false"  # then: -3 %
