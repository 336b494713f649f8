"""Decoding bytes to text: byte-order mark, UTF-8, declared charset, then detection.

Valid UTF-8 with non-ASCII characters is taken as UTF-8 even when the page
declares a legacy charset: such declarations are often stale (a template
copied from an old site), while legacy-encoded text is almost never valid
UTF-8 by chance. Declared ``iso-8859-1``/``us-ascii`` are read as
``windows-1252``, as browsers do.
"""

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
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}
WINDOWS_1252_MARGIN = 0.05
"""How much more "chaos" (charset-normalizer's mess measure) windows-1252 may show and still win."""
_WIDE = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")


def declared_encoding(head: bytes) -> str | None:
    """The charset a page declares in its first 4 KB, when Python knows it.

    Looks at ``<meta charset>``, ``<meta http-equiv="Content-Type" content="…; charset=…">``
    and the XML declaration; returns Python's codec name.
    """
    m = _DECLARED.search(head[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(raw: bytes) -> tuple[str, str]:
    """Decode *raw*; return the text and the encoding used. Never raises.

    Order: a byte-order mark; a declared UTF-16/UTF-32; UTF-8 when the bytes
    are valid UTF-8; the declared charset when the bytes decode cleanly with
    it; charset detection (charset-normalizer); finally UTF-8 with
    replacement characters.
    """
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(name), name
            except UnicodeDecodeError:
                break
    declared = declared_encoding(raw)
    if declared:
        declared = _WHATWG_ALIASES.get(declared, declared)
    candidates: list[str] = []
    if declared in _WIDE:
        candidates.append(declared)
    candidates.append("utf-8")
    if declared and declared not in candidates:
        candidates.append(declared)
    for name in candidates:
        try:
            return raw.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    if declared == "cp1252":
        # windows-1252 leaves five bytes undefined; ISO 8859-1 maps them to C1 controls
        return raw.decode("latin-1"), "latin-1"
    from charset_normalizer import from_bytes  # heavy: imported only when needed

    try:
        matches = list(from_bytes(raw[: 1 << 20]))
    except Exception:  # noqa: BLE001 - detection is a best effort; never fail to decode
        matches = []
    for name in _detected(matches):
        try:
            return raw.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("utf-8", errors="replace"), "utf-8"


def _detected(matches: list) -> list[str]:
    """Encodings to try, best first, from charset-normalizer's matches.

    windows-1252, the web's most common legacy charset, wins when it reads
    the bytes nearly as cleanly as the best guess: short Western texts are
    otherwise often taken for Mac or DOS code pages.
    """
    if not matches:
        return []
    best = min(m.chaos for m in matches)
    for m in matches:
        if "cp1252" in (m.could_be_from_charset or [m.encoding]) and m.chaos <= best + WINDOWS_1252_MARGIN:
            return ["cp1252", *(x.encoding for x in matches)]
    return [m.encoding for m in sorted(matches, key=lambda m: m.chaos) if m.encoding]
