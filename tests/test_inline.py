"""Inline layout: annotation spans become properly nested segments, split but never dropped."""

from __future__ import annotations

import pathlib
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newskit.model import Block, Dateline, Document, Mention, Quote, Speaker, TimeExpression
from newskit.renderers.inline import (
    KINDS,
    MAX_DEPTH,
    Line,
    Segment,
    Span,
    body_lines,
    collect_spans,
    flatten,
    nest,
    segments,
    title_line,
)

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from format_strategies import documents

FIXTURE = pathlib.Path(__file__).resolve().parent / "fixtures" / "formats" / "ferry_strike.json"
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def doc_of(*texts: str, **kw) -> Document:
    return Document(body=[Block("paragraph", t) for t in texts], **kw)


def time_at(doc: Document, a: int, b: int, **kw) -> TimeExpression:
    return TimeExpression(doc.text[a:b], type="DATE", value="2025-03-10", start=a, end=b, **kw)


def quote_at(doc: Document, a: int, b: int, **kw) -> Quote:
    return Quote(doc.text[a:b], kind="direct", start=a, end=b, **kw)


def shape(children) -> list:
    """A compact view of an inline tree: strings, and (span id, piece, [children])."""
    return [c if isinstance(c, str) else (c.span.id, c.piece, shape(c.children)) for c in children]


# --- examples ---------------------------------------------------------------------------


def test_nested_spans_stay_whole():
    base = doc_of("He said on Monday that it was over.")
    doc = doc_of(base.text, quotes=[quote_at(base, 3, 17)], times=[time_at(base, 8, 17)])
    (line,) = body_lines(doc)
    assert shape(line.children) == [
        "He ",
        ("quote-0", 0, ["said ", ("time-0", 0, ["on Monday"])]),
        " that it was over.",
    ]


def test_crossing_spans_split_the_later_one_where_the_earlier_ends():
    base = doc_of("Talks on Monday ended badly.")
    # time "on Monday" (6-15) starts first; quote "Monday ended" (9-21) crosses its end
    doc = doc_of(base.text, quotes=[quote_at(base, 9, 21)], times=[time_at(base, 6, 15)])
    (line,) = body_lines(doc)
    assert shape(line.children) == [
        "Talks ",
        ("time-0", 0, ["on ", ("quote-0", 0, ["Monday"])]),
        ("quote-0", 1, [" ended"]),
        " badly.",
    ]
    pieces = [s for s in segments(line.children) if s.span.kind == "quote"]
    assert [(p.start, p.end, p.piece, p.pieces) for p in pieces] == [(9, 15, 0, 2), (15, 21, 1, 2)]
    assert all(p.split for p in pieces)


def test_same_start_longer_outside_then_by_kind():
    base = doc_of("Monday it is.")
    same = time_at(base, 0, 6)
    doc = doc_of(base.text, quotes=[quote_at(base, 0, 6)], times=[same, time_at(base, 0, 9)])
    (line,) = body_lines(doc)
    assert shape(line.children) == [
        ("time-1", 0, [("quote-0", 0, [("time-0", 0, ["Monday"])]), " it"]),
        " is.",
    ]


def test_spans_are_cut_at_block_boundaries_and_skip_the_separator():
    base = doc_of("First block.", "Second block.")
    doc = doc_of(*[b.text for b in base.body], quotes=[quote_at(base, 6, 20)])
    first, second = body_lines(doc)
    assert shape(first.children) == ["First ", ("quote-0", 0, ["block."])]
    assert shape(second.children) == [("quote-0", 1, ["Second"]), " block."]
    assert first.text == "First block." and second.text == "Second block."


def test_empty_spans_and_spans_in_a_separator_become_empty_segments():
    base = doc_of("One.", "Two.")
    doc = doc_of(
        *[b.text for b in base.body],
        times=[time_at(base, 2, 2), time_at(base, 4, 6)],  # empty; exactly the separator
    )
    first, second = body_lines(doc)
    assert shape(first.children) == ["On", ("time-0", 0, []), "e.", ("time-1", 0, [])]
    assert shape(second.children) == ["Two."]


