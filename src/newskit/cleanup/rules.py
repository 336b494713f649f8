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

from .lazy import LazyPattern, lazy_compile

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
    compiled: LazyPattern = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "compiled", lazy_compile(self.pattern, regex.IGNORECASE))

    def matches(self, line: str) -> bool:
        """Whether the whole of *line* (trimmed) matches."""
        return self.compiled.fullmatch(line) is not None


class RuleSet:
    """Rules tried in order on a line with one combined pattern; the first that matches wins."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self._cache: dict[str, Rule | None] = {}
        self._pattern = lazy_compile(
            "|".join(f"(?P<r{i}>{r.pattern})" for i, r in enumerate(rules)), regex.IGNORECASE
        )

    def first(self, line: str) -> Rule | None:
        """The first rule whose pattern matches the whole of *line*, if any.

        Answers are remembered for recent lines (repeated lines, such as the
        same widget on every page or a hostile input, are matched once).
        """
        cache = self._cache
        if line in cache:
            return cache[line]
        m = self._pattern.fullmatch(line)
        rule = self.rules[int(m.lastgroup[1:])] if m is not None else None
        if len(cache) >= 4096:
            cache.clear()
        cache[line] = rule
        return rule


def table(*rows: tuple[str, str, str] | tuple[str, str, str, Action] | tuple[str, str, str, Action, Where]):
    """Build rules from rows of ``(id, pattern, reason[, action[, where]])``."""
    return tuple(Rule(*row) for row in rows)
