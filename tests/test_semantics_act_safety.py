"""Evidence that settles a claim only when it is of the claim's act (docs/verdict-rules.md §4.15), in
Japanese and English, on a small pack about Norland:

- an announcement of a plan is what a plan event titled with its announcement is (blind round 7d
  fr-pensions lecornu-suspend: false → true);
- a ranking among the members of a group the claim names is not given by amounts of one country's
  own events (round 8c spain-jobs highest-eu);
- a first of a figure over a threshold is not ranked by events with no figure (round 12
  jp-bear-incidents october-first-10k);
- a change said to be brought about by someone ("the government has worsened …", 「…を悪化させた」)
  is a cause of §4.12 (realworld boom-2022 rank_fall)."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["hunger_rank", "飢餓指数の順位", "hunger index rank", "rank", "飢餓指数;hunger index", "false", "rank",
     ""],
]
OBSERVATIONS = [
    ["o-rank-2014", "NL", "hunger_rank", "2014", "5", "rank", "stat", ""],
    ["o-rank-2022", "NL", "hunger_rank", "2022", "9", "rank", "stat", ""],
]
ENTITIES = [["NU", "organization", "北方連合", "Northern Union", "", ""]]
E = ["", "", "stat"]
EVENTS = [
    ["e-plan", "2025-10-14", "", "NL", "plan", "ノーランド首相が年金改革の停止を表明",
     "Norland's prime minister announces he will propose suspending the pension reform", *E, "3", ""],
    ["e-q2", "2025-07-24", "", "NL", "publication", "第2四半期調査: 失業率10.29%",
     "Q2 survey: unemployment 10.29%", "10.29", "%", "stat", "2", ""],
    ["e-q3", "2025-10-24", "", "NL", "publication", "第3四半期調査: 失業率10.45%",
     "Q3 survey: unemployment 10.45%", "10.45", "%", "stat", "2", ""],
    ["e-listed", "2024-04-16", "", "NL", "regulation", "ノーランドがクマを指定鳥獣に追加",
     "Norland adds bears to the designated species", *E, "3", ""],
    ["e-shoot", "2025-09-01", "", "NL", "regulation", "ノーランドがクマの緊急銃猟を開始",
     "Norland starts emergency shooting of bears", *E, "3", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "act-safety", METRICS, OBSERVATIONS, entities=ENTITIES, events=EVENTS,
                      language="ja")


def test_an_announced_plan_is_the_announcement(pack: Pack) -> None:
    d = diagnose("In October 2025 Norland's prime minister announced that the pension reform would be "
                 "suspended.", pack, lang="en", as_of="2025-10-20")
    assert d.rating == "true"
    ja = diagnose("2025年10月、ノーランド首相は年金改革の停止を表明した。", pack, as_of="2025-10-20")
    assert ja.rating == "true"
    # an announcement of something said done is not the plan's announcement
    done = diagnose("2025年10月、ノーランド首相は年金改革を停止したと表明した。", pack, as_of="2025-10-20")
    assert done.rating != "true"


def test_a_ranking_among_a_group_is_not_one_country_events(pack: Pack) -> None:
    d = diagnose("Norland has the highest unemployment rate in the Northern Union.", pack, lang="en",
                 as_of="2025-11-01")
    assert d.rating == "unverifiable"
    ja = diagnose("ノーランドの失業率は北方連合で最も高い。", pack, as_of="2025-11-01")
    assert ja.rating == "unverifiable"


def test_a_first_over_a_threshold_is_not_ranked_by_events_without_a_figure(pack: Pack) -> None:
    d = diagnose("ノーランドでクマの目撃が1か月で1万件を超えたのは初めてだ。", pack, as_of="2025-11-20")
    assert d.rating == "unverifiable"
    en = diagnose("Norland's bear sightings topped 10,000 in a month for the first time.", pack, lang="en",
                  as_of="2025-11-20")
    assert en.rating == "unverifiable"


def test_a_change_brought_about_by_someone_is_a_cause(pack: Pack) -> None:
    d = diagnose("Norland ranked 5th on the hunger index in 2014: the government has worsened Norland's "
                 "hunger situation.", pack, lang="en")
    assert d.rating == "unverifiable"
    assert any(c.kind == "cause" for c in d.checks)
    ja = diagnose("ノーランドの飢餓指数の順位は2014年に5位だった。政府がノーランドの飢餓状況を悪化させた。",
                  pack)
    assert ja.rating == "unverifiable"
    # the intransitive change is no cause
    plain = diagnose("Norland's hunger situation has worsened.", pack, lang="en")
    assert all(c.kind != "cause" for c in plain.checks)
