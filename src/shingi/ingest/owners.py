"""Who a figure may belong to: organisation, company, government and place names found in a
sentence (:func:`organisation_names`, the heuristic names without a pack), and the built-in
known entities."""

from __future__ import annotations

import re
from functools import lru_cache

from shingi.ingest.labels import (
    MEASURE_HEADS,
    _cjk,
)
from shingi.ingest.rows import (
    Mention,
    NewEntity,
)

#: Built-in names used without a pack: (id, kind, name_ja, name_en, other names).
KNOWN_ENTITIES: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("JP", "country", "日本", "Japan", ("日本国", "わが国", "我が国", "Japanese")),
    ("US", "country", "米国", "United States", ("アメリカ", "米", "U.S.", "USA", "US", "American")),
    ("CN", "country", "中国", "China", ("中華人民共和国", "Chinese")),
    ("UK", "country", "英国", "United Kingdom", ("イギリス", "Britain", "British", "U.K.", "UK")),
    ("KR", "country", "韓国", "South Korea", ("Korea", "Korean")),
    ("DE", "country", "ドイツ", "Germany", ("German",)),
    ("FR", "country", "フランス", "France", ("French",)),
    ("IN", "country", "インド", "India", ("Indian",)),
    ("TW", "country", "台湾", "Taiwan", ("Taiwanese",)),
    # (Eurostat names the Union by its members' count: EU28, EU27, EU-27)
    ("EU", "organization", "欧州連合", "European Union", ("EU", "欧州", "EU28", "EU27", "EU-28", "EU-27")),
    ("EA", "organization", "ユーロ圏", "euro area", ("Euro area", "eurozone", "Eurozone", "euro zone")),
    ("CA", "country", "カナダ", "Canada", ("Canadian",)),
    ("AU", "country", "オーストラリア", "Australia", ("豪州", "Australian")),
    ("NZ", "country", "ニュージーランド", "New Zealand", ()),
    ("IT", "country", "イタリア", "Italy", ("Italian",)),
    ("ES", "country", "スペイン", "Spain", ("Spanish",)),
    ("RU", "country", "ロシア", "Russia", ("Russian",)),
    ("BR", "country", "ブラジル", "Brazil", ("Brazilian",)),
    ("MX", "country", "メキシコ", "Mexico", ("Mexican",)),
    ("SG", "country", "シンガポール", "Singapore", ()),
    ("HK", "country", "香港", "Hong Kong", ()),
    # more countries whose statistics offices and companies publish (a country's name, the name of
    # its people and its adjective: "Sweden's GDP", "the Dutch unemployment rate", "Philippine
    # Statistics Authority"); left out: names that are also common words or other places' parts
    # (Georgia, Jordan, タイ as a tie; Ireland is below, with the other members of the Union)
    ("NL", "country", "オランダ", "Netherlands", ("Dutch", "Holland")),
    ("BE", "country", "ベルギー", "Belgium", ("Belgian",)),
    ("SE", "country", "スウェーデン", "Sweden", ("Swedish",)),
    ("NO", "country", "ノルウェー", "Norway", ("Norwegian",)),
    ("DK", "country", "デンマーク", "Denmark", ("Danish",)),
    ("FI", "country", "フィンランド", "Finland", ("Finnish",)),
    ("CH", "country", "スイス", "Switzerland", ("Swiss",)),
    ("AT", "country", "オーストリア", "Austria", ("Austrian",)),
    ("PT", "country", "ポルトガル", "Portugal", ("Portuguese",)),
    ("GR", "country", "ギリシャ", "Greece", ("Greek",)),
    ("PL", "country", "ポーランド", "Poland", ("Polish",)),
    ("CZ", "country", "チェコ", "Czech Republic", ("Czechia", "Czech")),
    ("HU", "country", "ハンガリー", "Hungary", ("Hungarian",)),
    ("TR", "country", "トルコ", "Türkiye", ("Turkey", "Turkish")),
    ("IL", "country", "イスラエル", "Israel", ("Israeli",)),
    ("SA", "country", "サウジアラビア", "Saudi Arabia", ("Saudi",)),
    ("AE", "country", "アラブ首長国連邦", "United Arab Emirates", ("UAE",)),
    ("ZA", "country", "南アフリカ", "South Africa", ("South African",)),
    ("EG", "country", "エジプト", "Egypt", ("Egyptian",)),
    ("NG", "country", "ナイジェリア", "Nigeria", ("Nigerian",)),
    ("AR", "country", "アルゼンチン", "Argentina", ("Argentine", "Argentinian")),
    ("CL", "country", "チリ", "Chile", ("Chilean",)),
    ("CO", "country", "コロンビア", "Colombia", ("Colombian",)),
    ("PE", "country", "ペルー", "Peru", ("Peruvian",)),
    ("ID", "country", "インドネシア", "Indonesia", ("Indonesian",)),
    ("MY", "country", "マレーシア", "Malaysia", ("Malaysian",)),
    ("TH", "country", "タイ王国", "Thailand", ("Thai",)),
    ("VN", "country", "ベトナム", "Vietnam", ("Viet Nam", "Vietnamese")),
    ("PH", "country", "フィリピン", "Philippines", ("Philippine", "Filipino")),
    ("PK", "country", "パキスタン", "Pakistan", ("Pakistani",)),
    ("BD", "country", "バングラデシュ", "Bangladesh", ("Bangladeshi",)),
    # the other member states of the European Union, whose figures Eurostat's releases list one by
    # one ("It was highest in Estonia (5.0%), Lithuania (4.9%) …")
    ("EE", "country", "エストニア", "Estonia", ("Estonian",)),
    ("LV", "country", "ラトビア", "Latvia", ("Latvian",)),
    ("LT", "country", "リトアニア", "Lithuania", ("Lithuanian",)),
    ("LU", "country", "ルクセンブルク", "Luxembourg", ()),
    ("MT", "country", "マルタ", "Malta", ("Maltese",)),
    ("CY", "country", "キプロス", "Cyprus", ("Cypriot",)),
    ("SI", "country", "スロベニア", "Slovenia", ("Slovenian",)),
    ("SK", "country", "スロバキア", "Slovakia", ("Slovak",)),
    ("HR", "country", "クロアチア", "Croatia", ("Croatian",)),
    ("RO", "country", "ルーマニア", "Romania", ("Romanian",)),
    ("BG", "country", "ブルガリア", "Bulgaria", ("Bulgarian",)),
    # (not inside "Northern Ireland", a part of the United Kingdom: see KnownNames.find)
    ("IE", "country", "アイルランド", "Ireland", ("Irish",)),
    # the members of the OECD the lists above missed (the list holds every member of the OECD, the EU
    # and the G20, whose statistics offices publish in English)
    ("IS", "country", "アイスランド", "Iceland", ("Icelandic",)),
    ("CR", "country", "コスタリカ", "Costa Rica", ("Costa Rican",)),
)

#: First-level parts of countries whose statistics offices break their figures out by them ("the largest
#: increases were in Quebec (+27,200; +0.8%)", "North Carolina's July 2015 unemployment rate"): (id,
#: country, name). A place, as a country is (no field's words); a part's figures are its own, and the part
#: belongs to its country. Left out: names that are also a country's, a city's or a common first name
#: (Georgia, Washington, New York, Victoria).
KNOWN_REGIONS: tuple[tuple[str, str, str], ...] = tuple(
    (f"{country}-{code}", country, name) for country, names in (
        ("CA", "AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador"
               "|NS Nova Scotia|ON Ontario|PE Prince Edward Island|QC Quebec|SK Saskatchewan"
               "|NT Northwest Territories|NU Nunavut|YT Yukon"),
        ("AU", "NSW New South Wales|QLD Queensland|SA South Australia|TAS Tasmania|WA Western Australia"
               "|NT Northern Territory|ACT Australian Capital Territory"),
        ("US", "AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut"
               "|DE Delaware|FL Florida|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas"
               "|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota"
               "|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey"
               "|NM New Mexico|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon"
               "|PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas"
               "|UT Utah|VT Vermont|VA Virginia|WV West Virginia|WI Wisconsin|WY Wyoming"),
        # the United Kingdom's nations, and Great Britain (the UK without Northern Ireland), whose figures
        # UK releases give apart ("road casualties in Great Britain", "prices in Wales"): never the UK's
        ("UK", "ENG England|SCT Scotland|WLS Wales|NIR Northern Ireland|GB Great Britain"),
    ) for code, name in (item.split(" ", 1) for item in names.split("|")))
