"""Building a plugin manager: built-ins, entry points, blocking, validation."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from typing import Any

import attrs
import pluggy

from . import hookspecs
from ._version import __version__
from .errors import PluginError

PROJECT = hookspecs.PROJECT
BLOCK_ENV = "NEWSKIT_BLOCK_PLUGINS"
"""Environment variable: comma-separated names of plugins not to load."""

ENTRY_POINTS_ENV = "NEWSKIT_NO_ENTRY_POINTS"
"""Environment variable: when set to ``1``, installed plugins are not loaded."""

DEFAULT_PLUGINS: tuple[str, ...] = (
    "newskit.protocol",
    "newskit.readers.text",
    "newskit.readers.html",
    "newskit.cleanup.plugin",
    "newskit.datelines.plugin",
    "newskit.datelines.gazetteer",
    "newskit.times.plugin",
    "newskit.quotes.plugin",
    "newskit.renderers.json",
    "newskit.renderers.jsonl",
    "newskit.renderers.text",
    "newskit.renderers.markdown",
    "newskit.renderers.csv",
    "newskit.renderers.xml",
    "newskit.renderers.nitf",
    "newskit.renderers.tei",
    "newskit.renderers.jsonld",
    "newskit.renderers.html",
)
"""Modules of the built-in plugins, registered like any other plugin."""

WRAPPABLE_HOOKS = frozenset({"newskit_process_document"})
"""Hooks on which ``wrapper=True`` implementations are honoured."""


@attrs.frozen
class PluginInfo:
    """What ``newskit plugins`` shows about one plugin."""

    name: str
    version: str | None
    hooks: tuple[str, ...]
    builtin: bool
    distribution: str | None = None


def blocked_from_env(environ: os._Environ[str] | dict[str, str] | None = None) -> set[str]:
    """Plugin names listed in ``NEWSKIT_BLOCK_PLUGINS``."""
    value = (environ if environ is not None else os.environ).get(BLOCK_ENV, "")
    return {n.strip() for n in value.split(",") if n.strip()}


def _version_of(plugin: Any) -> str | None:
    v = getattr(plugin, "__version__", None)
    if v is None:
        mod = importlib.import_module(getattr(plugin, "__module__", None) or "builtins")
        v = getattr(mod, "__version__", None)
    return str(v) if v is not None else None


class PluginSet:
    """A pluggy manager with newskit's specs and the loaded plugins' metadata.

    Not process-global: every :class:`~newskit.pipeline.Pipeline` builds its own.
    """

    def __init__(
        self,
        *,
        plugins: Iterable[Any] = (),
        block: Iterable[str] = (),
        entry_points: bool | None = None,
        builtins: bool = True,
    ) -> None:
        self.pm = pluggy.PluginManager(PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.blocked = set(block) | blocked_from_env()
        for name in self.blocked:
            self.pm.set_blocked(name)
        self.versions: dict[str, str | None] = {}
        self.distributions: dict[str, str] = {}
        self.builtin_names: set[str] = set()
        self.load_errors: list[PluginError] = []
        if builtins:
            for modname in DEFAULT_PLUGINS:
                if modname in self.blocked:
                    continue
                self._add(importlib.import_module(modname), modname, __version__, builtin=True)
        if entry_points is None:
            entry_points = os.environ.get(ENTRY_POINTS_ENV, "") not in ("1", "true", "yes")
        if entry_points:
            self._load_entry_points()
        for i, plugin in enumerate(plugins):
            name = getattr(plugin, "__name__", None) or f"{type(plugin).__name__}-{i}"
            name = getattr(plugin, "newskit_plugin_name", name)
            if name in self.blocked or self.pm.is_registered(plugin):
                continue  # blocked, or already loaded (a built-in or an entry point)
            self._add(plugin, name, _version_of(plugin), builtin=False, strict=True)
        self.pm.check_pending()

    def _add(
        self, plugin: Any, name: str, version: str | None, *, builtin: bool, strict: bool = False
    ) -> None:
        try:
            if self.pm.register(plugin, name=name) is None:
                return  # blocked
            problem = self._problem(plugin)
            if problem:
                self.pm.unregister(plugin)
                raise PluginError(problem, plugin=name, version=version)
        except PluginError as e:
            if strict:
                raise
            self.load_errors.append(e)
            return
        except (pluggy.PluginValidationError, ValueError) as e:
            err = PluginError(f"invalid plugin: {e}", plugin=name, version=version)
            if strict:
                raise err from e
            self.load_errors.append(err)
            return
        self.versions[name] = version
        if builtin:
            self.builtin_names.add(name)

    def _problem(self, plugin: Any) -> str | None:
        callers = self.pm.get_hookcallers(plugin) or ()
        if not callers:
            hint = " (a module's name? import the module and pass it)" if isinstance(plugin, str) else ""
            return f"implements no newskit hook: {plugin!r}{hint}"
        for caller in callers:
            if not caller.has_spec():
                return f"implements unknown hook {caller.name!r}"
            for impl in caller.get_hookimpls():
                wraps = impl.plugin is plugin and (impl.wrapper or impl.hookwrapper)
                if wraps and caller.name not in WRAPPABLE_HOOKS:
                    return f"wrapper on {caller.name} (wrappers only work on {sorted(WRAPPABLE_HOOKS)})"
        return None

    def _load_entry_points(self) -> None:
        from importlib.metadata import entry_points

        for ep in sorted(entry_points(group=PROJECT), key=lambda e: e.name):
            dist = getattr(ep, "dist", None)
            aliases = {ep.name, ep.value.split(":")[0]}
            if dist is not None:
                aliases.add(dist.metadata["Name"])
            if aliases & self.blocked:
                self.pm.set_blocked(ep.name)  # blocked by entry-point, module or distribution name
                continue
            if self.pm.has_plugin(ep.name):
                continue
            version = dist.version if dist is not None else None
            try:
                plugin = ep.load()
            except Exception as e:  # noqa: BLE001 - a broken plugin must not stop the others
                self.load_errors.append(
                    PluginError(
                        f"failed to load entry point {ep.value!r}: {type(e).__name__}: {e}",
                        plugin=ep.name,
                        version=version,
                    )
                )
                continue
            self._add(plugin, ep.name, version, builtin=False)
            if dist is not None:
                self.distributions[ep.name] = dist.metadata["Name"]

    def name_of(self, plugin: Any) -> str:
        return self.pm.get_name(plugin) or repr(plugin)

    def info(self, *, include_builtins: bool = True) -> list[PluginInfo]:
        """Name, version and implemented hooks of every registered plugin."""
        out = []
        for name, plugin in sorted(self.pm.list_name_plugin(), key=lambda np: np[0]):
            if plugin is None or (name in self.builtin_names and not include_builtins):
                continue  # blocked, or a built-in not asked for
            hooks = tuple(sorted(c.name for c in self.pm.get_hookcallers(plugin) or ()))
            out.append(
                PluginInfo(
                    name=name,
                    version=self.versions.get(name),
                    hooks=hooks,
                    builtin=name in self.builtin_names,
                    distribution=self.distributions.get(name),
                )
            )
        return out
