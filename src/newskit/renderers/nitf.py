"""Built-in plugin: the ``nitf`` output format, IPTC News Industry Text Format 3.6.

What goes where:

* ``head``: ``title``; ``docdata`` with ``doc-id`` (the URL), ``date.issue``
  and ``date.release`` (publication time), ``identified-content`` (the people
  quoted, with their roles as ``function``, and the dateline's place);
  ``pubdata`` for the web publication; ``revision-history`` for the update time.
* ``body.head``: ``hedline/hl1`` (the title, with its annotations),
  a ``byline`` per author, the agency as ``distributor``, the ``dateline``
  with ``location`` and ``story.date``.
* ``body.content``: paragraphs as ``p``, headings as ``hl2``, list items
  grouped in ``ul/li``, block quotes as ``bq/block/p``, captions as
  ``p class="caption"``, preformatted text and tables as ``pre`` (plain text:
  NITF allows no markup there). Quotes are ``q`` with the speaker in
  ``quote-source`` and the quote kind in ``class``: one ``q`` per quote part
  when the quote has parts, else around the whole quote. Dates and times
  are ``chron``, with ``norm`` when they were resolved: the TIMEX3 value read
  in the expression's time zone, else the start of its interval.
* ``body.end``: the production credits as a ``tagline``.

Dates use ISO 8601 basic format with offset, ``YYYYMMDDTHHMMSS+HHMM``, as NITF
recommends; a resolved time is given in its own time zone when known. NITF's
``chron`` holds text only, so a time expression that would contain another
element (a quote starting inside it) is left unmarked, and of nested time
expressions only the outermost is marked. Characters XML forbids become U+FFFD.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import Any

from ..markers import hookimpl
from ..model import Document, TimeExpression
from .inline import Segment, Span, body_lines, collect_spans, title_line
from .xml import XML_DECLARATION, append_text, build_inline, indent, set_attrs, speaker_name

NS = "http://iptc.org/std/NITF/2006-10-18/"
"""The NITF 3.x XML namespace."""

VERSION = "-//IPTC//DTD NITF 3.6//EN"

_CONTAINERS = frozenset(
    {"nitf", "head", "docdata", "identified-content", "body", "body.head", "hedline", "dateline"}
    | {"location", "body.content", "ul", "bq", "block", "body.end"}
)


_LANG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")
_LOCAL_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?")


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def norm(value: _dt.datetime, timezone: str | None = None) -> str:
    """*value* in NITF's ISO 8601 basic form, ``YYYYMMDDTHHMMSS+HHMM``, in *timezone* if valid."""
    zone = _zone(timezone)
    if zone is not None:
        value = value.astimezone(zone)
    minutes = round(value.utcoffset().total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    hh, mm = divmod(abs(minutes), 60)
    return (
        f"{value.year:04d}{value.month:02d}{value.day:02d}T"
        f"{value.hour:02d}{value.minute:02d}{value.second:02d}{sign}{hh:02d}{mm:02d}"
    )


def _zone(name: str | None) -> Any:
    if not name:
        return None
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # not an IANA zone name
        return None


def _time_norm(t: TimeExpression) -> str | None:
    """The TIMEX3 value read in the expression's time zone, else the start of its interval."""
    zone = _zone(t.timezone)
    if zone is not None:
        try:
            local = _dt.datetime.fromisoformat(t.value) if _LOCAL_VALUE.fullmatch(t.value) else None
        except ValueError:
            local = None
        if local is not None:
            return norm(local.replace(tzinfo=zone))
    return norm(t.interval.start, t.timezone) if t.interval is not None else None


def _spans(document: Document, where: str) -> list[Span]:
    spans = collect_spans(document, where=where, kinds=("quote", "part", "time"))
    times = sorted(
        (s for s in spans if s.kind == "time" and s.annotation.type in ("DATE", "TIME")),
        key=lambda s: (s.start, -s.end),
    )
    outer: list[Span] = []
    reach = -1
    for s in times:  # keep only the outermost of nested time expressions
        if s.end > reach:
            outer.append(s)
            reach = s.end
    keep_times = set(map(id, outer))
    return [s for s in spans if s.kind != "time" or id(s) in keep_times]


def _has_elements(seg: Segment) -> bool:
    """Whether an element will be written inside *seg* (every time and part is one)."""
    for c in seg.children:
        if isinstance(c, Segment) and (
            c.span.kind != "quote" or not c.span.annotation.parts or _has_elements(c)
        ):
            return True
    return False


def _marked(seg: Segment) -> bool:
    sp = seg.span
    if sp.kind == "part":
        return True
    if sp.kind == "quote":
        return not sp.annotation.parts
    return sp.kind == "time" and not _has_elements(seg)


def _make(parent: Any, seg: Segment) -> Any:
    from lxml import etree

    if not _marked(seg):
        return parent
    sp = seg.span
    if sp.kind == "time":
        return set_attrs(etree.SubElement(parent, _q("chron")), norm=_time_norm(sp.annotation))
    quote = sp.annotation if sp.kind == "quote" else sp.quote
    return set_attrs(
        etree.SubElement(parent, _q("q")), {"class": quote.kind, "quote-source": speaker_name(quote)}
    )


def _add_text(parent: Any, text: str) -> None:
    append_text(parent, text)


def _text(parent: Any, tag: str, text: str | None, attrs: dict[str, Any] | None = None) -> Any:
    from lxml import etree

    el = set_attrs(etree.SubElement(parent, _q(tag)), attrs)
    if text:
        append_text(el, text)
    return el


def _head(root: Any, doc: Document) -> None:
    from lxml import etree

    head = etree.SubElement(root, _q("head"))
    if doc.title is not None:
        _text(head, "title", doc.title)
    docdata = etree.SubElement(head, _q("docdata"))
    if doc.url:
        _text(docdata, "doc-id", None, {"regsrc": doc.site, "id-string": doc.url})
    if doc.published is not None:
        _text(docdata, "date.issue", None, {"norm": norm(doc.published)})
        _text(docdata, "date.release", None, {"norm": norm(doc.published)})
    content = etree.Element(_q("identified-content"))
    for p in doc.people:
        person = _text(content, "person", p.name, {"idsrc": "newskit", "value": p.id})
        for role in p.roles:
            _text(person, "function", role)
    if doc.dateline is not None and _has_place(doc):
        _location(content, doc)
    if len(content):
        docdata.append(content)
    if len(docdata) == 0:
        head.remove(docdata)
    _text(
        head,
        "pubdata",
        None,
        {
            "type": "web",
            "name": doc.site,
            "ex-ref": doc.url,
            "date.publication": norm(doc.published) if doc.published else None,
        },
    )
    if doc.updated is not None:
        _text(head, "revision-history", None, {"norm": norm(doc.updated), "comment": "updated"})


def _has_place(doc: Document) -> bool:
    dl = doc.dateline
    return bool(dl and (dl.place or dl.region or dl.country))


def _location(parent: Any, doc: Document) -> None:
    from lxml import etree

    dl = doc.dateline
    loc = etree.SubElement(parent, _q("location"))
    if dl.place:
        _text(loc, "city", dl.place)
    if dl.region:
        _text(loc, "state", dl.region)
    if dl.country:
        country = dl.country
        _text(
            loc, "country", country, {"iso-cc": country if len(country) == 2 and country.isalpha() else None}
        )


def _story_date(parent: Any, doc: Document) -> None:
    dl = doc.dateline
    when = None
    if dl is not None and dl.date:
        try:
            day = _dt.date.fromisoformat(dl.date)
        except ValueError:
            day = None
        if day is not None:
            when = f"{day.year:04d}{day.month:02d}{day.day:02d}T000000"
            zone = _zone(dl.timezone)
            if zone is not None:
                when = norm(_dt.datetime(day.year, day.month, day.day, tzinfo=zone))
        _text(parent, "story.date", dl.date, {"norm": when})
    elif doc.published is not None:
        _text(parent, "story.date", None, {"norm": norm(doc.published)})


def _body_head(body: Any, doc: Document) -> None:
    from lxml import etree

    bh = etree.SubElement(body, _q("body.head"))
    title = title_line(doc, _spans(doc, "title"))
    if title is not None:
        hl1 = etree.SubElement(etree.SubElement(bh, _q("hedline")), _q("hl1"))
        build_inline(hl1, title.children, _make, _add_text)
    for author in doc.authors:
        _text(etree.SubElement(bh, _q("byline")), "person", author)
    dl = doc.dateline
    if dl is not None and dl.agency:
        _text(etree.SubElement(bh, _q("distributor")), "org", dl.agency)
    if dl is not None and (_has_place(doc) or dl.date or doc.published is not None):
        dateline = etree.SubElement(bh, _q("dateline"))
        if _has_place(doc):
            _location(dateline, doc)
        _story_date(dateline, doc)


def _body_content(body: Any, doc: Document) -> None:
    from lxml import etree

    content = etree.SubElement(body, _q("body.content"))
    ul = None
    for line in body_lines(doc, _spans(doc, "body")):
        kind = line.block.kind
        if kind != "list_item":
            ul = None
        if kind == "list_item":
            if ul is None:
                ul = etree.SubElement(content, _q("ul"))
            el = etree.SubElement(ul, _q("li"))
        elif kind == "heading":
            el = etree.SubElement(content, _q("hl2"))
        elif kind == "blockquote":
            bq = etree.SubElement(content, _q("bq"))
            el = etree.SubElement(etree.SubElement(bq, _q("block")), _q("p"))
        elif kind in ("preformatted", "table"):
            _text(content, "pre", line.block.text, {"class": "table" if kind == "table" else None})
            continue
        else:
            el = set_attrs(
                etree.SubElement(content, _q("p")), {"class": "caption" if kind == "caption" else None}
            )
        build_inline(el, line.children, _make, _add_text)


def build_nitf(document: Document) -> Any:
    """The ``nitf`` format as an lxml element tree (the root ``<nitf>``)."""
    from lxml import etree

    doc = document
    root = etree.Element(_q("nitf"), nsmap={None: NS})
    lang = doc.language if doc.language and _LANG.fullmatch(doc.language) else None
    set_attrs(root, version=VERSION, baselang=lang)
    _head(root, doc)
    body = etree.SubElement(root, _q("body"))
    _body_head(body, doc)
    _body_content(body, doc)
    if doc.credits:
        tagline = etree.SubElement(etree.SubElement(body, _q("body.end")), _q("tagline"))
        for i, credit in enumerate(doc.credits):
            if i:
                etree.SubElement(tagline, _q("br"))
            append_text(tagline, credit)
    indent(root, _CONTAINERS)
    return root


def render_nitf(document: Document) -> str:
    """The document as IPTC NITF 3.6 XML."""
    from lxml import etree

    return XML_DECLARATION + etree.tostring(build_nitf(document), encoding="unicode") + "\n"


@hookimpl
def newskit_register_formats(register: Callable[..., Any]) -> None:
    register(
        "nitf",
        render_nitf,
        media_type="text/vnd.IPTC.NITF",
        extension="nitf",
        description="IPTC NITF 3.6 news XML: head metadata, byline, dateline, paragraphs with q and chron.",
    )
