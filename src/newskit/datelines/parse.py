"""Deciding whether the start of a paragraph is a dateline, and reading it.

A shape found by :func:`~newskit.datelines.patterns.match_dateline` is a
dateline when the evidence is strong enough:

* an agency credit (``(AP)``, ``(Reuters)``, ``Hong Kong CNN —``), a date or a
  region/country that the gazetteer knows is always enough;
* a place in capitals (``KARACHI -``) is enough when the gazetteer knows it,
  or, before a dash, when it looks like a name and is no heading
  (``UPDATE —``, ``BREAKING:``);
* a place in ordinary case (``Kabul —``) must be a city the gazetteer knows
  under its own name; a country or state alone is not enough.
"""

from __future__ import annotations

import datetime as _dt

import regex

from ..model import Dateline
from .agencies import canonical_agency
from .gazetteer import GAZETTEER, Place
from .patterns import RawDateline, match_dateline

LABELS = frozenset(
    """
    ABOUT ADVERTISEMENT ADVISORY ALERT ANALYSIS ANNOUNCEMENT ARCHIVE ATTENTION BACKGROUND BOOM BREAKING
    BRIEF BRIEFS BULLETIN CLARIFICATION COLUMN COMMENT COMMENTARY CORRECTION CORRECTIONS DEVELOPING
    DISCLAIMER EDITORIAL EDITOR EDITORS EXCLUSIVE EXPLAINER FACTBOX FACTCHECK FEATURE FLASH FOCUS
    HIGHLIGHTS INTERVIEW LETTER LETTERS LIVE NEWS NOTE NOTICE OBITUARY OPINION PHOTO PHOTOS
    PODCAST POLL PREVIEW PROFILE QUOTE RECAP REPORT REVIEW SCORES SPONSORED SPOILER SPOILERS
    SUMMARY TIMELINE TRANSCRIPT UPDATE UPDATED UPDATES URGENT VIDEO WARNING WATCH WIRE WOW LISTEN
    FLASHBACK REVEALED SHOCK SHOCKING OOPS BOMBSHELL HUFFPOLLSTER
    """.split()  # noqa: SIM905 - a word list reads better as text
)
"""Words that open a paragraph in capitals as a heading, not as a place."""

_FUNCTION_WORDS = frozenset(
    """
    A AN AND ARE AS AT BE BUT BY FOR FROM HE HOW I IF IN IS IT ITS MY NO NOT OF ON OR OUR SHE SO
    THAT THE THEIR THEY THIS TO WAS WE WHAT WHEN WHERE WHO WHY WILL WITH YOU YOUR
    """.split()  # noqa: SIM905
)

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_DATE_PARTS = regex.compile(r"(\p{L}+)|([0-9]+)")
_TRANSCRIPT = regex.compile(r"\p{Lu}[\p{Lu} .'’-]{1,30}:[ \t]")
_CITYLIKE = frozenset({"capital", "city", "special"})
TOWN = 50_000
"""A place in capitals before a colon, with nothing else, must be a city this big (or a capital)."""
BIG_CITY = 250_000
"""A place in ordinary case before a colon must be a capital or a city this big."""


def iso_date(text: str) -> str | None:
    """``"Nov. 5"`` → ``"--11-05"``; ``"March 3, 2021"`` → ``"2021-03-03"``; invalid → ``None``.

    >>> iso_date("Nov. 5"), iso_date("March 3, 2021"), iso_date("5 November 2021"), iso_date("Feb 30")
    ('--11-05', '2021-03-03', '2021-11-05', None)
    """
    month = day = year = None
    for word, num in _DATE_PARTS.findall(text):
        if word and month is None and word[:3].casefold() in _MONTHS:
            month = _MONTHS[word[:3].casefold()]
        elif num and len(num) == 4:
            year = int(num)
        elif num and day is None:
            day = int(num)
    if month is None or day is None:
        return None
    try:
        _dt.date(year or 2000, month, day)  # 2000 is a leap year: "Feb 29" stays valid
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _is_caps(s: str) -> bool:
    return s.isupper()


def _looks_like_name(place: str) -> bool:
    words = regex.split(r"[ \t]+", place.upper())
    if words[0].rstrip(".:") in LABELS or any(w in _FUNCTION_WORDS for w in words):
        return False
    letters = sum(c.isalpha() for c in place)
    return letters >= 4 and len(words) <= 3


