"""Words for what a sentence says: event words and kinds, titles of events, metric names and
phrases, and the metric kind a unit implies."""

from __future__ import annotations

import re

from shingi.ingest.rows import (
    Mention,
)
from shingi.model import Metric
from shingi.normalize.periods import PeriodMatch
from shingi.normalize.quantities import (
    is_currency,
)
from shingi.pipeline.lexicon import PREDICATE_SYNONYMS

#: Event titles are the gist of their sentence, at most this long (the sentence is the quote).
TITLE_JA = 60
TITLE_EN = 110

# --- vocabulary ----------------------------------------------------------------------------

#: Prices or an index: levels read at a point in time (a month, a quarter), whose change over a year
#: compares that point with the same point a year before ("consumer prices were unchanged", "Price rises for
#: the five food groups for the year ended September 2023"); no field's word (any good's or service's prices
#: are prices)
#: Head nouns that name a measure in English (owners: a capitalised word before one is part of the measure's
#: name; dates: a comparison's other side that names one is a measure's phrase)
MEASURE_HEADS = (r"revenues?|sales|income|earnings|profits?|prices?|output|exports?|imports?|spending|growth"
                 r"|production")
PRICES_OR_INDEX_RE = re.compile(r"(?<![A-Za-z])(?i:index|indexes|indices|prices?|CPI|HICP)(?![A-Za-z])")


#: Event words by kind, in priority order: the first kind with a word in the sentence wins
#: (「投資発表」 is an investment, not a mere announcement). English words match whole words;
#: a word ending in ``*`` matches any word it starts (``invest*``: invests, investment).
EVENT_WORDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("regulation", ("ガイドライン", "規制", "法改正", "改正", "施行", "改定", "規則", "法案", "成立"),
     ("guideline*", "regulat*", "enact*", "law", "laws", "rules")),
    ("policy", ("閣議決定", "閣議", "基本計画", "基本方針", "大綱", "予算案", "補正予算", "国家戦略を策定"),
     ("cabinet", "approve*", "adopted")),
    ("funding", ("追加支援", "支援", "補助", "助成", "出資", "資金調達", "融資", "交付"),
     ("subsid*", "grant", "grants", "granted", "funding", "funded", "fund", "funds", "raised", "raises",
      "support", "supported")),
    ("investment", ("投資",), ("invest*",)),
    ("partnership", ("連携", "提携", "協業", "業務提携", "資本提携", "合意", "締結", "協定"),
     ("partner*", "alliance", "agreement", "collaborat*", "tie-up", "teamed", "signed", "signs")),
    ("publication", ("掲載", "論文", "刊行", "出版"), ("publish*", "journal", "reported", "reports")),
    ("operation_start", ("運用開始", "稼働", "運転開始", "サービス開始", "開業", "開設", "開所", "本格運用"),
     ("operational", "commissioned", "opened", "opens", "inaugurat*")),
    ("release", ("公開", "提供", "発売", "リリース", "ローンチ", "販売開始"),
     ("release*", "launch*", "unveil*", "introduc*")),
    ("deployment", ("実装", "導入", "運行", "展開", "実証", "採用", "配備"),
     ("deploy*", "adopt*", "pilot*", "trial*")),
    ("plan", ("目標", "予定", "方針", "構想", "計画", "見込み", "目指す", "めざす"),
     ("plan", "plans", "planned", "planning", "target*", "aim*", "will", "intend*")),
    ("milestone", ("達成", "開始", "完了", "設立", "買収", "受賞", "拡大", "拡充", "強化", "発表",
                   "決定", "表明", "突破"),
     ("achiev*", "complet*", "acquir*", "founded", "establish*", "expand*", "announc*", "award*",
      "won", "decided", "started", "began", "begins", "starts")),
)
#: The engine's predicate concepts (shingi.pipeline.lexicon) add their Japanese words to these kinds,
#: so ingest and diagnose know the same happenings (公表 is 発表, 了承 is 承認, 調印 is 締結).
_CONCEPT_KINDS = {"announce": "milestone", "start": "milestone", "approve": "policy", "agree": "partnership",
                  "operate": "operation_start"}
