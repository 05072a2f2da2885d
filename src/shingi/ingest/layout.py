"""The layout of tables set in plain text: lines of aligned cells and one cell a line, turned into
table rows (role ``row``, cells apart by tabs) that the extractor reads as it reads a Markdown or
HTML table.

Statistics releases print most of their figures in tables, and their text (a PDF's text layer, a
release kept as plain text) keeps a table's layout only as spacing:

- **Aligned cells**: a header line of periods or measures (``2024年  2025年  前年比``, ``Sep 2025
  Oct 2025  % change``), then one line per row: a label and as many numbers as the header has
  columns (``就業者数   6,812   32   0.5``). Cells are apart by two or more spaces (or a tab, or a
  full-width space); in Japanese, where words are not set apart by spaces, by one space too.
- **One cell a line** (what a PDF's text layer gives for many tables): the header's cells on lines
  of their own, then a row's label and its numbers each on a line of its own (row by row), or every
  row's label followed by every column's numbers (column by column), when the counts agree exactly.
- **One cell a paragraph** (a web page's table saved as text: each cell a paragraph of one to three
  lines, blank lines between): some header cells, then rows of a label and as many numbers (or marks
  for no value) as there are header cells; taken only with two rows or more whose counts agree exactly.
- **Series as columns** (a Japanese summary: 「月次 生産 出荷 在庫 在庫率」): three or more short words,
  taken only over rows whose label is a measure (前月比, 季調済指数).
- **Drawn with |** (US agencies' text releases): header lines stacked, a section's label naming the
  rows after it; a line whose first character is ``|`` is a Markdown row, left to that reader.

Otherwise a table is taken only when its header is one (two or more cells, each a period or a measure word:
前年同月比, 寄与度, 構成比, 実数, "% change", "Level") and a row under it has exactly as many numbers as
the header has columns: a line of numbers in prose (``1 091 150人``) or a list of figures is left
alone. A row's place is its label's line; the cells of an aligned row keep their columns (a gap's
first space becomes the tab), so quotes and spans still point at the text as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import pairwise

from shingi.ingest.readers import TextLine
from shingi.ingest.text_tables import table_unit
from shingi.normalize.periods import Period, find_periods
from shingi.normalize.text import normalize

#: How many lines a table's rows are looked for after its header (the lines are held meanwhile).
LOOKAHEAD = 400

#: Words that head a column of measures rather than of periods (対全国比, 全国比: a region's figure as a share
#: of the nation's, a ratio as 構成比 is one of the table's total)
_MEASURE_RE = re.compile(
    r"(?:対?前(?:年|年同月|年同期|年度|月|期|四半期)(?:比|差|増減率?)|増減率?|伸び?率|寄与度|構成比|対?全国比|実数|指数|原数値"
    r"|季節調整値|変化率|上昇率|増加率|割合|当月|当期|前月|前年同月|前年|前年度|平均|年平均|合計|総数|計)"
    r"(?:\s*[(（][^()（）]{1,12}[)）])?"
    r"|(?i:(?:(?:monthly|quarterly|annual)\s+)?(?:percent(?:age)?\s+|%\s*)?change(?:\s+from)?:?|level|index"
    r"|change\s+on\s+(?:the\s+)?(?:previous\s+)?(?:month|quarter|year)|number|rate|share|contribution"
    r"|thousands|millions|y/y|m/m|q/q|yoy|annual\s+%|monthly\s+%)"
    r"(?:\s*[(（][^()（）]{1,20}[)）])?")
#: A month or quarter without its year in a header: 10月, Sep, Q3
_MONTH = r"(?i:jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)\.?"
_BARE_PERIOD_RE = re.compile(rf"\d{{1,2}}月|{_MONTH}(?:\s?[-–]\s?{_MONTH})?"
                             r"|(?i:q[1-4])|\d{1,2}[~～-]\d{1,2}月期?")
#: A footnote mark after a header cell: 2023 p, 2022年 1), 2024年(r)
#: (a leading run of spaces is tried from its first space only: linear with sub on a long line)
_HEADER_MARK_RE = re.compile(r"(?:(?<!\s)|(?!\s))\s*"
                             r"(?:\d\)|(?<=\d)\s?[preR]|[(（][prePR][)）]|\*{1,3}|注\d?)$")
#: A number alone in its cell: a sign (△ ▲ are the Japanese minus), digits, a % or a flag after it;
#: or a mark for "no value"
_NUMBER = r"[△▲+\-−]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?[%％]?(?:[prefu*]|\([prefu]\))?"
_NO_VALUE = r"[-‐―—…x×X*]|\.\.|n\.?a\.?|NA|-{2,}"
_CELL_NUMBER_RE = re.compile(rf"(?:{_NUMBER}|{_NO_VALUE})")
_NUMBER_RE = re.compile(_NUMBER)
#: the numbers at the end of a line, each apart from the one before by a space or more
_NUMBER_TAIL_RE = re.compile(rf"(?:(?<=\s)|^)(?:{_CELL_NUMBER_RE.pattern})"
                             rf"(?:\s+(?:{_CELL_NUMBER_RE.pattern}))*\s*$")
#: a header's cell that states the column's unit: （万人）, (%), (円), ("000), (US$ million)
_UNIT_CELL_RE = re.compile(r"[(（][^()（）]{1,16}[)）]")
#: a row of index levels under a header of series: 「季調済指数」, 「原指数」
_INDEX_LABEL_RE = re.compile(r"指数(?:\s*[(（][^()（）]{1,12}[)）])?$")
_LEADER_RE = re.compile(r"[:：…]+")
#: the dots that lead a row's label to its numbers: "Employed................  161,700"
_DOT_LEADERS_RE = re.compile(r"(?<=\S)(?<!\.\.)\.{2,}(?=\s|$)")
#: years (or fiscal years) at the end of a header line, each apart from the next by a space
_PERIOD_TOKEN = r"(?:FY\s?)?(?:19|20)\d{2}(?:/\d{2})?[pre]?"
_PERIOD_TOKEN_RE = re.compile(_PERIOD_TOKEN)
_PERIOD_TAIL_RE = re.compile(rf"(?<=\s){_PERIOD_TOKEN}(?:\s+{_PERIOD_TOKEN})+\s*$")
_GAP_RE = re.compile(r"\t|\u3000+|\s{2,}")
_SPACES_RE = re.compile(r"\s+")  # (in Japanese text any space parts cells)
#: a footnote's number before a row's values ("Food 17 130.8 132.4"), the values decimal
_FOOTNOTE_NUMBER_RE = re.compile(r"\d{1,2}")
_DECIMAL_RE = re.compile(r"[.,]")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


#: a decimal point set as 「。」 (what a Japanese PDF's text layer gives for its 「．」), perhaps a space
#: after it, in a rate: 「1。 0%」, 「2。4ポイント」 (no sentence opens with a figure's decimals and unit)
_STOP_DECIMAL_RE = re.compile(r"(?<![\d,.])(\d{1,3})。(\s?)(\d{1,2})(?=[%％]|ポイント)")


def _decimal_point(m: re.Match[str]) -> str:
    """「1。 0」 as 「1.0 」: the decimal point restored, the space moved after the number (offsets kept)."""
    return f"{m[1]}.{m[3]}{m[2]}"


#: characters no header's period has: amounts, clauses, dates written with slashes
_NOT_IN_PERIOD = frozenset(":：、。,/億万兆円%％$€£")


def header_cell(cell: str) -> bool:
    """Whether a cell heads a column of a statistics table: a period (2024年, 2024年度, Q3 2025, "Sep
    2025", 令和6年, 10月, Sep) or a measure (前年同月比, 寄与度, 構成比, "% change", "Level")."""
    if not cell or len(cell) > 40:
        return False
    cell = _HEADER_MARK_RE.sub("", normalize(cell).strip()).strip()
    if not cell or len(cell) > 30:
        return False
    if _BARE_PERIOD_RE.fullmatch(cell) or _MEASURE_RE.fullmatch(cell):
        return True
    if not any(ch.isdigit() for ch in cell) and "元年" not in cell:
        return False  # (every other period has a digit: the cheap test first)
    if len(cell) > 24 or any(ch in _NOT_IN_PERIOD for ch in cell):
        return False  # (「2020/05: Rapidus 7,365億円」: an amount or a clause, no period alone)
    found = find_periods(cell)
    if found and found[0].start == 0 and found[-1].end >= len(cell) - 1:
        return True
    if found and found[0].start == 0:
        rest = cell[found[-1].end:].strip(" 　・,、")
        return bool(_MEASURE_RE.fullmatch(rest)) or rest in ("分", "平均", "計", "年計", "average", "total")
    return False


def _split(text: str, cjk: bool) -> list[tuple[int, int]]:
    """The cells of a line, as spans: apart by a gap of two or more spaces (a tab, a full-width
    space); in Japanese text, by any space."""
    gap = _SPACES_RE if cjk else _GAP_RE
    out: list[tuple[int, int]] = []
    pos = len(text) - len(text.lstrip())
    for m in gap.finditer(text, pos):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text.rstrip()):
        out.append((pos, len(text.rstrip())))
    return out


def _header(text: str) -> list[tuple[int, int]] | None:
    """The cells of a header line (the label column's cell, if any, first), or None."""
    if any(ch.isdigit() for ch in text) and _NUMBER_TAIL_RE.search(text) \
            and not find_periods(normalize(text)):
        return None
    tail = _PERIOD_TAIL_RE.search(text)
    if tail is not None and tail.start() > 0 and any(ch.isalpha() for ch in text[:tail.start()]):
        # "Products and product groups 2012 2013 2014 2015 2016": a stub, then years apart by one space
        start = len(text) - len(text.lstrip())
        years = [(m.start(), m.end()) for m in _PERIOD_TOKEN_RE.finditer(text, tail.start())]
        return [(start, tail.start() - 1), *years]
    if not _GAP_RE.search(text.strip()) and not (_CJK_RE.search(text) and " " in text.strip()):
        return _spaced_periods(text)  # (one cell, unless periods apart by one space)
    for cjk in ((False, True) if _CJK_RE.search(text) else (False,)):
        spans = _split(text, cjk)
        cells = [text[a:b] for a, b in spans]
        heads = [header_cell(c) for c in cells]
        if sum(heads) < 2:
            continue
        if all(heads) or (all(heads[1:]) and not heads[0] and not _NUMBER_RE.fullmatch(cells[0])):
            if cjk and any(len(c) > 12 for c in cells):
                continue  # (a sentence, not cells)
            return spans
    return None


#: two years on a line: what a header of periods set apart by one space has ("May 2014 Jun 2014")
_TWO_YEARS_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d).*?(?<!\d)(?:19|20)\d{2}(?!\d)")


def _spaced_periods(text: str) -> list[tuple[int, int]] | None:
    """A header of periods apart by one space, as a web page's table copied as text sets it ("May 2014 Jun
    2014 % change", "Jan-Mar 2019 Oct-Dec 2018", "Employment Sep 2019 Aug 2019"): a stub (the label
    column's cell) may come first and a measure ("% change") last; every other character is a period's or
    the space between two. None for anything else (a sentence has words between its periods)."""
    if len(text) > 120 or _CJK_RE.search(text) or not _TWO_YEARS_RE.search(text) \
            or text.rstrip().endswith((".", ",", ";", ":")) or normalize(text) != text:
        return None
    end = len(text.rstrip())
    words = [m.start() for m in re.finditer(r"(?<=\s)\S", text)]
    measure = None
    for start in reversed(words[-3:]):
        if _MEASURE_RE.fullmatch(text[start:end]):
            measure = (start, end)
    found = [(p.start, p.end) for p in find_periods(text[:measure[0] if measure else end])]
    if len(found) < 2 or any(text[b:c].strip() for (_, b), (c, _) in pairwise(found)):
        return None
    if text[found[-1][1]:measure[0] if measure else end].strip():
        return None
    lead = len(text) - len(text.lstrip())
    stub = text[lead:found[0][0]].rstrip()
    if stub and (not any(ch.isalpha() for ch in stub) or stub[-1].isdigit()):
        return None
    return [*([(lead, lead + len(stub))] if stub else []), *found, *([measure] if measure else [])]


def _row(text: str) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """A table row of aligned cells: its label's span and the spans of the numbers after it."""
    body = _DOT_LEADERS_RE.sub(lambda d: " " * len(d.group(0)), text.rstrip())
    m = _NUMBER_TAIL_RE.search(body)
    if m is None:
        return None
    label = body[:m.start()].strip()
    if not label or not any(ch.isalpha() for ch in label) or label[-1] in "、,。:：":
        return None
    nums: list[tuple[int, int]] = []
    for c in _CELL_NUMBER_RE.finditer(body, m.start()):
        cell = c.group(0)
        if cell.strip():
            lead = len(cell) - len(cell.lstrip())
            nums.append((c.start() + lead, c.start() + len(cell.rstrip())))
    start = len(text) - len(text.lstrip())
    return (start, start + len(label)), nums


def _tabbed(text: str, spans: list[tuple[int, int]]) -> str:
    """The line with the first character of each gap between cells made a tab (offsets kept)."""
    chars = list(text)
    for (_, end), (nxt, _) in pairwise(spans):
        if end < nxt:
            chars[end] = "\t"
    return "".join(chars)


