"""Loading a pack folder into a :class:`~shingi.model.Pack`, checking every rule of the contract.

``check_pack`` collects every problem at once (errors and warnings); ``load_pack`` returns the
pack only when there is no error, so nothing is ever half-loaded.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from shingi.model import (
    ENTITY_KINDS,
    JAPANESE_FISCAL_YEAR,
    LANGS,
    METRIC_KINDS,
    PREVIOUS_PERIOD,
    SOURCE_KINDS,
    Claim,
    Entity,
    Event,
    FiscalYear,
    LocalText,
    Metric,
    NarrativeTable,
    NarrativeText,
    Observation,
    Pack,
    PackError,
    PackMeta,
    Period,
    Pillar,
    Problem,
    Quantity,
    Source,
)
from shingi.normalize.limits import check_period, check_value, check_year
from shingi.normalize.periods import parse_fiscal_year, parse_period
from shingi.normalize.quantities import (
    normalize_unit,
    parse_quantity,
    parse_rank,
    rate_unit_problem,
    split_unit,
)
from shingi.pack.claims import read_claims
from shingi.pack.duplicates import find_duplicate_events, find_duplicate_observations
from shingi.pack.files import Row, read_csv, read_yaml, scalar_text, split_list

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:\-]*$")
PACK_ID_RE = re.compile(r"^[a-z0-9-]+$")
_JAPANESE_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
BUNDLED_DIR = Path(__file__).resolve().parent.parent / "packs"

PACK_FILES = (
    "pack.yaml",
    "sources.csv",
    "entities.csv",
    "events.csv",
    "metrics.csv",
    "observations.csv",
    "claims.yaml",
    "narrative.yaml",
)


def bundled_packs() -> list[str]:
    """Ids of the packs shipped with shingi."""
    if not BUNDLED_DIR.is_dir():
        return []
    return sorted(p.name for p in BUNDLED_DIR.iterdir() if (p / "pack.yaml").is_file())


def resolve_pack(ref: str | Path) -> Path:
    """A pack folder from a path or the id of a bundled pack."""
    path = Path(ref)
    if path.is_dir():
        return path
    bundled = BUNDLED_DIR / str(ref)
    if PACK_ID_RE.match(str(ref)) and (bundled / "pack.yaml").is_file():
        return bundled
    if path.exists():
        raise PackError([Problem(str(ref), 0, "-", "not a folder: a pack is a folder holding pack.yaml")])
    known = ", ".join(bundled_packs()) or "none"
    raise PackError(
        [Problem(str(ref), 0, "-",
                 f"no such pack folder or bundled pack id (bundled: {known}; see `shingi packs`)")]
    )


def load_pack(ref: str | Path) -> Pack:
    """Load and validate a pack; raise :class:`PackError` listing every problem if it has errors."""
    pack, problems = check_pack(ref)
    if pack is None or any(p.severity == "error" for p in problems):
        raise PackError(problems)
    return pack


def check_pack(ref: str | Path) -> tuple[Pack | None, list[Problem]]:
    """Load a pack and return it with every problem found (errors and warnings)."""
    folder = resolve_pack(ref)
    loader = _Loader(folder)
    try:
        pack = loader.load()
    except Exception as exc:  # validate never raises: a bug here is still one line, not a traceback
        loader.error("-", 0, "-", f"cannot check this pack (internal error {type(exc).__name__}: {exc}); "
                     "please report it")
        pack = None
    problems = sorted(
        loader.problems,
        key=lambda p: (PACK_FILES.index(p.file) if p.file in PACK_FILES else 99, p.row, p.column),
    )
    return pack, problems


class _Loader:
    """One pass over a pack folder: parse every file, then check cross-references."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.problems: list[Problem] = []
        self.meta_lines: dict[str, int] = {}
        self.metric_unit_text: dict[str, str] = {}
        #: the pack's fiscal-year convention, once pack.yaml is read
        self.fiscal_year: FiscalYear = JAPANESE_FISCAL_YEAR

    # --- helpers -------------------------------------------------------------------

    def error(self, file: str, row: int, column: str, message: str) -> None:
        self.problems.append(Problem(file, row, column, message))

    def warn(self, file: str, row: int, column: str, message: str) -> None:
        self.problems.append(Problem(file, row, column, message, "warning"))

    def required(self, file: str, row: Row, column: str) -> str | None:
        value = row.get(column)
        if value is None:
            self.error(file, row.line, column, f"'{column}' is required")
        return value

    def ident(self, file: str, row: Row, seen: dict[str, int]) -> str | None:
        value = self.required(file, row, "id")
        if value is None:
            return None
        if not ID_RE.match(value):
            self.error(file, row.line, "id", f"'{value}' is not a valid id (letters, digits, - _ . :)")
            return None
        if value in seen:
            self.error(file, row.line, "id", f"duplicate id '{value}' (first on line {seen[value]})")
            return None
        seen[value] = row.line
        return value

    def period(
        self, file: str, line: int, column: str, text: str | None, fiscal_year: FiscalYear | None = None
    ) -> Period | None:
        """A period cell; ``FYYYYY`` in it follows ``fiscal_year`` (the row's entity's), else the pack's."""
        if text is None:
            return None
        try:
            period = parse_period(text, fiscal_year or self.fiscal_year)
        except ValueError as exc:
            self.error(file, line, column, str(exc))
            return None
        out_of_range = check_period(period)
        if out_of_range:
            self.error(file, line, column, f"'{text}': {out_of_range}")
            return None
        return period

    def quantity(
        self, file: str, line: int, column: str, text: str | None, unit: str | None = None
    ) -> Quantity | None:
        """A quantity cell read with its row's unit column (a scaled unit like 億円 applies its scale)."""
        if text is None:
            return None
        try:
            quantity = parse_quantity(text, unit=unit)
        except ValueError as exc:
            self.error(file, line, column, str(exc))
            return None
        out_of_range = check_value(quantity.value)
        if out_of_range:
            self.error(file, line, column, f"'{text}': {out_of_range}")
            return None
        return quantity

    def unit_cell(self, file: str, row: Row, column: str = "unit") -> str | None:
        """A unit cell, checked: a ``/`` in it must make a rate ``UNIT/UNIT`` (JPY/USD)."""
        text = row.get(column)
        if text is not None and (why := rate_unit_problem(text)):
            self.error(file, row.line, column, why)
            return None
        return text

    def csv(self, name: str, required: tuple[str, ...], optional_file: bool = True) -> list[Row]:
        path = self.folder / name
        if not path.exists():  # a folder or FIFO of that name is read_csv's problem to report
            if not optional_file:
                self.error(name, 0, "-", f"missing required file {name}")
            return []
        return read_csv(path, required, self.problems)

    # --- the pass ------------------------------------------------------------------

    def load(self) -> Pack | None:
        meta = self.load_meta()
        sources = self.load_sources()
        entities = self.load_entities()
        pillar_ids = {p.id for p in meta.pillars} if meta else set()
        metrics = self.load_metrics(pillar_ids)
        events = self.load_events(pillar_ids, entities, sources, meta)
        observations = self.load_observations(entities, metrics, sources, meta)
        claims = self.load_claims()
        tables, texts = self.load_narrative(sources)
        if meta is not None:
            self.check_meta_references(meta, entities, claims)
        self.check_entity_references(entities)
        for a, b, why in find_duplicate_events(list(events.values())):
            self.warn(
                "events.csv",
                b.row,
                "id",
                f"'{b.id}' looks like a duplicate of '{a.id}' (line {a.row}): {why}",
            )
        for oa, ob, why in find_duplicate_observations(list(observations.values())):
            self.warn(
                "observations.csv",
                ob.row,
                "id",
                f"'{ob.id}' looks like a duplicate of '{oa.id}' (line {oa.row}): {why}",
            )
        if meta is None:
            return None
        if meta.fiscal_year == JAPANESE_FISCAL_YEAR:
            # a split year in a claim follows the rows' dating (FiscalYear.fiscal_rows)
            # (rows about an entity with a fiscal year of its own are dated in that one)
            def own(ids: tuple[str, ...]) -> bool:
                return any(i in entities and entities[i].fiscal_year is not None for i in ids)

            dated = [o.period for o in observations.values() if not own((o.entity,))]
            dated += [e.date for e in events.values() if not own(e.actors)]
            fiscal_rows = any(p.precision == "fiscal_year" for p in dated)
            meta = replace(meta, fiscal_year=replace(meta.fiscal_year, fiscal_rows=fiscal_rows))
        return Pack(
            meta, sources, entities, events, metrics, observations, claims, tables, texts, str(self.folder)
        )

    def load_meta(self) -> PackMeta | None:
        path = self.folder / "pack.yaml"
        f = "pack.yaml"
        if not path.exists():
            self.error(f, 0, "-", "missing required file pack.yaml")
            return None
        known = len(self.problems)
        doc = read_yaml(path, self.problems)
        if doc is None:
            if len(self.problems) == known:
                self.error(f, 1, "-", "pack.yaml is empty: it needs at least 'id' and 'title' "
                           "(see the pack format)")
            return None
        if not isinstance(doc, dict):
            self.error(f, 1, "-", "expected a mapping (id:, title:, ...)")
            return None
        line = int(doc.get("__line__", 1))
        self.meta_lines = _key_lines(path)
        pack_id = doc.get("id")
        if not isinstance(pack_id, str) or not PACK_ID_RE.match(pack_id):
            self.error(
                f,
                self.meta_lines.get("id", line),
                "id",
                f"'id' is required and must match [a-z0-9-]+ (got {pack_id!r})",
            )
            pack_id = "invalid"
        title = self.local_text(
            f, self.meta_lines.get("title", line), "title", doc.get("title"), required=True
        )
        subtitle = self.local_text(
            f, self.meta_lines.get("subtitle", line), "subtitle", doc.get("subtitle"), required=False
        )
        language = doc.get("language", "ja")
        if language not in LANGS:
            self.error(
                f,
                self.meta_lines.get("language", line),
                "language",
                f"'language' must be ja or en (got {language!r})",
            )
            language = "ja"
        pillars: list[Pillar] = []
        raw_pillars = doc.get("pillars") or []
        if not isinstance(raw_pillars, list):
            self.error(
                f, self.meta_lines.get("pillars", line), "pillars", "'pillars' must be a list of {id, name}"
            )
            raw_pillars = []
        seen: set[str] = set()
        for item in raw_pillars:
            if not isinstance(item, dict) or item.get("id") is None:
                self.error(f, line, "pillars", "each pillar needs an 'id' and a 'name'")
                continue
            pline = int(item.get("__line__", line))
            pillar_id = self.ident_text(f, pline, "pillars", "a pillar id", item["id"])
            if pillar_id is None:
                continue
            if pillar_id in seen:
                self.error(f, pline, "pillars", f"duplicate pillar id '{pillar_id}'")
                continue
            seen.add(pillar_id)
            name = self.local_text(f, pline, "pillars", item.get("name"), required=False)
            pillars.append(Pillar(pillar_id, name or LocalText(en=pillar_id)))
        frontier_line = self.meta_lines.get("frontier", line)
        raw_frontier = doc.get("frontier")
        if raw_frontier is None:
            raw_frontier = []
        elif not isinstance(raw_frontier, list):
            raw_frontier = [raw_frontier]
        frontier = []
        for item in raw_frontier:
            fid = self.ident_text(f, frontier_line, "frontier", "an entity id", item)
            if fid is not None:
                frontier.append(fid)
        fx = self.load_fx(f, self.meta_lines.get("fx", line), doc.get("fx"))
        if "fiscal_year" in doc:
            self.fiscal_year = self.load_fiscal_year(
                f, self.meta_lines.get("fiscal_year", line), doc.get("fiscal_year")
            )
        subject = self.ident_text(f, self.meta_lines.get("subject", line), "subject", "an entity id",
                                  doc.get("subject"))
        headline = self.ident_text(f, self.meta_lines.get("headline", line), "headline", "a claim id",
                                   doc.get("headline"))
        return PackMeta(
            id=pack_id,
            title=title,
            subtitle=subtitle,
            language=language,
            subject=subject,
            frontier=tuple(frontier),
            pillars=tuple(pillars),
            headline=headline,
            fx=fx,
            fiscal_year=self.fiscal_year,
        )

    def ident_text(self, f: str, line: int, column: str, what: str, value: Any) -> str | None:
        """An id written in YAML as the text the writer wrote (``NO``, ``0123``, ``1.10`` stay as
        written); None, and a problem saying what was read, for a boolean, a list or a mapping."""
        if value is None:
            return None
        if isinstance(value, bool):
            self.error(f, line, column, f"'{column}' must be {what} but was read as the YAML boolean "
                       f"{scalar_text(value)}: quote it (\"{scalar_text(value)}\") if that is the id")
            return None
        if isinstance(value, (str, int, float)) and scalar_text(value).strip():
            return scalar_text(value).strip()
        shown = "an empty value" if isinstance(value, str) else f"a {type(value).__name__}"
        if isinstance(value, dict):
            shown = "a mapping"
        self.error(f, line, column, f"'{column}' must be {what} (text), not {shown}")
        return None

    def load_fiscal_year(self, f: str, line: int, raw: Any) -> FiscalYear:
        """pack.yaml ``fiscal_year: {start_month: 1-12, named_by: start|end}`` (or ``10/end``)."""
        if isinstance(raw, str):
            try:
                return parse_fiscal_year(raw)
            except ValueError as exc:
                self.error(f, line, "fiscal_year", str(exc))
                return JAPANESE_FISCAL_YEAR
        if not isinstance(raw, dict):
            self.error(
                f, line, "fiscal_year", "'fiscal_year' must be {start_month: 1-12, named_by: start or end}"
            )
            return JAPANESE_FISCAL_YEAR
        line = int(raw.get("__line__", line))
        unknown = sorted(str(k) for k in raw if k not in ("start_month", "named_by", "__line__"))
        if unknown:
            self.error(
                f, line, "fiscal_year", f"unknown key(s) {', '.join(unknown)} (start_month, named_by)"
            )
        month = raw.get("start_month", 4)
        if isinstance(month, str) and month.strip().isdigit():
            month = int(month)  # a quoted month ("10") is still a month
        named_by = raw.get("named_by", "start")
        if isinstance(named_by, str):
            named_by = named_by.strip().lower()
        ok = True
        if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
            self.error(f, line, "fiscal_year", f"start_month must be a month 1-12 (got {month!r})")
            ok = False
        if named_by not in ("start", "end"):
            self.error(
                f,
                line,
                "fiscal_year",
                f"named_by must be start or end: is FY2024 named by the year it starts or ends in? "
                f"(got {named_by!r})",
            )
            ok = False
        return FiscalYear(month, named_by, declared=True) if ok else JAPANESE_FISCAL_YEAR

    def local_text(self, f: str, line: int, column: str, value: Any, required: bool) -> LocalText:
        if value is None:
            if required:
                self.error(f, line, column, f"'{column}' is required (at least one of ja, en)")
            return LocalText()
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return LocalText(ja=scalar_text(value), en=scalar_text(value))
        if isinstance(value, dict):
            ja, en = value.get("ja"), value.get("en")
            if not (isinstance(ja, str) and ja) and not (isinstance(en, str) and en):
                if required:
                    self.error(f, line, column, f"'{column}' needs a 'ja' or 'en' text")
                return LocalText()
            return LocalText(ja if isinstance(ja, str) else None, en if isinstance(en, str) else None)
        self.error(f, line, column, f"'{column}' must be a text or {{ja: ..., en: ...}}")
        return LocalText()

    def load_fx(self, f: str, line: int, raw: Any) -> dict[str, dict[int, float]]:
        fx: dict[str, dict[int, float]] = {}
        if raw is None:
            return fx
        if not isinstance(raw, dict):
            self.error(f, line, "fx", "'fx' must map a currency to {year: units per USD}")
            return fx
        for currency, table in raw.items():
            if currency == "__line__":
                continue
            unit = normalize_unit(str(currency)) or str(currency).upper()
            if not isinstance(table, dict):
                self.error(f, line, "fx", f"fx {currency}: expected {{year: rate}}")
                continue
            rates: dict[int, float] = {}
            for year, rate in table.items():
                if year == "__line__":
                    continue
                try:
                    y = int(year)
                    r = float(rate)
                except (TypeError, ValueError, OverflowError):
                    self.error(f, line, "fx", f"fx {currency}: '{year}: {rate}' is not a year and a rate")
                    continue
                if check_year(y) or isinstance(year, bool) or (isinstance(year, float) and year != y):
                    self.error(f, line, "fx", f"fx {currency}: '{year}' is not a year (1000-2999)")
                    continue
                if not math.isfinite(r) or r <= 0 or check_value(r):
                    self.error(f, line, "fx", f"fx {currency} {y}: rate must be a positive, finite number "
                               f"(got {rate})")
                    continue
                rates[y] = r
            fx[unit] = rates
        return fx

    def load_sources(self) -> dict[str, Source]:
        f = "sources.csv"
        out: dict[str, Source] = {}
        seen: dict[str, int] = {}
        for row in self.csv(f, ("id", "title"), optional_file=False):
            sid = self.ident(f, row, seen)
            title = self.required(f, row, "title")
            kind = row.get("kind") or "other"
            if kind not in SOURCE_KINDS:
                self.error(
                    f, row.line, "kind", f"unknown source kind '{kind}' (one of {', '.join(SOURCE_KINDS)})"
                )
            published = self.period(f, row.line, "published", row.get("published"))
            url = row.get("url")
            if url and not re.match(r"^(https?://|doi:|urn:|file:)", url, re.I):
                self.error(f, row.line, "url", f"'{url}' is not a URL (expected http:// or https://)")
            if sid and title:
                out[sid] = Source(
                    sid, title, row.get("publisher"), url, published, kind, row.get("lang"), row.line
                )
        return out

    def load_entities(self) -> dict[str, Entity]:
        f = "entities.csv"
        out: dict[str, Entity] = {}
        seen: dict[str, int] = {}
        for row in self.csv(f, ("id", "kind"), optional_file=False):
            eid = self.ident(f, row, seen)
            kind = self.required(f, row, "kind")
            if kind and kind not in ENTITY_KINDS:
                self.error(
                    f, row.line, "kind", f"unknown entity kind '{kind}' (one of {', '.join(ENTITY_KINDS)})"
                )
            fiscal_year: FiscalYear | None = None
            if (fy_text := row.get("fiscal_year")) is not None:
                try:
                    fiscal_year = parse_fiscal_year(fy_text)
                except ValueError as exc:
                    self.error(f, row.line, "fiscal_year", str(exc))
            if eid and kind:
                out[eid] = Entity(
                    eid,
                    kind,
                    row.get("name_ja"),
                    row.get("name_en"),
                    split_list(row.get("aliases")),
                    row.get("country"),
                    row.line,
                    fiscal_year,
                )
        return out

    def check_entity_references(self, entities: dict[str, Entity]) -> None:
        owner: dict[str, str] = {}
        for e in entities.values():
            if e.country and e.country not in entities:
                self.error("entities.csv", e.row, "country", f"unknown entity '{e.country}'")
            elif e.country and entities[e.country].kind != "country":
                self.warn("entities.csv", e.row, "country", f"'{e.country}' is not of kind country")
            for name in e.names:
                key = name.casefold()
                if key in owner and owner[key] != e.id:
                    self.warn(
                        "entities.csv",
                        e.row,
                        "aliases",
                        f"name '{name}' also names '{owner[key]}': claims using it are ambiguous",
                    )
                owner.setdefault(key, e.id)

    def category_names(self, f: str, row: Row, kind: str) -> tuple[tuple[str, LocalText], ...]:
        """The optional ``categories`` cell: ``soft_law=ソフトロー|soft law; hard_law=ハードロー|hard law``.

        A name without ``|`` is taken as Japanese when it has Japanese letters, else as English."""
        cell = row.get("categories")
        if not cell:
            return ()
        if kind != "category":
            self.error(f, row.line, "categories",
                       f"'categories' is for category metrics only (this one is {kind})")
            return ()
        out: list[tuple[str, LocalText]] = []
        for item in split_list(cell):
            value, eq, names = item.partition("=")
            value = value.strip()
            if not eq or not value or not names.strip():
                self.error(f, row.line, "categories",
                           f"'{item}' is not VALUE=名前|name (e.g. soft_law=ソフトロー|soft law)")
                continue
            if "|" in names:
                ja, _, en = names.partition("|")
                out.append((value, LocalText(ja.strip() or None, en.strip() or None)))
            elif _JAPANESE_LETTER.search(names):
                out.append((value, LocalText(names.strip(), None)))
            else:
                out.append((value, LocalText(None, names.strip())))
        return tuple(out)

    def load_metrics(self, pillars: set[str]) -> dict[str, Metric]:
        f = "metrics.csv"
        out: dict[str, Metric] = {}
        seen: dict[str, int] = {}
        for row in self.csv(f, ("id",)):
            mid = self.ident(f, row, seen)
            kind = row.get("kind") or "amount"
            if kind not in METRIC_KINDS:
                self.error(
                    f, row.line, "kind", f"unknown metric kind '{kind}' (one of {', '.join(METRIC_KINDS)})"
                )
            hib_text = row.get("higher_is_better")
            hib: bool | None = None
            if hib_text is not None:
                if hib_text.lower() in ("true", "yes", "1"):
                    hib = True
                elif hib_text.lower() in ("false", "no", "0"):
                    hib = False
                else:
                    self.error(f, row.line, "higher_is_better", f"expected true or false, got '{hib_text}'")
            unit_text = self.unit_cell(f, row)
            # A scaled unit (億円, bn USD) names its base unit; observations without a unit
            # of their own are read in the metric's scaled unit.
            unit = split_unit(unit_text)[1] if unit_text else None
            if kind == "rank":
                # a place: 1 is first, a smaller number is better, whatever the cells say
                if hib:
                    self.warn(
                        f,
                        row.line,
                        "higher_is_better",
                        "a rank's higher_is_better is false (a smaller place is better); 'true' is ignored",
                    )
                hib, unit, unit_text = False, "rank", None
            elif kind == "growth" and unit is None:
                unit = "%"  # a percent change
            if mid and unit_text:
                self.metric_unit_text[mid] = unit_text
            if not row.get("name_ja") and not row.get("name_en"):
                self.error(f, row.line, "name_en", "a metric needs name_ja or name_en")
            pillar = row.get("pillar")
            if pillar and pillar not in pillars:
                declared = ", ".join(sorted(pillars))
                known = f"pack.yaml has {declared}" if pillars else "pack.yaml declares no pillars"
                self.error(f, row.line, "pillar", f"unknown pillar '{pillar}' ({known})")
                pillar = None
            base: Period | None = None
            base_text = row.get("base")
            if base_text is not None:
                if kind != "growth":
                    self.error(f, row.line, "base", f"'base' is for growth metrics only (this one is {kind})")
                elif base_text.strip().lower().replace("-", "_") not in (PREVIOUS_PERIOD, "previous"):
                    base = self.period(f, row.line, "base", base_text)
            categories = self.category_names(f, row, kind)
            if mid:
                out[mid] = Metric(
                    mid,
                    row.get("name_ja"),
                    row.get("name_en"),
                    unit,
                    split_list(row.get("aliases")),
                    hib,
                    kind,
                    row.line,
                    pillar,
                    row.get("definition"),
                    base,
                    categories,
                )
        return out

    def refs(
        self, f: str, row: Row, column: str, ids: tuple[str, ...], known: dict[str, Any], what: str
    ) -> None:
        for ref in ids:
            if ref not in known:
                self.error(f, row.line, column, f"unknown {what} '{ref}'")

    def amount_unit(
        self,
        f: str,
        row: Row,
        quantity: Quantity,
        unit_col: str,
        expected_unit: str | None,
        fx: dict[str, dict[int, float]],
    ) -> str | None:
        """The unit of a quantity read with its unit column: its own (1.6兆円, or the column's), else
        the metric's; checked against the metric's unit."""
        unit = quantity.unit or expected_unit
        if (
            expected_unit
            and unit
            and unit != expected_unit
            and not (
                _is_currency(unit)
                and _is_currency(expected_unit)
                and (unit in fx or unit == "USD")
                and (expected_unit in fx or expected_unit == "USD")
            )
        ):
            self.error(
                f,
                row.line,
                unit_col,
                f"unit '{unit}' does not match the metric's unit '{expected_unit}'"
                + (
                    " (add both currencies to fx in pack.yaml to convert)"
                    if _is_currency(unit) and _is_currency(expected_unit)
                    else ""
                ),
            )
        return unit

    def load_events(
        self,
        pillars: set[str],
        entities: dict[str, Entity],
        sources: dict[str, Source],
        meta: PackMeta | None,
    ) -> dict[str, Event]:
        f = "events.csv"
        out: dict[str, Event] = {}
        seen: dict[str, int] = {}
        fx = meta.fx if meta else {}
        for row in self.csv(f, ("id", "date", "source")):
            eid = self.ident(f, row, seen)
            actors = split_list(row.get("actors"))
            # FY2024 in a row about an entity with its own fiscal year is that entity's year: the
            # first actor's, the one the row is about (a ministry paying a company: the ministry's)
            own = entities[actors[0]].fiscal_year if actors and actors[0] in entities else None
            date = self.period(f, row.line, "date", self.required(f, row, "date"), own)
            pillar = row.get("pillar")
            if pillar and pillars and pillar not in pillars:
                self.error(
                    f,
                    row.line,
                    "pillar",
                    f"unknown pillar '{pillar}' (pack.yaml has {', '.join(sorted(pillars))})",
                )
            elif pillar and not pillars:
                self.error(
                    f, row.line, "pillar", f"unknown pillar '{pillar}' (pack.yaml declares no pillars)"
                )
            self.refs(f, row, "actors", actors, entities, "entity")
            src = split_list(self.required(f, row, "source"))
            self.refs(f, row, "source", src, sources, "source")
            amount = self.quantity(f, row.line, "amount", row.get("amount"), self.unit_cell(f, row))
            unit = self.amount_unit(f, row, amount, "unit", None, fx) if amount else None
            if row.get("unit") and not row.get("amount"):
                self.error(f, row.line, "amount", "a unit is given but no amount")
            if amount is not None:
                amount = Quantity(amount.value, unit, amount.approx, amount.text)
            sig_text = row.get("significance")
            significance = 2
            if sig_text is not None:
                if sig_text in ("1", "2", "3"):
                    significance = int(sig_text)
                else:
                    self.error(f, row.line, "significance", f"expected 1, 2 or 3, got '{sig_text}'")
            if not row.get("title_ja") and not row.get("title_en"):
                self.error(f, row.line, "title_en", "an event needs title_ja or title_en")
            if eid and date:
                out[eid] = Event(
                    eid,
                    date,
                    pillar,
                    actors,
                    row.get("kind") or "",
                    row.get("title_ja"),
                    row.get("title_en"),
                    amount,
                    src,
                    significance,
                    row.get("note"),
                    row.line,
                )
        return out

    def load_observations(
        self,
        entities: dict[str, Entity],
        metrics: dict[str, Metric],
        sources: dict[str, Source],
        meta: PackMeta | None,
    ) -> dict[str, Observation]:
        f = "observations.csv"
        out: dict[str, Observation] = {}
        seen: dict[str, int] = {}
        fx = meta.fx if meta else {}
        for row in self.csv(f, ("id", "entity", "metric", "period", "value", "source")):
            oid = self.ident(f, row, seen)
            entity = self.required(f, row, "entity")
            if entity and entity not in entities:
                self.error(f, row.line, "entity", f"unknown entity '{entity}'")
            metric_id = self.required(f, row, "metric")
            metric = metrics.get(metric_id) if metric_id else None
            if metric_id and metric is None:
                self.error(f, row.line, "metric", f"unknown metric '{metric_id}'")
            own = entities[entity].fiscal_year if entity and entity in entities else None
            period = self.period(f, row.line, "period", self.required(f, row, "period"), own)
            src = split_list(self.required(f, row, "source"))
            self.refs(f, row, "source", src, sources, "source")
            raw_value = self.required(f, row, "value")
            value: Quantity | None = None
            category: str | None = None
            unit: str | None = None
            rank_of: int | None = None
            row_unit = self.unit_cell(f, row)
            if raw_value is not None:
                if metric is not None and metric.kind == "category":
                    category = raw_value
                elif metric is not None and metric.is_rank:
                    try:
                        place, rank_of = parse_rank(raw_value)
                        unit = "rank"
                        value = Quantity(float(place), unit, False, raw_value)
                    except ValueError as exc:
                        self.error(f, row.line, "value", str(exc))
                else:
                    unit_cell = row_unit or self.metric_unit_text.get(metric_id or "")
                    value = self.quantity(f, row.line, "value", raw_value, unit_cell)
                    if value is not None:
                        unit = self.amount_unit(f, row, value, "unit", metric.unit if metric else None, fx)
                        value = Quantity(value.value, unit, value.approx, value.text)
            if oid and entity and metric_id and period and (value is not None or category is not None):
                out[oid] = Observation(
                    oid,
                    entity,
                    metric_id,
                    period,
                    value,
                    category,
                    unit,
                    src,
                    row.get("note"),
                    row.line,
                    rank_of,
                )
        return out

    def load_claims(self) -> dict[str, Claim]:
        f = "claims.yaml"
        path = self.folder / f
        if not path.exists():
            return {}
        doc = read_yaml(path, self.problems)
        if doc is None:
            return {}
        return {c.id: c for c in read_claims(doc, f, self.problems, self.fiscal_year)}

    def load_narrative(self, sources: dict[str, Source]) -> tuple[list[NarrativeTable], list[NarrativeText]]:
        f = "narrative.yaml"
        path = self.folder / f
        tables: list[NarrativeTable] = []
        texts: list[NarrativeText] = []
        if not path.exists():
            return tables, texts
        doc = read_yaml(path, self.problems)
        if doc is None:
            return tables, texts
        items: list[Any] = []
        if isinstance(doc, list):
            items = doc
        elif isinstance(doc, dict):
            for key in ("tables", "texts", "text", "blocks", "sections", "items"):
                value = doc.get(key)
                if isinstance(value, list):
                    items.extend(value)
        else:
            self.error(f, 1, "-", "expected tables: [...] and texts: [...], or a list of items")
        for item in items:
            if not isinstance(item, dict):
                self.error(f, 0, "-", "each narrative item must be a mapping")
                continue
            line = int(item.get("__line__", 0))
            src = item.get("source") or ()
            if isinstance(src, (str, int, float)):
                src = scalar_text(src)
            src_ids = tuple(split_list(src) if isinstance(src, str) else (scalar_text(s) for s in src))
            for s in src_ids:
                if s not in sources:
                    self.error(f, line, "source", f"unknown source '{s}'")
            section = item.get("section")
            if "columns" in item or "rows" in item:
                columns, rows = item.get("columns"), item.get("rows")
                if (
                    not isinstance(columns, list)
                    or not isinstance(rows, list)
                    or not all(isinstance(r, list) for r in rows)
                ):
                    self.error(
                        f, line, "rows", "a table needs 'columns' (a list) and 'rows' (a list of lists)"
                    )
                    continue
                for r in rows:
                    if len(r) != len(columns):
                        self.error(
                            f, line, "rows", f"a row has {len(r)} cells but there are {len(columns)} columns"
                        )
                tables.append(
                    NarrativeTable(
                        self.local_text(f, line, "title", item.get("title"), required=False),
                        tuple(_cell(c) for c in columns),
                        tuple(tuple(_cell(c) for c in r) for r in rows),
                        src_ids,
                        scalar_text(section) if section else None,
                        _opt_str(item.get("id")),
                    )
                )
            elif "text" in item:
                text = self.local_text(f, line, "text", item.get("text"), required=True)
                texts.append(
                    NarrativeText(
                        scalar_text(section or "other"),
                        text,
                        src_ids,
                        self.local_text(f, line, "title", item.get("title"), required=False),
                        _opt_str(item.get("id")),
                    )
                )
            else:
                self.error(f, line, "-", "a narrative item needs 'text', or 'columns' and 'rows'")
        return tables, texts

    def check_meta_references(
        self, meta: PackMeta, entities: dict[str, Entity], claims: dict[str, Claim]
    ) -> None:
        f = "pack.yaml"
        lines = self.meta_lines
        if meta.subject and meta.subject not in entities:
            self.error(f, lines.get("subject", 1), "subject", f"unknown entity '{meta.subject}'")
        for fr in meta.frontier:
            if fr not in entities:
                self.error(f, lines.get("frontier", 1), "frontier", f"unknown entity '{fr}'")
        if meta.headline and meta.headline not in claims:
            self.error(
                f,
                lines.get("headline", 1),
                "headline",
                f"unknown claim '{meta.headline}' (not in claims.yaml)",
            )


def _key_lines(path: Path) -> dict[str, int]:
    """The line of each top-level key of a YAML file, to name it in problems."""
    lines: dict[str, int] = {}
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return lines
    for number, line in enumerate(text.splitlines(), 1):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if m:
            lines.setdefault(m.group(1), number)
    return lines


def _is_currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


def _cell(value: Any) -> str:
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if k != "__line__"}
        return str(value.get("ja") or value.get("en") or "")
    return "" if value is None else scalar_text(value)


def _opt_str(value: Any) -> str | None:
    return None if value is None else scalar_text(value)
