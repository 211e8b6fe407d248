"""How numbers read: one place for the table, the detail pane and the terminal.

An analyst compares "$31.5 bn" with "> 64 %" at a glance; the qualifier
sign comes first so "over", "nearly" and "exceeding" are never lost.
"""

from __future__ import annotations

from typing import Any

QUALIFIER_SIGNS = {
    "exact": "",
    "approx": "≈ ",
    "more_than": "> ",
    "less_than": "< ",
    "at_least": "≥ ",
    "at_most": "≤ ",
}
QUALIFIER_WORDS = {
    "exact": "",
    "approx": "about ",
    "more_than": "more than ",
    "less_than": "less than ",
    "at_least": "at least ",
    "at_most": "at most ",
}
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"))
UNIT_NAMES = {"percent": "%", "count": "", "tonne": "t", "kilometre": "km", "barrel": "bbl"}


def plain_number(value: float, digits: int = 3) -> str:
    """``31.5``, ``4``, ``1,250``: at most ``digits`` decimals, no trailing zeros."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    text = f"{value:,.{digits}f}".rstrip("0").rstrip(".")
    return text


def scaled(value: float) -> str:
    """``31.5 bn``, ``322 mn``, ``45,000``."""
    for factor, suffix in _SCALES:
        if abs(value) >= factor:
            return f"{plain_number(value / factor)} {suffix}"
    return plain_number(value)


def format_amount(value: float | None, unit: str | None) -> str:
    if value is None:
        return ""
    if unit in CURRENCY_SYMBOLS:
        return f"{CURRENCY_SYMBOLS[unit]}{scaled(value)}"
    if unit and len(unit) == 3 and unit.isupper():
        return f"{unit} {scaled(value)}"
    name = UNIT_NAMES.get(unit or "", unit or "")
    number = scaled(value) if unit != "percent" else plain_number(value, 1)
    return f"{number} {name}".strip()


def format_value(value: float | None, unit: str | None, qualifier: str = "exact") -> str:
    """The short form for tables: ``$31.5 bn``, ``> 64 %``, ``≈ $25 bn``."""
    if value is None:
        return ""
    return QUALIFIER_SIGNS.get(qualifier, "") + format_amount(value, unit)


#: Put before a derived value wherever it is shown short: the "=" of a
#: spreadsheet formula says "computed", so no one cites it as the article's.
DERIVED_MARK = "= "


def fact_value_text(fact: dict[str, Any]) -> str:
    """A fact's value in short form, marked when the number was computed, not read."""
    text = format_value(fact.get("value"), fact.get("unit"), fact.get("qualifier") or "exact")
    if text and fact.get("origin") == "derived":
        return DERIVED_MARK + text
    return text


def spell_value(value: float | None, unit: str | None, qualifier: str = "exact") -> str:
    """The long form for the detail pane: ``more than 64 %``."""
    if value is None:
        return ""
    return QUALIFIER_WORDS.get(qualifier, "") + format_amount(value, unit)


def period_text(fact: dict[str, Any]) -> str:
    """The period label, or the date of an event."""
    period = fact.get("period")
    if period:
        return period.get("label") or f"{period.get('start')} – {period.get('end')}"
    return fact.get("date") or ""
