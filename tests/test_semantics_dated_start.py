""""from over 26% in 2019 to about 15%", 「2019年の26%から15%に」: the one period is said of the
change's start figure, so the change runs from that period to now. A thing named as the start of a
window ("Since the labour reform", 「労働改革以降」) dates the clause and owns nothing (blind round 8c
spain-jobs temp-fall: the reform was the subject, no measure was found)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

ENTITIES = [
    ["reform", "programme", "労働改革", "labour reform", "the labour reform", "NL"],
]
EVENTS = [
    ["e1", "2021-12", "", "reform", "regulation", "労働改革が公布", "Labour reform published", "", "", "stat",
     "2", ""],
]
METRICS = [
    ["temp", "有期雇用の割合", "Temporary employment rate", "%", "temporary contracts share;temporary jobs",
     "false", "share", ""],
]
OBSERVATIONS = [
    ["t1", "NL", "temp", "2019", "26.3", "%", "stat", ""],
    ["t2", "NL", "temp", "2023", "17.0", "%", "stat", ""],
    ["t3", "NL", "temp", "2024", "15.1", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(
        tmp_path_factory, "dated-start", METRICS, OBSERVATIONS, entities=ENTITIES, events=EVENTS
    )


def test_a_period_after_the_start_figure_dates_the_start(pack: Pack) -> None:
    d = diagnose("The temporary employment rate has fallen from over 26% in 2019 to about 15%.", pack)
    assert d.checks[0].evidence == ["t1", "t3"] and d.rating == "true"
    # the end figure is wrong: not true (half true: the start and the direction hold)
    wrong_end = "The temporary employment rate has fallen from over 26% in 2019 to about 10%."
    assert diagnose(wrong_end, pack).rating not in ("true", "mostly_true")


def test_a_japanese_period_before_the_start_figure_dates_the_start(pack: Pack) -> None:
    d = diagnose("有期雇用の割合は2019年の26%から15%に低下した", pack)
    assert d.checks[0].evidence == ["t1", "t3"] and d.rating == "true"


def test_a_thing_that_opens_a_window_owns_nothing(pack: Pack) -> None:
    d = diagnose("Since the labour reform, the temporary employment rate has fallen from over 26% in 2019 to "
                 "about 15%.", pack)
    assert d.checks[0].kind == "change" and d.checks[0].evidence == ["t1", "t3"]
