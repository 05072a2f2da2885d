"""Tables inside text documents: the unit a table states (``単位：百万円``, ``in millions of
US$``), the cells of a row and the figures in them."""

from __future__ import annotations

import re
from dataclasses import replace

from shingi.ingest.labels import (
    _cjk,
)
from shingi.normalize.quantities import (
    QuantityMatch,
    find_quantities,
    is_currency,
    normalize_unit,
)
from shingi.normalize.text import COUNT_NOUNS_EN, is_count_noun

WRITTEN_SCALE_RE = re.compile(r"[万億兆]|(?i:thousand|million|billion|trillion|\d\s?(?:bn|mn|k|m|b)\b)")


#: the Japanese scale words and units a table's unit statement gives (「単位:千人」, 「(単位:戸、%)」), one
#: vocabulary for the table headers here and for a table set on one line (:func:`stated_units`)
_UNIT_SCALE_JA = r"千|万|百万|億|兆"
#: (倍: a ratio, 「有効求人倍率（倍）」, unit ``x``)
_UNIT_WORD_JA = r"人|円|ドル|戸|台|件|世帯|倍"
_TABLE_UNIT_RE = re.compile(
    rf"(?:単位\s*[:：]?\s*|[（(](?=\s*(?:{_UNIT_SCALE_JA})?\s*(?:{_UNIT_WORD_JA})\s*[)）]))"
    rf"({_UNIT_SCALE_JA})?\s*({_UNIT_WORD_JA}|%|％)"
    r"|[（(]\s*(%|％|percent|per\s+cent)\s*[)）]|[,、]\s*(%|percent)\s*$")
#: a bracket that says what its figures are, then their unit: 「(季調値・万人)」, 「(原数値 万人)」,
#: 「（季調値・%）」 (a 労働力調査 table's row labels: seasonally adjusted or not, and the unit after the
#: separator); the qualifier may have parts apart by ・ or 、 (「(季調値・パート・倍)」), and a per cent
#: sign, no word, may follow the last part with no separator (「(季調値・含パート%)」: 含パート, part-timers
#: included)
_QUALIFIER_PART = r"[一-龥ァ-ヺー]{1,8}"
_QUALIFIED_UNIT_RE = re.compile(
    rf"[（(]{_QUALIFIER_PART}(?:[・、]{_QUALIFIER_PART})*(?:[・\s、,]\s*|(?=[%％]))"
    rf"({_UNIT_SCALE_JA})?\s*({_UNIT_WORD_JA}|%|％)\s*[)）]")
_TABLE_UNIT_SCALE = {"千": 1e3, "万": 1e4, "百万": 1e6, "億": 1e8, "兆": 1e12}
_TABLE_UNIT_KIND = {"円": "JPY", "ドル": "USD", "%": "%", "％": "%", "倍": "x"}


#: English unit statements of a table: a currency with its scale ("(USD millions)", "$ million", "€m",
#: "KRW trillion", "(in millions of dollars)", "Units: £ billion") or counted things ("(number)",
#: "(thousand persons)", "('000 units)")
_EN_CURRENCY = (r"US\s?\$|A\$|C\$|HK\$|S\$|NT\$|\$|€|£|¥|₩|₹|(?:USD|EUR|GBP|JPY|KRW|CNY|INR|SGD|AUD|CAD|HKD"
                r"|NZD|CHF|RMB)(?![A-Za-z])|(?i:(?:US\s+|U\.S\.\s+)?dollars?|euros?|pounds?(?:\s+sterling)?|sterling"
                r"|yen|won|yuan|rupees?)(?![A-Za-z])")
_EN_SCALE = r"(?i:thousands?|millions?|billions?|trillions?|mn|mln|bn|trn|tn|k|m|b|'000s?|000s)(?![A-Za-z])"
_EN_UNIT_RE = re.compile(
    rf"(?:(?i:in|units?\s*:)\s+)?(?:(?P<s1>{_EN_SCALE})\s+of\s+(?P<c1>{_EN_CURRENCY})"
    rf"|(?P<c2>{_EN_CURRENCY})\s*(?P<s2>{_EN_SCALE})?|(?P<s3>{_EN_SCALE})\s+(?P<c3>{_EN_CURRENCY})"
    rf"|(?P<s4>{_EN_SCALE})?\s*(?:of\s+)?(?P<n>[A-Za-z]+))\s*")
#: where a title or header states its unit: in brackets, after "Unit(s):", after a title's last comma,
#: or as the whole (short) cell
_EN_UNIT_PLACE_RE = re.compile(r"[(（]([^()（）,;]{1,40})[,;)）]|(?<![A-Za-z])(?i:units?)\s*:\s*(.{1,40})$"
                               r"|,\s*([^,]{1,40})$")
