"""Reading a found mention: its TIMEX3 type, value and mod, and the local period it names."""

from __future__ import annotations

import datetime as _dt
import re
import string
from collections.abc import Callable
from typing import NamedTuple

import attrs

from ..model import _replace
from . import calendar as cal
from .lexicon import (
    DAY_PARTS,
    MODS,
    MONTHS,
    NUMBERS,
    ORDINALS,
    QUANT_MODS,
    SEASONS,
    SET_ADVERBS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)
from .scanner import Found
from .tense import tense
from .zones import abbreviation_zone, offset_zone

__all__ = ["Context", "Reading", "read"]


@attrs.frozen
class Context:
    """What a mention is read against.

    ``day`` is the reference day in ``zone`` (``None`` when the document has
    no date); ``moment`` the reference instant when known; ``anchor`` names
    where the reference came from; ``how`` forces the direction of weekday and
    month readings (``"nearest"`` for restatements); ``base`` is a day named
    earlier in the sentence, for clock times without their own day; ``last``
    the first day of the period last named in the text, the anchor of
    ``a year earlier`` and ``the following week``, and ``last_value`` its
    TIMEX3 value (``the same month last year``); ``last_day`` the day last
    named, the anchor of ``three days later``, ``the same day`` and ``in
    morning trading``; ``headline`` is true for the title; ``zone_from``
    says where the zone came from (``"dateline"``, ``"site"``, ``"utc"``) and
    ``page_day`` is the publication day in that zone, when known.
    """

    day: _dt.date | None
    zone: str
    moment: _dt.datetime | None = None
    anchor: str | None = None
    month_first: bool = False
    how: str | None = None
    base: _dt.date | None = None
    headline: bool = False
    last: _dt.date | None = None
    last_day: _dt.date | None = None
    last_value: str | None = None
    zone_from: str | None = None
    page_day: _dt.date | None = None


def with_last(ctx: Context, last: _dt.date | None, last_value: str | None, last_day: _dt.date | None) -> Context:
    """*ctx* with the period and day last named (``attrs.evolve``, faster: a Context has no checks to re-run)."""
    return _replace(ctx, last=last, last_value=last_value, last_day=last_day)


class Reading(NamedTuple):
    """A mention read: TIMEX3 ``type``/``value``/``mod`` (``freq``/``quant`` for sets) and the local period."""

    type: str
    value: str
    mod: str | None = None
    zone: str | None = None
    span: cal.Span | None = None
    anchored: bool = False
    alternatives: tuple[str, ...] = ()
    day: _dt.date | None = None
    start_shift: int = 0
    freq: str | None = None
    quant: str | None = None


def _mod(f: Found) -> str | None:
    word = f.get("mod") or f.get("pos")
    return MODS.get(word.lower()) if word else None


def _number(word: str | None) -> float | None:
    if word is None:
        return None
    w = word.lower()
    if w in VAGUE_NUMBERS:
        return None
    if w[0].isdigit():
        return float(w)
    if "-" in w:
        parts = [NUMBERS.get(p) for p in w.split("-")]
        return float(sum(parts)) if all(p is not None for p in parts) else None
    v = NUMBERS.get(w)
    return float(v) if v is not None else None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _ref_day(ctx: Context, zone: str | None) -> _dt.date | None:
    if ctx.day is None:
        return None
    if zone and zone != ctx.zone and ctx.moment is not None:
        from .zones import fixed

        tz = fixed(zone)
        if tz is not None:
            return ctx.moment.astimezone(tz).date()
    return ctx.day


def _how(f: Found, text: str, ctx: Context) -> str | None:
    if ctx.how:
        return ctx.how
    return tense(text, f.start, f.end, ctx.headline)


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_reading(
    d: _dt.date, ctx: Context, mod: str | None = None, anchored: bool = True, alternatives: tuple[str, ...] = ()
) -> Reading:
    return Reading("DATE", d.isoformat(), mod, ctx.zone, cal.narrow(cal.day_span(d), mod), anchored, alternatives, d)


# --- dates ------------------------------------------------------------------------


def _iso(f: Found, text: str, ctx: Context) -> Reading | None:
    try:
        d = _dt.date(int(f.parts["y"]), int(f.parts["mo"]), int(f.parts["d"]))
    except ValueError:
        return None
    if f.get("hh") is None:
        return _day_reading(d, ctx, anchored=False)
    z = f.get("z")
    zone = ctx.zone
    suffix = ""
    if z:
        if z != "Z" and (int(z[1:3]) > 14 or int(z[-2:]) > 59):
            return None  # no such offset (+80:00): not a timestamp
        zone = "UTC" if z == "Z" else offset_zone(z[0], int(z[1:3]), int(z[-2:]))
        suffix = "Z" if zone == "UTC" else z
    t = cal.at(d, int(f.parts["hh"]), int(f.parts["mm"]))
    return Reading(
        "TIME",
        f"{d.isoformat()}T{t:%H:%M}{suffix}",
        None,
        zone,
        (t, t + _dt.timedelta(minutes=1)),
        False,
        day=d,
    )


def _date_near(ref: _dt.date, month: int, day: int, f: Found, text: str, ctx: Context) -> _dt.date | None:
    """``cal.date_near`` with the mention's tense, read only when it decides (past and future readings differ)."""
    past = cal.date_near(ref, month, day, "past")
    if past == cal.date_near(ref, month, day, "future"):
        return past  # then every direction gives it
    return cal.date_near(ref, month, day, _how(f, text, ctx))


def _explicit_date(f: Found, text: str, ctx: Context) -> Reading | None:
    month, day = _month(f.parts["mon"]), int(f.parts["day"])
    if f.get("year"):
        try:
            return _day_reading(_dt.date(int(f.parts["year"]), month, day), ctx, anchored=False)
        except ValueError:
            return None
    ref = _ref_day(ctx, ctx.zone)
    if ref is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}")
    yrel = f.get("yrel")
    if yrel:  # "May 5 last year"
        try:
            return _day_reading(_dt.date(ref.year + _SHIFT[yrel], month, day), ctx)
        except ValueError:
            return None
    d = _date_near(ref, month, day, f, text, ctx)
    wd = f.get("wdp")
    if d is not None and wd:
        w = WEEKDAYS.get(wd.lower().rstrip("."))
        for y in (d.year, ref.year, ref.year - 1, ref.year + 1):
            try:
                cand = _dt.date(y, month, day)
            except ValueError:
                continue
            if cand.weekday() == w:
                d = cand
                break
    return _day_reading(d, ctx) if d else None


def _month_year(f: Found, text: str, ctx: Context) -> Reading:
    y, m = int(f.parts["year"]), _month(f.parts["mon"])
    mod = _mod(f)
    return Reading("DATE", f"{y:04d}-{m:02d}", mod, ctx.zone, cal.narrow(cal.month_span(y, m), mod))


