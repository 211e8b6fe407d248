"""The window's logic modules are Qt-free and tested without a screen."""

from __future__ import annotations

import pytest
from ui_testing import fact_id

from desktop.store import QueryError, Store
from desktop.ui import sidebar_counts
from desktop.ui.catalog import Catalog
from desktop.ui.charts_data import chart_for
from desktop.ui.fact_text import citation, entity_query, sentence_bounds, short_label, short_name
from desktop.ui.state import SearchState

LOGIC = [
    "desktop.ui.state",
    "desktop.ui.catalog",
    "desktop.ui.charts_data",
    "desktop.ui.fact_text",
    "desktop.ui.sidebar_counts",
    "desktop.ui.heap",
]


def test_logic_modules_do_not_import_qt(fresh_python) -> None:
    script = (
        "import sys\n"
        f"for name in {LOGIC!r}: __import__(name)\n"
        "print(','.join(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')))\n"
    )
    assert fresh_python(script) == ""


def test_citation_names_source_place_and_date(store: Store) -> None:
    fact = store.fact(fact_id("trade-turnover-2023"))
    assert fact is not None
    text = citation(fact, store.article(fact["article_id"]))
    assert text == (
        "Kazakhstan–China bilateral trade turnover reached $31.5 billion in 2023."
        " — Akorda press service, Astana, 2024-03-27"
    )
    assert citation(fact, None) == fact["statement"]


def test_sentence_bounds_widen_a_clause_to_its_sentence() -> None:
    text = "First one. China is a partner, with trade reaching $31.5 billion last year. Next."
    start = text.index("trade reaching")
    left, right = sentence_bounds(text, start, start + 14)
    assert text[left:right] == "China is a partner, with trade reaching $31.5 billion last year."


def test_short_labels_and_entity_queries() -> None:
    fact = {"statement": "The 45 Kazakh-Chinese projects represent a collective investment."}
    assert short_label(fact, 30) == "45 Kazakh-Chinese projects…"
    assert entity_query({"name": "Erkin Tuniyaz", "kind": "person"}) == 'person:"Erkin Tuniyaz"'
    assert entity_query({"name": "Astana", "kind": "place"}) == "place:Astana"
    region = {"name": "Xinjiang Uygur Autonomous Region", "aliases": ["XUAR", "Xinjiang"]}
    assert short_name(region) == "Xinjiang"


def test_search_state_reports_errors_and_marks_stale_results(store: Store) -> None:
    state = SearchState(store)
    assert state.total == 34
    first = state.run("trade", None)
    assert first.ok and len(first.rowids) == 9
    bad = state.run("topic:nonsense", None)
    assert not bad.ok and "topic" in (bad.error or "")
    old = state.request()
    newer = state.request()
    assert not state.is_current(state.run("tok", None, generation=old))
    assert state.is_current(state.run("tok", None, generation=newer))


def test_sidebar_numbers_come_in_steps_until_exact(store: Store, monkeypatch) -> None:
    """Each step is at least as exact as the one before; the last is the exact answer,
    people and places counted within the topic beside the query."""
    monkeypatch.setattr(sidebar_counts, "CAP", 2)  # as if the store held a million facts
    steps = list(sidebar_counts.counting(store, "t", "trade", entities=True))
    assert len(steps) > 1 and not steps[0].exact and steps[-1].exact
    assert steps[-1].topics == store.topic_counts("t")
    assert steps[-1].entities == store.entity_counts("t", topic="trade")
    unknown = [len(s.topics.pending | s.topics.capped) for s in steps]
    assert unknown == sorted(unknown, reverse=True)
    alone = list(sidebar_counts.counting(store, "t", None, entities=False))
    assert all(s.entities is None for s in alone) and alone[-1].exact
    with pytest.raises(QueryError):
        next(sidebar_counts.counting(store, "topic:nonsense", None, entities=True))


