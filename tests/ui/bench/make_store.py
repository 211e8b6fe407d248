"""Build a store of about N facts by repeating the seed article under new ids.

    python tests/ui/bench/make_store.py /tmp/big.sqlite 1000000

Benchmarks only: ~29,400 copies of the seed for a million facts.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Iterator

from desktop.seed import Dataset, load_seed
from desktop.store import Store


def copies(count: int) -> Iterator[Dataset]:
    seed = load_seed()
    for i in range(count):
        aid = f"bench{i:06d}"
        # The store keeps one copy of identical text: a trailing line makes each unique
        # (evidence offsets are unchanged).
        article = dataclasses.replace(
            seed.article,
            id=aid,
            title=f"{seed.article.title} #{i}",
            text=f"{seed.article.text}\n\n(copy {i})",
        )

        def renamed(old: str, aid: str = aid) -> str:
            return f"{aid}-{old.split('-', 1)[1]}"

        facts = [
            dataclasses.replace(
                fact,
                id=renamed(fact.id),
                article_id=aid,
                derived_from=[renamed(d) for d in fact.derived_from],
            )
            for fact in seed.facts
        ]
        yield Dataset(article, seed.entities, facts)


def main(target: str, facts: int) -> None:
    started = time.perf_counter()
    store = Store.open(target)
    store.add_many(copies(facts // 34), batch=500)
    print(f"{store.count(''):,} facts in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
