"""The ``newskit`` command line: ``process``, ``plugins``, ``formats``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from ._version import __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newskit",
        description="Turn scraped news articles (text or HTML) into clean, annotated documents.",
    )
    p.add_argument("--version", action="version", version=f"newskit {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    pr = sub.add_parser("process", help="process articles and print the documents")
    pr.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (text or HTML), directories (searched recursively), globs, "
        ".jsonl files (records with text or html), .warc(.gz) files; - reads stdin",
    )
    pr.add_argument(
        "-f", "--format", default=None, help="output format (default: json; see 'newskit formats')"
    )
    pr.add_argument(
        "--jsonl",
        action="store_true",
        help="read standard input (-) as JSON Lines, one record per article, as it arrives",
    )
    pr.add_argument("--url", help="the article's URL (one input only)")
    pr.add_argument("--published", help="publication time, ISO 8601 (e.g. 2021-08-04T09:00+05:00)")
    pr.add_argument("--site", help="site key, to skip site identification")
    pr.add_argument("--language", help="ISO 639-1 language code")
    pr.add_argument("-o", "--output", help="write to this file instead of stdout (format from its extension)")
    pr.add_argument("--output-dir", help="write one file per document into this directory")
    pr.add_argument("-j", "--workers", type=int, default=1, help="processes to use (default 1)")
    pr.add_argument(
        "--resume",
        action="store_true",
        help="skip inputs already written by an earlier, interrupted run with the same -o or --output-dir",
    )
    pr.add_argument("--quiet", action="store_true", help="no progress line on the terminal")
    pr.add_argument(
        "--plugin-timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="interrupt and report a plugin call that takes longer than this",
    )
    pr.add_argument("--table", help="for table formats (csv): which table to write (quotes, times, removed)")
    pr.add_argument(
        "-O",
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="pass an option to the format's renderer (repeatable)",
    )
    pr.add_argument(
        "--on-error",
        choices=("raise", "record"),
        default="raise",
        help="on a plugin failure: stop (raise) or note it in the document's warnings (record)",
    )

    pl = sub.add_parser("plugins", help="list plugins with their versions and hooks")
    pl.add_argument("--all", action="store_true", help="include the built-in plugins")
    pl.add_argument("--json", action="store_true", help="print JSON")
    pl.add_argument(
        "--check",
        action="store_true",
        help="run every plugin on sample articles and in every format; exit 1 if any is broken",
    )

    sub.add_parser("formats", help="list the output formats")

    np = sub.add_parser("new-plugin", help="write a new site plugin package that passes its own tests")
    np.add_argument("name", help="the site's name, e.g. 'Quay Times'")
    np.add_argument("--dir", default=".", help="where to create the package folder (default: here)")
    return p


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"newskit: error: {message}", file=sys.stderr)
    return code


def _process(args: argparse.Namespace) -> int:
    from .cli_process import run_process

    return run_process(args)


def _plugins(args: argparse.Namespace, out: TextIO) -> int:
    from .pipeline import Pipeline

    pipeline = Pipeline()
    infos = pipeline.plugins(include_builtins=args.all)
    if args.json:
        rows = [
            {"name": i.name, "version": i.version, "hooks": list(i.hooks), "builtin": i.builtin}
            for i in infos
        ]
        out.write(json.dumps(rows, indent=2) + "\n")
    else:
        if not infos:
            out.write("no plugins installed (use --all to see the built-in ones)\n")
        for i in infos:
            tag = " (built-in)" if i.builtin else ""
            out.write(f"{i.name} {i.version or '?'}{tag}\n    hooks: {', '.join(i.hooks)}\n")
    problems = pipeline.check() if args.check else [str(e) for e in pipeline.load_errors]
    for problem in problems:
        print(f"newskit: broken plugin: {problem}", file=sys.stderr)
    if args.check and not problems:
        print("newskit: all plugins loaded and ran cleanly", file=sys.stderr)
    return EXIT_FAILED if problems else EXIT_OK


def _new_plugin(args: argparse.Namespace, out: TextIO) -> int:
    from .scaffold import new_plugin

    try:
        path = new_plugin(args.name, args.dir)
    except (FileExistsError, ValueError) as e:
        return _fail(str(e), EXIT_USAGE)
    out.write(f"{path}\n")
    return EXIT_OK


def _formats(out: TextIO) -> int:
    from .pipeline import Pipeline

    for name, f in Pipeline().formats().items():
        out.write(f"{name}\t{f.media_type}\t.{f.extension}\t{f.description}\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "process":
            return _process(args)
        if args.command == "plugins":
            return _plugins(args, sys.stdout)
        if args.command == "new-plugin":
            return _new_plugin(args, sys.stdout)
        return _formats(sys.stdout)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        return EXIT_OK
