"""The article reader: the full text, every fact's evidence tinted by topic.

The text goes in with ``setPlainText`` (an article is never read as HTML) and
the highlights are ExtraSelections laid over it, so they cost nothing to
redraw when the selection moves. Hovering shows the fact; clicking a
highlighted passage asks the window to select that fact.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.store import Store
from desktop.ui.fact_text import reflow
from desktop.ui.theme import is_dark, tint, topic_colour
from desktop.ui.widgets.flow_layout import FlowLayout

Located = tuple[int, dict[str, Any]]  # (rowid, fact)


class ReaderText(QPlainTextEdit):
    """The text itself; knows which fact lies under a character."""

    fact_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName("Article text")
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setCenterOnScroll(True)  # so a fact near the end can still be centred
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.facts: list[Located] = []
        self.selected_id: str | None = None

    def fact_at(self, position: int) -> Located | None:
        """The narrowest evidence covering ``position``: the most specific fact."""
        covering = [
            (rowid, fact)
            for rowid, fact in self.facts
            if fact["evidence"]["start"] <= position < fact["evidence"]["end"]
        ]
        if not covering:
            return None
        return min(covering, key=lambda item: _span(item[1]))

    def _fact_under(self, point: Any) -> Located | None:
        return self.fact_at(self.cursorForPosition(point).position())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self._fact_under(event.pos())
            if found:
                fact = found[1]
                QToolTip.showText(
                    event.globalPos(), f"{fact['topic'].capitalize()}: {fact['statement']}", self
                )
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            found = self._fact_under(event.position().toPoint())
            if found:
                self.fact_clicked.emit(found[0])

    def repaint_highlights(self) -> None:
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        soft, strong = (0.38, 0.75) if is_dark() else (0.28, 0.65)
        selections = []
        chosen = None
        # Widest first, so narrower evidence inside a long quote stays visible on top.
        for _rowid, fact in sorted(self.facts, key=lambda f: _span(f[1]), reverse=True):
            if fact["id"] == self.selected_id:
                chosen = fact
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(tint(topic_colour(fact["topic"]), base, soft))
            selections.append(self._selection(fact, fmt))
        if chosen is not None:  # the selected fact is drawn last, so it is never covered
            fmt = QTextCharFormat()
            fmt.setBackground(tint(topic_colour(chosen["topic"]), base, strong))
            fmt.setFontUnderline(True)
            selections.append(self._selection(chosen, fmt))
        self.setExtraSelections(selections)

    def _selection(self, fact: dict[str, Any], fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.document())
        cursor.setPosition(fact["evidence"]["start"])
        cursor.setPosition(fact["evidence"]["end"], QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection


class ArticleView(QWidget):
    fact_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.legend_box = QWidget()
        self.legend = FlowLayout(self.legend_box, spacing=4)
        self.text = ReaderText()
        self.text.fact_clicked.connect(self.fact_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.legend_box)
        layout.addWidget(self.text, 1)
        self.article_id: str | None = None

    def load(self, store: Store, article: dict[str, Any] | None) -> None:
        """Show ``article`` with the evidence of all its facts in the store."""
        rowids = store.search(f"article:{article['id']}") if article else []
        self.set_article(article, list(zip(rowids, store.rows(rowids), strict=False)))

    def set_article(self, article: dict[str, Any] | None, facts: list[Located]) -> None:
        """Show ``article`` (plain text) with the evidence of ``facts`` tinted."""
        self.article_id = article["id"] if article else None
        header = ""
        if article:
            where = ", ".join(p for p in (article.get("place"), article.get("date")) if p)
            byline = " · ".join(p for p in (article.get("source"), where) if p)
            header = f"{article['title']}\n{byline}" if byline else article["title"]
        self.title.setText(header)
        self.text.setPlainText(reflow(article["text"]) if article else "")
        self.text.facts = facts
        self._fill_legend(sorted({fact["topic"] for _r, fact in facts}))
        self.text.repaint_highlights()

    def select_fact(self, fact: dict[str, Any] | None, scroll: bool = True) -> None:
        self.text.selected_id = fact["id"] if fact else None
        self.text.repaint_highlights()
        if fact and scroll and fact["article_id"] == self.article_id:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(fact["evidence"]["end"])
            self.text.setTextCursor(cursor)
            cursor.setPosition(fact["evidence"]["start"])
            self.text.setTextCursor(cursor)
            self.text.centerCursor()

    def rowid_of(self, fact_id: str) -> int | None:
        """The store rowid of a fact of this article (charts name facts by id)."""
        return next((r for r, fact in self.text.facts if fact["id"] == fact_id), None)

    def legend_topics(self) -> list[str]:
        return [
            item.widget().text()
            for i in range(self.legend.count())
            if (item := self.legend.itemAt(i)) is not None and item.widget() is not None
        ]

    def refresh_colours(self) -> None:
        self._fill_legend(sorted({fact["topic"] for _r, fact in self.text.facts}))
        self.text.repaint_highlights()

    def _fill_legend(self, topics: list[str]) -> None:
        self.legend.clear()
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        text = QApplication.palette().color(QPalette.ColorRole.Text)
        for topic in topics:
            swatch = QLabel(topic.capitalize())
            colour = tint(topic_colour(topic), base, 0.6 if is_dark() else 0.45)
            swatch.setStyleSheet(
                f"QLabel {{ background: {colour.name()}; color: {text.name()};"
                " border-radius: 3px; padding: 1px 6px; }"
            )
            swatch.setToolTip(f"Evidence of {topic} facts")
            self.legend.addWidget(swatch)


def _span(fact: dict[str, Any]) -> int:
    return fact["evidence"]["end"] - fact["evidence"]["start"]
