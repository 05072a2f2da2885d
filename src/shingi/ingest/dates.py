"""Dates in documents: the document's own date, relative dates, and which period a figure is about.

:func:`shingi.normalize.periods.find_periods` reads absolute dates (2024年12月, the third quarter
of 2024, FY2025). A document also says *when* in words that need an anchor, and says periods that
are not what its figures are about. This module adds, for ingest:

Document date
    A line near the top that is only a date (``2025年1月24日　総務省統計局``, ``Friday, November
    15, 2024``) or a news dateline (``WASHINGTON, Dec. 10, 2024 —``) gives the document's date
    when its metadata has none (``--published`` beats both). See :func:`date_line`.

Relative dates (:func:`relative_periods`), resolved against the document date
    本日 / 今日 / today: the document's day. ``15日`` alone: the latest day 15 on or before it.
    昨年 / last year / this year: years counted from the document's year (find_periods counts
    them from the context's year), also where they open a longer period (昨年末, 今年1～6月, 昨年度,
    "December last year", "the first half of this year"); 今年度 / 昨年度 in January-March count
    from the fiscal year then running. Two-digit years (``19年比``, ``23年の``, ``20年に``, ``15年累計``)
    are read in the document's century; durations (``20年間``, ``この10年``, ``40か月連続``) are
    not years. A quarter without a year (``the second quarter``) takes the context's year.

A Japanese company's fiscal periods (:func:`japanese_fiscal_periods`)
    ``2024年8月期`` is the company's fiscal year that ends in August 2024 (September 2023 - August
    2024: ``FY2024`` read with the entity's ``fiscal_year`` 9/end), not the month; ``3月期`` stays
    Japan's FY, ``12月期`` the calendar year. A part of it (第3四半期, 第2四半期累計, 上期, 中間期, 下期,
    通期) is counted in the company's months: 2025年3月期第3四半期 is October-December 2024
    (``2024-Q4``), 2025年8月期第1四半期 September-November 2024, which no contract period holds.
    A 第N四半期 or 上期 said alone later in the document is a part of the fiscal year named last
    (a company's 月期, else a 年度 the text named: its April-based parts). 「2016年9月中間連結決算」 is
    the six months to September (:func:`interim_halves`), not the month.

Reference periods (:func:`is_base`)
    A period that is the base of a comparison (``from Q3``, ``compared with 2023``, ``19年比``,
    ``前年同月比``, ``2019年同月比``, 前年に比べ, 前年同月を上回った, ``2022年度からの累計``) is not the
    period of a figure in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import chain, pairwise

from shingi.ingest.labels import MEASURE_HEADS, PRICES_OR_INDEX_RE
from shingi.model import FiscalYear, Period
from shingi.normalize.periods import (
    ERA_BASE,
    SPLIT_YEAR_RE,
    PeriodMatch,
    find_periods,
    is_split_year,
    parse_period,
    period_of_day,
    period_of_fiscal_half,
    period_of_fiscal_quarter,
    period_of_fiscal_year,
    period_of_half,
    period_of_month,
    period_of_quarter,
    period_of_year,
    shift,
)
from shingi.normalize.text import ordinal_number

#: Sentences read at the top of a document for a date line.
DATE_LINE_SENTENCES = 12

_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
# a dateline: CITY[, State.], DATE — (news releases); the date is then the document's
_DATELINE_RE = re.compile(
    r"^\s*[A-Z][A-Z .'\-]{2,40},(?:\s+[A-Z][A-Za-z.]{1,15},?)?\s+(?:\(\w+\)\s+)?(?:[-—–]\s*)?$")
#: "PHOENIX – May 3, 2023 – Avnet, Inc. today announced …": a city in capitals and a dash before the date
_DASH_DATELINE_RE = re.compile(r"\s*[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3}\s+(?:--|[-—–])\s*")
_TITLE_DATELINE_RE = re.compile(r"\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,(?:\s+[A-Z][A-Za-z.]{1,15},?)?\s+")
#: "Released: 2022-10-07", "Published 7 May 2024", 公表日：令和7年1月31日: a labelled date line
_DATE_LABEL_RE = re.compile(r"\s*(?:(?i:released|published|release\s+date|date\s+of\s+release|date|issued"
                            r"|updated)"
                            # 「官報資料版 平成11年4月14日」: a gazette's name before its issue's day
                            r"|公表日|発表日|公開日|掲載日|更新日|官報(?:資料版)?(?:\s?号外)?)\s*[:：]?\s*")
_TIME_OF_DAY_RE = re.compile(r"^\s*(?:[-–—,]\s*)?(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?i:am|pm|[A-Z]{2,4}))?")
#: "Released at 8:30 a.m.": the clock time of a release (a dateline's, and a release line's). After
#: "embargoed until", a run of spaces counts as one character: a two-column header copied as text pads the
#: line ("… embargoed until       USDL 17-1098                        8:30 a.m. (EDT) Wednesday, August 9,
#: 2017", BLS: the release number beside it and the padding were over 40 characters)
_RELEASED_AT = r"(?<![A-Za-z])(?i:released\s+at\s+\d{1,2}[:.]\d\d\s*[ap]\.?m\.?)"
_EMBARGO_RE = re.compile(r"(?i:embargoed\s+(?:until|for|till))(?:\s++|\S){0,48}$|解禁.{0,20}$"
                         # "FOR WIRE TRANSMISSION 8:30 A.M. ET., Thursday, April 13, 2000", "For release …"
                         r"|(?<![A-Za-z])(?i:(?:not\s+)?for\s+(?:immediate\s+)?(?:wire\s+)?"
                         r"(?:transmis+ion|release|publication)).{0,40}$"
                         # "Released at 8:30 a.m. Eastern time in The Daily, Thursday, April 29, 2021"
                         r"|" + _RELEASED_AT + r".{0,60}$")
#: the next labelled field of a line or a row of them: " | Forecast Completed: …", " Next Release Date: …"
_NEXT_FIELD_RE = re.compile(r"\s*(?:\|\s*)?[A-Z][A-Za-z]*(?:\s[A-Za-z]+){0,3}\s*:")
_EMBARGO_AFTER_RE = re.compile(r"\s*(?i:embargoed|embargo|for\s+release)\b")
#: a national government body's name alone (its divisions after it): 「国税庁」, 「総務省統計局」, or
#: a ministry's regional branch (地方支分部局), named by its area and its bureau: 「〇〇国税局」,
#: 「〇〇財務局」, 「〇〇税関」. A division is up to ten kanji other than 局部課室, then one of
#: them: the parts cannot overlap, so a line that is no such name fails in linear time
#: (``[一-龥]{1,10}?局`` repeated backtracks exponentially on 「国税庁局局局…x」, as 局 is a kanji
#: too; a branch's name holds no 局 before its own)
_SENDER_BODY_RE = re.compile(r"[\s　]*(?:[一-龥]{1,10}(?:省|庁)|(?:(?!局)[一-龥]){1,10}局|[一-龥]{1,8}税関)"
                             r"(?:(?:(?![局部課室])[一-龥]){0,10}[局部課室])*[\s　]*")
_DATE_LINE_REST_RE = re.compile(r"^[\s　,、（(）)・|/]*+(?:[^\d。．.!?！？]{0,40})$")
_RELATIVE_DAY_RE = re.compile(r"本日|今日|(?<![A-Za-z])(?i:today)(?![A-Za-z])")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: "on Tuesday", "Thursday" said alone (not "Friday, November 15, 2024", a date)
_WEEKDAY_RE = re.compile(r"(?:(?<![A-Za-z])on\s+)?\b"
                         r"(?i:(monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![A-Za-z])"
                         r"(?!,?\s+(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))")
#: (not 「1日あたり」, 「1日当たり」, 「1日平均」, 「1日につき」: a day a rate is counted per, no
#: day of a month)
_DAY_ONLY_RE = re.compile(r"(?<![0-9月/.\-])([1-3]?[0-9])日(?![本間目分後前以内連続ぶり])"
                          r"(?!当たり|あたり|当り|平均|につき)")
_TWO_DIGIT_YEAR_RE = re.compile(
    # (a comma only inside a number: 「…減少傾向にあり,16年は」, a transcript's comma for 、,
    # comes before a year)
    r"(?<![0-9./年\-])(?<![0-9],)(?<!この)(?<!過去)(?<!ここ)(?<!直近)(?<!今後)(?<!約)(?<!毎)(?<!数)(?<!向こう)"
    # (「白書 > 30年版」: an edition's name, no period)
    r"([0-9]{1,2})年(度)?(?![0-9]|間|ぶり|連続|目|以上|以内|後|前|来|余|近く|超|半|程度|ほど|版)")
_REL_YEAR_RE = re.compile(r"昨年|去年|今年|本年|来年|(?i:(?:last|this|next)\s+year)(?![A-Za-z-])")
_ORDINAL_QUARTER_RE = re.compile(
    # ("third-quarter profit": the quarter as a modifier, hyphened)
    r"(?<![A-Za-z])(?:the\s+)?(?i:(first|second|third|fourth|1st|2nd|3rd|4th))(?:\s+|-)(?i:quarter)"
    r"(?!\s+(?:of\s+|and\s+)?(?:fiscal|\d|ended|ending))(?![A-Za-z])")
_REL_QUARTER_RE = re.compile(r"(?<![A-Za-z])(?i:this|the\s+(latest|current|previous|prior|preceding|year-ago"
                             r"|year-earlier|year\s+ago|same(?=\s+quarter\s+(?:of\s+)?(?:last\s+year|a\s+year\s+ago))))"
                             r"\s+quarter(?:\s+(?:of\s+)?(?:last\s+year|a\s+year\s+ago))?"
                             r"(?![A-Za-z'])")
#: "down from 5.4% in the previous month": the month a base figure is of ("as in the previous month",
#: "unchanged from the previous month" compare with it: no period of the figure's)
_PREVIOUS_MONTH_RE = re.compile(r"(?<=(?<![A-Za-z])in\s)(?<!(?i:as)\sin\s)"
                                r"(?i:the\s+(?:previous|prior|preceding)\s+month)(?![A-Za-z'])"
                                # "down from 4.5 percent one month previously" (Statistics Netherlands)
                                r"|(?<![A-Za-z])(?i:(?:one|a)\s+month\s+(?:previously|earlier))(?![A-Za-z'])")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def month_number(name: str) -> int:
    """The number (1-12) of an English month's name or its abbreviation: "February", "Feb", "Sept."."""
    return _MONTHS.index(name[:3].lower()) + 1


#: "December last year", "in June of this year", "the first half of last year", "the second quarter
#: of this year": a part of a year said relative to the time of writing (find_periods reads the
#: part with the context's year and the year word apart)
_EN_REL_PART_RE = re.compile(
    r"(?<![A-Za-z])(?i:(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
    r"|(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<part>quarter|half))"
    r"\s+(?i:of\s+)?(?P<rel>last|this|next)\s+year(?![A-Za-z-])")
#: "in last year's third quarter", "this year's first half": the same, said with a possessive
_EN_REL_POSSESSIVE_RE = re.compile(
    r"(?<![A-Za-z])(?P<rel>(?i:last|this|next))\s+(?i:year)['’]s\s+"
    r"(?i:(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<part>quarter|half))(?![A-Za-z])")
#: "the fourth quarter and full year …": a quarter paired with the year it is a part of
_AND_YEAR_RE = re.compile(r"\s+(?i:and)\s+(?i:the\s+)?(?i:(?:full|whole|fiscal)[\s-]+)?(?i:year)"
                          r"\s+(?:of\s+)?")
_QUARTER_AND_RE = re.compile(r"(?<![A-Za-z])(?P<q>(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+"
                             r"(?:fiscal\s+)?quarter)\s+and\s+(?:the\s+)?(?:(?:full|whole)[\s-]+)?$", re.I)

_BASE_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?i:from|since|compared\s+(?:with|to)|than|versus|vs\.?|over|relative\s+to|against|below|above)"
    # ("106,000 fewer than in May 2012": the base's period after in/for/during too)
    r"\s+(?i:(?:in|for|during)\s+)?(?i:(?:the|a|an|its|their)\s+)?"
    # ("13% higher than the same single quarter in 2013": a word between "same" and the period's noun)
    # ("higher than in the same month last year", "compared with the corresponding quarter last year": the
    # relative year is the base's; it dated the figure)
    r"(?i:(?:(?:same|corresponding)\s+(?:[a-z]+\s+)?)?(?:period|quarter|month)\s+(?:(?:of|in)\s+)?)?$"
    # "0.5 percent below the revised August estimate": the base of the comparison
    r"|(?<![A-Za-z])(?i:below|above)\s+(?i:the\s+)?(?i:(?:revised|preliminary|previous|initial)\s+)?$"
    # "contributed 4.8 percentage points (as in the previous month)": the month it equals, compared with
    r"|(?<![A-Za-z])(?i:as\s+in|same\s+as(?:\s+in)?)\s+$"
    # "remained steady at 6.2% from a revised July 2015 estimate": the estimate compared with
    r"|(?<![A-Za-z])(?i:from)\s+(?i:(?:the|a|an)\s+)?(?i:revised|preliminary|previous|initial)\s+$"
    # "has fallen by 2.4 million since the most recent peak in June 2007": "since" names where the change
    # starts, and the period after it dates that start, not the change
    r"|(?<![A-Za-z])(?i:since)\s+(?i:the\s+|its\s+)?(?:[a-z]+\s+){1,3}(?i:in|of)\s+$")