#: Parts whose names are a common first name or another place's too: a part only beside a sibling (see
#: KnownNames._among_siblings)
SIBLING_ONLY_REGIONS: tuple[tuple[str, str, str], ...] = (
    ("AU-VIC", "AU", "Victoria"), ("US-GA", "US", "Georgia"))
#: a capitalised word after a part's name: the part is inside a longer name ("Texas Instruments", "Alaska
#: Airlines", "Ohio State University")
_LONGER_NAME_AFTER_RE = re.compile(r"\s+(?!(?:and|or|of|in|the)\b)[A-Z][a-z]")
#: "New England", "Bank of England": a part's name after "New", or after "of" that follows a word naming
#: an institution, a title or a body of water, is the end of a longer name. "State of California",
#: "Commonwealth of Virginia", "Government of Wales" are the place itself (no such word before "of").
_LONGER_NAME_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:New|(?:Bank|Church|Prince|Princess|Duke|Duchess|Earl|Archbishop|Bishop|Diocese"
    r"|University|College|Gulf|Bay)\s+of)\s+$"
)

#: National statistics offices and central banks whose names do not say their country (the
#: country's own name for them): their unattributed figures are that country's, as the U.S.
#: Census Bureau's are. Names of one field alone ("Federal Statistical Office": Germany's or
#: Switzerland's) are not here; they take the country the document names.
NATIONAL_BODIES: dict[str, str] = {
    "Bureau of Economic Analysis": "United States", "Bureau of Labor Statistics": "United States",
    "Census Bureau": "United States", "Federal Reserve": "United States",
    "Energy Information Administration": "United States",
    "Destatis": "Germany", "Bundesbank": "Germany", "INSEE": "France", "Insee": "France",
    "Istat": "Italy", "ISTAT": "Italy", "Eurostat": "European Union",
    # short names statistics offices give themselves in their releases ("Stats NZ said today")
    "Stats NZ": "New Zealand", "StatCan": "Canada", "ONS": "United Kingdom",
}


def national_body_country(name: str) -> str | None:
    """The country of a national body named without it ("the Bureau of Economic Analysis")."""
    return next((country for body, country in NATIONAL_BODIES.items()
                 if re.search(r"(?<![A-Za-z])" + re.escape(body) + r"(?![A-Za-z])", name)), None)

#: Function words, months and the like: trimmed from both ends of a capitalised run.
_LATIN_STOP = frozenset(str.split("""
    a an the in on at by for with this that these those it its as but and or of to from after before
    during since while according however also we our they their he she his her i you if when where
    there here what which who how why all some many most more less new first last next one two three
    no vs etc eg ie am pm mr mrs ms dr see read note source sources
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    level phase step part section chapter table figure page vol board directors trustees
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
    thousands millions billions number numbers percent units
    between among amongst within throughout until across despite toward towards into onto upon amid beyond
    versus
"""))
#: a contraction ("I've", "we're", "it'll", "don't") is a clause's subject and verb, never a name
_CONTRACTION_RE = re.compile(r"(?:I|you|we|they|he|she|it|that|there|what|let)['’](?:ve|re|m|ll|d|s)"
                             r"|[A-Za-z]+n['’]t", re.IGNORECASE)
#: a headline's verb after a company's name ("Outlook Group Reports Q4 2004 Results", "Pure Storage Announces
#: Fiscal Fourth Quarter …"), when what follows is what it reports
_HEADLINE_VERBS = frozenset({"reports", "announces", "posts", "delivers", "releases", "declares", "raises",
                             "lowers", "reaffirms", "affirms", "issues", "provides"})
_HEADLINE_OBJECT_RE = re.compile(r"\s+(?:Q[1-4]\b|[1-4]Q\b|FY|Fiscal|First|Second|Third|Fourth|Full|Record"
                                 r"|Results|Earnings|Financial|Quarterly|Annual|Preliminary|Strong|\d)")


def _before_headline_verb(words: list[str], text: str, start: int, run: str) -> list[str]:
    """The words of a name up to a headline's verb ("Outlook Group Reports Q4 2004 Results": Outlook
    Group), when what follows the verb is what it reports."""
    at = 0
    for i, word in enumerate(words):
        at = run.find(word, at)
        if i > 0 and word.lower() in _HEADLINE_VERBS \
                and _HEADLINE_OBJECT_RE.match(text, start + at + len(word)):
            return words[:i]
        at += len(word)
    return words
#: Acronyms of common nouns: part of a name next to one ("Sakana AI"), not a name alone. Which
#: acronyms are common nouns is Sudachi's dictionary's word (AI, GPU, GDP, CEO, PDF are 普通名詞;
#: NVIDIA, TSMC, IMF are proper nouns; BLS, unknown, is a name), units and currencies are
#: :mod:`shingi.normalize.quantities`' (GW, PFLOPS, USD), and periods the period finder's (FY, Q1).
_PERIOD_ACRONYM_RE = re.compile(r"(?i:fy|[qh][1-4])")
#: Initialisms of two common nouns joined by & (research and development ...), which Sudachi's
#: dictionary files as proper nouns
_COMMON_AMPERSAND = frozenset(("R&D", "M&A", "Q&A", "P&L"))

_COMPANY_NAME = r"[A-Za-z0-9ァ-ヺー・一-龥々&.\-]{1,24}"
_COMPANY_RE = re.compile(
    rf"(?:株式会社|\(株\)|㈱)\s?{_COMPANY_NAME}"
    rf"|{_COMPANY_NAME}(?:株式会社|ホールディングス|\(株\)|㈱)"  # (no space: 「上場会社名 株式会社X」 is X)
    # 社 after a Katakana or Latin name only: 同社, 本社, 各社 are words, マイクロソフト社 a name
    r"|(?<![ァ-ヺーA-Za-z0-9])[A-Za-z0-9ァ-ヺー・&.\-]{2,24}社(?![会員長内外])"
    r"|(?:[A-Z][A-Za-z0-9&\-.]*\s){0,3}[A-Z][A-Za-z0-9&\-.]*,?\s"
    r"(?:Inc|Corp|Corporation|Company|Co\.,? Ltd|Co(?=\.)|Ltd|LLC|plc|GmbH|AG|K\.K)\.?"
    r"(?![A-Za-z])"  # (not "National Inc" in "National Income and Product Accounts")
)
# (a word a PDF's line broke with a hyphen, joined back by a space: "Govern- ment", "Manu- facturing")
_LATIN_WORD = r"(?:[A-Z][A-Za-z0-9&\-.']*[A-Za-z0-9](?:-\s[a-z]{2,}(?![A-Za-z\-]))?|[A-Z])"
#: (words joined by "&" are one name: "Education & Health Services", "Procter & Gamble"; so are words
#: listed before it, "Trade, Transportation & Utilities": "&", not "and", joins the parts of one name)
#: a year of an era written with the era's initial in Japanese official text: H22 (平成22年), R5 (令和5年),
#: S63 (昭和63年), perhaps with its month and day (H27.5, H29.9.25)
_ERA_INITIAL_YEAR_RE = re.compile(r"[HRS]\d{1,2}(?:\.\d{1,2}){0,2}")
#: "District of Columbia", "South East of England", "Isle of Man", "Bay of Plenty": a place named as a part or
#: a kind of place "of" another (a compass point, a district, a bay ...) is one name with "of" inside
_PLACE_OF = "".join(f"(?<={w})" if i == 0 else f"|(?<={w})" for i, w in enumerate(
    ("District", "East", "West", "North", "South", "Isle", "Bay", "Province", "County", "Gulf", "Cape")))
