"""Lines of the body: the unit every generic rule looks at, and tests of prose."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from ..model import Document
from .lazy import lazy_compile

MAX_RULE_CHARS = 400
"""Lines longer than this are article prose for every whole-line rule (and keep matching linear)."""

_ELLIPSIS = lazy_compile(r"(?:\.{3}|…|\[(?:…|\.{3})\])\s*[\"'”’)]{0,2}$")
_SENTENCE_END = lazy_compile(r"[.!?][\"'”’)\]]{0,3}$")
_WORD = lazy_compile(r"\S+")


@attrs.frozen
class Line:
    """One non-blank line of a body block, trimmed; offsets into :attr:`Document.text`."""

    block: int
    index: int  # position among the block's non-blank lines
    start: int
    end: int
    text: str


def body_lines(document: Document) -> list[Line]:
    """Every non-blank line of the body, in reading order."""
    out: list[Line] = []
    for bi, block in enumerate(document.body):
        pos = block.start
        index = 0
        for raw in block.text.splitlines(keepends=True):
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                start = pos + lead
                out.append(Line(bi, index, start, start + len(stripped), stripped))
                index += 1
            pos += len(raw)
    return out


def words(text: str) -> int:
    """The number of white-space separated words in *text*."""
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        # information separators: space to ``str.split``, a word character to the rules' patterns
        return sum(1 for _ in _WORD.finditer(text))
    return len(text.split())


def ends_with_ellipsis(text: str) -> bool:
    """Whether *text* is cut short with ``...``, ``…`` or ``[…]``."""
    return _ELLIPSIS.search(text[-12:]) is not None


def is_prose(text: str) -> bool:
    """A sentence of article prose: six words or more ending like a sentence, or a long line."""
    if ends_with_ellipsis(text):
        return False
    n = words(text)
    return n >= 30 or (n >= 6 and _SENTENCE_END.search(text[-6:]) is not None)


def looks_like_headline(text: str) -> bool:
    """A short title-like line: no sentence punctuation at its end, a capital or digit first."""
    if len(text) > 200 or words(text) > 25 or not any(c.isalpha() for c in text):
        return False
    if text[-1] in ".,;:" and not ends_with_ellipsis(text):
        return False
    first = text[0]
    return first.isupper() or first.isdigit() or first in "\"'“‘«"


def blocks_of(lines: list[Line]) -> Iterator[tuple[int, list[int]]]:
    """Group *lines* by block: ``(block index, indexes of its lines in *lines*)``."""
    current: list[int] = []
    for i, line in enumerate(lines):
        if current and line.block != lines[current[0]].block:
            yield lines[current[0]].block, current
            current = []
        current.append(i)
    if current:
        yield lines[current[0]].block, current
