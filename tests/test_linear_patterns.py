"""Patterns that read untrusted text fail in one pass (review finding 13, fourteenth session): a
repeated group whose parts can overlap ([一-龥]{1,10}?局 repeated, 局 a kanji too) backtracks
exponentially on a line that is almost a match, and ingest reads every document's first lines. Each
test gives an adversarial input (a long run of the repeated character) and asserts what it reads;
the patterns are written so their parts cannot overlap, so no input can make them backtrack."""

from __future__ import annotations

from ingest_helpers import extract
from shingi.ingest.dates import _SENDER_BODY_RE, date_line
from shingi.ingest.extract import ExtractContext
from shingi.pipeline.checks.links import _AGE_BOUND
from shingi.pipeline.claims.numbers import _PERCENT_OF_JA

_N = 10_000


def test_a_sender_line_that_almost_matches_is_no_date_line() -> None:
    # 「国税庁局局局…x」: a body's name, then 10,000 division words, then what ends no name
    assert date_line("平成30年5月 国税庁" + "局" * _N + "x", 0) is None
    assert date_line("平成30年5月 国税庁" + "統計" * 6 + "局" * _N + "x", 0) is None
    assert not _SENDER_BODY_RE.fullmatch("国税庁" + "部課" * _N + "だ")
    # the names the line was written for still read, each division after the body
    for sender in ("国税庁", "総務省統計局", "厚生労働省大臣官房統計情報部", "国税庁課税部審理室",
                   "農林水産省 ", "国土交通省総合政策局情報政策課"):
        got = date_line("平成30年5月 " + sender, 0)
        assert got is not None and got[0].text == "2018-05", sender
    assert date_line("平成30年5月 国税庁の発表", 0) is None


def test_a_document_headed_by_such_a_line_is_still_read() -> None:
    facts = extract(ExtractContext(None), "平成30年5月 国税庁" + "局" * _N + "x\n\n"
                                          "平成29年分の提出人員は2,198万人となりました。\n")
    assert [(o.value.value, o.period.text) for o in facts.observations] == [(21980000.0, "2017")]
    assert not facts.events  # no sender line: no publication event of May 2018


def test_an_age_bound_after_a_long_run_of_digits() -> None:
    m = _AGE_BOUND.search("1" * _N + "歳以上")
    assert m is not None and m.start() == 0 and m.group(0).endswith("歳以上")
    assert _AGE_BOUND.search("1" * _N + "x") is None
    assert _AGE_BOUND.search("9" * _N + " and over") is not None
    assert _AGE_BOUND.search("49歳以下の新会員").group(0) == "49歳以下"  # type: ignore[union-attr]


def test_a_periods_no_before_a_share_after_a_long_run_of_spaces() -> None:
    # 「2014年の約7割」: what may stand between the period and the share
    for between in ("の", "年の", "年度の", " 年 の ", "年度 の"):
        assert _PERCENT_OF_JA.fullmatch(between), between
    assert _PERCENT_OF_JA.fullmatch(" " * _N + "の" + " " * _N)
    assert _PERCENT_OF_JA.fullmatch(" " * _N + "x") is None
    assert _PERCENT_OF_JA.fullmatch("年年の") is None
