"""The input of the pipeline: decoded text plus what the caller told us about it."""

from __future__ import annotations

import codecs
import datetime as _dt
import os
import pathlib
import re
from typing import Literal
from urllib.parse import urlsplit

import attrs

from .encoding import decode
from .errors import InputError

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
"""Inputs larger than this many characters/bytes are refused (see ``max_bytes``)."""
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
"""File names read as HTML (also with ``.gz`` after them)."""
TEXT_SUFFIXES = (".txt", ".text")
"""File names read as plain text (also with ``.gz`` after them)."""

_HTML_SNIFF = re.compile(
    r"\A[\s\ufeff]*(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section)\b"
    r"[^<>]{0,2000}>",  # a whole tag: ``<P is a letter`` opens plain text
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(r"</?(?:html|body|p|div|article|br)\b[^<>]{0,200}>", re.IGNORECASE)


@attrs.frozen
class Source:
    """A decoded input document and the metadata given with it."""

    text: str
    kind: Literal["text", "html"]
    url: str | None = None
    published: _dt.datetime | None = None
    site: str | None = None
    language: str | None = None
    path: str | None = None
    encoding: str | None = None
    utf8: bytes | None = attrs.field(default=None, init=False, repr=False, eq=False)
    """The input's own bytes when the input was bytes that decoded as UTF-8: ``text``
    encoded, kept so that the HTML readers parse them without encoding the text again.
    ``None`` otherwise, and on a copy made with ``attrs.evolve`` (its text may differ)."""

    @property
    def host(self) -> str | None:
        """The host of :attr:`url`, lower case, without a final dot (``www.reuters.com``).

        ``None`` with no URL or one that names no host or does not parse (``https://[``):
        a broken URL identifies no site instead of failing the document. A URL written
        without a scheme (``reuters.com/world``) is read as a host and path.

        >>> import newskit
        >>> newskit.Source("Text.", "text", url="https://WWW.Example.org./a").host
        'www.example.org'
        """
        return split_url(self.url)[0] if self.url else None

    def page(self) -> str | bytes:
        """What an HTML parser should read: :attr:`utf8` when there are such bytes, else ``text``."""
        return self.utf8 if self.utf8 is not None else self.text

    @property
    def label(self) -> str:
        """A short name for messages: the url, the path or the first words."""
        if self.url:
            return self.url
        if self.path:
            return self.path
        head = " ".join(self.text[:200].split())
        return head[:60] + ("…" if len(head) > 60 else "")


def split_url(url: str) -> tuple[str | None, str]:
    """The host (as :attr:`Source.host` gives it) and the path (``/`` when none) of *url*."""
    try:
        parts = urlsplit(url if "//" in url else "//" + url)
        host = parts.hostname
    except ValueError:  # an unclosed IPv6 bracket and the like
        return None, "/"
    host = host.rstrip(".").lower() if host else None
    return host or None, parts.path or "/"


@attrs.frozen
class Unreadable:
    """Stands for an input that could not be read (a bad JSON Lines record, a broken archive).

    Passed on in a stream of sources (:func:`newskit.dask.sources_bag`) so that the
    failure becomes that input's result: processing it raises an
    :class:`~newskit.InputError` with *key* and *error*.
    """

    key: str
    error: str


_SURROGATE = re.compile("[\ud800-\udfff]")


_NO_SURROGATES = frozenset({"utf-8", "ascii", "iso8859-1", "cp1252"})
"""Codecs (by :func:`codecs.lookup` name) whose decoders never give a lone surrogate."""


def replace_surrogates(text: str) -> str:
    """Replace lone surrogates (not characters; unwritable as UTF-8) by U+FFFD, keeping offsets."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def sniff_kind(text: str) -> Literal["text", "html"]:
    """Tell HTML from plain text by the first tag or by block tags in the first 4 KB."""
    if _HTML_SNIFF.match(text[:4096]):
        return "html"
    return "html" if len(_HTML_TAGS.findall(text[:4096])) >= 3 else "text"


NAIVE_PUBLISHED = "naive-published"
"""Code of the warning that a document's ``published`` time had no zone: it is written as UTC,
and the times plugin reads it as a wall time in the story's zone (a date alone is that day there)."""


def parse_published(value: _dt.datetime | str | None) -> tuple[_dt.datetime | None, bool]:
    """Parse the ``published`` argument; return it and whether UTC was assumed."""
    if value is None or (isinstance(value, _dt.datetime) and value.tzinfo is not None):
        return value, False
    if isinstance(value, str):
        try:
            value = _dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError as e:
            raise InputError(f"published: not an ISO 8601 date or datetime: {value!r}") from e
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        value = _dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, _dt.datetime):
        raise InputError(f"published must be a datetime or an ISO 8601 string, not {type(value).__name__}")
    if value.tzinfo is None:
        return value.replace(tzinfo=_dt.timezone.utc), True
    return value, False


