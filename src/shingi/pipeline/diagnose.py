"""``diagnose``: a claim against a pack, top to bottom: parse -> retrieve -> evaluate -> aggregate."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from shingi.model import Check, Diagnosis, InputError, Lang, Pack, Period
from shingi.normalize.quantities import format_quantity
from shingi.normalize.text import text_language
from shingi.pack.index import EvidenceIndex
from shingi.pipeline.aggregate import aggregate
from shingi.pipeline.checks.causes import cause_check
from shingi.pipeline.checks.events import EVENT_FIGURE_CREDIT
from shingi.pipeline.checks.links import (
    said_with_its_share,
    weigh_claim_figures,
    weigh_links,
    weigh_unread_lengths,
)
from shingi.pipeline.checks.one_measure import (
    mark_definition_markdowns,
    mark_incomparable_periods,
    mark_one_measure,
)
from shingi.pipeline.claims.distributive import distribute
from shingi.pipeline.claims.grain import other_definition
from shingi.pipeline.claims.statement import Statement
from shingi.pipeline.context import claim_context, known_at, later_evidence, running
from shingi.pipeline.evaluate import evaluate
from shingi.pipeline.parse import MAX_CLAIM_CHARS, parse
from shingi.pipeline.retrieve import retrieve


def _pack(pack: Pack | str | Path) -> Pack:
    if isinstance(pack, Pack):
        return pack
    from shingi.pack.load import load_pack

    return load_pack(pack)


def headline_claim(pack: Pack | str | Path, lang: str | None = None) -> str:
    """The text of the pack's headline claim, else of its first claim.

    With ``lang``, the headline's version in that language when the pack has one: the claim whose
    id is the headline's with ``-LANG`` (or ``_LANG``) added, or that replaces the headline's own
    language suffix (``leap`` -> ``leap-en``, ``leap-ja`` -> ``leap-en``), written in ``lang``.
    """
    p = _pack(pack)
    if p.meta.headline and p.meta.headline in p.claims:
        headline = p.claims[p.meta.headline]
    elif p.claims:
        headline = next(iter(p.claims.values()))
    else:
        raise InputError(f"pack {p.id} has no headline claim and no claims: give a claim to diagnose")
    if lang is None or text_language(headline.text) in (lang, None):
        return headline.text
    base = re.sub(r"[-_](ja|en)$", "", headline.id)
    for candidate in (f"{base}-{lang}", f"{base}_{lang}"):
        version = p.claims.get(candidate)
        if version is not None and text_language(version.text) == lang:
            return version.text
    return headline.text


def reader_language(claim: str | None, lang: str | None, pack: Pack) -> str:
    """The language a person reads a diagnosis in: the one asked for, else the claim's own (an
    English claim gets English words from a Japanese pack), else the pack's."""
    return lang or (text_language(claim) if claim else None) or pack.meta.language


def _settles_the_same_event(found: list[Check], event_id: str) -> bool:
    """A statement that only goes on about the previous statement's event and settles something
    of it (a number compared with the event's amount)."""
    return (
        len(found) == 1
        and found[0].kind == "event"
        and found[0].evidence == [event_id]
        and found[0].result != "unknown"
        and bool(found[0].numbers)
    )


#: checks whose statement is built from what they check (subject, frontier, period), not from the
#: claim's words: the same check gives the same statement in either language
_BUILT_STATEMENTS = frozenset({"parity", "leap", "turning_point"})


def _same_check_key(st: Statement, check: Check) -> tuple[object, ...]:
    """What makes two checks of a claim one, whatever the output language: the statement text is in
    the diagnosis language (the claim's words in its own language, what it names in the other), so
    it would merge two statements of one clause (「被害者数も死者数も」) in one language and not in
    the other. Two checks are one when they check the same thing the same way: the same clause
    naming the same entities, measure, periods and figures, with the same result on the same
    evidence and numbers; a built statement (parity twice from "leapt to the frontier …, drawing
    level with China") by its text."""
    said: object = (
        check.statement
        if check.kind in _BUILT_STATEMENTS
        else (
            check.span,
            st.entities,
            st.metrics[:1],
            tuple(p.period for p in st.periods),
            tuple((n.quantity, n.comparator) for n in st.numbers),
            st.negated,
        )
    )
    compared = tuple((n.claimed, n.found, n.unit, n.comparator) for n in check.numbers)
    return (check.kind, said, check.result, tuple(check.evidence), compared)


_WORST: dict[str, int] = {"fails": 0, "partly": 1, "unknown": 2, "holds": 3}


