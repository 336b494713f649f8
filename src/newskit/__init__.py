"""newskit: turn a scraped news article into a clean, richly annotated document.

>>> import newskit
>>> doc = newskit.process("Envoy sees slow progress\n\nKABUL: Talks went on, he said.")
>>> doc.title
'Envoy sees slow progress'
>>> [b.text for b in doc.body]
['KABUL: Talks went on, he said.']

Names are imported lazily so that ``import newskit`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .batch import Failure, Result, process_many
    from .edits import Cut, Relabel
    from .errors import InputError, NewskitError, PluginError, UnknownFormatError
    from .markers import for_sites, hookimpl
    from .model import (
        Block,
        Comment,
        Dateline,
        Diagnostic,
        Document,
        Interval,
        Mention,
        Person,
        Quote,
        Removal,
        Speaker,
        TimeExpression,
    )
    from .pipeline import Format, Pipeline, Run, default_pipeline, formats, process, render
    from .source import Source

_LAZY = {
    "process": "pipeline",
    "render": "pipeline",
    "formats": "pipeline",
    "Pipeline": "pipeline",
    "Run": "pipeline",
    "Format": "pipeline",
    "default_pipeline": "pipeline",
    "Document": "model",
    "Block": "model",
    "Removal": "model",
    "Comment": "model",
    "Dateline": "model",
    "TimeExpression": "model",
    "Interval": "model",
    "Quote": "model",
    "Speaker": "model",
    "Mention": "model",
    "Person": "model",
    "Diagnostic": "model",
    "Cut": "edits",
    "Relabel": "edits",
    "Source": "source",
    "process_many": "batch",
    "Result": "batch",
    "Failure": "batch",
    "hookimpl": "markers",
    "for_sites": "markers",
    "NewskitError": "errors",
    "InputError": "errors",
    "PluginError": "errors",
    "UnknownFormatError": "errors",
}

__all__ = [
    "__version__",
    "Block",
    "Comment",
    "Cut",
    "Dateline",
    "Diagnostic",
    "Document",
    "Failure",
    "Format",
    "InputError",
    "Interval",
    "Mention",
    "NewskitError",
    "Person",
    "Pipeline",
    "PluginError",
    "Quote",
    "Relabel",
    "Removal",
    "Result",
    "Run",
    "Source",
    "Speaker",
    "TimeExpression",
    "UnknownFormatError",
    "default_pipeline",
    "for_sites",
    "formats",
    "hookimpl",
    "process",
    "process_many",
    "render",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newskit' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
