"""Small charts that follow the selection, drawn with pyqtgraph.

pyqtgraph (and numpy under it) is imported by :meth:`ChartPanel.load`, which
the window calls after its first paint: the window appears first, the chart a
moment later. Until then, and for topics without a chart, a label explains.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.ui.charts_data import Bar, ChartSpec, Event
from desktop.ui.theme import tint, topic_colour

DAY = 86400.0


def _timestamp(date: str) -> float:
    return datetime.fromisoformat(date).replace(tzinfo=UTC).timestamp()


class ChartPanel(QWidget):
    fact_clicked = Signal(str)  # a fact id
    ready = Signal()
    #: While the person types, the chart follows once they pause this long.
    PAUSE_MS = 150

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("charts")
        self.setAccessibleName("Chart")
        self.spec = ChartSpec("none", message="Select a fact to see its chart.")
        self.plot: Any = None
        self._pg: Any = None
        self._hit_boxes: list[tuple[float, float, float, float, Bar | Event]] = []
        #: One bottom axis per chart kind ("bars", "timeline"), made once, swapped in.
        self._axes: dict[str, Any] = {}
        self._later: Callable[[], ChartSpec] | None = None
        #: The timer a waiting chart is drawn on.
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(self.PAUSE_MS)
        self.pause.timeout.connect(self.flush)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.message = QLabel("Loading chart…")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)

    @property
    def loaded(self) -> bool:
        return self.plot is not None

    def load(self) -> None:
        """Import pyqtgraph and build the plot; a no-op the second time."""
        if self.loaded:
            return
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=True)
        self._pg = pg
        self.plot = pg.PlotWidget()
        self.plot.setObjectName("plot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(140)
        scene = self.plot.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)
        self.stack.addWidget(self.plot)
        self._draw()
        self.ready.emit()

    def show_spec(self, spec: ChartSpec) -> None:
        self.cancel()
        self.spec = spec
        self._draw()

    def show_later(self, make: Callable[[], ChartSpec]) -> None:
        """Draw ``make()`` once the person pauses typing (``PAUSE_MS``).

        Building and painting a chart takes 20-30 ms of the UI thread; on every
        keystroke that changed the first match, that was time the next keystroke
        and the sidebar's numbers waited for, for a chart nobody looks at while
        typing.
        """
        self._later = make
        self.pause.start()

    def postpone(self) -> None:
        """A keystroke: a chart waiting for a pause waits for the next one."""
        if self._later is not None:
            self.pause.start()

    def flush(self) -> None:
        """Draw a waiting chart now (the person stopped typing: Enter, Down, a click)."""
        if self._later is not None:
            self.show_spec(self._later())

    def cancel(self) -> None:
        """Forget a waiting chart (the window closes, and the store with it)."""
        self._later = None
        self.pause.stop()

    @property
    def pending(self) -> bool:
        return self._later is not None

    def refresh_colours(self) -> None:
        self._draw()

    # -- drawing ------------------------------------------------------------------

    def _draw(self) -> None:
        spec = self.spec
        self.title.setText(spec.title)
        self._hit_boxes = []
        if spec.kind == "none" or not self.loaded:
            self.message.setText(spec.message if self.loaded else "Loading chart…")
            self.stack.setCurrentWidget(self.message)
            return
        palette = QApplication.palette()
        fg = palette.color(QPalette.ColorRole.Text)
        self.plot.clear()
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(self._pg.mkPen(fg))
            axis.setTextPen(self._pg.mkPen(fg))
        if spec.kind == "bars":
            self._draw_bars(spec, fg)
        else:
            self._draw_timeline(spec, fg)
        # pyqtgraph tells an axis the view's range only when that range changes (or
        # the view is resized). The next fact of the same article draws the same
        # chart in the same range, so an axis just swapped in kept its default 0-1
        # ticks under bars drawn to the real scale. Tell it, every time.
        self.plot.getAxis("bottom").linkedViewChanged(self.plot.getViewBox())
        self.stack.setCurrentWidget(self.plot)

    def _prepare(self, fg: QColor, kind: str, label: str) -> None:
        """The kind's bottom axis in the theme's text colour; rows are labelled in the
        plot itself. An axis is swapped in only when the chart's kind changes."""
        pg, plot = self._pg, self.plot
        axis = self._axes.get(kind)
        if axis is None:
            make = pg.DateAxisItem if kind == "timeline" else pg.AxisItem
            axis = self._axes[kind] = make("bottom")
        if plot.getAxis("bottom") is not axis:
            plot.getPlotItem().setAxisItems({"bottom": axis})
        plot.hideAxis("left")
        bottom = plot.getAxis("bottom")
        bottom.setPen(pg.mkPen(fg))
        bottom.setTextPen(pg.mkPen(fg))
        plot.setLabel("bottom", label, color=fg.name())
        plot.getPlotItem().invertY(True)

    def _text(self, text: str, fg: QColor, x: float, y: float, anchor: tuple[float, float]) -> Any:
        item = self._pg.TextItem(text, color=fg, anchor=anchor)
        item.setPos(x, y)
        self.plot.addItem(item)
        return item

    def _draw_bars(self, spec: ChartSpec, fg: QColor) -> None:
        pg, plot = self._pg, self.plot
        self._prepare(fg, "bars", spec.axis)
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        for row, title in enumerate(spec.rows):
            self._text(title, fg, 0, row - 0.24, (0, 1))
        shades: dict[int, int] = {}
        for bar in spec.bars:
            shade = shades.get(bar.row, 0)
            shades[bar.row] = shade + 1
            colour = topic_colour(bar.fact["topic"])
            if shade:
                colour = tint(colour, base, 0.5)
            selected = bar.fact["id"] == spec.selected_id
            pen = pg.mkPen(fg, width=2.5) if selected else pg.mkPen(colour.darker(125))
            left, width = bar.left / spec.scale, bar.value / spec.scale
            plot.addItem(
                pg.BarGraphItem(
                    x0=[left], y=[bar.row + 0.06], height=0.42, width=[width], brush=colour, pen=pen
                )
            )
            self._hit_boxes.append((left, left + width, bar.row - 0.15, bar.row + 0.27, bar))
            if _row_is_split(spec, bar.row):  # parts of a whole: the value inside each part
                self._text(bar.text, fg, left + width / 2, bar.row + 0.06, (0.5, 0.5))
            else:
                self._text(f" {bar.text}", fg, left + width, bar.row + 0.06, (0, 0.5))
        widest = max(((b.left + b.value) / spec.scale for b in spec.bars), default=1.0)
        plot.setXRange(0, widest * 1.35, padding=0)
        plot.setYRange(-0.75, len(spec.rows) - 0.35, padding=0)

    def _draw_timeline(self, spec: ChartSpec, fg: QColor) -> None:
        pg, plot = self._pg, self.plot
        self._prepare(fg, "timeline", spec.axis)
        times = [_timestamp(e.date) for e in spec.events]
        for row, (event, ts) in enumerate(zip(spec.events, times, strict=True)):
            colour = topic_colour(event.fact["topic"]) if event.fact else fg
            selected = event.fact is not None and event.fact["id"] == spec.selected_id
            plot.plot(
                [ts],
                [row],
                pen=None,
                symbol="o" if event.fact else "d",
                symbolSize=15 if selected else 11,
                symbolBrush=colour,
                symbolPen=pg.mkPen(fg, width=2.5 if selected else 1),
            )
            text = textwrap.fill(f"{event.date}: {event.label}", 34)
            self._text(text, fg, ts - 0.1 * DAY, row - 0.12, (0, 1))
            self._hit_boxes.append((ts - 0.2 * DAY, ts + 0.2 * DAY, row - 0.4, row + 0.3, event))
        first, last = min(times), max(times)
        plot.setXRange(first - 0.4 * DAY, last + max(4 * DAY, 1.5 * (last - first)), padding=0)
        plot.setYRange(-1.0, len(spec.events) - 0.5, padding=0)

    # -- hovering and clicking ----------------------------------------------------

    def item_at(self, x: float, y: float) -> Bar | Event | None:
        """The bar or event at data coordinates ``(x, y)``."""
        for x0, x1, y0, y1, item in self._hit_boxes:
            if x0 <= x <= x1 and y0 <= y <= y1:
                return item
        return None

    @staticmethod
    def tooltip_for(item: Bar | Event) -> str:
        fact = item.fact
        if isinstance(item, Bar):
            return f"{item.label}: {item.text}\n{fact['statement']}"
        if fact is None:
            return f"{item.date}: {item.label}"
        return f"{item.date}: {fact['statement']}"

    def _data_point(self, scene_pos: QPointF) -> QPointF | None:
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        return view.mapSceneToView(scene_pos)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        point = self._data_point(scene_pos)
        item = self.item_at(point.x(), point.y()) if point is not None else None
        self.plot.setToolTip(self.tooltip_for(item) if item else "")

    def _on_mouse_clicked(self, event: Any) -> None:
        point = self._data_point(event.scenePos())
        item = self.item_at(point.x(), point.y()) if point is not None else None
        if item is not None and item.fact is not None:
            self.fact_clicked.emit(item.fact["id"])


def _row_is_split(spec: ChartSpec, row: int) -> bool:
    return sum(1 for b in spec.bars if b.row == row) > 1
