"""Running newskit on a Dask cluster: bags of sources to documents to JSONL or Parquet.

Needs ``pip install 'newskit[dask]'``. Each worker process builds its
pipeline once (plugins load once per worker) and reuses it for every
partition it is given.

>>> import dask.bag as db
>>> from newskit.dask import process_bag
>>> bag = db.from_sequence(["Quay reopens\\n\\nKARACHI: Ships docked again.", "Short one"], npartitions=1)
>>> [r.document.title for r in process_bag(bag, entry_points=False).compute(scheduler="sync")]
['Quay reopens', None]
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

from .batch import Result, _plugin_ref, _resolve, _run_one, _split
from .renderers.jsonl import render_jsonl
from .serialize import document_to_dict, dumps
from .source import Unreadable

ROW_COLUMNS = (
    "index",
    "label",
    "ok",
    "error",
    "url",
    "site",
    "language",
    "title",
    "published",
    "text",
    "quotes",
    "times",
    "removed",
    "document",
)
"""Columns of :func:`to_row` and :func:`write_parquet`; ``document`` holds the whole JSON."""


@functools.lru_cache(maxsize=8)
def _pipeline(plugins: tuple[Any, ...], block: tuple[str, ...], entry_points: bool | None) -> Any:
    from .pipeline import Pipeline

    return Pipeline(plugins=[_resolve(p) for p in plugins], block=block, entry_points=entry_points)


def _process_partition(
    items: Iterable[Any], plugins: tuple[Any, ...], block: tuple[str, ...], entry_points: bool | None
) -> Iterator[Result]:
    pipeline = _pipeline(plugins, block, entry_points)
    for i, item in enumerate(items):
        source, meta = _split(item)
        yield _run_one(pipeline, i, source, meta, "record")


def process_bag(
    bag: Any, *, plugins: Iterable[Any] = (), block: Iterable[str] = (), entry_points: bool | None = None
) -> Any:
    """Map a ``dask.bag`` of sources (or ``(source, metadata)`` pairs) to a bag of :class:`~newskit.Result`.

    A failing document gives a result carrying its error; nothing is dropped.
    ``Result.index`` counts within the partition.
    """
    refs = tuple(_plugin_ref(p) for p in plugins)
    return bag.map_partitions(
        lambda part: list(_process_partition(part, refs, tuple(block), entry_points))
    )


def sources_bag(paths: Iterable[str], *, npartitions: int | None = None) -> Any:
    """A bag of ``(source, metadata)`` pairs from files, directories, globs, JSONL and WARC files.

    Files are listed on the client; each is read on a worker. An input that cannot be
    read (a bad record, a file that breaks off) is passed on as a
    :class:`~newskit.source.Unreadable`, so that it becomes a failed result naming its place.
    """
    import dask.bag as db

    from . import inputs

    files = list(inputs.expand(list(paths)))
    bag = db.from_sequence(files, npartitions=npartitions or max(1, min(len(files), 64)))
    return bag.map(lambda path: [_pair(i) for i in inputs.items([path])]).flatten()


def _pair(item: Any) -> tuple[Any, dict[str, Any]]:
    source, meta = item.as_input()
    return (source if item.error is None else Unreadable(item.key, item.error)), meta


def to_json_lines(results: Any) -> Any:
    """A bag of JSON lines, one per document (failures are skipped)."""
    # the jsonl renderer's line, without its newline (to_textfiles adds one): line separators escaped
    return results.filter(lambda r: r.ok).map(lambda r: render_jsonl(r.document)[:-1])


def write_jsonl(results: Any, path: str) -> list[str]:
    """Write one JSONL file per partition (``path`` is a glob such as ``"out/*.jsonl"``)."""
    return to_json_lines(results).to_textfiles(path, encoding="utf-8")


def to_row(result: Result) -> dict[str, Any]:
    """One flat record per result: metadata columns plus the whole document as JSON."""
    doc = result.document
    row: dict[str, Any] = {
        "index": result.index,
        "label": result.label,
        "ok": result.ok,
        "error": f"{result.error.type}: {result.error.message}" if result.error else None,
    }
    if doc is None:
        row.update({k: None for k in ROW_COLUMNS if k not in row})
        row.update(quotes=0, times=0, removed=0)
        return row
    row.update(
        url=doc.url,
        site=doc.site,
        language=doc.language,
        title=doc.title,
        published=doc.published.isoformat() if doc.published else None,
        text=doc.text,
        quotes=len(doc.quotes),
        times=len(doc.times),
        removed=len(doc.removed),
        document=dumps(document_to_dict(doc)),
    )
    return row


def write_parquet(results: Any, path: str) -> None:
    """Write the results as a Parquet dataset with the :data:`ROW_COLUMNS` columns."""
    import pandas as pd

    meta = pd.DataFrame(
        {
            "index": pd.Series(dtype="int64"),
            "label": pd.Series(dtype="string"),
            "ok": pd.Series(dtype="bool"),
            "error": pd.Series(dtype="string"),
            **{c: pd.Series(dtype="string") for c in ("url", "site", "language", "title", "published", "text")},
            **{c: pd.Series(dtype="int64") for c in ("quotes", "times", "removed")},
            "document": pd.Series(dtype="string"),
        }
    )
    frame = results.map(to_row).to_dataframe(meta=meta)
    frame.astype({c: t for c, t in meta.dtypes.items()}).to_parquet(path, write_index=False)
