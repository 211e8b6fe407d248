"""Meetings and visits: who met whom, when and where.

A sentence with a meeting cue ("met", "held talks", "received", "hosted",
"during a meeting with") and at least one person is a meeting; its date is the
day written there ("on March 26", "on Thursday", "the same day"), its place
the city named or else the place of the previous meeting or the dateline. A
sentence that names only one participant ("During the meeting held with Prime
Minister Olzhas Bektenov on the same day…") inherits the visitor from the
previous meeting: the participant from another country.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta

from desktop.extract.dates import find_event_date
from desktop.extract.entities import Registry, starting_in
from desktop.extract.people import SPEECH_VERB, SPEECH_VERBS, People
from desktop.extract.sentences import Span

_MEETING = re.compile(
    # (not "met the target", "meets the needs": what a figure did)
    r"\b(?:met(?!\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:target|goal|deadline|demand|expectations"
    r"|requirements|standards|criteria|needs)s?\b)|meets|meeting|held\s+talks|talks(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,?\s+(?:with|between)"
    r"|(?:political\s+)?consultations\s+with|during\s+(?:the\s+|their\s+)?talks\b"
    # "The talks took place on Friday, September 12, in Dushanbe between A and B" (only a day
    # and a place between: not "talks were held amid tensions between …")
    r"|(?:talks|meeting|negotiations)\s+(?:took\s+place|(?:was|were)\s+held)"
    r"(?:,?\s+(?:on|in|at|the|of|(?-i:[A-Z][\w’'.-]*)|\d{1,4}(?:st|nd|rd|th)?)){0,10},?\s+between"
    r"|received|receives|"
    r"hosted|hosts|"
    r"negotiations\s+with|sat\s+down\s+with|co-?chaired|co-?chairs|co-?chairing"
    r"|(?:paid\s+an?\s+)?courtesy\s+call\s+on"
    r"|(?:tele)?phone\s+(?:conversation|call|talks)(?:\s+on\s+[A-Z]\w+)?\s+(?:with|between)|video\s*(?:call|conference)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s+with"
    r"|spoke\s+by\s+(?:tele)?phone\s+(?:\w+\s+){0,3}?with"  # "She spoke by phone last Thursday with …"
    # "visited the plant site with the governor …" (a site in lower case, not "visited Astana")
    # ("the terminal built with Japanese money" is how it was built)
    r"|(?:visited|toured|inspected)\s+(?:the\s+)?(?:(?!(?:built|made|paid|\w+ed)\s)[a-z][\w-]*\s+){0,4}?with"
    # "called on Iran's First Vice President Ali Akbar Nasseri, who …" (a courtesy call), not
    # "called on the European Union to …"
    r"|called\s+on\s+(?-i:(?:(?:[A-Z][\w’'.-]*|of|the|for|and|&)\s+){0,10}?[A-Z][\w’'.-]*)"
    r"(?=,|\.\s|\s+(?:who|in|at|on|during|and|yesterday|today|last)\b))\b",
    re.IGNORECASE,
)
#: "X and Y on Monday agreed/signed …": a joint act of two named people on a named day.
#: The first letters of every ``_MEETING`` form, to find in the lower-cased article once:
#: a sentence without any is spared the (case-blind, so slow) pattern.
_MEETING_CUE = re.compile(
    r"met|meet|held|talks|receiv|host|negotiations|sat|co-?chair|courtesy|paid|visited|toured"
    r"|inspected|called|phone|video|consultations|during\s+(?:the\s+|their\s+)?talks"
)
#: Meeting cues that name whom only after them, and how far the name may follow.
_WITH_WHOM = re.compile(r"(?:called|visited|toured|inspected)\b", re.IGNORECASE)
_WHOM_ROOM = 40
_CALL = re.compile(r"phone|video", re.IGNORECASE)
#: Cues that name no participant of their own: a meeting only of two people named with them.
_NEEDS_BOTH = re.compile(r"during|(?:political\s+)?consultations", re.IGNORECASE)
_SPEECH_NEXT = re.compile(rf"\s+(?:{SPEECH_VERBS})\b")
_ASIDE_OF = re.compile(r"\bsidelines\s+of\s+(?:the\s+|[\w’']+\s+){0,3}\Z")
#: "X informed the meeting that …": the meeting told of, not one of X's (with "that" after).
_TOLD_THE = re.compile(r"\b(?:informed|told|briefed|addressed)\s+the\s+\Z")
_THAT = re.compile(r"\s+that\b")
#: What follows a call on someone to act: "… on Monday to lift restrictions".
_PLEA = re.compile(
    r"(?:\s+(?:on|in|at|during)\s+[^,.;]{0,40}?|\s+and\s+[^,.;]{0,60}?)?\s+to\s+[a-z]+"
)
_JOINT = re.compile(
    r"\b(?:agreed|signed|discussed|pledged|launched|reviewed|inaugurated|opened)\b"
    r"|\b(?:visited|toured|inspected)\b[^.;]{0,100}?\btogether\s+with\b",  # a visit together
    re.IGNORECASE,
)
#: "A and Foreign Minister B visited the crossing": two people named as one subject.
_VISITED_TOGETHER = re.compile(
    r"(?<=\w)\s+and\s+(?:(?:[A-Z][\w’'.-]*|of|the|for|and)\s+){1,10}?"
    r"(?:jointly\s+)?(?P<verb>visited|toured|inspected)\b"
)
#: A sentence that opens on the meeting (or deal) the sentence before it told of.
_BACK_REFERENCE = re.compile(
    r"\s*(?:The|This|That)\s+(?:meeting|talks|session|negotiations|discussions|understanding|decisions|"
    r"agreements?|deals?|documents?)(?:\s+in\s+[A-Z][\w-]*)?\s+(?:was|were)\b"  # not "The visit follows talks in …"
    # "The agreement followed talks in Kabul between A and B": the talks of the day just told
    r"|\s*(?:The|This|That)\s+(?:agreements?|deals?|accords?|decision)\s+(?:followed|came\s+after)\s+talks\b"
)
#: What the sentence before a back-reference must tell of: a meeting, a signing or an
#: agreement ("… after a meeting of the commission on Wednesday", "… agreed on Tuesday").
_MEETING_BEFORE = re.compile(
    r"\b(?:meeting|met|talks|session|signed|agreed|co-?chaired|negotiations)\b", re.IGNORECASE
)
#: "… said after holding a video call with Y", "… told reporters following talks with Y":
#: a meeting the attribution tells of as done (not "requested a meeting", "had not met").
_AFTER_MEETING = re.compile(
    r"\b(?:after|following)\s+(?:holding\s+|having\s+)?(?:(?:a|his|her|the|their)\s+)?"
    r"(?:(?:video|phone|telephone)\s+)?(?:talks|meeting|met|call|conversation)\b"
)
#: Any time a sentence gives its own event: then the day of the sentence before is not its.
_OWN_TIME = re.compile(
    r"\b(?:last|earlier|ago|previous|next|later|since|this\s+(?:week|month|year)|(?:in|the)\s+(?:19|20)\d\d"
    r"|in\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)|times|university)\b"
    # what is to come or has been at some time: "plans to hold talks", "has met … several times"
    r"|\b(?:will|would|plans?\s+to|(?:set|due|expected)\s+to|is\s+to|has|have|had)\s+(?:\w+\s+)?"
    r"(?:hold|meet|met|visit|visited|travel|host|hosted|receive|received|held|sign)\b"
)

#: A meeting that did not take place or is yet to: cancelled, put off, planned, denied.
_NOT_HELD = re.compile(
    r"\b(?:cancell?ed|postponed|called\s+off|put\s+off|will\s+not\s+take\s+place|did\s+not\s+meet"
    r"|(?:has|have|had)\s+not\s+met|never\s+met|(?:planned|scheduled|proposed)\s+(?:meeting|talks|call|visit)"
    r"|scheduled\s+to\s+(?:meet|hold|visit)|no\s+(?:meeting|talks)|no\s+plans?\s+to\s+meet"
    r"|not\s+(?:yet\s+)?(?:been\s+)?scheduled|(?:ready|willing|offered)\s+to\s+host)\b",
    re.IGNORECASE,
)
#: People who took part in the meeting told before: "were also present at the meeting",
#: "attended the talks", "were joined for part of the meeting by …", "The meeting was
#: attended by …".
_ATTENDED = re.compile(
    r"\b(?:(?:was|were)\s+(?:also\s+)?present\s+at|(?:also\s+)?attended|joined\s+(?:for\s+part\s+of\s+)?)"
    r"\s*the\s+(?:meeting|talks)\b|\bwere\s+joined\b[^.;]{0,40}\bby\b"
    r"|(?P<by>\b[Tt]he\s+(?:meeting|talks|consultations)\s+(?:was|were)\s+(?:also\s+)?attended\s+by)\b"
)
#: A day told as the one just named: "Earlier in the day", "the same evening".
_SAME_DAY = re.compile(
    r"\b(?:the\s+same\s+(?:day|evening|morning|afternoon)|(?:[Ee]arlier|[Ll]ater)\s+(?:in\s+the\s+day|that\s+day))\b"
)
#: "Later, Dr. Al Shamsi called on the finance minister": later on the day just told.
_LATER = re.compile(r"\s*Later,")
#: A sentence opening on the day before or after the one just told.
_DAY_APART = re.compile(
    r"\s*(?:(?P<earlier>A\s+day\s+earlier|The\s+day\s+before|The\s+previous\s+day)"
    r"|A\s+day\s+later|The\s+next\s+day|The\s+following\s+day)\b(?!\s+(?:on|in)\b)"
)
_SIGNED_BY = re.compile(r"\b(?:was|were)\s+signed\s+by\b")
_WEEKDAY_OR_DATE = re.compile(
    # a weekday after "on", or right after a verb in the past ("agreed Thursday"), not
    # "told reporters Tuesday", "Thursday's vote" or "expires Friday"
    r"(?:\b[Oo]n\s+|(?<=ed\s))(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’])"
    r"|\b[Oo]n\s+(?:"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+[A-Z][a-z]+)"
)
_VISIT = re.compile(
    r"(?:\b(?:I|we)\s+(?:was|were)\s+(?:recently\s+)?in|\bvisited|\bvisit\s+to|\btrip\s+to)\s+"
    r"(?P<place>[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
_IN_PLACE = re.compile(
    r"\b(?:in|to)\s+(?P<place>[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


@dataclass(frozen=True, slots=True)
class Event:
    span: Span
    kind: str  # "meeting" | "visit" | "call" | "video"
    date: str | None
    people: list[str]
    place: str | None
    entities: list[str]


def find_events(
    body: str,
    sentences: list[Span],
    people: People,
    registry: Registry,
    ref: date | None,
    quotes: list[tuple[int, int, str | None]],
    dateline_place: str | None,
    dateline_end: int = 0,
) -> list[Event]:
    """Meetings and visits in reading order; dates in the dateline itself are not event days."""
    events: list[Event] = []
    low = body.lower()  # "İ" lower-cases to two characters: then positions would not match
    cues = [m.start() for m in _MEETING_CUE.finditer(low)] if len(low) == len(body) else None
    last_date: str | None = None
    last_place = dateline_place
    previous: Span | None = None
    for sentence in (part for s in sentences for part in _meeting_clauses(body, s, people)):
        before, previous = previous, sentence
        quote = _quote_at(sentence, quotes)
        visit = _VISIT.search(body, sentence.start, sentence.end)
        if visit and (
            _talks(body, cues, sentence, people)
            or _joint(body, sentence, people)
            or (
                _PRONOUN_SUBJECT.match(body, sentence.start)
                and _meeting_verb(body, cues, sentence, people)
            )
        ):
            # "a visit to Rabat by X, who held talks with Y": a meeting of both; "He said …
            # during his visit to Japan, which included a meeting with Y": his and Y's
            visit = None
        if visit:
            event = _visit(body, sentence, visit, people, registry, quote, ref)
            if event:
                events.append(event)
                continue
        if quote:
            # "“…,” X said after holding a video call with Y": the attribution may tell of
            # a meeting of two people; the quote's own words never do
            sentence = Span(min(quote[1] + 1, sentence.end), sentence.end)
            if len(people.at(sentence.start, sentence.end)) < 2 or not _AFTER_MEETING.search(
                body, sentence.start, sentence.end
            ):
                continue
        if sentence.start < dateline_end:
            sentence = Span(dateline_end, sentence.end)
        signed_by = _signed_by(body, sentence, people)
        verb = _meeting_verb(body, cues, sentence, people)
        if (not signed_by and not verb and not _joint(body, sentence, people)) or _NOT_HELD.search(
            body, sentence.start, sentence.end
        ):
            continue  # no meeting, or "a planned meeting between X and Y … has been cancelled"
        day_before = last_date
        if before is not None and _SAME_DAY.search(body, sentence.start, sentence.end):
            # "… signed 12 agreements at a forum on Wednesday. Earlier in the day, A met B."
            day_before = (
                find_event_date(body, before.start, before.end, ref, last_date)[0] or last_date
            )
        event = _meeting(
            body, verb, sentence, people, registry, ref, day_before, last_place, events
        )
        if event and event.date is None and _LATER.match(body, sentence.start):
            event = replace(event, date=last_date)
        apart = _DAY_APART.match(body, sentence.start) if event and last_date else None
        if event and apart and event.date is None and _told_just_before(events, before):
            # "A day earlier, Kalinin was received by …": the day before the meeting just told
            shift = timedelta(days=-1 if apart.group("earlier") else 1)
            event = replace(event, date=(date.fromisoformat(last_date) + shift).isoformat())
        if (
            event
            and event.date is None
            and before is not None
            and (signed_by or _BACK_REFERENCE.match(body, sentence.start))
            and _MEETING_BEFORE.search(body, before.start, before.end)
        ):
            # "… signed a deal on Tuesday. The agreement was signed by A and B.", "… after a
            # meeting in Bishkek on Wednesday. The meeting was co-chaired by A and B."
            day, _span = find_event_date(body, before.start, before.end, ref, last_date)
            if day and ref and day > ref.isoformat():
                day = None  # "… will next meet on Friday. The meeting was co-chaired by …"
            place = _place_in(body, before, registry) or event.place
            entities = [*event.people, *([place] if place else [])]
            event = Event(event.span, event.kind, day, event.people, place, entities)
            if (
                day
                and events
                and _within(events[-1].span, before)
                and (set(events[-1].people) <= set(event.people))
            ):
                events.pop()  # the previous sentence's meeting, told again with everyone in it
        if event and _retold(event, events):
            continue  # "During the meeting, the minister said …": the meeting just reported
        attended = (
            _ATTENDED.search(body, sentence.start, sentence.end) if event and events else None
        )
        if attended and (not attended.group("by") or _told_just_before(events, before)):
            # "Defense Minister X and Foreign Minister Y were also present at the meeting":
            # more people at the meeting just told, not a meeting of their own ("The meeting
            # was attended by …" only right after that meeting, not after another one)
            last = events[-1]
            joined = [*last.people, *(p for p in event.people if p not in last.people)]
            entities = [*joined, *(e for e in last.entities if e not in last.people)]
            events[-1] = replace(last, people=joined, entities=entities)
            continue
        if (
            event
            and event.date is None
            and before is not None
            and set(people.at(before.start, before.end)) & set(event.people)
            and SPEECH_VERB.search(body, before.start, before.end)  # a report, dated
            and not _OWN_TIME.search(body, sentence.start, sentence.end)
        ):
            # "…, Aydemir said on Wednesday. Speaking after talks in Ankara with X, Aydemir …":
            # the day its participant was just reported on, when the sentence names no time
            day, _span = find_event_date(body, before.start, before.end, ref, last_date)
            if day and not (ref and day > ref.isoformat()):
                event = replace(event, date=day)
        if event:
            events.append(event)
            last_date = event.date or last_date
            last_place = event.place or last_place
    return events


#: ", and on Monday X met Y": a second meeting told in the same sentence.
_SECOND_MEETING = re.compile(r",\s+and\s+(?=(?:on\s+[A-Z]\w+|later|earlier|then)\b)")


def _meeting_clauses(body: str, sentence: Span, people: People) -> list[Span]:
    """A sentence, or its two halves when each tells of a meeting of two people of its own
    ("A held talks with B in Astana on Nov. 17, and on Monday C met D in Ankara"); not
    when the second half goes on with the first one's subject ("…, and on Tuesday met D")."""
    for m in _SECOND_MEETING.finditer(body, sentence.start, sentence.end):
        first, second = Span(sentence.start, m.start()), Span(m.end(), sentence.end)
        if all(
            _MEETING.search(body, part.start, part.end) and len(people.at(part.start, part.end)) > 1
            for part in (first, second)
        ):
            return [first, second]
    return [sentence]


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _told_just_before(events: list[Event], before: Span | None) -> bool:
    """Whether the last meeting found is the one the sentence before told of."""
    return bool(events) and before is not None and _within(events[-1].span, before)


