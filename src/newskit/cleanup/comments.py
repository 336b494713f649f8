"""Reader comments and comment forms.

Comment-form strings are dropped. A block that looks like a reader comment (a
numbered item, ``Jane says:``, or an author line over a date line) goes to
:attr:`Document.comments` only inside a comment section: after a comment
count (``3 COMMENTS``) or just before a comment form, with nothing but other
comments and junk in between. Anywhere else it is kept as article text.
"""

from __future__ import annotations

import datetime as _dt

import attrs
import regex

from ..model import Comment
from .dates import is_relative_time, parse_date_time
from .lazy import lazy_compile
from .metadata import NAME
from .rules import table

FORM_RULES = table(
    (
        "cleanup.comment-form",
        r"please\s+enter\s+your\s+(?:comment|name|e-?mail(?:\s+address)?)(?:\s+here)?\s*[!.]?"
        r"|you\s+have\s+entered\s+an\s+incorrect\s+e-?mail\s+address\s*[!.]?"
        r"|save\s+my\s+name,?\s+e-?mail,?\s+and\s+website\s+in\s+this\s+browser[^\n]{0,60}"
        r"|(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:reply|comment|response)(?:\s{0,3}(?:cancel\s+reply|[.!:]))?"
        r"|cancel\s+reply|post\s+comment|submit\s+comment|reply\s+to\s+this\s+comment|log\s+in\s+to\s+reply"
        r"|you\s+must\s+be\s+(?:logged|signed)\s+in\s+to\s+(?:post|leave|add)\s+a\s+comment\.?"
        r"|your\s+e-?mail\s+address\s+will\s+not\s+be\s+published\.?[^\n]{0,60}"
        r"|required\s+fields\s+are\s+marked\s*\*?[^\n]{0,10}"
        r"|notify\s+me\s+of\s+(?:follow-?up\s+comments|new\s+(?:comments|posts))[^\n]{0,40}"
        r"|this\s+site\s+uses\s+akismet\s+to\s+reduce\s+spam\.?[^\n]{0,80}"
        r"|comments\s+are\s+(?:closed|moderated)[^\n]{0,80}|(?:be\s+the\s+first\s+to\s+comment|no\s+comments\s+yet)[^\n]{0,20}"
        r"|(?:view|show|load|read)\s+(?:all\s+|more\s+)?(?:\d{1,5}\s+)?comments[^\n]{0,20}"
        r"|join\s+the\s+(?:conversation|discussion)\s{0,2}[.!:]?",
        "comment form",
        "form",
    ),
    (
        "cleanup.comment-form",
        r"(?:name|e-?mail|website|comment|your\s+name|your\s+e-?mail|your\s+comment)\s*\*?\s*:?",
        "comment form field",
        "form",
        "form",
    ),
    (
        "cleanup.comment-count",
        r"(?:\d{1,5}|no|one)\s+(?:comments?|responses?|replies|reactions?|thoughts?\s+on\s+[^\n]{1,200})"
        r"|comments?\s*(?:\(\d{1,5}\))?\s*:?|reader\s+comments|discussion\s*(?:\(\d{1,5}\))?",
        "comment section heading",
        "comment-count",
    ),
)
"""Comment forms and comment section headings."""

NUMBERED = lazy_compile(r"(?P<num>\d{1,4})\s{0,2}[.)](?:\s{1,8}|$)")
SAYS = lazy_compile(r"(?P<author>.{1,60}?)\s{1,3}(?:says|said|wrote)\s{0,2}:")
_ACTIONS = lazy_compile(
    r"(?:reply|log\s+in\s+to\s+reply|report|like|likes?\s*\(\d{1,5}\)|\d{1,5}\s+likes?|flag|share)",
    regex.IGNORECASE,
)
_ON = lazy_compile(r"(?P<author>.{1,60}?)\s{1,3}(?:on|at|[|•·—–-])\s{1,3}(?P<when>.{6,80})")


@attrs.frozen
class Header:
    """What the first lines of a reader comment say about it."""

    lines: int  # how many of the comment's lines (after its number) are the header
    author: str | None = None
    published: _dt.datetime | None = None


def _when(text: str, site_zone: str | None) -> tuple[bool, _dt.datetime | None]:
    parsed = parse_date_time(text, site_zone)
    if parsed is not None:
        return True, parsed.value
    return is_relative_time(text), None


def _author(text: str) -> str | None:
    text = text.strip()
    if 0 < len(text) <= 60 and len(text.split()) <= 6 and text[-1] not in ".!?,;:":
        return text
    return None


def read_header(lines: list[str], site_zone: str | None = None) -> Header | None:
    """The header of a reader comment from its lines (number already removed), or ``None``."""
    if not lines:
        return None
    first = lines[0]
    m = SAYS.fullmatch(first)
    if m and _author(m.group("author")):
        author = _author(m.group("author"))
        if len(lines) > 1:
            is_time, when = _when(lines[1], site_zone)
            if is_time:
                return Header(2, author, when)
        return Header(1, author)
    m = _ON.fullmatch(first)
    if m and _author(m.group("author")) and NAME.fullmatch(m.group("author").strip()):
        is_time, when = _when(m.group("when"), site_zone)
        if is_time:
            return Header(1, m.group("author").strip(), when)
    if len(lines) > 1 and _author(first):
        is_time, when = _when(lines[1], site_zone)
        if is_time:
            return Header(2, _author(first), when)
    return None


def split_number(first_line: str) -> int:
    """Length of the ``1.`` numbering at the start of a comment's first line (0 if none)."""
    m = NUMBERED.match(first_line)
    return m.end() if m else 0


def looks_like_comment(lines: list[str], site_zone: str | None = None) -> bool:
    """Numbered, or with a comment header (``Jane says:``, author over date)."""
    if not lines:
        return False
    if split_number(lines[0]) > 0:
        return True
    return len(lines[0]) <= 80 and len(lines) > 1 and read_header(lines, site_zone) is not None


def make_comment(lines: list[str], site_zone: str | None = None, *, numbered: bool = True) -> Comment:
    """The :class:`~newskit.model.Comment` for a comment block's lines.

    With ``numbered=False`` (a later paragraph of a comment) the lines are
    taken as text only.
    """
    lines = list(lines)
    cut = split_number(lines[0]) if numbered else 0
    if cut:
        rest = lines[0][cut:].strip()
        lines = [rest, *lines[1:]] if rest else lines[1:]
    header = read_header(lines, site_zone) if numbered else None
    author = published = None
    if header is not None:
        author, published = header.author, header.published
        lines = lines[header.lines :]
    while lines and _ACTIONS.fullmatch(lines[-1]):
        lines.pop()
    text = "\n".join(lines).strip()
    return Comment(text or "\n".join(lines), author=author, published=published)
