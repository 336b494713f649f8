"""Expanding command-line inputs into articles: files, directories, globs, JSONL, WARC.

Each article comes with a stable ``key`` (path, ``path#line``, ``path@offset``)
so that an interrupted run can resume without redoing or duplicating work.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import pathlib
import zlib
from collections.abc import Iterator
from typing import IO, Any

import attrs

from .arguments import check_input_id
from .errors import InputError
from .source import DEFAULT_MAX_BYTES, HTML_SUFFIXES, TEXT_SUFFIXES

ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
ARTICLE_SUFFIXES += tuple(s + ".gz" for s in ARTICLE_SUFFIXES)  # saved pages are often compressed
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")


@attrs.frozen
class Item:
    """One article to process: its source, metadata for ``process()``, and a resume key.

    An input that could not be read (a record that is not JSON, a truncated archive)
    is an item with an ``error`` and no source: reported, and the run goes on.
    """

    key: str
    source: Any = attrs.field(repr=False)
    meta: dict[str, Any] = attrs.field(factory=dict)
    error: str | None = None

    def as_input(self) -> tuple[Any, dict[str, Any]]:
        """The ``(source, metadata)`` pair :func:`~newskit.process_many` takes; the metadata
        holds the ``key``, so the document records where it came from."""
        return self.source, {**self.meta, "key": self.key}


def kind_of(path: str) -> str:
    """``warc``, ``jsonl`` or ``article``, by the file name."""
    low = path.lower()
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "article"


def expand(args: list[str]) -> Iterator[str]:
    """Paths named by *args*: files as given, directories walked recursively, globs expanded."""
    for arg in args:
        if arg == "-":
            yield arg
        elif os.path.isdir(arg):
            for root, dirs, files in os.walk(arg):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(ARTICLE_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES):
                        yield os.path.join(root, name)
        elif any(c in arg for c in "*?[") and not os.path.exists(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                raise InputError(f"no file matches {arg!r}")
            yield from (m for m in matches if os.path.isfile(m))
        else:
            yield arg


def _open_binary(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _broken(e: BaseException) -> str:
    """What stopped the reading of a file, for the run's report."""
    if isinstance(e, OSError) and e.strerror:
        return f"cannot read: {e.strerror}"
    kind = type(e).__name__ if type(e).__module__ == "builtins" else f"{type(e).__module__}.{type(e).__name__}"
    return f"cannot read further: {kind}: {e}"


def read_jsonl(path: str) -> Iterator[Item]:
    """Records with ``text`` or ``html`` and optional ``url``, ``published``, ``site``, ``language``.

    A line that is not UTF-8, not JSON or not such a record is an item with an error;
    a file that cannot be opened, or that ends early (a truncated ``.gz``), ends with one.
    """
    try:
        fh = _open_binary(path)
    except OSError as e:
        yield Item(path, None, error=_broken(e))
        return
    with fh:
        yield from jsonl_records(fh, path)


def jsonl_records(fh: IO[bytes], name: str) -> Iterator[Item]:
    """The records of the JSON Lines stream *fh* (see :func:`read_jsonl`), keyed ``name#line``."""
    n = 0
    try:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            key = f"{name}#{n}"
            try:
                rec = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as e:
                yield Item(key, None, error=f"not UTF-8: {e.reason} at byte {e.start}")
                continue
            except ValueError as e:
                yield Item(key, None, error=f"not valid JSON: {e}")
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("text", rec.get("html")), str):
                yield Item(key, None, error="a record needs a 'text' or 'html' string")
                continue
            meta = {k: rec[k] for k in ("url", "published", "site", "language") if rec.get(k)}
            if rec.get("id") is not None:  # the record's own id, kept in the document to join on
                try:
                    check_input_id(rec["id"])
                except InputError as e:
                    yield Item(key, None, error=str(e))
                    continue
                meta["id"] = rec["id"]
            yield Item(key, rec["html"] if "html" in rec else rec["text"], meta)
    except (OSError, EOFError, zlib.error) as e:  # a read error; a gzip stream cut short or corrupted
        yield Item(f"{name}#{n + 1}", None, error=_broken(e))


def read_warc(path: str) -> Iterator[Item]:
    """HTML response records of a WARC file with a 2xx status (needs ``warcio``: ``pip install newskit[warc]``).

    A file that cannot be read, or that breaks off (truncated, or not a WARC file after
    some record), gives the records before the break and then an item with the error.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as e:
        raise InputError(f"{path}: reading WARC files needs warcio (pip install 'newskit[warc]')") from e
    read = 0  # HTML records read
    try:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh, check_digests=True)
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if not (record.http_headers.get_statuscode() or "").startswith("2"):
                    continue  # a redirect or an error page: no article
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in ctype:
                    continue
                # WARC 1.1's grammar put the URI in angle brackets, and some tools write it so
                url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>") or None
                body, problem = _body(record)  # before the offset: asking for it skips the content
                read += 1
                key = f"{path}@{records.get_record_offset()}"
                problem = problem or _damaged(record)
                if problem:
                    yield Item(key, None, error=problem)
                else:
                    yield Item(key, body, {"url": url} if url else {})
    except Exception as e:  # noqa: BLE001 - whatever warcio raises on a broken archive ends this file only
        yield Item(path, None, error=f"{_broken(e)} (after {read} HTML records)")


_DECODED_CODINGS = frozenset({"identity", "gzip", "x-gzip", "deflate"})
"""HTTP content codings warcio undoes for every install. Brotli and zstd bodies are undone
here (:func:`_brotli_body`, :func:`_zstd_body`): warcio's own brotli path fails with current
``brotli`` releases, and it has no zstd path."""

_ZSTD_WINDOW = 8 * 1024 * 1024
"""The largest zstd window a ``Content-Encoding: zstd`` body may need (RFC 9659)."""


def _body(record: Any) -> tuple[bytes, str | None]:
    """A response record's body with its content coding undone, or why it cannot be."""
    coding = (record.http_headers.get_header("Content-Encoding") or "identity").strip().lower()
    if coding in _DECODED_CODINGS:
        return record.content_stream().read(), None
    if coding == "br":
        return _brotli_body(_coded_body(record))
    if coding == "zstd":
        return _zstd_body(_coded_body(record))
    # another coding (compress, a chain of codings), as stored: no decoding turns it into the page
    return b"", f"content encoding {coding!r} is not read (gzip, deflate, br, zstd are)"


