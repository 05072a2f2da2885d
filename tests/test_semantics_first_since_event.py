""""Its first cut since 2020": the year after "since" opens the window the event is the first of;
it does not date the event, and the source's own window ("its first cut since March 2020") must be
the claim's (blind round 4b us-inflation t-first-cut-2024 and round 6 us-housing fed-first-cut
were half true on a date check of 2020 against September 2024)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [["CB", "organization", "ノーランド中央銀行", "Bank of Norland", "the Bank;中銀", "NL"]]
EVENTS = [
    ["e0", "2020-03-15", "", "CB", "policy", "中銀が利下げ", "The Bank of Norland cuts rates", "", "", "stat",
     "2", ""],
    ["e1", "2024-09-18", "", "CB", "policy", "中銀が0.5ポイント利下げ、2020年3月以来初の利下げ",
     "The Bank of Norland cuts rates by half a point, its first cut since March 2020", "", "", "stat", "2",
     ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "first-since-event", [], [], entities=ENTITIES, events=EVENTS)


def test_the_year_after_since_opens_the_window(pack: Pack) -> None:
    said = "The Bank of Norland cut rates in September 2024, its first cut since {}."
    d = diagnose(said.format(2020), pack)
    assert all(c.result == "holds" for c in d.checks) and d.rating == "true"
    wrong = diagnose(said.format(2022), pack)
    assert wrong.rating not in ("true", "mostly_true")


def test_japanese_first_since(pack: Pack) -> None:
    d = diagnose("中銀は2024年9月に利下げした。2020年以来初の利下げだった。", pack)
    assert d.rating == "true"
    assert diagnose("中銀は2024年9月に利下げした。2022年以来初の利下げだった。", pack).rating not in (
        "true", "mostly_true"
    )
