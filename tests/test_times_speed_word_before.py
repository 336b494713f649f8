"""``resolve._word_before`` reads the word before a mention as ``resolve._WORD_BEFORE`` does."""

from __future__ import annotations

import random

from newskit.times import resolve

CHARS = [*"abcXYZ", " ", " ", "\n", "\t", "\r", "\x0b", "-", ",", ".", "1", "é", "'", "’", "\xa0", "\u2003", "\x85"]


def _regex(text: str, start: int) -> str:
    m = resolve._WORD_BEFORE.search(text, max(0, start - 20), start)
    return m.group(1).lower() if m else ""


def test_word_before_is_the_pattern_s() -> None:
    r = random.Random(5)
    for _ in range(60000):
        text = "".join(r.choice(CHARS) for _ in range(r.randrange(0, 30)))
        start = r.randrange(0, len(text) + 1)
        assert resolve._word_before(text, start) == _regex(text, start), (text, start)


def test_long_words_and_gaps() -> None:
    r = random.Random(6)
    for _ in range(20000):
        text = "".join(r.choice(["a" * r.randrange(1, 30), " ", "  ", "\n", ",", "-", "x1"]) for _ in range(8))
        start = r.randrange(0, len(text) + 1)
        assert resolve._word_before(text, start) == _regex(text, start), (text, start)
