"""Annotation spans laid out as properly nested inline segments, block by block.

Markup formats (XML, NITF, TEI) need the dateline, the time expressions and
the quotes *inside* the body's paragraphs, as elements that nest. Annotations
do not always nest: a quote may begin in the middle of a time expression and
end after it, a span may run over a block break. :func:`body_lines` lays the
spans out as one tree per block:

* a span that crosses a block boundary is cut at it (the separator between
  blocks belongs to no block);
* a span that starts inside another span and ends after it is cut where the
  outer one ends, and the rest goes on after it: the span that starts first
  stays whole, the later one is split, never dropped;
* spans with the same start nest by length (the longer outside), then by
  kind (dateline, quote, quote part, cue, speaker, time), then by their order
  in the document;
* an empty span, or one that lies only in a block separator, becomes an empty
  segment where it starts (at the end of the block before a separator);
* a span that would nest deeper than :data:`MAX_DEPTH` (which only broken
  annotations do) becomes an empty, *collapsed* segment where it starts, its
  end kept in :attr:`Segment.reach`: output stays readable by XML parsers,
  which refuse very deep documents, and by Python, which limits recursion.

Each :class:`Segment` knows which piece of its span it is (``piece`` of
``pieces``), so a format can link the pieces of a split span. The work is
``O(n log n)`` in the number of spans plus linear in the text.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from ..model import Block, Document

KINDS: tuple[str, ...] = ("dateline", "quote", "part", "cue", "speaker", "time")
"""Kinds of span, outermost first when two spans cover the same text."""

DEFAULT_KINDS = frozenset({"dateline", "quote", "part", "time"})
"""The kinds :func:`collect_spans` gathers unless told otherwise."""

MAX_DEPTH = 64
"""How deep segments with text may nest in a line; deeper spans are collapsed (see above).

Empty segments, collapsed ones included, may sit one level below."""

_RANK = {k: i for i, k in enumerate(KINDS)}


@attrs.frozen
class Span:
    """One annotation to lay out: its kind, its offsets and the annotation itself.

    ``key`` locates the annotation in the document: ``()`` for the dateline,
    ``(i,)`` for ``times[i]`` or ``quotes[i]``, ``(i, j)`` for part *j* of
    quote *i*, ``(i,)`` for the cue and speaker of quote *i*. ``quote`` is the
    quote a part, cue or speaker belongs to.
    """

    kind: str
    start: int
    end: int
    key: tuple[int, ...] = ()
    annotation: Any = attrs.field(default=None, eq=False, repr=False)
    quote: Any = attrs.field(default=None, eq=False, repr=False)

    @property
    def id(self) -> str:
        """A readable identifier: ``dateline``, ``time-2``, ``quote-0``, ``quote-0-part-1``, ``quote-0-cue``."""
        if self.kind == "dateline":
            return "dateline"
        if self.kind == "part":
            return f"quote-{self.key[0]}-part-{self.key[1]}"
        if self.kind in ("cue", "speaker"):
            return f"quote-{self.key[0]}-{self.kind}"
        return f"{self.kind}-{self.key[0]}"


@attrs.frozen
class Segment:
    """One piece of a span, with what it contains: text runs and nested segments."""

    span: Span
    start: int
    end: int
    children: tuple[Segment | str, ...] = ()
    piece: int = 0
    pieces: int = 1
    reach: int | None = None
    """For a collapsed segment (empty, standing for a span nested too deep): where the span ends."""

    @property
    def text(self) -> str:
        """The text under this segment."""
        return flatten(self.children)

    @property
    def collapsed(self) -> bool:
        """Whether the segment stands, empty, for a span that would nest deeper than :data:`MAX_DEPTH`."""
        return self.reach is not None

    @property
    def split(self) -> bool:
        """Whether the span was cut into more than one piece."""
        return self.pieces > 1


@attrs.frozen
class Line:
    """The inline tree of one block (or of the title): text runs and segments."""

    block: Block | None
    start: int
    end: int
    children: tuple[Segment | str, ...] = ()

    @property
    def text(self) -> str:
        """The text of the line, which is the block's text."""
        return flatten(self.children)


Inline = Segment | str
"""What a line or a segment contains: text runs and segments."""


def flatten(children: Iterable[Segment | str]) -> str:
    """Concatenate the text under *children*."""
    out: list[str] = []
    stack = [iter(children)]
    while stack:
        for child in stack[-1]:
            if isinstance(child, str):
                out.append(child)
            else:
                stack.append(iter(child.children))
                break
        else:
            stack.pop()
    return "".join(out)


def segments(children: Iterable[Segment | str]) -> list[Segment]:
    """Every segment under *children*, in document order (outer before inner)."""
    out: list[Segment] = []
    stack = [iter(children)]
    while stack:
        for child in stack[-1]:
            if isinstance(child, Segment):
                out.append(child)
                stack.append(iter(child.children))
                break
        else:
            stack.pop()
    return out


# --- gathering spans ----------------------------------------------------------------


