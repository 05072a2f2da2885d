"""Causes and credits said in so many words ("X fell because of Y", 「減少は物価高が原因だ」,
「〜のおかげで」): the claim says why something happened. The facts it rests on are checked by the
other evaluators; the cause is a check of its own (docs/verdict-rules.md §4.12), which holds only
when the pack itself states that cause (an event whose title or note says so), and is ``unknown``
otherwise. An unknown cause keeps the claim from a true-ish rating (``aggregate``): facts that
hold do not make the reason for them true."""

from __future__ import annotations

import re
from collections.abc import Sequence

from shingi.model import Check, Pack
from shingi.pipeline import lexicon as lx
from shingi.pipeline.checks.common import _sources
from shingi.pipeline.claims.names import causes_inside, fronted_by_is_cause
from shingi.pipeline.claims.statement import Statement
from shingi.pipeline.morphology import content_keys

#: Share of the claim's words (names, dates and numbers left out) that an event stating a cause
#: must have for it to be the cause the claim gives.
CAUSE_COVERAGE = 0.5


#: 「最低賃金の引き上げで中小企業の倒産が過去最多になった」: a happening (a rise, a cut, an
#: introduction …) followed by で and then another subject (が) says what brought that subject's
#: change about — a cause, as 「〜の影響で」 does (a linguistic reason; blind jp-minwage
#: smb-bankrupt was a wrong true on the rise of the wage itself; 「ニッケル製錬所の拡大で、…森林が
#: 10万ヘクタール失われた」, blind round 11b forest-loss-ja). Not 「50円の引き上げで1,055円に
#: なった」: no other subject follows.
_CAUSAL_DE_JA = re.compile(
    rf"(?:{lx.HAPPENING_NOUNS_JA})(?:で|により|によって)"
    r"(?=、?[^、。がはで]{1,24}が)"
)

#: 「自殺者が減ったのは、景気が良くなったからだ」: the cleft 「XのはYからだ」 gives Y as the reason
#: for X (a linguistic reason; 「から」 alone is also "from", so only the cleft's end is read).
_CLEFT_REASON_JA = re.compile(r"(?<=のは)、?[^。]{1,60}?(?P<cue>から(?:だ|です|である))")
_FIGURE = re.compile(r"[0-9０-９]")
#: 「キャッシュレス化によって、現金の取り扱いコストは…」: a phrase with により / によって at the head of
#: a sentence, set off by a comma, says what brought the sentence's event about (a means or a
#: cause: a linguistic reason, the fronted adverbial of §4.12); not one holding a figure
_LEAD_BY_JA = re.compile(
    r"(?:^|(?<=。))\s*(?P<cue>(?P<by>[^、。\d０-９]{1,24}?)(?:により|によって))、(?P<rest>[^。]*)"
)


def cause_hit(text: str, statements: Sequence[Statement]) -> tuple[lx.CueHit, Statement | None] | None:
    """The first cause cue of the claim that lies in a statement that is not an opinion (「…株で
    やったおかげでしょうが」 is the speaker's conjecture, left out of the rating already), with
    that statement."""
    causal_de = [lx.CueHit("cause", m.start(), m.end(), m.group(0)) for m in _CAUSAL_DE_JA.finditer(text)]
    causal_de += [
        lx.CueHit("cause", m.start("cue"), m.end("cue"), m.group("cue"))
        for m in _CLEFT_REASON_JA.finditer(text)
    ]
    causal_de += [
        lx.CueHit("cause", m.start("cue"), m.end("cue"), m.group("cue")) for m in _LEAD_BY_JA.finditer(text)
        if fronted_by_is_cause(m.group("by"), m.group("rest"))
    ]
    causal_de += lx.find(lx.CREDIT_BLAME, text)  # "the government has worsened …" (§4.15)
    # a cause said inside a clause (「…の禁輸が響いて」「…により」「…を受けて」, "amid the ban"): what the
    # clause's owner is read without is a cause the claim gives, as 「が原因で」 is (one list,
    # claims/names._CAUSE_INSIDE); not one holding a figure (「50円の引き上げにより1,055円になった」:
    # the change's own size, no cause)
    causal_de += [
        lx.CueHit("cause", a, b, text[a:b].strip())
        for a, b in causes_inside(text)
        if not _FIGURE.search(text, a, b)
    ]
    for hit in sorted([*lx.find(lx.CAUSE, text), *causal_de], key=lambda h: h.start):
        owner = next((st for st in statements if st.start <= hit.start < max(st.end, st.start + 1)), None)
        if owner is not None and owner.kind == "opinion":
            continue
        return hit, owner
    return None


def cause_check(
    text: str,
    statements: Sequence[Statement],
    candidates: Sequence[str],
    pack: Pack,
    lang: str,
    number: int,
) -> Check | None:
    """The check of the cause a claim gives, or None when it gives none.

    ``candidates`` are the ids of the events retrieved for the claim's statements, best first:
    one whose title or note states a cause (a cause cue) and has half the claim's words says
    the same thing, and the cause holds; otherwise it is unknown."""
    found = cause_hit(text, statements)
    if found is None:
        return None
    hit, owner = found
    ja = lang == "ja"
    said = ("原因・理由: " if ja else "the cause: ") + (owner.span if owner is not None else text)
    # the claim's own words, names, dates and numbers left out (an event need not repeat them)
    claim_keys = frozenset(k for st in statements if st.kind != "opinion" for k in st.keys)
    for event_id in candidates:
        ev = pack.events.get(event_id)
        if ev is None:
            continue
        words = " ".join(x for x in (ev.title_ja, ev.title_en, ev.note) if x)
        if not lx.has(lx.CAUSE, words) or not claim_keys:
            continue
        covered = len(claim_keys & content_keys(words)) / len(claim_keys)
        if covered >= CAUSE_COVERAGE:
            title = ev.title(lang)
            reason = (
                f"原因について、パックの出来事「{title}」が同じことを述べている。"
                if ja
                else f"On the cause, the pack's event '{title}' says the same."
            )
            check = Check(f"s{number}", "cause", said, hit.text, "holds", reason, [ev.id])
            check.sources = _sources(pack, check.evidence)
            return check
    reason = (
        f"主張は原因・理由（「{hit.text}」）を述べているが、パックにはその因果関係を示す証拠がない。"
        "事実の部分が成り立っても、原因が正しいことにはならない。"
        if ja
        else f"The claim gives a cause or a reason ('{hit.text}'); nothing in the pack states that "
        "cause. Facts that hold do not make the reason for them true."
    )
    return Check(f"s{number}", "cause", said, hit.text, "unknown", reason)
