"""A first page past the window's budget ("pending", as at a million facts) and the
flows that run the search again: deleting, undoing, an import's refresh.

Each test runs twice: "slow", where every first page is too slow for the window's
thread, and "fast", the same steps on a search that answers at once.
"""

from __future__ import annotations

import pytest
from ui_testing import search_now

from desktop.store import database
from desktop.ui.review_logic import Change


@pytest.fixture(params=["slow", "fast"])
def slow(monkeypatch, request):
    def make_slow(window) -> None:
        if request.param == "slow":
            monkeypatch.setattr(database, "_DEADLINE_STEPS", 1)
            monkeypatch.setattr(window.state, "budget_ms", 0.0)

    return make_slow


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.busy and not window.counts_pending, timeout=5000)


def test_deleting_under_a_slow_search_selects_the_next_fact(qtbot, window, slow) -> None:
    _settle(qtbot, window)
    window.table.select_row(5)
    _settle(qtbot, window)
    deleted = window.detail.fact["id"]
    slow(window)
    window.reviewing.delete()
    assert window.detail.fact is not None and window.detail.fact["id"] != deleted
    _settle(qtbot, window)
    assert window.table.current_row() == 5
    assert window.detail.fact["id"] != deleted


def test_undoing_a_delete_under_a_slow_search_selects_the_restored_fact(
    qtbot, window, slow
) -> None:
    _settle(qtbot, window)
    window.table.select_row(5)
    _settle(qtbot, window)
    deleted = window.detail.fact["id"]
    window.reviewing.delete()
    _settle(qtbot, window)
    slow(window)
    window.undo_stack.undo()
    _settle(qtbot, window)
    assert window.detail.fact["id"] == deleted


def test_an_import_refresh_during_a_slow_search_ends_in_its_rows(
    qtbot, window, slow, monkeypatch
) -> None:
    _settle(qtbot, window)
    slow(window)
    monkeypatch.setattr(type(window.importing), "busy", property(lambda _self: True))
    window.search.setText("tuniyaz")
    window.search.flush()
    window.apply_change(Change(article_ids=("x",)), appended=True)  # a refresh each second
    _settle(qtbot, window)
    assert window.model.rowCount() == window.store.count("tuniyaz") == 10
    assert window.status.text().startswith("10 of 34 facts")


def test_a_slow_search_does_not_leave_the_old_query_saying_no_match(
    qtbot, window, slow, monkeypatch
) -> None:
    search_now(qtbot, window, "xyzzy")
    assert window.empty.label.text() == "No facts match “xyzzy”."
    slow(window)
    monkeypatch.setattr(window.background, "submit", lambda *_a, **_k: None)  # still at work
    window.search.setText("tuniyaz")
    window.search.flush()
    assert (
        "xyzzy" not in window.empty.label.text() or window.results.currentWidget() is window.table
    )
