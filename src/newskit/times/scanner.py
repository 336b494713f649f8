"""Finding time mentions: one combined scanner over the text.

The grammar is a set of branches (one compiled pattern each, bounded
repetitions only, no nested quantifiers), tried only where a key word
stands; key words are found in one search of a folded copy of the text.
The work grows linearly with the text. :func:`scan` returns :class:`Found`
records: the kind of mention, its span and the parts read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from .lexicon import MONTHS, NUMBERS, ORDINALS, QUANT_MODS, SET_ADVERBS
from .zones import ABBREVIATIONS, PLACES

__all__ = ["Found", "scan", "zone_after"]

_S = r"[ \t\xa0]{1,3}"  # a short run of spaces, never a line break
_S0 = r"[ \t\xa0]{0,2}"


def _alt(words: Any) -> str:
    return "|".join(sorted({w for w in words}, key=lambda w: (-len(w), w)))


def _cap(words: Any) -> str:
    """Capitalised and ALL-CAPS forms: month and weekday names must be written as names."""
    return _alt([w.capitalize() for w in words] + [w.upper() for w in words])


def _ci(words: Any) -> str:
    """Lower case or capitalised (sentence start) forms of common words."""
    out = []
    for w in words:
        out += [w, w[0].upper() + w[1:]]
    return _alt(out)


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS and m != "may"]
_MON = rf"(?P<mon>(?:{_cap(_FULL_MONTHS)})(?![\w])|(?:{_cap(_ABBR_MONTHS)})(?:\.|(?![\w])))"
_MONFULL = rf"(?P<mon>(?:{_cap(_FULL_MONTHS)})(?![\w]))"
_WDFULL = _cap(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_WDABBR = _cap(["mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"])
_WD = rf"(?P<wd>{_WDFULL})(?![\w])"
_WDPRE = rf"(?:(?P<wdp>{_WDFULL}|(?:{_WDABBR})\.?),?{_S})"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d|21\d\d)(?![\w])"
_MOD = rf"(?:(?P<mod>{_ci(['early', 'late', 'mid', 'middle'])})(?:-|{_S}|-{_S0}))"
_POS = rf"(?:(?:[Tt]he{_S}(?:very{_S})?)?(?P<pos>start|beginning|end|middle|close){_S}of{_S})"
_MODS = rf"(?:{_MOD}|{_POS})"
_NUMWORD = _alt([w for w in NUMBERS if " " not in w and len(w) > 2] + ["a", "an"])
_NUM = (
    rf"(?P<n>\d{{1,3}}(?:\.\d{{1,2}})?|(?:{_NUMWORD})(?:-(?:{_NUMWORD}))?|{_ci(['a couple of', 'a few', 'several', 'a'])}"
    rf"|{_ci(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'])})"
)
_UNIT = r"(?P<unit>second|minute|hour|day|week|month|quarter|year|decade|century|centurie)"
_UNITS = rf"{_UNIT}s?"
_QMOD = rf"(?:(?P<qmod>{_ci(list(QUANT_MODS))}){_S})"
_ZABBR = _alt(ABBREVIATIONS)
_OFFSET = rf"(?:{_S0}(?P<zsign>[+\-−]){_S0}(?P<zh>1[0-4]|0?\d)(?::?(?P<zm>[0-5]\d))?)"
_ZONE = (
    rf"(?:{_S0}\((?P<zabbr>GMT|UTC)(?:{_OFFSET})?\)"
    rf"|{_S0}(?P<zabbr>{_ZABBR})(?![\w])(?:{_OFFSET}(?![\d]))?"
    rf"|{_S}(?P<local>local{_S}time)(?![\w]))"
)
_AMPM = r"(?P<ampm>[aApP]\.?[ \xa0]?[mM]\.|[aApP][mM](?![\w])|[aApP]\.[mM](?![\w]))"
_CLOCK = (
    rf"(?:(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?![\d])(?:{_S0}{_AMPM})?"
    rf"|(?P<hh>[01]?\d|2[0-3])\.(?P<mm>[0-5]\d){_S0}{_AMPM}"
    rf"|(?P<hh>1[0-2]|0?[1-9]){_S0}{_AMPM}"
    rf"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?={_S0}(?:GMT|UTC|{_ZABBR}|hrs|hours|h)(?![\w]))(?:{_S}(?:hrs|hours|h)(?![\w]))?"
    rf"|(?P<word>{_ci(['noon', 'midnight', 'midday'])}))"
)
_DAYREL = _ci(["today", "tonight", "yesterday", "tomorrow"])
_PART = r"(?P<part>morning|afternoon|evening|night|overnight)"
_QUARTER_ORD = _alt(["first", "second", "third", "fourth", "final", "last", "1st", "2nd", "3rd", "4th"])
_PLACE = _alt(PLACES)
_YREL = rf"{_S}(?P<yrel>next|last|this){_S}year(?![\w])"  # "May 5 last year": the day in that year

_BRANCHES: dict[str, str] = {
    "iso": (
        r"(?P<y>\d{4})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
        r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d)?(?P<z>Z|[+-]\d\d:?\d\d)?)?(?![\w-])"
    ),
    "clock": (
        rf"(?:(?:(?P<wdp>{_WDFULL})|(?P<relp>{_DAYREL}))(?:{_S}{_PART})?(?:{_S}at|,)?{_S})?"  # Monday evening at"
        rf"(?:(?P<approx>about|around|at about|at around|shortly after|shortly before|just after|just before){_S})?"
        rf"{_CLOCK}(?:{_ZONE})?"
        rf"(?:,?{_S}(?:on{_S})?(?P<wd>{_WDFULL})(?![\w])(?:{_S}{_PART}(?![\w]))?"
        rf"|{_S}(?P<rel>{_DAYREL})(?:{_S}{_PART}(?![\w]))?|{_S}this{_S}{_PART}(?![\w])"  # 9:30 this morning
        rf"|,?{_S}(?:on{_S})?{_MON}{_S0}{_DAY}(?:,?{_S}{_YEAR})?)?"
    ),
    "mdy": rf"{_WDPRE}?{_MON}{_S0}{_DAY}(?:(?:,{_S0}|{_S}){_YEAR}|{_YREL})?",
    "dmy": rf"{_WDPRE}?(?:the{_S})?{_DAY}{_S}(?:of{_S})?{_MON}(?:,?{_S}{_YEAR}|{_YREL})?",
    "my": rf"{_MODS}?{_MON},?{_S}(?:of{_S})?{_YEAR}",
    "numeric": r"(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\w/])",
    "set": (
        rf"(?:(?P<every>{_ci(['every', 'each'])}){_S}(?:(?P<other>other){_S})?"
        rf"(?:(?P<wd>{_WDFULL})|(?P<unit>day|week|month|year|morning|afternoon|evening|night|weekend|quarter|hour|minute"
        rf"|spring|summer|autumn|winter)"
        rf"|{_NUM}{_S}{_UNITS})(?![\w])"
        rf"|(?:[Aa]{_S}(?=few|dozen))?(?P<freq>{_ci(['once', 'twice', 'thrice'])}|(?:[Aa]{_S}couple{_S}of|\w{{2,10}}){_S}times){_S}(?:a|per|each|every){_S}(?P<unit>day|week|month|year|hour|minute)(?![\w])"
        rf"|(?P<adv>{_ci(list(SET_ADVERBS))})(?![\w])"
        rf"|(?P<wds>{_WDFULL})s(?![\w]))"
    ),
    "ago": rf"{_QMOD}?{_NUM}[ \t\xa0-]{{1,3}}{_UNITS}{_S}(?P<dir>ago|from{_S}now|hence|earlier|later)(?![\w])",
    "within": rf"(?P<inw>in|within){_S}{_QMOD}?{_NUM}{_S}{_UNITS}(?:[’']{_S0}time)?(?![\w])",
    "quarter": (
        rf"(?:(?:[Tt]he{_S})?(?P<ord>{_QUARTER_ORD})[ \t\xa0-]{{1,3}}quarter(?![\w])"
        rf"(?:{_S}of{_S}(?:{_YEAR}|(?:the{_S})?(?P<rel>this|last|next|previous|current){_S}year))?"
        rf"|Q(?P<q>[1-4])(?:{_S}{_YEAR})?(?![\w])"
        rf"|(?:[Tt]he{_S})?(?P<half>first|second)[ \t\xa0-]{{1,3}}half{_S}of{_S}"
        rf"(?:{_YEAR}|(?:the{_S})?(?P<rel>this|last|next|previous|current){_S}year(?![\w])|the{_S}year(?![\w]))"
        rf"|H(?P<h>[12]){_S}{_YEAR})"
    ),
    "decade": (
        rf"{_MODS}?(?:(?:[Tt]he{_S})?{_MOD}?(?:(?P<dec>(?:1[5-9]|20)\d0)s|['’](?P<dd>\d0)s)|[Tt]he{_S}{_MOD}?(?P<dd>[2-9]0)s"
        rf"|(?P<bare>[2-9]0)s)(?![\w])"
    ),
    "century": (
        rf"{_MODS}?(?:[Tt]he{_S})?{_MOD}?(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{_alt(ORDINALS)})[ \t\xa0-]century(?![\w])"
    ),
    "relunit": (
        rf"(?:(?P<rmod>{_ci(['earlier', 'later'])}){_S})?(?:{_POS}|{_MOD})?(?:[Tt]he{_S})?"
        rf"(?P<rel>{_ci(['this', 'last', 'next', 'past', 'previous', 'coming', 'following', 'current'])}"
        rf"|(?P<tp>[Tt]his{_S}past)){_S}"
        rf"(?P<unit>weekend|week|month|quarter|year|decade|century)(?![\w])"
        rf"|(?P<rel>{_ci(['a week', 'a month', 'a year', 'a decade'])}){_S}(?P<dir>earlier|later|before|after)(?![\w])"
        rf"|(?P<rel>[Tt]he){_S}(?P<unit>weekend)(?![\w])"
        rf"|(?P<yearend>[Yy]ear)[- ](?:end|END)(?![\w-])"
        rf"|(?:(?P<rmod>{_ci(['earlier', 'later'])})|(?P<inmod>{_ci(['early', 'late'])})){_S}in{_S}(?P<rel>the){_S}"
        rf"(?P<unit>week|month|year)(?![\w])"
        rf"|[Tt]he{_S}(?P<rel>next|previous|following){_S}(?P<unit>day)(?![\w])"
        rf"|{_POS}(?P<rel>the){_S}(?P<unit>day|week|month|year|decade|century)(?![\w])"
        rf"|{_POS}?(?P<rel>[Tt]he){_S}(?P<whole>entire|whole|full){_S}(?P<unit>day|week|month|year)(?![\w-])"
        rf"|(?P<rel>[Tt]he){_S}(?P<unit>day|week|month|year){_S}(?P<post>before|previous|earlier|prior|after)"
        rf"(?=[ \t\xa0]{{0,3}}(?:[.,;:!?)]|$)|{_S}(?:and|but|when|while|as|in|on|at)(?![\w]))"
    ),
    "fiscal": (
        rf"{_POS}?(?:[Tt]he{_S}|(?P<rel>{_ci(['this', 'last', 'next', 'current', 'previous', 'coming'])}){_S})"
        rf"(?P<fy>financial|fiscal){_S}year(?![\w])(?!{_S}(?:\d|of))"
    ),
    "weekof": (
        rf"(?:[Tt]he{_S})?(?P<ord>first|second|third|fourth|last|final){_S}week{_S}of{_S}{_MONFULL}"
        rf"(?:,?{_S}{_YEAR})?"
    ),
    "season": (
        rf"{_MODS}?(?:(?P<rel>{_ci(['this', 'last', 'next', 'the', 'that', 'coming', 'past'])}){_S})?"
        rf"(?P<season>{_ci(['spring', 'summer', 'autumn', 'fall', 'winter'])})(?:{_S}(?:of{_S})?{_YEAR})?(?![\w])"
    ),
    "daypart": (
        rf"{_MOD}?(?:(?P<rel>{_DAYREL}|this|[Ll]ast|[Tt]his){_S}{_PART}"
        rf"|(?P<wd>{_WDFULL}){_S}{_PART}|(?P<rel>last){_S}(?P<part>night)|(?P<rel>[Tt]onight|[Oo]vernight)"
        rf"|(?P<trade>morning|afternoon|midday|evening)(?={_S}(?:trading|trade|deals|dealings|session)(?![\w]))"
        rf"|(?P<the>[Tt]he){_S}(?P<part>morning|afternoon|evening|night)"
        rf"(?:{_S}of{_S}(?:(?P<wd>{_WDFULL})|(?:{_MON}{_S0}{_DAY}|{_DAY}{_S}{_MON})(?:,?{_S}{_YEAR})?))?)(?![\w])"
    ),
    "weekday": (
        rf"{_MOD}?(?:(?P<rel>{_ci(['last', 'next', 'this', 'past', 'coming'])}){_S})?{_WD}"
        rf"(?:{_S}(?P<week>week|next{_S}week))?(?![\w])"
    ),
    "deictic": (
        rf"(?P<deictic>{_ci(['the day before yesterday', 'the day after tomorrow', 'at present', 'in recent years', 'recent years', 'in recent months', 'recent months', 'in recent weeks', 'recent weeks', 'in recent days', 'recent days', 'in recent decades', 'recent decades', 'the past', 'the future', 'in the future', 'in the past'])}"
        rf"|{_DAYREL}|{_ci(['now', 'currently', 'recently', 'nowadays', 'lately', 'earlier today', 'later today'])}"
        rf"|(?P<sameday>{_ci(['the same day', 'that same day', 'the very same day', 'that day', 'the very day'])})"
        rf"|(?P<dayof>{_ci(['early in the day', 'late in the day'])})"
        rf"|(?P<theday>the){_S}day"
        rf"|(?P<thattime>that){_S}time"
        rf"|{_ci(['the near future', 'the foreseeable future', 'the near term', 'the long term', 'the short term', 'the medium term', 'the time being'])}"
        rf"|(?P<recent>{_ci(['recent'])})(?={_S}[A-Za-z]))(?![\w])"
    ),
    "month": (
        rf"{_MODS}?(?:(?P<rel>{_ci(['last', 'next', 'this', 'past', 'coming'])}){_S})?{_MONFULL}"
        rf"(?:(?:{_S}of)?{_S}(?P<yrel>next|last|this|that){_S}year(?![\w]))?"
    ),
    "year": (
        rf"{_MODS}?(?:(?P<fy>FY|fiscal{_S}(?:year{_S})?){_S0})?{_YEAR}(?![-–]\d|[.,]\d|%|\+)"
        rf"|{_MODS}?['’](?P<yy>\d\d)(?![\w’'])"
    ),
    "holiday": (
        rf"(?P<hol>(?:Christmas|CHRISTMAS)(?:{_S}(?:Eve|Day)(?![\w]))?|Boxing{_S}Day|New{_S}Year['’]s(?:{_S}(?:Eve|Day)(?![\w]))?"
        rf"|Valentine['’]s{_S}Day|Hallowe['’]?en|Thanksgiving(?:{_S}Day(?![\w]))?|Easter(?:{_S}(?:Sunday|Monday|Day)(?![\w]))?)"
        rf"(?:,?{_S}{_YEAR})?(?![\w])"
    ),
    "duration": (
        rf"(?:(?:[Tt]he{_S})?(?P<span>past|last|next|coming|first|final){_S}(?P<few>few)"  # the past few years
        rf"|(?:(?:[Tt]he{_S})?(?P<span>past|last|next|coming|first|final){_S})?{_QMOD}?{_NUM})(?:{_S}(?:trading|business|working|consecutive|straight|calendar))?[ \t\xa0-]{{1,3}}{_UNITS}(?P<long>-long)?(?![\w])(?![ \t\xa0-]{{1,3}}old)"
        rf"|(?:[Tt]he{_S})?(?P<span>coming|next|past){_S}(?P<unit>day|week|month|year|decade)s(?![\w])"  # the coming weeks
    ),
}
KINDS: tuple[str, ...] = tuple(_BRANCHES)

_MONTH_KEYS = [m for m in MONTHS]
_WEEKDAY_KEYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_UNIT_KEYS = [
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "weekend",
    "weekends",
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "decade",
    "decades",
    "century",
    "centuries",
]
_CATEGORIES: dict[str, tuple[str, ...]] = {
    # four digits (a count, as in ago, within or duration, has at most three), by what follows them
    "digit4-": ("iso", "year"),  # 2024-03-06, 2024-
    "digit4s": ("decade",),  # 1990s
    "digit4a": ("clock", "year"),  # 1800 GMT, 0600hrs, 2014 to
    "year4": ("year",),  # four digits followed by no "-", "s" or letter
    "digit12": (
        "clock",
        "dmy",
        "numeric",
        "set",
        "ago",
        "within",
        "quarter",
        "decade",
        "century",
        "year",
        "duration",
    ),
    # one or two digits, by the character after them (see _SMALL_NUMBER_AFTER); digit12 after an apostrophe
    "digit12:": ("clock",),  # 10:30
    "digit12/": ("numeric",),  # 3/4/24
    "digit12.": ("clock", "set", "ago", "within", "duration"),  # 9.30 pm, 2.5 years
    "digit12-": ("ago", "duration"),  # 30-year
    "digit12 ": ("clock", "dmy", "set", "ago", "within", "duration"),  # 10 a.m., 4 March, 3 days, 10 times
    "digit12a": ("clock", "set"),  # 10am, 10p.m.
    "digit12s": ("dmy", "set", "quarter", "decade", "century"),  # 1st, 90s
    "digit12o": ("dmy", "set", "quarter", "century"),  # 2nd, 3rd, 4th
    "digit12w": ("set",),  # any other word character: only "49ers times a day"
    "digitn": ("ago", "within", "duration"),
    "month": ("mdy", "my", "month"),
    "weekday": ("clock", "mdy", "dmy", "set", "daypart", "weekday"),
    "dayrel": ("clock", "daypart", "deictic"),
    "part": ("daypart", "set"),
    "deictic": ("deictic",),
    "past": ("relunit", "duration", "weekday", "month", "season", "deictic"),
    "season": ("set", "season"),
    "quarter": ("quarter", "relunit", "set", "duration"),
    "half": ("quarter",),  # the first half of 2008, H2 2009
    "holiday": ("holiday",),  # Christmas, Easter Monday
    "unit": ("weekof", "fiscal", "relunit", "set", "ago", "within", "duration", "deictic", "holiday"),
    "century": ("century", "relunit", "set", "ago", "within", "duration"),
    "setadv": ("set",),
    "noon": ("clock", "daypart"),
}
_KEYS: dict[str, str] = {
    **{m: "month" for m in _MONTH_KEYS},
    **{w: "weekday" for w in _WEEKDAY_KEYS},
    **{w: "dayrel" for w in ("today", "tonight", "yesterday", "tomorrow")},
    **{w: "part" for w in ("morning", "afternoon", "evening", "night", "overnight")},
    **{
        w: "deictic"
        for w in (
            "now",
            "currently",
            "recently",
            "nowadays",
            "lately",
            "present",
            "future",
            "recent",
            "term",
            "being",
            "time",
        )
    },
    "past": "past",
    **{w: "season" for w in ("spring", "summer", "autumn", "fall", "winter")},
    **{w: "quarter" for w in ("quarter", "q1", "q2", "q3", "q4")},
    **{w: "half" for w in ("half", "h1", "h2")},
    **{w: "holiday" for w in ("christmas", "boxing", "valentine", "halloween", "hallowe", "thanksgiving", "easter")},
    **{w: "unit" for w in _UNIT_KEYS},
    **{w: "century" for w in ("century", "centuries")},
    **{w: "setadv" for w in SET_ADVERBS},
    **{w: "noon" for w in ("noon", "midnight", "midday")},
}
_KEYS.update(
    {w: "weekday" for w in ("mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun")}
)
_KEYS.update({w + "s": "weekday" for w in _WEEKDAY_KEYS})
_PREFIX = frozenset(
    {
        *[
            "the",
            "near",
            "foreseeable",
            "long",
            "short",
            "medium",
            "time",
            "a",
            "an",
            "early",
            "late",
            "mid",
            "middle",
            "start",
            "beginning",
            "end",
            "close",
            "of",
            "this",
            "last",
            "next",
            "past",
            "previous",
            "coming",
            "following",
            "current",
            "earlier",
            "later",
            "every",
            "each",
            "other",
            "once",
            "twice",
            "thrice",
            "times",
            "per",
            "many",
            "dozen",
            "in",
            "within",
            "about",
            "around",
            "roughly",
            "approximately",
            "some",
            "nearly",
            "almost",
            "less",
            "more",
            "than",
            "under",
            "over",
            "at",
            "least",
            "up",
            "to",
            "no",
            "on",
            "shortly",
            "just",
            "after",
            "before",
            "couple",
            "few",
            "several",
            "that",
            "same",
            "trading",
            "business",
            "working",
            "consecutive",
            "straight",
            "calendar",
            "very",
            "fiscal",
            "financial",
            "final",
            "entire",
            "whole",
            "full",
            "year",
            "fy",
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "new",
        ],
        *NUMBERS,
        *ORDINALS,
        *_WEEKDAY_KEYS,
    }
)
_MAX_PREFIX = 6


def _words(words: str) -> frozenset[bytes]:
    return frozenset(w.encode() for w in words.split())


_OPENERS: dict[str, frozenset[bytes] | None] = {
    "iso": _words("0"),
    "clock": _words(
        "0 about around at friday just midday midnight monday noon saturday shortly sunday thursday today "
        "tomorrow tonight tuesday wednesday yesterday"
    ),
    "mdy": _words(
        "apr april aug august dec december feb february fri friday jan january jul july jun june mar march "
        "may mon monday nov november oct october sat saturday sep sept september sun sunday thu thur thurs "
        "thursday tue tues tuesday wed wednesday weds"
    ),
    "dmy": _words(
        "0 1st 2nd 3rd 4th fri friday mon monday sat saturday sun sunday the thu thur thurs thursday tue tues "
        "tuesday wed wednesday weds"
    ),
    "my": _words(
        "apr april aug august beginning close dec december early end feb february jan january jul july jun "
        "june late mar march may mid middle nov november oct october sep sept september start the"
    ),
    "numeric": _words("0"),
    "set": _words(
        "a annually daily each every fridays hourly mondays monthly nightly once quarterly saturdays sundays "
        "thrice thursdays tuesdays twice wednesdays weekly yearly"
    ),  # and any word before "times" (_OPENERS_WITH_TIMES)
    "ago": _words(
        "0 a about almost an approximately around at eight eighteen eighty eleven fifteen fifty "
        "five forty four fourteen hundred less more nearly nine nineteen ninety no one over roughly seven "
        "seventeen seventy several six sixteen sixty some ten thirteen thirty three twelve twenty two under "
        "up zero"
    ),
    "within": _words("in within"),
    "quarter": _words("0 1st 2nd 3rd 4th final first fourth h1 h2 last q1 q2 q3 q4 second the third"),
    "decade": _words("' 0 beginning close early end late mid middle start the"),
    "century": _words(
        "0 1st 2nd 3rd 4th beginning close early eighteenth eighth eleventh end fifteenth fifth first "
        "fourteenth fourth late mid middle nineteenth ninth second seventeenth seventh sixteenth sixth start "
        "tenth the third thirteenth twelfth twentieth twenty twenty-first"
    ),
    "relunit": _words(
        "a beginning close coming current earlier early end following last late later mid middle next past "
        "previous start the this year"
    ),
    "fiscal": _words("beginning close coming current end last middle next previous start the this"),
    "weekof": _words("final first fourth last second the third"),
    "season": _words(
        "autumn beginning close coming early end fall last late mid middle next past spring start summer that "
        "the this winter"
    ),
    "daypart": _words(
        "afternoon early evening friday last late mid midday middle monday morning overnight saturday sunday "
        "the this thursday today tomorrow tonight tuesday wednesday yesterday"
    ),
    "weekday": _words(
        "coming early friday last late mid middle monday next past saturday sunday this thursday tuesday "
        "wednesday"
    ),
    "deictic": _words(
        "at currently earlier early in late lately later now nowadays recent recently that the today tomorrow "
        "tonight yesterday"
    ),
    "month": _words(
        "april august beginning close coming december early end february january july june last late march "
        "may mid middle next november october past september start the this"
    ),
    "year": _words("' 0 beginning close early end fiscal fy late mid middle start the"),
    "holiday": _words("boxing christmas easter hallowe halloween new thanksgiving valentine"),
    "duration": _words(
        "0 a about almost an approximately around at coming eight eighteen eighty eleven fifteen "
        "fifty final first five forty four fourteen hundred last less more nearly next nine nineteen ninety "
        "no one over past roughly seven seventeen seventy several six sixteen sixty some ten the thirteen "
        "thirty three twelve twenty two under up zero"
    ),
}
"""The start words each branch may begin with (lower case; ``0`` a digit, ``'`` an apostrophe).

None: any word. ``tests/test_times_openers.py`` derives the words from the grammar and
checks this table holds them all.
"""
_OPENERS_WITH_TIMES = {**_OPENERS, "set": None}
"""The table for a text holding `` times``, where any word may open a set (``ten times a day``)."""


def _dedupe_names(pattern: str) -> str:
    """Give repeated group names a ``__N`` suffix, so the stdlib :mod:`re` accepts the branch."""
    seen: dict[str, int] = {}

    def rename(m: Any) -> str:
        name = m.group(1)
        seen[name] = seen.get(name, 0) + 1
        return m.group(0) if seen[name] == 1 else f"(?P<{name}__{seen[name]}>"

    return re.sub(r"\(\?P<(\w+)>", rename, pattern)


class _Branches(dict[str, Any]):
    """The compiled branches, each compiled the first time a text needs it."""

    def __missing__(self, kind: str) -> Any:
        pattern = re.compile(r"(?<![\w.’'/:-])(?:" + _dedupe_names(_BRANCHES[kind]) + ")")
        self[kind] = pattern
        return pattern


_BRANCH_PATTERNS = _Branches()


@functools.lru_cache(maxsize=1)
def _compiled() -> dict[str, Any]:
    """Every branch, compiled."""
    for kind in _BRANCHES:
        _BRANCH_PATTERNS[kind]  # compiles it
    return _BRANCH_PATTERNS


@functools.lru_cache(maxsize=1)
def _after() -> Any:
    pat = (
        rf"(?:{_S}in|,){_S}(?P<place>{_PLACE})(?:{_S}time)?(?![\w])|{_S}(?P<place2>{_PLACE}){_S}time(?![\w])"
    )
    return re.compile(pat)


_DIGITS = re.compile(r"\d+")
_AFTER_NUMBER = re.compile(
    r"[:./\w]|[ \t\xa0-]{1,3}(?:[ap]\.?[ \xa0]?m|of|times|trading|business|working|consecutive|straight|calendar"
    r"|second|minute|hour|day|week|month|quarter|year|decade|centur|" + _alt(MONTHS) + ")",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"\d{1,9}(?:,\d{3}|%|\.\d+(?!\d)(?![ \xa0-]{0,2}(?:[aApP]\.?[mM]|(?:second|minute|hour|day|week|month|year)s?\b)))"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t\xa0,-]{0,3}$")


def _fold_table() -> bytes:
    """Byte table: ASCII letters to lower case, digits kept, every other byte to a space."""
    table = bytearray(b" " * 256)
    for c in b"abcdefghijklmnopqrstuvwxyz0123456789":
        table[c] = c
    for c in b"ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        table[c] = c + 32
    return bytes(table)


_FOLD = _fold_table()
_BYTE_KEYS: dict[bytes, str] = {b" " + k.encode(): v for k, v in _KEYS.items()}


def _trie(words: list[str]) -> str:
    """An alternation of *words* as a trie (``t(?:oday|hu(?:r(?:s(?:day|)|)|))``): fewer branches tried per space."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}
    return _trie_node(tree)


def _trie_node(node: dict[str, Any]) -> str:
    alts = [re.escape(c) + _trie_node(node[c]) for c in sorted(node, key=_FIRST_ORDER.find) if c]
    if not alts:
        return ""
    if "" in node:  # a word ends here: what follows is optional, as an empty last branch (no repeat for `re`)
        return "(?:" + "|".join(alts) + "|)"
    return "(?:" + "|".join(alts) + ")" if len(alts) > 1 else alts[0]


_FIRST_ORDER = "tasiowcfhbpmdrlengyuvjkqxz0123456789"
"""Letters by how often English words begin with them, so the branch for a common one is tried first."""


def _key_pattern() -> Any:
    """Every key word after a space in folded text, as a trie, so the search runs in C."""
    return re.compile((" " + _trie(list(_KEYS)) + "(?= )").encode())


_KEY_WORDS = _key_pattern()
# the prefix words as _WORD_BEFORE reads them: ASCII letters only
_BYTE_PREFIX = frozenset(w.encode() for w in _PREFIX if w.isascii() and w.isalpha())
_DIGITS_TABLE = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))  # digits to "0", the rest to " "


