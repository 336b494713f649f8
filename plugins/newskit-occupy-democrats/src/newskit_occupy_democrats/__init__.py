"""newskit site plugin for Occupy Democrats: the rule file occupy-democrats.toml, as a plugin."""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"

plugin = RuleSitePlugin(
    [str(files(__name__) / "occupy-democrats.toml")], name="occupy-democrats", version=__version__
)
"""The plugin (entry point ``occupy-democrats``); or pass it to ``newskit.Pipeline(plugins=[plugin])``."""