def _coded_body(record: Any) -> bytes:
    """A response record's body with its transfer coding (chunks) undone, its content coding not."""
    from warcio.bufferedreaders import ChunkedDataReader

    stream = record.raw_stream
    if (record.http_headers.get_header("Transfer-Encoding") or "").lower() == "chunked":
        stream = ChunkedDataReader(stream, decomp_type=None)
    return stream.read()


def _brotli_body(data: bytes) -> tuple[bytes, str | None]:
    """A ``Content-Encoding: br`` body decompressed within the default size limit
    (``DEFAULT_MAX_BYTES``; the pipeline's own limit applies after)."""
    try:
        import brotli
    except ImportError:
        return b"", "content encoding 'br' needs the Brotli package (pip install 'newskit[warc]')"
    decompressor = brotli.Decompressor()
    try:
        out = decompressor.process(data, output_buffer_limit=DEFAULT_MAX_BYTES + 1)
    except brotli.error as e:
        return b"", f"brotli body not readable: {e}"
    if len(out) > DEFAULT_MAX_BYTES:
        return b"", f"brotli body expands beyond {DEFAULT_MAX_BYTES} bytes"
    if not decompressor.is_finished():
        return b"", "brotli body ends early or is not brotli"
    return out, None


def _zstd_body(data: bytes) -> tuple[bytes, str | None]:
    """A ``Content-Encoding: zstd`` body (one frame or several) decompressed within the default size limit.

    The input goes in 1 KiB at a time (a zstd block of a few bytes can stand for 128 KiB,
    so no step writes more than about 32 MiB) and the output is checked after each.
    """
    try:
        import zstandard
    except ImportError:
        return b"", "content encoding 'zstd' needs the zstandard package (pip install 'newskit[warc]')"
    zstd = zstandard.ZstdDecompressor(max_window_size=_ZSTD_WINDOW)
    view = memoryview(data)
    out: list[bytes] = []
    size = pos = 0
    try:
        while pos < len(view):  # one frame a turn
            frame = zstd.decompressobj()
            while pos < len(view) and not frame.eof:
                piece = view[pos : pos + 1024]
                chunk = frame.decompress(piece)
                pos += len(piece)
                size += len(chunk)
                if size > DEFAULT_MAX_BYTES:
                    return b"", f"zstd body expands beyond {DEFAULT_MAX_BYTES} bytes"
                out.append(chunk)
            if not frame.eof:
                return b"", "zstd body ends early"
            pos -= len(frame.unused_data)  # the next frame starts where this one stopped
    except zstandard.ZstdError as e:
        return b"", f"zstd body not readable: {e}"
    return b"".join(out), None


def _damaged(record: Any) -> str | None:
    """Why a WARC record just read cannot be trusted, or ``None``.

    Its digests (``WARC-Block-Digest``, ``WARC-Payload-Digest``) must match what was read;
    a record that declares one but ended before it could be checked was cut short (the
    last record of an interrupted download: warcio itself reads such a record without
    complaint). A record without digests is taken as it is.
    """
    checker = getattr(record, "digest_checker", None)
    if checker is None:
        return None
    if checker.passed is False:
        return f"damaged record: {'; '.join(map(str, checker.problems)) or 'digest mismatch'}"
    declared = record.rec_headers.get_header("WARC-Payload-Digest") or record.rec_headers.get_header(
        "WARC-Block-Digest"
    )
    if checker.passed is None and declared:
        return "record cut short: the file ends inside it"
    return None


def items(args: list[str], stdin: IO[bytes] | None = None, *, stdin_jsonl: bool = False) -> Iterator[Item]:
    """Every article named by the command-line *args*, in order.

    ``-`` is standard input: one article, or with *stdin_jsonl* a JSON Lines stream
    whose records are read one by one as they arrive (keys ``-#1``, ``-#2``, …).
    """
    for path in expand(args):
        if path == "-":
            if stdin is None:
                raise InputError("'-' given but there is no standard input")
            if stdin_jsonl:
                yield from jsonl_records(stdin, "-")
            else:
                yield Item("-", stdin.read())
        elif kind_of(path) == "jsonl":
            yield from read_jsonl(path)
        elif kind_of(path) == "warc":
            yield from read_warc(path)
        else:
            yield Item(path, pathlib.Path(path))
