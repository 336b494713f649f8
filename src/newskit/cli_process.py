"""``newskit process``: inputs to documents to output, with resume and progress."""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import sys
import time
from collections.abc import Iterator
from typing import Any, TextIO

from .errors import InputError, NewskitError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DONE_SUFFIX = ".done"


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"newskit: error: {message}", file=sys.stderr)
    return code


def _options(args: argparse.Namespace) -> dict[str, str]:
    options = {}
    for item in args.option:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--option takes KEY=VALUE, not {item!r}")
        options[key.strip()] = value
    if args.table:
        options["table"] = args.table
    return options


def _format(args: argparse.Namespace, formats: Any) -> str:
    if args.format:
        fmt = args.format
    elif args.output:
        ext = pathlib.Path(args.output).suffix.lstrip(".").lower()
        fmt = {f.extension: name for name, f in formats.items()}.get(ext, "json")
    else:
        fmt = "json"
    if fmt not in formats:
        raise InputError(f"unknown format {fmt!r}; choose from: {', '.join(formats)}")
    return fmt


class Progress:
    """A one-line progress report on a terminal; silent when stderr is not one."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0
        self.done = self.failed = self.skipped = 0

    def tick(self, *, failed: bool = False, skipped: bool = False) -> None:
        if skipped:
            self.skipped += 1
        else:
            self.done += 1
            self.failed += failed
        if time.monotonic() - self.last >= 0.2:
            self._show(end="")

    def finish(self) -> None:
        self._show(end="\n")

    def _show(self, end: str) -> None:
        if not self.enabled:
            return
        self.last = now = time.monotonic()
        rate = self.done / max(now - self.start, 1e-9)
        msg = f"\r{self.done} documents, {self.failed} failed, {self.skipped} skipped, {rate:.1f}/s"
        print(msg, end=end, file=sys.stderr, flush=True)


def _safe_name(key: str) -> str:
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", key).strip("._")
    return name[-150:] or "document"


def run_process(args: argparse.Namespace) -> int:
    """Run ``newskit process`` with parsed *args*; return the exit code."""
    from . import inputs
    from .batch import process_many
    from .model import Document
    from .pipeline import Pipeline

    if args.output and args.output_dir:
        return _fail("give -o or --output-dir, not both", EXIT_USAGE)
    if args.resume and not (args.output or args.output_dir):
        return _fail("--resume needs -o FILE or --output-dir DIR to know what was done", EXIT_USAGE)
    if args.workers < 0:
        return _fail("--workers must be 0 or more", EXIT_USAGE)
    try:
        pipeline = Pipeline(on_error=args.on_error, plugin_timeout=args.plugin_timeout)
    except InputError as e:
        return _fail(str(e), EXIT_USAGE)
    for err in pipeline.load_errors:
        print(f"newskit: warning: {err}", file=sys.stderr)
    try:
        fmt = _format(args, pipeline.formats())
        options = _options(args)
    except InputError as e:
        return _fail(str(e), EXIT_USAGE)
    first = args.paths[0]
    single = len(args.paths) == 1 and (
        (first == "-" and not args.jsonl) or (os.path.isfile(first) and inputs.kind_of(first) == "article")
    )
    if args.url and not single:
        return _fail("--url applies to one article; give one file", EXIT_USAGE)
    given = {
        k: v
        for k, v in (
            ("url", args.url),
            ("published", args.published),
            ("site", args.site),
            ("language", args.language),
        )
        if v
    }

    out_fmt, out_options = _output_format(fmt, options, single, pipeline.formats())
    try:  # the format's options, checked once before any output file is opened or document read
        pipeline.render(Document(), out_fmt, **out_options)
    except InputError as e:
        return _fail(str(e), EXIT_USAGE)
    except NewskitError:
        pass  # a format that cannot render an empty document says so for each real one

    done_keys: set[str] = set()
    done_log: TextIO | None = None
    out: TextIO = sys.stdout
    out_file: TextIO | None = None
    try:
        if args.output:
            done_path = args.output + DONE_SUFFIX
            if args.resume and os.path.exists(done_path):
                with open(done_path, encoding="utf-8") as fh:
                    done_keys = {line.rstrip("\n") for line in fh if line.strip()}
            mode = "a" if args.resume else "w"
            out_file = open(args.output, mode, encoding="utf-8")  # noqa: SIM115
            done_log = open(done_path, mode, encoding="utf-8")  # noqa: SIM115
            out = out_file
        elif args.output_dir:
            os.makedirs(args.output_dir, exist_ok=True)
    except OSError as e:
        return _fail(f"cannot write {e.filename}: {e.strerror or e}")

    progress = Progress(enabled=sys.stderr.isatty() and not args.quiet and not single)
    extension = pipeline.formats()[fmt].extension
    status = EXIT_OK
    keys: dict[int, str] = {}  # position in the stream given to process_many -> input key

    def sources() -> Iterator[Any]:
        nonlocal status
        position = 0
        for item in inputs.items(args.paths, stdin=sys.stdin.buffer, stdin_jsonl=args.jsonl):
            if item.error is not None:  # reported as met; the run goes on
                status = _fail(f"{item.key}: {item.error}")
                progress.tick(failed=True)
                continue
            target = _target(args.output_dir, item.key, extension)
            if item.key in done_keys or (args.resume and target and os.path.exists(target)):
                progress.tick(skipped=True)
                continue
            keys[position] = item.key
            position += 1
            source, meta = item.as_input()
            yield (source, {**meta, **given})

    try:
        results = process_many(
            sources(),
            workers=args.workers,
            on_error="record",
            pipeline=pipeline if args.workers <= 1 else None,
            plugin_timeout=args.plugin_timeout,
            format=out_fmt,
            format_options=out_options,
        )
        for result in results:
            key = keys.pop(result.index)
            if result.error is not None:
                status = _fail(f"{key}: {result.error.message}")
                progress.tick(failed=True)
                continue
            text = result.output or ""
            target = _target(args.output_dir, key, extension)
            if target:
                pathlib.Path(target).write_text(
                    text if text.endswith("\n") else text + "\n", encoding="utf-8"
                )
            else:
                out.write(text if text.endswith("\n") else text + "\n")
                out.flush()
            if done_log is not None:
                done_log.write(key + "\n")
                done_log.flush()
            progress.tick()
    except InputError as e:
        status = _fail(str(e))
    finally:
        progress.finish()
        for fh in (out_file, done_log):
            if fh is not None:
                fh.close()
    return status


def _output_format(fmt: str, options: dict[str, str], single: bool, formats: Any) -> tuple[str, dict[str, str]]:
    """The format and options each document is rendered with: ``json`` is indented for
    a single document and written as JSON Lines (line separators escaped) for several."""
    if fmt == "json" and single:
        return "json", {"indent": "2", **options}
    if fmt == "json" and not options and "jsonl" in formats:
        return "jsonl", {}
    return fmt, options


def _target(output_dir: str | None, key: str, extension: str) -> str | None:
    return os.path.join(output_dir, f"{_safe_name(key)}.{extension}") if output_dir else None
