"""Rules found on blind round 16 (development material since its first run): small packs."""

from __future__ import annotations

from pathlib import Path

from pack_builder import EVENT_HEADER, METRIC_HEADER, OBSERVATION_HEADER, csv_text, write_pack
from shingi.model import Pack
from shingi.pack.load import load_pack
from shingi.pipeline.diagnose import diagnose


def _pack(
    tmp_path: Path, metrics: list[list[str]], rows: list[list[str]], events: list[list[str]] | None = None
) -> Pack:
    folder = write_pack(
        tmp_path / "p",
        metrics_csv=csv_text([METRIC_HEADER, *metrics]),
        observations_csv=csv_text([OBSERVATION_HEADER, *rows]),
        events_csv=csv_text([EVENT_HEADER, *(events or [])]),
    )
    return load_pack(folder)


def _rating(pack: Pack, text: str, as_of: str) -> str:
    return diagnose(text, pack, lang="ja" if "。" in text else "en", as_of=as_of).rating


def test_a_fraction_of_a_change_is_no_multiple_of_the_changed_value(tmp_path: Path) -> None:
    # "more than half of the increase in spending" is the share one contributor has of the rise:
    # not a multiple of spending (x1.04 is "more than half"), nor a ratio of two levels
    pack = _pack(tmp_path,
                 [["spend", "歳出", "federal spending", "USD", "outlays", "false", "amount", ""],
                  ["duty", "関税収入", "tariff revenue", "USD", "customs", "true", "amount", ""]],
                 [["o1", "JP", "spend", "2024", "6735 bn", "USD", "s2", ""],
                  ["o2", "JP", "spend", "2025", "7010 bn", "USD", "s2", ""],
                  ["o3", "JP", "duty", "2025", "202 bn", "USD", "s2", ""]])
    for said in ("Tariff revenue paid for more than half of the increase in Japan's federal spending.",
                 "Tariff revenue paid for 60% of the increase in Japan's federal spending.",
                 "日本の関税収入は2025年の歳出増加分の半分以上をまかなった。"):
        assert _rating(pack, said, "2026-01-01") == "unverifiable", said
    # the change itself is still read
    assert _rating(pack, "Japan's federal spending rose in 2025.", "2026-01-01") == "true"


def test_an_event_found_only_by_a_fronted_cause_says_nothing_of_the_clause(tmp_path: Path) -> None:
    # 「関税で、輸出は2割以上落ち込んだ」: the tariff event (25 %) is the cause said, not the fall
    pack = _pack(tmp_path,
                 [["trade", "貿易収支", "trade balance", "USD", "", "true", "amount", ""]],
                 [["o1", "JP", "trade", "2025", "5 bn", "USD", "s2", ""]],
                 [["e1", "2025-04-03", "policy", "US;JP", "regulation", "米国が輸入車に25%の追加関税を発動",
                   "US imposes a 25% tariff on imported cars", "25", "%", "s2", "3", ""]])
    said = "米国の関税で、2025年の日本の対米輸出は2割以上落ち込んだ。"
    assert _rating(pack, said, "2026-02-01") == "unverifiable"
    # with no figure of the clause compared with the event's, the event stays what was said (a
    # fronted "With the launch's success in 2024, …" presupposes the event)
    # the event said as the clause itself still holds
    assert _rating(pack, "米国は2025年4月に輸入車に25%の追加関税を発動した。", "2026-02-01") == "true"


def test_a_continuative_perfect_since_a_year_speaks_of_every_year(tmp_path: Path) -> None:
    # "has kept making about 10 million a year since 2018" is said of each year, not of 2018 alone
    pack = _pack(tmp_path,
                 [["prod", "国内生産台数", "domestic vehicle production", "vehicles", "made in Japan",
                   "true", "amount", ""]],
                 [["o1", "JP", "prod", "2018", "9730000", "vehicles", "s2", ""],
                  ["o2", "JP", "prod", "2019", "9680000", "vehicles", "s2", ""],
                  ["o3", "JP", "prod", "2020", "8070000", "vehicles", "s2", ""],
                  ["o4", "JP", "prod", "2021", "7850000", "vehicles", "s2", ""]])
    for said in ("Japan has kept making roughly 10 million vehicles a year since 2018.",
                 "Japan's domestic vehicle production has stayed at about 10 million a year since 2018.",
                 "日本の国内生産台数は2018年以降、年約1000万台を維持してきた。"):
        assert _rating(pack, said, "2022-03-01") in ("false", "mostly_false"), said
    # one year's value is still read as itself
    assert _rating(pack, "Japan made roughly 10 million vehicles in 2018.", "2022-03-01") == "true"