def _fold(text: str) -> bytes:
    """*text* as one byte per character: lower-case ASCII letters and digits, everything else a space."""
    return text.encode("ascii", "replace").translate(_FOLD)


def _keys(text: str, low: bytes) -> list[tuple[int, int, str]]:
    """Where the words and numbers every time mention contains stand, in order, with their key category.

    *low* is ``_fold(text)``; numbers no branch can hold are left out.
    """
    keys = _BYTE_KEYS
    # a match at i in " " + low + " " is a space and the word after it: the word at i in the text
    out = [(m.start(), m.end() - 1, keys[m.group()]) for m in _KEY_WORDS.finditer(b" " + low + b" ")]
    digits = low.translate(_DIGITS_TABLE)
    i = digits.find(b"0")
    while i >= 0:
        end = digits.find(b" ", i)
        if i < 2 or text[i - 1] not in ",." or not "0" <= text[i - 2] <= "9":  # not "1,500" or "3.5"
            cat = _number_key(text, i, len(digits) if end < 0 else end)
            if cat is not None:
                out.append((i, i + 1, cat))
        i = -1 if end < 0 else digits.find(b"0", end)
    out.sort()
    return out


class Found:
    """A candidate time mention: its kind, span in the text and the named parts matched.

    ``parts`` maps part names to the text they matched (``None`` or absent for a part
    that took no part); ``get(name)`` reads one.
    """

    __slots__ = ("end", "get", "kind", "parts", "start")

    def __init__(self, kind: str, start: int, end: int, parts: dict[str, str | None]) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.parts = parts
        self.get = parts.get

    def __repr__(self) -> str:
        return f"Found({self.kind!r}, {self.start}, {self.end})"

    def with_parts(self, **parts: str) -> Found:
        """The same mention with *parts* changed."""
        return Found(self.kind, self.start, self.end, {**self.parts, **parts})


