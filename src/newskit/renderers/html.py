"""Built-in plugin: the ``html`` output format, an annotated review page.

One self-contained HTML page per document, for a person to see at a glance
what newskit understood and what it threw away:

* a header with the title and the metadata (authors, published, updated,
  site, URL, language, credits) and how many annotations there are;
* the clean article, block by block, with each quote highlighted in a
  colour of its own per speaker (the speaker's name and role in the
  ``title`` tooltip and in a label after the quote), quote parts, cues and
  speaker mentions marked, time expressions underlined with their TIMEX3
  value (the resolved interval, zone and anchor in the tooltip), and the
  dateline boxed;
* the removed junk, struck through inside a collapsed ``<details>`` where it
  stood (:attr:`~newskit.model.Removal.at`): between blocks, or, when it was
  cut out of the middle of a block, after that block with a ✂ mark at the spot;
* a side panel with the speakers' colours, the people, and the warnings;
  then the reader comments and the plugins that ran.

The page has inline CSS only: no scripts, no external assets. Every value
from the document is escaped; characters HTML does not allow in a document
(control characters other than tab, line feed and form feed, lone
surrogates, noncharacters) and carriage returns, which parsers turn into
line feeds, are shown as a visible stand-in (the control picture, else
U+FFFD) in a ``<span class="char" data-code="U+001B">``, so the text of each
block is the block's text with these characters marked. Output is
deterministic.

:func:`render_index` writes a page linking many review pages.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as _dt
import functools
import html as _html
import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..markers import hookimpl
from ..model import Document, Quote, Removal, Speaker, TimeExpression
from .html_style import STYLESHEET, speaker_rules
from .inline import Segment, body_lines, collect_spans, title_line

__all__ = ["render_html", "render_index", "speaker_key"]

INLINE_KINDS = ("dateline", "quote", "part", "cue", "speaker", "time")

_NONCHARACTERS = "".join(chr(p * 0x10000 + 0xFFFE) + chr(p * 0x10000 + 0xFFFF) for p in range(1, 17))
UNSAFE = re.compile(
    f"[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff{_NONCHARACTERS}]"
)
"""Characters written as a stand-in: not allowed in an HTML document, or (CR) changed by parsers."""

_LANG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")
# Starts only where a run of scheme characters starts, so even a scan from every position is linear.
_SCHEME = re.compile(r"(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*+):")
_URL_JUNK = re.compile("[\t\n\r]")
_SAFE_SCHEMES = frozenset({"http", "https"})
PREVIEW = 70
"""How many characters of removed text the collapsed summary shows."""


# --- escaping ------------------------------------------------------------------------


def _stand_in(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def text(value: str) -> str:
    """*value* escaped as HTML element content, unsafe characters as marked stand-ins.

    >>> from newskit.renderers.html import text
    >>> text('a < b & "c"\\x1b')
    'a &lt; b &amp; "c"<span class="char" data-code="U+001B" title="character U+001B">␛</span>'
    """
    if UNSAFE.search(value) is None:
        return _html.escape(value, quote=False)
    out: list[str] = []
    pos = 0
    for m in UNSAFE.finditer(value):
        out.append(_html.escape(value[pos : m.start()], quote=False))
        code = f"U+{ord(m.group()):04X}"
        out.append(
            f'<span class="char" data-code="{code}" title="character {code}">{_stand_in(m.group())}</span>'
        )
        pos = m.end()
    out.append(_html.escape(value[pos:], quote=False))
    return "".join(out)


def attr(value: Any) -> str:
    """*value* as text for a quoted attribute value: escaped, unsafe characters as U+FFFD."""
    return _html.escape(UNSAFE.sub("\ufffd", str(value)), quote=True)


def _attrs(**values: Any) -> str:
    """`` name="value"`` for each value that is not ``None`` (``data_x`` becomes ``data-x``)."""
    return "".join(
        f' {name.rstrip("_").replace("_", "-")}="{attr(v)}"' for name, v in values.items() if v is not None
    )


def safe_href(url: str | None, *, relative: bool = True) -> str | None:
    """*url* when it is safe to link to (relative, or ``http``/``https``), else ``None``.

    With ``relative=False`` only ``http`` and ``https`` URLs are links.

    Browsers ignore tabs and line breaks in URLs and leading spaces and
    control characters, so they are removed before the scheme is looked at.
    """
    if url is None:
        return None
    cleaned = _URL_JUNK.sub("", url).lstrip("".join(map(chr, range(0x21))))
    if not cleaned or UNSAFE.search(cleaned):
        return None
    m = _SCHEME.match(cleaned)
    if m is None and not relative:
        return None
    if m is not None and m.group(1).lower() not in _SAFE_SCHEMES:
        return None
    return cleaned


def _when(value: _dt.datetime | None) -> str:
    """An aware datetime as a ``<time>`` element, readable and machine-readable."""
    if value is None:
        return ""
    iso = value.isoformat()
    offset = value.utcoffset()
    valid = offset is not None and offset.total_seconds() % 60 == 0 and 1 <= value.year <= 9999
    shown = value.strftime("%Y-%m-%d %H:%M") + " " + _offset_label(value)
    return f"<time{_attrs(datetime=iso if valid else None, title=iso)}>{text(shown)}</time>"


def _offset_label(value: _dt.datetime) -> str:
    off = value.utcoffset()
    if not off:
        return "UTC"
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h:02d}:{m:02d}"


@functools.lru_cache(maxsize=64)
def _zone(name: str) -> Any:
    from zoneinfo import ZoneInfo

    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return None


def _local(value: _dt.datetime, zone: str | None) -> str:
    tz = _zone(zone) if zone else None
    if tz is not None:
        with contextlib.suppress(OverflowError, ValueError):
            value = value.astimezone(tz)
    return value.strftime("%Y-%m-%d %H:%M") + " " + _offset_label(value)


# --- speakers --------------------------------------------------------------------------


def speaker_key(quote: Quote) -> str | None:
    """What tells a quote's speaker apart: the person id, else the name, else the words.

    Quotes with the same key share a colour; ``None`` is an unattributed quote.
    """
    sp = quote.speaker
    if sp is None:
        return None
    if sp.person:
        return "person:" + sp.person
    return "name:" + (sp.name or sp.text)


class _Speakers:
    """The speakers of a document's quotes, numbered in order of first quote."""

    def __init__(self, doc: Document) -> None:
        names = {p.id: p.name for p in doc.people}
        self.index: dict[str, int] = {}
        self.label: list[str] = []
        self.roles: list[list[str]] = []
        self.quotes: list[list[int]] = []
        self.unattributed: list[int] = []
        self.of_quote: list[int | None] = []
        for i, q in enumerate(doc.quotes):
            key = speaker_key(q)
            if key is None:
                self.unattributed.append(i)
                self.of_quote.append(None)
                continue
            n = self.index.get(key)
            if n is None:
                n = self.index[key] = len(self.label)
                sp = q.speaker
                self.label.append(names.get(sp.person or "") or sp.name or sp.text or "(no words)")
                self.roles.append([])
                self.quotes.append([])
            role = q.speaker.role
            if role and role not in self.roles[n]:
                self.roles[n].append(role)
            self.quotes[n].append(i)
            self.of_quote.append(n)

    def css_class(self, quote_index: int) -> str:
        n = self.of_quote[quote_index] if quote_index < len(self.of_quote) else None
        return "spk-none" if n is None else f"spk-{n}"

    def who(self, quote_index: int) -> str | None:
        n = self.of_quote[quote_index]
        return None if n is None else self.label[n]


