"""Built-in plugin: the ``jsonl`` output format, one compact JSON document per line.

Each line holds the same data as the ``json`` format (see
:mod:`newskit.serialize`) without indentation, so many documents can be
appended to one file and read back one at a time. :func:`write_jsonl` and
:func:`read_jsonl` do that in constant memory.

Line separators that some readers split on (U+0085, U+2028, U+2029) are
written as ``\\u`` escapes, so every document is exactly one line whichever
way the file is split into lines.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from ..errors import InputError
from ..markers import hookimpl
from ..model import Document
from ..serialize import document_from_dict, document_to_dict, dumps

__all__ = ["read_jsonl", "render_jsonl", "write_jsonl"]

_LINE_SEPARATORS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def render_jsonl(document: Document) -> str:
    """The document as one line of compact JSON, ending with a newline."""
    line = dumps(document_to_dict(document))
    if "\u2028" in line or "\u2029" in line or "\x85" in line:  # rare: translating costs a pass in Python
        line = line.translate(_LINE_SEPARATORS)
    return line + "\n"


def write_jsonl(documents: Iterable[Document], fp: IO[str] | IO[bytes] | str | os.PathLike[str]) -> int:
    """Write *documents* to *fp*, one line each, as they come; return how many were written.

    *fp* is a file opened for writing (text or binary; binary gets UTF-8) or
    a path, which is created or overwritten.
    """
    if isinstance(fp, (str, os.PathLike)):
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            return write_jsonl(documents, f)
    count = 0
    binary: bool | None = None
    for doc in documents:
        line = render_jsonl(doc)
        if binary is None:
            try:
                fp.write(line)  # type: ignore[arg-type]
                binary = False
            except TypeError:
                binary = True
                fp.write(line.encode("utf-8"))  # type: ignore[arg-type]
        else:
            fp.write(line.encode("utf-8") if binary else line)  # type: ignore[arg-type]
        count += 1
    return count


def read_jsonl(fp: IO[str] | IO[bytes] | str | os.PathLike[str]) -> Iterator[Document]:
    """Yield the documents of a ``jsonl`` file one at a time; blank lines are skipped.

    *fp* is a file opened for reading (text or binary) or a path.

    :raises newskit.InputError: a line is not a newskit document; the error gives its line number.
    """
    if isinstance(fp, (str, os.PathLike)):
        with open(fp, "rb") as f:
            yield from read_jsonl(f)
        return
    for number, line in enumerate(fp, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError as e:
            raise InputError(f"line {number}: not valid JSON: {e}") from e
        try:
            yield document_from_dict(data)
        except InputError as e:
            raise InputError(f"line {number}: {e}") from e


@hookimpl
def newskit_register_formats(register: Callable[..., Any]) -> None:
    register(
        "jsonl",
        render_jsonl,
        media_type="application/x-ndjson",
        extension="jsonl",
        description="One compact JSON document per line (JSON Lines); read back with read_jsonl.",
    )
