"""The report document: one renderer-neutral tree built from a pack and a diagnosis.

``build_document`` turns a pack, the diagnosis of one claim, the pack's turning points and gap
measures into a :class:`ReportDocument`: ordered sections of typed blocks (headings, paragraphs,
lists, tables, charts, the verdict, the sources). Every renderer (HTML, PDF, slides, Markdown,
JSON) walks the same tree, so the formats cannot drift apart.

Every number and date from the pack is written with the footnote numbers of its sources
(:class:`Span.notes`); footnotes are numbered in order of first citation, and the source list
holds every source of the pack. All text here is plain and unescaped: escaping is the
renderers' job, each for its own syntax.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from shingi.model import (
    Check,
    Conflict,
    Diagnosis,
    Event,
    LocalText,
    NarrativeTable,
    Observation,
    Pack,
    Period,
    Quantity,
)
from shingi.normalize.period_names import MONTHS_EN, format_period, format_period_text
from shingi.normalize.quantities import format_ratio, plain_number
from shingi.normalize.text import text_language as text_language_of
from shingi.pipeline.parity import GapMeasure, conversion_note
from shingi.pipeline.turning_point import TurningPoint
from shingi.render import labels as L
from shingi.render.safety import safe_url

# --- blocks --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text, with the footnote numbers of the sources it rests on.

    ``notes`` are footnote numbers (entries of the source list); ``link`` is an in-document
    anchor (``ev-<id>``) the span points to.
    """

    text: str
    notes: tuple[int, ...] = ()
    strong: bool = False
    link: str | None = None


Inline = tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 3


@dataclass(frozen=True, slots=True)
class Paragraph:
    spans: Inline
    #: text, lead (a section's opening), callout (a key statement), note (small print)
    style: str = "text"


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[Inline, ...]
    #: plain, holds, exaggerated
    style: str = "plain"


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[Inline, ...], ...]
    caption: str = ""
    #: an anchor per row (``ev-<id>``), so that charts and lists can link to a row
    row_ids: tuple[str | None, ...] = ()
    notes: tuple[int, ...] = ()
    #: a hint for renderers: plain, events, observations (wide, with small notes), narrative
    style: str = "plain"


@dataclass(frozen=True, slots=True)
class TimelineDot:
    lane: int
    month: int
    event_id: str
    title: str
    significance: int


@dataclass(frozen=True, slots=True)
class TimelineChart:
    """Swimlanes: one lane per pillar, one column per month, one dot per event."""

    lanes: tuple[str, ...]
    months: tuple[str, ...]  # labels, oldest first
    dots: tuple[TimelineDot, ...]
    marked: tuple[int, ...] = ()  # month columns of the turning point(s)
    mark_label: str = ""
    #: columns that stand for a run of months without events, folded into one narrow column
    folded: tuple[int, ...] = ()
    #: the key to dot sizes: (significance, its label), smallest first
    sizes: tuple[tuple[int, str], ...] = ()
    #: the span the chart covers, as a reader writes it ("Jan 2025 – Apr 2026")
    span: str = ""
    #: what a folded column stands for ("months without events")
    fold_label: str = ""
    #: the key's heading for dot sizes ("Significance")
    size_label: str = ""


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float
    display: str  # the value as printed (with unit)
    highlight: bool = False  # the pack's subject (or one of its members)
    notes: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class BarChart:
    """Horizontal bars of one metric for several entities; ``ratio`` states the gap."""

    bars: tuple[Bar, ...]
    unit: str = ""
    ratio: str = ""
    #: the axis maximum when the metric has a natural one (100 for % and scores), else None
    axis_max: float | None = None


@dataclass(frozen=True, slots=True)
class Chart:
    id: str  # stable, for anchors and file names
    title: str
    alt: str  # a plain-text description of what the chart shows
    data: TimelineChart | BarChart
    notes: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Verdict:
    claim: str
    rating: str
    label: str
    reason: str
    holds: tuple[Inline, ...]
    exaggerated: tuple[Inline, ...]
    #: the rating scale, best to worst then unverifiable: (rating id, short label)
    scale: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class SourceEntry:
    number: int
    id: str
    title: str
    publisher: str | None
    published: str | None
    url: str | None  # only http(s) URLs survive; anything else is dropped
    kind: str
    cited: bool


@dataclass(frozen=True, slots=True)
class SourceList:
    entries: tuple[SourceEntry, ...]


Block = Heading | Paragraph | BulletList | Table | Chart | Verdict | SourceList


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: str
    blocks: tuple[Block, ...]

    @property
    def charts(self) -> list[Chart]:
        return [b for b in self.blocks if isinstance(b, Chart)]


@dataclass(frozen=True, slots=True)
class ReportDocument:
    """A whole report: what every renderer draws."""

    pack_id: str
    lang: str
    title: str
    subtitle: str
    kicker: str
    claim: str
    claim_id: str | None
    rating: str
    rating_label: str
    sections: tuple[Section, ...]
    sources: tuple[SourceEntry, ...]
    diagnosis: Diagnosis
    #: ISO date: the report's date (see :func:`report_date` and docs/reports.md), or None
    date_published: str | None = None
    #: the same date as a reader sees it: 2026年4月時点, as of Apr 2026, 4 Dec 2026
    date_text: str | None = None
    url: str | None = None
    #: 1.1: who made the claim (the speaker's name) and whether that is a person or an organization
    claim_author: str | None = None
    claim_author_type: str = "Person"
    #: 1.1: when the claim was made, as an ISO 8601 date (``2023-11-02``, ``2023-11``, ``2023``)
    claim_date: str | None = None
    #: 1.1: "Said by …; Said on …" for people, in the report's language ("" when neither is known)
    claim_said: str = ""

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)


# --- what the pipeline tells the report ---------------------------------------------


