"""newskit site plugin for Reuters: the rule file reuters.toml, as a plugin."""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"

plugin = RuleSitePlugin([str(files(__name__) / "reuters.toml")], name="reuters", version=__version__)
"""The plugin (entry point ``reuters``); or pass it to ``newskit.Pipeline(plugins=[plugin])``."""
