"""The country of a document's currency (issue 14, sixteenth session): an English release that names no owner
(no country, title, publisher or address) and counts its money in one country's own currency is that
country's. Small synthetic documents; each asserts the value, unit, period and owner of the drafted rows."""

from __future__ import annotations

import pytest

from ingest_helpers import extract, owned_rows
from shingi.ingest.extract import ExtractContext
from shingi.normalize import find_quantities


@pytest.fixture(scope="module")
def bare() -> ExtractContext:
    return ExtractContext(None)


def test_an_icelandic_krona_amount_said_by_its_code_is_money() -> None:
    # dev13 Statistics Iceland: "ISK 44,800 million" was a count of 44.8 billion (ISK read as no unit)
    (q,) = find_quantities("the value of exported goods amounted to ISK 44,800 million fob")
    assert (q.quantity.value, q.quantity.unit) == (44.8e9, "ISK")


def test_a_release_counting_in_one_countrys_currency_is_that_countrys(bare: ExtractContext) -> None:
    # dev13 Statistics Iceland, dev12 Statistics Sweden (the feed names only "SCB"): figures no sentence owns
    text = ("According to preliminary figures for February 2019, the value of exported goods amounted to "
            "ISK 44,800 million fob.\n")
    got = owned_rows(extract(bare, text))
    assert ("アイスランド", 44.8e9, "ISK", "2019-02") in got
    text = ("Weakened current account\n\n"
            "The surplus in the current account amounted to SEK 49 billion in the second quarter of 2014.\n")
    assert ("スウェーデン", 49e9, "SEK", "2014-Q2") in owned_rows(extract(bare, text))


def test_no_country_is_read_from_a_shared_currency_or_from_two(bare: ExtractContext) -> None:
    # the US dollar and the euro are many countries' money; two currencies name no one country
    lead = "According to preliminary figures for February 2019, exports amounted to "
    for said in ("USD 44,800 million.", "EUR 44,800 million.",
                 "ISK 44,800 million and imports to NOK 5,000 million."):
        assert not extract(bare, lead + said + "\n").observations


def test_a_country_the_release_names_comes_before_its_currency(bare: ExtractContext) -> None:
    text = ("Statistics on trade between Norway and other countries.\n\n"
            "According to preliminary figures for February 2019, the value of exported goods amounted to "
            "ISK 44,800 million fob.\n")
    assert owned_rows(extract(bare, text)) == {("ノルウェー", 44.8e9, "ISK", "2019-02")}


@pytest.mark.parametrize("text", [
    "Results\n\nFor the fiscal year ended March 31, 2024, consolidated revenue was JPY 45,095 billion, "
    "up 21.4%.\n",
    "Results\n\nIn 2023 the group's revenue was GBP 5.2 billion.\n",
])
def test_a_companys_money_is_no_countrys(bare: ExtractContext, text: str) -> None:
    # a company's or a group's own accounts: its yen or pounds make it no part of Japan or the UK
    # (review finding 12: was 日本 / 英国)
    assert not {r for r in owned_rows(extract(bare, text)) if r[0] in ("日本", "英国")}


def test_every_national_currency_read_has_its_country() -> None:
    # the table is derived from the currencies read (ISO 4217 opens with the issuer's ISO 3166 code), so a
    # currency added to CURRENCIES gets its country without a second list to keep in step
    from shingi.ingest.doc_owner import CURRENCY_COUNTRIES
    from shingi.normalize.quantities import CURRENCIES

    assert {"ISK": "Iceland", "SEK": "Sweden", "GBP": "United Kingdom", "CLP": "Chile"}.items() \
        <= CURRENCY_COUNTRIES.items()
    assert not {"USD", "EUR"} & CURRENCY_COUNTRIES.keys()
    assert CURRENCY_COUNTRIES.keys() <= CURRENCIES


@pytest.mark.parametrize("said", ["44,800 million pesos.", "44,800 million kroner.", "44,800 million rupees.",
                                  "5 billion riyals."])
def test_a_currency_named_by_its_familys_name_is_no_countrys(bare: ExtractContext, said: str) -> None:
    # "pesos" reads as MXN, "kroner" as NOK (the family's first member): a Chilean or Danish release says
    # them too, so they name no country (review: were メキシコ, ノルウェー …); its own code still does
    lead = "According to preliminary figures for February 2019, exports amounted to "
    assert not extract(bare, lead + said + "\n").observations
    assert ("チリ", 44.8e9, "CLP", "2019-02") in owned_rows(extract(bare, lead + "CLP 44,800 million.\n"))
