"""Startup cost: ``import newskit`` and the first document, side by side with peers.

Run: ``python benchmarks/startup.py``. Each figure is the median of several
fresh interpreters; peers that are not installed are skipped. The foundation
target is under 150 ms of cumulative import time for ``import newskit``.
Each command first runs once with bytecode writing allowed, so that every
module is byte-compiled as after ``pip install`` (an environment that sets
``PYTHONDONTWRITEBYTECODE`` would otherwise compile sources on every start).
"""

from __future__ import annotations

import importlib.util
import json
import os
import pathlib
import re
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "article.txt"
RUNS = 5


def warm(code: str) -> None:
    """Run *code* once with bytecode writing allowed, so the measured runs load compiled modules."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=env)


def import_time_ms(module: str) -> float:
    """Cumulative import time of *module* in a fresh interpreter, from -X importtime."""
    warm(f"import {module}")
    samples = []
    for _ in range(RUNS):
        res = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True, text=True, check=True,
        )
        pattern = rf"^import time:\s+\d+ \|\s+(\d+) \|\s?{re.escape(module)}$"
        line = [m for m in re.finditer(pattern, res.stderr, re.M)][-1]
        samples.append(int(line.group(1)) / 1000)
    return statistics.median(samples)


def wall_ms(code: str) -> float:
    warm(code)
    samples = []
    for _ in range(RUNS):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def main() -> None:
    base = wall_ms("pass")
    ours = import_time_ms("newskit")
    print(f"import newskit: {ours:.1f} ms cumulative (target < 150 ms)")
    for peer in ("dateparser", "trafilatura", "newspaper", "fundus"):
        if importlib.util.find_spec(peer) is None:
            print(f"import {peer}: not installed, skipped")
            continue
        theirs = import_time_ms(peer)
        print(f"import {peer}: {theirs:.1f} ms cumulative ({theirs / ours:.1f}x newskit)")
    if EXAMPLE.exists():
        first = wall_ms(
            f"import pathlib, newskit; newskit.render(newskit.process(pathlib.Path({str(EXAMPLE)!r})))"
        )
        print(f"first document (interpreter start + import + process + render): {first:.0f} ms; "
              f"bare interpreter {base:.0f} ms")
        parts = first_document_parts()
        print("  of which: " + ", ".join(f"{name} {ms:.0f} ms" for name, ms in parts.items()))


_PARTS = """
import json, pathlib, time
t0 = time.perf_counter()
import newskit
t1 = time.perf_counter()
pipeline = newskit.Pipeline()
t2 = time.perf_counter()
doc = pipeline.process(pathlib.Path(EXAMPLE))
t3 = time.perf_counter()
pipeline.render(doc)
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "Pipeline() (plugins load)": t2 - t1,
                  "first process": t3 - t2, "first render": t4 - t3}))
"""


def first_document_parts() -> dict[str, float]:
    """Median milliseconds of each step of the first document, in fresh interpreters."""
    code = _PARTS.replace("EXAMPLE", repr(str(EXAMPLE)))
    warm(code)
    runs = [
        json.loads(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)
        for _ in range(RUNS)
    ]
    return {k: 1000 * statistics.median(r[k] for r in runs) for k in runs[0]}


if __name__ == "__main__":
    main()
