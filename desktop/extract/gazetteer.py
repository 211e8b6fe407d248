"""Small tables of world knowledge that a rule-based extractor cannot infer.

Countries with their adjectives, capitals and currencies, so "Kazakh Prime
Minister" yields Kazakhstan and a dateline "ASTANA—" yields a place in
Kazakhstan. The tables are deliberately short and plain: they are data, easy to
extend by anyone reading an article the extractor got wrong.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# name | adjectives and other aliases | capitals and big cities | currency
_COUNTRIES = """
Afghanistan|Afghan|Kabul|AFN
Argentina|Argentine,Argentinian|Buenos Aires|ARS
Armenia|Armenian|Yerevan|AMD
Australia|Australian|Canberra,Sydney,Melbourne|AUD
Austria|Austrian|Vienna|EUR
Azerbaijan|Azerbaijani,Azeri|Baku|AZN
Bangladesh|Bangladeshi|Dhaka|BDT
Belarus|Belarusian|Minsk|BYN
Belgium|Belgian|Brussels|EUR
Brazil|Brazilian|Brasilia,Brasília,Sao Paulo,São Paulo,Rio de Janeiro|BRL
Bulgaria|Bulgarian|Sofia|BGN
Canada|Canadian|Ottawa,Toronto|CAD
Chile|Chilean|Santiago|CLP
Colombia|Colombian|Bogota,Bogotá|COP
China|Chinese,PRC,Sino,People's Republic of China|Beijing,Shanghai,Urumqi,Ürümqi,Guangzhou,Shenzhen|CNY
Czech Republic|Czech,Czechia|Prague|CZK
Denmark|Danish|Copenhagen|DKK
Egypt|Egyptian|Cairo,Alexandria|EGP
Ethiopia|Ethiopian|Addis Ababa|ETB
Finland|Finnish|Helsinki|EUR
France|French|Paris|EUR
Georgia|Georgian|Tbilisi|GEL
Germany|German|Berlin,Frankfurt,Munich|EUR
Greece|Greek|Athens|EUR
Hungary|Hungarian|Budapest|HUF
India|Indian|New Delhi,Delhi,Mumbai|INR
Indonesia|Indonesian|Jakarta|IDR
Iran|Iranian|Tehran|IRR
Iraq|Iraqi|Baghdad|IQD
Israel|Israeli|Jerusalem,Tel Aviv|ILS
Italy|Italian|Rome,Milan|EUR
Japan|Japanese|Tokyo,Osaka|JPY
Jordan|Jordanian|Amman|JOD
Kazakhstan|Kazakh,Kazakhstani|Astana,Almaty,Nur-Sultan,Shymkent|KZT
Kenya|Kenyan|Nairobi,Mombasa|KES
Tanzania|Tanzanian|Dodoma,Dar es Salaam|TZS
Uganda|Ugandan|Kampala|UGX
Kuwait|Kuwaiti|Kuwait City|KWD
Kyrgyzstan|Kyrgyz|Bishkek,Osh|KGS
Malaysia|Malaysian|Kuala Lumpur|MYR
Mexico|Mexican|Mexico City|MXN
Mongolia|Mongolian|Ulaanbaatar,Ulan Bator|MNT
Morocco|Moroccan|Rabat|MAD
Netherlands|Dutch|Amsterdam,The Hague|EUR
Nigeria|Nigerian|Abuja,Lagos|NGN
Norway|Norwegian|Oslo|NOK
Oman|Omani|Muscat|OMR
Pakistan|Pakistani|Islamabad,Karachi,Lahore|PKR
Peru|Peruvian|Lima|PEN
Philippines|Philippine,Filipino|Manila|PHP
Poland|Polish|Warsaw|PLN
Portugal|Portuguese|Lisbon|EUR
Qatar|Qatari|Doha|QAR
Romania|Romanian|Bucharest|RON
Russia|Russian,Russian Federation|Moscow,St Petersburg|RUB
Saudi Arabia|Saudi|Riyadh,Jeddah|SAR
Serbia|Serbian|Belgrade|RSD
Singapore|Singaporean||SGD
South Africa|South African|Pretoria,Johannesburg,Cape Town|ZAR
South Korea|South Korean,Korean,Korea,Republic of Korea|Seoul,Busan|KRW
Spain|Spanish|Madrid|EUR
Sri Lanka|Sri Lankan|Colombo|LKR
Sweden|Swedish|Stockholm|SEK
Switzerland|Swiss|Bern,Geneva,Zurich|CHF
Tajikistan|Tajik|Dushanbe|TJS
Thailand|Thai|Bangkok|THB
Turkey|Turkish,Türkiye|Ankara,Istanbul|TRY
Turkmenistan|Turkmen|Ashgabat|TMT
Ukraine|Ukrainian|Kyiv,Kiev|UAH
United Arab Emirates|UAE,Emirati|Abu Dhabi,Dubai|AED
United Kingdom|UK,British,Britain,U.K.|London|GBP
United States|US,U.S.,American,USA|Washington|USD
Uzbekistan|Uzbek|Tashkent,Samarkand|UZS
Vietnam|Vietnamese,Viet Nam|Hanoi,Ho Chi Minh City|VND
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
CITY_COUNTRY["Xinjiang"] = "China"

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


def slug(name: str) -> str:
    """Entity id in the seed's style: "Kassym-Jomart Tokayev" → "kassym-jomart-tokayev"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
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
