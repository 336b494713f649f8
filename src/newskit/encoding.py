"""Decoding bytes to text: byte-order mark, declared charset, UTF-8, then detection."""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]{1,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([a-zA-Z0-9_\-.]{1,40})""",
    re.IGNORECASE,
)


def declared_encoding(head: bytes) -> str | None:
    """The charset a page declares in its first 4 KB, when Python knows it."""
    m = _DECLARED.search(head[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(raw: bytes) -> tuple[str, str]:
    """Decode *raw*; return the text and the encoding used.

    Order: a byte-order mark, the declared charset when the bytes decode
    cleanly with it, UTF-8, then charset detection (charset-normalizer), and
    finally UTF-8 with replacement characters so that decoding never fails.
    """
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(name), name
            except UnicodeDecodeError:
                break
    declared = declared_encoding(raw)
    candidates = [declared] if declared else []
    if "utf-8" not in candidates:
        candidates.append("utf-8")
    for name in candidates:
        try:
            return raw.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes  # heavy: imported only when needed

    best = from_bytes(raw[: 1 << 20]).best()
    if best is not None and best.encoding:
        try:
            return raw.decode(best.encoding), best.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    return raw.decode("utf-8", errors="replace"), "utf-8"
