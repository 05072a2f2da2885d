"""A share of a whole stated in words, settled from the pack's counts (docs/verdict-rules.md §4.5,
"A part of a whole stated in words").

A claim may state a share without naming a share measure: 「日本の住宅のおよそ6軒に1軒が空き家」,
"one in five homes … stands empty", 「空き家の半分以上は賃貸用」, "a third of Vietnam's exports go to
the US". What it names is a part (空き家, 賃貸用の空き家, exports to the US) and, as the owner of the
share word, its whole (住宅, 空き家, Vietnam's exports). Two readings settle it from the pack:

- **the share measure of the part**: a share measure whose definition takes the part measure as its
  part and the claim's whole as its whole (「総住宅数に占める空き家数の割合」, "Exports to the US
  divided by total goods exports");
- **a part over its whole**: two count or amount measures the claim names, one a kind of the
  other (its name holds the other's: 賃貸用の空き家 of 空き家, "exports to the United States" of
  "exports"), the wider one named as the owner of the share word: the part's value over the
  whole's, same entity and period.

The whole must be the claim's: the words that own the share word (「…の」 before it, "of …" or
the counted noun after it) must name it. Otherwise nothing is read here (the measure is not
clearly the claim's, and a guess is worse than an abstention).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from shingi.model import Metric, NumberCompared, Observation, Result
from shingi.pipeline import lexicon as lx
from shingi.pipeline.checks.common import (
    CREDIT_WRONG_SIZE,
    Finding,
    _Ctx,
    _min_result,
    compare_value,
    grade_share_word,
    graded_credit,
    pick_observations,
    to_unit,
)
from shingi.pipeline.checks.metrics import _as_percent
from shingi.pipeline.claims.numbers import _ONE_IN
from shingi.pipeline.claims.statement import ClaimedNumber
from shingi.pipeline.morphology import content_keys, has_japanese, tokenize

#: a share measure's definition: 「Xに占めるYの割合」「XのうちYの割合」, "Y divided by X", "Y as a share
#: of X", "share of X made by Y"
_DEF_JA = re.compile(
    r"(?P<whole>[^、。（）()]+?)(?:に占める|のうち)(?P<part>[^、。（）()]+?)の(?:割合|比率|シェア)"
)
_DEF_EN = (
    re.compile(
        r"(?i)^(?P<part>[^\S\n]|.*?\S)\s+(?:divided by|as a (?:share|percentage|proportion) of|over)\s+"
        r"(?P<whole>[^,.;(]+)"
    ),
    re.compile(
        r"(?i)(?:share|proportion|percentage) of (?P<whole>[^,.;(]+?) "
        r"(?:made|held|taken|accounted for) by (?P<part>[^,.;(]+)"
    ),
)

#: between a Japanese whole and its share word: 「空き家の半分」「輸出の約4分の3」「住宅のおよそ6軒に1軒」
_JA_OWNER_GAP = re.compile(r"(?:の|のうち|のうち、|全体の)\s*(?:約|およそ|ほぼ|実に)?\s*$")
#: a whole's size after its noun: 「借り手**4200万人**のうち」
_SIZE_AT_END_JA = re.compile(
    r"(?:約|およそ)?[0-9０-９.,，．万億兆千百十]+\s*(?:人|件|世帯|社|校|か国|カ国|戸|軒)?\s*$"
)
#: an increase is the whole: 「空き家の増加分の大半」 is a share of the rise, not of the level
_OF_A_CHANGE = re.compile(r"(?:増加|減少|増|減|伸び|上昇|低下)(?:分|幅|数)?の\s*(?:約|およそ|ほぼ)?\s*$")
#: the English owner: the words after the share ("homes" in "one in five homes", "Vietnam's
#: exports" in "a third of Vietnam's exports"), up to a verb or a preposition
_EN_OWNER = re.compile(
    r"(?i)^\s*(?:of\s+)?(?:all\s+|the\s+|this\s+year'?s\s+|[a-z][\w.]*'s\s+)*"
    r"(?:[\d.,]+\s*(?:million|billion|thousand|mn|bn|m|k)?\s+)?(?P<w>(?:[a-z-]+\s*){1,3})"
)
_EN_STOP = re.compile(
    r"(?i)\b(?:in|is|are|was|were|now|go|goes|went|came|come|from|stands?|by|to|for|have|has|had|that|who"
    r"|which|of)\b.*$"
)


#: a multiple is no share ("3倍" is no 300 % of a whole, §4.14)
_MULTIPLE = re.compile(r"(?i)倍|times|fold|doubl|tripl|halv|半減")


def _names(metric: Metric) -> list[str]:
    bare = (re.sub(r"[（(][^）)]*[）)]", "", n).strip().lower() for n in metric.names)
    return [n for n in bare if len(n) >= 2]


def _norm(text: str) -> str:
    text = re.sub(r"[「」『』\"']", "", text).strip().lower()
    return re.sub(r"^(?:the|total|all)\s+", "", text)


def _owner(ctx: _Ctx, n: ClaimedNumber) -> str | None:
    """The words that own the share word: 「住宅」 in 「日本の住宅の約6軒に1軒」, "homes" in "one in
    five homes", "Vietnam's exports" in "a third of Vietnam's exports"; None when a change owns it
    (「増加分の大半」) or nothing does."""
    text = ctx.st.span
    if n.start == n.end:
        # a share word read as "more than half" (ほとんど, "most of"): the word is where it is said
        hit = next(iter(lx.find(lx.MAJORITY, text)), None)
        if hit is None:
            return None
        n = replace(n, start=hit.start, end=hit.end)
    if has_japanese(text):
        before = text[: n.start]
        gap = _JA_OWNER_GAP.search(before)
        if gap is None or _OF_A_CHANGE.search(before):
            return None
        head = before[: gap.start()]
        if any(w.role == "whole" for w in ctx.st.numbers):
            # 「借り手4200万人のうち4分の1」: the whole said by its size after its noun
            head = _SIZE_AT_END_JA.sub("", head)
        return _japanese_owner(ctx, head)
    counted = _ONE_IN.search(n.text)
    if counted is not None and counted.group("u"):
        return counted.group("u")  # "14 homes of every 100 homes": the counted noun said in the figure
    after = re.sub(r"(?i)^\s*of\b", "", text[n.end :]) if n.text == "majority" else text[n.end :]
    if re.match(r"(?i)\s*(?:of\s+)?(?:the\s+)?(?:increase|rise|growth|decline|fall|drop)\b", after):
        return None
    m = _EN_OWNER.match(after)
    if m is None:
        return None
    words = _EN_STOP.sub("", m.group("w")).strip()
    return words or None


def _japanese_owner(ctx: _Ctx, head: str) -> str | None:
    """The noun phrase before 「の」 that owns a Japanese share word: the longest 「AのB」 chain
    ending there that is a name of a measure of the pack (「不登校の小中学生」: the whole is the
    non-attending pupils, not all pupils), else its last noun (「住宅」 of 「日本の住宅」, 「小中学生」 of
    「いまや小中学生」)."""
    toks = [t for t in tokenize(head) if t.pos != "空白"]
    nouns: list[str] = []  # the chain's nouns, last first
    i = len(toks) - 1
    while i >= 0:
        word = ""
        while i >= 0 and toks[i].pos in ("名詞", "接頭辞", "接尾辞"):
            word = toks[i].surface + word
            i -= 1
        if not word:
            break
        nouns.append(word)
        if i >= 0 and toks[i].surface == "の":
            i -= 1
            continue
        break
    if not nouns:
        return None
    known = {n for m in ctx.pack.metrics.values() for n in _names(m)}
    for k in range(len(nouns), 1, -1):
        phrase = "の".join(reversed(nouns[:k]))
        if phrase in known:
            return phrase
    return nouns[0]


def _names_whole(owner: str, names: list[str]) -> bool:
    """The owner's words name the whole: a name of it, or (Japanese) a noun inside one of its
    names (住宅 in 総住宅数), or (English) a content word of one ("homes" in "total homes")."""
    o = owner.lower()
    if any(o == n or (len(o) >= 2 and o in n and not o.isascii()) for n in names):
        return True
    if o.isascii():
        keys = content_keys(o)
        return bool(keys) and any(keys <= content_keys(n) for n in names)
    return False


def _spelled_within(owner: str, whole: str) -> bool:
    """A Japanese owner whose character pairs are mostly in the definition's whole, the
    separating 「・」 left out: 「小中学生」 in 「小・中学校の在籍児童生徒数」 (小中, 中学). A compound
    noun abbreviates the phrase it stands for (a linguistic reason); two pairs at least."""
    if owner.isascii() or len(owner) < 3:
        return False
    text = whole.replace("・", "")
    pairs = [owner[i : i + 2] for i in range(len(owner) - 1)]
    found = sum(p in text for p in pairs)
    return found >= 2 and 3 * found >= 2 * len(pairs)


def part_of_whole(ctx: _Ctx) -> Finding | None:
    """A share said in words of a whole the claim names, from the pack's counts (module doc)."""
    st = ctx.st
    numbers = [
        n if n.unit == "%" else _as_percent(n)
        for n in st.numbers
        if n.unit in ("%", "x") and n.role is None and not _MULTIPLE.search(n.text)
    ]
    if not numbers:
        return None
    owners = [o for o in (_owner(ctx, n) for n in numbers) if o]
    if not owners:
        # "one in three people who do A …": the whole is said after the share word
        return _of_a_related_whole(ctx, numbers, "")
    owner = owners[0]
    said = None
    if not has_japanese(st.span):
        words, said = _whole_phrase(ctx, numbers[0], owner)
        if _EN_RELATIVE.search(words):
            # "most of the W **who did A** were B": a relative clause narrows the
            # owner, so the measure the owner names is not the whole
            return _of_a_related_whole(ctx, numbers, owner)
    # an English part is said outside the whole's phrase
    for part, whole in _parts_and_wholes(ctx, owner, said):
        found = _share_measure(ctx, part, owner, numbers) or _ratio(ctx, part, whole, numbers)
        if found is not None:
            return found
    for part in _counted(ctx):
        found = _share_measure(ctx, part, owner, numbers)
        if found is not None:
            return found
    return _of_a_related_whole(ctx, numbers, owner)


