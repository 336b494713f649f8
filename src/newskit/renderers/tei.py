"""Built-in plugin: the ``tei`` output format, TEI P5 XML.

What goes where:

* ``teiHeader/fileDesc``: ``titleStmt`` (title, authors), ``publicationStmt``
  (this conversion), ``notesStmt`` (production credits), ``sourceDesc/bibl``
  (the article: title, authors, site as ``publisher``, publication and update
  times as ``date``, URL as ``idno type="URL"``).
* ``teiHeader/profileDesc``: ``langUsage``; ``particDesc/listPerson`` with a
  ``person`` per person quoted (``xml:id``, ``persName``, ``occupation`` for
  each role, newskit's id as ``idno type="newskit"``); ``settingDesc`` with
  the dateline's place and agency.
* ``text/body``: paragraphs as ``p``; each heading opens a ``div`` with a
  ``head``; list items grouped in ``list/item``; block quotes as ``quote``;
  captions, preformatted text and tables as ``ab`` with ``type``.

Inline: the dateline is ``seg type="dateline"``; a quote is ``said`` with
``who`` pointing at its speaker's ``person`` and ``direct`` (``true`` for
direct and partial quotes, ``false`` for indirect, ``unknown`` for mixed);
quote parts are ``q``; a speaker mention is ``rs type="person"``; dates and
times are ``date`` or ``time`` with ``when`` (or ``from``/``to``) when
resolved and ``dur`` for durations. A quote cut into pieces by the layout gets
``xml:id`` on each piece, linked with ``prev``/``next``. Characters XML
forbids become U+FFFD. An empty body is written as one empty ``p`` (TEI
requires content).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import Any

from .._version import __version__
from ..markers import hookimpl
from ..model import Document, TimeExpression
from .inline import Segment, body_lines, collect_spans, title_line
from .xml import XML_DECLARATION, append_text, build_inline, indent, iso, set_attrs

NS = "http://www.tei-c.org/ns/1.0"
"""The TEI namespace."""

XML_NS = "http://www.w3.org/XML/1998/namespace"

_NCNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")
_LANG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?")
_DURATION = re.compile(r"P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?")

_CONTAINERS = frozenset(
    {"TEI", "teiHeader", "fileDesc", "titleStmt", "publicationStmt", "notesStmt", "sourceDesc", "bibl"}
    | {"profileDesc", "langUsage", "particDesc", "listPerson", "person", "settingDesc", "setting"}
    | {"placeName", "text", "body", "div", "list"}
)

_DIRECT = {"direct": "true", "partial": "true", "indirect": "false", "mixed": "unknown"}


def _t(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _el(parent: Any, tag: str, text: str | None = None, attrs: dict[str, Any] | None = None) -> Any:
    from lxml import etree

    el = set_attrs(etree.SubElement(parent, _t(tag)), attrs)
    if text:
        append_text(el, text)
    return el


def _valid_date(value: str) -> bool:
    parts = [int(p) for p in value.split("-")]
    try:
        _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return parts[0] > 0


def temporal(t: TimeExpression) -> dict[str, str]:
    """TEI dating attributes for a time expression: ``when``, ``from``/``to`` or ``dur``."""
    value = t.value
    if t.type in ("DATE", "TIME"):
        if _DATE.fullmatch(value) and _valid_date(value):
            return {"when": value}
        m = _DATETIME.fullmatch(value)
        if m and _valid_date(m.group(1)) and _valid_clock(m.group(2)):
            return {"when": f"{m.group(1)}T{m.group(2)}{m.group(3) or ':00'}"}
        if t.interval is not None:
            return {"from": iso(t.interval.start), "to": iso(t.interval.end)}
        return {}
    if t.type == "DURATION":
        m = _DURATION.fullmatch(value)
        if m:
            years, months, weeks, days, clock = (m.group(i) or "" for i in (1, 2, 3, 4, 5))
            if weeks:  # xsd:duration has no weeks: count them as days
                days = f"{int(weeks[:-1]) * 7 + int(days[:-1] or 0)}D"
            return {"dur": f"P{years}{months}{days}{clock}"}
    return {}


def _valid_clock(hhmm: str) -> bool:
    h, m = (int(x) for x in hhmm.split(":"))
    return h < 24 and m < 60


class _Writer:
    """Per-document state: person ids and the inline element factory."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.person_ids: dict[str, str] = {}
        used: set[str] = set()
        for i, p in enumerate(doc.people):
            if p.id in self.person_ids:
                continue
            xid = f"person-{p.id}" if _NCNAME.fullmatch(p.id) else f"person-{i + 1}"
            if xid in used:
                xid = f"{xid}-{i + 1}"
            used.add(xid)
            self.person_ids[p.id] = xid

    def who(self, person: str | None) -> str | None:
        xid = self.person_ids.get(person) if person is not None else None
        return f"#{xid}" if xid else None

    def make(self, parent: Any, seg: Segment) -> Any:
        sp = seg.span
        a = sp.annotation
        if sp.kind == "dateline":
            return _el(parent, "seg", None, {"type": "dateline"})
        if sp.kind == "part":
            return _el(parent, "q")
        if sp.kind == "speaker":
            return _el(parent, "rs", None, {"type": "person", "ref": self.who(a.person)})
        if sp.kind == "time":
            tag = "time" if a.type == "TIME" else "date"
            return _el(
                parent, tag, None, {"type": a.type.lower() if a.type == "SET" else None, **temporal(a)}
            )
        who = self.who(a.speaker.person) if a.speaker is not None else None
        el = _el(parent, "said", None, {"who": who, "direct": _DIRECT[a.kind]})
        if seg.split:
            base = f"quote-{sp.key[0]}-"
            el.set(f"{{{XML_NS}}}id", f"{base}{seg.piece + 1}")
            if seg.piece > 0:
                el.set("prev", f"#{base}{seg.piece}")
            if seg.piece < seg.pieces - 1:
                el.set("next", f"#{base}{seg.piece + 2}")
        return el


