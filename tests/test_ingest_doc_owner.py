"""The document's owner (issue 14, tenth session): figures whose sentence, table and context name no owner
take the owner the document states elsewhere (its title, a publisher line or footer, its site's name, its
web address) or the user states (``--owner``); a figure whose sentence names another owner keeps it. Small
synthetic documents, one a family."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from shingi.cli import main
from shingi.ingest.doc_owner import StatedOwner, address_owner, document_owner, site_owner
from shingi.ingest.extract import DocFacts, DocumentExtractor, ExtractContext
from shingi.ingest.layout import table_lines
from shingi.ingest.readers import iter_text_lines
from shingi.ingest.run import ingest_files
from shingi.ingest.sentences import split_sentences
from shingi.model import InputError


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def read(ctx: ExtractContext, text: str, owner: StatedOwner | None = None,
         addresses: tuple[str, ...] = ()) -> DocFacts:
    lines = table_lines(iter_text_lines(io.StringIO(text, newline=None)))
    ex = DocumentExtractor(ctx, "doc.txt", "src-doc", None, owner)
    ex.addresses.extend(addresses)
    return ex.add_all(split_sentences(lines))


def owners(facts: DocFacts) -> set[tuple[str, float, str]]:
    """(owner's name, value, period) of every drafted figure."""
    out = set()
    for o in facts.observations:
        e = facts.entities.get(o.entity)
        name = (e.name_ja or e.name_en or o.entity) if e else o.entity
        out.add((name, round(o.value.value, 6), o.period.text))
    return out


def test_an_address_names_its_owner_only_by_a_registry_rule() -> None:
    assert address_owner("https://www.pref.toyama.jp/sections/1015/iip.htm") == StatedOwner(
        "富山県", "address", "www.pref.toyama.jp")
    assert address_owner("https://www.pref.hokkaido.lg.jp/") is not None
    assert address_owner("https://www.pref.hokkaido.lg.jp/").name == "北海道"  # type: ignore[union-attr]
    assert address_owner("http://www.toukei.metro.tokyo.lg.jp/x").name == "東京都"  # type: ignore[union-attr]
    assert address_owner("http://www.stat.go.jp/data/roudou/").name == "日本"  # type: ignore[union-attr]
    # a city's domain names the city in Latin letters only; a news site or a host names nobody
    assert address_owner("https://www.city.ashikaga.tochigi.jp/p001643.html") is None
    assert address_owner("https://news.example.co.jp/pref/toyama") is None
    assert address_owner("not an address") is None


def test_a_local_governments_site_name_names_it_a_news_sites_does_not() -> None:
    assert site_owner("富山県") == StatedOwner("富山県", "site", "富山県")
    assert site_owner("推計人口 | 足利市ホームページ").name == "足利市"  # type: ignore[union-attr]
    assert site_owner("日本経済新聞") is None
    # --owner first, then a site's name, then an address
    fukui = ("https://www.pref.fukui.lg.jp/",)
    assert document_owner("石川県", ("富山県",), fukui).name == "石川県"  # type: ignore[union-attr]
    assert document_owner(None, ("富山県",), fukui).name == "富山県"  # type: ignore[union-attr]
    assert document_owner(None, (None,), fukui).name == "福井県"  # type: ignore[union-attr]


def test_an_owner_given_by_the_user_owns_a_table_that_names_nobody(bare: ExtractContext) -> None:
    text = ("推計人口 毎月の人口\n\n| 年月 | 人口 (人) | 世帯数 (世帯) |\n|---|---|---|\n"
            "| 平成30年4月 | 146,796 | 61,125 |\n")
    assert not owners(read(bare, text))  # no owner anywhere: left out, as before
    facts = read(bare, text, StatedOwner("足利市", "option", "足利市"))
    assert owners(facts) == {("足利市", 146796.0, "2018-04"), ("足利市", 61125.0, "2018-04")}
    assert "--owner" in (facts.observations[0].note or "")  # (the figure beside it goes with it)


def test_a_prefectures_address_owns_its_page_not_a_figure_another_place_owns(bare: ExtractContext) -> None:
    text = "鉱工業指数（2017年7月）\n\n生産指数は107.3となった。石川県の生産指数は98.2となった。\n"
    got = owners(read(bare, text, address_owner("https://www.pref.toyama.jp/iip1707.htm")))
    assert ("富山県", 107.3, "2017-07") in got
    assert ("石川県", 98.2, "2017-07") in got and ("富山県", 98.2, "2017-07") not in got


def test_a_releases_url_line_names_a_national_body(bare: ExtractContext) -> None:
    text = "平成27年7月の鉱工業活動\n\n平成27年7月の生産指数は97.5と2か月ぶりの低下。\n"
    got = owners(read(bare, text, addresses=("http://www.meti.go.jp/statistics/tyo/iip/result-1.html",)))
    assert ("日本", 97.5, "2015-07") in got


def test_a_publisher_line_at_the_end_owns_the_figures_before_it(bare: ExtractContext) -> None:
    text = "人口の動き（2024年10月）\n\n人口は1,012,345人となった。\n\n富山県 経営管理部 統計調査課\n"
    assert ("富山県", 1012345.0, "2024-10") in owners(read(bare, text))
    text = ("Third Estimates for the Third Quarter of 2018\n\nReal gross domestic product increased at an "
            "annual rate of 3.4 percent in the third quarter of 2018.\n\nSource: U.S. Bureau of Economic "
            "Analysis, Survey of Current Business, February 2019.\n")
    assert ("米国", 3.4, "2018-Q3") in owners(read(bare, text))  # (the United States)


def test_a_place_named_inside_a_sentence_is_no_publisher_line(bare: ExtractContext) -> None:
    # a figure that no one owns is not given to a place a later sentence talks about
    text = "人口の動き（2024年10月）\n\n人口は1,012,345人となった。\n\n石川県の人口は110万人で、減った。\n"
    assert not any(v == 1012345.0 for _o, v, _p in owners(read(bare, text)))


def test_this_prefecture_is_the_stated_owner_only_when_it_is_a_prefecture(bare: ExtractContext) -> None:
    text = "人口の動き（2024年10月）\n\n本県の人口は1,012,345人となった。\n"
    toyama = StatedOwner("富山県", "option", "富山県")
    assert ("富山県", 1012345.0, "2024-10") in owners(read(bare, text, toyama))
    assert not owners(read(bare, text, StatedOwner("足利市", "option", "足利市")))  # 本県 is no city


def test_ingest_reads_an_html_pages_canonical_address(tmp_path: Path) -> None:
    page = tmp_path / "iip.html"
    page.write_text('<html><head><title>鉱工業指数</title>'
                    '<link rel="canonical" href="https://www.pref.toyama.jp/iip1707.htm"></head>'
                    "<body><p>2017年7月の生産指数は107.3となった。</p></body></html>", encoding="utf-8")
    draft = tmp_path / "draft"
    assert not ingest_files([page], draft, workers=1).failures
    obs = list(csv.DictReader((draft / "observations.csv").open(encoding="utf-8")))
    ents = {r["id"]: r for r in csv.DictReader((draft / "entities.csv").open(encoding="utf-8"))}
    got = [(ents[o["entity"]]["name_ja"], o["value"], o["period"]) for o in obs]
    assert got == [("富山県", "107.3", "2017-07")]
    source = next(csv.DictReader((draft / "sources.csv").open(encoding="utf-8")))
    assert source["url"] == "https://www.pref.toyama.jp/iip1707.htm"


def test_cli_owner_and_source_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "jinko.txt"
    doc.write_text("推計人口（2018年4月1日現在）\n\n人口は146,796人。\n", encoding="utf-8")
    draft = tmp_path / "draft"
    assert main(["ingest", str(doc), "--owner", "足利市", "--source",
                 "https://www.city.ashikaga.tochigi.jp/p001643.html", "--out", str(draft)]) == 0
    obs = list(csv.DictReader((draft / "observations.csv").open(encoding="utf-8")))
    ents = {r["id"]: r for r in csv.DictReader((draft / "entities.csv").open(encoding="utf-8"))}
    assert [(ents[o["entity"]]["name_ja"], o["value"]) for o in obs] == [("足利市", "146796")]
    source = next(csv.DictReader((draft / "sources.csv").open(encoding="utf-8")))
    assert source["url"] == "https://www.city.ashikaga.tochigi.jp/p001643.html"
    other = tmp_path / "other.txt"
    other.write_text("人口は1人。\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["ingest", str(doc), str(other), "--source", "https://www.pref.toyama.jp/",
                 "--out", str(tmp_path / "d2")]) == 2  # one address for one document
    assert "--source" in capsys.readouterr().err
    assert main(["ingest", str(doc), "--source", "not an address", "--out", str(tmp_path / "d3")]) == 2