_PART_OF_BEFORE_RE = re.compile(rf"(?:{_PLACE_OF})\sof\s(?:the\s)?$")
_LATIN_RUN_RE = re.compile(
    rf"(?<![A-Za-z0-9.\-]){_LATIN_WORD}(?:(?:\s|\s&\s|,\s(?=[A-Z][A-Za-z]*(?:\s[A-Z][A-Za-z]*)*\s&\s)"
    rf"|(?:{_PLACE_OF})\sof\s(?:the\s)?(?=[A-Z][a-z]))"
    rf"(?:{_LATIN_WORD}|\d+(?:\.\d+)*)(?![A-Za-z0-9]))*"
)
#: a line break's hyphen inside a word ("Govern- ment"): no part of the word
_BROKEN_WORD_RE = re.compile(r"(?<=[a-z])-\s(?=[a-z])")
_KATAKANA_RE = re.compile(r"[ァ-ヺー・]{3,}")
#: 〜ベース (basis): 「ドルベースで」, 「円ベースで」, 「通関ベース」, 「全産業ベースで」 say on
#: what basis a figure is counted (a currency, the customs' records, all industries), never whose
#: it is; Sudachi knows ベース but not every compound of it (ドルベース is out of its dictionary, so
#: read as a name)
_BASIS = "ベース"
#: the built-in countries' English names and adjectives (Sweden, Swedish, Philippine ...)
_COUNTRY_WORDS = "|".join(sorted((re.escape(n) for ident, kind, _ja, en, others in KNOWN_ENTITIES
                                  if kind == "country" for n in (en, *others)
                                  if n.isascii() and n[0].isupper() and "." not in n and not n.isupper()),
                                 key=lambda n: (-len(n), n)))
_ORG_EN_RE = re.compile(
    r"(?:the\s+)?(?:(?:U\.S\.|US|United States|Japanese|Japan's|U\.K\.|UK|British|European|Federal|Australian"
    r"|Canadian)\s+)?"
    r"(?:(?:Reserve|Central|National|People's)\s+)?"
    r"(?:Department|Bureau|Ministry|Agency|Office|Administration|Commission|Board|Council|Authority|Bank"
    r"|Institute|Service)\s+of\s+(?:the\s+)?[A-Z][A-Za-z&\-]*(?:\s+(?:and\s+)?[A-Z][A-Za-z&\-]*)*"
    # national statistics offices named after their country: Statistics Canada, Statistics New Zealand
    r"|Statistics\s+(?:New\s+Zealand|South\s+Africa|[A-Z][a-z]{3,})(?![A-Za-z])"
    # a country's body named by its field: U.S. Census Bureau, U.S. Energy Information Administration,
    # Australian Bureau of Statistics (above), Office for National Statistics
    # (or by its country's adjective: Philippine Statistics Authority, Swedish Energy Agency)
    r"|(?:U\.S\.|US|U\.K\.|UK|" + _COUNTRY_WORDS + r"|(?<=the\s)|(?<=The\s))\s*(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:Bureau|Administration|Office|Agency|Service|Commission|Authority)(?![A-Za-z])"
    r"|Office\s+for\s+National\s+Statistics")
_ASSOCIATION_JA_RE = re.compile(
    r"(?<![一-龥ァ-ヺー])[一-龥ァ-ヺー]{2,14}(?:協会連合会|連合会|協会|連盟|工業会)(?![一-龥])")
#: a region's name: 「南関東地方」「首都圏」「東海地区」, 地方部, 都市部
REGION_NAME_RE = re.compile(r"[一-龥]{1,6}(?:都市圏|首都圏|経済圏|圏|地方|地区)|地方部|都市部")
#: … as the topic or subject of a clause (「東海地区の…は」「首都圏では」)
_REGION_JA_RE = re.compile(
    r"(?<![一-龥])(?:" + REGION_NAME_RE.pattern + r")(?=\s*(?:は|が|の|で|に(?:おけ|おい)|[（(：:]))")
#: a region named as a place and 地域 or a group of its prefectures (アジア地域, 中東地域, 北陸3県, 東北6県),
#: the place a word Sudachi reads as one place name, as the topic, subject or setting of a clause
PLACE_GROUP_JA_RE = re.compile(
    r"(?:(?<![一-龥ァ-ヺー])|(?<=[局省庁]))([一-龥ァ-ヺー]{2,6})(?:地域|[1-9１-９]県)(?=\s*(?:は|が|の|で|に(?:おけ|おい)|[（(]))")
#: a time of day before a capitalised word: its time zone ("8:30 a.m. Eastern time", "11.30 am (Canberra
#: time)")
_CLOCK_BEFORE_RE = re.compile(r"\d(?:[:.]\d\d)?\s*(?i:[ap]\.m\.|[ap]m)\s+\(?$")
#: "Consumer Price Index for All Urban Consumers": the population an index is of is part of its name
_INDEX_FOR_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:index|indexes|indices)\s+for\s+(?:(?i:all)\s+)?$")
# (a body's institute named after it is the body's: 内閣府経済社会総合研究所,
# 財務省財務総合政策研究所)
# (an agency's name may hold a loanword in Katakana: 資源エネルギー庁, スポーツ庁, デジタル庁; only before
# 庁, as テレビ局 is no body)
_ORG_JA_RE = re.compile(r"(?:[一-龥]{1,10}(?:省|庁|局|府|機構|委員会)"
                        r"|(?<![一-龥ァ-ヺー])[一-龥]{0,8}[ァ-ヺー]{2,8}[一-龥]{0,4}庁)"
                        r"(?:[一-龥]{1,12}(?:研究所|研修所|センター))?"
                        # (and the division a release names after it: 資源エネルギー庁資源・燃料部政策課)
                        r"(?:(?![一-龥])|(?=[一-龥・]{0,23}(?:部|課|室)(?![一-龥・])))")
_ABBREVIATION_BEFORE_RE = re.compile(r"[a-z][a-z\-]+\s+\($")
_OR_ABBREVIATION_BEFORE_RE = re.compile(r"[a-z][a-z\-]+,\s+or\s+$")
_OR_ABBREVIATION_AFTER_RE = re.compile(r"\s*[,;)]")
#: a chart's or a section's number: Roman numerals and numbers joined by hyphens or dots (II-2-1-1, IV.3)
_SECTION_NUMBER_RE = re.compile(r"(?:[IVX]{1,4}|\d{1,3})(?:[-.‐]\d{1,3}){1,4}")
_ERA_NAMES = frozenset(("令和", "平成", "昭和", "大正", "明治"))
#: Head nouns that name a measure in English (the part the two lists below share)
_MEASURE_HEADS = MEASURE_HEADS
#: Head nouns of measures: a capitalised word right before one names a measure, not an owner.
_METRIC_HEAD_RE = re.compile(
    r"\s*(?i:" + _MEASURE_HEADS + r"|margins?|price\s+index|index|GDP|EPS|shares?|product"
    r"|rates?|capacity|investment|costs?|deficit|surplus"
    # ("the National Income and Product Accounts (NIPAs)": the accounts the figures are in, no actor)
    r"|accounts)"
    r"(?![A-Za-z])")
_MEASURE_MODIFIERS_RE = re.compile(r"(?:\s+(?i:diluted|basic|net|adjusted|operating|gross|core|comparable"
                                   r"|organic|underlying|pre-tax|pretax|per-share)){1,3}(?=\s)")
#: the head noun of a version of a statistic's figures: "(Advance Estimate)", "Flash Estimates"
_ESTIMATE_RE = re.compile(r"(?i:estimates?)")
#: an adverb and a past participle alone: "Seasonally Adjusted", "Not Seasonally Adjusted" (how figures were
#: made)
_ADVERB_PARTICIPLE_RE = re.compile(r"(?:Not\s+)?[A-Z][a-z]+ly\s+[A-Z][a-z]+ed")
#: "Prices in Northern Ireland rose", "while in Scotland prices rose", "production in Kansas": a
#: place that scopes a measure (after its head noun, or opening a clause) is whose figure it is
_SCOPE_BEFORE_RE = re.compile(
    r"(?:(?:^|[,;]\s*|(?<![A-Za-z])(?i:while|whereas|and|but)\s+)(?i:in)"
    r"|(?<![A-Za-z])(?i:" + _MEASURE_HEADS + r"|employment|unemployment|inflation|population|deliveries"
    r"|yields?)\s+(?i:in|at)"
    # "ranged from 25.8% in London to 36.0% in Scotland": a place right after a figure's "in" says where
    # the figure was measured, whose it is (not where something was done: "a plant in Clay, New York")
    r"|\d\s*(?:%|(?i:percent|per\s+cent))\s+(?i:in))\s+$")
_PLACE_RE = re.compile(
    r"(?<![A-Za-z])(?:in|at|near)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:,\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
    r"(?:,?\s+and\s+(?:\$[\d.]+\s+\w+\s+in\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})(?:,\s+([A-Z][a-z]+))?)?")
