"""Small tables of world knowledge that a rule-based extractor cannot infer.

Countries with their adjectives, capitals and currencies, so "Kazakh Prime
Minister" yields Kazakhstan and a dateline "ASTANA—" yields a place in
Kazakhstan. The tables are deliberately short and plain: they are data, easy to
extend by anyone reading an article the extractor got wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

#: Month and weekday names: capitalised, yet never a name, an owner or an acronym.
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Capitalised words that point at a day: with the names above, never a person's.
WHEN_WORDS = frozenset([*WEEKDAY_NAMES, *MONTH_NAMES, "Today", "Yesterday"])
#: ISO 4217 codes as wire copy writes them (RMB for the yuan too).
CURRENCY_CODES = (
    "USD", "EUR", "GBP", "CNY", "RMB", "JPY", "AED", "SAR", "KZT", "RUB", "INR",
    "UZS", "KGS", "TJS", "TMT", "AZN", "TRY", "KRW", "BRL", "IDR", "AUD", "CAD",
    "CHF", "PLN", "UAH", "EGP", "KES", "MNT", "PKR", "VND", "QAR", "KWD", "ZAR",
    "MYR", "THB", "SGD", "HKD", "NZD", "SEK", "NOK", "DKK", "GEL", "AMD", "BYN",
    "BDT", "HUF", "RSD", "ETB", "NGN", "OMR", "BHD", "JOD", "MAD", "CZK", "RON", "LKR",
    "MXN", "CLP", "ARS", "COP", "PEN", "PHP", "IQD", "IRR", "TWD", "UGX", "TZS", "GHS",
)  # fmt: skip

# name | adjectives and other aliases | capitals and big cities | currency
_COUNTRIES = """
Afghanistan|Afghan|Kabul|AFN
Argentina|Argentine,Argentinian|Buenos Aires|ARS
Armenia|Armenian|Yerevan,Gyumri|AMD
Australia|Australian|Canberra,Sydney,Melbourne,Perth,Brisbane,Adelaide|AUD
Austria|Austrian|Vienna|EUR
Azerbaijan|Azerbaijani,Azeri|Baku,Ganja,Sumgait,Shusha|AZN
Bangladesh|Bangladeshi|Dhaka|BDT
Belarus|Belarusian|Minsk|BYN
Belgium|Belgian|Brussels,Antwerp|EUR
Brazil|Brazilian|Brasilia,Brasília,Sao Paulo,São Paulo,Rio de Janeiro,Belo Horizonte,Porto Alegre,Curitiba,Recife,Manaus|BRL
Bulgaria|Bulgarian|Sofia|BGN
Canada|Canadian|Ottawa,Toronto,Vancouver,Montreal,Calgary,Edmonton,Winnipeg|CAD
Chile|Chilean|Santiago,Valparaiso,Valparaíso,Antofagasta|CLP
Colombia|Colombian|Bogota,Bogotá|COP
China|Chinese,PRC,Sino,People's Republic of China|Beijing,Shanghai,Urumqi,Ürümqi,Guangzhou,Shenzhen,Chengdu,Chongqing,Wuhan,Xi'an,Tianjin,Nanjing,Hangzhou,Kashgar,Lanzhou,Harbin,Kunming,Xiamen,Qingdao,Dalian|CNY
Czech Republic|Czech,Czechia|Prague|CZK
Denmark|Danish|Copenhagen|DKK
Egypt|Egyptian|Cairo,Alexandria,Port Said,Suez|EGP
Ethiopia|Ethiopian|Addis Ababa|ETB
Finland|Finnish|Helsinki|EUR
France|French|Paris,Lyon,Marseille,Toulouse,Bordeaux,Lille,Strasbourg,Nantes|EUR
Georgia|Georgian|Tbilisi,Batumi,Kutaisi,Poti,Rustavi|GEL
Germany|German|Berlin,Frankfurt,Munich,Hamburg,Düsseldorf,Hanover,Hannover,Stuttgart,Cologne,Bonn,Leipzig,Dresden,Bremen,Nuremberg,Essen,Dortmund,Wolfsburg|EUR
Greece|Greek|Athens|EUR
Hungary|Hungarian|Budapest,Debrecen|HUF
India|Indian|New Delhi,Delhi,Mumbai,Bengaluru,Chennai,Hyderabad,Kolkata,Ahmedabad,Pune,Jaipur,Lucknow,Surat,Gurugram,Noida|INR
Indonesia|Indonesian|Jakarta,Surabaya,Bandung,Medan,Batam|IDR
Iran|Iranian|Tehran,Mashhad,Isfahan,Tabriz,Bandar Abbas,Chabahar,Zahedan|IRR
Iraq|Iraqi|Baghdad|IQD
Israel|Israeli|Jerusalem,Tel Aviv|ILS
Italy|Italian|Rome,Milan,Turin,Naples,Bologna,Genoa,Venice,Palermo,Trieste,Verona|EUR
Japan|Japanese|Tokyo,Osaka,Yokohama,Nagoya,Kyoto,Fukuoka,Sapporo,Hiroshima|JPY
Jordan|Jordanian|Amman|JOD
Kazakhstan|Kazakh,Kazakhstani|Astana,Almaty,Nur-Sultan,Shymkent,Aktau,Atyrau,Karaganda,Aktobe,Pavlodar,Oskemen,Ust-Kamenogorsk,Kostanay,Taraz,Turkistan,Kyzylorda,Semey,Uralsk|KZT
Kenya|Kenyan|Nairobi,Mombasa|KES
Tanzania|Tanzanian|Dodoma,Dar es Salaam|TZS
Uganda|Ugandan|Kampala|UGX
Kuwait|Kuwaiti|Kuwait City|KWD
Laos|Lao,Laotian|Vientiane|LAK
Kyrgyzstan|Kyrgyz|Bishkek,Osh,Karakol,Jalal-Abad,Naryn,Tokmok|KGS
Malaysia|Malaysian|Kuala Lumpur,Penang,Johor Bahru|MYR
Mexico|Mexican|Mexico City,Monterrey,Guadalajara|MXN
Mongolia|Mongolian|Ulaanbaatar,Ulan Bator,Erdenet|MNT
Morocco|Moroccan|Rabat|MAD
Netherlands|Dutch|Amsterdam,The Hague,Rotterdam|EUR
Nigeria|Nigerian|Abuja,Lagos,Kaduna,Port Harcourt|NGN
Norway|Norwegian|Oslo|NOK
Oman|Omani|Muscat|OMR
Pakistan|Pakistani|Islamabad,Karachi,Lahore,Peshawar,Quetta,Gwadar,Faisalabad,Multan,Rawalpindi|PKR
Peru|Peruvian|Lima|PEN
Philippines|Philippine,Filipino|Manila,Cebu,Davao|PHP
Poland|Polish|Warsaw,Krakow,Kraków,Gdansk,Gdańsk,Wroclaw,Wrocław,Poznan,Poznań|PLN
Portugal|Portuguese|Lisbon,Porto|EUR
Qatar|Qatari|Doha|QAR
Romania|Romanian|Bucharest,Constanta,Constanța,Cluj-Napoca,Timisoara|RON
Russia|Russian,Russian Federation|Moscow,St Petersburg,St. Petersburg,Saint Petersburg,Novosibirsk,Yekaterinburg,Kazan,Vladivostok,Omsk,Orenburg,Chelyabinsk,Astrakhan,Krasnodar,Nizhny Novgorod,Rostov-on-Don|RUB
Saudi Arabia|Saudi|Riyadh,Jeddah,Dammam,Mecca|SAR
Serbia|Serbian|Belgrade,Novi Sad,Niš|RSD
Singapore|Singaporean||SGD
South Africa|South African|Pretoria,Johannesburg,Cape Town|ZAR
South Korea|South Korean,Korean,Korea,Republic of Korea|Seoul,Busan,Incheon,Daegu,Ulsan,Gwangju|KRW
Spain|Spanish|Madrid,Barcelona,Bilbao,Seville,Zaragoza,Malaga,Málaga|EUR
Sri Lanka|Sri Lankan|Colombo|LKR
Sweden|Swedish|Stockholm|SEK
Switzerland|Swiss|Bern,Geneva,Zurich,Basel,Lausanne|CHF
Tajikistan|Tajik|Dushanbe,Khujand,Kulob,Bokhtar|TJS
Thailand|Thai|Bangkok,Chiang Mai,Phuket|THB
Turkey|Turkish,Türkiye|Ankara,Istanbul,Izmir,İzmir,Bursa,Antalya,Mersin,Trabzon|TRY
Turkmenistan|Turkmen|Ashgabat,Turkmenbashi,Turkmenabat,Dashoguz,Balkanabat|TMT
Ukraine|Ukrainian|Kyiv,Kiev,Odesa,Odessa,Lviv,Kharkiv,Dnipro|UAH
United Arab Emirates|UAE,Emirati|Abu Dhabi,Dubai,Sharjah,Ajman,Fujairah|AED
United Kingdom|UK,British,Britain,U.K.|London,Edinburgh,Manchester,Birmingham,Glasgow,Liverpool,Leeds,Bristol,Aberdeen|GBP
United States|US,U.S.,American,USA|Washington,New York,Houston,Chicago,Los Angeles,San Francisco,Boston,Seattle,Atlanta,Miami,Detroit|USD
Uzbekistan|Uzbek|Tashkent,Samarkand,Bukhara,Namangan,Andijan,Fergana,Nukus,Navoi,Karshi,Termez,Khiva,Urgench|UZS
Vietnam|Vietnamese,Viet Nam|Hanoi,Ho Chi Minh City,Hai Phong,Haiphong,Da Nang|VND
Albania|Albanian|Tirana|ALL
Algeria|Algerian|Algiers|DZD
Angola|Angolan|Luanda|AOA
Bahrain|Bahraini|Manama|BHD
Bolivia|Bolivian|La Paz,Sucre|BOB
Bosnia and Herzegovina|Bosnian,Bosnia|Sarajevo|BAM
Brunei|Bruneian|Bandar Seri Begawan|BND
Cambodia|Cambodian,Khmer|Phnom Penh,Siem Reap|KHR
Cameroon|Cameroonian|Yaounde,Douala|XAF
Chad|Chadian|N'Djamena,NDjamena|XAF
Gabon|Gabonese|Libreville|XAF
Central African Republic||Bangui|XAF
Equatorial Guinea|Equatoguinean|Malabo|XAF
Mali|Malian|Bamako|XOF
Burkina Faso|Burkinabe|Ouagadougou|XOF
Benin|Beninese|Cotonou,Porto-Novo|XOF
Togo|Togolese|Lome,Lomé|XOF
Croatia|Croatian|Zagreb|EUR
Cuba|Cuban|Havana|CUP
Cyprus|Cypriot|Nicosia|EUR
Djibouti|Djiboutian||DJF
Ecuador|Ecuadorian|Quito,Guayaquil|USD
Estonia|Estonian|Tallinn|EUR
Ghana|Ghanaian|Accra|GHS
Iceland|Icelandic|Reykjavik|ISK
Ireland|Irish|Dublin|EUR
Ivory Coast|Ivorian,Cote d'Ivoire,Côte d'Ivoire|Abidjan,Yamoussoukro|XOF
Latvia|Latvian|Riga|EUR
Lebanon|Lebanese|Beirut|LBP
Libya|Libyan|Tripoli,Benghazi|LYD
Lithuania|Lithuanian|Vilnius|EUR
Luxembourg|Luxembourgish||EUR
Mauritius|Mauritian|Port Louis|MUR
Moldova|Moldovan|Chisinau|MDL
Montenegro|Montenegrin|Podgorica|EUR
Mozambique|Mozambican|Maputo|MZN
Myanmar|Burmese,Burma|Naypyidaw,Yangon|MMK
Nepal|Nepali,Nepalese|Kathmandu|NPR
New Zealand|New Zealander|Wellington,Auckland|NZD
North Korea|North Korean,DPRK|Pyongyang|KPW
North Macedonia|Macedonian|Skopje|MKD
Paraguay|Paraguayan|Asuncion,Asunción|PYG
Rwanda|Rwandan|Kigali|RWF
Senegal|Senegalese|Dakar|XOF
Slovakia|Slovak|Bratislava|EUR
Slovenia|Slovenian,Slovene|Ljubljana|EUR
Somalia|Somali|Mogadishu|SOS
Sudan|Sudanese|Khartoum|SDG
Syria|Syrian|Damascus|SYP
Taiwan|Taiwanese|Taipei|TWD
Tunisia|Tunisian|Tunis|TND
Uruguay|Uruguayan|Montevideo|UYU
Venezuela|Venezuelan|Caracas|VES
Yemen|Yemeni|Sanaa|YER
Zambia|Zambian|Lusaka|ZMW
Zimbabwe|Zimbabwean|Harare|ZWL
"""


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    aliases: tuple[str, ...]
    cities: tuple[str, ...]
    currency: str


def _parse(table: str) -> tuple[Country, ...]:
    rows = []
    for line in table.strip().splitlines():
        name, aliases, cities, currency = line.split("|")
        rows.append(
            Country(
                name,
                tuple(a for a in aliases.split(",") if a),
                tuple(c for c in cities.split(",") if c),
                currency,
            )
        )
    return tuple(rows)


COUNTRIES: tuple[Country, ...] = _parse(_COUNTRIES)
#: Any spelling (name, adjective, alias) → the country's canonical name.
COUNTRY_BY_WORD: dict[str, str] = {}
#: City → the country it lies in.
CITY_COUNTRY: dict[str, str] = {}
for _c in COUNTRIES:
    COUNTRY_BY_WORD[_c.name] = _c.name
    for _a in _c.aliases:
        COUNTRY_BY_WORD[_a] = _c.name
    for _city in _c.cities:
        CITY_COUNTRY[_city] = _c.name

# Well-known regions, bodies and projects that articles name by an acronym or a short
# form: canonical name | other spellings | kind | country ("" for international bodies).
_KNOWN_NAMES = """
Xinjiang Uygur Autonomous Region|XUAR,Xinjiang,Xinjiang Uyghur Autonomous Region|place|China
Tibet Autonomous Region|Tibet|place|China
Inner Mongolia Autonomous Region|Inner Mongolia|place|China
Hong Kong Special Administrative Region|Hong Kong,HKSAR|place|China
Guangxi Zhuang Autonomous Region|Guangxi|place|China
Ningxia Hui Autonomous Region|Ningxia|place|China
Anhui|Anhui Province|place|China
Fujian|Fujian Province|place|China
Gansu|Gansu Province|place|China
Guangdong|Guangdong Province|place|China
Guizhou|Guizhou Province|place|China
Hainan|Hainan Province|place|China
Hebei|Hebei Province|place|China
Heilongjiang|Heilongjiang Province|place|China
Henan|Henan Province|place|China
Hubei|Hubei Province|place|China
Hunan|Hunan Province|place|China
Jiangsu|Jiangsu Province|place|China
Jiangxi|Jiangxi Province|place|China
Jilin|Jilin Province|place|China
Liaoning|Liaoning Province|place|China
Qinghai|Qinghai Province|place|China
Shaanxi|Shaanxi Province|place|China
Shandong|Shandong Province|place|China
Shanxi|Shanxi Province|place|China
Sichuan|Sichuan Province|place|China
Yunnan|Yunnan Province|place|China
Zhejiang|Zhejiang Province|place|China
Kurdistan Region|KRG,Iraqi Kurdistan|place|Iraq
Eurasian Economic Union|EAEU,EEU|organization|
Eurasian Economic Commission|EEC|organization|
Eurasian Development Bank|EDB|organization|
Shanghai Cooperation Organisation|SCO,Shanghai Cooperation Organization|organization|
Commonwealth of Independent States|CIS|organization|
Collective Security Treaty Organization|CSTO|organization|
Organization of Turkic States|OTS|organization|
Conference on Interaction and Confidence-Building Measures in Asia|CICA|organization|
Association of Southeast Asian Nations|ASEAN|organization|
Organization of the Petroleum Exporting Countries|OPEC|organization|
Gulf Cooperation Council|GCC|organization|
International Monetary Fund|IMF|organization|
World Trade Organization|WTO|organization|
United Nations|UN|organization|
North Atlantic Treaty Organization|NATO|organization|
European Bank for Reconstruction and Development|EBRD|organization|
European Investment Bank|EIB|organization|
Asian Development Bank|ADB|organization|
Asian Infrastructure Investment Bank|AIIB|organization|
New Development Bank|NDB|organization|
Islamic Development Bank|IsDB|organization|
African Development Bank|AfDB|organization|
Belt and Road Initiative|BRI|initiative|China
China-Pakistan Economic Corridor|CPEC|initiative|
Trans-Anatolian Natural Gas Pipeline|TANAP|initiative|
Trans-Adriatic Pipeline|TAP|initiative|
Trans-Caspian International Transport Route|TITR,Middle Corridor|initiative|
International North-South Transport Corridor|INSTC|initiative|
State Oil Company of Azerbaijan Republic|SOCAR|organization|Azerbaijan
Kazakhstan Temir Zholy|KTZ|organization|Kazakhstan
Astana International Financial Centre|AIFC|organization|Kazakhstan
China National Petroleum Corporation|CNPC|organization|China
Saudi Aramco|Aramco|organization|Saudi Arabia
Abu Dhabi National Oil Company|ADNOC|organization|United Arab Emirates
Qatar Investment Authority|QIA|organization|Qatar
Public Investment Fund|PIF|organization|Saudi Arabia
Turkish Petroleum Corporation|TPAO|organization|Turkey
Tajik Aluminium Company|TALCO|organization|Tajikistan
Oil and Natural Gas Corporation|ONGC|organization|India
KazMunayGas|KMG,KazMunayGaz|organization|Kazakhstan
Kazatomprom||organization|Kazakhstan
Samruk-Kazyna||organization|Kazakhstan
Uzbekneftegaz||organization|Uzbekistan
Türkmengaz|Turkmengaz|organization|Turkmenistan
Gazprom||organization|Russia
Rosneft||organization|Russia
Rosatom||organization|Russia
Lukoil||organization|Russia
Sinopec||organization|China
PetroChina||organization|China
China National Offshore Oil Corporation|CNOOC|organization|China
Sonatrach||organization|Algeria
Petrobras||organization|Brazil
Pemex||organization|Mexico
Petronas||organization|Malaysia
Pertamina||organization|Indonesia
Equinor||organization|Norway
Masdar||organization|United Arab Emirates
ACWA Power||organization|Saudi Arabia
DP World||organization|United Arab Emirates
COSCO Shipping|COSCO|organization|China
Huawei||organization|China
Siemens||organization|Germany
Hyundai||organization|South Korea
Samsung||organization|South Korea
Toyota||organization|Japan
"""


@dataclass(frozen=True, slots=True)
class KnownName:
    name: str
    aliases: tuple[str, ...]
    kind: str  # an EntityKind value
    country: str | None


def _parse_known(table: str) -> tuple[KnownName, ...]:
    rows = []
    for line in table.strip().splitlines():
        name, aliases, kind, country = line.split("|")
        rows.append(
            KnownName(name, tuple(a for a in aliases.split(",") if a), kind, country or None)
        )
    return tuple(rows)


KNOWN_NAMES: tuple[KnownName, ...] = _parse_known(_KNOWN_NAMES)
#: Any spelling of a known region, body or project (name, acronym, short form) → its row.
KNOWN_BY_WORD: dict[str, KnownName] = {
    spelling: row for row in KNOWN_NAMES for spelling in (row.name, *row.aliases)
}

#: Country → its currency code.
CURRENCY_OF: dict[str, str] = {c.name: c.currency for c in COUNTRIES}

#: Bodies whose officials belong to no single country.
SUPRANATIONAL = ("European", "EU", "United Nations", "UN", "NATO", "ASEAN", "WTO", "IMF")

#: Well-known office holders, used only when the article names no country for
#: a titled person ("President Xi Jinping"). Knowledge ages; the article wins.
KNOWN_OFFICIALS: dict[str, str] = {
    "Xi Jinping": "China",
    "Li Qiang": "China",
    "Wang Yi": "China",
    "Kassym-Jomart Tokayev": "Kazakhstan",
    "Olzhas Bektenov": "Kazakhstan",
    "Vladimir Putin": "Russia",
    "Mikhail Mishustin": "Russia",
    "Sergey Lavrov": "Russia",
    "Shavkat Mirziyoyev": "Uzbekistan",
    "Sadyr Japarov": "Kyrgyzstan",
    "Emomali Rahmon": "Tajikistan",
    "Serdar Berdimuhamedov": "Turkmenistan",
    "Ilham Aliyev": "Azerbaijan",
    "Recep Tayyip Erdogan": "Turkey",
    "Narendra Modi": "India",
}


#: Letters Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans(
    {"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss", "Æ": "AE"}
    | {"æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i", "Ħ": "H", "ħ": "h"}
)


def slug(name: str) -> str:
    """Entity id in the seed's style: "Kassym-Jomart Tokayev" → "kassym-jomart-tokayev",
    "Jelena Đurić" → "jelena-duric"."""
    plain = name.translate(_UNDECOMPOSED)
    plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode("ascii")
    out = []
    dash = False
    for ch in plain.lower():
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-") or "entity"


_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ](?<!\w.)\w*")  # the letter first: a fast scan


@lru_cache(maxsize=8)
def _capitalised_words(text: str) -> dict[str, list[int]]:
    """Where each capitalised word of ``text`` starts; one scan serves every index that
    searches the same article (places, known bodies, its people, its entities)."""
    where: dict[str, list[int]] = {}
    for m in _CAPITALISED.finditer(text):
        where.setdefault(m.group(), []).append(m.start())
    return where


class PhraseIndex:
    """Case-sensitive whole-word search for many fixed phrases ("Kazakhstan", "New Delhi",
    "XUAR"), indexed by first word: one pass over the capitalised words of a text is much
    cheaper than one regular expression alternating hundreds of phrases."""

    def __init__(
        self, phrases: Iterable[str], *, not_before: str = "", not_after: str = ""
    ) -> None:
        self._first: dict[str, list[str]] = {}
        for phrase in sorted(set(phrases), key=len, reverse=True):
            head = re.match(r"\w+", phrase)
            if head and phrase[:1].isupper():
                self._first.setdefault(head.group(), []).append(phrase)
        self._not_before = not_before
        self._not_after = not_after

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, phrase) of each longest, non-overlapping occurrence, left to right."""
        where = _capitalised_words(text)
        starts = sorted((s, w) for w in self._first.keys() & where.keys() for s in where[w])
        resume = 0
        for start, word in starts:
            if start < resume or (start and text[start - 1] in self._not_before):
                continue
            for phrase in self._first[word]:
                end = start + len(phrase)
                if text.startswith(phrase, start) and not (
                    end < len(text) and (text[end].isalnum() or text[end] in self._not_after)
                ):
                    yield start, end, phrase
                    resume = end
                    break


# Family names that Chinese and Korean names write first ("Mao Ning", "Kim Tae-hoon"): the
# short name an article uses for such a person is the first word, not the last.
_FAMILY_NAMES = """
Bai Cai Cao Chen Cheng Cui Dai Deng Ding Dong Du Duan Fan Fang Feng Fu Gao Gong Gu Guo
Han Hao He Hou Hu Hua Huang Ji Jia Jiang Jin Kong Lei Li Liang Liao Lin Liu Long Lu Luo
Ma Mao Meng Pan Peng Qian Qin Qiu Ren Shao Shen Shi Song Su Sun Tan Tang Tian Wan Wang
Wei Wen Wu Xia Xiao Xie Xiong Xu Xue Yan Yang Yao Ye Yin Yu Yuan Zeng Zhang Zhao Zheng
Zhong Zhou Zhu Zou
Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo Hong Moon
Jeon Ko Nam Baek
"""
FAMILY_FIRST = frozenset(_FAMILY_NAMES.split())
#: Those that are also Western given names ("Lee Smith", "Kim Jones").
ALSO_GIVEN = frozenset({"Lee", "Kim", "Long", "Song", "Park", "Hong", "Shin", "Ko"})
