"""`RuleSitePlugin`: a newskit plugin made of rule files.

An instance implements ``newskit_identify_site``, ``newskit_read`` and
``newskit_clean`` for the sites and themes of its rule files:

* **identify**: a site's URL (domain and path patterns) decides when there is
  one; without a URL (or for a theme, on any page) the fingerprints do. A site
  that extends a theme is recognised from fingerprints only when its own
  *and* its theme's fingerprints are found, and its plugin is asked before
  plugins of single themes, so the most specific answer wins.
* **read**: HTML pages are read with the site's CSS selectors (see
  :mod:`newskit.sites.read`), text with the built-in text reader; either way
  the document gets the site's language and ``extensions["site"]`` (key, name,
  and the home ``timezone`` for a site that has one).
* **clean**: the text rules of the rule set valid on the document's date,
  the site's first and then its themes'.
"""

from __future__ import annotations

import datetime as _dt
import pathlib
from collections.abc import Iterable
from typing import Any

import attrs

from ..cleanup.lines import Line, body_lines
from ..edits import Cut, Edit, Relabel
from ..markers import for_sites, hookimpl
from ..model import Comment, Diagnostic, Document, Removal, _frozen_map, _replace
from ..readers.html_meta import looks_like_name, split_names
from ..source import Source, split_url
from .rules import MAX_LINE_CHARS, Fingerprints, LineRule, SiteRules, load_rules, possible

__all__ = ["RuleSitePlugin"]


def _day(document: Document | None, source: Source) -> _dt.date | None:
    when = (document.published if document is not None else None) or source.published
    return when.date() if when is not None else None


class RuleSitePlugin:
    """A site plugin from rule files (paths, or :class:`~newskit.sites.rules.SiteRules`).

    :param rules: rule files or loaded rules, one per site or theme.
    :param name: the plugin's name when it is passed to a pipeline directly
        (installed plugins are named by their entry point).
    :param version: the version reported in ``Document.plugins``.
    """

    def __init__(
        self,
        rules: Iterable[str | pathlib.Path | SiteRules],
        *,
        name: str = "sites",
        version: str | None = None,
    ) -> None:
        loaded = [r if isinstance(r, SiteRules) else load_rules(r) for r in rules]
        if not loaded:
            raise ValueError("RuleSitePlugin needs at least one rule file")
        keys = [s.key for s in loaded]
        if len(set(keys)) != len(keys):
            raise ValueError(f"RuleSitePlugin: two rule files for the same key in {keys}")
        # sites built on a theme first, then sites, then themes: the most specific answer wins
        self.sites: tuple[SiteRules, ...] = tuple(
            sorted(loaded, key=lambda s: (not s.extends, s.kind == "theme"))
        )
        self.by_key = {s.key: s for s in self.sites}
        self.newskit_plugin_name = name
        self.name = name
        self.__version__ = version
        # the most specific answer wins across plugins too: a site built on a theme first, then
        # the sites, then the themes (a theme's fingerprints are looked for in a page only when
        # no site plugin claimed it by its URL or its own fingerprints)
        specific = any(s.extends for s in self.sites)
        themes_only = all(s.kind == "theme" for s in self.sites)

        @hookimpl(tryfirst=specific, trylast=themes_only and not specific)
        def newskit_identify_site(source: Source) -> str | None:
            return self.identify(source)

        # read and clean act only on a document of one of these sites: not called for the others
        @hookimpl
        @for_sites(self.by_key)
        def newskit_read(source: Source, site: str | None) -> Document | None:
            return self.read(source, site)

        @hookimpl
        @for_sites(self.by_key)
        def newskit_clean(document: Document, source: Source) -> list[Any] | None:
            return self.clean(document, source)

        self.newskit_identify_site = newskit_identify_site
        self.newskit_read = newskit_read
        self.newskit_clean = newskit_clean

    def __repr__(self) -> str:
        return f"RuleSitePlugin({[s.key for s in self.sites]!r}, name={self.name!r})"

    # --- identify ------------------------------------------------------------------

    def identify(self, source: Source) -> str | None:
        """The key of the site or theme *source* belongs to, if it is one of ours."""
        host, path = split_url(source.url) if source.url else (None, "/")
        if host is not None:
            for s in self.sites:
                if s.domains and s.handles_host(host):
                    return s.key if s.handles_path(path) else None
        html = source.kind == "html"
        for s in self.sites:
            if host is not None and s.kind == "site":
                continue  # a publisher's URL decides
            for x in s.chained:
                if not _fingerprinted(x.fingerprints, source.text, html):
                    break
            else:
                return s.key
        return None

    # --- read ----------------------------------------------------------------------

    def _extensions(self, site: SiteRules, document: Document) -> dict[str, Any]:
        info: dict[str, Any] = {"key": site.key, "name": site.name}
        if site.timezone:
            info["timezone"] = site.timezone
        if site.language:
            info["language"] = site.language
        return {**document.extensions, "site": info}

    def read(self, source: Source, site: str | None) -> Document | None:
        """Read a page of one of our sites; ``None`` for other sites."""
        rules = self.by_key.get(site or "")
        if rules is None:
            return None
        doc: Document | None = None
        warnings: list[Diagnostic] = []
        if source.kind == "html":
            from .read import read_html

            doc = read_html(source, rules, self.name)
            if doc is None:
                from ..readers import html as generic

                doc = generic.newskit_read(source)
                warnings.append(
                    Diagnostic(
                        "site-selectors-missed",
                        f"no body selector of {rules.key!r} matched; the generic HTML reader was used",
                        plugin=self.name,
                        stage="read",
                    )
                )
        else:
            from ..readers import text as plain

            doc = plain.newskit_read(source)
            if doc is not None:
                doc = self._retitle(doc, rules, _day(None, source))
        if doc is None:
            return None
        # these fields have no validators: a copy, without laying out the blocks and checking them again
        return _replace(
            doc,
            language=doc.language or rules.language,
            extensions=_frozen_map(self._extensions(rules, doc)),
            warnings=(*doc.warnings, *warnings),
        )

    def _retitle(self, doc: Document, rules: SiteRules, day: _dt.date | None) -> Document:
        """When the line taken for the headline is the site's junk (a logo line), take the next one."""
        if not doc.title:
            return doc
        junk = next(
            (r for r in rules.text_rules(day).lines if r.action == "drop" and _safe_match(r, doc.title)), None
        )
        if junk is None:
            return doc
        from ..readers.text import looks_like_headline

        removed = [
            attrs.evolve(r, field=None, reason=junk.reason, rule=junk.id, plugin=self.name)
            if r.field == "title"
            else r
            for r in doc.removed
        ]
        body = list(doc.body)
        title = None
        if body and body[0].exact and looks_like_headline(body[0].text, len(body) - 1):
            head = body.pop(0)
            title = head.text
            removed.append(
                Removal(
                    head.text,
                    reason="headline line",
                    rule="text.headline",
                    plugin=self.name,
                    source_start=head.source_start,
                    source_end=head.source_end,
                    at=0,
                    field="title",
                )
            )
        return attrs.evolve(doc, title=title, body=body, removed=removed)

    # --- clean ---------------------------------------------------------------------

    def clean(self, document: Document, source: Source) -> list[Any] | None:
        """Edits from the text rules of the document's site (and its themes)."""
        rules = self.by_key.get(document.site or "")
        if rules is None or not document.body:
            return None
        text_rules = rules.text_rules(_day(document, source))
        lines = body_lines(document)
        out: list[Any] = []
        firsts = {}
        for ln in lines:
            firsts.setdefault(ln.block, ln)
        whole = {
            ln.block
            for ln in firsts.values()
            if (ln.start, ln.end) == (document.body[ln.block].start, document.body[ln.block].end)
        }

        def attempt(rule: LineRule, text: str) -> Any:
            try:
                return rule.match(text)
            except TimeoutError:
                out.append(
                    Diagnostic(
                        "rule-timeout", f"rule {rule.id} gave up on a line", plugin=self.name, stage="clean"
                    )
                )
                return None

        for bi, ln in firsts.items():
            block = document.body[bi]
            for rule in text_rules.blocks:
                m = attempt(rule, ln.text)
                if m is not None:
                    out.extend(_edit(rule, m, bi, block.start, block.end, document.text, True))
                    break
        line_patterns = tuple(r.pattern for r in text_rules.lines)
        for ln in lines:
            if not text_rules.lines or len(ln.text) > MAX_LINE_CHARS or not possible(line_patterns, ln.text):
                continue
            for rule in text_rules.lines:
                m = attempt(rule, ln.text)
                if m is not None:
                    out.extend(_edit(rule, m, ln.block, ln.start, ln.end, document.text, ln.block in whole))
                    break
        marker = _first_marker(lines, text_rules.cut_after, attempt)
        if marker is not None:
            out.extend(_cut_after(marker[0], marker[1], lines, document))
        return out or None