#: 「2012年度の総排出量と比べると」, 「前年度の実績に比べ」: the period's own measure (a noun after
#: の) is what the figure is compared with (a linguistic reason: と比べ and に比べ mark the base of a
#: comparison), so the period is the base's, as 「2012年度と比べると」 is
_BASE_MEASURE_AFTER_RE = re.compile(r"\s*の[一-龥ァ-ヺー]{1,10}(?:と比べ|に比べ|と比較|に比し)")
_BASE_AFTER_RE = re.compile(
    # (「平成28年分と比較すると」, 「平成23年分から」: a tax year's returns (〜年分) and a crop year
    # (〜年産) said as the base, as a year is)
    # (「平成28年分(2,169万人)から」: the base's own figure in brackets between)
    # (「平成22年12月末時点と比較して」: the end of a month, its point in time, is the base as the month is)
    r"\s*(?:分|産|末)?(?:\s?[(（]\s?[△▲+\-−]?[0-9０-９][^()（）]{0,20}[)）])?(?:の)?(?:同月|同期|同期間|同時期|同日)?(?:調査|時点|実績)?(?:比|対比|と比べ|と比較|に比べ|に比し|に対し|より"
    r"|からの累計|から|以降|以来|来|並み|と(?:変わら|同じ|同水準|同様|ほぼ)"
    # 「平成22年基準の指数」, 「2020年基準」: the base year of an index, no figure's period
    r"|基準)"
    # 「前年同月を9.8%上回った」, 「前年を1934億円、率にして12.8%上回った」: what is exceeded is the base
    r"|\s*(?:の[^、。，,\d]{1,6})?を[^。]{0,25}?(?:上回|下回|超え|超過)")
#: 「前年(2017年)に比べ」, 「平成29年(2017年)と比べ」, 「2017年(平成29年)より」: a bracket
#: that holds a period alone right after a period or a relative period word (前年, 前年度, 前月,
#: 前年同期 …) restates it (the year in the other calendar, the relative word spelled out: an
#: apposition); it is the base of a comparison exactly when the word before it is, by what follows
#: the bracket
_APPOSED_BEFORE_RE = re.compile(r"(?:年|年度|月|期|年分|年産)\s?[(（]\s?$")
_BRACKET_CLOSE_RE = re.compile(r"\s?[)）]")
#: "1.0 percentage points lower than the rate in the first quarter 2021", "$8 billion higher than
#: announced in October 2018", "9.1% below their values reached in the pre-downturn GDP peak in Quarter 1
#: 2008": the other side of a comparison is a noun phrase (a determiner and its noun, or a participle of
#: saying or reaching) that the period dates; the period is that phrase's, the base's, not the figure's.
#: The phrase is one of the measure or of a period: its words name a measure or a period ("the rate", "their
#: values", "the same quarter"); "above that of its rivals in 2023", "above its rivals in 2023" compare owners
#: over the figure's own period (no "of" inside, no phrase without a measure's or a period's noun)
_COMPARED_PHRASE_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?i:than|below|above|different\s+from|compared\s+(?:with|to))\s+"
    r"(?:(?i:the|that|those|its|their)\s+(?:(?!(?i:and|or|but|while|whereas|of)\s)[A-Za-z-]+\s+){0,6}?"
    r"(?i:rates?|values?|levels?|figures?|peaks?|averages?|estimates?|totals?|readings?|days?|weeks?|months?"
    r"|quarters?|years?|periods?|" + MEASURE_HEADS + r")\s+"
    r"(?:(?!(?i:and|or|but|while|whereas|of)\s)[A-Za-z-]+\s+){0,6}?"
    r"|(?i:announced|reported|estimated|published|previously\s+(?:announced|reported|estimated|published))\s+)"
    r"(?i:in|for|during)\s+(?i:the\s+)?$")
_WHOLE_SPAN_AFTER_RE = re.compile(r"\s+(?i:as\s+a\s+whole)(?![A-Za-z])")
_SPAN_BEFORE_RE = re.compile(r"(?i:over|during|through(?:out)?)\s+(?:the\s+)?$")
_RELATIVE_BASE_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:on)\s+$")
#: a change then "on" a month, quarter or year: the base of the change (as "on the previous month" is)
_CHANGE_ON_BEFORE_RE = re.compile(r"(?:\d\s*(?:%|(?i:per\s?cent|percent|percentage\s+points?))\s+"
                                  # ("6.2 percent up on November 2005", "3% higher on a year earlier")
                                  r"(?i:(?:up|down|higher|lower|more|less)\s+)?"
                                  # ("… 1.6 per cent on a year earlier, up 0.1 on the three months to May
                                  # 2012": a change said with no unit after a rate, the rate's points)
                                  # ("unchanged on the three months to May 2012": no change on that base)
                                  r"|(?<![A-Za-z])(?i:up|down)\s+\d+\.\d+\s+|(?<![A-Za-z])(?i:unchanged)\s+)"
                                  r"(?i:on)\s+$")


#: "an increase of 2.7% on the same quarter a year earlier", "on the previous quarter": a period
#: said relative to another is the base of a comparison after "on" (an absolute one is a date: "on
#: June 1, 2024")
_RELATIVE_EN_RE = re.compile(
    r"(?<![A-Za-z])(?i:"
    r"(?:the\s+)?(?:same\s+)?(?P<same>month|quarter|period)\s+(?:of\s+|in\s+)?"
    r"(?:last\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior|preceding)\s+year)"
    r"|(?:a|one)\s+year\s+(?:ago|earlier|before)"
    r"|the\s+year-(?:ago|earlier)\s+(?P<ago>month|quarter|period)"
    r"|the\s+(?:previous|prior|preceding)\s+(?P<prev>month|quarter|year))(?![A-Za-z])")


#: a line that says when the document was released: "Released: 2022-10-07", "Release Date: Jun. 11, 2024",
#: "Release date: 13 April 2022", "Released at 8:30 a.m. Eastern time in The Daily, Thursday, April 29, 2021"
_RELEASE_LINE_RE = re.compile(r"\s*(?i:released|release\s+date)\s*[:：]"
                              # "Released 4/09/2024", "Released 24 July 2014" (the ABS, ONS): the label and
                              # the day with no colon between
                              r"|\s*(?i:released)\s+(?=[0-3]?\d[/\s]|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep"
                              r"|oct|nov|dec)[a-z]*\.?\s+[0-3]?\d)"
                              r"|.*" + _RELEASED_AT)


def release_line(text: str) -> bool:
    """Whether a date line of an English document says the day the document was released."""
    return _RELEASE_LINE_RE.match(text) is not None


def date_line(text: str, index: int, day_first: bool = False) -> tuple[Period, int] | None:
    """The document date a sentence near the top states, and where the date ends.

    ``text`` is a normalised sentence and ``index`` its number in the document. A sentence that
    is only a date (perhaps with a weekday and a sender: ``令和7年1月29日 総務局統計部``, or a label:
    ``Released: 2022-10-07``, ``公表日：2025年1月31日``), or
    that opens with a dateline (``SANTA CLARA, Calif., Feb. 26, 2025 --``), gives the date. ``day_first``:
    the document names a country that writes the day first (see :func:`_numeric_date_line`).
    """
    if index >= DATE_LINE_SENTENCES:
        return None
    if (numeric := _numeric_date_line(text, day_first)) is not None:
        return numeric
    periods = find_periods(text)
    if (month := _month_sender_line(text, periods)) is not None:
        return month
    found = [p for p in periods if p.period.precision == "day"]
    if not found:
        return None
    first = found[0]
    head = text[:first.start]
    if _EMBARGO_RE.search(head):
        # "… is embargoed until 8:30 A.M. (EDT), Friday, October 6, 2000.": the release's date
        return first.period, first.end
    if re.fullmatch(rf"\s*{_WEEKDAY}?", head) or _DATELINE_RE.match(head) or _DATE_LABEL_RE.fullmatch(head):
        rest = _TIME_OF_DAY_RE.sub("", text[first.end:], count=1)  # "22 December, 2016 - 10:29"
        if _DATELINE_RE.match(head) or _DATE_LINE_REST_RE.match(rest) or re.match(r"^\s*(?:--|—|–)", rest) \
                or (_DATE_LABEL_RE.fullmatch(head) and _NEXT_FIELD_RE.match(rest)) \
                or _EMBARGO_AFTER_RE.match(rest):
            # ("15 November 2017 Embargoed: 11.30 am (Canberra time) 153/2017": the day, then its embargo)
            # ("Release Date: Jun. 11, 2024 | Forecast Completed: Jun. 6, 2024 | …": labelled fields, a row)
            return first.period, first.end
    after = text[first.end:]
    if (_TITLE_DATELINE_RE.fullmatch(head) and re.match(r"\s*(?:--|—|–)", after)) \
            or (_DASH_DATELINE_RE.fullmatch(head) and re.match(r"\s*(?:--|[-—–])\s", after)):
        # "Washington, DC, April 28, 2016—Real gross domestic product …": a dateline in Title Case,
        # the dash after its date tells it from a sentence that names a place and a day
        return first.period, first.end
    return None


def _month_sender_line(text: str, periods: list[PeriodMatch]) -> tuple[Period, int] | None:
    """「平成30年5月 国税庁」, 「平成19年11月 〇〇国税局」: a month and the sending body (a ministry, an
    agency or a ministry's regional branch) alone at the head of a Japanese release (the header of a
    公文書: its date and its sender) is the month the body published it. A month alone on the first line
    is no such line: 「2014年4月」 over a trade release is the month it reports on."""
    if not periods or periods[0].start != 0 or periods[0].period.precision != "month" \
            or not _SENDER_BODY_RE.fullmatch(text, periods[0].end):
        return None
    return periods[0].period, periods[0].end


#: a release line's label and clock before a date in numbers:
#: "ARCHIVED ISSUE Released at 11:30 AM (CANBERRA TIME)"
_NUMERIC_RELEASE_RE = re.compile(r"(?<![A-Za-z])(?i:released)(?:\s+at\s+\d{1,2}[:.]\d\d\s*(?i:[ap]\.?m\.?))?"
                                 r"(?:\s*\([A-Za-z ]{1,30}\))?\s*[:：]?"
                                 r"(?=\s*[0-3]?\d/[0-3]?\d/(?:19|20)\d\d)")
#: "21/12/2017 15:00" at the top of a release (Statistics Netherlands; the ABS writes "15/11/2017"): a day
#: written in numbers, perhaps with its clock time
_NUMERIC_DATE_RE = re.compile(r"\s*([0-3]?\d)/([0-3]?\d)/((?:19|20)\d\d)(?![\d/])")


def _numeric_date_line(text: str, day_first: bool = False) -> tuple[Period, int] | None:
    """A date line written in numbers, D/M/YYYY, and where it (and a clock time after it) ends.

    Only an order the numbers themselves tell is read: a first number over 12 is the day (21/12/2017, as
    Europe and Australia write a day), a second over 12 makes the first the month (12/21/2017, as the US
    writes it); 05/06/2017 could be either and is no date, unless ``day_first`` (the document names a country
    other than the United States before it: "Building Approvals, Australia, March 2012" over "Released at
    11:30 AM (CANBERRA TIME) 07/05/2012", dev15 ABS: 7 May; the US alone writes the month first). The rest
    must be empty or a new sentence (the line the splitter joined to it: "21/12/2017 15:00 In November, close
    to 8.7 million people ..."). A release line's label and clock may stand before the date ("ARCHIVED ISSUE
    Released at 11:30 AM (CANBERRA TIME) 07/05/2012"), after the title on the same line too."""
    m = _NUMERIC_DATE_RE.match(text)
    if m is None and (label := _NUMERIC_RELEASE_RE.search(text)) is not None:
        m = _NUMERIC_DATE_RE.match(text, label.end())
    if m is None:
        return None
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if a > 12 >= b >= 1 or (day_first and 12 >= a >= 1 and 12 >= b >= 1):
        day, month = a, b
    elif b > 12 >= a >= 1:
        day, month = b, a
    else:
        return None
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    end = m.end()
    if (clock := _TIME_OF_DAY_RE.match(text[end:])) is not None:
        end += clock.end()
    rest = text[end:].lstrip()
    if rest and not rest[0].isupper() and not _DATE_LINE_REST_RE.match(rest):
        return None
    return period_of_day(when), end


