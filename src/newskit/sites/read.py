"""Reading an HTML page with a site's CSS selectors, without the generic extractor.

The body is the text of the elements the ``body`` selector matches; the
``title``, ``authors`` and ``date`` elements become fields; ``drop`` elements
and everything outside the body are recorded as removals with an XPath
locator, exactly like :mod:`newskit.readers.html` does: every text node of the
page ends in a block or a removal. One walk over the tree, so reading is
linear in the page's size.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ..model import SEPARATOR, Block, Comment, Diagnostic, Document, Removal, _replace
from ..readers.html import ALWAYS_DROP, _norm, _parse, _Paths, _subtree_text, extract_blocks, removed_text
from ..readers.html_meta import looks_like_name, read_meta, split_names
from ..source import Source
from .css import select
from .rules import SiteRules

__all__ = ["parse_date", "read_html"]


def _first_match(root: Any, selectors: tuple[str, ...]) -> list[Any]:
    """The elements of the first selector that matches anything."""
    return _first_selector(root, selectors)[1]


def _first_selector(root: Any, selectors: tuple[str, ...]) -> tuple[str | None, list[Any]]:
    """The first selector that matches anything, and its elements."""
    for sel in selectors:
        found = select(root, sel)
        if found:
            return sel, found
    return None, []


def _outermost(elements: list[Any]) -> list[Any]:
    chosen = set(elements)
    out = []
    for el in elements:
        parent = el.getparent()
        while parent is not None and parent not in chosen:
            parent = parent.getparent()
        if parent is None:
            out.append(el)
    return out


def parse_date(value: str, zone: str | None) -> _dt.datetime | None:
    """An aware datetime from an ISO 8601 value or a written date; naive ones get *zone* (else UTC)."""
    value = value.strip()
    if not value:
        return None
    from zoneinfo import ZoneInfo

    tz: _dt.tzinfo = ZoneInfo(zone) if zone else _dt.timezone.utc
    try:
        when = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        if len(value) > 80:
            return None
        import dateparser

        when = dateparser.parse(value, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
        if when is None:
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=tz)
    return when


def read_html(source: Source, site: SiteRules, plugin: str) -> Document | None:
    """Read *source* with *site*'s selectors, or ``None`` when its body selectors match nothing."""
    root, fatal = _parse(source.page())
    meta = read_meta(root)
    when = source.published or meta.published
    rules = site.html_rules(when.date() if when else None)
    containers = _outermost(_first_match(root, rules.body))
    if not containers:
        return None
    if rules.standfirst:  # only with a body: a standfirst alone is not the article
        lead = [
            el
            for el in _first_match(root, rules.standfirst)[:1]
            if not _within(el, containers) and not any(_within(c, [el]) for c in containers)
        ]
        containers = lead + containers  # neither holds the other: all still outermost
    key = site.key
    roles: dict[Any, tuple[str, str, str | None]] = {}
    for sel, reason in rules.drop:  # inside the body: outside it, everything is removed anyway
        for container in containers:
            for el in select(container, sel):
                roles.setdefault(el, (reason, f"{key}.html.drop", None))
    title_els = _first_match(root, rules.title)[:1]
    author_els = _first_match(root, rules.authors)
    date_els = _first_match(root, rules.date)[:1]
    for els, reason, rule, field in (
        (title_els, "headline (the document's title)", "title", "title"),
        (author_els, "byline", "authors", "authors"),
        (date_els, "publication date", "date", "published"),
    ):
        for el in els:
            roles[el] = (reason, f"{key}.html.{rule}", field)

    comment_sel, found = _first_selector(root, rules.comments)
    comment_els = [el for el in _outermost(found) if not _within(el, containers)]
    for el in comment_els:
        roles[el] = ("reader comment", f"{key}.html.comment", "comments")

    title = _subtree_text(title_els[0]) if title_els else None
    authors: list[str] = []
    for el in author_els:
        for name in split_names(_subtree_text(el)):
            if looks_like_name(name) and name not in authors:
                authors.append(name)
    published = None
    if date_els:
        el = date_els[0]
        published = parse_date(el.get("datetime") or el.get("content") or _subtree_text(el), site.timezone)

    paths = _Paths()
    inside = {el: (reason, rule) for el, (reason, rule, _f) in roles.items()}
    blocks, inner = extract_blocks(containers if len(containers) > 1 else containers[0], inside)
    fields = {rule: field for reason, rule, field in roles.values()}
    removed: list[Removal] = []
    ends = [0]
    pos = 0
    for b in blocks:
        pos += len(b.text)
        ends.append(pos)
        pos += len(SEPARATOR)
    for i, r in inner:
        # the reader's own removal: the new values need no checks
        removed.append(_replace(r, plugin=plugin, field=fields.get(r.rule), at=ends[min(i, len(blocks))]))
    comments: list[Comment] = []
    for r in _outside(root, containers, roles, paths, plugin, key):
        if r.field == "comments":
            continue  # read below, item by item
        removed.append(r)
    for el in comment_els:
        comments.extend(_comments(el, comment_sel or "", rules))
    warnings = []
    if fatal:
        warnings.append(
            Diagnostic(
                "html-truncated", f"the HTML parser stopped early: {fatal[0]}", plugin=plugin, stage="read"
            )
        )
    return Document(
        title=title or meta.title,
        authors=authors or meta.authors,
        published=published or meta.published,
        updated=meta.updated,
        language=site.language or meta.language,
        input_kind="html",
        body=[Block(b.kind, b.text) for b in blocks],
        removed=removed,
        comments=comments,
        warnings=warnings,
    )


