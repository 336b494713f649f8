"""A small CSS selector subset, translated to XPath for lxml.

Rule files name elements with CSS selectors. Only the part of CSS that
identifies page regions is supported, which keeps newskit free of the
``cssselect`` dependency and makes every selector's meaning plain:

* type selectors (ASCII names, as HTML's are) and ``*``: ``div``, ``h1``;
* classes and ids: ``.td-post-content``, ``#comments``;
* attributes: ``[datetime]``, ``[itemprop=author]``, ``[class~=entry]``,
  ``[class^=td-]``, ``[class$=-title]``, ``[class*=author]`` (values quoted
  or bare);
* combinators: descendant (a space), child (``>``) and adjacent sibling
  (``+``: ``img + br + em`` is an ``em`` right after a ``br`` right after an
  ``img``, text between them aside);
* selector lists: ``h1.entry-title, h1.tdb-title-text``.

Pseudo-classes and ``~`` are refused with :class:`CssError`.

>>> print(to_xpath("div#main > p, h1[itemprop=headline]"))
descendant-or-self::div[@id='main']/p | descendant-or-self::h1[@itemprop='headline']
>>> print(to_xpath("p > img + em"))
descendant-or-self::p/img/following-sibling::*[1]/self::em
"""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["CssError", "compile_selector", "select", "to_xpath"]


class CssError(ValueError):
    """A selector outside the supported subset, or malformed."""


_IDENT = r"-?[A-Za-z_][\w-]{0,200}"
_NAME = r"(?a:[A-Za-z_][\w-]{0,200})"
"""An element or attribute name: ASCII, as HTML's are, and never an XPath syntax error (``ϵ``, ``-x``)."""
_TOKEN = re.compile(
    rf"""
    (?P<child>[ ]?>[ ]?)
  | (?P<adjacent>[ ]?\+[ ]?)
  | (?P<comma>[ ]?,[ ]?)
  | (?P<ws>[ ])
  | (?P<tag>{_NAME}|\*)
  | \.(?P<cls>{_IDENT})
  | \#(?P<id>[\w-]{{1,200}})
  | \[[ ]?(?P<attr>{_NAME})[ ]?
      (?:(?P<op>[~^$*]?=)[ ]?(?:"(?P<dq>[^"]{{0,200}})"|'(?P<sq>[^']{{0,200}})'|(?P<bare>[\w-]{{1,200}}))[ ]?)?\]
    """,
    re.VERBOSE,
)


def _literal(value: str) -> str:
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    raise CssError(f"attribute value {value!r} holds both kinds of quote")


def _attr_test(name: str, op: str | None, value: str | None) -> str:
    at = f"@{name}"
    if op is None:
        return at
    assert value is not None
    v = _literal(value)
    if op == "=":
        return f"{at}={v}"
    if op == "~=":
        return f"contains(concat(' ', normalize-space({at}), ' '), {_literal(' ' + value + ' ')})"
    if op == "^=":
        return f"starts-with({at}, {v})"
    if op == "$=":
        return f"substring({at}, string-length({at}) - {len(value) - 1})={v}"
    return f"contains({at}, {v})"  # *=


@functools.lru_cache(maxsize=512)
def to_xpath(selector: str) -> str:
    """The XPath 1.0 expression selecting what *selector* selects, from any context node."""
    if not selector.strip():
        raise CssError("empty selector")
    alternatives: list[str] = []
    path = ""
    axis = "descendant-or-self::"
    tag: str | None = None
    tests: list[str] = []
    pending = False  # a compound is open

    def close() -> None:
        nonlocal path, tag, tests, pending
        if not pending:
            raise CssError(f"selector {selector!r}: a combinator or comma without an element before it")
        step = (tag or "*") + "".join(f"[{t}]" for t in tests)
        path += axis + step
        tag, tests, pending = None, [], False

    text = " ".join(selector.split())  # white space collapsed: one space between parts
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise CssError(f"selector {selector!r}: unsupported syntax at {text[pos : pos + 12]!r}")
        pos = m.end()
        kind = (
            m.lastgroup if m.lastgroup in ("ws", "child", "adjacent", "comma", "tag", "cls", "id") else "attr"
        )
        if kind == "ws":
            close()
            axis = "/descendant::"
        elif kind == "child":
            close()
            axis = "/"
        elif kind == "adjacent":
            close()
            axis = "/following-sibling::*[1]/self::"
        elif kind == "comma":
            close()
            alternatives.append(path)
            path, axis = "", "descendant-or-self::"
        elif kind == "tag":
            if pending:
                raise CssError(f"selector {selector!r}: element name {m.group('tag')!r} must come first")
            tag = None if m.group("tag") == "*" else m.group("tag").lower()
            pending = True
        elif kind == "cls":
            cls = m.group("cls")
            # the cheap test first: most elements are ruled out before the exact one
            tests.append(
                f"contains(@class, '{cls}') and contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')"
            )
            pending = True
        elif kind == "id":
            tests.append(f"@id='{m.group('id')}'")
            pending = True
        else:
            value = m.group("dq") if m.group("dq") is not None else m.group("sq")
            if value is None:
                value = m.group("bare")
            tests.append(_attr_test(m.group("attr").lower(), m.group("op"), value))
            pending = True
    close()
    alternatives.append(path)
    return " | ".join(alternatives)


@functools.lru_cache(maxsize=512)
def compile_selector(selector: str) -> Any:
    """The compiled :class:`lxml.etree.XPath` for *selector* (raises :class:`CssError`)."""
    from lxml import etree

    try:
        return etree.XPath(to_xpath(selector))
    except etree.XPathSyntaxError as e:  # to_xpath writes valid XPath (a property test checks it)
        raise CssError(f"selector {selector!r}: {e}") from e


def select(root: Any, selector: str) -> list[Any]:
    """The elements under *root* (itself included) that *selector* matches, in document order."""
    return [el for el in compile_selector(selector)(root) if isinstance(getattr(el, "tag", None), str)]
