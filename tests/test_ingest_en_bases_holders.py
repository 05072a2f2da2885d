"""English releases (issue 14, session 25): the other side of a comparison said as a noun phrase, a base's
figure in brackets after its period, places named "X of Y", holders said after a figure, and the period a
release's head names beside its release day."""

from __future__ import annotations

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import parse_period


def _rows(text: str, day: str) -> set[tuple[str, float, str | None, str]]:
    return owned_rows(extract(ExtractContext(None), text, parse_period(day)))


def _by_value(rows: set[tuple[str, float, str | None, str]]) -> dict[float, tuple[str, str]]:
    return {value: (owner, period) for owner, value, _unit, period in rows}


def test_the_rate_compared_with_is_dated_by_its_period_and_the_change_by_the_text() -> None:
    # Census HVS: "lower than the rate in the first quarter 2021 (6.8 percent)": 2021-Q1 is the base's, the
    # bracket is that quarter's rate, and the change is the first quarter 2022's
    text = ("Quarterly Residential Vacancies, First Quarter 2022\n\n"
            "The U.S. rental vacancy rate was 5.8 percent in the first quarter 2022. The rental vacancy rate "
            "was 1.0 percentage points lower than the rate in the first quarter 2021 (6.8 percent).\n")
    got = _by_value(_rows(text, "2022-04-27"))
    assert got[-1.0][1] == "2022-Q1"
    assert got[6.8][1] == "2021-Q1"


def test_higher_than_announced_in_a_month_dates_the_announcement_not_the_estimate() -> None:
    text = ("During the January – March 2019 quarter, the U.S. Treasury expects to borrow $365 billion. "
            "The borrowing estimate is $8 billion higher than announced in October 2018.\n")
    got = _by_value(_rows(text, "2019-01-28"))
    assert got[8e9][1] == "2019-Q1"


def test_a_bracket_after_a_period_of_the_figure_itself_keeps_that_period_for_the_figure() -> None:
    # negative: no comparison, so 2023 is the rise's period, and the bracket's amount is the same rise's
    text = "German exports rose 3.1% in 2023 (€48.2 billion), Destatis said.\n"
    got = _by_value(_rows(text, "2024-02-09"))
    assert got[3.1][1] == "2023"


def test_a_comparison_with_a_noun_without_a_period_leaves_the_figure_its_own() -> None:
    # negative: "than expected" names no act of saying dated by the period: the period stays the figure's
    text = "In Japan, exports were 5.2 percent higher than expected in the third quarter of 2024.\n"
    got = _by_value(_rows(text, "2024-11-15"))
    assert got[5.2][1] == "2024-Q3"


def test_a_place_named_of_another_is_one_owner() -> None:
    text = ("State Employment and Unemployment - September 2014\n\n"
            "The largest over-the-month percentage increase in employment occurred in the District of "
            "Columbia (+1.1 percent), followed by Idaho (+0.6 percent).\n")
    got = _by_value(_rows(text, "2014-10-21"))
    assert got[1.1] == ("District of Columbia", "2014-09")


def test_each_end_of_a_range_over_places_is_the_place_said_after_it() -> None:
    text = ("Families and households in the UK: 2021\n\n"
            "In 2021, the proportion of one-person households in the UK ranged from 25.8% in London to "
            "36.0% in Scotland. The proportions ranged from 13.1% in the South East of England to 17.8% in "
            "the North East of England.\n")
    got = _by_value(_rows(text, "2022-03-09"))
    assert got[25.8][0] == "London"
    assert got[13.1][0] == "South East of England"
    assert got[17.8][0] == "North East of England"
    assert got[36.0][0] in ("スコットランド", "Scotland")


def test_a_range_over_time_names_no_holder() -> None:
    # negative: "ranged from 3.9 percent to 4.1 percent" is the rate's own range, nobody's after it
    text = ("The U.S. unemployment rate was 3.9 percent in September 2000. Over the past year, the rate has "
            "ranged from 3.9 percent to 4.1 percent.\n")
    owners = {owner for owner, _value, _unit, _period in _rows(text, "2000-10-06")}
    assert owners <= {"米国", "United States"}


