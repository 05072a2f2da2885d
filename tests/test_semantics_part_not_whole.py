"""A part is not its whole (docs/verdict-rules.md §4.17 "A part is not its whole", "A ranking over a set
the rows do not cover"), each with what must not change. Development: blind round 24c
us-federal-workforce fork-75k, drp-154k-ja; 24d uk-prisons t_sds40_40k, t_recalls_q1, f_europe;
24b jp-anime-industry f-domestic-bigger-2024. Review subset-1 (session 25): a part's only count is read
only when the predicate names it."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose
from shingi.pipeline.parse import parse


@pytest.fixture(scope="module")
def workforce(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    """A whole (staff of a service, inmates) and parts with measures of their own (a buyout
    programme's takers, a scheme's releases, recalls)."""
    metrics = [
        ["staff", "公務員数", "Civil service employment", "count",
         "civil service employment;civil servants;公務員数;公務員", "", "count",
         "All civil servants employed on the date"],
        ["takers", "早期退職の応募者数", "Buyout participants", "count", "took the buyout;buyout take-up",
         "", "count", "Employees who accepted the buyout programme"],
        ["takers_share", "応募率", "Buyout take-up rate", "%", "take-up rate", "", "share",
         "Buyout participants divided by all employees"],
        ["inmates", "収容者数", "Prison population", "count", "prison population;inmates;people in prison",
         "", "count", "Prison population on the date"],
        ["recalls", "再収監件数", "Licence recalls in the quarter", "count", "recalls;recall",
         "false", "count", "Offenders recalled to custody in the quarter"],
        ["rel_cum", "早期釈放の累計", "Early releases (cumulative)", "count", "released early;early releases",
         "", "count", "Cumulative number released under the scheme to the date"],
        ["rel_month", "月間早期釈放数", "Early releases in the month", "count", "monthly early releases",
         "", "count", "Number released under the scheme in the month"],
    ]
    observations = [
        ["s1", "NL", "staff", "2025-01", "3020000", "count", "stat", ""],
        ["s2", "NL", "staff", "2025-06", "2950000", "count", "stat", ""],
        ["t1", "BUY", "takers", "2025-02-12", "75000", "count", "stat", ""],
        ["ts1", "BUY", "takers_share", "2025-02-12", "3.3", "%", "stat", ""],
        ["i1", "NL", "inmates", "2025-03-31", "87919", "count", "stat", ""],
        ["i2", "NL", "inmates", "2025-06-30", "87334", "count", "stat", ""],
        ["r1", "NL", "recalls", "2024-Q4", "10401", "count", "stat", ""],
        ["r2", "NL", "recalls", "2025-Q1", "10101", "count", "stat", ""],
        ["rc", "REL", "rel_cum", "2025-06-30", "38042", "count", "stat", ""],
        ["rm", "REL", "rel_month", "2025-06", "4358", "count", "stat", ""],
    ]
    entities = [
        ["BUY", "programme", "早期退職制度", "Buyout programme", "buyout offer;buyout;早期退職制度", "NL"],
        ["REL", "programme", "早期釈放制度", "Early release scheme", "early release scheme;早期釈放制度",
         "NL"],
        ["boss", "person", "ボス", "The Minister", "Minister", "NL"],
    ]
    return small_pack(tmp_path_factory, "partwhole", metrics, observations, entities=entities)


def _rate(pack: Pack, claim: str, as_of: str) -> tuple[str, list[str]]:
    d = diagnose(claim, pack, as_of=as_of)
    return d.rating, [e for c in d.checks for e in c.evidence]


def test_a_count_qualified_by_a_programme_is_the_programmes_count(workforce: Pack) -> None:
    # the counted noun names the whole (Norland's staff); the predicate names the part: its own count
    claim = "About 75,000 civil servants in Norland have taken up the buyout offer."
    rating, ev = _rate(workforce, claim, "2025-02-20")
    assert (rating, ev) == ("true", ["t1"])
    claim = "About 300,000 civil servants in Norland have taken up the buyout offer."
    rating, ev = _rate(workforce, claim, "2025-02-20")
    assert rating == "false" and ev == ["t1"]


def test_a_japanese_relative_clause_names_the_part(workforce: Pack) -> None:
    claim = "早期退職制度に応じて辞めたノーランドの公務員は約7万5000人に上る。"
    rating, ev = _rate(workforce, claim, "2025-02-20")
    assert (rating, ev) == ("true", ["t1"])


def test_a_running_total_picks_the_parts_cumulative_measure(workforce: Pack) -> None:
    claim = ("Close to 40,000 inmates in Norland had walked out early under the early release scheme by the "
             "end of June 2025.")
    rating, ev = _rate(workforce, claim, "2025-10-30")
    assert rating in ("true", "mostly_true") and ev == ["rc"]


def test_the_whole_is_still_the_whole(workforce: Pack) -> None:
    # negatives: the whole's measure named outright, or the programme named as a time
    assert _rate(workforce, "Norland's civil service employment fell to 2.95 million after the buyout offer.",
                 "2025-07-01") == ("true", ["s2"])
    claim = "There were about 3 million civil servants in Norland before the buyout offer."
    assert "t1" not in _rate(workforce, claim, "2025-07-01")[1]
    # an actor that owns no count is no part
    claim = "The Minister said there were about 3 million civil servants in Norland."
    st = parse(claim, workforce).statements[0]
    assert "takers" not in st.metrics


def test_people_counted_by_a_predicate_that_names_the_measure(workforce: Pack) -> None:
    claim = "More than 10,000 people were hauled back to prison on recall in the first three months of 2025."
    assert _rate(workforce, claim, "2025-07-31") == ("true", ["r2"])
    claim = "More than 11,000 people were hauled back to prison on recall in the first three months of 2025."
    assert _rate(workforce, claim, "2025-07-31")[0] in ("false", "mostly_false")


def test_first_three_months_is_a_period_not_a_first_time(workforce: Pack) -> None:
    st = parse("Recalls topped 10,000 in the first three months of 2025.", workforce).statements[0]
    assert "sup_first" not in st.cues and st.period is not None and st.period.text == "2025-Q1"
    st = parse("Recalls topped 10,000 for the first time in 2024.", workforce).statements[0]
    assert "sup_first" in st.cues


def test_a_name_with_and_is_one_clause(tmp_path_factory: pytest.TempPathFactory) -> None:
    pack = small_pack(
        tmp_path_factory, "andname",
        [["pop", "人口", "population", "count", "", "", "count", ""]],
        [["p1", "TT", "pop", "2024", "1400000", "count", "stat", ""]],
        entities=[["TT", "country", "トリニダード・トバゴ", "Trinidad and Tobago", "", ""]],
    )
    claim = "About 1.4 million people in Trinidad and Tobago had their homes counted in 2024."
    sts = parse(claim, pack).statements
    assert len(sts) == 1


@pytest.fixture(scope="module")
def market(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    """A market, its domestic part (defined as part of it) and its overseas part."""
    metrics = [
        ["mkt", "アニメ産業市場規模", "anime market size", "JPY", "市場規模;売上;market size;revenue", "true",
         "amount", "国内外の市場"],
        ["dom", "国内市場", "domestic market", "JPY", "国内売上;domestic market;at home", "true", "amount",
         "アニメ産業市場規模のうち国内分"],
        ["ovs", "海外売上", "overseas sales", "JPY", "海外市場;overseas sales", "true", "amount", "海外市場"],
    ]
    observations = [
        ["m24", "ANI", "mkt", "2024", "38407億", "JPY", "stat", ""],
        ["d24", "ANI", "dom", "2024", "16705億", "JPY", "stat", ""],
        ["o24", "ANI", "ovs", "2024", "21702億", "JPY", "stat", ""],
    ]
    entities = [["ANI", "other", "アニメ産業", "anime industry", "アニメ;anime", "NL"]]
    return small_pack(tmp_path_factory, "market", metrics, observations, entities=entities, language="ja")


def test_a_part_is_not_set_against_its_whole(market: Pack) -> None:
    rating, ev = _rate(market, "2024年もアニメの売上は国内市場の方が海外より大きかった。", "2025-11-05")
    assert rating == "false" and sorted(ev) == ["d24", "o24"]
    # negative: the two parts compared the right way round still hold
    rating, ev = _rate(market, "2024年はアニメの海外売上の方が国内市場より大きかった。", "2025-11-05")
    assert rating == "true" and sorted(ev) == ["d24", "o24"]


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    """Imprisonment rates: nine countries in 2015, a western subset of them in 2023."""
    countries = [("EW", "England and Wales"), ("ES", "Spain"), ("DE", "Germany"), ("FI", "Finland"),
                 ("RU", "Russia"), ("TR", "Turkey"), ("IS", "Iceland")]
    entities = [[c, "country", n, n, "", ""] for c, n in countries]
    metrics = [["rate", "収監率", "imprisonment rate", "per 100k", "imprisonment rate", "", "ratio", ""]]
    v2015 = {"EW": 148.3, "ES": 137.9, "DE": 77.4, "FI": 54.8, "RU": 439, "TR": 220}
    v2023 = {"EW": 146, "DE": 67, "FI": 51, "IS": 36}
    observations = [[f"a{c}", c, "rate", "2015", str(v), "per 100k", "stat", ""] for c, v in v2015.items()]
    observations += [[f"b{c}", c, "rate", "2023", str(v), "per 100k", "stat", ""] for c, v in v2023.items()]
    return small_pack(tmp_path_factory, "rates", metrics, observations, entities=entities)


def test_a_ranking_over_rows_that_leave_members_out_is_not_settled(rates: Pack) -> None:
    d = diagnose("England and Wales has the highest imprisonment rate in the whole of Europe.", rates,
                 as_of="2024-06-20")
    assert d.rating == "unverifiable"
    assert {"bEW", "aRU", "aTR"} <= {e for c in d.checks for e in c.evidence}
    assert "cover only 4" in " ".join(c.reason for c in d.checks)


def test_a_ranking_the_rows_cover_is_still_decided(rates: Pack) -> None:
    # the lowest: no left-out member would rank below Iceland; a ranking within a year the rows cover
    claim = "Iceland has the lowest imprisonment rate in Europe."
    assert diagnose(claim, rates, as_of="2024-06-20").rating == "true"
    assert diagnose("Russia had the highest imprisonment rate in Europe in 2015.", rates,
                    as_of="2024-06-20").rating == "true"
    assert diagnose("Germany has the highest imprisonment rate in Europe.", rates,
                    as_of="2024-06-20").rating == "false"


def test_a_count_of_the_wholes_members_said_of_a_scheme_is_the_schemes(workforce: Pack) -> None:
    # "prisoners" names the whole's members (another count's alias); the scheme's own count is read
    claim = "Nearly 40,000 inmates were let out early under the early release scheme by end-June 2025."
    rating, ev = _rate(workforce, claim, "2025-11-01")
    assert rating in ("true", "mostly_true") and ev == ["rc"]


def test_by_a_date_reads_the_running_total_a_month_reads_the_month(workforce: Pack) -> None:
    claim = "Some 38,000 inmates were released early under the early release scheme by the end of June 2025."
    assert _rate(workforce, claim, "2025-11-01") == ("true", ["rc"])
    st = parse("Monthly early releases under the early release scheme were about 4,400 in June 2025.",
               workforce).statements[0]
    assert st.metrics[0] == "rel_month"


@pytest.fixture(scope="module")
def agency(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    """A whole (a service's staff) and an agency that keeps one count of its own: positions cut."""
    metrics = [
        ["staff", "公務員数", "Civil service employment", "count",
         "civil service employment;civil servants;公務員数;公務員", "", "count",
         "All civil servants employed on the date"],
        ["cuts", "削減された職の数", "Civilian positions cut", "count", "job cuts;人員削減;削減された職", "",
         "count", "Positions the agency cut during the year"],
    ]
    observations = [
        ["s1", "NL", "staff", "2025", "2400000", "count", "stat", ""],
        ["c1", "AG", "cuts", "2025", "60000", "count", "stat", ""],
    ]
    entities = [["AG", "government", "防衛庁", "Defence Agency", "the Agency;防衛庁", "NL"]]
    return small_pack(tmp_path_factory, "agencycut", metrics, observations, entities=entities)


@pytest.mark.parametrize("claim", [
    "In 2025 the Defence Agency employed 60,000 civil servants.",
    "The Defence Agency had 60,000 civil servants in Norland in 2025.",
    "2025年、防衛庁で働いていた公務員は6万人だった。",
    "2025年に防衛庁が雇用していた公務員は約6万人に上る。",
])
def test_a_parts_only_count_is_not_read_when_the_predicate_does_not_name_it(agency: Pack, claim: str) -> None:
    # review subset-1: the agency's one count (cuts) is not what "employed" counts; the pack has no
    # headcount of the agency, so nothing settles the claim (it was true on the cuts)
    rating, ev = _rate(agency, claim, "2025-12-31")
    assert rating == "unverifiable" and "c1" not in ev


def test_words_the_part_shares_with_the_whole_do_not_name_the_parts_count(agency: Pack) -> None:
    # "civilian" is a word of the cuts' name and of the whole's ("civil service"): it says neither
    claim = "The Defence Agency's civilian workforce was 60,000 civil servants in 2025."
    rating, ev = _rate(agency, claim, "2025-12-31")
    assert rating != "true" and "c1" not in ev


@pytest.mark.parametrize("claim", [
    "60,000 civil servants lost their jobs in cuts at the Defence Agency in 2025.",
    "2025年に防衛庁の削減で職を失った公務員は約6万人に上る。",
])
def test_a_predicate_that_names_the_parts_count_still_reads_it(agency: Pack, claim: str) -> None:
    assert _rate(agency, claim, "2025-12-31") == ("true", ["c1"])