def table_lines(lines: Iterable[TextLine]) -> Iterator[TextLine]:
    """The document's lines with the tables set in plain text made rows (see the module docstring);
    every other line is handed on as it came."""
    it = iter(lines)
    held: deque[TextLine] = deque()
    stated: set[int] = set()  # (the years of four digits the lines so far state: an era-less header's anchor)
    md_label = ""  # (the label of the last Markdown row: a row of bracketed numbers under it is its)
    while True:
        line = held.popleft() if held else next(it, None)
        if line is None:
            return
        if line.role != "text" or not line.text.strip():
            yield line
            continue
        text = line.text
        if "。" in text and _STOP_DECIMAL_RE.search(text):
            # 「前年同月比1。 0%減少」: a PDF's decimal point set as the full stop (its font's 「．」)
            text = _STOP_DECIMAL_RE.sub(_decimal_point, text)
            line = TextLine(line.line, text, line.col, line.page, line.role)
        if "単位" in text and _UNIT_NOTE_RE.fullmatch(text.strip()) \
                and (listed := _unit_list(line, _filled(held, it))) is not None:
            yield from listed[0]  # (「(単位:千円)」 over lines of a label and its amount)
            for _ in range(listed[1]):
                held.popleft()
            continue
        if "単位" in text and (run := run_table(line)) is not None:
            yield from run  # (a table run into one line after its unit note)
            continue
        if _BROKEN_HEADER_START_RE.search(text):
            while len(held) < _BROKEN_LOOKAHEAD and (nxt := next(it, None)) is not None:
                held.append(nxt)
            if (broken := _broken_header(line, list(held))) is not None:
                out, used = broken
                yield from out
                for _ in range(used):
                    held.popleft()
                continue
        if _FULL_YEAR_RE.search(text):
            stated.update(int(m[1]) for m in _FULL_YEAR_RE.finditer(text))
        if text.lstrip().startswith("|") and ("(" in text or "（" in text):
            cells = _md_cells(text)
            numbers = bracket_row(cells) if cells else None
            if numbers is not None:
                # 「| (30.0) | (42.4) | … |」 under 「| 全産業 | ▲ 53.0 | … |」: the row above's figures of
                # another kind, which the table's note names (「( )の値は、季節調整値」); without a note
                # naming them, or for levels, the line is dropped (its brackets were read as negatives, one
                # column off)
                while len(held) < LOOKAHEAD and (nxt := next(it, None)) is not None:
                    held.append(nxt)
                what = bracket_note(held) if md_label else None
                if what is not None:
                    cells = [f"{md_label} ({what})", *numbers]
                    yield TextLine(line.line, "\t".join(cells), line.col, line.page, "row")
                continue
        if text.lstrip().startswith("|"):
            cells = _md_cells(text)
            if cells and not _CELL_NUMBER_RE.fullmatch(cells[0]) and not cells[0].startswith(("(", "（")):
                md_label = cells[0]
        # a header of years over yearless periods: a Markdown one (its years perhaps era-less), or one as text
        years_reader = (partial(_md_years_header, stated=stated)
                        if text.lstrip().startswith("|") and "年" in text and _ERA_LESS_YEAR_RE.search(text)
                        else _years_table if _YEARS_LINE_RE.fullmatch(text) else None)
        if years_reader is not None and text.lstrip().startswith("|") \
                and _PERIOD_CELL_RE.match(text.lstrip(" |")):
            # (「| 2015年2月 | 2014年10-12月期 | 2014年 |」 over 「| 前月比 | 前年同月比 | 前期比 |」)
            years_reader = partial(_md_periods_over_changes, otherwise=years_reader)
        if years_reader is not None:
            while len(held) < LOOKAHEAD and (nxt := next(it, None)) is not None:
                held.append(nxt)
            if (years := years_reader(line, list(held))) is not None:
                out, used = years
                yield from out
                for _ in range(used):
                    held.popleft()
                continue
        # a table drawn with | (a Markdown row starts with one, and is the Markdown reader's)
        ruled = text.count("|") >= 2 and (not text.lstrip().startswith("|") or text[:1].isspace())
        if ruled and _CJK_RE.search(text):
            if not held and (nxt := next(it, None)) is not None:
                held.append(nxt)
            if held and _MD_RULE_RE.fullmatch(held[0].text.strip()) \
                    and (grouped := _md_grouped(line, _filled(held, it))) is not None:
                yield from grouped[0]  # (a Markdown header in two levels over rows one cell a line)
                for _ in range(grouped[1]):
                    held.popleft()
                continue
        if _UNIT_ALONE_RE.fullmatch(text.strip()):
            held_list = _filled(held, it)
            paired = _units_before_numbers([line, *held_list])
            if paired:
                # 「千人 / 36,938 / % / 4.6 / 億円 / 1,299,070」: a table's first row set one cell a line,
                # each cell's unit on the line before it (units head the columns); run into a sentence, each
                # unit went to the number before it (「36,938 %」). Which column each is in only the header
                # could say (its labels broken over lines): the numbers are not read
                for x in [line, *held_list][:paired]:
                    yield TextLine(x.line, "", x.col, x.page, "blank")
                for _ in range(paired - 1):
                    held.popleft()
                continue
        # (「令和3年分 / 令和4年分 / 対前年比」 a line each, over items whose numbers stand on one line)
        if _YEAR_PART_CELL_RE.fullmatch(text.strip()) \
                and (items := _year_columns_items(line, _filled(held, it))) is not None:
            yield from items[0]
            for _ in range(items[1]):
                held.popleft()
            continue
        spans = _header(text)
        series = _series_header(text) if spans is None and not ruled else None
        headed = not ruled and spans is None and series is None and header_cell(text)
        paragraphs = not ruled and spans is None and series is None and not headed \
            and _cell_paragraph_start(text)
        words = not ruled and not headed and _word_header(text)
        if not ruled and spans is None and series is None and not headed and not paragraphs and not words:
            yield _without_label_runs(line)
            continue
        while len(held) < LOOKAHEAD and (nxt := next(it, None)) is not None:
            held.append(nxt)  # (a header: its rows are looked for in the lines after it)
        # (periods down: a header of words over its units is this layout's before it is another's)
        rows = _period_rows(line, list(held)) if words else None
        if rows is None and paragraphs:
            # (a short line that may open a table set one cell a paragraph: looked at without a copy)
            rows = _cell_paragraphs(line, held)
        elif rows is None:
            rows = _table_after(line, ruled, series, spans, list(held))
        if rows is None and words:
            rows = _grouped(line, list(held))
        if rows is None and headed and (block := _cell_block(line, held)) \
                and (summed := _levels_and_changes(line, [held[i] for i in range(block)])) is not None:
            yield from summed  # (a header of levels and changes whose order the table's own sums show)
            for _ in range(block):
                held.popleft()
            continue
        if rows is None and headed and (block := _cell_block(line, held)):
            # a table set one cell a line whose cells do not fit its header (a header set in several
            # levels, a cell lost): its bare numbers, whose unit and period only their column would give,
            # are not read (run together into a line they were read one column off); a cell that states its
            # own unit (「105.7%」) stays as it was
            yield line
            for _ in range(block):
                x = held.popleft()
                yield x if _number_cell(x) is None or _UNIT_MARK_RE.search(x.text) else \
                    TextLine(x.line, "", x.col, x.page, "blank")
            continue
        if rows is None and ruled and _orphan_ruled_row(text):
            # 「生産能力 | 94.3 | 0.0 | -0.1 |」 after a table of five columns: a row that lost cells, which
            # no reader takes; its bare numbers, whose column only the header would give, are not read
            yield TextLine(line.line, "", line.col, line.page, "blank")
            continue
        if rows is None:
            yield _without_label_runs(line)
            continue
        out, used = rows
        yield from out
        for _ in range(used):
            held.popleft()


#: a column's year of a Japanese return or survey, 「令和3年分」, 「2021年分」 (分: the part for that year)
_YEAR_PART_CELL_RE = re.compile(r"(?:(?:令和|平成|昭和)(?:\d{1,2}|元)|(?:19|20)\d{2})\s?年分")
#: a column of changes on the year before, a level's ratio or its difference: 対前年比, 前年比, 前年対比,
#: 増減率
_YEAR_CHANGE_CELL_RE = re.compile(r"対?前年(?:対)?比|前年差|増減率|増減")
#: of those, a ratio of the level to the year before's (対前年比 109.0: 9.0 % more), not a change
_YEAR_RATIO_CELL_RE = re.compile(r"対?前年(?:対)?比")
#: a note's mark, an item's number or a stray number alone on its line: 「(注1)」, 「7」, 「(21)」
_ITEM_NOISE_RE = re.compile(r"[(（]\s?注\s?\d{0,2}\s?[)）]|\d{1,3}|[(（]\d{1,3}[)）]")
#: the units an item's label lines state for its columns: 「億円 億円」, 「万円 万円」, 「ポイント」
_ITEM_UNIT_RE = re.compile(r"(?<![一-龥ぁ-んァ-ヶー])"
                           r"(億円|万円|千円|百万円|円|千人|万人|人|件|%|％|ポイント)(?![一-龥ぁ-んァ-ヶー])")
_OUTER_MARK = "外"
#: an item that is a share: 「課税割合」, 「完全失業率」 (not 「有効求人倍率」, a ratio in 倍)
_RATE_LABEL_RE = re.compile(r"(?:割合|(?<!倍)率)$")
#: an item that counts persons or cases: 「被相続人数」, 「…の納税者である相続人数」,
#: 「被相続人数(死亡者数)」, 「件数」
_COUNT_LABEL_RE = re.compile(r"(?:人|者|(件))数(?:[(（][^()（）]*[)）])?$")


#: a line of a label and one amount: 「金地金 441,253,409」, 「国債*1 68,409,011,583」, 「雑勘定9 640,609」
_LABEL_AMOUNT_RE = re.compile(r"(?P<label>\S(?:.*\S)?)\s+"
                              r"(?P<number>[△▲\-−]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*")
#: a footnote's mark after a label: 「*1」, 「*3,5」, a number glued to its last word (「雑勘定9」, 「現金3」)
_LABEL_NOTE_RE = re.compile(r"(?<=[^\d\s*＊※])\s?[*＊※]?\d{1,2}(?:,\d{1,2})*$")


def _unit_list(note: TextLine, ahead: list[TextLine]) -> tuple[list[TextLine], int] | None:
    """「(単位:千円)」 alone on its line, perhaps a line or two of column words (「資 産 負債および純資産」),
    then three lines or more each a label and one amount (「金地金 441,253,409」): a table of two columns
    whose unit is stated once for the whole table (a balance sheet, a budget's summary, as a page's text
    gives them). The note is made the table's header (its unit every cell's) and each line a row of its
    label and its amount; a footnote's mark after a label (「国債*1」, 「雑勘定9」) is blanked (it was
    read as a figure). Not taken when a label is a period (a series down the lines is another table's
    layout), nor when a label is prose (a stop, a comma) or states a rate (%)."""
    k = 0
    while k < len(ahead) and k < 2 and ahead[k].role == "text" and ahead[k].text.strip() \
            and len(ahead[k].text.strip()) <= 40 and not any(ch.isdigit() for ch in ahead[k].text):
        k += 1
    words = k
    rows: list[TextLine] = []
    while k < len(ahead) and ahead[k].role == "text":
        x = ahead[k]
        m = _LABEL_AMOUNT_RE.fullmatch(x.text) if len(x.text) <= 80 else None
        if m is None:
            break
        note_mark = _LABEL_NOTE_RE.search(m["label"])
        label = m["label"][:note_mark.start()] if note_mark is not None else m["label"]
        if find_periods(normalize(label)):
            return None
        if not _CJK_RE.search(label) or len(label) > 40 or any(c in label for c in "。、,:：%％"):
            break
        chars = list(x.text)
        if note_mark is not None:
            a = m.start("label") + note_mark.start()
            chars[a:m.start("label") + note_mark.end()] = " " * (note_mark.end() - note_mark.start())
        gap = m.end("label")
        chars[gap] = "\t"
        rows.append(TextLine(x.line, "".join(chars), x.col, x.page, "row"))
        k += 1
    if len(rows) < 3:
        return None
    blanks = [TextLine(x.line, "", x.col, x.page, "blank") for x in ahead[:words]]
    return [TextLine(note.line, note.text, note.col, note.page, "row"), *blanks, *rows], k


#: a unit alone on its line: 「千人」, 「%」, 「億円」
_UNIT_ALONE_RE = re.compile(r"(?:千|万|百万|億|兆)?(?:人|円|件|世帯|社)|[%％]")


def _units_before_numbers(lines: list[TextLine]) -> int:
    """How many lines from the first are a run of a unit alone on a line then a number alone on the next,
    three such pairs or more (0 when fewer): a table's cells with their units over them, one a line."""
    k = 0
    while k + 1 < len(lines) and lines[k].role == "text" and lines[k + 1].role == "text" \
            and _UNIT_ALONE_RE.fullmatch(lines[k].text.strip()) \
            and _CELL_NUMBER_RE.fullmatch(t := lines[k + 1].text.strip()) and any(c.isdigit() for c in t):
        k += 2
    return k if k >= 6 else 0


