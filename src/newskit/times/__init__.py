"""Time expressions: find dates, times, durations and sets and resolve them.

The built-in plugin is :mod:`newskit.times.plugin`; :func:`find_times` is the
same work as a plain function, for use without a pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .plugin import find_times

__all__ = ["find_times"]


def __getattr__(name: str) -> Any:
    if name == "find_times":
        from .plugin import find_times

        return find_times
    raise AttributeError(name)
