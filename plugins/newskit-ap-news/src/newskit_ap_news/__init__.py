"""newskit site plugin for AP News: the rule file ap-news.toml, as a plugin."""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"

plugin = RuleSitePlugin([str(files(__name__) / "ap-news.toml")], name="ap-news", version=__version__)
"""The plugin (entry point ``ap-news``); or pass it to ``newskit.Pipeline(plugins=[plugin])``."""
