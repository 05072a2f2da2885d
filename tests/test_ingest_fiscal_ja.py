"""A Japanese company's fiscal periods: 2024年8月期 is the company's year (September-August), not
the month; its quarters and halves are counted in its own months."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ingest_helpers import extract
from shingi.ingest.dates import japanese_fiscal_periods
from shingi.ingest.extract import ExtractContext
from shingi.ingest.run import ingest_files
from shingi.normalize.periods import parse_fiscal_year, parse_period


@pytest.mark.parametrize(("text", "expected"), [
    ("2024年8月期の売上収益", ["FY2024"]),          # the company's year, read with fiscal_year 9/end
    ("2025年3月期第3四半期の売上高", ["2024-Q4"]),   # October-December 2024
    ("2025年3月期第2四半期累計の売上高", ["FY2024-H1"]),
    ("2024年12月期上期の売上高", ["2024-H1"]),
    ("2025年8月期第1四半期(9~11月)の売上収益", ["FY2025-Q1"]),  # September-November: the company's own
    ("2025年8月期上期の売上収益", ["FY2025-H1"]),  # September-February, read with fiscal_year 9/end
    ("2025年3月期第3四半期累計(4~12月)の売上高", [None]),  # nine months
])
def test_parts_of_a_company_year_are_counted_in_its_months(text: str, expected: list[str | None]) -> None:
    found, _reported = japanese_fiscal_periods(text, None)
    assert [f.period.text if f.period else None for f in found] == expected


def test_a_quarter_said_alone_is_a_part_of_the_year_named_before() -> None:
    found, reported = japanese_fiscal_periods("2025年3月期の業績予想を据え置いた。", None)
    assert reported == (2025, 3) and found[0].period == parse_period("FY2024")
    quarter, _ = japanese_fiscal_periods("第3四半期(10~12月)の売上高は4000億円。", reported)
    assert [f.period.text for f in quarter if f.period] == ["2024-Q4"]
    # a statistics quarter after its year stays the calendar's
    assert japanese_fiscal_periods("2024年第3四半期の実質GDP", reported)[0] == []


def test_a_company_year_ending_in_august_gets_its_convention(tmp_path: Path) -> None:
    doc = tmp_path / "release.txt"
    doc.write_text("2024年10月10日\n\n株式会社サンプル商事は10日、2024年8月期の連結決算を発表した。"
                   "売上収益は3兆1038億円、営業利益は5009億円だった。\n", encoding="utf-8")
    ingest_files([doc], tmp_path / "draft", workers=1)
    with (tmp_path / "draft" / "entities.csv").open(encoding="utf-8-sig") as f:
        company = next(r for r in csv.DictReader(f) if r["name_ja"] == "サンプル商事")
    assert company["fiscal_year"] == "9/end"
    with (tmp_path / "draft" / "observations.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    found = {(r["value"], r["period"]) for r in rows}
    assert found >= {("3103800000000", "FY2024"), ("500900000000", "FY2024")}


def test_a_quarter_that_is_no_calendar_quarter_is_the_companys_own() -> None:
    text = "株式会社サンプル商事の2025年8月期第1四半期(9~11月)の売上収益は8964億円となった。\n"
    facts = extract(ExtractContext(None), text, parse_period("2025-01-10"))
    # never dated with a calendar quarter it is not: FY2025-Q1 in the company's own months
    assert [(o.value.value, o.period.text) for o in facts.observations] == [(8964e8, "FY2025-Q1")]
    company = facts.entities[facts.observations[0].entity]
    assert company.fiscal_year == "9/end"
    own = parse_period("FY2025-Q1", parse_fiscal_year(company.fiscal_year))
    assert (own.start.isoformat(), own.end.isoformat()) == ("2024-09-01", "2024-11-30")
