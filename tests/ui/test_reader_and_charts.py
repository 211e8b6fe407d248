"""The article reader (plain text, highlights, clicks) and the charts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from ui_testing import fact_id, search_now

from desktop.domain import Article, Evidence, Fact, Kind, Topic


def _select(qtbot, window, query: str, fid: str) -> None:
    search_now(qtbot, window, query)
    rows = [window.model.fact_at(r)["id"] for r in range(window.model.rowCount())]
    window.table.select_row(rows.index(fid))
    assert window.detail.fact["id"] == fid


def _click_text(qtbot, reader, position: int) -> None:
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position)
    reader.setTextCursor(cursor)
    reader.ensureCursorVisible()
    point = reader.cursorRect(cursor).center() + QPoint(2, 0)
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_reader_shows_the_article_with_every_fact_highlighted(window) -> None:
    reader = window.reader
    article = window.store.article("7f242fc889ef2bf1")
    assert reader.text.toPlainText() == article["text"]
    assert len(reader.text.extraSelections()) == 34
    assert reader.legend_topics() == [
        "Cooperation",
        "Economy",
        "Geography",
        "Investment",
        "Meetings",
        "Officials",
        "Trade",
    ]
    assert "Akorda press service · Astana, 2024-03-27" in reader.title.text()


def test_reader_never_interprets_html(qtbot, ui_store, make_window) -> None:
    text = "A <b>bold</b> claim & <script>alert(1)</script> about 7 tonnes."
    article = Article(id="html1", text=text, title="<i>Markup</i> test", date="2024-01-02")
    evidence = Evidence.locate(text, "<b>bold</b> claim")
    fact = Fact(
        id="html1-f",
        article_id="html1",
        topic=Topic.TRADE,
        kind=Kind.STATEMENT,
        statement="A <b>bold</b> claim.",
        evidence=evidence,
    )
    ui_store.add_article(article, [], [fact])
    window = make_window("markup OR claim")
    _select(qtbot, window, "claim", "html1-f")
    assert window.reader.text.toPlainText() == text
    assert "<i>Markup</i> test" in window.reader.title.text()
    assert window.detail.statement.text() == "A <b>bold</b> claim."
    assert window.detail.highlighted_evidence() == "<b>bold</b> claim"


def test_selecting_a_fact_scrolls_the_reader_to_it(qtbot, window) -> None:
    fid = fact_id("statement-bektenov-diversification")
    _select(qtbot, window, "diversifying", fid)
    reader = window.reader.text
    assert reader.selected_id == fid
    assert reader.textCursor().position() == window.detail.fact["evidence"]["start"]
    assert reader.verticalScrollBar().value() > 0
    last = reader.extraSelections()[-1]
    assert last.format.fontUnderline()  # the chosen fact is drawn last, underlined


def test_clicking_highlighted_text_selects_its_fact(qtbot, window) -> None:
    target = window.store.fact(fact_id("investment-direct-growth"))
    _click_text(qtbot, window.reader.text, target["evidence"]["start"] + 5)
    assert window.detail.fact["id"] == target["id"]
    assert window.model.fact_at(window.table.current_row())["id"] == target["id"]


def test_clicking_a_fact_outside_the_search_shows_it_and_says_so(qtbot, window) -> None:
    search_now(qtbot, window, "topic:trade")
    target = window.store.fact(fact_id("investment-direct-growth"))
    _click_text(qtbot, window.reader.text, target["evidence"]["start"] + 5)
    assert window.detail.fact["id"] == target["id"]
    assert window.table.current_row() == -1
    assert "outside the current search" in window.statusBar().currentMessage()


def test_hovering_highlighted_text_shows_the_fact(qtbot, window) -> None:
    reader = window.reader.text
    target = window.store.fact(fact_id("projects-count"))
    cursor = QTextCursor(reader.document())
    cursor.setPosition(target["evidence"]["start"] + 20)
    reader.setTextCursor(cursor)
    reader.ensureCursorVisible()
    point = reader.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, reader.viewport().mapToGlobal(point))
    QApplication.sendEvent(reader.viewport(), event)
    assert "The list of joint Kazakh-Chinese projects holds 45 projects." in QToolTip.text()


def test_trade_chart_follows_the_selection(qtbot, window) -> None:
    _select(qtbot, window, "topic:trade", fact_id("xuar-trade-share-2023"))
    charts = window.charts
    assert charts.loaded and charts.stack.currentWidget() is charts.plot
    assert charts.title.text() == "Trade turnover 2023"
    labels = {bar.label: bar.text for bar in charts.spec.bars}
    assert labels["Xinjiang"] == "$20.3 bn" and labels["Outside Xinjiang"] == "= $11.2 bn"
    assert charts.plot.getAxis("bottom").labelText == "Trade turnover (USD bn)"
    _select(qtbot, window, "", fact_id("quote-tuniyaz-friendship"))
    assert charts.stack.currentWidget() is charts.message
    assert charts.message.text() == "No chart for cooperation facts."


def _bar_point(charts, bar) -> QPoint:
    view = charts.plot.getPlotItem().getViewBox()
    x = (bar.left + bar.value / 2) / charts.spec.scale
    scene = view.mapViewToScene(QPointF(x, bar.row + 0.06))
    return charts.plot.mapFromScene(scene)


def test_bars_have_tooltips_and_select_their_fact_when_clicked(qtbot, window) -> None:
    _select(qtbot, window, "topic:trade", fact_id("trade-turnover-2023"))
    charts = window.charts
    outside = next(b for b in charts.spec.bars if b.label == "Outside Xinjiang")
    point = _bar_point(charts, outside)
    qtbot.mouseMove(charts.plot.viewport(), point)
    qtbot.waitUntil(lambda: "$11.2 bn" in charts.plot.toolTip(), timeout=2000)
    assert "trade with China outside Xinjiang came to $11.2 billion" in charts.plot.toolTip()
    qtbot.mouseClick(charts.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.detail.fact["id"] == fact_id("derived-trade-outside-xuar")


def test_timeline_for_meetings_and_dark_theme(qtbot, window) -> None:
    _select(qtbot, window, "topic:meetings", fact_id("meeting-tokayev-tuniyaz"))
    charts = window.charts
    assert charts.spec.kind == "timeline"
    assert [e.date for e in charts.spec.events] == ["2024-03-26", "2024-03-26"]
    assert charts.plot.getAxis("bottom").labelText == "Date (March 2024)"
    window.actions.themes["dark"].trigger()
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 80
    assert charts.plot.backgroundBrush().color() == base
    window.actions.themes["light"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 200


def test_while_typing_the_chart_waits_for_a_pause(qtbot, window) -> None:
    """A keystroke's detail pane is drawn after the table; its chart waits until
    the person pauses, or at once when they press Down, Enter or click."""
    window.charts.pause.setInterval(60_000)  # a long pause: nothing but Down draws it
    before = window.charts.spec
    window.search.setFocus()
    qtbot.keyClicks(window.search, "urum")
    qtbot.waitUntil(lambda: not window.search.pending and not window.after_paint.pending)
    shown = window.detail.fact
    assert shown is not None and shown["id"] != before.selected_id
    assert window.charts.pending and window.charts.spec == before
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert not window.charts.pending and window.charts.spec.selected_id == shown["id"]
