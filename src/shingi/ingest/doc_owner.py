"""Whose document it is: the owner a document states outside the sentences of its figures.

Prefecture and city pages and national statistics releases name their owner once, in their title, a
publisher line, their site's name or only in their web address, and then give their figures with no
owner at all (「人口 146,796」). A figure whose sentence, table and context name no owner takes the
document's owner (:class:`~shingi.ingest.extract.DocumentExtractor` decides when); this module reads
the owner from what is not a sentence: the user's ``--owner``, the document's address (``--source``,
an HTML page's canonical address or ``og:url``, a 「URL：…」 line of a printed release) and its
site's name or title (HTML ``og:site_name``, ``<title>``).

Addresses say their owner only where a registry's rule does (JPRS's rules for ``.jp``; ``gc.ca``, the US
federal ``.gov`` (not a state's or a city's: ``nc.gov``, ``texas.gov``, ``nyc.gov``), ``europa.eu`` and a name
right under ``gov.au`` (not under a state's label: ``nsw.gov.au``) are their central governments' alone,
:data:`_NATIONAL_DOMAINS`): ``go.jp`` is
registered by Japan's national government bodies only, so its pages are Japan's; a prefecture's
domain is ``pref.<romaji>.jp`` or ``pref.<romaji>.lg.jp`` (Tokyo's ``metro.tokyo.jp``), read through
the table of the 47 prefectures below. A city's domain (``city.<romaji>.<prefecture>.jp``) names the
city only in Latin letters, which no table here turns into its name: such a page needs ``--owner``.

A Japanese document whose title opens with a statistic's name and no
place (:func:`national_statistic_title`: 「景気動向指数 平成20年4月分(速報)の概要」,
「報道資料 消費動向調査(平成26年3月実施分)」, 「労働力調査(基本集計) 2019年9月分」)
reports the national statistic of that name: in Japanese official usage a
prefecture's or a city's own statistic carries its place in its title
(「富山県鉱工業指数」, 「東京都区部消費者物価指数」), because the national one of the
same name exists. When nothing else gives the owner, such a document's figures
are Japan's (see ``DocumentExtractor._national_owner``). English has no such
tie: a title "Consumer Price Index" in English may be any country's, so no
English title gives a country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from shingi.ingest.owners import KNOWN_ENTITIES
from shingi.normalize.quantities import CURRENCIES

#: The 47 prefectures: the romaji of their domains (``pref.<romaji>.jp``) and their names.
PREFECTURES: dict[str, str] = {
    "hokkaido": "北海道", "aomori": "青森県", "iwate": "岩手県", "miyagi": "宮城県", "akita": "秋田県",
    "yamagata": "山形県", "fukushima": "福島県", "ibaraki": "茨城県", "tochigi": "栃木県", "gunma": "群馬県",
    "saitama": "埼玉県", "chiba": "千葉県", "tokyo": "東京都", "kanagawa": "神奈川県", "niigata": "新潟県",
    "toyama": "富山県", "ishikawa": "石川県", "fukui": "福井県", "yamanashi": "山梨県", "nagano": "長野県",
    "gifu": "岐阜県", "shizuoka": "静岡県", "aichi": "愛知県", "mie": "三重県", "shiga": "滋賀県",
    "kyoto": "京都府", "osaka": "大阪府", "hyogo": "兵庫県", "nara": "奈良県", "wakayama": "和歌山県",
    "tottori": "鳥取県", "shimane": "島根県", "okayama": "岡山県", "hiroshima": "広島県",
    "yamaguchi": "山口県", "tokushima": "徳島県", "kagawa": "香川県", "ehime": "愛媛県", "kochi": "高知県",
    "fukuoka": "福岡県", "saga": "佐賀県", "nagasaki": "長崎県", "kumamoto": "熊本県", "oita": "大分県",
    "miyazaki": "宮崎県", "kagoshima": "鹿児島県", "okinawa": "沖縄県",
}

#: a printed release's line that gives the page's own address: 「URL : http://…」, "URL: https://…"
_URL_LINE_RE = re.compile(r"^\s*(?:URL|ＵＲＬ)\s*[:：]\s*(https?://[^\s<>\"'）」]+)", re.I)
#: a Japanese local government's site name or title: 「富山県」, 「足利市ホームページ」,
#: 「三重県公式ウェブサイト」
_LOCAL_SITE_RE = re.compile(
    r"^\s*(?P<place>[一-龥ヶ]{1,5}(?:都|道|府|県|市|区|町|村))\s*"
    r"(?:公式)?(?:ホームページ|ウェブサイト|Webサイト|webサイト|サイト)?\s*$")


#: a Japanese title that opens with a statistic's name (…調査, …統計, …指数; …状況 before the bracketed
#: part it reports on), perhaps after a release's label (報道資料), followed by its edition, period or
#: brackets: 「消費動向調査(平成 26 年3月実施分)」, 「単身世帯収支調査の概況」,
#: 「一般職業紹介状況（平成29年4月分）」
_STATISTIC_TITLE_RE = re.compile(
    r"^\s*(?:(?:報道資料|報道発表(?:資料)?|プレスリリース|【[^】\s]{1,10}】)\s*)?"
    # 「2020年11月の鉱工業(生産・出荷・在庫)指数の動向(速報)」: the month reported on, before the name;
    # 「平成22年度  介護保険事業状況報告(年報)」: the (fiscal) year, set apart from the name by a space
    r"(?:(?:(?:19|20)\d{2}|(?:平成|令和|昭和)(?:\d{1,2}|元))年(?:(?:\d{1,2}月)?分?の\s*|度?\s+))?"
    # (a name may open with an ordinal, 第N次: 「第3次産業活動指数」, the tertiary industry's index)
    r"(?P<name>(?:第\d{1,2}次)?[一-龥々ァ-ヶー・]{1,24}?(?:[（(][一-龥々ァ-ヶー・、]{2,20}[)）])?(?:(?:調査|統計|指数)"
    r"(?=\s|[（(〔【]|\d|平成|令和|昭和|(?:の)?(?:結果|速報|確報|月報|年報|報告|概要|概況|動向)|$)"
    # 「一般職業紹介状況（平成29年4月分）」: a statistic named …状況 is one only with the part it reports on
    # (〜分) in brackets right after it; 「…の状況」 alone is too common a title to say so. Not a status
    # as of a day (「住民基本台帳人口状況(令和6年4月1日現在)」) nor a status report
    # (「介護保険事業状況報告(年報)」): every city and town publishes its own under such a title, its name
    # only in the site's header
    r"|状況(?=\s?[（(][^（()）]{2,16}分[）)])))")


def national_statistic_title(text: str) -> tuple[int, int] | None:
    """The span of the statistic's name a Japanese document's first sentence opens with (see the module
    docstring), or None. The caller checks that no place or body is named inside it."""
    m = _STATISTIC_TITLE_RE.match(text)
    return (m.start("name"), m.end("name")) if m else None


@dataclass(frozen=True, slots=True)
class StatedOwner:
    """An owner the document (or its user) states for the whole document, and where it was said."""

    name: str
    #: ``option`` (``--owner``), ``site`` (an HTML page's site name or title), ``address``
    how: str
    said: str  # what said it: the option's value, the site's name, the address's host

    def note(self) -> str:
        """The review note of a row that took this owner."""
        where = {"option": "as given with --owner", "site": f"from the site's name {self.said!r}",
                 "address": f"from the document's address ({self.said})"}[self.how]
        return f"owner not stated in the text: the document's, {where}; review"


#: second-level domains their registries give to one country's central government alone (the Government of
#: Canada's gc.ca; the US federal government's .gov, whose states and cities are told apart below; the
#: European Union's institutions' europa.eu)
_NATIONAL_DOMAINS: dict[tuple[str, ...], str] = {("gc", "ca"): "Canada", ("gov",): "United States",
                                                 ("europa", "eu"): "European Union",
                                                 ("gov", "au"): "Australia"}
#: the labels under gov.au that auDA gives to a state's or a territory's government (whose bodies and councils
#: are named under them: health.nsw.gov.au, cityofsydney.nsw.gov.au); a name right under gov.au is the
#: Commonwealth's (abs.gov.au, rba.gov.au)
_AU_STATES = frozenset({"nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt"})
#: the labels of a .gov host that say a US state's or a city's government, not the federal one (a state's
#: code or name, nyc.gov, "state", "city", "county" …): such a page needs --owner
_US_LOCAL_LABEL_RE = re.compile(
    r"^(?:[a-z]{2}|nyc|state|city|county|cityof.*|.*(?:city|county|state|town|village)|"
    r"alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho"
    r"|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota"
    r"|mississippi|missouri|montana|nebraska|nevada|newhampshire|newjersey|newmexico|newyork|northcarolina"
    r"|northdakota|ohio|oklahoma|oregon|pennsylvania|rhodeisland|southcarolina|southdakota|tennessee|texas"
    r"|utah|vermont|virginia|washington|westvirginia|wisconsin|wyoming)$")


#: The currencies many countries' texts count in (the US dollar, the euro): they name no one country.
_SHARED_CURRENCIES = frozenset({"USD", "EUR"})


def _currency_countries() -> dict[str, str]:
    """Each currency of :data:`shingi.normalize.quantities.CURRENCIES` one country alone issues, with that
    country's English name among the built-in entities: an ISO 4217 code opens with its issuer's ISO 3166
    code (ISK Iceland's, SEK Sweden's), which the built-in countries' ids are (the United Kingdom's is UK,
    not GB)."""
    names = {{"UK": "GB"}.get(eid, eid): name_en
             for eid, kind, _ja, name_en, _other in KNOWN_ENTITIES if kind == "country"}
    return {code: names[code[:2]] for code in sorted(CURRENCIES - _SHARED_CURRENCIES) if code[:2] in names}


#: The country that alone issues a currency (:func:`_currency_countries`; not the US dollar or the euro, which
#: many countries' texts count in): an English release that names no owner and counts its money in one of
#: these (Statistics Iceland's "ISK 44,800 million", Statistics Sweden's "SEK 49 billion") is that country's
#: (see ``DocumentExtractor._document_owner``).
CURRENCY_COUNTRIES: dict[str, str] = _currency_countries()


def _national_domain(labels: list[str]) -> str | None:
    """The country whose central government alone registers the host's domain (see _NATIONAL_DOMAINS)."""
    for suffix, country in _NATIONAL_DOMAINS.items():
        if len(labels) > len(suffix) and tuple(labels[-len(suffix):]) == suffix:
            if suffix == ("gov",) and _US_LOCAL_LABEL_RE.match(labels[-2]):
                return None  # nc.gov, texas.gov, nyc.gov: a state's or a city's
            if suffix == ("gov", "au") and labels[-3] in _AU_STATES:
                return None  # nsw.gov.au, health.vic.gov.au: a state's
            return country
    return None


