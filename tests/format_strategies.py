"""Hypothesis strategies for output-format tests: valid, annotation-rich documents.

Every document drawn here passes the model's validation (spans match the
text, intervals are ordered, ``same_as`` points at a time) and survives the
``json`` round trip, but its text is hostile: Markdown and HTML markup,
control characters, quote marks of every style, very long lines, emoji,
combining marks and line breaks of every kind.

Use :func:`documents` in a property::

    from format_strategies import documents

    @given(documents())
    def test_never_crashes(doc): ...

Smaller pieces (:func:`hostile_text`, :func:`aware_datetimes`, :func:`blocks`)
are exported for tests that need them.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from hypothesis import strategies as st

from newskit.model import (
    BLOCK_KINDS,
    QUOTE_KINDS,
    Block,
    Comment,
    Dateline,
    Diagnostic,
    Document,
    Interval,
    Mention,
    Person,
    Quote,
    Removal,
    Speaker,
    TimeExpression,
)

__all__ = [
    "HOSTILE_PIECES",
    "aware_datetimes",
    "blocks",
    "documents",
    "hostile_text",
    "json_values",
    "plain_words",
]

# fmt: off
HOSTILE_PIECES: tuple[str, ...] = (
    # Markdown and reStructuredText syntax
    "*", "**", "_", "__", "`", "```", "````", "~~~", "~~", "\\", "\\\\", "#", "# ", "## ",
    "1. ", "2) ", "10.", "- ", "+ ", "* ", "> ", ">", "|", "| --- |", "!", "[", "]", "[x](http://a.example/)",
    "![img](x.png)", "[^1]", "---", "===", "***", "___", "    ", "\t", ":", "::", ".. ", "&", "&amp;",
    "&#x41;", "&#0;", "&copy", "<", "</p>", "<b>", "<!-- c -->", "<script>alert(1)</script>",
    "<http://b.example>", "http://c.example/a_b_c", "www.d.example", "{", "}", "$", "%", "^", "=",
    # CSV and TSV troublemakers
    ",", ";", '"', '""', "'", "=SUM(A1)", "\r", "\r\n", "\n",
    # quote marks of every style
    "\u201c", "\u201d", "\u2018", "\u2019", "\u201e", "\u201a", "\u00ab", "\u00bb", "\u2039", "\u203a",
    "\u300c", "\u300d", "\u300e", "\u300f", "\u2032", "\u2033", "\uff02",
    # control and invisible characters
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1c", "\x1f", "\x7f", "\x85",
    "\u00a0", "\u200b", "\u200d", "\u2028", "\u2029", "\u202e", "\ufeff", "\u3000",
    # emoji, combining marks, wide and right-to-left scripts
    "\U0001f600", "\U0001f469\u200d\U0001f469\u200d\U0001f467", "\U0001f1fa\U0001f1f8", "e\u0301",
    "\u0645\u0631\u062d\u0628\u0627", "\u4f60\u597d", "\u00df", "\u0130", "\ufb01",
    # ordinary words, so that some text looks like text
    "Talks", "resumed", "on", "Tuesday", "KABUL", "(Reuters)", "said", "the", "minister", " ", " ", ". ",
)
# fmt: on

_PIECE = st.sampled_from(HOSTILE_PIECES)
_ANY_CHAR = st.characters(blacklist_categories=("Cs",))  # no lone surrogates: not encodable
_LONG_LINE = st.builds(
    lambda word, n: (word + " ") * n,
    st.sampled_from(["a", "x*y", "\u201cquote\u201d"]),
    st.integers(150, 400),
)
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


@functools.cache
def hostile_text(*, min_size: int = 0, max_pieces: int = 8, newlines: bool = True) -> st.SearchStrategy[str]:
    """Text mixing markup, control characters, quote marks, emoji and plain words.

    With ``newlines=False`` no line break of any kind (``\\n``, ``\\r``,
    ``\\x0b``, ``\\x0c``, ``\\x1c``-``\\x1e``, ``\\x85``, ``\\u2028``,
    ``\\u2029``) is produced, for one-line fields.
    """
    part = st.one_of(_PIECE, _PIECE, _PIECE, _PIECE, _PIECE, st.text(_ANY_CHAR, max_size=8), _LONG_LINE)
    text = st.lists(part, max_size=max_pieces).map("".join)
    if not newlines:
        text = text.map(lambda s: "".join(c for c in s if c not in _LINE_BREAKS))
    return text.filter(lambda s: len(s) >= min_size)


@functools.cache
def plain_words(*, min_size: int = 1, max_size: int = 4) -> st.SearchStrategy[str]:
    """A few plain ASCII words: names, roles and keys that are not under test."""
    word = st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=8)
    return st.lists(word, min_size=min_size, max_size=max_size).map(" ".join)


_OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))


@functools.cache
def aware_datetimes() -> st.SearchStrategy[dt.datetime]:
    """Aware datetimes with whole-minute UTC offsets (valid RFC 3339 when serialised)."""
    return st.datetimes(
        min_value=dt.datetime(1900, 1, 1),
        max_value=dt.datetime(2100, 12, 31),
        timezones=st.one_of(st.just(dt.timezone.utc), _OFFSETS),
    )


@functools.cache
def json_values(max_leaves: int = 6) -> st.SearchStrategy[Any]:
    """JSON data that survives a round trip (no NaN, no infinity)."""
    leaves = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**53), 2**53),
        st.floats(allow_nan=False, allow_infinity=False),
        hostile_text(max_pieces=3),
    )
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(hostile_text(max_pieces=2), inner, max_size=3)
        ),
        max_leaves=max_leaves,
    )


@functools.cache
def _source_span() -> st.SearchStrategy[dict[str, int | None]]:
    return st.one_of(
        st.just({"source_start": None, "source_end": None}),
        st.tuples(st.integers(0, 10**6), st.integers(0, 10**4)).map(
            lambda t: {"source_start": t[0], "source_end": t[0] + t[1]}
        ),
    )


@st.composite
def blocks(draw: st.DrawFn, *, min_size: int = 0, max_size: int = 6) -> list[Block]:
    """Body blocks of every kind with hostile text (offsets are assigned by Document)."""
    n = draw(st.integers(min_size, max_size))
    return [
        Block(
            draw(st.sampled_from(sorted(BLOCK_KINDS))),
            draw(hostile_text(min_size=1)),
            **draw(_source_span()),
        )
        for _ in range(n)
    ]


def _span_in(draw: st.DrawFn, text: str, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    hi = len(text) if hi is None else hi
    start = draw(st.integers(lo, hi))
    end = draw(st.integers(start, min(hi, start + 400)))
    return start, end


def _mention(draw: st.DrawFn, text: str, lo: int = 0, hi: int | None = None) -> Mention:
    s, e = _span_in(draw, text, lo, hi)
    return Mention(text[s:e], start=s, end=e, **draw(_source_span()))


def _speaker(draw: st.DrawFn, text: str, people: list[str]) -> Speaker:
    s, e = _span_in(draw, text)
    return Speaker(
        text[s:e],
        start=s,
        end=e,
        name=draw(st.none() | hostile_text(max_pieces=4, newlines=False)),
        role=draw(st.none() | hostile_text(max_pieces=4)),
        person=draw(st.none() | st.sampled_from(people)) if people else None,
        **draw(_source_span()),
    )


def _quote(draw: st.DrawFn, text: str, people: list[str]) -> Quote:
    s, e = _span_in(draw, text)
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        parts.append(_mention(draw, text, s, e))
    parts.sort(key=lambda m: (m.start, m.end))
    return Quote(
        text[s:e],
        kind=draw(st.sampled_from(sorted(QUOTE_KINDS))),
        start=s,
        end=e,
        parts=parts,
        cue=_mention(draw, text) if draw(st.booleans()) else None,
        speaker=_speaker(draw, text, people) if draw(st.booleans()) else None,
        addressee=_mention(draw, text) if draw(st.integers(0, 3)) == 0 else None,
        reported_by=_speaker(draw, text, people) if draw(st.integers(0, 3)) == 0 else None,
        **draw(_source_span()),
    )


_TIMEX_VALUES = st.sampled_from(
    [
        "2024-03-05",
        "2024-03-05T14:30",
        "2024-W10",
        "2024-03",
        "XXXX-XX-XX",
        "PRESENT_REF",
        "PAST_REF",
        "P3D",
        "PT2H",
        "P1Y",
        "XXXX-WXX-2",
        "2024-03-05TMO",
        "TAF",
        "2024-Q1",
    ]
)


def _time(draw: st.DrawFn, text: str, count: int) -> TimeExpression:
    s, e = _span_in(draw, text)
    interval = None
    if draw(st.booleans()):
        a, b = sorted([draw(aware_datetimes()), draw(aware_datetimes())])
        interval = Interval(a, b)
    return TimeExpression(
        text[s:e],
        type=draw(st.sampled_from(["DATE", "TIME", "DURATION", "SET"])),
        value=draw(_TIMEX_VALUES | hostile_text(max_pieces=2)),
        start=s,
        end=e,
        mod=draw(st.none() | st.sampled_from(["APPROX", "BEFORE", "AFTER", "START", "END", "MID"])),
        timezone=draw(
            st.none() | st.sampled_from(["Asia/Kabul", "America/New_York", "UTC", "Europe/Berlin"])
        ),
        interval=interval,
        same_as=draw(st.none() | st.integers(0, count - 1)),
        anchor=draw(st.none() | st.sampled_from(["dateline", "published", "previous", "fixed"])),
        alternatives=draw(st.lists(_TIMEX_VALUES, max_size=2)),
        **draw(_source_span()),
    )


def _removal(draw: st.DrawFn, text_len: int) -> Removal:
    return Removal(
        draw(hostile_text(max_pieces=6)),
        reason=draw(
            st.sampled_from(["boilerplate", "related-links", "comment", "title"]) | hostile_text(max_pieces=2)
        ),
        rule=draw(plain_words(max_size=2).map(lambda s: s.replace(" ", "-"))),
        plugin=draw(st.sampled_from(["newskit.text_reader", "my-site", 'junk, "quoted"'])),
        at=draw(st.none() | st.integers(0, text_len)),
        field=draw(st.none() | st.sampled_from(["title", "authors", "published", "credits"])),
        locator=draw(st.none() | st.sampled_from(["/html/body/div[2]/p[3]", "//aside[@class='x']"])),
        **draw(_source_span()),
    )


@st.composite
def documents(draw: st.DrawFn, *, min_blocks: int = 0, max_blocks: int = 6) -> Document:
    """A valid document whose every field may be set, with hostile text throughout.

    Annotations (dateline, times, quotes with parts, cue and speaker, people)
    point at real spans of the document's text; removals, comments,
    warnings, plugins and extensions are filled too.
    """
    body = draw(blocks(min_size=min_blocks, max_size=max_blocks))
    base = Document(body=body)
    text = base.text
    person_ids = [f"p{i}" for i in range(draw(st.integers(0, 3)))]

    dateline = None
    if body and draw(st.booleans()):
        _, e = _span_in(draw, text, 0, min(len(body[0].text), 60))
        dateline = Dateline(
            text[0:e],
            start=0,
            end=e,
            place=draw(st.none() | st.sampled_from(["KABUL", "WASHINGTON", "São Paulo"])),
            region=draw(st.none() | st.just("Texas")),
            country=draw(st.none() | st.sampled_from(["AF", "US", "BR"])),
            timezone=draw(st.none() | st.sampled_from(["Asia/Kabul", "America/Chicago"])),
            agency=draw(st.none() | st.sampled_from(["Reuters", "AP", "AFP"])),
            date=draw(st.none() | st.just("March 5")),
            **draw(_source_span()),
        )
    n_times = draw(st.integers(0, 4))
    times = sorted((_time(draw, text, n_times) for _ in range(n_times)), key=lambda t: (t.start, t.end))
    quotes = [_quote(draw, text, person_ids) for _ in range(draw(st.integers(0, 4)))]
    people = [
        Person(
            pid,
            draw(hostile_text(min_size=1, max_pieces=4)),
            variants=draw(st.lists(plain_words(), max_size=2)),
            roles=draw(st.lists(hostile_text(max_pieces=3), max_size=2)),
            quotes=draw(st.lists(st.integers(0, len(quotes) - 1), max_size=3, unique=True)) if quotes else (),
        )
        for pid in person_ids
    ]
    return Document(
        url=draw(
            st.none()
            | st.sampled_from(['https://news.example/a,b?c="d"', "http://x.example/"])
            | hostile_text(max_pieces=2)
        ),
        site=draw(st.none() | plain_words(max_size=1)),
        language=draw(st.none() | st.sampled_from(["en", "de", "ar", "zh"])),
        input_kind=draw(st.sampled_from(["text", "html"])),
        title=draw(st.none() | hostile_text(max_pieces=8)),
        authors=draw(st.lists(hostile_text(min_size=1, max_pieces=3), max_size=3)),
        published=draw(st.none() | aware_datetimes()),
        updated=draw(st.none() | aware_datetimes()),
        credits=draw(st.lists(hostile_text(max_pieces=4), max_size=2)),
        body=body,
        removed=[_removal(draw, len(text)) for _ in range(draw(st.integers(0, 3)))],
        comments=[
            Comment(
                draw(hostile_text(max_pieces=6)),
                author=draw(st.none() | hostile_text(max_pieces=2)),
                published=draw(st.none() | aware_datetimes()),
                **draw(_source_span()),
            )
            for _ in range(draw(st.integers(0, 2)))
        ],
        dateline=dateline,
        times=times,
        quotes=quotes,
        people=people,
        warnings=[
            Diagnostic(
                draw(st.sampled_from(["plugin-error", "naive-published"])),
                draw(hostile_text(max_pieces=4)),
                plugin=draw(st.none() | plain_words(max_size=1)),
                stage=draw(st.none() | st.sampled_from(["read", "clean", "times"])),
            )
            for _ in range(draw(st.integers(0, 2)))
        ],
        plugins=draw(
            st.dictionaries(
                plain_words(max_size=1), st.sampled_from(["1.0", "0.2.dev1", "unknown"]), max_size=3
            )
        ),
        extensions=draw(st.dictionaries(plain_words(max_size=1), json_values(), max_size=2)),
    )
