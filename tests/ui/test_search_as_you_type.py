"""Search as you type: debounce, bad queries, no matches, keyboard paths."""

from __future__ import annotations

from array import array

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_testing import search_now, statements

from desktop.ui.fact_text import fold


def test_a_burst_of_keystrokes_runs_one_search(qtbot, window, monkeypatch) -> None:
    calls: list[str] = []
    run = window.state.run
    monkeypatch.setattr(window.state, "run", lambda q, t, g=None: calls.append(q) or run(q, t, g))
    window.search.setFocus()
    qtbot.keyClicks(window.search, "tuniyaz")
    assert window.search.pending and window.model.rowCount() == 34  # not yet
    qtbot.waitUntil(lambda: not window.search.pending, timeout=2000)
    assert calls == ["tuniyaz"]
    assert window.model.rowCount() == window.store.count("tuniyaz") == 10


def test_invalid_query_is_marked_and_keeps_the_last_results(qtbot, window) -> None:
    search_now(qtbot, window, "trade")
    shown = statements(window)
    qtbot.keyClicks(window.search, " topic:nonsense")
    qtbot.waitUntil(lambda: not window.search.pending, timeout=2000)
    assert window.search.property("invalid") is True
    assert "Unknown topic “nonsense”" in window.search.toolTip()
    assert "border" in window.search.styleSheet()
    assert statements(window) == shown
    search_now(qtbot, window, "topic:trade")
    assert window.search.property("invalid") is False
    assert window.search.styleSheet() == ""
    assert window.model.rowCount() == 7


def test_no_match_says_so_and_offers_to_clear(qtbot, window) -> None:
    search_now(qtbot, window, "xyzzy")
    assert window.results.currentWidget() is window.empty
    assert window.empty.label.text() == "No facts match “xyzzy”."
    assert window.status.text().startswith("0 of 34 facts")
    qtbot.mouseClick(window.empty.clear_button, Qt.MouseButton.LeftButton)
    assert window.search.text() == ""
    assert window.results.currentWidget() is window.table
    assert window.model.rowCount() == 34


def test_ctrl_f_and_ctrl_k_focus_the_field(qtbot, window) -> None:
    window.activateWindow()
    for key in (Qt.Key.Key_F, Qt.Key.Key_K):
        window.table.setFocus()
        qtbot.waitUntil(window.table.hasFocus, timeout=2000)
        qtbot.keyClick(window.table, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(window.search.hasFocus, timeout=2000)


def test_escape_clears_and_down_moves_into_the_table(qtbot, window) -> None:
    search_now(qtbot, window, "invest")
    assert window.model.rowCount() == window.store.count("invest")
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == "" and window.model.rowCount() == 34
    window.search.setFocus()
    qtbot.keyClicks(window.search, "metallurgy")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # before the timer: searches first
    assert window.table.hasFocus()
    assert window.model.rowCount() == window.store.count("metallurgy") == 2
    assert window.table.current_row() == 0
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.current_row() == 1
    assert window.detail.fact == window.model.fact_at(1)


def test_enter_opens_the_detail_of_the_first_match(qtbot, window) -> None:
    window.set_pane_visible("reader", False)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "partnership")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert not window.search.pending
    assert window.detail.fact["statement"].startswith("Tuniyaz said China and Kazakhstan")
    assert window.reader.isVisible()
    assert window.reader.text.selected_id == window.detail.fact["id"]


def test_non_ascii_typing_finds_accented_names(qtbot, window) -> None:
    window.search.setFocus()
    for ch in "Ürümqi":
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            window.search,
            Qt.Key.Key_unknown,
            ch,
            Qt.KeyboardModifier.NoModifier,
        )
    assert window.search.text() == "Ürümqi"
    qtbot.waitUntil(lambda: not window.search.pending, timeout=2000)
    assert window.model.rowCount() == 2
    search_now(qtbot, window, "urum")
    assert window.model.rowCount() == 2


def test_stale_results_are_discarded(window) -> None:
    stale = window.state.run("tokayev", None)
    window.state.request()  # a newer search has been asked for meanwhile
    window._apply(stale)
    assert window.model.rowCount() == 34


def test_a_big_result_shows_its_first_page_then_grows(qtbot, window) -> None:
    window.state.page = 5  # as if the store held a million facts
    search_now(qtbot, window, "trade")
    assert window.model.rowCount() in (5, 9)  # the worker may already have answered
    qtbot.waitUntil(lambda: window.model.rowCount() == 9, timeout=5000)
    assert window.status.text().startswith("9 of 34 facts")
    assert window.table.current_row() == 0  # the selection survived the growth
    trade = window.sidebar_model.topic_item("trade")
    count = window.sidebar_model.itemFromIndex(trade.index().siblingAtColumn(1))
    qtbot.waitUntil(lambda: count.text() == "7", timeout=5000)