def _latest_day(anchor: date, day: int) -> date | None:
    d = anchor
    for _ in range(2):
        try:
            candidate = d.replace(day=day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate <= anchor:
            return candidate
        d = d.replace(day=1) - timedelta(days=1)
    return None


def _two_digit_year(yy: int, anchor_year: int | None) -> int:
    ref = anchor_year or date.today().year
    year = 2000 + yy
    return year if year <= ref + 10 else 1900 + yy


_YEAR_WRITTEN_RE = re.compile(r"\d{4}|[令平昭]和|平成|\d{2}年|[今昨来本去翌前]年|(?i:year)")


def _after_the_document(p: PeriodMatch, anchor: Period | None, context_year: int | None) -> bool:
    """A month or day said without its year that would fall after the document's date, when the
    year was taken from that date, and that month of the year before is nearer to the document's
    date: the document speaks of the nearest such month (「12月の完全失業率」 in a release of 31
    January is last December's; 「4月から施行」 in the same release is this April's)."""
    if not (anchor is not None and anchor.precision == "day" and context_year == anchor.start.year
            # (「10〜12月期GDP」 in a release of 13 February 2017: a quarter said in its months, 2016's)
            and (p.period.precision in ("month", "day")
                 or (p.period.precision == "quarter" and _cjk_months(p.text)))
            and p.period.start > anchor.end
            and not _YEAR_WRITTEN_RE.search(p.text)):
        return False
    before = _year_before(p.period)
    return (anchor.start - before.end) < (p.period.start - anchor.end)


def _cjk_months(text: str) -> bool:
    """「10〜12月期」, 「4-6月」: a Japanese quarter said by its months (no ordinal, no year)."""
    return "月" in text


def continues_a_year(p: PeriodMatch, periods: list[PeriodMatch]) -> bool:
    """A month said without its year after an earlier month of the same sentence said with its year
    (「平成30年 7月 13,031戸 8月 11,801戸」, "in July 2018 and in August"): the year said goes on (August
    2018), whatever month the document's date or context is (a later month of that year keeps it)."""
    return p.period.precision == "month" and not _YEAR_WRITTEN_RE.search(p.text) and any(
        q.end <= p.start and q.period.precision in ("month", "day") and _YEAR_WRITTEN_RE.search(q.text)
        and q.period.start.year == p.period.start.year and q.period.start.month < p.period.start.month
        for q in periods)


def month_after_a_point(p: PeriodMatch, anchor: Period | None, context: Period | None,
                        ahead: bool = False) -> PeriodMatch:
    """A month said without its year that took the year of a context that is a month or a day it is
    not part of ("at the end of 2024 … In June, …" in a document of August 2025): the latest such
    month on or before the document's date (June 2025), not the context's year; in a forecast
    (``ahead``), the coming month when it is nearer. A month inside a
    longer context (「2024年の…。6月は…」: June 2024) keeps the context's year."""
    if not (anchor is not None and anchor.precision == "day" and context is not None
            and context.precision in ("month", "day") and p.period.precision == "month"
            and not _YEAR_WRITTEN_RE.search(p.text) and p.period.start.year == context.start.year
            and not context.start <= p.period.start <= context.end):
        return p
    month, day = p.period.start.month, anchor.start
    year = day.year if month <= day.month else day.year - 1
    if ahead and month > day.month:
        # a forecast's coming month (「11月が0.9%の低下を見込む」 in a release of 31 October) when it is
        # nearer than the one passed
        year = day.year if (month - day.month) < (day.month + 12 - month) else day.year - 1
    return PeriodMatch(period_of_month(year, month), p.start, p.end, p.text)


#: "the October and November 12-month changes": a number joined to a unit of time is a duration
_DURATION_JOINED_RE = re.compile(r"-(?i:month|year|week|day|quarter)s?(?![A-Za-z])")
#: "over the last 12 months", "in the past twelve months": the twelve months to the month reported on
_LAST_TWELVE_RE = re.compile(r"(?<![A-Za-z])(?i:(?:over|in|during|for)\s+the\s+(?:last|past|latest)\s+"
                             r"(?:12|twelve)\s+months)(?![A-Za-z])")


def durations_and_last_months(text: str, periods: list[PeriodMatch], context: Period | None
                              ) -> list[PeriodMatch]:
    """``periods`` with "November 12-month" read as the month (the 12 is a duration's, not a day) and
    "over the last 12 months" as the month the context reports on (a 12-month rate is dated by its
    last month, as "in the 12 months to October" is), when that is a month."""
    out: list[PeriodMatch] = []
    for p in periods:
        if p.period.precision == "day" and _DURATION_JOINED_RE.match(text, p.end) \
                and re.search(r"\d$", p.text):
            start = p.period.start  # (the span keeps the number: it is no figure either)
            out.append(PeriodMatch(period_of_month(start.year, start.month), p.start, p.end, p.text))
            continue
        out.append(p)
    if context is not None and context.precision == "month":
        for m in _LAST_TWELVE_RE.finditer(text):
            if not any(p.start < m.end() and m.start() < p.end for p in out):
                out.append(PeriodMatch(context, m.start(), m.end(), m.group(0)))
        out.sort(key=lambda p: p.start)
    return out


def _year_before(period: Period) -> Period:
    if is_own_part(period):
        return _own_part_a_year_before(period)
    year, rest = period.text.split("-", 1)
    return parse_period(f"{int(year) - 1:04d}-{rest}")


def _own_part_a_year_before(period: Period) -> Period:
    return shift(period, -4 if period.precision == "quarter" else -2)


def a_year_before(period: Period) -> Period | None:
    """The same period one year earlier (``2015-Q4`` -> ``2014-Q4``, ``FY2014`` -> ``FY2013``; a company's
    own ``FY2014-Q4`` -> ``FY2013-Q4``, in its own months)."""
    if is_own_part(period):
        return _own_part_a_year_before(period)
    m = re.fullmatch(r"(FY)?(\d{4})(.*)", period.text)
    if m is None:
        return None
    try:
        return parse_period(f"{m[1] or ''}{int(m[2]) - 1:04d}{m[3]}")
    except ValueError:
        return None  # (29 February)


#: a month said relative to the time of writing: 先月, 今月, "last month" ("the last month of 2024" is
#: no such; "this month" and "this quarter" / "last quarter" are left to the context: a statistics
#: release says them of the month or quarter it reports on)
_REL_MONTH_RE = re.compile(r"(?P<ja>先々月|先月|今月|来月)"
                           r"|(?<![A-Za-z])(?<!the\s)(?i:last\s+month)(?![A-Za-z])(?!\s+(?i:of|ended|ending))")


def _relative_month(m: re.Match[str], today: date) -> Period:
    """The month ``m`` names, counted from ``today``."""
    shift = {"先々月": -2, "先月": -1, "今月": 0, "来月": 1}.get(m["ja"] or "", -1)
    y, mo = _add_months(today.year, today.month, shift)
    return period_of_month(y, mo)


def says_its_year(said: str) -> bool:
    """Whether a period's words state its year (「2020年1~3月期」, "Q1 2020", 今年), not only its months."""
    return bool(_YEAR_WRITTEN_RE.search(said))


def _within(p: PeriodMatch, within: Period | None) -> PeriodMatch:
    """A month, day or quarter said without its year, read with the year a fiscal year or half
    starts in, that lies outside it while the same month a year later lies inside: the text goes on
    about that fiscal period (「2024年度の…」 then 「3月は…」: March 2025, the year's last month)."""
    if (within is None or within.precision not in ("fiscal_year", "half") or p.start < 0
            or p.period.precision not in ("month", "day", "quarter") or _YEAR_WRITTEN_RE.search(p.text)
            or within.start <= p.period.start <= within.end):
        return p
    year, rest = p.period.text.split("-", 1)
    later = parse_period(f"{int(year) + 1:04d}-{rest}")
    inside = within.start <= later.start and later.end <= within.end
    return PeriodMatch(later, p.start, p.end, p.text) if inside else p


#: the last year of each era (令和 goes on)
_ERA_YEARS = {"昭和": 64, "平成": 31, "令和": 99}
_ERA_YEAR_RE = re.compile(r"(令和|平成|昭和)\s?(?:[0-9]{1,2}|元)\s?年")


def era_of(text: str) -> str | None:
    """The era of the last era year a Japanese text says (「平成19年度」 -> 平成), or None."""
    if "和" not in text and "成" not in text:
        return None
    eras = _ERA_YEAR_RE.findall(text)
    return eras[-1] if eras else None


def relative_periods(text: str, anchor: Period | None, context_year: int | None,
                     found: list[PeriodMatch], context: Period | None = None,
                     within: Period | None = None, ahead: bool = False,
                     frame: Period | None = None, era: str | None = None) -> list[PeriodMatch]:
    """``found`` (find_periods' matches) with relative dates resolved and added, left to right.

    ``anchor`` is the document's date; ``context_year`` the year of the context period (for a
    quarter with no year); ``within`` the context period (a month said without its year inside a
    fiscal year). Matches never overlap those already found. A quarter said by its ordinal alone
    is the latest such quarter begun by the document's date, unless the sentence is a projection
    (``ahead``) or the quarter lies inside ``frame``, the context period, when that is longer.
    ``era`` is the Japanese era the document counts its years in (平成, 令和: see :func:`era_of`).
    """
    taken = bytearray(len(text))
    for p in found:
        taken[p.start:p.end] = b"\x01" * (p.end - p.start)
    out: list[PeriodMatch] = []
    anchor_year = anchor.start.year if anchor is not None else None
    parts = _relative_parts(text, anchor_year)
    for p in parts:
        taken[p.start:p.end] = b"\x01" * (p.end - p.start)
    for p in found:
        if any(q.start < p.end and p.start < q.end for q in parts):
            continue  # "December last year": one period, below
        # 昨年, last year: counted from the document's year, not the context's
        if anchor_year is not None and _REL_YEAR_RE.fullmatch(p.text.strip()):
            word = p.text.strip().lower()
            step = -1 if word in ("昨年", "去年") or word.startswith("last") else \
                1 if word in ("来年",) or word.startswith("next") else 0
            out.append(PeriodMatch(period_of_year(anchor_year + step), p.start, p.end, p.text))
        elif anchor is not None and _REL_YEAR_RE.match(p.text.strip()):
            # 昨年末, 今年1～6月, 昨年度, 昨年12月: the year word is the writer's, counted from the
            # document's date, whatever year the text went on about before
            out.append(_from_the_document(text, p, anchor))
        elif _after_the_document(p, anchor, context_year):
            # 12月 in a release of 31 January 2025: the latest December, 2024's
            out.append(PeriodMatch(_year_before(p.period), p.start, p.end, p.text))
        else:
            out.append(_within(p, within))

    def free(m: re.Match[str]) -> bool:
        return not any(taken[m.start():m.end()])

    if anchor is not None:
        # 先月, last month, this month, last quarter: counted from the document's date
        for m in _REL_MONTH_RE.finditer(text):
            if free(m):
                out.append(PeriodMatch(_relative_month(m, anchor.start), m.start(), m.end(), m.group(0)))
    if anchor is not None and anchor.precision == "day":
        for m in _RELATIVE_DAY_RE.finditer(text):
            if free(m):
                out.append(PeriodMatch(anchor, m.start(), m.end(), m.group(0)))
        for m in _WEEKDAY_RE.finditer(text):
            if free(m):
                # "RTX Corp. on Tuesday reported …", "Eurostat said on Thursday": the latest such day on
                # or before the document's date (a news item's week)
                back = (anchor.start.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
                out.append(PeriodMatch(period_of_day(anchor.start - timedelta(days=back)),
                                       m.start(), m.end(), m.group(0)))
        for m in _DAY_ONLY_RE.finditer(text):
            if free(m) and 1 <= int(m.group(1)) <= 31:
                day = _latest_day(anchor.start, int(m.group(1)))
                if day is not None:
                    out.append(PeriodMatch(period_of_day(day), m.start(), m.end(), m.group(0)))
    for m in _TWO_DIGIT_YEAR_RE.finditer(text):
        if free(m):
            # (「平成19年度の…。19年度の…」, 「20年の…」 in a text that counts its years in an era: the era's
            # year, as Japanese public documents shorten it after saying the era once)
            said = era_of(text[:m.start()]) or era
            n = int(m.group(1))
            if n < 10 and era_of(text[:m.start()]) is None:
                continue  # (a one-digit year only after its era in the same sentence: 「平成8年が…、9年が…」)
            if said and n <= _ERA_YEARS[said] and not (anchor_year and ERA_BASE[said] + n > anchor_year + 1):
                year = ERA_BASE[said] + n
            else:
                year = _two_digit_year(n, anchor_year)
            period = period_of_fiscal_year(year) if m.group(2) else period_of_year(year)
            out.append(PeriodMatch(period, m.start(), m.end(), m.group(0)))
    if context is not None and context.precision == "quarter":
        # "this quarter", "the latest quarter": the quarter the text is about; "the previous
        # quarter": the one before it
        for m in _REL_QUARTER_RE.finditer(text):
            if free(m):
                y, n = context.start.year, (context.start.month - 1) // 3 + 1
                word = (m.group(1) or "").lower()
                if is_own_part(context):
                    # a company's own quarter (FY2024-Q4, June-August): its neighbours are its own quarters
                    steps = -1 if word in ("previous", "prior", "preceding") else -4 if (
                        word.startswith("year") or word.startswith("same")) else 0
                    out.append(PeriodMatch(shift(context, steps), m.start(), m.end(), m.group(0)))
                    continue
                if word in ("previous", "prior", "preceding"):
                    y, n = (y, n - 1) if n > 1 else (y - 1, 4)
                elif word.startswith("year") or word.startswith("same"):
                    y -= 1  # "the year-ago quarter", "the same quarter last year"
                out.append(PeriodMatch(period_of_quarter(y, n), m.start(), m.end(), m.group(0)))
    for m in _PREVIOUS_MONTH_RE.finditer(text):
        # "was 5.3% in May 2013, down from 5.4% in the previous month": the month before the one the
        # sentence said last, else the one the text is about (as "the previous quarter" is the quarter before)
        months = [p.period for p in out if p.end <= m.start() and p.period.precision == "month"]
        month = months[-1] if months else frame if frame is not None and frame.precision == "month" else None
        if month is not None and free(m):
            y, n = _add_months(month.start.year, month.start.month, -1)
            out.append(PeriodMatch(period_of_month(y, n), m.start(), m.end(), m.group(0)))
    quarter_year = context_year or anchor_year
    if quarter_year is not None:
        for m in _ORDINAL_QUARTER_RE.finditer(text):
            if free(m):
                q = ordinal_number(m.group(1)) or 0
                # "fourth quarter and full-year 2024 results": the quarter of the year it is paired with
                joined = _AND_YEAR_RE.match(text, m.end())
                paired = next((p.period.start.year for p in found if joined and p.start == joined.end()
                               and p.period.precision == "year"), None)
                year = paired if paired is not None else quarter_year
                if paired is None:
                    inside = frame is not None and frame.precision not in ("quarter", "month", "day") \
                        and frame.start <= period_of_quarter(year, q).start <= frame.end
                    if not ahead and not inside and anchor is not None and anchor.precision == "day":
                        # "In the fourth quarter, real GDP increased 2.6 percent" in a release of
                        # April 2023: the latest fourth quarter begun by the document's date, 2022's,
                        # not the context quarter's year (a report speaks of quarters gone by; a
                        # projection may speak of the coming one; a quarter inside a year the text is
                        # about keeps that year)
                        year = anchor.start.year if 3 * q - 2 <= anchor.start.month else anchor.start.year - 1
                    elif not ahead and not inside and anchor is None and context is not None \
                            and context.precision == "quarter" and context.start.year == year \
                            and period_of_quarter(year, q).start > context.end:
                        # the same in a report with no date, after the quarter it reports on: "In the fourth
                        # quarter, real GDP increased 6.9 percent" under "decreased … in the first quarter of
                        # 2022" (dev17 BEA) is 2021's; the quarter reported on is the latest gone by
                        year -= 1
                out.append(PeriodMatch(period_of_quarter(year, q), m.start(), m.end(), m.group(0)))
    out.extend(parts)
    out.sort(key=lambda p: p.start)
    return out


#: "Full year revenue", "full-year net income", "for the whole year": the year the release reports on
_FULL_YEAR_RE = re.compile(r"(?<![A-Za-z])(?i:(?:the\s+)?(?:full|whole)[\s-]+(?:fiscal[\s-]+)?year"
                           # "Reported net income for the year was …" (not "the year before", "a year ago")
                           r"|(?<=for\s)the\s+year(?!\s+(?:before|earlier|ago|to|ended|ending)))"
                           r"(?![A-Za-z-])")


def full_years(text: str, periods: list[PeriodMatch], year: Period) -> list[PeriodMatch]:
    """``periods`` and "full year" said without a year, as ``year``, the year the release's lead
    named ("results for the fourth quarter and full year ended December 31, 2024": "Full year
    revenue was $12.1 billion" is 2024's, not the fourth quarter's)."""
    said = [PeriodMatch(year, m.start(), m.end(), m.group(0)) for m in _FULL_YEAR_RE.finditer(text)
            # ("full year 2024", "full-year 2025 outlook" state their own year)
            if not any(p.start < m.end() + 12 and m.start() < p.end for p in periods)]
    return sorted(periods + said, key=lambda p: p.start) if said else periods


def _from_the_document(text: str, p: PeriodMatch, anchor: Period) -> PeriodMatch:
    """A period that opens with a year word (昨年末, 今年1～6月, 昨年度) read again with the
    document's year; 今年度 and 昨年度 in January-March are counted from the fiscal year then
    running (a release of February 2025 is in FY2024)."""
    said = text[p.start:p.end]
    year = anchor.start.year
    if "年度" in said and anchor.start.month <= 3:
        year -= 1
    again = [q for q in find_periods(said, default_year=year) if q.start == 0 and q.end == len(said)]
    return PeriodMatch(again[0].period, p.start, p.end, p.text) if again else p


def _relative_parts(text: str, anchor_year: int | None) -> list[PeriodMatch]:
    """"December last year", "the first half of this year": one period, counted from the
    document's year."""
    if anchor_year is None:
        return []
    out: list[PeriodMatch] = []
    matches = [*_EN_REL_PART_RE.finditer(text), *_EN_REL_POSSESSIVE_RE.finditer(text)]
    for m in sorted(matches, key=lambda m: m.start()):
        rel = m["rel"].lower()
        year = anchor_year + (-1 if rel == "last" else 1 if rel == "next" else 0)
        if m["month"]:
            period = period_of_month(year, month_number(m["month"]))
        elif m["part"].lower() == "half":
            n = ordinal_number(m["ord"]) or 0
            if n > 2:
                continue
            period = period_of_half(year, n)
        else:
            period = period_of_quarter(year, ordinal_number(m["ord"]) or 0)
        out.append(PeriodMatch(period, m.start(), m.end(), m.group(0)))
    return out


_SPAN_JOIN_RE = re.compile(r"\s*(?:から|～|〜|~|-|–|—|(?i:to|through|until))\s*(?:the\s+end\s+of\s+)?")
_MONTH_QUARTER_RE = re.compile(r"\s+(?i:quarter)(?![A-Za-z])")
_MONTH_YEAR_RE = re.compile(r"\s+(?i:year)(?![A-Za-z])")
_THE_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:the)\s+$")
_SPAN_INSIDE_RE = re.compile(r"\s(?i:to|through|until)\s|\s?[-–]\s?")
#: the two days of a run of days are joined by から/～ or "to", never by a bare hyphen (a date's own)
_DAY_SPAN_JOIN_RE = re.compile(r"から|～|〜|~|(?i:to|through|until)")
_AND_JOIN_RE = re.compile(r"\s+(?i:and)\s+")
_BETWEEN_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:between)\s+$")
_SPAN_FIRST_MONTH_RE = re.compile(r"(?<![0-9.])([1-9]|1[0-2])\s*[～〜~\-–]\s*$")


