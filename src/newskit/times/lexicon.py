"""Words of English time expressions: months, weekdays, numbers, units, day parts."""

from __future__ import annotations

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    1,
):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9
"""Month names and abbreviations (lower case) to month numbers."""

WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]):
    WEEKDAYS[_name] = _i
    WEEKDAYS[_name[:3]] = _i
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
"""Weekday names and abbreviations (lower case) to ``date.weekday()`` numbers."""

NUMBERS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
NUMBERS.update(
    {
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "a": 1,
        "an": 1,
        "one": 1,
        "a couple of": 2,
    }
)
"""Number words to their values (``a``/``an`` count as one)."""

VAGUE_NUMBERS = frozenset({"several", "a few", "few", "many", "some"})
"""Words for an unknown count: their durations take ``X`` (``PXY``)."""

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
"""Ordinal words to numbers (quarters, centuries)."""

UNITS: dict[str, str] = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "weekend": "WE",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}
"""Calendar units to their TIMEX3 duration letters (minutes and months both use ``M``)."""

DAY_PARTS: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
    "noon": "MI",
}
"""Parts of the day to their TIMEX3 codes."""

DAY_PART_HOURS: dict[str, tuple[int, int]] = {
    "MO": (5, 12),
    "MI": (11, 14),
    "AF": (12, 18),
    "EV": (17, 22),
    "NI": (19, 29),
}
"""Local hours each part of the day covers (29 is 05:00 the next day)."""

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
"""Seasons to their TIMEX3 codes."""

SET_ADVERBS: dict[str, str] = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "nightly": "P1D",
    "hourly": "PT1H",
    "quarterly": "P3M",
}
"""Adverbs naming a set (``weekly``) to its TIMEX3 period."""

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}
"""Months each season covers (northern meteorological seasons; 15 is March the next year)."""

SOUTHERN_SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (9, 12),
    "SU": (12, 15),
    "FA": (3, 6),
    "WI": (6, 9),
}
"""Months each season covers south of the equator (summer runs from December to February)."""

SOUTHERN_ZONES: tuple[str, ...] = (
    "Australia/",
    "Antarctica/",
    "America/Argentina/",
    "America/Buenos_Aires",
    "America/Santiago",
    "America/Punta_Arenas",
    "America/Montevideo",
    "America/Asuncion",
    "America/Sao_Paulo",
    "Pacific/Auckland",
    "Pacific/Chatham",
    "Africa/Johannesburg",
    "Africa/Maseru",
    "Africa/Mbabane",
    "Africa/Windhoek",
    "Africa/Gaborone",
    "Africa/Maputo",
    "Africa/Harare",
    "Indian/Antananarivo",
    "Indian/Mauritius",
    "Indian/Reunion",
    "Atlantic/Stanley",
)
"""IANA zones (or zone prefixes) of temperate places south of the equator, where seasons are reversed."""

MODS: dict[str, str] = {
    "early": "START",
    "earlier": "START",
    "beginning": "START",
    "start": "START",
    "dawn": "START",
    "mid": "MID",
    "middle": "MID",
    "late": "END",
    "later": "END",
    "end": "END",
    "close": "END",
}
"""Words that narrow a period to its TIMEX3 ``mod``."""

QUANT_MODS: dict[str, str] = {
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}
"""Words before a duration to their TIMEX3 ``mod``."""