def _meeting_verb(
    body: str, cues: list[int] | None, sentence: Span, people: People
) -> re.Match[str] | None:
    """The meeting cue in ``sentence``, if any (``cues``: where one may start, if known).

    A call on someone or a visit with someone needs that someone: "called on the EU to …"
    and "inspected the terminal built with Japanese money" are no meetings."""
    first = bisect_left(cues, sentence.start) if cues is not None else -1
    if cues is not None and (first == len(cues) or cues[first] >= sentence.end):
        return None
    for m in _MEETING.finditer(body, sentence.start, sentence.end):
        room = max(sentence.start, m.start() - 40)
        if _ASIDE_OF.search(body, room, m.start()) or (
            _TOLD_THE.search(body, room, m.start()) and _THAT.match(body, m.end())
        ):
            continue  # "told Anadolu on the sidelines of the meeting", "informed the meeting that …"
        if not _WITH_WHOM.match(m.group()):
            return m
        if _PLEA.match(body, m.end(), sentence.end):
            continue  # "called on Putin on Monday to lift the ban"
        subjects = people.at(sentence.start, m.start())
        if set(people.at(m.start() + 6, m.end() + _WHOM_ROOM)) - set(subjects):
            return m
    return None


def _talks(body: str, cues: list[int] | None, sentence: Span, people: People) -> bool:
    return bool(_meeting_verb(body, cues, sentence, people)) and (
        len(people.at(sentence.start, sentence.end)) > 1
    )


