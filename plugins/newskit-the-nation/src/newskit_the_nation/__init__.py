"""newskit site plugin for The Nation (``thenation.com``).

The rule file ``the-nation.toml`` reads the dek and the article text of both
designs (the WordPress block theme from late 2023: ``article.blocks-wrapper``; the
design before: ``h2.subtitle`` and ``div.article-body-inner``), without the title
block, figures, ads, the newsletter form, the current-issue, related and popular
boxes, the "Keep Reading" fold and the end matter. Title, authors and date come
from the page's metadata. Documents get the home time zone ``America/New_York``.

:data:`plugin` is the newskit plugin (entry point ``the-nation``).
"""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"
__all__ = ["RULES", "SITE", "__version__", "plugin"]

SITE = "the-nation"
"""The key documents of the site get as ``Document.site``."""

RULES = files(__name__) / "the-nation.toml"
"""The site's rule file."""

plugin = RuleSitePlugin([str(RULES)], name="the-nation", version=__version__)
"""The plugin: pass it to ``newskit.Pipeline(plugins=[plugin])``, or install the package."""
