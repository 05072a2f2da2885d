"""Points spelled in words ("more than a full point", "half a percentage point", "a quarter-point
cut", "two points") are a number in points as "1 point" is, read only as a percentage point, an
adjective or after a word of change or comparison ("at one point" and "0.2 of a percentage point"
stay words). Unread, the figure was not checked: "fell more than one point" held on a 0.16-point
fall (blind round 8c spain-jobs fast-fall: "down more than a full point in a year")."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.normalize.quantities import find_quantities
from shingi.pipeline.diagnose import diagnose

METRICS = [["ur", "失業率", "Unemployment rate", "%", "unemployment;jobless rate", "false", "share", ""]]
OBSERVATIONS = [
    ["u1", "NL", "ur", "2024-Q3", "11.21", "%", "stat", ""],
    ["u2", "NL", "ur", "2024-Q4", "10.61", "%", "stat", ""],
    ["u3", "NL", "ur", "2025-Q3", "10.45", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "spelled-points", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("fell more than one point", 1.0),
        ("down more than a full point", 1.0),
        ("cut rates by half a percentage point", 0.5),
        ("with a quarter-point cut", 0.25),
        ("up two points", 2.0),
    ],
)
def test_points_in_words_are_points(text: str, value: float) -> None:
    found = [m for m in find_quantities(text) if m.quantity.unit == "pt"]
    assert [m.quantity.value for m in found] == [value]


@pytest.mark.parametrize(
    "text", ["at one point it was higher", "a point of contention", "0.2 of a percentage point"]
)
def test_other_points_are_words(text: str) -> None:
    assert not [m for m in find_quantities(text) if m.quantity.unit == "pt" and m.quantity.value != 0.2]


def test_a_spelled_point_is_checked(pack: Pack) -> None:
    # 10.61 % to 10.45 %: 0.16 points, not more than one
    said = "Unemployment in Norland fell more than {} from Q4 2024 to Q3 2025."
    assert diagnose(said.format("one point"), pack).rating == "false"
    assert diagnose(said.format("1 point"), pack).rating == "false"
    ja = "ノーランドの失業率は2024年第4四半期から2025年第3四半期に1ポイント以上低下した"
    assert diagnose(ja, pack).rating == "false"