def _retold(event: Event, events: list[Event]) -> bool:
    """An undated meeting of people the previous meeting already brought together."""
    return (
        event.date is None
        and bool(events)
        and events[-1].kind == "meeting"
        and set(event.people) <= set(events[-1].people)
    )


def _meeting(
    body: str,
    verb: re.Match[str] | None,
    sentence: Span,
    people: People,
    registry: Registry,
    ref: date | None,
    last_date: str | None,
    last_place: str | None,
    events: list[Event],
) -> Event | None:
    persons = people.at(sentence.start, sentence.end)
    if not persons:
        return None
    if len(persons) == 1 and verb and _NEEDS_BOTH.match(verb.group()):
        return None  # "no breakthrough was expected during talks": whose talks, it does not say
    if len(persons) == 1:
        other = _visitor(persons[0], people, events)
        subject = None if other else _pronoun_subject(body, sentence, persons[0], people)
        if other is None and subject is None:
            return None  # "X told reporters after a meeting of the commission": with whom?
        persons.insert(0, subject) if subject else persons.append(other)
    if len(persons) > 2:  # "…, Kremlin spokesman Dmitry Peskov said": who told of it
        # (or before it: "the spokesperson said Dar and Wang Yi had discussed …")
        reporters = _reporters(body, people, sentence)
        persons = [p for p in persons if p not in reporters] if reporters else persons
    when, _where = find_event_date(
        body, sentence.start, sentence.end, ref, last_date, verb.start() if verb else None
    )
    if verb and _CALL.search(verb.group()):  # a call has no place
        kind = "video" if "video" in verb.group().lower() else "call"
        return Event(_trim(body, sentence), kind, when, persons, None, persons)
    place = _place_in(body, sentence, registry) or last_place
    entities = [*persons, *([place] if place else [])]
    return Event(_trim(body, sentence), "meeting", when, persons, place, entities)


