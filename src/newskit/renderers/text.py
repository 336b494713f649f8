"""Built-in plugin: the ``text`` output format, the clean article."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..markers import hookimpl
from ..model import Document


def render_text(document: Document) -> str:
    """The title (when known), a blank line, then the body blocks separated by blank lines."""
    parts = [document.title] if document.title else []
    if document.text:
        parts.append(document.text)
    return "\n\n".join(parts) + "\n" if parts else ""


@hookimpl
def newskit_register_formats(register: Callable[..., Any]) -> None:
    register(
        "text",
        render_text,
        media_type="text/plain",
        extension="txt",
        description="The clean article: title and body as plain text.",
    )
