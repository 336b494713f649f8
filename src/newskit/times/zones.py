"""Time zones: abbreviations (``ET``, ``PKT``, ``IST``) and places (``in Pakistan``).

Abbreviations are read as the IANA zone people mean by them, so daylight
saving time follows the zone's rules (``EST`` in July is read as New York
time). A few abbreviations depend on where the story comes from: ``IST`` is
India Standard Time in South Asian sources (and by default), Irish or Israel
time in Irish or Israeli ones; ``BST`` is Bangladesh time in South Asian
sources and British Summer Time elsewhere; ``AST`` is Arabia time in the Gulf
and Atlantic time elsewhere.
"""

from __future__ import annotations

import datetime as _dt
import functools
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = _dt.timezone.utc

ABBREVIATIONS: dict[str, str] = {
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CT": "America/Chicago",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "MT": "America/Denver",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "AKST": "America/Anchorage",
    "AKDT": "America/Anchorage",
    "HST": "Pacific/Honolulu",
    "GMT": "UTC",
    "UTC": "UTC",
    "Z": "UTC",
    "UT": "UTC",
    "BST": "Europe/London",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "CET": "Europe/Paris",
    "CEST": "Europe/Paris",
    "EET": "Europe/Athens",
    "EEST": "Europe/Athens",
    "MSK": "Europe/Moscow",
    "TRT": "Europe/Istanbul",
    "IRST": "Asia/Tehran",
    "GST": "Asia/Dubai",
    "AST": "America/Halifax",
    "PKT": "Asia/Karachi",
    "IST": "Asia/Kolkata",
    "NPT": "Asia/Kathmandu",
    "AFT": "Asia/Kabul",
    "ICT": "Asia/Bangkok",
    "WIB": "Asia/Jakarta",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "PHT": "Asia/Manila",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "ACST": "Australia/Adelaide",
    "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
    "SAST": "Africa/Johannesburg",
    "WAT": "Africa/Lagos",
    "CAT": "Africa/Maputo",
    "EAT": "Africa/Nairobi",
}
"""Zone abbreviations to IANA zones (before the source's region is considered)."""

SOUTH_ASIA = frozenset(
    {
        "Asia/Kolkata",
        "Asia/Calcutta",
        "Asia/Karachi",
        "Asia/Dhaka",
        "Asia/Colombo",
        "Asia/Kathmandu",
        "Asia/Thimphu",
        "Indian/Maldives",
        "Asia/Kabul",
    }
)
_REGIONAL: dict[str, tuple[tuple[frozenset[str], str], ...]] = {
    "IST": (
        (frozenset({"Europe/Dublin"}), "Europe/Dublin"),
        (frozenset({"Asia/Jerusalem"}), "Asia/Jerusalem"),
    ),
    "BST": ((frozenset({"Asia/Dhaka"}) | SOUTH_ASIA, "Asia/Dhaka"),),
    "AST": (
        (
            frozenset(
                {
                    "Asia/Riyadh",
                    "Asia/Baghdad",
                    "Asia/Kuwait",
                    "Asia/Qatar",
                    "Asia/Bahrain",
                    "Asia/Aden",
                    "Asia/Dubai",
                    "Asia/Muscat",
                    "Asia/Tehran",
                }
            ),
            "Asia/Riyadh",
        ),
    ),
}