def _reporters(body: str, people: People, span: Span) -> set[str]:
    """People named in ``span`` right before a speech verb: those who told of the event, not
    one who spoke after it ("X said on Tuesday after talks with Y" took part)."""
    out = set()
    for m in starting_in(people.mentions, span.start, span.end):
        verb = _SPEECH_NEXT.match(body, m.end)
        if verb and not _AFTER_IT.match(body, verb.end()):
            out.add(m.person_id)
    return out


_AFTER_IT = re.compile(r"(?:\s+on\s+\w+)?\s+(?:after|following|during|at\s+the\s+end\s+of)\b")


def _visit(
    body: str,
    sentence: Span,
    m: re.Match[str],
    people: People,
    registry: Registry,
    quote: tuple[int, int, str | None] | None,
    ref: date | None,
) -> Event | None:
    place = registry.alias.get(m.group("place")) or registry.alias.get(m.group("place").split()[0])
    if place is None:
        return None
    span = sentence
    if quote:
        span = Span(max(sentence.start, quote[0]), min(sentence.end, quote[1]))
        persons = [quote[2]] if quote[2] else []
    else:
        persons = people.at(sentence.start, m.start()) or people.at(sentence.start, sentence.end)
    if not persons or _reported(body, _last_mention_end(people, span, m), m.start()):
        return None  # "X said 45,000 tourists visited Georgia": what X reported, not X's visit
    span = _trim(body, span)
    when, _where = find_event_date(body, span.start, span.end, ref, None)
    others = [e for e in registry.at(span.start, span.end) if e not in persons and e != place]
    return Event(span, "visit", when, persons[:1], place, [*persons[:1], place, *others])


