"""Reviewing facts without Qt: what changed, how a value is typed, what a fact's state is.

The fact editor reads its fields through these functions, and every review
step (accept, edit, delete, an import and their undo) reports a
:class:`Change` that the window hands to the table, sidebar, detail pane and
reader, each deciding what to redraw.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.extract.numbers import SCALES, parse_numeral, to_float
from desktop.formatting import plain_number

QUALIFIER_LABELS = {
    "exact": "exactly",
    "approx": "about",
    "more_than": "more than",
    "less_than": "less than",
    "at_least": "at least",
    "at_most": "at most",
}

#: The search that lists what imports added and nobody has looked at yet.
TO_REVIEW = "origin:extracted reviewed:no"

#: Units offered in the editor; any ISO 4217 code may be typed.
COMMON_UNITS = ("USD", "CNY", "EUR", "KZT", "RUB", "percent", "count", "tonne", "kilometre")


@dataclass(frozen=True, slots=True)
class Change:
    """What one step changed, so each view can decide whether to redraw."""

    #: Facts edited, added or removed.
    fact_ids: tuple[str, ...] = ()
    #: Articles whose facts changed (their reader view must redraw).
    article_ids: tuple[str, ...] = ()
    #: Articles were added or removed: names, article list and counts change.
    articles_changed: bool = False
    #: The fact to show afterwards (the one edited, or restored).
    focus: str | None = None
    #: Said in the status bar ("Accepted.", "Undo: Delete fact").
    message: str = ""
    #: A step that could not be done (an undo the store refused).
    error: str | None = None

    @property
    def facts_changed(self) -> bool:
        """Facts were edited, added or removed (an import names only its articles)."""
        return bool(self.fact_ids or self.article_ids)


def review_state(fact: dict[str, Any]) -> str:
    """``Extracted · not reviewed`` and the like, for the detail pane."""
    origin = fact.get("origin")
    if origin == "derived":
        return "Derived from other facts"
    if origin == "curated":
        return "Curated"
    return "Extracted · reviewed" if fact.get("reviewed") else "Extracted · not reviewed"


def needs_review(fact: dict[str, Any] | None) -> bool:
    return bool(fact) and fact.get("origin") == "extracted" and not fact.get("reviewed")


_NUMBER = re.compile(
    r"^(?P<sign>[-−]?)\s*(?P<cur>[$€£¥])?\s*(?P<num>\d[\d,]*(?:\.\d+)?(?:[eE][+-]?\d+)?)"
    r"\s*(?P<scale>[A-Za-z]+)?\s*%?$"
)


def parse_value(text: str) -> float | None:
    """``31.5 bn``, ``31,500,000,000``, ``1.2e9``, ``64`` → a float; empty → None.

    Raises ValueError with a sentence a reader understands.
    """
    text = text.strip()
    if not text:
        return None
    match = _NUMBER.match(text)
    if match is None:
        raise ValueError(f"“{text}” is not a number (write e.g. 31.5 bn or 64).")
    digits = match["num"]
    if "e" in digits.lower():
        number = float(digits.replace(",", ""))
        scale = 1
    else:
        parsed = parse_numeral(digits)
        if parsed is None:
            raise ValueError(f"“{text}” is not a number (write e.g. 31.5 bn or 64).")
        scale = SCALES.get((match["scale"] or "").lower(), 0 if match["scale"] else 1)
        if not scale:
            raise ValueError(f"“{match['scale']}” is not a scale: use k, mn, bn or tn.")
        number = to_float(parsed, scale)
    return -number if match["sign"] else number


def value_text(value: float | None) -> str:
    """The editor's text for a value; :func:`parse_value` reads it back exactly."""
    if value is None:
        return ""
    for factor, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "mn")):
        if abs(value) >= factor:
            short = value / factor
            text = f"{plain_number(short, 3)} {suffix}"
            if parse_value(text) == value:
                return text
            break
    text = plain_number(value, 6)
    return text if parse_value(text) == value else repr(value)


def period_from(label: str, start: str, end: str) -> dict[str, Any] | None:
    """The period the editor's three fields describe; all empty means none."""
    label, start, end = label.strip(), start.strip(), end.strip()
    if not (label or start or end):
        return None
    if not label:
        label = start if start == end or not end else f"{start} – {end}" if start else end
    return {"start": start or None, "end": end or None, "label": label}


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Only what differs: an editor that saves unchanged fields must not touch them."""
    return {key: value for key, value in after.items() if before.get(key) != value}


def describe_changes(changes: dict[str, Any]) -> str:
    """``Edit value and period``: the undo menu's words for an edit."""
    if set(changes) == {"reviewed"}:
        return "Accept fact" if changes["reviewed"] else "Mark fact unreviewed"
    names = [key for key in changes if key not in ("reviewed", "unit")]
    if "unit" in changes and "value" not in changes:
        names.append("unit")
    if not names:
        return "Edit fact"
    if len(names) == 1:
        return f"Edit {names[0]}"
    return f"Edit {', '.join(names[:-1])} and {names[-1]}"
