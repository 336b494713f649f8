"""The reference time of a document: the day relative expressions are read against.

In order: the dateline's own date, then the ``published`` time; the zone is
the dateline city's, else the site's home zone (``document.extensions["site"]
["timezone"]``, set by site plugins, or ``document.extensions["times"]["default_zone"]``),
else UTC.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from typing import Any

from .calendar import date_near
from .resolve import Context, read
from .scanner import scan
from .zones import fixed, month_first

__all__ = ["DEFAULT_ZONE_KEY", "SITE_ZONE_KEY", "reference"]

_ISO_DAY = re.compile(r"(?:(\d{4})-|--)(\d{2})-(\d{2})")
DEFAULT_ZONE_KEY = ("times", "default_zone")
"""Where a plugin may put a home zone for times: ``document.extensions["times"]["default_zone"]``."""
SITE_ZONE_KEY = ("site", "timezone")
"""Where site plugins put the site's home zone: ``document.extensions["site"]["timezone"]``."""


def _default_zone(document: Any) -> str | None:
    for space, key in (SITE_ZONE_KEY, DEFAULT_ZONE_KEY):
        ns = document.extensions.get(space) if document.extensions else None
        if ns is None or not hasattr(ns, "get"):
            continue
        name = ns.get(key)
        if isinstance(name, str) and fixed(name) is not None:
            return name
    return None


@functools.lru_cache(maxsize=1)
def _dateparser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})


def parse_dateline_date(value: str, near: _dt.date | None, zone: str) -> _dt.date | None:
    """The day a dateline's date names, near the publication day.

    Accepts ISO 8601 (``2021-03-03``, and ``--11-05`` for a day without its
    year) and dates as written (``Nov 5``, ``March 3, 2021``).
    """
    iso = _ISO_DAY.fullmatch(value.strip())
    if iso is not None:
        year, month, day = iso.group(1), int(iso.group(2)), int(iso.group(3))
        if year:
            try:
                return _dt.date(int(year), month, day)
            except ValueError:
                return None
        return date_near(near, month, day, "nearest") if near is not None else None
    ctx = Context(day=near, zone=zone, how="nearest")
    for found in scan(value):
        got = read(found, value, ctx)
        if got is not None and got.type == "DATE" and len(got.value) == 10 and got.value[0].isdigit():
            return _dt.date.fromisoformat(got.value)
    if not value.strip() or len(value) > 60:
        return None
    data = _dateparser().get_date_data(value)  # explicit date strings only
    when = getattr(data, "date_obj", None)
    return when.date() if when is not None else None


def reference(document: Any) -> Context:
    """The :class:`~newskit.times.resolve.Context` a document's times are read against."""
    dl = document.dateline
    zone = (
        (dl.timezone if dl is not None and dl.timezone and fixed(dl.timezone) else None)
        or _default_zone(document)
        or "UTC"
    )
    tz = fixed(zone)
    published = document.published
    moment = published.astimezone(tz) if published is not None else None
    pub_day = moment.date() if moment is not None else None
    us = month_first(zone) or (dl is not None and dl.country == "US") or zone == "UTC"
    if dl is not None and dl.date:
        day = parse_dateline_date(dl.date, pub_day, zone)
        if day is not None:
            if moment is not None and moment.date() != day:
                moment = None  # the dateline's day wins; the publication instant no longer fits it
            return Context(day=day, zone=zone, moment=moment, anchor="dateline", month_first=us)
    if moment is not None:
        return Context(day=pub_day, zone=zone, moment=moment, anchor="published", month_first=us)
    return Context(day=None, zone=zone, anchor=None, month_first=us)
