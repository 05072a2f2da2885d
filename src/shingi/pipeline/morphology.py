"""Japanese morphology through Sudachi (SplitMode C), loaded lazily, once per process.

Sudachi costs ~0.2 s to load, so nothing here touches it until a Japanese text is analysed;
English-only claims never load it. Results are cached per text.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from shingi.pipeline.idioms_en import idiom_readings
from shingi.pipeline.lexicon import (
    AGENT_NOUN_JA,
    DECIDED_END,
    ENDED_EN,
    FULL_EN,
    MOTION_DIRECTION_EN,
    MOTION_DIRECTION_JA,
    PARAPHRASES_EN,
    PARAPHRASES_JA,
    SHARE_NOUNS_JA,
    STOPWORDS_EN,
    STOPWORDS_JA,
    SYNONYMS_EN,
    SYNONYMS_JA,
    has,
    stem_en,
)

#: Sudachi rejects inputs above ~49 kB; claims are cut well below (see parse.MAX_CLAIM_CHARS).
_MAX_BYTES = 40_000

_JA_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30fc々〆ヵヶ]")
_LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9'\-]*")
_JA_RUN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30fc々〆ヵヶ]+")
_PARTICLES = frozenset("のはがをにでとへもや")

_lock = threading.Lock()
_tokenizer: Any = None


@dataclass(frozen=True, slots=True)
class Token:
    """One morpheme: its text, dictionary form (lemma), part of speech and span."""

    surface: str
    lemma: str
    normalized: str
    pos: str  # first POS level: 名詞, 動詞, 形容詞, 助詞, 助動詞 ...
    pos2: str  # second level: 普通名詞, 固有名詞, 数詞, 非自立可能 ...
    start: int
    end: int
    pos3: str = ""  # third level: サ変可能 (an action noun: 着陸, 量産), 一般 ...
    pos4: str = ""  # fourth level: 国 for a country's name (固有名詞/地名/一般|国)
    oov: bool = False  # not in Sudachi's dictionary (an unknown name such as キオクシア)
    #: Sudachi's synonym group ids (its dictionary's own data: 先生, 教員 and 教師 share one)
    synonyms: tuple[int, ...] = ()


def has_japanese(text: str) -> bool:
    """Whether the text holds kana or kanji."""
    return bool(_JA_RE.search(text))


def _get_tokenizer() -> Any:
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                from sudachipy import Dictionary, SplitMode

                _tokenizer = Dictionary().tokenizer(mode=SplitMode.C)
    return _tokenizer


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[Token, ...]:
    """Sudachi morphemes of a text (SplitMode C); ``()`` for an empty text."""
    if not text.strip():
        return ()
    data = text.encode("utf-8")
    if len(data) > _MAX_BYTES:
        text = data[:_MAX_BYTES].decode("utf-8", "ignore")
    out: list[Token] = []
    for m in _get_tokenizer().tokenize(text):
        pos = m.part_of_speech()
        out.append(
            Token(
                m.surface(),
                m.dictionary_form(),
                m.normalized_form(),
                pos[0],
                pos[1],
                m.begin(),
                m.end(),
                pos[2],
                pos[3],
                m.is_oov(),
                tuple(m.synonym_group_ids()),
            )
        )
    return tuple(out)


def _is_content(tok: Token) -> bool:
    if tok.pos == "名詞":
        return tok.pos2 not in ("数詞",)
    if tok.pos == "動詞" or tok.pos == "形容詞":
        return tok.pos2 != "非自立可能"
    # an adjectival noun qualifies the noun after it: 「新規不登校」「新たに…になった」 name a part of
    # the whole 「不登校」 names
    return tok.pos == "形状詞"


#: English words a suffix-stripping stem does not bring back to the word a name or a title uses:
#: irregular plurals ("50,000 people" counts persons, "unemployed women" are counted by "the number
#: of unemployed woman workers"), the past tenses and participles of irregular verbs ("Chinese
#: visitors spent" names "spending", "the debt he is leaving behind" the alias "debt left
#: behind", "prices rose" a "rise"), and the action nouns whose stem is not their verb's
#: ("growth" of "grew", "sales" of "sold", "deaths" of "died", "births" of "born"). A closed
#: class of the language, not of any topic; "found" (find / to found) and "saw" are ambiguous
#: and left as they are, and so are the verbs of the event-verb table (lexicon.EVENT_VERBS:
#: began, won, held, bought, took place), which meet their events through the event's kind.
_IRREGULAR_FORMS = {
    "people": "person", "persons": "person", "women": "woman", "men": "man", "children": "child",
    "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow",
    "grown": "grow", "growth": "grow", "spent": "spend", "sold": "sell", "sale": "sell",
    "sales": "sell", "built": "build", "paid": "pay", "left": "leave",
    "lost": "lose", "loss": "lose", "losses": "lose", "lent": "lend", "made": "make",
    "gave": "give", "given": "give", "brought": "bring", "kept": "keep", "sent": "send",
    "led": "lead", "went": "go", "gone": "go", "came": "come", "became": "become",
    "drew": "draw", "drawn": "draw", "drove": "drive", "driven": "drive", "ran": "run",
    "sank": "sink", "sunk": "sink", "shrank": "shrink", "shrunk": "shrink", "struck": "strike",
    "wrote": "write", "written": "write", "chose": "choose", "chosen": "choose", "froze": "freeze",
    "frozen": "freeze", "dealt": "deal", "stood": "stand", "withdrew": "withdraw",
    "withdrawn": "withdraw", "overtook": "overtake", "overtaken": "overtake", "flew": "fly",
    "flown": "fly", "fought": "fight", "sought": "seek", "taught": "teach", "caught": "catch",
    "arose": "arise", "arisen": "arise", "borne": "bear", "born": "birth", "births": "birth",
    "died": "die", "dies": "die", "dying": "die", "death": "die", "deaths": "die",
}


_MONTHS_COUNTER = re.compile(r"[カヶヵケ箇]月")

#: "without (a) X" says what the adjective "X-less" says ("people without a home" are homeless
#: people, "paid without cash" is a cashless payment): English derives the privative adjective
#: from the noun by -less (a linguistic reason, derivational morphology, not a list of topics).
#: Group 1: the noun, lower case (a name or a verb form after "without" derives none).
#: Group 1: the word before "without"; group 2: the noun, lower case (a name or a verb form after
#: "without" derives none).
#: A count said per head of a population ("marriages per 1,000 residents", "per head of
#: population", "per capita", "for every 100,000 people") is a rate: English names that measure "X
#: rate" (a linguistic reason: a crude rate is a count per unit of population). Not "per cent".
_PER_POPULATION_EN = re.compile(
    r"(?i)\b(?:per|for\s+every)\s+(?:head|capita|person|inhabitant|resident"
    r"|(?:1|one|10|ten|100|a\s+hundred|1,?000|a\s+thousand|10,?000|100,?000)\s+"
    r"(?:people|persons|residents|inhabitants|population|women|men|adults|children))\b"
)
_RATE_KEY = stem_en("rate")

_WITHOUT_NOUN_EN = re.compile(r"\b([A-Za-z']+)\s+without\s+(?:a\s+|an\s+|any\s+)?([a-z]{3,})\b")
#: Plural person nouns of no particular group: "people without a home" are the homeless people a
#: measure counts, whatever its population; "service members without a home" a narrower group
_GENERIC_PERSONS_EN = frozenset({"people", "persons", "those", "others", "adults", "individuals"})


def _privative_keys(text: str) -> set[str]:
    """The keys of the "-less" adjectives a text's "without (a) X" phrases say (``_WITHOUT_NOUN_EN``):
    "without a home" gives the key of "homeless", which "homelessness" shares. Only of a verb
    ("paid without cash") or a noun of no particular group ("people", "state"): after another
    plural noun ("former service members without a home") the phrase names that group, which the
    "-less" key alone would take for the whole's measure."""
    out: set[str] = set()
    for m in _WITHOUT_NOUN_EN.finditer(text):
        before, noun = m.group(1).casefold(), m.group(2)
        if noun in STOPWORDS_EN or noun.endswith("ing"):
            continue
        if before.endswith("s") and not before.endswith("ss") and before not in _GENERIC_PERSONS_EN:
            continue
        out.add(stem_en(noun + "less"))
    return out


