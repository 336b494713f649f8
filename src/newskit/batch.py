"""Processing many documents: a stream of results over a pool of processes.

Plugins load once per worker; at most a bounded number of documents are in
flight, so memory stays flat however long the input stream is.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import os
import pathlib
import types
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, Literal

import attrs

from .arguments import check_input_id, check_input_key, check_list, check_on_error, check_whole
from .errors import InputError, NewskitError
from .model import Document, _with_extension
from .source import Unreadable

SourceLike = str | bytes | os.PathLike[str]
METADATA_KEYS = frozenset({"url", "published", "site", "language", "id", "key"})
"""Keys of an input's metadata: ``process()``'s arguments; ``id``, which the document
keeps as ``extensions["input"]["id"]`` (a string or a number) to tie it to its record;
and ``key``, where the input came from (``pages/a.html``, ``feed.jsonl#12``,
``crawl.warc.gz@5120``), kept as ``extensions["input"]["key"]``."""


@attrs.frozen
class Failure:
    """Why a document could not be processed."""

    type: str
    message: str
    plugin: str | None = None
    stage: str | None = None


@attrs.frozen
class Result:
    """One input's outcome: its document, or the failure that stopped it.

    ``index`` is the input's position in the stream; ``label`` names the input
    (its path, url, or first words).
    """

    index: int
    label: str
    document: Document | None = None
    error: Failure | None = None
    output: str | None = None
    """The document rendered in the worker, when :func:`process_many` was given a ``format``."""

    @property
    def ok(self) -> bool:
        """Whether a document was produced (and rendered, when a format was asked for)."""
        return self.error is None


def _label(source: Any, meta: Mapping[str, Any]) -> str:
    if meta.get("url"):
        return str(meta["url"])
    if meta.get("key"):
        return str(meta["key"])
    if isinstance(source, os.PathLike):
        return os.fspath(source)
    if isinstance(source, Unreadable):
        return source.key
    head = source[:80] if isinstance(source, (str, bytes)) else repr(source)[:80]
    if isinstance(head, bytes):
        head = head.decode("utf-8", "replace")
    head = " ".join(head.split())
    return head[:60]


def _split(item: Any) -> tuple[Any, dict[str, Any]]:
    """An input is a source, or a ``(source, metadata)`` pair."""
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Mapping):
        meta = dict(item[1])
        unknown = set(meta) - METADATA_KEYS
        if unknown:
            raise InputError(f"unknown metadata key {sorted(unknown)[0]!r}; use {sorted(METADATA_KEYS)}")
        if isinstance(meta.get("published"), _dt.datetime):
            meta["published"] = meta["published"].isoformat()
        if meta.get("id") is not None:
            check_input_id(meta["id"])
        if meta.get("key") is not None:
            check_input_key(meta["key"])
        return item[0], meta
    return item, {}


def _plugin_ref(plugin: Any) -> Any:
    """Modules travel to worker processes by name."""
    return plugin.__name__ if isinstance(plugin, types.ModuleType) else plugin


def _resolve(plugin: Any) -> Any:
    """A plugin given by its module's name, imported; any other plugin as it is."""
    if not isinstance(plugin, str):
        return plugin
    try:
        return importlib.import_module(plugin)
    except ImportError as e:
        raise InputError(f"plugin module {plugin!r} cannot be imported: {e}") from e


# --- the worker side ------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(options: dict[str, Any]) -> None:
    from .pipeline import Pipeline

    opts = dict(options)
    opts["plugins"] = [_resolve(p) for p in opts.get("plugins", ())]
    _WORKER["pipeline"] = Pipeline(**opts)


Render = tuple[str, dict[str, Any]] | None
"""A format name and its options, to render each document where it was made; or ``None``."""


def _run_one(
    pipeline: Any, index: int, source: Any, meta: dict[str, Any], on_error: str, render: Render = None
) -> Result:
    label = _label(source, meta)
    meta = dict(meta)
    given = {k: v for k in ("id", "key") if (v := meta.pop(k, None)) is not None}
    try:
        doc = pipeline.process(source, on_error="record" if on_error == "record" else "raise", **meta)
        if given:
            doc = _with_extension(doc, "input", given)
        if render is not None:
            return Result(index, label, output=pipeline.render(doc, render[0], **render[1]))
    except NewskitError as e:
        return Result(
            index,
            label,
            error=Failure(type(e).__name__, str(e), getattr(e, "plugin", None), getattr(e, "stage", None)),
        )
    except Exception as e:  # noqa: BLE001 - a failing document must not stop the stream
        return Result(index, label, error=Failure(type(e).__name__, str(e)))
    return Result(index, label, document=doc)


def _work(batch: list[tuple[int, Any, dict[str, Any]]], on_error: str, render: Render) -> list[Result]:
    pipeline = _WORKER["pipeline"]
    return [_run_one(pipeline, i, source, meta, on_error, render) for i, source, meta in batch]


# --- the parent side ----------------------------------------------------------------


