"""Built-in plugin: the dateline at the start of the body.

The dateline is looked for at the start of the first paragraph: the first
block, or the first after leading captions, headings, bylines (``By JANE DOE``),
date lines or a one-line headline left in the body, or after a byline line at
the top of that paragraph. The time zone is left to the
``newskit_place_timezone`` hook, so that other gazetteers can answer first.
"""

from __future__ import annotations

import regex

from ..markers import hookimpl
from ..model import Dateline, Document
from .agencies import canonical_agency
from .parse import parse_dateline

MAX_LEAD_BLOCKS = 3
"""How many captions, headings, bylines or date lines may come before the dateline."""
MAX_HEADLINE = 200
"""A first block of one line up to this long may be a headline before the dateline."""

_BYLINE = regex.compile(r"(?i:by)[ \t]+\S[^\n]{0,120}")
_DATE_LINE = regex.compile(r"[^\n!?]{0,50}\b(?:19|20)[0-9]{2}\b[^\n!?]{0,40}")
_CREDIT_TAIL = regex.compile(r"(?:,|\||—|-)[^\S\n]*(?P<who>[^,|—\n]{2,40})$")
_STAFF = regex.compile(r"(?i:staff writer|staff reporter|correspondent|special to [^\n]{1,40})")


def is_lead_line(text: str) -> bool:
    """A byline (``By Jane Doe``, ``JANE DOE, Associated Press``) or a date line before the dateline.

    >>> is_lead_line("By JANE DOE"), is_lead_line("JANE DOE, Associated Press")
    (True, True)
    >>> is_lead_line("Updated Dec. 23, 2023 10:04 a.m. ET"), is_lead_line("Talks resumed on Monday.")
    (True, False)
    """
    if len(text) > 160 or "\n" in text:
        return False
    if _BYLINE.fullmatch(text):
        return True
    if len(text.split()) <= 12 and _DATE_LINE.fullmatch(text):
        return True
    tail = _CREDIT_TAIL.search(text) if len(text) <= 90 else None
    return tail is not None and bool(
        canonical_agency(tail["who"].strip()) or _STAFF.fullmatch(tail["who"].strip())
    )


def is_headline(text: str) -> bool:
    """One short line: a headline or standfirst the reader left in the body."""
    return len(text) <= MAX_HEADLINE and "\n" not in text


def find_dateline(document: Document, *, resolve: bool = False) -> Dateline | None:
    """The dateline of *document*, with offsets into ``document.text``."""
    blocks = document.body
    for i, block in enumerate(blocks[: MAX_LEAD_BLOCKS + 1]):
        text = block.text
        if block.kind in ("caption", "heading"):
            continue
        following = blocks[i + 1].text if i + 1 < len(blocks) else ""
        dl = parse_dateline(text, resolve=resolve, following=following, offset=block.start)
        if dl is None and "\n" in text[:170]:
            first, rest = text.split("\n", 1)
            if is_lead_line(first.strip()):
                skip = len(text) - len(rest.lstrip())
                dl = parse_dateline(
                    text[skip:], resolve=resolve, following=following, offset=block.start + skip
                )
        if dl is not None:
            return dl
        if not (is_lead_line(text.strip()) or (i == 0 and is_headline(text))):
            return None  # the dateline opens the story or is not there
    return None


@hookimpl
def newskit_parse_dateline(document: Document) -> Dateline | None:
    """Find the dateline; its time zone comes from the place hook."""
    return find_dateline(document)
