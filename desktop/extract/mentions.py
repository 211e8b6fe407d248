"""The unit every figure extractor returns: a typed number at exact offsets."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """A figure as written: ``body[start:end]`` is e.g. "$31.5 billion".

    ``kind`` is the family used for scoring and topics (money, percent, count,
    quantity); ``unit`` is the contract unit (ISO 4217, "percent", "tonne"…).
    """

    start: int
    end: int
    value: float
    unit: str
    kind: str
    #: Set when the form itself bounds the value: the two ends of "$5-6 billion".
    qualifier: str | None = None

    def overlaps(self, other: Mention) -> bool:
        """Two readings of the same words; the two ends of one range do not count."""
        if (
            self.qualifier
            and other.qualifier
            and (self.start, self.end) == (other.start, other.end)
        ):
            return False
        return self.start < other.end and other.start < self.end
