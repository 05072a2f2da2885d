"""What a claim asserts that the pack leaves open (docs/verdict-rules.md §5, "The point left open").

Two readings of where an unknown check stands in the claim, both linguistic:

- ``open_assertion``: the clause checked and found right is only the subject of the sentence, a
  noun phrase with its figure (「テムズ・ウォーターに科された1億2270万ポンドの罰金は」), and the
  check after it, its predicate (「結局利用者の水道料金から支払われる」), is unknown: the figure is
  what the claim presupposes, the predicate what it asserts, and nothing it asserts is settled.
- ``open_second_assertion``: an unknown clause joined to a settled one as an assertion of its own,
  by a coordinating or an inferring connective (", and …", ", yet …", ", so …", ", which proves
  …", 「しかも…」, 「…たが、…」) or a continuative clause (「…を公表し、…」「…を減らし、…」, the
  連用形 or the て-form and a comma): the two carry the same weight, and only one of them is shown.
  Not an apposition or a participle that goes on about the same figure (", the lowest since
  2014", 「…で、過去最多となった」), which is a detail of the settled one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shingi.model import Check
from shingi.pipeline.morphology import has_japanese, tokenize

#: English connectives that begin a clause of its own: a word of the gap between the two clauses
#: or the second clause's first word, never a word inside it ("Tokyo and Osaka elected …" joins
#: nothing: review 18)
_SECOND_EN = re.compile(
    r"(?i)(?:^|[,;\s])(?:and(?:\s+(?:yet|so|then))?|yet|so|but|which\s+(?:proves|shows|means|confirms"
    r"|demonstrates)|proving|showing\s+that)\b"
)
#: a sentence ended between the clauses: a sentence after it is no part of the one before
_SENTENCE_END_EN = re.compile(r"[.!?](?:[\s\"'’”)]|$)")
#: Japanese connectives at the head of a clause: しかも, さらに, そのうえ … (an added assertion)
#: and an assertion about now after a settled past (「…まで落ち込み、いまも下がり続けている」): another
#: period's statement, not a detail of the first
_SECOND_JA_HEAD = re.compile(
    r"^[、,。\s]*(?:しかも|さらに|そのうえ|その上|加えて|それでいて|それなのに"
    r"|いまも|今も|いまなお|今なお|現在も|依然として|依然)"
)
#: a clause ended by the conjunctive が / けど / けれど(も) after a predicate: 「超えたが、」
_SECOND_JA_TAIL = re.compile(r"(?:た|だ|る|い|す|ぬ|ん)(?:が|けど|けれど|けれども)[、,]?\s*$")


#: the head of a clause that goes on about the figure just said (「増え、過去最多となった」「減り、
#: 771万人となった」): a detail of the settled clause, not an assertion of its own
_DETAIL_JA_HEAD = re.compile(
    r"^[、,\s]*(?:過去|史上|統計|記録|初めて|初の|最高|最多|最低|最少|最大|最小|\d|[一二三四五六七八九十百千万億兆]+(?:人|円|件|倍|割))"
)


#: a clause with no subject of its own (no は / が / も) ending in the copula: a nominal predicate of
#: the first clause's subject (「死亡数は160万人を超え、出生数の2倍以上だった」), a detail of its figure
_SAME_SUBJECT_NOMINAL = re.compile(r"^[^はがも]*(?:だった|であった|だ|である|です|でした)[。.]?$")


#: verbs that make a compound particle after に / と (「に対し」「に比べ」「に伴い」「と比べ」), no
#: predicate of their own (「回復に転じ」 is one)
_COMPOUND_PARTICLE_VERBS = frozenset(
    {"対し", "比べ", "比較し", "伴い", "加え", "応じ", "基づき",
     "従い", "つれ", "関し", "わたり", "先立ち", "向け", "沿い"}
)


def _continuative(span: str, gap: str) -> bool:
    """Whether a clause ends in a verb's continuative form or its て-form before a comma
    (「プランを公表し、」「赤字を減らし、」「増えて、」): it joins a second predicate of the same
    weight (a linguistic reason: the 連用形 and the て-form coordinate clauses as "and" does). Not
    the copula's で (「…で、過去最多となった」), an adjective, a compound particle (「…に対し、」), or a
    clause with no comma after it."""
    if not gap.lstrip().startswith(("、", ",")):
        return False
    toks = [t for t in tokenize(span.rstrip("、, ")) if t.pos not in ("補助記号", "空白")]
    if not toks:
        return False
    last = toks[-1]
    if last.pos == "助詞" and last.surface in ("て", "で") and len(toks) >= 2:
        return toks[-2].pos == "動詞"
    if len(toks) >= 2 and toks[-2].surface in ("に", "と") and last.surface in _COMPOUND_PARTICLE_VERBS:
        return False  # a compound particle (「…のに対し、」「…に比べ、」「…と比べ、」): a contrast, no clause
    # an inflected verb that is not its dictionary form nor a past (公表し, 減らし, 増え, 落ち込み)
    return last.pos == "動詞" and last.surface != last.lemma and last.surface[-1] not in "たっんる"


def _places(checks: Sequence[Check], text: str) -> list[tuple[int, int] | None]:
    """Where each check's span stands in ``text`` (in order), or None when it cannot be found."""
    out: list[tuple[int, int] | None] = []
    pos = 0
    for c in checks:
        i = text.find(c.span, pos) if c.span else -1
        if i < 0:
            out.append(None)
            continue
        out.append((i, i + len(c.span)))
        pos = i + len(c.span)
    return out


