"""The detail pane: one fact, its value in words, its people and its sentence.

Every text here comes from articles or facts and is shown as plain text
(labels are set to ``PlainText``; the sentence goes in with setPlainText and
is highlighted with a char format), so markup in an article is never run.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import period_text, spell_value
from desktop.store import Store
from desktop.ui.catalog import Catalog
from desktop.ui.fact_text import entity_query, reflow, sentence_bounds
from desktop.ui.review_logic import needs_review, review_state
from desktop.ui.theme import is_dark, tint, topic_colour
from desktop.ui.widgets.flow_layout import FlowLayout


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FactDetail(QScrollArea):
    entity_clicked = Signal(str)  # the entity's query
    show_in_article = Signal()
    copy_requested = Signal()

    def __init__(self, store: Store, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail")
        self.setAccessibleName("Fact detail")
        self._store = store
        self._catalog = catalog
        self.fact: dict[str, Any] | None = None
        self.setWidgetResizable(True)
        # Narrow, the pane wraps (the heading, the chips, the buttons) and scrolls
        # down, never sideways: nothing is cut on the right.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        self.placeholder = plain_label("Select a fact to see its details.")
        self.statement = plain_label()
        font = QFont(self.statement.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.statement.setFont(font)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.value = plain_label()
        self.period = plain_label()
        self.topic = plain_label()
        self.review = plain_label(wrap=False)
        self.review.setObjectName("review_state")
        self.review_box = QWidget()
        self.review_buttons = FlowLayout(self.review_box, spacing=4)
        self._review_action_buttons: list[QToolButton] = []
        form.addRow("Value", self.value)
        form.addRow("Period", self.period)
        form.addRow("Topic", self.topic)
        form.addRow("Status", self.review)
        form.addRow("", self.review_box)
        self.chips_box = QWidget()
        self.chips = FlowLayout(self.chips_box, spacing=4)
        self.sentence = QTextEdit()
        self.sentence.setObjectName("sentence")
        self.sentence.setReadOnly(True)
        self.sentence.setAcceptRichText(False)
        self.sentence.setFrameShape(QFrame.Shape.NoFrame)
        self.sentence.setMinimumHeight(60)
        self.sentence.setMaximumHeight(110)
        self.derived = plain_label()
        self.derived.setObjectName("derived")
        buttons_box = QWidget()
        buttons = FlowLayout(buttons_box)
        self.show_button = QPushButton("Show in article")
        self.show_button.clicked.connect(self.show_in_article)
        self.copy_button = QPushButton("Copy with citation")
        self.copy_button.clicked.connect(self.copy_requested)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.copy_button)
        self._content = QWidget()
        inner = QVBoxLayout(self._content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.statement)
        inner.addLayout(form)
        inner.addWidget(self.chips_box)
        inner.addWidget(_caption("Source sentence"))
        inner.addWidget(self.sentence)
        inner.addWidget(self.derived)
        inner.addWidget(buttons_box)
        layout.addWidget(self.placeholder)
        layout.addWidget(self._content)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_fact(None)

    def show_fact(self, fact: dict[str, Any] | None) -> None:
        self.fact = fact
        self.placeholder.setVisible(fact is None)
        self._content.setVisible(fact is not None)
        if fact is None:
            return
        self.statement.setText(fact["statement"])
        spelled = spell_value(fact["value"], fact["unit"], fact["qualifier"])
        self.value.setText(spelled or "—")
        self.period.setText(period_text(fact) or "—")
        self.topic.setText(f"{fact['topic'].capitalize()} · {fact['kind']}")
        self._show_review(fact)
        self._show_chips(fact)
        self._show_sentence(fact)
        self._show_derivation(fact)

    def set_review_actions(self, *actions: QAction) -> None:
        """Buttons for Accept, Edit… and Delete that follow the actions' state."""
        for action in actions:
            button = QToolButton()
            self._review_action_buttons.append(button)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.review_buttons.addWidget(button)

    def _show_review(self, fact: dict[str, Any]) -> None:
        self.review.setText(review_state(fact))
        if self._review_action_buttons:  # Accept only where there is something to accept
            self._review_action_buttons[0].setVisible(needs_review(fact))
        if needs_review(fact):
            colour = "#f0b040" if is_dark() else "#9a5b00"
            self.review.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
            self.review.setToolTip(
                "Found by the extractor and not checked yet: Accept (Ctrl+Enter), Edit (F2) or Delete"
            )
        else:
            self.review.setStyleSheet("")
            self.review.setToolTip("")

    def chip_texts(self) -> list[str]:
        return [
            item.widget().text()
            for i in range(self.chips.count())
            if (item := self.chips.itemAt(i)) is not None and item.widget() is not None
        ]

    def click_chip(self, text: str) -> None:
        for i in range(self.chips.count()):
            item = self.chips.itemAt(i)
            widget = item.widget() if item else None
            if isinstance(widget, QToolButton) and widget.text() == text:
                widget.click()
                return
        raise KeyError(text)

    def _show_chips(self, fact: dict[str, Any]) -> None:
        self.chips.clear()
        for entity_id in fact["entities"]:
            entity = self._catalog.entity(entity_id)
            if entity is None or entity["kind"] not in ("person", "place", "organization"):
                continue
            chip = QToolButton()
            chip.setText(entity["name"])
            chip.setAutoRaise(False)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            query = entity_query(entity)
            chip.setToolTip(f"{entity['kind'].capitalize()} — show facts matching {query}")
            chip.clicked.connect(lambda _=False, q=query: self.entity_clicked.emit(q))
            self.chips.addWidget(chip)
        self.chips_box.setVisible(self.chips.count() > 0)

    def _show_sentence(self, fact: dict[str, Any]) -> None:
        article = self._catalog.article(fact["article_id"])
        evidence = fact["evidence"]
        if not article:
            self.sentence.setPlainText(evidence["text"])
            start, end = 0, len(evidence["text"])
        else:
            text = article["text"]
            left, right = sentence_bounds(text, evidence["start"], evidence["end"])
            shown = text[left:right]
            lead = len(shown) - len(shown.lstrip("\n"))
            self.sentence.setPlainText(reflow(shown.strip("\n")))
            start, end = evidence["start"] - left - lead, evidence["end"] - left - lead
        cursor = QTextCursor(self.sentence.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark = QTextCharFormat()
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        mark.setBackground(tint(topic_colour(fact["topic"]), base, 0.55 if is_dark() else 0.45))
        cursor.mergeCharFormat(mark)

    def highlighted_evidence(self) -> str:
        """The text carrying the highlight, for tests and accessibility."""
        block = self.sentence.document().begin()
        parts = []
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                    parts.append(fragment.text())
                it += 1
            block = block.next()
        return "".join(parts)

    def _show_derivation(self, fact: dict[str, Any]) -> None:
        if not fact.get("formula") and not fact.get("derived_from"):
            self.derived.hide()
            return
        lines = [f"Derived: {fact['formula']}" if fact.get("formula") else "Derived"]
        for source_id in fact.get("derived_from") or []:
            source = self._store.fact(source_id)
            if source:
                lines.append(f"  from: {source['statement']}")
        self.derived.setText("\n".join(lines))
        self.derived.show()


def _caption(text: str) -> QLabel:
    label = plain_label(text, wrap=False)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label
