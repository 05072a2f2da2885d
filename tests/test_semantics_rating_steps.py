"""The rating steps of a numeric miss (docs/verdict-rules.md §4.1 "Rating steps", §5), on a small
pack built here: how far a figure, a bound or a multiple is off decides the result, measured on
both development families (evaluation/grading.py).

- an exact figure: within 2 % and rounding holds, within 4 % mostly true, beyond that false;
- a value's bound missed by however little fails ("more than 72,000" for 70,601);
- a multiple's bound missed by at most an exact multiple's tolerance (1.05) is mostly true ("more
  than doubled" for x1.94: blind us-overdose synth-doubled, jp-futoko rate-doubled's note), by at
  most an approximate one's (1.25) mostly false (spain-jobs youth-double x1.66, jp-food-ssr
  half-of-uk), further false;
- an exact multiple of the claimed way but the wrong size is mostly false within a factor 1.6
  ("doubled" for x1.49, "halved" for x0.77: the contract-only writers of blind rounds 7-8,
  us-overdose doubled-19-23, jp-futoko es-triple, uk-inflation bills-halved), false further or the
  other way ("tripled" for x1.75, "doubled" for a fall);
- a figure stated as current that is a few percent off the latest value but exactly an earlier
  one is out of date, not nearly right (blind jp-defense now-7.9t, uk-nhs-waits now-729);
- "nearly 7.9%" for 8.1 % is no worse than "7.9%": mostly true on the other side within 4 %
  (blind us-inflation mt-core-nearly-3);
- 「2万人を割り込んだ」, 「割れ」, 「を切った」 is below the figure (blind jisatsu-trend 2024-below20k
  for 20,320 was compared as 20,000 exactly: a wrong true);
- 「8%台」 is the band [8, 9), not 8 (blind jp-futoko slowdown, jisatsu-trend plateau-21k)."""

from __future__ import annotations

import pytest

from pack_builder import norland_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["deaths", "過剰摂取による死者数", "overdose deaths", "count", "overdose deaths", "false", "count", ""],
    ["rate", "失業率", "unemployment rate", "%", "jobless rate", "false", "share", ""],
]
OBSERVATIONS = [
    ["d19", "NL", "deaths", "2019", "36359", "count", "stat", ""],
    ["d21", "NL", "deaths", "2021", "70601", "count", "stat", ""],
    ["d22", "NL", "deaths", "2022", "63600", "count", "stat", ""],
    ["d23", "NL", "deaths", "2023", "54100", "count", "stat", ""],
    ["r23", "NL", "rate", "2023", "7.9", "%", "stat", ""],
    ["r24", "NL", "rate", "2024", "8.1", "%", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return norland_pack(tmp_path_factory, "rating-steps", METRICS, OBSERVATIONS)


def rating(pack: Pack, claim: str, as_of: str | None = None) -> str:
    return diagnose(claim, pack, as_of=as_of).rating


def test_an_exact_figure(pack: Pack) -> None:
    assert rating(pack, "Norland had 70,601 overdose deaths in 2021.") == "true"
    assert rating(pack, "Norland had 69,000 overdose deaths in 2021.") == "mostly_true"  # 2.3 % off
    assert rating(pack, "Norland had 67,000 overdose deaths in 2021.") == "half_true"  # 5.4 % off
    assert rating(pack, "Norland had 62,000 overdose deaths in 2021.") == "false"  # 13.9 % off


def test_a_values_bound_missed_fails(pack: Pack) -> None:
    # 70,601: missed by 1.9 %, within 5 % (mostly false, §4.1 the grading scale); by 11.8 %, false
    # by §4.1, then calibrated to mostly false (a bound within a factor two, §5.1)
    assert rating(pack, "Norland had more than 72,000 overdose deaths in 2021.") == "mostly_false"
    assert rating(pack, "Norland had more than 80,000 overdose deaths in 2021.") == "mostly_false"
    assert rating(pack, "Norland had more than 70,000 overdose deaths in 2021.") == "true"


def test_a_multiples_bound_missed_by_its_size(pack: Pack) -> None:
    doubled = "Norland's overdose deaths more than doubled between 2019 and {}."
    # x1.94: almost, but not more than, double
    assert rating(pack, doubled.format(2021)) == "mostly_true"
    # x1.75 (2019 to 2022) is a rise a factor 1.14 short of the line: mostly false
    assert rating(pack, doubled.format(2022)) == "mostly_false"
    # x1.49 (2019 to 2023) is further than an approximate multiple's tolerance (1.25): false, and
    # not calibrated: a rise of 49 % for the claimed 100 % is a factor 2.04 off (§5.1)
    assert rating(pack, doubled.format(2023)) == "false"


def test_an_exact_multiple_of_the_wrong_size(pack: Pack) -> None:
    # x1.49 and x0.77 go the claimed way, a factor 1.34 / 1.3 off: mostly false
    assert rating(pack, "Norland's overdose deaths doubled between 2019 and 2023.") == "mostly_false"
    assert rating(pack, "Norland's overdose deaths halved between 2021 and 2023.") == "mostly_false"
    # x1.75 is a factor 1.71 short of "tripled" but half its way on the log scale: mostly false
    # (§4.1, session 13); a factor 5.7 short of "tenfold": false
    assert rating(pack, "Norland's overdose deaths tripled between 2019 and 2022.") == "mostly_false"
    assert rating(pack, "Norland's overdose deaths rose tenfold between 2019 and 2022.") == "false"
    # the other way (x0.77, a fall): false
    assert rating(pack, "Norland's overdose deaths doubled between 2021 and 2023.") == "false"


def test_a_current_figure_that_was_the_previous_value_is_out_of_date(pack: Pack) -> None:
    # 7.9 is 2.5 % off the latest 8.1 (mostly true by size) but exactly 2023's value: out of date
    assert rating(pack, "Norland's unemployment rate is now 7.9%.", "2025-07-01") == "half_true"
    # 8.3 is as far off and no earlier value: nearly right
    assert rating(pack, "Norland's unemployment rate is now 8.3%.", "2025-07-01") == "mostly_true"


def test_a_band_is_the_values_that_begin_with_the_figure(pack: Pack) -> None:
    assert rating(pack, "ノーランドの失業率は2024年に8%台だった") == "true"  # 8.1
    assert rating(pack, "ノーランドの失業率は2024年に7%台だった") == "mostly_false"
    assert rating(pack, "ノーランドの過剰摂取による死者数は2021年に7万人台だった") == "true"  # 70,601
    assert rating(pack, "ノーランドの過剰摂取による死者数は2022年に7万人台だった") == "mostly_false"  # 63,600


def test_nearly_on_the_other_side_is_no_worse_than_the_bare_figure(pack: Pack) -> None:
    assert rating(pack, "Norland's unemployment rate was nearly 8.2% in 2024.") == "true"
    assert rating(pack, "Norland's unemployment rate was nearly 7.9% in 2024.") == "mostly_true"  # 2.5 % over
    # 5.2 % over: missed within a factor two (§5.1)
    assert rating(pack, "Norland's unemployment rate was nearly 7.7% in 2024.") == "mostly_false"


def test_fell_below(pack: Pack) -> None:
    assert rating(pack, "ノーランドの過剰摂取による死者数は2022年に6万4000人を割り込んだ") == "true"  # 63,600
    # not crossed: false, the crossing is the claim's point (§5.1, session 27)
    assert rating(pack, "ノーランドの過剰摂取による死者数は2022年に6万3000人を割り込んだ") == "false"
    assert rating(pack, "ノーランドの失業率は2024年に8.2%を切った") == "true"
