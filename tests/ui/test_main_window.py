"""The window as a user meets it: title, status, sidebar, table, detail pane."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from ui_testing import fact_id, search_now, statements

from desktop.ui.models.sidebar_model import KIND_ROLE


def _topic_counts(window) -> dict[str, str]:
    topics = window.sidebar_model.group("topics")
    model = window.sidebar_model
    return {
        topics.child(r, 0).text().lower(): model.itemFromIndex(topics.child(r, 1).index()).text()
        for r in range(topics.rowCount())
    }


def _click_row(qtbot, view, index) -> None:
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_window_opens_on_the_seed_with_title_and_status(window) -> None:
    assert window.windowTitle() == (
        "Fact Browser — Tokayev meets Xinjiang chairman Erkin Tuniyaz in Astana"
    )
    assert window.model.rowCount() == 34
    status = window.status.text()
    assert status.startswith("34 of 34 facts · 1 article · ") and status.endswith(" ms")
    assert window.table.current_row() == 0  # the first fact is shown at once
    assert window.detail.fact is not None


def test_sidebar_counts_follow_the_search(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.counts_pending, timeout=3000)  # the worker counts
    assert _topic_counts(window)["trade"] == "7"
    search_now(qtbot, window, "trade")
    counts = _topic_counts(window)
    assert counts["trade"] == "7" and counts["cooperation"] == "2" and counts["meetings"] == "0"
    assert window.status.text().startswith("9 of 34 facts")


def _entity_counts(window, kind: str) -> dict[str, str]:
    group = window.sidebar_model.group(kind)
    return {group.child(r, 0).text(): group.child(r, 1).text() for r in range(group.rowCount())}


def _naming(window, entity_id: str, query: str, topic: str | None = None) -> str:
    """How many facts of the search name the entity, as the sidebar writes it."""
    facts = window.store.rows(window.store.search(query, topic=topic))
    return f"{sum(entity_id in fact['entities'] for fact in facts):,}"


def test_people_and_places_counts_follow_the_search_once_shown(qtbot, window) -> None:
    people = window.sidebar_model.group("person")
    assert set(_entity_counts(window, "person").values()) == {""}  # closed: not counted
    window.sidebar.expand(people.index())
    assert set(_entity_counts(window, "person").values()) == {"…"}  # being counted
    qtbot.waitUntil(lambda: not window.counts_pending, timeout=3000)
    assert _entity_counts(window, "person")["Erkin Tuniyaz"] == _naming(window, "erkin-tuniyaz", "")
    search_now(qtbot, window, "trade")
    people_counts = _entity_counts(window, "person")
    assert people_counts["Erkin Tuniyaz"] == _naming(window, "erkin-tuniyaz", "trade")
    assert people_counts["Kassym-Jomart Tokayev"] == "0"
    places = _entity_counts(window, "place")
    assert places["Kazakhstan"] == _naming(window, "kazakhstan", "trade") != "0"
    # A topic chosen beside the query narrows them too: they count the facts in view.
    _click_row(qtbot, window.sidebar, window.sidebar_model.topic_item("cooperation").index())
    qtbot.waitUntil(lambda: not window.counts_pending, timeout=3000)
    kazakhstan = _naming(window, "kazakhstan", "trade", "cooperation")
    assert _entity_counts(window, "place")["Kazakhstan"] == kazakhstan != places["Kazakhstan"]


def test_clicking_a_topic_filters_beside_the_query(qtbot, window) -> None:
    search_now(qtbot, window, "trade")
    trade = window.sidebar_model.topic_item("trade").index()
    _click_row(qtbot, window.sidebar, trade)
    assert window.topic == "trade"
    assert window.model.rowCount() == 7
    assert window.search.text() == "trade"  # the query stays; the topic narrows it
    _click_row(qtbot, window.sidebar, window.sidebar_model.index(0, 0))  # All facts
    assert window.topic is None and window.model.rowCount() == 9


def test_people_places_and_articles_put_their_query_in_the_field(qtbot, window) -> None:
    people = window.sidebar_model.group("person")
    window.sidebar.expand(people.index())
    names = [people.child(r, 0).text() for r in range(people.rowCount())]
    assert names == ["Erkin Tuniyaz", "Kassym-Jomart Tokayev", "Olzhas Bektenov", "Xi Jinping"]
    tokayev = people.child(1, 0)
    assert tokayev.data(KIND_ROLE) == "query"
    _click_row(qtbot, window.sidebar, tokayev.index())
    assert window.search.text() == 'person:"Kassym-Jomart Tokayev"'
    assert window.model.rowCount() == 9
    articles = window.sidebar_model.group("article")
    window.sidebar.expand(articles.index())
    _click_row(qtbot, window.sidebar, articles.child(0, 0).index())
    assert window.search.text() == "article:7f242fc889ef2bf1"
    assert window.model.rowCount() == 34


def test_table_columns_show_formatted_values(qtbot, window) -> None:
    search_now(qtbot, window, "turnover")
    model = window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Statement", "Value", "Period", "Topic", "Source"]
    rows = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 5)]
        for r in range(model.rowCount())
    }
    total = "Kazakhstan–China bilateral trade turnover reached $31.5 billion in 2023."
    assert rows[total] == ["$31.5 bn", "2023", "Trade", "Akorda press service"]
    share = "Xinjiang accounted for more than 64% of Kazakhstan–China trade turnover in 2023."
    assert rows[share][0] == "> 64 %"


def test_clicking_the_value_header_sorts_numerically(qtbot, window) -> None:
    window.topic = "trade"
    window.search.flush()
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    values = [window.model.index(r, 1).data() for r in range(window.model.rowCount())]
    numbers = [v for v in values if v]
    assert numbers in (
        ["> 64 %", "= 64.4 %", "= $11.2 bn", "$20.3 bn", "$31.5 bn"],
        ["$31.5 bn", "$20.3 bn", "= $11.2 bn", "= 64.4 %", "> 64 %"],
    )


def test_detail_pane_spells_out_the_value_and_highlights_evidence(qtbot, window) -> None:
    search_now(qtbot, window, "64")
    row = statements(window).index(
        "Xinjiang accounted for more than 64% of Kazakhstan–China trade turnover in 2023."
    )
    _click_row(qtbot, window.table, window.model.index(row, 0))
    detail = window.detail
    assert detail.value.text() == "more than 64 %"
    assert detail.period.text() == "2023"
    assert detail.chip_texts() == ["Xinjiang Uygur Autonomous Region", "Kazakhstan", "China"]
    assert detail.highlighted_evidence() == (
        "accounts for over 64% or $20.3 billion of the total trade turnover with China"
    )
    sentence = detail.sentence.toPlainText()
    assert sentence.startswith("XUAR of China borders four Kazakh regions")
    assert not detail.derived.isVisible()


def test_derived_fact_shows_its_formula_and_sources(qtbot, window) -> None:
    search_now(qtbot, window, "outside")
    _click_row(qtbot, window.table, window.model.index(0, 0))
    derived = window.detail.derived
    assert derived.isVisible()
    assert "31.5 − 20.3 = 11.2 (billion USD)" in derived.text()
    assert "from: Kazakhstan–China bilateral trade turnover reached $31.5 billion" in derived.text()


def test_clicking_an_entity_chip_filters(qtbot, window) -> None:
    search_now(qtbot, window, "bektenov diversifying")
    assert window.detail.fact["id"] == fact_id("statement-bektenov-diversification")
    window.detail.click_chip("Olzhas Bektenov")
    assert window.search.text() == 'person:"Olzhas Bektenov"'
    assert window.model.rowCount() == 6
    facts = [window.model.fact_at(row) for row in range(6)]
    assert all("olzhas-bektenov" in fact["entities"] for fact in facts)


def test_matched_words_are_marked_in_the_statements(qtbot, window) -> None:
    search_now(qtbot, window, "trade xinj")
    delegate = window.table.itemDelegateForColumn(0)
    assert delegate.terms == ["trade", "xinj"]
    text = "Kazakhstan’s trade with Xinjiang amounted to $20.3 billion in 2023."
    assert [text[a:b] for a, b in delegate.spans(text)] == ["trade", "Xinj"]
    window.table.grab()  # paints the marks without error
    search_now(qtbot, window, "topic:trade")
    assert delegate.terms == []


def test_sorting_too_many_rows_is_refused_with_a_reason(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(type(window.model), "SORT_LIMIT", 10)
    order = window.model.rowids()
    window.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert window.model.rowids() == order
    assert window.table.horizontalHeader().sortIndicatorSection() != 1
    assert "34 facts are too many to sort" in window.statusBar().currentMessage()
