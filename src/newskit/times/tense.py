"""Tense of the clause around a mention: does it look back or ahead?

``said on Tuesday`` looks back, ``will meet on Friday`` looks ahead. The
cue nearest to the mention within its sentence wins; a tie goes to the future
(``is expected to`` holds a past-looking ``-ed``).
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "future"]

_FUTURE_WORDS = frozenset(
    ["will", "shall", "would", "until", "till", "upcoming", "next", "won't", "won’t", "’ll", "'ll"]
)
_FUTURE_BEFORE_TO = frozenset(
    [
        "going",
        "due",
        "scheduled",
        "expected",
        "slated",
        "poised",
        "set",
        "planned",
        "planning",
        "plan",
        "plans",
        "aim",
        "aims",
        "intend",
        "intends",
        "hope",
        "hopes",
        "promised",
        "vowed",
        "threatened",
        "want",
        "wants",
        "seek",
        "seeks",
        "is",
        "are",
    ]
)
_PAST_WORDS = frozenset(
    [
        "said",
        "says",
        "told",
        "was",
        "were",
        "had",
        "did",
        "ago",
        "began",
        "came",
        "went",
        "took",
        "met",
        "gave",
        "made",
        "saw",
        "won",
        "lost",
        "held",
        "fell",
        "rose",
        "spoke",
        "wrote",
        "left",
    ]
)
_NOT_PAST = frozenset(
    [
        "need",
        "indeed",
        "hundred",
        "united",
        "speed",
        "seed",
        "feed",
        "bred",
        "red",
        "bed",
        "shed",
        "wed",
        "embed",
        "proceed",
        "exceed",
        "succeed",
    ]
)
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "our",
        "my",
        "your",
        "each",
        "every",
    ]
)
_BE = frozenset(["be", "is", "are", "being"])
_FUTURE_BEFORE_DATE = {
    "expected": ("on", "for", "in", "by"),
    "scheduled": ("on", "for", "in", "by"),
    "slated": ("on", "for", "in", "by"),
    "due": ("on", "for", "in", "by"),
    "planned": ("on", "for"),
    "set": ("for",),
}
"""Words that look ahead before a preposition and the day (``expected on Monday``), unless after ``was``."""
_WAS = frozenset(["was", "were", "been", "had"])
_CUE_WORDS = _FUTURE_WORDS | _FUTURE_BEFORE_TO | _PAST_WORDS | {"should"}  # and words in "-ed"
_WORD = re.compile(r"[A-Za-z’']+")
_WORD_SPLIT = re.compile(r"([A-Za-z’']+)")
BOUNDARY = re.compile(r"\n|\.\s|!\s|\?\s|;\s")  # `[.!?;]\s|\n`, each branch led by its character: searches skip in C
"""A sentence or clause boundary: what a time's tense and a clock's day are not read across."""
_AFTER_STOP = re.compile(r"[,;:“”\"()]")
_BEFORE, _AFTER = 120, 80
_LAST_BOUNDARY = re.compile(rf"(?s:.{{0,{_BEFORE}}})(?:{BOUNDARY.pattern})")  # ends where the last BOUNDARY match does
_MAX_WORDS = 10  # words looked at on each side
_AFTER_PENALTY = 4  # a time phrase belongs to the verb before it more often than to the one after


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around ``text[start:end]``, at most 120/80 characters before/after."""
    lo = max(0, start - _BEFORE)
    last = _LAST_BOUNDARY.match(text, lo, start)  # the last boundary before the mention
    lo = last.end() if last else lo
    m = BOUNDARY.search(text, end, min(len(text), end + _AFTER))
    hi = m.start() + 1 if m else min(len(text), end + _AFTER)
    return lo, hi


