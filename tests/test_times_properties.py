"""Properties of time resolution: never crashes, intervals ordered and aware, DST, weekdays."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskit
from newskit.times import find_times
from newskit.times.calendar import weekday_near

UTC = dt.timezone.utc
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ZONES = [
    "Australia/Sydney",
    "UTC",
    "America/New_York",
    "Europe/London",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "America/St_Johns",
    "Pacific/Chatham",
    "Asia/Kathmandu",
]
PIECES = [
    "Tuesday",
    "early",
    "late",
    "mid-",
    "night",
    "(",
    ")",
    "in Pakistan",
    "GMT",
    "ET",
    "IST",
    "0200",
    "8 p.m.",
    "12:00",
    "Aug.",
    "3",
    "31",
    "2021",
    "1999",
    "the",
    "1990s",
    "'80s",
    "last",
    "next",
    "week",
    "weeks",
    "ago",
    "in",
    "three",
    "every",
    "Friday",
    "Fridays",
    "today",
    "tonight",
    "yesterday",
    "of",
    "end",
    "quarter",
    "first",
    "spring",
    "May",
    "March",
    "29 February",
    "7/8/07",
    "2021-02-29",
    "2021-08-03",
    ",",
    ".",
    " ",
    "\n\n",
    "noon",
    "local time",
    "said",
    "will",
    "years",
    "decade",
    "century",
    "20th",
    "later",
    "earlier",
    "the same day",
    "the following",
    "previous",
    "day",
    "late in the day",
    "morning trading",
    "recent",
    "now-",
    "trading days",
    "of next year",
    "summer",
    "9999",
    "December 31",
    "financial year",
    "the entire",
    "the same month",
    "by that time",
    "80s",
    "the last week of",
    "final",
    "twice a",
    "three times a",
    "every other",
    "winter",
    "than",
    "before,",
    "Index",
]

texts = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join) | st.text(max_size=200)
moments = st.datetimes(
    min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2099, 12, 30), timezones=st.just(UTC)
)


def document(text: str, published: dt.datetime | None, zone: str | None) -> newskit.Document:
    dl = newskit.Dateline("", timezone=zone) if zone else None
    return newskit.Document(body=[newskit.Block("paragraph", text)], published=published, dateline=dl)


@SETTINGS
@given(texts, st.none() | moments, st.none() | st.sampled_from(ZONES))
def test_never_crashes_and_intervals_are_sound(text, published, zone):
    d = document(text, published, zone)
    times = find_times(d)
    newskit.Document(body=d.body, times=times)  # spans match the text; same_as links are indices
    for t in times:
        assert t.text and d.text[t.start : t.end] == t.text
        if t.interval is not None:
            assert t.interval.start.utcoffset() == dt.timedelta(0)
            assert t.interval.start <= t.interval.end
            assert t.type in ("DATE", "TIME") and t.timezone
        if t.type in ("DURATION", "SET"):
            assert t.interval is None


@SETTINGS
@given(
    st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2098, 12, 31)),
    st.integers(0, 6),
    st.sampled_from(["said on", "will meet on", "met", "is due to start on"]),
)
def test_every_weekday_and_reference_day_resolve_consistently(ref, weekday, verb):
    published = dt.datetime(ref.year, ref.month, ref.day, 12, tzinfo=UTC)
    text = f"The minister {verb} {WEEKDAYS[weekday]}."
    (t,) = find_times(document(text, published, None))
    got = dt.date.fromisoformat(t.value)
    assert got.weekday() == weekday
    if weekday == ref.weekday():
        assert got == ref
    elif verb in ("said on", "met"):
        assert 0 < (ref - got).days < 7
    else:
        assert 0 < (got - ref).days < 7
    assert got == weekday_near(ref, weekday, "past" if verb in ("said on", "met") else "future")


@pytest.mark.parametrize(
    "zone", ["America/New_York", "Europe/London", "Australia/Sydney", "America/St_Johns"]
)
@SETTINGS
@given(
    day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
    clock=st.sampled_from(["1:30 a.m.", "2:30 a.m.", "3 a.m.", "midnight", "noon", "11:59 p.m."]),
)
def test_clock_times_across_dst_transitions(zone, day, clock):
    from zoneinfo import ZoneInfo

    published = dt.datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(zone))
    (t,) = find_times(document(f"It began at {clock}.", published, zone))
    local = t.interval.start.astimezone(ZoneInfo(zone))
    assert t.interval.end - t.interval.start <= dt.timedelta(minutes=1)
    expected = {"1:30 a.m.": 1, "2:30 a.m.": 2, "3 a.m.": 3, "midnight": 0, "noon": 12, "11:59 p.m.": 23}[
        clock
    ]
    if local.replace(tzinfo=None).date() == day:
        # a clock time that does not exist (spring forward) is read one hour on; all others are exact
        assert local.hour in (expected, expected + 1)


@SETTINGS
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)), st.sampled_from(ZONES))
def test_days_are_whole_local_days(ref, zone):
    from zoneinfo import ZoneInfo

    tz = dt.timezone.utc if zone == "UTC" else ZoneInfo(zone)
    published = dt.datetime(ref.year, ref.month, ref.day, 12, tzinfo=tz)
    (t,) = find_times(document("It rained today.", published, zone))
    lo, hi = (x.astimezone(tz) for x in (t.interval.start, t.interval.end))
    assert t.value == ref.isoformat()
    assert (lo.date(), lo.hour, lo.minute) == (ref, 0, 0)
    assert (hi.date(), hi.hour, hi.minute) == (ref + dt.timedelta(days=1), 0, 0)


@SETTINGS
@given(
    st.none() | moments,
    st.none() | st.sampled_from(ZONES),
    st.none() | st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2098, 12, 31)),
    st.none() | st.booleans(),
)
def test_reference_record_agrees_with_the_times_and_the_warning(published, zone, dl_day, given_):
    from zoneinfo import ZoneInfo

    from newskit.times.anchor import copy_warning, record

    dl = (
        newskit.Dateline("", timezone=zone, date=dl_day.isoformat() if dl_day else None)
        if zone or dl_day
        else None
    )
    d = newskit.Document(
        body=[newskit.Block("paragraph", "It rained today.")], published=published, dateline=dl
    )
    rec = record(d, given=given_)
    assert set(rec) == {"anchor", "reference", "day", "zone", "zone_from", "published_from"}
    assert rec["zone"] == (zone or "UTC") and rec["zone_from"] == ("dateline" if zone else "utc")
    assert (rec["anchor"] is None) == (rec["reference"] is None) == (rec["day"] is None)
    assert rec["published_from"] == (
        None if published is None or given_ is None else "given" if given_ else "page"
    )
    (t,) = find_times(d)
    assert t.anchor == rec["anchor"]
    if rec["anchor"] is None:
        assert t.value == "PRESENT_REF" and published is None and dl_day is None
        return
    assert t.value == rec["day"]
    tz = dt.timezone.utc if rec["zone"] == "UTC" else ZoneInfo(rec["zone"])
    if dl_day is not None:
        assert rec["anchor"] == "dateline" and rec["day"] == dl_day.isoformat()
    else:
        assert rec["anchor"] == "published"
        assert dt.datetime.fromisoformat(rec["reference"]) == published
        assert rec["day"] == published.astimezone(tz).date().isoformat()
    warning = copy_warning(d)
    page_day = published.astimezone(tz).date() if published is not None else None
    far = dl_day is not None and page_day is not None and abs((page_day - dl_day).days) > 1
    assert (warning is not None) == far
    if warning is not None:
        assert warning.code == "republished-copy"


SET_COUNTS = {"once": "1X", "twice": "2X", "three times": "3X", "12 times": "12X", "several times": "XX"}
SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "hour": "PT1H"}


@SETTINGS
@given(
    st.sampled_from(sorted(SET_COUNTS)),
    st.sampled_from(["a", "per", "every", "each"]),
    st.sampled_from(sorted(SET_UNITS)),
    st.sampled_from(["", "The board meets ", "It rained "]),
    st.none() | moments,
)
def test_frequencies_are_sets_with_their_count(count, per, unit, before, published):
    text = f"{before}{count} {per} {unit}."
    (t,) = find_times(document(text, published, None))
    assert (t.type, t.value, t.freq, t.quant, t.interval) == (
        "SET",
        SET_UNITS[unit],
        SET_COUNTS[count],
        None,
        None,
    )


@SETTINGS
@given(
    st.sampled_from(["every", "each", "Every", "Each"]),
    st.booleans(),
    st.sampled_from([*WEEKDAYS, "day", "week", "month", "year", "morning", "weekend"]),
    st.none() | moments,
)
def test_every_and_each_are_sets_with_their_quantifier(word, other, what, published):
    text = f"They meet {word} {'other ' if other else ''}{what}."
    (t,) = find_times(document(text, published, None))
    quant = word.upper() + (" OTHER" if other and what in WEEKDAYS else "")
    assert (t.type, t.quant, t.freq, t.interval) == ("SET", quant, None, None)
    if what in ("day", "week", "month", "year"):
        assert t.value == f"P{2 if other else 1}{what[0].upper()}"
