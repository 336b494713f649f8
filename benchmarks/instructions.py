"""Instructions each pipeline stage executes, counted by valgrind: a deterministic speed measure.

Run: ``python benchmarks/instructions.py [STAGE ...] [--src DIR]``. Wall-clock figures
on a shared or virtual machine move by 10-20 % from one run to the next (a ratio of two
of them by more); the number of instructions a pass executes does not (it moves by well
under 1 %, from memory allocation), so it tells whether a change made a stage cheaper.
Each stage runs in a fresh interpreter under ``valgrind --tool=callgrind``, which counts
only the measured pass (after an untimed warm-up pass over the same input). ``--src``
measures another checkout's ``src`` (for a before/after comparison on the same machine).
Stages:

* ``all``: the whole text pipeline and JSON, on the 600-800-word articles of
  ``text_pipeline.py``; ``noquotes``: the same without the quote plugin; ``base``:
  without the quote and time plugins;
* ``quotes``, ``times``: the quote plugin alone, the time plugin alone, on those
  articles already read and cleaned;
* ``sites``, ``sites-extract``: the shared publisher pages a site plugin reads, with
  and without annotation.

Needs valgrind (``apt install valgrind``); without it, says so and exits with status 0.
These counts are for comparing changes, not for publishing: the throughput figures
come from the other scripts.
"""

from __future__ import annotations

import argparse
import functools
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
STAGES = ("all", "noquotes", "base", "quotes", "times", "sites", "sites-extract")
_BLOCKED = {
    "all": [],
    "noquotes": ["newskit.quotes.plugin"],
    "base": ["newskit.quotes.plugin", "newskit.times.plugin"],
}
MARKER = "functools_reduce"
"""The C function the measured pass runs inside: callgrind counts only while it runs."""


def _pass(stage: str) -> tuple[object, str]:
    """The measured pass of *stage* (a function of no arguments) and what it runs on."""
    import newskit

    if stage in ("sites", "sites-extract"):
        from html_extraction import ANNOTATION_STAGES, DEFAULT_DATA, load_pages, read_by_site_plugin

        full = newskit.Pipeline()
        pages = [
            pg
            for pg in (load_pages(DEFAULT_DATA) if DEFAULT_DATA.is_dir() else [])
            if read_by_site_plugin(full.process(pg["html"], url=pg["url"]))
        ]
        p = newskit.Pipeline(block=ANNOTATION_STAGES) if stage == "sites-extract" else full

        def run_pages() -> None:
            for pg in pages:
                p.process(pg["html"], url=pg["url"])

        return run_pages, f"{len(pages)} publisher pages a site plugin reads"

    from corpus import articles_or_example

    texts, what = articles_or_example()
    if stage in _BLOCKED:
        p = newskit.Pipeline(block=_BLOCKED[stage])

        def run_texts() -> None:
            for t, pub in texts:
                p.render(p.process(t, published=pub or None), "json")

        return run_texts, what
    p = newskit.Pipeline(block=["newskit.quotes.plugin", "newskit.times.plugin"])
    docs = [p.process(t, published=pub or None) for t, pub in texts]
    if stage == "quotes":
        from newskit.quotes.plugin import find as plugin
    else:
        from newskit.times.plugin import newskit_find_times as plugin

    def run_plugin() -> None:
        for d in docs:
            plugin(d)

    return run_plugin, what


def _worker(stage: str) -> int:
    run, what = _pass(stage)
    run()  # warm-up: lazy imports, patterns compiled and data loaded on first use
    functools.reduce(lambda _a, _b: run(), [0, 1])  # the measured pass, inside MARKER
    print(what)
    return 0


def count(stage: str, src: pathlib.Path | None = None) -> tuple[int, str]:
    """Instructions of *stage*'s measured pass, and what it ran on."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "callgrind.out"
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--collect-atstart=no",
                f"--toggle-collect={MARKER}",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--worker",
                stage,
            ],
            capture_output=True,
            text=True,
            env=env,
            cwd=HERE,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"stage {stage} failed:\n{done.stderr[-2000:]}")
        totals = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.MULTILINE)
    if totals is None:  # pragma: no cover - callgrind always writes them
        raise RuntimeError(f"no instruction count in callgrind's output for {stage}")
    return int(totals.group(1)), done.stdout.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stages", nargs="*", metavar="STAGE", help=f"of: {', '.join(STAGES)} (default: all)")
    ap.add_argument("--src", type=pathlib.Path, help="measure the newskit package in this src directory")
    ap.add_argument("--worker", choices=STAGES, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return _worker(args.worker)
    unknown = [s for s in args.stages if s not in STAGES]
    if unknown:
        ap.error(f"unknown stage {unknown[0]!r}; stages: {', '.join(STAGES)}")
    if shutil.which("valgrind") is None:
        print("valgrind not found; skipping the instruction counts")
        return 0
    for stage in args.stages or STAGES:
        n, what = count(stage, args.src)
        print(f"{stage:14} {n / 1e6:10.1f}M instructions  ({what})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
