"""Article metadata from an HTML page: JSON-LD ``NewsArticle``, OpenGraph, ``<meta>``, ``<time>``.

* **title**: JSON-LD ``headline``, else ``og:title`` (and the other title
  ``<meta>``), else the first ``<h1>``, else ``<title>``; HTML entities decoded.
* **authors**: from the first source that names any: JSON-LD ``author``
  (``@id`` references into an ``@graph`` resolved), the author ``<meta>``
  tags, then ``itemprop="author"`` / ``rel="author"`` in the page. Names are
  split on "and", "&" and commas between full names; URLs, handles
  (``jane-doe``), "By " prefixes and duplicates are dropped.
* **published** / **updated**: JSON-LD, then ``<meta>``, then ``<time>``;
  the page's UTC offset is kept. A time without a zone is read as UTC and
  flagged (``naive_times``).
* **language**: ``<html lang>``, JSON-LD ``inLanguage``, then ``<meta>``.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import re
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
        "AskPublicNewsArticle",
        "SatiricalArticle",
        "ScholarlyArticle",
        "TechArticle",
        "Report",
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

# White space is collapsed before splitting, so one space either side suffices (and stays linear).
_SPLIT_AND = re.compile(r"\s(?:and|&|und|et|y|e)\s|\s?;\s?|\s?\|\s?", re.IGNORECASE)
_BY = re.compile(r"^\s*(?:by|written by|words by|von|par|por)\b[:\s]*", re.IGNORECASE)
_HANDLE = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")
_NOT_NAME = re.compile(r"https?:|www\.|@|[(){}\[\]<>=/\\:|#]|\d{3}")
MAX_NAME_WORDS = 6
MAX_NAME_CHARS = 80


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


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    return [x for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)]


def _is_article(obj: dict[str, Any]) -> bool:
    return any(x in ARTICLE_TYPES for x in _types(obj))


def _text(value: Any) -> str | None:
    """A JSON-LD or attribute string with entities decoded and white space collapsed."""
    if not isinstance(value, str):
        return None
    value = " ".join(html.unescape(html.unescape(value)).split())
    return value or None


def looks_like_name(value: str) -> bool:
    """Whether *value* can be a person's or an organisation's byline name."""
    if not value or len(value) > MAX_NAME_CHARS or len(value.split()) > MAX_NAME_WORDS:
        return False
    if _NOT_NAME.search(value) or not any(c.isalpha() for c in value):
        return False
    cased = [c for c in value if c.isalpha() and c.lower() != c.upper()]
    if cased and not any(c.isupper() for c in cased):
        return False  # a handle or slug: ``jane-doe``, ``aligharib``
    return not _HANDLE.match(value) or " " in value


def split_names(value: str) -> list[str]:
    """Split a byline into names: ``"A and B"``, ``"A, B & C"``; drop "By "."""
    value = _BY.sub("", " ".join(value.split()))
    parts: list[str] = []
    for chunk in _SPLIT_AND.split(value):
        pieces = [p.strip() for p in chunk.split(",")]
        # commas separate names only when every piece looks like a full name
        if len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces if p):
            parts.extend(pieces)
        else:
            parts.append(chunk.strip())
    return [_BY.sub("", p).strip(" ,.;") for p in parts if p.strip(" ,.;")]


def _names(value: Any, ids: dict[str, dict[str, Any]], depth: int = 0) -> list[str]:
    out: list[str] = []
    if depth > 5:
        return out
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, dict):
            if "name" not in v and isinstance(v.get("@id"), str) and v["@id"] in ids:
                v = ids[v["@id"]]
            name = v.get("name")
            if isinstance(name, (list, dict)):
                out.extend(_names(name, ids, depth + 1))
                continue
            v = name
        text = _text(v)
        if text:
            out.extend(n for n in split_names(text) if looks_like_name(n))
    return out


def _dedupe(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for n in names:
        key = n.casefold()
        if key not in seen:
            seen.add(key)
            out.append(n)
    return out


def _text_content(el: Any) -> str:
    """The text of *el*'s subtree (comments and processing instructions left out)."""
    return "".join(el.itertext())


def _in_other_item(el: Any) -> bool:
    """Whether *el* sits inside a microdata item that is not the article (an image, a person's card)."""
    node = el.getparent()
    while node is not None:
        if node.get("itemscope") is not None or node.get("itemtype"):
            itemtype = node.get("itemtype") or ""
            return not any(itemtype.endswith("/" + t) for t in ARTICLE_TYPES)
        node = node.getparent()
    return False


