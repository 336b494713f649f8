"""The reference time of a document: the day relative expressions are read against.

In order: the dateline's own date, then the ``published`` time; the zone is
the dateline city's, else the site's home zone (``document.extensions["site"]
["timezone"]``, set by site plugins, or ``document.extensions["times"]["default_zone"]``),
else UTC. :func:`record` describes the reference chosen, for the document's
``extensions["times"]``; :func:`copy_warning` flags a page whose date is far
from its dateline's (a republished copy).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from typing import Any

from ..model import Diagnostic, _replace
from ..source import NAIVE_PUBLISHED
from .calendar import date_near
from .resolve import Context, read
from .scanner import scan
from .zones import fixed, month_first

__all__ = ["DEFAULT_ZONE_KEY", "REPUBLISHED", "SITE_ZONE_KEY", "copy_warning", "record", "reference"]

_ISO_DAY = re.compile(r"(?:(\d{4})-|--)(\d{2})-(\d{2})")
DEFAULT_ZONE_KEY = ("times", "default_zone")
"""Where a plugin may put a home zone for times: ``document.extensions["times"]["default_zone"]``."""
SITE_ZONE_KEY = ("site", "timezone")
"""Where site plugins put the site's home zone: ``document.extensions["site"]["timezone"]``."""


REPUBLISHED = "republished-copy"
"""Code of the warning given when the page date and the dateline date are more than a day apart."""


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
    zone, zone_from = "UTC", "utc"
    if dl is not None and dl.timezone and fixed(dl.timezone):
        zone, zone_from = dl.timezone, "dateline"
    else:
        home = _default_zone(document)
        if home is not None:
            zone, zone_from = home, "site"
    tz = fixed(zone)
    published = document.published
    # a time given without a zone (or a date alone) is the story's own wall time, not UTC's:
    # ``2023-12-22`` for a New York site is that day in New York, not the evening before
    local = published is not None and any(w.code == NAIVE_PUBLISHED for w in document.warnings)
    day_only = local and published.time() == _dt.time(0)  # ``2023-12-22``: a day, no instant
    try:
        if published is None or day_only:
            moment = None
        else:
            moment = published.replace(tzinfo=tz) if local else published.astimezone(tz)
    except OverflowError:  # published at the calendar's very end (years 1 and 9999): no anchor
        moment = None
    pub_day = published.date() if day_only else moment.date() if moment is not None else None
    us = month_first(zone) or (dl is not None and dl.country == "US") or zone == "UTC"
    base = Context(day=None, zone=zone, month_first=us, zone_from=zone_from)
    if dl is not None and dl.date:
        day = parse_dateline_date(dl.date, pub_day, zone)
        if day is not None:
            if moment is not None and moment.date() != day:
                moment = None  # the dateline's day wins; the publication instant no longer fits it
            return _replace(base, day=day, moment=moment, anchor="dateline", page_day=pub_day)
    if pub_day is not None:
        return _replace(base, day=pub_day, moment=moment, anchor="published", page_day=pub_day)
    return base


def record(document: Any, ctx: Context | None = None, *, given: bool | None = None) -> dict[str, Any]:
    """What the document's times were read against, for ``document.extensions["times"]``.

    ``anchor`` is ``"dateline"`` (the dateline's own date), ``"published"``
    (the publication time) or ``None`` (no reference: relative values stay
    open); ``reference`` the instant used (ISO 8601 with its offset), else the
    day; ``day`` the reference day; ``zone`` the IANA zone and ``zone_from``
    where it came from (``"dateline"``, ``"site"`` or ``"utc"``);
    ``published_from`` says whether the publication time was ``"given"`` to
    :func:`newskit.process` or found in the ``"page"`` (``None`` when not
    known or there is none).
    """
    ctx = ctx if ctx is not None else reference(document)
    when = ctx.moment.isoformat() if ctx.moment is not None else ctx.day.isoformat() if ctx.day else None
    published_from = None
    if document.published is not None and given is not None:
        published_from = "given" if given else "page"
    return {
        "anchor": ctx.anchor,
        "reference": when,
        "day": ctx.day.isoformat() if ctx.day else None,
        "zone": ctx.zone,
        "zone_from": ctx.zone_from,
        "published_from": published_from,
    }


def copy_warning(document: Any, ctx: Context | None = None) -> Diagnostic | None:
    """A warning when the page's date and the dateline's date are more than a day apart.

    A dateline dated days or years before the page was published marks a
    republished copy (or a page date that is the date of the crawl); the
    dateline's date still anchors the times.
    """
    ctx = ctx if ctx is not None else reference(document)
    if ctx.anchor != "dateline" or ctx.page_day is None or ctx.day is None:
        return None
    gap = (ctx.page_day - ctx.day).days
    if abs(gap) <= 1:
        return None
    return Diagnostic(
        REPUBLISHED,
        f"the page is dated {ctx.page_day.isoformat()} but its dateline {ctx.day.isoformat()} "
        f"({abs(gap)} days {'earlier' if gap > 0 else 'later'}): a republished copy? "
        "Times are read against the dateline's date.",
        stage="times",
    )