def _year_columns_items(first: TextLine, ahead: list[TextLine]) -> tuple[list[TextLine], int] | None:
    """A Japanese table of returns whose columns are years set a line each (「令和3年分」, 「(注1)」,
    「令和4年分」, 「対前年比」: 金沢国税局's 相続税の申告事績, as its web page gives it as text), over items
    whose numbers stand on one line (「36,585 39,887 109.0」), their labels on the lines before them (a
    number, a note's mark, the label, its units: 「5」, 「(注3)」, 「課税価格」, 「億円 億円」). An item's
    units, as many as the columns or one fewer (the change's column then has none of its own), go with its
    numbers; 「ポイント」 alone is the change's. A line of numbers each after 外 (外書: figures given outside
    the total) is the item's 外書 row. The change column is headed with the latest year's cell. Taken only
    with two rows or more, every row's count the header's."""
    lines = [first, *ahead]
    k, cols = 0, list[str]()
    while k < len(lines) and lines[k].role == "text":
        cell = lines[k].text.strip()
        if _YEAR_PART_CELL_RE.fullmatch(cell) or (cols and _YEAR_CHANGE_CELL_RE.fullmatch(cell)):
            cols.append(cell)
        elif not (cols and _ITEM_NOISE_RE.fullmatch(cell)):
            break
        k += 1
    years = [c for c in cols if _YEAR_PART_CELL_RE.fullmatch(c)]
    n = len(cols)
    if len(years) < 2 or cols[:len(years)] != years:
        return None
    header = [*years, *(f"{years[-1]} {'増減率' if _YEAR_RATIO_CELL_RE.fullmatch(c) else c}"
                        for c in cols[len(years):])]
    cell = rf"({_NUMBER})"
    plain = re.compile(r"\s*" + r"\s+".join([cell] * n) + r"\s*")
    outer = re.compile(r"\s*" + r"\s*".join([rf"{_OUTER_MARK}\s?{cell}"] * n) + r"\s*")
    out = [TextLine(first.line, "\t" + "\t".join(header), first.col, first.page, "row")]
    label: list[str] = []
    units: list[str] = []
    fresh = True  # (the label lines read since the last row belong to the next item)
    used = 0
    for j in range(k, len(lines)):
        x = lines[j]
        text = x.text.strip()
        if x.role == "blank" or not text:
            continue
        if x.role != "text":
            break
        m = outer.fullmatch(text) or plain.fullmatch(text)
        if m is not None:
            if not label:
                break
            name = " ".join(label) + (f" ({_OUTER_MARK}書)" if text.startswith(_OUTER_MARK) else "")
            cells = [c.strip() for c in m.groups()]
            if not units and (counted := _COUNT_LABEL_RE.search(label[-1])) is not None:
                # 「被相続人数(死亡者数)」: a number of persons (人数, 者数) or of cases (件数) counts them,
                # in the years' columns (the change's is a ratio)
                units = ["件" if counted[1] == "件" else "人"] * len(years)
            elif units in ([], ["ポイント"]) and _RATE_LABEL_RE.search(label[-1]):
                # 「課税割合」 over 「8.0 8.6 0.6」 and its 「ポイント」: a share (割合, 率; not a 倍率, a
                # ratio in 倍) in per cent, its change in percentage points
                units = ["%"] * len(years) + units
            if len(units) == n:
                cells = [c + u for c, u in zip(cells, units, strict=True)]
            elif len(units) == n - 1 and len(years) == n - 1:  # (the change's column: its header says)
                cells = [c + u for c, u in zip(cells, units, strict=False)] + cells[n - 1:]
            elif units == ["ポイント"] and len(years) < n:
                cells[-1] += "ポイント"
            for i in range(len(years), n):
                if _YEAR_RATIO_CELL_RE.fullmatch(cols[i]) and not cells[i].endswith("ポイント"):
                    # 「対前年比 109.0」: the level as a per cent of the year before's, no level nor share
                    # (read as 109.0 % a merge takes it for one); its growth the two years' cells give
                    try:
                        cells[i] = f"{float(cells[i].replace(',', '')) - 100:+.1f}"
                    except ValueError:
                        cells[i] = ""
            out.append(TextLine(x.line, "\t".join([name, *cells]), x.col, x.page, "row"))
            used = j
            fresh = not text.startswith(_OUTER_MARK)  # (the 外書 row's item goes on to its own row)
            continue
        if _ITEM_NOISE_RE.fullmatch(text):
            continue
        if all(_CELL_NUMBER_RE.fullmatch(t) or t == _OUTER_MARK for t in text.split()):
            return None  # (numbers that do not fit the columns: a cell lost, the table is not read)
        if "。" in text or len(text) > 40 or text.startswith(("(注)", "（注）")):
            break
        if fresh:
            label, units, fresh = [], [], False
        found = _ITEM_UNIT_RE.findall(text)
        words = _ITEM_UNIT_RE.sub(" ", re.sub(r"^\d{1,2}\s+|[(（]\s?注\s?\d{0,2}\s?[)）]", " ", text)).split()
        units += found
        label += words
    if len(out) < 3:
        return None
    return out, used


def _filled(held: deque[TextLine], it: Iterator[TextLine]) -> list[TextLine]:
    """The lines held after the one looked at, read on to :data:`LOOKAHEAD` of them."""
    while len(held) < LOOKAHEAD and (nxt := next(it, None)) is not None:
        held.append(nxt)
    return list(held)


def _orphan_ruled_row(text: str) -> bool:
    """Whether a line ruled with bars is a Japanese table's row alone: a label, then two or more cells, every
    one a bare number (no unit of its own)."""
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    return len(cells) >= 3 and bool(_CJK_RE.search(cells[0])) \
        and _CELL_NUMBER_RE.fullmatch(cells[0]) is None \
        and all(_CELL_NUMBER_RE.fullmatch(c) and not _UNIT_MARK_RE.search(c) for c in cells[1:])


#: a bare number of a chart's labels: a value (「-1.0」, 「2013」) or an axis's span of months (「10-12」)
_LABEL_TOKEN = r"[-−▲△]?\d+(?:\.\d+)?(?![\d.])|\d{1,2}-\d{1,2}(?![\d.])"
#: six or more of them, each apart from the next by one space
_LABEL_RUN_RE = re.compile(rf"(?<![^\s(（])(?:{_LABEL_TOKEN})(?: (?:{_LABEL_TOKEN})){{5,}}(?=\s|$)")
#: what makes such a run a chart's: an axis's year or span of months in it, or a chart's title right before it
#: (「実質GDP成長率の推移」: the trend of …)
_AXIS_TOKEN_RE = re.compile(r"(?<![\d.\-])(?:(?:19|20)\d{2}|\d{1,2}-\d{1,2})(?![\d.])")
_CHART_TITLE_BEFORE_RE = re.compile(r"の推移\s*$")


def _without_label_runs(line: TextLine) -> TextLine:
    """A Japanese text line with the runs of a chart's labels blanked (offsets kept): six or more bare
    numbers apart by single spaces that hold an axis's year or span of months (「10-12 2013 1-3 2014 4-6
    7-9」) or follow a chart's title (「実質GDP成長率の推移 2.0 2.0 1.3 1.0 0.6 0.0 -1.0」), a PDF's chart run
    into the text. They say no figure's measure or period: Japanese prose sets a figure with its unit or
    counter (「0.6%」, 「6,847人」), so such a run is no prose, and its years would date the sentences after
    it. A table's column of values after its labels (「C5:… C11:… -0.36 -0.27 -0.21 …」) has neither and is
    left to be read."""
    text = line.text
    if not _CJK_RE.search(text) or (m := _LABEL_RUN_RE.search(text)) is None:
        return line
    chars = list(text)
    while m is not None:
        if _AXIS_TOKEN_RE.search(m.group(0)) or _CHART_TITLE_BEFORE_RE.search(text, 0, m.start()):
            chars[m.start():m.end()] = " " * (m.end() - m.start())
        m = _LABEL_RUN_RE.search(text, m.end())
    return TextLine(line.line, "".join(chars), line.col, line.page, line.role)


def _table_after(line: TextLine, ruled: bool, series: list[tuple[int, int]] | None,
                 spans: list[tuple[int, int]] | None,
                 ahead: list[TextLine]) -> tuple[list[TextLine], int] | None:
    """The rows of a table whose header ``line`` is (drawn with |, a series header, aligned cells, or one cell
    a line), and how many of the lines ``ahead`` they used; None when no table follows."""
    rows = _ruled(line, ahead) if ruled else None
    if rows is None and series is not None:
        rows = _aligned(line, series, ahead, measure_rows=True)
    elif rows is None and spans is not None:
        header, spans, below = _stacked_lines(line, spans, ahead)
        rows = _aligned(header, spans, ahead[below:])
        if rows is not None:
            rows = (rows[0], rows[1] + below)
    elif rows is None:
        rows = _one_cell_a_line(line, ahead)
    return rows


def _word_header(text: str) -> bool:
    """Whether a line may be (the top of) the header of a table of measures across and periods down: two
    or more short cells apart by gaps ("Index      Change from", 「人口　　　世帯数」), none a number."""
    if len(text) > 200 or text.rstrip().endswith(("。", ".")):
        return False
    if _GAP_RE.search(text.strip()):
        cells = [text[a:b] for a, b in _split(text, False)]
    elif _CJK_RE.search(text) and " " in text.strip():
        # (Japanese sets no spaces between words: one space parts cells, 「年月 人口 世帯数」)
        cells = [text[a:b] for a, b in _split(text, True)]
        if any(len(c) > 12 or not _CJK_RE.search(c) for c in cells):
            return False
    else:
        return False
    return len(cells) >= 2 and all(len(c) <= 30 and not _CELL_NUMBER_RE.fullmatch(c.strip()) for c in cells)


def _width(text: str) -> int:
    """The columns ``text`` takes on a fixed-width page (a kanji or a full-width sign takes two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _period_label(label: str) -> bool:
    """Whether a row's label is a period alone (「令和2年7月」, "Mar Qtr 2017", "2015", "Aug 2015")."""
    cell = _HEADER_MARK_RE.sub("", normalize(label).strip()).strip()
    cell = re.sub(r"(?i)\bqtr\b", "quarter", cell)
    if not cell or not (any(ch.isdigit() for ch in cell) or "元年" in cell) or len(cell) > 24:
        return False
    found = find_periods(cell)
    return bool(found) and found[0].start == 0 and found[-1].end >= len(cell) - 1


def _period_row(text: str, bare: bool = False) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """A row whose label is a period, and its numbers: the year a label ends with ("Mar Qtr 2017", "2015")
    is the label's, not the row's first number. With ``bare``, a month or quarter without its year (「6月」
    under 「平成29年 5月」: the year said once, on the first row of its months) is one too."""
    row = _row(text)
    if row is None:
        cells = _split(text, False)  # ("2015      110.5   0.5": a label of digits alone)
        if len(cells) < 2 or not all(_CELL_NUMBER_RE.fullmatch(text[a:b]) for a, b in cells[1:]):
            return None
        row = cells[0], cells[1:]
    label, nums = row
    said = text[slice(*label)]
    if _period_label(said):
        return row
    for i in range(min(2, len(nums))):
        if _period_label(text[label[0]:nums[i][1]]):
            return (label[0], nums[i][1]), nums[i + 1:]
    return row if bare and _BARE_PERIOD_RE.fullmatch(normalize(said)) else None


def _period_rows(first: TextLine, ahead: list[TextLine]) -> tuple[list[TextLine], int] | None:
    """A table of measures across and periods down set in plain text: a header of words over one or
    several lines (a measure over its unit, 「人口」 over 「（人）」; "Change from" over "previous" over
    "quarter"), then two rows or more whose label is a period and whose numbers are as many as the
    first's. Each header cell names the column it stands over (by its place on a fixed-width page, a
    kanji two columns wide), or the label column when it stands left of every number. None unless the
    rows agree."""
    heads = [first]
    k = 0
    while k < min(len(ahead), 6) and ahead[k].role == "text" and ahead[k].text.strip() \
            and _period_row(ahead[k].text) is None and len(ahead[k].text) <= 200 \
            and not ahead[k].text.rstrip().endswith(("。", ".")):
        heads.append(ahead[k])
        k += 1
    while k < len(ahead) and not ahead[k].text.strip() and k < 8:
        k += 1  # (a blank line between the header and the rows)
    rows: list[tuple[TextLine, tuple[int, int], list[tuple[int, int]]]] = []
    while k < len(ahead) and ahead[k].role == "text":
        line = ahead[k]
        if not line.text.strip():
            if k + 1 < len(ahead) and _period_row(ahead[k + 1].text, bool(rows)) is not None:
                k += 1
                continue
            break
        row = _period_row(line.text, bool(rows))
        if row is None or not row[1] or (rows and len(row[1]) != len(rows[0][2])):
            break
        rows.append((line, *row))
        k += 1
    if len(rows) < 2:
        return None
    # each column where its numbers stand on the page, over every row
    spans = [(min(_width(r[0].text[:r[2][j][0]]) for r in rows),
              max(_width(r[0].text[:r[2][j][1]]) for r in rows)) for j in range(len(rows[0][2]))]
    label_edge = max(_width(r[0].text[:r[1][1]]) for r in rows)
    names: list[list[str]] = [[] for _ in range(len(spans) + 1)]
    for head in heads:
        for a, b in _split(head.text, False):
            wa, wb = _width(head.text[:a]), _width(head.text[:b])
            cell = head.text[a:b].strip()
            if wa < label_edge and wb <= spans[0][0]:
                names[0].append(cell)
                continue
            # the column whose numbers it stands over most, else the nearest
            j = max(range(len(spans)), key=lambda i: (min(wb, spans[i][1]) - max(wa, spans[i][0]),
                                                      -abs(wa + wb - spans[i][0] - spans[i][1])))
            names[j + 1].append(cell)
    if len(heads) == 1:
        single = not _GAP_RE.search(first.text.strip())
        cells = [first.text[a:b].strip() for a, b in _split(first.text, single)]
        if len(cells) in (len(spans), len(spans) + 1):
            # one header line of as many cells as there are columns (and perhaps the labels'): in order,
            # whatever their places ("年月 人口 世帯数" set with single spaces)
            names = [cells[:len(cells) - len(spans)], *([c] for c in cells[len(cells) - len(spans):])]
    if any(not n for n in names[1:]):
        return None  # (a column no header cell names: no table of this kind)
    out = [TextLine(first.line, "\t".join(" ".join(n) for n in names), first.col, first.page, "row")]
    for line, label, nums in rows:
        out.append(TextLine(line.line, _tabbed(line.text, [label, *nums]), line.col, line.page, "row"))
    return out, k