def process_many(
    sources: Iterable[Any],
    *,
    workers: int | None = None,
    ordered: bool = True,
    on_error: Literal["record", "raise"] = "record",
    plugins: Iterable[Any] = (),
    block: Iterable[str] = (),
    entry_points: bool | None = None,
    max_in_flight: int | None = None,
    pipeline: Any = None,
    plugin_timeout: float | None = None,
    format: str | None = None,
    format_options: Mapping[str, Any] | None = None,
    chunksize: int = 8,
) -> Iterator[Result]:
    """Process a stream of articles; yield a :class:`Result` for each.

    :param sources: texts, HTML, bytes, paths, or ``(source, metadata)`` pairs
        whose metadata may hold ``url``, ``published``, ``site``, ``language``, and
        ``id`` (your record's id) and ``key`` (where the input came from), kept in
        the document as ``extensions["input"]["id"]`` and ``["key"]``.
    :param workers: processes to use (default: one per CPU; ``0`` or ``1``
        processes in this process).
    :param ordered: yield results in input order (else as they finish).
    :param on_error: ``"record"``: a failing document gives a result carrying
        its error and plugin failures go to the document's ``warnings``;
        ``"raise"``: the first failure raises.
    :param plugins: extra plugins for every worker: modules (sent by name) or module
        names. With workers they are loaded here first, so a broken one is reported here.
    :param block: plugin names not to load.
    :param entry_points: load installed plugins (default: yes).
    :param max_in_flight: documents submitted but not yet yielded (default:
        four chunks per worker).
    :param plugin_timeout: seconds one plugin call may take (see :class:`~newskit.Pipeline`).
    :param pipeline: a ready :class:`~newskit.Pipeline` to use when processing
        in this process (``workers`` 0 or 1); the plugin options are then ignored.
    :param format: render each document where it was made, in this output
        format (with *format_options*): the result's ``output`` holds the text
        and its ``document`` is ``None``. With workers this is the fast way to
        write documents out, as only text comes back to this process.
    :param chunksize: documents a worker takes at a time (fewer round trips
        between processes; results are still yielded one by one).
    """
    check_on_error(on_error)
    for name, value, least in (("workers", workers, 0), ("max_in_flight", max_in_flight, 1), ("chunksize", chunksize, 1)):
        if value is not None:
            check_whole(name, value, least=least)
    check_list("plugins", plugins)
    render: Render = (format, dict(format_options or {})) if format is not None else None
    n = (os.cpu_count() or 1) if workers is None else workers
    options = {
        "plugins": [_plugin_ref(p) for p in plugins],
        "block": list(block),
        "entry_points": entry_points,
        "plugin_timeout": plugin_timeout,
    }
    if n > 1 and options["plugins"]:
        # a given plugin that fails to load would break every worker at start: find out here, by
        # name, registering only those (built-ins and installed plugins are not refused at load)
        from .plugins import PluginSet

        PluginSet(plugins=[_resolve(p) for p in options["plugins"]], entry_points=False, builtins=False)
    if n <= 1:
        results = _serial(sources, options, on_error, pipeline, render)
    else:
        window = max_in_flight or 4 * n * chunksize
        results = _parallel(sources, options, on_error, n, ordered, window, min(chunksize, window), render)
    for result in results:
        if result.error is not None and on_error == "raise":
            raise NewskitError(f"{result.label}: {result.error.type}: {result.error.message}")
        yield result


def _serial(
    sources: Iterable[Any], options: dict[str, Any], on_error: str, pipeline: Any, render: Render
) -> Iterator[Result]:
    from .pipeline import Pipeline

    if pipeline is None:
        pipeline = Pipeline(**{**options, "plugins": [_resolve(p) for p in options["plugins"]]})
    for i, item in enumerate(sources):
        source, meta = _split(item)
        yield _run_one(pipeline, i, source, meta, on_error, render)


def _chunks(sources: Iterable[Any], size: int) -> Iterator[list[tuple[int, Any, dict[str, Any]]]]:
    """``(index, source, metadata)`` of the inputs, *size* at a time."""
    batch: list[tuple[int, Any, dict[str, Any]]] = []
    for i, item in enumerate(sources):
        source, meta = _split(item)
        if isinstance(source, pathlib.PurePath):
            source = pathlib.Path(source)
        batch.append((i, source, meta))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parallel(
    sources: Iterable[Any],
    options: dict[str, Any],
    on_error: str,
    workers: int,
    ordered: bool,
    window: int,
    chunksize: int,
    render: Render,
) -> Iterator[Result]:
    pending: set[Future[list[Result]]] = set()
    in_flight = 0  # documents submitted and not yet yielded
    done_buffer: dict[int, Result] = {}
    next_out = 0
    chunks = _chunks(sources, chunksize)
    exhausted = False
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(options,)) as pool:
        while True:
            while not exhausted and in_flight + chunksize <= window:
                batch = next(chunks, None)
                if batch is None:
                    exhausted = True
                    break
                pending.add(pool.submit(_work, batch, on_error, render))
                in_flight += len(batch)
            if not pending and not done_buffer:
                return
            if pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    pending.discard(fut)
                    for result in fut.result():
                        done_buffer[result.index] = result
            if ordered:
                while next_out in done_buffer:
                    in_flight -= 1
                    yield done_buffer.pop(next_out)
                    next_out += 1
            else:
                for i in sorted(done_buffer):
                    in_flight -= 1
                    yield done_buffer.pop(i)