def _of_a_related_whole(ctx: _Ctx, numbers: list[ClaimedNumber], owner: str) -> Finding | None:
    for part, whole in _pairs_the_pack_relates(ctx, numbers[0], owner):
        found = _ratio(ctx, part, whole, numbers)
        if found is not None:
            return found
    return None


#: English: a relative clause's opening and its own verb group ("who left", "who were chosen",
#: "that have been cut"), which the main verb comes after
_EN_RELATIVE = re.compile(
    r"(?i)\b(?:who|whom|that|which)\s+(?:(?:have|has|had|were|was|are|is|will|would|did|do|does)\s+)?"
    r"(?:been\s+)?(?:[a-z]+ly\s+)?[\w'-]+"
)
#: English: a finite verb that opens the main predicate after the whole ("were moved", "ends up
#: getting chosen", "have quit"): the auxiliaries, copulas and modals, and the phrasal verbs of
#: outcome, a closed class of the language
_EN_PREDICATE = re.compile(
    r"(?i)\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|do|does"
    r"|did|gets?|got|(?:end|wind|turn)(?:s|ed)?\s+(?:up|out)|wound\s+up|remain(?:s|ed)?|bec[oa]mes?)\b"
)


def _whole_phrase(ctx: _Ctx, n: ClaimedNumber, owner: str) -> tuple[str, str | None]:
    """The words that say what a share is of, with the clause that narrows it, and where the part
    is said. In English the whole runs from the share word to the main verb ("most of **the W who
    did A this year** were B", "one in three **people who do A** ends up B"): a relative clause
    after the counted noun restricts the whole to those it says, and the predicate after it says
    what happened to the part (a linguistic reason); the part is said in the predicate or before
    the share word ("N members of W did two-thirds of all A"); with no main verb found after a
    relative clause the part only before it (with none, the whole ends at the owner's words). In
    Japanese the whole is the owner before 「の」 with the clause before it that modifies it
    (「今年AしたWの過半数」), the part after the share word (None: what follows the phrase)."""
    text = ctx.st.span
    at = (n.start, n.end)
    if n.start == n.end:
        hit = next(iter(lx.find(lx.MAJORITY, text)), None)
        if hit is None:
            return owner, None
        at = (hit.start, hit.end)
    if has_japanese(text):
        # 「今年AしたWの過半数」: the clause before the owner narrows it (「過」 of 過半数 is
        # the share word's)
        return re.sub(r"過$", "", text[: at[0]]), None
    after = text[at[1]:]
    rel = _EN_RELATIVE.search(after)
    verb = _EN_PREDICATE.search(after, rel.end() if rel else 0)
    if verb is not None:
        cut = verb.start()
    elif rel is None and owner and owner.lower() in after.lower():
        # no clause narrows the owner ("a third of X's W go to Y"): it ends the whole
        cut = after.lower().index(owner.lower()) + len(owner)
    else:
        cut = len(after)  # a relative clause whose end is not found: the part only before the share
    return after[:cut], text[: at[0]] + " " + after[cut:]


