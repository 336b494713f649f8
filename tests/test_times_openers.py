"""The scanner's table of words each branch may begin with is complete.

:data:`newskit.times.scanner._OPENERS` lets the scanner skip a branch at a
start whose word the branch cannot begin with. Here the table is checked
against the grammar itself: for every word a start can hold (a key word, a
prefix word, a digit, an apostrophe), written in lower case, capitalised or
in capitals, and followed by any character (or nothing), a branch that could
match some text beginning so (``regex`` partial matching) must list the word.
"""

from __future__ import annotations

import string

import regex

from newskit.times import scanner

AFTER = [c for c in string.printable if not c.isalnum()] + list("0123456789\xa0’−–—é_“”\u2009٣")
"""Characters that may follow a start's word: every ASCII non-letter, and non-ASCII stand-ins."""


ANY_WORD = r"\w{2,10}"
"""The set branch's word before ``times``: any word, so the scanner allows any when `` times`` occurs."""


def _opens(pattern: regex.Pattern, word: str) -> bool:
    for form in (word, word.capitalize(), word.upper()):
        if pattern.match(form):  # the word ends the text
            return True
        if any(pattern.match(form + c, partial=True) for c in AFTER):
            return True
    return False


def derived() -> dict[str, set[str]]:
    """For each branch, the start words (``0`` a digit, ``'`` an apostrophe) it may begin with."""
    words = sorted(w for w in {*scanner._KEYS, *scanner._PREFIX} if " " not in w)
    out: dict[str, set[str]] = {}
    for kind, source in scanner._BRANCHES.items():
        if kind == "set":  # any word may come before "times": _OPENERS_WITH_TIMES
            assert source.count(ANY_WORD) == 1
            source = source.replace(ANY_WORD, "(?!)")
        pattern = regex.compile(r"(?:" + source + ")")
        opens = {w for w in words if _opens(pattern, w)}
        if any(pattern.match(d, partial=True) for d in "0123456789٣"):
            opens.add("0")
        if any(pattern.match(q, partial=True) for q in "'’"):
            opens.add("'")
        out[kind] = opens
    return out


def test_openers_cover_the_grammar() -> None:
    missing = {}
    for kind, opens in derived().items():
        listed = scanner._OPENERS[kind]
        if listed is None:
            continue
        lack = opens - {w.decode() for w in listed}
        if lack:
            missing[kind] = sorted(lack)
    assert not missing, f"add to scanner._OPENERS: {missing}"


def test_every_branch_has_openers() -> None:
    assert set(scanner._OPENERS) == set(scanner._BRANCHES)
    assert scanner._OPENERS_WITH_TIMES["set"] is None
