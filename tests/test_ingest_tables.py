"""shingi ingest on statistical tables: CSV/TSV/XLSX/XLS/ODS into draft observations.

The fixtures in tests/fixtures/tables copy the layouts statistics offices publish (a Shift_JIS
e-Stat-style CSV with a title, a unit line and year columns; a World Bank / OWID long table; a
workbook with a merged title, a unit row under the header, footnote marks and a notes sheet ...).
"""

from __future__ import annotations

import csv
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from shingi.cli import main
from shingi.ingest.extract import ExtractContext
from shingi.ingest.merge import merge_draft
from shingi.ingest.run import ingest_files
from shingi.ingest.tables import (
    TableError,
    TableMapping,
    extract_table,
    header_period,
    load_mapping,
    read_value,
    unit_of_text,
)
from shingi.model import InputError
from shingi.pack.load import check_pack, load_pack

ROOT = Path(__file__).resolve().parents[1]
TABLES = ROOT / "tests" / "fixtures" / "tables"
KOREA = ROOT / "tests" / "fixtures" / "packs" / "korea-batteries"


def _rows(draft: Path, name: str = "observations.csv") -> list[dict[str, str]]:
    with (draft / name).open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _values(draft: Path) -> dict[tuple[str, str], tuple[float, str]]:
    """(entity name as written in the quote, period) -> (value, unit)."""
    out = {}
    for r in _rows(draft):
        label = r["quote"].split(" | ")[1]
        out[(label, r["period"])] = (float(r["value"]), r["unit"])
    return out


# --- the "done when": a Shift_JIS statistics CSV and an English long table ------------------


def test_shift_jis_statistics_csv_becomes_scaled_observations_that_validate(tmp_path: Path) -> None:
    draft = tmp_path / "draft"
    summary = ingest_files([TABLES / "estat-population-sjis.csv"], draft)
    assert not summary.failures
    values = _values(draft)
    # 単位：千人 -> thousands of people, thousands separators read, every year column
    assert values[("全国", "2019")] == (126_167_000, "count")
    assert values[("東京都", "2022")] == (14_038_000, "count")
    assert values[("北海道", "2021")] == (5_183_000, "count")
    assert ("沖縄県", "2022") not in values  # … is "no value", not a zero
    assert len(values) == 15  # 4 regions x 4 years, one missing; the note row gives nothing
    metrics = _rows(draft, "metrics.csv")
    assert [(m["name_ja"], m["unit"], m["kind"]) for m in metrics] == [("人口", "count", "count")]
    sources = _rows(draft, "sources.csv")
    assert sources[0]["encoding"] == "cp932" and sources[0]["title"] == "表1 都道府県別人口の推移"
    _, problems = check_pack(draft)
    assert not [p for p in problems if p.severity == "error"]