def _reported(body: str, start: int, end: int) -> bool:
    """Whether a speech verb between the speaker and the visit makes it someone else's:
    "X said 45,000 tourists had visited Georgia". Not a visit named as a noun ("said during
    a visit to Beijing"), one the speaker made ("told reporters he had visited"), nor one
    after an aside ("X, who said trade would double, visited …")."""
    if not body.startswith("visited", end):
        return False
    for verb in SPEECH_VERB.finditer(body, start, end):
        if _ASIDE_AROUND.search(body, start, verb.start()):
            continue
        return not _SELF_BEFORE.search(body, verb.end(), end)
    return False


#: The speaker as the subject of the visit: "… he visited", "… she had visited".
_SELF_BEFORE = re.compile(r"\b(?:he|she|they|we|I)\s+(?:\w+\s+)?\Z")
_ASIDE_AROUND = re.compile(r",\s+(?:who|which)\s[^,]*\Z")


def _last_mention_end(people: People, sentence: Span, visit: re.Match[str]) -> int:
    """Where the last person named before the visit's cue ends (the cue's start without one)."""
    mentions = starting_in(people.mentions, sentence.start, visit.start())
    return max((m.end for m in mentions if m.end <= visit.start()), default=visit.start())


def _signed_by(body: str, sentence: Span, people: People) -> bool:
    """ "The agreement was signed by A and B": the two signatories met."""
    return bool(_SIGNED_BY.search(body, sentence.start, sentence.end)) and (
        len(people.at(sentence.start, sentence.end)) >= 2
    )


