"""Where the pipeline's time goes: CPU time per plugin hook, per article.

Run: ``python benchmarks/text_stages.py [--html]``. Processes the same 600-800-word
articles as ``text_pipeline.py`` (with ``--html``: the shared publisher pages of
``html_extraction.py``, with their URLs) and charges the CPU time of this thread to
each plugin implementation that runs (identify, read, clean, dateline, times,
quotes), to JSON rendering, and to the pipeline's own work between the hooks.
The timing wrapper adds a little to every figure; use ``text_pipeline.py``
for the throughput itself.
"""

from __future__ import annotations

import argparse
import collections
import time

from corpus import articles_or_example

import newskit
from newskit.pipeline import Run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--top", type=int, default=12, help="rows to print (default 12)")
    ap.add_argument("--html", action="store_true", help="the shared publisher pages instead of texts")
    a = ap.parse_args()
    if a.html:
        from html_extraction import DEFAULT_DATA, load_pages

        pages = load_pages(DEFAULT_DATA)
        if not pages:
            raise SystemExit(f"no pages in {DEFAULT_DATA}")
        articles = [(p["html"], None, p["url"]) for p in pages]
        what = f"{len(pages)} publisher pages"
    else:
        texts, what = articles_or_example()
        articles = [(text, published or None, None) for text, published in texts]
    pipeline = newskit.Pipeline()
    for source, published, url in articles:  # warm up: imports, lazy data
        pipeline.render(pipeline.process(source, published=published, url=url))
    spent: collections.Counter[tuple[str, str]] = collections.Counter()
    call_one = Run._call_one

    def timed(self: Run, impl, hook, stage, kwargs):  # type: ignore[no-untyped-def]
        start = time.thread_time_ns()
        try:
            return call_one(self, impl, hook, stage, kwargs)
        finally:
            spent[(hook.removeprefix("newskit_"), impl.plugin_name)] += time.thread_time_ns() - start

    Run._call_one = timed  # type: ignore[method-assign]
    json_ns = 0
    start = time.thread_time_ns()
    for _ in range(a.repeat):
        for source, published, url in articles:
            doc = pipeline.process(source, published=published, url=url)
            t = time.thread_time_ns()
            pipeline.render(doc, "json")
            json_ns += time.thread_time_ns() - t
    total = time.thread_time_ns() - start
    Run._call_one = call_one  # type: ignore[method-assign]
    n = a.repeat * len(articles)
    per = 1e6 * n
    print(f"corpus: {what}; CPU time of this thread per article")
    print(f"total {total / per:.3f} ms")
    rows = spent.most_common()
    for (hook, plugin), ns in rows[: a.top]:
        print(f"  {ns / per:7.3f} ms  {100 * ns / total:4.1f}%  {hook:<16} {plugin}")
    rest = sum(ns for _, ns in rows[a.top :])
    print(f"  {rest / per:7.3f} ms  {100 * rest / total:4.1f}%  {len(rows) - a.top} other hook calls")
    print(f"  {json_ns / per:7.3f} ms  {100 * json_ns / total:4.1f}%  render json")
    own = total - json_ns - sum(spent.values())
    print(f"  {own / per:7.3f} ms  {100 * own / total:4.1f}%  pipeline between hooks")


if __name__ == "__main__":
    main()
