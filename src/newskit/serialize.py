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
_ATOM_HINTS = frozenset({str, int, bool, type(None)})


def _unstructure(value: Any) -> Any:
    cls = type(value)
    if cls in _ATOMS:
        return value
    convert = _CONVERTERS.get(cls)
    if convert is None:
        convert = _CONVERTERS[cls] = _converter(cls)
    return convert(value)


def _list(value: tuple[Any, ...]) -> list[Any]:
    return [_unstructure(v) for v in value]


def _identity(value: Any) -> Any:
    return value


def _converter(cls: type) -> Any:
    """The function that turns a *cls* value into JSON-compatible data, made once per type."""
    if attrs.has(cls):
        return _attrs_converter(cls)
    if issubclass(cls, _dt.datetime):
        return _dt.datetime.isoformat
    if issubclass(cls, tuple):
        return _list
    if issubclass(cls, FrozenDict):
        return deep_thaw
    return _identity


def _is_atom(hint: Any) -> bool:
    """Whether every value a field with type *hint* can hold is written as it is."""
    if hint in _ATOM_HINTS:
        return True
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        return all(type(a) in _ATOM_HINTS for a in typing.get_args(hint))
    if origin in (typing.Union, types.UnionType):
        return all(_is_atom(a) for a in typing.get_args(hint))
    return False


def _attrs_converter(cls: type) -> Any:
    """``value -> dict`` for the attrs class *cls*, one entry per init field, generated.

    Fields whose type admits only strings, integers, booleans and ``None`` are
    copied as they are; the others go through :func:`_unstructure`.
    """
    try:
        hints = _hints(cls)  # the same lookup the reading side uses
    except Exception:  # noqa: BLE001 - a plugin's subclass may name types we cannot resolve: convert every field
        hints = {}
    names = [f.name for f in attrs.fields(cls) if f.init]
    if not all(n.isidentifier() for n in names):  # pragma: no cover - attrs names are identifiers
        raise TypeError(f"cannot serialise {cls.__name__}")
    items = [f"{n!r}: o.{n}" if _is_atom(hints.get(n)) else f"{n!r}: _u(o.{n})" for n in names]
    scope: dict[str, Any] = {"_u": _unstructure}
    exec(f"def convert(o):\n    return {{{', '.join(items)}}}", scope)  # code from the class's own field names
    return scope["convert"]


_CONVERTERS: dict[type, Any] = {}


def document_to_dict(doc: model.Document) -> dict[str, Any]:
    """Return *doc* as JSON-compatible data with the contract's key order."""
    d = _unstructure(doc)
    d["text"] = doc.text
    d["schema_version"] = model.SCHEMA_VERSION
    return {k: d[k] for k in _TOP_ORDER}


def dumps(data: Any, *, indent: int | None = None) -> str:
    """*data* as JSON text: UTF-8 not escaped; compact (no spaces) unless *indent*.

    Compact JSON is written by orjson when it is installed and can take the data
    (it refuses, for instance, integers beyond 64 bits and non-string keys in
    plugin extensions); otherwise, and for *indent*, by the standard library.
    """
    if indent is None:
        fast = _orjson()
        if fast is not None:
            try:
                return fast.dumps(data).decode()
            except (TypeError, fast.JSONEncodeError):
                pass
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent)


@functools.cache
def _orjson() -> Any:
    try:
        import orjson
    except ImportError:  # pragma: no cover - a dependency; the standard library does the same, slower
        return None
    return orjson


def document_to_json(doc: model.Document, *, indent: int | None = None) -> str:
    """Serialise *doc* to the JSON text of the ``json`` format (compact unless *indent*)."""
    return dumps(document_to_dict(doc), indent=indent)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls, vars(model))
    return _HINTS[cls]


_SCALARS: dict[Any, tuple[type, ...]] = {str: (str,), int: (int,), float: (int, float), bool: (bool,)}
"""The JSON values a field of each scalar type takes (``bool`` is no ``int`` here)."""


def _structure(value: Any, tp: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _structure(value, args[0], where)
    if value is None:
        raise InputError(f"{where}: must not be null")
    if tp in _SCALARS:
        if not isinstance(value, _SCALARS[tp]) or (tp is not bool and isinstance(value, bool)):
            raise InputError(f"{where}: expected {tp.__name__}, got {type(value).__name__}")
        return value
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
    except RecursionError as e:
        raise InputError("not valid JSON for a document: nested too deeply") from e
    return document_from_dict(data)
