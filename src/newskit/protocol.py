"""Built-in plugin: the default per-document protocol (all stages in order)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .markers import hookimpl

if TYPE_CHECKING:
    from .model import Document
    from .pipeline import Run
    from .source import Source


@hookimpl(trylast=True)
def newskit_process_document(source: Source, run: Run) -> Document:
    """Identify the site, read, clean, then find the dateline, times and quotes."""
    return run.execute(source)
