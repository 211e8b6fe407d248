"""The search language: any string gives results, no results, or one calm sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store import QueryError, Store
from desktop.store.query import And, Field, Not, Or, Phrase, Words, parse
from desktop.store.text import skeleton

VOCABULARY = st.sampled_from(
    [
        "trade", "tok", "urum", "Ürümqi", "OR", "-", "(", ")", '"', "topic:", "topic:trade",
        "value>", "value>1e9", "year:2023", "person:", "person:tokayev", "kind:quote", "-trade",
        "unit:USD", "foo:bar", "$31.5", "64%", "’", "_", "*", "NEAR", "AND", "NOT", "^", ":", "{",
        "}", "value>=1.5bn", "date:2024-03", "article:x", '"trade turnover"', "\x00", "😀",
    ]
)  # fmt: skip
QUERIES = st.one_of(
    st.text(max_size=40),
    st.lists(VOCABULARY, max_size=8).map(" ".join),
    st.lists(st.one_of(VOCABULARY, st.text(max_size=6)), max_size=6).map("".join),
)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory):
    path: Path = tmp_path_factory.mktemp("query") / "facts.sqlite"
    with Store.open(path) as store:
        yield store


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=QUERIES)
def test_any_string_gives_results_or_a_one_line_reason(shared_store: Store, query: str) -> None:
    try:
        found = shared_store.search(query, limit=200)
        count = shared_store.count(query)
    except QueryError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
        return
    assert len(found) == min(count, 200)
    assert len(set(found)) == len(found)


def test_parser_builds_the_expected_tree() -> None:
    tree = parse('topic:trade value>1e9 tok -quote "trade turnover" (a OR b)')
    assert tree == And(
        (
            Field("topic", "=", "trade"),
            Field("value", ">", 1e9),
            Words("tok"),
            Not(Words("quote")),
            Phrase("trade turnover"),
            Or((Words("a"), Words("b"))),
        )
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [("value>1e9", 1e9), ("value>1.5bn", 1.5e9), ("value>500m", 5e8), ("value<50%", 50.0),
     ("value>=4,700", 4700.0), ("value>$2 ", 2.0)],
)  # fmt: skip
def test_numbers_accept_the_ways_people_write_them(text: str, value: float) -> None:
    node = parse(text)
    assert isinstance(node, Field) and node.value == pytest.approx(value)


def test_unfinished_typing_is_forgiven() -> None:
    assert parse('"trade turn') == Phrase("trade turn")
    assert parse("(trade OR") == Words("trade")
    assert parse("trade )") == Words("trade")
    assert parse("- ,,, OR") is None


def test_romanisations_share_a_skeleton() -> None:
    pairs = [("Tokayev", "Tokaev"), ("Kassym", "Kasym"), ("Zhanibek", "Janibek")]
    for left, right in pairs:
        assert skeleton(left) == skeleton(right)
    assert skeleton("Bektenov") != skeleton("Tokayev")
