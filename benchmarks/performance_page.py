"""Write the docs page "Performance" from a fresh run of the benchmark scripts.

Run: ``python benchmarks/performance_page.py [--docs 100000] [--quick]``. Runs
each benchmark script in a subprocess with the current interpreter, and writes
``docs/reference/performance.rst`` with their output verbatim, the machine
(CPU, cores, memory, load average), and the versions of Python, newskit and
the peers. Scripts whose corpus is absent say so and the page says it too.
``--quick`` uses fewer documents for the scaling run (for a check, not for the
published figures). It also writes ``docs/howto/per-core.inc``, the few figures
per core that the guide "Processing a web crawl" quotes, read from the same
output (:func:`per_core`).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib.metadata
import os
import pathlib
import platform
import re
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
PAGE = HERE.parent / "docs" / "reference" / "performance.rst"
PER_CORE = HERE.parent / "docs" / "howto" / "per-core.inc"
PACKAGES = (
    "newskit", "attrs", "pluggy", "regex", "dateparser", "lxml", "orjson",
    "trafilatura", "fundus", "newspaper4k", "rouge-score",
)

RUNS: list[tuple[str, list[str], str]] = [
    ("Text pipeline", ["text_pipeline.py"], "Cleanup, dateline, times, quotes and JSON on real 600-800-word articles, on one core, next to ``dateparser.search_dates`` alone."),
    ("Where the time goes", ["text_stages.py"], "CPU time of each plugin hook, of JSON rendering and of the pipeline between hooks, per 600-800-word article (the timing wrapper adds a little to each figure)."),
    ("Dateline and time expressions", ["times_speed.py"], "The dateline and every time expression of an article, next to ``dateparser.search_dates``."),
    ("Quotes", ["quotes_speed.py"], "Every quote of a 700-word article."),
    ("HTML pages", ["html_extraction.py"], "The shared publisher pages: newskit with its site plugins, its generic reader, extraction without annotation, and the peers that are installed, on the same pages in one run."),
    ("Scaling", ["scaling.py", "--workers", "1,2"], "Throughput with one and two worker processes."),
    ("Memory over a long stream", ["scaling.py", "--workers", "2"], "Two workers over a long stream, resident memory sampled at every tenth of it."),
    ("Start-up", ["startup.py"], "``import newskit`` and the first document in a fresh interpreter, next to the peers' imports."),
]


def machine() -> list[str]:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        for line in pathlib.Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    return [
        f"* CPU: {cpu}, {os.cpu_count()} logical cores; memory {mem}",
        f"* System: {platform.system()} {platform.release()}; Python {platform.python_version()}",
        f"* Load average when the run started: {load}",
    ]


def versions() -> str:
    found = []
    for name in PACKAGES:
        try:
            found.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return ", ".join(found)


def _find(pattern: str, text: str) -> re.Match[str] | None:
    return re.search(pattern, text, re.MULTILINE)


def _cpu_rate(table: str, system: str) -> float | None:
    """The last column (pages per CPU second) of *system*'s row in an HTML results table."""
    m = _find(rf"^\s*{re.escape(system)}\s+\d+\s.*?([\d.]+)\s*$", table)
    return float(m.group(1)) if m else None


