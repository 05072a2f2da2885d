"""Rewrite the cue-list rows of docs/verdict-rules.md §8 from ``shingi.pipeline.lexicon``.

    PYTHONPATH=src python bench/cue_table.py            # print every row
    PYTHONPATH=src python bench/cue_table.py --write    # rewrite the rows in docs/verdict-rules.md
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from shingi.pipeline import lexicon as lx

DOC = Path(__file__).resolve().parent.parent / "docs" / "verdict-rules.md"


def row(title: str, cue: lx.CueList) -> str:
    ja = "、".join(cue.ja)
    en = "|".join(cue.en).replace("|", "\\|")
    return f"| {title} | `{cue.name}` | {ja} | `{en}` |"


def main() -> int:
    cues = {v.name: v for v in vars(lx).values() if isinstance(v, lx.CueList)}
    lines = DOC.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        m = re.match(r"\| ([^|]+) \| `(\w+)` \| ", line)
        if m and m.group(2) in cues:
            lines[i] = row(m.group(1), cues[m.group(2)])
            if "--write" not in sys.argv:
                print(lines[i])
    if "--write" in sys.argv:
        DOC.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
