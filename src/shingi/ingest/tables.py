"""Statistical tables (CSV, TSV, XLSX, XLS, ODS) -> draft observations.

A table is read into sheets of cells (CSV/TSV with the standard library after the encoding is
detected as for documents; spreadsheets with python-calamine), then each sheet is *read* the
way a person reads a statistics office's table:

1. **Where the header is.** Rows above it are the title and notes. The header is the first row
   with two or more cells that are periods (``2019年``, ``2024年度``, ``FY2023``, ``2024Q1``,
   ``Jan-24``, ``2019``): the table is **wide** (periods as columns). Otherwise it is the first
   row naming a period column (``Year``, ``年``, ``年次``, ``Period``, ``時点`` ...): the table is
   **long** (entity, period and value columns, as World Bank / OWID downloads are).
2. **The unit and its scale**, from, in this order: the value column's header (``GDP (US$
   millions)``), a unit row right under the header, the title and note rows (``単位：千人``,
   ``（億円）``, ``US$ millions``). ``千人`` means thousands of people: values are multiplied out.
3. **Each value cell**: thousands separators and full-width digits are read, ``△``/``▲`` is a
   minus (Japanese statistics), footnote marks (``*``, ``†``, a trailing ``p`` or ``r`` for
   preliminary / revised) are dropped, and ``…``, ``-``, ``x``, ``NA``, ``..`` mean "no value".
   Any other text in a value cell is an error naming the file, sheet, row and column.
4. **Whose and what.** In a wide table each row's label is an entity (or, when it names one of
   the pack's metrics, that metric of the table's entity); the metric is named by the title.
   In a long table the entity and period come from their columns and every numeric column is
   a metric named by its header. With ``--pack`` names are matched to the pack's entities and
   metrics (names and aliases, any language; a code column such as ``KOR`` is tried too);
   anything else is drafted as new.

When guessing cannot read a table, a mapping file (:class:`TableMapping`) says which row is the
header and which columns hold the entity, period, value and unit, so that a recurring download
is imported the same way every time.

Every observation points at its cell: ``doc`` is the file, ``page`` the sheet's number (1-based,
spreadsheets only), ``line`` the row (1-based) and ``char_start`` the column (0-based); ``quote``
spells it out (``Sheet1!C5: 1,234 | 北海道 | 2019年``).
"""

from __future__ import annotations

import csv
import functools
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from shingi.ingest.extract import (
    DocFacts,
    ExtractContext,
    NewEntity,
    NewMetric,
    ObservationRow,
    Place,
    metric_kind_for,
    unit_fits,
)
from shingi.ingest.readers import ReadError, detect_encoding, short_hash
from shingi.model import Period, Quantity
from shingi.normalize.periods import find_periods, period_of_month
from shingi.normalize.quantities import is_currency, parse_quantity, split_unit

TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods"})
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
#: The header is looked for in the first rows only (titles and notes are a few rows).
HEADER_SEARCH_ROWS = 40
#: Larger values are refused: no statistic is this big, and floats lose meaning past it.
MAX_VALUE = 1e30

Cell = str | float | None