@dataclass(slots=True)
class Analysis:
    """What the pipeline found beyond the diagnosis: turning points and gap measures."""

    turning_points: list[TurningPoint] = field(default_factory=list)
    gaps: list[GapMeasure] = field(default_factory=list)


# --- formatting helpers (pure) ------------------------------------------------------


def _names_word(name: str, text: str) -> bool:
    """``name`` occurs in ``text`` as a word (Latin names not inside a longer word)."""
    if not name.isascii():
        return name in text
    return re.search(r"(?<![a-z0-9])" + re.escape(name) + r"(?![a-z0-9])", text) is not None


def chronological(period: Period, tie: str = "") -> tuple[date, date, str]:
    """A sort key that orders periods of different precision as a reader expects: by the day they
    are sure to be over, so "2026" comes after "2026年3月" (a thing dated only by its year may be
    from December), and a fiscal year after its calendar year."""
    return (period.end, period.start, tie)


def _inline_plain(spans: Inline) -> str:
    return "".join(s.text for s in spans)


def iso_date(period: Period) -> str:
    """A period as an ISO 8601 date of its precision: ``2023-11-02``, ``2023-11``, ``2023``; other
    periods (quarters, fiscal years) as their first day."""
    s = period.start
    if period.precision == "month":
        return f"{s.year:04d}-{s.month:02d}"
    if period.precision == "year" and period.end.year == s.year:
        return f"{s.year:04d}"
    return s.isoformat()


#: months without events that fold into one column of the timeline
FOLD = 3


def month_label(d: date, lang: str) -> str:
    """A month on a chart's axis: 2025年1月 / Jan 2025 (never "Jan 25", which reads as a day)."""
    return f"{d.year}年{d.month}月" if lang == "ja" else f"{MONTHS_EN[d.month - 1]} {d.year}"


def format_quantity(q: Quantity | float, unit: str | None, lang: str) -> str:
    """A value with its unit as a reader writes it, through the shared normaliser."""
    from shingi.normalize.quantities import format_quantity as fmt

    value = q.value if isinstance(q, Quantity) else q
    approx = isinstance(q, Quantity) and q.approx
    text = fmt(value, unit, lang)
    if approx and not text.startswith(("約", "~", "about")):
        text = ("約" if lang == "ja" else "~") + text
    return text


def format_found(value: float | None, unit: str | None, lang: str) -> str:
    """A number a check found: a ratio below 1 as people say it (約1/100, about 75%), so that no
    more digits are shown than the comparison means (not 0.0101倍)."""
    if value is None:
        return "-"
    if unit == "x" and 0 < value < 1:
        return format_ratio(value, lang)
    return format_quantity(value, unit, lang)


#: Event kinds that name a date still to come when they are announced.
FUTURE_KINDS = frozenset({"plan", "target", "goal", "forecast", "projection"})


def evidence_date(pack: Pack) -> Period | None:
    """The latest period the pack's evidence is known to have reached.

    The newest of: every source's publication; every event that had happened when its sources
    were published (not a plan, a target or a forecast, and not dated after its newest source
    ends, which would make it a prediction); every observation's period. A report resting on a
    source published "2026" that describes April 2026 is at least of April 2026.
    """
    periods: list[Period] = [s.published for s in pack.sources.values() if s.published is not None]
    for e in pack.events.values():
        if e.kind.strip().casefold() in FUTURE_KINDS:
            continue
        published = [pack.sources[s].published for s in e.source if s in pack.sources]
        ends = [p.end for p in published if p is not None]
        if ends and e.date.start > max(ends):
            continue
        periods.append(e.date)
    periods.extend(o.period for o in pack.observations.values())
    if not periods:
        return None
    # the latest start; of two that start together, the more precise one
    return max(periods, key=lambda p: (p.start, -p.days))


def report_date(pack: Pack) -> tuple[str, Period] | None:
    """The report's date, the same on every run, as an ISO date and as a period to print.

    ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention, a Unix time) when set: the day the
    diagnosis is published. Else the first day of :func:`evidence_date`, printed with its own
    precision ("2026年4月時点" / "as of Apr 2026"): never a date before the events the report
    describes, and never the clock. None when nothing in the pack is dated.
    """
    import os

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        from datetime import UTC, datetime

        day = datetime.fromtimestamp(int(epoch), UTC).date()
        return day.isoformat(), Period(day, day, "day", day.isoformat())
    period = evidence_date(pack)
    if period is None:
        return None
    return period.start.isoformat(), period


def date_published(pack: Pack) -> str | None:
    """The report's date as an ISO date (see :func:`report_date`)."""
    found = report_date(pack)
    return found[0] if found else None


def date_label(period: Period, lang: str) -> str:
    """The report's date as printed: a day as is, a coarser period as "as of" it."""
    text = format_period(period, lang)
    if period.precision == "day":
        return text
    return f"{text}時点" if lang == "ja" else f"as of {text}"


def _title_key(text: str) -> str:
    """A title as compared for repeats: no spaces, punctuation or case."""
    return re.sub(r"[\W_]+", "", text).casefold()


def _strip_repeated_title(paragraph: str, titles: Iterable[str]) -> str:
    """A paragraph without an opening that repeats a heading above it ("総合評価：半分…" -> "半分…")."""
    for title in titles:
        if not title:
            continue
        m = re.match(r"\s*(.{1,60}?)\s*[：:]\s*", paragraph)
        if m and _title_key(m.group(1)) == _title_key(title) and paragraph[m.end():].strip():
            rest = paragraph[m.end():]
            return rest[0].upper() + rest[1:]
    return paragraph


