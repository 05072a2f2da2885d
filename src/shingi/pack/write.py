"""Writing pack files to the contract: CSV tables, pack.yaml, cells for periods and quantities.

A general utility: ingest writes draft packs with it and merge rewrites packs with it, and
anything else that produces a pack can use it. Everything written here loads back with
:func:`shingi.pack.load.load_pack` unchanged.

- CSV: UTF-8 without a BOM, comma-separated, ``\\n`` line ends, RFC 4180 quoting; the
  contract's columns first, in the contract's order, then extra columns in the order first
  seen. Each file is written to a temporary name and renamed, so a reader never sees half a
  file.
- Changing an existing pack's files goes through :mod:`shingi.pack.transaction` (lock,
  stage, journal), which uses :class:`Table` to keep every row and column as written.
"""

from __future__ import annotations

import csv
import io
import math
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from shingi.model import JAPANESE_FISCAL_YEAR, LocalText, PackMeta, Period, Quantity
from shingi.pack.files import YamlFloat, YamlInt

#: The columns of each CSV file of the contract, in the contract's order.
CONTRACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "sources.csv": ("id", "title", "publisher", "url", "published", "kind", "lang"),
    "entities.csv": ("id", "kind", "name_ja", "name_en", "aliases", "country"),
    # 1.1 adds optional columns (entities: fiscal_year; metrics: pillar, definition, base): they
    # are written after these when a row has them
    "events.csv": ("id", "date", "pillar", "actors", "kind", "title_ja", "title_en", "amount", "unit",
                   "source", "significance", "note"),
    "metrics.csv": ("id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"),
    "observations.csv": ("id", "entity", "metric", "period", "value", "unit", "source", "note"),
}

Cell = str | int | float | None


def period_cell(period: Period) -> str:
    """A period as a cell: its canonical spelling (``2026-04``, ``FY2027``, ``2025-H2`` ...)."""
    return period.text


def number_cell(value: float) -> str:
    """A number without exponent or float noise: 1.6e12 -> ``1600000000000``, 0.1+0.2 -> ``0.3``."""
    if math.isnan(value) or math.isinf(value):
        raise ValueError(f"not a finite number: {value}")
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    text = f"{value:.12g}"
    if "e" in text:
        text = f"{value:.15f}".rstrip("0").rstrip(".")
    return text


def quantity_cell(quantity: Quantity) -> str:
    """A quantity's value as a cell (``~`` marks an approximate one); the unit goes in its own column."""
    return ("~" if quantity.approx else "") + number_cell(quantity.value)


def list_cell(items: Iterable[str]) -> str:
    """A list as a ``;``-separated cell."""
    return ";".join(i for i in items if i)


def categories_cell(categories: Iterable[tuple[str, LocalText]]) -> str:
    """A category metric's value names as its ``categories`` cell: ``soft_law=ソフトロー|soft law``."""
    return ";".join(f"{value}={names.ja or ''}|{names.en or ''}" for value, names in categories)


def _cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return number_cell(value)
    return str(value)


def columns_for(file_name: str, rows: Sequence[Mapping[str, Cell]],
                extra_first: Sequence[str] = ()) -> list[str]:
    """The header for a file: contract columns, then ``extra_first``, then other columns as first seen."""
    out = list(CONTRACT_COLUMNS.get(file_name, ()))
    for col in extra_first:
        if col not in out:
            out.append(col)
    for row in rows:
        for col in row:
            if col not in out:
                out.append(col)
    return out