def _pairs_the_pack_relates(ctx: _Ctx, n: ClaimedNumber, owner: str) -> Iterator[tuple[str, str]]:
    """(part, whole) of a share said of a whole the clause names but links no measure to ("Most of
    the W who did A this year were B": those B over those who did A): the part
    a count or amount measure of the clause whose own words are said outside the whole's phrase,
    the whole the measure of the pack in the same unit and kind that the phrase names best (most
    of its words, then fewest of a name's words unsaid; exactly one, else none: a guess between two
    wholes is worse than an abstention), named by the phrase more than the part is, and which the
    pack itself relates to the part (:func:`_related_by_the_pack`)."""
    metrics, entities = ctx.pack.metrics, ctx.pack.entities
    words, said = _whole_phrase(ctx, n, owner)
    ja = has_japanese(words)
    if ja and (not re.search(r"の\s*(?:約|およそ|ほぼ|実に)?\s*$", words) or _OF_A_CHANGE.search(words)):
        return  # no 「…の」 owns the share word, or a change does (「増加分の大半」)
    # the owner's name says whose the whole is, not which measure ("X's W …")
    named = frozenset().union(
        *(content_keys(x) for e in ctx.st.entities if e in entities for x in entities[e].names)
    )
    phrase = content_keys(words) - named
    # where the part is said: after the Japanese share word (「…の過半数はBされた」), in an
    # English predicate or before the share word ("most of those who did A **were B**"), never
    # in the whole's own phrase ("who did A" says the whole, not the part)
    rest = content_keys(ctx.st.span[len(words):] if said is None else said) - named
    for part in _counted(ctx)[:2]:
        pm = metrics[part]
        part_keys = _keys_of(pm)
        scored: list[tuple[int, int, str]] = []
        for wid, wm in metrics.items():
            if wid == part or wm.kind != pm.kind or (wm.unit or "") != (pm.unit or ""):
                continue
            if not any(ctx.index.observations(e, wid) for e in ctx.st.entities):
                continue
            whole_keys = _keys_of(wm)
            hit = len(whole_keys & phrase)
            if not hit or not (part_keys - whole_keys) & rest:
                continue  # the part's own words are not said: another part of the whole
            # a word of each of the whole's names the claim does not say narrows it to another
            # population ("K-level A-takers" for "people who do A"; "departures of W" for "the
            # W")
            unsaid = min(
                (len(content_keys(x) - phrase) for x in _names(wm) if has_japanese(x) == ja), default=99
            )
            scored.append((hit, -unsaid, wid))
        scored.sort(reverse=True)
        if not scored or (len(scored) > 1 and scored[0][:2] == scored[1][:2]):
            continue  # no whole, or two the phrase names alike
        whole = metrics[scored[0][2]]
        if len(part_keys & phrase) >= scored[0][0]:
            continue  # the whole's phrase names the part as well: which is the whole is not said
        if _related_by_the_pack(pm, whole, metrics.values()):
            yield part, whole.id


