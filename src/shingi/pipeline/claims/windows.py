"""A window with an end the claim writes: "before 2021", "prior to FY2020", "until 2019",
"through 2024", 「2021年より前」「2020年以前」「2019年まで」, and a range of periods "from 2015 to 2020",
「2015年から2020年まで」, "between 2015 and 2020" (docs/verdict-rules.md §4.1, "A window that ends at
a year").

Which end is inside the window follows the word: "before", "prior to", "earlier than", "until",
"till" and より前 leave the year out (a point before it; "until" names the time the state stopped:
"Until 2024, … had never …; that year it did"); 以前, まで, "through", "up to and including" take it
in (以 counts its own point, as 以上 / 以下 do; まで names the last point reached). A deadline —
「2030年までに」, "by 2030" — is no window of a never: it says when a state is reached, and is read
as that year (left as it was).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from shingi.model import Period
from shingi.pipeline.claims.statement import ClaimedPeriod, Statement

#: the year that ends a window and whether it is inside it: "before 2021" (out), "through 2024" (in)
_ENDS_EN = re.compile(
    r"(?i)\b(?:(?P<out>before|prior\s+to|earlier\s+than|until|till|up\s+until)"
    r"|(?P<inn>through|up\s+to\s+and\s+including|thru))"
    r"\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:(?:FY|fiscal(?:\s+year)?)\s?)?"
    r"(?P<y>(?:19|20)[0-9]{2})\b(?!['’]s)(?!\s*(?:-|–|to)\s*[0-9])"
)
_ENDS_JA = re.compile(
    r"(?P<y>(?:19|20)[0-9]{2})年(?P<fy>度)?(?:(?P<out>より(?:も)?前)|(?P<inn>以前|まで(?!に)))"
)
#: "between 2015 and 2020": two periods that bound one window
_BETWEEN_EN = re.compile(r"(?i)\bbetween\s+$")
_AND_EN = re.compile(r"(?i)\s+and\s+$")
#: "from FY2015 to FY2022", 「2015年から2020年まで」「2015年〜2020年の間」: two periods said as the ends of
#: one span (a range the period reader did not join: fiscal years, JA years with から … まで)
_FROM_EN = re.compile(r"(?i)\bfrom\s+$")
_TO_EN = re.compile(r"(?i)^\s*(?:to|through|thru|until|till|-|–)\s*$")
_TO_JA = re.compile(r"^\s*(?:から|より|〜|～|－|-)\s*$")
_END_JA = re.compile(r"^\s*(?:まで(?!に)|の間|にかけて)")


@dataclass(frozen=True, slots=True)
class Bounded:
    """A window the claim closes: from ``start`` (None: the series' own start) to ``end`` (its last
    day inside), as written in ``text``."""

    start: date | None
    end: date
    text: str


def _own(st: Statement) -> list[ClaimedPeriod]:
    return [p for p in st.periods if not p.inferred]


#: the words of a window that ends at a year with no other reading: before, prior to, earlier than,
#: より前, 以前 ("until", "through" and まで also end a run or a range: 「2024年まで3年連続」)
_ONLY_AN_END = re.compile(r"(?i)^(?:before|prior|earlier)|^[0-9]+年度?(?:より|以前)")


def window_ending_at(st: Statement, strict: bool = False) -> tuple[int, bool, str] | None:
    """The year a statement's window ends at, and whether that year is inside it ("before 2021":
    out; 「2020年以前」: in), when the year is one of the statement's own periods (written, not
    carried over); else None. ``strict``: only the words that end a window and do nothing else
    (before, prior to, earlier than, より前, 以前)."""
    own = _own(st)
    for rx in (_ENDS_EN, _ENDS_JA):
        for m in rx.finditer(st.span):
            if strict and not _ONLY_AN_END.match(m.group(0)):
                continue
            year = int(m["y"])
            if any(p.period.start.year == year and p.period.precision in ("year", "fiscal_year")
                   for p in own):
                return year, m["inn"] is not None, m.group(0)
    return None


def bounded_window(st: Statement) -> Bounded | None:
    """The window a statement closes with an end it writes: a range of years or months read as one
    span ("from 2015 to 2020", 「2015年から2020年まで」, "2015-2020"), two periods after "between …
    and", or a year with an end word ("before 2021", 「2020年以前」; the start then the series' own,
    or the period after "since" / 以降 when one is said). None when the statement closes none."""
    own = _own(st)
    spans = [p for p in own if p.role is None and "/" in p.period.text]
    if len(spans) == 1 and len(own) == 1:
        p = spans[0].period
        return Bounded(p.start, p.end, spans[0].text)
    plain = [p for p in own if p.role is None]
    if len(plain) == 2 and len(own) == 2:
        a, b = sorted(plain, key=lambda p: p.start)
        # (a period's offsets are the claim's, not the clause's: found again in the span)
        i = st.span.find(a.text)
        j = st.span.find(b.text, i + len(a.text)) if i >= 0 else -1
        gap, after = st.span[i + len(a.text) : j], st.span[j + len(b.text) :]
        joined = (
            (_BETWEEN_EN.search(st.span[:i]) and _AND_EN.search(gap + " "))
            or (_FROM_EN.search(st.span[:i]) and _TO_EN.match(gap))
            or (_TO_JA.match(gap) and _END_JA.match(after))
        )
        if j >= 0 and joined and a.period.end < b.period.start:
            return Bounded(a.period.start, b.period.end, st.span[i : j + len(b.text)])
    ends = window_ending_at(st)
    if ends is None:
        return None
    year, inside, said = ends
    closing = [p for p in own if p.role is None and p.period.start.year == year]
    opening = [p for p in own if p.role == "since"]
    if len(closing) != 1 or len(opening) > 1 or len(own) != len(closing) + len(opening):
        return None
    shut: Period = closing[0].period
    end = shut.end if inside else shut.start - timedelta(days=1)
    start = opening[0].period.start if opening else None
    if start is not None and start > end:
        return None
    return Bounded(start, end, said)
