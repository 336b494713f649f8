"""newskit site plugin for iNews (``inews.co.uk``).

The rule file ``inews.toml`` reads the standfirst and ``div.article-content`` of
both designs (until 2024: ``h2.excerpt``; from 2024: ``p.inews__post-excerpt`` and
``div.inews__post-content``), without inline related-article teasers ("Related
Article", "Read Next"), the e-mail sign-up, ad slots, figures and the "Additional
reporting by" credit. Title, authors and date come from the page's JSON-LD.
Documents get the home time zone ``Europe/London``.

:data:`plugin` is the newskit plugin (entry point ``inews``).
"""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"
__all__ = ["RULES", "SITE", "__version__", "plugin"]

SITE = "inews"
"""The key documents of the site get as ``Document.site``."""

RULES = files(__name__) / "inews.toml"
"""The site's rule file."""

plugin = RuleSitePlugin([str(RULES)], name="inews", version=__version__)
"""The plugin: pass it to ``newskit.Pipeline(plugins=[plugin])``, or install the package."""
