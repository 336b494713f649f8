"""Teaser and recirculation blocks: ``Must Read``, ``Related``, ``Read more``,
``Most Popular``, ``Next In World`` … with the headlines and snippets after them.

After a teaser heading, the following lines are taken while they look like
teaser items: headlines (short lines that do not end like a sentence),
snippets cut short with ``...`` right after a headline, and the dates, bylines
and numbers printed with them. The first line that looks like article prose
ends the block, and so does any line another rule recognises.
"""

from __future__ import annotations

from .dates import is_relative_time, parse_date_time
from .lines import ends_with_ellipsis, is_prose, looks_like_headline, words
from .metadata import byline_names
from .rules import table

_HEADS = (
    r"must\s+read|related|related\s+(?:articles?|stories|news|posts?|content|coverage|reading|links?|videos?)"
    r"|read\s+more|read\s+also|also\s+read|read\s+next|up\s+next|what\s+to\s+read\s+next|more\s+to\s+read"
    r"|more\s+(?:stories|news|articles|headlines|reading|coverage|videos)|more\s+(?:from|on|in)\s+(?-i:(?:the\s+|our\s+|this\s+)?\p{Lu}[\p{L}’'.&\-]{0,30}(?:\s+\p{Lu}[\p{L}’'.&\-]{0,30}){0,3})(?!\s{0,3}:)"
    r"|most\s+(?:popular|read|viewed|shared|watched|commented)(?:\s+(?:stories|articles|news|today|this\s+week))?"
    r"|trending(?:\s+(?:now|stories|news|today|articles))?|popular\s+(?:now|stories|news|today|articles|posts)"
    r"|recommended(?:\s+(?:for\s+you|stories|articles|reading|videos))?|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in|have\s+missed)"
    r"|(?:editors?|editor’s|editor's)\s+picks?|top\s+stories|latest\s+(?:news|stories|articles|headlines|videos)"
    r"|don[’']?t\s+miss|in\s+other\s+news|see\s+also|next\s+in\s+[\p{L} &]{1,30}|more\s+like\s+this|further\s+reading"
    r"|(?:other|similar)\s+(?:stories|articles|news)|from\s+around\s+the\s+web|(?:also|more)\s+on\s+this\s+(?:story|topic)"
    r"|watch\s+next"
)

RULES = table(
    (
        "cleanup.teaser-heading",
        rf"[-–—»›>•|\s]{{0,4}}(?:{_HEADS})\s{{0,3}}[:»›>|]{{0,2}}[-–—\s]{{0,3}}",
        "teaser heading",
        "teaser-heading",
    ),
    (
        "cleanup.teaser-inline",
        r"(?:read\s+more|read\s+also|also\s+read|related|see\s+also|more|must\s+read|don[’']?t\s+miss|watch|listen|recommended"
        r"|related\s+(?:article|story|news|content|coverage)|click\s+here(?:\s+to\s+read)?|in\s+pictures|in\s+photos|video)"
        r"\s{0,3}(?::|»|›|>|[-–—]\s|\|)\s{0,3}[^\n]{1,250}",
        "one-line teaser",
        "teaser-inline",
    ),
)
"""Teaser headings (the block after them is taken too) and one-line teasers."""

MAX_ITEMS = 16
"""At most this many lines are taken after one teaser heading."""


def teaser_item(text: str, previous: str | None) -> str | None:
    """What a line after a teaser heading is (``"headline"``, ``"snippet"``, ``"meta"``), or ``None``."""
    if ends_with_ellipsis(text) and previous == "headline" and words(text) <= 80:
        return "snippet"
    if looks_like_headline(text) and text[-1] in "?!" and words(text) <= 20:
        return "headline"
    if is_prose(text):
        return None
    if text.isdigit() and len(text) <= 2:
        return "meta"
    if parse_date_time(text) is not None or is_relative_time(text) or byline_names(text):
        return "meta"
    if looks_like_headline(text) and not ends_with_ellipsis(text):
        return "headline"
    return None
