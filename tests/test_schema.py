"""The JSON Schema of the ``json`` format: newskit's output validates, drift does not."""

from __future__ import annotations

import copy
import datetime as dt
import importlib.resources
import json
import pathlib

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskit
from newskit.model import (
    BLOCK_KINDS,
    QUOTE_KINDS,
    SEPARATOR,
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
from newskit.serialize import _TOP_ORDER, document_to_dict

HTML_PAGES = pathlib.Path(__file__).resolve().parent / "html_pages"


def load_schema() -> dict:
    res = importlib.resources.files("newskit") / "schema" / "document.schema.json"
    return json.loads(res.read_text(encoding="utf-8"))


SCHEMA = load_schema()
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def errors(data: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(data)]


def roundtrip_and_validate(doc: Document, pipeline: newskit.Pipeline) -> None:
    out = pipeline.render(doc, "json")
    data = json.loads(out)
    assert errors(data) == []
    assert Document.from_json(out) == doc


# --- the schema itself ------------------------------------------------------------


def test_schema_is_valid_draft_2020_12():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_schema_lists_every_top_level_key_in_contract_order():
    assert tuple(SCHEMA["properties"]) == _TOP_ORDER
    assert SCHEMA["required"] == list(_TOP_ORDER)
    assert SCHEMA["additionalProperties"] is False


@pytest.mark.parametrize(
    ("cls", "name"),
    [
        (Block, "Block"),
        (Removal, "Removal"),
        (Comment, "Comment"),
        (Dateline, "Dateline"),
        (TimeExpression, "TimeExpression"),
        (Speaker, "Speaker"),
        (Quote, "Quote"),
        (Mention, "Mention"),
        (Person, "Person"),
        (Diagnostic, "Diagnostic"),
        (Interval, "Interval"),
    ],
)
def test_schema_objects_match_model_fields(cls, name):
    import attrs

    d = SCHEMA["$defs"][name]
    fields = [f.name for f in attrs.fields(cls) if f.init]
    assert sorted(d["properties"]) == sorted(fields)
    assert sorted(d["required"]) == sorted(fields)
    assert d["additionalProperties"] is False


def test_schema_enums_match_model():
    defs = SCHEMA["$defs"]
    assert set(defs["Block"]["properties"]["kind"]["enum"]) == set(BLOCK_KINDS)
    assert set(defs["Quote"]["properties"]["kind"]["enum"]) == set(QUOTE_KINDS)
    assert set(defs["TimeExpression"]["properties"]["type"]["enum"]) == {"DATE", "TIME", "DURATION", "SET"}
    assert set(SCHEMA["properties"]["input_kind"]["enum"]) == {"text", "html"}


# --- real outputs -----------------------------------------------------------------


def test_text_article_validates(pipeline, article_text):
    doc = pipeline.process(article_text, published="2024-03-04T09:00:00+05:00")
    roundtrip_and_validate(doc, pipeline)


def test_empty_text_validates(pipeline):
    roundtrip_and_validate(pipeline.process(""), pipeline)


INLINE_PAGE = """<!doctype html><html lang="en-GB"><head><title>Harbour ferry fares frozen | Coastline Courier</title>
<meta property="og:title" content="Harbour ferry fares frozen">
<meta property="article:published_time" content="2025-02-11T07:30:00+00:00">
<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"name": "Tamsin Orrell"}]}</script>
</head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>Harbour ferry fares frozen</h1>
<p>The harbour authority said on Tuesday that fares on the two commuter ferries would not rise this year.</p>
<ul><li>Single: unchanged</li><li>Season ticket: unchanged</li></ul>
<blockquote><p>We listened to the people who use the boats every day.</p></blockquote>
<figure><img src="a.jpg"><figcaption>The morning ferry leaving the north quay.</figcaption></figure>
</article><footer>© Coastline Courier</footer></body></html>"""


def test_html_page_validates(pipeline):
    doc = pipeline.process(INLINE_PAGE, url="https://courier.invalid/local/ferry-fares")
    assert doc.input_kind == "html"
    assert doc.removed and all(r.locator for r in doc.removed)
    roundtrip_and_validate(doc, pipeline)


@pytest.mark.parametrize("page", sorted(HTML_PAGES.glob("*.html")), ids=lambda p: p.name)
def test_fixture_pages_validate(pipeline, page):
    doc = pipeline.process(page.read_bytes(), url=f"https://example.invalid/{page.stem}")
    roundtrip_and_validate(doc, pipeline)


# --- generated documents ----------------------------------------------------------

UTC_OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: dt.timezone(dt.timedelta(minutes=m))
)
AWARE = st.datetimes(
    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=UTC_OFFSETS
)
SHORT = st.text(max_size=20)
MAYBE = st.none() | SHORT
WHERE = st.sampled_from(["body", "title"])
NAT = st.integers(min_value=0, max_value=10**6)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@st.composite
def intervals(draw) -> Interval:
    a, b = sorted([draw(AWARE), draw(AWARE)])
    return Interval(a, b)


def source_span(draw) -> dict:
    if draw(st.booleans()):
        a = draw(NAT)
        return {"source_start": a, "source_end": a + draw(NAT)}
    return {}


