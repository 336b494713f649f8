"""Exceptions raised by newskit. All derive from :class:`NewskitError`."""

from __future__ import annotations


class NewskitError(Exception):
    """Base class of every error newskit raises on purpose."""


class InputError(NewskitError, ValueError):
    """The input (an article, a JSON document, an option) cannot be used."""


class UnknownFormatError(NewskitError, KeyError):
    """No output format is registered under the requested name."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class PluginError(NewskitError):
    """A plugin failed: raised, returned the wrong type, or could not load.

    ``plugin`` names the plugin, ``stage`` the pipeline stage and ``hook`` the
    hook that was called; ``document`` names the document (url or first words).
    """

    def __init__(
        self,
        message: str,
        *,
        plugin: str | None = None,
        version: str | None = None,
        stage: str | None = None,
        hook: str | None = None,
        document: str | None = None,
    ) -> None:
        self.plugin = plugin
        self.version = version
        self.stage = stage
        self.hook = hook
        self.document = document
        where = []
        if plugin:
            where.append(f"plugin {plugin!r}" + (f" {version}" if version else ""))
        if stage:
            where.append(f"stage {stage!r}")
        if hook:
            where.append(f"hook {hook}")
        if document:
            where.append(f"document {document!r}")
        super().__init__(f"{message} ({', '.join(where)})" if where else message)
        self.message = message
