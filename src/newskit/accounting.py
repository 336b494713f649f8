"""Checking that nothing was lost: every character of a text input is accounted for.

A character of the input is accounted for when it lies in the source span of
a body block, a reader comment or a recorded removal. White space between
them is not counted.
"""

from __future__ import annotations

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
