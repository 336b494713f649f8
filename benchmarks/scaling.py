"""Scaling: throughput with 1 and 2 worker processes, and peak memory per worker.

Run: ``python benchmarks/scaling.py [--docs 100000]``. Streams the articles
through :func:`newskit.process_many` (JSON rendered in the parent, as the CLI
does) and reports documents/s for each worker count and the peak resident
memory of the worker processes (``ru_maxrss`` of children) and of the parent.
Goal (scale issue): flat memory under 300 MB per worker over 100,000 documents.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import time

from corpus import articles_or_example

import newskit


def run(articles: list[tuple[str, str]], n: int, workers: int) -> float:
    stream = itertools.islice(itertools.cycle(articles), n)
    items = ((text, {"published": published} if published else {}) for text, published in stream)
    pipeline = newskit.Pipeline()
    t = time.perf_counter()
    count = 0
    for result in newskit.process_many(items, workers=workers, pipeline=pipeline if workers <= 1 else None):
        if result.ok:
            pipeline.render(result.document)
        count += 1
    return count / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    a = ap.parse_args()
    articles, what = articles_or_example()
    print(f"corpus: {what}, cycled to {a.docs} documents")
    one = run(articles, a.docs, 1)
    print(f"1 worker (in process): {one:.0f} docs/s")
    two = run(articles, a.docs, 2)
    print(f"2 workers: {two:.0f} docs/s ({two / one:.2f}x of one)")
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: largest worker {kids:.0f} MB, parent {me:.0f} MB (goal < 300 MB per worker)")


if __name__ == "__main__":
    main()
