"""Reading a pack's files: CSV rows and YAML documents, each with the line it came from."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from shingi.model import Problem


@dataclass(frozen=True, slots=True)
class Row:
    """One CSV record: its cells by column name and the line it starts on (header = line 1)."""

    line: int
    cells: dict[str, str]

    def get(self, column: str) -> str | None:
        value = self.cells.get(column)
        if value is None:
            return None
        value = value.strip()
        return value or None


def read_text(path: Path, problems: list[Problem]) -> str | None:
    """The file as text (UTF-8, BOM allowed); a problem and None when it is not UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(path.name, 0, "-", f"cannot read file: {exc.strerror or exc}"))
        return None
    if b"\x00" in data[:4096]:
        problems.append(Problem(path.name, 0, "-", "binary file: expected UTF-8 text"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(Problem(path.name, line, "-", "not UTF-8 text (save the file as UTF-8)"))
        return None


def read_csv(path: Path, required: tuple[str, ...], problems: list[Problem]) -> list[Row]:
    """Rows of a CSV file as dicts keyed by the (trimmed) header; problems for missing columns."""
    text = read_text(path, problems)
    if text is None:
        return []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[Row] = []
    try:
        header = next(reader, None)
        if header is None:
            problems.append(Problem(path.name, 1, "-", "empty file: expected a header row"))
            return []
        columns = [h.strip() for h in header]
        for col in required:
            if col not in columns:
                problems.append(Problem(path.name, 1, col, f"missing required column '{col}'"))
        seen: set[str] = set()
        for col in columns:
            if col and col in seen:
                problems.append(Problem(path.name, 1, col, f"column '{col}' appears twice"))
            seen.add(col)
        last_line = reader.line_num
        for record in reader:
            start = last_line + 1
            last_line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue  # blank lines are allowed
            if len(record) > len(columns):
                problems.append(
                    Problem(path.name, start, "-", f"{len(record)} fields but the header has {len(columns)}")
                )
            cells = {col: (record[i] if i < len(record) else "") for i, col in enumerate(columns) if col}
            rows.append(Row(start, cells))
    except csv.Error as exc:
        problems.append(Problem(path.name, reader.line_num, "-", f"malformed CSV: {exc}"))
    return rows


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that records the line of every mapping under the key ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path, problems: list[Problem]) -> Any:
    """The YAML document, with ``__line__`` in every mapping; None and a problem when unreadable."""
    text = read_text(path, problems)
    if text is None:
        return None
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problems.append(Problem(path.name, line, "-", f"invalid YAML: {problem}"))
        return None


def split_list(cell: str | None) -> tuple[str, ...]:
    """A `;`-separated cell as a tuple of trimmed, non-empty items."""
    if not cell:
        return ()
    return tuple(item.strip() for item in cell.split(";") if item.strip())
