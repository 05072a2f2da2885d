"""The rows ingest drafts: where a fact was read, the event and observation rows, the new
entities and metrics they need, and what one document gave (:class:`DocFacts`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from shingi.ingest.sentences import Sentence
from shingi.model import Period, Quantity

DateFrom = Literal["text", "context"]
#: who said whose a figure is: its sentence or table (``text``, or an owner carried from the sentence before
#: it), the document around it (``context``: its subject, a title, a publisher line, a government body it
#: names, an address, the nation a Japanese text speaks of, the one country an English release names:
#: inferred, the note says from what), or the user (``option``: ``--owner``)
OwnerFrom = Literal["text", "context", "option"]


# --- records -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Place:
    """Where a fact was read: document, page, line span and the sentence itself."""

    doc: str
    page: int | None
    line: int
    char_start: int
    line_end: int
    char_end: int
    quote: str

    @classmethod
    def of(cls, doc: str, s: Sentence) -> Place:
        return cls(doc, s.page, s.line, s.char_start, s.line_end, s.char_end, " ".join(s.text.split()))

    def key(self) -> tuple[str, int, int, int, int, int]:
        return (self.doc, self.page or 0, self.line, self.char_start, self.line_end, self.char_end)


@dataclass(frozen=True, slots=True)
class NewEntity:
    """An entity the pack does not have (or every entity, without a pack)."""

    id: str
    kind: str
    name_ja: str | None
    name_en: str | None
    aliases: tuple[str, ...] = ()
    country: str | None = None
    #: contract 1.1: the entity's own fiscal year, ``START_MONTH/start|end``
    fiscal_year: str | None = None


@dataclass(frozen=True, slots=True)
class NewMetric:
    """A metric named by the document that the pack does not have."""

    id: str
    name_ja: str | None
    name_en: str | None
    unit: str | None
    kind: str


@dataclass(slots=True)
class EventRow:
    id: str
    date: Period
    date_from: DateFrom
    pillar: str | None
    actors: tuple[str, ...]
    kind: str
    title: str
    lang: str
    amount: Quantity | None
    source: str
    place: Place
    note: str | None = None
    #: where the event is said in ``place.quote`` (its amount, else its date), as offsets
    mark: tuple[int, int] | None = None


@dataclass(slots=True)
class ObservationRow:
    id: str
    entity: str
    metric: str
    period: Period
    period_from: DateFrom
    value: Quantity
    comparator: str | None
    source: str
    place: Place
    note: str | None = None
    #: where the figure stands in ``place.quote``, as offsets
    mark: tuple[int, int] | None = None
    owner_from: OwnerFrom = "text"


@dataclass(slots=True)
class DocFacts:
    """What one document gave: rows, and the entities and metrics they need that the pack lacks."""

    events: list[EventRow] = field(default_factory=list)
    observations: list[ObservationRow] = field(default_factory=list)
    entities: dict[str, NewEntity] = field(default_factory=dict)
    metrics: dict[str, NewMetric] = field(default_factory=dict)
    sentences: int = 0
    skipped_figures: int = 0
    #: of those, figures left out because the document has no date and says no year for them
    #: ("in September", "last year"): ``--published`` gives them one
    undated_figures: int = 0
    #: figures left out because their number or year is out of range, each as "line N: why"
    #: (:func:`shingi.ingest.draft.drop_out_of_range`)
    left_out: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Mention:
    id: str
    start: int
    end: int