def test_dateline_parts_cue_and_speaker_are_laid_out_when_asked():
    text = "PORTHAVEN – “No deal,” said Voss."
    base = doc_of(text)
    q = Quote(
        "“No deal,”",
        kind="direct",
        start=12,
        end=22,
        parts=[Mention("No deal", start=13, end=20)],
        cue=Mention("said", start=23, end=27),
        speaker=Speaker("Voss", start=28, end=32, name="Mara Voss"),
    )
    doc = doc_of(base.text, quotes=[q], dateline=Dateline("PORTHAVEN –", start=0, end=11, place="Porthaven"))
    (line,) = body_lines(doc, collect_spans(doc, kinds=KINDS))
    assert shape(line.children) == [
        ("dateline", 0, ["PORTHAVEN –"]),
        " ",
        ("quote-0", 0, ["“", ("quote-0-part-0", 0, ["No deal"]), ",”"]),
        " ",
        ("quote-0-cue", 0, ["said"]),
        " ",
        ("quote-0-speaker", 0, ["Voss"]),
        ".",
    ]
    (default,) = body_lines(doc)
    assert {s.span.kind for s in segments(default.children)} == {"dateline", "quote", "part"}


def test_title_annotations_go_to_the_title_line():
    doc = Document.from_json(FIXTURE.read_text(encoding="utf-8"))
    line = title_line(doc)
    assert isinstance(line, Line) and line.block is None
    assert line.text == doc.title
    kinds = {s.span.kind for s in segments(line.children)}
    assert kinds == {"quote", "part", "time"}
    assert all(s.span.annotation.where == "title" for s in segments(line.children))
    assert title_line(Document()) is None


def test_unknown_kinds_are_refused():
    with pytest.raises(ValueError, match="unknown span kinds"):
        collect_spans(Document(), kinds=["quote", "emphasis"])


def test_spans_without_any_block_are_reported_unplaced():
    spans = [Span("time", 0, 0, (0,))]
    trees, unplaced = nest("", [], spans)
    assert trees == [] and unplaced == spans


def test_span_ids():
    assert Span("dateline", 0, 1).id == "dateline"
    assert Span("time", 0, 1, (2,)).id == "time-2"
    assert Span("quote", 0, 1, (1,)).id == "quote-1"
    assert Span("part", 0, 1, (1, 0)).id == "quote-1-part-0"
    assert Span("speaker", 0, 1, (3,)).id == "quote-3-speaker"


# --- properties over the layout algorithm ---------------------------------------------


@st.composite
def layouts(draw):
    """A text cut into ranges (blocks with gaps) and arbitrary spans over the whole text."""
    n = draw(st.integers(0, 5))
    lengths = draw(st.lists(st.integers(0, 12), min_size=n, max_size=n))
    gaps = draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
    ranges, pos = [], 0
    for length, gap in zip(lengths, gaps, strict=True):
        ranges.append((pos, pos + length))
        pos += length + gap
    text = "".join(chr(ord("a") + i % 26) for i in range(pos))
    spans = []
    for i in range(draw(st.integers(0, 12))):
        a = draw(st.integers(0, pos))
        b = draw(st.integers(a, pos))
        spans.append(Span(draw(st.sampled_from(KINDS)), a, b, (i,)))
    return text, ranges, spans, draw(st.sampled_from([1, 2, 3, MAX_DEPTH]))


def _depth(children, *, empty: bool = True) -> int:
    """How deep segments nest (counting empty segments, or only those with text)."""
    return max(
        (
            1 + _depth(c.children, empty=empty)
            for c in children
            if isinstance(c, Segment) and (empty or c.end > c.start)
        ),
        default=0,
    )


def _pieces_by_span(trees) -> dict[int, list[Segment]]:
    out: dict[int, list[Segment]] = {}
    for kids in trees:
        for seg in segments(kids):
            out.setdefault(seg.span.key[0], []).append(seg)
    return out


def _check_tree(text: str, lo: int, hi: int, children) -> None:
    pos = lo
    for c in children:
        if isinstance(c, str):
            assert c, "no empty text runs"
            assert text[pos : pos + len(c)] == c
            pos += len(c)
        else:
            assert c.start == pos, "children follow each other without gaps or overlaps"
            assert lo <= c.start <= c.end <= hi, "a segment lies inside its parent"
            _check_tree(text, c.start, c.end, c.children)
            pos = c.end
    assert pos == hi