def test_a_charts_number_is_no_owner(bare: ExtractContext) -> None:
    from shingi.ingest.owners import heuristic_names

    assert not heuristic_names("図表II-2-1-1 外国人の訪問旅行の動向", False)
    assert not heuristic_names("See Table 3.2 and chart IV-1.", False)


def test_an_address_is_read_never_fetched_and_kept_only_when_a_reader_may_follow_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # --source and a page's own address say whose the page is by their text alone: no connection is
    # ever made (every way out is closed here), and an address that is no web address (javascript:,
    # data:) is not written to the draft's source row
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("ingest tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    doc = tmp_path / "jinko.txt"
    doc.write_text("推計人口（2018年4月1日現在）\n\n人口は146,796人。\n", encoding="utf-8")
    draft = tmp_path / "draft"
    assert main(["ingest", str(doc), "--source", "https://www.pref.toyama.jp/jinko.html",
                 "--out", str(draft), "--workers", "1"]) == 0
    obs = list(csv.DictReader((draft / "observations.csv").open(encoding="utf-8")))
    ents = {r["id"]: r for r in csv.DictReader((draft / "entities.csv").open(encoding="utf-8"))}
    assert [(ents[o["entity"]]["name_ja"], o["value"]) for o in obs] == [("富山県", "146796")]
    page = tmp_path / "page.html"
    page.write_text('<html><head><title>人口</title><link rel="canonical" href="javascript:alert(1)">'
                    "</head><body><p>2017年7月の人口は146,796人となった。</p></body></html>",
                    encoding="utf-8")
    draft = tmp_path / "draft2"
    assert not ingest_files([page], draft, workers=1).failures
    source = next(csv.DictReader((draft / "sources.csv").open(encoding="utf-8")))
    assert source["url"] == ""


def test_an_english_release_naming_one_country_owns_its_figures_in_its_dollar(bare: ExtractContext) -> None:
    text = ("Overseas Merchandise Trade\n\nOverseas merchandise trade statistics provide information on "
            "imports and exports of goods between New Zealand and other countries.\n\n"
            "In July 2024, goods exports rose by $770 million, to $6.1 billion.\n")
    facts = read(bare, text)
    got = {(o.entity, o.value.value, o.value.unit, o.period.text) for o in facts.observations}
    assert ("NZ", 6.1e9, "NZD", "2024-07") in got
    assert all(m.unit == "NZD" for m in facts.metrics.values())  # (the metric and its rows agree)
    # two countries named: whose dollar a bare "$" is, is not said; it stays as read
    text = text.replace("between New Zealand and other countries", "between New Zealand and Australia")
    assert all(o.value.unit == "USD" for o in read(bare, text).observations)


def test_a_bare_dollar_before_the_documents_government_body_is_its_countrys(bare: ExtractContext) -> None:
    # Statistics Canada's The Daily (dev17): the body that says whose release it is comes further down
    text = ("Retail sales in Canada increased 0.4% in February 2018 to $49.8 billion.\n\n"
            "Exports to the United States in February 2018 reached $3.0 billion in the United States.\n\n"
            "The data are from the Canada Border Services Agency.\n")
    got = {(o.entity, o.value.value, o.value.unit) for o in read(bare, text).observations}
    assert ("CA", 49.8e9, "CAD") in got
    # a figure of another country is not made the body's dollar
    assert not any(e == "US" and u == "CAD" for e, _v, u in got)


def test_a_japanese_page_that_names_japan_once_does_not_give_it_unowned_figures(bare: ExtractContext) -> None:
    text = "人口の動き（2024年10月）\n\n人口は1,012,345人となった。\n\n全国の人口は1億2300万人。\n"
    assert not any(v == 1012345.0 for _o, v, _p in owners(read(bare, text)))


def test_a_figure_before_the_one_country_is_named_is_that_countrys(bare: ExtractContext) -> None:
    text = ("Key facts\n\nIn July 2024, goods exports rose 14 percent.\n\n"
            "These statistics cover trade in goods between New Zealand and other countries.\n")
    facts = read(bare, text)
    assert {(o.entity, o.value.value) for o in facts.observations} == {("NZ", 14.0)}
    assert "one country" in (facts.observations[0].note or "")


def test_eurostats_eu28_is_the_european_union(bare: ExtractContext) -> None:
    text = "GDP rose by 0.2% in the euro area and by 0.3% in the EU28 in the fourth quarter of 2018.\n"
    assert {(o.entity, o.value.value) for o in read(bare, text).observations} == {("EA", 0.2), ("EU", 0.3)}


def test_a_source_address_a_reader_may_not_follow_is_refused(tmp_path: Path) -> None:
    # --source is the source row's url, which reports link to: an address that could end an HTML
    # attribute is refused, and one written without a scheme is kept as https://
    doc = tmp_path / "jinko.txt"
    doc.write_text("推計人口（2018年4月1日現在）\n\n人口は146,796人。\n", encoding="utf-8")
    with pytest.raises(InputError):
        ingest_files([doc], tmp_path / "d1", workers=1, source='https://www.pref.toyama.jp/"><b>x')
    draft = tmp_path / "d2"
    assert not ingest_files([doc], draft, workers=1, source="www.pref.toyama.jp/jinko.html").failures
    source = next(csv.DictReader((draft / "sources.csv").open(encoding="utf-8")))
    assert source["url"] == "https://www.pref.toyama.jp/jinko.html"


@pytest.mark.parametrize(("address", "owner"), [
    ("https://federalreserve.gov/releases/z1/20191212/html/introductory_text.htm", "United States"),
    ("https://www150.statcan.gc.ca/n1/dai-quo/index-eng.htm", "Canada"),
    ("https://ec.europa.eu/eurostat/news", "European Union"),
    ("https://www.nc.gov/news", None), ("https://www.texas.gov/", None), ("https://www.nyc.gov/", None),
    ("https://www.rbnz.govt.nz/hub/news", None),
])
def test_central_government_domains_state_their_country(address: str, owner: str | None) -> None:
    # gc.ca, the US federal .gov (not a state's or a city's) and europa.eu are central governments' alone
    found = address_owner(address)
    assert (found.name if found else None) == owner


def test_an_address_owns_a_release_that_names_no_one() -> None:
    text = ("The net worth of households and nonprofits rose to $113.8 trillion during the third quarter"
            " of 2019.\n")
    lines = table_lines(iter_text_lines(io.StringIO(text, newline=None)))
    owner = address_owner("https://federalreserve.gov/releases/z1/20191212/html/introductory_text.htm")
    facts = DocumentExtractor(ExtractContext(None), "doc.txt", "src-doc", None, owner).add_all(
        split_sentences(lines))
    assert [(o.entity, o.value.value, o.period.text) for o in facts.observations] == [
        ("US", 113.8e12, "2019-Q3")]