def _month_span(first: tuple[int, int], last: tuple[int, int]) -> Period | None:
    """A run of whole months as a contract period: a calendar quarter, half or year, or Japan's
    fiscal half (April-September, October-March) or year; else None."""
    (y1, m1), (y2, m2) = first, last
    months = (y2 * 12 + m2) - (y1 * 12 + m1) + 1
    if months == 6 and m1 in (1, 7):
        return parse_period(f"{y1}-H{1 if m1 == 1 else 2}")
    if months == 6 and m1 in (4, 10):
        return parse_period(f"FY{y1}-H{1 if m1 == 4 else 2}")  # (October 2024 - March 2025: FY2024-H2)
    if months == 12 and m1 == 4:
        return period_of_fiscal_year(y1)
    return _span_period(first, months)


_MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
               r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
#: "in August, 2020-21", "April to August, 2020-21": a month, or a run of months, before a split year
_MONTH_BEFORE_SPLIT_RE = re.compile(r"(?<![A-Za-z])(?:(?P<m1>" + _MONTH_NAME
                                    + r")(?:\s?[-–]\s?|\s+(?i:to|through)\s+))?"
                                    r"(?P<m>" + _MONTH_NAME + r")\.?,?\s+$")
#: "Jan-Jul 2024", "May–July 2024", "May to July 2024": two English month names joined by a dash or "to"
#: before a year
_MONTH_NAME_RANGE_RE = re.compile(r"(?<![A-Za-z])(?P<m1>" + _MONTH_NAME + r")"
                                  r"(?:\s?[-–/]\s?|\s+(?i:to|through)\s+)"
                                  r"(?P<m2>" + _MONTH_NAME + r")\s+(?P<y>\d{4})(?![0-9])")
#: "between May and July 2024": the two months and every month between them
_BETWEEN_MONTHS_RE = re.compile(r"(?<![A-Za-z])(?i:between)\s+(?P<m1>" + _MONTH_NAME + r")\s+(?i:and)\s+"
                                r"(?P<m2>" + _MONTH_NAME + r")\s+(?P<y>\d{4})(?![0-9])")


def month_name_ranges(text: str, periods: list[PeriodMatch]
                      ) -> tuple[list[PeriodMatch], list[tuple[int, int]]]:
    """"Norway's exports in Jan-Jul 2024 rose 3.3 percent", "In the May-July 2024 period": a run of months
    written as two month names and a dash, the contract period it makes (April-June 2024: 2024-Q2), else
    a span no contract period holds; it was read as its last month (and "Jan" taken for a name)."""
    found: list[tuple[int, int, Period | None]] = []
    for m in chain(_MONTH_NAME_RANGE_RE.finditer(text), _BETWEEN_MONTHS_RE.finditer(text)):
        y, m1, m2 = int(m["y"]), month_number(m["m1"]), month_number(m["m2"])
        if any(p.start == m.start() and p.end == m.end() for p in periods):
            continue  # (read as one span already: month_spans)
        if m1 < m2:
            found.append((m.start(), m.end(), _month_span((y, m1), (y, m2))))
    return replace_spans(text, periods, found)


_QUARTER_NUMBER_RE = re.compile(r"(?<![A-Za-z])Quarter\s+([1-4])(?:\s*\([^()]{0,30}\))?\s+(\d{4})(?![0-9])")


#: what stands for a span no contract period holds (its place is listed as unwritable)
NO_PERIOD = Period(date.min, date.min, "day", "")


def replace_spans(text: str, periods: list[PeriodMatch], found: list[tuple[int, int, Period | None]]
                  ) -> tuple[list[PeriodMatch], list[tuple[int, int]]]:
    """``periods`` with each found (start, end, period) in place of the periods read inside it, and
    the places of those whose period is None (no contract period holds them)."""
    if not found:
        return periods, []
    out = [p for p in periods if not any(a < p.end and p.start < b for a, b, _p in found)]
    out += [PeriodMatch(p or NO_PERIOD, a, b, text[a:b]) for a, b, p in found]
    out.sort(key=lambda p: p.start)
    return out, [(a, b) for a, b, p in found if p is None]


#: "2024-25", "2024/25", "FY2024-25", 「2024-25年度」: a year that runs across two calendar years (the
#: second written with two digits, the next year's)
#: Countries whose government's fiscal (financial) year runs from April to March, as Japan's, the
#: contract's FY, does: Japan, the United Kingdom, India, Canada, Hong Kong, Singapore. Australia's and
#: New Zealand's run July-June, the United States' October-September: no contract period holds those.
APRIL_FISCAL_COUNTRIES = frozenset(("JP", "UK", "IN", "CA", "HK", "SG"))


def _month_of_split_year(name: str, year: int) -> tuple[int, int]:
    """(year, month) of a month named in the split year that starts in April of ``year``."""
    number = _MONTHS.index(name[:3].lower()) + 1
    return (year if number >= 4 else year + 1, number)


def split_years(text: str, periods: list[PeriodMatch], april_fiscal: bool
                ) -> tuple[list[PeriodMatch], list[tuple[int, int]]]:
    """"2024-25", "2024/25" (a financial, fiscal or school year written across its two calendar years):
    one year from 2024 into 2025, never the calendar year 2025 (as it was read). With ``april_fiscal``
    (a Japanese text, or a document of a country whose fiscal year runs April-March) the contract's
    ``FY2024``; otherwise its months are not said (Australia's runs July-June): no contract period."""
    found: list[tuple[int, int, Period | None]] = []
    for m in SPLIT_YEAR_RE.finditer(text):
        year = int(m["y"])
        if is_split_year(year, int(m["next"])):
            if (month := _MONTH_BEFORE_SPLIT_RE.search(text, max(0, m.start() - 40), m.start())) is not None:
                # "in August, 2020-21", "during April to August, 2020-21": a month (or a run of months)
                # written before a split year is that month of it (August 2020 of India's 2020-21; January
                # 2021), never the whole year; a run is one span (April to August: five months, no contract
                # period holds them); where the year's months are not said, no period
                last = _month_of_split_year(month["m"], year)
                first = _month_of_split_year(month["m1"], year) if month["m1"] else last
                span = (period_of_month(*last) if first == last else _month_span(first, last)) \
                    if april_fiscal and first <= last else None
                found.append((month.start(), m.end(), span))
                continue
            found.append((m.start(), m.end(), period_of_fiscal_year(year) if april_fiscal else None))
    return replace_spans(text, periods, found)


def numbered_quarters(text: str, periods: list[PeriodMatch]) -> list[PeriodMatch]:
    """"Quarter 2 (Apr to June) 2024", "Quarter 1 2023" (the UK's statistics write quarters so):
    the quarter, in place of the months and year read inside it."""
    found: list[tuple[int, int, Period | None]] = [
        (m.start(), m.end(), period_of_quarter(int(m.group(2)), int(m.group(1))))
        for m in _QUARTER_NUMBER_RE.finditer(text)]
    return replace_spans(text, periods, found)[0]


