"""Cue words, in Japanese and English, that tell what kind of statement a claim makes.

Every list the parser uses is here, so that docs/verdict-rules.md can list them and a reader
can extend them in one place. Japanese cues are plain substrings of the NFKC-normalised
text; English cues are regular expressions matched case-insensitively on word boundaries.
Nothing here is specific to a pack: the pack's own vocabulary (entity and metric names,
event titles) comes from the pack through the evidence index.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from shingi.normalize.periods import find_periods
from shingi.normalize.quantities import is_currency, normalize_unit
from shingi.normalize.text import normalize


@dataclass(frozen=True, slots=True)
class CueList:
    """One class of cue: Japanese substrings and English word patterns."""

    name: str
    ja: tuple[str, ...] = ()
    en: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue found in a text, with its span."""

    name: str
    start: int
    end: int
    text: str


def _cues(name: str, ja: str = "", en: str = "") -> CueList:
    # Japanese cues are ``|``-separated words; the English cue is one regular expression.
    return CueList(name, tuple(x for x in ja.split("|") if x), (en,) if en else ())


# --- statement kinds ------------------------------------------------------------------

#: Leap: a sudden jump (with a frontier cue it makes a leap claim: momentum + parity).
LEAP = _cues(
    "leap",
    ja="飛躍|一挙に|一気に|躍り出|躍進|急浮上|一足飛び",
    en=r"leap(?:s|t|ed|ing)?|jump(?:s|ed)?|vault(?:s|ed)?|catapult(?:s|ed)?|leapfrog(?:s|ged)?"
    r"|in one bound|overnight",
)
#: Parity with the frontier: standing level with the leading entities.
PARITY = _cues(
    "parity",
    ja="最前線|最先端|世界水準|世界トップ|トップレベル|トップクラス|肩を並べ|追いつ|追い付|追いつい"
    "|匹敵|同等|互角|並んだ|並ぶ|フロンティア|世界最高水準",
    en=r"(?:the )?frontier|on an? par|on par|at par|parity|caught up|catch(?:es)? up|catching up"
    r"|rival(?:s|ed|led)?|world[- ]class|leadership|leading edge|cutting[- ]edge"
    r"|state[- ]of[- ]the[- ]art|level with|peer(?:s)? of|top tier"
    r"|match(?:es|ed)? the (?:us|u\.s\.|leaders?|best)",
)
#: Turning point: several things converging at one moment.
TURNING_POINT = _cues(
    "turning_point",
    ja="転換点|結節|節目|転機|分岐点|画期|ターニングポイント|一斉に|重なった|集中した|結実",
    en=r"turning point|inflection(?: point)?|watershed|tipping point|converg(?:e|ed|es|ence|ing)"
    r"|surge(?:d|s)?|came together|breakthrough (?:month|year|moment)|pivotal",
)
#: Plans and targets (a statement about what is intended, not what happened).
PLAN = _cues(
    "plan",
    ja="目指|予定|目標|計画して|計画する|計画だ|計画中|計画である|る計画で|計画を発表|計画を公表|計画を表明|計画を決め"
    "|見込み|見込む|見込んで|見通し|する方針|の方針|方針だ"
    "|を狙|狙う|めざ|見据え|予想|と予測|予測され|予測する|予測して|計画を立て|する構想|構想だ|よう提言|よう提案|よう求め|よう要請|を提言|を提案"
    "|を公約|と公約|公約に掲げ|公約した|を約束|と約束",
    en=r"aims? to|aiming to|aims? for|aiming for|plans? to|planning to|planned|targets?|targeting|targeted"
    r"|intends? to"
    r"|scheduled|expected to|is set to|are set to|goal|roadmap|will"
    r"|forecast|projected|propos(?:ed|es|al) to|recommend(?:ed|s)? (?:that|to)|call(?:ed|s)? for"
    r"|urg(?:ed|es) (?:the )?\w+ to"
    r"|(?:pledg|promis|vow)(?:e|es|ed|ing) to"
    r"|(?:had|has|have)(?:\s+not|n't)? (?:expected|anticipated|projected|forecast)",
)
#: A cause, a reason or a credit said in so many words ("because of", 「〜が原因」, 「〜のおかげで」):
#: the claim says why something happened, which facts alone do not settle (docs/verdict-rules.md
#: §4.12). Not a statement kind: the claim's facts are checked as usual, and the cause is a check
#: of its own.
CAUSE = _cues(
    "cause",
    ja="原因|要因|おかげで|のおかげ|のせい|に起因|起因して|の結果|がもたらし|をもたらし|を招い|が招い|引き起こ"
    "|が理由|のためだ|の影響で|による影響"
    # after a verb or an adjective too (「生活リズムが崩れたせいだ」「景気が良くなったおかげだ」
    # 「…火力発電を控えたためだ」; the cleft 「…のは、…からだ」 is read in checks/causes.py)
    "|せいで|せいだ|せいである|おかげだ|おかげである|たためだ|たためである|るためだ|るためである"
    # 「輸出が成長を牽引した」 ("drove the growth"): what pulled a change along
    "|を牽引|をけん引|が牽引|がけん引",
    en=r"because(?: of)?|due to|thanks to|as a result of|owing to|caused by|driven by|blamed on"
    r"|attributable to|(?:is|was|are|were) (?:the )?(?:main |chief |primary |real )?(?:cause|reason)s?"
    r"|led to|lead(?:s)? to|resulted in|result(?:s|ed)? from"
    # a cause verb with a change as its object: "Migrants drove the 2024 surge", "fuelled the rise",
    # "behind the jump" (the change is presupposed, what brought it about asserted)
    r"|(?:drove|drives?|driving|fuel(?:l)?(?:ed|s|ing)?|spurred|(?:is|was|are|were) behind|powered)"
    r" (?:(?:the|this|that|its|their|much of the|most of the) )?(?:[\w'-]+ ){0,3}"
    r"(?:rise|surge|increase|growth|jump|spike|boom|fall|drop|decline|decrease|slump|plunge|recovery)s?"
    r"|fuel(?:l)?ed by|spurred by|powered by",
)
#: Credit or blame: a change verb made transitive, with what it changed after it ("the government
#: has worsened India's hunger situation", 「財政を悪化させた」): the subject is said to have brought
#: the change about, a cause of §4.12 (a linguistic reason; the intransitive "hunger worsened" and
#: "improved its margins", said of the owner itself, are not; nor "improved the most", a superlative
#: adverb that is no object)
CREDIT_BLAME = _cues(
    "credit_blame",
    ja="悪化させ|改善させ|低下させ|向上させ",
    en=r"(?:worsen|weaken|damag|ruin|hurt)(?:ed|es|s)? (?:the(?! (?:most|least|best|worst|fastest|slowest"
    r"|quickest|furthest|farthest|sharpest|steepest)\b)|[a-z]+['’]s)"
    r"|improv(?:ed|es) (?:the(?! (?:most|least|best|worst|fastest|slowest|quickest|furthest|farthest"
    r"|sharpest|steepest)\b)|[a-z]+['’]s)",
)
#: What the subject has by now ("already", すでに): a state, not a detail of a previous event.
ALREADY = _cues("already", ja="すでに|既に|もう", en=r"already|so far|to date")
#: At once: a clause with no period of its own said to have happened at once, right away, is of the
#: time of the dated clause before it in its sentence (「…2023年9月1日に施行され、…一気に64歳になった」)
AT_ONCE = _cues(
    "at_once",
    ja="一気に|一挙に|直ちに|即座に|ただちに|たちまち|即日",
    en=r"overnight|at once|immediately|right away|straight away|in one go|in (?:a single|one) step",
)
#: A target stated as reached: the statement is about an achievement, not a plan.
ACHIEVED = _cues(
    "achieved",
    ja="達成し|達成さ|達成済|実現した|実現され|クリアした|公約を果たし|約束を果たし|約束を守っ|公約を守っ",
    en=r"(?<!to )(?<!will )achiev(?:e|ed|es)|attain(?:ed|s)?|met (?:the|its|their) (?:target|goal)"
    r"|(?:met|kept|fulfilled|honou?red|delivered on) (?:the|its|their|our|my|his|her|this|that)"
    r" (?:\w+ )?(?:promise|pledge|commitment|target|goal)"
    r"|reached (?:the|its|their) (?:target|goal)|hit (?:the|its|their) (?:target|goal)",
)
#: A target stated as missed ("missed its goal", "fell short of the target", 「目標を達成できなかった」,
#: 「目標に届かなかった」, 「目標は未達」): the denial of an achievement, read as ``achieved`` negated;
#: a Japanese word counts only after 目標 or 公約 in its clause (「1万トンにも届かなかった」: a bound).
MISSED = _cues(
    "missed",
    ja="達成できなかった|達成できず|達成しなかった|達成されなかった|達成されず|未達|実現できなかった|実現できず"
    "|届かなかった|届かず|果たせなかった|果たせず",
    en=r"(?:miss(?:ed|es|ing)?|f(?:e|a)ll(?:s|ing)? short of"
    r"|fail(?:ed|s)? to (?:meet|reach|achieve|hit|attain)"
    r"|(?:did|does|has|have|had)(?:n't| not) (?:meet|met|reach|reached|achieve|achieved|hit|attain|attained))"
    r" (?:the|its|their|our|my|his|her|this|that) (?:\S+ ){0,3}(?:target|goal|promise|pledge|commitment)",
)
#: A is more than B.
EXCEED = _cues(
    "exceed",
    ja="上回|超え|超過|凌駕|勝る|勝っ|優る|優っ|抜い|抜き|リード|より多|より高|より大き|より強|より優"
    "|高い|多い|多く|大きい|強い|上位|より長|長い",
    en=r"exceed(?:s|ed|ing)?|outperform(?:s|ed|ing)?|outscor(?:e|es|ed|ing)|beat(?:s|en)?|surpass(?:es|ed|ing)?"
    r"|ahead of|(?:higher|more|greater|larger|bigger|better|stronger)(?:\s+[\w'-]+){0,6}\s+than"
    r"(?!\s*(?:about|around|~)?\s*\d)"
    r"|top(?:s|ped)?|lead(?:s)?|outstrip(?:s|ped)?|outpace(?:s|d)?|overt(?:ake|akes|aken|aking|ook)|above"
    # "live three years longer than Americans" (not "no longer than 18 weeks", "longer than ever")
    r"|(?<!no )longer(?:\s+[\w'-]+){0,6}\s+than(?!\s*(?:about|around|~)?\s*\d|\s+ever\b)",
)
#: A is less than B.
TRAIL = _cues(
    "trail",
    ja="下回|及ばな|及ば|届かな|届いていな|劣|後れ|遅れ|より少な|より低|より小さ|より弱|低い|少ない|少なく"
    "|小さい|弱い|下位|差があ|大差|水をあけられ|満たな|より短|短い",
    en=r"trail(?:s|ed|ing)?|behind|lag(?:s|ged|ging)?|fall(?:s)? short|fell short|short of"
    r"|(?:lower|less|smaller|worse|weaker|fewer)(?:\s+[\w'-]+){0,6}\s+than(?!\s*(?:about|around|~)?\s*\d)"
    r"|shorter(?:\s+[\w'-]+){0,6}\s+than(?!\s*(?:about|around|~)?\s*\d|\s+ever\b)"
    r"|below(?!\s*(?:about|around|~)?\s*\d)"
    r"|outperformed by|beaten by|surpassed by|far from",
)
#: A equals B (within tolerance) on a named measure.
EQUAL = _cues(
    "equal",
    ja="同等|並ぶ|並んだ|匹敵|互角|同水準|同程度|肩を並べ|追いつ|追い付|ほぼ同じ|同じくらい|同じぐらい|ほぼ同数",
    en=r"on an? par|on par|equal(?:s|led)?|match(?:es|ed)?|as (?:high|good|large) as|level with"
    r"|tied with|(?:is|are|was|were) tied|rival(?:s|ed)?|caught up with|same level"
    # "about as many first-time applicants as Spain", "roughly the same number of transports":
    # parity of two sides (not "as many as 150,000", a bound on a number)
    r"|as (?:many|much)(?:\s+[\w'-]+){0,6}\s+as(?!\s*(?:about|around|~)?\s*[\d$€£¥])"
    r"|the same (?:number|amount|level|size|share|rate)",
)
#: Change over time, upwards.
UP = _cues(
    "up",
    ja="増加|増え|増大|拡大|上昇|伸び|伸ば|倍増|成長|急増|激増|急伸|高ま|増や|拡充|倍に|倍へ|回復|上が|改善|躍進|創出|生み出"
    "|引き上げ|引上げ|値上げ|利上げ|昇給|アップ|膨ら|広が|延び"
    # 「25円高くなった」: an adjective in 連用形 + なる is a change of state, a rise by the amount (not
    # 「25円高い」, a difference to another thing; docs/verdict-rules.md §8)
    "|高くな"
    # 「微増」: a small rise, a rise all the same (its size: checks.links._SLIGHT)
    "|微増",
    en=r"rose|rise[sn]?|rising|increas(?:e|ed|es|ing)|gr[eo]w(?:s|n|ing)?|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)"
    r"|quadrupl(?:e|ed|es|ing)|\w+fold|climb(?:s|ed|ing)?|expand(?:s|ed)?|went up|gone up|going up"
    r"|accelerat(?:e|ed|es|ing)|recover(?:s|ed|ing)|rebound(?:ed|ing)|bounc(?:e|es|ed|ing) back"
    r"|c[oa]me up(?! with)|up from|widen(?:s|ed|ing)?"
    r"|(?:got|gets?|getting|grew|became|becomes?)\s+(?:bigger|larger|wider)"
    # "got 25 yen dearer", "became 10% more expensive": a change of state (not "is 25 yen dearer than")
    r"|(?:got|gets?|getting|became|becomes?)\s+[^.;:!?]{0,30}?(?:dearer|more expensive)\b(?!\s+than)"
    r"|jump(?:ed)? from|jump(?:s|ed)?(?= (?:by )?(?:about |around |nearly |almost |some |over |more than )?"
    r"[\d.,]+ ?(?:%|percent|per ?cent))|(?:jump(?:s|ed)?|leap(?:s|t|ed))(?= by\b)|soar(?:s|ed|ing)?"
    # "jumped a full year", "jumped 1.2 years": a jump by a length of time (a measure of years)
    r"|jump(?:s|ed)?(?= (?:about |around |nearly |almost |some |over |more than )?"
    r"(?:an? (?:full|whole)|[\d.]+|one|two|three|four|five|six|seven|eight|nine|ten)(?: full| whole)?"
    r" (?:years?|months?)\b)"
    r"|surg(?:e|ed|es|ing)|skyrocket(?:s|ed|ing)?"
    r"|strengthen(?:s|ed|ing)?|appreciat(?:es|ed|ing)|improv(?:es|ed|ing)"
    # "raised interest rates", "hiked the policy rate", "raised the minimum wage" (a measure's name,
    # blanked when the clause is read, after the verb)
    r"|(?:rais|hik|lift)(?:e|es|ed|ing|s)?"
    r"(?= (?:the |its |their |interest |policy |key )?(?:[\w-]+ )?rates?\b"
    r"| (?:the |its |their )?\s{2,})"
    r"|creat(?:e|ed|es|ing)|add(?:ed|s|ing)|gain(?:ed|s|ing)"
    r"|(?:is|are|was|were|been|now) up"
    # "edged up", "inched higher", "ticked up": a small rise (its size: checks.links._SLIGHT)
    r"|(?:edg|inch|tick|nudg)(?:e|es|ed|ing|s)? (?:up|higher|upwards?)\b"
    # "stocks make up more than 80% of the fund": a part of a whole (kinds._PART_VERB), no rise;
    # "barely moved, up less than 1%": a bound or hedge before the figure leaves it the change's size
    r"|(?<!make )(?<!makes )(?<!made )(?<!making )up(?= (?:by )?(?:about |nearly |almost "
    r"|some |over |more than |less than |under |just |only |roughly |around |slightly )?[\d.,]+ ?"
    r"(?:%|percent|per ?cent|pp|points?))",
)
#: Change over time, downwards.
DOWN = _cues(
    "down",
    ja="減少|減っ|減ら|減り|減る|縮小|低下|下落|落ち|半減|減退|後退|縮ん|目減り|激減|急減|急落|下が|下げ|悪化|失っ|失わ"
    "|減給|ダウン|狭ま"
    # 「5万人を削減した」: a count taken away, done (not 「削減する」「削減目標」, a plan's)
    "|削減した|削減して|削減され"
    # 「3分の2が消えた」: what vanished is what the level lost (a fall)
    "|消え|消失"
    # 「25円安くなった」: a fall by the amount, as 高くな above
    "|安くな"
    # 「微減」: a small fall, a fall all the same (its size: checks.links._SLIGHT)
    "|微減",
    en=r"fell|fall(?:s|en|ing)?|declin(?:e|ed|es|ing)|drop(?:s|ped|ping)?|decreas(?:e|ed|es|ing)|shr[iau]nk(?:s|ing)?"
    r"|halv(?:e|ed|es)|cut (?:in|by) half|went down|gone down|going down|c[oa]me down|coming down|down from"
    r"|slump(?:s|ed)?|contract(?:s|ed)|(?:to|will|would) contract|decelerat(?:e|ed|es|ing)"
    r"|slow(?:s|ed|ing)(?!\w)|narrow(?:s|ed|ing)|(?:got|gets?|getting|became|becomes?)\s+(?:smaller|narrower)"
    # "got 25 yen cheaper", "became 10% cheaper": a change of state (not "is 25 yen cheaper than")
    r"|(?:got|gets?|getting|became|becomes?)\s+[^.;:!?]{0,30}?cheaper\b(?!\s+than)"
    r"|collaps(?:ed|es|ing)|plung(?:ed|es|ing)|plummet(?:s|ed|ing)?|tumbl(?:ed|es|ing)|nosedived|crashed"
    r"|weaken(?:s|ed|ing)?|depreciat(?:es|ed|ing)|worsen(?:s|ed|ing)?|deteriorat(?:es|ed|ing)"
    r"|(?:cut(?:s|ting)?|lower(?:s|ed|ing)?)"
    r"(?= (?:the |its |their |interest |policy |key )?(?:[\w-]+ )?rates?\b"
    r"| (?:the |its |their )?\s{2,})"
    r"|(?:is|are|was|were|been|now) down"
    # "edged down", "inched lower", "ticked down": a small fall (its size: checks.links._SLIGHT)
    r"|(?:edg|inch|tick|nudg)(?:e|es|ed|ing|s)? (?:down|lower|downwards?)\b"
    r"|shed(?:s|ding)?|lost|los(?:es|ing)|cut(?:s|ting)?(?= \d)"
    # "have been cut by more than half", "was cut by 5%": a fall by the size after "by"
    r"|cut(?:s|ting)? by(?= (?:about |around |nearly |almost |some |over |more than |less than |roughly "
    r"|just |only )?(?:\d|half\b|a (?:third|quarter|fifth|tenth)\b|(?:one|two|three)[ -]))"
    # "removed over 270,000 federal employees", "eliminated 5,000 posts": a count taken away
    r"|(?:remov(?:ed|es|ing)|eliminat(?:ed|es|ing)|slash(?:ed|es|ing))"
    r"(?= (?:about |around |nearly |almost |some |over |more than |roughly )?\d)"
    r"|vanish(?:ed|es|ing)|wiped out|disappear(?:ed|s|ing)"
    # "knocked three years off life expectancy": a length taken off
    r"|knock(?:s|ed|ing)?(?= (?:about |around |nearly |almost |some |over |more than )?[\w.]+"
    r" (?:years?|months?) off\b)"
    r"|down(?= (?:by )?(?:about |nearly |almost |some |over |more than |less than |under |just |only "
    r"|roughly |around |slightly )?[\d.,]+ ?"
    r"(?:%|percent|per ?cent|pp|points?))",
)
#: A word said to gain or lose value: 「円安」「ルピー高」「ナイラ安」 (安: weaker, a fall of its value;
#: 高: stronger): a katakana word, an ISO code or a kanji currency before 高 / 安; it is a currency's
#: move only when the word is a currency's name (:func:`currency_move_ja`; not 「コスト高」)
_WORD_MOVE_JA = re.compile(
    # (「25円安くなった」: 円 the unit of an amount, 安く an adjective, no currency's move)
    # (元 not inside a kanji word: 「地元高校」「次元高い」 name no yuan)
    r"(?P<cur>[ァ-ヶー]{2,}|[A-Z]{3}|人民元|円|(?<![一-龥々])元)(?P<way>高|安)(?![くかけ])"
)


