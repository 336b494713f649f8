"""newskit site plugin for CNBC: the rule file cnbc.toml, as a plugin."""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"

plugin = RuleSitePlugin([str(files(__name__) / "cnbc.toml")], name="cnbc", version=__version__)
"""The plugin (entry point ``cnbc``); or pass it to ``newskit.Pipeline(plugins=[plugin])``."""
