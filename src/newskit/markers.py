"""The marker plugins use to implement newskit's hooks."""

from __future__ import annotations

import pluggy

from .hookspecs import PROJECT

hookimpl = pluggy.HookimplMarker(PROJECT)
"""Decorator marking a function as the implementation of a newskit hook.

Use it as ``@hookimpl``, or ``@hookimpl(trylast=True)``, ``@hookimpl(wrapper=True)``
(wrappers are honoured on :func:`~newskit.hookspecs.newskit_process_document`).
"""
