"""newskit site plugin for Washington Free Beacon: the rule file washington-free-beacon.toml, as a plugin."""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"

plugin = RuleSitePlugin(
    [str(files(__name__) / "washington-free-beacon.toml")], name="washington-free-beacon", version=__version__
)
"""The plugin (entry point ``washington-free-beacon``); or pass it to ``newskit.Pipeline(plugins=[plugin])``."""
