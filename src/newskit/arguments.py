"""Checks of the options callers pass to the public API: a wrong kind is an InputError naming it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .errors import InputError


def check_on_error(value: Any) -> None:
    """``on_error`` is ``"raise"`` or ``"record"``."""
    if value not in ("raise", "record"):
        raise InputError(f"on_error must be 'raise' or 'record', not {value!r}")


def check_whole(name: str, value: Any, *, least: int) -> None:
    """*value* is a whole number (not a bool) of at least *least*."""
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise InputError(f"{name} must be a whole number of at least {least}, not {value!r}")


def check_list(name: str, value: Any) -> None:
    """*value* is a collection of items, not a single string or a number."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InputError(f"{name} must be a list, not {type(value).__name__} {value!r}")


def check_input_id(value: Any) -> None:
    """An input's ``id`` (kept in its document) is a string or a number."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InputError(f"metadata 'id' must be a string or a number, not {type(value).__name__}")


def check_input_key(value: Any) -> None:
    """An input's ``key`` (where it came from, kept in its document) is a string."""
    if not isinstance(value, str):
        raise InputError(f"metadata 'key' must be a string, not {type(value).__name__}")
