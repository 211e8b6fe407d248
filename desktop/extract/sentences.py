"""Sentences and clauses as offset spans into the article body.

Evidence must be the article's exact characters, so nothing here copies or
normalises text: every unit is a ``Span`` (start, end) into the body. Wire
copy puts abbreviations ("Feb. 29", "U.S.") and quotes across sentence ends,
which a naive split on ". " would break; text files and e-mails wrap lines
inside paragraphs, which a split on every line break would break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

#: Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "co",
        "corp",
        "inc",
        "ltd",
        "gen",
        "lt",
        "col",
        "sen",
        "rep",
        "gov",
        "prof",
        "vs",
        "etc",
        "approx",
        "rs",  # "Rs. 500 crore"
        "est",
        "dept",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
        "h.e",  # "H.E. Sok Channary"
        "eng",
        "engr",
        "hon",
        "amb",  # "Amb. Nazira Kenzhebekova"
    ]
)
_BOUNDARY = re.compile(r"[.!?][”\"’'»]?(?=\s+[“\"‘'«(]?[A-Z0-9À-Ý])")
_PARAGRAPH = re.compile(r"[^\n]+")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
#: Where a sentence splits into clauses that can carry their own period.
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?=(?:while|whereas|but|and|although|adding\s+that)\s)"
    r"|\s+(?=while\s|and\s+(?:said|added|noted|told|announced|stressed|that)\b"
    # "… 90 percent of its energy since a pipeline … was shut in 2021": another event's time
    # ("since the start of the year" is a period, "since the war began" a time of its own)
    r"|since\s+(?:a|an|it|he|she|they|we)\s)"
)


_RELATIVE = re.compile(r",\s+(?=(?:which|who|whose)\s)")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def text(self, body: str) -> str:
        return body[self.start : self.end]

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


def paragraphs(body: str) -> list[Span]:
    """Paragraph spans. Wire copy keeps one paragraph per line, but text files and
    e-mails are often hard-wrapped, so a single line break ends a paragraph only

    - after sentence-final punctuation (``.``, ``!``, ``?``, also before a closing
      quote or bracket), unless the word before the stop is an abbreviation ("Mr.");
    - after a line much shorter than the longest line of its block (a headline,
      "Dear colleagues,", the last line of a wrapped paragraph);
    - before a line that starts a list item ("- ", "* ", "• ", "1. ").

    A blank line always ends a paragraph. Offsets are the body's: a paragraph of a
    wrapped text keeps its line breaks, so evidence stays ``body[start:end]``.
    """
    out: list[Span] = []
    for block in _BLOCK.finditer(body):
        lines = [m.span() for m in _PARAGRAPH.finditer(body, block.start(), block.end())]
        if len(lines) == 1:
            out.append(_strip(body, *lines[0]))
            continue
        longest = max(e - s for s, e in lines)
        start = lines[0][0]
        for (s, e), nxt in zip(lines, [*lines[1:], None], strict=True):
            if nxt is None or _ends_paragraph(body, s, e, longest, nxt[0]):
                out.append(_strip(body, start, e))
                start = nxt[0] if nxt else e
    return [p for p in out if p.end > p.start]


_BLOCK = re.compile(r"[^\n](?:[^\n]|\n(?![ \t]*\n))*")
#: Words a line of running text cannot end a paragraph on.
_OPEN_WORD = re.compile(
    r"(?:,|\b(?:the|a|an|of|in|to|and|or|with|for|by|at|from|on|that|its|their|his|her))[ \t]*$",
    re.IGNORECASE,
)
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
#: Characters a wrapped line rarely exceeds (typewriters and e-mail wrap at 60-80).
_WRAPPED = 100


def single_spaced(body: str) -> str:
    """``body`` with the blank lines of double-spaced text (a blank line after every line,
    as some PDFs and web pages copy) made plain line breaks, so that a paragraph or a
    name may run over them; the same length, so every offset still points into ``body``.

    Text is double-spaced when its lines are as short as wrapped lines are (four in five
    at most :data:`_WRAPPED` characters) and its blank lines fall inside sentences: at
    least three times, and at one in five of them, a line as long as the wrapped ones
    stops mid-sentence ("… in the", "… said,") or the line after it goes on in lower case.
    Wire copy, a long paragraph a line, comes back unchanged; so do the short lower-case
    items of a list.
    """
    parts = sorted(map(len, _BLANK_LINES.split(body)))  # a cheap first look: most texts stop here
    if len(parts) < 4 or parts[len(parts) * 4 // 5] > _WRAPPED + 2:
        return body
    blocks = [m.span() for m in _BLOCK.finditer(body)]
    lengths = sorted(end - start for start, end in blocks)
    width = lengths[len(lengths) * 4 // 5] if blocks else 0
    if len(blocks) < 4 or width > _WRAPPED:
        return body
    inside = 0
    for (start, end), (nxt, _) in pairwise(blocks):
        end = _strip(body, start, end).end
        if end - start < _SHORT_LINE * width:
            continue  # a list item, a heading: no wrapped line
        tail = max(start, end - 20)  # the patterns look back a few characters only
        if not _LINE_END.search(body, tail, end) and (
            body[nxt].islower() or _OPEN_WORD.search(body, tail, end)
        ):
            inside += 1
    if inside < 3 or inside * 5 < len(blocks) - 1:
        return body
    return _BLANK_LINES.sub(lambda m: "\n" + " " * (len(m.group()) - 1), body)


_LINE_END = re.compile(r"[.!?…][”\"’'»)\]]*[ \t]*$")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+")
#: A line shorter than this share of its block's longest line ends its paragraph.
_SHORT_LINE = 0.6


def _ends_paragraph(body: str, start: int, end: int, longest: int, next_start: int) -> bool:
    line = body[start:end]
    if not line.strip() or _LIST_ITEM.match(body, next_start):
        return True
    final = _LINE_END.search(line)
    if final:
        return not _is_abbreviation(body, start, start + final.start())
    return len(line.rstrip()) < _SHORT_LINE * longest


def sentences(body: str, paras: list[Span] | None = None) -> list[Span]:
    """Sentence spans, trimmed of surrounding blanks, in reading order."""
    spans: list[Span] = []
    for para in paragraphs(body) if paras is None else paras:
        bullet = _LIST_ITEM.match(body, para.start, para.end)
        start = bullet.end() if bullet else para.start  # "* Galkynysh: …" opens at its word
        for match in _BOUNDARY.finditer(body, start, para.end):
            if _is_abbreviation(body, start, match.start()):
                continue
            spans.append(_strip(body, start, match.end()))
            start = match.end()
        if start < para.end:
            spans.append(_strip(body, start, para.end))
    return [piece for s in spans if s.end > s.start for piece in _bounded(body, s)]


#: Longer "sentences" are lists, tables or text without punctuation; cut them at blanks
#: so every later step works on a bounded span (and a fact's evidence stays readable).
MAX_SENTENCE = 600


def _bounded(body: str, span: Span) -> list[Span]:
    out: list[Span] = []
    start = span.start
    while span.end - start > MAX_SENTENCE:
        cut = body.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        out.append(_strip(body, start, cut))
        start = cut
    out.append(_strip(body, start, span.end))
    return [s for s in out if s.end > s.start]


def clauses(body: str, sentence: Span) -> list[Span]:
    """Split a sentence where a new subject may bring its own time frame.

    A relative clause between commas (", which holds stakes worth $25 billion,")
    is a clause of its own: its figures do not share the main verb's period.
    """
    breaks = [
        (m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(body, sentence.start, sentence.end)
    ]
    for m in _RELATIVE.finditer(body, sentence.start, sentence.end):
        close = body.find(", ", m.end(), sentence.end)
        breaks.append((m.start(), m.start() + 2))
        if close > 0:
            breaks.append((close, close + 2))
    out: list[Span] = []
    start = sentence.start
    for b_start, b_end in sorted(breaks):
        if b_start - start >= 12:
            out.append(_strip(body, start, b_start))
            start = b_end
    out.append(_strip(body, start, sentence.end))
    return [c for c in out if c.end > c.start]


def _is_abbreviation(body: str, start: int, stop: int) -> bool:
    if body[stop] != ".":
        return False
    word = _WORD_BEFORE.search(body, start, stop)
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    return (
        token in _ABBREVIATIONS
        or (len(token) == 1 and token.isalpha())
        or _initials_of_a_name(body, word.start(1), word.group(1))
    )


_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){1,2}\.?")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w-]*\s+\Z")


def _initials_of_a_name(body: str, start: int, word: str) -> bool:
    """ "Minister of Power R.K. Bhandari": initials after a capitalised word open a name;
    "at the U.N. On Friday", "at 9 a.m. On Tuesday" end a sentence."""
    return bool(
        _INITIALS.fullmatch(word) and _CAPITALISED_BEFORE.search(body, max(0, start - 40), start)
    )


def _strip(body: str, start: int, end: int) -> Span:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return Span(start, end)
