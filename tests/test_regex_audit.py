"""Regular-expression audit: no pattern in newskit backtracks catastrophically.

Every compiled pattern the package holds is found (module globals, the
containers and objects they hold, lazily compiled patterns, and zero-argument
cached builder functions, after a warm-up run that compiles what is compiled
on first use), and each is run with ``finditer`` over adversarial strings built
from the characters its own source mentions: long runs of one character
(spaces, dots, quote marks, capitals, digits, …) and alternations of two.
``finditer`` tries every start position, so this is stricter than most uses
(many patterns only ever ``match`` the start of a short line); a blow-up
here is a bug or, when the input is bounded where the pattern is used, a
documented exception in :data:`BOUNDED_USE`.

The bound is generous: it catches exponential and quadratic blow-ups, not
slowness.
"""

from __future__ import annotations

import functools
import gc
import importlib
import inspect
import pkgutil
import re
import time
import types

import pytest
import regex

import newskit
from newskit.cleanup.lazy import LazyPattern
from newskit.frozen import FrozenDict

LENGTH = 20_000
"""Characters in each adversarial string."""

SECONDS = 2.5
"""Bound per pattern and string (a linear scan of 20k characters takes milliseconds)."""

POOL = " .\"'“”‘’«»AZaz019\n\t-—,:;()[]<>/&|@#%*+=_\u00a0"
"""Characters adversarial strings are built from, when the pattern mentions them."""

ALWAYS = " Aa1.\n"
"""Characters every pattern is tried with."""

BOUNDED_USE: dict[str, str] = {}
"""Patterns exempt from the audit, by qualified name, with where their input is bounded."""

SKIP_MODULES = {"newskit.__main__", "newskit.dask"}


def _modules() -> list[types.ModuleType]:
    mods = [newskit]
    for info in pkgutil.walk_packages(newskit.__path__, "newskit."):
        if info.name in SKIP_MODULES:
            continue
        try:
            mods.append(importlib.import_module(info.name))
        except ImportError:  # an optional dependency is missing
            continue
    return mods


def _warm_up() -> None:
    pipeline = newskit.Pipeline(entry_points=False)
    for sample in (
        "Envoy sees slow progress\n\nKABUL, Jan. 5 (Reuters) - Talks went on on Monday at 5 p.m., "
        "he said. “It is slow,” said the envoy.\n\nShare this article\n\nBy Jane Doe\n\n"
        "Reporting by Jane Doe; Editing by John Roe",
        "<html><head><title>T</title><meta name='author' content='Ann Lee'></head><body><nav>Home</nav>"
        "<article><h1>Head</h1><p>LONDON — Text on Tuesday, Nov. 5, at 5 p.m. EST.</p>"
        "<figure><figcaption>A caption (AP Photo/Ann Lee)</figcaption></figure></article></body></html>",
    ):
        doc = pipeline.process(sample, url="https://example.invalid/a")
        for fmt in pipeline.formats():
            pipeline.render(doc, fmt)


def _collect(obj, name: str, found: dict[str, object], seen: set[int], depth: int = 0) -> None:
    if id(obj) in seen or depth > 4:
        return
    seen.add(id(obj))
    if isinstance(obj, (re.Pattern, regex.Pattern)):
        found.setdefault(name, obj)
    elif isinstance(obj, LazyPattern):
        found.setdefault(name, obj.compiled)
    elif isinstance(obj, (dict, FrozenDict, types.MappingProxyType)):
        for k, v in list(obj.items()):
            _collect(v, f"{name}[{k!r}]", found, seen, depth + 1)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for i, v in enumerate(list(obj)):
            _collect(v, f"{name}[{i}]", found, seen, depth + 1)
    elif isinstance(obj, functools._lru_cache_wrapper):
        fn = obj.__wrapped__
        try:
            params = inspect.signature(fn).parameters
        except (TypeError, ValueError):
            return
        if not params and fn.__module__.startswith("newskit"):
            _collect(obj(), f"{name}()", found, seen, depth + 1)
    elif isinstance(obj, (types.ModuleType, types.FunctionType, type)):
        return
    elif type(obj).__module__.startswith("newskit"):
        slots = [s for c in type(obj).__mro__ for s in getattr(c, "__slots__", ())]
        attrs = dict(getattr(obj, "__dict__", {}))
        attrs.update({s: getattr(obj, s) for s in slots if hasattr(obj, s)})
        for k, v in attrs.items():
            _collect(v, f"{name}.{k}", found, seen, depth + 1)