def currency_move_ja(text: str) -> re.Match[str] | None:
    """A currency said to gain or lose value (「円安」「ナイラ安」「ルピー高」): any word the one table
    of currency words (``normalize_unit``) names as a currency, or an ISO code, before 高 / 安 —
    no fixed list of currencies; which way its quoted number goes is the quote's
    (checks.changes.quoted_inverted)."""
    for m in _WORD_MOVE_JA.finditer(text):
        if is_currency(normalize_unit(m["cur"])):
            return m
    return None
#: The unit of an exchange rate, one currency per another ("INR/USD", "JPY per USD"): its number is
#: counted in ``a``, so a word of ``a``'s value goes the other way from it
QUOTE_UNIT = re.compile(r"(?i)^\s*(?P<a>[A-Z]{3})\s*(?:/|per)\s*(?P<b>[A-Z]{3})\s*$")
#: A change said to go on to the end of its window: "kept rising", "continues to fall", "still
#: rising", 「増え続けている」「減少が続いて」 (the continuative speaks of the latest period)
WENT_ON = re.compile(
    r"(?i)\b(?:kept|keeps|keep|continued|continues|continue|still)\b(?:\s+(?:to|on))?\s+\w+ing\b"
    r"|\b(?:continued|continues|continue)\s+to\b|続け|続いて"
    # 「高まる一方だ」「増える一方だった」「減る一方の」: a verb's plain form + 一方 says the change does
    # nothing but go on that way, the continuative's sense (a linguistic reason; not the contrast
    # 「増える一方で、…」「増える一方、…」 "while X rises, …"); "ever-rising" in English
    r"|(?<=[るうくすつぬむぶぐ])一方(?:だ|です|でした|であ[るり]|の(?!で)|$|。)"
    r"|(?i:\bever[- ](?:rising|increasing|growing|falling|declining|shrinking)\b)"
)
#: ... and said to go on at the claim's "now": 「上がり続けている」「増え続けています」, "keeps rising",
#: "continues to fall", "has kept growing", "is still rising" (not the past "kept rising"): the change
#: runs to the latest value (checks.changes)
GOES_ON_NOW = re.compile(
    r"続けて(?:い|お)|続いて(?:い|お)|(?<=[るうくすつぬむぶぐ])一方(?:だ(?!っ)|です|であ[るり]|の(?!で)|$|。)"
    r"|(?i:\b(?:keeps?|continues?|(?:has|have)\s+(?:kept|continued)|(?:is|are)\s+still)\b)"
)
#: A bound said reached, in the past (「5割を超え」「突破した」「に達した」, "topped", "exceeded",
#: "hit"; not the state 「超えている」): said of a window (an actor's term), it happened at some time
#: of it (docs/verdict-rules.md §4.7)
REACHED_PAST = re.compile(
    r"(?:超え|超過し|突破し|達し|上回っ|上回り|下回っ|下回り|割り込ん)(?!て(?:い|お))|突破(?!し)|"
    r"(?i:\b(?:reached|topped|exceeded|hit|passed|surpassed|peaked|went\s+(?:above|over|below)"
    r"|rose\s+(?:above|over|to)|fell\s+(?:below|under))\b)"
)
#: No change over time: the value at the start of the window is the value at its end
#: (「2010年から変わっていない」, "unchanged since 2010"). The negative is part of the words.
FLAT = _cues(
    "flat",
    ja="変わっていない|変わってない|変わっておらず|変わらない|変わらず|変化していない|変化がない|変化はない"
    "|変化なし|据え置|横ばい|同額のまま|同じ額のまま",
    en=r"unchanged|(?:has|have|had)(?: not|n't) changed|not changed|no change"
    r"|remain(?:s|ed)? (?:the same|flat|unchanged|steady)|stay(?:s|ed)? (?:the same|flat)|held steady"
    r"|has held at|(?:has|have) been frozen",
)
#: A share of a whole (a share metric of the entity).
SHARE = _cues(
    "share",
    ja="シェア|占め|占有|割合|比率|割を保有|割を持|割を握|過半|大半|半分以上|ほとんど",
    en=r"share|shares|of the world'?s|of global|majority|most of|per ?cent of (?:the )?(?:world|global)"
    r"|hold(?:s)? \d|control(?:s)? \d",
)
#: A majority: more than half (a share claim with no number).
MAJORITY = _cues("majority", ja="過半|大半|半分以上|ほとんど", en=r"majority|most of|more than half")

#: "Has never been worse", "was never higher", "better than ever": the value now is the extreme of
#: its own series (a record, not a negation: the negative says nothing was ever past it).
_COMPARATIVES_EN = (
    r"(?:worse|better|higher|lower|bigger|smaller|greater|larger|longer|shorter|more|less|fewer|cheaper|dearer"
    r"|more expensive|less affordable|more affordable)"
)
#: A comparative before "than" and a figure is a bound ("has never been lower than 4%": every value
#: at least 4 %, `spans.never_past_since`), not the extreme of the series (a figure the parser
#: has blanked out stands as a run of spaces)
_NOT_A_BOUND = r"(?!\s+than(?:\s+(?:[$€£¥]\s?)?\d|\s\s))"
#: The same negated comparison with a verb of its own and a period as its standard after "than" /
#: "as": "Never have more Americans died by gunfire than in 2021", "Never before had Deutsche Bahn
#: carried as many people as in 2024", "There have never been more … than there are now": no value
#: of the series was past the one of that period, so it is the series' extreme, a record (a
#: linguistic reason: a negated comparative over every period is a superlative). A bare figure after
#: than / as is a bound ("never had more than 20 million": every value at most 20 million), not a
#: record; a figure after "the" ("than the 771,480 it found") is left to the negation as before: the
#: record would be ranked on whatever measure the clause's words link, and its figure with it (the
#: held-out round 22 rewordings lost one claim on such a link).
#: The period after than / as (`NEVER_MORE_TAIL`): a year or month ("in 2021", "as in May 2024", "in
#: fiscal 2019", "in the 1990s"), a span said by its noun ("in any previous year", "at any time", "in
#: the past decade", "during the pandemic", "at that time"), "the past" / "history" / "memory", or now
#: ("now", "today", "right now", "it is today", "there are now", "it did in 2022": a pronoun and its
#: own verb before the period). Anything else after "in" is the place or thing compared ("never cost
#: more in Japan than in the United States", "than in rural areas"): a comparison, negated.
#: the English era nouns (`ERA_NOUNS`)
_ERA_EN = r"pandemic|crisis|war|recession"
_MONTHS_EN = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_PERIOD_NOUNS_EN = (
    r"(?:years?|months?|quarters?|decades?|centur(?:y|ies)|periods?|seasons?|weeks?|days?|times?|eras?"
    r"|points?|moments?|stages?|halves|half|history|memory|past|" + _ERA_EN + r")"
)
_PERIOD_EN = (
    r"(?:(?:the\s+|fiscal\s+|FY\s?|(?:" + _MONTHS_EN + r")\s+(?:\d{1,2},?\s+)?)*(?:(?:19|20)\d\ds?|'?\d0s)\b"
    r"|" + _MONTHS_EN + r"(?!\w)"
    r"|(?:(?:the|any|every|its|their|this|that|those|these|living|recent|previous|past|earlier|prior"
    r"|other|same|first|second|third|fourth|last|early|late|mid|single|financial|global|one)\s+){1,3}"
    + _PERIOD_NOUNS_EN + r"\b|(?:years|decades|months|history|memory)\b)"
)
_NOW_EN = r"(?:right\s+)?(?:now|today|currently|these\s+days|at\s+present|at\s+the\s+moment)\b"
_PERIOD_AFTER_THAN_EN = (
    r"(?=\s+(?:(?:it|there|they|he|she|we|you|I)(?:\s+[\w']+){1,2}?\s+)?(?:(?:in|on|at|during|by|over)\s+"
    + _PERIOD_EN + r"|(?:this|that|those|these|last|the\s+previous|the\s+past)\s+" + _PERIOD_NOUNS_EN + r"\b|"
    + _NOW_EN + r"))"
)
_NEVER_MORE_HEAD = (
    r"(?:\s+before)?(?:\s+[\w'-]+){0,6}?\s+(?:" + _COMPARATIVES_EN + r"(?:\s+[\w'-]+){0,8}?\s+than"
    r"|as\s+(?:many|much|high|low|large|big|few|little|long|often)(?:\s+[\w'-]+){0,8}?\s+as)"
    r"(?!\s+(?:(?:US)?[$€£¥]\s?)?\d|\s\s)"
)
NEVER_MORE_TAIL = _NEVER_MORE_HEAD + _PERIOD_AFTER_THAN_EN
#: The same in a clause whose periods and names are blanked (the parser's cue words): a blank after
#: in / on / at / during may be a period or a place; the parser settles it on the clause with its
#: periods shown (`NEVER_MORE_TAIL`)
NEVER_MORE_TAIL_BLANKED = (
    _NEVER_MORE_HEAD + r"(?:" + _PERIOD_AFTER_THAN_EN + r"|(?=\s+(?:in|on|at|during)\s\s))"
)
NEVER_BEFORE_EN = (
    r"never(?: before)? (?:been|was|were|had been|has been|have been)(?: so| this| as)? " + _COMPARATIVES_EN
    + _NOT_A_BOUND
    + r"|never" + NEVER_MORE_TAIL_BLANKED
    + r"|" + _COMPARATIVES_EN + r" than ever(?: before)?"
)

#: The head nouns of an undated era named by an event (§4.7): 「コロナ禍」「金融危機」「震災」, "the crisis",
#: "the war" (generic heads, no event's name; the one named era is normalize.eras's table row)
ERA_NOUNS = _cues("era noun", ja="禍|危機|震災|戦争|ショック|不況|恐慌", en=_ERA_EN)
ERA_HEADS_JA = "(?:" + "|".join(ERA_NOUNS.ja) + ")"