_EN_UNIT_BRACKET_RE = re.compile(r"[(（]([^()（）,;]{1,40})[)）]")
_EN_SCALES = {"thousand": 1e3, "k": 1e3, "'000": 1e3, "000": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6,
              "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "trn": 1e12, "tn": 1e12}
PERCENT_WORD_RE = re.compile(r"%|(?<![A-Za-z])(?i:percent|per\s+cent|percentage\s+change)(?![A-Za-z])")


#: a count with its scale: "(Numbers in thousands)", "Number (thousands)"
_NUMBERS_IN_RE = re.compile(r"(?<![A-Za-z])(?i:numbers?\s*(?:in\s+|[(（]\s*)(thousands|millions))"
                            r"(?![A-Za-z])")


def _en_table_unit(text: str) -> tuple[str, float] | None:
    """The unit an English table title or header states (see ``_EN_UNIT_RE``): a currency
    with its scale, or a count ("number", or a count noun with its scale); None for anything else
    (a scale alone, "(In millions)", says no unit)."""
    text = text.strip()
    counted = _NUMBERS_IN_RE.search(text)
    if counted:
        return ("count", _EN_SCALES[counted.group(1).lower().rstrip("s")])  # "(Numbers in thousands)"
    places = [next(x for x in p.groups() if x is not None) for p in _EN_UNIT_PLACE_RE.finditer(text)]
    # a bracket at the end of the title's last part ("…, seasonally adjusted ($ million)") is read too
    places += [m.group(1) for m in _EN_UNIT_BRACKET_RE.finditer(text) if m.group(1) not in places]
    for place in places or ([text] if len(text) <= 40 else []):
        m = _EN_UNIT_RE.fullmatch(place.strip())
        if m is None:
            continue
        g = {k: v for k, v in m.groupdict().items() if v}
        currency = next((g[k] for k in g if k.startswith("c")), None)
        scale = next((g[k] for k in g if k.startswith("s")), None)
        factor = _EN_SCALES[scale.lower().rstrip("s")] if scale else 1.0
        if currency is not None:
            unit = normalize_unit(currency.replace(" ", ""))
            unit = unit if is_currency(unit) else normalize_unit(currency)
            if is_currency(unit):
                return (unit or "", factor)
        elif "n" in g and (g["n"].lower() in ("number", "numbers", *COUNT_NOUNS_EN)
                           or (scale is not None and is_count_noun(g["n"]))):
            return ("count", factor)
    if len(text) <= 40 and PERCENT_WORD_RE.search(text):
        return ("%", 1.0)  # a column headed "% change", "Percent change", "y/y %"
    return None


#: Plural nouns that name amounts of money or of trade, not counted things ("Total revenues", "Net
#: sales", "Non-energy industrial goods")
_MONEY_NOUNS = frozenset(str.split("""
    revenues sales earnings profits losses gains costs expenses expenditures assets liabilities prices
    receipts payments taxes wages salaries savings deposits loans reserves investments proceeds dividends
    margins returns flows funds borrowings charges incomes benefits fees rents exports imports equities
    securities outlays purchases spending goods services commodities
"""))


def counted_label(label: str) -> bool:
    """Whether a table row's label names counted things by its head noun ("Vehicle deliveries",
    "Number of dwellings"), not amounts of money ("Total revenues")."""
    words = re.findall(r"[A-Za-z]+", label)
    if not words:
        return False
    head = words[-1]
    if words[0].lower() == "number" and len(words) >= 3 and words[1].lower() == "of":
        head = words[2]
    if head == words[0] and head[1:].islower() and head.lower() in COUNT_NOUNS_EN:
        head = head.lower()  # a label's first word is capitalised: "Employees" (but "Wales" is a name)
    return head.islower() and head not in _MONEY_NOUNS and is_count_noun(head)


#: measures a bare scale does not count: money, output and physical units
_MEASURE_WORDS = frozenset(str.split("""
    value gdp output production income revenue revenues turnover sales tonnes tons tonne ton barrels
    hours litres liters metres meters kilometres kilometers hectares acres kilograms kg mwh gwh kwh
    dollars euros pounds yen won yuan francs rupees price prices index rate rates
"""))
_EN_UNIT_RE_CURRENCY = re.compile(_EN_CURRENCY)
#: a scale said alone, in brackets or after "in": "(in thousands)", "(thousands)", "In millions"
_BARE_SCALE_RE = re.compile(r"[(（]\s*(?i:in\s+)?(thousands|millions|['’]000s?)\s*[)）]"
                            r"|(?<![A-Za-z])(?i:in\s+)?(thousands|millions)\s*$")


#: a scale a table's title states alone for its cells: "(in thousands)", "('000)", "… in thousands"
_TITLE_SCALE_RE = re.compile(r"[(（]\s*(?i:in\s+)?(?:thousands|millions|['’]000s?)\s*[)）]"
                             r"|(?<![A-Za-z])(?i:in\s+)(?:thousands|millions)\s*$")


def title_scale(text: str) -> str | None:
    """The scale an English table's title states alone for every cell ("Labour force characteristics (in
    thousands)", "Employed persons ('000)"): its words, for :func:`counted_column` to read with each row's
    label; None for anything else (a currency's scale, "$ millions", is :func:`table_unit`'s)."""
    if len(text) > 120 or _cjk(text):
        return None
    m = _TITLE_SCALE_RE.search(text)
    return m.group(0) if m is not None else None


def counted_column(header: str) -> tuple[str, float] | None:
    """A column headed by counted things and a scale alone ("Job openings Aug. 2008 Levels (in
    thousands)", "Hires (thousands)"): counts, in thousands. A scale with no currency counts things,
    as a bare number written with a scale word does in prose; money always names its currency."""
    m = _BARE_SCALE_RE.search(header)
    if m is None or _cjk(header):
        return None
    words = re.sub(r"[(（][^()（）]*[)）]", " ", header)
    words = " ".join(w for w in re.findall(r"[A-Za-z]+", words[:m.start()])
                     if w.lower() not in ("levels", "level", "number", "total"))
    scale = (m.group(1) or m.group(2)).lower().rstrip("s")
    # ("Employed persons ('000)": thousands, as the ABS and Stats NZ head their columns)
    factor = 1e3 if scale.endswith("000") else _EN_SCALES[scale]
    for k in range(len(words.split()), 0, -1):  # the words before the header's periods
        head = " ".join(words.split()[:k])
        if counted_label(head.lower()):
            return ("count", factor)
    named = {w.lower() for w in words.split()}
    if named and named.isdisjoint(_MONEY_NOUNS | _MEASURE_WORDS) and not _EN_UNIT_RE_CURRENCY.search(header):
        # "Employment September 2025 thousands": a scale over a measure that names no money and no
        # unit of measure counts people or things
        return ("count", factor)
    return None


def unit_statement(text: str) -> bool:
    """Whether a bracket of a header only states a unit or a scale: （万人）, (%), "(in thousands)"."""
    return table_unit(text) is not None or bool(_BARE_SCALE_RE.search(text))


def table_unit(text: str) -> tuple[str, float] | None:
    """The unit a table's title or column header states: (unit, factor), e.g. 単位 千人 ->
    ("count", 1000), "…, %" or 増減率（%） -> ("%", 1), "(USD millions)" -> ("USD", 1e6)."""
    m = _TABLE_UNIT_RE.search(text) or _QUALIFIED_UNIT_RE.search(text)
    if m is None:
        return None if _cjk(text) else _en_table_unit(text)
    if m.group(2):
        return (_TABLE_UNIT_KIND.get(m.group(2), "count"), _TABLE_UNIT_SCALE.get(m.group(1) or "", 1.0))
    return ("%", 1.0)


#: a statistics table's flag after a number: provisional, revised, estimated, forecast ("281,373p",
#: "0.3r", "2.1e", "1.8 (r)", "280,100 [r]", "63,200*")
_CELL_FLAG_RE = re.compile(r"(?<=\d)(?:\s?[prefu]|\s?\([prefu]\)|\s?\[[prefu]\]|\s?\*{1,3})\s*$")
#: a number whose thousands are set apart by spaces ("282 000"), alone in its cell
_SPACED_THOUSANDS_RE = re.compile(r"\s*[-$£€¥]?\d{1,3}(?: \d{3})+(?:\.\d+)?\s*%?\s*")
#: an amount in brackets, alone in its cell: the accountant's negative ("(0.4)", "(1,234)")
_BRACKETED_NEGATIVE_RE = re.compile(r"\s*\(\s*[$£€¥]?\d[\d,]*(?:\.\d+)?\s*%?\s*\)\s*")


def _plain_cell(cell: str) -> str:
    """A table cell's number as the number reader reads it, at the same offsets: a flag after it is
    blanked ("281,373p", "1.8 (r)"), thousands set apart by spaces are joined ("282 000"), and an
    amount in brackets is negative, as accountants and statisticians write it ("(0.4)")."""
    flag = _CELL_FLAG_RE.search(cell)
    if flag:
        cell = cell[:flag.start()] + " " * (flag.end() - flag.start())
    if _SPACED_THOUSANDS_RE.fullmatch(cell):
        cell = re.sub(r"(?<=\d) (?=\d{3})", ",", cell)
    if _BRACKETED_NEGATIVE_RE.fullmatch(cell):
        cell = cell.replace("(", "-", 1).replace(")", " ", 1)
    return cell


def cell_spans(text: str, cells: list[str]) -> list[tuple[int, int] | None]:
    """Where each cell of a table row stands in the row's text (None for an empty cell)."""
    out: list[tuple[int, int] | None] = []
    pos = 0
    for cell in (c.strip() for c in cells):
        at = text.find(cell, pos) if cell else -1
        if at < 0:
            out.append(None)
            continue
        pos = at + len(cell)
        out.append((at, pos))
    return out


def cell_quantities(text: str, cells: list[str],
                     period_spans: list[tuple[int, int]] | None) -> list[QuantityMatch]:
    """The amounts of a table row, read cell by cell: a number is its cell's, so "Energy | 3.9"
    is 3.9 in the row of Energy, not a version of a name (as "PLaMo 2.2" in prose)."""
    out: list[QuantityMatch] = []
    for cell, span in zip((c.strip() for c in cells), cell_spans(text, cells), strict=True):
        if span is None:
            continue
        at, pos = span
        spans = None if period_spans is None else [(a - at, b - at) for a, b in period_spans
                                                    if at <= a and b <= pos]
        out.extend(replace(q, start=q.start + at, end=q.end + at)
                   for q in find_quantities(_plain_cell(cell), spans))
    return out if out or not cells else find_quantities(text, period_spans)


def _scaled(q: QuantityMatch, factor: float) -> QuantityMatch:
    """A currency amount written without a scale word, in a section whose amounts are in millions
    (or thousands ...): the section's factor applies (「$ 33,055」 under "In millions" is $33.055 bn)."""
    if not is_currency(q.quantity.unit) or WRITTEN_SCALE_RE.search(q.text):
        return q
    return replace(q, quantity=replace(q.quantity, value=q.quantity.value * factor))


#: 「(単位:%)」, 「(単位:戸、%)」 inside a sentence: a table set on one line (its title, headers and rows run
#: together, as a PDF's text layer or a transcript gives it); a second unit after 、 is the bracketed cells'
_STATED_UNIT_RE = re.compile(rf"単位\s*[:：]\s*({_UNIT_SCALE_JA})?\s*({_UNIT_WORD_JA}|%|％)"
                             r"(?:\s*[、,]\s*(%|％))?\s*[)）]")
_CELL_OPEN_RE = re.compile(r"[(（]\s*[△▲]?\s*$")
_CELL_CLOSE_RE = re.compile(r"\s*[)）]")


def stated_units(text: str, quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """Numbers with no unit after a unit statement of the same sentence take its unit: 「1年後の物価の見通し
    … (単位:%) … 1月調査 3.7 4.7 89.4 2.2」 are percentages (were no figures), 「(単位:戸、%) … 7月 13,031 …
    ( 25.9 )」 counts dwellings and, in brackets, their change in % (the statistics tables' way of pairing
    a level with its rate). The statement governs what follows it, as a title governs its table."""
    m = _STATED_UNIT_RE.search(text)
    if m is None:
        return quantities
    first = (_TABLE_UNIT_KIND.get(m.group(2), "count"), _TABLE_UNIT_SCALE.get(m.group(1) or "", 1.0))
    out: list[QuantityMatch] = []
    for q in quantities:
        if q.quantity.unit is None and q.start >= m.end():
            bracketed = bool(_CELL_OPEN_RE.search(text, max(0, q.start - 5), q.start)
                             and _CELL_CLOSE_RE.match(text, q.end))
            unit, factor = ("%", 1.0) if bracketed and m.group(3) else first
            q = replace(q, quantity=replace(q.quantity, unit=unit, value=q.quantity.value * factor))
        out.append(q)
    return out


#: a header that pairs a rate with its contribution in brackets: 「前年同月比(寄与度)」, 「伸び率（寄与度）」
PAIRED_CONTRIBUTION_RE = re.compile(r"(?:比|率)\s*[(（]\s*寄与度\s*[)）]")
_OPENING_RE = re.compile(r"\s?[(（]\s?")


def bracketed_contributions(text: str, quantities: list[QuantityMatch]) -> list[QuantityMatch]:
    """Under a header 「前年同月比(寄与度)」, a cell 「4.4%(0.09)」 holds the rate and, in brackets, its
    contribution to the total's change: the bracketed bare number is in percentage points."""
    out: list[QuantityMatch] = []
    prev: QuantityMatch | None = None
    for q in quantities:
        if q.quantity.unit is None and prev is not None and prev.quantity.unit == "%" \
                and _OPENING_RE.fullmatch(text, prev.end, q.start) and text.startswith((")", "）"), q.end):
            q = replace(q, quantity=replace(q.quantity, unit="pp"))
        out.append(q)
        prev = q
    return out
