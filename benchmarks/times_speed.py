"""Speed of newskit's dateline and time expressions against ``dateparser.search_dates``, side by side.

Runs the dateline plugin's :func:`newskit.datelines.find_dateline` (with the
place looked up in the gazetteer) and :func:`newskit.times.find_times` on the
document with that dateline, and ``dateparser.search_dates(text,
languages=["en"])``, on the same article bodies in one process and prints the
time per 700-word article for each and their ratio. Articles come from
``../shared/data/naeb/articles.json`` when present (real news, many house
styles), else from the fictional articles in ``tests/fixtures/times/``.

    python benchmarks/times_speed.py [--articles N] [--dateparser N] [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
NAEB = ROOT.parent / "shared" / "data" / "naeb" / "articles.json"
FIXTURES = ROOT / "tests" / "fixtures" / "times"


def articles(limit: int) -> tuple[str, list[tuple[str, str, dt.datetime]]]:
    if NAEB.is_file():
        data = json.loads(NAEB.read_text(encoding="utf-8"))
        out = []
        for item in data.values():
            body = item.get("articleBody") or ""
            if len(body.split()) < 150:
                continue
            try:
                day = dt.datetime.fromisoformat((item.get("date") or "")[:10]).replace(tzinfo=dt.timezone.utc)
            except ValueError:
                day = dt.datetime(2023, 1, 1, tzinfo=dt.timezone.utc)
            out.append((item.get("title") or "", body, day))
        return "naeb", out[:limit]
    out = []
    for path in sorted(FIXTURES.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        out.append((title, body, dt.datetime(2024, 3, 6, 9, tzinfo=dt.timezone.utc)))
    return "fixtures", out[:limit]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200, help="articles for newskit")
    ap.add_argument("--dateparser", type=int, default=40, help="of those, articles for dateparser (slow)")
    ap.add_argument("--repeat", type=int, default=5, help="newskit runs per article (best is kept)")
    ap.add_argument("--wall", action="store_true", help="time with the wall clock, not this thread's CPU time")
    args = ap.parse_args(argv)
    # this thread's CPU time by default, so other load on the machine does not count
    clock = time.perf_counter if args.wall else time.thread_time
    source, items = articles(args.articles)
    if not items:
        print("skipped: no articles")
        return 0
    import attrs

    import newskit
    from newskit.datelines import find_dateline
    from newskit.times import find_times

    def dateline_and_times(doc: newskit.Document) -> list:
        dl = find_dateline(doc, resolve=True)
        if dl is not None:
            doc = attrs.evolve(doc, dateline=dl)
        return find_times(doc)

    docs = [
        newskit.Document(
            title=title, body=[newskit.Block("paragraph", p) for p in body.split("\n\n") if p], published=when
        )
        for title, body, when in items
    ]
    for doc in docs[:5]:  # compile the patterns and load the gazetteer once, as a long-running process would
        dateline_and_times(doc)
    ours: list[float] = []  # seconds per 700 words
    found = 0
    for doc in docs:
        words = max(1, len(doc.text.split()) + len((doc.title or "").split()))
        best = float("inf")
        for _ in range(args.repeat):
            t0 = clock()
            res = dateline_and_times(doc)
            best = min(best, clock() - t0)
        found += len(res)
        ours.append(best * 700 / words)
    from dateparser.search import search_dates

    search_dates("warm up on Tuesday", languages=["en"])
    theirs: list[float] = []
    ours_same: list[float] = []
    for doc, mine in list(zip(docs, ours, strict=True))[: args.dateparser]:
        words = max(1, len(doc.text.split()))
        t0 = clock()
        search_dates(doc.text, languages=["en"])
        theirs.append((clock() - t0) * 700 / words)
        ours_same.append(mine)
    med = statistics.median(ours)
    print(f"{len(docs)} articles ({source}), {found} time expressions; clock: {'wall' if args.wall else 'thread CPU time'}")
    print(
        f"newskit dateline + find_times: median {med * 1000:.2f} ms, mean {statistics.mean(ours) * 1000:.2f} ms, "
        f"90th percentile {statistics.quantiles(ours, n=10)[-1] * 1000:.2f} ms per 700 words"
    )
    if theirs:
        m_theirs, m_ours = statistics.median(theirs), statistics.median(ours_same)
        print(
            f"on the first {len(theirs)} articles: newskit {m_ours * 1000:.2f} ms, "
            f"dateparser.search_dates {m_theirs * 1000:.1f} ms per 700 words (median); "
            f"newskit is {m_theirs / m_ours:.0f}x faster"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
