"""The data model: what a pack holds once loaded, and what a diagnosis returns.

Everything here is a plain, typed, immutable-by-convention record. Records refer to each
other by stable ids (``Event.actors`` holds entity ids, ``Check.evidence`` holds event and
observation ids), never by their text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Lang = Literal["ja", "en"]
LANGS: tuple[Lang, ...] = ("ja", "en")

#: Period precisions, from the pack contract.
Precision = Literal["day", "month", "quarter", "half", "year", "fiscal_year"]

#: Rating ids, fixed by the contract. The first five are ordered from best to worst.
Rating = Literal["true", "mostly_true", "half_true", "mostly_false", "false", "unverifiable"]
RATING_ORDER: tuple[str, ...] = ("true", "mostly_true", "half_true", "mostly_false", "false")
RATINGS: tuple[str, ...] = (*RATING_ORDER, "unverifiable")

#: Result of one checkable statement, fixed by the contract.
Result = Literal["holds", "partly", "fails", "unknown"]

SOURCE_KINDS = ("government", "company", "academic", "news", "statistics", "report", "other")
ENTITY_KINDS = (
    "country",
    "company",
    "organization",
    "government",
    "model",
    "product",
    "facility",
    "programme",
    "person",
    "other",
)
METRIC_KINDS = ("amount", "share", "score", "count", "ratio", "category", "rank", "growth")

#: The base of a growth metric when the pack gives none: each value is the change on the period before.
PREVIOUS_PERIOD = "previous_period"


@dataclass(frozen=True, slots=True)
class LocalText:
    """A text in Japanese and/or English; ``get`` falls back to the other language."""

    ja: str | None = None
    en: str | None = None

    def get(self, lang: str = "ja") -> str:
        first, second = (self.ja, self.en) if lang == "ja" else (self.en, self.ja)
        return first or second or ""

    def __bool__(self) -> bool:
        return bool(self.ja or self.en)


@dataclass(frozen=True, slots=True)
class Period:
    """A closed interval of days with the precision it was written in.

    ``text`` is the canonical spelling (``2026-04``, ``2026-Q2``, ``FY2027`` ...).
    """

    start: date
    end: date
    precision: Precision
    text: str

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class FiscalYear:
    """A fiscal-year convention (contract 1.1): the month the year starts in, and whether
    ``FY2024`` is named by the calendar year it starts in or the one it ends in.

    Japan's is ``FiscalYear(4, "start")`` (FY2024 = April 2024 - March 2025, the default); the
    US federal one is ``FiscalYear(10, "end")`` (FY2024 = October 2023 - September 2024).
    """

    start_month: int = 4
    named_by: Literal["start", "end"] = "start"
    #: The pack (or an entity row) states this convention itself, rather than taking the default
    #: (kept so that a pack is written back as it was read; no verdict depends on it).
    declared: bool = field(default=False, compare=False)
    #: The pack's own rows are dated in fiscal years (``FY2023``): a split year in a claim
    #: ("2024-25") is then its fiscal year; else, under the default convention, the calendar
    #: year it ends in (how yearly series store school years). Read from the rows, never from
    #: whether the default was written out (contract: the default is Japan's either way).
    fiscal_rows: bool = field(default=False, compare=False)

    def first_year(self, named: int) -> int:
        """The calendar year fiscal year ``named`` starts in."""
        if self.named_by == "end" and self.start_month != 1:
            return named - 1
        return named

    def named_year(self, start_year: int) -> int:
        """The name (FY number) of the fiscal year that starts in ``start_year``."""
        if self.named_by == "end" and self.start_month != 1:
            return start_year + 1
        return start_year

    @property
    def text(self) -> str:
        """The cell spelling, ``START_MONTH/start|end`` (``10/end``)."""
        return f"{self.start_month}/{self.named_by}"


#: The contract's default fiscal year: Japan's (1 April, named by the year it starts in).
JAPANESE_FISCAL_YEAR = FiscalYear(4, "start")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with an optional unit. ``value`` is fully scaled (1.6兆 -> 1.6e12)."""

    value: float
    unit: str | None = None
    approx: bool = False
    text: str = ""