def _starts(text: str, low: bytes, key: int, word: bytes, floor: int) -> list[tuple[int, bytes]]:
    """Where a mention holding the key *word* at *key* may begin, and the word there.

    The key itself, an apostrophe before it (word ``'``) or up to six words before it.
    """
    starts = [(key, word)]
    pos = key
    if pos > 0 and text[pos - 1] in "'’" and pos - 1 >= floor:
        pos -= 1
        starts.append((pos, b"'"))
    for _ in range(_MAX_PREFIX):
        lo = pos - 20
        before = _prefix_before(text, low, lo if lo > floor else floor, pos)
        if before is None:
            break
        starts.append(before)
        pos = before[0]
    if len(starts) > 1:
        starts.reverse()
    return starts


def _prefix_before(text: str, low: bytes, lo: int, pos: int) -> tuple[int, bytes] | None:
    """Start and word of the word that may open a mention, up to three separators before *pos*.

    The same as ``_WORD_BEFORE.search(text, lo, pos)`` with its word in ``_PREFIX``, read from
    the folded bytes *low* instead.
    """
    head = low[lo:pos].rstrip(b" ")
    if not head or not 97 <= head[-1] <= 122:  # no letter before the gap
        return None
    i = head.rfind(b" ") + 1
    word = head[i:]
    if word not in _BYTE_PREFIX:
        if word.isalpha():
            return None
        m = _WORD_BEFORE.search(text, lo, pos)  # letters after digits ("fy2"): let the pattern read it
        if m is None or m.group(1).lower() not in _PREFIX:
            return None
        return m.start(), m.group(1).lower().encode()
    gap = text[lo + len(head) : pos]
    if gap.endswith("\n"):  # "$" also matches before a final line break
        gap = gap[:-1]
    if len(gap) > 3 or gap.strip(" \t\xa0,-"):
        return None
    return lo + i, word


