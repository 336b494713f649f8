"""The document model: invariants, offsets, immutability, JSON round trips."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskit
from newskit.errors import InputError
from newskit.frozen import FrozenDict
from newskit.model import Block, Dateline, Document, Removal, TimeExpression

UTC = dt.timezone.utc


def doc_with(*texts: str, **kw) -> Document:
    return Document(body=[Block("paragraph", t) for t in texts], **kw)


def test_text_is_blocks_joined_by_blank_lines_and_offsets_follow():
    doc = doc_with("One.", "Two two.", "Three.")
    assert doc.text == "One.\n\nTwo two.\n\nThree."
    for b in doc.body:
        assert doc.text[b.start : b.end] == b.text


def test_evolve_relays_out_blocks():
    doc = doc_with("One.", "Two.")
    shorter = attrs.evolve(doc, body=doc.body[1:])
    assert shorter.body[0].start == 0
    assert shorter.text == "Two."


@pytest.mark.parametrize("field", ["published", "updated"])
def test_naive_datetimes_are_rejected(field):
    with pytest.raises(ValueError, match="time-zone aware"):
        Document(**{field: dt.datetime(2021, 8, 3, 12, 0)})
    Document(**{field: dt.datetime(2021, 8, 3, 12, 0, tzinfo=UTC)})


def test_unknown_block_kind_is_rejected():
    with pytest.raises(ValueError, match="kind"):
        Block("sidebar", "x")


def test_half_or_inverted_spans_are_rejected():
    with pytest.raises(ValueError):
        Block("paragraph", "x", source_start=3)
    with pytest.raises(ValueError):
        Removal("x", reason="r", rule="r", plugin="p", source_start=5, source_end=2)


def test_annotation_must_match_the_text_it_points_at():
    doc = doc_with("WASHINGTON: Talks went on.")
    ok = Dateline("WASHINGTON:", start=0, end=11, place="WASHINGTON")
    assert attrs.evolve(doc, dateline=ok).dateline.place == "WASHINGTON"
    with pytest.raises(ValueError, match="does not match"):
        attrs.evolve(doc, dateline=Dateline("KABUL:", start=0, end=6))
    with pytest.raises(ValueError, match="outside the text"):
        attrs.evolve(doc, times=[TimeExpression("x", type="DATE", value="2021", start=100, end=101)])


def test_same_as_must_index_times():
    doc = doc_with("on Tuesday")
    t = TimeExpression("Tuesday", type="DATE", value="2021-08-03", start=3, end=10, same_as=4)
    with pytest.raises(ValueError, match="same_as"):
        attrs.evolve(doc, times=[t])


def test_source_span_maps_through_exact_blocks_only():
    doc = Document(
        body=[
            Block("paragraph", "Hello world", source_start=10, source_end=21),
            Block("paragraph", "edited", source_start=30, source_end=40),
        ]
    )
    assert doc.source_span(6, 11) == (16, 21)
    assert doc.source_span(13, 19) == (None, None)  # not an exact slice
    assert doc.source_span(5, 15) == (None, None)  # crosses blocks
    assert doc.block_at(13).text == "edited"


def test_extensions_are_deeply_frozen_and_picklable():
    doc = Document(extensions={"mine": {"tags": ["a", "b"], "n": 1}})
    assert doc.extensions["mine"]["tags"] == ("a", "b")
    with pytest.raises(TypeError):
        doc.extensions["mine"]["n"] = 2  # type: ignore[index]
    assert isinstance(doc.extensions["mine"], FrozenDict)
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_json_round_trip_is_lossless(pipeline, article_text):
    doc = pipeline.process(article_text, url="https://example.org/a", published="2021-08-03T18:00:00-04:00")
    again = newskit.Document.from_json(pipeline.render(doc, "json"))
    assert again == doc
    assert again.published.utcoffset() == dt.timedelta(hours=-4)
    assert again.text == doc.text


def test_from_json_rejects_bad_input_clearly():
    with pytest.raises(InputError, match="not valid JSON"):
        Document.from_json("{nope")
    with pytest.raises(InputError, match="object"):
        Document.from_json("[]")
    with pytest.raises(InputError, match="published"):
        Document.from_json('{"published": "last week"}')
    with pytest.raises(InputError, match="schema_version"):
        Document.from_json('{"schema_version": "9.0"}')
    with pytest.raises(InputError, match="does not match"):
        Document.from_json('{"body": [{"kind": "paragraph", "text": "a"}], "text": "b"}')
    with pytest.raises(InputError, match="nested too deeply"):
        Document.from_json('{"body": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(InputError, match=r"body\[0\]\.text: expected str, got int"):
        Document.from_json('{"body": [{"kind": "paragraph", "text": 5}]}')
    with pytest.raises(InputError, match=r"times\[0\]: must not be null"):
        Document.from_json('{"times": [null]}')


def _json_paths(value, path=()):
    yield path
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, inner in items:
        yield from _json_paths(inner, (*path, key))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**20) | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=5,
)


@pytest.fixture(scope="module")
def rich_json():
    """The JSON of a document with a dateline, times, quotes and people."""
    pipeline = newskit.Pipeline(entry_points=False)
    text = "Envoy hopeful\n\nKABUL (Reuters) - “We are close,” said Ann Lo, the envoy, on Tuesday.\n\nTalks resume next week, she said."
    return json.loads(pipeline.render(pipeline.process(text, published="2021-08-03T18:00:00-04:00"), "json"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), value=JSON_VALUES)
def test_from_json_of_a_changed_document_loads_or_says_why(rich_json, data, value):
    """Any one value of a document's JSON replaced by any JSON value: a document or an InputError."""
    path = data.draw(st.sampled_from(list(_json_paths(rich_json))[1:]))
    changed = copy.deepcopy(rich_json)
    holder = changed
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = value
    try:
        Document.from_json(json.dumps(changed))
    except InputError as e:
        assert str(e)
