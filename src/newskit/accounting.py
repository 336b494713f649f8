"""Checking that nothing was lost: every character of the input is accounted for.

A character of a text input is accounted for when it lies in the source span
of a body block, a reader comment or a recorded removal (white space between
them is not counted); an HTML page's text-node characters are counted instead
(:func:`html_unaccounted`).
"""

from __future__ import annotations

from collections import Counter

from .model import Document


def covered_spans(doc: Document) -> list[tuple[int, int]]:
    """Source spans of the blocks, comments and removals of *doc*, sorted and merged."""
    spans = [
        (x.source_start, x.source_end)
        for x in (*doc.body, *doc.comments, *doc.removed)
        if x.source_start is not None
    ]
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def unaccounted(doc: Document, source_text: str) -> list[tuple[int, int]]:
    """Spans of non-white-space input characters that *doc* does not account for.

    An empty list means nothing was lost. Works for text input, whose
    annotations carry source offsets.

    >>> from newskit import Pipeline
    >>> text = "A headline\\n\\nKABUL: First paragraph."
    >>> doc = Pipeline(entry_points=False).process(text)
    >>> unaccounted(doc, text)
    []
    """
    gaps: list[tuple[int, int]] = []
    pos = 0
    for s, e in [*covered_spans(doc), (len(source_text), len(source_text))]:
        if s > pos:
            gap = source_text[pos:s]
            if gap.strip():
                lead = len(gap) - len(gap.lstrip())
                gaps.append((pos + lead, pos + len(gap.rstrip())))
        pos = max(pos, e)
    return gaps


def check_spans(doc: Document, source_text: str) -> list[str]:
    """Problems with *doc*'s source spans: text that differs from the input there.

    Checks removals and the blocks whose text is an exact slice of the input
    (comments may hold parsed text; only their range is checked). An empty list means every recorded span points at its text.
    """
    problems = []
    for kind, items in (("block", doc.body), ("comment", doc.comments), ("removal", doc.removed)):
        for i, x in enumerate(items):
            if x.source_start is None:
                continue
            if x.source_end > len(source_text):
                problems.append(f"{kind} {i}: span {x.source_start}-{x.source_end} beyond the input")
            elif (kind == "removal" or (kind == "block" and x.exact)) and source_text[
                x.source_start : x.source_end
            ] != x.text:
                problems.append(f"{kind} {i}: text differs from the input at {x.source_start}-{x.source_end}")
    return problems


def text_node_chars(page: str) -> Counter[str]:
    """The non-white-space characters of *page*'s text nodes, parsed as the HTML reader parses it."""
    from .readers.html import _parse

    root, _fatal = _parse(page)
    texts = []
    for node in root.iter():
        if isinstance(node.tag, str):
            texts.append(node.text)
        texts.append(node.tail)
    return _chars(texts)


def document_chars(doc: Document) -> Counter[str]:
    """The non-white-space characters of *doc*'s body blocks, removals and reader comments."""
    return _chars(
        [b.text for b in doc.body]
        + [r.text for r in doc.removed]
        + [c.text for c in doc.comments]
        + [c.author for c in doc.comments]
    )


def html_unaccounted(doc: Document, page: str) -> tuple[Counter[str], Counter[str]]:
    """For HTML input: the characters of *page* missing from *doc*, and those *doc* holds beyond the page.

    HTML text has no single offset per character, so the check is by characters:
    every non-white-space character of every text node must be in a body block,
    a removal or a reader comment (text or author), and no more of them.

    >>> import newskit, newskit.accounting
    >>> page = "<html><body><article><p>Fares rise in May.</p></article><nav>Home</nav></body></html>"
    >>> doc = newskit.Pipeline(entry_points=False).process(page)
    >>> newskit.accounting.html_unaccounted(doc, page)
    (Counter(), Counter())
    """
    want, got = text_node_chars(page), document_chars(doc)
    return want - got, got - want


def _chars(texts: list[str | None]) -> Counter[str]:
    return Counter(c for t in texts if t for c in t if not c.isspace())
