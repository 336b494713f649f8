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
  ratios use CPU time. Each system is timed in a fresh process of its own,
  so no system finds its caches filled by another (the newskit variants
  share module-level caches). Every system first reads all the pages once,
  untimed: plugin loading, lazy imports, and data and patterns loaded on
  first need (a site's rules when its first page comes, the dateline
  patterns at the first dateline) are one-time costs, not per-page ones, and
  a pass over a few pages left some of them in the timed pass. The timed
  pass is repeated ``--rounds`` times (3 by default), in a rotated order of
  the systems, each round in fresh processes; a page's time is its median
  over the rounds, which keeps a burst of load on a shared machine from
  landing on one system only. Scores come from the first round.

Pages map to the reference versions (``V1``, ``V1_1``, ``V2``, …) in date
order, as Fundus stores them. When trafilatura is installed it runs on the
same pages and the ratios are printed; it is not a dependency of newskit.

The folder holds third-party pages: this script only reads them. When the
folder is absent it says so and exits with status 0.

Usage: ``python benchmarks/html_extraction.py [--data DIR] [--rounds N] [--no-trafilatura] [-v]``
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import gzip
import json
import pathlib
import pickle
import re
import statistics
import subprocess
import sys
import tempfile
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
                        "crawl_date": (meta.get(html_file.name) or {}).get("crawl_date"),
                        "html": gzip.decompress(html_file.read_bytes()),
                        "ref": refs[version],
                    }
                )
    return pages