#: Superlatives. ``max``: the largest value; ``min``: the smallest; ``first``: the earliest;
#: ``top``: ranked first on the measure (higher or lower is better, by the metric).
#: A record in the entity's own series ("過去最多", "a record"): compared over time, not with others.
#: A peak: the highest value of a period ("peaked at 9.1% in 2022", 「ピークの9.1%」), not its latest.
PEAK = _cues("peak", ja="ピーク", en=r"peak(?:ed|s)?")
SUP_RECORD = _cues(
    "sup_record",
    ja="過去最多|過去最高|過去最大|史上最多|史上最高|史上最大|最多を更新|最高を更新|記録的|過去最低|過去最少"
    "|史上最低|最低を更新|年ぶりの高|年ぶりの低|年ぶりの多|年ぶりの少|最高値|最安値"
    # "the worst / best ever" (its direction the measure's worse / better one, §4.8)
    "|過去最悪|史上最悪|最悪を更新|過去最良|史上最良"
    # 「2018年以来の高水準」「2020年10月以来の低さ」: the highest or lowest since that period
    "|以来の高水準|以来の低水準|以来の高値|以来の安値|以来の高さ|以来の低さ|以来の多さ|以来の少なさ"
    "|これまでのどの年よりも|過去のどの年よりも"
    # 過去最多 spelled out with the superlative adverb: 「史上最も多い」「これまでで最も多く」
    # (一番 / いちばん are 最も already: normalize.spellings)
    "|史上最も|過去最も|これまでで最も|これまでに最も|今までで最も",
    en=r"(?:a |an )?record(?:-high|-low|-breaking)?|all-time (?:high|low)"
    # the plural after a verb of setting: "set records for both …", "both set all-time production
    # records" (one record for each thing the clause joins)
    r"|(?:set|sets|setting|hit|hits|broke|breaks|breaking)(?:\s+[\w-]+){0,2}\s+records"
    r"|(?:highest|lowest|most|fewest|largest|biggest|best|worst|greatest|smallest)(?: [\w']+){0,4} ever"
    r"|(?:highest|lowest|most|fewest|largest|biggest|best|worst|smallest)(?: [\w']+){0,3} since"
    r"|(?:first|1st) time in (?:\d+|a|two|three|four|five|ten)"
    r"|(?:highest|lowest|most|fewest|largest|biggest|best|worst|smallest|fastest|slowest|weakest|strongest)"
    r"(?: [\w']+){0,3} in (?:(?:more than|over|nearly|almost|about|around|at least) )?(?:\d+|a|two"
    r"|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty) (?:years?|decades?|quarters?|months?)"
    r"|(?:fastest|slowest|weakest|strongest)(?: [\w']+){0,3} since (?=(?:the )?\d)"
    r"|" + NEVER_BEFORE_EN
    # "more than in any year before", "fewer than any previous year": than ever, by its years
    + r"|" + _COMPARATIVES_EN + r" than (?:in )?any (?:previous |other |earlier |prior )?years?(?: before)?"
    # "fewer people … today than at any time since 1945", "higher than at any point in 40 years": a
    # comparison with every other time of a window is the window's extreme (a linguistic reason:
    # "more than any other" is "the most")
    + r"|" + _COMPARATIVES_EN + r"(?:\s+[\w'-]+){0,10}?\s+than\s+(?:at|in)\s+any\s+"
    r"(?:other\s+|previous\s+|earlier\s+)?(?:time|point|moment)\b",
)
#: A negated comparison over the compared: "No prefecture in Japan sees more marriages per head than
#: Akita", "None of the states grew faster than Texas", "none paid without cash as much as South
#: Koreans", "Nowhere … more … than in Tokyo": the one after than / as is first among them (a
#: linguistic reason: "no other is past Y" is "Y is the most"). Only where the negative quantifier
#: is the determiner of the comparison's subject: it opens the clause (after a year at most: "In
#: 2022 no part of …"), or follows a comma, a conjunction after one, or "there is / are"; never
#: after a name blanked out of the text ("Japan no longer …"). The subject's words hold no "than"
#: ("no country other than the US …" is no such frame: `cues.none_but_one`) and no content clause
#: ("there is no doubt that Germany …"), and the comparative is one of the listed ones ("other",
#: "over", "water" are none). A negative elsewhere ("with no end in sight", "no longer") is left
#: to the ordinary reading. A figure right after than / as is a bound of each ("no household had
#: to pay more than £2,500": `cues.none_past_a_figure`), and "no more than" (no word between) is
#: "at most"; neither is a rank.
NONE_OPENS_EN = (
    r"(?:^(?:(?:in|during)\s+(?:fiscal\s+|the\s+year\s+)?(?:(?:19|20)\d\d(?:[/-]\d\d)?|\s{4,7})\s)?"
    r"|[,;:(]\s?(?:(?:but|and|yet|while|so|and\s+yet)\s)?"
    r"|\bthere(?:'s|\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been))\s+)"
)
_SUBJECT_WORD_EN = r"\s+(?!than\b|that\b|which\b|who\b)[\w'-]+"
NONE_QUANTIFIER_EN = (
    # (up to eight words: "No country in western Europe locks up a bigger share …" says where and
    # a phrasal verb before the comparative)
    r"(?:no(?:\s+other)?(?:" + _SUBJECT_WORD_EN + r"){1,8}?"
    r"|none(?:\s+of\s+(?:the|its|their|these|those|them))?(?:\s+other)?(?:" + _SUBJECT_WORD_EN + r"){0,6}?"
    r"|not\s+(?:a|one|a\s+single)(?:\s+other)?(?:" + _SUBJECT_WORD_EN + r"){1,6}?"
    r"|nowhere(?:" + _SUBJECT_WORD_EN + r"){0,6}?)"
    # a relative clause of the subject ("there is no country that exports more …"): its verb
    # right after the pronoun, lower case and one space apart (never a name or a masked one)
    r"(?:\s+(?:that|which|who)\s(?-i:[a-z]+(?:s|ed))\b)?"
)
#: The comparatives of the frame: the larger side first, the smaller side second
NONE_MORE_EN = r"more|higher|larger|greater|bigger|longer|faster|stronger|dearer"
NONE_LESS_EN = r"less|fewer|lower|smaller|shorter|cheaper|slower|weaker"
#: the words that open a figure after "than" ("than a third", "than about 5%", "than twice")
FIGURE_WORDS_EN = (
    r"about|around|nearly|almost|roughly|some|just|only|a|an|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|trillions?|half|twice|double|triple"
    r"|zero|none|over|under|at"
)
#: a figure right after than / as (digits, a currency, a figure word; one guard for the cue and
#: `cues.none_past_a_name`)
FIGURE_AFTER_EN = r"\s+(?:(?:US)?[$€£¥%]|\d|(?:" + FIGURE_WORDS_EN + r")\b)"


def none_past_en(more: str, much: str) -> str:
    """The frame "No X + VERB + more … than Y" / "… as much … as Y" with the comparatives
    ``more`` and the as-words ``much``, without what follows than / as."""
    return (
        NONE_OPENS_EN + NONE_QUANTIFIER_EN
        + r"\s+(?:(?P<cmp>" + more + r")(?:\s+(?!than\b)[\w'-]+){0,6}?\s+than"
        + r"|as\s+(?P<cmpas>" + much + r")(?:\s+[\w'-]+){0,6}?\s+as)\b"
    )




def _none_past(more: str, much: str) -> str:
    # the frame as one more alternative of a superlative's cue (no named groups: a cue is one
    # alternation), with no figure after than / as
    frame = none_past_en(more, much).replace("(?P<cmp>", "(?:").replace("(?P<cmpas>", "(?:")
    return r"|(?:" + frame + r")(?!" + FIGURE_AFTER_EN + r")"
SUP_MAX = _cues(
    "sup_max",
    ja="最大|最多|最高額|最も多|最も大き|どこよりも多|どこよりも大き|どこよりも高",
    en=r"(?:the )?largest|biggest|greatest|highest|most|the most"
    r"|(?:more|higher|larger|greater|bigger)(?:\s+[\w'-]+){0,6}\s+than any other"
    # "No prefecture sees more marriages than Akita", "none paid … as much as South Koreans"
    + _none_past(NONE_MORE_EN, r"many|much|high|large|big"),
)
#: The negated comparisons of SUP_MAX / SUP_MIN alone (`superlatives`: they rank entities, not events)
NONE_PAST = _cues(
    "none_past",
    en=_none_past(NONE_MORE_EN + "|" + NONE_LESS_EN, r"many|much|high|large|big|few|little|low|small")[1:],
)
SUP_MIN = _cues(
    "sup_min",
    ja="最小|最少|最低|最も少な|最も小さ|過去最低|どこよりも少な|どこよりも小さ|どこよりも低",
    en=r"smallest|lowest|(?<!at )least|fewest|all-time low"
    r"|(?:fewer|less|lower|smaller)(?:\s+[\w'-]+){0,6}\s+than any other"
    + _none_past(NONE_LESS_EN, r"few|little|low|small"),
)
SUP_FIRST = _cues(
    "sup_first",
    ja="初めて|初の|国内初|世界初|日本初|史上初|最初|初となる|初上陸|初めての",
    # "in the first three months of 2025", "the first quarter", "the first half": an ordinal of a
    # part of the period (a linguistic reason: "first" modifies the span, not the happening)
    en=r"first(?!-time)(?!\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+"
    r"(?:days|weeks|months|quarters)|half|quarter|month|week)\b)|earliest|for the first time"
    r"|pioneer(?:ing|ed)?",
)
SUP_TOP = _cues(
    "sup_top",
    ja="首位|トップ|1位|一位|第1位|最高|最強|最上位|ナンバーワン|No\\.1|世界一|日本一|ワースト",
    en=r"top|number one|no\. ?1|#1|best|leading|strongest|rank(?:s|ed)? first|first place|worst"
    r"|(?:led|leads) (?:all|every|the (?:nation|country|world|states|region|field))"
    # "Tokyo topped all 47 prefectures", "topped the ranking": first among them (not "topped $600
    # billion", a threshold)
    r"|top(?:s|ped|ping) (?:all|every|the (?:list|lists|ranking|rankings|table|tables|league"
    r"|chart|charts))\b",
)

#: Nouns that name a kind of entity, to resolve "Japan's best model" to the models of JP.
GROUP_KINDS: dict[str, CueList] = {
    "model": _cues("model", ja="モデル", en=r"models?"),
    "company": _cues(
        "company", ja="企業|会社|メーカー|スタートアップ", en=r"compan(?:y|ies)|firms?|startups?|makers?"
    ),
    "facility": _cues(
        "facility",
        ja="施設",
        en=r"facilit(?:y|ies)",
    ),
    "product": _cues("product", ja="製品", en=r"products?"),
    "programme": _cues("programme", ja="プログラム|事業|計画", en=r"program(?:me)?s?|projects?"),
}

#: Domestic references that mean the pack's subject country.
DOMESTIC = _cues("domestic", ja="国産|国内|わが国|我が国|自国", en=r"domestic|homegrown|home-grown")

#: The nation's own figure said of a part of it: "the national average", 「全国平均」 (whose 全国 a pack
#: may alias); it names the country the part belongs to (§2, names)
NATIONAL_FIGURE = _cues(
    "national_figure", ja="全国平均", en=r"(?:national|nationwide)\s+(?:average|figure|rate|total)s?"
)

#: Demonyms and short forms: looked up as the country's name in the pack's entities.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "japanese": ("Japan", "日本"),
    "american": ("United States", "US", "USA", "米国"),
    "u.s.": ("United States", "US"),
    "chinese": ("China", "中国"),
    "korean": ("South Korea", "Korea", "韓国"),
    "british": ("United Kingdom", "UK", "英国"),
    "german": ("Germany", "ドイツ"),
    "french": ("France", "フランス"),
    "indian": ("India", "インド"),
    "european": ("European Union", "EU", "欧州"),
    "taiwanese": ("Taiwan", "台湾"),
    "canadian": ("Canada", "カナダ"),
    "israeli": ("Israel",),
    "singaporean": ("Singapore",),
    "日系": ("日本", "Japan"),
    "米系": ("米国", "United States"),
    "中国系": ("中国", "China"),
}


#: Demonyms the suffix rules make of one country's name that are rather, or also, another
#: country's (linguistic data, a short stated list): "Nigerian" is Nigeria's (Nigeria + n), not
#: Niger's (Niger + ian; its people are Nigerien); "Dominican" is Dominica's and the Dominican
#: Republic's alike. The value is the one name the word is of, or "" when two countries share it
#: (it names neither). ("Congolese", of both Congos, is no rule form; "Korean", "Sudanese",
#: "Guinean" are told apart by the word before them: ``DEMONYM_QUALIFIER_RE``.)
CLASHING_DEMONYMS: dict[str, str] = {"nigerian": "Nigeria", "dominican": ""}

#: A word before a demonym that makes it another country's: "North Korean", "South Sudanese",
#: "Equatorial Guinean", "Papua New Guinean", "Bissau-Guinean", "East Timorese". The demonym names
#: a country of the pack then only when one of the country's names is that word and the rest
#: ("South Korean" of South Korea).
DEMONYM_QUALIFIER_RE = re.compile(
    r"(?:(?<![A-Za-z])(?P<w>North|South|East|West|Equatorial|New|Central)\s+|(?P<h>[A-Z][a-z]+)-)$"
)


def demonym_names_other(word: str, before: str, names: Iterable[str]) -> bool:
    """Whether a demonym written after ``before`` is another country's than the one of ``names``
    (``CLASHING_DEMONYMS``, ``DEMONYM_QUALIFIER_RE``): "Nigerian" of a Niger, "Dominican" of a
    Dominica, "North Korean" of a Korea named South Korea or Korea."""
    key = word.casefold()
    key = key[:-1] if key not in CLASHING_DEMONYMS and key.endswith("s") else key
    own = {n.casefold() for n in names}
    if key in CLASHING_DEMONYMS and CLASHING_DEMONYMS[key].casefold() not in own:
        return True
    m = DEMONYM_QUALIFIER_RE.search(before)
    if m is None:
        return False
    qualifier = m.group("w") or m.group("h")
    return not any(n.startswith(qualifier.casefold()) and n != qualifier.casefold() for n in own)


def demonym_forms(name: str) -> frozenset[str]:
    """The English demonyms of a place's name by the common suffix rules, with their plurals
    (a linguistic reason, no list of places): -a + n (Syria → Syrian, Kenya → Kenyan), -a → -ese
    (China → Chinese), -istan dropped or + i (Afghanistan → Afghan, Pakistan → Pakistani), -ny → -n
    (Germany → German), -y → -ian (Italy → Italian), -o → -an (Mexico → Mexican), -e → -ian
    (Ukraine → Ukrainian), else + ian / ese / i / an (Brazil → Brazilian, Japan → Japanese,
    Israel → Israeli, Oman → Omani); a form ending in n or i takes a plural s (Syrians, Israelis).
    Irregular ones (French, Spanish, British) are the DEMONYMS above."""
    n = name
    if n.endswith("istan"):
        out = {n[:-5], n + "i"}
    elif n.endswith("a"):
        out = {n + "n", n[:-1] + "ese"}
    elif n.endswith("ny"):
        out = {n[:-1]}
    elif n.endswith("y"):
        out = {n[:-1] + "ian"}
    elif n.endswith("o"):
        out = {n[:-1] + "an"}
    elif n.endswith("e"):
        out = {n[:-1] + "ian"}
    else:
        out = {n + "ian", n + "ese", n + "i", n + "an"}
    return frozenset(out | {f + "s" for f in out if f[-1] in "ni"})


# --- what happened: event verbs mapped to event kinds -----------------------------------

