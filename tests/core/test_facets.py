"""The sidebar's numbers: facts per topic for a query, capped first, exact after."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop.domain import Article, Evidence, Fact, Kind, Period, Topic
from desktop.store import Interrupted, QueryError, Store
from desktop.store import sql as sqlmod
from desktop.store.facets import TOPICS, TopicCounts

QUERIES = [
    "",
    "t",
    "tr",
    "trade",
    "tok",
    "ürüm",
    "trade OR investment",
    '"trade turnover"',
    "-trade",
    "trade -kind:quote",
    "topic:trade",
    "topic:trade inv",
    "topic:investment tokayev",
    "topic:trade topic:economy",
    "-topic:trade",
    "topic:trade OR kind:quote",
    "kind:quote",
    "kind:quote tokayev",
    "year:2023",
    "date>2024-03",
    "date<2020",
    "value>1e9",
    "unit:USD value>1.5bn",
    "origin:derived",
    "reviewed:no",
    "person:tokayev",
    "person:tokayev trade",
    "person:t",
    "place:xuar topic:trade",
    "place:xuar t",
    "entity:xinjiang OR person:xi",
    "-person:tokayev investment",
    "initiative:nurly",
    "article:urumqi",
    "article:urumqi trade",
    "article:nothing-like-this",
    "season",
    "nomatchatall",
]


def by_topic(store: Store, query: str) -> dict[str, int]:
    """The slow, obvious answer: every matching row, its topic tallied in Python."""
    tally = Counter(row["topic"] for row in store.rows(store.search(query)))
    return {topic: tally[topic] for topic in TOPICS}


@pytest.fixture
def rich_store(store: Store) -> Store:
    """The seed plus facts whose period labels and kinds say topic words."""
    text = "ASTANA— Tokayev spoke about the trade season. Quotes on investment rose."
    article = Article(id="facets", text=text, title="Facets", date="2024-01-01")
    facts = [
        Fact(
            id="facets-1",
            article_id=article.id,
            topic=Topic.INVESTMENT,
            kind=Kind.STATEMENT,
            statement="Tokayev spoke about the trade season.",
            evidence=Evidence.locate(text, "Tokayev spoke about the trade season."),
            period=Period("2023-01-01", "2023-12-31", "trade season 2023"),
        ),
        Fact(
            id="facets-2",
            article_id=article.id,
            topic=Topic.ECONOMY,
            kind=Kind.QUOTE,
            statement="Quotes on investment rose.",
            evidence=Evidence.locate(text, "Quotes on investment rose."),
            period=Period("2023-01-01", "2023-12-31", "economy investment"),
        ),
    ]
    store.add_article(article, [], facts)
    return store


def test_a_topic_filter_beside_words_keeps_exact_semantics(rich_store: Store) -> None:
    """``topic:trade`` is also the FTS term ``extra : "trade"`` for speed; a fact whose
    period label merely says "trade" must still not match it."""
    texts = rich_store.rows(rich_store.search("t"))
    assert any(r["id"] == "facets-1" for r in texts)
    trade = rich_store.rows(rich_store.search("topic:trade t"))
    assert trade and all(r["topic"] == "trade" for r in trade)
    assert [r["id"] for r in trade] == [r["id"] for r in texts if r["topic"] == "trade"]


@pytest.mark.parametrize("query", QUERIES)
def test_counts_equal_the_count_of_query_and_topic(rich_store: Store, query: str) -> None:
    counts = rich_store.topic_counts(query)
    assert counts.exact
    assert counts.counts == by_topic(rich_store, query)
    for topic in TOPICS:
        assert counts[topic] == rich_store.count(query, topic=topic), topic


def test_topic_words_in_labels_and_kinds_are_not_topics(rich_store: Store) -> None:
    """The topic is matched as the first token of ``extra`` (``^``), so a period
    label "trade season" or a label saying "investment" never counts as the topic."""
    counts = rich_store.topic_counts("season")
    assert counts["investment"] == 1 and counts["trade"] == 0
    assert rich_store.topic_counts("quotes")["economy"] == 1
    assert rich_store.topic_counts("quotes")["investment"] == 0
    assert rich_store.count("topic:trade season") == 0
    assert rich_store.count("topic:investment season") == 1


def test_capped_counts_stop_at_the_cap_and_the_exact_pass_finishes_them(store: Store) -> None:
    exact = store.topic_counts("")
    capped = store.topic_counts("", cap=5)
    assert capped.capped == {t for t in TOPICS if exact[t] > 5}
    assert capped.capped and not capped.exact
    for topic in TOPICS:
        assert capped[topic] == min(exact[topic], 5)
        assert capped.label(topic) == (f"{5:,}+" if exact[topic] > 5 else f"{exact[topic]:,}")
    finished = store.topic_counts("", known=capped)
    assert finished == exact and finished.exact
    # Words: a look at the first matches, then capped counts of the topics common
    # among them; the rest wait ("…") for the next step, which counts them up to
    # the cap, and the exact step finishes everything.
    for query in ("t", "tr", "topic:trade inv"):
        full = store.topic_counts(query)
        first = store.topic_counts(query, cap=2)
        assert first.exact == (sum(full.counts.values()) <= 2), query  # all seen: exact
        for topic in set(TOPICS) - first.pending:
            assert first[topic] == min(full[topic], 2), (query, topic)
            assert (topic in first.capped) == (full[topic] > 2), (query, topic)
        then = store.topic_counts(query, cap=2, known=first)
        assert not then.pending, query
        assert then.capped == {t for t in TOPICS if full[t] > 2}, query
        assert all(then[t] == min(full[t], 2) for t in TOPICS), query
        assert store.topic_counts(query, known=then) == full, query
    # A query whose first matches are all of them is exact at once.
    assert store.topic_counts("tr", cap=1000) == store.topic_counts("tr")
    # Filtered queries are counted in one pass over the matches, stopping after
    # ``cap``: what it saw is a lower bound, a topic it did not see is pending.
    for query in ("year:2023", "kind:quote", "person:tokayev", "unit:USD"):
        full = store.topic_counts(query)
        assert store.topic_counts(query, cap=1000) == full, query
        first = store.topic_counts(query, cap=2)
        assert sum(first.counts.values()) == 3 and not first.exact, query
        assert first.capped == {t for t in TOPICS if first[t]}, query
        assert first.pending == set(TOPICS) - first.capped, query
        assert all(first[t] <= full[t] for t in TOPICS), query
        assert store.topic_counts(query, known=first) == full, query


def test_topics_past_the_budget_are_left_for_the_exact_pass(store: Store) -> None:
    spent = store.topic_counts("t", cap=2, budget=-1.0)  # no time at all
    assert spent.pending == set(TOPICS) and not spent.exact
    assert {spent.label(t) for t in TOPICS} == {"…"}
    assert store.topic_counts("t", known=spent) == store.topic_counts("t")
    ample = store.topic_counts("t", cap=1000, budget=60.0)
    assert not ample.pending and ample == store.topic_counts("t")
    # A query with filters is one statement: nothing to leave for later.
    assert store.topic_counts("year:2023", budget=-1.0).exact


def test_labels_say_what_is_known() -> None:
    known = TopicCounts(
        {"trade": 3, "economy": 10}, frozenset({"economy"}), frozenset({"meetings"})
    )
    assert known.label("economy") == "10+" and known.label("trade") == "3"
    assert known.label("meetings") == "…" and known.label("geography") == "0"
    assert known["geography"] == 0 and not known.exact


@pytest.mark.parametrize(
    "query",
    ["topic:sports", "colour:red", "value>lots", "year:20x", "unit:parsecs", "topic:", "person:"],
)
def test_invalid_queries_raise_query_error(store: Store, query: str) -> None:
    with pytest.raises(QueryError):
        store.topic_counts(query)
    with pytest.raises(QueryError):
        store.topic_counts(query, cap=10)


@pytest.mark.parametrize(
    "query", ["NEAR", "^", "{", "AND", '"', "(", "-", "OR", "*", "\x00", "😀", "’", "a:b"]
)
def test_odd_strings_count_or_explain(store: Store, query: str) -> None:
    try:
        counts = store.topic_counts(query)
    except QueryError:
        with pytest.raises(QueryError):
            store.search(query)
        return
    assert counts.counts == by_topic(store, query)


def test_an_interrupted_count_raises_interrupted(store: Store, interrupting) -> None:
    """``Store.interrupt`` (from the UI thread, in the app) stops a count mid-way."""
    with interrupting(store):
        with pytest.raises(Interrupted):
            store.topic_counts("t")
        with pytest.raises(Interrupted):
            store.topic_counts("year:2023")
    assert store.topic_counts("t").exact  # the connection works on afterwards


@pytest.mark.parametrize(
    "query",
    [
        "person:tokayev trade",
        "person:t t",
        "place:xuar t",
        "-person:tokayev investment",
        "person:tokayev OR trade",
        "article:urumqi trade",
        "article:urumqi t kind:figure",
        "-article:urumqi trade",
    ],
)
def test_set_filters_give_the_same_facts_either_way(
    store: Store, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    """Entity and article filters under words probe a built set when it is small and
    check each candidate when it is big; both branches must find the same facts."""
    small = store.search(query), store.count(query), store.topic_counts(query)
    monkeypatch.setattr(sqlmod, "SMALL_SET", 1)
    big = store.search(query), store.count(query), store.topic_counts(query)
    assert small == big
    assert small[1] == len(small[0])
