"""Output safety as a class: what every text shingi writes goes through, whatever its source.

Packs, claims and documents are untrusted. Besides HTML escaping (done by each renderer) and
URL filtering (:func:`safe_url`: reports, and the addresses ingest writes to a draft), three rules
hold for every output:

- :func:`strip_controls`: control characters are removed from every text written to a
  terminal or a file: ANSI escape sequences (which can rewrite a terminal), NUL and the other
  C0 controls but tab and newline, DEL, the C1 controls, and the bidirectional overrides that
  make text read differently from how it is stored. The CLI applies it to everything it
  prints; reports apply it to their whole document before any format renders it
  (:func:`clean_document`).
- :func:`csv_cell`: a CSV cell that a spreadsheet would run as a formula (starting with ``=``,
  ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading ``'``; plain numbers such as
  ``-3.5`` are left alone.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Any, TypeVar

# ANSI escape sequences first (so their parameters go too), then single control characters.
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, clearing the screen
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window titles, hyperlinks
    r"|\x1b[@-Z\\-_]"  # other two-character escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # CSI in its one-byte C1 form
)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[-+]?[0-9][0-9,]*(\.[0-9]+)?%?$")

T = TypeVar("T")


def strip_controls(text: str) -> str:
    """``text`` without ANSI escapes and control characters (tab and newline are kept)."""
    if text.isprintable():
        return text  # the common case, fast
    return _CONTROLS.sub("", _ANSI.sub("", text))


def csv_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: formula starts are neutralised with a leading ``'``."""
    value = strip_controls(value)
    if value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def clean_document(obj: T) -> T:
    """A copy of a report document (any tree of dataclasses, tuples, lists and dicts) with
    :func:`strip_controls` applied to every string in it."""
    cleaned: T = _clean(obj)
    return cleaned


def _clean(obj: Any) -> Any:
    if isinstance(obj, str):
        return strip_controls(obj)
    if isinstance(obj, tuple):
        return tuple(_clean(x) for x in obj)
    if isinstance(obj, list):
        return [_clean(x) for x in obj]
    if isinstance(obj, dict):
        return {_clean(k): _clean(v) for k, v in obj.items()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = copy.copy(obj)
        for f in dataclasses.fields(obj):
            object.__setattr__(out, f.name, _clean(getattr(obj, f.name)))
        return out
    return obj


def safe_url(url: str | None) -> str | None:
    """The URL when a reader may follow it (http, https; doi: as https://doi.org/), else None."""
    if not url:
        return None
    u = url.strip()
    # no character that could end an HTML attribute, a Markdown autolink or code span, and no
    # control character, in any part of the URL (a doi: included)
    if re.match(r"^https?://[^\s<>\"'`\\\x00-\x1f\x7f]+$", u, re.I):
        return u
    m = re.match(r"^doi:\s*(10\.[^\s<>\"'`\\\x00-\x1f\x7f]+)$", u, re.I)
    if m:
        return "https://doi.org/" + m.group(1)
    return None
