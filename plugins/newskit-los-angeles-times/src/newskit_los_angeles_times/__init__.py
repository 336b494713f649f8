"""newskit site plugin for Los Angeles Times: the rule file los-angeles-times.toml, as a plugin."""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"

plugin = RuleSitePlugin(
    [str(files(__name__) / "los-angeles-times.toml")], name="los-angeles-times", version=__version__
)
"""The plugin (entry point ``los-angeles-times``); or pass it to ``newskit.Pipeline(plugins=[plugin])``."""
