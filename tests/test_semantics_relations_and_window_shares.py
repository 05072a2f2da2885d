"""Readings the real-world development half missed (issue 8, twelfth session; docs/verdict-rules.md
§4.13 "An event of one of two people" and §2 "A share of what a window added"):

- an event of one person does not show a relation between two ("Yakubu worked under Wike as head
  of the fund" against "Yakubu becomes head of the fund"): unknown, not holds;
- a percentage of what was added over a window to now ("95% of the jobs created in the past year",
  「この1年に増えた雇用の95%が」) is the share measure's latest value, not the size of a change;
- a percentage spelled in words ("Ninety-five per cent") is the figure, and an abbreviation's full
  stop ("Rs. 10.4 billion", "Prof. Yakubu") ends no sentence.
"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

PEOPLE = [
    ["yak", "person", "ヤクブ", "Mahmood Yakubu", "Prof. Mahmood Yakubu;Yakubu", "NL"],
    ["wik", "person", "ウィケ", "Nyesom Wike", "Wike", "NL"],
    ["fund", "organization", "教育基金", "Education Trust Fund", "ETF", "NL"],
]
APPOINTMENTS = [
    ["e_yak", "2007-08", "", "yak;fund", "milestone", "ヤクブが教育基金の事務局長に就任",
     "Mahmood Yakubu becomes Executive Secretary of the Education Trust Fund", "", "", "stat", "3", ""],
    ["e_wik", "2011-07", "", "wik", "milestone", "ウィケが教育担当国務大臣に就任",
     "Nyesom Wike is appointed Minister of State for Education", "", "", "stat", "3", ""],
]
SHARE = [
    ["ft_share", "新規雇用に占めるフルタイムの割合（過去12か月）",
     "full-time share of the jobs created over the previous twelve months", "%",
     "jobs created in the past year have been full time;full-time share of new jobs", "true", "share", ""],
    ["exports", "輸出額", "export value", "NLD", "value terms", "true", "amount", ""],
]
SHARE_VALUES = [
    ["s18", "NL", "ft_share", "2018-06", "57.5", "%", "stat", ""],
    ["s19", "NL", "ft_share", "2019-03", "95.1", "%", "stat", ""],
    ["x19", "NL", "exports", "2019", "240.6B", "NLD", "stat", ""],
    ["x20", "NL", "exports", "2020", "230.2B", "NLD", "stat", ""],
]


@pytest.fixture(scope="module", params=["en", "ja"])
def people(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, f"people-{request.param}", SHARE, [], entities=PEOPLE,
                        events=APPOINTMENTS, language=request.param)


@pytest.fixture(scope="module", params=["en", "ja"])
def shares(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, f"shares-{request.param}", SHARE, SHARE_VALUES,
                        language=request.param)


@pytest.mark.parametrize(("said", "rating", "result"), [
    ("Prof. Mahmood Yakubu worked under Nyesom Wike as Executive Secretary of the Education Trust Fund.",
     "unverifiable", "unknown"),
    ("ヤクブはウィケの下で教育基金の事務局長を務めた", "unverifiable", "unknown"),
    # the event of the one person named still settles what it says of that person
    ("Mahmood Yakubu became Executive Secretary of the Education Trust Fund in August 2007.", "true",
     "holds"),
    ("ヤクブは2007年8月に教育基金の事務局長に就任した", "true", "holds"),
])
def test_an_event_of_one_person_does_not_show_a_relation_with_another(
    people: Pack, said: str, rating: str, result: str
) -> None:
    d = diagnose(said, people, as_of="2023-03-18", lang="en")
    assert d.rating == rating
    (check,) = d.checks
    assert check.result == result
    assert ("does not involve Nyesom Wike" in check.reason) == (result == "unknown")


@pytest.mark.parametrize(("said", "rating"), [
    ("95% of the jobs created in Norland in the past year have been full time.", "true"),
    ("Ninety-five per cent of the jobs created in Norland in the past year have been full time.", "true"),
    ("80% of the jobs created in Norland in the past year have been full time.", "false"),
    ("ノーランドでこの1年に増えた雇用の95%がフルタイムだ", "true"),
    ("ノーランドでこの1年に増えた雇用の80%がフルタイムだ", "false"),
])
def test_a_share_of_what_a_window_added_is_the_latest_share(shares: Pack, said: str, rating: str) -> None:
    d = diagnose(said, shares, as_of="2019-05-12", lang="en")
    assert d.rating == rating
    (check,) = d.checks
    assert check.kind == "share"
    assert check.evidence == ["s19"]  # the twelve months to March 2019, not the year to June 2018


def test_an_abbreviations_full_stop_ends_no_sentence(shares: Pack) -> None:
    said = "Norland's exports in value terms were down by Rs. 10.4 billion to Rs. 230.1 billion in 2020."
    d = diagnose(said, shares, as_of="2021-02-09", lang="en")
    assert len(d.checks) == 1
    assert "Rs. 230.1 billion" in d.checks[0].statement


GRADUATION = [
    ["grad4", "4年以内の卒業率", "four-year graduation rate", "%", "graduate within four years", "true",
     "share", ""],
    ["grad6", "6年以内の卒業率", "six-year graduation rate", "%", "graduate within six years", "true",
     "share", ""],
]
GRADUATION_VALUES = [["r4", "NL", "grad4", "2008", "48", "%", "stat", ""]]


@pytest.fixture(scope="module", params=["en", "ja"])
def graduation(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, f"grad-{request.param}", GRADUATION, GRADUATION_VALUES,
                        language=request.param)


@pytest.mark.parametrize(("said", "rating", "why"), [
    # one figure is the value compared, the other is another thing's: not settled, not false
    # (a Japanese claim splits the two figures into two clauses: each is checked on its own)
    ("In Norland, 48% graduated within four years in 2008 and 77% within six years.", "unverifiable",
     "is the pack's value itself"),
    ("In Norland, 48% graduated within four years in 2008, against 77% within six years.", "unverifiable",
     "which of them this value is is not known"),
    # neither figure is the value: the figures still fail
    ("In Norland, 40% graduated within four years in 2008 and 77% within six years.", "false", ""),
])
def test_a_figure_that_is_the_value_leaves_the_others_to_their_own_things(
    graduation: Pack, said: str, rating: str, why: str
) -> None:
    d = diagnose(said, graduation, as_of="2014-01-12", lang="en")
    assert d.rating == rating
    assert any(why in c.reason for c in d.checks)


COUNTED = [
    ["files", "登録された所得税ファイル数", "registered income tax files", "files",
     "income tax files;所得税ファイル", "true", "count", ""],
    ["ministers", "副大臣を含む閣僚数", "ministers including deputies", "ministers", "ministers;閣僚", "",
     "count", ""],
]
COUNTED_VALUES = [
    ["f21", "NL", "files", "2021-12", "409814", "files", "stat", ""],
    ["m19", "NL", "ministers", "2019", "123", "ministers", "stat", ""],
]


@pytest.fixture(scope="module", params=["en", "ja"])
def counted(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, f"counted-{request.param}", COUNTED, COUNTED_VALUES,
                        language=request.param)


@pytest.mark.parametrize(("said", "rating", "evidence"), [
    ("Norland had 409,814 registered income tax files at the end of December 2021.", "true", "f21"),
    ("Norland had 300,000 registered income tax files at the end of December 2021.", "false", "f21"),
    ("ノーランドの所得税ファイルは2021年12月末に40万9814件だった", "true", "f21"),
    ("In 2019 Norland's government had 123 ministers including deputies.", "true", "m19"),
    ("2019年、ノーランドの閣僚は副大臣を含めて123人だった", "true", "m19"),
])
def test_a_unit_that_is_a_plural_noun_counts_what_it_names(
    counted: Pack, said: str, rating: str, evidence: str
) -> None:
    d = diagnose(said, counted, as_of="2023-03-09", lang="en")
    assert d.rating == rating
    assert d.checks[0].evidence == [evidence]