_FIRST_MONTHS_RE = re.compile(
    r"(?<![A-Za-z])(?i:the\s+)?(?i:first)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
    r"\s+(?i:months)\s+(?i:of)\s+(?P<y>\d{4})(?![0-9])")
#: "the final three months of ", "the first six months of " before a year said some other way than in digits
_YEAR_EDGE_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?i:the\s+)?(?P<edge>(?i:first|final|last))\s+(?P<n>(?i:two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven)|\d{1,2})\s+(?i:months)\s+(?i:of)\s+$")
_MONTH_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11}
#: year to date: from January to a month the text does not say; 年初来: since the start of the year
#: "so far this year", "so far in 2025", 今年に入ってから: a total to a day the text does not say, not
#: the year's
_TO_DATE_RE = re.compile(r"(?<![A-Za-z])(?i:year[\s-]to[\s-]date|YTD|so\s+far\s+(?:this\s+year|in\s+\d{4}))"
                         r"(?![A-Za-z])|年初来|年初から|(?:今年|本年|\d{4}年)に入って(?:から)?")


def is_to_date(text: str) -> bool:
    """A total or rate so far this year ("Year-to-date", YTD, 年初来): no contract period holds it."""
    return bool(_TO_DATE_RE.search(text))


_MONTHS_ENDED_RE = re.compile(r"(?<![A-Za-z])(?:the\s+)?(?P<n>three|six|nine|twelve|3|6|9|12)[\s-]+months?\s+"
                              # "the three-month period to July 2024", "the three months ending in July 2024"
                              r"(?:period\s+)?(?:ended|ending|to|up\s+to|through)\s+(?:on\s+|in\s+)?$"
                              # "the quarter to July 2024" (three months, not the calendar's quarter)
                              r"|(?<![A-Za-z])(?:the\s+)?(?P<q>quarter)\s+(?:to|ending\s+in|ended\s+in)\s+$",
                              re.IGNORECASE)


#: "the week ending", "the week ended": a week to the day after it
_WEEK_ENDED_RE = re.compile(r"(?<![A-Za-z])(?i:(?:the\s+)?week\s+(?:ended|ending|to|through)\s+(?:on\s+)?)$")
#: "over the year to December" after "over the year to the March quarter" in the same sentence
_YEAR_TO_RE = re.compile(r"(?<![A-Za-z])(?i:year\s+to\s+)$")
_YEAR_TO_QUARTER_RE = re.compile(r"(?<![A-Za-z])(?i:year\s+to\s+the\s+)[A-Z][a-z]+(?:\s+\d{4})?"
                                 r"\s+(?i:quarter)")
#: "the four quarters to September": the year to a quarter, counted in quarters
_QUARTERS_TO_RE = re.compile(r"(?<![A-Za-z])(?:the\s+)?(?:four|4)\s+quarters\s+"
                             r"(?:ended|ending|to|up\s+to|through)\s+(?:the\s+)?$", re.IGNORECASE)
#: "the year ending March 2014", "the year ended September 2016", "the 12 month period ending March 2013":
#: a rolling year named by its last month (not a fiscal year's name: "fiscal year ended" is the company's)
_YEAR_ENDED_RE = re.compile(r"(?<![A-Za-z])(?<!fiscal\s)(?<!financial\s)(?:the\s+)?"
                            r"(?:year|(?:12|twelve)[\s-]+months?\s+period)\s+(?:ended|ending)\s+(?:in\s+)?$",
                            re.IGNORECASE)