_WITHIN_PREFECTURE_RE = re.compile(r"(?<![一-龥])([一-龥]{1,3}?[都道府県])内")
#: The speaker of a quotation ('"…," said Gary Dunnet', '"…," national accounts senior manager Gary
#: Dunnet said', 'Mr Dunnet said'): a person who comments on the figures, not whose they are.
_QUOTE_MARK_RE = re.compile(r"[\"“”]")
_SPEECH_VERB = r"(?:said|says|added|adds|noted|notes|explained|commented|stated)"
_SPEAKER_BEFORE_RE = re.compile(r"(?<![A-Za-z])" + _SPEECH_VERB + r"\s+$")
_SPEAKER_AFTER_RE = re.compile(r",?\s+" + _SPEECH_VERB + r"(?![A-Za-z])")
_SPEAKER_TITLE_RE = re.compile(r",\s*(?:the\s+|its\s+|our\s+)?")
#: titles of offices written before their holder's name ("Reserve Bank Governor Graeme Wheeler", "Finance
#: Minister Nicola Willis", "Statistics Canada Chief Statistician Anil Arora")
_OFFICE_TITLES = frozenset({"Governor", "Deputy", "Chairman", "Chairwoman", "Chair", "President", "Minister",
                            "Secretary", "Commissioner", "Director", "Chief", "Spokesperson", "Spokesman",
                            "Spokeswoman", "Statistician", "Treasurer", "Premier", "Mayor"})
#: Words that modify an office title before it (Prime Minister, Vice President, Deputy Governor): part of
#: the title, not the body whose office it is
_OFFICE_MODIFIERS = frozenset({"Prime", "Vice", "Deputy", "Acting", "Interim", "Former", "Assistant",
                               "Associate", "Senior", "Chief", "First", "Lord", "Lieutenant"})
_PERSON_TITLE_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$")
#: Head nouns of measures in Japanese: a Katakana word compounded with one names a measure, not an owner.
_JA_METRIC_HEAD_RE = re.compile(
    r"(?:売上|販売|収入|収益|利益|所得|価格|単価|件数|台数|人数|戸数|比率|割合|[額数率量高])")


#: the Japanese names of the built-in countries and unions (日本, 中国, 欧州 …), for 米 in a list
_JA_COUNTRY_NAMES_RE = re.compile("|".join(sorted(
    (re.escape(n) for _i, _k, ja, _en, others in KNOWN_ENTITIES for n in (ja, *others)
     if n != "米" and _cjk(n)), key=lambda n: (-len(n), n))))


def _rice_in_list(text: str, i: int, j: int) -> bool:
    """Whether 米 at text[i:j] is an item of a 、-list whose neighbour is no country: 「米、野菜、肉用牛等」
    lists goods (coordination joins like with like; 「米、中国、韓国」 lists countries)."""
    after = text.startswith("、", j)
    before = i > 0 and text[i - 1] == "、"
    if not (after or before):
        return False
    if after and _JA_COUNTRY_NAMES_RE.match(text, j + 1):
        return False
    if before:
        k = i - 1
        while k > 0 and text[k - 1] not in "、。（(「 ":
            k -= 1
        if _JA_COUNTRY_NAMES_RE.fullmatch(text, k, i - 1):
            return False
    return True


#: Japan's regions other than 中国 (the Chūgoku region, whose name is China's too), and what joins items
_JA_REGIONS = r"(?:四国|九州|近畿|北陸|東北|関東|甲信越|東海|中部|北海道|沖縄|山陰|山陽)"
_JOIN = r"(?:、|・|及び|および|並びに|と|や)"
_REGION_AFTER_RE = re.compile(rf"{_JOIN}{_JA_REGIONS}")
_REGION_BEFORE_RE = re.compile(rf"{_JA_REGIONS}(?:地方)?{_JOIN}$")
#: 「中国地方」, 「中国・四国」, 「中国四国農政局」: the region by its own word, or paired with 四国 (the
#: two are one area: 中国四国地方)
_CHUGOKU_OWN_RE = re.compile(rf"(?:{_JOIN})?四国|地方")


def _chugoku_region(text: str, i: int, j: int) -> bool:
    """Whether 中国 at text[i:j] is Japan's Chūgoku region: 中国地方, paired with 四国 (「中国、四国及び
    九州を除き」), or listed with two or more of Japan's other regions (「東北、近畿、中国」; coordination
    joins like with like, as for 米 in _rice_in_list). One region beside it is no list of regions:
    「沖縄と中国の関係」, 「関東や中国からの観光客」 name China, unless 地方 ends the list
    (「中国・九州地方」)."""
    if _CHUGOKU_OWN_RE.match(text, j):
        return True
    listed = 0
    k = j
    while listed < 2 and (m := _REGION_AFTER_RE.match(text, k)):
        listed, k = listed + 1, m.end()
    if text.startswith("地方", k) and listed:
        return True  # 「中国・九州地方」: the regions of a list named by 地方
    k = i
    while listed < 2 and (m := _REGION_BEFORE_RE.search(text, max(0, k - 8), k)):
        listed, k = listed + 1, m.start()
    return listed >= 2


_CAPS_WORD_RE = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])")
#: 〜線, 〜便, 〜路線, 〜航路 after a place's name name a route or a service to it (an airline's 韓国線
#: flies to Korea, 中国便 are flights to China): a linguistic reason, the compound's head is the route,
#: not the place
_ROUTE_AFTER_RE = re.compile(r"(?:路線|航路|線|便)(?![一-龥])")


def _in_capitals(text: str, i: int, j: int) -> bool:
    """Whether text[i:j] stands in a run set in capitals: two words in capitals besides it, and no word in
    lower case, within 40 characters either side ("INDEX OF INDUSTRIAL PRODUCTION, MALAYSIA APRIL 2016")."""
    before, after = text[max(0, i - 40):i], text[j:j + 40]
    around = before + " " + after
    return len(_CAPS_WORD_RE.findall(around)) >= 2 and not re.search(r"(?<![A-Za-z])[a-z]{2,}", around)


#: a people's name the country's list holds (American, Filipino, Pakistani), whose plural is the people
_DEMONYM_RE = re.compile(r"[A-Z][a-z]+(?:an|ino|i)")


