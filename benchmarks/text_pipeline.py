"""Text pipeline throughput per core, side by side with dateparser.search_dates.

Run: ``python benchmarks/text_pipeline.py``. Processes each article with the
default pipeline (every built-in stage and installed plugin: cleanup,
dateline, times, quotes) and renders JSON, on one core; then runs
``dateparser.search_dates(text, languages=["en"])`` on the same articles and
prints the ratio. Goal (scale issue): >= 500 articles/s per core and >= 50x
faster than search_dates alone. The best of ``--repeat`` runs is given in wall-clock
time and in CPU time of this thread (the figure to compare on a shared machine);
search_dates is timed the same way, on each of the articles once per run, and the
ratio compares CPU times.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from corpus import articles_or_example

import newskit


def best_of(repeat: int, run: Callable[[], object]) -> tuple[float, float]:
    """The shortest wall-clock and the shortest CPU time (of this thread) of *repeat* calls of *run*."""
    best = best_cpu = float("inf")
    for _ in range(repeat):
        t, c = time.perf_counter(), time.thread_time()
        run()
        best = min(best, time.perf_counter() - t)
        best_cpu = min(best_cpu, time.thread_time() - c)
    return best, best_cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=200, help="articles to use (default 200)")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    corpus, what = articles_or_example()
    articles = (corpus * (1 + a.limit // max(len(corpus), 1)))[: a.limit]
    pipeline = newskit.Pipeline()
    pipeline.render(pipeline.process(articles[0][0]))  # warm up: imports, lazy data
    best, best_cpu = best_of(
        a.repeat,
        lambda: [pipeline.render(pipeline.process(t, published=p or None), "json") for t, p in articles],
    )
    ours = len(articles) / best
    cpu = len(articles) / best_cpu
    print(f"corpus: {what}; {len(articles)} articles")
    print(f"newskit full text pipeline + JSON: {ours:.0f} articles/s on one core ({1000 / ours:.2f} ms each)")
    print(f"in CPU time of this thread: {cpu:.0f} articles/s ({1000 / cpu:.2f} ms each)")
    print(f"plugins: {', '.join(sorted(i.name for i in pipeline.plugins()))}")
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed: no side-by-side figure")
        return
    distinct = [text for text, _ in corpus[: a.limit]]  # each article once: it is slow
    search_dates("warm up on Tuesday", languages=["en"])
    _, best_theirs = best_of(a.repeat, lambda: [search_dates(text, languages=["en"]) for text in distinct])
    theirs = len(distinct) / best_theirs
    print(f"dateparser.search_dates alone, in CPU time of this thread: {theirs:.1f} articles/s on the same articles")
    print(f"ratio (CPU time): newskit full pipeline is {cpu / theirs:.0f}x faster (goal >= 50x)")


if __name__ == "__main__":
    main()
