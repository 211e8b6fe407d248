"""Regular-expression building blocks shared by the extractors.

Word lists (countries, title words, currency words) become alternations inside
patterns that run at every word of an article. Python's ``re`` tries the
branches of ``a|b|c`` one by one, so a list of 300 country names costs 300
attempts at each capitalised word; the same list written as a trie
(``Ka(?:zakh(?:stan)?|…)``) fails after one or two characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def alternation(words: Iterable[str]) -> str:
    """A non-capturing pattern matching any of ``words``, longest first, as a trie.

    Equivalent to ``"|".join(map(re.escape, sorted(words, key=len, reverse=True)))``:
    where one word is a prefix of another the longer is tried first, and a
    pattern that fails after the longer one backtracks to the shorter.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _emit(trie) if trie else "(?!)"


def _emit(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:  # a word ends here: the longer words first, then this one
        return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body