class KnownNames:
    """The built-in country and union names (used without a pack)."""

    def __init__(self) -> None:
        self.names: list[tuple[str, NewEntity]] = []
        self._capitals: set[str] = set()  # (names written in capitals: MALAYSIA)
        for ident, kind, ja, en, others in KNOWN_ENTITIES:
            ent = NewEntity(ident, kind, ja, en, others)
            for n in (ja, en, *others):
                self.names.append((n, ent))
                if _DEMONYM_RE.fullmatch(n) and n != "Indian":
                    # "overseas Filipinos", "Americans": a people's name in the plural is the country's
                    # people, whose figures are its (not Indians: also the Americas' first peoples)
                    self.names.append((n + "s", ent))
            if en and len(en) >= 4 and en.upper() != en:
                # "INDEX OF INDUSTRIAL PRODUCTION, MALAYSIA APRIL 2016": a heading set in capitals writes
                # every name in capitals (found only inside such a run: _in_capitals)
                self.names.append((en.upper(), ent))
                self._capitals.add(en.upper())
        self.regions = frozenset(name for _i, _c, name in KNOWN_REGIONS)
        for ident, country, name in KNOWN_REGIONS:
            self.names.append((name, NewEntity(ident, "other", None, name, (), country=country)))
        self.names.sort(key=lambda x: (-len(x[0]), x[0]))

    def find(self, text: str) -> list[tuple[Mention, NewEntity]]:
        out: list[tuple[Mention, NewEntity]] = []
        taken = bytearray(len(text))
        for name, ent in self.names:
            start = 0
            while (i := text.find(name, start)) >= 0:
                j = i + len(name)
                start = j
                latin = name[0].isascii()
                if latin and ((i > 0 and text[i - 1].isalnum()) or (j < len(text) and text[j].isalnum())):
                    continue
                if name in self._capitals and not _in_capitals(text, i, j):
                    continue  # (a country's name in capitals only in a line set in capitals)
                if latin and text.startswith("$", j):
                    continue  # US$2.5 billion: a currency, not the country
                if (name in ("Ireland", "アイルランド") and text.endswith(("Northern ", "北"), 0, i)) or (
                        name == "Irish" and text.startswith(" Sea", j)):
                    continue  # Northern Ireland (北アイルランド) is the United Kingdom's; the Irish Sea none
                if name in self.regions and (_LONGER_NAME_AFTER_RE.match(text, j)
                                             or _LONGER_NAME_BEFORE_RE.search(text, max(0, i - 16), i)):
                    continue  # "Texas Instruments", "New England": a part's name inside a longer name
                if name == "米" and ((j < len(text) and text[j] in "国ドル") or not _word_alone(text, i, j)):
                    continue  # 米 is the US only as a word of its own (米政府), not inside 米菓, 米作
                if name == "中国" and _chugoku_region(text, i, j):
                    continue  # 「中国、四国及び九州」: Japan's Chūgoku region in a list of regions
                if name == "米" and _rice_in_list(text, i, j):
                    continue  # 「米、野菜、肉用牛等」: a list of crops and goods (rice), not of countries
                if not latin and _ROUTE_AFTER_RE.match(text, j):
                    continue  # 「韓国線、欧州線への新規就航」: a route to the country, no owner of figures
                if not latin and len(name) >= 2 and not _on_word_edges(text, i, j):
                    continue  # インド inside インドネシア, 日本 inside 日本銀行: part of another word
                if latin and _PART_OF_BEFORE_RE.search(text, max(0, i - 24), i):
                    continue  # "the North East of England", "the District of Columbia": part of a longer name
                if any(taken[i:j]):
                    continue
                taken[i:j] = b"\x01" * (j - i)
                out.append((Mention(ent.id, i, j), ent))
        if out:
            out.extend(self._among_siblings(text, out, taken))
        return out

    def _among_siblings(self, text: str, found: list[tuple[Mention, NewEntity]], taken: bytearray
                        ) -> list[tuple[Mention, NewEntity]]:
        """A part's name that is a first name or another place's too (:data:`SIBLING_ONLY_REGIONS`) is that
        part when the same sentence names another part of its country: "fell in Victoria (-0.9 per cent),
        South Australia (-0.7 per cent) and Queensland" (Victoria, Australia), "Georgia, Florida and
        Alabama"."""
        countries = {e.country for _m, e in found if e.country and e.id.startswith(f"{e.country}-")}
        out: list[tuple[Mention, NewEntity]] = []
        for ident, country, name in SIBLING_ONLY_REGIONS:
            if country not in countries:
                continue
            for m in re.finditer(r"(?<![A-Za-z])" + name + r"(?![A-Za-z])", text):
                if not any(taken[m.start():m.end()]) and not _LONGER_NAME_AFTER_RE.match(text, m.end()):
                    taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                    ent = NewEntity(ident, "other", None, name, (), country=country)
                    out.append((Mention(ident, m.start(), m.end()), ent))
        return out


#: a company's organs: its board of directors (or trustees) declares for it, no body of its own
_COMPANY_ORGAN_RE = re.compile(r"(?i:board)\s+of\s+(?i:directors|trustees)")