def _speaker_line(sp: Speaker | None, label: str | None) -> str:
    if sp is None:
        return "Speaker: not found"
    line = f"Speaker: {label or sp.name or sp.text}"
    if sp.role:
        line += f", {sp.role}"
    if sp.person:
        line += f" (person {sp.person})"
    return line


# --- inline annotations --------------------------------------------------------------


class _Page:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.speakers = _Speakers(doc)

    # tooltips
    def _quote_title(self, i: int, q: Quote, head: str) -> str:
        lines = [head, _speaker_line(q.speaker, self.speakers.who(i))]
        if q.cue is not None:
            lines.append(f"Cue: {q.cue.text}")
        if q.addressee is not None:
            lines.append(f"Addressee: {q.addressee.text}")
        if q.reported_by is not None:
            lines.append(f"Reported by: {q.reported_by.name or q.reported_by.text}")
        lines.append(f"Offsets {q.start}\u2013{q.end}")
        return "\n".join(lines)

    def _time_title(self, i: int, t: TimeExpression) -> str:
        lines = [f"Time {i} \u00b7 {t.type} {t.value}"]
        if t.mod:
            lines.append(f"Modifier: {t.mod}")
        if t.freq or t.quant:
            pairs = (("freq", t.freq), ("quant", t.quant))
            lines.append("Set: " + ", ".join(f"{k} {v}" for k, v in pairs if v))
        if t.interval is not None:
            lines.append(
                f"Interval: {_local(t.interval.start, t.timezone)} \u2192 {_local(t.interval.end, t.timezone)}"
            )
        lines.append(f"Zone: {t.timezone or 'none'}")
        if t.anchor:
            lines.append(f"Resolved against: {t.anchor}")
        if t.same_as is not None:
            lines.append(f"Same as time {t.same_as}: {self.doc.times[t.same_as].text}")
        if t.alternatives:
            lines.append("Could also be: " + ", ".join(t.alternatives))
        return "\n".join(lines)

    def open_tag(self, seg: Segment) -> str:
        sp = seg.span
        a = sp.annotation
        classes = [sp.kind]
        first, last = seg.piece == 0, seg.piece == seg.pieces - 1
        ident = sp.id if first and sp.kind in ("dateline", "quote", "time") else None
        extra: dict[str, Any] = {}
        if sp.kind == "dateline":
            facts = [
                f"{name}: {v}"
                for name, v in (
                    ("Place", a.place),
                    ("Region", a.region),
                    ("Country", a.country),
                    ("Zone", a.timezone),
                    ("Agency", a.agency),
                    ("Date", a.date),
                )
                if v
            ]
            title = "\n".join(["Dateline", *facts])
        elif sp.kind == "quote":
            i = sp.key[0]
            classes += [self.speakers.css_class(i), f"kind-{a.kind}"]
            title = self._quote_title(i, a, f"Quote {i} \u00b7 {a.kind}")
            extra["data_quote"] = i
            if last:
                classes.append("last")
                extra["data_who"] = self.speakers.who(i)
        elif sp.kind == "part":
            i, j = sp.key
            classes.append(self.speakers.css_class(i))
            title = self._quote_title(i, sp.quote, f"Quote {i}, part {j + 1} of {len(sp.quote.parts)}")
        elif sp.kind == "cue":
            i = sp.key[0]
            title = f"Cue of quote {i}"
        elif sp.kind == "speaker":
            i = sp.key[0]
            classes.append(self.speakers.css_class(i))
            title = f"Speaker of quote {i}\n" + _speaker_line(a, self.speakers.who(i))
        else:
            i = sp.key[0]
            title = self._time_title(i, a)
            extra["data_value"] = a.value if last else None
        if seg.split:
            title += f"\n(piece {seg.piece + 1} of {seg.pieces})"
        if seg.collapsed:
            classes.append("collapsed")
            title += f"\nNested too deep to show: covers offsets {seg.start}\u2013{seg.reach}"
        return f"<span{_attrs(class_=' '.join(classes), id=ident, title=title, **extra)}>"

    def inline(self, out: list[str], children: Iterable[Segment | str], pos: int, cuts: list[Any]) -> int:
        """Write *children* (starting at offset *pos*); ✂ marks go where *cuts* fall inside a text run."""
        for child in children:
            if isinstance(child, str):
                end = pos + len(child)
                while cuts and pos < cuts[0][0] <= end:
                    at, ident, title = cuts.pop(0)
                    out.append(text(child[: at - pos]))
                    out.append(f'<a class="cut" href="#{ident}"{_attrs(title=title, aria_label=title)}></a>')
                    child, pos = child[at - pos :], at
                out.append(text(child))
                pos = end
            else:
                out.append(self.open_tag(child))
                self.inline(out, child.children, child.start, cuts)
                out.append("</span>")
                pos = child.end
        return pos