def _stacked_lines(first: TextLine, spans: list[tuple[int, int]], ahead: list[TextLine]
                   ) -> tuple[TextLine, list[tuple[int, int]], int]:
    """A header of aligned cells set over several lines ("Sept." over "2024", a period over its
    measures): one header line whose cells name each column from the top down, by where each cell
    stands over the line with the most cells; with how many of the lines ahead it took."""
    lines = [(first, spans)]
    for line in ahead[:3]:
        if line.role != "text" or not line.text.strip():
            break
        more = _header(line.text) or _header_cells_only(line.text)
        if more is None:
            break
        lines.append((line, more))
    if len(lines) == 1:
        return first, spans, 0
    grid_line, grid = max(lines, key=lambda x: len(x[1]))
    names: list[list[str]] = [[] for _ in grid]
    for line, cells in lines:
        for a, b in cells:
            k = max(range(len(grid)), key=lambda i: (min(b, grid[i][1]) - max(a, grid[i][0]),
                                                     -abs((a + b) - (grid[i][0] + grid[i][1]))))
            names[k].append(line.text[a:b].strip())
    named = [" ".join(n) for n in names]
    merged = TextLine(grid_line.line, "\t".join(named), grid_line.col, grid_line.page, "text")
    starts = [sum(len(c) + 1 for c in named[:k]) for k in range(len(named))]
    return merged, [(a, a + len(c)) for a, c in zip(starts, named, strict=True)], len(lines) - 1


def _header_cells_only(text: str) -> list[tuple[int, int]] | None:
    """The cells of a line of a header's lower part when every cell is a header's ("2025" under
    "Aug.-Sept."), else None."""
    cells = _split(text, bool(_CJK_RE.search(text)))
    return cells if cells and all(header_cell(text[a:b]) or _UNIT_CELL_RE.fullmatch(text[a:b])
                                  for a, b in cells) else None


def _series_header(text: str) -> list[tuple[int, int]] | None:
    """A Japanese header whose columns are series, not periods (「月次 生産 出荷 在庫 在庫率」 over rows
    of measures: 「季調済指数 97.5 96.2 113.7 112.2」, 「前月比 ▲ 0.8% …」): three or more short words."""
    if not _CJK_RE.search(text) or (" " not in text.strip() and "\u3000" not in text.strip()):
        return None
    spans = _split(text, True)
    cells = [text[a:b] for a, b in spans]
    if len(cells) < 3 or any(len(c) > 8 or any(ch.isdigit() for ch in c) or not _CJK_RE.search(c)
                             for c in cells):
        return None
    return spans


def _aligned(header: TextLine, spans: list[tuple[int, int]], held: list[TextLine],
             measure_rows: bool = False) -> tuple[list[TextLine], int] | None:
    """Rows of aligned cells under a header line: (the rows, how many held lines they took). Under a
    header of series (``measure_rows``) a row's label must be a measure (前月比, 季調済指数)."""
    cells = [header.text[a:b] for a, b in spans]
    columns = len(cells) - (0 if header_cell(cells[0]) else 1)
    out = [TextLine(header.line, _tabbed(header.text, spans), header.col, header.page, "row")]
    used = 0
    rows = 0
    for line in held:
        if line.role == "blank" or not line.text.strip():
            if rows and not _goes_on(held[used + 1:used + 4], columns):
                break
            out.append(line)
            used += 1
            continue
        if line.role != "text":
            break
        row = _row(line.text)
        if row is None:
            if len(line.text.strip()) > 20 or (rows == 0 and used > 1):
                break
            # a label with no numbers inside the table (「(上昇)」, 「産業別」): a row of one cell
            out.append(TextLine(line.line, line.text, line.col, line.page, "row"))
            used += 1
            continue
        label, nums = row
        if measure_rows and not header_cell(line.text[slice(*label)]) \
                and not _INDEX_LABEL_RE.search(line.text[slice(*label)]):
            break  # (under a header of series, a row is a measure's)
        if len(nums) == columns + 1 and _FOOTNOTE_NUMBER_RE.fullmatch(line.text[slice(*nums[0])]) and all(
                _DECIMAL_RE.search(line.text[slice(*n)]) for n in nums[1:]):
            # "Food 17 130.8 132.4": a footnote's number between the label and the values (blanked)
            a, b = nums.pop(0)
            text = line.text[:a] + " " * (b - a) + line.text[b:]
            line = TextLine(line.line, text, line.col, line.page, line.role)
        elif len(nums) > columns and (joined := _spaced_thousands(line.text, nums, columns)) is not None:
            nums = joined  # "Food retailing 11 234.5 11 301.2 0.6": thousands set apart by a space
        elif len(nums) != columns:
            if rows == 0 or len(line.text.strip()) > 20:
                break
            out.append(TextLine(line.line, line.text, line.col, line.page, "row"))
            used += 1
            continue
        text = _DOT_LEADERS_RE.sub(lambda d: " " * len(d.group(0)), line.text)
        out.append(TextLine(line.line, _tabbed(text, [label, *nums]), line.col, line.page, "row"))
        used += 1
        rows += 1
    if rows == 0:
        return None
    while out and out[-1].role == "row" and _row(out[-1].text) is None and len(out) > 1 \
            and "\t" not in out[-1].text:
        out.pop()  # (a label line the table ended on belongs to the text after it)
        used -= 1
    return out, used


#: a number's first group of digits, and a later group of three (thousands set apart by a space)
_LEAD_GROUP_RE = re.compile(r"[+\-−]?\d{1,3}(?: \d{3})*")
_THOUSANDS_GROUP_RE = re.compile(r"\d{3}(?:\.\d+)?")


