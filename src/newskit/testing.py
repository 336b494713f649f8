"""Testing site plugins against example pages, with expectations in JSON.

Put example pages (``NAME.html``, ``NAME.htm`` or ``NAME.txt``) in a folder;
next to each, ``NAME.expected.json`` holds what the page is given with and what
newskit should make of it::

    {
      "input": {"url": "https://quaytimes.example/news/fares"},
      "document": {"site": "quaytimes", "title": "…", "body": [["paragraph", "…"]], …}
    }

``input`` (``url``, ``published``, ``site``, ``language``) is written by you
and kept; ``document`` is a summary of the result (:func:`summarize`) and is
written by newskit. After a deliberate change, refresh the ``document`` parts
instead of editing them by hand, then review the diff:

* ``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest``;
* ``python -m pytest --newskit-update`` when this module is loaded as a pytest
  plugin (``-p newskit.testing``, or through its ``pytest11`` entry point);
* ``python -m newskit.testing EXAMPLES_DIR --plugin my_package:plugin --update``.

A test of a plugin is then one line per page:

>>> import pathlib, tempfile
>>> from newskit.testing import check_examples
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "pier.txt").write_text("Pier approved\\n\\nThe board approved a pier on Tuesday.\\n")
>>> [o.status for o in check_examples(folder, update=True)]
['created']
>>> [o.status for o in check_examples(folder)]
['ok']
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import json
import os
import pathlib
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from .model import Document
from .pipeline import Pipeline

__all__ = [
    "EXPECTED_SUFFIX",
    "PAGE_SUFFIXES",
    "UPDATE_ENV",
    "Outcome",
    "assert_example",
    "assert_examples",
    "check_example",
    "check_examples",
    "example_pages",
    "main",
    "summarize",
    "update_requested",
]

UPDATE_ENV = "NEWSKIT_UPDATE_EXPECTED"
"""Environment variable: set to ``1`` to rewrite the expectations instead of comparing."""
EXPECTED_SUFFIX = ".expected.json"
"""The expectation of ``NAME.html`` is ``NAME.expected.json``."""
PAGE_SUFFIXES = (".html", ".htm", ".txt")
"""Files that are example pages."""
INPUT_KEYS = ("url", "published", "site", "language")
"""What ``input`` may give to :meth:`newskit.Pipeline.process`."""
REMOVAL_CHARS = 80
"""Removed texts are summarized to their first this many characters."""

_option_update = False  # set from --newskit-update when loaded as a pytest plugin


def update_requested() -> bool:
    """Whether expectations are to be rewritten (``NEWSKIT_UPDATE_EXPECTED`` or ``--newskit-update``)."""
    return _option_update or os.environ.get(UPDATE_ENV, "").lower() in ("1", "true", "yes")


def summarize(document: Document) -> dict[str, Any]:
    """What an expectation compares: fields, body blocks, removals (shortened) and comments."""
    site = document.extensions.get("site") if document.extensions else None
    return {
        "site": document.site,
        "title": document.title,
        "authors": list(document.authors),
        "published": document.published.isoformat() if document.published else None,
        "language": document.language,
        "timezone": site.get("timezone") if hasattr(site, "get") else None,
        "body": [[b.kind, b.text] for b in document.body],
        "comments": [[c.author, c.text] for c in document.comments],
        "removed": [
            [r.rule, r.field, r.text if len(r.text) <= REMOVAL_CHARS else r.text[:REMOVAL_CHARS] + "…"]
            for r in document.removed
        ],
    }


@attrs.frozen
class Outcome:
    """The result of checking one example page.

    ``status`` is ``"ok"``, ``"mismatch"`` (``diff`` shows how), ``"missing"``
    (no expectation yet), ``"created"`` or ``"updated"``.
    """

    page: pathlib.Path
    status: str
    diff: str = ""

    @property
    def failed(self) -> bool:
        return self.status in ("mismatch", "missing")


def example_pages(directory: str | os.PathLike[str]) -> list[pathlib.Path]:
    """The example pages in *directory*, sorted by name."""
    folder = pathlib.Path(directory)
    pages = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
    stems: dict[str, pathlib.Path] = {}
    for p in pages:
        if p.stem in stems:
            raise ValueError(
                f"{stems[p.stem].name} and {p.name} would share {p.stem}{EXPECTED_SUFFIX}: rename one"
            )
        stems[p.stem] = p
    return pages


def expected_path(page: pathlib.Path) -> pathlib.Path:
    """Where the expectation of *page* is kept."""
    return page.with_name(page.stem + EXPECTED_SUFFIX)


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def check_example(page: str | os.PathLike[str], pipeline: Pipeline, *, update: bool | None = None) -> Outcome:
    """Run *pipeline* on *page* and compare with (or, updating, write) its expectation."""
    page = pathlib.Path(page)
    update = update_requested() if update is None else update
    target = expected_path(page)
    stored: dict[str, Any] = {}
    if target.exists():
        stored = json.loads(target.read_text(encoding="utf-8"))
    given = {k: v for k, v in (stored.get("input") or {}).items() if k in INPUT_KEYS}
    got = summarize(pipeline.process(page, **given))
    if update:
        if stored.get("document") == got and "input" in stored:
            return Outcome(page, "ok")
        status = "updated" if "document" in stored else "created"
        target.write_text(_dump({"input": stored.get("input") or {}, "document": got}), encoding="utf-8")
        return Outcome(page, status)
    if "document" not in stored:
        return Outcome(
            page,
            "missing",
            f"no expectation in {target.name}: run with {UPDATE_ENV}=1 to write it, then review it",
        )
    if stored["document"] == got:
        return Outcome(page, "ok")
    diff = "".join(
        difflib.unified_diff(
            _dump(stored["document"]).splitlines(keepends=True),
            _dump(got).splitlines(keepends=True),
            f"{target.name} (expected)",
            f"{page.name} (now)",
        )
    )
    return Outcome(page, "mismatch", diff)


def _pipeline(plugins: Iterable[Any], pipeline: Pipeline | None) -> Pipeline:
    return pipeline if pipeline is not None else Pipeline(plugins=list(plugins), entry_points=False)


def check_examples(
    directory: str | os.PathLike[str],
    *,
    plugins: Iterable[Any] = (),
    pipeline: Pipeline | None = None,
    update: bool | None = None,
) -> list[Outcome]:
    """Check every example page in *directory* with *plugins* (installed plugins left out)."""
    pl = _pipeline(plugins, pipeline)
    return [check_example(p, pl, update=update) for p in example_pages(directory)]


def _report(outcomes: Sequence[Outcome]) -> str:
    parts = []
    for o in outcomes:
        if o.failed:
            parts.append(f"{o.page.name}: {o.status}\n{o.diff}")
    parts.append(f"refresh after a deliberate change with {UPDATE_ENV}=1 (then review the diff)")
    return "\n".join(parts)


def assert_example(
    page: str | os.PathLike[str],
    *,
    plugins: Iterable[Any] = (),
    pipeline: Pipeline | None = None,
    update: bool | None = None,
) -> None:
    """Fail (``AssertionError`` with a diff) unless *page* gives what its expectation says."""
    outcome = check_example(page, _pipeline(plugins, pipeline), update=update)
    if outcome.failed:
        raise AssertionError(_report([outcome]))


def assert_examples(
    directory: str | os.PathLike[str],
    *,
    plugins: Iterable[Any] = (),
    pipeline: Pipeline | None = None,
    update: bool | None = None,
) -> None:
    """Fail unless every page in *directory* gives what its expectation says."""
    outcomes = check_examples(directory, plugins=plugins, pipeline=pipeline, update=update)
    if not outcomes:
        raise AssertionError(f"no example pages ({', '.join(PAGE_SUFFIXES)}) in {directory}")
    if any(o.failed for o in outcomes):
        raise AssertionError(_report(outcomes))


# --- pytest plugin -------------------------------------------------------------------------


def pytest_addoption(parser: Any) -> None:
    """``--newskit-update``: rewrite expectations instead of comparing."""
    parser.addoption(
        "--newskit-update",
        action="store_true",
        default=False,
        help="newskit.testing: rewrite the expected JSON of example pages instead of comparing",
    )


def pytest_configure(config: Any) -> None:
    global _option_update
    _option_update = bool(config.getoption("newskit_update", default=False))


def pytest_unconfigure(config: Any) -> None:
    global _option_update
    _option_update = False


try:  # a fixture for tests that want to know whether they are updating
    import pytest as _pytest
except ImportError:  # pragma: no cover - pytest is only needed to run tests
    pass
else:

    @_pytest.fixture
    def newskit_update() -> bool:
        """Whether expectations are being rewritten in this run."""
        return update_requested()


# --- command line ------------------------------------------------------------------------


def _load_plugin(spec: str) -> Any:
    module, _, attr = spec.partition(":")
    obj = importlib.import_module(module)
    return getattr(obj, attr) if attr else obj


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m newskit.testing DIR --plugin MODULE[:NAME] [--update]``."""
    ap = argparse.ArgumentParser(
        prog="python -m newskit.testing", description="Check (or refresh) a plugin's example pages."
    )
    ap.add_argument("directory", help="folder of example pages and their .expected.json files")
    ap.add_argument(
        "--plugin", action="append", default=[], help="plugin to use, as module or module:attribute"
    )
    ap.add_argument("--update", action="store_true", help="rewrite the expectations")
    args = ap.parse_args(argv)
    plugins = [_load_plugin(s) for s in args.plugin]
    outcomes = check_examples(args.directory, plugins=plugins, update=args.update or None)
    for o in outcomes:
        print(f"{o.status:8} {o.page.name}")
        if o.diff and o.failed:
            print(o.diff)
    return 1 if any(o.failed for o in outcomes) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