def test_people_and_places_alone_come_capped_then_exact(store: Store, monkeypatch) -> None:
    """A group opened later gets its numbers alone: the topics shown are left as they are."""
    monkeypatch.setattr(sidebar_counts, "CAP", 2)
    steps = list(sidebar_counts.entity_counting(store, "t", "trade"))
    assert [s.topics for s in steps] == [None, None]
    assert not steps[0].exact and steps[-1].exact
    assert steps[-1].entities == store.entity_counts("t", topic="trade")
    monkeypatch.setattr(sidebar_counts, "CAP", 1000)  # the seed's 34 facts: exact at once
    (only,) = sidebar_counts.entity_counting(store, "trade", None)
    assert only.exact and only.entities == store.entity_counts("trade")


def test_trade_chart_splits_turnover_from_stored_facts(store: Store) -> None:
    fact = store.fact(fact_id("xuar-trade-share-2023"))
    spec = chart_for(store, Catalog(store), fact)
    assert spec.kind == "bars"
    by_label = {bar.label: bar for bar in spec.bars}
    total = spec.bars[0]
    assert total.value == 31.5e9 and total.fact["id"] == fact_id("trade-turnover-2023")
    assert by_label["Xinjiang"].value == 20.3e9
    assert by_label["Outside Xinjiang"].value == 11.2e9
    assert by_label["Outside Xinjiang"].left == 20.3e9  # stacked after Xinjiang
    assert spec.axis == "Trade turnover (USD bn)" and spec.scale == 1e9
    assert spec.selected_id == fact["id"]


def test_investment_and_timeline_charts(store: Store) -> None:
    catalog = Catalog(store)
    investment = chart_for(store, catalog, store.fact(fact_id("investment-cumulative")))
    assert [bar.text for bar in investment.bars] == ["≈ $25 bn", "> $14.5 bn", "= > $322 mn"]
    timeline = chart_for(store, catalog, store.fact(fact_id("role-xi-president")))
    assert timeline.kind == "timeline"
    # The meetings only: the day the article came out is not one of them.
    dates = [event.date for event in timeline.events]
    assert dates == ["2024-03-26", "2024-03-26"]
    assert all(event.fact["kind"] == "event" for event in timeline.events)
    assert not any("Reported by" in event.label for event in timeline.events)
    assert timeline.axis == "Date (March 2024)"
    quote = chart_for(store, catalog, store.fact(fact_id("quote-tuniyaz-friendship")))
    assert quote.kind == "none" and "cooperation" in quote.message
    assert chart_for(store, catalog, None).kind == "none"


def test_matched_words_are_found_accent_and_case_insensitively() -> None:
    from desktop.ui.fact_text import match_spans, query_terms

    terms = query_terms('urum topic:trade -foo "held neg" OR TOK value>1e9')
    assert terms == ["urum", "held", "neg", "tok"]
    text = "Tokayev had recently visited Ürümqi and held negotiations."
    assert [text[a:b] for a, b in match_spans(text, terms)] == ["Tok", "Ürüm", "held", "neg"]
    assert match_spans(text, []) == []


def test_status_text_reads_like_the_design() -> None:
    from desktop.ui.state import SearchResult, status_text

    done = SearchResult(1, "trade", None, list(range(12)), 0.84)
    assert status_text(done, 34, 1) == "12 of 34 facts · 1 article · 0.8 ms"
    page = SearchResult(2, "t", None, list(range(500)), 3.0, complete=False)
    assert (
        status_text(page, 1_000_008, 29412) == "500+ of 1,000,008 facts · 29,412 articles · 3.0 ms"
    )
    assert status_text(None, 34, None) == "0 of 34 facts"


def test_reflow_joins_wrapped_lines_without_moving_any_offset() -> None:
    from desktop.ui.fact_text import reflow

    text = "Trade reached\n$4.6 billion last year.\n\nNew paragraph\nhere.\n"
    shown = reflow(text)
    assert len(shown) == len(text)
    assert shown == "Trade reached $4.6 billion last year.\n\nNew paragraph here. "
    start = text.index("$4.6")
    assert shown[start : start + 12] == text[start : start + 12]
