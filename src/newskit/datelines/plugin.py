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
from .parse import parse_dateline

MAX_LEAD_BLOCKS = 3
"""How many captions, headings, bylines or date lines may come before the dateline."""
MAX_HEADLINE = 200
"""A first block of one line up to this long may be a headline before the dateline."""

_BYLINE = regex.compile(r"(?i:by)[ \t]+\S[^\n]{0,120}")
_DATE_LINE = regex.compile(r"[^\n.!?]{0,40}\b(?:19|20)[0-9]{2}\b[^\n.!?]{0,40}")


def is_lead_line(text: str) -> bool:
    """A byline (``By Jane Doe``) or a bare date line, which may precede the dateline."""
    return len(text) <= 160 and bool(_BYLINE.fullmatch(text) or _DATE_LINE.fullmatch(text))


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