def csv_text(rows: Sequence[Mapping[str, Cell]], columns: Sequence[str]) -> str:
    """Rows as CSV text with the given header."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell_text(row.get(c)) for c in columns])
    return buf.getvalue()


@contextmanager
def _atomic_file(path: Path) -> Iterator[io.TextIOWrapper]:
    """A file written under a temporary name in the same folder, renamed into place at the end."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); a pack file is as readable as any file the
        # user creates (0644 under the usual umask 022).
        os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    """The process' umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_text_atomic(path: Path, text: str) -> None:
    """Write a file under a temporary name in the same folder, then rename it into place."""
    with _atomic_file(path) as f:
        f.write(text)


def write_csv(path: Path, rows: Iterable[Mapping[str, Cell]], columns: Sequence[str] | None = None) -> int:
    """Write rows (dicts keyed by column) as a pack CSV file; returns the number of rows.

    With ``columns`` given, rows are streamed to the file one by one (a generator of rows
    never sits in memory whole); without, the header is worked out from all the rows.
    """
    if columns is None:
        rows = list(rows)
        columns = columns_for(path.name, rows)
    count = 0
    with _atomic_file(path) as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell_text(row.get(c)) for c in columns])
            count += 1
    return count


def local_text_dict(text: LocalText) -> dict[str, str]:
    """A text in two languages as YAML holds it: ``{ja: ..., en: ...}`` without the empty ones."""
    return {k: v for k, v in (("ja", text.ja), ("en", text.en)) if v}


def meta_to_dict(meta: PackMeta) -> dict[str, Any]:
    """A pack's metadata as the mapping pack.yaml holds."""
    out: dict[str, Any] = {"id": meta.id}
    out["title"] = local_text_dict(meta.title)
    if meta.subtitle:
        out["subtitle"] = local_text_dict(meta.subtitle)
    out["language"] = meta.language
    if meta.subject:
        out["subject"] = meta.subject
    if meta.frontier:
        out["frontier"] = list(meta.frontier)
    if meta.pillars:
        out["pillars"] = [
            {"id": p.id, "name": local_text_dict(p.name)}
            for p in meta.pillars
        ]
    if meta.headline:
        out["headline"] = meta.headline
    if meta.fx:
        out["fx"] = {cur: {int(y): float(r) for y, r in sorted(rates.items())}
                     for cur, rates in sorted(meta.fx.items())}
    if meta.fiscal_year != JAPANESE_FISCAL_YEAR or meta.fiscal_year.declared:
        fy = meta.fiscal_year
        out["fiscal_year"] = {"start_month": fy.start_month, "named_by": fy.named_by}
    return out


class _Dumper(yaml.SafeDumper):
    """The safe dumper, also writing the numbers read from a pack (which keep their text) as numbers."""


_Dumper.add_representer(YamlInt, lambda dumper, value: dumper.represent_int(int(value)))
_Dumper.add_representer(YamlFloat, lambda dumper, value: dumper.represent_float(float(value)))


def yaml_text(data: Any) -> str:
    """YAML as a person would write it: keys in the given order, Japanese kept as is."""
    return yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=None, width=100
    )


def write_yaml(path: Path, data: Any, header: str = "") -> None:
    """Write a YAML file (``header`` lines, e.g. comments, first)."""
    write_text_atomic(path, header + yaml_text(data))


# --- editing existing files ------------------------------------------------------------------


@dataclass(slots=True)
class Table:
    """A CSV file read with every column and cell as written, to add rows and columns and write back.

    Rows that are not touched come back with the same values (quoting may be normalised), and
    every column comes back, unknown ones included: a column whose header is empty (or repeats
    another's) is kept under an internal key and written back with its header as it was.
    """

    columns: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # key -> header text, where they differ

    @classmethod
    def read(cls, path: Path, file_name: str | None = None) -> Table:
        """The table in ``path``, or an empty table with the contract's header if there is no file."""
        if not path.is_file():
            return cls(list(CONTRACT_COLUMNS.get(file_name or path.name, ())))
        text = path.read_text("utf-8-sig")
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        header = next(reader, None) or []
        columns: list[str] = []
        headers: dict[str, str] = {}
        for i, raw in enumerate(header):
            name = raw.strip()
            key = name if name and name not in columns else f"\x00{i}"
            columns.append(key)
            if key != raw:
                headers[key] = raw
        rows = []
        for record in reader:
            if not any(c.strip() for c in record):
                continue
            rows.append({col: (record[i] if i < len(record) else "") for i, col in enumerate(columns)})
        table = cls(columns, rows, headers)
        for col in CONTRACT_COLUMNS.get(file_name or path.name, ()):
            table.ensure_column(col)
        return table

    def ensure_column(self, column: str) -> None:
        if column not in self.columns:
            self.columns.append(column)

    def append(self, row: Mapping[str, Cell]) -> None:
        """Add a row; columns it has that the table lacks are added at the end."""
        for col in row:
            self.ensure_column(col)
        self.rows.append({k: _cell_text(v) for k, v in row.items()})

    def ids(self) -> list[str]:
        return [r.get("id", "").strip() for r in self.rows]

    def write(self, path: Path) -> None:
        with _atomic_file(path) as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow([self.headers.get(c, c) for c in self.columns])
            for row in self.rows:
                writer.writerow([row.get(c, "") for c in self.columns])