def _merge_detail(into: Check, detail: Check, lang: Lang, dated: bool = False) -> None:
    worst = min(into, detail, key=lambda c: (_WORST[c.result], c.credit if c.credit is not None else 0.75))
    held = into.result == "holds"
    into.result, into.credit = worst.result, worst.credit
    if dated and held and detail.result == "fails":
        # the event and its date held, only a figure told after it is wrong (§4.2): mostly false
        into.result, into.credit = "partly", EVENT_FIGURE_CREDIT
    into.statement = into.statement + ("、" if lang == "ja" else ", ") + detail.statement
    into.span = into.span + ", " + detail.span
    into.reason = into.reason + " " + detail.reason
    into.numbers = [*into.numbers, *detail.numbers]


def _country_reading(st: Statement, statements: list[Statement], text: str, pack: Pack) -> Statement | None:
    """A statement of a claim that names no one, given the pack's subject, read on the subject's
    country instead, when the subject is a part of a country (a region, a group) and its country
    has the measure too: 「新設住宅着工戸数は2025年に70万戸を割り込んだ」 in a pack about 首都圏 that
    keeps housing starts for Japan as well. None when the claim names an owner anywhere."""
    subject = pack.meta.subject
    if not subject or subject not in pack.entities or not st.metrics or st.entities[:1] != (subject,):
        return None
    own = pack.entities[subject]
    country = own.country
    if own.kind == "country" or not country or country == subject or country not in pack.entities:
        return None
    index = EvidenceIndex.of(pack)
    if index.find_entities(text) or any(s.group or s.scope or s.unknown_names for s in statements):
        return None  # a claim that names someone ("of Japan's 47 prefectures") says whose figure it is
    if not index.obs_by_entity_metric.get((country, st.metrics[0])):
        return None
    return replace(st, entities=(country, *st.entities[1:]))


def _owner_ambiguous(found: list[Check], other: list[Check], subject: str, country: str, pack: Pack,
                     lang: Lang, metric: str) -> list[Check]:
    """A nameless statement's checks on the pack's subject (``found``) against the same statement on
    the subject's country (``other``): the same result stands; a result on one only (the other has
    no figure of it) is that one's; two results that differ leave it open (a linguistic reason: a
    measure named with no place is either's, and the pack cannot say which one the speaker meant)."""
    if len(found) != 1 or len(other) != 1:
        return found
    a, b = found[0], other[0]
    if b.result == "unknown" or a.result == b.result:
        return found
    own = [
        o.value.value for i in EvidenceIndex.of(pack).obs_by_entity_metric.get((subject, metric), ())
        if (o := pack.observations.get(i)) is not None and o.value is not None
    ]
    claimed = [n.claimed for n in b.numbers if n.claimed]
    off_own = bool(claimed) and all(_off_scale(c, v) for c in claimed for v in own)
    if a.result == "unknown":
        # the subject merely missing the period stays unknown: the claim is of the pack's subject;
        # the country's answer only when the subject keeps no series of the measure, or the
        # claim's figure fits the country's value and is off every value of the subject by > 2x
        return other if not own or (off_own and _fits(b, points_only=False)) else found
    if _fits(a) and _misses(b):
        return found  # "about 120,000" with the subject at 120,000, the country at 820,000
    if _fits(b) and _misses(a):
        return other
    names = {e: pack.entities[e].name(lang) for e in (subject, country)}
    a.result, a.credit = "unknown", None
    a.reason = (
        f"主張は対象を名指ししていない。パックの主題（{names[subject]}）と、その属する国"
        f"（{names[country]}）の両方にこの指標があり、結論が分かれる: "
        if lang == "ja"
        else f"The claim names no place: the pack's subject ({names[subject]}) and its country "
        f"({names[country]}) both have this measure, and they give different answers: "
    ) + a.reason + " " + b.reason
    a.evidence = list(dict.fromkeys([*a.evidence, *b.evidence]))
    a.numbers = [*a.numbers, *b.numbers]
    return found


def _definitions_disagree(found: list[Check], other: list[Check], lang: Lang) -> list[Check]:
    """A threshold's check on the first definition (``found``, the measure the clause's words link
    first) against the same statement on a second definition (``other``): when the first fails and
    the second holds, the claim holds on another count only, and it does not say which count it
    means: half of it stands (partly, credit 0.5), never the reading that makes it true. A claim
    that holds on the first stays as read (docs/verdict-rules.md §4.13, "Neighbour series")."""
    if len(found) != 1 or len(other) != 1:
        return found
    a, b = found[0], other[0]
    if a.result != "fails" or b.result != "holds":
        return found
    a.result, a.credit = "partly", 0.5
    a.reason = (
        "同じものを数える二つの系列（定義・集計元の違い）で結論が分かれ、主張はどちらかを言っていない: "
        if lang == "ja"
        else "Two series count this under different definitions and give different answers; the claim "
        "does not say which it means: "
    ) + a.reason + " " + b.reason
    a.evidence = list(dict.fromkeys([*a.evidence, *b.evidence]))
    a.numbers = [*a.numbers, *b.numbers]
    return found


