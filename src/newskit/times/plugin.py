"""The built-in time plugin: every time expression of the title and body, resolved.

It also says in each processed document what the times were read against
(``document.extensions["times"]``, see :func:`newskit.times.anchor.record`)
and warns (``republished-copy``) when the page date and the dateline date are
more than a day apart.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

import attrs

from ..markers import hookimpl
from ..model import (
    Diagnostic,
    Document,
    Interval,
    TimeExpression,
    _interval,
    _replace,
    _time,
    _with_extension,
)
from . import calendar as cal
from .anchor import copy_warning, record, reference
from .resolve import READS_LAST, Context, Reading, read, with_last
from .scanner import Found, scan, zone_after
from .tense import BOUNDARY
from .zones import fixed, place_zone

__all__ = ["find_times", "newskit_find_times", "newskit_process_document", "with_reference"]

UTC = _dt.timezone.utc
_SHORT = _dt.timedelta(hours=1)
_OPEN = re.compile(r"\s{0,3}\((?:or\s+|i\.e\.,?\s+|that\s+is,?\s+)?\s{0,2}")
_CLOSE = re.compile(r"\s{0,2}\)")
_ZONE_KINDS = frozenset({"weekday", "daypart", "clock", "deictic", "mdy", "dmy", "iso", "numeric", "ago", "relunit"})
"""The kinds a place named after them (``Monday in Kabul``) puts in that place's zone."""


@attrs.define
class _Item:
    found: Found
    reading: Reading
    start: int
    end: int
    interval: Interval | None
    same_as: int | None = None


def _utc(span: tuple[_dt.datetime, _dt.datetime] | None, zone: str | None) -> Interval | None:
    if span is None or zone is None:
        return None
    tz = fixed(zone)
    if tz is None:
        return None
    length = span[1] - span[0]
    try:
        lo = _as_utc(span[0], tz)
        # a clock minute lasts a minute, even at a DST change; a day runs from local midnight
        # to local midnight (23 or 25 hours at a change)
        hi = lo + length if length <= _SHORT else _as_utc(span[1], tz)
    except (OverflowError, ValueError):
        return None
    return _interval(lo, max(lo, hi))


_EPOCH = _dt.datetime(1970, 1, 1)
_EPOCH_UTC = _EPOCH.replace(tzinfo=UTC)


def _as_utc(local: _dt.datetime, tz: _dt.tzinfo) -> _dt.datetime:
    """``local.replace(tzinfo=tz).astimezone(UTC)`` in plain arithmetic, several times faster."""
    return _EPOCH_UTC + (local - _EPOCH - tz.utcoffset(local))  # type: ignore[operator]


def _in_zone(ctx: Context, zone: str) -> Context:
    if zone == ctx.zone:
        return ctx
    tz = fixed(zone)
    day = ctx.moment.astimezone(tz).date() if ctx.moment is not None and tz is not None else ctx.day
    return _replace(ctx, zone=zone, day=day)


def _midpoint(iv: Interval) -> _dt.datetime:
    return iv.start + (iv.end - iv.start) / 2


def _distance(iv: Interval, other: Interval) -> float:
    if iv.end <= other.start:
        return (other.start - iv.end).total_seconds()
    if other.end <= iv.start:
        return (iv.start - other.end).total_seconds()
    return 0.0