def _jsonld(tree: Any) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The article object (merged when several describe it) and every object by ``@id``."""
    article: dict[str, Any] = {}
    ids: dict[str, dict[str, Any]] = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"), strict=False)
        except ValueError:
            continue
        for obj in _jsonld_objects(data):
            if isinstance(obj.get("@id"), str):
                ids.setdefault(obj["@id"], obj)
            if not _is_article(obj):
                continue
            if not article:
                article = obj
            elif "WebPage" in _types(article) and "WebPage" not in _types(obj):
                article = {**article, **obj}
            else:
                article = {**obj, **article}
    return article, ids


def _same_title(a: str | None, b: str | None) -> bool:
    """Equal up to case and white space."""
    if not a or not b:
        return False
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"})


def _title_key(value: str) -> str:
    return " ".join(value.translate(_QUOTES).split()).casefold()


_SUFFIX_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


def strip_site_name(title: str | None, site_names: list[str]) -> str | None:
    """*title* without a trailing (or leading) site name: ``"Storm hits coast | Harbour Ledger"``.

    Only a part that is one of *site_names* (``og:site_name``, ``application-name``,
    the JSON-LD publisher) is taken off, and never the whole title.

    >>> strip_site_name("Storm hits coast | Harbour Ledger", ["Harbour Ledger"])
    'Storm hits coast'
    >>> strip_site_name("Harbour Ledger - Storm hits coast", ["Harbour Ledger"])
    'Storm hits coast'
    >>> strip_site_name("Harbour Ledger reporters win award", ["Harbour Ledger"])
    'Harbour Ledger reporters win award'
    """
    if not title or not site_names:
        return title
    names = {_title_key(n) for n in site_names if n}
    for sep in _SUFFIX_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and _title_key(tail) in names:
            return head.strip()
        head, found, tail = title.partition(sep)
        if found and tail.strip() and _title_key(head) in names:
            return tail.strip()
    return title


def _title(article: dict[str, Any], first_meta: Any, tree: Any, site_names: list[str] | None = None) -> str | None:
    """The headline: the visible ``<h1>`` when the social title (``og:title``,
    ``twitter:title``) confirms it; else JSON-LD ``headline``, the social title,
    the first ``<h1>``, ``<title>``. Site names are taken off the social title and
    ``<title>``."""
    site_names = site_names or []
    social = strip_site_name(_text(first_meta(_TITLE_META)), site_names)
    h1_el = next(tree.iter("h1"), None)
    h1 = _text(_text_content(h1_el)) if h1_el is not None else None
    if _same_title(social, h1):
        return h1
    candidates = [_text(article.get("headline")), social, h1]
    t = next(tree.iter("title"), None)
    candidates.append(strip_site_name(_text(_text_content(t)), site_names) if t is not None else None)
    return next((c for c in candidates if c), None)


def _page_authors(tree: Any) -> list[str]:
    """Authors marked up in the page: ``itemprop="author"``, ``rel="author"``.

    Only the first byline counts (the first such element naming someone, and
    its siblings): later ones usually belong to related articles.
    """
    names: list[str] = []
    first_parent = None
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        found: list[str] = []
        if "author" in (el.get("itemprop") or "").split() and not _in_other_item(el):
            inner = next((x for x in el.iter() if (x.get("itemprop") or "") == "name"), None)
            src = inner if inner is not None else el
            found = _names(src.get("content") or _text_content(src), {})
        elif el.tag == "a" and "author" in (el.get("rel") or "").lower().split():
            found = _names(_text_content(el), {})
        if not found:
            continue
        if first_parent is None:
            first_parent = el.getparent()
        elif el.getparent() is not first_parent:
            break
        names.extend(found)
    return names


def read_meta(tree: Any) -> PageMeta:
    """Collect metadata from the parsed page *tree* (an lxml element)."""
    metas: dict[str, list[str]] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("http-equiv") or "").strip().lower()
        if not key and m.get("itemprop") and not _in_other_item(m):
            key = m.get("itemprop", "").strip().lower()
        content = m.get("content")
        if key and content and content.strip():
            metas.setdefault(key, []).append(content.strip())

    article, ids = _jsonld(tree)

    def first_meta(keys: tuple[str, ...]) -> str | None:
        for k in keys:
            for v in metas.get(k, ()):
                if v.strip():
                    return v
        return None

    site_names = [v for k in ("og:site_name", "application-name", "twitter:site") for v in metas.get(k, ())]
    publisher = article.get("publisher") if article else None
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        site_names.append(publisher["name"])
    title = _title(article, first_meta, tree, site_names)

    authors = _names(article.get("author"), ids) if article else []
    if not authors:
        for k in _AUTHOR_META:
            authors = [n for v in metas.get(k, ()) for n in _names(v, ids)]
            if authors:
                break
    if not authors:
        authors = _page_authors(tree)
    authors = _dedupe(authors)

    naive = False

    def when(candidates: list[Any]) -> _dt.datetime | None:
        nonlocal naive
        fallback = None
        for c in candidates:
            t, aware = parse_timestamp(c.strip()) if isinstance(c, str) else (None, False)
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
    published = when(
        [
            article.get("datePublished"),
            first_meta(_PUBLISHED_META),
            article.get("dateCreated"),
            *time_tags[:1],
        ]
    )
    updated = when([article.get("dateModified"), first_meta(_UPDATED_META)])

    lang = tree.get("lang") or tree.get("xml:lang")
    if not lang and isinstance(article.get("inLanguage"), str):
        lang = article["inLanguage"]
    lang = lang or first_meta(_LANG_META)
    language = lang.strip().replace("_", "-").split("-")[0].lower()[:3] if lang else None
    if language and not language.isalpha():
        language = None
    return PageMeta(
        title=title,
        authors=tuple(authors),
        published=published,
        updated=updated,
        language=language or None,
        naive_times=naive,
    )
