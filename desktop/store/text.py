"""Text folding shared by indexing and querying, so both sides agree.

SQLite's ``unicode61`` tokenizer already folds case and Latin diacritics
(``Ürümqi`` → ``urumqi``). What it cannot do is forgive the many ways one
Kazakh or Uyghur name is romanised (Tokayev/Tokaev, Kassym/Kasym,
Zhanibek/Janibek). :func:`skeleton` reduces a word to a spelling-insensitive
key; names are indexed once more under their skeletons and query words are
looked up under theirs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"\w+", re.UNICODE)
_VOWELS = "aeiou"
# Romanisation variants of Cyrillic and Turkic sounds, longest first.
_DIGRAPHS = (
    ("zh", "j"),
    ("kh", "h"),
    ("sh", "s"),
    ("ch", "c"),
    ("ts", "c"),
    ("dj", "j"),
    ("q", "k"),
)


def fold(text: str) -> str:
    """Lower-case and strip diacritics, as the FTS tokenizer does."""
    if text.isascii():  # most of an English article: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded words of ``text``; underscores are separators, as in FTS5."""
    return [w for w in _WORD.findall(fold(text).replace("_", " ")) if w]


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A romanisation-insensitive key: ``tokayev`` and ``tokaev`` share ``tokaev``."""
    key = fold(word)
    for src, dst in _DIGRAPHS:
        key = key.replace(src, dst)
    key = key.replace("w", "v")
    # A "y" or "i" glide between vowels is a spelling choice (Tokayev / Tokaev).
    key = re.sub(rf"(?<=[{_VOWELS}])[yj](?=[{_VOWELS}])", "", key)
    key = re.sub(r"(?<=[aeou])i(?=[aeou])", "", key)
    key = key.replace("y", "i")
    # Doubled letters (Kassym / Kasym) carry no meaning across romanisations.
    return re.sub(r"(.)\1+", r"\1", key)


@lru_cache(maxsize=1 << 12)
def skeletons(text: str) -> str:
    """Space-separated skeletons of every word of ``text`` (for the index).

    Cached, like :func:`skeleton`: the facts of one article repeat the same
    few names, and keying them was a third of the time an import spent storing.
    """
    return " ".join(skeleton(w) for w in words(text))
