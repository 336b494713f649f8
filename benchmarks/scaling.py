"""Scaling: throughput with 1 and 2 worker processes, and memory over a long stream.

Run: ``python benchmarks/scaling.py [--docs 100000] [--workers 1,2]``. Streams
the articles through :func:`newskit.process_many` with ``format="jsonl"``
(each document rendered in its worker, as the CLI does) and reports documents/s for each worker count. While the
stream runs, the resident memory (``VmRSS``) of every worker process and of
the parent is sampled at each tenth of the stream, so a leak shows as growth
between the first and the last sample, not just as a high peak.
Goal (scale issue): flat memory under 300 MB per worker over 100,000 documents.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import os
import time

from corpus import articles_or_example

import newskit


def rss_mb(pid: int) -> float | None:
    """Resident memory of process *pid* in MB (Linux ``/proc``), or ``None``."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run(articles: list[tuple[str, str]], n: int, workers: int) -> tuple[float, list[tuple[int, float, float]]]:
    """Documents/s, and (documents done, largest worker RSS, parent RSS) samples."""
    stream = itertools.islice(itertools.cycle(articles), n)
    items = ((text, {"published": published} if published else {}) for text, published in stream)
    pipeline = newskit.Pipeline()
    samples: list[tuple[int, float, float]] = []
    step = max(n // 10, 1)
    t = time.perf_counter()
    count = 0
    for _result in newskit.process_many(
        items, workers=workers, pipeline=pipeline if workers <= 1 else None, format="jsonl"
    ):
        count += 1
        if count % step == 0:
            kids = [rss_mb(p.pid) for p in multiprocessing.active_children()]
            kids = [k for k in kids if k is not None]
            samples.append((count, max(kids) if kids else 0.0, rss_mb(os.getpid()) or 0.0))
    return count / (time.perf_counter() - t), samples


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    a = ap.parse_args()
    articles, what = articles_or_example()
    print(f"corpus: {what}, cycled to {a.docs} documents; {os.cpu_count()} CPUs")
    rates: dict[int, float] = {}
    for workers in (int(w) for w in a.workers.split(",")):
        rate, samples = run(articles, a.docs, workers)
        rates[workers] = rate
        base = rates.get(1)
        rel = f" ({rate / base:.2f}x of one)" if base and workers != 1 else ""
        print(f"{workers} worker{'s' if workers > 1 else ''}: {rate:.0f} docs/s{rel}")
        if samples:
            first, last = samples[0], samples[-1]
            who = "largest worker" if workers > 1 else "the one process"
            mem = [s[1] if workers > 1 else s[2] for s in samples]
            print(
                f"  RSS of {who}: {mem[0]:.0f} MB after {first[0]} docs, {mem[-1]:.0f} MB after {last[0]},"
                f" peak {max(mem):.0f} MB (goal flat, < 300 MB per worker)"
            )
            if workers > 1:
                print(f"  parent RSS: {first[2]:.0f} MB -> {last[2]:.0f} MB")


if __name__ == "__main__":
    main()