#: A verb cue -> the event kinds it describes. Event kinds in packs are free text; the
#: suggested ones are listed in the pack format. A kind matches when it contains one of these.
EVENT_VERBS: dict[str, tuple[CueList, tuple[str, ...]]] = {
    "announce": (
        _cues(
            "announce",
            ja="発表|表明|公表|明らかに",
            en=r"announc(?:e|ed|es|ing|ement)|unveil(?:s|ed)?|revealed|disclosed",
        ),
        ("announcement", "investment", "partnership", "policy", "plan", "funding", "launch", "release"),
    ),
    "release": (
        _cues(
            "release",
            ja="公開|リリース|提供開始|提供を開始|発売|ローンチ|投入|提供",
            en=r"releas(?:e|ed|es|ing)|launch(?:ed|es)?|open[- ]sourced|made available|shipped",
        ),
        ("release", "launch", "product"),
    ),
    "publish": (
        _cues(
            "publish",
            ja="掲載|論文|出版|刊行|発行",
            en=r"publish(?:ed|es)?|publication|paper|journal|appear(?:s|ed)? in",
        ),
        ("publication", "paper", "research"),
    ),
    "approve": (
        _cues(
            "approve",
            ja="閣議決定|承認|可決|成立|策定|決定|制定|施行|採択",
            # "passed Tesla", "passed 1 million": passing a name or a figure is overtaking it, not
            # enacting it (a linguistic reason; blind round 28d tesla byd_hybrids matched a recall);
            # the parser blanks the names it knows, so a run of blanks is a name too
            en=r"approv(?:e|ed|es|al)|adopt(?:ed|s)?|enact(?:ed|s)?"
            r"|pass(?:ed|es)?(?!\s+(?-i:[A-Z]|[\d$€£¥])|\s{3,}\S)"
            r"|cabinet|decided",
        ),
        ("policy", "regulation", "law", "strategy"),
    ),
    "operate": (
        _cues(
            "operate",
            ja="運用開始|運用を開始|稼働|サービス開始|運転開始|供用開始|本格運用|開所",
            en=r"began operat(?:ing|ion)|start(?:ed)? operat(?:ing|ion)|operational|came online"
            r"|went live|in service|commission(?:ed)?|switched on|(?:at|to) full capacity",
        ),
        ("operation_start", "operation", "deployment", "opening"),
    ),
    "invest": (
        _cues(
            "invest", ja="投資|出資", en=r"invest(?:s|ed|ing|ment|ments)?|commit(?:s|ted)?|pledg(?:e|ed|es)"
        ),
        ("investment", "funding"),
    ),
    "fund": (
        _cues(
            "fund",
            ja="支援|助成|補助|資金|予算|交付|拠出|支出",
            en=r"fund(?:s|ed|ing)?|subsid(?:y|ies|ised|ized)|grants?|support(?:ed)?|awarded|budget",
        ),
        ("funding", "investment", "subsidy", "grant", "budget"),
    ),
    "partner": (
        _cues(
            "partner",
            ja="提携|連携|協業|協力|合意|パートナー",
            en=r"partner(?:s|ed|ship)?|alliance|collaborat(?:e|ed|ion)|teamed up|agreement",
        ),
        ("partnership", "agreement", "collaboration"),
    ),
    "revise": (
        _cues("revise", ja="改定|改訂|改正|更新|見直", en=r"revis(?:e|ed|ion)|amend(?:ed|ment)?|updated?"),
        ("regulation", "policy", "revision", "guideline"),
    ),
    "deploy": (
        _cues(
            "deploy",
            ja="導入|実装|展開|配備|実証|運行",
            en=r"deploy(?:ed|s|ment)?|roll(?:ed)? out|install(?:ed)?|pilot(?:ed)?|trial",
        ),
        ("deployment", "operation", "pilot", "demonstration"),
    ),
    "produce": (
        _cues(
            "produce",
            ja="量産|生産|製造|出荷",
            en=r"mass[- ]produc(?:e|ed|es|ing|tion)|produc(?:e|ed|es|ing|tion)|manufactur(?:e|ed|es|ing)"
            r"|shipp(?:ed|ing)",
        ),
        ("production", "milestone", "manufacturing"),
    ),
    "open": (
        _cues(
            "open",
            ja="開幕|開業|開園|開港|開催|オープン|開館|就航",
            en=r"open(?:s|ed|ing)?|inaugurat(?:e|ed|es)|held|took place",
        ),
        ("milestone", "operation_start", "opening", "event", "launch"),
    ),
    "lift": (
        _cues(
            "lift",
            ja="撤廃|解禁|緩和|再開|廃止|終了|引き上げ|引き下げ|停止|延期|拡大|導入",
            en=r"lift(?:s|ed)?|eas(?:e|ed|es)|reopen(?:s|ed)?|end(?:s|ed)|abolish(?:ed|es)?|scrapp(?:ed)?"
            r"|suspend(?:s|ed)?|postpon(?:e|ed|es)|rais(?:e|ed|es)|introduc(?:e|ed|es)|resum(?:e|ed|es)",
        ),
        ("policy", "regulation", "milestone"),
    ),
    "start": (
        _cues(
            "start",
            ja="始ま|始め|開始|スタート|発足|着手",
            en=r"start(?:s|ed)?|began|begin(?:s)?|commenc(?:e|ed|es)|kick(?:ed)? off",
        ),
        ("launch", "operation_start", "policy", "programme", "milestone", "start"),
    ),
    "establish": (
        _cues(
            "establish",
            ja="設立|創業|設置|発足|開設",
            en=r"found(?:ed)?|establish(?:ed)?|set up|created|formed|opened",
        ),
        ("founding", "establishment", "organization", "opening"),
    ),
    "rule": (
        # a court's or a panel's ruling: "ruled that …", "finds … breaches", 「…違反と判断」「判決」
        _cues(
            "rule",
            ja="判決|裁定|と判断|と認定",
            en=r"ruled|ruling|rules that|verdict|judg(?:e|ed)?ment|find(?:s|ing)? that|found that"
            r"|finds \w+(?: \w+){0,6} (?:breach|violat|infring)\w*",
        ),
        ("dispute", "ruling", "court", "judgment", "decision", "policy", "regulation"),
    ),
    "acquire": (
        _cues("acquire", ja="買収|取得|獲得|受賞", en=r"acquir(?:e|ed|es)|bought|won|award(?:ed)?|prize"),
        ("acquisition", "award", "milestone"),
    ),
}

#: Nouns of the start of a thing (a scheme, a law, a body): 「制度開始時」「導入当初」「制度の創設以来」,
#: 「新制度開始」 in an event's title. One list for every rule that reads a start.
START_NOUNS_JA = "開始|導入|創設|発足|施行|スタート"
#: Names of the whole world (an entity that is the world total or the world market, not a participant).
#: One list for every rule that asks whether a name is the world's.
WORLD_NAMES = ("world", "global", "worldwide", "世界", "全世界")
#: Nouns of a happening (a rise, a cut, an introduction, a spread …): followed by で / により /
#: によって and another subject, what brought that subject's change about (§4.12)
HAPPENING_NOUNS_JA = (
    "引き上げ|引上げ|値上げ|賃上げ|増税|減税|上昇|増加|減少|低下|下落|高騰|急騰|導入|廃止|改正"
    "|拡大|縮小|普及|進展"
)

#: Words that make a metric a target rather than a measurement ("拡大目標", "capacity target").
TARGET_WORDS = _cues(
    "target",
    # 「達成時期」「実現時期」「期限」, "deadline", "target date": the date of a plan, a noun (達成 in
    # 達成時期 is no verb of the clause: a verbal noun before a noun makes one compound noun)
    ja="目標|計画|予定|見込み|方針|予測|推計|見通し|達成時期|実現時期|期限",
    en=r"targets?|plans?|plann?ed|goals?|forecast(?:s|ed)?|projected|projections?|estimates?|outlook"
    r"|deadlines?|target dates?",
)

#: A forecast said as fact (docs/verdict-rules.md §4.3 "A goal is no forecast"): the future said of
#: the thing itself ("will", "is set to", 「…する見通し」), against INTENT, the words of an actor's
#: aim or plan. Used only with a plan event the statement matched.
FORECAST_SAID = _cues(
    "forecast_said",
    ja="見通し|見込み|見込ま|見込まれ|予想され|予測され|だろう|でしょう",
    en=r"will|won't|would|(?:is|are) set to|(?:is|are) expected to|(?:is|are) going to"
    r"|(?:is|are) on course to",
)
#: The words of an actor's aim, plan or promise said as such ("plans to", "has pledged", 「目指す」,
#: 「目標を掲げた」): a statement with them speaks of the plan, which the plan event settles.
INTENT = _cues(
    "intent",
    ja="目指|めざ|目標|計画|方針|公約|約束|予定|狙|構想|提言|提案|要請|求め|表明|掲げ",
    en=r"aims?|aiming|plans?|planning|planned|intends?|intending|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)"
    r"|vow(?:s|ed|ing)?|targets?|targeting|targeted|goals?|roadmap|propos(?:e|es|ed|ing|al)|commit(?:s|ted|ment)?"
    r"|recommend(?:s|ed|ing)?|call(?:s|ed)? for|urg(?:e|es|ed|ing)|ambitions?|objectives?",
)
#: A goal reached, missed or kept to ("will hit its 36.7 million arrivals target", 「目標を達成する」):
#: the goal is what is measured against, and the statement says what will happen to the thing
REACHES_A_GOAL = re.compile(
    r"(?i)\b(?:hit|hits|meet|meets|reach|reaches|achieve|achieves|miss|misses|beat|beats|exceed|exceeds|surpass)"
    r"\s+(?:(?:its|the|their|his|her|our|this|that|a)\s+)?(?:[\w.,%$€£¥-]+\s+){0,5}(?:target|goal)s?\b"
    r"|(?:目標|公約)(?:を|に)(?:達成|実現|クリア|上回|下回|届)"
)
#: A goal, target or aim in an event's title (「2028年までに80%を目標」, "sets a … goal"), not a decision
GOAL_TITLE = _cues(
    "goal_title",
    ja="目標|目指|めざ|公約|約束",
    en=r"goals?|targets?|targeting|targeted|aims?|aiming|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)"
    r"|vow(?:s|ed)?|ambitions?|objectives?",
)