def _fits(r: Place, c: Place) -> bool:
    return c.country == r.country and (r.kind == "country" or not r.admin1 or c.admin1 == r.admin1)


def _qualifiers(regions: tuple[str, ...], cands: tuple[Place, ...]) -> tuple[str | None, str | None, bool]:
    """(region as written, country code, whether any qualifier is known).

    A qualifier with several meanings (``Georgia``) takes the one that
    contains a place of that name (``ATLANTA, Georgia`` is the US state).
    """
    region = country = None
    known = False
    for q in regions:
        found = GAZETTEER.regions(q)
        if not found:
            region = region or q
            continue
        known = True
        best = next((r for r in found if any(_fits(r, c) for c in cands)), found[0])
        if best.kind == "country":
            country = country or best.country
        else:
            region = region or q
            country = country or best.country
    return region, country, known


def _accept(raw: RawDateline, cands: tuple[Place, ...], known_qualifier: bool, follows: str) -> bool:
    if raw.place is None:
        return raw.agency is not None
    strong = raw.agency is not None or raw.date is not None or known_qualifier
    if _is_caps(raw.place):
        if raw.agency is None and raw.place.split()[0].rstrip(".:") in LABELS:
            return False
        if strong:
            return True
        if cands and raw.separator == ":":  # "BOOM:" is no dateline though Boom is a town
            return any(c.kind != "city" or c.population >= TOWN for c in cands)
        if cands:
            return True
        # An unknown name needs a spaced dash: "FLUSHING MEADOWS —", not "SIEGEL--Jerome".
        return raw.separator not in (None, ":") and raw.spaced and _looks_like_name(raw.place)
    if strong:
        return True
    own = [c for c in cands if not c.alias and c.kind in _CITYLIKE]
    if not own:
        return False
    if raw.separator == ":":
        # "Washington: The ..." but not "Washington: the idea ...", nor a headline's
        # "Clinton: I support ..." (a town of that name is too small to count).
        nxt = follows.lstrip()[:1]
        sentence = bool(nxt) and (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'")
        return sentence and any(c.kind in ("capital", "special") or c.population >= BIG_CITY for c in own)
    return True


def parse_dateline(
    text: str, *, resolve: bool = True, following: str = "", offset: int = 0
) -> Dateline | None:
    """The dateline at the start of *text* (one paragraph), if it has one.

    Offsets are into *text*, plus *offset*. With ``resolve`` the time zone is looked up in
    the built-in gazetteer; without it ``timezone`` is left to the
    ``newskit_place_timezone`` hook. *following* is the next paragraph: when
    it too opens with ``NAME:``, the text is a transcript and ``NAME:`` no dateline.

    >>> d = parse_dateline("KANSAS CITY, Mo. (AP) — A romance ...")
    >>> d.text, d.place, d.region, d.country, d.timezone, d.agency
    ('KANSAS CITY, Mo. (AP) —', 'KANSAS CITY', 'Mo.', 'US', 'America/Chicago', 'AP')
    >>> parse_dateline("LONDON, Nov 5 (Reuters) - Shares fell").date
    '--11-05'
    >>> parse_dateline("Police said: the road was closed") is None
    True
    """
    raw = match_dateline(text)
    if raw is None:
        return None
    if raw.separator == ":" and following and _TRANSCRIPT.match(following):
        return None
    cands = GAZETTEER.candidates(raw.place) if raw.place else ()
    region, country, known = _qualifiers(raw.regions, cands)
    if not _accept(raw, cands, known, text[raw.end : raw.end + 3]):
        return None
    place = GAZETTEER.lookup(raw.place or "", region, country) if (raw.place or region or country) else None
    if place is not None:
        country = place.country
    dl_text = text[: raw.end].rstrip()
    return Dateline(
        dl_text,
        start=offset,
        end=offset + len(dl_text),
        place=raw.place,
        region=region,
        country=country,
        timezone=place.timezone if (resolve and place is not None) else None,
        agency=canonical_agency(raw.agency) or raw.agency if raw.agency else None,
        date=iso_date(raw.date) if raw.date else None,
    )