def collect_spans(
    document: Document, *, where: str = "body", kinds: Iterable[str] = DEFAULT_KINDS
) -> list[Span]:
    """The document's annotations of ``where`` (``"body"`` or ``"title"``) as spans.

    Order: the dateline, then each quote with its parts, cue and speaker, then
    the times: the order that breaks ties between identical spans.
    """
    wanted = frozenset(kinds)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown span kinds: {sorted(unknown)}")
    out: list[Span] = []
    dl = document.dateline
    if "dateline" in wanted and dl is not None and where == "body":
        out.append(Span("dateline", dl.start, dl.end, (), dl))
    for i, q in enumerate(document.quotes):
        if "quote" in wanted and q.where == where:
            out.append(Span("quote", q.start, q.end, (i,), q))
        if "part" in wanted:
            out.extend(
                Span("part", p.start, p.end, (i, j), p, q) for j, p in enumerate(q.parts) if p.where == where
            )
        for kind, m in (("cue", q.cue), ("speaker", q.speaker)):
            if kind in wanted and m is not None and getattr(m, "where", "body") == where:
                out.append(Span(kind, m.start, m.end, (i,), m, q))
    if "time" in wanted:
        out.extend(
            Span("time", t.start, t.end, (i,), t) for i, t in enumerate(document.times) if t.where == where
        )
    return out


# --- laying them out ----------------------------------------------------------------


class _Frame:
    __slots__ = ("children", "end", "piece", "reach", "seq", "span", "start")

    def __init__(self, span: Span | None, start: int, end: int, seq: int, piece: int) -> None:
        self.span = span
        self.start = start
        self.end = end
        self.seq = seq
        self.piece = piece
        self.reach: int | None = None
        self.children: list[_Frame] = []


def nest(
    text: str, ranges: Sequence[tuple[int, int]], spans: Sequence[Span], *, max_depth: int = MAX_DEPTH
) -> tuple[list[tuple[Segment | str, ...]], list[Span]]:
    """Lay *spans* out over *ranges* of *text* (sorted, not overlapping).

    Returns the children of each range, and the spans that could not be
    placed because there is no range at all. Segments with text nest at
    most *max_depth* deep (empty ones may sit one level below).
    """
    starts = [r[0] for r in ranges]
    per_range: list[list[tuple[int, int, int, int]]] = [[] for _ in ranges]
    unplaced: list[Span] = []
    for seq, sp in enumerate(spans):
        if not ranges:
            unplaced.append(sp)
            continue
        r = max(0, bisect.bisect_right(starts, sp.start) - 1)
        placed = False
        k = r
        while k < len(ranges) and ranges[k][0] < sp.end:
            a, b = max(sp.start, ranges[k][0]), min(sp.end, ranges[k][1])
            if a < b:
                per_range[k].append((a, -b, _RANK[sp.kind], seq))
                placed = True
            k += 1
        if not placed:
            lo, hi = ranges[r]
            pos = min(max(sp.start, lo), hi)
            per_range[r].append((pos, -pos, _RANK[sp.kind], seq))
    counts = [0] * len(spans)
    roots = [
        _nest_range(lo, hi, items, spans, counts, max_depth)
        for (lo, hi), items in zip(ranges, per_range, strict=True)
    ]
    return [_freeze_children(text, root, spans, counts) for root in roots], unplaced


def _nest_range(
    lo: int,
    hi: int,
    items: list[tuple[int, int, int, int]],
    spans: Sequence[Span],
    counts: list[int],
    max_depth: int,
) -> _Frame:
    root = _Frame(None, lo, hi, -1, 0)
    heapq.heapify(items)
    stack = [root]
    while items:
        s, neg_e, rank, seq = heapq.heappop(items)
        e = -neg_e
        while len(stack) > 1 and stack[-1].end <= s:
            stack.pop()
        top = stack[-1]
        if e > s and len(stack) > max_depth:  # too deep: collapse, do not split
            frame = _Frame(spans[seq], s, s, seq, counts[seq])
            frame.reach = e
        else:
            if e > top.end:  # crosses the end of the enclosing span: split
                heapq.heappush(items, (top.end, neg_e, rank, seq))
                e = top.end
            frame = _Frame(spans[seq], s, e, seq, counts[seq])
        counts[seq] += 1
        top.children.append(frame)
        if frame.end > s:
            stack.append(frame)
    return root


def _freeze_children(text: str, frame: _Frame, spans: Sequence[Span], counts: list[int]) -> tuple:
    out: list[Segment | str] = []
    pos = frame.start
    for child in frame.children:
        if child.start > pos:
            out.append(text[pos : child.start])
        out.append(
            Segment(
                spans[child.seq],
                child.start,
                child.end,
                _freeze_children(text, child, spans, counts),
                child.piece,
                counts[child.seq],
                child.reach,
            )
        )
        pos = child.end
    if frame.end > pos:
        out.append(text[pos : frame.end])
    return tuple(out)


def body_lines(document: Document, spans: Sequence[Span] | None = None) -> tuple[Line, ...]:
    """One :class:`Line` per body block, with *spans* (default: :func:`collect_spans`) laid out."""
    if spans is None:
        spans = collect_spans(document)
    ranges = [(b.start, b.end) for b in document.body]
    trees, _unplaced = nest(document.text, ranges, spans)
    return tuple(Line(b, b.start, b.end, kids) for b, kids in zip(document.body, trees, strict=True))


def title_line(document: Document, spans: Sequence[Span] | None = None) -> Line | None:
    """The title as a :class:`Line` with its annotations laid out, or ``None`` without a title."""
    if document.title is None:
        return None
    if spans is None:
        spans = collect_spans(document, where="title")
    (kids,), _unplaced = nest(document.title, [(0, len(document.title))], spans)
    return Line(None, 0, len(document.title), kids)