def open_second_assertion(checks: Sequence[Check], text: str) -> bool:
    """Whether an unknown check after a settled one is joined to it as an assertion of its own
    (the module docstring says which joins count)."""
    places = _places(checks, text)
    for k in range(1, len(checks)):
        here, before = places[k], places[k - 1]
        if checks[k].result != "unknown" or checks[k - 1].result == "unknown":
            continue
        if here is None or before is None:
            continue
        gap = text[before[1] : here[0]]
        head = text[here[0] : here[0] + 30]
        if has_japanese(checks[k].span):
            tail = text[max(before[0], before[1] - 6) : before[1]] + gap
            if _SECOND_JA_HEAD.search(gap + head) or _SECOND_JA_TAIL.search(tail):
                return True
            if (
                _continuative(checks[k - 1].span, gap)
                and not _DETAIL_JA_HEAD.match(gap + head)
                and checks[k].kind != "superlative"
                and not _SAME_SUBJECT_NOMINAL.search(checks[k].span)
            ):
                return True
            continue
        one_sentence = not _SENTENCE_END_EN.search(text[max(0, before[1] - 1) : here[0]])
        if one_sentence and (_SECOND_EN.search(gap) or _SECOND_EN.match(head)):
            return True
    return False


def open_assertion(checks: Sequence[Check]) -> bool:
    """Whether a settled check is only a subject noun phrase (it ends in the topic は or the subject
    が right after a noun, or in the は of a pseudo-cleft 「…のは」) and the check after it, its
    predicate, is unknown (Japanese: the
    English reading keeps a subject and its predicate in one statement)."""
    for k in range(len(checks) - 1):
        c, nxt = checks[k], checks[k + 1]
        if c.result == "unknown" or nxt.result != "unknown" or not has_japanese(c.span):
            continue
        toks = [t for t in tokenize(c.span.rstrip("、, ")) if t.pos not in ("補助記号", "空白")]
        if (
            len(toks) >= 2
            and toks[-1].surface in ("は", "が")
            and toks[-1].pos == "助詞"
            and toks[-1].pos2 != "接続助詞"
            and (
                toks[-2].pos in ("名詞", "接尾辞")
                # a pseudo-cleft 「…を負担するのは」: the nominaliser の makes the clause a noun phrase,
                # and what follows は is the focus, the claim's assertion (a linguistic reason: in
                # 「XするのはYだ」 X is presupposed and Y asserted; reworded round 20c
                # ja-fine-customers-rw was a wrong true on the fine alone)
                or (toks[-2].surface == "の" and toks[-2].pos2 == "準体助詞" and toks[-1].surface == "は")
            )
        ):
            return True
    return False