# --- removals -------------------------------------------------------------------------------


def _reasons(group: Sequence[tuple[int, Removal]]) -> str:
    counts: dict[str, int] = {}
    for _i, r in group:
        counts[r.reason] = counts.get(r.reason, 0) + 1
    parts = [f"{k} \u00d7{n}" if n > 1 else k for k, n in counts.items()]
    return ", ".join(parts[:4]) + (", \u2026" if len(parts) > 4 else "")


def _preview(value: str) -> str:
    one_line = " ".join(value.split())
    return one_line if len(one_line) <= PREVIEW else one_line[: PREVIEW - 1] + "\u2026"


def _removal_group(out: list[str], group: Sequence[tuple[int, Removal]], where: str) -> None:
    ident = f"removed-{group[0][0]}"
    n = len(group)
    out.append(f'<details class="removed" id="{ident}">')
    out.append(
        f"<summary>\u2702 {text(where)}: {n} removed piece{'s' if n != 1 else ''} "
        f"({text(_reasons(group))}) <del>{text(_preview(group[0][1].text))}</del></summary>\n<ol>"
    )
    for i, r in group:
        facts = [f"reason: {r.reason}", f"rule: {r.rule}", f"plugin: {r.plugin}"]
        if r.field:
            facts.append(f"moved to: {r.field}")
        if r.at is not None:
            facts.append(f"at offset {r.at}")
        if r.locator:
            facts.append(f"locator: {r.locator}")
        if r.source_start is not None:
            facts.append(f"source {r.source_start}\u2013{r.source_end}")
        out.append(
            f'<li class="removal" id="removal-{i}"><del>{text(r.text)}</del>'
            f'<span class="why">{text(" · ".join(facts))}</span></li>'
        )
    out.append("</ol></details>\n")


