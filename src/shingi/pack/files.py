"""Reading a pack's files: CSV rows and YAML documents, each with the line it came from.

Reading is bounded, so that no file a pack holds can take the machine: only regular files are
read (a folder, FIFO or device named like a pack file is a problem, never a hang), files have
a size limit, and YAML is checked before it is built: nesting depth, the number of aliases and
the size the document would have with every alias expanded (a "billion laughs" file is a
problem on its line, not 3 GB of memory).
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
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


#: Largest pack file read (CSV tables of a few hundred thousand rows fit).
MAX_FILE_BYTES = 512 * 1024 * 1024
#: Largest YAML file read (pack.yaml, claims.yaml and narrative.yaml are written by hand).
MAX_YAML_BYTES = 16 * 1024 * 1024
#: Deepest nesting of YAML collections.
MAX_YAML_DEPTH = 64
#: Most aliases (``*name``) in one YAML file.
MAX_YAML_ALIASES = 1_000
#: Most nodes a YAML document may have with every alias expanded.
MAX_YAML_NODES = 1_000_000
#: Most CSV syntax errors reported for one file (the reader goes on after each).
MAX_CSV_ERRORS = 100


def not_a_file(path: Path) -> str | None:
    """Why ``path``, which exists, cannot be read as a pack file (a folder, FIFO ...), or None."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}"
    if stat.S_ISREG(mode):
        return None
    what = "a folder" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode) else "not a regular file"
    return f"{path.name} is {what}, not a file"


def read_text(path: Path, problems: list[Problem], limit: int = MAX_FILE_BYTES) -> str | None:
    """The file as text (UTF-8, BOM allowed); a problem and None when it is not UTF-8."""
    why = not_a_file(path)
    if why:
        problems.append(Problem(path.name, 0, "-", why))
        return None
    try:
        size = os.stat(path).st_size
        if size > limit:
            problems.append(Problem(path.name, 0, "-", f"file too large: {size:,} bytes "
                                    f"(at most {limit:,})"))
            return None
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
    except csv.Error as exc:
        problems.append(Problem(path.name, reader.line_num, "-", f"malformed CSV: {exc}"))
        return rows
    last_line = reader.line_num
    errors = 0
    while True:
        # after a syntax error the reader goes on with the next record, so every later problem
        # of the file is reported too
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(path.name, reader.line_num, "-", f"malformed CSV: {exc}"))
            last_line = reader.line_num
            errors += 1
            if errors >= MAX_CSV_ERRORS:
                break
            continue
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
    return rows


class YamlInt(int):
    """An int read from a plain YAML scalar, keeping the text the writer wrote (``0123``)."""

    text: str


class YamlFloat(float):
    """A float read from a plain YAML scalar, keeping the text the writer wrote (``1.10``)."""

    text: str


def scalar_text(value: Any) -> str:
    """A scalar as the text the pack writer wrote: ``1.10`` stays "1.10" and ``0123`` "0123"
    (not "1.1" and "123"); bare ``true``/``false`` are "true"/"false"."""
    if isinstance(value, (YamlInt, YamlFloat)):
        return value.text
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# The YAML 1.2 core schema's plain scalars: only these are read as something else than text.
# YAML 1.1 (PyYAML's default) also reads yes/no/on/off/y/n as booleans (Norway's id NO as
# false), 0123 as octal, 1:30 as sexagesimal and 2024-01-05 as a date; in a pack they stay text.
_BOOL_RE = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_NULL_RE = re.compile(r"^(?:~|null|Null|NULL|)$")
_INT_RE = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT_RE = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader with the YAML 1.2 core schema (see above) that records the line of
    every mapping under the key ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


def _construct_bool(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    text = loader.construct_scalar(node)
    if not _BOOL_RE.match(text):  # an explicit !!bool on yes/no/on/off keeps YAML 1.1's reading
        return yaml.SafeLoader.construct_yaml_bool(loader, node)
    return text.lower() == "true"


def _construct_int(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    text = str(loader.construct_scalar(node))
    if text.startswith(("0o", "0x")):
        value = YamlInt(int(text[2:], 8 if text[1] == "o" else 16))
    else:
        try:
            value = YamlInt(int(text, 10))
        except ValueError:  # an explicit !!int on another form
            value = YamlInt(yaml.SafeLoader.construct_yaml_int(loader, node))
    value.text = text
    return value


def _construct_float(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    text = str(loader.construct_scalar(node))
    lowered = text.lower()
    if lowered.lstrip("+-") == ".inf":
        value = YamlFloat("-inf" if lowered.startswith("-") else "inf")
    elif lowered == ".nan":
        value = YamlFloat("nan")
    else:
        try:
            value = YamlFloat(text)
        except ValueError:  # an explicit !!float on another form
            value = YamlFloat(yaml.SafeLoader.construct_yaml_float(loader, node))
    value.text = text
    return value


_LineLoader.yaml_implicit_resolvers = {}  # none of YAML 1.1's: only the ones added below
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)
_LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_LineLoader.add_constructor("tag:yaml.org,2002:float", _construct_float)
_LineLoader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL_RE, list("tTfF"))
_LineLoader.add_implicit_resolver("tag:yaml.org,2002:null", _NULL_RE, ["~", "n", "N", ""])
_LineLoader.add_implicit_resolver("tag:yaml.org,2002:int", _INT_RE, list("-+0123456789"))
_LineLoader.add_implicit_resolver("tag:yaml.org,2002:float", _FLOAT_RE, list("-+.0123456789"))
_LineLoader.add_implicit_resolver("tag:yaml.org,2002:merge", re.compile(r"^(?:<<)$"), ["<"])


def _yaml_shape_problem(text: str) -> tuple[int, str] | None:
    """(line, message) when the YAML is nested too deep, has too many aliases or would expand
    too far; read from the parser's events, before any node is built."""
    stack: list[list[Any]] = []  # [anchor, expanded size] of each open collection
    sizes: dict[str, int] = {}
    aliases = 0
    top = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        line = event.start_mark.line + 1 if event.start_mark is not None else 0
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            stack.append([event.anchor, 1])
            if len(stack) > MAX_YAML_DEPTH:
                return line, f"nested deeper than {MAX_YAML_DEPTH} levels"
            continue
        size = 0
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            anchor, size = stack.pop()
            if anchor:
                sizes[anchor] = size
        elif isinstance(event, yaml.ScalarEvent):
            size = 1
            if event.anchor:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_YAML_ALIASES:
                return line, f"more than {MAX_YAML_ALIASES} aliases"
            size = sizes.get(event.anchor or "", 1)
        if stack:
            stack[-1][1] += size
            total = stack[-1][1]
        else:
            top += size
            total = top
        if total > MAX_YAML_NODES:
            return line, f"aliases expand to more than {MAX_YAML_NODES:,} values"
    return None


def read_yaml(path: Path, problems: list[Problem]) -> Any:
    """The YAML document, with ``__line__`` in every mapping; None and a problem when unreadable
    or when it is too large, too deep or expands too far (see the module's limits)."""
    text = read_text(path, problems, limit=MAX_YAML_BYTES)
    if text is None:
        return None
    try:
        shape = _yaml_shape_problem(text)
        if shape is not None:
            problems.append(Problem(path.name, shape[0], "-", f"YAML refused: {shape[1]}"))
            return None
        return yaml.load(text, Loader=_LineLoader)
    except RecursionError:
        problems.append(Problem(path.name, 0, "-", "YAML refused: nested too deeply"))
        return None
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