PLACES: dict[str, str] = {
    # countries
    "Afghanistan": "Asia/Kabul",
    "Pakistan": "Asia/Karachi",
    "India": "Asia/Kolkata",
    "Bangladesh": "Asia/Dhaka",
    "Sri Lanka": "Asia/Colombo",
    "Nepal": "Asia/Kathmandu",
    "China": "Asia/Shanghai",
    "Japan": "Asia/Tokyo",
    "South Korea": "Asia/Seoul",
    "Korea": "Asia/Seoul",
    "North Korea": "Asia/Pyongyang",
    "Taiwan": "Asia/Taipei",
    "Hong Kong": "Asia/Hong_Kong",
    "Singapore": "Asia/Singapore",
    "Malaysia": "Asia/Kuala_Lumpur",
    "Indonesia": "Asia/Jakarta",
    "Philippines": "Asia/Manila",
    "Thailand": "Asia/Bangkok",
    "Vietnam": "Asia/Ho_Chi_Minh",
    "Myanmar": "Asia/Yangon",
    "Iran": "Asia/Tehran",
    "Iraq": "Asia/Baghdad",
    "Syria": "Asia/Damascus",
    "Lebanon": "Asia/Beirut",
    "Jordan": "Asia/Amman",
    "Israel": "Asia/Jerusalem",
    "Gaza": "Asia/Gaza",
    "Saudi Arabia": "Asia/Riyadh",
    "Qatar": "Asia/Qatar",
    "Kuwait": "Asia/Kuwait",
    "Yemen": "Asia/Aden",
    "the UAE": "Asia/Dubai",
    "UAE": "Asia/Dubai",
    "the United Arab Emirates": "Asia/Dubai",
    "Oman": "Asia/Muscat",
    "Turkey": "Europe/Istanbul",
    "Russia": "Europe/Moscow",
    "Ukraine": "Europe/Kyiv",
    "Belarus": "Europe/Minsk",
    "Poland": "Europe/Warsaw",
    "Germany": "Europe/Berlin",
    "France": "Europe/Paris",
    "Italy": "Europe/Rome",
    "Spain": "Europe/Madrid",
    "Portugal": "Europe/Lisbon",
    "Britain": "Europe/London",
    "the UK": "Europe/London",
    "the United Kingdom": "Europe/London",
    "England": "Europe/London",
    "Scotland": "Europe/London",
    "Ireland": "Europe/Dublin",
    "the Netherlands": "Europe/Amsterdam",
    "Belgium": "Europe/Brussels",
    "Switzerland": "Europe/Zurich",
    "Austria": "Europe/Vienna",
    "Sweden": "Europe/Stockholm",
    "Norway": "Europe/Oslo",
    "Denmark": "Europe/Copenhagen",
    "Finland": "Europe/Helsinki",
    "Greece": "Europe/Athens",
    "Egypt": "Africa/Cairo",
    "Libya": "Africa/Tripoli",
    "Nigeria": "Africa/Lagos",
    "Kenya": "Africa/Nairobi",
    "Ethiopia": "Africa/Addis_Ababa",
    "South Africa": "Africa/Johannesburg",
    "Sudan": "Africa/Khartoum",
    "Morocco": "Africa/Casablanca",
    "Brazil": "America/Sao_Paulo",
    "Argentina": "America/Argentina/Buenos_Aires",
    "Chile": "America/Santiago",
    "Colombia": "America/Bogota",
    "Venezuela": "America/Caracas",
    "Mexico": "America/Mexico_City",
    "Cuba": "America/Havana",
    "Australia": "Australia/Sydney",
    "New Zealand": "Pacific/Auckland",
    "Tajikistan": "Asia/Dushanbe",
    "Uzbekistan": "Asia/Tashkent",
    "Kazakhstan": "Asia/Almaty",
    # capitals and big cities often named as "in X" or "X time"
    "Washington": "America/New_York",
    "New York": "America/New_York",
    "London": "Europe/London",
    "Paris": "Europe/Paris",
    "Berlin": "Europe/Berlin",
    "Moscow": "Europe/Moscow",
    "Kyiv": "Europe/Kyiv",
    "Beijing": "Asia/Shanghai",
    "Tokyo": "Asia/Tokyo",
    "Seoul": "Asia/Seoul",
    "Delhi": "Asia/Kolkata",
    "New Delhi": "Asia/Kolkata",
    "Mumbai": "Asia/Kolkata",
    "Islamabad": "Asia/Karachi",
    "Karachi": "Asia/Karachi",
    "Lahore": "Asia/Karachi",
    "Kabul": "Asia/Kabul",
    "Dhaka": "Asia/Dhaka",
    "Tehran": "Asia/Tehran",
    "Baghdad": "Asia/Baghdad",
    "Doha": "Asia/Qatar",
    "Dubai": "Asia/Dubai",
    "Riyadh": "Asia/Riyadh",
    "Jerusalem": "Asia/Jerusalem",
    "Cairo": "Africa/Cairo",
    "Sydney": "Australia/Sydney",
    "Los Angeles": "America/Los_Angeles",
    "Chicago": "America/Chicago",
    "Dushanbe": "Asia/Dushanbe",
}
"""Places named after a time (``early Wednesday in Pakistan``, ``Kabul time``) to their main zone.

Countries spanning several zones map to the zone of their capital or of most people.
"""

US_STYLE_ZONES_PREFIX = ("America/", "Pacific/Honolulu")


@functools.lru_cache(maxsize=256)
def zone(name: str | None) -> _dt.tzinfo | None:
    """The tzinfo for an IANA name (or ``Etc/GMT±N``), or ``None`` when unknown."""
    if not name:
        return None
    if name == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def abbreviation_zone(abbr: str, context: str | None = None) -> str | None:
    """The IANA zone meant by *abbr*, read in a story whose own zone is *context*.

    >>> abbreviation_zone("ET")
    'America/New_York'
    >>> abbreviation_zone("IST", "Asia/Karachi"), abbreviation_zone("IST", "Europe/Dublin")
    ('Asia/Kolkata', 'Europe/Dublin')
    """
    key = abbr.upper().replace(".", "")
    for zones, name in _REGIONAL.get(key, ()):
        if context in zones:
            return name
    return ABBREVIATIONS.get(key)


def offset_zone(sign: str, hours: int, minutes: int = 0) -> str:
    """A fixed-offset zone name for ``GMT+8``-style offsets (``Etc/GMT-8``; note the inverted sign)."""
    if minutes or hours > 14:
        return f"UTC{sign}{hours:02d}:{minutes:02d}"
    if hours == 0:
        return "UTC"
    return f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"


@functools.lru_cache(maxsize=512)
def fixed(name: str) -> _dt.tzinfo | None:
    """The tzinfo for a zone name, including ``UTC+05:30``-style fixed offsets (cached: asked once per mention)."""
    if name.startswith("UTC") and len(name) == 9:
        sign = -1 if name[3] == "-" else 1
        try:
            return _dt.timezone(sign * _dt.timedelta(hours=int(name[4:6]), minutes=int(name[7:9])))
        except ValueError:  # not an offset (UTC+80:00, UTC+ab:cd)
            return None
    return zone(name)


def place_zone(place: str) -> str | None:
    """The main zone of a country or city named after a time (``Pakistan`` → ``Asia/Karachi``)."""
    return PLACES.get(place) or PLACES.get(place.removeprefix("the ")) or PLACES.get("the " + place)


def month_first(zone_name: str | None) -> bool:
    """Whether numeric dates (``7/8/07``) read month first in a story from this zone (the US)."""
    return bool(zone_name) and zone_name.startswith(US_STYLE_ZONES_PREFIX)
