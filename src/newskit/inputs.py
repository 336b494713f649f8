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
from collections.abc import Iterator
from typing import IO, Any

import attrs

from .errors import InputError

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")


@attrs.frozen
class Item:
    """One article to process: its source, metadata for ``process()``, and a resume key."""

    key: str
    source: Any = attrs.field(repr=False)
    meta: dict[str, Any] = attrs.field(factory=dict)


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


def _open_text(path: str) -> IO[str]:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def read_jsonl(path: str) -> Iterator[Item]:
    """Records with ``text`` or ``html`` and optional ``url``, ``published``, ``site``, ``language``."""
    try:
        with _open_text(path) as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                key = f"{path}#{n}"
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    raise InputError(f"{key}: not valid JSON: {e}") from e
                if not isinstance(rec, dict) or not isinstance(rec.get("text", rec.get("html")), str):
                    raise InputError(f"{key}: a record needs a 'text' or 'html' string")
                meta = {k: rec[k] for k in ("url", "published", "site", "language") if rec.get(k)}
                yield Item(key, rec["html"] if "html" in rec else rec["text"], meta)
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from e


def read_warc(path: str) -> Iterator[Item]:
    """HTML response records of a WARC file (needs ``warcio``: ``pip install newskit[warc]``)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as e:
        raise InputError(f"{path}: reading WARC files needs warcio (pip install 'newskit[warc]')") from e
    try:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in ctype:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                body = record.content_stream().read()
                yield Item(f"{path}@{records.get_record_offset()}", body, {"url": url} if url else {})
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from e


def items(args: list[str], stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every article named by the command-line *args*, in order."""
    for path in expand(args):
        if path == "-":
            if stdin is None:
                raise InputError("'-' given but there is no standard input")
            yield Item("-", stdin.read())
        elif kind_of(path) == "jsonl":
            yield from read_jsonl(path)
        elif kind_of(path) == "warc":
            yield from read_warc(path)
        else:
            yield Item(path, pathlib.Path(path))
