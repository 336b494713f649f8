"""Built-in plugin: the ``json`` output format (the contract; see :mod:`newskit.serialize`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import InputError
from ..markers import hookimpl
from ..model import Document
from ..serialize import document_to_json


def render_json(document: Document, *, indent: int | str | None = None) -> str:
    """The document as JSON, keys in the contract's order, UTF-8 text not escaped.

    Compact by default (fastest); ``indent=2`` pretty-prints.

    :raises newskit.InputError: *indent* is not a whole number of spaces (0 or more).
    """
    return document_to_json(document, indent=_spaces(indent))


def _spaces(indent: int | str | None) -> int | None:
    if indent is None or indent == "":
        return None
    if isinstance(indent, str) and indent.isascii() and indent.isdigit():
        return int(indent)  # from the command line: --option indent=2
    if isinstance(indent, int) and not isinstance(indent, bool) and indent >= 0:
        return indent
    raise InputError(f"format 'json': indent must be a whole number of spaces, not {indent!r}")


@hookimpl
def newskit_register_formats(register: Callable[..., Any]) -> None:
    register(
        "json",
        render_json,
        media_type="application/json",
        extension="json",
        description="The whole document as JSON (loads back with Document.from_json).",
    )
