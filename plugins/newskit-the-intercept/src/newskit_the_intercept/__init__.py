"""newskit site plugin for The Intercept (``theintercept.com``).

The rule file ``the-intercept.toml`` reads the excerpt and the article text of
both designs (the React front end until early 2024: ``h2.Post-excerpt`` and
``div.PostContent``; the WordPress theme since: ``p.post__excerpt`` and
``div.entry-content__content``), without the newsletter box, "Most Read", related-post
promos and banners, pull quotes, captions and donation appeals. Title, authors and
date come from the page's JSON-LD. Documents get the home time zone
``America/New_York``.

:data:`plugin` is the newskit plugin (entry point ``the-intercept``).
"""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"
__all__ = ["RULES", "SITE", "__version__", "plugin"]

SITE = "the-intercept"
"""The key documents of the site get as ``Document.site``."""

RULES = files(__name__) / "the-intercept.toml"
"""The site's rule file."""

plugin = RuleSitePlugin([str(RULES)], name="the-intercept", version=__version__)
"""The plugin: pass it to ``newskit.Pipeline(plugins=[plugin])``, or install the package."""