def _prices_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around text[start:end] speaks of prices or an index: before it, back to the last
    comma, semicolon or colon, or after it, up to the next."""
    cut = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind(":", 0, start)) + 1
    after = re.search(r"[,;:.](?:\s|$)", text[end:])
    stop = end + after.start() if after else len(text)
    if not text[end:stop].strip():  # "For the year ended September 2023, food prices rose": the next clause
        after = re.search(r"[,;:.](?:\s|$)", text[stop + 1:])
        stop = stop + 1 + (after.start() if after else len(text) - stop - 1)
    return bool(PRICES_OR_INDEX_RE.search(text, cut, start) or PRICES_OR_INDEX_RE.search(text, end, stop))


#: "at mid-2022", "as at 30 June": a point in time a stock is measured at
AT_A_POINT_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:at|as\s+at|as\s+of)\s+$")
#: "between mid-2021 and mid-2022", "from mid-2016 to mid-2017": the year between two mid-years
_MID_TO_MID_RE = re.compile(r"\s+(?i:and|to)\s+$")
_MID_YEAR_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:between|from)\s+$")


def mid_years(text: str, periods: list[PeriodMatch]) -> tuple[list[PeriodMatch], list[tuple[int, int]]]:
    """English "mid-2022" (the contract's ``mid-2022``, April to September: "by mid-2022", "in mid-2022")
    said as a point or as the ends of a year: "the population was 7 291 600 at mid-2022" is a stock at
    one point, the middle of the year, 30 June (a point in time after "at"; the vague half does not hold
    a stock); "between mid-2021 and mid-2022", "from mid-2016 to mid-2017" is the twelve months from one
    mid-year to the next, July to June, which no contract period holds (their figures are skipped)."""
    found: list[tuple[int, int, Period | None]] = []
    mids = [p for p in periods if p.period.text.startswith("mid-") and p.period.precision == "half"]
    for a, b in pairwise(mids):
        if _MID_TO_MID_RE.fullmatch(text, a.end, b.start) is not None \
                and _MID_YEAR_BEFORE_RE.search(text, max(0, a.start - 12), a.start) is not None:
            found.append((a.start, b.end, None))
    for p in mids:
        if not any(x <= p.start < y for x, y, _p in found) \
                and AT_A_POINT_BEFORE_RE.search(text, max(0, p.start - 10), p.start) is not None:
            found.append((p.start, p.end, period_of_day(date(p.period.start.year, 6, 30))))
    return replace_spans(text, periods, sorted(found, key=lambda f: f[0]))


def months_ended(text: str, periods: list[PeriodMatch]) -> tuple[list[PeriodMatch], list[tuple[int, int]]]:
    """"the three months to August 2024", "the six months ended June 30, 2024", "the nine months
    ended September 30": the run of months that ends there, not its last month or day: a contract
    period when one holds it (a calendar quarter or half, Japan's fiscal half), else a span no
    contract period holds (its figures are skipped). Twelve months to a month are left alone: a
    rate "in the 12 months to October" is most often October's; twelve months ended a day are an
    account's year ("the twelve months ended December 31, 2024": 2024; ended June 30: no contract
    period)."""
    found: list[tuple[int, int, Period | None]] = []
    for p in periods:
        if p.period.precision not in ("day", "month"):
            continue
        if p.period.precision == "day" and (w := _WEEK_ENDED_RE.search(text, max(0, p.start - 30), p.start)):
            # "in the week ending August 16, 2024", "the week ended August 9": seven days to that day, which
            # no contract period holds (a week's claims or sales are no single day's)
            found.append((w.start(), p.end, None))
            continue
        m = _MONTHS_ENDED_RE.search(text, max(0, p.start - 40), p.start)
        quarter_end = m is None and p.period.precision == "month" and p.period.start.month % 3 == 0
        fq = _QUARTERS_TO_RE.search(text, max(0, p.start - 40), p.start) if quarter_end else None
        if fq is None and quarter_end and _YEAR_TO_RE.search(text, max(0, p.start - 20), p.start) \
                and _YEAR_TO_QUARTER_RE.search(text, 0, p.start):
            # "rose 3.6 per cent over the year to the March quarter, after 4.1 per cent over the year to
            # December": the repeated phrase leaves out "quarter", the December quarter (2023-Q4)
            fq = _YEAR_TO_RE.search(text, max(0, p.start - 20), p.start)
        if fq is not None:
            # "an increase of around 5 per cent over the four quarters to September" (the Reserve Bank of
            # Australia): a count of quarters ends at a quarter, the one the month closes, as "over the year
            # to the September quarter" (2008-Q3; was September alone)
            found.append((p.start, p.end, period_of_quarter(p.period.start.year, p.period.start.month // 3)))
            continue
        if m is None:
            # "for the year ending March 2014" (a rolling year's total: road deaths, GDP growth "for the
            # year ended September 2016"): the twelve months to that month, never that month alone;
            # April-March is the contract's FY (FY2013), any other run no contract period holds
            y = _YEAR_ENDED_RE.search(text, max(0, p.start - 40), p.start) \
                if p.period.precision == "month" else None
            if y is not None and _prices_clause(text, y.start(), p.end):
                # "Price rises for the five food groups for the year ended September 2023" (Stats NZ): prices
                # and an index are levels read in a month; their change over the year ended it compares that
                # month with the same month a year before ("Food prices … were 8.0 percent higher in
                # September 2023 than in September 2022", the same release): the month's, as "in the 12
                # months to October" is
                continue
            if y is not None:
                last = (p.period.start.year, p.period.start.month)
                found.append((y.start(), p.end, _month_span(_add_months(*last, -11), last)))
            continue
        if m["q"] and p.period.precision != "month":
            continue  # ("the quarter ended September 30": a company's quarter, read with its fiscal year)
        words = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
        n = 3 if m["q"] else words.get(m["n"].lower()) or int(m["n"])
        if n == 12 and p.period.precision != "day" and not (
                "period" in m.group(0).lower() and not _prices_clause(text, m.start(), p.end)):
            # "2.2% in the 12 months to October": October's rate; but "the count of births … for the
            # 12-month period ending June 2011" is the rolling year's total, as "the year ending" is (see
            # _YEAR_ENDED_RE): said with "period" and of no price or index, the twelve months
            continue
        last = (p.period.start.year, p.period.start.month)
        found.append((m.start(), p.end, _month_span(_add_months(*last, 1 - n), last)))
    return replace_spans(text, periods, found)


#: 「2016年9月中間連結決算」, 「9月中間期」: a company's interim account, the six months that end in
#: that month
_INTERIM_AFTER_RE = re.compile(r"(?:末)?中間(?:期|決算|連結決算|配当)?")


def interim_halves(text: str, periods: list[PeriodMatch]) -> tuple[list[PeriodMatch], list[tuple[int, int]]]:
    """「2016年9月中間連結決算」: a Japanese company's interim (中間) account named by the month it ends
    in is the six months to that month (April-September, ``FY2016-H1``), not the month; six months
    no contract period holds are listed as unwritable."""
    found: list[tuple[int, int, Period | None]] = []
    for p in periods:
        if p.period.precision != "month":
            continue
        m = _INTERIM_AFTER_RE.match(text, p.end)
        if m is None:
            continue
        last = (p.period.start.year, p.period.start.month)
        found.append((p.start, m.end(), _month_span(_add_months(*last, -5), last)))
    return replace_spans(text, periods, found)


#: 「10月までの累計」, 「10月まで累計で」, 「9月末までの累計」: a total from the start of the year to a month
_THROUGH_MONTH_RE = re.compile(r"(?:末)?まで(?:の|で)?")
_CUMULATIVE_RE = re.compile(r"累計|累積|通算")


def months_through(text: str, periods: list[PeriodMatch], within: Period | None
                   ) -> tuple[list[PeriodMatch], list[tuple[int, int]]]:
    """A month a cumulative total runs to (「2025年の訪日客数は10月までの累計で3554万人」): the months
    from the start of the year (April in Japanese text about a fiscal year) to that month, a contract
    period when one holds them (「6月までの累計」: the first half), else none (its figures are skipped,
    never dated with October)."""
    if not _CUMULATIVE_RE.search(text):
        return periods, []
    found: list[tuple[int, int, Period | None]] = []
    for p in periods:
        m = _THROUGH_MONTH_RE.match(text, p.end)
        if p.period.precision != "month" or not m or m.end() == p.end \
                or not _CUMULATIVE_RE.search(text, m.end(), m.end() + 12):
            continue
        year, month = p.period.start.year, p.period.start.month
        # the fiscal year the sentence names before it (「2024年度の輸出額は9月末までの累計で」), else
        # the context's
        fiscal = next((q.period for q in reversed(periods) if q.end <= p.start
                       and q.period.precision == "fiscal_year"), within)
        if fiscal is not None and fiscal.precision == "fiscal_year" and fiscal.start.month == 4 \
                and not _YEAR_WRITTEN_RE.search(p.text):
            year = fiscal.start.year + (1 if month <= 3 else 0)
        if fiscal is not None and fiscal.precision == "fiscal_year" and fiscal.start.month == 4 \
                and fiscal.start <= date(year, month, 1) <= fiscal.end:
            first = (fiscal.start.year, 4)
        else:
            first = (year, 1)
        found.append((p.start, m.end(), _month_span(first, (year, month))))
    return replace_spans(text, periods, found)


def first_months(text: str, periods: list[PeriodMatch]) -> tuple[list[PeriodMatch], list[tuple[int, int]]]:
    """"the first nine months of 2024" (January-September: no contract period holds it, so its
    figures are skipped), "the first six months of 2024" (2024-H1); "year to date", 年初来: a span
    whose end is not said, never the year or the month it names ("year-to-date sales through
    September": January-September, skipped; through June: the first half)."""
    found: list[tuple[int, int, Period | None]] = []
    for m in _FIRST_MONTHS_RE.finditer(text):
        n = int(m["n"]) if m["n"].isdigit() else _MONTH_WORDS[m["n"].lower()]
        year = int(m["y"])
        found.append((m.start(), m.end(), _month_span((year, 1), (year, n)) if 1 <= n <= 12 else None))
    for p in periods:
        # "the final three months of last year", "the first six months of this year": a run of months at
        # either end of a year said by deixis (read against the document's date), as of a year in digits
        edge = _YEAR_EDGE_BEFORE_RE.search(text, max(0, p.start - 40), p.start) \
            if p.period.precision == "year" else None
        if edge is None or any(a <= p.start < b for a, b, _p in found):
            continue
        n = int(edge["n"]) if edge["n"].isdigit() else _MONTH_WORDS[edge["n"].lower()]
        year = p.period.start.year
        if 1 <= n <= 12:
            first = edge["edge"].lower() == "first"
            found.append((edge.start(), p.end, _month_span((year, 1), (year, n)) if first
                          else _month_span((year, 13 - n), (year, 12))))
    for m in _TO_DATE_RE.finditer(text):
        found.append((m.start(), m.end(), None))
        # "year-to-date sales through September": the run from January to that month, not September
        for p in periods:
            through = _THROUGH_BEFORE_RE.search(text, max(0, p.start - 30), p.start)
            if p.period.precision == "month" and through and not any(a == p.start for a, _b, _p in found):
                y, mo = p.period.start.year, p.period.start.month
                found.append((p.start, p.end, _month_span((y, 1), (y, mo))))
    return replace_spans(text, periods, found)


_THROUGH_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:through|thru|to|until)\s+(?i:the\s+end\s+of\s+)?$")


#: 「2025年（令和7年）9月分」, 「令和6年(2024年)10月1日現在」: a year, the same year in the other calendar
#: in brackets, then the month (and day) of that year
_BRACKETED_YEAR_RE = re.compile(r"\s*[（(][^（）()]{2,12}?年[）)]\s*(?P<m>1[0-2]|0?[1-9])月"
                                r"(?:(?P<d>[1-3]?[0-9])日)?")


def bracketed_years(text: str, periods: list[PeriodMatch]) -> list[PeriodMatch]:
    """A year with its other calendar's name in brackets before a month (「2025年（令和7年）9月分結果」,
    the way Japan's statistics title their releases) is that month, not the year: the bracket is
    an aside, and the month and day after it are the year's."""
    found: list[tuple[int, int, Period | None]] = []
    for p in periods:
        m = _BRACKETED_YEAR_RE.match(text, p.end)
        if p.period.precision != "year" or m is None or any(a <= p.start < b for a, b, _ in found):
            continue
        month = int(m["m"])
        day = int(m["d"]) if m["d"] else None
        try:
            period = (period_of_day(date(p.period.start.year, month, day)) if day
                      else period_of_month(p.period.start.year, month))
        except ValueError:
            continue
        found.append((p.start, m.end(), period))
    return replace_spans(text, periods, found)[0]


def span_openings(text: str, stated: list[PeriodMatch]) -> list[PeriodMatch]:
    """``stated`` (read with no year to default to) and the first months of spans whose year is
    said once, at their end ("GDP quarterly national accounts, UK: April to June 2024": April is
    2024's too, so the title is 2024-Q2, not June), for :func:`month_spans` to join."""
    ends = [p for p in stated if p.period.precision == "month"]
    if not ends:
        return stated
    again = find_periods(text, default_year=ends[0].period.start.year)
    openings = [p for p in again if p.period.precision == "month" and not any(
        q.start < p.end and p.start < q.end for q in stated) and any(
        q.start > p.end and _SPAN_JOIN_RE.fullmatch(text, p.end, q.start) for q in ends)]
    return sorted(stated + openings, key=lambda p: p.start) if openings else stated


#: a part of a month of about ten days after the month: 「5月上旬」, 「中旬」, 「下旬」, 「上中旬」 (perhaps
#: with 分)
_TEN_DAYS_RE = re.compile(r"\s?(?:上中|中下|上|中|下)旬")
#: an end of a span said with its year (「平成16年4月」, "September 2024"), not a month alone
_YEAR_SAID_RE = re.compile(r"\d{4}|年")
#: a change said before "between" its two months: "increased by 0.5% between", "fell 0.7 percent between"
_CHANGE_BEFORE_BETWEEN_RE = re.compile(
    r"(?<![A-Za-z])(?i:increased|decreased|rose|fell|grew|declined|dropped|changed|climbed|up|down|increase"
    r"|decrease|rise|fall|growth|decline|drop|change)(?![A-Za-z])"
    r"(?:[^.;:]|\.(?=\d)){0,30}?(?:%|(?i:per\s?cent|percent|percentage\s+points?))\s+$")
#: "January to February 2000 percent change", "… change": the span names a change between its two ends
_CHANGE_AFTER_SPAN_RE = re.compile(r"\s+(?i:(?:percent(?:age)?|per\s+cent|%)\s+)?(?i:change)(?![A-Za-z])")


def month_spans(text: str, periods: list[PeriodMatch]) -> tuple[list[PeriodMatch], list[tuple[int, int]]]:
    """Quarters named by their last month ("the June 2016 quarter": 2016-Q2), and runs of months
    said as one span (「4月から9月までの入域観光客数」, 「1～9月累計」, "January to
    September 2024") in place of their two ends: the contract period they make (FY2018-H1), or,
    when none holds them (nine months), a span listed apart: its figures cannot be written.

    Returns the periods and the (start, end) of spans no contract period holds."""
    out: list[PeriodMatch] = []
    unwritable: list[tuple[int, int]] = []
    i = 0
    while i < len(periods):
        p = periods[i]
        nxt = periods[i + 1] if i + 1 < len(periods) else None
        whole = True
        if p.period.precision == "day" and nxt is not None and nxt.period.precision == "day" \
                and _SPAN_JOIN_RE.fullmatch(text, p.end, nxt.start) and _DAY_SPAN_JOIN_RE.search(
                    text, p.end, nxt.start) and p.period.start < nxt.period.start:
            # 「（平成28年4月1日～平成29年3月31日）」, "from April 1 to December 31, 2016": a run of days from
            # a month's first to a month's last is those months (FY2016); any other run has no period
            a, b = p.period.start, nxt.period.start
            first, last = (a.year, a.month), (b.year, b.month)
            whole = a.day == 1 and b == period_of_month_end(last)
            start, end = p.start, nxt.end
            i += 2
        elif p.period.precision == "month" and nxt is not None and nxt.period.precision == "month" \
                and _SPAN_JOIN_RE.fullmatch(text, p.end, nxt.start) \
                and _CHANGE_AFTER_SPAN_RE.match(text, nxt.end):
            # "The January to February 2000 percent change was revised … to +1.8 percent": a change from
            # one month to the next is the later month's, as "% change Sep Qtr 2019 to Dec Qtr 2019" heads
            # the later quarter's column
            out.append(PeriodMatch(nxt.period, p.start, nxt.end, text[p.start:nxt.end]))
            i += 2
            continue
        elif p.period.precision == "month" and nxt is not None and nxt.period.precision == "month" \
                and _AND_JOIN_RE.fullmatch(text, p.end, nxt.start) \
                and (between := _BETWEEN_BEFORE_RE.search(text, max(0, p.start - 12), p.start)) is not None \
                and _YEAR_SAID_RE.search(p.text) and _YEAR_SAID_RE.search(nxt.text) \
                and (nxt.period.start.year * 12 + nxt.period.start.month) \
                - (p.period.start.year * 12 + p.period.start.month) in (1, 12) \
                and _CHANGE_BEFORE_BETWEEN_RE.search(text, max(0, between.start() - 40), between.start()):
            # "Services output increased by 0.5% between May 2015 and June 2015", "prices rose 2.1% between
            # June 2014 and June 2015": a change between two months' levels, each said with its year, the next
            # month or the same month a year on, is the later month's (its change on the month, on the year
            # before), as "The January to February 2000 percent change" is; no run of both months
            out.append(PeriodMatch(nxt.period, p.start, nxt.end, text[p.start:nxt.end]))
            i += 2
            continue
        elif p.period.precision == "month" and nxt is not None and nxt.period.precision == "month" \
                and (_SPAN_JOIN_RE.fullmatch(text, p.end, nxt.start) or (
                    # "between January and March 2014": the run of months between the two, both in it
                    _AND_JOIN_RE.fullmatch(text, p.end, nxt.start)
                    and _BETWEEN_BEFORE_RE.search(text, max(0, p.start - 12), p.start))):
            y1, y2 = p.period.start.year, nxt.period.start.year
            m1, m2 = p.period.start.month, nxt.period.start.month
            if not _YEAR_SAID_RE.search(p.text):
                # "January to September 2024", 「4月から9月まで」: the year is the second end's
                y1 = y2 - (1 if m1 > m2 else 0)
            elif not _YEAR_SAID_RE.search(nxt.text):
                # 「2023年12月～2月」: the second end goes on from the first's year
                y2 = y1 + (1 if m2 < m1 else 0)
            # (both ends said with their years, 「平成16年4月~平成26年3月」: as said, ten years; was
            # moved to the second end's year, FY2013)
            first, last = (y1, m1), (y2, m2)
            start, end = p.start, nxt.end
            i += 2
        elif p.period.precision == "month" and (m := _SPAN_FIRST_MONTH_RE.search(text, 0, p.start)) \
                and int(m.group(1)) < p.period.start.month:
            year, start = p.period.start.year, m.start()
            if out and out[-1].period.precision == "year" and not text[out[-1].end:start].strip():
                year, start = out[-1].period.start.year, out[-1].start  # 「2025年1～9月」
                out.pop()
            first, last = (year, int(m.group(1))), (year, p.period.start.month)
            end = p.end  # 「1～9月」
            i += 1
        elif p.period.precision == "month" and (ten := _TEN_DAYS_RE.match(text, p.end)) is not None:
            # 「令和元年5月上旬」: the first ten days of May (上旬 days 1-10, 中旬 11-20, 下旬 21 to the end;
            # 上中旬 1-20), which no contract period holds: its figures are no month's (May's exports are
            # some three times the 上旬's), so the span is listed as unwritable
            unwritable.append((p.start, ten.end()))
            out.append(PeriodMatch(p.period, p.start, ten.end(), text[p.start:ten.end()]))
            i += 1
            continue
        else:
            quarter = _MONTH_QUARTER_RE.match(text, p.end) or (
                _MONTH_YEAR_RE.match(text, p.end) if _THE_BEFORE_RE.search(text, 0, p.start) else None)
            if p.period.precision == "month" and quarter and "year" in quarter.group(0).lower() \
                    and not PRICES_OR_INDEX_RE.search(text):
                # "registered 19,947 marriages and civil unions in the December 2015 year": a count, or any
                # figure of no price or index, of "the December 2015 year" is the twelve months' to that month
                # (2015; "the March 2017 year" April 2016 to March 2017, FY2016), as "the year ended December
                # 2015" is; in a sentence of prices or an index, the annual change stays the quarter's (below)
                last = (p.period.start.year, p.period.start.month)
                span = _month_span(_add_months(*last, -11), last)
                if span is None:
                    unwritable.append((p.start, quarter.end()))
                    span = Period(date(*_add_months(*last, -11), 1), period_of_month_end(last), "month", "")
                out.append(PeriodMatch(span, p.start, quarter.end(), text[p.start:quarter.end()]))
                i += 1
                continue
            if p.period.precision == "month" and quarter and p.period.start.month % 3 == 0:
                # ("the March 2017 year", as New Zealand writes the year ended March 2017: its annual change
                # is the March quarter's, as "over the year to the March quarter" is)
                # "the September 2016 quarter", "the year to the March quarter" (Australia, New
                # Zealand): the quarter that ends in that month
                p = PeriodMatch(period_of_quarter(p.period.start.year, p.period.start.month // 3),
                                p.start, quarter.end(), text[p.start:quarter.end()])
            out.append(p)
            i += 1
            continue
        if text.startswith("まで", end):
            end += 2
        span = _month_span(first, last) if whole else None
        if span is None:
            unwritable.append((start, end))
            span = Period(date(first[0], first[1], 1), period_of_month_end(last), "month", "")
        out.append(PeriodMatch(span, start, end, text[start:end]))
    return out, unwritable


def period_ends(text: str, periods: list[PeriodMatch]) -> list[PeriodMatch]:
    """「当第3四半期末の総資産」, 「2024年度末」: the end (末) of a quarter, a half or a fiscal year is its
    last day, the day a balance is stated for, not the span (「末まで」 is through it: left alone)."""
    out = []
    for p in periods:
        if p.period.precision in ("quarter", "half", "fiscal_year") and text.startswith("末", p.end) \
                and not text.startswith("末まで", p.end):
            p = PeriodMatch(period_of_day(p.period.end), p.start, p.end + 1, text[p.start:p.end + 1])
        out.append(p)
    return out


def period_of_month_end(last: tuple[int, int]) -> date:
    y, m = _add_months(last[0], last[1], 1)
    return date(y, m, 1) - timedelta(days=1)


_HALF_ALONE_RE = re.compile(r"(?:上|下)(?:半)?期")


def latest_half(p: PeriodMatch, text: str, anchor: Period | None) -> PeriodMatch:
    """上半期 / 下半期 said with no year: the half that ended last before the document (a release
    reports the half just ended: 上半期 in a release of 1 October is April-September, Japan's
    fiscal half; in one of 15 July, January-June)."""
    if anchor is None or not _HALF_ALONE_RE.fullmatch(p.text) or re.search(r"年度?\s*$", text[:p.start]):
        return p
    first_half = p.text.startswith("上")
    day = anchor.start
    best: Period | None = None
    for year in (day.year, day.year - 1):
        for spelled in ((f"{year}-H1", f"FY{year}-H1") if first_half else (f"{year}-H2", f"FY{year}-H2")):
            cand = parse_period(spelled)
            if cand.end <= day and (best is None or cand.end > best.end):
                best = cand
    return PeriodMatch(best, p.start, p.end, p.text) if best is not None else p


def is_relative_day(p: PeriodMatch) -> bool:
    """本日, today, 15日, on Tuesday: when something was done (an event's date), not what a figure is
    about."""
    return bool(_RELATIVE_DAY_RE.fullmatch(p.text) or _DAY_ONLY_RE.fullmatch(p.text)
                or _WEEKDAY_RE.fullmatch(p.text)
                or SAME_DAY_RE.fullmatch(p.text))


#: 同日, 同じ日, "the same day": the day the text last named (else the document's)
SAME_DAY_RE = re.compile(r"同日|同じ日|(?<![A-Za-z])(?i:the\s+same\s+day|that\s+same\s+day)(?![A-Za-z])")


def same_days(text: str, periods: list[PeriodMatch], day: Period | None) -> list[PeriodMatch]:
    """``periods`` with 同日 / 同じ日 / "the same day" as ``day`` (the last day the text named)."""
    if day is None or day.precision != "day":
        return periods
    added = [PeriodMatch(day, m.start(), m.end(), m.group(0)) for m in SAME_DAY_RE.finditer(text)
             if not any(p.start < m.end() and m.start() < p.end for p in periods)]
    return sorted(periods + added, key=lambda p: p.start) if added else periods


#: a day a text was corrected, updated or published on ("(corrected 2014-09-01)", "released 15 July 2014"), no
#: figure's period
_CORRECTED_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:corrected|updated|amended|released|published)"
                                  r"(?:\s+on)?:?\s*$")


