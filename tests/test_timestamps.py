"""Machine-written timestamps from page metadata: ISO 8601 and RFC 2822."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.timestamps import parse_timestamp

UTC = dt.timezone.utc


def tz(hours: int, minutes: int = 0) -> dt.timezone:
    sign = -1 if hours < 0 else 1
    return dt.timezone(sign * dt.timedelta(hours=abs(hours), minutes=minutes))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-08-03T12:55:00Z", dt.datetime(2021, 8, 3, 12, 55, tzinfo=UTC)),
        ("2021-08-03T12:55:00z", dt.datetime(2021, 8, 3, 12, 55, tzinfo=UTC)),
        ("2021-08-03 12:55Z", dt.datetime(2021, 8, 3, 12, 55, tzinfo=UTC)),
        ("2021-08-03T12:55:00+05:00", dt.datetime(2021, 8, 3, 12, 55, tzinfo=tz(5))),
        ("2021-08-03T12:55:00+0530", dt.datetime(2021, 8, 3, 12, 55, tzinfo=tz(5, 30))),
        ("2021-08-03T12:55:00-04", dt.datetime(2021, 8, 3, 12, 55, tzinfo=tz(-4))),
        ("2021-08-03T12:55:00 -03:30", dt.datetime(2021, 8, 3, 12, 55, tzinfo=tz(-3, 30))),
        ("2021-08-03T12:55:00.123456+00:00", dt.datetime(2021, 8, 3, 12, 55, 0, 123456, tzinfo=UTC)),
        ("2021-08-03T12:55:00,5Z", dt.datetime(2021, 8, 3, 12, 55, 0, 500000, tzinfo=UTC)),
        ("2021-08-03T12:55:00.123456789Z", dt.datetime(2021, 8, 3, 12, 55, 0, 123456, tzinfo=UTC)),
        ("2021-08-03T12:55:00 GMT", dt.datetime(2021, 8, 3, 12, 55, tzinfo=UTC)),
        ("2021-08-03T12:55:00UTC", dt.datetime(2021, 8, 3, 12, 55, tzinfo=UTC)),
        ("2021-08-03T12:55:00+02:00[Europe/Paris]", dt.datetime(2021, 8, 3, 12, 55, tzinfo=tz(2))),
        ("20210803T125500Z", dt.datetime(2021, 8, 3, 12, 55, tzinfo=UTC)),
        ("20210803T125500+0200", dt.datetime(2021, 8, 3, 12, 55, tzinfo=tz(2))),
        ("  2021-08-03T12:55:00Z  ", dt.datetime(2021, 8, 3, 12, 55, tzinfo=UTC)),
    ],
)
def test_iso_with_zone(value, expected):
    when, aware = parse_timestamp(value)
    assert aware is True
    assert when == expected
    assert when.utcoffset() == expected.utcoffset()  # the offset is kept, not converted


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-08-03", dt.datetime(2021, 8, 3)),
        ("2021-08-03T12:55", dt.datetime(2021, 8, 3, 12, 55)),
        ("2021-08-03 07:05:09", dt.datetime(2021, 8, 3, 7, 5, 9)),
        ("20210803", dt.datetime(2021, 8, 3)),
    ],
)
def test_iso_without_zone_is_naive(value, expected):
    when, aware = parse_timestamp(value)
    assert aware is False
    assert when == expected
    assert when.tzinfo is None


@pytest.mark.parametrize(
    ("value", "expected", "aware"),
    [
        ("Tue, 03 Aug 2021 12:55:00 +0500", dt.datetime(2021, 8, 3, 12, 55, tzinfo=tz(5)), True),
        ("Tue, 03 Aug 2021 12:55:00 GMT", dt.datetime(2021, 8, 3, 12, 55, tzinfo=UTC), True),
        ("3 Aug 2021 12:55:00 -0700", dt.datetime(2021, 8, 3, 12, 55, tzinfo=tz(-7)), True),
        ("Tue, 03 Aug 2021 12:55:00 EDT", dt.datetime(2021, 8, 3, 12, 55, tzinfo=tz(-4)), True),
        ("Tue, 03 Aug 2021 12:55:00 -0000", dt.datetime(2021, 8, 3, 12, 55), False),
    ],
)
def test_rfc_2822(value, expected, aware):
    when, got_aware = parse_timestamp(value)
    assert got_aware is aware
    assert when == expected
    if aware:
        assert when.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "   ",
        "yesterday",
        "3 hours ago",
        "2021-13-01",
        "2021-02-30",
        "2021-08-03T25:00:00Z",
        "2021-08-03T12:61:00Z",
        "2021-08-03T12:55:00+24:00",
        "2021-08-03T12:55:00+05:99",
        "0000-01-01",
        "12/08/2021",
        "2021/08/03",
        "Tue, 31 Feb 2021 12:55:00 +0000",
        "Tue, 03 Aug 99999999999 12:55:00 +0000",
        "2021-08-03" + " " * 200,
        "x" * 1000,
        ", , ,",
        "\x00\x00",
    ],
)
def test_garbage(value):
    assert parse_timestamp(value) == (None, False)


def test_non_strings():
    assert parse_timestamp(20210803) == (None, False)  # type: ignore[arg-type]
    assert parse_timestamp(b"2021-08-03") == (None, False)  # type: ignore[arg-type]


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=120))
def test_never_raises_on_any_text(value):
    when, aware = parse_timestamp(value)
    assert when is None or isinstance(when, dt.datetime)
    assert aware is (when is not None and when.tzinfo is not None)


TIMESTAMP_ALPHABET = st.sampled_from("0123456789-:+TZ .,[]/ADFJMNOSTaeglnoprtuvyW")


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=TIMESTAMP_ALPHABET, max_size=40))
def test_never_raises_on_timestamp_like_text(value):
    when, aware = parse_timestamp(value)
    assert aware is (when is not None and when.tzinfo is not None)


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(min_value=dt.datetime(1000, 1, 1), max_value=dt.datetime(9999, 12, 31)),
    st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59),
)
def test_isoformat_round_trips(when, offset_minutes):
    aware = when.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset_minutes)))
    got, is_aware = parse_timestamp(aware.isoformat())
    assert is_aware
    assert got == aware
    assert got.utcoffset() == aware.utcoffset()
