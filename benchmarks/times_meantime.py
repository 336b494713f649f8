"""TIMEX3 value accuracy of newskit's time expressions on MEANTIME (English).

Reads the CAT XML files in ``../shared/data/meantime-en`` (or ``--data``),
rebuilds each article's text from its tokens (title, then one paragraph per
sentence), gives newskit the document creation time as ``published`` and
compares the DATE and TIME expressions found with the gold TIMEX3 markables:
a found mention matches a gold one when their spans overlap; the value is
right when it is the same string. Prints span and value precision, recall and
F1 (TempEval-3 style "relaxed match" and "value" figures). MEANTIME annotates
only the title and the first five sentences of each article, so mentions found
further down are not counted. The mention that
restates the creation time at the top of each article is left out unless
``--with-dct``. Skips cleanly when the data is absent.

    python benchmarks/times_meantime.py [--data DIR] [--with-dct] [--errors]
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "meantime-en"
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't", "'", "’s", "”"}
NO_SPACE_AFTER = {"(", "[", "$", "“", "#"}
ANNOTATED_SENTENCES = 5  # sentence 0 is the title


def load(path: pathlib.Path):
    """Title, sentences (text, token offsets), DCT and gold timexes of one file."""
    root = ET.parse(path).getroot()
    sentences: dict[int, list[tuple[str, str]]] = {}
    for tok in root.iter("token"):
        sentences.setdefault(int(tok.get("sentence")), []).append((tok.get("t_id"), tok.text or ""))
    where: dict[str, tuple[str, int, int]] = {}  # t_id -> (part, start, end)
    texts: list[str] = []
    title = ""
    body_pos = 0
    for n in sorted(sentences):
        out = ""
        spans = []
        prev = None
        for tid, word in sentences[n]:
            if out and word not in NO_SPACE_BEFORE and prev not in NO_SPACE_AFTER:
                out += " "
            spans.append((tid, len(out), len(out) + len(word)))
            out += word
            prev = word
        if n == 0:
            title = out
            for tid, s, e in spans:
                where[tid] = ("title", s, e)
        else:
            for tid, s, e in spans:
                where[tid] = ("body", body_pos + s, body_pos + e)
            texts.append(out)
            body_pos += len(out) + 2
    annotated = max((e for part, _s, e in where.values() if part == "body"), default=0)
    last = sorted(sentences)[: ANNOTATED_SENTENCES + 1][-1]
    annotated = max(
        (where[tid][2] for tid, _w in sentences[last] if where[tid][0] == "body"), default=annotated
    )
    dct = None
    gold = []
    for tx in root.find("Markables").iter("TIMEX3"):
        ids = [a.get("t_id") for a in tx.findall("token_anchor")]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = tx.get("value")
        if not ids or tx.get("type") not in ("DATE", "TIME"):
            continue
        part = where[ids[0]][0]
        gold.append(
            {
                "where": part,
                "start": min(where[i][1] for i in ids),
                "end": max(where[i][2] for i in ids),
                "value": tx.get("value"),
                "type": tx.get("type"),
                "dct": tx.get("functionInDocument") == "CREATION_TIME",
            }
        )
    return title, texts, dct, gold, annotated


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=pathlib.Path, default=DEFAULT)
    ap.add_argument("--with-dct", action="store_true", help="count the creation-time mention too")
    ap.add_argument("--errors", action="store_true", help="print every miss and wrong value")
    args = ap.parse_args(argv)
    files = sorted(args.data.glob("*.xml")) if args.data.is_dir() else []
    if not files:
        print(f"skipped: no MEANTIME files in {args.data}")
        return 0
    import newskit
    from newskit.times import find_times

    n_sys = n_gold = span_ok = value_ok = 0
    for path in files:
        title, texts, dct, gold, annotated = load(path)
        try:
            published = dt.datetime.fromisoformat(dct[:10]).replace(hour=12, tzinfo=dt.timezone.utc)
        except (TypeError, ValueError):
            continue  # no usable creation time
        doc = newskit.Document(
            title=title,
            body=[newskit.Block("paragraph", t) for t in texts],
            published=published,
        )
        found = [
            t
            for t in find_times(doc)
            if t.type in ("DATE", "TIME") and (t.where == "title" or t.start < annotated)
        ]
        if not args.with_dct:
            dct_spans = [(g["where"], g["start"], g["end"]) for g in gold if g["dct"]]
            gold = [g for g in gold if not g["dct"]]
            found = [
                t
                for t in found
                if not any(t.where == w and t.start < e and s < t.end for w, s, e in dct_spans)
            ]
        n_sys += len(found)
        n_gold += len(gold)
        used: set[int] = set()
        for t in found:
            match = next(
                (
                    i
                    for i, g in enumerate(gold)
                    if i not in used and g["where"] == t.where and t.start < g["end"] and g["start"] < t.end
                ),
                None,
            )
            if match is None:
                if args.errors:
                    print(f"{path.name[:30]:30} extra  {t.text!r} -> {t.value}")
                continue
            used.add(match)
            span_ok += 1
            if t.value == gold[match]["value"]:
                value_ok += 1
            elif args.errors:
                print(f"{path.name[:30]:30} value  {t.text!r} -> {t.value}, gold {gold[match]['value']}")
        if args.errors:
            for i, g in enumerate(gold):
                if i not in used:
                    text = (doc.title if g["where"] == "title" else doc.text)[g["start"] : g["end"]]
                    print(f"{path.name[:30]:30} missed {text!r} ({g['value']})")

    def prf(ok: int) -> tuple[float, float, float]:
        p = ok / n_sys if n_sys else 0.0
        r = ok / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    print(
        f"MEANTIME-en, {len(files)} files, DATE+TIME: {n_gold} gold, {n_sys} found"
        f"{' (creation-time mentions included)' if args.with_dct else ''}"
    )
    for label, ok in (("span (relaxed)", span_ok), ("value", value_ok)):
        p, r, f = prf(ok)
        print(f"  {label:15} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