#: The direction of a decision an event reports, beyond the change words of UP and DOWN: a rate
#: or a price raised or hiked against one cut or lowered (used only to match a statement to an
#: event, never to decide a statement's kind: "raised $5 billion" is not a change claim).
DECIDED_UP = _cues(
    "decided_up",
    ja="引き上げ|引上げ|利上げ|値上げ|増税|増額|上方修正",
    en=r"rais(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|lift(?:s|ed|ing)? (?:the |its |interest )?(?:\w+ )?rates?"
    r"|tighten(?:s|ed|ing)?|revis(?:e|ed|es|ing) (?:\w+ )?up(?:wards?)?",
)
DECIDED_DOWN = _cues(
    "decided_down",
    ja="引き下げ|引下げ|利下げ|値下げ|減税|減額|下方修正",
    en=r"cut(?:s|ting)?|lower(?:s|ed|ing)?(?! than)|reduc(?:e|ed|es|ing)|eas(?:e|ed|es|ing)"
    r"|slash(?:es|ed|ing)?|revis(?:e|ed|es|ing) (?:\w+ )?down(?:wards?)?",
)
#: A decision for or against a measure: a court or a parliament upholding, approving, passing
#: (validates, upheld, 可決, 合憲) against striking down, rejecting, annulling (struck down, 否決,
#: 違憲): used only to match events, as DECIDED_UP / DECIDED_DOWN
DECIDED_FOR = _cues(
    "decided_for",
    ja="可決|承認し|承認さ|を承認|合憲|支持し|認めた|認める判断|法成立|法案成立|法が成立|法案が成立"
    "|認可し|認可さ|を認可",
    en=r"validat(?:e|es|ed|ing)|uph(?:e|o)ld(?:s|ing)?|approv(?:e|es|ed|ing)|ratif(?:y|ies|ied)"
    r"|adopt(?:s|ed)?|endors(?:e|es|ed)|sign(?:s|ed|ing)? off|green[- ]?l(?:it|ighted|ights?)"
    # a bill or a law passed (not "passed 1 million": only with what a legislature passes)
    r"|(?:bills?|laws?|acts?|legislation|budgets?|amendments?|resolutions?|motions?)"
    r" (?:was |were |is |has been |have been )?pass(?:es|ed)"
    r"|pass(?:es|ed|ing)? (?:the |a |an |its |their )?(?:[\w-]+ ){0,4}?"
    r"(?:bills?|laws?|act|legislation|budgets?|amendments?|resolutions?|motions?)",
)
DECIDED_AGAINST = _cues(
    "decided_against",
    ja="否決|却下|違憲|無効と|差し止め|棄却|拒否|拒絶|拒ん|拒む|阻止",
    en=r"str(?:uck|ike|ikes) down|annul(?:s|led)?|overturn(?:s|ed)?|invalidat(?:e|es|ed)|reject(?:s|ed)?"
    # "blocks" / "block" / "blocking" as a verb only, before what is blocked ("blocks the deal",
    # "blocks Acmeco's takeover"): not the noun ("sold blocks of shares", "voting blocks")
    r"|veto(?:es|ed)?|blocked|block(?:s|ing)?(?= (?:the|a|an|its|their|his|her|this|that|any|(?-i:[A-Z])))"
    r"|quash(?:es|ed)?|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing) to"
    # "declined to $20bn", "declined to about 3%", "declined to a record low": a fall to a level,
    # not a refusal (a refusal is "declined to" and a verb)
    r"(?!\s*(?:[$€£¥\d]|(?:a|an|the|its|their|about|around|roughly|nearly|almost|just|only|under|below"
    r"|some|record|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b))",
)
#: A rule or a measure brought to an end (lifted, scrapped, repealed; 撤廃, 解除, 廃止) against one
#: brought into force (imposed, takes effect, introduced; 導入, 施行, 発効): used only to match events,
#: as DECIDED_UP / DECIDED_DOWN ("lifted its export ban" is not "the export ban takes effect")
DECIDED_END = _cues(
    "decided_end",
    ja="撤廃|解除|解禁|廃止|撤回",
    en=r"lift(?:s|ed|ing)?(?! (?:the |its |interest )?(?:\w+ )?rates?)|scrap(?:s|ped|ping)?"
    r"|abolish(?:es|ed|ing)?|repeal(?:s|ed|ing)?|rescind(?:s|ed|ing)?",
)
DECIDED_START = _cues(
    "decided_start",
    ja="導入|施行|発効|発動",
    en=r"impos(?:e|es|ed|ing)|(?:takes?|took|taking) effect|(?:comes?|came|coming) into (?:force|effect)"
    r"|enact(?:s|ed|ing)?|introduc(?:e|es|ed|ing)",
)
#: A member put on a list or into a group (追加, 加えられ, "added to") against one taken off it
#: (外され, 除外, "removed from", "delisted"): used only to match events, as DECIDED_UP / DECIDED_DOWN
#: (「指定管理鳥獣から外された」 is not 「指定管理鳥獣に追加」; blind round 12 jp-bear-incidents delisted)
LISTED_ON = _cues(
    "listed_on",
    ja="追加|加えられ|加えた|加わっ|加わる|編入",
    en=r"add(?:s|ed|ing)? (?:\w+ )?(?:to|on)|added|inclu(?:de|des|ded) (?:in|on)",
)
LISTED_OFF = _cues(
    "listed_off",
    ja="外さ|外し|外れ|除外|削除|除か",
    en=r"remov(?:e|es|ed|ing)|delist(?:s|ed|ing)?|struck off|taken off|dropp(?:ed|ing) from"
    r"|exclud(?:e|es|ed|ing) from",
)
#: A thing inside a scheme, a list or a group (対象になった, 含まれる, 加わった; "included", "joins",
#: "brought into", "covered by") against one outside it (対象外, 適用外, 除外; "outside", "excluded",
#: "exempt from", "left out"): a state and its contrary, used only to match events as
#: DECIDED_UP / DECIDED_DOWN ("Shipping is still completely outside the carbon market" is not
#: "reform agreed …; shipping included"; blind round 26c eu-ets shipping-outside). A negated
#: inside (「含まれない」, "not covered") is the negation's (docs/verdict-rules.md §2 Negation), not
#: listed here; "outside" only after a verb of state or a degree word ("is outside", "still
#: completely outside"), not a place ("outside the big three metros"); "excluding" and "including"
#: frame a measure ("CPI excluding fresh food") and are no member.
IN_SCOPE = _cues(
    "in_scope",
    ja="対象に|対象とな|対象とする|対象とした|含まれ|含める|含めた|加わっ|加わる|加入し|加入す|編入|適用され",
    en=r"includ(?:e|es|ed)|join(?:s|ed)|brought (?:into|under)|extended to|covered by"
    r"|(?:now )?subject to",
)
OUT_OF_SCOPE = _cues(
    "out_of_scope",
    ja="対象外|対象から外|適用外|適用除外|除外|不参加|枠外",
    en=r"(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|still|completely|entirely|wholly"
    r"|fully|left|kept|falls?|fell|lies|lay|sits?|sat)\s+(?:\w+\s+)?outside"
    # (not "excluding fresh food", a framing of the measure, as 「生鮮食品を除く」)
    r"|exclud(?:e|es|ed)|exempt(?:s|ed)?\s+from|left out|out of scope|opt(?:s|ed)? out",
)
#: A thing kept going, a state (稼働を続けている, 運転中, "still running", "kept … open", "remains in
#: operation") against one brought to a halt (休止, 停止, 閉鎖, "shut down", "switched off", "closed
#: down"): used only to match events, as DECIDED_UP / DECIDED_DOWN ("The blast furnace is still
#: running" is not "shuts the last blast furnace"; blind round 27b jp-steel keihin-running). Not a
#: start or a restart (再稼働, "reopened"): a restart follows a halt. "closed" only with "down" or
#: as a noun ("closed the year with a loss", "closed its takeover", "closed at 3%" are no halt).
KEPT_RUNNING = _cues(
    "kept_running",
    ja="稼働を続け|稼働し続け|稼働中|稼働している|稼働しており|運転を続け|運転し続け|運転中の|営業を続け"
    "|営業し続け|営業中|操業を続け|操業し続け|操業中|存続し",
    en=r"still (?:be )?(?:running|operating|open|in operation|in service|working)"
    r"|(?:keep|keeps|kept|keeping) (?:[\w'’-]+ ){0,5}?"
    r"(?:running|operating|open|in operation|in service|going)"
    r"|remain(?:s|ed|ing)? (?:open|in operation|in service|operational)"
    r"|continu(?:e|es|ed|ing) to (?:run|operate)",
)
HALTED = _cues(
    "halted",
    ja="休止|運転停止|稼働停止|操業停止|営業停止|生産停止|閉鎖|閉山|閉店|閉館|廃炉|運転終了|操業終了|営業終了"
    "|稼働終了|生産終了|稼働中止|操業中止|営業中止|生産中止|運転中止|稼働中断|操業中断|営業中断|生産中断"
    "|運転中断",
    en=r"shut(?:s|ting)?(?: down| off)?|shutdown|switch(?:es|ed|ing)? off|halt(?:s|ed|ing)?"
    r"|idl(?:es|ed|ing)|mothball(?:s|ed|ing)?|decommission(?:s|ed|ing)?|clos(?:e|es|ed|ing) down|closures?",
)
#: The stage an act reached: done (完了, "completed", "closed its takeover", "finalized") against only
#: agreed or announced (合意, 発表, "agrees to buy", "announces it will"). Not a pair of opposites: an
#: agreement comes before the completion, so it does not show it (``events`` reads the stage;
#: blind round 27d boeing spirit-2024-ja).
ACT_COMPLETED = _cues(
    "act_completed",
    ja="完了|完結|手続きを終え",
    en=r"complet(?:e|es|ed|ing)|finali[sz](?:e|es|ed|ing)|wrapp(?:ed|ing) up|went through"
    r"|clos(?:e|es|ed|ing) (?:its |the |their |a |an |his |her )?(?:[$€£¥\w.,'’-]+ ){0,4}?"
    r"(?:deal|acquisition|takeover|purchase|merger|sale|transaction|buyout)s?",
)
ACT_AGREED = _cues(
    "act_agreed",
    ja="合意|締結|発表|表明|方針|計画",
    en=r"agree(?:s|d|ing)?|agreements?|announc(?:e|es|ed|ing)|sign(?:s|ed|ing)? (?:a|an|the) (?:[\w-]+ )?"
    r"(?:deal|agreement|contract)|str(?:uck|ike|ikes) (?:a|an) (?:[\w-]+ )?deal"
    r"|(?:will|would) (?:buy|acquire)"
    r"|plans? to|bids? for",
)
#: An attitude held (反対している, 賛成, "oppose", "support", "believe"): with a population as its
#: subject (PEOPLE) a statement of what people think, which only an opinion measure settles (§4.15)
ATTITUDE = _cues(
    "attitude",
    ja="反対して|反対する|反対だ|反対の|賛成して|賛成する|賛成だ|賛成の|支持して|支持する|望んで|望む|"
    "考えて|思って|感じて|不満を|不安を|懸念して",
    en=r"oppos(?:e|es|ed|ing)|support(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|approv(?:e|es|ed) of"
    r"|disapprov(?:e|es|ed)|believ(?:e|es|ed)|think(?:s)?|thought|want(?:s|ed)?|feel(?:s)?|felt"
    r"|prefer(?:s|red)?|worried|concerned",
)
#: A population as a subject (国民の大多数, 有権者, "most people", "the public", "voters"): population
#: nouns only, as the Japanese list ("public" of "public investment" is no population)
PEOPLE = _cues(
    "people",
    ja="国民|市民|有権者|住民|世論|人々|大多数|過半数|多くの人|若者|回答者",
    en=r"people|the public|voters|citizens|residents|respondents"
    r"|(?:most|many|a majority of|the majority of) \w+s",
)
#: What measures an attitude: a poll, a survey of opinion, a vote (世論調査, 支持率, "poll", "referendum")
OPINION_MEASURE = _cues(
    "opinion_measure",
    ja="世論|支持率|賛成|反対|アンケート|意識調査|投票|住民投票|国民投票",
    en=r"polls?|polled|polling|opinion|approval|respondents|oppos(?:e|es|ed|ition to)|in favou?r"
    r"|referend(?:um|ums|a)|votes?|voted|ballots?",
)
#: The outturn of a period, as against an estimate of it (決算, 実績, "final accounts", "actual"):
#: a forecast of it is not settled by a forecast or a budget's estimate (§4.15)
OUTTURN = _cues(
    "outturn",
    ja="決算で|決算ベース|決算額|確定値|実績値|実績で|着地",
    en=r"final accounts?|outturn|actual (?:figures?|revenue|spending|outcome|results?)"
    r"|final (?:figures?|tally|count)|in the event",
)
#: What came about, said against what was expected, in a clause after one about a plan
#: (「…見込んでいたが、実際には4500万人にとどまった」): only there (``events.continues``), not in a
#: statement of its own, where "actually" is mostly an intensifier ("Norland actually plans …")
OUTTURN_CONTRAST = _cues("outturn_contrast", ja="実際には|実際は", en=r"in fact|actually")
#: What an outcome won or lost is of, a few words after "won" / "lost": an election, a vote, a seat,
#: a case ("lost the midterms", "won 12 seats", "won roughly 41% of the national vote"); not money
#: ("lost money"), a status, a record, nor the Korean currency ("10 trillion won")
_OUTCOME_OF = (
    r"(?=\s+(?:[^\s,.;]+\s+){0,5}?(?:elections?|votes?|polls?|ballots?|referend(?:um|ums|a)|midterms?"
    r"|primar(?:y|ies)|seats?|cases?|appeals?|races?|contests?|majorit(?:y|ies)|runoffs?|lawsuits?|suits?"
    r"|disputes?)\b)"
)
#: An outcome won or lost (an election, a vote, a case): used only to match events, as DECIDED_UP /
#: DECIDED_DOWN ("lost the midterms" is not "wins the midterms"; 「敗れ」 is not 「勝利」)
OUTCOME_WON = _cues(
    "outcome_won",
    ja="勝利|勝っ|勝ち|圧勝|制し|制した|第1党|首位",
    en=r"(?:w[io]ns?|winning|beat(?:s)?)" + _OUTCOME_OF + r"|victor(?:y|ious)|came first|finished first",
)
OUTCOME_LOST = _cues(
    "outcome_lost",
    ja="敗れ|敗北|負け|大敗|惨敗|敗退|落選",
    en=r"los(?:e|es|t|ing)" + _OUTCOME_OF + r"|defeat(?:ed|s)?|beaten|came second|finished second",
)
#: An act said to be whole (完全に撤退した, "fully withdrew"): no part of it is left
WHOLE_ACT = _cues(
    "whole_act",
    ja="完全に|完全撤退|全面的に|全面撤退|すべてから|全てから|一切",
    en=r"fully|completely|entirely|totally|wholly|altogether",
)
#: A part that goes on after an act (「HLIは継続」, "stays in HLI", "except …"): the act was not whole
PART_GOES_ON = _cues(
    "part_goes_on",
    ja="は継続|を継続|継続し|は残る|に残る|に残り|残留|は維持|を除く|を除き|一部",
    en=r"stay(?:s|ed)? in|remain(?:s|ed)? in|continu(?:e|es|ed) (?:in|with|to)|retain(?:s|ed)?"
    r"|keep(?:s)?|kept|except|excluding|partial(?:ly)?",
)
#: An event that reports a decision still to be made (a review pending, "no determination has been
#: announced", 「審査中」, 「結論は出ていない」): it is not the decision happening.
PENDING = _cues(
    "pending",
    ja="審査中|審議中|検討中|調査中|未定|未決定|保留|結論は出ていない|結論が出ていない|判断は示されていない"
    "|決定していない",
    en=r"pending|no (?:determination|decision|ruling|conclusion) (?:has|have) (?:yet )?been"
    r" (?:made|announced|reached)"
    r"|(?:has|have) not (?:yet )?(?:been )?(?:decided|determined|ruled)|not yet (?:decided|determined)"
    r"|undecided|under review",
)

#: A statement about a publication (「2017年3月に公表された議事要旨は…」, "the figures released in March"):
#: dated by the publication, not by the period its news is of
PUBLISHED = re.compile(r"公表|発表|公開|刊行|(?i:\b(?:publish\w*|releas\w*|announc\w*|report(?:ed|s)?)\b)")

#: The act of deciding a plan: approving it, signing it off, deciding it, allotting money to it
#: (「閣議決定」「承認」「予算を計上」, "signed off", "approved", "earmarked £12bn"). A plan decided is
#: itself done on its date, whatever it decides lies ahead (docs/verdict-rules.md §4.3 "The act and
#: the content"): a statement whose predicate is one, matched to a plan event whose title names one,
#: speaks of the act, not of the plan carried out. Not 「充てられる」 (what the plan's money goes to)
#: nor "proposed", "consulted" (no decision yet).
DECISION_ACT = _cues(
    "decision_act",
    ja="閣議決定|決定し|決定さ|を決定|が決定|決めた|決められ|承認し|承認さ|を承認|了承|認可|可決|策定し|策定さ"
    "|を策定|採択|予算を計上|計上し|計上さ|最終決定|配分し|配分さ|制定|法が成立|法案が成立",
    en=r"sign(?:s|ed|ing)? off|signed-off|approv(?:e|es|ed|ing|al)|decid(?:e|es|ed|ing)|adopt(?:s|ed|ing)?"
    r"|determin(?:e|es|ed|ing|ations?)|earmark(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|set(?:s|ting)? aside"
    r"|finali[sz](?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|endors(?:e|es|ed|ing)|enact(?:s|ed|ing)?",
)

#: A plan decided, put off or dropped before it took effect: postponed, delayed, shelved, scrapped,
#: withdrawn (延期, 先送り, 見送り, 撤回, 中止, 凍結). A later event of the same plan saying one of these
#: overrides the date the decision set (docs/verdict-rules.md §4.3 "The act and the content").
PUT_OFF = _cues(
    "put_off",
    ja="延期|先送り|先延ばし|見送り|見送っ|見送ら|見送る|撤回|中止|凍結|白紙|取りやめ|取り止め|廃案|断念",
    en=r"postpon(?:e|es|ed|ing|ement)|delay(?:s|ed|ing)?|defer(?:s|red|ring|ral)?|put off|push(?:es|ed)? back"
    r"|shelv(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling|ing|lation)?|withdr(?:aw|aws|awn|ew)"
    r"|abandon(?:s|ed|ing)?|drop(?:s|ped)? (?:the |its |their )?plans?|repeal(?:s|ed|ing)?"
    r"|revok(?:e|es|ed|ing)",
)
#: A plan decided, changed before it took effect: revised, amended (見直し, 修正, 変更): what it sets
#: may no longer be what was decided (not settled either way; §4.3 "The act and the content")
REVISED = _cues(
    "revised",
    ja="見直し|見直さ|見直す|修正|変更|改定",
    en=r"revis(?:e|es|ed|ing|ion)|amend(?:s|ed|ing|ment)?|chang(?:e|es|ed|ing) (?:the |its |their )?plans?",
)

#: Event kinds that describe a plan (a plan stated as done is an exaggeration).
PLAN_EVENT_KINDS = ("plan", "target", "roadmap", "goal", "forecast", "intent")

# --- comparators that sit after or before a number --------------------------------------

#: Comparator cues the quantity grammar may leave unset; checked near the number.
COMPARATOR_AFTER_JA: tuple[tuple[str, str], ...] = (
    ("以上", "at_least"),
    ("超", "more_than"),
    ("を超え", "more_than"),
    ("を上回", "more_than"),
    ("以下", "at_most"),
    # 「2時間以内」「3日以内」: within, at most (a length of time the quantity grammar leaves)
    ("以内", "at_most"),
    ("未満", "less_than"),
    ("を下回", "less_than"),
    ("に満たな", "less_than"),
    ("に届かな", "less_than"),
    ("に及ばな", "less_than"),
    ("にも満たな", "less_than"),
    ("にも届かな", "less_than"),
    ("にも及ばな", "less_than"),
    # 「1割もない」「2000人もいなかった」: a quantity with the focus も and a negative is "not even
    # that many", a bound below it (a linguistic reason: 数量+も+否定), not a denial of the clause;
    # the negative is checked on tokens (numbers.comparator_near): 「5人もなくなった」 is the verb
    # 無くなる/亡くなる ("as many as five died"), 「5人もいなくなった」 a change of state, no bound
    ("もな", "less_than"),
    ("もいな", "less_than"),
    ("弱", "about"),
    ("強", "about"),
    ("程度", "about"),
    ("ほど", "about"),
    ("前後", "about"),
    ("にとどま", "about"),
    ("に留ま", "about"),
    ("に達", "at_least"),
    # 「4400円台に乗った」: into the band that starts at the number, so at least it
    ("台に乗", "at_least"),
    # 「1兆円の大台に乗った」「1兆円の大台を突破」: the round mark passed (session 28)
    ("の大台に乗", "at_least"),
    ("の大台に達", "at_least"),
    ("の大台を回復", "at_least"),
    ("の大台を突破", "more_than"),
    ("の大台を超え", "more_than"),
    ("台に達", "at_least"),
    ("台を回復", "at_least"),
    ("台を達成", "at_least"),
    ("にのぼ", "at_least"),
    ("に上", "at_least"),
    ("近く", "about"),
    ("余り", "more_than"),
    ("あまり", "more_than"),
)
COMPARATOR_BEFORE_EN: tuple[tuple[str, str], ...] = (
    ("at least", "at_least"),
    ("no less than", "at_least"),
    ("more than", "more_than"),
    ("over", "more_than"),
    ("above", "more_than"),
    ("in excess of", "more_than"),
    ("upwards of", "more_than"),
    ("at most", "at_most"),
    ("no more than", "at_most"),
    ("up to", "at_most"),
    ("less than", "less_than"),
    ("under", "less_than"),
    ("below", "less_than"),
    ("fewer than", "less_than"),
    ("about", "about"),
    ("around", "about"),
    ("roughly", "about"),
    ("approximately", "about"),
    ("nearly", "about"),
    ("almost", "about"),
    ("some", "about"),
    ("only", "about"),
    ("just", "about"),
    ("exactly", "exactly"),
    ("reached", "at_least"),
    ("hit", "at_least"),
    ("exceeds", "more_than"),
    ("exceeded", "more_than"),
    ("exceeding", "more_than"),
    ("surpassed", "more_than"),
    ("passed", "more_than"),
    ("crossed", "more_than"),
    ("tops", "more_than"),
    ("topped", "more_than"),
    ("beyond", "more_than"),
    ("short of", "less_than"),
    ("as much as", "about"),
    ("as many as", "about"),
)

