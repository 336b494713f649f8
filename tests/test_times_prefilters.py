"""The scanner's shortcuts for numbers and prefix words change nothing.

:func:`newskit.times.scanner._number_category` skips numbers no branch can
hold and tries four-digit numbers only as what their next character allows;
:func:`newskit.times.scanner._prefix_before` reads the word before a key from
folded bytes. Both are checked here against the plain definitions on many
generated texts.
"""

from __future__ import annotations

import random

from newskit.times import scanner

DIGIT_KINDS = {
    4: ("iso", "clock", "decade", "year", "ago", "within", "duration"),
    12: scanner._CATEGORIES["digit12"],
    3: scanner._CATEGORIES["digitn"],
}
NUMBERS = [
    "1",
    "5",
    "12",
    "30",
    "123",
    "2021",
    "1990",
    "1800",
    "12345",
    "3.5",
    "10:30",
    "9.15",
    "4th",
    "21st",
    "٣",
]
WORDS = [
    "the",
    "a",
    "in",
    "within",
    "about",
    "every",
    "each",
    "of",
    "early",
    "mid-late",
    "last",
    "next",
    "past",
    "Jan.",
    "March",
    "May",
    "Monday",
    "today",
    "pm",
    "a.m.",
    "p.",
    "m.",
    "PM",
    "GMT",
    "hrs",
    "h",
    "s",
    "th",
    "times",
    "trading",
    "business",
    "days",
    "Years",
    "centuries",
    "quarter",
    "decade",
    "ago",
    "later",
    "people",
    "percent",
    "old",
    "fiscal",
    "FY",
    "once",
    "twice",
]
SEPARATORS = [" ", "  ", "   ", "-", " - ", "\xa0", "\t", "", ",", ".", ":", "/", "'", "’", "\n", "%"]


def _texts(n: int, seed: int = 7) -> list[str]:
    r = random.Random(seed)
    return [
        "".join(
            r.choice(NUMBERS if r.random() < 0.4 else WORDS) + r.choice(SEPARATORS)
            for _ in range(r.randint(2, 12))
        )
        for _ in range(n)
    ]


def test_numbers_skipped_or_narrowed_hold_no_other_mention() -> None:
    branches = scanner._compiled()
    for text in _texts(4000):
        low = scanner._fold(text)
        for key in range(len(text)):
            if not "0" <= text[key] <= "9" or (key and "0" <= text[key - 1] <= "9"):
                continue
            run = scanner._DIGITS.match(text, key).end() - key
            kinds = DIGIT_KINDS[4 if run == 4 else 12 if run <= 2 else 3] if run <= 4 else ()
            starts = scanner._starts(text, low, key, b"0", 0)
            hits = [
                k for k in kinds for s, _ in starts if (m := branches[k].match(text, s)) and m.end() > key
            ]
            category = scanner._number_category(text, key, run)
            allowed = scanner._CATEGORIES[category] if category else ()
            assert not hits or hits[0] in allowed, (text, key, hits, category)


def test_prefix_word_is_the_pattern_s() -> None:
    for text in _texts(1500, seed=3):
        low = scanner._fold(text)
        for pos in range(1, len(text) + 1):
            for lo in {0, max(0, pos - 20), max(0, pos - 4)}:
                m = scanner._WORD_BEFORE.search(text, lo, pos)
                want = None
                if m is not None and m.group(1).lower() in scanner._PREFIX:
                    want = (m.start(), m.group(1).lower().encode())
                assert scanner._prefix_before(text, low, lo, pos) == want, (text, lo, pos)
