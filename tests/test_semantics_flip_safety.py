"""False-side safety of session 20 (docs/verdict-rules.md §4.15, "Parts an event or one step
cannot show"), in Japanese and English, on a small pack about Norland:

- a change said never to have happened ("has never fallen since …", 「一度も下がったことがない」) is
  refuted by one step the way said, of the series or of an event, and is never settled by one
  step inverted nor by an event of another kind (round 19 jp-renewables surcharge-never-fell);
- an event does not show how long a state lasted ("froze … for two years"; round 19
  uk-energy-price-cap epg-two-years), nor a comparison it does not state ("more … than the plan
  struck down"; round 18 us-student-loans more-than-plan)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["levy", "送電賦課金単価", "Grid levy rate", "NLD/kWh", "grid levy", "false", "amount", ""],
    ["fuel", "燃料税単価", "Fuel duty rate", "NLD/l", "fuel duty", "false", "amount", ""],
]
OBSERVATIONS = [
    ["o-levy-2024", "NL", "levy", "2024", "3.49", "NLD/kWh", "stat", ""],
    ["o-levy-2025", "NL", "levy", "2025", "3.98", "NLD/kWh", "stat", ""],
    ["o-fuel-2021", "NL", "fuel", "2021", "1.10", "NLD/l", "stat", ""],
    ["o-fuel-2022", "NL", "fuel", "2022", "1.20", "NLD/l", "stat", ""],
    ["o-fuel-2023", "NL", "fuel", "2023", "1.30", "NLD/l", "stat", ""],
    ["o-fuel-2024", "NL", "fuel", "2024", "1.40", "NLD/l", "stat", ""],
]
EVENTS = [
    ["e-levy-fall", "2023", "", "NL", "milestone", "送電賦課金単価が制度開始以来初めて前年から値下がり",
     "Grid levy falls year on year for the first time since the scheme began", "", "", "stat", "2", ""],
    ["e-freeze", "2022-10-01", "", "NL", "regulation", "家庭の電気料金を年2,500ドルに凍結する価格保証が発効",
     "Price guarantee takes effect, freezing typical bills at $2,500", "2500", "USD", "stat", "2", ""],
    ["e-struck", "2023-06-30", "", "NL", "ruling", "最高裁が学生ローン免除計画を無効と判断",
     "Supreme Court strikes down the student loan relief plan", "", "", "stat", "2", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "flip-safety", METRICS, OBSERVATIONS, events=EVENTS, language="en")


def test_never_a_step_refuted_by_an_event_of_that_step(pack: Pack) -> None:
    d = diagnose("Norland's grid levy has never fallen since the scheme began.", pack, lang="en",
                 as_of="2025-03-25")
    assert d.rating == "false"
    assert "e-levy-fall" in d.checks[0].evidence
    ja = diagnose("ノーランドの送電賦課金は2012年以来一度も下がったことがない。", pack, as_of="2025-03-25")
    assert ja.rating == "false"


def test_never_a_step_is_not_one_step_inverted(pack: Pack) -> None:
    # the one step of the series (2024 → 2025, a rise) inverted would make "never rose" false and
    # "never fell" true: neither is shown by one step; a step the way said refutes it
    d = diagnose("Norland's fuel duty has never fallen.", pack, lang="en", as_of="2025-06-01")
    assert d.rating == "unverifiable"  # every step a rise: no fall, but no dated window either
    up = diagnose("Norland's fuel duty has never risen.", pack, lang="en", as_of="2025-06-01")
    assert up.rating == "false"
    # negative test: a dated window with every step in it still holds (§4.7, no_step_since)
    held = diagnose("Norland's fuel duty has not fallen even once since 2021.", pack, lang="en",
                    as_of="2025-06-01")
    assert held.rating == "true"
    # negative test: a never of a size or record is not read as a step
    so = diagnose("Norland's fuel duty has never risen so fast.", pack, lang="en", as_of="2025-06-01")
    assert "did move that way" not in " ".join(c.reason for c in so.checks)


def test_an_event_does_not_show_how_long_it_lasted(pack: Pack) -> None:
    d = diagnose("The price guarantee froze typical bills at $2,500 for two years.", pack, lang="en")
    assert d.rating == "unverifiable"
    assert "Duration" in d.checks[0].reason
    ja = diagnose("価格保証は家庭の電気料金を2年間2,500ドルに凍結した。", pack)
    assert ja.rating == "unverifiable"
    # negative test: without a duration the event settles it
    assert diagnose("The price guarantee froze typical bills at $2,500.", pack, lang="en").rating == "true"


def test_an_event_does_not_show_a_comparison_it_does_not_state(pack: Pack) -> None:
    d = diagnose("The government forgave more student debt than the plan the Supreme Court struck down.",
                 pack, lang="en")
    assert d.rating == "unverifiable"
    assert "Comparison" in d.checks[0].reason
    # negative test: the event alone, with no comparison, still holds
    assert diagnose("The Supreme Court struck down the student loan relief plan in June 2023.", pack,
                    lang="en").rating == "true"