def test_sidebar_counts_come_capped_then_exact(qtbot, window, monkeypatch) -> None:
    """On a big store the sidebar first says "1,000+" and the exact numbers follow."""
    from desktop.ui import sidebar_counts

    monkeypatch.setattr(sidebar_counts, "CAP", 3)  # as if the store held a million facts
    seen = []
    window.background.counted.connect(lambda _generation, counts: seen.append(counts))
    search_now(qtbot, window, "trade")  # waits until the counts are exact
    trade = window.sidebar_model.topic_item("trade")
    count = window.sidebar_model.itemFromIndex(trade.index().siblingAtColumn(1))
    assert count.text() == "7" and not window.counts_pending
    capped = [c.topics for c in seen if not c.exact]
    assert capped and capped[-1].label("trade") == "3+" and capped[-1]["cooperation"] == 2
    assert seen[-1].exact and seen[-1].topics["trade"] == 7


def test_late_full_results_of_an_old_search_are_dropped(qtbot, window) -> None:
    window.state.page = 5
    search_now(qtbot, window, "trade")
    old = window.last_result.generation
    window.state.page = 500
    search_now(qtbot, window, "urum")
    window._on_full_results(old, list(range(1, 35)))
    assert window.model.rowCount() == 2


def test_an_invalid_saved_query_still_opens_on_all_facts(make_window) -> None:
    window = make_window("value>abc")
    assert window.search.property("invalid") is True
    assert "not a number" in window.search.toolTip()
    assert window.model.rowCount() == 34


def test_starting_on_a_search_without_matches_still_shows_the_article(make_window) -> None:
    window = make_window("xyzzy")
    assert window.results.currentWidget() is window.empty
    assert window.reader.text.toPlainText().startswith("ASTANA—")
    assert window.detail.fact is None


def test_a_typed_search_draws_the_table_first_then_detail_and_counts(
    qtbot, window, monkeypatch
) -> None:
    """The detail pane and the worker's request wait for the table's paint; a newer
    search replaces the waiting work of an older one, so only the latest is asked
    and the sidebar only ever shows its numbers."""
    asked: list[int] = []
    submit = window.background.submit
    monkeypatch.setattr(
        window.background,
        "submit",
        lambda g, *rest, **kw: asked.append(g) or submit(g, *rest, **kw),
    )
    shown = []
    show = window.sidebar_model.set_counts
    monkeypatch.setattr(window.sidebar_model, "set_counts", lambda c: shown.append(c) or show(c))
    window._on_search_requested("trade")
    window._on_search_requested("urum")
    assert window.model.rowCount() == 2 and window.busy and asked == []
    qtbot.waitUntil(lambda: not window.busy and not window.counts_pending, timeout=3000)
    assert asked == [window.last_result.generation]
    assert window.detail.fact == window.model.fact_at(window.table.current_row())
    assert "urum" in fold(window.detail.fact["statement"])
    urum = window.store.topic_counts("urum")
    assert shown and all(counts.topics == urum for counts in shown)


def test_the_model_keeps_a_full_list_as_an_array(qtbot, window) -> None:
    window.state.page = 5
    search_now(qtbot, window, "trade")
    qtbot.waitUntil(lambda: window.last_result.complete, timeout=3000)
    assert window.model.rowids() == window.store.search("trade")
    assert len(window.model.rowids()) > 5


def test_a_search_too_slow_for_the_window_is_finished_by_the_worker(
    qtbot, window, monkeypatch
) -> None:
    """At a million facts "value>1e12" scans the table (~300 ms): the window's thread
    gives up on it at once, keeps the table it shows, and the worker answers."""
    from desktop.store import database

    monkeypatch.setattr(database, "_DEADLINE_STEPS", 1)  # every search is "too slow"
    monkeypatch.setattr(window.state, "budget_ms", 0.0)
    meanwhile: list[tuple[int, str]] = []
    hand_over = window._search_in_background

    def watched(result) -> None:
        hand_over(result)
        meanwhile.append((window.model.rowCount(), window.status.text()))

    monkeypatch.setattr(window, "_search_in_background", watched)
    search_now(qtbot, window, "tuniyaz")
    qtbot.waitUntil(lambda: not window.busy, timeout=5000)
    assert meanwhile == [(34, "Searching 34 facts…")]  # the last results stay meanwhile
    assert window.model.rowCount() == window.store.count("tuniyaz") == 10
    assert window.status.text().startswith("10 of 34 facts")
    search_now(qtbot, window, "xyzzy")
    qtbot.waitUntil(lambda: not window.busy, timeout=5000)
    assert window.results.currentWidget() is window.empty
    assert all(status == "Searching 34 facts…" for _rows, status in meanwhile)


def test_a_later_keystroke_overtakes_a_search_the_worker_finishes(
    qtbot, window, monkeypatch
) -> None:
    from desktop.store import database

    monkeypatch.setattr(database, "_DEADLINE_STEPS", 1)
    monkeypatch.setattr(window.state, "budget_ms", 0.0)
    listed: list[int] = []
    monkeypatch.setattr(window.background, "submit", lambda g, *a, **k: listed.append(g))
    window.search.setFocus()
    qtbot.keyClicks(window.search, "trade")
    qtbot.waitUntil(lambda: bool(listed), timeout=2000)  # handed over; its answer is held
    old = window.last_result
    assert old is not None and old.pending
    monkeypatch.undo()  # the next search is quick again
    search_now(qtbot, window, "tuniyaz")
    window._on_full_results(old.generation, array("q", window.store.search("trade")))
    assert window.model.rowCount() == 10 and window.last_result.query == "tuniyaz"