@functools.lru_cache(maxsize=1)
def all_patterns() -> dict[str, object]:
    """Every compiled pattern newskit holds, by a qualified name."""
    mods = _modules()
    _warm_up()
    found: dict[str, object] = {}
    seen: set[int] = set()
    for mod in mods:
        for attr, value in list(vars(mod).items()):
            if isinstance(value, types.ModuleType):
                continue
            if getattr(value, "__module__", mod.__name__) not in (mod.__name__, None) and not isinstance(
                value, (re.Pattern, regex.Pattern, LazyPattern, dict, list, tuple, frozenset, set)
            ):
                continue  # imported from elsewhere; collected from its own module
            _collect(value, f"{mod.__name__}.{attr}", found, seen)
    # Patterns referred to only from inside classes (class attributes).
    for mod in mods:
        for attr, value in list(vars(mod).items()):
            if isinstance(value, type) and value.__module__ == mod.__name__:
                for k, v in list(vars(value).items()):
                    _collect(v, f"{mod.__name__}.{attr}.{k}", found, seen)
    # Deduplicate: the same compiled object under several names is run once.
    by_id: dict[int, tuple[str, object]] = {}
    for name, pat in found.items():
        by_id.setdefault(id(pat), (name, pat))
    return dict(sorted(by_id.values()))


def adversarial(source: str) -> list[tuple[str, str]]:
    """Strings of LENGTH characters that stress a pattern whose source is *source*."""
    chars = [c for c in POOL if c in source or c in ALWAYS]
    if re.search(r"\\d|\[0-9", source):
        chars.append("7")
    if re.search(r"\\s", source):
        chars.append("\u2009")
    out = [(f"{c!r}*n", c * LENGTH) for c in dict.fromkeys(chars)]
    for a, b in (("A", " "), ("A", "."), ("a", " "), ("1", "."), ("1", ","), ("A", "a"), ("'", " "), ('"', " ")):
        out.append((f"{a + b!r}*n", (a + b) * (LENGTH // 2)))
    for unit in ("A. ", "Aa ", "Aaa, ", "1, ", "a-", "“a ", "a\n\n", "AA "):
        out.append((f"{unit!r}*n", unit * (LENGTH // len(unit))))
    return out


def test_the_audit_finds_the_patterns():
    """Guard the collector itself: it finds patterns in every stage, lazily compiled ones included."""
    names = list(all_patterns())
    assert len(names) > 50
    for stage in ("newskit.source", "newskit.readers", "newskit.cleanup", "newskit.datelines", "newskit.times"):
        assert any(n.startswith(stage) for n in names), stage
    assert any(isinstance(v, regex.Pattern) for v in all_patterns().values())
    # A pattern the cleanup plugin compiles on first use:
    assert any(n.startswith("newskit.cleanup.") and isinstance(v, regex.Pattern) for n, v in all_patterns().items())


def _slow(pattern) -> list[str]:
    slow = []
    for label, s in adversarial(pattern.pattern if isinstance(pattern.pattern, str) else ""):
        t = time.perf_counter()
        for _m in pattern.finditer(s):
            if time.perf_counter() - t > SECONDS:
                break
        took = time.perf_counter() - t
        if took > SECONDS:
            slow.append(f"{label}: {took:.1f} s")
    return slow


@pytest.mark.parametrize("name", list(all_patterns()))
def test_pattern_is_linear_on_adversarial_strings(name):
    pattern = all_patterns()[name]
    if name in BOUNDED_USE or not isinstance(pattern.pattern, str):
        pytest.skip(BOUNDED_USE.get(name, "bytes pattern"))
    slow = _slow(pattern)
    assert not slow, f"{name} /{pattern.pattern[:200]}/ is slow on {slow}"


def test_gc_finds_no_pattern_the_audit_missed():
    """Every live pattern compiled by newskit code is in the audit (a check on the collector)."""
    audited = {id(p) for p in all_patterns().values()}
    missed = []
    for obj in gc.get_objects():
        if not isinstance(obj, (re.Pattern, regex.Pattern)) or id(obj) in audited:
            continue
        for ref in gc.get_referrers(obj):
            owner = ref.get("__name__") if isinstance(ref, dict) else None
            if isinstance(owner, str) and (owner == "newskit" or owner.startswith("newskit.")) and ref is vars(importlib.import_module(owner)):
                missed.append(f"{owner}: {obj.pattern!r:.80}")
    assert not missed, missed
