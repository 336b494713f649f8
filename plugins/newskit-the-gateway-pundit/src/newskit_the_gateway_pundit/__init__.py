"""newskit site plugin for The Gateway Pundit: the rule file the-gateway-pundit.toml, as a plugin."""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"

plugin = RuleSitePlugin(
    [str(files(__name__) / "the-gateway-pundit.toml")], name="the-gateway-pundit", version=__version__
)
"""The plugin (entry point ``the-gateway-pundit``); or pass it to ``newskit.Pipeline(plugins=[plugin])``."""