def _keys_of(metric: Metric) -> frozenset[str]:
    return frozenset().union(*(content_keys(x) for x in _names(metric)))


def _related_by_the_pack(part: Metric, whole: Metric, every: Iterable[Metric]) -> bool:
    """The pack says the part is counted within the whole: the part's definition names the whole
    ("Departures that were B …" for departures), or a ratio or share measure's
    definition names both (「Aの件数÷Bの件数」 for A and B) — contract 1.1
    ``definition``; the pack, not the engine, tells which measures are of one population. A name
    read inside a longer name of a third measure is that measure's ("W" in "departures of W"
    names the departures, not W)."""
    others = [m for m in every if m.id not in (part.id, whole.id)]
    if _mentions(part.definition or "", whole, others):
        return True
    return any(
        m.kind in ("ratio", "share") and _mentions(m.definition or "", whole, others)
        and _mentions(m.definition or "", part, others)
        for m in others
    )


def _mentions(definition: str, metric: Metric, others: Iterable[Metric] = ()) -> bool:
    """A name of ``metric`` written in ``definition`` (English names as whole words), not as a
    piece of a longer name of one of ``others``."""
    text = definition.lower()
    own = _names(metric)
    longer = {n for m in others for n in _names(m) if any(o in n and o != n for o in own)}
    for name in sorted(longer, key=len, reverse=True):
        text = text.replace(name, " ")
    for name in own:
        if name.isascii():
            if len(name) >= 4 and re.search(r"\b" + re.escape(name) + r"\b", text):
                return True
        elif len(name) >= 3 and name in text:
            return True
    return False


