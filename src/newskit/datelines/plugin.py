"""Built-in plugin: the dateline at the start of the body.

The dateline is looked for at the start of the first block, or of the block
after a leading byline (``By JANE DOE``) or date line, or after a byline line
at the top of the first block. The time zone is left to the
``newskit_place_timezone`` hook, so that other gazetteers can answer first.
"""

from __future__ import annotations

import attrs
import regex

from ..markers import hookimpl
from ..model import Dateline, Document
from .parse import parse_dateline

MAX_LEAD_BLOCKS = 2
"""How many byline or date blocks may come before the dateline."""

_BYLINE = regex.compile(r"(?i:by)[ \t]+\S[^\n]{0,120}")
_DATE_LINE = regex.compile(r"[^\n.!?]{0,40}\b(?:19|20)[0-9]{2}\b[^\n.!?]{0,40}")


def is_lead_line(text: str) -> bool:
    """A byline (``By Jane Doe``) or a bare date line, which may precede the dateline."""
    return len(text) <= 160 and bool(_BYLINE.fullmatch(text) or _DATE_LINE.fullmatch(text))


def find_dateline(document: Document, *, resolve: bool = False) -> Dateline | None:
    """The dateline of *document*, with offsets into ``document.text``."""
    blocks = document.body
    for i, block in enumerate(blocks[: MAX_LEAD_BLOCKS + 1]):
        text = block.text
        following = blocks[i + 1].text if i + 1 < len(blocks) else ""
        dl = parse_dateline(text, resolve=resolve, following=following)
        offset = 0
        if dl is None and "\n" in text[:170]:
            first, rest = text.split("\n", 1)
            if is_lead_line(first.strip()):
                offset = len(text) - len(rest.lstrip())
                dl = parse_dateline(text[offset:], resolve=resolve, following=following)
        if dl is not None:
            start = block.start + offset
            return attrs.evolve(dl, start=start, end=start + len(dl.text))
        if block.kind != "heading" and not is_lead_line(text.strip()):
            return None  # the dateline opens the story or is not there
    return None


@hookimpl
def newskit_parse_dateline(document: Document) -> Dateline | None:
    """Find the dateline; its time zone comes from the place hook."""
    return find_dateline(document)