def _number_key(text: str, key: int, end: int) -> str | None:
    """The key category of the number at *key* (ASCII digits up to *end*), or None.

    None for an amount (``1,500``, ``3.2%``, ``7.5 billion``, ``$2021``) and for digits no
    branch can hold.
    """
    if end < len(text) and not text[end].isascii():
        end = _DIGITS.match(text, key).end()  # other digits go on the run, as for ``\d``
    if text[end : end + 1] in (",", "%", ".") and _AMOUNT.match(text, key):
        return None
    if key and text[key - 1] in "$€£¥#":
        return None
    return _number_category(text, key, end - key)


def _letter_within_two(text: str, pos: int) -> bool:
    """Whether an ASCII letter follows *pos* after at most two spaces (``1800 GMT``, ``0600hrs``)."""
    c = text[pos : pos + 3].lstrip(" \t\xa0")[:1]
    return c.isascii() and c.isalpha()


def _number_category(text: str, key: int, run: int) -> str | None:
    """The key category of the *run* digits at *key*, or None when no branch can hold them.

    Only a year, a date or a clock time holds four digits, nothing more; one to three
    digits must be followed by what some branch reads after a number (``:30``, ``th``,
    ``s``, ``/``, a unit, a month, ``times``, ``a.m.``) or follow an apostrophe (``'90s``).
    The category names only the branches that can hold the digits given what follows
    them (``10:30`` a clock, ``1990s`` a decade).
    """
    if run == 4:
        after = text[key + 4 : key + 5]
        if after == "-" or after == "s":
            return "digit4" + after
        return "digit4a" if _letter_within_two(text, key + 4) else "year4"
    if run > 4:
        return None
    if key > 0 and text[key - 1] in "'’":
        return "digit12" if run <= 2 else "digitn"
    if _AFTER_NUMBER.match(text, key + run) is None:
        return None
    if run == 3:
        return "digitn"
    return _SMALL_NUMBER_AFTER.get(text[key + run], "digit12w")