EVENT_WORDS = tuple(
    (kind, ja + tuple(w for c, k in _CONCEPT_KINDS.items() if k == kind
                      for w in PREDICATE_SYNONYMS[c][0] if w not in ja and len(w) >= 2), en)
    for kind, ja, en in EVENT_WORDS)
#: English event words that are nouns: they name the kind of an event but do not make one.
_EN_NOUNS = frozenset(str.split("""
    investment investments investor investors funding funds fund subsidy subsidies grant grants
    agreement agreements alliance alliances partnership partnerships partner partners journal
    guideline guidelines regulation regulations regulator regulators rules law laws plan plans
    target targets support aim aims pilot pilots trial trials release releases launch launches
    award awards expansion acquisition acquisitions achievement achievements cabinet
"""))
_EVENT_RES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (kind, ja, re.compile(r"(?<![a-z])(?:" + "|".join(
        re.escape(w[:-1]) + r"[a-z]*" if w.endswith("*") else re.escape(w) for w in en) + r")(?![a-z])"))
    for kind, ja, en in EVENT_WORDS
)
TIMELINE_SEP_RE = re.compile(r"\s*(?:[:\-|)\]、,]|—|–|\s)")
_EPS_RE = re.compile(r"(?i:(?:net\s+)?(?:income|earnings)\s+per\s+(?:diluted\s+)?share)")
_EN_VERB_RE = re.compile(
    r"(?<![A-Za-z])(?i:was|were|is|are|had|has|have|grown|risen|fallen|increased|decreased|rose|fell|grew"
    r"|declined|reached|totaled|totalled"
    r"|amounted|stood|jumped|climbed|dropped|surpass(?:ed|es)?|expected|will|would|to\s+invest|invest(?:ed|s)?"
    r"|returned|create|created|signed)(?![A-Za-z])")
_VAGUE_EN = frozenset(str.split("""
    today increase increased decrease level rate annual terms year ago change amount value total
    record there quarter quarterly previous invest expected minus plus approximately about share also
"""))
_VAGUE_JA = frozenset(("これ", "それ", "あれ", "同", "次い", "次いで", "合計", "うち", "一方", "水準",
                       "結果", "以来", "以降", "以前", "以後"))
#: a period named relative to the text's own (the year before, the same month a year before ...)
RELATIVE_PERIOD_JA = "前年同月|前年同期|前年度|前年|前月|前期|前四半期"
BASE_WORD_RE = re.compile(r"(?:" + RELATIVE_PERIOD_JA + r"|\d{2,4}年(?:度)?)比")
_JA_PREDICATE_END_RE = re.compile(r"(?:だった|である|でした|です|した|する|された|れた|った|ている)$")
_TITLE_LEAD_RE = re.compile(r"^(?:(?i:today|on\s+the\s+same\s+day|meanwhile|in\s+addition),\s*"
                            r"|(?:これにより|また|さらに|一方|なお|同日)、)")
_POLITE_END_RE = re.compile(r"(?<=[一-龥ァ-ヺー])(?:いたしました|しました|します|した|する)$")
_SAID_THAT_RE = re.compile(r"\s(?:announced|said|stated|reported)\s+(?:today\s+)?that\s+(?:it|they)\s+"
                           r"(?:has|have|had)\s+")
_MEASURE_SUFFIXES = "額率数量費金高"
#: the opening of a clause (an adjective there, "reported net sales", names a measure)
_CLAUSE_OPENING_RE = re.compile(r"(?:^|[,;:(]|(?<![a-z])(?:the|its|their|and|while|of|on|a|an))\s*$")
# (not "." : U.S. and decimals are inside clauses; sentences are already cut at full stops)
_CLAUSE_BREAK = "。;；、,:(（)）「」『』[]【】\t"
_EN_PHRASE_STOP = frozenset(str.split("""
    a an the of to in on at by for with is was are were be been has have had its their about around
    approximately roughly nearly almost some only just over under more than less at least up and or
    reached hit rose fell grew that which as from per it this
"""))


_CJK_RE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")


