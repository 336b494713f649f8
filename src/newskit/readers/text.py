"""Built-in plugin: the plain-text reader.

Paragraphs are split on blank lines and keep their offsets into the input;
the first line becomes the title when it looks like a headline.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..markers import hookimpl
from ..model import Block, Document, Removal
from ..source import Source

PLUGIN = "newskit.readers.text"
MAX_HEADLINE_CHARS = 220
MAX_HEADLINE_WORDS = 35


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
    first = par[0]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘«"):
        return False
    from ..cleanup.metadata import byline_names  # on first use: reading stays light to import

    return byline_names(par) is None  # a byline opening the text is no headline (cleanup takes it)


@hookimpl(trylast=True)
def newskit_read(source: Source) -> Document | None:
    """Read plain text: headline, then one paragraph block per blank-line-separated run."""
    if source.kind != "text":
        return None
    text = source.text
    spans = list(paragraphs(text))
    removed: list[Removal] = []
    title = None
    if spans and looks_like_headline(text[spans[0][0] : spans[0][1]], len(spans) - 1):
        s, e = spans.pop(0)
        title = text[s:e]
        removed.append(
            Removal(
                title,
                reason="headline line",
                rule="text.headline",
                plugin=PLUGIN,
                source_start=s,
                source_end=e,
                at=0,
                field="title",
            )
        )
    body = [Block("paragraph", text[s:e], source_start=s, source_end=e) for s, e in spans]
    return Document(title=title, body=body, removed=removed, input_kind="text")
