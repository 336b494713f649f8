"""Whole-line rules as data: rule id, pattern, reason, action and where they apply.

A pattern must match a whole line (trimmed, case-insensitive unless it says
``(?-i)``). Patterns use only bounded repetitions, so matching stays linear
in the line's length; lines longer than :data:`~newskit.cleanup.lines.MAX_RULE_CHARS`
are never matched.
"""

from __future__ import annotations

from typing import Literal

import attrs
import regex

Action = Literal["drop", "form", "comment-count", "teaser-heading", "teaser-inline"]
"""What a matching line is: junk to drop, a comment-form string, the head of a
comment section, the heading of a teaser block, a one-line teaser."""

Where = Literal["any", "top", "form"]
"""Where a rule applies: anywhere, near the top (before the first prose line),
or only next to another comment-form line."""


@attrs.frozen
class Rule:
    """One whole-line rule."""

    id: str
    pattern: str
    reason: str
    action: Action = "drop"
    where: Where = "any"
    compiled: regex.Pattern = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "compiled", regex.compile(self.pattern, regex.IGNORECASE))

    def matches(self, line: str) -> bool:
        """Whether the whole of *line* (trimmed) matches."""
        return self.compiled.fullmatch(line) is not None


def table(*rows: tuple[str, str, str] | tuple[str, str, str, Action] | tuple[str, str, str, Action, Where]):
    """Build rules from rows of ``(id, pattern, reason[, action[, where]])``."""
    return tuple(Rule(*row) for row in rows)