_SMALL_NUMBER_AFTER = {
    **{c: "digit12" + c for c in ":/.-"},
    **dict.fromkeys(" \t\xa0", "digit12 "),
    **dict.fromkeys("aApP", "digit12a"),
    "s": "digit12s",
    **dict.fromkeys("nrt", "digit12o"),
}
"""The key category of one or two digits by the character after them (``_AFTER_NUMBER`` admitted it)."""


def scan(text: str) -> Iterator[Found]:
    """Every candidate time mention in *text*, left to right, without overlaps.

    The words every mention must contain (month and weekday names, units,
    numbers, ``today``, …) are found with one search of the folded text; each
    branch of the grammar is tried only where such a word stands, beginning at
    the word or at the few words before it that may open a mention (``early``,
    ``the end of``, ``last``, …), and only at a word it can begin with
    (:data:`_OPENERS`).
    """
    done = 0
    low = _fold(text)
    plans = _PLANS_WITH_TIMES if b" times" in low else _PLANS  # "\w{2,10} times a day"
    for key, key_end, cat in _keys(text, low):
        if key < done:
            continue
        starts = _starts(text, low, key, b"0" if low[key] < 97 else low[key:key_end], done)  # 0: a number
        for kind, pattern, opens, renamed in plans[cat]:
            for start, word in starts:
                if opens is not None and word not in opens:
                    continue  # the branch cannot begin with this word
                m = pattern.match(text, start)
                if m is not None and m.end() >= key_end:
                    done = m.end()
                    yield Found(kind, start, done, _parts(m, renamed) if renamed else m.groupdict())
                    break
            else:
                continue  # no start for this branch: try the next
            break  # found


