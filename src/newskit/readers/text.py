"""Built-in plugin: the plain-text reader.

Paragraphs are split on blank lines and keep their offsets into the input.
The headline is the first paragraph that looks like one (a single short line,
not a sentence) among the first few: lines that scraping puts above a
headline — a byline, a date line, an ad label, a share widget, a site name —
are passed over and stay in the body, where cleanup removes and records them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..markers import hookimpl
from ..model import SEPARATOR, Block, Document, Removal
from ..source import Source

PLUGIN = "newskit.readers.text"
MAX_HEADLINE_CHARS = 220
MAX_HEADLINE_WORDS = 35
#: The headline is looked for among this many paragraphs at the top.
MAX_LEAD_PARAGRAPHS = 6
#: A headline-like line of at most this many words followed by another headline-like line
#: is a site or section name ("Pakistan Today", "World News"), not the headline.
MAX_NAME_WORDS = 3


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each run of non-blank lines, trimmed of white space."""
    pos = 0
    start = end = -1
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            if start < 0:
                start = pos + lead
            end = pos + len(line.rstrip())
        elif start >= 0:
            yield start, end
            start = -1
        pos += len(line)
    if start >= 0:
        yield start, end


def looks_like_headline(par: str, following: int) -> bool:
    """A single short line, not a sentence nor a byline, with more paragraphs after it.

    >>> looks_like_headline("Envoy sees slow progress", 2), looks_like_headline("By Jane Doe", 2)
    (True, False)
    """
    if following == 0 or "\n" in par or "\r" in par:
        return False
    if len(par) > MAX_HEADLINE_CHARS or len(par.split()) > MAX_HEADLINE_WORDS:
        return False
    if not any(c.isalpha() for c in par):
        return False
    if par.endswith(".") and not par.endswith("..."):
        return False
    if par.rstrip().endswith(("—", "–", "-", ":")):
        return False  # ``New York CNN —``, ``KABUL:``: a dateline standing alone opens the story
    first = par[0]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘«"):
        return False
    from ..cleanup.metadata import byline_names  # on first use: reading stays light to import

    return byline_names(par) is None  # a byline opening the text is no headline (cleanup takes it)


def is_lead_junk(par: str) -> bool:
    """Whether *par* is a line scraping puts above a headline, which cleanup takes:
    a byline or a date line, an ad label, a share or follow widget, a web address.

    >>> is_lead_junk("By Jane Doe"), is_lead_junk("Advertisement"), is_lead_junk("Envoy sees slow progress")
    (True, True, False)
    """
    if "\n" in par or "\r" in par:
        return False
    # on first use: reading stays light to import
    from ..cleanup.lines import MAX_RULE_CHARS
    from ..cleanup.metadata import top_line_fields
    from ..cleanup.plugin import LINE_RULES, TOP_RULES

    if len(par) > MAX_RULE_CHARS:
        return False
    if LINE_RULES.first(par) is not None or TOP_RULES.first(par) is not None:
        return True
    if top_line_fields(par) is not None:
        return True
    return is_web_address(par)


def is_web_address(par: str) -> bool:
    """Whether *par* is a bare web address (``www.example.com``, ``https://example.com/news``)."""
    return _WEB_ADDRESS.fullmatch(par) is not None


# Starts only where a run of address characters starts, so a scan from every position is linear.
_WEB_ADDRESS = re.compile(r"(?i)(?<![\w.-])(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?")


def find_headline(pars: list[str]) -> int | None:
    """Index of the headline among the paragraphs *pars*, or ``None``.

    The first paragraph that looks like a headline, after only junk lines
    (:func:`is_lead_junk`) and among the first :data:`MAX_LEAD_PARAGRAPHS`; a
    short name-like line (:data:`MAX_NAME_WORDS` words) followed by another
    headline-like line is passed over too. Anything else first (a sentence of
    prose) means there is no headline.

    >>> find_headline(["By Jane Doe", "Envoy sees slow progress in talks", "The envoy said."])
    1
    >>> find_headline(["Harbour Ledger", "Envoy sees slow progress in talks", "The envoy said."])
    1
    >>> find_headline(["The envoy said so.", "Envoy sees slow progress", "More."]) is None
    True
    """
    n = len(pars)
    for i, par in enumerate(pars[:MAX_LEAD_PARAGRAPHS]):
        if looks_like_headline(par, n - 1 - i):
            if len(par.split()) <= MAX_NAME_WORDS:
                nxt = next((j for j in range(i + 1, min(n, MAX_LEAD_PARAGRAPHS)) if not is_lead_junk(pars[j])), None)
                if nxt is not None and _plain_headline(pars[nxt], n - 1 - nxt):
                    continue  # a site or section name above the headline
            if not is_lead_junk(par):
                return i
            continue
        if not is_lead_junk(par):
            return None
    return None


_SENTENCE_INSIDE = re.compile(r"[.!?][\"'”’)]*\s+\S|[.!?][\"'”’)]*$")


def _plain_headline(par: str, following: int) -> bool:
    """A headline beyond doubt: longer than a name, one line, no sentence ending inside or at the end."""
    return (
        len(par.split()) > MAX_NAME_WORDS
        and looks_like_headline(par, following)
        and _SENTENCE_INSIDE.search(par) is None
    )


@hookimpl(trylast=True)
def newskit_read(source: Source) -> Document | None:
    """Read plain text: headline, then one paragraph block per blank-line-separated run.

    Paragraphs before the headline (see :func:`find_headline`) stay in the body for
    cleanup, which takes them."""
    if source.kind != "text":
        return None
    text = source.text
    spans = list(paragraphs(text))
    removed: list[Removal] = []
    title = None
    h = find_headline([text[s:e] for s, e in spans]) if spans else None
    if h is not None:
        # the paragraphs above the headline (bylines, dates, labels, a site name) stay in
        # the body, before it: cleanup takes them (and records why)
        s, e = spans.pop(h)
        title = text[s:e]
        at = sum(b - a for a, b in spans[:h]) + len(SEPARATOR) * (h - 1) if h else 0
        removed.append(
            Removal(
                title,
                reason="headline line",
                rule="text.headline",
                plugin=PLUGIN,
                source_start=s,
                source_end=e,
                at=at,
                field="title",
            )
        )
    body = []
    pos, sep = 0, len(SEPARATOR)
    for s, e in spans:  # each block made at its place in the joined text: the document need not copy it
        body.append(Block("paragraph", text[s:e], start=pos, end=pos + e - s, source_start=s, source_end=e))
        pos += e - s + sep
    return Document(title=title, body=body, removed=removed, input_kind="text")