def _times_in(text: str, ctx: Context) -> list[_Item]:
    items: list[_Item] = []
    last_day: tuple[int, _dt.date, str] | None = None  # end offset, day, zone of the last day named
    last: _dt.date | None = None  # first day of the last period named: "a year earlier" counts from it
    last_value: str | None = None  # its TIMEX3 value: "the same period last year" shifts it
    here = ctx  # ctx with the last period and day named, renewed only when they change and a reader needs them
    for f in scan(text):
        prev = items[-1] if items else None
        kept = (prev.reading, prev.interval) if prev is not None else None
        try:
            c = ctx
            if f.kind in READS_LAST:
                if here.last_value != last_value or (last_day is not None and here.last_day != last_day[1]):
                    here = with_last(ctx, last, last_value, last_day[1] if last_day else None)
                c = here
            after = zone_after(text, f.end) if f.kind in _ZONE_KINDS else None
            close_at = f.end
            if after is not None and not (f.kind == "clock" and f.get("zabbr")):
                pz = place_zone(after[0])
                if pz is not None:
                    c = _in_zone(c, pz)
                    close_at = after[1]
            restates = (
                prev is not None
                and text.find("(", prev.end, prev.end + 4) >= 0  # _OPEN needs one within three spaces
                and _OPEN.fullmatch(text, prev.end, f.start) is not None
                and _CLOSE.match(text, close_at) is not None
            )
            if restates and prev.interval is not None:
                zone = c.zone
                if f.kind == "clock" and f.get("zabbr"):
                    from .resolve import clock_zone

                    zone = clock_zone(f, ctx)[0]
                tz = fixed(zone)
                if tz is not None:
                    near = _midpoint(prev.interval).astimezone(tz).date()
                    c = _replace(c, day=near, moment=None, how="nearest", base=near)
            elif (
                f.kind == "clock" and last_day is not None and not BOUNDARY.search(text, last_day[0], f.start)
            ) or (f.get("theday") and last_day is not None):
                c = _replace(c, base=last_day[1])
            reading = read(f, text, c)
            if reading is None:
                continue
            start = f.start + reading.start_shift
            interval = _utc(reading.span, reading.zone)
            item = _Item(f, reading, start, f.end, interval)
            if restates and prev is not None:
                item.same_as = len(items) - 1
                _agree(item, prev)
            if reading.day is not None:
                last_day = (f.end, reading.day, reading.zone or ctx.zone)
            if reading.type in ("DATE", "TIME") and reading.span is not None:
                last = reading.day or reading.span[0].date()
                last_value = reading.value
            items.append(item)
        except OverflowError:
            # a day or instant past the calendar's ends (years 1 and 9999) after a zone or day
            # shift, as in ``31/12/9999 at 23:59 GMT+14``: not read; a restated mention is left as it was
            if prev is not None and kept is not None:
                prev.reading, prev.interval = kept
    return items


def _agree(item: _Item, prev: _Item) -> None:
    """Make a restatement (*item*) and the mention it restates (*prev*) one time: the
    date one of them writes out, the day that fits a bare clock, the span both allow."""
    f, reading, interval = item.found, item.reading, item.interval
    if _names_the_day(f, reading, prev):  # "on Thursday (Nov 16)": the date written wins
        prev.reading = prev.reading._replace(
            value=reading.day.isoformat(),
            day=reading.day,
            span=cal.narrow(cal.day_span(reading.day), prev.reading.mod),
            alternatives=(),
        )
        prev.interval = _utc(prev.reading.span, prev.reading.zone)
    if interval is not None and prev.interval is not None and _distance(interval, prev.interval):
        if _bare_clock(f):  # "(1800 IST)": the day that agrees with the mention restated
            options = [interval, *(_shifted(interval, d) for d in (-1, 1))]
            item.interval = interval = min(options, key=lambda iv: _distance(iv, prev.interval))
            item.reading = _redate(reading, interval, reading.zone)
        elif _bare_clock(prev.found):  # "8 p.m. ET (0000 GMT Tuesday)": the restatement names the day
            options = [prev.interval, *(_shifted(prev.interval, d) for d in (-1, 1))]
            prev.interval = min(options, key=lambda iv: _distance(iv, interval))
            prev.reading = _redate(prev.reading, prev.interval, prev.reading.zone)
    if interval is not None and prev.interval is not None:
        lo = max(interval.start, prev.interval.start)
        hi = min(interval.end, prev.interval.end)
        if lo < hi:
            item.interval = prev.interval = _interval(lo, hi)


