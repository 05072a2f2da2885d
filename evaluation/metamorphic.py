"""Metamorphic check of verdicts: rewrite packs in ways the contract allows and compare ratings.

Usage (from the repository root, ``PYTHONPATH=src``):

    python evaluation/metamorphic.py evaluation/realworld/dev/* evaluation/blind/round7/*
    python evaluation/metamorphic.py --only rename_ids,shuffle_rows PACK ...
    python evaluation/metamorphic.py --list PACK ...        # also list every changed rating

Each pack folder is rewritten by every transformation below into a temporary folder, loaded and
every claim diagnosed as ``shingi eval`` does (``evaluate_claims`` at each claim's ``said_on``);
the ratings are compared with the pack's own. The contract (``pack-format.md`` v1.1) makes the
first group meaningless to a verdict, so any rating they change is an engine bug:

- ``roundtrip``: the files read and written back (checks the rewriting itself).
- ``rename_ids``: every entity, metric, event, observation, source and pillar id replaced by an
  opaque one (``ke001``), with every reference (actors, country, source, pillar, pack.yaml's
  subject/frontier/pillars, a claim's ``speaker`` that is an entity id).
- ``shuffle_rows``: the rows of every CSV and the claims of claims.yaml in another order.
- ``shuffle_lists``: the items of every ``;`` list (aliases, actors, source) in another order.
- ``csv_syntax``: columns in another order, an unknown column, a BOM, every field quoted, CRLF
  line ends, ``a; b`` for the list ``a;b``.
- ``thousands``, ``trailing_zero``, ``plus_sign``, ``scale_en``, ``scale_ja``: a value or amount
  written ``6,315``, ``6315.0``, ``+6315``, ``1.6 trillion``, ``1.6兆`` (contract: Quantities);
  ``scale_expand``: ``1.6兆`` or ``67.22B`` written as the plain number.
- ``unit_explicit``: an observation's empty unit written as its metric's unit, and a unit equal
  to the metric's left empty.
- ``names_to_aliases``: an entity's or metric's name_en moved to its aliases when it has name_ja,
  and ``names_ja_to_aliases`` the other way round (aliases are "other names in any language");
  ``names_repeated``: every name also written among the aliases.
- ``speaker_as_name``: a claim's speaker given as an entity id written as the entity's name.
- ``language_flip``: pack.yaml's ``language`` (the default report language) the other one.
- ``defaults_explicit``: documented defaults written out: significance 2, a growth metric's
  ``base: previous_period``, a rank's ``higher_is_better: false``, pack.yaml's fiscal_year
  ``{start_month: 4, named_by: start}``; ``defaults_implicit`` removes them where written.

The second group drops an optional 1.1 field (metric ``kind``, ``higher_is_better``, ``pillar``,
``definition``, ``base``; a claim's ``speaker``): these may change a rating, and are reported so
that a wrong default can be found.
"""

from __future__ import annotations

import argparse
import copy
import csv
import io
import random
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

CSV_FILES = ("sources.csv", "entities.csv", "events.csv", "metrics.csv", "observations.csv")
YAML_FILES = ("pack.yaml", "claims.yaml", "narrative.yaml")


# --- a pack as editable files --------------------------------------------------------------


@dataclass
class Table:
    header: list[str]
    rows: list[dict[str, str]]

    def col(self, name: str) -> bool:
        return name in self.header


@dataclass
class PackFiles:
    """A pack folder's files: CSVs as header + rows, YAML files as documents (None when absent)."""

    tables: dict[str, Table] = field(default_factory=dict)
    docs: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)
    dirty: set[str] = field(default_factory=set)
    #: how CSVs are written: column order (None = as read), quoting, BOM, an extra column
    csv_style: dict[str, Any] = field(default_factory=dict)
    #: claim id in the rewritten pack -> claim id in the original
    claim_ids: dict[str, str] = field(default_factory=dict)


