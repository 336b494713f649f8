"""newskit site plugin for Pakistan Today (``pakistantoday.com.pk``).

Pakistan Today runs the WordPress "Newspaper" theme by tagDiv, so its rule file
``pakistantoday.toml`` extends the theme's (package ``newskit-tagdiv-newspaper``)
and adds the site's domain, fingerprints, home time zone (``Asia/Karachi``),
language (``en``) and its own lines. Documents of the site get
``extensions["site"]["timezone"] == "Asia/Karachi"``, so times in them are read
in Pakistan's time when no dateline says otherwise.

:data:`plugin` is the newskit plugin (entry point ``pakistantoday``).
"""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"
__all__ = ["RULES", "SITE", "__version__", "plugin"]

SITE = "pakistantoday"
"""The key documents of the site get as ``Document.site``."""

RULES = files(__name__) / "pakistantoday.toml"
"""The site's rule file."""

plugin = RuleSitePlugin([str(RULES)], name="pakistantoday", version=__version__)
"""The plugin: pass it to ``newskit.Pipeline(plugins=[plugin])``, or install the package."""
