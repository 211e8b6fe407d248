"""Import throughput on one core: extraction plus storage, one transaction per article.

    python tests/benchmarks/bench_import.py [--articles 1000] [--db PATH] [--commit-every N]

The articles are the ~500-word wire articles of tests/extract/bench_extract.py,
each made distinct by its date header and a closing line (a store keeps one
copy of a text, so repeats would measure nothing). Reports articles per second
for the whole import (``extract`` + storing) and for each half. Storing goes
through ``Store.batch`` as ``fact-browser import`` does (each article a
savepoint, a commit each second or 200 articles, or every N with
``--commit-every N``); ``--commit-every 1`` measures one
commit per article, as a window that shows each article as it lands would.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "extract"))

from bench_extract import corpus

from desktop.extract.pipeline import extract
from desktop.store import Store


def articles(count: int) -> list[str]:
    texts = corpus()
    return [
        f"{texts[i % len(texts)]}\n\nThis is dispatch {i + 1} of {count}." for i in range(count)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description="import throughput (extract + store)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--db", type=Path, help="database file (default: a temporary one)")
    parser.add_argument(
        "--commit-every", type=int, metavar="N", help="default: as `fact-browser import` does"
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    texts = articles(args.articles)
    words = sum(len(t.split()) for t in texts) / len(texts)
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "import.sqlite"
        with Store.open(path) as store:
            extract(texts[0])  # warm-up: imports, compiled patterns
            extracting = storing = 0.0
            facts = 0
            t_end = time.perf_counter()
            pace = {"commit_every": args.commit_every, "seconds": 1e9} if args.commit_every else {}
            with store.batch(**pace) as writer:
                for text in texts:
                    t0 = time.perf_counter()
                    dataset = extract(text)
                    t1 = time.perf_counter()
                    facts += len(writer.add(dataset).fact_ids)
                    t_end = time.perf_counter()
                    storing += t_end - t1
                    extracting += t1 - t0
            storing += time.perf_counter() - t_end  # the last commit
            size = path.stat().st_size
    total = extracting + storing
    count = len(texts)
    print(
        f"{count} articles of ~{words:.0f} words, {facts} facts, one core, "
        f"a commit every {args.commit_every or 'second or 200 articles'}: "
        f"{count / total:.0f} articles/s in all "
        f"(extract {count / extracting:.0f}/s, store {count / storing:.0f}/s); "
        f"database {size / 2**20:.1f} MiB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