def _spellings(*names: str | None) -> tuple[str, ...]:
    """The given names without blanks and repeats, in order."""
    out: list[str] = []
    for n in names:
        if n and n not in out:
            out.append(n)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Pillar:
    id: str
    name: LocalText


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    publisher: str | None = None
    url: str | None = None
    published: Period | None = None
    kind: str = "other"
    lang: str | None = None
    row: int = 0


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    kind: str
    name_ja: str | None = None
    name_en: str | None = None
    aliases: tuple[str, ...] = ()
    country: str | None = None
    row: int = 0
    #: 1.1: the entity's own fiscal year (``FY2024`` in a row or claim about it means this one)
    fiscal_year: FiscalYear | None = None

    def name(self, lang: str = "ja") -> str:
        return LocalText(self.name_ja, self.name_en).get(lang) or self.id

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling that refers to this entity: its names and aliases; the id only when it
        has none (the contract's ids are opaque: renaming ``US`` to ``e7`` changes no verdict)."""
        return _spellings(self.name_ja, self.name_en, *self.aliases) or (self.id,)

    @property
    def sort_key(self) -> tuple[str, ...]:
        """An order of entities by what the pack says of them, for ties nothing else settles: never
        their ids first (ids are opaque; see Metric.sort_key)."""
        return (self.name_en or "", self.name_ja or "", ";".join(self.aliases), self.kind, self.id)


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    date: Period
    pillar: str | None
    actors: tuple[str, ...]
    kind: str
    title_ja: str | None
    title_en: str | None
    amount: Quantity | None
    source: tuple[str, ...]
    significance: int = 2
    note: str | None = None
    row: int = 0

    def title(self, lang: str = "ja") -> str:
        return LocalText(self.title_ja, self.title_en).get(lang) or self.id

    @property
    def sort_key(self) -> tuple[Any, ...]:
        """An order of events by what the pack says of them (date, titles, kind), for ties nothing
        else settles: never their ids first (ids are opaque; see Metric.sort_key)."""
        return (self.date.start, self.date.end, self.title_en or "", self.title_ja or "", self.kind, self.id)


@dataclass(frozen=True, slots=True)
class Metric:
    id: str
    name_ja: str | None
    name_en: str | None
    unit: str | None
    aliases: tuple[str, ...] = ()
    higher_is_better: bool | None = None
    kind: str = "amount"
    row: int = 0
    #: 1.1: the pillar (pack.yaml) the metric measures
    pillar: str | None = None
    #: 1.1: what the measure counts and leaves out, shown beside its numbers
    definition: str | None = None
    #: 1.1, growth metrics: the period each value is a change against; None = the previous period
    base: Period | None = None
    #: category metrics (optional column ``categories``): each value's name for readers
    categories: tuple[tuple[str, LocalText], ...] = ()

    def name(self, lang: str = "ja") -> str:
        return LocalText(self.name_ja, self.name_en).get(lang) or self.id

    @property
    def is_rank(self) -> bool:
        """Values are places (1 = first): a smaller number is better."""
        return self.kind == "rank"

    @property
    def is_growth(self) -> bool:
        """Values are percent changes against ``base`` (or the previous period), not levels."""
        return self.kind == "growth"

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling that refers to this metric: its names and aliases; the id only when it
        has none (the contract's ids are opaque, as for Entity.names)."""
        return _spellings(self.name_ja, self.name_en, *self.aliases) or (self.id,)

    @property
    def sort_key(self) -> tuple[str, ...]:
        """An order of metrics by what the pack says of them, for ties nothing else settles: never
        their ids first (ids are opaque; a tie broken by id changes with a renaming)."""
        return (self.name_en or "", self.name_ja or "", ";".join(self.aliases), self.unit or "", self.kind,
                self.id)

    def category_name(self, value: str) -> LocalText | None:
        """The pack's names of a category value (``soft_law`` -> ソフトロー / soft law), if it gives any."""
        return next((names for v, names in self.categories if v == value), None)

    def category_label(self, value: str, lang: str) -> str:
        """A category value as words, never as an id: ``hard_law`` -> ハードロー / "hard law".

        The pack's own names win: the ``categories`` cell (``hard_law=ハードロー|hard law``) in the
        reader's language (English never borrows the Japanese name; Japanese takes the English
        name when it has no Japanese); then an alias that is the value with its ``_`` and ``-`` as
        spaces ("soft law" among regulatory_approach's aliases); else the value so spelled.
        """
        named = self.category_name(value)
        if named is not None:
            own = named.ja if lang == "ja" else named.en
            if own or lang == "ja":
                return own or named.en or value
        words = " ".join(value.replace("_", " ").replace("-", " ").split())
        for alias in self.aliases:
            if alias.casefold() == words.casefold():
                return alias
        return words or value


@dataclass(frozen=True, slots=True)
class Observation:
    id: str
    entity: str
    metric: str
    period: Period
    value: Quantity | None  # None for a category metric
    category: str | None  # the text value of a category metric
    unit: str | None
    source: tuple[str, ...]
    note: str | None = None
    row: int = 0
    #: 1.1, rank metrics: how many were ranked (``9/10`` -> value 9, ``rank_of`` 10)
    rank_of: int | None = None

    @property
    def sort_key(self) -> tuple[Any, ...]:
        """An order of observations by what the row says (period, value), for ties nothing else
        settles: never their ids first (ids are opaque; see Metric.sort_key)."""
        value = self.value.value if self.value is not None else 0.0
        return (self.period.start, self.period.end, value, self.category or "", self.unit or "",
                self.rank_of or 0, self.id)


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    text: str
    expected: str | None = None
    note: str | None = None
    row: int = 0
    #: 1.1: when the claim was made; "now", "the latest figure" ... are read against it
    said_on: Period | None = None
    #: 1.1: who made it (an entity id or free text)
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class NarrativeTable:
    title: LocalText
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    source: tuple[str, ...] = ()
    section: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class NarrativeText:
    section: str
    text: LocalText
    source: tuple[str, ...] = ()
    title: LocalText = field(default_factory=LocalText)
    id: str | None = None


@dataclass(frozen=True, slots=True)
class PackMeta:
    id: str
    title: LocalText
    subtitle: LocalText = field(default_factory=LocalText)
    language: Lang = "ja"
    subject: str | None = None
    frontier: tuple[str, ...] = ()
    pillars: tuple[Pillar, ...] = ()
    headline: str | None = None
    #: currency -> {year: units per 1 USD}
    fx: dict[str, dict[int, float]] = field(default_factory=dict)
    #: 1.1: the pack's fiscal-year convention (``FY2024`` in its cells and claims)
    fiscal_year: FiscalYear = JAPANESE_FISCAL_YEAR


@dataclass(slots=True)
class Pack:
    """A loaded, validated evidence pack. Dicts keep the file order."""

    meta: PackMeta
    sources: dict[str, Source]
    entities: dict[str, Entity]
    events: dict[str, Event]
    metrics: dict[str, Metric]
    observations: dict[str, Observation]
    claims: dict[str, Claim]
    narrative_tables: list[NarrativeTable] = field(default_factory=list)
    narrative_texts: list[NarrativeText] = field(default_factory=list)
    path: str | None = None
    #: the EvidenceIndex built on first use (see ``shingi.pack.index.EvidenceIndex.of``)
    index_cache: Any = field(default=None, repr=False, compare=False)
    #: the pack as it stood at a date, by the date's end (``shingi.pipeline.context.known_at``)
    views_cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def id(self) -> str:
        return self.meta.id

    def pillar(self, pillar_id: str) -> Pillar | None:
        return next((p for p in self.meta.pillars if p.id == pillar_id), None)

    def speaks_for(self, entity_id: str, place: str) -> bool:
        """Whether an entity a claim names may be read as ``place`` (verdict-rules §4.13, "Another
        entity is never the subject"): the place itself; one whose country is the place; and, for
        the pack's subject only, a person, government or body with no country or of the subject's
        own country (a prime minister of the subject, a regulator with no country). Another country,
        or anything of another country, never stands for the subject: 「ウェストランド統計局の失業率」
        is Westland's figure, not the subject's."""
        if entity_id == place:
            return True
        ent = self.entities.get(entity_id)
        if ent is None:
            return False
        if ent.country == place:
            return True
        if place != self.meta.subject or ent.kind == "country":
            return False
        subject = self.entities.get(place)
        return ent.country is None or (subject is not None and ent.country == subject.country)

    def fiscal_year_of(self, entity_id: str | None) -> FiscalYear:
        """The fiscal-year convention of an entity: its own, else the pack's."""
        entity = self.entities.get(entity_id) if entity_id else None
        if entity is not None and entity.fiscal_year is not None:
            return entity.fiscal_year
        return self.meta.fiscal_year


# --- problems found while loading -------------------------------------------------

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in a pack, printed as ``FILE:ROW:COLUMN: message``."""

    file: str
    row: int
    column: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.file}:{self.row}:{self.column}: {prefix}{self.message}"


class ShingiError(Exception):
    """Base of the errors the library raises; the CLI turns them into messages."""


class PackError(ShingiError):
    """A pack that cannot be loaded; ``problems`` lists every error and warning found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        super().__init__(f"{len(errors)} problem(s) in pack" + "".join(f"\n{p}" for p in errors[:20]))


class InputError(ShingiError):
    """Bad user input other than a pack (an empty claim, an unknown format ...)."""


# --- a diagnosis ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NumberCompared:
    """One number of a claim set against one number of the evidence."""

    label: str  # what is compared, e.g. "amount", "ratio JP/US"
    claimed: float | None
    claimed_text: str
    found: float
    unit: str | None
    evidence: tuple[str, ...]
    comparator: str = "about"  # about, at_least, more_than, at_most, less_than, exactly
    conversion: str | None = None  # e.g. "1 USD = 150 JPY (fx 2026)", "1.6兆 = 1.6e12"


@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources that disagree on one fact; both sides are cited."""

    what: str
    evidence: tuple[str, ...]
    sources: tuple[str, ...]
    note: str


@dataclass(slots=True)
class Check:
    """One checkable statement of a claim and what the evidence says of it."""

    id: str  # s1, s2 ... in claim order
    # event, metric, comparison, share, change, superlative, plan, turning_point, parity, leap, opinion
    kind: str
    statement: str  # human-readable, in the diagnosis language
    span: str  # the part of the claim it comes from
    result: Result = "unknown"
    reason: str = ""
    evidence: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    numbers: list[NumberCompared] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    score: float | None = None  # e.g. the turning-point statistic
    # How much of a ``partly`` result holds (0..1) when the check says so; None: the usual 0.75
    # (a date a year off, a downgrade reason: docs/verdict-rules.md §5).
    credit: float | None = None
    # Leap claims carry the sub-checks they are made of (momentum, parity).
    parts: list[Check] = field(default_factory=list)


@dataclass(slots=True)
class Diagnosis:
    """The verdict on one claim against one pack."""

    claim: str
    pack_id: str
    lang: Lang
    rating: Rating
    label: str
    reason: str
    holds: list[str]
    exaggerated: list[str]
    checks: list[Check]
    claim_id: str | None = None
    conflicts: list[Conflict] = field(default_factory=list)
    #: 1.1: the date the claim was judged at (its ``said_on`` or ``--as-of``), when one was given
    as_of: Period | None = None
    #: 1.1: who made the claim, when the pack's claims say so
    speaker: str | None = None
    #: 1.1: evidence dated after ``as_of`` on what the verdict used: shown as what happened next
    later_evidence: list[str] = field(default_factory=list)

    @property
    def evidence_ids(self) -> list[str]:
        seen: dict[str, None] = {}
        for c in self.checks:
            for e in c.evidence:
                seen.setdefault(e, None)
        return list(seen)


def as_json(obj: Any) -> Any:
    """Turn model records into JSON-ready values (dates as ISO strings, tuples as lists)."""
    from dataclasses import fields, is_dataclass

    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: as_json(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, dict):
        return {str(k): as_json(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [as_json(v) for v in obj]
    if isinstance(obj, date):
        return obj.isoformat()
    return obj
