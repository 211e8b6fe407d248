"""The sidebar's tree: All facts, Topics, People, Places (with counts), Articles, Saved.

Each node says what clicking it does: a topic filters beside the query, the
others put their query in the search field so people learn the language. The
numbers follow the search (``sidebar_counts`` says what each one counts).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from desktop.domain import Topic
from desktop.store.entity_facets import KINDS, EntityCounts
from desktop.store.facets import TopicCounts
from desktop.ui.fact_text import entity_query
from desktop.ui.review_logic import TO_REVIEW
from desktop.ui.sidebar_counts import SidebarCounts
from desktop.ui.theme import topic_colour

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "all" | "topic" | "query" | "saved" | "group"
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the topic name or the query text

#: The groups of people and places: one for each kind of entity counted per search.
GROUPS = tuple(zip(KINDS, ("People", "Places"), strict=True))


class SidebarModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 2, parent)
        self._topics: dict[str, tuple[QStandardItem, QStandardItem]] = {}
        self._groups: dict[str, QStandardItem] = {}
        self._entity_counts: dict[str, QStandardItem] = {}  # by entity id
        self._named: EntityCounts | None = None
        self._build()

    def _build(self) -> None:
        self.appendRow(self._row("All facts", "all", ""))
        self._review = self._row("To review", "query", TO_REVIEW)
        self._review[0].setToolTip(f"Extracted facts nobody has checked yet ({TO_REVIEW})")
        self.appendRow(self._review)
        topics = self._group("Topics", "topics")
        for topic in Topic:
            name, count = self._row(topic.value.capitalize(), "topic", topic.value)
            name.setData(topic_colour(topic.value), Qt.ItemDataRole.DecorationRole)
            name.setToolTip(f"Only {topic.value} facts (topic:{topic.value})")
            topics.appendRow([name, count])
            self._topics[topic.value] = (name, count)
        for key, title in (*GROUPS, ("article", "Articles"), ("saved", "Saved searches")):
            self._group(title, key)

    def _group(self, title: str, key: str) -> QStandardItem:
        item, count = self._row(title, "group", key)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        self.appendRow([item, count])
        self._groups[key] = item
        return item

    @staticmethod
    def _row(text: str, kind: str, value: str) -> list[QStandardItem]:
        name = QStandardItem(text)
        name.setEditable(False)
        name.setData(kind, KIND_ROLE)
        name.setData(value, VALUE_ROLE)
        count = QStandardItem("")
        count.setEditable(False)
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        count.setData(kind, KIND_ROLE)
        count.setData(value, VALUE_ROLE)
        return [name, count]

    def group(self, key: str) -> QStandardItem:
        return self._groups[key]

    def topic_item(self, topic: str) -> QStandardItem:
        return self._topics[topic][0]

    def set_topic_counts(self, counts: TopicCounts | Mapping[str, int] | None) -> None:
        """Counts follow the search; ``None`` (not counted in this step) leaves them.

        A capped count reads "1,000+" and one not counted yet "…" until the
        exact number replaces it.
        """
        if counts is None:
            return
        if not isinstance(counts, TopicCounts):
            counts = TopicCounts(dict(counts))
        for topic, (_name, count) in self._topics.items():
            count.setText(counts.label(topic))
            busy = topic in counts.capped or topic in counts.pending
            count.setToolTip("Counting…" if busy else "")

    def set_counts(self, counts: SidebarCounts) -> None:
        """One step's numbers for a search: the parts it counted (topics, or people and
        places, or both); the others stay as they are."""
        self.set_topic_counts(counts.topics)
        if counts.entities is not None:
            self.set_entity_counts(counts.entities)

    def set_entities_pending(self) -> None:
        """People and places are being counted: "…" until their numbers come."""
        self.set_entity_counts(EntityCounts(pending=frozenset(self._entity_counts)))

    def set_entity_counts(self, counts: EntityCounts | None) -> None:
        """Facts in view per person and place; ``None`` (not counted) leaves them blank."""
        if counts is None and self._named is None:
            return  # blank already (a search typed while the groups are closed)
        self._named = counts
        for entity_id, item in self._entity_counts.items():
            text = counts.label(entity_id) if counts is not None else ""
            if item.text() != text:  # most names keep their number from key to key
                item.setText(text)

    def review_item(self) -> QStandardItem:
        return self._review[0]

    def set_review_count(self, count: int) -> None:
        """How many extracted facts wait for review (shown beside "To review")."""
        self._review[1].setText(f"{count:,}" if count else "")

    def set_entities(self, entities_by_kind: dict[str, list[dict[str, Any]]]) -> None:
        self._entity_counts = {}
        for kind, _title in GROUPS:
            group = self._groups[kind]
            group.removeRows(0, group.rowCount())
            for entity in entities_by_kind.get(kind, []):
                name, count = self._row(entity["name"], "query", entity_query(entity))
                name.setToolTip(entity_query(entity))
                count.setToolTip("Facts in view that name them")
                group.appendRow([name, count])
                self._entity_counts[entity["id"]] = count
            self.item(group.row(), 1).setText(str(group.rowCount()))
        self.set_entity_counts(self._named)  # the numbers of the search shown

    def set_articles(self, articles: list[dict[str, Any]], limit: int = 200) -> None:
        """The newest ``limit`` articles: a tree of thousands helps nobody; search does."""
        group = self._groups["article"]
        group.removeRows(0, group.rowCount())
        newest = sorted(articles, key=lambda a: a.get("date") or "", reverse=True)[:limit]
        for article in newest:
            label = article["title"] or article["id"]
            if article.get("date"):
                label = f"{label} ({article['date']})"
            name, count = self._row(label, "query", f"article:{article['id']}")
            name.setToolTip(f"article:{article['id']}")
            group.appendRow([name, count])
        self.item(group.row(), 1).setText(f"{len(articles):,}")

    def saved_searches(self) -> list[str]:
        group = self._groups["saved"]
        return [group.child(row, 0).data(VALUE_ROLE) for row in range(group.rowCount())]

    def set_saved_searches(self, queries: list[str]) -> None:
        group = self._groups["saved"]
        group.removeRows(0, group.rowCount())
        for query in dict.fromkeys(q for q in queries if q.strip()):
            name, count = self._row(query, "saved", query)
            name.setToolTip(f"{query}  (Delete forgets it)")
            group.appendRow([name, count])
        self.item(group.row(), 1).setText(str(group.rowCount()) if group.rowCount() else "")

    def add_saved_search(self, query: str) -> None:
        self.set_saved_searches([*self.saved_searches(), query])

    def remove_saved_search(self, query: str) -> None:
        self.set_saved_searches([q for q in self.saved_searches() if q != query])