def _comments(outer: Any, selector: str, rules: Any) -> list[Comment]:
    """The comments in *outer* (a comment and the replies nested in it), in page order."""
    out = []
    items = [outer, *(el for el in select(outer, selector) if el is not outer)]
    for item in items:
        text_el = next(iter(_first_match(item, rules.comment_text)), None) if rules.comment_text else None
        author_el = (
            next(iter(_first_match(item, rules.comment_author)), None) if rules.comment_author else None
        )
        text = _subtree_text(text_el if text_el is not None else item)
        author = _subtree_text(author_el) if author_el is not None else None
        if text:
            out.append(Comment(text, author=author or None))
    return out


def _outside(
    root: Any,
    containers: list[Any],
    roles: dict[Any, tuple[str, str, str | None]],
    paths: _Paths,
    plugin: str,
    key: str,
) -> list[Removal]:
    """Everything outside *containers*: role elements with their reason, other elements whole."""
    from lxml import etree

    wanted = set(containers) | {el for el in roles if not _within(el, containers)}
    ancestors: set[Any] = set()
    for el in wanted:
        p = el.getparent()
        while p is not None and p not in ancestors:
            ancestors.add(p)
            p = p.getparent()
    contained = set(containers)
    out: list[Removal] = []
    walker = etree.iterwalk(root, events=("start",))
    for _event, el in walker:
        if not isinstance(el.tag, str):
            walker.skip_subtree()
            continue
        if el in contained:
            walker.skip_subtree()
            continue
        if el in ancestors:
            own = _norm(" ".join([el.text or "", *(c.tail or "" for c in el)]))
            if own:
                out.append(
                    Removal(
                        own,
                        reason="outside the article body",
                        rule=f"{key}.html.outside",
                        plugin=plugin,
                        locator=paths(el),
                    )
                )
            continue
        text = removed_text(el)
        walker.skip_subtree()
        if not text:
            continue
        if el in roles:
            reason, rule, field = roles[el]
        elif el.tag in ALWAYS_DROP:
            reason, rule, field = (
                f"outside the article body: {ALWAYS_DROP[el.tag]}",
                f"html.drop.{el.tag}",
                None,
            )
        else:
            reason, rule, field = "outside the article body", f"{key}.html.outside", None
        out.append(Removal(text, reason=reason, rule=rule, plugin=plugin, locator=paths(el), field=field))
    return out


def _within(el: Any, containers: list[Any]) -> bool:
    cs = set(containers)
    p = el
    while p is not None:
        if p in cs:
            return True
        p = p.getparent()
    return False
