"""The ``jsonld`` format: a schema.org NewsArticle, valid JSON, script-safe, deterministic."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
import sys

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

import newskit
from newskit.model import Block, Dateline, Document, Person, Quote, Speaker
from newskit.renderers import jsonld

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from format_strategies import documents

FIXTURE = pathlib.Path(__file__).resolve().parent / "fixtures" / "formats" / "ferry_strike.json"
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PERSON = {
    "type": "object",
    "properties": {
        "@type": {"const": "Person"},
        "@id": {"type": "string", "pattern": "^#person-[A-Za-z0-9%._~-]+$"},
        "name": {"type": "string"},
        "jobTitle": {"type": "string"},
        "alternateName": {"type": "array", "items": {"type": "string"}, "minItems": 1},
    },
    "required": ["@type"],
    "additionalProperties": False,
}
_DATETIME = {"type": "string", "format": "date-time"}
SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@type": {"const": "NewsArticle"},
        "url": {"type": "string"},
        "headline": {"type": "string"},
        "inLanguage": {"type": "string"},
        "datePublished": _DATETIME,
        "dateModified": _DATETIME,
        "author": {"type": "array", "items": _PERSON, "minItems": 1},
        "dateline": {"type": "string"},
        "locationCreated": {
            "type": "object",
            "properties": {
                "@type": {"const": "Place"},
                "name": {"type": "string"},
                "address": {
                    "type": "object",
                    "properties": {
                        "@type": {"const": "PostalAddress"},
                        "addressLocality": {"type": "string"},
                        "addressRegion": {"type": "string"},
                        "addressCountry": {"type": "string"},
                    },
                    "required": ["@type"],
                    "additionalProperties": False,
                },
            },
            "required": ["@type", "name", "address"],
            "additionalProperties": False,
        },
        "provider": {
            "type": "object",
            "properties": {"@type": {"const": "Organization"}, "name": {"type": "string"}},
            "required": ["@type", "name"],
            "additionalProperties": False,
        },
        "creditText": {"type": "string"},
        "articleBody": {"type": "string"},
        "hasPart": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {
                    "@type": {"const": "Quotation"},
                    "text": {"type": "string"},
                    "creator": _PERSON,
                },
                "required": ["@type", "text"],
                "additionalProperties": False,
            },
        },
        "mentions": {"type": "array", "items": _PERSON, "minItems": 1},
        "comment": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {
                    "@type": {"const": "Comment"},
                    "text": {"type": "string"},
                    "author": _PERSON,
                    "dateCreated": _DATETIME,
                },
                "required": ["@type", "text"],
                "additionalProperties": False,
            },
        },
        "commentCount": {"type": "integer", "minimum": 1},
    },
    "required": ["@context", "@type", "articleBody"],
    "additionalProperties": False,
}
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
ORDER = list(SCHEMA["properties"])


@pytest.fixture(scope="module")
def pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[jsonld], entry_points=False)


@pytest.fixture(scope="module")
def ferry() -> Document:
    return Document.from_json(FIXTURE.read_text(encoding="utf-8"))


def load(out: str) -> dict:
    assert out.endswith("}\n")
    assert not re.search("[<>&\u2028\u2029\ud800-\udfff]", out), "script-safe and encodable"
    out.encode("utf-8")
    data = json.loads(out)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(data)]
    assert errors == []
    keys = list(data)
    assert keys == [k for k in ORDER if k in data], "keys in the documented order"
    return data


def test_format_is_registered(pipeline):
    fmt = pipeline.formats()["jsonld"]
    assert fmt.media_type == "application/ld+json"
    assert fmt.extension == "jsonld"


def test_fixture_article(pipeline, ferry):
    data = load(pipeline.render(ferry, "jsonld"))
    assert data["headline"] == ferry.title
    assert data["url"] == ferry.url
    assert data["inLanguage"] == "en"
    assert data["datePublished"] == "2025-03-07T18:30:00+00:00"
    assert data["dateModified"] == "2025-03-07T21:05:00+01:00"
    assert [a["name"] for a in data["author"]] == list(ferry.authors)
    assert data["dateline"] == ferry.dateline.text
    assert data["locationCreated"] == {
        "@type": "Place",
        "name": "Porthaven",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Porthaven",
            "addressRegion": "Kestria",
            "addressCountry": "GB",
        },
    }
    assert data["provider"] == {"@type": "Organization", "name": "Coastline Wire"}
    assert data["articleBody"] == ferry.text
    assert data["creditText"] == "Editing by Sam Oduya"
    assert [q["text"] for q in data["hasPart"]] == [q.text for q in ferry.quotes]
    voss = data["hasPart"][1]["creator"]
    assert voss == {
        "@type": "Person",
        "@id": "#person-mara-voss",
        "name": "Mara Voss",
        "jobTitle": "general secretary of the Seafarers’ Union",
    }
    ids = {p["@id"] for p in data["mentions"]}
    assert {q["creator"]["@id"] for q in data["hasPart"]} <= ids, "quote creators join the people"
    assert data["comment"][0]["author"]["name"] == "quayside_reader"
    assert data["commentCount"] == 1


def test_creator_falls_back_to_the_person_and_the_mention(pipeline):
    doc = Document(
        body=[Block("paragraph", "He said it. She said more.")],
        people=[Person("p 1/x", "Ana Bel", roles=["mayor"])],
        quotes=[
            Quote(
                "it", kind="indirect", start=8, end=10, speaker=Speaker("He", start=0, end=2, person="p 1/x")
            ),
            Quote("more", kind="indirect", start=21, end=25, speaker=Speaker("She", start=12, end=15)),
            Quote("said", kind="indirect", start=3, end=7),
        ],
    )
    data = load(pipeline.render(doc, "jsonld"))
    creators = [q.get("creator") for q in data["hasPart"]]
    assert creators == [
        {"@type": "Person", "@id": "#person-p%201%2Fx", "name": "Ana Bel", "jobTitle": "mayor"},
        {"@type": "Person", "name": "She"},
        None,
    ]


def test_place_without_a_city(pipeline):
    doc = Document(
        body=[Block("paragraph", "TEXAS - Rain.")],
        dateline=Dateline("TEXAS -", start=0, end=7, region="Texas", country="US"),
    )
    data = load(pipeline.render(doc, "jsonld"))
    assert data["locationCreated"]["name"] == "Texas"
    assert "provider" not in data


def test_hostile_text_is_escaped_and_survives(pipeline):
    nasty = "</script><!-- & \x00\x1b\u2028\u2029 “q” ]]> \ud800" + " long" * 20_000
    doc = Document(
        title="<b>T</b>",
        body=[Block("paragraph", nasty)],
        published=dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc),
    )
    out = pipeline.render(doc, "jsonld")
    assert "</script>" not in out and "\\u003c/script\\u003e" in out
    data = load(out)
    assert data["articleBody"] == nasty.replace("\ud800", "\ufffd")
    assert data["headline"] == "<b>T</b>"


def test_empty_document(pipeline):
    assert load(pipeline.render(Document(), "jsonld")) == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "articleBody": "",
    }


@SETTINGS
@given(documents())
def test_generated_documents(doc):
    pipeline = newskit.Pipeline(plugins=[jsonld], entry_points=False)
    out = pipeline.render(doc, "jsonld")
    assert out == pipeline.render(doc, "jsonld"), "byte-for-byte deterministic"
    data = load(out)
    assert data["articleBody"] == doc.text
    assert data.get("headline") == doc.title
    assert [q["text"] for q in data.get("hasPart", [])] == [q.text for q in doc.quotes]
    assert [a["name"] for a in data.get("author", [])] == list(doc.authors)
    assert len(data.get("comment", [])) == len(doc.comments)