def _safe_match(rule: LineRule, text: str) -> Any:
    try:
        return rule.match(text.strip())
    except TimeoutError:
        return None


def _first_marker(
    lines: list[Line], rules: tuple[LineRule, ...], attempt: Any
) -> tuple[Line, LineRule] | None:
    if not rules:
        return None
    patterns = tuple(r.pattern for r in rules)
    for ln in lines:
        if ln.block == 0:
            continue  # never cut the whole article
        if len(ln.text) > MAX_LINE_CHARS or not possible(patterns, ln.text):
            continue
        for rule in rules:
            if attempt(rule, ln.text) is not None:
                return ln, rule
    return None


def _cut_after(marker: Line, rule: LineRule, lines: list[Line], document: Document) -> list[Edit]:
    end = len(document.text)
    if rule.action == "drop":
        return [Cut(marker.start, end, reason=rule.reason, rule=rule.id)]
    edits: list[Edit] = [Cut(marker.start, marker.end, reason=rule.reason, rule=rule.id)]
    for block in document.body:
        if block.end <= marker.end:
            continue
        start = max(block.start, marker.end)
        piece = document.text[start : block.end].strip()
        if piece:
            edits.append(
                Cut(
                    start,
                    block.end,
                    reason="reader comment",
                    rule=rule.id,
                    to="comments",
                    value=Comment(piece),
                )
            )
    return edits


def _edit(
    rule: LineRule, m: Any, block: int, start: int, end: int, text: str, whole_block: bool
) -> list[Edit]:
    if rule.action == "drop":
        return [Cut(start, end, reason=rule.reason, rule=rule.id)]
    if rule.action == "caption":
        return [Relabel(block, "caption", reason=rule.reason, rule=rule.id)] if whole_block else []
    if rule.action == "comment":
        groups = m.groupdict()
        author = (groups.get("author") or "").strip() or None
        body = (groups.get("text") or "").strip() or text[start:end].strip()
        return [
            Cut(
                start,
                end,
                reason=rule.reason,
                rule=rule.id,
                to="comments",
                value=Comment(body, author=author),
            )
        ]
    names = [n for n in split_names(m.group("names") or "") if looks_like_name(n)]
    if not names:
        return []  # not sure it is a byline: keep the text
    return [Cut(start, end, reason=rule.reason, rule=rule.id, to="authors", value=names)]


def _fingerprinted(fp: Fingerprints, text: str, html: bool) -> bool:
    try:
        return fp.match_html(text) if html else fp.match_text(text)
    except TimeoutError:
        return False