def _place_removals(doc: Document) -> tuple[dict[int, list], dict[int, dict[int, list]], list]:
    """Where each removal goes: after block *i* (-1: before the first), inside block *i*, or unknown."""
    after: dict[int, list] = {}
    inside: dict[int, dict[int, list]] = {}
    unknown: list = []
    body = doc.body
    starts = [b.start for b in body]
    for i, r in enumerate(doc.removed):
        if r.at is None:
            unknown.append((i, r))
            continue
        if not body:
            after.setdefault(-1, []).append((i, r))
            continue
        at = min(max(r.at, 0), len(doc.text))
        k = max(0, bisect.bisect_right(starts, at) - 1)
        b = body[k]
        if at <= b.start:
            after.setdefault(k - 1, []).append((i, r))
        elif at >= b.end:
            after.setdefault(k, []).append((i, r))
        else:
            inside.setdefault(k, {}).setdefault(at, []).append((i, r))
    return after, inside, unknown


# --- the page -------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "paragraph": "p",
    "heading": "h2",
    "caption": "p",
    "list_item": "li",
    "blockquote": "blockquote",
    "preformatted": "pre",
    "table": "div",
}


def _body(page: _Page, out: list[str]) -> None:
    doc = page.doc
    after, inside, _unknown = _place_removals(doc)
    spans = collect_spans(doc, kinds=INLINE_KINDS)
    in_list = False

    def close_list() -> None:
        nonlocal in_list
        if in_list:
            out.append("</ul>\n")
            in_list = False

    if -1 in after:
        _removal_group(out, after[-1], "Before the article")
    if not doc.body:
        out.append('<p class="empty">No body text.</p>\n')
    for k, line in enumerate(body_lines(doc, spans)):
        b = line.block
        tag = _BLOCK_TAGS[b.kind]
        if b.kind == "list_item" and not in_list:
            out.append('<ul class="list">\n')
            in_list = True
        elif b.kind != "list_item":
            close_list()
        groups = sorted(inside.get(k, {}).items())
        cuts = [(at, f"removed-{g[0][0]}", f"{len(g)} removed here ({_reasons(g)})") for at, g in groups]
        out.append(
            f"<{tag}{_attrs(class_=f'block {b.kind}', id=f'block-{k}', data_start=b.start, data_end=b.end)}"
            ' dir="auto">'
        )
        if tag == "pre":
            out.append("\n")  # a parser drops one line feed right after <pre>
        page.inline(out, line.children, line.start, cuts)
        out.append(f"</{tag}>\n")
        if groups or k in after:
            close_list()
        for _at, g in groups:
            _removal_group(out, g, "Cut from the paragraph above at \u2702")
        if k in after:
            _removal_group(out, after[k], "Removed here")
    close_list()


def _meta_item(out: list[str], name: str, html_value: str) -> None:
    out.append(f"<div><dt>{name}</dt><dd>{html_value}</dd></div>\n")


