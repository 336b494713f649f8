"""Coverage-guided fuzz targets (atheris) for the newskit stages.

Run one target::

    python fuzz/targets.py TARGET [libFuzzer options] [corpus dirs]

TARGET is one of ``text``, ``html``, ``dateline``, ``times``, ``quotes``,
``cleanup``, ``process``. See ``fuzz/README.md`` and ``fuzz/run.sh``. A
finding is an exception (other than a :class:`newskit.InputError` for the
whole-pipeline targets: a built-in plugin's failure is a finding), a broken
invariant (text not accounted for, a span that does not point at its text,
cleanup not idempotent, a JSON rendering that does not read back), or an
input that runs past libFuzzer's ``-timeout``.

Each target is a *decoder*, which turns the fuzzer's bytes into arguments
(with atheris), and a *check*, which runs newskit on them and asserts the
invariants (without atheris). To keep a finding as a regression test::

    python fuzz/targets.py --decode TARGET fuzz/crashes/TARGET/crash-...

prints the arguments as JSON; save them in ``tests/fuzz_regressions/`` (see
``tests/test_fuzz_regressions.py``, which runs the same checks).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from itertools import pairwise
from typing import Any

try:
    import atheris
except ImportError:  # the regression tests run the checks without atheris
    atheris = None

import newskit
from newskit.accounting import check_spans, html_unaccounted, unaccounted
from newskit.cleanup import plugin as cleanup
from newskit.datelines.parse import parse_dateline
from newskit.errors import InputError
from newskit.quotes import plugin as quotes
from newskit.quotes.marks import pair_marks
from newskit.readers import html as html_reader
from newskit.readers import text as text_reader
from newskit.renderers.text import render_text
from newskit.source import Source, replace_surrogates
from newskit.times.plugin import find_times
from newskit.times.scanner import scan

STAGES_AFTER_CLEANUP = ["newskit.datelines.plugin", "newskit.times.plugin", "newskit.quotes.plugin"]

PIPELINE = newskit.Pipeline(entry_points=False)
CLEANUP_ONLY = newskit.Pipeline(entry_points=False, block=STAGES_AFTER_CLEANUP)


# --- checks: newskit on decoded arguments, asserting the invariants --------------------


def check_text(text: str) -> None:
    """The text reader: every character in a block or a removal, spans exact."""
    doc = text_reader.newskit_read(Source(text=text, kind="text"))
    assert unaccounted(doc, text) == [], unaccounted(doc, text)
    assert check_spans(doc, text) == [], check_spans(doc, text)


def check_html(page: str) -> None:
    """The HTML reader: the page's text-node characters equal the blocks' plus the removals'."""
    doc = html_reader.newskit_read(Source(text=page, kind="html"))
    missing, extra = html_unaccounted(doc, page)
    assert not missing and not extra, f"missing {missing}, extra {extra}"


def check_dateline(text: str, following: str, offset: int, resolve: bool) -> None:
    """The dateline parser: its span is the text it reports."""
    dl = parse_dateline(text, resolve=resolve, following=following, offset=offset)
    if dl is not None:
        assert text[dl.start - offset : dl.end - offset] == dl.text, (dl, text)


def check_times(text: str) -> None:
    """The time scanner and resolver: spans inside the text and pointing at their text."""
    for f in scan(text):
        assert 0 <= f.start <= f.end <= len(text), f
    doc = newskit.Document(
        title=text[:80] or None,
        body=[newskit.Block("paragraph", p) for p in text.split("\n\n") if p.strip()],
    )
    for t in find_times(doc):
        where = doc.title if t.where == "title" else doc.text
        assert where[t.start : t.end] == t.text, (t, where)


def check_quotes(title: str, text: str, double_apostrophes: bool) -> None:
    """Quote marks paired inside the text; quotes, parts and people consistent."""
    for q in pair_marks(text, double_apostrophes=double_apostrophes):
        assert 0 <= q.open_at < q.start <= q.end <= len(text), q
        assert q.close_at is None or q.end <= q.close_at < len(text), q
    doc = newskit.Document(
        title=title.strip() or None,
        body=[newskit.Block("paragraph", text[s:e]) for s, e in text_reader.paragraphs(text)],
    )
    old = os.environ.get(quotes.DOUBLE_APOSTROPHES_ENV)
    os.environ[quotes.DOUBLE_APOSTROPHES_ENV] = "1" if double_apostrophes else ""
    try:
        found = quotes.find(doc)
    finally:
        if old is None:
            del os.environ[quotes.DOUBLE_APOSTROPHES_ENV]
        else:
            os.environ[quotes.DOUBLE_APOSTROPHES_ENV] = old
    qs = [x for x in found if isinstance(x, newskit.Quote)]
    people = [x for x in found if isinstance(x, newskit.Person)]
    # The document checks every span against its text (the body or the title).
    newskit.Document(title=doc.title, body=doc.body, quotes=qs, people=people)
    for q in qs:
        assert q.parts and (q.start, q.end) == (q.parts[0].start, q.parts[-1].end), q
        assert all(a.end <= b.start for a, b in pairwise(q.parts)), q
    for p in people:
        assert p.quotes and all(0 <= i < len(qs) for i in p.quotes), p