class TableError(ReadError):
    """A table that cannot be read into observations; the message names the place."""


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet (a CSV file is one sheet without a name): rows of cells, merged cells filled."""

    name: str | None
    number: int | None  # 1-based for spreadsheets, None for CSV/TSV
    rows: list[list[Cell]]
    encoding: str | None = None  # of a CSV/TSV file

    def where(self, row: int | None = None, col: int | None = None) -> str:
        """``sheet NAME, row R, column C`` (1-based row, A1-style column) for messages."""
        parts = []
        if self.name is not None:
            parts.append(f"sheet {self.name}")
        if row is not None:
            parts.append(f"row {row + 1}")
        if col is not None:
            parts.append(f"column {column_letter(col)}")
        return ", ".join(parts)

    def error(self, message: str, row: int | None = None, col: int | None = None) -> TableError:
        """A :class:`TableError` that starts with the place (the file is named by whoever reports it)."""
        where = self.where(row, col)
        return TableError(f"{where}: {message}" if where else message)


def column_letter(col: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


# --- reading ------------------------------------------------------------------------------------


def read_sheets(path: Path) -> list[Sheet]:
    """The sheets of a table file; raises :class:`TableError` for a file that cannot be read."""
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        return _read_workbook(path)
    encoding = detect_encoding(path)
    delimiter = "\t" if suffix == ".tsv" else None
    with path.open("r", encoding=encoding, errors="strict", newline="") as f:
        text = f.read()
    if delimiter is None:
        first = next((ln for ln in text.splitlines() if ln.strip()), "")
        delimiter = "\t" if first.count("\t") > first.count(",") else ","
    try:
        rows: list[list[Cell]] = [[c if c.strip() else None for c in row]
                                  for row in csv.reader(text.splitlines(), delimiter=delimiter)]
    except csv.Error as exc:
        raise TableError(f"not a readable {suffix.lstrip('.').upper()} table: {exc}") from None
    return [Sheet(None, None, rows, encoding)]


def _read_workbook(path: Path) -> list[Sheet]:
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # the ingest extra
        raise TableError("reading spreadsheets needs python-calamine "
                         "(pip install 'shingi[ingest]')") from None
    try:
        book = CalamineWorkbook.from_path(str(path))
        sheets = []
        for number, name in enumerate(book.sheet_names, start=1):
            sheet = book.get_sheet_by_name(name)
            rows = [[_cell(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
            _fill_merged(rows, getattr(sheet, "merged_cell_ranges", None))
            sheets.append(Sheet(name, number, rows))
    except TableError:
        raise
    except Exception as exc:  # calamine raises its own errors for broken or encrypted files
        raise TableError(f"cannot read the spreadsheet: {type(exc).__name__}: {exc}") from None
    return sheets


def _cell(value: Any) -> Cell:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _fill_merged(rows: list[list[Cell]], ranges: Any) -> None:
    """A merged cell's value in every cell it covers (header cells spanning several columns)."""
    for (r0, c0), (r1, c1) in ranges or ():
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            for c in range(c0, min(c1, len(rows[r]) - 1) + 1):
                if rows[r][c] is None:
                    rows[r][c] = value


# --- cells ------------------------------------------------------------------------------------------

_MISSING = frozenset({"-", "－", "―", "—", "–", "‐", "…", "...", "..", "x", "X", "χ", "na", "n/a", "n.a.",
                      "nan", "*", "**", "***", ":", "()", "—–", "s", "c"})
_FOOTNOTE_RE = re.compile(r"(?:(?<!\s)|(?!\s))(?:\s*(?:\(?[pre]\)?|[*†‡#]+|\d?\))\s*)+$")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_PLAIN_NUMBER_RE = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_MON_YY_RE = re.compile(r"([A-Za-z]{3})[A-Za-z]*[-\s/']?(\d{2}|\d{4})")


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() and abs(cell) < 1e15 else repr(cell)
    return unicodedata.normalize("NFKC", cell).strip()


def header_period(cell: Cell) -> Period | None:
    """The period a header cell names, when the whole cell is one (footnote marks aside)."""
    if isinstance(cell, float) and not (cell.is_integer() and 1000 <= cell <= 2999):
        return None
    return _period_of_text(_text(cell))


@functools.lru_cache(maxsize=4096)
def _period_of_text(text: str) -> Period | None:
    text = _FOOTNOTE_RE.sub("", text).strip()
    if not text or len(text) > 30:
        return None
    m = _MON_YY_RE.fullmatch(text)
    if m and m.group(1).lower() in _MONTHS:
        year = int(m.group(2))
        year += 2000 if year < 70 else (1900 if year < 100 else 0)
        return period_of_month(year, _MONTHS[m.group(1).lower()])
    found = find_periods(text)
    if len(found) != 1:
        return None
    match = found[0]
    rest = (text[: match.start] + text[match.end :]).strip(" ()（）年")
    return match.period if not rest else None


