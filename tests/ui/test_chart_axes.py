"""The chart's axis always reads the range its bars and points are drawn in.

pyqtgraph tells an axis the view's range only when that range *changes* (or the
view is resized). The chart used to swap in a new bottom axis on every draw, so
the next fact of the same article (the same chart, the same range) left the new
axis at its default 0-1 ticks while the bars kept the real scale: a $4.7 bn bar
ending at "0.73".
"""

from __future__ import annotations

import pytest
from ui_testing import fact_id, search_now


def _select(qtbot, window, query: str, suffix: str) -> None:
    search_now(qtbot, window, query)
    rows = [window.model.fact_at(r)["id"] for r in range(window.model.rowCount())]
    window.table.select_row(rows.index(fact_id(suffix)))
    assert window.detail.fact["id"] == fact_id(suffix)


def _bar_extent(charts) -> tuple[float, float]:
    """Left and right edge (data coordinates) of all bars the plot holds."""
    import pyqtgraph as pg

    bars = [i for i in charts.plot.getPlotItem().items if isinstance(i, pg.BarGraphItem)]
    assert len(bars) == len(charts.spec.bars)
    lefts = [x for bar in bars for x in bar.opts["x0"]]
    rights = [x + w for bar in bars for x, w in zip(bar.opts["x0"], bar.opts["width"], strict=True)]
    return min(lefts), max(rights)


def _assert_axis_matches_view(charts) -> None:
    view = charts.plot.getPlotItem().getViewBox()
    (x0, x1), _ = view.viewRange()
    axis = charts.plot.getAxis("bottom")
    assert axis.range == pytest.approx([x0, x1])
    if charts.spec.kind == "bars":
        spec = charts.spec
        widest = max((b.left + b.value) / spec.scale for b in spec.bars)
        left, right = _bar_extent(charts)
        assert left == pytest.approx(0.0, abs=1e-9)
        assert right == pytest.approx(widest, rel=0.02)
        # Room beside the widest bar for its value (how much: the plot's width says).
        assert x0 == pytest.approx(0.0) and x1 >= widest * 1.05 - 1e-9


@pytest.mark.parametrize(
    ("query", "first", "second"),
    [
        # the same chart twice: its range does not change, its axis is new
        ("topic:investment", "investment-cumulative", "projects-investment"),
        ("topic:trade", "trade-turnover-2023", "xuar-trade-share-2023"),
        ("topic:meetings", "meeting-tokayev-tuniyaz", "meeting-bektenov-tuniyaz"),
    ],
)
def test_axis_follows_the_view_when_the_next_fact_has_the_same_chart(
    qtbot, window, query: str, first: str, second: str
) -> None:
    charts = window.charts
    _select(qtbot, window, "topic:trade", "trade-turnover-2023")  # another scale first
    _select(qtbot, window, "topic:meetings", "meeting-tokayev-tuniyaz")
    _assert_axis_matches_view(charts)
    _select(qtbot, window, query, first)
    _assert_axis_matches_view(charts)
    _select(qtbot, window, query, second)
    assert charts.spec.selected_id == fact_id(second)
    _assert_axis_matches_view(charts)


def test_axis_follows_the_view_when_the_chart_waits_for_a_pause(qtbot, window) -> None:
    """Through ``show_later``: two charts queued in a row, drawn when the timer fires."""
    from desktop.ui.charts_data import chart_for

    charts = window.charts
    facts = {r["id"]: r for r in window.store.records("topic:investment")}
    trade = window.store.records("topic:trade")
    _select(qtbot, window, "topic:investment", "investment-cumulative")
    _assert_axis_matches_view(charts)
    charts.show_later(lambda: chart_for(window.store, window.catalog, trade[0]))
    charts.show_later(
        lambda: chart_for(window.store, window.catalog, facts[fact_id("projects-investment")])
    )
    qtbot.waitUntil(lambda: not charts.pending, timeout=2000)
    assert charts.spec.selected_id == fact_id("projects-investment")
    _assert_axis_matches_view(charts)