def _counted(ctx: _Ctx) -> list[str]:
    """The clause's count and amount measures, best first."""
    return [
        mid for mid in ctx.st.metrics[:4]
        if mid in ctx.pack.metrics and ctx.pack.metrics[mid].kind in ("count", "amount")
    ]


def _parts_and_wholes(ctx: _Ctx, owner: str, said: str | None = None) -> Iterator[tuple[str, str]]:
    """(part, whole) pairs of the clause's measures: the whole named by the owner words, the part a
    kind of it whose own words the clause says (one of them at least in ``said`` when given: the
    words outside the whole's phrase)."""
    counted = _counted(ctx)
    metrics = ctx.pack.metrics
    for whole in counted:
        if not _names_whole(owner, _names(metrics[whole])):
            continue
        for part in counted:
            if (
                part != whole
                and _kind_of(metrics[part], metrics[whole])
                and _part_said(metrics[part], metrics[whole], ctx.st.span, said)
            ):
                yield part, whole


def _kind_of(part: Metric, whole: Metric) -> bool:
    """The part is a kind of the whole: same unit, and a name of the part holds a name of the
    whole (賃貸用の空き家 / 空き家, "exports to the United States" / "exports")."""
    if (part.unit or "") != (whole.unit or "") or part.kind != whole.kind:
        return False
    wn = _names(whole)
    return any(w in p and w != p for p in _names(part) for w in wn)


def _part_said(part: Metric, whole: Metric, span: str, outside: str | None = None) -> bool:
    """The clause says what makes the part a kind of the whole: the rest of a name of the part
    once the whole's name is taken out (賃貸用 of 賃貸用の空き家, 放置 of 放置空き家, "to the US" of
    "exports to the US"); a measure linked on the whole's words alone (新規不登校 for 「不登校の
    小中学生の約6割が」) is not the part the claim names. With ``outside`` (the words outside the
    whole's phrase) one of those words at least is said there: "who left" in "most of the W who
    left were B" narrows the whole, it names no part ("K" of "K holders of Z in state S" may be the
    whole's too, "in state S" is the predicate's)."""
    said = span.lower()
    for p in _names(part):
        for w in _names(whole):
            if w not in p or w == p:
                continue
            rest = [x.strip(" の・") for x in p.split(w) if x.strip(" の・")]
            if not rest:
                continue
            keys = content_keys(" ".join(rest))
            if outside is not None and not keys & content_keys(outside):
                continue
            if all(_said_as_a_word(r, said) for r in rest):
                return True
            if p.isascii() and keys and keys <= content_keys(said):
                return True
    return False


def _said_as_a_word(word: str, text: str) -> bool:
    """``word`` occurs in ``text`` not as the tail of a longer Japanese noun (中学生 in 小中学生 is
    another word)."""
    for m in re.finditer(re.escape(word), text):
        before = text[m.start() - 1] if m.start() else ""
        if not re.match(r"[一-龥ァ-ヶー]", before) or not re.match(r"[一-龥ァ-ヶー]", word):
            return True
    return False


def _defined_share(definition: str) -> tuple[str, str] | None:
    m = _DEF_JA.search(definition)
    if m is None:
        m = next((x for rx in _DEF_EN if (x := rx.search(definition))), None)
    if m is None:
        return None
    return _norm(m.group("part")), _norm(m.group("whole"))