def _names_the_day(f: Found, reading: Reading, prev: _Item) -> bool:
    return (
        f.kind in ("mdy", "dmy", "iso", "numeric")
        and reading.day is not None
        and prev.found.kind == "weekday"
        and prev.reading.day is not None
        and reading.day.weekday() == prev.reading.day.weekday()
        and reading.day != prev.reading.day
    )


def _bare_clock(f: Found) -> bool:
    return f.kind == "clock" and not (f.get("wd") or f.get("wdp") or f.get("rel") or f.get("relp"))


def _shifted(iv: Interval, days: int) -> Interval:
    delta = _dt.timedelta(days=days)
    return _interval(iv.start + delta, iv.end + delta)


def _redate(reading: Reading, iv: Interval, zone: str | None) -> Reading:
    tz = fixed(zone) if zone else None
    if tz is None:
        return reading
    local = iv.start.astimezone(tz)
    value = local.date().isoformat() + reading.value[10:]
    return reading._replace(value=value, day=local.date())


def _expression(item: _Item, text: str, where: str, ctx: Context, base: int) -> TimeExpression:
    r = item.reading
    return _time(
        text[item.start : item.end],
        r.type,
        r.value,
        item.start,
        item.end,
        mod=r.mod,
        timezone=r.zone if item.interval is not None else None,
        interval=item.interval,
        same_as=None if item.same_as is None else base + item.same_as,
        anchor=ctx.anchor if r.anchored else None,
        alternatives=r.alternatives,
        where=where,
        freq=r.freq,
        quant=r.quant,
    )


def find_times(document: Any) -> list[TimeExpression]:
    """Every time expression in *document*'s title and body, resolved against its reference time.

    >>> import datetime as dt, newskit
    >>> doc = newskit.Document(
    ...     body=[newskit.Block("paragraph", "The minister said on Monday that talks resume next week.")],
    ...     published=dt.datetime(2024, 3, 6, 9, 0, tzinfo=dt.timezone.utc),
    ... )
    >>> [(t.text, t.value) for t in find_times(doc)]
    [('Monday', '2024-03-04'), ('next week', '2024-W11')]
    """
    return _find(document, reference(document))


def _find(document: Any, ctx: Context) -> list[TimeExpression]:
    out: list[TimeExpression] = []
    for where, text in (("title", document.title or ""), ("body", document.text)):
        if not text:
            continue
        base = len(out)
        c = _replace(ctx, headline=True) if where == "title" else ctx
        out.extend(_expression(item, text, where, ctx, base) for item in _times_in(text, c))
    return out


def with_reference(document: Document, *, given: bool | None = None) -> Document:
    """*document* with ``extensions["times"]`` saying what its times were read against.

    Keys already there (a plugin's ``default_zone``) are kept; see
    :func:`newskit.times.anchor.record` for the keys added. *given* says
    whether the ``published`` time was given to :func:`newskit.process`.

    >>> import datetime as dt, newskit
    >>> doc = newskit.Document(
    ...     body=[newskit.Block("paragraph", "Talks resume on Monday.")],
    ...     published=dt.datetime(2024, 3, 6, 9, 0, tzinfo=dt.timezone.utc),
    ... )
    >>> dict(with_reference(doc).extensions["times"])["anchor"]
    'published'
    """
    return _with_extension(document, "times", record(document, given=given))


@hookimpl
def newskit_find_times(document: Any) -> list[TimeExpression | Diagnostic]:
    """Find and resolve the document's time expressions (see :func:`find_times`).

    A ``republished-copy`` warning joins them when the page date and the
    dateline date are more than a day apart.
    """
    ctx = reference(document)
    out: list[TimeExpression | Diagnostic] = list(_find(document, ctx))
    warning = copy_warning(document, ctx)
    if warning is not None:
        out.append(warning)
    return out


@hookimpl(wrapper=True)
def newskit_process_document(source: Any, run: Any) -> Any:
    """Record in the finished document what its times were read against."""
    document = yield
    if not isinstance(document, Document):
        return document
    return with_reference(document, given=source.published is not None)
