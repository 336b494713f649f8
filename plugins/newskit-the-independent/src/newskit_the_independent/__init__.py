"""newskit site plugin for The Independent (``independent.co.uk``).

The rule file ``the-independent.toml`` reads the paragraphs of ``div#main`` in the
page's ``<article>``, without the React widgets between them (newsletter sign-up,
related stories, videos), ad slots, subscription prompts, "Read more" lines and
breaking-news notes. Title, authors and date come from the page's JSON-LD.
Documents get the home time zone ``Europe/London``.

:data:`plugin` is the newskit plugin (entry point ``the-independent``).
"""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"
__all__ = ["RULES", "SITE", "__version__", "plugin"]

SITE = "the-independent"
"""The key documents of the site get as ``Document.site``."""

RULES = files(__name__) / "the-independent.toml"
"""The site's rule file."""

plugin = RuleSitePlugin([str(RULES)], name="the-independent", version=__version__)
"""The plugin: pass it to ``newskit.Pipeline(plugins=[plugin])``, or install the package."""