def address_owner(address: str) -> StatedOwner | None:
    """The owner a web address states by a registry's rule (see the module docstring), or None."""
    try:
        host = (urlsplit(address if "//" in address else "//" + address).hostname or "").lower()
    except ValueError:
        return None
    labels = host.split(".")
    if (national := _national_domain(labels)) is not None:
        return StatedOwner(national, "address", host)
    if len(labels) < 2 or labels[-1] != "jp":
        return None
    if labels[-2] == "go":
        return StatedOwner("日本", "address", host)  # go.jp: a national government body's
    for i, label in enumerate(labels[:-2]):
        nxt = labels[i + 1]
        rest = labels[i + 2:]
        if label == "pref" and nxt in PREFECTURES and rest in (["jp"], ["lg", "jp"]):
            return StatedOwner(PREFECTURES[nxt], "address", host)
        if label == "metro" and nxt == "tokyo" and rest in (["jp"], ["lg", "jp"]):
            return StatedOwner("東京都", "address", host)
    return None


#: a web address's path that opens with the day its page was filed under, as news sites' and blogs' permalinks
#: do: ".../2025/02/dutch-economy-grow-…", ".../2019/12/06/job-report-in-us-…"
_ADDRESS_DAY_RE = re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/(?:(0[1-9]|[12]\d|3[01])/)?")


