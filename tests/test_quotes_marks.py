"""Quote-mark pairing: apostrophes, odd counts, every style, hostile input."""

from __future__ import annotations

import time

import pytest

from newskit.quotes.marks import pair_marks


def inner(text: str, **kw) -> list[str]:
    return [text[q.start : q.end] for q in pair_marks(text, **kw) if q.depth == 0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They seek ‘the lion’s share of power’ now.", ["the lion’s share of power"]),
        ("In the ’90s they played rock ’n’ roll.", []),
        ("The voters’ views and Jesus’ words.", []),
        ("He said “yes” and “no.”", ["yes", "no."]),
        ('He said "yes" and "no."', ["yes", "no."]),
        ("Il a dit « oui » hier.", [" oui "]),
        ("Er sagte „ja“ gestern.", ["ja"]),
        ("Er sagte »ja« gestern.", ["ja"]),
        ("“Outer ‘inner’ words,” she said.", ["Outer ‘inner’ words,"]),
    ],
)
def test_pairs(text, expected):
    assert inner(text) == expected


def test_odd_mark_does_not_derail_later_paragraphs():
    text = "A stray “mark in this paragraph.\n\nLater “a real quote” here."
    assert inner(text)[-1] == "a real quote"


def test_unclosed_quote_at_paragraph_end_is_open_ended():
    text = "“First paragraph goes on\n\n“and ends here.”"
    qs = pair_marks(text)
    assert qs[0].close_at is None and text[qs[0].start : qs[0].end] == "First paragraph goes on"
    assert text[qs[1].start : qs[1].end] == "and ends here."


def test_double_apostrophes_only_when_asked():
    text = "''We are ready,'' Mr. Lo said."
    assert inner(text) == []
    assert inner(text, double_apostrophes=True) == ["We are ready,"]


@pytest.mark.parametrize("mark", ["“", '"', "‘", "'", "«", "”"])
def test_many_unmatched_marks_finish_quickly(mark):
    text = ("word " + mark) * 50_000
    t0 = time.perf_counter()
    pair_marks(text)
    assert time.perf_counter() - t0 < 5  # a regression guard: linear, not quadratic


def test_one_megabyte_paragraph_finishes_quickly():
    import newskit
    from newskit.quotes import plugin

    text = ("The board met “again” and Lo said it was ‘fine’, she said. " * 17_000)[:1_000_000]
    t0 = time.perf_counter()
    doc = newskit.Pipeline(plugins=[plugin], entry_points=False).process("Title line\n\n" + text)
    assert time.perf_counter() - t0 < 120  # about 7 s here; quadratic would take hours
    assert doc.quotes