def _numeric(f: Found, text: str, ctx: Context) -> Reading | None:
    a, b, y = int(f.parts["a"]), int(f.parts["b"]), f.parts["y"]
    year = int(y)
    if len(y) == 2:
        now = (ctx.day.year if ctx.day else 2000) % 100
        year += 2000 if year <= now + 10 else 1900
    readings = []
    for m, d in ((a, b), (b, a)) if ctx.month_first else ((b, a), (a, b)):
        try:
            readings.append(_dt.date(year, m, d))
        except ValueError:
            continue
    if not readings:
        return None
    others = tuple(dict.fromkeys(r.isoformat() for r in readings[1:] if r != readings[0]))
    return _day_reading(readings[0], ctx, anchored=False, alternatives=others)


_MONTH_CONTEXT = frozenset(
    [
        "in",
        "since",
        "by",
        "until",
        "till",
        "from",
        "of",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "through",
        "during",
        "before",
        "after",
        "end",
        "beginning",
        "start",
        "to",
        "between",
        "and",
        "or",
        "on",
    ]
)
_WORD_BEFORE = re.compile(r"([A-Za-z]{1,20})[-\s,]{1,3}$")  # searched in a 20-character window
_LETTERS = string.ascii_letters


def _word_before(text: str, start: int) -> str:
    """The word before *start* in lower case, or "": ``_WORD_BEFORE.search(text, start - 20, start)``, by string methods.

    The gap after the word is one to three of ``-``, ``,`` and spaces (four when a line break ends it).
    """
    window = text[max(0, start - 20) : start]
    core = window.rstrip()
    while core[-1:] in ("-", ","):
        core = core[:-1].rstrip()
    gap = len(window) - len(core)
    if not (0 < gap <= 3 or (gap == 4 and window[-1] == "\n")):  # "$" also matches before a final line break
        return ""
    return core[len(core.rstrip(_LETTERS)) :].lower()


def _month_only(f: Found, text: str, ctx: Context) -> Reading | None:
    name = f.parts["mon"]
    rel = (f.get("rel") or "").lower()
    mod = _mod(f)
    if (
        name.lower() in ("may", "march")
        and not rel
        and not mod
        and _word_before(text, f.start) not in _MONTH_CONTEXT
    ):
        return None
    m = _month(name)
    ref = _ref_day(ctx, ctx.zone)
    if ref is None:
        return Reading("DATE", f"XXXX-{m:02d}", mod)
    yrel = (f.get("yrel") or "").lower()
    if yrel:  # "October of next year"
        y = (ctx.last or ref).year if yrel == "that" else ref.year + {"next": 1, "last": -1}.get(yrel, 0)
        return Reading("DATE", f"{y:04d}-{m:02d}", mod, ctx.zone, cal.narrow(cal.month_span(y, m), mod), True)
    how = {"last": "last", "past": "last", "next": "next", "coming": "next", "this": None}.get(rel, "")
    if how == "":  # the tense decides, except for the reference month itself
        how = None if m == ref.month else _how(f, text, ctx)
    y = cal.month_near(ref, m, how)
    return Reading("DATE", f"{y:04d}-{m:02d}", mod, ctx.zone, cal.narrow(cal.month_span(y, m), mod), True)


_YEAR_CONTEXT = frozenset(
    [
        "in",
        "since",
        "by",
        "until",
        "till",
        "from",
        "of",
        "early",
        "late",
        "mid",
        "this",
        "through",
        "during",
        "before",
        "after",
        "end",
        "beginning",
        "start",
        "to",
        "between",
        "and",
        "or",
        "the",
        "year",
        "fiscal",
        "fy",
        "around",
        "circa",
    ]
)
_PLURAL_AFTER = re.compile(
    r"[ \t\xa0]{1,3}(?:[a-z]+s|people|men|women|children|police|staff|personnel)\b|\s?(?:%|percent|per\s+cent)"
)
_NOT_PLURAL = frozenset(
    ["was", "is", "has", "this", "its", "his", "as", "us", "thus", "plus", "versus", "less"]
)
_NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z]+[ \t\xa0]$")
_NAME_AFTER = re.compile(r"[ \t\xa0](?!(?:" + "|".join(m.capitalize() for m in MONTHS) + r")\b)[A-Z][a-z]")
_CAPS_BEFORE = re.compile(r"\b[a-z]{0,3}[A-Z][A-Za-z]*[ \t\xa0]$")
_QUANTITY = frozenset(
    [
        "some",
        "about",
        "nearly",
        "almost",
        "over",
        "than",
        "only",
        "just",
        "roughly",
        "approximately",
        "least",
        "another",
    ]
)


_POSSESSIVE_BEFORE = re.compile(r"(?:\w['’]s|s['’]|(?<![\w])(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur))[ \t\xa0]{1,3}$")


def _year(f: Found, text: str, ctx: Context) -> Reading | None:
    mod = _mod(f)
    if f.get("yy"):
        if _word_before(text, f.start) not in _YEAR_CONTEXT and _CAPS_BEFORE.search(
            text, max(0, f.start - 30), f.start
        ):
            return None  # "iLife '11", "Windows '95": a version in a name
        yy = int(f.parts["yy"])
        ref_year = ctx.day.year if ctx.day else 2000
        y = 2000 + yy if 2000 + yy <= ref_year + 10 else 1900 + yy
        return Reading("DATE", f"{y:04d}", mod, ctx.zone, cal.narrow(cal.year_span(y), mod))
    y = int(f.parts["year"])
    if not mod and not f.get("fy"):
        before = _word_before(text, f.start)
        if f.start and text[f.start - 1] in "$€£#":
            return None
        plural = _PLURAL_AFTER.match(text, f.end)
        if plural and plural.group().strip() in _NOT_PLURAL:
            plural = None  # "the end of 2000 was", "for 2008 as a whole": no plural noun
        if (
            plural
            and ctx.day is not None
            and abs(y - ctx.day.year) <= 10
            and y % 100
            and _POSSESSIVE_BEFORE.search(text, max(0, f.start - 8), f.start)
        ):
            plural = None  # "the company's 2008 profits", "its 2010 sales": a year, not a count
        if before in _QUANTITY or ((before not in _YEAR_CONTEXT or before == "of") and plural):
            return None  # "some 2000 people", "2021 votes"
        named = before not in _YEAR_CONTEXT and _NAME_BEFORE.search(text, max(0, f.start - 30), f.start)
        if named and ctx.day is not None and abs(y - ctx.day.year) > 10:
            return None  # "Cyberpunk 2077", "Windows 2000": part of a name; "WWDC 2005" is kept
        if named and _NAME_AFTER.match(text, f.end):
            return None  # "the Russell 2000 Index", "Vision 2030 Plan": a year between names
    if f.get("fy"):
        return Reading("DATE", f"FY{y:04d}", None, ctx.zone, None)
    return Reading("DATE", f"{y:04d}", mod, ctx.zone, cal.narrow(cal.year_span(y), mod))