def read_value(cell: Cell) -> float | None:
    """A value cell as a number (None for a missing mark); raises ValueError for anything else."""
    if isinstance(cell, float):
        if not math.isfinite(cell) or abs(cell) >= MAX_VALUE:
            raise ValueError(f"{cell!r} is not a usable number")
        return cell
    text = _text(cell)
    if _PLAIN_NUMBER_RE.fullmatch(text):
        return float(text.replace(",", ""))
    if not text or text.casefold() in _MISSING:
        return None
    cleaned = _FOOTNOTE_RE.sub("", text).strip() if not text[-1:].isdigit() else text
    if not cleaned or cleaned.casefold() in _MISSING:
        return None
    try:
        q = parse_quantity(cleaned.replace(" ", ""))
    except ValueError:
        raise ValueError(f"'{text}' is not a number") from None
    if q.unit not in (None, "%") or not math.isfinite(q.value) or abs(q.value) >= MAX_VALUE:
        raise ValueError(f"'{text}' is not a plain number")
    return q.value


# --- units ------------------------------------------------------------------------------------------

_UNIT_LABEL_RE = re.compile(r"単位\s*[:：]?\s*([^\s、,;)）]+)")
_PAREN_RE = re.compile(r"[（(]([^（）()]{1,30})[)）]")
_UNIT_NOISE_RE = re.compile(r"(?i)\b(?:annual|current|constant|nominal|real|prices?|in|of|units?|number)\b")
#: English words for people and things counted.
_COUNT_WORDS_RE = re.compile(r"(?i)\b(?:persons?|people|households?|workers?|companies|firms|cases)\b")
_GROWTH_RE = re.compile(r"(?i)annual\s*%|%\s*change|growth|前年(?:同期|同月)?比|伸び率|増減率|増加率|成長率")
_SCALE_ONLY = {"thousand": Decimal(10) ** 3, "thousands": Decimal(10) ** 3, "million": Decimal(10) ** 6,
               "millions": Decimal(10) ** 6, "billion": Decimal(10) ** 9, "billions": Decimal(10) ** 9}


@dataclass(frozen=True, slots=True)
class TableUnit:
    """A unit read off a table: the scale to multiply values by, and the canonical unit."""

    scale: Decimal
    unit: str | None
    growth: bool = False  # "annual %", 前年比: the values are percent changes

    def apply(self, value: float) -> float:
        return float(Decimal(repr(value)) * self.scale) if self.scale != 1 else value


def unit_of_text(text: str) -> TableUnit | None:
    """The unit a header, title or note states (``単位：千人``, ``(US$ millions)``, ``annual %``)."""
    text = unicodedata.normalize("NFKC", text)
    candidates = [m.group(1) for m in _UNIT_LABEL_RE.finditer(text)]
    candidates += [m.group(1) for m in reversed(list(_PAREN_RE.finditer(text)))]
    candidates.append(text)
    growth = bool(_GROWTH_RE.search(text))
    for cand in candidates:
        unit = _known_unit(cand)
        if unit is not None:
            return TableUnit(unit.scale, unit.unit, growth or unit.growth)
    return None


def _known_unit(text: str) -> TableUnit | None:
    cleaned = _COUNT_WORDS_RE.sub("count", text)
    cleaned = " ".join(_UNIT_NOISE_RE.sub(" ", cleaned).split()).strip(" ,:;")
    if not cleaned or len(cleaned) > 25:
        return None
    if cleaned.casefold() in _SCALE_ONLY:
        return TableUnit(_SCALE_ONLY[cleaned.casefold()], None)
    try:
        scale, unit = split_unit(cleaned)
    except (ValueError, KeyError):
        return None
    if unit in ("count count", "counts"):
        unit = "count"
    known = unit in ("%", "count", "x", "pt") or is_currency(unit)
    if known or (scale != 1 and unit is not None and len(unit) <= 8):
        return TableUnit(scale, unit)
    return None


# --- the mapping file -----------------------------------------------------------------------------

MAPPING_KEYS = ("sheet", "header_row", "layout", "entity", "period", "value", "unit", "metric", "code")


