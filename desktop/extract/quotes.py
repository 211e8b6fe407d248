"""Direct quotes and who said them.

Wire copy attributes a quote after it ("…,” said Tokayev / Tokayev said / he
added / the minister added) or before it (Tokayev said: “…”); a second quote
in the same paragraph without its own attribution continues the first
speaker, and so does a paragraph that opens with an unattributed quote right
after a paragraph that quoted someone (the wire convention for a long quote).
A quote may run over the line breaks of a hard-wrapped paragraph, never over a
paragraph break. Pronouns and "the President" resolve through ``People``; mentions
inside quotes are skipped, since "President Xi Jinping" quoted by Tuniyaz is
not the next speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.extract.gazetteer import COUNTRY_BY_WORD
from desktop.extract.people import (
    BODY_NOUN_OF,
    HONORIFIC,
    NAME,
    SPEECH_VERB,
    SPEECH_VERBS,
    People,
    within,
)
from desktop.extract.sentences import Span, paragraphs
from desktop.extract.titles import COUNTRY_WORD, LOWER_TITLE, TITLE

#: Curly, straight and angle quotes («…», as outlets writing from Russian or French use).
_PAIRS = re.compile(
    r"“(?P<curly>[^“”]{2,2000})”|\"(?P<straight>[^\"]{2,2000})\"|«(?P<angle>[^«»]{2,2000})»"
    # single curly quotes, as Pakistani and Gulf papers write them: closed after the
    # quote's own stop or comma, or before one ("‘…’, he said"), so an apostrophe
    # ("China’s", "the exporters’ union") is none
    r"|‘(?<![\w’]‘)(?!\d)(?P<single>[^‘\n]{2,2000}?)(?:(?<=[,.?!])’(?!\w)|’(?=[,.;:]|\s+[—–-]))"
    # a quote that goes on in the next paragraph is left open at the end of this one
    # (each branch opens with its mark, so the scan jumps from mark to mark; not 48" pipes)
    r"|“(?<![\w.,]“)(?=[A-Z‘'])(?P<curly_open>[^“”]{2,2000})\Z"
    r"|\"(?<![\w.,]\")(?=[A-Z‘'])(?P<straight_open>[^\"]{2,2000})\Z"
)
_OPENS_WITH_QUOTE = re.compile(r"[“\"«‘]")
_WHO = (
    rf"(?P<WHO>(?:{COUNTRY_WORD}\s+)?(?:{TITLE}\s+)?{HONORIFIC}(?:[A-Z]\.\s?)?(?:(?:al|el)-)?{NAME}|[Hh]e|[Ss]he|(?<![\w-])(?:him|her)(?=,)|[Tt]he\s+head\s+of\s+the\s+(?:{COUNTRY_WORD})\s+delegation"
    rf"|[Tt]he\s+(?:{COUNTRY_WORD}\s+)?(?:{TITLE}|hakim\b|diplomat\b)"
    r"|[Tt]hey|[Ww]e)"
)
#: Verbs that introduce words said only next to a quote: "Bayramov responded: “…”",
#: "“…,” warns X" (elsewhere "Air Astana responded to complaints" says nothing).
_QUOTE_VERBS = rf"(?:{SPEECH_VERBS}|responded|responds|warns)"
#: Words between a speaker and the verb: "Tokayev also said", "Bennani later told".
_ADVERB = r"(?:(?:also|later|then|again|further|[a-z]+ly)\s+)?"
#: "…," Samir Guliyev, the chairman of Azerbaijan Railways, replied: who they are comes first.
_APPOSITION = r"(?:,\s+[^,“”\"«»\n]{3,80},)?"
#: Right after a quote, a company and a lower-case title may come first: "…," Meditrex
#: managing director Rohan Desai told PTI; "…," chief executive Sipho Ndlovu said.
_OWNER_TITLE = (
    # "Federation of Indian Export Organisations (FIEO) Director General Rohit Khanna said"
    rf"(?:(?:[A-Z][\w&’'-]*\s+|(?:of|for|and)\s+(?=[A-Z])|\([A-Z]{{2,8}}\)\s+){{0,8}}"
    rf"(?i:{LOWER_TITLE})\s+)?"
)
#: "Nurmatov was quoted by Uzbek media as saying: …", "…," he was quoted as saying.
_QUOTED_AS = r"was\s+quoted\s+(?:by\s+(?:[\w’'-]+\s+){1,4})?as\s+saying"
_AFTER = re.compile(
    # "…," said Al-Waha chief executive Nasser Al-Qahtani
    rf"[\s,—–-]*(?:(?:{_QUOTE_VERBS}|according\s+to)\s+{_OWNER_TITLE}{_WHO.replace('WHO', 'who', 1)}(?!['’])"
    rf"|{_OWNER_TITLE}{_WHO.replace('WHO', 'who2', 1)}{_APPOSITION}\s+{_ADVERB}(?:{_QUOTE_VERBS}|{_QUOTED_AS})"
    # who they are first, between commas: "…," the company's director general in Mexico,
    # Sun Haotian, told EFE; "…," Ekin Enerji's chief executive, Burak Yazıcı, told reporters.
    rf"|(?:[Tt]he|(?:[A-Z][\w&’'-]*\s+){{0,3}}[A-Z][\w&-]*(?:['’]s|(?<=s)['’]))\s+[^,“”\"«»\n]{{3,80}},\s+"
    rf"{_WHO.replace('WHO', 'who3', 1)},\s+{_ADVERB}(?:{_QUOTE_VERBS}))\b"
)
_WHO_GROUPS = ("who", "who2", "who3")
#: A speaker after a quote that is no one named: a body ("the UAE Ministry of Economy said in
#: a statement") or someone unnamed ("an official told PTI", "a source close to the talks
#: said"); not "the Gazprom executive noted", the one just named.
_BODY_AFTER = re.compile(
    # (in lower case, as an attribution after a quote's comma goes on; not a new sentence,
    # "A government spokesman said …"; nor "a smiling Tokayev", nor "the head of the Bank")
    r"[\s,—–-]*(?P<who>an?\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:official|diplomat|spokes(?:man|woman|person)|source|reporter|executive|analyst|economist"
    r"|lawmaker|officer|employee|banker|trader|expert|advis[eo]r|representative|insider|observer)s?"
    r"(?:\s+(?:close\s+to|with|for|at|in|from|of)\s+[^,;.“”\"]{1,60}?)?\s+"
    rf"|the\s+(?:(?!of\b)[\w’'-]+\s+){{0,5}}?(?i:{BODY_NOUN_OF}|ministry|embassy)"
    r"(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?)?\s+)"
    rf"{_ADVERB}(?:{SPEECH_VERBS})\b"
)


def _who_group(m: re.Match[str]) -> str:
    """The name of the group that holds the speaker in a match of ``_AFTER`` or ``_BEFORE``."""
    return next(g for g in _WHO_GROUPS if m.re.groupindex.get(g) and m.group(g))


_BEFORE = re.compile(
    rf"{_WHO.replace('WHO', 'who', 1)}(?:{_APPOSITION}|,)?\s+{_ADVERB}(?:{_QUOTE_VERBS}|{_QUOTED_AS})"
    # what they said, up to the colon, without turning to someone else ("…, but X disagreed:")
    rf"(?:(?:\s+(?:(?!\b(?:but|while|whereas|although)\b)[^“\"«.]){{0,120}}?)?[:,]"
    r"|(?:\s+on\s+\w+)?\s+that)\s*\Z"  # "said on Thursday that “…”", not "said X told him that"
)
_NAME_REACH = 120
_BETWEEN_NAME_AND_VERB = re.compile(rf"(?:{_APPOSITION}|,)?\s+{_ADVERB}")
_PRONOUN_BEFORE = re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+{_ADVERB}\Z")
_ACCORDING = re.compile(
    rf"\b[Aa]ccording\s+to\s+{_WHO.replace('WHO', 'who', 1)}(?:,\s+[^,“”\"«»\n]{{3,80}})?,\s*\Z"
)
#: The end of the sentence before a quote that a colon introduces ("Khoa was more cautious:").
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’'»]?\s+")
_COLON = re.compile(r":\s*\Z")
_COLON_REACH = 300
#: A phrase opening the sentence before its subject: "Asked about obstacles, …".
_OPENING = re.compile(
    r"(?:Asked|Pressed|Questioned|Speaking|Responding|Commenting|Turning)\b[^,:“”\"«»]{0,80},\s+"
)
#: "…, standing next to him, was more cautious:", "sounded upbeat:", "was blunt:" — how the
#: person spoke, not what happened to them ("was asked:", "received a letter from …:").
_MANNER = re.compile(
    r"(?:,[^,:“”\"«»]{3,80},)?\s+(?:was|were|is|sounded|seemed|appeared|remained)\s+"
    r"(?!\w+ed\b)(?:(?:\w+\s+){0,2}?\w+"
    # "was blunt about the delays:", "was direct about the pipeline's prospects:"
    r"|\w+\s+(?:about|on|over|with)\s+[^:“”\"«».]{1,60}?)\s*:\s*\Z"
    r"|\s+put\s+it\s+(?:this\s+way|like\s+this|\w+ly)\s*:\s*\Z"  # "Langat put it this way:"
    r"|\s+described\s+[^:“”\"«».]{1,60}?\s*:\s*\Z"  # "X described the deal in simple terms:"
)
_MIN_WORDS = 4
_ACCORDING_AFTER = re.compile(r"[\s,—–-]*according\s+to\b")
_DELEGATION_HEAD = re.compile(rf"[Tt]he\s+head\s+of\s+the\s+({COUNTRY_WORD})\s+delegation")


@dataclass(frozen=True, slots=True)
class Quote:
    """Inner text of a quote at ``body[start:end]`` and the resolved speaker id."""

    start: int
    end: int
    speaker: str | None
    #: Where the speaker is named (for evidence of attribution), if anywhere.
    cue: tuple[int, int] | None


def quote_spans(body: str, paras: list[Span] | None = None) -> list[tuple[int, int]]:
    """Inner spans of every quotation (any length), for skipping mentions inside them."""
    return [
        (m.start(g), m.end(g))
        for para in (paragraphs(body) if paras is None else paras)
        for m in _PAIRS.finditer(body, para.start, para.end)
        for g in _groups(m)
    ]


def find_quotes(
    body: str,
    people: People,
    paras: list[Span] | None = None,
    inside: list[tuple[int, int]] | None = None,
) -> list[Quote]:
    """Quotes of at least four words, each with its speaker when one can be found."""
    paras = paragraphs(body) if paras is None else paras
    inside = quote_spans(body, paras) if inside is None else inside
    out: list[Quote] = []
    carried: str | None = None
    last: Span | None = None
    for para in paras:
        opens = bool(_OPENS_WITH_QUOTE.match(body, para.start))
        previous: str | None = carried if opens else None
        # who the paragraph before reported speaking: for a quote with no attribution at all,
        # never instead of a pronoun's own reading ("…,” he said" after someone else spoke)
        reported, verb = (
            _reported_speaker(body, last, people, inside)
            if opens and previous is None and last is not None
            else (None, 0)
        )
        carried = None
        last = para
        for m in _PAIRS.finditer(body, para.start, para.end):
            group = _groups(m)[0]
            start, end = m.start(group), m.end(group)
            text = body[start:end]
            if len(text.split()) < _MIN_WORDS or _is_partial(body, m.start(), start):
                continue
            if _is_title(text):
                continue
            speaker, cue = _attribute(
                body, m.start(), m.end(), para.start, para.end, people, inside
            )
            if speaker is None and cue is None and not _ACCORDING_AFTER.match(body, m.end()):
                speaker = previous or reported  # not past "…,” according to the ministry"
            elif cue and body[cue[0] : cue[1]].lower() in {"he", "she"}:
                # "“…,” Tokayev said after meeting Xi. “…,” he added."; and after a paragraph
                # that reports its speaker meeting someone ("He said … during his meeting with
                # Kazakhstan's Vice Minister …"), "he" is still the one speaking
                speaker = previous or (
                    reported
                    if reported and _met_in_report(body, verb, people, start, inside)
                    else speaker
                )
            out.append(Quote(start, end, speaker, cue))
            previous = speaker or previous
            carried = previous
    return out


_SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "de", "&"})


def _is_title(text: str) -> bool:
    """ "JSC «National Company Kazakhstan Temir Zholy»": the name of a thing, not words said."""
    words = text.split()
    return not any(ch in text for ch in ".,!?;:") and all(
        w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS for w in words
    )


def _is_partial(body: str, mark: int, start: int) -> bool:
    """ "saw Kazakhstan as “a reliable bridge to Europe”": words quoted inside the reporter's
    own sentence, not a quote. A quote opening after a colon or a comma stands alone."""
    before = body[:mark].rstrip()
    return body[start : start + 1].islower() and before[-1:].isalnum()


_KINDS = ("curly", "straight", "angle", "single", "curly_open", "straight_open")


def _groups(m: re.Match[str]) -> list[str]:
    return [g for g in _KINDS if m.group(g) is not None]


def _attribute(
    body: str,
    qstart: int,
    qend: int,
    pstart: int,
    pend: int,
    people: People,
    inside: list[tuple[int, int]],
) -> tuple[str | None, tuple[int, int] | None]:
    after = _AFTER.match(body, qend, min(pend, qend + 160))
    if after is None and (body_said := _BODY_AFTER.match(body, qend, min(pend, qend + 120))):
        # "…," the UAE Ministry of Economy said; "…," an official told PTI: no person
        # spoke, and no one before is made to have said it
        return None, body_said.span("who")
    if after:
        group = _who_group(after)
        who = _resolve(body, after, people, qstart, inside)
        if who is not None or not _ACCORDING_AFTER.match(body, qend):
            return who, (after.start(group), after.end(group))
        # "Tokayev said: “…,” according to Kazinform": the outlet, not a speaker
    lead = qstart
    while lead > pstart and body[lead - 1].isspace():
        lead -= 1
    # both patterns end on a colon, a comma or "said that" before the quote: else neither matches
    lead_in = lead > pstart and (body[lead - 1] in ":," or body.endswith(" that", 0, lead))
    for pattern in (_BEFORE, _ACCORDING) if lead_in else ():
        before = pattern.search(body, max(pstart, qstart - 200), qstart)
        if before:
            return _resolve(body, before, people, before.start(), inside), (
                before.start("who"),
                before.end("who"),
            )
    return _subject_before_colon(body, qstart, pstart, people, inside)


def _met_in_report(
    body: str, verb: int, people: People, pos: int, inside: list[tuple[int, int]]
) -> bool:
    """The last person named before ``pos`` is someone the speaker reported meeting, in the
    sentence of the speech verb at ``verb`` ("… his meeting with Kazakhstan's Vice Minister
    …, X"), not the subject of a sentence or a clause of their own."""
    last = people.last_mention_before(pos, inside)
    return (
        last is not None
        and last.start > verb
        and not _SENTENCE_BREAK.search(body, verb, last.start)
        and bool(_MET_BEFORE.search(body, verb, last.start))
    )


_MET_BEFORE = re.compile(r"\b(?:with|met|received)\b[^.;]{0,80}\Z")


def _reported_speaker(
    body: str, para: Span, people: People, inside: list[tuple[int, int]]
) -> tuple[str | None, int]:
    """Who the paragraph reports as saying something ("Mongolia's ambassador, Dulguun
    Batbayar, said some 19,000 Mongolians live in Japan"): a paragraph of quote alone
    that follows goes on in their words. Read from the last speech verb outside quotes
    back to the name right before it (an apposition or an adverb may stand between)."""
    verbs = [
        m for m in SPEECH_VERB.finditer(body, para.start, para.end) if not within(m.start(), inside)
    ]
    if not verbs:
        return None, 0
    verb = verbs[-1].start()
    named = [p for p in people.mentions if verb - _NAME_REACH <= p.start and p.end <= verb]
    if named and _BETWEEN_NAME_AND_VERB.fullmatch(body, named[-1].end, verb):
        return named[-1].person_id, verb
    if _PRONOUN_BEFORE.search(body, max(para.start, verb - 20), verb):
        return people.last_before(verb, inside), verb
    return None, verb


def _subject_before_colon(
    body: str, qstart: int, pstart: int, people: People, inside: list[tuple[int, int]]
) -> tuple[str | None, tuple[int, int] | None]:
    """ "Khoa, standing next to him, was more cautious: “…”": a sentence that introduces a
    quote with a colon speaks through the person it opens with."""
    if not _COLON.search(body, max(pstart, qstart - 4), qstart):
        return None, None
    start = max(pstart, qstart - _COLON_REACH)
    for m in _SENTENCE_BREAK.finditer(body, start, qstart):
        start = m.end()
    opening = _OPENING.match(body, start, qstart)  # "Asked about obstacles, the ambassador …"
    start = opening.end() if opening else start
    subject = next((p for p in people.mentions if p.start == start), None)
    pronoun = None if subject else re.match(r"(?:He|She)\b", body[start:qstart])
    end = subject.end if subject else start + pronoun.end() if pronoun else None
    if end is None or not _MANNER.match(body, end, qstart):
        return None, None
    if subject is not None:
        return subject.person_id, (subject.start, subject.end)
    return people.last_before(start, inside), (start, end)


def _resolve(
    body: str, m: re.Match[str], people: People, quote_start: int, inside: list[tuple[int, int]]
) -> str | None:
    group = _who_group(m)
    who = m.group(group)
    start = m.start(group)
    named = [p.person_id for p in people.mentions if start <= p.start < m.end(group)]
    if named:
        return named[-1]
    low = who.lower()
    if low in {"he", "she", "him", "her"}:  # "According to him, “…”"
        return people.last_before(quote_start, inside)
    delegation = _DELEGATION_HEAD.fullmatch(who)
    if delegation:  # "the head of the Afghan delegation noted"
        country = COUNTRY_BY_WORD.get(delegation.group(1))
        return people.first_of_country(country, quote_start, inside) if country else None
    if low.startswith("the "):
        return people.by_title(who.split(None, 1)[1], start)
    return None
