"""Marks the words that matched the search, like a highlighter pen over the text.

The cell is painted as Qt's own delegate paints it first; translucent marks go
on top, so the selection colour, alternate rows and eliding all stay Qt's own.
This runs for every visible statement on every paint, so it does what it can
once: the cell's data is read once (not once for Qt's paint and again for the
marks), and the statement elided to the cell's width, with where its marks
go, is remembered until the search changes. Qt is handed the elided text:
laying out a whole statement only to cut most of it off cost ~120 µs a cell.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.fact_text import match_spans

_KEPT = 2048
_TEXT = QStyle.SubElement.SE_ItemViewItemText
_ITEM = QStyle.ControlElement.CE_ItemViewItem
_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin

Marks = list[tuple[int, int]]  # (offset from the text's left edge, width) of each mark


class MatchDelegate(QStyledItemDelegate):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._terms: list[str] = []
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._fitted: dict[tuple[str, int], tuple[str, Marks]] = {}
        self._mark = QColor("#ffc928")
        self._mark.setAlpha(120)

    @property
    def terms(self) -> list[str]:
        return self._terms

    @terms.setter
    def terms(self, terms: list[str]) -> None:
        if terms != self._terms:
            self._terms = terms
            self._spans.clear()
            self._fitted.clear()

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the search's words start words of ``text`` (character offsets)."""
        spans = self._spans.get(text)
        if spans is None:
            if len(self._spans) >= _KEPT:
                self._spans.clear()
            spans = self._spans[text] = match_spans(text, self._terms)
        return spans

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(_TEXT, opt, widget)
        margin = style.pixelMetric(_MARGIN, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)  # where Qt draws the text
        text = opt.text
        key = (text, rect.width())
        fitted = self._fitted.get(key)
        if fitted is None:
            if len(self._fitted) >= _KEPT:
                self._fitted.clear()
            fitted = self._fitted[key] = self._fit(opt.fontMetrics, opt, text, rect.width())
        opt.text, marks = fitted
        # What QStyledItemDelegate.paint does, with the option it would have made.
        style.drawControl(_ITEM, opt, painter, widget)
        # The marks cover only the visible text, which fits the rect: no clip needed.
        left, top, height = rect.left(), rect.top() + 3, rect.height() - 6
        for offset, width in marks:
            painter.fillRect(QRect(left + offset, top, width, height), self._mark)

    def _fit(
        self, metrics: QFontMetrics, opt: QStyleOptionViewItem, text: str, width: int
    ) -> tuple[str, Marks]:
        """``text`` elided to ``width`` as Qt would, and its marks' places."""
        elided = metrics.elidedText(text, opt.textElideMode, width) if text else text
        spans = self.spans(text) if self._terms and text else []
        # The ellipsis stands for the last visible character onwards.
        visible = len(elided) if elided == text else max(0, len(elided) - 1)
        marks = [
            (
                metrics.horizontalAdvance(text[:start]),
                metrics.horizontalAdvance(text[start : min(end, visible)]),
            )
            for start, end in spans
            if start < visible
        ]
        return elided, marks