@dataclass(frozen=True, slots=True)
class TableMapping:
    """How to read a table that guessing cannot: written once, used for every month's download.

    ``header_row`` is 1-based. Columns (``entity``, ``period``, ``value``, ``code``) are header
    names, letters (``C``) or 1-based numbers. ``unit`` is a unit text (``千人``, ``USD millions``)
    or a column; ``metric`` a metric name (or a pack metric id) or a column. ``layout`` is
    ``wide`` or ``long``.
    """

    sheet: str | None = None
    header_row: int | None = None
    layout: str | None = None
    entity: str | None = None
    period: str | None = None
    value: str | None = None
    unit: str | None = None
    metric: str | None = None
    code: str | None = None


def load_mapping(path: Path) -> TableMapping:
    """Read and check a mapping file; raises :class:`~shingi.model.InputError` naming the place."""
    from shingi.model import InputError, Problem
    from shingi.pack.files import read_yaml, scalar_text

    problems: list[Problem] = []
    if not path.is_file():
        raise InputError(f"{path}:0:-: no such mapping file")
    doc = read_yaml(path, problems)
    errors = [f"{path}:{p.row}:{p.column}: {p.message}" for p in problems if p.severity == "error"]
    if errors:
        raise InputError("\n".join(errors))
    if not isinstance(doc, dict):
        raise InputError(f"{path}:1:-: a mapping file is a YAML mapping (sheet:, header_row:, entity: ...)")
    line = int(doc.get("__line__", 1))
    values: dict[str, Any] = {}
    for key, value in doc.items():
        if key == "__line__":
            continue
        if key not in MAPPING_KEYS:
            errors.append(f"{path}:{line}:{key}: unknown key (one of {', '.join(MAPPING_KEYS)})")
            continue
        if key == "header_row":
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 10_000:
                errors.append(f"{path}:{line}:header_row: a row number from 1")
                continue
            values[key] = value
        elif key == "layout" and value not in ("wide", "long"):
            errors.append(f"{path}:{line}:layout: 'wide' or 'long'")
        elif value is not None:
            values[key] = scalar_text(value)
    if errors:
        raise InputError("\n".join(errors))
    return TableMapping(**values)


# --- reading a sheet ----------------------------------------------------------------------------------

_PERIOD_HEADER_RE = re.compile(
    r"(?i)^(?:year|years|yr|period|date|time|time period|reference period|fiscal year|fy|quarter|month"
    r"|年|年次|暦年|年度|時点|期間|期|調査年|年月|年・月)$")
_ENTITY_HEADER_RE = re.compile(
    r"(?i)^(?:entity|country|country name|countries|economy|area|region|geo|location|name|state|company"
    r"|reporter|国|国名|国・地域|地域|都道府県|都道府県名|市区町村|自治体|地域名|企業|企業名|会社名|区分)$")
_CODE_HEADER_RE = re.compile(
    r"(?i)^(?:code|iso|iso3|iso code|country code|iso3 code|geo code|コード|国コード)$")
_VALUE_HEADER_RE = re.compile(r"(?i)^(?:value|values|obs_value|値|数値|実数)$")


@dataclass(slots=True)
class SheetReading:
    """How one sheet was read: the layout, header row, columns and unit (for ``--dry-run`` too)."""

    layout: str
    header_row: int
    title: str
    unit: TableUnit | None
    label_cols: list[int] = field(default_factory=list)
    period_cols: dict[int, Period] = field(default_factory=dict)
    entity_col: int | None = None
    code_col: int | None = None
    period_col: int | None = None
    value_cols: list[int] = field(default_factory=list)
    unit_row: int | None = None


def _column(sheet: Sheet, header: list[Cell], ref: str, what: str) -> int:
    names = [_text(c) for c in header]
    if ref in names:
        return names.index(ref)
    folded = [n.casefold() for n in names]
    if ref.casefold() in folded:
        return folded.index(ref.casefold())
    if ref.isdigit() and 1 <= int(ref) <= len(header):
        return int(ref) - 1
    if re.fullmatch(r"[A-Za-z]{1,3}", ref):
        col = 0
        for ch in ref.upper():
            col = col * 26 + ord(ch) - 64
        if col - 1 < len(header):
            return col - 1
    raise sheet.error(f"the mapping's {what} column '{ref}' is not in the header "
                     f"({', '.join(n for n in names if n) or 'empty'})")


