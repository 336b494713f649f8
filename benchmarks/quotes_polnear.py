"""Quotes on PolNeAR, scored by the shared scorer with the quotes plugin in the default pipeline.

usage: python benchmarks/quotes_polnear.py [DATA_DIR ...] [--show N]
       (default: ../shared/data/polnear/dev and train; skips cleanly when absent)

The shared script calls plain ``newskit.process()``; here the default pipeline
is replaced, in this process only, by one that also registers
:mod:`newskit.quotes.plugin`, then the shared script's own ``main`` runs, so
the figures are the ones it prints. Its brat reader splits a file on every
line break, which breaks on annotations whose text holds one (one train
file); they are joined back before it parses them. After the scorer's line, a
line of indirect-speech figures (precision and recall) computed from the same
predictions.
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
    seen: dict[str, dict] = {}  # text -> the JSON the scorer got, for the indirect figures below
    scorer_json = polnear.newskit_json

    def newskit_json(text: str, **kw) -> dict:
        seen[text] = d = scorer_json(text, **kw)
        return d

    polnear.newskit_json = newskit_json
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
        print(indirect_figures(polnear, Path(d), seen))
        seen.clear()
    return status


def indirect_figures(polnear, data: Path, seen: dict[str, dict]) -> str:
    """Indirect (reported) speech, which the shared scorer gives recall for only.

    Recall as the scorer counts it (gold indirect attributions of 4 tokens or more,
    found when a predicted indirect quote covers half their tokens); precision the
    other way round: a predicted indirect quote is right when half its tokens lie in
    the content of some gold attribution (indirect, mixed or direct).
    """
    from common import quote_text, token_overlap, tokens

    n_gold = n_found = n_pred = n_right = 0
    done: set[str] = set()
    for path in sorted((data / "attributions").glob("*.ann")):
        stem = path.name.rsplit("_", 1)[0]  # one annotator per text, the first by name
        text_path = data / "text" / f"{stem}.txt"
        if stem in done or not text_path.exists():
            continue
        done.add(stem)
        text = text_path.read_text(encoding="utf-8")
        if text not in seen:
            continue
        gold = polnear.load_ann(path, text)
        preds = [
            q for q in seen[text].get("quotes") or [] if isinstance(q, dict) and q.get("kind") == "indirect"
        ]
        gi = [g for g in gold if polnear.classify(g) == "indirect" and len(tokens(g["content"])) >= 4]
        n_gold += len(gi)
        n_found += sum(any(token_overlap(quote_text(q), g["content"]) >= 0.5 for q in preds) for g in gi)
        n_pred += len(preds)
        n_right += sum(any(token_overlap(g["content"], quote_text(q)) >= 0.5 for g in gold) for q in preds)
    p = n_right / n_pred if n_pred else 0.0
    r = n_found / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"indirect quotes: P={p:.3f} R={r:.3f} F1={f1:.3f} (gold {n_gold}, pred {n_pred})"


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