def _share_measure(ctx: _Ctx, part: str, owner: str, numbers: list[ClaimedNumber]) -> Finding | None:
    """The pack's share measure whose definition takes ``part`` as its part and the claim's
    owner words as its whole."""
    pack = ctx.pack
    part_names = _names(pack.metrics[part])
    for sid in sorted(pack.metrics):
        share = pack.metrics[sid]
        if share.kind != "share":
            continue
        defined = _defined_share(share.definition or "")
        if defined is None or defined[0] not in part_names:
            continue
        whole_names = [defined[1]] + [
            n for m in pack.metrics.values() if defined[1] in _names(m) for n in _names(m)
        ]
        if not _names_whole(owner, whole_names) and not _spelled_within(owner, defined[1]):
            continue
        for ent in ctx.st.entities:
            obs = [o for o in _observed(ctx, ent, sid) if o.value is not None]
            if obs:
                held = _held_whole(ctx, ent, defined[1], obs[0])
                return _finding(ctx, ent, sid, obs[0], None, numbers, held)
    return None


def _held_whole(ctx: _Ctx, ent: str, whole: str, o: Observation) -> Observation | None:
    """The pack's value of a share measure's whole (the measure named by its definition's whole),
    same entity and period: what a whole said by its size is set against."""
    for mid, m in ctx.pack.metrics.items():
        if whole in _names(m):
            same = (x for x in _observed(ctx, ent, mid) if x.period == o.period and x.value is not None)
            w = next(same, None)
            if w is not None:
                return w
    return None


def _observed(ctx: _Ctx, ent: str, mid: str) -> list[Observation]:
    ids = ctx.index.observations(ent, mid)
    return pick_observations(ctx.pack, ids, ctx.st.period, ctx.as_of) if ids else []


def _ratio(ctx: _Ctx, part: str, whole: str, numbers: list[ClaimedNumber]) -> Finding | None:
    for ent in ctx.st.entities:
        for o in _observed(ctx, ent, part):
            w = next(
                (x for x in _observed(ctx, ent, whole) if x.period == o.period and x.value is not None),
                None,
            )
            if o.value is None or w is None or w.value is None or w.value.value <= 0:
                continue
            if abs(o.value.value) > abs(w.value.value):
                continue  # a whole is never smaller than its part
            return _finding(ctx, ent, part, o, w, numbers, w)
    return None


def _finding(
    ctx: _Ctx,
    ent: str,
    mid: str,
    o: Observation,
    w: Observation | None,
    numbers: list[ClaimedNumber],
    held: Observation | None,
) -> Finding:
    assert o.value is not None
    if w is None:
        share = o.value.value
        label = f"{ctx.ename(ent)} {ctx.mname(mid)}"
        how = None
        ids: tuple[str, ...] = (o.id,)
        said = ctx.t(
            f"{ctx.ename(ent)}の{ctx.mname(mid)}は{ctx.ptext(o.period)}に{share:.1f}%",
            f"{ctx.ename(ent)}'s {ctx.mname(mid)} was {share:.1f} % in {o.period.text}",
        )
    else:
        assert w.value is not None
        share = 100 * o.value.value / w.value.value
        label = ctx.t(
            f"{ctx.mname(mid)}の{ctx.mname(w.metric)}に占める割合",
            f"{ctx.mname(mid)} as a share of {ctx.mname(w.metric)}",
        )
        how = f"{ctx.q(o.value.value, o.unit)} / {ctx.q(w.value.value, w.unit)}"
        ids = (o.id, w.id)
        said = ctx.t(
            f"{ctx.ename(ent)}の{ctx.mname(w.metric)}{ctx.q(w.value.value, w.unit)}のうち"
            f"{ctx.mname(mid)}は{ctx.q(o.value.value, o.unit)}（{ctx.ptext(o.period)}）、割合{share:.1f}%",
            f"{ctx.ename(ent)}: {ctx.mname(mid)} {ctx.q(o.value.value, o.unit)} of {ctx.mname(w.metric)} "
            f"{ctx.q(w.value.value, w.unit)} in {o.period.text}, a share of {share:.1f} %",
        )
    graded = [grade_share_word(n, share, ctx.st.span) for n in numbers]
    results = [r for r, _ in graded]
    claimed = ", ".join(n.text for n in numbers)
    reason = ctx.t(f"{said}（主張: {claimed}）。", f"{said} (claimed: {claimed}).")
    ncs = [
        NumberCompared(label, n.quantity.value, n.text, round(share, 6), "%", ids, n.comparator, how)
        for n in numbers
    ]
    result = _min_result(results)
    credit = graded_credit(result, [c for _, c in graded])
    said_whole = _sizes_of_the_whole(ctx)
    if said_whole and result != "fails":
        result, credit, note = _whole_said(ctx, said_whole, held, result, credit, ncs)
        reason += note
    return Finding(result, reason, list(ids), ncs, credit=credit)


