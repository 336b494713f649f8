"""Built-in plugin: the ``markdown`` output format, the article as CommonMark.

The title becomes a ``#`` heading; body blocks are written by kind
(headings ``##``, list items ``-``, block quotes ``>``, captions in italics,
preformatted text in a fenced code block) and the dateline, when it opens a
paragraph, in bold. Line breaks inside a block are hard line breaks.

Every character of the text that Markdown would read as syntax is escaped,
so a CommonMark reader shows exactly the article's words: no stray
emphasis, links, HTML, lists or headings. The only changes are those
CommonMark itself makes: spaces at the ends of lines are dropped, and NUL
characters are written as U+FFFD.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from ..markers import hookimpl
from ..model import Block, Dateline, Document

__all__ = ["escape_inline", "render_markdown"]

_LINE_END = re.compile(r"\r\n|\r|\n")
_INLINE = re.compile(r"[\\`*_\[\]<|~]|&(?=#?[0-9A-Za-z]+;)")
_HEADING_INLINE = re.compile(r"[\\`*_\[\]<|~#]|&(?=#?[0-9A-Za-z]+;)")
_LINE_START = re.compile(r"[#>+=-]|\d{1,9}(?=[.)])")
_BACKTICKS = re.compile(r"`+")
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_MD_SPACE = frozenset(" \t\n\x0b\x0c\r")


def escape_inline(text: str, *, line_start: bool = True, heading: bool = False) -> str:
    """Escape *text* (one line) so that CommonMark reads it as plain text.

    Backslash-escapes ``\\ ` * _ [ ] < | ~`` everywhere, ``&`` where it
    would start a character reference, ``#`` in headings, and, at the start
    of a line, what would begin a heading, block quote, list, setext
    underline or ordered list (``1.``).
    """
    out = (_HEADING_INLINE if heading else _INLINE).sub(lambda m: "\\" + m.group(), text)
    if line_start:
        m = _LINE_START.match(out)
        if m and m.group()[0].isdigit():  # "1." or "1)": escape the delimiter after the digits
            out = f"{m.group()}\\{out[m.end() :]}"
        elif m:
            out = "\\" + out
    return out


def _lines(text: str) -> list[str]:
    """The non-blank lines of *text*, stripped; NUL becomes U+FFFD as in CommonMark."""
    text = text.replace("\x00", "\ufffd")
    return [s for s in (line.strip() for line in _LINE_END.split(text)) if s]


def _is_space(ch: str) -> bool:
    return ch in _MD_SPACE or unicodedata.category(ch) == "Zs"


def _is_punct(ch: str) -> bool:
    return ch in _ASCII_PUNCT or unicodedata.category(ch)[0] in "PS"


def _bold_lead(block: Block, dateline: Dateline | None) -> tuple[str, str] | None:
    """Split the block's first line into (dateline, rest) when the dateline can be bold."""
    if dateline is None or dateline.start != block.start or dateline.end > block.end:
        return None
    first = _LINE_END.split(block.text.replace("\x00", "\ufffd"), maxsplit=1)[0]
    k = dateline.end - block.start
    if k > len(first):
        return None
    lead = len(first) - len(first.lstrip())
    bold = first[lead:k].rstrip()
    if not bold:
        return None
    rest = first[lead + len(bold) :].rstrip()
    # the closing ** must be right-flanking: after punctuation it needs space or punctuation next
    if _is_punct(bold[-1]) and rest and not (_is_space(rest[0]) or _is_punct(rest[0])):
        return None
    return bold, rest


def _joined(lines: list[str], prefix: str, fmt: Callable[[str], str] = escape_inline) -> str:
    """Lines joined by hard line breaks; continuation lines start with *prefix*."""
    return ("\\\n" + prefix).join(fmt(line) for line in lines)


def _paragraph(block: Block, dateline: Dateline | None) -> str | None:
    lines = _lines(block.text)
    if not lines:
        return None
    split = _bold_lead(block, dateline)
    if split is None:
        return _joined(lines, "")
    bold, rest = split
    first = f"**{escape_inline(bold)}**{escape_inline(rest, line_start=False)}"
    return "\\\n".join([first, *(escape_inline(line) for line in lines[1:])])


def _fenced(text: str) -> str:
    text = _LINE_END.sub("\n", text.replace("\x00", "\ufffd"))
    longest = max((len(m.group()) for m in _BACKTICKS.finditer(text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text}\n{fence}"


def _block(block: Block, dateline: Dateline | None) -> str | None:
    if block.kind == "preformatted":
        return _fenced(block.text)
    if block.kind == "paragraph":
        return _paragraph(block, dateline)
    lines = _lines(block.text)
    if not lines:
        return None
    if block.kind == "heading":
        return "## " + escape_inline(" ".join(lines), heading=True)
    if block.kind == "list_item":
        return "- " + _joined(lines, "  ")
    if block.kind == "blockquote":
        return "> " + _joined(lines, "> ")
    if block.kind == "caption":
        return _joined(lines, "", lambda line: f"*{escape_inline(line)}*")
    return _joined(lines, "")  # table and anything else: one line per row


def _chunks(document: Document) -> Iterator[tuple[str, str]]:
    title = _lines(document.title or "")
    if title:
        yield "title", "# " + escape_inline(" ".join(title), heading=True)
    for block in document.body:
        md = _block(block, document.dateline)
        if md is not None:
            yield block.kind, md


def render_markdown(document: Document) -> str:
    """The article as CommonMark: title, then the body blocks by kind."""
    out: list[str] = []
    previous = None
    for kind, md in _chunks(document):
        if out:
            # consecutive list items make one tight list; everything else is separated by a blank line
            out.append("\n" if kind == previous == "list_item" else "\n\n")
        out.append(md)
        previous = kind
    return "".join(out) + "\n" if out else ""


@hookimpl
def newskit_register_formats(register: Callable[..., Any]) -> None:
    register(
        "markdown",
        render_markdown,
        media_type="text/markdown",
        extension="md",
        description="The article as CommonMark: title, dateline in bold, blocks by kind, text escaped.",
    )
