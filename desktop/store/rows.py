"""Facts and entities ↔ table rows and full-text documents.

Kept apart from the SQL that moves them so the mapping is written once: the
store writes with :func:`fact_row`, reads back with :func:`fact_from_row`,
and indexes with :func:`fact_document`, which is deterministic so that a
contentless FTS5 row can later be deleted with exactly the values it holds.
"""

from __future__ import annotations

import json
import re
from typing import Any

from desktop.domain import Entity, Fact, Kind, Origin, Qualifier, Topic
from desktop.store.text import skeletons

FACT_COLUMNS = (
    "id, article_id, topic, kind, statement, value, unit, qualifier, period_start, period_end, "
    "period_label, date, t_start, t_end, entity_ids, evidence_text, evidence_start, evidence_end, "
    "origin, reviewed, derived_from, formula, search_names, search_extra"
)
FACT_FIELDS = tuple(name.strip() for name in FACT_COLUMNS.split(","))
_DOCUMENT_FIELDS = tuple(
    (name, FACT_FIELDS.index(name))
    for name in ("statement", "evidence_text", "search_names", "search_extra")
)

#: The contract's keys, in the contract's order: also the DataFrame columns.
CONTRACT_COLUMNS = (
    "id",
    "article_id",
    "topic",
    "kind",
    "statement",
    "value",
    "unit",
    "qualifier",
    "period",
    "date",
    "entities",
    "evidence",
    "origin",
    "reviewed",
    "derived_from",
    "formula",
)


def entity_names(entity: Entity) -> str:
    """Everything a person may type to find an entity: name, aliases, role titles."""
    parts = [entity.name, *entity.aliases]
    for role in entity.roles:
        parts.extend(p for p in (role.title, role.organization, role.country) if p)
    return " · ".join(parts)


def entity_document(entity: Entity) -> tuple[str, str]:
    names = " · ".join([entity.name, *entity.aliases])
    return names, skeletons(names)


def names_by_id(entities: dict[str, Entity]) -> dict[str, str]:
    """:func:`entity_names` of each entity, once: an article's facts name the same few."""
    return {eid: entity_names(entity) for eid, entity in entities.items()}


def fact_row(fact: Fact, names_of: dict[str, str]) -> tuple[Any, ...]:
    """The table row of a fact; ``names_of`` from :func:`names_by_id`."""
    period = fact.period
    t_start = (period.start if period else None) or fact.date
    t_end = (period.end if period else None) or fact.date
    names = " · ".join(names_of[eid] for eid in fact.entities if eid in names_of)
    topic, kind = _VALUE[fact.topic], _VALUE[fact.kind]
    # Not the article title: its words would make every fact of an article match.
    extra = " ".join(
        part for part in (topic, kind, fact.unit, period.label if period else None) if part
    )
    return (
        fact.id,
        fact.article_id,
        topic,
        kind,
        fact.statement,
        fact.value,
        fact.unit,
        _VALUE[fact.qualifier],
        period.start if period else None,
        period.end if period else None,
        period.label if period else None,
        fact.date,
        t_start,
        t_end,
        id_list(fact.entities),
        fact.evidence.text,
        fact.evidence.start,
        fact.evidence.end,
        _VALUE[fact.origin],
        int(fact.reviewed),
        id_list(fact.derived_from),
        fact.formula,
        names,
        extra,
    )


#: Each enum member's value: reading ``.value`` goes through a descriptor, a dict does not.
_VALUE: dict[Any, str] = {m: m.value for e in (Topic, Kind, Qualifier, Origin) for m in e}
_PLAIN_ID = re.compile(r"[a-z0-9_-]*")


def id_list(ids: list[str]) -> str:
    """``json.dumps(ids)``, written directly when every id is a plain slug (they nearly all
    are): an import stores two such lists a fact."""
    if not ids:
        return "[]"
    if all(_PLAIN_ID.fullmatch(i) for i in ids):
        return '["' + '", "'.join(ids) + '"]'
    return json.dumps(ids)


def fact_document(row: dict[str, Any] | tuple[Any, ...]) -> tuple[str, str, str, str, str]:
    """The FTS5 columns (statement, evidence, names, extra, name_keys) of a fact row."""
    data = row if isinstance(row, dict) else {f: row[i] for f, i in _DOCUMENT_FIELDS}
    names = data["search_names"] or ""
    return (
        data["statement"],
        data["evidence_text"],
        names,
        data["search_extra"] or "",
        skeletons(names),
    )


def contract_from_row(data: dict[str, Any]) -> dict[str, Any]:
    """A stored row as the contract's JSON object."""
    period = None
    if data["period_label"] is not None or data["period_start"] is not None:
        period = {
            "start": data["period_start"],
            "end": data["period_end"],
            "label": data["period_label"] or "",
        }
    return {
        "id": data["id"],
        "article_id": data["article_id"],
        "topic": data["topic"],
        "kind": data["kind"],
        "statement": data["statement"],
        "value": data["value"],
        "unit": data["unit"],
        "qualifier": data["qualifier"],
        "period": period,
        "date": data["date"],
        "entities": json.loads(data["entity_ids"]),
        "evidence": {
            "text": data["evidence_text"],
            "start": data["evidence_start"],
            "end": data["evidence_end"],
        },
        "origin": data["origin"],
        "reviewed": bool(data["reviewed"]),
        "derived_from": json.loads(data["derived_from"]),
        "formula": data["formula"],
    }


def fact_from_row(data: dict[str, Any]) -> Fact:
    return Fact.from_dict(contract_from_row(data))


def entity_from_row(data: dict[str, Any]) -> Entity:
    return Entity.from_dict(
        {
            "id": data["id"],
            "name": data["name"],
            "kind": data["kind"],
            "aliases": json.loads(data["aliases"]),
            "roles": json.loads(data["roles"]),
        }
    )
