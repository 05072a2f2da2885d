"""The owner of a figure (issue 14, the owner family): list markers, figures each name has, regions
named by their form, names listed in brackets after a name, agencies whose names hold Katakana."""

from __future__ import annotations

from functools import cache

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import ExtractContext
from shingi.normalize.periods import parse_period


@cache
def _context() -> ExtractContext:
    return ExtractContext(None)


def owners_of(text: str, day: str | None = None) -> set[tuple[str, float]]:
    """(owner's name, value) of every figure drafted from ``text`` (a document dated ``day``)."""
    rows = owned_rows(extract(_context(), text, parse_period(day) if day else None))
    return {(owner, value) for owner, value, _unit, _period in rows}


def test_a_list_items_marker_does_not_hide_the_name_that_opens_it() -> None:
    # dev14 資源エネルギー庁: 「(2)アラブ首長国連邦(449万kl、同108.3%)」 was the first item's country's
    text = ("石油統計速報 平成29年12月分\n\n平成30年1月31日\n資源エネルギー庁資源・燃料部政策課\n\n"
            "12月の原油輸入量は1,738万kl、前年同月比97.6%と前年を下回った。輸入量の多い順にみると、\n\n"
            "  • (1)サウジアラビア(697万kl、前年同月比99.1%)\n"
            "  • (2)カタール(123万kl、同71.3%)\n\n"
            "2.燃料油の輸入\n\n"
            "燃料油の輸入は325万kl、前年同月比107.0%と5ヶ月連続で前年を上回った。\n")
    rows = owners_of(text)
    assert ("サウジアラビア", 99.1) in rows and ("カタール", 71.3) in rows
    # an agency whose name holds a loanword (資源エネルギー庁) is a body of Japan: its figures are Japan's,
    # not the first country its list named
    assert ("日本", 107.0) in rows and ("日本", 97.6) in rows
    en = ("Trade report\n\nMarch 1, 2024\n\nExports by partner were as follows.\n\n"
          "(a) Germany exported goods worth EUR 5.2 billion in 2023.\n")
    assert ("ドイツ", 5.2e9) in owners_of(en)


def test_a_figure_said_to_be_each_of_joined_names_is_each_ones() -> None:
    # dev15 MAFF 鶏卵: 「広島県及び岡山県がそれぞれ5.1%」 was
    # 岡山県's only
    ja = ("鶏卵流通統計\n\n平成29年3月1日\n\n平成28年の鶏卵生産量の都道府県別割合をみると、"
          "茨城県が7.9%と最も高く、広島県及び岡山県がそれぞれ5.1%となっている。\n")
    rows = owners_of(ja)
    assert {("広島県", 5.1), ("岡山県", 5.1), ("茨城県", 7.9)} <= rows
    # dev12 SURS: "followed by French and German tourists (by 14% each)" was Czechia's
    en = ("Tourist arrivals, August 2019\n\nSeptember 30, 2019\n\nCompared to August 2018, the number of "
          "overnight stays increased the most for tourists from Czechia (by 30%), followed by French and "
          "German tourists (by 14% each).\n")
    rows = owners_of(en)
    assert {("チェコ", 30.0), ("フランス", 14.0), ("ドイツ", 14.0)} <= rows
    # (and in English the list of names a verb is said of: "sales in A and B rose by 2% each")
    en2 = ("Monthly report: June 2024\n\nIn June 2024, retail sales in Germany and France rose by 2% each.\n")
    assert {("ドイツ", 2.0), ("フランス", 2.0)} <= owners_of(en2, "2024-07-15")
    # without "each" a joined pair says no such thing
    plain = ("鶏卵流通統計\n\n平成29年3月1日\n\n平成28年は広島県及び岡山県の合計が10.2%となっている。\n")
    assert ("広島県", 10.2) not in owners_of(plain)


def test_a_region_named_by_its_form_owns_its_figures() -> None:
    # dev13 北陸総合通信局: 「北陸3県における…契約数は約258.2万件」 was Japan's,
    # and its 3 a count of 3
    text = ("報道資料\n平成23年6月30日\n北陸総合通信局\n"
            "北陸3県における携帯電話・PHSの契約数(平成23年3月末)\n\n"
            "- 全国の携帯電話及びPHSの契約数は約1億2,328.7万件、普及率は96.3%となった。\n"
            "- 北陸3県における携帯電話及びPHSの契約数は約258.2万件、普及率は84.1%となった。\n")
    owners = owners_of(text, "2011-06-30")
    assert ("北陸3県", 2582000.0) in owners and ("北陸3県", 84.1) in owners and ("日本", 96.3) in owners
    assert not any(v == 3.0 for _o, v in owners)