def _spaced_thousands(text: str, nums: list[tuple[int, int]], columns: int) -> list[tuple[int, int]] | None:
    """A row's numbers read again with thousands set apart by one space ("11 234.5 11 301.2 0.6", as the
    ABS and Eurostat print them): a group of three digits one space after a whole number goes on with it.
    Taken only when the row then has as many numbers as the header has columns; else None."""
    out: list[tuple[int, int]] = []
    for a, b in nums:
        if out and text[out[-1][1]:a] == " " and _THOUSANDS_GROUP_RE.fullmatch(text, a, b) \
                and _LEAD_GROUP_RE.fullmatch(text, *out[-1]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out if len(out) == columns else None


def _goes_on(after: list[TextLine], columns: int) -> bool:
    """Whether a table goes on after a blank line: a row of as many numbers as it has columns comes
    next, or after a section's label ("Unemployment rates")."""
    for line in after:
        if not line.text.strip():
            continue
        row = _row(line.text)
        if row is not None:
            return len(row[1]) == columns
        if line.role != "text" or len(line.text.strip()) > 30:
            return False
    return False


def _header_cells_on_a_line(text: str) -> list[str] | None:
    """The column words a Japanese header line of a table set one cell a line holds, when it holds two or
    more apart by spaces, each a header cell (「前年比 構成比」: the header lines 「2014年」 /
    「前年比 構成比」 / 「全国比」 over rows of four cells, dev19, a customs office's ranked table):
    Japanese puts no space between the words of one label, so a space between two column words parts
    two cells, as :func:`_split` reads a Japanese line. None otherwise (a label spaced inside,
    「リゾート ホテル」, is no column word; the table is still taken only when its rows'
    counts agree with the header's)."""
    if not _CJK_RE.search(text):
        return None
    parts = text.split()
    if len(parts) < 2 or not all(header_cell(p) for p in parts):
        return None
    return parts


def _one_cell_a_line(first: TextLine, held: list[TextLine]) -> tuple[list[TextLine], int] | None:
    """A table set one cell a line: the header's cells, then blocks of rows, each some labels (a
    line each), the marks that stand for their leaders (「:」), and then every column's numbers, column
    by column (one label and its numbers is a row set row by row); None unless the counts agree."""
    lines = [first, *held]
    texts = [x.text.strip() for x in lines]
    roles = [x.role for x in lines]
    headers = [texts[0]]
    m = 1
    while m < len(texts) and roles[m] == "text" and texts[m]:
        if header_cell(texts[m]):
            headers.append(texts[m])
        elif (parts := _header_cells_on_a_line(texts[m])) is not None:
            headers.extend(parts)  # 「前年比 構成比」: two column words set on one line
        else:
            break
        m += 1
    n = len(headers)
    if n < 2:
        return None

    def number(k: int) -> bool:
        return k < len(texts) and roles[k] == "text" and bool(_CELL_NUMBER_RE.fullmatch(texts[k])) \
            and any(ch.isdigit() for ch in texts[k])

    def label(k: int) -> bool:
        return k < len(texts) and roles[k] == "text" and bool(texts[k]) and not number(k) \
            and any(ch.isalpha() for ch in texts[k]) and len(texts[k]) <= 30 and not header_cell(texts[k])

    rows: list[tuple[int, list[int]]] = []
    k = m
    rank = 0
    while True:
        if k < len(texts) and roles[k] == "text" and texts[k] == str(rank + 1) and label(k + 1):
            # the row's place in a ranking, alone on the line before its label (「1 / 原油及び粗油 / 138,734 /
            # …」: a table of the top items counts its rows 1, 2, 3 …): no cell of the row
            rank += 1
            k += 1
        labels: list[int] = []
        while label(k + len(labels)):
            labels.append(k + len(labels))
        at = k + len(labels)
        while at < len(texts) and roles[at] == "text" and _LEADER_RE.fullmatch(texts[at]):
            at += 1  # 「:」 under each label: the leaders of a row set in a column
        values: list[int] = []
        while number(at + len(values)) and len(values) < len(labels) * n:
            values.append(at + len(values))
        if not labels or len(values) != len(labels) * n:
            break
        rows.extend((lab, [values[c * len(labels) + r] for c in range(n)]) for r, lab in enumerate(labels))
        k = at + len(values)
    if not rows or number(k):
        return None
    out = [TextLine(first.line, "\t" + "\t".join(headers), first.col, first.page, "row")]
    for lab, vals in rows:
        at_line = lines[lab]
        text = "\t".join([texts[lab], *(texts[v] for v in vals)])
        out.append(TextLine(at_line.line, text, at_line.col + len(at_line.text) - len(at_line.text.lstrip()),
                            at_line.page, "row"))
    return out, k - 1


#: a previous period's figure in brackets under the period's own, one cell a line: 「(104.8)」
_BRACKETED_NUMBER_RE = re.compile(rf"[(（]\s*({_NUMBER})\s*[)）]")
#: a short label in brackets alone on its line: 「(前月値)」
_BRACKETED_LABEL_RE = re.compile(r"[(（][^()（）\d]{1,12}[)）]")


def _grouped(first: TextLine, ahead: list[TextLine]) -> tuple[list[TextLine], int] | None:
    """A table whose columns come in groups (a Japanese index summary: 「季節調整済指数 原指数」 over
    「(前月確報時) 前月比(%) (前月確報時) 前年同月比(%)」 or over 「指数 前月比 指数 前年同月比」): a line of
    g group names, a line of m column names under them, then rows of n numbers, n a multiple of g, each
    group n/g columns wide. With m == n each group's columns are named in turn; with m == n - g a group's
    first column has no name under it: it is the group's own figure (the index), the names under the
    group qualify the columns after it. Rows are aligned (a label and n numbers), or set one cell a line
    (a label, perhaps a bracketed label 「(前月値)」, then n numbers each perhaps followed by another in
    brackets, the previous period's: its row is the label with the bracketed label). Taken only with
    two rows or more whose counts agree; None otherwise."""
    cjk = bool(_CJK_RE.search(first.text))
    top = [first.text[a:b].strip() for a, b in _split(first.text, cjk)]
    if len(top) < 2 or not ahead or ahead[0].role != "text" or not _word_header(ahead[0].text):
        return None
    subs = [ahead[0].text[a:b].strip() for a, b in _split(ahead[0].text, cjk)]
    g, m = len(top), len(subs)
    if m <= g:
        return None

    def names(n: int) -> list[str] | None:
        if n % g or n // g < 2 or m not in (n, n - g):
            return None
        w = n // g
        if m == n:
            return [f"{top[c // w]} {subs[c]}" for c in range(n)]
        return [top[c // w] if c % w == 0 else f"{top[c // w]} {subs[c // w * (w - 1) + c % w - 1]}"
                for c in range(n)]

    rows: list[TextLine] = []
    k = 1
    n = 0
    while k < len(ahead) and ahead[k].role == "text" and ahead[k].text.strip():
        line = ahead[k]
        row = _row(line.text)
        if row is not None and (not n or len(row[1]) == n):
            label, nums = row
            n = len(nums)
            rows.append(TextLine(line.line, _tabbed(line.text, [label, *nums]), line.col, line.page, "row"))
            k += 1
            continue
        got = _bracketed_block(ahead, k, n)
        if got is None:
            break
        block, k, n = got
        rows.extend(block)
    heads = names(n) if n else None
    if heads is None or len(rows) < 2:
        return None
    header = TextLine(first.line, "\t" + "\t".join(heads), first.col, first.page, "row")
    return [header, *rows], k


def _bracketed_block(ahead: list[TextLine], k: int, n: int) -> tuple[list[TextLine], int, int] | None:
    """A row set one cell a line at ``ahead[k]``: a label, perhaps a bracketed label (「(前月値)」), then
    numbers a line each, each perhaps followed by a bracketed one (the bracketed label's row); n numbers
    when ``n`` is given. The rows, the index after them and their count of numbers; None when no such row."""
    def text(i: int) -> str:
        return ahead[i].text.strip() if i < len(ahead) and ahead[i].role == "text" else ""

    label = text(k)
    if not label or _CELL_NUMBER_RE.fullmatch(label) or len(label) > 20 or not _CJK_RE.search(label) \
            or _BRACKETED_NUMBER_RE.fullmatch(label):
        return None
    i = k + 1
    marker = text(i) if _BRACKETED_LABEL_RE.fullmatch(text(i)) else ""
    i += bool(marker)
    own: list[str] = []
    before: list[str] = []
    while (cell := text(i)) and _NUMBER_RE.fullmatch(cell) and any(ch.isdigit() for ch in cell):
        own.append(cell)
        i += 1
        if (b := _BRACKETED_NUMBER_RE.fullmatch(text(i))) is not None:
            before.append(b.group(1))
            i += 1
        if n and len(own) == n:
            break
    if len(own) < 2 or (n and len(own) != n) or (before and (len(before) != len(own) or not marker)):
        return None
    line = ahead[k]
    out = [TextLine(line.line, "\t".join([label, *own]), line.col, line.page, "row")]
    if before:
        out.append(TextLine(line.line, "\t".join([f"{label} {marker}", *before]), line.col, line.page, "row"))
    return out, i, len(own)


#: a cell of a table set one cell a paragraph: a short line that is no sentence
_CELL_TEXT_MAX = 40
_SENTENCE_END_RE = re.compile(r"[.。!?！？:：]\s*$")


class _Ahead:
    """The line that may open a table and the lines held after it, by index, without copying them."""

    def __init__(self, first: TextLine, held: deque[TextLine]):
        self.first, self.held = first, held

    def __len__(self) -> int:
        return len(self.held) + 1

    def __getitem__(self, k: int) -> TextLine:
        return self.first if k == 0 else self.held[k - 1]


def _cell_paragraph_start(text: str) -> bool:
    """Whether a line may open a table set one cell a paragraph (a cheap test before looking ahead)."""
    t = text.strip()
    return 0 < len(t) <= _CELL_TEXT_MAX and not _CELL_NUMBER_RE.fullmatch(t) \
        and not _SENTENCE_END_RE.search(t)


def _cell_paragraphs(first: TextLine, held: deque[TextLine]) -> tuple[list[TextLine], int] | None:
    """A table set one cell a paragraph (Stats NZ's tables as a saved page gives them): each cell one to
    three short lines (「July 2024 value」 over 「($ million)」, "Milk powder, butter," over "and cheese"),
    blank lines between; K header cells, then rows of a label cell and K cells of numbers or marks for no
    value ("*"). None unless two rows or more have exactly K such cells and some number."""
    lines = _Ahead(first, held)
    cells: list[tuple[str, int, int]] = []  # (text, first line, last line)
    k = 0
    while k < len(lines) and len(cells) < 200:
        if len(cells) > 12 and not any(_CELL_NUMBER_RE.fullmatch(c[0]) for c in cells):
            return None  # (no number in the first cells: no table, and no reason to read on)
        if lines[k].role == "blank" or (lines[k].role == "text" and not lines[k].text.strip()):
            k += 1
            continue
        if lines[k].role != "text":
            break
        start = k
        while k < len(lines) and lines[k].role == "text" and lines[k].text.strip() and k - start < 3:
            k += 1
        if k < len(lines) and lines[k].role == "text" and lines[k].text.strip():
            break  # a paragraph of four lines or more: prose, not a cell
        text = " ".join(x.text.strip() for x in (lines[j] for j in range(start, k)))
        if len(text) > 2 * _CELL_TEXT_MAX or (len(text) > _CELL_TEXT_MAX and _SENTENCE_END_RE.search(text)):
            break
        cells.append((text, start, k - 1))
    number = [bool(_CELL_NUMBER_RE.fullmatch(c[0])) for c in cells]
    if True not in number:
        return None
    width = number.index(True) - 1
    if width < 2:
        return None
    rows: list[int] = []  # the index of each row's label cell
    at = width
    while at + width < len(cells) and not number[at] and all(number[at + 1:at + 1 + width]) \
            and any(ch.isdigit() for c in cells[at + 1:at + 1 + width] for ch in c[0]):
        rows.append(at)
        at += width + 1
    if len(rows) < 2 or any(number[:width]):
        return None
    head = lines[cells[0][1]]
    out = [TextLine(head.line, "\t" + "\t".join(c[0] for c in cells[:width]), head.col, head.page, "row")]
    for r in rows:
        label = lines[cells[r][1]]
        text = "\t".join(c[0] for c in cells[r:r + width + 1])
        out.append(TextLine(label.line, text, label.col + len(label.text) - len(label.text.lstrip()),
                            label.page, "row"))
    return out, cells[rows[-1] + width][2]


#: a rule line of a table drawn in text: dashes, pipes and plus signs only
_RULE_RE = re.compile(r"[\s|+\-=_]*")
#: the leader dots after a row's label and a footnote mark on it: "Total(1)..........."
_LEADERS_RE = re.compile(r"(?:(?<!\s)|(?!\s))(?:\s*\(\d{1,2}\))?(?:\s*\.{2,}\s*|\s*$)")
#: a flag after a year in a header: "2009p" (preliminary), "2024r"
_HEADER_FLAG_RE = re.compile(r"(?<=\d)\s?(?:[prefu]|\([prefu]\))(?![A-Za-z])")


def _ruled(first: TextLine, held: list[TextLine]) -> tuple[list[TextLine], int] | None:
    """A table drawn with ``|`` between cells, as US statistical agencies print their plain-text
    releases: header lines (a group of columns over several columns, "Aug." over "2008"), a line
    naming a section of rows ("Levels (in thousands)"), rows "Label.......|3,722 |2,408". Each column
    is named by what its header lines say over it (stacked, a group spread evenly over the columns
    under it) and its section; the rows keep their places (a pipe becomes a tab, leader dots spaces)."""
    block: list[TextLine] = [first]
    for line in held:
        if line.role != "text" or "|" not in line.text:
            break
        block.append(line)
    heads: list[tuple[str, list[str]]] = []  # header lines before the first row: (stub, cells)
    section: str | None = ""  # (None once a header row has named it)
    out: list[TextLine] = []
    columns: list[str] | None = None
    stub = ""
    title = ""  # (a line of the table's title alone, over its header: the stub when the header has none)
    taken = 0  # (the lines of the block read; a line that ends the table is left to the lines after it)
    for taken, line in enumerate(block, 1):
        text = line.text
        if _RULE_RE.fullmatch(text):
            continue
        at = text.index("|")
        label = text[:at].strip()
        cells = [c.strip() for c in text[at + 1:].split("|")]
        filled = [c for c in cells if c]
        if not filled:
            if columns is None and not title:
                # "Euro area annual inflation and its components (%) | |||||||||": the table's title, its
                # unit and what its rows are of, kept as a line of text over the table
                title = label
                out.append(TextLine(line.line, "", 0, line.page, "blank"))
                out.append(TextLine(line.line, label, line.col, line.page, "text"))
            continue
        numbers = [c for c in filled if _CELL_NUMBER_RE.fullmatch(c) and any(ch.isdigit() for ch in c)]
        if label and numbers and len(numbers) == len(filled):
            if columns is None:
                heads = _without_stub(heads, len(cells))
                columns = _stacked(heads, len(cells))
                if columns is None:
                    return None
                stub = next((h for h, _ in heads if h), title)
            if len(cells) != len(columns):
                taken -= 1
                break
            if not out or section is not None:
                named = [f"{c} {section}".strip() for c in columns]
                out.append(TextLine(line.line, "", 0, line.page, "blank"))
                out.append(TextLine(line.line, "\t".join([stub, *named]), line.col, line.page, "row"))
                section = None  # (said: the header row names it)
            chars = list(text.replace("|", "\t"))
            lead = _LEADERS_RE.search(text, 0, at)
            if lead is not None:
                chars[lead.start():lead.end()] = " " * (lead.end() - lead.start())
            out.append(TextLine(line.line, "".join(chars), line.col, line.page, "row"))
        elif columns is None:
            heads.append((label, cells))  # (a header's years are numbers too: "| 2008 | 2009 |")
        elif not label and len(filled) == 1 and not numbers:
            section = filled[0]  # "Levels (in thousands)", "Rates": the rows after it
        else:
            taken -= 1
            break
    if columns is None:
        return None
    # (the lines after the last row that belongs: a second table drawn under the first, "Inflation rates (%)
    # measured by the HICP" under "Euro area annual inflation and its components (%)" (dev17 Eurostat), was
    # swallowed with the first table's block and never read)
    while taken > 1 and (_RULE_RE.fullmatch(block[taken - 1].text)
                         or not any(c.strip() for c in block[taken - 1].text.split("|")[1:])):
        taken -= 1  # (a title or a note of the next table: "e estimate |", "Inflation rates (%) … | |||")
    return out, taken - 1


#: a month and a year of two digits in a table's header: "Sep 23", "Apr-24" (Eurostat's tables)
_MONTH_YY_RE = re.compile(rf"({_MONTH})[\s\-'’]?(\d{{2}})")


def _month_years(cells: list[str]) -> list[str]:
    """A header line's cells with "Sep 23" written "Sep 2023" when the line reads so: two of its cells name
    other months with the same two digits ("Apr 24 | May 24"), which no day of a month does in a row of
    columns (days of the month stand under one month: "Sep 23 | Sep 24 | Sep 25"). Years of two digits are
    read as POSIX's %y does (69-99 the 1900s)."""
    found = [(k, m) for k, c in enumerate(cells) if (m := _MONTH_YY_RE.fullmatch(c.strip()))]
    by_year: dict[str, set[str]] = {}
    for _, m in found:
        by_year.setdefault(m.group(2), set()).add(m.group(1).lower()[:3])
    if not any(len(months) >= 2 for months in by_year.values()):
        return cells
    out = list(cells)
    for k, m in found:
        yy = int(m.group(2))
        out[k] = f"{m.group(1)} {2000 + yy if yy < 69 else 1900 + yy}"
    return out


def _period_cell(cell: str) -> Period | None:
    """The period a header cell is, the whole cell ("2024", "Sep 2023"); None for other cells."""
    bare = _HEADER_FLAG_RE.sub("", cell).strip()
    found = find_periods(bare) if cell.strip() else []
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(bare):
        return found[0].period
    return None


def _without_stub(heads: list[tuple[str, list[str]]], m: int) -> list[tuple[str, list[str]]]:
    """The header lines of a table whose header lost the cell over its row labels (a web table with
    spanning cells flattened to lines, "2024 | Sep 23 | … | Sep 24 | |" over "All-items HICP | 1000.0 |
    4.3 | … | -0.1e |": dev17 Eurostat, both its tables): when a header line's first cell, where a row's
    label stands, is a period and its cells moved one to the right still fit the ``m`` columns (only empty
    cells fall off the end), every header line is moved so; else the lines as they are."""
    if not any(label and _period_cell(_month_years([label, *cells])[0]) for label, cells in heads):
        return heads
    moved = []
    for label, cells in heads:
        cells = [label, *cells]
        if any(c for c in cells[m:]):
            return heads
        moved.append(("", cells[:m] + [""] * (m - len(cells))))
    return moved


def _period_runs(cells: list[str]) -> list[list[int]] | None:
    """The runs of columns a line of periods falls into: a run ends where the periods do not go on (a
    month after a year, "Sep 2024" again after "Sep 2024"); None when a filled cell is no period."""
    runs: list[list[int]] = []
    last: Period | None = None
    for k, c in enumerate(cells):
        if not c:
            continue
        p = _period_cell(c)
        if p is None:
            return None
        if last is None or p.precision != last.precision or p.start <= last.start:
            runs.append([])
        runs[-1].append(k)
        last = p
    return runs


def _stacked(heads: list[tuple[str, list[str]]], m: int) -> list[str] | None:
    """The name of each of ``m`` columns from the header lines over them (None when they do not
    fit: a line whose cells neither match the columns nor spread evenly over them).

    A line of group names set one after another at the start of its line ("Weights (‰) | Annual rate |
    Monthly rate | |||||||", a web table's spanning cells flattened) over a line of periods that falls into
    as many runs ("2024 | Sep 23 … Sep 24 | Sep 24") names the runs in order (dev17 Eurostat, both tables)."""
    names: list[list[str]] = [[] for _ in range(m)]
    periods = 0
    heads = [(stub, _month_years(cells)) for stub, cells in heads]
    runs = next((r for _, cells in reversed(heads) if len(cells) == m and (r := _period_runs(cells))), None)
    for _stub, cells in heads:
        filled = [c for c in cells if c]
        if runs is not None and len(cells) == m and 1 < len(filled) == len(runs) \
                and cells[:len(filled)] == filled and sum(map(len, runs)) > len(filled) \
                and _period_runs(cells) is None:
            for run, c in zip(runs, filled, strict=True):
                for k in run:
                    names[k].append(c)
            continue
        if len(cells) == m:
            for k, c in enumerate(cells):
                if c:
                    names[k].append(_HEADER_FLAG_RE.sub("", c))
            periods += 1
        elif filled and m % len(filled) == 0:
            span = m // len(filled)
            for g, c in enumerate(filled):
                for k in range(g * span, (g + 1) * span):
                    names[k].append(c)
        else:
            return None
    if not periods:
        return None
    return [" ".join(n) for n in names]


# --- a table run into one line -------------------------------------------------------------------------

#: the unit note a table opens with: 「(単位:億円)」
_UNIT_NOTE_RE = re.compile(r"[(（]単位\s*[:：]\s*[^()（）]{1,12}[)）]")
#: a header cell of a table run into one line: a year's level (「30年度予算(当初)」, 「令和2年度決算」), its
#: change (増減額, 増減, 差引), its rate (増減率, 伸率, 対前年度比) or the remarks (備考)
_RUN_LEVEL = (r"(?:(?:令和|平成|昭和)\s?)?(?:\d{1,4}|元)\s?年度?[^\d\s()（）増減伸対前備差]{0,4}"
              r"(?:[(（][^()（）\d]{1,6}[)）])?")
_RUN_CHANGE = r"増減額|増減(?!率)|差引額?|差額"
_RUN_RATE = r"増減率|伸び?率|対?前年度?比|(?:増減|伸び)?率?\s?[(（][%％][)）]"
_RUN_CELL_RE = re.compile(rf"(?P<level>{_RUN_LEVEL})|(?P<change>{_RUN_CHANGE})|(?P<rate>{_RUN_RATE})"
                          r"|(?P<remark>備考)")
_RUN_STUB_RE = re.compile(r"[^\d\s()（）、。]{1,12}")
#: a number of such a table: its sign (▲ △ are the Japanese minus), digits in groups of three (a number of
#: more than three digits without its commas could not be told from the next one), its decimals, a %
_RUN_NUMBER = r"([+▲△\-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?[%％]?)"
#: where a row's label starts after the remark of the row before: after its last stop, unit or number, or
#: after a clause that ends in a nominal 増/減 (「…の増」「…による減」, how a budget's remarks close)
_RUN_LABEL_CUT_RE = re.compile(r".*(?:[\s、。,:：)）%％円\d]|[ぁ-ん][増減])")


def _run_value(cell: str) -> float:
    """A number of a table run into one line (see _RUN_NUMBER) as a float."""
    sign = -1.0 if cell[0] in "▲△-−" else 1.0
    return sign * float(cell.lstrip("+▲△-−").rstrip("%％").replace(",", ""))


def run_table(line: TextLine) -> list[TextLine] | None:
    """A table whose cells lost their breaks and ran into one line after its unit note (a web page's table
    copied as text: 「…(単位:億円)主要経費30年度予算(当初)31年度予算増減額増減率備考一般歳出588,958599,359
    +10,401+1.8%社会保障関係費329,882339,914+10,031+3.0%…」): the text before the table, its header and rows
    as table rows (cells apart by tabs), each row's remark and the text after it as lines of text; None
    when no such table is there.

    Taken only with a header of two years' levels and their change (and perhaps its rate and remarks), and
    two rows or more whose numbers check: the change is the later level less the earlier (to 2 in the last
    place, the levels rounded), the rate the change over the earlier level (to 0.15 points). Glued numbers
    are told apart by their groups of three digits; the check rules out a wrong split."""
    text = line.text
    unit = _UNIT_NOTE_RE.search(text)
    if unit is None:
        return None
    pos = unit.end()
    stub = _RUN_STUB_RE.match(text, pos)
    if stub is not None and _RUN_CELL_RE.match(text, pos) is None:
        pos = stub.end()
    kinds: list[str] = []
    cells: list[str] = []
    while (m := _RUN_CELL_RE.match(text, pos)) is not None and len(kinds) < 8:
        kinds.append(m.lastgroup or "")
        cells.append(m.group(0))
        pos = m.end()
    numbered = [k for k in kinds if k != "remark"]
    if numbered[:3] != ["level", "level", "change"] or numbered[3:] not in ([], ["rate"]):
        return None
    row_re = re.compile(r"(?<![\d,.])" + _RUN_NUMBER * len(numbered) + r"(?![\d,.])")
    rows: list[tuple[int, int, list[str]]] = []  # (label start, numbers' end, cells)
    remarks: list[tuple[int, int]] = []
    while (m := row_re.search(text, pos)) is not None:
        nums = list(m.groups())
        values = [_run_value(n) for n in nums]
        old, new, change = values[:3]
        if any(n.endswith(("%", "％")) for n in nums[:3]) or abs(new - old - change) > 2 or (
                len(values) == 4 and (not old or abs(change / old * 100 - values[3]) > 0.15)):
            break
        prefix = text[pos:m.start()]
        cut = _RUN_LABEL_CUT_RE.match(prefix)
        start = pos + (cut.end() if cut is not None else 0)
        while start < m.start() and text[start] in "等 ":
            start += 1  # (「…▲45億円 等エネルギー対策費」: 等 closes the remark; no label opens with it)
        label = text[start:m.start()]
        if not label or not (_CJK_RE.search(label) or label.isalpha()):
            break
        if start > pos and text[pos:start].strip():
            remarks.append((pos, start))
        rows.append((start, m.end(), [label, *nums]))
        pos = m.end()
    if len(rows) < 2:
        return None
    head = [c for c, k in zip(cells, kinds, strict=True) if k != "remark"]
    out = [TextLine(line.line, text[:unit.end()], line.col, line.page, line.role),
           TextLine(line.line, "\t" + "\t".join(head), line.col + unit.end(), line.page, "row")]
    out.extend(TextLine(line.line, "\t".join(cells), line.col + a, line.page, "row") for a, _, cells in rows)
    # (each row's remark after the table, so that none ends it: 「政府専用機:▲251億円」)
    out.extend(TextLine(line.line, text[a:b], line.col + a, line.page, line.role) for a, b in remarks)
    if text[pos:].strip():
        out.append(TextLine(line.line, text[pos:], line.col + pos, line.page, line.role))
    return out


#: a month's name, in full or short, as a web table's header cell opens with it
_MONTH_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
               r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
#: a header line of a web table whose cells broke over lines ends with a month's name ("Relative importance1
#: April" over "2014" over "March" ...): the cell "April 2014" was set over two lines
_BROKEN_HEADER_START_RE = re.compile(rf"^[^.:;,。\d]{{0,60}}?\d?\s\b{_MONTH_WORD}\s*$|^\s*{_MONTH_WORD}\s*$")
#: one column of such a header: a month with its year, or a span of months ("March to April 2015", "April 2014
#: to April 2015")
_BROKEN_CELL_RE = re.compile(rf"(?:{_MONTH_WORD}(?:\s+(?:19|20)\d{{2}})?\s+to\s+)?"
                             rf"{_MONTH_WORD}\s+(?:19|20)\d{{2}}(?!\d)")
#: the line of units under such a header: "% (2002=100)(2002=100)(2002=100) % change% change"
_BROKEN_UNIT_RE = re.compile(r"%\s*change|\((?:19|20)\d{2}\s*=\s*100\)|%|\$")
_BROKEN_UNITS_LINE_RE = re.compile(rf"\s*(?:(?:{_BROKEN_UNIT_RE.pattern})\s*)+")
#: a row's own index base after its label: "Iqaluit (Dec. 2002=100)" (the row's index is based on another
#: month than the title's; it names no part of the place, which the label then names alone)
_ROW_BASE_RE = re.compile(rf"\s*\((?:{_MONTH_WORD}\s*)?(?:19|20)\d{{2}}\s*=\s*100\)")
#: how many lines such a header may take, and how far its rows are looked for
_BROKEN_HEADER_LINES = 12
_BROKEN_LOOKAHEAD = 120


def _broken_header(first: TextLine, ahead: list[TextLine]) -> tuple[list[TextLine], int] | None:
    """A web page's table copied as text whose header cells broke over lines (StatCan's tables: "Relative
    importance1 April" over "2014" over "March" over "2015" over "April" over "2015" over "March to April 2015
    April 2014 to April 2015", then a line of units "% (2002=100)(2002=100)(2002=100) % change% change", then
    rows "Ontario 38.94 125.9 127.1 126.9 -0.2 0.8"). The header lines joined must be, after an optional stub,
    only columns of months with their years or spans of them ("March to April 2015"), one after another; the
    rows (two or more, each a label and the same count of numbers) must have as many numbers as there are
    such columns, or one more when words stand before the first (a column the header names with no period,
    "Relative importance": no period and no measure the reader knows, so its numbers are left out, as
    a header of neither is no table). A span's column is a change only when the units line says so ("%
    change", which it then heads); a span with no measure is left out. None for anything else."""
    lines = [first, *ahead]
    head: list[TextLine] = []
    k = 0
    while k < len(lines) and k < _BROKEN_HEADER_LINES:
        t = lines[k].text.strip()
        if lines[k].role != "text" or not t or len(t) > 80 or _BROKEN_UNITS_LINE_RE.fullmatch(t):
            break
        row = _row(t)
        if row is not None and len(row[1]) >= 2 and not all(
                _PERIOD_TOKEN_RE.fullmatch(t[a:b]) for a, b in row[1]):
            break
        head.append(lines[k])
        k += 1
    if len(head) < 2:
        return None
    units: list[str] | None = None
    if k < len(lines) and lines[k].role == "text" and _BROKEN_UNITS_LINE_RE.fullmatch(lines[k].text):
        units = [m.group(0) for m in _BROKEN_UNIT_RE.finditer(lines[k].text)]
        k += 1
    joined = " ".join(x.text.strip() for x in head)
    cells = list(_BROKEN_CELL_RE.finditer(joined))
    if len(cells) < 2 or any(joined[a.end():b.start()].strip() for a, b in pairwise(cells)) \
            or joined[cells[-1].end():].strip():
        return None
    stub = joined[:cells[0].start()].strip()
    rows: list[tuple[TextLine, tuple[int, int], list[tuple[int, int]]]] = []
    while k < len(lines) and lines[k].role == "text" and (row := _row(lines[k].text)) is not None \
            and len(row[1]) >= 2:
        rows.append((lines[k], *row))
        k += 1
    counts = {len(nums) for _, _, nums in rows}
    if len(rows) < 2 or len(counts) != 1:
        return None
    n = counts.pop()
    lead = n - len(cells)
    if lead not in (0, 1) or (lead == 1 and not any(ch.isalpha() for ch in stub)):
        return None
    if units is not None and len(units) != n:
        units = None
    names: list[str | None] = []
    for j, cell in enumerate(cells):
        name = _SPACES_RE.sub(" ", cell.group(0))
        unit = units[lead + j] if units else None
        measure = unit is not None and "change" in unit
        if " to " in name and not measure:
            names.append(None)  # (a span of months with no measure: neither a level nor a change read)
            continue
        names.append(f"{name} {_SPACES_RE.sub(' ', unit)}" if measure and unit else name)
    kept = [lead + j for j, name in enumerate(names) if name is not None]
    if len(kept) < 2:
        return None
    top = head[0]
    out = [TextLine(top.line, "\t" + "\t".join(name for name in names if name is not None), top.col, top.page,
                    "row")]
    for line, label, nums in rows:
        chars = list(line.text)
        if (base := _ROW_BASE_RE.search(line.text, label[0], label[1])) is not None:
            chars[base.start():base.end()] = " " * (base.end() - base.start())  # (the row's index base)
        for j, (a, b) in enumerate(nums):
            if j not in kept:
                chars[a:b] = " " * (b - a)  # (a column no period heads: blanked, offsets kept)
        text = "".join(chars)
        out.append(TextLine(line.line, _tabbed(text, [label, *(nums[j] for j in kept)]), line.col, line.page,
                            "row"))
    return out, k - 1


#: a header line of years alone, apart by spaces: 「2004年 2004年 2005年」, 「平成16年 平成17年」 (a year
#: over the run of columns under it)
_YEAR_CELL_RE = re.compile(r"(?:(?:19|20)\d{2}|(?:昭和|平成|令和)(?:[1-9]\d?|元))年")
_YEARS_LINE_RE = re.compile(rf"\s*{_YEAR_CELL_RE.pattern}(?:\s+{_YEAR_CELL_RE.pattern})+\s*")
#: a column's period without its year: 「1-3月」, 「10−12月」, 「12月」, 「1～3月期」
_YEARLESS_CELL_RE = re.compile(r"(1[0-2]|[1-9])(?:\s?[-−–~～]\s?(1[0-2]|[1-9]))?月期?")
#: a row's level in brackets after its changes: 「… -28 [6,339]」 (「[]内は実数」)
_BRACKET_LEVEL_RE = re.compile(r"\s\[\s?([△▲\-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?\]\s*$")
#: a row label that only qualifies the row above: 「(原数値 万人)」, 「（季調値・%）」
_SUB_LABEL_RE = re.compile(r"[(（][^()（）]{1,16}[)）]")
#: the bracket a row's label ends with: 「(季調値・万人)」, 「(%)」
_LABEL_BRACKET_END_RE = re.compile(r"[(（][^()（）]{1,16}[)）]\s*$")
#: an elision mark of a stored copy inside a table: 「[...]」
_ELISION_RE = re.compile(r"\s*\[(?:\.\.\.|…)\]\s*")
#: a table's note on its bracketed levels that states their unit: 「[ ]内は実数、千件・千人。」 (counts of
#: things and of people, in thousands: the openings' rows and the job seekers')
_LEVEL_UNIT_NOTE_RE = re.compile(r"\[\s*\]内は実数[、,]\s*([^。()（）\[\]]{1,16}?)\s*[。．]")
_COUNT_UNIT_RE = re.compile(r"(千|万|百万|億)?(人|件|戸|台|世帯|社|事業所)")
#: how many lines after a table its note is looked for in
_LEVEL_NOTE_LINES = 6


def level_note_unit(lines: Iterable[TextLine]) -> str | None:
    """The unit a table's note states for its bracketed levels (「[ ]内は実数、千件・千人」 -> 「千件」), when
    every unit it names is a count at one scale; None without such a note, or for units of other kinds or
    scales (which row is in which is not said)."""
    for line in lines:
        if (m := _LEVEL_UNIT_NOTE_RE.search(line.text)) is None:
            continue
        units = [_COUNT_UNIT_RE.fullmatch(u.strip()) for u in re.split(r"[・、,]", m[1])]
        if not units or any(u is None for u in units) or len({u[1] for u in units if u is not None}) != 1:
            return None
        return units[0][0] if units[0] is not None else None
    return None


def _year_runs(periods: list[str]) -> list[int] | None:
    """The run each yearless period of a header belongs to: a run goes on while its periods are of one kind
    (spans of months, or months) and come later in the year; a month after a span, or one earlier in the
    year, opens the next run (「1-3月 … 10-12月 | 12月 | 1月 2月」: three runs)."""
    runs: list[int] = []
    last: tuple[bool, int] | None = None
    for cell in periods:
        m = _YEARLESS_CELL_RE.fullmatch(cell)
        if m is None:
            return None
        span, first = m[2] is not None, int(m[1])
        end = int(m[2]) if m[2] else first
        if span and end < first:
            return None
        if last is None:
            runs.append(0)
        elif last[0] != span or first <= last[1]:
            runs.append(runs[-1] + 1)
        else:
            runs.append(runs[-1])
        last = (span, end)
    return runs


def years_over_periods(years: list[str], periods: list[str]) -> list[str] | None:
    """The columns of a header whose years stand over runs of yearless periods (「2004年 2004年 2005年」 over
    「1-3月 4-6月 7-9月 10-12月 12月 1月 2月」; 「20年 21年」 over 「9月調査 12月調査 3月予測」): each year
    heads one run, in order, when there are as many runs as years; None otherwise."""
    bare = []
    for cell in periods:
        m = _YEARLESS_CELL_RE.match(cell)
        if m is None:
            return None
        bare.append(m.group(0))
    runs = _year_runs(bare)
    if runs is None or runs[-1] + 1 != len(years):
        return None
    return [f"{years[r]}{cell}" for r, cell in zip(runs, periods, strict=True)]


def _years_table(first: TextLine, ahead: list[TextLine]) -> tuple[list[TextLine], int] | None:
    """A table headed by a line of years over a line of yearless periods (a ministry's table as text:
    「2004年 2004年 2005年」 over 「1-3月 4-6月 7-9月 10-12月 12月 1月 2月」), then rows of a label and as
    many numbers, perhaps a level in brackets after them (「就業者 (季調値 万人) 21 45 … -28 [6,339]」: the
    last column's level, 「[]内は実数」); a row whose label only qualifies the one above (「(原数値 万人)」)
    is the same row's, and a label alone on its line takes the numbers of the next (blank lines between).
    Taken with two rows or more."""
    years = first.text.split()
    i = 0
    while i < len(ahead) and not ahead[i].text.strip():
        i += 1
    if i >= len(ahead) or ahead[i].role != "text":
        return None
    periods = ahead[i].text.split()
    if len(periods) == 1 and _YEARLESS_CELL_RE.fullmatch(periods[0]):
        # the periods one a line, and each row's label and cells a line each: the same table, one cell a line
        folded = _folded_cells(ahead, i)
        if folded is None:
            return None
        if years_over_periods(years, folded[0][0].text.split()) is None:
            # years that do not stand over the runs of periods (fewer, or more): which year each column is of
            # is unknown, so none of the table is read (its months were dated by guess)
            return [], folded[1][-1]
        if (got := _years_table(first, folded[0])) is None:
            return None
        return got[0], folded[1][got[1] - 1]
    columns = years_over_periods(years, periods) if len(periods) >= 2 else None
    if columns is None:
        return None
    n = len(columns)
    head = ahead[i]
    out: list[TextLine] = []
    used = i + 1
    main = bracket = ""
    bracket_indent = main_indent = 0  # (how far in the bracket's row, and the main row, are set)
    leveled = False
    rows: list[tuple[TextLine, list[str]]] = []
    pending: TextLine | None = None
    j = used
    while j < len(ahead):
        line = ahead[j]
        text = line.text
        if not text.strip() or _ELISION_RE.fullmatch(text):
            j += 1
            continue
        if line.role not in ("text", "heading"):
            break
        body = text
        level = _BRACKET_LEVEL_RE.search(body)
        if level is not None:
            body = body[:level.start()]
        numbers = body.split()
        if pending is not None and numbers and all(_CELL_NUMBER_RE.fullmatch(c) for c in numbers):
            cells = numbers  # (the numbers of the label alone on the line before)
            label = pending.text.strip()
            at = pending
        else:
            row = _row(body)
            if row is None:
                stripped = text.strip()
                if pending is None and len(stripped) <= 16 and not any(ch.isdigit() for ch in stripped) \
                        and _CJK_RE.search(stripped) and not stripped.endswith("。"):
                    pending = line  # (a label alone: its numbers on a line of their own)
                    j += 1
                    continue
                break
            (a, b), spans = row
            label = body[a:b].strip()
            cells = [body[s:e] for s, e in spans]
            at = line
        pending = None
        if len(cells) != n:
            break
        indent = len(at.text) - len(at.text.lstrip())
        if _SUB_LABEL_RE.fullmatch(label) and main:
            label = f"{main} {label}"
            indent = main_indent  # (the same row as the one above, however far in its qualifier is set)
        else:
            main = re.sub(rf"\s*{_SUB_LABEL_RE.pattern}$", "", label) or label
            main_indent = indent
        own = _LABEL_BRACKET_END_RE.search(label)
        if own is not None and bracket and indent > bracket_indent and table_unit(own.group(0)) is None:
            # 「 サービス業(他に分類されないもの)」 set in under 「新規求人(原数値・含パート%)」: a bracket
            # that states no unit is part of the name of a part of the row above, which is in that row's
            # unit
            label = f"{label} {bracket}"
        elif own is not None:
            bracket = own.group(0).strip()
            bracket_indent = indent
        elif bracket:
            # 「男性」, 「建設業」 under 「完全失業率(季調値・%)」: a part of the row above, in its unit
            label = f"{label} {bracket}"
        if all(c == "…" for c in cells):
            j += 1  # (a row of no values: its label still names the rows under it; nothing to read)
            used = j
            continue
        if level is not None:
            cells = [*cells, level[1]]
            leveled = True
        rows.append((at, [label, *cells]))
        j += 1
        used = j
    if len(rows) < 2:
        return None
    # (the cell over the labels says 区分, as such a table's stub does: a header that opened with an empty
    # cell would lose it, and the rows with no level after their numbers would be read one column off)
    level_head = f"{columns[-1]} 実数"
    if leveled and (note_unit := level_note_unit(ahead[used:used + _LEVEL_NOTE_LINES])) is not None:
        # (the note's unit: the levels' own, whatever the rows' changes are in)
        level_head += f"（{note_unit}）"
    header = ["区分", *columns, *([level_head] if leveled else [])]
    out.append(TextLine(head.line, "\t".join(header), head.col, head.page, "row"))
    for at, cells in rows:
        cells = cells + [""] * (len(header) - len(cells))
        out.append(TextLine(at.line, "\t".join(cells), at.col, at.page, "row"))
    return out, used


#: a cell's own unit: 「105.7%」
_UNIT_MARK_RE = re.compile(r"[%％]")


def _cell_block(first: TextLine, held: Iterable[TextLine]) -> int:
    """How many of the lines after ``first`` a table set one cell a line runs on, when ``first`` opens one:
    two or more header cells a line each (periods, measures), then lines of one short cell each, two or more
    of them numbers; 0 when the lines are no such table. A stored copy's elision mark 「[...]」 does not end
    it; a blank line, a sentence or a longer line does."""
    heads = 1
    numbers = 0
    k = 0
    for k, line in enumerate(held, 1):
        text = line.text.strip()
        if _ELISION_RE.fullmatch(line.text):
            continue
        if line.role != "text" or not text or len(text) > _CELL_TEXT_MAX or _SENTENCE_END_RE.search(text) \
                or "。" in text:
            k -= 1
            break
        if _number_cell(line) is not None:
            numbers += 1
        elif numbers == 0 and header_cell(text):
            heads += 1
    return k if heads >= 2 and numbers >= 2 else 0


#: a header cell of a change on the same month of a year named: 「対2021年同月増減」 (broken over two lines,
#: 「対2021年」 over 「同月増減」, in a PDF's text layer)
_CHANGE_ON_YEAR_RE = re.compile(r"対\s?((?:19|20)\d{2})\s?年\s?同(?:月|期)\s?(?:増減|差)")


def _levels_and_changes(first: TextLine, block: list[TextLine]) -> list[TextLine] | None:
    """A table set one cell a line whose header holds the levels of periods and the changes of the latest
    on the others (労働力調査 表5: 「2022年12月」, 「2021年12月」, 「2020年12月」, 「対2021年 /
    同月増減」, 「2019年12月」, 「対2019年 / 同月増減」, 「対2020年 / 同月増減」), listed in another
    order than the columns' (a header in two levels, read across). The columns are taken as the levels
    in their order, then the changes in the order of the levels they are on, and kept only when the
    table's own sums show it: in every row (two or more) each change is the latest level less the level
    it is on, exactly (to half the cells' last digit). The header row and the rows, or None (the table
    stays unread)."""
    lines = [first, *block]
    texts = [x.text.strip() for x in lines]
    i = 0
    heads: list[str] = []
    while i < len(texts) and _number_cell(lines[i]) is None:
        if i + 1 < len(texts) and _number_cell(lines[i + 1]) is not None:
            break  # (the first row's label)
        if heads and _CHANGE_ON_YEAR_RE.fullmatch(heads[-1] + texts[i]):
            heads[-1] += texts[i]
        elif texts[i] and not _ELISION_RE.fullmatch(texts[i]):
            heads.append(texts[i])
        i += 1
    periods = [h for h in heads if _PERIOD_CELL_RE.fullmatch(h) and h.endswith("月")]
    changes = [(h, int(m[1])) for h in heads if (m := _CHANGE_ON_YEAR_RE.fullmatch(h))]
    if len(periods) < 2 or not changes or len(periods) + len(changes) + 1 < len(heads):
        return None  # (one label at most besides them: the group's, 「実数」)
    years = [int(p[:4]) if p[:4].isdigit() else 0 for p in periods]
    bases = [y for _, y in changes]
    latest = [k for k, y in enumerate(years) if y not in bases]
    if len(latest) != 1 or any(bases.count(y) != 1 or years.count(y) != 1 for y in bases) \
            or any(p[4:] != periods[latest[0]][4:] for p in periods):
        return None  # (each change on one level of the same month; one level, the latest, on none)
    cur = latest[0]
    changes.sort(key=lambda c: years.index(c[1]))
    rows: list[tuple[TextLine, list[str]]] = []
    while i < len(texts):
        if _ELISION_RE.fullmatch(texts[i]) or not texts[i]:
            i += 1
            continue
        if _number_cell(lines[i]) is not None:
            return None
        label, i = lines[i], i + 1
        cells: list[str] = []
        while i < len(texts) and (cell := _number_cell(lines[i])) is not None:
            cells.append(cell)
            i += 1
        if len(cells) != len(periods) + len(changes):
            return None
        rows.append((label, cells))
    if len(rows) < 2:
        return None
    for _label, cells in rows:
        read = [_cell_value(c) for c in cells]
        values = [v for v in read if v is not None]
        if len(values) != len(read):
            return None
        places = max(len(c.split(".")[1]) if "." in c else 0 for c in cells)
        for j, (_h, y) in enumerate(changes):
            level = values[years.index(y)]
            change = values[len(periods) + j]
            if abs(values[cur] - level - change) > 10 ** -places / 2:
                return None  # (the sums do not show this order: the table stays unread)
    latest_period = periods[cur]
    head = ["区分", *periods, *(f"{latest_period} {h}" for h, _ in changes)]
    out = [TextLine(first.line, "\t".join(head), first.col, first.page, "row")]
    for label, cells in rows:
        text = "\t".join([label.text.strip(), *cells])
        out.append(TextLine(label.line, text, label.col, label.page, "row"))
    return out


def _cell_value(cell: str) -> float | None:
    """The value of a number cell (「▲28」 is -28), or None."""
    text = cell.replace(",", "").replace("▲", "-").replace("△", "-").replace("−", "-").replace(" ", "")
    try:
        return float(text)
    except ValueError:
        return None


#: a level in brackets alone on its line, after a row's cells set one a line: 「[ 6,146]」
_LEVEL_CELL_RE = re.compile(r"\[\s?([△▲\-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?\]")


def _number_cell(line: TextLine) -> str | None:
    """The number a line holds alone (a cell of a table set one cell a line), or None."""
    text = line.text.strip()
    if line.role != "text" or not _CELL_NUMBER_RE.fullmatch(text) or not any(ch.isdigit() for ch in text):
        return None
    return text.replace(" ", "")


def _folded_cells(ahead: list[TextLine], i: int) -> tuple[list[TextLine], list[int]] | None:
    """The lines of a table set one cell a line from ``ahead[i]`` on (its yearless periods a line each, then
    each row's label and its cells a line each, perhaps a level in brackets after them: what a web page's
    table gives as text, 「10-12月 / 1-3月 / … / 就業者 (季調値・万人) / 28 / -3 / … / [ 6,146]」) folded into
    one line of periods and one line a row, and for each folded line the index in ``ahead`` after its last
    line; a row of another count of cells than there are periods is folded with no values (it is never read
    one cell off). The table ends at a line that is neither a row's label followed by cells nor a blank or
    an elision mark. None with fewer than two periods."""
    k = i
    periods: list[str] = []
    while k < len(ahead) and ahead[k].role == "text" and _YEARLESS_CELL_RE.fullmatch(ahead[k].text.strip()):
        periods.append(ahead[k].text.strip())
        k += 1
    n = len(periods)
    if n < 2:
        return None
    head = ahead[i]
    lines = [TextLine(head.line, " ".join(periods), head.col, head.page, "text")]
    ends = [k]
    while True:
        while k < len(ahead) and ahead[k].role == "text" and (not ahead[k].text.strip()
                                                              or _ELISION_RE.fullmatch(ahead[k].text)):
            k += 1
        if k >= len(ahead) or ahead[k].role != "text" or _number_cell(ahead[k]) is not None:
            break
        label = ahead[k]
        cells: list[str] = []
        at = k + 1
        gap = False
        while at < len(ahead):
            if (cell := _number_cell(ahead[at])) is not None:
                cells.append(cell)
                at += 1
                continue
            after = at
            while after < len(ahead) and ahead[after].role == "blank":
                after += 1
            if not cells or after == at or after >= len(ahead) or _number_cell(ahead[after]) is None:
                break
            gap, at = True, after  # (a cell left empty: the row's numbers go on after a blank line)
        if not cells or len(label.text.strip()) > 40 or "。" in label.text:
            break
        if at < len(ahead) and (level := _LEVEL_CELL_RE.fullmatch(ahead[at].text.strip())) is not None:
            cells.append(f"[{level[1]}]")
            at += 1
        if gap or len(cells) - cells[-1].startswith("[") != n:
            # a row of another count of cells (an empty cell lost, a level without its brackets): which column
            # each cell stands in is unknown, so none is read; the row stays, with no values, for the labels
            # of the rows under it
            cells = ["…"] * n
        text = " ".join([label.text.strip(), *cells])
        lines.append(TextLine(label.line, text, label.col, label.page, "text"))
        k = at
        ends.append(k)
    return lines, ends


#: a year without its era, in a table's header: 「20年」, 「21年」
_ERA_LESS_YEAR_RE = re.compile(r"([1-9]\d?)年")
#: a year of four digits a document states: 「(2008年12月)」, "2008"
_FULL_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年|\D|$)")
#: the eras a two-digit year may count in, by the year before their first: 昭和, 平成, 令和, and the century's
#: two digits (「24年3月期」 for 2024)
_ERA_BASES = (1925, 1988, 2018, 2000, 1900)


def resolved_years(cells: list[str], stated: set[int]) -> list[str] | None:
    """Era-less years heading a table (「20年 | 21年」) as the years of the era the document's own stated
    years show: the one base whose year for some cell the document states (「(2008年12月)」: 20年 is
    平成20年, 2008), every cell counted from it; None when no base or more than one fits."""
    numbers = []
    for cell in cells:
        m = _ERA_LESS_YEAR_RE.fullmatch(cell)
        if m is None:
            return None
        numbers.append(int(m[1]))
    bases = {b for b in _ERA_BASES for n in numbers if b + n in stated}
    if len(bases) != 1:
        return None
    base = bases.pop()
    return [f"{base + n}年" for n in numbers]


#: a Markdown table's rule line under its header: 「---|---|---|」
_MD_RULE_RE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")
#: a cell of a number and another in brackets, one cell a line: 「103.5 (103.6)」 (the row's reading, then the
#: reading its label's bracket names)
_PAIRED_CELL_RE = re.compile(rf"({_NUMBER})\s*([(（]\s*{_NUMBER}\s*[)）])")
#: a row label with the bracketed label of its second reading: 「生産 (速報値)」
_MARKED_LABEL_RE = re.compile(r"(.*?[^\s(（])\s*([(（][^()（）\d]{1,12}[)）])")


def _md_grouped(first: TextLine, ahead: list[TextLine]) -> tuple[list[TextLine], int] | None:
    """A Markdown table whose header is in two levels, groups over columns (「季節調整済指数 | 原指数 |」,
    a rule line, 「指数 | 前月比 | 指数 | 前年同月比 |」), and whose rows are set one cell a line, each ending
    in its bar (a web page's table saved as text: 「生産 (速報値) |」, then 「103.5 (103.6) |」 a line each):
    the layout :func:`_grouped` reads as text, a cell of two readings being the row's and, in brackets, the
    one its label's bracket names (「生産 (速報値)」: the preliminary figures). Taken only when every line of
    the block is read (a label, its bracketed label, and as many numbers as the header names); None
    otherwise."""
    if len(ahead) < 4 or ahead[0].role != "text" or not _MD_RULE_RE.fullmatch(ahead[0].text.strip()) \
            or ahead[1].role != "text" or "|" not in ahead[1].text:
        return None
    top, subs = _md_cells(first.text), _md_cells(ahead[1].text)
    if len(top) < 2 or len(subs) <= len(top) or any(_CELL_NUMBER_RE.fullmatch(c) for c in top + subs):
        return None
    lines = [TextLine(first.line, " ".join(top), first.col, first.page, "text"),
             TextLine(ahead[1].line, " ".join(subs), ahead[1].col, ahead[1].page, "text")]
    k = 2
    while k < len(ahead) and ahead[k].role == "text" and ahead[k].text.rstrip().endswith("|") \
            and len(cells := _md_cells(ahead[k].text)) == 1 and ahead[k].text.count("|") == 1:
        at, cell = ahead[k], cells[0]
        if (pair := _PAIRED_CELL_RE.fullmatch(cell)) is not None:
            parts = [pair.group(1), pair.group(2)]
        elif _CELL_NUMBER_RE.fullmatch(cell) is None and (marked := _MARKED_LABEL_RE.fullmatch(cell)):
            parts = [marked.group(1), marked.group(2)]
        else:
            parts = [cell]
        lines.extend(TextLine(at.line, x, at.col, at.page, "text") for x in parts)
        k += 1
    if k == 2:
        return None
    got = _grouped(lines[0], lines[1:])
    if got is None or got[1] != len(lines) - 1:
        return None  # (a line of the block left unread: the cells do not fit the header)
    return got[0], k


def _md_cells(text: str) -> list[str]:
    """The non-empty cells of a Markdown table line."""
    return [c.strip() for c in text.strip().strip("|").split("|") if c.strip()]


def _md_years_header(first: TextLine, ahead: list[TextLine],
                     stated: set[int]) -> tuple[list[TextLine], int] | None:
    """A Markdown table's header of years (perhaps era-less: 「| 20年 | 21年 | ||」) over a line of yearless
    periods (「| 9月調査 | 12月調査 | 3月予測 |」), lines of bars only between or after: one header row whose
    cells name each column's year and period (2008年9月調査 …), the years run by run (see
    :func:`years_over_periods`); the rows after are the Markdown reader's."""
    cells = _md_cells(first.text)
    yearly = bool(cells) and bool(_YEAR_CELL_RE.fullmatch(cells[0]) or _ERA_LESS_YEAR_RE.fullmatch(cells[0]))
    stub = cells[0] if cells and not yearly else ""
    years = cells[1:] if stub else cells
    if len(years) < 2:
        return None
    if not all(_YEAR_CELL_RE.fullmatch(y) for y in years):
        later = {int(m[1]) for x in ahead for m in _FULL_YEAR_RE.finditer(x.text)}
        full = resolved_years(years, stated | later)
        if full is None:
            return None
        years = full
    i = 0
    while i < len(ahead) and not _md_cells(ahead[i].text) and "|" in ahead[i].text:
        i += 1
    if i >= len(ahead) or not ahead[i].text.lstrip().startswith("|"):
        return None
    columns = years_over_periods(years, _md_cells(ahead[i].text))
    if columns is None:
        return None
    used = i + 1
    while used < len(ahead) and ahead[used].text.strip() and not _md_cells(ahead[used].text):
        used += 1  # (「|」: a line of bars only, under the header)
    row = TextLine(first.line, "\t".join([stub or "区分", *columns]), first.col, first.page, "row")
    return [row], used


#: a header cell that is one period with its year: a month (「2015年2月」), a quarter's months
#: (「2014年10-12月期」), a year or a fiscal year (「2014年」, 「2014年度」)
_PERIOD_CELL_RE = re.compile(r"(?:(?:19|20)\d{2}|(?:平成|令和)(?:[1-9]\d?|元))年"
                             r"(?:度|\d{1,2}月|\d{1,2}[-~～]\d{1,2}月期)?")
#: a change's column and the kind of period it compares (Japanese says what a change is against: 前月比,
#: on the month before, is a month's; 前期比 a quarter's; 前年比 a year's; 前年度比 a fiscal year's), by
#: the period cell's shape: month, quarter, year, fiscal year
_CHANGE_KINDS = (("month", re.compile(r"前(?:年同)?月[比差]")),
                 ("quarter", re.compile(r"前(?:年同)?期[比差]")),
                 ("fy", re.compile(r"前年度[比差]")), ("year", re.compile(r"前年[比差]")))


def _period_kind(cell: str) -> str | None:
    m = _PERIOD_CELL_RE.fullmatch(cell)
    if m is None:
        return None
    return "quarter" if cell.endswith("月期") else "month" if cell.endswith("月") else \
        "fy" if cell.endswith("年度") else "year"


def _md_periods_over_changes(first: TextLine, ahead: list[TextLine], otherwise: Callable[
        [TextLine, list[TextLine]], tuple[list[TextLine], int] | None]) -> tuple[list[TextLine], int] | None:
    """A Markdown header of periods (「| 2015年2月 | 2014年10-12月期 | 2014年 |」) over a rule line and a
    header of changes (「| 前月比 | 前年同月比 | 前期比 | 前年比 |」), a period spanning the changes of its
    kind: each change names what it compares against, so it stands under the period of that kind
    (前月比 and 前年同月比 under the month, 前期比 under the quarter, 前年比 under the year), the periods
    taken in turn, each over one change or more. One header row naming each column's period and change
    (「2014年10-12月期 前期比」); the rows after are the Markdown reader's. Unless every change fits a
    period in turn and every period has one, the header is ``otherwise``'s (the years over periods
    readers')."""
    got = _periods_over_changes(first, ahead)
    return got if got is not None else otherwise(first, ahead)


def _periods_over_changes(first: TextLine, ahead: list[TextLine]) -> tuple[list[TextLine], int] | None:
    periods = _md_cells(first.text)
    kinds = [_period_kind(c) for c in periods]
    if len(periods) < 2 or None in kinds or len(ahead) < 2 \
            or not _MD_RULE_RE.fullmatch(ahead[0].text.strip()):
        return None
    changes = _md_cells(ahead[1].text)
    if len(changes) < len(periods):
        return None
    columns: list[str] = []
    p = 0
    used = [False] * len(periods)
    for change in changes:
        kind = next((k for k, rx in _CHANGE_KINDS if rx.fullmatch(change)), None)
        while p < len(periods) and kind != kinds[p]:
            if not used[p]:
                return None  # (a period over no change: the header does not fit)
            p += 1
        if p >= len(periods):
            return None
        used[p] = True
        columns.append(f"{periods[p]} {change}")
    if not all(used):
        return None
    row = TextLine(first.line, "\t".join(["区分", *columns]), first.col, first.page, "row")
    return [row], 2


#: a cell of a number in brackets, or a mark for no value: 「(30.0)」, 「(▲ 22.0)」, 「*」
_BRACKET_CELL_RE = re.compile(r"[(（]\s?([△▲\-−]?\s?\d[\d,]*(?:\.\d+)?)\s?[)）]|[*＊…-]")
#: a table's note saying what its brackets hold: 「(注) 業種別の( )の値は、季節調整値。」,
#: 「( )内は季節調整値」
_BRACKET_NOTE_RE = re.compile(
    r"[(（]\s*[)）](?:の値|の数値|内)は[、,]?\s*([^。()（）]{1,20}?)(?:である|です)?[。．]")
#: what a note may say brackets hold that is no figure of the row's measure: a level beside a row of changes
_LEVEL_NOTE_RE = re.compile(r"実数|指数|水準|原数値|構成比")


def bracket_note(lines: Iterable[TextLine]) -> str | None:
    """What a table's note says its bracketed numbers are (「季節調整値」, 「季節調整済前期比増加率」), when
    they are figures of the same measure as the row above them; None without such a note, or for a level
    (実数, 指数)."""
    for line in lines:
        if (m := _BRACKET_NOTE_RE.search(line.text)) is not None:
            what = m[1].strip()
            return None if _LEVEL_NOTE_RE.search(what) else what
    return None


def bracket_row(cells: list[str]) -> list[str] | None:
    """The numbers of a table row of bracketed numbers alone (no label: 「| (30.0) | (42.4) | * |」), a mark
    for no value kept as it is; None for any other row (one bracketed number is no such row)."""
    out = []
    for cell in cells:
        m = _BRACKET_CELL_RE.fullmatch(cell.strip())
        if m is None:
            return None
        out.append(m[1].replace(" ", "") if m[1] else "-")
    return out if sum(c != "-" for c in out) >= 2 else None