def _version_key(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", v))


# --- extractors ------------------------------------------------------------------

ANNOTATION_STAGES = ["newskit.datelines.plugin", "newskit.times.plugin", "newskit.quotes.plugin"]
"""Blocked for the extraction-only run, to measure what full annotation adds."""

_PIPELINES: dict[str, Any] = {}


def _pipeline(kind: str) -> Any:
    import newskit

    if kind not in _PIPELINES:
        if kind == "full":
            _PIPELINES[kind] = newskit.Pipeline()
        elif kind == "extract":
            _PIPELINES[kind] = newskit.Pipeline(block=ANNOTATION_STAGES)
        else:  # generic: no installed plugins at all, the built-in generic reader
            _PIPELINES[kind] = newskit.Pipeline(entry_points=False)
    return _PIPELINES[kind]


def read_by_site_plugin(doc: Any) -> bool:
    """Whether an installed plugin (a site or theme plugin, not a built-in) worked on *doc*."""
    return any(not name.startswith("newskit.") for name in doc.plugins)


def _newskit(kind: str) -> Any:
    def run(page: dict[str, Any]) -> dict[str, Any]:
        doc = _pipeline(kind).process(page["html"], url=page["url"])
        site_plugin = read_by_site_plugin(doc)
        return {
            "text": doc.text,
            "title": doc.title,
            "authors": list(doc.authors),
            "date": doc.published,
            "site_plugin": site_plugin,
        }

    return run


def run_newskit(page: dict[str, Any]) -> dict[str, Any]:
    """The default pipeline: every installed plugin, full annotation."""
    return _newskit("full")(page)


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


def _fundus_parser(page: dict[str, Any]) -> Any:
    from fundus import PublisherCollection

    group = getattr(PublisherCollection, page["country"], None)
    publisher = getattr(group, page["publisher"], None) if group is not None else None
    if publisher is None:
        return None
    crawl = page.get("crawl_date")
    when = _dt.datetime.fromisoformat(crawl) if crawl else None
    return publisher.parser(when)


def run_fundus(page: dict[str, Any]) -> dict[str, Any]:
    """Fundus's own parser for the page's publisher (site-specific, like a newskit site plugin)."""
    parser = _fundus_parser(page)
    if parser is None:
        raise LookupError(f"fundus has no parser for {page['publisher']}")
    data = parser.parse(page["html"].decode("utf-8", "replace"), "suppress")
    body = data.get("body")
    parts: list[str] = []
    if body is not None:
        parts.extend(str(x) for x in getattr(body, "summary", []) or [])
        for sec in getattr(body, "sections", []) or []:
            parts.extend(str(x) for x in sec.headline or [])
            parts.extend(str(x) for x in sec.paragraphs or [])
    return {
        "text": "\n\n".join(parts),
        "title": data.get("title"),
        "authors": list(data.get("authors") or []),
        "date": data.get("publishing_date"),
    }


def run_newspaper4k(page: dict[str, Any]) -> dict[str, Any]:
    import newspaper

    art = newspaper.Article(page["url"] or "https://example.invalid/", fetch_images=False)
    art.download(input_html=page["html"].decode("utf-8", "replace"))
    art.parse()
    return {"text": art.text or "", "title": art.title, "authors": list(art.authors), "date": art.publish_date}


SYSTEMS: dict[str, tuple[str, Any]] = {
    # name: (module that must be importable, function)
    "newskit": ("newskit", run_newskit),
    "nk-extract": ("newskit", _newskit("extract")),
    "nk-generic": ("newskit", _newskit("generic")),
    "trafilatura": ("trafilatura", run_trafilatura),
    "fundus": ("fundus", run_fundus),
    "newspaper4k": ("newspaper", run_newspaper4k),
}
"""What can run; ``newskit`` uses every installed plugin (site plugins where one claims the
page), ``nk-extract`` the same without dateline, time and quote annotation, ``nk-generic``
no installed plugin (the generic reader)."""


_LSUM: Any = None


def rouge_lsum(candidate: str, reference: str) -> float | None:
    """ROUGE-LSum F1 with paragraphs as sentences (the ``rouge-score`` package), if installed."""
    global _LSUM
    if _LSUM is None:
        try:
            from rouge_score import rouge_scorer
        except ImportError:
            _LSUM = False
        else:
            _LSUM = rouge_scorer.RougeScorer(["rougeLsum"])
    if _LSUM is False:
        return None
    join = lambda t: "\n".join(p for p in (x.strip() for x in t.split("\n")) if p)  # noqa: E731
    return _LSUM.score(join(reference), join(candidate))["rougeLsum"].fmeasure


def score(page: dict[str, Any], out: dict[str, Any]) -> dict[str, float]:
    ref = page["ref"]
    _p, _r, f1 = rouge_l(out["text"], reference_body(ref))
    ref_date = parse_date(ref.get("publishing_date"))
    got = out["date"]
    lsum = rouge_lsum(out["text"], reference_body(ref))
    return {
        "body_p": _p,
        "body_r": _r,
        "body_f1": f1,
        "lsum": f1 if lsum is None else lsum,
        "title": float(_norm(out["title"]) == _norm(ref.get("title"))),
        "authors": float({_norm(a) for a in out["authors"]} == {_norm(a) for a in ref.get("authors") or []}),
        "date": float(isinstance(got, _dt.datetime) and same_instant(got, ref_date)),
        "day": float(same_day(got, ref_date)),
    }


def timed_pass(name: str, pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One system's output and wall-clock and CPU time on each page, after an untimed pass over them.

    Meant to run in a fresh process (:func:`run_rounds` starts one per system and round).
    The untimed pass does the one-time work (plugin loading, lazy imports, a site's rules
    compiled at its first page, data loaded on first need), which is not a per-page cost.
    """
    fn = SYSTEMS[name][1]
    for page in pages:
        with contextlib.suppress(Exception):  # the timed pass reports it
            fn(page)
    rows = []
    for page in pages:
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            out = fn(page)
        except Exception as e:  # noqa: BLE001 - a benchmark reports failures and goes on
            out = {"text": "", "title": None, "authors": [], "date": None, "failed": f"{type(e).__name__}: {e}"}
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        rows.append({"file": page["file"], "out": out, "wall": wall, "cpu": cpu})
    return rows


def _worker(name: str, data: pathlib.Path, publishers: list[str] | None, out: pathlib.Path) -> int:
    """``--worker``: one timed pass of *name* in this process, pickled to *out*."""
    out.write_bytes(pickle.dumps(timed_pass(name, select(load_pages(data), publishers))))
    return 0


def run_rounds(names: list[str], args: argparse.Namespace) -> dict[str, list[list[dict[str, Any]]]]:
    """Every system's timed passes: *args.rounds* rounds, each system in a fresh process.

    The order of the systems rotates from round to round. A system whose process fails is
    reported on stderr and left out.
    """
    passes: dict[str, list[list[dict[str, Any]]]] = {n: [] for n in names}
    pubs = [a for p in args.publisher or [] for a in ("--publisher", p)]
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            shift = r % len(names)
            for name in names[shift:] + names[:shift]:
                if name not in passes:
                    continue
                out = pathlib.Path(tmp) / f"{name}.pickle"
                cmd = [sys.executable, __file__, "--worker", name, "--data", str(args.data), "--out", str(out), *pubs]
                done = subprocess.run(cmd, capture_output=True, text=True, check=False)
                if done.returncode != 0:
                    print(f"{name}: the timing process failed; left out\n{done.stderr[-2000:]}", file=sys.stderr)
                    del passes[name]
                    continue
                passes[name].append(pickle.loads(out.read_bytes()))
    return passes


def evaluate(
    name: str, rounds: list[list[dict[str, Any]]], pages: list[dict[str, Any]], verbose: bool
) -> dict[str, Any]:
    """Scores of the first round's outputs, and each page's median time over the rounds."""
    rows = []
    failures = 0
    for i, page in enumerate(pages):
        out = rounds[0][i]["out"]
        if out.get("failed"):
            failures += 1
            if verbose:
                print(f"  {name}: {page['file']}: {out['failed']}", file=sys.stderr)
        wall = statistics.median(r[i]["wall"] for r in rounds)
        cpu = statistics.median(r[i]["cpu"] for r in rounds)
        s = score(page, out)
        rows.append(
            {"page": page, "score": s, "out": out, "wall": wall, "cpu": cpu, "cpu_rounds": [r[i]["cpu"] for r in rounds]}
        )
        if verbose:
            print(
                f"  {name:11} {page['file']:40} F1 {s['body_f1']:.3f} (P {s['body_p']:.2f} R {s['body_r']:.2f})"
                f" LSum {s['lsum']:.3f} title {int(s['title'])} authors {int(s['authors'])} date {int(s['date'])}"
                + ("" if s["authors"] else f"  got {out['authors']} want {page['ref'].get('authors')}")
                + ("" if s["date"] else f"  got {out['date']} want {page['ref'].get('publishing_date')}")
            )
    return {"rows": rows, "failures": failures}


def select(pages: list[dict[str, Any]], publishers: list[str] | None) -> list[dict[str, Any]]:
    """The pages of *publishers* (all pages when none are given)."""
    return [p for p in pages if p["publisher"] in publishers] if publishers else pages


KEYS = ("body_f1", "lsum", "body_p", "body_r", "title", "authors", "date", "day")


def summary(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Mean scores and speed over *rows* (pages a system failed on count as zero)."""
    if not rows:
        return {}
    out = {k: statistics.fmean(r["score"][k] for r in rows) for k in KEYS}
    wall, cpu = sum(r["wall"] for r in rows), sum(r["cpu"] for r in rows)
    out["pages"] = len(rows)
    out["pages_per_s"] = len(rows) / wall if wall else float("inf")
    out["pages_per_cpu_s"] = len(rows) / cpu if cpu else float("inf")
    return out


def _table(title: str, sums: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    print(
        f"  {'system':12} {'pages':>5} {'body F1':>8} {'LSum':>6} {'P':>6} {'R':>6} {'title':>6} {'authors':>8}"
        f" {'date':>6} {'day':>6} {'pages/s':>8} {'CPU p/s':>8}"
    )
    for name, s in sums.items():
        if not s:
            continue
        print(
            f"  {name:12} {s['pages']:5d} {s['body_f1']:8.3f} {s['lsum']:6.3f} {s['body_p']:6.3f} {s['body_r']:6.3f}"
            f" {s['title']:6.3f} {s['authors']:8.3f} {s['date']:6.3f} {s['day']:6.3f} {s['pages_per_s']:8.1f}"
            f" {s['pages_per_cpu_s']:8.1f}"
        )


def _ratio(a: dict[str, float], b: dict[str, float], key: str = "pages_per_cpu_s") -> float:
    return a[key] / b[key] if a and b and b[key] else float("nan")


def _per_round(fast: list[dict[str, Any]], slow: list[dict[str, Any]], fmt: str, minus: float = 0) -> str:
    """How many times faster *fast* ran than *slow* (CPU time over the same pages) in each round
    (less *minus*), formatted with *fmt*: the spread a single figure hides on a noisy machine."""
    rounds = min((len(r["cpu_rounds"]) for r in fast + slow), default=0)
    if rounds < 2:
        return ""
    figs = []
    for k in range(rounds):
        t_fast, t_slow = sum(r["cpu_rounds"][k] for r in fast), sum(r["cpu_rounds"][k] for r in slow)
        figs.append(format(t_slow / t_fast - minus, fmt) if t_fast else "nan")
    return f" (rounds: {', '.join(figs)})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA)
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated, of: " + ", ".join(SYSTEMS))
    ap.add_argument("--no-trafilatura", action="store_true", help="same as leaving trafilatura out of --systems")
    ap.add_argument("--publisher", action="append", help="only this publisher's pages (repeatable)")
    ap.add_argument("--json", type=pathlib.Path, help="also write the figures to this JSON file")
    ap.add_argument("--rounds", type=int, default=3, help="timed passes per system, each in a fresh process")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--worker", help=argparse.SUPPRESS)  # internal: one timed pass of this system
    ap.add_argument("--out", type=pathlib.Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return _worker(args.worker, args.data, args.publisher, args.out)
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")
    if not args.data.is_dir():
        print(f"fundus pages not found at {args.data}; skipping the HTML extraction benchmark")
        return 0
    pages = select(load_pages(args.data), args.publisher)
    print(f"{len(pages)} pages from {len({p['publisher'] for p in pages})} publishers")

    names: list[str] = []
    for name in args.systems.split(","):
        if name not in SYSTEMS or (name == "trafilatura" and args.no_trafilatura):
            continue
        module, _fn = SYSTEMS[name]
        try:
            __import__(module)
        except ImportError:
            print(f"{name}: {module} not installed; skipped")
            continue
        names.append(name)
    if rouge_lsum("a", "a") is None:
        print("rouge-score not installed: the LSum column repeats the plain ROUGE-L F1")
    print(
        f"speed: the median of {args.rounds} timed passes per page, each system in a fresh process per pass,"
        " after an untimed pass over all pages"
    )
    passes = run_rounds(names, args)
    results = {name: evaluate(name, rounds, pages, args.verbose) for name, rounds in passes.items()}

    print("\nper publisher: body ROUGE-L F1 (" + " / ".join(results) + ")")
    by_pub: dict[str, dict[str, list[float]]] = {}
    for name, res in results.items():
        for r in res["rows"]:
            by_pub.setdefault(r["page"]["publisher"], {}).setdefault(name, []).append(r["score"]["body_f1"])
    for pub in sorted(by_pub):
        figs = " / ".join(f"{statistics.fmean(by_pub[pub][n]):.3f}" if n in by_pub[pub] else "-" for n in results)
        print(f"  {pub:20} {figs}")

    sums = {name: summary(res["rows"]) for name, res in results.items()}
    _table("all pages (means over pages)", sums)
    for name, res in results.items():
        if res["failures"]:
            print(f"  {name}: failed on {res['failures']} pages (scored as empty)")

    # Pages a newskit site plugin handles, and every system on just those pages.
    site_files = set()
    if "newskit" in results:
        site_files = {r["page"]["file"] for r in results["newskit"]["rows"] if r["out"].get("site_plugin")}
    site_sums = {
        name: summary([r for r in res["rows"] if r["page"]["file"] in site_files]) for name, res in results.items()
    }
    figures: dict[str, Any] = {"pages": len(pages), "all": sums, "site_pages": site_sums}
    if site_files:
        _table(f"pages a newskit site plugin handles ({len(site_files)})", site_sums)
        # Fundus parses only its own publishers: compare it where it ran.
        fundus_ok = {
            r["page"]["file"] for r in results.get("fundus", {"rows": []})["rows"] if not r["out"].get("failed")
        }
    print()

    def on_sites(name: str) -> list[dict[str, Any]]:
        return [r for r in results[name]["rows"] if r["page"]["file"] in site_files]

    ratios: dict[str, float] = {}
    if "newskit" in sums and "trafilatura" in sums and site_files:
        ratios["site_path_vs_trafilatura"] = _ratio(site_sums["newskit"], site_sums["trafilatura"])
        print(
            f"site-plugin path vs trafilatura on the same pages: {ratios['site_path_vs_trafilatura']:.2f}x pages/s"
            + _per_round(on_sites("newskit"), on_sites("trafilatura"), ".2f")
            + f" (goal >= 3x); body F1 {site_sums['newskit']['body_f1']:.3f} vs"
            f" {site_sums['trafilatura']['body_f1']:.3f}, LSum {site_sums['newskit']['lsum']:.3f} (goal >= 0.98)"
        )
    if "nk-generic" in sums and "trafilatura" in sums:
        ratios["generic_vs_trafilatura"] = _ratio(sums["nk-generic"], sums["trafilatura"])
        print(
            f"generic path vs trafilatura, all pages: body F1 {sums['nk-generic']['body_f1']:.3f} vs"
            f" {sums['trafilatura']['body_f1']:.3f}, LSum {sums['nk-generic']['lsum']:.3f} vs"
            f" {sums['trafilatura']['lsum']:.3f}; {ratios['generic_vs_trafilatura']:.2f}x pages/s"
        )
    if "newskit" in sums and "nk-extract" in sums:
        ratios["annotation_overhead"] = _ratio(sums["nk-extract"], sums["newskit"]) - 1
        print(
            f"full annotation (datelines, times, quotes) adds {ratios['annotation_overhead']:.1%} over extraction"
            " alone" + _per_round(results["nk-extract"]["rows"], results["newskit"]["rows"], ".1%", 1) + " (goal <= 20%)"
        )
    if "fundus" in results and "newskit" in results and site_files:
        both = site_files & fundus_ok
        a = summary([r for r in results["newskit"]["rows"] if r["page"]["file"] in both])
        b = summary([r for r in results["fundus"]["rows"] if r["page"]["file"] in both])
        if a and b:
            ratios["site_path_vs_fundus"] = _ratio(a, b)
            print(f"site-plugin path vs Fundus on {len(both)} pages both parse: {ratios['site_path_vs_fundus']:.2f}x")
    if "newspaper4k" in sums and "newskit" in sums:
        ratios["newskit_vs_newspaper4k"] = _ratio(sums["newskit"], sums["newspaper4k"])
        print(f"newskit (default) vs newspaper4k, all pages: {ratios['newskit_vs_newspaper4k']:.2f}x pages/s")
    figures["ratios"] = ratios
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
