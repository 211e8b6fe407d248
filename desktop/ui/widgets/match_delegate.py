"""Marks the words that matched the search, like a highlighter pen over the text.

The cell is painted as usual first; translucent marks go on top, so the
selection colour, alternate rows and eliding all stay Qt's own.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.fact_text import match_spans


class MatchDelegate(QStyledItemDelegate):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.terms: list[str] = []

    def spans(self, text: str) -> list[tuple[int, int]]:
        return match_spans(text, self.terms)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        text = index.data()
        spans = self.spans(text) if self.terms and isinstance(text, str) else []
        if not spans:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        metrics = opt.fontMetrics
        elided = metrics.elidedText(text, opt.textElideMode, rect.width())
        visible = len(elided) if elided == text else max(0, len(elided) - 1)
        mark = QColor("#ffc928")
        mark.setAlpha(120)
        painter.save()
        painter.setClipRect(rect)
        for start, end in spans:
            if start >= visible:
                continue
            left = rect.left() + metrics.horizontalAdvance(text[:start])
            width = metrics.horizontalAdvance(text[start : min(end, visible)])
            painter.fillRect(QRect(left, rect.top() + 3, width, rect.height() - 6), mark)
        painter.restore()
