"""The window at the sizes people use: what fits, what gives way, what is readable.

Each test looks at what a user would see: whether a cell's text is cut, whether
a button lies wholly inside its pane, whether a label on a bar can be read.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from ui_testing import fact_id, search_now

from desktop.ui.models.fact_table_model import FactTableModel as Columns
from desktop.ui.theme import contrast


def _resize(qtbot, window, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.main_split.width() == width, timeout=2000)
    for _ in range(3):  # nested layouts settle through posted events
        QApplication.processEvents()


def _select(qtbot, window, query: str, suffix: str) -> None:
    search_now(qtbot, window, query)
    rows = [window.model.fact_at(r)["id"] for r in range(window.model.rowCount())]
    window.table.select_row(rows.index(fact_id(suffix)))
    assert window.detail.fact["id"] == fact_id(suffix)
    QApplication.processEvents()


def _cut_cells(table, column: int) -> list[str]:
    """The texts of ``column`` that its width cuts short (elides)."""
    width = table.horizontalHeader().sectionSize(column)
    model = table.model()
    return [
        model.index(row, column).data()
        for row in range(model.rowCount())
        if table.sizeHintForIndex(model.index(row, column)).width() > width
    ]


def _cut_topics(sidebar) -> list[str]:
    """The sidebar's topics and groups whose names its width cuts short."""
    model = sidebar.model()
    topics = model.group("topics").index()
    indexes = [model.index(row, 0) for row in range(model.rowCount())]
    indexes += [model.index(row, 0, topics) for row in range(model.rowCount(topics))]
    return [
        index.data()
        for index in indexes
        if sidebar.sizeHintForIndex(index).width() > sidebar.visualRect(index).width()
    ]


def _rect_in(widget: QWidget, pane: QWidget) -> QRect:
    return QRect(widget.mapTo(pane, QPoint(0, 0)), widget.size())


def _across(widget: QWidget, pane: QWidget) -> bool:
    """Whether ``widget`` lies wholly within ``pane`` from left to right."""
    rect = _rect_in(widget, pane)
    return rect.left() >= 0 and rect.right() <= pane.width() - 1


def _labels_inside_the_plot(charts) -> None:
    view = charts.plot.getPlotItem().getViewBox()
    box = view.sceneBoundingRect()
    for label in charts.labels:
        if not label.shown:
            continue
        text = label.item.textItem.sceneBoundingRect()
        assert box.left() - 0.5 <= text.left(), label.shown
        assert text.right() <= box.right() + 0.5, label.shown
        if not label.elide:  # a number: whole or not at all, never cut
            assert label.shown == label.text


# -- 1. the table's columns --------------------------------------------------------


def test_columns_fit_their_content_and_the_statement_has_the_rest(qtbot, window) -> None:
    table, header = window.table, window.table.horizontalHeader()
    for column in (Columns.VALUE, Columns.PERIOD, Columns.TOPIC):
        assert _cut_cells(table, column) == []  # "Cooperation", "≈ $25 bn", "Jan–Sep 2023"
    search_now(qtbot, window, "kind:figure")
    assert "Jan–Sep 2023" in {window.model.index(r, Columns.PERIOD).data() for r in range(7)}
    for column in (Columns.VALUE, Columns.PERIOD):
        assert _cut_cells(table, column) == []
    # The value column is as wide as its widest usual value, not half empty.
    widest_value = max(
        table.sizeHintForIndex(window.model.index(r, Columns.VALUE)).width()
        for r in range(window.model.rowCount())
    )
    assert header.sectionSize(Columns.VALUE) <= widest_value + 16
    statement = header.sectionSize(Columns.STATEMENT)
    others = [header.sectionSize(c) for c in (Columns.VALUE, Columns.PERIOD, Columns.TOPIC)]
    assert statement >= 2.5 * max(others)
    assert statement >= 40 * table.fontMetrics().averageCharWidth()  # 40 letters at least
    assert header.length() <= table.viewport().width()  # nothing off to the right


