"""Datelines (``KABUL (Reuters) -``) and the gazetteer that gives their places a time zone.

Plugins: :mod:`newskit.datelines.plugin` (``newskit_parse_dateline``) and
:mod:`newskit.datelines.gazetteer` (``newskit_place_timezone``). Nothing is
loaded until first use: the gazetteer's data file is read on the first lookup.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["Place", "canonical_agency", "find_dateline", "lookup", "parse_dateline", "timezone_for"]

_LAZY = {
    "Place": "gazetteer",
    "lookup": "gazetteer",
    "timezone_for": "gazetteer",
    "canonical_agency": "agencies",
    "parse_dateline": "parse",
    "find_dateline": "plugin",
}


def __getattr__(name: str) -> Any:
    mod = _LAZY.get(name)
    if mod is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{mod}"), name)