def privative_bonds(text: str) -> dict[str, frozenset[str]]:
    """The "-less" keys a text says only through "W without (a) X" (``_privative_keys``; not those
    its own words say), each with the keys of the words it says them of: W and the words of its
    clause before it ("without X" qualifies the noun before it or its clause's verb, as "X-less"
    qualifies the noun after it). The derived adjective stands for the phrase only where the measure
    carries one of them (its head or its whole: "paid without cash" is a cashless payment, "paid
    for 30% of their spending without cash" too; "people lived without cash" no share of payments)."""
    if "without" not in text:
        return {}
    own = {_word_key(w) for w in _LATIN_WORD_RE.findall(text)}
    out: dict[str, set[str]] = {}
    for m in _WITHOUT_NOUN_EN.finditer(text):
        derived = _privative_keys(m.group(0))
        clause = _CLAUSE_MARK.split(text[: m.start(1)])[-1]
        said_of = {_word_key(w) for w in (*_LATIN_WORD_RE.findall(clause), m.group(1))}
        for k in derived - own:
            out.setdefault(k, set()).update(said_of)
    return {k: frozenset(v) for k, v in out.items()}


_CLAUSE_MARK = re.compile(r"[,.;:!?]\s")


def _word_key(word: str) -> str:
    w = word.casefold()
    return stem_en(_IRREGULAR_FORMS.get(w, w))


