"""Article metadata from an HTML page: JSON-LD ``NewsArticle``, OpenGraph, ``<meta>``, ``<time>``."""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterator
from typing import Any

import attrs

from ..timestamps import parse_timestamp

ARTICLE_TYPES = frozenset(
    {
        "NewsArticle",
        "Article",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "WebPage",
    }
)
_TITLE_META = ("og:title", "twitter:title", "dc.title", "headline")
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",
)
_UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
_LANG_META = ("og:locale", "content-language", "language", "dc.language")


@attrs.frozen
class PageMeta:
    """What the page says about its article."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: _dt.datetime | None = None
    updated: _dt.datetime | None = None
    language: str | None = None
    naive_times: bool = False


def _jsonld_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 20:
        return
    if isinstance(data, list):
        for x in data:
            yield from _jsonld_objects(x, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if key in data:
                yield from _jsonld_objects(data[key], depth + 1)


def _is_article(obj: dict[str, Any]) -> bool:
    t = obj.get("@type")
    types = t if isinstance(t, list) else [t]
    return any(isinstance(x, str) and x in ARTICLE_TYPES for x in types)


def _names(value: Any) -> list[str]:
    out: list[str] = []
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, dict):
            v = v.get("name")
        if isinstance(v, str):
            v = " ".join(v.split())
            if v and not v.startswith(("http://", "https://")) and len(v) < 120:
                out.append(v)
    return out


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return value or None


def read_meta(tree: Any) -> PageMeta:
    """Collect metadata from the parsed page *tree* (an lxml element)."""
    metas: dict[str, list[str]] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "").lower()
        content = m.get("content")
        if key and content:
            metas.setdefault(key.strip(), []).append(content.strip())

    article: dict[str, Any] = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            continue
        for obj in _jsonld_objects(data):
            if _is_article(obj) and (not article or obj.get("@type") != "WebPage"):
                article = {**obj, **article} if article else obj

    def first_meta(keys: tuple[str, ...]) -> str | None:
        for k in keys:
            for v in metas.get(k, ()):
                if v.strip():
                    return v
        return None

    title = _clean(article.get("headline") if isinstance(article.get("headline"), str) else None)
    title = title or _clean(first_meta(_TITLE_META))
    if not title:
        h1 = next(tree.iter("h1"), None)
        title = _clean(h1.text_content()) if h1 is not None else None
    if not title:
        t = next(tree.iter("title"), None)
        title = _clean(t.text_content()) if t is not None else None

    authors = _names(article.get("author")) if article else []
    if not authors:
        for k in _AUTHOR_META:
            authors.extend(n for v in metas.get(k, ()) for n in _names(v))
    authors = list(dict.fromkeys(authors))

    naive = False

    def when(candidates: list[str | None]) -> _dt.datetime | None:
        nonlocal naive
        fallback = None
        for c in candidates:
            t, aware = parse_timestamp(c) if isinstance(c, str) else (None, False)
            if t is None:
                continue
            if aware:
                return t
            fallback = fallback or t
        if fallback is not None:
            naive = True
            return fallback.replace(tzinfo=_dt.timezone.utc)
        return None

    time_tags = [t.get("datetime") for t in tree.iter("time") if t.get("datetime")]
    published = when([article.get("datePublished"), first_meta(_PUBLISHED_META), *time_tags[:1]])
    updated = when([article.get("dateModified"), first_meta(_UPDATED_META)])

    lang = tree.get("lang") or (
        article.get("inLanguage") if isinstance(article.get("inLanguage"), str) else None
    )
    lang = lang or first_meta(_LANG_META)
    language = lang.replace("_", "-").split("-")[0].lower()[:3] if lang else None
    return PageMeta(
        title=title,
        authors=tuple(authors),
        published=published,
        updated=updated,
        language=language or None,
        naive_times=naive,
    )
