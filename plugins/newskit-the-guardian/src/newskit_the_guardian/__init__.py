"""newskit site plugin for The Guardian (``theguardian.com``).

The rule file ``the-guardian.toml`` reads the site's article pages with CSS
selectors: the standfirst and the article text (``data-gu-name`` parts of the
page, and the templates before 2020), without newsletter boxes, rich links,
figures and captions, ad slots and the sign-in gate. Title, authors and date
come from the page's JSON-LD. Documents get the home time zone
``Europe/London``.

:data:`plugin` is the newskit plugin (entry point ``the-guardian``).
"""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"
__all__ = ["RULES", "SITE", "__version__", "plugin"]

SITE = "the-guardian"
"""The key documents of the site get as ``Document.site``."""

RULES = files(__name__) / "the-guardian.toml"
"""The site's rule file."""

plugin = RuleSitePlugin([str(RULES)], name="the-guardian", version=__version__)
"""The plugin: pass it to ``newskit.Pipeline(plugins=[plugin])``, or install the package."""