def word_keys(text: str) -> frozenset[str]:
    """Keys that match across spellings: stemmed Latin words and CJK character bigrams.

    Used to compare a claim with titles and names that Sudachi may segment differently;
    bigrams make 民間投資 meet 民間AI投資 without a dictionary. A bigram with a particle in it
    (の, は, が …) says nothing of the topic and is left out; a lone character is kept.
    """
    keys: set[str] = set()
    # one word, five spellings: 27か月, 27カ月, 27ヶ月, 27ヵ月, 27箇月 meet
    text = _MONTHS_COUNTER.sub("か月", text)
    for w in _LATIN_WORD_RE.findall(text):
        # the parts of a compound are words of their own: "mass-producing" meets "mass production"
        for part in w.casefold().split("-"):
            w2 = part.strip("'")
            if len(w2) >= 2 and w2 not in STOPWORDS_EN:
                keys.add(stem_en(_IRREGULAR_FORMS.get(w2, w2)))
    if "without" in text:
        keys |= _privative_keys(text)
    if _PER_POPULATION_EN.search(text):
        keys.add(_RATE_KEY)
    for run in _JA_RUN_RE.findall(text):
        if len(run) == 1:
            if run not in _PARTICLES:
                keys.add(run)
            continue
        for a, b in pairwise(run):
            if a not in _PARTICLES and b not in _PARTICLES:
                keys.add(a + b)
    return frozenset(keys)


def content_keys(text: str) -> frozenset[str]:
    """Match keys of a claim's topic words only: for Japanese, the keys of Sudachi's content
    morphemes (nouns, verbs, adjectives), so that inflections (した, された) add no noise;
    for other text, ``word_keys``."""
    if not has_japanese(text):
        return word_keys(text)
    keys: set[str] = set()
    for tok in tokenize(text):
        if _is_content(tok) and tok.lemma not in STOPWORDS_JA:
            keys |= word_keys(tok.surface if tok.pos == "名詞" else tok.lemma)
    return frozenset(keys)