def _plain(value: Any) -> Any:
    """A document read by shingi's loader without its ``__line__`` keys."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def read_pack(folder: Path) -> PackFiles:
    from shingi.pack.files import read_yaml

    files = PackFiles()
    for name in CSV_FILES:
        path = folder / name
        if not path.is_file():
            continue
        text = path.read_text("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        header = [h.strip() for h in rows[0]] if rows else []
        table = Table(header, [])
        for record in rows[1:]:
            if not any(c.strip() for c in record):
                continue
            table.rows.append({h: (record[i] if i < len(record) else "") for i, h in enumerate(header)})
        files.tables[name] = table
    for name in YAML_FILES:
        path = folder / name
        if path.is_file():
            files.raw[name] = path.read_text("utf-8-sig")
            files.docs[name] = _plain(read_yaml(path, []))
    for claim in _claims(files):
        files.claim_ids[str(claim.get("id"))] = str(claim.get("id"))
    return files


class _Dumper(yaml.SafeDumper):
    pass


def _represent_text_number(dumper: yaml.SafeDumper, value: Any) -> Any:
    tag = "tag:yaml.org,2002:int" if isinstance(value, int) else "tag:yaml.org,2002:float"
    return dumper.represent_scalar(tag, value.text)


def _setup_dumper() -> None:
    from shingi.pack.files import YamlFloat, YamlInt

    _Dumper.add_representer(YamlInt, _represent_text_number)
    _Dumper.add_representer(YamlFloat, _represent_text_number)


def write_pack(files: PackFiles, folder: Path) -> None:
    style = files.csv_style
    for name, table in files.tables.items():
        header = list(style.get("order", {}).get(name, table.header))
        extra = style.get("extra_column")
        if extra:
            header.append(extra)
        out = io.StringIO()
        quoting = csv.QUOTE_ALL if style.get("quote_all") else csv.QUOTE_MINIMAL
        writer = csv.writer(out, lineterminator=style.get("newline", "\n"), quoting=quoting)
        writer.writerow(header)
        for row in table.rows:
            writer.writerow([row.get(h, "") if h != extra else "ignored; text" for h in header])
        prefix = "\ufeff" if style.get("bom") else ""
        (folder / name).write_text(prefix + out.getvalue(), "utf-8")
    for name, text in files.raw.items():
        if name in files.dirty or style.get("dump_yaml"):
            text = yaml.dump(files.docs[name], Dumper=_Dumper, allow_unicode=True, sort_keys=False)
        (folder / name).write_text(text, "utf-8")


def _claims(files: PackFiles) -> list[dict[str, Any]]:
    doc = files.docs.get("claims.yaml")
    if isinstance(doc, dict) and isinstance(doc.get("claims"), list):
        doc = doc["claims"]
    return [c for c in doc if isinstance(c, dict)] if isinstance(doc, list) else []


def _split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(";") if item.strip()]


def _metric_rows(files: PackFiles) -> dict[str, dict[str, str]]:
    table = files.tables.get("metrics.csv")
    return {r.get("id", "").strip(): r for r in table.rows} if table else {}


# --- transformations that must leave every rating unchanged ---------------------------------


def t_roundtrip(files: PackFiles, rng: random.Random) -> None:
    files.csv_style["dump_yaml"] = True


def t_rename_ids(files: PackFiles, rng: random.Random) -> None:
    maps: dict[str, dict[str, str]] = {}
    for name, letter in (("entities.csv", "e"), ("metrics.csv", "m"), ("events.csv", "v"),
                         ("observations.csv", "o"), ("sources.csv", "s")):
        table = files.tables.get(name)
        if table is None:
            continue
        ids = [r.get("id", "").strip() for r in table.rows]
        numbers = list(range(1, len(ids) + 1))
        rng.shuffle(numbers)
        maps[name] = {old: f"k{letter}{n:03d}" for old, n in zip(ids, numbers, strict=True) if old}
        for r in table.rows:
            r["id"] = maps[name].get(r.get("id", "").strip(), r.get("id", ""))
    meta = files.docs.get("pack.yaml")
    pillars: dict[str, str] = {}
    if isinstance(meta, dict) and isinstance(meta.get("pillars"), list):
        for i, p in enumerate(meta["pillars"], 1):
            if isinstance(p, dict) and p.get("id") is not None:
                pillars[str(p["id"])] = f"kp{i:02d}"
                p["id"] = pillars[str(p["id"])]
    entities, metrics = maps.get("entities.csv", {}), maps.get("metrics.csv", {})
    sources = maps.get("sources.csv", {})

    def one(cell: str, table: dict[str, str]) -> str:
        return table.get(cell.strip(), cell) if cell.strip() else cell

    def many(cell: str, table: dict[str, str]) -> str:
        return ";".join(table.get(item, item) for item in _split(cell)) if cell.strip() else cell

    # file -> (column, the ids it refers to, whether the cell is a ; list)
    references = {
        "entities.csv": (("country", entities, False),),
        "metrics.csv": (("pillar", pillars, False),),
        "events.csv": (("actors", entities, True), ("source", sources, True), ("pillar", pillars, False)),
        "observations.csv": (("entity", entities, False), ("metric", metrics, False),
                             ("source", sources, True)),
    }
    for name, columns in references.items():
        for r in files.tables.get(name, Table([], [])).rows:
            for col, table, listed in columns:
                if col in r:
                    r[col] = many(r[col], table) if listed else one(r[col], table)
    if isinstance(meta, dict):
        if meta.get("subject") is not None:
            meta["subject"] = entities.get(str(meta["subject"]), meta["subject"])
        frontier = meta.get("frontier")
        if isinstance(frontier, list):
            meta["frontier"] = [entities.get(str(f), f) for f in frontier]
        elif frontier is not None:
            meta["frontier"] = entities.get(str(frontier), frontier)
        files.dirty.add("pack.yaml")
    for claim in _claims(files):
        speaker = claim.get("speaker")
        if speaker is not None and str(speaker) in entities:
            claim["speaker"] = entities[str(speaker)]
            files.dirty.add("claims.yaml")
    narrative = files.docs.get("narrative.yaml")
    items = narrative if isinstance(narrative, list) else [
        v for key in ("tables", "texts", "text", "blocks", "sections", "items")
        for v in ((narrative or {}).get(key) or [] if isinstance(narrative, dict) else [])]
    for item in items:
        if isinstance(item, dict) and item.get("source") is not None:
            src = item["source"]
            item["source"] = ([sources.get(str(s), s) for s in src] if isinstance(src, list)
                              else many(str(src), sources))
            files.dirty.add("narrative.yaml")


def t_shuffle_rows(files: PackFiles, rng: random.Random) -> None:
    for table in files.tables.values():
        rng.shuffle(table.rows)
    doc = files.docs.get("claims.yaml")
    claims = doc["claims"] if isinstance(doc, dict) and isinstance(doc.get("claims"), list) else doc
    if isinstance(claims, list):
        rng.shuffle(claims)
        files.dirty.add("claims.yaml")


def t_shuffle_lists(files: PackFiles, rng: random.Random) -> None:
    for name, cols in (("entities.csv", ("aliases",)), ("metrics.csv", ("aliases",)),
                       ("events.csv", ("actors", "source")), ("observations.csv", ("source",))):
        for r in files.tables.get(name, Table([], [])).rows:
            for col in cols:
                items = _split(r.get(col, ""))
                if len(items) > 1:
                    rng.shuffle(items)
                    r[col] = ";".join(items)


def t_csv_syntax(files: PackFiles, rng: random.Random) -> None:
    order = {}
    for name, table in files.tables.items():
        header = list(table.header)
        rng.shuffle(header)
        order[name] = header
    files.csv_style.update(order=order, quote_all=True, bom=True, extra_column="zz_unknown_note",
                           newline="\r\n")
    for table in files.tables.values():  # "a; b" is the list "a;b"
        for r in table.rows:
            for col in ("aliases", "actors", "source"):
                if ";" in r.get(col, ""):
                    r[col] = "; ".join(_split(r[col]))


_PLAIN_NUMBER = re.compile(r"^([+-]?)(\d+)(?:\.(\d+))?$")


def _value_cells(files: PackFiles, unscaled_only: bool = False, plain: bool = True
                 ) -> list[tuple[dict[str, str], str]]:
    """(row, column) of every plain number in a value or amount cell (not ranks or categories;
    ``plain=False``: every other value); with ``unscaled_only``, only those whose unit has no
    scale of its own (not 億円)."""
    from shingi.normalize.quantities import split_unit

    metrics = _metric_rows(files)
    out = []
    for r in files.tables.get("observations.csv", Table([], [])).rows:
        metric = metrics.get(r.get("metric", "").strip(), {})
        if (metric.get("kind") or "").strip() in ("rank", "category"):
            continue
        unit = (r.get("unit") or "").strip() or (metric.get("unit") or "").strip()
        if unscaled_only and unit and split_unit(unit)[0] != 1:
            continue
        if r.get("value", "").strip() and bool(_PLAIN_NUMBER.match(r["value"].strip())) == plain:
            out.append((r, "value"))
    for r in files.tables.get("events.csv", Table([], [])).rows:
        unit = (r.get("unit") or "").strip()
        if unscaled_only and unit and split_unit(unit)[0] != 1:
            continue
        if r.get("amount", "").strip() and bool(_PLAIN_NUMBER.match(r["amount"].strip())) == plain:
            out.append((r, "amount"))
    return out


def t_thousands(files: PackFiles, rng: random.Random) -> None:
    for r, col in _value_cells(files):
        m = _PLAIN_NUMBER.match(r[col].strip())
        assert m
        if len(m[2]) > 3:
            r[col] = f"{m[1]}{int(m[2]):,}" + (f".{m[3]}" if m[3] else "")


def t_trailing_zero(files: PackFiles, rng: random.Random) -> None:
    for r, col in _value_cells(files):
        m = _PLAIN_NUMBER.match(r[col].strip())
        assert m
        r[col] = r[col].strip() + ("0" if m[3] else ".0")


def t_plus_sign(files: PackFiles, rng: random.Random) -> None:
    for r, col in _value_cells(files):
        if not r[col].strip().startswith(("+", "-")):
            r[col] = "+" + r[col].strip()


def _scaled(text: str, scales: tuple[tuple[Decimal, str], ...]) -> str | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    for scale, word in scales:
        if abs(value) >= scale:
            short = (value / scale).normalize()
            exponent = short.as_tuple().exponent
            if short * scale == value and isinstance(exponent, int) and -exponent <= 4:
                return f"{short:f}{word}"
    return None


_EN_SCALES = ((Decimal(10) ** 12, " trillion"), (Decimal(10) ** 9, " billion"),
              (Decimal(10) ** 6, " million"), (Decimal(10) ** 3, " thousand"))
_JA_SCALES = ((Decimal(10) ** 12, "兆"), (Decimal(10) ** 8, "億"), (Decimal(10) ** 4, "万"))


def _scale_words(scales: tuple[tuple[Decimal, str], ...]) -> Callable[[PackFiles, random.Random], None]:
    def rewrite(files: PackFiles, rng: random.Random) -> None:
        for r, col in _value_cells(files, unscaled_only=True):
            if (new := _scaled(r[col].strip(), scales)) is not None:
                r[col] = new

    return rewrite


t_scale_en = _scale_words(_EN_SCALES)
t_scale_ja = _scale_words(_JA_SCALES)


def t_scale_expand(files: PackFiles, rng: random.Random) -> None:
    """A value written with a scale word (``1.6兆``, ``67.22 bn``) written as the plain number."""
    from shingi.normalize.quantities import parse_quantity

    for r, col in _value_cells(files, unscaled_only=True, plain=False):
        text = r[col].strip()
        try:
            q = parse_quantity(text)
        except ValueError:
            continue
        if q.approx or q.unit or not re.search(r"[^\d.,+\-\s]", text):
            continue  # an approximate mark or a unit in the cell stays as written
        exact = Decimal(repr(q.value))
        if exact == exact.to_integral_value():
            exact = exact.to_integral_value()
        r[col] = f"{exact.normalize():f}"


def t_unit_explicit(files: PackFiles, rng: random.Random) -> None:
    metrics = _metric_rows(files)
    table = files.tables.get("observations.csv")
    if table is None:
        return
    if "unit" not in table.header:
        table.header.append("unit")
    for r in table.rows:
        metric = metrics.get(r.get("metric", "").strip(), {})
        if (metric.get("kind") or "").strip() in ("rank", "category"):
            continue
        munit = (metric.get("unit") or "").strip()
        unit = (r.get("unit") or "").strip()
        if not munit:
            continue
        if not unit:
            r["unit"] = munit
        elif unit == munit:
            r["unit"] = ""


def _move_names(files: PackFiles, move: str, keep: str) -> None:
    for name in ("entities.csv", "metrics.csv"):
        table = files.tables.get(name)
        if table is None:
            continue
        if "aliases" not in table.header:
            table.header.append("aliases")
        for r in table.rows:
            moved, kept = (r.get(move) or "").strip(), (r.get(keep) or "").strip()
            if moved and kept:
                r["aliases"] = ";".join([*_split(r.get("aliases") or ""), moved])
                r[move] = ""


def t_names_to_aliases(files: PackFiles, rng: random.Random) -> None:
    _move_names(files, "name_en", "name_ja")


def t_names_ja_to_aliases(files: PackFiles, rng: random.Random) -> None:
    _move_names(files, "name_ja", "name_en")


def t_names_repeated(files: PackFiles, rng: random.Random) -> None:
    """Each name also written among the aliases (a repeat says nothing new)."""
    for name in ("entities.csv", "metrics.csv"):
        table = files.tables.get(name)
        if table is None:
            continue
        _ensure(table, "aliases")
        for r in table.rows:
            names = [(r.get(c) or "").strip() for c in ("name_ja", "name_en")]
            r["aliases"] = ";".join([*_split(r.get("aliases") or ""), *(n for n in names if n)])


def t_speaker_as_name(files: PackFiles, rng: random.Random) -> None:
    """A claim's speaker given as an entity id written as that entity's name (contract: "an
    entity id or free text")."""
    entities = {r.get("id", "").strip(): r for r in files.tables.get("entities.csv", Table([], [])).rows}
    for claim in _claims(files):
        row = entities.get(str(claim.get("speaker")))
        name = row and ((row.get("name_en") or "").strip() or (row.get("name_ja") or "").strip())
        if name:
            claim["speaker"] = name
            files.dirty.add("claims.yaml")


def t_language_flip(files: PackFiles, rng: random.Random) -> None:
    """pack.yaml's ``language`` (the default report language) the other one."""
    meta = files.docs.get("pack.yaml")
    if isinstance(meta, dict):
        meta["language"] = "en" if meta.get("language", "ja") == "ja" else "ja"
        files.dirty.add("pack.yaml")


def t_drop_speaker(files: PackFiles, rng: random.Random) -> None:
    for claim in _claims(files):
        if claim.pop("speaker", None) is not None:
            files.dirty.add("claims.yaml")


def _ensure(table: Table, col: str) -> None:
    if col not in table.header:
        table.header.append(col)


def t_defaults_explicit(files: PackFiles, rng: random.Random) -> None:
    events = files.tables.get("events.csv")
    if events is not None:
        _ensure(events, "significance")
        for r in events.rows:
            if not (r.get("significance") or "").strip():
                r["significance"] = "2"
    metrics = files.tables.get("metrics.csv")
    if metrics is not None:
        for r in metrics.rows:
            kind = (r.get("kind") or "").strip()
            if kind == "growth" and not (r.get("base") or "").strip():
                _ensure(metrics, "base")
                r["base"] = "previous_period"
            if kind == "rank" and not (r.get("higher_is_better") or "").strip():
                _ensure(metrics, "higher_is_better")
                r["higher_is_better"] = "false"
    meta = files.docs.get("pack.yaml")
    if isinstance(meta, dict) and "fiscal_year" not in meta:
        meta["fiscal_year"] = {"start_month": 4, "named_by": "start"}
        files.dirty.add("pack.yaml")


def t_defaults_implicit(files: PackFiles, rng: random.Random) -> None:
    for r in files.tables.get("events.csv", Table([], [])).rows:
        if (r.get("significance") or "").strip() == "2":
            r["significance"] = ""
    for r in files.tables.get("metrics.csv", Table([], [])).rows:
        kind = (r.get("kind") or "").strip()
        if kind == "growth" and (r.get("base") or "").strip().lower().replace("-", "_") in (
                "previous_period", "previous"):
            r["base"] = ""
        if kind == "rank":
            r["higher_is_better"] = ""
    meta = files.docs.get("pack.yaml")
    if isinstance(meta, dict) and isinstance(meta.get("fiscal_year"), dict):
        fy = meta["fiscal_year"]
        if int(str(fy.get("start_month", 4))) == 4 and str(fy.get("named_by", "start")).strip() == "start":
            del meta["fiscal_year"]
            files.dirty.add("pack.yaml")


# --- optional 1.1 fields dropped (may change a rating) ---------------------------------------


def _drop_metric_column(col: str) -> Callable[[PackFiles, random.Random], None]:
    def drop(files: PackFiles, rng: random.Random) -> None:
        for r in files.tables.get("metrics.csv", Table([], [])).rows:
            if col in r and not (col == "kind" and r[col].strip() == "category"):
                r[col] = ""  # a category metric's values are not quantities: its kind stays
                if col == "kind" and "base" in r:
                    r["base"] = ""  # a base is for growth metrics only

    drop.__name__ = f"t_drop_{col}"
    return drop


INVARIANT: dict[str, Callable[[PackFiles, random.Random], None]] = {
    "roundtrip": t_roundtrip,
    "rename_ids": t_rename_ids,
    "shuffle_rows": t_shuffle_rows,
    "shuffle_lists": t_shuffle_lists,
    "csv_syntax": t_csv_syntax,
    "thousands": t_thousands,
    "trailing_zero": t_trailing_zero,
    "plus_sign": t_plus_sign,
    "scale_en": t_scale_en,
    "scale_ja": t_scale_ja,
    "scale_expand": t_scale_expand,
    "unit_explicit": t_unit_explicit,
    "names_to_aliases": t_names_to_aliases,
    "names_ja_to_aliases": t_names_ja_to_aliases,
    "names_repeated": t_names_repeated,
    "speaker_as_name": t_speaker_as_name,
    "language_flip": t_language_flip,
    "defaults_explicit": t_defaults_explicit,
    "defaults_implicit": t_defaults_implicit,
}
OPTIONAL: dict[str, Callable[[PackFiles, random.Random], None]] = {
    **{f"drop_{col}": _drop_metric_column(col)
       for col in ("kind", "higher_is_better", "pillar", "definition", "base")},
    "drop_speaker": t_drop_speaker,
}


# --- running ----------------------------------------------------------------------------------


def ratings(folder: Path) -> dict[str, str]:
    """Claim id -> rating, as ``shingi eval`` gives them."""
    from shingi.evaluation import evaluate_claims
    from shingi.pack.load import load_pack

    pack = load_pack(folder)
    return {r.id: r.rating for r in evaluate_claims(pack, list(pack.claims.values())).results}


@dataclass
class Change:
    transformation: str
    pack: str
    claim: str
    before: str
    after: str


def check_pack(folder: Path, names: list[str], seed: int = 8) -> tuple[list[Change], dict[str, str]]:
    """The changed ratings of one pack under each named transformation, and the transformations
    whose rewritten pack failed to load (name -> error)."""
    from shingi.model import ShingiError

    _setup_dumper()
    base = ratings(folder)
    original = read_pack(folder)
    changes: list[Change] = []
    errors: dict[str, str] = {}
    table = {**INVARIANT, **OPTIONAL}
    for name in names:
        files = copy.deepcopy(original)
        table[name](files, random.Random(f"{seed}:{name}:{folder.name}"))
        with tempfile.TemporaryDirectory(prefix="shingi-meta-") as tmp:
            write_pack(files, Path(tmp))
            try:
                after = ratings(Path(tmp))
            except ShingiError as exc:
                errors[name] = " ".join(str(exc).split())[:300]
                continue
        for cid, rating in base.items():
            if after.get(cid) != rating:
                changes.append(Change(name, folder.name, cid, rating, after.get(cid, "(missing)")))
    return changes, errors


def _work(args: tuple[str, list[str], int]) -> tuple[str, list[Change], dict[str, str]]:
    folder, names, seed = args
    changes, errors = check_pack(Path(folder), names, seed)
    return folder, changes, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packs", nargs="+", type=Path, help="pack folders (each holding pack.yaml)")
    parser.add_argument("--only", help="comma-separated transformations (default: all)")
    parser.add_argument("--list", action="store_true", help="list every changed rating")
    parser.add_argument("--seed", type=int, default=8, help="seed of the shuffles and new ids")
    parser.add_argument("--jobs", type=int, default=1, help="packs checked in parallel")
    args = parser.parse_args(argv)
    names = list(INVARIANT) + list(OPTIONAL)
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in names if n not in INVARIANT and n not in OPTIONAL]
        if unknown:
            parser.error(f"unknown transformation(s) {', '.join(unknown)} (known: {', '.join(INVARIANT)}, "
                         f"{', '.join(OPTIONAL)})")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from score import held_out

    folders = []
    for p in args.packs:
        why = held_out(p)
        if why:
            parser.error(f"{p}: {why}; name the development packs to run on")
        if (p / "pack.yaml").is_file():
            folders.append(p)
        elif p.is_dir():
            print(f"{p}: no pack.yaml, skipped", file=sys.stderr)
    work = [(str(f), names, args.seed) for f in folders]
    if args.jobs > 1:
        from multiprocessing import Pool

        with Pool(args.jobs) as pool:
            results = pool.map(_work, work, chunksize=1)
    else:
        results = [_work(w) for w in work]
    changes = [c for _, cs, _ in results for c in cs]
    print(f"{len(folders)} packs, transformations: {len(names)}")
    print(f"{'transformation':<22}{'must hold':>10}{'changed':>9}{'packs':>7}{'errors':>8}")
    for name in names:
        mine = [c for c in changes if c.transformation == name]
        errs = sum(name in e for _, _, e in results)
        print(f"{name:<22}{'yes' if name in INVARIANT else 'no':>10}{len(mine):>9}"
              f"{len({c.pack for c in mine}):>7}{errs:>8}")
    for folder, _, errs in results:
        for name, why in errs.items():
            print(f"error: {name} {Path(folder).name}: {why}")
    if args.list:
        for c in changes:
            print(f"{c.transformation}\t{c.pack}\t{c.claim}\t{c.before} -> {c.after}")
    return 1 if any(c.transformation in INVARIANT for c in changes) else 0


if __name__ == "__main__":
    raise SystemExit(main())