def is_base(text: str, p: PeriodMatch) -> bool:
    """Whether a period is the base of a comparison (``from Q3``, ``19年比``), not a figure's own."""
    before = text[max(0, p.start - 40):p.start]
    if _SPAN_INSIDE_RE.search(p.text) and re.search(r"(?i:from)\s+$", before):
        return False  # "from January to September 2024": a span (month_spans), not a base
    if _WHOLE_SPAN_AFTER_RE.match(text, p.end) and _SPAN_BEFORE_RE.search(before):
        return False  # "stayed at 3.7% over 2024 as a whole": the span the figure is about
    if _RELATIVE_EN_RE.fullmatch(p.text) and _RELATIVE_BASE_BEFORE_RE.search(before):
        return True
    if (p.period.precision != "day" or p.period == NO_PERIOD) and _CHANGE_ON_BEFORE_RE.search(before):
        return True  # "+4.0% on January 2023", "imports by 3.8% on February 2022": what it is compared with
    if p.period.precision == "day" and _CORRECTED_BEFORE_RE.search(before):
        # "has increased 0.4 percent (corrected 2014-09-01)", "the consumer prices index (CPI), released
        # 15 July 2014, …": the day a text was corrected or published on
        return True
    if _APPOSED_BEFORE_RE.search(before) and (close := _BRACKET_CLOSE_RE.match(text, p.end)) is not None \
            and _BASE_AFTER_RE.match(text, close.end()):
        return True  # 「前年(2017年)に比べ」: the bracket restates the base before it
    if _COMPARED_PHRASE_BEFORE_RE.search(text[max(0, p.start - 80):p.start]):
        return True
    if _BASE_MEASURE_AFTER_RE.match(text, p.end):
        return True  # 「2012年度の総排出量と比べると、…1.2%増加」: that year's amount is the base
    return bool(_BASE_BEFORE_RE.search(before) or _BASE_AFTER_RE.match(text, p.end))


# --- company fiscal periods (English) ---------------------------------------------------------

_QUARTER_ENDED_RE = re.compile(
    r"(?:(?:fiscal\s+(?:\d{4}\s+)?)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+)?(?:fiscal\s+)?"
    r"(?P<what>quarter|year|fiscal\s+year)"
    # ("its fiscal fourth quarter and full year 2024 ended February 4, 2024": the year's name before "ended")
    # ("its second quarter of fiscal 2025, which ended March 29, 2025": the end said in a relative clause)
    r"(?:\s+of\s+fiscal\s+(?:year\s+)?\d{4}|\s+\d{4})?,?\s+(?:which\s+)?(?:ended|ending)\s+(?:on\s+)?$", re.I)
_FULL_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?i:full|whole)[\s-]+$")
_FISCAL_QUARTER_RE = re.compile(
    r"(?<![A-Za-z])(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter"
    r"\s+(?:of\s+|and\s+)?fiscal\s+(?:year\s+)?(?P<y>\d{4})(?![0-9])"
    # "its fiscal 2021 third quarter", "fiscal-2021 third-quarter"
    r"|(?<![A-Za-z])fiscal[\s-]+(?:year\s+)?(?P<y2>\d{4})[\s-]+(?P<ord2>first|second|third|fourth|1st|2nd|3rd|4th)"
    r"[\s-]+quarter(?![A-Za-z])", re.I)
_APPOSED_QUARTER_RE = re.compile(
    r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\s+(?:of\s+)?fiscal\s+"
    r"(?:year\s+)?\d{4},?\s+(?:the\s+)?$", re.I)
_COMPANY_FY_RE = re.compile(r"(?<![A-Za-z])(?:fiscal\s+(?:year\s+)?(?P<y>\d{4})"
                            r"|FY\s?['’]?(?P<yy>\d{4}|\d{2}))(?![0-9])", re.I)
#: "the first six months of fiscal 2025", "the first nine months of fiscal year 2024", "the first 11 months
#: of fiscal year 2012" (any count of months: the run of months that opens the year, never the whole year)
_FIRST_MONTHS_FY_RE = re.compile(
    r"(?<![A-Za-z])(?:the\s+)?first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
    r"\s+months\s+of\s+(?:its\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<y>\d{4}|\d{2})(?![0-9])", re.I)
_MONTH_COUNTS = {**_MONTH_WORDS, **{str(n): n for n in range(1, 13)}}
#: "Q4 FY24", "Q3 FY2024", "FY24 Q4", "Q2 fiscal 2025", "FY2025 H1": a company's own quarter or half
_FY_PART_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:Q(?P<q1>[1-4])|H(?P<h1>[12]))\s*(?:of\s+)?(?:FY|fiscal\s+(?:year\s+)?)\s?['’]?"
    r"(?P<y1>\d{4}|\d{2})|(?:FY|fiscal\s+(?:year\s+)?)\s?['’]?(?P<y2>\d{4}|\d{2})\s*(?:Q(?P<q2>[1-4])"
    r"|H(?P<h2>[12]))"
    # "Fiscal Q4 2024 highlights": the company's fourth quarter of its fiscal 2024
    r"|fiscal\s+(?:Q(?P<q3>[1-4])|H(?P<h3>[12]))\s*['’]?(?P<y3>\d{4}|\d{2}))(?![0-9A-Za-z])", re.I)
#: "Q3'24", "Q3 '24", "3Q24", "H1'25": a quarter or half with its year's last two digits
_SHORT_YEAR_PART_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:Q(?P<q>[1-4])|H(?P<h>[12]))\s?['’‘]\s?|(?P<qn>[1-4])Q\s?['’‘]?"
    r"|(?P<hn>[12])H\s?['’‘]?)(?P<yy>\d{2})"
    r"(?![0-9A-Za-z])")


