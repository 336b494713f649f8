"""Built-in plugin: the ``xml`` output format, newskit's own XML.

The layout is described by the RELAX NG schema shipped as
``newskit/schema/newskit.rng``; every output validates against it. XML 1.0
cannot hold every character a Python string can (most C0 controls, lone
surrogates, U+FFFE and U+FFFF): in element content each such character is
written as ``<char code="U+001B">\ufffd</char>`` (one replacement character, so
the text keeps its length and offsets, and the code keeps what it was); in
attribute values it becomes U+FFFD.

This module also holds the helpers the other XML formats (``nitf``, ``tei``)
share: :func:`xml_safe`, :func:`append_text`, :func:`build_inline` and
:func:`indent`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

from ..markers import hookimpl
from ..model import Document, Quote
from .inline import Segment, body_lines, collect_spans, title_line

XML_VERSION = "1.0"
"""Version of the layout of the ``xml`` format (``<document version="…">``)."""

FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 does not allow."""

REPLACEMENT = "\ufffd"

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

INLINE_KINDS = ("dateline", "quote", "part", "cue", "speaker", "time")

_CONTAINERS = frozenset(
    {"document", "authors", "credits", "people", "person", "body", "removed", "comments", "warnings"}
    | {"plugins", "extensions"}
)


# --- helpers shared by the XML formats ----------------------------------------------


def xml_safe(value: str) -> str:
    """*value* with every character XML 1.0 forbids replaced by U+FFFD."""
    return FORBIDDEN.sub(REPLACEMENT, value)


