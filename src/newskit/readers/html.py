"""Built-in plugin: the HTML reader (lxml).

Metadata comes from JSON-LD, OpenGraph and ``<meta>`` (see
:mod:`newskit.readers.html_meta`); the body from the page's article markup:
``itemprop="articleBody"``, else the element holding the most paragraph text.
Every text node outside the body blocks is recorded as a removal with an
XPath locator. lxml is imported on first use, not with newskit.
"""

from __future__ import annotations

from typing import Any

import attrs

from ..markers import hookimpl
from ..model import Block, Diagnostic, Document, Removal
from ..source import Source
from .html_meta import read_meta

PLUGIN = "newskit.readers.html"

LEAF_BLOCKS = {
    "p": "paragraph",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "pre": "preformatted",
    "figcaption": "caption",
}
NESTING_BLOCKS = {"li": "list_item", "blockquote": "blockquote", "dd": "paragraph", "dt": "paragraph"}
BLOCK_INSIDE = ("p", "li", "ul", "ol", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table")
DROP = {
    "script": "script",
    "style": "style sheet",
    "noscript": "noscript fallback",
    "template": "template",
    "svg": "graphics",
    "nav": "navigation",
    "aside": "aside (related content)",
    "form": "form",
    "button": "button",
    "iframe": "embedded frame",
    "select": "form control",
    "footer": "footer",
    "header": "header",
    "object": "embedded object",
}
INLINE = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "label",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
        "wbr",
        "br",
        "img",
        "picture",
        "source",
    }
)
ARTICLE_BODY_XPATH = (
    '//*[@itemprop="articleBody"]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " article-body ")]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " td-post-content ")]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " entry-content ")]',
)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _parse(text: str) -> Any:
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(encoding="utf-8", no_network=True, huge_tree=True, remove_comments=True)
    data = text.encode("utf-8", errors="replace")
    try:
        return lxml_html.document_fromstring(data, parser=parser)
    except Exception:  # noqa: BLE001 - lxml raises ParserError for empty documents
        return lxml_html.document_fromstring(b"<html><body></body></html>", parser=parser)


def find_container(root: Any) -> Any:
    """The element holding the article body."""
    for xp in ARTICLE_BODY_XPATH:
        found = root.xpath(xp)
        if found:
            best = max(found, key=lambda e: len(e.text_content()))
            if len(best.text_content().strip()) > 200:
                return best
    scores: dict[Any, float] = {}
    for p in root.iter("p"):
        n = len(_norm(p.text_content()))
        if n < 25:
            continue
        parent = p.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + n
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + n / 2
    if scores:
        return max(scores, key=scores.__getitem__)
    body = root.find("body")
    return body if body is not None else root


def _text_without_dropped(el: Any) -> str:
    from lxml import etree

    parts: list[str] = []
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if node is not el and node.tag in DROP:
                walker.skip_subtree()
            elif node.text and isinstance(node.tag, str):
                parts.append(node.text)
        elif node is not el and node.tail:
            parts.append(node.tail)
    return _norm("".join(parts))


def _has_block_inside(el: Any) -> bool:
    return any(x is not el for x in el.iter(*BLOCK_INSIDE))


def extract_blocks(container: Any) -> tuple[list[Block], list[tuple[int, Removal]]]:
    """Blocks of *container* in order, and the dropped elements inside it."""
    from lxml import etree

    blocks: list[Block] = []
    removals: list[tuple[int, Removal]] = []
    loose: list[str] = []
    tree = container.getroottree()

    def flush() -> None:
        text = _norm("".join(loose))
        loose.clear()
        if text:
            blocks.append(Block("paragraph", text))

    walker = etree.iterwalk(container, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:
            continue
        if event == "end":
            if tag not in INLINE:
                flush()
            if el is not container and el.tail:
                loose.append(el.tail)
            continue
        if el is not container and tag in DROP:
            text = _norm(el.text_content())
            if text:
                removals.append(
                    (
                        len(blocks),
                        Removal(
                            text,
                            reason=DROP[tag],
                            rule=f"html.drop.{tag}",
                            plugin=PLUGIN,
                            locator=tree.getpath(el),
                        ),
                    )
                )
            walker.skip_subtree()
            continue
        kind = LEAF_BLOCKS.get(tag)
        if kind is None and tag in NESTING_BLOCKS and not _has_block_inside(el):
            kind = NESTING_BLOCKS[tag]
        if kind is not None:
            flush()
            text = _text_without_dropped(el)
            if text:
                blocks.append(Block(kind, text))
            walker.skip_subtree()
            continue
        if tag not in INLINE:
            flush()
        if el.text:
            loose.append(el.text)
    flush()
    return blocks, removals


def _outside(container: Any, root: Any) -> list[Removal]:
    """Everything on the page that is not inside *container*."""
    out: list[Removal] = []
    tree = root.getroottree()
    node = container
    while node is not None and node is not root:
        parent = node.getparent()
        if parent is None:
            break
        for sib in parent:
            if sib is node or not isinstance(sib.tag, str):
                continue
            text = _norm(sib.text_content() + (sib.tail or ""))
            if text:
                reason = "page head (metadata, scripts)" if sib.tag == "head" else "outside the article body"
                rule = "html.head" if sib.tag == "head" else "html.outside-body"
                out.append(Removal(text, reason=reason, rule=rule, plugin=PLUGIN, locator=tree.getpath(sib)))
        own = _norm((parent.text or "") + (node.tail or ""))
        if own:
            out.append(
                Removal(
                    own,
                    reason="outside the article body",
                    rule="html.outside-body",
                    plugin=PLUGIN,
                    locator=tree.getpath(parent),
                )
            )
        node = parent
    return out


@hookimpl(trylast=True)
def newskit_read(source: Source) -> Document | None:
    """Read an HTML page: metadata, body blocks, and everything else as removals."""
    if source.kind != "html":
        return None
    root = _parse(source.text)
    meta = read_meta(root)
    container = find_container(root)
    blocks, inner = extract_blocks(container)
    outside = _outside(container, root)
    removed: list[Removal] = list(outside)
    starts: list[int] = []
    pos = 0
    for b in blocks:
        starts.append(pos)
        pos += len(b.text) + 2
    for i, r in inner:
        removed.append(_at(r, starts[i] if i < len(starts) else max(pos - 2, 0)))
    warnings = []
    if meta.naive_times:
        warnings.append(
            Diagnostic(
                "naive-published",
                "the page's dates had no time zone; UTC was assumed",
                plugin=PLUGIN,
                stage="read",
            )
        )
    return Document(
        title=meta.title,
        authors=meta.authors,
        published=meta.published,
        updated=meta.updated,
        language=meta.language,
        input_kind="html",
        body=blocks,
        removed=removed,
        warnings=warnings,
    )


def _at(r: Removal, at: int) -> Removal:
    return attrs.evolve(r, at=at)
