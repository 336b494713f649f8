"""Tense of the clause around a mention: does it look back or ahead?

``said on Tuesday`` looks back, ``will meet on Friday`` looks ahead. The
cue nearest to the mention within its sentence wins; a tie goes to the future
(``is expected to`` holds a past-looking ``-ed``).
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "future"]

_FUTURE = re.compile(
    r"\b(?:will|won[’']t|shall|going\s+to|due\s+to|due|(?:scheduled|expected|slated|poised|set|planned|"
    r"planning|plans?|aims?|intends?|hopes?|promised|vowed|threatened|wants?|seeks?|is\s+to|are\s+to)\s+to|"
    r"to\s+be\s+held|until|till|upcoming|would|next|from\s+now)\b|[’']ll\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:said|says|told|was|were|had|did|ago|last|earlier|began|came|went|took|met|gave|made|saw|"
    r"won|lost|held|fell|rose|spoke|wrote|left|(?!(?:need|indeed|hundred|united|speed|seed|feed|bred|"
    r"red|bed|shed|wed|embed|proceed|exceed|succeed)\b)[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"[.!?;]\s|\n")
_WINDOW = 160


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around ``text[start:end]``, at most 160 characters each side."""
    lo = max(0, start - _WINDOW)
    last = None
    for m in _BOUNDARY.finditer(text, lo, start):
        last = m
    lo = last.end() if last else lo
    m = _BOUNDARY.search(text, end, min(len(text), end + _WINDOW))
    hi = m.start() + 1 if m else min(len(text), end + _WINDOW)
    return lo, hi


def tense(text: str, start: int, end: int) -> Tense | None:
    """``"past"``, ``"future"``, or ``None`` when the sentence gives no cue.

    >>> s = "Talks will resume on Friday, officials said."
    >>> tense(s, s.index("Friday"), s.index("Friday") + 6)
    'future'
    """
    lo, hi = clause(text, start, end)
    best: tuple[int, int, Tense] | None = None
    for pattern, label, rank in ((_FUTURE, "future", 0), (_PAST, "past", 1)):
        for m in pattern.finditer(text, lo, hi):
            if start <= m.start() < end:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            cand = (dist, rank, label)
            if best is None or cand < best:
                best = cand
    return best[2] if best else None
