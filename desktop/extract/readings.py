"""Which numbers a piece of text states, for checking a value against its evidence.

An edited value is kept only if its evidence still says it: the same reader
that extracts figures from articles reads the evidence, so "$31.5 billion"
supports 31.5e9 USD and nothing else.
"""

from __future__ import annotations

import math

from desktop.extract.figures import figure_mentions
from desktop.extract.mentions import Mention
from desktop.extract.sentences import Span


def figures_in(text: str) -> list[Mention]:
    """Every typed figure written in ``text``, left to right."""
    return figure_mentions(text, Span(0, len(text)))


def states_value(text: str, value: float, unit: str) -> bool:
    """Whether ``text`` writes ``value`` in ``unit`` (as a figure, not merely digits)."""
    return any(
        mention.unit == unit and math.isclose(mention.value, value, rel_tol=1e-9)
        for mention in figures_in(text)
    )
