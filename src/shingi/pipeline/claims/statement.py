"""What a parsed claim is made of: :class:`ParsedClaim` holds the cleaned text and its
:class:`Statement` s; a statement holds the :class:`Span` s of the names it found, its
:class:`ClaimedPeriod` s and :class:`ClaimedNumber` s, and the :class:`Group` it names.

Records only; ``shingi.pipeline.parse`` builds them and the checks read them.
"""

from __future__ import annotations

from dataclasses import dataclass

from shingi.model import Lang, Period, Quantity
from shingi.pipeline.context import ClaimContext


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the cleaned claim that names something (``ref``: an id or a cue name)."""

    ref: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ClaimedPeriod:
    """A period of the claim; ``inferred``: a month or day written without its year ("3月",
    "that March") that took the year of an earlier period of the claim."""

    period: Period
    text: str
    start: int
    end: int
    inferred: bool = False
    #: "since": the start of a window that runs to the claim's "now" ("since 2012", 2012年以来)
    role: str | None = None
    #: "the 12 months to August 2023", 「2023年8月までの12か月間」: the length in months of a run
    #: that ends with this month (0: the period itself)
    run: int = 0


@dataclass(frozen=True, slots=True)
class ClaimedNumber:
    """A number of the claim with its comparator (about, at_least, more_than, at_most,
    less_than, exactly) and, for changes, its role (``from`` or ``to``)."""

    quantity: Quantity
    comparator: str
    text: str
    start: int
    end: int
    role: str | None = None

    @property
    def unit(self) -> str | None:
        return self.quantity.unit


@dataclass(frozen=True, slots=True)
class Group:
    """Entities named by their country and kind ("Japan's best model"): ``members`` are the
    pack's entities of that kind belonging to the country; ``best`` asks for the best one."""

    country: str
    kind: str
    members: tuple[str, ...]
    best: bool


@dataclass(frozen=True, slots=True)
class Statement:
    """One checkable statement of a claim."""

    index: int
    kind: str
    span: str
    lang: Lang
    entities: tuple[str, ...]  # subject first
    metrics: tuple[str, ...]  # best match first
    periods: tuple[ClaimedPeriod, ...]
    numbers: tuple[ClaimedNumber, ...]
    cues: frozenset[str]
    verbs: tuple[str, ...]  # event-verb cue names (lexicon.EVENT_VERBS)
    keys: frozenset[str]  # match keys of the clause without names, periods and numbers
    negated: bool = False
    # "No country exported more than $500 billion": the figure bounds every one of the subject's
    # class, not the subject alone (cues.none_past_a_figure): "bound"; "No country other than the
    # US exported more than Japan": the comparand ranked with one set apart (cues.none_but_one): "apart"
    none_past: str = ""
    group: Group | None = None
    styles: tuple[str, ...] = ()  # entities named as a type: "EU型", "EU-style"
    #: what came from the previous statement: subject, period, metric; "part": its figure is the
    #: part this statement's share is of (「…4万7317世帯で、全体の2.87%だった」)
    inherited: tuple[str, ...] = ()
    unknown_names: tuple[str, ...] = ()  # proper nouns the pack does not hold ("Texas")
    predicate_keys: frozenset[str] = frozenset()  # keys of its event verbs ("稼働", "produc")
    # what it says happened, as synonym concepts (lexicon.PREDICATE_SYNONYMS): "start", "approve"
    predicate_concepts: frozenset[str] = frozenset()
    asserts: bool = True  # it has a predicate that says what happened (not only "did", した)
    #: it ends in the speaker's judgement or conjecture (おかしい, でしょうが, "I think") and names no
    #: number, measure or date: an opinion, left out of the rating
    opinion: bool = False
    #: entities that only say where a ranking is made (「全国で最も低い」, "the world's largest"):
    #: the clause's subject is another one, the previous statement's when it names none
    scope: tuple[str, ...] = ()
    #: a change over an actor's time in office ("on his watch", 就任以来) that the pack cannot place
    unplaced_window: bool = False
    #: its window is an actor's time in office ("since she took office", "on his watch")
    term_window: bool = False
    #: it says its subject is the only one ("Only the Philippines …", 「日本だけが」, 唯一): no
    #: other item of the pack's measure may have what it has
    exclusive: bool = False
    #: it compares its period's value with the period before (「前年を下回った」 "down", "lower than
    #: a year earlier"), or says the value turned positive / negative (「プラスに転じた」 "pos" / "neg"),
    #: or that a balance stood in surplus / deficit ("ran a deficit in 2024", 「ずっと赤字」: "in_pos" /
    #: "in_neg")
    versus: str | None = None
    #: for ``versus``: how many periods in a row it says so (「3年連続で」, "three years in a row")
    streak: int = 0
    #: the head noun of its subject when no measure of the pack names it and its measures were
    #: matched only by the words around it (「推定生息数」 against 「捕獲数」): nothing settles it
    unmeasured: str = ""
    #: for a statement said of each of several ("A, B and C each had …"): the one of them the pack
    #: has no value of on the measure; nothing settles it (the others alone do not)
    unvalued: str = ""
    #: a phrase before it that qualifies its measure (「アップル分を除いても、」, "Excluding Apple,"):
    #: its qualifiers are the measure's (pipeline.qualifiers)
    framing: str = ""
    #: for one of the statements an event said of a list was split into ("opened factories in
    #: Giga Berlin and Giga Shanghai": claims.distributive): the listed entity it is said of, whose
    #: own event it must be
    conjunct: str = ""
    start: int = 0
    end: int = 0

    @property
    def period(self) -> Period | None:
        return self.periods[0].period if self.periods else None

    @property
    def subject(self) -> str | None:
        return self.entities[0] if self.entities else None


@dataclass(frozen=True, slots=True)
class ParsedClaim:
    """A cleaned claim and its statements, in claim order."""

    text: str
    lang: Lang
    statements: tuple[Statement, ...]
    truncated: bool = False
    original_length: int = 0
    #: when the claim was said and by whom (``shingi.pipeline.context``); None outside ``diagnose``
    context: ClaimContext | None = None
    #: the claim as written (cleaned, before ``one_spelling``); ``text`` is what was analysed
    written: str = ""
