"""Speed of the quotes stage: milliseconds to find all quotes of a 700-word article.

usage: python benchmarks/quotes_speed.py [--repeat 5]

Times :func:`newskit.quotes.plugin.find` alone (reading and cleaning are not
counted) on the test fixture article grown to 700 words, and on the PolNeAR
dev texts when they are here (per 700 words), in CPU time of this thread by
default (``--wall`` for the wall clock). A spaCy/textacy baseline runs side by
side only when spaCy, textacy and the en_core_web_sm model are installed; the
model is not on PyPI, the one registry this project's machines reach, so the
output says it was skipped.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import newskit
from newskit.quotes.plugin import find

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "quotes" / "harbour.txt"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"


def seven_hundred_words() -> str:
    head, _, body = FIXTURE.read_text(encoding="utf-8").partition("\n\n")
    paragraphs = body.split("\n\n")
    out: list[str] = []
    while sum(len(p.split()) for p in out) < 700:
        out.append(paragraphs[len(out) % len(paragraphs)])
    return head + "\n\n" + "\n\n".join(out)


def per_doc_ms(docs: list[newskit.Document], repeat: int, clock=time.thread_time) -> list[float]:
    """Milliseconds per document, one figure per run over *docs*.

    The default clock is this thread's CPU time, so that other work on a shared
    machine does not count; ``--wall`` uses the wall clock instead.
    """
    for d in docs:
        find(d)  # warm caches
    runs = []
    for _ in range(repeat):
        t0 = clock()
        for d in docs:
            find(d)
        runs.append((clock() - t0) * 1000 / len(docs))
    return runs


def spacy_baseline(texts: list[str]) -> str:
    try:
        import spacy
        import textacy.extract
    except ImportError:
        return (
            "spaCy/textacy baseline: not installed, skipped (spaCy and textacy install from PyPI, "
            "but spaCy's English model en_core_web_sm is not published there, so it cannot be installed here)"
        )
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        return "spaCy/textacy baseline: the en_core_web_sm model is not installed, skipped"
    t0 = time.perf_counter()
    for t in texts:
        list(textacy.extract.triples.direct_quotations(nlp(t)))
    return f"spaCy/textacy direct_quotations: {(time.perf_counter() - t0) * 1000 / len(texts):.1f} ms per article"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--wall", action="store_true", help="time with the wall clock, not CPU time")
    a = ap.parse_args()
    clock = time.perf_counter if a.wall else time.thread_time
    print(f"clock: {'wall' if a.wall else 'CPU time of this thread'}")
    reader = newskit.Pipeline(entry_points=False)
    text = seven_hundred_words()
    doc = reader.process(text)
    runs = per_doc_ms([doc], a.repeat * 20, clock)
    print(
        f"fixture grown to {len(text.split())} words: median {statistics.median(runs):.2f} ms, best {min(runs):.2f} ms"
    )
    texts = [text]
    if POLNEAR.exists():
        texts = [p.read_text(encoding="utf-8") for p in sorted(POLNEAR.glob("*.txt"))]
        docs = [reader.process(t) for t in texts]
        words = sum(len(d.text.split()) + len((d.title or "").split()) for d in docs)
        runs = per_doc_ms(docs, a.repeat, clock)
        scale = len(docs) * 700 / words
        print(
            f"PolNeAR dev, {len(docs)} articles, {words / len(docs):.0f} words each: "
            f"median {statistics.median(runs) * scale:.2f} ms per 700 words, best {min(runs) * scale:.2f}"
        )
    print(spacy_baseline(texts))


if __name__ == "__main__":
    main()
