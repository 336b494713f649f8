"""Site plugins from rule files: which pages belong to a site, how to read and clean them.

A rule file (TOML) describes one news site or CMS theme; a
:class:`RuleSitePlugin` made from one or more of them is a newskit plugin.
See ``docs/howto/site-rules.rst`` for the format.

>>> from newskit.sites import RuleSitePlugin, parse_rules
>>> rules = parse_rules('''
... [site]
... key = "quaytimes"
... name = "The Quay Times"
... domains = ["quaytimes.example"]
... timezone = "Europe/Dublin"
... language = "en"
... [rules.text]
... lines = [{ id = "promo", pattern = "Get the Quay Times app.*", reason = "app promo" }]
... ''')
>>> plugin = RuleSitePlugin([rules], name="quaytimes")
>>> import newskit
>>> doc = newskit.Pipeline(plugins=[plugin], entry_points=False).process(
...     "Ferry fares to rise\\n\\nFares rise in May, the operator said.\\n\\nGet the Quay Times app today",
...     url="https://quaytimes.example/news/fares",
... )
>>> doc.site, doc.extensions["site"]["timezone"], [b.text for b in doc.body]
('quaytimes', 'Europe/Dublin', ['Fares rise in May, the operator said.'])
"""

from __future__ import annotations

from .css import CssError, to_xpath
from .plugin import RuleSitePlugin
from .rules import (
    Fingerprints,
    HtmlRules,
    LineRule,
    RuleFileError,
    RuleVersion,
    SiteRules,
    TextRules,
    load_rules,
    parse_rules,
)

__all__ = [
    "CssError",
    "Fingerprints",
    "HtmlRules",
    "LineRule",
    "RuleFileError",
    "RuleSitePlugin",
    "RuleVersion",
    "SiteRules",
    "TextRules",
    "load_rules",
    "parse_rules",
    "to_xpath",
]
