"""Built-in plugin: the ``csv`` output format, one table of a document's annotations.

``render(doc, "csv", table=...)`` writes one of three tables, each with a
header row (see :data:`TABLES` for the columns):

* ``quotes`` (the default): one row per quote, with its speaker and cue;
* ``times``: one row per time expression, with its TIMEX3 value and interval;
* ``removed``: one row per stretch of text the pipeline took out.

Every row starts with the document's ``url`` and ``title`` so that rows of
many documents can share one file (:func:`write_csv` writes the header once).
Fields are quoted as RFC 4180 asks (commas, quote marks and line breaks),
rows end with CRLF, missing values are empty, offsets are decimal integers
and datetimes ISO 8601. NUL characters, which many CSV readers refuse, are
written as U+FFFD.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from ..errors import InputError
from ..markers import hookimpl
from ..model import Document, Quote, Removal, TimeExpression

__all__ = ["DEFAULT_TABLE", "TABLES", "render_csv", "table_rows", "write_csv"]

_DOCUMENT_COLUMNS = ("url", "title", "index")
_SPAN_COLUMNS = ("start", "end", "source_start", "source_end")

TABLES: dict[str, tuple[str, ...]] = {
    "quotes": (
        *_DOCUMENT_COLUMNS,
        "speaker",
        "speaker_role",
        "speaker_mention",
        "person",
        "kind",
        "cue",
        "text",
        *_SPAN_COLUMNS,
    ),
    "times": (
        *_DOCUMENT_COLUMNS,
        "text",
        "type",
        "value",
        "mod",
        "timezone",
        "interval_start",
        "interval_end",
        "anchor",
        "same_as",
        "freq",
        "quant",
        *_SPAN_COLUMNS,
    ),
    "removed": (
        *_DOCUMENT_COLUMNS,
        "text",
        "reason",
        "rule",
        "plugin",
        "field",
        "at",
        "source_start",
        "source_end",
        "locator",
    ),
}
"""The column names of each table, in order. ``index`` is the row's position
in the document's ``quotes``, ``times`` or ``removed``."""

DEFAULT_TABLE = "quotes"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        value = value.isoformat()
    return str(value).replace("\x00", "\ufffd")


def _quote_rows(doc: Document) -> Iterator[list[Any]]:
    names = {p.id: p.name for p in doc.people}
    for q in doc.quotes:
        yield _quote_row(names, q)


def _quote_row(names: dict[str, str], q: Quote) -> list[Any]:
    sp = q.speaker
    name = sp.name if sp else None
    if sp and name is None and sp.person is not None:
        name = names.get(sp.person)
    return [
        name,
        sp.role if sp else None,
        sp.text if sp else None,
        sp.person if sp else None,
        q.kind,
        q.cue.text if q.cue else None,
        q.text,
        q.start,
        q.end,
        q.source_start,
        q.source_end,
    ]


def _time_row(t: TimeExpression) -> list[Any]:
    iv = t.interval
    return [
        t.text,
        t.type,
        t.value,
        t.mod,
        t.timezone,
        iv.start if iv else None,
        iv.end if iv else None,
        t.anchor,
        t.same_as,
        t.freq,
        t.quant,
        t.start,
        t.end,
        t.source_start,
        t.source_end,
    ]


def _removal_row(r: Removal) -> list[Any]:
    return [r.text, r.reason, r.rule, r.plugin, r.field, r.at, r.source_start, r.source_end, r.locator]


_ROWS: dict[str, Callable[[Document], Iterable[list[Any]]]] = {
    "quotes": _quote_rows,
    "times": lambda doc: map(_time_row, doc.times),
    "removed": lambda doc: map(_removal_row, doc.removed),
}


def _check_table(table: str) -> None:
    if table not in TABLES:
        raise InputError(f"unknown csv table {table!r}; choose one of: {', '.join(TABLES)}")


def table_rows(document: Document, table: str = DEFAULT_TABLE) -> Iterator[list[str]]:
    """Yield the rows (without the header) of *table* for *document*, as strings.

    :raises newskit.InputError: *table* is not one of :data:`TABLES`.
    """
    _check_table(table)
    head = [document.url, document.title]
    for i, row in enumerate(_ROWS[table](document)):
        yield [_cell(v) for v in (*head, i, *row)]


def render_csv(document: Document, *, table: str = DEFAULT_TABLE) -> str:
    """The document's *table* (``quotes``, ``times`` or ``removed``) as CSV with a header row.

    :raises newskit.InputError: *table* is not one of :data:`TABLES`.
    """
    _check_table(table)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(TABLES[table])
    writer.writerows(table_rows(document, table))
    return buf.getvalue()


def write_csv(
    documents: Iterable[Document],
    fp: IO[str] | str | os.PathLike[str],
    *,
    table: str = DEFAULT_TABLE,
) -> int:
    """Write one header, then the *table* rows of every document as they come; return the row count.

    *fp* is a text file (open it with ``newline=""``) or a path, which is
    created or overwritten.

    :raises newskit.InputError: *table* is not one of :data:`TABLES`.
    """
    _check_table(table)
    if isinstance(fp, (str, os.PathLike)):
        with open(fp, "w", encoding="utf-8", newline="") as f:
            return write_csv(documents, f, table=table)
    writer = csv.writer(fp, lineterminator="\r\n")
    writer.writerow(TABLES[table])
    count = 0
    for doc in documents:
        for row in table_rows(doc, table):
            writer.writerow(row)
            count += 1
    return count


@hookimpl
def newskit_register_formats(register: Callable[..., Any]) -> None:
    register(
        "csv",
        render_csv,
        media_type="text/csv",
        extension="csv",
        description="A table of annotations as CSV: table=quotes (default), times or removed.",
    )