#: Words that state a multiple without digits (the quantity grammar reads 2倍, 1/100, ten times).
MULTIPLIER_WORDS: dict[str, float] = {
    "doubled": 2.0,
    "double": 2.0,
    "doubles": 2.0,
    "twice": 2.0,
    "tripled": 3.0,
    "triple": 3.0,
    "triples": 3.0,
    "quadrupled": 4.0,
    "halved": 0.5,
    "halves": 0.5,
    "half": 0.5,
    "倍増": 2.0,
    "半減": 0.5,
    "半分": 0.5,
    "二倍": 2.0,
    "三倍": 3.0,
    "十倍": 10.0,
}

# --- negation ---------------------------------------------------------------------------

#: A negated equative over every period, with the present as its standard: "never so small a
#: slice", "has never been this high", "Not in about 40 years had checks gone up as much as …": no
#: period was so far, i.e. the record (a linguistic reason: a negated equative over all periods is a
#: superlative, as "never been lower" is). The negative belongs to that phrase and denies nothing
#: else the statement says (reworded round 22d coal-15-record-rw "…, never so small a slice, and it
#: is still falling" was a wrong true, "still falling" inverted; round 22c cola-2023-record-rw, true,
#: was false so).
_NEVER_SO_EN = (
    r"(?! (?:before )?(?:(?:been|was|were|had been|has been|have been) )?(?:so|this) [a-z]+"
    r"(?: an?\b|[,.;]|$))"
)
#: "not in N years" is no negation only when the clause goes on to the negated equative ("Not in
#: 40 years had checks gone up as much as …", "… so many", "… this high"); any other "not in N
#: years" ("exports did not in 4 years rise above 100 trillion yen") stays a negation.
_NOT_IN_YEARS_EN = (
    r"(?! in (?:(?:about|around|nearly|almost|more than|over) )?(?:\d+|two|three|four|five|six|seven|eight"
    r"|nine|ten|twenty|thirty|forty|fifty) (?:years|decades)\b[^.;:!?]{0,80}?"
    r"\b(?:as [a-z]+ as|so (?:many|much|few|little|[a-z]+)\b|this [a-z]+(?: an?\b|[,.;]|$)))"
)
#: English negation words (a statement with one of these is inverted).
NEGATION_EN = (
    r"not" + _NOT_IN_YEARS_EN
    + r"|never(?! (?:before )?(?:been|was|were|had been|has been|have been)(?: so| this| as)? "
    + _COMPARATIVES_EN + _NOT_A_BOUND + r")(?!" + NEVER_MORE_TAIL + r")" + _NEVER_SO_EN
    + r"|no longer|[a-z]+n't|cannot|nor|neither"
)
#: Japanese verbs whose negative form is a comparison, not a negation (及ばない = falls short).
NEGATIVE_LEXICAL_JA = (
    "及ぶ",
    "満たす",
    "満つ",
    "届く",
    "過ぎる",
    "すぎる",
    "敵う",
    "かなう",
    "劣る",
    "足りる",
    "変わる",
)
#: Japanese particles before ない that make "only" (しかない), not a negation.
ONLY_MARKERS_JA = ("しか", "だけ")
#: An obligation or a necessity made of negatives: it says the act must be done and denies nothing
#: (a linguistic reason: a double negative, read as one word): 「対策を打たなければならない」 is no
#: negation of the statement.
OBLIGATION_JA = (
    "なければならない", "なければならぬ", "なければならず", "なければいけない", "なければだめ",
    "なければ駄目", "なくてはならない", "なくてはいけない", "なくちゃいけない", "なくちゃならない",
    "なきゃいけない", "なきゃならない", "ねばならない", "ねばならぬ", "ないといけない", "ざるを得ない",
    "ざるをえない",
    # past forms (「引き上げざるを得なかった」「引き上げなければならなかった」)
    "なければならなかった", "なければいけなかった", "なくてはならなかった", "なくてはいけなかった",
    "なくちゃいけなかった", "なくちゃならなかった", "なきゃいけなかった", "なきゃならなかった",
    "ねばならなかった", "ないといけなかった", "ざるを得なかった", "ざるをえなかった",
)
#: 「…にほかならない」「…に他ならない」 ("is nothing other than", as the English "nothing but"): a
#: double negative that asserts the copula emphatically and denies nothing (a linguistic reason:
#: ほか (other) + ならない (is not) says "is not anything other than"; reworded round 20c
#: ja-2022-company-action-rw was a wrong true, its change inverted as if negated)
EMPHATIC_COPULA_JA = (
    "にほかならない", "に他ならない", "に外ならない", "にほかならなかった", "に他ならなかった",
    "に外ならなかった", "にほかなりません", "に他なりません",
)
OBLIGATION_EN = ("cannot but", "can not but", "cannot help but", "can't help but", "couldn't help but",
                 "could not help but", "can't but")

# --- splitting a claim into clauses ------------------------------------------------------

#: Where a Japanese sentence may split into two statements (after a predicate).
CLAUSE_BREAKS_JA = ("。", "；", ";", "！", "？", "\n")
SOFT_BREAKS_JA = ("、", "，", ",")
CONJUNCTIONS_JA = (
    "しかし",
    "ただし",
    "一方で",
    "一方",
    "だが",
    "ものの",
    "けれども",
    "けれど",
    "が、",
    "また、",
    "さらに",
    "なお",
)
#: English clause conjunctions.
CONJUNCTIONS_EN = r";|,? but |,? while |,? whereas |,? although |,? though |,? yet |, and | and "
# English words that mark a predicate in a clause (the clause says something by itself).
#: English past tenses that make a clause a statement: any -ed word (not the adverb "indeed", nor
#: "need", "speed", "hundred" …, which end in -ed without being one) and common irregular ones.
PAST_EN = (
    r"(?!(?:indeed|need|speed|seed|feed|hundred)\b)\w+ed|left|began|begun|made|took|won|sold|bought|built|set|put|cut|led|grew|grown|fell|rose"
    r"|saw|gave|got|ran|paid|spent|brought|drew|became|kept|held|went|came|pulled|broke|chose|overtook"
    r"|flew|hit|struck|sent|shot|told|wrote|rode|swept|tops|quit|lost|shut|sank|froze|found|bound|withdrew"
)
PREDICATE_EN = (
    r"is|was|are|were|be|been|has|have|had|did|does|do|will|would|can|could|made|makes|became|becomes"
    r"|holds?|held|stands?|stood|remains?|remained|reached|ranks?|ranked|accounts? for|scored?|gets?|got"
    r"|produces?|makes?|leads?|trails?|lags?|exceeds?|plans?|aims?|owns?|operates?|runs?|employs?|" + PAST_EN
)

#: Stop words left out of the content words matched against event titles and metric names.
STOPWORDS_EN = frozenset(
    """
    a an the of in on at to for by with from its it is was are were be been being has have had that
    this these those which as and or but than their his her they them there here into onto over
    under about also only just very more most less least much many some any all each per via then
    so such not no nor did does do will would can could should may might must s year years month
    months world global new now still yet while whereas although though already ever currently
    today since until whose who what when where how one two three
    """.split()  # noqa: SIM905 -- a word list reads better as text
)
#: Japanese single-character and function words that carry no topic.
STOPWORDS_JA = frozenset(
    """
    する いる ある なる れる られる せる こと もの ため よう これ それ など 等 年 月 日 約 的 化 性 中
    上 下 前 後 同 各 本 当 同年 今年 昨年
    """.split()  # noqa: SIM905
)


# --- matching ---------------------------------------------------------------------------


#: A Japanese cue matches a word, not the start or end of a longer word of another sense: a 〜中
#: state (稼働中, 審査中, 計画中) is not the start of a halt (稼働中止, 操業中断, 計画中止; 中止 / 中断
#: / 中絶 end what was going on), and a kanji word is not the end of its negative (不承認, 未承認,
#: 非合憲, 未発表, 未完了: the prefix reverses it). A linguistic reason (review R23); every act cue
#: is run against these neighbours in tests/test_act_cue_words.py.
_LONGER_AFTER_JA = {"中": "(?![止断絶])"}
_NEGATIVE_PREFIX_JA = "(?<![不未非無])"


def _ja_word(cue: str) -> str:
    """The regular expression of one Japanese cue, kept from matching inside a longer word."""
    before = _NEGATIVE_PREFIX_JA if re.match(r"[\u4e00-\u9fff]", cue) and cue[0] not in "不未非無" else ""
    return before + re.escape(cue) + _LONGER_AFTER_JA.get(cue[-1], "")


@cache
def _regex(cue: CueList) -> re.Pattern[str] | None:
    parts: list[str] = [_ja_word(x) for x in sorted(cue.ja, key=len, reverse=True)]
    if cue.en:
        parts.append(r"(?<![A-Za-z0-9])(?:" + "|".join(cue.en) + r")(?![A-Za-z0-9])")
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE)


def find(cue: CueList, text: str) -> list[CueHit]:
    """Every occurrence of the cue in the (NFKC-normalised) text, left to right."""
    rx = _regex(cue)
    if rx is None:
        return []
    return [CueHit(cue.name, m.start(), m.end(), m.group(0)) for m in rx.finditer(text)]


def has(cue: CueList, text: str) -> bool:
    """Whether the cue occurs in the text."""
    rx = _regex(cue)
    return bool(rx and rx.search(text))


#: 「目標に届かなかった」, and the target with its figure in apposition, 「政府目標の3兆円に届かなかった」
#: (the figure is the target's, so its bound is the target missed, not a level's bound)
_TARGET_JUST_BEFORE = re.compile(
    r"(?:目標|公約)(?:(?:である|の)\s*(?:約|およそ)?[0-9０-９.,，万億兆千百十〇一二三四五六七八九]+"
    r"[^\s0-9、。，,にへ]{0,4})?(?:に|には|にも|へ)\s*$"
)


def missed_target(clause: str) -> tuple[int, int] | None:
    """Where a clause says a target was missed (§8 ``missed``): "missed its goal", "fell short of
    the target", 「目標を達成できなかった」 — a Japanese word only after 目標 or 公約 in the clause
    (「1万トンにも届かなかった」 is a level's bound, not a target missed; 届か only right after the
    target word, 「2兆円に届かなかった」 being a number's bound, §4.1)."""
    for hit in find(MISSED, clause):
        before = clause[: hit.start]
        if hit.text[:1].isascii() or (
            re.search(r"目標|公約", before)
            # 「2兆円に届かなかった」: a number's bound (less than), read with the number
            and (not hit.text.startswith("届か") or _TARGET_JUST_BEFORE.search(before))
        ):
            return hit.start, hit.end
    return None


#: Pairs of decisions that go opposite ways; every second pair (for / against, won / lost) is the two
#: outcomes of one decision
_DECISION_PAIRS: tuple[tuple[CueList, CueList], ...] = (
    (DECIDED_UP, DECIDED_DOWN),
    (DECIDED_FOR, DECIDED_AGAINST),
    (DECIDED_END, DECIDED_START),
    (OUTCOME_WON, OUTCOME_LOST),
    (LISTED_ON, LISTED_OFF),
    (IN_SCOPE, OUT_OF_SCOPE),
    (KEPT_RUNNING, HALTED),
)


def decision_goes_the_other_way(span: str, title: str) -> bool:
    """Whether a decision the statement reports (a rate raised, hiked; 利上げ; a reform struck down,
    否決) is the reverse of the one the event's title reports (a rate cut, lowered; 利下げ; the reform
    validated, 可決; a ban lifted, 撤廃, against one taking effect, 施行; an election lost, 敗れ, against
    one won, 第1党): "The RBI raised interest rates in 2025" is not matched by "RBI cuts the repo
    rate". Each side must say one direction only."""
    return _other_way(span, title, _DECISION_PAIRS) is not None


def outcome_goes_the_other_way(span: str, title: str) -> bool:
    """Whether the statement and the event's title say the two outcomes of one decision, of which
    only one can be: approved / refused (拒否 / 承認), won / lost (敗れ / 第1党). Not a rate raised
    against one cut, nor a ban lifted against one imposed: both may happen in one period."""
    return _other_way(span, title, _DECISION_PAIRS[1::2]) is not None


def opposite_acts(span: str, title: str) -> tuple[str, str] | None:
    """The words of the two acts when the statement and the event's title report decisions or
    states that go opposite ways (:func:`decision_goes_the_other_way`): the statement's word, then
    the title's ("signed off on", "blocks"; 稼働を続け, 休止). None when they do not."""
    return _other_way(span, title, _DECISION_PAIRS)


#: A completion that is not said to have come: negated by a prefix (未完了, 不完全, 非完結), or still to
#: come (完了予定, 完了見込み, 完了前, 完了する見通し, 完了に向け; "will complete", "expected to complete",
#: "yet to be completed", "pending completion"). "not completed" is the statement's negation (§2
#: Negation), read there. (review R3)
_UNDONE_BEFORE_JA = re.compile(r"[未不非]$")
_UNDONE_AFTER_JA = re.compile(r"^(?:する|した|させる|される)?(?:予定|見込|見通|前|に向け|を目指|待ち|を待)")
_UNDONE_BEFORE_EN = re.compile(
    r"(?i)\b(?:will|would|shall|expected to|set to|due to|scheduled to|on track to|yet to|aims? to|hopes? to"
    r"|pending|awaiting|before|until|to be)\s+(?:be\s+)?$"
)
#: Completing the agreement, not the act: "completed negotiations to buy", "finalized a deal to buy",
#: "finalised the terms", 「交渉を完了」「契約締結を完了」 — the agreement stage (review R15). ("completed
#: the deal to buy" is the closing: "complete" + "deal" is the act done.)
_AGREEMENT_DONE = re.compile(
    r"(?i)\b(?:complet|finali[sz])\w*\s+(?:(?:the|its|their|a|an|his|her)\s+)?(?:[\w-]+\s+)?"
    r"(?:negotiations?|talks|terms|agreements?|contracts?)\b"
    r"|\bfinali[sz]\w*\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+\s+)?deal\s+to\b"
    r"|(?:交渉|協議|契約|合意|条件)(?:の締結|締結)?(?:を|が|も)?(?:完了|完結)"
)


def _completion_said(text: str) -> bool:
    """Whether the text says an act was completed (ACT_COMPLETED), not negated by a prefix, not still
    to come, and not the completion of the agreement (``_AGREEMENT_DONE``)."""
    agreements = [(m.start(), m.end()) for m in _AGREEMENT_DONE.finditer(text)]
    for hit in find(ACT_COMPLETED, text):
        before, after = text[: hit.start], text[hit.end :]
        if any(a <= hit.start < b for a, b in agreements):
            continue
        if hit.text[:1].isascii():
            if _UNDONE_BEFORE_EN.search(before):
                continue
        elif _UNDONE_BEFORE_JA.search(before) or _UNDONE_AFTER_JA.search(after):
            continue
        return True
    return False


