"""JSON (un)structuring of the document model, kept at the edge of the model.

The layout is the ``json`` format's contract: top-level keys ``schema_version``,
``url``, ``site``, ``language``, ``title``, ``authors``, ``published``,
``dateline``, ``text``, ``body``, ``removed``, ``comments``, ``times``,
``quotes``, ``people``, ``warnings``, ``plugins`` (plus ``input_kind``,
``updated``, ``credits`` and ``extensions``). Datetimes are ISO 8601 strings with their
offset.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from . import model
from .errors import InputError
from .frozen import FrozenDict, deep_thaw

_TOP_ORDER = (
    "schema_version",
    "url",
    "site",
    "language",
    "input_kind",
    "title",
    "authors",
    "published",
    "updated",
    "credits",
    "dateline",
    "text",
    "body",
    "removed",
    "comments",
    "times",
    "quotes",
    "people",
    "warnings",
    "plugins",
    "extensions",
)


_ATOMS = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """Init field names of the attrs class *cls* (``None`` for other types), looked up once per class."""
    return tuple(f.name for f in attrs.fields(cls) if f.init) if attrs.has(cls) else None


def _unstructure(value: Any) -> Any:
    cls = type(value)
    if cls in _ATOMS:
        return value
    names = _field_names(cls)
    if names is not None:
        return {n: _unstructure(getattr(value, n)) for n in names}
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_unstructure(v) for v in value]
    if isinstance(value, FrozenDict):
        return deep_thaw(value)
    return value


def document_to_dict(doc: model.Document) -> dict[str, Any]:
    """Return *doc* as JSON-compatible data with the contract's key order."""
    d = _unstructure(doc)
    d["text"] = doc.text
    d["schema_version"] = model.SCHEMA_VERSION
    return {k: d[k] for k in _TOP_ORDER}


def document_to_json(doc: model.Document, *, indent: int | None = None) -> str:
    """Serialise *doc* to the JSON text of the ``json`` format (compact unless *indent*)."""
    return json.dumps(document_to_dict(doc), ensure_ascii=False, indent=indent)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls, vars(model))
    return _HINTS[cls]


def _structure(value: Any, tp: Any, where: str) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _structure(value, args[0], where)
    if origin is tuple:
        if not isinstance(value, list):
            raise InputError(f"{where}: expected a list, got {type(value).__name__}")
        inner = typing.get_args(tp)[0]
        return tuple(_structure(v, inner, f"{where}[{i}]") for i, v in enumerate(value))
    if origin is typing.Literal:
        return value
    if tp is _dt.datetime:
        try:
            return _dt.datetime.fromisoformat(value)
        except (TypeError, ValueError) as e:
            raise InputError(f"{where}: not an ISO 8601 datetime: {value!r}") from e
    if tp is FrozenDict:
        if not isinstance(value, Mapping):
            raise InputError(f"{where}: expected an object")
        return FrozenDict(value)
    if isinstance(tp, type) and attrs.has(tp):
        return _build(tp, value, where)
    return value


def _build(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, Mapping):
        raise InputError(f"{where}: expected an object, got {type(data).__name__}")
    hints = _hints(cls)
    kwargs = {}
    for f in attrs.fields(cls):
        if not f.init:
            continue
        if f.name in data:
            kwargs[f.name] = _structure(data[f.name], hints[f.name], f"{where}.{f.name}")
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as e:
        raise InputError(f"{where}: {e}") from e


def document_from_dict(d: Mapping[str, Any]) -> model.Document:
    """Rebuild a :class:`~newskit.model.Document` from its JSON data."""
    if not isinstance(d, Mapping):
        raise InputError("a newskit document must be a JSON object")
    version = d.get("schema_version")
    if version is not None and str(version).split(".")[0] != model.SCHEMA_VERSION.split(".")[0]:
        raise InputError(
            f"schema_version {version!r} is not readable by this newskit (reads {model.SCHEMA_VERSION})"
        )
    doc = _build(model.Document, d, "document")
    if "text" in d and d["text"] != doc.text:
        raise InputError("document: 'text' does not match the body blocks joined by blank lines")
    return doc


def document_from_json(s: str | bytes) -> model.Document:
    """Parse the ``json`` format back into a document."""
    try:
        data = json.loads(s)
    except ValueError as e:
        raise InputError(f"not valid JSON: {e}") from e
    return document_from_dict(data)
