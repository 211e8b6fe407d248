"""Which chart goes with a fact, and its numbers, read from the store.

Qt-free: the chart panel only draws what :func:`chart_for` returns. No number
is written here; every bar is a stored fact (its value, its sentence), so a
new article's figures chart the same way the seed's do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.formatting import fact_value_text
from desktop.store import QueryError, Store
from desktop.ui.catalog import Catalog
from desktop.ui.fact_text import short_label, short_name

SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"), (1e3, "thousand"), (1.0, ""))


@dataclass(frozen=True, slots=True)
class Bar:
    """One horizontal bar: ``left`` lets parts of a whole stack end to end."""

    row: int
    label: str
    value: float
    left: float
    fact: dict[str, Any]

    @property
    def text(self) -> str:
        return fact_value_text(self.fact)


@dataclass(frozen=True, slots=True)
class Event:
    """One dated fact on a timeline."""

    date: str
    lane: int
    label: str
    fact: dict[str, Any] | None


@dataclass(slots=True)
class ChartSpec:
    kind: str  # "bars" | "timeline" | "none"
    title: str = ""
    axis: str = ""  # the value axis label, with its unit
    scale: float = 1.0
    rows: list[str] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    message: str = ""
    selected_id: str | None = None


def chart_for(store: Store, catalog: Catalog, fact: dict[str, Any] | None) -> ChartSpec:
    """The chart that explains ``fact`` in its article, or a calm message."""
    if fact is None:
        return ChartSpec("none", message="Select a fact to see its chart.")
    topic = fact["topic"]
    if topic == "trade":
        spec = _trade(store, catalog, fact)
    elif topic == "investment":
        spec = _investment(store, fact)
    elif topic in ("officials", "meetings"):
        spec = _timeline(store, fact)
    else:
        spec = ChartSpec("none", message=f"No chart for {topic} facts.")
    spec.selected_id = fact["id"]
    return spec


def _article_facts(store: Store, article_id: str) -> list[dict[str, Any]]:
    """All facts of one article. Filtering them here is faster than asking the store
    for ``article:X unit:USD topic:T`` (its planner then scans the whole topic)."""
    try:
        return store.records(f"article:{article_id}")
    except QueryError:
        return []


def _money(store: Store, article_id: str, topic: str) -> list[dict[str, Any]]:
    return [
        r
        for r in _article_facts(store, article_id)
        if r["topic"] == topic and r["unit"] == "USD" and r["value"] is not None
    ]


def _scale(values: list[float]) -> tuple[float, str]:
    top = max((abs(v) for v in values), default=0.0)
    for factor, suffix in SCALES:
        if top >= factor:
            return factor, suffix
    return 1.0, ""


def _axis(name: str, values: list[float]) -> tuple[float, str]:
    factor, suffix = _scale(values)
    unit = f"USD {suffix}".strip()
    return factor, f"{name} ({unit})"


def _trade(store: Store, catalog: Catalog, fact: dict[str, Any]) -> ChartSpec:
    """The total turnover and its split into parts that add up to it."""
    money = _money(store, fact["article_id"], "trade")
    if not money:
        return ChartSpec("none", message="This article gives no trade figures in USD.")
    total = max(money, key=lambda r: r["value"])
    same_period = [r for r in money if r is not total and r["period"] == total["period"]]
    parts = same_period if _adds_up(same_period, total["value"]) else []
    factor, axis = _axis("Trade turnover", [r["value"] for r in money])
    period = (total["period"] or {}).get("label") or ""
    spec = ChartSpec("bars", title=f"Trade turnover {period}".strip(), axis=axis, scale=factor)
    spec.rows = [short_label(total, 44)]
    spec.bars.append(Bar(0, spec.rows[0], total["value"], 0.0, total))
    if parts:
        labels = _part_labels(catalog, total, parts)
        ordered = sorted(parts, key=lambda r: (r["origin"] == "derived", -r["value"]))
        spec.rows.append(" + ".join(labels[p["id"]] for p in ordered))
        left = 0.0
        for part in ordered:
            spec.bars.append(Bar(1, labels[part["id"]], part["value"], left, part))
            left += part["value"]
    else:
        for row, other in enumerate((r for r in money if r is not total), start=1):
            spec.rows.append(short_label(other))
            spec.bars.append(Bar(row, short_label(other), other["value"], 0.0, other))
    return spec


def _adds_up(parts: list[dict[str, Any]], total: float) -> bool:
    return len(parts) >= 2 and abs(sum(p["value"] for p in parts) - total) <= 0.01 * total


def _part_labels(
    catalog: Catalog, total: dict[str, Any], parts: list[dict[str, Any]]
) -> dict[str, str]:
    """Name each part by what it adds to the whole: "Xinjiang", then "Outside Xinjiang"."""
    labels: dict[str, str] = {}
    for part in parts:
        if part["origin"] == "derived":
            continue
        extra = [e for e in part["entities"] if e not in total["entities"]]
        entity = catalog.entity(extra[0]) if extra else None
        labels[part["id"]] = short_name(entity) if entity else short_label(part, 18)
    for part in parts:
        if part["id"] in labels:
            continue
        named = [labels[d] for d in part["derived_from"] if d in labels]
        labels[part["id"]] = f"Outside {named[0]}" if named else "Rest"
    return labels


def _investment(store: Store, fact: dict[str, Any]) -> ChartSpec:
    money = _money(store, fact["article_id"], "investment")
    if not money:
        return ChartSpec("none", message="This article gives no investment figures in USD.")
    factor, axis = _axis("Investment", [r["value"] for r in money])
    spec = ChartSpec("bars", title="Investment figures", axis=axis, scale=factor)
    for row, record in enumerate(money):
        label = short_label(record, 44)
        spec.rows.append(label)
        spec.bars.append(Bar(row, label, record["value"], 0.0, record))
    return spec


def _timeline(store: Store, fact: dict[str, Any]) -> ChartSpec:
    """The article's dated meetings and visits (its events), in date order.

    Only events: the day the article was published, a role or a figure with a
    date are not meetings, and plotted among them they read as if they were.
    """
    records = _article_facts(store, fact["article_id"])
    dated = [r for r in records if r["date"] and r["kind"] == "event"]
    if not dated:
        return ChartSpec("none", message="This article gives no dated meetings or visits.")
    spec = ChartSpec("timeline", title="Meetings and visits", axis="Date")
    lanes: dict[str, int] = {}
    for record in sorted(dated, key=lambda r: r["date"]):
        lane = lanes.get(record["date"], 0)
        lanes[record["date"]] = lane + 1
        # The whole statement: the chart wraps and elides it to the room it has.
        spec.events.append(Event(record["date"], lane, short_label(record, 160), record))
    months = {datetime.fromisoformat(e.date).strftime("%B %Y") for e in spec.events}
    spec.axis = f"Date ({months.pop()})" if len(months) == 1 else "Date"
    return spec