def split_paragraphs(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\n\s*\n", text.strip())]
    return [" ".join(line.strip() for line in p.splitlines()) for p in parts if p]


# --- the builder ---------------------------------------------------------------------


class _Notes:
    """Footnote numbers of sources, assigned in order of first citation."""

    def __init__(self, pack: Pack):
        self.pack = pack
        self.numbers: dict[str, int] = {}

    def cite(self, source_ids: Iterable[str]) -> tuple[int, ...]:
        out: set[int] = set()
        for sid in source_ids:
            if sid in self.pack.sources:
                out.add(self.numbers.setdefault(sid, len(self.numbers) + 1))
        return tuple(sorted(out))

    def sources_of(self, evidence_ids: Iterable[str]) -> list[str]:
        out: list[str] = []
        for eid in evidence_ids:
            rec: Event | Observation | None = self.pack.events.get(eid) or self.pack.observations.get(eid)
            if rec is None:
                continue
            out.extend(s for s in rec.source if s not in out)
        return out

    def cite_evidence(
        self, evidence_ids: Iterable[str], extra_sources: Iterable[str] = ()
    ) -> tuple[int, ...]:
        ids = list(evidence_ids)
        return self.cite([*self.sources_of(ids), *extra_sources])


#: Narrative sections with a fixed place; pillar ids are added per pack.
_FIXED_ORDER = (
    "verdict",
    "timeline",
    "__pillars__",
    "institutions",
    "players",
    "gap",
    "comparison",
    "conclusion",
)
_INTO = {"summary": "verdict", "turning_point": "timeline"}


class _Builder:
    def __init__(self, pack: Pack, diagnosis: Diagnosis, lang: str, analysis: Analysis):
        self.pack = pack
        self.d = diagnosis
        self.lang = lang
        self.a = analysis
        self.notes = _Notes(pack)
        self.pillar_ids = [p.id for p in pack.meta.pillars]

    # small helpers
    def section_name(self, section: str) -> str:
        """The heading a section id is shown under: a pillar's name or the report's own title."""
        pillar = self.pack.pillar(section) if section else None
        if pillar is not None:
            return self.loc(pillar.name)
        return L.section_title(self.lang, _INTO.get(section, section)) or ""

    def t(self, key: str) -> str:
        return L.t(self.lang, key)

    def loc(self, text: LocalText) -> str:
        return text.get(self.lang)

    def entity_name(self, entity_id: str | None) -> str:
        if not entity_id:
            return ""
        ent = self.pack.entities.get(entity_id)
        return ent.name(self.lang) if ent else entity_id

    def named_in(self, entity_id: str, text: str) -> bool:
        ent = self.pack.entities.get(entity_id)
        folded = text.casefold()
        names = ent.names if ent else (entity_id,)
        return any(_names_word(n.casefold(), folded) for n in names if len(n) >= 2)

    def metric_name(self, metric_id: str) -> str:
        m = self.pack.metrics.get(metric_id)
        return m.name(self.lang) if m else metric_id

    def metric_definition(self, metric_id: str) -> str | None:
        """What a metric counts and leaves out (contract 1.1 ``definition``), to show beside its numbers."""
        m = self.pack.metrics.get(metric_id)
        return m.definition if m else None

    def definitions_of(self, evidence_ids: Iterable[str]) -> list[str]:
        """The definitions of the metrics of the observations among ``evidence_ids``, once each."""
        out: list[str] = []
        for i in evidence_ids:
            o = self.pack.observations.get(i)
            d = self.metric_definition(o.metric) if o else None
            if d and d not in out:
                out.append(d)
        return out

    def definition_span(self, definitions: Sequence[str]) -> tuple[Span, ...]:
        if not definitions:
            return ()
        colon = "：" if self.lang == "ja" else ": "
        text = f"（{self.t('definition')}{colon}{'; '.join(definitions)}）" if self.lang == "ja" else (
            f" ({self.t('definition')}{colon}{'; '.join(definitions)})"
        )
        return (Span(text),)

    def said_paragraph(self) -> Paragraph | None:
        """Who made the claim and when (contract 1.1 ``speaker``, ``said_on`` / ``--as-of``)."""
        d = self.d
        if d.speaker is None and d.as_of is None:
            return None
        colon = "：" if self.lang == "ja" else ": "
        sep = "　" if self.lang == "ja" else "; "
        parts: list[str] = []
        if d.speaker is not None:
            parts.append(f"{self.t('said_by')}{colon}{L.speaker_name(self.pack, d.speaker, self.lang)}")
        if d.as_of is not None:
            parts.append(f"{self.t('said_on')}{colon}{format_period(d.as_of, self.lang)}")
        return Paragraph((Span(sep.join(parts)),), "note")

    def is_subject(self, entity_id: str) -> bool:
        subject = self.pack.meta.subject
        if not subject:
            return False
        ent = self.pack.entities.get(entity_id)
        return entity_id == subject or (ent is not None and ent.country == subject)

    def narrative_blocks(self, section: str, section_title: str | None = None) -> list[Block]:
        """The pack's texts and tables of a section. A text's title that repeats the section's
        title is not shown again, nor a paragraph's opening that repeats a title ("総合評価：...")."""
        blocks: list[Block] = []
        shown = _title_key(section_title or self.section_name(section))
        for text in self.pack.narrative_texts:
            if text.section != section:
                continue
            title = self.loc(text.title) if text.title else ""
            if title and _title_key(title) != shown:
                blocks.append(Heading(title, 3))
            paras = split_paragraphs(self.loc(text.text))
            if paras:
                shown_titles = (title, section_title or self.section_name(section))
                paras[0] = _strip_repeated_title(paras[0], shown_titles)
            notes = self.notes.cite(text.source)
            for i, p in enumerate(paras):
                blocks.append(Paragraph((Span(p, notes if i == len(paras) - 1 else ()),)))
        tables = [t for t in self.pack.narrative_tables if (t.section or "other") == section]
        for table in _in_language(tables, self.lang):
            notes = self.notes.cite(table.source)
            rows = tuple(tuple((Span(c),) for c in row) for row in table.rows)
            blocks.append(Table(table.columns, rows, self.loc(table.title), notes=notes, style="narrative"))
        return blocks

    def event_row(self, ev: Event) -> tuple[Inline, ...]:
        notes = self.notes.cite(ev.source)
        amount = (Span(format_quantity(ev.amount, ev.amount.unit, self.lang), notes),) if ev.amount else ()
        title_text = ev.title(self.lang)
        # an actor the title already names (by any of its names) is not named a second time
        actors = ", ".join(
            self.entity_name(a) for a in ev.actors if not self.named_in(a, title_text)
        )
        title: Inline = (Span(title_text, strong=ev.significance >= 3),)
        if actors:
            title = (*title, Span(f" — {actors}"))
        return ((Span(format_period(ev.date, self.lang), notes),), title, amount)

    # --- sections ----------------------------------------------------------------

    def verdict_section(self) -> Section:
        d = self.d
        by_statement: dict[str, Check] = {}

        def walk(checks: Sequence[Check]) -> None:
            for c in checks:
                by_statement.setdefault(c.statement, c)
                walk(c.parts)

        walk(d.checks)

        def item(statement: str) -> Inline:
            c = by_statement.get(statement)
            notes = self.notes.cite_evidence(c.evidence, c.sources) if c else ()
            return (Span(statement, notes),)

        scale = tuple((r, L.rating_short(self.lang, r)) for r in (*L.RATING_LABELS["en"],))
        verdict = Verdict(
            d.claim,
            d.rating,
            d.label or L.rating_label(self.lang, d.rating),
            d.reason,
            tuple(item(s) for s in d.holds),
            tuple(item(s) for s in d.exaggerated),
            scale,
        )
        blocks: list[Block] = [verdict]
        said = self.said_paragraph()
        if said is not None:
            blocks.append(said)
        if d.later_evidence:
            notes = self.notes.cite_evidence(d.later_evidence)
            blocks.append(
                Paragraph((Span(f"{self.t('what_next')}: {', '.join(d.later_evidence)}", notes),), "note")
            )
        blocks.extend(self.narrative_blocks("summary"))
        return Section("verdict", L.section_title(self.lang, "verdict") or "", tuple(blocks))

    def checks_section(self) -> Section | None:
        """How the rating was reached: every check with its reason, and every number compared."""
        d = self.d
        blocks: list[Block] = list(self.narrative_blocks("checks"))
        # the checks, leap parts indented under their leap
        rows: list[tuple[Inline, ...]] = []

        def add(c: Check, depth: int) -> None:
            notes = self.notes.cite_evidence(c.evidence, c.sources)
            prefix = "　" * depth + ("└ " if depth else "")
            rows.append(
                (
                    (Span(prefix + c.statement),),
                    (Span(L.result_label(self.lang, c.result), strong=True),),
                    (Span(c.reason, notes), *self.definition_span(self.definitions_of(c.evidence))),
                )
            )
            for p in c.parts:
                add(p, depth + 1)

        for c in d.checks:
            add(c, 0)
        if rows:
            blocks.append(Heading(self.t("checks"), 3))
            blocks.append(Table((self.t("statement"), self.t("result"), self.t("reason")), tuple(rows)))
        numbers: list[tuple[Inline, ...]] = []

        def add_numbers(c: Check) -> None:
            for n in c.numbers:
                notes = self.notes.cite_evidence(n.evidence)
                found = format_found(n.found, n.unit, self.lang)
                if n.conversion:
                    found += f" ({n.conversion})"
                found_cell = (Span(found, notes), *self.definition_span(self.definitions_of(n.evidence)))
                numbers.append(((Span(n.label),), (Span(n.claimed_text or "-"),), found_cell))
            for p in c.parts:
                add_numbers(p)

        for c in d.checks:
            add_numbers(c)
        if numbers:
            blocks.append(Heading(self.t("numbers"), 3))
            blocks.append(Table((self.t("what"), self.t("claimed"), self.t("found")), tuple(numbers)))
        if not blocks:
            return None
        return Section("checks", L.section_title(self.lang, "checks") or "", tuple(blocks))

    def timeline_section(self) -> Section | None:
        events = sorted(self.pack.events.values(), key=lambda e: (e.date.start, e.id))
        # the analyst's account first, then the chart it describes: on paper the text fills the
        # page the verdict leaves, and the chart never leaves a blank block behind it
        blocks: list[Block] = list(self.narrative_blocks("timeline"))
        chart = self.timeline_chart(events)
        if chart is not None:
            blocks.append(chart)
        for tp in self.a.turning_points:
            blocks.append(self.turning_point_paragraph(tp))
        if self.a.turning_points:
            from shingi.pipeline.turning_point import Z_THRESHOLD

            note = self.t("robust_z_note").format(threshold=f"{Z_THRESHOLD:g}")
            blocks.append(Paragraph((Span(note),), "note"))
        blocks.extend(self.narrative_blocks("turning_point"))
        if not blocks:
            return None
        return Section("timeline", L.section_title(self.lang, "timeline") or "", tuple(blocks))

    def turning_point_paragraph(self, tp: TurningPoint) -> Paragraph:
        notes = self.notes.cite_evidence(tp.events)
        names = [self.loc(p.name) if (p := self.pack.pillar(pid)) else pid for pid in tp.pillars]
        when = format_period(tp.period, self.lang)
        if self.lang == "ja":
            lead = f"転換点：{when}"
            detail = (
                f"{len(tp.pillars)}本の柱（{'、'.join(names)}）が同時に動き、{len(tp.events)}件の出来事"
                f"（重要度の合計 {tp.weight}）。平常時（{tp.baseline_months}か月）の中央値 "
                f"{plain_number(tp.baseline_median)} に対しロバストz = {tp.score:.1f}。"
            )
        else:
            lead = f"Turning point: {when}"
            detail = (
                f"{len(tp.pillars)} pillars moved at once ({', '.join(names)}): {len(tp.events)} events "
                f"(significance {tp.weight}) against a median of {plain_number(tp.baseline_median)} "
                f"over {tp.baseline_months} baseline months, a robust z of {tp.score:.1f}."
            )
        return Paragraph((Span(lead, notes, strong=True), Span(" — " + detail)), "callout")

    def timeline_chart(self, events: list[Event]) -> Chart | None:
        lanes = [p.id for p in self.pack.meta.pillars]
        if any(e.pillar is None for e in events):
            lanes.append("")
        dated = [e for e in events if e.date.precision in ("day", "month")]
        if not dated or not lanes:
            return None
        first = min(e.date.start for e in dated)
        last = max(e.date.start for e in dated)
        months: list[date] = []
        cur = date(first.year, first.month, 1)
        while cur <= last:
            months.append(cur)
            cur = date(cur.year + (cur.month == 12), cur.month % 12 + 1, 1)
        busy = {(e.date.start.year, e.date.start.month) for e in dated}
        for tp in self.a.turning_points:
            busy.update((m.year, m.month) for m in months if tp.period.start <= m <= tp.period.end)
        # A run of FOLD or more months without an event is one narrow column: the chart spends
        # its width where things happen, and shows that time was skipped.
        columns: list[tuple[date, date]] = []  # (first month, last month) of each column
        folded: list[int] = []
        run: list[date] = []

        def close_run() -> None:
            if len(run) >= FOLD:
                folded.append(len(columns))
                columns.append((run[0], run[-1]))
            else:
                columns.extend((m, m) for m in run)
            run.clear()

        for m in months:
            if (m.year, m.month) in busy:
                close_run()
                columns.append((m, m))
            else:
                run.append(m)
        close_run()
        index = {(m.year, m.month): i for i, (m, last) in enumerate(columns) if m == last}
        dots = tuple(
            TimelineDot(
                lanes.index(e.pillar or ""),
                index[(e.date.start.year, e.date.start.month)],
                e.id,
                e.title(self.lang),
                e.significance,
            )
            for e in dated
        )
        marked: list[int] = []
        for tp in self.a.turning_points:
            for i, (m, last) in enumerate(columns):
                in_period = tp.period.start <= m <= tp.period.end
                same_month = (m.year, m.month) == (tp.period.start.year, tp.period.start.month)
                if m == last and (in_period or same_month) and i not in marked:
                    marked.append(i)
        lane_names = tuple(
            (self.loc(p.name) if (p := self.pack.pillar(lid)) else L.section_title(self.lang, "other") or "")
            for lid in lanes
        )
        notes = self.notes.cite_evidence(e.id for e in dated)
        labels = tuple(
            month_label(m, self.lang) if m == last
            else f"{month_label(m, self.lang)}–{month_label(last, self.lang)}"
            for m, last in columns
        )
        sig = sorted({e.significance for e in dated})
        span = f"{month_label(months[0], self.lang)} – {month_label(months[-1], self.lang)}"
        data = TimelineChart(
            lane_names,
            labels,
            dots,
            tuple(sorted(marked)),
            self.t("turning_point"),
            tuple(folded),
            tuple((k, self.t(f"significance_{k}")) for k in sig if 1 <= k <= 3),
            span,
            self.t("folded"),
            self.t("significance"),
        )
        title = self.t("chart_timeline").format(span=span)
        return Chart("timeline", title, self.t("chart_timeline_alt"), data, notes)

    def pillar_section(self, pillar_id: str, name: str) -> Section | None:
        events = sorted(
            (e for e in self.pack.events.values() if (e.pillar or "") == pillar_id),
            key=lambda e: chronological(e.date, e.id),
        )
        blocks: list[Block] = list(self.narrative_blocks(pillar_id)) if pillar_id else []
        if events:
            rows = tuple(self.event_row(e) for e in events)
            cols = (self.t("date"), self.t("event"), self.t("amount"))
            blocks.append(
                Table(cols, rows, row_ids=tuple(event_anchor(e.id) for e in events), style="events")
            )
        if not blocks:
            return None
        return Section(pillar_id or "events", name, tuple(blocks))

    def observation_value(self, o: Observation) -> str:
        if o.value is None:
            return L.category_label(self.pack, o.metric, o.category or "", self.lang)
        if o.rank_of is not None:  # a place of a count (contract 1.1 rank): 9/10
            place = int(o.value.value)
            return f"{o.rank_of}中{place}位" if self.lang == "ja" else f"{place} of {o.rank_of}"
        return format_quantity(o.value, o.unit, self.lang)

    def note_in_language(self, note: str | None) -> str:
        """A row's note when it is written in the report's language (or has no words of any
        language); a note in the other language would mix languages in one report."""
        if not note:
            return ""
        return note if note_language(note) in (None, self.lang) else ""

    def observation_table(self, observations: Iterable[Observation], style: str = "plain") -> Table:
        """Entity, metric, period, value and, when any row has one in the report's language, note."""
        rows = []
        notes_kept = []
        for o in observations:
            notes = self.notes.cite(o.source)
            note = self.note_in_language(o.note)
            notes_kept.append(note)
            rows.append(
                (
                    (Span(self.entity_name(o.entity)),),
                    (Span(self.metric_name(o.metric)),),
                    (Span(format_period(o.period, self.lang), notes),),
                    (
                        Span(self.observation_value(o), notes),
                        *self.definition_span(self.definitions_of([o.id])),
                    ),
                    (Span(note),),
                )
            )
        cols: tuple[str, ...] = (
            self.t("entity"), self.t("metric"), self.t("period"), self.t("value"), self.t("note")
        )
        cells: list[tuple[Inline, ...]] = list(rows)
        if not any(notes_kept):
            cols = cols[:4]
            cells = [r[:4] for r in rows]
        return Table(cols, tuple(cells), style=style)

    def institutions_section(self) -> Section | None:
        blocks = self.narrative_blocks("institutions")
        cats = [
            o
            for o in self.pack.observations.values()
            if (m := self.pack.metrics.get(o.metric)) is not None and m.kind == "category"
        ]
        if cats:
            cats.sort(key=lambda o: (o.metric, o.entity, *chronological(o.period, o.id)))
            blocks.append(Heading(self.t("categories"), 3))
            blocks.append(self.observation_table(cats, "observations"))
        if not blocks:
            return None
        return Section("institutions", L.section_title(self.lang, "institutions") or "", tuple(blocks))

    def gap_class_name(self, cls: str) -> str:
        """A gap measure's class as words: its pillar's name, else the class's label."""
        pillar = self.pack.pillar(cls)
        if pillar is not None:
            return pillar.name.get(self.lang) or pillar.id
        return L.gap_class(self.lang, cls)

    def gap_item(self, g: GapMeasure) -> Inline:
        """One gap measure as a sentence: the values on both sides and the ratio, cited."""
        notes = self.notes.cite_evidence(g.evidence, g.sources)
        definition = self.metric_definition(g.metric)
        head = Span(
            f"{self.metric_name(g.metric)} ({self.gap_class_name(g.measure_class)})"
            + (f" [{self.t('definition')}: {definition}]" if definition else "")
            + ": ",
            strong=True,
        )
        sub_period = self.period_text(g.subject_period)
        if g.basis == "share" or g.ratio is None:
            value = format_quantity(g.subject_value, g.unit, self.lang)
            return (head, Span(f"{self.entity_name(g.subject_entity)} {value} ({sub_period})", notes))
        ratio = Span(format_ratio(g.ratio, self.lang), notes, strong=True)
        if g.basis == "stated_ratio" or g.frontier_value is None:
            return (
                head,
                Span(f"{self.entity_name(g.subject)} / {self.entity_name(g.frontier)} = "),
                ratio,
                Span(f" ({sub_period})"),
            )
        sub = f"{self.entity_name(g.subject_entity)} {format_quantity(g.subject_value, g.unit, self.lang)}"
        fro = f"{self.entity_name(g.frontier_entity)} {format_quantity(g.frontier_value, g.unit, self.lang)}"
        fro_period = self.period_text(g.frontier_period)
        when = sub_period if sub_period == fro_period else f"{sub_period} / {fro_period}"
        conversion = conversion_note(self.pack, g, self.lang)
        conv = f"; {conversion}" if conversion else ""
        return (head, Span(f"{sub} / {fro} ({when}{conv}) = "), ratio)

    def period_text(self, text: str | None) -> str:
        """A canonical period spelling (2026-04) as the reader's language writes it."""
        return format_period_text(text, self.lang)

    def gap_section(self) -> Section | None:
        blocks: list[Block] = []
        items = [self.gap_item(g) for g in self.a.gaps]
        if items:
            blocks.append(BulletList(tuple(items)))
        blocks.extend(self.gap_charts())
        blocks.extend(self.narrative_blocks("gap"))
        numeric = [
            o
            for o in self.pack.observations.values()
            if o.value is not None
            and (m := self.pack.metrics.get(o.metric)) is not None
            and m.kind != "category"
        ]
        if numeric:
            order = list(self.pack.metrics)
            numeric.sort(
                key=lambda o: (
                    order.index(o.metric) if o.metric in order else len(order),
                    o.entity,
                    *chronological(o.period, o.id),
                )
            )
            blocks.append(Heading(self.t("observations"), 3))
            blocks.append(self.observation_table(numeric, "observations"))
        if not blocks:
            return None
        return Section("gap", L.section_title(self.lang, "gap") or "", tuple(blocks))

    def gap_charts(self) -> list[Chart]:
        """Bar charts of the metrics that compare entities: one period each, one unit each.

        The metrics of the gap measures come first, in their order, each drawn for the period the
        measure compared; then every other metric measured for two or more entities in one
        period, drawn for its latest such period, when one of them is the subject.
        """
        gap_by_metric: dict[str, GapMeasure] = {}
        for g in self.a.gaps:
            gap_by_metric.setdefault(g.metric, g)
        by_period: dict[str, dict[str, list[Observation]]] = defaultdict(lambda: defaultdict(list))
        for o in self.pack.observations.values():
            if o.value is not None:
                by_period[o.metric][o.period.text].append(o)
        metric_order = list(self.pack.metrics)
        ordered = [m for m in gap_by_metric if m in by_period] + [
            m for m in metric_order if m in by_period and m not in gap_by_metric
        ]
        charts: list[Chart] = []
        for metric_id in ordered:
            metric = self.pack.metrics.get(metric_id)
            if metric is None or metric.kind == "category":
                continue
            periods = by_period[metric_id]
            gap = gap_by_metric.get(metric_id)
            chosen: list[Observation] = []
            if gap is not None and gap.basis == "share":
                chosen = [o for o in periods.get(gap.subject_period, []) if o.id in gap.evidence]
            elif gap is not None and gap.basis == "pair" and gap.subject_period == gap.frontier_period:
                chosen = list(periods.get(gap.subject_period, []))
            elif gap is None or gap.basis == "pair":
                multi = [
                    (obs[0].period.end, text)
                    for text, obs in periods.items()
                    if len({o.entity for o in obs}) >= 2
                ]
                if multi:
                    chosen = list(periods[max(multi)[1]])
                if gap is None and not any(self.is_subject(o.entity) for o in chosen):
                    chosen = []
            if not chosen:
                continue
            # one value per entity (the first by id when sources disagree), in the majority unit
            units = sorted(o.unit or "" for o in chosen)
            unit = max(units, key=units.count) or None
            per_entity: dict[str, Observation] = {}
            for o in sorted(chosen, key=lambda o: o.id):
                if o.unit == unit:
                    per_entity.setdefault(o.entity, o)
            obs = sorted(per_entity.values(), key=lambda o: (-(o.value.value if o.value else 0.0), o.entity))
            if len(obs) < 2 and not (gap is not None and gap.basis == "share"):
                continue
            bars = tuple(
                Bar(
                    self.entity_name(o.entity),
                    o.value.value if o.value else 0.0,
                    self.observation_value(o),
                    self.is_subject(o.entity),
                    self.notes.cite(o.source),
                )
                for o in obs
            )
            ratio = ""
            if gap is not None and gap.ratio is not None and gap.basis == "pair":
                ratio = (
                    f"{self.entity_name(gap.subject_entity)} / {self.entity_name(gap.frontier_entity)}"
                    f"{'：' if self.lang == 'ja' else ': '}{format_ratio(gap.ratio, self.lang)}"
                )
            top = max(b.value for b in bars)
            axis_max = (
                100.0 if (unit == "%" and top <= 100) or (metric.kind == "score" and top <= 100) else None
            )
            title = f"{metric.name(self.lang)} ({format_period(obs[0].period, self.lang)})"
            if metric.higher_is_better is False:
                title += self.t("lower_is_better")
            alt = "; ".join(f"{b.label}: {b.display}" for b in bars)
            notes = tuple(sorted({n for b in bars for n in b.notes}))
            charts.append(
                Chart(
                    f"gap-{_slug(metric_id)}", title, alt, BarChart(bars, unit or "", ratio, axis_max), notes
                )
            )
        return charts[:6]

    def conflicts_section(self) -> Section | None:
        conflicts = list(self.d.conflicts) + find_conflicts(self.pack, self.lang)
        seen: set[tuple[str, ...]] = set()
        rows: list[tuple[Inline, ...]] = []
        for c in conflicts:
            key = tuple(sorted(c.evidence))
            if key in seen:
                continue
            seen.add(key)
            notes = self.notes.cite_evidence(c.evidence, c.sources)
            values: list[Span] = []
            for eid in c.evidence:
                o = self.pack.observations.get(eid)
                if o is not None:
                    values.append(Span(f"{self.observation_value(o)}", self.notes.cite(o.source)))
                    values.append(Span("; "))
            if values:
                values.pop()
            rows.append(((Span(c.what),), tuple(values) or (Span("", notes),), (Span(c.note, notes),)))
        if not rows:
            return None
        blocks: list[Block] = [
            Paragraph((Span(self.t("conflict_note")),), "note"),
            Table((self.t("what"), self.t("value"), self.t("note")), tuple(rows)),
        ]
        return Section("conflicts", L.section_title(self.lang, "conflicts") or "", tuple(blocks))

    def build(self, url: str | None) -> ReportDocument:
        sections: list[Section] = [self.verdict_section()]
        tl = self.timeline_section()
        if tl:
            sections.append(tl)
        for p in self.pack.meta.pillars:
            s = self.pillar_section(p.id, self.loc(p.name))
            if s:
                sections.append(s)
        if any(e.pillar is None for e in self.pack.events.values()):
            s = self.pillar_section("", L.section_title(self.lang, "other") or "")
            if s:
                sections.append(s)
        inst = self.institutions_section()
        if inst:
            sections.append(inst)
        for sid in ("players",):
            blocks = self.narrative_blocks(sid)
            if blocks:
                sections.append(Section(sid, L.section_title(self.lang, sid) or sid, tuple(blocks)))
        gap = self.gap_section()
        if gap:
            sections.append(gap)
        for sid in ("comparison", "conclusion"):
            blocks = self.narrative_blocks(sid)
            if blocks:
                sections.append(Section(sid, L.section_title(self.lang, sid) or sid, tuple(blocks)))
        known = {
            "checks",
            "summary",
            "timeline",
            "turning_point",
            "institutions",
            "players",
            "gap",
            "comparison",
            "conclusion",
            *self.pillar_ids,
        }
        extra: list[str] = []
        for sec in [t.section for t in self.pack.narrative_texts] + [
            t.section or "other" for t in self.pack.narrative_tables
        ]:
            if sec not in known and sec not in extra:
                extra.append(sec)
        checks = self.checks_section()
        if checks:
            sections.append(checks)
        conf = self.conflicts_section()
        if conf:
            sections.append(conf)
        # sections the pack names but the report does not know: last, before the sources
        taken = {s.id for s in sections} | {"sources"}
        for sid in extra:
            blocks = self.narrative_blocks(sid)
            anchor = _slug(sid)
            while anchor in taken:
                anchor += "-x"
            taken.add(anchor)
            if blocks:
                sections.append(Section(anchor, self.extra_title(sid), tuple(blocks)))
        entries = self.source_entries()
        sections.append(
            Section("sources", L.section_title(self.lang, "sources") or "", (SourceList(entries),))
        )
        meta = self.pack.meta
        dated = report_date(self.pack)
        return ReportDocument(
            pack_id=self.pack.id,
            lang=self.lang,
            title=self.loc(meta.title),
            subtitle=self.loc(meta.subtitle),
            kicker=self.t("report"),
            claim=self.d.claim,
            claim_id=self.d.claim_id,
            rating=self.d.rating,
            rating_label=self.d.label or L.rating_label(self.lang, self.d.rating),
            sections=tuple(sections),
            sources=entries,
            diagnosis=self.d,
            date_published=dated[0] if dated else None,
            date_text=date_label(dated[1], self.lang) if dated else None,
            url=url,
            claim_author=L.speaker_name(self.pack, self.d.speaker, self.lang) if self.d.speaker else None,
            claim_author_type=self.author_type(self.d.speaker),
            claim_date=iso_date(self.d.as_of) if self.d.as_of else None,
            claim_said=_inline_plain(said.spans) if (said := self.said_paragraph()) else "",
        )

    def author_type(self, speaker: str | None) -> str:
        """schema.org type of a speaker: a Person, unless the pack holds it as another kind of entity."""
        ent = self.pack.entities.get(speaker) if speaker else None
        return "Organization" if ent is not None and ent.kind != "person" else "Person"

    def extra_title(self, section_id: str) -> str:
        known = L.section_title(self.lang, section_id)
        if known:
            return known
        for text in self.pack.narrative_texts:
            if text.section == section_id and text.title:
                return self.loc(text.title)
        return section_id.replace("_", " ").replace("-", " ").strip().capitalize() or section_id

    def source_entries(self) -> tuple[SourceEntry, ...]:
        # Every source of the pack: cited ones in citation order, then the rest in file order.
        cited = set(self.notes.numbers)
        for sid in self.pack.sources:
            if sid not in self.notes.numbers:
                self.notes.numbers[sid] = len(self.notes.numbers) + 1
        entries = []
        for sid, n in sorted(self.notes.numbers.items(), key=lambda kv: kv[1]):
            s = self.pack.sources[sid]
            entries.append(
                SourceEntry(
                    n,
                    sid,
                    s.title,
                    s.publisher,
                    format_period(s.published, self.lang) if s.published else None,
                    safe_url(s.url),
                    s.kind,
                    sid in cited,
                )
            )
        return tuple(entries)


def text_language(texts: Iterable[str]) -> str:
    """ja when Japanese characters make up a tenth or more of the letters, else en."""
    from shingi.normalize.text import text_language as language

    return language(list(texts)) or "en"


def note_language(note: str) -> str | None:
    """The language a note is written in, quotations (「…」, "…") aside: a note that quotes its
    Japanese source in an English sentence is English. Mixed notes are read by their end, where
    the language that frames the sentence puts its predicate: ja when 30 % of the last 30
    letters are Japanese."""
    outside = re.sub(r"「[^」]*」|『[^』]*』|\"[^\"]*\"", " ", note)
    letters = [ch for ch in outside if ch.isalpha()]
    if not letters:
        return text_language_of(note)
    tail = letters[-30:]
    ja = sum(1 for ch in tail if "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff")
    return "ja" if ja >= 0.3 * len(tail) else "en"


def _in_language(tables: list[NarrativeTable], lang: str) -> list[NarrativeTable]:
    """Drop tables that translate another table of the section into a language other than ``lang``.

    Table cells have no ja/en pair in the pack format, so analysts give a translation as a second
    table of the same shape. Two tables of one section with the same number of rows and columns
    whose text is in different languages are taken as translations of each other.
    """
    langs = [text_language([*t.columns, *(c for r in t.rows for c in r)]) for t in tables]
    shapes = [(len(t.columns), len(t.rows)) for t in tables]
    keep: list[NarrativeTable] = []
    for i, table in enumerate(tables):
        twins = [j for j in range(len(tables)) if j != i and shapes[j] == shapes[i] and langs[j] != langs[i]]
        if twins and langs[i] != lang and any(langs[j] == lang for j in twins):
            continue
        keep.append(table)
    return keep


def event_anchor(event_id: str) -> str:
    """The in-document anchor of an event row (ids are reduced to characters safe in a URL fragment)."""
    return "ev-" + re.sub(r"[^A-Za-z0-9_.:-]", "_", event_id)


def source_anchor(number: int) -> str:
    """The in-document anchor of a source entry."""
    return f"src-{number}"


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-").lower()
    return slug or "section"


def find_conflicts(pack: Pack, lang: str = "ja") -> list[Conflict]:
    """Observations of one entity, metric and period whose values differ, from different sources."""
    groups: dict[tuple[str, str, str], list[Observation]] = defaultdict(list)
    for o in pack.observations.values():
        groups[(o.entity, o.metric, o.period.text)].append(o)
    out: list[Conflict] = []
    for (entity, metric, _period), obs in sorted(groups.items()):
        if len(obs) < 2:
            continue
        values = {(o.value.value, o.unit) if o.value is not None else (o.category, None) for o in obs}
        sources = sorted({s for o in obs for s in o.source})
        if len(values) < 2 or len({o.source for o in obs}) < 2:
            continue
        ent = pack.entities.get(entity)
        met = pack.metrics.get(metric)
        when = format_period(obs[0].period, lang)
        what = f"{ent.name(lang) if ent else entity} · {met.name(lang) if met else metric} · {when}"
        # the values, each with its source, are the row's value cell; the note says why they
        # differ when the rows' own notes say so in the report's language
        said = [o.note for o in sorted(obs, key=lambda o: o.id) if o.note and note_language(o.note) == lang]
        note = " / ".join(dict.fromkeys(said)) or (
            "出典によって値が異なる" if lang == "ja" else "the sources give different values")
        out.append(Conflict(what, tuple(o.id for o in sorted(obs, key=lambda o: o.id)), tuple(sources), note))
    return out


def build_document(
    pack: Pack,
    diagnosis: Diagnosis,
    lang: str | None = None,
    analysis: Analysis | None = None,
    url: str | None = None,
) -> ReportDocument:
    """Build the report document of one diagnosis; pure: the same inputs give the same tree."""
    language = lang or diagnosis.lang or pack.meta.language
    return _Builder(pack, diagnosis, language, analysis or Analysis()).build(url)
