"""Small charts that follow the selection, drawn with pyqtgraph.

pyqtgraph (and numpy under it) is imported by :meth:`ChartPanel.load`, which
the window calls after its first paint: the window appears first, the chart a
moment later. Until then a label explains; a fact with no chart (a quote, a
cooperation statement) hides the panel, so the detail pane gets its room
(``has_chart_changed``).

Labels are laid out in pixels, not in the plot's units: each is wrapped and
elided to the room it has at the panel's current size, again whenever the plot
is resized, and a label inside a bar takes dark or light text by the bar's
colour.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.ui.charts_data import Bar, ChartSpec, Event
from desktop.ui.theme import text_colour_on, tint, topic_colour

DAY = 86400.0
#: Pixels kept free between a label and the plot's edge or a bar's end.
GAP = 4.0
#: A bar keeps at least this share of the plot's width, whatever its label needs.
MIN_BAR_SHARE = 0.55


@dataclass(slots=True)
class Label:
    """A text drawn in the plot, fitted to the room it has at the plot's size.

    ``fit`` says where that room is: ``"right"`` from ``x`` to the plot's right
    edge; ``"inside"`` within its bar, from ``start`` to ``end``; ``"above"``
    its marker, centred on ``x`` as far as the plot's edges let it, up to the
    whole width. A number (``elide=False``) is shown whole or not at all.
    """

    item: Any  # a pyqtgraph TextItem
    text: str  # all of it; the item shows what fits
    x: float
    y: float
    fit: str
    start: float = 0.0
    end: float = 0.0
    lines: int = 1
    elide: bool = True
    background: QColor | None = None  # the bar under a label inside it

    @property
    def shown(self) -> str:
        return str(self.item.toPlainText())

    @property
    def colour(self) -> QColor:
        return QColor(self.item.color)


def _timestamp(date: str) -> float:
    return datetime.fromisoformat(date).replace(tzinfo=UTC).timestamp()


class ChartPanel(QWidget):
    fact_clicked = Signal(str)  # a fact id
    ready = Signal()
    has_chart_changed = Signal(bool)  # the selected fact has a chart (or no longer has)
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
        self.labels: list[Label] = []
        self._had_chart = False
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
        self.plot.getViewBox().sigResized.connect(self.fit_labels)
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

    @property
    def has_chart(self) -> bool:
        """Whether the fact shown has a chart (else the panel has only a message)."""
        return self.spec.kind != "none"

    def refresh_colours(self) -> None:
        self._draw()

    # -- drawing ------------------------------------------------------------------

    def _draw(self) -> None:
        spec = self.spec
        self.title.setText(spec.title)
        self._hit_boxes = []
        self.labels = []
        if spec.kind == "none" or not self.loaded:
            self.message.setText(spec.message if self.loaded else "Loading chart…")
            self.stack.setCurrentWidget(self.message)
        else:
            self._draw_plot(spec)
        if self.has_chart != self._had_chart:
            self._had_chart = self.has_chart
            self.has_chart_changed.emit(self.has_chart)

    def _draw_plot(self, spec: ChartSpec) -> None:
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
        self.fit_labels()
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

    def _label(
        self, text: str, colour: QColor, x: float, y: float, anchor: tuple[float, float], **fit: Any
    ) -> None:
        """A text at ``(x, y)``; ``fit`` (see :class:`Label`) says how it fits."""
        item = self._pg.TextItem(text, color=colour, anchor=anchor)
        item.setPos(x, y)
        self.plot.addItem(item)
        self.labels.append(Label(item, text, x, y, **fit))

    def _draw_bars(self, spec: ChartSpec, fg: QColor) -> None:
        pg, plot = self._pg, self.plot
        self._prepare(fg, "bars", spec.axis)
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        for row, title in enumerate(spec.rows):
            self._label(title, fg, 0, row - 0.24, (0, 1), fit="right")
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
            y = bar.row + 0.06
            if _row_is_split(spec, bar.row):  # parts of a whole: the value inside each part
                ink = text_colour_on(colour)  # dark on a light bar, light on a dark one
                self._label(
                    bar.text,
                    ink,
                    left + width / 2,
                    y,
                    (0.5, 0.5),
                    fit="inside",
                    start=left,
                    end=left + width,
                    elide=False,
                    background=colour,
                )
            else:
                self._label(f" {bar.text}", fg, left + width, y, (0, 0.5), fit="right", elide=False)
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
            text = f"{event.date}: {event.label}"
            self._label(text, fg, ts, row - 0.12, (0, 1), fit="above", lines=3)
            self._hit_boxes.append((ts - 0.2 * DAY, ts + 0.2 * DAY, row - 0.4, row + 0.3, event))
        first, last = min(times), max(times)
        # The same margin both sides: the day before and after one day's events, a
        # tenth of the span around a longer one (the labels fit themselves to the room).
        pad = max(1.5 * DAY, 0.1 * (last - first))
        plot.setXRange(first - pad, last + pad, padding=0)
        plot.setYRange(-1.0, len(spec.events) - 0.5, padding=0)

    # -- fitting labels to the plot's size -----------------------------------------

    def fit_labels(self) -> None:
        """Wrap, elide and place every label for the plot's size now (and, for bars,
        widen the range so each value fits beside its bar)."""
        if not self.loaded or not self.labels:
            return
        view = self.plot.getViewBox()
        width = view.width()
        if width < 2 * GAP + 10:
            return  # not laid out yet: the resize that comes fits them
        if self.spec.kind == "bars":
            self._fit_bar_range(width)
        (x0, x1), (y0, y1) = view.viewRange()
        scale = width / (x1 - x0) if x1 > x0 else 1.0
        row_height = view.height() / (y1 - y0) if y1 > y0 else 0.0
        for label in self.labels:
            left = (label.x - x0) * scale
            metrics = QFontMetricsF(label.item.textItem.font())
            margin = 2 * label.item.textItem.document().documentMargin()
            lines = label.lines
            if label.fit == "inside":
                room = (label.end - label.start) * scale - 2 * GAP
            elif label.fit == "right":
                room = width - left - GAP
            else:  # above its marker: below the row above (its marker: 8 px)
                room = width - 2 * GAP
                free = 0.88 * row_height - 8 - margin
                lines = max(1, min(lines, int(free / metrics.lineSpacing())))
            text = fit_text(label.text, metrics, room - margin, lines, elide=label.elide)
            if text != label.shown:
                label.item.setText(text)
            if label.fit == "above":
                shown = label.item.textItem.boundingRect().width()
                start = max(GAP, min(left - shown / 2, width - GAP - shown))  # centred
                label.item.setPos(x0 + start / scale, label.y)

    def _fit_bar_range(self, width: float) -> None:
        """The value range, wide enough for each value label beside its bar."""
        spec = self.spec
        widest = max(((b.left + b.value) / spec.scale for b in spec.bars), default=1.0)
        right = widest * 1.05
        for label in self.labels:
            if label.fit != "right" or label.elide:
                continue  # a row's title: it is elided instead
            metrics = QFontMetricsF(label.item.textItem.font())
            needed = metrics.horizontalAdvance(label.text) + GAP + 2  # (+2: rounding)
            needed += 2 * label.item.textItem.document().documentMargin()
            share = max(MIN_BAR_SHARE, 1.0 - needed / width)
            right = max(right, label.x / share)
        self.plot.setXRange(0, right, padding=0)

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


def fit_text(text: str, metrics: QFontMetricsF, room: float, lines: int, *, elide: bool) -> str:
    """``text`` in at most ``lines`` lines no wider than ``room`` pixels, wrapped at
    spaces, the last line elided (or, if ``elide`` is false, all of it or nothing)."""
    if metrics.horizontalAdvance(text) <= room:
        return text
    if not elide or room < metrics.horizontalAdvance("…"):
        return ""

    def fitted(part: str) -> str:
        return metrics.elidedText(part, Qt.TextElideMode.ElideRight, room)

    words = text.split()
    done: list[str] = []
    index = 0
    while index < len(words) and len(done) < lines - 1:
        line = words[index]
        index += 1
        while index < len(words) and metrics.horizontalAdvance(f"{line} {words[index]}") <= room:
            line = f"{line} {words[index]}"
            index += 1
        done.append(fitted(line))
    if index < len(words):
        done.append(fitted(" ".join(words[index:])))
    return "\n".join(done)