def test_names_listed_in_brackets_after_a_name_say_what_it_holds() -> None:
    # dev13 財務省: 「アジア地域(アジア各国、中国(含香港マカオ)、台湾)が51%」 was 中国's
    text = ("平成30年の関税法違反事件の取締り状況\n\n平成31年2月22日\n\n"
            "密輸仕出地別にみると、平成30年の摘発件数ではアジア地域(アジア各国、中国(含香港マカオ)、台湾)が51%と"
            "半数を占める。\n")
    assert ("アジア地域", 51.0) in owners_of(text)


def test_a_prefecture_labelling_its_figure_in_a_chart_owns_it() -> None:
    # dev15 MAFF なたね: the chart's labels run into the text as a PDF gives them; 「青森 246ha (17%)」
    # was 北海道's (the label before), 「福島 67ha (5%)」 日本's (福島 is a surname to the dictionary)
    text = ("平成26年産なたねの作付面積及び収穫量\n\n平成26年12月16日公表\n\n"
            "これは、北海道等の主産地において 北海道 404ha (27%) 平成26年産 青森 246ha (17%) "
            "て生育期間の天候がおおむね良好であったためである。 3 収穫量 福島 67ha (5%) "
            "全国の収穫量は1,780tで、前年産に比べて増加した。\n")
    owners = owners_of(text)
    assert {("青森", 246.0), ("青森", 17.0), ("福島", 67.0), ("福島", 5.0), ("北海道", 404.0)} <= owners
    # a place and a year set apart is no label of a figure
    plain = "東京 2024年の統計\n\n全国の人口は1億2,000万人だった。\n"
    assert not any(o == "東京" for o, _v in owners_of(plain))


def test_a_word_written_in_lower_case_too_or_a_release_label_is_no_name() -> None:
    # dev13 Statistics Iceland: "exchange.1 Trade in ships …" (a footnote run into the stop) made
    # "Trade" the owner of the release's figures, which are Iceland's (its currency says so)
    text = ("Iceland trade in goods\n\nMarch 1, 2019\n\n"
            "Thus there was a trade deficit of ISK 15,300 million in February 2019, at current rates of "
            "exchange.1 Trade in ships and aircrafts does not affect the trade deficit.\n\n"
            "In February 2019 the value of exported goods was ISK 1,200 million lower than in "
            "February 2018.\n")
    owners = owners_of(text)
    assert not any(o == "Trade" for o, _v in owners)
    # dev13 ECB: "- PRESS RELEASE" opening the page made "PRESS" its figures' owner
    ecb = ("- PRESS RELEASE\n- 31 October 2019\n\n"
           "The composite cost-of-borrowing indicator for new loans to households decreased to 1.48% in "
           "September 2019.\n")
    assert not any(o in ("PRESS", "PRESS RELEASE") for o, _v in owners_of(ecb))
    # a proper noun keeps its capital: a name written only so stays a name
    acme = "Acme said revenue rose 8% in the third quarter of 2024. Acme plans more stores.\n"
    assert ("Acme", 8.0) in owners_of(acme)


def test_a_part_named_like_a_first_name_is_that_part_beside_its_siblings() -> None:
    # dev15 ABS: "fell in Victoria (-0.9 per cent), South Australia (-0.7 per cent)" was New South
    # Wales's (the state named before); Victoria, a first name too, is no built-in part alone
    text = ("Building Approvals, Australia, March 2013\n\nApril 30, 2013\n\n"
            "Private sector house approvals rose in New South Wales (0.6 per cent) in March 2013. "
            "Private sector house approvals trends fell in Victoria (-0.9 per cent), South Australia "
            "(-0.7 per cent) and Queensland (-0.5 per cent).\n\n"
            "Victoria fell (-1.0 per cent) in March 2013.\n")
    owners = owners_of(text)
    assert ("Victoria", -0.9) in owners and ("Victoria", -1.0) in owners
    assert not any(o == "Victoria" for o, _v in owners_of("Victoria Smith said revenue rose 5% in 2024.\n"))


def test_each_week_or_a_name_closing_its_own_clause_is_no_list_of_names() -> None:
    # review H10: "each month" is a figure per month, and ", and" between two names joins two clauses;
    # a name that is the place of a figure before it closes that figure's clause
    for sentence, other in [
        ("In June 2024 exports fell 1.2% in Germany, and France gained 0.5% each week.", 0.5),
        ("In June 2024 unemployment fell in Germany, and France added 30,000 jobs each month.", 30_000),
        ("Retail sales rose 2.0% in Germany and France grew 3.1% each in June 2024.", 3.1),
        ("In June 2024 unemployment fell in Germany and France added 30,000 jobs each.", 30_000),
    ]:
        rows = owners_of(f"Monthly report: June 2024\n\n{sentence}\n", "2024-07-15")
        assert ("フランス", other) in rows and ("ドイツ", other) not in rows, sentence
