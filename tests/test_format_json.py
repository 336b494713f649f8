"""The json format: compact by default, pretty with indent, and the standard-library fallback."""

from __future__ import annotations

import json

import pytest

import newskit
from newskit.model import Block, Document
from newskit.serialize import document_to_dict, dumps

TEXT = "PORT ALDER: The board met on Tuesday, and said “yes”."


@pytest.fixture(scope="module")
def pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(entry_points=False)


def test_compact_by_default_and_same_data_as_the_standard_library(pipeline: newskit.Pipeline) -> None:
    doc = pipeline.process(f"Harbour vote\n\n{TEXT}", published="2025-03-05T10:00+00:00")
    out = pipeline.render(doc, "json")
    assert out == json.dumps(document_to_dict(doc), ensure_ascii=False, separators=(",", ":"))
    assert out.startswith('{"schema_version":"1.0","url":null,')
    assert "“yes”" in out  # UTF-8 text is not escaped
    assert newskit.Document.from_json(out) == doc


def test_indent_pretty_prints(pipeline: newskit.Pipeline) -> None:
    doc = pipeline.process(f"Harbour vote\n\n{TEXT}")
    out = pipeline.render(doc, "json", indent=2)
    assert out.startswith('{\n  "schema_version": "1.0",\n')
    assert json.loads(out) == json.loads(pipeline.render(doc, "json"))
    assert pipeline.render(doc, "json", indent="4") == json.dumps(json.loads(out), ensure_ascii=False, indent=4)


@pytest.mark.parametrize("indent", ["x", "-1", -2, 1.5, True, []])
def test_an_indent_that_is_no_number_of_spaces_is_an_input_error(pipeline: newskit.Pipeline, indent) -> None:
    doc = pipeline.process(f"Harbour vote\n\n{TEXT}")
    with pytest.raises(newskit.InputError, match="indent must be a whole number of spaces"):
        pipeline.render(doc, "json", indent=indent)


@pytest.mark.parametrize(
    "extension",
    [
        {"big": 2**70},  # beyond 64 bits: orjson refuses it
        {"counts": {1: "one", 2: "two"}},  # keys that are not strings
        {"score": 0.1, "none": None, "nested": [1, [2, {"a": "b"}]]},
    ],
)
def test_any_json_data_a_plugin_keeps_renders(pipeline: newskit.Pipeline, extension: dict) -> None:
    doc = Document(body=[Block("paragraph", TEXT)], extensions={"my-plugin": extension})
    out = pipeline.render(doc, "json")
    expected = json.dumps(document_to_dict(doc), ensure_ascii=False, separators=(",", ":"))
    assert json.loads(out) == json.loads(expected)
    assert pipeline.render(doc, "jsonl") == out + "\n"


def test_dumps_refuses_what_json_cannot_hold() -> None:
    with pytest.raises(TypeError):
        dumps({"when": object()})


def test_a_subclass_whose_hints_cannot_be_resolved_still_converts() -> None:
    import attrs

    from newskit.serialize import _unstructure

    @attrs.frozen
    class Tagged(Block):
        tag: "NotDefinedAnywhere | None" = attrs.field(default=None, kw_only=True)  # noqa: F821, UP037

    data = _unstructure(Tagged("paragraph", TEXT, tag="lead"))
    assert (data["kind"], data["text"], data["tag"]) == ("paragraph", TEXT, "lead")
