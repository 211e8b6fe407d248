"""The item models: Qt's model tester, lazy chunked rows, numeric sort."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.store import Store
from desktop.store.entity_facets import EntityCounts
from desktop.store.facets import TopicCounts
from desktop.ui.catalog import Catalog
from desktop.ui.models.fact_table_model import FACT_ROLE, FactTableModel
from desktop.ui.models.sidebar_model import SidebarModel


def test_fact_table_model_passes_the_model_tester(qtmodeltester, store: Store) -> None:
    model = FactTableModel(store, Catalog(store))
    model.set_rowids(store.search(""))
    qtmodeltester.check(model)
    model.sort(FactTableModel.VALUE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_rowids([])
    qtmodeltester.check(model)


def test_sidebar_model_passes_the_model_tester(qtmodeltester, store: Store) -> None:
    model = SidebarModel()
    catalog = Catalog(store)
    model.set_entities({"person": catalog.entities("person"), "place": catalog.entities("place")})
    model.set_articles(catalog.articles())
    model.set_topic_counts({"trade": 7})
    qtmodeltester.check(model)


def test_capped_topic_counts_read_as_lower_bounds() -> None:
    model = SidebarModel()

    def shown(topic: str) -> tuple[str, str]:
        item = model.itemFromIndex(model.topic_item(topic).index().siblingAtColumn(1))
        return item.text(), item.toolTip()

    capped = TopicCounts(
        {"trade": 1000, "economy": 12}, frozenset({"trade"}), frozenset({"geography"})
    )
    model.set_topic_counts(capped)
    assert shown("trade") == ("1,000+", "Counting…")
    assert shown("economy") == ("12", "") and shown("geography") == ("…", "Counting…")
    assert shown("officials") == ("0", "")
    model.set_topic_counts(None)  # an invalid query: the numbers stay
    assert shown("trade")[0] == "1,000+"
    model.set_topic_counts(TopicCounts({"trade": 232_490, "economy": 12}))
    assert shown("trade") == ("232,490", "")


def test_rows_are_fetched_lazily_in_chunks(store: Store) -> None:
    model = FactTableModel(store, Catalog(store))
    model.CHUNK = 8
    model.set_rowids(store.search(""))
    assert model.fetches == 0  # holding ids reads no rows
    assert model.index(0, 0).data()
    assert model.fetches == 1
    for row in range(8):
        model.index(row, 1).data()
    assert model.fetches == 1  # the same chunk, cached
    model.index(20, 0).data()
    assert model.fetches == 2


def test_value_column_shows_formatted_values_and_sorts_numerically(store: Store) -> None:
    model = FactTableModel(store, Catalog(store))
    model.set_rowids(store.search("topic:trade"))
    model.sort(FactTableModel.VALUE, Qt.SortOrder.DescendingOrder)
    values = [model.index(r, FactTableModel.VALUE).data() for r in range(model.rowCount())]
    assert values[:5] == ["$31.5 bn", "$20.3 bn", "= $11.2 bn", "= 64.4 %", "> 64 %"]
    assert values[5:] == ["", ""]  # facts without a value stay last
    model.sort(FactTableModel.VALUE, Qt.SortOrder.AscendingOrder)
    values = [model.index(r, FactTableModel.VALUE).data() for r in range(model.rowCount())]
    assert values[0] == "> 64 %" and values[4] == "$31.5 bn"
    fact = model.index(0, 0).data(FACT_ROLE)
    assert fact["value"] == 64.0
    assert model.index(0, FactTableModel.SOURCE).data() == "Akorda press service"
    model.sort(-1)
    assert model.rowids() == sorted(model.rowids())


def test_derived_values_are_marked_and_explained(store: Store) -> None:
    model = FactTableModel(store, Catalog(store))
    model.set_rowids(store.search("origin:derived unit:percent"))
    index = model.index(0, FactTableModel.VALUE)
    assert index.data() == "= 64.4 %"
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "20.3" in index.data(Qt.ItemDataRole.ToolTipRole)
    stated = model.index(0, FactTableModel.STATEMENT)
    assert stated.data(Qt.ItemDataRole.FontRole) is None


def test_people_and_places_show_what_is_known_and_keep_it_when_reloaded(store: Store) -> None:
    model = SidebarModel()
    catalog = Catalog(store)
    entities = {"person": catalog.entities("person"), "place": catalog.entities("place")}
    model.set_entities(entities)

    def shown(kind: str) -> dict[str, str]:
        group = model.group(kind)
        return {group.child(r, 0).text(): group.child(r, 1).text() for r in range(group.rowCount())}

    assert set(shown("person").values()) == {""}  # not counted yet
    first = EntityCounts({"erkin-tuniyaz": 3}, frozenset({"erkin-tuniyaz"}), frozenset({"china"}))
    model.set_entity_counts(first)
    assert shown("person")["Erkin Tuniyaz"] == "3+" and shown("person")["Xi Jinping"] == "0"
    assert shown("place")["China"] == "…"
    model.set_entities(entities)  # read again after an import: the numbers stay
    assert shown("person")["Erkin Tuniyaz"] == "3+"
    model.set_entity_counts(None)  # no longer counted (their groups were closed)
    assert set(shown("place").values()) == {""}


def test_an_undated_article_is_listed_after_the_dated_ones(store: Store) -> None:
    from desktop.extract.pipeline import extract

    store.add_dataset(extract("Trade rose to $3 billion.\n\nImports fell by 5 percent in 2024."))
    model = SidebarModel()
    articles = Catalog(store).articles()
    assert {a["title"][:10]: a["date"] for a in articles} == {
        "Tokayev me": "2024-03-27",
        "Trade rose": None,
    }
    model.set_articles(articles)  # a missing date once broke the sort, and the window with it
    group = model.item(
        next(r for r in range(model.rowCount()) if model.item(r).text() == "Articles")
    )
    assert [group.child(r).text()[:10] for r in range(group.rowCount())] == [
        "Tokayev me",
        "Trade rose",
    ]
