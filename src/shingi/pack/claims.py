"""Reading claims (a pack's ``claims.yaml`` or a claims file for ``shingi eval``) into
:class:`~shingi.model.Claim` records, with every problem named as ``FILE:ROW:COLUMN``."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from shingi.model import RATINGS, Claim, FiscalYear, Period, Problem
from shingi.normalize.limits import check_period
from shingi.normalize.periods import parse_period
from shingi.pack.files import scalar_text


def read_claims(
    doc: Any, file: str, problems: list[Problem], fiscal_year: FiscalYear | None = None
) -> list[Claim]:
    """The claims of a YAML document: a list of ``{id, text, expected, note, said_on, speaker}``
    (or ``{claims: [...]}``). Bare ``true``/``false`` are read as the ratings; ``said_on`` is a
    YAML date or a period (``FY`` years in ``fiscal_year``'s convention). Problems are appended to
    ``problems``; a claim with an error in its id or text is left out."""
    if isinstance(doc, dict) and isinstance(doc.get("claims"), list):
        doc = doc["claims"]
    if not isinstance(doc, list):
        problems.append(Problem(file, 1, "-", "expected a list of claims (- id: ..., text: ...)"))
        return []
    out: dict[str, Claim] = {}
    for item in doc:
        if not isinstance(item, dict):
            problems.append(Problem(file, 0, "-", "each claim must be a mapping with id and text"))
            continue
        line = int(item.get("__line__", 0))
        cid, text = item.get("id"), item.get("text")
        if cid is None or scalar_text(cid).strip() == "":
            problems.append(Problem(file, line, "id", "'id' is required"))
            continue
        if isinstance(cid, (dict, list)):
            problems.append(Problem(file, line, "id", "'id' must be text, not a list or mapping"))
            continue
        cid = scalar_text(cid).strip()
        if cid in out:
            first = out[cid].row
            problems.append(Problem(file, line, "id", f"duplicate claim id '{cid}' (first on line {first})"))
            continue
        if not isinstance(text, str) or not text.strip():
            problems.append(Problem(file, line, "text", "'text' is required"))
            continue
        expected = item.get("expected")
        if isinstance(expected, bool):  # bare true/false are YAML booleans: read them as ratings
            expected = "true" if expected else "false"
        if expected is not None and expected not in RATINGS:
            problems.append(
                Problem(file, line, "expected", f"unknown rating '{expected}' (one of {', '.join(RATINGS)})")
            )
            expected = None
        note = item.get("note")
        said_on = _said_on(item.get("said_on"), file, line, problems, fiscal_year)
        speaker = _speaker(item.get("speaker"), file, line, problems)
        note_text = scalar_text(note) if note is not None else None
        out[cid] = Claim(cid, text.strip(), expected, note_text, line, said_on, speaker)
    return list(out.values())


def _said_on(
    raw: Any, file: str, line: int, problems: list[Problem], fiscal_year: FiscalYear | None
) -> Period | None:
    if raw is None:
        return None
    if isinstance(raw, datetime):  # an unquoted date with a time of day
        raw = raw.date()
    if isinstance(raw, date):
        text = raw.isoformat()
    elif isinstance(raw, (str, int)) and not isinstance(raw, bool):
        text = scalar_text(raw)
    else:
        problems.append(Problem(file, line, "said_on", f"'said_on' must be a date or a period (got {raw!r})"))
        return None
    try:
        period = parse_period(text, fiscal_year)
    except ValueError as exc:
        problems.append(Problem(file, line, "said_on", str(exc)))
        return None
    out_of_range = check_period(period)
    if out_of_range:
        problems.append(Problem(file, line, "said_on", f"'{text}': {out_of_range}"))
        return None
    return period


def _speaker(raw: Any, file: str, line: int, problems: list[Problem]) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, (str, int, float)) and not isinstance(raw, bool) and scalar_text(raw).strip():
        return scalar_text(raw).strip()
    if isinstance(raw, bool):
        shown = scalar_text(raw)
        message = (f"'speaker' must be an entity id or a name but was read as the YAML boolean {shown}: "
                   f"quote it (\"{shown}\") if that is the name")
        problems.append(Problem(file, line, "speaker", message))
        return None
    problems.append(Problem(file, line, "speaker", "'speaker' must be an entity id or a name (text)"))
    return None
