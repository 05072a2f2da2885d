"""The acronym table ingest reads instead of Sudachi, and English documents never loading Sudachi."""

from __future__ import annotations

import itertools
import os
import string
import subprocess
import sys
from pathlib import Path

from shingi.ingest.acronyms import MAX_LETTERS, common_acronyms, sudachi_says_common

ROOT = Path(__file__).resolve().parents[1]


def test_the_table_is_sudachis_answer_for_short_acronyms() -> None:
    table = common_acronyms()
    for n in (1, 2, 3):
        for letters in itertools.product(string.ascii_uppercase, repeat=n):
            word = "".join(letters)
            assert (word in table) == sudachi_says_common(word), word
    assert {"AI", "GDP", "GPU", "CEO"} <= table and not {"BLS", "TSMC"} & table


def test_every_longer_entry_is_a_common_noun_of_at_most_five_letters() -> None:
    longer = sorted(w for w in common_acronyms() if len(w) > 3)
    assert longer and all(len(w) <= MAX_LETTERS and w.isalpha() and w.isupper() for w in longer)
    assert all(sudachi_says_common(w) for w in longer[::25])


def test_an_english_document_does_not_load_sudachi(tmp_path: Path) -> None:
    doc = tmp_path / "release.txt"
    doc.write_text("WASHINGTON, Dec. 10, 2024 -- The U.S. Bureau of Economic Analysis said real GDP "
                   "increased 2.8 percent in the third quarter of 2024. AI and GPU spending by BLS "
                   "and TSMC rose 5 percent.\n", encoding="utf-8")
    code = ("import sys; from pathlib import Path; from shingi.ingest.run import ingest_files; "
            f"ingest_files([Path({str(doc)!r})], Path({str(tmp_path / 'draft')!r})); "
            "print('sudachipy' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"
    entities = (tmp_path / "draft" / "entities.csv").read_text(encoding="utf-8")
    assert "TSMC" in entities and ",GDP," not in entities and ",AI," not in entities  # the table's answers