@lru_cache(maxsize=256)
def organisation_names(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Government bodies and organisations named by their form: (start, end, name, kind).

    Japanese: a kanji name ending in 省, 庁, 局, 府, 機構, 委員会 (経済産業省, 総務省統計局,
    日本政府観光局), and, through Sudachi, countries and prefectures (ロシア, 沖縄県) and other
    proper nouns (トヨタ自動車). English: ``[U.S.] Department|Bureau|Ministry|Agency ... of X``.
    """
    found: list[tuple[int, int, str, str]] = []
    for m in _ORG_EN_RE.finditer(text):
        name = re.sub(r"^the\s+", "", m.group(0))
        if _COMPANY_ORGAN_RE.fullmatch(name):
            continue  # "Darden's Board of Directors": the company's own board, whose company it is
        start = m.end() - len(name)
        found.append((start, m.end(), name, "government"))
    if _cjk(text):
        for m in _ORG_JA_RE.finditer(text):
            start, name = m.start(), m.group(0)
            if name[:1] in "年月日" and start and len(name) > 3 \
                    and text[:start].rstrip(" \u3000")[-1:].isdigit():
                # 「令和5年12月金沢国税局」 (a date line and the publisher's line under it, run together):
                # 月 counts the date's month, it starts no name; so does a letter-spaced date's
                # 日 (「平成 29 年 10 月 18 日消防庁」, a PDF's text)
                start, name = start + 1, name[1:]
            if not name.startswith("同") and name not in ("都道府", "政府"):
                found.append((start, m.end(), name, "government"))
        for m in _REGION_JA_RE.finditer(text):
            # 三大都市圏, 首都圏, 東北地方, 地方部: a region whose figures a statistics release breaks out
            found.append((m.start(), m.end(), m.group(0), "other"))
        for m in PLACE_GROUP_JA_RE.finditer(text):
            if place_name(m.group(1)):
                found.append((m.start(), m.end(), m.group(0), "other"))
        for m in _ASSOCIATION_JA_RE.finditer(text):
            # 日本自動車販売協会連合会, 全国軽自動車協会連合会: an industry's association (no government)
            found.append((m.start(), m.end(), m.group(0), "organization"))
        found.extend(_sudachi_names(text))
        if (" " in text or "\u3000" in text) and _KANJI_SPACE_KANJI_RE.search(text):
            found.extend(_spaced_prefectures(text))
    return tuple(found)


_SPACED_PREFECTURE_RE: re.Pattern[str] | None = None
_KANJI_SPACE_KANJI_RE = re.compile(r"[一-龥][ \u3000][一-龥]")


def _spaced_prefectures(text: str) -> list[tuple[int, int, str, str]]:
    """Prefectures whose name a space breaks (「次いで神奈 川県が892億 kWh」: a PDF's line break inside the
    name, kept as a space): a prefecture's name is one word, written with no space in it, so the name
    read across one space is the prefecture (Sudachi reads 神奈 and 川県 apart, as no place)."""
    global _SPACED_PREFECTURE_RE
    if _SPACED_PREFECTURE_RE is None:
        from shingi.ingest.doc_owner import PREFECTURES

        _SPACED_PREFECTURE_RE = re.compile("|".join(
            "[ \u3000]?".join(re.escape(ch) for ch in name)
            for name in sorted(PREFECTURES.values(), key=len, reverse=True)))
    from shingi.pipeline.morphology import tokenize

    out: list[tuple[int, int, str, str]] = []
    for m in _SPACED_PREFECTURE_RE.finditer(text):
        if " " not in m.group(0) and "\u3000" not in m.group(0):
            continue
        name = re.sub(r"[ \u3000]", "", m.group(0))
        # the join is a prefecture only when the suffix ends a word: 「東京 都市圏」 is 東京 + 都市圏 and
        # 「京都 府中部」 京都 + 府中 + 部, not 東京都/京都府 — Sudachi on the rejoined text must end a token
        # right after the name's suffix (神奈川/県/が)
        joined = name + text[m.end():m.end() + 6].split("\n")[0]
        if not any(t.end == len(name) for t in tokenize(joined)):
            continue
        out.append((m.start(), m.end(), name, "government"))
    return out


def _sudachi_names(text: str) -> list[tuple[int, int, str, str]]:
    from shingi.pipeline.morphology import tokenize

    out: list[tuple[int, int, str, str]] = []
    for t in tokenize(text):
        if t.pos2 != "固有名詞" or len(t.surface) < 2 or t.surface in _ERA_NAMES:
            continue
        if t.pos3 == "地名":
            if _ROUTE_AFTER_RE.match(text, t.end):
                continue  # 「韓国線、欧州線への新規就航」, 「長崎線」: a route to the place (_ROUTE_AFTER_RE)
            if t.pos4 != "国" and text.startswith("港", t.end) \
                    and text.startswith(("は", "が", "の"), t.end + 1):
                # 「横浜港の輸出額は7,284億円」: a place and 港 name its port, whose trade a customs office
                # counts apart (税関's figures are by port); as a topic or possessor it owns its figures
                out.append((t.start, t.end + 1, t.surface + "港", "other"))
                continue
            if t.pos4 == "国":
                if t.surface == "中国" and _chugoku_region(text, t.start, t.end):
                    continue  # 「中国、四国及び九州」: the Chūgoku region (see _chugoku_region)
                out.append((t.start, t.end, t.surface, "country"))
            elif t.surface.endswith(("都", "道", "府", "県")):
                out.append((t.start, t.end, t.surface, "government"))
            elif t.surface.endswith(("市", "区", "町", "村")) and (
                    text.startswith(("は", "が", "の"), t.end)
                    or (not text[:t.start].strip() and text[t.end:t.end + 1] in (" ", "\u3000"))):
                # 千歳市は, 福岡市の着工戸数: a city as an actor or an owner; 「松田町 人のうごき」: a title
                # that opens with the town, set apart by a space, is the town's page
                out.append((t.start, t.end, t.surface, "government"))
            elif text.startswith(("は", "が", "の"), t.end) or _figure_label(text, t.start, t.end):
                # 関東が3341件, 東京は3.1%増, 北米の売上: a place (a region, a city said without its
                # suffix) as a clause's topic, subject or possessor owns its figures; so does a chart's
                # label set apart before its figure (「青森 246ha (17%)」)
                out.append((t.start, t.end, t.surface, "other"))
        elif t.pos3 == "人名":
            if _figure_label(text, t.start, t.end) and _KANJI_RE.fullmatch(t.surface) \
                    and place_name(t.surface + "県"):
                # 「福島 67ha (5%)」: a prefecture's name without 県 the dictionary takes for a surname, as
                # a chart's label before its figure
                out.append((t.start, t.end, t.surface, "other"))
            continue
        elif not _KATAKANA_RE.fullmatch(t.surface) or not _common_nouns(t.surface):
            # 「本田技研工業（ホンダ）」 read as one word: the name is before the bracket, the short
            # name in it is the name's alias (see DocumentExtractor._aliases)
            name = re.split(r"[（(]", t.surface, maxsplit=1)[0]
            if len(name) >= 2:
                # (a body the dictionary knows, 内閣府, found where its form alone is not, glued to the kanji
                # around it: 「16日内閣府経済社会総」 of a letter-spaced masthead, is a body of government as
                # 経済産業省 is by its form)
                kind = "government" if _ORG_JA_RE.fullmatch(name) else "other"
                out.append((t.start, t.start + len(name), name, kind))
    # 沖縄県内, 東京都内, 大阪府内: "within the prefecture" names the prefecture (Sudachi reads 沖縄 +
    # 県内, or 東京都内 as one common noun)
    for m in _WITHIN_PREFECTURE_RE.finditer(text):
        name = m.group(1)
        if place_name(name) and not any(a < m.start() + len(name) and m.start() < b for a, b, _n, _k in out):
            out.append((m.start(), m.start() + len(name), name, "government"))
    return out


#: a figure set apart after a label: a space, a number and its unit, no date (「青森 246ha」, not
#: 「東京 2024年」)
_LABELLED_FIGURE_RE = re.compile(r"[ \u3000]+\d[\d,.]*\s?(?![\d,.年月日])[^\s\d]")
_KANJI_RE = re.compile(r"[一-龥]{2,3}")


def _figure_label(text: str, start: int, end: int) -> bool:
    """Whether a word stands apart, as a chart's or a list's label does, right before a figure."""
    return (start == 0 or text[start - 1] in " \u3000") and _LABELLED_FIGURE_RE.match(text, end) is not None


@lru_cache(maxsize=256)
def opening_municipality(title: str) -> str | None:
    """The city, ward, town or village a Japanese title opens with (足利市 in 「足利市統計書 人口」,
    松田町 in 「松田町人のうごき」), by Sudachi's place names; None if it opens with anything else."""
    from shingi.pipeline.morphology import tokenize

    if not _cjk(title):
        return None  # (an English title: Sudachi is not loaded for English documents)
    tokens = tokenize(title.strip())
    if not tokens or tokens[0].pos3 != "地名" or tokens[0].pos4 == "国":
        return None
    first = tokens[0].surface
    if len(first) >= 2 and first.endswith(("市", "区", "町", "村")) and place_name(first):
        return first
    return None


@lru_cache(maxsize=1024)
def local_government(name: str) -> str | None:
    """The prefecture or municipality a Japanese body's name opens with (北海道 in 北海道経済部観光局),
    by Sudachi's place names; None for a national body (経済産業省) or a name that is the place."""
    from shingi.pipeline.morphology import tokenize

    tokens = tokenize(name)
    if len(tokens) < 2 or tokens[0].pos3 != "地名" or tokens[0].pos4 == "国":
        return None
    first = tokens[0].surface
    if first.endswith(("都", "道", "府", "県", "市", "区", "町", "村")) and len(first) >= 2 \
            and (not first.endswith("府") or place_name(first)):
        return first
    return None


#: the kinds of a national body's regional office (地方支分部局), the last word of its name: 国税局 (a
#: regional taxation bureau), 財務局, 経済産業局, 労働局, 運輸局, 農政局, 整備局, 税関, 国税事務所, 財務事務所
_REGIONAL_OFFICE_TAIL_RE = re.compile(r"(?:[一-龥]{1,4}局|税関|[一-龥]{1,4}事務所)$")


#: a prefecture's labour bureau (都道府県労働局: one to each prefecture, named by it without 県, 府 or 都)
_LABOUR_BUREAU_RE = re.compile(r"([一-龥]{2,3})労働局")


def prefecture_bureau(name: str) -> str | None:
    """The prefecture a labour bureau's name says (石川労働局 -> 石川県, 東京労働局 -> 東京都, 北海道労働局 ->
    北海道): the 47 bureaus are one to each prefecture, so a bureau's figures are its prefecture's (「平成28年
    石川県内の障害者雇用状況」 from 石川労働局), not the nation's. Not a regional office whose seat names a
    wider area (福岡国税局 serves three prefectures, 金沢国税局 three: :func:`regional_office`)."""
    from shingi.ingest.doc_owner import PREFECTURES

    m = _LABOUR_BUREAU_RE.fullmatch(name)
    if m is None:
        return None
    head = m.group(1)
    return next((p for p in PREFECTURES.values() if head in (p, p[:-1])), None)


def regional_office(name: str) -> bool:
    """Whether a Japanese body's name is a national body's regional office named by its seat or its
    region and its kind: 金沢国税局, 関東財務局, 横浜税関, 東京労働局 (Sudachi reads the first word as a
    place that names no prefecture or municipality and no country). Such an office publishes the figures
    of its own area (its 管内), not the nation's: 金沢国税局's 相続税 returns are those it received.
    Not a ministry's bureau (総務省統計局: no place first), nor a prefecture's office (北海道経済部観光局,
    富山県統計調査課: see :func:`local_government`)."""
    from shingi.pipeline.morphology import tokenize

    if not _REGIONAL_OFFICE_TAIL_RE.search(name) or name.endswith(("省", "庁", "府")):
        return False
    tokens = tokenize(name)
    if len(tokens) < 2 or tokens[0].pos3 != "地名" or tokens[0].pos4 == "国":
        return False
    first = tokens[0].surface
    if first.endswith(("都", "道", "府", "県", "市", "区", "町", "村")):
        return False
    rest = "".join(t.surface for t in tokens[1:])
    return bool(_REGIONAL_OFFICE_TAIL_RE.fullmatch(rest)) and not any(
        t.pos3 == "地名" or t.pos2 == "固有名詞" for t in tokens[1:])


#: A label of a listed figure whose name holds "and": "… were Administrative and Support Service Activities
#: (7.1%) and Transportation and Storage (0.5%)" (CSO). Title Case keeps "and" in lower case inside a name,
#: so in a list of labelled figures (two or more "Name (figure)") the capitalised words on both sides of
#: "and", right before the figure's bracket, are one label ("&" joins such names anywhere: _LATIN_RUN_RE). Not
#: words listed with commas before them ("Professional, Scientific and Technical Activities"): a list of names
#: ("Germany, France and Italy") is written so too.
_AND_LABEL_RE = re.compile(r"(?<![A-Za-z0-9.\-])[A-Z][A-Za-z\-]*(?: [A-Z][A-Za-z\-]*)* and [A-Z][A-Za-z\-]*"
                           r"(?: [A-Z][A-Za-z\-]*)*(?= \([-+−]?\d)")
_LABELLED_FIGURE_EN_RE = re.compile(r"[A-Za-z] \([-+−]?\d[\d.,]*\s?(?:%|per\s?cent|percent)?\)")


def _and_labels(text: str) -> list[tuple[int, int, str, str]]:
    """Labels joined by "and" in a list of labelled figures (see ``_AND_LABEL_RE``)."""
    if " and " not in text:
        return []
    out: list[tuple[int, int, str, str]] = []
    for m in _AND_LABEL_RE.finditer(text):
        words = m.group(0).split(" ")
        while words and words[0].lower() in _LATIN_STOP:
            words.pop(0)  # ("The", "In" opening the sentence; "and" itself leaves no name)
        name = " ".join(words)
        if " and " in f" {name} " and not name.startswith("and ") and len(words) >= 3:
            out.append((m.end() - len(name), m.end(), name, "other"))
    return out


#: a run of a fiscal period's parts, "FY'24 Q4", "Q3 FY2025", "FY24 H1"
_FISCAL_PART_RUN_RE = re.compile(r"(?:(?:FY\s?['’]?(?:\d{4}|\d{2})|Q[1-4]|H[12])[\s,]*)+")


def heuristic_names(text: str, companies_only: bool) -> list[tuple[int, int, str, str]]:
    """Names found by their shape: (start, end, name, kind), leftmost and longest first."""
    found: list[tuple[int, int, str, str]] = list(organisation_names(text))
    for m in _COMPANY_RE.finditer(text):
        found.append((m.start(), m.end(), m.group(0).strip(), "company"))
    # (a list of labelled figures, "… Information and Communication (-5.4%), Other Service Activities
    # (-4.7%) …", is prose whose labels are capitalised, no headline)
    listed = len(_LABELLED_FIGURE_EN_RE.findall(text)) >= 2
    title_case = _title_case(text) and not listed
    places = _place_spans(text)
    speaker_end: int | None = None
    if not companies_only:
        if listed:
            found.extend(_and_labels(text))
        for m in _LATIN_RUN_RE.finditer(text):
            if _FISCAL_PART_RUN_RE.fullmatch(m.group(0).strip()):
                continue  # "FY'24 Q4", "Q3 FY25": a company's fiscal period, no name
            words = m.group(0).split(" ")
            # drop function words at both ends (The, In, April ...)
            while words and (words[0].lower().strip(".'") in _LATIN_STOP
                             or _CONTRACTION_RE.fullmatch(words[0].strip(".,"))) \
                    and not (words[0] == "New" and len(words) > 1 and words[1][:1].isupper()):
                words.pop(0)  # (not "New" of "New York Times": a place's name opens it)
            while words and words[-1].lower().strip(".'") in _LATIN_STOP:
                words.pop()  # (a number left at the end is a version, ABCI 3.0: dates and amounts are taken)
            if len(words) > 1 and words[-1].isdigit() and _cjk(text) and text.startswith(",", m.end()) \
                    and text[m.end() + 1:m.end() + 2].isdigit():
                words.pop()  # 「LNG 3,745億 kWh」: a number with a thousands comma is the amount, no version
            if not title_case:  # (a Title Case headline's names are possessives and acronyms: below)
                words = _before_headline_verb(words, text, m.start(), m.group(0))
            office = next((i for i, w in enumerate(words) if w in _OFFICE_TITLES), None)
            if office is not None and office + 1 < len(words):
                # "Reserve Bank Governor Graeme Wheeler said": a body, then the office and the name of the
                # person who holds it (an apposition); the body is the name, the person owns nothing
                words = words[:office]
                while words and words[-1] in _OFFICE_MODIFIERS:
                    words.pop()  # "Prime Minister Fumio Kishida", "Vice President …": the title's own word
            owner = None if title_case else next(
                (i for i, w in enumerate(words[:-1]) if w.endswith("'s") and (
                    words[i + 1].lower().strip(".'") in _LATIN_STOP or words[i + 1][:1].isdigit())), None)
            if owner is not None:
                # "North Carolina's July 2015 unemployment rate": whose it is, then what (not "America's
                # Car-Mart", a name with a possessive inside)
                words = words[:owner + 1]
            if not words or all(generic_acronym(w.strip(".'")) for w in words):
                continue  # "AI", "GPU" alone are not names
            if len(words) == 1 and _cjk(text) and _ERA_INITIAL_YEAR_RE.fullmatch(words[0]):
                continue  # 「震災前年(H22)3月」: 平成22年 written with its era's initial, no name
            if all(w[0].isdigit() for w in words):
                continue  # "Quarter 3 2022": what is left of a period, no name
            if len(words) == 1 and _SECTION_NUMBER_RE.fullmatch(words[0]):
                continue  # 図表II-2-1-1, "Table III.2": a chart's or a section's number, no name
            name = " ".join(words)
            if name.endswith("'s"):
                name = name[:-2]
            if len(name) < 2:
                continue
            start = m.start() + m.group(0).find(words[0])
            end = start + len(name)
            name = _BROKEN_WORD_RE.sub("", name)
            # "Prices in Northern Ireland rose", "while in Scotland prices rose": a place that scopes
            # a measure is whose figure it is
            scope = any(a <= start < b for a, b in places) and bool(
                _SCOPE_BEFORE_RE.search(text, max(0, start - 40), start))
            if not scope and (_METRIC_HEAD_RE.match(text, end) or _METRIC_HEAD_RE.fullmatch(words[-1])
                              or ((modified := _MEASURE_MODIFIERS_RE.match(text, end)) is not None
                                  and _METRIC_HEAD_RE.match(text, modified.end()))):
                # Data Center revenue, GAAP earnings, PCE price index, "GAAP diluted net EPS": part of a
                # measure (the words of a measure's kind between: diluted, net, adjusted …)
                continue
            if _ESTIMATE_RE.fullmatch(words[-1]) or _ADVERB_PARTICIPLE_RE.fullmatch(name):
                # "Gross Domestic Product, First Quarter 2022 (Advance Estimate)" (dev17 BEA), "Seasonally
                # Adjusted" over a table's columns (dev8 ABS): an estimate is a version of the figures, and an
                # adverb with a participle says how they were made; neither is a name, nor whose they are
                continue
            if any(a <= start < b for a, b in places) and not scope:
                continue  # in Clay, New York: a place, not an actor
            if _CLOCK_BEFORE_RE.search(text, max(0, start - 16), start):
                continue  # "8:30 a.m. Eastern time": a clock's time zone, no name
            if _INDEX_FOR_BEFORE_RE.search(text, max(0, start - 30), start):
                continue  # the Consumer Price Index for All Urban Consumers: who the index covers, its name
            if _speaker(text, start, end) or (speaker_end is not None and _SPEAKER_TITLE_RE.fullmatch(
                    text, speaker_end, start)):
                # a quotation's speaker, and the title after the name ("said Elon Sample, Chief
                # Executive Officer"), comment on the figures; they own none
                speaker_end = end
                continue
            if name.isupper() and text.startswith(")", end) and \
                    _ABBREVIATION_BEFORE_RE.search(text, 0, start):
                continue  # personal consumption expenditures (PCE): an abbreviation of common words
            if name.isupper() and _OR_ABBREVIATION_BEFORE_RE.search(text, 0, start) \
                    and _OR_ABBREVIATION_AFTER_RE.match(text, end):
                continue  # "Real gross domestic income, or GDI, moved": the same, said in apposition
            if title_case and not (text.startswith("'s", end) or (name.isupper() and len(name) >= 3)):
                continue  # a Title Case Headline: only possessives and acronyms are names
            found.append((start, end, name, "other"))
        for m in _KATAKANA_RE.finditer(text):
            name = m.group(0).strip("・")
            if len(name) < 3 or _common_nouns(name) or name.endswith(_BASIS):
                continue  # (「ドルベースで約6.6%減」: on a dollar basis, the unit a change is counted in)
            start = m.start() + m.group(0).find(name)
            if _common_in_context(text, start, start + len(name)) or \
                    _JA_METRIC_HEAD_RE.match(text, start + len(name)):
                # a dictionary word in its sentence; a word that heads a measure's name (インバウンド
                # 売上高, as "Data Center revenue") says what is measured, not whose it is
                continue
            start = m.start() + m.group(0).find(name)
            found.append((start, start + len(name), name, "other"))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    return found


def _speaker(text: str, start: int, end: int) -> bool:
    """Whether the Latin name at text[start:end] is a person: a quotation's speaker ('"…," said
    Gary Dunnet', '"…," senior manager Gary Dunnet said') or a name after Mr/Ms/Dr."""
    if _PERSON_TITLE_BEFORE_RE.search(text, max(0, start - 6), start):
        return True
    if not _QUOTE_MARK_RE.search(text):
        return False
    return bool(_SPEAKER_BEFORE_RE.search(text, max(0, start - 12), start)
                or _SPEAKER_AFTER_RE.match(text, end))


#: a short name in brackets: "(SEPH)", "(LFS)"
_BRACKETED_ACRONYM_RE = re.compile(r"\(([A-Z]{2,6})\)")
#: words a short name's letters skip: "Department of Housing and Urban Development" is HUD
EXPANSION_GLUE = frozenset(("of", "and", "the", "for", "on", "in", "&"))
_EXPANSION_WORD_RE = re.compile(r"[A-Za-z&\-]+")
#: a survey named without a short name: "Labour Force Survey", "the Annual Retail Trade Survey"
_SURVEY_NAME_RE = re.compile(r"(?:[A-Z][A-Za-z\-]*\s+){0,4}Surveys?(?![A-Za-z])"
                             r"(?:\s+of\s+[A-Z][A-Za-z\-]*(?:,?\s+(?:and\s+)?[A-Z][A-Za-z\-]*){0,4})?")


def survey_names(text: str) -> list[tuple[int, int, str | None]]:
    """Surveys named in an English text, (start, end, short name or None): "the Survey of Employment,
    Payrolls and Hours (SEPH)", "the Job Vacancy and Wage Survey (JVWS)", "Labour Force Survey". A
    survey is where figures come from, as a source is ("according to"), never whose they are; a short
    name in brackets is the survey's when its letters are the initials of the capitalised words before
    it."""
    out: list[tuple[int, int, str | None]] = []
    if "Survey" not in text:
        return out
    for m in _BRACKETED_ACRONYM_RE.finditer(text):
        letters = list(m.group(1))
        start = m.start()
        for w in reversed(list(_EXPANSION_WORD_RE.finditer(text, 0, m.start()))):
            if not letters:
                break
            if w.group(0).lower() in EXPANSION_GLUE:
                continue
            if w.group(0)[0] != letters[-1]:
                break
            letters.pop()
            start = w.start()
        if not letters and re.search(r"(?<![A-Za-z])Surveys?(?![A-Za-z])", text[start:m.start()]):
            out.append((start, m.end(), m.group(1)))
    for m in _SURVEY_NAME_RE.finditer(text):
        if not any(a <= m.start() < b for a, b, _s in out):
            out.append((m.start(), m.end(), None))
    return out


#: an index named in capitalised words: "The Consumer Prices Index", "the Producer Price Index"
_INDEX_NAME_RE = re.compile(r"(?:[A-Z][a-z]+\s+){1,4}(?:Index|Indices|Indexes)(?![A-Za-z])")


def index_acronyms(text: str) -> list[str]:
    """Short names of indexes defined in brackets after their name, whose first letters are the name's
    initials ("The Consumer Prices Index including owner occupiers' housing costs (CPIH)"): the short
    name of a measure, as the index is ("CPIH rose by 0.9%" is the UK's, not CPIH's)."""
    out: list[str] = []
    if "Ind" not in text:
        return out
    for m in _BRACKETED_ACRONYM_RE.finditer(text):
        index = None
        for found in _INDEX_NAME_RE.finditer(text, max(0, m.start() - 80), m.start()):
            index = found
        if index is None or any(ch in ".;:" for ch in text[index.end():m.start()]):
            continue
        if m.group(1).startswith(initials(index.group(0), _LATIN_STOP)):
            out.append(m.group(1))
    return out


def term_acronyms(text: str) -> list[str]:
    """Short names defined in brackets after words written in lower case whose initials they are ("The
    harmonised index of consumer prices (HICP), which compares inflation in Germany …"): English writes a
    proper name (a body's, a company's) with capitals, so a short name of lower-case words is a term's, a
    measure's as an index's is ("In August the HICP had fallen by 0.2%" is Germany's, not HICP's). The first
    word may be capitalised as its sentence's first."""
    out: list[str] = []
    if "(" not in text:
        return out
    for m in _BRACKETED_ACRONYM_RE.finditer(text):
        letters = list(m.group(1))
        first: re.Match[str] | None = None
        for w in reversed(list(_EXPANSION_WORD_RE.finditer(text, max(0, m.start() - 120), m.start()))):
            if not letters:
                break
            word = w.group(0)
            if word.lower() in EXPANSION_GLUE:
                continue
            if word[0].lower() != letters[-1].lower():
                break
            letters.pop()
            first = w
        if letters or first is None or not text[first.end():m.start()].strip(" -").islower():
            continue
        head = text[:first.start()].rstrip()
        if first.group(0)[0].isupper() and head and head != "The" and not head.endswith((".", ":", ";")):
            continue  # (a capitalised word inside the sentence: a name's)
        out.append(m.group(1))
    return out


def initials(name: str, skip: frozenset[str] = EXPANSION_GLUE) -> str:
    """The first letters of a name's capitalised words, less the words in ``skip`` (lower-cased):
    "Department of Housing and Urban Development" is "DHUD", whose "HUD" a document may use."""
    return "".join(w[0] for w in name.split() if w[0].isupper() and w.lower() not in skip)


@lru_cache(maxsize=4096)
def generic_acronym(word: str) -> bool:
    """Whether a word alone names no one: an acronym Sudachi knows as a common noun (AI, GPU,
    GDP, CEO: read from the table :mod:`shingi.ingest.acronyms` made from Sudachi's dictionary,
    so an English document never loads Sudachi), a unit or currency (GW, PFLOPS, USD), a period
    (FY, Q3). A plural acronym (GPUs) is its singular's."""
    from shingi.ingest.acronyms import is_common_acronym
    from shingi.normalize.quantities import is_known_unit

    if not word or _PERIOD_ACRONYM_RE.fullmatch(word) or word in _COMMON_AMPERSAND:
        return bool(word)
    if is_known_unit(word):
        return True
    if not (word.isupper() or (word[:-1].isupper() and word.endswith("s"))) or len(word) > 6:
        return False
    return is_common_acronym(word.removesuffix("s") if word.endswith("s") and word[:-1].isupper() else word)


@lru_cache(maxsize=4096)
def _common_nouns(word: str) -> bool:
    """Whether Sudachi reads a Katakana run as common nouns only (ナノメートル, パイロットライン)."""
    from shingi.pipeline.morphology import tokenize

    toks = [t for t in tokenize(word) if t.surface != "・"]
    return bool(toks) and all(t.pos == "名詞" and t.pos2 == "普通名詞" and not t.oov for t in toks)


def _common_in_context(text: str, start: int, end: int) -> bool:
    """Whether Sudachi, reading the sentence, reads text[start:end] as known common nouns only."""
    from shingi.pipeline.morphology import tokenize

    toks = [t for t in tokenize(text) if start <= t.start and t.end <= end and t.surface != "・"]
    return bool(toks) and toks[0].start == start and toks[-1].end == end and all(
        t.pos == "名詞" and t.pos2 == "普通名詞" and not t.oov for t in toks)


def _on_word_edges(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] starts and ends where Sudachi's words do (インド is not a word of
    インドネシア; 中国 is one of 中国向け)."""
    from shingi.pipeline.morphology import tokenize

    toks = tokenize(text)
    return any(t.start == start for t in toks) and any(t.end == end for t in toks)


def _word_alone(text: str, start: int, end: int) -> bool:
    """Whether Sudachi reads text[start:end] as one word of its own (米 in 米政府, not in 米菓)."""
    from shingi.pipeline.morphology import tokenize

    return any(t.start == start and t.end == end for t in tokenize(text))


@lru_cache(maxsize=1024)
def place_name(name: str) -> bool:
    """Whether Sudachi's dictionary reads a name as one place name (大阪府, 京都府; not 内閣府)."""
    from shingi.pipeline.morphology import tokenize

    toks = tokenize(name)
    return len(toks) == 1 and toks[0].pos2 == "固有名詞" and toks[0].pos3 == "地名"


def _title_case(text: str) -> bool:
    """Whether a text is a Title Case Headline (most words capitalised)."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", text) if w.lower() not in _LATIN_STOP]
    return len(words) >= 4 and sum(1 for w in words if w[0].isupper()) >= 0.8 * len(words)


def _place_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _PLACE_RE.finditer(text):
        for g in range(1, 5):
            if m.group(g):
                spans.append((m.start(g), m.end(g)))
    return spans