def _off_scale(claimed: float, value: float) -> bool:
    """Whether a claimed figure is off a value by more than 2x (another entity's scale)."""
    if claimed == 0 or value == 0 or (claimed > 0) != (value > 0):
        return True
    return max(abs(claimed), abs(value)) / min(abs(claimed), abs(value)) > 2


def _fits(check: Check, points_only: bool = True) -> bool:
    """Whether every figure a check compared is within 1.5x of its value (the same scale); with
    ``points_only``, a point figure ("about 120,000"): a threshold set against two values of one
    scale says less of whose it is."""
    pairs = [(n.claimed, n.found) for n in check.numbers if n.claimed]
    if points_only and any(n.comparator not in ("about", "exactly") for n in check.numbers if n.claimed):
        return False
    return bool(pairs) and all(
        not _off_scale(c, f) and max(abs(c), abs(f)) / min(abs(c), abs(f)) <= 1.5 for c, f in pairs if c
    )


def _misses(check: Check) -> bool:
    """Whether a check's figures are all off their values by more than 2x."""
    pairs = [(n.claimed, n.found) for n in check.numbers if n.claimed]
    return bool(pairs) and all(_off_scale(c, f) for c, f in pairs if c)


def diagnose(
    claim: str,
    pack: Pack | str | Path,
    lang: str | None = None,
    as_of: Period | str | None = None,
    speaker: str | None = None,
) -> Diagnosis:
    """Diagnose a claim against a pack (a loaded Pack, a folder, or a bundled pack id).

    ``lang`` (ja or en) is the language of statements and reasons; default: the pack's (the
    CLI passes the claim's own language, see :func:`reader_language`). It never changes the
    rating: the claim is read in its own language.
    ``as_of`` is when the claim was said (a period, or its text such as ``2023-11-02``); default:
    the ``said_on`` of the pack's claim with this text, if any. Evidence dated after it does not
    decide the verdict (``Diagnosis.later_evidence`` lists it). ``speaker``: who said it.
    Raises :class:`~shingi.model.InputError` for an empty claim, an unknown language or an
    ``as_of`` that is no period.
    """
    full = _pack(pack)
    if lang is not None and lang not in ("ja", "en"):
        raise InputError(f"unknown language '{lang}' (ja or en)")
    out_lang: Lang = "ja" if (lang or full.meta.language) == "ja" else "en"
    context = claim_context(full, claim, as_of, speaker)
    # the pack as it stood when the claim was made: later evidence does not decide
    p = known_at(full, context.as_of)
    parsed = parse(claim, p, context)
    # a period the claim names that is still running at its date: its figures are what it speaks of
    named = running((c.period for s in parsed.statements for c in s.periods), context.as_of)
    if named:
        p = known_at(full, context.as_of, named)
        parsed = parse(claim, p, context)
    checks: list[Check] = []
    seen: set[tuple[object, ...]] = set()
    previous_event: str | None = None
    previous_dated = False  # the previous statement's event was claimed at a date that held
    candidates: dict[str, None] = {}  # the events retrieved for the claim, for its cause (§4.12)
    claim_dated = any(s.periods for s in parsed.statements)
    said: list[tuple[Statement, Check]] = []  # each check with the statement it checks
    # 「AもBも」, 「いずれも」, "both": a predicate said of each conjunct is checked for each (§2)
    statements = [one for st in parsed.statements for one in distribute(st, p)]
    for statement in statements:
        evidence = retrieve(statement, p)
        candidates.update((c.id, None) for c in evidence.events)
        found = evaluate(statement, evidence, p, out_lang, len(checks) + 1, previous_event, context)
        # settled only on evidence linked to the statement strongly enough (§4.13)
        weigh_links(found, statement, p, out_lang, context, claim_dated)
        second = other_definition(statement, p)
        if second is not None:
            # a threshold said of a measure two definitions count: both are read (§4.13)
            other = evaluate(
                second, retrieve(second, p), p, out_lang, len(checks) + 1, previous_event, context
            )
            weigh_links(other, second, p, out_lang, context, claim_dated)
            found = _definitions_disagree(found, other, out_lang)
        national = _country_reading(statement, statements, parsed.text, p)
        if national is not None:
            # a measure named with no place, in a pack about a part of a country that keeps the
            # measure for the country too: read on both (§2, what a statement names)
            other = evaluate(
                national, retrieve(national, p), p, out_lang, len(checks) + 1, previous_event, context
            )
            weigh_links(other, national, p, out_lang, context, claim_dated)
            found = _owner_ambiguous(
                found, other, statement.entities[0], national.entities[0], p, out_lang, national.metrics[0]
            )
        if previous_event is not None and checks and _settles_the_same_event(found, previous_event):
            # "X's investment, announced in April 2026, is worth about $20 billion" is one event
            # claim: its amount is a detail of the previous check, as bad as its worst detail
            _merge_detail(checks[-1], found[0], out_lang, previous_dated)
            continue
        # the event a statement was found to be, for a next one that goes on about it
        previous_event = next(
            (
                i
                for c in found
                if c.kind in ("event", "plan") and c.result != "unknown"
                for i in c.evidence
                if i in p.events
            ),
            None,
        )
        previous_dated = bool(statement.periods) and any(c.result == "holds" for c in found)
        for check in found:
            # two clauses that say the same thing ("leapt to the frontier …, drawing level with
            # China" gives parity twice) are one statement: counted once
            key = _same_check_key(statement, check)
            if key in seen:
                continue
            seen.add(key)
            check.id = f"s{len(checks) + 1}"
            checks.append(check)
            said.append((statement, check))
    # the claim's figures are its point: what holds without them does not make it true (§4.13)
    weigh_claim_figures(said, out_lang)
    # a length said of a state (「1カ月以上も続いた」) that no check compared leaves it open (§4.15)
    weigh_unread_lengths(said, out_lang)
    # 「…4万7317世帯で、全体の2.87%だった」: a count said again as its share is settled by the share
    kept = said_with_its_share(said, out_lang, parsed.text)
    if len(kept) < len(checks):
        said = [(st, c) for st, c in said if any(c is k for k in kept)]
        checks = [c for c in checks if any(c is k for k in kept)]
        for n, c in enumerate(checks, start=1):
            c.id = f"s{n}"
    # a place on a measure the pack calls raw or one of several is half true (§4.11)
    mark_one_measure(said, parsed.text, p, out_lang)
    # "55th in 2014 and 107th in 2022" on ranks that cannot be compared across reports (§4.11)
    mark_incomparable_periods(said, p, out_lang)
    # "500,000 manufacturing jobs since February 2010" counted from the low point, "over 90% …
    # receive those other payments" on payments counted however small (§4.11)
    mark_definition_markdowns(said, parsed.text, p, out_lang)
    # "X fell because of Y", 「〜が原因だ」: the cause the claim gives is a check of its own
    cause = cause_check(parsed.text, parsed.statements, list(candidates), p, out_lang, len(checks) + 1)
    if cause is not None:
        checks.append(cause)
    notes: list[str] = []
    if parsed.truncated:
        notes.append(
            f"主張が長いため先頭の{len(parsed.text):,}文字（上限{MAX_CLAIM_CHARS:,}文字）のみを分析した"
            f"（元は{parsed.original_length:,}文字）。"
            if out_lang == "ja"
            else f"The claim is long: only its first {len(parsed.text):,} characters were analysed "
            f"(limit {MAX_CLAIM_CHARS:,}; the claim had {parsed.original_length:,})."
        )
    for check in checks:
        give_a_reason(check, out_lang)
    verdict = aggregate(checks, out_lang, notes, parsed.text)
    conflicts = [c for check in checks for c in check.conflicts]
    claim_id = context.claim_id or next(
        (c.id for c in p.claims.values() if c.text in (parsed.written, parsed.text, claim.strip())), None
    )
    diagnosis = Diagnosis(
        claim=parsed.written or parsed.text,
        pack_id=p.id,
        lang=out_lang,
        rating=verdict.rating,
        label=verdict.label,
        reason=verdict.reason,
        holds=verdict.holds,
        exaggerated=verdict.exaggerated,
        checks=checks,
        claim_id=claim_id,
        conflicts=conflicts,
        as_of=context.as_of,
        speaker=context.speaker,
    )
    diagnosis.later_evidence = later_evidence(full, context.as_of, diagnosis.evidence_ids, named)
    return diagnosis


def give_a_reason(check: Check, lang: Lang) -> None:
    """A reason for a check (and each of its parts) that came with none: the figures it compared,
    else what its result says — every check prints a reason (session 27)."""
    for part in check.parts:
        give_a_reason(part, lang)
    if check.reason.strip():
        return
    ja = lang == "ja"
    said = [
        f"{nc.label}: 主張 {nc.claimed_text}、パック {format_quantity(nc.found, nc.unit, lang)}" if ja
        else f"{nc.label}: claimed {nc.claimed_text}, the pack {format_quantity(nc.found, nc.unit, lang)}"
        for nc in check.numbers
    ]
    listed = ", ".join(check.evidence)
    if said:
        check.reason = "、".join(said) + "。" if ja else "; ".join(said) + "."
    elif check.result == "unknown":
        check.reason = ("パックにこの記述を判定できる値がない。" if ja
                        else "The pack holds no value that settles this statement.")
    elif listed:
        check.reason = f"根拠: {listed}。" if ja else f"Evidence: {listed}."
    else:
        check.reason = "パックの内容から判定した（比べた数値はない）。" if ja else (
            "Judged on the pack's contents (no figure compared).")