def act_stage(text: str) -> str | None:
    """The stage an act is said to have reached: ``completed`` (完了, "completed", "closed its
    takeover") or ``agreed`` (合意, 発表, "agrees to buy", "announces", "completed negotiations to
    buy"), None when the text says neither or both. 未完了, 完了予定 and "will complete" say no stage
    reached (``_completion_said``)."""
    done = _completion_said(text)
    agreed = has(ACT_AGREED, text) or bool(_AGREEMENT_DONE.search(text))
    if done == agreed:
        return None
    return "completed" if done else "agreed"


def scope_side(text: str) -> str | None:
    """The one side of a scheme's edge the text says a thing is on (``in_scope`` or
    ``out_of_scope``), or None when it says neither or both."""
    sides = [c.name for c in (IN_SCOPE, OUT_OF_SCOPE) if has(c, text)]
    return sides[0] if len(sides) == 1 else None


def decision_goes_the_same_way(span: str, title: str) -> bool:
    """Whether the event's title reports the decision the statement reports, the same way (a rate
    raised and a rate hiked, 引き上げ and 上方修正): one direction said on each side, the same one."""
    for pair in _DECISION_PAIRS:
        said = {c.name for c in pair if has(c, span)}
        found = {c.name for c in pair if has(c, title)}
        if len(said) == 1 and said == found and _same_member(pair, span, title):
            return True
    return False


def _other_way(span: str, title: str, pairs: tuple[tuple[CueList, CueList], ...]) -> tuple[str, str] | None:
    """The statement's act word and the title's when they go opposite ways in one of the pairs: one
    side said by the statement as its act (``acts_said``), the other by the title, of the same member
    and not the same plan (``_same_member``, ``_halt_at_the_end``)."""
    for pair in pairs:
        said = [c for c in pair if acts_said(c, span)]
        found = [c for c in pair if has(c, title)]
        if (
            len(said) == 1 == len(found) and said != found and _same_member(pair, span, title)
            and not _halt_at_the_end(pair, span, title)
        ):
            return acts_said(said[0], span)[0].text, find(found[0], title)[0].text
    return None


#: A decision or state word that is not the statement's own act: the purpose of what was done
#: (「値上がり阻止のための補助金」「阻止するために」, "designed to block", "aimed at blocking"), a
#: clause modifying a noun (「敵対的買収を阻止する外資買収規制法」, but not 「休止する予定」「承認する方針」,
#: a plan's noun), or an English participle after a noun ("a subsidy blocking price rises", "after
#: closing down the plant"; "is blocking" is the act). (review R6)
_PURPOSE_AFTER_JA = re.compile(
    r"^(?:する|した|される|された|し)?(?:ため|目的|狙い|に向け)|^の(?:ため|目的|狙い)"
)
_MODIFIER_AFTER_JA = re.compile(
    r"^(?:する|した|される|された|できる|させる|させた)"
    r"(?!予定|方針|計画|見通|見込|意向|構え|考え|旨|方向|可能性|公算)[\u4e00-\u9fff\u30a1-\u30fa]"
)
_PURPOSE_BEFORE_EN = re.compile(
    r"(?i)\b(?:in order|so as|designed|intended|meant|aimed|aiming|efforts?|a bid|an attempt)\s+(?:to|at)\s+$"
)
_AUXILIARY_BEFORE_EN = re.compile(r"(?i)(?:\b(?:is|are|was|were|be|been|am|not|also|now)|['’]s|['’]re)\s+$")


def acts_said(cue: CueList, span: str) -> list[CueHit]:
    """The hits of a decision or state cue that are the statement's own act, not a purpose or a
    modifier of a noun (``_PURPOSE_AFTER_JA``, ``_MODIFIER_AFTER_JA``, ``_PURPOSE_BEFORE_EN``)."""
    out = []
    for hit in find(cue, span):
        before, after = span[: hit.start], span[hit.end :]
        if hit.text[:1].isascii():
            first = hit.text.split()[0].casefold()
            if _PURPOSE_BEFORE_EN.search(before):
                continue
            if first.endswith("ing") and first not in ("still",) and not _AUXILIARY_BEFORE_EN.search(before):
                continue
        elif _PURPOSE_AFTER_JA.search(after) or _MODIFIER_AFTER_JA.search(after):
            continue
        out.append(hit)
    return out


#: "until 2026", 「2026年まで」: the end of the span a thing is kept going
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:until|till|through|to)\s+(?:the\s+end\s+of\s+)?$")
_UNTIL_AFTER = re.compile(r"^\s*(?:年度)?(?:末)?まで(?!に)")


def _halt_at_the_end(pair: tuple[CueList, CueList], span: str, title: str) -> bool:
    """Whether one side keeps a thing going until a date (「2026年まで稼働を続ける」, "running until
    2026") and the other halts it at that date or after it ("will shut it in 2026"): the same plan,
    not opposite acts (a linguistic reason: running until D ends at D; review R16)."""
    if pair[0] is not KEPT_RUNNING:
        return False
    for running, halting in ((span, title), (title, span)):
        if not has(KEPT_RUNNING, running) or not has(HALTED, halting):
            continue
        text = normalize(running)
        ends = [
            m.period for m in find_periods(text)
            if _UNTIL_BEFORE.search(text[: m.start]) or _UNTIL_AFTER.search(text[m.end :])
        ]
        if ends and any(
            m.period.start >= min(e.start for e in ends) for m in find_periods(normalize(halting))
        ):
            return True
    return False


#: The member said on one side of a scheme's edge: in Japanese the noun run before the topic or
#: subject particle (「海運は…対象外」「大企業は」「海運も」), in English the words before the verb
#: ("Large firms remain outside", "Shipping is excluded")
_MEMBER_JA = re.compile(r"([\u4e00-\u9fff々ァ-ヶーA-Za-z0-9]+)(?:は|が|も)")
_MEMBER_EN_CLAUSE = re.compile(r"[,;:]\s")
_MEMBER_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_STATE_VERBS_EN = frozenset(
    """
    remain remains remained stay stays stayed left kept fall falls fell lie lies lay sit sits sat
    completely entirely wholly fully
    """.split()  # noqa: SIM905 -- a word list reads better as text
)


def _same_member(pair: tuple[CueList, CueList], span: str, title: str) -> bool:
    """Whether the event's title names the member the statement puts inside or outside a scheme:
    an event that brings another member in (「排出量取引制度に航空が加わる」, "subsidy extended to
    small firms") says nothing of this one (「海運は…対象外」, "large firms remain outside"), so it is
    no contrary of it nor the same way (a linguistic reason: inside / outside is said of a member;
    review R12). A thing kept running or halted is one unit too: "blast furnace No. 1 is still
    running" is not refuted by "shuts blast furnace No. 2" (``_same_unit``; review R5). Other pairs
    name no member; a member not found leaves the pair as read."""
    if pair[0] is KEPT_RUNNING:
        return _same_unit(span, title)
    if pair[0] is not IN_SCOPE:
        return True
    hits = find(IN_SCOPE, span) + find(OUT_OF_SCOPE, span)
    if not hits:
        return True
    return _member_in_title(span[: min(h.start for h in hits)], title)


def _member_in_title(before: str, title: str, words_en: list[str] | None = None) -> bool:
    """Whether the member said before a statement's verb is named in the title: in Japanese the last
    noun run before は / が / も (not a word of the time, 現在も), its character pairs in the title
    (a unit number apart, read by ``_same_unit``); in English the content words of the clause (or
    the words given)."""
    runs = [r for r in _MEMBER_JA.findall(before) if not _TIME_RUN_JA.match(r)]
    if runs:
        parts = [p for p in _UNIT_NUMBER_JA.split(runs[-1]) if p] or [runs[-1]]
        grams = {g for p in parts for g in ([p] if len(p) < 3 else [p[i : i + 2] for i in range(len(p) - 1)])}
        return all(g in title for g in grams)
    clause = _MEMBER_EN_CLAUSE.split(before)[-1]
    words = {
        stem_en(w.casefold())
        for w in (_MEMBER_EN_WORD.findall(clause) if words_en is None else words_en)
        if not w.endswith(("'s", "’s")) and w.casefold() not in STOPWORDS_EN
        and w.casefold() not in _STATE_VERBS_EN and len(w) >= 2
    }
    if not words:
        return True
    found = {stem_en(w.casefold()) for w in _MEMBER_EN_WORD.findall(title)}
    return words <= found


#: A unit's number: 第2高炉, 2号機, "No. 2", "Unit 2", "#2"
_UNIT_NUMBER = re.compile(r"第\s?([0-9]+)|([0-9]+)\s?号|(?i:\bNo\.?\s?([0-9]+)|\bunits?\s([0-9]+)|#([0-9]+))")
_UNIT_NUMBER_JA = re.compile(r"第?[0-9]+号?")
#: Words of the time, not of the member, before a state verb: 「高炉は現在も稼働」
_TIME_RUN_JA = re.compile(r"^(?:現在|現状|今|いま|依然|今なお|なお|引き続き|当面|今後|今年|昨年|同年)$")


def _unit_numbers(text: str) -> set[str]:
    return {next(g for g in m.groups() if g) for m in _UNIT_NUMBER.finditer(normalize(text))}


def _same_unit(span: str, title: str) -> bool:
    """Whether the event's title speaks of the unit the statement keeps running or halts: no other
    unit number (第1高炉 against 第2高炉, "No. 1" against "No. 2"), and, for a state said of a
    thing (「…の高炉は現在も稼働を続けている」, "blast furnace No. 1 at Westport is still running"),
    the thing's name (the noun run before は / が / も, or the words before the verb) in the title."""
    said, found = _unit_numbers(span), _unit_numbers(title)
    if said and found and said.isdisjoint(found):
        return False
    hits = acts_said(KEPT_RUNNING, span)
    if not hits or has(HALTED, span):
        return True
    # in English the names in the thing's words (Westport, Eraring): "plants" and "reactors" may
    # name one thing
    names = [w for w in _running_thing_en(span, hits[0]) if w[:1].isupper()]
    return _member_in_title(span[: hits[0].start], title, names)


#: Words that end the noun phrase of the thing said to be running, read backwards from the verb
_THING_GLUE_EN = frozenset(("of", "at", "in", "on"))
_AUXILIARIES_EN = frozenset(
    """
    is are was were be been has have had remains remain remained stays stay stayed still currently now also
    """.split()  # noqa: SIM905 -- a word list reads better as text
)


def _running_thing_en(span: str, hit: CueHit) -> list[str]:
    """The words naming the thing an English statement keeps running: inside "keep X running" (X),
    else the noun phrase right before the verb ("Norsteel's blast furnace No. 1 at Westport is still
    running": blast furnace No 1 at Westport; not "In May … agreed to pay", the words of other
    phrases)."""
    words = hit.text.split()
    if words[0].casefold() in ("keep", "keeps", "kept", "keeping"):
        return words[1:-1]
    tokens = _MEMBER_EN_WORD.findall(_MEMBER_EN_CLAUSE.split(span[: hit.start])[-1])
    while tokens and tokens[-1].casefold() in _AUXILIARIES_EN:
        tokens.pop()
    thing: list[str] = []
    for w in reversed(tokens):
        low = w.casefold()
        if w.endswith(("'s", "’s")) or (low in STOPWORDS_EN and low not in _THING_GLUE_EN) or len(thing) >= 6:
            break
        thing.append(w)
    return thing


def running_side(text: str) -> str | None:
    """The one side the text says a thing is on, kept running or halted (``kept_running`` or
    ``halted``), or None when it says neither or both."""
    sides = [c.name for c in (KEPT_RUNNING, HALTED) if acts_said(c, text)]
    return sides[0] if len(sides) == 1 else None


def same_running_unit(span: str, title: str) -> bool:
    """Whether a title speaks of the unit the statement keeps running or halts (``_same_unit``)."""
    return _same_unit(span, title)


def same_scope_member(span: str, title: str) -> bool:
    """Whether a title names the member the statement puts on one side of a scheme's edge
    (``_same_member``); True when the statement names no member."""
    return _same_member((IN_SCOPE, OUT_OF_SCOPE), span, title)


@cache
def _en_words(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z0-9])(?:" + pattern + r")(?![A-Za-z0-9])", re.IGNORECASE)


def find_words(pattern: str, text: str) -> list[tuple[int, int]]:
    """Spans of an English word pattern (``a|b|c``) on word boundaries."""
    return [(m.start(), m.end()) for m in _en_words(pattern).finditer(text)]


#: Event kinds so general that many verbs describe them: a kind match alone says little.
GENERIC_EVENT_KINDS = ("milestone", "event", "other")


def event_kinds_for(text: str) -> dict[str, tuple[str, ...]]:
    """The verb cues in a text and the event kinds each describes."""
    out: dict[str, tuple[str, ...]] = {}
    for name, (cue, kinds) in EVENT_VERBS.items():
        if has(cue, text):
            out[name] = kinds
    return out


@lru_cache(maxsize=8192)
def kind_matches(event_kind: str, kinds: tuple[str, ...]) -> bool:
    """Whether a free-text event kind is one of the kinds (by containment, either way)."""
    k = event_kind.casefold().replace("-", "_").replace(" ", "_")
    if not k:
        return False
    return any(x in k or k in x for x in kinds)


_STEM_SUFFIXES = ("ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied", "ed", "es", "s", "e")
#: Stems are cut to this length, so that produce / production / produces meet ("produ") and
#: regulates / regulation / regulatory too ("regul").
STEM_LENGTH = 5


@cache
def stem_en(word: str) -> str:
    """A light English stem, enough to match announced / announces / announcement / announcing:
    one common suffix off, then at most five letters."""
    w = word.casefold()
    if len(w) == 4 and w.endswith("e") and w.isascii():
        # "rate" meets "rates" ("rat"), "sale" "sales", "time" "times": the plural's -es comes off
        return w[:3]
    if len(w) <= 4 or not w.isascii():
        return w
    for suffix in _STEM_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: len(w) - len(suffix)]
            if suffix in ("ing", "ings", "ed") and len(w) <= 6 and _DOUBLED_END.search(w):
                # "cutting", "stopped", "planned": a short verb doubles its last consonant before
                # -ing / -ed (English spelling), so the stem is the verb's ("cut", "stop", "plan");
                # not l, s, z, f, d, whose doubles are the word's own ("falling", "passed", "added")
                w = w[:-1]
            break
    return w[:STEM_LENGTH]


_DOUBLED_END = re.compile(r"([bgkmnprt])\1$")


