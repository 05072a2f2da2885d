"""Round trips of the loader: load -> save -> load gives the same records."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pack_builder import EVENTS, csv_text, write_pack
from shingi.model import Pack, as_json
from shingi.pack.load import bundled_packs, load_pack
from shingi.pack.save import save_pack

FIXTURES = Path(__file__).parent / "fixtures" / "packs"


def records(pack: Pack) -> dict[str, Any]:
    """Everything a pack holds, without the line numbers and original spellings of cells."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            is_quantity = {"value", "unit", "approx", "text"} <= value.keys()
            return {
                k: strip(v)
                for k, v in value.items()
                if k not in ("row", "path", "index_cache") and not (is_quantity and k == "text")
            }
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(as_json(pack))  # type: ignore[no-any-return]


ALL_PACKS = [*bundled_packs(), *(str(p) for p in sorted(FIXTURES.iterdir()) if (p / "pack.yaml").is_file())]


@pytest.mark.parametrize("ref", ALL_PACKS)
def test_every_shipped_pack_round_trips(ref: str, tmp_path: Path) -> None:
    pack = load_pack(ref)
    again = load_pack(save_pack(pack, tmp_path / "copy"))
    assert records(again) == records(pack)
    # and saving the copy gives the same files, byte for byte
    save_pack(again, tmp_path / "copy2")
    for name in ("pack.yaml", "events.csv", "observations.csv", "claims.yaml"):
        if (tmp_path / "copy" / name).exists():
            assert (tmp_path / "copy" / name).read_bytes() == (tmp_path / "copy2" / name).read_bytes()


PERIODS = st.one_of(
    st.dates(date(1990, 1, 1), date(2090, 12, 31)).map(lambda d: d.isoformat()),
    st.builds(lambda y, m: f"{y}-{m:02d}", st.integers(1990, 2090), st.integers(1, 12)),
    st.builds(lambda y, q: f"{y}-Q{q}", st.integers(1990, 2090), st.integers(1, 4)),
    st.builds(lambda y, h: f"{y}-H{h}", st.integers(1990, 2090), st.integers(1, 2)),
    st.builds(lambda y: f"FY{y}", st.integers(1990, 2090)),
    st.integers(1990, 2090).map(str),
)
AMOUNTS = st.one_of(
    st.integers(0, 10**15).map(lambda n: f"{n:,}"),
    st.builds(
        lambda n, s: f"{n}{s}", st.integers(1, 9999), st.sampled_from(["万", "億", "兆", "k", "M", "bn", "T"])
    ),
    st.builds(lambda a, b: f"約{a}.{b}兆", st.integers(0, 99), st.integers(0, 9)),
)
TITLES = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(lambda t: t.strip() != "")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(PERIODS, AMOUNTS, TITLES), min_size=1, max_size=8))
def test_generated_events_round_trip(
    rows: list[tuple[str, str, str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("gen")
    events = [EVENTS[0]] + [
        [f"g{i}", period, "policy", "acme", "launch", title, "", amount, "JPY", "s1", "2", ""]
        for i, (period, amount, title) in enumerate(rows)
    ]
    pack = load_pack(write_pack(folder / "a", events_csv=csv_text(events)))
    again = load_pack(save_pack(pack, folder / "b"))
    assert records(again) == records(pack)
    for i, (_period, _amount, title) in enumerate(rows):
        assert again.events[f"g{i}"].title_ja == title.strip()
        assert again.events[f"g{i}"].date.text == pack.events[f"g{i}"].date.text