def read_layout(sheet: Sheet, mapping: TableMapping | None = None) -> SheetReading:
    """Find the header, the layout, the columns and the unit of a sheet (see the module docstring)."""
    rows = sheet.rows
    m = mapping or TableMapping()
    header_row = m.header_row - 1 if m.header_row else None
    if header_row is not None and header_row >= len(rows):
        raise sheet.error(f"the mapping's header_row {m.header_row} is past the last row")
    layout = m.layout
    if header_row is None:
        for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
            if layout != "long" and sum(header_period(c) is not None for c in row) >= 2:
                header_row, layout = i, "wide"
                break
            if layout != "wide" and any(_PERIOD_HEADER_RE.match(_text(c)) for c in row) \
                    and sum(c is not None for c in row) >= 2:
                header_row, layout = i, "long"
                break
    if header_row is None:
        raise sheet.error("no header row found (neither period columns such as 2019年 / "
                         "FY2023 nor a Year / 年 column in the first rows); give a mapping file (--mapping)")
    if layout is None:
        layout = "wide" if sum(header_period(c) is not None for c in rows[header_row]) >= 2 else "long"
    header = rows[header_row]
    title_rows = [" ".join(dict.fromkeys(_text(c) for c in r if c is not None)) for r in rows[:header_row]]
    title = next((t for t in title_rows
                  if t and not _UNIT_LABEL_RE.search(t) and not t.startswith(("注", "*"))), sheet.name or "")
    reading = SheetReading(layout, header_row, title, None)
    if layout == "wide":
        reading.period_cols = {c: p for c, cell in enumerate(header)
                               if (p := header_period(cell)) is not None}
        first = min(reading.period_cols)
        reading.label_cols = [c for c in range(first) if any(
            _text(r[c]) for r in rows[header_row + 1 :] if c < len(r))] or [0]
        if m.entity:
            reading.label_cols = [_column(sheet, header, m.entity, "entity")]
    else:
        names = [_text(c) for c in header]
        reading.period_col = (_column(sheet, header, m.period, "period") if m.period else
                              next((c for c, n in enumerate(names) if _PERIOD_HEADER_RE.match(n)), None))
        if reading.period_col is None:
            raise sheet.error("no period column (Year, 年 ...) in the header", header_row)
        reading.code_col = (_column(sheet, header, m.code, "code") if m.code else
                            next((c for c, n in enumerate(names) if _CODE_HEADER_RE.match(n)), None))
        reading.entity_col = (_column(sheet, header, m.entity, "entity") if m.entity else
                              next((c for c, n in enumerate(names) if _ENTITY_HEADER_RE.match(n)), None))
        taken = {reading.period_col, reading.code_col, reading.entity_col}
        if m.value:
            reading.value_cols = [_column(sheet, header, m.value, "value")]
        else:
            reading.value_cols = [c for c in range(len(header))
                                  if c not in taken and _numeric_column(rows, header_row, c)]
        if reading.entity_col is None:
            reading.entity_col = next((c for c in range(len(header)) if c not in taken
                                       and c not in reading.value_cols and names[c]), None)
        if not reading.value_cols:
            raise sheet.error("no column of numbers next to the period column", header_row)
    reading.unit = _sheet_unit(sheet, reading, title_rows, m)
    return reading


def _numeric_column(rows: list[list[Cell]], header_row: int, col: int) -> bool:
    seen = numbers = 0
    for row in rows[header_row + 1 : header_row + 200]:
        if col >= len(row) or row[col] is None:
            continue
        seen += 1
        try:
            read_value(row[col])
            numbers += 1
        except ValueError:
            pass
    return seen > 0 and numbers * 2 > seen


