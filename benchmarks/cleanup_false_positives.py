"""False positives of the generic cleanup rules on clean article bodies.

The NAEB corpus (``../shared/data/naeb/articles.json``) holds cleaned article
bodies: everything in them is article text, so every removal, reader comment
and caption the generic rules produce on them is a false positive. Each body
is processed as plain text with its title on the first line, exactly as a
scraped article would arrive. Prints the counts and every false positive.

With ``--html``, the Fundus reference pages (``../shared/data/fundus-pages``)
are read by the HTML reader and every cut of the generic rules is checked
against the reference body: a cut whose text is in the reference paragraphs
is a false positive, any other cut removed junk.

Usage: ``python benchmarks/cleanup_false_positives.py [--data PATH] [--html] [--quiet]``.
Skips (exit 0) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "naeb" / "articles.json"
FUNDUS = ROOT.parent / "shared" / "data" / "fundus-pages"


def html_pages(quiet: bool) -> None:
    """Cuts on the Fundus pages: false positives (text of the reference body) and junk removed."""
    if not FUNDUS.exists():
        print(f"skipped: {FUNDUS} not found")
        return
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from html_extraction import _norm, load_pages, reference_body

    import newskit
    import newskit.cleanup.plugin as cleanup

    pipeline = newskit.Pipeline(plugins=[cleanup], entry_points=False, on_error="record")
    fp: list[str] = []
    junk: list[str] = []
    pages = load_pages(FUNDUS)
    for page in pages:
        reference = _norm(reference_body(page["ref"]))
        doc = pipeline.process(page["html"], url=page["url"])
        cut = [(r.rule, r.text) for r in doc.removed if r.plugin == cleanup.PLUGIN]
        cut += [("cleanup.reader-comment", c.text) for c in doc.comments]
        for rule, text in cut:
            line = f"{page['file']}: {rule}: {text[:90]!r}"
            (fp if _norm(text) and _norm(text) in reference else junk).append(line)
    print(
        f"HTML pages: {len(pages)}, cuts of article text (false positives): {len(fp)}, junk cuts: {len(junk)}"
    )
    if not quiet:
        for line in fp:
            print("   FP", line)
        for line in junk:
            print("   ok", line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA)
    parser.add_argument("--quiet", action="store_true", help="counts only")
    parser.add_argument("--html", action="store_true", help="also check the cuts on the Fundus HTML pages")
    args = parser.parse_args(argv)
    if args.html:
        html_pages(args.quiet)
    if not args.data.exists():
        print(f"skipped: {args.data} not found")
        return 0

    import newskit
    import newskit.cleanup.plugin as cleanup
    from newskit.accounting import unaccounted

    articles = json.loads(args.data.read_text(encoding="utf-8"))
    items = articles.values() if isinstance(articles, dict) else articles
    pipeline = newskit.Pipeline(plugins=[cleanup], entry_points=False)
    by_rule: collections.Counter[str] = collections.Counter()
    examples: list[str] = []
    docs = lost = chars = 0
    started = time.perf_counter()
    for item in items:
        body = (item.get("articleBody") or "").strip()
        if not body:
            continue
        text = f"{(item.get('title') or '').strip()}\n\n{body}\n"
        chars += len(text)
        doc = pipeline.process(text)
        docs += 1
        lost += bool(unaccounted(doc, text))
        for r in doc.removed:
            if r.plugin == cleanup.PLUGIN:
                by_rule[r.rule] += 1
                examples.append(f"{r.rule}: {r.text[:100]!r}")
        for c in doc.comments:
            by_rule["cleanup.reader-comment"] += 1
            examples.append(f"cleanup.reader-comment: {c.text[:100]!r}")
        for b in doc.body:
            if b.kind == "caption":
                by_rule["cleanup.caption"] += 1
                examples.append(f"cleanup.caption: {b.text[:100]!r}")
    elapsed = time.perf_counter() - started
    total = sum(by_rule.values())
    print(f"articles: {docs}, false positives: {total}, documents losing text: {lost}")
    print(f"speed: {docs / elapsed:.0f} articles/s, {chars / elapsed / 1e6:.2f} M chars/s (whole pipeline)")
    for rule, n in by_rule.most_common():
        print(f"  {rule}: {n}")
    if not args.quiet:
        for line in examples:
            print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