def test_a_rate_said_in_a_place_is_that_places_after_another_place() -> None:
    text = ("Consumers price index: March 2017 quarter\n\n"
            "Newly built houses, excluding land, were up 8.0 percent in Auckland and 3.6 percent in "
            "Christchurch.\n")
    got = _by_value(_rows(text, "2017-04-18"))
    assert got[8.0][0] == "Auckland"
    assert got[3.6][0] == "Christchurch"


def test_a_rate_said_in_a_place_stays_its_possessors_or_subjects() -> None:
    # review main-1: "Apple's revenue grew 8.2 percent in Europe": the place scopes Apple's revenue; a speaker
    # ("Statistics New Zealand said") holds nothing, so the place after the rate does
    said = {"Apple's revenue grew 8.2 percent in Europe in the fourth quarter of 2023.": "Apple",
            "The Sony Group's sales grew 6.1 percent in Europe in 2023.": "Sony Group",
            "Statistics New Zealand said prices were up 4.0 percent in Auckland in 2022.": "Auckland"}
    got = _by_value(_rows("Quarterly results\n\n" + " ".join(said) + "\n", "2024-02-01"))
    assert [got[value][0] for value in (8.2, 6.1, 4.0)] == list(said.values())
    assert got[8.2][1] == "2023-Q4"


def test_a_comparison_with_another_owners_measure_leaves_the_figure_its_period() -> None:
    # review main-2: "above that of its rivals in 2023", "above its rivals in 2023": the comparison is over
    # owners, 2023 is the figure's own period (not a base, so no period from the sentence before)
    for compared in ("that of its rivals", "its rivals", "those of other carmakers"):
        text = ("Annual results\n\nSales rose 3 percent in the fourth quarter of 2023, Honda said. "
                f"Honda's output rose above {compared} in 2023 to 4.5 million units.\n")
        got = _by_value(_rows(text, "2024-03-03"))
        assert got[4.5e6][1] == "2023", compared
    # the rule kept: the compared side names a period ("the same quarter") or the measure ("the rate")
    text = ("Quarterly results\n\nHonda's sales rose 6.0 percent in the first quarter of 2024 compared with "
            "the same quarter in 2023.\n")
    assert _by_value(_rows(text, "2024-05-03"))[6.0][1] == "2024-Q1"


def test_the_month_before_a_release_label_dates_the_release_figures_not_the_release_day() -> None:
    # ABS: "Reference period" over "May 2020", then "Released 13/08/2020", on the lines of the release's head
    text = ("Average Weekly Earnings, Australia\n\nReference period\nMay 2020\nReleased\n13/08/2020\n\n"
            "Key statistics\n\n  • Male average weekly earnings were $1,958.30.\n")
    got = _by_value(_rows(text, "2020-08-13"))
    assert got[1958.3][1] == "2020-05"


def test_the_edition_month_before_a_release_label_is_no_period_of_the_figures() -> None:
    # negative: the month that holds the release's own day is its edition's (dated nothing, left out)
    text = ("Average Weekly Earnings, Australia\n\nAugust 2020\nReleased\n13/08/2020\n\n"
            "Key statistics\n\n  • Male average weekly earnings were $1,958.30.\n")
    assert all(period != "2020-08" for _o, _v, _u, period in _rows(text, "2020-08-13"))


def test_a_title_under_the_pages_labels_names_the_quarter_of_its_figures() -> None:
    text = ("Insolvency Statistics\n\nDate 6 May 2011\n\n"
            "STATISTICS RELEASE: COMPANY INSOLVENCIES IN THE FIRST QUARTER 2011\n\n"
            "COMPANY INSOLVENCIES\n\n"
            "In England and Wales there were 1,074 compulsory liquidations, down 10.2% on the previous "
            "quarter.\n")
    periods = {period for _o, _v, _u, period in _rows(text, "2011-05-06")}
    assert periods == {"2011-Q1"}
