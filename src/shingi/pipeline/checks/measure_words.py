"""The words of a claim's measure phrase that the measure compared does not name (§4.13, "A
narrower or other thing than the measure"): 「コメの自給率」 against the overall food
self-sufficiency rate, 「自転車乗用中の交通事故死者数」 against all road deaths, "the rice
self-sufficiency rate", "deaths among cyclists". The nouns that modify the measure's name in
the claim name what is counted; one that none of the measure's names, aliases or definition
holds, nor a name of the entity, makes the measure compared another thing than the claim's.
"""

from __future__ import annotations

import functools
import re

from shingi.model import Entity, Pack
from shingi.pack.index import EvidenceIndex
from shingi.pipeline import lexicon as lx
from shingi.pipeline.morphology import has_japanese, tokenize, word_keys

#: Japanese nouns that modify a measure without narrowing what it counts: the whole and its
#: setting (全体, 全国, 国内), a statistic's kind (平均, 合計, 年間), time words, record and
#: rank words (過去最高の, 史上初の), the claim's hedges (公式, 最新), formal nouns (うち, もの)
#: — function and generic words of the language, no topic.
GENERIC_JA = frozenset(
    """
    全体 全国 国内 国 全 総 総合 合計 総計 総額 平均 年間 年 年度 月 日 期 時点 現在 最新 直近 当時 今回
    前回 今 いま 今年 昨年 同年 前年 前年度 今年度 昨年度 本年 来年 過去 史上 最高 最低 最多 最少 最大
    最小 記録 公式 統計 全般 全部 主要 同 各 毎年 毎月 水準 数値 数字 値 実績 速報 確定 概数 推計 調査
    発表 政府 その この 同国 我が国 わが国 自国 トップ 首位 ワースト 初 以来 開始 統計開始 中 的 等 など
    比 率 数 額 うち 内 なか ほか 他 もの こと ところ 量 割合 ベース 単位 当たり 人当たり 一 人 件 円
    ドル 倍 割 ポイント パーセント 程度 規模 多く 多数 少数 大半 半数 過半数 一部 全て すべて 大部分 数多く
    四半期 月次 通年
    """.split()  # noqa: SIM905 -- a word list reads better as text
)

#: English words that modify a measure without narrowing what it counts (the same classes, and
#: the speaker's hedges and praise: actual, broad-based, strong; ordinals, a rank's place: "the
#: second most jobs"; the economy and the government as a whole: "economic growth", "this
#: government unemployment"); "real" and "nominal" do narrow
GENERIC_EN = frozenset(
    """
    total overall annual yearly monthly quarterly average mean national nationwide official latest
    current recent record highest lowest biggest largest smallest most least best worst first last
    previous full entire whole combined aggregate general headline key main country country's
    nation nation's state's domestic level levels figure figures number numbers rate rates amount
    value share percentage percent per cent count statistics data estimate estimates actual true
    genuine so-called broad-based strong robust solid healthy sustained impressive modest huge
    massive fiscal calendar preliminary final provisional revised seasonally adjusted new old top
    all-time economic government administration economy second third fourth fifth sixth seventh
    eighth ninth tenth
    """.split()  # noqa: SIM905
)

_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
#: the noun phrase after an English measure's name that says of what it is ("deaths among
#: cyclists", "the self-sufficiency rate for rice")
_EN_AFTER = re.compile(r"\s+(?:for|among)\s+((?:[a-z][a-z'\-]*\s*){1,3})")
#: what opens an English noun phrase: a determiner or a possessive
_EN_DETERMINER = re.compile(r"(?i)(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those)|'s|s')\s+$")
_EN_NUMBER = re.compile(r"(?i)\d|\b(?:hundred|thousand|million|billion|trillion|half|dozen)s?\b")


def uncovered_measure_words(
    text: str, metric_id: str, entities: tuple[str, ...], pack: Pack
) -> tuple[str, ...]:
    """The nouns of the claim's phrase around the name of ``metric_id`` in ``text`` that none of
    the measure's names, aliases or definition holds, nor a name of ``entities``; () when the
    text does not write the measure's name (a measure inherited or found by its unit)."""
    metric = pack.metrics.get(metric_id)
    index = EvidenceIndex.of(pack)
    hits = [h for h in index.find_metrics(text, every=True) if h.id == metric_id]
    # a category measure's values are what the claim says of it (「ソフトロー型の規制」), not a part
    if metric is None or not hits or metric.kind == "category":
        return ()
    hit = hits[0]
    if has_japanese(text):
        words = _words_before_ja(text, hit.start, [(e.start, e.end) for e in index.find_entities(text)])
    else:
        words = _words_around_en(text, hit.start, hit.end)
    if not words:
        return ()
    named = [metric.name_ja or "", metric.name_en or "", *metric.aliases, metric.definition or ""]
    named += [n for e in entities if (ent := pack.entities.get(e)) for n in _entity_names(ent)]
    covered = frozenset().union(*(word_keys(t) for t in named))
    # a name of any of the pack's entities is a setting (whose, where), not a narrower measure
    entity_names = frozenset().union(
        *(word_keys(n) for ent in pack.entities.values() for n in _entity_names(ent))
    )
    out = [
        w for w in words
        if (keys := word_keys(w)) and not keys & covered and not keys <= entity_names
        # a Japanese noun that is a word of the measure's own names (卵 in 「卵の平均小売価格」): one
        # kanji has no bigram key, and the name holds it all the same; a word, not a substring
        # (米 is no word of 「米国からの輸入品」)
        and not (has_japanese(w) and w in _name_words(tuple(named)))
    ]
    return tuple(dict.fromkeys(out))