_Plan = tuple[tuple[str, Any, "frozenset[bytes] | None", tuple[tuple[str, str], ...]], ...]


class _Plans(dict[str, _Plan]):
    """For each key category, the branches to try in order: kind, pattern, openers, renamed groups and their names.

    Built the first time a text needs it, like :class:`_Branches`.
    """

    def __init__(self, openers: dict[str, frozenset[bytes] | None]) -> None:
        super().__init__()
        self.openers = openers

    def __missing__(self, cat: str) -> _Plan:
        plan = []
        for kind in _CATEGORIES[cat]:
            pattern = _BRANCH_PATTERNS[kind]
            renamed = tuple((name, name.split("__")[0]) for name in pattern.groupindex if "__" in name)
            plan.append((kind, pattern, self.openers[kind], renamed))
        self[cat] = out = tuple(plan)
        return out


_PLANS = _Plans(_OPENERS)
_PLANS_WITH_TIMES = _Plans(_OPENERS_WITH_TIMES)


def _parts(m: Any, renamed: tuple[tuple[str, str], ...]) -> dict[str, str | None]:
    """The groups of a match, a renamed group's text (``hh__2``) also under its part's name (``hh``)."""
    parts = m.groupdict()
    for group, name in renamed:  # in order: the last group that matched wins
        value = parts[group]
        if value is not None:
            parts[name] = value
    return parts


def zone_after(text: str, end: int) -> tuple[str, int] | None:
    """A place named right after a mention (``in Pakistan``, ``Kabul time``): its name and end."""
    m = _after().match(text, end)
    if m is None:
        return None
    return m.group("place") or m.group("place2"), m.end()
