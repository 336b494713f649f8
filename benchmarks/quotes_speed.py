"""Speed of the quotes stage: milliseconds to find all quotes of a 700-word article.

usage: python benchmarks/quotes_speed.py [--repeat 5]

Times :func:`newskit.quotes.plugin.find` alone (reading and cleaning are not
counted) on the test fixture article grown to 700 words, and on the PolNeAR
dev texts when they are here (per 700 words). A spaCy/textacy baseline runs
side by side only when both are installed.
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


def per_doc_ms(docs: list[newskit.Document], repeat: int) -> list[float]:
    for d in docs:
        find(d)  # warm caches
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            find(d)
        runs.append((time.perf_counter() - t0) * 1000 / len(docs))
    return runs


def spacy_baseline(texts: list[str]) -> str:
    try:
        import spacy
        import textacy.extract
    except ImportError:
        return "spaCy/textacy baseline: not installed, skipped"
    nlp = spacy.load("en_core_web_sm")
    t0 = time.perf_counter()
    for t in texts:
        list(textacy.extract.triples.direct_quotations(nlp(t)))
    return f"spaCy/textacy direct_quotations: {(time.perf_counter() - t0) * 1000 / len(texts):.1f} ms per article"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    reader = newskit.Pipeline(entry_points=False)
    text = seven_hundred_words()
    doc = reader.process(text)
    runs = per_doc_ms([doc], a.repeat * 20)
    print(
        f"fixture grown to {len(text.split())} words: median {statistics.median(runs):.2f} ms, best {min(runs):.2f} ms"
    )
    texts = [text]
    if POLNEAR.exists():
        texts = [p.read_text(encoding="utf-8") for p in sorted(POLNEAR.glob("*.txt"))]
        docs = [reader.process(t) for t in texts]
        words = sum(len(d.text.split()) + len((d.title or "").split()) for d in docs)
        runs = per_doc_ms(docs, a.repeat)
        scale = len(docs) * 700 / words
        print(
            f"PolNeAR dev, {len(docs)} articles, {words / len(docs):.0f} words each: "
            f"median {statistics.median(runs) * scale:.2f} ms per 700 words, best {min(runs) * scale:.2f}"
        )
    print(spacy_baseline(texts))


if __name__ == "__main__":
    main()