_GZIP_MAGIC = b"\x1f\x8b"


def _gunzip(data: bytes, max_bytes: int, label: str) -> bytes:
    """The content of gzip-compressed *data* (a saved ``page.html.gz``), at most *max_bytes* of it."""
    import gzip
    import io
    import zlib

    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as e:
        raise InputError(f"{label}: gzip-compressed but not readable: {e}") from e
    if len(out) > max_bytes:  # a small file may expand to gigabytes
        raise InputError(f"{label}: gzip-compressed input expands beyond the size limit of {max_bytes} bytes")
    return out


def load_source(
    source: str | bytes | os.PathLike[str],
    *,
    url: str | None = None,
    published: _dt.datetime | None = None,
    site: str | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Source:
    """Turn what the caller passed (text, HTML, bytes or a path) into a :class:`Source`.

    Bytes (or a file) starting with the gzip signature are decompressed first, up to
    *max_bytes*; ``page.html.gz`` is read as HTML, ``story.txt.gz`` as text.
    """
    for name, value in (("url", url), ("site", site), ("language", language)):
        if value is not None and not isinstance(value, str):
            raise InputError(f"{name} must be a string, not {type(value).__name__}")
    path = None
    kind_hint: str | None = None
    if isinstance(source, Unreadable):
        raise InputError(f"{source.key}: {source.error}")
    if isinstance(source, pathlib.PurePath):
        path = str(source)
        try:
            size = os.path.getsize(source)
            if size > max_bytes:
                raise InputError(f"{path}: {size} bytes is over the size limit of {max_bytes} bytes")
            raw: str | bytes = pathlib.Path(source).read_bytes()
        except OSError as e:
            raise InputError(f"cannot read {path}: {e.strerror or e}") from e
        suffix = pathlib.PurePath(path.lower().removesuffix(".gz")).suffix  # page.html.gz: .html
        if suffix in HTML_SUFFIXES:
            kind_hint = "html"
        elif suffix in TEXT_SUFFIXES:
            kind_hint = "text"
    elif isinstance(source, (str, bytes, bytearray, memoryview)):
        raw = bytes(source) if isinstance(source, (bytearray, memoryview)) else source
    else:
        raise InputError(f"source must be text, bytes or a pathlib.Path, not {type(source).__name__}")
    if len(raw) > max_bytes:
        raise InputError(f"input of {len(raw)} characters is over the size limit of {max_bytes}")
    if isinstance(raw, bytes) and raw[:2] == _GZIP_MAGIC:
        raw = _gunzip(raw, max_bytes, path or "input")
    encoding = None
    utf8 = None
    if isinstance(raw, bytes):
        text, encoding = decode(raw)
        if encoding == "utf-8":  # a strict decode: encoding the text again gives these bytes
            utf8 = raw
        if codecs.lookup(encoding).name not in _NO_SURROGATES:
            text = replace_surrogates(text)
    else:
        text = replace_surrogates(raw)
    kind = kind_hint or sniff_kind(text)
    src = Source(
        text=text,
        kind=kind,  # type: ignore[arg-type]
        url=url,
        published=published,
        site=site,
        language=language,
        path=path,
        encoding=encoding,
    )
    if utf8 is not None:
        object.__setattr__(src, "utf8", utf8)  # not an init field: evolve() leaves it out
    return src