def _cjk(text: str) -> bool:
    """Whether the text has a kana or a CJK ideograph."""
    return _CJK_RE.search(text) is not None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def _ja_event_word(text: str, word: str) -> bool:
    """Whether ``word`` is said as a happening somewhere in ``text``, not as the head of a measure's
    name (支援額, 投資額, 導入率, 公開数 name amounts, rates and counts)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if end >= len(text) or text[end] not in _MEASURE_SUFFIXES:
            return True
        start = text.find(word, end)
    return False


_AMOUNT_END_RE = re.compile(r"(?:\d|thousand|million|billion|trillion|bn|tn)\s*$")


#: what a company raises that is no money: its outlook, guidance, forecast, view, target, dividend, prices
_RAISED_ESTIMATE_RE = re.compile(r"\s+(?:its|the|their|our)\s+(?:[a-z0-9$.,%-]+\s+){0,5}?"
                                 r"(?:outlook|guidance|forecasts?|view|estimates?|projections?|targets?"
                                 r"|dividends?|prices?|rates?|stakes?)(?![a-z])")


#: "the number of dwellings approved", "the number of new businesses started": the noun a count is of, then
#: the participle that says which of them are counted
_COUNTED_BEFORE_RE = re.compile(r"(?<![a-z])(?:the\s+)?numbers?\s+of\s+(?:[a-z-]+\s+){1,3}$")


def event_kind(text: str) -> str | None:
    """The kind of event a sentence's words suggest (``None`` when no event word is there)."""
    low = text.lower()
    kinds: list[str] = []
    triggered = False
    for kind, ja, en in _EVENT_RES:
        if any(w in text and _ja_event_word(text, w) for w in ja):
            kinds.append(kind)
            triggered = True  # Japanese event nouns end headlines: 投資発表, 運用開始
        for m in en.finditer(low):
            if m.group(0) == "won" and _AMOUNT_END_RE.search(low, 0, m.start()):
                continue  # "6.6 trillion won": the Korean currency, not a prize won
            if m.group(0) == "reported" and _CLAUSE_OPENING_RE.search(low, 0, m.start()):
                continue  # "For the full year, reported net sales rose 4%": an adjective, no report
            if m.group(0) in ("raised", "raises") and _RAISED_ESTIMATE_RE.match(low, m.end()):
                continue  # "raised its net sales growth guidance": a revised projection, no money raised
            if _COUNTED_BEFORE_RE.search(low, max(0, m.start() - 60), m.start()):
                # "the number of dwellings approved rose 7.4%" (dev15 ABS, two releases): a participle after
                # the noun "the number of" counts says which of them are counted, no act of approving
                continue
            kinds.append(kind)
            triggered = triggered or m.group(0) not in _EN_NOUNS
    # an English noun gives the kind ("announced an investment") but is no event by itself
    # ("private AI investment was $0.68 billion in 2023" is a figure)
    return kinds[0] if triggered and kinds else None


def unit_fits(metric: Metric, unit: str | None) -> bool:
    """Whether a figure in ``unit`` can be a value of the metric (currencies convert via fx)."""
    if metric.kind == "category":
        return False
    if metric.unit is None or unit is None:
        return metric.unit == unit or metric.unit is None
    return metric.unit == unit or (is_currency(metric.unit) and is_currency(unit))


def metric_kind_for(unit: str | None) -> str:
    if unit == "rank":
        return "rank"  # a place, 1 = first (contract 1.1)
    if unit == "%":
        return "share"
    if unit == "x":
        return "ratio"
    if unit == "count":
        return "count"
    if unit in ("pt", "pp"):
        return "score"
    return "amount"


def vague(phrase: str) -> bool:
    """A phrase that names no measure: today, year ago, これ, 過去最高だった."""
    return phrase in _VAGUE_JA or phrase.startswith(("これ", "それ", "あれ")) or bool(
        BASE_WORD_RE.fullmatch(phrase)) or all(w in _VAGUE_EN or w in _EN_PHRASE_STOP
                                                for w in phrase.lower().split())


def _clause_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] not in _CLAUSE_BREAK:
        i -= 1
    return i


def _clause_end(text: str, pos: int) -> int:
    i = pos
    while i < len(text) and text[i] not in _CLAUSE_BREAK:
        i += 1
    return i