@functools.lru_cache(maxsize=256)
def _name_words(named: tuple[str, ...]) -> frozenset[str]:
    """The words (surfaces and lemmas) of the measure's names, aliases and definition, and of
    compounds of nouns written together in them (「小売価格」)."""
    out: set[str] = set()
    for text in named:
        if not has_japanese(text):
            continue
        run: list[str] = []
        for t in [*tokenize(text), None]:
            if t is not None and t.pos in _NOUN_POS:
                out.update((t.surface, t.lemma))
                run.append(t.surface)
                continue
            for i in range(len(run)):  # every run of nouns written together
                for j in range(i + 2, len(run) + 1):
                    out.add("".join(run[i:j]))
            run = []
    return frozenset(out)


def _entity_names(ent: Entity) -> tuple[str, ...]:
    return (ent.name_ja or "", ent.name_en or "", *ent.aliases)


def _words_before_ja(text: str, start: int, names: list[tuple[int, int]]) -> list[str]:
    """The nouns that modify the measure's name at ``start``: the run of nouns (and の between
    them) written right before it (「コメの」「自転車乗用中の」), up to an entity's name (what is
    before it qualifies the entity) or a number."""
    # the whole text is tokenized: its end cut off may split a word (「強い」 read as 強 + い)
    toks = [t for t in tokenize(text) if t.end <= start and t.pos != "空白"]
    compounds: list[list[str]] = [[]]  # the nouns written together, last first, split at の
    for t in reversed(toks):
        if t.pos == "助詞" and t.surface == "の":
            compounds.append([])
            continue
        if (
            t.pos2 == "数詞"
            or any(ch.isdigit() for ch in t.surface)
            or any(a < t.end and t.start < b for a, b in names)
        ):
            # the words written right after a number or a name are its counter, date or style
            # (「2025年産」「10月末」「EU型」)
            compounds[-1] = []
            break
        if t.pos not in _NOUN_POS:
            break
        if not {t.surface, t.lemma} & GENERIC_JA and t.surface not in lx.STOPWORDS_JA:
            compounds[-1].insert(0, t.surface)
    # a compound noun is one word: 「電力網」 is covered when the measure names 電力
    return ["".join(c) for c in compounds if c]


_NOUN_POS = ("名詞", "接頭辞", "接尾辞", "形状詞")


def _words_around_en(text: str, start: int, end: int) -> list[str]:
    """The words that modify the measure's name: the lower-case words between a determiner or a
    possessive and it ("the rice self-sufficiency rate", "Japan's cyclist deaths") and the noun
    phrase after for / among ("deaths among cyclists", "the rate for rice")."""
    out: list[str] = []
    if start > 0 and text[start - 1].isspace():  # not "third-largest …", a name begun inside a word
        phrase = text[:start]
        opened = len(phrase)
        for m in reversed(list(_EN_WORD.finditer(phrase))):
            w = m.group(0)
            between = phrase[m.end() : opened]
            if between.strip() or not _content_word(w):
                break
            out.insert(0, w)
            opened = m.start()
        if not _EN_DETERMINER.search(phrase[:opened]):
            out = []
    after = _EN_AFTER.match(text, end)
    if after is not None:
        for w in _EN_WORD.findall(after.group(1)):
            if not _content_word(w) or w.casefold().endswith(("ed", "ing", "ly")):
                break  # the noun phrase ends at a verb ("among foreigners numbered 40")
            out.append(w)
    # a comparative (larger, fewer) compares, it names nothing counted
    return [w for w in out if w.casefold() not in GENERIC_EN and not w.casefold().endswith("er")]


def _content_word(w: str) -> bool:
    folded = w.casefold()
    return not (
        folded.removesuffix("'s") in lx.STOPWORDS_EN
        or w[:1].isupper()
        or w.endswith(("'s", "s'"))
        or _EN_NUMBER.search(w)
    )


