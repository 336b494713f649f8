"""Patterns compiled on first use, so that loading the plugin stays fast."""

from __future__ import annotations

from typing import Any

import regex


class LazyPattern:
    """A :mod:`regex` pattern compiled the first time it is used."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: Any = None

    @property
    def compiled(self) -> regex.Pattern:
        """The compiled pattern."""
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """Like :func:`regex.compile`, but compiled on first use."""
    return LazyPattern(pattern, flags)
