"""The ``jsonl`` format: one compact JSON document per line, streamed in and out."""

from __future__ import annotations

import importlib.resources
import io
import json
import pathlib
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit
from newskit.model import Block, Document
from newskit.renderers import jsonl
from newskit.renderers.jsonl import read_jsonl, render_jsonl, write_jsonl

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from format_strategies import documents

PROPERTY = settings(max_examples=120, deadline=None)


@pytest.fixture(scope="module")
def pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[jsonl], entry_points=False)


def _schema_validator():
    res = importlib.resources.files("newskit") / "schema" / "document.schema.json"
    if not res.is_file():
        return None
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(res.read_text(encoding="utf-8"))
    cls = jsonschema.Draft202012Validator
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


VALIDATOR = _schema_validator()

ARTICLE = (
    "Night ferry returns to Orrin Sound\n\n"
    "PORT ELSBY: The night ferry to Orrin Sound sails again from Monday, the operator said.\n\n"
    "\u201cWe have the crews and the weather,\u201d harbour master Tove Arkell said on Friday.\n\n"
    "Share this article\n"
)


def test_registered_with_media_type_and_extension(pipeline: newskit.Pipeline) -> None:
    fmt = pipeline.formats()["jsonl"]
    assert fmt.media_type == "application/x-ndjson"
    assert fmt.extension == "jsonl"
    assert fmt.options == ()
    assert fmt.description


def test_processed_article_is_one_line_with_the_json_content(pipeline: newskit.Pipeline) -> None:
    doc = pipeline.process(ARTICLE, url="https://orrin.example/ferry")
    out = pipeline.render(doc, "jsonl")
    assert out.endswith("}\n") and out.count("\n") == 1
    assert json.loads(out) == json.loads(pipeline.render(doc, "json"))
    assert Document.from_json(out) == doc


@PROPERTY
@given(documents())
def test_every_document_is_one_line_that_loads_back(doc: Document) -> None:
    out = render_jsonl(doc)
    assert out.endswith("\n")
    # one line whichever line splitter a reader uses (str.splitlines knows U+2028, U+0085, ...)
    assert len(out.splitlines()) == 1
    assert json.loads(out) == doc.to_dict()
    assert Document.from_json(out) == doc
    assert Document.from_json(out).text == doc.text
    assert render_jsonl(doc) == out  # deterministic, byte for byte
    out.encode("utf-8")  # encodable: no lone surrogates escape into the file
    if VALIDATOR is not None:
        problems = [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(json.loads(out))]
        assert problems == []


@settings(max_examples=40, deadline=None)
@given(st.lists(documents(max_blocks=3), max_size=3), st.booleans())
def test_write_then_read_gives_the_documents_back(docs: list[Document], binary: bool) -> None:
    buf: io.StringIO | io.BytesIO = io.BytesIO() if binary else io.StringIO()
    assert write_jsonl(docs, buf) == len(docs)
    raw = buf.getvalue()
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    assert text == "".join(render_jsonl(d) for d in docs)
    assert len(text.splitlines()) == len(docs)
    buf.seek(0)
    assert list(read_jsonl(buf)) == docs


def test_paths_are_opened_and_closed(tmp_path) -> None:
    docs = [Document(title="One", body=[Block("paragraph", "First.")]), Document(title="Two")]
    path = tmp_path / "out.jsonl"
    assert write_jsonl(iter(docs), path) == 2
    assert list(read_jsonl(path)) == docs
    assert list(read_jsonl(str(path))) == docs


def test_writing_streams_as_documents_arrive() -> None:
    buf = io.StringIO()

    def produce():
        for i in range(3):
            # every earlier document is already in the file when the next is produced
            assert buf.getvalue().count("\n") == i
            yield Document(title=f"Story {i}")

    assert write_jsonl(produce(), buf) == 3


def test_reading_is_lazy_and_skips_blank_lines() -> None:
    first = render_jsonl(Document(title="First"))

    def lines():
        yield first
        yield "\n"
        yield "   \n"
        raise AssertionError("read past what was asked for")

    reader = read_jsonl(lines())
    assert next(reader).title == "First"


def test_a_bad_line_is_reported_with_its_number() -> None:
    good = render_jsonl(Document(title="Fine"))
    with pytest.raises(newskit.InputError, match="line 3: not valid JSON"):
        list(read_jsonl(io.StringIO(good + "\n" + "{not json\n")))
    with pytest.raises(newskit.InputError, match=r"line 2: .*schema_version"):
        list(read_jsonl(io.StringIO(good + '{"schema_version": "9.0"}\n')))


def test_line_separators_inside_text_are_escaped() -> None:
    doc = Document(title="a\u2028b\x85c\u2029d", body=[Block("paragraph", "one\ntwo\rthree")])
    out = render_jsonl(doc)
    assert "\u2028" not in out and "\x85" not in out and "\u2029" not in out
    assert "\\u2028" in out
    assert out.count("\n") == 1
    assert Document.from_json(out) == doc