# What a measure is not (§4.11, "A count that is not what the claim names"): a definition that
# says what its measure does not count ("airport projects …, not only new airports built", "not a
# count of people whose pay falls", 「平均時給（…）ではない」) names a reading a claim may take;
# a claim that writes it says something of another thing than the measure holds.
#: the English negated noun phrase of a definition: "not only X", "not a / an / the X", ", not X",
#: "rather than X", to the end of its clause
_NOT_EN = re.compile(
    r"(?i)(?:\bnot\s+only|\bnot\s+(?:a|an|the)|(?:^|[,;(])\s*not|\brather\s+than)\s+([^,;.()]+)"
)
#: a method qualifier is how a figure is computed, not what it counts ("not adjusted for
#: inflation", "not seasonally adjusted"), and a period is checked on its own (§4.7)
_METHOD_EN = re.compile(r"(?i)^\s*(?:seasonally\s+)?adjusted\b")
#: the Japanese: 「Xではない」「Xではなく」「Xに限らない」「Xだけではない」, X back to the clause's
#: start (「Xとは異なる」「Xとは別」 tell another statistic apart, a source, not a reading)
_NOT_JA = re.compile(r"([^。；;、]+?)(?:ではな[いく]|に限らな|だけではな)")
#: time words: a comparison's period (前月比, 前年比, "previous month") is the change's own rule
_TIME_KEYS = frozenset(
    word_keys("year years month months quarter quarters week weeks day days period previous")
) | frozenset("年月日週期")


_HIRAGANA = re.compile(r"[\u3041-\u309f]")


def _keys_of_time(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if k in _TIME_KEYS or any(ch in "年月日週期比" for ch in k))


def _a_reading_en(x: str) -> bool:
    """Whether the English phrase after a definition's "not" is a reading of what is counted (a
    noun phrase: "new airports built", "a count of people whose pay falls"), not a predicate of
    the figure ("counted", "collected during …", "met since …", "the same as …", "adjusted for
    inflation")."""
    first = x.split()[0].casefold() if x.split() else ""
    return bool(first) and not (
        _METHOD_EN.match(x) or first.endswith(("ed", "ing")) or first in _PREDICATE_EN
    )


#: words after "not" that make a predicate of the figure, not a reading of it
_PREDICATE_EN = frozenset(["same", "comparable", "met", "known", "available", "applicable", "previous"])


@functools.lru_cache(maxsize=4096)
def _not_keys(definition: str, names: tuple[str, ...]) -> frozenset[str]:
    """The match keys of what ``definition`` says its measure is not, less those of the
    measure's names and of the rest of the definition (what it is), of generic words and time."""
    negated = [m.group(1) for m in _NOT_EN.finditer(definition) if _a_reading_en(m.group(1))]
    # 「…見込み（実績ではない）」: the phrase starts inside the bracket it is written in
    negated += [_inside_open_bracket(m.group(1)) for m in _NOT_JA.finditer(definition)]
    if not negated:
        return frozenset()
    rest = definition
    for x in negated:
        rest = rest.replace(x, " ")
    # a capitalised word of a name is a proper name (a programme's, "Build, Build, Build"), not
    # what the measure counts
    lower = [" ".join(w for w in n.split() if not w[:1].isupper()) for n in names]
    covered = frozenset().union(*(word_keys(t) for t in (*lower, rest)))
    generic = frozenset().union(*(word_keys(w) for w in (*GENERIC_EN, *GENERIC_JA)))
    keys = frozenset().union(*(word_keys(x) for x in negated)) - covered - generic
    # a Japanese key with a kana of inflection (受け, 取る) names nothing
    # and a number is a date or a figure, never what is counted
    return frozenset(
        k
        for k in keys - _keys_of_time(keys)
        if not _HIRAGANA.search(k) and not any(c.isdigit() for c in k) and not (k.isascii() and len(k) < 3)
    )


def _inside_open_bracket(x: str) -> str:
    opened = max(x.rfind("（"), x.rfind("("))
    return x[opened + 1 :] if opened > max(x.rfind("）"), x.rfind(")")) else x


def words_the_measure_is_not(text: str, metric_id: str, pack: Pack) -> frozenset[str]:
    """The match keys of ``text`` that name what the definition of ``metric_id`` says the measure
    does not count; empty when it says nothing of the kind or the text does not write it."""
    metric = pack.metrics.get(metric_id)
    if metric is None or not metric.definition:
        return frozenset()
    keys = _not_keys(metric.definition, (metric.name_ja or "", metric.name_en or "", *metric.aliases))
    if not keys:
        return frozenset()
    # the claim's own negations agree with the definition's ("…rose 71 percent, not counting
    # rebates"), and its capitalised words are names ("the Build, Build, Build programme")
    said = _CLAIM_NOT.sub(" ", text)
    said = " ".join(w for w in said.split() if not w[:1].isupper())
    return keys & word_keys(said)


#: a claim's own negated phrase: "not counting X", "without X", "excluding X", 「Xを除く」「Xではない」
_CLAIM_NOT = re.compile(
    r"(?i)\b(?:not|without|excluding|except|net\s+of)\b[^,;.]*|[^、。]*(?:を除[くきい]|を含ま|ではな[いく]|とは異な)"
)
