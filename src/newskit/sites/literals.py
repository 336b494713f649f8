"""The literal text every match of a pattern must contain, to skip patterns cheaply.

Site fingerprints are whole-line patterns tried on every line of a text
without a URL, for every installed site plugin. Most name something literal
(``newyorker.com``, ``Guardian News``); when that text is nowhere in the
document (compared lower-cased, as the patterns match case-insensitively), the pattern
cannot match any line and the per-line work is skipped.

The extraction is conservative: only characters outside groups, classes and
alternations, and not made optional by a quantifier, count; anything it does
not understand ends the current run of literal characters.

>>> required_literal(r".{0,80}\\bnewyorker\\.com\\b.{0,80}")
'newyorker.com'
>>> required_literal(r"© \\d{4} Guardian News (?:&|and) Media Limited.{0,120}")
' guardian news '
>>> required_literal(r"Staff Report|News Desk") is None  # an alternation: nothing is required
True
>>> required_literal(r"colou?r photo")  # the optional "u" ends a run
'r photo'
>>> required_literal(r"© (?:Harbour Ledger|Ledger Media)")  # short, but not a common word
'© '
"""

from __future__ import annotations

import functools

__all__ = ["required_literal"]

MIN_LENGTH = 4
"""Shorter literals are too common to be worth a test, unless they hold a character beyond ASCII."""

_QUANTIFIERS = frozenset("*?{")
"""Quantifiers that make the character before them optional (``+`` keeps it required)."""


def _skip_class(pattern: str, i: int) -> int:
    """The index after the character class opening at *i*."""
    i += 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    depth = 1  # the regex module allows nested classes
    while i < len(pattern) and depth:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        i += 1
    return i


@functools.lru_cache(maxsize=1024)
def required_literal(pattern: str) -> str | None:
    """The longest literal (lower-cased) every match of *pattern* contains, or ``None``."""
    best = ""
    run: list[str] = []
    depth = 0
    i, n = 0, len(pattern)

    def flush() -> None:
        nonlocal best
        text = "".join(run)
        if len(text) > len(best):
            best = text
        run.clear()

    while i < n:
        c = pattern[i]
        if c == "\\":
            nxt = pattern[i + 1 : i + 2]
            if depth == 0 and nxt and not nxt.isalnum() and not nxt.isspace():
                run.append(nxt)  # escaped punctuation stands for itself
                i += 2
            else:  # a class (\d), an assertion (\b), a numbered escape: not literal
                flush()
                i += 2
                continue
        elif c == "[":
            flush()
            i = _skip_class(pattern, i)
            continue
        elif c == "(":
            flush()
            depth += 1
            i += 1
            continue
        elif c == ")":
            flush()
            depth = max(depth - 1, 0)
            i += 1
            continue
        elif c == "|":
            if depth == 0:
                return None  # a top-level alternation requires no one literal
            i += 1
            continue
        elif c in ".^$":
            flush()
            i += 1
            continue
        elif c == "{":
            flush()
            j = pattern.find("}", i)
            body = pattern[i + 1 : j] if j > 0 else ""
            i = j + 1 if body and all(ch.isdigit() or ch == "," for ch in body) else i + 1
            continue
        elif c in "*+?}":
            flush()
            i += 1
            continue
        elif depth == 0:
            run.append(c)
            i += 1
        else:
            i += 1
            continue
        # A literal was just added: a following quantifier may make it optional.
        if i < n and pattern[i] in _QUANTIFIERS:
            run.pop()
            flush()
        elif i < n and pattern[i] == "+":
            flush()
    flush()
    lowered = best.lower()
    kept = lowered.strip()
    # short literals are common words; one with a character beyond ASCII (©, ®) is rare enough
    return lowered if len(kept) >= MIN_LENGTH or not kept.isascii() else None
