"""newskit site plugin for Fox News: the rule file fox-news.toml, as a plugin."""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"

plugin = RuleSitePlugin([str(files(__name__) / "fox-news.toml")], name="fox-news", version=__version__)
"""The plugin (entry point ``fox-news``); or pass it to ``newskit.Pipeline(plugins=[plugin])``."""
