"""Benchmark: newskit's HTML reader against the Fundus reference output.

Reads the real publisher pages in ``../shared/data/fundus-pages/`` (relative
to the repository; override with ``--data``) and compares, page by page:

* **body**: ROUGE-L F1 between newskit's body and the Fundus body. Both are
  tokenised into lower-cased word tokens (``\\w+``); the reference is the
  Fundus summary, section headlines and paragraphs joined in order, the
  candidate is ``doc.text``. The score is the plain LCS over the two whole
  token sequences (no sentence splitting, no union LCS): precision =
  LCS/len(candidate), recall = LCS/len(reference), F1 their harmonic mean.
  The LCS is computed with a bit-parallel algorithm, so long pages are cheap.
* **title**: equal after white-space collapsing and case folding.
* **authors**: equal as sets after the same normalisation (a page whose
  reference has no authors counts when newskit finds none either).
* **date**: the same instant as the reference ``publishing_date`` (time zone
  kept in the comparison); ``day`` is the same calendar date, for
  comparison with extractors that give only a day.
* **speed**: pages per second of wall-clock time and of CPU time (the
  process's own, so other load on the machine does not count); the speed
  ratio to trafilatura uses CPU time. The first page is read once before
  timing (plugin loading and lazy imports are not per-page costs).

Pages map to the reference versions (``V1``, ``V1_1``, ``V2``, …) in date
order, as Fundus stores them. When trafilatura is installed it runs on the
same pages and the ratios are printed; it is not a dependency of newskit.

The folder holds third-party pages: this script only reads them. When the
folder is absent it says so and exits with status 0.

Usage: ``python benchmarks/html_extraction.py [--data DIR] [--no-trafilatura] [-v]``
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gzip
import json
import pathlib
import re
import statistics
import sys
import time
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "fundus-pages"
_TOKEN = re.compile(r"\w+")


# --- scoring --------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def lcs_length(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of *a* and *b* (bit-parallel, Hyyrö 2004)."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for i, tok in enumerate(a):
        masks[tok] = masks.get(tok, 0) | (1 << i)
    full = (1 << len(a)) - 1
    row = full
    for tok in b:
        m = masks.get(tok)
        if m is None:
            continue
        u = row & m
        row = ((row + u) | (row - u)) & full
    return len(a) - bin(row).count("1")


def rouge_l(candidate: str, reference: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of the LCS over the two token sequences."""
    c, r = tokens(candidate), tokens(reference)
    if not c and not r:
        return 1.0, 1.0, 1.0
    if not c or not r:
        return 0.0, 0.0, 0.0
    n = lcs_length(r, c)
    p, rc = n / len(c), n / len(r)
    return p, rc, (2 * p * rc / (p + rc) if p + rc else 0.0)


def _norm(s: str | None) -> str:
    return " ".join((s or "").split()).casefold()


def reference_body(ref: dict[str, Any]) -> str:
    body = ref.get("body") or {}
    parts: list[str] = list(body.get("summary") or [])
    for sec in body.get("sections") or []:
        parts.extend(sec.get("headline") or [])
        parts.extend(sec.get("paragraphs") or [])
    return "\n\n".join(parts)