def _sizes_of_the_whole(ctx: _Ctx) -> list[ClaimedNumber]:
    return [n for n in ctx.st.numbers if n.role == "whole" and n.unit not in ("%", "x", "rank")]


def whole_of_a_share_measure(ctx: _Ctx, ent: str, share: Metric, found: Finding | None) -> Finding | None:
    """A share measure's value said of a whole by its size ("a quarter of the 60 million homes"):
    the size against the measure its definition names as the whole (:func:`_whole_said`)."""
    said = _sizes_of_the_whole(ctx)
    if found is None or not said or share.kind != "share" or found.result in ("fails", "unknown"):
        return found
    defined = _defined_share(share.definition or "")
    o = next((ctx.pack.observations[e] for e in found.evidence if e in ctx.pack.observations), None)
    held = _held_whole(ctx, ent, defined[1], o) if defined is not None and o is not None else None
    result, credit, note = _whole_said(ctx, said, held, found.result, found.credit, found.numbers)
    return replace(found, result=result, credit=credit, reason=found.reason + note)


def _whole_said(
    ctx: _Ctx,
    said: list[ClaimedNumber],
    held: Observation | None,
    result: Result,
    credit: float | None,
    ncs: list[NumberCompared],
) -> tuple[Result, float | None, str]:
    """A share of a whole said by its size ("a quarter of the 90 million borrowers", 「借り手9000万人
    のうち4分の1」): the size is a figure of the claim, set against the pack's whole by a stated
    figure's tolerance (§4.1). Not held: unknown; missed: the share is of another whole than the
    claim's, what holds is not the claim (partly, credit 0.25: mostly false)."""
    if held is None or held.value is None:
        note = ctx.t("全体の大きさ（主張）はパックにない。", " The whole's size is not in the pack.")
        return "unknown", None, note
    found = held.value.value
    results: list[Result] = []
    for n in said:
        got = to_unit(found, held.unit, n.unit, ctx.pack, held.period.start.year, ctx.lang)
        if got is None:
            results.append("unknown")
            continue
        results.append(compare_value(n, got[0]))
        ncs.append(
            NumberCompared(
                ctx.mname(held.metric), n.quantity.value, n.text, got[0], n.unit, (held.id,), n.comparator
            )
        )
    whole = _min_result(results)
    q = ctx.q(found, held.unit)
    if whole == "unknown":
        note = ctx.t("全体の大きさ（主張）はパックと比べられない。", " The whole's size cannot be compared.")
        return "unknown", None, note
    if whole == "fails":
        note = ctx.t(
            f"全体はパックでは{q}で、主張の大きさと合わない。",
            f" The whole is {q} in the pack, not the size the claim says.",
        )
        return "partly", CREDIT_WRONG_SIZE, note
    return _min_result([result, whole]), credit, ""


#: 「空き家の増加分の大半」「増加の6割」, "most of the increase in …": the whole is a change
_CHANGE_OWNER_JA = re.compile(
    r"(?P<w>[^\s、。のはがを]+)の(?:増加|増)(?:分|幅|数)?の\s*(?:約|およそ|ほぼ)?\s*$"
)
_CHANGE_OWNER_EN = re.compile(
    r"(?i)^\s*(?:of\s+)?the\s+(?:increase|rise|growth)\s+in\s+(?:the\s+)?(?:[A-Z][\w.]*'s\s+)?(?P<w>(?:[a-z-]+\s*){1,3})"
)


