"""Patterns compiled on first use, so that loading the plugin stays fast."""

from __future__ import annotations

from typing import Any

import regex

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A :mod:`regex` pattern compiled the first time it is used.

    The first use also stores the compiled pattern's methods on the object,
    so later calls (``p.search(...)``) cost no more than on the pattern itself.
    """

    __slots__ = ("_compiled", "flags", "pattern", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: Any = None

    @property
    def compiled(self) -> regex.Pattern:
        """The compiled pattern."""
        if self._compiled is None:
            compiled = regex.compile(self.pattern, self.flags)
            for name in _METHODS:
                object.__setattr__(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # only for names not stored yet
        return getattr(self.compiled, name)


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """Like :func:`regex.compile`, but compiled on first use."""
    return LazyPattern(pattern, flags)