def check_cleanup(text: str) -> None:
    """Cleanup: nothing lost, spans exact, and a second pass over the result removes nothing."""
    try:
        doc = CLEANUP_ONLY.process(text)
    except InputError:
        return
    if doc.input_kind != "text":
        return
    assert unaccounted(doc, text) == [], unaccounted(doc, text)
    assert check_spans(doc, text) == [], check_spans(doc, text)
    if doc.title and not doc.body:
        return  # a title alone renders as one line, which reads back as body (a known limit)
    again = CLEANUP_ONLY.process(render_text(doc))
    if again.input_kind != "text":
        return
    extra = [r for r in again.removed if r.plugin == cleanup.PLUGIN]
    assert not extra, extra


def check_process(data: bytes) -> None:
    """The whole pipeline on bytes: a document or an input error; its JSON reads back.

    A :class:`~newskit.PluginError` is a finding: the built-in plugins must not fail.
    """
    try:
        doc = PIPELINE.process(data)
    except InputError:
        return
    out = PIPELINE.render(doc, "json")
    assert json.loads(out) == json.loads(PIPELINE.render(newskit.Document.from_json(out), "json"))


# --- decoders: the fuzzer's bytes as arguments ------------------------------------------


def _unicode(fdp: Any, n: int) -> str:
    """*n* bytes as text; lone surrogates replaced as ``load_source`` does."""
    return replace_surrogates(fdp.ConsumeUnicode(n))


def _one_text(data: bytes) -> list[Any]:
    return [_unicode(atheris.FuzzedDataProvider(data), len(data))]


def _dateline_args(data: bytes) -> list[Any]:
    fdp = atheris.FuzzedDataProvider(data)
    offset = fdp.ConsumeIntInRange(0, 1000)
    resolve = fdp.ConsumeBool()
    following = _unicode(fdp, fdp.ConsumeIntInRange(0, 64))
    return [_unicode(fdp, fdp.remaining_bytes()), following, offset, resolve]


def _quotes_args(data: bytes) -> list[Any]:
    fdp = atheris.FuzzedDataProvider(data)
    double = fdp.ConsumeBool()
    title = _unicode(fdp, fdp.ConsumeIntInRange(0, 120))
    return [title, _unicode(fdp, fdp.remaining_bytes()), double]


def _bytes(data: bytes) -> list[Any]:
    return [data]


TARGETS: dict[str, tuple[Callable[[bytes], list[Any]], Callable[..., None]]] = {
    "text": (_one_text, check_text),
    "html": (_one_text, check_html),
    "dateline": (_dateline_args, check_dateline),
    "times": (_one_text, check_times),
    "quotes": (_quotes_args, check_quotes),
    "cleanup": (_one_text, check_cleanup),
    "process": (_bytes, check_process),
}
CHECKS = {name: check for name, (_decode, check) in TARGETS.items()}


def to_json(target: str, args: list[Any]) -> str:
    """A finding's arguments as JSON for ``tests/fuzz_regressions/`` (bytes as latin-1 text)."""
    if target == "process":
        return json.dumps({"target": target, "bytes": args[0].decode("latin-1")}, ensure_ascii=True)
    return json.dumps({"target": target, "args": args}, ensure_ascii=True)


def from_json(data: dict[str, Any]) -> tuple[Callable[..., None], list[Any]]:
    """The check and its arguments for a regression input written by :func:`to_json`."""
    if "bytes" in data:
        return CHECKS[data["target"]], [data["bytes"].encode("latin-1")]
    return CHECKS[data["target"]], data["args"]


def main() -> None:
    usage = f"usage: {sys.argv[0]} [--decode] {{{','.join(TARGETS)}}} [libFuzzer options | input file]"
    if atheris is None:
        sys.exit("atheris is not installed: pip install atheris")
    decode_only = len(sys.argv) > 1 and sys.argv[1] == "--decode"
    if decode_only:
        sys.argv.pop(1)
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(usage)
    name = sys.argv.pop(1)
    decode, check = TARGETS[name]
    if decode_only:
        for path in sys.argv[1:]:
            with open(path, "rb") as f:
                print(to_json(name, decode(f.read())))
        return

    def one_input(data: bytes) -> None:
        check(*decode(data))

    # Warm up: import the lazily loaded modules and compile the lazy patterns,
    # then instrument everything loaded so coverage guides the fuzzer.
    PIPELINE.process("Headline here\n\nKABUL, Jan 5 (Reuters) - He said on Monday: “Yes.”")
    PIPELINE.process("<html><body><p>LONDON — Text on Tuesday at 5 p.m.</p></body></html>")
    atheris.instrument_all()
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
