"""The marker plugins use to implement newskit's hooks."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pluggy

from .hookspecs import PROJECT

hookimpl = pluggy.HookimplMarker(PROJECT)
"""Decorator marking a function as the implementation of a newskit hook.

Use it as ``@hookimpl``, or ``@hookimpl(trylast=True)``, ``@hookimpl(wrapper=True)``
(wrappers are honoured on :func:`~newskit.hookspecs.newskit_process_document`).
"""

SITES_ATTRIBUTE = "newskit_sites"
"""The attribute :func:`for_sites` sets on an implementation: the site keys it answers for."""


def for_sites(keys: Iterable[str]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Declare that an implementation of ``newskit_read`` or ``newskit_clean`` answers only
    for documents of the sites *keys*: the pipeline then does not call it for any other
    document (nor for one of no known site). Put it under ``@hookimpl``.

    A site plugin's reader or cleaner returns ``None`` for the other sites anyway; with many
    site plugins installed, not calling them at all saves a call per plugin per document.

    >>> import newskit
    >>> @newskit.hookimpl
    ... @newskit.for_sites(["baycourier"])
    ... def newskit_clean(document):
    ...     return []
    >>> sorted(newskit_clean.newskit_sites)
    ['baycourier']
    """
    sites = frozenset(keys)

    def mark(function: Callable[..., Any]) -> Callable[..., Any]:
        setattr(function, SITES_ATTRIBUTE, sites)
        return function

    return mark
