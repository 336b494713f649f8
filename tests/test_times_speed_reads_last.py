"""Readers outside :data:`newskit.times.resolve.READS_LAST` ignore the period and day last named.

The plugin renews the context's ``last``/``last_value``/``last_day`` only for the
kinds listed there; here every other kind is read with two contexts that differ
only in those fields and must give the same reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newskit.times.resolve import READS_LAST, Context, read, with_last
from newskit.times.scanner import KINDS, scan

SAMPLES = [
    "Talks resumed on Monday, March 4, 2024 at 10:30 a.m. EST and again at 1800 GMT.",
    "In 4 March 2024 and 2024-03-06T09:00Z, prices fell; 3/4/24 was the date.",
    "In May 2023, a week later, every Friday, twice a year, weekly meetings.",
    "Three days ago, within two weeks, in three months, the first quarter of 2024, Q3 2023.",
    "The 1990s, the '80s, the 21st century, last week, the next day, the fiscal year.",
    "The first week of March, this spring, last summer, yesterday morning, Friday night.",
    "He will come on Tuesday; now, recently, in the future, the same day, at that time.",
    "In June, next June, 2019, '19, for ten years, several months, the past five years.",
    "Early in the day, late 2021, mid-2022, the end of 2020, around noon, at midnight.",
    "It fell in October of that year; three days later, shares rose in morning trading.",
]
CONTEXTS = [
    Context(day=dt.date(2024, 3, 6), zone="America/New_York"),
    Context(day=None, zone="UTC"),
    Context(
        day=dt.date(2024, 3, 6),
        zone="Europe/London",
        moment=dt.datetime(2024, 3, 6, 9, 0, tzinfo=dt.timezone.utc),
        base=dt.date(2024, 3, 5),
    ),
]


@pytest.mark.parametrize("ctx", CONTEXTS)
def test_other_readers_ignore_the_last_period(ctx: Context) -> None:
    other = with_last(ctx, dt.date(2019, 7, 1), "2019-07", dt.date(2019, 7, 15))
    kinds = set()
    for text in SAMPLES:
        for f in scan(text):
            if f.kind not in READS_LAST:
                kinds.add(f.kind)
                assert read(f, text, ctx) == read(f, text, other), (text, f)
    assert len(kinds) >= 12  # the samples reach most kinds


def test_reads_last_names_kinds() -> None:
    assert READS_LAST.issubset(KINDS)
