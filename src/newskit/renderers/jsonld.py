"""Built-in plugin: the ``jsonld`` output format, a schema.org ``NewsArticle`` in JSON-LD.

Properties, in this order (those without a value are left out): ``@context``,
``@type``, ``url``, ``headline``, ``inLanguage``, ``datePublished``,
``dateModified`` (ISO 8601 with offset), ``author`` (a list of ``Person``),
``dateline``, ``locationCreated`` (a ``Place`` from the dateline, with a
``PostalAddress``), ``provider`` (the dateline's agency, an ``Organization``),
``creditText`` (production credits), ``articleBody`` (the clean text),
``hasPart`` (the quotes), ``mentions`` (the people quoted), ``comment``
and ``commentCount``.

Quotes are ``Quotation`` items under ``hasPart``, since a quote is part of
the article's text: ``text`` and a ``creator`` ``Person`` with ``name`` and
``jobTitle``. People are ``Person`` items under ``mentions``, with
``@id`` ``#person-<id>`` (resolved against the article's URL); a quote's
creator carries the same ``@id`` when the speaker was resolved to a person,
so the two can be joined.

The output is plain JSON, safe to embed in an HTML ``<script>`` element:
``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e`` and
``\\u0026``, and U+2028/U+2029 escaped too; lone surrogates (which no
encoding can write) become U+FFFD.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote as _pct

from ..markers import hookimpl
from ..model import Document, Person, Quote

CONTEXT = "https://schema.org"

_SURROGATE = re.compile("[\ud800-\udfff]")
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")


def _person_id(pid: str) -> str:
    return "#person-" + _pct(pid, safe="")


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None and v != []}


def _creator(q: Quote, people: dict[str, Person]) -> dict[str, Any] | None:
    sp = q.speaker
    if sp is None:
        return None
    person = people.get(sp.person) if sp.person is not None else None
    name = sp.name or (person.name if person else None) or sp.text or None
    role = sp.role or (person.roles[0] if person and person.roles else None)
    return _drop_none(
        {
            "@type": "Person",
            "@id": _person_id(sp.person) if person else None,
            "name": name,
            "jobTitle": role,
        }
    )


def build_jsonld(document: Document) -> dict[str, Any]:
    """The ``NewsArticle`` as a dict, keys in output order."""
    doc = document
    people: dict[str, Person] = {}
    for p in doc.people:
        people.setdefault(p.id, p)
    dl = doc.dateline
    place = None
    if dl is not None and (dl.place or dl.region or dl.country):
        address = _drop_none(
            {
                "@type": "PostalAddress",
                "addressLocality": dl.place,
                "addressRegion": dl.region,
                "addressCountry": dl.country,
            }
        )
        place = _drop_none(
            {"@type": "Place", "name": dl.place or dl.region or dl.country, "address": address}
        )
    quotes = [
        _drop_none({"@type": "Quotation", "text": q.text, "creator": _creator(q, people)}) for q in doc.quotes
    ]
    mentions = [
        _drop_none(
            {
                "@type": "Person",
                "@id": _person_id(p.id),
                "name": p.name,
                "alternateName": list(p.variants) or None,
                "jobTitle": p.roles[0] if p.roles else None,
            }
        )
        for p in people.values()
    ]
    comments = [
        _drop_none(
            {
                "@type": "Comment",
                "text": c.text,
                "author": {"@type": "Person", "name": c.author} if c.author else None,
                "dateCreated": c.published.isoformat() if c.published else None,
            }
        )
        for c in doc.comments
    ]
    return _drop_none(
        {
            "@context": CONTEXT,
            "@type": "NewsArticle",
            "url": doc.url,
            "headline": doc.title,
            "inLanguage": doc.language,
            "datePublished": doc.published.isoformat() if doc.published else None,
            "dateModified": doc.updated.isoformat() if doc.updated else None,
            "author": [{"@type": "Person", "name": a} for a in doc.authors],
            "dateline": dl.text if dl is not None else None,
            "locationCreated": place,
            "provider": {"@type": "Organization", "name": dl.agency}
            if dl is not None and dl.agency
            else None,
            "creditText": "; ".join(doc.credits) if doc.credits else None,
            "articleBody": doc.text,
            "hasPart": quotes,
            "mentions": mentions,
            "comment": comments,
            "commentCount": len(comments) if comments else None,
        }
    )


def render_jsonld(document: Document) -> str:
    """The document as schema.org ``NewsArticle`` JSON-LD."""
    out = json.dumps(build_jsonld(document), ensure_ascii=False, indent=2)
    out = _SURROGATE.sub("\ufffd", out)
    return _SCRIPT_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", out) + "\n"


@hookimpl
def newskit_register_formats(register: Callable[..., Any]) -> None:
    register(
        "jsonld",
        render_jsonld,
        media_type="application/ld+json",
        extension="jsonld",
        description="schema.org NewsArticle as JSON-LD: metadata, dateline place, body, quotes, people.",
    )
