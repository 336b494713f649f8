"""newskit site plugin for The Telegraph (``telegraph.co.uk``).

The rule file ``the-telegraph.toml`` reads the standfirst and the
``div.articleBodyText`` sections of the page (news, comment and the "Recommended"
buying guides; the 2023 and 2024 markup alike), without figures, embeds, affiliate
product cards, bullet lists and the copy of the byline for small screens. The
headline, byline and date are read from the page. Documents get the home time zone
``Europe/London``.

:data:`plugin` is the newskit plugin (entry point ``the-telegraph``).
"""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"
__all__ = ["RULES", "SITE", "__version__", "plugin"]

SITE = "the-telegraph"
"""The key documents of the site get as ``Document.site``."""

RULES = files(__name__) / "the-telegraph.toml"
"""The site's rule file."""

plugin = RuleSitePlugin([str(RULES)], name="the-telegraph", version=__version__)
"""The plugin: pass it to ``newskit.Pipeline(plugins=[plugin])``, or install the package."""
