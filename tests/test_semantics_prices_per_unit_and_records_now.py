"""Prices of one unit, a change's ends and a record said to stand now (docs/verdict-rules.md §2,
§4.7, §4.8; issue 8, fifteenth session, blind round 14b us-eggs):

- "a dozen", 「1ダース」 named with a price is the unit the price is of (USD/dozen), not a figure of
  twelve or one (apr-yoy-ja, feb-20pct-ja: unverifiable; doubled-2022: false, all true-ish);
- a change with three periods ("doubled in 2022: from $1.79 in December 2021 to $4.25 in December
  2022") runs from the earliest to the latest named, not from the first written;
- "is still the record" is false when a later value, by the claim's date, beat it.
"""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["egg", "卵の平均小売価格", "average price of eggs", "USD/dozen", "egg prices;卵の価格", "false",
     "amount", ""],
]
MONTHS = [("2021-12", 1.79), ("2022-01", 1.93), ("2022-06", 2.71), ("2022-12", 4.25), ("2023-01", 4.82),
          ("2023-06", 2.22), ("2024-12", 4.15), ("2025-01", 4.95), ("2025-02", 5.90), ("2025-03", 6.23)]
VALUES = [[f"e{p}", "NL", "egg", p, str(v), "USD/dozen", "stat", ""] for p, v in MONTHS]


@pytest.fixture(scope="module", params=["en", "ja"])
def pack(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, f"eggs-{request.param}", METRICS, VALUES, language=request.param)


@pytest.mark.parametrize(("said", "as_of", "rating"), [
    ("2025年2月のノーランドの卵の平均価格は1ダース5.90ドルだった。", "2025-03-15", "true"),
    ("2025年2月のノーランドの卵の平均価格は1ダース4.90ドルだった。", "2025-03-15", "false"),
    ("In February 2025 Norland's egg prices were $5.90 a dozen.", "2025-03-15", "true"),
    ("Norland's egg prices more than doubled in 2022: a dozen went from $1.79 in December 2021 to $4.25 "
     "in December 2022.", "2023-01-25", "true"),
    # x2.37 from December 2021 (January 2022 would give x2.20): not tripled
    ("Norland's egg prices more than tripled in 2022: a dozen went from $1.79 in December 2021 to $4.25 "
     "in December 2022.", "2023-01-25", "false"),
])
def test_a_price_of_one_unit(pack: Pack, said: str, as_of: str, rating: str) -> None:
    d = diagnose(said, pack, as_of=as_of)
    assert d.rating == rating, [(c.result, c.reason) for c in d.checks]


@pytest.mark.parametrize(("said", "as_of", "rating"), [
    # beaten in January 2025: not still the record in April 2025
    ("The record for Norland's egg prices is still the $4.82 a dozen set in January 2023.", "2025-04-15",
     "false"),
    ("ノーランドの卵の価格の過去最高は、今も2023年1月の1ダース4.82ドルだ。", "2025-04-15", "false"),
    # said in 2024, nothing had beaten it yet
    ("The record for Norland's egg prices is still the $4.82 a dozen set in January 2023.", "2024-06-01",
     "true"),
])
def test_a_record_said_to_stand_now(pack: Pack, said: str, as_of: str, rating: str) -> None:
    d = diagnose(said, pack, as_of=as_of)
    assert d.rating == rating, [(c.result, c.reason) for c in d.checks]


def test_one_unit_counts_as_the_priced_thing_only_where_it_is_priced(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "a dozen years" is twelve years, not the unit the wage is of: the wage stays an amount in USD
    # (review 15 finding 14); "a dozen eggs cost $4.82", "the price of a dozen eggs" name what is priced
    metrics = [*METRICS, ["wage", "最低賃金", "minimum wage", "USD", "", "false", "amount", ""]]
    values = [*VALUES, ["w23", "NL", "wage", "2023", "7.25", "USD", "stat", ""],
              ["w11", "NL", "wage", "2011", "7.25", "USD", "stat", ""]]
    pack = norland_pack(tmp_path_factory, "one-unit-priced", metrics, values)
    said = "Norland's minimum wage was $7.25 in 2023, as it was a dozen years before."
    assert diagnose(said, pack, as_of="2023-03-01").rating in ("true", "mostly_true")
    said = "Norland's minimum wage was $7.25 in 2023, unchanged for a dozen years."
    assert diagnose(said, pack, as_of="2023-03-01").rating == "true"
    for said in ("In January 2023, a dozen eggs cost $4.82 in Norland.",
                 "The price of a dozen eggs in Norland was $4.82 in January 2023.",
                 "2023年1月、ノーランドの卵の価格は1ダース4.82ドルだった。"):
        assert diagnose(said, pack, as_of="2023-03-01").rating == "true", said