_DECADE_BEFORE = re.compile(
    r"(?<![\w])[Tt]he[ \t\xa0]{1,3}(?:early|late|mid|middle)?-?[ \t\xa0]{0,3}(?:\d\d|['’]\d)?\d0s"
    r"[ \t\xa0,]{1,3}(?:and|or|to|through|into)[ \t\xa0]{1,3}$"
)


def _decade(f: Found, text: str, ctx: Context) -> Reading | None:
    mod = _mod(f)
    if f.get("bare"):  # "80s" alone is an age ("in their 80s"), but not in "the 1970s and 80s"
        if not _DECADE_BEFORE.search(text, max(0, f.start - 40), f.start):
            return None
        f = f.with_parts(dd=f.parts["bare"])
    if f.get("dec"):
        y = int(f.parts["dec"])
    else:
        dd = int(f.parts["dd"])
        ref_year = ctx.day.year if ctx.day else 2000
        y = 2000 + dd if 2000 + dd <= ref_year else 1900 + dd
    return Reading("DATE", f"{y // 10:03d}", mod, ctx.zone, cal.narrow(cal.year_span(y, 10), mod))


def _century(f: Found, text: str, ctx: Context) -> Reading | None:
    word = f.parts["cent"].lower()
    n = int(word[:-2]) if word[0].isdigit() else ORDINALS.get(word)
    if not n or n > 21:
        return None
    mod = _mod(f)
    y = (n - 1) * 100
    return Reading("DATE", f"{n - 1:02d}", mod, ctx.zone, cal.narrow(cal.year_span(max(y, 1), 100), mod))


_QUARTER_WORDS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
}


def _half(f: Found, ctx: Context) -> Reading | None:
    """``the first half of 2008``, ``the second half of next year``, ``H1 2009``: ``2008-H1``."""
    h = int(f.parts["h"]) if f.get("h") else (1 if f.parts["half"].lower() == "first" else 2)
    if f.get("year"):
        y = int(f.parts["year"])
    else:
        ref = _ref_day(ctx, ctx.zone)
        if ref is None:
            return Reading("DATE", f"XXXX-H{h}")
        y = ref.year + _SHIFT.get((f.get("rel") or "").lower(), 0)
    lo = cal.at(_dt.date(y, 6 * h - 5, 1))
    hi = cal.at(_dt.date(y + 1, 1, 1) if h == 2 else _dt.date(y, 7, 1))
    return Reading("DATE", f"{y:04d}-H{h}", None, ctx.zone, (lo, hi), not f.get("year"))


