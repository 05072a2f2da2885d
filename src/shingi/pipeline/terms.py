"""An actor's time in office as a window of a claim: "since she took office", "on his watch",
"under this government", 就任以来, 政権発足後, 政権下で (docs/verdict-rules.md §2, "Windows").

A window named by an actor runs from when the actor took office to the claim's "now". Where it
starts comes from the claim itself when it says ("since taking office in January": the period
next to the words) or from the pack: a dated event of the actor whose title says it took office
(took office, sworn in, inaugurated, took charge, 就任, 政権発足 …), else an observation whose note
says the actor took office at its period ("the month Perry became governor"). The actor is the
person or government the words name, else the one the clause names, else the claim's speaker;
with none named, the pack's only term start, if it has exactly one (with one named, only a start
that names no one in a pack that holds no other person). A window that cannot be
placed is kept as unplaced: what depends on it is not settled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shingi.model import Pack, Period
from shingi.pack.index import EvidenceIndex

#: Words of a claim that open a window at the start of an actor's time in office. A name after
#: "since" starts with a capital whatever the case of the rest ("since the economy took a hit", "since
#: exports became the main driver" name no one).
ACTOR_WINDOW = re.compile(
    r"(?i:\bsince\s+(?:(?:he|she|they|i|we|you|(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2})\s+)?"
    r"(?:took|taking|take|takes|assumed|assuming|came\s+(?:to|into)|coming\s+(?:to|into)|became|becoming"
    r"|was\s+(?:sworn|elected|inaugurated)|were\s+(?:sworn|elected))\b"
    # "since the reform took effect", "came into force": a rule's coming into force, no one's term
    # (pipeline.anchors)
    r"(?!\s+(?:effect|force|place|part|shape|hold)\b)(?:\s+(?:office|charge|over|power))?"
    r"|\bsince\s+(?:his|her|my|our|their|the)\s+(?:inauguration|swearing-in|first\s+day\s+in\s+office"
    r"|(?:re-?)?election|appointment"
    r"|(?:administration|government)\s+(?:took|came|began|started))"
    r"|\bon\s+(?:his|her|my|our|their|[\w.'-]+(?:\s+[\w.'-]+)?'s?)\s+watch\b"
    r"|\bunder\s+(?:the\s+current\s+|this\s+|the\s+|his\s+|her\s+|my\s+|our\s+|their\s+)?(?:[\w.'-]+\s+){0,2}?"
    r"(?:government|administration|leadership|presidency|governorship|premiership|watch|tenure)\b"
    r"|\bduring\s+(?:his|her|my|our|their|[\w.'-]+'s?)\s+(?:tenure|term|presidency|governorship"
    r"|premiership|time\s+in\s+office|administration)\b"
    r"|\b(?:while|since\s+being)\s+in\s+office\b)"
    r"|(?:就任|政権発足|内閣発足|政権交代|着任|発足)(?:して)?(?:以来|以降|後|から)"
    r"|政権(?:下|の下|のもと|になってから|の間|時代)|在任(?:中|期間)"
)

#: Words of a title or a note that say an actor took office then.
TOOK_OFFICE = re.compile(
    r"(?i:\b(?:took|takes|taking|assumed|assumes)\s+(?:office|charge|over)\b|\bsworn\s+in\b|\binaugurat\w*"
    r"|\bcame\s+to\s+power\b|\bbec(?:ame|omes)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:governor|president"
    r"|prime\s+minister|mayor|premier|chancellor|minister|head\s+of\s+government|leader|superintendent"
    r"|secretary|chair(?:man|woman)?|director|commissioner)\b|\b(?:was\s+)?(?:elected|appointed)\b"
    r"|\bfirst\s+(?:full\s+)?(?:month|year|day|week|quarter)\s+in\s+office\b"
    r"|\b(?:start|beginning)\s+of\s+(?:his|her|their|the)\s+(?:first\s+)?term\b)"
    r"|就任|政権発足|内閣発足|政権交代|着任|政権が誕生|政権誕生|内閣が誕生"
)
#: A note that dates something before the start ("the year before Christie took office").
_BEFORE = re.compile(r"(?i:\bbefore\b|\bprior\s+to\b|\buntil\b)|前に|以前|前年|直前|まで")


@dataclass(frozen=True, slots=True)
class TermStart:
    """A dated item of the pack that says an actor took office: its period, the actors it names
    (an event's), its words (titles and note) and its id."""

    period: Period
    actors: tuple[str, ...]
    words: str
    item: str


_CACHE = "_term_starts"


def term_starts(pack: Pack) -> list[TermStart]:
    """Every dated item of the pack that says someone took office then, in date order. Worked
    out once per pack (kept with its evidence index)."""
    index = EvidenceIndex.of(pack)
    found: list[TermStart] | None = getattr(index, _CACHE, None)
    if found is not None:
        return found
    out: list[TermStart] = []
    for e in pack.events.values():
        words = " ".join([e.title("ja"), e.title("en"), e.kind, e.note or ""])
        if TOOK_OFFICE.search(words) and not _BEFORE.search(words):
            out.append(TermStart(e.date, e.actors, words, e.id))
    for o in pack.observations.values():
        note = o.note or ""
        if TOOK_OFFICE.search(note) and not _BEFORE.search(note):
            out.append(TermStart(o.period, (), note, o.id))
    out.sort(key=lambda t: (t.period.start, t.item))
    setattr(index, _CACHE, out)
    return out


def _names(pack: Pack, entity: str) -> list[str]:
    ent = pack.entities.get(entity)
    if ent is None:
        return []
    return [n for n in ent.names if len(n) >= 3 or not n.isascii()]


def _mentions(words: str, name: str) -> bool:
    if name.isascii():
        pattern = r"(?<![A-Za-z])" + re.escape(name) + r"(?![A-Za-z])"
        return re.search(pattern, words, re.IGNORECASE) is not None
    return name in words


def speaker_names(speaker: str | None, pack: Pack | None = None) -> list[str]:
    """The words that name a speaker given as free text ("Bob McDonnell", "Yogi Adityanath, Chief
    Minister of …"): the name before any comma or bracket, and its words of three letters or more.
    A speaker that is an entity id of the pack is named by that entity's names (never by the id:
    ids are opaque)."""
    if not speaker:
        return []
    if pack is not None and speaker in pack.entities:
        return [w for name in pack.entities[speaker].names for w in speaker_names(name)]
    head = re.split(r"[,(（、]", speaker, maxsplit=1)[0].strip()
    words = [w for w in re.split(r"\s+", head) if len(w) >= 3 and w[:1].isupper()] if head.isascii() else []
    return [head, *words] if head else words


def find_term_start(
    pack: Pack, actors: list[str], speaker: str | None, now: Period | None
) -> TermStart | None:
    """When the actor took office: the latest term start of the pack at or before ``now`` that
    names one of ``actors`` (entity ids: as an event's actor, or by any of its names), else one
    that names the speaker; with neither named, the pack's only term start."""
    starts = [t for t in term_starts(pack) if now is None or t.period.start <= now.end]
    if not starts:
        return None
    for names_of in (
        lambda t: any(a in t.actors or any(_mentions(t.words, n) for n in _names(pack, a)) for a in actors),
        lambda t: any(_mentions(t.words, n) for n in speaker_names(speaker, pack)),
    ):
        hits = [t for t in starts if names_of(t)]
        if hits:
            return hits[-1]
    if len(starts) == 1 and (not actors or _anonymous(pack, starts[0], actors)):
        return starts[0]
    return None


def _anonymous(pack: Pack, start: TermStart, actors: list[str]) -> bool:
    """Whether a term start that names no one can be the named actor's: an observation's note ("the
    first report after the inauguration") that names no entity of the pack, in a pack that holds no
    person but the actors named (with two people, a nameless start may be either one's)."""
    if start.actors or start.item not in pack.observations:
        return False
    if any(e.kind == "person" and e.id not in actors for e in pack.entities.values()):
        return False
    return not any(_mentions(start.words, n) for e in pack.entities for n in _names(pack, e))