def test_english_long_table_matched_to_the_pack_and_merged(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(KOREA, pack)
    draft = tmp_path / "draft"
    summary = ingest_files([TABLES / "owid-gdp-growth.csv", TABLES / "estat-population-sjis.csv"], draft,
                           pack_ref=str(pack))
    assert not summary.failures
    rows = [r for r in _rows(draft) if "owid" in r["doc"]]
    got = {(r["entity"], r["period"]): (float(r["value"]), r["unit"]) for r in rows}
    # Japan / Korea / United States are the pack's entities japan / korea / usa (names and aliases)
    assert got == {("japan", "2022"): (0.95, "%"), ("japan", "2023"): (1.68, "%"),
                   ("korea", "2023"): (1.36, "%"), ("usa", "2023"): (2.89, "%")}
    metric = next(m for m in _rows(draft, "metrics.csv") if m["id"] == rows[0]["metric"])
    assert metric["name_en"] == "GDP growth" and metric["unit"] == "%"
    assert metric["kind"] == "growth"  # "annual %": a rate of change, not a level
    before = len(load_pack(pack).observations)
    result = merge_draft(draft, pack, include_drafts=True)
    assert result is not None
    merged = load_pack(pack)
    assert len(merged.observations) == before + len(_rows(draft))
    assert any(o.entity == "korea" and o.period.text == "2023" and o.value.value == 1.36
               for o in merged.observations.values())


# --- each format and layout ------------------------------------------------------------------------


def test_workbook_with_merged_title_unit_row_footnotes_and_a_notes_sheet(tmp_path: Path) -> None:
    draft = tmp_path / "draft"
    assert not ingest_files([TABLES / "exports-wide.xlsx"], draft).failures
    rows = _rows(draft)
    by = {(r["quote"].split(" | ")[1], r["period"], r["metric"]): r for r in rows}
    amounts = {k[:2]: float(r["value"]) for k, r in by.items() if r["unit"] == "JPY"}
    assert amounts[("アジア", "FY2021")] == 450123e8  # (億円) in the unit row under the header
    assert amounts[("アジア", "FY2023")] == 498765e8  # "498,765 r": a revised mark, dropped
    assert ("北米", "FY2023") not in amounts and ("欧州", "FY2022") not in amounts  # x and …
    growth = {k[:2]: float(r["value"]) for k, r in by.items() if r["unit"] == "%"}
    assert growth[("アジア", "FY2023")] == -2.7 and growth[("北米", "FY2023")] == -0.5  # △ ▲ are minus
    pages = {r["page"] for r in rows}
    assert pages == {"1", "2"}  # the sheet each value came from; the notes sheet gives nothing
    asia = next(r for r in rows if r["quote"].startswith("輸出額!B5"))
    assert (asia["line"], asia["char_start"]) == ("5", "1")  # row 5, column B
    names = {m["name_ja"]: m["kind"] for m in _rows(draft, "metrics.csv")}
    assert names == {"輸出額": "amount", "前年度比増減率": "growth"}
    # 北米 (North America) is not the United States although it contains 米
    assert "US" not in {r["entity"] for r in rows}


def test_xls_with_month_columns_and_preliminary_marks() -> None:
    table = extract_table(TABLES / "unemployment-monthly.xls", "u.xls", ExtractContext(None), "src-u")
    got = {(o.place.quote.split(" | ")[1], o.period.text): (o.value.value, o.value.unit)
           for o in table.facts.observations}
    assert got == {("United States", "2024-01"): (3.7, "%"), ("United States", "2024-02"): (3.9, "%"),
                   ("United States", "2024-03"): (3.8, "%"), ("Texas", "2024-01"): (4.0, "%"),
                   ("Texas", "2024-03"): (4.1, "%")}
    assert table.lang == "en"


def test_ods_long_table_with_a_code_column_and_a_scale_in_the_title() -> None:
    table = extract_table(TABLES / "exports-long.ods", "e.ods", ExtractContext(None), "src-e")
    got = {(o.place.quote.split(" | ")[1], o.period.text): o.value.value for o in table.facts.observations}
    assert got == {("Korea, Rep.", "2022"): 683_585e6, ("Korea, Rep.", "2023"): 632_226e6,
                   ("Japan", "2023"): 717_254e6}  # US$ millions; ".." is missing
    assert {o.value.unit for o in table.facts.observations} == {"USD"}


def test_tsv_with_bom_and_quarter_columns() -> None:
    table = extract_table(TABLES / "sales-quarterly-bom.tsv", "s.tsv", ExtractContext(None), "src-s")
    got = {(o.place.quote.split(" | ")[1], o.period.text): o.value.value for o in table.facts.observations}
    assert got == {("Kanto", "2024-Q1"): 1204.5, ("Kanto", "2024-Q2"): 1210.0, ("Kanto", "2024-Q3"): 1198.2,
                   ("Kansai", "2024-Q1"): 610.3, ("Kansai", "2024-Q3"): 615.0}


def test_korean_names_in_three_spellings_match_one_pack_entity(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("国,2022年,2023年\n韓国,1,2\nRepublic of Korea,3,4\n", encoding="utf-8")
    pack = load_pack(KOREA)
    facts = extract_table(table, "t.csv", ExtractContext(pack), "src-t").facts
    assert {o.entity for o in facts.observations} == {"korea"}
    assert not facts.entities  # nothing new drafted


# --- bad tables and the mapping file ----------------------------------------------------------------


def test_a_bad_cell_fails_that_table_alone_naming_its_place(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Region,2022,2023\nNorth,12,13\nSouth,14,twelve\n", encoding="utf-8")
    draft = tmp_path / "draft"
    summary = ingest_files([bad, TABLES / "owid-gdp-growth.csv"], draft)
    assert [(f.path, f.message) for f in summary.failures] == [
        (str(bad), "row 3, column C: 'twelve' is not a number")]
    docs = {r["doc"] for r in _rows(draft)}
    assert docs == {str(TABLES / "owid-gdp-growth.csv")}  # nothing of the bad table, the other landed


def test_cli_exit_1_when_a_table_fails_and_dry_run_writes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("just,some,words\nno,periods,here\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", str(bad), str(TABLES / "owid-gdp-growth.csv"), "--dry-run"]) == 1
    out, err = capsys.readouterr()
    assert f"{bad}: no header row found" in err
    assert "observation JP m-gdp-growth 2023 = 1.68 %" in out
    assert "dry run: 4 row(s) would be drafted" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]  # nothing written


def test_a_workbook_error_names_the_sheet(tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook  # noqa: F401  (the reader must be installed)

    source = TABLES / "exports-wide.xlsx"
    table = extract_table(source, "x.xlsx", ExtractContext(None), "src")
    assert table.readings[0][0].name == "輸出額"
    with pytest.raises(TableError, match="no sheet named 'Missing'"):
        extract_table(source, "x.xlsx", ExtractContext(None), "src", TableMapping(sheet="Missing"))
    with pytest.raises(TableError, match=r"^sheet 増減率: the mapping's header_row 99 is past the last row"):
        extract_table(source, "x.xlsx", ExtractContext(None), "src",
                      TableMapping(sheet="増減率", header_row=99))


def test_a_mapping_reads_a_table_guessing_cannot(tmp_path: Path) -> None:
    table = tmp_path / "monthly-download.csv"
    table.write_text("Report generated 2024-05-01\nPref,When,Amount,Memo\n"
                     "Osaka,2023,1.5,ok\nKyoto,2023,0.7,ok\n", encoding="utf-8")
    with pytest.raises(TableError, match="no header row"):
        extract_table(table, "m.csv", ExtractContext(None), "src-m")
    mapping_file = tmp_path / "mapping.yaml"
    mapping_file.write_text("header_row: 2\nlayout: long\nentity: Pref\nperiod: When\nvalue: C\n"
                            "unit: 億円\nmetric: 県内総生産\n", encoding="utf-8")
    mapping = load_mapping(mapping_file)
    facts = extract_table(table, "m.csv", ExtractContext(None), "src-m", mapping).facts
    got = {(o.place.quote.split(" | ")[1], o.period.text): (o.value.value, o.value.unit)
           for o in facts.observations}
    assert got == {("Osaka", "2023"): (1.5e8, "JPY"), ("Kyoto", "2023"): (0.7e8, "JPY")}
    assert [m.name_ja for m in facts.metrics.values()] == ["県内総生産"]


def test_a_bad_mapping_names_the_file_and_key(tmp_path: Path) -> None:
    mapping_file = tmp_path / "mapping.yaml"
    mapping_file.write_text("header_row: zero\ncolour: red\nlayout: diagonal\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_mapping(mapping_file)
    message = str(err.value)
    assert f"{mapping_file}:1:header_row:" in message
    assert f"{mapping_file}:1:colour: unknown key" in message
    assert f"{mapping_file}:1:layout:" in message


# --- the pieces -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "period"), [
    ("2019年", "2019"), ("2024年度", "FY2024"), ("2024Q1", "2024-Q1"), ("FY2023", "FY2023"),
    ("Jan-24", "2024-01"), ("Dec 2023", "2023-12"), (2019.0, "2019"), ("令和5年", "2023"),
    ("2023 p", "2023"), ("2022年 1)", "2022"),
])
def test_header_cells_that_are_periods(cell: str | float, period: str) -> None:
    found = header_period(cell)
    assert found is not None and found.text == period


@pytest.mark.parametrize("cell", ["地域", "Total", 12.5, 45000.0, "2019年と2020年", None])
def test_header_cells_that_are_not_periods(cell: str | float | None) -> None:
    assert header_period(cell) is None


@pytest.mark.parametrize(("cell", "value"), [
    ("1,234", 1234.0), ("１，２３４", 1234.0), ("△1.2", -1.2), ("▲0.5", -0.5), ("-3.5", -3.5),
    ("12.5*", 12.5), ("3.8(p)", 3.8), ("498,765 r", 498765.0), ("7.1%", 7.1), (42.0, 42.0),
    ("-", None), ("…", None), ("x", None), ("NA", None), ("..", None), ("***", None),
])
def test_value_cells(cell: str | float, value: float | None) -> None:
    assert read_value(cell) == value


@pytest.mark.parametrize("cell", ["twelve", "1e400", "12 GW", float("inf")])
def test_value_cells_that_are_refused(cell: str | float) -> None:
    with pytest.raises(ValueError):
        read_value(cell)


@pytest.mark.parametrize(("text", "scale", "unit"), [
    ("（単位：千人）", 1000, "count"), ("単位：億円", 10**8, "JPY"), ("(千人)", 1000, "count"),
    ("GDP (US$ millions)", 10**6, "USD"), ("GDP growth (annual %)", 1, "%"), ("百万円", 10**6, "JPY"),
    ("Thousands of persons", 1000, "count"), ("(percent)", 1, "%"), ("万人", 10**4, "count"),
])
def test_units_and_scales_read_off_tables(text: str, scale: int, unit: str) -> None:
    found = unit_of_text(text)
    assert found is not None and (found.scale, found.unit) == (Decimal(scale), unit)


def test_a_mapping_with_an_unknown_column_says_which(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("Year,Region,Value\n2023,North,1\n", encoding="utf-8")
    with pytest.raises(TableError, match="entity column 'Prefecture' is not in the header"):
        extract_table(table, "t.csv", ExtractContext(None), "src", TableMapping(entity="Prefecture"))
