"""Money in the forms wires use: "$31.5 billion", "$ 41 bn", "USD 1.8bn",
"15 billion yuan", "3.2 trillion tenge", "A$2 billion", "£400m".

Each form maps to an ISO 4217 code and a base value (31.5e9). Bare "dollars"
mean US dollars, as in wire style; a country adjective before the currency
word ("Egyptian pounds", "Hong Kong dollars") picks the local currency.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.extract.gazetteer import COUNTRIES, CURRENCY_CODES
from desktop.extract.mentions import Mention
from desktop.extract.numbers import (
    DIGITS,
    NUMERAL,
    SCALE,
    at_numerals,
    parse_numeral,
    scale_of,
    to_float,
)
from desktop.extract.patterns import alternation

_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₸": "KZT",
    "₽": "RUB",
    "₩": "KRW",
    "₺": "TRY",
    "₾": "GEL",
    "₴": "UAH",
    "₱": "PHP",
    "₫": "VND",
    "₼": "AZN",
    "₮": "MNT",
    "฿": "THB",
    "₪": "ILS",
    "Rs": "INR",
    "Rs.": "INR",
    "KSh": "KES",
    "TSh": "TZS",
    "USh": "UGX",
    "Sh": "KES",
    "RM": "MYR",
    "Tk": "BDT",
    "TL": "TRY",  # "TL 12.3 billion"; letters alone need a scale or decimals (_letters_alone)
    "Tk.": "BDT",
    "₦": "NGN",
    "RO": "OMR",
    "QR": "QAR",
    "Dh": "AED",
    "R": "ZAR",  # "R2.8 billion"; a lone letter needs a scale or decimals (_letters_alone)
    "N": "NGN",  # "N3.2 trillion", as Nigerian papers write the naira
    "Dhs": "AED",
    "JD": "JOD",
    "Bt": "THB",
    "Rp": "IDR",
    "Rp.": "IDR",
    "GH¢": "GHS",
    "GH₵": "GHS",
    "S/": "PEN",  # the Peruvian sol: "S/ 2.4 billion"
    "S/.": "PEN",
}
#: Symbols several countries write; the article's own country decides, as for words.
_SHARED_SYMBOLS = {"Rs": "rupee", "Rs.": "rupee", "Sh": "shilling"}
#: Symbols too common as letters to read outside their own country's stories.
_HOME_ONLY = {"N": "NGN"}
_CODES = CURRENCY_CODES
#: Currency words (singular and plural) → ISO code, before any adjective override.
_WORDS: dict[str, str] = {
    "dollar": "USD",
    "euro": "EUR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "tenge": "KZT",
    "ruble": "RUB",
    "rouble": "RUB",
    "som": "KGS",
    "sum": "UZS",
    "soum": "UZS",
    "somoni": "TJS",
    "rupee": "INR",
    "rupiah": "IDR",
    "yen": "JPY",
    "won": "KRW",
    "pound": "GBP",
    "pounds sterling": "GBP",
    "dirham": "AED",
    "riyal": "SAR",
    "rial": "IRR",
    "real": "BRL",
    "reais": "BRL",
    "zloty": "PLN",
    "zł": "PLN",  # "1.2 billion zł"
    "zlotys": "PLN",
    "zlotych": "PLN",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnyas": "UAH",
    "tugrik": "MNT",
    "tugriks": "MNT",
    "togrog": "MNT",
    "shilling": "KES",
    "lira": "TRY",
    "liras": "TRY",
    "manat": "AZN",
    "dong": "VND",
    "rand": "ZAR",
    "peso": "MXN",
    "franc": "CHF",
    "dinar": "KWD",
    "ringgit": "MYR",
    "baht": "THB",
    "lari": "GEL",
    "dram": "AMD",
    "naira": "NGN",
    "birr": "ETB",
    "leu": "RON",
    "lei": "RON",
    "taka": "BDT",
    "forint": "HUF",
    "krone": "NOK",
    "kroner": "NOK",
    "krona": "SEK",
    "kronor": "SEK",
    "sol": "PEN",
    "kwanza": "AOA",
    "cedi": "GHS",
    "kyat": "MMK",
    "riel": "KHR",
    "kwacha": "ZMW",
    "metical": "MZN",
    "meticais": "MZN",
    "ariary": "MGA",
    "afghani": "AFN",
    "denar": "MKD",
    "denari": "MKD",
    "koruna": "CZK",
    "korunas": "CZK",
    "guarani": "PYG",
    "boliviano": "BOB",
    "quetzal": "GTQ",
    "quetzales": "GTQ",
    "lempira": "HNL",
    "kip": "LAK",
}
#: Adjective + currency word → code, where the adjective changes the currency.
_QUALIFIED: dict[str, str] = {
    "us dollar": "USD",
    "u.s. dollar": "USD",
    "american dollar": "USD",
    "australian dollar": "AUD",
    "canadian dollar": "CAD",
    "hong kong dollar": "HKD",
    "singapore dollar": "SGD",
    "new zealand dollar": "NZD",
    "taiwan dollar": "TWD",
    "egyptian pound": "EGP",
    "british pound": "GBP",
    "lebanese pound": "LBP",
    "indian rupee": "INR",
    "pakistani rupee": "PKR",
    "sri lankan rupee": "LKR",
    "indonesian rupiah": "IDR",
    "kenyan shilling": "KES",
    "ugandan shilling": "UGX",
    "tanzanian shilling": "TZS",
    "azerbaijani manat": "AZN",
    "turkmen manat": "TMT",
    "saudi riyal": "SAR",
    "qatari riyal": "QAR",
    "iranian rial": "IRR",
    "omani rial": "OMR",
    "uae dirham": "AED",
    "moroccan dirham": "MAD",
    "uzbek sum": "UZS",
    "kyrgyz som": "KGS",
    "tajik somoni": "TJS",
    "mexican peso": "MXN",
    "philippine peso": "PHP",
    "swiss franc": "CHF",
    "danish krone": "DKK",
    "swedish krona": "SEK",
    "norwegian krone": "NOK",
    "chinese yuan": "CNY",
    "japanese yen": "JPY",
    "russian ruble": "RUB",
    "russian rouble": "RUB",
    "kazakh tenge": "KZT",
    "brazilian real": "BRL",
    "turkish lira": "TRY",
    "south korean won": "KRW",
    "cfa franc": "XOF",
}
#: Qualified words still shared: West and Central Africa both write "CFA francs".
_QUALIFIED_SHARED: dict[str, frozenset[str]] = {"cfa franc": frozenset({"XOF", "XAF"})}


def _alternation(words: list[str]) -> str:
    return alternation(words)


#: Currency words written in lower case only: capitalised, they are peoples, languages or
#: tokens ("Afghanis", "Guarani speakers", "SOL tokens").
_LOWER_ONLY = frozenset(
    {"sol", "kip", "afghani", "guarani", "kwanza", "cedi", "kyat", "riel", "kwacha", "metical"}
    | {"meticais", "ariary", "denar", "denari", "koruna", "korunas", "boliviano", "quetzal"}
    | {"quetzales", "lempira"}
)
#: Currency words that are also ordinary English; they count only with a scale word.
_AMBIGUOUS = frozenset({"real", "sum", "som", "won", "rand", "dong", "dram", "sol", "kip", "lira"})

_SYMBOL_ALT = _alternation(list(_SYMBOLS))
_CODE_ALT = _alternation(_CODES)
#: Currency words shared by several countries; the article's own country decides.
_SHARED_WORDS: dict[str, frozenset[str]] = {
    "peso": frozenset({"MXN", "ARS", "CLP", "COP", "PHP", "UYU", "CUP", "DOP"}),
    "shilling": frozenset({"KES", "UGX", "TZS", "SOS"}),
    "rupee": frozenset({"INR", "PKR", "LKR", "NPR", "MUR"}),
    "pound": frozenset({"GBP", "EGP", "LBP", "SYP", "SDG"}),
    "franc": frozenset({"CHF", "XOF", "XAF", "RWF", "CDF"}),
    "dinar": frozenset({"KWD", "IQD", "JOD", "BHD", "DZD", "TND", "RSD", "LYD"}),
    "riyal": frozenset({"SAR", "QAR", "OMR", "YER"}),
    "dirham": frozenset({"AED", "MAD"}),
    "rial": frozenset({"IRR", "OMR", "YER"}),
    "krone": frozenset({"NOK", "DKK"}),
    "kroner": frozenset({"NOK", "DKK"}),
    "krona": frozenset({"SEK", "ISK"}),
    "manat": frozenset({"AZN", "TMT"}),
    "kwacha": frozenset({"ZMW", "MWK"}),
}


def names_shared_currency(body: str) -> bool:
    """Whether ``body`` may name a currency several countries share ("pesos", "Rs"), the
    one case where :func:`find_money` needs to know whose it is. Plain substring tests:
    cheaper than any pattern, and a false alarm only costs the exact answer."""
    low = body.lower()
    return any(word in low for word in _SHARED_WORDS) or bool(_SHARED_SIGN.search(body))


_SHARED_SIGN = re.compile(rf"(?:{'|'.join(map(re.escape, _SHARED_SYMBOLS))})\s?\d")


# "Iraqi dinars", "Chilean pesos", "Jordanian dinars": every country's adjective before a
# currency word several countries share names that country's currency.
for _country in COUNTRIES:
    for _word, _codes in _SHARED_WORDS.items():
        if _country.currency in _codes:
            for _adjective in (_country.name, *_country.aliases):
                _QUALIFIED.setdefault(f"{_adjective.lower()} {_word}", _country.currency)
_ADJ_ALT = _alternation(sorted({k.rsplit(" ", 1)[0] for k in _QUALIFIED}))
_WORD_ALT = _alternation(list(_WORDS))
#: The one-character currency signs, for the cheap tests in front of the patterns.
_SIGNS = "".join(sorted({symbol for symbol in _SYMBOLS if len(symbol) == 1}))

# "$31.5 billion", "US$ 5.6bn", "USD 1.8bn", "Rs 500 crore"
_PREFIXED = re.compile(
    rf"(?<![\w$])(?=[A-Z{_SIGNS}])(?P<cur>{_SYMBOL_ALT}|(?:{_CODE_ALT})(?=\s?\d))\s?(?P<num>{DIGITS})(?P<scale>{SCALE})?",
)
# "$5-6 billion", "US$ 3–4bn": a range, read as its two ends
_RANGE = re.compile(
    rf"(?<![\w$])(?=[A-Z{_SIGNS}])(?P<cur>{_SYMBOL_ALT})\s?(?P<lo>{DIGITS})\s?[-–]\s?"
    rf"(?:(?P=cur)\s?)?(?P<hi>{DIGITS})(?P<scale>{SCALE})?"
)
#: What an amount written currency-first needs: a sign, or a code right before its digits
#: ("USD 1.8bn", "Rs. 500", "KSh 3"). Cheap scans that spare most sentences the two above.
#: Any mark a symbol holds ("$", "€", the "¢" of "GH¢", the "/" of "S/"): without one, and
#: without letters before a digit, no symbol can open an amount.
_SIGN = re.compile(
    "["
    + re.escape("".join(sorted({c for sym in _SYMBOLS for c in sym if not c.isalnum()} - {"."})))
    + "]"
)
_CODE_BEFORE_DIGIT = re.compile(r"[A-Z][A-Za-z]{0,2}\.?\s?\d")
# "15 billion yuan", "1.2 trillion Egyptian pounds", "2.8 billion US dollars", "5 million USD"
_SUFFIXED = re.compile(
    rf"(?<![\w.,])(?=[\dA-Za-z])(?P<num>{NUMERAL})(?P<scale>{SCALE})?[\s-]"
    rf"(?P<cur>(?:(?:{_ADJ_ALT})\s)?(?:{_WORD_ALT})(?:s|es)?\b|(?:{_CODE_ALT})\b)",
    re.IGNORECASE,
)


def find_money(
    body: str, start: int = 0, end: int | None = None, home: str | Sequence[str] | None = None
) -> list[Mention]:
    """All money amounts in ``body[start:end]``, left to right, without overlaps.

    ``home`` is the currency of the article's country (from its dateline), or its
    currencies in order (the dateline's, then those of the countries it names): the
    first a shared word can mean decides it — "pesos" in a Santiago report are CLP,
    "manat" in a report on Turkmenistan from Islamabad are TMT.
    """
    homes = (home,) if isinstance(home, str) else tuple(home or ())
    stop = len(body) if end is None else end
    found: list[Mention] = []
    if _SIGN.search(body, start, stop) or _CODE_BEFORE_DIGIT.search(body, start, stop):
        for match in _RANGE.finditer(body, start, stop):
            _add_range(found, match)
        for match in _PREFIXED.finditer(body, start, stop):
            if not _letters_alone(match):
                _add(found, match, _symbol_code(match.group("cur"), homes))
    for match in at_numerals(_SUFFIXED, body, start, stop):
        if _GROUP_OF_THREE.fullmatch(match.group("num")) and _SPACED_GROUP_BEFORE.search(
            body, max(0, match.start("num") - 5), match.start("num")
        ):
            continue  # "1 200 zł", "12 500 million tenge": thousands set apart by a space
        if not match.group("scale") and (
            match.group("num")[0].isalpha()
            or (
                _singular(match.group("cur").lower()) in _AMBIGUOUS
                and not (_singular(match.group("cur")) == "lira" and "." in match.group("num"))
                # a plural after thousands, in a story of its country: "a monthly salary of
                # 48,000 soms" in Bishkek, not "4,000 sols on Mars"
                and not (
                    "," in match.group("num")
                    and match.group("cur").endswith("s")
                    and _word_code(match.group("cur"), homes) in homes
                )
            )
        ):  # "38.60 lira" is a share price; "4,000 lira" may be Syria's
            continue  # "two dollars" is not news; "3 real problems" is no money at all
        if _singular(match.group("cur").split()[-1].lower()) in _LOWER_ONLY and not (
            match.group("cur").islower()
        ):
            continue  # "3 million Afghanis have returned", "6 million Guarani speakers"
        _add(found, match, _word_code(match.group("cur"), homes))
    found.sort(key=lambda m: m.start)
    return found


#: A number that may be the last group of "1 200" or "1 299.99", and the group before it.
_GROUP_OF_THREE = re.compile(r"\d{3}(?:\.\d+)?")
_SPACED_GROUP_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}[ \u00a0\u202f]\Z")


def _letters_alone(match: re.Match[str]) -> bool:
    """A currency written in letters before a bare whole number ("COP29", "RON95",
    "IRR 18 percent", "RO 38") is more often a name than money: letters count only with a
    scale ("MXN 650 million") or a number written as money is ("RM2.05", "USD 5,000")."""
    return (
        match.group("cur").rstrip("./").isalpha()  # "S/2025/123" is a UN document
        and not match.group("scale")
        and not re.search(r"[.,]\d", match.group("num"))
    )


def _add(found: list[Mention], match: re.Match[str], code: str | None) -> None:
    number = parse_numeral(match.group("num"))
    if code is None or number is None:
        return
    mention = Mention(
        match.start(),
        match.end(),
        to_float(number, scale_of(match.group("scale"))),
        code,
        "money",
    )
    if not any(mention.overlaps(other) for other in found):
        found.append(mention)


def _add_range(found: list[Mention], match: re.Match[str]) -> None:
    code = _SYMBOLS.get(match.group("cur"))
    lo, hi = parse_numeral(match.group("lo")), parse_numeral(match.group("hi"))
    if code is None or lo is None or hi is None or lo >= hi:
        return
    scale = scale_of(match.group("scale"))
    for number, bound in ((lo, "at_least"), (hi, "at_most")):
        found.append(
            Mention(match.start(), match.end(), to_float(number, scale), code, "money", bound)
        )


def _symbol_code(symbol: str, homes: tuple[str, ...]) -> str | None:
    if symbol in _HOME_ONLY and _HOME_ONLY[symbol] not in homes:
        return None  # "Decree N 1,145", "the N1.5 engine": the naira only in a Nigerian story
    shared = _SHARED_WORDS.get(_SHARED_SYMBOLS.get(symbol, ""), frozenset())
    return _first_home(shared, homes) or _SYMBOLS.get(symbol) or _code(symbol)


def _first_home(shared: frozenset[str], homes: tuple[str, ...]) -> str | None:
    """The first of the article's own currencies that a shared word or sign can mean."""
    return next((home for home in homes if home in shared), None)


def _code(text: str) -> str | None:
    code = text.strip().upper()
    if code == "RMB":
        return "CNY"
    return code if code in _CODES else None


def _word_code(text: str, homes: tuple[str, ...] = ()) -> str | None:
    words = text.lower().split()
    if len(words) == 1 and words[0].upper() in _CODES:
        return _code(words[0])
    singular = _singular(words[-1])
    if len(words) > 1:
        key = " ".join([*words[:-1], singular])
        qualified = _first_home(_QUALIFIED_SHARED.get(key, frozenset()), homes) or _QUALIFIED.get(
            key
        )
        if qualified:
            return qualified
    return (
        _first_home(_SHARED_WORDS.get(singular, frozenset()), homes)
        or _WORDS.get(words[-1])
        or _WORDS.get(singular)
    )


def _singular(word: str) -> str:
    if word in _WORDS:
        return word
    if word.endswith("es") and word[:-2] in _WORDS:
        return word[:-2]
    if word.endswith("s") and word[:-1] in _WORDS:
        return word[:-1]
    return word