def test_widths_the_user_sets_persist_and_a_narrow_window_does_not_shrink_them(
    qtbot, make_window
) -> None:
    first = make_window(restore=True)
    header = first.table.horizontalHeader()
    natural_source = header.sectionSize(Columns.SOURCE)
    header.resizeSection(Columns.VALUE, 150)  # what dragging the column's edge does
    _resize(qtbot, first, 1000, 650)  # the source gives way while the window is small
    assert header.sectionSize(Columns.SOURCE) < natural_source
    assert header.sectionSize(Columns.VALUE) == 150
    first.close()

    second = make_window(restore=True)
    _resize(qtbot, second, 1600, 1000)
    header = second.table.horizontalHeader()
    assert header.sectionSize(Columns.VALUE) == 150
    assert header.sectionSize(Columns.SOURCE) == natural_source  # as wide as it wants
    assert header.sectionResizeMode(Columns.STATEMENT) == header.ResizeMode.Stretch


# -- 2. a small window -------------------------------------------------------------


def test_a_small_window_keeps_every_column_and_button_in_view(qtbot, window) -> None:
    ratio = window.reader.width() / window.width()
    _select(qtbot, window, "topic:meetings", "meeting-tokayev-tuniyaz")
    _resize(qtbot, window, 1000, 650)
    # The panes shrink with the window: the reader does not keep its width.
    assert window.reader.width() / window.width() == pytest.approx(ratio, abs=0.03)
    assert window.sidebar.width() >= window.sidebar.minimumWidth()
    assert _cut_topics(window.sidebar) == []  # "Cooperation", "Investment"…

    table, header = window.table, window.table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    for column in range(header.count()):  # Topic and Source included
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= table.viewport().width(), window.model.COLUMNS[column]
    assert header.sectionSize(Columns.STATEMENT) >= 0.35 * table.viewport().width() - 1
    assert _cut_cells(table, Columns.VALUE) == [] and _cut_cells(table, Columns.PERIOD) == []

    detail = window.detail
    pane = detail.viewport()
    assert not detail.horizontalScrollBar().isVisible()
    heading = detail.statement
    assert heading.wordWrap() and _across(heading, pane)
    assert heading.height() >= heading.heightForWidth(heading.width())  # no line cut off
    buttons = [*detail.review_box.findChildren(QToolButton), detail.show_button, detail.copy_button]
    chips = detail.chips_box.findChildren(QWidget)
    for widget in [*buttons, *chips]:
        if widget.isVisible():
            assert _across(widget, pane), widget.text()


def test_chart_labels_fit_a_small_chart(qtbot, window) -> None:
    _resize(qtbot, window, 1000, 650)
    charts = window.charts
    for query, fact in (
        ("topic:trade", "xuar-trade-share-2023"),
        ("topic:investment", "investment-cumulative"),
        ("topic:meetings", "meeting-tokayev-tuniyaz"),
    ):
        _select(qtbot, window, query, fact)
        QApplication.processEvents()
        assert charts.isVisible() and charts.plot.width() < 320
        _labels_inside_the_plot(charts)
        shown = [label for label in charts.labels if label.fit != "inside"]
        assert all(label.shown for label in shown)  # cut to fit, never dropped
    # "President Kassym-Jomart…": wrapped, and the end elided where the room ends.
    first = charts.labels[0]
    assert first.shown != first.text and first.shown.rstrip().endswith("…")
    # Wider again: the same labels have more room and show more.
    _resize(qtbot, window, 1600, 1000)
    _labels_inside_the_plot(charts)
    assert " ".join(charts.labels[0].shown.split()) == first.text  # all of it, wrapped


def test_values_beside_their_bars_are_shown_whole(qtbot, window) -> None:
    _select(qtbot, window, "topic:trade", "trade-turnover-2023")
    charts = window.charts
    values = [label for label in charts.labels if label.fit == "right" and not label.elide]
    assert [label.shown.strip() for label in values] == ["$31.5 bn"]
    _resize(qtbot, window, 1000, 650)
    assert [label.shown.strip() for label in values] == ["$31.5 bn"]
    _labels_inside_the_plot(charts)


# -- 3. a fact without a chart -----------------------------------------------------


def test_a_fact_without_a_chart_gives_the_room_to_the_detail_pane(qtbot, window) -> None:
    _select(qtbot, window, "topic:trade", "trade-turnover-2023")
    charts, detail = window.charts, window.detail
    assert charts.isVisible()
    width = charts.width()
    _select(qtbot, window, "kind:quote", "quote-tokayev-urumqi")
    assert not charts.isVisible()
    assert detail.width() == window.bottom_split.width()
    pane = detail.viewport()
    for button in (detail.show_button, detail.copy_button):  # above the fold
        assert pane.rect().contains(_rect_in(button, pane))
    _select(qtbot, window, "topic:meetings", "meeting-tokayev-tuniyaz")
    assert charts.isVisible() and abs(charts.width() - width) <= 2
    # Hidden from the View menu, it stays hidden whatever the fact.
    window.actions.panes["charts"].trigger()
    _select(qtbot, window, "topic:trade", "trade-turnover-2023")
    assert not charts.isVisible()
    window.actions.panes["charts"].trigger()
    assert charts.isVisible()


