"""The shape of a dateline: ``PLACE[, REGION][, DATE] [(AGENCY)] DASH``.

:func:`match_dateline` only says where the parts of a possible dateline are;
:mod:`newskit.datelines.parse` decides whether it is one. Matching is anchored
at the start and looks at the first :data:`HEAD` characters only, with
bounded repetitions, so it takes the same short time on any input.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import regex

from .agencies import BARE, spellings

HEAD = 240
"""How many characters from the start of a paragraph are looked at."""

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DATE = (
    rf"(?i:{_MONTH}\.?[^\S\r\n]{{1,3}}{_DAY}(?:,?[^\S\r\n]{{1,3}}(?:19|20)[0-9]{{2}})?"
    rf"|{_DAY}[^\S\r\n]{{1,3}}{_MONTH}\.?(?:,?[^\S\r\n]{{1,3}}(?:19|20)[0-9]{{2}})?)(?![\p{{L}}\p{{N}}])"
)
# A word of a place name: capitalised, possibly with periods (St., D.C., W.Va.),
# apostrophes (Coeur d'Alene) and hyphens (Winston-Salem, Port-au-Prince).
_WORD = r"\p{Lu}[\p{L}\p{M}'’.]{0,24}(?:-(?:\p{Lu}[\p{L}\p{M}'’.]{0,24}|\p{Ll}{1,4}(?=-))){0,3}"
_PARTICLE = (
    r"(?:de|da|do|dos|das|del|della|di|du|des|la|le|les|el|al|am|an|im|upon|on|sur|en|y|of|the|and"
    r"|DE|DA|DO|DOS|DEL|DI|DU|DES|LA|LE|LES|EL|AL|AM|UPON|ON|SUR|EN|OF|THE|AND)"
)
_DASH = r"(?:--?|—|–|‒|―|−)"
# A single hyphen separates only when a space follows (KARACHI-based is no dateline).
_SEP = r"(?P<sep>(?:--|—|–|‒|―|−)(?=[\s\"“‘'(]|\p{L}|\p{N}|$)|-(?=\s|$)|:(?=\s))"


def _bare_agencies() -> str:
    return "|".join(regex.escape(a) for a in sorted(BARE, key=len, reverse=True))


def _agency_names() -> str:
    return "|".join(regex.escape(a) for a in spellings())


def _name(bare: str) -> str:
    # Words of a name, separated by single spaces, with lower-case particles
    # only between capitalised words; a bare agency name never counts as a word.
    word = rf"(?!(?:{bare})(?![\p{{L}}\p{{M}}]))(?:{_WORD})(?![\p{{L}}\p{{M}}])"
    return rf"{word}(?:[^\S\r\n](?:{_PARTICLE}[^\S\r\n]){{0,2}}{word}){{0,5}}"


@functools.cache
def _pattern() -> regex.Pattern[str]:
    bare = _bare_agencies()
    name = _name(bare)
    agency = (
        rf"(?:\((?P<agency>{_agency_names()})\)"
        rf"|{_DASH}?/(?P<agency2>{_agency_names()})/"
        rf"|{_DASH}\((?P<agency3>{_agency_names()})\)"
        rf"|(?P<bare>{bare})(?=[^\S\r\n]*{_DASH}))"
    )
    sep = _SEP
    return regex.compile(
        rf"""
        (?P<place>{name}(?:[^\S\r\n]?/[^\S\r\n]?{name}){{0,2}})
        (?:[^\S\r\n]*,[^\S\r\n]*(?P<region>{name}))?
        (?:[^\S\r\n]*,[^\S\r\n]*(?P<region2>{name}))?
        (?:[^\S\r\n]*,?[^\S\r\n]*(?P<date>{_DATE}))?
        [^\S\r\n]{{0,3}}
        (?:
            {agency}[^\S\r\n]{{0,3}}(?:{sep})?
          | {sep}
        )
        """,
        regex.VERBOSE | regex.VERSION0,
    )


@functools.cache
def _placeless() -> regex.Pattern[str]:
    agencies = _agency_names()
    sep = _SEP
    return regex.compile(
        rf"(?:(?P<date>{_DATE})[^\S\r\n]{{0,3}})?\((?P<agency>{agencies})\)[^\S\r\n]{{0,3}}(?:{sep})?",
        regex.VERSION0,
    )


# A cheap first look (stdlib ``re``): where the dash, colon or credit could be.
_CUE = re.compile(r"—|–|‒|―|−|--|-(?:\s|$)|:\s|\(|/")
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
CUE_WITHIN = 160
"""The dash, colon or agency credit must come within this many characters."""


def _plausible(head: str) -> bool:
    """Whether *head* may open with a dateline: no ordinary lower-case word before the first cue."""
    if not head or not (head[0].isupper() or head[0] == "("):
        return False
    m = _CUE.search(head, 0, CUE_WITHIN)
    if m is None:
        return False
    words = head[: m.start()].split()
    return not any(w.islower() and w not in _PARTICLES for w in words)


class RawDateline(NamedTuple):
    """Where the parts of a possible dateline are, in the text it was found in."""

    end: int
    """Offset just after the dash or colon (or the agency credit when there is neither)."""
    place: str | None
    regions: tuple[str, ...]
    date: str | None
    agency: str | None
    separator: str | None
    spaced: bool = True
    """Whether white space comes before the separator (``KARACHI -`` but not ``SIEGEL--``)."""


_FIELDS = ("place", "region", "region2", "date", "agency", "agency2", "agency3", "bare", "sep")


@functools.cache
def _field_index() -> tuple[int, ...]:
    index = _pattern().groupindex
    return tuple(index[f] - 1 for f in _FIELDS)


def _fields(m: regex.Match[str]) -> list[str | None]:
    groups = m.groups()  # much faster than looking groups up by name
    return [groups[i] for i in _field_index()]


def match_dateline(text: str) -> RawDateline | None:
    """Match the shape of a dateline at the very start of *text*.

    >>> match_dateline("NAJAF, Iraq (AP) — Shiite pilgrims").regions
    ('Iraq',)
    >>> match_dateline("Police said: nothing") is None
    True
    """
    head = text[:HEAD]
    if not _plausible(head):
        return None
    m = _pattern().match(head)
    if m is not None:
        place, r1, r2, date, a1, a2, a3, bare, sep = _fields(m)
        regions = (r1, r2) if r2 else (r1,) if r1 else ()
        spaced = sep is None or head[m.start(_field_index()[-1] + 1) - 1].isspace()
        return RawDateline(m.end(), place, regions, date, a1 or a2 or a3 or bare, sep, spaced)
    m = _placeless().match(head)
    if m is not None:
        return RawDateline(m.end(), None, (), m.group("date"), m.group("agency"), m.group("sep"))
    return None
