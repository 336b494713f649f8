"""newskit site plugin for The New Yorker (``newyorker.com``).

The rule file ``the-new-yorker.toml`` reads the dek and every
``div.body__inner-container`` chunk of the article (Condé Nast's platform), without
figures and captions, subscription offers, inline recirculation and ad slots. Title,
authors and date come from the page's JSON-LD. Documents get the home time zone
``America/New_York``.

:data:`plugin` is the newskit plugin (entry point ``the-new-yorker``).
"""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"
__all__ = ["RULES", "SITE", "__version__", "plugin"]

SITE = "the-new-yorker"
"""The key documents of the site get as ``Document.site``."""

RULES = files(__name__) / "the-new-yorker.toml"
"""The site's rule file."""

plugin = RuleSitePlugin([str(RULES)], name="the-new-yorker", version=__version__)
"""The plugin: pass it to ``newskit.Pipeline(plugins=[plugin])``, or install the package."""