def _header(page: _Page, out: list[str]) -> None:
    doc = page.doc
    out.append('<header class="masthead">\n<p class="eyebrow">newskit review page</p>\n')
    line = title_line(doc, collect_spans(doc, where="title", kinds=INLINE_KINDS))
    if line is None:
        out.append('<h1 class="doc-title untitled">Untitled document</h1>\n')
    else:
        out.append('<h1 class="doc-title" dir="auto">')
        page.inline(out, line.children, 0, [])
        out.append("</h1>\n")
    out.append('<dl class="meta">\n')
    if doc.authors:
        _meta_item(out, "Authors", "; ".join(text(a) for a in doc.authors))
    if doc.published is not None:
        _meta_item(out, "Published", _when(doc.published))
    if doc.updated is not None:
        _meta_item(out, "Updated", _when(doc.updated))
    if doc.site is not None:
        _meta_item(out, "Site", text(doc.site))
    if doc.url is not None:
        href = safe_href(doc.url, relative=False)
        shown = text(doc.url)
        _meta_item(out, "URL", f'<a href="{attr(href)}" rel="noreferrer">{shown}</a>' if href else shown)
    if doc.language is not None:
        _meta_item(out, "Language", text(doc.language))
    _meta_item(out, "Input", text(doc.input_kind))
    if doc.credits:
        _meta_item(out, "Credits", "; ".join(text(c) for c in doc.credits))
    out.append("</dl>\n")
    counts = [
        (len(doc.body), "block"),
        (len(doc.quotes), "quote"),
        (len(page.speakers.label), "speaker"),
        (len(doc.times), "time expression"),
        (len(doc.removed), "removed piece"),
        (len(doc.comments), "comment"),
        (len(doc.warnings), "warning"),
    ]
    out.append('<ul class="counts">')
    out.extend(f"<li><b>{n}</b> {noun}{'' if n == 1 else 's'}</li>" for n, noun in counts)
    out.append("</ul>\n</header>\n")


def _quote_links(indexes: Iterable[int]) -> str:
    return ", ".join(f'<a href="#quote-{i}">{i}</a>' for i in indexes)


def _aside(page: _Page, out: list[str]) -> None:
    doc, spk = page.doc, page.speakers
    out.append('<aside class="ui">\n<div class="panel"><h2 class="ui">Speakers</h2>\n<ul class="plain">')
    for n, label in enumerate(spk.label):
        roles = "; ".join(spk.roles[n])
        out.append(
            f'<li><span class="swatch spk-{n}"></span><b>{text(label)}</b>'
            + (f' <span class="sub">{text(roles)}</span>' if roles else "")
            + f'<br><span class="sub">quotes {_quote_links(spk.quotes[n])}</span></li>'
        )
    if spk.unattributed:
        out.append(
            '<li><span class="swatch spk-none"></span><b>No speaker found</b>'
            f'<br><span class="sub">quotes {_quote_links(spk.unattributed)}</span></li>'
        )
    if not doc.quotes:
        out.append('<li class="sub">No quotes found.</li>')
    out.append("</ul></div>\n")
    out.append(
        '<div class="panel"><h2 class="ui">Key</h2><ul class="plain key">'
        '<li><span class="quote spk-none">quote</span> <span class="part spk-none">quoted words</span>'
        " (hover: speaker)</li>"
        '<li><span class="speaker spk-none">speaker</span> <span class="cue">cue</span></li>'
        '<li><span class="time">time</span> (hover: interval, zone)</li>'
        '<li><span class="dateline">PLACE:</span></li>'
        "<li><del>removed text</del> \u2702 where it was cut</li></ul></div>\n"
    )
    out.append('<div class="panel"><h2 class="ui">People</h2>\n<ul class="plain">')
    for p in doc.people:
        out.append(f'<li><b>{text(p.name)}</b> <span class="sub">{text(p.id)}</span>')
        if p.variants:
            out.append(f'<br><span class="sub">also:</span> {text("; ".join(p.variants))}')
        if p.roles:
            out.append(f'<br><span class="sub">roles:</span> {text("; ".join(p.roles))}')
        if p.quotes:
            out.append(f'<br><span class="sub">quotes {_quote_links(p.quotes)}</span>')
        out.append("</li>")
    if not doc.people:
        out.append('<li class="sub">No people found.</li>')
    out.append("</ul></div>\n")
    if doc.warnings:
        out.append('<div class="panel"><h2 class="ui">Warnings</h2>\n<ul class="plain">')
        for w in doc.warnings:
            where = " · ".join(x for x in (w.plugin, w.stage) if x)
            out.append(
                f'<li class="warning"><b>{text(w.code)}</b>'
                + (f' <span class="sub">{text(where)}</span>' if where else "")
                + f"<br>{text(w.message)}</li>"
            )
        out.append("</ul></div>\n")
    out.append("</aside>\n")


