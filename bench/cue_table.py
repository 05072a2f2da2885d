"""Print the rows of docs/verdict-rules.md §8 for cue lists, from ``shingi.pipeline.lexicon``.

    PYTHONPATH=src python bench/cue_table.py up down     # the rows of the named cue lists
"""

from __future__ import annotations

import sys

from shingi.pipeline import lexicon as lx


def row(cue: lx.CueList) -> str:
    ja = "、".join(cue.ja)
    en = "|".join(cue.en).replace("|", "\\|")
    return f"| {cue.name} | `{cue.name}` | {ja} | `{en}` |"


if __name__ == "__main__":
    cues = {v.name: v for v in vars(lx).values() if isinstance(v, lx.CueList)}
    for name in sys.argv[1:]:
        print(row(cues[name]))
