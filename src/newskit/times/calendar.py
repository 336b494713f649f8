"""Calendar arithmetic: periods as local (naive) datetimes, and their TIMEX3 values."""

from __future__ import annotations

import datetime as _dt

from .lexicon import DAY_PART_HOURS, SEASON_MONTHS, SOUTHERN_SEASON_MONTHS, SOUTHERN_ZONES

Span = tuple[_dt.datetime, _dt.datetime]
DAY = _dt.timedelta(days=1)


def at(d: _dt.date, hour: int = 0, minute: int = 0) -> _dt.datetime:
    """Local midnight (or *hour*:*minute*, hours past 23 roll into the next day) of day *d*."""
    midnight = _dt.datetime(d.year, d.month, d.day)
    return midnight + _dt.timedelta(hours=hour, minutes=minute) if hour or minute else midnight


def day_span(d: _dt.date) -> Span:
    lo = _dt.datetime(d.year, d.month, d.day)
    return lo, lo + DAY


def month_span(y: int, m: int) -> Span:
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    return _dt.datetime(y, m, 1), _dt.datetime(ny, nm, 1)


def year_span(y: int, years: int = 1) -> Span:
    return _dt.datetime(y, 1, 1), _dt.datetime(min(y + years, 9999), 1, 1)


def week_span(d: _dt.date) -> Span:
    monday = d - _dt.timedelta(days=d.weekday())
    return at(monday), at(monday + 7 * DAY)


def weekend_span(d: _dt.date) -> Span:
    saturday = d - _dt.timedelta(days=d.weekday()) + 5 * DAY
    return at(saturday), at(saturday + 2 * DAY)


def quarter_span(y: int, q: int) -> Span:
    lo = _dt.datetime(y, 3 * q - 2, 1)
    return lo, (_dt.datetime(y + 1, 1, 1) if q == 4 else _dt.datetime(y, 3 * q + 1, 1))


def southern(zone: str | None) -> bool:
    """Whether *zone* is south of the equator, where summer runs from December to February."""
    return bool(zone) and zone.startswith(SOUTHERN_ZONES)


def season_months(code: str, south: bool = False) -> tuple[int, int]:
    """First and last-plus-one month of a season (months past 12 fall in the next year)."""
    return (SOUTHERN_SEASON_MONTHS if south else SEASON_MONTHS)[code]


def season_span(y: int, code: str, south: bool = False) -> Span:
    first, last = season_months(code, south)
    hi_y, hi_m = (y + (last - 1) // 12, (last - 1) % 12 + 1)
    return _dt.datetime(y, first, 1), _dt.datetime(hi_y, hi_m, 1)


def part_span(d: _dt.date, code: str) -> Span:
    lo, hi = DAY_PART_HOURS[code]
    return at(d, lo), at(d, hi)


def narrow(span: Span, mod: str | None) -> Span:
    """The first, middle or last third of a period for ``START``, ``MID`` and ``END``."""
    lo, hi = span
    third = (hi - lo) / 3
    if mod == "START":
        return lo, lo + third
    if mod == "MID":
        return lo + third, hi - third
    if mod == "END":
        return hi - third, hi
    return span


def add_months(d: _dt.date, months: int) -> _dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    for day in (d.day, 30, 29, 28):
        try:
            return _dt.date(y, m + 1, day)
        except ValueError:
            continue
    raise ValueError(d)


def week_value(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def weekday_near(ref: _dt.date, weekday: int, how: str | None) -> _dt.date:
    """The day with *weekday* seen from *ref*: ``"past"`` the latest on or before it,
    ``"future"`` the next on or after it, ``"last"``/``"next"`` strictly before/after,
    ``"this"`` in the same ISO week, ``"nearest"`` the closest; ``None`` reads as past.
    """
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if how == "future":
        return ref + ahead * DAY
    if how == "last":
        return ref - (back or 7) * DAY
    if how == "next":
        return ref + (ahead or 7) * DAY
    if how == "this":
        return ref + (weekday - ref.weekday()) * DAY
    if how == "nearest":
        return ref + ahead * DAY if ahead < back else ref - back * DAY
    return ref - back * DAY


def month_near(ref: _dt.date, month: int, how: str | None) -> int:
    """The year of *month* seen from *ref*'s month (same rules as :func:`weekday_near`).

    Without a direction the month is read as past when it lies up to nine
    months back (``in May`` in a December story), else as ahead.
    """
    if how == "past":
        return ref.year if month <= ref.month else ref.year - 1
    if how == "future":
        return ref.year if month >= ref.month else ref.year + 1
    if how == "last":
        return ref.year if month < ref.month else ref.year - 1
    if how == "next":
        return ref.year if month > ref.month else ref.year + 1
    if how == "nearest":
        diff = month - ref.month
        return ref.year + (1 if diff < -6 else -1 if diff > 6 else 0)
    back = (ref.month - month) % 12  # no cue: news looks back up to nine months, else ahead
    return ref.year - (month > ref.month) if back <= 9 else ref.year + (month < ref.month)


def date_near(ref: _dt.date, month: int, day: int, how: str | None) -> _dt.date | None:
    """The day *month*/*day* seen from *ref*; ``None`` if it never exists.

    The tense picks the reading before or after *ref* when it lies within about
    six months; otherwise the nearest reading wins (a writer names the year of
    a day further away).
    """
    options = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(_dt.date(y, month, day))
        except ValueError:
            continue
    if not options:
        for y in range(ref.year - 4, ref.year + 5):  # 29 February
            try:
                options.append(_dt.date(y, month, day))
            except ValueError:
                continue
    if not options:
        return None
    nearest = min(options, key=lambda d: (abs((d - ref).days), d > ref))
    if abs((nearest - ref).days) > 183:
        return nearest
    if how == "past":
        before = [d for d in options if d <= ref and (ref - d).days <= 183]
        return max(before) if before else nearest
    if how == "future":
        after = [d for d in options if d >= ref and (d - ref).days <= 183]
        return min(after) if after else nearest
    return nearest