@SETTINGS
@given(layouts())
def test_every_span_is_covered_exactly_by_its_pieces(layout):
    text, ranges, spans, max_depth = layout
    trees, unplaced = nest(text, ranges, spans, max_depth=max_depth)
    assert len(trees) == len(ranges)
    for (lo, hi), kids in zip(ranges, trees, strict=True):
        _check_tree(text, lo, hi, kids)
        assert flatten(kids) == text[lo:hi]
        assert _depth(kids, empty=False) <= max_depth
        assert _depth(kids) <= max_depth + 1, "empty segments may sit one level below"
    pieces = _pieces_by_span(trees)
    for sp in spans:
        if not ranges:
            assert sp in unplaced
            continue
        got = pieces.get(sp.key[0], [])
        inside = {p for lo, hi in ranges for p in range(max(lo, sp.start), min(hi, sp.end))}
        covered = [p for seg in got for p in range(seg.start, seg.reach if seg.collapsed else seg.end)]
        if inside:
            assert sorted(covered) == sorted(inside), "pieces cover the span's text in blocks exactly once"
            assert all(seg.end > seg.start or seg.collapsed for seg in got)
            assert all(not seg.children for seg in got if seg.collapsed)
        else:
            assert len(got) == 1 and got[0].start == got[0].end, "an empty span is one empty piece"
        assert [s.piece for s in got] == list(range(len(got)))
        assert all(s.pieces == len(got) for s in got)
        assert [s.start for s in got] == sorted(s.start for s in got)
    assert not unplaced or not ranges


@SETTINGS
@given(layouts())
def test_layout_is_deterministic(layout):
    text, ranges, spans, max_depth = layout
    assert nest(text, ranges, spans, max_depth=max_depth) == nest(
        text, ranges, list(spans), max_depth=max_depth
    )


@SETTINGS
@given(documents())
def test_body_lines_round_trip_the_blocks(doc):
    spans = collect_spans(doc, kinds=KINDS)
    lines = body_lines(doc, spans)
    assert [line.block for line in lines] == list(doc.body)
    for line in lines:
        assert line.text == line.block.text
        _check_tree(doc.text, line.start, line.end, line.children)
        for seg in segments(line.children):
            assert seg.text == doc.text[seg.start : seg.end]
    placed = {s.span for line in lines for s in segments(line.children)}
    if doc.body:
        assert placed == set(spans), "no span is dropped"
    if doc.title is not None:
        assert title_line(doc).text == doc.title


def test_spans_nested_too_deep_are_collapsed_not_dropped():
    n = MAX_DEPTH + 10
    text = "x" * (2 * n)
    doc = doc_of(text, times=[time_at(doc_of(text), i, 2 * n - i) for i in range(n)])
    (line,) = body_lines(doc)
    segs = segments(line.children)
    assert len(segs) == n
    assert _depth(line.children, empty=False) == MAX_DEPTH
    assert _depth(line.children) == MAX_DEPTH + 1
    collapsed = [s for s in segs if s.collapsed]
    assert [(s.start, s.end, s.reach) for s in collapsed] == [(i, i, 2 * n - i) for i in range(MAX_DEPTH, n)]
    assert line.text == text


def test_layout_is_fast_on_long_articles():
    """Thousands of blocks and overlapping spans: near-linear, not quadratic."""
    para = "The ferry crews said on Monday that talks had failed. " * 4
    doc = doc_of(*[para] * 2000)
    n = len(doc.text)
    step = len(para) + 2
    spans = [Span("quote", i, min(n, i + 300), (k,)) for k, i in enumerate(range(0, n, 97))]
    spans += [Span("time", i + 20, i + 29, (k,)) for k, i in enumerate(range(0, n - 40, step))]
    t0 = time.perf_counter()
    lines = body_lines(doc, spans)
    elapsed = time.perf_counter() - t0
    assert len(lines) == 2000
    assert elapsed < 10, f"layout took {elapsed:.1f}s"