def share_of_a_rise(ctx: _Ctx) -> Finding | None:
    """「空き家の増加分の大半は使用目的のない空き家だった」: a share of an increase, the part's
    rise over the whole's across the same two periods (the claim's, else the last step of the
    series), when the whole rose and the part is a kind of the whole (§4.5)."""
    st = ctx.st
    for n in st.numbers:
        if n.unit not in ("%", "x") or n.role is not None:
            continue
        if n.start == n.end:
            hit = next(iter(lx.find(lx.MAJORITY, st.span)), None)
            if hit is None:
                continue
            n = replace(n, start=hit.start, end=hit.end)
        m = (
            _CHANGE_OWNER_JA.search(st.span[: n.start])
            if has_japanese(st.span)
            else _CHANGE_OWNER_EN.match(re.sub(r"(?i)^\s*of\b", "", st.span[n.end :]))
        )
        if m is None:
            continue
        owner = _EN_STOP.sub("", m.group("w")).strip()
        number = n if n.unit == "%" else _as_percent(n)
        for part, whole in _parts_and_wholes(ctx, owner):
            found = _rise_ratio(ctx, part, whole, number)
            if found is not None:
                return found
    return None


def _ends(ctx: _Ctx, ent: str, mid: str) -> tuple[Observation, Observation] | None:
    """The two observations a rise is measured between: from the claim's "since" period (or its
    first period) to its last, else the last step of the series."""
    obs = sorted(
        (ctx.pack.observations[i] for i in ctx.index.observations(ent, mid)),
        key=lambda o: o.period.end,
    )
    obs = [o for o in obs if o.value is not None and (ctx.as_of is None or o.period.start <= ctx.as_of.end)]
    if len(obs) < 2:
        return None
    named = [p.period for p in ctx.st.periods]
    if len(named) >= 2:
        a = next((o for o in obs if o.period == named[0]), None)
        b = next((o for o in obs if o.period == named[-1]), None)
        return (a, b) if a is not None and b is not None and a is not b else None
    since = [p.period for p in ctx.st.periods if p.role == "since"]
    if len(named) == 1 and since:
        a = next((o for o in obs if o.period == since[0]), None)
        return (a, obs[-1]) if a is not None and a is not obs[-1] else None
    if named:
        return None  # one period: which step it ends or starts is not said
    last = obs[-1]
    same = [o for o in obs if o.period.precision == last.period.precision]
    return (same[-2], last) if len(same) >= 2 else None


def _rise_ratio(ctx: _Ctx, part: str, whole: str, n: ClaimedNumber) -> Finding | None:
    for ent in ctx.st.entities:
        w = _ends(ctx, ent, whole)
        p = _ends(ctx, ent, part)
        if w is None or p is None or (w[0].period, w[1].period) != (p[0].period, p[1].period):
            continue
        w0, w1, p0, p1 = (o.value.value for o in (*w, *p) if o.value is not None)
        rise = w1 - w0
        if rise <= 0:
            return None  # no rise to take a share of
        share = 100 * (p1 - p0) / rise
        label = ctx.t(
            f"{ctx.mname(whole)}の増加分に占める{ctx.mname(part)}の増加",
            f"{ctx.mname(part)}'s rise as a share of the rise in {ctx.mname(whole)}",
        )
        unit = w[1].unit
        how = f"{ctx.q(p1 - p0, unit)} / {ctx.q(rise, unit)}"
        span = f"{w[0].period.text}→{w[1].period.text}"
        reason = ctx.t(
            f"{ctx.ename(ent)}の{ctx.mname(whole)}は{span}に{ctx.q(rise, unit)}増え、"
            f"うち{ctx.mname(part)}の増加は"
            f"{ctx.q(p1 - p0, unit)}、割合{share:.1f}%（主張: {n.text}）。",
            f"{ctx.ename(ent)}'s {ctx.mname(whole)} rose by {ctx.q(rise, unit)} ({span}), of which "
            f"{ctx.mname(part)} {ctx.q(p1 - p0, unit)}: a share of {share:.1f} % (claimed: {n.text}).",
        )
        ids = (w[0].id, w[1].id, p[0].id, p[1].id)
        nc = NumberCompared(label, n.quantity.value, n.text, round(share, 6), "%", ids, n.comparator, how)
        result, credit = grade_share_word(n, share, ctx.st.span)
        return Finding(result, reason, list(ids), [nc], credit=credit)
    return None
