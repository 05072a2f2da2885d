"""A masthead that opens a release ("European Commission - EUROSTAT January 2018 - …", dev18 Eurostat): a body
and its office, one under the other, then a date or another separator, name who publishes; they are no label
of what the paragraph is about (`NAME - …`, a labelled paragraph), nor the subject of its figures."""

from __future__ import annotations

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import ExtractContext


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def test_masthead_owns_no_figure_english(bare: ExtractContext) -> None:
    text = ("European Commission - EUROSTAT March 2019 - Euro area unemployment at 7.8% The euro area "
            "unemployment rate was 7.8% in March 2019, down from 8.5% in March 2018. The EU28 unemployment "
            "rate was 6.4% in March 2019, down from 7.0% in March 2018.\n")
    got = {(owner, value, period) for owner, value, _, period in owned_rows(extract(bare, text))}
    # (owned_rows names an owner in Japanese first: 欧州連合 is the EU, ユーロ圏 the euro area)
    assert got == {("ユーロ圏", 7.8, "2019-03"), ("ユーロ圏", 8.5, "2018-03"), ("欧州連合", 6.4, "2019-03"),
                   ("欧州連合", 7.0, "2018-03")}


def test_masthead_owns_no_figure_japanese(bare: ExtractContext) -> None:
    got = owned_rows(extract(bare, "総務省 - 統計局 2018年1月 - 東京都の完全失業率は2.5%。\n"))
    assert {owner for owner, _, _, _ in got} == {"東京都"}


@pytest.mark.parametrize(("text", "owner"), [
    # a label alone before the separator: the paragraph is about it, as before
    ("Acme Corp - sales rose 5% in 2024.\n", "Acme"),
    # a second name that goes on into the sentence (no date, no separator after it): still a label
    ("Acme Corp - Globex Industries sales rose 5% in 2024.\n", "Acme"),
])
def test_a_labelled_paragraph_stays_its_labels(bare: ExtractContext, text: str, owner: str) -> None:
    assert {o for o, _, _, _ in owned_rows(extract(bare, text))} == {owner}