@lru_cache(maxsize=8192)
def predicate_concepts(text: str) -> frozenset[str]:
    """The concepts of what happened that a text's words name (lexicon.PREDICATE_SYNONYMS):
    Japanese words by Sudachi's normalized and dictionary forms, English words by stem."""
    out: set[str] = set()
    for w in _LATIN_WORD_RE.findall(text):
        c = SYNONYMS_EN.get(stem_en(w.casefold().strip("'")))
        if c:
            out.add(c)
    if FULL_EN.search(text):
        out.add("full")
    if ENDED_EN.search(text) or has(DECIDED_END, text):
        # "lifted", "scrapped", 撤廃, 解除: a rule or a measure brought to an end
        out.add("terminate")
    if has_japanese(text):
        for run in _JA_RUN_RE.findall(text):
            for tok in tokenize(run):
                c = (
                    SYNONYMS_JA.get(tok.normalized)
                    or SYNONYMS_JA.get(tok.lemma)
                    or SYNONYMS_JA.get(tok.surface)
                )
                if c:
                    out.add(c)
    return frozenset(out)


@lru_cache(maxsize=4096)
def concept_keys(text: str) -> dict[str, frozenset[str]]:
    """The match keys of the words of a text that name a concept of what happened
    (lexicon.PREDICATE_SYNONYMS), by concept: 「始まった」 gives ``start`` its keys 始ま, まる;
    "announced" gives ``announce`` annou. Keys as ``content_keys`` makes them."""
    out: dict[str, set[str]] = {}
    for w in _LATIN_WORD_RE.findall(text):
        c = SYNONYMS_EN.get(stem_en(w.casefold().strip("'")))
        if c:
            out.setdefault(c, set()).update(word_keys(w))
    if has_japanese(text):
        for run in _JA_RUN_RE.findall(text):
            for tok in tokenize(run):
                c = SYNONYMS_JA.get(tok.normalized) or SYNONYMS_JA.get(tok.lemma)
                c = c or SYNONYMS_JA.get(tok.surface)
                if c and _is_content(tok):
                    word = tok.surface if tok.pos == "名詞" else tok.lemma
                    out.setdefault(c, set()).update(word_keys(word))
    return {c: frozenset(k) for c, k in out.items()}


@lru_cache(maxsize=4096)
def share_noun_keys(text: str) -> frozenset[str]:
    """The keys of every Japanese noun of a share (lexicon.SHARE_NOUNS_JA) when a text says one of
    them: 「シェア」 says 割合 and 比率 too; empty when it says none."""
    if not has_japanese(text) or not any(w in text for w in SHARE_NOUNS_JA):
        return frozenset()
    return frozenset().union(*(content_keys(w) for w in SHARE_NOUNS_JA))


def scope_keys(text: str) -> frozenset[str]:
    """Match keys of scope words: ``word_keys`` plus "world" for the words of the whole world
    (the world, global, worldwide, 世界), which ``word_keys`` treats as stopwords."""
    keys = set(word_keys(text))
    if re.search(r"(?i)\b(?:world|worldwide|global|globally)\b|世界", text):
        keys.add("world")
    return frozenset(keys)


@dataclass(frozen=True)
class Paraphrase:
    """What the verb phrases of a text say of a measure's noun (``paraphrase``)."""

    #: the keys of the words a measure's names use for it, keyed as ``content_keys`` keys a name
    keys: frozenset[str]
    #: the keys of those words proper: a bigram across a word and its suffix (国者 of 出国者, 行者
    #: of 旅行者) is none, so 「入国した人」 (入国者数) is not 出国者数 by 国者 and 数
    heads: frozenset[str]
    #: the directions of motion they say ("out" for "went abroad", 「国を出た」; "in" for 入国)
    directions: frozenset[str]

    def __or__(self, other: Paraphrase) -> Paraphrase:
        """Both paraphrases' words, heads and directions."""
        return Paraphrase(
            self.keys | other.keys, self.heads | other.heads, self.directions | other.directions
        )


