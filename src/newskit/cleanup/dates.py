"""Reading the human-written dates of bylines and comment headers into aware datetimes.

``Published 08/03/2021, 12:55 PM``, ``August 3, 2021 at 12:55 pm``,
``Tue 3 Aug 2021 12.55 BST``, ``2021-08-03T12:55:00+05:00``. A time zone
written with the date is honoured; without one the time is read in the
site's zone when one is given and in UTC otherwise, and the note says so.
"""

from __future__ import annotations

import datetime as _dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
import regex

from .lazy import lazy_compile

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

FIXED_ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 60, "IST": 330, "PKT": 300, "CET": 60, "CEST": 120,
    "EET": 120, "EEST": 180, "WET": 0, "WEST": 60, "MSK": 180, "EST": -300, "EDT": -240,
    "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "AEST": 600, "AEDT": 660, "ACST": 570, "AWST": 480, "NZST": 720, "NZDT": 780,
    "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "WIB": 420, "SAST": 120, "EAT": 180,
    "WAT": 60, "GST": 240, "AST": 180,
}  # fmt: skip
"""Zone abbreviations read as fixed UTC offsets, in minutes (``IST`` is India's)."""

REGION_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
"""Abbreviations that follow daylight saving time, read in their IANA zone."""

_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,3})?"
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATE = (
    rf"{_WEEKDAY}(?:{_MONTH}\s{{1,3}}{_DAY},?\s{{1,3}}{_YEAR}"
    rf"|{_DAY}\s{{1,3}}(?:of\s{{1,3}})?{_MONTH},?\s{{1,3}}{_YEAR}"
    r"|(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y2>\d{4}|\d{2})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
)
_CLOCK = r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d{1,6})?)?\s{0,2}(?P<ampm>[ap]\.?\s?m\.?)?"
_ZONE = r"(?P<tz>[A-Z]{1,5}|(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2})"
_GLUE = r"\s{0,3}(?:,|at|@|-|–|—|/|\||·|T)?\s{0,3}"
DATE_TIME = lazy_compile(
    rf"(?:(?P<date>{_DATE})(?:{_GLUE}{_CLOCK})?|{_CLOCK}\s{{0,3}}(?:\(?{_ZONE}\)?)?{_GLUE}(?P<date2>{_DATE}))"
    rf"(?:\s{{0,3}}\(?{_ZONE}\)?)?",
    regex.IGNORECASE,
)
"""A date with an optional clock time and zone, in either order (matched whole)."""

RELATIVE = lazy_compile(
    r"(?:about\s+|over\s+)?(?:an?|one|\d{1,3})\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
    r"|just\s+now|yesterday|today",
    regex.IGNORECASE,
)
"""A relative time (``3 hours ago``): recognised, not resolved."""


@attrs.frozen
class ParsedTime:
    """A datetime read from text, with what had to be assumed to read it."""

    value: _dt.datetime
    notes: tuple[str, ...] = ()

    def describe(self, what: str) -> str:
        """``what`` followed by the assumptions, for a removal's reason."""
        return f"{what} ({'; '.join(self.notes)})" if self.notes else what


def _zone(tz: str | None) -> _dt.tzinfo | None:
    if not tz:
        return None
    name = regex.sub(r"\s", "", tz).upper()
    if name in FIXED_ZONES:
        return _dt.timezone(_dt.timedelta(minutes=FIXED_ZONES[name]))
    if name in REGION_ZONES:
        return ZoneInfo(REGION_ZONES[name])
    m = regex.fullmatch(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?", name)
    if m:
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours <= 14 and minutes < 60:
            sign = -1 if m.group(1) == "-" else 1
            return _dt.timezone(sign * _dt.timedelta(hours=hours, minutes=minutes))
    return None


def _site_zone(name: str | None) -> _dt.tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def parse_date_time(text: str, site_zone: str | None = None) -> ParsedTime | None:
    """Read *text* (the whole of it) as a date with an optional time and zone.

    >>> parse_date_time("08/03/2021, 12:55 PM").value.isoformat()
    '2021-08-03T12:55:00+00:00'
    >>> parse_date_time("Tue 3 Aug 2021 12.55 BST").value.isoformat()
    '2021-08-03T12:55:00+01:00'
    >>> parse_date_time("next week") is None
    True
    """
    if len(text) > 80:
        return None
    m = DATE_TIME.fullmatch(text.strip())
    if m is None:
        return None
    notes: list[str] = []
    g = m.groupdict()
    if g["iy"]:
        year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
    elif g["a"]:
        a, b = int(g["a"]), int(g["b"])
        year = int(g["y2"])
        if year < 100:
            year += 2000 if year < 70 else 1900
        dot = g["sep"] == "."
        if a > 12 or (dot and b <= 12):
            day, month = a, b
            if b <= 12 and a <= 12:
                notes.append("day and month ambiguous; read day first")
        else:
            month, day = a, b
            if b <= 12 and a != b:
                notes.append("day and month ambiguous; read month first")
    else:
        year, month, day = int(g["year"]), _MONTHS[g["mon"][:3].lower()], int(g["day"])
    hour = minute = second = 0
    if g["h"] is not None:
        hour, minute, second = int(g["h"]), int(g["mi"]), int(g["s"] or 0)
        ampm = (g["ampm"] or "").lower().replace(".", "").replace(" ", "")
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm == "pm" else 0)
    try:
        naive = _dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    tz = _zone(g["tz"])
    if g["tz"] and tz is None:
        return None  # a word that is not a zone follows the date
    if tz is None:
        tz = _site_zone(site_zone)
        if tz is not None:
            notes.append(f"no time zone given; read in the site's zone {site_zone}")
        else:
            tz = _dt.timezone.utc
            notes.append("no time zone given; UTC assumed")
    if g["h"] is None:
        notes.append("no time of day given; midnight assumed")
    return ParsedTime(naive.replace(tzinfo=tz), tuple(notes))


def is_relative_time(text: str) -> bool:
    """Whether *text* is a relative time such as ``3 hours ago``."""
    return len(text) <= 40 and RELATIVE.fullmatch(text.strip()) is not None
