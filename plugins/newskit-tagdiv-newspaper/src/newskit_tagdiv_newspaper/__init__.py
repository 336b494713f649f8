"""newskit site plugin for the WordPress "Newspaper" theme by tagDiv.

The theme is used by many news sites; its markup (``td-*`` classes), its comment
form ("Please enter your comment!"), its "- Advertisment -" labels and its
"Must Read" blocks are the same everywhere. All of it is data, in
``newspaper.toml``; :data:`plugin` is the newskit plugin made from it
(entry point ``newspaper`` in the group ``newskit``). Site plugins built on the
theme name the rule file in their own: ``extends = ["newskit_tagdiv_newspaper:newspaper.toml"]``.
"""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"
__all__ = ["RULES", "SITE", "__version__", "plugin"]

SITE = "newspaper"
"""The key documents of the theme get as ``Document.site``."""

RULES = files(__name__) / "newspaper.toml"
"""The theme's rule file."""

plugin = RuleSitePlugin([str(RULES)], name="newspaper", version=__version__)
"""The plugin: pass it to ``newskit.Pipeline(plugins=[plugin])``, or install the package."""
