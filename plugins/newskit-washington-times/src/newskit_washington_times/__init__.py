"""newskit site plugin for The Washington Times (``washingtontimes.com``).

The rule file ``washington-times.toml`` reads ``div.bigtext``, the story's text,
without the Piano newsletter and recommendation slots, the video player, top links,
the copyright line, the comment policy and comments widget, and "SEE ALSO:" related
links. Title, authors and date come from the page's metadata. Documents get the home
time zone ``America/New_York``.

:data:`plugin` is the newskit plugin (entry point ``washington-times``).
"""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"
__all__ = ["RULES", "SITE", "__version__", "plugin"]

SITE = "washington-times"
"""The key documents of the site get as ``Document.site``."""

RULES = files(__name__) / "washington-times.toml"
"""The site's rule file."""

plugin = RuleSitePlugin([str(RULES)], name="washington-times", version=__version__)
"""The plugin: pass it to ``newskit.Pipeline(plugins=[plugin])``, or install the package."""
