"""Quotes on PolNeAR, scored by the shared scorer with the quotes plugin in the default pipeline.

usage: python benchmarks/quotes_polnear.py [DATA_DIR ...] [--show N]
       (default: ../shared/data/polnear/dev and train; skips cleanly when absent)

The shared script calls plain ``newskit.process()``; here the default pipeline
is replaced, in this process only, by one that also registers
:mod:`newskit.quotes.plugin`, then the shared script's own ``main`` runs, so
the figures are the ones it prints. Its brat reader splits a file on every
line break, which breaks on annotations whose text holds one (one train
file); they are joined back before it parses them.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
DATA = SHARED / "data" / "polnear"


def _join_broken_lines(path: Path) -> str:
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        starts_record = line[:1] in ("T", "E", "A", "R", "#", "N", "") and "\t" in line
        if lines and not starts_record:
            lines[-1] += " " + line
        else:
            lines.append(line)
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if not (EVAL / "polnear.py").exists() or not DATA.exists():
        print("PolNeAR or the shared scorer is not here: skipped")
        return 0
    sys.path.insert(0, str(EVAL))
    import polnear  # the shared scorer

    import newskit
    import newskit.pipeline
    from newskit.quotes import plugin

    pipeline = newskit.Pipeline(plugins=[plugin])
    newskit.pipeline.default_pipeline = lambda: pipeline  # this process only
    original = polnear.load_ann

    def load_ann(path: Path, text: str) -> list[dict]:
        with tempfile.TemporaryDirectory() as tmp:
            fixed = Path(tmp) / path.name
            fixed.write_text(_join_broken_lines(path), encoding="utf-8")
            return original(fixed, text)

    polnear.load_ann = load_ann
    options = [a for a in argv if a.startswith("--") or a.lstrip("-").replace(".", "").isdigit()]
    dirs = [a for a in argv if a not in options] or [str(DATA / "dev"), str(DATA / "train")]
    status = 0
    for d in dirs:
        print(f"== {d}")
        sys.argv = ["polnear.py", d, *options]
        try:
            polnear.main()
        except SystemExit as e:
            status = status or int(e.code or 0)
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