def _sheet_unit(sheet: Sheet, reading: SheetReading, title_rows: list[str],
                m: TableMapping) -> TableUnit | None:
    if m.unit:
        unit = unit_of_text(m.unit)
        if unit is None:
            raise sheet.error(f"the mapping's unit '{m.unit}' is not a unit shingi reads")
        return unit
    header = sheet.rows[reading.header_row]
    below = sheet.rows[reading.header_row + 1] if reading.header_row + 1 < len(sheet.rows) else []
    # a unit row under the header: unit words and no numbers
    if below and any(c is not None for c in below) and all(
            c is None or (unit_of_text(_text(c)) is not None) for c in below[1:]):
        reading.unit_row = reading.header_row + 1
        units = [unit_of_text(_text(c)) for c in below if c is not None]
        if units and units[-1] is not None:
            return units[-1]
    if reading.layout == "wide":
        for cell in header[: min(reading.period_cols)]:
            if cell is not None and (unit := unit_of_text(_text(cell))) is not None:
                return unit
    for text in title_rows:
        if text and (unit := unit_of_text(text)) is not None:
            return unit
    if sheet.name and (unit := unit_of_text(sheet.name)) is not None:
        return unit
    return None


# --- observations -----------------------------------------------------------------------------------


_TITLE_CLEAN_RE = re.compile(
    r"[（(][^（）()]*[)）]|単位\s*[:：]?\s*\S+|^\s*(?:表|Table)\s*\d+[-\d]*[.．:：]?")
# 「地域別」 ("by region") says how the table is cut, 「の推移」 ("over time") that it is a series:
# neither is part of what is measured
_JA_TABLE_WORDS_RE = re.compile(r"^\S{1,8}?別(?=\S)|の?推移$|の?状況$")


def metric_name_of(text: str) -> str:
    """A metric's name from a title or header: without its unit, periods and table number."""
    name = _TITLE_CLEAN_RE.sub(" ", unicodedata.normalize("NFKC", text))
    for match in reversed(find_periods(name)):
        name = name[: match.start] + " " + name[match.end :]
    name = re.sub(r"[~〜～\-–—]\s*$|^\s*[~〜～\-–—]", " ", " ".join(name.split())).strip(" ,.:;、。・-")
    return _JA_TABLE_WORDS_RE.sub("", name).strip(" ,.:;、。・-") or name


class _Names:
    """Entities and metrics of the table, matched to the pack's where they exist."""

    def __init__(self, ctx: ExtractContext, facts: DocFacts):
        self.ctx = ctx
        self.facts = facts
        self.by_name: dict[str, str] = {}
        self._entities: dict[tuple[str, str | None], str] = {}
        self._metrics: dict[tuple[str, TableUnit | None], str] = {}
        self.metric_by_name: dict[str, str] = {}
        if ctx.pack is not None:
            for e in ctx.pack.entities.values():
                for n in (e.id, *e.names):
                    self.by_name.setdefault(_fold(n), e.id)
            for mt in ctx.pack.metrics.values():
                for n in (mt.id, *mt.names):
                    self.metric_by_name.setdefault(_fold(n), mt.id)

    def entity(self, label: str, code: str | None = None) -> str:
        key = (label, code)
        found = self._entities.get(key)
        if found is None:
            found = self._entities[key] = self._entity(label, code)
        return found

    def _entity(self, label: str, code: str | None) -> str:
        for name in (label, code):
            if name and (found := self.by_name.get(_fold(name))):
                return found
        hits = self.ctx.find_entities(label)
        if len(hits) == 1:
            mention, known = hits[0]
            # the name must be most of the label: 北米 (North America) is not 米 (the US)
            length = mention.end - mention.start
            if length >= 2 and length * 3 >= 2 * len(label.strip()):
                if known is not None:
                    self.facts.entities.setdefault(known.id, known)
                return mention.id
        return self._new_entity(label)

    def _new_entity(self, label: str) -> str:
        name = label.strip()
        ent = self.ctx.new_entity(name, "other") or NewEntity(
            "e-" + short_hash(name.casefold(), length=8), "other", None, name)
        self.facts.entities.setdefault(ent.id, ent)
        self.by_name.setdefault(_fold(name), ent.id)
        return ent.id

    def pack_metric(self, name: str, unit: TableUnit | None) -> str | None:
        found = self.metric_by_name.get(_fold(name))
        if found is None and self.ctx.pack is not None and name:
            hits = self.ctx.find_metrics(name)
            if len(hits) == 1 and (hits[0].end - hits[0].start) * 2 >= len(name):
                found = hits[0].id
        if found is None:
            return None
        metric = self.ctx.metric(found)
        if metric is not None and unit is not None and not unit_fits(metric, unit.unit):
            return None
        return found

    def metric(self, name: str, unit: TableUnit | None) -> str:
        key = (name, unit)
        found = self._metrics.get(key)
        if found is None:
            found = self._metrics[key] = self._metric(name, unit)
        return found

    def _metric(self, name: str, unit: TableUnit | None) -> str:
        if (found := self.pack_metric(name, unit)) is not None:
            return found
        name = name or "value"
        cjk = any("\u3040" <= ch <= "\u9fff" for ch in name)
        slug = "" if cjk else re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40]
        code = unit.unit if unit else None
        ident = "m-" + (slug or short_hash(name.casefold(), code, length=8))
        existing = self.facts.metrics.get(ident)
        if existing is not None and existing.unit != code:
            ident = f"{ident}-{short_hash(code, length=4)}"
        if ident not in self.facts.metrics:
            kind = "growth" if unit is not None and unit.growth and code == "%" else metric_kind_for(code)
            self.facts.metrics[ident] = NewMetric(ident, name if cjk else None, None if cjk else name,
                                                  code, kind)
        return ident