@st.composite
def documents(draw) -> Document:
    texts = draw(st.lists(st.text(min_size=1, max_size=40), max_size=5))
    body = [Block(draw(st.sampled_from(sorted(BLOCK_KINDS))), t, **source_span(draw)) for t in texts]
    text = SEPARATOR.join(texts)

    title = draw(MAYBE)
    texts_of = {"body": text, "title": title or ""}

    def span(where: str = "body") -> tuple[int, int]:
        n = len(texts_of[where])
        a = draw(st.integers(0, n))
        return a, draw(st.integers(a, n))

    def mention(where: str = "body") -> Mention:
        a, b = span(where)
        return Mention(texts_of[where][a:b], start=a, end=b, where=where, **source_span(draw))

    def speaker(where: str = "body") -> Speaker:
        a, b = span(where)
        return Speaker(
            texts_of[where][a:b],
            start=a,
            end=b,
            where=where,
            name=draw(MAYBE),
            role=draw(MAYBE),
            person=draw(MAYBE),
        )

    times = []
    n_times = draw(st.integers(0, 3))
    for _ in range(n_times):
        where = draw(WHERE)
        a, b = span(where)
        times.append(
            TimeExpression(
                texts_of[where][a:b],
                where=where,
                type=draw(st.sampled_from(["DATE", "TIME", "DURATION", "SET"])),
                value=draw(SHORT),
                start=a,
                end=b,
                mod=draw(MAYBE),
                timezone=draw(MAYBE),
                interval=draw(st.none() | intervals()),
                same_as=draw(st.none() | st.integers(0, n_times - 1)),
                anchor=draw(MAYBE),
                alternatives=draw(st.lists(SHORT, max_size=2)),
            )
        )
    quotes = []
    for _ in range(draw(st.integers(0, 2))):
        where = draw(WHERE)
        a, b = span(where)
        quotes.append(
            Quote(
                texts_of[where][a:b],
                where=where,
                kind=draw(st.sampled_from(sorted(QUOTE_KINDS))),
                start=a,
                end=b,
                parts=[mention(where) for _ in range(draw(st.integers(0, 2)))],
                cue=mention(where) if draw(st.booleans()) else None,
                speaker=speaker(where) if draw(st.booleans()) else None,
                addressee=mention(where) if draw(st.booleans()) else None,
                reported_by=speaker(where) if draw(st.booleans()) else None,
            )
        )
    dateline = None
    if draw(st.booleans()):
        a, b = span()
        dateline = Dateline(
            text[a:b],
            start=a,
            end=b,
            place=draw(MAYBE),
            region=draw(MAYBE),
            country=draw(MAYBE),
            timezone=draw(MAYBE),
            agency=draw(MAYBE),
            date=draw(MAYBE),
        )
    removed = [
        Removal(
            draw(SHORT),
            reason=draw(SHORT),
            rule=draw(SHORT),
            plugin=draw(SHORT),
            at=draw(st.none() | st.integers(0, len(text))),
            field=draw(MAYBE),
            locator=draw(MAYBE),
            **source_span(draw),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    return Document(
        url=draw(MAYBE),
        site=draw(MAYBE),
        language=draw(MAYBE),
        input_kind=draw(st.sampled_from(["text", "html"])),
        title=title,
        authors=draw(st.lists(SHORT, max_size=3)),
        published=draw(st.none() | AWARE),
        updated=draw(st.none() | AWARE),
        credits=draw(st.lists(SHORT, max_size=2)),
        body=body,
        removed=removed,
        comments=[
            Comment(draw(SHORT), author=draw(MAYBE), published=draw(st.none() | AWARE), **source_span(draw))
            for _ in range(draw(st.integers(0, 2)))
        ],
        dateline=dateline,
        times=times,
        quotes=quotes,
        people=[
            Person(
                draw(SHORT),
                draw(SHORT),
                variants=draw(st.lists(SHORT, max_size=2)),
                roles=draw(st.lists(SHORT, max_size=2)),
                quotes=draw(st.lists(st.integers(0, 5), max_size=2)),
            )
            for _ in range(draw(st.integers(0, 2)))
        ],
        warnings=[
            Diagnostic(draw(SHORT), draw(SHORT), plugin=draw(MAYBE), stage=draw(MAYBE))
            for _ in range(draw(st.integers(0, 2)))
        ],
        plugins=draw(st.dictionaries(SHORT, SHORT, max_size=3)),
        extensions=draw(st.dictionaries(SHORT, JSON_VALUES, max_size=3)),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents_validate_and_round_trip(doc):
    pipeline = newskit.Pipeline(entry_points=False)
    roundtrip_and_validate(doc, pipeline)


# --- drift is caught ---------------------------------------------------------------


@pytest.fixture
def good(pipeline, article_text) -> dict:
    doc = pipeline.process(article_text, published="2024-03-04T09:00:00+05:00")
    data = document_to_dict(doc)
    assert errors(data) == []
    return data


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("title",), 42),
        (("authors",), "A. Writer"),
        (("input_kind",), "pdf"),
        (("published",), "yesterday"),
        (("published",), 1700000000),
        (("body", 0, "kind"), "sidebar"),
        (("body", 0, "start"), -1),
        (("body", 0, "source_start"), "12"),
        (("removed", 0, "locator"), 3),
        (("plugins",), ["newskit.readers.text"]),
        (("times",), [{"text": "Monday", "type": "DATE", "value": "2024-03-04"}]),
        (("schema_version",), "2.0"),
    ],
)
def test_wrong_values_fail(good, where, value):
    bad = copy.deepcopy(good)
    target = bad
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    assert errors(bad)


def test_unknown_keys_fail(good):
    bad = copy.deepcopy(good)
    bad["body"][0]["style"] = "bold"
    assert errors(bad)
    bad = copy.deepcopy(good)
    bad["summary"] = "extra"
    assert errors(bad)


def test_missing_key_fails(good):
    bad = copy.deepcopy(good)
    del bad["removed"]
    assert errors(bad)


def test_extensions_are_free_form(good):
    data = copy.deepcopy(good)
    data["extensions"] = {"my-plugin": {"scores": [0.5, 1, None], "nested": {"a": True}}}
    assert errors(data) == []
