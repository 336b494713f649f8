"""Parsing machine-written timestamps (ISO 8601, RFC 2822) found in page metadata."""

from __future__ import annotations

import datetime as _dt
import re
from email.utils import parsedate_to_datetime

_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?"
    r"(?:\[[A-Za-z0-9_+\-/]{1,40}\])?\s*$",
    re.IGNORECASE,
)
_ISO_BASIC = re.compile(
    r"^\s*(\d{4})(\d{2})(\d{2})"
    r"(?:T(\d{2})(\d{2})(?:(\d{2})(?:[.,](\d{1,9}))?)?)?"
    r"(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?\s*$",
    re.IGNORECASE,
)
MAX_LENGTH = 100
"""Longer strings are not timestamps."""


def _iso(m: re.Match[str]) -> tuple[_dt.datetime | None, bool]:
    y, mo, d, h, mi, s, frac, tz = m.groups()
    try:
        when = _dt.datetime(
            int(y),
            int(mo),
            int(d),
            int(h or 0),
            int(mi or 0),
            int(s or 0),
            int((frac or "0")[:6].ljust(6, "0")),
        )
    except ValueError:
        return None, False
    if tz is None:
        return when, False
    tz = tz.upper()
    if tz in ("Z", "UTC", "GMT"):
        return when.replace(tzinfo=_dt.timezone.utc), True
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        return None, False
    offset = _dt.timedelta(hours=hours, minutes=minutes) * sign
    return when.replace(tzinfo=_dt.timezone(offset)), True


def parse_timestamp(value: str | None) -> tuple[_dt.datetime | None, bool]:
    """Parse *value*; return the datetime and whether it had a time zone.

    Accepts ISO 8601 (``2021-08-03T12:55:00+05:00``, ``2021-08-03 12:55Z``,
    ``2021-08-03``, ``2021-08-03T12:55:00.123+0530``, the basic form
    ``20210803T125500Z``, an RFC 9557 zone suffix ``[Europe/Paris]``) and
    RFC 2822 (``Tue, 03 Aug 2021 12:55:00 +0500``; ``-0000`` means "no
    zone"). Returns ``(None, False)`` for anything else, and never raises.
    A datetime without a zone is returned naive, with ``False``.
    """
    if not isinstance(value, str) or not value or len(value) > MAX_LENGTH:
        return None, False
    m = _ISO.match(value) or _ISO_BASIC.match(value)
    if m:
        return _iso(m)
    if not any(c.isalpha() for c in value):
        return None, False  # RFC 2822 dates name the month
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None, False
    if when is None:
        return None, False
    return when, when.tzinfo is not None