def parse_date(value: str | None) -> _dt.datetime | None:
    if not value:
        return None
    try:
        return _dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def same_instant(a: _dt.datetime | None, b: _dt.datetime | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return a == b


def same_day(a: _dt.date | None, b: _dt.date | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return (a.year, a.month, a.day) == (b.year, b.month, b.day)


# --- the corpus -------------------------------------------------------------------


def load_pages(data: pathlib.Path) -> list[dict[str, Any]]:
    """Each page with its publisher, URL, HTML bytes and reference record."""
    pages = []
    for country in sorted(p for p in data.iterdir() if p.is_dir()):
        meta_file = country / "meta.info"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
        for ref_file in sorted(country.glob("*.json")):
            publisher = ref_file.stem
            refs = json.loads(ref_file.read_text(encoding="utf-8"))
            versions = sorted(refs, key=_version_key)
            htmls = sorted(country.glob(f"{publisher}_*.html.gz"))
            for html_file, version in zip(htmls, versions, strict=False):
                pages.append(
                    {
                        "publisher": publisher,
                        "country": country.name,
                        "file": html_file.name,
                        "url": (meta.get(html_file.name) or {}).get("url"),
                        "html": gzip.decompress(html_file.read_bytes()),
                        "ref": refs[version],
                    }
                )
    return pages


def _version_key(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", v))


# --- extractors ------------------------------------------------------------------


def run_newskit(page: dict[str, Any]) -> dict[str, Any]:
    import newskit

    doc = newskit.process(page["html"], url=page["url"])
    return {"text": doc.text, "title": doc.title, "authors": list(doc.authors), "date": doc.published}


def run_trafilatura(page: dict[str, Any]) -> dict[str, Any]:
    import trafilatura

    res = trafilatura.bare_extraction(page["html"], url=page["url"], with_metadata=True)
    if res is None:
        return {"text": "", "title": None, "authors": [], "date": None}
    get = res.get if isinstance(res, dict) else lambda k: getattr(res, k, None)
    authors = [a.strip() for a in (get("author") or "").split(";") if a.strip()]
    day = None
    if get("date"):
        try:
            day = _dt.date.fromisoformat(get("date")[:10])
        except ValueError:
            day = None
    return {"text": get("text") or "", "title": get("title"), "authors": authors, "date": day}


def score(page: dict[str, Any], out: dict[str, Any]) -> dict[str, float]:
    ref = page["ref"]
    _p, _r, f1 = rouge_l(out["text"], reference_body(ref))
    ref_date = parse_date(ref.get("publishing_date"))
    got = out["date"]
    return {
        "body_p": _p,
        "body_r": _r,
        "body_f1": f1,
        "title": float(_norm(out["title"]) == _norm(ref.get("title"))),
        "authors": float({_norm(a) for a in out["authors"]} == {_norm(a) for a in ref.get("authors") or []}),
        "date": float(isinstance(got, _dt.datetime) and same_instant(got, ref_date)),
        "day": float(same_day(got, ref_date)),
    }


def evaluate(name: str, fn: Any, pages: list[dict[str, Any]], verbose: bool) -> dict[str, Any]:
    rows = []
    elapsed = cpu = 0.0
    failures = 0
    for page in pages:
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            out = fn(page)
        except Exception as e:  # noqa: BLE001 - a benchmark reports failures and goes on
            failures += 1
            print(f"  {name}: {page['file']}: {type(e).__name__}: {e}", file=sys.stderr)
            out = {"text": "", "title": None, "authors": [], "date": None}
        elapsed += time.perf_counter() - t0
        cpu += time.process_time() - c0
        s = score(page, out)
        rows.append((page, s, out))
        if verbose:
            print(
                f"  {name:11} {page['file']:40} F1 {s['body_f1']:.3f} (P {s['body_p']:.2f} R {s['body_r']:.2f})"
                f" title {int(s['title'])} authors {int(s['authors'])} date {int(s['date'])}"
                + ("" if s["authors"] else f"  got {out['authors']} want {page['ref'].get('authors')}")
                + ("" if s["date"] else f"  got {out['date']} want {page['ref'].get('publishing_date')}")
            )
    return {"rows": rows, "elapsed": elapsed, "cpu": cpu, "failures": failures}


def summary(result: dict[str, Any]) -> dict[str, float]:
    rows = result["rows"]
    keys = ("body_f1", "body_p", "body_r", "title", "authors", "date", "day")
    out = {k: statistics.fmean(s[k] for _p, s, _o in rows) for k in keys}
    out["pages_per_s"] = len(rows) / result["elapsed"] if result["elapsed"] else float("inf")
    out["pages_per_cpu_s"] = len(rows) / result["cpu"] if result["cpu"] else float("inf")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA)
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"fundus pages not found at {args.data}; skipping the HTML extraction benchmark")
        return 0
    pages = load_pages(args.data)
    print(f"{len(pages)} pages from {len({p['publisher'] for p in pages})} publishers")

    systems: dict[str, Any] = {"newskit": run_newskit}
    if not args.no_trafilatura:
        try:
            import trafilatura  # noqa: F401
        except ImportError:
            print("trafilatura not installed; newskit only")
        else:
            systems["trafilatura"] = run_trafilatura
    run_newskit(pages[0])  # warm up: plugin loading and lazy imports are not per-page cost
    results = {name: evaluate(name, fn, pages, args.verbose) for name, fn in systems.items()}

    print("\nper publisher: body ROUGE-L F1" + (" (newskit / trafilatura)" if len(systems) > 1 else ""))
    by_pub: dict[str, dict[str, list[float]]] = {}
    for name, res in results.items():
        for page, s, _o in res["rows"]:
            by_pub.setdefault(page["publisher"], {}).setdefault(name, []).append(s["body_f1"])
    for pub in sorted(by_pub):
        figs = " / ".join(f"{statistics.fmean(by_pub[pub][n]):.3f}" for n in systems)
        print(f"  {pub:20} {figs}")

    print("\nmeans over pages")
    header = f"  {'system':12} {'body F1':>8} {'P':>6} {'R':>6} {'title':>6} {'authors':>8} {'date':>6} {'day':>6} {'pages/s':>8} {'CPU p/s':>8}"
    print(header)
    sums = {}
    for name, res in results.items():
        s = summary(res)
        sums[name] = s
        print(
            f"  {name:12} {s['body_f1']:8.3f} {s['body_p']:6.3f} {s['body_r']:6.3f} {s['title']:6.3f}"
            f" {s['authors']:8.3f} {s['date']:6.3f} {s['day']:6.3f} {s['pages_per_s']:8.1f}"
            f" {s['pages_per_cpu_s']:8.1f}" + (f"  ({res['failures']} failures)" if res["failures"] else "")
        )
    if "trafilatura" in sums:
        a, b = sums["newskit"], sums["trafilatura"]
        ratio = a["body_f1"] / b["body_f1"] if b["body_f1"] else float("inf")
        speed = a["pages_per_cpu_s"] / b["pages_per_cpu_s"] if b["pages_per_cpu_s"] else float("inf")
        print(
            f"\nnewskit / trafilatura: body F1 ratio {ratio:.3f}, speed ratio (CPU time) {speed:.2f}"
            " (trafilatura gives only a day for the date: compare the 'day' column)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