class _Resizes(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.count += 1
        return False


def test_typing_never_moves_the_table_when_the_chart_pane_comes_and_goes(qtbot, window) -> None:
    table = window.table
    geometry = table.geometry()
    assert window.charts.isVisible()  # the first fact: a meeting, on its timeline
    window.charts.pause.setInterval(60_000)  # nobody pauses: the chart waits
    window.search.setFocus()
    for text in ("friendship", "met erkin", "friendship"):  # quote, meeting, quote
        window.search.clear()
        qtbot.keyClicks(window.search, text)
        qtbot.waitUntil(lambda: not window.search.pending and not window.after_paint.pending)
        # The pane waits for the chart, which waits for a pause: nothing moved.
        assert window.charts.pending and window.charts.isVisible()
        assert table.geometry() == geometry
    assert window.detail.fact["kind"] == "quote"
    resizes = _Resizes()
    table.viewport().installEventFilter(resizes)
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # they stop typing: now the chart
    assert not window.charts.pending and not window.charts.isVisible()
    QApplication.processEvents()
    assert table.geometry() == geometry and resizes.count == 0  # the table never moved
    table.viewport().removeEventFilter(resizes)


# -- 4. labels on bars -------------------------------------------------------------


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_labels_inside_bars_contrast_with_the_bar(qtbot, window, theme: str) -> None:
    window.actions.themes[theme].trigger()
    _select(qtbot, window, "topic:trade", "xuar-trade-share-2023")
    inside = [label for label in window.charts.labels if label.fit == "inside"]
    assert [label.text for label in inside] == ["$20.3 bn", "= $11.2 bn"]
    for label in inside:
        assert contrast(label.colour, label.background) >= 4.5, (label.text, theme)
    # The orange part takes dark text, its paler or darker rest whatever reads best.
    assert inside[0].colour.lightness() < 60
    window.actions.themes["light"].trigger()


def test_text_colour_on_picks_the_readable_one() -> None:
    from PySide6.QtGui import QColor

    from desktop.ui.theme import text_colour_on

    assert text_colour_on(QColor("#e8a33d")).lightness() < 60  # dark on orange
    assert text_colour_on(QColor("#f3d19e")).lightness() < 60  # dark on pale orange
    assert text_colour_on(QColor("#825f2e")).lightness() > 200  # light on brown
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)


# -- 5. the meetings timeline ------------------------------------------------------


def test_the_timeline_shows_meetings_only_with_even_margins(qtbot, window) -> None:
    from desktop.ui.widgets.chart_panel import DAY, _timestamp

    _select(qtbot, window, "topic:meetings", "meeting-tokayev-tuniyaz")
    charts = window.charts
    texts = [label.text for label in charts.labels]
    assert not any("Reported by" in text for text in texts)
    assert all(event.fact["kind"] == "event" for event in charts.spec.events)
    (x0, x1), _ = charts.plot.getPlotItem().getViewBox().viewRange()
    times = [_timestamp(event.date) for event in charts.spec.events]
    before, after = min(times) - x0, x1 - max(times)
    assert before == pytest.approx(after) and DAY <= before <= 2 * DAY
    _labels_inside_the_plot(charts)


# -- 6. starting with a topic ------------------------------------------------------


def test_starting_with_a_topic_looks_as_clicking_it_does(qtbot, make_window) -> None:
    started = make_window("", "investment")
    clicked = make_window()
    item = clicked.sidebar_model.topic_item("investment")
    rect = clicked.sidebar.visualRect(item.index())
    qtbot.mouseClick(clicked.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not clicked.busy, timeout=3000)
    for window in (started, clicked):
        assert window.topic == "investment"
        assert window.search.text() == ""  # a topic narrows the query; it is not one
        assert window.search.placeholderText().startswith("Search within topic:investment")
        assert (
            window.sidebar.currentIndex() == window.sidebar_model.topic_item("investment").index()
        )
        assert window.model.rowCount() == 7
    clicked.show_query('person:"Erkin Tuniyaz"')  # a query over all topics
    assert clicked.topic is None
    assert clicked.search.placeholderText().startswith("Search facts…")
