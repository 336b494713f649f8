"""Benchmark: datelines found in real articles, and how fast.

Reads ``../shared/data/naeb/articles.json`` (article bodies that keep their
datelines, such as ``ATLANTA --``), the Fundus pages in
``../shared/data/fundus-pages/`` (HTML, read by newskit's HTML reader) and
the PolNeAR texts in ``../shared/data/polnear/*/text/`` (headline, then body,
from seven US outlets), runs the dateline plugins and prints:

* how many datelines were found, and how many have a place, a country, an
  agency, a date and a time zone;
* every dateline found, with the start of its paragraph, so precision can be
  checked by eye;
* the opening lines *not* found that a loose pattern (capitals or a wire
  credit before a dash or colon) flags, so misses can be checked by eye;
* the time to find the dateline of a 700-word article, after warm-up.

The corpora are third-party material: this script only reads them, and says
so and exits with status 0 when they are absent.

Usage: ``python benchmarks/datelines_eval.py [--data DIR] [--quiet]``
"""

from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import re
import sys
import time
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"

# A loose, independent guess at "this paragraph opens with a dateline", used only
# to list possible misses for a human to look at.
_LOOSE = re.compile(
    r"^(?:[A-Z][A-Za-z.'’ -]{1,40}(?:, [A-Z][A-Za-z. ]{1,25}){0,2}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"\s*(?:\([A-Za-z .]{2,30}\))?\s*(?:—|–|--|-\s|:\s)|\((?:AP|Reuters|AFP|CNN|UPI|Xinhua)\))"
)


def _pipeline() -> Any:
    import newskit
    from newskit.datelines import gazetteer, plugin

    return newskit.Pipeline(plugins=[plugin, gazetteer], entry_points=False, on_error="record")


def _row(doc: Any, label: str) -> dict[str, Any]:
    first = doc.body[0].text[:110].replace("\n", " ") if doc.body else ""
    dl = doc.dateline
    opening = doc.text[dl.start : dl.start + 110] if dl else first
    return {"label": label, "dateline": dl, "first": first, "opening": opening.replace("\n", " ")}


def naeb_rows(data: pathlib.Path) -> list[dict[str, Any]]:
    path = data / "naeb" / "articles.json"
    if not path.exists():
        return []
    pipe = _pipeline()
    rows = []
    for key, art in json.loads(path.read_text(encoding="utf-8")).items():
        body = art.get("articleBody") or ""
        if not body.strip():
            continue
        title = (art.get("title") or "Untitled").replace("\n", " ")
        doc = pipe.process(f"{title}\n\n{body}")
        rows.append(_row(doc, f"naeb {art.get('site', key)}"))
    return rows


def fundus_rows(data: pathlib.Path) -> list[dict[str, Any]]:
    root = data / "fundus-pages"
    if not root.exists():
        return []
    pipe = _pipeline()
    rows = []
    for page in sorted(root.glob("*/*.html.gz")):
        meta_file = page.parent / "meta.info"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
        url = (meta.get(page.name) or {}).get("url")
        try:
            doc = pipe.process(gzip.decompress(page.read_bytes()), url=url)
        except Exception as e:  # noqa: BLE001 - a page the reader cannot read is reported, not fatal
            print(f"  ! {page.name}: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        rows.append(_row(doc, f"fundus {page.name}"))
    return rows


def polnear_rows(data: pathlib.Path) -> list[dict[str, Any]]:
    files = sorted((data / "polnear").glob("*/text/*.txt"))
    pipe = _pipeline() if files else None
    return [_row(pipe.process(f.read_text(encoding="utf-8")), f"polnear {f.name}") for f in files]


def report(name: str, rows: list[dict[str, Any]], quiet: bool) -> None:
    found = [r for r in rows if r["dateline"] is not None]
    dls = [r["dateline"] for r in found]
    print(f"\n== {name}: {len(rows)} articles, {len(found)} datelines")
    for field in ("place", "country", "timezone", "agency", "date"):
        print(f"   with {field:<8} {sum(getattr(d, field) is not None for d in dls):4d}")
    missed = [r for r in rows if r["dateline"] is None and _LOOSE.match(r["first"])]
    print(f"   not found but flagged by the loose pattern: {len(missed)}")
    if quiet:
        return
    print("\n   found (dateline | place, region, country, zone, agency, date | opening):")
    for r in found:
        d = r["dateline"]
        print(
            f"   {d.text!r:42} | {d.place}, {d.region}, {d.country}, {d.timezone}, {d.agency}, {d.date}"
            f" | {r['opening'][:60]!r}"
        )
    print("\n   not found, flagged by the loose pattern (check for misses):")
    for r in missed:
        print(f"   {r['label'][:40]:40} {r['first'][:80]!r}")


def speed() -> None:
    from newskit.datelines.plugin import find_dateline
    from newskit.model import Block, Document

    words = ("The council said on Tuesday that the new budget would be debated next week. " * 50).split()
    body = " ".join(words[:700])
    paras = [body[i : i + 700] for i in range(0, len(body), 700)]
    cases = {
        "AP dateline": "KANSAS CITY, Mo. (AP) — " + paras[0],
        "colon dateline": "ISLAMABAD: " + paras[0],
        "no dateline": paras[0],
    }
    for label, first in cases.items():
        doc = Document(body=[Block("paragraph", first), *(Block("paragraph", p) for p in paras[1:])])
        for _ in range(200):
            find_dateline(doc, resolve=True)
        n, runs = 1000, []
        for _ in range(7):  # best of seven: the machine may be shared
            t = time.process_time()
            for _ in range(n):
                find_dateline(doc, resolve=True)
            runs.append((time.process_time() - t) / n * 1e6)
        print(f"   {label:15} {min(runs):7.1f} µs CPU per 700-word article (warm, best of 7)")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA)
    p.add_argument("--quiet", action="store_true", help="counts only")
    args = p.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}; nothing to measure")
        return 0
    t = time.perf_counter()
    from newskit.datelines.gazetteer import lookup

    lookup("London")
    print(f"gazetteer loaded in {(time.perf_counter() - t) * 1000:.0f} ms")
    report("naeb", naeb_rows(args.data), args.quiet)
    report("fundus pages", fundus_rows(args.data), args.quiet)
    report("polnear", polnear_rows(args.data), args.quiet)
    print("\n== speed")
    speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