def _add_text(parent: Any, text: str) -> None:
    append_text(parent, text)


_KINDS = ("dateline", "quote", "part", "speaker", "time")


def _header(root: Any, w: _Writer) -> None:
    from lxml import etree

    doc = w.doc
    header = _el(root, "teiHeader")
    fd = _el(header, "fileDesc")
    ts = _el(fd, "titleStmt")
    title = _el(ts, "title")
    line = title_line(doc, collect_spans(doc, where="title", kinds=_KINDS))
    if line is not None:
        build_inline(title, line.children, w.make, _add_text)
    for author in doc.authors:
        _el(ts, "author", author)
    _el(_el(fd, "publicationStmt"), "p", f"Converted to TEI by newskit {__version__}.")
    if doc.credits:
        notes = _el(fd, "notesStmt")
        for credit in doc.credits:
            _el(notes, "note", credit, {"type": "credit"})
    bibl = _el(_el(fd, "sourceDesc"), "bibl")
    if doc.title is not None:
        _el(bibl, "title", doc.title, {"level": "a"})
    for author in doc.authors:
        _el(bibl, "author", author)
    if doc.site:
        _el(bibl, "publisher", doc.site)
    for kind, when in (("published", doc.published), ("updated", doc.updated)):
        if when is not None:
            _el(bibl, "date", iso(when), {"type": kind, "when": iso(when)})
    if doc.url:
        _el(bibl, "idno", doc.url, {"type": "URL"})
    if len(bibl) == 0:
        _el(bibl, "title", None, {"level": "a"})

    profile = etree.Element(_t("profileDesc"))
    if doc.language and _LANG.fullmatch(doc.language):
        _el(_el(profile, "langUsage"), "language", None, {"ident": doc.language})
    if w.person_ids:
        persons = _el(_el(profile, "particDesc"), "listPerson")
        done: set[str] = set()
        for p in doc.people:
            if p.id in done:
                continue
            done.add(p.id)
            person = _el(persons, "person")
            person.set(f"{{{XML_NS}}}id", w.person_ids[p.id])
            _el(person, "persName", p.name)
            for variant in p.variants:
                _el(person, "persName", variant, {"type": "variant"})
            for role in p.roles:
                _el(person, "occupation", role)
            _el(person, "idno", p.id, {"type": "newskit"})
    dl = doc.dateline
    if dl is not None and (dl.place or dl.region or dl.country or dl.agency):
        setting = _el(_el(profile, "settingDesc"), "setting")
        if dl.place or dl.region or dl.country:
            place = _el(setting, "placeName")
            if dl.place:
                _el(place, "settlement", dl.place)
            if dl.region:
                _el(place, "region", dl.region)
            if dl.country:
                _el(place, "country", dl.country)
        if dl.agency:
            _el(setting, "orgName", dl.agency, {"role": "agency"})
    if len(profile):
        header.append(profile)


def _body(root: Any, w: _Writer) -> None:
    body = _el(_el(root, "text"), "body")
    container = body
    lst = None
    for line in body_lines(w.doc, collect_spans(w.doc, kinds=_KINDS)):
        kind = line.block.kind
        if kind != "list_item":
            lst = None
        if kind == "heading":
            container = _el(body, "div")
            el = _el(container, "head")
        elif kind == "list_item":
            if lst is None:
                lst = _el(container, "list")
            el = _el(lst, "item")
        elif kind == "blockquote":
            el = _el(container, "quote")
        elif kind == "paragraph":
            el = _el(container, "p")
        else:
            el = _el(container, "ab", None, {"type": kind})
            if kind in ("preformatted", "table"):
                el.set(f"{{{XML_NS}}}space", "preserve")
        build_inline(el, line.children, w.make, _add_text)
    if len(body) == 0:
        _el(body, "p")


def build_tei(document: Document) -> Any:
    """The ``tei`` format as an lxml element tree (the root ``<TEI>``)."""
    from lxml import etree

    w = _Writer(document)
    root = etree.Element(_t("TEI"), nsmap={None: NS})
    if document.language and _LANG.fullmatch(document.language):
        root.set(f"{{{XML_NS}}}lang", document.language)
    _header(root, w)
    _body(root, w)
    indent(root, _CONTAINERS)
    return root


def render_tei(document: Document) -> str:
    """The document as TEI P5 XML."""
    from lxml import etree

    return XML_DECLARATION + etree.tostring(build_tei(document), encoding="unicode") + "\n"


@hookimpl
def newskit_register_formats(register: Callable[..., Any]) -> None:
    register(
        "tei",
        render_tei,
        media_type="application/tei+xml",
        extension="tei",
        description="TEI P5 XML: header with sources and people, body with said, q and date.",
    )