def address_day(address: str | None) -> tuple[int, int, int | None] | None:
    """The year, month and perhaps day a web address's path files its page under (a permalink's
    ``/2019/12/06/``), or None. Read as text, never fetched; the caller takes it only for a document that
    states no date of its own, as a guess to review."""
    if not address:
        return None
    try:
        path = urlsplit(address if "//" in address else "//" + address).path
    except ValueError:
        return None
    m = _ADDRESS_DAY_RE.search(path)
    if m is None:
        return None
    return int(m[1]), int(m[2]), int(m[3]) if m[3] else None


def site_owner(site_name: str | None) -> StatedOwner | None:
    """A local government's site named by its place alone (「富山県」, 「足利市ホームページ」), or None.
    (A news site's or a company's name says who published, not whose figures they are.)"""
    if not site_name:
        return None
    from shingi.ingest.owners import place_name

    for part in re.split(r"\s*[|｜/／:：\-–—]\s*", site_name):
        m = _LOCAL_SITE_RE.match(part)
        if m is not None and place_name(m["place"]):
            return StatedOwner(m["place"], "site", site_name.strip())
    return None


def address_line(text: str) -> str | None:
    """The address a 「URL：…」 line gives (a printed release's own address), or None."""
    if "URL" not in text and "ＵＲＬ" not in text and "url" not in text:
        return None
    m = _URL_LINE_RE.match(text)
    return m.group(1) if m else None


def document_owner(option: str | None, site_names: tuple[str | None, ...], addresses: tuple[str | None, ...]
                   ) -> StatedOwner | None:
    """The owner stated for the whole document outside its text, most explicit first: the user's
    ``--owner``, then a local government's site name or title, then the first address that states an
    owner."""
    if option and option.strip():
        return StatedOwner(option.strip(), "option", option.strip())
    for site in site_names:
        if (found := site_owner(site)) is not None:
            return found
    for address in addresses:
        if address and (found := address_owner(address)) is not None:
            return found
    return None