#: The suffixes of a person noun, left off a paraphrase's word for its head (出国者 → 出国)
_PERSON_SUFFIX = re.compile(r"(?:者数|人数|者|数)$")


@lru_cache(maxsize=4096)
def paraphrase(text: str) -> Paraphrase:
    """The words a measure's names use for what a verb phrase of the text says
    (lexicon.PARAPHRASES_EN / _JA: "lost their lives" → deaths, "went abroad" → travel abroad,
    「海外に行った」 → 海外旅行者, 出国者; lexicon.AGENT_NOUN_JA: 「採用される人数」 → 採用者数), their
    heads and the direction of motion they say; empty when the text has none."""
    keys: set[str] = set()
    heads: set[str] = set()
    directions: set[str] = set()
    for pattern, words, direction in PARAPHRASES_EN:
        if pattern.search(text):
            keys |= word_keys(words)
            heads |= word_keys(words)
            directions |= {direction} - {""}
    for words, direction in idiom_readings(text):
        keys |= word_keys(words.replace(",", " "))
        heads |= word_keys(words.replace(",", " "))
        directions |= {direction} - {""}
    if has_japanese(text):
        for pattern, words, direction in PARAPHRASES_JA:
            if pattern.search(text):
                keys |= content_keys(words)
                for word in words.split():
                    head = _PERSON_SUFFIX.sub("", word)
                    heads |= content_keys(head if len(head) >= 2 else word)
                directions |= {direction} - {""}
        for m in AGENT_NOUN_JA.finditer(text):
            keys |= content_keys(m.group(1) + "者数")
            heads |= content_keys(m.group(1))
            directions |= motion_directions(m.group(1))
    return Paraphrase(frozenset(keys), frozenset(heads), frozenset(directions))


def paraphrase_keys(text: str) -> frozenset[str]:
    """The keys of the words a measure's names use for what a verb phrase of the text says
    (``paraphrase``), keyed as ``content_keys`` keys a measure's name; empty when it has none."""
    return paraphrase(text).keys


@lru_cache(maxsize=4096)
def motion_directions(text: str) -> frozenset[str]:
    """The directions of motion a name's words say (lexicon.MOTION_DIRECTION_JA / _EN): in
    Japanese a noun that begins with a direction (入国者 "in", 出入国 both, 帰国 "back"); in English
    "arrivals", "returnees", "departures". A goal or origin naming a place is the lookup's
    (``Lookup.motion_of``)."""
    found = {direction for pattern, direction in MOTION_DIRECTION_EN if pattern.search(text)}
    if has_japanese(text):
        for tok in tokenize(text):
            if tok.pos != "名詞" or len(tok.surface) < 2:
                continue
            for ch in tok.surface:
                if ch not in MOTION_DIRECTION_JA:
                    break
                found.add(MOTION_DIRECTION_JA[ch])
    return frozenset(found)


_short_tokenizer: Any = None


@lru_cache(maxsize=4096)
def short_nouns(text: str) -> tuple[str, ...]:
    """The nouns of a Japanese text as Sudachi's shortest units (SplitMode A) give them, numbers
    left out: 「年間利用者数」 -> 年間, 利用, 者, 数 (mode C keeps 利用者 whole)."""
    global _short_tokenizer
    if not has_japanese(text):
        return ()
    if _short_tokenizer is None:
        with _lock:
            if _short_tokenizer is None:
                from sudachipy import Dictionary, SplitMode

                _short_tokenizer = Dictionary().tokenizer(mode=SplitMode.A)
    out: list[str] = []
    for m in _short_tokenizer.tokenize(text[:2000]):
        pos = m.part_of_speech()
        if pos[0] in ("名詞", "接尾辞", "接頭辞") and pos[1] != "数詞" and m.surface().strip():
            out.append(m.surface())
    return tuple(out)
