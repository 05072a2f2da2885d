"""Measures of one quantity kept per group: two measures of the pack whose names are the same but
for one word ("平均初婚年齢（夫）" / "平均初婚年齢（妻）", "男性の平均寿命" / "女性の平均寿命", "Life
expectancy at birth (males)" / "(females)") are siblings, and the word that tells them apart is a
**group word** of each (夫 / 妻, 男性 / 女性, males / females, and the bare aliases "men" / "women"
of a pair that is already siblings by a longer name). No list of groups: the words come from the
pack's own names (docs/verdict-rules.md §2, "Two groups in one sentence").

A sentence that gives one figure per group (「平均初婚年齢は夫31.1歳、妻29.7歳」, "75.8 for men and
81.1 for women") leaves the shared head out of every part after the first (a linguistic reason:
coordination with gapping; the parts are parallel): the later part's group word picks the sibling
of the measure the first part named."""

from __future__ import annotations

import re

from shingi.model import Pack

#: what ends a word inside a measure's name: brackets, の, ・, spaces and punctuation
_BOUNDARY = frozenset("（）()[]［］「」のと・ 、,，/-:：")
#: the longest a group word may be (a word, not a phrase)
_MAX_WORD = 12

Siblings = dict[str, tuple[tuple[str, str, str], ...]]


def _is_boundary(ch: str, ascii_name: bool) -> bool:
    return ch in _BOUNDARY or (ascii_name and not ch.isalnum())


def _differ(a: str, b: str) -> tuple[str, str, int] | None:
    """The one word that tells two names apart, as (a's word, b's word, length of what they share),
    or None when they differ in more than one word."""
    if a == b or a.isascii() != b.isascii():
        return None
    ascii_name = a.isascii()
    x, y = (a.casefold(), b.casefold()) if ascii_name else (a, b)
    p = 0
    while p < min(len(x), len(y)) and x[p] == y[p]:
        p += 1
    s = 0
    while s < min(len(x), len(y)) - p and x[len(x) - 1 - s] == y[len(y) - 1 - s]:
        s += 1
    # widen the difference to whole words (「男性の」/「女性の」 differ in 男 / 女; the word is 男性)
    while p > 0 and not _is_boundary(x[p - 1], ascii_name):
        p -= 1
    end_a, end_b = len(x) - s, len(y) - s
    while end_a < len(x) and not _is_boundary(x[end_a], ascii_name):
        end_a += 1
        end_b += 1
    wa, wb = a[p:end_a], b[p:end_b]
    if not wa or not wb or len(wa) > _MAX_WORD or len(wb) > _MAX_WORD:
        return None
    if any(_is_boundary(ch, ascii_name) for ch in wa + wb):
        return None
    rest = len(x) - len(wa)
    if rest and not _modifier(x, p, end_a):
        # the word that ends the name is its head ("chip manufacturing investment" / "… capacity",
        # 「人口の伸び」): two measures, not one measure of two groups
        return None
    return wa, wb, rest


#: the end of a name: a closing bracket, or a bracketed qualifier ("(Jan-Jun)", 「（夫）」)
_AFTER_END = re.compile(r"^[\s)）\]］」]*(?:[(（][^)）]*[)）]\s*)?$")
#: what puts a word that ends a name after its head: a bracket, for, among
_BEFORE_POSTMODIFIER = re.compile(r"(?:[(（\[［「]|\b(?:for|among)\s+)$", re.IGNORECASE)


def _modifier(name: str, start: int, end: int) -> bool:
    """Whether the word at ``name[start:end]`` modifies the name's head: not its last word, or a
    word in brackets or after for / among ("Life expectancy at birth (males)", 「平均初婚年齢（夫）」,
    "Life expectancy for women"); a bracketed qualifier after the last word leaves it the head
    (「再婚率（夫）」 / 「平均初婚年齢（夫）」 are two measures)."""
    if not _AFTER_END.match(name[end:]):
        return True
    return bool(_BEFORE_POSTMODIFIER.search(name[:start]))


def group_siblings(pack: Pack) -> Siblings:
    """For each measure, its siblings as (own group word, the sibling's group word, sibling id)
    (kept in ``pack.views_cache``: built once per pack)."""
    found = pack.views_cache.get("_group_siblings")
    if isinstance(found, dict):
        return found
    names = {
        mid: [n for n in dict.fromkeys((m.name_ja, m.name_en, *m.aliases)) if n]
        for mid, m in pack.metrics.items()
    }
    out: dict[str, list[tuple[str, str, str]]] = {}
    ids = sorted(names)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            words: list[tuple[str, str]] = []
            proper = False
            for na in names[a]:
                for nb in names[b]:
                    d = _differ(na, nb)
                    if d is None:
                        continue
                    words.append((d[0], d[1]))
                    # a shared head of two characters or more makes them siblings; a bare alias
                    # ("men" / "women") only adds a word to a pair that is
                    proper = proper or d[2] >= 2
            if not proper:
                continue
            for wa, wb in dict.fromkeys(words):
                if any(says(n, wa) for n in names[b]) or any(says(n, wb) for n in names[a]):
                    continue  # a word both measures' names say tells them not apart (無効票 / 無効票数)
                out.setdefault(a, []).append((wa, wb, b))
                out.setdefault(b, []).append((wb, wa, a))
    table = {k: tuple(v) for k, v in out.items()}
    pack.views_cache["_group_siblings"] = table
    return table


def says(text: str, word: str) -> bool:
    """Whether ``text`` says the group word: on word boundaries for a Latin word ("men" is not in
    "women")."""
    if word.isascii():
        bounded = r"(?<![A-Za-z0-9])" + re.escape(word) + r"(?![A-Za-z0-9])"
        return re.search(bounded, text, re.IGNORECASE) is not None
    # a Japanese word not inside a compound: no kanji or katakana before it (「小中学生」 does not say
    # 中学生), and a word of one character not before a kanji (「夫婦」 does not say 夫)
    after = r"(?![\u4e00-\u9fff々])" if len(word) == 1 else ""
    return re.search(r"(?<![\u4e00-\u9fff々\u30a0-\u30ff])" + re.escape(word) + after, text) is not None


def sibling_named(pack: Pack, metric: str, before: str, clause: str) -> tuple[str, str] | None:
    """The sibling of ``metric`` that a later parallel part names by its group word, as (sibling,
    the word): the part says the sibling's word and not ``metric``'s own, and the part before says
    ``metric``'s own word and not the sibling's. None when no sibling, or more than one, is so
    named."""
    picked: dict[str, str] = {}
    for own, other, sib in group_siblings(pack).get(metric, ()):
        if says(clause, other) and not says(clause, own) and says(before, own) and not says(before, other):
            picked.setdefault(sib, other)
    return next(iter(picked.items())) if len(picked) == 1 else None
