"""The ``markdown`` format: read by a CommonMark implementation, it shows exactly the article."""

from __future__ import annotations

import html.parser
import pathlib
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit
from newskit.model import Block, Dateline, Document
from newskit.renderers import markdown as markdown_format
from newskit.renderers.markdown import escape_inline, render_markdown

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from format_strategies import blocks, documents, hostile_text

markdown_it = pytest.importorskip("markdown_it")
MD = markdown_it.MarkdownIt("commonmark")  # raw HTML on, as CommonMark says

PROPERTY = settings(max_examples=150, deadline=None)


@pytest.fixture(scope="module")
def pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[markdown_format], entry_points=False)


def norm(text: str) -> str:
    """Whitespace-normalised text, with NUL read as U+FFFD like CommonMark does."""
    return " ".join(text.replace("\x00", "\ufffd").split())


INLINE_TAGS = {"em", "strong", "code"}  # words run on across these tags


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tags.append(tag)
        if tag not in INLINE_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag not in INLINE_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(md: str) -> tuple[str, list[str]]:
    """The text a reader sees when the Markdown is rendered to HTML, and the tags used."""
    parser = _Text()
    parser.feed(MD.render(md))
    parser.close()
    return norm("".join(parser.parts)), parser.tags


def shown(block: Block) -> bool:
    return block.kind == "preformatted" or bool(norm(block.text))


INLINE_TOKENS = {"text", "softbreak", "hardbreak", "em_open", "em_close", "strong_open", "strong_close"}


def inline_text(token) -> str:
    assert {c.type for c in token.children} <= INLINE_TOKENS, [c.type for c in token.children]
    return "".join("\n" if c.type.endswith("break") else c.content for c in token.children)


def structure(md: str) -> list[tuple[str, str]]:
    """(kind, text) for every top-level Markdown block, as markdown-it parses it."""
    tokens = MD.parse(md)
    assert not [t for t in tokens if t.type in {"html_block", "code_block", "hr", "ordered_list_open"}]
    out: list[tuple[str, str]] = []
    stack: list[str] = []
    for t in tokens:
        if t.type == "fence":
            assert not stack
            out.append(("preformatted", t.content))
        elif t.type == "heading_open" and not stack:
            out.append(("title" if t.tag == "h1" else "heading", ""))
            stack.append("heading")
        elif t.type in {"paragraph_open", "blockquote_open", "list_item_open"}:
            if not stack:
                kind = {"paragraph_open": "paragraph", "blockquote_open": "blockquote"}[t.type]
                out.append((kind, ""))
            elif t.type == "list_item_open":
                assert stack == ["bullet_list"]
                out.append(("list_item", ""))
            stack.append(t.type)
        elif t.type == "bullet_list_open":
            assert not stack
            stack.append("bullet_list")
        elif t.type.endswith("_close"):
            stack.pop()
        elif t.type == "inline":
            kind, text = out[-1]
            out[-1] = (kind, text + inline_text(t))
    assert not stack
    return out


def expected_kind(block: Block) -> str:
    return {"caption": "paragraph", "table": "paragraph"}.get(block.kind, block.kind)


def check(doc: Document, md: str) -> None:
    """The Markdown shows the title and each block, as the right kind, with exactly its text."""
    parsed = structure(md)
    want = [("title", doc.title)] if doc.title and norm(doc.title) else []
    want += [(expected_kind(b), b.text) for b in doc.body if shown(b)]
    assert [k for k, _ in parsed] == [k for k, _ in want]
    for (kind, got), (_, text) in zip(parsed, want, strict=True):
        if kind == "preformatted":
            expected = text.replace("\x00", "\ufffd").replace("\r\n", "\n").replace("\r", "\n")
            assert got == expected + "\n"
        else:
            assert norm(got) == norm(text)
    # and the HTML a reader sees holds the same words, in order, without added markup
    seen, tags = html_text(md)
    assert seen == norm(" ".join(t for _, t in want))
    assert set(tags) <= {"h1", "h2", "p", "ul", "li", "blockquote", "pre", "code", "em", "strong", "br"}


@PROPERTY
@given(documents())
def test_commonmark_shows_exactly_the_article(doc: Document) -> None:
    md = render_markdown(doc)
    check(doc, md)
    assert render_markdown(doc) == md  # deterministic, byte for byte
    assert md == "" or md.endswith("\n")


@PROPERTY
@given(st.lists(st.sampled_from(["paragraph", "list_item", "caption", "blockquote", "heading"]), max_size=5))
def test_hostile_blocks_of_every_kind(kinds: list[str]) -> None:
    # a denser test of the escaping: many short blocks, hostile text in each
    doc = Document(body=[Block(k, "1. # > - *x* _y_ `z` [a](b) <i> &amp; | ~~s~~ \\") for k in kinds])
    check(doc, render_markdown(doc))