def _joint(body: str, sentence: Span, people: People) -> bool:
    """Two people acting together on a named day count as having met."""
    return (
        len(people.at(sentence.start, sentence.end)) >= 2
        and bool(
            _JOINT.search(body, sentence.start, sentence.end)
            or _visited_together(body, sentence, people)
        )
        and bool(_WEEKDAY_OR_DATE.search(body, sentence.start, sentence.end))
    )


def _visited_together(body: str, sentence: Span, people: People) -> bool:
    """A person named right before "and", another right before the visit's verb."""
    ends = {m.end for m in starting_in(people.mentions, sentence.start, sentence.end)}
    return any(
        m.start() in ends and m.start("verb") - 1 in ends
        for m in _VISITED_TOGETHER.finditer(body, sentence.start, sentence.end)
    )


#: A sentence whose subject is a pronoun: "He said … during his meeting with X", "On Monday,
#: she spoke by phone with X" (not "In his speech, X said …": that "his" is X's).
_PRONOUN_SUBJECT = re.compile(r"\s*(?:[A-Z][^,.;]{0,40},\s+)?(?:He|She|he|she)\b")


def _pronoun_subject(body: str, sentence: Span, named: str, people: People) -> str | None:
    """Who a pronoun opening the sentence stands for: the person named last before the
    sentence, if that is someone else than the one person the sentence names."""
    if not _PRONOUN_SUBJECT.match(body, sentence.start):
        return None
    other = people.last_before(sentence.start)
    return other if other != named else None


def _visitor(host: str, people: People, events: list[Event]) -> str | None:
    """The participant of the previous meeting who is not ``host`` and not from its country."""
    for event in reversed(events):
        if event.kind != "meeting":
            continue
        others = [p for p in event.people if p != host]
        country = people.persons[host].country
        foreign = [p for p in others if people.persons[p].country != country]
        return (foreign or others or [None])[0]
    return None


def _place_in(body: str, sentence: Span, registry: Registry) -> str | None:
    for m in _IN_PLACE.finditer(body, sentence.start, sentence.end):
        key = registry.alias.get(m.group("place")) or registry.alias.get(
            m.group("place").split()[0]
        )
        if key and registry.entities[key].kind.value == "place":
            return key
    return None


def _quote_at(
    sentence: Span, quotes: list[tuple[int, int, str | None]]
) -> tuple[int, int, str | None] | None:
    for quote in quotes:
        if quote[0] <= sentence.start + 1 < quote[1] or (
            sentence.start <= quote[0] < sentence.end and quote[0] - sentence.start < 3
        ):
            return quote
    return None


def _trim(body: str, span: Span) -> Span:
    end = span.end
    while end > span.start and body[end - 1] in ' ,;.”"’»':
        end -= 1
    start = span.start
    while start < end and body[start] in ' “"‘«':
        start += 1
    return Span(start, end)
