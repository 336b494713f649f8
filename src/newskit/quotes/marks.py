"""Pairing quote marks: straight, curly, single, guillemets and low-9 marks.

A hand-written single pass, linear in the text, that survives an odd number
of marks: pairing restarts at every line break (a quote running over several
paragraphs is kept open only while each new paragraph opens with a mark),
and apostrophes (``lion’s``, ``’90s``, ``rock ’n’ roll``, ``voters’``) are
told apart from single quote marks by the letters around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = frozenset("“„«‟")
DOUBLE_CLOSE = frozenset("”»")
SINGLE_OPEN = frozenset("‘‚‹‛")
SINGLE_CLOSE = frozenset("’›")
STRAIGHT = frozenset("\"'")
ALL_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_CLOSE | STRAIGHT | frozenset("`")
OPENING_CONTEXT = frozenset("([{—–-/")
# a plain character class: the standard re module scans it about twice as fast as regex
MARK_OR_BREAK = re.compile("[\n" + re.escape("".join(sorted(ALL_MARKS))) + "]")


@dataclass(slots=True, unsafe_hash=True)  # hashable as if frozen, ~4x cheaper to build
class Quoted:
    """A stretch of text between quote marks.

    ``start``/``end`` bound the words inside; ``open_at`` is the offset of the
    opening mark and ``close_at`` that of the closing mark (``None`` when the
    stretch runs to the end of its line, open, as in a quote going on in the
    next paragraph). ``depth`` is 0 for marks not inside another quote.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    family: str
    depth: int
    close_width: int = 1


def _family(ch: str) -> str:
    return "single" if ch in SINGLE_OPEN or ch in SINGLE_CLOSE or ch == "'" else "double"


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _role(text: str, i: int, open_single: bool, width: int = 1, ch: str = "") -> str | None:
    """``"open"``, ``"close"``, ``"either"`` or ``None`` (an apostrophe) for the mark at *i*."""
    ch = ch or text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    left_space = prev.isspace() or prev in OPENING_CONTEXT or (prev in ALL_MARKS and prev not in "’'")
    right_space = nxt.isspace() or (not _is_word(nxt) and nxt not in ALL_MARKS - STRAIGHT)
    if ch in "’'‘" and _is_word(prev) and _is_word(nxt):
        return None  # lion’s, don’t, rock ’n’ roll inside
    if ch in "’'‘" and nxt.isdigit() and not open_single:
        return None  # ’90s
    if ch in "’'" and prev in "nN" and i >= 2 and text[i - 2] in "’'‘" and not open_single:
        return None  # the closing mark of ’n’
    if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
        if ch in "“‘«" and right_space and not left_space:
            return "close"  # a closing mark typed the wrong way round (or „…“)
        return "open"
    if ch in DOUBLE_CLOSE or ch in SINGLE_CLOSE:
        if ch == "»" and left_space and not right_space:
            return "open"  # German »…«
        if ch == "’":
            if not open_single:
                return None  # voters’ or a stray apostrophe
            return "close" if not left_space else None
        if left_space and not right_space:
            return "either"  # Swedish ”…” or a stray mark
        return "close"
    # straight marks
    if ch == "'":
        if left_space and not right_space:
            return "open"
        if right_space and not left_space:
            return "close" if open_single else None
        return None
    if left_space and not right_space:
        return "open"
    if right_space and not left_space:
        return "close"
    return "either"


def pair_marks(text: str, *, double_apostrophes: bool = False) -> list[Quoted]:
    """Every quoted stretch in *text*, in order of their opening marks.

    With *double_apostrophes*, ````…''`` and ``''…''`` (two marks standing for
    one, as in some news archives) are double quote marks; otherwise a doubled
    apostrophe is skipped. Runs in time linear in ``len(text)``.
    """
    out: list[Quoted] = []
    stack: list[tuple[int, str, int]] = []  # (offset of the opening mark, family, width)
    open_count = {"single": 0, "double": 0}
    n = len(text)
    skip_to = 0
    for m in MARK_OR_BREAK.finditer(text):
        i = m.start()
        if i < skip_to:
            continue
        ch = text[i]
        if ch == "\n":
            if stack:  # nothing left open: nothing to close (most lines)
                _close_line(text, i, stack, out)
                stack.clear()
                open_count["single"] = open_count["double"] = 0
            continue
        if ch in "’'‘" and 0 < i < n - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            continue  # ``lion’s``, ``don't``: an apostrophe, the common case (as :func:`_role` says)
        width = 2 if ch in "'`" and text[i + 1 : i + 2] == ch else 1
        skip_to = i + width
        if (ch == "`" and width == 1) or (width == 2 and not double_apostrophes):
            continue
        as_ch = '"' if width == 2 else ch  # ''…'' and ``…'': a double mark typed as two
        fam = _family(as_ch)
        role = "open" if ch == "`" else _role(text, i, open_count["single"] > 0, width, as_ch)
        if role is None:
            continue
        if role == "either":
            role = "close" if open_count[fam] else "open"
        if role == "open":
            reopened = fam == "double" and stack and stack[-1][1] == "double" and ch not in "«»„"
            if reopened and text[stack[-1][0] : i].strip(" \t" + "".join(ALL_MARKS)):
                # a second opening double mark while one is open: the first was never closed
                open_count[stack.pop()[1]] -= 1
            stack.append((i, fam, width))
            open_count[fam] += 1
        else:
            while stack and stack[-1][1] != fam:
                open_count[stack.pop()[1]] -= 1  # marks of the other family left open inside
            if stack:
                at, _, w = stack.pop()
                open_count[fam] -= 1
                if i > at + w:
                    out.append(Quoted(at + w, i, at, i, fam, len(stack), width))
    _close_line(text, n, stack, out)
    out.sort(key=lambda q: q.open_at)
    return out


def _close_line(text: str, eol: int, stack: list[tuple[int, str, int]], out: list[Quoted]) -> None:
    """Keep the outermost double mark still open at a line's end as an open-ended quote."""
    for at, fam, w in stack:
        if fam == "double":
            end = eol
            while end > at + w and text[end - 1].isspace():
                end -= 1
            if end > at + w:
                out.append(Quoted(at + w, end, at, None, fam, 0, 0))
            return