@PROPERTY
@given(blocks(min_size=1, max_size=4), st.integers(0, 80))
def test_dateline_is_bold_or_left_alone(body: list[Block], k: int) -> None:
    body = [Block("paragraph", body[0].text), *body[1:]]
    first = body[0].text
    k = min(k, len(first))
    doc = Document(body=body, dateline=Dateline(first[:k], start=0, end=k))
    md = render_markdown(doc)
    check(doc, md)
    tokens = MD.parse(md)
    strong = [
        "".join(c.content for c in t.children[i + 1 :][:1])
        for t in tokens
        if t.type == "inline"
        for i, c in enumerate(t.children)
        if c.type == "strong_open"
    ]
    assert strong in ([], [first[:k].replace("\x00", "\ufffd").strip()])


@PROPERTY
@given(hostile_text(newlines=False))
def test_escaped_line_reads_back_as_itself(line: str) -> None:
    [tok] = [t for t in MD.parse(escape_inline(line.strip())) if t.type == "inline"] or [None]
    if tok is None:
        assert not line.strip().replace("\x00", "")
    else:
        assert norm(inline_text(tok)) == norm(line)


def test_realistic_article(pipeline: newskit.Pipeline) -> None:
    text = (
        "PORT ELSBY (Coast Wire) - The night ferry to Orrin Sound sails again from Monday, "
        "the operator said; tickets cost 4.50 * 2 for a return.\n\n"
        "What changes\n\n"
        "Sailings leave at 22:00.\n\n"
        "1. Boarding closes 10 minutes before departure.\n\n"
        "\u201cWe have the crews and the weather,\u201d harbour master Tove Arkell said.\n\n"
        "The ferry Orrin_Star at the quay (photo: harbour office)"
    )
    body = [
        Block(k, t)
        for k, t in zip(
            ["paragraph", "heading", "paragraph", "list_item", "blockquote", "caption"],
            text.split("\n\n"),
            strict=True,
        )
    ]
    doc = Document(
        title="Night ferry returns to Orrin Sound",
        body=body,
        dateline=Dateline(
            "PORT ELSBY (Coast Wire) -", start=0, end=25, place="PORT ELSBY", agency="Coast Wire"
        ),
    )
    md = pipeline.render(doc, "markdown")
    assert md == (
        "# Night ferry returns to Orrin Sound\n\n"
        "**PORT ELSBY (Coast Wire) -** The night ferry to Orrin Sound sails again from Monday, "
        "the operator said; tickets cost 4.50 \\* 2 for a return.\n\n"
        "## What changes\n\n"
        "Sailings leave at 22:00.\n\n"
        "- 1\\. Boarding closes 10 minutes before departure.\n\n"
        "> \u201cWe have the crews and the weather,\u201d harbour master Tove Arkell said.\n\n"
        "*The ferry Orrin\\_Star at the quay (photo: harbour office)*\n"
    )
    check(doc, md)
    assert pipeline.formats()["markdown"].media_type == "text/markdown"
    assert pipeline.formats()["markdown"].extension == "md"


def test_consecutive_list_items_make_one_list() -> None:
    doc = Document(body=[Block("list_item", "one"), Block("list_item", "two"), Block("paragraph", "after")])
    md = render_markdown(doc)
    assert md == "- one\n- two\n\nafter\n"
    assert MD.render(md) == "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>after</p>\n"


def test_line_breaks_inside_a_block_are_hard_breaks() -> None:
    doc = Document(body=[Block("blockquote", "first line\r\n---\nthird"), Block("paragraph", "a\n\n\nb")])
    md = render_markdown(doc)
    assert md == "> first line\\\n> \\---\\\n> third\n\na\\\nb\n"
    check(doc, md)


def test_code_fence_is_longer_than_any_backtick_run() -> None:
    doc = Document(body=[Block("preformatted", "x = ```\n````\n  indented")])
    md = render_markdown(doc)
    assert md.startswith("`````\n") and md.endswith("\n`````\n")
    check(doc, md)


def test_empty_document_renders_empty() -> None:
    assert render_markdown(Document()) == ""
    assert render_markdown(Document(title="  ", body=[Block("paragraph", " \n ")])) == ""


PROCESSED = (
    "Quay tolls rise by half, council says\n\n"
    "PORT ELSBY: Tolls at the north quay will rise to 6 * 1.50 crowns a crossing from 1 April, "
    "the harbour council [sic] said on Thursday.\n\n"
    "\u201cNobody likes it, but the pier is falling apart,\u201d councillor Ines Varga said. "
    "#SaveThePier trended within the hour.\n\n"
    "1. The vote passed 7-2 <after a long debate> & a recess.\n"
)


def test_processed_article_reads_back(pipeline: newskit.Pipeline) -> None:
    doc = pipeline.process(PROCESSED, published="2025-03-06T18:00:00+01:00")
    md = pipeline.render(doc, "markdown")
    check(doc, md)
    assert md.startswith("# Quay tolls rise by half, council says\n\n")
    assert "6 \\* 1.50" in md and "\\[sic\\]" in md and "1\\. The vote" in md
    if doc.dateline is not None:  # found by a dateline plugin, when one is installed
        assert md.count("**") == 2 and f"**{doc.dateline.text.strip()}**" in md