def _quarter(f: Found, text: str, ctx: Context) -> Reading | None:
    if f.get("half") or f.get("h"):
        return _half(f, ctx)
    ref = _ref_day(ctx, ctx.zone)
    ordw = (f.get("ord") or "").lower()
    q = int(f.parts["q"]) if f.get("q") else _QUARTER_WORDS.get(ordw)
    rel = (f.get("rel") or "").lower()
    if f.get("year"):
        y = int(f.parts["year"])
    elif ref is None:
        return Reading("DATE", f"XXXX-Q{q}" if q else "XXXX-QX")
    else:
        y = ref.year + {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
        if ordw == "last" and not rel:
            cur = (ref.month - 1) // 3 + 1
            y, q = (y, cur - 1) if cur > 1 else (y - 1, 4)
        elif not rel and q is not None and 3 * q - 2 > ref.month:
            how = _how(f, text, ctx)  # a quarter that has not begun yet: last year's in a past clause,
            ahead = 3 * q - 2 - ref.month  # this year's in a future one, else the nearer of the two
            if how == "past" or (how is None and ahead > 12 - (3 * q - ref.month)):
                y -= 1
    if q is None:
        return None
    return Reading("DATE", f"{y:04d}-Q{q}", None, ctx.zone, cal.quarter_span(y, q), not f.get("year"))


def _season(f: Found, text: str, ctx: Context) -> Reading | None:
    word = f.parts["season"].lower()
    code = SEASONS[word]
    rel = (f.get("rel") or "").lower()
    mod = _mod(f)
    south = cal.southern(ctx.zone)  # seasons are reversed south of the equator

    def reading(y: int, anchored: bool) -> Reading:
        span = cal.narrow(cal.season_span(y, code, south), mod)
        return Reading("DATE", f"{y:04d}-{code}", mod, ctx.zone, span, anchored)

    if f.get("year"):
        return reading(int(f.parts["year"]), False)
    if word == "fall" and rel in ("", "the", "that"):
        return None
    if _NOT_A_SEASON.match(text, f.end):
        return None  # "the winter solstice" is a day; "Spring/Summer 2024" a collection
    if not mod and rel in ("", "the", "that") and not _SEASON_AS_NOUN.match(text, f.end):
        return None  # "winter tires", "the spring runways": a season's kind of thing, not a time
    if not rel and not mod and not _bare_season(f, word, text):
        return None
    ref = _ref_day(ctx, ctx.zone)
    if ref is None:
        return Reading("DATE", f"XXXX-{code}", mod)
    first, last = cal.season_months(code, south)
    cur_year = ref.year - (1 if last > 12 and ref.month < last - 12 else 0)
    how = {"last": "last", "past": "last", "next": "next", "coming": "next", "this": "this"}.get(rel)
    if how is None:
        how = _how(f, text, ctx)
    start_this = _dt.date(cur_year, first, 1)
    if how == "this":
        y = cur_year
    elif how in ("last", "past"):
        y = cur_year - 1 if how == "last" or ref < start_this else cur_year
    elif how in ("next", "future"):
        end_this = cal.season_span(cur_year, code, south)[1].date()
        y = cur_year + 1 if how == "next" or ref >= end_this else cur_year
    else:
        y = cur_year
    return reading(y, True)


_VERB_BEFORE = frozenset(
    [
        "to",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "should",
        "did",
        "does",
        "do",
        "not",
        "a",
        "an",
    ]
)
_SPRING_AFTER = re.compile(r"[ \t\xa0]{1,3}(?:up|from|into|back|forth|out|open|for|loaded|water|s)(?![\w])")
_NAME_NEXT = re.compile(
    r"[ \t\xa0]{1,3}(?:[A-Z]|(?:said|says|told|added|wrote|explained|asked)(?![\w]))|,[ \t\xa0]{1,3}(?:said|says)(?![\w])"
)
_SEASON_AS_NOUN = re.compile(
    r"[ \t\xa0]{0,3}(?:[.,;:!?)\]\"”’']|\n|$)"
    r"|[ \t\xa0]{1,3}(?:and|or|but|nor|to|in|of|on|at|for|with|from|by|into|when|as|than|that|which|before|after|until"
    r"|is|was|were|has|had|have|will|would|could|can|may|might|should|must|seems|seemed|begins|began|starts|started"
    r"|ends|ended|arrives|arrived|came|comes|brings|brought|shows|showed|saw|sees|months|season|weeks|days"
    r"|approaches|approached|looms|loomed|passed|set|sets"
    r"|meetings?|sessions?|holidays?|break|vacation|recess|term|semester|sitting|summit|conference)(?![\w])"
)
_NOT_A_SEASON = re.compile(r"[ \t\xa0]{0,3}/|[ \t\xa0]{1,3}(?:solstice|equinox)(?![\w])")


def _bare_season(f: Found, word: str, text: str) -> bool:
    """Whether a season named alone (``spring shows signs``, ``their autumn meetings``) is the season."""
    if f.end < len(text) and text[f.end] == "-":
        return False  # "spring-loaded", "summer-long"
    if text[f.start].isupper() and _NAME_NEXT.match(text, f.end):
        return False  # "Summer Olympics", "Autumn Beverly", "Winter said": a name
    if word == "spring":  # also a verb and a water source
        return _word_before(text, f.start) not in _VERB_BEFORE and not _SPRING_AFTER.match(text, f.end)
    return True


# --- relative expressions -----------------------------------------------------------


def _unit_period(ref: _dt.date, unit: str, shift: int) -> tuple[str, cal.Span] | None:
    if unit == "day":
        d = ref + _dt.timedelta(days=shift)
        return d.isoformat(), cal.day_span(d)
    if unit == "week":
        d = ref + _dt.timedelta(weeks=shift)
        return cal.week_value(d), cal.week_span(d)
    if unit == "weekend":
        d = ref + _dt.timedelta(weeks=shift)
        return cal.week_value(d) + "-WE", cal.weekend_span(d)
    if unit == "month":
        d = cal.add_months(ref.replace(day=1), shift)
        return f"{d.year:04d}-{d.month:02d}", cal.month_span(d.year, d.month)
    if unit == "quarter":
        q = (ref.month - 1) // 3 + shift
        y, q = ref.year + q // 4, q % 4 + 1
        return f"{y:04d}-Q{q}", cal.quarter_span(y, q)
    if unit == "year":
        y = ref.year + shift
        return f"{y:04d}", cal.year_span(y)
    if unit == "decade":
        y = (ref.year // 10 + shift) * 10
        return f"{y // 10:03d}", cal.year_span(y, 10)
    if unit == "century":
        y = (ref.year // 100 + shift) * 100
        return f"{y // 100:02d}", cal.year_span(max(y, 1), 100)
    return None


_THE_LAST = re.compile(r"(?<![\w])[Tt]he[ \t\xa0]{1,3}last[ \t\xa0]")
_OF = re.compile(r"[ \t\xa0]{1,3}of(?![\w])")
_SHIFT = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}


def _relunit(f: Found, text: str, ctx: Context) -> Reading | None:
    if f.get("yearend"):  # "by year-end": the end of the reference year; in a past clause, the last one gone
        ref = _ref_day(ctx, ctx.zone)
        if ref is None:
            return Reading("DATE", "XXXX", "END")
        y = ref.year - 1 if ref.month < 12 and _how(f, text, ctx) == "past" else ref.year
        return Reading("DATE", f"{y:04d}", "END", ctx.zone, cal.narrow(cal.year_span(y), "END"), True)
    rel = (f.get("rel") or "").lower()
    if f.get("dir"):  # "a year earlier": relative to the period last named
        d = f.parts["dir"].lower()
        if d in ("before", "after"):
            return None  # "a year before the vote": a duration before an event, not a date
        if rel.split()[-1] == "year" and d == "earlier":
            got = _same_period_year_before(f, text, ctx)
            if got is not None:  # "the same period a year earlier"
                return got
        return _anchored(1 if d == "later" else -1, rel.split()[-1], ctx, f)
    unit = f.parts["unit"].lower()
    post = (f.get("post") or "").lower()
    if post:  # "the year before", "the day after": next to the period last named
        return _anchored(1 if post == "after" else -1, unit, ctx, f)
    if f.get("inmod"):  # "early in the year": the start of the one last named
        f = f.with_parts(mod=f.parts["inmod"])
    if rel == "the" and (f.get("whole") or unit == "day" or f.get("rmod") or f.get("inmod")):
        return _the_period(f, unit, ctx)  # "the entire year", "later in the week": the one last named
    if rel in ("previous", "following") or unit == "day":
        return _anchored(_SHIFT[rel], unit, ctx, f)
    if f.get("tp") or (rel == "past" and unit == "weekend"):
        return _just_past(unit, ctx)  # "this past weekend", "over the past weekend": the one just gone
    if rel == "past" or (
        rel == "last"
        and not _mod(f)
        and _THE_LAST.search(text, f.start, f.end)
        and not _OF.match(text, f.end)
    ):
        return Reading("DURATION", _duration_value(1, unit), None)  # "over the last year": twelve months
    ref = _ref_day(ctx, ctx.zone)
    if ref is None:
        return Reading("DATE", "PRESENT_REF" if rel in ("this", "current") else "XXXX", _mod(f))
    if rel == "the" and unit == "weekend":
        how = _how(f, text, ctx)
        sat = cal.weekday_near(ref, 5, "future" if how == "future" else "past")
        return Reading("DATE", cal.week_value(sat) + "-WE", None, ctx.zone, cal.weekend_span(sat), True)
    if rel == "last" and unit == "year":
        got = _same_period_year_before(f, text, ctx)
        if got is not None:  # "the same period last year": one mention
            return got
    period = _unit_period(ref, unit, _SHIFT.get(rel, 0))
    if period is None:
        return None
    value, span = period
    mod = _mod(f)
    span = cal.narrow(span, mod)
    rmod = (f.get("rmod") or "").lower()
    if rmod == "earlier" and _SHIFT.get(rel, 0) == 0:
        span = (span[0], max(span[0], min(span[1], cal.at(ref + cal.DAY))))
    elif rmod == "later" and _SHIFT.get(rel, 0) == 0:
        span = (min(max(span[0], cal.at(ref)), span[1]), span[1])
    return Reading("DATE", value, mod, ctx.zone, span, True)


def _just_past(unit: str, ctx: Context) -> Reading | None:
    """``this past weekend``: the latest weekend begun by the reference day; ``this past week`` the week
    ending then (this week from Friday on, else last week); longer units the last one."""
    ref = _ref_day(ctx, ctx.zone)
    if ref is None:
        return Reading("DATE", "PAST_REF")
    if unit == "weekend":
        sat = cal.weekday_near(ref, 5, "past")
        return Reading("DATE", cal.week_value(sat) + "-WE", None, ctx.zone, cal.weekend_span(sat), True)
    period = _unit_period(ref, unit, 0 if unit == "week" and ref.weekday() >= 4 else -1)
    return None if period is None else Reading("DATE", period[0], None, ctx.zone, period[1], True)


_SAME_PERIOD = re.compile(
    r"(?<![\w])(?:[Tt]he[ \t\xa0]{1,3})?same[ \t\xa0]{1,3}(?:period|month|quarter|week|day|time|season)(?:[ \t\xa0]{1,3}of)?[ \t\xa0,]{1,3}$"
)
_SHIFTABLE = re.compile(r"(\d{4})((?:-(?:0[1-9]|1[0-2])(?:-\d\d)?|-Q[1-4]|-(?:SP|SU|FA|WI))?)")


def _same_period_year_before(f: Found, text: str, ctx: Context) -> Reading | None:
    """``the same month last year``, ``the same period a year ago``: the period last named, a year back, as one mention."""
    same = _SAME_PERIOD.search(text, max(0, f.start - 40), f.start)
    got = _period_of(ctx, -1) if same is not None else None
    return None if got is None else got._replace(start_shift=same.start() - f.start)


def _period_of(ctx: Context, years: int = 0) -> Reading | None:
    """The period last named, *years* on: ``the same month last year`` (``2010-02`` gives ``2009-02``)."""
    m = _SHIFTABLE.fullmatch(ctx.last_value or "")
    if m is None:
        return None
    y, rest = int(m.group(1)) + years, m.group(2)
    value = f"{y:04d}{rest}"
    try:
        if len(rest) == 6:  # a day
            d = _dt.date(y, int(rest[1:3]), int(rest[4:6]))
            return Reading("DATE", value, None, ctx.zone, cal.day_span(d), True, day=d)
    except ValueError:
        return None  # 29 February
    if len(rest) == 3 and rest[1].isdigit():  # a month
        span = cal.month_span(y, int(rest[1:]))
    elif rest.startswith("-Q"):
        span = cal.quarter_span(y, int(rest[2]))
    elif rest:
        span = cal.season_span(y, rest[1:], cal.southern(ctx.zone))
    else:
        span = cal.year_span(y)
    return Reading("DATE", value, None, ctx.zone, span, True)


def _the_period(f: Found, unit: str, ctx: Context) -> Reading | None:
    """``the entire year``, ``the start of the day``: the period last named in the text, else the reference one."""
    base = (ctx.last_day if unit in ("day", "week") else ctx.last) or _ref_day(ctx, ctx.zone)
    if base is None:
        return None
    period = _unit_period(base, unit, 0)
    if period is None:
        return None
    mod = _mod(f)
    day = base if unit == "day" else None
    return Reading("DATE", period[0], mod, ctx.zone, cal.narrow(period[1], mod), True, day=day)


def _fiscal(f: Found, text: str, ctx: Context) -> Reading | None:
    """``the financial year``, ``last fiscal year``: ``FY`` and the year of the reference day, shifted."""
    ref = _ref_day(ctx, ctx.zone)
    rel = (f.get("rel") or "").lower()
    if ref is None:
        return Reading("DATE", "FYXXXX", _mod(f))
    return Reading("DATE", f"FY{ref.year + _SHIFT.get(rel, 0):04d}", _mod(f), ctx.zone, None, True)


_WEEK_ORD = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "final": -1}


def _week_of(f: Found, text: str, ctx: Context) -> Reading | None:
    """``the last week of March``: the ISO week whose Thursday is the month's first, second, … or last."""
    m = _month(f.parts["mon"])
    if f.get("year"):
        y = int(f.parts["year"])
    else:
        ref = _ref_day(ctx, ctx.zone)
        if ref is None:
            return None
        y = cal.month_near(ref, m, _how(f, text, ctx))
    first = _dt.date(y, m, 1)
    thursdays = [first + _dt.timedelta(days=(3 - first.weekday()) % 7 + 7 * k) for k in range(5)]
    thursdays = [d for d in thursdays if d.month == m]
    k = _WEEK_ORD[f.parts["ord"].lower()]
    if k >= len(thursdays):
        return None
    d = thursdays[k]
    return Reading("DATE", cal.week_value(d), None, ctx.zone, cal.week_span(d), not f.get("year"))


def _duration_value(n: float | None, unit: str) -> str:
    u = unit.lower().rstrip("s")
    if u == "centurie":
        u = "century"
    amount = "X" if n is None else None
    if u in ("second", "minute", "hour"):
        return f"PT{amount or _fmt(n)}{UNITS[u]}"
    if u == "quarter":
        return f"P{amount or _fmt(3 * n)}M"
    if u == "decade":
        return f"P{amount or _fmt(10 * n)}Y" if amount is None else "PXDE"
    if u == "century":
        return f"P{amount or _fmt(100 * n)}Y" if amount is None else "PXCE"
    return f"P{amount or _fmt(n)}{UNITS[u]}"


def _qmod(f: Found) -> str | None:
    q = f.get("qmod")
    return QUANT_MODS.get(q.lower()) if q else None


def _shift(ref: _dt.date, n: int, unit: str) -> tuple[str, cal.Span] | None:
    if unit in ("day", "week"):
        d = ref + _dt.timedelta(days=n * (7 if unit == "week" else 1))
        return d.isoformat(), cal.day_span(d)
    if unit == "month":
        d = cal.add_months(ref, n)
        return f"{d.year:04d}-{d.month:02d}", cal.month_span(d.year, d.month)
    if unit == "quarter":  # "the previous quarter": next to the quarter last named
        q = (ref.month - 1) // 3 + n
        y, q = ref.year + q // 4, q % 4 + 1
        return f"{y:04d}-Q{q}", cal.quarter_span(y, q)
    if unit == "year":
        return f"{ref.year + n:04d}", cal.year_span(ref.year + n)
    if unit == "decade":
        y = ref.year + 10 * n
        return f"{y // 10:03d}", cal.year_span(y // 10 * 10, 10)
    return None


def _anchored(k: int, unit: str, ctx: Context, f: Found) -> Reading | None:
    """A period *k* units after the one last named in the text (else the reference day)."""
    ref = (ctx.last_day if unit in ("day", "week") else ctx.last) or _ref_day(ctx, ctx.zone)
    if ref is None:
        return Reading("DATE", "FUTURE_REF" if k > 0 else "PAST_REF", _qmod(f))
    if unit == "week":
        d = ref + _dt.timedelta(weeks=k)
        return Reading("DATE", cal.week_value(d), None, ctx.zone, cal.week_span(d), True)
    got = _shift(ref, k, unit)
    if got is None:
        return None
    day = _dt.date.fromisoformat(got[0]) if unit == "day" else None
    return Reading("DATE", got[0], _qmod(f), ctx.zone, got[1], True, day=day)


_THAN = re.compile(r"[ \t\xa0]{1,3}than(?![\w])")


def _ago(f: Found, text: str, ctx: Context) -> Reading | None:
    n = _number(f.get("n"))
    unit = f.parts["unit"].lower()
    unit = "century" if unit == "centurie" else unit
    direction = f.parts["dir"].lower()
    if direction in ("earlier", "later") and _THAN.match(text, f.end):  # "three days later than planned"
        return Reading("DURATION", _duration_value(n, unit), _qmod(f))
    if direction in ("earlier", "later"):  # "three days later": after the day last named
        if n is None or n != int(n):
            return Reading("DATE", "FUTURE_REF" if direction == "later" else "PAST_REF", _qmod(f))
        if unit in ("hour", "minute", "second"):
            return None
        return _anchored(int(n) * (1 if direction == "later" else -1), unit, ctx, f)
    future = not direction.startswith("ago")
    if n == 1 and unit == "year" and not future:
        got = _same_period_year_before(f, text, ctx)
        if got is not None:  # "the same quarter a year ago"
            return got
    if n is None or n != int(n):
        return Reading("DATE", "FUTURE_REF" if future else "PAST_REF", _qmod(f))
    k = int(n) * (1 if future else -1)
    if unit in ("hour", "minute", "second"):
        if ctx.moment is None:
            return Reading("DATE", "FUTURE_REF" if future else "PAST_REF", _qmod(f))
        tz = _tz(ctx.zone)
        t = ctx.moment.astimezone(tz).replace(tzinfo=None, second=0, microsecond=0)
        t += _dt.timedelta(**{unit + "s": k})
        return Reading(
            "TIME", f"{t:%Y-%m-%dT%H:%M}", _qmod(f), ctx.zone, (t, t + _dt.timedelta(minutes=1)), True
        )
    ref = _ref_day(ctx, ctx.zone)
    if ref is None:
        return Reading("DATE", "FUTURE_REF" if future else "PAST_REF", _qmod(f))
    got = _shift(ref, k, unit)
    if got is None:
        return None
    return Reading("DATE", got[0], _qmod(f), ctx.zone, got[1], True)


_SUPERLATIVE = re.compile(
    r"\b(?:first|highest|lowest|most|least|best|worst|biggest|largest|smallest|longest|strongest|weakest|\w+est)\b",
    re.IGNORECASE,
)


def _within(f: Found, text: str, ctx: Context) -> Reading | None:
    if (f.get("n") or "").lower() in ("a", "an") and f.parts["unit"].lower() in ("second", "minute"):
        return None  # "in a second weight class", "in a minute's silence"
    n = _number(f.get("n"))
    unit = f.parts["unit"].lower()
    unit = "century" if unit == "centurie" else unit
    shift = len(f.parts["inw"]) + 1
    while shift < f.end - f.start and text[f.start + shift] in " \t\xa0":
        shift += 1
    duration = Reading("DURATION", _duration_value(n, unit), _qmod(f), start_shift=shift)
    if f.parts["inw"].lower() == "within" or n is None or n != int(n):
        return duration
    how = _how(f, text, ctx)
    if how != "future":
        from .tense import clause

        lo, _hi = clause(text, f.start, f.end)
        if how == "past" or _SUPERLATIVE.search(text, lo, f.start):
            return duration
    ref = _ref_day(ctx, ctx.zone)
    if ref is None:
        return Reading("DATE", "FUTURE_REF")
    if unit == "week":
        d = ref + _dt.timedelta(weeks=int(n))
        return Reading("DATE", cal.week_value(d), None, ctx.zone, cal.week_span(d), True)
    got = _shift(ref, int(n), unit)
    if got is None:
        return duration
    return Reading("DATE", got[0], _qmod(f), ctx.zone, got[1], True)


def _duration(f: Found, text: str, ctx: Context) -> Reading | None:
    n_word = f.get("n")
    unit = f.parts["unit"]
    if n_word and n_word.lower() in ("a", "an") and unit.lower() in ("second", "minute"):
        return None  # "a second term", "a minute's silence"
    n = _number(n_word)
    return Reading("DURATION", _duration_value(n, unit), _qmod(f))


_FREQ_WORDS = {"once": 1, "twice": 2, "thrice": 3}


def _freq(word: str) -> str | None:
    """TIMEX3 ``freq`` of ``twice``, ``three times``, ``10 times`` (``XX`` for ``several times``)."""
    w = word.lower()
    if w in _FREQ_WORDS:
        return f"{_FREQ_WORDS[w]}X"
    count = w.rsplit(None, 1)[0]
    if count in VAGUE_NUMBERS:
        return "XX"
    n = 12.0 if count == "dozen" else _number(count)
    return f"{_fmt(n)}X" if n is not None and n == int(n) and n > 0 else None


def _set(f: Found, text: str, ctx: Context) -> Reading | None:
    """A set: ``every Friday`` (``quant`` ``EVERY``), ``twice a year`` (``freq`` ``2X``), ``weekly``."""
    every = (f.get("every") or "").lower()
    other = f.get("other") is not None
    quant = ("EVERY" if every == "every" else "EACH") if every else None
    wd = f.get("wd") or f.get("wds")
    if wd:
        return Reading(
            "SET",
            f"XXXX-WXX-{WEEKDAYS[wd.lower()] + 1}",
            quant=f"{quant} OTHER" if other and quant else quant,
        )
    adv = f.get("adv")
    if adv:
        return Reading("SET", SET_ADVERBS[adv.lower()], freq="1X")
    freq = _freq(f.parts["freq"]) if f.get("freq") else None
    if f.get("freq") and freq is None:
        return None  # "the times a year": not a count
    unit = (f.get("unit") or "").lower()
    if unit in DAY_PARTS:
        return Reading("SET", f"XXXX-XX-XXT{DAY_PARTS[unit]}", quant=quant)
    if unit == "weekend":
        return Reading("SET", "XXXX-WXX-WE", quant=quant)
    if unit in SEASONS:
        return Reading("SET", f"XXXX-{SEASONS[unit]}", quant=quant)
    n = _number(f.get("n")) if f.get("n") else 1.0
    if other and n is not None:
        n *= 2  # "every other week": every second week
    return Reading("SET", _duration_value(n, unit), quant=quant, freq=freq)


# --- days, parts of days and clock times ---------------------------------------------


_DAYREL = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1, "overnight": 0}


_THE_PART_BEFORE = frozenset(["in", "during", "by", "until", "till", "through", "throughout", "overnight"])
_THE_PART_AFTER = re.compile(r"[ \t\xa0]{1,3}(?:of|before|after|when|that|which|in[ \t\xa0]{1,3}which)(?![\w])|[’']")


def _daypart(f: Found, text: str, ctx: Context) -> Reading | None:
    rel = (f.get("rel") or "").lower()
    if f.get("trade"):  # "in morning trading": a part of the day last named
        f = f.with_parts(part=f.parts["trade"])
        ctx = _replace(ctx, day=ctx.last_day or ctx.day)
    elif f.get("mon"):  # "on the night of June 3": that day's night
        on = _explicit_date(f, text, ctx)
        if on is None:
            return None
        if on.day is None:  # no reference day: "XXXX-06-03TNI"
            return Reading("TIME", f"{on.value}T{DAY_PARTS[f.parts['part'].lower()]}", _mod(f))
        ctx = _replace(ctx, day=on.day)
    elif f.get("the") and not f.get("wd"):  # "in the afternoon", "during the night": a part of the day last named
        if _word_before(text, f.start) not in _THE_PART_BEFORE or _THE_PART_AFTER.match(text, f.end):
            return None
        ctx = _replace(ctx, day=ctx.last_day or ctx.day)
    part = (f.get("part") or ("night" if rel in ("tonight", "overnight") else "")).lower()
    code = DAY_PARTS[part]
    mod = _mod(f)
    ref = _ref_day(ctx, ctx.zone)
    wd = f.get("wd")
    if ref is None:
        base = f"XXXX-WXX-{WEEKDAYS[wd.lower()] + 1}" if wd else "XXXX-XX-XX"
        return Reading("TIME", f"{base}T{code}", mod)
    if wd:
        d = cal.weekday_near(ref, WEEKDAYS[wd.lower()], _how(f, text, ctx))
    else:
        d = ref + _dt.timedelta(days=_DAYREL.get(rel, 0))
    span = cal.narrow(cal.part_span(d, code), mod)
    return Reading("TIME", f"{d.isoformat()}T{code}", mod, ctx.zone, span, True, day=d)


_WEEKDAY_HOW = {"last": "last", "past": "last", "next": "next", "coming": "next", "this": "this"}


_NAMED_DAYS = re.compile(
    r"\b(?:Black|Cyber|Good|Super|Ash|Bloody|Holy|Maundy|Palm|Easter|Giving|Blue|Shrove)[ \t\xa0]$"
)


def _weekday(f: Found, text: str, ctx: Context) -> Reading | None:
    if _NAMED_DAYS.search(text, max(0, f.start - 10), f.start):
        return None  # "Black Monday", "Good Friday": a named day, not the nearest weekday
    w = WEEKDAYS[f.parts["wd"].lower()]
    mod = _mod(f)
    ref = _ref_day(ctx, ctx.zone)
    if ref is None:
        return Reading("DATE", f"XXXX-WXX-{w + 1}", mod)
    rel = (f.get("rel") or "").lower()
    how = _WEEKDAY_HOW.get(rel) or (None if w == ref.weekday() else _how(f, text, ctx))  # the day itself: no tense
    d = cal.weekday_near(ref, w, how)
    if how == "this" and d != ref:  # "will meet this Thursday" said on a Friday: the coming one
        tense_how = _how(f, text, ctx)
        if (tense_how == "future" and d < ref) or (tense_how == "past" and d > ref):
            d = cal.weekday_near(ref, w, tense_how)
    alternatives = ()
    if not rel and ctx.how is None and d != ref:
        other = cal.weekday_near(ref, w, "past" if how == "future" else "future")
        alternatives = (other.isoformat(),)
    return _day_reading(d, ctx, mod, alternatives=alternatives)


_DEICTIC = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "in the past": "PAST_REF",
    **{f"{pre}recent {unit}": "PAST_REF" for pre in ("", "in ") for unit in ("days", "weeks", "months", "years", "decades")},
    "the future": "FUTURE_REF",
    "in the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the medium term": "FUTURE_REF",
    "the time being": "PRESENT_REF",
}
_BACK_IN = re.compile(r"(?<![\w])[Bb]ack[ \t\xa0]{1,3}in[ \t\xa0]{1,3}$")
_THE_DAY_BEFORE = frozenset(
    [
        "on",
        "for",
        "in",
        "end",
        "ends",
        "ended",
        "ending",
        "finish",
        "finished",
        "finishing",
        "close",
        "closed",
        "closing",
        "start",
        "started",
        "starting",
    ]
)  # not "during the day", which is any day
_THE_DAY_AFTER = re.compile(
    r"\s{1,8}(?:before|after|of|when|that|which|following|in\s{1,8}which)\b|\s{0,8}[’']"
)
_THAT_TIME_BEFORE = frozenset(
    ["at", "by", "until", "till", "since", "from", "before", "after", "around"]
)
_DAY_OFFSETS = {
    "today": 0,
    "earlier today": 0,
    "later today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _deictic(f: Found, text: str, ctx: Context) -> Reading | None:
    word = f.parts["deictic"].lower()
    shift = 3 if word.startswith("in ") else 0
    if f.end < len(text) and text[f.end] == "-" and word in ("now", "recent", "currently"):
        return None  # "the now-cancelled deal"
    if f.get("recent"):  # "recent talks"; not "the most recent model", which is one thing
        if _word_before(text, f.start) in ("most", "more", "less", "least"):
            return None
        return Reading("DATE", "PAST_REF")
    if f.get("sameday") or f.get("dayof"):  # "on the same day": the day last named, else the reference day
        day = ctx.last_day or _ref_day(ctx, ctx.zone)
        mod = "START" if word.startswith("early") else "END" if word.startswith("late") else None
        return _day_reading(day, ctx, mod) if day else None
    if f.get("thattime"):  # "by that time": the period last named
        if _word_before(text, f.start) not in _THAT_TIME_BEFORE or _OF.match(text, f.end):
            return None
        return _period_of(ctx)
    if f.get("theday"):
        if _word_before(text, f.start) not in _THE_DAY_BEFORE or _THE_DAY_AFTER.match(text, f.end):
            return None
        if _BACK_IN.search(text, max(0, f.start - 12), f.start):
            return None  # "back in the day": long ago, no day
        day = ctx.base or _ref_day(ctx, ctx.zone)  # the day last named, else the reference day
        return _day_reading(day, ctx) if day else None
    if word.endswith(("the future", "the past")) and _OF.match(text, f.end):
        return None  # "the future of cities": a fate, not a time
    if word in _DEICTIC:
        return Reading("DATE", _DEICTIC[word], start_shift=shift)
    if word == "tonight":
        return _daypart(Found(f.kind, f.start, f.end, {"rel": "tonight"}), text, ctx)
    ref = _ref_day(ctx, ctx.zone)
    if ref is None:
        return Reading("DATE", "PRESENT_REF" if word.endswith("today") else "XXXX-XX-XX")
    return _day_reading(ref + _dt.timedelta(days=_DAY_OFFSETS[word]), ctx)


_APPROX = {
    "about": "APPROX",
    "around": "APPROX",
    "at about": "APPROX",
    "at around": "APPROX",
    "shortly after": "AFTER",
    "just after": "AFTER",
    "shortly before": "BEFORE",
    "just before": "BEFORE",
}


def _tz(name: str) -> _dt.tzinfo:
    from .zones import fixed

    return fixed(name) or _dt.timezone.utc


def clock_zone(f: Found, ctx: Context) -> tuple[str, bool]:
    """The zone a clock time is read in, and whether the text named it."""
    abbr = f.get("zabbr")
    if abbr:
        if f.get("zh") is not None:
            sign = "-" if f.parts["zsign"] in "-−" else "+"
            return offset_zone(sign, int(f.parts["zh"]), int(f.get("zm") or 0)), True
        name = abbreviation_zone(abbr, ctx.zone)
        if name:
            return name, True
    return ctx.zone, False


def _clock(f: Found, text: str, ctx: Context) -> Reading | None:
    word = (f.get("word") or "").lower()
    if word:
        hh, mm = (0, 0) if word == "midnight" else (12, 0)
    else:
        hh, mm = int(f.parts["hh"]), int(f.get("mm") or 0)
        ampm = (f.get("ampm") or "").lower()
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
        if hh > 23:
            return None
    zone, named = clock_zone(f, ctx)
    if f.get("local"):
        zone, named = ctx.zone, False
    mod = _APPROX.get((f.get("approx") or "").lower())
    wd = f.get("wd") or f.get("wdp")
    rel = (f.get("rel") or f.get("relp") or "").lower()
    ref = _ref_day(ctx, zone)
    d: _dt.date | None
    if f.get("mon"):  # "16:15 UTC, June 1st"
        month, day = _month(f.parts["mon"]), int(f.parts["day"])
        if f.get("year"):
            try:
                d = _dt.date(int(f.parts["year"]), month, day)
            except ValueError:
                return None
        else:
            d = _date_near(ref, month, day, f, text, ctx) if ref is not None else None
        if d is None:
            return Reading("TIME", f"XXXX-{month:02d}-{day:02d}T{hh:02d}:{mm:02d}", mod, zone)
    elif wd and ref is not None:
        d = cal.weekday_near(ref, WEEKDAYS[wd.lower()], _how(f, text, ctx))
    elif rel and ref is not None:
        d = ref + _dt.timedelta(days=_DAYREL.get(rel, 0))
    else:
        d = ctx.base or ref
    if d is None:
        day = f"XXXX-WXX-{WEEKDAYS[wd.lower()] + 1}" if wd else "XXXX-XX-XX"
        return Reading("TIME", f"{day}T{hh:02d}:{mm:02d}", mod, zone)
    t = cal.at(d, hh, mm)
    suffix = ""
    if named:
        off = t.replace(tzinfo=_tz(zone)).utcoffset() or _dt.timedelta(0)
        if zone == "UTC":
            suffix = "Z"
        else:
            total = int(off.total_seconds() // 60)
            sign = "-" if total < 0 else "+"
            suffix = f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"
    value = f"{d.isoformat()}T{hh:02d}:{mm:02d}{suffix}"
    return Reading("TIME", value, mod, zone, (t, t + _dt.timedelta(minutes=1)), True, day=d)


# --- holidays ---------------------------------------------------------------------------

_FIXED_HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's": (1, 1),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "hallowe'en": (10, 31),
}
_HOLIDAY_NAME_NEXT = re.compile(r"[ \t\xa0]{1,3}[A-Z]")  # "Christmas Island", "Easter Rising": a name
_HOLIDAY_AS_NOUN = re.compile(
    r"[ \t\xa0]{0,3}(?:[.,;:!?)\]\"”’']|\n|$)"
    r"|[ \t\xa0]{1,3}(?:and|or|but|nor|to|in|of|on|at|for|with|from|by|into|when|as|than|that|which|before|after|until"
    r"|is|was|were|has|had|have|will|would|could|can|may|might|should|must|falls|fell|approaches|approached"
    r"|the|a|an|this|last|next|[a-z]+ed|said|says)(?![\w])"
)
"""What follows a holiday named as a day (``before Christmas,``, ``at Easter the shops``); not ``Christmas sales``."""


def _easter(y: int) -> _dt.date:
    """Easter Sunday of year *y* (Gregorian calendar, the anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return _dt.date(y, month, day + 1)


def _holiday_in(name: str, y: int) -> _dt.date:
    if name in _FIXED_HOLIDAYS:
        return _dt.date(y, *_FIXED_HOLIDAYS[name])
    if name.startswith("easter"):
        return _easter(y) + _dt.timedelta(days=1 if name.endswith("monday") else 0)
    first = _dt.date(y, 11, 1)  # Thanksgiving (United States): the fourth Thursday of November
    return first + _dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _holiday(f: Found, text: str, ctx: Context) -> Reading | None:
    """``Christmas``, ``New Year's Eve``, ``Easter Monday 2009``: the day, in the year the tense points to."""
    if _HOLIDAY_NAME_NEXT.match(text, f.end):
        return None
    if not _HOLIDAY_AS_NOUN.match(text, f.end):
        return None  # "Christmas sales", "the Easter holidays": a season's kind of thing, not the day
    name = " ".join(f.parts["hol"].lower().replace("’", "'").split())
    if f.get("year"):
        return _day_reading(_holiday_in(name, int(f.parts["year"])), ctx, anchored=False)
    ref = _ref_day(ctx, ctx.zone)
    if ref is None:
        if name in _FIXED_HOLIDAYS:
            return Reading("DATE", "XXXX-{:02d}-{:02d}".format(*_FIXED_HOLIDAYS[name]))
        return Reading("DATE", "XXXX-XX-XX")
    options = [_holiday_in(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    nearest = min(options, key=lambda d: (abs((d - ref).days), d > ref))
    how = _how(f, text, ctx) if abs((nearest - ref).days) <= 183 else None
    if how == "past":
        nearest = max((d for d in options if d <= ref and (ref - d).days <= 183), default=nearest)
    elif how == "future":
        nearest = min((d for d in options if d >= ref and (d - ref).days <= 183), default=nearest)
    return _day_reading(nearest, ctx)


_READERS: dict[str, Callable[[Found, str, Context], Reading | None]] = {
    "iso": _iso,
    "clock": _clock,
    "mdy": _explicit_date,
    "dmy": _explicit_date,
    "my": _month_year,
    "numeric": _numeric,
    "set": _set,
    "ago": _ago,
    "within": _within,
    "quarter": _quarter,
    "decade": _decade,
    "century": _century,
    "relunit": _relunit,
    "fiscal": _fiscal,
    "weekof": _week_of,
    "season": _season,
    "daypart": _daypart,
    "weekday": _weekday,
    "deictic": _deictic,
    "month": _month_only,
    "year": _year,
    "duration": _duration,
    "holiday": _holiday,
}


READS_LAST = frozenset({"month", "relunit", "ago", "daypart", "deictic"})
"""The kinds whose readers look at ``Context.last``, ``last_value`` or ``last_day``; the others ignore them."""

_NAMEABLE = frozenset({"deictic", "daypart", "set", "season", "holiday"})


def _in_name(found: Found, text: str, ctx: Context) -> bool:
    """A capitalised word inside a name (``Carlson Tonight``, ``The Daily Telescope``), outside titles."""
    return (
        not ctx.headline
        and found.kind in _NAMEABLE
        and text[found.start].isupper()
        and _NAME_BEFORE.search(text, max(0, found.start - 30), found.start) is not None
    )


def read(found: Found, text: str, ctx: Context) -> Reading | None:
    """Read *found* (from ``text``) against *ctx*; ``None`` when it is not a time after all."""
    if found.kind in _NAMEABLE and _in_name(found, text, ctx):
        return None
    return _READERS[found.kind](found, text, ctx)
