"""The key category of a number, chosen by the character after it, leaves out no branch that could hold it.

:func:`newskit.times.scanner._number_category` narrows the branches tried at a
number by what follows its digits (``10:30`` only a clock, ``3/4/24`` only a
numeric date, ``1990s`` only a decade, ...). For many generated texts, the first
branch (in the scanner's order) that holds each number from any start must be
among the narrowed ones, so the scanner finds the same mention.
"""

from __future__ import annotations

import random

from newskit.times import scanner

FULL = {
    4: ("iso", "clock", "decade", "year", "ago", "within", "duration"),
    12: scanner._CATEGORIES["digit12"],
    3: scanner._CATEGORIES["digitn"],
}
NUMBERS = ["1", "4", "10", "12", "21", "23", "30", "90", "100", "1800", "1990", "2024", "0600", "9.30", "2.5"]
WORDS = [
    *["the", "a", "every", "each", "about", "in", "within", "last", "past", "early", "mid", "Monday", "at"],
    *["st", "nd", "rd", "th", "s", "0s", "ers", "x", "h", "hrs", "am", "pm", "AM", "a.m.", "p.m.", "p", "m."],
    *["GMT", "EST", "UTC", "local time", "of", "March", "May", "Jan.", "times", "a day", "a week", "per year"],
    *["days", "years", "year", "months", "minutes", "hours", "decade", "century", "quarter", "ago", "later"],
    *["from now", "trading", "business", "old", "people", "percent", "-long", "03-06", "25", "24", "Q1"],
]
SEPARATORS = ["", " ", "  ", "-", " - ", "\xa0", "\t", ".", ":", "/", "'", "’", ",", "\n", "%", " of "]


def _texts(n: int, seed: int) -> list[str]:
    r = random.Random(seed)
    return [
        "".join(
            r.choice(NUMBERS if r.random() < 0.45 else WORDS) + r.choice(SEPARATORS)
            for _ in range(r.randint(2, 9))
        )
        for _ in range(n)
    ]


def test_narrowed_number_categories_keep_the_first_branch() -> None:
    branches = scanner._compiled()
    for text in _texts(6000, seed=11):
        low = scanner._fold(text)
        for key in range(len(text)):
            if not "0" <= text[key] <= "9" or (key and "0" <= text[key - 1] <= "9"):
                continue
            run = scanner._DIGITS.match(text, key).end() - key
            if run > 4:
                continue
            kinds = FULL[4 if run == 4 else 12 if run <= 2 else 3]
            starts = scanner._starts(text, low, key, b"0", 0)
            hits = [k for k in kinds for s, _ in starts if (m := branches[k].match(text, s)) and m.end() > key]
            category = scanner._number_category(text, key, run)
            allowed = scanner._CATEGORIES[category] if category else ()
            assert not hits or hits[0] in allowed, (text, key, hits, category)


def test_every_number_category_is_a_category() -> None:
    for category in {*scanner._SMALL_NUMBER_AFTER.values(), "digit4-", "digit4s", "digit4a", "year4", "digit12w"}:
        assert category in scanner._CATEGORIES
