"""Photo captions and credits: relabelled as ``caption`` blocks, never removed.

A block is a caption when every line of it is: a line that opens like one
(``FILE PHOTO:``, ``Photo:``, ``Image caption``), ends with a photo credit
(``REUTERS/Jane Doe``, ``(AP Photo/Jane Doe)``, ``Photograph: Jane Doe/AFP``),
or is a bare credit.
"""

from __future__ import annotations

from .lazy import lazy_compile

_AGENCY = r"(?:REUTERS|Reuters|AFP|AP|EPA|Getty\s+Images|Anadolu|Xinhua|Bloomberg|PA|Shutterstock|Alamy|NurPhoto|SOPA\s+Images|Sipa|UPI|DPA|dpa)"
_PERSON = r"\p{Lu}[\p{L}'’.\-]{0,25}(?:\s{1,2}(?:\p{Lu}[\p{L}'’.\-]{0,25}|de|da|van|von|al|el|bin))(?:\s{1,2}\p{Lu}[\p{L}'’.\-]{0,25}){0,3}"
_WHO = rf"{_PERSON}|\p{{Lu}}[\p{{L}}'’.\-]{{0,25}}"
_CREDIT = (
    rf"(?:(?:REUTERS/(?:{_WHO})|{_AGENCY}/(?:{_PERSON}))(?:/(?:File(?:\s+Photo)?|Pool|Handout|{_WHO})){{0,2}}"
    rf"|\((?:AP|AFP|Reuters|EPA|Xinhua|UPI)\s+Photo/(?:{_WHO})(?:,\s{{0,2}}File)?\)"
    rf"|\((?:Photo|Photograph|Image|Picture)s?(?:\s+(?:by|credit|courtesy(?:\s+of)?))?:?\s{{1,3}}[^()\n]{{1,120}}\)"
    rf"|(?:Photograph|Photo|Image|Picture)s?(?:\s+by)?\s{{0,2}}:\s{{0,3}}(?:{_WHO})(?:/(?:{_WHO})){{0,3}}"
    rf"|(?:{_WHO})/(?:Getty\s+Images|AFP|AP|EPA|Reuters|Shutterstock|Alamy)(?:/(?:{_WHO}))?(?:\s+via\s+Getty\s+Images)?)"
)

OPENING = lazy_compile(
    r"(?:(?:FILE\s+)?PHOTO|FILE|PICTURE|IMAGE|PHOTOGRAPH|VIDEO\s+GRAB|SCREENSHOT)\s{0,3}[:\-–—]\s{0,3}\S[^\n]{0,600}"
    r"|(?:Photo|Image|Picture|Caption|Credit|Courtesy|Photo\s+credit|Image\s+credit|Photo\s+courtesy)\s{0,3}:\s{0,3}\S[^\n]{0,300}"
    r"|Image\s+(?:source|caption),\s{0,3}\S[^\n]{0,300}"
)
"""A line that opens like a caption."""

CREDIT_AT_END = lazy_compile(rf"(?:^|(?<=[\s.,;(]))(?:{_CREDIT})\s{{0,2}}[.)]?$")
"""A photo credit closing a line (looked for in the line's last 200 characters)."""


def caption_rule(line: str) -> tuple[str, str] | None:
    """``(rule id, reason)`` if *line* is a caption or photo credit.

    >>> caption_rule("Troops patrol in Kandahar, July 2, 2021. REUTERS/Jane Doe")
    ('cleanup.caption', 'photo caption with credit')
    >>> caption_rule("He told AP/Ipsos pollsters the economy was bad.") is None
    True
    """
    if len(line) > 700:
        return None
    if line[:1] in _OPENING_FIRSTS and OPENING.fullmatch(line):
        return "cleanup.caption", "photo caption"
    tail = line[-200:]
    # every credit has a slash or one of the photo words in it: most lines are done here
    if ("/" in tail or "Photo" in tail or "Image" in tail or "Picture" in tail) and CREDIT_AT_END.search(tail):
        return "cleanup.caption", "photo caption with credit"
    return None


_OPENING_FIRSTS = frozenset("CFIPSV")
"""The letters :data:`OPENING` can start with (a test checks them against the pattern)."""
