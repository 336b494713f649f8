"""Metadata lines: bylines into ``authors``, publication and update times into
``published``/``updated``, wire credits into ``credits``.

Bylines and times are read only near the top of the article (before its first
line of prose), where sites print them; a line is taken only when every part
of it (``By Jane Doe | Published 08/03/2021, 12:55 PM | 4 min read``) is
understood, so a sentence is never cut for starting like a byline.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs
import regex

from ..words import MONTHS, WEEKDAYS
from .dates import is_relative_time, parse_date_time
from .lazy import lazy_compile

_NAME_WORD = r"(?:\p{Lu}[\p{L}'’\-]{0,30}\.?|\p{Lu}\.|(?:de|da|del|della|di|du|van|von|der|den|ter|al|el|bin|ibn|la|le|dos|das)(?=\s))"
NAME = lazy_compile(rf"\p{{Lu}}[\p{{L}}'’\-]{{0,30}}\.?(?:\s{{1,3}}{_NAME_WORD}){{0,5}}")
"""A personal name: capitalised words, with the usual lowercase particles inside."""

BYLINE = lazy_compile(
    r"(?:by|written\s+by|words\s+by|story\s+by|posted\s+by|reported\s+by|author)\s{0,3}:?\s{1,3}(?P<rest>.{1,160})",
    regex.IGNORECASE,
)
_PIECE_SPLIT = lazy_compile(r"\s{0,3}(?:,|;|&|\band\b|\bwith\b)\s{0,3}")

AFFILIATION_WORDS = frozenset(
    [
        "reuters",
        "afp",
        "ap",
        "associated",
        "press",
        "bloomberg",
        "staff",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "bureau",
        "desk",
        "news",
        "agency",
        "times",
        "post",
        "journal",
        "herald",
        "tribune",
        "daily",
        "online",
        "contributor",
        "contributing",
        "columnist",
        "senior",
        "chief",
        "political",
        "special",
        "service",
        "wire",
        "report",
        "team",
        "today",
        "network",
        "media",
        "cnn",
        "bbc",
        "app",
        "ians",
        "pti",
        "ani",
        "xinhua",
        "dpa",
        "efe",
        "anadolu",
        "tass",
        "upi",
        "nbc",
        "abc",
        "cbs",
        "fox",
        "npr",
        "monitoring",
        "web",
        "digital",
        "sports",
        "business",
        "international",
        "national",
        "foreign",
        "local",
        "our",
        "newsroom",
        "report",
        "agencies",
    ]
)
"""Words that make a byline part an affiliation or a desk rather than a person."""

TIME_PREFIX = lazy_compile(
    r"(?P<kind>(?:first\s+)?published|posted|released|created|dated?|(?:last\s+)?(?:updated|modified|edited))"
    r"(?:\s{1,3}(?:on|at))?\s{0,3}[:\-–]?\s{0,3}(?P<rest>.{1,100})",
    regex.IGNORECASE,
)
SEGMENT_SPLIT = lazy_compile(r"\s{1,3}[|•·]\s{1,3}|\s{1,3}[|•·](?=\S)|(?<=\S)[|•·]\s{1,3}")
READING_TIME = lazy_compile(
    r"(?:reading\s+time:?\s*)?\d{1,3}\s*(?:min(?:ute)?s?)\.?(?:\s+read)?", regex.IGNORECASE
)

_ROLE = r"(?:additional\s+)?(?:reporting|writing|editing|compiled|compilation|research|graphics|photos?|video|production|translation|translated|produced|written|edited|fact-?checked)(?:\s+and\s+(?:reporting|writing|editing))?\s+by"
_CREDIT_TEXT = rf"{_ROLE}\s[^()\n]{{1,300}}"
CREDITS_PAREN = lazy_compile(rf"\((?P<inner>{_CREDIT_TEXT})\)\s*[.;]?$", regex.IGNORECASE)
"""A parenthesised credit line at the end of a line: ``(Reporting by …; Editing by …)``."""
_CREDIT_SEGMENT = lazy_compile(
    rf"(?:[-–—]{{1,2}}\s*)?(?i:{_ROLE})\s{{1,3}}(?:[\p{{Lu}}\p{{Lt}}][\p{{L}}'’.\-]{{0,30}}|and|in|from|at|of|the|with|,|\s){{1,40}}\.?"
)

_CREDIT_SPLIT = lazy_compile(rf";|,\s{{0,3}}(?=(?i:{_ROLE})\s)")
"""Between the roles of a credit line: ``;`` or a comma before the next role."""


@attrs.frozen
class Field:
    """A stretch of a line that goes to a document field (or is dropped, ``to=None``)."""

    start: int  # offsets into the line
    end: int
    reason: str
    rule: str
    to: str | None = None
    value: Any = None


NOT_NAMES = frozenset(
    [
        *WEEKDAYS,
        *MONTHS,
        "the",
        "this",
        "that",
        "then",
        "now",
        "today",
        "yesterday",
    ]
)
"""First words that show a ``By …`` line is not a byline (``By Monday``)."""


def _is_name(piece: str) -> bool:
    return NAME.fullmatch(piece) is not None and piece.split()[0].lower().rstrip(".") not in NOT_NAMES


def _is_affiliation(piece: str) -> bool:
    tokens = regex.findall(r"[\p{L}]+", piece.lower())
    return bool(tokens) and len(tokens) <= 6 and any(t in AFFILIATION_WORDS for t in tokens)


def byline_names(line: str) -> list[str] | None:
    """The names in a byline (``By Jane Doe and John Roe, Reuters``), or ``None`` if it is not one.

    >>> byline_names("By Jane Doe and John Roe, Reuters")
    ['Jane Doe', 'John Roe']
    >>> byline_names("By the time we arrived, it was over.") is None
    True
    """
    if len(line) > 160 or line[-1] in "!?:;":
        return None
    m = BYLINE.fullmatch(line)
    if m is None:
        return None
    rest = regex.sub(r"\s{1,3}(?:in|from)\s{1,3}\p{Lu}[\p{L} ]{0,40}$", "", m.group("rest"))
    pieces = [p.strip(" .-–—|") for p in _PIECE_SPLIT.split(rest)]
    pieces = [p for p in pieces if p]
    if not pieces:
        return None
    names: list[str] = []
    for i, piece in enumerate(pieces):
        if _is_affiliation(piece) and (i > 0 or NAME.fullmatch(piece) or piece.isupper()):
            continue
        if not _is_name(piece):
            return None
        names.append(piece)
    return names


def time_field(
    text: str, *, top: bool, site_zone: str | None = None
) -> tuple[str, str, str | None, Any] | None:
    """Classify a time stamp: ``(reason, rule, to, value)`` or ``None``.

    ``Published …`` goes to ``published``, ``Updated …`` to ``updated``; a bare
    date does so only at the top; relative times are dropped, not resolved.
    """
    m = TIME_PREFIX.fullmatch(text)
    kind, rest = (m.group("kind").lower(), m.group("rest")) if m else (None, text)
    to = "updated" if kind and any(w in kind for w in ("updated", "modified", "edited")) else "published"
    if kind is None and not top:
        return None
    parsed = parse_date_time(rest, site_zone)
    if parsed is not None:
        what = "update time" if to == "updated" else "publication time"
        return parsed.describe(what), f"cleanup.{to}", to, parsed.value
    if is_relative_time(rest) and (kind is not None or top):
        return "relative time stamp (not resolved)", "cleanup.relative-time", None, None
    return None


def _segments(line: str) -> list[tuple[int, int]]:
    """Spans of the parts of a line separated by ``|``, ``•`` or ``·``, each with its separator."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in SEGMENT_SPLIT.finditer(line):
        spans.append((pos, m.end()))
        pos = m.end()
    spans.append((pos, len(line)))
    return spans