def _fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


@dataclass(slots=True)
class TableFacts:
    """What one table file gave: its observations (as a document's facts), title and language."""

    facts: DocFacts
    title: str
    lang: str
    readings: list[tuple[Sheet, SheetReading]]
    encoding: str | None = None


def extract_table(path: Path, shown: str, ctx: ExtractContext, source_id: str,
                  mapping: TableMapping | None = None) -> TableFacts:
    """Draft observations from every sheet of a table file; raises :class:`TableError` for a bad one.

    With a mapping that names a ``sheet``, only that sheet is read. A sheet with no header is
    skipped when another sheet of the workbook has one (a notes sheet), and an error otherwise.
    """
    sheets = read_sheets(path)
    if mapping and mapping.sheet:
        sheets = [s for s in sheets if s.name == mapping.sheet]
        if not sheets:
            raise TableError(f"no sheet named '{mapping.sheet}' (from the mapping)")
    facts = DocFacts()
    names = _Names(ctx, facts)
    readings: list[tuple[Sheet, SheetReading]] = []
    first_error: TableError | None = None
    for sheet in sheets:
        if not any(any(c is not None for c in row) for row in sheet.rows):
            continue
        try:
            reading = read_layout(sheet, mapping)
        except TableError as exc:
            first_error = first_error or exc
            continue
        readings.append((sheet, reading))
        rows = list(_observations(sheet, reading, shown, source_id, names, mapping))
        facts.observations.extend(rows)
    if not readings:
        raise first_error or TableError("the table is empty")
    title = readings[0][1].title or Path(shown).name
    sample = title + "".join(o.place.quote for o in facts.observations[:50])
    cjk = sum("\u3040" <= ch <= "\u9fff" for ch in sample)
    lang = "ja" if cjk * 4 >= sum(ch.isascii() and ch.isalpha() for ch in sample) else "en"
    return TableFacts(facts, title, lang, readings, sheets[0].encoding if sheets else None)


