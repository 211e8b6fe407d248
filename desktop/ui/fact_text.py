"""Texts the window shows about a fact: citation, source sentence, short labels.

Qt-free so the wording is tested without a screen and shared by the table,
the detail pane, the charts and the clipboard.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_SENTENCE_END = re.compile(r"[.!?…][”’\"']?(?=\s)|\n")

ENTITY_FIELD = {
    "person": "person",
    "place": "place",
    "organization": "org",
    "initiative": "initiative",
}


def citation(fact: dict[str, Any], article: dict[str, Any] | None) -> str:
    """``Statement — Akorda press service, Astana, 2024-03-27``: what a reader can check."""
    statement = fact["statement"]
    if not article:
        return statement
    parts = [p for p in (article.get("source"), article.get("place"), article.get("date")) if p]
    return f"{statement} — {', '.join(parts)}" if parts else statement


_WRAP = re.compile(r"(?<!\n)\n(?!\n)")


def reflow(text: str) -> str:
    """Hard-wrapped lines joined for display, keeping every offset.

    A lone line break inside a paragraph (text saved from e-mail or a
    terminal) becomes a space, one character for one, so evidence offsets
    into the article still land on the same words; blank lines stay.
    """
    return _WRAP.sub(" ", text)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of whole sentences around ``text[start:end]``.

    Evidence is often a clause; the reader understands it in its sentence.
    """
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    while left < start and text[left].isspace():
        left += 1
    right = len(text)
    match = _SENTENCE_END.search(text, max(end - 1, start))
    if match:
        right = match.end()
    return left, max(right, end)


def short_label(fact: dict[str, Any], width: int = 30) -> str:
    """The statement cut at a word boundary, for chart axes where space is short."""
    text = re.sub(r"^(The|A|An) ", "", fact["statement"]).rstrip(".")
    if len(text) <= width:
        return text
    cut = text[:width].rsplit(" ", 1)[0].rstrip(",;:–-")
    return cut + "…"


def entity_query(entity: dict[str, Any]) -> str:
    """The query a person would type for this entity: ``person:"Erkin Tuniyaz"``."""
    field = ENTITY_FIELD.get(entity.get("kind") or "", "entity")
    name = entity["name"].replace('"', "")
    return f'{field}:"{name}"' if " " in name or "," in name else f"{field}:{name}"


def short_name(entity: dict[str, Any]) -> str:
    """A name that fits a chart legend: "Xinjiang" for the autonomous region."""
    name = entity["name"]
    if len(name) <= 16:
        return name
    words = [a for a in entity.get("aliases") or [] if len(a) >= 5 and not a.isupper()]
    return min(words, key=len) if words else name


_WORD = re.compile(r"\w+", re.UNICODE)
_FIELD = re.compile(r"^-?[A-Za-z_]+(?:>=|<=|[:=<>])")


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that folds a character the first time it is seen;
    after that, folding runs at C speed (the table folds every statement it shows)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFKD", ch)[:1] or ch
        folded = self[code] = base.casefold()[:1] or ch
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Accent- and case-insensitive form with one character per character of ``text``."""
    if text.isascii():  # lower() keeps ASCII one to one
        return text.lower()
    return text.translate(_FOLD)


_FOLDED: dict[str, str] = {}


def _folded(text: str) -> str:
    """``fold(text)``, remembered: the table folds the same statements on every repaint."""
    folded = _FOLDED.get(text)
    if folded is None:
        if len(_FOLDED) >= 4096:
            _FOLDED.clear()
        folded = _FOLDED[text] = fold(text)
    return folded


def query_terms(query: str) -> list[str]:
    """The free words of a query, folded: what the table highlights as matches."""
    terms: list[str] = []
    for token in re.findall(r'"[^"]*"?|\S+', query):
        if token in ("OR", "AND") or token.startswith("-") or _FIELD.match(token):
            continue
        terms.extend(fold(w) for w in _WORD.findall(token.strip('"()')))
    return [t for t in terms if t]


def match_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where words of ``text`` start with one of ``terms`` (prefix match, like the search)."""
    if not terms:
        return []
    folded = _folded(text)
    spans = []
    for word in _WORD.finditer(folded):
        longest = max((len(t) for t in terms if word.group().startswith(t)), default=0)
        if longest:
            spans.append((word.start(), word.start() + longest))
    return spans