def _add(parent: Any, text: str) -> None:
    try:
        last = parent[-1]  # constant time, unlike len() on an lxml element
    except IndexError:
        parent.text = (parent.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def append_text(parent: Any, text: str, *, char_tag: str | None = None) -> None:
    """Append *text* at the end of *parent*'s content (as its text or its last child's tail).

    Forbidden characters become U+FFFD, or, with *char_tag*, an element of that
    name holding U+FFFD with the character's code in its ``code`` attribute.
    """
    if not text:
        return
    if char_tag is None or FORBIDDEN.search(text) is None:
        _add(parent, xml_safe(text))
        return
    from lxml import etree

    pos = 0
    for m in FORBIDDEN.finditer(text):
        _add(parent, text[pos : m.start()])
        el = etree.SubElement(parent, char_tag, code=f"U+{ord(m.group()):04X}")
        el.text = REPLACEMENT
        pos = m.end()
    _add(parent, text[pos:])


def set_attrs(element: Any, values: Mapping[str, Any] | None = None, /, **more: Any) -> Any:
    """Set the attributes that are not ``None`` (made XML-safe), in the order given."""
    for name, value in (*(values or {}).items(), *more.items()):
        if value is not None:
            element.set(name, xml_safe(str(value)))
    return element


def build_inline(
    parent: Any,
    children: Iterable[Segment | str],
    make: Callable[[Any, Segment], Any],
    add_text: Callable[[Any, str], None],
) -> None:
    """Write an inline tree into *parent*.

    ``make(parent, segment)`` returns the element that holds the segment's
    content: a new sub-element, or *parent* itself to leave the segment unmarked.
    """
    for child in children:
        if isinstance(child, str):
            add_text(parent, child)
        else:
            build_inline(make(parent, child), child.children, make, add_text)


def indent(element: Any, containers: Collection[str], level: int = 0, step: str = "  ") -> None:
    """Indent the element-only *containers* (by local name); leave mixed content alone."""
    if len(element) == 0 or _local(element.tag) not in containers:
        return
    inner = "\n" + step * (level + 1)
    element.text = inner
    for child in element:
        child.tail = inner
        indent(child, containers, level + 1, step)
    element[-1].tail = "\n" + step * level


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def iso(value: Any) -> str | None:
    """An aware datetime in ISO 8601 (``None`` stays ``None``)."""
    return value.isoformat() if value is not None else None


def speaker_name(quote: Quote) -> str | None:
    """The resolved name of a quote's speaker, else the words that name them."""
    sp = quote.speaker
    if sp is None:
        return None
    return sp.name or sp.text or None


# --- the xml format -----------------------------------------------------------------


def _fragment(seg: Segment) -> str | None:
    if not seg.split:
        return None
    if seg.piece == 0:
        return "initial"
    return "final" if seg.piece == seg.pieces - 1 else "medial"


def _make_inline(parent: Any, seg: Segment) -> Any:
    from lxml import etree

    sp = seg.span
    a = sp.annotation
    el = etree.SubElement(parent, sp.kind)
    if sp.kind == "dateline":
        set_attrs(
            el,
            place=a.place,
            region=a.region,
            country=a.country,
            timezone=a.timezone,
            agency=a.agency,
            date=a.date,
        )
    elif sp.kind == "quote":
        who = a.speaker
        set_attrs(
            el,
            n=sp.key[0],
            kind=a.kind,
            speaker=speaker_name(a),
            role=who.role if who else None,
            person=who.person if who else None,
        )
    elif sp.kind == "part":
        set_attrs(el, quote=sp.key[0], n=sp.key[1])
    elif sp.kind == "cue":
        set_attrs(el, quote=sp.key[0])
    elif sp.kind == "speaker":
        set_attrs(el, quote=sp.key[0], name=a.name, role=a.role, person=a.person)
    else:  # time
        iv = a.interval
        set_attrs(
            el,
            n=sp.key[0],
            type=a.type,
            value=a.value,
            mod=a.mod,
            timezone=a.timezone,
            interval_start=iso(iv.start) if iv else None,
            interval_end=iso(iv.end) if iv else None,
            anchor=a.anchor,
            same_as=a.same_as,
            alternatives=" ".join(a.alternatives) if a.alternatives else None,
            freq=a.freq,
            quant=a.quant,
        )
    set_attrs(el, fragment=_fragment(seg))
    if seg.collapsed:
        set_attrs(el, start=seg.start, end=seg.reach)
    return el


def _add_char_text(parent: Any, text: str) -> None:
    append_text(parent, text, char_tag="char")


def _text_element(parent: Any, tag: str, text: str, **attributes: Any) -> Any:
    from lxml import etree

    el = set_attrs(etree.SubElement(parent, tag), **attributes)
    _add_char_text(el, text)
    return el


def build_xml(document: Document) -> Any:
    """The ``xml`` format as an lxml element tree (the root ``<document>``)."""
    import json

    from lxml import etree

    doc = document
    root = set_attrs(
        etree.Element("document"),
        version=XML_VERSION,
        url=doc.url,
        site=doc.site,
        language=doc.language,
        input_kind=doc.input_kind,
    )
    title = title_line(doc, collect_spans(doc, where="title", kinds=INLINE_KINDS))
    if title is not None:
        build_inline(etree.SubElement(root, "title"), title.children, _make_inline, _add_char_text)
    if doc.authors:
        authors = etree.SubElement(root, "authors")
        for name in doc.authors:
            _text_element(authors, "author", name)
    if doc.published is not None:
        _text_element(root, "published", iso(doc.published))
    if doc.updated is not None:
        _text_element(root, "updated", iso(doc.updated))
    if doc.credits:
        credits = etree.SubElement(root, "credits")
        for credit in doc.credits:
            _text_element(credits, "credit", credit)
    if doc.people:
        people = etree.SubElement(root, "people")
        for p in doc.people:
            person = set_attrs(
                etree.SubElement(people, "person"),
                id=p.id,
                quotes=" ".join(map(str, p.quotes)) if p.quotes else None,
            )
            _text_element(person, "name", p.name)
            for v in p.variants:
                _text_element(person, "variant", v)
            for r in p.roles:
                _text_element(person, "role", r)
    body = etree.SubElement(root, "body")
    for line in body_lines(doc, collect_spans(doc, kinds=INLINE_KINDS)):
        b = line.block
        el = set_attrs(
            etree.SubElement(body, b.kind),
            start=b.start,
            end=b.end,
            source_start=b.source_start,
            source_end=b.source_end,
        )
        build_inline(el, line.children, _make_inline, _add_char_text)
    if doc.removed:
        removed = etree.SubElement(root, "removed")
        for r in doc.removed:
            _text_element(
                removed,
                "removal",
                r.text,
                reason=r.reason,
                rule=r.rule,
                plugin=r.plugin,
                at=r.at,
                field=r.field,
                locator=r.locator,
                source_start=r.source_start,
                source_end=r.source_end,
            )
    if doc.comments:
        comments = etree.SubElement(root, "comments")
        for c in doc.comments:
            _text_element(
                comments,
                "comment",
                c.text,
                author=c.author,
                published=iso(c.published),
                source_start=c.source_start,
                source_end=c.source_end,
            )
    if doc.warnings:
        warnings = etree.SubElement(root, "warnings")
        for w in doc.warnings:
            _text_element(warnings, "warning", w.message, code=w.code, plugin=w.plugin, stage=w.stage)
    if doc.plugins:
        plugins = etree.SubElement(root, "plugins")
        for name, version in doc.plugins.items():
            set_attrs(etree.SubElement(plugins, "plugin"), name=name, version=version)
    if doc.extensions:
        extensions = etree.SubElement(root, "extensions")
        for name, value in doc.extensions.items():
            data = json.dumps(_thaw(value), ensure_ascii=False, sort_keys=True)
            _text_element(extensions, "extension", data, name=name)
    indent(root, _CONTAINERS)
    return root


def _thaw(value: Any) -> Any:
    from ..frozen import deep_thaw

    return deep_thaw(value)


def render_xml(document: Document) -> str:
    """The document as newskit XML (see ``newskit/schema/newskit.rng``)."""
    from lxml import etree

    return XML_DECLARATION + etree.tostring(build_xml(document), encoding="unicode") + "\n"


@hookimpl
def newskit_register_formats(register: Callable[..., Any]) -> None:
    register(
        "xml",
        render_xml,
        media_type="application/xml",
        extension="xml",
        description="newskit's own XML: metadata, blocks with inline dateline, times and quotes.",
    )
