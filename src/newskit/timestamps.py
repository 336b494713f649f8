"""Parsing machine-written timestamps (ISO 8601, RFC 2822) found in page metadata."""

from __future__ import annotations

import datetime as _dt
import re
from email.utils import parsedate_to_datetime

_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?\s*$",
    re.IGNORECASE,
)


def parse_timestamp(value: str | None) -> tuple[_dt.datetime | None, bool]:
    """Parse *value*; return the datetime and whether it had a time zone.

    Accepts ISO 8601 (``2021-08-03T12:55:00+05:00``, ``2021-08-03 12:55Z``,
    ``2021-08-03``) and RFC 2822 (``Tue, 03 Aug 2021 12:55:00 +0500``).
    Returns ``(None, False)`` for anything else.
    """
    if not value or len(value) > 100:
        return None, False
    m = _ISO.match(value)
    if m:
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
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None, False
    return when, when.tzinfo is not None
