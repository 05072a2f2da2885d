"""Facts from sentences: candidate events and observations, each pointing at its sentence.

One :class:`DocumentExtractor` reads the sentences of one document in order and keeps the
context a reader would (the date of the last heading, the topic of a labelled paragraph, the
pillar of the current section). Periods and amounts are found by :mod:`shingi.normalize`,
the same code that loads packs and parses claims, so a draft row loads back unchanged.
The rows it drafts are in :mod:`shingi.ingest.rows`; event words, titles and metric names in
:mod:`~shingi.ingest.labels`; organisation and place names in :mod:`~shingi.ingest.owners`; which
numbers are figures, and their units, in :mod:`~shingi.ingest.figures`; tables inside text in
:mod:`~shingi.ingest.text_tables`; periods in :mod:`~shingi.ingest.dates`.

Rules (documented in docs/ingest.md as well):

Actors
    With a pack: the pack's entities named in the sentence (ids, names, aliases, any
    language; :meth:`EvidenceIndex.find_entities`), plus new entities drafted, never dropped:
    companies by their suffix (株式会社, マイクロソフト社, Inc., Corp. ...), government bodies by
    their form (:func:`organisation_names`: 経済産業省, 日本政府観光局, the U.S. Department of
    Commerce) and Sudachi's proper nouns (countries, prefectures, companies). Without a pack, also
    built-in country and union names, Latin proper-noun runs (capitalised words, acronyms,
    versioned names such as GPT-4.1; not before a measure's head noun, not places after in/at,
    not the words of a Title Case Headline) and Katakana runs Sudachi does not read as common
    nouns. A name inside a metric's name (国内 in 国内DC容量) is not an actor; a name inside an
    organisation's name is part of it. "the Department", 同社 ... point at the latest entity of
    that kind, これら4つの国・地域 at the latest four countries (one group entity).

Labelled paragraphs
    A paragraph whose first sentence starts with an actor followed by ``:``, ``-`` or a dash
    (``Rapidus：...``, ``NTT - ...``) is about that actor: the actor joins every sentence of
    the paragraph, and each of its sentences is an event candidate.

Events
    A sentence is an event candidate when it states a period and either starts with it (a
    timeline item, ``2026/04: ...``) or has an event word (発表, 投資, 公開, 閣議決定,
    announced, launched ... ; the words also give the kind; English nouns such as
    "investment" give the kind but make no event alone); or when it is in a labelled
    paragraph, or says with an actor that something was done (signed, 決定した) in a dated
    release. Its date is a day said as 本日/today/15日, else the document's date for a report
    whose periods are its figures', else the first period it states, else the context period. An event
    needs an actor or an amount; a policy or regulation event with no actor named gets the
    pack's government of its subject (else the subject). Its amount is the first money (or
    physical, e.g. GW) amount that no metric name claims, else the first a metric names
    (that figure is then an observation too).

Figures
    Every other amount with a unit becomes an observation candidate (numbers with no unit,
    and counts with no metric named, are skipped). Units the number reader leaves open come
    from the sentence (:func:`read_units`): a Japanese number followed by a noun counts it
    (3万6,512戸, 12店舗), a large bare number is a count ("increased by 256,000"), a number about
    an index is an index level (2020=100 is its base, not a figure); points are written ``pp``.
    Its metric is the pack metric named nearest to it in the same clause with a compatible
    unit; else a metric whose name extends the named one and has the figure's unit
    (民間投資 + ``x`` -> 民間投資の対米比);
    else the last metric of the paragraph with a compatible unit; else a new draft metric
    named by the words before the number (JMLEスコア in ``...のJMLEスコアは70.7%``). In a
    table, the header of the figure's column names its metric (the first row of a table is
    its header). One half written in words (半分, half) is skipped, and so are multiples that
    measure a gap (約100倍の格差, a 100-fold gap), which do not say who is ahead.

    Its entity is what stands right before the brackets it is in (Potaro（成功率99%）), else
    the paragraph's label, else the actor nearest before it in its clause (a possessor
    first; for a multiple, an actor right before の/との/より is what it is relative to, not
    its owner: 米国の約1/100), else the actor the sentence starts with, else the owner of the
    figure it is coordinated with, else (after このうち/of this) the previous figure's, else the
    first actor of the paragraph ("Micron announced ... The company will invest up to USD 825
    million"), else a government body the sentence names, the pack's subject, the document's
    subject (or a country its title opens with) or its first government body. A government body's
    figures are its country's (a prefecture's or a city's its own). A flow by partner (対中輸出, 米国向け,
    imports from China) is the partner's row (English exports to a country are the seller's); a
    change said after a level is that level's owner's; a sentence that names nobody goes on about
    the actor the sentence before named last (not past a breakdown paragraph, 地区別では…). A place
    before は/が/の owns its clause's figures; a quotation's speaker owns none; a nationwide
    association's figures are its country's. A fall is negative
    (4.1%減, down 3%).

Periods
    The period of a figure is the period its sentence states for it (the period it is about,
    not the nearest: bases of comparisons, release days and elaborations are not; see
    :mod:`shingi.ingest.dates`), else the context period: the date an earlier sentence of the
    same paragraph states ("Micron announced ... in June 2023. The company will invest ..."),
    else the period an earlier figure of the section was stated for, else the date of the
    nearest preceding heading that states one, else the document's own date (metadata, a date
    line, a dateline, ``--published``), else the last date stated before it. An undated
    estimate is as of the document. A figure with no period at all, a cumulative span, or a
    company quarter no contract period holds, is skipped.

Tables, ranges, sources
    In a table a bare number takes its column header's or the title's unit ("(USD millions)",
    「単位 千人」; a row whose label counts things, "Vehicle deliveries", holds counts) and a period
    header dates its column; a row label is what the row measures, not its owner. Both ends of a range
    ("2–3 per cent"), ordinals said as fractions and comparative multiples are no single figures.
    A source (によると, "according to") and a publisher ("厚生労働省が発表した…", "the Board said")
    do not own the figures: a national body's statistics are its country's. Short names defined in
    brackets (全軽自協, BLS) come back as their name.

Repeats
    A fact the document repeats comes out once: events with the same date, overlapping
    actors and the same amount or nearly the same title (character-bigram similarity
    >= 0.6, as :mod:`shingi.pack.duplicates`); observations with the same entity, metric,
    value and unit, and the same period unless one of them took its period from context.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import replace
from datetime import date
from itertools import chain, islice, pairwise

from shingi.ingest.dates import (
    APRIL_FISCAL_COUNTRIES,
    AT_A_POINT_BEFORE_RE,
    DATE_LINE_SENTENCES,
    NO_PERIOD,
    FiscalPeriod,
    a_year_before,
    bracketed_years,
    company_parts,
    continues_a_year,
    date_line,
    durations_and_last_months,
    era_of,
    first_months,
    fiscal_periods,
    full_years,
    interim_halves,
    is_base,
    is_own_part,
    is_relative_day,
    is_to_date,
    japanese_fiscal_periods,
    latest_half,
    mid_years,
    month_after_a_point,
    month_name_ranges,
    month_number,
    month_spans,
    months_ended,
    months_through,
    numbered_quarters,
    period_ends,
    relative_periods,
    release_line,
    replace_spans,
    same_days,
    says_its_year,
    short_year_parts,
    span_openings,
    split_years,
    unsaid_fiscal_parts,
)
from shingi.ingest.doc_owner import CURRENCY_COUNTRIES, StatedOwner, address_owner, national_statistic_title
from shingi.ingest.figures import (
    INDEX_BASE_RE,
    INDEX_WORD_RE,
    NO_AMOUNT_UNITS,
    _signed,
    durations_ja,
    fraction_rates,
    group_sizes,
    one_in_n,
    parts_of_wholes,
    per_area_yields,
    points_unit,
    read_units,
    said_as_change,
    shared_units,
    unchanged_prices,
    unchanged_rates_ja,
    without_denominators,
    without_group_names,
    without_part_numbers,
    without_ranges,
    without_reference_numbers,
    without_set_references,
    without_spelled_counts,
    zero_growth,
)
from shingi.ingest.kanji_numerals import arabic_numerals
from shingi.ingest.labels import (
    BASE_WORD_RE,
    RELATIVE_PERIOD_JA,
    TIMELINE_SEP_RE,
    _cjk,
    _clause_end,
    _clause_start,
    _slug,
    _title,
    event_kind,
    metric_kind_for,
    metric_phrase,
    unit_fits,
    vague,
)
from shingi.ingest.owners import (
    KNOWN_ENTITIES,
    PLACE_GROUP_JA_RE,
    REGION_NAME_RE,
    SIBLING_ONLY_REGIONS,
    KnownNames,
    generic_acronym,
    heuristic_names,
    index_acronyms,
    initials,
    local_government,
    national_body_country,
    opening_municipality,
    organisation_names,
    place_name,
    prefecture_bureau,
    regional_office,
    survey_names,
    term_acronyms,
)
from shingi.ingest.readers import short_hash
from shingi.ingest.rows import (
    DateFrom,
    DocFacts,
    EventRow,
    Mention,
    NewEntity,
    NewMetric,
    ObservationRow,
    OwnerFrom,
    Place,
)
from shingi.ingest.sentences import Sentence, quote_span
from shingi.ingest.text_tables import (
    PAIRED_CONTRIBUTION_RE,
    PERCENT_WORD_RE,
    WRITTEN_SCALE_RE,
    _scaled,
    bracketed_contributions,
    cell_quantities,
    cell_spans,
    counted_column,
    counted_label,
    stated_units,
    table_unit,
    title_scale,
    unit_statement,
)
from shingi.model import Entity, FiscalYear, Metric, Pack, Period
from shingi.normalize.periods import (
    SPLIT_YEAR_RE,
    PeriodMatch,
    find_periods,
    in_fiscal_year,
    parse_fiscal_year,
    parse_period,
    period_of_day,
    period_of_fiscal_year,
    period_of_month,
    period_of_quarter,
    period_of_year,
)
from shingi.normalize.quantities import (
    QuantityMatch,
    family_currency_name,
    find_quantities,
    find_ranks,
    is_currency,
    is_rate,
    shows_spaced_thousands,
    spaced_thousands,
)
from shingi.normalize.text import normalize
from shingi.pack.duplicates import similarity

TITLE_SIMILARITY = 0.6
#: How many earlier events of one actor a new event is compared with (bounds the work on huge documents).
_RECENT = 200
MAX_TITLE = 200

#: The pillars of a draft made without a pack, by what kind of happening an event is and what
#: kind of actor moved (no subject field's words: the analyst's pack brings its own pillars):
#: (id, name_ja, name_en, event kinds).
DEFAULT_PILLARS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("policy", "政策・制度", "Policy & government", ("policy", "regulation", "funding")),
    ("industry", "企業・産業", "Business & industry",
     ("investment", "partnership", "release", "deployment", "operation_start")),
    ("research", "研究・技術", "Research & technology", ("publication",)),
)
_DEFAULT_PILLAR_OF_ACTOR = {"government": "policy", "country": "policy", "company": "industry",
                            "academic": "research"}
_COMPANY_FORM_RE = re.compile(
    r"^(?:株式会社|\(株\)|㈱)\s?|\s?(?:株式会社|\(株\)|㈱|社)$"
    r"|,?\s(?:Inc|Corp|Corporation|Company|Co\.,? Ltd|Co(?=\.)|(?:Pvt\.?\s|Pte\.?\s)?Ltd|LLC|plc|GmbH|AG"
    r"|K\.K)\.?$"
)
#: a share said of a whole: 「全体の8.2%を占めた」, 「…の3割を占める」
_SHARE_OF_WHOLE_RE = re.compile(r"\s*(?:(?:を|と)\s*)?占め")
_RESPECTIVELY_RE = re.compile(r"(?<![A-Za-z])(?i:respectively)(?![A-Za-z])")
#: what joins the members of a list: "October and November", "Q1, Q2 and Q3"
_LIST_GLUE_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?i:and|or)\s)\s*")
_SOURCE_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:according\s+to|source:)\s+(?:the\s+)?$")
_TRAILING_CREDIT_RE = re.compile(r"\s+(?i:(?:news\s+agency|newspaper|news|agency)\s+)?"
                                 r"(?i:reported|reports|said|says)\s*[.]?\s*$")
_SOURCE_AFTER_RE = re.compile(r"\s*(?:によると|によれば|の調べでは|の発表では|の推計では)")
#: 「内閣府が公表した「景気ウォッチャー調査」によると」: the publisher of the source cited
_PUBLISHED_SOURCE_RE = re.compile(r"\s*(?:が|の)[^、。]{0,12}?(?:公表|発表|まとめ)(?:し)?た[^、。]{0,30}?"
                                  r"(?:によると|によれば|では)")
#: A sentence that opens with the place (or body) it is about: "In England, …", 「北海道では、…」
_SCOPE_OPENING_RE = re.compile(r"(?i:in|for|across|within|at)\s+(?:the\s+)?|(?:一方、|また、)?")
_SCOPE_CLOSING_RE = re.compile(r"\s*,|では、?|で、|においては、?")
#: 対中輸出, 対米投資: 対 and one kanji that stands for a country (a common abbreviation), before a noun
_COUNTRY_ABBREVIATIONS = {
    "中": "中国", "米": "米国", "韓": "韓国", "英": "英国", "独": "ドイツ", "仏": "フランス", "印": "インド",
    "台": "台湾", "欧": "欧州連合", "日": "日本", "露": "ロシア", "豪": "オーストラリア"}
_COUNTERPART_JA_RE = re.compile(r"対([" + "".join(_COUNTRY_ABBREVIATIONS) + r"])(?=[一-龥ァ-ヺ])")
#: "exports to", "imports from", "visitors from": a flow whose partner is named next
#: a figure's name that is only the word of a comparison ("compared with $1.84"): no measure named
_COMPARISON_PHRASE_RE = re.compile(r"(?i:compared|compares|comparing|versus|vs|against|equal|equals)")
#: 「前年同月に比べ」, 「前月と比べると」 read as what a figure measures: the comparison, not a measure
_COMPARISON_PHRASE_JA_RE = re.compile(r"(?:[とに])?(?:比べ(?:る|て|ると|ますと)?|比較(?:して|すると)?)")
_THE_BEFORE_RE = re.compile(r"\s*(?i:the)\s+")
_SIBLING_ONLY_IDS = frozenset(ident for ident, _country, _name in SIBLING_ONLY_REGIONS)
_LOWER_WORD_RE = re.compile(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])")
#: a quantifier before a word that qualifies a set ("other European countries", "several Asian economies")
_SET_QUANTIFIER_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:other|several|many|all|most|some|both)\s+$")
#: a lower-case plural noun after it
_PLURAL_NOUN_AFTER_RE = re.compile(r"\s+[a-z]{2,}(?:ies|es|s)(?![A-Za-z])")
_TITLE_WORD_RE = re.compile(r"[A-Z][a-z]{2,}")
_RELEASE_LABEL_RE = re.compile(r"(?i:press|news|media)\s+(?i:release|statement|notice)s?"
                               # a release's head's fields: "EMBARGO: Only to be published at …", "Media
                               # contact: (202) …", "Technical information: …"
                               r"|(?i:press|media)\s+(?i:contacts?|enquiries|inquiries|office)"
                               r"|(?i:embargo(?:ed)?)(?=\s*(?:[:–—-]|(?i:until|till)\b))"
                               r"|(?i:technical\s+information|for\s+(?:immediate\s+)?release)(?=\s*:)")
#: a list item's marker before the name that opens it (「(2)アラブ首長国連邦(449万kl、同108.3%)」,
#: "(b) Germany …"): no words of the sentence, so the name is its subject
_LIST_MARKER_BEFORE_RE = re.compile(r"\s*[(（](?:\d{1,2}|[a-z]|[ア-ン])[)）]\s*")
#: the opening of a coordinated clause with a subject of its own: ", and revenue …", "; net income …"
_NEW_CLAUSE_RE = re.compile(r"(?:,\s+(?i:and|while|whereas|but)|;)\s+(?:(?i:the|its|their)\s+)?[A-Za-z-]+\s+"
                            r"(?i:in|for|of|during|was|were|rose|fell|grew|increased|decreased)\s")
_OWN_UNIT_AFTER_RE = re.compile(
    r"(?:の)?(?:連結)?(?:子会社|現地法人|孫会社|法人(?![税企])|拠点|工場|支店|支社|事業所)")
#: a Japanese cause adverbial after a name
#: (「ビジット・ジャパン・キャンペーンの取組み等を背景として」,
#: 「…キャンペーン宣伝効果や円安基調等により」, 「中国経済の減速に伴い」, 「円高の影響で」): the name
#: says why, it is neither the subject nor the possessor of the clause's figures (not a bare
#: 「…により」, which may be the agent of a passive)
_CAUSE_AFTER_RE = re.compile(
    r"[^、。,，はが]{0,24}?(?:を背景に|に伴い|に伴って|の影響(?:で|により|を受け)|(?:等|など|効果)により"
    r"|(?:等|など|効果)によって)")
#: a body named as the author of a definition or a classification (「WHOの国際疾病分類」, "the definition used
#: by the International Labour Organization", "the unemployment indicator of the ILO", "the ILO definition"):
#: it says how a figure is counted, not whose it is (fdma's 救急 report, CBS's labour force release)
_DEFINER_AFTER_JA_RE = re.compile(
    r"\s*(?:の|が定める|が定めた|による)\s*(?:国際)?[一-龥ァ-ヶー]{0,6}?(?:定義|分類)")
_DEFINER_AFTER_EN_RE = re.compile(
    r"(?:['’]s)?\s+(?i:definitions?|classifications?|concepts?|methodology|criteria)(?![A-Za-z])")
#: a classification's or a definition's short name in brackets after it: 「国際疾病分類(ICD10)」
_DEFINED_NAME_BEFORE_RE = re.compile(r"(?:定義|分類|(?i:classification|definition))\s*[（(]\s*$")
_DEFINER_BEFORE_EN_RE = re.compile(
    r"(?<![A-Za-z])(?i:definitions?|classifications?|indicator|concepts?|methodology|criteria)"
    r"\s+(?i:used\s+by|set\s+by|adopted\s+by|of|by)\s+(?:the\s+)?$")
_FLOW_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?i:exports?|imports?|shipments?|sales|investments?|visitors|arrivals|tourists|travell?ers"
    r"|remittances|flows?)\s+(?i:to|from|into|in)\s+(?:the\s+)?$")
#: "exports to the United States", "shipments into China": goods sold to a destination are the
#: seller's figure; the destination after "to" is no owner (a Canadian release's exports to the US are
#: Canada's). Visitors to a place stay the place's (they are its arrivals), and flows from a partner
#: stay the partner's row
_DESTINATION_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?i:exports?|shipments?|sales)\s+(?i:to|into)\s+(?:the\s+)?$")
#: a country named as another's partner or a point of comparison ("Imports from China", "exports to
#: Canada", "prices in Japan versus Germany"): not the document's own country
_PARTNER_BEFORE_EN_RE = re.compile(
    r"(?<![A-Za-z])(?i:from|to|into|with|against|versus|vs\.?|than|between|and|over|outside)\s+(?:the\s+)?$")
_LABEL_SEP_RE = re.compile(r"\s*(?:[:\-|]|—|–|－)\s*")
#: a fiscal year written with its number ("FY2024", "FY '25", "fiscal 2024", "fiscal year 2024")
_FY_NUMBER_RE = re.compile(r"(?<![A-Za-z])(?:FY\s?'?\d|(?i:fiscal)\s+(?:(?i:year)\s+)?'?\d)")
#: the entity of a figure whose owner the document has not named yet (see DocumentExtractor._own_pending)
_PENDING = "\x00document-owner"
_LOCAL_SUFFIXES = ("都", "道", "府", "県", "市", "区", "町", "村")
_LOCAL_DOLLARS = {"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD"}
#: a comparison set between a period and the figure its verb says with "by": " compared with Q2 2013, by "
_COMPARED_ASIDE_RE = re.compile(r"\s+(?i:compared\s+(?:with|to))\s+[^,;.%]{2,40},\s*(?i:by)\s+")
#: the latest three months against the three before, said with no month: "three-month on previous
#: three-month", "the latest three months", "3 months on 3 months"
_THREE_MONTHS_ON_RE = re.compile(r"(?<![A-Za-z])(?i:(?:three|3)[\s-]+months?\s+on\s+(?:the\s+)?"
                                 r"(?:previous\s+)?(?:three|3)[\s-]+months?"
                                 r"|(?:the\s+)?latest\s+three\s+months)(?![A-Za-z])")
#: the English superlatives of a size or a pace ("the highest", "the fastest"), shared by the rules below
_SUPERLATIVES_EN = "highest|lowest|largest|smallest|biggest|greatest|strongest|weakest|fastest|slowest"
#: a record said "since" a period ("the largest increase since", "the first time since"), and what may stand
#: between the period and a figure in brackets that is that period's
_SINCE_BEFORE_RE = re.compile(rf"(?<![A-Za-z])(?i:{_SUPERLATIVES_EN}"
                              r"|first|best|worst)(?![A-Za-z])[^.;:()\d]{0,40}(?<![A-Za-z])"
                              r"(?i:since)\s+$")
#: (the bracket holds the figure alone, or after "when": "(2.5%)", "(when they fell 1.1%)"; never "(2.5% this
#: month)" nor "(up 2.5% in June 2014)", which say whose the figure is)
_SINCE_BRACKET_RE = re.compile(r"[^.;:()\d]{0,40}\(\s*(?:(?i:when)\s+[^.;:()\d]{0,30})?")
_SINCE_BRACKET_END_RE = re.compile(r"\s*\)")
#: a sentence that points back to the figure the one before it gave: "This is the highest … since"
_POINTS_BACK_RE = re.compile(r"(?<![A-Za-z])(?i:this|that|it)\s+(?i:is|was|marks|marked)(?![A-Za-z])")
#: "time" after an ordinal: "the first time since …" counts occasions, no place
_TIME_AFTER_RE = re.compile(r"\s+(?i:times?)(?![A-Za-z])")
#: what a release's day follows: "Press release No. 325 of 8 July 2021", "Released: ", "Published on"
_RELEASE_DAY_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:(?:press|news|media)\s+release"
                                    r"(?:\s+no\.?\s*\d+)?(?:\s+of)?"
                                    r"|released(?:\s+on)?:?|published(?:\s+on)?:?)\s*$")
_BARE_DOLLAR_RE = re.compile(r"(?<![A-Za-z])\$")
#: a name after "in", "for" … inside a sentence is a preposition's object, no subject ("remained in place
#: for Toronto, Peel and …")
_PLACE_OBJECT_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:in|at|near|across|throughout|for)\s+(?:the\s+)?$")
_SETTING_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:in|at|near|by|across|throughout|from)\s+(?:the\s+)?$")
_FROM_AMOUNT_RE = re.compile(r"(?<![A-Za-z])(?i:from)\s+(?:(?:US|A|C|NZ)?\$|€|£|¥)?\s?"
                             r"(?!(?:19|20)\d\d(?![\d.,]))\d")  # (a year is no amount: "from 2023")
_BASE_AMOUNT_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:from|compared\s+with|than)\s+(\S*\d[\d.,]*\S*"
                                    r"(?:\s+(?i:billion|million|thousand|percent|per\s+cent))?)"
                                    r"\s+(?i:in|for|during)\s+(?i:the\s+)?$")
#: 「最大の輸出先は米国で」: a country named as the partner of a flow (its destination or origin)
_PARTNER_TOPIC_RE = re.compile(
    r"(?:輸出先|輸入先|仕向け?先|仕向地|訪問先|相手国|輸出相手|輸入相手)(?:は|が|の)\s*$")
#: 「…は米国で、」: the noun of a copula in its continuative form, what the next clauses are about
_COPULA_AFTER_RE = re.compile(r"\s*で[、,]")
_RANK_HOLDER_RE = re.compile(r"\s*(?:(?:は|が|に|：|:)\s*)?")
#: "(±10.7 percent)", 「±0.3%」, "$43.0 billion, plus or minus 2%" (± in words): a margin of error, no figure
_MARGIN_BEFORE_RE = re.compile(r"(?:±|\+/-|\+-|(?<![A-Za-z])(?i:plus\s+or(?:\s+minus)?))\s*$")
#: an amount that is the base of a change: "up 10% from $5.6 billion", "compared with 2.4 percent" (not
#: "than": "more than $5 billion" is a bound, not a base)
_BASE_AMOUNT_RE = re.compile(r"(?<![A-Za-z])(?i:from|compared\s+with)\s+(?:(?:US|A|C|NZ)?\$|€|£|¥)?\s?$")
_ESTIMATE_OF_RE = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+(?i:estimate|figure|level|reading|total|rate|count)\s+of\s+"
    # "compared with the same quarter last year when the surplus amounted to SEK 60 billion": the base
    # period's own figure, in a clause of "when" after it
    r"|,?\s+when\s+(?:[A-Za-z’'-]+\s+){1,6}?(?i:was|were|amounted\s+to|stood\s+at|totall?ed|reached)"
    r"\s+(?:(?i:about|around|approximately|nearly)\s+)?"
    # "lower than the rate in the first quarter 2021 (6.8 percent)", "up 3.9% from 2018 (1,053M)": a bracket
    # that holds a figure alone, right after the base's period, gives that period's own value (an apposition)
    # (a figure alone, perhaps with its unit's word: not "(2.5% this month)", which says whose it is)
    r"|\s*\((?=[-+−]?[^()\s]*\d[^()\s]*(?:\s+[A-Za-z]+)?\))")
_SAID_TODAY_RE = re.compile(r"(?<![A-Za-z])(?i:(?:said|says|reported|announced|released|decided)\s+(?:today"
                            # "Eurostat, said on Thursday": a weekday of the news item's week
                            r"|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
                            r"|today\s+(?:said|reported|announced|released|decided|left|kept|raised|lowered|cut))"
                            r"(?![A-Za-z])")
#: 「（全軽自協）」, "(BLS)": a short name in brackets right after a name (no digits: not a figure or a date)
_ALIAS_AFTER_RE = re.compile(r"\s?[（(]([^\d（）()、,:：;；\s]{2,8})[）)]")
#: "(See table A-1.)", "Table 3", 「表1」, 「図2」: a reference to a part of the document, no name or figure
_DOC_PART_RE = re.compile(r"(?<![A-Za-z])(?i:table|chart|figure|exhibit|appendix|annex)\s+[A-Z]?-?\d+"
                          r"(?:\.\d+)?|[表図]\s?\d+(?:-\d+)?")
#: a release's or document's reference code ("CB-00-60", "Reference Number: 2016-117", "Release No. 24-15",
#: 「府令第3号」 is not one): no name, no figure, no date
_REFERENCE_CODE_RE = re.compile(
    r"(?<![\w-])[A-Z]{1,6}(?:-\d{1,6}){2,}(?![\w-])|(?<![\w-])[A-Z]{1,6}-0\d{0,5}(?![\w.-])"
    r"|(?<![A-Za-z])(?i:reference|release|press\s+release|ref\.?|document|doc\.?|report)\s+"
    r"(?i:no\.?|number|#|code)\s*[:：]?\s*[A-Z]{0,6}-?\d[\d-]*(?![\w.])")
_WIRE_CREDIT_RE = re.compile(r"(?:/[A-Za-z][A-Za-z .\-]{1,30}/"
                             # "June 18, 2024 (GLOBE NEWSWIRE) --", "(BUSINESS WIRE) --", "(RTTNews) -"
                             r"|\((?:[A-Z][A-Z .\-]{1,30}|[A-Za-z ]{0,20}(?i:wire|news)[A-Za-z ]{0,10})\))"
                             r"\s*(?:[-—–]+\s*)?")
_JA_TOPIC = r"([一-龥ァ-ヺーA-Za-z0-9・]{2,20})"
_JA_TOPIC_RE = re.compile(_JA_TOPIC + "は")
#: the same with a qualifier in brackets before its は (「新規求人数（原数値）は」)
_JA_QUALIFIED_TOPIC_RE = re.compile(_JA_TOPIC + r"(?:[（(][^（()）]{1,15}[)）])?は")
_PUBLISHER_AFTER_RE = re.compile(r"(?:が|は)[^、。,]{0,12}?(?:発表|公表|まとめ)"
                                 r"|(?:\s*\([A-Z][A-Za-z]{1,9}\))?\s+(?i:today\s+|also\s+|has\s+|have\s+)?"
                                 r"(?i:said|says|reported|reports|estimated"
                                 r"|estimates|forecast|forecasts|projected|projects)(?:\s+that)?\s")
_BAND_AFTER_RE = re.compile(r"台(?![数車])")
_GAP_AFTER_RE = re.compile(r"\s*(?:(?:の|もの)\s*)?(?:格差|差|開き|ギャップ|(?i:gap|difference|disparity))")
_COREF_RE = re.compile(r"(?<![A-Za-z])(?i:the\s+(department|bureau|ministry|agency|company|firm|board|bank))"
                       r"(?![A-Za-z])"
                       r"(?!\s+of\s)"
                       r"|同(社|省|庁|局|県|都|府|市|町|村|区|国|行)(?![一-龥])")
_NUMBER_WORDS = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                 "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_GROUP_RE = re.compile(r"(?:これら|この|上記|以上)の?\s*(\d{1,2}|[二三四五六七八九十])\s*(?:つ|か|カ|ヶ)?の?"
                       r"(国・地域|国|地域|市場|社|企業)"
                       r"|(?<![A-Za-z])(?i:these|those|the|all)\s+(two|three|four|five|six|seven|eight|\d{1,2})\s+"
                       r"(countries|markets|economies|regions|companies|firms)(?![A-Za-z])")
_LEVEL_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?i:was|were|is|are|totaled|totalled|reached|amounted\s+to|stood\s+at|came\s+in\s+at|of)\s+"
    r"(?i:about\s+|approximately\s+|nearly\s+|roughly\s+|over\s+|more\s+than\s+|a\s+record\s+)?$")
_BOUND_RE = re.compile(r"\s*の\s*(?:約|およそ|計)?\s*")
#: between names joined by と/及び and the figure each of them has: 「広島県及び岡山県がそれぞれ5.1%」
_EACH_BOUND_JA_RE = re.compile(
    r"\s*(?:(?:が|は|で|とも)[、,]?\s*|[、,]\s*)?(?:それぞれ|いずれも|ともに)(?:[、,]?\s*(?:約|およそ)|[、,])?\s*")
#: after a figure each of the names before it has: "French and German tourists (by 14% each)", "Germany and
#: France grew 2% each" ("0.5% each week", "30,000 jobs each month", "2% each of the past three years": a
#: figure per period of time, no names' share)
_EACH_AFTER_EN_RE = re.compile(r"\s*(?:each|apiece)(?![A-Za-z])(?!\s+(?i:of|day|week|month|quarter|year|time"
                               r"|period|session|season|fiscal|calendar)(?![A-Za-z]))")
#: what makes the first of names joined by "and" the close of a clause of its own: a figure or a verb right
#: before "in"/"for" it ("rose 2.0% in Germany and France grew …", "unemployment fell in Germany and
#: France added …")
_CLAUSE_VERB_EN_RE = re.compile(r"(?<![A-Za-z])(?i:rose|fell|grew|gained|lost|added|increased|decreased"
                                r"|declined|dropped|climbed|jumped|slipped|eased|shrank|contracted|expanded)"
                                r"\s+(?i:in|for|at)\s+(?:the\s+)?$"
                                r"|\d\s*(?:%|(?i:percent|per\s+cent|percentage\s+points?))"
                                r"\s+(?i:in|for|at)\s+(?:the\s+)?$")
#: a gap between the last name and the figure with no verb of its own ("… and France by 2% each")
_EACH_BARE_GAP_EN_RE = re.compile(r"\s*(?:\(\s*)?(?:(?:by|of|at|were|was)\s*)?")
#: between the last of the names so joined and that figure: a plural head noun, a verb, "(by"
_EACH_GAP_EN_RE = re.compile(r"(?:\s+[a-z][a-z-]*){0,4}\s*(?:\(\s*)?(?:(?:by|of|at|were|was)\s*)?")
#: what follows a figure that is the object of a comparison (「平成27年度上期の3603万人を上回って」,
#: 「7-9月期の2.3%増を上回り」): the base's period dates that figure alone, never the text after it
#: (matched from the figure's start: the quantity finder may take 「1150万人を上回り」 as one figure)
_COMPARED_OBJECT_RE = re.compile(r"[^、。，,を]{1,16}?[）)]?\s*(?:増|減|の[^、。，,\d]{1,6})?を[^。、]{0,20}?"
                                 r"(?:上回|下回|超え|超過|更新)")
#: a record a period dates before 以来 (「H27.5 97.2以来」, 「H27.5 ▲2.1%以来」, 「平成27年5月の97.2以来」)
_RECORD_AFTER_RE = re.compile(r"\s*(?:の\s*)?(?:[▲△+\-−]\s*)?[\d.,]+\s*(?:[%％]\s*)?以来")
#: a circled rank before a record's period (「①H23.3 ▲16.5%」, 「②H21.1」; blanked to # as an enumerator)
#: (not 「② 平成26年3月の…」, a numbered point that opens with its period)
_RANK_MARK_BEFORE_RE = re.compile(r"[①-⑳#]$")
#: 「2018年12月に発売した「スマブラ」は…1381万本に達した」: a period before に and a verb of a
#: happening in the attributive past (発売した + a noun) dates that relative clause, not the figures
#: said after the noun it modifies
_RELATIVE_CLAUSE_RE = re.compile(
    r"\s*(?:に|から)[^、。,]{0,16}?(?:発売|発表|公表|掲げ|策定|決定|設立|開業|開始|導入|打ち出|表明|合意|締結|買収"
    r"|上場|創業|就任|開設|稼働|公開|投入)(?:し|され|さ)?(?:た|てい?た)(?![、。,.がけのりら\s]|ため)")
#: 「平成23年1月に速報として公表したが」: the period of a publication (any form of its verb)
_PUBLISHED_AFTER_RE = re.compile(r"\s*に[^、。,，]{0,12}?(?:公表|発表|公開|掲載)(?:し|され|さ|する)")
#: (not a bracket with a figure before its period: "in May 2011 (9.0 percent in April)" compares a figure)
_ELABORATION_RE = re.compile(r"\s*[（(](?![^)）]*(?:\d\s*(?:%|％|(?i:percent|per\s+cent|million|billion"
                             r"|thousand))|[$€£¥]\s*\d))[^)）]*")
#: what stands between a figure and one in a bracket right after it, naming no other figure:
#: 「(前年産対比」, 「(同」
_BRACKET_AFTER_FIGURE_RE = re.compile(r"\s?[(（]\s?[^()（）、,，。\d]{0,12}")
#: a clause's topic that is a measure, no name (「収穫量(子実用)は」, 「負傷者数は」, 「発生件数も」),
#: before its figure
_MEASURE_TOPIC_RE = re.compile(
    r"\s*(?:(?:また|さらに|なお|他方)[,、]?\s*|[,、]\s*)?[一-龥ァ-ヶー]{0,12}(?:量|額|数|率|高|費|値)"
    r"(?:\s?[(（][^()（）]{1,15}[)）])?\s?(?:は|も)\s?(?:約|およそ)?\s?")
#: 「前年同期比」, 「前年同期に比べ」 anywhere in a sentence: its figures are of a span (期), not of a day
#: (not 「前年同期末」, a balance at a day)
_SAME_SPAN_JA_RE = re.compile(r"前年同期(?!末)")
_CHANGE_BEFORE_RE = re.compile(
    r"(?:" + RELATIVE_PERIOD_JA + r"|\d{2,4}年(?:度)?)(?:比|に比べ(?:て)?|と比べ(?:て)?)\s*(?:で)?\s*$"
    r"|(?<![A-Za-z])(?i:up|down|increased|decreased|rose|fell|grew|declined"
    # (a headline's present tense: "Wages rise 0.5%", "Exports fall 3%")
    r"|rises?|falls?|grows?|climbs?|drops?|jumps?|slips?|increases|decreases|declines"
    r"|an?\s+(?:increase|decrease|rise|fall)\s+of)\s+(?i:by\s+)?(?i:about\s+|approximately\s+|nearly\s+)?$")
#: inside a bracket that opens with its base (「（前年比△15,000人、△0.86%」): every figure in it is a change
_BRACKET_BASE_RE = re.compile(
    r"[（(]\s*(?P<word>(?:" + RELATIVE_PERIOD_JA + r"|\d{2,4}年(?:度)?)比)[^（()）]*[、,]\s*$")
_CHANGE_AFTER_RE = re.compile(r"\s*(?:増|減|上昇|下落|増加|減少|低下|下降|縮小)"
                              r"|\s+(?i:year-over-year|from\s+a\s+year\s+(?:ago|earlier)|from\s+the\s+previous)")
#: circled and parenthesised numbers (①, ⑳, ⑴, ❶): list markers, never figures; NFKC makes ① a plain 1
#: (「②一致指数の基調判断」 read as two of something, 「①4 月のCI」 as month 14)
_ENUMERATOR_RE = re.compile("[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]")


def _blank_enumerator(m: re.Match[str]) -> str:
    """A list marker as as many ``#`` as its normalized form has characters (offsets are kept)."""
    return "#" * len(normalize(m.group(0)))


_GENERIC_NAME_RE = re.compile(
    r"^(?:割合|増減率|倍率|件数|金額|値|順位|share|change|ratio|count|amount|value|rank) \(")
#: a change's name: a base word (前年比, 前月比, 前年同月比, 平成29年比) or 増減率; not a ratio's 比率,
#: 比重 or 構成比
_CHANGE_NAME_RE = re.compile(r"(?:前|同|年|月|期|度|日|週)比(?![率重])|増減率|\(change\)|\(.*比\)|^change \(")
_OF_WHICH_RE = re.compile(r"^\s*(?:この|その)?うち[、,]|^\s*(?i:of\s+(?:this|which|that|these))[\s,]")
_EXPECTED_RE = re.compile(r"見込|予想|見通し|想定"
                          r"|(?<![A-Za-z])(?i:expected|expects|estimated|projected|forecast)"
                          r"(?![A-Za-z])")
#: what opens the base of a comparison ("from $35.1 million", "compared with a loss of $1.4 million")
#: "ranged from 1.2 per cent for the Mining industry to 2.7 per cent for …": the ends of a spread, no base
_NOT_SPREAD = r"(?<!ranged\s)(?<!ranges\s)(?<!range\s)(?<!ranging\s)(?<!varied\s)"
_BASE_LEAD_RE = re.compile(r"(?<![A-Za-z])(?i:" + _NOT_SPREAD +
                           r"from(?:\s+the)?|compared\s+(?:with|to)(?:\s+the)?|versus|vs\.?"
                           # "a 35.9% increase from net sales of $14,100,000": the base named
                           # (not an earlier estimate of the same period: "revised up from the first
                           # estimate increase of 0.1%")
                           r"|(?<!revised\s)(?<!revised\sup\s)(?<!revised\sdown\s)"
                           r"(?:from|compared\s+(?:with|to))\s+(?:the\s+)?"
                           r"(?:(?!estimate|reading|figure|forecast|projection)[a-z][a-z-]*\s+){1,3}of"
                           # "a 58.1% increase over the $14.8 million for the same period a year ago"
                           r"|over\s+the)\s+"
                           r"(?i:an?\s+(?:net\s+)?(?:loss|profit|gain|deficit|surplus)\s+of\s+)?"
                           r"(?i:about\s+|approximately\s+)?(?:(?:US|A|C|NZ)?\$|€|£|¥)?\s?$")
#: "$9.7 million, or 37 cents per share": the same amount said again
_OR_AGAIN_RE = re.compile(r",?\s+(?i:or)\s+(?:(?:US|A|C|NZ)?\$|€|£|¥)?\s?$")
#: a clause said of the year before the figure's period
_YEAR_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+year\s+before"
                             r"|(?:the\s+)?(?:prior|previous|preceding)[\s-]+year(?:\s+(?:period|quarter))?"
                             r"|(?:the\s+)?year[\s-]+(?:ago|earlier)\s+(?:period|quarter))(?![A-Za-z])")
#: a sentence that opens with the year before: "A year earlier, …", "In the prior year, …"
_YEAR_BEFORE_OPENING_RE = re.compile(r"\s*(?i:(?:a|one)\s+year\s+(?:earlier|ago|before)"
                                     r"|in\s+the\s+(?:prior|previous|preceding)[\s-]+year(?:\s+(?:period|quarter))?)"
                                     r"\s*,")
#: what makes such a phrase the base of a comparison: "up 5% from a year earlier", "compared with"
_BASE_WORD_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:from|than|over|since|on|compared\s+(?:with|to)"
                                  r"|versus|vs\.?|against|relative\s+to)\s+(?:the\s+)?(?:\S+\s+){0,6}$")
#: the sentence compares with a year before
_YEAR_AGO_RE = re.compile(r"(?<![A-Za-z])(?i:year[\s-]+over[\s-]+year|y/y|yoy"
                          r"|(?:a|one)\s+year\s+(?:earlier|ago|before)"
                          r"|(?:the\s+)?(?:prior|previous|preceding)[\s-]+year|year[\s-]+(?:ago|earlier)"
                          r"|the\s+year\s+before|last\s+year)(?![A-Za-z])")
#: what a report of figures reports: results, statistics (its amounts are the figures it states)
_RESULTS_RE = re.compile(r"決算|業績|統計|調査結果|速報|確報"
                         r"|(?<![A-Za-z])(?i:results|statistics|figures|data|estimates)(?![A-Za-z])")
#: who forecasts: the writer or a forecaster ("we expect", "is expected to", 「…と予想される」, 見通し)
_EXPECT_SUBJECT_RE = re.compile(r"(?<![A-Za-z])(?i:we\s+(?:now\s+)?(?:expect|forecast|project|estimate)"
                                r"|(?:is|are|was|were)\s+(?:now\s+)?(?:expected|forecast|projected)\s+to)"
                                r"(?![A-Za-z])|と(?:予想|予測|見込)|見通し")
#: a forecast said by the market, not the publisher: analysts' consensus, 市場予想
_MARKET_FORECAST_RE = re.compile(r"市場(?:の)?(?:予想|予測|見通し)|アナリスト|事前予想|予想平均"
                                 r"|(?<![A-Za-z])(?i:analysts?|consensus|polled)(?![A-Za-z])")
#: a projection (予想, 見通し, "expects"), unless it is what an actual is compared with (予想を上回る,
#: "beat estimates")
_FORECAST_RE = re.compile(r"予想|見通し|見込|(?<![A-Za-z])(?i:expects?|expected|forecasts?|projects|projected"
                          r"|projections?|outlook|guidance)(?![A-Za-z])")
_EXPECTED_BY_OTHERS_RE = re.compile(r"(?<![A-Za-z])(?i:had|than|as)\s+$")
_FORECAST_BEATEN_RE = re.compile(r"\s*(?:を|に対し|比)[^。]{0,10}?(?:上回|下回|超え|届か)"
                                 r"|(?<![A-Za-z])(?i:beat|beats|topped|missed|exceeded|above|below)\s+$")


_QUOTE_END_RE = re.compile(r"[\w\s.]{0,8}[」』”]")


def _pair_respectively(text: str, quantities: list[QuantityMatch], periods: list[PeriodMatch],
                       out: list[PeriodMatch | None]) -> None:
    """"the October and November 12-month changes of 1.0 percent and 1.2 percent, respectively": a
    list of periods and a list of as many figures after it, closed by "respectively", pair in order."""
    # (the list of figures that ends before "respectively": joined by commas and and/or)
    listed = respectively_listed(text, quantities)
    resp = _RESPECTIVELY_RE.search(text)
    if not listed or resp is None:
        return
    first = quantities[listed[0]]
    shared = next((p for p in periods if _SHARED_PERIOD_RE.fullmatch(text, resp.end(), p.start)), None)
    if shared is not None:
        # "after +1.6% and +1.8% respectively in the third quarter": the period said after the list is
        # every listed figure's
        for i in listed:
            out[i] = shared
        return
    before = [p for p in periods if p.end <= first.start]
    named = before[-len(listed):] if len(before) >= len(listed) else []
    if len(named) == len(listed) and all(
            _LIST_GLUE_RE.fullmatch(text, a.end, b.start) for a, b in pairwise(named)):
        for i, p in zip(listed, named, strict=True):
            out[i] = p


#: between "respectively" and the period the listed figures share: " in the ", " for "
_SHARED_PERIOD_RE = re.compile(r"\s+(?i:in|for|during)\s+(?:(?i:the)\s+)?")


def respectively_listed(text: str, quantities: list[QuantityMatch]) -> list[int]:
    """The figures of a list closed by "respectively" (their indices), or none."""
    resp = _RESPECTIVELY_RE.search(text)
    if resp is None:
        return []
    before_resp = [i for i, q in enumerate(quantities) if q.end <= resp.start()]
    listed = before_resp[-1:]
    for i in reversed(before_resp[:-1]):
        if not _LIST_GLUE_RE.fullmatch(text, quantities[i].end, quantities[listed[0]].start):
            break
        listed.insert(0, i)
    return listed if len(listed) >= 2 else []


def _regional_body(ent: NewEntity | None) -> bool:
    """Whether an entity is a national body's regional office (金沢国税局, 関東財務局) or a prefecture's
    labour bureau (石川労働局): see :func:`owners.regional_office`, :func:`owners.prefecture_bureau`."""
    name = (ent.name_ja or "") if ent is not None else ""
    return bool(name) and (prefecture_bureau(name) is not None or regional_office(name))


def _quoted(text: str, m: Mention) -> bool:
    """A name in quotes (「プレイステーション3」, a product's or a work's title): what a sentence speaks
    of, not what the sentences after it are about."""
    return m.start > 0 and text[m.start - 1] in "「『“" and bool(_QUOTE_END_RE.match(text, m.end))


def _compared_between(text: str, start: int, end: int) -> bool:
    """Whether a comparison starts between ``start`` and ``end`` of ``text``, outside brackets closed
    there: "energy … in January (2.1%, compared with 2.9% in December), followed by food (1.9%" does
    not part 1.9% from January."""
    return bool(_COMPARE_RE.search(_CLOSED_BRACKETS_RE.sub(lambda m: " " * len(m.group(0)), text[start:end])))


def _base_amount(text: str, q: QuantityMatch, quantities: list[QuantityMatch],
                 lead: re.Pattern[str] = _BASE_LEAD_RE) -> bool:
    """Whether ``q`` is the base of a comparison ("from $35.1 million", "compared with a loss of $1.4
    million, or 5 cents per share": the amount said again per share too); with
    ``_BASE_FIGURE_BEFORE_RE`` as ``lead``, the other side of any comparison ("after an increase of
    1.6%", "This compares with $86.4 million, or $1.88 per share")."""
    if lead.search(text, max(0, q.start - 40), q.start):
        return True
    if _OR_AGAIN_RE.search(text, max(0, q.start - 12), q.start):
        before = [x for x in quantities if x.end <= q.start]
        return bool(before) and _base_amount(text, before[-1], quantities, lead)
    return False


def _said_a_year_before(text: str, q: QuantityMatch) -> bool:
    """Whether the clause of ``q`` says it is of the year before ("a year earlier it was a loss of 5
    cents"), not as the base of a comparison ("up 5% from a year earlier")."""
    opening = _YEAR_BEFORE_OPENING_RE.match(text)
    if opening is not None and q.start >= opening.end():
        return True  # "A year earlier, net income was $3.1 million."
    start, end = _clause_start(text, q.start), _clause_end(text, q.end)
    for m in _YEAR_BEFORE_RE.finditer(text, start, end):
        if not _BASE_WORD_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
            return True
    return False


def _year_of(period: Period | None, fiscal_start: int | None) -> Period | None:
    """The year a quarter, half or month of the context is part of, for "full year" said without a
    year: the context itself when it is a year, the calendar year when the company's fiscal year is
    the calendar's (or not known to be another); None for another company year."""
    if period is None:
        return None
    if period.precision in ("year", "fiscal_year"):
        return period
    if fiscal_start in (None, 1) and not period.text.startswith("FY"):
        return period_of_year(period.end.year)
    if is_own_part(period):
        return period_of_fiscal_year(int(period.text[2:6]))  # (FY2014-Q4: the company's FY2014)
    return None


#: Sentences an undated document is read ahead for a month it states with its year (text_anchor).
_ANCHOR_SENTENCES = 80


#: a page's own date said with its label, 「最終更新日:2007.10.1」, 「掲載日：」, "Last updated:": when the
#: page was posted or updated, no month its text reports on (see text_anchor)
_PAGE_DATE_LABEL_RE = re.compile(r"(?:最終)?(?:更新|掲載|公開)日\s*[:：]?\s*$"
                                 r"|(?i:last\s+updated|updated)\s*:?\s*$")


#: an issue (号) or an edition (版, 速報版, 確報版, 改訂版) right after a period: 「2019年2月号」,
#: 「平成23年速報版」
_ISSUE_AFTER_RE = re.compile(r"\s?(?:号|(?:速報|確報|改訂|最新)?版)")


def text_anchor(head: list[Sentence]) -> Period | None:
    """The month an undated document reports on, when its text says it: the latest month stated with
    its year in its first sentences ("On a monthly basis, the CPI rose 0.5 per cent in January 2023"),
    never a base ("the largest gain since September 2010", "compared with April 2013") nor a month
    of a projection. Its months said without a year ("rose 5.9 per cent year-over-year in January,
    following a 6.3 per cent increase in December") are then the latest such months on or before it
    (January 2023, December 2022). None when a date line gives the document's date, or the text
    states no month with its year (a year alone, "over 2024 as a whole", is no month: "in September"
    stays without a year, and is left out)."""
    months: list[Period] = []
    for s in head:
        text = normalize(s.text)
        if s.index < DATE_LINE_SENTENCES and date_line(text, s.index) is not None:
            return None
        if _forecast(text) or _PLAN_WORD_RE.search(text) or _PLAN_WORD_JA_RE.search(text):
            continue  # (a month of what is to come is no month the text reports on)
        months += [p.period for p in find_periods(text)
                   if p.period.precision in ("month", "day") and not is_base(text, p)
                   and not _PAGE_DATE_LABEL_RE.search(text, max(0, p.start - 12), p.start)]
    if not months:
        return None
    last = max(p.end for p in months)
    return period_of_month(last.year, last.month)


def _rounds_to(value: float, short: float) -> bool:
    """Whether ``short`` is ``value`` rounded to the digits ``short`` is written with (39.7 -> 40)."""
    text = repr(short)
    digits = len(text.split(".")[1]) if "." in text and not text.endswith(".0") else 0
    return abs(short) >= 1 and round(value, digits) == short


def _needs_a_year(text: str) -> bool:
    """Whether a sentence says a period that only a year would fix ("in September", "last year",
    "the fourth quarter"): with no document date and no year around it, its figures are left out."""
    return len(find_periods(text, default_year=2000)) > len(find_periods(text))


def _forecast(text: str) -> bool:
    """Whether a sentence gives a projection (see ``_FORECAST_RE``)."""
    for m in _FORECAST_RE.finditer(text):
        if not (_FORECAST_BEATEN_RE.match(text, m.end())
                or _FORECAST_BEATEN_RE.search(text, max(0, m.start() - 12), m.start())
                # "analysts had expected $8.54 billion", "than expected": what the market guessed, or
                # what an actual is set against, is no projection of the sentence's own
                or _EXPECTED_BY_OTHERS_RE.search(text, max(0, m.start() - 10), m.start())
                or _MARKET_FORECAST_RE.search(text, _clause_start(text, m.start()),
                                              _clause_end(text, m.end()))):
            return True
    return False


#: a period said relative to the text's own that stands as a figure's topic or possessor
#: (「前年同月の3兆5064億円」, 「前年同期は75億円」): the figure is that earlier period's, the base's
_RELATIVE_BASE_RE = re.compile(r"((?:" + RELATIVE_PERIOD_JA + r"|前連結会計年度|前事業年度|前回)末?)"
                               # (「前年度(2.72回)に比べ減少」: the earlier period's figure in brackets)
                               r"(?:の|は|が|では|も|\s?[(（](?=\s?[△▲+\-−]?\s?[0-9０-９]))")
#: a period's figure in brackets right after it (「平成28年分(2,169万人)」, 「前年産(4,000t)」)
_BRACKETED_AFTER_PERIOD_RE = re.compile(r"(?:分|産|度)?\s?[(（]\s?")
#: between such a period and its figure: no word that makes it the object of a comparison instead
#: (「前年の水準を3.5%上回った」, 「前年同期に比べ」)
_NOT_GOVERNED_RE = re.compile(r"[をにと比、。,]|から|より|[0-9０-９]")
#: a bound after a Japanese figure: 以上 (or more), 超 and 超え (over) with no を (「90万人超え」); not
#: 余り or 強, which round a measured value down
_BOUND_AFTER_JA_RE = re.compile(r"(?:以上|(?<!を)超え?)\s*$")
#: a round mark crossed (「70万人を下回った」, 「100万人を突破」, 「90万人を超えた」): a threshold, not a
#: measurement
_THRESHOLD_AFTER_RE = re.compile(r"(?:の大台)?を(?:超え|超す|超し|突破|下回|上回|割り込|割れ|割っ)")
#: "fell below 400 thousand", "rose above", "topped 1 million": a round mark crossed (English)
_THRESHOLD_BEFORE_EN_RE = re.compile(
    r"(?<![A-Za-z])(?i:(?:fell|dropped|slipped|sank|declined|rose|climbed|went|moved)\s+(?:back\s+)?"
    r"(?:below|under|above|past|beyond)|topped|surpassed|crossed"
    # "wage growth remained above 5% for a fourth consecutive month": a level kept on one side of a mark
    r"|(?:remained|remains|stayed|stays|held|holds|kept)\s+(?:well\s+)?(?:below|under|above|over))"
    r"\s+(?:the\s+)?(?:mark\s+of\s+)?[$€£]?\s*$")
#: "from the previous month's revised figure of 424,000", "the prior quarter's level of": the figure of the
#: period before (its kind in group 1)
_PREVIOUS_FIGURE_RE = re.compile(r"(?<![A-Za-z])(?i:previous|prior|preceding)\s+"
                                 r"(?i:(month|quarter|week|year))['’]s\s+(?:[A-Za-z-]+\s+){0,3}(?:of\s+|at\s+|was\s+)?(?:[$€£]\s*)?$")
#: "15 thousand per month", "10 thousand a month": a figure said per month
_PER_MONTH_AVERAGE_RE = re.compile(r"\s*(?i:per|a)\s+month(?![A-Za-z])")
_AVERAGE_RE = re.compile(r"(?<![A-Za-z])(?i:average|averaged|on\s+average)(?![A-Za-z])")
#: a clause that compares a flow with the same span before (前年同月比, 前年同期比, "year over year"): its
#: figure is a change over a month or a quarter, never a day's (a stock compared with a year before,
#: 「総人口は…前年に比べ21万5千人減少」, is as of its day, and is not meant)
_CHANGE_CLAUSE_RE = re.compile(r"前年同月|前年同期|同期比|前期比|前四半期"
                               r"|(?<![A-Za-z])(?i:year[\s-]+over[\s-]+year"
                               r"|quarter[\s-]+(?:over|on)[\s-]+quarter|(?:previous|prior|year-ago)\s+quarter)")
#: the end of a Japanese clause that continues to the next (連用: 「2.7%上昇、」, 「増え、」), not one that
#: ends a predicate of its own (「増えたが、」, 「増で、」)
_CONTINUATIVE_END_RE = re.compile(r"(?:[\u4e00-\u9fff]|[しりえき])$")
#: a change on the month before (前月比, 前年同月比, "from the previous month"): its figure is a month's
_MONTHLY_CHANGE_RE = re.compile(r"前月(?:比|差|から|に比|と比)|前年同月"
                                r"|(?<![A-Za-z])(?i:(?:previous|prior|preceding)"
                                r"\s+month|month[\s-]+(?:over|on)[\s-]+month|over\s+the\s+month)(?![A-Za-z])")
#: a total since a start: 「2015年からの累計」, "cumulative since 2012"
_CUMULATIVE_SINCE_RE = re.compile(r"(?:から|以降|以来)(?:の)?(?:累計|累積|合計)"
                            r"|(?<![A-Za-z])(?i:cumulative(?:ly)?\s+since|in\s+total\s+since|since)\s+\S*\d{4}")
#: a thing begun, as _DONE_RE a thing done: "started operation in April 2026", "began production"
_BEGAN_RE = re.compile(r"(?<![A-Za-z])(?i:started|began|begun|commenced|introduced|unveiled|established"
                       r"|opened|entered|became|took\s+effect|came\s+into)(?![A-Za-z])")
_DONE_RE = re.compile(
    r"(?<![A-Za-z])(?i:signed|announced|awarded|approved|launched|released|opened|completed|agreed"
    r"|acquired|invested|granted|selected|finalized|finalised)(?![A-Za-z])"
    r"|(?:を|に)(?:決定|発表|公表|承認|締結|開始|採択|選定)(?:した|しました|された|されました)")
#: A verb of a deed in the past tense, read by its form rather than listed (review R19: "raised $10 million",
#: "won a contract", "secured", "closed a round" in a month are happenings as "signed" is): a regular past
#: ("raised", "secured") or one of the irregular pasts of English (a closed class) that name a deed, said as
#: the clause's verb: no article, determiner, preposition or form of "be" before it ("the adjusted data", "was
#: supported by", "of employed persons") and no "by" after it ("data released by"), not a participle made an
#: adjective ("un…ed", "seasonally adjusted"). The gate it opens was written for a figure's month ("declined
#: by 6.3 per cent in August"): a verb of a figure's change or level ("rose", "increased", "totalled",
#: "stood", "recorded", "compared") does not count.
_PAST_VERB_RE = re.compile(
    r"(?<![A-Za-z'-])(?:(?!un)[a-z]{2,}[^e\W\d_]ed|won|bought|sold|took|made|built|paid|struck|got|brought|sent"
    r"|lent|chose|gave|wrote|drew|led|held|broke|sought|told|spent|won)(?![A-Za-z'-])")
_NO_DEED_BEFORE_RE = re.compile(
    r"(?i:\b(?:the|a|an|this|that|these|those|its|their|his|her|our|of|for|in|to|with|on|at|from|by|as|and|or"
    r"|is|are|was|were|be|been|being|not|[a-z]+ly))\s+$")
_FIGURE_VERBS = frozenset(str.split("""
    increased decreased declined dropped climbed jumped slipped eased expanded contracted totaled totalled
    amounted averaged recorded registered posted reached peaked improved weakened strengthened accelerated
    slowed edged surged soared plunged tumbled rebounded recovered moderated widened narrowed remained stayed
    continued compared adjusted revised based estimated expected projected reported reflected followed
    contributed accounted represented exceeded doubled tripled halved fluctuated ranged hundred rose fell grew
    shrank sank stood
"""))

_BY_AFTER_RE = re.compile(r"\s+by(?![A-Za-z])")


def _deed_done(text: str) -> bool:
    """Does ``text`` say, in English, that something was done (a verb of a deed in the past tense, see
    _PAST_VERB_RE)?"""
    if _DONE_RE.search(text):
        return True
    for m in _PAST_VERB_RE.finditer(text):
        before = text[max(0, m.start() - 20):m.start()]
        if m.group() in _FIGURE_VERBS or _NO_DEED_BEFORE_RE.search(before) \
                or _BY_AFTER_RE.match(text, m.end()):
            continue
        return True
    return False


_REPORTING_AFTER_RE = re.compile(
    r"(?:\s*\([^()]{1,30}\))?"  # "Infosys (NYSE: INFY) today announced"
    r"\s+(?i:today\s+)?(?i:announced|announces|reported|reports|said|says|posted|unveiled|launched|will|plans"
    r"|expects)(?![A-Za-z])")
#: the head of a ranking said first: "Auckland had the highest …", "Otago recorded the largest …"
_RANKING_HEAD_AFTER_RE = re.compile(
    rf"\s+(?:had|has|recorded|records|posted|saw|registered)\s+(?:the\s+)?(?:{_SUPERLATIVES_EN})(?![A-Za-z])")
#: a name the clause after it calls a place: "Taranaki retained its position as the region with …"
_CALLED_A_PLACE_RE = re.compile(
    r"[^,.;:]{0,40}?\s(?i:as|is|was)\s+(?i:the|a)\s+(?:[a-z]+\s+)?(?i:region|province|state|city|district"
    r"|county|territory)(?![A-Za-z])")
#: a document whose title says it breaks its figures down by region: "Regional Gross Domestic Product"
_REGIONAL_TITLE_RE = re.compile(r"(?<![A-Za-z])(?i:regional|by\s+(?:region|state|province))(?![A-Za-z])")
#: a rolling year named by its last month: "the year ended March 2024", "the year ending March 2014", "the
#: March 2017 year"
_YEAR_ENDED_MONTH_RE = re.compile(r"(?<![A-Za-z])(?<!fiscal\s)(?<!financial\s)(?i:year\s+(?:ended|ending))\s"
                                  r"|\d{4}\s+(?i:year)(?![A-Za-z])")
#: a ranking that goes on with a name: "…, followed by Wellington"
_FOLLOWED_BY_NAME_RE = re.compile(r"(?<![A-Za-z])followed\s+by\s+(?:the\s+)?[A-Z]")
#: 「本県」「当市」「本町」, 「県内」「市内」 (not 沖縄県内, which names its prefecture): the page's own place
_HOME_PLACE_RE = re.compile(r"(?:[本当](?P<suffix>[県市町村区都府道])(?![民庁議長政立営税場])"
                            r"|(?<![一-龥々])(?P<within>[県市町村])内(?![閣容部訳外])(?=[のにでは、,]|[一-龥]))")
#: 「全国の人口」「全国では」「全国は」: the whole country (not 全国47都道府県, 全国企業倒産)
#: 国民 said bare (「国民一人当たり」, 「国民による」, 「国民の海外旅行消費額」; not 米国民, 県民, 全国民):
#: the nation's people, in a Japanese text the writer's nation
_NATIONALS = r"(?<![一-龥々ァ-ヶー])国民(?=の|一人|1人|による|は|が|では)"
_WHOLE_COUNTRY_RE = re.compile(r"(?<![一-龥々])全国(?=の|では|は|で|が)|" + _NATIONALS)
#: the nation as a Japanese text speaks of it as its own: 我が国 (our country), and 全国で where it
#: states the scope of what is counted, 「全国で1日平均1万5,897件」 (nationwide); not 「全国の人口は」
#: (the nation's figure a local page compares its own with) nor a rank or a first in the country
#: (「全国で3番目」, 「全国で初めて」, 「全国1位」), nor the country set beside the page's own as a
#: topic or a view (「全国では」, 「全国でも」, 「全国で見ると」, 「全国で比べると」: what the nation's
#: figure is, said of the nation alone). Not (session 27, by the rows they drafted on the development
#: sets) 国民 said bare (no development row) nor 「全国・総世帯」 (a tabulation's area: 5 of 9 rows
#: right, one document): their documents' unowned figures wait for --owner
_NATION_SAID_RE = re.compile(r"(?:我が|わが)国(?=の|では|は|で|が|に|へ)"
                             r"|(?<![一-龥々])全国で(?![はも]|\s?(?:\d+\s?(?:位|番)|初|最|唯一|有数"
                             r"|見|み|比|比べ|比較))")
#: 「( )内は対前月比」, 「（　）は前年同月比」: a legend saying what the bracketed figures of a list hold
_BRACKET_LEGEND_RE = re.compile(
    r"[(（]\s*[)）]\s*内?\s*(?:は|:|：)\s*対?(?P<base>前年同月|前月|前年|前期)(?:比|差|増減)")
#: the label of a line that is a label and its figure (「人口:56,815人(-54)」, 「転入：184」)
_ENTRY_LABEL_RE = re.compile(
    r"\s*([\u3005-\u30ff\u3400-\u9fff][\u3005-\u30ff\u3400-\u9fff・]{0,15})\s*[:：]\s*")

#: a noun with its change alone in brackets after it (「保健医療(実質6.2%減)」, 「教養娯楽(同3.8%減)」,
#: 「輸出(前年比5.1%増)」): the noun is what changed (the figure is up to where the bracket ends)
_BRACKETED_CHANGE_OF_RE = re.compile(
    r"(?:^|[、,。(（\s])(?P<name>[\u3005-\u30ff\u3400-\u9fff][\u3005-\u30ff\u3400-\u9fff・]{1,15})[(（]\s?"
    r"(?:実質|名目|同|前年比|前年同月比|前年同期比|前月比|前年度比)?\s?$")
_BRACKETED_CHANGE_END_RE = re.compile(
    r"\s?(?:増|減|増加|減少|上昇|低下|の増加|の減少|の上昇|の低下)?\s?[)）]")

#: 「うち女性は」, 「(うち県外からの転入」, 「このうち外国人は」 just before a figure: a part of the figure
#: before it
_PART_OF_RE = re.compile(r"(?:この|その)?うち[、,]?\s*(?P<label>[\u3005-\u30ff\u3400-\u9fff・]{1,20}?)\s*"
                         r"(?:は|が|では)?\s*[、,:：]?\s*(?:約|およそ)?\s*$")

#: An association whose name says it is nationwide (日本…協会, 全国…連合会) counts for its country.
_NATIONWIDE = ("日本", "全国", "全日本")
#: A paragraph that breaks a total down by its parts: 「地区別では、」, 「産業別にみると、」, "By region,"
_BREAKDOWN_RE = re.compile(r"(?![特個区差格送選識判分告死離]別)[^、。,\s]{1,12}別"
                           r"(?:では|に(?:見|み)ると|で(?:は|みると)|の)"
                           r"|(?i:by)\s+[a-z]+(?:\s+[a-z]+)?,")
#: "(NYSE: INFY)", "(Nasdaq: AAPL)", "(TSE: 7974)": a listing, whose exchange and ticker are no actors
_TICKER_RE = re.compile(r"\(\s*[A-Z][A-Za-z]{1,9}\s*:\s*[A-Z0-9.]{1,8}\s*\)")
#: "rose by 2.3% per year after an increase of 1.6% in September", "increased by 0.4%, after remaining
#: unchanged in September": a period said after "after" dates what came before, not the figure
#: ("after seasonal adjustment", "after tax" are no such clause)
_AFTER_CLAUSE_RE = re.compile(r"(?<![A-Za-z])(?i:after|following)(?![A-Za-z])"
                              r"(?!\s+(?i:seasonal|tax|taxes|adjust|adjustment|adjustments)(?![A-Za-z]))")
#: "a 58.1% increase over the $14.8 million for the same period a year ago", "increased 1.7% from the
#: $128.3 million reported for the second quarter": a period after a base figure is the base's alone
_BASE_FIGURE_BEFORE_RE = re.compile(r"(?<![A-Za-z])" + _NOT_SPREAD +
                                    r"(?i:from|over|than|versus|against|after|following"
                           r"|compare[sd]?\s+(?:with|to))\s+"
                           # (not "over the year to 1,983,000": "to" leads to the level reached, no base)
                           r"(?:(?i:the|a|an|its|their)\s+)?(?:(?!to\s)[a-z-]+\s+){0,2}(?:of\s+)?"
                           r"(?:(?:US|A|C|NZ)?\$|€|£|¥)?\s?$")
#: "Washington, DC, April 28, 2016—Real gross domestic product …": a word after a dash or a colon
#: opens a clause, capitalised for its place as at a sentence's start
_BASE_SENTENCE_RE = re.compile(
    r"\s*(?i:this|that|it)"
    # "This decrease, down following four consecutive monthly increases, followed a 2.2 percent June increase"
    r"(?:\s+(?i:decrease|increase|decline|rise|gain|fall|drop|change|figure|rate))?(?:\s?,[^,]{1,80},)?"
    r"\s+(?i:follows|followed|compares|compared)(?![A-Za-z])")
#: where a clause or a quotation opens: after a dash or a colon, or an opening quote mark ('said: "Annual
#: wages growth increased …': the quotation's first word is a sentence's first word)
_CLAUSE_OPENING_RE = re.compile(r"(?:[—–:]|(?:^|[\s:,(])[\"“‘])\s*$")
_CLOSED_BRACKETS_RE = re.compile(r"\([^()]*\)")
#: "Diodes Inc. revealed earnings for third quarter that decreased …": a lead that names the period
#: of the results it reports, with or without the day it does
_RESULTS_FOR_RE = re.compile(r"(?<![A-Za-z])(?i:results|earnings|profits?|loss|revenues?|sales)\s+(?i:for)\s+"
                             r"(?i:(?:the|its|their)\s+)?(?i:(?:fiscal|full|calendar)[\s-]+)?$")
_OPENING_PERIOD_RE = re.compile(r"\s*(?:(?i:in|during|for|over)\s+)?")
_PLACE_NOUN_AFTER_RE = re.compile(
    r"\s+(?i:region|area|basin|field|district|province|state|county)(?![A-Za-z])")
#: "the Permian region, which is …": a name (and up to two words of its noun) before a relative "which"
_WHICH_AFTER_RE = re.compile(r"(?:\s+[a-z]+){0,2},\s+(?i:which|who)\s")
_IN_PLACE_AFTER_RE = re.compile(r"\s+(?:(?i:were|was|are|is)\s+)?(?i:in|for)\s+(?:the\s+)?")
#: the rest of a counted noun up to the place it is counted in: "353,993 persons speaking a foreign language
#: as their native language living in Finland", "104,997 persons permanently resident in Finland"
_COUNTED_IN_PLACE_RE = re.compile(
    r"(?:\s+(?!(?i:in|and|but|while|whereas|compared|than)\s)[A-Za-z'’\-]+){1,12}?"
    r"\s+(?:(?i:living|resident|residing|based|located|born|employed|working)\s+)?(?i:in)\s+(?:the\s+)?")
#: "rose by 0.2% in both the euro area (EA19) and the EU28", "+2.4% for both the euro area and the EU28":
#: "both A and B" says the figure of each of the two
_BOTH_AFTER_RE = re.compile(r"\s+(?:(?i:were|was|are|is)\s+)?(?i:in|for)\s+(?i:both)\s+(?:the\s+)?")
_BOTH_AND_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?i:and)\s+(?:(?i:in|for)\s+)?(?:the\s+)?")
_COMPARE_RE = re.compile(r"(?<![A-Za-z])(?i:compared\s+(?:with|to)|versus|vs\.|while|whereas)(?![A-Za-z])"
                         r"|に対し|一方")
_FISCAL_YEAR_NAMED_RE = re.compile(r"(?<![A-Za-z])(?i:fiscal\s+(?:year\s+)?)(\d{4})(?![0-9])")
#: "Ottawa, Feb 22 (IANS): …", "LONDON, March 3 (Reuters) - …": a news dateline whose date has no year
_YEARLESS_DATELINE_RE = re.compile(
    r"\s*[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){0,2},\s+"
    r"(?P<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?P<day>[0-3]?\d)(?![\d,])"
    r"(?:\s*\([A-Za-z][A-Za-z .]{1,20}\))?\s*(?::|--|[-—–])\s*")
#: "WIESBADEN – In February 2023, …": a city in capitals and a dash opening the lead
_CITY_DATELINE_RE = re.compile(r"\s*[A-Z][A-Z.'\-]{2,}(?:\s[A-Z][A-Z.'\-]+){0,3}(?:,\s+[A-Z][A-Za-z.]{1,15})?"
                               r"\s+(?:--|[-—–])\s+(?=[A-Z][a-z])")
_NUMBERED_POINT_RE = re.compile(r"\s*[①-⑳]")
_INNER_DATELINE_RE = re.compile(r"[A-Z]{4,}")
_INNER_DATELINE_DASH_RE = re.compile(r"\s+(?:--|[—–-])\s+[A-Z][a-z]")
#: "Helsinki 29.03.2017 Quoting is encouraged …", "Tallinn, 12.05.2020 – …": a city and a day written
#: day.month.year, as European statistics offices date their releases (no date find_periods reads)
_NUMERIC_DATELINE_RE = re.compile(
    r"\s*[A-Z][A-Za-z'\-]+(?:\s[A-Z][A-Za-z'\-]+){0,2},?\s+(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?P<year>(?:19|20)\d\d)"
    r"(?![\d.])\s*(?:--|[-—–:]\s*)?")
#: "Today Pure Storage (NYSE: PSTG) … announced": a day before the subject that opens a release's lead
_OPENING_DAY_RE = re.compile(r"\s*(?i:today|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+")
#: words of what is to come: a figure dated after its document by context may be a plan's or a target's
_PLAN_WORD_RE = re.compile(r"(?<![A-Za-z])(?i:will|would|plans?|planned|aims?|targets?|expects?|expected"
                           r"|projected|scheduled|to\s+be)(?![A-Za-z])")
_PLAN_WORD_JA_RE = re.compile(r"予定|計画|目標|目指|めざ|開始する|始める|方針")
_FISCAL_HINT_RE = re.compile(r"(?i:fiscal|quarter\s+ended|quarter\s+ending|year\s+ended)|FY\s?['’]?\d")
#: a release or a report of results, figures, data ("reports fiscal 2014 results", "has released its
#: employment trends", "Figures Released", "announces the July advance report")
_RELEASE_VERB_RE = re.compile(r"(?<![A-Za-z])(?i:reports?|reported|releases?|released|announces?|announced"
                              r"|publishes|published)(?![A-Za-z])")
#: what a report covers: a period after "for", "of", "ended", "ending" ("results for the quarter ended
#: September 30, 2016", "trends for September 2023"), or before the report's noun ("July Employment
#: Figures", "the July advance report", "fiscal 2014 results")
_COVERED_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:for|of|ended|ending)\s+(?i:the\s+|its\s+)?"
                                r"(?:(?i:quarter|year|month|period)\s+(?i:ended|ending)\s+)?$")
_COVERED_AFTER_RE = re.compile(r"(?:\s+[A-Za-z-]+){0,2}?\s+(?i:results|report|figures|data|estimates?|trends"
                               r"|statistics)(?![A-Za-z])")
_ENDED_ON_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:quarter|year|month|period|weeks?)\s+(?i:ended|ending)"
                                 r"\s+(?:on\s+)?$")
#: the next release named: "The next release, which will report on data for August 2009, is scheduled for …"
_NEXT_RELEASE = r"(?<![A-Za-z])(?i:(?:the|its)\s+next\s+(?:release|publication|update))(?![A-Za-z])"
#: a release said in the future: a schedule ("will be released on …", "is scheduled to be published", "The
#: next release … is scheduled for October 16, 2009")
_SCHEDULED_RE = re.compile(r"(?<![A-Za-z])(?i:will|(?:is|are)\s+(?:scheduled|due)\s+to)\s+be\s+"
                           r"(?i:released|published)(?![A-Za-z])"
                           r"|" + _NEXT_RELEASE + r".{0,80}?\s(?i:is|are)\s+"
                           r"(?i:scheduled|due|planned|expected)\s+(?i:for|on|to)(?![A-Za-z])")
#: a sentence about the next release (see _SCHEDULED_RE)
_NEXT_RELEASE_RE = re.compile(_NEXT_RELEASE + "|" + _SCHEDULED_RE.pattern)
#: a period said from the one the text is about: "the previous quarter", "the preceding month"
_BEFORE_THE_CONTEXT_RE = re.compile(r"(?i:the\s+(?:previous|prior|preceding)\s+(?:quarter|month))")
#: an event whose only date is the period its report covers, and no day to date its release
_UNDATED = PeriodMatch(Period(date.min, date.min, "day", ""), -1, -1, "")


#: a period a Japanese title names: opening it before の (「平成30年の…状況」) or in brackets after its name
#: (「…の契約数(平成23年3月末)」, 「（令和元年度）」)
_TITLE_PERIOD_OPEN_RE = re.compile(r"の")
_TITLE_PERIOD_CLOSE_RE = re.compile(r"\s?(?:末|分)?(?:時点)?\s?[)）]")
#: a predicate or a full stop right after the bracket: a body sentence (「…実施している(平成30年)。」)
_SENTENCE_GOES_ON_RE = re.compile(r"\s?(?:。|であ|だっ|とな|です|でし)")
#: a figure right before a bracketed period (「105万人(平成30年)」): the period is that figure's
_FIGURE_BEFORE_RE = re.compile(r"[\d０-９][\d０-９,.]*\s?[万億千百]?[^\d\s、。()（）]{0,3}$")


#: A body's own accounts, not a country's statistics: "consolidated revenue", "the group's revenue",
#: "the company", "for the fiscal year ended March 31" (a linguistic reason: these phrases speak of one
#: organisation's books; a national statistics office's release says none of them)
#: a prefecture or a municipality said by deixis, its name unsaid: 県内 and 市内 with no name glued before
#: them (沖縄県内, 各県内, 同県内 name another), 本県, 当県, 本市, 当市 ("this prefecture", "this city"; not
#: 本市場, "this market"): a
#: local government writes of itself so (a linguistic reason: 本 and 当 point to the writer's own; a bare
#: 県内 is "within our prefecture"); not 県内総生産 (the prefectural accounts' measure, named so in
#: national texts too)
_OWN_LOCAL_RE = re.compile(r"(?<![一-龥々])(?:県内|市内)(?!総)|(?<![一-龥々])[本当](?:県|市)(?!場|街|況)")
#: 「平成28年6月30日現在」, 「3月末現在」: the day a survey counts its stocks at ("as of")
_AS_OF_AFTER_RE = re.compile(r"\s?(?:末)?\s?現在")
_ACCOUNTS_OF_A_BODY_RE = re.compile(
    r"(?<![A-Za-z])(?i:consolidated|(?:the|our)\s+(?:group|company|firm)(?:'s)?|fiscal\s+year\s+ended)"
    r"(?![A-Za-z])"
)


#: a month's name written in full ("Sep 2017" in an ABS title is its September quarter)
_FULL_MONTH_RE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November"
                            r"|December)\s+\d{4}")
#: the month a release reports on, said by deixis ("current month", "the latest month")
#: a release's label: "Released 13/08/2020", "Release date: 12 January 2016", "published", "next
#: release"
_RELEASED_LABEL_RE = re.compile(r"(?<![A-Za-z])(?i:released|release\s+date|published|publication\s+date"
                                r"|updated|next\s+release)(?![A-Za-z])")
_CURRENT_MONTH_RE = re.compile(r"(?<![A-Za-z])(?i:current|latest)\s+(?i:month)(?![A-Za-z])")


def _titles_period(text: str, p: PeriodMatch) -> bool:
    """Whether a Japanese title names ``p`` as the period it is about (see ``_TITLE_PERIOD_CLOSE_RE``)."""
    # a title is a name, no sentence: a line that opens with its year and ends in 。 (「2019年の調査結果を
    # 公表する。」) is the body's, as is a bracket after a body sentence's 。 or after a figure (「105万人
    # (平成30年)であった。」: that figure's own period), or a bracket the sentence goes on after
    # (「…実施している(平成30年)。」)
    if p.start == 0:
        return "。" not in text and bool(_TITLE_PERIOD_OPEN_RE.match(text, p.end))
    close = _TITLE_PERIOD_CLOSE_RE.match(text, p.end)
    return text[p.start - 1] in "(（" and close is not None and "。" not in text[: p.start] \
        and not _FIGURE_BEFORE_RE.search(text, max(0, p.start - 7), p.start - 1) \
        and not _SENTENCE_GOES_ON_RE.match(text, close.end())


def _covered_period(text: str, p: PeriodMatch) -> bool:
    """Whether a period is what a report covers, not when the report was made (see _RELEASE_VERB_RE)."""
    if p.period.precision == "day":
        # ("Press release No. 325 of 8 July 2021": a day is when, unless a period ends on it, or a stock is
        # measured at it: "released … the population was 7 291 600 at mid-2022")
        return bool(_ENDED_ON_BEFORE_RE.search(text, max(0, p.start - 40), p.start)
                    or AT_A_POINT_BEFORE_RE.search(text, max(0, p.start - 10), p.start))
    return bool(_COVERED_BEFORE_RE.search(text, max(0, p.start - 40), p.start)
                or _COVERED_AFTER_RE.match(text, p.end))


_REPORT_RE = re.compile(r"発表|公表|(?<![A-Za-z])(?i:released|reported|announced|published)(?![A-Za-z])")
_QUARTERLY_RE = re.compile(r"(?<![A-Za-z])(?i:quarter|quarterly)(?![A-Za-z])|四半期")
#: "for the quarter", "in the quarter": the quarter a release reports on, said with no ordinal or year (not
#: "the quarter ended …", "the quarter before", "the same quarter a year earlier")
_THE_QUARTER_RE = re.compile(r"(?<![A-Za-z])(?i:(?:for|in|during)\s+the\s+quarter)(?![A-Za-z'’-])"
                             r"(?!\s+(?i:ended|ending|of|before|a\s+year|earlier|ago|to|through))")
#: a span longer than the quarter or month a text goes on about that a sentence names for its own figures:
#: "Annual revenue was a record …", "Full-year GAAP EPS were …", "Revenue for the year was …", "for the
#: fiscal year", "year to date", "the nine months", 「通期の売上高は…」, 「年間の…」 (not 「累計」: a total to
#: date, as of the text's month; not 「過去10年間で最高」: a record's span; not "at an annual rate", "annual
#: growth", "annual inflation", "annualized": a change on a year before of the quarter or month itself; not
#: "the year before", "a year earlier": a comparison's base; not "12 months to March": the month's change)
_OWN_SPAN_RE = re.compile(
    r"(?<![A-Za-z])(?i:annual(?![\s-]+(?:[A-Za-z-]+\s+){0,2}(?:rates?|growth|inflation|change|increases?|decreases?"
    r"|rises?|falls?|declines?|percent(?:age)?|pace|basis|terms)(?![A-Za-z]))|annually"
    r"|(?:full|whole)[\s-]+(?:fiscal[\s-]+)?year|fiscal[\s-]+year|for\s+the\s+year(?!\s+(?:before|earlier|ago))"
    r"|year[\s-]+to[\s-]+date|ytd|(?:six|nine|6|9)[\s-]+months?)(?![A-Za-z])|通期|(?<![0-9０-９一二三四五六七八九十数])年間(?!で)")
#: "Over the whole year 2018, GDP rose by 1.8% …, based on seasonally and calendar adjusted quarterly
#: data": the data a year's figure is computed from, not the period it is about
_QUARTERLY_BASIS_RE = re.compile(
    r"(?<![A-Za-z])(?i:based\s+on\s+(?:[a-z-]+\s+){0,5}quarterly\s+data)(?![A-Za-z])")
_REFERENCE_AFTER_RE = re.compile(r"^\s*(?:の|との|より|比|に対し(?:て)?|と比べ(?:て)?|と比較して)\s*$")


# --- what the pack gives (built once per process) --------------------------------------------------


class ExtractContext:
    """Everything extraction needs from the pack (or the built-in defaults without one)."""

    def __init__(self, pack: Pack | None):
        self.pack = pack
        self.index = None
        self.pillars: list[tuple[str, list[str], list[str]]] = []  # id, names, name parts
        self.subject: str | None = None
        self.default_government: str | None = None
        self._known = KnownNames()
        if pack is not None:
            from shingi.pack.index import EvidenceIndex

            self.index = EvidenceIndex.of(pack)
            self.subject = pack.meta.subject
            for p in pack.meta.pillars:
                names = [n for n in (p.name.ja, p.name.en) if n]
                parts = [part for n in names for part in re.split(r"[・&,/、\s]+|\band\b", n)
                         if len(part) >= (2 if _cjk(part) else 4)]
                self.pillars.append((p.id, names, parts))
            if self.subject:
                governments = [e.id for e in pack.entities.values()
                               if e.kind == "government" and e.country == self.subject]
                self.default_government = governments[0] if governments else self.subject
        else:
            for pid, ja, en, _kinds in DEFAULT_PILLARS:
                parts = [part for n in (ja, en) for part in re.split(r"[・&,/、\s]+", n)
                         if len(part) >= (2 if _cjk(part) else 4)]
                self.pillars.append((pid, [ja, en], parts))

    # --- names ---------------------------------------------------------------------------

    def find_entities(self, text: str) -> list[tuple[Mention, NewEntity | None]]:
        """Actors named in a (normalised) text: the pack's (no new entity), or built-in names."""
        if self.index is not None:
            return [(Mention(h.id, h.start, h.end), None) for h in self.index.find_entities(text)]
        return [(m, known) for m, known in self._known.find(text)]

    def find_new_names(self, text: str, taken: bytearray, seen: set[str]) -> list[tuple[Mention, NewEntity]]:
        """Names found by their shape (see :func:`heuristic_names`) where nothing else is.

        ``taken`` marks characters already used (names, dates, amounts). A single capitalised
        word that starts the sentence is a name only if the document used it as one elsewhere
        (``seen``): "Market" in a heading is not a company, "Micron said ..." is once Micron
        appeared mid-sentence.
        """
        out: list[tuple[Mention, NewEntity]] = []
        for start, end, name, kind in heuristic_names(text, companies_only=self.index is not None):
            if any(taken[start:end]):
                if kind == "company" or taken[start]:
                    continue
                # "Microsoft 1.6兆円": keep the name before the amount
                end = start + bytes(taken[start:end]).index(1)
                name = text[start:end].rstrip()
                end = start + len(name)
                if len(name) < 2:
                    continue
            if kind == "other" and _SEE_BEFORE_RE.search(text, max(0, start - 16), start):
                # "For detailed annual data, see our Annual Statistical Supplement.", "see the Technical
                # Note": what a reader is sent to is a document to read, not whom the figures are about
                continue
            single = " " not in name and not _cjk(name)
            if single and kind == "other" and not (any(ch.isupper() for ch in name[1:]) or
                                                   any(ch.isdigit() for ch in name)):
                if (text[:start].strip() == "" or _CLAUSE_OPENING_RE.search(text, 0, start)) \
                        and name not in seen and not text.startswith(
                        ("は", "が", "の", "'s", "’s"), end) and not _REPORTING_AFTER_RE.match(text, end) \
                        and not (_RANKING_HEAD_AFTER_RE.match(text, end)
                                 and _FOLLOWED_BY_NAME_RE.search(text, end)):
                    # "Market" opening a heading is no name; "Apple today announced", "Darden's" is, and so is
                    # the head of a ranking whose next items are names ("Auckland had the highest GDP per
                    # capita at $80,000, followed by Wellington, $75,000": the items of a list are alike)
                    continue
                seen.add(name)  # a name once is a name where it comes back ("Apple ended the quarter")
            ent = self.new_entity(name, kind)
            if ent is None:
                continue
            taken[start:end] = b"\x01" * (end - start)
            out.append((Mention(ent.id, start, end), ent))
        return out

    def new_entity(self, name: str, kind: str) -> NewEntity | None:
        """A draft entity for a name the pack lacks (id from its slug, or a hash for Japanese names)."""
        name = name.strip(" ・-")
        full = name
        # a company's name without its legal form (the full form is kept as an alias)
        name = _COMPANY_FORM_RE.sub("", name).strip(" ・-,") if kind == "company" else name.rstrip(".")
        if kind == "company" and name.startswith("The "):
            name = name[4:]  # "The Coca-Cola Company" is Coca-Cola (the full form stays an alias)
        if len(name) < 2:
            return None
        aliases = (full,) if full != name else ()
        base = _slug(name) if not _cjk(name) else ""
        ident = base or "e-" + short_hash(name.casefold(), length=8)
        if self.pack is not None and ident in self.pack.entities:
            ident = f"{ident}-{short_hash(name, length=4)}"
        if kind == "other" and not _cjk(name) and national_body_country(name) is not None:
            kind = "government"  # Destatis, Insee: a national statistics office by its own name
        country = self._country_of(name) if kind == "government" or (
            kind == "organization" and name.startswith(_NATIONWIDE)) else None
        if _cjk(name):
            return NewEntity(ident, kind, name, None, aliases, country)
        return NewEntity(ident, kind, None, name, aliases, country)

    def known_country(self, name: str) -> tuple[str, NewEntity | None] | None:
        """The id of a country named exactly (the pack's, or a built-in one with its entity)."""
        if self.index is not None:
            hits = [h for h in self.index.find_entities(name) if h.start == 0 and h.end == len(name)]
            return (hits[0].id, None) if hits else None
        for m, ent in self._known.find(name):
            if m.start == 0 and m.end == len(name):
                return m.id, ent
        return None

    def _country_of(self, name: str) -> str | None:
        """The country a government body belongs to: 日本政府観光局 and 財務省 are Japan's, the U.S.
        Department of Commerce the United States'."""
        body = national_body_country(name) if not _cjk(name) else None
        if _cjk(name):
            hit = self.known_country("日本")
        elif body is not None:
            hit = self.known_country(body)  # the Bureau of Economic Analysis is the United States'
        elif name.startswith(("U.S.", "US ", "United States")):
            hit = self.known_country("United States")
        elif name.startswith(("U.K.", "UK ", "British", "Office for National Statistics")):
            hit = self.known_country("United Kingdom")  # the ONS is the United Kingdom's
        else:
            # a country named in the body's name: Statistics Canada, Reserve Bank of Australia,
            # Australian Bureau of Statistics
            named = [e for _m, e in self._known.find(name) if e.kind == "country"]
            hit = self.known_country(named[0].name_en or "") if named else None
        return hit[0] if hit else None

    def entity(self, entity_id: str) -> Entity | None:
        return self.pack.entities.get(entity_id) if self.pack is not None else None

    def find_metrics(self, text: str) -> list[Mention]:
        if self.index is None:
            return []
        return [Mention(h.id, h.start, h.end) for h in self.index.find_metrics(text)]

    def metric(self, metric_id: str) -> Metric | None:
        return self.pack.metrics.get(metric_id) if self.pack is not None else None

    def extended_metric(self, named: Metric, unit: str | None) -> str | None:
        """A metric whose name extends ``named``'s and whose unit fits (民間投資 -> 民間投資の対米比)."""
        if self.pack is None:
            return None
        stems = [n.casefold() for n in named.names if len(n) >= 2]
        for m in self.pack.metrics.values():
            if m.id == named.id or not unit_fits(m, unit):
                continue
            if any(stem in n.casefold() and stem != n.casefold() for n in m.names for stem in stems):
                return m.id
        return None

    # --- pillars ---------------------------------------------------------------------------

    def pillar_of_heading(self, text: str) -> str | None:
        """The pillar a heading names (its full name, or nearly)."""
        folded = text.casefold()
        best: tuple[float, str] | None = None
        for pid, names, _parts in self.pillars:
            for n in names:
                score = 1.0 if n.casefold() in folded else similarity(n, text)
                if score >= TITLE_SIMILARITY and (best is None or score > best[0]):
                    best = (score, pid)
        return best[1] if best else None

    def guess_pillar(self, text: str, section: str | None, kind: str | None = None,
                     actor_kinds: Iterable[str | None] = ()) -> str | None:
        """A pillar for an event: the section's pillar, names in the text, similar pack events;
        without a pack, the default pillar of the event's kind, else of its first actor's kind."""
        votes: dict[str, float] = {}
        if section:
            votes[section] = votes.get(section, 0.0) + 1.0
        if self.pack is None:
            by_kind = next((pid for pid, _ja, _en, kinds in DEFAULT_PILLARS if kind in kinds), None)
            first_actor = next(iter(actor_kinds), None)
            by_actor = _DEFAULT_PILLAR_OF_ACTOR.get(first_actor or "")
            if by_kind or by_actor:
                pid = by_kind or by_actor or ""
                votes[pid] = votes.get(pid, 0.0) + 0.75
        low = text.lower()
        for pid, _names, parts in self.pillars:
            for part in parts:
                if (part in text) if _cjk(part) else (part.lower() in low):
                    votes[pid] = votes.get(pid, 0.0) + 0.5
        if self.index is not None:
            ranked = self.index.search_events(text, limit=5)
            if ranked:
                top = ranked[0][1]
                for ev_id, score in ranked:
                    pillar = self.index.event(ev_id).pillar
                    if pillar and score >= 0.5 * top:
                        votes[pillar] = votes.get(pillar, 0.0) + score / top
        if not votes:
            return None
        order = {pid: i for i, (pid, _n, _p) in enumerate(self.pillars)}
        return min(votes, key=lambda p: (-votes[p], order.get(p, 99), p))


# --- one document ------------------------------------------------------------------------------------


class DocumentExtractor:
    """Reads one document's sentences in order and collects its candidate rows."""

    def __init__(self, ctx: ExtractContext, doc: str, source_id: str, doc_date: Period | None,
                 owner: StatedOwner | None = None):
        self.ctx = ctx
        self.doc = doc
        self.source = source_id
        # the owner stated for the whole document outside its text (--owner, a site's name, an address;
        # see shingi.ingest.doc_owner), and addresses the text gives for itself (「URL：…」 lines, added
        # while the document is read): the owner of figures no sentence, table or context owns
        self.stated_owner = owner
        self.addresses: list[str] = []
        self._stated_owner_id: str | None = None
        # figures drafted before the document had named its owner: their rows wait for it (see finish)
        self._japanese = False  # (a sentence of the document was Japanese)
        self.doc_date = doc_date
        # the day or month the document's address files it under (see add_all), and whether it dated it
        self.address_day: Period | None = None
        self.date_from_address = False
        self.facts = DocFacts()
        self.heading_period: Period | None = None
        self.last_period: Period | None = None
        # the first date of the paragraph's latest sentence that states one
        self.para_period: Period | None = None
        self._para_frame: Period | None = None  # the period before one said after a figure (see add)
        # the paragraph's period is a day its sentence dated no figure to (a release's or a meeting's day,
        # "The figures were published on 14 May 2024."): no period of the figures said after it (see add)
        self._para_day_unfigured = False
        # the paragraph's period is what a projection is for (「2020年3月期は、…と見込む」)
        self._para_forecast = False
        # the section's heading says its figures are totals from the fiscal year's start (（累計）)
        self._section_cumulative = False
        # the first reference period of the latest prose sentence of the section that stated one
        self.section_period: Period | None = None
        # the period the release's lead sentence reports on ("today announced results for ... the
        # quarter ended September 30, 2016")
        self.report_period: Period | None = None
        self.report_year: Period | None = None
        # "X in Q3, compared with Y in Q2": the two periods, for later sentences of the paragraph
        self._compare: tuple[Period, Period] | None = None
        # periods a figure may not be written with (a company quarter that is no calendar quarter)
        self._unwritable: set[tuple[int, int]] = set()
        # the paragraph (section) goes on about a period no contract spelling holds (see add)
        self._para_unwritable = False
        self._section_unwritable = False
        # an English title names the month of the release's own day: its edition, no period (see add)
        self._edition_titled = False
        self._title_month: Period | None = None
        #: the countries the document names itself (not only as the country of a place it names)
        self._countries_named: set[str] = set()
        #: of them, the ones not named as a partner or a point of comparison ("Imports from China"):
        #: the document's own candidates (a day-first date order)
        self._own_countries: set[str] = set()
        #: the period of a lead-in sentence that ends with a colon, for the list items under it
        self._lead_in: tuple[Period | None, bool] | None = None
        # spans of the sentence's periods that date a base of a comparison (「…の3603万人を上回って」)
        self._base_spans: set[tuple[int, int]] = set()
        # a company's fiscal year: its first month, learnt from "the fourth quarter ended January 26"
        self.fiscal_start: int | None = None
        # the company fiscal year the release first names ("fiscal 2017")
        self._fiscal_year: int | None = None
        # FYyyyy periods that are a company's fiscal year ("fiscal 2025"), not Japan's
        self._company_fy: set[str] = set()
        # FYyyyy periods written "2024-25" of a country whose fiscal year runs April-March: the contract's
        self._split_fy: set[str] = set()
        # the Japanese era the text said a year in last (平成19年度): its two-digit years are that era's
        self._era: str | None = None
        # the month of the last table row labelled by a month with its year (see _row_label_months)
        self._row_month: Period | None = None
        self._texts_read = 0  # sentences of text or heading read (the first with no stop is a title)
        # whether the text writes its figures in kanji (「十八万四千円」, 「〇・二%」: see kanji_numerals)
        self._kanji_figures = False
        # whether the text writes its thousands grouped with spaces, the SI style (see add_all)
        self._spaced_thousands = False
        # the (year, end month) of the Japanese fiscal year named last (2025年3月期): a 第3四半期
        # said alone is its part
        self._ja_fiscal_year: tuple[int, int] | None = None
        # the Japanese fiscal year (年度, April-March) the text named last: 上期 and 第N四半期 said alone
        # are its parts
        self._ja_fy: int | None = None
        # the document's subject (the first sentence subject), and entities named lately (for
        # "the Department", 同社, これら4つの国・地域)
        self._doc_subject: str | None = None
        self._recent: list[str] = []
        # the base a legend said the brackets of the entries after it hold (「( )は前月比」: 前月)
        self._bracket_legend: str | None = None
        # the sentence says 本市/県内 and the document named no such place to point at (see _references)
        self._home_unresolved = False
        self._home_suffix: str | None = None  # (its 県, 市 …: a place the document's owner must be)
        # the place or body the title or a first heading named, and the body a publisher line names
        # (「富山県 経営管理部 統計調査課」, "Source: U.S. Bureau of Economic Analysis"): the document's owner
        self._title_owner: str | None = None
        self._publisher: str | None = None
        self._run_title = ""  # the words after a date and a publisher run into one sentence (_dated_body)
        # the national statistic a Japanese title names with no place (「消費動向調査(平成26年3月実施分)」):
        # the document's figures are Japan's when nothing else says whose (see _document_owner)
        self._national_title: str | None = None
        self._words_before = 0  # sentences read so far that hold a word (the title is the first)
        # the national Diet (国会) the Japanese text speaks of (「国会での御審議を経て」): the budget or law
        # it reports is the nation's, so its unowned figures are Japan's as for a national title
        self._national_said: str | None = None
        self._listed_places: set[str] = set()  # named only in a sentence listing places by prefecture
        self._own_named: set[str] = set()  # named in any other sentence
        # the offices whose jurisdiction (管内) the text says its figures are of: 関東財務局 (「…管内分」)
        self._office_areas: set[str] = set()
        # the government body the latest Japanese sentence that opened with it was about (「総務省では、」)
        self._topic_body: str | None = None
        # a Japanese release's date line (「平成27年2月27日」 above 「総務省統計局」): with its publisher
        # line, the release's publication event (see _publication_event); and the document's title
        self._date_line: tuple[Place, Period] | None = None
        self._month_dated = False
        self._owner_inferred: str | None = None  # (see _owner)
        self._doc_title: str | None = None
        self._first_actor: str | None = None  # the first actor the document names (a figure's last resort)
        # an English release's own publication: the day a release line states, where it was said, the
        # document's first line (its title) and the first government body of its top lines
        self._release: tuple[Period, Place] | None = None
        self._title_text: str | None = None
        self._top_body: str | None = None
        # the actors the latest sentence (not a heading) named, in order
        self._prev_actors: list[str] = []
        self._prev_topical: list[str] = []
        self._title_actors: list[str] = []
        self._title_rows = False  # (a table's rows read since its title: the title's block has ended)
        # short names defined in brackets after a name: 全軽自協 -> the id of 全国軽自動車協会連合会
        self._aliases: dict[str, str] = {}
        # the last day the text named (for 同日, "the same day")
        self._last_day: Period | None = None
        # the section speaks of a ratio measured in 倍 (有効求人倍率, 競争倍率): 「福井県の2.09倍」 is
        # 福井県's ratio, not 2.09 times 福井県's
        self._ratio_section = False
        self._opens_paragraph = False
        self._headings = 0
        # the country of the first government body that says its country (U.S. Department of Labor)
        self._doc_country: str | None = None
        # the first country the document names ("German inflation …"): the country of a body that
        # names none, when no other body says its country
        self._named_country: str | None = None
        # the section said its amounts are in a unit ("in millions", 単位：百万円): its factor
        self._amounts_scale: float | None = None
        # spans of the sentence's names that are the partner of a flow (対中, 中国向け, exports to China)
        self._counterpart_spans: set[tuple[int, int]] = set()
        self._destination_spans: set[tuple[int, int]] = set()
        self._doc_government: str | None = None
        # the document speaks of its own prefecture or municipality without naming it (「県内の労働組合」,
        # 「本県」, 「市内の」): a local government's text; a national body it names is none of its owners
        self._own_local_unnamed = False
        # the day a Japanese survey's lead says its stocks are counted at (「…の結果(平成28年6月30日現在)」)
        self._as_of: Period | None = None
        # the document speaks of a company's or a group's own accounts (a company named, "consolidated",
        # "the group's", "fiscal year ended"): its money is no country's
        self._accounts_of_a_body = False
        # publishers of nationwide statistics (「東京商工リサーチが発表した全国企業倒産」): whose figures
        # are the country's, not the publisher's
        self._nationwide: set[str] = set()
        # the paragraph speaks of a quarter ("GAAP EPS for the quarter were $0.89. Non-GAAP ...")
        self._para_quarterly = False
        # ... as "the quarter" ("GAAP EPS for the quarter were $0.89."): the one the release reports on
        self._para_the_quarter = False
        self._last_quarter: Period | None = None  # the quarter a text sentence stated last
        self._para_contributions = False
        self._role = "text"
        self._numbered_point = False
        self._section_set = False
        # the owner of the latest figure ("このうち", "of which" point back at it)
        self._last_owner: str | None = None
        # (end, unit, owner) of the figures read so far in the sentence
        self._sentence_owners: list[tuple[int, str | None, str]] = []
        self._sentence_metrics: list[tuple[int, str | None, str]] = []
        self._sentence_quantities: list[QuantityMatch] = []
        self._sentence_periods: list[PeriodMatch] = []
        # the first actor of the paragraph: "The company" / 同社 in a later sentence is most often it
        self._para_subject: str | None = None
        # the paragraph breaks a total down by its parts (地区別では、…; "By region, …")
        self._para_breakdown = False
        self.section_pillar: str | None = None
        self._para = -1
        self._para_first = True
        self._topic: str | None = None
        #: where a masthead's names end in the sentence ("European Commission - EUROSTAT"), else 0
        self._masthead_end = 0
        # metrics named in this paragraph, latest last (a dict: each once, so a huge paragraph stays cheap)
        self._para_metrics: dict[str, None] = {}
        # (unit, name) of the measures the paragraph's figures were drafted under, in order
        self._para_measures: list[tuple[str | None, str]] = []
        # the paragraph's latest figure was an index level or its points: the next sentence's points
        # with no level beside them are the index's too (「先行指数は…2.0ポイント上昇した。3ヶ月後方
        # 移動平均は0.67ポイント下降し」)
        self._para_index = False
        self._seen_names: set[str] = set()
        self._lower_words: set[str] = set()  # words the document has written in lower case so far
        # short names of surveys ("SEPH") and indexes ("CPIH"): sources and measures, no owners
        self._survey_names: set[str] = set()
        self._last_role = ""
        self._table_header: list[str] = []
        # the unit the sentence before a table (its title) states for the table's numbers
        self._table_unit: tuple[str, float] | None = None
        # the scale the table's title states alone, "(in thousands)": its rows that count things are in it
        self._table_scale: str | None = None
        self._row_cells: list[str] = []
        self._row_section = ""  # the label of the table's rows' section ("Unemployment rates")
        self._table_by_place = False  # the table's title says its rows are places ("… by province")
        self._cell_spans: list[tuple[int, int] | None] = []  # where each cell stands in the row's text
        # the table's title names an index (「◆現状判断DI（2017年1月）」): its bare numbers are levels
        self._table_index = False
        self._table_dollar = False  # the table's title states a bare dollar ("($ million)")
        self._column_owners: dict[int, str | None] | None = None  # whose figures each column holds
        self._place_rows = 0  # rows of the table whose label is a place (a table by place)
        self._place_row: list[str] = []
        self._events_by_actor: dict[str, list[EventRow]] = {}
        self._lead_cut = 0  # characters of the sentence read apart before its lead (a dateline)
        self._title_key: tuple[str, int, int, int, int, int] | None = None  # the headline's place
        # an undated document's latest stated month (see text_anchor), for its months with no year
        self._text_month: Period | None = None
        self._obs_seen: dict[tuple[str, str, float, str | None], list[ObservationRow]] = {}
        # rows in dollars said with a bare "$" (in the figure, or in its column's header)
        self._bare_dollar_rows: set[str] = set()
        self._regional = False  # a title or heading says the figures are broken down by region
        self._local_dollar_rows: set[str] = set()  # bare dollars read as the document's country's

    def _edition_of(self, day: Period) -> None:
        """A date line read after an English title that named its month ("Regional Labour Market Statistics,
        October 2012", then "Released: 17 October 2012"): a title month that holds the release's own day is
        its edition's, no period the release reports on (see add)."""
        title = self._title_month
        if title is not None and self.report_period == title and not self.facts.observations \
                and _edition_month(title, day, self._title_text or ""):
            self.report_period = self._title_month = None
            self._edition_titled = True

    @property
    def context_period(self) -> Period | None:
        """The period of a sentence that states none (the rule in the module docstring)."""
        return (self.para_period or self.section_period or self.heading_period or self.report_period
                or (None if self._month_dated else self.doc_date)
                or self.last_period or self._text_month)

    def add_all(self, sentences: Iterable[Sentence]) -> DocFacts:
        stream = iter(sentences)
        head = list(islice(stream, _ANCHOR_SENTENCES)) if self.doc_date is None else []
        if head:
            self._text_month = text_anchor(head)
        if head and self.address_day is not None and self._text_month is None and not any(
                date_line(normalize(s.text), s.index) is not None for s in head[:DATE_LINE_SENTENCES]):
            # a document that states no date and no month with its year, found at an address whose path
            # files it under a day or a month (a news permalink ".../2019/12/06/…"): that is its date, a
            # guess the source row says ("in November", "last year" are read against it)
            self.doc_date = self.address_day
            self.date_from_address = True
        for s in chain(head, stream):
            # a document that writes thousands grouped with spaces ("7 291 600") shows the convention for
            # its later sentences' one-group numbers ("a natural decrease of 26 500"; see find_quantities)
            self._spaced_thousands = self._spaced_thousands or shows_spaced_thousands(s.text)
            with spaced_thousands(self._spaced_thousands):
                self.add(s)
        with spaced_thousands(self._spaced_thousands):
            self.finish()
        return self.facts

    def finish(self) -> None:
        """After the last sentence: a headline's rounded figures go, and a company's fiscal years get
        the company's convention."""
        self._own_pending()
        self._bodies_by_initials()
        self._publication_event()
        self._released()
        self._in_local_dollars()
        self._without_rounded_headlines()
        self._without_foreign_fiscal_years()
        rows: list[ObservationRow | EventRow] = [*self.facts.observations, *self.facts.events]
        if not self._company_fy and not any(
                is_own_part(r.period if isinstance(r, ObservationRow) else r.date) for r in rows):
            return
        unread: set[int] = set()
        for row in rows:
            period = row.period if isinstance(row, ObservationRow) else row.date
            own_part = is_own_part(period)
            if period.text not in self._company_fy and not own_part:
                continue
            owners = [row.entity] if isinstance(row, ObservationRow) else list(row.actors)
            public = ("country", "government")
            if owners and all(self._kind(o) in public for o in owners):
                if own_part:
                    unread.add(id(row))  # (a company's own quarter is no country's: Japan's FY misreads it)
                continue  # "FY2024" of a country or a ministry: the contract's (Japan's) fiscal year
            new = [self.facts.entities[o] for o in owners
                   if o in self.facts.entities and self._kind(o) not in public]
            if self.fiscal_start is not None and new:
                for ent in new:
                    self.facts.entities[ent.id] = replace(ent, fiscal_year=f"{self.fiscal_start}/end")
            elif own_part and not any(getattr(e, "fiscal_year", None) for e in map(self.ctx.entity, owners)):
                unread.add(id(row))  # (its months are only the company's fiscal_year column's to give)
            elif not any(getattr(e, "fiscal_year", None) for e in map(self.ctx.entity, owners)):
                row.note = (f"{period.text} is the company's fiscal year as the document says it, "
                            "not Japan's April-March year; its months are not stated")
        if unread:
            kept = [o for o in self.facts.observations if id(o) not in unread]
            self.facts.skipped_figures += len(self.facts.observations) - len(kept)
            self.facts.observations[:] = kept
            self.facts.events[:] = [e for e in self.facts.events if id(e) not in unread]
        self._own_fiscal_halves()

    def _bodies_by_initials(self) -> None:
        """An English document's acronym that is the initials of a government body it names ("HUD Archives:
        News Releases" and "the U.S. Department of Housing and Urban Development"; "BLS" and "the Bureau of
        Labor Statistics") is that body, though said before it: its rows are the body's (its figures the
        body's country's)."""
        bodies = [e for e in self.facts.entities.values() if e.kind == "government" and e.name_en]
        if not bodies or self._japanese:
            return
        found: dict[str, str] = {}
        for e in self.facts.entities.values():
            name = e.name_en or ""
            if e.kind != "other" or not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()):
                continue
            for body in bodies:
                letters = initials(body.name_en or "")
                if letters == name or (len(name) >= 3 and name in letters):
                    found[e.id] = body.id
                    break
        if not found:
            return
        for o in self.facts.observations:
            if o.entity in found:
                o.entity = self._jurisdiction(found[o.entity])
        for ev in self.facts.events:
            if any(a in found for a in ev.actors):
                ev.actors = tuple(dict.fromkeys(found.get(a, a) for a in ev.actors))

    def _day_first(self, found: list[tuple[Mention, NewEntity | None]], text: str) -> bool:
        """Whether the document's own country writes a day's number first (every one but the United
        States: 07/05/2012 under "Building Approvals, Australia" is 7 May): its publisher's country, or a
        country it named so far (this sentence's ``found`` too) not as a partner or a point of comparison
        ("Import Price Index: Imports from China" over "Released 07/05/2012" is a US release, whose
        07/05 is no day-first date: review finding 8); none when it named the United States at all."""
        here = [(m, e) for m, e in found if e is not None and e.kind == "country"]
        named = self._countries_named | ({self._doc_country} if self._doc_country else set()) | {
            m.id for m, _ in here}
        own = self._own_countries | ({self._doc_country} if self._doc_country else set()) | {
            m.id for m, _ in here if not _PARTNER_BEFORE_EN_RE.search(text, max(0, m.start - 24), m.start)}
        return bool(own) and "US" not in named

    def _released(self) -> None:
        """An English statistics release that says the day it was released ("Released: 2022-10-07",
        "Release Date: Jun. 11, 2024") under a government body's name ("Statistics Canada — The Daily",
        "U.S. Energy Information Administration") reports its own publication: an event of that body on
        that day, titled by the document's first line (unless the text drafted one already)."""
        if self._release is None or self._top_body is None or not self._title_text:
            return
        day, place = self._release
        if any(e.date == day and self._top_body in e.actors for e in self.facts.events):
            return
        actors = (self._top_body,)
        self._add_event(EventRow(
            id="ev-" + short_hash(self.doc, *place.key()[1:], "release"), date=day, date_from="text",
            pillar=self.ctx.guess_pillar(self._title_text, self.section_pillar, "release",
                                         [self._kind(self._top_body)]),
            actors=actors, kind="release", title=f"{self._title_text[:MAX_TITLE - 9]} released", lang="en",
            amount=None, source=self.source, place=place, mark=None))

    def _without_foreign_fiscal_years(self) -> None:
        """An English "FY25", "fiscal 2025" of a country other than Japan (or of its body) is that
        country's fiscal year, named by the year it ends in and running July-June (Australia), October-
        September (the United States) or April-March (India): the contract's FY is Japan's, named by the
        year it starts in, so ``FY2025`` would say other months. Left out (a "2024-25" of a country whose
        year runs April-March was read as the contract's FY2024, see split_years, and stays; so does "the
        last fiscal year" of such a country, counted from the document's date in the months the contract's
        FY holds)."""
        if not any(o.period.precision == "fiscal_year" for o in self.facts.observations):
            return
        japan = (self.ctx.known_country("Japan") or ("JP", None))[0]  # (by its English name: no Sudachi)
        kept: list[ObservationRow] = []
        for o in self.facts.observations:
            public = self._kind(o.entity) in ("country", "government")
            country = self._jurisdiction(o.entity) if public else None
            if o.period.precision == "fiscal_year" and o.period.text not in self._split_fy \
                    and country is not None and country != japan and not _cjk(o.place.quote) \
                    and (country not in APRIL_FISCAL_COUNTRIES or _FY_NUMBER_RE.search(o.place.quote)):
                self.facts.skipped_figures += 1
                continue
            kept.append(o)
        self.facts.observations[:] = kept

    def _without_rounded_headlines(self) -> None:
        """A headline's figure that rounds one the body states for the same owner, unit and period
        ("… as revenue climbs 40%" over "revenue rose 39.7%") is that figure said short: left out (it
        was a row of its own, with a value no source states)."""
        if self._title_key is None:
            return
        body = [o for o in self.facts.observations if o.place.key() != self._title_key]
        kept = []
        for o in self.facts.observations:
            v = o.value.value
            if o.place.key() == self._title_key and v is not None and any(
                    b.entity == o.entity and b.value.unit == o.value.unit and b.period == o.period
                    and b.value.value is not None and b.value.value != v
                    and _rounds_to(b.value.value, v) for b in body):
                self.facts.skipped_figures += 1
                continue
            kept.append(o)
        self.facts.observations[:] = kept

    def _own_fiscal_halves(self) -> None:
        """A fiscal half written in Japan's convention (``FY2024-H2``, October 2024 - March 2025) on a row
        about an entity that now has a fiscal year of its own is read in that entity's (contract 1.1):
        it is written again in it (a company year from October: ``FY2025-H1``), or, when no half of that
        year is those months, left out (it would be read as other months)."""
        own = {eid: e.fiscal_year for eid, e in self.facts.entities.items() if e.fiscal_year}
        if not own:
            return
        kept: list[ObservationRow] = []
        for row in self.facts.observations:
            fiscal = own.get(row.entity)
            if fiscal is None or row.period.precision != "half" or not row.period.text.startswith("FY") \
                    or row.period.text in self._company_fy:
                kept.append(row)
                continue
            convention = parse_fiscal_year(fiscal)
            start = row.period.start
            first_year = start.year if start.month >= convention.start_month else start.year - 1
            named = convention.named_year(first_year)
            half = 1 if start.month == convention.start_month else 2
            again = parse_period(f"FY{named}-H{half}", convention)
            if (again.start, again.end) == (row.period.start, row.period.end):
                row.period = replace(row.period, text=f"FY{named}-H{half}")
                kept.append(row)
            else:
                self.facts.skipped_figures += 1
        self.facts.observations[:] = kept

    def add(self, s: Sentence) -> None:
        """Read one sentence."""
        self.facts.sentences += 1
        subject_before = self._doc_subject  # (a title owner is the subject its own line names)
        if not self._japanese and _cjk(s.text):
            self._japanese = True
        if "管内" in s.text:
            # 「関東財務局管内分」: the figures of a regional office's jurisdiction (see _jurisdiction)
            self._office_areas.update(m[1] for m in _OFFICE_AREA_RE.finditer(s.text))
        if self._national_said is None and "国会" in s.text and _DIET_RE.search(s.text):
            self._national_said = "国会"  # (the national Diet: the document is about the nation's affairs)
        if self._national_said is None and _cjk(s.text) and (nation := _NATION_SAID_RE.search(s.text)):
            # 「全国で1日平均1万5,897件」, 「我が国の総人口」, 「国民一人当たり」: the text speaks of the
            # whole country, its nation; a document that names no place of its own reports the nation's
            # figures (see _national_owner)
            self._national_said = nation[0]
        if s.para != self._para:
            if self._para_breakdown or (self._last_role == "item" and s.role == "text" and _cjk(s.text)):
                # the paragraph before broke a total down (地区別では、関東が…。東京都は…): its names
                # were parts of the whole; the text goes on about the whole, not the last part. So does a
                # Japanese paragraph after a list (「(5)イラン(108万kl、…)」, then 「なお、今月の…は」): the
                # list's items are parallel parts, the last one no topic of the text after them
                self._prev_actors, self._prev_topical = [], []
            self._para_breakdown = False
            self._para = s.para
            self._para_first = True
            self._topic = None
            self._para_metrics = {}
            self._para_measures = []
            self._para_index = False
            self.para_period = None
            self._para_day_unfigured = False
            self._para_frame = None
            self._para_forecast = False
            self._para_unwritable = False
            self._compare = None
            self._para_quarterly = False
            self._para_the_quarter = False
            self._para_contributions = False
            self._para_subject = None
            if s.role == "item" and self._lead_in is not None:
                self.para_period, self._para_unwritable = self._lead_in  # (the lead-in's: see below)
        first, self._para_first = self._para_first, False
        self._opens_paragraph = first
        if first and _BREAKDOWN_RE.match(s.text.lstrip()):
            self._para_breakdown = True
        if s.role == "row":
            cells = [normalize(c) for c in s.text.split("\t")]
            # a row of words after rows of numbers (「| 項目 | 当月 | 前月 | 前年同月 |」 under a table of
            # months) is the header of a new table, not a row of the one before
            worded = [c for c in cells[1:] if c.strip()]
            new_header = self._last_role == "row" and bool(self._row_cells) and len(worded) >= 2 \
                and not any(ch.isdigit() for c in worded for ch in c) \
                and any(ch.isdigit() for c in self._row_cells[1:] for ch in c)
            # a second row of words and periods right under the header (「| 2016年 | 2017年 | … | 9月 |」
            # under 「| 年平均 | 月次(季節調整値) |」, their spans lost): the more detailed names the columns
            under_header = self._last_role == "row" and not self._row_cells and bool(self._table_header) \
                and not any(_BARE_NUMBER_CELL_RE.fullmatch(c.strip()) for c in cells) \
                and len(worded) > len([c for c in self._table_header[1:] if c.strip()])
            if self._last_role != "row" or new_header or under_header:
                self._table_header = cells  # the first row of a table names its columns
                self._row_cells = []
                self._row_month = None
                # its first cell, over the row labels, may state the table's unit: "(USD millions)"
                self._table_unit = (table_unit(cells[0]) if cells else None) or self._table_unit
                self._row_section = ""
            else:
                self._row_cells = cells
                if len([c for c in cells if c.strip()]) == 1 and not any(ch.isdigit() for ch in cells[0]):
                    # a label alone inside a table ("Unemployment rates", 「(上昇)」): the rows under it
                    # are of that section
                    self._row_section = cells[0].strip()
        else:
            self._table_header, self._row_cells = [], []
        self._last_role = s.role
        # 「① 平成26年度の…総額は…」: a summary's numbered point (an item) is prose whose period carries on
        # into the points after it, as a paragraph's does (a bullet's does not: "• In September, …")
        self._numbered_point = s.role == "item" and _NUMBERED_POINT_RE.match(s.text) is not None
        text = normalize(_ENUMERATOR_RE.sub(_blank_enumerator, s.text))
        if s.role != "row" and self._japanese:
            # 「十八万四千円」, 「〇・二%」: figures in kanji (官報資料版); one kanji (「九年」) once the text
            # is known to write its figures so
            text, sure = arabic_numerals(text, self._kanji_figures)
            self._kanji_figures = self._kanji_figures or sure
        if s.role == "row":
            self._cell_spans = cell_spans(text, self._row_cells or self._table_header)
            if not self._row_cells:
                self._column_owners = None  # a new header: its owners are read when a figure asks
                self._place_rows = 0
        if len(text) < 2:
            return
        ctx = self.ctx
        found = ctx.find_entities(text)
        metric_hits = ctx.find_metrics(text)
        dated = date_line(text, s.index, self._day_first(found, text))
        whole = text
        if s.index == 0:
            self._title_text = " ".join(text.split())
        if self._doc_title is None and dated is None and s.index < 3:
            self._doc_title = " ".join(text.split())  # (the first line that is no date line)
        if (s.index < 3 or s.role == "heading") and not _cjk(text) and _REGIONAL_TITLE_RE.search(text):
            self._regional = True  # "Regional gross domestic product: Year ended March 2024" (_home_places)
        if dated is not None:
            if self.doc_date is None:
                self.doc_date = dated[0]
                self._edition_of(dated[0])
                # 「平成30年5月 国税庁」: the month the release came out dates its event, never a figure (a
                # statistic released in May is of an earlier period, which the text must say)
                self._month_dated = dated[0].precision == "month"
                if _cjk(text) and dated[0].precision in ("day", "month"):  # (a month: 「平成30年5月 国税庁」)
                    self._date_line = (Place.of(self.doc, s), dated[0])
            if self._release is None and dated[0].precision == "day" and not _cjk(text) \
                    and release_line(text):
                self._release = (dated[0], Place.of(self.doc, s))
            if not _cjk(text) and self.report_period is None and not self.facts.observations \
                    and (label := _RELEASED_LABEL_RE.search(text)) is not None:
                # "May 2020 Released 13/08/2020" (ABS: "Reference period" over it): a month or quarter said
                # before a release's label is the period the release reports on, not the day it came out
                head_periods = [p.period for p in find_periods(text[:label.start()])
                                if p.period.precision in ("month", "quarter")]
                if head_periods and (self.doc_date is None
                                     or not _edition_month(head_periods[-1], self.doc_date, text)):
                    self.report_period = head_periods[-1]
            if not text[dated[1]:].strip(" \u3000,、-—–"):
                return  # a date line: the document's date, not a heading's period
            # a dateline (WASHINGTON, Dec. 10, 2024 —): the rest is the lead sentence
            text = text[dated[1]:].lstrip(" ,-—–")
            # "ATLANTA, Jan. 30, 2024 /PRNewswire/ -- UPS today announced": the wire's credit is no actor
            wire = _WIRE_CREDIT_RE.match(text)
            if wire:
                text = text[wire.end():]
        elif s.index < DATE_LINE_SENTENCES and (short := _YEARLESS_DATELINE_RE.match(text)) is not None:
            # "Ottawa, Feb 22 (IANS): Canada's Consumer Price Index …": a dateline without its year (and
            # a wire's credit) is no actor; after the month the text reports on (text_anchor), the day
            # is the first such day after it, the document's date
            if self.doc_date is None and self._text_month is not None:
                month = month_number(short["mon"])
                year = self._text_month.end.year + (month < self._text_month.end.month)
                with suppress(ValueError):
                    self.doc_date = period_of_day(date(year, month, int(short["day"])))
                    self._text_month = None
            text = text[short.end():]
        elif s.index < DATE_LINE_SENTENCES and (city := _CITY_DATELINE_RE.match(text)) is not None \
                and not any(m.start < city.end() for m, _ in found):  # (not "NTT - …", a labelled paragraph)
            # "WIESBADEN – In February 2023, German exports were up …": a dateline with no date; the
            # city is where the release was issued, no actor (it owned the release's figures)
            text = text[city.end():]
        elif (numeric := _NUMERIC_DATELINE_RE.match(text)) is not None:
            # "Helsinki 29.03.2017 Quoting is encouraged …": the city is where the release was issued,
            # no actor (it owned the figures of the sentences after it); the day dates an undated document
            if self.doc_date is None:
                with suppress(ValueError):
                    self.doc_date = period_of_day(date(int(numeric["year"]), int(numeric["mon"]),
                                                       int(numeric["day"])))
            text = text[numeric.end():]
        elif s.index < DATE_LINE_SENTENCES and text.startswith("(") \
                and (wire := _WIRE_CREDIT_RE.match(text)) is not None \
                and wire.group(0).rstrip()[-1:] in "-—–":
            # "(RTTNews) - Quest Diagnostics Inc. (DGX) On Friday reiterated …": a news agency's credit
            # opening the lead is no actor
            text = text[wire.end():]
        if dated is not None and self._text_month is not None and s.index < DATE_LINE_SENTENCES:
            self._text_month = None  # (a date line after all: the document's date rules)
        # the lead is read without its dateline and credit; a figure's place in the quote counts them
        self._lead_cut = len(whole) - len(text)
        if self._lead_cut:
            found = ctx.find_entities(text)
        # a name inside an organisation's name is part of it (U.S. in the U.S. Bureau of Economic
        # Analysis, 日本 in 日本政府観光局), unless the pack knows the organisation by that name
        orgs = [(a, b) for a, b, _n, kind in organisation_names(text)
                if kind in ("government", "organization")]
        found = [(m, e) for m, e in found
                 if not any(a <= m.start and m.end <= b and (m.start, m.end) != (a, b) for a, b in orgs)]
        if self.fiscal_start is None and ctx.pack is not None:
            for m, _ in found:
                known = ctx.entity(m.id)
                fiscal = known.fiscal_year if known is not None else None
                if fiscal is not None and fiscal.named_by == "end":
                    # the pack says the company's fiscal year (contract 1.1): "Q4 FY24", "fiscal 2024"
                    # are counted in its months
                    self.fiscal_start = fiscal.start_month
                    break
        context = self.context_period
        default_year = context.start.year if context else None
        named = [m for m, _ in found]
        # a dateline dates its own sentence's "today", whatever the metadata says; with no date at
        # all, the latest month the text states dates its months said without a year (text_anchor)
        text_day = period_of_day(self._text_month.end) if self._text_month is not None else None
        anchor = dated[0] if dated is not None else self.doc_date or text_day
        stated = find_periods(text, default_year=default_year)
        frame = next((p for p in stated if not is_base(text, p)), None) if default_year is None else None
        if default_year is not None and _cjk(text):
            # a year the sentence states first frames its months and quarters said without one, over the
            # context's (「2020年の生産指数を四半期別に見ると、1~3月期104.1、4~6月期87.0」 in a 2021 release)
            yearless = [p for p in stated if not says_its_year(p.text)]
            own = next((p for p in find_periods(text) if not is_base(text, p)), None) if yearless else None
            if own is not None and own.period.precision == "year" and own.period.start.year != default_year \
                    and text.startswith("の", own.end) and yearless \
                    and all(p.start > own.end for p in yearless):
                frame = own  # (the topic's year, 「2020年の…」, said before every yearless month or quarter)
        if frame is not None and _cjk(text):
            # no year around it: Japanese states the frame first (「2024年の訪日客数は10月までの累計で」;
            # not a base: 「4月3日に発表した…前回の2022年12月調査から」)
            stated = find_periods(text, default_year=frame.period.start.year)
        elif default_year is None:
            stated = span_openings(text, stated)  # "April to June 2024" with no year around it
        # the quantity finder masks the same spans (it would read the periods again without them)
        period_spans = [(p.start, p.end) for p in stated] if default_year is not None else None
        # "this quarter", "the previous quarter": counted from the quarter of the context, else
        # the quarter the release reports on
        quarter = context if context is not None and context.precision == "quarter" else self.report_period
        last_month = context if context is not None and context.precision == "month" else quarter
        if (quarter is None or quarter.precision != "quarter") and last_month is not None \
                and last_month.precision == "month" and last_month.start.month % 3 == 0:
            # "Wage Price Index, Australia, Jun 2019" over "rose 0.6 per cent this quarter": the ABS names a
            # quarter's release by the quarter's last month; "this quarter" is the quarter that month ends
            quarter = period_of_quarter(last_month.start.year, last_month.start.month // 3)
        if self._para_unwritable or (self._section_unwritable and self.para_period is None):
            # the text goes on about a company quarter no contract period holds (Fiscal Q4 of a year to
            # August): "the prior quarter" and "the same period last year" are that quarter's neighbours,
            # no calendar quarter either
            quarter = None
        ahead = _forecast(text)
        cjk_text = _cjk(text)
        periods = [p for p in relative_periods(text, anchor, default_year, stated, quarter,
                                               context if cjk_text else None, ahead, context,
                                               self._era if cjk_text else None)
                   if not _inside(p.start, p.end, named)]
        if cjk_text and (era_said := era_of(text)) is not None:
            self._era = era_said  # (the era the document counts its years in: its 「19年度」 are 平成's)
        for_month = self.report_period
        if cjk_text and "今月" in text and for_month is not None and for_month.precision == "month" \
                and anchor is not None and for_month.end < anchor.start:
            # 「今月の中東依存度は87.0%」 in 「石油統計速報 平成29年12月分」 out on 31 January: a release
            # for a month (〜月分) speaks as of that month; its 今月 is the month reported on, not the day's
            periods = [PeriodMatch(for_month, p.start, p.end, p.text) if p.text == "今月" else p
                       for p in periods]
        periods = _without_elaborations(text, periods)
        if anchor is not None and anchor is text_day:
            # (no day is known: "today", "on Tuesday" are not the month the text reports on)
            periods = [p for p in periods if not is_relative_day(p)]
        if _cjk(text):
            periods = bracketed_years(text, periods)  # 「2025年（令和7年）9月分」
        price_bases = [(m.start(), m.end()) for m in _PRICE_BASE_RE.finditer(text)]
        bases = [(m.start(), m.end()) for m in INDEX_BASE_RE.finditer(text)] + price_bases
        if cjk_text and "時点" in text:  # 「2019年6月25日時点における公表データ」: the data's cut-off
            bases += [(m.start(), m.end()) for m in _DATA_CUTOFF_RE.finditer(text)]
        if cjk_text and ("含" in text or "除" in text):
            # 「平成18年中における賃金の改定状況(10〜12月実施予定を含む)」: what is counted, not when
            bases += [(m.start(), m.end()) for m in _SCOPE_ASIDE_RE.finditer(text)]
        periods = [p for p in periods if not any(a <= p.start < b for a, b in bases)]  # 2020=100
        if cjk_text and ("号" in text or "版" in text):
            # 「広報誌 2019年2月号」, 「令和元年7月号」: 号 (an issue's number) after a month names a
            # periodical's issue, the month it came out under; it dates none of the figures it prints; so
            # does a report's edition (版): 「平成23年速報版」
            periods = [p for p in periods if not _ISSUE_AFTER_RE.match(text, p.end)]
        codes = [(m.start(), m.end()) for m in _REFERENCE_CODE_RE.finditer(text)] if not _cjk(text) else []
        if codes:  # "Reference Number: 2016-117": a code, not the year 2016
            periods = [p for p in periods if not any(a <= p.start < b for a, b in codes)]
        self._unwritable = set()
        if "-" in text or "/" in text or "–" in text:
            # "2024-25": a fiscal year across two calendar years, not 2025
            country = self._doc_country or self._named_country or next(
                (e.country or e.id for _m, e in found
                 if e is not None and (e.country or e.kind == "country")), None)
            april = _cjk(text) or country in APRIL_FISCAL_COUNTRIES
            periods, spans = split_years(text, periods, april)
            if bases:  # "(2011-12=100)", "(base 2011-12 = 100)": an index's base as "(2015=100)", no period
                periods = [p for p in periods if not any(a <= p.start < b for a, b in bases)]
                spans = [sp for sp in spans if not any(a <= sp[0] < b for a, b in bases)]
            self._unwritable.update(spans)
            if april:
                self._split_fy.update(p.period.text for p in periods if SPLIT_YEAR_RE.search(p.text))
        # 「4月から9月まで」, "January to September 2024": one span (FY2018-H1), or one no contract
        # period holds (nine months); 上半期 with no year: the half that ended last
        periods, spans = month_spans(text, numbered_quarters(text, periods))
        self._unwritable.update(spans)
        if not _cjk(text):
            periods, spans = month_name_ranges(text, periods)  # "Jan-Jul 2024", "May–July 2024"
            self._unwritable.update(spans)
        periods, spans = first_months(text, periods)  # "the first nine months of 2024", 年初来
        self._unwritable.update(spans)
        periods, spans = months_ended(text, periods)  # "the three months to August 2024"
        self._unwritable.update(spans)
        if not _cjk(text) and "mid-" in text:
            periods, spans = mid_years(text, periods)  # "at mid-2022", "between mid-2021 and mid-2022"
            self._unwritable.update(spans)
        # "In the year ended March 2024" (Stats NZ): twelve months the text spells, April to March, the
        # contract's FY2023 whoever's year it is (no foreign fiscal year: _without_foreign_fiscal_years)
        self._split_fy.update(p.period.text for p in periods if p.period.precision == "fiscal_year"
                              and _YEAR_ENDED_MONTH_RE.search(p.text))
        periods, spans = months_through(text, periods, context)  # 「10月までの累計」
        self._unwritable.update(spans)
        if _cjk(text) and "中間" in text:
            periods, spans = interim_halves(text, periods)  # 「2016年9月中間連結決算」: April-September
            self._unwritable.update(spans)
        periods = [latest_half(p, text, anchor) for p in periods]
        periods = same_days(text, periods, self._last_day or anchor)
        if not _cjk(text):
            periods = durations_and_last_months(text, periods, context)
        periods = [p if continues_a_year(p, periods) else month_after_a_point(p, anchor, context, ahead)
                   for p in periods]
        if s.role == "row" and self._row_cells and self._cell_spans and self._cell_spans[0]:
            periods = self._row_label_months(text, periods)
        days = [p for p in periods if p.period.precision == "day" and p.start >= 0]
        if days:
            self._last_day = days[-1].period
        if not _cjk(text) and ("'" in text or "’" in text or re.search(r"[1-4]Q\d|[12]H\d", text)):
            periods, spans = short_year_parts(text, periods, self.fiscal_start,
                                              anchor.start.year if anchor is not None else default_year)
            self._unwritable.update(spans)  # "Q3'24": 2024's third quarter, not the context year's
        if not _cjk(text) and _FISCAL_HINT_RE.search(text):
            periods = self._with_fiscal(text, periods)
        elif _cjk(text) and ("四半期" in text or "月期" in text or (
                (self._ja_fiscal_year or self._ja_fy) is not None
                and re.search("[上下]半?期|中間期|通期", text))):
            periods = self._with_japanese_fiscal(text, periods)
        if not _cjk(text) and self.fiscal_start is None and _FISCAL_WORD_RE.search(text):
            # a fiscal quarter or half of a year whose months the text never said: no contract period
            periods, spans = replace_spans(text, periods, unsaid_fiscal_parts(text))
            self._unwritable.update(spans)
        unsaid_months = self._unsaid_company_year()
        if not _cjk(text) and self._fiscal_year is not None and (
                self.fiscal_start not in (None, 1) or unsaid_months is not None):
            periods = self._company_parts(text, periods)
        if _cjk(text) and "末" in text:
            periods = period_ends(text, periods)
        # ("Revenue for the year was $88.4 billion" after "fiscal 2024 fourth quarter and full year":
        # the company's FY2024, not the calendar year of the release's day)
        full_year = self.report_year or unsaid_months or _year_of(context, self.fiscal_start)
        if full_year is not None and context is not None and is_own_part(context) \
                and full_year.text[:6] == context.text[:6]:
            self._company_fy.add(full_year.text)  # (the company's year of its own quarter: its months too)
        if not _cjk(text) and full_year is not None:
            periods = full_years(text, periods, full_year)
        # "half" written in words (半分正しく, half the story) is too often a figure of speech
        found_quantities = (cell_quantities(text, self._row_cells or self._table_header, period_spans)
                            if s.role == "row" else find_quantities(text, period_spans))
        quantities = [q for q in found_quantities
                      if not _inside(q.start, q.end, named) and not _overlaps(q.start, q.end, periods)
                      # "in chained 2017 dollars": the year whose prices are counted in, no amount
                      and not any(a <= q.start < b for a, b in price_bases)
                      and (any(ch.isdigit() for ch in q.text)
                           or not (q.quantity.value == 0.5 and q.quantity.unit == "x"))
                      and not _MARGIN_BEFORE_RE.search(text, max(0, q.start - 16), q.start)]
        # places ("ranked third", 第3位): values of a rank metric (contract 1.1)
        quantities += [r for r in find_ranks(text)
                       if not any(r.start < q.end and q.start < r.end for q in quantities)
                       and not _inside(r.start, r.end, named) and not _overlaps(r.start, r.end, periods)
                       and not text.endswith(("上位", "下位"), 0, r.start)]  # 上位5位: the top five, no place
        quantities.sort(key=lambda q: q.start)
        if not _cjk(text) and "/" in text:
            quantities = fraction_rates(text, quantities)
        quantities = without_ranges(text, quantities, self.facts)
        quantities = parts_of_wholes(text, quantities)
        quantities = shared_units(text, quantities)
        quantities = one_in_n(text, quantities)
        if _cjk(text):
            quantities = group_sizes(text, durations_ja(text, quantities))
        quantities = sorted(quantities + zero_growth(text, quantities)
                            + (unchanged_prices(text, quantities) if not _cjk(text)
                               else unchanged_rates_ja(text, quantities)),
                            key=lambda q: q.start)
        unit_said = _AMOUNTS_IN_RE.search(text)
        if unit_said:
            # "(In millions, except per share amounts)", 単位：百万円: the section's amounts are in that unit
            self._amounts_scale = _SECTION_SCALES[(unit_said.group(1) or unit_said.group(2)).lower()]
        if s.role != "row" and _cjk(text):
            quantities = stated_units(text, quantities)
        quantities = per_area_yields(text, quantities)
        quantities = read_units(text, quantities,
                                 bare_counts=s.role in ("text", "item") and self._amounts_scale is None,
                                 index_levels=s.role != "row")  # (a table's cells: its headers say)
        if self._amounts_scale is not None and not _PER_SHARE_RE.search(text):
            quantities = [_scaled(q, self._amounts_scale) for q in quantities]
        if _cjk(text) and PAIRED_CONTRIBUTION_RE.search(text):
            self._para_contributions = True  # the paragraph is a table headed 「前年同月比(寄与度)」
        if self._para_contributions:
            quantities = bracketed_contributions(text, quantities)
        if _cjk(text) and (legend := _BRACKET_LEGEND_RE.search(text)) is not None:
            self._bracket_legend = legend["base"]  # 「( )内は対前月比」: what the entries' brackets hold
        elif s.role == "item" and self._bracket_legend and _ENTRY_LABEL_RE.match(text):
            quantities = self._bracketed_changes(text, quantities)
        elif _cjk(text) and (header := _BRACKET_HEADER_RE.search(text)) is not None:
            # 「(前月差) 1月調査 40.3 (▲1.0) 2月調査 38.5 (▲1.8)」: a table run together on one line whose
            # header says what its brackets hold: each bracketed number is the change of the level
            # before it, in its unit (差) or in per cent (比)
            quantities = _bracketed_after_levels(text, quantities, header.end(),
                                                 "%" if header["base"].endswith("比") else None)
        quantities = without_group_names(text, quantities, self.facts)
        quantities = without_reference_numbers(text, quantities, self.facts)
        if "/" in text and ("(" in text or "（" in text):
            quantities = without_part_numbers(text, quantities, self.facts)
        if not _cjk(text):
            quantities = without_set_references(text, quantities, self.facts)  # "the five food groups"
            quantities = without_spelled_counts(text, quantities, self.facts)  # "in four provinces"
        if cjk_text:
            # nor the number of a group of prefectures named as a region (the 3 of 北陸3県: a name)
            groups = [(a, b) for a, b, _n, kind in organisation_names(text)
                      if kind == "other" and (g := PLACE_GROUP_JA_RE.match(text, a)) is not None
                      and g.end() == b]
            quantities = [q for q in quantities if not any(a <= q.start and q.end <= b for a, b in groups)]
        quantities = without_denominators(text, quantities, self.facts)
        if s.role != "row" and len(quantities) >= 2 and _NUMBERS_ALONE_RE.fullmatch(text):
            # 「13,306 110.6% 12.2% 9.6%」: a table's row whose label and header no reader took, its
            # numbers alone on their line; which column each is in (a level, a change, a share) only the
            # header could say, and the period and owner are the context's guess: none is drafted
            self.facts.skipped_figures += len(quantities)
            quantities = []
        if s.role == "row" and not self._row_cells:
            # a table's header names its columns: a number inside a header's words ("% change Sep Qtr
            # 2019", 「2019年度」) is no figure
            quantities = [q for q in quantities if not any(
                span is not None and span[0] <= q.start < span[1] and _WORDY_CELL_RE.search(text, *span)
                for span in self._cell_spans)]
        if s.role == "row" and self._row_cells and self._cell_spans and self._cell_spans[0] is not None \
                and sum(1 for q in quantities if q.start >= self._cell_spans[0][1]) >= 2:
            # a number inside a row's label ("Total, 16 years and over | 4.1 | 4.2") is no figure
            label_end = self._cell_spans[0][1]
            quantities = [q for q in quantities if q.start >= label_end]
        if s.role == "row":
            quantities = [self._cell_unit(q) for q in quantities]
        else:
            # a table's title says its unit (「表1 総人口の推移（単位 千人）」, "… and its components, %")
            self._table_unit = table_unit(text)
            self._table_scale = title_scale(text) if self._table_unit is None else None
            self._table_index = bool(INDEX_WORD_RE.search(text) or _JUDGEMENT_TITLE_RE.search(text))
            self._table_dollar = self._table_unit is not None and self._table_unit[0] == "USD" \
                and bool(_BARE_DOLLAR_RE.search(text))
            self._table_by_place = bool(_BY_PLACE_RE.search(text))
        tickers = [(m.start(), m.end()) for m in _TICKER_RE.finditer(text)]
        tickers += [(m.start(), m.end()) for m in _DOC_PART_RE.finditer(text)]  # (see table A-1)
        tickers += codes
        # 「*1国債の内訳」, 「※2 …」: a note's mark before its text (a mark, no figure)
        tickers += [(m.start(), m.end()) for m in _NOTE_MARK_RE.finditer(text)]
        if tickers:
            quantities = [q for q in quantities if not any(a <= q.start < b for a, b in tickers)]
        if (cjk_text or self._japanese) and "#" in text:
            quantities = _without_ranked_records(text, periods, quantities)
        if cjk_text:
            # 「過去:38位」, 「4月としては:4位」, 「上位5位」: a level's place among the series' own past
            # values, or the cut of a list; no ranking of owners
            quantities = [q for q in quantities if q.quantity.unit != "rank"
                          or not _RECORD_RANK_BEFORE_RE.search(text, max(0, q.start - 8), q.start)]
        else:
            # "this is the first time since January 2014": an occasion counted, no place of a ranking
            quantities = [q for q in quantities
                          if q.quantity.unit != "rank" or not _TIME_AFTER_RE.match(text, q.end)]
        taken = bytearray(len(text))
        spans = [(x.start, x.end) for x in named] + [(x.start, x.end) for x in periods] + \
            [(x.start, x.end) for x in quantities] + [(x.start, x.end) for x in metric_hits] + tickers
        for start, end in spans:
            taken[start:end] = b"\x01" * (end - start)
        if not cjk_text:
            self._take_surveys(text, taken)
        references = self._references(text, found, taken)
        for m, _ent in references:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        counterparts = self._counterparts(text, found, taken)
        found.extend(counterparts)
        aliased = self._alias_mentions(text, found, taken)
        # "the broad monetary aggregate M3", "(M2-M1)": a code of one letter and a digit names a series or a
        # class, never who a figure belongs to (a pack that knows one as an entity finds it above)
        new_names = [self._short_name(*self._title_publisher(ctx, m, e))
                     for m, e in ctx.find_new_names(text, taken, self._seen_names)
                     if not _SERIES_CODE_RE.fullmatch(text, m.start, m.end)
                     # ("Monthly Statistical Snapshot, August 2014", "Statistics Explained": a publication
                     # named by its title, no one whose figures they are)
                     and not _PUBLICATION_NAME_RE.search(text, m.start, m.end)]
        if not cjk_text:
            # "Trade in ships and aircrafts does not affect the trade deficit": a single word the document
            # writes in lower case too is a common word capitalised by its place (a sentence's start, a
            # heading), no name; a proper noun keeps its capital
            self._lower_words.update(_LOWER_WORD_RE.findall(text))
            new_names = [(m, e) for m, e in new_names
                         if not (e.kind == "other" and _TITLE_WORD_RE.fullmatch(text, m.start, m.end)
                                 and text[m.start:m.end].lower() in self._lower_words)
                         # ("PRESS RELEASE", "Media release": what the document is, not who)
                         and not ((label := _RELEASE_LABEL_RE.match(text, m.start)) is not None
                                  and m.end <= label.end())
                         # ("with other European countries", "several Asian economies": a word that
                         # qualifies a set of things after a quantifier, no one named)
                         and not (e.kind == "other" and _TITLE_WORD_RE.fullmatch(text, m.start, m.end)
                                  and _SET_QUANTIFIER_BEFORE_RE.search(text, max(0, m.start - 12), m.start)
                                  and _PLURAL_NOUN_AFTER_RE.match(text, m.end))]
        if not cjk_text and _CAPS_RUN_RE.search(text):
            # "MONTHLY ADVANCE REPORT ON DURABLE GOODS … AND ORDERS JULY 2022", "SEASONALLY ADJUSTED
            # ESTIMATES (MONTHLY CHANGE)": a heading set in capitals capitalises every word, so its words
            # are no acronyms and no names ("ORDERS" owned the release's figures); known names stay, and
            # acronyms that stand apart ("AI and GPU spending by BLS and TSMC")
            new_names = [(m, e) for m, e in new_names
                         if not (e.kind == "other" and _CAPS_NAME_RE.fullmatch(text, m.start, m.end)
                                 and (" " in text[m.start:m.end].strip()
                                      or _in_caps_run(text, m.start, m.end)))]
        for m, _e in new_names:  # ASEAN向け: a partner named by its shape is a partner too
            self._mark_flow_end(text, m.start, m.end, cjk_text, topic=False)
        cells = self._row_cells or self._table_header
        if s.role == "row" and cells and text.lstrip().startswith(cells[0].strip()):
            # a table row's label ("All-items HICP", "Energy") names what the row measures, not who
            label_end = text.index(cells[0].strip()) + len(cells[0].strip())
            if not self._row_cells:
                label_end = len(text)  # the header row names columns ("Annual change (%)"), not actors
            new_names = [(m, e) for m, e in new_names
                         if not (m.start < label_end and e.kind == "other"
                                 and not _cjk(e.name_en or e.name_ja or ""))]
        found.extend(new_names)
        found.extend(references)
        found.extend(aliased)
        self._learn_aliases(text, found)
        # a number inside a reference counts no figure ("these four countries")
        quantities = [q for q in quantities
                      if not any(m.start <= q.start and q.end <= m.end for m, _ in references)]
        # a name inside a metric's name is part of what is measured, not an actor (国内 in 国内DC容量)
        found = [(m, e) for m, e in found
                 if not any(h.start <= m.start and m.end <= h.end for h in metric_hits)]
        if _cjk(text):
            # 「米国子会社における補助金返還損」: a place that modifies the company's own unit (its
            # subsidiary, local company, plant, branch) names where the unit is, not whose the figures are
            found = [(m, e) for m, e in found if not _OWN_UNIT_AFTER_RE.match(text, m.end)
                     and not _CAUSE_AFTER_RE.match(text, m.end)]
        found = [(m, e) for m, e in found if not self._definer(text, m)]
        if not cjk_text:
            # "… a year earlier WIESBADEN – As reported by …": a city in capitals and a dash inside a sentence
            # (a release's heading lines run into its lead) is the lead's dateline, no actor
            # (and one that opens the sentence, "WASHINGTON – The U.S. Department of the Treasury today
            # released …": the release's dateline, not what it reports on)
            found = [(m, e) for m, e in found if not (
                _INNER_DATELINE_RE.fullmatch(text, m.start, m.end)
                and _INNER_DATELINE_DASH_RE.match(text, m.end)
                and (m.start == 0 or text[:m.start].rstrip()[-1:].isalnum())
                and (e is None or e.kind not in ("country", "company", "government")))]
        found.sort(key=lambda f: (f[0].start, f[0].end))
        if cjk_text and len(found) > 1:
            # 「厚生労働省 石川労働局」, 「財務省 関東財務局」: a ministry named right before its regional
            # office is one body, the office (whose area's figures it publishes), not two
            found = [(m, e) for k, (m, e) in enumerate(found) if not (
                k + 1 < len(found) and e is not None and (e.name_ja or "").endswith(("省", "庁"))
                and not text[m.end:found[k + 1][0].start].strip()
                and _regional_body(found[k + 1][1]))]
        mentions = [m for m, _ in found]
        by_prefecture = _cjk(text) and "都道府県別" in text
        for mention, ent in found:
            if ent is not None and _cjk(text):
                # (「都道府県別の発電電力量は、千葉県が最も多く…」: places listed by prefecture are parts
                # of the nation's total, not the document's own place: _national_owner)
                (self._listed_places if by_prefecture else self._own_named).add(ent.id)
            if ent is not None:
                held = self.facts.entities.setdefault(ent.id, ent)
                if held.kind == "other" and ent.kind == "company":
                    # "Coca-Cola second-quarter profit …" then "The Coca-Cola Company (KO) said": the
                    # name its legal form shows is a company's ("the company" points at it)
                    self.facts.entities[ent.id] = replace(held, kind="company")
                if ent.country:
                    self._ensure_country(ent.country)
                    if ent.kind == "government" and self._doc_country is None:
                        self._doc_country = ent.country
                if ent.kind == "country":
                    self._countries_named.add(ent.id)
                    if not _PARTNER_BEFORE_EN_RE.search(text, max(0, mention.start - 24), mention.start):
                        self._own_countries.add(ent.id)
                if ent.kind == "country" and self._named_country is None:
                    self._named_country = ent.id
        if self._doc_subject is None and s.role != "heading" and s.index == 0 and _cjk(text):
            # a title the reader joined to the first line (「景気ウォッチャー調査（東海地区：2017年1月）」)
            self._doc_subject = next((m.id for m in mentions if self._local_place(m.id)), None)
        titled = s.index == 0 and not text.rstrip().endswith((".", "。"))  # a first line with no stop
        if titled and s.role != "row":
            self._title_key = Place.of(self.doc, s).key()
        # the first line of text or heading, under a release's labels and date line ("• Press release",
        # "• 24 July 2019", then "Monetary developments in the euro area: June 2019"): the title too
        first_text = s.index < 5 and not self._texts_read and s.role in ("text", "heading") \
            and not text.rstrip().endswith((".", "。"))
        if s.role in ("text", "heading") and not _RELEASE_LABEL_RE.match(text):
            # (a release's label line, "EMBARGO: Only to be published at …", comes before its title)
            self._texts_read += 1
        if self._doc_subject is None and s.role not in ("heading", "row") and not (
                (titled or first_text) and self._title_country(text, mentions)):
            for m in mentions:
                if (m.start == 0 or text.startswith(("は", "が"), m.end)
                        or _OPENING_DAY_RE.fullmatch(text, 0, m.start)) and not _PUBLISHED_SOURCE_RE.match(
                        text, m.end):  # (not 「内閣府が公表した「…」によると」: a source)
                    self._doc_subject = m.id
                    break
        elif self._doc_subject is None and s.role == "heading":
            # 「上場会社名 株式会社サンプル工業」: a company a heading names by its legal form
            self._doc_subject = next((m.id for m in mentions if self._kind(m.id) == "company"), None)
            if self._doc_subject is None and self._headings == 0 and (s.index <= 1 or first_text):
                self._title_country(text, mentions)
            if self._doc_subject is None and len(mentions) == 1 and mentions[0].start == 0 \
                    and mentions[0].end >= len(text.rstrip()) \
                    and self._kind(mentions[0].id) == "organization":
                # 「日本チェーンストア協会」 alone on a line under the title: the publisher of the release,
                # whose statistics they are (a nationwide association's are its country's)
                self._doc_subject = mentions[0].id
            if self._doc_subject is None and self._headings < 3:
                # 「景気ウォッチャー調査（東海地区：2017年1月）」, 「北海道の2017年度上期観光入り込み客数」:
                # the region or prefecture a Japanese title names is what the document reports on; so
                # is the city, town or village (「松田町 人のうごき」, 「小野市の人口と世帯数」)
                self._doc_subject = next((m.id for m in mentions if self._local_place(m.id)
                                          or self._local_body(m.id)), None)
            if self._doc_subject is None and self._headings < 3 \
                    and (town := opening_municipality(text)) is not None \
                    and (ent := self.ctx.new_entity(town, "government")) is not None:
                # 「足利市統計書 人口」: a title that opens with its city, glued to what the page holds
                self.facts.entities.setdefault(ent.id, ent)
                self._recent.append(ent.id)
                self._doc_subject = ent.id
        if self._words_before == 0 and _cjk(text) and (stat := national_statistic_title(text)) is not None \
                and not any(m.start < stat[1] for m in mentions):
            self._national_title = text[stat[0]:stat[1]]
        if any(ch.isalpha() for ch in text):
            self._words_before += 1  # (a line of marks alone, a cut 「[...]」, is no title: the next may be)
        if self._title_owner is None and self._doc_subject is not None and (
                s.role == "heading" or s.index == 0) and (subject_before is None or s.index == 0):
            # (a heading's own subject: not one a text line before it named, "Division 47." a table's row
            # label set a cell a line, read when a cell of figures, "1.1", is taken for a heading)
            self._title_owner = self._doc_subject  # (the title's or a first heading's: see _document_owner)
        if self._publisher is None and mentions and (body := _publisher_line(text, mentions)) is not None \
                and (self._kind(body.id) in ("government", "organization", "country") or (
                    _cjk(text) and _SOURCE_LABEL_JA_RE.match(text) and self._kind(body.id) == "other") or (
                    # 「日本銀行」 alone on the line under a release's date line at its head (title, date,
                    # publisher, as 「総務省統計局」 stands): the release's publisher, whatever kind of name
                    _cjk(text) and self._kind(body.id) == "other" and self._date_line is not None
                    and s.index < DATE_LINE_SENTENCES and body.start == 0
                    and body.end >= len(text.rstrip()))):
            # (「(資料出所)日本銀行「全国企業短期経済観測調査」」: a line labelled as the figures' source
            # names who compiled them, whatever kind of name the reader took it for)
            self._publisher = body.id
        if self._publisher is None and mentions and s.index < DATE_LINE_SENTENCES and _cjk(text) \
                and (run := _dated_body(text, mentions)) is not None \
                and self._kind(run[1].id) == "government":
            # 「平成23年6月30日北陸総合通信局北陸3県における…」, 「…速報 平成27年2月16日内閣府
            # 経済社会総合研究所…」: a release's date line and its publisher's line, set one under the
            # other at its head, run into its title or text (a PDF's or a page's lines lost); a day
            # followed by a body's name with no particle between is no sentence (「平成30年1月31日、
            # 経済産業省は」 is one), so the body published the release that day (its publication event:
            # _publication_event)
            self._publisher = run[1].id
            if self._date_line is None:
                self._date_line = (Place.of(self.doc, s), run[0])
                # (the release's title is what its head runs on with: 「北陸3県における携帯電話…の契約数」)
                self._run_title = " ".join(text[run[1].end:].split())
                if self.doc_date is None:
                    self.doc_date = run[0]
        if self._publisher is None and not mentions and self._topic_body is not None \
                and _SELF_PUBLISH_RE.search(text):
            # 「総務省では、…調査を毎月実施しています。この度、…取りまとめましたので、公表します。」: the
            # sentence's subject, unsaid as Japanese leaves it, is the body the sentence before was about; the
            # body publishes the release (dated by its date line: _publication_event)
            self._publisher = self._topic_body
        if mentions and _cjk(text) and _BODY_TOPIC_RE.match(text, mentions[0].end) \
                and not _NAME_CHAR_RE.match(text[mentions[0].start - 1:mentions[0].start]) \
                and self._kind(mentions[0].id) == "government":
            # (「総務省では、」: the body a sentence is about; not a name glued to a heading's words before
            # it, 「…調査結果総務省統計局では」, whose start is not sure)
            self._topic_body = mentions[0].id
        self._masthead_end = 0
        if first and mentions and mentions[0].start == 0:
            sep = _LABEL_SEP_RE.match(text, mentions[0].end)
            if sep and sep.end() < len(text) and len(mentions) > 1 and mentions[1].start == sep.end() \
                    and not self._country_like(mentions[0].id) and not self._country_like(mentions[1].id) \
                    and (_LABEL_SEP_RE.match(text, mentions[1].end) or any(
                        p.start == mentions[1].end + 1 for p in find_periods(text[:mentions[1].end + 40]))):
                # a masthead: "European Commission - EUROSTAT January 2018 - Euro area unemployment at 8.6%"
                # names a body and its office, one under the other, then a date or another separator: who
                # publishes, no label of what the paragraph is about, nor the subject of the figures after it
                # (「NTT - AIOWN構想による…」 goes on with the second name's noun: a label)
                self._masthead_end = mentions[1].end
            elif sep and sep.end() < len(text):
                self._topic = mentions[0].id
        if s.role == "heading":
            self._headings += 1
            self._section_cumulative = "累計" in text
            if not unit_said:
                self._amounts_scale = None  # a new section (a heading that states no unit)
            if not _BRACKET_LEGEND_RE.search(text):
                self._bracket_legend = None  # nor what its entries' brackets hold
            pillar = ctx.pillar_of_heading(text)
            if pillar:
                self.section_pillar = pillar
            self._ratio_section = False
        if "倍率" in text:
            self._ratio_section = True

        if _cjk(text) and "全国" in text:
            for m in mentions:
                said = _PUBLISHER_AFTER_RE.match(text, m.end)
                if said and "全国" in text[m.end:]:
                    self._nationwide.add(m.id)
        drafted_before = len(self.facts.observations)  # (rows of earlier sentences)
        self._figures_and_event(s, text, mentions, metric_hits, periods, quantities, context)
        if _QUARTERLY_RE.search(_QUARTERLY_BASIS_RE.sub("", text)):
            self._para_quarterly = True
            self._para_the_quarter = self._para_the_quarter or bool(_THE_QUARTER_RE.search(text))
        elif self._para_the_quarter and (_OWN_SPAN_RE.search(text) or any(
                p.period.precision in ("year", "fiscal_year", "half") and not is_base(text, p)
                for p in periods)):
            # "For the quarter, GAAP EPS were $0.89. Full-year GAAP EPS were $2.94. Annual revenue was …": a
            # sentence that names the year (or another span) moves the paragraph on; "the quarter" said before
            # it no longer dates the figures after it
            self._para_the_quarter = False
        if self._para_subject is None and mentions and s.role != "row":
            # (not a source: 「全軽自協によると、…」 says whose count it is, not what the paragraph is about)
            # (nor a title in quotes: 「プレイステーション3」 is a product the sentence speaks of)
            # (nor a table's first row: 「| 北海道 | 45.3 |」 is one row's place, not the next rows')
            subjects = [m for m in mentions if not _source(text, m, self._kind(m.id) == "government")
                        and not _quoted(text, m)]
            # (nor the body that publishes a statistic of another it names: "The U.S. Census Bureau has
            # estimated New York City's population at 8,622,698. This represented an increase of …")
            topical = [m for m in subjects if not (self._kind(m.id) == "government"
                                                   and _PUBLISHER_AFTER_RE.match(text, m.end))]
            if not cjk_text:
                # (nor a part of a country said inside a sentence: "the largest increases were in Quebec
                # (+27,200; +0.8%), Alberta (…)" break the figures down; the next sentences are not theirs)
                objects: list[Mention] = []
                for m in subjects:
                    if m.start > 0 and not _SCOPE_OPENING_RE.fullmatch(text, 0, m.start) and (
                            self._part_place(m.id) or (not self._company(m.id) and (
                                _PLACE_OBJECT_BEFORE_RE.search(text, max(0, m.start - 12), m.start)
                                # (and the names listed after it: "for Toronto, Peel and North Bay")
                                or (objects and _LIST_GLUE_RE.fullmatch(text, objects[-1].end, m.start))))):
                        objects.append(m)
                subjects = [m for m in subjects if m not in objects]
                topical = [m for m in topical if m in subjects]
            first_kind = self._kind(subjects[0].id) if subjects else None
            if not cjk_text and len({m.id for m in mentions if self._kind(m.id) == first_kind}) > 2:
                # "… Unemployed persons ('000) … Employed persons ('000) Seasonally Adjusted …" (dev8 ABS: a
                # table run into one line), a breakdown of three names alike or more: none of them is what the
                # paragraph goes on about, as for the sentence before (see _owner)
                subjects = []
            if subjects:
                self._para_subject = (topical or subjects)[0].id
        if s.role == "row":
            pass  # a table row is no sentence the next goes on from (「| 北海道 |…|」 then 「| 南関東 |…|」)
        elif s.role != "heading":
            self._prev_actors = [m.id for m in mentions]
            # what the sentence was about: not a place it went through ("in Ontario", "led by
            # British Columbia"), unless it is the subject or a company
            self._prev_topical = [
                m.id for m in mentions if (m.start, m.end) not in self._counterpart_spans
                and (m.start, m.end) not in self._destination_spans
                # (「全軽自協によると」, "according to X": a source)
                and not _source(text, m, self._kind(m.id) == "government") and not _quoted(text, m)
                and not (m.start > 0 and self._part_place(m.id)) and (
                    m.start == 0 or self._company(m.id)
                    or not _SETTING_BEFORE_RE.search(text, max(0, m.start - 12), m.start))]
        else:
            self._prev_actors = []  # a new section: no sentence before it in it
            self._prev_topical = []
        if s.role == "row":
            self._title_rows = True
        elif (mentions or not _cjk(text) or self._title_rows or _TITLE_MARK_RE.match(text)
              or not _TITLE_BLOCK_LINE_RE.fullmatch(text.strip())):
            # the line before a table is its title: "Euro area annual inflation and its components, %"
            # (a Japanese title's block goes on over lines that name no one, its unit 「(単位:億円)」 and a
            # column word 「金額」 set over the header: the title's place, 【〇〇港の上位輸入品目】, is still
            # whose the table is; not over a line after the table's rows, nor over a title of its own,
            # 【全体の上位輸入品目】, whose table is not the place's)
            self._title_actors = [m.id for m in mentions]
            self._title_rows = False
        if self._first_actor is None and mentions and s.role != "row":
            self._first_actor = mentions[0].id
        if self._top_body is None and s.index < DATE_LINE_SENTENCES:
            self._top_body = next((m.id for m in mentions if self._kind(m.id) == "government"), None)
        for m in mentions:
            self._recent.append(m.id)
            if self._doc_government is None and self._kind(m.id) == "government":
                self._doc_government = m.id
            if self._kind(m.id) == "company":
                self._accounts_of_a_body = True
        if _ACCOUNTS_OF_A_BODY_RE.search(text):
            self._accounts_of_a_body = True
        if not self._own_local_unnamed and _OWN_LOCAL_RE.search(text):
            self._own_local_unnamed = True
        del self._recent[:-50]

        # the day of the release, said as 本日/today/5日 or as the document's own date (「任天堂は4月25日、
        # 2019年3月期の連結決算を発表した」 in a release of 25 April 2019)
        report_day = [p for p in periods if is_relative_day(p) or (
            anchor is not None and anchor.precision == "day" and p.period == anchor)]
        if not report_day and _REPORT_RE.search(text):
            # 「株式会社サンプルは2025年10月10日、2025年8月期の連結決算を発表した」 in a document with no date
            # of its own: a day said before the longer period a report names is the report's day
            days = [p for p in periods if p.period.precision == "day" and not is_base(text, p)]
            longer = [p for p in periods if p.period.precision not in ("day", "month") and p.start >= 0]
            if days and longer and days[0].end <= longer[0].start:
                report_day = [days[0]]
        refs = [p for p in periods if not is_base(text, p) and p not in report_day
                and (p.start, p.end) not in self._unwritable and (p.start, p.end) not in self._base_spans
                and not (self._japanese and _dates_a_record(text, p))]
        if refs and not _cjk(text) and _NEXT_RELEASE_RE.search(text):
            # "The next release, which will report on data for August 2009, is scheduled for October 16,
            # 2009.": the next release's period and day, no period the text reports on; the figures after
            # it go on about the period said before (July 2009), not the next release's day
            refs = []
        if refs and _cjk(text):
            # 「平成20年12月分」, 「令和元年(2019年)8月分」: 〜分 ("the part for") names the month or year
            # a Japanese statistical release reports on, whatever day it was published on (平成21年6月26日
            # in the same line): that period, not the day, frames the figures after it, and a 年計 (year
            # total) or 「1月〜12月」 without a year is that period's year
            reported = [p for p in refs
                        if text.startswith("分", p.end) and p.period.precision in ("month", "year")]
            if reported:
                refs = [reported[0], *(p for p in refs if p is not reported[0])]
                if self.report_period is None:
                    self.report_period = reported[0].period
        if len(refs) > 1 and not _cjk(text) and refs[0].period.precision == "day" \
                and not text[:refs[0].start].strip(" •-–—*") and s.role in ("text", "item"):
            # "March 19, 2020 U.S. airlines … carried … passengers in 2019": a news listing's item opens
            # with its day (a dateline), then says the period its figures are of; the sentences after it
            # ("Systemwide: 1,014 million passengers, up 3.9% from 2018") go on about that period, not the day
            opened = next((p for p in refs[1:] if p.period.precision != "day"), None)
            if opened is not None:
                refs = [opened, *(p for p in refs if p is not opened)]
        elif len(refs) > 1 and not _cjk(text) and refs[0].period.precision == "day" \
                and _RELEASE_DAY_BEFORE_RE.search(text, max(0, refs[0].start - 40), refs[0].start) \
                and s.role in ("text", "item"):
            # "Press release No. 325 of 8 July 2021 Overnight stays, May 2021 14,3 million …" (a page whose
            # title lines run into its lead): the day the document was published on is no period of its
            # figures; the month or quarter said after it is, and the sentences after go on about it
            opened = next((p for p in refs[1:] if p.period.precision != "day"), None)
            if opened is not None:
                refs = [opened, *(p for p in refs if p is not opened)]
        if refs and _cjk(text) and self.report_period is None and s.index < DATE_LINE_SENTENCES \
                and s.role in ("text", "heading") and not drafted_before:
            # 「平成30年の…取締り状況(平成31年2月22日)」, 「北陸3県における…契約数(平成23年3月末)」:
            # a Japanese release's title names the year or month it reports on (opening it, before の, or in
            # brackets after its name); its figures said with no period of their own are that period's,
            # not the day it was published on (a date line, or the day in brackets beside it)
            in_title = next((p for p in refs
                             if p.period.precision != "day" and _titles_period(text, p)), None)
            if in_title is not None:
                # (and the section under it: not a day a figure of the title was read with, 「北陸3県」)
                self.report_period = self.section_period = in_title.period
        survey_year = self.report_period or self.heading_period
        if _cjk(text) and not self.facts.observations and survey_year is not None \
                and survey_year.precision == "year" \
                and s.role == "text" and not quantities and self._as_of is None:
            # 「平成28年労働組合基礎調査結果について」 then 「労働組合基礎調査の結果(平成28年6月30日現在)を
            # とりまとめました」: the survey's day (…現在, "as of") in the title's year, said before any
            # figure, is the day its stocks are counted at; the title names only the survey's year
            self._as_of = next((p.period for p in periods if p.period.precision == "day"
                                and _AS_OF_AFTER_RE.match(text, p.end)
                                and survey_year.start <= p.period.start <= survey_year.end), None)
            if self._as_of is not None:
                self.report_period = self.section_period = self._as_of
        title_month = None
        # ("Insolvency Statistics / Reference INS/COM/160 Date 6 May 2011 / STATISTICS RELEASE: INSOLVENCIES
        # IN THE FIRST QUARTER 2011": a title under the page's labels and date line, before any figure, is the
        # release's title too)
        head_title = s.index < DATE_LINE_SENTENCES and not self.facts.observations \
            and s.role in ("text", "heading") and not text.rstrip().endswith((".", "。", ":")) \
            and not _RELEASED_LABEL_RE.search(text)
        if refs and (first_text or head_title) and not _cjk(text) and self.report_period is None:
            title_month = next((p for p in refs if p.period.precision in ("month", "quarter") and (
                (p is refs[-1] and p.end >= len(text.rstrip()) - 1)
                or (text[:p.start].rstrip().endswith(",") and _FULL_MONTH_RE.match(text, p.start)))), None)
        if title_month is not None and self.doc_date is not None \
                and _edition_month(title_month.period, self.doc_date, text):
            # "Regional Labour Market Statistics, October 2012" released on 17 October 2012: the month (or
            # quarter) a title names that holds the release's own day is its edition's, not the period it
            # reports on (a month's statistics come out after the month ends); its figures said with no
            # period of their own have none the text states, and are left out, not dated with that month
            self._edition_titled = True
            title_month = None
        if title_month is not None:
            self._title_month = title_month.period  # (undone by a date line in it: see _edition_of)
            # "Monetary developments in the euro area: June 2019": a release's title that ends with the
            # month or quarter it reports on; its figures said with no period of their own are that
            # period's, not the release's day. So is the month after a comma that closes a release's
            # name, whatever the page set after it ("Public Sector Finances, August 2011 This product is
            # designated as National Statistics", "Building Approvals, Australia, March 2012")
            self.report_period = title_month.period
        if s.role == "heading":
            self.section_period = None
            self._section_unwritable = False
        if s.role == "text" and (quarters := [r.period for r in refs if r.period.precision == "quarter"]):
            self._last_quarter = quarters[-1]
        lead = self.report_period is None and not self.facts.observations and bool(refs) \
            and _RESULTS_FOR_RE.search(text, max(0, refs[0].start - 40), refs[0].start) is not None
        if refs and s.role == "text" and not self._section_set and (
                (_REPORT_RE.search(text) and report_day) or lead):
            # 「福岡県は5日、令和6年の…戸数を公表した」, "Apple today announced results for its fiscal
            # 2025 first quarter ended December 28, 2024": a report dated by its day names the period
            # it reports on, which the section's figures are about when they say no other
            self.section_period = refs[0].period
            self._section_unwritable = False
            if self.report_period is None:
                # the release's lead: its figures are that period's in every section after it
                # ("Highlights", "Financial highlights for the quarter") that states no other
                self.report_period = refs[0].period
                # and the year it names is the "full year" of its figures
                self.report_year = next((p.period for p in refs
                                         if p.period.precision in ("year", "fiscal_year")), None)
        if _cjk(text):
            fiscal_years = [p.period.start.year for p in refs if p.period.text.startswith("FY")]
            if fiscal_years:
                self._ja_fy = fiscal_years[-1]  # (a 年度 the text names: its 上期 and 第1四半期 follow)
        if not refs and s.role == "text" and quantities and any(
                (p.start, p.end) in self._unwritable for p in periods if not is_base(text, p)):
            # "net income for its fiscal 2021 third quarter rose to $48.76 million": the paragraph (and
            # a section that has no period yet) goes on about a period no contract spelling holds; its
            # undated figures are skipped, not dated with the document's day or an earlier period
            self._para_unwritable = True
            if self.section_period is None:
                self._section_unwritable = True
        elif not refs and s.role == "text" and not quantities and not _cjk(text) and any(
                (p.start, p.end) in self._unwritable for p in periods if not is_base(text, p)):
            # "The population decrease between mid-2021 and mid-2022 comprised a natural decrease … A natural
            # decrease of 26 500 was recorded during the period": a sentence with no figure that names only a
            # span no contract spelling holds sets what the paragraph goes on about, as one with figures does
            # (the paragraph only: a section's period is not set by a sentence of no figure)
            self._para_unwritable = True
        titled = s.role == "heading" or (s.role in ("text", "item") and not _cjk(text)
                                          and not text.rstrip().endswith((".", "!", "?", ":"))
                                          # ("2. Main points for June to August 2020": a numbered
                                          # section's title, no list item of figures)
                                          and (s.role == "text" or not quantities))
        if titled and not refs and self.report_period is not None \
                and self.report_period.precision == "month" and _CURRENT_MONTH_RE.search(text):
            # "Provisional estimates for current month and financial year to date" (ONS): the current
            # month of a release is the month it reports on (deixis), so the section's undated figures are
            # that month's, though the heading names a span to date beside it
            self.section_period = self.report_period
            self._section_unwritable = False
        elif titled and not refs and any(
                (p.start, p.end) in self._unwritable for p in periods if not is_base(text, p)):
            # "Fourth Quarter Key Highlights (FY'24 Q4 vs. FY'23 Q4)" of a company whose quarter no
            # contract spelling holds: the section's undated figures are that quarter's, skipped
            self._section_unwritable = True
            self.section_period = self.heading_period = None
        elif titled and refs and s.role == "text" and (self._section_unwritable or (
                self.section_period is not None and is_own_part(self.section_period))):
            # "Full Year Key Highlights (FY'24 vs. FY'23)": a section of a period that can be written (after
            # the section of a company's own quarter, FY2024-Q4, as after one no contract spelling held)
            self.section_period = refs[0].period
            self._section_unwritable = False
        if refs:
            # a period said in a projection (「7～9月期は前期比4.7%増を見込む」) is the forecast's: its
            # paragraph goes on about it (「いずれも前期比4.1%の増加となる」, a forecast too), the
            # paragraphs and sections after it about the period the text reports on
            forecast = _forecast(text[_clause_start(text, refs[0].start):])
            if s.role == "heading":
                if not forecast:
                    self.heading_period = refs[0].period
                    if self._as_of is not None and refs[0].period.precision == "year" \
                            and refs[0].period.start <= self._as_of.start <= refs[0].period.end:
                        self.heading_period = self._as_of  # (the title again: the survey's day, above)
            elif _BEFORE_THE_CONTEXT_RE.fullmatch(refs[0].text) and self.para_period is not None:
                # "The corresponding change during the previous quarter was an increase of 0.4 percent."
                # (SCB): a period said from the one the text is about dates its sentence; the text goes on
                # about its own ("Since the second quarter 2013, … has increased 0.4 percent": 2014-Q2, was
                # 2014-Q1, and "the previous quarter" of the next sentence is 2014-Q1, was 2013-Q4)
                pass
            elif self.para_period is not None and self.para_period.precision == "quarter" \
                    and refs[0].period.precision == "quarter" \
                    and not any(ch.isdigit() for ch in refs[0].text) \
                    and refs[0].period.start.year < self.para_period.start.year:
                # "In the fourth quarter, real GDP increased 6.9 percent." in a report on the first quarter of
                # 2022 (dev17 BEA): the quarter before the one reported on, said in passing (dates.
                # relative_periods moved it to 2021); the text goes on about its own quarter ("increased 6.5
                # percent …, in the first quarter" is 2022's, was 2021's)
                pass
            else:
                # a period said after the sentence's first figure ("Apple reported revenue of $383 billion in
                # 2023") is that clause's adjunct, no frame of what follows: "the national" figure after it
                # keeps the period the text was about (see _figure); one said first ("In 2016 Taranaki …")
                # frames the sentences after it
                self._para_frame = (self.para_period or self.section_period or self.heading_period
                                    or self.report_period) if not _cjk(text) and quantities \
                    and quantities[0].start < refs[0].start else None
                self.para_period = refs[0].period
                # an English day said in a sentence that dates none of its own figures to it is the day of
                # something done (released, met, announced), not a day the text's figures are measured at
                # ("on October 1, 2023 totaled 11.6 million head", "effective March 16" date their figures)
                self._para_day_unfigured = refs[0].period.precision == "day" and not _cjk(text) and not any(
                    o.period == refs[0].period for o in self.facts.observations[drafted_before:])
                self._para_forecast = forecast
                self._para_unwritable = False
            if not forecast:
                self.last_period = refs[-1].period
        if s.role == "text" and text.rstrip().endswith(":"):
            # "In reported road traffic accidents for the year ending March 2014:" — a lead-in that a
            # colon ends introduces the list under it: the items are about its period (or, when no
            # contract period holds it, about none), not the title's
            # ("Provisional estimates for the period March 2015 to March 2016 show that:", Stats NZ: a
            # lead-in of no figure of its own whose span no contract period holds: its items' too)
            self._lead_in = (refs[0].period, False) if refs else \
                (None, True) if self._para_unwritable or any(
                    (p.start, p.end) in self._unwritable for p in periods if not is_base(text, p)) else None
        elif s.role == "text" and _JA_LEAD_IN_RE.search(text):
            # 「対象法人数は以下のとおりです。」: a Japanese lead-in says 以下のとおり where English sets a
            # colon; the items under it are about its period, else the one the text went on about
            # (平成30年4~6月期), not a date line's day
            listed: Period | None = refs[0].period if refs else self.para_period or self.section_period
            self._lead_in = (listed, False) if listed is not None else None
        elif s.role != "item":
            self._lead_in = None

    # --- rows ----------------------------------------------------------------------------------

    def _figures_and_event(self, s: Sentence, text: str, mentions: list[Mention], metric_hits: list[Mention],
                           periods: list[PeriodMatch], quantities: list[QuantityMatch],
                           context: Period | None) -> None:
        ctx = self.ctx
        place = Place.of(self.doc, s)
        self._sentence_owners = []
        self._sentence_metrics = []
        self._section_set = False
        self._sentence_quantities, self._sentence_periods = quantities, periods
        actors: list[str] = []
        for m in mentions:
            if m.id not in actors:
                actors.append(m.id)
        if self._topic and self._topic not in actors:
            actors.insert(0, self._topic)
        kind = event_kind(text)
        if kind == "plan" and _DIVIDEND_PAYMENT_RE.search(text):
            # "NVIDIA will pay its next quarterly cash dividend of $0.01 per share on April 2, 2025": a
            # scheduled payment is no plan of the release's news; its amount per share is a figure
            kind = None
        if kind == "plan" and _forecast(text) and _EXPECT_SUBJECT_RE.search(text):
            # "we expect OPEC+ will begin relaxing cuts in 4Q24", 「…と予想している」: the writer's
            # forecast of what others will do is no one's plan (an actor's own plan says plan, aim …)
            kind = None
        if kind is None and _SAID_TODAY_RE.search(text) and any(
                self._kind(a) == "government" for a in actors):
            # "…, Statistics New Zealand said today", "The Reserve Bank of Australia's Board today
            # left its cash rate target at 4.35 per cent": a body's release of the day
            kind = "publication"
        # a timeline item: the sentence starts with its date, then a separator (2026/04: ..., 2026年4月、...)
        # (not the document's title, its first heading: 「令和6年 福岡県の新設住宅着工戸数」 names what
        # the document is about, it reports no happening)
        # ("Full-year total revenue grew …": a word of a year's figures, no timeline date)
        starts_dated = bool(periods) and periods[0].start == 0 and (
            _cjk(periods[0].text) or any(ch.isdigit() for ch in periods[0].text)) and bool(
            TIMELINE_SEP_RE.match(text, periods[0].end)) \
            and (periods[0].start, periods[0].end) not in self._unwritable  # ("Q4 revenue $789.8 million")
        # (nor is a table row whose label is a period: 「| 2025年3月期 | 12,345 |」 states values)
        timeline = starts_dated and not (s.role == "heading" and self._headings == 1) and s.role != "row"
        is_event = (bool(periods) and (timeline or kind is not None)) or (
            self._topic is not None and context is not None)
        if not is_event and not periods and kind is not None and actors and s.role == "text" \
                and self.doc_date is not None and context == self.doc_date and _DONE_RE.search(text):
            # a release says what was done without a date ("The Department also signed ... with
            # Micron for up to $275 million"): it happened by the document's date
            is_event = True

        # metrics named for each figure; what no metric claims may be the event's amount
        named: dict[int, str] = {}
        for i, q in enumerate(quantities):
            metric_id = self._named_metric(text, q, metric_hits)
            if metric_id:
                named[i] = metric_id
        amount_index: int | None = None
        if is_event:
            sized = [i for i, q in enumerate(quantities)
                     if q.quantity.unit and q.quantity.unit not in NO_AMOUNT_UNITS
                     and not is_rate(q.quantity.unit)]  # a rate (1ドル=145円) is a measure, not an amount
            # "revenue was $69.6 billion": a stated level is a figure, not what the event moved
            sized = [i for i in sized if not _LEVEL_BEFORE_RE.search(text[max(0, quantities[i].start - 30):
                                                                          quantities[i].start])]
            # "earnings rose by 10 cents": a measure's change is a figure too, not what the event moved
            sized = [i for i in sized if not _CHANGE_BEFORE_RE.search(text, max(0, quantities[i].start - 40),
                                                                      quantities[i].start)]
            if kind in (None, "publication", "milestone") and _REPORT_RE.search(text) \
                    and _RESULTS_RE.search(text):
                # 「日立製作所が28日発表した…決算は、売上高が…4兆3537億円」: the amounts a report
                # states are its figures, not something the report moved
                sized = []
            unnamed = [i for i in sized if i not in named]
            # the first amount no metric claims; else the first a metric names, which is then
            # both the event's amount and an observation (1GW拡大方針: a plan of 1 GW, and a target)
            choices = unnamed or sized
            amount_index = choices[0] if choices else None

        owns = self._reference_periods(text, quantities, periods)
        self._role = s.role
        if is_event:
            when = self._event_date(text, periods, owns, kind)
            date = None if when is _UNDATED else when.period if when else context
            date_from: DateFrom = "text" if when else "context"
            event_actors = tuple(actors)
            kind = kind or "milestone"
            if not event_actors and kind in ("policy", "regulation") and ctx.default_government:
                event_actors = (ctx.default_government,)
            amount = quantities[amount_index].quantity if amount_index is not None else None
            if date is not None and not when and not _cjk(text) and kind in ("release", "publication"):
                # "The Daily is released Monday to Friday at 8:30 a.m.": an English report or release said
                # with no day of its own did not happen on the day of the document that mentions it (nor on
                # its heading's or paragraph's): its day is not said
                date = None
            if date is not None and date.precision != "day" and not _cjk(text) and (
                    kind in ("release", "publication")
                    or (kind == "milestone" and date.precision != "month" and not _DONE_RE.search(text))
                    # ("Crude Oil production … declined by 6.3 per cent in August", "Announcement regarding
                    # the February 2018 data on Travel …", "The rise in April 2016 was supported by positive
                    # growth": a month's figure or a release's subject, no happening; English month-dated
                    # events with no verb of a thing done were wrong on the development sets (10 of 11 gone,
                    # five documents). A month stays with a verb of one: "ABCI 3.0 started operation in April
                    # 2026")
                    or (kind in ("milestone", "funding") and date.precision == "month"
                        and not _deed_done(text) and not _BEGAN_RE.search(text))):
                # an English release or publication dated by a month, a quarter or a year: that is the period
                # its figures are about, not the day it came out ("Statistics Korea has released its
                # employment trends for September 2023", "2024 FOMC Statements"); nor is a sentence with no
                # word of a thing done a happening of the quarter or the year it states ("In the second
                # quarter of 2024, GDP in the euro area expanded": a statistic; "Annual Report 2019"). Not
                # drafted: the figures are rows of their own (a month stays: "ABCI 3.0 started operation in
                # April 2026")
                date = None
            if date is not None and date.precision != "day" and _cjk(text) \
                    and kind == "milestone" and not _JA_AIM_RE.search(text):
                # the Japanese of the rule above: 「実質賃金は1.9%減だった」 (a month), 「地方部…の
                # シェアが4割を突破」 (a year): a figure's level or change said of a month, a quarter or a
                # year is that period's row, no happening (the gold of the development sets takes the
                # figure, never the milestone, even where no row of it is drafted);
                # 「平成29年度上期(4~9月)の観光入り込み客数を発表」, 「【平成29年8月分】」: a publication
                # dated so took the period its figures are about (a release comes out on a day), unless the
                # month is said as when it was done (「2023年12月、文部科学省は…指針を発表した」, 「平成23年1
                # 月に速報として公表した」: a month and 、 or に, no の). A plan's year stays (「2027年に…
                # 量産開始を目指しています」), and so does a thing done with a figure beside it
                # (「性能を7倍超へ強化し、2026年度サービス開始」)
                done_in_month = date.precision == "month" and when is not None and when is not _UNDATED \
                    and when.end > 0 and _JA_DONE_WHEN_AFTER_RE.match(text, when.end) is not None
                if (quantities and _JA_FIGURE_SAID_RE.search(text)) \
                        or (_JA_PUBLISHED_RE.search(text) and not done_in_month):
                    date = None
            if date is not None and (event_actors or amount is not None):
                title = _title(text, periods[0] if starts_dated else None)
                row = EventRow(
                    id="ev-" + short_hash(self.doc, *place.key()[1:], "event"),
                    date=date, date_from=date_from,
                    pillar=ctx.guess_pillar(text, self.section_pillar, kind,
                                            [self._kind(a) for a in event_actors]),
                    actors=event_actors, kind=kind, title=title, lang="ja" if _cjk(text) else "en",
                    amount=amount, source=self.source, place=place,
                    mark=self._mark(place, quantities[amount_index] if amount_index is not None else when),
                )
                self._add_event(row)
                if amount is not None and event_actors:
                    # the amount of a grant or an investment is its recipient's (named last: "経済産業省は
                    # Rapidusに…支援", "Commerce awarded Micron"); "このうち…" afterwards is part of it
                    recipient = kind in ("funding", "investment")
                    self._last_owner = event_actors[-1] if recipient else event_actors[0]

        for i, q in enumerate(quantities):
            if i == amount_index and i not in named:
                continue
            self._figure(text, q, named.get(i), mentions, metric_hits, owns[i], context, place)

    def _row_label_months(self, text: str, periods: list[PeriodMatch]) -> list[PeriodMatch]:
        """A table's rows labelled by months, the year said on the first row of its months only
        (「平成29年5月」, 「6月」, 「7月」; "Nov 2024", "Dec", "Jan"): a month label without its year is of
        the row before's year, or of the next when it comes round to an earlier month (was read as the
        latest such month before the document's date: June 2016 under May 2017)."""
        label = self._cell_spans[0] if self._cell_spans else None
        if label is None:
            return periods
        a, b = label
        out = []
        for p in periods:
            if a <= p.start and p.end <= b and p.period.precision == "month":
                if _YEAR_IN_LABEL_RE.search(text, a, b):
                    self._row_month = p.period
                elif self._row_month is not None and _MONTH_LABEL_RE.fullmatch(text, a, b):
                    last = self._row_month
                    year = last.start.year + (p.period.start.month < last.start.month)
                    p = PeriodMatch(period_of_month(year, p.period.start.month), p.start, p.end, p.text)
                    self._row_month = p.period
            out.append(p)
        return out

    def _mark(self, place: Place, found: QuantityMatch | PeriodMatch | None) -> tuple[int, int] | None:
        """Where a figure or date of the sentence stands in its quote (the lead's dateline and wire
        credit, read apart, counted back in: they moved every figure of "WASHINGTON, Dec. 10, 2024 —
        The U.S. economy grew 2.8 percent" by the dateline's length)."""
        if found is None or found.start < 0:
            return None
        return quote_span(place.quote, found.start + self._lead_cut, found.end + self._lead_cut)

    def _title_publisher(self, ctx: ExtractContext, m: Mention, ent: NewEntity) -> tuple[Mention, NewEntity]:
        """An acronym before the document's own title is the body that publishes it: "ABS Building
        Approvals show that …" in "Building Approvals, Australia, March 2012" is the ABS's release, whose
        figures are the ABS's (a noun compound's last words are its head, here the publication)."""
        words = (ent.name_en or "").split(" ")
        title = (self._doc_title or "").casefold()
        if ent.kind != "other" or len(words) < 2 or not _ACRONYM_RE.fullmatch(words[0]) \
                or " ".join(words[1:]).casefold() not in title:
            return m, ent
        body = ctx.new_entity(words[0], "other")
        return (Mention(body.id, m.start, m.start + len(words[0])), body) if body is not None else (m, ent)

    def _short_name(self, m: Mention, ent: NewEntity) -> tuple[Mention, NewEntity]:
        """A one-word name that opens a longer name the document used before is that name said short
        ("Darden's Board" after "Darden Restaurants, Inc."; "Dell" after "Dell Technologies")."""
        name = ent.name_en or ""
        if " " in name or not name or _cjk(name):
            return m, ent
        for other in self.facts.entities.values():
            long = other.name_en or ""
            if other.id != ent.id and long.startswith(name + " ") and other.kind in ("company", "other"):
                return Mention(other.id, m.start, m.end), other
        return m, ent

    def _unsaid_company_year(self) -> Period | None:
        """The company fiscal year a release reports on ("fiscal 2024") when the release never says
        where that year starts, so that its quarters have no months (``FYyyyy``, read with the note
        that says so); None when the months are known or the year is a country's or a ministry's."""
        if self.fiscal_start is not None or self._fiscal_year is None \
                or f"FY{self._fiscal_year:04d}" not in self._company_fy:
            return None
        first = self._jurisdiction(self._first_actor) if self._first_actor is not None else None
        if first is not None and self._kind(first) in ("country", "government"):
            return None
        return period_of_fiscal_year(self._fiscal_year)

    def _company_parts(self, text: str, periods: list[PeriodMatch]) -> list[PeriodMatch]:
        """Bare "Q2", "H1" of a company whose fiscal year is not the calendar's: its own quarter or
        half of the fiscal year the release reports on (see :func:`company_parts`); when the release
        never says where its year starts, no contract period holds them."""
        assert self._fiscal_year is not None
        parts = company_parts(text, self.fiscal_start, self._fiscal_year)
        out, unwritable = replace_spans(text, periods, parts)
        self._unwritable.update(unwritable)
        return out

    def _with_fiscal(self, text: str, periods: list[PeriodMatch]) -> list[PeriodMatch]:
        """``periods`` with a company's fiscal periods in place of what they contain."""
        named_year = _FISCAL_YEAR_NAMED_RE.search(text)
        if named_year and self._fiscal_year is None:
            self._fiscal_year = int(named_year.group(1))  # the fiscal year the release reports on
        return self._apply_fiscal(text, periods, fiscal_periods(text, periods, self.fiscal_start))

    def _with_japanese_fiscal(self, text: str, periods: list[PeriodMatch]) -> list[PeriodMatch]:
        """``periods`` with a Japanese company's fiscal periods (2024年8月期, 2025年3月期第3四半期) in
        place of the months and quarters read inside them."""
        # (in a text about a fiscal year, 年度, with no company year named: 「平成29年度上期」 then
        # 「上期として」, 「4～6月の第1四半期」 are that fiscal year's parts, April-based, not the calendar's)
        frame = self._ja_fiscal_year or ((self._ja_fy + 1, 3) if self._ja_fy is not None else None)
        # (under a heading 「連結経営成績（累計）」 a 第3四半期 is the nine months from the year's start)
        short_years = self.doc_date.start.year if self.doc_date and self._last_role == "row" else None
        fiscal, named = japanese_fiscal_periods(text, frame, self._section_cumulative, short_years)
        if named != frame:
            self._ja_fiscal_year = named  # 2025年3月期: a company's year named
        return self._apply_fiscal(text, periods, fiscal)

    def _apply_fiscal(self, text: str, periods: list[PeriodMatch], fiscal: list[FiscalPeriod]
                      ) -> list[PeriodMatch]:
        if not fiscal:
            return periods
        out = [p for p in periods if not any(f.start < p.end and p.start < f.end for f in fiscal)]
        for f in fiscal:
            if f.fiscal_start and self.fiscal_start is None:
                self.fiscal_start = f.fiscal_start
            if f.period is None:
                self._unwritable.add((f.start, f.end))
            elif f.company_fy:
                self._company_fy.add(f.period.text)
                if self._fiscal_year is None and f.fiscal_start is not None:
                    # "its fiscal fourth quarter and full year 2024 ended February 4, 2024": the
                    # company year the release reports on, its bare "Q4" that year's quarter
                    self._fiscal_year = int(f.period.text[2:6])
            out.append(PeriodMatch(f.period or NO_PERIOD, f.start, f.end, text[f.start:f.end]))
        out.sort(key=lambda p: p.start)
        return out

    def _reference_periods(self, text: str, quantities: list[QuantityMatch],
                           periods: list[PeriodMatch]) -> list[PeriodMatch | None]:
        """The period each figure of a sentence is about (the rules in :mod:`shingi.ingest.dates`).

        Bases of comparisons (``from Q3``, ``19年比``) are never a figure's period, and a day said
        as 本日/today only when it stands right by the figure ("2% today"). Japanese puts the
        period before what it dates (2024年の輸出額は...): the nearest before, else after. English
        mostly after ("rose 2.8 percent in the third quarter"): the first after with no other
        figure between, else the nearest before, else the first after; never across "compared
        with", which starts the other side of a comparison.
        """
        cands = [p for p in periods if not is_base(text, p)]
        cjk = _cjk(text)
        # "from $5.5 billion in the fourth quarter of 2011": that period is the base amount's alone
        owned: dict[tuple[int, int], QuantityMatch] = {}
        # "below the revised August estimate of 1,361,000": a base's period is the base figure's; so is
        # 「平成28年分(2,169万人)から28万7千人増加」's: the base's own figure in brackets right after it
        base_figure_re = _BRACKETED_AFTER_PERIOD_RE if cjk else _ESTIMATE_OF_RE
        for p in periods:
            m = base_figure_re.match(text, p.end)
            base = next((x for x in quantities if m and x.start == m.end()), None)
            if base is not None and not cjk and m is not None and "(" in m.group(0) \
                    and not any(x.end <= p.start for x in quantities):
                # "fell for the first time since January 2014 (-0.3%)": with no current figure before it, the
                # bracket's figure is the current one, not the base's
                base = None
            if base is not None and p not in cands:
                cands.append(p)
                owned[(p.start, p.end)] = base
        bracketed: set[tuple[int, int]] = set()
        if cjk:
            # 「…約1,664万人で,…標記については,平成23年1月に速報として公表したが」: a period before に and a
            # verb of publishing dates the publication, no figure of the sentence (nor the text after it)
            bracketed = {(p.start, p.end) for p in cands if _PUBLISHED_AFTER_RE.match(text, p.end)}
            cands = [p for p in cands if (p.start, p.end) not in bracketed]
            cands.sort(key=lambda p: p.start)
            for p in cands:
                # 「実質0.3%(7~9月期は0.2%)」, 「(令和元年上半期:1,663万人)」: a bracket that opens
                # with a period and gives a figure after it is an aside of that period's figure
                # (Japanese puts the period first, as English puts it after: "(9.0 percent in April)");
                # the period dates that figure alone, neither the figures outside the bracket nor the
                # text after it
                aside = _bracket_after_period(text, p, quantities)
                if aside is not None and (p.start, p.end) not in owned:
                    owned[(p.start, p.end)] = aside
                    bracketed.add((p.start, p.end))
        else:
            for p in cands:
                # "The Border region with €17,641 (€16,743 revised 2014) fared worst": a period inside a
                # bracket after a figure of that bracket dates that figure alone (an aside, as "in May 2011
                # (9.0 percent in April)"), neither the figures outside it nor the text after it
                opened = text.rfind("(", 0, p.start)
                if opened < 0 or ")" in text[opened:p.start] or (p.start, p.end) in owned:
                    continue
                inner = [x for x in quantities if opened < x.start and x.end <= p.start]
                if inner:
                    owned[(p.start, p.end)] = inner[-1]
                    bracketed.add((p.start, p.end))
            for p in cands:
                m = _BASE_AMOUNT_BEFORE_RE.search(text, max(0, p.start - 60), p.start)
                base = next((x for x in quantities if m and m.start(1) <= x.start < m.end(1)), None)
                if base is not None:
                    owned[(p.start, p.end)] = base
        # 「平成27年度上期の3603万人を上回って」: a period joined by の to a figure is that figure's; when
        # the figure is what another is compared with, its period is a base's, no context for later text
        bound = {(p.start, p.end): x for p in cands for x in quantities
                 if cjk and x.start >= p.end and _BOUND_RE.fullmatch(text, p.end, x.start)}
        self._base_spans = {span for span, x in bound.items() if _COMPARED_OBJECT_RE.match(text, x.start)}
        self._base_spans |= bracketed
        if self._japanese:
            # 「指数水準H27.5 97.2以来」 (the level since which), 「①H23.3 ▲16.5%」 (a ranked record): the
            # period dates its record alone, never the text after it (was the context of the table's
            # next row, 「前年同月比(原指数) 0.0%」 dated March 2011)
            self._base_spans |= {(p.start, p.end) for p in cands if _dates_a_record(text, p)}
        out: list[PeriodMatch | None] = []
        for q in quantities:
            near = [p for p in cands if (not is_relative_day(p)
                    or 0 <= p.start - q.end <= 3 or 0 <= q.start - p.end <= 3)
                    and owned.get((p.start, p.end), q) is q]
            # ("In October 2021, unemployment in the euro area was 7.3%, while in the EU it reached 6.6%":
            # a period that opens the sentence frames both sides of a contrast)
            before = [p for p in near if p.end <= q.start and (
                not _compared_between(text, p.end, q.start)
                or (_OPENING_PERIOD_RE.fullmatch(text, 0, p.start) is not None
                    and text.startswith(",", p.end))
                # "increased in Q2 2014 compared with Q2 2013, by 4.5%": the comparison, closed by its comma,
                # is an aside between the verb's period and its "by"
                or (not cjk and _COMPARED_ASIDE_RE.fullmatch(text, p.end, q.start) is not None))]
            # (nor across "from" an amount: "$5.8 billion, up 6% from $5.5 billion in the fourth
            # quarter of 2011" dates the $5.5 billion, the base, not the $5.8 billion)
            after = [p for p in near if p.start >= q.end and not _COMPARE_RE.search(text, q.end, p.start)
                     and (cjk or not (_FROM_AMOUNT_RE.search(text, q.end, p.start)
                                      or _AFTER_CLAUSE_RE.search(text, q.end, p.start)
                                      or any(q.end <= x.start and x.end <= p.start
                                             and _BASE_FIGURE_BEFORE_RE.search(text, max(q.end, x.start - 40),
                                                                      x.start)
                                             for x in quantities)))]
            pick: PeriodMatch | None
            if cjk:
                before = [p for p in before if not _dates_a_relative_clause(text, p, q)]
                # 2019年の3,188万人を約500万人上回った: 2019年 dates the figure it is joined to by の
                free = [p for p in before if not any(
                    x is not q and x.start >= p.end and _BOUND_RE.fullmatch(text, p.end, x.start)
                    for x in quantities)]
                if free:
                    pick = free[-1]
                elif before:
                    pick = _topic_period(text, before[0], quantities)
                else:
                    # (a period after the figure that is joined to another figure dates that one:
                    # 「3660万人で、…平成27年度上期の3603万人を上回って」)
                    after = [p for p in after if bound.get((p.start, p.end), q) is q]
                    pick = after[0] if after else None
            else:
                # (the length of a run of months is no other figure: "following a 4.2 percent increase in the
                # 12 months to March 2024" is March's, was the period before it, June 2024)
                clear = [p for p in after
                         if not any(q.end <= x.start and x.end <= p.start and not (
                             x.quantity.unit is None and _DURATION_WORD_AFTER_RE.match(text, x.end))
                                    for x in quantities)]
                if clear and before and _NEW_CLAUSE_RE.search(text, q.end, clear[0].start) \
                        and (before[-1].start >= _clause_start(text, q.start)
                             # ("The change … for August was revised down by 81,000, from +159,000 to +78,000,
                             # and the change for September was revised …" (BLS): August's clause runs over
                             # commas to the next "and the …")
                             or not _NEW_CLAUSE_RE.search(text, before[-1].end, q.start)):
                    # "Revenue in 1H24 was $5.0 billion, and revenue in 2Q24 was $2.6 billion": a period
                    # past the next clause's opening is that clause's; the one before in the figure's own
                    # clause dates it
                    clear = []
                pick = clear[0] if clear else before[-1] if before else after[0] if after else None
                if (since := _record_since(text, q, quantities, periods)) is not None:
                    pick = since
            out.append(pick)
        if not cjk:
            _pair_respectively(text, quantities, periods, out)
            # "sales increased 1.7% from the $128.3 million reported for the second quarter", "rose by 2.3%
            # after an increase of 1.6% in September": a period only the base of a comparison is said
            # for is that figure's alone, no context for the sentences after it
            of_base = [p is not None and (owned.get((p.start, p.end)) is q
                                          or _base_amount(text, q, quantities, _BASE_FIGURE_BEFORE_RE))
                       for p, q in zip(out, quantities, strict=True)]
            based = {(p.start, p.end) for p, b in zip(out, of_base, strict=True) if p is not None and b}
            based -= {(p.start, p.end) for p, b in zip(out, of_base, strict=True) if p is not None and not b}
            # ("increased by 0.4%, after remaining unchanged in September": no figure, a base all the same)
            if _BASE_SENTENCE_RE.match(text):
                # "This follows a relatively unchanged estimate (0.0 per cent) in July 2018.", "This
                # compares with $86.4 million … in last year's third quarter.": a sentence about the other
                # side of the comparison before it; its periods are no context for the text after it
                based |= {(p.start, p.end) for p in periods}
            picked = {(p.start, p.end) for p in out if p is not None}
            based |= {(p.start, p.end) for p in periods if (p.start, p.end) not in picked and any(
                q.end <= p.start and _AFTER_CLAUSE_RE.search(text, q.end, p.start) for q in quantities)}
            self._base_spans |= based
        if owned:
            # "…, up 6% from $5.5 billion in the fourth quarter of 2011; operating net income of $6.1
            # billion, up 10% from $5.6 billion": a base said again in a parallel clause, with its period
            # left out, is of the period the first base was said for (ellipsis)
            base_period = next(p for p in periods if (p.start, p.end) in owned)
            for i, q in enumerate(quantities):
                if out[i] is None and q.start > base_period.end \
                        and _BASE_AMOUNT_RE.search(text, max(0, q.start - 20), q.start):
                    out[i] = PeriodMatch(base_period.period, -1, -1, "")
        # "X rose 1.8 percent in Q3, compared with 2.4 percent in Q2": later sentences of the
        # paragraph that compare without periods ("rose 1.5 percent, compared with 2.5 percent")
        # mean the same two
        cut = _COMPARE_RE.search(text)
        if cut is not None and quantities:
            left = [i for i, q in enumerate(quantities) if q.end <= cut.start()]
            right = [i for i, q in enumerate(quantities) if q.start >= cut.end()]
            if left and right:
                a, b = out[left[0]], out[right[0]]
                if a is not None and b is not None and a.period != b.period:
                    self._compare = (a.period, b.period)
                elif a is None and b is None and self._compare is not None:
                    for i in left:
                        out[i] = PeriodMatch(self._compare[0], -1, -1, "")
                    for i in right:
                        out[i] = PeriodMatch(self._compare[1], -1, -1, "")
        return out

    def _event_date(self, text: str, periods: list[PeriodMatch], owns: list[PeriodMatch | None],
                    kind: str | None) -> PeriodMatch | None:
        """When an event happened: a day said as 本日/today/15日 first; a report (発表, released ...)
        of figures whose periods are all theirs is dated by the document ("GDP rose 2.8 % in Q3,
        the Bureau released": released on the release day, not in Q3); else the first period."""
        for p in periods:
            if is_relative_day(p):
                return p
        taken = {(p.start, p.end) for p in owns if p is not None}
        # (a base of a comparison, 「前回の2022年12月調査から6ポイント悪化」, is not when it happened)
        usable = [p for p in periods if (p.start, p.end) not in self._unwritable and not is_base(text, p)]
        if usable and all((p.start, p.end) in taken for p in usable) and _REPORT_RE.search(text) \
                and self.doc_date is not None:
            return PeriodMatch(self.doc_date, -1, -1, "")
        if not _cjk(text) and kind in (None, "publication", "release", "milestone") \
                and _SCHEDULED_RE.search(text):
            # "New Residential Sales data for January 2015 will be released on Wednesday, February 25,
            # 2015": the next release's schedule, as a "Next release:" line is, nothing that happened
            return _UNDATED
        covered = usable and kind in (None, "publication", "release", "milestone") and (
            _RELEASE_VERB_RE.search(text) and _covered_period(text, usable[0]) if not _cjk(text)
            # 「関東財務局は、平成30年4~6月期の管内分の法人企業統計調査結果を公表しました」: a period joined
            # by の to what is published (its results) is what they cover, not when they were published
            else usable[0].period.precision != "day" and text.startswith("の", usable[0].end)
            and _REPORT_RE.search(text, usable[0].end) is not None)
        if covered:
            # "Infosys reports results for the quarter ended September 30, 2016", "Statistics Korea has
            # released its employment trends for September 2023", "North Carolina's July Employment
            # Figures Released": the period a report covers is not when it was released; the release is
            # the day the sentence states, else the document's day, else undated (not drafted)
            day = next((p for p in usable
                        if p.period.precision == "day" and not _covered_period(text, p)), None)
            if day is not None:
                return day
            if self.doc_date is not None and self.doc_date.precision == "day":
                return PeriodMatch(self.doc_date, -1, -1, "")
            return _UNDATED
        return usable[0] if usable else None

    def _named_metric(self, text: str, q: QuantityMatch, metric_hits: list[Mention]) -> str | None:
        """The pack metric named for a figure in its clause (nearest first), if its unit fits."""
        ctx = self.ctx
        unit = q.quantity.unit
        clause_start = _clause_start(text, q.start)
        clause_end = _clause_end(text, q.end)
        candidates = [h for h in metric_hits if clause_start <= h.start and h.end <= q.start]
        candidates.sort(key=lambda h: q.start - h.end)
        after = [h for h in metric_hits if q.end <= h.start and h.end <= clause_end]
        after.sort(key=lambda h: h.start - q.end)
        for h in candidates + after:
            metric = ctx.metric(h.id)
            if metric is None:
                continue
            if unit_fits(metric, unit):
                return metric.id
            extended = ctx.extended_metric(metric, unit)
            if extended:
                return extended
        if unit == "x":
            # a multiple refers back to a measure named earlier in the sentence: "investment was
            # $0.68 billion, one hundredth of the US's" is investment relative to the US
            for h in sorted((h for h in metric_hits if h.end <= clause_start), key=lambda h: -h.end):
                metric = ctx.metric(h.id)
                extended = ctx.extended_metric(metric, unit) if metric is not None else None
                if extended:
                    return extended
        return None

    def _figure(self, text: str, q: QuantityMatch, metric_id: str | None, mentions: list[Mention],
                metric_hits: list[Mention], own: PeriodMatch | None, context: Period | None,
                place: Place) -> None:
        ctx = self.ctx
        local = _LOCAL_DOLLARS.get(self._doc_country or "")
        column = self._column_name(q)
        # a table's cell under a header that states a bare dollar ("July 2024 value ($ million)") says it as
        # its header does: the same dollar as a bare "$6.1 billion" of the text (see _in_local_dollars)
        bare_dollar = q.quantity.unit == "USD" and bool(
            _BARE_DOLLAR_RE.search(q.text)
            or (column and (_BARE_DOLLAR_RE.search(column) or self._table_dollar)))
        if local and bare_dollar:
            # "$31.67" in a release of Statistics Canada: a bare dollar sign is the country's dollar
            q = replace(q, quantity=replace(q.quantity, unit=local))
        if q.quantity.unit == "%" and _cjk(text) and _contribution_said(text, q):
            # 「「食料」の1.14%及び「家電」の0.95%(名目寄与度)」: a contribution to a rate of change is in
            # points of that rate, written with % (as a column headed 寄与度 is read)
            q = replace(q, quantity=replace(q.quantity, unit="pp"))
        if q.quantity.unit == "pt" and self._para_index \
                and points_unit(text, q, self._sentence_quantities, alone="index") == "index":
            # 「3ヶ月後方移動平均は0.67ポイント下降し」 after 「先行指数は…2.0ポイント上昇した。」: no level
            # beside the points, and the paragraph is about an index: its points (see points_unit)
            q = replace(q, quantity=replace(q.quantity, unit="index"))
        unit = q.quantity.unit
        if own is None and column and is_to_date(column):
            self.facts.skipped_figures += 1  # a column headed "Year-to-date": January to a month unsaid
            return
        if own is None and column:
            # 「| 売上高 | 1兆2005億円 |」 under a column headed 「2019年3月期」: the header's period
            headed = self._header_periods(column)
            if len(headed) == 2 and _CHANGE_HEADER_RE.search(column) and _FROM_TO_RE.fullmatch(
                    column, headed[0].end, headed[1].start):
                # "% change Sep Qtr 2019 to Dec Qtr 2019": the change to the later period is its figure
                headed = headed[1:]
            if len(headed) == 1:
                own = PeriodMatch(headed[0].period, -1, -1, column)
            elif not headed and _CHANGE_HEADER_RE.search(column):
                # "| Jan 2024 | Feb 2024 | % change |": a change column compares the latest period
                # of the header with an earlier one; its figures are the latest period's
                dated = [p for cell in self._table_header if cell != column
                         for p in self._header_periods(cell)[:1] if len(self._header_periods(cell)) == 1]
                if dated:
                    latest = max(dated, key=lambda p: (p.period.end, p.period.start))
                    own = PeriodMatch(latest.period, -1, -1, column)
        if own is None and self._role == "row" and self._row_cells and context is not None and (
                (column and _PREVIOUS_CELL_RE.search(column)) or _PREVIOUS_CELL_RE.search(self._row_cells[0])
        ) and (earlier := _previous_period(context)) is not None:
            # 「(前月値)」 after a row's label, 「(前月確報時)」 over a column: the figure of the month
            # (quarter) before the table's, as the words say (前月: the previous month; 値: value; 確報時:
            # when final)
            own = PeriodMatch(earlier, -1, -1, column or self._row_cells[0])
        if own is None and self._role == "row" and self._row_cells and any(
                _PERIODISH_CELL_RE.search(cell) and not _CHANGE_HEADER_RE.search(cell)
                and not _PREVIOUS_CELL_RE.search(cell) and not self._header_periods(cell)
                for cell in self._table_header[1:]):
            # 「| 部門 | 当第3四半期 | 前年同期 | 増減率（%） |」: the table dates its columns in words not
            # read here (当期, 前年同期); the context's period is no better than a guess for its cells
            self.facts.skipped_figures += 1
            return
        if metric_id is None and column:
            # a figure in a table: its column's header names what it measures
            for h in ctx.find_metrics(column):
                header_metric = ctx.metric(h.id)
                if header_metric is not None and unit_fits(header_metric, unit):
                    metric_id = header_metric.id
                    break
        if metric_id is None:
            # the latest metric of the paragraph that fits: "GPT-4.1 (94.3%)" after "JMLEスコアは70.7%"
            for carried_id in reversed(self._para_metrics):
                carried = ctx.metric(carried_id)
                if carried is not None and unit_fits(carried, unit):
                    metric_id = carried.id
                    break
        if unit is not None and _BAND_AFTER_RE.match(text, q.end) and not q.text.endswith("台"):
            # 「1.6倍台で推移」, 「5万人台」: a band of values (1.6 to 1.7), not a figure
            self.facts.skipped_figures += 1
            return
        if unit == "x" and _GAP_AFTER_RE.match(text, q.end):
            # "a 100-fold gap", 約100倍の格差: who is ahead is not said, so neither ratio can be written
            self.facts.skipped_figures += 1
            return
        if metric_id is None and (unit is None or (unit == "count" and ctx.pack is not None)):
            self.facts.skipped_figures += 1
            return
        if unit == "x" and not _cjk(text) and _FRACTION_WORD_RE.search(q.text):
            # "which represent about two-thirds of the economy", "two-thirds of major work stoppages lasted
            # three or less workdays", "Inflation has eased over the past three quarters": a fraction said in
            # words is a rough share of a group (or, after "past", a count of quarters), no ratio of one
            # figure to another; a share the release measures is written as a percentage
            self.facts.skipped_figures += 1
            return
        if not _cjk(text) and _SHARE_OF_CHANGE_AFTER_RE.match(text, q.end) \
                and _CONTRIBUTED_BEFORE_RE.search(text, _clause_start(text, q.start), q.start):
            # "food, which contributed 40% of the total increase of the index", "Motor fuel also contributed
            # a fifth of the total increase", "which contributed 1.4 percentage points to total growth": a
            # part's share of a change (a contribution), no level or change of the part itself; a share of a
            # level ("beer contributed 41.2%" of all alcohol, "contributed 77.1 percent to total GDP") is kept
            self.facts.skipped_figures += 1
            return
        if metric_id is None:
            metric = self._new_metric(text, q, mentions, metric_hits, self._table_measure(q, column))
            if metric is None:
                self.facts.skipped_figures += 1
                return
            metric_id = metric.id
            if metric.name_ja:
                self._para_measures.append((q.quantity.unit, metric.name_ja))
        else:
            self._para_metrics.pop(metric_id, None)
            self._para_metrics[metric_id] = None
        entity = self._owner(text, q, mentions)
        if entity is not None and self._region(entity) and not _cjk(text) and _NATIONAL_BEFORE_RE.search(
                text, _clause_start(text, q.start), q.start):
            # "The national rate remained unchanged at 5.3 percent" in a state's release: "national" is
            # of the nation the state is part of
            entity = self.facts.entities[entity].country or entity
            self._ensure_country(entity)
        elif entity is not None and not _cjk(text) and _NATIONAL_BEFORE_RE.search(
                text, _clause_start(text, q.start), q.start) and (home := self._one_country()) is not None \
                and (ent := self.facts.entities.get(entity)) is not None and ent.kind != "country" \
                and entity != home and not ent.country:
            # "The national average was $54,178" after "…followed by Wellington, $67,888" (Stats NZ's
            # regional GDP): the nation's, the one country the document names, not the last region's
            entity = home
        if own is None and context is not None and context == self.para_period \
                and self._para_frame is not None and entity is not None and entity == self._one_country() \
                and not _cjk(text) \
                and _NATIONAL_BEFORE_RE.search(text, _clause_start(text, q.start), q.start):
            # "The national average was $70,500." after "Apple reported revenue of $383 billion in 2023.": the
            # nation's figure of the period the release is about, not of a period said of another's figure
            context = self._para_frame
        review: str | None = None
        owner_from: OwnerFrom = "text"
        if entity is not None and self._owner_inferred is not None:
            # (the document's subject or a body it names, not the sentence: marked for review)
            review = f"owner not stated in the sentence: {self._owner_inferred}; review"
            owner_from = "context"
        if entity is None and self.stated_owner is not None and self.stated_owner.how == "option" \
                and (owned := self._stated_owner_for(self._home_suffix)) is not None:
            # the user said whose document it is (--owner): before any guess from the text
            entity, review, owner_from = owned, self.stated_owner.note(), "option"
        if entity is None and self._first_actor is not None and not self._home_unresolved \
                and self._kind(self._jurisdiction(self._first_actor)) in ("country", "government") \
                and not (self._own_local_unnamed
                         and self._kind(self._jurisdiction(self._first_actor)) == "country"):
            # no owner said or carried, in a release that names a country or a government body first
            # (the Philippines, the Philippine Statistics Authority, 内閣府経済社会総合研究所): the country's,
            # as a national body's unattributed figures are (else the body's), marked for review. Any
            # other first actor (a company, "the Governing Council", a name the heuristics took) was a
            # guess: drafting the figure as theirs (5dfc983) was wrong on the development sets (dev5
            # en-bea) and in the documents of the test4 shape read for the eighth session. (Not the nation
            # in a local government's text, :data:`_OWN_LOCAL_RE`: the ministry it names commissioned it)
            entity = self._jurisdiction(self._first_actor)
            review = "owner not stated: the document's first body or its country; review"
            owner_from = "context"
        if entity is None:
            # no owner yet: the document's, once it has been read to its end (a title, a publisher line
            # or a footer, its site's name or address may name it; see finish)
            entity = _PENDING + (self._home_suffix or "")
        self._sentence_owners.append((q.end, q.quantity.unit, entity))
        known = self.facts.metrics.get(metric_id) or self.ctx.metric(metric_id)
        known_name = (known.name_ja or known.name_en) if known is not None else None
        if known_name and not _GENERIC_NAME_RE.search(known_name):
            self._sentence_metrics.append((q.end, q.quantity.unit, known_name))
        clause = text[_clause_start(text, q.start):_clause_end(text, q.end)]
        if unit == "x" and not _cjk(text) and q.text.lower().endswith("times") \
                and _TIMES_COUNTED_AFTER_RE.match(text, q.end):
            self.facts.skipped_figures += 1  # "three times since June": a count of events, no multiple
            return
        if _MARKET_FORECAST_RE.search(clause):
            # "analysts had expected $8.54 billion", 「市場予想の平均は…」: the market's guess is nobody's
            # figure (a publisher's own forecast is, marked below)
            self.facts.skipped_figures += 1
            return
        if not _cjk(text) and q.comparator in _BOUNDS and _CLASS_BEFORE_RE.search(
                text, max(0, q.start - 30), q.start) and any(
                o.start >= q.end and o.comparator not in _BOUNDS for o in self._sentence_quantities):
            # "the interest rate on new loans of over €1 million rose to 4.5%", "Households with incomes
            # below $50,000 spent 2.1% more", "placements of cattle weighing less than 600 pounds were 350,000
            # head": a bound that a noun takes after "of", "with", "weighing" (or right after a plural noun)
            # says which things are counted, a size class: the figure is what follows, not the bound
            self.facts.skipped_figures += 1
            return
        if own is None and not _cjk(text) and _THREE_MONTHS_ON_RE.search(text):
            # "The three-month on previous three-month movement … increasing by 1.6%" (ONS): the latest three
            # months, those that end in the month the text is about: a quarter when that month ends one
            three_end = context if context is not None and context.precision == "month" else None
            if three_end is None or three_end.start.month % 3:
                self.facts.skipped_figures += 1  # (June to August: no contract period holds it)
                return
            own = PeriodMatch(period_of_quarter(three_end.start.year, three_end.start.month // 3), -1, -1, "")
        if own is None and context is not None and context == self.para_period and self._para_day_unfigured:
            # the day of a release or a meeting said earlier in the paragraph dates no figure after it: the
            # section's, the heading's or the release's period does, else the figure is left out (a flow
            # statistic is never a day's; a rate set that day dates itself, "effective March 16")
            context = self.section_period or self.heading_period or self.report_period
            if context is None:
                self.facts.skipped_figures += 1
                return
        if own is None and _CUMULATIVE_SINCE_RE.search(text):
            self.facts.skipped_figures += 1  # 2022年度からの累計: a span no contract period holds
            return
        if own is None and _EXPECTED_RE.search(text) and self.doc_date is not None:
            # an estimate with no period of its own is as of the document, unless its paragraph
            # said the period it is for (「2020年3月期は、売上高を…と見込む。純利益は…1800億円の見通し」)
            context = self.para_period or self.doc_date
        if cjk_text := _cjk(text):
            # (the number reader keeps 「を下回った」 in the quantity's text: its comparator)
            crossed = _THRESHOLD_AFTER_RE.match(text, q.end) or _THRESHOLD_AFTER_RE.search(q.text)
            if crossed and _round(q.quantity.value) and not (
                    own is not None and own.end <= q.start and _BOUND_RE.fullmatch(text, own.end, q.start)):
                # 「70万人を下回ったのは初めて」: a round mark the measure crossed, not what it measured
                self.facts.skipped_figures += 1
                return
            if _round(q.quantity.value) and _BOUND_AFTER_JA_RE.search(q.text) and not (
                    own is not None and own.end <= q.start and _BOUND_RE.fullmatch(text, own.end, q.start)):
                # 「80%以上」, 「3ha以上で…を行った者」, 「10億円以上は0.1%減」, 「初の90万人超え」: a round
                # bound (a class's, a definition's threshold, a mark passed), not a measure's value
                self.facts.skipped_figures += 1
                return
        elif _round(q.quantity.value) and _THRESHOLD_BEFORE_EN_RE.search(
                text[max(0, q.start - 40):q.start] + q.text[:_first_digit(q.text)]):
            # "the total number of unemployed fell below 400 thousand for the first time since September
            # 2009", "topped 1 million": the round mark the measure crossed (as 「70万人を下回った」)
            self.facts.skipped_figures += 1
            return
        if own is None and not cjk_text and _PER_MONTH_AVERAGE_RE.match(text, q.end) \
                and _AVERAGE_RE.search(clause):
            # "increased by 15 thousand per month on average in the previous quarter", "declined by an
            # average 10 thousand per month over the past quarter": a monthly average over a span of months
            # the figure states no period for is no figure of the context's month
            self.facts.skipped_figures += 1
            return
        period = own.period if own else context
        period_from: DateFrom = "text" if own else "context"
        if not cjk_text and period is not None and (before_q := _PREVIOUS_FIGURE_RE.search(
                text, max(0, q.start - 60), q.start)) is not None:
            # "a decrease of 10,000 from the previous month's revised figure of 424,000": the figure the
            # possessive names is the period before the sentence's; a kind of period the sentence's is not
            # (the previous week's in a month's text) says no period that can be written
            kind = before_q.group(1).lower()
            earlier = None if period.precision != kind else a_year_before(period) if kind == "year" \
                else _previous_period(period)
            if earlier is None:
                self.facts.skipped_figures += 1
                return
            own, period, period_from = PeriodMatch(earlier, -1, -1, ""), earlier, "text"
        if self.doc_date is not None and "dividend-per-share" in metric_id and _DECLARED_RE.search(text) \
                and (own is None or own.period.precision in ("day", "month")):
            # "The Board declared an interim dividend of INR 11 per share … The record date is October
            # 24, 2016", "declared a quarterly cash dividend of $0.86 per share, payable on March 8":
            # the release declares it; its payment and record days are not the dividend's period, nor
            # the quarter the release reports on
            period, period_from = self.doc_date, "context"
        if cjk_text and period is not None:
            shifted = self._relative_base(text, q, own, period, context)
            if shifted is None:
                self.facts.skipped_figures += 1  # 「前期の…」: which earlier period is not said
                return
            if shifted != period:
                period, period_from = shifted, "text"
        if own is None and period is not None and period.precision not in ("month", "day") \
                and _MONTHLY_CHANGE_RE.search(text, 0, _clause_end(text, q.end)):
            # 「製造業は前月比14.0%増」 after a quarter's figures: a change on the month before is a month's,
            # and the text has not said which month here
            self.facts.skipped_figures += 1
            return
        if own is None and period is not None and period == self.doc_date and period.precision == "day" \
                and (_CHANGE_CLAUSE_RE.search(clause) or (cjk_text and _SAME_SPAN_JA_RE.search(text))
                     or (not cjk_text and _CHANGE_BEFORE_RE.search(
                    text, max(0, q.start - 40), q.start))) and not _forecast(text):
            # a change on an earlier period (「前年同月比では37.8%減」, a headline's "GDP up by 0.2% and
            # employment up by 0.3% in the euro area") with nothing but the release's day to date it: it is
            # the change over a period the text has not said, never the day's
            self.facts.skipped_figures += 1
            return
        if own is None and period is not None and period == self.doc_date and period.precision == "day" \
                and period_from == "context" and not cjk_text and _PAST_REPORT_RE.search(clause) and not (
                    _forecast(text) or _PLAN_WORD_RE.search(text) or _EXPECTED_RE.search(text)
                    or _SET_ON_THE_DAY_RE.search(text) or _DIVIDEND_RE.search(text)):
            # an English figure said in the past tense that only the release's day could date ("The
            # unemployment rate was 4.1 per cent." in a release of 20 May): what was measured is of a month, a
            # quarter or a year before the release that the text has not said, never of the day it was
            # published (a present tense, "GPT-4.1 scores 94.3%", "has 1,200 employees", is as of the
            # document and stays dated by it); only what is set, decided or done that day ("the
            # Board today left its cash rate target at 4.35 per cent", "declared a dividend of $0.25") or
            # what is projected as of it is dated by it. Left out (counted), not drafted with a guessed period
            self.facts.skipped_figures += 1
            return
        explicit = own is not None and (own.start < 0 or q.end <= own.start <= q.end + 30)
        if period is not None and not _cjk(text) and not explicit and _said_a_year_before(text, q):
            # "; a year earlier it was a loss of 5 cents": the clause is about the year before
            earlier = a_year_before(period)
            if earlier is None:
                self.facts.skipped_figures += 1
                return
            own, period = (PeriodMatch(earlier, -1, -1, "") if own is not None else None), earlier
        elif period is not None and not _cjk(text) and not explicit \
                and _base_amount(text, q, self._sentence_quantities) \
                and not _REVISED_FROM_RE.search(text, max(0, q.start - 40), q.start):
            # (not "was revised from +1.1 percent to +1.8 percent": a revision's first estimate is of the
            # same period as the revised one)
            # "rose 39.7% year over year to $49.1 million from $35.1 million", "Full-year revenue grew
            # to $172.5 million from $128.4 million": a base amount with no period of its own is of the
            # same period a year before when the sentence compares with a year earlier or is about a
            # year; else its period is not said (the quarter before? a year before?): skipped
            if _YEAR_AGO_RE.search(text) or period.precision in ("year", "fiscal_year"):
                earlier = a_year_before(period)
                if earlier is None:
                    self.facts.skipped_figures += 1
                    return
                own = PeriodMatch(earlier, -1, -1, "") if own is not None else None
                period = earlier
            else:
                self.facts.skipped_figures += 1
                return
        if own is None and period is not None and period.precision in ("month", "quarter", "half") \
                and _OWN_SPAN_RE.search(clause) and not _THE_QUARTER_RE.search(clause):
            # "Annual revenue was a record $130.5 billion", "Revenue for the fiscal year was …",
            # 「通期の売上高は…」 in a quarter's or a month's text: the clause names a longer span than the
            # context's, and no year for it; the context's quarter or month would be a wrong period: left out
            self.facts.skipped_figures += 1
            return
        if own is None and (self._para_unwritable or (self._section_unwritable and self.para_period is None)):
            self.facts.skipped_figures += 1  # the text goes on about a period no contract spelling holds
            return
        if own is None and self._edition_titled and not (
                self.para_period or self.section_period or self.heading_period or self.report_period):
            self.facts.skipped_figures += 1  # only the edition's month or the release's day: no period said
            return
        if own is None and self.date_from_address and period == self.doc_date:
            self.facts.skipped_figures += 1  # only the day its address files it under: a guess of a guess
            return
        if period is None or (own is not None and (own.start, own.end) in self._unwritable):
            self.facts.skipped_figures += 1  # no period, or one no contract spelling holds
            if period is None and self.doc_date is None and _needs_a_year(text):
                self.facts.undated_figures += 1  # ("in September" in a document with no date or year)
            return
        # a quarter's figure with only a year to date it (a half the sentence states for the figure,
        # "3.1% in the first six months of 2024", is its own even if another clause says "quarter")
        stated_half = own is not None and own.period.precision == "half" and not _QUARTERLY_RE.search(
            text, _clause_start(text, q.start), _clause_end(text, q.end))
        if period.precision in ("year", "fiscal_year", "half") and not stated_half and (
                (self._para_quarterly and own is None)
                or _QUARTERLY_RE.search(_QUARTERLY_BASIS_RE.sub("", text))):
            report = self._last_quarter
            year = period
            if period.text in self._company_fy and self.fiscal_start is not None:
                year = in_fiscal_year(period, FiscalYear(self.fiscal_start, "end"))  # (the company's months)
            if own is not None or report is None or not year.contains(report) \
                    or _OWN_SPAN_RE.search(clause) \
                    or (_OWN_SPAN_RE.search(text) and not _THE_QUARTER_RE.search(text)) \
                    or not (_THE_QUARTER_RE.search(text)
                            or (self._para_the_quarter and not _QUARTERLY_RE.search(text))):
                self.facts.skipped_figures += 1
                return
            # "GAAP earnings per diluted share for the quarter were $0.89" after "For fiscal 2025, …": the
            # quarter the text stated last ("the fourth quarter ended January 26, 2025"), inside the year the
            # paragraph went on about; never a figure whose sentence names its own span ("Annual revenue was
            # a record $130.5 billion", 「通期の売上高は…」: the year's, not the quarter's; with no year said
            # for it, left out)
            period, period_from = report, "context"
        value = _signed(text, q)
        if value.unit == "pt":
            value = replace(value, unit=points_unit(text, q, self._sentence_quantities))
        self._para_index = value.unit == "index"
        row = ObservationRow(
            id="ob-" + short_hash(self.doc, *place.key()[1:], q.start, q.end),
            entity=entity, metric=metric_id, period=period, period_from=period_from,
            value=value, comparator=q.comparator, source=self.source, place=place,
            mark=self._mark(place, q), note=review, owner_from=owner_from,
        )
        ahead = _forecast(clause) or _forecast(text[:_clause_end(text, 0)]) or (
            own is None and self._para_forecast and period == self.para_period) or (
            # 「7月は前月比2.7%上昇、8月は0.5%低下を見込む」: a clause that ends in a verb's stem goes on to
            # the sentence's last predicate, which governs it
            _cjk(clause) and bool(_CONTINUATIVE_END_RE.search(clause))
            and _forecast(text[_clause_start(text, len(text.rstrip("。．")) - 1):]))
        if ahead:
            # 「2017年3月期の通期予想は、最終利益2000億円」, "the company now expects …" (said in the
            # figure's clause or the sentence's first; not "rose 5%, more than expected"): a projection
            # for the period it is for, marked so that a reviewer never takes it for an actual
            row.note = "; ".join(n for n in (
                row.note, "forecast: the publisher's projection for this period, not an actual figure") if n)
        elif own is None and not _cjk(text) and self.doc_date is not None \
                and period.start > self.doc_date.end and not _PLAN_WORD_RE.search(text) \
                and period.precision not in ("day", "month") \
                and not (self._company_fy and period.text.startswith("FY")):  # (a company year: months later)
            # a figure the context dates to a period that begins after the document was written, with
            # no word of a projection or plan around it, is no actual of that period: the context is
            # (English only: a Japanese non-past 「充てます」 says what is to come without such a word)
            # wrong ("Fourth quarter revenue was $22.3 billion" in a release of February 2024 is not
            # October-December 2024's); a day or month after it is a date set ahead ("effective Monday,
            # March 16, 2020. The Bank Rate is correspondingly 1 percent"), not a period reported on
            self.facts.skipped_figures += 1
            return
        self._add_observation(row)
        same_as = _SAME_AS_BEFORE_JA_RE if _cjk(text) else _SAME_AS_BEFORE_EN_RE
        again = not _cjk(text) and bool(_SAME_CHANGE_AGAIN_EN_RE.match(text, q.end)) \
            and _CHANGE_BY_BEFORE_EN_RE.search(text, max(0, q.start - 30), q.start) is not None
        if (before := _previous_period(period)) is not None and (same_as.match(text, q.end) or again):
            # "stood at 7.2% in June, unchanged from the previous month", "contributed 4.8 percentage points
            # (as in the previous month)", 「2.13倍で、前月と同じ水準」: the month before had the same figure
            # (no repeat of the row it copies, whatever dated that row: added as it is)
            same = "the figure of the period before, said to be the same"
            self.facts.observations.append(replace(
                row, id="ob-" + short_hash(self.doc, *place.key()[1:], q.start, q.end, "before"),
                period=before, note="; ".join(n for n in (row.note, same) if n)))
        if bare_dollar and row.value.unit == "USD":
            self._bare_dollar_rows.add(row.id)
        elif bare_dollar and local and row.value.unit == local:
            self._local_dollar_rows.add(row.id)  # (whose it is is known once the document was read)
        for also in self._coordinated_owners(text, q, entity, mentions):
            # 「最も高いのは富山県と福井県の2.09倍」: the figure is each of the two's
            also_id = "ob-" + short_hash(self.doc, *place.key()[1:], q.start, q.end, also)
            self._add_observation(replace(row, id=also_id, entity=also))
        self._last_owner = entity
        held = self.section_period
        inside = held is not None and own is not None and held.start <= own.period.start \
            and own.period.end <= held.end
        # (nor a longer run said later in a paragraph around the section's period: "Total sales for the
        # January through March period were up 10.5 percent" after March's figures is a detail)
        around = held is not None and own is not None and not inside and own.period.start <= held.start \
            and held.end <= own.period.end and not self._opens_paragraph
        # (nor an earlier period: 「低下は2カ月ぶり。5月は2.1%上昇していた」, "The index was 116.2 in the
        # December quarter 2018" look back; the section still reports on June, on the December quarter 2019)
        looked_back = held is not None and own is not None and own.period.end < held.start
        # (nor the last day of the period the section reports on: "Total assets were $41.2 billion at
        # September 30, 2016" is a balance at the quarter's end; "Net income was $98 million" after it is
        # still the quarter's, not the day's)
        closing_day = own is not None and own.period.precision == "day" and any(
            p is not None and p.precision != "day" and p.end == own.period.end
            for p in (held, self.report_period))
        if own is not None and own.start >= 0 and (self._role == "text" or self._numbered_point) \
                and not self._section_set \
                and (own.start, own.end) not in self._base_spans \
                and not (ahead or closing_day or looked_back) \
                and ((self._opens_paragraph and not (inside and self._para_breakdown))
                     or not (inside or around)):
            # a figure's period carries on into the next paragraphs of the section (a statistics
            # release goes on about the same year); an event's date does not, nor does a month
            # said inside the section's half year later in a paragraph (「…、8月には単月で100万人を
            # 突破した」: a detail of it; a paragraph that opens with 「9月単月の…」 is about September,
            # but one that breaks the section's period down, 「月別では、3月が…」, gives its parts)
            self.section_period = own.period
            self._section_unwritable = False
            self._section_set = True

    def _relative_base(self, text: str, q: QuantityMatch, own: PeriodMatch | None, period: Period,
                       context: Period | None) -> Period | None:
        """The period of a Japanese figure whose topic or possessor is a period said relative to the
        text's (「前年同月の3兆5064億円」, 「前年同期は75億円」, 「前年6月の総販売額は」): the same period a
        year before (a month before for 前月), counted from ``period``; None when it cannot be counted
        (前期: the quarter or the year before?); else ``period`` itself."""
        if own is not None and own.end <= q.start and text.endswith(("前年", "前年の"), 0, own.start):
            # 「前年6月の…」: June of the year before the text's (its month was read in the text's year,
            # or in the latest year a June fell in before the document's date)
            if context is not None and own.period.precision == "month":
                return period_of_month(context.start.year - 1, own.period.start.month)
            return a_year_before(period)
        if (word := _bracketed_earlier(text, q.start)) is not None:
            # 「77.5%(前年73.5%)、…1.3%(同2.8%)」: the earlier period's level in brackets after the figure
            return _earlier_by_word(word, period)
        start = _clause_start(text, q.start)
        if start > 0 and text[start - 1] in "(（":
            start = _clause_start(text, start - 1)  # (「前年度(2.72回)」: the bracket's period is before it)
        governing = None
        for m in _RELATIVE_BASE_RE.finditer(text, start, q.start + 1):  # (+1: the bracket's figure after it)
            if m.end() > q.start:
                break
            governing = m
        if governing is None or _NOT_GOVERNED_RE.search(text, governing.end(), q.start) or (
                own is not None and governing.end() <= own.start):
            return period
        return _earlier_by_word(governing.group(1), period)

    def _owner(self, text: str, q: QuantityMatch, mentions: list[Mention]) -> str | None:
        """Whose figure it is (see the module docstring). When the owner is none the sentence, its table or
        the sentences before it named but the document's or the pack's, ``_owner_inferred`` says from what
        (the row's ``owner_from`` is then ``context``, with a note)."""
        self._owner_inferred = None
        if self._destination_spans:
            # "Exports to the United States rose to US$40 billion": the destination owns nothing
            mentions = [m for m in mentions if (m.start, m.end) not in self._destination_spans]
        if self._masthead_end:
            mentions = [m for m in mentions if m.start >= self._masthead_end]  # (the masthead's bodies)
        if self._home_unresolved and not mentions:
            return None  # 「本市の世帯数は…」 on a page that never named its city: not the last place named
        if self._role == "row" and (k := self._column_index(q)) is not None:
            column_owner = self._column_owner(k)
            if column_owner is not None:
                return column_owner  # 「| 区分 | 東海 | 前月差 | 全国 | 前月差 |」: the column's place
        if self._role == "row" and self._row_cells:
            # "| NCR, headline | 1.0 |": the row is the region's series; 「| 北海道 | 45.3 |」, "| Germany |
            # 2.1 |": a table by place
            label = self._row_cells[0].strip()
            label_head = _LABEL_HEAD_RE.match(label)
            label_owner = self._header_owner(label_head.group(1), acronym=True) if label_head else None
            in_label = bool(self._cell_spans and self._cell_spans[0] and (
                self._cell_spans[0][0] <= q.start < self._cell_spans[0][1]))
            if label_owner is None and label and not in_label:
                label_owner = self._header_owner(label) or next(
                    (m.id for m in mentions if m.start == 0 and m.end >= len(label)), None)
                if label_owner is None and (self._place_rows >= 2 or self._table_by_place) \
                        and _PLACE_LABEL_RE.fullmatch(label) and not _TOTAL_LABEL_RE.search(label):
                    # a table by place (two rows or more before were places): 「| 南関東 | 44.9 |」 is one
                    # too, though no dictionary knows it
                    ent = self.ctx.new_entity(label, "other")
                    if ent is not None:
                        self.facts.entities.setdefault(ent.id, ent)
                        label_owner = ent.id
                if label_owner is not None and self._place_row != self._row_cells:
                    self._place_row = self._row_cells
                    self._place_rows += 1
            if label_owner is not None:
                return label_owner
        clause_start = _clause_start(text, q.start)
        if clause_start > 0 and text[clause_start - 1] in ")）":
            # 「トヨタ自動車（レクサスを除く）は12万7810台」: an aside in brackets after a name does
            # not end the name's clause
            opening = _opening_bracket(text, clause_start - 1)  # (brackets inside it counted)
            if opening > 0 and any(m.end <= opening and not text[m.end:opening].strip() for m in mentions):
                aside = (opening, clause_start)
                mentions = [m for m in mentions if not (aside[0] < m.start < aside[1])]  # (not レクサス)
                clause_start = _clause_start(text, opening)
        elif _cjk(text) and (bracket_aside := _aside_after_name(text, q.start, mentions)) is not None:
            # 「アジア地域(アジア各国、中国(含香港マカオ)、台湾)が51%」: the names listed in brackets after a
            # name say what it holds; the name owns the figure the clause goes on to, not the last one listed
            mentions = [m for m in mentions if not (bracket_aside[0] < m.start < bracket_aside[1])]
            clause_start = _clause_start(text, bracket_aside[0])
        before = sorted((m for m in mentions if m.end <= q.start), key=lambda m: -m.end)
        if clause_start > 0 and text[clause_start - 1] in "(（":
            # a figure in brackets describes what stands just before them: Potaro (成功率99%)
            head = text[:clause_start - 1].rstrip(" 」』\"'")
            for m in before:
                if m.end == len(head):
                    return m.id
            if _cjk(text):
                # 「全国の10a当たり収量は539kg(作況指数102)」: a bracket after a measure (no name before
                # it) is an aside of the clause it is in, whose possessor or subject owns its figure too
                clause_start = _clause_start(text, clause_start - 1)
        if not _cjk(text) and (held := _range_end_holder(text, q, mentions, owned=any(
                m.start >= clause_start and _holds_before(text, m)
                and not _source(text, m, self._kind(m.id) == "government") for m in before))) is not None:
            # "the proportions ranged from 13.1% in the South East of England to 17.8% in the North East of
            # England": each end of a range over holders is the holder's said right after it
            return held.id
        if not _cjk(text) and (paired := self._respective_owner(text, q, mentions)) is not None:
            return paired
        if not _cjk(text) and ";" in text and before and text[before[0].end:q.start] == ", " \
                and _LIST_ITEM_END_RE.match(text, q.end):
            # "followed by Other Services, 5,000; Education & Health Services, 2,000; …": a list of
            # pairs of a name and its figure, set apart by semicolons
            return before[0].id
        if not _cjk(text) and before and text[before[0].end:q.start] == ", " \
                and _RANKED_NEXT_RE.search(text, max(0, before[0].start - 20), before[0].start):
            # "the highest GDP per capita at $71,297, followed by Wellington, $67,888, and Auckland, $58,717":
            # a ranking goes on with pairs of a name and its figure set off by a comma (as with semicolons)
            return before[0].id
        if not _cjk(text) and (bracket := _figures_bracket(text, q.start)) is not None:
            # "in Quebec (+27,200; +0.8%)": every figure of a bracket of figures describes what stands
            # just before it, the second one too
            head = text[:bracket].rstrip()
            for m in before:
                if m.end == len(head):
                    return m.id
        if q.quantity.unit == "rank":
            # 「2位は香港の2228億円」, 「1位 東京都 581万人泊」: the place belongs to what is named next
            for m in mentions:
                if m.start >= q.end and _RANK_HOLDER_RE.fullmatch(text, q.end, m.start):
                    return m.id
        if (each := _each_holder(text, q, mentions)) is not None:
            # 「広島県及び岡山県がそれぞれ5.1%」, "followed by French and German tourists (by 14% each)": the
            # last of the names joined before a figure each of them has (the others: _coordinated_owners)
            return each.id
        if self._topic:
            return self._topic  # a labelled paragraph (NTT - ...) is about its label
        if not _cjk(text) and (both := _both_owners(text, q, mentions)) is not None:
            return both[0]  # "in both the euro area and the EU28": the first's, and the second's too
        if not _cjk(text) and (scope := _IN_PLACE_AFTER_RE.match(text, q.end)) is not None:
            # "Inflation was 3.4% in Germany, 3.3% in Spain": a country said right after the figure
            # is whose it is
            for m in mentions:
                if m.start == scope.end() and (self._country_like(m.id)
                                               or _PLACE_NOUN_AFTER_RE.match(text, m.end)):
                    return m.id  # ("growth of 4% in the Permian region": a place named by its head noun)
        if not _cjk(text) and q.quantity.unit not in ("%", "pp") and (
                counted := _COUNTED_IN_PLACE_RE.match(text, q.end)) is not None \
                and counted.end() <= _clause_end(text, q.end) and not any(
                    m.start >= clause_start and not _source(text, m, self._kind(m.id) == "government")
                    for m in before):
            # "there were 353,993 persons … living in Finland", "In all 105,000 persons living in Finland
            # have dual citizenship": a count whose clause names nobody before it is of the country its
            # counted noun is placed in (the place scopes the count; no subject says another owner)
            for m in mentions:
                if m.start == counted.end() and self._country_like(m.id):
                    return m.id
        if not _cjk(text):
            # "the Permian region, which is the source of almost 50% of …": a relative clause's figure is
            # the noun's it describes
            for m in reversed([m for m in mentions if m.end <= q.start]):
                which = _WHICH_AFTER_RE.match(text, m.end)
                if which is not None and which.end() <= q.start and _clause_end(text, which.end()) >= q.end:
                    return m.id
                break
        in_clause: list[Mention] = []
        for m in before:
            if m.start < clause_start:
                break
            between = re.sub(r"(?:約|およそ|概ね|about|around|~)\s*$", "", text[m.end:q.start])
            if q.quantity.unit == "x" and not self._ratio_section and _REFERENCE_AFTER_RE.match(between):
                continue  # 米国の約1/100: the US is what the figure is relative to
            in_clause.append(m)
        if in_clause and _cjk(text) and _SHARE_OF_WHOLE_RE.match(text, q.end):
            # 「…、日本全体の訪日外国人旅行者数1466万人の8.2%を占めた」: the names before a share in its
            # clause say the whole; the share is the part's, the sentence's subject
            in_clause = []
        for m in in_clause:  # a partner first: 日本の対中輸出, Japan's exports to China (China's row)
            if (m.start, m.end) in self._counterpart_spans:
                return m.id
        for m in in_clause:  # a possessor first: PLaMoのJMLEスコアは70.7%, Japan's share of 1%
            if text.startswith(("の", "'s"), m.end) and not (self._kind(m.id) == "government" and any(
                    o.start > m.end and self._kind(o.id) == "government" for o in in_clause)):
                # (not a body that possesses another: "the U.S. Department of Agriculture's National
                # Agricultural Statistics Service … forecast")
                return m.id
        if in_clause:
            if _PUBLISHER_AFTER_RE.match(text, in_clause[0].end):
                # 「厚生労働省が29日発表した10月の有効求人倍率は1.57倍」, "The Board said consumer
                # prices rose 3.6 per cent": the body publishes the statistic; a national body's
                # statistics are its country's
                return self._jurisdiction(in_clause[0].id)
            return in_clause[0].id
        holder = _topic_possessor(text, q, before) if _cjk(text) else None
        if holder is not None:
            # 「東海地区の1月の現状判断DI（…、季節調整値）は、前月差0.5ポイント低下の49.6」: the possessor of
            # the sentence's topic owns the figures of its predicate, clauses after は included
            return holder.id
        if self._sentence_owners and (_CHANGE_BEFORE_RE.search(text, max(0, q.start - 40), q.start)
                                      or _CHANGE_AFTER_RE.match(text, q.end)):
            return self._sentence_owners[-1][2]  # 対中輸出は…円で、前年比6.2%増: the change of that figure
        if _cjk(text) and self._sentence_owners and not self._sentence_owners[-1][2].startswith(_PENDING) \
                and _BRACKET_AFTER_FIGURE_RE.fullmatch(text, self._sentence_owners[-1][0], q.start):
            # 「収穫量は860万3,000t(前年産対比101%)」, 「13兆5864億円(研究費全体に占める割合71.6%)」: a
            # bracket right after a figure says more of that figure: its change, its share, of the same owner
            return self._sentence_owners[-1][2]
        topic_start = max(text.rfind(c, 0, q.start) for c in "、,，。") + 1
        if _cjk(text) and self._sentence_owners and self._sentence_owners[-1][0] <= topic_start \
                and not self._sentence_owners[-1][2].startswith(_PENDING) \
                and not any(m.end > topic_start for m in before) \
                and _MEASURE_TOPIC_RE.fullmatch(text, topic_start, q.start):
            # 「全国の10a当たり収量は539kg(作況指数102)、収穫量(子実用)は860万3,000tと見込まれる」: a clause
            # whose topic is a measure, no name, goes on about the owner of the clause before
            return self._sentence_owners[-1][2]
        if mentions and (mentions[0].start == 0 or _THE_BEFORE_RE.fullmatch(text, 0, mentions[0].start)
                         or _LIST_MARKER_BEFORE_RE.fullmatch(text, 0, mentions[0].start)) \
                and mentions[0].end <= q.start:
            return self._jurisdiction(mentions[0].id)  # the sentence's subject ("The Bronx saw …")
        lead = mentions[0] if mentions else None
        if lead is not None and lead.end <= q.start and _SCOPE_OPENING_RE.fullmatch(
                text, 0, lead.start) and _SCOPE_CLOSING_RE.match(text, lead.end):
            # "In England, the average price rose to £309,000", 「北海道では、…が5%増えた」: a sentence
            # that opens with the place it is about
            return self._jurisdiction(lead.id)
        for end, unit, owner in reversed(self._sentence_owners):
            if end <= q.start and unit == q.quantity.unit:
                return owner  # coordinated: "$100 billion in Clay, and $25 billion in Boise"
        for m in before:
            if _cjk(text) and _COPULA_AFTER_RE.match(text, m.end):
                # 「最大の輸出先は米国で、2762億円（13.7%増）と…」: what follows is about 米国
                return self._jurisdiction(m.id) if self._kind(m.id) == "government" else m.id
        if _OF_WHICH_RE.match(text) and self._last_owner:
            return self._last_owner  # このうち、…1,225億円: part of the figure before
        # with a pack, its subject is what an undetermined figure is about; without, the document's
        # a government body the sentence names ("..., according to the U.S. Bureau of Economic
        # Analysis") is whose statistics they are: its country's
        govs = [m.id for m in mentions if self._kind(m.id) == "government"]
        # a sentence that names nobody goes on about the actor the sentence before named last ("...
        # signed a memorandum with Micron. The investments are expected to create 20,000 jobs";
        # 「同社は…目指しています。量産までに必要な資金は約5兆円と見込まれています」)
        # (not a place it went through, "led by British Columbia")
        previous = self._prev_topical[-1] if self._prev_topical and not mentions else None
        alike = [a for a in set(self._prev_actors) if self._kind(a) == self._kind(previous or "")]
        if previous is not None and len(alike) > 2:
            # the sentence before was a breakdown, three names alike or more (「最も高いのは富山県と
            # 福井県…、最も低いのは高知県」):
            # its last name is one of several alike, not what the text goes on about
            previous = None
        if self._role == "row" and self._title_actors and not mentions:
            previous = self._title_actors[0]  # a table's figures are of what its title names
        said = self._para_subject or (govs[0] if govs else None)
        default = said or self.ctx.subject or previous or self._doc_subject or self._national_body()
        if default and not said and default != previous:
            self._owner_inferred = (
                "the pack's subject" if default == self.ctx.subject
                else "the document's subject, its title or first heading" if default == self._doc_subject
                else "a government body the document names")
        return self._jurisdiction(default) if default else None

    def _national_body(self) -> str | None:
        """The government body the document names first, whose country owns figures no sentence owns;
        none in a document that speaks of its own prefecture or municipality without naming it
        (:data:`_OWN_LOCAL_RE`: 「厚生労働省の委託を受けて県内の労働組合の…」 is a prefecture's survey, done
        for the ministry; its figures are the prefecture's, not the nation's)."""
        return None if self._own_local_unnamed else self._doc_government

    def _definer(self, text: str, m: Mention) -> bool:
        """Whether a body is named as the author of a definition or a classification the text counts by
        (「WHOの国際疾病分類」, "the definition used by the International Labour Organization (ILO)"): no
        owner of the figures, nor of the sentences after. A country or a place is never one (「日本の定義」
        names whose figures follow), nor a government body (a national statistics office's definition is of
        its country's figures), nor a company (「同社の定義による調整後営業利益」 is its own figure)."""
        if self._kind(m.id) in ("country", "government", "company") or self._local_place(m.id) \
                or self._region(m.id):
            return False
        if _DEFINED_NAME_BEFORE_RE.search(text, max(0, m.start - 20), m.start):
            return True
        if _cjk(text[m.start:m.end + 1]):
            return _DEFINER_AFTER_JA_RE.match(text, m.end) is not None
        end = m.end
        if text.startswith(" (", end) and (close := text.find(")", end, end + 12)) > 0:
            end = close + 1  # "the International Labour Organisation (ILO) definition"
        return _DEFINER_AFTER_EN_RE.match(text, end) is not None or \
            _DEFINER_BEFORE_EN_RE.search(text, max(0, m.start - 48), m.start) is not None

    def _take_surveys(self, text: str, taken: bytearray) -> None:
        """Surveys (:func:`survey_names`: "the Survey of Employment, Payrolls and Hours (SEPH)") and
        their short names where they come back ("the SEPH", "LFS employment"): sources, no names of
        owners; marked taken, so that no word of theirs is read as a name ("Hours" owned the release's
        figures, "Alberta" the ones after it)."""
        for start, end, short in survey_names(text):
            taken[start:end] = b"\x01" * (end - start)
            if short:
                self._survey_names.add(short)
        # (an index's short name, "(CPIH)", is a measure's, no owner either)
        self._survey_names.update(index_acronyms(text))
        if not _cjk(text):
            self._survey_names.update(term_acronyms(text))  # ("harmonised index of consumer prices (HICP)")
        for short in self._survey_names:
            for m in re.finditer(r"(?<![A-Za-z])" + re.escape(short) + r"(?![A-Za-z])", text):
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())

    def _respective_owner(self, text: str, q: QuantityMatch, mentions: list[Mention]) -> str | None:
        """The owner of a figure of a list closed by "respectively": the names said before the list, in
        their order ("Germany and France contracted by 0.2% and 0.1% respectively"; "rose by 1.2% in the
        euro area and by 1.4% in the EU28 …, after +1.6% and +1.8% respectively"), or None."""
        listed = respectively_listed(text, self._sentence_quantities)
        at = next((k for k, i in enumerate(listed) if self._sentence_quantities[i].start == q.start), None)
        if at is None:
            return None
        named: list[str] = []
        for m in mentions:
            if m.end <= self._sentence_quantities[listed[0]].start and m.id not in named:
                named.append(m.id)
        return named[-len(listed):][at] if len(named) >= len(listed) else None

    def _learn_aliases(self, text: str, found: list[tuple[Mention, NewEntity | None]]) -> None:
        """Short names a document defines in brackets after a name (「全国軽自動車協会連合会（全軽自協）」,
        "Bureau of Labor Statistics (BLS)"): they are that name when they come back (「全軽自協によると」)."""
        for m, _e in found:
            alias = _ALIAS_AFTER_RE.match(text, m.end)
            if alias and alias.group(1) not in self._aliases:
                self._aliases[alias.group(1)] = m.id
            if m.id in _SIBLING_ONLY_IDS:
                # "Victoria" beside South Australia is the state; so it is where it comes back alone
                self._aliases.setdefault(text[m.start:m.end], m.id)

    def _alias_mentions(self, text: str, found: list[tuple[Mention, NewEntity | None]],
                        taken: bytearray) -> list[tuple[Mention, NewEntity | None]]:
        """The short names learnt so far (:meth:`_learn_aliases`) where they come back."""
        out: list[tuple[Mention, NewEntity | None]] = []
        for alias, eid in self._aliases.items():
            start = 0
            while (i := text.find(alias, start)) >= 0:
                start = i + len(alias)
                if any(taken[i:start]) or (i > 0 and text[i - 1] in "（("):
                    continue  # inside a name, or the bracket that defines it
                if not _cjk(alias) and ((i > 0 and text[i - 1].isalnum()) or text[start:start + 1].isalnum()):
                    continue
                taken[i:start] = b"\x01" * (start - i)
                out.append((Mention(eid, i, start), None))
        return out

    def _coordinated_owners(self, text: str, q: QuantityMatch, owner: str,
                            mentions: list[Mention]) -> list[str]:
        """Names joined by と/・ to the owner that possesses the figure (「富山県と福井県の2.09倍」:
        富山県 as well as 福井県), when they are of the same kind; the second of "in both A and B"."""
        if not _cjk(text):
            both = _both_owners(text, q, mentions)
            if both is not None:
                return [both[1]] if both[0] == owner and both[1] != owner else []
        bound = _BOUND_RE if _cjk(text) else _SHARED_SUPERLATIVE_RE
        joints = ("と", "・", "、", "及び", "および", "並びに") if _cjk(text) else (", ", " and ", ", and ")
        # "Victoria, Queensland and Tasmania the highest of 2.2 per cent": a superlative shared by a list
        at = next((m for m in mentions if m.id == owner and m.end <= q.start
                   and bound.fullmatch(text, m.end, q.start)), None)
        if at is None:
            at = _each_holder(text, q, mentions)  # 「AおよびBがそれぞれ5.1%」, "A and B (by 14% each)"
            at = at if at is not None and at.id == owner else None
        out: list[str] = []
        while at is not None:
            joined = at.start
            prev = next((m for m in mentions if m.end <= joined and text[m.end:joined] in joints
                         and self._kind(m.id) == self._kind(owner)), None)
            if prev is None or prev.id == owner or prev.id in out:
                break
            out.append(prev.id)
            at = prev
        return out

    def _part_place(self, entity_id: str) -> bool:
        """A region or a city said without its suffix (北米, 関東, 東京: Sudachi's place names that are
        neither countries nor prefectures): named inside a sentence, it is a part the sentence breaks
        out (「北米の売上は30%伸びた」), not what the sentences after it are about."""
        if self._region(entity_id):
            return True  # "in Boise, Idaho, and Manassas, Virginia": a state, a province (KNOWN_REGIONS)
        ent = self.facts.entities.get(entity_id)
        name = ent.name_ja if ent is not None and ent.kind == "other" else None
        return bool(name) and place_name(name or "")

    def _one_country(self) -> str | None:
        """The country an English document is of: its stated country, else the one country it has named."""
        if self._doc_country:
            return self._doc_country
        countries = [e.id for e in self.facts.entities.values() if e.kind == "country"]
        return countries[0] if len(countries) == 1 else None

    def _region(self, entity_id: str) -> bool:
        """A built-in part of a country (Quebec, North Carolina: :data:`KNOWN_REGIONS`)."""
        ent = self.facts.entities.get(entity_id)
        return ent is not None and ent.kind == "other" and bool(ent.country) \
            and entity_id.startswith(f"{ent.country}-")

    def _local_place(self, entity_id: str) -> bool:
        """A Japanese region (東海地区, 首都圏, 東北地方) or prefecture (北海道, 沖縄県) by its name."""
        ent = self.facts.entities.get(entity_id)
        name = (ent.name_ja or "") if ent is not None else ""
        return bool(REGION_NAME_RE.fullmatch(name)) or (
            ent is not None and ent.kind == "government" and name.endswith(("都", "道", "府", "県"))
            and place_name(name))

    def _local_body(self, entity_id: str | None, suffixes: str | tuple[str, ...] = ("市", "区", "町", "村")
                    ) -> bool:
        """A Japanese city, ward, town or village by its name (足利市, 松田町, 三木町); with ``suffixes``,
        a local government whose name ends so (本県's 県)."""
        ent = self.facts.entities.get(entity_id) if entity_id else None
        name = (ent.name_ja or "") if ent is not None else ""
        return ent is not None and ent.kind == "government" and 2 <= len(name) <= 6 \
            and name.endswith(suffixes) and place_name(name)

    def _company(self, entity_id: str) -> bool:
        """A company, or the short name of one named in full ("Micron" after "Micron Technology, Inc.")."""
        kind = self._kind(entity_id)
        if kind == "company":
            return True
        ent = self.facts.entities.get(entity_id)
        name = (ent.name_en or ent.name_ja or "") if ent is not None and kind == "other" else ""
        return bool(name) and any(
            e.kind == "company" and (e.name_en or e.name_ja or "").startswith(name + " ")
            for e in self.facts.entities.values())

    def _kind(self, entity_id: str) -> str | None:
        new = self.facts.entities.get(entity_id)
        if new is not None:
            return new.kind
        known = self.ctx.entity(entity_id)
        return known.kind if known is not None else None

    def _country_like(self, entity_id: str) -> bool:
        """A country, or the euro area or the EU (owners.py's ``EA`` and ``EU``): a place whose
        statistics are published as a country's are."""
        return self._kind(entity_id) == "country" or entity_id in _COUNTRY_LIKE_AREAS

    def _jurisdiction(self, entity_id: str) -> str:
        """Whose figures a government body's unattributed figures are: a ministry's or a
        statistics bureau's are its country's (財務省 -> Japan: 輸出額 is Japan's exports), a
        prefecture's office's its prefecture's (沖縄県文化観光スポーツ部 -> 沖縄県)."""
        ent = self.facts.entities.get(entity_id)
        if entity_id in self._nationwide and ent is not None and ent.kind != "government":
            # 「東京商工リサーチが14日発表した2024年の全国企業倒産」: 全国, the whole country, is whose
            # statistics they are (a ministry's already are its country's)
            japan = self.ctx.known_country("日本")
            if japan is not None:
                if japan[1] is not None:
                    self.facts.entities.setdefault(japan[0], japan[1])
                return japan[0]
        if ent is not None and ent.kind == "organization" and ent.country:
            # 日本自動車販売協会連合会, 全国軽自動車協会連合会: a nationwide association's statistics
            # are its country's, as a ministry's are
            self._ensure_country(ent.country)
            return ent.country
        if ent is None or ent.kind != "government":
            return entity_id
        name = ent.name_ja or ent.name_en or ""
        if _cjk(name) and (bureau_area := prefecture_bureau(name)) is not None:
            # 石川労働局, 岐阜労働局: a prefecture's labour bureau reports its prefecture's figures (its name
            # the prefecture's without 県, which Sudachi may read as a surname: 石川)
            place = self.ctx.new_entity(bureau_area, "government")
            if place is not None:
                self.facts.entities.setdefault(place.id, place)
                return place.id
        if name in self._office_areas or (_cjk(name) and regional_office(name)):
            # 「関東財務局管内分」: a national body's regional office that reports its jurisdiction's (管内)
            # figures: the office's area's, not the country's; so does an office named by its seat and its
            # kind (金沢国税局, 横浜税関: see owners.regional_office) where the text does not say 管内
            return entity_id
        if _cjk(name) and name.endswith(("都", "道", "府", "県", "市", "区", "町", "村")) and len(name) <= 6 \
                and (not name.endswith("府") or place_name(name)):
            # a prefecture or a municipality is its own (大阪府 is a place; 内閣府, the Cabinet
            # Office, is a national body: its GDP figures are Japan's)
            return entity_id
        local = local_government(name) if _cjk(name) else None
        if local is not None:
            # 北海道経済部観光局, 福岡市経済観光文化局: a prefecture's or a city's office reports its
            # prefecture's or city's figures, not the country's
            place = self.ctx.new_entity(local, "government")
            if place is not None:
                self.facts.entities.setdefault(place.id, place)
                return place.id
        country = ent.country or self._doc_country or self._named_country
        if country:
            # a body that does not say its country is of the country of the document's other
            # bodies ("the Bureau of Labor Statistics, U.S. Department of Labor")
            self._ensure_country(country)
            return country
        return entity_id

    def _ensure_country(self, country: str) -> None:
        """A built-in country a new entity refers to is written with the draft (the pack's already is)."""
        if country in self.facts.entities or self.ctx.pack is not None:
            return
        for ident, kind, ja, en, others in KNOWN_ENTITIES:
            if ident == country:
                self.facts.entities[ident] = NewEntity(ident, kind, ja, en, others)

    def _references(self, text: str, found: list[tuple[Mention, NewEntity | None]],
                    taken: bytearray) -> list[tuple[Mention, NewEntity | None]]:
        """Words that point back at named entities: "the Department", "the company", 同社, 同省
        (the latest named entity of that kind), and groups: これら4つの国・地域, these three
        companies (the latest N named, as one group entity)."""
        out: list[tuple[Mention, NewEntity | None]] = []
        for m in _COREF_RE.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            word = (m.group(1) or m.group(2) or "").lower()
            want_gov = word in ("department", "bureau", "ministry", "agency",
                                "省", "庁", "局", "県", "都", "府", "市", "町", "村", "区")
            # a company word points at the latest company, else at the latest other name; "the
            # Board", "the Bank" at the latest body or company (a central bank's, a company's)
            # (同国: the latest country; 同行, the bank: a company's)
            wanted = ("government",) if want_gov else ("country",) if word == "国" else (
                "government", "company") if word in ("board", "bank") else ("company", "other")
            # (a board is a company's even when the company was named by its shape alone: "Infosys
            # today announced … The Board declared an interim dividend")
            tries = ((wanted[0],), wanted, (*wanted, "other")) if word in ("board", "bank") else (
                (wanted[0],), wanted)
            for kinds in tries:
                hit = next((e for e in reversed(self._recent) if self._kind(e) in kinds), None)
                if hit is not None:
                    out.append((Mention(hit, m.start(), m.end()), None))
                    break
        for m in _GROUP_RE.finditer(text):
            n = _NUMBER_WORDS.get(m.group(1) or m.group(3) or "", 0) or int(
                next((g for g in (m.group(1), m.group(3)) if g and g.isdigit()), "0"))
            noun = m.group(2) or m.group(4) or ""
            want = "company" if noun.lower() in ("社", "企業", "companies", "firms") else "country"
            members: list[str] = []
            for eid in reversed(self._recent):
                kind = self._kind(eid)
                if eid not in members and (kind == want or (want == "company" and kind == "other")):
                    members.insert(0, eid)
                if len(members) == n:
                    break
            if n < 2 or len(members) != n:
                continue
            ents = [self.facts.entities.get(e) for e in members]
            pairs = list(zip(ents, members, strict=True))
            names_ja = [(e.name_ja or e.name_en or e.id) if e else eid for e, eid in pairs]
            names_en = [(e.name_en or e.name_ja or e.id) if e else eid for e, eid in pairs]
            group = NewEntity("group-" + "-".join(_slug(x) or short_hash(x, length=4) for x in members),
                              "other", "・".join(names_ja), ", ".join(names_en))
            out.append((Mention(group.id, m.start(), m.end()), group))
        self._home_unresolved = False
        self._home_suffix = None
        if _cjk(text):
            out.extend(self._home_mentions(text, taken))
        return out

    def _bracketed_changes(self, text: str, quantities: list[QuantityMatch]) -> list[QuantityMatch]:
        """「人口:56,815人(-54)」 under a legend 「( )は前月比」: the bare number in brackets after the
        entry's figure is its change on that base, in the figure's unit (without the legend it says
        nothing, and is skipped)."""
        if not quantities or quantities[0].quantity.unit is None:
            return quantities
        level = quantities[0]
        out = [level]
        for q in quantities[1:]:
            opened = text[level.end:q.start].strip()
            if q.quantity.unit is None and opened in ("(", "（") and text[q.end:].strip()[:1] in (")", "）"):
                q = replace(q, quantity=replace(q.quantity, unit=level.quantity.unit))
            out.append(q)
        return out

    def _home_mentions(self, text: str, taken: bytearray) -> list[tuple[Mention, NewEntity | None]]:
        """「本県」「本市」「当町」「県内」「市内」 (this prefecture, this city, within it): the page's own
        place, the prefecture or municipality its title or first headings named (:attr:`_doc_subject`) or,
        failing that, the first the document named of that kind; 「全国の」「全国では」 (the whole
        country) on a Japanese page: Japan. A home word with no such place leaves the sentence's
        figures without an owner (:attr:`_home_unresolved`): never the last place named."""
        out: list[tuple[Mention, NewEntity | None]] = []
        for m in _HOME_PLACE_RE.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            home = self._home_place(m["suffix"] or m["within"])
            if home is None:
                self._home_unresolved = True
                self._home_suffix = self._home_suffix or m["suffix"] or m["within"]
                continue
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            out.append((Mention(home, m.start(), m.end()), None))
        for m in _WHOLE_COUNTRY_RE.finditer(text):
            if any(taken[m.start():m.start() + 2]):
                continue
            japan = self.ctx.known_country("日本")
            if japan is None:
                continue
            if japan[1] is not None:
                self.facts.entities.setdefault(japan[0], japan[1])
            taken[m.start():m.start() + 2] = b"\x01\x01"
            out.append((Mention(japan[0], m.start(), m.start() + 2), None))
        return out

    def _home_place(self, suffix: str) -> str | None:
        """The page's own place whose name ends with ``suffix`` (県, 市, 町, 村, 区, 都, 府, 道): the one
        its title or first headings named, else the one stated for the document (--owner, its site's
        name or address), else the first the text named."""
        if self._local_body(self._doc_subject, suffix):
            return self._doc_subject
        if (stated := self._stated_owner_for(suffix)) is not None:
            return stated
        return next((e for e in self._recent if self._local_body(e, suffix)), None)

    def _stated_owner_for(self, suffix: str | None) -> str | None:
        """The entity of the owner stated for the document (see :mod:`shingi.ingest.doc_owner`), if any
        and, with ``suffix``, if its name ends so (本県 is a prefecture's page, not a city's)."""
        if self.stated_owner is None or (suffix and not self.stated_owner.name.endswith(suffix)):
            return None
        if self._stated_owner_id is None:
            self._stated_owner_id = self._entity_named(self.stated_owner.name)
        return self._jurisdiction(self._stated_owner_id) if self._stated_owner_id else None

    def _entity_named(self, name: str) -> str | None:
        """The entity a whole name stands for: the pack's or a built-in one, else a new one of the kind
        its form says (a prefecture or a city is a government; "Statistics New Zealand" a government
        body, whose figures are its country's)."""
        for m, known in self.ctx.find_entities(name):
            if m.start == 0 and m.end == len(name):
                if known is not None:
                    self.facts.entities.setdefault(known.id, known)
                return m.id
        kind = next((k for a, b, _n, k in heuristic_names(name, companies_only=False)
                     if a == 0 and b == len(name)), None)
        if kind is None:
            kind = "government" if (_cjk(name) and name.endswith(_LOCAL_SUFFIXES) and place_name(name)) \
                or national_body_country(name) else "other"
        ent = self.ctx.new_entity(name, kind)
        if ent is None:
            return None
        self.facts.entities.setdefault(ent.id, ent)
        if ent.country:
            self._ensure_country(ent.country)
        return ent.id

    def _document_owner(self, suffix: str, english: bool = False, currency: str | None = None
                        ) -> tuple[str, str] | None:
        """The owner of a figure no sentence owned, once the document has been read: the place its
        title or headings named, else its first government body (a publisher line, a footer: 「富山県
        経営管理部 統計調査課」, "Statistics New Zealand"; a body's figures are its country's), else the
        owner stated for the document, else one its 「URL：…」 line's address states; with the note a
        reviewer reads. With ``suffix`` (the figure's sentence said 本県, 市内) only a place so named.
        ``currency`` is the one currency the document's amounts are in (:meth:`_sole_currency`)."""
        for said, how in ((self._title_owner, "title"), (self._publisher, "publisher line")):
            owner = self._jurisdiction(said) if said is not None else None
            if owner is not None and english and how == "title" and self._kind(owner) == "other":
                # "Division 47. Retail trade" (dev26 Statistics Lithuania): a heading's label that the name
                # heuristics took for a name, no place, body or company: the figures of an English release
                # are no label's (0 of 12 right on the development sets, its only English rows)
                continue
            if owner is not None and (self._local_body(owner, suffix) if suffix else True):
                return owner, f"owner not stated in the sentence: the document's, from its {how}; review"
        if (stated := self._stated_owner_for(suffix)) is not None and self.stated_owner is not None:
            return stated, self.stated_owner.note()
        for address in self.addresses:
            found = address_owner(address)
            if found is not None and (not suffix or found.name.endswith(suffix)):
                self.stated_owner = found
                self._stated_owner_id = None
                owned = self._stated_owner_for(suffix)
                if owned is not None:
                    return owned, found.note()
        if (national := self._national_owner(suffix)) is not None:
            return national
        national_body = None if suffix else self._national_body()
        if national_body is not None and not any(
                self._local_place(e) or self._local_body(e) for e in self.facts.entities):
            # 「本資料は、農林水産省ホームページの…」, "provided Statistics Finland is acknowledged": a
            # national body the document names anywhere, in a document that names no place of its own,
            # published its figures; a national body's unattributed figures are its country's
            country = self._jurisdiction(national_body)
            if self._country_like(country):
                return country, ("owner not stated in the sentence: the country of the government body the "
                                 "document names; review")
        # (the countries the document names; else those of the places it names: Wales is the UK's)
        countries = set(self._countries_named) or {
            e.id for e in self.facts.entities.values() if e.kind == "country"} or {
            # "Euro area bank interest rate statistics: September 2019" (dev13 ECB): the euro area or the
            # Union alone, whose statistics are published as a country's are (_country_like)
            e.id for e in self.facts.entities.values() if e.id in ("EA", "EU")}
        areas = [e.id for e in self.facts.entities.values()
                 if e.id in _COUNTRY_LIKE_AREAS and e.kind != "country" and e.country in countries]
        if english and not suffix and len(countries) == 1 and len(areas) == 1 and self._named_country is None:
            # "Reported road casualties in Great Britain": the one part of a country the document names,
            # the country itself never named, is whose figures they are (not the United Kingdom's)
            return areas[0], ("owner not stated in the sentence: the one place the document names; review")
        if english and not suffix and len(countries) == 1:
            # an English release that names one country ("trade between New Zealand and other countries",
            # "for the UK") and no title, publisher or address: its unowned figures are that country's
            return next(iter(countries)), ("owner not stated in the sentence: the one country the document "
                                           "names; review")
        if english and not suffix and not countries and not self._accounts_of_a_body:
            # "the value of exported goods amounted to ISK 44,800 million" (Statistics Iceland), "SEK 49
            # billion" (Statistics Sweden): a release that names no country and counts its money in one
            # country's own currency alone is that country's
            issuer = CURRENCY_COUNTRIES.get(currency) if currency is not None else None
            hit = self.ctx.known_country(issuer) if issuer is not None else None
            if hit is not None:
                if hit[1] is not None:
                    self.facts.entities.setdefault(hit[0], hit[1])
                return hit[0], (f"owner not stated in the text: the country whose currency its amounts are "
                                f"in ({currency}); review")
        return None

    def _sole_currency(self) -> str | None:
        """The one currency the document's amounts are in (see :meth:`_document_owner`), or None. An amount
        said by a name a family of currencies shares ("44,800 million pesos", "kroner", "rupees") reads as
        the family's first member (MXN, NOK, INR) and is no one country's money: it is not counted."""
        currencies = {o.value.unit for o in self.facts.observations
                      if o.value.unit is not None and is_currency(o.value.unit)
                      and not family_currency_name(o.value.text)}
        return next(iter(currencies)) if len(currencies) == 1 else None

    def _publication_event(self) -> None:
        """A Japanese release's date line and publisher line (「平成27年2月27日」 「総務省統計局」 under the
        title 「家計調査報告」) say that the publisher published the release that day: its publication event
        (a release is dated by the day it is published; the date line is that day, never a period of its
        figures), unless a sentence already drafted one of that day with that actor."""
        if self._date_line is None or self._publisher is None or self._kind(self._publisher) not in (
                "government", "organization"):
            return
        place, day = self._date_line
        if any(self._publisher in e.actors and e.date.overlaps(day) for e in self.facts.events):
            return
        title = (self._doc_title or "").strip()
        if (not title or title == place.quote) and self._run_title:
            title = self._run_title  # (a head run into one sentence: the words after the publisher's name)
        if not title or title == place.quote:
            return
        title = title if len(title) <= 50 else title[:50] + "…"
        self.facts.events.append(EventRow(
            id="ev-" + short_hash(self.doc, *place.key()[1:], "event"), date=day, date_from="text",
            pillar=self.ctx.guess_pillar(title, self.section_pillar, "publication",
                                         [self._kind(self._publisher)]),
            actors=(self._publisher,), kind="publication", title=f"{title}を公表", lang="ja", amount=None,
            source=self.source, place=place, mark=quote_span(place.quote, 0, len(place.quote))))

    def _national_owner(self, suffix: str) -> tuple[str, str] | None:
        """Japan, for a Japanese document whose title names a national statistic with no place
        (「景気動向指数 平成20年4月分(速報)の概要」: see :mod:`shingi.ingest.doc_owner`) and whose text names
        no prefecture, city or region of its own; with the note a reviewer reads."""
        said = self._national_title or self._national_said
        listed = self._listed_places - self._own_named  # (the parts of a total listed 都道府県別)
        if not self._japanese or suffix or said is None or any(
                (self._local_place(e) or self._local_body(e)) and e not in listed
                for e in self.facts.entities):
            return None
        japan = self.ctx.known_country("日本")
        if japan is None:
            return None
        if japan[1] is not None:
            self.facts.entities.setdefault(japan[0], japan[1])
        if self._national_title is None:
            spoken = "its Diet" if said == "国会" else "the whole country"
            return japan[0], (f"owner not stated in the text: the nation's, the text speaks of {spoken} "
                              f"({said}); review")
        return japan[0], (f"owner not stated in the text: the country of the national statistic its title "
                          f"names ({self._national_title}); review")

    def _own_pending(self) -> None:
        """Figures drafted before their document named its owner get the document's owner (see
        :meth:`_document_owner`), or are left out when it names none; a repeat of a row that was
        owned all along goes."""
        if not any(o.entity.startswith(_PENDING) for o in self.facts.observations):
            return
        owned = {(o.entity, o.metric, o.value.value, o.value.unit, o.period) for o in self.facts.observations
                 if not o.entity.startswith(_PENDING)}
        kept: list[ObservationRow] = []
        currency = self._sole_currency()  # (once: the rows are the same for every pending one)
        for o in self.facts.observations:
            if o.entity.startswith(_PENDING):
                found = self._document_owner(o.entity[len(_PENDING):], not self._japanese, currency)
                if found is None or (found[0], o.metric, o.value.value, o.value.unit, o.period) in owned:
                    self.facts.skipped_figures += 1
                    continue
                note = "; ".join(n for n in (found[1], o.note) if n)
                given = self.stated_owner is not None and self.stated_owner.how == "option" \
                    and found[1] == self.stated_owner.note()
                o = replace(o, entity=found[0], note=note, owner_from="option" if given else "context")
                owned.add((o.entity, o.metric, o.value.value, o.value.unit, o.period))
            kept.append(o)
        self.facts.observations[:] = kept

    def _in_local_dollars(self) -> None:
        """In an English document that names one country, and that one with a dollar of its own (a Stats
        NZ release: "trade between New Zealand and other countries"), a bare "$6.1 billion" of that country
        is its dollar (NZD), as in a release of its government body (see _LOCAL_DOLLARS; the country is
        known only once the document was read). A new metric whose figures all became so is in that
        dollar; one that also holds US dollars, or a pack's, keeps its figures in USD (the draft's metric
        and its rows agree on a unit). The same for a document whose government body came after a bare
        dollar of its country (Statistics Canada's The Daily: "Retail sales increased 0.4% in February to
        $49.8 billion", and "Natural Resources Canada" further down, dev17): the body's country is the
        document's, and its bare dollars said before the body are its dollars too."""
        countries = {e.id for e in self.facts.entities.values() if e.kind == "country"}
        if self._japanese or (not self._doc_country and len(countries) != 1):
            return
        country = self._doc_country or next(iter(countries))
        local = _LOCAL_DOLLARS.get(country)
        rows = self.facts.observations
        converted: set[str] = set()
        # the country's own regions count in its dollar too ("In 2016 Taranaki retained its position as
        # the region with the highest GDP per capita at $71,297", Stats NZ's regional GDP): a place that
        # belongs to no other country, in a document that names that country alone; a company or any other
        # name the text does not say is a place keeps its US dollar ("Apple reported revenue of $383
        # billion", a foreign company's)
        own = self._home_places(country)
        if local and self._local_dollar_rows:
            self._foreign_dollars(country, local, own)
        for i, o in enumerate(rows):
            said_bare = o.id in self._bare_dollar_rows or (
                o.mark is not None and _BARE_DOLLAR_RE.search(o.place.quote[o.mark[0]:o.mark[1]]))
            if local and (o.entity == country or o.entity in own) and o.value.unit == "USD" and said_bare:
                rows[i] = replace(o, value=replace(o.value, unit=local))
                converted.add(o.id)
        if not converted:
            return
        local_units = {o.metric: o.value.unit for o in rows if o.id in converted}
        for metric_id, unit in local_units.items():
            metric = self.facts.metrics.get(metric_id)
            if metric is not None and metric.unit == unit:
                continue
            if metric is not None and metric.unit == "USD" and all(
                    o.value.unit == unit for o in rows if o.metric == metric_id):
                self.facts.metrics[metric_id] = replace(metric, unit=unit)
            else:  # (a pack's metric, or one that also holds US dollars)
                rows[:] = [replace(o, value=replace(o.value, unit="USD")) if o.id in converted
                           and o.metric == metric_id else o for o in rows]

    def _foreign_dollars(self, country: str, local: str, places: set[str]) -> None:
        """A bare dollar read as the document's country's at the figure (a release of its government body,
        see :meth:`_figure`) is a US dollar again when its owner is a company or another name that is
        neither the country, nor one of its bodies, nor one of its places ("Apple reported revenue of $383
        billion" in a Stats NZ release): the country's dollar is its own and its parts'. A new metric all
        of whose figures went back is in USD again; one that keeps figures in the local dollar keeps these
        too (a draft's metric and its rows agree on a unit)."""
        rows = self.facts.observations

        def home(entity_id: str) -> bool:
            if entity_id == country or entity_id in places:
                return True
            new = self.facts.entities.get(entity_id)
            known = self.ctx.entity(entity_id) if new is None else None
            of = new.country if new is not None else getattr(known, "country", None)
            return of == country or (new is None and known is None)  # (a row still pending its owner)

        back = {o.id for o in rows if o.id in self._local_dollar_rows and o.value.unit == local
                and not home(o.entity)}
        for metric_id in {o.metric for o in rows if o.id in back}:
            metric = self.facts.metrics.get(metric_id)
            if metric is None or any(o.metric == metric_id and o.value.unit == local and o.id not in back
                                     for o in rows):
                back -= {o.id for o in rows if o.metric == metric_id}
            elif metric.unit == local:
                self.facts.metrics[metric_id] = replace(metric, unit="USD")
        rows[:] = [replace(o, value=replace(o.value, unit="USD")) if o.id in back else o for o in rows]

    def _home_places(self, country: str) -> set[str]:
        """The places of ``country`` an English document names (see :meth:`_in_local_dollars`): its
        built-in regions, names the text calls a place ("the West Coast region", "Taranaki retained its
        position as the region with …"), and the names ranked with one of them, or ranked in a document
        by region ("Regional gross domestic product"), in one sentence ("…, followed by Wellington,
        $67,888, and Auckland, $58,717": the items of a list are alike)."""
        def candidate(entity_id: str) -> bool:
            e = self.facts.entities.get(entity_id)
            return e is not None and e.kind == "other" and e.country in (None, "", country)

        places = {e.id for e in self.facts.entities.values()
                  if candidate(e.id) and (self._region(e.id) or self._part_place(e.id))}
        ranked: dict[tuple[tuple[str, int, int, int, int, int], str], set[str]] = {}
        for o in self.facts.observations:
            e = self.facts.entities.get(o.entity)
            if e is None or not candidate(e.id) or not e.name_en:
                continue
            quote = o.place.quote
            for said in re.finditer(rf"(?<![A-Za-z]){re.escape(e.name_en)}(?![A-Za-z])", quote):
                if _PLACE_NOUN_AFTER_RE.match(quote, said.end()) \
                        or _CALLED_A_PLACE_RE.match(quote, said.end()):
                    places.add(e.id)
            if _FOLLOWED_BY_NAME_RE.search(quote):
                ranked.setdefault((o.place.key(), o.metric), set()).add(e.id)
        for names in ranked.values():
            if len(names) >= 2 and (self._regional or names & places):
                places |= names
        return places

    def _counterparts(self, text: str, found: list[tuple[Mention, NewEntity | None]],
                      taken: bytearray) -> list[tuple[Mention, NewEntity | None]]:
        """Countries a flow goes to or comes from: 対中輸出 (中 for 中国), 中国向け, "exports to China",
        "visitors from Korea". Their spans are kept in ``self._counterpart_spans``: a figure broken
        down by partner is the partner's (as visitor numbers by market are the market's)."""
        self._counterpart_spans = set()
        self._destination_spans = set()
        out: list[tuple[Mention, NewEntity | None]] = []
        if _cjk(text):
            for m in _COUNTERPART_JA_RE.finditer(text):
                if any(taken[m.start(1):m.end(1)]):
                    continue
                hit = self.ctx.known_country(_COUNTRY_ABBREVIATIONS[m.group(1)])
                if hit is None:
                    continue
                mention = Mention(hit[0], m.start(1), m.end(1))
                taken[m.start(1):m.end(1)] = b"\x01"
                out.append((mention, hit[1]))
                self._counterpart_spans.add((mention.start, mention.end))
        cjk = _cjk(text)
        for mention, _ent in found:
            self._mark_flow_end(text, mention.start, mention.end, cjk, topic=True)
        return out

    def _mark_flow_end(self, text: str, start: int, end: int, cjk: bool, topic: bool) -> None:
        """Note the name at ``start:end`` as a flow's destination ("exports to the United States": it owns
        nothing, ``self._destination_spans``) or its partner (中国向け, "imports from China": the
        partner's row, ``self._counterpart_spans``); with ``topic``, a partner said as a topic
        (「輸出先は米国で」) too."""
        if not cjk and _DESTINATION_BEFORE_RE.search(text, max(0, start - 40), start):
            self._destination_spans.add((start, end))
        elif text.startswith(("向け", "向"), end) or _FLOW_BEFORE_RE.search(text, max(0, start - 40), start) \
                or (topic and _PARTNER_TOPIC_RE.search(text, max(0, start - 12), start)):
            self._counterpart_spans.add((start, end))

    def _cell_unit(self, q: QuantityMatch) -> QuantityMatch:
        """A bare number in a table row: the unit its column header states (増減率（%）), else the
        unit the table's title states (単位 千人: thousands of people; "…, %"), scaled."""
        column = self._column_name(q)
        if column and _PER_MILLE_RE.search(column):
            # "Weights (‰)" in a table of rates "(%)": parts per thousand, no per cent (dev17 Eurostat's
            # weights under its title's "(%)"); the engine has no such unit, so the figure stays unitless
            return q
        said = (table_unit(column) if column else None) or self._table_unit
        label = self._row_cells[0] if self._row_cells else ""
        if column and said is not None and _LEVEL_COLUMN_RE.search(column) and table_unit(column) is not None:
            # 「2006年1月 実数（千件）」 beside rows of rates of change (「有効求人(季調値・含パート%)」):
            # a column of levels that states its own unit (from the table's note, 「[ ]内は実数、千件・千人」)
            # holds it
            pass
        elif _cjk(label) and (own := _own_row_unit(label)) is not None:
            # 「| 前年同月比(%) | △3.1 |」 under 「新規求職申込件数(件)」: a row that states its own unit
            # (or is a row of rates of change) holds it, whatever the column's levels are in
            said = own
        elif not _cjk(label) and (bracket := _EN_ROW_UNIT_RE.search(label)) \
                and (own := table_unit(bracket.group(0))) is not None:
            # "Employment rate (%) | 76.1 | 75.8 | 0.3", "Unemployed persons ('000)": a row that states its
            # unit in brackets at its label's end holds it (a rate's change, "Change on quarter", in points)
            said = ("pp", 1.0) if own[0] == "%" and column and _CHANGE_HEADER_RE.search(column) \
                and not _RATIO_HEADER_RE.search(column) else own
        elif said is not None and said[0] == "count" \
                and _RATE_LABEL_RE.search(f"{self._row_section} {label}"):
            # "Unemployment rates" in a table of thousands of people: rates in per cent, and their
            # changes ("Change from: Aug.-Sept.") in percentage points
            said = ("pp", 1.0) if column and _CHANGE_HEADER_RE.search(column) \
                and not _RATIO_HEADER_RE.search(column) else ("%", 1.0)
        if column and _CONTRIBUTION_HEADER_RE.search(column):
            said = ("pp", 1.0)  # 寄与度, "contribution to growth": points of the total's change
        elif column and _RATIO_HEADER_RE.search(column) and (said is None or said[0] != "%"):
            # 「前年同月比」 under 「（単位：万人、%）」: a column of rates is in per cent, whatever unit
            # the table's levels are in
            said = ("%", 1.0)
        if said is None and column and (scaled := counted_column(column)) is not None:
            said = scaled  # "Job openings Aug. 2008 Levels (in thousands)": thousands of openings
        if said is None and self._table_scale is not None and q.quantity.unit is None and not _cjk(label) \
                and not self._accounts_of_a_body \
                and not (column and (PERCENT_WORD_RE.match(column.strip())
                                     or _RATIO_HEADER_RE.search(column))) \
                and (scaled := counted_column(f"{label} {self._table_scale}")) is not None:
            # "Labour force characteristics (in thousands)" over "Employment | 20,100": the title's scale is
            # every cell's, and a row that names no money and no measure counts people or things in it (as a
            # column headed so does); not a column of changes in per cent, nor a rate's row, nor a company's
            # accounts ("(In millions)" over "Research and development": its money)
            said = scaled
        if said is None and self._table_index and q.quantity.unit is None:
            said = ("index", 1.0)  # "Consumer Price Index, annual (2002=100)" over "All-items | 121.7"
        if said is None and counted_label(label):
            said = ("count", 1.0)  # "Vehicle deliveries | 422,875" in a table that states no unit
        elif said is None and column and PERCENT_WORD_RE.match(column.strip()):
            said = ("%", 1.0)  # "% change Sep Qtr 2019 to Dec Qtr 2019", "Percentage change from …"
        elif said is None and q.quantity.unit is None and (
                self._table_index or INDEX_WORD_RE.search(f"{label} {column or ''}")):
            # a table of an index (its title, the row or the column names one: 「◆現状判断DI（2017年1月）」,
            # "| Consumer price index | 114.1 |"): its bare numbers are the index's levels or points
            said = ("index", 1.0)
        elif said is not None and is_currency(said[0]) and not _cjk(label):
            if _PER_SHARE_RE.search(label):
                said = (said[0], 1.0)  # "Earnings per share | 0.24" in a table of USD millions
            elif counted_label(label):
                # "Vehicle deliveries | 422,875" in a table of USD millions: the row counts things
                said = ("count", 1.0)
        if said is None:
            return q
        unit, factor = said
        if q.quantity.unit is not None:
            if q.quantity.unit == unit and is_currency(unit) and self._amounts_scale is None \
                    and not WRITTEN_SCALE_RE.search(q.text):
                # "$ 23,329" in a table of USD millions ("(In millions)" scales it already)
                return replace(q, quantity=replace(q.quantity, value=q.quantity.value * factor))
            return q
        return replace(q, quantity=replace(q.quantity, unit=unit, value=q.quantity.value * factor))

    def _column_name(self, q: QuantityMatch) -> str | None:
        """The header of the table column a figure is in (None outside tables)."""
        k = self._column_index(q)
        return self._table_header[k] if k is not None and self._table_header[k] else None

    def _title_country(self, text: str, mentions: list[Mention]) -> bool:
        """The document's title names the one country (or the euro area, the EU) it is about, opening it, as
        an item of its own or after "in" ("UK House Price Index: March 2024", "Consumer Price Index,
        Australia, December 2019", "Monetary developments in the euro area: June 2019"; not
        「決算短信〔日本基準〕」, no company before it): figures no sentence gives an owner are that
        country's, not dropped."""
        countries = {m.id for m in mentions if self._country_like(m.id)}
        if len(countries) != 1 or self._company(mentions[0].id):
            return False
        at = next(m for m in mentions if m.id in countries)
        if at.start > 0 and (_cjk(text) or not (
                (_TITLE_ITEM_BEFORE_RE.search(text, 0, at.start)
                 or _TITLE_IN_PLACE_RE.search(text, 0, at.start))
                and _TITLE_ITEM_AFTER_RE.match(text, at.end))):
            return False
        self._doc_subject = next(iter(countries))
        return True

    def _header_periods(self, cell: str) -> list[PeriodMatch]:
        """The periods a table's header cell states; a month without its year (「| 5月 | 6月 | 7月 |」)
        is of the context's year, the latest such month on or before the document's date."""
        found = find_periods(cell)
        if not found and self._era is not None and _ERA_LESS_HEADER_RE.match(cell):
            # 「30年度予算(当初)」, 「5年度予算」 heading a column of a text that counts its years in an era
            # (平成31年度予算): the era's year, as in its sentences (dates.relative_periods; a header's 年度
            # is no length of time, so one digit is one too), not one after the document's next year
            found = [PeriodMatch(p.period, 0, p.end - len(self._era), cell[:p.end - len(self._era)])
                     for p in find_periods(self._era + cell)[:1]
                     if p.start == 0 and p.end > len(self._era)
                     and p.period.precision in ("year", "fiscal_year")
                     and (self.doc_date is None or p.period.start.year <= self.doc_date.end.year + 1)]
        context = self.context_period
        if found or context is None or not _MONTH_HEADER_RE.fullmatch(cell.strip()):
            return found
        found = find_periods(cell, default_year=context.end.year)
        if found and self.doc_date is not None and found[0].period.start > self.doc_date.end:
            found = find_periods(cell, default_year=context.end.year - 1)
        return found

    def _table_measure(self, q: QuantityMatch, column: str | None) -> str | None:
        """What a table's figure measures: its row's label when the column's header is a period or
        a place ("| Energy | 3.9 |" under "Sep 2017", 「| 家計動向関連 | 48.5 |」 under 「東海」), with the
        header of a column of changes after it (「…（前月差）」); the column's header when the row's
        label is a period (「| 2025年3月期 | 12,345 |」 under 「売上高」) or there is none."""
        label = self._row_cells[0].strip() if self._row_cells else ""
        k = self._column_index(q)
        first = self._cell_spans[0] if self._cell_spans else None
        if not label or (first is not None and first[0] <= q.start < first[1]) \
                or self._header_periods(label) or _PERIOD_LABEL_RE.match(label) \
                or not any(ch.isalpha() for ch in label):
            # (a figure in the label's cell, or a row labelled by a period; the unit a Japanese header
            # states is the figure's unit, not what it measures: 「新規求人数(人)」)
            return _without_unit_statement(column) if column and _cjk(column) else column
        if self._row_section:
            # a row under a section's label ("Unemployment rates" over "Total, 16 years and over")
            section = self._row_section.strip("()（）[]<>〈〉○●◆■・ ")
            label = f"{section}・{label}" if _cjk(section + label) else f"{section}: {label}"
        if not column:
            return label
        # 「東海」: whose column, not what it measures
        headed = bool(self._header_periods(column) or is_to_date(column)) or (
            k is not None and self._column_owner(k) is not None and not _CHANGE_HEADER_RE.search(column))
        if headed:
            # the words of the header besides its periods: "% change" of "% change Sep Qtr 2019 to
            # Dec Qtr 2019", "Index numbers" of "Index numbers Dec Qtr 2019"
            rest = column
            periods = self._header_periods(column)
            for p in sorted(periods if len(periods) < 2 else [], key=lambda p: -p.start):
                # (a change between two periods keeps them: "% change Dec Qtr 2018 to Dec Qtr 2019")
                rest = rest[:p.start] + " " + rest[p.end:]
            column = re.sub(r"(?i:\s+(?:to|from)\b)+|[\s\-–→～~]+$", " ", rest).strip(" -–,、")
            if not _WORDY_CELL_RE.search(column) or is_to_date(column) or (
                    k is not None and self._column_owner(k) is not None):
                return label
        # the unit a header states is the figure's unit, not part of what it measures: 「実数（万人）」
        column = _without_unit_statement(column)
        column = _RUN_OF_SPACES_RE.sub(" ", _HEADER_SCALE_END_RE.sub("", column))
        if self._table_by_place and not self._row_section and _PLACE_LABEL_RE.fullmatch(label) \
                and not _TOTAL_LABEL_RE.search(label) and _WORDY_CELL_RE.search(column):
            return column  # "Ontario" in a table by province: whose row; the column says what it measures
        if _cjk(label) and _RATIO_HEADER_RE.search(label) and _WORDY_CELL_RE.search(column):
            # 「| 前年同月比(%) | △3.1 |」 under 「新規求職申込件数(件)」: the column's measure, changed
            return f"{column}（{_without_unit_statement(label)}）"
        return f"{label}（{column}）" if _cjk(label + column) else f"{label} ({column})"

    def _column_owner(self, k: int) -> str | None:
        """Whose figures a table's column holds: a header that is a place or a name (「東海」, 「全国」,
        "Germany") owns its column, and a column of changes right after it (「前月差」, "change")
        is the change of that place's figures. Other headers (periods, measures) own nothing."""
        if self._column_owners is None:
            self._column_owners = {}
            last: str | None = None
            for i, cell in enumerate(c.strip() for c in self._table_header):
                own = self._header_owner(cell) if cell else None
                if own is None and cell and _CHANGE_HEADER_RE.search(cell) and not find_periods(cell):
                    own = last
                last = own
                self._column_owners[i] = own
        return self._column_owners.get(k)

    def _header_owner(self, cell: str, acronym: bool = False) -> str | None:
        """The entity a table header cell names, the whole cell: 全国 (nationwide) is the document's
        country; a name the document used in full before (東海 for 東海地区); a known name; a place
        Sudachi knows."""
        if _cjk(cell) and cell == "全国":
            country = self._doc_country or (self.ctx.known_country("日本") or (None, None))[0]
            if country:
                self._ensure_country(country)
            return country
        if len(cell) < 2 or find_periods(cell) or any(ch.isdigit() for ch in cell) \
                or self.ctx.find_metrics(cell):
            return None
        for m, ent in self.ctx.find_entities(cell):
            if m.start == 0 and m.end == len(cell):
                if ent is not None:
                    self.facts.entities.setdefault(ent.id, ent)
                return self._jurisdiction(m.id)
        if acronym and _ACRONYM_RE.fullmatch(cell) and not generic_acronym(cell):
            # "NCR, headline": an acronym that is no common noun, before the measure of a row's label,
            # names whose series it is (a column's header "JMLE" names a measure as often)
            ent = self.ctx.new_entity(cell, "other")
            if ent is not None:
                self.facts.entities.setdefault(ent.id, ent)
                return ent.id
        for ent in self.facts.entities.values():
            name = ent.name_ja or ent.name_en or ""
            if ent.kind in ("other", "country", "government") and name != cell and name.startswith(cell) \
                    and _cjk(cell) and len(name) - len(cell) <= 2:
                return ent.id  # 東海 in a header after 東海地区 in the text
        if _cjk(cell) and place_name(cell):
            ent = self.ctx.new_entity(cell, "other")
            if ent is not None:
                self.facts.entities.setdefault(ent.id, ent)
                return ent.id
        return None

    def _column_index(self, q: QuantityMatch) -> int | None:
        """The index in the table's header of the column a figure stands in, by its place in the
        row (a value repeated in two columns is each column's: "| 1.9 | 1.9 |")."""
        if not self._row_cells or not self._table_header:
            return None
        # a header without the row labels' column ("| Sep 2017 | Jun 2018 |" over "| Energy | 3.9 |
        # 8.0 |") names the columns from the right (an empty cell it ends with holds no column)
        width = len(self._table_header)
        while width > 1 and not self._table_header[width - 1].strip() and self._table_header[0].strip() \
                and self._header_periods(self._table_header[0]):
            width -= 1
        shift = max(0, len(self._row_cells) - width)
        for k, span in enumerate(self._cell_spans):
            if span is not None and span[0] <= q.start < span[1] and 0 <= k - shift < len(self._table_header):
                return k - shift
        return None

    def _measure_name(self, text: str, q: QuantityMatch, mentions: list[Mention]) -> str:
        """What a new figure measures, named from its sentence (see :func:`metric_phrase`); a change
        said after a level ("$39.3 billion, up 12% from Q3", 74万人で、前年同月比9.6%増) is the
        change of that level's measure."""
        if _cjk(text) and (entry := _ENTRY_LABEL_RE.fullmatch(text, 0, q.start)):
            return entry.group(1)  # 「人口:56,815人」, 「世帯数：25,124世帯」: the entry's label
        if _cjk(text) and q.quantity.unit == "%" and _BRACKETED_CHANGE_END_RE.match(text, q.end) and (
                named := _BRACKETED_CHANGE_OF_RE.search(text, max(0, q.start - 24), q.start)) is not None \
                and not vague(named["name"]):
            return named["name"]  # 「保健医療(実質6.2%減)」: the noun before the bracket changed
        if _cjk(text) and (part := _PART_OF_RE.search(text, max(0, q.start - 30), q.start)):
            parents = [name for end, unit, name in self._sentence_metrics
                       if end <= part.start() and unit == q.quantity.unit]
            label = part["label"]
            if parents and not vague(label):
                # 「就業者数は120万人で、うち女性は55万人」: a part of the figure before is a measure of its
                # own, named under its parent (就業者数（うち女性）); 「転入3,997人(うち県外からの転入
                # 1,676人)」 names its parent itself
                return label if parents[-1] in label else f"{parents[-1]}（うち{label}）"
        masked = text
        for a, b in [(x.start, x.end) for x in self._sentence_quantities if x is not q] + \
                [(p.start, p.end) for p in self._sentence_periods if p.start >= 0]:
            masked = masked[:a] + " " * (b - a) + masked[b:]
        phrase = metric_phrase(masked, q.start, q.end, mentions)
        previous = [name for end, unit, name in self._sentence_metrics
                    if end <= q.start and unit != q.quantity.unit]
        base = _CHANGE_BEFORE_RE.search(text, max(0, q.start - 40), q.start) or \
            _CHANGE_AFTER_RE.match(text, q.end) or \
            (_BRACKET_BASE_RE.search(text, max(0, q.start - 40), q.start) if _cjk(text) else None)
        points = q.quantity.unit == "pt"
        compared_ja = bool(phrase) and _cjk(text) and _COMPARISON_PHRASE_JA_RE.fullmatch(phrase) is not None
        topic = _JA_QUALIFIED_TOPIC_RE.search(text, 0, q.start) if compared_ja else None
        if topic is not None and not vague(topic[1]):
            # 「新規求人数（原数値）は前年同月に比べ4.0%減った」: the sentence's topic is what changed
            if q.quantity.unit == "%" or points:
                return f"{topic[1]}（{'増減幅' if points else '増減率'}）"
            return topic[1]
        if compared_ja and not previous and not self._sentence_metrics and (q.quantity.unit == "%" or points):
            # 「完全失業率は2.4%。前月に比べ0.2ポイント上昇」: the rate said in the sentence before
            previous = [name for unit, name in self._para_measures
                        if unit != q.quantity.unit and not _GENERIC_NAME_RE.search(name)][-1:]
        if (q.quantity.unit == "%" or points) and base is not None and previous and (
                not phrase or BASE_WORD_RE.fullmatch(phrase) or vague(phrase) or points or compared_ja):
            # 2.4%で、前月に比べ0.1ポイント低下: the change of the rate just said, in points
            base_word = phrase if phrase and BASE_WORD_RE.fullmatch(phrase) else None
            if base_word is None and isinstance(base, re.Match) and "word" in base.re.groupindex:
                base_word = base["word"]  # 「（前年比△15,000人、△0.86%）」: the bracket's base
            if _cjk(text):
                return f"{previous[-1]}（{base_word or ('増減幅' if points else '増減率')}）"
            return f"{previous[-1]} ({base_word or ('change, points' if points else 'change')})"
        if _cjk(text) and (not phrase or vague(phrase) or BASE_WORD_RE.fullmatch(phrase)):
            # 「売上高は前期比6.5%増の48兆367億円」: the topic of the clause names what is measured
            topics = _JA_TOPIC_RE.findall(text, _clause_start(text, q.start), q.start)
            if topics and not vague(topics[-1]):
                base_word = phrase if phrase and BASE_WORD_RE.fullmatch(phrase) else None
                return f"{topics[-1]}（{base_word}）" if base_word and q.quantity.unit == "%" else topics[-1]
        if not phrase or vague(phrase) or _COMPARISON_PHRASE_RE.fullmatch(phrase) or compared_ja:
            same = [name for end, unit, name in self._sentence_metrics
                    if end <= q.start and unit == q.quantity.unit]
            if not same and compared_ja:
                # 「就業者数は6768万人。前年同月に比べ53万人の増加。」: the change of the paragraph's last
                # measure in that unit, said in the sentence before
                same = [name for unit, name in self._para_measures
                        if unit == q.quantity.unit and not _GENERIC_NAME_RE.search(name)]
            if same:
                # "1.8 percent ..., compared with an increase of 2.4 percent", "Diluted earnings per share
                # increased to $2.03, compared with $1.84 in the prior year quarter": the same measure
                return same[-1]
            return "" if not phrase or vague(phrase) else phrase
        return phrase

    def _new_metric(self, text: str, q: QuantityMatch, mentions: list[Mention],
                    metric_hits: list[Mention], column: str | None = None) -> NewMetric | None:
        unit = "pp" if q.quantity.unit == "pt" else q.quantity.unit
        ranking = _RANKING_AFTER_RE.match(text, q.end) if unit == "rank" else None
        # "ranked third in the regional competitiveness ranking": the ranking is named after the place
        name = column or (ranking["name"] if ranking else None)
        if name is None and unit is not None and is_currency(unit) \
                and _PER_SHARE_AFTER_RE.match(text, q.end) \
                and (said := list(_DIVIDEND_RE.finditer(text, 0, q.start))) \
                and not _EARNINGS_WORD_RE.search(text, said[-1].end(), q.start):
            # "declared a quarterly cash dividend of $0.86 per outstanding share", "increasing its annual
            # cash dividend by 20% to $1.78 per common share": a dividend per share, a measure of its own
            # (was named by the words before it: "higher quarterly cash dividend", "common share")
            name = "dividend per share"
            # the one it is: "annual cash dividend … $1.78", "$0.445 … for the first quarterly distribution"
            near = [(m.start() - q.end if m.start() >= q.end else q.start - m.end(), m.group(1).lower())
                    for m in _DIVIDEND_KIND_RE.finditer(text, max(0, said[-1].start() - 30), q.end + 50)]
            if near:
                name = f"{min(near)[1]} {name}"
        if name is None and unit is not None and is_currency(unit) \
                and (per := _PER_SHARE_AFTER_RE.match(text, q.end)) is not None \
                and _OR_AGAIN_RE.search(text, max(0, q.start - 12), q.start):
            # "GAAP net income of $778 million, or $0.70 per diluted share": the same measure per share,
            # a measure of its own (was named "diluted share")
            amounts = [m for end, u, m in self._sentence_metrics if end <= q.start and u is not None
                       and is_currency(u) and not _PER_SHARE_RE.search(m)]
            if amounts:
                name = f"{amounts[-1]} {per.group(0).strip().lower()}"
        name = name or self._measure_name(text, q, mentions)
        lang_ja = _cjk(text)
        if not name:
            if unit is None:
                return None
            change = unit == "%" and (_CHANGE_BEFORE_RE.search(text, max(0, q.start - 40), q.start)
                                      or _CHANGE_AFTER_RE.match(text, q.end))
            # 「件数が前年比15.1%増」: a change, not a share (its kind is growth, below)
            generic = {"%": ("増減率", "change") if change else ("割合", "share"), "x": ("倍率", "ratio"),
                       "count": ("件数", "count"), "rank": ("順位", "rank")}.get(
                unit, ("金額", "amount") if is_currency(unit) else ("為替レート", "exchange rate")
                if is_rate(unit) and all(is_currency(u) for u in unit.split("/")) else ("値", "value"))
            name = f"{generic[0] if lang_ja else generic[1]} ({unit})"
        slug = "" if _cjk(name) else _slug(name)
        ident = "m-" + (slug or short_hash(name.casefold(), unit, length=8))
        if known := self.ctx.metric(ident):
            if unit_fits(known, unit):
                return NewMetric(ident, known.name_ja, known.name_en, known.unit, known.kind)
            ident = f"{ident}-{short_hash(unit, length=4)}"
        existing = self.facts.metrics.get(ident)
        if existing is not None and existing.unit != unit:
            ident = f"{ident}-{_slug(unit or 'none') or short_hash(unit, length=4)}"
            existing = self.facts.metrics.get(ident)
        if existing is not None:
            return existing
        metric = NewMetric(ident, name if _cjk(name) else None, None if _cjk(name) else name, unit,
                           # "retail sales fell 3.2%", 「輸出額は4.1%減」: a change said of a named measure is
                           # a growth too, not a share
                           "growth" if unit == "%" and (
                               _CHANGE_NAME_RE.search(name) or said_as_change(text, q))
                           else metric_kind_for(unit))
        self.facts.metrics[ident] = metric
        return metric

    def _add_event(self, row: EventRow) -> None:
        # candidates: recent events sharing an actor (or, with no actors, the same date)
        if row.actors:
            candidates = [e for a in row.actors for e in self._events_by_actor.get(a, [])[-_RECENT:]]
        else:
            candidates = self._events_by_actor.get("\x00" + row.date.text, [])[-_RECENT:]
        for other in candidates:
            if not other.date.overlaps(row.date):
                continue
            same_date = other.date.text == row.date.text
            if not same_date and "context" not in (row.date_from, other.date_from):
                continue  # two stated, different dates: two facts
            same_amount = (row.amount is not None and other.amount is not None
                           and row.amount.unit == other.amount.unit
                           and math.isclose(row.amount.value, other.amount.value, rel_tol=1e-9))
            if (same_date and same_amount) or similarity(row.title, other.title) >= TITLE_SIMILARITY:
                return
        for a in row.actors or ("\x00" + row.date.text,):
            self._events_by_actor.setdefault(a, []).append(row)
        self.facts.events.append(row)

    def _add_observation(self, row: ObservationRow) -> None:
        key = (row.entity, row.metric, round(row.value.value, 9), row.value.unit)
        group = self._obs_seen.setdefault(key, [])
        for other in group:
            if other.place.key() == row.place.key() and other.mark != row.mark:
                continue  # 「鉄鋼（25.2%減）、生産用機械（25.2%減）」: two figures of one sentence, no repeat
            if other.period == row.period or "context" in (other.period_from, row.period_from):
                return
        group.append(row)
        self.facts.observations.append(row)


# --- small helpers ------------------------------------------------------------------------------------


_RANKING_AFTER_RE = re.compile(
    r"(?:\s+(?:place|position|spot))?(?:\s+(?:of|out of|among)\s+\d+)?\s+(?:in|on)\s+(?:the\s+)?"
    r"(?P<name>[A-Za-z][\w\s'-]{0,60}?\b(?:ranking|rankings|index|league table|table|list))\b"
)


def _previous_period(period: Period) -> Period | None:
    """The month or calendar quarter before ``period`` (None for any other period)."""
    y, m = period.start.year, period.start.month
    if period.precision == "month":
        return period_of_month(y - (m == 1), 12 if m == 1 else m - 1)
    if period.precision == "quarter" and not period.text.startswith("FY"):
        q = (m - 1) // 3 + 1
        return period_of_quarter(y - (q == 1), 4 if q == 1 else q - 1)
    return None


def _first_digit(text: str) -> int:
    """Where the first digit of ``text`` is (its length when it has none)."""
    return next((i for i, c in enumerate(text) if c.isdigit()), len(text))


def _round(value: float) -> bool:
    """A mark a measure crosses is round: one or two significant digits (70万, 100万, 1.5兆)."""
    digits = f"{abs(value):.10f}".replace(".", "").strip("0")
    return 0 < len(digits) <= 2


def _without_elaborations(text: str, periods: list[PeriodMatch]) -> list[PeriodMatch]:
    """Periods in brackets after a period spell it out (the third quarter (July, August, and
    September)): they are not periods of their own."""
    out: list[PeriodMatch] = []
    for p in periods:
        if out and _ELABORATION_RE.fullmatch(text, out[-1].end, p.start):
            close = max(p.text.rfind(")"), p.text.rfind("）"))
            if p.text[:1] in "(（" and 0 < close < len(p.text.rstrip()) - 1:
                # 「震災前年(H22)3月」: the bracket spells out the year only, and the period read through it
                # goes on after it (its month): that period, more precise, is the one the text says
                out[-1] = p
            continue
        out.append(p)
    return out


#: the end of an item of a list set apart by semicolons: "5,000;", "1,100." (the last one)
_LIST_ITEM_END_RE = re.compile(r"\s*(?:;|(?:\.\s*)?$|\.\s)")
#: a title of an estimate that may come out before its period ends: "Flash estimate - November 2023"
_EARLY_ESTIMATE_RE = re.compile(r"(?i)\b(?:flash|advance|early|preliminary|nowcast)")


def _edition_month(title: Period, day: Period, title_text: str) -> bool:
    """Whether a month (or quarter) an English title names is the release's edition, not what it reports on:
    the release's day lies in it, before its last days (a flash estimate may come out on the last days of the
    month it estimates: Eurostat's of November 2023 on 30 November, so the last week and a title that says
    "flash", "advance", "early", "preliminary" are left alone)."""
    return day.precision == "day" and title.start <= day.start and (title.end - day.start).days >= 7 \
        and not _EARLY_ESTIMATE_RE.search(title_text)


#: what goes on with a ranking's next name: "…, followed by Wellington, $67,888, and Auckland, $58,717"
#: "ranged from", "varied from": a range whose ends are each said with their holder ("from 25.8% in London to
#: 36.0% in Scotland", "from 1.2 per cent for the Mining industry to 2.7 per cent for …")
_RANGE_FROM_RE = re.compile(r"(?<![A-Za-z])(?i:rang(?:ed|es|ing)|var(?:ied|ies|ying))\s+from\s+$")
_HOLDER_AFTER_RE = re.compile(r"\s+(?i:in|for|among)\s+(?:(?i:the)\s+)?")
_RANGE_TO_RE = re.compile(r"\s+(?i:to)\s+$")


#: a preposition right before a name: the name is a place or a part something is said of ("in Auckland", "at
#: Toyota"), not the subject or the possessor that holds the clause's measure
_PREPOSITION_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?i:in|at|for|among|from|to|of|by|with|than|across|within|outside|into)\s+(?:(?i:the)\s+)?$")


#: a speaker or a reporter: "Statistics New Zealand said prices were up …" (who says it, not whose it is)
_SAYS_AFTER_RE = re.compile(
    r"\s+(?:said|says|reported|reports|estimated|estimates|announced|noted)(?![A-Za-z])")


def _holds_before(text: str, m: Mention) -> bool:
    """Whether a name said before a figure holds the clause's measure: its possessor ("Apple's revenue") or
    its subject ("Toyota sold"), not a name after a preposition ("8.0 percent in Auckland and 3.6
    percent")."""
    return bool(re.match(r"['’]s?(?![A-Za-z])", text[m.end:m.end + 3])) or not (
        _PREPOSITION_BEFORE_RE.search(text, max(0, m.start - 16), m.start)
        or _SAYS_AFTER_RE.match(text, m.end))


def _range_end_holder(text: str, q: QuantityMatch, mentions: list[Mention],
                      owned: bool = False) -> Mention | None:
    """The holder said right after a figure: each end of a range (``ranged from 25.8% in London to 36.0% in
    Scotland``: the figure at ``from``, or the one at ``to`` after a holder of the ``from`` end), or the place
    a rate is said "in" (``up 8.0 percent in Auckland``) when no name before it in its clause holds the
    figure (``owned``: "Apple's revenue grew 8.2 percent in Europe" is Apple's, in Europe)."""
    held = _HOLDER_AFTER_RE.match(text, q.end)
    holder = next((m for m in mentions if held and m.start == held.end()), None)
    if holder is None:
        return None
    if _RANGE_FROM_RE.search(text, max(0, q.start - 30), q.start) or (
            not owned and q.quantity.unit == "%" and held is not None
            and held.group(0).strip().lower().startswith("in")):
        # ("were up 8.0 percent in Auckland and 3.6 percent in Christchurch": a rate said with "in" a place
        # right after it is that place's, when no possessor or subject before it holds the figure)
        return holder
    to = _RANGE_TO_RE.search(text, max(0, q.start - 10), q.start)
    if to is None:
        return None
    # the "from" end: a figure, its holder, then " to " right before this one
    first = next((m for m in sorted(mentions, key=lambda m: -m.end) if m.end == to.start()), None)
    if first is None:
        return None
    lead = _HOLDER_AFTER_RE.search(text, max(0, first.start - 12), first.start)
    return holder if lead is not None and lead.end() == first.start and _RANGE_FROM_RE.search(
        text, 0, max(0, first.start - 40)) is None and re.search(
        r"(?i:rang(?:ed|es|ing)|var(?:ied|ies|ying))\s+from\s+\S+(?:\s+(?:percent|per\s+cent))?\s*$",
        text[max(0, lead.start() - 60):lead.start()]) else None


_RANKED_NEXT_RE = re.compile(r"(?:\bfollowed\s+by|,\s+and)\s+(?:the\s+)?$")
#: "the national rate", "the national unemployment rate": a measure of the whole nation
_NATIONAL_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:the)\s+national\s+[a-z]")
#: "was revised from +1.1 percent", "revised up from": the estimate a revision replaced; "was revised down by
#: 81,000, from +159,000 to +78,000" (BLS): the revision's size said first
_REVISED_FROM_RE = re.compile(r"(?<![A-Za-z])(?i:revised\s+(?:up|down|upward|downward)?\s*"
                              r"(?:by\s+[+\-−]?\d[\d,.]*\s*(?:percent|%|(?:percentage\s+)?points?)?,?\s+)?from)\s+"
                              r"(?:(?i:a|an|the)\s+)?(?:[a-z]+\s+){0,3}$")
#: what stands in a bracket of figures before one of them: other figures and their separators ("+27,200; +")
_FIGURES_ONLY_RE = re.compile(r"[\d\s.,;:%+\-−–$€£¥]*")


def _figures_bracket(text: str, start: int) -> int | None:
    """Where the bracket opens that holds the figure at ``start`` and only figures before it ("(+27,200;
    +0.8%)"), or None."""
    opening = text.rfind("(", max(0, start - 40), start)
    if opening < 0 or not _FIGURES_ONLY_RE.fullmatch(text, opening + 1, start):
        return None
    return opening


def _aside_after_name(text: str, at: int, mentions: list[Mention]) -> tuple[int, int] | None:
    """The span of a bracket that stands right after a name and closes before ``at`` in the same clause
    (「アジア地域(アジア各国、中国(含香港マカオ)、台湾)が51%」, brackets inside it counted), or None."""
    close = max(text.rfind(")", 0, at), text.rfind("）", 0, at))
    if close < 0 or any(c in text[close + 1:at] for c in "、。，,(（"):
        return None
    i = _opening_bracket(text, close)
    named = i >= 0 and any(m.end == i for m in mentions) and any(i < m.start < close for m in mentions)
    return (i, close + 1) if named else None


def _opening_bracket(text: str, close: int) -> int:
    """Where the bracket that closes at ``close`` opens (brackets inside it counted), or -1."""
    depth = 0
    for i in range(close, -1, -1):
        depth += text[i] in ")）"
        depth -= text[i] in "(（"
        if depth == 0:
            return i
    return -1


def _record_since(text: str, q: QuantityMatch, quantities: list[QuantityMatch],
                  periods: list[PeriodMatch]) -> PeriodMatch | None:
    """The period a record is said "since" when the figure in brackets after it is that period's
    ("rose by 2.0%, the largest increase since July 2013 (2.5%)", "This is the first time since January
    2014 we have seen a decrease (2.1%)"), else None. Only once the current figure is given, before in
    the sentence (another value) or in the one "this" points back to; "fell for the first time since
    January 2014 (-0.3%)" gives no other figure, and "(2.5% this month)" says whose it is (review H8)."""
    since = next((p for p in reversed(periods) if p.end <= q.start
                  and _SINCE_BEFORE_RE.search(text, max(0, p.start - 60), p.start)), None)
    if since is None or not _SINCE_BRACKET_RE.fullmatch(text, since.end, q.start) \
            or not _SINCE_BRACKET_END_RE.match(text, q.end) \
            or any(since.end <= x.start < q.start for x in quantities):
        return None
    given = [x for x in quantities if x.end <= since.start]
    if given and all(abs(x.quantity.value) != abs(q.quantity.value) for x in given):
        return since
    return since if not given and _POINTS_BACK_RE.search(text, 0, since.start) else None


def _each_holder(text: str, q: QuantityMatch, mentions: list[Mention]) -> Mention | None:
    """The last of two names or more joined (と, 及び; "and") before a figure said to be each one's
    (「広島県及び岡山県がそれぞれ5.1%」, "French and German tourists (by 14% each)"), or None."""
    before = [m for m in mentions if m.end <= q.start]
    if len(before) < 2:
        return None
    last, prev = before[-1], before[-2]
    if _cjk(text):
        if not _EACH_BOUND_JA_RE.fullmatch(text, last.end, q.start):
            return None
        joined = text[prev.end:last.start] in ("と", "・", "、", "及び", "および", "並びに")
    else:
        if not _EACH_AFTER_EN_RE.match(text, q.end) or not _EACH_GAP_EN_RE.fullmatch(text, last.end, q.start):
            return None
        joined = text[prev.end:last.start] in (", ", " and ", ", and ")
        if joined and not _one_list_en(text, q, before, last):
            return None
    return last if joined and prev.id != last.id else None


def _one_list_en(text: str, q: QuantityMatch, before: list[Mention], last: Mention) -> bool:
    """Whether the names joined before ``last`` are one noun phrase's list that a figure said "each"
    is of ("Germany and France grew 2% each", "sales in Germany and France rose by 2% each"), not the close
    of one clause and the subject of the next (review H10): two names joined by ", and" (a comma before
    "and" joins clauses; a list of three keeps it: "A, B, and C"), a first name that is the place of a figure
    said before it ("rose 2.0% in Germany and France grew 3.1% each"), or of a verb when the figure has its
    own verb after the last name ("fell in Germany and France added 30,000 each")."""
    names = [last]
    while (prev := next((m for m in reversed(before) if m.end <= names[0].start
                         and text[m.end:names[0].start] in (", ", " and ", ", and ")), None)) is not None:
        names.insert(0, prev)
    if len(names) == 2 and text[names[0].end:names[1].start] == ", and ":
        return False
    closes = _CLAUSE_VERB_EN_RE.search(text, max(0, names[0].start - 40), names[0].start)
    if closes is not None and closes.group()[0].isdigit():
        return False  # the first name is the place of a figure said before it
    return closes is None or bool(_EACH_BARE_GAP_EN_RE.fullmatch(text, last.end, q.start))


def _both_owners(text: str, q: QuantityMatch, mentions: list[Mention]) -> tuple[str, str] | None:
    """The two names of "in both A and B" right after a figure ("GDP rose by 0.2% in both the euro area
    (EA19) and the EU28"): the figure is each of theirs. None if the figure is not followed so."""
    both = _BOTH_AFTER_RE.match(text, q.end)
    if both is None:
        return None
    first = next((m for m in mentions if m.start == both.end()), None)
    if first is None:
        return None
    joint = _BOTH_AND_RE.match(text, first.end)
    second = next((m for m in mentions if joint is not None and m.start == joint.end()), None)
    return (first.id, second.id) if second is not None else None


def _topic_possessor(text: str, q: QuantityMatch, before: list[Mention]) -> Mention | None:
    """The name joined by の to the topic of the sentence (Xの…は) that a figure after the topic is
    said of: the last name before ``q`` that is followed by の, with the topic's は after it and no
    clause break or other name between them outside brackets."""
    for m in before:  # (nearest first)
        if not text.startswith("の", m.end):
            continue
        depth = 0
        for i in range(m.end, q.start):
            ch = text[i]
            if ch in "（(「『":
                depth += 1
            elif ch in "）)」』":
                depth = max(0, depth - 1)
            elif depth == 0 and ch in "、,。が":
                break
            elif depth == 0 and ch == "は" and i + 1 < len(text) and text[i + 1] in "、,":
                return m
        return None
    return None


def _dates_a_relative_clause(text: str, p: PeriodMatch, q: QuantityMatch) -> bool:
    """Whether ``p`` dates a relative clause that ends before the figure ``q`` (see
    ``_RELATIVE_CLAUSE_RE``)."""
    m = _RELATIVE_CLAUSE_RE.match(text, p.end)
    return m is not None and q.start >= m.end()


def _topic_period(text: str, p: PeriodMatch, quantities: list[QuantityMatch]) -> PeriodMatch | None:
    """A period that heads the sentence's topic (2024年の年間累計は...): it dates the whole sentence."""
    topic = text.find("は", p.end)
    if "は" in text[:p.start] or topic < 0 or any(p.end <= x.start < topic for x in quantities):
        return None
    return p
#: a table row's label that names its owner before its measure: "NCR, headline", "Euro area, HICP"
_LABEL_HEAD_RE = re.compile(r"([^,，、]{2,40}?)\s*[,，、]\s*\S")
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
#: a name that is an item of a title of its own: ", Australia," / ": Germany" / "- Japan" (at the end too)
_TITLE_ITEM_BEFORE_RE = re.compile(r"[,:;–—-]\s*$")
_TITLE_ITEM_AFTER_RE = re.compile(r"\s*(?:[,:;–—(-]|$)")
#: the areas that publish statistics as a country does (ids of owners.py's euro area and EU)
#: (and the United Kingdom's nations and Great Britain, whose statistics UK bodies publish apart: "Reported
#: road casualties in Great Britain: January to March 2014" is Great Britain's, not the UK's)
_COUNTRY_LIKE_AREAS = ("EA", "EU", "UK-ENG", "UK-SCT", "UK-WLS", "UK-NIR", "UK-GB")
#: a bare number that counts units of time: the length of a run of months ("the 12 months to March 2024")
_DURATION_WORD_AFTER_RE = re.compile(r"[\s-]+(?i:months?|years?|quarters?|weeks?)(?![A-Za-z])")
#: a title's last item that says where ("Monetary developments in the euro area: June 2019")
_TITLE_IN_PLACE_RE = re.compile(r"(?<![A-Za-z])(?:in|for)\s+(?:the\s+)?$")
#: a row label that may name a place: a short name, no digits ("南関東", "Western Cape")
_PLACE_LABEL_RE = re.compile(r"[一-龥ァ-ヺー]{2,8}|[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3}")
#: a bracket of a column's header (「実数（万人）」: a unit said apart from the name), a scale it ends with
_HEADER_BRACKET_RE = re.compile(r"\s*[(（][^()（）]{1,24}[)）]")


#: a column in parts per thousand (or ten thousand): "Weights (‰)", "per mille"
_PER_MILLE_RE = re.compile(r"[‰‱]|(?<![A-Za-z])(?i:per\s+mill?e)(?![A-Za-z])")


def _without_unit_statement(header: str) -> str:
    """A header without the brackets that only state its unit: 「実数（万人）」 -> 「実数」."""
    return _HEADER_BRACKET_RE.sub(lambda m: "" if unit_statement(m.group(0)) else m.group(0),
                                  header).strip() or header


_HEADER_SCALE_END_RE = re.compile(r"(?<!\s)\s+(?i:thousands|millions|%)$")
_RUN_OF_SPACES_RE = re.compile(r"\s{2,}")
#: the label of a Japanese table's source line: 「(資料出所)」, 「出典:」
_SOURCE_LABEL_JA_RE = re.compile(r"\s*[(（]?(?:出典|資料出所)[)）]?\s*[:：]?")
#: a table's title that names a judgement (「第9表業況判断」, 「雇用人員判断」): a survey's judgement is
#: counted as the balance of its answers, a diffusion index, so the table's bare numbers are the index's
#: points
_JUDGEMENT_TITLE_RE = re.compile(r"[一-龥ァ-ヺー]判断\s*$")
#: a header cell that opens with a year of one or two digits and no era: 「30年度予算(当初)」, 「5年度」
_ERA_LESS_HEADER_RE = re.compile(r"\s*\d{1,2}\s?年度?(?![0-9])")
#: a Japanese lead-in to a list: 「…は以下のとおりです。」, 「…は次のとおり。」, 「下記の通りである」
_JA_LEAD_IN_RE = re.compile(r"(?:以下|次|下記)の(?:とおり|通り)(?:です|である|となっています)?[。:：]?\s*$")
#: a regional office and 管内, its jurisdiction: 「関東財務局管内」, 「北海道運輸局管内」, 「東京労働局管内」
_OFFICE_AREA_RE = re.compile(r"([一-龥ァ-ヺー]{1,12}(?:局|支局|事務所|本部))管内")
_NAME_CHAR_RE = re.compile(r"[一-龥ァ-ヺー]")
#: the body a Japanese sentence is about, as its topic: 「総務省では、」, 「総務省統計局では,」
_BODY_TOPIC_RE = re.compile(r"では[、,，]")
#: a release's own announcement, its subject unsaid: 「…取りまとめましたので、公表します。」
_SELF_PUBLISH_RE = re.compile(r"(?:公表|発表)(?:します|しました|いたします|いたしました)[。．]?\s*$")
#: 国会, the national Diet (not 米国会議 or 英国会社: no name's kanji before it, no 議/社 after it)
_DIET_RE = re.compile(r"(?<![一-龥ァ-ヺー])国会(?![議社館])")
#: a table's title that says its rows are places: "… by province", "by state and territory", 都道府県別
_BY_PLACE_RE = re.compile(r"(?<![A-Za-z])(?i:by\s+(?:province|state|region|country|territory|county|city))"
                          r"|(?:都道府県|地域|地方|市区町村|国)別")
#: a row of the whole or the rest, no place: 合計, 全体, その他, Total, All, Other
_TOTAL_LABEL_RE = re.compile(r"合計|総計|小計|全体|総数|その他|^計$|(?i:total|all|other|average|overall)")
#: what joins the two periods of a change column's header: "Sep Qtr 2019 to Dec Qtr 2019", 「5月→6月」
_FROM_TO_RE = re.compile(r"\s*(?:to|-|–|→|～|~|から)\s*")
#: a table cell with words in it (not a number alone)
_WORDY_CELL_RE = re.compile(r"[A-Za-z一-龥ぁ-んァ-ヺ]{2}")
#: a header cell that is a month alone: 「5月」, 「6月度」, "July", "Jul."
_MONTH_HEADER_RE = re.compile(r"(?:1[0-2]|[1-9])\s?月度?"
                              r"|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_AMOUNTS_IN_RE = re.compile(r"(?<![A-Za-z])(?i:in\s+(millions|thousands|billions))(?![A-Za-z])"
                            r"|単位\s*[:：]?\s*(千|百万|億|兆)(?:円|ドル)")
_SECTION_SCALES = {"millions": 1e6, "thousands": 1e3, "billions": 1e9, "千": 1e3, "百万": 1e6, "億": 1e8,
                   "兆": 1e12}
#: "$0.86 per outstanding share of common stock", "$0.445 per common share", "$0.17 per ADS"
_PER_SHARE_AFTER_RE = re.compile(r"\s*(?i:per|a)\s+(?i:(?:common|ordinary|outstanding|diluted|basic)\s+)?"
                                 r"(?i:share|ADS|ADR)(?![A-Za-z])")
_DIVIDEND_PAYMENT_RE = re.compile(r"(?<![A-Za-z])(?i:will\s+pay|payable|to\s+be\s+paid|will\s+be\s+paid)"
                                  r"(?![A-Za-z])[^.]{0,80}?(?i:dividend)|(?i:dividend)[^.]{0,80}?"
                                  r"(?<![A-Za-z])(?i:payable|will\s+be\s+paid|to\s+be\s+paid)(?![A-Za-z])")
#: what is set, decided or done on a day, so that a figure of it is that day's: a rate a board sets ("holds
#: the cash rate at", "lowers overnight rate target to", "left its target at", "effective"), a dividend
#: declared, an amount awarded, signed or agreed
_SET_ON_THE_DAY_RE = re.compile(
    r"(?<![A-Za-z])(?i:decided|decides|decision|holds|held|hold|left|leaves|kept|keeps|maintain|maintains"
    r"|maintained|lowers|lowered|raises|raised|cuts|cut|sets|set|effective|declared|declares|declare|approved"
    r"|approves|awarded|awards|award|signed|signs|agreed|agrees|granted|grants|invest|invests|invested"
    r"|acquired|acquires|acquire)(?![A-Za-z])")
#: a figure reported in the past tense: what was measured over a period before the text was written
_PAST_REPORT_RE = re.compile(
    r"(?<![A-Za-z])(?i:was|were|rose|fell|increased|decreased|declined|grew|dropped|climbed|totaled|totalled"
    r"|reached|stood|amounted|remained|edged|slipped|jumped|surged|plunged|eased|posted|recorded|averaged"
    r"|came\s+in|went\s+up|went\s+down"
    # a headline's present of a change ("Inflation eases to 2.2% as fuel prices fall"): a change is over a
    # period, never a day
    r"|rises|falls|eases|slows|jumps|drops|grows|increases|decreases|declines|climbs|edges|dips|slips"
    r"|surges|plunges|soars|tumbles|accelerates|hits)(?![A-Za-z])")
#: a contribution's verb before its figure ("which contributed", "accounted for over")
_CONTRIBUTED_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?i:contribut(?:ed|es|ing|e)|accounted\s+for|accounts?\s+for)(?![A-Za-z])")
#: what a contribution is a share of: a change ("of the total increase", "to total growth")
_SHARE_OF_CHANGE_AFTER_RE = re.compile(
    r"\s+(?i:of|to)\s+(?i:the\s+)?(?i:(?:total|overall|annual|monthly|quarterly)\s+)?"
    r"(?i:increase|rise|growth|change|decrease|decline|fall|drop)(?![A-Za-z])")
#: the denominator of a fraction said in words ("two-thirds", "a fifth", "three quarters")
_FRACTION_WORD_RE = re.compile(
    r"(?<![A-Za-z])(?i:halves|half|thirds?|quarters?|(?:four|fif|six|seven|eigh|nin|ten)ths?)(?![A-Za-z])")
#: "has cut its key policy rate three times since June": how many times a thing happened, no multiple
_TIMES_COUNTED_AFTER_RE = re.compile(r"\s+(?i:since|this\s+year|last\s+year|so\s+far|in\s+a\s+row"
                                     r"|in\s+the\s+past|over\s+the\s+past|already|before|a\s+year|per\s+year"
                                     r"|each|every)"
                                     r"(?![A-Za-z])")
_BOUNDS = ("more_than", "less_than", "at_least", "at_most")
#: what makes a bound after it a class of the things a noun names: "loans of", "firms with", "cattle
#: weighing", "persons aged", "a capacity of", or a plural noun right before it ("incomes below")
_CLASS_BEFORE_RE = re.compile(r"(?:(?<![A-Za-z])(?i:of|with|weighing|aged|earning|having|sized|valued\s+at)"
                              r"|(?<![A-Za-z])[a-z]{3,}[^s\s']s)\s+(?:a\s+)?$")
_FISCAL_WORD_RE = re.compile(r"(?i:fiscal|financial)")
_DECLARED_RE = re.compile(r"(?<![A-Za-z])(?i:declared|declares|declare|approved|approves)(?![A-Za-z])")
_DIVIDEND_RE = re.compile(r"(?<![A-Za-z])(?i:dividends?)(?![A-Za-z])")
_DIVIDEND_KIND_RE = re.compile(
    r"(?<![A-Za-z])(?i:(annual|quarterly|interim|final|special|monthly))(?![A-Za-z])")
_EARNINGS_WORD_RE = re.compile(r"(?<![A-Za-z])(?i:earn\w*|income|EPS|profits?|loss(?:es)?)(?![A-Za-z])")
_PER_SHARE_RE = re.compile(r"(?i:per\s+(?:diluted\s+|basic\s+)?share)|1株当たり|一株当たり")


#: the year whose prices a real figure is counted in, a base as 「2015年=100」 is: 「2005暦年連鎖価格」
#: (chained prices of calendar 2005), 「2015年基準」, 「2011年価格」; "chained 2017 dollars", "constant 2015
#: prices": neither a period nor an amount
_PRICE_BASE_RE = re.compile(r"(?:19|20)\d{2}\s?(?:暦年|年度?)\s?(?:連鎖価格|基準|価格)"
                            r"|(?:平成|令和|昭和)\s?(?:\d{1,2}|元)\s?年\s?(?:連鎖価格|基準|価格)"
                            r"|(?i:(?:chained|constant|real)\s+\(?(?:19|20)\d{2}\)?\s+(?:dollars|prices)"
                            r"|(?:19|20)\d{2}\s+(?:chained|constant)\s+(?:dollars|prices))")
#: a line of numbers alone (with their signs, per cent marks and brackets): a table's row without its label
_NUMBERS_ALONE_RE = re.compile(r"[\s\d.,%％▲△+\-−()（）]+")
#: a Japanese aside that says what a figure includes or leaves out, 「(10〜12月実施予定を含む)」 (the raises
#: planned for October to December included), 「(…を除く)」: the scope of what is counted; a period in it is
#: a part of the whole, not the period the figure is of (the whole year's 平成18年中 before it)
_SCOPE_ASIDE_RE = re.compile(r"[(（][^()（）]{1,30}?(?:を|も)?"
                             r"(?:含む|含み|含める|含めた|除く|除き|除いた)[)）]")
#: the day a summary's data were taken as of, 「2019年6月25日時点における公表データをもとに作成」 (the
#: published data as they stood on that day, to be revised): the data's vintage, neither the period the
#: figures are of nor a day that dates the sentences after it (a stock's 「10月1日時点の人口」 is a period)
_DATA_CUTOFF_RE = re.compile(r"(?:(?:19|20)\d{2}|(?:平成|令和)\s?(?:\d{1,2}|元))\s?年\s?\d{1,2}\s?月"
                             r"\s?\d{1,2}\s?日\s?時点"
                             r"(?:における|での|の)\s?(?:公表|集計|速報|確報)?(?:データ|数値|値)")
#: a table's cell that says its figures are the previous month's or quarter's: 「(前月値)」, 「(前月確報時)」,
#: 「前期値」, "(previous month)"; a rate against that period (前月比, 前月差) is no such cell
_PREVIOUS_CELL_RE = re.compile(r"[(（]?前(?:月|期)(?:値|分|確報(?:時|値)?|速報(?:時|値)?)[)）]?(?!\S)"
                               r"|(?i:\(previous (?:month|quarter)\))")
#: a table column of changes: "% change", "Change", "y/y", "YoY", 「増減率」, 「前年比」
#: a table header cell that names a period (当第3四半期, 前年同期, 2019年3月期, "Q3", "Year")
#: a cross-reference before a name: "see our Annual Statistical Supplement", "see the Technical Note"
_SEE_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:see)\s+(?:our|the)\s+$")
_PERIODISH_CELL_RE = re.compile(r"期|[0-9０-９]月|年|当月|前月"
                                r"|(?<![A-Za-z])(?i:quarter|year|month|Q[1-4]|FY|H[12]"
                                r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
#: a column of rates of change or shares: 前年同月比, 増減率, 構成比, "% change" (not 前年同月差, a change of
#: the level)
_RATIO_HEADER_RE = re.compile(r"(?:前(?:年|年同月|年同期|年度|月|期|四半期)|構成|対\S{1,6})比"
                              r"|(?:増減|伸び?|変化|上昇|増加|下落)率"
                              r"|(?<![A-Za-z])(?i:(?:percent(?:age)?|%)\s*change|y/y\s*%|%\s*y/y)")
#: a table cell that is a bare number: a data row's, never a header's ("3.1%", "▲ 0.8", "12,345")
_BARE_NUMBER_CELL_RE = re.compile(r"[△▲+\-−]?\s?[\d,]+(?:\.\d+)?\s?[%％]?")
#: a row (or its section) of rates: "Unemployment rates", "Employment-population ratio", 完全失業率
_RATE_LABEL_RE = re.compile(r"(?<![A-Za-z])(?i:rates?|ratios?|percent(?:age)?s?)(?![A-Za-z])|率|割合")
#: a column of contributions to a total's change (寄与度, "contribution to growth"): percentage points
_CONTRIBUTION_HEADER_RE = re.compile(r"寄与度|(?<![A-Za-z])(?i:contributions?(?:\s+to\b)?)(?![A-Za-z])")
_CHANGE_HEADER_RE = re.compile(r"(?<![A-Za-z])(?i:change|growth|y/y|yoy|q/q|qoq|m/m|mom|increase|decrease)"
                               r"(?![A-Za-z])|増減|前年比|前年同月比|前期比|前月比|伸び率|前(?:年|年同月|期|月)差")


#: a bracket that only names a base (「(前月差)」, 「（前年同月比）」): a header saying what later
#: brackets hold
_BRACKET_HEADER_RE = re.compile(
    r"[(（]\s*(?P<base>(?:対)?(?:" + RELATIVE_PERIOD_JA + r")(?:差|比))\s*[)）]")


def _bracketed_after_levels(text: str, quantities: list[QuantityMatch], after: int,
                            unit: str | None) -> list[QuantityMatch]:
    """Bare numbers alone in brackets after ``after`` take ``unit``, else the unit of the figure just
    before them (the level they are the change of)."""
    out: list[QuantityMatch] = []
    level: QuantityMatch | None = None
    for q in quantities:
        if q.start >= after and q.quantity.unit is None and level is not None \
                and text[level.end:q.start].strip() in ("(", "（") \
                and text[q.end:].strip()[:1] in (")", "）"):
            q = replace(q, quantity=replace(q.quantity, unit=unit or level.quantity.unit))
        elif q.quantity.unit is not None:
            level = q
        out.append(q)
    return out


def _dates_a_record(text: str, p: PeriodMatch) -> bool:
    """A Japanese period that dates a record another figure is compared with: the level since which
    (「指数水準H27.5 97.2以来」) or a ranked record (「①H23.3 ▲16.5%」); it is no context for the text
    after."""
    return bool(_RECORD_AFTER_RE.match(text, p.end)
                or (_RANK_MARK_BEFORE_RE.search(text, max(0, p.start - 1), p.start)
                    and re.match(r"[HSR]\d", p.text)))


#: before a rank that places a level among the series' own past (「過去:38位」, 「4月としては:4位」,
#: 「歴代3位」) or cuts a list (「上位5位」): no place of an owner in a ranking
_RECORD_RANK_BEFORE_RE = re.compile(r"(?:過去|としては|としても|上位|下位|歴代|史上)\s*[:：]?\s*(?:第\s*)?$")
#: what stands between a ranked record's date and its figure: a sign, spaces (「①H23.3 ▲16.5%」)
_RECORD_GAP_RE = re.compile(r"[\s▲△+\-−]*")


def _without_ranked_records(text: str, periods: list[PeriodMatch],
                            quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """The figures of a Japanese text without those of its ranked records (「①H23.3 ▲16.5% ①H23.3 ▲15.7% …
    ②H21.1 ▲8.8%」: the largest falls on record, a circled rank and an era-initial month before each): a
    table of records whose columns (生産, 出荷, 在庫 …) ran together into one line, so no row could say
    which measure a record is of; the records are what the release's own figures are compared with.
    Written from one development document (dev7 鉱工業指数) and a layout's reason, not a linguistic one, so
    kept narrow: only a run of two ranked records or more in one text (a lone 「①H23.3 ▲16.5%」 stays)."""
    ends = [p.end for p in periods if _dates_a_record(text, p) and not _RECORD_AFTER_RE.match(text, p.end)]
    if len(ends) < 2:
        return quantities
    return [q for q in quantities
            if not any(e <= q.start and _RECORD_GAP_RE.fullmatch(text, e, q.start) for e in ends)]


#: the unit an English row's label states in brackets at its end: "Employment rate (%)", "Net debt (£ bn)"
_EN_ROW_UNIT_RE = re.compile(r"[(（][^()（）]{1,20}[)）]\s*$")


#: a column of levels (実数: the actual number, beside rates of change), its unit stated in brackets after
_LEVEL_COLUMN_RE = re.compile(r"実数\s*[（(]")


def _own_row_unit(label: str) -> tuple[str, float] | None:
    """The unit a Japanese table row's label states for its own cells: in brackets (「前年同月比(%)」,
    「有効求人倍率(倍)」), else per cent for a row of rates of change (「前年同月比」, 「増減率」)."""
    said = table_unit(label)
    if said is None and _RATIO_HEADER_RE.search(label) and not _PERIOD_LABEL_RE.match(label):
        said = ("%", 1.0)
    return said


#: three words or more set in capitals in a row (a heading set in capitals), and a name of such words only
_CAPS_RUN_RE = re.compile(r"(?<![A-Za-z])[A-Z]{2}[A-Z'’]*(?:[\s,–—()-]+[A-Z]{2}[A-Z'’]*){2,}(?![a-z])")
_CAPS_NAME_RE = re.compile(r"[A-Z][A-Z'’.&-]*(?:\s+[A-Z0-9][A-Z0-9'’.&-]*)*")


def _in_caps_run(text: str, start: int, end: int) -> bool:
    """Whether a name stands inside three words or more set in capitals in a row (see _CAPS_RUN_RE)."""
    return any(m.start() <= start and end <= m.end() for m in _CAPS_RUN_RE.finditer(text))


#: a figure said to equal the previous month's or quarter's, right after it (see _previous_period)
_SAME_AS_BEFORE_EN_RE = re.compile(
    r"(?:\s+(?:in|for)\s+[A-Z][a-z]+(?:\s+\d{4})?)?\s*(?:,\s*|\(\s*)"
    r"(?:unchanged\s+from|as\s+in|the\s+same\s+as(?:\s+in)?)"
    r"\s+the\s+(?:previous|prior|preceding)\s+(?:month|quarter)(?![A-Za-z])",
    re.IGNORECASE)
#: "rose 0.1 percent for the second month in a row": the same change the month before, only after a
#: change said by its size (not "fell to 7.5% … for the second month in a row": a fall to a level, so
#: the month before was higher)
_SAME_CHANGE_AGAIN_EN_RE = re.compile(
    r"(?:\s+in\s+[A-Z][a-z]+(?:\s+\d{4})?)?\s+for\s+the\s+second\s+(?:month|quarter)\s+in\s+a\s+row(?![A-Za-z])",
    re.IGNORECASE)
_CHANGE_BY_BEFORE_EN_RE = re.compile(
    r"(?i)\b(?:rose|fell|increased|decreased|declined|climbed|dropped|gained|grew|edged\s+(?:up|down)"
    r"|(?:was|were)\s+(?:up|down))(?:\s+by)?\s*$")
_SAME_AS_BEFORE_JA_RE = re.compile(
    r"\s*(?:(?:で|と)[、,]?\s*|[、,]\s*)?前(?:月|期|四半期)と(?:同じ水準|同水準|同じ|変わらず)")
#: between the last of a list of names and the figure they share: "… and Tasmania the highest of 2.2 per cent"
_SHARED_SUPERLATIVE_RE = re.compile(
    r"\s+(?:recorded\s+)?the\s+(?:highest|lowest|largest|smallest|strongest|weakest)(?:\s+[a-z-]+){0,6}?"
    r"\s+(?:of|at)\s+")
#: a series' code: one capital letter and one digit, or the difference of two ("M3", "M2-M1")
#: a name whose last word says it is a publication ("Monthly Statistical Snapshot", "Statistics Explained",
#: "Economic Bulletin", "Statistical Digest"): a title, not who the figures are of
_PUBLICATION_NAME_RE = re.compile(r"(?<=\s)(?:Snapshot|Explained|Bulletin|Digest|Factsheet|Fact Sheet"
                                  r"|Yearbook|Newsletter|Highlights)$")
_SERIES_CODE_RE = re.compile(r"[A-Z]\d(?:\s?-\s?[A-Z]\d)?")

#: a row label that says a year (「平成29年5月」, "Nov 2024"), and one that is a month alone (「6月」, "Dec")
_YEAR_IN_LABEL_RE = re.compile(r"\d\s*年|(?:19|20)\d\d")
_MONTH_LABEL_RE = re.compile(
    r"\s*(?:\d{1,2}\s*月|(?i:jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\.?)\s*")

#: a table row's label that is a period alone: 「平成15年」, 「16年」, 「17年度」, 「平成19年1月」, 「2月」
_PERIOD_LABEL_RE = re.compile(r"\s*(?:(?:平成|令和|昭和)\s*)?(?:\d{1,4}|元)\s*年\s*度?"
                              r"(?:\s*\d{1,2}\s*月)?\s*$|\s*\d{1,2}\s*月\s*$")


def _source(text: str, m: Mention, government: bool) -> bool:
    """Whether a name is cited as the source (「全軽自協によると」, "according to HM Land Registry"):
    it says whose count it is, not what the text goes on about (a government body cited in English,
    "according to the U.S. Bureau of Economic Analysis", still says whose statistics follow: its
    country's)."""
    return bool(_SOURCE_AFTER_RE.match(text, m.end) or _PUBLISHED_SOURCE_RE.match(text, m.end) or (
        not government and _SOURCE_BEFORE_RE.search(text, max(0, m.start - 20), m.start)) or (
        # "…, Xinhua news agency reported.": a trailing credit of who reported it
        not government and text[:m.start].rstrip().endswith(",")
        and _TRAILING_CREDIT_RE.match(text, m.end) is not None))


#: a line that says who published the document: "Source: …", 「出典：…」, 「作成：…」, "© 2024 …"
_PUBLISHER_LABEL_RE = re.compile(
    r"\s*(?:(?i:data\s+)?(?i:sources?|published\s+by|issued\s+by|released\s+by|prepared\s+by|contact|copyright)"
    r"|©|\([cC]\)|[(（]?(?:出典|資料出所)[)）]?|資料|作成|発行|編集|発表|問い?合わせ先?|お問い?合わせ先?|担当|所管)"
    r"\s*[:：]?\s*(?:(?:©|\([cC]\))\s*)?(?:\d{4}\s*)?(?:the\s+)?$")
#: what a publisher line may hold beside the body's name: its divisions (経営管理部 統計調査課, "Labour
#: Market Division") and stops
#: (a run of kana and kanji is one token, split into divisions by ``_divisions``: the run split in
#: the pattern, each division 1-12 characters before its ending, backtracked exponentially on a
#: long run that ends in no division word)
_PUBLISHER_REST_RE = re.compile(
    r"(?:[\s,、・/|｜]|[一-龥ァ-ヶー]++|[(（][A-Z&]{2,10}[)）]"
    r"|(?:[A-Z][a-z]+\s+){0,3}(?:Division|Department|Unit|Section|Branch|Office)(?![A-Za-z]))*+[.。]?\s*")
#: (a division's name may join two words with ・: 「資源・燃料部」, 「調査・統計課」)
_DIVISION_RUN_RE = re.compile(r"[一-龥ァ-ヶー]++(?:・[一-龥ァ-ヶー]++)*+")
_DIVISION_ENDS = ("部", "局", "課", "室", "係", "班", "センター", "グループ")


def _divisions(run: str) -> bool:
    """Whether a run of kana and kanji is divisions one after another (経営管理部統計調査課), each
    1-12 characters and a division word (部, 局, 課, 室, 係, 班, センター, グループ); in linear time."""
    split = [True] + [False] * len(run)  # split[i]: run[:i] is whole divisions
    for end in range(2, len(run) + 1):
        for word in _DIVISION_ENDS:
            if run.endswith(word, 0, end):
                last = end - len(word) - 1  # the latest start: one character before the word
                split[end] = split[end] or any(split[i] for i in range(max(0, last - 11), last + 1))
    return split[len(run)]


def _publisher_rest(rest: str) -> bool:
    """Whether what a publisher line holds beside the body's name is only its divisions and stops."""
    return _PUBLISHER_REST_RE.fullmatch(rest) is not None and all(
        _divisions(m.group(0)) for m in _DIVISION_RUN_RE.finditer(rest)
    )


#: a bracket after a percentage (and the ones listed with it) that says they are contributions:
#: 「1.14%及び「家電」の0.95%(名目寄与度)」; or 寄与度 as the topic before them: 「寄与度は1.1%」
_CONTRIBUTION_AFTER_RE = re.compile(r"[^。、,()（）]{0,20}?[(（][^()（）]{0,6}寄与度[)）]")
_CONTRIBUTION_TOPIC_RE = re.compile(r"寄与度(?:は|が|で)")


def _contribution_said(text: str, q: QuantityMatch) -> bool:
    """Whether a Japanese sentence says the percentage ``q`` is a contribution (寄与度) to a change."""
    if _CONTRIBUTION_AFTER_RE.match(text, q.end):
        return True
    return bool(_CONTRIBUTION_TOPIC_RE.search(text, _clause_start(text, q.start), q.start))


def _earlier_by_word(word: str, period: Period) -> Period | None:
    """The period a word said relative to ``period`` names (前年…: a year before; 前月: a month before);
    None when it cannot be counted (前期: the quarter or the year before? 前期末: a day not given)."""
    if word.endswith("末"):
        return None  # 「前期末の総資産」: the end of a period before, a day the text does not give
    if word.startswith("前年"):
        return a_year_before(period)
    if word == "前月" and period.precision == "month":
        month = period.start.month - 1 or 12
        return parse_period(f"{period.start.year - (month == 12):04d}-{month:02d}")
    return None


#: a bracket that opens with a period said relative to the text's and the figure right after it:
#: 「(前年73.5%)」, 「(前年 1 万 5,637 件)」, 「(前年度2.72回)」 (not 「(前年比5%増)」 or 「(前年同月比…)」: a
#: change on that period, whose word is followed by 比, not by the figure)
_BRACKETED_EARLIER_RE = re.compile(r"[(（]\s?(" + RELATIVE_PERIOD_JA + r"|前回)\s?(?=[△▲+\-−]?\s?[0-9０-９])")
#: a bracket that opens with 同 and a figure: 「(同2.8%)」, the same as the bracket before it said
_BRACKETED_SAME_RE = re.compile(r"[(（]\s?同\s?(?=[△▲+\-−]?\s?[0-9０-９])")


def _bracketed_earlier(text: str, at: int) -> str | None:
    """The relative period word of the bracket a Japanese figure at ``at`` opens: 「(前年73.5%)」 gives
    前年; 「(同2.8%)」 gives the word of the bracket before it in the sentence when that one was such a
    bracket (「1.3%(同2.8%)」 after 「77.5%(前年73.5%)」: 同, the same, repeats the previous year; after
    「(前年同月比7.2%増)」 it repeats a change's base, and names no earlier figure). None otherwise."""
    opened = max(text.rfind("(", 0, at), text.rfind("（", 0, at))
    if opened < 0 or any(c in ")）" for c in text[opened:at]):
        return None
    m = _BRACKETED_EARLIER_RE.match(text, opened) or _BRACKETED_SAME_RE.match(text, opened)
    if m is None or text[m.end():at].strip(" △▲+-−"):
        return None
    if m.re is _BRACKETED_EARLIER_RE:
        return m.group(1)
    for before in reversed([i for i, c in enumerate(text[:opened]) if c in "(（"]):
        if _BRACKETED_SAME_RE.match(text, before):
            continue
        earlier = _BRACKETED_EARLIER_RE.match(text, before)
        return earlier.group(1) if earlier is not None else None
    return None


#: what may stand between a bracket's opening and the period that opens it, and between the period and its
#: figure: 「(7~9月期は0.2%)」, 「(令和元年上半期:1,663万人)」, 「(前年同期 1,234件)」
_BRACKET_OPEN_RE = re.compile(r"[(（]\s?")
_PERIOD_TO_FIGURE_RE = re.compile(r"\s?(?:は|が|:|：|、)?\s?")


def _bracket_after_period(text: str, p: PeriodMatch, quantities: list[QuantityMatch]) -> QuantityMatch | None:
    """The figure of a Japanese bracket that opens with the period ``p`` and gives a figure right after it
    (「(7~9月期は0.2%)」 gives 0.2%); None when ``p`` opens no bracket or no figure follows it there."""
    opened = max(text.rfind("(", 0, p.start), text.rfind("（", 0, p.start))
    if opened < 0 or not _BRACKET_OPEN_RE.fullmatch(text, opened, p.start):
        return None
    gap = _PERIOD_TO_FIGURE_RE.match(text, p.end)
    figure = next((q for q in quantities if gap is not None and q.start == gap.end()), None)
    if figure is None or any(c in ")）" for c in text[p.end:figure.start]):
        return None
    return figure


def _date_alone(text: str) -> bool:
    """Whether a Japanese line's start is a date and nothing else: 「令和5年12月」 of a release's date line
    that the publisher's line under it was run into (「令和5年12月金沢国税局」: a line of a month alone is
    no sentence to go on)."""
    head = text.strip()
    if not head or not _cjk(head) or len(head) > 20:
        return False
    norm = normalize(head)
    return any(m.start == 0 and m.end == len(norm) for m in find_periods(norm))


#: a note's mark, a star or 米 before its number, opening a line or after a space: 「*1」, 「※2」, 「*3,5」
_NOTE_MARK_RE = re.compile(r"(?:^|(?<=\s))[*※]\d{1,2}(?:,\d{1,2})*(?![\d,.])")


def _publisher_line(text: str, mentions: list[Mention]) -> Mention | None:
    """The body a publisher line names: a line of the body's name alone, with its divisions
    (「富山県 経営管理部 統計調査課」), or a label that says it published ("Source: U.S. Bureau of Economic
    Analysis, …", 「出典：総務省統計局」)."""
    first = mentions[0]
    if _PUBLISHER_LABEL_RE.fullmatch(text, 0, first.start):
        return first
    if text[:first.start].strip() and not _date_alone(text[:first.start]):
        return None
    rest = "".join(text[a.end:b.start] for a, b in pairwise(mentions)) + text[mentions[-1].end:]
    return first if len(text) <= 80 and _publisher_rest(rest) else None


#: what may stand between a day and a body's name run together at a release's head: nothing, or a space
_DAY_BODY_GAP_RE = re.compile(r"\s?")
#: a particle (or a stop) right after a name: the name is a sentence's word (「経済産業省は」,
#: 「内閣府の」), no line
_PARTICLE_AFTER_RE = re.compile(r"\s?[はがのもとにをでへや、。,，]")


#: a Japanese publication's verb (発表, 公表) and a plan's or an aim's (目指す, 予定, 計画, 方針,
#: 見込み, 目標)
_JA_PUBLISHED_RE = re.compile(r"発表|公表")
_JA_AIM_RE = re.compile(r"目指|予定|計画|方針|見込|目標")
#: what follows a month said as when a thing was done: 「2023年12月、」, 「平成23年1月に」 (not 「8月分」,
#: 「4月の」: the period of what was published)
_JA_DONE_WHEN_AFTER_RE = re.compile(r"\s?(?:[、，,]|に(?!よ))")
#: a Japanese sentence that ends by saying a figure's level or change (「1.9%減だった」, 「9.8%上回った」,
#: 「100万人を突破した」, 「2,098 人となった」), no thing done
_JA_FIGURE_SAID_RE = re.compile(
    r"(?:減|増|減少|増加|上昇|低下|上回っ|下回っ|突破し|超え|達し|となっ|だっ|であっ)(?:た|ている)?[。.]?\s*$")


def _dated_body(text: str, mentions: list[Mention]) -> tuple[Period, Mention] | None:
    """A day run into a body's name at a Japanese release's head (「平成23年6月30日北陸総合通信局…」):
    the day and the body's mention; None when the sentence has no day right before a name, or the name
    is a sentence's word (a particle after it)."""
    for p in find_periods(text):
        if p.period.precision != "day":
            continue
        gap = _DAY_BODY_GAP_RE.match(text, p.end)
        body = next((m for m in mentions if gap is not None and m.start == gap.end()), None)
        if body is not None and not _PARTICLE_AFTER_RE.match(text, body.end):
            return p.period, body
    return None


def _inside(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(m.start <= start and end <= m.end for m in mentions)


def _overlaps(start: int, end: int, periods: list[PeriodMatch]) -> bool:
    return any(p.start < end and start < p.end for p in periods)


#: a mark that sets a line as a title or a section of its own (【…】, ■, ・): a new block, never a line of
#: the last
_TITLE_MARK_RE = re.compile(r"\s*[【■□◆◇●▪・]")
#: a line of a Japanese table's title block that names no one: its unit alone (「(単位:億円)」) or one
#: short word (a column word set over the header, 「金額」, 「〇〇港輸入」), with no number of its own
#: (the block's lines joined into one: 「(単位:億円)〇〇港輸入金額」)
_TITLE_BLOCK_LINE_RE = re.compile(r"(?:[(（]単位\s*[:：]?[^()（）\d]{1,12}[)）])?"
                                  r"[^\d\s。、,.()（）:：]{0,12}")