def _observations(sheet: Sheet, reading: SheetReading, path: str, source_id: str, names: _Names,
                  mapping: TableMapping | None) -> Iterator[ObservationRow]:
    rows = sheet.rows
    header = rows[reading.header_row]
    start = (reading.unit_row if reading.unit_row is not None else reading.header_row) + 1
    table_metric_name = ((mapping.metric if mapping and mapping.metric else None)
                         or metric_name_of(reading.title) or Path(path).stem)
    table_entity: str | None = None
    if reading.layout == "wide":
        hits = names.ctx.find_entities(reading.title) if reading.title else []
        table_entity = hits[0][0].id if len(hits) == 1 else names.ctx.subject
    column_metrics: dict[int, tuple[str, TableUnit | None]] = {}
    for c in reading.value_cols:  # long tables: each value column is a metric named by its header
        head = _text(header[c]) if c < len(header) else ""
        unit = unit_of_text(head) or reading.unit
        name = (mapping.metric if mapping and mapping.metric else None) or metric_name_of(head) \
            or table_metric_name
        column_metrics[c] = (names.metric(name, unit), unit)
    for r in range(start, len(rows)):
        row = rows[r]
        if reading.layout == "wide":
            labels = [_text(row[c]) for c in reading.label_cols if c < len(row) and row[c] is not None]
            if not labels:
                continue
            label = labels[-1]
            values = [(c, p) for c, p in reading.period_cols.items() if c < len(row) and row[c] is not None]
            if not values:
                continue  # a note or section row
            row_metric = names.pack_metric(label, reading.unit) if table_entity else None
            for c, period in values:
                value = _value(sheet, r, c)
                if value is None:
                    continue
                if row_metric is not None and table_entity is not None:
                    entity, metric = table_entity, row_metric
                else:
                    entity, metric = names.entity(label), names.metric(table_metric_name, reading.unit)
                yield _row(sheet, path, source_id, r, c, entity, metric, period, value, reading.unit,
                           (label, _text(header[c])))
        else:
            assert reading.period_col is not None
            ecol, pcol = reading.entity_col, reading.period_col
            label = _text(row[ecol]) if ecol is not None and ecol < len(row) else ""
            ccol = reading.code_col
            code = _text(row[ccol]) if ccol is not None and ccol < len(row) else ""
            if pcol >= len(row) or row[pcol] is None or not (label or code):
                continue
            row_period = header_period(row[pcol])
            if row_period is None:
                raise sheet.error(f"'{_text(row[pcol])}' is not a period", r, pcol)
            for c, (metric, unit) in column_metrics.items():
                if c >= len(row) or row[c] is None:
                    continue
                value = _value(sheet, r, c)
                if value is None:
                    continue
                entity = names.entity(label or code, code or None)
                yield _row(sheet, path, source_id, r, c, entity, metric, row_period, value, unit,
                           (label or code, _text(row[pcol])))


def _value(sheet: Sheet, r: int, c: int) -> float | None:
    try:
        return read_value(sheet.rows[r][c])
    except ValueError as exc:
        raise sheet.error(str(exc), r, c) from None


def _row(sheet: Sheet, path: str, source_id: str, r: int, c: int, entity: str, metric: str, period: Period,
         value: float, unit: TableUnit | None, context: tuple[str, str]) -> ObservationRow:
    cell = sheet.rows[r][c]
    ref = f"{sheet.name + '!' if sheet.name else ''}{column_letter(c)}{r + 1}"
    quote = f"{ref}: {_text(cell)} | {context[0]} | {context[1]}"
    place = Place(path, sheet.number, r + 1, c, r + 1, c + 1, quote)
    scaled = unit.apply(value) if unit else value
    if not math.isfinite(scaled) or abs(scaled) >= MAX_VALUE:
        raise sheet.error(f"{_text(cell)} times the unit's scale is too large", r, c)
    quantity = Quantity(scaled, unit.unit if unit else None, False, _text(cell))
    return ObservationRow(id="ob-" + short_hash(path, sheet.number or 0, r, c), entity=entity, metric=metric,
                          period=period, period_from="text", value=quantity, comparator=None,
                          source=source_id, place=place)


__all__ = ["TABLE_SUFFIXES", "Sheet", "SheetReading", "TableError", "TableFacts", "TableMapping",
           "TableUnit", "extract_table", "header_period", "load_mapping", "read_layout", "read_sheets",
           "read_value", "unit_of_text"]
