"""Decision calibration (docs/verdict-rules.md §5, "Calibration on unseen material"): a decision
path that the blind rounds' first runs show to be right less often than its neighbour is moved to
it, and the verdict says so; strong paths are kept."""

from __future__ import annotations

import pytest

from shingi.model import Check, NumberCompared
from shingi.pipeline.calibrate import calibrate, calibrate_rows


def _check(result: str, *numbers: tuple[float | None, float, str]) -> Check:
    return Check("s1", "metric", "", "", result=result,  # type: ignore[arg-type]
                 numbers=[NumberCompared("x", c, "", f, None, (), comparator)
                          for c, f, comparator in numbers])


@pytest.mark.parametrize(
    ("rating", "checks", "calibrated"),
    [
        ("false", [_check("fails", (3.0, 2.0, "more_than"))], "mostly_false"),
        ("false", [_check("fails", (3.0, 2.0, "about"))], "mostly_false"),
        ("false", [_check("fails", (3.0, 2.0, "exactly"))], "false"),  # an exact figure
        ("false", [_check("fails", (-3.0, 2.0, "about"))], "false"),  # across zero: the direction misses
        ("false", [_check("fails", (4.0, 2.0, "about"))], "false"),  # a factor two: too far
        ("false", [_check("fails", (2.0, 2.0, "about"))], "false"),  # no figure misses
        ("false", [_check("fails")], "false"),  # no figure compared
        ("false", [_check("fails", (3.0, 2.0, "about")), _check("fails")], "false"),
        ("true", [_check("holds", (108.0, 100.0, "about"))], "mostly_true"),
        ("true", [_check("holds", (104.0, 100.0, "about"))], "true"),  # under 5 %
        ("true", [_check("holds", (101.0, 100.0, "exactly"))], "true"),  # not an approximation
        ("half_true", [_check("holds", (108.0, 100.0, "about")), _check("fails", (3.0, 2.0, "about"))],
         "half_true"),
    ],
)
def test_calibration_mappings(rating: str, checks: list[Check], calibrated: str) -> None:
    assert calibrate(rating, checks, "en")[0] == calibrated  # type: ignore[arg-type]


def test_saved_decision_paths_are_calibrated_the_same_way() -> None:
    rows = [{"kind": "opinion", "result": "unknown", "numbers": []},
            {"kind": "change", "result": "fails",
             "numbers": [{"label": "x", "claimed": 2.0, "found": 1.44, "comparator": "at_least"}]}]
    assert calibrate_rows("false", rows)[0] == "mostly_false"
