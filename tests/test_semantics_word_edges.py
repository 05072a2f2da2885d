"""Words read only where they are the word meant (read-through of session 27): 元 inside a kanji
word is no yuan, 加入者数 is no entry into a scheme, "barely above" places a level (no small
change), and a decimal point ends no sentence for the run reading of "since the pandemic"."""

from __future__ import annotations

from shingi.normalize.eras import dated_eras
from shingi.pipeline import lexicon as lx
from shingi.pipeline.checks.links import _SLIGHT


def test_yuan_only_as_its_own_word() -> None:
    assert lx.currency_move_ja("地元高校生が増えた") is None
    assert lx.currency_move_ja("次元高い議論") is None
    assert lx.currency_move_ja("人民元高が進んだ") is not None
    assert lx.currency_move_ja("元高が進んだ") is not None


def test_an_entry_is_the_verb_not_the_members_count() -> None:
    assert lx.scope_side("加入者数は増えた") is None
    assert lx.scope_side("加入率は上がった") is None
    assert lx.scope_side("海運が制度に加入した") == "in_scope"


def test_barely_above_is_no_small_change() -> None:
    assert _SLIGHT.search("inflation was barely above the target") is None
    assert _SLIGHT.search("the loss barely shrank") is not None
    assert _SLIGHT.search("prices edged up") is not None


def test_a_decimal_point_ends_no_sentence() -> None:
    assert dated_eras("Every year, sales rose 2.5% since the pandemic.").endswith("since 2020.")
    assert dated_eras("Every year, sales rose since the pandemic.").endswith("since 2020.")
    # outside a run, the pandemic stays undated
    assert "2020" not in dated_eras("Sales rose 2.5% since the pandemic.")