def per_core(outputs: dict[str, str], day: str) -> list[str]:
    """The figures per core of one run as a reStructuredText bullet list (``[]`` parts when a run lacks them)."""
    items = []
    html = outputs.get("HTML pages", "")
    whole, _, site = html.partition("pages a newskit site plugin handles")
    rates = {name: (_cpu_rate(whole, name), _cpu_rate(site, name)) for name in ("newskit", "nk-extract", "nk-generic", "trafilatura")}
    if all(all(pair) for pair in rates.values()):
        (full, full_site), (ext, ext_site), (gen, _), (traf, traf_site) = rates.values()
        items.append(
            f"HTML pages of the shared publisher set with full annotation: {full:.0f} pages per second"
            f" per core over all pages (site plugins where they apply), {full_site:.0f} on the pages a"
            f" site plugin handles, {gen:.0f} with the generic extractor alone; without the dateline,"
            f" time and quote stages {ext:.0f} and {ext_site:.0f}. trafilatura's ``extract()`` reads {traf:.0f}"
            f" (all pages) and {traf_site:.0f} (the site-plugin pages) per second."
        )
    text = _find(r"([\d.]+) articles/s on one core \(([\d.]+) ms each\)", outputs.get("Text pipeline", ""))
    stages = outputs.get("Where the time goes", "")
    quotes = _find(r"([\d.]+)%\s+find_quotes", stages)
    times = _find(r"([\d.]+)%\s+find_times", stages)
    if text:
        share = (
            f", of which the quote stage takes about {float(quotes.group(1)):.0f}% and the time stage"
            f" about {float(times.group(1)):.0f}% (``benchmarks/text_stages.py``)"
            if quotes and times
            else ""
        )
        items.append(
            f"Plain-text articles of 600-800 words through every stage, with JSON: {float(text.group(1)):.0f}"
            f" articles per second per core ({text.group(2)} ms each){share}."
        )
    two = _find(r"2 workers: [\d.]+ docs/s \(([\d.]+)x of one\)", outputs.get("Scaling", ""))
    peak = _find(r"RSS of largest worker: .*peak (\d+) MB", outputs.get("Memory over a long stream", ""))
    docs = _find(r"cycled to (\d+) documents", outputs.get("Memory over a long stream", ""))
    if two and peak and docs:
        items.append(
            f"Two worker processes give {two.group(1)} times the throughput of one"
            f" (``benchmarks/scaling.py``); the largest worker peaked at {peak.group(1)} MB over"
            f" {int(docs.group(1)):,} documents, because only a bounded number of documents is in flight."
        )
    if not items:
        return []
    head = [f".. Generated by benchmarks/performance_page.py on {day}; do not edit it by hand.", ""]
    return head + [line for item in items for line in (f"- {item}", "")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000, help="documents for the scaling run")
    ap.add_argument("--quick", action="store_true", help="2,000 documents for scaling")
    ap.add_argument("--out", type=pathlib.Path, default=PAGE)
    a = ap.parse_args()
    started = _dt.datetime.now(_dt.timezone.utc)
    lines = [
        ".. _performance:",
        "",
        "Performance",
        "===========",
        "",
        ".. This page is generated by benchmarks/performance_page.py; do not edit it by hand.",
        "",
        f"Figures from one run of the benchmark scripts under ``benchmarks/`` on {started:%Y-%m-%d}."
        " Each script runs newskit and the peers side by side on the same input, in the same run,"
        " and prints the ratios; the output is shown as printed. Re-run them on your machine with"
        " ``python benchmarks/performance_page.py`` (the peers are optional; the comment at the top"
        " of ``benchmarks/requirements-peers.txt`` gives the order to install them in).",
        "",
        "Wall-clock figures on a shared or virtual machine move by 10-20 % from one run to the next,"
        " and a ratio of two of them further: what annotation adds over extraction alone has read"
        " 20 % in one run and 41 % in another, on the same code and the same kind of machine; the HTML"
        " benchmark therefore also prints its ratios round by round."
        " To tell whether a change made newskit cheaper, compare instruction counts instead:"
        " ``python benchmarks/instructions.py [STAGE ...] [--src DIR]`` runs each stage under valgrind's"
        " callgrind and counts the instructions of one pass, which move by well under 1 % between runs"
        " (``--src`` measures another checkout, for a before/after comparison).",
        "",
        "Machine",
        "-------",
        "",
        *machine(),
        f"* Versions: {versions()}",
        "",
    ]
    outputs: dict[str, str] = {}
    for title, cmd, what in RUNS:
        args = list(cmd)
        if cmd[0] == "scaling.py":  # throughput needs a few thousand documents; memory the long stream
            long = cmd[-1] == "2"
            args += ["--docs", str(2000 if a.quick or not long else a.docs)]
        print(f"running {' '.join(args)} ...", file=sys.stderr, flush=True)
        t = time.perf_counter()
        res = subprocess.run([sys.executable, *args], cwd=HERE, capture_output=True, text=True)
        took = time.perf_counter() - t
        out = outputs[title] = res.stdout.rstrip() or "(no output)"
        if res.returncode:
            out += f"\n(exit status {res.returncode}: {res.stderr.strip().splitlines()[-1] if res.stderr.strip() else ''})"
        lines += [title, "-" * len(title), "", what, f"``python benchmarks/{' '.join(args)}`` ({took:.0f} s):", "",
                  ".. code-block:: text", ""]
        lines += [f"   {line}" if line else "" for line in out.splitlines()]
        lines.append("")
    a.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {a.out}", file=sys.stderr)
    summary = per_core(outputs, f"{started:%Y-%m-%d}")
    if summary and a.out == PAGE:  # a page written elsewhere is a trial: keep the guide's figures
        PER_CORE.write_text("\n".join(summary), encoding="utf-8")
        print(f"wrote {PER_CORE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