def top_line_fields(line: str, site_zone: str | None = None) -> list[Field] | None:
    """Fields of a metadata line near the top, or ``None`` unless every part is understood."""
    if len(line) > 240:
        return None
    out: list[Field] = []
    for s, e in _segments(line):
        part = line[s:e]
        text = SEGMENT_SPLIT.sub("", part).strip() if part.strip(" |•·") else ""
        if not text:
            return None
        names = byline_names(text)
        if names is not None:
            reason = "byline" if names else "byline without a personal name (agency or desk)"
            out.append(Field(s, e, reason, "cleanup.byline", "authors", names))
            continue
        found = time_field(text, top=True, site_zone=site_zone)
        if found is not None:
            reason, rule, to, value = found
            out.append(Field(s, e, reason, rule, to, value))
            continue
        if READING_TIME.fullmatch(text):
            out.append(Field(s, e, "reading time", "cleanup.reading-time"))
            continue
        return None
    return out


def credits_field(line: str) -> Field | None:
    """The wire credit in *line*: ``(Reporting by …; Editing by …)`` at its end, or a whole credit line.

    >>> f = credits_field("He said so. (Reporting by Jane Doe; Editing by John Roe)")
    >>> f.value
    'Reporting by Jane Doe; Editing by John Roe'
    >>> credits_field("Reporting by Jane Doe, additional reporting by Tom Beck, Editing by Jo Ng").rule
    'cleanup.credits'
    """
    if len(line) > 2000:
        return None
    if ")" in line[-3:]:
        tail = line[-400:]
        m = CREDITS_PAREN.search(tail)
        if m is not None:
            start = len(line) - len(tail) + m.start()
            return Field(
                start, len(line), "wire credits", "cleanup.credits", "credits", m.group("inner").strip()
            )
    if len(line) <= 400 and "by" in line.lower() and _opens_with_role(line):
        parts = [p.strip() for p in _CREDIT_SPLIT.split(line)]
        if parts and all(_CREDIT_SEGMENT.fullmatch(p) for p in parts if p):
            value = line.strip(" -–—.")
            return Field(0, len(line), "wire credits", "cleanup.credits", "credits", value)
    return None


_ROLE_FIRST_WORDS = (
    "additional", "reporting", "writing", "editing", "compil", "research", "graphics", "photo",
    "video", "production", "translat", "produced", "written", "edited", "fact",
)  # fmt: skip
"""What a credit line's first role opens with (:data:`_ROLE`; a test checks them against it)."""


def _opens_with_role(line: str) -> bool:
    """Whether *line* opens, after separators, with a word a credit role opens with: a quick
    test that rules out most lines before :data:`_CREDIT_SEGMENT` is tried on each part."""
    i, n = 0, len(line)
    while i < n and (line[i].isspace() or line[i] in ";,-–—"):
        i += 1
    return line[i : i + 12].casefold().startswith(_ROLE_FIRST_WORDS)


def is_datetime(value: Any) -> bool:
    """Whether *value* is an aware datetime (the value of a ``published``/``updated`` cut)."""
    return isinstance(value, _dt.datetime) and value.tzinfo is not None