@dataclass(frozen=True, slots=True)
class FiscalPeriod:
    """A company's fiscal period found in a sentence.

    ``period`` is how it can be written: a calendar quarter or year when the months line up, an
    ``FYyyyy`` to be read with the company's fiscal year (``company_fy``), or ``None`` when no
    contract spelling holds it (a quarter from November to January). ``fiscal_start`` is the
    first month of the company's fiscal year when the sentence shows it.
    """

    start: int
    end: int
    period: Period | None
    company_fy: bool = False
    fiscal_start: int | None = None


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _span_period(first: tuple[int, int], months: int) -> Period | None:
    """A run of months as a contract period, if it is a calendar quarter or year."""
    y, m = first
    if months == 3 and m in (1, 4, 7, 10):
        return period_of_quarter(y, (m - 1) // 3 + 1)
    if months == 12 and m == 1:
        return period_of_year(y)
    return None


def own_part(first: tuple[int, int], months: int, fiscal_start: int | None) -> Period | None:
    """A company's quarter (``months`` 3) or half (6) that starts at ``first``, of a fiscal year that starts
    in ``fiscal_start`` and is named by the calendar year it ends in: a calendar quarter or half when the
    months are one, else the company's own ``FY2025-Q4`` or ``FY2025-H1``, read with the entity's
    ``fiscal_year`` column (``2/end``), as its ``FY2025`` is; None when the year's start is not known."""
    calendar = _month_span(first, _add_months(*first, months - 1))
    if calendar is not None and not calendar.text.startswith("FY"):
        return calendar
    if fiscal_start is None or (first[1] - fiscal_start) % months:
        return calendar
    convention = FiscalYear(fiscal_start, "end")
    start_year = first[0] if first[1] >= fiscal_start else first[0] - 1
    named = convention.named_year(start_year)
    n = ((first[1] - fiscal_start) % 12) // months + 1
    if months == 3:
        return period_of_fiscal_quarter(named, n, convention)
    if calendar is not None and fiscal_start == 4:
        return calendar  # (Japan's fiscal half: the contract's FY2024-H1, whoever's it is)
    return period_of_fiscal_half(named, n, convention)


def is_own_part(period: Period) -> bool:
    """A company's own quarter or half (``FY2025-Q4``, ``FY2025-H1`` from February, :func:`own_part`):
    months only its ``fiscal_year`` column gives (the contract's reading, Japan's, is other months)."""
    if not period.text.startswith("FY") or period.precision not in ("quarter", "half"):
        return False
    japan = parse_period(period.text)
    return (japan.start, japan.end) != (period.start, period.end)


_BARE_COMPANY_PART_RE = re.compile(r"(?<![A-Za-z0-9\-])(?:Q([1-4])|H([12]))(?![A-Za-z0-9\-])"
                                   r"(?!\s*(?:'?\d{2,4}|FY))"
                                   # "For the fourth quarter,", "fourth-quarter sales": an ordinal quarter
                                   # with no year of its own
                                   r"|(?<![A-Za-z])(?i:(first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+"
                                   r"(?i:fiscal[\s-]+)?(?i:quarter)(?![A-Za-z])"
                                   r"(?!\s+(?i:of\s+|and\s+)?(?:fiscal|\d|ended|ending))")


_ORDINAL_PART = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_FISCAL_YEAR_WORDS = r"(?:fiscal|financial)[\s-]+(?:year[\s-]+)?(?:'?\d{2}|\d{4})?"
#: a quarter or a half of a fiscal year said as such ("fiscal third quarter", "the first half of fiscal 2024",
#: "fiscal 2025 second-quarter", "third fiscal quarter", "fiscal Q3", "Q3 of fiscal 2024")
_FISCAL_PART_EN_RE = re.compile(
    r"(?<![A-Za-z])(?i:"
    r"(?:fiscal|financial)[\s-]+(?:(?:year[\s-]+)?(?:'?\d{2}|\d{4})(?:['’]s)?[\s-]+)?"
    r"(?:" + _ORDINAL_PART + r"[\s-]+(?:quarter|half)|Q[1-4]|H[12])"
    r"|" + _ORDINAL_PART + r"[\s-]+(?:fiscal|financial)[\s-]+(?:quarter|half)"
    r"(?:\s+of\s+" + _FISCAL_YEAR_WORDS + r")?"
    r"|(?:" + _ORDINAL_PART + r"[\s-]+(?:quarter|half)|Q[1-4]|H[12])\s+of\s+(?:the\s+|its\s+)?"
    + _FISCAL_YEAR_WORDS +
    r"|(?:Q[1-4]|H[12])\s+(?:fiscal|financial)(?:\s+year)?\s+(?:'?\d{2}|\d{4})"
    r")(?![A-Za-z])")


def unsaid_fiscal_parts(text: str) -> list[tuple[int, int, Period | None]]:
    """A quarter or a half of a fiscal year in an English text that never says where that year starts
    ("Fiscal third quarter revenue was $400 million", "For the first half of fiscal 2024, operating income
    was …"): the organisation's own part of its own year, whose months are not said, so no contract period
    holds it (it was read as the calendar's third quarter, or as the whole of FY2024)."""
    return [(m.start(), m.end(), None) for m in _FISCAL_PART_EN_RE.finditer(text)]


_JA_FISCAL_PART = (r"(?:の)?(?P<part>第(?P<q>[1-4])四半期(?P<cum>(?:連結)?累計(?:期間)?)?"
                   r"|上期|上半期|中間期|下期|下半期"
                   r"|通期)?(?:累計)?(?:\s*\([^()]{0,24}\))?")
_JA_FISCAL_RE = re.compile(r"(?<![0-9])(?P<y>\d{4}|\d{2})年(?P<m>1[0-2]|[1-9])月期(?!間)" + _JA_FISCAL_PART)
#: 第3四半期 said alone: not after a year (2024年第3四半期 is a calendar quarter of statistics) or 年度
_JA_BARE_QUARTER_RE = re.compile(r"(?<![0-9年度期])(?:第(?P<q>[1-4])四半期(?P<cum>(?:連結)?累計(?:期間)?)?"
                                 r"|(?P<part>上期|上半期|中間期|下期|下半期|通期))(?:\s*\([^()]{0,24}\))?")


def _japanese_fiscal_part(year: int, end_month: int, q: str | None, part: str | None,
                          cumulative: bool) -> Period | None:
    """A part of the fiscal year that ends in ``end_month`` of ``year`` as a contract period."""
    first = _add_months(year, end_month, -11)
    own = end_month % 12 + 1  # (the month the company's year starts in: 2024年8月期, September)
    if q is not None:
        n = int(q)
        if cumulative:
            return _month_span(first, _add_months(*first, 3 * n - 1))
        return own_part(_add_months(*first, 3 * (n - 1)), 3, own)
    if part in ("上期", "上半期", "中間期"):
        return own_part(first, 6, own)
    if part in ("下期", "下半期"):
        return own_part(_add_months(*first, 6), 6, own)
    if end_month == 3:
        return period_of_fiscal_year(year - 1)
    if end_month == 12:
        return period_of_year(year)
    return period_of_fiscal_year(year)


def japanese_fiscal_periods(text: str, reported: tuple[int, int] | None, cumulative: bool = False,
                            anchor_year: int | None = None
                            ) -> tuple[list[FiscalPeriod], tuple[int, int] | None]:
    """A Japanese company's fiscal periods in a sentence (see the module docstring), and the
    (year, end month) of the fiscal year it names last. ``reported`` is that of the fiscal year the
    document named before, for a 第N四半期 said alone. A company year that ends in neither March nor
    December is marked ``company_fy`` with its first month in ``fiscal_start``."""
    out: list[FiscalPeriod] = []
    for m in _JA_FISCAL_RE.finditer(text):
        if len(m["y"]) == 2 and anchor_year is None:
            continue
        # (「28年3月期第3四半期」 labelling a row of a 決算短信's table: a two-digit year of the document's
        # century; read only there, where the rows compare the year with the year before)
        year = int(m["y"]) if len(m["y"]) == 4 else _two_digit_year(int(m["y"]), anchor_year)
        month = int(m["m"])
        period = _japanese_fiscal_part(year, month, m["q"], m["part"], bool(m["cum"]) or (
            cumulative and not text.startswith("末", m.end())))
        whole = m["q"] is None and m["part"] in (None, "通期")
        company = whole and month not in (3, 12)
        own = company or (period is not None and is_own_part(period))
        out.append(FiscalPeriod(m.start(), m.end(), period, company, month % 12 + 1 if own else None))
        reported = (year, month)
    if reported is not None:
        for m in _JA_BARE_QUARTER_RE.finditer(text):
            if not any(f.start <= m.start() < f.end for f in out):
                # (「当第3四半期末」: the quarter's end, a day, whatever the section says)
                cum = bool(m["cum"]) or (cumulative and not text.startswith("末", m.end()))
                part = _japanese_fiscal_part(*reported, m["q"], m["part"], cum)
                own = part is not None and is_own_part(part)
                start = reported[1] % 12 + 1 if own else None
                out.append(FiscalPeriod(m.start(), m.end(), part, False, start))
    out.sort(key=lambda f: f.start)
    return out, reported


def _company_part(fiscal_year: int, start_month: int, quarter: str | None, half: str | None) -> Period | None:
    """Quarter or half (its number as written) of a fiscal year that starts in ``start_month`` and is
    named by the calendar year it ends in, as a contract period if one holds it."""
    first = (fiscal_year, 1) if start_month == 1 else (fiscal_year - 1, start_month)
    if quarter:
        return own_part(_add_months(*first, 3 * (int(quarter) - 1)), 3, start_month)
    return own_part(_add_months(*first, 6 * (int(half or 1) - 1)), 6, start_month)


def _full_year(digits: str) -> int:
    """A year written with four digits, or two (FY24: 2024)."""
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def short_year_parts(text: str, periods: list[PeriodMatch], fiscal_start: int | None,
                     anchor_year: int | None) -> tuple[list[PeriodMatch], list[tuple[int, int]]]:
    """"Q3'24", "3Q24", "H1 '25": the quarter or half of the year its two digits name (was the
    context's year): a calendar quarter, or, in a release of a company whose fiscal year starts in
    another month (``fiscal_start``), the company's quarter of that fiscal year (named by the year it
    ends in), when a contract period holds it."""
    found: list[tuple[int, int, Period | None]] = []
    for m in _SHORT_YEAR_PART_RE.finditer(text):
        year = _two_digit_year(int(m["yy"]), anchor_year)
        found.append((m.start(), m.end(),
                      _company_part(year, fiscal_start or 1, m["q"] or m["qn"], m["h"] or m["hn"])))
    return replace_spans(text, periods, found)


def company_parts(text: str, fiscal_start: int | None, fiscal_year: int
                  ) -> list[tuple[int, int, Period | None]]:
    """Bare "Q2", "H1", "the fourth quarter" in a release of a company whose fiscal year starts in
    ``fiscal_start`` and that reports on its fiscal ``fiscal_year`` (named by the calendar year it
    ends in): the company's quarter or half as a contract period (Infosys's Q2 of fiscal 2017, from
    April 2016: July-September, 2016-Q3; its H1, April-September: FY2016-H1), or None when none
    holds it (Brown-Forman's fourth quarter, February-April) or the release never says where the
    company's year starts (Dell's "fiscal 2024 fourth quarter": its months are not said)."""
    if fiscal_start is None:
        return [(m.start(), m.end(), None) for m in _BARE_COMPANY_PART_RE.finditer(text)]
    first = (fiscal_year - 1, fiscal_start) if fiscal_start != 1 else (fiscal_year, 1)
    out: list[tuple[int, int, Period | None]] = []
    for m in _BARE_COMPANY_PART_RE.finditer(text):
        if m.group(1) or m.group(3):
            n = int(m.group(1)) if m.group(1) else (ordinal_number(m.group(3)) or 0)
            period = own_part(_add_months(*first, 3 * (n - 1)), 3, fiscal_start)
        else:
            period = own_part(_add_months(*first, 6 * (int(m.group(2)) - 1)), 6, fiscal_start)
        out.append((m.start(), m.end(), period))
    return out


def _accounting_month(end: Period) -> tuple[int, int]:
    """The (year, month) an accounting period that ends on ``end`` closes. A company on a 52/53-week
    calendar ends its quarters and years on a weekday near a month's end, which may fall in the first
    days of the next month: "the third quarter ended April 1, 2023" is January-March, "fiscal year
    2024 ended February 4, 2024" is the year to January (as "ended January 28, 2024" is)."""
    if end.precision == "day" and end.start.day <= 7:
        return _add_months(end.start.year, end.start.month, -1)
    return end.start.year, end.start.month


def fiscal_periods(text: str, found: list[PeriodMatch], fiscal_start: int | None) -> list[FiscalPeriod]:
    """Company fiscal periods in an English sentence (see :class:`FiscalPeriod`).

    ``the fourth quarter ended January 26, 2025``: the three months to January 2025 (and the
    fiscal year starts in February); ``the second quarter of fiscal year 2025`` with a fiscal
    year starting in July: October-December 2024, ``2024-Q4``; ``fiscal 2025``: the company's
    FY2025. Fiscal years are named by the calendar year they end in, as US companies do.
    """
    out: list[FiscalPeriod] = []
    for p in found:
        if p.period.precision not in ("day", "month"):
            continue
        m = _QUARTER_ENDED_RE.search(text[max(0, p.start - 60):p.start])
        if m is None:
            continue
        start = max(0, p.start - 60) + m.start()
        end_y, end_m = _accounting_month(p.period)
        if m["what"].lower() == "quarter":
            first = _add_months(end_y, end_m, -2)
            learnt = None
            ordinal = m["ord"]
            if not ordinal:
                # "its second quarter of fiscal 2017, the quarter ended September 30, 2016": the
                # quarter named just before, in apposition
                named = _APPOSED_QUARTER_RE.search(text, 0, start)
                ordinal = named["ord"] if named else None
            if ordinal:
                n = ordinal_number(ordinal) or 0
                learnt = _add_months(end_y, end_m, 3 * (4 - n) + 1)[1]
            # (a quarter that is no calendar quarter, "the fourth quarter ended January 26, 2025", is the
            # company's own, FY2025-Q4, when its ordinal or the release says where the year starts)
            out.append(FiscalPeriod(start, p.end, own_part(first, 3, learnt or fiscal_start), False, learnt))
        elif m["what"].lower() == "year" and not m["ord"] and p.period.precision == "month" \
                and not _FULL_BEFORE_RE.search(text, max(0, start - 12), start) \
                and _prices_clause(text, start, p.end):
            # "prices increased 10.7 percent for the year ended September 2023": the month's (months_ended)
            continue
        else:
            learnt = end_m % 12 + 1
            # a year ended in December is the calendar year; one ended in March is Japan's fiscal
            # year, the contract's FY (Toyota's "fiscal year ended March 31, 2024" is FY2023)
            period = (period_of_year(end_y) if end_m == 12
                      else period_of_fiscal_year(end_y - 1) if end_m == 3 else None)
            company = period is None
            if period is None and (m["what"].lower().startswith("fiscal") or m[0][:6].lower() == "fiscal"
                                   or _FULL_BEFORE_RE.search(text, max(0, start - 12), start)):
                # "the fourth quarter and full year ended April 30, 2024", "fiscal year ended June 30,
                # 2024": the company's fiscal year named by the year it ends in (FY2024, May 2023 to
                # April 2024, read with its fiscal_year); a statistics office's "year ended September
                # 2016" stays twelve months no contract period holds
                period = period_of_fiscal_year(end_y)
            out.append(FiscalPeriod(start, p.end, period, company, learnt))
            paired = _QUARTER_AND_RE.search(text, max(0, start - 40), start)
            if paired:
                # "the fourth quarter and full year ended December 31, 2024": the quarter of that year
                n = ordinal_number(paired["ord"]) or 0
                first = _add_months(*_add_months(end_y, end_m, -11), 3 * (n - 1))
                out.append(FiscalPeriod(paired.start(), paired.end("q"),
                                        own_part(first, 3, learnt), False, learnt))
    taken = [(f.start, f.end) for f in out]
    start_month = fiscal_start or next((f.fiscal_start for f in out if f.fiscal_start), None)
    for m in _FISCAL_QUARTER_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        n = ordinal_number(m["ord"] or m["ord2"]) or 0
        period = None if start_month is None else _company_part(int(m["y"] or m["y2"]), start_month,
                                                                  str(n), None)
        out.append(FiscalPeriod(m.start(), m.end(), period))
        taken.append((m.start(), m.end()))
    for m in _FY_PART_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        # "Q4 FY24": the company's quarter, in its months when the document says where its year starts
        # (fiscal years named by the calendar year they end in), else no contract period holds it (it
        # is not Japan's fiscal quarter, the contract's FY)
        period = None if start_month is None else _company_part(
            _full_year(m["y1"] or m["y2"] or m["y3"]), start_month, m["q1"] or m["q2"] or m["q3"],
            m["h1"] or m["h2"] or m["h3"])
        out.append(FiscalPeriod(m.start(), m.end(), period))
        taken.append((m.start(), m.end()))
    for m in _FIRST_MONTHS_FY_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        # "the first six months of fiscal 2025": the company's half (three months: its first quarter; nine:
        # no contract period), never the whole fiscal year
        n = _MONTH_COUNTS.get(m["n"].lower().lstrip("0"), 0)
        year = _full_year(m["y"])
        period = None if start_month is None or n not in (3, 6) else _company_part(
            year, start_month, "1" if n == 3 else None, "1" if n == 6 else None)
        out.append(FiscalPeriod(m.start(), m.end(), period))
        taken.append((m.start(), m.end()))
    for m in _COMPANY_FY_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        year = int(m["y"]) if m["y"] else _full_year(m["yy"])
        out.append(FiscalPeriod(m.start(), m.end(), period_of_fiscal_year(year), True))
    out.sort(key=lambda f: f.start)
    return out