def _cue(w: str, following: str, preceding: str) -> Tense | None:
    """The tense *w* marks; ``None`` for every word neither in ``_CUE_WORDS`` nor ending in ``-ed``."""
    if w in _FUTURE_WORDS or (w in _FUTURE_BEFORE_TO and following == "to"):
        return "future"
    if following in _FUTURE_BEFORE_DATE.get(w, ()) and preceding not in _WAS:
        return "future"  # "a ruling is expected on Monday", "talks scheduled for Friday"
    if w == "should" and following != "have":  # "should be completed in October"
        return "future"
    if preceding in _BE:
        return None  # "will be held", "should be completed": a participle, no tense of its own
    if w in _PAST_WORDS:
        return "past"
    if len(w) > 3 and w.endswith("ed") and w not in _NOT_PAST and preceding not in _DETERMINERS:
        return "past"  # "officials agreed", but not "a shared grid"
    return None


def _words(text: str, lo: int, hi: int) -> tuple[list[str], list[str]]:
    """The words of ``text[lo:hi]`` in lower case, and that text split around them (gap, word, …, gap).

    Word *i* begins ``_offset(pieces, 2 * i + 1)`` and ends ``_offset(pieces, 2 * i + 2)`` characters
    after *lo*. The words hold no spaces, so one join and split lowers them all.
    """
    pieces = _WORD_SPLIT.split(text[lo:hi])
    words = pieces[1::2]
    return (" ".join(words).lower().split(" ") if words else []), pieces


def _offset(pieces: list[str], k: int) -> int:
    return len("".join(pieces[:k]))


def tense(text: str, start: int, end: int, headline: bool = False) -> Tense | None:
    """``"past"``, ``"future"``, or ``None`` when the sentence gives no cue.

    In a *headline*, ``to`` before a verb looks ahead (``Envoy to visit Kabul on Friday``).

    >>> s = "Talks will resume on Friday, officials said."
    >>> tense(s, s.index("Friday"), s.index("Friday") + 6)
    'future'
    """
    lo, hi = clause(text, start, end)
    m = _AFTER_STOP.search(text, end, hi)
    if m is not None:
        hi = m.start()  # a cue after the mention counts only before the next comma
    best = _cue_before(text, max(lo, start - 8 * _MAX_WORDS), start, headline)
    best = _cue_after(text, end, min(hi, end + 8 * _MAX_WORDS), best)
    return best[2] if best else None


_Cue = tuple[int, int, Tense]
"""A cue found: its distance from the mention, 0 for the future (which wins ties) or 1, and the tense."""


def _cue_before(text: str, lo: int, start: int, headline: bool) -> _Cue | None:
    """The nearest cue among the last ten words of ``text[lo:start]``."""
    before, pieces = _words(text, lo, start)
    for i in range(len(before) - 1, max(-1, len(before) - 1 - _MAX_WORDS), -1):  # nearest first
        w = before[i]
        nxt = before[i + 1] if i + 1 < len(before) else ""
        label = _cue(w, nxt, before[i - 1] if i else "") if w in _CUE_WORDS or w.endswith("ed") else None
        if label is None and headline and nxt and w == "to":
            label = "future"  # "Envoy to visit Kabul on Friday"
        if label is not None:
            we = lo + _offset(pieces, 2 * i + 2)
            return (start - we, 0 if label == "future" else 1, label)
    return None


def _cue_after(text: str, end: int, hi: int, best: _Cue | None) -> _Cue | None:
    """*best*, or the first cue among the first ten words of ``text[end:hi]`` when it is nearer (with a penalty)."""
    if best is not None:
        first = _WORD.search(text, end, hi)
        if first is None or first.start() - end + _AFTER_PENALTY > best[0]:
            return best  # no word after is near enough to win
    after, pieces = _words(text, end, hi)
    for i in range(min(len(after), _MAX_WORDS)):
        if best is not None and _offset(pieces, 2 * i + 1) + _AFTER_PENALTY > best[0]:
            break  # no nearer than the cue before
        w = after[i]
        if w not in _CUE_WORDS and not w.endswith("ed"):
            continue  # no cue (see _cue)
        label = _cue(w, after[i + 1] if i + 1 < len(after) else "", after[i - 1] if i else "")
        if label is not None:
            cand = (_offset(pieces, 2 * i + 1) + _AFTER_PENALTY, 0 if label == "future" else 1, label)
            return cand if best is None or cand < best else best
    return best
