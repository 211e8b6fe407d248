"""Extraction throughput on one core, for ~500-word wire articles.

    python tests/extract/bench_extract.py [--seconds 3]

Articles are built from paragraphs of the hand-annotated test articles, as
many as make 500 words, starting at a different paragraph each. Reports articles per second
and words per second for ``extract()`` alone — storage is the store's to measure.

Only the articles numbered up to :data:`CORPUS_LAST` are used, so that annotating more
articles does not change what the benchmarks measure (until session 5 the corpus grew
with every set, and numbers from different sessions were not comparable).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from desktop.extract.pipeline import extract

ARTICLES = Path(__file__).resolve().parent / "articles"
#: The last article of the benchmark corpus (90 plain-text articles).
CORPUS_LAST = 116


def corpus(target_words: int = 500) -> list[str]:
    """~``target_words``-word articles, each with a date header."""
    files = sorted(ARTICLES.glob("*.txt"))
    bodies = [
        p.read_text(encoding="utf-8") for p in files if int(p.name.split("_")[0]) <= CORPUS_LAST
    ]
    bodies = [b.split(None, 2)[2] if b.startswith("date ") else b for b in bodies]
    paragraphs = [p for b in bodies for p in b.split("\n") if p.strip()]
    out = []
    for i in range(len(bodies)):
        parts: list[str] = []
        j = i * 7
        while sum(len(p.split()) for p in parts) < target_words:
            parts.append(paragraphs[j % len(paragraphs)])
            j += 1
        out.append(f"date 2025-06-{1 + i % 28:02d} " + "\n\n".join(parts))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description="extraction throughput")
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    texts = corpus()
    words = sum(len(t.split()) for t in texts) / len(texts)
    for text in texts:  # warm-up: regex compilation, imports
        extract(text)
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        extract(texts[done % len(texts)])
        done += 1
    elapsed = time.perf_counter() - start
    print(
        f"{done} articles of ~{words:.0f} words in {elapsed:.2f} s on one core: "
        f"{done / elapsed:.0f} articles/s, {done * words / elapsed:,.0f} words/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