#: Verbs that say that something happened without saying what ("Japan did things", 色々やった):
#: a statement whose only predicate is one of these (and that has no cue, event verb, measure or
#: number) says nothing checkable.
#: The speaker's own judgement or conjecture at the end of a clause: an opinion, not a fact the
#: evidence can settle (「外国人ばっかりというのはおかしい」, 「株でやったおかげでしょうが」, "it's
#: outrageous", "I think"). Japanese: words at the clause's end; English: a pattern.
OPINION_END_JA = (
    "おかしい", "おかしな話", "ひどい", "酷い", "許せない", "けしからん", "当然だ", "当たり前だ", "異常だ",
    "不公平だ", "不公平", "理不尽", "ずるい", "情けない", "恥ずかしい", "くだらない", "残念だ", "素晴らしい",
    "でしょうが", "でしょう", "だろうが", "だろう", "のではないか", "んじゃないか", "と思う", "と思います",
    "気がする", "かもしれない", "おかげでしょう", "おかげだ",
)
#: A conjecture at the end of a Japanese clause, after its verb: a negative question that asserts
#: (「減るんじゃないか」「増えるのではないでしょうか」: 否定疑問, "surely it will fall", no negation of
#: the verb), 「だろう」「でしょう」「かもしれない」「と思う」. A plain 「…のではない」 (no か) stays a
#: negative.
#: Japanese only: the English negative question ("Won't it fall?") inverts its auxiliary, which no
#: clause reading here takes for a statement.
CONJECTURE_END_JA = re.compile(
    r"(?:(?:ん|の)?(?:じゃ|では)(?:ない|ありません|なかろう)(?:か|かな|かしら|だろうか|でしょうか|[?？])"
    r"|だろう|でしょう|かもしれない|かもしれません|と思う|と思います)[?？]?$"
)
OPINION_EN = re.compile(
    r"(?i)\b(?:I|we)\s+(?:think|believe|feel|guess|suppose|bet)\b|\bin my (?:opinion|view)\b"
    r"|\b(?:is|are|it's|that's|this is)\s+(?:just\s+|simply\s+|absolutely\s+)?(?:outrageous|ridiculous"
    r"|absurd|unfair|shameful|a disgrace|disgraceful|crazy|insane|wrong|terrible|awful|unacceptable)"
    r"\s*[.!?]*$"
)

LIGHT_VERBS_JA = frozenset({"する", "やる", "ある", "いる", "なる", "行う", "おこなう"})
LIGHT_VERBS_EN = re.compile(
    r"(?i)^(?:do|does|did|done|doing|happen|happens|happened|have|has|had|get|gets|got|make|makes"
    r"|made|see|saw|seen)$"
)
#: -ing and -s words that are no action ("things", "something", "stuff")
NOT_ACTION_ING_EN = frozenset(
    {"thing", "things", "something", "nothing", "anything", "everything", "during", "stuffs", "lots", "bits"}
)

#: Nouns that name one specific thing (a fund, programme, plant, model): an event whose title
#: names the same thing and carries an amount settles the claim's amount, not a broad measure.
NAMED_THING = _cues(
    "named_thing",
    ja="基金|ファンド|プログラム|プロジェクト|事業|工場|拠点|施設|モデル|計画|構想|補助金|交付金",
    en=r"funds?|program(?:me)?s?|projects?|plants?|factor(?:y|ies)|fabs?|facilit(?:y|ies)|models?"
    r"|initiatives?|schemes?|subsid(?:y|ies)",
)


# -- predicate synonyms ---------------------------------------------------------------------------

#: What happened, by concept: Japanese words as Sudachi's normalized form (発表した → 発表,
#: 始まった → 始まる) and English words, each read through ``stem_en`` so inflections meet
#: (announce / announced / announcement). A statement and an event whose predicates share a
#: concept say the same thing happened even when they share no word (スタート and 開始,
#: 了承 and 承認, 締結 and 合意). Kept small: only words that name the happening itself.
PREDICATE_SYNONYMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "announce": (("発表", "公表", "表明", "発表会"), ("announce", "announced", "announcement", "unveiled")),
    "start": (
        # a rule that takes effect (施行, 発効) starts: 「ZEV義務化が施行」 is when it began
        ("開始", "始動", "スタート", "始まる", "始める", "着手", "幕開け", "開始する", "施行", "発効"),
        # a programme, scheme or service that launches or opens starts ("opens the Electric Car Grant")
        ("start", "started", "began", "begin", "begins", "commenced", "commence", "launch", "launched",
         "launches", "opens", "opened"),
    ),
    "approve": (
        ("承認", "認可", "了承", "可決", "許可", "認める"),
        ("approve", "approved", "approval", "authorised", "authorized", "authorisation", "authorization"),
    ),
    "agree": (
        ("締結", "合意", "調印", "妥結", "結ぶ", "協定"),
        ("agree", "agreed", "agreement", "signed", "sign", "concluded", "deal"),
    ),
    "operate": (("稼働", "運用", "運転", "操業"), ("operate", "operating", "operation", "operational")),
    # an irregular past ("won" of "wins") and its nouns: an outcome won
    "win": (("勝利", "勝つ", "制する"), ("win", "wins", "won", "winning", "victory")),
    # states and reversals that are another thing than the happening they share words with:
    # running at full capacity is no start (nor a plan to expand capacity), ending a deal no deal
    "full": (("フル", "全面稼働", "最大稼働"), ()),  # English: FULL_EN (the phrase, not "fully")
    "terminate": (
        ("解消", "解除", "破棄", "打ち切る", "撤回", "中止", "撤退", "解約", "終了", "廃止"),
        ("cancel", "cancelled", "canceled", "terminated", "terminate", "scrapped", "withdrew", "withdrawn",
         "abolished", "abolish"),
    ),
}
#: The making of a thing: 創設, 設置, 設立, 立ち上げ, 発足, 新設, 開設; "set up", "established",
#: "created", "founded", "formed", "launched". Who made a named thing is a detail of this act only
#: (retrieve.another_actor; review M5: running or operating it is another act).
FOUNDED = re.compile(
    r"創設|設置|設立|創立|立ち上げ|立上げ|発足|新設|開設|設け"
    r"|(?i:\b(?:set(?:s|ting)?\s+up|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|founded|form(?:s|ed)"
    r"|launch(?:es|ed|ing)?)\b)"
)
#: Concepts that, said of a statement, must also be said of its event: without them the event is
#: not what the statement speaks of.
DISTINCT_PREDICATES = frozenset({"full", "terminate"})

SYNONYMS_JA: dict[str, str] = {w: c for c, (ja, _en) in PREDICATE_SYNONYMS.items() for w in ja}
SYNONYMS_EN: dict[str, str] = {stem_en(w): c for c, (_ja, en) in PREDICATE_SYNONYMS.items() for w in en}
#: "ended", "ends" (a verb: the noun "end" is no ending of anything: "by the end of 2024") say that
#: something was ended, as "scrapped" does; not in a relative clause ("the law that ends sales of
#: new petrol cars" says what the law is, not that it ended)
ENDED_EN = re.compile(
    r"(?<!that )(?<!which )\b(?:ended|ends)\b(?!\s+(?:of|in|at|on|up)\b)", re.IGNORECASE
)
FULL_EN = re.compile(r"\bfull[- ](?:capacity|output|production|operation|speed|tilt)\b", re.IGNORECASE)


#: A run of steps one way that stopped (docs/verdict-rules.md §4.7 "A run ended", §8)
_WAY_DOWN = r"declines?|falls?|drops?|slides?|slumps?|contractions?|decreases?|losing\s+streak"
_WAY_UP = r"rises?|increases?|growth|gains?|climbs?|expansions?|winning\s+streak"
#: "ending a five-year decline", "snapping a six-month losing streak", "ended its run of four
#: straight annual falls", "broke a three-year streak of increases"
RUN_ENDED_EN = re.compile(
    r"(?i)\b(?:end(?:s|ed|ing)?|snap(?:s|ped|ping)?|break(?:s|ing)?|broke|halt(?:s|ed|ing)?"
    r"|stop(?:s|ped|ping)?|revers(?:e|es|ed|ing))\s+(?:a|an|its|the|their|his|her)\s+"
    r"(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-]"
    r"(?P<u>year|month|quarter)s?(?:[\s-]long)?\s+"
    r"|(?:run|streak|string|series)\s+of\s+(?:(?P<n2>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve)\s+)?(?:(?:straight|consecutive|successive)\s+)?(?:(?P<u2>annual|yearly|monthly|quarterly)\s+)?"
    r"|(?:run|streak|string|series)\s+of\s+(?:(?P<u3>annual|yearly|monthly|quarterly)\s+)?)?"
    rf"(?:(?P<down>{_WAY_DOWN})|(?P<up>{_WAY_UP}))\b"
)
#: 「5年連続の減少に歯止めがかかった」「増加にようやく歯止め」「12年連続の増加が止まった」
RUN_ENDED_JA = re.compile(
    r"(?:(?P<n>\d{1,2})(?P<u>年|年度|か月|カ月|ヶ月|四半期)連続(?:の|で)?)?"
    r"(?:(?P<down>減少|低下|下落|マイナス)|(?P<up>増加|上昇|プラス|増え))(?:傾向|基調)?(?:に|が|は)(?:は)?"
    r"(?:ようやく|やっと|ついに|いったん|一旦)?(?:歯止めがかか|歯止めをかけ|歯止め|止ま|途切れ)"
)


def says_run_ended(span: str) -> bool:
    """The statement says a run of steps one way stopped ("ending a five-year decline")."""
    return bool(RUN_ENDED_EN.search(span) or RUN_ENDED_JA.search(span))


# -- predicate paraphrases of a measure's noun --------------------------------------------------

#: Verb phrases that say what a measure's noun names, by the words a measure's names use for it
#: (docs/verdict-rules.md §4.13 "A measure named by a verb phrase", §8). Closed classes of the
#: language, not of a topic: (1) a support-verb idiom whose meaning is one verb, "lose one's
#: life" (die; the noun of a count of the dead is "deaths", 死者); (2) a motion verb with a
#: directional complement, where "go", the light member of the class, adds nothing the
#: complement does not say ("go abroad", "went overseas", "leave the country" are "travel
#: abroad", a departure; 「海外に行く」「海外へ出た」「国を出る」 are 海外旅行, 出国); abroad and overseas,
#: 海外 and 国外, are one word; (3) a native verb that says what a Sino-Japanese noun says
#: (「殺された」 殺人, 「足りない」 不足). Each pattern with the words it stands for.
PARAPHRASES_EN: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(
        r"(?i)\b(?:lose|loses|lost|losing)\s+(?:their|his|her|its|our|your|my|the)\s+(?:own\s+)?li(?:fe|ves)\b"
    ), "die deaths", ""),
    (re.compile(r"(?i)\b(?:go|goes|went|gone|going|travel(?:s|led|ed|ling|ing)?|head(?:s|ed|ing)?"
                r"|fl(?:y|ies|ew|own|ying))\s+(?:abroad|overseas)\b"),
     "travel travellers abroad overseas", "out"),
    (re.compile(r"(?i)\b(?:leave|leaves|left|leaving)\s+(?:the|their|our|his|her)\s+country\b"),
     "travel travellers abroad overseas departures", "out"),
    (re.compile(r"(?i)\b(?:abroad|overseas)\b"), "abroad overseas", ""),
)
#: The Japanese nouns of a share of a whole, one word to the names of measures: 「再エネのシェア」 names
#: 再エネ比率 and 「再エネの割合」 (docs/verdict-rules.md §4.13, "A share named by another share
#: word", §8). A closed class of the language: the nouns a part of a whole is said by.
SHARE_NOUNS_JA: tuple[str, ...] = ("割合", "比率", "シェア", "占有率")
#: Each row: the pattern, the words it stands for, the direction of motion it says ("out" of the
#: place, or "" for none; see MOTION_DIRECTION_JA).
PARAPHRASES_JA: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"命を落と|亡くな|死亡し"), "死者 死亡", ""),
    # a native verb for a Sino-Japanese noun (session 23): 「殺された」「殺害された」 are the victims of
    # 殺人 (a person killed by another), 「足りない」「足りなかった」 are 不足
    (re.compile(r"殺(?:さ|害さ)れ"), "殺人", ""),
    (re.compile(r"足(?:りな|らな|りず|らず)"), "不足", ""),
    (re.compile(r"(?:海外|国外)(?:に|へ)(?:行|出かけ|出掛け|出(?=[たてるず])|渡|旅立)|国を(?:出|離れ)"),
     "海外旅行者 出国者", "out"),
    (re.compile(r"海外|国外"), "海外 国外", ""),
)
#: The direction of motion a word says, which a measure named by a verb phrase of motion must
#: share (docs/verdict-rules.md §4.13, "A measure named by a verb phrase"): a Sino-Japanese
#: verbal noun of motion begins with its direction (入国, 来日, 訪日 in; 帰国 back; 出国 out), so
#: 「入国した人」 and 「帰国した人」 never name 出国者数 whatever characters they share (国者, 数);
#: English says it by the noun or its goal ("arrivals", "returnees", "departures"; "travellers to
#: Japan" come in, GOAL_BEFORE_EN). A closed class of the language: the directions of motion.
MOTION_DIRECTION_JA: dict[str, str] = {"入": "in", "来": "in", "訪": "in", "帰": "back", "出": "out"}
MOTION_DIRECTION_EN: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)\b(?:arriv(?:al|als|e|es|ed|ing)|inbound|incoming|immigra\w*|entr(?:y|ies|ants?))\b"),
     "in"),
    (re.compile(r"(?i)\b(?:return(?:s|ed|ing|ees?)?|homecomings?)\b"), "back"),
    (re.compile(r"(?i)\b(?:depart(?:s|ed|ing|ures?)?|outbound|outgoing|emigra\w*|leav(?:e|es|ing))\b"),
     "out"),
)
#: A goal or an origin said of a place named right after it ("travellers to Japan", "visitors
#: from China", 「日本への」「日本からの」): into the place named, or out of it.
GOAL_BEFORE_EN = re.compile(r"(?i)\b(?:to|into|visiting|entering)\s+(?:the\s+)?$")
ORIGIN_BEFORE_EN = re.compile(r"(?i)\b(?:from|out\s+of|leaving)\s+(?:the\s+)?$")
GOAL_AFTER_JA = re.compile(r"^へ")
ORIGIN_AFTER_JA = re.compile(r"^から")
#: A Japanese relative clause on a person noun, 「採用される人数」「休職している人」: the persons
#: the verbal noun is done to or by, which Japanese names by the noun and 者 (採用者数, 休職者; a
#: linguistic reason: 者 makes the agent or patient noun of a verbal noun). Group 1: the verbal noun.
AGENT_NOUN_JA = re.compile(
    r"([\u4e00-\u9fff]{2,})(?:される|された|されている|されていた|する|した|している|していた|できる|できた)"
    r"(?:人数|人の数|人たち|人々|人)"
)


#: A phrase set beside the clause's subject that names another thing: what drove or led the value
#: ("driven by core goods", "led by food", "pushed up by energy", 「コア品目主導で」「食品を中心に」
#: 「エネルギーが牽引して」), a cause ("because of", 「…の影響で」), or a contrast ("unlike the youth
#: figure", "compared with", 「若年層と異なり」「…に比べて」). A measure's word said only there names
#: no measure of the clause's subject (a linguistic reason: the phrase's noun is its own head; retrieve,
#: the fuller match; docs/verdict-rules.md §4.13, "A word said aside")
SIDE_PHRASE = re.compile(
    r"(?i)\b(?:(?:driven|led|powered|fuel(?:l)?ed|pushed|propelled|boosted|dragged|weighed|held|lifted)"
    r"(?:\s+(?:up|down|higher|lower))?\s+by"
    r"|thanks\s+to|because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|hit\s+by|amid|in\s+the\s+wake\s+of"
    r"|unlike|compared\s+(?:with|to)|in\s+contrast\s+(?:with|to)|as\s+opposed\s+to)\b(?:[^,;.]|\.(?=\d))*"
    r"|(?:(?<=[、はがも])|^)[^、。はがをも]{1,20}?(?:主導(?:で|の|により)|が牽引(?:し|する|した)|に牽引され"
    r"|を中心に|に押し上げられ|に押し下げられ|とは?異なり|とは?違(?:って|い)|に比べ|と比べ|と比較して"
    r"|が響(?:いて|き|いた)|の影響で|のせいで|のおかげで|が原因で)"
)