def _after(page: _Page, out: list[str]) -> None:
    doc = page.doc
    unknown = _place_removals(doc)[2]
    if unknown:
        out.append('<section class="panel"><h2 class="ui">Removed, place not known</h2>\n')
        _removal_group(out, unknown, "Place not known")
        out.append("</section>\n")
    out.append('<section class="panel comments"><h2 class="ui">Reader comments</h2>\n<ul class="plain">')
    for c in doc.comments:
        who = text(c.author) if c.author is not None else '<span class="sub">anonymous</span>'
        out.append(f'<li class="comment"><b>{who}</b> {_when(c.published)}<br>{text(c.text)}</li>')
    if not doc.comments:
        out.append('<li class="sub">No comments.</li>')
    out.append("</ul></section>\n")
    out.append("<footer>\n")
    if doc.plugins:
        plugins = ", ".join(f"{text(name)} {text(str(v))}" for name, v in doc.plugins.items())
        out.append(f"<p>Processed by: {plugins}</p>\n")
    if doc.extensions:
        from ..frozen import deep_thaw

        data = json.dumps(deep_thaw(doc.extensions), ensure_ascii=False, sort_keys=True, indent=1)
        out.append(f"<details><summary>Extensions</summary><pre>\n{text(data)}</pre></details>\n")
    out.append("<p>Written by newskit. Hover over a highlight for what newskit read there.</p>\n</footer>\n")


def _head(out: list[str], title: str, speakers: int) -> None:
    out.append(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="newskit">\n'
        f"<title>{attr(title)}</title>\n<style>\n{STYLESHEET}{speaker_rules(speakers)}"
        ".spk-none{--h:0;--s:0%}\n</style>\n</head>\n"
    )


def _language(doc: Document) -> str:
    return f' lang="{attr(doc.language)}"' if doc.language and _LANG.fullmatch(doc.language) else ""


def render_html(document: Document) -> str:
    """The document as a self-contained, annotated HTML review page."""
    page = _Page(document)
    out: list[str] = []
    title = " ".join((document.title or "Untitled document").split())
    _head(out, f"{title} \u2014 newskit review", len(page.speakers.label))
    out.append('<body>\n<div class="page">\n')
    _header(page, out)
    out.append(f'<div class="layout">\n<main>\n<article class="article"{_language(document)}>\n')
    _body(page, out)
    out.append("</article>\n")
    _after(page, out)
    out.append("</main>\n")
    _aside(page, out)
    out.append("</div>\n</div>\n</body>\n</html>\n")
    return "".join(out)


def render_index(entries: Sequence[tuple[str, Document]]) -> str:
    """A page linking many review pages: one row per ``(href, document)``, in the order given.

    *href* is where the document's page is (a relative path or an
    ``http``/``https`` URL); any other link (``javascript:``, ``data:``) is
    shown as text, not linked.
    """
    out: list[str] = []
    _head(out, "newskit review pages", 0)
    out.append(
        '<body>\n<div class="page">\n<header class="masthead">\n<p class="eyebrow">newskit review pages</p>\n'
        f'<h1 class="doc-title">{len(entries)} document{"" if len(entries) == 1 else "s"}</h1>\n'
        '</header>\n<section class="panel">\n<table class="index">\n<thead><tr><th>Title</th><th>Site</th>'
        "<th>Published</th><th>Dateline</th><th>Quotes</th><th>Times</th><th>Removed</th><th>Warnings</th>"
        "</tr></thead>\n<tbody>\n"
    )
    for href, doc in entries:
        title = text(doc.title) if doc.title else '<span class="sub">Untitled</span>'
        link = safe_href(href)
        cell = (
            f'<a href="{attr(link)}">{title}</a>'
            if link
            else f'{title} <span class="sub">{text(href)}</span>'
        )
        place = doc.dateline.place or doc.dateline.text if doc.dateline else None
        out.append(
            f"<tr><td>{cell}</td><td>{text(doc.site or '')}</td><td>{_when(doc.published)}</td>"
            f"<td>{text(place or '')}</td><td>{len(doc.quotes)}</td><td>{len(doc.times)}</td>"
            f"<td>{len(doc.removed)}</td><td>{len(doc.warnings)}</td></tr>\n"
        )
    out.append("</tbody>\n</table>\n</section>\n</div>\n</body>\n</html>\n")
    return "".join(out)


@hookimpl
def newskit_register_formats(register: Callable[..., Any]) -> None:
    register(
        "html",
        render_html,
        media_type="text/html",
        extension="html",
        description="A self-contained review page: quotes coloured by speaker, times, dateline, removed junk.",
    )