def _title(text: str, leading: PeriodMatch | None) -> str:
    """An event title: the sentence without its leading date, trimmed."""
    if leading is not None:
        text = text[leading.end:]
        text = TIMELINE_SEP_RE.sub("", text, count=1) if TIMELINE_SEP_RE.match(text) else text
    # the sentence stays the quote; the title is its gist: no "today"/本日, no connective, no
    # polite ending, and at most one line (the topic and the last clause of a long Japanese sentence)
    text = _TITLE_LEAD_RE.sub("", text.strip())
    text = re.sub(r"(?<![A-Za-z])(?:today|本日|今日)[、,]?\s?", "", text).strip(" 。.、,")
    if _cjk(text):
        text = _POLITE_END_RE.sub("", text)
        if len(text) > TITLE_JA:
            topic = text[:text.index("は")] if "は" in text[:24] else ""
            last = text.split("、")[-1]
            text = f"{topic}は{last}" if topic and not last.startswith(topic) else last
            text = _POLITE_END_RE.sub("", text)
        limit = TITLE_JA
    else:
        limit = TITLE_EN
        # "X announced that it has awarded Y" is "X awarded Y"
        text = _SAID_THAT_RE.sub(" ", text)
        if len(text) > limit:
            cut = max(text.rfind(sep, 0, limit)
                      for sep in (" under ", " according to ", " which ", " to all "))
            if cut <= limit // 2:
                cut = text.rfind(", ", 0, limit)
            text = text[:cut] if cut > limit // 2 else text[:text.rfind(" ", 0, limit - 1)] + "…"
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.strip(" ,、")


def metric_phrase(text: str, start: int, end: int, mentions: list[Mention]) -> str:
    """A name for what a figure measures: the words before it in its clause (after it in English)."""
    full = text
    # names of actors are whose figure it is, not what it measures
    for m in mentions:
        text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    clause_start = _clause_start(full, start)
    clause = text[clause_start:start]
    if _cjk(full):
        if not clause.strip(" はがの") and clause_start > 0 and full[clause_start - 1] in ")）":
            # 「完全失業率(季節調整値)は2.4%」, 「生産指数（季節調整済指数）は107.3」: a qualifier in brackets
            # between the measure and its は does not end the measure's clause
            opening = max(full.rfind("(", 0, clause_start - 1), full.rfind("（", 0, clause_start - 1))
            if opening > 0:
                clause = text[_clause_start(full, opening):opening] + clause
        # the last noun chunk before the figure: particles and blanked names, dates, numbers split chunks
        chunks = [c.strip(" ・-（）()") for c in re.split(r"[はがのをにでとへもや、\s]+|という", clause)]
        chunks = [re.sub(r"^(?:うち|計|約|最大|合計)", "", c) for c in chunks if c]
        chunks = [c for c in chunks
                  if len(c) >= 2 and c not in _VAGUE_JA and not _JA_PREDICATE_END_RE.search(c)]
        return chunks[-1][:40] if chunks else ""
    clause = re.sub(r"^\s*'s?\b", " ", clause)  # what is left of "India's" once the name is out
    clause = _EPS_RE.sub("EPS", clause)
    # the subject of the clause's verb names the measure: "Real GDP increased 2.8 percent"
    verb = _EN_VERB_RE.search(clause)
    if verb is not None and clause[:verb.start()].strip():
        clause = clause[:verb.start()]
    elif verb is not None:
        # the clause starts with its verb: the subject stands before it, brackets aside
        # ("Real gross domestic product (GDP) increased at an annual rate of 2.8 percent")
        head = re.sub(r"\([^)]*\)", " ", text[:_clause_start(full, start)])
        head_verb = _EN_VERB_RE.search(head)
        clause = head[:head_verb.start()] if head_verb else head
    words = [w.strip("'\"") for w in clause.split()]
    while words and words[-1].lower() in _EN_PHRASE_STOP:
        words.pop()
    phrase_words: list[str] = []
    for w in reversed(words):
        if w.lower() in _EN_PHRASE_STOP or not w or not w[0].isalpha():
            break
        phrase_words.insert(0, w)
        if len(phrase_words) == 4:
            break
    if not phrase_words:
        after = text[end:_clause_end(text, end)].split()
        while after and after[0].lower() in _EN_PHRASE_STOP:
            after.pop(0)
        for w in after[:4]:
            if w.lower() in _EN_PHRASE_STOP or not w[:1].isalpha():
                break
            phrase_words.append(w.strip(".,'\""))
    phrase = " ".join(phrase_words).strip()
    return phrase if len(phrase) >= 2 else ""
